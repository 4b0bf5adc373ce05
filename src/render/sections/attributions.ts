/**
 * The "Sourcing" section for readers: per report, whom it cites and how much of it is relayed rather than its
 * own reporting; then the facts whose independent sources are fewer than the reports stating them.
 */
import type { Brief, BriefAttribution } from '../../brief/types.js';
import { citeNumbers, type CiteMap, type Writer } from '../writer.js';
import { reportCount } from '../../brief/reports.js';

const KIND_LABEL: Record<BriefAttribution['kind'], string> = {
  outlet: 'outlet',
  agency: 'agency',
  person: 'person',
  organization: 'organisation',
  anonymous: 'unnamed',
  document: 'document',
};

export function renderAttributions(brief: Brief, w: Writer, cites: CiteMap): void {
  const attributions = brief.attributions ?? [];
  const fewer = brief.claims.filter((c) => c.independentSources !== undefined && c.independentSources < reportCount(c.support));
  if (attributions.length === 0 && fewer.length === 0) return;
  w.heading('Sourcing');
  for (const source of brief.sources) {
    const own = attributions.filter((a) => a.source === source.id);
    const n = cites.get(source.id)!;
    const claimsHere = brief.claims.filter((c) => c.support.some((s) => s.source === source.id));
    // Relayed: backed by another news organisation. Sourced: backed by a person, body, document or unnamed
    // source the report itself cites. The rest carries no attribution: the report's own reporting.
    const relayed = claimsHere.filter((c) => own.some((a) => (a.kind === 'outlet' || a.kind === 'agency') && a.claims.includes(c.id)));
    const sourced = claimsHere.filter((c) => !relayed.includes(c) && own.some((a) => a.claims.includes(c.id)));
    if (own.length === 0) {
      w.item(`${w.cite([n])} names no source: all ${claimsHere.length} facts are its own reporting`);
      continue;
    }
    const byCited = new Map<string, { kind: BriefAttribution['kind']; count: number }>();
    for (const a of own) {
      const k = `${a.kind}\u0000${a.cites}`;
      byCited.set(k, { kind: a.kind, count: (byCited.get(k)?.count ?? 0) + 1 });
    }
    const names = [...byCited.entries()].map(([k, v]) => `${k.split('\u0000')[1]} (${KIND_LABEL[v.kind]}${v.count > 1 ? `, ×${v.count}` : ''})`);
    w.item(`${w.cite([n])} cites ${names.join(', ')}`);
    const rest = claimsHere.length - relayed.length - sourced.length;
    w.item(`of its ${claimsHere.length} facts: ${relayed.length} relayed from other news organisations, ${sourced.length} attributed to its own sources, ${rest} unattributed`, undefined, 1);
  }
  if (fewer.length) {
    w.subheading('Fewer independent sources than reports');
    for (const c of fewer) {
      w.item(`${c.text} — ${reportCount(c.support)} reports, ${c.independentSources} independent`, citeNumbers(cites, c.support.map((s) => s.source)));
    }
  }
}
