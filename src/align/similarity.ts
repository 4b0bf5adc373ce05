/**
 * How strongly two fact units state the same fact: the cosine of their IDF-weighted concept bags, with the
 * checks that separate a shared fact from a shared topic — they must agree on at least two concepts, at
 * least one of which is not a name (sharing a town's and a country's name is a topic, not a fact) — and the penalties
 * for what looks alike but is not the same statement: a negated statement does not confirm its affirmative,
 * an earlier state is not the current one, a figure the other side does not mention is a detail it does not
 * back. Different counts of the same thing weaken a match only a little: they are one fact reported with a
 * conflict, which the brief shows as a discrepancy.
 */
import type { UnitFeatures, WeightedUnit } from './features.js';
import { HOLDERS, isPlace } from './lexicon.js';
import { disjointPredicates } from './frames.js';

/** Two counts of the same thing agree when within this ratio ("about 120" vs "up to 120", "9,000" vs "9,500"). */
const NUMBER_TOLERANCE = 1.15;
/** A statement and its negation share words but not the fact. */
const POLARITY_PENALTY = 0.15;
/** What was the case before (a restriction in May) is not what is the case now, even in the same words. */
const PRIOR_PENALTY = 0.35;
/** "14 injured" against "17 injured": the same fact with conflicting figures. */
const CONFLICT_PENALTY = 0.8;
/** Concepts (not names) two units must share: one common word beside shared names is still only a topic. */
const MIN_SHARED_FACTS = 1;
/** What could happen ("X could authorize Y") is not what happened ("X authorized Y"), in the same words. */
const POSSIBLE_PENALTY = 0.5;
/** "a budget of 4.6 million crowns" against a clause that names no budget: a detail, not corroboration. */
const FIGURE_PENALTY = 0.5;

/**
 * "France will allow X" against "the administration allowed X": the same act by another country; "critics
 * worry" against "officials fear": the same view held by another group.
 */
const ACTOR_PENALTY = 0.3;
/**
 * Two clauses that share who and where but not what happens ("troops deployed in X" / "strikes on troops in
 * X"): no predicate of either is among the other's concepts (frames.ts).
 */
const DISJOINT_PREDICATES_PENALTY = 0.5;

/** One side's actor is a country the other side, which has an actor of its own, never mentions. */
function otherActor(a: UnitFeatures, b: UnitFeatures): boolean {
  if (a.actor === null || b.actor === null || a.actor === b.actor || b.terms.has(a.actor)) return false;
  if (isPlace(a.actor)) return true;
  // "critics worry" against "officials fear": two groups of people, neither naming the other.
  return HOLDERS.has(a.actor) && HOLDERS.has(b.actor) && !a.terms.has(b.actor);
}

function compatible(a: number, b: number): boolean {
  if (a === b) return true;
  if (a <= 0 || b <= 0) return false;
  return Math.max(a, b) / Math.min(a, b) <= NUMBER_TOLERANCE;
}

export function numbersConflict(a: UnitFeatures, b: UnitFeatures): boolean {
  for (const x of a.numbers) {
    if (!x.counts) continue;
    for (const y of b.numbers) if (y.counts === x.counts && !compatible(x.value, y.value)) return true;
  }
  return false;
}

/**
 * A large or monetary figure one side gives about something the other does not mention at all: a detail the
 * other does not corroborate. ("9,000 pedestrians" against "the pedestrians" is only more precise.)
 */
function unmatchedFigure(a: UnitFeatures, b: UnitFeatures): boolean {
  return a.numbers.some(
    (x) =>
      (x.value >= 100 || x.counts === 'money') &&
      !b.numbers.some((y) => compatible(x.value, y.value) || (x.counts !== null && y.counts === x.counts)) &&
      !(x.counts !== null && b.terms.has(x.counts)),
  );
}

/**
 * The similarity of two units with what their frames say: words propose, who-does-what disposes. Frames are
 * read only for pairs whose words already come close (`floor`), which keeps the pass over candidates cheap.
 */
export function frameSimilarity(fa: UnitFeatures, wa: WeightedUnit, fb: UnitFeatures, wb: WeightedUnit, floor: number): number {
  const score = similarity(fa, wa, fb, wb);
  if (score < floor) return score;
  return disjointPredicates(fa.frame, fa.terms, fb.frame, fb.terms) ? score * DISJOINT_PREDICATES_PENALTY : score;
}

export function similarity(fa: UnitFeatures, wa: WeightedUnit, fb: UnitFeatures, wb: WeightedUnit): number {
  if (wa.norm === 0 || wb.norm === 0) return 0;
  let dot = 0;
  let shared = 0;
  let facts = 0;
  // Merge of two id-sorted term lists.
  for (let i = 0, j = 0; i < wa.ids.length && j < wb.ids.length; ) {
    const x = wa.ids[i]!;
    const y = wb.ids[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      dot += wa.values[i]! * wb.values[j]!;
      shared++;
      // Symmetric: a concept one side names ("France") and the other uses as a word ("the French") is a name.
      facts += wa.factual[i]! & wb.factual[j]!;
      i++;
      j++;
    }
  }
  // Shared names alone are a shared topic; a long shared name ("Harbour Transit Authority") is more.
  if (shared < 2 || (facts < MIN_SHARED_FACTS && shared < 4)) return 0;
  let score = dot / (wa.norm * wb.norm);
  // Different counts of the same thing are still one fact (a conflict the brief reports), but a weaker match.
  if (numbersConflict(fa, fb)) score *= CONFLICT_PENALTY;
  if (fa.negated !== fb.negated) score *= POLARITY_PENALTY;
  if (fa.prior !== fb.prior) score *= PRIOR_PENALTY;
  if (fa.possible !== fb.possible) score *= POSSIBLE_PENALTY;
  if (unmatchedFigure(fa, fb) || unmatchedFigure(fb, fa)) score *= FIGURE_PENALTY;
  if (otherActor(fa, fb) || otherActor(fb, fa)) score *= ACTOR_PENALTY;
  return score;
}
