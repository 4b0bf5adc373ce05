/**
 * Feeds to entries: RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed; OPML to feed URLs. fast-xml-parser reads the
 * XML (non-validating, so a feed with one broken entry still yields the others). Nothing is fetched here.
 */
import { XMLParser } from 'fast-xml-parser';
import { feedDate } from './dates.js';

export interface FeedEntry {
  /** 1-based position in the feed, for error messages (`feed.xml#3`). */
  index: number;
  title: string | null;
  /** The entry's page, absolute. */
  link: string | null;
  publishedAt: string | null;
  /** The entry's body when the feed carries it: HTML (content:encoded, Atom html/xhtml, content_html) or text. */
  content: { html: string } | { text: string } | null;
  /** A short description, used only when there is neither content nor a page. */
  summary: string | null;
  warnings: string[];
}

export interface Feed {
  title: string | null;
  entries: FeedEntry[];
}

type Node = Record<string, unknown>;

const ENTRY_ARRAYS = new Set(['item', 'entry', 'link', 'outline', 'category', 'author', 'dc:creator']);

const PARSER_OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  // Entity expansion is bounded so a "billion laughs" DOCTYPE cannot blow up memory.
  processEntities: { enabled: true, maxTotalExpansions: 10_000, maxExpandedLength: 1_000_000 },
  isArray: (name: string) => ENTRY_ARRAYS.has(name),
};

const parser = new XMLParser(PARSER_OPTIONS);
/** Atom `type="xhtml"` content is markup inside the XML; this parser keeps it as written, in document order. */
const xhtmlParser = new XMLParser({ ...PARSER_OPTIONS, stopNodes: ['feed.entry.content'] });

export class FeedError extends Error {
  override name = 'FeedError';
}

export function parseXml(text: string): Node {
  try {
    return parser.parse(text) as Node;
  } catch (err) {
    throw new FeedError(`unreadable XML (${(err as Error).message.split('\n')[0]})`);
  }
}

function asNode(value: unknown): Node | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : null;
}

