/**
 * What makes two fact units comparable: their concepts (content lemmas folded through the variant tables and
 * multi-word idioms), names, numbers with what they count, and polarity (negated or not). Weights are inverse
 * document frequencies over all units of the story, so words every report repeats (the place of the event) count little
 * and the words that pin a fact down ("4.6 million", "inquiry") count much.
 */
import type { Doc, Token } from '../doc/types.js';
import { conceptOf, isKnownConcept, isPlace, LAND_NOUNS, QUALIFIED_PLACES, EVENT_NOUNS, TIME_WORDS, LIGHT_AS_VERB_ONLY, SPEECH_VERBS, LIGHT_WORDS, NEGATORS, numberValue, PHRASES, scaleValue, TITLES } from './lexicon.js';
import type { FactUnit } from './units.js';
import { argumentOf, readFrame, type Frame, type TokenReading } from './frames.js';

export type TermKind = 'name' | 'number' | 'word' | 'pair';

export interface UnitFeatures {
  /** Distinct concepts of the unit with their kind and the POS of their first occurrence. */
  terms: Map<string, { kind: TermKind; pos: string; ref?: boolean }>;
  /** Numbers with the concept they count ("120" → "metre"), for conflict checks. */
  numbers: { value: number; counts: string | null }[];
  /** True when the unit's main statement is negated. */
  negated: boolean;
  /** True when the unit reports an earlier state of affairs ("Earlier, ...", "previously", "had lifted"). */
  prior: boolean;
  /** True when the unit's main statement is only a possibility ("X could authorize Y"). */
  possible: boolean;
  /** The concept heading the subject of the unit's main verb, when there is one ("France will allow" → france). */
  actor: string | null;
  /** Who does what to whom: the unit's predications with their arguments. */
  frame: Frame;
}

const KIND_WEIGHT: Record<TermKind, number> = { name: 1, number: 1.3, word: 1, pair: 0.5 };
/** Pairs of a verb with a concept at most this many concepts away. */
const PAIR_WINDOW = 4;
/** Adverbs and adjectives qualify a fact more than they state it. */
const POS_WEIGHT: Record<string, number> = { ADV: 0.5, ADJ: 0.8 };

/**
 * Words of a definite reference to an event told earlier ("the policy shift has divided...", "this decision
 * comes...") name the topic of the clause, not its fact: what the clause adds is its predicate.
 */
/** Words that date a fact ("in the coming days", "a few days ago") place it in time; they do not state it. */
const TIME_WEIGHT = 0.3;

const REFERENCE_WEIGHT = 0;
const TOPIC_PREPOSITIONS = new Set(['in', 'of']);
const ABOUT = new Set(['on', 'about', 'over', 'regarding', 'concerning']);
const TOPIC_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN']);
const REFERRING_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'such']);

/**
 * Token indices of noun phrases that refer back to an event: a definite or demonstrative determiner, then
 * adjectives and nouns, ending on an event noun (decision, move, shift...), not followed by a complement
 * that spells the event out ("the decision to allow X" states X; "the shift in the policy" does not).
 */
