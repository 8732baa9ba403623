import { z } from 'zod';

/** The categories a finding can have, named as the report names them. */
export const CATEGORIES = ['dehumanization', 'insult', 'slur', 'profanity', 'curse', 'loaded'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

const arabicText = z.string().trim().min(1);

/** One lexicon entry, exactly as documented in docs/lexicon.md. */
export const LexiconEntrySchema = z
  .object({
    id: z.string().min(1),
    lemma: arabicText,
    gloss: z.string().default(''),
    category: z.enum(CATEGORIES),
    subcategory: z.string().default('other'),
    pos: z.enum(['noun', 'adj', 'phrase']).default('noun'),
    number: z.enum(['singular', 'plural', 'collective']).default('singular'),
    inflect: z.enum(['adj', 'fem', 'none']).default('none'),
    plurals: z.array(arabicText).default([]),
    feminine: z.array(arabicText).default([]),
    forms: z.array(arabicText).default([]),
    /**
     * Forms the inflection class would generate that are other, ordinary words («مهرج» + ان =
     * «مهرجان», a festival): never generated. Compared after matching normalization.
     */
    exclude: z.array(arabicText).default([]),
    severity: z.enum(['high', 'medium', 'low']).optional(),
    literal: z
      .object({
        senses: z.array(z.string()).default([]),
        cues: z.array(arabicText).default([]),
        /**
         * Without a cue nearby: `literal` (the default) when the word is aimed at no named person
         * or group, or `epithet` for words whose literal senses are historical or technical and
         * whose everyday use in news is the slur («الصفوي», «المجوس»): only a cue makes them literal.
         */
        default: z.enum(['literal', 'epithet']).default('literal'),
      })
      .nullable()
      .optional(),
    neutral: z.string().nullable().optional(),
    aimed_at: z.array(z.string()).default([]),
    family_name: z.boolean().optional(),
    note: z.string().optional(),
    disabled: z.boolean().optional(),
  })
  .passthrough();

export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;

export const LexiconFileSchema = z.object({
  schema: z.literal('amana-lexicon/1'),
  entries: z.array(LexiconEntrySchema),
});
export type LexiconFile = z.infer<typeof LexiconFileSchema>;

/** An override file may also disable bundled entries by id without repeating them. */
export const LexiconOverrideEntrySchema = z.union([
  LexiconEntrySchema,
  z.object({ id: z.string().min(1), disabled: z.literal(true) }),
]);
export const LexiconOverrideFileSchema = z.object({
  schema: z.literal('amana-lexicon/1'),
  entries: z.array(LexiconOverrideEntrySchema),
});
