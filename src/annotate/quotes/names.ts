/**
 * Names inside the noun phrases that introduce speech: "Kremlin spokesman Dmitry Peskov" → "Dmitry Peskov",
 * "Prime Minister Sir Keir Starmer" → "Keir Starmer", "Dr Van Hooft" → "Van Hooft". Titles and roles are dropped
 * because reports disagree on them; the bare name is what lets mentions in different reports meet.
 */

/** Titles, honorifics and role words that can stand before a name (lower-case, dots removed). */
const TITLES = new Set(
  (
    'mr mrs ms miss mx dr prof professor sir dame lord lady president president-elect vice prime minister secretary ' +
    'chancellor senator sen rep representative congressman congresswoman governor gov mayor deputy councillor councilor ' +
    'alderman general gen colonel col lieutenant lt major maj admiral adm commander cmdr captain capt sergeant sgt ' +
    'spokesman spokeswoman spokesperson chief executive director chairman chairwoman chair ceo cfo coo head leader ' +
    'ambassador envoy king queen prince princess pope cardinal bishop archbishop rabbi imam sheikh emir judge justice ' +
    'officer inspector detective constable superintendent commissioner defence defense foreign interior home health ' +
    'finance state premier speaker former late acting chancellor attorney councilwoman councilman marshal ' +
    'rev reverend father pastor saint st dean provost researcher analyst editor correspondent reporter manager ' +
    'producer prosecutor lawyer coach owner founder president-elect'
  ).split(' '),
);

/** Words that lower-case name particles may be ("Van Hooft", "bin Salman"). */
const PARTICLES = new Set('van von de der den da di du del della le la al el bin ibn ter ten mac'.split(' '));

/** Capitalised words that begin sentences or phrases but never names. */
const NOT_NAMES = new Set(
  (
    'The A An This That These Those It He She They We I You His Her Their Its Our My Your But And Or If When While As ' +
    'In On At For From With By To Of After Before Despite However Meanwhile Earlier Later Asked Addressing According ' +
    'Nevertheless Additionally Also Yet So Then Still Some Many Most Several Both Each All No Not One Two Three'
  ).split(' '),
);

/** Last words of organisation names: a name ending so is never a person. */
const ORG_HEADS =
  /\b(?:Service|Services|Authority|Ministry|Government|Office|Council|Committee|Agency|Administration|Department|Group|Company|Corporation|Inc|Ltd|University|College|Institute|Kremlin|House|Army|Navy|Forces|Force|Police|Party|Bank|Union|Commission|Court|Parliament|Assembly|Senate|Congress|Board|Association|Foundation|Centre|Center|Hospital|Europe|Command|Pentagon|NATO|UN)$/;

export function isTitle(word: string): boolean {
  return TITLES.has(word.toLowerCase().replace(/\./g, ''));
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^(?:\p{Lu}\.)+$/u.test(word);
}

/** Strips possessive and trailing punctuation from a word as written. */
function bare(word: string): string {
  return word.replace(/^[("“‘'[]+/, '').replace(/[)"”’'\],.;:!?]+$/, '').replace(/[’']s$/, '');
}

/**
 * The person or organisation name a short phrase ends with, without titles and roles; null when the phrase
 * holds no name ("the officials", "a hospital spokesman").
 */
export function nameIn(phrase: string): string | null {
  const words = phrase.trim().split(/\s+/).map(bare).filter(Boolean);
  // The last run of capitalised words (with name particles inside), e.g. "Dr Paul Van Hooft".
  let end = words.length;
  while (end > 0 && !isCapitalised(words[end - 1]!)) end--;
  if (end === 0) return null;
  let start = end - 1;
  while (start > 0) {
    const w = words[start - 1]!;
    if (isCapitalised(w) || (PARTICLES.has(w) && start - 1 > 0 && isCapitalised(words[start - 2]!))) start--;
    else break;
  }
  let run = words.slice(start, end);
  // Drop everything up to the last title: "Russian President Vladimir Putin" → "Vladimir Putin".
  let lastTitle = -1;
  run.forEach((w, i) => {
    if (isTitle(w) && i < run.length - 1) lastTitle = i;
  });
  run = run.slice(lastTitle + 1);
  while (run.length && NOT_NAMES.has(run[0]!)) run = run.slice(1);
  if (run.length === 0 || run.length > 6) return null;
  if (run.every((w) => isTitle(w))) return null;
  return run.join(' ');
}

/** True when a name reads as a person's rather than an organisation's (no organisation head word). */
export function looksLikePerson(name: string): boolean {
  if (ORG_HEADS.test(name)) return false;
  if (/^(?:\p{Lu}\.?){2,}$/u.test(name)) return false; // acronyms are organisations
  return true;
}

/** True when a phrase opens with a title or honorific ("Dr", "President"): a person for sure. */
export function hasPersonTitle(phrase: string): boolean {
  return phrase
    .trim()
    .split(/\s+/)
    .some((w) => /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|president|senator|mayor|councillor|councilor|minister|secretary|spokesman|spokeswoman|spokesperson)$/i.test(w.replace(/\./g, '')));
}