function list(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

/** The text of an element that may carry attributes (`{ '#text': ..., '@_type': ... }`). */
function textOf(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || null;
  const node = asNode(value);
  if (node && '#text' in node) return textOf(node['#text']);
  return null;
}

function absolute(link: string | null, base: string | null): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function dateField(entry: FeedEntry, label: string, ...values: unknown[]): void {
  const given = values.find((v) => textOf(v) !== null);
  if (given === undefined) return;
  entry.publishedAt = feedDate(textOf(given));
  if (!entry.publishedAt) entry.warnings.push(`unreadable ${label} date "${textOf(given)}" in the feed`);
}

function rssEntry(item: Node, index: number, base: string | null): FeedEntry {
  const entry: FeedEntry = { index, title: textOf(item.title), link: null, publishedAt: null, content: null, summary: null, warnings: [] };
  const guid = asNode(item.guid);
  const permalink = guid && guid['@_isPermaLink'] !== 'false' ? textOf(guid) : typeof item.guid === 'string' && /^https?:/i.test(item.guid) ? item.guid : null;
  entry.link = absolute(textOf(list(item.link)[0]) ?? permalink, base);
  dateField(entry, 'publication', item.pubDate, item['dc:date']);
  const encoded = textOf(item['content:encoded']);
  if (encoded) entry.content = { html: encoded };
  entry.summary = textOf(item.description);
  return entry;
}

function atomLink(links: unknown[], base: string | null): string | null {
  const nodes = links.map(asNode).filter((n): n is Node => n !== null);
  const alternate = nodes.find((n) => (n['@_rel'] ?? 'alternate') === 'alternate' && (!n['@_type'] || /html/i.test(String(n['@_type']))));
  return absolute(String((alternate ?? nodes[0])?.['@_href'] ?? '') || null, base);
}

function atomEntry(item: Node, index: number, base: string | null, raw: Node | null): FeedEntry {
  const entry: FeedEntry = { index, title: textOf(item.title), link: atomLink(list(item.link), base), publishedAt: null, content: null, summary: null, warnings: [] };
  dateField(entry, 'publication', item.published, item.updated, item.issued);
  const content = item.content;
  const node = asNode(content);
  const type = String(node?.['@_type'] ?? 'text').toLowerCase();
  if (content !== undefined && !node?.['@_src']) {
    if (type === 'xhtml') {
      const html = textOf(raw?.content);
      if (html) entry.content = { html };
    } else if (type === 'html' || type === 'text/html') {
      const html = textOf(content);
      if (html) entry.content = { html };
    } else {
      const text = textOf(content);
      if (text) entry.content = { text };
    }
  }
  entry.summary = textOf(item.summary);
  return entry;
}

/** Atom entries with their content left as written; none when the markup is too broken for this stricter read. */
function rawAtomEntries(text: string): unknown[] {
  try {
    return list(asNode(asNode(xhtmlParser.parse(text))?.feed)?.entry);
  } catch {
    return [];
  }
}

/** Entries of an RSS 2.0, RSS 1.0 or Atom document already parsed from `text`. */
export function feedFromXml(doc: Node, text: string, base: string | null): Feed {
  const rss = asNode(doc.rss);
  if (rss) {
    const channel = asNode(list(rss.channel)[0]) ?? {};
    return { title: textOf(channel.title), entries: list(channel.item).map((it, i) => rssEntry(asNode(it) ?? {}, i + 1, base)) };
  }
  const rdf = asNode(doc['rdf:RDF']);
  if (rdf) {
    const channel = asNode(list(rdf.channel)[0]) ?? {};
    return { title: textOf(channel.title), entries: list(rdf.item).map((it, i) => rssEntry(asNode(it) ?? {}, i + 1, base)) };
  }
  const atom = asNode(doc.feed);
  if (atom) {
    const feedBase = absolute(String(atom['@_xml:base'] ?? '') || null, base) ?? base;
    const entries = list(atom.entry);
    const written = /type\s*=\s*["']xhtml/.test(text) ? rawAtomEntries(text) : [];
    // Both reads must see the same entries, or content could land on the wrong one.
    const raw = written.length === entries.length ? written : [];
    return {
      title: textOf(atom.title),
      entries: entries.map((it, i) => atomEntry(asNode(it) ?? {}, i + 1, feedBase, asNode(raw[i]))),
    };
  }
  throw new FeedError('not an RSS or Atom feed');
}

/** A JSON Feed string field, trimmed; null when absent, not a string or blank. */
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** Entries of a JSON Feed (https://jsonfeed.org/version/1.1). */
export function feedFromJson(doc: Node, base: string | null): Feed {
  const entries = list(doc.items).map((value, i): FeedEntry => {
    const item = asNode(value) ?? {};
    const html = str(item.content_html);
    const text = str(item.content_text);
    const entry: FeedEntry = {
      index: i + 1,
      title: str(item.title),
      link: absolute(str(item.url) ?? str(item.external_url), base),
      publishedAt: null,
      content: html ? { html } : text ? { text } : null,
      summary: str(item.summary),
      warnings: [],
    };
    dateField(entry, 'publication', item.date_published, item.date_modified);
    return entry;
  });
  return { title: typeof doc.title === 'string' ? doc.title : null, entries };
}

export function isJsonFeed(doc: unknown): doc is Node {
  const node = asNode(doc);
  return node !== null && typeof node.version === 'string' && /jsonfeed\.org\/version\//.test(node.version);
}

/** Feed URLs listed in an OPML document, in document order, nested outlines included. */
export function feedsFromOpml(doc: Node, base: string | null): string[] {
  const out: string[] = [];
  const walk = (outlines: unknown[]) => {
    for (const value of outlines) {
      const node = asNode(value);
      if (!node) continue;
      const url = absolute(typeof node['@_xmlUrl'] === 'string' ? node['@_xmlUrl'] : null, base);
      if (url && !out.includes(url)) out.push(url);
      walk(list(node.outline));
    }
  };
  walk(list(asNode(asNode(doc.opml)?.body)?.outline));
  return out;
}
