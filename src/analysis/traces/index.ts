import type { Doc, LexMatch } from '../document.js';
import { betweenTitles } from './between-titles.js';
import { breaksAgreement } from './breaks-agreement.js';
import { breaksConstruct } from './breaks-construct.js';
import { completesTitle } from './completes-title.js';
import { disagreesWithAdjective } from './disagrees-with-adjective.js';
import { disagreesWithHead } from './disagrees-with-head.js';
import { glued } from './glued.js';
import { insideName } from './inside-name.js';
import { insideTitle } from './inside-title.js';
import { invisibleCharacters } from './invisible-characters.js';
import { lookalikeLetters } from './lookalike-letters.js';
import { presentationForms } from './presentation-forms.js';
import { splitLetters } from './split-letters.js';
import { splitsPhrase } from './splits-phrase.js';
import { splitsTitle } from './splits-title.js';
import { strayDiacritics } from './stray-diacritics.js';
import { stretched } from './stretched.js';
import type { Trace, TraceRule } from './types.js';

export type { Trace, TraceKind, TraceRule } from './types.js';

/** The insertion-trace rules, spelling first: every one that applies is reported. */
export const TRACE_RULES: readonly TraceRule[] = [
  glued, splitLetters, invisibleCharacters, presentationForms, lookalikeLetters, strayDiacritics, stretched,
  insideTitle, insideName, betweenTitles, breaksConstruct, breaksAgreement, splitsTitle, completesTitle, disagreesWithHead, disagreesWithAdjective, splitsPhrase,
];

/** Stage helper: the insertion traces a match carries, one per signal. */
export function findTraces(doc: Doc, m: LexMatch): Trace[] {
  const out: Trace[] = [];
  for (const rule of TRACE_RULES) {
    const t = rule(doc, m);
    if (t && !out.some((o) => o.signal === t.signal)) out.push(t);
  }
  return out;
}

/**
 * Traces a paper leaves itself around a partisan name: it writes them inside titles («الرئيس
 * المخلوع علي عبدالله صالح»), once and not the next time («الرئيس صالح»), and glues them by a
 * typist's missing space («الجنودالبواسل»).
 */
const OWN_WRITING: ReadonlySet<string> = new Set(['glued', 'inside-title', 'splits-phrase']);

/**
 * Does a trace make the word an insertion? For insults, slurs, curses and the like any trace
 * does. For partisan names only a disguise or a broken phrase does («رئيس الإرهابي الوزراء»:
 * no paper writes a word between «رئيس» and «الوزراء»), not the traces of the papers' own writing.
 */
export function isInsertion(traces: readonly Trace[], category: string): boolean {
  if (category !== 'loaded') return traces.length > 0;
  return traces.some((t) => !OWN_WRITING.has(t.signal));
}
