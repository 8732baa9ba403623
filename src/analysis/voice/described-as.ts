import type { Doc, LexMatch } from '../document.js';
import { isComma } from '../../text/tokenize.js';
import type { VoiceDecision } from './types.js';

/** How far back (tokens, same sentence) the describing verb may stand. */
const MAX_DESCRIBE = 12;

/**
 * A characterization reported by the narrator: «وصف الوزير المعارضين بالخونة», «اتهمهم
 * بالعمالة», «نعتوه بأنه "دجال"». The word behind «بـ» (or «بأنه …») is the subject's wording.
 */
export function describedAs(doc: Doc, m: LexMatch): VoiceDecision | null {
  const ba = afterBa(doc, m);
  const { tokens, lists } = doc;
  const sentence = tokens[m.tokenStart].sentence;
  for (let k = m.tokenStart - 1; k >= 0 && m.tokenStart - k <= MAX_DESCRIBE && tokens[k].sentence === sentence; k--) {
    const t = tokens[k];
    if (t.kind !== 'arabic' || !lists.describeVerbs.has(t.norm) || doc.index!.matchAt[k] >= 0) continue;
    // «وصفه بالخائن», or a naming verb with its object and the name right after: «من تسميه
    // قبل سنوات عميل السعودية», «سماهم الخونة».
    if (ba || coordinatedAfterBa(doc, k, m) || (OBJECT_PRONOUN.test(t.norm) && m.tokenStart - k <= NAMED_REACH) || objectBeforeBa(doc, k, m)) {
      return { voice: 'reported', rule: 'described-as', reason: `a characterization reported after «${doc.input.slice(t.start, t.end)}»` };
    }
  }
  return null;
}

/** A verb carrying its object as a pronoun: «تسميه», «سماهم», «يلقبونه». */
const OBJECT_PRONOUN = /(ه|ها|هم|هما|هن|وه|وها|وهم)$/u;
/** How far after a naming verb with its object the name it gives may stand. */
const NAMED_REACH = 4;

/** The match stands behind «بـ»: as its clitic («بالخونة»), or after «بـ», «بأن», «بأنه» (with marks between). */
export function afterBa(doc: Doc, m: LexMatch): boolean {
  if (m.analysis && /ب/u.test(m.analysis.prefix.replace(/^[وف]/u, ''))) return true;
  const { tokens } = doc;
  for (let k = m.tokenStart - 1, steps = 0; k >= 0 && steps < 3; k--, steps++) {
    const t = tokens[k];
    if (t.kind === 'punct') continue;
    return t.kind === 'arabic' && /^ب(ان|انه|انها|انهم|انهما)?$/u.test(t.norm);
  }
  return false;
}

/**
 * The second of two characterizations joined by «و»: «يصفها برأس الأفعى والشيطان الأكبر». The
 * match carries «و» and a word behind «بـ» stands between the verb and it, with no punctuation.
 */
function coordinatedAfterBa(doc: Doc, verb: number, m: LexMatch): boolean {
  if (!m.analysis || !/^و/u.test(m.analysis.prefix)) return false;
  for (let k = verb + 1; k < m.tokenStart; k++) {
    const t = doc.tokens[k];
    if (t.kind === 'punct' && !/^["«»“”]$/u.test(t.norm)) return false;
    if (t.kind === 'arabic' && /^ب/u.test(t.norm) && t.norm.length > 3) return true;
  }
  return false;
}

/** How far after the match the «بـ» of an accusation may stand. */
const BA_REACH = 4;

/**
 * The object of the characterization, named before its «بـ»: «اتهم إمام الجمعة نظام الملالي
 * الإيراني بمسؤوليته عن الأحداث». Who is accused is named in the accuser's terms; the verb, the
 * match and the «بـ» stand in one clause, with no punctuation between.
 */
function objectBeforeBa(doc: Doc, verb: number, m: LexMatch): boolean {
  const { tokens } = doc;
  for (let k = verb + 1; k < m.tokenStart; k++) if (tokens[k].kind === 'punct' && !isComma(tokens[k])) return false;
  for (let k = m.tokenEnd, words = 0; k < tokens.length && words < BA_REACH && tokens[k].sentence === tokens[m.tokenStart].sentence; k++) {
    const t = tokens[k];
    if (t.kind === 'punct') return false;
    words++;
    if (t.kind === 'arabic' && /^[وف]?ب/u.test(t.norm) && t.norm.length > 3 && doc.index!.matchAt[k] < 0) return true;
  }
  return false;
}
