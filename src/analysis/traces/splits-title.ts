import { WordClass } from '../../context/lists.js';
import { classAt, type Doc, type LexMatch } from '../document.js';
import { hasArticle, isAdjectiveLike, withoutConjunction, wordAfter, wordBefore, writtenOf } from './neighbours.js';
import type { Trace } from './types.js';

/**
 * Between a definite title and the adjective that completes it: «الأمين الجاهل العام», «المتحدث
 * الإرهابي الرسمي», «المدير الحقير التنفيذي». A title and its adjective name one office
 * («الأمين العام», «المتحدث الرسمي»); an adjective of the person's character is written after
 * the whole title, never inside it, so a word there was put there.
 */
export function splitsTitle(doc: Doc, m: LexMatch): Trace | null {
  if (m.kind === 'phrase' || !m.analysis?.article || /^[وفبلك]/u.test(m.analysis.prefix)) return null;
  const before = wordBefore(doc, m);
  const after = wordAfter(doc, m);
  if (!before || !after || doc.index!.matchAt[before.index] >= 0 || doc.index!.matchAt[after.index] >= 0) return null;
  if (!hasArticle(before.norm) || !(classAt(doc, before.index) & WordClass.Title)) return null;
  const adjective = withoutConjunction(after.norm);
  if (adjective !== after.norm || !isAdjectiveLike(doc, adjective, writtenOf(doc, after))) return null;
  return {
    signal: 'splits-title', kind: 'structure',
    reason: `between the title «${doc.input.slice(before.start, before.end)}» and «${doc.input.slice(after.start, after.end)}», the adjective that completes it`,
  };
}
