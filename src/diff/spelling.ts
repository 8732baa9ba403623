/**
 * Spelling variants the folding does not erase: hamza seats («مسؤولي» / «مسئولي», «القارئ» /
 * «القارىء»), a long vowel written or not at a word's end («ليالٍ» / «ليالي»), a weak letter
 * moved in a foreign name («الأمريكية» / «الأميركية»), and the several letters Arabic uses for
 * a foreign g («وولفغانغ» / «وولفجانج»). Arabic builds words by inserting long vowels
 * («كتب» / «كاتب» / «كتاب»), so each rule asks for a length at which that stops happening
 * in practice, and short words must match exactly.
 */

/** Letters that carry or stand for a vowel or a hamza (folded forms). */
const WEAK = new Set(['ا', 'و', 'ي', 'ء']);
/** Letters that transliterate one foreign sound, by sound. */
const SOUND_CLASS = new Map<string, number>([
  ['ج', 1], ['غ', 1], ['ق', 1], ['ك', 1], ['گ', 1],
  ['ف', 2], ['ڤ', 2],
  ['ب', 3], ['پ', 3],
  ['ز', 4], ['ذ', 4],
  ['ت', 5], ['ط', 5],
  ['س', 6], ['ص', 6],
]);

const sameSound = (x: string, y: string) => (SOUND_CLASS.get(x) ?? -1) === (SOUND_CLASS.get(y) ?? -2);

/** Two folded words that are spellings of one word. */
export function spellingVariants(x: string, y: string): boolean {
  if (x === y) return true;
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  if (s.length === l.length) {
    if (s.length < 4) return false;
    // Letter by letter, every difference a weak-letter or same-sound swap…
    let diffs = 0;
    let classed = true;
    for (let i = 0; i < s.length; i++) {
      if (s[i] === l[i]) continue;
      diffs++;
      if (!(sameSound(s[i], l[i]) || (WEAK.has(s[i]) && WEAK.has(l[i])))) classed = false;
    }
    if (classed) return true;
    // …or two neighbouring letters swapped, one of them weak, in a long word.
    if (diffs === 2 && s.length >= 6) {
      for (let i = 0; i + 1 < s.length; i++) {
        if (s[i] !== l[i] && s[i] === l[i + 1] && s[i + 1] === l[i] && (WEAK.has(s[i]) || WEAK.has(l[i])) && s.slice(i + 2) === l.slice(i + 2)) return true;
      }
    }
    return false;
  }
  if (l.length - s.length !== 1) return false;
  // One weak letter more: a hamza anywhere, a final long vowel from length 4, inside from 5.
  for (let i = 0; i < l.length; i++) {
    if (l.slice(0, i) + l.slice(i + 1) !== s) continue;
    const c = l[i];
    if (c === 'ء' && s.length >= 3) return true;
    if (WEAK.has(c) && i === l.length - 1 && s.length >= 4) return true;
    if (WEAK.has(c) && i > 0 && s.length >= 5) return true;
  }
  return false;
}
