/**
 * Grouping linked units into claims without chaining. Plain union-find over similarity links lets one long
 * sentence glue unrelated facts together (A~B on one clause, B~C on another). Instead claims grow around a
 * centre, star-like: the unit that agrees best with the most reports becomes a centre; each other report
 * contributes the unit that best matches the centre, and only if it also agrees on average with the members
 * already taken (clique-like agreement, measured against the members' centroid), so no member is further
 * than one link from the centre and none is foreign to the rest. Units taken by a claim cannot be centres
 * again. Claims whose members agree on average are then joined (one fact grown from two centres), and a
 * leftover unit — often a report's second wording of a fact — joins the claim it is linked to and whose
 * members it agrees with best.
 */

export interface Link {
  a: number;
  b: number;
  sim: number;
  /** The two units state the same predicate with the same participant in a role (frames.ts). */
  agree?: boolean;
}

export interface Group {
  centre: number;
  /** Members including the centre, in unit order. */
  members: number[];
  /** 1 + sum over members of their similarity to the centre: how widely and strongly the fact is stated. */
  weight: number;
}

export interface ClusterOptions {
  /** Minimum similarity of a member to the centre (the link threshold). */
  link: number;
  /** Minimum mean similarity of a new member to the members already in the claim. */
  agreement: number;
  /** Minimum mean similarity to a claim's members for a leftover unit to join it as a restatement. */
  restate: number;
  /** Minimum mean similarity between the members of two claims for them to be one claim. */
  merge: number;
  /** Minimum similarity of a member of one claim to another claim's centre for it to support that claim too. */
  second: number;
  /**
   * Minimum mean cosine between what a member of one claim says beyond that claim (its content words no other
   * member has) and the members of another claim, for it to support that claim too.
   */
  residual: number;
}

/** Sum of unit vectors of a group's members: the mean cosine to the members is one dot product away. */
class Centroid {
  readonly sum = new Map<string, number>();
  count = 0;
  add(v: Map<string, number>): void {
    for (const [t, w] of v) this.sum.set(t, (this.sum.get(t) ?? 0) + w);
    this.count++;
  }
  /** Mean cosine over all pairs of members of this and another centroid. */
  meanCosineTo(other: Centroid): number {
    if (this.count === 0 || other.count === 0) return 0;
    const [small, large] = this.sum.size <= other.sum.size ? [this, other] : [other, this];
    let dot = 0;
    for (const [t, w] of small.sum) dot += w * (large.sum.get(t) ?? 0);
    return dot / (this.count * other.count);
  }
  absorb(other: Centroid): void {
    for (const [t, w] of other.sum) this.sum.set(t, (this.sum.get(t) ?? 0) + w);
    this.count += other.count;
  }
  meanCosine(v: Map<string, number>): number {
    if (this.count === 0) return 1;
    let dot = 0;
    for (const [t, w] of v) dot += w * (this.sum.get(t) ?? 0);
    return dot / this.count;
  }
}

/** The claim a unit restates: one it is linked to through a member and whose members it agrees with best. */
function restatementHome(
  u: number,
  adj: { j: number; sim: number }[][],
  groupOf: Map<number, number>,
  centroids: Centroid[],
  vectors: Map<string, number>[],
  threshold: number,
  apart: (u: number, g: number) => boolean,
): number {
  let best = -1;
  let bestScore = threshold;
  for (const e of adj[u]!) {
    const g = groupOf.get(e.j);
    if (g === undefined || apart(u, g)) continue;
    const score = centroids[g]!.meanCosine(vectors[u]!);
    if (score > bestScore || (score === bestScore && best < 0)) {
      best = g;
      bestScore = score;
    }
  }
  return best;
}

/** A link whose frames agree ranks as if this much stronger when a report's member of a claim is chosen. */
const AGREEING_FRAME_RANK = 1.5;
/**
 * When two claims are compared for one fact in two wordings, agreement on who does what counts this much
 * more (beside what the members' vectors already hold): their words differ by definition.
 */
const ROLE_AGREEMENT_SHARE = 0.5;
const rank = (e: { sim: number; agree: boolean }): number => e.sim * (e.agree ? AGREEING_FRAME_RANK : 1);

/**
 * @param vectors each unit's weights scaled to unit length (cosine = dot product), used for agreement; they
 *   may hold role terms beside the words.
 * @param facts each unit's content concepts (words and figures, not names or verb pairs): what a unit says
 *   beyond its claim is measured on these, since a shared name is a topic, not a second fact.
 * @param roles each unit's role terms (frames.ts) weighed and scaled to unit length, for merging claims.
 */
