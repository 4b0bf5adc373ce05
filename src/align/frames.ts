/**
 * Who does what to whom: a small predicate–argument frame of a fact unit, read off the POS tags by rule (no
 * parser). A bag of concepts cannot tell "troops deployed in X" from "weapons used against troops in X", nor
 * "Russia strikes Ukraine" from "Ukraine strikes Russia": the words are the same, the roles are not. Each verb
 * (and each event noun with an of-complement: "the arrival of troops", "Ukraine's use of missiles") becomes a
 * predication with the concepts of its agent (who acts), theme (what it acts on, or the complement it states),
 * place (in/inside/within/into/near X) and instrument (with X). Arguments are compared by their common nouns
 * (the heads that say what kind of thing takes part), names only when one side has no common noun.
 */
import type { Token } from '../doc/types.js';
import { EVENT_NOUNS, LAND_NOUNS, TIME_WORDS, isKnownConcept } from './lexicon.js';

export type Role = 'agent' | 'theme' | 'place' | 'instrument';
export const ROLES: Role[] = ['agent', 'theme', 'place', 'instrument'];

/** The concepts of one argument: its common nouns (kinds of things) and its names, kept apart. */
export interface Argument {
  nouns: Set<string>;
  names: Set<string>;
}

export interface Predication {
  /** The concept of the verb or event noun ("authorise" and "approve" → permit). */
  predicate: string;
  agent: Argument | null;
  theme: Argument | null;
  place: Argument | null;
  instrument: Argument | null;
}

export type Frame = Predication[];

/**
 * What the frame reader needs to know of a token: its concept as the aligner compares it (after idioms and
 * variant folding), or null for a word that carries no fact (function, light, reporting words), and whether
 * it is part of a definite reference to an earlier event ("the decision"), which names a topic, not a role.
 */
export interface TokenReading {
  concept: string | null;
  ref: boolean;
  /** Inside a multi-word idiom read as one concept ("in the wake of" → because): not a preposition of its own. */
  idiom?: boolean;
}

/** Prepositions of place: the argument says where the act happens. */
const PLACE_PREPOSITIONS = new Set(['in', 'inside', 'within', 'into', 'near', 'across', 'throughout', 'onto']);
/**
 * Verbs whose object is the subject of the infinitive after it ("allow Ukraine to strike", "urged allies to
 * approve"); after other verbs the subject acts ("use the missiles to target sites"). General English.
 */
const OBJECT_CONTROL = new Set(['permit', 'request', 'force', 'help', 'encourage', 'persuade', 'prompt', 'order', 'invite', 'require', 'cause', 'lead', 'want', 'expect', 'tell', 'advise', 'warn']);
/** Counting words are not participants: "numbering in the thousands". */
const COUNT_NOUNS = new Set(['hundred', 'thousand', 'million', 'billion', 'dozen', 'number', 'lot', 'majority', 'handful']);
/** Forms of "be": a participle after one is passive, its surface subject is what is acted on. */
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re"]);
const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
/** Boundaries of an argument: a new clause or a new role begins. */
const CLAUSE_BREAK = new Set([',', ';', ':', '.', '!', '?', '–', '—']);

function emptyArgument(): Argument {
  return { nouns: new Set(), names: new Set() };
}

function isEmpty(a: Argument | null): boolean {
  return a === null || (a.nouns.size === 0 && a.names.size === 0);
}

function addTo(arg: Argument, t: Token, reading: TokenReading): void {
  // "the decision to allow X", "plans to reduce Y": an event noun names the predication, not a participant.
  // "during the morning rush hour", "spent the night": words of time date the act, they do not take part.
  const c = reading.concept;
  if (reading.ref || c === null || EVENT_NOUNS.has(c) || COUNT_NOUNS.has(c) || TIME_WORDS.has(c)) return;
  if (t.pos === 'NOUN') arg.nouns.add(c);
  else if (t.pos === 'PROPN') arg.names.add(c);
}

/** The argument a few tokens make (a relative clause's antecedent), read as any noun phrase is. */
export function argumentOf(tokens: Token[], read: (t: Token) => TokenReading): Argument | null {
  const arg = emptyArgument();
  for (const t of tokens) addTo(arg, t, read(t));
  return isEmpty(arg) ? null : arg;
}

function merge(into: Argument, from: Argument | null): void {
  if (!from) return;
  for (const n of from.nouns) into.nouns.add(n);
  for (const n of from.names) into.names.add(n);
}

/** A past participle: an inflected verb form that is neither -ing nor a plain present. */
function participle(t: Token): boolean {
  return t.pos === 'VERB' && t.norm !== t.lemma && !t.norm.endsWith('ing') && !/[^s]s$/.test(t.norm);
}

