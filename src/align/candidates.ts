/**
 * Candidate pairs from an inverted index, never from all pairs: each unit is indexed under its few most
 * informative concepts (highest weight), and two units of different reports become a candidate only when they
 * share one of those. A fact repeated by every report still meets itself through its rare words, while the
 * words every sentence shares (the city, "said") never fill a posting list. Posting lists are capped so one
 * over-frequent concept cannot make the work quadratic. A unit also looks up a few more of its concepts than it
 * is indexed under, but only those still rare in the story (see PROBES_PER_UNIT).
 */
import type { WeightedUnit } from './features.js';

/** How many of a unit's heaviest concepts it is indexed under (and looked up under, at least). */
const KEYS_PER_UNIT = 7;
/** A concept whose posting list grows past this is too common to propose pairs by itself. */
const MAX_POSTINGS = 2000;

/**
 * How many of its heaviest concepts a unit looks up (it is indexed under fewer): a long clause with many rare
 * words ("… deaths of seven … damage to Ukraine's power infrastructure") must still meet a short clause that
 * shares only its middle-weight words ("the country's energy grid"), which is indexed under those.
 */
// A few more than the keys: measured on atacms, 9 does not reach that pair, 10–12 do (12 adds one false pair).
const PROBES_PER_UNIT = 10;

function heaviest(w: WeightedUnit, n: number): string[] {
  // Verb–concept pairs only repeat two words the unit is indexed under already; keys are single concepts.
  return [...w.weights.entries()]
    .filter(([t]) => !t.includes('+'))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, n)
    .map(([t]) => t);
}

export function keyTerms(w: WeightedUnit): string[] {
  return heaviest(w, KEYS_PER_UNIT);
}

/** Unordered candidate pairs [i, j] with i < j of units from different sources, in a deterministic order. */
export function candidatePairs(units: { source: string }[], weighted: WeightedUnit[]): [number, number][] {
  const postings = new Map<string, number[]>();
  const probes = weighted.map((w) => heaviest(w, PROBES_PER_UNIT));
  probes.forEach((ks, i) => {
    for (const k of ks.slice(0, KEYS_PER_UNIT)) {
      let list = postings.get(k);
      if (!list) postings.set(k, (list = []));
      list.push(i);
    }
  });
  const usable = (k: string): boolean => (postings.get(k)?.length ?? 0) <= MAX_POSTINGS;
  const keySets = probes.map((ks) => new Set(ks.slice(0, KEYS_PER_UNIT)));
  // Whether unit j's own look-up reaches unit i (then the pair is proposed from j's side).
  const reaches = (j: number, i: number): boolean =>
    probes[j]!.some((k, r) => keySets[i]!.has(k) && usable(k) && (r < KEYS_PER_UNIT || postings.get(k)!.length <= rare));
  const pairs: [number, number][] = [];
  // seen[j] === i + 1 marks j as already proposed for unit i (no clearing between units).
  const seen = new Int32Array(units.length);
  // The extra look-ups (past a unit's own keys) only follow concepts still rare in the story: a middle-weight
  // word shared by a few clauses can pin a fact, one shared by hundreds only adds candidates that never link.
  const rare = Math.sqrt(units.length);
  probes.forEach((ks, i) => {
    for (let r = 0; r < ks.length; r++) {
      const k = ks[r]!;
      const list = postings.get(k);
      if (!list || list.length > MAX_POSTINGS || (r >= KEYS_PER_UNIT && list.length > rare)) continue;
      for (const j of list) {
        // Through one of its own keys, an earlier unit j has already proposed the pair from its side.
        if (j === i || (j < i && r < KEYS_PER_UNIT) || seen[j] === i + 1 || units[j]!.source === units[i]!.source) continue;
        seen[j] = i + 1;
        if (j > i) pairs.push([i, j]);
        else if (!reaches(j, i)) pairs.push([j, i]);
      }
    }
  });
  return pairs;
}
