import type { Doc } from '../../doc/types.js';
import type { Claim, BriefEntity } from '../types.js';

/** The `entities` section of the brief, built from every report's layers and the aligned claims. */
export function entitiesSection(_docs: Doc[], _claims: Claim[]): BriefEntity[] {
  return [];
}
