/**
 * HTML input for the CLI: recognise a saved news web page and reduce it to the article's plain
 * text, one paragraph per block, paragraphs separated by a blank line.
 *
 * CLI only (Node): it pulls in linkedom and @mozilla/readability, which the browser-safe library
 * core must not depend on. Nothing outside src/cli/ may import this file.
 *
 * Notes on the two libraries, found the hard way:
 * - linkedom is not an HTML5 tree builder (it sits on htmlparser2). It never creates the implied
 *   <html>/<head>/<body>: a fragment such as "<p>…</p>" becomes a document whose documentElement
 *   is the <p>; "<html><p>…</p></html>" leaves the paragraph outside <body>; plain text gives
 *   documentElement === null, and then `document.body` throws a TypeError. Merely *reading*
 *   `document.body` on such a document also inserts a <head> and <body> into it. So every page is
 *   checked and, when its shape is off, rebuilt into <html><head>…</head><body>…</body></html>
 *   before anything reads `document.body` (see parseDocument).
 * - Readability throws from its constructor when documentElement is null, and it mutates the
 *   document it is given (removes scripts, rewrites <br> runs into <p>, moves nodes), so the body
 *   fallback parses the page afresh.
 * - Readability reads documentURI/baseURI only to absolutise link and image URLs. linkedom has
 *   neither (undefined / null); every `new URL()` there sits in a try/catch, so the URLs just stay
 *   as they are, which does not matter for text. No URL option is needed.
 * - Readability's `textContent` glues paragraphs together with no separator ("…نهاية.بداية…"), so
 *   the text is built from the article element itself (serializer returns the node, not HTML).
 * - Readability returns null only when the body has no text at all once scripts/noscript are
 *   gone; a tiny page still gets a (short) article, which is why the < 200 letters rule exists.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { InputError } from './errors.js';

/** The few DOM members used here (the project compiles without the DOM lib). */
interface DomNode {
  readonly nodeType: number;
  readonly localName?: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly textContent: string | null;
  getAttribute?(name: string): string | null;
  hasAttribute?(name: string): boolean;
  toString(): string;
}

interface DomDocument extends DomNode {
  readonly documentElement: DomNode | null;
  readonly body: DomNode | null;
  getElementsByTagName(name: string): ArrayLike<DomNode>;
}

