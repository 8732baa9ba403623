/**
 * The only way this page builds elements. Text always goes in through `textContent` (or text
 * nodes), attributes through `setAttribute`: article text, report fields and server messages
 * are never parsed as markup, whatever they contain. There is deliberately no helper taking
 * HTML.
 */

export type Child = Node | string | null | undefined | false;

export interface Props {
  /** Space-separated classes; falsy parts are dropped by `cls`. */
  class?: string;
  /** Set as the element's only text (ignored when children are given). */
  text?: string;
  /** Attributes; `null`, `undefined` and `false` leave the attribute out, `true` sets it empty. */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  /** Data attributes, without the `data-` prefix. */
  data?: Record<string, string | number | null | undefined>;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, children: readonly Child[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [name, value] of Object.entries(props.data ?? {})) {
    if (value !== null && value !== undefined) node.dataset[name] = String(value);
  }
  if (children.length) append(node, children);
  else if (props.text !== undefined) node.textContent = props.text;
  return node;
}

/** Appends nodes and strings (as text nodes), skipping empty children. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Joins class names, dropping falsy parts. */
export function cls(...parts: Array<string | false | null | undefined>): string {
  return parts.filter(Boolean).join(' ');
}

/** Removes every child: the views re-render from their state rather than patching. */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** The element with this id, typed; a missing element is a bug in index.html, so it throws. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`index.html has no #${id}`);
  return node as T;
}

/**
 * Arabic quoted inside an English (or Arabic inside left-to-right) line: isolated, so that its
 * direction cannot reorder the punctuation and words around it.
 */
export function bdi(text: string, lang?: string): HTMLElement {
  return el('bdi', { text, attrs: { lang } });
}

/** Arabic words quoted in the interface (a target, a replacement): an isolated, tinted chip. */
export function arQuote(text: string): HTMLElement {
  return el('bdi', { class: 'ar-quote', attrs: { lang: 'ar', dir: 'rtl' }, text });
}

/**
 * A report sentence in English prose quoting Arabic between «» (the analyser's evidence,
 * reasons, warnings): laid out left to right, each quoted run isolated in a <bdi> so that it
 * cannot reorder the sentence around it, and marked as a quotation by its style rather than
 * by the «» themselves: Chromium draws a guillemet that follows Arabic in a left-to-right line
 * mirrored («الهمج«), whatever the isolation.
 */
export function evidenceText(line: string): HTMLElement {
  const node = el('span', { class: 'en-prose', attrs: { dir: 'ltr', lang: 'en' } });
  let at = 0;
  for (const m of line.matchAll(/«([^«»]*)»/gu)) {
    append(node, [line.slice(at, m.index), arQuote(m[1])]);
    at = m.index + m[0].length;
  }
  append(node, [line.slice(at)]);
  return node;
}

/**
 * Re-renders `container` with `render` and puts the keyboard focus back on the equivalent
 * element (same data-testid and data-finding-id / data-change-id) when it was inside: the
 * views rebuild lists after each decision, and an editor working with the keyboard must not
 * be thrown back to the top of the page.
 */
export function preserveFocus(container: HTMLElement, render: () => void): void {
  const active = document.activeElement;
  const key = active instanceof HTMLElement && container.contains(active) ? focusKey(active) : null;
  render();
  if (!key) return;
  for (const candidate of container.querySelectorAll<HTMLElement>('[data-testid]')) {
    if (focusKey(candidate) === key) {
      candidate.focus({ preventScroll: true });
      return;
    }
  }
}

function focusKey(node: HTMLElement): string | null {
  const testid = node.dataset.testid;
  if (!testid) return null;
  return `${testid}|${node.dataset.findingId ?? ''}|${node.dataset.changeId ?? ''}`;
}
