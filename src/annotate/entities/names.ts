/**
 * How names compare. Mentions differ in case, dots, apostrophes, diacritics and possessive endings; these
 * functions fold such differences so "U.S." = "US", "Zelenskyy’s" = "zelenskyy", "Erdoğan" = "erdogan".
 */

const keys = new Map<string, string>();

/** A comparison key for a name or a phrase: lower case, no diacritics, dots, commas or possessive ending. */
export function nameKey(s: string): string {
  let k = keys.get(s);
  if (k === undefined) {
    // Names and phrases repeat across a story; the cache is bounded so a long-running server does not grow.
    if (keys.size > 50000) keys.clear();
    k = computeKey(s);
    keys.set(s, k);
  }
  return k;
}

function computeKey(s: string): string {
  return (/^[\x20-\x7e]*$/.test(s) ? s : s.normalize('NFD'))
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/(\p{L})'s?(?=\s|$)/gu, '$1')
    .replace(/[.,]/g, '')
    .replace(/[-‐‑‒–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a name as keys ("Paul Van Hooft" → ["paul", "van", "hooft"]). */
export function nameWords(s: string): string[] {
  const k = nameKey(s);
  return k === '' ? [] : k.split(' ');
}

/** True when `short` is the last words of `full` ("Van Hooft" of "Paul Van Hooft"), and shorter. */
export function isNameSuffix(short: string[], full: string[]): boolean {
  if (short.length === 0 || short.length >= full.length) return false;
  const off = full.length - short.length;
  return short.every((w, i) => full[off + i] === w);
}

/**
 * True when `acronym` abbreviates `words`: its letters are taken, in order, from the start of each word (a word
 * may give several letters: "ATACMS" = "Army TACtical Missile Systems"). Small words may give none.
 */
export function abbreviates(acronym: string, words: string[]): boolean {
  const a = acronym.toLowerCase().replace(/[^a-z0-9]/g, '');
  const ws = words.map((w) => w.toLowerCase()).filter((w) => w !== '');
  if (a.length < 2 || ws.length < 2) return false;
  const SMALL = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'la', '&']);
  const go = (ai: number, wi: number): boolean => {
    if (ai === a.length) return ws.slice(wi).every((w) => SMALL.has(w));
    if (wi === ws.length) return false;
    const w = ws[wi]!;
    if (SMALL.has(w) && go(ai, wi + 1)) return true;
    // This word gives 1..n letters from its start.
    for (let n = 1; n <= w.length && ai + n <= a.length; n++) {
      if (w[n - 1] !== a[ai + n - 1]) break;
      if (go(ai + n, wi + 1)) return true;
    }
    return false;
  };
  return go(0, 0);
}
