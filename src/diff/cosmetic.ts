import type { Alignment } from './align.js';
import type { Draft } from './classify.js';
import type { Side } from './side.js';

/**
 * Changes that leave the words the same under Arabic-aware folding (their words are aligned,
 * so they are already counted as kept: `kept` stays 0): diacritics, hamza and
 * alef forms, ى/ي and ة/ه, digit script (words aligned but written differently), and
 * punctuation or spacing between two words that stayed together. Also the moved blocks.
 */
export function cosmeticChanges(al: Alignment): Draft[] {
  const { a, b, matchA } = al;
  const out: Draft[] = [];
  let open: Draft | null = null;
  let openEnd = -1; // last original word of the open run of respelled words
  for (let w = 0; w < matchA.length; w++) {
    const j = matchA[w];
    if (j < 0) continue;
    const ta = a.tokens[a.words[w]];
    const tb = b.tokens[b.words[j]];
    const wa = a.text.slice(ta.start, ta.end);
    const wb = b.text.slice(tb.start, tb.end);
    if (wa !== wb) {
      // Consecutive respelled words make one change.
      if (open && openEnd === w - 1 && matchA[w - 1] === j - 1) {
        open.a![1] = ta.end;
        open.b![1] = tb.end;
        open.evidence[0] += `, ${quote(wa)} → ${quote(wb)}`;
      } else {
        open = { category: 'cosmetic', kind: respelling(wa, wb, ta.kind === 'number'), a: [ta.start, ta.end], b: [tb.start, tb.end], at: tb.start, evidence: [`the same word written differently: ${quote(wa)} → ${quote(wb)}`], values: null, lexicon: [], target: null, kept: 0 };
        out.push(open);
      }
      openEnd = w;
    }
    if (w + 1 < matchA.length && matchA[w + 1] === j + 1) {
      const ga = gap(a, w);
      const gb = gap(b, j);
      if (ga !== gb) {
        const na = a.tokens[a.words[w + 1]];
        const nb = b.tokens[b.words[j + 1]];
        const spacing = ga.replace(/\s+/gu, '') === gb.replace(/\s+/gu, '');
        out.push({
          category: 'cosmetic',
          kind: spacing ? 'whitespace' : 'punctuation',
          a: [ta.start, na.end],
          b: [tb.start, nb.end],
          at: tb.start,
          evidence: [spacing ? 'spacing or line breaks between two words changed' : `punctuation between two words changed: ${quote(ga.trim() || ' ')} → ${quote(gb.trim() || ' ')}`],
          values: null,
          lexicon: [],
          target: null,
          kept: 0,
        });
      }
    }
  }
  // Consecutive moved sentences (a moved paragraph) make one change.
  const blocks: { a0: number; a1: number; b0: number; b1: number }[] = [];
  for (const m of al.moves) {
    const last = blocks[blocks.length - 1];
    if (last && last.a1 === m.a0 && last.b1 === m.b0) {
      last.a1 = m.a1;
      last.b1 = m.b1;
    } else blocks.push({ ...m });
  }
  for (const m of blocks) {
    const ra: [number, number] = [a.tokens[a.words[m.a0]].start, a.tokens[a.words[m.a1 - 1]].end];
    const rb: [number, number] = [b.tokens[b.words[m.b0]].start, b.tokens[b.words[m.b1 - 1]].end];
    out.push({ category: 'cosmetic', kind: 'moved', a: ra, b: rb, at: rb[0], evidence: [`moved from paragraph ${a.paragraph[m.a0] + 1} of the original to paragraph ${b.paragraph[m.b0] + 1} of the copy`], values: null, lexicon: [], target: null, kept: 0 });
  }
  return out;
}

const quote = (s: string) => `«${s}»`;

/** The text between word w and word w + 1. */
function gap(side: Side, w: number): string {
  return side.text.slice(side.tokens[side.words[w]].end, side.tokens[side.words[w + 1]].start);
}

const MARKS = /[\u064b-\u065f\u0670\u0640\u0610-\u061a\u06d6-\u06ed]/gu;

/** diacritics, digits, or spelling (hamza and alef forms, ى/ي, ة/ه, letter variants). */
function respelling(wa: string, wb: string, isNumber: boolean): string {
  if (isNumber) return 'digits';
  if (wa.replace(MARKS, '') === wb.replace(MARKS, '')) return 'diacritics';
  return 'spelling';
}
