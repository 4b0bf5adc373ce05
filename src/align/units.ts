/**
 * Fact units: a long sentence states several facts, so the aligner works on clauses. A sentence is cut at the
 * boundaries the POS tags show — a clause after a semicolon, a coordinate clause after ", and/but", a
 * non-restrictive relative clause (", which/who"), a participial clause (", marking..."), a subordinate clause
 * ("after X presented...", "As X prepares..., ...") — and pieces too small to state a fact on their own are
 * merged back into their neighbour. Attribution tails ("according to Reuters", "the officials said") stay
 * inside the span but are marked so they do not count as content.
 */
import type { Doc, Token } from '../doc/types.js';
import { COORDINATORS, LIGHT_WORDS, RELATIVES, SPEECH_VERBS, SUBORDINATORS, TIME_NOUNS } from './lexicon.js';

/** One clause-level unit of one sentence: token range [from, to) into the doc's tokens. */
export interface Segment {
  from: number;
  to: number;
  /** Tokens (absolute indices) that are attribution, not content. */
  attribution: Set<number>;
}

export interface FactUnit {
  /** Index of the unit in the aligner's list (assigned by the caller). */
  index: number;
  doc: number;
  source: string;
  sentence: number;
  /** Position of the unit in its sentence (0 = first clause). */
  part: number;
  /** How many units the sentence was cut into. */
  parts: number;
  start: number;
  end: number;
  /** Content tokens (absolute indices into doc.layers.tokens). */
  tokens: number[];
  /** All tokens of the unit, and of its sentence: [from, to) into doc.layers.tokens. */
  tokenRange: [number, number];
  sentenceTokens: [number, number];
  /** For a relative clause (", which..."/", who..."): content tokens of the noun phrase it is about. */
  antecedent: number[];
}

/** Words that open an adverbial clause of reason or concession after a comma (", given the...", ", despite..."). */
const CLAUSE_PREPOSITIONS = new Set(['given', 'despite', 'with']);
/**
 * Whether the comma at `close` ends a non-finite appositive opened by an earlier comma of the clause: ", capable
 * of striking 190 miles,", ", estimated at 10,000,". The appositive has no finite verb of its own.
 */
function appositiveBefore(tokens: Token[], close: number, from: number): boolean {
  for (let k = close - 1; k > from && k >= close - 12; k--) {
    const t = tokens[k]!;
    if (isPunct(t, ';:')) return false;
    if (isPunct(t, ',')) {
      const first = tokens[k + 1]!;
      const opens = first.pos === 'ADJ' || (first.pos === 'VERB' && /(?:ing|ed)$/.test(first.norm));
      const finite = tokens.slice(k + 2, close).some((x, m) => isFiniteVerb(tokens, k + 2 + m, k + 1) && x.pos !== 'AUX');
      return opens && !finite && k > from;
    }
  }
  return false;
}

/** Prepositions that can take a nominalised clause ("with the deployment of X"). */
const NOMINAL_CLAUSE_PREPOSITIONS = new Set(['with', 'amid', 'after', 'following', 'before']);
/** Suffixes of nouns made from verbs: deployment, introduction, arrival, presence, involvement. */
const NOMINAL_SUFFIX = /(?:ment|tion|sion|al|ance|ence|ure)s?$/;

/** Whether a nominalised clause starts at token k: a determiner, adjectives, a noun made from a verb, then "of". */
function nominalisation(tokens: Token[], k: number, to: number): boolean {
  let m = k;
  while (m < to && (tokens[m]!.pos === 'DET' || tokens[m]!.pos === 'ADJ')) m++;
  const head = tokens[m];
  return head !== undefined && m < to && head.pos === 'NOUN' && NOMINAL_SUFFIX.test(head.norm) && tokens[m + 1]?.norm === 'of';
}

/** "while"/"until" without a comma set a time frame for the clause ("cover the cost while it stays closed"). */
const DURATIVE = new Set(['while', 'until', 'whilst']);
const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'NUM']);
const CLAIM_KINDS = new Set(['p', 'quote', 'li']);
/** Below this many content words a piece cannot state a fact of its own and joins its neighbour. */
const MIN_CONTENT = 3;

function isPunct(t: Token, chars: string): boolean {
  return t.pos === 'PUNCT' && chars.includes(t.norm);
}

