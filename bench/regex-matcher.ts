import { bundledLexiconEntries } from '../src/index.js';
import { surfaceForms } from '../src/lexicon/inflect.js';

/**
 * The approach of the common npm profanity filters, as the comparison point: one regular
 * expression per term (here every surface form of the same lexicon, with optional Arabic
 * proclitics and suffixes and word boundaries), each run over the whole text.
 */
export function buildRegexMatcher(): (text: string) => number {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const res: RegExp[] = [];
  for (const e of bundledLexiconEntries()) {
    for (const f of surfaceForms(e)) {
      const body = escape(f.written).replace(/ /g, '\\s+');
      res.push(new RegExp(`(?<![\\u0621-\\u064A])(?:[وف]?(?:[بكل])?(?:ال)?)${body}(?:ه|ها|هم|هن)?(?![\\u0621-\\u064A])`, 'gu'));
    }
  }
  return (text: string) => {
    let n = 0;
    for (const re of res) {
      re.lastIndex = 0;
      while (re.exec(text) !== null) n++;
    }
    return n;
  };
}
