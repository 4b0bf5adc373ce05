/**
 * Candidate pairs from an inverted index, never from all pairs: each unit is indexed under its few most
 * informative concepts (highest weight), and two units of different reports become a candidate only when they
 * share one of those. A fact repeated by every report still meets itself through its rare words, while the
 * words every sentence shares (the city, "said") never fill a posting list. Posting lists are capped so one
 * over-frequent concept cannot make the work quadratic.
 */
import type { WeightedUnit } from './features.js';

/** How many of a unit's heaviest concepts it is indexed and looked up under. */
const KEYS_PER_UNIT = 7;
/** A concept whose posting list grows past this is too common to propose pairs by itself. */
const MAX_POSTINGS = 2000;

export function keyTerms(w: WeightedUnit): string[] {
  // Verb–concept pairs only repeat two words the unit is indexed under already; keys are single concepts.
  return [...w.weights.entries()]
    .filter(([t]) => !t.includes('+'))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, KEYS_PER_UNIT)
    .map(([t]) => t);
}

/** Unordered candidate pairs [i, j] with i < j of units from different sources, in a deterministic order. */
export function candidatePairs(units: { source: string }[], weighted: WeightedUnit[]): [number, number][] {
  const postings = new Map<string, number[]>();
  const keys = weighted.map(keyTerms);
  keys.forEach((ks, i) => {
    for (const k of ks) {
      let list = postings.get(k);
      if (!list) postings.set(k, (list = []));
      list.push(i);
    }
  });
  const pairs: [number, number][] = [];
  // seen[j] === i + 1 marks j as already proposed for unit i (no clearing between units).
  const seen = new Int32Array(units.length);
  keys.forEach((ks, i) => {
    for (const k of ks) {
      const list = postings.get(k)!;
      if (list.length > MAX_POSTINGS) continue;
      for (const j of list) {
        if (j <= i || seen[j] === i + 1 || units[j]!.source === units[i]!.source) continue;
        seen[j] = i + 1;
        pairs.push([i, j]);
      }
    }
  });
  return pairs;
}
