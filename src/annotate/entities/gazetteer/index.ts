/** One lookup over every gazetteer: a phrase key (names.ts `nameKey`) → what it names. */
import type { EntityType } from '../../../doc/types.js';
import { nameKey } from '../names.js';
import { PLACES } from './places.js';
import { ORGANIZATIONS, type OrgKind } from './organizations.js';
import { PEOPLE } from './people.js';
import { PRODUCTS_LIST } from './products.js';
import { DEMONYMS, TITLES, demonymOfKnownPlace } from './words.js';

export interface Known {
  type: EntityType;
  /** The canonical name ("Kyiv" for "Kiev", "The New York Times" for "NYT"). */
  name: string;
  orgKind?: OrgKind;
  /** Known only from an upper-case variant ("RAND", "WHO"): a match must be in capitals too. */
  capitals?: boolean;
}

const PHRASES = new Map<string, Known>();
/** Short forms ("times") → the full organisations they may stand for after being named. */
const SHORT_FORMS = new Map<string, string[]>();
/** Surnames of the public figures ("putin" → "Vladimir Putin"), used only when a report names no other bearer. */
const SURNAMES = new Map<string, string>();

function add(variant: string, known: Known): void {
  const k = nameKey(variant);
  const capitals = !/\p{Ll}/u.test(variant);
  const had = PHRASES.get(k);
  if (!had) PHRASES.set(k, capitals ? { ...known, capitals } : known);
  else if (had.capitals && !capitals && had.name === known.name) delete had.capitals;
}

for (const p of PLACES) for (const v of p.variants) add(v, { type: 'place', name: p.name });
for (const o of ORGANIZATIONS) {
  for (const v of o.variants) add(v, { type: 'organization', name: o.name, orgKind: o.kind });
  for (const s of o.shortForms) {
    const k = nameKey(s);
    SHORT_FORMS.set(k, [...(SHORT_FORMS.get(k) ?? []), o.name]);
  }
}
for (const p of PRODUCTS_LIST) for (const v of p.variants) add(v, { type: 'product', name: p.name });
for (const p of PEOPLE) {
  for (const v of p.variants) {
    const words = nameKey(v).split(' ');
    if (words.length > 1) add(v, { type: 'person', name: p.name });
    // "Pope Francis" and "King Charles" are known by title and given name, not by a surname.
    if (!TITLES.has(words[0]!)) SURNAMES.set(words[words.length - 1]!, p.name);
  }
}

const ONE_WORD_PLACES = new Set(PLACES.flatMap((p) => p.variants).map((v) => nameKey(v)).filter((k) => !k.includes(' ')));

/** Whether a capitalised word is a demonym: listed, or formed from a place we know ("Ethiopian", "Yemenis"). */
export function isDemonym(word: string): boolean {
  const k = nameKey(word);
  return DEMONYMS.has(k) || (!PHRASES.has(k) && demonymOfKnownPlace(k, ONE_WORD_PLACES));
}

/** What a phrase names, by its key, or undefined. */
export function lookup(phrase: string): Known | undefined {
  return PHRASES.get(nameKey(phrase));
}

/** Full organisation names a short form may stand for ("Times" → ["The New York Times"]). */
export function shortFormOf(phrase: string): string[] {
  return SHORT_FORMS.get(nameKey(phrase)) ?? [];
}

/** The public figure a bare surname most likely names, or undefined. */
export function publicFigureBySurname(surname: string): string | undefined {
  return SURNAMES.get(nameKey(surname));
}

/** The longest phrase length (in words) of any gazetteer entry, to bound lookups. */
export const MAX_PHRASE_WORDS = 6;

export { PLACE_SUFFIXES, PLACE_HEADS, PLACE_PREFIXES, PLACE_OPENERS } from './places.js';
export { ORG_HEADS, OUTLET_HEADS, ORG_OPENERS } from './organizations.js';
export { GIVEN_NAMES, FEMALE_NAMES, NAME_PARTICLES } from './people.js';
export { MODEL_DESIGNATION, PRODUCT_NOUNS, PRODUCT_HEADS } from './products.js';
export { TITLES, TITLE_MODIFIERS, ROLE_NOUNS, DEMONYMS, SENTENCE_STARTERS, SPEECH_VERBS, NOT_NAMES } from './words.js';
