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
  (
    'he she it they them his her its their this these those that such there but and or so yet however despite ' +
    'nevertheless nonetheless also then later meanwhile additionally moreover furthermore still instead thus ' +
    'therefore hence otherwise'
  ).split(' '),
);
/** Openings of a clause that is not a sentence: a subordinate, relative or participial clause. */
const CLAUSE_OPENERS = new Set(
  'as when while whilst if because although though since after before until unless which who whom whose where with without given'.split(' '),
);
const DEPENDENT_PHRASES = /^["“‘'(]?\s*(?:in particular|in addition|in response|as a result|despite this|if so|at the same time|by contrast)\b/i;
/** A pronoun subject after a short fronted phrase ("In recent days, he asked...") leans on the sentence before. */
const FRONTED_PRONOUN = /^[^,]{0,40},\s*(?:he|she|it|they|this|these|those)\b/i;
/** "Three of them were...": a part of a group named in an earlier sentence. */
const PART_OF_PRONOUN = /^["“‘'(]?\s*(?:\p{L}+\s+){1,2}of (?:them|these|those|whom)\b/iu;

/** Pronouns and determiners that need an antecedent. */
const PRONOUN_OPENERS = new Set('he she it they them his her its their this these those that such there'.split(' '));

/** Whether a clause can name a claim: it starts like a sentence, not with a pronoun or a subordinator. */
export function readable(text: string): boolean {
  const m = text.match(/^["“‘'(]?\s*(\p{L}[\p{L}'’-]*)/u);
  if (!m) return false;
  const word = m[1]!;
  const lower = word.toLowerCase();
  if (word[0] !== word[0]!.toUpperCase() || PRONOUN_OPENERS.has(lower) || CLAUSE_OPENERS.has(lower)) return false;
  return !/^\p{L}+ing$/u.test(word) && !['and', 'but', 'or'].includes(lower);
}

/** Whether a text reads on its own: starts like a sentence, not with a pronoun, connective or subordinator. */
export function selfContained(text: string): boolean {
  const m = text.match(/^["“‘'(]?\s*(\p{L}[\p{L}'’-]*)/u);
  if (!m) return false;
  const word = m[1]!;
  if (word[0] !== word[0]!.toUpperCase()) return false;
  const lower = word.toLowerCase();
  if (DEPENDENT_OPENERS.has(lower) || CLAUSE_OPENERS.has(lower) || DEPENDENT_PHRASES.test(text) || FRONTED_PRONOUN.test(text) || PART_OF_PRONOUN.test(text)) return false;
  return !/^\p{L}+ing$/u.test(word);
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
  /** The text shown for the claim: a member's clause or sentence, verbatim. */
  text: string;
  /** Index into support of the centre, which names the claim. */
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
    // Show the centre unless it leans on context another member does not; failing that, the whole sentence
    // of a member, which reads on its own where a clause does not.
    const centre = members.findIndex((u) => u.index === g.centre);
    let text = support[centre]!.text;
    if (!readable(text)) {
      const alt = support.find((s) => readable(s.text));
      const sentences = members.map((u) => {
        const s = docs[u.doc]!.layers.sentences[u.sentence]!;
        return docs[u.doc]!.text.slice(s.start, s.end);
      });
      const whole = [sentences[centre]!, ...sentences].find((t) => readable(t));
      text = alt?.text ?? whole ?? text;
    }
    drafts.push({ support, text, lead: centre, weight: g.weight, first: [members[0]!.doc, members[0]!.start] });
  }
  // Leftover units: one single-source claim per run of adjacent uncovered clauses of a sentence.
  let run: FactUnit[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const a = run[0]!;
    const b = run[run.length - 1]!;
    const span = spanOf(docs[a.doc]!, a.start, b.end);
    drafts.push({ support: [span], text: span.text, lead: 0, weight: 0, first: [a.doc, a.start] });
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
      text: d.text,
      status: statusOf(sources.length, all),
      support: d.support,
      sources,
    }));
}
