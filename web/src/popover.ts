/**
 * One popover for the whole page, shown next to the highlight under the pointer or with the
 * keyboard focus. A single instance means two popovers can never overlap or pile up, and the
 * one open always belongs to the highlight the editor is looking at.
 *
 * It opens on hover and on focus, so that keyboard users see what mouse users see; it stays
 * open while the pointer travels from the highlight into it (to reach its buttons); Enter or
 * Space on a highlight moves the focus into it, Escape closes it and gives the focus back.
 * Screen readers get the same content from each highlight's aria-describedby (the views give
 * every highlight a hidden description), so the popover itself is a non-modal dialog.
 */
import { clear, el } from './dom.js';

const SHOW_DELAY = 60;
const HIDE_DELAY = 220;
const MARGIN = 8;

export interface PopoverSource {
  /** Builds the content for this anchor; called each time it opens or is refreshed. */
  content(anchor: HTMLElement): Node;
  /** Accessible name of the dialog for this anchor. */
  label(anchor: HTMLElement): string;
}

export class Popover {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private anchor: HTMLElement | null = null;
  private source: PopoverSource | null = null;
  private showTimer: number | undefined;
  private hideTimer: number | undefined;

  constructor(id: string) {
    this.body = el('div', { class: 'popover-body' });
    this.element = el('div', { class: 'popover', attrs: { id, role: 'dialog', 'aria-modal': 'false', hidden: true, 'data-testid': 'popover' } }, [this.body]);
    document.body.appendChild(this.element);

    this.element.addEventListener('mouseenter', () => this.cancelHide());
    this.element.addEventListener('mouseleave', () => this.scheduleHide());
    this.element.addEventListener('focusout', (event) => {
      const to = event.relatedTarget as Node | null;
      if (to && (this.element.contains(to) || to === this.anchor)) return;
      this.scheduleHide();
    });
    this.element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        const anchor = this.anchor;
        this.hide();
        anchor?.focus();
      }
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.isOpen() && !this.element.contains(document.activeElement)) this.hide();
    });
    window.addEventListener('resize', () => this.position());
    // Any scroll (the page, or a diff column scrolling on its own) moves the highlight: follow it,
    // once per frame. Capture, because scroll events of elements do not bubble.
    let pending = false;
    document.addEventListener(
      'scroll',
      () => {
        if (pending || !this.isOpen()) return;
        pending = true;
        requestAnimationFrame(() => {
          pending = false;
          this.position();
        });
      },
      { capture: true, passive: true },
    );
  }

  /**
   * Makes the highlights inside `container` (matched by `selector`) open this popover. Events
   * are delegated, so the container's content can be re-rendered freely.
   */
  attach(container: HTMLElement, selector: string, source: PopoverSource, options: { enterMovesFocus: boolean }): void {
    const anchorOf = (target: EventTarget | null): HTMLElement | null =>
      target instanceof Element ? (target.closest(selector) as HTMLElement | null) : null;

    container.addEventListener('mouseover', (event) => {
      const anchor = anchorOf(event.target);
      if (!anchor) return;
      if (anchor === this.anchor && this.isOpen()) {
        this.cancelHide();
        return;
      }
      this.cancelShow();
      this.showTimer = window.setTimeout(() => this.show(anchor, source), SHOW_DELAY);
    });
    container.addEventListener('mouseout', (event) => {
      const anchor = anchorOf(event.target);
      if (!anchor || anchor.contains(event.relatedTarget as Node | null)) return;
      this.cancelShow();
      if (anchor === this.anchor) this.scheduleHide();
    });
    container.addEventListener('focusin', (event) => {
      const anchor = anchorOf(event.target);
      if (anchor) this.show(anchor, source);
    });
    container.addEventListener('focusout', (event) => {
      const anchor = anchorOf(event.target);
      const to = event.relatedTarget as Node | null;
      if (!anchor || anchor !== this.anchor) return;
      if (to && this.element.contains(to)) return;
      this.scheduleHide();
    });
    container.addEventListener('keydown', (event) => {
      const anchor = anchorOf(event.target);
      if (!anchor || !options.enterMovesFocus) return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        this.show(anchor, source);
        const first = this.element.querySelector<HTMLElement>('button:not([disabled]), [tabindex="0"]');
        first?.focus();
      }
    });
  }

  isOpen(): boolean {
    return !this.element.hidden;
  }

  show(anchor: HTMLElement, source: PopoverSource): void {
    this.cancelShow();
    this.cancelHide();
    if (this.anchor && this.anchor !== anchor) this.anchor.setAttribute('aria-expanded', 'false');
    this.anchor = anchor;
    this.source = source;
    this.render();
    this.element.hidden = false;
    if (anchor.hasAttribute('aria-haspopup')) anchor.setAttribute('aria-expanded', 'true');
    anchor.setAttribute('aria-controls', this.element.id);
    this.position();
  }

  /** Rebuilds the content for the same anchor (after an accept or a language switch). */
  refresh(): void {
    if (!this.isOpen() || !this.anchor || !this.source) return;
    if (!this.anchor.isConnected) {
      this.hide();
      return;
    }
    const hadFocus = this.element.contains(document.activeElement);
    const focusedKey = hadFocus ? (document.activeElement as HTMLElement).dataset.testid : undefined;
    this.render();
    this.position();
    if (hadFocus) {
      // Keep the keyboard where it was: the same button in the new content, else the first one.
      const again =
        (focusedKey && this.element.querySelector<HTMLElement>(`[data-testid="${focusedKey}"]`)) ||
        this.element.querySelector<HTMLElement>('button');
      again?.focus();
    }
  }

  hide(): void {
    this.cancelShow();
    this.cancelHide();
    this.element.hidden = true;
    if (this.anchor?.hasAttribute('aria-haspopup')) this.anchor.setAttribute('aria-expanded', 'false');
    this.anchor = null;
    this.source = null;
  }

  private render(): void {
    if (!this.anchor || !this.source) return;
    clear(this.body);
    this.body.appendChild(this.source.content(this.anchor));
    this.element.setAttribute('aria-label', this.source.label(this.anchor));
  }

  /**
   * Hides after a moment, unless the keyboard is on the highlight or inside the popover: a
   * keyboard user keeps it until they move on or press Escape, while a mouse user who clicked
   * a highlight or a button (focus without :focus-visible) sees it close when the pointer leaves.
   */
  private scheduleHide(): void {
    this.cancelHide();
    this.hideTimer = window.setTimeout(() => {
      const active = document.activeElement;
      const ours = active !== null && (this.element.contains(active) || active === this.anchor);
      if (ours && active.matches(':focus-visible')) return;
      if (this.element.matches(':hover') || this.anchor?.matches(':hover')) return;
      this.hide();
    }, HIDE_DELAY);
  }

  private cancelHide(): void {
    window.clearTimeout(this.hideTimer);
  }

  private cancelShow(): void {
    window.clearTimeout(this.showTimer);
  }

  /**
   * Below the highlight, or above it when there is more room there; aligned with the
   * highlight's start edge in the page's direction and kept inside the viewport, so it
   * works at 360px as on a desktop.
   */
  private position(): void {
    if (!this.anchor || !this.isOpen()) return;
    const pop = this.element;
    pop.style.left = '0px';
    pop.style.top = '0px';
    pop.style.maxHeight = '';
    // Of a highlight broken over two lines, the first line's box.
    const rects = this.anchor.getClientRects();
    const box = rects.length ? rects[0] : this.anchor.getBoundingClientRect();
    const width = pop.offsetWidth;
    const viewportWidth = document.documentElement.clientWidth;
    const viewportHeight = window.innerHeight;
    const rtl = getComputedStyle(document.documentElement).direction === 'rtl';

    let left = rtl ? box.right - width : box.left;
    left = Math.max(MARGIN, Math.min(left, viewportWidth - width - MARGIN));

    // Where it fits whole; else on the roomier side, shortened to the room there (its
    // content scrolls), so that it never runs off the screen or covers the highlight.
    const gap = 6;
    const below = viewportHeight - box.bottom - gap - MARGIN;
    const above = box.top - gap - MARGIN;
    const natural = pop.offsetHeight;
    const placeAbove = natural > below && above > below;
    const room = placeAbove ? above : below;
    if (natural > room) pop.style.maxHeight = `${Math.max(120, Math.floor(room))}px`;
    const height = pop.offsetHeight;
    const top = placeAbove ? box.top - height - gap : box.bottom + gap;
    this.element.classList.toggle('above', placeAbove);

    pop.style.left = `${Math.round(left + window.scrollX)}px`;
    pop.style.top = `${Math.round(top + window.scrollY)}px`;
  }
}
