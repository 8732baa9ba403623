/**
 * The interface language: which table of strings.ts is in use, the page's lang/dir, and the
 * static labels of index.html. The choice is remembered in localStorage. Switching calls the
 * listeners so that the views re-render their dynamic parts from their state (nothing the
 * editor did, such as accepted suggestions, is lost).
 *
 * Only the interface changes direction: the article views set their own dir, so Arabic text
 * stays right to left in the English interface.
 */
import { LANGS, STRINGS, type Lang, type StaticKey, type Strings } from './strings.js';

const STORAGE_KEY = 'amana.lang';
let current: Lang = 'ar';
const listeners: Array<() => void> = [];

export function t(): Strings {
  return STRINGS[current];
}

export function currentLang(): Lang {
  return current;
}

export function onLangChange(listener: () => void): void {
  listeners.push(listener);
}

/** The stored choice, or Arabic. Storage can be unavailable (privacy modes): then Arabic. */
function storedLang(): Lang {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return LANGS.includes(value as Lang) ? (value as Lang) : 'ar';
  } catch {
    return 'ar';
  }
}

export function setLang(lang: Lang): void {
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered, but the switch itself still works.
  }
  applyStatic();
  for (const listener of listeners) listener();
}

export function initLang(): void {
  current = storedLang();
  applyStatic();
}

/** The other language, for the toggle (two languages: the toggle names the one it switches to). */
export function nextLang(): Lang {
  return LANGS[(LANGS.indexOf(current) + 1) % LANGS.length];
}

const ATTRIBUTES: ReadonlyArray<[string, string]> = [
  ['i18nPlaceholder', 'placeholder'],
  ['i18nAriaLabel', 'aria-label'],
  ['i18nTitle', 'title'],
];

function lookup(key: string): string {
  const value = (t() as unknown as Record<string, unknown>)[key];
  if (typeof value !== 'string') {
    // A typo in index.html: visible in the console rather than a blank label.
    console.warn(`strings.ts has no string "${key}"`);
    return key;
  }
  return value;
}

/** Sets <html lang dir>, the title and every element index.html marks with data-i18n*. */
export function applyStatic(root: ParentNode = document): void {
  const s = t();
  document.documentElement.lang = current;
  document.documentElement.dir = s.dir;
  document.title = s.pageTitle;
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    node.textContent = lookup(node.dataset.i18n as StaticKey);
  }
  for (const [dataKey, attribute] of ATTRIBUTES) {
    const selector = `[data-${dataKey.replace(/[A-Z]/gu, (c) => '-' + c.toLowerCase())}]`;
    for (const node of root.querySelectorAll<HTMLElement>(selector)) {
      node.setAttribute(attribute, lookup(node.dataset[dataKey] ?? ''));
    }
  }
}

/** Numbers in Western digits in both languages, as the wire copy the tool reads writes them. */
export function formatPercent(x: number): string {
  if (!Number.isFinite(x)) return '—';
  // Never "100%" unless every word was kept.
  const value = x < 1 ? Math.min(0.999, x) : 1;
  return new Intl.NumberFormat(current === 'ar' ? 'ar-u-nu-latn' : 'en', { style: 'percent', maximumFractionDigits: 1 }).format(value);
}
