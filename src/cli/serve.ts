import type { Command } from 'commander';
import { createApp } from '../serve/app.js';
import type { Library } from '../serve/library.js';
import { MemoryLibrary } from '../serve/memory-library.js';
import { StoreLibrary } from '../serve/store-library.js';
import { storePath } from '../store/open.js';
import { Store } from '../store/store.js';
import { UsageError } from '../util/errors.js';
import { addInputOptions, dateOption, ingestOptionsFrom, parseDateOption, readArticles, reportErrors, type InputFlags } from './inputs.js';
import { storeOption } from './store-option.js';

interface ServeFlags extends InputFlags {
  port: string;
  host: string;
  date?: string;
  store?: string;
  ifEmpty?: string[];
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/**
 * The store, seeded with `--if-empty` inputs when it holds no story yet: on a fresh machine `npm start` then opens
 * on the bundled example story instead of an empty page. Seeding goes through the ingest path, like `ingest`.
 */
async function storeLibrary(flags: ServeFlags, date: string | null): Promise<{ library: StoreLibrary; path: string; seeded: number }> {
  const path = storePath(flags.store);
  const ingest = ingestOptionsFrom(flags, date);
  const library = new StoreLibrary(Store.open(path), { date, ingest });
  let seeded = 0;
  if (flags.ifEmpty?.length && library.store.counts().stories === 0) {
    const { articles, errors } = await readArticles(flags.ifEmpty, ingest);
    reportErrors(errors, false);
    for (const a of articles) if (a.text.trim() && library.store.add(a).status === 'new') seeded++;
  }
  return { library, path, seeded };
}

/** Registers `corroborate serve`: the local web app on the store, on 127.0.0.1 unless --host says otherwise. */
export function serveCommand(cli: Command): void {
  const cmd = cli
    .command('serve')
    .description('open the local web app on the store (stories, briefs, reports; add reports from the page) and print its address')
    .argument('[inputs...]', 'reports to show as one story, without the store')
    .option('-p, --port <port>', 'port (0 picks a free one)', '4177')
    .option('--host <host>', 'address to bind; anything but loopback exposes the app to the network', '127.0.0.1')
    .addOption(dateOption())
    .addOption(storeOption())
    .option('--if-empty <input>', 'store this input (file, folder, URL, feed) first when the store holds no story; repeatable', collect);
  addInputOptions(cmd).action(async (inputs: string[], flags: ServeFlags) => {
    const port = Number(flags.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${flags.port}: not a port number`);
    const date = parseDateOption(flags.date);
    let library: Library;
    let where: string;
    if (inputs.length) {
      if (flags.store !== undefined || flags.ifEmpty) throw new UsageError('inputs are shown as a one-off story without the store: give no --store or --if-empty with them');
      const { articles, errors } = await readArticles(inputs, ingestOptionsFrom(flags, date));
      reportErrors(errors, articles.length === 0);
      library = new MemoryLibrary(articles, { date });
      where = `${articles.length} report(s) as one story, not stored`;
    } else {
      const opened = await storeLibrary(flags, date);
      library = opened.library;
      where = `store ${opened.path}${opened.seeded ? ` (seeded with ${opened.seeded} report(s))` : ''}`;
    }
    const app = createApp(library);
    const address = await app.listen({ port, host: flags.host });
    process.stdout.write(`corroborate is serving ${where} at ${address.replace('[::1]', 'localhost')}\n`);
    if (!/^(127\.|::1$|localhost$)/.test(flags.host)) {
      process.stderr.write(`corroborate: warning: --host ${flags.host} lets anyone who can reach this machine read the store and add reports\n`);
    }
    const stop = (): void => void app.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
