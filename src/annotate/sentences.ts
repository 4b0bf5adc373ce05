/**
 * Sentence boundaries inside each paragraph. Paragraphs never share a sentence: a quote that runs over
 * several paragraphs is several sentences here and one quote in the quotes layer.
 */
import type { Paragraph, Sentence, Span } from '../doc/types.js';

/** Abbreviations after which a full stop does not end a sentence (lower-case, without the dot). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt sgt cmdr adm sen rep gov pres st jr sr rev hon fr messrs mmes ' +
    'no nos vs etc inc corp ltd co bros dept est fig approx ca cf al jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'mon tue tues wed thu thur thurs fri sat sun u.s u.k u.n d.c e.g i.e a.m p.m n.y l.a ph.d'
  ).split(' '),
);

const CLOSERS = `"'”’)]»`;

/** True when the full stop at `dot` belongs to an abbreviation or an initial, not to a sentence end. */
function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (word === '') return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Single initials ("J. Smith") and dotted acronyms ("U.S.", "D.C.") where the next word is not a sentence start.
  if (/^\p{L}$/u.test(word)) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return false;
}

/** Whether an acronym-final dot ("U.S.") ends the sentence: only when a clear sentence start follows. */
function acronymEndsSentence(text: string, after: number): boolean {
  const next = text.slice(after).match(/^\s+(["“]?)(\p{Lu}\p{Ll}+)/u);
  if (!next) return false;
  // Sentence-initial function words make a break likely; a capitalised name ("U.S. President") does not.
  return /^(?:The|A|An|It|He|She|They|We|I|This|That|These|Those|But|And|In|On|At|As|However|Meanwhile|Earlier|Later)$/.test(next[2]!);
}

export function splitSentences(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  const end = span.end;
  for (let i = span.start; i < end; i++) {
    const c = text[i]!;
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    // Decimal numbers and thousands ("1.5", "10.000") are not ends.
    if (c === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    let j = i + 1;
    while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
    while (j < end && CLOSERS.includes(text[j]!)) j++;
    if (j < end && !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < end && /\s/.test(text[k]!)) k++;
    if (k >= end) break;
    const next = text[k]!;
    if (!/[\p{Lu}\d"“‘'([]/u.test(next)) continue;
    if (c === '.' && isAbbreviation(text, i)) {
      const word = text.slice(0, i).match(/[\p{L}.]+$/u)?.[0] ?? '';
      if (!(/\./.test(word) && acronymEndsSentence(text, j))) continue;
    }
    out.push({ start, end: j });
    start = k;
    i = k - 1;
  }
  if (start < end) {
    let e = end;
    while (e > start && /\s/.test(text[e - 1]!)) e--;
    if (e > start) out.push({ start, end: e });
  }
  return out;
}

export function sentenceLayer(text: string, paragraphs: Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, index) => {
    for (const s of splitSentences(text, p)) out.push({ ...s, paragraph: index, kind: p.kind });
  });
  return out;
}
