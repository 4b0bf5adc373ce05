/**
 * Scale: a generated time-ordered stream of 100,000 plain-text reports (many stories of a few kinds, copies and
 * near-copies) extracted, stored and grouped one by one in a fresh store, through the path `corroborate ingest`
 * takes (src/store/add-all.ts: extraction on worker threads, one transaction per report on this one).
 * `--threads 0` prepares on this thread (the single-core path).
 * Prints the sustained rate over the last 2,000 reports at 10k, 50k and 100k reports in the store, and peak RSS.
 * Run: nice npm run bench:stream [-- --count 100000] [-- --profile-after 50000] (the script passes --expose-gc)
 * `--profile-after N` writes a CPU profile of the reports after the N-th (stream-N.cpuprofile): where the time
 * goes in a big store, which a profile of the whole run (dominated by its young part) does not show.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawInput } from '../src/doc/types.js';
import { addAll } from '../src/store/add-all.js';
import { Store } from '../src/store/store.js';
import { streamReports } from './generate.js';

const arg = process.argv.indexOf('--count');
const count = arg > 0 ? Number(process.argv[arg + 1]) : 100_000;
const checkpoints = new Set([10_000, 25_000, 50_000, 75_000, 100_000, count]);
const dir = mkdtempSync(join(tmpdir(), 'corroborate-stream-'));
const path = join(dir, 'store.db');
const threadsArg = process.argv.indexOf('--threads');
const threads = threadsArg > 0 ? Number(process.argv[threadsArg + 1]) : undefined;
const active = process.argv.indexOf('--max-active');
const profileArg = process.argv.indexOf('--profile-after');
const profileAfter = profileArg > 0 ? Number(process.argv[profileArg + 1]) : -1;
const session = profileAfter >= 0 ? new Session() : null;
session?.connect();
const post = (method: string): Promise<unknown> =>
  new Promise((ok, fail) => session!.post(method, (err, res) => (err ? fail(err) : ok(res))));
const store = Store.open(path, active > 0 ? { grouping: { maxActive: Number(process.argv[active + 1]) } } : {});
let peak = 0;
let n = 0;
const window: number[] = [];
const cpu: number[] = [];
/** What the file reader makes of `stream/<id>.txt`, with the publication date a feed would give. */
function* raws(): Generator<RawInput> {
  for (const g of streamReports(count, 13)) {
    yield { input: `stream/${g.id}.txt`, url: null, body: new TextEncoder().encode(g.text), contentType: 'text/plain', publishedAt: g.publishedAt };
  }
}
/**
 * Bytes this process handed to write() (Linux /proc/self/io), 0 elsewhere: the WAL frames and checkpoints of
 * the store, counted exactly, whatever the neighbours on the machine do to the clock.
 */
function written(): number {
  if (!existsSync('/proc/self/io')) return 0;
  return Number(/wchar: (\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))?.[1] ?? 0);
}
let lastWritten = { n: 0, bytes: written() };
const started = performance.now();
let errors = 0;
try {
  for await (const outcome of addAll(store, raws(), { threads })) {
    if ('error' in outcome) errors++;
    if (n === profileAfter) {
      await post('Profiler.enable');
      await post('Profiler.start');
    }
    n++;
    window.push(performance.now());
    // process.cpuUsage() is a system call: asked every report it cost the run 4% of its time.
    if (n % 50 === 0 || checkpoints.has(n)) {
      const u = process.cpuUsage();
      cpu.push((u.user + u.system) / 1000);
      if (cpu.length > 41) cpu.shift();
    }
    if (window.length > 2000) window.shift();
    if (n % 1000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    if (checkpoints.has(n)) {
      // With --expose-gc, the heap is measured after a full collection: live data, not garbage not yet swept.
      (globalThis as { gc?: () => void }).gc?.();
      const rate = (window.length - 1) / ((window[window.length - 1]! - window[0]!) / 1000);
      // Per CPU-second too: on a shared machine the wall-clock rate measures the neighbours as much as this code.
      const cpuRate = ((cpu.length - 1) * 50) / ((cpu[cpu.length - 1]! - cpu[0]!) / 1000);
      const c = store.counts();
      const mem = process.memoryUsage();
      const bytes = written();
      const perReport = (bytes - lastWritten.bytes) / (n - lastWritten.n) / 1024;
      lastWritten = { n, bytes };
      console.log(
        `${String(n).padStart(7)} reports: ${rate.toFixed(0)} reports/s (${cpuRate.toFixed(0)} per CPU-second) over the last ${window.length - 1}; ` +
          `${c.stories} stories (${store.index.stories.size} in memory); RSS ${(mem.rss / 2 ** 20).toFixed(0)} MB ` +
          `(JS heap ${(mem.heapUsed / 2 ** 20).toFixed(0)} of ${(mem.heapTotal / 2 ** 20).toFixed(0)} MB, external ${(mem.external / 2 ** 20).toFixed(0)} MB); ` +
          `store ${(statSync(path).size / 2 ** 20).toFixed(0)} MB; written ${perReport.toFixed(1)} KB per report since the last line`,
      );
    }
  }
  if (session && n > profileAfter) {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    writeFileSync(`stream-${profileAfter}.cpuprofile`, JSON.stringify(profile));
    console.log(`CPU profile of reports ${profileAfter + 1}–${n}: stream-${profileAfter}.cpuprofile`);
  }
  const total = process.cpuUsage();
  console.log(
    `overall ${(n / ((performance.now() - started) / 1000)).toFixed(0)} reports/s (${(n / ((total.user + total.system) / 1e6)).toFixed(0)} per CPU-second, all threads); ` +
      `peak RSS ${(peak / 2 ** 20).toFixed(0)} MB; ${errors} errors`,
  );
} finally {
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
