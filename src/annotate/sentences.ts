/**
 * Sentence boundaries inside each paragraph. Paragraphs never share a sentence: a quote that runs over
 * several paragraphs is several sentences here and one quote in the quotes layer.
 *
 * A boundary is a run of terminal punctuation (. ! ? …), then any closing quotes or brackets, then white space,
 * then something that can open a sentence. The hard part is the full stop that is not a boundary — abbreviations,
 * initials, acronyms, numbers, URLs — and the quoted question followed by its speech tag. Rules, not a model:
 * they are deterministic, fast, and explainable when a boundary is wrong.
 */
import type { Paragraph, Sentence, Span } from '../doc/types.js';

/** Titles and prefixes: a full stop after them never ends a sentence ("Dr. Pryce", "Gen. Milley", "e.g. the"). */
const NEVER_FINAL = new Set(
  (
    'mr mrs ms mx dr prof gen lt col maj capt cpt sgt cpl pvt cmdr cdr adm brig sen rep gov pres supt insp det ' +
    'rev hon fr msgr messrs mmes mme mlle sra srta vs viz cf e.g i.e ca approx'
  ).split(' '),
);

/** Abbreviations that usually precede a number ("No. 10", "p. 5"): final only when no number follows. */
const BEFORE_NUMBER = new Set('no nos vol vols p pp art arts fig figs para ch sec op ed eds nr'.split(' '));

/**
 * Abbreviations that may also end a sentence ("Apple Inc.", "at 9 a.m.", "in the U.S."): final only when a
 * clear sentence opener follows.
 */
const MAYBE_FINAL = new Set(
  (
    'inc corp ltd co bros plc llc lp jr sr esq etc al st mt ft ave blvd rd dept est univ assn intl govt ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'a.m p.m u.s u.k u.n u.s.a e.u d.c n.y l.a ph.d b.a m.a r.i.p'
  ).split(' '),
);

/** Words that open a sentence far more often than they continue a name ("U.S. President" vs "U.S. The"). */
const OPENERS = new Set(
  (
    'the a an it its he she they we i you this that these those there here his her their our my ' +
    'but and or so yet nor in on at as for from if when while after before since although though because once ' +
    'however meanwhile earlier later still also both some many most much more no none several such each every ' +
    'what who why how where which whether asked according officials police witnesses critics analysts ' +
    'one two three four five six seven eight nine ten mr mrs ms dr'
  ).split(' '),
);

/** Words that follow a clock time rather than open a sentence ("at 9 a.m. Tuesday", "3 p.m. GMT"). */
const AFTER_TIME = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?$|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*$|^(?:gmt|utc|bst|cet|cest|eet|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|ct|local)$/iu;

const TERMINALS = '.!?…';
const CLOSERS = `"'”’)]»›`;
const OPENS_SENTENCE = /[\p{Lu}\d"“‘'([«¿¡]/u;
const SPEECH_VERBS =
  'said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|shouted|recalled|explained|continued|noted|insisted|warned|stressed|tweeted|posted|wondered|exclaimed|cried|demanded|argued|admitted|conceded';
/** After a quoted question or exclamation: a capitalised speech tag ("Will it hold?" Ms Varga asked.) continues. */
const SPEECH_TAG = new RegExp(`^\\s+(?:(?:the\\s+)?[\\p{Lu}][\\p{L}.'’-]*\\s+){1,4}(?:${SPEECH_VERBS})\\b`, 'u');

/** The word (letters and inner dots) that ends right before position `dot`. */
function wordBefore(text: string, dot: number, from: number): string {
  let s = dot;
  while (s > from && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  return text.slice(s, dot).replace(/^\.+/, '');
}

/** The next word after `at` (skipping space and opening quotes), as written. */
function nextWord(text: string, at: number, end: number): string {
  const m = /^\s*["“‘'([«]*([\p{L}\d][\p{L}\d'’-]*)/u.exec(text.slice(at, Math.min(end, at + 60)));
  return m?.[1] ?? '';
}

function opensSentence(word: string): boolean {
  return OPENERS.has(word.toLowerCase()) && /^\p{Lu}/u.test(word);
}

/** Whether the full stop at `dot` (followed by space and a possible opener at `next`) ends the sentence. */
function fullStopEnds(text: string, dot: number, start: number, next: number, end: number): boolean {
  // Digits on both sides: a decimal or thousands separator ("3.5%", "10.000").
  if (/\d/.test(text[dot - 1] ?? '') && /\d/.test(text[dot + 1] ?? '')) return false;
  const word = wordBefore(text, dot, start);
  const lower = word.toLowerCase();
  const following = nextWord(text, next, end);
  // An enumerator at the very start ("1. The first point", "a. Costs") is not a sentence of its own.
  if (dot - start <= 3 && /^(?:\d{1,2}|\p{L})$/u.test(text.slice(start, dot))) return false;
  if (word === '') return true;
  if (NEVER_FINAL.has(lower)) return false;
  // "No. 10" but "The answer was no. The mayor …": lower-case "no" is the word, not the abbreviation.
  if (BEFORE_NUMBER.has(lower) && (lower !== 'no' || /^N/.test(word))) return !/^\d/.test(following);
  if (lower === 'a.m' || lower === 'p.m') return /^\p{Lu}/u.test(following) && !AFTER_TIME.test(following);
  if (MAYBE_FINAL.has(lower)) return opensSentence(following);
  // A single capital is an initial ("John F. Kennedy", "J. Smith") unless a clear opener follows ("Plan B. The").
  if (/^\p{Lu}$/u.test(word)) return opensSentence(following);
  // Dotted acronyms not listed above ("N.A.T.O.", "H.R.") behave like MAYBE_FINAL.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return opensSentence(following);
  return true;
}

export function splitSentences(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  const end = span.end;
  while (start < end && /\s/.test(text[start]!)) start++;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (!TERMINALS.includes(c)) continue;
    let j = i + 1;
    while (j < end && TERMINALS.includes(text[j]!)) j++;
    const closersFrom = j;
    while (j < end && CLOSERS.includes(text[j]!)) j++;
    // Punctuation inside a token: URLs, e-mail addresses, "U.S.-made", "Yahoo!'s".
    if (j < end && !/\s/.test(text[j]!)) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < end && /\s/.test(text[k]!)) k++;
    if (k >= end) break;
    if (!OPENS_SENTENCE.test(text[k]!)) {
      i = j - 1;
      continue;
    }
    const lastTerminal = text[closersFrom - 1]!;
    const quoted = j > closersFrom && /["”’'»]/.test(text.slice(closersFrom, j));
    let ends: boolean;
    // A lone full stop is checked for abbreviations; inside closing quotes ("… 9 a.m." The) it ends the quote.
    if (c === '.' && i + 1 === closersFrom) ends = quoted || fullStopEnds(text, i, start, k, end);
    else ends = true;
    // "Will it hold?" Ms Varga asked. — the speech tag belongs to the quoted question.
    if (ends && quoted && lastTerminal !== '.' && SPEECH_TAG.test(text.slice(j, Math.min(end, j + 80)))) ends = false;
    if (!ends) {
      i = j - 1;
      continue;
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

/** Index of the first sentence that holds a whole span, or -1 when none does (the span crosses a boundary). */
export function sentenceIndexOf(sentences: Sentence[], span: Span): number {
  return sentences.findIndex((s) => s.start <= span.start && span.end <= s.end);
}

/** Index of the sentence an offset falls in, or -1 when it falls between sentences (a paragraph gap). */
export function sentenceIndexAt(sentences: Sentence[], at: number): number {
  return sentences.findIndex((s) => s.start <= at && at < s.end);
}
