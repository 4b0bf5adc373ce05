import type { Brief } from '../../brief/types.js';
import type { CiteMap, Writer } from '../writer.js';
import { renderClaims, renderSources, renderSummary } from './core.js';
import { renderQuotes } from './quotes.js';
import { renderEntities } from './entities.js';
import { renderQuantities } from './quantities.js';
import { renderDiscrepancies } from './discrepancies.js';
import { renderAttributions } from './attributions.js';
import { renderTimeline } from './timeline.js';
import { renderChanges } from './changes.js';

/** Every surface shows the sections in this order. */
export const SECTIONS: ((brief: Brief, w: Writer, cites: CiteMap) => void)[] = [
  renderSummary,
  renderSources,
  renderClaims,
  renderDiscrepancies,
  renderQuotes,
  renderAttributions,
  renderEntities,
  renderQuantities,
  renderTimeline,
  renderChanges,
];

export function citeMapOf(brief: Brief): CiteMap {
  return new Map(brief.sources.map((s, i) => [s.id, i + 1]));
}
