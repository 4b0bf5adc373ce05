#!/usr/bin/env node
/** The command line: a thin wrapper over the library API. Every failure is one line on stderr and a non-zero exit. */
import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { InputError, UsageError } from '../util/errors.js';
import { briefCommand } from './brief.js';
import { extractCommand } from './extract.js';
import { ingestCommand } from './ingest.js';
import { watchCommand } from './watch.js';
import { storiesCommand } from './stories.js';
import { serveCommand } from './serve.js';

export function program(): Command {
  const cli = new Command('corroborate')
    .description('Cross-source briefs from news coverage: what every source states, what only one does, who says so.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  briefCommand(cli);
  extractCommand(cli);
  ingestCommand(cli);
  watchCommand(cli);
  storiesCommand(cli);
  serveCommand(cli);
  return cli;
}

export function describeError(err: unknown): string {
  if (err instanceof InputError || err instanceof UsageError) return err.message;
  if (err instanceof Error) return err.message.split('\n')[0] ?? String(err);
  return String(err);
}

async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    process.stderr.write(`corroborate: ${describeError(err)}\n`);
    return err instanceof UsageError ? 2 : 1;
  }
}

process.exitCode = await main(process.argv);
