import type { Finding, Span } from '../report/types.js';
import type { ChangeCategory, Change } from '../report/diff-types.js';
import type { Resources } from '../resources.js';
import { firstTokenAt, type Token } from '../text/tokenize.js';
import type { Alignment, Block } from './align.js';
import { attributions, isBoilerplate, quantities, tokensIn } from './cues.js';
import type { SideFacts } from './facts.js';
import { wordNorm, type Side } from './side.js';
import { spellingVariants } from './spelling.js';
import type { DiffVocabulary } from './vocabulary.js';

/** A change before it gets its id and spans: character ranges in each version. */
export interface Draft {
  category: ChangeCategory;
  kind: string | null;
  a: [number, number] | null;
  b: [number, number] | null;
  /** Where in the copy the change sits (its copy start, or where removed text was), for ordering. */
  at: number;
  evidence: string[];
  values: [string | null, string | null] | null;
  lexicon: Change['lexicon'];
  target: Span | null;
  /** Original words this change keeps in substance (a respelling, a word with an epithet glued on). */
  kept: number;
}

export interface ClassifyContext {
  readonly al: Alignment;
  readonly fa: SideFacts;
  readonly fb: SideFacts;
  readonly resources: Resources;
  readonly vocab: DiffVocabulary;
}

function draft(category: ChangeCategory, a: [number, number] | null, b: [number, number] | null, at: number, evidence: string[], extra: Partial<Draft> = {}): Draft {
  return { category, kind: null, a, b, at, evidence, values: null, lexicon: [], target: null, kept: 0, ...extra };
}

const quoted = (text: string) => `«${text.replace(/\s+/gu, ' ').trim()}»`;

/** Character range of words [w0, w1) of a side. */
function range(side: Side, w0: number, w1: number): [number, number] {
  return [side.tokens[side.words[w0]].start, side.tokens[side.words[w1 - 1]].end];
}

/** Where a pure addition or removal would sit in the other version: after the word before it. */
function positionBefore(side: Side, w: number): number {
  if (w <= 0) return side.words.length ? side.tokens[side.words[0]].start : 0;
  return side.tokens[side.words[w - 1]].end;
}

/** The folded words of [w0, w1) run together: «عبد الله» and «عبدالله» are the same letters. */
function letters(side: Side, w0: number, w1: number): string {
  let s = '';
  for (let w = w0; w < w1; w++) s += side.tokens[side.words[w]].norm;
  return s;
}

/** Original range of letters [c0, c1) of letters(side, w0, w1). */
function lettersRange(side: Side, w0: number, c0: number, c1: number): [number, number] {
  let w = w0;
  let base = 0;
  const at = (c: number, isEnd: boolean): number => {
    while (true) {
      const t = side.tokens[side.words[w]];
      const len = t.nEnd - t.nStart;
      if (c < base + len || (isEnd && c === base + len)) {
        const n = t.nStart + (c - base);
        return isEnd ? side.matching.end[n - 1] : side.matching.start[n];
      }
      base += len;
      w++;
    }
  };
  const start = at(c0, false);
  return [start, at(c1, true)];
}

/** First word of the sentence holding word w, and one past its last. */
function sentenceOf(side: Side, w: number): [number, number] {
  return [side.sentenceFirst[w], side.sentenceEnd[w]];
}

/** Extend a range over the closing bracket or mark it opened («صنعاء (رويترز» → «صنعاء (رويترز)»). */
function closeBrackets(text: string, r: [number, number]): [number, number] {
  const piece = text.slice(r[0], r[1]);
  for (const [open, close] of [['(', ')'], ['«', '»'], ['[', ']']]) {
    if (piece.split(open).length <= piece.split(close).length) continue;
    const m = /^[ \t]*/u.exec(text.slice(r[1]))!;
    if (text[r[1] + m[0].length] === close) return [r[0], r[1] + m[0].length + 1];
  }
  return r;
}

/** Split [w0, w1) into whole sentences and the pieces that are not whole sentences. */
function carve(side: Side, w0: number, w1: number): { whole: [number, number][]; rest: [number, number][] } {
  const whole: [number, number][] = [];
  const rest: [number, number][] = [];
  let w = w0;
  while (w < w1) {
    const [first, last] = sentenceOf(side, w);
    if (first >= w0 && last <= w1) {
      whole.push([first, last]);
      w = last;
      continue;
    }
    const end = Math.min(last, w1);
    const prev = rest[rest.length - 1];
    if (prev && prev[1] === w) prev[1] = end;
    else rest.push([w, end]);
    w = end;
  }
  return { whole, rest };
}

