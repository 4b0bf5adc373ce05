import type { Brief } from '../../brief/types.js';
import type { CiteMap, Writer } from '../writer.js';

/** The `discrepancies` section for readers; writes nothing when the brief has none. */
export function renderDiscrepancies(brief: Brief, _w: Writer, _cites: CiteMap): void {
  if (!brief.discrepancies?.length) return;
}
