import type { Doc } from '../../doc/types.js';
import type { Claim, BriefDiscrepancy } from '../types.js';
import { numberDiscrepancies, wordingDiscrepancies } from '../../align/discrepancies.js';

const ORDER = { conflict: 0, precision: 1, wording: 2 } as const;

/**
 * The `discrepancies` section: figures of the same measure that differ between reports (conflict or
 * precision) and aligned facts that reports word in opposite ways. Conflicts come first: they matter most.
 */
export function discrepanciesSection(docs: Doc[], claims: Claim[]): BriefDiscrepancy[] {
  const order = new Map(docs.map((d, i) => [d.id, i]));
  // Overlapping claims can surface the same difference twice; one entry per set of variant spans.
  const seen = new Set<string>();
  const drafts = [...numberDiscrepancies(docs, claims), ...wordingDiscrepancies(docs, claims)].filter((d) => {
    const key = d.kind + '|' + d.variants.map((v) => `${v.source}:${v.start}:${v.end}`).sort().join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  for (const d of drafts) d.variants.sort((a, b) => order.get(a.source)! - order.get(b.source)! || a.start - b.start);
  drafts.sort(
    (a, b) =>
      ORDER[a.kind] - ORDER[b.kind] ||
      order.get(a.variants[0]!.source)! - order.get(b.variants[0]!.source)! ||
      a.variants[0]!.start - b.variants[0]!.start,
  );
  return drafts.map((d, i) => ({ id: `d${i + 1}`, ...d }));
}
