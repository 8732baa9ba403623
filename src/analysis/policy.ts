import { z } from 'zod';
import { CATEGORIES, type Category, type Severity } from '../lexicon/schema.js';

const level = z.enum(['high', 'medium', 'low', 'info']);
const byCategory = z.object(Object.fromEntries(CATEGORIES.map((c) => [c, level])) as Record<Category, typeof level>);

/** A severity policy: what each category is worth in each voice. */
export const ProfileSchema = z.object({
  description: z.string().default(''),
  narrator: byCategory,
  quoted: byCategory,
  literal: level,
  /** Caps for epithets aimed at no person or group the text names (optional, per category). */
  untargeted: byCategory.partial().default({}),
  /** Caps for epithets aimed at an organisation, army or government rather than at people. */
  organisation: byCategory.partial().default({}),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const ProfilesFileSchema = z.object({
  schema: z.literal('amana-profiles/1'),
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

/**
 * Severity of a match under a profile: by category and voice; literal senses get the profile's
 * literal level; an entry's own severity (a mild insult) can only lower the narrator level.
 */
export function severityFor(
  profile: Profile,
  category: Category,
  voice: 'narrator' | 'quoted',
  sense: 'epithet' | 'literal',
  entrySeverity: Severity | undefined,
  target: 'none' | 'people' | 'organisation',
): Severity {
  if (sense === 'literal') return profile.literal;
  let s = profile[voice][category];
  if (entrySeverity && voice === 'narrator') s = minSeverity(s, entrySeverity);
  const cap = target === 'none' ? profile.untargeted[category] : target === 'organisation' ? profile.organisation[category] : undefined;
  if (cap) s = minSeverity(s, cap);
  return s;
}
