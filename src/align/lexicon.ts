/**
 * The general-English tables the aligner compares facts with: which words state the same thing (synonyms,
 * spelling and morphological variants, demonyms, capitals used for governments), which words carry no fact
 * (function words, reporting verbs), and multi-word idioms. Nothing here is about any one story: every entry
 * must hold for English news prose in general.
 */

/** Groups of words that state the same thing in news prose; the first word names the concept. */
const VARIANT_GROUPS: string[][] = [
  // permission
  ['permit', 'authorize', 'authorise', 'authorization', 'authorisation', 'authorized', 'authorised', 'approve', 'approval', 'allow', 'permission', 'greenlight', 'green-light', 'sanction', 'clear', 'enable', 'let'],
  ['forbid', 'ban', 'prohibit', 'bar', 'block', 'veto'],
  ['restriction', 'restrict', 'limit', 'limitation', 'constraint', 'curb', 'cap', 'limited', 'restricted'],
  // weapons and force
  ['weapon', 'weaponry', 'arm', 'arms', 'missile', 'munition', 'rocket', 'armament'],
  ['strike', 'attack', 'hit', 'target', 'bomb', 'shell', 'raid', 'airstrike', 'bombardment', 'counter'],
  ['offensive', 'assault', 'push', 'advance', 'incursion', 'invasion', 'invade'],
  ['troop', 'soldier', 'force', 'personnel', 'serviceman', 'servicemen', 'fighter'],
  ['deploy', 'deployment', 'station', 'send', 'dispatch', 'introduce', 'introduction', 'arrival', 'arrive', 'involvement', 'presence'],
  ['retaliate', 'retaliation', 'reprisal', 'revenge', 'respond', 'response', 'riposte'],
  // Doing what another did: "follow suit", "similar support", "do likewise".
  ['imitate', 'similar', 'similarly', 'likewise', 'emulate'],
  ['escalate', 'escalation', 'escalating', 'escalatory'],
  ['war', 'conflict', 'fighting', 'hostility', 'hostilities', 'combat'],
  ['confrontation', 'clash', 'showdown'],
  ['range', 'reach'],
  ['capable', 'able', 'capability', 'capacity'],
  // supply and support
  ['supply', 'supplied', 'provide', 'deliver', 'delivery', 'furnish', 'ship', 'transfer'],
  ['aid', 'support', 'assistance', 'backing'],
  ['reduce', 'cut', 'slash', 'lower', 'decrease', 'shrink', 'scale'],
  // Giving someone an advantage or an edge is strengthening them.
  ['strengthen', 'bolster', 'boost', 'reinforce', 'enhance', 'enhanced', 'improve', 'advantage', 'edge', 'upper'],
  // decisions and change
  ['decision', 'move', 'step', 'measure', 'ruling', 'determination', 'development'],
  ['change', 'shift', 'alter', 'alteration', 'departure', 'changer', 'transform', 'transformation', 'reversal', 'reverse', 'u-turn', 'redefine', 'overhaul'],
  ['significant', 'major', 'substantial', 'considerable', 'significantly', 'noteworthy', 'notable'],
  ['fundamental', 'fundamentally', 'decisive', 'decisively', 'radical', 'radically', 'dramatic', 'dramatically', 'game-changing'],
  ['request', 'ask', 'seek', 'urge', 'plead', 'lobby', 'demand', 'appeal', 'pressure', 'press', 'call'],
  ['concern', 'fear', 'worry', 'apprehension', 'anxiety', 'alarm', 'unease'],
  ['divide', 'division', 'split', 'rift', 'disagreement'],
  ['condemn', 'denounce', 'criticize', 'criticise', 'criticism', 'slam', 'decry'],
  ['warn', 'warning', 'caution'],
  ['believe', 'think', 'judge', 'reckon', 'expect', 'view'],
  ['plan', 'intend', 'intention', 'aim', 'intended'],
  ['begin', 'start', 'launch', 'initial', 'initially', 'first', 'commence'],
  ['end', 'finish', 'conclude', 'conclusion', 'expire', 'halt', 'stop'],
  ['leave', 'vacate', 'depart', 'departing', 'exit', 'quit', 'outgoing'],
  ['confirm', 'verify', 'acknowledge'],
  ['deny', 'dismiss', 'reject', 'refute', 'rebuff'],
  ['kill', 'death', 'dead', 'die', 'fatality', 'killed'],
  ['injure', 'injury', 'wound', 'wounded', 'hurt'],
  ['serious', 'seriously', 'severe', 'severely', 'grave', 'gravely'],
  ['damage', 'destroy', 'destruction', 'harm'],
  ['infrastructure', 'grid', 'facility', 'installation'],
  ['energy', 'electricity'],
  ['territory', 'soil', 'land', 'ground'],
  ['region', 'oblast', 'province', 'area', 'district', 'zone'],
  ['government', 'administration', 'cabinet', 'executive'],
  ['official', 'officer'],
  ['adviser', 'advisor', 'aide', 'counsel'],
  ['talk', 'negotiation', 'negotiate', 'deal', 'agreement', 'accord', 'treaty', 'pact'],
  ['image', 'imagery', 'photo', 'photograph', 'picture'],
  ['satellite', 'satellites'],
  ['long-range', 'longer-range'],
  ['tension', 'tensions', 'friction'],
  ['accuse', 'accusation', 'allege', 'allegation', 'claim'],
  ['collapse', 'crumble', 'fail', 'failure', 'cave'],
  ['close', 'shut', 'closure'],
  ['open', 'reopen', 'reopening'],
  ['cost', 'price', 'expense', 'budget'],
  ['build', 'construct', 'construction', 'erect'],
  ['repair', 'fix', 'restore', 'restoration', 'mend'],
  ['inspect', 'inspection', 'examine', 'examination', 'review', 'check', 'survey', 'investigate', 'investigation', 'probe'],
  ['crack', 'fracture', 'fissure', 'defect', 'fault', 'flaw'],
  ['evacuate', 'evacuation'],
  ['announce', 'announcement', 'declare', 'declaration', 'unveil'],
  ['resident', 'inhabitant', 'local', 'citizen', 'people', 'individual', 'person'],
  ['vehicle', 'car', 'truck', 'traffic'],
  ['delay', 'postpone', 'postponement', 'defer'],
  ['storm', 'gale', 'hurricane', 'typhoon'],
  ['rise', 'increase', 'grow', 'growing', 'growth', 'climb', 'jump', 'surge', 'mounting', 'rising', 'increasing'],
  ['fall', 'drop', 'decline', 'plunge', 'sink'],
];

