/**
 * Finding name candidates in one sentence: runs of capitalised words (with the particles and "of" that sit inside
 * names), cut at titles, demonyms and possessives, then segmented by the gazetteers. English capitalises names
 * mid-sentence, so capitalisation is the main evidence; the sentence's first word and title-case headings are
 * where it lies, so there only known names are taken.
 */
import type { Token } from '../../doc/types.js';
import { isDemonym, lookup, publicFigureBySurname, GIVEN_NAMES, MAX_PHRASE_WORDS, NOT_NAMES, ORG_HEADS, PLACE_HEADS, SPEECH_VERBS, TITLES, TITLE_MODIFIERS, DEMONYMS, NAME_PARTICLES, SENTENCE_STARTERS, type Known } from './gazetteer/index.js';
import { nameKey } from './names.js';
import { wordTag } from '../tokens.js';

/** One piece of a capitalised run. */
export type Unit =
  | { kind: 'known'; from: number; to: number; known: Known }
  | { kind: 'title'; from: number; to: number }
  | { kind: 'demonym'; from: number; to: number }
  | { kind: 'word'; from: number; to: number }
  | { kind: 'link'; from: number; to: number };

/** A sentence's tokens with their surfaces; `from`/`to` in units index this array (to exclusive). */
export interface Words {
  toks: Token[];
  surf: string[];
  text: string;
}

/** Capitalised, or a camel-case brand ("iPhone", "eBay"). */
const isCap = (s: string): boolean => /^\p{Lu}|^\p{Ll}+\p{Lu}/u.test(s);
const isUpperAcronym = (s: string): boolean => /^(?:\p{Lu}\.?){2,}$|^\p{Lu}[\p{Lu}\d&-]+$/u.test(s);

/** True when tokens a and b touch (no space between), so "President" "-" "elect" are one word. */
function touching(w: Words, a: number, b: number): boolean {
  return w.toks[a]!.end === w.toks[b]!.start;
}

/** The phrase covered by tokens [from, to) as written. */
export function slice(w: Words, from: number, to: number): string {
  return w.text.slice(w.toks[from]!.start, w.toks[to - 1]!.end);
}

