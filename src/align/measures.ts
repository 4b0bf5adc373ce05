/**
 * Which figures of different reports measure the same thing, and how their values relate. A measure is what is
 * counted (its concept: troops = soldiers = forces) or the dimension of its unit (miles and km are both
 * length), plus whose it is: the names around the figure ("North Korean troops" vs "a Russian assault by
 * 50,000 soldiers"). Values become intervals so that "more than 10,000" and "in the thousands" are seen as
 * compatible and "14" and "17" as a conflict.
 */
import type { Doc, QuantityMention, Token } from '../doc/types.js';
import { isCurrencyCode, TO_BASE } from '../annotate/quantities/units.js';
import { MONTHS, WEEKDAYS } from '../annotate/dates/calendar.js';
import { conceptOf } from './lexicon.js';
import { tokensBySentence } from '../annotate/tokens.js';
import { sentenceIndexOf } from '../annotate/sentences.js';
import { overlap } from '../util/sets.js';

export interface Measure {
  doc: Doc;
  q: QuantityMention;
  /** What is measured: `count:troop`, `length`, `money:USD`, `%:vote`. */
  key: string;
  /** Names around the figure, as concepts ("korea", "russia"): whose troops, which city. */
  owners: Set<string>;
  /** The words those names were written with, for labels. */
  ownerWords: string[];
  /** Content-word concepts of the sentence, to compare context when no names help. */
  context: Set<string>;
  /** The interval the text allows, in base units. */
  low: number;
  high: number;
  /** Point value in base units (lower bound of ranges). */
  point: number;
}

const DEATH = new Set(['kill', 'die', 'dead', 'death', 'fatality', 'fatal', 'killed', 'life']);
const INJURY = new Set(['injure', 'injury', 'wound', 'wounded', 'hurt', 'injured']);
/** Capitalised words near a figure that say when or who speaks, not whose figure it is. */
const NOT_OWNER = new Set([...MONTHS, ...WEEKDAYS, 'mr', 'mrs', 'ms', 'dr']);

/** The measure of one figure in its report, or null when nothing says what it measures. */
export function measureOf(doc: Doc, q: QuantityMention, tokensOfSentence: Token[]): Measure | null {
  let key: string | null = null;
  if (q.unit && (isCurrencyCode(q.unit) || q.unit === 'crown' || q.unit === 'franc')) key = `money:${q.unit}`;
  else if (q.unit === '%' || q.unit === 'percentage point') key = `%:${q.counts ? conceptOf(q.counts) : ''}`;
  else if (q.unit) key = TO_BASE[q.unit]?.[0] ?? `unit:${q.unit}`;
  else if (q.counts) key = `count:${countedConcept(q, tokensOfSentence)}`;
  if (key === null) return null;
  const factor = q.unit ? (TO_BASE[q.unit]?.[1] ?? 1) : 1;
  const [low, high] = interval(q);
  const { owners, words } = ownersAround(doc.text, q, tokensOfSentence);
  const context = new Set(
    tokensOfSentence.filter((t) => (t.pos === 'NOUN' || t.pos === 'VERB' || t.pos === 'PROPN' || t.pos === 'ADJ') && t.lemma.length > 2).map((t) => conceptOf(t.lemma)),
  );
  return { doc, q, key, owners, ownerWords: words, context, low: low * factor, high: high * factor, point: q.value * factor };
}

/** "people" killed are deaths, "people" hurt are injuries: the verb around a generic noun says what is counted. */
function countedConcept(q: QuantityMention, tokens: Token[]): string {
  const concept = conceptOf(q.counts!);
  if (DEATH.has(q.counts!) || DEATH.has(concept)) return 'death';
  if (INJURY.has(q.counts!) || INJURY.has(concept)) return 'injury';
  const near = tokens.filter((t) => t.start >= q.start - 40 && t.end <= q.end + 40);
  if (concept === conceptOf('people') || concept === conceptOf('individual')) {
    if (near.some((t) => DEATH.has(t.lemma) && !t.negated)) return 'death';
    if (near.some((t) => INJURY.has(t.lemma) && !t.negated)) return 'injury';
  }
  return concept;
}

/** The values the text allows. Round figures without a qualifier are still exact: "50 dead" vs "70 dead" conflict. */
export function interval(q: QuantityMention): [number, number] {
  const v = q.value;
  switch (q.qualifier) {
    case 'exact':
      return [v, v];
    case 'about':
      return [v * 0.85, v * 1.15];
    case 'more-than':
      return [v * 1.000001, Infinity];
    case 'at-least':
      return [v, Infinity];
    case 'less-than':
      return [0, v * 0.999999];
    case 'at-most':
    case 'up-to':
      return [0, v];
    case 'range':
      return [v, q.high ?? v];
    case 'order-of-magnitude':
      // "hundreds" stops short of a thousand and "dozens" of a hundred; "thousands" is loose in news prose
      // ("thousands of troops" for 10,000+), so it and larger magnitudes span three orders.
      return [v, v < 1000 ? (v < 100 ? 100 : 1000) : v * 1000];
  }
}