function isContent(t: Token): boolean {
  return CONTENT_POS.has(t.pos) && !(LIGHT_WORDS.has(t.lemma) && t.pos !== 'PROPN') && /[\p{L}\p{N}]/u.test(t.norm);
}

/** A verb that heads a clause: not an infinitive ("to strengthen"), not inside a hyphenated compound ("President-elect"). */
function isFiniteVerb(tokens: Token[], i: number, from: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  const prev = i > from ? tokens[i - 1]! : null;
  if (prev && (prev.norm === 'to' || prev.norm === '-')) return false;
  if (prev && prev.end === t.start && prev.pos !== 'PUNCT') return false;
  if (t.norm.endsWith('ing') && !(prev && prev.pos === 'AUX')) return false;
  return true;
}

/** Whether a finite verb follows token i before the next comma, semicolon or the end. */
function clauseFollows(tokens: Token[], i: number, to: number): boolean {
  for (let k = i + 1; k < to && k < i + 16; k++) {
    // A short parenthetical set off by commas (", on 30 August,") does not end the clause.
    if (isPunct(tokens[k]!, ',') && tokens[k + 1]?.pos === 'ADP') {
      const close = tokens.slice(k + 2, Math.min(to, k + 7)).findIndex((t) => isPunct(t, ','));
      if (close >= 0) {
        k = k + 2 + close;
        continue;
      }
    }
    if (isPunct(tokens[k]!, ',;:')) return false;
    if (isFiniteVerb(tokens, k, i + 1)) return true;
  }
  return false;
}

/** A relative clause set off inside its sentence ("X, who chairs Y, said Z"): the main clause resumes after it. */
function embedded(tokens: Token[], i: number, to: number): boolean {
  for (let k = i + 1; k < to - 1; k++) {
    if (isPunct(tokens[k]!, ';:')) return false;
    if (isPunct(tokens[k]!, ',')) {
      const next = tokens[k + 1]!;
      return next.pos === 'VERB' || next.pos === 'AUX';
    }
  }
  return false;
}

/**
 * "was opened in 1987 and last renovated in 2021": "and" joining a second passive participle to a clause
 * built on "be"; each participle phrase states its own fact. Active pairs ("broke away and fell") stay whole.
 */
function coordinatesVerb(tokens: Token[], i: number, from: number, to: number): boolean {
  let k = i + 1;
  while (k < to && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'ADJ')) k++;
  const next = tokens[k];
  if (next && next.pos === 'VERB' && /[^s]s$/.test(next.norm) && presentPredicate(tokens, i, from)) return true;
  if (!next || next.pos !== 'VERB' || !/(?:ed|en)$/.test(next.norm)) return false;
  let verb = false;
  for (let j = i - 1; j >= from; j--) {
    const t = tokens[j]!;
    if (isPunct(t, ',;:')) return false;
    if (t.pos === 'VERB') verb = true;
    if (t.pos === 'AUX' && BE.has(t.norm)) return verb;
  }
  return false;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * "The decision marks a departure from X and comes two months before Y": two present-tense predicates of one
 * subject, each with its own complement, state two facts. The first predicate must be a present-tense verb
 * with at least a few words of complement before "and" (a bare "rises and falls" stays whole).
 */
function presentPredicate(tokens: Token[], i: number, from: number): boolean {
  for (let j = i - 1; j >= from; j--) {
    const t = tokens[j]!;
    if (isPunct(t, ',;:')) return false;
    // The tagger reads "decision marks a departure" as two nouns; a noun in -s right after a noun and right
    // before a determiner is the verb.
    const misread = t.pos === 'NOUN' && tokens[j - 1]?.pos === 'NOUN' && tokens[j + 1]?.pos === 'DET';
    if ((t.pos === 'VERB' || misread) && /[^s]s$/.test(t.norm)) return i - j >= 4;
  }
  return false;
}

/** Verbs that link an event to its cause or occasion, with the word that must follow ("stem from"). */
const CAUSAL_VERBS: Record<string, Set<string>> = {
  stem: new Set(['from']),
  follow: new Set(['*']),
  come: new Set(['amid', 'after', 'in', 'as', 'following', 'against']),
  trigger: new Set(['by']),
  prompt: new Set(['by']),
  drive: new Set(['by']),
  spur: new Set(['by']),
  motivate: new Set(['by']),
};

