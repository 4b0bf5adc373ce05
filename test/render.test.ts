import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractPlainText } from '../src/extract/index.js';
import { renderHtml } from '../src/render/html.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderTerminal } from '../src/render/terminal.js';
import { Store } from '../src/store/store.js';
import { storyBrief, storyBriefAsync } from '../src/stories/brief.js';

// A fictional story: two reports of a flooded market, the first updated with a corrected number and a new sentence.
const MARKET_1 = `Floods close Dunmere market

Dunmere's covered market was closed on Monday after the river Tarrow flooded its lower hall, the town council said.

About 40 stalls were damaged by the water, council officer Mira Hale said.

Traders were told the market would stay shut until Friday.`;

const MARKET_1_UPDATED = `Floods close Dunmere market

Dunmere's covered market was closed on Monday after the river Tarrow flooded its lower hall, the town council said.

About 65 stalls were damaged by the water, council officer Mira Hale said.

Traders were told the market would stay shut until Friday.

A trader said the hall would need new wiring before it opens.`;

const MARKET_2 = `Dunmere market shut by flooding

The river Tarrow flooded the lower hall of Dunmere's covered market on Monday, and the council closed the market.

Council officer Mira Hale said about 40 stalls had been damaged.

The market is expected to reopen on Friday, traders said.`;

async function withStory<T>(fn: (store: Store, story: string) => T | Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-render-'));
  const store = Store.open(join(dir, 'store.db'));
  try {
    const first = store.add(extractPlainText(MARKET_1, { input: 'dunmere-gazette.txt', publishedAt: '2031-04-07' }));
    store.add(extractPlainText(MARKET_2, { input: 'tarrow-post.txt', publishedAt: '2031-04-07' }));
    store.add(extractPlainText(MARKET_1_UPDATED, { input: 'dunmere-gazette.txt', publishedAt: '2031-04-07' }));
    return await fn(store, first.story!);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('"What changed": a stored report\'s edits are shown in terminal, Markdown and HTML, untrusted text inert', async () => {
  await withStory(async (store, story) => {
    const brief = storyBrief(store, story, { date: '2031-04-07' });
    // The async build (the web server's) gives the same brief.
    assert.deepEqual(await storyBriefAsync(store, story, { date: '2031-04-07' }), brief);
    const changed = brief.sources.filter((s) => s.changes?.length);
    assert.equal(changed.length, 1);
    assert.deepEqual(changed[0]!.changes!.map((c) => c.kind).sort(), ['added', 'edited']);

    const terminal = renderTerminal(brief).replace(/\s+/g, ' ');
    assert.match(terminal, /WHAT CHANGED • Floods close Dunmere market — 2 change\(s\) \[1\]/);
    assert.match(terminal, /version 2, seen \d{4}-\d{2}-\d{2}: edited “About 40 stalls were damaged[^”]*” → “About 65 stalls were damaged[^”]*”/);
    assert.match(terminal, /added “A trader said the hall would need new wiring/);

    const md = renderMarkdown(brief);
    assert.match(md, /^## What changed$/m);
    assert.match(md, /edited “About 40 stalls[^\n]*” → “About 65 stalls/);

    // The extractor already drops markup from a page's text; the renderers must not rely on it. A hostile edit:
    const edit = changed[0]!.changes!.find((c) => c.kind === 'edited')!;
    edit.after = `${edit.after} <img src=x onerror=alert(1)> [a link](javascript:alert(2)) \u001b[31m`;
    const hostileMd = renderMarkdown(brief);
    // Every `<`, `[`, `]`, `(` of it is escaped: no raw tag, no link.
    assert.doesNotMatch(hostileMd, /(?<!\\)<img|(?<!\\)\]\(javascript:/);
    assert.match(hostileMd, /\\<img src=x onerror=alert\\\(1\\\)\\>/);
    assert.match(hostileMd, /\\\[a link\\\]\\\(javascript:alert\\\(2\\\)\\\)/);
    const html = renderHtml(brief);
    assert.match(html, /<h2>What changed<\/h2>/);
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.doesNotMatch(renderTerminal(brief), /\u001b/);
  });
});

test('"What changed" is not printed when no report changed', async () => {
  await withStory((store, story) => {
    const brief = storyBrief(store, story, { date: '2031-04-07' });
    for (const s of brief.sources) delete s.changes;
    assert.doesNotMatch(renderTerminal(brief), /WHAT CHANGED/);
    assert.doesNotMatch(renderMarkdown(brief), /What changed/);
    assert.doesNotMatch(renderHtml(brief), /What changed/);
    // The other sections are still there.
    assert.match(renderMarkdown(brief), /^## Sources$/m);
  });
});
