import type { LexMatch } from './document.js';
import type { Suggestion } from '../report/types.js';
import type { Severity } from '../lexicon/schema.js';
import type { Voice } from './voice/index.js';

export interface SuggestionFacts {
  readonly severity: Severity;
  readonly voice: Voice;
  readonly sense: 'epithet' | 'literal';
  /** The word is inside quotation marks (whatever its voice): nothing inside marks is edited. */
  readonly inMarks: boolean;
}

const REMOVE_REASON: Record<Voice, string> = {
  narrator: 'the narrator does not use this language in news copy',
  reported: 'carries an insertion trace inside reported speech: put there, not paraphrased',
  quoted: 'carries an insertion trace inside speech given without quotation marks: put there, not said',
};

/**
 * The edit proposed for a finding. High findings in the narrator's voice, or in reported speech
 * with an insertion trace, are removed; medium ones in the narrator's voice are replaced by the
 * lexicon's neutral equivalent (keeping the word's conjunction and preposition) or left for
 * review; reported speech is left for review; quotations, words in marks and literal senses are
 * kept as written.
 */
export function suggestEdit(m: LexMatch, f: SuggestionFacts): Suggestion {
  if (f.sense === 'literal') return { action: 'keep', replacement: null, reason: 'literal sense, not an epithet' };
  const serious = f.severity === 'high' || f.severity === 'medium';
  if (f.inMarks) {
    if (f.voice === 'quoted') return { action: 'keep', replacement: null, reason: 'attributed speech: reported, not endorsed; quotations are never altered' };
    return serious
      ? { action: 'review', replacement: null, reason: 'in quotation marks, which the cleaned text never alters: an editor should decide' }
      : { action: 'keep', replacement: null, reason: 'below the profile\'s threshold for editing' };
  }
  // Speech without marks («قال: …») is only high with an insertion trace (policy.ts).
  if (f.voice === 'quoted' && f.severity !== 'high') return { action: 'keep', replacement: null, reason: 'attributed speech: reported, not endorsed; quotations are never altered' };
  if (f.severity === 'high') {
    return { action: 'remove', replacement: '', reason: REMOVE_REASON[f.voice] };
  }
  if (f.severity === 'medium' && f.voice === 'reported') {
    return { action: 'review', replacement: null, reason: 'the narrator\'s paraphrase of someone\'s words: an editor should check it against the source' };
  }
  if (f.severity === 'medium') {
    const neutral = m.hit.entry.neutral;
    if (neutral) {
      return { action: 'replace', replacement: withProclitics(m, neutral), reason: `neutral wire-style term for «${m.hit.entry.lemma}»` };
    }
    return {
      action: 'review',
      replacement: null,
      reason: m.hit.entry.category === 'loaded'
        ? 'editorializing term with no single neutral equivalent: an editor should rephrase'
        : 'not aimed at a named person or group (or aimed at an organisation): an editor should decide',
    };
  }
  return { action: 'keep', replacement: null, reason: 'below the profile\'s threshold for editing' };
}

/** Put the matched word's conjunction and preposition on the replacement: «بالكيان الصهيوني» → «بإسرائيل». */
function withProclitics(m: LexMatch, neutral: string): string {
  const prefix = m.analysis?.prefix ?? '';
  const article = m.analysis?.article ?? false;
  const keep = article ? prefix.replace(/(ال|لل)$/u, (x) => (x === 'لل' ? 'ل' : '')) : prefix;
  if (!keep) return neutral;
  if (keep.endsWith('ل') && neutral.startsWith('ال')) return keep + neutral.slice(1); // ل + ال → لل
  return keep + neutral;
}
