/**
 * The cheap feature pass that grouping runs on every arriving report. It must keep up with a stream of hundreds
 * of reports a second, so it reads the text with regular expressions instead of the full annotation pipeline
 * (which runs lazily, when a story's brief is asked for). What it keeps is what identifies an event:
 * who and where (capitalised names), what (distinctive content words, and pairs of adjacent ones: phrases), how
 * many (numbers) and when (years, month-day dates).
 */

/** Kinds of feature keys; the prefix of each key says its kind. */
export type FeatureKind = 'name' | 'term' | 'phrase' | 'number' | 'date';

/**
 * One report's features: key → count in the report. Keys are `n:` names, `t:` terms, `p:` phrases (two adjacent
 * content words), `#:` numbers, `d:` dates.
 */
export interface ReportFeatures {
  keys: Map<string, number>;
  /** Word count, for reports too short to group reliably. */
  words: number;
}

const STOP = new Set(
  (
    'a about above after again against all also although am among an and another any are around as at be because ' +
    'been before being below between both but by can could did do does doing down during each either even ever every few ' +
    'for from further had has have having he her here hers herself him himself his how however i if in into is it its ' +
    'itself just least less like made make many may me might more most much must my myself near neither no nor not now of ' +
    'off often on once one only or other others our ours ourselves out over own per perhaps rather said same say says ' +
    'saying several shall she should since so some still such than that the their theirs them themselves then there ' +
    'these they this those though through thus to too toward towards under until up upon us very via was we well were ' +
    'what whatever when where whether which while who whom whose why will with within without would yet you your yours ' +
    'yourself two three four five six seven eight nine ten first second third new according told tell get got go going ' +
    'went come came take took back time times year years day days week weeks month months today yesterday tomorrow ' +
    'monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr st news report reported reports reporting ' +
    'people way including use used know known want wants see seen think thought called call just told news story ' +
    'last next ago early late later earlier since week percent percentage number'
  ).split(' '),
);

const MONTHS: Record<string, string> = {
  jan: '01', january: '01', feb: '02', february: '02', mar: '03', march: '03', apr: '04', april: '04', may: '05',
  jun: '06', june: '06', jul: '07', july: '07', aug: '08', august: '08', sep: '09', sept: '09', september: '09',
  oct: '10', october: '10', nov: '11', november: '11', dec: '12', december: '12',
};

/** Capitalised words that start sentences or headlines without naming anything. */
const NOT_NAMES = new Set(
  (
    'a an the this that these those it its he she they we i you his her their our my in on at for from by with of to ' +
    'and but or as if when while after before after during since there here what who which where why how some all ' +
    'many most more one two three no not new first last according update updated breaking watch read photo video ' +
    'share comments email print advertisement published ' +
    // Weekday and time-zone abbreviations of datelines ("Tue, 10:30 GMT") say when, not who.
    'mon tue tues wed thu thur thurs fri sat sun gmt utc bst ist est edt cst cdt pst pdt mst mdt cet cest et pt am pm a.m p.m'
  ).split(' '),
);

/** Last words of names that say what kind of thing is named, not which one. */
const GENERIC_HEADS = new Set(
  (
    'city county state province region district village town island islands river valley bay port beach park street ' +
    'road avenue square bridge airport station harbour harbor mountain mount lake sea ocean gulf coast ' +
    'group agency institute holdings bureau company corp inc ltd bank party university college school hospital ' +
    'church court house council committee commission ministry department office union association center centre ' +
    'police army navy force forces service services news times post press network team club foundation'
  ).split(' '),
);

