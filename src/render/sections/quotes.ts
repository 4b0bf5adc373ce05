import type { Brief } from '../../brief/types.js';
import type { CiteMap, Writer } from '../writer.js';

/** The `quotes` section for readers; writes nothing when the brief has none. */
export function renderQuotes(brief: Brief, _w: Writer, _cites: CiteMap): void {
  if (!brief.quotes?.length) return;
}
