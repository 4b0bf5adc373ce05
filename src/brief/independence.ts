/**
 * How many independent origins a claim really has. Five reports that all relay The New York Times are one
 * origin, not five; a syndicated copy adds nothing to the report it copies. What remains counts once each:
 * every cited outlet or agency, every named speaker, and every report's own reporting (anonymous sources and
 * documents a report cites are its own reporting, since nothing says two reports' unnamed officials differ
 * or agree).
 */
import type { Brief, BriefAttribution, BriefSource, Claim } from './types.js';

/** The earliest source a copy goes back to, following `copyOf` (cycles are cut). */
function rootOf(id: string, sources: Map<string, BriefSource>): string {
  const seen = new Set<string>();
  let current = id;
  for (;;) {
    seen.add(current);
    const next = sources.get(current)?.copyOf?.find((c) => !seen.has(c) && sources.has(c));
    if (!next) return current;
    current = next;
  }
}

const key = (s: string): string => s.toLowerCase().replace(/^the\s+/, '').replace(/[.’']/g, '');

/** The origins one report gives for a claim, as stable keys ("relay:new york times", "own:002"). */
function reportOrigins(claim: Claim, source: string, attributions: BriefAttribution[], sources: Map<string, BriefSource>): string[] {
  const cited = attributions.filter((a) => a.source === source && a.claims.includes(claim.id));
  const relayed = cited.filter((a) => a.kind === 'outlet' || a.kind === 'agency');
  if (relayed.length) return relayed.map((a) => `relay:${key(a.cites)}`);
  const speakers = cited.filter((a) => a.kind === 'person' || a.kind === 'organization');
  if (speakers.length) return speakers.map((a) => `speaker:${key(a.cites)}`);
  return [`own:${rootOf(source, sources)}`];
}

/**
 * The independent origins of one claim: reports that share an origin are one group (a report relaying two
 * outlets joins both outlets' groups), so the count never exceeds the number of reports.
 */
export function independentCount(claim: Claim, attributions: BriefAttribution[], sources: Map<string, BriefSource>): number {
  const groupOf = new Map<string, number>();
  const parent: number[] = [];
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const source of new Set(claim.support.map((s) => s.source))) {
    const me = parent.push(parent.length) - 1;
    for (const origin of reportOrigins(claim, source, attributions, sources)) {
      const other = groupOf.get(origin);
      if (other === undefined) groupOf.set(origin, me);
      else parent[find(me)] = find(other);
    }
  }
  return parent.filter((p, i) => find(i) === i && p === i).length;
}

/** Sets `independentSources` on every claim of the brief (in place) and returns the brief. */
export function withIndependence(brief: Brief): Brief {
  const sources = new Map(brief.sources.map((s) => [s.id, s]));
  const attributions = brief.attributions ?? [];
  for (const claim of brief.claims) claim.independentSources = independentCount(claim, attributions, sources);
  return brief;
}