/** Auxiliaries and raising verbs of a verb chain ("seems to have been triggered"). */
const LINKING = /^(?:seem|appear|have|be|do)$/;
const inChain = (t: Token): boolean => t.pos === 'AUX' || t.norm === 'to' || LINKING.test(t.lemma);

/** Whether token i is a verb (or the start of its verb chain) that links an event to its cause. */
function causalLink(tokens: Token[], i: number, to: number): boolean {
  let k = i;
  // "seems to have been triggered by", "was prompted by": cut at the first word of the chain.
  if (tokens[i - 1] && inChain(tokens[i - 1]!)) return false;
  while (k < to - 1 && k < i + 5 && inChain(tokens[k]!)) k++;
  const v = tokens[k]!;
  if (v.pos !== 'VERB') return false;
  const next = CAUSAL_VERBS[v.lemma];
  if (!next) return false;
  // "follow" needs a subject that refers to an event ("The decision follows...").
  if (next.has('*')) return k === i && /s$/.test(v.norm);
  let m = k + 1;
  while (m < to && tokens[m]!.pos === 'ADV') m++;
  return next.has(tokens[m]?.norm ?? '');
}

/** Token indices where a new clause begins inside the sentence [from, to). */
function clauseStarts(tokens: Token[], from: number, to: number): number[] {
  const starts: number[] = [];
  // A sentence-initial subordinate clause ("As X prepares to leave office, ...") ends at its first comma.
  let lead = from;
  while (lead < to - 1 && tokens[lead]!.pos === 'PUNCT') lead++;
  // "But now that X, Y" and "Now that X, Y" open with a subordinate clause too.
  let sub = lead;
  if (tokens[sub]!.pos === 'CCONJ') sub++;
  if (tokens[sub]?.norm === 'now' && tokens[sub + 1]?.norm === 'that') sub++;
  const opensSubordinate = SUBORDINATORS.has(tokens[sub]!.norm) || (sub > lead && tokens[sub]!.norm === 'that');
  if (opensSubordinate && clauseFollows(tokens, sub, to)) {
    for (let k = lead + 1; k < to - 1; k++) {
      if (isPunct(tokens[k]!, ',')) {
        starts.push(k + 1);
        break;
      }
    }
  }
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    const afterBreak = isPunct(prev, ',;–—') || (prev.norm === '-' && prev.pos === 'PUNCT' && prev.start > tokens[i - 2]!.end);
    if (isPunct(prev, ';')) starts.push(i);
    else if (afterBreak && COORDINATORS.has(t.norm) && t.pos === 'CCONJ') starts.push(i);
    else if (COORDINATORS.has(t.norm) && t.pos === 'CCONJ' && coordinatesVerb(tokens, i, from, to)) starts.push(i);
    else if (afterBreak && RELATIVES.has(t.norm) && !embedded(tokens, i, to)) starts.push(i);
    else if (afterBreak && CLAUSE_PREPOSITIONS.has(t.norm)) starts.push(i);
    // A nominalised clause in a prepositional phrase states an event of its own: "prepares an assault | with
    // the deployment of X troops", "rose sharply | after the introduction of Y".
    else if (NOMINAL_CLAUSE_PREPOSITIONS.has(t.norm) && t.pos === 'ADP' && nominalisation(tokens, i + 1, to)) starts.push(i);
    // The predicate after a non-finite appositive ("These missiles, capable of X, allow Y"): the appositive
    // states one fact about the subject, the predicate another.
    else if (afterBreak && isPunct(prev, ',') && t.pos === 'VERB' && !/(?:ing|ed)$/.test(t.norm) && appositiveBefore(tokens, i - 1, from)) starts.push(i);
    // An absolute phrase after a comma: ", three of them seriously".
    else if (afterBreak && t.pos === 'NUM' && tokens[i + 1]?.norm === 'of' && /^(?:them|whom|which)$/.test(tokens[i + 2]?.norm ?? '')) starts.push(i);
    else if (afterBreak && t.pos === 'VERB' && t.norm.endsWith('ing') && t.norm !== 'according' && t.norm !== 'including') starts.push(i);
    else if (
      SUBORDINATORS.has(t.norm) &&
      (t.pos === 'SCONJ' || t.pos === 'ADP' || t.pos === 'ADV') &&
      // "two months before X is set to leave" measures a distance; "for months after X presented" does not.
      !(TIME_NOUNS.has(prev.lemma) && tokens[i - 2]?.norm !== 'for') &&
      !(DURATIVE.has(t.norm) && !afterBreak) &&
      clauseFollows(tokens, i, to)
    )
      starts.push(i);
  }
  // "X stems from Y", "X comes amid Y", "X was triggered by Y": a verb that links an event to its cause or
  // occasion joins two facts; the cause starts its own unit (a bare "The decision" before it merges back).
  // The part before the link must state something itself ("the decision to allow X"): a bare "The latest
  // decision by the administration" stays with its cause.
  for (let i = from + 1; i < to - 1; i++)
      if (causalLink(tokens, i, to) && tokens.slice(from, i).some((t) => t.pos === 'VERB' && !SPEECH_VERBS.has(t.lemma) && !LINKING.test(t.lemma))) starts.push(i);
  // A fronted phrase that carries a fact of its own ("In a sharp reversal, X did Y") is its own unit;
  // short ones ("In particular,") are merged back below.
  if (tokens[lead]!.pos === 'ADP' && !SUBORDINATORS.has(tokens[lead]!.norm)) {
    for (let k = lead + 1; k < to - 1 && k < lead + 12; k++) {
      const t = tokens[k]!;
      if (t.pos === 'VERB' || t.pos === 'AUX') break;
      if (isPunct(t, ',')) {
        if (clauseFollows(tokens, k, to)) starts.push(k + 1);
        break;
      }
    }
  }
  return [...new Set(starts)].filter((s) => s > from && s < to).sort((a, b) => a - b);
}

