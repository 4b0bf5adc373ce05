/**
 * Which way a relative date points: the nearest tense clue around the expression in its sentence. "Preparing
 * to vacate … in January" points forward; "In an earlier move in May, Biden had …" points back. Only clear
 * clues count; present tense says nothing.
 */
import type { Token } from '../../doc/types.js';

export type Tense = 'past' | 'future';

const FUTURE_WORDS = new Set(['will', "'ll", 'shall', 'next', 'coming', 'upcoming', 'tomorrow', 'later', 'soon', 'forthcoming']);
/** Verbs that point forward when followed by "to": "set to leave", "preparing to vacate", "plans to". */
const FUTURE_TO = new Set(['set', 'prepare', 'preparing', 'plan', 'expect', 'due', 'schedule', 'scheduled', 'going', 'intend', 'aim', 'poise', 'poised', 'hope', 'vow', 'promise', 'pledge']);
const PAST_WORDS = new Set(['earlier', 'ago', 'recent', 'recently', 'last', 'previous', 'previously', 'former', 'formerly', 'yesterday', 'already']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d", 'been']);

function clue(tokens: Token[], i: number): Tense | null {
  const t = tokens[i]!;
  if (FUTURE_WORDS.has(t.norm)) return 'future';
  if (FUTURE_TO.has(t.norm) || FUTURE_TO.has(t.lemma)) {
    if (tokens[i + 1]?.norm === 'to' && !/ed$/.test(t.norm)) return 'future';
    if ((t.norm === 'scheduled' || t.norm === 'set' || t.norm === 'due' || t.norm === 'poised') && tokens[i + 1]?.norm === 'to') return 'future';
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
  for (let k = 1; k <= reach; k++) {
    const b = first - k;
    const a = last + k;
    if (b >= 0) {
      const c = clue(tokens, b);
      if (c) return c;
    }
    if (a < tokens.length) {
      const c = clue(tokens, a);
      if (c) return c;
    }
  }
  return null;
}
