import type { Doc, LexMatch } from '../document.js';
import type { Trace } from './types.js';

/** A word fused with its neighbour by a missing space: «القذرضيفا», «كوخافيالقذر». */
export function glued(doc: Doc, m: LexMatch): Trace | null {
  if (m.kind !== 'glued' || !m.gluedTo) return null;
  return { signal: 'glued', kind: 'spelling', reason: `glued to «${doc.input.slice(m.gluedTo.start, m.gluedTo.end)}» without a space` };
}
