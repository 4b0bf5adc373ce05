/**
 * Fuzzing the HTML extractor: thousands of mutated pages (truncated, tag soup, random bytes and characters, deep
 * nesting, unterminated comments/scripts, broken JSON-LD, oversized input) must never throw, never hang, and always
 * return a well-formed Article. Seeded and deterministic: a failure names its seed and case to replay.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Article } from '../src/doc/types.js';
import { extractHtml } from '../src/extract/html/index.js';
import { ROOT } from './helpers.js';
import { prng } from '../src/util/prng.js';

const SEED = 20251121;
const CASES = 3000;
/** A hang detector, not a speed test: any single page taking this long means unbounded work. */
const MAX_MS_PER_PAGE = 5000;

const rng = prng;

const fixtures = join(ROOT, 'test', 'fixtures', 'html');
const BASES = readdirSync(fixtures)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((f) => readFileSync(join(fixtures, f), 'utf8'));

const TAGS = ['div', 'p', 'span', 'a', 'li', 'ul', 'table', 'tr', 'td', 'h2', 'blockquote', 'article', 'nav', 'aside', 'figure', 'b', 'i', 'br', 'script', 'style', 'noscript', 'svg', 'title', 'template', 'textarea'];
const JUNK = ['<', '>', '</', '/>', '<!--', '-->', '<![CDATA[', ']]>', '&', '&amp;', '&#', '&#x110000;', '&#0;', '"', "'", '=', '\u0000', '\ufffd', '\ud800', '\udc00', '\u202e', '\u200b', '\r', '\t', '{"@type":"NewsArticle",', '<script type="application/ld+json">{"@graph":[{', '<meta property="og:title" content="', '<time datetime="9999-99-99">'];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function mutate(r: () => number, base: string): string {
  let s = base;
  const ops = 1 + Math.floor(r() * 4);
  for (let k = 0; k < ops; k++) {
    const at = Math.floor(r() * (s.length + 1));
    switch (Math.floor(r() * 9)) {
      case 0: // truncation
        s = s.slice(0, at);
        break;
      case 1: // delete a span
        s = s.slice(0, at) + s.slice(at + Math.floor(r() * 500));
        break;
      case 2: // insert markup junk
        s = s.slice(0, at) + Array.from({ length: 1 + Math.floor(r() * 20) }, () => pick(r, JUNK)).join('') + s.slice(at);
        break;
      case 3: // random characters, including control characters and lone surrogates
        s = s.slice(0, at) + String.fromCharCode(...Array.from({ length: 1 + Math.floor(r() * 64) }, () => Math.floor(r() * 0xffff))) + s.slice(at);
        break;
      case 4: {
        // deep nesting, closed or not
        const tag = pick(r, TAGS);
        const depth = 200 + Math.floor(r() * 5000);
        const close = r() < 0.5 ? `</${tag}>`.repeat(depth) : '';
        s = s.slice(0, at) + `<${tag} class="x">`.repeat(depth) + 'deep text. ' + close + s.slice(at);
        break;
      }
      case 5: // unclosed or stray tags
        s = s.slice(0, at) + Array.from({ length: 1 + Math.floor(r() * 30) }, () => (r() < 0.5 ? `<${pick(r, TAGS)}>` : `</${pick(r, TAGS)}>`)).join('') + s.slice(at);
        break;
      case 6: // duplicate a chunk (repeated furniture, repeated articles)
        s = s.slice(0, at) + s.slice(Math.floor(r() * s.length), Math.floor(r() * s.length)) + s.slice(at);
        break;
      case 7: // shuffle two halves (closing tags before opening ones)
        s = s.slice(at) + s.slice(0, at);
        break;
      default: // long attribute or text runs
        s = s.slice(0, at) + (r() < 0.5 ? `<div class="${'share '.repeat(2000)}">` : 'word '.repeat(5000)) + s.slice(at);
    }
  }
  return s;
}

