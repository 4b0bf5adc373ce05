import type { Brief } from '../../brief/types.js';
import { citeNumbers, type CiteMap, type Writer } from '../writer.js';

/** The `timeline` section: dated events in order, each with the expression it was dated from. */
export function renderTimeline(brief: Brief, w: Writer, cites: CiteMap): void {
  if (!brief.timeline?.length) return;
  w.heading('Timeline');
  for (const t of brief.timeline) {
    const when = t.date ?? 'undated';
    const sources = [t.source, ...(t.also ?? []).map((a) => a.source)];
    w.item(`${w.em(when)} — ${t.event} ${w.dim(`(“${t.text}”${t.resolved ? ', resolved from the publication date' : ''})`)}`, citeNumbers(cites, sources));
  }
}