function eventReferences(tokens: Token[], from: number, to: number): Set<number> {
  const out = new Set<number>();
  const modifier = (t: Token): boolean => t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'ADV' || t.pos === 'PROPN' || (t.pos === 'PART' && /^['’]s$/.test(t.norm));
  for (let i = from; i < to; i++) {
    const d = tokens[i]!;
    // A definite or demonstrative determiner, or a possessor at the start of the unit ("Biden's decision").
    const determiner = REFERRING_DETERMINERS.has(d.norm) && (d.pos === 'DET' || d.pos === 'PRON' || d.pos === 'SCONJ');
    const possessor = i === from && (d.pos === 'PROPN' || d.pos === 'NOUN');
    if (!determiner && !possessor) continue;
    // "one of the last moves of X" classifies, it does not refer back.
    if (tokens[i - 1]?.norm === 'of' && tokens[i - 2]?.pos === 'NUM') continue;
    let k = determiner ? i + 1 : i;
    let head = -1;
    while (k < to && modifier(tokens[k]!)) {
      if (tokens[k]!.pos === 'NOUN') head = k;
      k++;
    }
    if (head < 0 || head !== k - 1 || !EVENT_NOUNS.has(conceptOf(tokens[head]!.lemma))) continue;
    // "the decision to allow...": the complement spells the event out, so the phrase states it.
    if (tokens[k]?.norm === 'to') continue;
    let end = k;
    // "the decision by the administration": the agent is still part of the reference, unless a
    // complement follows it ("the move by X to do Y").
    if (tokens[k]?.norm === 'by') {
      let m = k + 1;
      while (m < to && m < k + 6 && (modifier(tokens[m]!) || tokens[m]!.pos === 'DET')) m++;
      if (tokens[m]?.norm === 'to') continue;
      end = m;
    }
    // "the decision on the use of X": what a decision is about does not say what it decided.
    if (ABOUT.has(tokens[end]?.norm ?? '')) {
      let m = end + 1;
      while (m < to && m < end + 7 && (TOPIC_PHRASE_POS.has(tokens[m]!.pos) || tokens[m]!.pos === 'PROPN' || tokens[m]!.norm === 'of')) m++;
      while (m > end + 1 && tokens[m - 1]!.pos !== 'NOUN' && tokens[m - 1]!.pos !== 'PROPN') m--;
      if (m > end + 1) end = m;
    }
    // "the shift in the policy": a short in-/of-phrase ending on an event noun is still the reference.
    else if (TOPIC_PREPOSITIONS.has(tokens[end]?.norm ?? '') && end + 1 < to) {
      let m = end + 1;
      while (m < to && m < end + 5 && TOPIC_PHRASE_POS.has(tokens[m]!.pos)) m++;
      if (m > end + 1 && tokens[m - 1]!.pos === 'NOUN' && EVENT_NOUNS.has(conceptOf(tokens[m - 1]!.lemma))) end = m;
    }
    for (let j = i; j < end; j++) out.add(j);
    i = end - 1;
  }
  return out;
}

function isLight(lemma: string, pos: string): boolean {
  if (pos === 'PROPN' || !LIGHT_WORDS.has(lemma)) return false;
  return !(LIGHT_AS_VERB_ONLY.has(lemma) && pos === 'NOUN');
}

interface Piece {
  lemma: string;
  token: Token;
  /** Inside a definite reference to an earlier event ("the policy shift", "this decision"). */
  ref: boolean;
  /** False for function and light words, which only count inside an idiom. */
  content: boolean;
}

function lemmaOf(t: Token): string {
  // The tagger reads "US" as the pronoun "us" only when it is not a name; proper nouns keep their surface form.
  if (t.pos === 'PROPN') return t.norm.replace(/[’']s$/, '');
  return t.lemma;
}

const SKIPPABLE_IN_IDIOM = new Set(['DET', 'PRON', 'ADJ']);

/** A concept of a unit with the token it was read from; an idiom also lists the other tokens it took in. */
interface Folded {
  concept: string;
  token: Token;
  ref: boolean;
  idiom?: Token[];
}

/** Folds listed multi-word idioms ("leave office", "United States") into their concepts. */
function foldPhrases(pieces: Piece[]): Folded[] {
  // Idioms may span function words ("in the wake of") and skip determiners and possessives ("term nears its
  // end"); a word outside any idiom counts only if it is content.
  // Adjectives may stand inside an idiom too: "gain a new strategic edge", "lift the long-standing restrictions".
  const skippable = (p: Piece): boolean => SKIPPABLE_IN_IDIOM.has(p.token.pos);
  const match = (i: number, words: string[]): number => {
    let k = i;
    for (const w of words) {
      while (k < pieces.length && skippable(pieces[k]!) && pieces[k]!.lemma !== w) k++;
      const p = pieces[k];
      if (!p || (p.lemma !== w && conceptOf(p.lemma) !== w)) return -1;
      k++;
    }
    return k;
  };
  const out: Folded[] = [];
  for (let i = 0; i < pieces.length; ) {
    let next = -1;
    let concept = '';
    for (const [words, c] of PHRASES) {
      next = match(i, words);
      if (next > 0) {
        concept = c;
        break;
      }
    }
    if (next > 0) {
      const idiom = pieces.slice(i + 1, next).map((p) => p.token);
      for (const c of concept.split(' ')) out.push({ concept: c, token: pieces[i]!.token, ref: pieces[i]!.ref, idiom });
      i = next;
    } else {
      if (pieces[i]!.content) out.push({ concept: conceptOf(pieces[i]!.lemma), token: pieces[i]!.token, ref: pieces[i]!.ref });
      i++;
    }
  }
  return out;
}

/**
 * Negations that deny nothing of the fact: "not just the US", "has not confirmed whether it will follow" (the
 * question stays open; the clause neither states nor denies it).
 */
function openNegation(span: Token[], i: number): boolean {
  const next = span[i + 1]?.norm ?? '';
  if (next === 'just' || next === 'only') return true;
  for (let k = i + 1; k < span.length && k <= i + 4; k++) if (span[k]!.norm === 'whether' || span[k]!.norm === 'if') return true;
  return false;
}

/**
 * The verb that frames an open question ("has not confirmed whether it will follow suit", "asked if"): the
 * clause's fact is the question, which another report may state as a plan; the framing verb is no part of it.
 * ("has not confirmed" was already read as no negation of the fact: openNegation.)
 */
function asksWhether(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'VERB') return false;
  // Only "whether": a verb before "if" is as often a condition ("will respond if attacked") as a question.
  return tokens[i + 1]?.norm === 'whether';
}

const EXCLUDING = new Set(['beyond', 'outside', 'except', 'excluding']);
const NEGATIVE_PRONOUNS = new Set(['nobody', 'nothing', 'none', 'noone', 'neither']);
const PRIOR_MARKERS = new Set(['earlier', 'previously', 'formerly']);

/** An earlier state of affairs: a past marker ("previously") or a past perfect ("had lifted"). */
function isPrior(span: Token[]): boolean {
  for (let i = 0; i < span.length; i++) {
    const t = span[i]!;
    if (PRIOR_MARKERS.has(t.norm) && (t.pos === 'ADV' || t.pos === 'ADJ')) return true;
    if (t.norm === 'had' && t.pos === 'AUX') {
      const next = span.slice(i + 1, i + 4).find((x) => x.pos === 'VERB' || x.pos === 'AUX');
      // "had been requesting for some time" runs up to now; "had lifted" is over.
      const progressive = next?.norm === 'been' && /ing$/.test(span[span.indexOf(next) + 1]?.norm ?? '');
      if (next && /(?:ed|en|wn|t)$/.test(next.norm) && !progressive) return true;
    }
  }
  return false;
}

/**
 * The head of the subject: the last noun or name before the first verb that is not a reporting verb
 * ("Some reports claim that France will allow" → France). Enough to tell who acts, not a parse.
 */
function actorOf(span: Token[]): string | null {
  let head: string | null = null;
  for (const t of span) {
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      if (SPEECH_VERBS.has(t.lemma) || t.lemma === 'claim') {
        head = null;
        continue;
      }
      return head;
    }
    if (t.pos === 'PUNCT' && t.norm === ',') head = null;
    else if (t.pos === 'NOUN' || t.pos === 'PROPN') head = conceptOf(lemmaOf(t));
  }
  return null;
}

const POSSIBILITY_MODALS = new Set(['could', 'might', 'may']);

/**
 * The main statement is only a possibility ("Mr. Biden could authorize them to use the weapons elsewhere"):
 * the first verb after the subject, reporting verbs aside, is a modal of possibility. What could happen is not
 * what happened, though both use the same words.
 */
function isPossible(span: Token[]): boolean {
  for (let i = 0; i < span.length; i++) {
    const t = span[i]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    // "the report suggests that X could…": a verb with a that-clause frames the statement, it is not it.
    if (SPEECH_VERBS.has(t.lemma) || t.lemma === 'claim' || (t.pos === 'VERB' && span[i + 1]?.norm === 'that')) continue;
    return POSSIBILITY_MODALS.has(t.norm);
  }
  return false;
}

/** A sentence that opens with a past frame ("Earlier, ...", "In an earlier move in May, ...") frames all its clauses. */
function frontedPrior(doc: Doc, unit: FactUnit): boolean {
  const [from, to] = unit.sentenceTokens;
  const head = doc.layers.tokens.slice(from, Math.min(to, from + 10));
  const comma = head.findIndex((t) => t.norm === ',');
  return comma > 0 && isPrior(head.slice(0, comma));
}

/** Words that put an instrument into action: "use", "deploy", "employ", "fire" X. */
const EMPLOY = new Set(['use', 'deploy', 'employ', 'fire']);
/** How far (in concepts) the object of an employing verb may be: "deploy these long-range weapons". */
const OBJECT_WINDOW = 3;
/** Verbs after which "against" opposes an act rather than aims at a target ("warned against", "voted against"). */
const OPPOSING = new Set(['warn', 'vote', 'protest', 'argue', 'speak', 'advise', 'lobby', 'rule', 'campaign', 'caution', 'request']);

/**
 * A light who-does-what-to-whom frame for the commonest news paraphrase of an attack: deploying, using or
 * firing weapons is using them ("deploy these weapons in X" ≈ "use the missiles in X"), not stationing
 * troops, and using weapons *against* someone is striking them ("use the missiles first against troops" ≈
 * "will initially target troops"). Deploying troops stays deployment; sending weapons is supplying them.
 */
function weaponFrame(out: Folded[], span: Token[]): void {
  let armed = false;
  for (let i = 0; i < out.length; i++) {
    // The word itself, not its concept: "send" folds with "deploy" (troops), but sending weapons is supplying them.
    const lemma = out[i]!.token.lemma;
    if (!EMPLOY.has(lemma) && lemma !== 'send') continue;
    const near = out.slice(Math.max(0, i - 1), i + 1 + OBJECT_WINDOW);
    if (!near.some((f) => f.concept === 'weapon')) continue;
    if (lemma === 'send') {
      out[i]!.concept = 'supply';
      continue;
    }
    out[i]!.concept = 'use';
    armed = true;
  }
  if (!armed) return;
  // "warned against using weapons" opposes the use, it does not strike.
  const at = span.findIndex((t, i) => t.norm === 'against' && !OPPOSING.has(conceptOf(span[i - 1]?.lemma ?? '')));
  if (at >= 0 && !out.some((f) => f.concept === 'strike')) out.push({ concept: 'strike', token: { ...span[at]!, pos: 'VERB' }, ref: false });
}

/** Prepositions that put an act inside a country's borders: "strikes inside Russia", "deep into Russian territory". */
const INSIDE = new Set(['inside', 'within', 'into']);

/**
 * "inside Russia", "within Russian territory", "on Russian soil": an act on a country's own ground. The bare
 * name after "inside/within/into" says what "territory" says, so it gains that concept.
 */
function territoryFrame(folded: Folded[], span: Token[]): void {
  if (folded.some((f) => f.concept === 'territory')) return;
  for (let i = 0; i < span.length; i++) {
    if (!INSIDE.has(span[i]!.norm)) continue;
    const next = span.slice(i + 1, i + 3).find((t) => t.pos === 'PROPN' || t.pos === 'ADJ');
    if (next && isPlace(conceptOf(lemmaOf(next)))) {
      folded.push({ concept: 'territory', token: { ...next, pos: 'NOUN' }, ref: false });
      return;
    }
  }
}

/** What "power" modifies when it means electricity: "power grid", "power plant", "power cuts". */
const UTILITY_HEADS = new Set(['plant', 'station', 'line', 'outage', 'cut', 'supply', 'generation', 'network']);

/**
 * "power" before a utility noun is electricity ("Ukraine's power infrastructure" = "the energy grid"); alone,
 * or before other nouns ("power struggle", "using this power"), it is capability and keeps its own concept.
 */
function electric(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.lemma !== 'power' || t.pos !== 'NOUN' || next?.pos !== 'NOUN') return false;
  return UTILITY_HEADS.has(next.lemma) || conceptOf(next.lemma) === 'infrastructure';
}

/** How far back "the country" looks for the country it stands for (about two sentences of news prose). */
const COUNTRY_WINDOW = 40;

/**
 * "the country's energy grid": a definite "the country" stands for the country the report named last, so the
 * clause can meet another that names it ("Ukraine's power infrastructure"). Returns that country's concept.
 */
function countryMeant(tokens: Token[], i: number): string | null {
  const t = tokens[i]!;
  if (t.pos !== 'NOUN' || t.lemma !== 'country' || tokens[i - 1]?.norm !== 'the') return null;
  for (let k = i - 2; k >= 0 && k >= i - COUNTRY_WINDOW; k--) {
    const p = tokens[k]!;
    if (p.pos !== 'PROPN' && p.pos !== 'ADJ') continue;
    const concept = conceptOf(lemmaOf(p));
    if (isPlace(concept)) return concept;
  }
  return null;
}


/** "the Kursk region": the noun is part of the place's name, which names where, not what happened. */
function placeHeads(span: Token[]): Set<Token> {
  return new Set(span.filter((t, i) => i > 0 && span[i - 1]!.pos === 'PROPN' && LAND_NOUNS.has(conceptOf(t.lemma))));
}

const readings = new WeakMap<Doc, Map<string, string>>();

/** What a bare place name means in this report: the one qualified form it names ("Korean" → north-korea). */
function bareReadings(doc: Doc): Map<string, string> {
  let out = readings.get(doc);
  if (out) return out;
  out = new Map();
  for (const [bare, forms] of Object.entries(QUALIFIED_PLACES)) {
    const named = forms.filter(([re]) => re.test(doc.text));
    if (named.length === 1) out.set(bare, named[0]![1]);
  }
  readings.set(doc, out);
  return out;
}

/**
 * Whether a token names rather than states: a proper noun, unless it is an ordinary word the tables know as a
 * common concept ("Missile" in "Army Tactical Missile Systems" is still a missile; places stay names).
 */
function nameKind(token: Token, concept: string): boolean {
  return token.pos === 'PROPN' && !isKnownConcept(concept);
}

export function unitFeatures(doc: Doc, unit: FactUnit): UnitFeatures {
  const tokens = doc.layers.tokens;
  const terms: UnitFeatures['terms'] = new Map();
  const numbers: UnitFeatures['numbers'] = [];
  const pieces: Piece[] = [];
  const content = new Set(unit.tokens);
  const refs = eventReferences(tokens, unit.tokenRange[0], unit.tokenRange[1]);
  const resolved = new Set<Token>();
  // Every word of the span takes part in idiom matching ("in the wake of"); only content words count alone.
  for (let i = unit.tokenRange[0]; i < unit.tokenRange[1]; i++) {
    const t = tokens[i]!;
    if (t.pos === 'PUNCT') continue;
    if (!content.has(i) || asksWhether(tokens, i)) {
      pieces.push({ lemma: t.lemma, token: t, content: false, ref: refs.has(i) });
      continue;
    }
    const clock = /^(\d{1,2})[:.](\d{2})$/.exec(t.norm);
    const meridiem = /^[ap]\.?m\.?$/.test(tokens[i + 1]?.norm ?? '');
    if (clock || (t.pos === 'NUM' && meridiem)) {
      // A time of day, to the nearest hour: "7:41 a.m." and "shortly before 8 a.m." name the same moment.
      const minutes = clock ? Number(clock[1]) * 60 + Number(clock[2]) : Number(t.norm) * 60;
      if (Number.isFinite(minutes)) terms.set(`@${Math.round(minutes / 60) % 24}h`, { kind: 'number', pos: 'NUM' });
      continue;
    }
    if (t.pos === 'NUM') {
      const v = numberValue(t.norm);
      if (v === null) continue;
      const next = tokens[i + 1];
      const scale = next && next.sentence === t.sentence ? scaleValue(next.norm) : null;
      const value = scale ? v * scale : v;
      const currency = /^[$€£¥]/.test(t.norm) || /^[$€£¥]$/.test(tokens[i - 1]?.norm ?? '');
      // What is counted: the next noun within two tokens ("120 metres", "9,000 pedestrians").
      let counts: string | null = currency ? 'money' : null;
      for (let k = i + 1; !counts && k <= i + 3 && k < tokens.length; k++) {
        const n = tokens[k]!;
        if (n.sentence !== t.sentence) break;
        if (n.pos === 'NOUN') counts = conceptOf(n.lemma);
      }
      numbers.push({ value, counts });
      // Small counts ("two", "three") recur in unrelated sentences; they count as ordinary words.
      terms.set(`#${value}`, { kind: value > 12 ? 'number' : 'word', pos: 'NUM' });
      continue;
    }
    // "strikes beyond Kursk", "anywhere except the capital": the place named is the one excluded.
    const excluded = t.pos === 'PROPN' && EXCLUDING.has(tokens[i - 1]?.norm ?? '');
    const country = countryMeant(tokens, i);
    if (country) resolved.add(t);
    const lemma = country ?? (electric(tokens, i) ? 'energy' : (excluded ? '¬' : '') + lemmaOf(t));
    if (lemma.length < 2 || TITLES.has(lemma.replace(/\.$/, ''))) continue;
    if (scaleValue(t.norm) !== null && tokens[i - 1]?.pos === 'NUM') continue;
    pieces.push({ lemma, token: t, content: !isLight(lemma, t.pos), ref: refs.has(i) });
    // "beyond Kursk" says where else, as "elsewhere" does.
    if (excluded) pieces.push({ lemma: 'elsewhere', token: t, content: true, ref: refs.has(i) });
  }
  // A relative clause is about its antecedent ("ATACMS, which range 190 miles"): its concepts count too.
  for (const i of unit.antecedent) {
    const t = tokens[i]!;
    const concept = conceptOf(lemmaOf(t));
    if (concept.length > 1 && !terms.has(concept) && !isLight(concept, t.pos)) terms.set(concept, { kind: nameKind(t, concept) ? 'name' : 'word', pos: t.pos });
  }
  const seq: string[] = [];
  const verb: boolean[] = [];
  const span = tokens.slice(unit.tokenRange[0], unit.tokenRange[1]);
  const folded = foldPhrases(pieces);
  weaponFrame(folded, span);
  territoryFrame(folded, span);
  const bare = bareReadings(doc);
  const heads = placeHeads(span);
  for (const f of folded) f.concept = bare.get(f.concept) ?? f.concept;
  for (const { concept, token, ref } of folded) {
    if (isLight(concept, token.pos)) continue;
    if (seq[seq.length - 1] !== concept) {
      seq.push(concept);
      verb.push(token.pos === 'VERB');
    }
    const known = terms.get(concept);
    if (!known) terms.set(concept, { kind: nameKind(token, concept) || heads.has(token) || resolved.has(token) ? 'name' : 'word', pos: token.pos, ref });
    else if (!ref) known.ref = false;
  }
  // A verb paired with the concepts near it keeps a little of who-does-what: crews that "rescued"
  // people are not crews that "injured" them, though both sentences name crews, people and the harbour.
  for (let i = 0; i < seq.length; i++)
    for (let k = i + 1; k < seq.length && k <= i + PAIR_WINDOW; k++) {
      if (!verb[i] && !verb[k]) continue;
      const [a, b] = seq[i]! < seq[k]! ? [seq[i]!, seq[k]!] : [seq[k]!, seq[i]!];
      terms.set(`${a}+${b}`, { kind: 'pair', pos: 'PAIR' });
    }
  const negated = span.some((t, i) => (NEGATORS.has(t.norm) || NEGATIVE_PRONOUNS.has(t.norm)) && !openNegation(span, i));
  // Polarity is part of the fact: "No one died" and "Nobody was killed" agree on a negated statement.
  if (negated) terms.set('¬', { kind: 'word', pos: 'PART' });
  // The frame reads the same concepts the bag holds, so both agree on what a word means.
  const readings = new Map<Token, TokenReading>();
  for (const { concept, token, ref, idiom } of folded) {
    if (!readings.has(token)) readings.set(token, { concept: isLight(concept, token.pos) ? null : concept, ref });
    for (const t of idiom ?? []) readings.set(t, { concept: null, ref, idiom: true });
  }
  const read = (t: Token): TokenReading => readings.get(t) ?? { concept: null, ref: false };
  const antecedent = argumentOf(
    unit.antecedent.map((i) => tokens[i]!),
    (t) => ({ concept: bare.get(conceptOf(lemmaOf(t))) ?? conceptOf(lemmaOf(t)), ref: false }),
  );
  const frame = readFrame(span, read, antecedent);
  return { terms, numbers, negated, prior: isPrior(span) || frontedPrior(doc, unit), possible: isPossible(span), actor: actorOf(span), frame };
}

/** A unit as a weighted bag of concepts: IDF over the story's units times a factor for the kind of word. */
export interface WeightedUnit {
  weights: Map<string, number>;
  /** Euclidean norm of the weights. */
  norm: number;
  /** The same weights as parallel arrays sorted by interned term id, for fast intersection. */
  ids: Int32Array;
  values: Float64Array;
  /** Whether each term (same order) states content — a word or a figure — rather than a name or a pair. */
  factual: Uint8Array;
}

export function documentFrequency(features: UnitFeatures[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const f of features) for (const t of f.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

export function weighUnits(features: UnitFeatures[], df: Map<string, number>): WeightedUnit[] {
  const n = features.length;
  const intern = new Map<string, number>();
  return features.map((f) => {
    const weights = new Map<string, number>();
    const entries: [number, number, number][] = [];
    let sq = 0;
    for (const [term, info] of f.terms) {
      const idf = Math.max(0, Math.log((n + 1) / ((df.get(term) ?? 0) + 0.5)));
      const w = idf * KIND_WEIGHT[info.kind] * (POS_WEIGHT[info.pos] ?? 1) * (info.ref ? REFERENCE_WEIGHT : 1) * (TIME_WORDS.has(term) ? TIME_WEIGHT : 1);
      if (w <= 0) continue;
      weights.set(term, w);
      let id = intern.get(term);
      if (id === undefined) intern.set(term, (id = intern.size));
      entries.push([id, w, info.kind === 'word' || info.kind === 'number' ? 1 : 0]);
      sq += w * w;
    }
    entries.sort((x, y) => x[0] - y[0]);
    return {
      weights,
      norm: Math.sqrt(sq),
      ids: Int32Array.from(entries.map((e) => e[0])),
      values: Float64Array.from(entries.map((e) => e[1])),
      factual: Uint8Array.from(entries.map((e) => e[2])),
    };
  });
}

