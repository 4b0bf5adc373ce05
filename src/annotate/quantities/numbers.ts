/**
 * Numbers as news text writes them: digits with thousands separators and decimals ("10,000", "3.5"), number
 * words ("seven", "twenty-five", "one hundred and fifty"), scale words ("$175 billion", "£2m", "1.2bn") and
 * the words for a magnitude without a figure ("thousands of", "in the hundreds", "a dozen").
 */

/** Number words below twenty, the dates layer's counts ("three days ago") included. */
export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
export const SCALES: Record<string, number> = {
  hundred: 100, dozen: 12, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12,
};

const UNIT_WORD = Object.keys(NUMBER_WORDS).join('|');
const TENS_WORD = Object.keys(TENS).join('|');
/** One number written in words, up to the hundreds ("seven", "twenty-five", "one hundred and fifty"). */
const WORD_NUMBER = `(?:(?:${TENS_WORD})(?:[- ](?:${UNIT_WORD}))?|${UNIT_WORD})(?:\\s+hundred(?:\\s+(?:and\\s+)?(?:(?:${TENS_WORD})(?:[- ](?:${UNIT_WORD}))?|${UNIT_WORD}))?)?`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** "a hundred", "a thousand", "half a million". */
const ARTICLE_NUMBER = String.raw`(?:half\s+)?an?\s+(?=(?:hundred|dozen|thousand|million|billion|trillion)\b)`;

/** A figure with an optional scale: "10,000", "175 billion", "2m", "seven", "a million", "1.5 million". */
export const FIGURE = `(?:${DIGITS}|${WORD_NUMBER}|${ARTICLE_NUMBER})(?:\\s*(?:hundred|dozen|thousand|million|billion|trillion)\\b|(?<=\\d)(?:k|m|mn|mln|bn|b|tn|trn)\\b)*`;

/** The value of a figure matched by FIGURE (case-insensitive). */
export function figureValue(raw: string): number | null {
  let s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  let factor = 1;
  if (s.startsWith('half ')) {
    factor = 0.5;
    s = s.slice(5);
  }
  s = s.replace(/^an? (?=hundred|dozen|thousand|million|billion|trillion)/, 'one ');
  // Split the scale words off the end ("175 billion", "2m", "one hundred thousand").
  const m = /^([\d.,]+)\s*([a-z ]*)$/.exec(s);
  if (m) {
    const base = Number(m[1]!.replace(/,/g, ''));
    if (!Number.isFinite(base)) return null;
    const scale = scaleOf(m[2]!);
    return scale === null ? null : base * scale * factor;
  }
  const words = s.replace(/-/g, ' ').split(' ').filter((w) => w !== 'and');
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of words) {
    if (w in NUMBER_WORDS) current += NUMBER_WORDS[w]!;
    else if (w in TENS) current += TENS[w]!;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w in SCALES) {
      total += (current || 1) * SCALES[w]!;
      current = 0;
    } else return null;
    any = true;
  }
  return any ? (total + current) * factor : null;
}

function scaleOf(words: string): number | null {
  let scale = 1;
  for (const w of words.split(' ').filter(Boolean)) {
    const f = SCALES[w];
    if (f === undefined) return null;
    scale *= f;
  }
  return scale;
}

/** Plural magnitude words used without a figure ("thousands of troops", "numbering in the hundreds"). */
export const MAGNITUDES: Record<string, number> = {
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
};

/** "tens of thousands" → 10,000; "hundreds of thousands" → 100,000; "thousands" → 1,000. */
export function magnitudeValue(raw: string): number {
  const digits = /^([\d,]+)s$/.exec(raw.trim());
  if (digits) return Number(digits[1]!.replace(/,/g, ''));
  const words = raw.toLowerCase().split(/\s+of\s+|\s+/).filter((w) => w in MAGNITUDES || w === 'tens');
  let v = 1;
  for (const w of words) v *= w === 'tens' ? 10 : MAGNITUDES[w]!;
  return v;
}
