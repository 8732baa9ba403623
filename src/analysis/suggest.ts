import type { LexMatch } from './document.js';
import type { Suggestion } from '../report/types.js';
import type { Severity } from '../lexicon/schema.js';

/**
 * The edit proposed for a finding. Narrator-voice high findings are removed; medium ones are
 * replaced by the lexicon's neutral equivalent (keeping the word's conjunction and preposition)
 * or left for review; attributed speech and literal senses are kept as written.
 */
export function suggestEdit(m: LexMatch, severity: Severity, voice: 'narrator' | 'quoted', sense: 'epithet' | 'literal'): Suggestion {
  if (sense === 'literal') return { action: 'keep', replacement: null, reason: 'literal sense, not an epithet' };
  if (voice === 'quoted') return { action: 'keep', replacement: null, reason: 'attributed speech: reported, not endorsed; quotations are never altered' };
  if (severity === 'high') return { action: 'remove', replacement: '', reason: 'the narrator does not use this language in news copy' };
  if (severity === 'medium') {
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
