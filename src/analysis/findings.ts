import type { Profile } from './policy.js';
import { severityFor } from './policy.js';
import type { Doc, LexMatch } from './document.js';
import { decideVoice, quoteAt, quoteWords } from './voice/index.js';
import { decideTarget, type TargetDecision } from './target.js';
import { decideSense } from './sense.js';
import { supportingSignals } from './signals.js';
import { findTraces, isInsertion } from './traces/index.js';
import { suggestEdit } from './suggest.js';
import type { Finding } from '../report/types.js';

const KIND_EVIDENCE: Record<LexMatch['kind'], string> = {
  word: 'matched as a word',
  phrase: 'matched as a phrase',
  glued: 'matched inside a word, glued to its neighbour without a space',
  evasion: 'matched across letters split apart by spaces or marks',
};

/** The target class the profile's caps distinguish. */
function targetClass(target: TargetDecision | null): 'none' | 'people' | 'organisation' {
  if (!target?.strong) return 'none';
  return target.kind === 'organisation' ? 'organisation' : 'people';
}

/** Stage: decide voice, traces, target, sense, signals, severity and suggestion for every match. */
export function buildFindings(doc: Doc, profile: Profile): Finding[] {
  const out: Finding[] = [];
  for (const m of doc.matches) {
    const entry = m.hit.entry;
    const voice = decideVoice(doc, m);
    const traces = findTraces(doc, m);
    const inserted = isInsertion(traces, entry.category);
    const target = decideTarget(doc, m);
    const quote = quoteAt(doc, m);
    const inMarks = quote !== null;
    // A single word in scare quotes; longer phrases in marks are as often titles and names («"ذئب وول ستريت"»).
    const scareQuoted = quote !== null && voice.voice === 'narrator' && quoteWords(doc, quote) === 1;
    const sense = decideSense(doc, m, target, inserted, scareQuoted);
    const signals = sense.sense === 'epithet' ? [...new Set([...traces.map((t) => t.signal), ...supportingSignals(doc, m, target)])] : [];
    const severity = severityFor(profile, { category: entry.category, voice: voice.voice, sense: sense.sense, entrySeverity: entry.severity, target: targetClass(target), inserted, inMarks });
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
    for (const t of traces) evidence.push(`insertion trace: ${t.reason}${inserted ? '' : ' (not counted for a partisan name)'}`);
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
      inserted: inserted && sense.sense === 'epithet',
      signals,
      evidence,
      suggestion: suggestEdit(m, { severity, voice: voice.voice, sense: sense.sense, inMarks }),
      aimed_at: entry.aimed_at,
    });
  }
  return out;
}