/** Folds a word to a cheap stem so "quakes"/"quake", "killed"/"killing" meet. Not a linguistic lemma, on purpose. */
export function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('es') && /(?:ch|sh|ss|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

const WORD = /[\p{L}][\p{L}\p{M}'’.-]*[\p{L}]|[\p{L}]|\d+(?:[.,]\d+)*/gu;

/**
 * The lead (headline and first sentence or two, the lines that start within the first `LEAD_WORDS` words) says
 * which event a report tells: its protagonist, place and date. Later paragraphs bring background, and the
 * background of a report on the second of two alike events is often the first ("the team's second arrest this
 * month", "after the 2008 raid on the same shop"). A mention in the lead counts `1 + LEAD_EXTRA` times.
 */
const LEAD_WORDS = 60;
const LEAD_EXTRA = 2;

function add(keys: Map<string, number>, key: string, times = 1): void {
  keys.set(key, (keys.get(key) ?? 0) + times);
}

/**
 * Features of one report from its title, body and publication date. Pure and fast: one regular-expression pass
 * per line. The publication year counts as a year the report names: extraction takes the timestamp line out of
 * the body, but which year a report is from is good evidence of which of two alike events it tells.
 */
export function reportFeatures(title: string | null, text: string, publishedAt: string | null = null): ReportFeatures {
  const keys = new Map<string, number>();
  // Only the year: the day is shared by everything published that day (and by every input given one `--date`).
  const published = publishedAt ? /^(\d{4})/.exec(publishedAt) : null;
  if (published) add(keys, 'd:' + published[1]);
  let words = 0;
  const lines = (title ? title + '\n' : '') + text;
  for (const line of lines.split(/\n+|(?<=[.!?]["”’)]?)\s+(?=["“‘(]?\p{Lu})/u)) {
    const found = line.match(WORD);
    if (!found) continue;
    const times = words < LEAD_WORDS ? 1 + LEAD_EXTRA : 1;
    // A headline in title case ("Chargers Lineman Arrested On DUI Charge") capitalises every word: read as
    // names, its verbs and nouns would become one long false name. Its words count as terms instead.
    if (titleCase(found)) {
      for (const raw of found) {
        const lower = raw.replace(/[’]/g, "'").replace(/'s$/i, '').replace(/\.$/, '').toLowerCase();
        words++;
        if (lower.length < 3 || STOP.has(lower) || MONTHS[lower] || NOT_NAMES.has(lower) || /^\d/.test(lower)) continue;
        add(keys, 't:' + stem(lower), times);
      }
      continue;
    }
    let run: string[] = [];
    // The previous word, when it was a content word right before this one (no stop word, name or number between).
    let prev = '';
    const flush = (): void => {
      if (run.length > 0) {
        const name = run.join(' ');
        add(keys, 'n:' + name, times);
        // The last word of a person's name is how later mentions refer to it ("Reid"); a generic head
        // ("City", "Group", "Ministry") would tie every city or company together, so it is left out.
        const last = run[run.length - 1]!;
        if (run.length > 1 && !GENERIC_HEADS.has(last)) add(keys, 'n:' + last, times);
      }
      run = [];
    };
    for (let i = 0; i < found.length; i++) {
      const raw = found[i]!.replace(/[’]/g, "'").replace(/'s$/i, '').replace(/\.$/, '');
      if (raw === '') continue;
      words++;
      if (/^\d/.test(raw)) {
        prev = '';
        flush();
        const n = raw.replace(/,(?=\d{3}\b)/g, '');
        const lower = found[i - 1]?.toLowerCase();
        if (/^(?:1[89]|20)\d\d$/.test(n)) add(keys, 'd:' + n, times);
        else if (lower !== undefined && MONTHS[lower] && /^\d{1,2}$/.test(n)) add(keys, `d:${MONTHS[lower]}-${n.padStart(2, '0')}`, times);
        else if (n !== '1' && n !== '0') add(keys, '#:' + n, times);
        continue;
      }
      const lower = raw.toLowerCase();
      const capital = /^\p{Lu}/u.test(raw);
      if (capital && !NOT_NAMES.has(lower) && !MONTHS[lower] && !STOP.has(lower) && (i > 0 || found.length <= 1 || /^\p{Lu}/u.test(found[1] ?? ''))) {
        run.push(lower);
        prev = '';
        continue;
      }
      if (capital && i === 0 && !NOT_NAMES.has(lower) && !STOP.has(lower) && !MONTHS[lower]) {
        // A capitalised sentence opener may be a name or an ordinary word: count it as a term only.
        add(keys, 't:' + stem(lower), times);
        prev = '';
        continue;
      }
      flush();
      if (lower.length < 3 || STOP.has(lower) || MONTHS[lower]) {
        prev = '';
        continue;
      }
      const term = stem(lower);
      add(keys, 't:' + term, times);
      // Two alike events share their words ("earthquake", "offer", "patch"); how a report puts them together
      // ("cable cut", "overturned rule", "eight-year offer") is more its own event's, and adds no pass over the text.
      if (prev) add(keys, phraseKey(prev, term), times);
      prev = term;
    }
    flush();
  }
  return { keys, words };
}

/**
 * Phrases are many more than words (nearly every report brings new ones), and the corpus statistics keep a count
 * for every key: a phrase key is its bucket among 2^18, by a 32-bit FNV-1a hash of its two words, so that those
 * counts take bounded room. Two phrases of one bucket count as one; on 772 reports' 17,000 phrases that is rare.
 */
const PHRASE_BUCKETS = 1 << 18;
export function phraseKey(first: string, second: string): string {
  const text = first + ' ' + second;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return 'p:' + ((h >>> 0) % PHRASE_BUCKETS).toString(36);
}

/** Five or more words, at least 80% of the words longer than 3 letters capitalised: a title-case headline. */
function titleCase(found: string[]): boolean {
  let long = 0;
  let capital = 0;
  for (const w of found) {
    if (w.length <= 3 || /^\d/.test(w)) continue;
    long++;
    if (/^\p{Lu}/u.test(w)) capital++;
  }
  return found.length >= 5 && long >= 4 && capital >= long * 0.8;
}

export function kindOf(key: string): FeatureKind {
  switch (key[0]) {
    case 'n':
      return 'name';
    case '#':
      return 'number';
    case 'd':
      return 'date';
    case 'p':
      return 'phrase';
    default:
      return 'term';
  }
}
