/**
 * Inside one report, every mention gets the fullest name it stands for: a surname or a titled name the full name
 * said earlier ("Mr Van Hooft" → "Paul Van Hooft"), an acronym its definition in parentheses ("ATACMS" → "Army
 * Tactical Missile Systems"), a short form the outlet named before ("the Times" → "The New York Times"). Two
 * people who share a surname stay apart: a bare surname goes to the bearer named last, or to the one who held
 * the same title.
 */
import { FEMALE_NAMES, GIVEN_NAMES, NAME_PARTICLES, ORG_HEADS, PLACE_HEADS, publicFigureBySurname, shortFormOf } from './gazetteer/index.js';
import type { Candidate } from './classify.js';
import { abbreviates, isNameSuffix, nameKey, nameWords } from './names.js';

const HONORIFIC_GENDER: Record<string, 'm' | 'f'> = { mr: 'm', sir: 'm', lord: 'm', king: 'm', prince: 'm', mrs: 'f', ms: 'f', miss: 'f', dame: 'f', lady: 'f', queen: 'f', princess: 'f' };

/** Gender as the text shows it: an honorific, else a given name we know. Null when unknown. */
function gender(titles: string[], words: string[] = []): 'm' | 'f' | null {
  for (const t of titles) if (HONORIFIC_GENDER[t]) return HONORIFIC_GENDER[t]!;
  if (words.length > 1 && GIVEN_NAMES.has(words[0]!)) return FEMALE_NAMES.has(words[0]!) ? 'f' : 'm';
  return null;
}

/** The words of the name part of a mention (titles left out). */
function ownWords(text: string, c: Candidate): string[] {
  return nameWords(text.slice(c.nameStart, c.end));
}