/**
 * Attribution tokens inside a piece: "according to ...", a trailing speech tag (", the fire service said."),
 * a leading one ("Calder said:"), and a piece that is nothing but a short speech tag. Who said something is
 * not the fact said; two reports citing the same agency must not look alike for that.
 */
function attributionTokens(tokens: Token[], from: number, to: number): Set<number> {
  const out = new Set<number>();
  const isSpeech = (i: number): boolean => tokens[i]!.pos === 'VERB' && SPEECH_VERBS.has(tokens[i]!.lemma);
  for (let i = from; i < to; i++) {
    if (tokens[i]!.norm === 'according' && tokens[i + 1]?.norm === 'to') {
      let k = i;
      while (k < to && !isPunct(tokens[k]!, ',;')) out.add(k++);
    }
  }
  // Trailing tag: after the last comma, a few words around a speech verb.
  let comma = -1;
  for (let i = to - 1; i > from; i--)
    if (isPunct(tokens[i]!, ',')) {
      comma = i;
      break;
    }
  if (comma > 0 && (to - comma <= 9 ? [...range(comma + 1, to)].some(isSpeech) : speechTag(tokens, comma + 1, to, isSpeech)))
    for (const i of range(comma, to)) out.add(i);
  // Leading tag: a speech verb before a colon.
  for (let i = from; i < to && i < from + 10; i++) {
    if (isPunct(tokens[i]!, ':')) {
      if ([...range(from, i)].some(isSpeech)) for (const k of range(from, i + 1)) out.add(k);
      break;
    }
  }
  const content = [...range(from, to)].filter((i) => !out.has(i) && isContent(tokens[i]!));
  const speech = content.findIndex(isSpeech);
  if (speech >= 0 && content.length <= 6) {
    // "supporters argue these weapons strengthen X": a speech verb with its own complement is a tag before a
    // fact, not a bare tag; only the tag is attribution.
    const said = content.length - speech - 1;
    const tagEnd = said >= MIN_CONTENT ? content[speech]! + 1 : to;
    for (const i of range(from, tagEnd)) out.add(i);
  }
  return out;
}

/** Words before the speech verb of a trailing tag ("the senior defence officials said"). */
const TAG_SPEAKER = 5;
/** Words after it: where or to whom it was said ("to The New York Times", "in a statement on Monday"). */
const TAG_TAIL = 8;

/**
 * A longer trailing tag: a short speaker, the speech verb, and then only a phrase saying to whom or where it
 * was said — no other verb, so no clause of its own ("…, the officials said to The New York Times.").
 */
