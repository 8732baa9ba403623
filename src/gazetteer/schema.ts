import { z } from 'zod';

const names = z.array(z.string().trim().min(1)).default([]);
const code = z.string().regex(/^[A-Z]{2}$/u, 'an ISO 3166-1 alpha-2 code such as "MA"');

/** A country: its names, nisba adjectives (masculine singular, no article) and capitals. */
export const CountrySchema = z.object({
  code,
  names: z.array(z.string().trim().min(1)).min(1),
  adjectives: names,
  capitals: names,
  /** A name that is also a common word («مالي» "financial", «بنين» "sons"): only with a cue. */
  ambiguous: z.boolean().default(false),
}).passthrough();

export const PLACE_TYPES = ['city', 'region', 'territory', 'camp', 'water', 'mountain', 'crossing', 'district', 'village'] as const;

/** A city, region or other place below the country level. */
export const PlaceSchema = z.object({
  names: z.array(z.string().trim().min(1)).min(1),
  type: z.enum(PLACE_TYPES),
  country: code.nullable().default(null),
  /** The name is also a common word or given name: accepted only with a place cue. */
  ambiguous: z.boolean().default(false),
}).passthrough();

export const ORG_KINDS = ['international', 'army', 'security', 'government', 'ministry', 'parliament', 'party', 'armed-group', 'movement', 'court', 'company', 'bank', 'union', 'sports', 'university', 'religious', 'ngo'] as const;
export const MEDIA_KINDS = ['agency', 'tv', 'newspaper', 'website', 'radio'] as const;

const named = {
  id: z.string().trim().min(1),
  names: z.array(z.string().trim().min(1)).min(1),
  abbreviations: names,
  country: code.nullable().default(null),
  ambiguous: z.boolean().default(false),
};
export const OrganisationSchema = z.object({ ...named, kind: z.enum(ORG_KINDS) }).passthrough();
export const MediaSchema = z.object({ ...named, kind: z.enum(MEDIA_KINDS) }).passthrough();

/**
 * One gazetteer file (data/gazetteer/*.json, or a user's `--gazetteer FILE`). Every field is
 * optional; the bundled files each hold some of them, and a user's file adds to them.
 */
export const GazetteerFileSchema = z.object({
  schema: z.literal('amana-gazetteer/1'),
  countries: z.array(CountrySchema).default([]),
  places: z.array(PlaceSchema).default([]),
  organisations: z.array(OrganisationSchema).default([]),
  media: z.array(MediaSchema).default([]),
  /** Nouns that start an organisation's name: «وزارة», «حزب», «جيش». */
  org_heads: names,
  /** Nouns before a place name: «مدينة», «محافظة», «مخيم». */
  place_heads: names,
  /** A head noun and its complement that are an ordinary phrase: «حركة المرور» (traffic). */
  not_organisations: names,
}).passthrough();

export type Country = z.infer<typeof CountrySchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Organisation = z.infer<typeof OrganisationSchema>;
export type Media = z.infer<typeof MediaSchema>;
export type GazetteerFile = z.infer<typeof GazetteerFileSchema>;
