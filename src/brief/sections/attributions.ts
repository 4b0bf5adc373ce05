/**
 * The `attributions` section: per report, every source it cites (outlet, agency, person, organisation,
 * anonymous, document) with the claims whose support lies in the cited passage.
 */
import type { Doc } from '../../doc/types.js';
import type { Claim, BriefAttribution } from '../types.js';

export function attributionsSection(docs: Doc[], claims: Claim[]): BriefAttribution[] {
  const out: BriefAttribution[] = [];
  for (const doc of docs) {
    for (const a of doc.layers.attributions) {
      const backed = claims
        .filter((c) => c.support.some((s) => s.source === doc.id && s.start < a.scope.end && a.scope.start < s.end))
        .map((c) => c.id);
      out.push({ source: doc.id, cites: a.cites, kind: a.kind, start: a.start, end: a.end, text: a.text, claims: backed });
    }
  }
  return out;
}
