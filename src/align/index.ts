/**
 * align: groups the statements of different reports that state the same fact into claims.
 *
 * 1. units.ts cuts every claim-bearing sentence into clause-level fact units (headings never count).
 * 2. features.ts turns each unit into IDF-weighted concepts (variants folded), numbers and polarity, and
 *    frames.ts reads its who-does-what frame (predicates with agent, theme, place, instrument).
 * 3. candidates.ts proposes pairs from an inverted index on each unit's rarest concepts (never all pairs).
 * 4. similarity.ts scores each candidate by its words; a pair near a link is weakened when the two frames'
 *    predicates share nothing; links above LINK_THRESHOLD are kept, marked when their frames agree.
 * 5. cluster.ts groups links into claims by star clustering (one unit per report, no chaining; a report's
 *    clause whose frame agrees with the centre's comes first), then joins claims whose members agree in words
 *    and in who does what, lets leftover restatements join the claim they agree with, and lets a clause
 *    strongly linked to another claim's centre, or whose remainder beyond its own claim agrees with another
 *    claim's members, support that claim too (one clause, two facts). A claim keeps one mood: what could
 *    happen ("X could authorize Y", features.ts `possible`) is not grouped with what happened.
 * 6. claims.ts turns groups, and every unit left alone, into Claims with spans and status.
 */
import type { Doc } from '../doc/types.js';
import type { Claim } from '../brief/types.js';
import { factUnits, type FactUnit } from './units.js';
import { documentFrequency, unitFeatures, weighUnits } from './features.js';
import { candidatePairs } from './candidates.js';
import { frameSimilarity } from './similarity.js';
import { framesAgree, roleTerms, roleVectors } from './frames.js';
import { starClusters, type Link } from './cluster.js';
import { buildClaims } from './claims.js';

/** Minimum similarity for two units of different reports to count as stating the same fact. */
export const LINK_THRESHOLD = 0.18;
/** How much agreement on who does what (frames.ts role terms) counts beside agreement in words. */
const ROLE_SHARE = 0.25;
/**
 * Star clustering: members must agree with each other on average; leftovers join a claim they agree with;
 * `residual`: what a member says beyond its own claim must agree this much with another claim to support it.
 */
const CLUSTER = { link: LINK_THRESHOLD, agreement: 0.12, restate: 0.2, merge: 0.25, second: 0.25, residual: 0.2 };

export interface Alignment {
  units: FactUnit[];
  links: Link[];
  claims: Claim[];
}

/** The whole alignment with its intermediate units and links, for inspection and evaluation. */
export function alignDetailed(docs: Doc[]): Alignment {
  const units = docs.flatMap((d, i) => factUnits(d, i));
  units.forEach((u, i) => (u.index = i));
  const features = units.map((u) => unitFeatures(docs[u.doc]!, u));
  const weighted = weighUnits(features, documentFrequency(features));
  const links: Link[] = [];
  for (const [a, b] of candidatePairs(units, weighted)) {
    const sim = frameSimilarity(features[a]!, weighted[a]!, features[b]!, weighted[b]!, LINK_THRESHOLD);
    if (sim >= LINK_THRESHOLD) links.push({ a, b, sim, agree: framesAgree(features[a]!.frame, features[b]!.frame) });
  }
  const roles = roleVectors(features.map((f) => roleTerms(f.frame)));
  // Agreement between a unit and a claim's members counts who does what beside the words (role terms, at
  // ROLE_SHARE of their weight: cosines of the concatenated vectors add up as words + share × roles).
  const scale = Math.sqrt(ROLE_SHARE);
  const vectors = weighted.map((w, i) => {
    const v = new Map([...w.weights].map(([t, x]) => [t, w.norm > 0 ? x / w.norm : 0]));
    for (const [t, x] of roles[i]!) v.set(t, x * scale);
    return v;
  });
  const groups = starClusters(
    units.map((u) => u.source),
    links,
    vectors,
    CLUSTER,
    features.map((f) => new Set([...f.terms].filter(([, info]) => info.kind === 'word' || info.kind === 'number').map(([t]) => t))),
    roles,
    features.map((f) => f.possible),
  );
  return { units, links, claims: buildClaims(docs, units, groups) };
}

export function align(docs: Doc[]): Claim[] {
  return alignDetailed(docs).claims;
}
