import type { Doc } from '../analysis/document.js';
import type { Token } from '../text/tokenize.js';
import type { LinkedMention } from './entities.js';

export interface CreditDraft {
  kind: 'agency' | 'outlet' | 'byline' | 'dateline' | 'agencies';
  start: number;
  end: number;
  mention: LinkedMention | null;
}

/**
 * Where a credit may stand, as token ranges [from, to): the head of a paragraph before its
 * first dash or colon («الرباط - », «المنامة - بنا:», «كتبت: منى عبد الحميد -»), a closing
 * parenthesis («(أ ف ب)»), a short first or last line, and the short last sentence of the
 * text («… نهر دنيبرو. فرانس24/ أ ف ب», «المصدر: رويترز», «كتب: أحمد سمير»).
 */
export interface CreditSegment {
  from: number;
  to: number;
  /** lead: the head of a paragraph before a dash or colon; tail: a closing line, sentence or parenthesis. */
  kind: 'lead' | 'tail';
}

/** The most words a credit segment may have. */
const MAX_CREDIT_WORDS = 8;
/** How far into a paragraph the dash or colon of a dateline or byline may stand. */
const MAX_LEAD = 8;
/** Words that introduce a byline («كتب: محمد علي», «بقلم»). */
const BYLINE = /^(كتب|كتبت|بقلم|اعداد|تقرير|تحرير|ترجمه|اعدته|اعده|اعدها)$/u;
/** A generic credit: «وكالات», «متابعات». */
const GENERIC = /^(وكالات|متابعات|الوكالات)$/u;
/** Labels allowed in a credit line besides the outlets: «المصدر: رويترز», «نقلا عن». */
const LABEL = /^(المصدر|مصدر|المصادر|نقلا|عن|و|من|بتصرف|وكاله|المحرر)$/u;
const isDash = (t: Token) => t.kind === 'punct' && /^[-–—]$/u.test(t.norm);
const isColon = (t: Token) => t.kind === 'punct' && t.norm === ':';
const words = (tokens: readonly Token[], a: number, b: number) => tokens.slice(a, b).filter((t) => t.kind !== 'punct').length;

export function creditSegments(doc: Doc): CreditSegment[] {
  const { tokens } = doc;
  const out: CreditSegment[] = [];
  const lines = paragraphs(tokens);
  lines.forEach(([a, b], li) => {
    // The head of the paragraph, up to a dash or colon: a dateline or a byline.
    for (let j = a + 1; j < Math.min(b, a + MAX_LEAD + 2); j++) {
      if (isDash(tokens[j]) || isColon(tokens[j])) {
        let end = j;
        // «المنامة - بنا:», «الرياض - واس:»: an agency after the dash, closed by a colon.
        if (isDash(tokens[j])) for (let c = j + 1; c < Math.min(b, j + 5); c++) if (isColon(tokens[c])) end = c;
        if (words(tokens, a, end) <= MAX_CREDIT_WORDS) out.push({ from: a, to: end, kind: 'lead' });
        break;
      }
      if (tokens[j].kind === 'punct' && /^[.!?؟،]$/u.test(tokens[j].norm)) break;
    }
    // A closing parenthesis: «… البحر. (و م ع)».
    let e = b;
    while (e > a && tokens[e - 1].kind === 'punct' && /^[.،]$/u.test(tokens[e - 1].norm)) e--;
    if (e - a >= 3 && tokens[e - 1].norm === ')') {
      let o = e - 2;
      while (o > a && tokens[o].norm !== '(' && e - o <= MAX_CREDIT_WORDS + 2) o--;
      if (tokens[o].norm === '(' && o + 1 < e - 1) out.push({ from: o + 1, to: e - 1, kind: 'tail' });
    }
    // A whole short first or last line.
    if ((li === 0 || li === lines.length - 1) && words(tokens, a, b) <= MAX_CREDIT_WORDS) out.push({ from: a, to: b, kind: li === 0 ? 'lead' : 'tail' });
  });
  // The text's last sentence, when short: «… دنيبرو. فرانس24/ أ ف ب».
  const last = lines[lines.length - 1];
  if (last) {
    let s = last[1] - 1;
    while (s > last[0] && tokens[s].kind === 'punct') s--;
    while (s > last[0] && !(tokens[s - 1].kind === 'punct' && /^[.!?؟]$/u.test(tokens[s - 1].norm))) s--;
    if (s > last[0] && words(tokens, s, last[1]) <= MAX_CREDIT_WORDS) out.push({ from: s, to: last[1], kind: 'tail' });
  }
  return out;
}

