/**
 * `npm run bench`: brief time and peak memory on the real 5-report corpus and on generated stories of
 * 25/50/100/200 reports (bench/generate-story.ts), with growth ratios — and, side by side in the same run, the peer a
 * user would otherwise reach for: an all-pairs baseline that compares every sentence with every sentence of the
 * other reports by TF-IDF cosine. The ratio shows what candidate generation from an index buys as stories grow.
 *
 * Each row runs in child processes (under `nice`): one for times — in-process and warm: one warm-up brief, then
 * the median of several runs — and a fresh one for memory, doing one brief as a user would, so its peak RSS is
 * the brief's own. Aims (issue 2): 5 reports < 0.3 s; 200 reports
 * < 5 s and < 500 MB; growth close to linear.
 *
 * Options (environment): SIZES=25,50,100,200  RUNS=5  SEED=1
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { availableParallelism, loadavg } from 'node:os';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SELF = fileURLToPath(import.meta.url);
const ATACMS = join(ROOT, '..', 'shared', 'corpus', 'atacms-2024-11');

interface Row {
  name: string;
  reports: number;
  sentences: number;
  /** Median wall time of the whole brief (extract → annotate → align → sections), ms. */
  briefMs: number;
  /** Fastest run, ms: the least disturbed by other load on a shared machine. */
  bestMs: number;
  /** Median CPU time (user + system, all threads) of a brief: less sensitive to other load than wall time. */
  cpuMs: number;
  extractMs: number;
  annotateMs: number;
  /** buildBrief: alignment plus every section, ms. */
  buildMs: number;
  /** align() alone on the same docs, CPU ms: the stage the all-pairs baseline stands in for. */
  alignMs: number;
  runs: number;
  rssBeforeMb: number;
  peakRssMb: number;
  heapMb: number;
  /** Median CPU time of the all-pairs baseline on the same sentences, ms. */
  baselineMs: number;
  baselinePairs: number;
  baselineLinks: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;

// ───────────────────────── the all-pairs TF-IDF baseline ─────────────────────────

const STOP = new Set(
  'a an the and or but of to in on at by for with from as is are was were be been it its this that these those he she they we i you his her their our not no said says will would has have had'.split(' '),
);

/** Every sentence against every sentence of the other reports, by TF-IDF cosine; counts pairs ≥ 0.5. */
export function allPairsBaseline(sentences: { source: number; text: string }[]): { pairs: number; links: number } {
  const vocab = new Map<string, number>();
  const docs = sentences.map((s) => {
    const tf = new Map<number, number>();
    for (const w of s.text.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]*|\p{N}+/gu) ?? []) {
      if (STOP.has(w)) continue;
      let id = vocab.get(w);
      if (id === undefined) vocab.set(w, (id = vocab.size));
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    return tf;
  });
  const df = new Float64Array(vocab.size);
  for (const tf of docs) for (const id of tf.keys()) df[id]!++;
  const vectors = docs.map((tf) => {
    const ids = [...tf.keys()].sort((a, b) => a - b);
    const w = ids.map((id) => tf.get(id)! * Math.log((1 + docs.length) / (1 + df[id]!)) + 1e-9);
    const norm = Math.hypot(...w) || 1;
    return { ids: Int32Array.from(ids), w: Float64Array.from(w, (x) => x / norm) };
  });
  let pairs = 0;
  let links = 0;
  for (let i = 0; i < vectors.length; i++) {
    const a = vectors[i]!;
    for (let j = i + 1; j < vectors.length; j++) {
      if (sentences[j]!.source === sentences[i]!.source) continue;
      const b = vectors[j]!;
      let x = 0;
      let y = 0;
      let dot = 0;
      while (x < a.ids.length && y < b.ids.length) {
        const d = a.ids[x]! - b.ids[y]!;
        if (d === 0) dot += a.w[x++]! * b.w[y++]!;
        else if (d < 0) x++;
        else y++;
      }
      pairs++;
      if (dot >= 0.5) links++;
    }
  }
  return { pairs, links };
}

// ───────────────────────── one row, in a child process ─────────────────────────

interface Memory {
  rssBeforeMb: number;
  peakRssMb: number;
  heapMb: number;
}

async function load(spec: string): Promise<{ name: string; date: string; reports: { input: string; text: string }[] }> {
  let reports: { input: string; text: string }[];
  let date: string;
  let name: string;
  if (spec === 'atacms') {
    name = 'atacms-2024-11 (real)';
    date = '2024-11-18';
    reports = readdirSync(ATACMS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ input: f, text: readFileSync(join(ATACMS, f), 'utf8') }));
  } else {
    const n = Number(spec);
    const { generateStory, EXAMPLE_DATE } = await import('./generate-story.js');
    name = `generated-${n}`;
    date = EXAMPLE_DATE;
    reports = generateStory(n, Number(process.env.SEED ?? 1));
  }
  return { name, date, reports };
}

