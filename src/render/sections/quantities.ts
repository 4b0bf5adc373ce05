import type { Brief } from '../../brief/types.js';
import type { CiteMap, Writer } from '../writer.js';

/** The `quantities` section for readers; writes nothing when the brief has none. */
export function renderQuantities(brief: Brief, _w: Writer, _cites: CiteMap): void {
  if (!brief.quantities?.length) return;
}