function checkArticle(a: Article, label: string): void {
  assert.equal(typeof a.text, 'string', label);
  assert.ok(Array.isArray(a.paragraphs) && Array.isArray(a.removed) && Array.isArray(a.warnings) && Array.isArray(a.byline), label);
  let last = 0;
  for (const p of a.paragraphs) {
    assert.ok(p.start >= last && p.end > p.start && p.end <= a.text.length, `${label}: paragraph span ${p.start}-${p.end}`);
    assert.ok(!a.text.slice(p.start, p.end).includes('\n\n'), `${label}: paragraph holds a paragraph break`);
    last = p.end;
  }
  if (a.paragraphs.length === 0) assert.ok(a.warnings.length > 0, `${label}: empty body without a warning`);
}

test(`${CASES} mutated pages: no crash, no hang, well-formed articles (seed ${SEED})`, () => {
  const r = rng(SEED);
  let slowest = 0;
  for (let i = 0; i < CASES; i++) {
    const html = mutate(r, pick(r, BASES));
    const label = `seed ${SEED} case ${i}`;
    const t0 = performance.now();
    const a = extractHtml(html, { input: label });
    const ms = performance.now() - t0;
    slowest = Math.max(slowest, ms);
    assert.ok(ms < MAX_MS_PER_PAGE, `${label}: took ${ms.toFixed(0)} ms`);
    checkArticle(a, label);
  }
  console.log(`# fuzz: ${CASES} pages, slowest ${slowest.toFixed(1)} ms`);
});

test('hostile shapes: 100,000 nested elements, a 20 MB page, binary noise, empty and whitespace pages', () => {
  const cases: [string, string][] = [
    ['nested divs', '<div>'.repeat(100_000) + '<p>The harbour crane was repaired over the winter, the council said on Monday.</p>'],
    ['nested unclosed inline', '<b><i>'.repeat(50_000) + 'text'],
    ['nested tables', '<table><tr><td>'.repeat(20_000)],
    ['20 MB page', '<html><body><article>' + '<p>The ferry left on time, and the passengers said the crossing was calm and quiet. </p>'.repeat(240_000) + '</article></body></html>'],
    ['binary noise', String.fromCharCode(...Array.from({ length: 60_000 }, (_, i) => (i * 7919) % 256))],
    ['empty', ''],
    ['whitespace', ' \n\t '.repeat(1000)],
    ['unterminated comment', '<html><body><p>Start of the text here.</p><!-- and then nothing closes ' + 'x'.repeat(100_000)],
    ['unterminated script', '<html><head><script>var a = "' + 'y'.repeat(100_000)],
    ['60,000 label lines, then prose', '<div>' + '<p>Nov 19</p>'.repeat(60_000) + '<p>The harbour crane was repaired over the winter, the council said on Monday evening.</p></div>'],
    ['thousands of comment headings', '<article>' + '<h3>Comments</h3><div class="meta info"><p>Reply from a reader, with a few words.</p></div>'.repeat(5_000) + '</article>'],
    ['nested info wrappers', '<div class="info">'.repeat(170) + '<p>Words without a date, many times over. </p>'.repeat(20_000)],
    ['broken JSON-LD', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A\n\tB","author":[{"name":</script><p>Body text of the page, long enough to be read as a sentence of prose.</p>'],
  ];
  for (const [label, html] of cases) {
    const t0 = performance.now();
    const a = extractHtml(html, { input: label });
    const ms = performance.now() - t0;
    assert.ok(ms < MAX_MS_PER_PAGE * 2, `${label}: took ${ms.toFixed(0)} ms`);
    checkArticle(a, label);
  }
  const big = extractHtml(cases[3]![1], { input: 'big' });
  assert.match(big.warnings.join(' '), /only the first 6 MB were read/);
  assert.ok(big.text.length > 1_000_000, 'the first part of a huge page is still extracted');
  const deep = extractHtml(cases[0]![1], { input: 'deep' });
  assert.match(deep.warnings.join(' '), /flattened/);
  assert.match(deep.text, /harbour crane was repaired/);
});
