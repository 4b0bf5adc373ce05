/**
 * From a source's bytes to RawInput records: gzip is looked through, feeds and OPML lists are expanded into
 * their entries (fetching entry pages that the feed does not carry in full), JSON Lines into their records.
 * Every failing part becomes an InputError naming it, and the other parts still come through.
 */
import type { RawInput } from '../doc/types.js';
import { decodeBytes } from '../extract/decode.js';
import { InputError } from '../util/errors.js';
import { BodyError, gunzip, isGzip } from './compression.js';
import { type Feed, type FeedEntry, FeedError, feedFromJson, feedFromXml, feedsFromOpml, isJsonFeed, parseXml } from './feeds.js';
import type { Source } from './files.js';
import { crawlRecords, crawlRecordsOf } from './jsonl.js';
import { combine, type InputOutcome } from './options.js';
import { rootElement, sniffKind } from './sniff.js';

/**
 * Feeds often put a teaser in content:encoded or an Atom content element; below this many characters of text
 * the entry's own page is fetched instead, as it holds the whole article.
 */
export const FULL_CONTENT_MIN_CHARS = 500;

/** What one expansion may do: fetch a URL (limited, timed, checked) and the defaults for dates. */
export interface ExpandContext {
  fetch: (url: string) => Promise<Source>;
  maxBytes: number;
  date: string | null;
}

/** Where a source came from decides what it may turn into: entry pages are never expanded again. */
export type Level = 'top' | 'feed-list' | 'page';

interface Extra {
  hints?: RawInput['hints'];
  publishedAt?: string | null;
  /** Said after the problem in errors: "(entry 3 of feed.xml)". */
  context?: string;
}

const problemOf = (err: unknown): string => (err instanceof InputError ? err.problem : (err as Error).message);

function fail(input: string, problem: string, extra: Extra = {}): InputOutcome {
  return { raws: [], errors: [new InputError(input, extra.context ? `${problem} (${extra.context})` : problem)] };
}

function document(src: Source, body: Uint8Array, warnings: string[], extra: Extra, ctx: ExpandContext): RawInput {
  const raw: RawInput = {
    input: src.input,
    url: src.url,
    body,
    contentType: src.contentType,
    publishedAt: extra.publishedAt ?? ctx.date,
  };
  if (extra.hints) raw.hints = extra.hints;
  if (warnings.length) raw.warnings = warnings;
  return raw;
}

function textLength(html: string): number {
  return html.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, 'x').replace(/\s+/g, ' ').trim().length;
}

const encoder = new TextEncoder();
const utf8 = (text: string): Uint8Array => encoder.encode(text);

