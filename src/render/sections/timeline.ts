import type { Brief } from '../../brief/types.js';
import type { CiteMap, Writer } from '../writer.js';

/** The `timeline` section for readers; writes nothing when the brief has none. */
export function renderTimeline(brief: Brief, _w: Writer, _cites: CiteMap): void {
  if (!brief.timeline?.length) return;
}
