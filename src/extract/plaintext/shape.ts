/**
 * What a line looks like on the page, from its shape alone: a headline, a heading inside the body, an outlet line.
 * Scraped text has lost its markup, so length, final punctuation and capitalisation are what is left to go by.
 */

export function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

const SENTENCE_END = /[.!?…:;"”’)\]]$/;
/** A line that ends on a function word was cut off or wraps on: it is not a heading. */
const DANGLING = /\b(?:a|an|the|and|or|but|of|to|in|on|for|with|by|at|from|that|which|who|is|are|was|were)$/i;
export const OUTLET_WORDS =
  /\b(?:media|news|group|press|times|post|herald|gazette|journal|tribune|daily|weekly|agency|network|radio|tv|television|broadcasting|online|magazine|review|observer|chronicle|courier|ledger|signal|express|mail|telegraph|guardian|independent|reuters|bloomberg|ap|afp|bbc|cnn|wire|report|today|insider|monitor|standard|star|sun|globe|record|dispatch|bulletin)\b|\.(?:com|net|org|co\.\w+|news)$/i;

/** A headline: short, no final full stop, opening like a title. */
export function looksLikeTitle(line: string): boolean {
  const n = words(line);
  return n >= 2 && n <= 30 && line.length <= 220 && !/[.:;,]$/.test(line) && /^[\p{Lu}\d"“‘'«]/u.test(line);
}

/**
 * A heading inside the body: a short line without final punctuation that opens with a capital and does not
 * read as a fragment. Short questions ("What happens next?") are headings too.
 */
export function looksLikeHeading(line: string): boolean {
  const n = words(line);
  if (n === 0 || n > 12 || line.length > 100) return false;
  if (!/^[\p{Lu}\d"“‘']/u.test(line)) return false;
  if (DANGLING.test(line)) return false;
  // Two sentences in one line are prose.
  if (/[.!?]\s+\p{Lu}/u.test(line)) return false;
  if (/\?$/.test(line)) return n <= 10 && !/^["“‘']/.test(line);
  return !SENTENCE_END.test(line);
}

/** An outlet line right below the headline: a few capitalised words naming a publication. */
export function looksLikeOutlet(line: string): boolean {
  const n = words(line);
  if (n === 0 || n > 5 || line.length > 60 || /[.!?,:;]$/.test(line)) return false;
  const capitalised = line
    .split(/\s+/)
    .every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:of|the|and|de|du|la|le|el|al|der|die|das)$/i.test(w));
  if (!capitalised) return false;
  return OUTLET_WORDS.test(line) || n <= 3;
}

/**
 * A page title that carries the outlet after a separator: "Biden approves strikes | Reuters",
 * "Footbridge collapses - Adalyn Gazette". A dash only splits when the tail is clearly a publication.
 */
export function splitTitleOutlet(line: string): { title: string; outlet: string } | null {
  const pipe = /^(.{8,}?)\s+[|｜]\s+([^|]{2,60})$/.exec(line);
  if (pipe && looksLikeOutlet(pipe[2]!)) return { title: pipe[1]!, outlet: pipe[2]! };
  const dash = /^(.{8,})\s+[-–—]\s+([^-–—]{2,60})$/.exec(line);
  if (dash && looksLikeOutlet(dash[2]!) && OUTLET_WORDS.test(dash[2]!)) return { title: dash[1]!, outlet: dash[2]! };
  return null;
}

/**
 * A label line above the headline: a kicker in capitals ("EXCLUSIVE", "WORLD NEWS"), a one-word section
 * ("Politics") or a publication name, directly above a longer line that reads as the headline.
 */
export function isLabelAbove(line: string, next: string): boolean {
  const n = words(line);
  if (n === 0 || n > 4 || /[.!?,:;]$/.test(line) || !looksLikeTitle(next) || words(next) < 4) return false;
  const caps = /\p{Lu}/u.test(line) && line === line.toUpperCase();
  return caps || n === 1 || (looksLikeOutlet(line) && OUTLET_WORDS.test(line));
}

/**
 * A short line ending in a colon right above a list ("Key facts about the bridge:") labels the list: a heading,
 * not a claim. A longer lead-in ("The decision is likely to have wide consequences:") is a sentence and stays prose.
 * Shared with the HTML extractor so a page and its plain text give the same paragraph kinds.
 */
export function isListCaption(text: string, nextIsListItem: boolean): boolean {
  return nextIsListItem && /:$/.test(text) && words(text) <= 6;
}