/**
 * Nouns (as concepts) that name an event or a course of action, so that "the decision", "this move", "the policy
 * shift" refer back to something already told rather than state it.
 */
export const EVENT_NOUNS = new Set([
  'decision', 'change', 'policy', 'permit', 'plan', 'announce', 'situation', 'action', 'event', 'incident', 'news',
]);

/** Common nouns (as concepts) for groups of people who hold a view or act: another group is another holder. */
export const HOLDERS = new Set(['critic', 'official', 'supporter', 'expert', 'analyst', 'resident', 'adviser', 'opponent', 'lawmaker', 'diplomat', 'witness']);

/** Countries and places under all the names news prose gives them: demonyms, abbreviations, capitals as metonyms. */
const PLACE_GROUPS: string[][] = [
  ['us', 'u.s.', 'u.s', 'usa', 'u.s.a.', 'america', 'american', 'americans', 'washington', 'united-states'],
  ['uk', 'u.k.', 'britain', 'british', 'brits', 'brit', 'london', 'united-kingdom', 'england', 'english'],
  ['russia', 'russian', 'russians', 'moscow', 'kremlin'],
  ['ukraine', 'ukrainian', 'ukrainians', 'kyiv', 'kiev'],
  ['korea', 'korean', 'koreans'],
  ['pyongyang', 'north-korea'],
  ['seoul', 'south-korea'],
  ['france', 'french', 'paris'],
  ['germany', 'german', 'germans', 'berlin'],
  ['china', 'chinese', 'beijing'],
  ['europe', 'european', 'europeans', 'eu'],
  ['israel', 'israeli', 'israelis'],
  ['iran', 'iranian', 'iranians', 'tehran'],
  ['nato', 'alliance'],
  ['un', 'u.n.', 'united-nations'],
  ['west', 'western'],
];

