/**
 * The `attributions` section: per report, every source it cites (outlet, agency, person, organisation,
 * anonymous, document) with the claims whose support lies in the cited passage.
 */
import type { Doc } from '../../doc/types.js';
import type { Claim, BriefAttribution } from '../types.js';

export function attributionsSection(docs: Doc[], claims: Claim[]): BriefAttribution[] {
  const out: BriefAttribution[] = [];
  for (const doc of docs) {
    // Only the claims this report supports can lie in its passages: found once per report, not per attribution.
    const here = claims.map((c) => ({ id: c.id, spans: c.support.filter((s) => s.source === doc.id) })).filter((c) => c.spans.length);
    for (const a of doc.layers.attributions) {
      const backed = here.filter((c) => c.spans.some((s) => s.start < a.scope.end && a.scope.start < s.end)).map((c) => c.id);
      out.push({ source: doc.id, cites: a.cites, kind: a.kind, start: a.start, end: a.end, text: a.text, claims: backed });
    }
  }
  return out;
}
