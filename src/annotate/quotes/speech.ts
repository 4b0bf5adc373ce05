/**
 * Speech verbs and the phrases around them: which words report speech ("said", "told", "warned that",
 * "pointed out"), and which noun phrase is the one speaking ("Dr Paul Van Hooft, a Research Leader with Rand
 * Europe, believes …" → "Dr Paul Van Hooft").
 */
import type { Span } from '../../doc/types.js';
import { MONTHS, WEEKDAYS } from '../dates/calendar.js';

export interface SpeechVerb {
  lemma: string;
  /** Takes a reported clause ("said the bridge had passed", "believe the move could"). */
  clause: boolean;
  /** Reports speech with a plain object too ("dismissed the images", "acknowledged the seriousness"). */
  object: boolean;
}

const CLAUSE_LEMMAS =
  'say tell state note add explain stress warn claim believe argue insist suggest acknowledge admit deny confirm announce ' +
  'report write declare reveal predict assert maintain emphasise emphasize promise think estimate conclude speculate ' +
  'reply respond recall observe remark allege concede agree caution contend disclose mention testify tweet ' +
  'point_out continue ask recommend';
/** Speech acts whose object is what was said ("dismissed the images", "described a loud crack", "commented on"). */
const OBJECT_LEMMAS = new Set('acknowledge dismiss condemn deny highlight reject describe comment'.split(' '));
/** Verbs that only introduce a quotation, never a clause of their own ("called the collapse “a dark morning”"). */
const QUOTE_ONLY = new Set('call describe dub label continue ask'.split(' '));

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'writes', 'writing', 'written'],
  think: ['thought', 'thinks', 'thinking'],
};

function forms(lemma: string): string[] {
  if (IRREGULAR[lemma]) return [lemma, ...IRREGULAR[lemma]!];
  const base = lemma;
  const past = base.endsWith('e') ? base + 'd' : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'ied' : base + 'ed';
  const third = /(?:s|sh|ch|x|z)$/.test(base) ? base + 'es' : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'ies' : base + 's';
  const ing = base.endsWith('ee') ? base + 'ing' : base.endsWith('e') ? base.slice(0, -1) + 'ing' : base + 'ing';
  return [base, past, third, ing];
}

/** Every written form → its verb. Multi-word verbs are keyed with a space ("pointed out"). */
const FORMS = new Map<string, SpeechVerb>();
for (const lemma of [...CLAUSE_LEMMAS.split(' '), ...OBJECT_LEMMAS, ...QUOTE_ONLY]) {
  const [head, particle] = lemma.split('_') as [string, string | undefined];
  const verb: SpeechVerb = { lemma: head, clause: !QUOTE_ONLY.has(head), object: OBJECT_LEMMAS.has(head) };
  for (const f of forms(head)) {
    const key = particle ? `${f} ${particle}` : f;
    if (!FORMS.has(key)) FORMS.set(key, verb);
  }
}
// "point" alone is no speech verb; only "point out" is.
for (const f of forms('point')) FORMS.delete(f);

