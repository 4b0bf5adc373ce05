/**
 * From capitalised runs to typed mentions. A run is cut into segments at titles and demonyms ("U.S. President
 * Joe Biden" → "U.S." | "President Joe Biden"); each segment is typed by the gazetteers first, then by its last
 * word (Group, Ministry → organisation; Oblast, County → place; Systems, Missiles → product), then by its first
 * word (a given name → person), then by the words around it (a role noun before, a speech verb after).
 */
import type { EntityType } from '../../doc/types.js';
import {
  GIVEN_NAMES, NAME_PARTICLES, MODEL_DESIGNATION, ORG_HEADS, ORG_OPENERS, OUTLET_HEADS, PLACE_HEADS, PLACE_OPENERS, PLACE_PREFIXES, PLACE_SUFFIXES, PRODUCT_HEADS, PRODUCT_NOUNS,
  ROLE_NOUNS, SPEECH_VERBS, publicFigureBySurname, type Known,
} from './gazetteer/index.js';
import type { OrgKind } from './gazetteer/organizations.js';
import { nameKey } from './names.js';
import { isCap, isStarter, isUpperAcronym, sentenceInitial, slice, type Unit, type Words } from './scan.js';

/** A mention before in-report resolution. Token indices are into the sentence's `Words`. */
export interface Candidate {
  start: number;
  end: number;
  /** Where the name starts once titles are left out ("Biden" in "President Biden"). */
  nameStart: number;
  type: EntityType;
  /** The name as known so far: the gazetteer's name, or the name part of the text. */
  name: string;
  /** Lower-case title words before the name ("president", "mr"). */
  titles: string[];
  known: Known | null;
  orgKind: OrgKind | null;
  sentence: number;
  /** True for upper-case abbreviations ("NATO", "ATACMS"), which a definition in parentheses may expand. */
  acronym: boolean;
}

/** First words of named events that are not people ("Hurricane Milton"). */
const EVENT_PREFIXES = new Set(['hurricane', 'storm', 'typhoon', 'cyclone', 'tropical', 'operation', 'battle', 'treaty', 'war']);

/** Prefixes of ship names. */
const SHIP_PREFIXES = new Set(['MV', 'MS', 'SS', 'HMS', 'USS', 'INS', 'RFA', 'HMCS', 'HMAS', 'FS', 'RV', 'MT']);

const BEFORE_PLACE = new Set(['in', 'at', 'near', 'across', 'into', 'inside', 'outside', 'towards', 'toward', 'of', 'from']);

function lastWord(w: Words, u: Unit): string {
  return nameKey(w.surf[u.to - 1]!);
}

/** Drops what cannot start a name: sentence-initial common words and dangling links. */
function trimStart(w: Words, units: Unit[], midCaps: Set<string>): Unit[] {
  const out = [...units];
  while (out.length) {
    const u = out[0]!;
    const alone = out.filter((x) => x.kind === 'word' || x.kind === 'known').length === 1;
    if (u.kind === 'link') out.shift();
    else if (u.kind === 'word' && sentenceInitial(w, u.from) && isStarter(w, u.from, midCaps, alone)) out.shift();
    else break;
  }
  while (out.length && out[out.length - 1]!.kind === 'link') out.pop();
  return out;
}

/**
 * Cuts a run at demonyms (dropped), before titles (a title opens a new name), and at "of" unless the first part
 * opens or heads an organisation ("University of Port Adalyn" stays; "Inner Basin of Port Adalyn" is two places).
 */
function segments(w: Words, units: Unit[]): Unit[][] {
  const out: Unit[][] = [];
  let cur: Unit[] = [];
  units.forEach((u, i) => {
    const named = cur.filter((c) => c.kind !== 'title');
    if (u.kind === 'link' && w.surf[u.from]!.toLowerCase() === 'of' && named.length) {
      const first = nameKey(w.surf[named[0]!.from]!);
      const last = nameKey(w.surf[cur[cur.length - 1]!.to - 1]!);
      if (!ORG_OPENERS.has(first) && !PLACE_OPENERS.has(first) && !ORG_HEADS.has(last)) {
        out.push(cur);
        cur = [];
        return;
      }
    }
    if (u.kind === 'demonym') {
      // "Indian Navy", "Russian Defence Ministry": a demonym that opens an organisation's name stays in it.
      const rest = units.slice(i + 1);
      const stop = rest.findIndex((x) => x.kind !== 'word');
      const words = stop < 0 ? rest : rest.slice(0, stop);
      if (cur.length === 0 && words.length && ORG_HEADS.has(nameKey(w.surf[words[words.length - 1]!.to - 1]!))) {
        cur.push({ kind: 'word', from: u.from, to: u.to });
        return;
      }
      if (cur.length) out.push(cur);
      cur = [];
      return;
    }
    if (u.kind === 'title' && cur.some((c) => c.kind !== 'title')) {
      out.push(cur);
      cur = [];
    }
    cur.push(u);
  });
  if (cur.length) out.push(cur);
  return out;
}