export interface HtmlArticle {
  /** The headline: Readability's title (og:title, JSON-LD, <title> minus the site name), else <title>, else the first <h1>. */
  readonly title: string | null;
  /** The article text: one paragraph per block element, separated by "\n\n". */
  readonly text: string;
  /** Which extraction produced `text`. */
  readonly via: 'readability' | 'body';
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** How much of the start of a document looksLikeHtml inspects. */
const SNIFF_CHARS = 2048;

/** Below this many letters a Readability result is not trusted and the body text is used. */
const MIN_ARTICLE_LETTERS = 200;

/** Beyond these the page goes straight to the body path (see extract). A news page has 1-5k elements, 15-40 deep. */
const MAX_READABILITY_ELEMENTS = 20_000;
const MAX_READABILITY_DEPTH = 150;

/** Tag names that occur in web pages; only these count as markup when sniffing. */
const KNOWN_TAG =
  /<\/?(?:html|head|body|title|meta|link|script|style|noscript|header|footer|nav|main|article|section|aside|div|span|p|a|br|hr|img|figure|figcaption|h[1-6]|ul|ol|li|table|thead|tbody|tr|td|th|strong|em|b|i|u|small|blockquote|time|form|input|button|iframe|svg|picture|source)(?:\s[^<>]*)?\/?>/giu;
const BLOCK_TAG = /<(?:body|p|div)(?:\s[^<>]*)?>/iu;
const DOCUMENT_START = /^<(?:!doctype\s+html|html|head|body|meta|title)[\s>/]/iu;

/**
 * True when the input is an HTML page rather than plain text: a .html/.htm/.xhtml path; or text
 * that, after a BOM, whitespace and leading comments (a browser's "saved from url" note), starts
 * with <!doctype html>, <html>, <head>, <body>, <meta> or <title>; or text whose first 2 KB hold
 * a <body>, <p> or <div> tag, at least one closing tag and at least one known HTML tag per 400
 * characters. Arabic prose that mentions "a < b", or even quotes a tag or two, has nothing like
 * that density, so it stays text.
 */
export function looksLikeHtml(text: string, path?: string): boolean {
  if (path !== undefined && /\.(?:html?|xhtml)$/iu.test(path)) return true;
  let start = text.replace(/^\uFEFF/u, '').trimStart();
  // Skip leading comments, e.g. "<!-- saved from url=(0042)https://… -->".
  while (start.startsWith('<!--')) {
    const end = start.indexOf('-->');
    if (end < 0) return false;
    start = start.slice(end + 3).trimStart();
  }
  if (DOCUMENT_START.test(start)) return true;
  const head = start.slice(0, SNIFF_CHARS);
  if (!BLOCK_TAG.test(head)) return false;
  const tags = head.match(KNOWN_TAG) ?? [];
  const closing = tags.filter((t) => t.startsWith('</')).length;
  return tags.length >= 2 && closing >= 1 && tags.length * 400 >= head.length;
}

/**
 * Extract the article from an HTML page.
 *
 * Readability picks the article element; when it finds nothing, fails, or finds fewer than 200
 * letters, the whole <body> is used instead, minus navigation, headers outside the article,
 * footers, asides and anything hidden. Script, style, noscript, template, iframe, svg, form
 * controls and comments never contribute text. Entities are decoded by the parser.
 *
 * The title is returned on its own and is NOT prepended to `text`. The text is what the CLI
 * checks and what the diff aligns between two versions of a story, and a copy's page title often
 * differs from the wire headline (a site-name suffix, an SEO rewrite, a translated kicker):
 * prepending it would put a guaranteed mismatch at the top of every diff and shift every offset.
 * When the page's own <h1> is kept by Readability (it drops an <h1> that repeats the title), or
 * on the body path, the headline is simply the first paragraph of `text`, as it appears on the page.
 *
 * Malformed HTML never throws a raw error: parse failures become an InputError, and a page with no
 * text at all gives InputError("<label>: no article text found in the HTML").
 */
export function htmlToArticle(html: string, label = 'input'): HtmlArticle {
  let result: HtmlArticle | null;
  try {
    result = extract(html);
  } catch (e) {
    // linkedom or Readability failing on pathological input (e.g. a stack overflow on absurd nesting).
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new InputError(`${label}: could not parse the HTML (${reason})`);
  }
  if (result === null) throw new InputError(`${label}: no article text found in the HTML`);
  return result;
}

function extract(html: string): HtmlArticle | null {
  const source = html.replace(/^\uFEFF/u, '');
  const doc = parseDocument(source);
  const pageTitle = findPageTitle(doc);

  let readable: { title: string | null; text: string } | null = null;
  try {
    // Readability on linkedom slows down with size times depth (a 1000-deep <div> chain takes 15 s);
    // past these limits the body path is used. Its own maxElemsToParse cannot help: linkedom's
    // getElementsByTagName('*') returns nothing, so Readability always counts 0 elements.
    const { elements, depth } = doc.body === null ? { elements: 0, depth: 0 } : shape(doc.body);
    if (elements > MAX_READABILITY_ELEMENTS || depth > MAX_READABILITY_DEPTH) throw new Error('page too large for Readability');
    const parsed = new Readability<DomNode>(doc as never, { serializer: (node) => node as unknown as DomNode }).parse();
    if (parsed?.content) readable = { title: clean(parsed.title ?? ''), text: blocksToText(parsed.content, false) };
  } catch {
    readable = null; // Readability gave up on this page; the body fallback below still applies.
  }
  const title = readable?.title || pageTitle || null;
  if (readable !== null && countLetters(readable.text) >= MIN_ARTICLE_LETTERS) {
    return { title, text: readable.text, via: 'readability' };
  }
  // Readability mutated `doc`; start again from the source.
  const fresh = parseDocument(source);
  const bodyText = fresh.body === null ? '' : blocksToText(fresh.body, true);
  if (hasWords(bodyText)) return { title, text: bodyText, via: 'body' };
  if (readable !== null && hasWords(readable.text)) return { title, text: readable.text, via: 'readability' };
  return null; // nothing, or only punctuation such as a stray "<<<>>>"
}

// ---------------------------------------------------------------------------------------------
// Parsing

/** Parse with linkedom and make sure the result is <html><head/><body/></html> with all content in the body. */
function parseDocument(html: string): DomDocument {
  const doc = parseHTML(html).document as unknown as DomDocument;
  if (isWellShaped(doc)) return doc;
  const head: string[] = [];
  const body: string[] = [];
  collect(doc.childNodes, head, body);
  return parseHTML(`<!DOCTYPE html><html><head>${head.join('')}</head><body>${body.join('')}</body></html>`)
    .document as unknown as DomDocument;
}

/**
 * A document is usable as is when its root is <html> with one <head> and one <body> child and
 * nothing else of substance outside them. Checked through childNodes only: reading document.body
 * on a malformed linkedom document would insert elements into it.
 */
function isWellShaped(doc: DomDocument): boolean {
  const root = doc.documentElement;
  if (root === null || root === undefined || root.localName?.toLowerCase() !== 'html') return false;
  for (const node of Array.from(doc.childNodes)) {
    if (node !== root && !isIgnorableOutside(node)) return false;
  }
  let bodies = 0;
  let heads = 0;
  for (const node of Array.from(root.childNodes)) {
    const name = node.nodeType === ELEMENT ? node.localName?.toLowerCase() : undefined;
    if (name === 'body') bodies++;
    else if (name === 'head') heads++;
    else if (!isIgnorableOutside(node)) return false;
  }
  return bodies === 1 && heads <= 1;
}

/** Doctype, comments, processing instructions and whitespace-only text. */
function isIgnorableOutside(node: DomNode): boolean {
  if (node.nodeType === TEXT) return (node.textContent ?? '').trim() === '';
  return node.nodeType !== ELEMENT && node.nodeType !== CDATA;
}

const HEAD_ONLY = new Set(['title', 'meta', 'link', 'base']);

/** Sort the nodes of a misshapen document into head and body markup, unwrapping stray html/head/body elements. */
function collect(nodes: ArrayLike<DomNode>, head: string[], body: string[]): void {
  for (const node of Array.from(nodes)) {
    if (node.nodeType === ELEMENT) {
      const name = node.localName?.toLowerCase() ?? '';
      if (name === 'html' || name === 'head' || name === 'body') collect(node.childNodes, head, body);
      else (HEAD_ONLY.has(name) ? head : body).push(node.toString());
    } else if (node.nodeType === TEXT || node.nodeType === CDATA) {
      body.push(node.toString()); // linkedom re-escapes text when serialising
    }
  }
}

function findPageTitle(doc: DomDocument): string | null {
  for (const tag of ['title', 'h1']) {
    const el = doc.getElementsByTagName(tag)[0];
    const text = el === undefined ? '' : clean(el.textContent ?? '');
    if (text !== '') return text;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Text

/** Never text: code, embedded documents, widgets and form controls. */
const ALWAYS_SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'canvas', 'object', 'embed',
  'video', 'audio', 'button', 'select', 'option', 'textarea', 'input', 'head', 'title', 'meta', 'link',
]);

/** Page furniture dropped when the whole body is used. */
const CHROME_SKIP = new Set(['nav', 'footer', 'aside', 'menu', 'dialog']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog']);

/** Elements that start and end a paragraph. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

/** Table cells and similar: a word break, not a paragraph break. */
const SPACED = new Set(['td', 'th', 'img']);

/** Stands for a <br> while a paragraph is being collected: one is a space, two or more a paragraph break. */
const BR = '\uE000';
const BR_RUN = new RegExp(`${BR}(?:\\s*${BR})+`, 'u');

/**
 * Depth-first walk over the descendants of root without recursion (malformed pages can nest
 * tens of thousands deep) and without childNodes, which linkedom builds by scanning the whole
 * subtree; firstChild/nextSibling/parentNode are constant time there. `enter` returns whether to
 * descend; `exit` is called for every element entered with true.
 */
function walk(root: DomNode, enter: (el: DomNode) => boolean, exit: (el: DomNode) => void, text: (node: DomNode) => void): void {
  let node = root.firstChild;
  while (node !== null && node !== undefined) {
    if (node.nodeType === ELEMENT) {
      if (enter(node)) {
        if (node.firstChild !== null && node.firstChild !== undefined) {
          node = node.firstChild;
          continue;
        }
        exit(node);
      }
    } else {
      text(node);
    }
    // Next sibling, or climb (closing each element on the way) until one has a next sibling.
    while (node !== root && (node.nextSibling === null || node.nextSibling === undefined)) {
      node = node.parentNode;
      if (node === null || node === undefined || node === root) return;
      exit(node);
    }
    if (node === root) return;
    node = node.nextSibling;
  }
}

/**
 * Return the text of an element, one paragraph per block element, joined by "\n\n", with
 * whitespace inside a paragraph collapsed to one space.
 */
function blocksToText(root: DomNode, dropChrome: boolean): string {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = (): void => {
    for (const part of buffer.split(BR_RUN)) {
      const p = part.replaceAll(BR, ' ').replace(/\s+/gu, ' ').trim();
      if (p !== '') paragraphs.push(p);
    }
    buffer = '';
  };
  const enter = (el: DomNode): boolean => {
    const name = el.localName?.toLowerCase() ?? '';
    if (ALWAYS_SKIP.has(name) || isHidden(el)) return false;
    if (dropChrome && isChrome(el, name)) return false;
    if (name === 'br') buffer += BR;
    else if (SPACED.has(name)) buffer += ' ';
    else if (BLOCK.has(name)) flush();
    return true;
  };
  const exit = (el: DomNode): void => {
    const name = el.localName?.toLowerCase() ?? '';
    if (BLOCK.has(name)) flush();
    else if (SPACED.has(name)) buffer += ' ';
  };
  walk(root, enter, exit, (node) => {
    if (node.nodeType === TEXT || node.nodeType === CDATA) buffer += node.textContent ?? '';
  });
  flush();
  return paragraphs.join('\n\n');
}

/** Element count and deepest nesting under root. */
function shape(root: DomNode): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  let max = 0;
  walk(
    root,
    () => {
      elements++;
      max = Math.max(max, ++depth);
      return true;
    },
    () => {
      depth--;
    },
    () => {},
  );
  return { elements, depth: max };
}

function isHidden(el: DomNode): boolean {
  return el.hasAttribute?.('hidden') === true || el.getAttribute?.('aria-hidden') === 'true';
}

/** Navigation, site header, footer, sidebar: by tag or ARIA role; a <header> inside <article>/<main> is the article's own. */
function isChrome(el: DomNode, name: string): boolean {
  if (CHROME_SKIP.has(name)) return true;
  const role = el.getAttribute?.('role')?.toLowerCase();
  if (role !== undefined && CHROME_ROLES.has(role)) return true;
  if (name !== 'header') return false;
  for (let p = el.parentNode; p !== null && p !== undefined; p = p.parentNode) {
    const n = p.nodeType === ELEMENT ? p.localName?.toLowerCase() : undefined;
    if (n === 'article' || n === 'main') return false;
  }
  return true;
}

function clean(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

function hasWords(s: string): boolean {
  return /[\p{L}\p{N}]/u.test(s);
}

function countLetters(s: string): number {
  return s.match(/\p{L}/gu)?.length ?? 0;
}
