/**
 * Arabic clitics. A written word is [conjunction][preposition|future][article] STEM [pronoun].
 * The matcher looks a stem up under every split this file allows, so that one lexicon form
 * matches «والخونة», «بالكلاب», «للصوص», «عملاؤهم».
 * All strings here are in folded form (see chars.ts): ة is ه, أ/إ/آ are ا.
 */

const CONJUNCTIONS = ['', 'و', 'ف'];
const PARTICLES = ['', 'ب', 'ك', 'ل', 'س'];

/** Every proclitic string with its parts, longest first. ل + ال is written لل. */
export const PROCLITICS: readonly { text: string; article: boolean; conj: string; particle: string }[] = (() => {
  const seen = new Map<string, { text: string; article: boolean; conj: string; particle: string }>();
  for (const conj of CONJUNCTIONS) {
    for (const particle of PARTICLES) {
      for (const article of [false, true]) {
        if (article && particle === 'س') continue; // the future prefix never precedes the article
        let text = conj + particle;
        if (article) text = particle === 'ل' ? conj + 'لل' : text + 'ال';
        if (!seen.has(text)) seen.set(text, { text, article, conj, particle });
      }
    }
  }
  return [...seen.values()].sort((a, b) => b.text.length - a.text.length);
})();

/** Pronoun suffixes (possessive or object), longest first. */
export const ENCLITICS: readonly string[] = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا', 'ني', 'ه', 'ك', 'ي'];

export interface Analysis {
  /** The proclitic string (folded) removed from the front. */
  readonly prefix: string;
  readonly article: boolean;
  readonly stem: string;
  /** The pronoun suffix removed from the end. */
  readonly suffix: string;
}

const MIN_STEM = 2;

/**
 * All ways to read `word` as proclitics + stem + pronoun suffix, the unsegmented reading first.
 * A stem that ended in ة before a suffix is written with ت («خيانتهم»): the ه form is offered too.
 */
export function analyses(word: string): Analysis[] {
  const out: Analysis[] = [];
  for (const p of [{ text: '', article: false }, ...PROCLITICS.filter((p) => p.text !== '')]) {
    if (p.text && !word.startsWith(p.text)) continue;
    const rest = word.slice(p.text.length);
    if (rest.length < MIN_STEM) continue;
    out.push({ prefix: p.text, article: p.article, stem: rest, suffix: '' });
    for (const s of ENCLITICS) {
      if (rest.length - s.length < MIN_STEM || !rest.endsWith(s)) continue;
      const stem = rest.slice(0, rest.length - s.length);
      out.push({ prefix: p.text, article: p.article, stem, suffix: s });
      if (stem.endsWith('ت')) out.push({ prefix: p.text, article: p.article, stem: stem.slice(0, -1) + 'ه', suffix: s });
    }
  }
  return out;
}

const PROCLITIC_TEXTS: readonly string[] = ['', ...PROCLITICS.map((p) => p.text).filter((t) => t !== '')];

/**
 * Allocation-free membership test: does any clitic reading of `word` have a stem for which
 * `test` is true? Used on hot paths (word lists) where building Analysis objects would dominate.
 * The future prefix س is skipped unless allowFuture; suffixes only when withSuffixes.
 */
export function someStem(word: string, test: (stem: string) => boolean, withSuffixes = true, allowFuture = false, minStem = MIN_STEM): boolean {
  for (const p of PROCLITIC_TEXTS) {
    if (p && (!word.startsWith(p) || (!allowFuture && p.endsWith('س')))) continue;
    const restLen = word.length - p.length;
    if (restLen < minStem) continue;
    const rest = p ? word.slice(p.length) : word;
    if (test(rest)) return true;
    if (!withSuffixes) continue;
    for (const s of ENCLITICS) {
      if (restLen - s.length < minStem || !rest.endsWith(s)) continue;
      const stem = rest.slice(0, restLen - s.length);
      if (test(stem)) return true;
      if (stem.endsWith('ت') && test(stem.slice(0, -1) + 'ه')) return true;
    }
  }
  return false;
}


/**
 * Collapse letters stretched for emphasis or evasion («حقيييير»): runs of three or more of the
 * same letter. Returns the variants to try (run → one letter, run → two letters), or [] if none.
 */
export function unstretchVariants(word: string): string[] {
  if (!/(.)\1\1/u.test(word)) return [];
  return [word.replace(/(.)\1{2,}/gu, '$1'), word.replace(/(.)\1{2,}/gu, '$1$1')];
}
