/**
 * What makes two fact units comparable: their concepts (content lemmas folded through the variant tables and
 * multi-word idioms), names, numbers with what they count, and polarity (negated or not). Weights are inverse
 * document frequencies over all units of the story, so words every report repeats ("Russia") count little and
 * the words that pin a fact down ("190", "inauguration") count much.
 */
import type { Doc, Token } from '../doc/types.js';
import { conceptOf, LIGHT_WORDS, NEGATORS, numberValue, PHRASES, scaleValue, TITLES } from './lexicon.js';
import type { FactUnit } from './units.js';

export type TermKind = 'name' | 'number' | 'word';

export interface UnitFeatures {
  /** Distinct concepts of the unit with their kind. */
  terms: Map<string, TermKind>;
  /** Numbers with the concept they count ("190" → "mile"), for conflict checks. */
  numbers: { value: number; counts: string | null }[];
  /** True when the unit's main statement is negated. */
  negated: boolean;
}

const KIND_WEIGHT: Record<TermKind, number> = { name: 1, number: 1.3, word: 1 };
/** Adverbs and adjectives qualify a fact more than they state it. */
const POS_WEIGHT: Record<string, number> = { ADV: 0.5, ADJ: 0.8 };

interface Piece {
  lemma: string;
  token: Token;
}

function lemmaOf(t: Token): string {
  // The tagger reads "US" as the pronoun "us" only when it is not a name; proper nouns keep their surface form.
  if (t.pos === 'PROPN') return t.norm.replace(/[’']s$/, '');
  return t.lemma;
}

/** Folds listed multi-word idioms ("leave office", "North Korea") into their concepts. */
function foldPhrases(pieces: Piece[]): { concept: string; token: Token }[] {
  const out: { concept: string; token: Token }[] = [];
  for (let i = 0; i < pieces.length; ) {
    let matched = false;
    for (const [words, concept] of PHRASES) {
      if (i + words.length > pieces.length) continue;
      if (words.every((w, k) => pieces[i + k]!.lemma === w || conceptOf(pieces[i + k]!.lemma) === w)) {
        for (const c of concept.split(' ')) out.push({ concept: c, token: pieces[i]!.token });
        i += words.length;
        matched = true;
        break;
      }
    }
    if (!matched) {
      out.push({ concept: conceptOf(pieces[i]!.lemma), token: pieces[i]!.token });
      i++;
    }
  }
  return out;
}

export function unitFeatures(doc: Doc, unit: FactUnit): UnitFeatures {
  const tokens = doc.layers.tokens;
  const terms = new Map<string, TermKind>();
  const numbers: UnitFeatures['numbers'] = [];
  const pieces: Piece[] = [];
  for (const i of unit.tokens) {
    const t = tokens[i]!;
    if (t.pos === 'NUM') {
      const v = numberValue(t.norm);
      if (v === null) continue;
      const next = tokens[i + 1];
      const scale = next && next.sentence === t.sentence ? scaleValue(next.norm) : null;
      const value = scale ? v * scale : v;
      // What is counted: the next noun within two tokens ("190 miles", "10,000 troops").
      let counts: string | null = null;
      for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
        const n = tokens[k]!;
        if (n.sentence !== t.sentence) break;
        if (n.pos === 'NOUN') {
          counts = conceptOf(n.lemma);
          break;
        }
      }
      numbers.push({ value, counts });
      terms.set(`#${value}`, 'number');
      continue;
    }
    const lemma = lemmaOf(t);
    if (lemma.length < 2 || TITLES.has(lemma) || (LIGHT_WORDS.has(lemma) && t.pos !== 'PROPN')) continue;
    if (scaleValue(t.norm) !== null && tokens[i - 1]?.pos === 'NUM') continue;
    pieces.push({ lemma, token: t });
  }
  for (const { concept, token } of foldPhrases(pieces)) {
    if (LIGHT_WORDS.has(concept) && token.pos !== 'PROPN') continue;
    if (!terms.has(concept)) terms.set(concept, token.pos === 'PROPN' ? 'name' : 'word');
  }
  const span = tokens.filter((t) => t.start >= unit.start && t.end <= unit.end);
  const negated = span.some((t) => NEGATORS.has(t.norm) && (t.pos === 'PART' || t.pos === 'ADV' || t.pos === 'DET'));
  return { terms, numbers, negated };
}

/** Per-term weight: IDF over the story's units times a small factor for what kind of word it is. */
export function termWeights(features: UnitFeatures[], posOf: (unit: number, term: string) => string | null): (unit: number, term: string) => number {
  const df = new Map<string, number>();
  for (const f of features) for (const t of f.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = features.length;
  return (unit, term) => {
    const kind = features[unit]!.terms.get(term) ?? 'word';
    const idf = Math.log((n + 1) / ((df.get(term) ?? 0) + 0.5));
    const pos = posOf(unit, term);
    return Math.max(0, idf) * KIND_WEIGHT[kind] * (pos ? (POS_WEIGHT[pos] ?? 1) : 1);
  };
}

/** Document frequency table, exposed for the candidate index. */
export function documentFrequency(features: UnitFeatures[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const f of features) for (const t of f.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}
