import type { Command } from 'commander';
import { UsageError } from '../util/errors.js';
import { addInputOptions, dateOption, INPUTS_HELP, type InputFlags } from './inputs.js';
import { ingestIntoStore, summaryLine } from './ingest.js';
import { storeOption } from './store-option.js';

interface WatchFlags extends InputFlags {
  store?: string;
  every?: string;
  date?: string;
  times?: string;
}

/** `10m`, `1h`, `30s` → milliseconds. */
export function parseEvery(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h)$/i.exec(value.trim());
  if (!m) throw new UsageError(`--every ${value}: use 30s, 10m or 1h`);
  const ms = Number(m[1]) * { s: 1e3, m: 60e3, h: 3600e3 }[m[2]!.toLowerCase() as 's' | 'm' | 'h'];
  if (ms < 10e3) throw new UsageError(`--every ${value}: poll at most every 10 seconds`);
  return ms;
}

/**
 * Registers `corroborate watch`: ingest the inputs again and again. Each round is an ordinary `ingest`: fetches
 * are conditional on the ETag / Last-Modified the store kept, so an unchanged feed answers 304 and none of its
 * entries is fetched; what comes anyway unchanged is recognised by its content and stored once; a changed page
 * becomes a new version.
 */
export function watchCommand(cli: Command): void {
  const cmd = cli
    .command('watch')
    .description('keep polling feeds and pages, storing what is new (stop with Ctrl-C)')
    .argument('<inputs...>', INPUTS_HELP)
    .addOption(storeOption())
    .option('--every <interval>', 'time between rounds (30s, 10m, 1h)', '10m')
    .option('--times <n>', 'stop after this many rounds (default: run until stopped)')
    .addOption(dateOption());
  addInputOptions(cmd).action(async (inputs: string[], flags: WatchFlags) => {
    const every = parseEvery(flags.every ?? '10m');
    const times = flags.times === undefined ? Infinity : Number(flags.times);
    if (!(times >= 1)) throw new UsageError(`--times ${flags.times}: not a positive number`);
    let stop = false;
    const onSignal = (): void => {
      stop = true;
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    for (let round = 1; round <= times && !stop; round++) {
      const s = await ingestIntoStore(inputs, { ...flags, strict: false });
      process.stdout.write(`${new Date().toISOString()} ${summaryLine(s)}\n`);
      if (round < times) {
        const until = Date.now() + every;
        while (!stop && Date.now() < until) await new Promise((r) => setTimeout(r, Math.min(1000, until - Date.now())));
      }
    }
  });
}