function make(w: Words, sentence: number, from: number, nameFrom: number, to: number, type: EntityType, known: Known | null, titles: string[]): Candidate {
  let text = slice(w, nameFrom, to);
  let end = w.toks[to - 1]!.end;
  // The tokenizer keeps a sentence's full stop on a last word it takes for an abbreviation ("on X.").
  if (to === w.toks.length && /^\p{L}\.$/u.test(w.surf[to - 1]!)) {
    end -= 1;
    text = text.slice(0, -1);
  }
  return {
    start: w.toks[from]!.start,
    end,
    nameStart: w.toks[nameFrom]!.start,
    type,
    name: known?.name ?? text,
    titles,
    known,
    orgKind: known?.orgKind ?? (type === 'organization' ? orgKindOf(nameKey(text)) : null),
    sentence,
    acronym: to - nameFrom === 1 && isUpperAcronym(w.surf[nameFrom]!),
  };
}

/** News agencies and outlets by their words ("Coastal Press Agency", "Adalyn Gazette"). */
function orgKindOf(key: string): OrgKind | null {
  const words = key.split(' ');
  const last = words[words.length - 1]!;
  if (last === 'agency' && words.some((x) => x === 'press' || x === 'news')) return 'agency';
  return OUTLET_HEADS.has(last) ? 'outlet' : null;
}

/** The type of a name made only of words no gazetteer knows, from its shape and its neighbours. */
function unknownType(w: Words, from: number, to: number): EntityType {
  const words = w.surf.slice(from, to);
  const first = nameKey(words[0]!);
  const last = nameKey(words[words.length - 1]!);
  if (words.length === 1 && MODEL_DESIGNATION.test(words[0]!)) return 'product';
  if (words.length > 1 && PRODUCT_HEADS.has(last)) return 'product';
  if (words.length > 1 && ORG_HEADS.has(last)) return 'organization';
  if (words.length > 1 && PLACE_HEADS.has(last)) return 'place';
  if (words.length === 1 && isUpperAcronym(words[0]!)) return 'organization';
  if (words.length > 2 && ORG_OPENERS.has(first) && words.some((x) => x === 'of')) return 'organization';
  if (words.length > 2 && PLACE_OPENERS.has(first) && words.some((x) => x === 'of')) return 'place';
  // Ships: "MV Gibe", "INS Mysore", "HMS Victory".
  if (words.length > 1 && SHIP_PREFIXES.has(words[0]!)) return 'other';
  if (words.length > 1 && PLACE_PREFIXES.has(first)) return 'place';
  const prev = from > 0 ? w.surf[from - 1]!.toLowerCase() : '';
  const next = to < w.surf.length ? w.surf[to]!.toLowerCase() : '';
  // Apposition: "Leo Marsh, a deckhand", "Nadia Okafor, a spokesperson for the HTA".
  if (words.length > 1 && !isUpperAcronym(words[0]!) && next === ',' && /^(?:a|an|the|who)$/i.test(w.surf[to + 1] ?? '') && /^\p{Ll}/u.test(w.surf[to + 2] ?? 'x')) return 'person';
  // "told the Ledger", "seen by the Courier": a lone capitalised noun after "the" mid-sentence names a body.
  // Not when a noun follows: "the Saltmarket ferry terminal" uses the name as a modifier.
  const nextPos = w.toks[to]?.pos ?? 'PUNCT';
  if (words.length === 1 && w.surf[from - 1]?.toLowerCase() === 'the' && !sentenceInitial(w, from) && !['NOUN', 'PROPN', 'ADJ'].includes(nextPos)) return 'organization';
  if (ROLE_NOUNS.has(prev)) return 'person';
  // "Tesla chief Elon Musk", "Kremlin spokesman Dmitry Peskov": a name before a role noun and a person is a body.
  if (words.length === 1 && ROLE_NOUNS.has(next) && isCap(w.surf[to + 1] ?? '')) return 'organization';
  if (GIVEN_NAMES.has(first) && words.length > 1) return 'person';
  if (words.length === 1 && publicFigureBySurname(words[0]!)) return 'person';
  if (PRODUCT_NOUNS.has(next)) return 'product';
  if (SPEECH_VERBS.has(next) || (next === ',' && w.surf[to + 1]?.toLowerCase() === 'who')) return 'person';
  if (words.length > 1 && EVENT_PREFIXES.has(first)) return 'other';
  // Two or three capitalised words that no list knows and no head word types are, in news, mostly a person's name.
  if (words.length >= 2 && words.length <= 3 && words.every((x) => /^\p{Lu}\p{Ll}+$/u.test(x) || NAME_PARTICLES.has(x))) return 'person';
  if (words.length === 1 && BEFORE_PLACE.has(prev) && PLACE_SUFFIXES.has(w.surf[to]?.toLowerCase() ?? '')) return 'place';
  if (words.length === 1 && BEFORE_PLACE.has(prev)) return 'place';
  return 'other';
}

