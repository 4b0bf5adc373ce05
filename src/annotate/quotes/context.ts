/** Small lookups over a Doc's earlier layers that the quote parser needs at arbitrary offsets. */
import type { Doc } from '../../doc/types.js';

/** Index of the sentence holding offset `at` (the last sentence starting at or before it). */
export function sentenceAt(doc: Doc, at: number): number {
  const s = doc.layers.sentences;
  let lo = 0;
  let hi = s.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]!.start <= at) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** The tag of the word starting at an offset, or null. */
export function makePosLookup(doc: Doc): (at: number) => string | null {
  const pos = new Map<number, string>();
  for (const t of doc.layers.tokens) pos.set(t.start, t.pos);
  return (at) => pos.get(at) ?? null;
}

/** Whether the word starting at an offset was tagged as a verb; words the tagger did not cover are not. */
export function verbTest(posAt: (at: number) => string | null): (at: number) => boolean {
  return (at) => {
    const p = posAt(at);
    return p === 'VERB' || p === 'AUX';
  };
}
