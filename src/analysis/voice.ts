import type { Doc, LexMatch } from './document.js';
import { WordClass } from '../context/lists.js';

export type Voice = 'narrator' | 'quoted';

export interface VoiceDecision {
  readonly voice: Voice;
  readonly reason: string;
}

/** How far (in words) a speech verb or a trailing attribution may stand from the word it reports. */
const MAX_CLAUSE = 200;

/** Verbs that report a characterization with ب: «وصفه بالخائن», «اتهمهم بالعمالة». */
const DESCRIBE_WITH_BA = ['وصف', 'نعت', 'اتهم', 'لقب', 'سمى', 'ينعت', 'يصف', 'يتهم', 'وصفت', 'نعتت', 'اتهمت', 'يصفون', 'وصفوا', 'اتهموا', 'نعتوا'];

/**
 * Stage helper: is a match the narrator's own word, or someone else's that the narrator reports?
 * Quoted when inside quotation marks, or after a speech verb in the same sentence once the
 * reported clause has begun (a complementizer «إن/أن», a colon, or «وصف ... بـ»), or in a clause
 * that a trailing «، قال ...» attributes. A speech verb's own subject stays in narrator voice:
 * in «قال الوزير الخائن إن ...» the epithet is the narrator's.
 */
export function decideVoice(doc: Doc, m: LexMatch): VoiceDecision {
  const q = doc.tokenQuote[m.tokenStart];
  if (q >= 0 || insideQuote(doc, m.start)) {
    const quote = doc.quotes[q >= 0 ? q : doc.quotes.findIndex((x) => m.start >= x.start && m.start < x.end)];
    return { voice: 'quoted', reason: `inside the quotation ${quote.open}…${quote.close} at ${quote.start}–${quote.end}` };
  }
  const { tokens, lists } = doc;
  const sentence = tokens[m.tokenStart].sentence;
  let reportedClause = false;
  for (let k = m.tokenStart - 1, steps = 0; k >= 0 && tokens[k].sentence === sentence && steps < MAX_CLAUSE; k--, steps++) {
    const t = tokens[k];
    if (t.kind === 'punct' && (t.norm === ':' || t.norm === '：')) reportedClause = true;
    if (t.kind !== 'arabic') continue;
    const c = lists.classOf(t.norm);
    if (c & WordClass.Complementizer) reportedClause = true;
    if (c & WordClass.SpeechVerb && !isMatched(doc, k)) {
      const describe = DESCRIBE_WITH_BA.some((v) => t.norm === v || t.norm.startsWith(v)) && !!m.analysis && /ب/u.test(m.analysis.prefix);
      if (reportedClause || describe) return { voice: 'quoted', reason: `reported speech after «${doc.input.slice(t.start, t.end)}»` };
    }
    if (c & WordClass.SpeechNoun && reportedClause) {
      return { voice: 'quoted', reason: `reported speech after «${doc.input.slice(t.start, t.end)}»` };
    }
  }
  // «..., قال المتحدث.» — attribution after the clause.
  for (let k = m.tokenEnd, steps = 0; k < tokens.length - 1 && tokens[k].sentence === sentence && steps < MAX_CLAUSE; k++, steps++) {
    const t = tokens[k];
    if (t.kind === 'punct' && (t.norm === '،' || t.norm === ',')) {
      const v = tokens[k + 1];
      if (v.kind === 'arabic' && lists.speechVerbs.hasExact(v.norm) && isBareAttributionVerb(v.norm)) {
        return { voice: 'quoted', reason: `clause attributed by a following «${doc.input.slice(v.start, v.end)}»` };
      }
    }
  }
  return { voice: 'narrator', reason: 'not inside a quotation or attributed speech' };
}

function insideQuote(doc: Doc, offset: number): boolean {
  return doc.quotes.some((q) => offset >= q.start && offset < q.end);
}

function isMatched(doc: Doc, k: number): boolean {
  return doc.index!.matchAt[k] >= 0;
}

/**
 * A trailing attribution is a bare past-tense verb right after the comma («، قال», «، أضافت»):
 * not a conjoined verb («، وبحث» starts a new clause), not a present tense, and not a
 * participle («، مضيفا» attributes what follows it, not what precedes).
 */
function isBareAttributionVerb(w: string): boolean {
  if (/^[وف]/u.test(w) || /ا$/u.test(w)) return false;
  return !/^[يتن]/u.test(w) || w === 'تابع' || w === 'تابعت';
}
