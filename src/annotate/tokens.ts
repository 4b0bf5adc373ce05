/** Tokens with POS, lemma and negation, tagged one sentence at a time so offsets stay exact. */
import type { Doc, Sentence, Token } from '../doc/types.js';
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

/** A report's tokens grouped by sentence: entry i holds sentence i's tokens, in text order (empty when none). */
export function tokensBySentence(doc: Doc): Token[][] {
  const out: Token[][] = doc.layers.sentences.map(() => []);
  for (const t of doc.layers.tokens) out[t.sentence]?.push(t);
  return out;
}

const tagged = new Map<string, { pos: string; lemma: string } | null>();

/**
 * The tag and lemma the tagger gives a word read on its own (its first token), for a word whose tag in context
 * cannot be trusted (a capitalised sentence opener taken for a name). Cached, and bounded for long-running servers.
 */
export function wordTag(word: string): { pos: string; lemma: string } | null {
  let v = tagged.get(word);
  if (v === undefined) {
    if (tagged.size > 50000) tagged.clear();
    const engine = nlp();
    const t = engine.readDoc(word).tokens().itemAt(0);
    v = t === undefined ? null : { pos: String(t.out(engine.its.pos)), lemma: String(t.out(engine.its.lemma as Parameters<ItemToken['out']>[0])) };
    tagged.set(word, v);
  }
  return v;
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
