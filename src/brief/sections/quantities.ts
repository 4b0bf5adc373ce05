import type { Doc } from '../../doc/types.js';
import type { Claim, BriefQuantity } from '../types.js';

/** The `quantities` section: every figure of every report, in report order, each with its source span. */
export function quantitiesSection(docs: Doc[], _claims: Claim[]): BriefQuantity[] {
  return docs.flatMap((doc) =>
    doc.layers.quantities.map((q) => ({
      source: doc.id,
      start: q.start,
      end: q.end,
      text: q.text,
      value: q.value,
      ...(q.high !== undefined ? { high: q.high } : {}),
      unit: q.unit,
      counts: q.counts,
      qualifier: q.qualifier,
    })),
  );
}
