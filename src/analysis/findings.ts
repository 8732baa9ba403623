import type { Profile } from './policy.js';
import { severityFor } from './policy.js';
import type { Doc, LexMatch } from './document.js';
import { decideVoice } from './voice.js';
import { decideTarget } from './target.js';
import { decideSense } from './sense.js';
import { decideSignals } from './signals.js';
import { suggestEdit } from './suggest.js';
import type { Finding } from '../report/types.js';

const KIND_EVIDENCE: Record<LexMatch['kind'], string> = {
  word: 'matched as a word',
  phrase: 'matched as a phrase',
  glued: 'matched inside a word, glued to its neighbour without a space',
  evasion: 'matched across letters split apart by spaces or marks',
};

/** Stage: decide voice, target, sense, signals, severity and suggestion for every match. */
export function buildFindings(doc: Doc, profile: Profile): Finding[] {
  const out: Finding[] = [];
  for (const m of doc.matches) {
    const entry = m.hit.entry;
    const voice = decideVoice(doc, m);
    const target = decideTarget(doc, m);
    const sense = decideSense(doc, m, target, voice.voice === 'quoted');
    const signals = sense.sense === 'epithet' ? decideSignals(doc, m, target) : [];
    const severity = severityFor(profile, entry.category, voice.voice, sense.sense, entry.severity, !target?.strong ? 'none' : target.kind === 'organisation' ? 'organisation' : 'people');
    const written = doc.input.slice(m.start, m.end);
    const clitics = m.analysis && (m.analysis.prefix || m.analysis.suffix)
      ? ` (clitics: ${[m.analysis.prefix && m.analysis.prefix + '+', m.analysis.suffix && '+' + m.analysis.suffix].filter(Boolean).join(' ')})`
      : '';
    const evidence = [
      `«${written}» ${KIND_EVIDENCE[m.kind]} to the form «${m.hit.written}» of lexicon entry ${entry.id} (${entry.gloss || entry.lemma})${clitics}`,
      `voice: ${voice.reason}`,
      target ? `target: ${target.reason}` : 'target: no person or group attached',
      `sense: ${sense.reason}`,
    ];
    if (m.gluedTo) evidence.push(`glued to «${doc.input.slice(m.gluedTo.start, m.gluedTo.end)}»`);
    out.push({
      id: `f${out.length + 1}`,
      start: m.start,
      end: m.end,
      text: written,
      lexeme: entry.lemma,
      entry: entry.id,
      gloss: entry.gloss,
      category: entry.category,
      subcategory: entry.subcategory,
      severity,
      voice: voice.voice,
      target: target ? { start: target.start, end: target.end, text: doc.input.slice(target.start, target.end), kind: target.kind, group: target.groupId } : null,
      sense: sense.sense,
      signals,
      evidence,
      suggestion: suggestEdit(m, severity, voice.voice, sense.sense),
      aimed_at: entry.aimed_at,
    });
  }
  return out;
}
