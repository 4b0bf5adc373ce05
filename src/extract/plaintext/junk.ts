/** Page furniture that scrapers leave in the text: link lists, share prompts, subscription calls. */

const TRAILER_STARTS = [
  /^you may also like\b/i,
  /^(?:read|see) also\b:?/i,
  /^related(?: (?:articles?|stories|news|content|coverage|posts|reading))?:?$/i,
  /^more (?:from|on|stories|news)\b.{0,40}$/i,
  /^(?:recommended|trending|most read|popular)(?: (?:stories|articles|now|for you))?:?$/i,
  /^(?:also read|don'?t miss|top stories|latest news)\b:?.{0,40}$/i,
];

const JUNK_LINES: [RegExp, string][] = [
  [/^(?:read|see) also\b:?.{0,200}$/i, 'read-also link'],
  [/^share (?:this|on)\b.{0,60}$/i, 'share prompt'],
  [/^(?:share|tweet|email|print|facebook|twitter|whatsapp|linkedin)(?:\s*[|·,/]\s*(?:share|tweet|email|print|facebook|twitter|x|whatsapp|linkedin))*$/i, 'share bar'],
  [/^(?:subscribe|sign up)\b.{0,120}$/i, 'subscribe prompt'],
  [/\b(?:newsletter|subscribe now|sign up for)\b.{0,80}$/i, 'subscribe prompt'],
  [/^(?:advertisement|sponsored(?: content)?|ad)$/i, 'advertisement'],
  [/^(?:follow us|click here|download (?:our|the) app)\b.{0,100}$/i, 'call to action'],
  [/^(?:photo|image|picture|credit|getty images|reuters photo)\s*[:.]/i, 'caption or credit'],
  [/^(?:©|copyright\b)/i, 'copyright line'],
];

/** Reason why this line alone is junk, or null. Long lines are never junk: they are prose that merely mentions it. */
export function classifyJunk(line: string): string | null {
  if (line.length > 140) return null;
  for (const re of TRAILER_STARTS) if (re.test(line)) return 'trailer: ' + line.replace(/:$/, '').toLowerCase();
  for (const [re, reason] of JUNK_LINES) if (re.test(line)) return reason;
  return null;
}

/** A line that opens trailing junk: everything from it to the end is furniture, not the report. */
export function isJunkTrailerStart(line: string, rest: string[]): boolean {
  if (line.length > 60) return false;
  if (!TRAILER_STARTS.some((re) => re.test(line))) return false;
  // A trailer is followed by headlines (short lines without final full stop), or by nothing.
  return rest.every((l) => l.length < 200 && !/[.]$/.test(l)) || rest.length === 0;
}
