/**
 * Feed dates to ISO 8601, keeping the publisher's own UTC offset: converting "23:30 -05:00" to UTC would move
 * the calendar day, and the day is what relative dates in the text ("yesterday") are resolved against.
 */

/** Zone names RFC 822 allows in RSS dates. */
const RFC822_ZONES: Record<string, string> = {
  UT: '+00:00', UTC: '+00:00', GMT: '+00:00', Z: '+00:00',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number | string, width = 2) => String(n).padStart(width, '0');

/** The month (1–12) a month name or its abbreviation names (Nov, November), or null. */
export function monthNumber(word: string): number | null {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i < 0 ? null : i + 1;
}

/** YYYY-MM-DD of a year, month and day as given (not checked). */
export function isoDay(year: number | string, month: number | string, day: number | string): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** An ISO date or date-time as given (validated), an RFC 822 date converted, or null. */
export function feedDate(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).trim();
  if (text === '') return null;
  if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i.test(text)) {
    return Number.isNaN(Date.parse(text.replace(' ', 'T'))) ? null : text.replace(' ', 'T');
  }
  const m = /^(?:[A-Za-z]{3,9},?\s*)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{2}:?\d{2}|[A-Za-z]{1,4})?$/.exec(text);
  if (m) {
    const month = monthNumber(m[2]!);
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    if (month === null) return null;
    const day = isoDay(year, month, m[1]!);
    if (m[4] === undefined) return Number.isNaN(Date.parse(day)) ? null : day;
    const zone = m[7] ? (RFC822_ZONES[m[7].toUpperCase()] ?? (/^[+-]\d{2}:?\d{2}$/.test(m[7]) ? `${m[7].slice(0, 3)}:${m[7].slice(-2)}` : null)) : '+00:00';
    if (zone === null) return null;
    const iso = `${day}T${pad(m[4])}:${m[5]}:${m[6] ?? '00'}${zone === '+00:00' ? 'Z' : zone}`;
    return Number.isNaN(Date.parse(iso)) ? null : iso;
  }
  return null;
}