/**
 * Bare names of a place that has qualified forms ("Korean troops" in a report about North Korea): a report that
 * names only one of the qualified forms means that one by the bare name. Keys are concepts of the bare name,
 * values the qualified concepts with the words that name them.
 */
export const QUALIFIED_PLACES: Record<string, [RegExp, string][]> = {
  korea: [
    [/\bnorth(?:ern)?[ -]korea/i, 'north-korea'],
    [/\bsouth(?:ern)?[ -]korea/i, 'south-korea'],
  ],
};

/** Multi-word expressions folded to one concept before comparison (lemmas, space-separated). */
export const PHRASES: [string[], string][] = [
  [['united', 'states'], 'us'],
  [['united', 'kingdom'], 'uk'],
  [['north', 'korea'], 'north-korea'],
  [['north', 'korean'], 'north-korea'],
  [['south', 'korea'], 'south-korea'],
  [['south', 'korean'], 'south-korea'],
  [['united', 'nations'], 'un'],
  [['white', 'house'], 'us'],
  [['game', 'changer'], 'change fundamental'],
  [['game', '-', 'changer'], 'change fundamental'],
  [['lift', 'restriction'], 'permit'],
  [['ease', 'restriction'], 'permit'],
  [['lift', 'ban'], 'permit'],
  [['green', 'light'], 'permit'],
  [['upper', 'hand'], 'strengthen'],
  [['strengthen', 'hand'], 'strengthen'],
  [['gain', 'strengthen'], 'strengthen'],
  [['give', 'strengthen'], 'strengthen'],
  [['give', 'way'], 'collapse'],
  [['come', 'down'], 'collapse'],
  [['break', 'away'], 'collapse'],
  [['cut', 'off'], 'reduce'],
  [['scale', 'back'], 'reduce'],
  [['leave', 'office'], 'leave office'],
  [['leave', 'white', 'house'], 'leave office'],
  [['leave', 'power'], 'leave office'],
  [['step', 'down'], 'leave office'],
  [['term', 'near', 'end'], 'leave office'],
  [['term', 'end'], 'leave office'],
  [['inauguration'], 'leave office'],
  // A decision's cause or occasion, however a report links them.
  [['follow', 'suit'], 'imitate'],
  [['do', 'the', 'same'], 'imitate'],
  [['come', 'amid'], 'because'],
  [['come', 'in', 'the', 'wake', 'of'], 'because'],
  [['in', 'the', 'wake', 'of'], 'because'],
  [['as', 'a', 'result', 'of'], 'because'],
  [['in', 'response', 'to'], 'because'],
  [['stem', 'from'], 'because'],
  [['trigger', 'by'], 'because'],
  [['prompt', 'by'], 'because'],
  [['due', 'to'], 'because'],
  [['follow'], 'because'],
  [['lame', 'duck'], 'leave office'],
];

const CONCEPT = new Map<string, string>();
for (const group of [...VARIANT_GROUPS, ...PLACE_GROUPS]) for (const w of group) if (!CONCEPT.has(w)) CONCEPT.set(w, group[0]!);
const GROUPED = new Set(VARIANT_GROUPS.map((g) => g[0]!));
const PLACES = new Set(PLACE_GROUPS.map((g) => g[0]!).concat(['north-korea', 'south-korea']));

/** Whether the tables know a concept's variants (so a different concept is a different thing, not an unlisted synonym). */
export function isKnownConcept(concept: string): boolean {
  return GROUPED.has(concept);
}