/**
 * Reads the predications of one unit's tokens. `read` gives each token's concept; `antecedent` is the noun
 * phrase a relative clause is about ("troops, who have been deployed" → troops), which is its subject.
 */
export function readFrame(span: Token[], read: (t: Token) => TokenReading, antecedent: Argument | null): Frame {
  const frame: Frame = [];
  /** The noun phrase just read, not yet given a role, with where it ended. */
  let pending: Argument | null = null;
  let pendingEnd = -1;
  /**
   * The arguments being filled (several when an infinitive spells out a noun: in "a necessity to counter X",
   * X is also part of what the necessity is) and the predication the last one belongs to.
   */
  let open: Argument[] = [];
  let current: Predication | null = null;
  /** The subject of the last finite verb: the controller of a following infinitive when no object intervenes. */
  let subject: Argument | null = null;
  let i = 0;
  const n = span.length;
  const readNP = (from: number): [Argument, number] => {
    const arg = emptyArgument();
    let k = from;
    for (; k < n; k++) {
      const t = span[k]!;
      // "the escalating involvement": a participle before a noun modifies it.
      const modifier = t.pos === 'VERB' && /ing$/.test(t.norm) && (span[k + 1]?.pos === 'NOUN' || span[k + 1]?.pos === 'ADJ');
      // "US-supplied weapons", "President-elect": a word glued to a hyphen is part of the compound.
      const glued = k > from && span[k - 1]!.norm === '-' && span[k - 1]!.end === t.start;
      const apostrophe = t.pos === 'PART' && /^['’]s$/.test(t.norm);
      const hyphen = t.pos === 'PUNCT' && ((t.norm === '-' && k > from && span[k - 1]!.end === t.start) || t.norm === '(' || t.norm === ')');
      const joins = (t.norm === 'and' || t.norm === 'or' || t.norm === 'of') && NP_POS.has(span[k + 1]?.pos ?? '') && k > from;
      if (!(NP_POS.has(t.pos) || modifier || glued || apostrophe || hyphen || joins || (t.pos === 'ADV' && NP_POS.has(span[k + 1]?.pos ?? '')))) break;
      if (t.pos === 'PRON' && !(k === from && RELATIVE_PRONOUNS.has(t.norm))) {
        // A personal pronoun is an argument we cannot resolve here: the phrase stays without concepts.
        if (k > from) break;
        continue;
      }
      if (!glued) addTo(arg, t, read(t));
    }
    return [arg, k];
  };
  while (i < n) {
    const t = span[i]!;
    if (t.pos === 'PUNCT' && CLAUSE_BREAK.has(t.norm)) {
      open = [];
      pending = null;
      i++;
      continue;
    }
    if (t.pos === 'SCONJ' || (t.pos === 'CCONJ' && span[i + 1]?.pos !== 'NOUN' && span[i + 1]?.pos !== 'PROPN' && span[i + 1]?.pos !== 'ADJ')) {
      open = [];
      pending = null;
      i++;
      continue;
    }
    // A relative pronoun at the start stands for the antecedent.
    if (i === 0 && RELATIVE_PRONOUNS.has(t.norm) && antecedent) {
      pending = antecedent;
      pendingEnd = 1;
      i++;
      continue;
    }
    // "amid growing scrutiny": a participle before a noun opens a noun phrase, it does not head a clause.
    const modifier = t.pos === 'VERB' && /ing$/.test(t.norm) && span[i + 1]?.pos === 'NOUN' && (i === 0 || ['DET', 'ADP', 'ADJ', 'CCONJ'].includes(span[i - 1]!.pos));
    if (NP_POS.has(t.pos) || modifier || (t.pos === 'PART' && /^['’]s$/.test(t.norm))) {
      const [arg, end] = readNP(i);
      // Event nouns with an of-complement are predications of their own: "Russia's introduction of forces".
      for (let k = i; k < end; k++) {
        const head = span[k]!;
        if (head.pos !== 'NOUN' || span[k + 1]?.norm !== 'of') continue;
        const r = read(head);
        if (r.concept === null || r.ref) continue;
        const [inner] = readNP(k + 2);
        const possessor = emptyArgument();
        for (let m = i; m < k; m++) if (span[m + 1]?.pos === 'PART' && /^['’]s$/.test(span[m + 1]!.norm)) addTo(possessor, span[m]!, read(span[m]!));
        frame.push({ predicate: r.concept, agent: isEmpty(possessor) ? null : possessor, theme: isEmpty(inner) ? null : inner, place: null, instrument: null });
      }
      if (open.length > 0) for (const o of open) merge(o, arg);
      else {
        pending = arg;
        pendingEnd = end;
      }
      i = end;
      continue;
    }
    if (t.pos === 'ADP') {
      const word = t.norm;
      const [arg, end] = readNP(i + 1);
      // Inside an idiom ("comes in the wake of X"), the phrase after it is the predicate's complement.
      if (read(t).idiom && current) {
        current.theme ??= emptyArgument();
        merge(current.theme, arg);
        open = [current.theme];
      } else if (current && PLACE_PREPOSITIONS.has(word) && !isEmpty(arg)) {
        current.place ??= emptyArgument();
        merge(current.place, arg);
        open = [];
      } else if (current && word === 'with' && !isEmpty(arg)) {
        current.instrument ??= emptyArgument();
        merge(current.instrument, arg);
        open = [];
      } else if (current && (word === 'by' || word === 'from') && current.agent === null && !isEmpty(arg)) {
        current.agent = arg;
        open = [];
      } else if (current && word === 'against' && !isEmpty(arg)) {
        // "use the missiles against troops": what weapons are used against is what they strike.
        const strike: Predication = { predicate: 'strike', agent: current.agent, theme: arg, place: null, instrument: null };
        frame.push(strike);
        current = strike;
        open = [];
      } else if (open.length > 0) for (const o of open) merge(o, arg);
      else if (current && current.theme === null && !isEmpty(arg)) {
        current.theme = arg;
        open = [arg];
      } else {
        // "for Ukraine to conduct strikes": the phrase may control a following infinitive.
        pending = arg;
        pendingEnd = end;
      }
      i = end;
      continue;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PART' && t.norm === 'to')) {
      // The verb chain: auxiliaries, "to", adverbs and negation up to the main verb.
      let k = i;
      let passive = false;
      let infinitive = false;
      let main = -1;
      for (; k < n; k++) {
        const c = span[k]!;
        if (c.pos === 'AUX' || (c.pos === 'VERB' && read(c).concept === null && span[k + 1]?.pos !== 'NOUN')) {
          if (BE.has(c.norm) || c.lemma === 'be') passive = true;
          continue;
        }
        if (c.pos === 'PART' || c.pos === 'ADV') {
          if (c.norm === 'to') infinitive = true;
          continue;
        }
        if (c.pos === 'VERB') main = k;
        break;
      }
      if (main < 0) {
        i = Math.max(k, i + 1);
        continue;
      }
      const verb = span[main]!;
      const r = read(verb);
      if (r.concept === null) {
        i = main + 1;
        continue;
      }
      const isPassive = passive && participle(verb);
      // Who the subject is: the noun phrase just before the chain, or for an infinitive the phrase that
      // controls it ("allow Ukraine to use" → Ukraine; "Ukraine plans to deploy" → Ukraine).
      let before: Argument | null = pending && pendingEnd === i ? pending : null;
      const afterNoun = infinitive && i > 0 && span[i - 1]!.pos === 'NOUN';
      if (!before && infinitive && current) before = current.theme && open.includes(current.theme) && OBJECT_CONTROL.has(current.predicate) ? current.theme : subject;
      if (!before && infinitive && pending) before = pending;
      const p: Predication = { predicate: r.concept, agent: null, theme: null, place: null, instrument: null };
      if (isPassive) p.theme = before;
      else p.agent = before;
      if (!infinitive) subject = before;
      frame.push(p);
      current = p;
      pending = null;
      // What follows the verb is its object (active) or, after a passive, more of the complement.
      if (!isPassive) {
        p.theme = emptyArgument();
        open = afterNoun ? [p.theme, ...open] : [p.theme];
      } else open = [];
      i = main + 1;
      continue;
    }
    i++;
  }
  // Using weapons is striking with them: "deploy these weapons in X" states strikes in X.
  for (const p of [...frame])
    if (p.predicate === 'use' && p.theme?.nouns.has('weapon')) frame.push({ predicate: 'strike', agent: p.agent, theme: null, place: p.place, instrument: p.theme });
  for (const p of frame) {
    // An object that is a stretch of land says where: "attack Russian soil" ≈ "strikes inside Russia".
    if (p.theme && p.theme.nouns.size > 0 && [...p.theme.nouns].every((x) => LAND_NOUNS.has(x))) {
      p.place ??= emptyArgument();
      merge(p.place, p.theme);
      p.theme = null;
    }
    for (const role of ROLES) if (isEmpty(p[role])) p[role] = null;
  }
  return frame;
}

function overlaps(x: Set<string>, y: Set<string>): boolean {
  for (const v of x) if (y.has(v)) return true;
  return false;
}

const AGREE = 1;
const NONE = 0;
const CONFLICT = -1;

/** How two arguments of one role relate: same kind of thing (1), different things (-1), nothing to compare (0). */
function relate(a: Argument | null, b: Argument | null): number {
  if (!a || !b) return NONE;
  if (a.nouns.size > 0 && b.nouns.size > 0) {
    if (overlaps(a.nouns, b.nouns)) return AGREE;
    // "scrutiny of X's support" against "the arrival of X's troops": a shared name keeps them comparable.
    return overlaps(a.names, b.names) ? NONE : CONFLICT;
  }
  return overlaps(a.names, b.names) || overlaps(a.nouns, b.names) || overlaps(a.names, b.nouns) ? AGREE : NONE;
}

/** The one core participant a predication names: a passive without its agent, an intransitive verb. */
function lone(x: Predication): Role | null {
  if (x.agent && !x.theme) return 'agent';
  if (x.theme && !x.agent) return 'theme';
  return null;
}

/**
 * Whether two units say nothing alike about what they share: each states something (has a predicate) and no
 * predicate of either is among the other's concepts at all. "Troops deployed in X" and "strikes on troops in
 * X" share who and where, not what happens.
 */
export function disjointPredicates(a: Frame, aTerms: { has(t: string): boolean }, b: Frame, bTerms: { has(t: string): boolean }): boolean {
  if (a.length === 0 || b.length === 0) return false;
  // Only actions the tables know can be told apart: an unlisted verb may be a paraphrase of the other side's
  // ("froze the licence" / "suspended the authorisation"), and halving it would punish wording, not meaning.
  if (!a.some((p) => isKnownConcept(p.predicate)) || !b.some((p) => isKnownConcept(p.predicate))) return false;
  for (const p of a) if (bTerms.has(p.predicate)) return false;
  for (const q of b) if (aTerms.has(q.predicate)) return false;
  return true;
}

/**
 * Whether two units state the same act with the same participants: some predicate both state has more roles
 * filled alike than differently. What is acted on differs in "target troops" / "target positions"; the
 * agent read off the tags is too often the wrong phrase (a fronted noun, a nominalisation) for a difference
 * there to count, and swapped roles ("Russia strikes Ukraine" / "Ukraine strikes Russia") count against.
 */
export function framesAgree(a: Frame, b: Frame): boolean {
  for (const p of a)
    for (const q of b) {
      if (p.predicate !== q.predicate) continue;
      let agree = 0;
      let differ = 0;
      for (const role of ROLES) {
        const r = relate(p[role], q[role]);
        if (r === AGREE) agree++;
        else if (r === CONFLICT && role === 'theme') differ++;
      }
      // One side names only who acts, the other only what is acted on: a passive without its agent, or two
      // converse verbs folded into one concept ("X follows Y" / "X was triggered by Y"). The one participant
      // each names is compared.
      const lp = lone(p);
      const lq = lone(q);
      if (lp && lq && lp !== lq && relate(p[lp], q[lq]) === AGREE) agree++;
      if (relate(p.agent, q.theme) === AGREE && relate(p.theme, q.agent) === AGREE && relate(p.agent, q.agent) !== AGREE) differ++;
      if (agree > differ) return true;
    }
  return false;
}

/** A compact text form of a frame, for inspection: permit(agent=biden; theme=ukraine) ... */
export function frameText(frame: Frame): string {
  const arg = (a: Argument | null): string => (a ? [...a.nouns, ...[...a.names].map((x) => x.toUpperCase())].join('/') : '');
  return frame
    .map((p) => `${p.predicate}(${ROLES.filter((r) => p[r]).map((r) => `${r[0]}=${arg(p[r])}`).join('; ')})`)
    .join(' ');
}

/**
 * The frame as terms, one per predicate, role and participant ("strike:theme=troop", "deploy:place=kursk"):
 * weighed by rarity like words, they measure how much two groups of clauses agree on who does what.
 */
export function roleTerms(frame: Frame): Set<string> {
  const out = new Set<string>();
  for (const p of frame)
    for (const role of ROLES) {
      const arg = p[role];
      if (!arg) continue;
      for (const c of [...arg.nouns, ...arg.names]) out.add(`${p.predicate}:${role}=${c}`);
    }
  return out;
}

/** Role terms weighed by rarity over the story's units, scaled to unit length. */
export function roleVectors(terms: Set<string>[]): Map<string, number>[] {
  const df = new Map<string, number>();
  for (const t of terms) for (const x of t) df.set(x, (df.get(x) ?? 0) + 1);
  const n = terms.length;
  return terms.map((t) => {
    const v = new Map([...t].map((x) => [x, Math.log((n + 1) / (df.get(x)! + 0.5))]));
    const norm = Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
    return new Map([...v].map(([x, w]) => [x, norm > 0 ? w / norm : 0]));
  });
}