function speechTag(tokens: Token[], from: number, to: number, isSpeech: (i: number) => boolean): boolean {
  let verb = -1;
  for (let i = from; i < to && i <= from + TAG_SPEAKER; i++)
    if (isSpeech(i)) {
      verb = i;
      break;
    }
  if (verb < 0 || to - verb - 1 > TAG_TAIL) return false;
  for (let i = from; i < to; i++) if (i !== verb && (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX')) return false;
  return true;
}

function* range(from: number, to: number): Generator<number> {
  for (let i = from; i < to; i++) yield i;
}

/** The clause segments of one sentence, small pieces merged into their neighbours. */
export function segmentSentence(tokens: Token[], from: number, to: number): Segment[] {
  const bounds = [from, ...clauseStarts(tokens, from, to), to];
  let pieces: Segment[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const a = bounds[k]!;
    const b = bounds[k + 1]!;
    pieces.push({ from: a, to: b, attribution: attributionTokens(tokens, a, b) });
  }
  const weight = (p: Segment): number => [...range(p.from, p.to)].filter((i) => !p.attribution.has(i) && isContent(tokens[i]!)).length;
  // Merge pieces that cannot stand alone, the smallest first, into the neighbour they are written against.
  for (;;) {
    if (pieces.length < 2) break;
    const small = pieces.findIndex((p) => weight(p) < MIN_CONTENT);
    if (small < 0) break;
    const into = small === 0 ? 1 : small - 1;
    const a = pieces[Math.min(small, into)]!;
    const b = pieces[Math.max(small, into)]!;
    const merged: Segment = { from: a.from, to: b.to, attribution: new Set([...a.attribution, ...b.attribution]) };
    pieces = [...pieces.slice(0, Math.min(small, into)), merged, ...pieces.slice(Math.max(small, into) + 1)];
  }
  return pieces;
}

/**
 * The noun phrase a non-restrictive relative clause is about: the nouns and names just before its comma
 * ("the Army Tactical Missile Systems (ATACMS), which range..." → ATACMS and its name), so that the clause
 * keeps what it states something about.
 */
function antecedentOf(tokens: Token[], rel: number, from: number): number[] {
  const out: number[] = [];
  let k = rel - 1;
  while (k >= from && tokens[k]!.pos === 'PUNCT') k--;
  for (; k >= from && rel - k <= 8; k--) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ') {
      if (isContent(t)) out.push(k);
    } else if (!(t.pos === 'PUNCT' && /^[()]$/.test(t.norm))) break;
  }
  return out.reverse();
}

/** The fact units of one report: clause units of its claim-bearing sentences (never headings). */
export function factUnits(doc: Doc, docIndex: number): FactUnit[] {
  const { sentences, tokens } = doc.layers;
  const bySentence: [number, number][] = sentences.map(() => [-1, -1]);
  tokens.forEach((t, i) => {
    const r = bySentence[t.sentence];
    if (!r) return;
    if (r[0] < 0) r[0] = i;
    r[1] = i + 1;
  });
  const out: FactUnit[] = [];
  sentences.forEach((s, si) => {
    if (!CLAIM_KINDS.has(s.kind)) return;
    const [from, to] = bySentence[si]!;
    if (from < 0) return;
    const segments = segmentSentence(tokens, from, to);
    segments.forEach((seg, part) => {
      const content = [...range(seg.from, seg.to)].filter((i) => !seg.attribution.has(i) && isContent(tokens[i]!));
      if (content.length === 0) return;
      // Spans run from the first to the last token; a trailing comma or dash is not part of the fact.
      let last = seg.to - 1;
      while (last > seg.from && (isPunct(tokens[last]!, ',;–—-') || tokens[last]!.pos === 'CCONJ')) last--;
      let first = seg.from;
      while (first < last && isPunct(tokens[first]!, ',;–—-')) first++;
      const start = tokens[first]!.start;
      // The last clause of a sentence keeps the sentence's closing punctuation and quote marks.
      const end = seg.to === to ? s.end : tokens[last]!.end;
      out.push({
        antecedent: RELATIVES.has(tokens[first]!.norm) ? antecedentOf(tokens, first, from) : [],
        index: -1,
        doc: docIndex,
        source: doc.id,
        sentence: si,
        part,
        parts: segments.length,
        start,
        end,
        tokens: content,
        tokenRange: [seg.from, seg.to],
        sentenceTokens: [from, to],
      });
    });
  });
  return out;
}
