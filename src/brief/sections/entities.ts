import type { Doc } from '../../doc/types.js';
import type { Claim, BriefEntity } from '../types.js';
import { mergeEntities } from '../../align/entities.js';

/** The `entities` section of the brief: one entry per real-world thing named across the reports. */
export function entitiesSection(docs: Doc[], _claims: Claim[]): BriefEntity[] {
  return mergeEntities(docs);
}
