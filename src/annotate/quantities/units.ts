/**
 * Units that follow or precede a figure. A unit says what scale a number is on (money, distance, time, share);
 * what is counted ("troops") is not a unit and goes to `counts`.
 */
import { escapeRegExp } from '../../util/regexp.js';

/** Currency symbols and codes before a figure, longest first so "US$" wins over "$". */
export const CURRENCY_PREFIX: [RegExp, string][] = [
  [/^(?:US\$|U\.S\.\s?\$)/, 'USD'],
  [/^A\$/, 'AUD'],
  [/^C\$/, 'CAD'],
  [/^\$/, 'USD'],
  [/^€/, 'EUR'],
  [/^£/, 'GBP'],
  [/^¥/, 'JPY'],
  [/^₴/, 'UAH'],
  [/^₽/, 'RUB'],
  [/^(USD|EUR|GBP|JPY|CHF|CNY|RUB|UAH|CAD|AUD)\s?(?=\d)/, ''],
];
/** The same as one alternation for the scanner. */
export const CURRENCY_PREFIX_SOURCE = String.raw`(?:US\$|U\.S\.\s?\$|A\$|C\$|\$|€|£|¥|₴|₽|(?:USD|EUR|GBP|JPY|CHF|CNY|RUB|UAH|CAD|AUD)\s?)`;

export function currencyOfPrefix(s: string): string | null {
  for (const [re, code] of CURRENCY_PREFIX) {
    const m = re.exec(s);
    if (m) return code || m[1]!;
  }
  return null;
}

/** Unit words after a figure, by their lower-case surface forms, to the unit name the brief uses. */
const UNIT_WORDS: [string[], string][] = [
  [['dollars', 'dollar', 'usd'], 'USD'],
  [['euros', 'euro', 'eur'], 'EUR'],
  [['pounds sterling', 'sterling', 'gbp'], 'GBP'],
  [['roubles', 'rubles', 'rouble', 'ruble'], 'RUB'],
  [['hryvnias', 'hryvnia', 'hryvnas'], 'UAH'],
  [['yen'], 'JPY'],
  [['yuan', 'renminbi'], 'CNY'],
  // Currencies without an ISO code of their own keep their word ("4.6 million crowns").
  [['crowns', 'crown', 'kronor', 'krona', 'kroner', 'krone'], 'crown'],
  [['francs', 'franc'], 'franc'],
  [['percentage points', 'percentage point'], 'percentage point'],
  [['per cent', 'percent', '%', 'pct'], '%'],
  [['square miles', 'square mile', 'sq mi'], 'sq mile'],
  [['square kilometres', 'square kilometers', 'square kilometre', 'square kilometer', 'sq km', 'km2', 'km²'], 'sq km'],
  [['miles', 'mile', 'mi'], 'mile'],
  [['kilometres', 'kilometers', 'kilometre', 'kilometer', 'km', 'kms'], 'km'],
  [['metres', 'meters', 'metre', 'meter'], 'm'],
  [['feet', 'foot', 'ft'], 'ft'],
  [['nautical miles', 'nautical mile'], 'nautical mile'],
  [['tonnes', 'tonne', 'tons', 'ton'], 't'],
  [['kilograms', 'kilogram', 'kg', 'kilos', 'kilo'], 'kg'],
  [['litres', 'liters', 'litre', 'liter'], 'l'],
  [['barrels', 'barrel'], 'barrel'],
  [['mph', 'miles per hour'], 'mph'],
  [['km/h', 'kph', 'kilometres per hour', 'kilometers per hour'], 'km/h'],
  [['seconds', 'second'], 'second'],
  [['minutes', 'minute'], 'minute'],
  [['hours', 'hour'], 'hour'],
  [['days', 'day'], 'day'],
  [['weeks', 'week'], 'week'],
  [['months', 'month'], 'month'],
  [['years', 'year'], 'year'],
  [['decades', 'decade'], 'decade'],
];

const UNIT_BY_WORD = new Map<string, string>();
for (const [words, unit] of UNIT_WORDS) for (const w of words) UNIT_BY_WORD.set(w, unit);

/** Alternation of unit words, longest first, for the scanner (matched right after a figure). */
export const UNIT_SOURCE = [...UNIT_BY_WORD.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'))
  .join('|');

export function unitOf(word: string): string | null {
  return UNIT_BY_WORD.get(word.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/** Whether a unit is money: currencies are ISO 4217 codes ("USD"), every other unit here is lower-case or a sign. */
export function isCurrencyCode(unit: string): boolean {
  return /^[A-Z]{3}$/.test(unit);
}

/** Factors to one base per dimension, so "190 miles" and "306 km" compare as the same measure. */
export const TO_BASE: Record<string, [string, number]> = {
  mile: ['length', 1.609344],
  km: ['length', 1],
  m: ['length', 0.001],
  ft: ['length', 0.0003048],
  'nautical mile': ['length', 1.852],
  t: ['mass', 1000],
  kg: ['mass', 1],
  second: ['time', 1 / 86400],
  minute: ['time', 1 / 1440],
  hour: ['time', 1 / 24],
  day: ['time', 1],
  week: ['time', 7],
  month: ['time', 30.44],
  year: ['time', 365.25],
  decade: ['time', 3652.5],
  mph: ['speed', 1.609344],
  'km/h': ['speed', 1],
};
