/**
 * A story of N reports made from the project's own example story (examples/harbor-bridge), for `npm run bench`:
 * each report is one of the six example reports rewritten with paraphrase and noise — synonym swaps, attribution
 * clauses moved to the front, sentences dropped, sentences borrowed from another report, local-angle sentences
 * that only this report has, numbers nudged (conflicts), and page furniture (ads, link lists, share prompts).
 * Deterministic: the same N and seed give the same texts (seeded PRNG, no clock).
 *
 * As a script: `node --import tsx bench/generate-story.ts 200 /tmp/story-200` writes the reports as .txt files.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPlainText } from '../src/extract/plaintext/index.js';
import { splitSentences } from '../src/annotate/sentences.js';
import { prng } from '../src/util/prng.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const EXAMPLE_DIR = join(ROOT, 'examples', 'harbor-bridge');
/** The example story is dated by its README command; relative dates in it resolve against this. */
export const EXAMPLE_DATE = '2025-03-05';

export interface StoryReport {
  input: string;
  text: string;
}


type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

/** Paraphrase swaps: each match is replaced, with some probability, by one of the alternatives. */
const SYNONYMS: [RegExp, string[]][] = [
  [/\bcollapsed\b/g, ['gave way', 'fell', 'came down']],
  [/\binjured\b/g, ['hurt', 'wounded']],
  [/\bhurt\b/g, ['injured']],
  [/\bclosed\b/g, ['shut']],
  [/\bshut\b/g, ['closed']],
  [/\bengineers\b/g, ['inspectors', 'structural engineers']],
  [/\binspectors\b/g, ['engineers']],
  [/\bcommuters\b/g, ['passengers', 'pedestrians']],
  [/\binquiry\b/g, ['investigation', 'review']],
  [/\bannounced\b/g, ['confirmed', 'unveiled']],
  [/\bexamining\b/g, ['inspecting', 'checking']],
  [/\bchecking\b/g, ['examining', 'inspecting']],
  [/\bdelayed\b/g, ['postponed', 'pushed back']],
  [/\bpostponed\b/g, ['delayed']],
  [/\brescued\b/g, ['pulled', 'saved']],
  [/\bpulled\b/g, ['hauled', 'lifted']],
  [/\bwarned\b/g, ['cautioned']],
  [/\bfound\b/g, ['identified', 'uncovered']],
  [/\brepairs\b/g, ['repair work', 'maintenance work']],
  [/\bwithin minutes\b/g, ['shortly afterwards', 'soon after']],
  [/\bpeople\b/g, ['people', 'individuals']],
  [/\bbarred\b/g, ['banned']],
  [/\bordered\b/g, ['launched', 'called for']],
];

const LOWERABLE_OPENERS = /^(?:The|A|An|Part|Some|Three|Nine|Fourteen|Seventeen|Engineers|Inspectors|Firefighters|Divers|Emergency|Ferry|Ferries|Witnesses|Nobody|No)\b/;

function lowerFirst(s: string): string {
  return LOWERABLE_OPENERS.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}
