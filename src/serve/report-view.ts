/** One report of a brief with every span that concerns it, by layer: what the report view highlights. */
import type { Brief, BriefSource } from '../brief/types.js';

export type Highlight = { start: number; end: number; layer: 'consensus' | 'corroborated' | 'single-source' | 'quote' | 'number' | 'date'; ref: string };

export interface ReportView {
  source: BriefSource;
  number: number;
  highlights: Highlight[];
}

export function reportView(brief: Brief, sourceId: string): ReportView | null {
  const index = brief.sources.findIndex((s) => s.id === sourceId);
  if (index < 0) return null;
  const highlights: Highlight[] = [];
  for (const c of brief.claims) for (const s of c.support) if (s.source === sourceId) highlights.push({ start: s.start, end: s.end, layer: c.status, ref: c.id });
  for (const q of brief.quotes ?? []) for (const o of q.occurrences) if (o.source === sourceId) highlights.push({ start: o.start, end: o.end, layer: 'quote', ref: q.id });
  for (const q of brief.quantities ?? []) if (q.source === sourceId) highlights.push({ start: q.start, end: q.end, layer: 'number', ref: q.text });
  for (const t of brief.timeline ?? []) if (t.source === sourceId) highlights.push({ start: t.start, end: t.end, layer: 'date', ref: t.date ?? '' });
  highlights.sort((a, b) => a.start - b.start || b.end - a.end);
  return { source: brief.sources[index]!, number: index + 1, highlights };
}
