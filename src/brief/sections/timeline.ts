/**
 * The timeline: every dated expression of every report with the event it dates, sorted by date (undated
 * last). The same event on the same date in several reports is one entry: the first report's occurrence,
 * with the others in `also`, so the timeline reads as a sequence of events rather than of sentences.
 */
import type { DateMention, Doc, Sentence, Token } from '../../doc/types.js';
import type { Claim, TimelineEntry } from '../types.js';
import { conceptOf, LIGHT_WORDS } from '../../align/lexicon.js';
import { overlap } from '../../util/sets.js';
import { tokensBySentence } from '../../annotate/tokens.js';
import { sentenceIndexAt, sentenceIndexOf } from '../../annotate/sentences.js';

const MAX_WORDS = 40;
/** Words that open a clause; a clause boundary sits before them after a comma. */
const CLAUSE_BREAK = /[;:]\s+|,\s+|\s+[–—-]\s+/g;

/** The words around a date expression that say what happened: its sentence `s`, or its clauses when long. */
function eventOf(doc: Doc, s: Sentence, m: DateMention): string {
  const sentence = doc.text.slice(s.start, s.end);
  const at = m.start - s.start;
  // The expression and its preposition are the date, not the event.
  const lead = /(?:\b(?:in|on|at|since|by|from|during|until|back\s+in|as\s+of)\s+(?:the\s+)?)$/i.exec(sentence.slice(0, at));
  const cutStart = lead ? at - lead[0].length : at;
  // Only a date that stands apart (after a preposition, or before punctuation) leaves the event; "a 2023
  // inspection report" and "spent Tuesday evening examining" keep it, or the event would not read.
  const apart = lead !== null || /^\s*(?:[,.;:!?)]|$)/.test(sentence.slice(m.end - s.start));
  let text = apart ? sentence.slice(0, cutStart) + '\u0000' + sentence.slice(m.end - s.start) : sentence.slice(0, at) + '\u0000' + sentence.slice(at);
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words > MAX_WORDS) text = clausesAround(text);
  text = text
    .replace(/\s*\u0000\s*/g, ' ')
    .replace(/["“”]/g, '')
    .replace(/\s+([,.;:!?)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/,(?:\s*,)+/g, ',')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
    .replace(/^(?:and|but|or|while|as)\s+/i, '')
    .replace(/\s+/g, ' ')
    .replace(/^["“”'‘’]+|["“”'‘’]+$/g, '')
    .trim();
  const w = text.split(' ');
  if (w.length > MAX_WORDS) text = w.slice(0, MAX_WORDS).join(' ') + '…';
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const SUBORDINATOR = /\b(?:after|when|before|as|since|because|while|once|until|though|although|that)\s+/gi;

/**
 * The clause holding the date (marked \u0000), extended until it reads on its own: when the date stands
 * between commas ("after the minister, on 30 August, presented …") the subject is taken from the clause
 * before it, from its last subordinator on.
 */
function clausesAround(text: string): string {
  const parts: { start: number; end: number }[] = [];
  let from = 0;
  for (const b of text.matchAll(CLAUSE_BREAK)) {
    parts.push({ start: from, end: b.index! });
    from = b.index! + b[0].length;
  }
  parts.push({ start: from, end: text.length });
  const i = parts.findIndex((p) => text.slice(p.start, p.end).includes('\u0000'));
  const words = (a: number, b: number) => text.slice(a, b).replace('\u0000', '').split(/\s+/).filter(Boolean).length;
  let start = parts[i]!.start;
  if (words(parts[i]!.start, parts[i]!.end) < 4 && i > 0) {
    const prev = parts[i - 1]!;
    const subs = [...text.slice(prev.start, prev.end).matchAll(SUBORDINATOR)].pop();
    start = subs ? prev.start + subs.index! + subs[0].length : prev.start;
  }
  let j = i;
  while (words(start, parts[j]!.end) < 10 && j < parts.length - 1) j++;
  return text.slice(start, parts[j]!.end);
}

/** Content concepts of sentence `s` (its `tokens`), without the words of its date expressions (shared dates are no evidence). */
function concepts(doc: Doc, s: Sentence, tokens: Token[]): Set<string> {
  const dates = doc.layers.dates.filter((d) => d.start < s.end && s.start < d.end);
  return new Set(
    tokens
      .filter((t) => /^(?:NOUN|VERB|PROPN|ADJ)$/.test(t.pos) && !LIGHT_WORDS.has(t.lemma))
      .filter((t) => !dates.some((d) => d.start < t.end && t.start < d.end) && !TIME_WORDS.has(t.lemma))
      .map((t) => conceptOf(t.lemma)),
  );
}

const TIME_WORDS = new Set(['morning', 'afternoon', 'evening', 'night', 'day', 'week', 'month', 'year', 'today', 'yesterday', 'tomorrow']);

/** Two dated mentions state the same event: same date, and their sentences share a claim or most content. */
function sameEvent(a: Occ, b: Occ, claimOf: Map<string, string>): boolean {
  if (a.entry.date === null || a.entry.date !== b.entry.date || a.doc.id === b.doc.id) return false;
  const ca = claimOf.get(`${a.doc.id}:${a.sentence}`);
  if (ca !== undefined && ca === claimOf.get(`${b.doc.id}:${b.sentence}`)) return true;
  const { shared, jaccard } = overlap(a.concepts, b.concepts);
  // A day is specific: two reports dating related words to it usually tell one event. A month or a year
  // holds many events, so those need most of their words in common.
  return a.entry.date.length === 10 ? shared >= 2 || jaccard >= 0.2 : shared >= 2 && jaccard >= 0.3;
}

interface Occ {
  doc: Doc;
  sentence: number;
  entry: TimelineEntry;
  concepts: Set<string>;
}

export function timelineSection(docs: Doc[], claims: Claim[]): TimelineEntry[] {
  const claimOf = new Map<string, string>();
  const occs: Occ[] = [];
  for (const doc of docs) {
    const bySentence = tokensBySentence(doc);
    for (const m of doc.layers.dates) {
      const si = sentenceIndexOf(doc.layers.sentences, m);
      const s = doc.layers.sentences[si];
      if (!s || s.kind === 'h') continue; // headlines repeat the story; they date no separate event
      const entry: TimelineEntry = { text: m.text, date: m.date, resolved: m.resolved, event: eventOf(doc, s, m), source: doc.id, start: m.start, end: m.end };
      occs.push({ doc, sentence: si, entry, concepts: concepts(doc, s, bySentence[si]!) });
    }
  }
  const byId = new Map(docs.map((d) => [d.id, d]));
  for (const c of claims)
    for (const s of c.support) {
      const doc = byId.get(s.source);
      const si = doc ? sentenceIndexAt(doc.layers.sentences, s.start) : -1;
      if (si >= 0 && !claimOf.has(`${s.source}:${si}`)) claimOf.set(`${s.source}:${si}`, c.id);
    }
  const merged: TimelineEntry[] = [];
  const used = new Set<Occ>();
  for (const a of occs) {
    if (used.has(a)) continue;
    used.add(a);
    const also = occs.filter((b) => !used.has(b) && sameEvent(a, b, claimOf));
    const seen = new Set([a.doc.id]);
    const kept = also.filter((b) => !seen.has(b.doc.id) && (seen.add(b.doc.id), true));
    kept.forEach((b) => used.add(b));
    merged.push(
      kept.length
        ? { ...a.entry, also: kept.map((b) => ({ source: b.doc.id, start: b.entry.start, end: b.entry.end, text: b.entry.text })) }
        : a.entry,
    );
  }
  const order = new Map(docs.map((d, i) => [d.id, i]));
  // Undated entries last; a coarser date ("2024") before finer ones inside it ("2024-05"), as its prefix sorts first.
  return merged.sort(
    (a, b) =>
      (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) ||
      (a.date ?? '').localeCompare(b.date ?? '') ||
      order.get(a.source)! - order.get(b.source)! ||
      a.start - b.start,
  );
}
