import { z } from 'zod';

const words = z.array(z.string().trim().min(1)).default([]);

/** data/context/people.json: words that show a person or a group is named. */
export const PeopleFileSchema = z
  .object({
    schema: z.literal('amana-context/1'),
    titles: words,
    honorifics: words,
    person_nouns: words,
    group_nouns: words,
    org_heads: words,
    groups: z.array(z.object({ id: z.string().min(1), forms: words })).default([]),
  })
  .passthrough();

/** data/context/speech.json: the vocabulary of attribution. */
export const SpeechFileSchema = z
  .object({
    schema: z.literal('amana-context/1'),
    speech_verbs: words,
    speech_nouns: words,
    according_to: words,
    complementizers: words,
  })
  .passthrough();

/** data/context/function-words.json: common words that are never part of a personal name. */
export const FunctionWordsFileSchema = z
  .object({ schema: z.literal('amana-context/1'), words })
  .passthrough();

export type PeopleFile = z.infer<typeof PeopleFileSchema>;
export type SpeechFile = z.infer<typeof SpeechFileSchema>;
export type FunctionWordsFile = z.infer<typeof FunctionWordsFileSchema>;

/** data/context/names.json: given names and the particles that join family names. */
export const NamesFileSchema = z
  .object({ schema: z.literal('amana-context/1'), given_names: words, family_prefixes: words })
  .passthrough();
export type NamesFile = z.infer<typeof NamesFileSchema>;

/**
 * A user's context file (`--context FILE`): words added to the bundled lists, by list name.
 * Every field is optional; words are added, never removed.
 */
export const ContextAdditionsSchema = z
  .object({
    schema: z.literal('amana-context/1'),
    titles: words,
    honorifics: words,
    person_nouns: words,
    group_nouns: words,
    org_heads: words,
    groups: z.array(z.object({ id: z.string().min(1), forms: words })).default([]),
    speech_verbs: words,
    speech_nouns: words,
    according_to: words,
    complementizers: words,
    words,
    given_names: words,
    family_prefixes: words,
  })
  .strict();
export type ContextAdditions = z.infer<typeof ContextAdditionsSchema>;
