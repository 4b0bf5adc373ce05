import type { Command } from 'commander';
import { brief } from '../pipeline.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderTerminal } from '../render/terminal.js';
import { UsageError } from '../util/errors.js';
import { emit } from './output.js';
import { progressLine } from './progress.js';

export type Format = 'terminal' | 'markdown' | 'json';

interface BriefFlags {
  json?: boolean;
  format?: string;
  output?: string;
  date?: string;
  color?: boolean;
}

/** `--date` accepts an ISO date or date-time; anything else is a usage error naming the value. */
export function parseDateOption(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`--date ${value}: not a date (use YYYY-MM-DD)`);
  }
  return value;
}

export function briefCommand(cli: Command): void {
  cli
    .command('brief')
    .description('read the reports of one event and print a cross-source brief')
    .argument('<inputs...>', 'report files (.txt, .md), folders of them, or - for stdin')
    .option('--json', 'print the brief as JSON (same as --format json)')
    .option('-f, --format <format>', 'terminal | markdown | json', 'terminal')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--date <date>', 'publication date of reports that carry none (YYYY-MM-DD)')
    .option('--no-color', 'no colours in terminal output')
    .action(async (inputs: string[], flags: BriefFlags) => {
      const format = (flags.json ? 'json' : flags.format) as Format;
      if (!['terminal', 'markdown', 'json'].includes(format)) throw new UsageError(`--format ${format}: use terminal, markdown or json`);
      const progress = progressLine('annotating');
      const result = await brief(inputs, {
        date: parseDateOption(flags.date),
        onProgress: (done, total, input) => progress.update(done, total, input),
      });
      progress.done();
      const text =
        format === 'json'
          ? JSON.stringify(result, null, 2) + '\n'
          : format === 'markdown'
            ? renderMarkdown(result)
            : renderTerminal(result, {
                width: process.stdout.columns,
                color: flags.color !== false && !flags.output && Boolean(process.stdout.isTTY),
              });
      await emit(text, flags.output);
    });
}
