/**
 * Wire datelines open the first paragraph: "NEW YORK, – In a ...", "KYIV (Reuters) - ...", "LONDON: ...".
 * The place is in capitals; an agency may follow in parentheses; a dash or colon ends it.
 */
const DATELINE =
  /^((?:[\p{Lu}][\p{Lu}.'’-]*)(?:[ ,]+[\p{Lu}][\p{Lu}.'’-]*){0,4})(?:,\s*[\p{L} .]{2,30}?)?(?:\s*\(([^)]{2,40})\))?\s*[,]?\s*(?:[-–—:]+)\s*/u;

export function splitDateline(line: string): { dateline: string; agency: string | null; bodyStart: number } | null {
  const m = DATELINE.exec(line);
  if (!m || !m[1]) return null;
  const place = m[1].replace(/[,\s]+$/, '');
  if (place.replace(/[^\p{Lu}]/gu, '').length < 2) return null;
  const rest = line.slice(m[0].length);
  if (!/^[\p{Lu}"“‘']/u.test(rest)) return null;
  return { dateline: place, agency: m[2] ?? null, bodyStart: m[0].length };
}