/**
 * Memory of one brief, the way a user runs it: a fresh process, one cold brief, then its peak RSS. Measuring
 * after many warm runs would report how lazily V8 collects garbage, not what a brief needs.
 */
async function measureMemory(spec: string): Promise<Memory> {
  const { briefFromTexts } = await import('../src/index.js');
  const { date, reports } = await load(spec);
  const rssBefore = process.memoryUsage().rss;
  const brief = briefFromTexts(reports.map((r) => ({ ...r, publishedAt: date })), { date });
  const heap = getHeapStatistics().used_heap_size;
  if (brief.sources.length !== reports.length) throw new Error('brief lost a source');
  return { rssBeforeMb: mb(rssBefore), peakRssMb: mb(process.resourceUsage().maxRSS * 1024), heapMb: mb(heap) };
}

/** Warm, in-process times: one warm-up brief, then the median of several, with a per-stage breakdown. */
async function measureTime(spec: string): Promise<Omit<Row, keyof Memory>> {
  const { extractAll, annotateAll, buildBrief, align } = await import('../src/index.js');
  const { name, date, reports } = await load(spec);
  const raws = () =>
    reports.map((r) => ({ input: r.input, url: null, body: new TextEncoder().encode(r.text), contentType: 'text/plain', publishedAt: date }));
  const one = () => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const articles = extractAll(raws());
    const t1 = performance.now();
    const docs = annotateAll(articles, { date });
    const t2 = performance.now();
    const brief = buildBrief(docs);
    const t3 = performance.now();
    const cpu = process.cpuUsage(c0);
    if (brief.sources.length !== reports.length) throw new Error('brief lost a source');
    return { docs, extract: t1 - t0, annotate: t2 - t1, build: t3 - t2, total: t3 - t0, cpu: (cpu.user + cpu.system) / 1000 };
  };

  const warm = one();
  const runs = Number(process.env.RUNS ?? (reports.length <= 50 ? 5 : 3));
  // Keep only the timings: holding every run's docs would make later runs pay for an ever bigger heap.
  const times: { extract: number; annotate: number; build: number; total: number; cpu: number }[] = [];
  for (let r = 0; r < runs; r++) {
    const { extract, annotate, build, total, cpu } = one();
    times.push({ extract, annotate, build, total, cpu });
  }
  const alignTimes: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    align(warm.docs);
    const cpu = process.cpuUsage(c0);
    alignTimes.push((cpu.user + cpu.system) / 1000);
  }
  const sentences = warm.docs.flatMap((d, source) =>
    d.layers.sentences.filter((s) => s.kind !== 'h').map((s) => ({ source, text: d.text.slice(s.start, s.end) })),
  );
  const baseTimes: number[] = [];
  let base = { pairs: 0, links: 0 };
  for (let r = 0; r < Math.min(runs, 3); r++) {
    const c0 = process.cpuUsage();
    base = allPairsBaseline(sentences);
    const cpu = process.cpuUsage(c0);
    baseTimes.push((cpu.user + cpu.system) / 1000);
  }

  return {
    name,
    reports: reports.length,
    sentences: sentences.length,
    briefMs: median(times.map((t) => t.total)),
    bestMs: Math.min(...times.map((t) => t.total)),
    cpuMs: median(times.map((t) => t.cpu)),
    extractMs: median(times.map((t) => t.extract)),
    annotateMs: median(times.map((t) => t.annotate)),
    buildMs: median(times.map((t) => t.build)),
    alignMs: median(alignTimes),
    runs,
    baselineMs: median(baseTimes),
    baselinePairs: base.pairs,
    baselineLinks: base.links,
  };
}

// ───────────────────────── the table ─────────────────────────

function runChildText(mode: '--time' | '--memory' | '--annotators', spec: string): string {
  const args = ['--import', 'tsx', SELF, mode, spec];
  // `nice` keeps the benchmark polite on a shared machine; fall back to a plain child where it does not exist.
  let r = spawnSync('nice', ['-n', '10', process.execPath, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.error) r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`bench row ${spec} failed:\n${r.stderr}`);
  return r.stdout.trim();
}

function runChild<T>(mode: '--time' | '--memory', spec: string): T {
  return JSON.parse(runChildText(mode, spec).split('\n').pop()!) as T;
}

const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