/**
 * Concepts of common nouns that name a stretch of land: they head a place's name ("the Kursk region", "Kherson
 * oblast") and, as an object, say where something happens ("strike Russian soil" as "strikes in Russia").
 */
export const LAND_NOUNS = new Set(['region', 'territory']);

/** Whether a concept is a country or alliance (as named in news prose: "France", "Washington", "NATO"). */
export function isPlace(concept: string): boolean {
  return PLACES.has(concept);
}

/** The concept a lemma stands for in comparisons (itself when it has no listed variants). */
export function conceptOf(lemma: string): string {
  return CONCEPT.get(lemma) ?? lemma;
}

/** Words that carry no fact of their own: function words, hedges, reporting verbs, generic nouns. */
export const LIGHT_WORDS = new Set(
  (
    'as be have do will would could should may might must can shall get go come make take put keep seem appear become ' +
    'say tell state note add explain stress continue conclude speculate claim report accord cite quote describe point ' +
    'also now then currently reportedly allegedly likely potentially possibly still already just only even very so ' +
    'such more most less least some any other same further however nevertheless meanwhile additionally moreover thus ' +
    'there here where when how why what which who whom whose that this these those it its they them their he him his ' +
    'she her we our you your i me my one ones thing things way ways lot kind sort part matter question case ' +
    'mr mrs ms dr sir prof new according yet well much many several various certain own whether including ' +
    'up out off over about around time times express raise mark represent signify constitute remain underscore ' +
    'suggest indicate particular'
  ).split(' '),
);
/** Reporting words that are light only as verbs: "a report", "the state", "a claim" are content as nouns. */
export const LIGHT_AS_VERB_ONLY = new Set(['report', 'state', 'claim', 'note', 'point', 'quote', 'add', 'accord', 'cite']);

/** Personal titles: never a fact, often attached to names. */
export const TITLES = new Set('mr mrs ms dr sir prof president minister secretary spokesman spokeswoman spokesperson gen general'.split(' '));

/** Verbs that introduce reported speech; a short clause built on one is an attribution, not a fact. */
export const SPEECH_VERBS = new Set(
  'say tell state note add explain stress continue conclude speculate report accord cite quote write argue insist claim told said noted reported'.split(' '),
);

export const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nor', 'neither', 'without', 'none', 'nobody', 'nothing', 'cannot']);

/** Words that only place a fact in time: units of time and their vague modifiers ("coming days", "recent weeks"). */
export const TIME_WORDS = new Set(
  'second minute hour day week month year decade coming recent recently ongoing current upcoming past next last few ago lately'.split(' '),
);

/** Time words after which "before"/"after" measure a distance ("two months before ..."), not open a clause. */
export const TIME_NOUNS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'shortly', 'soon', 'just', 'long', 'right', 'only', 'moment']);

/** Words that open a subordinate clause when a finite verb follows. */
export const SUBORDINATORS = new Set([
  'after', 'before', 'as', 'because', 'while', 'whilst', 'although', 'though', 'since', 'when', 'whereas', 'if',
  'unless', 'until', 'once', 'whenever', 'so',
]);
/** Relative pronouns: after a comma they open a non-restrictive relative clause (its own fact). */
export const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where']);
export const COORDINATORS = new Set(['and', 'but', 'or', 'yet', 'while']);

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, half: 0.5,
};
const SCALE_WORDS: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6 };

/** The value of a number token ("10,000", "two", "1.5"), or null. */
export function numberValue(norm: string): number | null {
  const clean = norm.replace(/^[$€£¥]/, '').replace(/,/g, '');
  if (/^\d+(?:\.\d+)?$/.test(clean)) return Number(clean);
  return NUMBER_WORDS[norm] ?? null;
}

/** The multiplier of a scale word after a number ("billion" in "$3 billion"), or null. */
export function scaleValue(norm: string): number | null {
  return SCALE_WORDS[norm] ?? null;
}
