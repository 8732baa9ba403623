import { z } from 'zod';

const words = z.array(z.string().trim().min(1)).default([]);
const schema = z.literal('amana-context/1');

/** The lists of each context file, by field name: one definition for the files and for additions. */
const peopleFields = {
  titles: words,
  honorifics: words,
  person_nouns: words,
  group_nouns: words,
  org_heads: words,
  title_modifiers: words,
  chain_adjectives: words,
  chain_adjectives_feminine: words,
  title_homographs: words,
  office_heads: words,
  demonstratives_human: words,
  groups: z.array(z.object({ id: z.string().min(1), forms: words })).default([]),
};
const speechFields = {
  speech_verbs: words, speech_nouns: words, according_to: words, complementizers: words, channel_nouns: words, media_heads: words, audience_nouns: words, name_heads: words,
  speech_participles: words, describe_verbs: words, naming_phrases: words, subordinators: words, object_speech_verbs: words, object_speech_prepositions: words, channel_prepositions: words,
};
const functionWordFields = { words, glue_particles: words };
const nameFields = { given_names: words, family_prefixes: words, kunya_prefixes: words };

/** data/context/people.json: words that show a person or a group is named. */
export const PeopleFileSchema = z.object({ schema, ...peopleFields }).passthrough();
/** data/context/speech.json: the vocabulary of attribution. */
export const SpeechFileSchema = z.object({ schema, ...speechFields }).passthrough();
/** data/context/function-words.json: common words that are never part of a personal name. */
export const FunctionWordsFileSchema = z.object({ schema, ...functionWordFields }).passthrough();
/** data/context/names.json: given names and the particles that join family names. */
export const NamesFileSchema = z.object({ schema, ...nameFields }).passthrough();

export type PeopleFile = z.infer<typeof PeopleFileSchema>;
export type SpeechFile = z.infer<typeof SpeechFileSchema>;
export type FunctionWordsFile = z.infer<typeof FunctionWordsFileSchema>;
export type NamesFile = z.infer<typeof NamesFileSchema>;

/**
 * A user's context file (`--context FILE`): words added to the bundled lists, by list name
 * (any field of the four files). Every field is optional; words are added, never removed; an
 * unknown field is an error so that a typo does not pass silently.
 */
export const ContextAdditionsSchema = z.object({ schema, ...peopleFields, ...speechFields, ...functionWordFields, ...nameFields }).strict();
export type ContextAdditions = z.infer<typeof ContextAdditionsSchema>;
