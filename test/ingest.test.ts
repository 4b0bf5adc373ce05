/** Local inputs: files, folders, gzip by content, JSON Lines, charsets on disk, and bad files that fail alone. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { ingest, ingestSettled } from '../src/ingest/index.js';
import { extract } from '../src/extract/index.js';
import { decodeBytes } from '../src/extract/decode.js';
import { cafeBytes, fixture, fixturePath, startServer, type TestServer } from './fixtures/inputs/server.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-ingest-'));
let server: TestServer;
before(async () => {
  server = await startServer();
});
after(() => server.close());

test('a gzip file named .html (and one named .txt) is recognised by its bytes and extracted as HTML', async () => {
  writeFileSync(join(dir, 'saved.html'), gzipSync(fixture('story.html')));
  writeFileSync(join(dir, 'odd-name.txt'), gzipSync(fixture('story.html')));
  writeFileSync(join(dir, 'page.html.gz'), gzipSync(fixture('story.html')));
  const raws = await ingest([join(dir, 'saved.html'), join(dir, 'odd-name.txt'), join(dir, 'page.html.gz')]);
  for (const raw of raws) {
    const article = extract(raw);
    assert.match(article.text, /^A water main burst under Quarry Lane/, raw.input);
    assert.equal(article.title, 'Water main break floods Marrow Creek library basement', raw.input);
    assert.doesNotMatch(article.text, /Related|All rights reserved/);
  }
});

test('folders read reports, pages, feeds and JSON Lines, sorted, and one bad file does not stop the rest', async () => {
  const folder = join(dir, 'mixed');
  mkdirSync(folder);
  writeFileSync(join(folder, 'a-notes.txt'), fixture('notes.txt'));
  writeFileSync(join(folder, 'b-page.htm'), fixture('story.html'));
  writeFileSync(join(folder, 'c-page.html.gz'), gzipSync(fixture('story.html')));
  writeFileSync(join(folder, 'd-binary.html'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0, 1, 2]));
  writeFileSync(join(folder, 'e-crawl.jsonl'), JSON.stringify({ text: fixture('notes.txt'), publishedAt: '2031-03-04' }) + '\n');
  writeFileSync(join(folder, 'f-feed.xml'), fixture('rss.xml.template').replaceAll('{{BASE}}', server.base));
  writeFileSync(join(folder, 'image.png'), 'not read');
  writeFileSync(join(folder, '.hidden.txt'), 'not read');
  const { raws, errors } = await ingestSettled([folder], { allowPrivate: true, timeoutMs: 5000 });
  const names = raws.map((r) => r.input.replace(folder + '/', '').replace(server.base, ''));
  assert.deepEqual(names, ['a-notes.txt', 'b-page.htm', 'c-page.html.gz', 'd-binary.html', 'e-crawl.jsonl#1', '/count/grant', '/story.html', '/cafe-meta']);
  assert.deepEqual(
    errors.map((e) => e.message.replaceAll(folder + '/', '').replace(server.base, '')),
    ['f-feed.xml#3: entry has no link and no content (entry 3 of f-feed.xml)', '/missing: HTTP 404 Not Found (entry 4 of f-feed.xml)'],
  );
  assert.throws(() => extract(raws[3]!), /d-binary\.html: binary file \(a PDF document/);
  assert.equal(raws[4]!.publishedAt, '2031-03-04');
});

test('a 50 MB file is refused before it is read; empty and missing inputs name themselves', async () => {
  const big = join(dir, 'huge.html');
  writeFileSync(big, '');
  truncateSync(big, 50 * 1024 * 1024);
  writeFileSync(join(dir, 'empty.html'), '');
  const { raws, errors } = await ingestSettled([big, join(dir, 'nope.html'), join(dir, 'empty.html'), fixturePath('notes.txt')]);
  assert.equal(raws.length, 2);
  assert.match(errors[0]!.message, /huge\.html: file is 50 MB, over the 10 MB limit$/);
  assert.match(errors[1]!.message, /nope\.html: no such file or folder$/);
  assert.throws(() => extract(raws[0]!), /empty\.html: empty input$/);
});

test('JSON Lines: html, text and url records; bad lines are errors of their own', async () => {
  const lines = [
    JSON.stringify({ url: 'https://ledger.example/story', html: fixture('story.html'), publishedAt: '2031-03-04T09:15:00-05:00' }),
    '{ this is not json',
    JSON.stringify({ text: fixture('notes.txt'), title: 'Library closed' }),
    JSON.stringify({ note: 'nothing usable' }),
    JSON.stringify({ url: server.base + '/story.html' }),
    '',
  ];
  const path = join(dir, 'crawl.jsonl');
  writeFileSync(path, lines.join('\n'));
  const { raws, errors } = await ingestSettled([path], { allowPrivate: true, timeoutMs: 5000 });
  assert.deepEqual(raws.map((r) => r.input), ['https://ledger.example/story', `${path}#3`, server.base + '/story.html']);
  assert.equal(raws[0]!.url, 'https://ledger.example/story');
  assert.equal(raws[0]!.publishedAt, '2031-03-04T09:15:00-05:00');
  assert.match(extract(raws[0]!).text, /^A water main burst/);
  assert.equal(extract(raws[1]!).title, 'Library closed');
  assert.match(extract(raws[2]!).text, /^A water main burst/);
  assert.deepEqual(errors.map((e) => e.message), [`${path}#2: not valid JSON`, `${path}#4: record has none of url, html, text`]);
});

test('charset on disk: meta, BOM, UTF-16, undeclared legacy bytes', () => {
  const check = (bytes: Uint8Array, type: string | null = null) => decodeBytes(bytes, 'x', type);
  const cafe = check(cafeBytes('windows-1252', 'windows-1252'));
  assert.equal(cafe.encoding, 'windows-1252');
  assert.match(cafe.text, /“We are open again,” said Renée/);
  assert.equal(check(cafeBytes('windows-1252', 'latin1')).encoding, 'windows-1252');
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('<p>Renée “ok”</p>', 'utf-16le')]);
  assert.equal(check(utf16).text, '<p>Renée “ok”</p>');
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="shift_jis"><p>Renée</p>')]);
  assert.deepEqual([check(bom).encoding, check(bom).text], ['utf-8', '<meta charset="shift_jis"><p>Renée</p>']);
  const http = check(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>x</p>'));
  assert.equal(http.encoding, 'koi8-r');
  assert.equal(check(Buffer.from('<meta charset="utf-8"><p>x</p>'), 'text/html; charset="ISO-8859-2"').encoding, 'iso-8859-2');
  const guessed = check(iconv.encode('<p>Renée “ok”</p>', 'windows-1252'));
  assert.deepEqual([guessed.text, guessed.warnings.length], ['<p>Renée “ok”</p>', 1]);
  // A legacy charset declared after the first kilobyte still counts when the bytes are not UTF-8.
  const late = Buffer.concat([Buffer.from(`<head><script>${' '.repeat(3000)}</script><meta charset="koi8-r">`), iconv.encode('<p>Вода</p>', 'koi8-r')]);
  assert.deepEqual([check(late).encoding, check(late).text.endsWith('<p>Вода</p>')], ['koi8-r', true]);
  assert.throws(() => check(Buffer.from([0x41, 0, 0x42, 0x43])), /^InputError: x: binary file, not text$|x: binary file, not text/);
});

test('malformed and truncated HTML, an unknown XML document, and random bytes never crash the reader', async () => {
  const story = fixture('story.html');
  const files: [string, string | Buffer][] = [
    ['truncated.html', story.slice(0, Math.floor(story.length * 0.6))],
    ['malformed.html', story.replaceAll('</p>', '').replaceAll('<div', '<div <<').replace('</article>', '</section></b></i>')],
    ['sitemap.xml', '<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>'],
    ['noise.html', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))],
  ];
  for (const [name, body] of files) writeFileSync(join(dir, name), body);
  const { raws, errors } = await ingestSettled(files.map(([name]) => join(dir, name)));
  assert.deepEqual(errors.map((e) => e.message.replace(dir + '/', '')), ['sitemap.xml: XML document <urlset> is not a feed, an OPML list or a web page']);
  assert.match(extract(raws[0]!).text, /^A water main burst under Quarry Lane/);
  assert.match(extract(raws[1]!).text, /Quarry Lane/);
  assert.throws(() => extract(raws[2]!), /noise\.html: binary file, not text/);
});

test('a JSON file that is neither a feed nor crawl records is one error naming it, not one per line', async () => {
  const folder = join(dir, 'with-labels');
  mkdirSync(folder);
  writeFileSync(join(folder, 'a-notes.txt'), fixture('notes.txt'));
  // Pretty-printed JSON over many lines, like a corpus's labels file next to its reports.
  const labels = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`${i}.txt`, `story-${i % 3}`]));
  writeFileSync(join(folder, 'labels.json'), JSON.stringify(labels, null, 2));
  writeFileSync(join(folder, 'm-other.jsonl'), [{ id: 1 }, { id: 2 }, { id: 3 }].map((r) => JSON.stringify(r)).join('\n'));
  writeFileSync(join(folder, 'n-cut.json'), JSON.stringify(labels, null, 2).slice(0, 300));
  writeFileSync(join(folder, 'p-array.json'), JSON.stringify([{ text: fixture('notes.txt') }, { note: 'no content' }], null, 2));
  const { raws, errors } = await ingestSettled([folder]);
  assert.deepEqual(raws.map((r) => r.input.replace(folder + '/', '')), ['a-notes.txt', 'p-array.json#1']);
  assert.deepEqual(
    errors.map((e) => e.message.replaceAll(folder + '/', '')),
    [
      'labels.json: JSON that is neither a JSON Feed nor crawl records ({ url, html, text })',
      'm-other.jsonl: not JSON Lines of crawl records ({ url, html, text }) (line 1: record has none of url, html, text)',
      'n-cut.json: not JSON Lines of crawl records ({ url, html, text }) (line 1: not valid JSON)',
      'p-array.json#2: record has none of url, html, text',
    ],
  );
});
