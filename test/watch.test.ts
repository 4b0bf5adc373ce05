/**
 * `watch` polls with conditional GET: a local server on 127.0.0.1 that honours If-None-Match / If-Modified-Since,
 * rounds of ingestIntoStore (one round of `watch`) into a temporary store, and counts of what was fetched and stored.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ingestIntoStore, type IngestSummary } from '../src/cli/ingest.js';
import { fetchUrl } from '../src/ingest/fetch.js';
import { ingestSettled } from '../src/ingest/index.js';
import { Store } from '../src/store/store.js';
import { ROOT } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-watch-'));

interface Resource {
  status?: number;
  type: string;
  body: string;
  etag?: string;
  lastModified?: string;
}

/** What the server holds, changed by the tests between rounds. */
const resources = new Map<string, Resource>();
/** Every request: path and the validators it carried. */
const requests: { path: string; ifNoneMatch?: string; ifModifiedSince?: string }[] = [];
let server: Server;
let base = '';

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    const ifNoneMatch = req.headers['if-none-match'];
    const ifModifiedSince = req.headers['if-modified-since'];
    requests.push({ path, ...(ifNoneMatch ? { ifNoneMatch } : {}), ...(ifModifiedSince ? { ifModifiedSince } : {}) });
    const r = resources.get(path);
    if (!r) {
      res.writeHead(404).end();
      return;
    }
    const validators = { ...(r.etag ? { etag: r.etag } : {}), ...(r.lastModified ? { 'last-modified': r.lastModified } : {}) };
    const unchanged = r.etag ? ifNoneMatch === r.etag : Boolean(r.lastModified) && ifModifiedSince === r.lastModified;
    if (unchanged || r.status === 304) {
      res.writeHead(304, validators).end();
      return;
    }
    res.writeHead(r.status ?? 200, { 'content-type': r.type, ...validators }).end(r.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no server address');
  base = `http://127.0.0.1:${address.port}`;
});
after(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

// A fictional event, written for this test: four reports in words of their own (not copies of each other).
const A = [
  'The night ferry Gannet Bay ran aground on a sandbar outside Tern Harbour on Tuesday, the harbour office said.',
  'All 84 passengers were taken ashore by two pilot boats before midnight, and nobody was hurt, according to the office.',
  'Harbour master Ilse Varro said the channel buoys had drifted after the weekend storm.',
];
const B = [
  'Eighty-four people spent a cold hour on deck when their ferry stuck fast near the harbour mouth late on Tuesday.',
  'Pilot crews ferried them to the quay in small groups; a retired teacher from Salt Row called the crew calm and quick.',
  'Saltmarsh Lines, which runs the crossing, blamed shifting sand and said refunds would be paid at the terminal.',
];
const C = [
  'Marker buoys that guide vessels into Tern Harbour will be moved back into place on Thursday, officials announced.',
  'Storm swells had pushed several of them out of line, which port staff say left the safe channel badly marked.',
  'A survey boat will chart the sandbar again before the buoys are anchored.',
];
const D = [
  'Travellers hoping to cross early on Wednesday found the ticket hall shut and a handwritten notice on the door.',
  'The operator said every morning sailing was off while engineers inspected the stranded vessel in daylight.',
  'Afternoon departures were expected to run as usual if the inspection found nothing serious.',
];

function page(title: string, paragraphs: string[]): Resource {
  const body = `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  return { type: 'text/html; charset=utf-8', body };
}

function feed(path: string, links: string[], stamp: string): Resource {
  const items = links
    .map((link, i) => `<item><title>Ferry aground ${i + 1}</title><link>${base}${link}</link><description>The ferry ran aground.</description><pubDate>Tue, 04 Mar 2031 0${i}:00:00 GMT</pubDate></item>`)
    .join('');
  const body = `<?xml version="1.0"?><rss version="2.0"><channel><title>Tern Harbour Courier ${stamp}</title><link>${base}${path}</link>${items}</channel></rss>`;
  return { type: 'application/rss+xml; charset=utf-8', body };
}

const hits = (path: string): number => requests.filter((r) => r.path === path).length;
const last = (path: string) => requests.filter((r) => r.path === path).at(-1);

async function round(inputs: string[], store: string): Promise<IngestSummary> {
  return ingestIntoStore(inputs, { store, allowPrivate: true, timeout: '5' });
}

function inStore<T>(path: string, read: (store: Store) => T): T {
  const store = Store.open(path);
  try {
    return read(store);
  } finally {
    store.close();
  }
}

const counts = { new: 0, versions: 0, duplicates: 0, notModified: 0, copies: 0, errors: 0 };

test('second poll sends the validators: a 304 feed fetches no entry and stores nothing; a changed page is a new version', async () => {
  const store = join(dir, 'poll.db');
  resources.set('/a.html', { ...page('Ferry aground off Tern Harbour', A), etag: '"a1"' });
  resources.set('/b.html', { ...page('Passengers safe after grounding', B), lastModified: 'Tue, 04 Mar 2031 10:00:00 GMT' });
  resources.set('/feed.rss', { ...feed('/feed.rss', ['/a.html', '/b.html'], 'v1'), etag: 'W/"f1"' });
  const feedUrl = `${base}/feed.rss`;

  const first = await round([feedUrl], store);
  assert.deepEqual({ ...first, stories: 0 }, { ...counts, new: 2, stories: 0 });
  assert.deepEqual([hits('/feed.rss'), hits('/a.html'), hits('/b.html')], [1, 1, 1]);
  assert.equal(last('/feed.rss')!.ifNoneMatch, undefined);
  assert.deepEqual(
    inStore(store, (s) => [s.fetchState(feedUrl), s.fetchState(`${base}/a.html`), s.fetchState(`${base}/b.html`)]),
    [
      { etag: 'W/"f1"', lastModified: null },
      { etag: '"a1"', lastModified: null },
      { etag: null, lastModified: 'Tue, 04 Mar 2031 10:00:00 GMT' },
    ],
  );
  const stored = inStore(store, (s) => s.counts());

  const second = await round([feedUrl], store);
  assert.deepEqual({ ...second, stories: 0 }, { ...counts, notModified: 1, stories: 0 });
  assert.equal(last('/feed.rss')!.ifNoneMatch, 'W/"f1"');
  assert.deepEqual([hits('/feed.rss'), hits('/a.html'), hits('/b.html')], [2, 1, 1], 'a 304 feed: no entry fetched');
  assert.deepEqual(inStore(store, (s) => s.counts()), stored, 'nothing stored again');

  // The feed changes and one article is corrected; the other page answers 304 to If-Modified-Since.
  resources.set('/a.html', { ...page('Ferry aground off Tern Harbour', [...A, 'Divers found no damage to the hull on Wednesday.']), etag: '"a2"' });
  resources.set('/feed.rss', { ...feed('/feed.rss', ['/a.html', '/b.html'], 'v2'), etag: 'W/"f2"' });
  const third = await round([feedUrl], store);
  assert.deepEqual({ ...third, stories: 0 }, { ...counts, versions: 1, notModified: 1, stories: 0 });
  assert.equal(last('/a.html')!.ifNoneMatch, '"a1"');
  assert.equal(last('/b.html')!.ifModifiedSince, 'Tue, 04 Mar 2031 10:00:00 GMT');
  assert.deepEqual(inStore(store, (s) => s.counts()), { ...stored, versions: stored.versions + 1 });
  assert.deepEqual(inStore(store, (s) => s.fetchState(`${base}/a.html`)), { etag: '"a2"', lastModified: null });

  const fourth = await round([feedUrl, `${base}/a.html`], store);
  assert.deepEqual({ ...fourth, stories: 0 }, { ...counts, notModified: 2, stories: 0 });
  assert.deepEqual([hits('/feed.rss'), hits('/a.html'), hits('/b.html')], [4, 3, 2]);
});

test('a feed whose entry failed keeps no validators, so the next poll reads it again and gets the entry', async () => {
  const store = join(dir, 'retry.db');
  resources.set('/c.html', { ...page('Channel buoys to be reset', C), etag: '"c1"' });
  resources.set('/d.html', { ...page('Morning crossings cancelled', D), status: 503, etag: '"d1"' });
  resources.set('/g.rss', { ...feed('/g.rss', ['/c.html', '/d.html'], 'g'), etag: '"g1"' });
  const feedUrl = `${base}/g.rss`;

  const first = await round([feedUrl], store);
  assert.deepEqual([first.new, first.errors], [1, 1]);
  assert.deepEqual(inStore(store, (s) => [s.fetchState(feedUrl), s.fetchState(`${base}/c.html`)]), [null, { etag: '"c1"', lastModified: null }]);

  resources.set('/d.html', { ...resources.get('/d.html')!, status: 200 });
  const second = await round([feedUrl], store);
  assert.equal(last('/g.rss')!.ifNoneMatch, undefined, 'the feed is read again in full');
  assert.deepEqual({ ...second, stories: 0 }, { ...counts, new: 1, notModified: 1, stories: 0 });
  assert.deepEqual(inStore(store, (s) => s.fetchState(feedUrl)), { etag: '"g1"', lastModified: null });

  const third = await round([feedUrl], store);
  assert.deepEqual({ ...third, stories: 0 }, { ...counts, notModified: 1, stories: 0 });
  assert.equal(inStore(store, (s) => s.counts().reports), 2);
});

test('a page fetched but not stored (no article text) keeps no validators: it is asked for in full again', async () => {
  const store = join(dir, 'unstored.db');
  resources.set('/empty.html', { type: 'text/html; charset=utf-8', body: '<!doctype html><html><body><nav>Menu</nav></body></html>', etag: '"e1"' });
  const url = `${base}/empty.html`;
  for (let i = 1; i <= 2; i++) {
    const s = await round([url], store);
    assert.deepEqual([s.new, s.notModified, s.errors], [0, 0, 1], `round ${i}`);
    assert.equal(last('/empty.html')!.ifNoneMatch, undefined, `round ${i}`);
  }
  assert.equal(inStore(store, (s) => s.fetchState(url)), null);
});

test('fetch: validators become request headers, unsafe ones are not sent, an unasked 304 is an error', async () => {
  resources.set('/plain.html', { ...page('Ferry aground', A), etag: '"p1"' });
  const options = { allowPrivate: true, timeoutMs: 5000, maxBytes: 1 << 20 };
  const fresh = await fetchUrl(`${base}/plain.html`, options);
  assert.ok(!fresh.notModified);
  assert.deepEqual(fresh.validators, { etag: '"p1"', lastModified: null });
  const again = await fetchUrl(`${base}/plain.html`, { ...options, validators: { etag: '"p1"', lastModified: null } });
  assert.deepEqual(again, { notModified: true, url: `${base}/plain.html` });
  const unsafe = await fetchUrl(`${base}/plain.html`, { ...options, validators: { etag: '"p1"\r\nx-evil: 1', lastModified: null } });
  assert.equal(unsafe.notModified, undefined);
  assert.deepEqual(last('/plain.html'), { path: '/plain.html' });

  resources.set('/always-304', { ...page('x', []), status: 304 });
  const { raws, errors, notModified } = await ingestSettled([`${base}/always-304`], { allowPrivate: true, timeoutMs: 5000 });
  assert.deepEqual([raws.length, notModified], [0, []]);
  assert.match(errors[0]!.message, /always-304: HTTP 304 Not Modified$/);
  const asked = await ingestSettled([`${base}/plain.html`], { allowPrivate: true, timeoutMs: 5000, conditional: () => ({ etag: '"p1"' }) });
  assert.deepEqual([asked.raws.length, asked.errors.length, asked.notModified, asked.validators], [0, 0, [`${base}/plain.html`], []]);
});

test('corroborate watch --times 1 prints the round, with what was not modified', async () => {
  // A feed and a store of its own: the first round stores the entries and the validators, the second gets a 304.
  const store = join(dir, 'watch-cli.db');
  resources.set('/cli-c.html', { ...page('Buoys to be reset', C), etag: '"c1"' });
  resources.set('/cli-d.html', { ...page('Morning sailings cancelled', D), etag: '"d1"' });
  resources.set('/cli-feed.rss', { ...feed('/cli-feed.rss', ['/cli-c.html', '/cli-d.html'], 'cli'), etag: '"cli"' });
  const round = async (): Promise<string> =>
    (
      await promisify(execFile)(
        process.execPath,
        [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'src', 'cli', 'main.ts'), 'watch', `${base}/cli-feed.rss`, '--times', '1', '--allow-private', '--store', store],
        { timeout: 60_000 },
      )
    ).stdout;
  assert.match(await round(), /^\d{4}-\d\d-\d\dT\S+ 2 new, 0 new versions, 0 already stored, 0 copies, 0 errors; 2 stories in the store\n$/);
  assert.match(await round(), /^\d{4}-\d\d-\d\dT\S+ 0 new, 0 new versions, 0 already stored, 1 not modified, 0 copies, 0 errors; \d+ stories in the store\n$/);
});
