import type { Command } from 'commander';
import { extractAll } from '../pipeline.js';
import { ingest } from '../ingest/index.js';
import { createApp } from '../serve/app.js';
import { MemoryLibrary } from '../serve/memory-library.js';
import { UsageError } from '../util/errors.js';
import { parseDateOption } from './brief.js';

interface ServeFlags {
  port: string;
  host: string;
  date?: string;
}

/** Registers `corroborate serve`: the local web app, on 127.0.0.1 unless --host says otherwise. */
export function serveCommand(cli: Command): void {
  cli
    .command('serve')
    .description('open the local web app (stories, briefs, reports) and print its address')
    .argument('[inputs...]', 'reports to show as one story, without the store')
    .option('-p, --port <port>', 'port (0 picks a free one)', '4177')
    .option('--host <host>', 'address to bind; anything but loopback exposes the app to the network', '127.0.0.1')
    .option('--date <date>', 'publication date of reports that carry none (YYYY-MM-DD)')
    .action(async (inputs: string[], flags: ServeFlags) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${flags.port}: not a port number`);
      const date = parseDateOption(flags.date);
      const articles = inputs.length ? extractAll(await ingest(inputs, { date })) : [];
      const app = createApp(new MemoryLibrary(articles, { date }));
      const address = await app.listen({ port, host: flags.host });
      process.stdout.write(`corroborate is serving at ${address.replace('[::1]', 'localhost')}\n`);
      const stop = (): void => void app.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
