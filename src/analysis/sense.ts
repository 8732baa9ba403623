import type { Doc, LexMatch } from './document.js';
import type { TargetDecision } from './target.js';
import { someStem } from '../text/clitics.js';
import { hasLiteralSense } from '../lexicon/lexicon.js';
import { firstTokenAt } from '../text/tokenize.js';
import { quoteAt } from './voice/index.js';
import { quoteWords } from './voice/quotation-marks.js';

export type Sense = 'epithet' | 'literal';

export interface SenseDecision {
  readonly sense: Sense;
  readonly reason: string;
}

/** How far (in words, same sentence) a literal-sense cue is looked for. */
const CUE_WINDOW = 5;
/** A title in marks after a name head has at most this many words («"ذئب وول ستريت"»). */
const MAX_TITLE_WORDS = 4;
/** How far before the opening mark the name head may stand («أفلام شهيرة مثل "…"»). */
const TITLE_HEAD_REACH = 3;

/**
 * Stage helper: is the word an epithet, or used in one of its literal senses (dirty water, a
 * dog in a veterinary story, a criminal in a court report, a film title)? Entries without
 * literal senses are always epithets. An insertion trace rules a literal sense out: an animal
 * word wedged between a title and its complement is not an animal. Otherwise an entry with
 * literal senses is an epithet only when it is attached to a person or group and no cue of a
 * literal sense stands near it.
 */
export function decideSense(doc: Doc, m: LexMatch, target: TargetDecision | null, inserted: boolean, scareQuoted = false): SenseDecision {
  const entry = m.hit.entry;
  if (inserted) return { sense: 'epithet', reason: 'an insertion trace rules out a literal sense' };
  const title = titleInMarks(doc, m);
  if (title) return { sense: 'literal', reason: `part of the title or name in marks after «${title}»` };
  const head = nameHead(doc, m);
  if (head && hasLiteralSense(entry)) return { sense: 'literal', reason: `part of the name after «${head}»` };
  if (!hasLiteralSense(entry)) return { sense: 'epithet', reason: 'the word has no literal sense in news' };
  const cue = literalCue(doc, m);
  if (cue) return { sense: 'literal', reason: `literal-sense cue «${cue}» nearby` };
  // The writer's own word set off in scare quotes says it is not meant literally: «في ملابس
  // "الجلاد" العسكرية» is the man, not an executioner's trade.
  if (scareQuoted) return { sense: 'epithet', reason: 'the writer\'s own word in scare quotes, which mark it as not meant literally' };
  // Partisan labels and multi-word expressions refer to people by themselves: no target is needed.
  if (entry.category === 'loaded' || entry.category === 'curse' || m.kind === 'phrase') {
    return { sense: 'epithet', reason: 'no literal-sense cue nearby' };
  }
  if ((!target || !target.strong) && entry.literal?.default === 'epithet') {
    return { sense: 'epithet', reason: 'its everyday use in news is the slur, and no cue of its other senses stands nearby' };
  }
  if (!target || !target.strong) return { sense: 'literal', reason: `has literal senses and is not aimed at a person or group${target ? ` (only loosely next to «${doc.input.slice(target.start, target.end)}»)` : ''}` };
  return { sense: 'epithet', reason: `aimed at a ${target.kind}, no literal-sense cue nearby` };
}

/** How far a literal cue of an epithet-by-default slur may stand (words). */
const NEAR_WINDOW = 3;

/** How many words before an adjective its noun may stand («العمل الإرهابي الجبان»). */
const ADJECTIVE_HEAD_WINDOW = 3;

/**
 * The first literal-sense cue of the entry within CUE_WINDOW words in the same sentence. An
 * adjective's literal sense is decided by the noun it describes, before it: «هجوم إرهابي» is an
 * act, «تنظيم داعش الإرهابي» a group, whatever stands further on («التهديد الذي يشكله تنظيم داعش
 * الإرهابي»).
 */
export function literalCue(doc: Doc, m: LexMatch): string | null {
  const cues = doc.lexicon.literalCues(m.hit.entry);
  if (cues.size === 0) return null;
  const { tokens, input } = doc;
  const sentence = tokens[m.tokenStart].sentence;
  const adjective = m.hit.entry.pos === 'adj' && m.kind === 'word';
  // A slur whose everyday use is the slur is literal only in a phrase about its other sense
  // («العهد الساساني كان المجوس»), not because a history word stands a clause away («سنها
  // الحوثيون والمجوس وحزب الشيطان وبقية قرامطة العصر»).
  const window = m.hit.entry.literal?.default === 'epithet' ? NEAR_WINDOW : CUE_WINDOW;
  const lo = Math.max(0, m.tokenStart - (adjective ? ADJECTIVE_HEAD_WINDOW : window));
  const hi = adjective ? m.tokenStart : Math.min(tokens.length, m.tokenEnd + window);
  for (let k = lo; k < hi; k++) {
    if (k >= m.tokenStart && k < m.tokenEnd) continue;
    const t = tokens[k];
    if (adjective && t.kind === 'punct') continue;
    if (t.kind !== 'arabic' || t.sentence !== sentence) continue;
    if (cues.has(t.norm) || someStem(t.norm, (s) => cues.has(s))) return input.slice(t.start, t.end);
  }
  return null;
}

/**
 * A short phrase in marks right after a word that introduces a name or title: a film, a book,
 * a festival, an agreement («أفلام مثل "ذئب وول ستريت"», «مهرجان "وليمة القرود"», «اتفاق
 * "الثعبان النقدي"»). The head word, or null.
 */
function titleInMarks(doc: Doc, m: LexMatch): string | null {
  const q = quoteAt(doc, m);
  if (!q || quoteWords(doc, q) > MAX_TITLE_WORDS) return null;
  const { tokens } = doc;
  const open = firstTokenAt(tokens, q.start);
  for (let k = open - 1, words = 0; k >= 0 && words < TITLE_HEAD_REACH && tokens[k].sentence === tokens[open].sentence; k--) {
    const t = tokens[k];
    if (t.kind !== 'arabic') continue;
    words++;
    if (doc.lists.nameHeads.has(t.norm)) return doc.input.slice(t.start, t.end);
  }
  return null;
}

/**
 * The word names a place, a team or a work together with the head before it: «حي الكلاب»,
 * «نادي الذئاب», «مسرحية القرود» (a word wedged between a head and its complement carries a
 * trace and is decided before this). The head word, or null.
 */
function nameHead(doc: Doc, m: LexMatch): string | null {
  const t = doc.tokens[m.tokenStart - 1];
  if (!t || t.kind !== 'arabic' || t.sentence !== doc.tokens[m.tokenStart].sentence || !/^\s*$/u.test(doc.input.slice(t.end, m.start))) return null;
  if (doc.gazetteer.headKind(t) === 'place' || doc.lists.nameHeads.has(t.norm)) return doc.input.slice(t.start, t.end);
  return null;
}
