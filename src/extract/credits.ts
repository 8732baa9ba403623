import type { Doc } from '../analysis/document.js';
import type { Token } from '../text/tokenize.js';
import type { LinkedMention } from './entities.js';

export interface CreditDraft {
  kind: 'agency' | 'outlet' | 'byline' | 'dateline' | 'agencies';
  start: number;
  end: number;
  mention: LinkedMention | null;
}

/** The most words a credit line may have: «فرانس24/رويترز», «المصدر: وكالة الأنباء السعودية». */
const MAX_CREDIT_LINE = 10;
/** Words that introduce a byline («كتب: محمد علي», «بقلم»). */
const BYLINE = /^(كتب|كتبت|بقلم|اعداد|تقرير|تحرير|متابعه|ترجمه|اعدته|اعده)$/u;
/** A generic credit: «وكالات», «متابعات». */
const GENERIC = /^(وكالات|متابعات|مواقع|الوكالات)$/u;

/**
 * Stage: credits and datelines. A credit line is a short first or last line made of outlets
 * and agencies («فرانس24/رويترز», «المصدر: رويترز», «وكالات»), a parenthesised outlet closing a
 * paragraph («(أ ف ب)»), or a byline («كتب: …», «بقلم …»). A dateline is a place opening a
 * paragraph before a dash, optionally with the agency: «الرباط - », «القاهرة (رويترز) -».
 */
export function findCredits(doc: Doc, mentions: readonly LinkedMention[]): CreditDraft[] {
  const { tokens } = doc;
  const out: CreditDraft[] = [];
  const lines = paragraphs(tokens);
  const mediaIn = (a: number, b: number) => mentions.filter((m) => m.type === 'org' && m.from >= a && m.to <= b && (m.gazetteer?.kind === 'media' || m.subtype === 'agency'));
  const words = (a: number, b: number) => tokens.slice(a, b).filter((t) => t.kind !== 'punct').length;

  lines.forEach(([a, b], li) => {
    if (a >= b) return;
    const edge = li === 0 || li === lines.length - 1;
    // A whole short line of outlets, at the start or end of the text.
    if (edge && words(a, b) <= MAX_CREDIT_LINE) {
      const media = mediaIn(a, b);
      const generic = tokens.slice(a, b).filter((t) => GENERIC.test(t.norm));
      const byline = BYLINE.test(tokens[a].norm) ? a : -1;
      if (byline >= 0) {
        let s = a + 1;
        while (s < b && tokens[s].kind === 'punct') s++;
        if (s < b) out.push({ kind: 'byline', start: tokens[s].start, end: tokens[b - 1].end, mention: mentions.find((m) => m.type === 'person' && m.from >= s && m.to <= b) ?? null });
        return;
      }
      if (media.length + generic.length > 0 && coveredByCredits(tokens, a, b, media, generic)) {
        for (const m of media) out.push({ kind: m.subtype === 'agency' ? 'agency' : 'outlet', start: m.start, end: m.end, mention: m });
        for (const g of generic) out.push({ kind: 'agencies', start: g.start, end: g.end, mention: null });
        return;
      }
    }
    // «(أ ف ب)» closing a paragraph.
    let e = b;
    while (e > a && tokens[e - 1].kind === 'punct' && /^[.،]$/u.test(tokens[e - 1].norm)) e--;
    if (e - a >= 3 && tokens[e - 1].norm === ')') {
      let o = e - 2;
      while (o > a && tokens[o].norm !== '(') o--;
      const media = mediaIn(o + 1, e - 1);
      if (tokens[o].norm === '(' && media.length > 0 && coveredByCredits(tokens, o + 1, e - 1, media, [])) {
        for (const m of media) out.push({ kind: m.subtype === 'agency' ? 'agency' : 'outlet', start: m.start, end: m.end, mention: m });
      }
    }
    // A dateline: a place, maybe a date and an agency in parentheses, then a dash.
    const place = mentions.find((m) => m.from === a && m.type === 'place');
    if (place) {
      for (let j = place.to; j < Math.min(b, place.to + 8); j++) {
        if (/^[-–—]$/u.test(tokens[j].norm)) {
          out.push({ kind: 'dateline', start: place.start, end: place.end, mention: place });
          for (const m of mediaIn(place.to, j)) out.push({ kind: m.subtype === 'agency' ? 'agency' : 'outlet', start: m.start, end: m.end, mention: m });
          // «الرياض - واس»: the agency right after the dash.
          const after = mediaIn(j + 1, Math.min(b, j + 5)).filter((m) => m.from === j + 1);
          for (const m of after) out.push({ kind: m.subtype === 'agency' ? 'agency' : 'outlet', start: m.start, end: m.end, mention: m });
          break;
        }
        if (tokens[j].kind === 'arabic' && !mediaIn(j, j + 3).length && !/^\d/u.test(tokens[j].norm) && j > place.to + 4) break;
      }
    }
  });
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

/**
 * Is the line made only of the credited outlets, separators and a label such as «المصدر»?
 * A sentence that merely names an agency is not a credit line.
 */
function coveredByCredits(tokens: readonly Token[], a: number, b: number, media: readonly LinkedMention[], generic: readonly Token[]): boolean {
  const covered = new Uint8Array(b - a);
  for (const m of media) covered.fill(1, m.from - a, m.to - a);
  for (const g of generic) covered[g.index - a] = 1;
  for (let k = a; k < b; k++) {
    if (covered[k - a]) continue;
    const t = tokens[k];
    if (t.kind === 'punct') continue;
    if (/^(المصدر|مصدر|المصادر|نقلا|عن|و|من|بتصرف|وكاله|وكالة)$/u.test(t.norm)) continue;
    return false;
  }
  return true;
}
