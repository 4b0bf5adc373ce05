/**
 * A generated, time-ordered stream of fictional reports for the grouping benchmarks: many stories of a few
 * kinds (so two stories of the same kind in the same week are common), each told by several outlets in their
 * own words, with wire copies and near-copies. Everything comes from a seeded generator: the same seed gives the
 * same stream.
 */
export interface GeneratedReport {
  id: string;
  story: string;
  text: string;
  title: string;
  publishedAt: string;
  /** The report this one copies, when it is a copy or near-copy. */
  copyOf: string | null;
}

import { prng as rng } from '../src/util/prng.js';

export { rng };

const SYL = ['ka', 'lo', 'mir', 'tan', 've', 'dra', 'sol', 'ben', 'ri', 'os', 'ta', 'lun', 'gar', 'nes', 'pol', 'zu', 'har', 'ein', 'ma', 'dor', 'vik', 'el', 'sa', 'bre'];
const OUTLETS = ['Harbor Daily', 'Northern Ledger', 'Valley Courier', 'Coastal Times', 'Metro Wire', 'Evening Post', 'Plains Herald', 'Island Gazette'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const OPENERS = ['', '', '', 'Meanwhile, ', 'Separately, ', 'By evening, ', 'Earlier, ', 'In a statement, ', 'Officials say '];
const SAID = ['said', 'said', 'stated', 'told reporters', 'announced', 'confirmed', 'explained'];
const PEOPLE = ['people', 'residents', 'persons', 'locals'];

/** Each independent report picks its own words, so two outlets never print the same sentence by chance. */
const SYNONYMS: Record<string, string[]> = {
  destroyed: ['destroyed', 'gutted', 'razed', 'burned down'],
  warehouse: ['warehouse', 'depot', 'storage building'],
  investigation: ['investigation', 'inquiry', 'review'],
  injured: ['injured', 'hurt', 'wounded'],
  arrested: ['arrested', 'detained', 'took into custody'],
  acquire: ['acquire', 'buy', 'purchase', 'take over'],
  deal: ['deal', 'agreement', 'transaction'],
  searching: ['searching', 'combing', 'digging through'],
  buildings: ['buildings', 'houses', 'structures'],
  continued: ['continued', 'went on', 'kept coming'],
  expected: ['expected', 'likely', 'set'],
  seized: ['seized', 'confiscated', 'found'],
  unjustified: ['unjustified', 'unfounded', 'a mistake'],
  region: ['region', 'area', 'province'],
  struck: ['struck', 'hit', 'shook'],
  fought: ['fought', 'battled', 'tackled'],
  stored: ['stored', 'held', 'housed'],
  rose: ['rose', 'climbed', 'jumped'],
};
const SYNONYM_WORDS = new RegExp(`\\b(?:${Object.keys(SYNONYMS).join('|')})\\b`, 'g');

function pick<T>(r: () => number, xs: T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

interface Slots {
  place: string;
  person: string;
  org: string;
  n1: number;
  n2: number;
  day: string;
}

type Kind = { title: (s: Slots) => string[]; lines: ((s: Slots) => string)[] };

const KINDS: Kind[] = [
  {
    title: (s) => [`Earthquake of magnitude ${s.n1 / 10} strikes near ${s.place}`, `Quake shakes ${s.place}, ${s.n2} hurt`],
    lines: [
      (s) => `An earthquake of magnitude ${s.n1 / 10} struck near ${s.place} on ${s.day}, the ${s.org} said.`,
      (s) => `At least ${s.n2} people were injured when the quake hit ${s.place} early on ${s.day}.`,
      (s) => `${s.person}, who leads the ${s.org}, said rescue teams were searching collapsed buildings.`,
      (s) => `Residents of ${s.place} spent the night outdoors as aftershocks continued.`,
      (s) => `The tremor measured ${s.n1 / 10} and was felt across the region, according to ${s.person}.`,
    ],
  },
  {
    title: (s) => [`${s.org} agrees to buy rival for ${s.n1} million`, `${s.org} takeover: ${s.n1} million deal announced`],
    lines: [
      (s) => `The ${s.org} said on ${s.day} it would acquire a smaller rival for ${s.n1} million dollars.`,
      (s) => `Chief executive ${s.person} said the deal would add ${s.n2} employees in ${s.place}.`,
      (s) => `Shares of the ${s.org} rose after the acquisition was announced in ${s.place}.`,
      (s) => `${s.person} told analysts the purchase of the company for ${s.n1} million would close within months.`,
      (s) => `Regulators are expected to review the ${s.n1} million takeover.`,
    ],
  },
  {
    title: (s) => [`Fire destroys warehouse in ${s.place}`, `${s.n2} firefighters battle blaze in ${s.place}`],
    lines: [
      (s) => `A fire destroyed a warehouse in ${s.place} on ${s.day}, officials said.`,
      (s) => `About ${s.n2} firefighters fought the blaze for ${s.n1 % 20 + 2} hours, said fire chief ${s.person}.`,
      (s) => `The ${s.org} owned the warehouse, which stored furniture and paper.`,
      (s) => `${s.person} said the cause of the fire in ${s.place} was under investigation.`,
      (s) => `Smoke from the ${s.place} fire could be seen for miles.`,
    ],
  },
  {
    title: (s) => [`${s.person} arrested in ${s.place}`, `Police detain ${s.person} after raid in ${s.place}`],
    lines: [
      (s) => `Police in ${s.place} arrested ${s.person} on ${s.day} after a raid on an office of the ${s.org}.`,
      (s) => `${s.person} faces ${s.n2 % 9 + 2} charges, a spokesman for the ${s.org} said.`,
      (s) => `Officers seized ${s.n1} thousand dollars in cash during the raid in ${s.place}.`,
      (s) => `A lawyer for ${s.person} said the arrest was unjustified.`,
      (s) => `${s.person} is due in court in ${s.place} next week.`,
    ],
  },
];

function name(r: () => number, parts: number): string {
  let w = '';
  for (let i = 0; i < parts; i++) w += SYL[Math.floor(r() * SYL.length)]!;
  return w[0]!.toUpperCase() + w.slice(1);
}

/** A stream of `count` reports in publication order. */
export function generateStream(count: number, seed = 7): GeneratedReport[] {
  return [...streamReports(count, seed)];
}

/** The same stream, one report at a time, holding only the last few reports of each story (bounded memory). */
export function* streamReports(count: number, seed = 7): Generator<GeneratedReport> {
  const r = rng(seed);
  let emitted = 0;
  const start = Date.UTC(2025, 0, 1);
  let storyN = 0;
  // Stories open at a steady rate; each gets 1–20 reports over two days.
  const pending: { at: number; story: string; kind: Kind; slots: Slots }[] = [];
  while (pending.length < count) {
    const storyStart = start + storyN * 6 * 60 * 1000;
    const kind = KINDS[Math.floor(r() * KINDS.length)]!;
    const d = new Date(storyStart);
    const slots: Slots = {
      place: name(r, 2) + (r() < 0.5 ? ' ' + ['City', 'Bay', 'Valley', 'Port'][Math.floor(r() * 4)] : ''),
      person: `${name(r, 2)} ${name(r, 3)}`,
      org: `${name(r, 2)} ${['Group', 'Agency', 'Institute', 'Holdings', 'Bureau'][Math.floor(r() * 5)]}`,
      n1: 30 + Math.floor(r() * 900),
      n2: 3 + Math.floor(r() * 400),
      day: `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`,
    };
    const story = `g${++storyN}`;
    const size = 1 + Math.floor(r() * r() * 20);
    for (let i = 0; i < size; i++) pending.push({ at: storyStart + Math.floor(r() * 2 * 86400e3), story, kind, slots });
  }
  pending.sort((a, b) => a.at - b.at || (a.story < b.story ? -1 : 1));
  const byStory = new Map<string, GeneratedReport[]>();
  for (const p of pending.slice(0, count)) {
    const earlier = byStory.get(p.story) ?? [];
    const id = `rep${++emitted}`;
    const outlet = OUTLETS[Math.floor(r() * OUTLETS.length)]!;
    let text: string;
    let title: string;
    let copyOf: string | null = null;
    const roll = r();
    if (earlier.length > 0 && roll < 0.15) {
      // A wire copy republished as is, or with one sentence rewritten.
      const src = earlier[Math.floor(r() * earlier.length)]!;
      copyOf = src.copyOf ?? src.id;
      title = src.title;
      text = roll < 0.08 ? src.text : src.text.replace(/\n[^\n]*$/, `\nThe ${outlet} will update this report.`);
    } else {
      const titles = p.kind.title(p.slots);
      title = titles[Math.floor(r() * titles.length)]!;
      const lines = p.kind.lines.filter(() => r() < 0.75);
      if (lines.length < 2) lines.push(p.kind.lines[0]!, p.kind.lines[1]!);
      for (let i = lines.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      }
      // Each outlet words the same facts its own way, so independent reports are not near-copies of each other.
      const words = (line: string): string => {
        const opener = pick(r, OPENERS);
        // After an opener an ordinary first word is lower case; a name keeps its capital.
        const start = opener && /^(?:A|An|The|About|At|Smoke|Residents|Shares|Regulators|Police|Officers|Chief)\b/.test(line) ? line[0]!.toLowerCase() + line.slice(1) : line;
        return opener + start
          .replace(/\bsaid\b/g, () => pick(r, SAID))
          .replace(/\bpeople\b/g, () => pick(r, PEOPLE))
          .replace(SYNONYM_WORDS, (w) => pick(r, SYNONYMS[w]!))
          .replace(/\bon ([A-Z][a-z]+ \d+)/g, (_m, d: string) => pick(r, [`on ${d}`, `on ${d}`, `early on ${d}`, `late on ${d}`]));
      };
      const body = lines.map((l) => words(l(p.slots)));
      text = `${title}\n${outlet}\n\n` + body.join('\n') + `\nReporting by ${name(r, 2)} ${name(r, 2)}.`;
    }
    const rep: GeneratedReport = { id, story: p.story, text, title, publishedAt: new Date(p.at).toISOString(), copyOf };
    earlier.push(rep);
    if (earlier.length > 4) earlier.shift();
    byStory.set(p.story, earlier);
    // Stories are told within two days: older ones are forgotten so the generator's memory stays flat.
    if (emitted % 1000 === 0) for (const [k, v] of byStory) if (p.at - Date.parse(v[v.length - 1]!.publishedAt) > 3 * 86400e3) byStory.delete(k);
    yield rep;
  }
}
