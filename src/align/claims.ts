/**
 * From groups of units to Claims: spans with exact text, status by how many reports state the fact, a
 * readable text, and a deterministic id. Units that no group took become single-source claims; adjacent
 * leftover clauses of one sentence are kept together so a sentence is not shredded into fragments.
 */
import { createHash } from 'node:crypto';
import type { Doc, SourceSpan } from '../doc/types.js';
import type { Claim, ClaimStatus } from '../brief/types.js';
import type { FactUnit } from './units.js';
import type { Group } from './cluster.js';

/** Openings that lean on an earlier sentence ("He said...", "This development..."): poor stand-alone text. */
const DEPENDENT_OPENERS = new Set(
  'he she it they them his her its their this these those that such there but and or so yet however despite nevertheless also then'.split(' '),
);

/** Whether a text reads on its own: starts like a sentence and not with a pronoun or a connective. */
export function selfContained(text: string): boolean {
  const m = text.match(/^["“‘'(]?\s*(\p{L}[\p{L}'’-]*)/u);
  if (!m) return false;
  const word = m[1]!;
  if (word[0] !== word[0]!.toUpperCase()) return false;
  return !DEPENDENT_OPENERS.has(word.toLowerCase());
}

export function statusOf(sources: number, all: number): ClaimStatus {
  if (sources >= 2 && sources === all) return 'consensus';
  return sources >= 2 ? 'corroborated' : 'single-source';
}

function spanOf(doc: Doc, start: number, end: number): SourceSpan {
  return { source: doc.id, start, end, text: doc.text.slice(start, end) };
}

function claimId(span: SourceSpan): string {
  return 'c' + createHash('sha1').update(`${span.source}:${span.start}:${span.end}`).digest('hex').slice(0, 10);
}

interface Draft {
  support: SourceSpan[];
  /** Index into support of the text shown for the claim. */
  lead: number;
  weight: number;
  /** Order key: report index and offset of the earliest support. */
  first: [number, number];
}

export function buildClaims(docs: Doc[], units: FactUnit[], groups: Group[]): Claim[] {
  const docIndex = new Map(docs.map((d, i) => [d.id, i]));
  const drafts: Draft[] = [];
  const covered = new Set<number>();
  for (const g of groups) {
    const members = g.members.map((m) => units[m]!);
    for (const m of g.members) covered.add(m);
    members.sort((a, b) => a.doc - b.doc || a.start - b.start);
    const support = members.map((u) => spanOf(docs[u.doc]!, u.start, u.end));
    // Show the centre unless it leans on context another member does not.
    const centre = members.findIndex((u) => u.index === g.centre);
    let lead = centre;
    if (!selfContained(support[centre]!.text)) {
      const alt = support.findIndex((s) => selfContained(s.text));
      if (alt >= 0) lead = alt;
    }
    drafts.push({ support, lead, weight: g.weight, first: [members[0]!.doc, members[0]!.start] });
  }
  // Leftover units: one single-source claim per run of adjacent uncovered clauses of a sentence.
  let run: FactUnit[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const a = run[0]!;
    const b = run[run.length - 1]!;
    drafts.push({ support: [spanOf(docs[a.doc]!, a.start, b.end)], lead: 0, weight: 0, first: [a.doc, a.start] });
    run = [];
  };
  for (const u of units) {
    const last = run[run.length - 1];
    if (covered.has(u.index) || (last && (last.doc !== u.doc || last.sentence !== u.sentence || last.part + 1 !== u.part))) flush();
    if (!covered.has(u.index)) run.push(u);
  }
  flush();
  const all = docs.length;
  return drafts
    .map((d) => ({ d, sources: [...new Set(d.support.map((s) => s.source))].sort((x, y) => docIndex.get(x)! - docIndex.get(y)!) }))
    .sort(
      (x, y) =>
        y.sources.length - x.sources.length || y.d.weight - x.d.weight || x.d.first[0] - y.d.first[0] || x.d.first[1] - y.d.first[1],
    )
    .map(({ d, sources }) => ({
      id: claimId(d.support[d.lead]!),
      text: d.support[d.lead]!.text,
      status: statusOf(sources.length, all),
      support: d.support,
      sources,
    }));
}