function table(rows: Row[]): string {
  const head = ['story', 'reports', 'sentences', 'brief (median)', 'best', 'CPU', 'ms/report', 'growth (CPU × / size ×)', 'annotate', 'build', 'align CPU', 'peak RSS', 'heap', 'all-pairs CPU', 'pairs', 'brief / all-pairs', 'align / all-pairs'];
  const body = rows.map((r, i) => {
    const prev = i > 1 ? rows[i - 1] : undefined;
    const growth = prev ? `${(r.cpuMs / prev.cpuMs).toFixed(2)} / ${(r.reports / prev.reports).toFixed(2)}` : '—';
    return [
      r.name,
      String(r.reports),
      String(r.sentences),
      fmt(r.briefMs),
      fmt(r.bestMs),
      fmt(r.cpuMs),
      (r.briefMs / r.reports).toFixed(1),
      growth,
      fmt(r.annotateMs),
      fmt(r.buildMs),
      fmt(r.alignMs),
      `${r.peakRssMb} MB (${r.rssBeforeMb} before)`,
      `${r.heapMb} MB`,
      fmt(r.baselineMs),
      String(r.baselinePairs),
      (r.cpuMs / r.baselineMs).toFixed(2),
      (r.alignMs / r.baselineMs).toFixed(2),
    ];
  });
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((b) => b[c]!.length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
  return [line(head), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  const [mode, spec] = process.argv.slice(2);
  if (mode === '--time' && spec) return console.log(JSON.stringify(await measureTime(spec)));
  if (mode === '--memory' && spec) return console.log(JSON.stringify(await measureMemory(spec)));
  if (mode === '--annotators' && spec) return console.log(await measureAnnotators(spec));
  const sizes = (process.env.SIZES ?? '25,50,100,200').split(',').map(Number);
  const rows: Row[] = [];
  for (const spec of ['atacms', ...sizes.map(String)]) {
    process.stderr.write(`bench: ${spec}…\n`);
    const memory = runChild<Memory>('--memory', spec);
    rows.push({ ...runChild<Omit<Row, keyof Memory>>('--time', spec), ...memory });
  }
  console.log(table(rows));
  const real = rows[0]!;
  const big = rows[rows.length - 1]!;
  const first = rows[1];
  console.log('');
  const load = loadavg()[0]!;
  console.log(`load average ${load.toFixed(1)} on ${availableParallelism()} cores${load > availableParallelism() ? ' — wall times are inflated by other work; CPU times are the steadier figure' : ''}`);
  console.log(`aim: 5 reports < 0.3 s — measured ${fmt(real.briefMs)} (best ${fmt(real.bestMs)}, CPU ${fmt(real.cpuMs)}) ${real.briefMs < 300 ? 'OK' : 'MISSED'}`);
  console.log(`aim: ${big.reports} reports < 5 s and < 500 MB — measured ${fmt(big.briefMs)} (best ${fmt(big.bestMs)}, CPU ${fmt(big.cpuMs)}), peak RSS ${big.peakRssMb} MB ${big.briefMs < 5000 && big.peakRssMb < 500 ? 'OK' : 'MISSED'}`);
  if (first && first !== big) {
    const size = big.reports / first.reports;
    const time = big.cpuMs / first.cpuMs;
    const baseline = big.baselineMs / first.baselineMs;
    const aligned = big.alignMs / first.alignMs;
    console.log(`growth ${first.reports} → ${big.reports} reports (×${size.toFixed(0)}): brief CPU ×${time.toFixed(1)}, align CPU ×${aligned.toFixed(1)}, all-pairs baseline ×${baseline.toFixed(1)} (quadratic would be ×${(size * size).toFixed(0)})`);
  }
  console.log('times: warm, in-process, median of the runs (best = fastest run); ratios use CPU time; memory: one cold brief in a fresh process —');
  console.log('peak RSS (includes Node and the NLP model) and V8 heap in use right after the brief.');
  const annotated = sizes[sizes.length - 1] ?? 200;
  console.log(`\nannotators on the generated ${annotated}-report story (each layer's own cost, warm, median of 5):`);
  console.log(runChildText('--annotators', String(annotated)));
}

/** Every annotator's reports/s and MB/s on one story, next to the brief's times. */
async function measureAnnotators(spec: string): Promise<string> {
  const { annotatorThroughput, throughputTable } = await import('./annotators.js');
  const { extractAll } = await import('../src/index.js');
  const { date, reports } = await load(spec);
  const articles = extractAll(reports.map((r) => ({ input: r.input, url: null, body: new TextEncoder().encode(r.text), contentType: 'text/plain', publishedAt: date })));
  return throughputTable(annotatorThroughput(articles, { date }));
}

await main();