async function entryOutcome(entry: FeedEntry, feed: Feed, src: Source, ctx: ExpandContext): Promise<InputOutcome> {
  const input = entry.link ?? `${src.input}#${entry.index}`;
  const extra: Extra = {
    hints: { title: entry.title, outlet: feed.title },
    publishedAt: entry.publishedAt ?? ctx.date,
    context: `entry ${entry.index} of ${src.input}`,
  };
  const carried = entry.content && ('html' in entry.content ? entry.content.html : entry.content.text);
  const fromFeed = (body: string, contentType: string, warnings: string[]): InputOutcome => ({
    raws: [document({ input, url: entry.link, body: utf8(body), contentType, warnings: [] }, utf8(body), warnings, extra, ctx)],
    errors: [],
  });
  if (entry.content && carried && (!entry.link || textLength(carried) >= FULL_CONTENT_MIN_CHARS)) {
    return fromFeed(carried, 'html' in entry.content ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8', entry.warnings);
  }
  if (entry.link) {
    try {
      const page = await ctx.fetch(entry.link);
      return await expand({ ...page, input, warnings: [...entry.warnings, ...page.warnings] }, ctx, 'page', extra);
    } catch (err) {
      return fail(input, problemOf(err), extra);
    }
  }
  if (entry.summary) {
    return fromFeed(entry.summary, 'text/html; charset=utf-8', [...entry.warnings, 'the feed entry has no link and no full content; only its summary is read']);
  }
  return fail(input, 'entry has no link and no content', extra);
}

async function all(parts: Promise<InputOutcome>[]): Promise<InputOutcome> {
  return combine(await Promise.all(parts));
}

async function feedOutcome(feed: Feed, src: Source, ctx: ExpandContext): Promise<InputOutcome> {
  if (feed.entries.length === 0) return fail(src.input, 'feed has no entries');
  return all(feed.entries.map((entry) => entryOutcome(entry, feed, src, ctx)));
}

async function opmlOutcome(urls: string[], src: Source, ctx: ExpandContext): Promise<InputOutcome> {
  if (urls.length === 0) return fail(src.input, 'OPML lists no feeds (no outline with xmlUrl)');
  return all(
    urls.map(async (url) => {
      try {
        return await expand({ ...(await ctx.fetch(url)), input: url }, ctx, 'feed-list', {});
      } catch (err) {
        return fail(url, problemOf(err), { context: `listed in ${src.input}` });
      }
    }),
  );
}

function jsonOutcome(text: string, src: Source, ctx: ExpandContext): Promise<InputOutcome> | InputOutcome {
  let whole: unknown = undefined;
  try {
    whole = JSON.parse(text);
  } catch {
    // Not one JSON value: JSON Lines, read line by line below.
  }
  if (isJsonFeed(whole)) return feedOutcome(feedFromJson(whole, src.url), src, ctx);
  const { records, problems } = whole === undefined ? crawlRecords(text) : crawlRecordsOf(whole);
  // A file with no record at all is some other JSON (a folder's labels.json, a pretty-printed dump): one error
  // naming the file, not one per line or element.
  if (records.length === 0) {
    if (whole !== undefined) return fail(src.input, 'JSON that is neither a JSON Feed nor crawl records ({ url, html, text })');
    const first = problems[0];
    return fail(src.input, `not JSON Lines of crawl records ({ url, html, text })${first ? ` (line ${first.line}: ${first.problem})` : ''}`);
  }
  const errors = problems.map((p) => new InputError(`${src.input}#${p.line}`, p.problem));
  return all([
    Promise.resolve({ raws: [], errors }),
    ...records.map(async (r): Promise<InputOutcome> => {
      const input = r.url ?? `${src.input}#${r.line}`;
      const extra: Extra = { publishedAt: r.publishedAt ?? ctx.date, context: `line ${r.line} of ${src.input}` };
      if (r.title) extra.hints = { title: r.title };
      if (r.html || r.text) {
        const body = utf8((r.html ?? r.text)!);
        const contentType = r.html ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8';
        return { raws: [document({ input, url: r.url, body, contentType, warnings: [] }, body, r.warnings, extra, ctx)], errors: [] };
      }
      try {
        const page = await ctx.fetch(r.url!);
        return await expand({ ...page, input, warnings: [...r.warnings, ...page.warnings] }, ctx, 'page', extra);
      } catch (err) {
        return fail(input, problemOf(err), extra);
      }
    }),
  ]);
}

/**
 * Expands one source. Never throws for a problem of the input: problems come back as errors. A source answered
 * 304 is reported as not modified; a fetched one's validators travel up with the records read from it.
 */
export async function expand(src: Source, ctx: ExpandContext, level: Level, extra: Extra = {}): Promise<InputOutcome> {
  if (src.notModified) return { raws: [], errors: [], notModified: [src.input] };
  const outcome = await expandBody(src, ctx, level, extra);
  const validators = src.fetched?.validators;
  if (!src.fetched || !validators) return outcome;
  const validated = {
    url: src.fetched.url,
    ...validators,
    records: outcome.raws.map((raw) => [raw.input, ...(raw.url ? [raw.url] : [])]),
    clean: outcome.errors.length === 0,
  };
  return { ...outcome, validated: [...(outcome.validated ?? []), validated] };
}

async function expandBody(src: Source, ctx: ExpandContext, level: Level, extra: Extra): Promise<InputOutcome> {
  let body = src.body;
  const warnings = [...src.warnings];
  try {
    if (isGzip(body)) {
      const inflated = gunzip(body, ctx.maxBytes);
      body = inflated.body;
      warnings.push(...inflated.warnings);
      if (src.contentType && /gzip/i.test(src.contentType)) src = { ...src, contentType: null };
    }
    const kind = level === 'page' ? 'document' : sniffKind(body);
    if (kind === 'document') {
      if (level === 'feed-list') return fail(src.input, 'not a feed (listed in an OPML file)', extra);
      return { raws: [document(src, body, warnings, extra, ctx)], errors: [] };
    }
    const { text } = decodeBytes(body, src.input, src.contentType);
    if (kind === 'json') return await jsonOutcome(text, src, ctx);
    if (kind === 'other-xml') return fail(src.input, `XML document <${rootElement(text)}> is not a feed, an OPML list or a web page`, extra);
    const doc = parseXml(text);
    if (kind === 'opml') {
      if (level !== 'top') return fail(src.input, 'an OPML list inside an OPML list is not followed', extra);
      return await opmlOutcome(feedsFromOpml(doc, src.url), src, ctx);
    }
    return await feedOutcome(feedFromXml(doc, text, src.url), src, ctx);
  } catch (err) {
    if (err instanceof InputError || err instanceof BodyError || err instanceof FeedError) return fail(src.input, problemOf(err), extra);
    throw err;
  }
}
