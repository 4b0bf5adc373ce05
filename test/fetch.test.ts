/** Fetching URLs against a local server on 127.0.0.1: redirects, compression, charsets, bounds, errors, address checks. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestSettled } from '../src/ingest/index.js';
import { fetchUrl } from '../src/ingest/fetch.js';
import { guardedLookup, isPrivateAddress } from '../src/ingest/address.js';
import { extract } from '../src/extract/index.js';
import { VERSION } from '../src/version.js';
import { startServer, type TestServer } from './fixtures/inputs/server.js';

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(() => server.close());

const local = { allowPrivate: true, timeoutMs: 5000 };

async function one(path: string, options: Parameters<typeof ingestSettled>[1] = local) {
  const { raws, errors } = await ingestSettled([server.base + path], options);
  return { raw: raws[0], error: errors[0]?.message, raws, errors };
}

const CAFE_SENTENCE = '“We are open again,” said Renée Falque, who runs the café on Quarry Lane.';

test('a page is fetched with a polite User-Agent and extracted as HTML', async () => {
  const { raw, error } = await one('/story.html');
  assert.equal(error, undefined);
  assert.equal(server.lastUserAgent(), `corroborate/${VERSION} (+https://www.npmjs.com/package/corroborate)`);
  assert.equal(raw!.url, server.base + '/story.html');
  const article = extract(raw!);
  assert.match(article.text, /A water main burst under Quarry Lane/);
  assert.doesNotMatch(article.text, /Share on Facebook|cookies/);
});

test('gzip, brotli and deflate bodies decode to the same page', async () => {
  const plain = (await one('/story.html')).raw!.body;
  for (const path of ['/gzip.html', '/br.html', '/deflate.html', '/gz-file']) {
    const { raw, error } = await one(path);
    assert.equal(error, undefined, path);
    assert.deepEqual(Buffer.from(raw!.body), Buffer.from(plain), path);
  }
});

test('redirects: up to 5 are followed, a sixth and a loop are errors naming the input', async () => {
  for (const n of [1, 4]) {
    const { raw, error } = await one(`/hop/${n}`);
    assert.equal(error, undefined, `hop ${n}`);
    assert.equal(raw!.url, server.base + '/story.html');
    assert.equal(raw!.input, `${server.base}/hop/${n}`);
  }
  // /hop/4 is 5 redirects including the last one to the story; /hop/5 is 6.
  assert.match((await one('/hop/5')).error!, /hop\/5: more than 5 redirects$/);
  const loop = (await one('/loop-a')).error!;
  assert.match(loop, /^http:\/\/127\.0\.0\.1:\d+\/loop-a: redirect loop \(.*loop-a → .*loop-b → .*loop-a\)$/);
});

test('charset: header, then <meta>, then BOM wins over both; WHATWG labels; legacy encodings decode', async () => {
  for (const path of ['/cafe-header', '/cafe-meta', '/cafe-latin1', '/cafe-bom', '/cafe-undeclared']) {
    const { raw, error } = await one(path);
    assert.equal(error, undefined, path);
    const article = extract(raw!);
    assert.ok(article.text.includes(CAFE_SENTENCE), `${path}: ${article.text.slice(0, 120)}`);
    assert.ok(article.text.includes('seven o’clock'), path);
    const undeclared = article.warnings.some((w) => /no usable charset declared/.test(w));
    assert.equal(undeclared, path === '/cafe-undeclared', `${path}: ${article.warnings.join('; ')}`);
  }
  const koi8 = extract((await one('/cafe-koi8')).raw!);
  assert.match(koi8.text, /Вода затопила подвал библиотеки/);
});

test('an unknown encoding gives a warning and the fallback decodes', async () => {
  const article = extract((await one('/cafe-unknown')).raw!);
  assert.ok(article.warnings.some((w) => w.includes('unknown encoding "x-klingon"')), article.warnings.join('; '));
  assert.ok(article.text.includes(CAFE_SENTENCE));
});

test('a body that never ends is cut by the time bound; one that is too large by the size cap', async () => {
  const started = Date.now();
  const slow = await one('/slow', { ...local, timeoutMs: 600 });
  assert.match(slow.error!, /slow: no complete answer within 0\.6 s$/);
  assert.ok(Date.now() - started < 3000, 'time bound respected');
  const endless = await one('/endless', { ...local, maxBytes: 256 * 1024 });
  assert.match(endless.error!, /endless: page larger than the 0\.3 MB limit$/);
  const declared = await one('/huge-declared');
  assert.match(declared.error!, /huge-declared: page larger than the 10 MB limit \(50 MB\)$/);
});

test('HTTP errors, non-pages and a connection cut short', async () => {
  assert.match((await one('/missing')).error!, /\/missing: HTTP 404 Not Found$/);
  assert.match((await one('/broken')).error!, /\/broken: HTTP 500 Internal Server Error$/);
  assert.match((await one('/image.png')).error!, /image\.png: not a page or feed \(content-type image\/png\)$/);
  const cut = await one('/cut-short');
  assert.equal(cut.error, undefined);
  assert.ok(cut.raw!.warnings!.some((w) => /connection closed before the end of the page/.test(w)));
  assert.match(extract(cut.raw!).text, /Quarry Lane/);
  const refused = await ingestSettled(['http://127.0.0.1:1/x'], local);
  assert.match(refused.errors[0]!.message, /127\.0\.0\.1:1\/x: connection refused$/);
});

test('private addresses are refused without --allow-private, by literal and by resolved name', async () => {
  const { errors } = await ingestSettled([server.base + '/story.html', server.base.replace('127.0.0.1', 'localhost') + '/story.html'], { timeoutMs: 5000 });
  assert.equal(errors.length, 2);
  assert.match(errors[0]!.message, /refused to fetch from private address 127\.0\.0\.1 \(use --allow-private to allow\)$/);
  assert.match(errors[1]!.message, /localhost:\d+\/story\.html: refused to fetch from private address (127\.0\.0\.1|::1)/);
  assert.equal(server.hits.get('/never'), undefined);
  for (const ip of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '0.0.0.0']) {
    assert.equal(isPrivateAddress(ip), true, ip);
  }
  for (const ip of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '172.32.0.1']) assert.equal(isPrivateAddress(ip), false, ip);
  const v6 = await ingestSettled(['http://[::1]:1/x', 'http://[::ffff:7f00:1]:1/x'], { timeoutMs: 2000 });
  assert.deepEqual(v6.errors.map((e) => e.problem.replace(/ \(.*$/, '')), ['refused to fetch from private address ::1', 'refused to fetch from private address ::ffff:7f00:1']);
  const looked = await new Promise<string>((resolve) => guardedLookup(false)('localhost', {}, (err) => resolve(err ? err.message : 'allowed')));
  assert.match(looked, /refused to fetch from private address/);
});

test('only http and https; several URLs are fetched concurrently and come back in input order', async () => {
  await assert.rejects(fetchUrl('ftp://127.0.0.1/x', { allowPrivate: true, timeoutMs: 1000, maxBytes: 1000 }), /only http and https/);
  const { errors: schemeErrors } = await ingestSettled(['file:///etc/passwd'], local);
  assert.match(schemeErrors[0]!.message, /^file:\/\/\/etc\/passwd: only http and https URLs are fetched$/);
  const paths = ['/slow', '/story.html', '/br.html', '/story.txt'];
  const started = Date.now();
  let calls = 0;
  const { raws, errors } = await ingestSettled(paths.map((p) => server.base + p), { ...local, timeoutMs: 800, concurrency: 2, onProgress: () => calls++ });
  // The slow page times out while the others, behind it in the queue, still finish.
  assert.ok(Date.now() - started < 3000);
  assert.deepEqual(raws.map((r) => r.input.replace(server.base, '')), ['/story.html', '/br.html', '/story.txt']);
  assert.equal(errors.length, 1);
  assert.equal(calls, 4);
});

test('the concurrency limit holds, and a URL named twice (or reached twice) is fetched and kept once', async () => {
  const urls = [1, 2, 3, 4, 5].map((i) => `${server.base}/delay/${150 + i}`);
  const { raws, errors } = await ingestSettled([...urls, urls[0]!], { ...local, concurrency: 2 });
  assert.deepEqual(errors, []);
  assert.equal(server.maxInFlight(), 2);
  assert.deepEqual(raws.map((r) => r.input), urls);
  assert.equal(server.hits.get('/delay/151'), 1);
});
