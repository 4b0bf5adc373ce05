/**
 * The dates layer: every time expression of a report, resolved to an ISO prefix as precisely as the text
 * allows. Absolute expressions ("30 August 2024", "September 2022", "2022") resolve on their own; relative
 * ones ("yesterday", "on Sunday", "in May", "earlier this year", "in the coming days") resolve against the
 * publication date (the article's own, else `--date`), pointing back or forward by the tense around them.
 * Without a publication date a relative expression keeps `date: null`: nothing is invented.
 */
import type { DateMention, Doc } from '../../doc/types.js';
import type { AnnotateOptions } from '../options.js';
import { addDays, addMonths, commonPrefix, isValid, isoDay, isoMonth, isoYear, monthOf, parseDay, weekday, WEEKDAYS, type Day } from './calendar.js';
import { tenseAround, type Tense } from './tense.js';
import { tokensBySentence } from '../tokens.js';
import { NUMBER_WORDS } from '../quantities/numbers.js';

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
const DAY = String.raw`(?<day>[0-3]?\d)(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?<year>1[89]\d\d|20\d\d)`;
const WEEKDAY = String.raw`(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const COUNT = String.raw`(?<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|a\s+couple\s+of|several|some)`;
const UNIT = String.raw`(?<unit>days?|weeks?|months?|years?|decades?)`;

/** What a matched expression means before it is placed on the calendar. */
type Meaning =
  | { kind: 'absolute'; date: string }
  | { kind: 'day-month'; m: number; d: number }
  | { kind: 'month'; m: number; shift?: -1 | 0 | 1 }
  | { kind: 'weekday'; wd: number; shift?: -1 | 0 | 1 }
  | { kind: 'offset-days'; days: number }
  | { kind: 'this'; unit: 'year' | 'month' | 'week'; shift: number }
  | { kind: 'ago'; n: number | null; unit: string }
  | { kind: 'window'; unit: string; dir: -1 | 1 }
  | { kind: 'weekend'; shift?: -1 | 0 | 1 };

interface Pattern {
  re: RegExp;
  /** Case-sensitive patterns keep "may" (the verb) and "march" (the walk) out. */
  meaning: (g: Record<string, string | undefined>, m: RegExpExecArray) => Meaning | null;
}

const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, ...NUMBER_WORDS };

const num = (s: string | undefined): number | null => {
  if (!s) return null;
  const w = s.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return Number(w);
  return COUNT_WORDS[w] ?? null; // "a few", "several", "some": a count the text does not give
};

/** Which way "last"/"past"/"previous", "next"/"coming" and "this" move from the anchor. */
const shiftOf = (rel: string): -1 | 0 | 1 => (rel === 'last' || rel === 'past' || rel === 'previous' ? -1 : rel === 'next' || rel === 'coming' ? 1 : 0);

const absoluteDay = (y: number, m: number | null, d: number): Meaning | null => {
  if (m === null) return null;
  const day = { y, m, d };
  return isValid(day) ? { kind: 'absolute', date: isoDay(day) } : null;
};

/** "30 August", "Aug. 30": a day of a month in a year the publication date decides. */
const dayMonth = (g: Record<string, string | undefined>): Meaning | null => {
  const m = monthOf(g.mon!);
  const d = Number(g.day);
  return m === null || d < 1 || d > 31 ? null : { kind: 'day-month', m, d };
};

const PATTERNS: Pattern[] = [
  { re: /\b(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})\b/g, meaning: (g) => absoluteDay(Number(g.y), Number(g.mo), Number(g.d)) },
  { re: new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?(?<mon>${MONTH}),?\s+${YEAR}\b`, 'g'), meaning: (g) => absoluteDay(Number(g.year), monthOf(g.mon!), Number(g.day)) },
  { re: new RegExp(String.raw`\b(?<mon>${MONTH})\s+${DAY},?\s+${YEAR}\b`, 'g'), meaning: (g) => absoluteDay(Number(g.year), monthOf(g.mon!), Number(g.day)) },
  {
    re: new RegExp(String.raw`\b(?:(?:early|mid|late)[\s-]+)?(?<mon>${MONTH})(?:\s+of)?,?\s+${YEAR}\b`, 'g'),
    meaning: (g) => {
      const m = monthOf(g.mon!);
      return m === null ? null : { kind: 'absolute', date: isoMonth({ y: Number(g.year), m }) };
    },
  },
  {
    re: new RegExp(String.raw`\b(?:(?:early|mid|late|summer|spring|autumn|fall|winter)[\s-]+(?:of\s+)?)?${YEAR}(?![\p{L}\d])(?!\s*(?:[-–]\d|%|\s*(?:troops|soldiers|people|dollars|miles|km|kilometres|kilometers|tonnes|tons|percent|per cent)\b))`, 'gu'),
    // A year is a year only where a figure of that size would not be a count (see `plausible`).
    meaning: (g) => ({ kind: 'absolute', date: isoYear({ y: Number(g.year) }) }),
  },
  {
    re: new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?(?<mon>${MONTH})(?![\p{L}])`, 'gu'),
    meaning: dayMonth,
  },
  {
    re: new RegExp(String.raw`\b(?<mon>${MONTH})\s+${DAY}(?![\d\p{L}])`, 'gu'),
    meaning: dayMonth,
  },
  {
    re: new RegExp(String.raw`\b(?:(?<rel>last|next|this|past|coming)\s+|(?<pre>in|since|until|till|by|from|for|before|after|during|through|of|on|early|mid|late|mid-|between|and|to)\s+(?:(?:early|mid|late)[\s-]+)?)(?<mon>${MONTH})(?![\p{L}])`, 'gu'),
    meaning: (g) => {
      const m = monthOf(g.mon!);
      if (m === null) return null;
      const rel = g.rel?.toLowerCase();
      return { kind: 'month', m, ...(rel ? { shift: shiftOf(rel) } : {}) };
    },
  },
  {
    re: new RegExp(String.raw`\b(?:(?<rel>last|next|this|past|coming)\s+)?${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?\b`, 'g'),
    meaning: (g) => {
      const rel = g.rel?.toLowerCase();
      return {
        kind: 'weekday',
        wd: WEEKDAYS.indexOf(g.wd!.toLowerCase()),
        ...(rel ? { shift: shiftOf(rel) } : {}),
      };
    },
  },
  {
    re: /\b(?:(?<rel>last|next|this|past|coming)\s+weekend|(?:over|at|during)\s+the\s+weekend)\b/gi,
    meaning: (g) => {
      const rel = g.rel?.toLowerCase();
      return { kind: 'weekend', ...(rel ? { shift: shiftOf(rel) } : {}) };
    },
  },
  { re: /\b(?:the\s+day\s+before\s+yesterday)\b/gi, meaning: () => ({ kind: 'offset-days', days: -2 }) },
  { re: /\b(?:the\s+day\s+after\s+tomorrow)\b/gi, meaning: () => ({ kind: 'offset-days', days: 2 }) },
  { re: /\b(?:yesterday|last\s+night)\b/gi, meaning: () => ({ kind: 'offset-days', days: -1 }) },
  { re: /\b(?:(?:earlier|later)\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/gi, meaning: () => ({ kind: 'offset-days', days: 0 }) },
  { re: /\btomorrow\b/gi, meaning: () => ({ kind: 'offset-days', days: 1 }) },
  {
    re: /\b(?:(?:earlier|later)\s+(?:this|in\s+the)\s+|(?<rel>this|last|next|past|previous|coming)\s+)(?<unit>year|month|week|weekend)\b/gi,
    meaning: (g) => {
      const rel = (g.rel ?? 'this').toLowerCase();
      const unit = g.unit!.toLowerCase() === 'weekend' ? 'week' : (g.unit!.toLowerCase() as 'year' | 'month' | 'week');
      return { kind: 'this', unit, shift: shiftOf(rel) };
    },
  },
  {
    re: new RegExp(String.raw`\b${COUNT}\s+${UNIT}\s+ago\b`, 'gi'),
    meaning: (g) => ({ kind: 'ago', n: num(g.n), unit: g.unit!.toLowerCase().replace(/s$/, '') }),
  },
  {
    re: /\b(?:in\s+|over\s+|during\s+|within\s+)?(?:the\s+)?(?<dir>recent|past|last|coming|next)\s+(?:few\s+|couple\s+of\s+|24\s+|48\s+)?(?<unit>days|weeks|hours)\b/gi,
    meaning: (g) => ({ kind: 'window', unit: g.unit!.toLowerCase().replace(/s$/, ''), dir: /recent|past|last/i.test(g.dir!) ? -1 : 1 }),
  },
];

export function datesLayer(doc: Doc, options: AnnotateOptions): DateMention[] {
  const anchor = parseDay(doc.article.publishedAt) ?? parseDay(options.date ?? null);
  const { text } = doc;
  const bySentence = tokensBySentence(doc);
  const out: DateMention[] = [];
  doc.layers.sentences.forEach((sentence, si) => {
    const s = text.slice(sentence.start, sentence.end);
    const taken: { start: number; end: number; meaning: Meaning }[] = [];
    for (const p of PATTERNS) {
      p.re.lastIndex = 0;
      for (let m = p.re.exec(s); m; m = p.re.exec(s)) {
        const g = m.groups ?? {};
        let start = m.index;
        const end = m.index + m[0].length;
        // Prepositions introduce the expression; they are not part of it.
        const lead = /^(?:in|since|until|till|by|from|for|before|after|during|through|of|on|between|and|to|over|within)\s+(?:the\s+)?/i.exec(m[0]);
        if (lead && !/^(?:the\s+)?(?:day|recent|past|last|coming|next)/i.test(m[0].slice(lead[0].length)) ) start += lead[0].length;
        if (taken.some((t) => t.start < end && start < t.end)) continue;
        if (!plausible(s, start, end, m[0], g)) continue;
        const meaning = p.meaning(g, m);
        if (meaning) taken.push({ start, end, meaning });
      }
    }
    const tokens = bySentence[si]!;
    for (const t of taken.sort((a, b) => a.start - b.start)) {
      const tense = tenseAround(tokens, sentence.start + t.start, sentence.start + t.end);
      const { date, resolved } = place(t.meaning, anchor, tense);
      out.push({ start: sentence.start + t.start, end: sentence.start + t.end, text: s.slice(t.start, t.end), date, resolved });
    }
  });
  return out;
}

/** Keeps out matches that are not dates: "may" the verb, a bare year that is a count, "March" the verb. */
function plausible(s: string, start: number, end: number, whole: string, g: Record<string, string | undefined>): boolean {
  const before = s.slice(0, start);
  const after = s.slice(end);
  if (g.year && !g.mon && !g.day) {
    if (/[$€£¥]\s*$|\d[.,]?$/.test(before) || /^(?:\d|[.,]\d)/.test(after) || /^\s*(?:-|–)?\s*(?:year|member|strong|page|troops|soldiers|people)/i.test(after)) return false;
  }
  if (g.mon) {
    // Month names are capitalised; lower-case "may"/"march" are verbs.
    const mon = g.mon;
    if (!/^\p{Lu}/u.test(mon)) return false;
    if (/^(?:May|March)$/.test(mon) && !g.day && !g.year && !g.rel && !/^(?:in|since|until|till|by|from|for|before|after|during|through|of|early|mid|late|mid-|between)\s/i.test(whole)) return false;
  }
  if (g.wd && !/^\p{Lu}/u.test(g.wd)) return false;
  return true;
}

/** Puts a meaning on the calendar relative to the anchor day, or leaves it null when that would invent. */
function place(meaning: Meaning, anchor: Day | null, tense: Tense | null): { date: string | null; resolved: boolean } {
  if (meaning.kind === 'absolute') return { date: meaning.date, resolved: false };
  if (!anchor) return { date: null, resolved: false };
  const forward = tense === 'future';
  const done = (date: string | null) => ({ date, resolved: date !== null });
  switch (meaning.kind) {
    case 'day-month': {
      let y = anchor.y;
      const candidate = (yy: number) => yy * 10000 + meaning.m * 100 + meaning.d;
      const today = anchor.y * 10000 + anchor.m * 100 + anchor.d;
      if (forward && candidate(y) < today) y++;
      else if (!forward && candidate(y) > today) y--;
      const day = { y, m: meaning.m, d: meaning.d };
      return done(isValid(day) ? isoDay(day) : null);
    }
    case 'month': {
      let y = anchor.y;
      if (meaning.shift === -1 || (meaning.shift === undefined && !forward)) {
        if (meaning.m > anchor.m || (meaning.shift === -1 && meaning.m === anchor.m)) y--;
      } else if (meaning.shift === 1 || (meaning.shift === undefined && forward)) {
        if (meaning.m < anchor.m || (meaning.shift === 1 && meaning.m === anchor.m)) y++;
      }
      return done(isoMonth({ y, m: meaning.m }));
    }
    case 'weekday': {
      const today = weekday(anchor);
      const dir = meaning.shift ?? (forward ? 1 : -1);
      let delta: number;
      if (meaning.shift === 0) delta = meaning.wd - today;
      else if (dir < 0) delta = -((today - meaning.wd + 7) % 7);
      else delta = (meaning.wd - today + 7) % 7;
      if (meaning.shift === -1 && delta === 0) delta = -7;
      if (meaning.shift === 1 && delta === 0) delta = 7;
      return done(isoDay(addDays(anchor, delta)));
    }
    case 'offset-days':
      return done(isoDay(addDays(anchor, meaning.days)));
    case 'this': {
      if (meaning.unit === 'year') return done(isoYear({ y: anchor.y + meaning.shift }));
      if (meaning.unit === 'month') return done(isoMonth(addMonths(anchor, meaning.shift)));
      // A week has no ISO prefix of its own: the month (or year) that holds all of it.
      const monday = addDays(anchor, -((weekday(anchor) + 6) % 7) + 7 * meaning.shift);
      return done(commonPrefix(monday, addDays(monday, 6)));
    }
    case 'ago': {
      const unitDays: Record<string, number> = { day: 1, week: 7, month: 30, year: 365, decade: 3650 };
      if (meaning.n === null) {
        // "a few days ago": some day in the last week or so; the prefix all those days share.
        const span = (unitDays[meaning.unit] ?? 1) * 9;
        return done(commonPrefix(addDays(anchor, -span), addDays(anchor, -(unitDays[meaning.unit] ?? 1) * 2)));
      }
      if (meaning.unit === 'day') return done(isoDay(addDays(anchor, -meaning.n)));
      if (meaning.unit === 'week') return done(commonPrefix(addDays(anchor, -7 * meaning.n - 3), addDays(anchor, -7 * meaning.n + 3)));
      if (meaning.unit === 'month') return done(isoMonth(addMonths(anchor, -meaning.n)));
      if (meaning.unit === 'year') return done(isoYear({ y: anchor.y - meaning.n }));
      return done(null); // "two decades ago" names no year
    }
    case 'weekend': {
      // The Saturday and Sunday before (or, looking ahead, after) the anchor; the prefix both days share.
      const dir = meaning.shift ?? (forward ? 1 : -1);
      const today = weekday(anchor);
      const saturday = dir < 0 ? addDays(anchor, -((today + 1) % 7 || 7)) : addDays(anchor, (6 - today + 7) % 7 || 7);
      return done(commonPrefix(saturday, addDays(saturday, 1)));
    }
    case 'window': {
      const len = meaning.unit === 'week' ? 21 : 7;
      // "the past 24 hours" runs from yesterday into today.
      if (meaning.unit === 'hour') return done(meaning.dir < 0 ? commonPrefix(addDays(anchor, -1), anchor) : commonPrefix(anchor, addDays(anchor, 1)));
      return done(meaning.dir < 0 ? commonPrefix(addDays(anchor, -len), addDays(anchor, -1)) : commonPrefix(addDays(anchor, 1), addDays(anchor, len)));
    }
  }
}