/** Classify one changed region into one or more changes. */
export function classifyHunk(ctx: ClassifyContext, h: Block): Draft[] {
  const { a, b } = ctx.al;
  const hasA = h.a1 > h.a0;
  const hasB = h.b1 > h.b0;
  if (hasA && hasB) {
    const same = sameLetters(ctx, h);
    if (same) return same;
  }
  const out: Draft[] = [];
  const ca = hasA ? carve(a, h.a0, h.a1) : { whole: [], rest: [] };
  const cb = hasB ? carve(b, h.b0, h.b1) : { whole: [], rest: [] };
  // A rewritten headline: the first line of both versions replaced by different words.
  if (h.a0 === 0 && h.b0 === 0 && ca.whole[0]?.[0] === 0 && cb.whole[0]?.[0] === 0 && a.sentence[0] === 0 && b.sentence[0] === 0) {
    const ra = range(a, ...ca.whole.shift()!);
    const rb = range(b, ...cb.whole.shift()!);
    out.push(draft('reworded', ra, rb, rb[0], ['the first line (the headline) was rewritten', `${quoted(a.text.slice(...ra))} → ${quoted(b.text.slice(...rb))}`], { kind: 'headline' }));
  }
  for (const s of ca.whole) out.push(wholeSentence(ctx, 'a', s, positionBefore(b, h.b0)));
  for (const s of cb.whole) out.push(wholeSentence(ctx, 'b', s, range(b, ...s)[0]));
  const n = Math.max(ca.rest.length, cb.rest.length);
  for (let i = 0; i < n; i++) {
    const ra = ca.rest[i] ? closeBrackets(a.text, range(a, ...ca.rest[i])) : null;
    const rb = cb.rest[i] ? closeBrackets(b.text, range(b, ...cb.rest[i])) : null;
    const at = rb ? rb[0] : positionBefore(b, h.b0);
    out.push(classifyEdit(ctx, ra, rb, at, ra ? null : positionBefore(a, h.a0), rb ? null : at));
  }
  return out;
}

/**
 * The same letters with different word breaks («عبد الله» / «عبدالله»), or one side's letters
 * inside the other's: words glued to a name with no space («المجرمنتنياهو» for «نتنياهو»), the
 * trace an insertion leaves when it is pasted in. The extra letters are classified alone.
 */
function sameLetters(ctx: ClassifyContext, h: Block): Draft[] | null {
  const { a, b } = ctx.al;
  const la = letters(a, h.a0, h.a1);
  const lb = letters(b, h.b0, h.b1);
  const ra = range(a, h.a0, h.a1);
  const rb = range(b, h.b0, h.b1);
  if (la === lb) {
    return [draft('cosmetic', ra, rb, rb[0], [`the same letters with different word breaks: ${quoted(a.text.slice(...ra))} → ${quoted(b.text.slice(...rb))}`], { kind: 'spelling', kept: h.a1 - h.a0 })];
  }
  if (h.a1 - h.a0 === h.b1 - h.b0) {
    let variants = true;
    for (let k = 0; k < h.a1 - h.a0 && variants; k++) {
      variants = spellingVariants(wordNorm(a, h.a0 + k), wordNorm(b, h.b0 + k)) || tanweenVariant(a, h.a0 + k, b, h.b0 + k);
    }
    if (variants) return [draft('cosmetic', ra, rb, rb[0], [`spelling variants of the same words: ${quoted(a.text.slice(...ra))} → ${quoted(b.text.slice(...rb))}`], { kind: 'spelling', kept: h.a1 - h.a0 })];
  }
  // Each extra piece must be a word's worth of letters: one or two more letters are morphology
  // («قال» → «وقالت», «جيش» → «الجيش»), not a word pasted on.
  const glued = (inner: string, outer: string) => {
    const at = inner.length >= 3 ? outer.indexOf(inner) : -1;
    if (at < 0) return -1;
    const after = outer.length - at - inner.length;
    return (at === 0 || at >= 3) && (after === 0 || after >= 3) && at + after > 0 ? at : -1;
  };
  let at = glued(la, lb);
  if (at >= 0) {
    const parts: [number, number][] = [];
    if (at > 0) parts.push(lettersRange(b, h.b0, 0, at));
    if (at + la.length < lb.length) parts.push(lettersRange(b, h.b0, at + la.length, lb.length));
    // Read the glued letters as the separate word they were meant to be: the lexicon and its
    // context rules see words, not letters inside a name.
    return parts.map((p) => withEvidence(classifyEdit(ctx, null, p, p[0], ra[0], null, { b: ctx.fb.findingsApart(p) }), `added to ${quoted(a.text.slice(...ra))} without a space between them`, h.a1 - h.a0));
  }
  at = glued(lb, la);
  if (at >= 0) {
    const parts: [number, number][] = [];
    if (at > 0) parts.push(lettersRange(a, h.a0, 0, at));
    if (at + lb.length < la.length) parts.push(lettersRange(a, h.a0, at + lb.length, la.length));
    return parts.map((p) => withEvidence(classifyEdit(ctx, p, null, rb[0], null, rb[0], { a: ctx.fa.findingsApart(p) }), `was glued to ${quoted(b.text.slice(...rb))} without a space in the original`, h.a1 - h.a0));
  }
  return null;
}

