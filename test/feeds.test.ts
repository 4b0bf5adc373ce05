/** Feeds (RSS 2.0, Atom, JSON Feed) and OPML lists against a local server; broken entries fail alone. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestSettled } from '../src/ingest/index.js';
import { extract } from '../src/extract/index.js';
import { feedDate } from '../src/ingest/dates.js';
import { feedFromXml, parseXml } from '../src/ingest/feeds.js';
import { fixture, startServer, type TestServer } from './fixtures/inputs/server.js';

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(() => server.close());

const local = { allowPrivate: true, timeoutMs: 5000 };
const short = (s: string) => s.replaceAll(server.base, '');

test('RSS: full content used, teaser entries fetched, broken entries reported one by one', async () => {
  const { raws, errors } = await ingestSettled([server.base + '/feed.rss'], local);
  assert.deepEqual(raws.map((r) => short(r.input)), ['/count/grant', '/story.html', '/cafe-meta']);
  // Entry 1 carries its article in content:encoded: its page is never requested.
  assert.equal(server.hits.get('/count/grant'), undefined);
  const [grant, story, cafe] = raws.map(extract);
  assert.match(grant!.text, /voted six to one on Thursday evening/);
  assert.equal(grant!.title, 'Council backs emergency grant for library');
  assert.equal(grant!.outlet, 'The Fenwick Ledger');
  assert.equal(raws[0]!.publishedAt, '2031-03-06T18:30:00-05:00');
  assert.match(story!.text, /A water main burst under Quarry Lane/);
  assert.equal(raws[1]!.publishedAt, '2031-03-04T09:15:00-05:00');
  assert.match(cafe!.text, /Renée Falque/);
  assert.ok(cafe!.warnings.some((w) => w.includes('unreadable publication date "sometime on Wednesday"')), cafe!.warnings.join('; '));
  assert.deepEqual(
    errors.map((e) => short(e.message)),
    ['/feed.rss#3: entry has no link and no content (entry 3 of /feed.rss)', '/missing: HTTP 404 Not Found (entry 4 of /feed.rss)'],
  );
});

test('Atom: html and xhtml content kept in order, summary-only entries fetched', async () => {
  const { raws, errors } = await ingestSettled([server.base + '/atom.xml'], local);
  assert.deepEqual(errors, []);
  assert.deepEqual(raws.map((r) => short(r.input)), ['/count/courier-1', '/count/courier-2', '/cafe-header']);
  assert.equal(server.hits.get('/count/courier-1'), undefined);
  const [first, second, third] = raws.map(extract);
  assert.match(first!.text, /find and close the right valve/);
  assert.equal(first!.outlet, 'Marrow Creek Courier');
  assert.equal(raws[0]!.publishedAt, '2031-03-04T10:02:00-05:00');
  // xhtml content: the heading stays between its paragraphs.
  const kinds = second!.paragraphs.map((p) => `${p.kind}:${second!.text.slice(p.start, p.start + 12)}`);
  const heading = kinds.findIndex((k) => k.startsWith('h:What'));
  assert.ok(heading > 0 && heading < kinds.length - 1, kinds.join(' | '));
  assert.match(third!.text, /Renée Falque/);
  assert.equal(raws[2]!.publishedAt, '2031-03-05T09:00:00-05:00');
});

test('JSON Feed: content_text used, url-only items fetched, an empty item is an error', async () => {
  const { raws, errors } = await ingestSettled([server.base + '/feed.json'], local);
  assert.deepEqual(raws.map((r) => short(r.input)), ['/count/radio-1', '/story.html']);
  const radio = extract(raws[0]!);
  assert.equal(radio.paragraphs.length, 3);
  assert.match(radio.text, /^Volunteers in Marrow Creek/);
  assert.equal(errors.length, 1);
  assert.match(errors[0]!.message, /feed\.json#3: entry has no link and no content \(entry 3 of /);
});

test('OPML: every listed feed is read; a dead feed is one error', async () => {
  const { raws, errors } = await ingestSettled([server.base + '/list.opml'], local);
  assert.equal(raws.length, 6);
  assert.deepEqual(
    errors.map((e) => short(e.message).replace(/ \(.*$/, '')),
    ['/feed.rss#3: entry has no link and no content', '/missing: HTTP 404 Not Found', '/missing-feed: HTTP 404 Not Found'],
  );
  assert.match(errors[2]!.message, /listed in .*list\.opml\)$/);
});

test('a truncated feed still yields its complete entries; dates keep the publisher offset', () => {
  const text = '<rss><channel><title>T</title><item><title>A</title><link>https://a.example/1</link></item><item><title>B</title><link>https://a.exa';
  const feed = feedFromXml(parseXml(text), text, null);
  assert.equal(feed.entries[0]!.link, 'https://a.example/1');
  assert.equal(feedDate('Tue, 04 Mar 2031 23:30:00 -0500'), '2031-03-04T23:30:00-05:00');
  assert.equal(feedDate('4 Mar 31 23:30 PST'), '2031-03-04T23:30:00-08:00');
  assert.equal(feedDate('2031-03-04T23:30:00Z'), '2031-03-04T23:30:00Z');
  assert.equal(feedDate('last Tuesday'), null);
});

test('cut and mutated feeds, OPML and JSON never throw: every outcome is records or per-input errors', async () => {
  const { expand } = await import('../src/ingest/expand.js');
  const ctx = { maxBytes: 1 << 20, date: null, fetch: () => Promise.reject(new Error('offline in this test')) };
  const docs = ['rss.xml.template', 'atom.xml.template', 'feed.json.template', 'list.opml.template'].map((f) =>
    fixture(f).replaceAll('{{BASE}}', 'https://ledger.example'),
  );
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  let outcomes = 0;
  for (const doc of docs) {
    for (let i = 0; i < 60; i++) {
      let text = doc.slice(0, next() % doc.length);
      // Mutate a few characters into markup and JSON punctuation.
      for (let k = 0; k < 4; k++) {
        const at = next() % Math.max(1, text.length);
        text = text.slice(0, at) + '<>"{}&]/'[next() % 8] + text.slice(at + 1);
      }
      const src = { input: `mutant-${outcomes}`, url: null, body: new TextEncoder().encode(text), contentType: null, warnings: [] };
      const out = await expand(src, ctx, 'top');
      assert.ok(Array.isArray(out.raws) && Array.isArray(out.errors));
      for (const e of out.errors) assert.equal(e.message.split('\n').length, 1);
      outcomes++;
    }
  }
  assert.equal(outcomes, 240);
});