/** Pairs (long form, acronym) defined as "Long Name (ACR)" in this report. */
export function acronymDefinitions(text: string, cands: Candidate[]): [Candidate, Candidate][] {
  const out: [Candidate, Candidate][] = [];
  for (let i = 0; i + 1 < cands.length; i++) {
    const long = cands[i]!;
    const acr = cands[i + 1]!;
    if (!acr.acronym || long.acronym) continue;
    if (!/^\s*\($/.test(text.slice(long.end, acr.start)) || text[acr.end] !== ')') continue;
    if (abbreviates(text.slice(acr.start, acr.end), ownWords(text, long))) out.push([long, acr]);
  }
  return out;
}

/** Whether `short` appears in `long` in order (not necessarily side by side). */
export function isSubsequence(short: string[], long: string[]): boolean {
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  return i === short.length;
}

export function resolve(text: string, cands: Candidate[]): void {
  // Acronyms take the type and name of the long form they were defined with, everywhere in the report.
  for (const [long, acr] of acronymDefinitions(text, cands)) {
    const key = nameKey(text.slice(acr.start, acr.end));
    for (const c of cands) {
      if (c.acronym && nameKey(text.slice(c.start, c.end)) === key) {
        c.type = long.type;
        c.name = long.name;
        c.orgKind = long.orgKind;
        c.known = null;
      }
    }
  }

  // Elliptical names: "St. Brendan's" after "St. Brendan's Hospital"; "Saltmarket" after "Saltmarket Footbridge".
  cands.forEach((c, idx) => {
    if (c.known || (c.type !== 'other' && c.type !== 'place')) return;
    const own = nameWords(text.slice(c.nameStart, c.end));
    const fuller = cands.slice(0, idx).reverse().find((o) => {
      const ow = nameWords(o.name);
      return (o.type === 'organization' || o.type === 'place') && ow.length === own.length + 1 && own.every((x, i) => ow[i] === x) && (ORG_HEADS.has(ow.at(-1)!) || PLACE_HEADS.has(ow.at(-1)!));
    });
    if (fuller && /['’]s?$/.test(text.slice(c.nameStart, c.end))) {
      c.type = fuller.type;
      c.name = fuller.name;
    } else if (fuller && c.type === 'other') c.type = fuller.type;
  });

  // People: a shorter name resolves to a fuller one whose last words it is.
  const people = cands.filter((c) => c.type === 'person');
  const surnames = new Set(people.filter((p) => ownWords(text, p).length > 1).map((p) => ownWords(text, p).at(-1)!));
  for (const c of cands) {
    // An unknown single word that is the surname of a person in this report is that person ("Scholz'").
    if (c.type === 'other' && ownWords(text, c).length === 1 && surnames.has(ownWords(text, c)[0]!)) c.type = 'person';
  }
  // A lone given name that opens exactly one person's full name in the report is that person ("Bettie's life").
  const byFirst = new Map<string, Set<string>>();
  for (const p of people) {
    const w = ownWords(text, p);
    if (w.length > 1 && GIVEN_NAMES.has(w[0]!)) byFirst.set(w[0]!, (byFirst.get(w[0]!) ?? new Set()).add(nameKey(p.name)));
  }
  for (const c of cands) {
    const w = ownWords(text, c);
    if (c.type === 'other' && w.length === 1 && byFirst.get(w[0]!)?.size === 1) {
      c.type = 'person';
      c.name = people.find((p) => ownWords(text, p)[0] === w[0])!.name;
    }
  }
  const persons = cands.filter((c) => c.type === 'person');
  persons.forEach((c, idx) => {
    const words = ownWords(text, c);
    const g = gender(c.titles);
    // A name of two words or more is already a full name, unless it is a surname with a particle ("Van Hooft").
    const surnameOnly = words.length === 1 || NAME_PARTICLES.has(words[0]!);
    const fits = (o: Candidate): boolean => {
      if (o === c || !surnameOnly || !isNameSuffix(words, ownWords(text, o))) return false;
      const og = gender(o.titles, ownWords(text, o));
      return !(g && og && g !== og);
    };
    const before = persons.slice(0, idx).filter(fits).reverse();
    const after = persons.slice(idx + 1).filter(fits);
    // The same title says which of two bearers of one surname is meant ("Mayor Okafor" after "Mayor Ada Okafor").
    const sameTitle = c.titles.length ? [...before, ...after].find((o) => o.titles.some((t) => c.titles.includes(t) && !HONORIFIC_GENDER[t] && t !== 'dr')) : undefined;
    const target = sameTitle ?? before[0] ?? after[0];
    if (target) {
      c.name = target.name;
      if (!c.known) c.known = target.known;
    } else if (words.length === 1 && !c.known) {
      const figure = publicFigureBySurname(words[0]!);
      if (figure) c.name = figure;
    }
  });
  // Middle names: "Bettie Mae Page" and "Bettie Page" are one person (same first and last word).
  for (const c of persons) {
    const w = nameWords(c.name);
    if (w.length < 2) continue;
    const first = persons.find((o) => {
      const ow = nameWords(o.name);
      return ow.length >= 2 && ow[0] === w[0] && ow.at(-1) === w.at(-1) && isSubsequence(ow.length < w.length ? ow : w, ow.length < w.length ? w : ow);
    });
    if (first && first !== c) c.name = first.name;
  }
  // A second pass so chains settle on the fullest name ("Biden" → "President Biden" → "Joe Biden").
  for (const c of persons) {
    const own = nameWords(c.name);
    if (own.length > 1 && !NAME_PARTICLES.has(own[0]!)) continue;
    const full = persons.find((o) => nameKey(o.name) !== nameKey(c.name) && isNameSuffix(own, nameWords(o.name)));
    if (full && !persons.some((o) => o !== full && nameKey(o.name) !== nameKey(full.name) && isNameSuffix(nameWords(c.name), nameWords(o.name)))) c.name = full.name;
  }

  // Organisations (and ships, storms: 'other'): a short form stands for a full name used earlier ("the Times",
  // "the Authority", "Mysore" after "INS Mysore").
  cands.forEach((c, idx) => {
    if (c.type !== 'organization' && c.type !== 'other') return;
    const own = nameWords(c.name.replace(/^the\s+/i, ''));
    const earlier = cands.slice(0, idx).filter((o) => o.type === c.type && nameKey(o.name) !== nameKey(c.name));
    const shorts = shortFormOf(text.slice(c.nameStart, c.end).replace(/^the\s+/i, ''));
    const byList = earlier.reverse().find((o) => shorts.includes(o.name));
    if (byList) {
      c.name = byList.name;
      c.orgKind = byList.orgKind;
      return;
    }
    if (c.known) return;
    const bySuffix = [...new Set(earlier.filter((o) => isNameSuffix(own, nameWords(o.name.replace(/^the\s+/i, '')))).map((o) => o.name))];
    if (bySuffix.length === 1) c.name = bySuffix[0]!;
  });
}
