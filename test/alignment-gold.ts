/**
 * Alignment gold files and their measure. A gold file lists facts, each with the sentences that state it,
 * located by short anchors (a few words unique in that report, never whole sentences of third-party text).
 * Accuracy is pairwise over sentences of different reports: a gold pair is two sentences that state a common
 * fact; a predicted pair is two sentences of different reports supporting a common claim.
 */
import { readFileSync } from 'node:fs';
import type { Doc } from '../src/doc/types.js';
import type { Claim } from '../src/brief/types.js';

export interface GoldAlignment {
  corpus: string;
  /** The written rule for "these sentences state the same fact" that the facts below apply. */
  rule?: string;
  facts: { id: string; note?: string; sentences: { source: string; anchor: string }[] }[];
}

export interface LocatedFact {
  id: string;
  /** Per anchor: source id, offset of the anchor in the cleaned text, and its sentence index. */
  at: { source: string; offset: number; sentence: number }[];
}

export interface AlignmentScore {
  tp: number;
  predicted: number;
  gold: number;
  p: number;
  r: number;
  f1: number;
  missed: string[];
  extra: string[];
}

export function loadGold(path: string): GoldAlignment {
  return JSON.parse(readFileSync(path, 'utf8')) as GoldAlignment;
}

function sentenceAt(doc: Doc, offset: number): number {
  return doc.layers.sentences.findIndex((s) => s.start <= offset && offset < s.end);
}

/** Finds every anchor in the cleaned text of its report; a missing or ambiguous anchor is an error in the gold. */
export function locateGold(docs: Doc[], gold: GoldAlignment): LocatedFact[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  return gold.facts.map((f) => ({
    id: f.id,
    at: f.sentences.map(({ source, anchor }) => {
      const doc = byId.get(source);
      if (!doc) throw new Error(`gold fact ${f.id}: unknown source ${source}`);
      const offset = doc.text.indexOf(anchor);
      if (offset < 0) throw new Error(`gold fact ${f.id}: anchor not in ${source}: ${anchor}`);
      if (doc.text.indexOf(anchor, offset + 1) >= 0) throw new Error(`gold fact ${f.id}: anchor not unique in ${source}: ${anchor}`);
      return { source, offset, sentence: sentenceAt(doc, offset) };
    }),
  }));
}

const key = (source: string, sentence: number): string => `${source}#${sentence}`;
const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

function crossPairs(items: { source: string; sentence: number }[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++)
      if (items[i]!.source !== items[j]!.source) out.push(pairKey(key(items[i]!.source, items[i]!.sentence), key(items[j]!.source, items[j]!.sentence)));
  return out;
}

export function goldPairs(facts: LocatedFact[]): Set<string> {
  return new Set(facts.flatMap((f) => crossPairs(f.at)));
}

export function predictedPairs(docs: Doc[], claims: Claim[]): Set<string> {
  const byId = new Map(docs.map((d) => [d.id, d]));
  return new Set(claims.flatMap((c) => crossPairs(c.support.map((s) => ({ source: s.source, sentence: sentenceAt(byId.get(s.source)!, s.start) })))));
}

export function scoreAlignment(docs: Doc[], claims: Claim[], gold: GoldAlignment): AlignmentScore {
  const g = goldPairs(locateGold(docs, gold));
  const p = predictedPairs(docs, claims);
  const tp = [...p].filter((x) => g.has(x)).length;
  const prec = p.size === 0 ? (g.size === 0 ? 1 : 0) : tp / p.size;
  const rec = g.size === 0 ? 1 : tp / g.size;
  return {
    tp,
    predicted: p.size,
    gold: g.size,
    p: prec,
    r: rec,
    f1: prec + rec === 0 ? 0 : (2 * prec * rec) / (prec + rec),
    missed: [...g].filter((x) => !p.has(x)).sort(),
    extra: [...p].filter((x) => !g.has(x)).sort(),
  };
}
