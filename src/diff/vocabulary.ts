import { z } from 'zod';
import { BUNDLED_DATA } from '../data/bundled.generated.js';
import { DataError } from '../lexicon/load.js';
import { WordList } from '../context/lists.js';
import { foldWord } from '../text/normalize.js';

/**
 * The words the diff classifier uses (data/diff/cues.json, docs/data.md). A user's file with
 * the same schema adds to every list.
 */
const words = z.array(z.string().trim().min(1)).default([]);
const valued = z.array(z.object({ value: z.number().positive(), forms: words }).strict()).default([]);

export const DiffCuesFileSchema = z
  .object({
    schema: z.literal('amana-diff/1'),
    description: z.string().optional(),
    number_words: valued,
    scale_words: valued,
    percent_words: words,
    source_nouns_note: z.string().optional(),
    source_nouns: words,
    attribution_phrases_note: z.string().optional(),
    attribution_phrases: words,
    boilerplate_note: z.string().optional(),
    boilerplate: words,
    speaker_breakers_note: z.string().optional(),
    speaker_breakers: words,
  })
  .strict();
export type DiffCuesFile = z.infer<typeof DiffCuesFileSchema>;

export interface DiffVocabulary {
  /** Folded word sequences (joined by one space) naming a quantity: «ثلاثة» 3, «اثنا عشر» 12. */
  readonly numberWords: ReadonlyMap<string, number>;
  /** Folded words multiplying the number before them: «ملايين» 1e6. */
  readonly scaleWords: ReadonlyMap<string, number>;
  readonly percentWords: ReadonlySet<string>;
  /** Nouns naming a source, clitic-aware. */
  readonly sourceNouns: WordList;
  /** Folded phrases (joined by one space) attributing a statement. */
  readonly attributionPhrases: ReadonlySet<string>;
  /** Folded boilerplate markers, and raw markers (© http www) matched on the text as written. */
  readonly boilerplate: readonly string[];
  /** Words a speaker's name and title never hold (prepositions, conjunctions…), clitic-aware. */
  readonly speakerBreakers: WordList;
}

function valuedMap(list: readonly { value: number; forms: readonly string[] }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of list) for (const f of item.forms) out.set(foldWord(f).replace(/\s+/gu, ' '), item.value);
  return out;
}

/** Build the vocabulary from the bundled file and any additions (each validated). */
export function buildDiffVocabulary(files: readonly { name: string; json: unknown }[]): DiffVocabulary {
  const parsed = files.map(({ name, json }) => {
    const r = DiffCuesFileSchema.safeParse(json);
    if (!r.success) {
      const i = r.error.issues[0];
      throw new DataError(`${name}: ${i ? `${i.path.map(String).join('.') || '(root)'}: ${i.message}` : 'invalid'}`);
    }
    return r.data;
  });
  const all = <K extends keyof DiffCuesFile>(key: K) => parsed.flatMap((f) => f[key] as unknown as readonly never[]);
  const phrases = (list: readonly string[]) => new Set(list.map((w) => foldWord(w).replace(/\s+/gu, ' ')));
  return {
    numberWords: valuedMap(all('number_words')),
    scaleWords: valuedMap(all('scale_words')),
    percentWords: phrases(all('percent_words')),
    sourceNouns: new WordList(all('source_nouns')),
    attributionPhrases: phrases(all('attribution_phrases')),
    boilerplate: [...phrases(all('boilerplate'))],
    speakerBreakers: new WordList(all('speaker_breakers')),
  };
}

/** The bundled vocabulary with a user's files (same schema) added to its lists. */
export function diffVocabularyWith(additions: readonly { name: string; json: unknown }[]): DiffVocabulary {
  return buildDiffVocabulary([{ name: 'data/diff/cues.json', json: BUNDLED_DATA['diff/cues.json'] }, ...additions]);
}

let bundled: DiffVocabulary | null = null;

/** The bundled diff vocabulary, built once. */
export function defaultDiffVocabulary(): DiffVocabulary {
  bundled ??= buildDiffVocabulary([{ name: 'data/diff/cues.json', json: BUNDLED_DATA['diff/cues.json'] }]);
  return bundled;
}
