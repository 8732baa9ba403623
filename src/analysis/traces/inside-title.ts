import { WordClass } from '../../context/lists.js';
import { classAt, type Doc, type LexMatch } from '../document.js';
import { literalCue } from '../sense.js';
import { hasArticle, wordAfter, wordBefore } from './neighbours.js';
import type { Trace } from './types.js';

/**
 * Inside a person's title chain, between the title and the name, where the chain has already
 * named the office: «وزير الخارجية التركي الخائن هاكان فيدان», «رئيس الأركان الهمج الإسرائيلي
 * أفيف كوخافي». A title names an office; an insult in it was put there. Not when the word
 * completes an indefinite head as its complement («سفيرة مرضى ومحاربة السرطان ريم …», «زعيم
 * العصابة …»: the chain names what the office is about, and a literal cue shows the topic),
 * nor across punctuation (a list of names is no chain).
 */
export function insideTitle(doc: Doc, m: LexMatch): Trace | null {
  const p = doc.index!.personInChain[m.tokenStart];
  if (p < 0) return null;
  const before = wordBefore(doc, m);
  if (!before || !wordAfter(doc, m)) return null;
  if (!hasArticle(before.norm) && !/(ي|يه)$/u.test(before.norm) && (m.analysis?.article ?? false)) return null;
  // Between a definite rank or title and the name («اللواء البلطجي عبدالعزيز …») the word is no
  // complement whatever the topic: a police story's cue does not make it literal there.
  const rankBefore = hasArticle(before.norm) && (classAt(doc, before.index) & WordClass.Title) !== 0;
  if (!rankBefore && literalCue(doc, m)) return null;
  const person = doc.people[p];
  return { signal: 'inside-title', kind: 'structure', reason: `inside the title chain of «${doc.input.slice(person.start, person.end)}»` };
}
