/**
 * Which way a relative date points: the nearest tense clue around the expression in its sentence. "Preparing
 * to vacate … in January" points forward; "In an earlier move in May, Biden had …" points back. Only clear
 * clues count; present tense says nothing.
 */
import type { Token } from '../../doc/types.js';

export type Tense = 'past' | 'future';

// "would" is the future seen from a past speech act ("said it would decide by Friday"); "due" looks ahead.
const FUTURE_WORDS = new Set(['will', "'ll", 'shall', 'would', 'next', 'coming', 'upcoming', 'tomorrow', 'later', 'soon', 'forthcoming', 'due', 'scheduled']);
/** Verbs that point forward when followed by "to": "set to leave", "preparing to vacate", "plans to". */
const FUTURE_TO = new Set(['set', 'prepare', 'preparing', 'plan', 'expect', 'due', 'schedule', 'scheduled', 'going', 'intend', 'aim', 'poise', 'poised', 'hope', 'vow', 'promise', 'pledge']);
const PAST_WORDS = new Set(['earlier', 'ago', 'recent', 'recently', 'last', 'previous', 'previously', 'former', 'formerly', 'yesterday', 'already']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d", 'been']);

function clue(tokens: Token[], i: number): Tense | null {
  const t = tokens[i]!;
  if (FUTURE_WORDS.has(t.norm)) return 'future';
  if (FUTURE_TO.has(t.norm) || FUTURE_TO.has(t.lemma)) {
    if (tokens[i + 1]?.norm === 'to') return 'future';
  }
  if (PAST_WORDS.has(t.norm)) return 'past';
  if (PAST_AUX.has(t.norm)) return 'past';
  if (t.pos === 'VERB' && t.norm !== t.lemma && !/(?:s|ing)$/.test(t.norm)) {
    // "to be used" and "will be met" are not past: a participle after be/to is passive voice, not tense.
    const prev = tokens[i - 1]?.norm;
    if (prev === 'be' || prev === 'to') return null;
    return 'past';
  }
  return null;
}

/** The tense of the clue nearest to the span [start, end) within `tokens` (one sentence), or null. */
export function tenseAround(tokens: Token[], start: number, end: number, reach = 12): Tense | null {
  const first = tokens.findIndex((t) => t.end > start);
  if (first < 0) return null;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
  // The expression's own clause speaks first ("who took office in January, will step down …"); then the sentence.
  let lo = first;
  while (lo > 0 && !BOUNDARY.has(tokens[lo - 1]!.norm)) lo--;
  let hi = last;
  while (hi + 1 < tokens.length && !BOUNDARY.has(tokens[hi + 1]!.norm)) hi++;
  return nearest(tokens, first, last, lo, hi, reach) ?? nearest(tokens, first, last, 0, tokens.length - 1, reach);
}

const BOUNDARY = new Set([',', ';', ':', '(', ')', '-', '–', '—']);

function nearest(tokens: Token[], first: number, last: number, lo: number, hi: number, reach: number): Tense | null {
  for (let k = 1; k <= reach; k++) {
    const b = first - k;
    const a = last + k;
    if (b >= lo) {
      const c = clue(tokens, b);
      if (c) return c;
    }
    if (a <= hi) {
      const c = clue(tokens, a);
      if (c) return c;
    }
  }
  return null;
}
