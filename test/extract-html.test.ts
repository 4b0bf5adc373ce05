/**
 * HTML extraction on real pages: the article-extraction-benchmark's 181 pages scored with its own metric, metadata
 * against gold/extract-meta.json, HTML versions of the example reports against their plain text, and the pages
 * that have no article.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { extractHtml, looksLikeHtml } from '../src/extract/html/index.js';
import { detectLanguage } from '../src/extract/html/language.js';
import { normalizeDate, splitByline } from '../src/extract/html/metadata.js';
import { extractPlainText } from '../src/extract/plaintext/index.js';
import { loadBenchPages, metrics, scorePage, type BenchPage } from '../bench/extract-metric.js';
import { EXAMPLE, ROOT, SHARED, readJson, report } from './helpers.js';

const BENCH = join(SHARED, 'bench', 'article-extraction-benchmark');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'html');

let pages: BenchPage[] | null = null;
function benchPages(): BenchPage[] {
  if (!existsSync(BENCH)) throw new Error(`benchmark missing: ${BENCH} (CI must have ../shared beside the checkout)`);
  pages ??= loadBenchPages(BENCH);
  return pages;
}

test('article body on the 181 benchmark pages: F1 ≥ 0.96 with the benchmark metric', () => {
  const all = benchPages();
  assert.equal(all.length, 181);
  const scores = all.map((p) => scorePage(p.truth, extractHtml(p.html, { input: p.id, url: p.url }).text));
  const m = metrics(scores);
  report('article-extraction-benchmark body', { p: m.precision, r: m.recall, f1: m.f1 }, `accuracy ${m.accuracy.toFixed(3)} (${all.length} pages)`);
  assert.ok(m.f1 >= 0.96, `F1 ${m.f1.toFixed(3)} below 0.96`);
});

interface MetaGold {
  pages: { id: string; title: string[]; published: string[] | null; byline: string[] | null }[];
}

const key = (s: string): string => s.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');

test('metadata of 48 benchmark pages against gold: title, published date, byline', () => {
  const gold = readJson<MetaGold>(join(ROOT, 'gold', 'extract-meta.json'));
  assert.ok(gold.pages.length >= 40);
  const byId = new Map(benchPages().map((p) => [p.id, p]));
  const fields: Record<'title' | 'published' | 'byline', { ok: number; n: number }> = {
    title: { ok: 0, n: 0 },
    published: { ok: 0, n: 0 },
    byline: { ok: 0, n: 0 },
  };
  const misses: string[] = [];
  for (const g of gold.pages) {
    const page = byId.get(g.id);
    assert.ok(page, `gold page ${g.id} not in the benchmark`);
    const a = extractHtml(page.html, { input: g.id, url: page.url });
    fields.title.n++;
    if (a.title && g.title.some((t) => key(t) === key(a.title!))) fields.title.ok++;
    else misses.push(`title ${g.id.slice(0, 8)}: ${a.title}`);
    if (g.published) {
      fields.published.n++;
      if (a.publishedAt && g.published.includes(a.publishedAt.slice(0, 10))) fields.published.ok++;
      else misses.push(`published ${g.id.slice(0, 8)}: ${a.publishedAt}`);
    }
    if (g.byline) {
      fields.byline.n++;
      const want = g.byline.map(key).sort().join('|');
      if (a.byline.map(key).sort().join('|') === want) fields.byline.ok++;
      else misses.push(`byline ${g.id.slice(0, 8)}: ${JSON.stringify(a.byline)}`);
    }
  }
  for (const [name, { ok, n }] of Object.entries(fields)) console.log(`metadata ${name}: accuracy ${(ok / n).toFixed(3)} (${ok}/${n})`);
  for (const m of misses) console.log(`  miss ${m}`);
  assert.ok(fields.title.ok / fields.title.n >= 0.9, 'title accuracy below 0.9');
  assert.ok(fields.published.ok / fields.published.n >= 0.9, 'published-date accuracy below 0.9');
  assert.ok(fields.byline.ok / fields.byline.n >= 0.75, 'byline accuracy below 0.75');
});

const VERSIONS: [string, string][] = [
  ['harbor-bridge-01-coastal-press.html', '01-coastal-press.txt'],
  ['harbor-bridge-02-adalyn-gazette.html', '02-adalyn-gazette.txt'],
  ['harbor-bridge-04-bay-courier.html', '04-bay-courier.txt'],
];

test('HTML versions of the example reports give the same body, paragraph kinds and dateline as their plain text', () => {
  for (const [html, txt] of VERSIONS) {
    const a = extractHtml(readFileSync(join(FIXTURES, html), 'utf8'), { input: html });
    const b = extractPlainText(readFileSync(join(EXAMPLE, txt), 'utf8'), { input: txt });
    assert.equal(a.text, b.text, `${html}: body differs from ${txt}`);
    assert.deepEqual(a.paragraphs, b.paragraphs, `${html}: paragraph spans or kinds differ`);
    assert.equal(a.dateline, b.dateline, `${html}: dateline`);
    assert.equal(a.title, b.title, `${html}: title`);
    assert.deepEqual(a.warnings, [], `${html}: warnings`);
    // The furniture went, with reasons.
    const reasons = new Set(a.removed.map((r) => r.reason));
    assert.ok(reasons.size >= 2, `${html}: removed reasons ${[...reasons].join(', ')}`);
    for (const junk of ['Accept all', 'Most read', 'Leave a Reply', 'Sign up', 'Credit...', 'Photo:', 'Share', 'Advertisement']) {
      assert.ok(!a.text.includes(junk), `${html}: "${junk}" left in the body`);
    }
  }
});

test('metadata of the example pages: JSON-LD graph, OpenGraph, visible byline, title suffix, declared and detected language', () => {
  const [one, two, four] = VERSIONS.map(([html]) => extractHtml(readFileSync(join(FIXTURES, html), 'utf8'), { input: html, url: 'https://mirror.example/x' }));
  assert.equal(one!.outlet, 'Coastal Press Agency');
  assert.deepEqual(one!.byline, ['Marta Quill']);
  assert.equal(one!.publishedAt, '2025-03-05T10:05:00+00:00');
  assert.equal(one!.modifiedAt, '2025-03-05T15:30:00+00:00');
  assert.equal(one!.language, 'en');
  assert.equal(one!.canonicalUrl, 'https://coastalpress.example/news/2025/11/saltmarket-footbridge-collapse');
  assert.equal(two!.outlet, 'The Adalyn Gazette');
  assert.deepEqual(two!.byline, ['Rosa Dunmore']);
  assert.equal(two!.modifiedAt, '2025-03-06T08:10:00+00:00');
  assert.equal(four!.outlet, 'Bay Courier');
  assert.deepEqual(four!.byline, ['Hal Brenner']);
  assert.equal(four!.publishedAt, '2025-03-05');
  assert.equal(four!.modifiedAt, null);
  assert.equal(four!.language, 'en', 'detected from the text: the page declares none');
  assert.deepEqual(
    four!.paragraphs.filter((p) => p.kind === 'li').map((p) => four!.text.slice(p.start, p.end).split(' ')[0]),
    ['Opened', 'Renovated', 'About', 'Owned'],
  );
});

test('pages without an article say so', () => {
  const shell = `<!doctype html><html><head><title>App</title><script src="/a.js"></script><script src="/b.js"></script>
    <script>window.__STATE__={}</script></head><body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript></body></html>`;
  const a = extractHtml(shell, { input: 'shell.html' });
  assert.equal(a.text, '');
  assert.match(a.warnings.join(' '), /JavaScript shell/);

  const teaser = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget talks stall","isAccessibleForFree":false}</script></head>
    <body><article><h1>Budget talks stall</h1><p>Negotiators left the council chamber on Monday night without agreement on the harbour budget, officials said.</p>
    <div class="paywall-notice"><p>Subscribe to continue reading. Already a subscriber? Sign in.</p></div></article></body></html>`;
  const b = extractHtml(teaser, { input: 'teaser.html' });
  assert.match(b.warnings.join(' '), /paywall teaser/);

  const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/story/${i}">Harbour story number ${i} with a headline of some length</a></li>`).join('');
  const index = `<html><body><h1>Local news</h1><ul>${links}</ul></body></html>`;
  const c = extractHtml(index, { input: 'index.html' });
  assert.match(c.warnings.join(' '), /index of links/);
});

test('headings, list items and block quotes are kept and marked', () => {
  const html = `<html lang="en"><body><article>
    <p>The council met on Thursday to decide the future of the old harbour crane, which has stood idle since 1998.</p>
    <h2>The vote</h2>
    <p>Members voted eleven to four to keep the crane, after a debate that lasted most of the afternoon and evening.</p>
    <ul><li>Repairs will cost about 400,000 crowns.</li><li>Work starts in spring.</li></ul>
    <blockquote><p>We keep what made this town, and we keep it working, the deputy mayor told the chamber.</p></blockquote>
    <p>The decision can be appealed within thirty days, according to the council's legal office.</p></article></body></html>`;
  const a = extractHtml(html, { input: 'kinds.html' });
  assert.deepEqual(a.paragraphs.map((p) => p.kind), ['p', 'h', 'p', 'li', 'li', 'quote', 'p']);
  assert.equal(a.text.slice(a.paragraphs[1]!.start, a.paragraphs[1]!.end), 'The vote');
  assert.equal(a.text.split('\n\n').length, 7);
});

test('sniffing HTML, language detection, dates and bylines', () => {
  assert.ok(looksLikeHtml('<!DOCTYPE html><html><body>x</body></html>'));
  assert.ok(looksLikeHtml('\uFEFF  <html lang="de"><p>Hallo</p></html>'));
  assert.ok(looksLikeHtml('<div class="a"><p>One</p><p>Two</p></div>'));
  assert.ok(!looksLikeHtml('Footbridge collapses\n\nPORT ADALYN – Part of the bridge <fell> today.'));
  assert.ok(!looksLikeHtml('# Title\n\nSome *markdown* text with a <br> in it.'));
  assert.equal(detectLanguage('Der Bürgermeister sagte am Dienstag, dass die Brücke nicht mehr sicher sei und dass die Stadt eine Untersuchung einleiten werde.'), 'de');
  assert.equal(detectLanguage('Le maire a déclaré mardi que le pont ne serait pas rouvert avant la fin de l’enquête et que la ville paierait les traversées.'), 'fr');
  assert.equal(detectLanguage('El alcalde dijo el martes que el puente no se abrirá hasta que termine la investigación y que la ciudad pagará los transbordos.'), 'es');
  assert.equal(detectLanguage('The mayor said on Tuesday that the bridge would stay closed until the inquiry had reported to the council.'), 'en');
  assert.equal(detectLanguage('12 34 56'), null);
  assert.equal(detectLanguage('港の歩道橋の一部が火曜日の朝に崩落し、通勤中の十四人がけがをしたと市の消防局が発表した。'), 'ja');
  assert.equal(detectLanguage('화요일 아침 항구의 보행교 일부가 무너져 출근하던 시민 열네 명이 다쳤다고 소방당국이 밝혔다.'), 'ko');
  assert.equal(detectLanguage('周二早上，港口人行天桥的一部分坍塌，造成十四名通勤者受伤，市消防局表示。'), 'zh');
  assert.equal(normalizeDate('2019-11-19T13:03:00.000Z'), '2019-11-19T13:03:00.000Z');
  assert.equal(normalizeDate('2019-11-20T09:29:08+0000'), '2019-11-20T09:29:08+00:00');
  assert.equal(normalizeDate('20251118'), '2025-11-18');
  assert.equal(normalizeDate('November 19, 2019'), '2019-11-19');
  assert.equal(normalizeDate('not a date'), null);
  assert.deepEqual(splitByline('By Jane Roe and John Doe, Staff Writers'), ['Jane Roe', 'John Doe']);
  assert.deepEqual(splitByline('By Troy L. Smith, Cleveland.com'), ['Troy L. Smith']);
  assert.deepEqual(splitByline('Finian Cunningham. Sputnik International', 'Sputnik International'), ['Finian Cunningham']);
  assert.deepEqual(splitByline('Associated Press'), []);
});

test('the brief of the example story is the same from HTML pages as from plain text', async () => {
  const { brief } = await import('../src/pipeline.js');
  const { copyFileSync, mkdtempSync, readdirSync: list } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { EXAMPLE } = await import('./helpers.js');
  // Three reports as saved pages (named like the text files, so source ids match), three as plain text. The
  // pages carry outlets and publication times the text files lack; what the brief finds must not change.
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-html-brief-'));
  const pages = new Set(list(join(ROOT, 'test', 'fixtures', 'html')).map((f) => f.replace(/^harbor-bridge-/, '').replace(/\.html$/, '')));
  for (const f of list(EXAMPLE)) {
    const id = f.replace(/\.txt$/, '');
    if (pages.has(id)) copyFileSync(join(ROOT, 'test', 'fixtures', 'html', `harbor-bridge-${id}.html`), join(dir, `${id}.html`));
    else copyFileSync(join(EXAMPLE, f), join(dir, f));
  }
  const fromText = await brief([EXAMPLE], { date: '2025-03-05' });
  const fromHtml = await brief([dir], { date: '2025-03-05' });
  assert.equal(pages.size, 3);
  const shape = (b: typeof fromText) => ({
    texts: b.sources.map((s) => [s.id, s.text]),
    // The same facts with the same support; facts of equal support may be listed in another order.
    claims: b.claims.map((c) => `${c.status} ${c.support.map((s) => `${s.source}:${s.start}-${s.end}`).join(',')}`).sort(),
    summary: b.summary.map((s) => [s.text, s.sources]),
    quotes: b.quotes?.map((q) => [q.text, q.speaker?.name ?? null]),
    discrepancies: b.discrepancies?.map((d) => [d.kind, d.about]),
  });
  assert.deepEqual(shape(fromHtml), shape(fromText));
});
