import type { Brief } from '../../brief/types.js';
import type { CiteMap, Writer } from '../writer.js';

/** The `entities` section for readers; writes nothing when the brief has none. */
export function renderEntities(brief: Brief, _w: Writer, _cites: CiteMap): void {
  if (!brief.entities?.length) return;
}
