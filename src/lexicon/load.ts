import { LexiconFileSchema, LexiconOverrideFileSchema, type LexiconEntry } from './schema.js';

/** A data file failed validation: the message names the file and the first problem. */
export class DataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataError';
  }
}

function firstIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}` : 'invalid';
}

/** Validate bundled lexicon files (parsed JSON) and return their entries; ids must be unique. */
export function parseLexiconFiles(files: readonly { name: string; json: unknown }[]): LexiconEntry[] {
  const byId = new Map<string, LexiconEntry>();
  for (const f of files) {
    const parsed = LexiconFileSchema.safeParse(f.json);
    if (!parsed.success) throw new DataError(`lexicon ${f.name}: ${firstIssue(parsed.error)}`);
    for (const e of parsed.data.entries) {
      if (byId.has(e.id)) throw new DataError(`lexicon ${f.name}: duplicate id ${e.id}`);
      byId.set(e.id, e);
    }
  }
  return [...byId.values()];
}

/**
 * Apply a user's override file: an entry with a known id replaces the bundled one, a new id is
 * added, and `{"id": ..., "disabled": true}` removes a bundled entry.
 */
export function applyLexiconOverride(base: readonly LexiconEntry[], name: string, json: unknown): LexiconEntry[] {
  const parsed = LexiconOverrideFileSchema.safeParse(json);
  if (!parsed.success) throw new DataError(`lexicon ${name}: ${firstIssue(parsed.error)}`);
  const byId = new Map(base.map((e) => [e.id, e] as const));
  for (const e of parsed.data.entries) {
    if (e.disabled) byId.delete(e.id);
    else byId.set(e.id, e as LexiconEntry);
  }
  return [...byId.values()];
}
