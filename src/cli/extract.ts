import type { Command } from 'commander';
import type { Article } from '../doc/types.js';
import { UsageError } from '../util/errors.js';
import { addInputOptions, dateOption, ingestOptionsFrom, INPUTS_HELP, type InputFlags, parseDateOption, readArticles, reportErrors } from './inputs.js';
import { emit } from './output.js';

interface ExtractFlags extends InputFlags {
  json?: boolean;
  format?: string;
  output?: string;
  date?: string;
}

/** The public JSON shape of one extracted article: one object per line with `--json`. */
export function articleJson(a: Article): Record<string, unknown> {
  return {
    input: a.input,
    url: a.url,
    canonicalUrl: a.canonicalUrl,
    title: a.title,
    byline: a.byline,
    outlet: a.outlet,
    publishedAt: a.publishedAt,
    modifiedAt: a.modifiedAt,
    language: a.language,
    description: a.description,
    text: a.text,
    paragraphs: a.paragraphs.map((p) => ({ kind: p.kind, text: a.text.slice(p.start, p.end) })),
    warnings: a.warnings,
  };
}

/** The article as a reader wants it: the headline, then the body. Several inputs are separated by a header line. */
export function articleText(a: Article, header: boolean): string {
  const parts = header ? [`==> ${a.input} <==`] : [];
  if (a.title) parts.push(a.title, '');
  parts.push(a.text);
  return parts.join('\n') + '\n';
}

/**
 * Registers `corroborate extract`. Exit status: 0 when at least one article was extracted (failed inputs are
 * listed one line each on stderr), 1 when none was or when --strict is given and any input failed.
 */
export function extractCommand(cli: Command): void {
  const cmd = cli
    .command('extract')
    .description('read pages, feeds and files and print the article inside each (text, or one JSON object per line)')
    .argument('<inputs...>', INPUTS_HELP)
    .option('--json', 'one JSON object per article per line (same as --format json)')
    .option('-f, --format <format>', 'text | json', 'text')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .addOption(dateOption('inputs'));
  addInputOptions(cmd).action(async (inputs: string[], flags: ExtractFlags) => {
    const format = flags.json ? 'json' : flags.format;
    if (format !== 'json' && format !== 'text') throw new UsageError(`--format ${format}: use text or json`);
    const options = ingestOptionsFrom(flags, parseDateOption(flags.date));
    const { articles, errors } = await readArticles(inputs, options);
    reportErrors(errors, articles.length === 0 || (Boolean(flags.strict) && errors.length > 0));
    const out =
      format === 'json'
        ? articles.map((a) => JSON.stringify(articleJson(a)) + '\n').join('')
        : articles.map((a) => articleText(a, articles.length > 1)).join('\n');
    await emit(out, flags.output);
  });
}