/** Typed candidates for one run. */
export function classifyRun(w: Words, sentence: number, run: Unit[], midCaps: Set<string>): Candidate[] {
  const out: Candidate[] = [];
  for (const seg of segments(w, trimStart(w, run, midCaps))) {
    const titles = seg.filter((u) => u.kind === 'title');
    const rest = seg.filter((u) => u.kind !== 'title');
    while (rest.length && rest[0]!.kind === 'link') rest.shift();
    if (rest.length === 0) continue;
    const from = seg[0]!.from;
    const nameFrom = rest[0]!.from;
    const to = rest[rest.length - 1]!.to;
    const titleWords = titles.flatMap((u) => nameKey(slice(w, u.from, u.to)).split(' '));
    const last = lastWord(w, rest[rest.length - 1]!);
    if (titles.length) {
      // "Justice Department", "General Assembly": a title word that heads an organisation's name.
      if (ORG_HEADS.has(last) && rest.length === 1 && rest[0]!.kind === 'word') out.push(make(w, sentence, from, from, to, 'organization', null, []));
      else if (rest.length === 1 && rest[0]!.kind === 'known' && rest[0]!.known.type !== 'person') {
        out.push(make(w, sentence, nameFrom, nameFrom, to, rest[0]!.known.type, rest[0]!.known, []));
      } else {
        const known = rest.length === 1 && rest[0]!.kind === 'known' ? rest[0]!.known : null;
        out.push(make(w, sentence, from, nameFrom, to, 'person', known, titleWords));
      }
      continue;
    }
    const knowns = rest.filter((u): u is Extract<Unit, { kind: 'known' }> => u.kind === 'known');
    if (rest.length === 1 && knowns.length === 1) {
      out.push(make(w, sentence, nameFrom, nameFrom, to, knowns[0]!.known.type, knowns[0]!.known, []));
      continue;
    }
    if (rest.length === 2 && rest[0]!.kind === 'known' && rest[0]!.known.type === 'place' && PLACE_SUFFIXES.has(last)) {
      out.push(make(w, sentence, nameFrom, nameFrom, to, 'place', rest[0]!.known, []));
      continue;
    }
    if (knowns.length === rest.filter((u) => u.kind !== 'link').length) {
      // Only known names side by side ("NATO Russia"): each is its own mention.
      for (const k of knowns) out.push(make(w, sentence, k.from, k.from, k.to, k.known.type, k.known, []));
      continue;
    }
    // Unknown words with a known place name an organisation there ("Rand Europe", "UK Government", "France Telecom").
    const lastUnit = rest[rest.length - 1]!;
    const withPlace = knowns.some((k) => k.known.type === 'place') && !PLACE_HEADS.has(last);
    if (ORG_HEADS.has(last) || (lastUnit.kind === 'known' && lastUnit.known.type === 'place') || withPlace) {
      out.push(make(w, sentence, nameFrom, nameFrom, to, 'organization', null, []));
      continue;
    }
    out.push(make(w, sentence, nameFrom, nameFrom, to, unknownType(w, nameFrom, to), null, []));
  }
  return out;
}
