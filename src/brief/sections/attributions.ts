import type { Doc } from '../../doc/types.js';
import type { Claim, BriefAttribution } from '../types.js';

/** The `attributions` section of the brief, built from every report's layers and the aligned claims. */
export function attributionsSection(_docs: Doc[], _claims: Claim[]): BriefAttribution[] {
  return [];
}
