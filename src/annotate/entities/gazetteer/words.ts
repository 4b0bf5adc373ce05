/**
 * Closed word lists that steer the capitalisation heuristics: titles and honorifics that precede names, role
 * nouns that say "a person follows", demonyms (adjectives of places, which are not mentions of the place), and
 * capitalised words that start sentences without being names.
 */
import { MONTHS, WEEKDAYS } from '../../dates/calendar.js';

/** Honorifics and office titles written before a name ("Mr", "Dr", "President", "Prime Minister"). */
export const TITLES = new Set(
  (
    'mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady rev rev. reverend sen sen. rep rep. ' +
    'gov gov. gen gen. general lt lt. col col. colonel maj maj. major capt capt. captain adm adm. admiral sgt sgt. ' +
    'president president-elect vice-president premier chancellor minister secretary secretary-general senator ' +
    'congressman congresswoman representative governor mayor king queen prince princess pope ambassador commissioner ' +
    'chief spokesman spokeswoman spokesperson judge justice chairman chairwoman chair ceo director commander ' +
    'councillor councilor councilman councilwoman inspector detective superintendent officer deputy speaker leader ' +
    'envoy marshal sheriff attorney-general attorney chairperson founder head'
  ).split(' '),
);

/** Words that qualify a title ("Defence Secretary", "Prime Minister", "Vice President", "Deputy Mayor"). */
export const TITLE_MODIFIERS = new Set(
  (
    'prime vice deputy acting former foreign defence defense home interior health finance justice state economy ' +
    'energy education transport environment culture trade treasury chief executive senior assistant press research ' +
    'general first lord lieutenant lead principal police fire city county regional national opposition majority ' +
    'minority house supreme grand high district circuit'
  ).split(' '),
);

/** Lower-case role nouns directly before a capitalised name say it is a person ("spokesman Dmitry Peskov"). */
export const ROLE_NOUNS = new Set(
  (
    'spokesman spokeswoman spokesperson analyst expert official minister secretary president leader chief adviser ' +
    'advisor aide envoy ambassador general commander colonel director professor researcher economist historian ' +
    'journalist reporter correspondent editor columnist author lawyer attorney judge senator lawmaker mayor governor ' +
    'councillor councilor engineer doctor resident witness survivor owner founder manager chairman chairwoman ' +
    'deputy inspector officer detective captain sergeant'
  ).split(' '),
);

/** Adjectives and group nouns of places. They describe, they do not name the place: not mentions. */
export const DEMONYMS = new Set(
  (
    'american americans russian russians ukrainian ukrainians british brits briton britons english french german ' +
    'germans italian italians spanish polish poles dutch belgian swiss austrian swedish swedes norwegian finnish danish ' +
    'estonian latvian lithuanian belarusian moldovan georgian armenian chinese japanese korean koreans indian indians ' +
    'pakistani iranian iranians iraqi syrian israeli israelis palestinian palestinians lebanese saudi turkish greek ' +
    'european europeans western westerner westerners eastern soviet african asian arab arabs canadian canadians ' +
    'mexican brazilian australian scottish welsh irish hungarian romanian bulgarian serbian croatian czech slovak ' +
    'kremlin-backed pro-russian pro-ukrainian nato-led thai dutch swiss french british english welsh scottish irish ' +
    'polish danish finnish swedish turkish spanish portuguese greek czech slovak somali somalis yemeni yemenis iraqi ' +
    'iraqis kuwaiti qatari omani emirati saudi saudis bahraini israeli pakistani pakistanis bangladeshi afghan afghans ' +
    'nepali filipino filipinos vietnamese japanese chinese taiwanese lebanese sudanese senegalese congolese burmese ' +
    'kurdish kurds arab arabs persian latino latina hispanic soviet nazi islamist islamists islamic muslim muslims ' +
    // Party members describe, like demonyms: "prominent Democrat Estes Kefauver".
    'democrat republican tory socialist liberal ' +
    'christian christians jewish jews catholic catholics sunni shia shiite buddhist hindu sikh communist baltic nordic ' +
    // Two-word demonyms are joined by "_" (scan.ts looks them up that way).
    'north_korean north_koreans south_korean south_koreans south_african south_africans latin_american new_zealander'
  ).split(' '),
);

/**
 * Whether a capitalised word is the adjective or people of a place in the gazetteer ("Ethiopian" of Ethiopia,
 * "Yemenis" of Yemen, "Kenyan" of Kenya), by its ending and a stem of at least four letters.
 */
export function demonymOfKnownPlace(word: string, placeNames: Set<string>): boolean {
  const w = word.toLowerCase().replace(/s$/, '');
  const m = w.match(/^(\p{L}{4,}?)(?:ian|ean|an|ese|ish|i|ic|ite)$/u);
  if (!m) return false;
  const stem = m[1]!;
  for (const p of placeNames) if (p.startsWith(stem) && p !== w && p.length - stem.length <= 3) return true;
  return false;
}

/** Capitalised words that are never entity names here: months and days (the dates layer's), the pronoun "I". */
export const NOT_NAMES = new Set([
  ...MONTHS,
  ...WEEKDAYS,
  ...'i i\'m i\'ve i\'ll i\'d god'.split(' '),
  // Time zones and clock words.
  ...'gmt utc pst pdt est edt cst cdt mst mdt cet cest bst ist jst am pm'.split(' '),
]);

/** Capitalised at a sentence start but not names. Only consulted for the first word of a sentence. */
export const SENTENCE_STARTERS = new Set(
  (
    'a an the this that these those it its he she they we i you his her their our my your there here what which who ' +
    'whom whose when where why how if while as at in on of for from to by with without after before during since ' +
    'until despite although though because but and or nor so yet also still however meanwhile nevertheless ' +
    'nonetheless moreover furthermore additionally earlier later then now today yesterday tomorrow asked addressing ' +
    'according speaking writing following amid among between about above below under over into onto upon some many ' +
    'most more much few several all any each every both either neither no not one two three four five six seven ' +
    'eight nine ten first second third last next previously recently currently initially finally instead indeed ' +
    'thus therefore overall nearly almost around just only even perhaps maybe yes please read watch see like ' +
    'impact deployment fears risk strategic alleged implications involvement escalation latest breaking update ' +
    'live analysis opinion comment editorial exclusive'
  ).split(' '),
);

/** Words of speech and report after which a capitalised subject is typically a speaker (a person or a body). */
export const SPEECH_VERBS = new Set(
  'said says say told tells stated states added adds explained noted warned stressed argued claimed insisted wrote announced'.split(' '),
);
