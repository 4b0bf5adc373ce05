/**
 * Discrepancies between reports: the same measure given different values (a conflict when the values cannot
 * both be true, a precision difference when one is a vaguer form of the other), and aligned facts worded in
 * opposite ways ("limited strikes" / "strikes deep inside"), found with the table of opposing modifiers.
 */
import type { Doc, Token } from '../doc/types.js';
import type { BriefDiscrepancy, Claim } from '../brief/types.js';
import { measuresOf, relate, sameMeasure, type Measure } from './measures.js';
import { oppositionOf, OPPOSITES } from './opposites.js';
import { conceptOf, LIGHT_WORDS } from './lexicon.js';
import { groupBy } from '../util/group.js';
import { reportCount } from '../brief/reports.js';

type Draft = Omit<BriefDiscrepancy, 'id'>;

/** The claim whose support holds a span of a report, if any (support spans indexed by report). */
function claimIndex(claims: Claim[]): (source: string, start: number, end: number) => string | null {
  const bySource = groupBy(
    claims.flatMap((c) => c.support.map((s) => ({ source: s.source, start: s.start, end: s.end, id: c.id }))),
    (s) => s.source,
  );
  return (source, start, end) => bySource.get(source)?.find((s) => s.start <= start && end <= s.end)?.id ?? null;
}

