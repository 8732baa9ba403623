/**
 * Widen [start, end) of `text` so that it neither splits a surrogate pair nor separates a letter
 * from its combining marks (harakat, ZWJ): a renderer puts markup or colour codes at span
 * boundaries, and one there would detach the mark from its letter.
 */
export function snapSpan(text: string, start: number, end: number): [number, number] {
  const glued = (i: number) => {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) return true; // low half of a surrogate pair
    return /^[\p{M}\u200d]/u.test(String.fromCodePoint(text.codePointAt(i) ?? 0));
  };
  let a = Math.max(0, Math.min(start, text.length));
  let b = Math.max(a, Math.min(end, text.length));
  while (a > 0 && glued(a)) a--;
  while (b < text.length && glued(b)) b++;
  return [a, b];
}