/** Names in the few words before the figure and right after it: whose figure it is. */
function ownersAround(text: string, q: QuantityMention, tokens: Token[]): { owners: Set<string>; words: string[] } {
  const i = tokens.findIndex((t) => t.start >= q.start);
  if (i < 0) return { owners: new Set(), words: [] };
  let j = tokens.findIndex((t) => t.start >= q.end);
  if (j < 0) j = tokens.length;
  const window: Token[] = [];
  for (let k = i - 1, n = 0; k >= 0 && n < 6; k--) {
    if (tokens[k]!.pos === 'PUNCT') continue;
    window.unshift(tokens[k]!);
    n++;
  }
  // The figure's own words ("Hundreds", "North Korean" inside "10,000 North Korean troops") after it count; its number does not.
  for (let k = i; k < j; k++) if (tokens[k]!.pos !== 'NUM' && !/^\p{Lu}\p{Ll}+s$/u.test(text.slice(tokens[k]!.start, tokens[k]!.end)) || k > i) window.push(tokens[k]!);
  // After the figure only its own phrase counts: a comma starts another clause.
  for (let k = j, n = 0; k < tokens.length && n < 4 && tokens[k]!.pos !== 'PUNCT'; k++, n++) window.push(tokens[k]!);
  const owners = new Set<string>();
  const words: string[] = [];
  for (const t of window) {
    const surface = text.slice(t.start, t.end);
    const name = t.pos === 'PROPN' || (t.pos === 'ADJ' && /^\p{Lu}/u.test(surface) && t !== tokens[0]);
    if (!name || NOT_OWNER.has(t.lemma)) continue;
    owners.add(conceptOf(t.lemma));
    words.push(surface);
  }
  return { owners, words };
}

/** The measures of every figure of one report. */
export function measuresOf(doc: Doc): Measure[] {
  const bySentence = tokensBySentence(doc);
  const out: Measure[] = [];
  for (const q of doc.layers.quantities) {
    const si = sentenceIndexOf(doc.layers.sentences, q);
    const m = measureOf(doc, q, bySentence[si] ?? []);
    if (m) out.push(m);
  }
  return out;
}

/** Concepts too general to identify a measure by themselves ("14 people" could be anyone). */
const GENERIC = new Set([conceptOf('people'), 'other', 'others', 'time', 'thing', 'way']);

/** Whether two figures of different reports measure the same thing. */
export function sameMeasure(a: Measure, b: Measure, sameClaim: boolean): boolean {
  if (a.key !== b.key || a.doc.id === b.doc.id) return false;
  // No report writes "more than 200" for what another gives as 9,000: figures an order of magnitude apart measure
  // different things (a crowd at one moment, a daily count), unless one is itself only a magnitude.
  const ratio = Math.max(a.point, b.point) / Math.max(Math.min(a.point, b.point), 1e-9);
  const magnitude = a.q.qualifier === 'order-of-magnitude' ? a : b.q.qualifier === 'order-of-magnitude' ? b : null;
  if (magnitude === null ? ratio >= 10 : (() => { const other = magnitude === a ? b : a; return other.point < magnitude.low / 10 || other.point > magnitude.high; })()) return false;
  if (a.owners.size > 0 && b.owners.size > 0) return [...a.owners].some((o) => b.owners.has(o));
  if (sameClaim) return true;
  if (overlap(a.context, b.context).jaccard >= 0.2) return true;
  // A specific thing counted ("commuters", "troops") names the measure; "people" alone does not.
  const counted = a.key.startsWith('count:') ? a.key.slice(6) : null;
  return counted !== null && !GENERIC.has(counted);
}

export type Relation = 'same' | 'precision' | 'conflict';

/** How two values of one measure relate: the same, compatible but one less precise, or impossible together. */
export function relate(a: Measure, b: Measure): Relation {
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-6 * Math.max(Math.abs(x), Math.abs(y), 1);
  const hedges = new Set(['exact', 'about', 'up-to', 'at-most']);
  if (close(a.point, b.point) && (a.q.high === undefined) === (b.q.high === undefined)) {
    if (a.q.qualifier === b.q.qualifier || (hedges.has(a.q.qualifier) && hedges.has(b.q.qualifier))) return 'same';
    return 'precision';
  }
  return a.low <= b.high && b.low <= a.high ? 'precision' : 'conflict';
}
