/** Calendar arithmetic on plain ISO dates (UTC, no time of day), so results never depend on the machine's zone. */

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Month number (1–12) of a month name or its abbreviation ("Sept", "Aug."). */
export function monthOf(name: string): number | null {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n.length < 3) return null;
  const i = MONTHS.findIndex((m) => m.startsWith(n.slice(0, 3)) && m.startsWith(n === 'sept' ? 'sep' : n));
  return i < 0 ? null : i + 1;
}

export interface Day {
  y: number;
  m: number;
  d: number;
}

/** The calendar day of an ISO date or date-time; null when it is not one. */
export function parseDay(iso: string | null | undefined): Day | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValid(day) ? day : null;
}

export function isValid(day: Day): boolean {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d));
  return t.getUTCFullYear() === day.y && t.getUTCMonth() === day.m - 1 && t.getUTCDate() === day.d;
}

export function addDays(day: Day, n: number): Day {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addMonths(day: Day, n: number): Day {
  const total = day.y * 12 + (day.m - 1) + n;
  return { y: Math.floor(total / 12), m: (total % 12) + 1, d: 1 };
}

export function weekday(day: Day): number {
  return new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
}

const pad = (n: number): string => String(n).padStart(2, '0');
export const isoDay = (d: Day): string => `${d.y}-${pad(d.m)}-${pad(d.d)}`;
export const isoMonth = (d: { y: number; m: number }): string => `${d.y}-${pad(d.m)}`;
export const isoYear = (d: { y: number }): string => String(d.y);

/** The most precise ISO prefix that holds every day of a window: a day, a month, a year, or null. */
export function commonPrefix(from: Day, to: Day): string | null {
  if (from.y !== to.y) return null;
  if (from.m !== to.m) return isoYear(from);
  if (from.d !== to.d) return isoMonth(from);
  return isoDay(from);
}
