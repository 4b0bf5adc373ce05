import type { Brief } from '../../brief/types.js';
import type { CiteMap, Writer } from '../writer.js';

/** The `attributions` section for readers; writes nothing when the brief has none. */
export function renderAttributions(brief: Brief, _w: Writer, _cites: CiteMap): void {
  if (!brief.attributions?.length) return;
}