export function numberDiscrepancies(docs: Doc[], claims: Claim[]): Draft[] {
  const claimOf = claimIndex(claims);
  const measures: Measure[] = docs.flatMap((d) => measuresOf(d));
  const claimIds = measures.map((m) => claimOf(m.doc.id, m.q.start, m.q.end));
  const parent = measures.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // Only figures of one kind of measure can match: compare within buckets, not all pairs.
  const buckets = groupBy(measures.keys(), (i) => measures[i]!.key);
  for (const bucket of buckets.values()) {
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length; y++) {
        const i = bucket[x]!;
        const j = bucket[y]!;
        if (find(i) === find(j)) continue;
        const same = claimIds[i] !== null && claimIds[i] === claimIds[j];
        if (sameMeasure(measures[i]!, measures[j]!, same)) parent[find(i)] = find(j);
      }
    }
  }
  const groups = groupBy(measures.keys(), find);
  const out: Draft[] = [];
  for (const members of groups.values()) {
    if (new Set(members.map((i) => measures[i]!.doc.id)).size < 2) continue;
    // Compare distinct readings (value, bound, qualifier), not every mention: a big story repeats a few figures.
    const readings = new Map<string, { m: Measure; docs: Set<string> }>();
    for (const i of members) {
      const m = measures[i]!;
      const key = `${m.point}|${m.q.high ?? ''}|${m.q.qualifier}`;
      const r = readings.get(key) ?? { m, docs: new Set<string>() };
      r.docs.add(m.doc.id);
      readings.set(key, r);
    }
    const list = [...readings.values()];
    let kind: 'conflict' | 'precision' | null = null;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x]!;
        const b = list[y]!;
        // Two readings from one report only are that report's own business, not a discrepancy between reports.
        if (a.docs.size === 1 && b.docs.size === 1 && [...a.docs][0] === [...b.docs][0]) continue;
        const r = relate(a.m, b.m);
        if (r === 'conflict') kind = 'conflict';
        else if (r === 'precision' && kind === null) kind = 'precision';
      }
    if (kind === null) continue;
    // One variant per report and value: a report that repeats its own figure says it once here.
    const seen = new Set<string>();
    const variants = members
      .map((i) => measures[i]!)
      .filter((m) => {
        const key = `${m.doc.id}|${m.q.value}|${m.q.qualifier}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .map((m) => ({ source: m.doc.id, start: m.q.start, end: m.q.end, text: m.q.text, value: m.q.value }));
    const ids = new Set(members.map((i) => claimIds[i]));
    const claim = ids.size === 1 ? [...ids][0] : null;
    out.push({ about: labelOf(members.map((i) => measures[i]!)), kind, variants, ...(claim ? { claim } : {}) });
  }
  return out;
}

/** A short name for a measure: "North Korean troops", "people injured", "distance (mile)". */
function labelOf(ms: Measure[]): string {
  // Names are part of the label only when every figure that has names shares them ("North Korean").
  const named = ms.filter((m) => m.owners.size > 0);
  let owners = '';
  if (named.length > 1) {
    const common = [...named[0]!.owners].filter((o) => named.every((m) => m.owners.has(o)));
    if (common.length) owners = [...new Set(named[0]!.ownerWords)].join(' ');
  }
  const key = ms[0]!.key;
  const q = ms[0]!.q;
  let what: string;
  if (key === 'count:injury') what = 'people injured';
  else if (key === 'count:death') what = 'people killed';
  else if (q.counts) {
    const last = /[\p{L}-]+$/u.exec(q.text)?.[0] ?? q.counts;
    what = last.toLowerCase().startsWith(q.counts.slice(0, 3)) ? last.toLowerCase() : q.counts;
  } else what = key.replace(/^count:|^unit:/, '').replace(/^money:(.*)$/, 'amount ($1)').replace(/^length$/, 'distance');
  return [owners, what].filter(Boolean).join(' ');
}

interface Marked {
  doc: Doc;
  token: Token;
  side: 0 | 1;
  /** Concepts of the content words near the marked word (what it says something about), with their distance. */
  near: Map<string, Token & { dist: number }>;
}

const WINDOW = 6;

function nearConcepts(tokens: Token[], i: number): Map<string, Token & { dist: number }> {
  const out = new Map<string, Token & { dist: number }>();
  const add = (t: Token, dist: number) => {
    if (!/^(?:NOUN|VERB|PROPN|ADJ)$/.test(t.pos) || LIGHT_WORDS.has(t.lemma) || oppositionOf(t.lemma) || oppositionOf(t.norm)) return;
    const c = conceptOf(t.lemma);
    if (!out.has(c) || out.get(c)!.dist > dist) out.set(c, { ...t, dist });
  };
  for (let k = i - 1, n = 0; k >= 0 && n < WINDOW; k--) if (tokens[k]!.pos !== 'PUNCT') add(tokens[k]!, ++n);
  for (let k = i + 1, n = 0; k < tokens.length && n < WINDOW; k++) if (tokens[k]!.pos !== 'PUNCT') add(tokens[k]!, ++n);
  return out;
}

export function wordingDiscrepancies(docs: Doc[], claims: Claim[]): Draft[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const out: Draft[] = [];
  for (const claim of claims) {
    if (reportCount(claim.support) < 2) continue;
    // Marked words per opposition, and verbs by polarity (a verb negated in one report and not in another).
    const marks = new Map<string, Marked[]>();
    for (const s of claim.support) {
      const doc = byId.get(s.source);
      if (!doc) continue;
      const tokens = doc.layers.tokens.filter((t) => t.start >= s.start && t.end <= s.end);
      tokens.forEach((t, i) => {
        const o = oppositionOf(t.lemma) ?? oppositionOf(t.norm);
        let key: string | null = null;
        let side: 0 | 1 = 0;
        if (o) {
          key = `o${o[0]}`;
          side = (t.negated ? 1 - o[1] : o[1]) as 0 | 1;
        } else if (t.pos === 'VERB' && !LIGHT_WORDS.has(t.lemma)) {
          key = `v:${conceptOf(t.lemma)}`;
          side = t.negated ? 1 : 0;
        }
        if (key === null) return;
        const list = marks.get(key) ?? [];
        list.push({ doc, token: t, side, near: nearConcepts(tokens, i) });
        marks.set(key, list);
      });
    }
    for (const [key, list] of marks) {
      const d = opposed(list);
      if (!d) continue;
      const [x, y, anchor] = d;
      const pole = key.startsWith('o') ? OPPOSITES[Number(key.slice(1))] : null;
      const word = (m: Marked) => m.doc.text.slice(m.token.start, m.token.end);
      const variants = [x, y].map((m) => {
        const a = m.near.get(anchor)!;
        const start = Math.min(a.start, m.token.start);
        const end = Math.max(a.end, m.token.end);
        return { source: m.doc.id, start, end, text: m.doc.text.slice(start, end), value: (m.token.negated ? 'not ' : '') + word(m) };
      });
      const anchorWord = x.doc.text.slice(x.near.get(anchor)!.start, x.near.get(anchor)!.end);
      out.push({ about: `${anchorWord}: ${variants[0]!.value} vs ${variants[1]!.value}${pole ? '' : ' (negation)'}`, kind: 'wording', variants, claim: claim.id });
    }
  }
  return out;
}

/** Two marks of different reports on opposite sides that speak of the same thing, and that thing's concept. */
function opposed(list: Marked[]): [Marked, Marked, string] | null {
  // A report that uses both sides (e.g. "limited … but deeper") takes no side.
  const sidesOf = new Map<string, Set<number>>();
  for (const m of list) sidesOf.set(m.doc.id, (sidesOf.get(m.doc.id) ?? new Set()).add(m.side));
  const clear = list.filter((m) => sidesOf.get(m.doc.id)!.size === 1);
  for (const x of clear)
    for (const y of clear) {
      if (x.side !== 0 || y.side !== 1 || x.doc.id === y.doc.id) continue;
      // The shared word they qualify: a verb or noun before a name ("collapsed" rather than "Saltmarket").
      const shared = [...x.near.keys()].filter((c) => y.near.has(c));
      const dist = (c: string) => x.near.get(c)!.dist + y.near.get(c)!.dist;
      const rank = (c: string) => ['VERB', 'NOUN', 'ADJ', 'PROPN'].indexOf(x.near.get(c)!.pos);
      if (shared.length) return [x, y, shared.sort((a, b) => dist(a) - dist(b) || rank(a) - rank(b))[0]!];
    }
  return null;
}
