/**
 * Compile-time check that the web page's own declaration of the reports (web/src/types.ts,
 * which cannot import the library's types: see that file) still matches the library. Nothing
 * runs: if the library renames a field or adds a category, `npm run build` of the e2e tests
 * fails here instead of the page silently showing nothing.
 */
import type { CATEGORIES, CHANGE_CATEGORIES, CheckReport, DiffReport, SEVERITIES, VERDICTS } from '../src/index.js';
import type * as Web from '../web/src/types.js';

type Assignable<From extends To, To> = [From, To];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;

/** Every report the server sends is a report the page can read. */
export type CheckReportFits = Assignable<CheckReport, Web.CheckReport>;
export type DiffReportFits = Assignable<DiffReport, Web.DiffReport>;

/** The page lists every category, severity and verdict there is, and no other (same order for the changes). */
export type ChangeCategoriesMatch = Same<typeof CHANGE_CATEGORIES, typeof Web.CHANGE_CATEGORIES>;
export type CategoriesMatch = Same<(typeof CATEGORIES)[number], Web.Category>;
export type SeveritiesMatch = Same<(typeof SEVERITIES)[number], Web.Severity>;
export type VerdictsMatch = Same<(typeof VERDICTS)[number], Web.Verdict>;

// `never` where they differ: these assignments stop the build.
export const contract: [ChangeCategoriesMatch, CategoriesMatch, SeveritiesMatch, VerdictsMatch] = [true, true, true, true];
