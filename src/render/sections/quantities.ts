import type { Brief, BriefQuantity } from '../../brief/types.js';
import type { CiteMap, Writer } from '../writer.js';
import { valueText } from './figures.js';
import { groupBy } from '../../util/group.js';

/** What a figure measures, as the heading it is listed under: what it counts, else its unit. */
function measureOf(q: BriefQuantity): string {
  if (q.counts) return q.counts;
  if (q.unit === null) return 'other';
  return /^[A-Z]{3}$/.test(q.unit) ? 'money' : q.unit === '%' ? 'share' : q.unit;
}

/** The `quantities` section ("Numbers"): each figure as written, its reading, and its source. */
export function renderQuantities(brief: Brief, w: Writer, cites: CiteMap): void {
  if (!brief.quantities?.length) return;
  w.heading('Numbers');
  const groups = groupBy(brief.quantities, measureOf);
  for (const [measure, qs] of [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
    w.item(w.em(measure));
    for (const q of qs) {
      const n = cites.get(q.source);
      w.item(`“${q.text}” ${w.dim('= ' + valueText(q))}`, n === undefined ? [] : [n], 1);
    }
  }
}
