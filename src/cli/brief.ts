import type { Command } from 'commander';
import { briefFromArticles } from '../pipeline.js';
import { renderHtml } from '../render/html.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderTerminal } from '../render/terminal.js';
import { InputError, UsageError } from '../util/errors.js';
import { addInputOptions, dateOption, ingestOptionsFrom, INPUTS_HELP, type InputFlags, parseDateOption, readArticles, reportErrors } from './inputs.js';
import { emit } from './output.js';
import { progressLine } from './progress.js';
import type { Brief } from '../brief/types.js';
import { Store } from '../store/store.js';
import { storePath } from '../store/open.js';
import { storyBrief } from '../stories/brief.js';
import { sinceOrFail } from '../store/since.js';
import { storeOption } from './store-option.js';

export type Format = 'terminal' | 'markdown' | 'json' | 'html';

interface BriefFlags extends InputFlags {
  json?: boolean;
  format?: string;
  output?: string;
  date?: string;
  color?: boolean;
  story?: string;
  since?: string;
  store?: string;
}

export function briefCommand(cli: Command): void {
  addInputOptions(cli.command('brief'))
    .description('read the reports of one event and print a cross-source brief')
    .argument('[inputs...]', INPUTS_HELP)
    .option('--story <id>', 'the brief of a stored story instead of inputs (see corroborate stories)')
    .option('--since <time>', 'with --story: only reports new or changed since then (30m, 12h, 2d, or a date)')
    .addOption(storeOption())
    .option('--json', 'print the brief as JSON (same as --format json)')
    .option('-f, --format <format>', 'terminal | markdown | json | html (one self-contained file)', 'terminal')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .addOption(dateOption())
    .option('--no-color', 'no colours in terminal output')
    .action(async (inputs: string[], flags: BriefFlags) => {
      const format = (flags.json ? 'json' : flags.format) as Format;
      if (!['terminal', 'markdown', 'json', 'html'].includes(format)) throw new UsageError(`--format ${format}: use terminal, markdown, json or html`);
      const date = parseDateOption(flags.date);
      if (flags.story !== undefined || flags.since !== undefined) {
        if (flags.story === undefined) throw new UsageError('--since needs --story');
        if (inputs.length > 0) throw new UsageError('--story reads the store: give no inputs');
        await emit(renderBrief(storedStoryBrief(flags.story, flags.since, flags.store, date), format, flags), flags.output);
        return;
      }
      if (inputs.length === 0) throw new UsageError('no inputs (give report files, folders, URLs or feeds, or --story <id>)');
      // Inputs that fail are reported one line each and left out; the brief fails only when fewer than two
      // reports remain (or with --strict, when any failed).
      const { articles, errors } = await readArticles(inputs, ingestOptionsFrom(flags, date));
      const reports = articles.filter((a) => a.text.trim() !== '');
      for (const a of articles) {
        if (a.text.trim() === '') errors.push(new InputError(a.input, `no article text found${a.warnings[0] ? ` (${a.warnings[0]})` : ''}`));
      }
      reportErrors(errors, reports.length < 2 || (Boolean(flags.strict) && errors.length > 0));
      const progress = progressLine('annotating');
      const result = briefFromArticles(reports, {
        date,
        onProgress: (done, total, input) => progress.update(done, total, input),
      });
      progress.done();
      await emit(renderBrief(result, format, flags), flags.output);
    });
}

/** The brief of a stored story (`--story`, `--since`). */
function storedStoryBrief(story: string, sinceFlag: string | undefined, store: string | undefined, date: string | null): Brief {
  const since = sinceOrFail(sinceFlag, '--since');
  const opened = Store.open(storePath(store));
  try {
    return storyBrief(opened, story, { since, date });
  } finally {
    opened.close();
  }
}

function renderBrief(result: Brief, format: Format, flags: BriefFlags): string {
  if (format === 'json') return JSON.stringify(result, null, 2) + '\n';
  if (format === 'markdown') return renderMarkdown(result);
  if (format === 'html') return renderHtml(result);
  return renderTerminal(result, {
    width: process.stdout.columns,
    color: flags.color !== false && !flags.output && Boolean(process.stdout.isTTY),
  });
}
