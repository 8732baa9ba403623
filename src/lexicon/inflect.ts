import type { LexiconEntry } from './schema.js';

export type GrammaticalNumber = 'singular' | 'plural' | 'collective' | 'dual';

export interface SurfaceForm {
  /** As written in the data file. */
  readonly written: string;
  readonly number: GrammaticalNumber;
}

/** Regular adjective and participle endings (in written, unfolded spelling). */
/**
 * Duals (ـان، ـتان) are left out on purpose: epithets are almost never dual, and the dual
 * ending turns ordinary words into false forms («مهرج» + ان = «مهرجان», a festival).
 */
const ADJ_ENDINGS: readonly [string, GrammaticalNumber][] = [
  ['ة', 'singular'],
  ['ون', 'plural'],
  ['ين', 'plural'],
  ['ات', 'plural'],
];

/**
 * Every surface form an entry stands for, with its grammatical number: the lemma, the
 * generated regular forms of its inflection class, and the written-out broken plurals,
 * irregular feminines and variants. Clitics are not generated: the matcher strips them.
 */
export function surfaceForms(entry: LexiconEntry): SurfaceForm[] {
  const out: SurfaceForm[] = [];
  const lemmaNumber: GrammaticalNumber = entry.number === 'singular' ? 'singular' : entry.number;
  out.push({ written: entry.lemma, number: lemmaNumber });
  if (entry.pos !== 'phrase') {
    const base = entry.lemma.endsWith('ة') ? entry.lemma.slice(0, -1) : entry.lemma;
    if (entry.inflect === 'adj') {
      for (const [ending, number] of ADJ_ENDINGS) {
        // The relative (nisba) ending ي takes ـة, ـون... directly; a form in ة already is the feminine.
        out.push({ written: base + ending, number });
      }
    } else if (entry.inflect === 'fem') {
      out.push({ written: base + 'ة', number: 'singular' }, { written: base + 'ات', number: 'plural' });
    }
  }
  for (const p of entry.plurals) out.push({ written: p, number: 'plural' });
  for (const f of entry.feminine) out.push({ written: f, number: 'singular' });
  for (const f of entry.forms) out.push({ written: f, number: lemmaNumber });
  return out;
}
