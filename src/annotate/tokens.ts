/** Tokens with POS, lemma and negation, tagged one sentence at a time so offsets stay exact. */
import type { Sentence, Token } from '../doc/types.js';
import type { ItemToken } from 'wink-nlp';
import { nlp } from './nlp.js';

/** Typographic variants that must compare equal (curly quotes, dashes). */
export function normalizeWord(w: string): string {
  return w
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—]/g, '-');
}

export function tokenLayer(text: string, sentences: Sentence[]): Token[] {
  const engine = nlp();
  const its = engine.its;
  const out: Token[] = [];
  sentences.forEach((s, index) => {
    const slice = text.slice(s.start, s.end);
    const doc = engine.readDoc(slice);
    let cursor = 0;
    doc.tokens().each((t: ItemToken) => {
      const surface = t.out() as string;
      const at = slice.indexOf(surface, cursor);
      if (at < 0) return; // wink expands some contractions; such tokens have no exact span
      cursor = at + surface.length;
      out.push({
        start: s.start + at,
        end: s.start + cursor,
        norm: normalizeWord(surface),
        lemma: normalizeWord(String(t.out(its.lemma as Parameters<ItemToken['out']>[0]))),
        pos: String(t.out(its.pos)),
        sentence: index,
        negated: Boolean(t.out(its.negationFlag)),
      });
    });
  });
  return out;
}
