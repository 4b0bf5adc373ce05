import type { Doc } from '../../doc/types.js';
import type { Claim, BriefQuantity } from '../types.js';

/** The `quantities` section of the brief, built from every report's layers and the aligned claims. */
export function quantitiesSection(_docs: Doc[], _claims: Claim[]): BriefQuantity[] {
  return [];
}