/** «راضٍ» / «راضي», «ليالٍ» / «ليالي»: a final kasra tanween written as the long vowel it stands for. */
function tanweenVariant(a: Side, wa: number, b: Side, wb: number): boolean {
  const ta = a.tokens[a.words[wa]];
  const tb = b.tokens[b.words[wb]];
  const ends = (side: Side, t: Token) => side.text.slice(t.start, t.end).endsWith('\u064d');
  return (ends(a, ta) && tb.norm === ta.norm + 'ي') || (ends(b, tb) && ta.norm === tb.norm + 'ي');
}

function withEvidence(d: Draft, line: string, kept: number): Draft {
  d.evidence.push(line);
  d.kept = kept;
  return d;
}

/** A whole sentence added (side b) or removed (side a). */
function wholeSentence(ctx: ClassifyContext, side: 'a' | 'b', words: [number, number], at: number): Draft {
  const s = side === 'a' ? ctx.al.a : ctx.al.b;
  const r = range(s, ...words);
  // The sentence with its closing marks (full stop, closing quotation mark).
  const id = s.sentence[words[1] - 1];
  for (let k = s.words[words[1] - 1] + 1; k < s.tokens.length && s.tokens[k].kind === 'punct' && s.tokens[k].sentence === id && s.tokens[k].norm !== '\n'; k++) r[1] = s.tokens[k].end;
  const ra = side === 'a' ? r : null;
  const rb = side === 'b' ? r : null;
  const raw = s.text.slice(...r);
  const tokens = tokensIn(s.tokens, r[0], r[1]);
  const folded = tokens.filter((t) => t.kind !== 'punct').map((t) => t.norm).join(' ');
  const count = words[1] - words[0];
  if (count <= 40 && isBoilerplate(raw, folded, ctx.vocab)) {
    return draft('cosmetic', ra, rb, at, [`a line of aggregator boilerplate was ${side === 'a' ? 'removed' : 'added'}: ${quoted(raw)}`], { kind: 'boilerplate' });
  }
  // A credit or dateline on its own line («(رويترز)», «المصدر: واس») is an attribution, not a sentence.
  if (count <= 6) {
    const cues = attributions(tokens, ctx.resources, ctx.vocab);
    if (cues.size > 0) return draft(side === 'a' ? 'attribution-removed' : 'attribution-added', ra, rb, at, [`the credit line ${quoted(raw)} was ${side === 'a' ? 'removed' : 'added'}`]);
  }
  const d = draft(side === 'a' ? 'sentence-removed' : 'sentence-added', ra, rb, at, [`the whole sentence ${quoted(raw)} was ${side === 'a' ? 'removed' : 'added'}`]);
  const facts = side === 'a' ? ctx.fa : ctx.fb;
  for (const f of findingsIn(facts.findings(r[0], r[1]), r).filter((x) => x.sense === 'epithet' && x.severity !== 'info')) {
    d.evidence.push(`it holds ${quoted(f.text)}, ${article(f.category)} ${f.category} term («${f.lexeme}»)`);
    d.lexicon.push({ entry: f.entry, lexeme: f.lexeme, category: f.category, side: side === 'a' ? 'original' : 'copy' });
  }
  return d;
}

const article = (word: string) => (/^[aeiou]/u.test(word) ? 'an' : 'a');

/** Findings lying mostly inside r. */
function findingsIn(findings: readonly Finding[], r: [number, number] | null): Finding[] {
  if (!r || findings.length === 0) return [];
  return findings.filter((f) => Math.min(f.end, r[1]) - Math.max(f.start, r[0]) > (f.end - f.start) / 2);
}

function overlaps(s: { start: number; end: number } | null | undefined, r: [number, number] | null, pos: number | null): boolean {
  if (!s) return false;
  if (r) return s.start < r[1] && s.end > r[0];
  return pos !== null && s.start < pos && s.end > pos;
}