/** The longest gazetteer phrase that starts at token `i`, as its end index and entry. */
function knownAt(w: Words, i: number): { to: number; known: Known } | null {
  if (!isCap(w.surf[i]!)) return null;
  for (let n = Math.min(MAX_PHRASE_WORDS, w.surf.length - i); n >= 1; n--) {
    const to = i + n;
    // Never end a phrase on a token glued to the next word ("Russia" in "Russia-led" is fine; "New" of "New-York" is not).
    if (!/^[\p{L}\d]/u.test(w.surf[to - 1]!) || /^['’]/.test(w.surf[to - 1]!)) continue;
    const phrase = slice(w, i, to);
    const known = lookup(phrase);
    // Upper-case variants ("RAND", "WHO", "AP") match only when written in capitals.
    if (known && (!known.capitals || !/\p{Ll}/u.test(phrase))) return { to, known };
  }
  return null;
}

/** A title of one or more words at token `i` ("Prime Minister", "Defence Secretary", "President-elect", "Mr."). */
function titleAt(w: Words, i: number): number {
  let j = i;
  let end = -1;
  while (j < w.surf.length) {
    const s = w.surf[j]!;
    if (!isCap(s) && !(s.toLowerCase() === 'of' && end > 0)) break;
    let k = nameKey(s);
    let next = j + 1;
    // Hyphenated titles are several tokens: "President" "-" "elect".
    if (next + 1 < w.surf.length && w.surf[next] === '-' && touching(w, j, next) && touching(w, next, next + 1)) {
      const joined = `${k}-${nameKey(w.surf[next + 1]!)}`;
      if (TITLES.has(joined)) {
        k = joined;
        next += 2;
      }
    }
    if (!isCap(s)) break;
    if (TITLES.has(k) || TITLES.has(s.toLowerCase())) end = next;
    else if (!TITLE_MODIFIERS.has(k) && !(k === 'of' && end > 0)) break;
    j = next;
  }
  return end > i ? end : -1;
}

function demonymAt(w: Words, i: number): number {
  if (!isCap(w.surf[i]!)) return -1;
  if (i + 1 < w.surf.length && DEMONYMS.has(`${nameKey(w.surf[i]!)}_${nameKey(w.surf[i + 1]!)}`)) return i + 2;
  return isDemonym(w.surf[i]!) ? i + 1 : -1;
}

/**
 * The capitalised runs of a sentence as units. Where `knownOnly` holds (headings, title-case labels) only gazetteer
 * phrases and words in `known`, the name words seen in the body of the same report.
 */
export function runs(w: Words, knownOnly: (i: number) => boolean, known: Set<string>): Unit[][] {
  const out: Unit[][] = [];
  let cur: Unit[] = [];
  const flush = (): void => {
    while (cur.length && cur[cur.length - 1]!.kind === 'link') cur.pop();
    if (cur.length) out.push(cur);
    cur = [];
  };
  let i = 0;
  while (i < w.surf.length) {
    const s = w.surf[i]!;
    const gaz = knownAt(w, i);
    const title = titleAt(w, i);
    // A title wins over a gazetteer word only when it is longer ("Prime Minister" vs nothing; "Pope Francis" is known).
    if (title > 0 && (!gaz || title > gaz.to)) {
      cur.push({ kind: 'title', from: i, to: title });
      i = title;
      continue;
    }
    if (gaz) {
      cur.push({ kind: 'known', from: i, to: gaz.to, known: gaz.known });
      i = gaz.to;
      continue;
    }
    const dem = demonymAt(w, i);
    if (dem > 0) {
      cur.push({ kind: 'demonym', from: i, to: dem });
      i = dem;
      continue;
    }
    const lower = s.toLowerCase();
    const nextCap = i + 1 < w.surf.length && isCap(w.surf[i + 1]!);
    if (cur.length && nextCap && (lower === 'and' || lower === '&') && endsInOrgHead(w, i + 1)) {
      cur.push({ kind: 'link', from: i, to: i + 1 });
      i++;
      continue;
    }
    // "St Brendan's Hospital": a possessive inside a name that goes on to its head word.
    if (cur.length && /^['’]s$/.test(s) && i + 1 < w.surf.length && (ORG_HEADS.has(nameKey(w.surf[i + 1]!)) || PLACE_HEADS.has(nameKey(w.surf[i + 1]!))) && isCap(w.surf[i + 1]!)) {
      cur.push({ kind: 'link', from: i, to: i + 1 });
      i++;
      continue;
    }
    if (cur.length && nextCap && (lower === 'of' || NAME_PARTICLES.has(s))) {
      cur.push({ kind: 'link', from: i, to: i + 1 });
      i++;
      continue;
    }
    if (isCap(s) && /\p{L}/u.test(s) && !NOT_NAMES.has(nameKey(s)) && (!knownOnly(i) || known.has(nameKey(s)))) {
      // Hyphenated names are one word ("Okonjo-Iweala"), unless the parts are names of their own ("Russia-Ukraine").
      let to = i + 1;
      while (to + 1 < w.surf.length && w.surf[to] === '-' && touching(w, to - 1, to) && touching(w, to, to + 1) && isCap(w.surf[to + 1]!) && !knownAt(w, to + 1)) to += 2;
      cur.push({ kind: 'word', from: i, to });
      i = to;
      continue;
    }
    flush();
    i++;
  }
  flush();
  return out;
}

/** Whether the capitalised words from `i` end with an organisation's head word ("Fire and Rescue Service"). */
function endsInOrgHead(w: Words, i: number): boolean {
  let j = i;
  while (j < w.surf.length && isCap(w.surf[j]!)) j++;
  return j > i && ORG_HEADS.has(nameKey(w.surf[j - 1]!));
}

/**
 * Whether the token at `i` opens its sentence or a quotation inside it (only quote marks, dashes or bullets
 * before it, or a colon and an opening quote mark: `He explained: "Making ...`).
 */
export function sentenceInitial(w: Words, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /^["“‘'([*•–—-]+$/.test(w.surf[j]!)) j--;
  return j < 0 || (j < i - 1 && /^[:;,]$/.test(w.surf[j]!)) || w.surf[j] === ':';
}

/** Whether a lower-cased word is a plural common noun ("critics" → "critic"), by the project's tagger. */
function isPluralNoun(word: string): boolean {
  const t = wordTag(word);
  return t !== null && t.pos === 'NOUN' && t.lemma !== word;
}

/** A sentence-initial word that is capitalised only because it starts the sentence. */
export function isStarter(w: Words, i: number, midCaps: Set<string>, alone: boolean): boolean {
  const t = w.toks[i]!;
  if (SENTENCE_STARTERS.has(w.surf[i]!.toLowerCase())) return true;
  if (isUpperAcronym(w.surf[i]!)) return false;
  // A lone capitalised first word is a name only if the report also capitalises it mid-sentence.
  if (alone) {
    const k = nameKey(w.surf[i]!);
    // "Hartmann said" names a speaker; "Critics said" is a plural common noun (its lemma drops the -s).
    const speaker = SPEECH_VERBS.has(w.surf[i + 1]?.toLowerCase() ?? '') && t.pos === 'PROPN' && !isPluralNoun(k);
    return !(midCaps.has(k) || GIVEN_NAMES.has(k) || publicFigureBySurname(k) || speaker);
  }
  return t.pos !== 'PROPN';
}

export { isCap, isUpperAcronym };
