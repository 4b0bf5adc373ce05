import type { Command } from 'commander';
import { Store } from '../store/store.js';
import { storePath } from '../store/open.js';
import { addAll } from '../store/add-all.js';
import { UsageError } from '../util/errors.js';
import { addInputOptions, dateOption, ingestOptionsFrom, parseDateOption, readRawInputs, type InputFlags, INPUTS_HELP } from './inputs.js';
import { liveLine } from './progress.js';
import { storeOption } from './store-option.js';

interface IngestFlags extends InputFlags {
  store?: string;
  date?: string;
  json?: boolean;
}

export interface IngestSummary {
  new: number;
  versions: number;
  duplicates: number;
  /** Feeds and pages whose server said they did not change since the last poll (HTTP 304). */
  notModified: number;
  copies: number;
  errors: number;
  stories: number;
}

/** A progress line for the store: reports/s, stories, errors; redrawn in place on a terminal only. */
function storeProgress(): { update: (done: number, total: number, stories: () => number, errors: number) => void; done: () => void } {
  const line = liveLine(100);
  return {
    // The story count is a query: asked only when the line is redrawn.
    update: (done, total, stories, errors) => line.update(done, total, (rate) => `storing ${done}/${total} ${rate.toFixed(1)} reports/s · ${stories()} stories · ${errors} errors`),
    done: line.done,
  };
}

/**
 * Reads the inputs and stores each article in its own transaction; a bad input is reported and skipped.
 * Extraction runs on worker threads ahead of the writer (src/store/add-all.ts), as in `npm run bench:stream`.
 * Fetches are conditional on the validators the store kept for each URL (a feed answered 304 is not read at all);
 * new validators are kept only after every record read from their response is stored, so a round killed
 * midway fetches again what it had not finished.
 */
export async function ingestIntoStore(inputs: string[], flags: IngestFlags): Promise<IngestSummary> {
  const store = Store.open(storePath(flags.store));
  const summary: IngestSummary = { new: 0, versions: 0, duplicates: 0, notModified: 0, copies: 0, errors: 0, stories: 0 };
  const progress = storeProgress();
  try {
    const options = { ...ingestOptionsFrom(flags, parseDateOption(flags.date)), conditional: (url: string) => store.fetchState(url) };
    const { raws, errors, notModified, validators } = await readRawInputs(inputs, options);
    for (const err of errors) process.stderr.write(`corroborate: ${err.message}\n`);
    summary.errors = errors.length;
    summary.notModified = notModified.length;
    const stored = new Set<string>();
    let i = 0;
    for await (const outcome of addAll(store, raws)) {
      i++;
      if ('error' in outcome) {
        summary.errors++;
        process.stderr.write(`corroborate: ${outcome.error.message}\n`);
      } else {
        const { article, result: r } = outcome;
        if (r.status === 'new') summary.new++;
        else if (r.status === 'version') summary.versions++;
        else summary.duplicates++;
        if (r.copyOf) summary.copies++;
        stored.add(article.input);
        if (article.url) stored.add(article.url);
      }
      progress.update(i, raws.length, () => store.storyCount(), summary.errors);
    }
    for (const v of validators) {
      if (v.records.every((keys) => keys.some((k) => stored.has(k)))) store.saveFetchState(v.url, v.etag, v.lastModified);
    }
  } finally {
    progress.done();
    summary.stories = store.counts().stories;
    store.close();
  }
  if (flags.strict && summary.errors > 0) throw new UsageError(`${summary.errors} input(s) failed (--strict)`);
  return summary;
}

export function summaryLine(s: IngestSummary): string {
  const unchanged = s.notModified > 0 ? `, ${s.notModified} not modified` : '';
  return `${s.new} new, ${s.versions} new versions, ${s.duplicates} already stored${unchanged}, ${s.copies} copies, ${s.errors} errors; ${s.stories} stories in the store`;
}

/** Registers `corroborate ingest`. */
export function ingestCommand(cli: Command): void {
  const cmd = cli
    .command('ingest')
    .description('store reports, group them into stories and detect copies (run it again: nothing is stored twice)')
    .argument('<inputs...>', INPUTS_HELP)
    .addOption(storeOption())
    .addOption(dateOption())
    .option('--json', 'print the summary as JSON');
  addInputOptions(cmd).action(async (inputs: string[], flags: IngestFlags) => {
    const s = await ingestIntoStore(inputs, flags);
    process.stdout.write(flags.json ? JSON.stringify(s) + '\n' : summaryLine(s) + '\n');
    if (s.new + s.versions + s.duplicates + s.notModified === 0 && s.errors > 0) process.exitCode = 1;
  });
}
