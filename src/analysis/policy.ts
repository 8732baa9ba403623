import { z } from 'zod';
import { CATEGORIES, type Category, type Severity } from '../lexicon/schema.js';
import type { Voice } from './voice/index.js';

const level = z.enum(['high', 'medium', 'low', 'info']);
const byCategory = z.object(Object.fromEntries(CATEGORIES.map((c) => [c, level])) as Record<Category, typeof level>);

const byVoice = z.object({ narrator: level, reported: level, quoted: level });

/** A severity policy: what each category is worth in each voice. */
export const ProfileSchema = z.object({
  description: z.string().default(''),
  narrator: byCategory,
  /** Someone's words paraphrased by the narrator: indirect speech, «وصفه بـ», «ما أسماه». */
  reported: byCategory,
  quoted: byCategory,
  /**
   * The severity of a word that carries an insertion trace (glued to a neighbour, disguised,
   * wedged into a title chain or a construct), by voice, whatever its category's level, target
   * or literal senses: such a word was put there.
   */
  inserted: byVoice,
  /** The highest severity for the narrator's own word in quotation marks (scare quotes). */
  scare_quotes: level,
  literal: level,
  /** Caps for epithets aimed at no person or group the text names (optional, per category). */
  untargeted: byCategory.partial().default({}),
  /** Caps for epithets aimed at an organisation, army or government rather than at people. */
  organisation: byCategory.partial().default({}),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const ProfilesFileSchema = z.object({
  schema: z.literal('amana-profiles/2'),
  default: z.string(),
  profiles: z.record(z.string(), ProfileSchema),
});
export type ProfilesFile = z.infer<typeof ProfilesFileSchema>;

const RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3 };

export function severityRank(s: Severity): number {
  return RANK[s];
}

/** The lower of two severities. */
export function minSeverity(a: Severity, b: Severity): Severity {
  return RANK[a] <= RANK[b] ? a : b;
}

export interface SeverityFacts {
  readonly category: Category;
  readonly voice: Voice;
  readonly sense: 'epithet' | 'literal';
  /** The entry's own severity (a mild insult): it can only lower the narrator's level. */
  readonly entrySeverity: Severity | undefined;
  readonly target: 'none' | 'people' | 'organisation';
  /** The word carries an insertion trace (see traces/). */
  readonly inserted: boolean;
  /** The word is inside quotation marks. */
  readonly inMarks: boolean;
}

/**
 * Severity of a match under a profile. An insertion trace decides alone (by voice). Otherwise
 * literal senses get the profile's literal level, and the category's level in the voice is
 * lowered by the entry's own severity (narrator voice) and capped for epithets aimed at no one
 * or at an organisation; the narrator's word in scare quotes is capped too.
 */
export function severityFor(profile: Profile, f: SeverityFacts): Severity {
  // Speech without quotation marks («قال: …») is quoted by its grammar only: nothing protects its
  // characters, so a word put into it counts as put into reported speech.
  if (f.inserted) return profile.inserted[f.voice === 'quoted' && !f.inMarks ? 'reported' : f.voice];
  if (f.sense === 'literal') return profile.literal;
  if (f.inMarks && f.voice === 'narrator') return minSeverity(levelInVoice(profile, f), profile.scare_quotes);
  return levelInVoice(profile, f);
}

/** The category's level in the voice, lowered by the entry's own severity and the target caps. */
function levelInVoice(profile: Profile, f: SeverityFacts): Severity {
  let s = profile[f.voice][f.category];
  if (f.entrySeverity && f.voice === 'narrator') s = minSeverity(s, f.entrySeverity);
  const cap = f.target === 'none' ? profile.untargeted[f.category] : f.target === 'organisation' ? profile.organisation[f.category] : undefined;
  if (cap) s = minSeverity(s, cap);
  return s;
}