const FORM_RE = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${[...FORMS.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}-])`,
  'gu',
);

export interface VerbHit extends Span {
  verb: SpeechVerb;
  form: string;
}

/** Speech verbs in `text` between `from` and `to`, as offsets into `text`. */
export function speechVerbs(text: string, from: number, to: number): VerbHit[] {
  const slice = text.slice(from, to);
  const out: VerbHit[] = [];
  for (const m of slice.matchAll(FORM_RE)) {
    const form = m[1]!.toLowerCase();
    // After a determiner the word is a noun ("the report noted", "his claims").
    const before = text.slice(Math.max(0, from + m.index - 12), from + m.index);
    if (/\b(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|such|new|latest|media|news|press)\s+$/i.test(before)) continue;
    out.push({ start: from + m.index, end: from + m.index + m[1]!.length, verb: FORMS.get(form)!, form });
  }
  return out;
}

/** Finite forms report speech; bare and -ing forms do so only in "noting that", handled by the caller. */
export function isFinite(form: string): boolean {
  const head = form.split(' ')[0]!;
  if (head.endsWith('ing')) return false;
  return true;
}

/** Adverbs, auxiliaries and negation between a subject and its verb ("officials reportedly do not believe"). */
const BETWEEN =
  /^(?:also|reportedly|repeatedly|has|have|had|do|does|did|not|never|will|would|could|may|might|should|must|can|later|then|strongly|previously|earlier|publicly|privately|once|again|further|been|is|are|was|were|already|today|yesterday|recently|still|just|first|quickly|simply|flatly|firmly|openly|initially|n't|only|even|often|however)$/i;

/** Words that open a subordinate clause or join clauses: the subject starts after them. */
const OPENERS = /^(?:while|as|and|but|because|although|though|if|when|whereas|since|so|yet|that|then|now|meanwhile|however|nevertheless|additionally|moreover|still)$/i;

/** Words that open an appositive or relative clause after a name: the subject is what stands before. */
const APPOSITIVE = /^(?:who|whom|whose|which|a|an|one|himself|herself|itself|themselves|now|then|formerly)$/i;

const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
/** Days, months and time nouns: the words of a time adverbial ("on Saturday", "in November"), never a speaker. */
const TIME_WORD = new RegExp(
  `^(?:${[...WEEKDAYS, ...MONTHS].map(capitalised).join('|')}|today|yesterday|tonight|morning|afternoon|evening|week|month|year|weekend)[,.]?$`,
);

export interface Phrase extends Span {
  text: string;
}

function phrase(text: string, start: number, end: number): Phrase | null {
  while (start < end && /[\s,;:–—\-"“”'‘’]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:–—\-"“”‘]/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  return { start, end, text: text.slice(start, end) };
}

function wordsOf(text: string, s: Span): { w: string; start: number; end: number }[] {
  const out: { w: string; start: number; end: number }[] = [];
  for (const m of text.slice(s.start, s.end).matchAll(/\S+/g)) out.push({ w: m[0], start: s.start + m.index, end: s.start + m.index + m[0].length });
  return out;
}

/**
 * The noun phrase that is the subject of the verb starting at `verb`, looking left no further than `from`.
 * `isVerb` says whether a word at an offset is a verb (from the tagger), to step over coordinated verbs
 * ("found corrosion … and recommended repairs") to their shared subject.
 */
export function subjectBefore(text: string, from: number, verb: number, isVerb: (at: number) => boolean): Phrase | null {
  // Comma-separated segments, right to left.
  const segments: Span[] = [];
  let segEnd = verb;
  for (let i = verb - 1; i >= from; i--) {
    if (text[i] === ',' || text[i] === ';' || text[i] === '(' || text[i] === ')' || (text[i] === '-' && text[i - 1] === ' ' && text[i + 1] === ' ') || text[i] === '—' || text[i] === '–') {
      segments.push({ start: i + 1, end: segEnd });
      segEnd = i;
    }
  }
  segments.push({ start: from, end: segEnd });
  let sawVerbPhrase = false;
  let fallback: Phrase | null = null;
  for (const seg of segments) {
    let words = wordsOf(text, seg);
    // Drop the words between subject and verb.
    while (words.length && BETWEEN.test(words[words.length - 1]!.w.replace(/[^\p{L}']/gu, ''))) words.pop();
    if (words.length === 0) continue;
    const lastWord = words[words.length - 1]!.w.toLowerCase();
    if (lastWord === 'and' || lastWord === 'but' || lastWord === 'or') {
      // "… dismissed the images but [acknowledged]": the subject is that of the earlier verb.
      words.pop();
      const firstVerb = words.findIndex((x, i) => i > 0 && isVerb(x.start));
      if (firstVerb > 0) {
        words = words.slice(0, firstVerb);
        while (words.length && BETWEEN.test(words[words.length - 1]!.w.replace(/[^\p{L}']/gu, ''))) words.pop();
      } else {
        sawVerbPhrase = true;
        continue;
      }
    } else if (isVerb(words[0]!.start) && /^\p{Ll}/u.test(words[0]!.w)) {
      // A segment that starts with a verb is a verb phrase or a participle clause, not the subject.
      sawVerbPhrase = sawVerbPhrase || words.length > 0;
      continue;
    }
    // Cut a relative clause: "Two city officials who spoke on condition of anonymity".
    const rel = words.findIndex((x, i) => i > 0 && /^(?:who|which|whose|that)$/i.test(x.w));
    if (rel > 0) words = words.slice(0, rel);
    // Cut a participle phrase: "An inspection report seen by this newspaper", "a report released by the board".
    const participle = words.findIndex((x, i) => i > 0 && /(?:ed|en|wn)$/.test(x.w) && words[i + 1]?.w === 'by');
    if (participle > 0) words = words.slice(0, participle);
    // Leading openers: "While supporters" → "supporters". A conjunction starts a new clause, so what follows
    // is a subject, not an appositive.
    let conjoined = false;
    while (words.length > 1 && OPENERS.test(words[0]!.w.replace(/[^\p{L}]/gu, ''))) {
      conjoined = true;
      words.shift();
    }
    // A participle or preposition phrase before the subject without a comma is rare; stop at prepositions that
    // begin the segment ("In response" is its own segment thanks to the comma).
    if (words.length === 0) continue;
    const first = words[0]!.w.replace(/[^\p{L}]/gu, '');
    const left = segments[segments.indexOf(seg) + 1];
    const leftIsName = left !== undefined && /\p{Lu}[\p{L}'’.-]*\s*$/u.test(text.slice(left.start, left.end));
    const isAppositive = !conjoined && (APPOSITIVE.test(first) || (first === 'the' && leftIsName));
    // Time adverbials are never the speaker ("Also on Saturday", "The Indian Navy in November").
    while (words.length > 1 && TIME_WORD.test(words[words.length - 1]!.w)) {
      words.pop();
      if (words.length > 1 && /^(?:on|in|at|last|this|early|late)$/i.test(words[words.length - 1]!.w)) words.pop();
    }
    while (words.length > 1 && /^(?:also|then|later|earlier|now|again|finally)$/i.test(words[0]!.w)) words.shift();
    if (words.every((x) => TIME_WORD.test(x.w) || /^(?:on|in|at|last|this|early|late|also)$/i.test(x.w))) continue;
    // A phrase holding a verb of its own is a clause, not a speaker ("the boat fired at and sank a trawler").
    if (words.some((x, i) => i > 0 && /^\p{Ll}/u.test(x.w) && isVerb(x.start) && !/(?:ed|en)$/.test(x.w))) return fallback;
    const candidate = phrase(text, words[0]!.start, words[words.length - 1]!.end);
    if (!candidate) continue;
    if (words.length > 9) return fallback;
    if (isAppositive && segments.indexOf(seg) < segments.length - 1) {
      fallback ??= candidate;
      continue;
    }
    // An adverbial segment ("In response", "Addressing the situation yesterday") ends the subject search.
    if (/^(?:in|on|at|for|from|with|by|after|before|despite|during|under|over|asked|addressing|speaking|according)$/i.test(first)) return fallback;
    return candidate;
  }
  return fallback;
}

/** The noun phrase after an inverted tag verb (“…,” said Dr Van Hooft, who …): up to a comma or the end. */
export function subjectAfter(text: string, from: number, to: number): Phrase | null {
  const m = text.slice(from, to).match(/^\s*[^,;:!?()]+/);
  if (!m) return null;
  let words = wordsOf(text, { start: from, end: from + m[0].length });
  const rel = words.findIndex((x, i) => i > 0 && /^(?:who|which|whose|that|in|on|at|to|after|before|during|when|while|as)$/i.test(x.w));
  if (rel > 0) words = words.slice(0, rel);
  if (words.length === 0 || words.length > 8) return null;
  const last = words[words.length - 1]!;
  return phrase(text, words[0]!.start, last.end - (/[.]$/.test(last.w) && !/^(?:\p{Lu}\.)+$/u.test(last.w) && !/^(?:Dr|Mr|Mrs|Ms|St|Jr|Sr)\.$/.test(last.w) ? 1 : 0));
}
