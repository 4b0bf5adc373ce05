import type { Doc } from '../../doc/types.js';
import type { Claim, TimelineEntry } from '../types.js';

/** The `timeline` section of the brief, built from every report's layers and the aligned claims. */
export function timelineSection(_docs: Doc[], _claims: Claim[]): TimelineEntry[] {
  return [];
}
