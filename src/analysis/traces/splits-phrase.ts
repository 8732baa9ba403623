import type { Doc, LexMatch } from '../document.js';
import { isHeadWord } from './heads.js';
import { hasArticle, wordAfter, wordBefore } from './neighbours.js';
import type { Trace } from './types.js';

/**
 * Between two words that the same text writes side by side elsewhere: «رئيس الجهلة النادي» where
 * the article says «رئيس النادي» further on, «وزير الخول المالية» beside «وزير المالية». The
 * text's own phrase shows the two belong together, so the word between them was put there.
 */
export function splitsPhrase(doc: Doc, m: LexMatch): Trace | null {
  // A word with a preposition or conjunction («للعميل», «والخونة») opens a phrase of its own.
  if (m.kind === 'phrase' || (m.analysis && m.analysis.prefix !== '' && m.analysis.prefix !== 'ال')) return null;
  const before = wordBefore(doc, m);
  const after = wordAfter(doc, m);
  if (!before || !after || doc.index!.matchAt[before.index] >= 0 || doc.index!.matchAt[after.index] >= 0) return null;
  const fw = doc.lists.functionWords;
  // The second word is a content word («النادي»), not a grammar word that may follow anything («الذي»).
  if (before.norm.length < 3 || after.norm.length < 3 || fw.hasExact(after.norm)) return null;
  // The pair is a construct or a noun and its adjective («رئيس النادي», «وزير المالية»): the
  // second word has the bare article, or the first heads a title. Not a noun and a phrase that
  // merely follows it («حاجة للاتصال»).
  if (!hasArticle(after.norm) && !isHeadWord(doc, before)) return null;
  const elsewhere = pairsOf(doc).get(before.norm + ' ' + after.norm);
  if (!elsewhere) return null;
  return {
    signal: 'splits-phrase', kind: 'structure',
    reason: `between «${doc.input.slice(before.start, before.end)}» and «${doc.input.slice(after.start, after.end)}», which the text writes side by side elsewhere`,
  };
}

const cache = new WeakMap<Doc, Map<string, number>>();

/** Adjacent word pairs of the text (same sentence, only spaces between), with their count. */
function pairsOf(doc: Doc): Map<string, number> {
  let pairs = cache.get(doc);
  if (pairs) return pairs;
  pairs = new Map();
  const { tokens, input } = doc;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = tokens[k];
    const b = tokens[k + 1];
    if (a.kind !== 'arabic' || b.kind !== 'arabic' || a.sentence !== b.sentence || !/^\s+$/u.test(input.slice(a.end, b.start))) continue;
    const key = a.norm + ' ' + b.norm;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  cache.set(doc, pairs);
  return pairs;
}