/**
 * Classify one edit: text removed (ra), added (rb) or replaced (both). The first test that
 * holds decides, from the most specific to the most general: epithets and loaded terms,
 * dates, numbers, speakers, quotations, attributions, boilerplate, and rewording.
 * `pa` / `pb`: where the missing side's text would be, for pure additions and removals.
 */
function classifyEdit(ctx: ClassifyContext, ra: [number, number] | null, rb: [number, number] | null, at: number, pa: number | null, pb: number | null, glued?: { a?: Finding[]; b?: Finding[] }): Draft {
  const { a, b } = ctx.al;
  const ta = ra ? tokensIn(a.tokens, ra[0], ra[1]) : [];
  const tb = rb ? tokensIn(b.tokens, rb[0], rb[1]) : [];
  const textA = ra ? a.text.slice(...ra) : '';
  const textB = rb ? b.text.slice(...rb) : '';
  const change = ra && rb ? `${quoted(textA)} → ${quoted(textB)}` : ra ? `${quoted(textA)} removed` : `${quoted(textB)} added`;

  const epithet = epithetChange(ctx, ra, rb, at, change, glued?.a, glued?.b);
  if (epithet) return epithet;

  if (mayHoldDate(ta, ctx) || mayHoldDate(tb, ctx)) {
    const da = ctx.fa.extraction(ra?.[0] ?? pa!, ra?.[1] ?? pa!).dates.filter((d) => overlaps(d, ra, pa));
    const db = ctx.fb.extraction(rb?.[0] ?? pb!, rb?.[1] ?? pb!).dates.filter((d) => overlaps(d, rb, pb));
    if (da.length > 0 && db.length > 0) {
      const va = da.map((d) => d.value ?? d.text).join(', ');
      const vb = db.map((d) => d.value ?? d.text).join(', ');
      const relative = da.some((d) => d.relative) || db.some((d) => d.relative);
      // «اليوم» in the original is «أمس» in a copy published a day later: a change of deictic
      // words only («اليوم», «أمس», «الماضي») says nothing without the two publication dates.
      // A changed day, month, year or weekday («16 يونيو» → «13 يونيو») is a date change.
      // A deictic day word changed («اليوم الجمعة» → «أمس»): republished a day later, the
      // weekday may change with it; only a changed number or month is then a date change.
      const changed = ta.concat(tb);
      const deictic = changed.some((t) => dateKinds(ctx, t).has('relday'));
      const named = deictic ? changed.some((t) => t.kind === 'number' || dateKinds(ctx, t).has('month')) : changed.some((t) => calendarWord(ctx, t));
      if (va !== vb && relative && !named) {
        return draft('reworded', ra, rb, at, [`a relative date changed: ${change}; it may only reflect a later publication date`]);
      }
      const shown = (ds: typeof da, v: string) => (relative ? quoted(ds.map((d) => d.text).join('، ')) : `${quoted(ds.map((d) => d.text).join('، '))} (${v})`);
      if (va !== vb) return draft('date-change', ra, rb, at, [`the date ${shown(da, va)} became ${shown(db, vb)}`], { values: relative ? [da.map((d) => d.text).join(', '), db.map((d) => d.text).join(', ')] : [va, vb] });
      // The same value, but a weekday or month named differently («الأربعاء 16 يونيو» → «الثلاثاء 16 يونيو»).
      if (calendarNames(ctx, ta) !== calendarNames(ctx, tb)) return draft('date-change', ra, rb, at, [`the date ${quoted(da.map((d) => d.text).join('، '))} names another day or month in the copy: ${change}`], { values: [da.map((d) => d.text).join(', '), db.map((d) => d.text).join(', ')] });
      if (ra && rb && da.some((d) => d.start <= ra[0] && d.end >= ra[1]) && db.some((d) => d.start <= rb[0] && d.end >= rb[1])) {
        return draft('cosmetic', ra, rb, at, [`the same date written differently (${va}): ${change}`], { kind: 'spelling', kept: countWords(ta) });
      }
    }
  }

  if (ra && rb) {
    const qa = quantities(ta, ctx.vocab);
    const qb = quantities(tb, ctx.vocab);
    // A number on one side only is a rewording around it («12» → «عشرات», «رقم 10» added).
    if (qa.length > 0 && qb.length > 0) {
      const va = qa.join(', ');
      const vb = qb.join(', ');
      if ([...qa].sort().join() !== [...qb].sort().join()) return draft('number-change', ra, rb, at, [`the number ${va} became ${vb}: ${change}`], { values: [va, vb] });
      if (qa.words === countWords(ta) && qb.words === countWords(tb)) return draft('cosmetic', ra, rb, at, [`the same number written differently (${va}): ${change}`], { kind: 'digits', kept: countWords(ta) });
    }
  }

  // A long stretch rewritten is rewording: a source noun or a quotation mark somewhere in it
  // says nothing about what the rewrite did to them.
  if (countWords(ta) > LONG_EDIT || countWords(tb) > LONG_EDIT) return draft('reworded', ra, rb, at, [`a passage was rewritten: ${change}`]);

  const speech = speechChange(ctx, ra, rb, ta, tb, at, change);
  if (speech) return speech;

  const quote = ra ? ctx.fa.quoteAround(ra[0], ra[1]) : null;
  const quoteB = rb ? ctx.fb.quoteAround(rb[0], rb[1]) : null;
  if (quote || quoteB) {
    const where = quote ? quoted(a.text.slice(quote.start + 1, quote.end - 1)) : quoted(b.text.slice(quoteB!.start + 1, quoteB!.end - 1));
    return draft('quote-change', ra, rb, at, [`words inside the quotation ${clip(where)} were changed: ${change}`]);
  }

  const ca = attributions(withOpening(a, ra, ta), ctx.resources, ctx.vocab);
  const cb = attributions(withOpening(b, rb, tb), ctx.resources, ctx.vocab);
  const gone = [...ca].filter((c) => !cb.has(c));
  const added = [...cb].filter((c) => !ca.has(c));
  if (gone.length > 0) return draft('attribution-removed', ra, rb, at, [`the attribution ${quoted(textA)} was ${rb ? `replaced by ${quoted(textB)}` : 'removed'}`, `sources named: ${gone.map(cueLabel).join(', ')}`]);
  if (added.length > 0) return draft('attribution-added', ra, rb, at, [`the attribution ${quoted(textB)} was added${ra ? ` in place of ${quoted(textA)}` : ''}`, `sources named: ${added.map(cueLabel).join(', ')}`]);

  if (!ra || !rb) {
    const raw = ra ? textA : textB;
    const folded = (ra ? ta : tb).filter((t) => t.kind !== 'punct').map((t) => t.norm).join(' ');
    if (isBoilerplate(raw, folded, ctx.vocab)) return draft('cosmetic', ra, rb, at, [`aggregator boilerplate ${ra ? 'removed' : 'added'}: ${quoted(raw)}`], { kind: 'boilerplate' });
  }
  return draft('reworded', ra, rb, at, [`words changed: ${change}`]);
}

