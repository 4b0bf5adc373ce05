/**
 * Wire datelines open the first paragraph and are not part of its first sentence:
 *   "NEW YORK, – In a …"            "LONDON (Reuters) - …"        "WASHINGTON — …"
 *   "KYIV, Nov 18 (Reuters) – …"    "KYIV, Ukraine (AP) — …"      "LONDON/PARIS (Reuters) -- …"
 *   "Paris, 17 November: …"         "Geneva (AFP) - …"              "(CNN) — …"
 * A place in capitals may stand alone; a place in title case only counts with a date or an agency after it,
 * because "Paris, the capital, …" and "Putin: “…”" are sentences, not datelines.
 */

const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}.'’-]*(?:[ /]+\p{Lu}[\p{Lu}.'’-]*){0,4}`;
const TITLE_PLACE = String.raw`\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}`;
/** ", Nov 18" / ", Nov. 18, 2024" / ", 17 November" / ", Ukraine": one or two of these follow the place. */
const DATE = String.raw`\p{L}{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+\p{L}{3,9}\.?(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2}`;
const REGION = String.raw`\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?`;
const AGENCY = String.raw`\s*\(([^()]{2,40})\)`;
const SEPARATOR = String.raw`\s*,?\s*(?:--|[-–—:])\s*`;

const CAPS_DATELINE = new RegExp(
  String.raw`^(${CAPS_PLACE})((?:,\s*(?:${DATE}|${REGION})){0,2})(?:${AGENCY})?${SEPARATOR}`,
  'u',
);
const TITLE_DATELINE = new RegExp(
  String.raw`^(${TITLE_PLACE})((?:,\s*(?:${REGION}))?(?:,\s*(?:${DATE})))?(?:${AGENCY})?${SEPARATOR}`,
  'u',
);

/** Capitalised openers that are kickers or labels, not places. */
const NOT_PLACES = new Set(
  'BREAKING UPDATE UPDATED EXCLUSIVE WATCH LIVE ANALYSIS OPINION EDITORIAL NEWS COMMENT REVIEW FACT CHECK CORRECTION PHOTOS VIDEO NOTE'.split(' '),
);

export interface Dateline {
  /** The place, without date, agency and dash: "NEW YORK", "KYIV", "Paris"; null for "(CNN) —", which has none. */
  dateline: string | null;
  /** The agency in parentheses, if any: "Reuters". */
  agency: string | null;
  /** Where the body text starts in the line. */
  bodyStart: number;
}

/** "(CNN) — …": an agency or network in parentheses with no place. */
const AGENCY_ONLY = /^\(([\p{Lu}][\p{L}&. ]{1,30})\)\s*(?:--|[-–—])\s*/u;

export function splitDateline(line: string): Dateline | null {
  const agencyOnly = AGENCY_ONLY.exec(line);
  if (agencyOnly && /^[\p{Lu}\d"“‘'«]/u.test(line.slice(agencyOnly[0].length))) {
    return { dateline: null, agency: agencyOnly[1]!.trim(), bodyStart: agencyOnly[0].length };
  }
  const caps = CAPS_DATELINE.exec(line);
  const title = caps ? null : TITLE_DATELINE.exec(line);
  const m = caps ?? title;
  if (!m || !m[1]) return null;
  const place = m[1].replace(/[,\s]+$/, '');
  if (caps) {
    if (place.replace(/[^\p{Lu}]/gu, '').length < 2) return null;
    if (place.split(/[ /]+/).some((w) => NOT_PLACES.has(w.replace(/[^\p{Lu}]/gu, '')))) return null;
  } else if (!m[2] && !m[3]) {
    return null;
  }
  const rest = line.slice(m[0].length);
  if (!/^[\p{Lu}\d"“‘'«]/u.test(rest)) return null;
  return { dateline: place, agency: m[3]?.trim() ?? null, bodyStart: m[0].length };
}
