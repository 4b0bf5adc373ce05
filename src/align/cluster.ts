/**
 * Grouping linked units into claims without chaining. Plain union-find over similarity links lets one long
 * sentence glue unrelated facts together (A~B on one clause, B~C on another). Instead claims grow around a
 * centre, star-like: the unit that agrees best with the most reports becomes a centre; each other report
 * contributes the unit that best matches the centre, and only if it also agrees on average with the members
 * already taken (clique-like agreement), so no member is further than one link from the centre and none is
 * foreign to the rest. A report may add a second unit when that one restates the centre just as strongly.
 * Units taken by a claim cannot be centres again, but may support a later claim too: one sentence can state
 * several facts.
 */

export interface Link {
  a: number;
  b: number;
  sim: number;
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
  /** Minimum similarity to the centre for a second unit of a report already in the claim. */
  restate: number;
}

export function starClusters(
  sources: string[],
  links: Link[],
  sim: (a: number, b: number) => number,
  options: ClusterOptions,
): Group[] {
  const n = sources.length;
  const adj: { j: number; sim: number }[][] = Array.from({ length: n }, () => []);
  for (const l of links) {
    adj[l.a]!.push({ j: l.b, sim: l.sim });
    adj[l.b]!.push({ j: l.a, sim: l.sim });
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
  const agrees = (m: number, members: number[]): boolean => {
    const others = members.slice(1);
    if (others.length === 0) return true;
    const mean = others.reduce((acc, o) => acc + sim(m, o), 0) / others.length;
    return mean >= options.agreement;
  };
  const meanTo = (m: number, members: number[]): number => members.reduce((acc, o) => acc + sim(m, o), 0) / members.length;
  for (const c of order) {
    if (covered.has(c)) continue;
    const members = [c];
    const taken = new Set([sources[c]!]);
    let weight = 1;
    for (const e of adj[c]!) {
      if (covered.has(e.j) || taken.has(sources[e.j]!)) continue;
      if (!agrees(e.j, members)) continue;
      members.push(e.j);
      taken.add(sources[e.j]!);
      weight += e.sim;
    }
    if (members.length < 2) continue;
    for (const m of members) covered.add(m);
    groups.push({ centre: c, members, weight });
  }
  // Restatements: a unit left over (often a report's second wording of a fact) joins the claim it agrees with
  // best, if it is linked to that claim's centre and agrees with its members on average.
  for (const u of order) {
    if (covered.has(u)) continue;
    let best: Group | null = null;
    let bestScore = 0;
    for (const g of groups) {
      if (sim(u, g.centre) < options.link) continue;
      const score = meanTo(u, g.members);
      if (score >= options.restate && score > bestScore) {
        best = g;
        bestScore = score;
      }
    }
    if (best) {
      best.members.push(u);
      covered.add(u);
    }
  }
  for (const g of groups) g.members.sort((x, y) => x - y);
  return groups;
}

