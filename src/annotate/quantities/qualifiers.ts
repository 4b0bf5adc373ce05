/**
 * Words that bound or hedge a figure. Matched against the text right before (or after) the figure; the
 * nearest phrase wins, so "estimated at more than 10,000" is more-than, not about.
 */
import type { QuantityQualifier } from '../../doc/types.js';

const BEFORE: [RegExp, QuantityQualifier][] = [
  [/\b(?:more\s+than|over|in\s+excess\s+of|upwards\s+of|above|exceeding|greater\s+than|north\s+of)\s+$/i, 'more-than'],
  [/\b(?:fewer\s+than|less\s+than|under|below|short\s+of|south\s+of)\s+$/i, 'less-than'],
  [/\b(?:at\s+least|no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of|a\s+minimum\s+of)\s+$/i, 'at-least'],
  [/\b(?:at\s+most|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of)\s+$/i, 'at-most'],
  [/\b(?:up\s+to|within|as\s+many\s+as|as\s+much\s+as|as\s+far\s+as|as\s+high\s+as|as\s+long\s+as)\s+$/i, 'up-to'],
  [
    /(?:\b(?:about|approximately|approx\.|around|roughly|some|nearly|almost|close\s+to|an\s+estimated|estimated\s+at|estimated|circa|c\.|an\s+approximate|a\s+rough)|~)\s*$/i,
    'about',
  ],
];

/** The qualifier a phrase ending right before a figure expresses, and that phrase's length in characters. */
export function qualifierBefore(before: string): { qualifier: QuantityQualifier; length: number } | null {
  let best: { qualifier: QuantityQualifier; length: number } | null = null;
  for (const [re, qualifier] of BEFORE) {
    const m = re.exec(before);
    // Every pattern ends at the figure, so the longest match is the most specific: "no more than" over "more than".
    if (m && (best === null || m[0].length > best.length)) best = { qualifier, length: m[0].length };
  }
  return best;
}

const AFTER: [RegExp, QuantityQualifier][] = [
  [/^(?:\s+or\s+more|\s*-?plus\b|\+)/i, 'at-least'],
  [/^(?:\s+or\s+so|\s+or\s+fewer|\s+or\s+less)/i, 'about'],
];

/** A qualifier written after the figure ("10,000-plus", "50 or so"), with its length. */
export function qualifierAfter(after: string): { qualifier: QuantityQualifier; length: number } | null {
  for (const [re, qualifier] of AFTER) {
    const m = re.exec(after);
    if (m) return { qualifier: /fewer|less/i.test(m[0]) ? 'at-most' : qualifier, length: m[0].length };
  }
  return null;
}
