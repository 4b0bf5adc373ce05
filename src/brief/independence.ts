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

/** The origins of one claim, as stable keys ("relay:new york times", "own:002"). */
export function originsOf(claim: Claim, attributions: BriefAttribution[], sources: Map<string, BriefSource>): Set<string> {
  const origins = new Set<string>();
  for (const source of new Set(claim.support.map((s) => s.source))) {
    const cited = attributions.filter((a) => a.source === source && a.claims.includes(claim.id));
    const relayed = cited.filter((a) => a.kind === 'outlet' || a.kind === 'agency');
    const speakers = cited.filter((a) => a.kind === 'person' || a.kind === 'organization');
    if (relayed.length) for (const a of relayed) origins.add(`relay:${key(a.cites)}`);
    else if (speakers.length) for (const a of speakers) origins.add(`speaker:${key(a.cites)}`);
    else origins.add(`own:${rootOf(source, sources)}`);
  }
  return origins;
}

/** Sets `independentSources` on every claim of the brief (in place) and returns the brief. */
export function withIndependence(brief: Brief): Brief {
  const sources = new Map(brief.sources.map((s) => [s.id, s]));
  const attributions = brief.attributions ?? [];
  for (const claim of brief.claims) claim.independentSources = originsOf(claim, attributions, sources).size;
  return brief;
}
