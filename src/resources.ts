import { buildContextLists, type ContextLists } from './context/lists.js';
import { ContextAdditionsSchema, FunctionWordsFileSchema, NamesFileSchema, PeopleFileSchema, SpeechFileSchema, type ContextAdditions } from './context/schema.js';
import { BUNDLED_DATA } from './data/bundled.generated.js';
import { Lexicon } from './lexicon/lexicon.js';
import { applyLexiconOverride, DataError, parseLexiconFiles } from './lexicon/load.js';
import type { LexiconEntry } from './lexicon/schema.js';
import { ProfilesFileSchema, type ProfilesFile } from './analysis/policy.js';
import { Gazetteer } from './gazetteer/gazetteer.js';
import { GazetteerFileSchema, type GazetteerFile } from './gazetteer/schema.js';
import { buildDateVocabulary, defaultDateVocabulary, type DateVocabulary } from './dates/vocabulary.js';

/** Everything the analysis needs besides the text: lexicon, context lists, severity profiles. */
export interface Resources {
  readonly lexicon: Lexicon;
  readonly lists: ContextLists;
  readonly profiles: ProfilesFile;
  /** Countries, capitals, places, organisations and media (data/gazetteer/*.json), for extraction. */
  readonly gazetteer: Gazetteer;
  /** Month names, weekdays and relative date words (data/dates/calendar.json), for extraction. */
  readonly dates: DateVocabulary;
}

function bundled(key: string): unknown {
  const v = BUNDLED_DATA[key];
  if (v === undefined) throw new DataError(`bundled data file data/${key} is missing`);
  return v;
}

function parse<T>(schema: { safeParse(x: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } } }, key: string): T {
  const r = schema.safeParse(bundled(key));
  if (!r.success) {
    const i = r.error.issues[0];
    throw new DataError(`data/${key}: ${i ? `${i.path.map(String).join('.')}: ${i.message}` : 'invalid'}`);
  }
  return r.data;
}

/** The entries of the bundled lexicon (data/lexicon/*.json), validated. */
export function bundledLexiconEntries(): LexiconEntry[] {
  const files = Object.keys(BUNDLED_DATA)
    .filter((k) => k.startsWith('lexicon/'))
    .sort()
    .map((k) => ({ name: `data/${k}`, json: BUNDLED_DATA[k] }));
  return parseLexiconFiles(files);
}

let defaults: Resources | null = null;
let defaultLists: ContextLists | null = null;
let defaultProfiles: ProfilesFile | null = null;
let defaultGazetteer: Gazetteer | null = null;

function validGazetteer(name: string, json: unknown): GazetteerFile {
  const r = GazetteerFileSchema.safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new DataError(`gazetteer ${name}: ${i ? `${i.path.map(String).join('.') || '(root)'}: ${i.message}` : 'invalid'}`);
  }
  return r.data;
}

/** The bundled gazetteer files (data/gazetteer/*.json), validated, in name order. */
function bundledGazetteerFiles(): GazetteerFile[] {
  return Object.keys(BUNDLED_DATA).filter((k) => k.startsWith('gazetteer/')).sort().map((k) => validGazetteer(`data/${k}`, BUNDLED_DATA[k]));
}

function gazetteer(): Gazetteer {
  defaultGazetteer ??= new Gazetteer(bundledGazetteerFiles());
  return defaultGazetteer;
}

/** The bundled context lists, with a user's additions merged in. */
function buildLists(additions: readonly ContextAdditions[]): ContextLists {
  const people = parse(PeopleFileSchema, 'context/people.json');
  const speech = parse(SpeechFileSchema, 'context/speech.json');
  const fw = parse(FunctionWordsFileSchema, 'context/function-words.json');
  const names = parse(NamesFileSchema, 'context/names.json');
  // Each addition's lists are appended to the bundled list of the same name, whichever file it is in.
  const files: Record<string, unknown>[] = [people, speech, fw, names];
  for (const a of additions) {
    for (const [key, list] of Object.entries(a)) {
      if (key === 'schema' || !Array.isArray(list)) continue;
      const target = files.find((f) => Array.isArray(f[key]))?.[key] as unknown[] | undefined;
      target?.push(...list);
    }
  }
  return buildContextLists(people, speech, fw, names);
}

function lists(): ContextLists {
  defaultLists ??= buildLists([]);
  return defaultLists;
}

function profiles(): ProfilesFile {
  defaultProfiles ??= parse(ProfilesFileSchema, 'profiles/profiles.json');
  return defaultProfiles;
}

/** The bundled resources, built once and shared. */
export function defaultResources(): Resources {
  defaults ??= { lexicon: new Lexicon(bundledLexiconEntries()), lists: lists(), profiles: profiles(), gazetteer: gazetteer(), dates: defaultDateVocabulary() };
  return defaults;
}

/**
 * Resources with user files applied on top of the bundled data, in order: lexicon files add,
 * replace or disable entries (docs/lexicon.md); context files add words to the context lists
 * (docs/data.md). Each file is given as parsed JSON with a name for error messages. Build once
 * and pass to every `check` call: indexing is not free.
 */
export function createResources(options: {
  lexiconOverrides?: readonly { name: string; json: unknown }[];
  contextAdditions?: readonly { name: string; json: unknown }[];
  /** Gazetteer files (same schema as data/gazetteer/*.json) whose entries are added; a listed spelling is taken over. */
  gazetteerAdditions?: readonly { name: string; json: unknown }[];
  /** Date vocabulary files (same schema as data/dates/calendar.json) whose lists are added. */
  dateAdditions?: readonly { name: string; json: unknown }[];
} = {}): Resources {
  let entries = bundledLexiconEntries();
  for (const o of options.lexiconOverrides ?? []) entries = applyLexiconOverride(entries, o.name, o.json);
  const additions = (options.contextAdditions ?? []).map((c) => {
    const r = ContextAdditionsSchema.safeParse(c.json);
    if (!r.success) {
      const i = r.error.issues[0];
      throw new DataError(`context ${c.name}: ${i ? `${i.path.map(String).join('.') || '(root)'}: ${i.message}` : 'invalid'}`);
    }
    return r.data;
  });
  const gazetteerFiles = (options.gazetteerAdditions ?? []).map((g) => validGazetteer(g.name, g.json));
  const dateFiles = options.dateAdditions ?? [];
  return {
    lexicon: new Lexicon(entries),
    lists: additions.length ? buildLists(additions) : lists(),
    profiles: profiles(),
    gazetteer: gazetteerFiles.length ? new Gazetteer([...bundledGazetteerFiles(), ...gazetteerFiles]) : gazetteer(),
    dates: dateFiles.length ? buildDateVocabulary([{ name: 'data/dates/calendar.json', json: BUNDLED_DATA['dates/calendar.json'] }, ...dateFiles]) : defaultDateVocabulary(),
  };
}
