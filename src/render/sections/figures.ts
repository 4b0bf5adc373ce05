/** How figures read in the brief: "> 10,000", "~ 50,000", "40–60", "thousands", "$175 billion". */
import type { QuantityQualifier } from '../../doc/types.js';

function grouped(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [int, frac] = String(Math.round(n * 100) / 100).split('.');
  return int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : '');
}

/** A figure in words a reader scans quickly: large round values keep their scale word. */
export function figure(n: number): string {
  for (const [scale, word] of [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const) {
    if (Math.abs(n) >= scale && Number.isInteger(Math.round((n / scale) * 100))) return `${grouped(n / scale)} ${word}`;
  }
  return grouped(n);
}

const MAGNITUDE_WORDS: [number, string][] = [
  [1e9, 'billions'],
  [1e6, 'millions'],
  [1e5, 'hundreds of thousands'],
  [1e4, 'tens of thousands'],
  [1e3, 'thousands'],
  [100, 'hundreds'],
  [20, 'scores'],
  [12, 'dozens'],
];

const SIGN: Partial<Record<QuantityQualifier, string>> = {
  'more-than': '> ',
  'at-least': '≥ ',
  'less-than': '< ',
  'at-most': '≤ ',
  'up-to': 'up to ',
  about: '~ ',
};

export function valueText(q: { value: number; high?: number; unit: string | null; qualifier: QuantityQualifier }): string {
  // "%" sticks to its figure ("12%"); every other unit, currency codes included, follows a space ("175 billion USD").
  const unit = q.unit === null ? '' : q.unit === '%' ? '%' : ` ${q.unit}`;
  if (q.qualifier === 'order-of-magnitude') return (MAGNITUDE_WORDS.find(([v]) => q.value >= v)?.[1] ?? figure(q.value)) + unit;
  if (q.qualifier === 'range') return `${figure(q.value)}–${figure(q.high ?? q.value)}${unit}`;
  return `${SIGN[q.qualifier] ?? ''}${figure(q.value)}${unit}`;
}
