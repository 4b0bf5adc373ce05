import type { Doc } from '../../doc/types.js';
import type { Claim, BriefQuote } from '../types.js';

/** The `quotes` section of the brief, built from every report's layers and the aligned claims. */
export function quotesSection(_docs: Doc[], _claims: Claim[]): BriefQuote[] {
  return [];
}
