/**
 * align: groups the sentences of different reports that state the same fact into claims.
 * (Provisional implementation: to be replaced by the indexed paraphrase aligner.)
 */
import type { Doc } from '../doc/types.js';
import type { Claim } from '../brief/types.js';

const STOP = new Set('the a an of to in on for and or but is are was were be been has have had it its this that with as by at from'.split(' '));

export function align(docs: Doc[]): Claim[] {
  type Unit = { doc: Doc; s: number; terms: Set<string> };
  const units: Unit[] = [];
  for (const doc of docs) {
    doc.layers.sentences.forEach((s, i) => {
      if (s.kind === 'h') return;
      const terms = new Set(
        doc.layers.tokens.filter((t) => t.sentence === i && /\p{L}/u.test(t.lemma) && !STOP.has(t.lemma)).map((t) => t.lemma),
      );
      units.push({ doc, s: i, terms });
    });
  }
  const parent = units.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const index = new Map<string, number[]>();
  units.forEach((u, i) => u.terms.forEach((t) => index.set(t, [...(index.get(t) ?? []), i])));
  units.forEach((u, i) => {
    const counts = new Map<number, number>();
    for (const t of u.terms) for (const j of index.get(t) ?? []) if (j > i && units[j]!.doc !== u.doc) counts.set(j, (counts.get(j) ?? 0) + 1);
    for (const [j, c] of counts) {
      const jac = c / (u.terms.size + units[j]!.terms.size - c);
      if (jac >= 0.3) parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Unit[]>();
  units.forEach((u, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), u]));
  const all = docs.length;
  return [...groups.values()].map((g, k) => {
    const support = g.map((u) => {
      const s = u.doc.layers.sentences[u.s]!;
      return { source: u.doc.id, start: s.start, end: s.end, text: u.doc.text.slice(s.start, s.end) };
    });
    const sources = [...new Set(support.map((x) => x.source))];
    return {
      id: `c${k + 1}`,
      text: support[0]!.text,
      status: sources.length === all ? 'consensus' : sources.length > 1 ? 'corroborated' : 'single-source',
      support,
      sources,
    } satisfies Claim;
  });
}
