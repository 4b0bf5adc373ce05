import type { Brief } from '../../brief/types.js';
import type { CiteMap, Writer } from '../writer.js';

const LABEL = { conflict: 'Conflict', precision: 'Precision differs', wording: 'Worded differently' } as const;

/** The `discrepancies` section: each measure or fact with the reports' variants side by side and cited. */
export function renderDiscrepancies(brief: Brief, w: Writer, cites: CiteMap): void {
  if (!brief.discrepancies?.length) return;
  w.heading('Discrepancies');
  for (const d of brief.discrepancies) {
    const sides = d.variants.map((v) => {
      const n = cites.get(v.source);
      return `“${v.text}”${n === undefined ? '' : ' ' + w.cite([n])}`;
    });
    w.item(`${w.em(LABEL[d.kind])} — ${d.about}: ${sides.join(' vs ')}`);
  }
}
