import { defaultResources, type Resources } from './resources.js';
import { UnknownProfileError } from './check.js';
import { align, hunks } from './diff/align.js';
import { classifyHunk, type Draft } from './diff/classify.js';
import { cosmeticChanges } from './diff/cosmetic.js';
import { SideFacts } from './diff/facts.js';
import { buildSide, KeyTable } from './diff/side.js';
import { defaultDiffVocabulary, type DiffVocabulary } from './diff/vocabulary.js';
import { CHANGE_CATEGORIES, DIFF_REPORT_SCHEMA, DISTORTING, type Change, type ChangeCategory, type DiffReport, type Verdict } from './report/diff-types.js';
import { VERSION } from './version.js';

export interface DiffOptions {
  /** Resources from `createResources` (user lexicons, gazetteers); the bundled ones by default. */
  resources?: Resources;
  /** The diff vocabulary (data/diff/cues.json), or one built with `buildDiffVocabulary`. */
  vocabulary?: DiffVocabulary;
  /** Severity profile for the lexicon findings behind epithet changes (`wire` by default). */
  profile?: string;
}

/** Below this share of the original's words kept, the two texts are probably not one story. */
const UNRELATED_BELOW = 0.3;

/**
 * Compare a republished copy with its original: align their words under Arabic-aware folding,
 * classify every change (docs/report.md), measure how much of the original the copy keeps and
 * give a verdict with the changes that decided it.
 */
export function diff(original: string, copy: string, options: DiffOptions = {}): DiffReport {
  const resources = options.resources ?? defaultResources();
  const vocab = options.vocabulary ?? defaultDiffVocabulary();
  const profileName = options.profile ?? resources.profiles.default;
  const profile = resources.profiles.profiles[profileName];
  if (!profile) throw new UnknownProfileError(profileName, Object.keys(resources.profiles.profiles));

  const table = new KeyTable();
  const a = buildSide(original, table);
  const b = buildSide(copy, table);
  const al = align(a, b);
  const ctx = { al, fa: new SideFacts(a, resources, profile), fb: new SideFacts(b, resources, profile), resources, vocab };
  const drafts: Draft[] = cosmeticChanges(al);
  for (const h of hunks(al)) drafts.push(...classifyHunk(ctx, h));
  drafts.sort((x, y) => x.at - y.at || (x.a?.[0] ?? 0) - (y.a?.[0] ?? 0) || (x.b?.[0] ?? 0) - (y.b?.[0] ?? 0));

  const changes: Change[] = drafts.map((d, i) => ({
    id: `c${i + 1}`,
    category: d.category,
    original: d.a && { start: d.a[0], end: d.a[1], text: original.slice(d.a[0], d.a[1]) },
    copy: d.b && { start: d.b[0], end: d.b[1], text: copy.slice(d.b[0], d.b[1]) },
    kind: d.kind,
    evidence: d.evidence,
    values: d.values,
    lexicon: d.lexicon,
    target: d.target,
  }));

  let kept = 0;
  for (let w = 0; w < al.matchA.length; w++) if (al.matchA[w] >= 0) kept++;
  for (const d of drafts) kept += d.kept;
  const words = a.keys.length;
  const similarity = words === 0 ? (b.keys.length === 0 ? 1 : 0) : Math.min(1, kept / words);
  const { verdict, deciding } = decide(changes);
  const byCategory = Object.fromEntries(CHANGE_CATEGORIES.map((c) => [c, 0])) as Record<ChangeCategory, number>;
  for (const c of changes) byCategory[c.category]++;
  return {
    schema: DIFF_REPORT_SCHEMA,
    tool: { name: 'amana', version: VERSION },
    similarity: Math.round(similarity * 1000) / 1000,
    verdict,
    deciding,
    original_length: original.length,
    copy_length: copy.length,
    changes,
    summary: { changes: changes.length, by_category: byCategory, words: { original: words, copy: b.keys.length, kept: Math.min(kept, words) } },
    warning: words > 0 && similarity < UNRELATED_BELOW ? `the copy keeps only ${Math.round(similarity * 100)}% of the original's words: it may be another story, not a copy of this one` : null,
  };
}

/** Spacing and boilerplate around the story do not make a copy unfaithful. */
const INVISIBLE_KINDS = new Set(['whitespace', 'boilerplate']);
const EDITORIAL: ReadonlySet<ChangeCategory> = new Set(['attribution-added', 'sentence-added', 'sentence-removed', 'reworded']);

/**
 * manipulated: any change that distorts (DISTORTING); edited: added or removed sentences,
 * rewording, an added attribution; cosmetic: only respellings, punctuation, moved sentences;
 * faithful: nothing but spacing and boilerplate. The deciding changes are those of the class
 * that decided.
 */
function decide(changes: readonly Change[]): { verdict: Verdict; deciding: string[] } {
  const ids = (test: (c: Change) => boolean) => changes.filter(test).map((c) => c.id);
  const distorting = ids((c) => DISTORTING.has(c.category));
  if (distorting.length) return { verdict: 'manipulated', deciding: distorting };
  const editorial = ids((c) => EDITORIAL.has(c.category));
  if (editorial.length) return { verdict: 'edited', deciding: editorial };
  const cosmetic = ids((c) => c.category === 'cosmetic' && !INVISIBLE_KINDS.has(c.kind ?? ''));
  if (cosmetic.length) return { verdict: 'cosmetic', deciding: cosmetic };
  return { verdict: 'faithful', deciding: [] };
}
