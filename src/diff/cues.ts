import type { Resources } from '../resources.js';
import type { Token } from '../text/tokenize.js';
import type { DiffVocabulary } from './vocabulary.js';

/**
 * What a stretch of text holds that matters for classifying a change: the quantities it
 * states, the sources it names, whether it is aggregator boilerplate. Each works on the
 * tokens whose span lies in [start, end) of one version.
 */

/** Tokens (any kind) lying inside [start, end). */
export function tokensIn(tokens: readonly Token[], start: number, end: number): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let k = lo; k < tokens.length && tokens[k].start < end; k++) out.push(tokens[k]);
  return out;
}

/** Drop a conjunction or preposition glued to a number word: «وثلاثة», «بخمسة». */
function withoutProclitic(norm: string): string[] {
  const out = [norm];
  if (norm.length > 3 && /^[وفبل]/u.test(norm)) out.push(norm.slice(1));
  if (norm.length > 4 && /^(وب|ول|فب|ال)/u.test(norm)) out.push(norm.slice(2));
  return out;
}

/**
 * The quantities a token run states, in order: digits («1,200», «3.5», Eastern digits are
 * folded already), number words («ثلاثة», «اثنا عشر»), each multiplied by a scale word after
 * it («5 ملايين» is 5,000,000). Values are compared, not spellings. `words` counts the words
 * that went into them, so that a run made only of a number can be told from one around it.
 */
export function quantities(tokens: readonly Token[], vocab: DiffVocabulary): number[] & { words: number } {
  const out = Object.assign([] as number[], { words: 0 });
  const words = tokens.filter((t) => t.kind !== 'punct');
  for (let k = 0; k < words.length; k++) {
    const t = words[k];
    const start = k;
    let value: number | null = null;
    if (t.kind === 'number') value = parseDigits(t.norm);
    else if (t.kind === 'arabic') {
      const pair = k + 1 < words.length ? `${t.norm} ${words[k + 1].norm}` : '';
      if (pair && vocab.numberWords.has(pair)) {
        value = vocab.numberWords.get(pair)!;
        k++;
      } else {
        for (const form of withoutProclitic(t.norm)) {
          const v = vocab.numberWords.get(form);
          if (v !== undefined) {
            value = v;
            break;
          }
        }
      }
    }
    if (value === null && t.kind === 'arabic' && vocab.scaleWords.has(t.norm)) {
      // A scale word on its own: «آلاف» (thousands) against «ملايين» (millions).
      out.words++;
      out.push(vocab.scaleWords.get(t.norm)!);
      continue;
    }
    if (value === null) continue;
    const next = words[k + 1];
    const scale = next && next.kind === 'arabic' ? vocab.scaleWords.get(next.norm) : undefined;
    if (scale !== undefined && value < scale) {
      value *= scale;
      k++;
    }
    // «5%», «5 في المئة» and «5 بالمئة» are one quantity: the percent words belong to it.
    const one = words[k + 1];
    const two = words[k + 2];
    if (one && two && vocab.percentWords.has(`${one.norm} ${two.norm}`)) k += 2;
    else if (one && vocab.percentWords.has(one.norm)) k++;
    out.words += k - start + 1;
    out.push(Math.round(value * 1000) / 1000);
  }
  return out;
}

/** «1,200» is twelve hundred; «3,5» (a comma before fewer or more than three digits) is 3.5. */
function parseDigits(s: string): number {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/u.test(s)) return Number(s.replace(/,/gu, ''));
  return Number(s.replace(/,/gu, '.').replace(/\.(?=.*\.)/gu, ''));
}

/**
 * The attributions a token run holds, as comparable labels: media and agencies from the
 * gazetteer (by id), «بحسب/وفقا/نقلا عن» phrases, and nouns naming a source («مصدر»,
 * «مسؤول», «شهود»). A speech verb alone («قال» → «أكد», «مضيفا») is not an attribution.
 */
export function attributions(tokens: readonly Token[], resources: Resources, vocab: DiffVocabulary): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'punct') continue;
    const hit = resources.gazetteer.lookup(tokens, k);
    // A one-word name that is also an ordinary word («كان», «العالم», «الأناضول») is taken for the
    // outlet only where a credit or a channel puts one: in brackets or marks, or after ل.
    const prev = tokens[k - 1];
    const marked = (prev && prev.kind === 'punct' && /^[(«"“[]$/u.test(prev.norm)) || (hit && hit.clitic > 0 && t.norm.startsWith('ل'));
    if (hit && hit.entry.kind === 'media' && (!hit.entry.ambiguous || hit.to - hit.from >= 2 || marked)) {
      out.add(`media:${hit.entry.id}`);
      k += Math.max(0, hit.to - k - 1);
      continue;
    }
    const next = tokens[k + 1];
    const pair = next && next.kind !== 'punct' ? `${t.norm} ${next.norm}` : '';
    if (pair && vocab.attributionPhrases.has(pair)) {
      out.add(`phrase:${pair}`);
      k++;
      continue;
    }
    if (vocab.attributionPhrases.has(t.norm) || vocab.attributionPhrases.has(t.norm.replace(/^[وف]/u, ''))) out.add(`phrase:${t.norm.replace(/^[وف]/u, '')}`);
    else if (vocab.sourceNouns.has(t.norm)) out.add(`source:${t.norm.replace(/^(و|ف)?(ب|ل|ك)?(ال)?/u, '')}`);
  }
  return out;
}

/** A line an aggregator wraps around a story: a sharing prompt, related links, copyright, a URL. */
export function isBoilerplate(raw: string, folded: string, vocab: DiffVocabulary): boolean {
  if (/©|https?:\/\/|www\./iu.test(raw)) return true;
  const padded = ` ${folded} `;
  return vocab.boilerplate.some((m) => padded.includes(` ${m} `) || padded.includes(` ${m}:`) || padded.includes(` و${m} `));
}