/** The token range of the name in a byline segment («كتب: أحمد سمير»), or null. */
export function bylineName(doc: Doc, seg: CreditSegment): { from: number; to: number } | null {
  const { tokens } = doc;
  let k = seg.from;
  while (k < seg.to && tokens[k].kind === 'punct') k++;
  if (k >= seg.to || !BYLINE.test(tokens[k].norm)) return null;
  k++;
  while (k < seg.to && tokens[k].kind === 'punct') k++;
  let e = k;
  while (e < seg.to && tokens[e].kind === 'arabic' && e - k < 4) e++;
  return e > k ? { from: k, to: e } : null;
}

/**
 * Stage: credits and datelines in the credit segments. A segment made of outlets and agencies
 * (and labels such as «المصدر», separators, «وكالات») credits them; a byline credits its writer;
 * a place opening a paragraph before a dash is the dateline, and an agency next to it («القاهرة
 * (رويترز) -», «الرياض - واس») is credited.
 */
export function findCredits(doc: Doc, segments: readonly CreditSegment[], mentions: readonly LinkedMention[]): CreditDraft[] {
  const { tokens } = doc;
  const out: CreditDraft[] = [];
  // Mentions by first token, so that each segment looks only at its own tokens.
  const startingAt = new Map<number, LinkedMention[]>();
  for (const m of mentions) {
    const list = startingAt.get(m.from);
    if (list) list.push(m);
    else startingAt.set(m.from, [m]);
  }
  const within = (a: number, b: number) => {
    const out: LinkedMention[] = [];
    for (let k = a; k < b; k++) for (const m of startingAt.get(k) ?? []) if (m.to <= b) out.push(m);
    return out;
  };
  const media = (a: number, b: number) => within(a, b).filter((m) => m.type === 'org' && m.gazetteer?.kind === 'media');
  const credit = (m: LinkedMention): CreditDraft => ({ kind: m.subtype === 'agency' ? 'agency' : 'outlet', start: m.start, end: m.end, mention: m });
  for (const seg of segments) {
    const byline = bylineName(doc, seg);
    if (byline) {
      const person = within(byline.from, byline.to).find((m) => m.type === 'person') ?? null;
      out.push({ kind: 'byline', start: tokens[byline.from].start, end: tokens[byline.to - 1].end, mention: person });
      continue;
    }
    const place = (startingAt.get(seg.from) ?? []).find((m) => m.type === 'place');
    const dash = tokens.slice(seg.from, seg.to + 1).findIndex(isDash);
    if (place && dash >= 0 && seg.kind === 'lead') {
      out.push({ kind: 'dateline', start: place.start, end: place.end, mention: place });
      for (const m of media(place.to, seg.to)) out.push(credit(m));
      continue;
    }
    // «… للمحترفين. الرياض - واس»: a dateline-style credit closing the text.
    if (place && dash >= 0 && seg.kind === 'tail') {
      for (const m of media(place.to, seg.to)) out.push(credit(m));
      continue;
    }
    const found = media(seg.from, seg.to);
    const generic = tokens.slice(seg.from, seg.to).filter((t) => GENERIC.test(t.norm));
    if (found.length + generic.length > 0 && onlyCredits(tokens, seg, found, generic)) {
      for (const m of found) out.push(credit(m));
      for (const g of generic) out.push({ kind: 'agencies', start: g.start, end: g.end, mention: null });
    }
  }
  const seen = new Set<string>();
  return out.filter((c) => !seen.has(`${c.start}:${c.end}`) && !!seen.add(`${c.start}:${c.end}`)).sort((x, y) => x.start - y.start);
}

/** Token ranges of the text's lines (newline-separated), newline tokens excluded. */
function paragraphs(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let a = 0;
  for (let k = 0; k <= tokens.length; k++) {
    if (k === tokens.length || tokens[k].norm === '\n') {
      if (k > a) out.push([a, k]);
      a = k + 1;
    }
  }
  return out;
}

/** Is the segment made only of the outlets, separators and labels? A sentence naming an agency is not a credit. */
function onlyCredits(tokens: readonly Token[], seg: CreditSegment, media: readonly LinkedMention[], generic: readonly Token[]): boolean {
  const covered = new Uint8Array(seg.to - seg.from);
  for (const m of media) covered.fill(1, m.from - seg.from, m.to - seg.from);
  for (const g of generic) covered[g.index - seg.from] = 1;
  for (let k = seg.from; k < seg.to; k++) {
    if (covered[k - seg.from] || tokens[k].kind === 'punct' || LABEL.test(tokens[k].norm)) continue;
    return false;
  }
  return true;
}