function upperFirst(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

/** "X, according to Y." → "According to Y, x."; "X, the fire service said." → "The fire service said that x." */
function reorderAttribution(s: string): string {
  if (/["“”]/.test(s)) return s;
  let m = /^(.{20,}?), (according to [^,]{3,60})\.$/.exec(s);
  if (m) return `${upperFirst(m[2]!)}, ${lowerFirst(m[1]!)}.`;
  m = /^(.{20,}?), ((?:the |a |an )?[\p{L}'’ ]{3,50}?) said\.$/u.exec(s);
  if (m) return `${upperFirst(m[2]!)} said that ${lowerFirst(m[1]!)}.`;
  return s;
}

/** Nudge small counts (not times, years or decimals) to make numeric conflicts between reports. */
function nudgeNumbers(s: string, rng: Rng): string {
  return s.replace(/(^|[^\d:.,])(\d{1,3})(?![\d:.,]\d)/g, (all, pre: string, num: string) => {
    const n = Number(num);
    if (n < 3 || rng() > 0.15) return all;
    const delta = 1 + Math.floor(rng() * 3);
    return pre + String(rng() < 0.5 ? n + delta : Math.max(1, n - delta));
  });
}

function paraphrase(s: string, rng: Rng): string {
  let out = s;
  for (const [re, alts] of SYNONYMS) out = out.replace(re, (w) => (rng() < 0.5 ? pick(rng, alts) : w));
  if (rng() < 0.5) out = reorderAttribution(out);
  return nudgeNumbers(out, rng);
}

const FIRST = ['Amira', 'Bram', 'Celia', 'Dario', 'Esme', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonah', 'Kofi', 'Lena', 'Mateo', 'Nora', 'Oskar', 'Petra', 'Quentin', 'Rosa', 'Sami', 'Tilda'];
const LAST = ['Abbott', 'Brennan', 'Castell', 'Dunmore', 'Eriksen', 'Fairley', 'Gallo', 'Hartigan', 'Ivers', 'Jansen', 'Kowal', 'Lindqvist', 'Moreau', 'Novak', 'Oyelaran', 'Pereira', 'Quayle', 'Rahman', 'Sorensen', 'Tamura'];
const STREETS = ['Quay Street', 'Rope Walk', 'Chandlers Row', 'Anchor Lane', 'Mill Wharf', 'Tidewater Road', 'Beacon Hill', 'Old Customs Yard'];
const SHOPS = ['bakery', 'bike shop', 'newsagent', 'café', 'fishmonger', 'bookshop', 'chandlery', 'pharmacy'];
const DAYS = ['Wednesday', 'Thursday', 'Friday', 'Saturday'];
const GROUPS = ['the Inner Basin Residents Association', 'the Harbour Traders Guild', 'the Ferry Users Forum', 'St Brendan’s Hospital', 'the Port Adalyn Rowing Club', 'the Seafarers Mission'];

/** A sentence only this report has: a local angle with its own names and numbers. */
function localAngle(rng: Rng): string {
  const name = `${pick(rng, FIRST)} ${pick(rng, LAST)}`;
  const n = 2 + Math.floor(rng() * 60);
  const templates = [
    () => `${name}, who runs a ${pick(rng, SHOPS)} on ${pick(rng, STREETS)}, said trade had fallen by ${n} per cent since the closure.`,
    () => `Traffic on ${pick(rng, STREETS)} was ${n} per cent heavier than usual on ${pick(rng, DAYS)}, ${pick(rng, GROUPS)} said.`,
    () => `A vigil for those hurt is planned on ${pick(rng, STREETS)} on ${pick(rng, DAYS)} evening, organisers told ${pick(rng, GROUPS)}.`,
    () => `${n} ferry sailings were cancelled on ${pick(rng, DAYS)}, according to ${pick(rng, GROUPS)}.`,
    () => `${upperFirst(pick(rng, GROUPS))} has offered ${n} free counselling sessions to witnesses, ${name} said.`,
    () => `“We have never seen the quay this quiet,” said ${name}, a volunteer with ${pick(rng, GROUPS)}.`,
  ];
  return pick(rng, templates)();
}

const HEAD_A = ['Harbour festival', 'Port Adalyn Rovers', 'City council', 'Old town market', 'Lifeboat crew', 'Local school', 'Ferry operator', 'Seafront hotel'];
const HEAD_B = ['returns with', 'signs', 'plans', 'celebrates', 'unveils', 'postpones', 'wins', 'reviews'];
const HEAD_C = ['record crowds', 'a new winger', 'parking changes', 'its centenary', 'a summer timetable', 'a charity match', 'a design award', 'late-night opening'];

function unrelatedHeadline(rng: Rng): string {
  return `${pick(rng, HEAD_A)} ${pick(rng, HEAD_B)} ${pick(rng, HEAD_C)}`;
}

interface BaseReport {
  title: string | null;
  paragraphs: { kind: string; sentences: string[] }[];
}

function loadBase(): BaseReport[] {
  return readdirSync(EXAMPLE_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const a = extractPlainText(readFileSync(join(EXAMPLE_DIR, f), 'utf8'), { input: f });
      return {
        title: a.title,
        paragraphs: a.paragraphs.map((p) => ({
          kind: p.kind,
          sentences: splitSentences(a.text, p).map((s) => a.text.slice(s.start, s.end)),
        })),
      };
    });
}

function rewrite(base: BaseReport, others: BaseReport[], rng: Rng): string {
  const lines: string[] = [];
  if (base.title && rng() > 0.15) lines.push(paraphrase(base.title, rng));
  if (rng() < 0.15) lines.push(`By ${pick(rng, FIRST)} ${pick(rng, LAST)}`);
  let first = true;
  for (const p of base.paragraphs) {
    if (p.kind === 'h') {
      if (rng() < 0.7) lines.push(p.sentences.join(' '));
      continue;
    }
    if (p.kind === 'li') {
      lines.push('- ' + paraphrase(p.sentences.join(' '), rng));
      continue;
    }
    // Quotes keep their words: drift in quotes is the quotes layer's business, not noise to add here.
    const kept = p.sentences.filter((_s, i) => (first && i === 0) || rng() > 0.12).map((s) => (/["“”]/.test(s) ? s : paraphrase(s, rng)));
    if (rng() < 0.1) {
      const other = pick(rng, others).paragraphs.filter((q) => q.kind === 'p');
      if (other.length) kept.push(paraphrase(pick(rng, other).sentences[0]!, rng));
    }
    if (rng() < 0.2) kept.push(localAngle(rng));
    if (kept.length === 0) continue;
    let text = kept.join(' ');
    if (first && rng() < 0.2 && !/^PORT ADALYN/.test(text)) text = 'PORT ADALYN, – ' + text;
    lines.push(text);
    first = false;
    if (rng() < 0.05) lines.push('Advertisement');
  }
  if (rng() < 0.2) lines.push(`Read also: ${unrelatedHeadline(rng)}`);
  if (rng() < 0.3) lines.push('Share this article');
  if (rng() < 0.2) lines.push('Subscribe to our newsletter for the latest Port Adalyn news');
  if (rng() < 0.5) {
    lines.push('You may also like');
    const k = 4 + Math.floor(rng() * 2);
    for (let i = 0; i < k; i++) lines.push(unrelatedHeadline(rng));
  }
  return lines.join('\n') + '\n';
}

/** N reports of the example event, deterministic for (n, seed). */
export function generateStory(n: number, seed = 1): StoryReport[] {
  const bases = loadBase();
  const out: StoryReport[] = [];
  for (let k = 0; k < n; k++) {
    const rng = prng(Math.imul(seed, 1000003) + k);
    const base = bases[k % bases.length]!;
    out.push({ input: `gen-${String(k + 1).padStart(3, '0')}.txt`, text: rewrite(base, bases, rng) });
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] ?? 25);
  const dir = process.argv[3];
  if (!Number.isInteger(n) || n < 2 || !dir) {
    console.error('usage: node --import tsx bench/generate-story.ts N OUT-DIR [SEED]');
    process.exit(2);
  }
  mkdirSync(dir, { recursive: true });
  for (const r of generateStory(n, Number(process.argv[4] ?? 1))) writeFileSync(join(dir, r.input), r.text);
  console.log(`wrote ${n} reports to ${dir}`);
}
