/**
 * Header lines that carry metadata rather than report text: the byline ("By Jane Doe and John Roe, Reuters")
 * and the publication stamp ("Updated: 18 November 2024 14:02 GMT", "Published 3 hours ago").
 */
import { isoDay, monthNumber } from '../../ingest/dates.js';

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:van|von|de|da|del|der|den|di|du|le|la|ten|ter|bin|al|el)\s+){0,2}\p{Lu}[\p{L}'’.-]*){0,3}`;
// Case-sensitive on purpose: with the `i` flag \p{Lu} would match any letter, and names must be capitalised.
const BYLINE = new RegExp(String.raw`^(?:(?:[Ww]ritten|[Ww]ords|[Rr]eporting|WRITTEN|WORDS)\s+)?(?:[Bb]y|BY)\s*:?\s+(${NAME}(?:\s*(?:,|and|&)\s*${NAME})*)(?:\s*[,|•·–—-]\s*(.{2,60}))?$`, 'u');
/** Words that make a byline part a job or an organisation rather than a person. */
const NOT_PERSON =
  /\b(?:news|media|press|agency|times|post|herald|gazette|journal|tribune|daily|staff|correspondent|reporter|editor|writer|desk|team|service|online|network|group|reuters|bloomberg|afp|ap|bbc|cnn|associated)\b/i;

/** The persons named by a byline line, or null when the line is not a byline. */
export function parseByline(line: string): string[] | null {
  if (line.length > 120) return null;
  const m = BYLINE.exec(line);
  if (!m) return null;
  const names = m[1]!
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .map((n) => n.trim())
    .filter((n) => n !== '' && !NOT_PERSON.test(n));
  // "By the numbers" is a heading, not a byline: a person's name has two or more capitalised words.
  if (names.length === 0 || !names.every((n) => /^\p{Lu}/u.test(n) && n.split(/\s+/).length >= 2)) return null;
  return names;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return isoDay(y, m, d);
}

/** An absolute calendar date written in a stamp: 2024-11-18, 18 November 2024, Nov. 18, 2024. */
export function parseStampDate(s: string): string | null {
  let m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(s);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (m && monthNumber(m[2]!)) return iso(+m[3]!, monthNumber(m[2]!)!, +m[1]!);
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m && monthNumber(m[1]!)) return iso(+m[3]!, monthNumber(m[1]!)!, +m[2]!);
  return null;
}

const STAMP = /^(?:(?:last\s+)?updated|(?:first\s+)?published|posted|modified|last\s+modified|created)\b(?:\s+on|\s+at)?\s*[:-]?\s*(.{0,80})$/i;

export interface Stamp {
  kind: 'published' | 'modified';
  /** The calendar date when the stamp names one (relative stamps like "3 hours ago" give null). */
  date: string | null;
}

/** A publication or update stamp line. */
export function parseStamp(line: string): Stamp | null {
  const m = STAMP.exec(line);
  let kind: Stamp['kind'];
  let rest: string;
  if (m) {
    kind = /updated|modified/i.test(line.slice(0, 14)) ? 'modified' : 'published';
    rest = m[1] ?? '';
    if (!/\d|\bago\b|yesterday|today/i.test(rest)) return null;
  } else if (/^\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago$/i.test(line)) {
    return { kind: 'published', date: null };
  } else if (line.length <= 40 && /^(?:\p{L}+,\s+)?(?:\d{1,2}\s+\p{L}+|\p{L}+\.?\s+\d{1,2}),?\s+\d{4}(?:,?\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?$/iu.test(line)) {
    // A bare date line under a headline ("Monday, 18 November 2024") is a publication stamp too.
    kind = 'published';
    rest = line;
  } else {
    return null;
  }
  return { kind, date: parseStampDate(rest) };
}