/** The tokens of r with the bracket or mark just before it, which tells a credit («(الأناضول)») from a word. */
function withOpening(side: Side, r: [number, number] | null, tokens: Token[]): Token[] {
  if (!r || tokens.length === 0) return tokens;
  const prev = side.tokens[tokens[0].index - 1];
  return prev && prev.kind === 'punct' && prev.norm !== '\n' ? [prev, ...tokens] : tokens;
}

/** Words beyond which an edit is a rewritten passage, not a targeted change. */
const LONG_EDIT = 15;

const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 78)}…»` : s);
const cueLabel = (c: string) => c.slice(c.indexOf(':') + 1);

function countWords(tokens: readonly Token[]): number {
  return tokens.filter((t) => t.kind !== 'punct').length;
}

/** The month or weekday phrases starting at a word (through a conjunction or preposition). */
function calendarPhrases(ctx: ClassifyContext, t: Token): { kind: string; value: number }[] {
  if (t.kind !== 'arabic') return [];
  const out: { kind: string; value: number }[] = [];
  for (const w of new Set([t.norm, t.norm.replace(/^[وفبل]/u, '')])) {
    for (const p of ctx.resources.dates.phrases.get(w) ?? []) if (p.kind === 'month' || p.kind === 'weekday') out.push({ kind: p.kind, value: p.value });
  }
  return out;
}

/** The kinds of date phrase a word starts (month, weekday, relday…), through a clitic. */
function dateKinds(ctx: ClassifyContext, t: Token): Set<string> {
  const out = new Set<string>();
  if (t.kind !== 'arabic') return out;
  for (const w of new Set([t.norm, t.norm.replace(/^[وفبل]/u, '')])) for (const p of ctx.resources.dates.phrases.get(w) ?? []) out.add(p.kind);
  return out;
}

/** A number, or a month or weekday name: the parts of a date that name it rather than point at it. */
function calendarWord(ctx: ClassifyContext, t: Token): boolean {
  return t.kind === 'number' || calendarPhrases(ctx, t).length > 0;
}

/** The weekdays and months a run names, by value, as a comparable string («يناير» = «كانون الثاني»). */
function calendarNames(ctx: ClassifyContext, tokens: readonly Token[]): string {
  const words = tokens.filter((t) => t.kind !== 'punct');
  const names = new Set<string>();
  for (let k = 0; k < words.length; k++) {
    const t = words[k];
    if (t.kind !== 'arabic') continue;
    for (const w of new Set([t.norm, t.norm.replace(/^[وفبل]/u, '')])) {
      for (const p of ctx.resources.dates.phrases.get(w) ?? []) {
        if (p.kind !== 'month' && p.kind !== 'weekday') continue;
        // The whole phrase must be there: «كانون» starts both «كانون الأول» and «كانون الثاني».
        if (p.words.slice(1).every((pw, i) => words[k + 1 + i]?.norm === pw)) names.add(`${p.kind}:${p.value}`);
      }
    }
  }
  return [...names].sort().join(' ');
}

function mayHoldDate(tokens: readonly Token[], ctx: ClassifyContext): boolean {
  return tokens.some((t) => t.kind === 'number' || (t.kind === 'arabic' && (ctx.resources.dates.leads.has(t.norm) || ctx.resources.dates.leads.has(t.norm.replace(/^[وفب]/u, '')))));
}

/** Lexicon terms (check's findings read as epithets) added, removed or swapped. */
function epithetChange(ctx: ClassifyContext, ra: [number, number] | null, rb: [number, number] | null, at: number, change: string, gluedA?: Finding[], gluedB?: Finding[]): Draft | null {
  // A finding counts when check reads it as an epithet. A lexicon word added, dropped or swapped
  // on its own (one to three words, the sentence around it the same in both versions) counts
  // whatever check's sense: a literal reading («القاتل» in a court story, «الشهداء» in a
  // report of deaths) cannot explain why that word alone was put in or taken out.
  const alone = (r: [number, number] | null, side: Side) => !!r && tokensIn(side.tokens, r[0], r[1]).filter((t) => t.kind !== 'punct').length <= 3;
  const counts = (r: [number, number] | null, side: Side) => (f: Finding) => (f.sense === 'epithet' && f.severity !== 'info') || alone(r, side);
  const fa = ra ? findingsIn(gluedA ?? ctx.fa.findings(ra[0], ra[1]), ra).filter(counts(ra, ctx.al.a)) : [];
  const fb = rb ? findingsIn(gluedB ?? ctx.fb.findings(rb[0], rb[1]), rb).filter(counts(rb, ctx.al.b)) : [];
  const entriesA = new Set(fa.map((f) => f.entry));
  const entriesB = new Set(fb.map((f) => f.entry));
  const newB = fb.filter((f) => !entriesA.has(f.entry));
  const goneA = fa.filter((f) => !entriesB.has(f.entry));
  if (newB.length === 0 && goneA.length === 0) return null;
  const lexicon: Change['lexicon'] = [
    ...goneA.map((f) => ({ entry: f.entry, lexeme: f.lexeme, category: f.category, side: 'original' as const })),
    ...newB.map((f) => ({ entry: f.entry, lexeme: f.lexeme, category: f.category, side: 'copy' as const })),
  ];
  const describe = (f: Finding) => `${quoted(f.text)} is ${article(f.category)} ${f.category} term in the lexicon («${f.lexeme}»: ${f.gloss})${f.target ? `, aimed at ${quoted(f.target.text)}` : ''}`;
  const target = (newB[0] ?? goneA[0]).target;
  const span = target ? { start: target.start, end: target.end, text: target.text } : null;
  if (!ra) return draft('inserted-epithet', null, rb, at, [...newB.map(describe), `the original has no such word here: ${change}`], { lexicon, target: span });
  if (!rb) return draft('removed-epithet', ra, null, at, [...goneA.map(describe), `the copy drops it: ${change}`], { lexicon, target: span });
  return draft('loaded-substitution', ra, rb, at, [...goneA.map((f) => `the original's ${describe(f)}`), ...newB.map((f) => `the copy's ${describe(f)}`), change], { lexicon, target: span });
}

/**
 * A quotation's speaker replaced, or a speech verb with its speaker removed or added. Read off
 * the words around the edit, as the quotation finder reads speakers: the subject right after a
 * speech verb («وقال وزير الخارجية …:»), the subject right before it («الوزير … قال إن»), or a
 * trailing attribution («…»، قال الوزير). Extracting speakers properly would mean extracting
 * the whole article, which costs many times the diff.
 */
function speechChange(ctx: ClassifyContext, ra: [number, number] | null, rb: [number, number] | null, ta: readonly Token[], tb: readonly Token[], at: number, change: string): Draft | null {
  const { a, b } = ctx.al;
  const lists = ctx.resources.lists;
  const isVerb = (t: Token) => t.kind === 'arabic' && lists.speechVerbs.has(t.norm);
  if (ra && rb) {
    if (ta.some(isVerb) || tb.some(isVerb) || countWords(ta) > 6 || countWords(tb) > 6) return null;
    const verb = speakerSlot(ctx, a, ra) ?? speakerSlot(ctx, b, rb);
    if (!verb) return quotedSpeaker(ctx, ra, rb, ta, tb, at, change);
    // «الأمين العام» → «الزياني», «الأمير» → «سموه»: a title for a name is the same speaker,
    // named differently; «التصريحات» → «للتصريحات» is a change of clitic.
    if (titlesOnly(ctx, ta) || titlesOnly(ctx, tb) || sameStem(ta, tb)) return null;
    if (!allNameLike(ctx, ta) || !allNameLike(ctx, tb)) return null;
    // Transitive speech verbs take objects too («أكد نجاح الخطة»): the words must close as a
    // subject does (before «إن/أن», a colon, a quotation, a comma), or name a person (a listed
    // given name, or a person the extraction finds there).
    if (!verb.after && !subjectCloses(ctx, b, rb) && !namesPerson(ctx, ctx.fa, ta, ra) && !namesPerson(ctx, ctx.fb, tb, rb)) return null;
    return draft('speaker-change', ra, rb, at, [`${quoted(a.text.slice(...ra))} is who speaks in the original, next to the speech verb ${quoted(verb.text)}; the copy has ${quoted(b.text.slice(...rb))}`, change]);
  }
  // A speech verb and who spoke («، قال الوزير», «وأضاف المتحدث») removed or added next to a
  // quotation: the quotation lost or gained its speaker.
  const side = ra ? a : b;
  const r = (ra ?? rb)!;
  const tokens = ra ? ta : tb;
  if (!tokens.some(isVerb) || countWords(tokens) < 2 || countWords(tokens) > 10) return null;
  if (!nextToQuotation(ctx, side, r)) return null;
  const text = side.text.slice(...r);
  return ra
    ? draft('attribution-removed', ra, null, at, [`${quoted(text)} said who spoke; the copy drops it, leaving the quotation unattributed`])
    : draft('attribution-added', null, rb, at, [`${quoted(text)} names a speaker the original does not give`]);
}

/**
 * The speech verb whose subject [r0, r1) is, if the edit sits in a speaker's place: reached
 * from the edit over nothing but titles and names (not over «إن», «إلى», a comma), backwards at
 * most six words («وقال رئيس حزب القوات اللبنانية …») or forwards two («الوزير … قال»).
 */
function speakerSlot(ctx: ClassifyContext, side: Side, r: [number, number]): { text: string; after: boolean } | null {
  const tokens = side.tokens;
  const lists = ctx.resources.lists;
  const first = firstTokenAt(tokens, r[0]);
  let last = firstTokenAt(tokens, r[1]) - 1;
  if (last < first) last = first;
  for (let k = first; k <= last; k++) if (!enclosing(tokens[k]) && !nameLike(ctx, tokens[k])) return null;
  for (let k = first - 1, words = 0; k >= 0 && words <= 6; k--) {
    const t = tokens[k];
    if (enclosing(t)) continue;
    if (lists.speechVerbs.has(t.norm)) return { text: side.text.slice(t.start, t.end), after: false };
    if (!nameLike(ctx, t)) break;
    words++;
  }
  for (let k = last + 1, words = 0; k < tokens.length && words <= 2; k++) {
    const t = tokens[k];
    if (enclosing(t)) continue;
    if (lists.speechVerbs.has(t.norm)) return { text: side.text.slice(t.start, t.end), after: true };
    if (!nameLike(ctx, t)) break;
    words++;
  }
  return null;
}

/**
 * The edit is the speaker the quotation finder gives a quotation on the sentence, in either
 * version (a speaker it links across a title or a continuation, out of the speech verb's reach).
 */
function quotedSpeaker(ctx: ClassifyContext, ra: [number, number], rb: [number, number], ta: readonly Token[], tb: readonly Token[], at: number, change: string): Draft | null {
  if (countWords(ta) > 4 || countWords(tb) > 4 || !allNameLike(ctx, ta) || !allNameLike(ctx, tb)) return null;
  if (titlesOnly(ctx, ta) || titlesOnly(ctx, tb) || sameStem(ta, tb)) return null;
  const q = ctx.fa.extraction(ra[0], ra[1]).quotes.find((x) => overlaps(x.speaker, ra, null)) ?? ctx.fb.extraction(rb[0], rb[1]).quotes.find((x) => overlaps(x.speaker, rb, null));
  if (!q) return null;
  return draft('speaker-change', ra, rb, at, [`the quotation ${clip(quoted(q.text))} is attributed to ${quoted(ctx.al.a.text.slice(...ra))} in the original and to ${quoted(ctx.al.b.text.slice(...rb))} in the copy`, change]);
}

function allNameLike(ctx: ClassifyContext, tokens: readonly Token[]): boolean {
  return tokens.every((t) => enclosing(t) || nameLike(ctx, t));
}

/**
 * After the range, over at most three more words of the name or title, the subject closes: a
 * complementizer («إن», «أن»), a colon, a quotation mark, a comma, the sentence's end, or a
 * channel after ل («للصحفيين»).
 */
function subjectCloses(ctx: ClassifyContext, side: Side, r: [number, number]): boolean {
  const tokens = side.tokens;
  for (let k = firstTokenAt(tokens, r[1]), words = 0; k < tokens.length && words <= 3; k++) {
    const t = tokens[k];
    if (t.kind === 'punct') {
      if (enclosing(t) && !QUOTE_MARKS.has(t.norm)) continue;
      return true;
    }
    if (ctx.resources.lists.complementizers.hasExact(t.norm)) return true;
    if (t.norm.startsWith('ل') && (ctx.resources.lists.audiences.has(t.norm) || ctx.resources.lists.mediaHeads.has(t.norm))) return true;
    if (!nameLike(ctx, t)) return false;
    words++;
  }
  return false;
}

/** One word on each side, the same once clitics are read off («التعاون» / «للتعاون»). */
function sameStem(ta: readonly Token[], tb: readonly Token[]): boolean {
  const wa = ta.filter((t) => t.kind !== 'punct');
  const wb = tb.filter((t) => t.kind !== 'punct');
  const stem = (w: string) => w.replace(/^(و|ف)?(ب|ل|ك)?(ال|ل)?/u, '');
  return wa.length === 1 && wb.length === 1 && stem(wa[0].norm) === stem(wb[0].norm);
}

/** The range holds a listed given name, or a person the extraction finds on the sentence. */
function namesPerson(ctx: ClassifyContext, facts: SideFacts, tokens: readonly Token[], r: [number, number]): boolean {
  if (tokens.some((t) => t.kind === 'arabic' && ctx.resources.lists.givenNames.has(t.norm))) return true;
  return facts.extraction(r[0], r[1]).people.some((p) => p.start < r[1] && p.end > r[0]);
}

/** Brackets and quotation marks around a name or a party's name («القوات اللبنانية», (مارك كيبلينغ)). */
const enclosing = (t: Token) => t.kind === 'punct' && /^[()«»"“”[\]]$/u.test(t.norm);

/** Every word a title or honorific (or a pronoun-bearing honorific such as «سموه»). */
function titlesOnly(ctx: ClassifyContext, tokens: readonly Token[]): boolean {
  const lists = ctx.resources.lists;
  return tokens.every((t) => t.kind === 'punct' || lists.titles.has(t.norm) || lists.honorifics.has(t.norm) || lists.titleModifiers.has(t.norm));
}

/**
 * A word that can be part of who speaks: a title, an honorific, a name, a noun of a title
 * phrase («رئيس حزب القوات»). Not a particle («إن», «في», «التي»: data/diff/cues.json's
 * speaker_breakers), a speech verb or a complementizer.
 */
function nameLike(ctx: ClassifyContext, t: Token): boolean {
  if (t.kind !== 'arabic' && t.kind !== 'latin') return false;
  const lists = ctx.resources.lists;
  if (lists.titles.has(t.norm) || lists.honorifics.has(t.norm)) return true;
  if (lists.speechVerbs.has(t.norm) || lists.complementizers.hasExact(t.norm)) return false;
  return !ctx.vocab.speakerBreakers.hasExact(t.norm) && !ctx.vocab.speakerBreakers.has(t.norm);
}

/** A quotation mark or a colon within two tokens of the range, or a complementizer right after it. */
function nextToQuotation(ctx: ClassifyContext, side: Side, r: [number, number]): boolean {
  const tokens = side.tokens;
  const first = firstTokenAt(tokens, r[0]);
  const after = firstTokenAt(tokens, r[1]);
  const near = [tokens[first - 1], tokens[first - 2], tokens[after], tokens[after + 1]];
  return near.some((t) => !!t && ((t.kind === 'punct' && (QUOTE_MARKS.has(t.norm) || t.norm === ':')) || (t.kind === 'arabic' && ctx.resources.lists.complementizers.hasExact(t.norm))));
}

const QUOTE_MARKS = new Set(['«', '»', '“', '”', '"', '„']);
