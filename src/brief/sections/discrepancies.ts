import type { Doc } from '../../doc/types.js';
import type { Claim, BriefDiscrepancy } from '../types.js';

/** The `discrepancies` section of the brief, built from every report's layers and the aligned claims. */
export function discrepanciesSection(_docs: Doc[], _claims: Claim[]): BriefDiscrepancy[] {
  return [];
}