export function starClusters(
  sources: string[],
  links: Link[],
  vectors: Map<string, number>[],
  options: ClusterOptions,
  facts: Set<string>[] = [],
  roles: Map<string, number>[] = [],
  possible: boolean[] = [],
): Group[] {
  const n = sources.length;
  // What could happen and what happened are two facts, however alike their words (features.ts `possible`):
  // a claim's mood is its members' majority; a unit joins a centre, restates, and claims merge only in one mood.
  // Members only ever join a group (or all leave it on a merge), so its size tells whether the mood is stale.
  const moods = new Map<Group, { size: number; possible: boolean }>();
  const mood = (g: Group): boolean => {
    let known = moods.get(g);
    if (known?.size !== g.members.length) {
      let count = 0;
      for (const m of g.members) if (possible[m]) count++;
      moods.set(g, (known = { size: g.members.length, possible: count * 2 > g.members.length }));
    }
    return known.possible;
  };
  const adj: { j: number; sim: number; agree: boolean }[][] = Array.from({ length: n }, () => []);
  for (const l of links) {
    adj[l.a]!.push({ j: l.b, sim: l.sim, agree: l.agree ?? false });
    adj[l.b]!.push({ j: l.a, sim: l.sim, agree: l.agree ?? false });
  }
  for (const list of adj) list.sort((x, y) => y.sim - x.sim || x.j - y.j);
  // Centrality: the best agreement with each other report, summed — a fact many reports state scores high.
  const centrality = adj.map((list) => {
    const seen = new Set<string>();
    let total = 0;
    for (const e of list) {
      if (seen.has(sources[e.j]!)) continue;
      seen.add(sources[e.j]!);
      total += e.sim;
    }
    return total;
  });
  const order = [...Array(n).keys()].filter((i) => adj[i]!.length > 0).sort((x, y) => centrality[y]! - centrality[x]! || x - y);
  const covered = new Set<number>();
  const groups: Group[] = [];
  const centroids: Centroid[] = [];
  const groupOf = new Map<number, number>();
  for (const c of order) {
    if (covered.has(c)) continue;
    // A report's second wording of a fact already grouped ("his decision to allow...", after the lead
    // sentence said it) restates that claim rather than starting a new one around itself.
    const home = restatementHome(c, adj, groupOf, centroids, vectors, options.restate, (u, g) => (possible[u] === true) !== mood(groups[g]!));
    if (home >= 0) {
      groups[home]!.members.push(c);
      covered.add(c);
      continue;
    }
    const members = [c];
    const taken = new Set([sources[c]!]);
    // Agreement is checked against the members other than the centre (the centre link is checked already).
    const others = new Centroid();
    let weight = 1;
    // Which clause of a report states the centre's fact: one with the same who-does-what comes first.
    const ranked = [...adj[c]!].sort((x, y) => rank(y) - rank(x) || x.j - y.j);
    for (const e of ranked) {
      if (covered.has(e.j) || taken.has(sources[e.j]!) || (possible[e.j] === true) !== (possible[c] === true)) continue;
      if (others.count > 0 && others.meanCosine(vectors[e.j]!) < options.agreement) continue;
      members.push(e.j);
      taken.add(sources[e.j]!);
      others.add(vectors[e.j]!);
      weight += e.sim;
    }
    if (members.length < 2) continue;
    const all = new Centroid();
    for (const m of members) all.add(vectors[m]!);
    for (const m of members) covered.add(m);
    for (const m of members) groupOf.set(m, groups.length);
    groups.push({ centre: c, members, weight });
    centroids.push(all);
  }
  const roleCentroids = groups.map((g) => {
    const c = new Centroid();
    for (const m of g.members) c.add(roles[m] ?? new Map());
    return c;
  });
  mergeGroups(groups, centroids, roleCentroids, options.merge, (a, b) => mood(a) !== mood(b));
  // Which claim each unit is a member of: leftovers attach through their links to members.
  const groupOfMember = new Map<number, number>();
  groups.forEach((g, i) => {
    for (const m of g.members) if (!groupOfMember.has(m)) groupOfMember.set(m, i);
  });
  for (const u of order) {
    if (covered.has(u)) continue;
    let best = -1;
    let bestScore = options.restate;
    for (const e of adj[u]!) {
      const g = groupOfMember.get(e.j);
      if (g === undefined || (possible[u] === true) !== mood(groups[g]!)) continue;
      const score = centroids[g]!.meanCosine(vectors[u]!);
      if (score >= bestScore && (best < 0 || score > bestScore)) {
        best = g;
        bestScore = score;
      }
    }
    if (best >= 0) {
      groups[best]!.members.push(u);
      covered.add(u);
    }
  }
  secondClaims(groups, sources, adj, options.second);
  secondFacts(groups, sources, adj, vectors, facts, options.residual);
  for (const g of groups) g.members.sort((x, y) => x - y);
  return groups.filter((g) => g.members.length > 0);
}

/**
 * Two claims grown from different centres can be one fact worded two ways (each centre took the wording
 * closest to it). They are joined when their members agree on average; agreement on who does what to whom
 * (role terms, frames.ts) counts half as much as agreement in words, so that two groups that state the same
 * act on the same participants in different words ("target troops in X" / "strike X") can still be one.
 * The centre of the heavier claim stays. Greedy, strongest pair first, deterministic.
 */
