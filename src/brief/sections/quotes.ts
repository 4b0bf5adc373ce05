/**
 * The `quotes` section: every quotation across reports, the same quotation carried by several reports merged
 * into one entry (one occurrence per report), with the speaker linked to the entities section and the wording
 * differences between reports spelled out.
 */
import type { Doc, QuoteMention } from '../../doc/types.js';
import type { BriefEntity, BriefQuote, Claim } from '../types.js';
import { diffOps } from '../../util/diff.js';
import { normalizeWord } from '../../annotate/tokens.js';

interface Item {
  doc: Doc;
  q: QuoteMention;
  /** The quoted words without marks, parts joined. */
  clean: string;
  words: string[];
}

function cleanText(doc: Doc, q: QuoteMention): string {
  const parts = q.parts?.length ? q.parts : [q];
  return parts
    .map((p) => doc.text.slice(p.start, p.end))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Comparable words: lower-case, typographic variants folded, punctuation dropped. */
export function quoteWords(s: string): string[] {
  return normalizeWord(s)
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((w) => w.replace(/^['-]+|['-]+$/g, ''))
    .filter(Boolean);
}

function lcsLength(a: string[], b: string[]): number {
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(prev[j]!, prev[j - 1]!);
      diag = up;
    }
  }
  return prev[b.length]!;
}

const speakerKey = (s: string | null): string | null => (s === null ? null : s.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/\./g, ''));

/** Whether two mentions in different reports are the same quotation. */
function same(a: Item, b: Item): boolean {
  const quotedA = a.q.kind !== 'indirect';
  if (quotedA !== (b.q.kind !== 'indirect')) return false;
  const sa = speakerKey(a.q.speaker);
  const sb = speakerKey(b.q.speaker);
  if (sa !== null && sb !== null && sa !== sb) return false;
  const short = Math.min(a.words.length, b.words.length);
  if (short === 0) return false;
  if (a.words.join(' ') === b.words.join(' ')) return short >= 3 || (sa !== null && sa === sb);
  if (short < 3) return false;
  const common = lcsLength(a.words, b.words);
  // Quotations keep their words; paraphrases (indirect speech) must share more before they count as one.
  return common / short >= (quotedA ? 0.6 : 0.75) && common >= 3;
}

/** How a speaker's name and an entity's names compare: case, a leading "the" and dots do not count. */
const plain = (s: string): string => s.toLowerCase().replace(/^the\s+/, '').replace(/\./g, '');

/** Each plain name or alias → the first entity (in section order) that has it: built once per brief, not per quote. */
function entityIndex(entities: BriefEntity[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const e of entities) for (const n of [e.name, ...e.aliases]) if (!index.has(plain(n))) index.set(plain(n), e.id);
  return index;
}

/** The id of the brief entity a speaker names, matched by name or alias; null when the section has none. */
function entityOf(name: string, entities: BriefEntity[], byName: Map<string, string>, mention: { source: string; start: number; end: number } | null): string | null {
  const named = byName.get(plain(name));
  if (named) return named;
  if (mention) {
    for (const e of entities) {
      if (e.mentions.some((m) => m.source === mention.source && m.start <= mention.start && mention.end <= m.end && e.type !== 'other')) return e.id;
    }
  }
  return null;
}

export function quotesSection(docs: Doc[], _claims: Claim[], entities: BriefEntity[] = []): BriefQuote[] {
  const groups: Item[][] = [];
  const byName = entityIndex(entities);
  for (const doc of docs) {
    for (const q of doc.layers.quotes) {
      const clean = cleanText(doc, q);
      const item: Item = { doc, q, clean, words: quoteWords(clean) };
      const group = groups.find((g) => g.every((x) => x.doc !== doc) && g.some((x) => same(x, item)));
      if (group) group.push(item);
      else groups.push([item]);
    }
  }
  return groups.map((g, i) => {
    // The reference wording: a full quotation over a fragment, then the longest.
    const rank = (x: Item): number => (x.q.kind === 'direct' ? 2 : x.q.kind === 'partial' ? 1 : 0);
    const ref = [...g].sort((a, b) => rank(b) - rank(a) || b.words.length - a.words.length)[0]!;
    const named = g.find((x) => x.q.speaker !== null);
    const speakerName = ref.q.speaker ?? named?.q.speaker ?? null;
    const speakerItem = ref.q.speaker ? ref : named;
    const drift: BriefQuote['drift'] = [];
    for (const x of g) {
      if (x === ref) continue;
      const differs = wordDiff(ref.clean, x.clean);
      if (differs.length) drift.push({ source: x.doc.id, text: x.clean, differs });
    }
    return {
      id: `q${i + 1}`,
      text: ref.clean,
      kind: ref.q.kind,
      speaker:
        speakerName === null
          ? null
          : {
              name: speakerName,
              entity: entityOf(
                speakerName,
                entities,
                byName,
                speakerItem?.q.speakerSpan ? { source: speakerItem.doc.id, ...speakerItem.q.speakerSpan } : null,
              ),
            },
      occurrences: g.map((x) => ({ source: x.doc.id, start: x.q.start, end: x.q.end, text: x.doc.text.slice(x.q.start, x.q.end) })),
      drift,
    };
  });
}

/** Display words of a quotation: as written, with outer punctuation dropped. */
function displayWords(s: string): string[] {
  return s
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, ''))
    .filter(Boolean);
}

/**
 * How the wording of `other` differs from `ref`, as short readable hunks ("morning → day", "+ very",
 * "− exactly"). Words the shorter version leaves out at either end are not drift: a fragment quotes less,
 * it does not misquote.
 */
export function wordDiff(ref: string, other: string): string[] {
  const a = displayWords(ref);
  const b = displayWords(other);
  const na = a.map((w) => normalizeWord(w));
  const nb = b.map((w) => normalizeWord(w));
  type Op = { kind: 'same' | 'del' | 'ins'; word: string };
  const ops: Op[] = diffOps(na, nb).map((o) => ({ kind: o.kind, word: o.kind === 'ins' ? b[o.j]! : a[o.i]! }));
  // A fragment or a longer version: edits before the first and after the last shared word are context.
  const first = ops.findIndex((o) => o.kind === 'same');
  if (first < 0) return [];
  let last = ops.length - 1;
  while (ops[last]!.kind !== 'same') last--;
  const hunks: string[] = [];
  let del: string[] = [];
  let ins: string[] = [];
  const flush = (): void => {
    if (del.length && ins.length) hunks.push(`${del.join(' ')} → ${ins.join(' ')}`);
    else if (del.length) hunks.push(`− ${del.join(' ')}`);
    else if (ins.length) hunks.push(`+ ${ins.join(' ')}`);
    del = [];
    ins = [];
  };
  for (const o of ops.slice(first, last + 1)) {
    if (o.kind === 'same') flush();
    else if (o.kind === 'del') del.push(o.word);
    else ins.push(o.word);
  }
  flush();
  return hunks;
}