function mergeGroups(groups: Group[], centroids: Centroid[], roles: Centroid[], threshold: number, apart: (a: Group, b: Group) => boolean): void {
  for (;;) {
    let best = -1;
    let pa = -1;
    let pb = -1;
    for (let a = 0; a < groups.length; a++) {
      if (groups[a]!.members.length === 0) continue;
      for (let b = a + 1; b < groups.length; b++) {
        if (groups[b]!.members.length === 0 || apart(groups[a]!, groups[b]!)) continue;
        const score = centroids[a]!.meanCosineTo(centroids[b]!) + ROLE_AGREEMENT_SHARE * roles[a]!.meanCosineTo(roles[b]!);
        if (score > best) {
          best = score;
          pa = a;
          pb = b;
        }
      }
    }
    if (pa < 0 || best < threshold) return;
    const [keep, drop] = groups[pa]!.weight >= groups[pb]!.weight ? [pa, pb] : [pb, pa];
    const k = groups[keep]!;
    const d = groups[drop]!;
    for (const m of d.members) if (!k.members.includes(m)) k.members.push(m);
    k.weight += d.weight - 1;
    centroids[keep]!.absorb(centroids[drop]!);
    roles[keep]!.absorb(roles[drop]!);
    d.members = [];
  }
}


/**
 * A clause can state two facts; the star pass gave it to one claim. It also supports another claim when it
 * is strongly linked to that claim's centre and the claim has no member from its report.
 */
function secondClaims(groups: Group[], sources: string[], adj: { j: number; sim: number }[][], threshold: number): void {
  const centreOf = new Map<number, number>();
  groups.forEach((g, i) => {
    if (g.members.length > 0) centreOf.set(g.centre, i);
  });
  const member = new Set(groups.flatMap((g) => g.members));
  const joins: [number, number][] = [];
  for (let u = 0; u < adj.length; u++) {
    if (!member.has(u)) continue;
    for (const e of adj[u]!) {
      const g = centreOf.get(e.j);
      if (g === undefined || e.sim < threshold) continue;
      if (groups[g]!.members.some((m) => m === u || sources[m] === sources[u])) continue;
      joins.push([u, g]);
      break;
    }
  }
  for (const [u, g] of joins) if (!groups[g]!.members.some((m) => sources[m] === sources[u])) groups[g]!.members.push(u);
}

/**
 * One clause, two facts, found by what is left over: a member of claim A also supports claim B when the part
 * of it that claim A does not explain — its concepts absent from A's members — agrees with B's members. "The
 * shift comes two months before the inauguration | to strengthen Ukraine's capabilities" is in the timing
 * claim by its first half and supports the strengthening claim by its second; a clause that only restates
 * A's words has no such remainder. Candidate claims come from the unit's links (never all pairs).
 */
function secondFacts(groups: Group[], sources: string[], adj: { j: number; sim: number }[][], vectors: Map<string, number>[], facts: Set<string>[], threshold: number): void {
  const live = groups.map((g) => g.members.length > 0);
  const centroids = groups.map((g) => {
    const c = new Centroid();
    for (const m of g.members) c.add(vectors[m]!);
    return c;
  });
  // How many members of each claim use each concept: linear in the claim's size, not quadratic.
  const termCounts = groups.map((g) => {
    const counts = new Map<string, number>();
    for (const m of g.members) for (const t of vectors[m]!.keys()) counts.set(t, (counts.get(t) ?? 0) + 1);
    return counts;
  });
  const homes = new Map<number, number[]>();
  groups.forEach((g, i) => {
    if (live[i]) for (const m of g.members) homes.set(m, [...(homes.get(m) ?? []), i]);
  });
  const joins: [number, number][] = [];
  for (const [u, own] of [...homes].sort((x, y) => x[0] - y[0])) {
    // What the other members of its claims say (the unit itself explains everything it says).
    const explained = (t: string): boolean => own.some((g) => (termCounts[g]!.get(t) ?? 0) > 1);
    const rest = new Map([...vectors[u]!].filter(([t]) => !explained(t) && (facts[u]?.has(t) ?? true)));
    let norm = 0;
    for (const w of rest.values()) norm += w * w;
    if (norm === 0) continue;
    norm = Math.sqrt(norm);
    let best = -1;
    let bestScore = threshold;
    const seen = new Set<number>();
    for (const e of adj[u]!) {
      for (const g of homes.get(e.j) ?? []) {
        if (seen.has(g) || own.includes(g)) continue;
        seen.add(g);
        if (groups[g]!.members.some((m) => sources[m] === sources[u])) continue;
        const score = centroids[g]!.meanCosine(rest) / norm;
        if (score > bestScore) {
          best = g;
          bestScore = score;
        }
      }
    }
    if (best >= 0) joins.push([u, best]);
  }
  for (const [u, g] of joins) if (!groups[g]!.members.some((m) => sources[m] === sources[u])) groups[g]!.members.push(u);
}
