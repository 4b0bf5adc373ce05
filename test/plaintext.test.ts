/**
 * The plain-text cleaner: measured against the structure gold of both corpora (titles, outlets, datelines,
 * headings, bullets, junk lines), plus focused cases written here for forms the corpora do not have.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ATACMS, EXAMPLE, ROOT, corpusFiles, prf, readJson, report } from './helpers.js';
import { extractPlainText } from '../src/extract/plaintext/index.js';
import { splitDateline } from '../src/extract/plaintext/dateline.js';
import { classifyJunk } from '../src/extract/plaintext/junk.js';
import { parseByline, parseStamp } from '../src/extract/plaintext/byline.js';
import { stripInline } from '../src/extract/plaintext/markdown.js';
import type { Article } from '../src/doc/types.js';

interface StructureGold {
  sources: Record<
    string,
    {
      title: string | null;
      outlet: string | null;
      dateline: string | null;
      byline?: string | null;
      standfirst?: string | null;
      headings: string[];
      junk: string[];
      bullets: string[];
    }
  >;
}

/** Reasons that are page metadata, not furniture: the junk gold does not list these lines. */
const METADATA = new Set(['title', 'outlet', 'dateline', 'standfirst', 'byline']);

function clean(path: string): Article {
  return extractPlainText(readFileSync(path, 'utf8'), { input: path });
}

/** Counts for P/R over lines found by anchors: predicted texts vs gold anchors, one-to-one. */
function score(predicted: string[], anchors: string[]): { tp: number; predicted: number; gold: number; misses: string[] } {
  const hit = (t: string) => anchors.some((a) => t.includes(a));
  const found = anchors.filter((a) => predicted.some((t) => t.includes(a)));
  return {
    tp: predicted.filter(hit).length,
    predicted: predicted.length,
    gold: anchors.length,
    misses: [...anchors.filter((a) => !found.includes(a)), ...predicted.filter((t) => !hit(t)).map((t) => 'extra: ' + t.slice(0, 40))],
  };
}

function measureCorpus(name: string, dir: string, goldPath: string): void {
  const gold = readJson<StructureGold>(goldPath);
  const totals = { junk: [0, 0, 0], headings: [0, 0, 0], bullets: [0, 0, 0] };
  const misses: string[] = [];
  const files = corpusFiles(dir);
  assert.deepEqual(files.map((f) => basename(f).replace(/\.(txt|md)$/, '')).sort(), Object.keys(gold.sources).sort());
  for (const file of files) {
    const id = basename(file).replace(/\.(txt|md)$/, '');
    const g = gold.sources[id]!;
    const a = clean(file);
    const check = (field: string, got: string | null, want: string | null | undefined) => {
      if (want === undefined) return;
      if (want === null) assert.equal(got, null, `${id} ${field}: expected none, got ${JSON.stringify(got)}`);
      else assert.ok(got !== null && got.startsWith(want), `${id} ${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    };
    check('title', a.title, g.title);
    check('outlet', a.outlet, g.outlet);
    check('dateline', a.dateline, g.dateline);
    check('description', a.description, g.standfirst === undefined || g.standfirst === null ? g.standfirst : '');
    if (g.standfirst) assert.ok(a.description?.includes(g.standfirst), `${id} standfirst`);
    if (g.byline !== undefined) assert.deepEqual(a.byline, g.byline ? [g.byline] : [], `${id} byline`);

    const kinds = (k: string) => a.paragraphs.filter((p) => p.kind === k).map((p) => a.text.slice(p.start, p.end));
    const parts: [keyof typeof totals, string[], string[]][] = [
      ['junk', a.removed.filter((r) => !METADATA.has(r.reason)).map((r) => r.text), g.junk],
      ['headings', kinds('h'), g.headings],
      ['bullets', kinds('li'), g.bullets],
    ];
    for (const [key, predicted, anchors] of parts) {
      const s = score(predicted, anchors);
      totals[key][0]! += s.tp;
      totals[key][1]! += s.predicted;
      totals[key][2]! += s.gold;
      misses.push(...s.misses.map((m) => `${id} ${key}: ${m}`));
    }
    // Gold junk never reaches the body text.
    for (const j of g.junk) assert.ok(!a.text.includes(j), `${id}: junk "${j}" left in the text`);
  }
  if (misses.length) console.log('# ' + name + ' misses: ' + misses.join(' | '));
  for (const key of Object.keys(totals) as (keyof typeof totals)[]) {
    const [tp, predicted, goldCount] = totals[key];
    const m = prf(tp!, predicted!, goldCount!);
    report(`${name} ${key} lines`, m, `(${tp}/${predicted} predicted, ${goldCount} gold)`);
    assert.ok(m.p >= 0.9 && m.r >= 0.9, `${name} ${key}: precision ${m.p.toFixed(2)} recall ${m.r.toFixed(2)} below 0.9`);
  }
}

test('structure of the real corpus matches gold/atacms/structure.json', () => {
  measureCorpus('atacms', ATACMS, join(ROOT, 'gold', 'atacms', 'structure.json'));
});

test('structure of the example story matches gold/example/structure.json', () => {
  measureCorpus('example', EXAMPLE, join(ROOT, 'gold', 'example', 'structure.json'));
});

test('nothing vanishes: every source line is in the text or in removed', () => {
  for (const file of [...corpusFiles(ATACMS), ...corpusFiles(EXAMPLE)]) {
    const source = readFileSync(file, 'utf8');
    const a = clean(file);
    for (const raw of source.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean)) {
      let rest = raw;
      for (const r of a.removed) if (r.text && rest.includes(r.text)) rest = rest.replace(r.text, '');
      const visible = stripInline(rest.replace(/^(?:[-*•]|#+)\s+/, ''));
      assert.ok(visible === '' || a.text.includes(visible), `${basename(file)}: line lost: ${raw.slice(0, 60)}`);
    }
  }
});

test('paragraph spans tile the text and every span is non-empty', () => {
  for (const file of [...corpusFiles(ATACMS), ...corpusFiles(EXAMPLE)]) {
    const a = clean(file);
    let at = 0;
    for (const p of a.paragraphs) {
      assert.ok(p.start >= at && p.end > p.start, `${basename(file)} paragraph span`);
      assert.equal(a.text.slice(p.start, p.end).trim(), a.text.slice(p.start, p.end));
      at = p.end;
    }
    assert.equal(at, a.text.length);
  }
});

test('datelines in their common forms', () => {
  const cases: [string, string | null, string | null][] = [
    ['LONDON (Reuters) - Britain said on Monday it would', 'LONDON', 'Reuters'],
    ['KYIV, Nov 18 (Reuters) – Ukraine fired missiles', 'KYIV', 'Reuters'],
    ['WASHINGTON — The White House said', 'WASHINGTON', null],
    ['Paris, 17 November: The French government', 'Paris', null],
    ['NEW YORK, – In a policy shift', 'NEW YORK', null],
    ['KYIV, Ukraine (AP) — Air raid sirens', 'KYIV', 'AP'],
    ['MOSCOW, Nov. 18, 2024 (Xinhua) -- Russia said', 'MOSCOW', 'Xinhua'],
    ['LONDON/PARIS (Reuters) - Britain and France', 'LONDON/PARIS', 'Reuters'],
    ['Geneva (AFP) - Talks resumed', 'Geneva', 'AFP'],
    ['PORT ADALYN (Coastal Press Agency) – Part of a bridge', 'PORT ADALYN', 'Coastal Press Agency'],
    ['(CNN) — The White House said', null, 'CNN'],
  ];
  for (const [line, place, agency] of cases) {
    const d = splitDateline(line);
    assert.ok(d, `no dateline in ${line}`);
    assert.equal(d.dateline, place, line);
    assert.equal(d.agency, agency, line);
    assert.match(line.slice(d.bodyStart), /^\p{Lu}/u, line);
  }
  for (const line of [
    'Putin: “It would mean war.”',
    'Paris, the capital, was quiet on Monday.',
    'BREAKING: Bridge collapses in the harbour',
    'US – other allies are considering it.',
    'The mayor – who arrived early – said nothing.',
    'Calder: “Nothing in that check suggested a risk.”',
    '(The bridge opened in 1987.) It carries 9,000 people a day.',
  ]) assert.equal(splitDateline(line), null, line);
});

test('bylines and stamps become metadata', () => {
  assert.deepEqual(parseByline('By Jane Doe'), ['Jane Doe']);
  assert.deepEqual(parseByline('By Jane Doe and John Roe, Reuters'), ['Jane Doe', 'John Roe']);
  assert.deepEqual(parseByline('By JANE DOE'), ['JANE DOE']);
  assert.deepEqual(parseByline('Written by Anna van der Berg'), ['Anna van der Berg']);
  assert.equal(parseByline('By the numbers'), null);
  assert.equal(parseByline('By Tuesday the bridge had reopened to cyclists and pedestrians.'), null);
  assert.deepEqual(parseStamp('Updated: 18 November 2024 14:02 GMT'), { kind: 'modified', date: '2024-11-18' });
  assert.deepEqual(parseStamp('Published Nov. 18, 2024'), { kind: 'published', date: '2024-11-18' });
  assert.deepEqual(parseStamp('3 hours ago'), { kind: 'published', date: null });
  assert.equal(parseStamp('Published reports say the bridge was unsafe.'), null);

  const a = extractPlainText(
    ['Bridge reopens after repairs', 'By Sam Okoro and Lena Holt', 'Updated: 2025-04-02', 'The footbridge reopened on Tuesday.', 'Cyclists are still barred.'].join('\n'),
    { input: 'x' },
  );
  assert.equal(a.title, 'Bridge reopens after repairs');
  assert.deepEqual(a.byline, ['Sam Okoro', 'Lena Holt']);
  assert.equal(a.modifiedAt, '2025-04-02');
  assert.equal(a.text, 'The footbridge reopened on Tuesday.\n\nCyclists are still barred.');
  assert.deepEqual(a.removed.map((r) => r.reason), ['title', 'byline', 'timestamp']);
});

test('junk lines are recognised; prose that mentions the same words is not', () => {
  const junk: [string, string][] = [
    ['Advertisement', 'advertisement'],
    ['ADVERTISEMENT', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['Leave a comment', 'comment prompt'],
    ['12 Comments', 'comment prompt'],
    ['Join the conversation', 'comment prompt'],
    ['We use cookies to improve your browsing experience. By continuing you accept our cookie policy.', 'cookie notice'],
    ['Follow us on Twitter and Facebook', 'call to action'],
    ['Click here to read the full report', 'call to action'],
    ['Photo: Jane Doe/Reuters', 'image credit'],
    ['(Photo by John Roe/Getty Images)', 'image credit'],
    ['Listen to this article', 'audio or reading-time widget'],
    ['4 min read', 'audio or reading-time widget'],
    ['Reporting by Jane Doe; Editing by John Roe', 'credits'],
    ['Share this article', 'share prompt'],
    ['Facebook Twitter WhatsApp Email', 'share bar'],
    ['Subscribe to our newsletter for the latest news', 'subscribe prompt'],
    ['Want the morning briefing in your inbox? Sign up here', 'subscribe prompt'],
    ['© 2024 Harbourside Media Group. All rights reserved.', 'copyright line'],
    ['Home > News > World', 'navigation'],
    ['Skip to main content', 'navigation'],
    ['Tags: bridges, Port Adalyn, transport', 'tags'],
    ['https://example.com/story/123', 'bare URL'],
    ['Image source, Getty Images', 'image credit'],
    ['Image caption, Divers searched the basin on Wednesday', 'image credit'],
    ['Watch: Moment the footbridge gave way', 'media link'],
  ];
  for (const [line, reason] of junk) assert.equal(classifyJunk(line), reason, line);
  for (const line of [
    'Residents can sign up for the city newsletter, officials said.',
    'Comments were not immediately available from the authority.',
    'Officials will get updates from engineers every hour.',
    'The photographer, Jane Doe, said the cookies were a gift.',
    'Advertisements for the ferry service were withdrawn last month.',
    'Share prices of the construction firm fell by 4% on Tuesday.',
  ]) assert.equal(classifyJunk(line), null, line);
});

test('Markdown: headings, bold standfirst, links, images, bullets and block quotes', () => {
  const md = [
    '# Harbour footbridge partly collapses',
    '',
    '**A section of the bridge fell into the water during the morning rush hour**',
    '',
    '![A view of the bridge](https://example.com/bridge.jpg)',
    '',
    'Part of the [Saltmarket Footbridge](https://example.com/bridge) collapsed on *Tuesday*, the __fire service__ said.',
    '',
    '## What we know',
    '',
    '- Fourteen people were injured',
    '* The terminal is closed',
    '1. Ferries run from Pier 4',
    '',
    '> “We will find out what went wrong,” the mayor said.',
    '',
    '---',
    '',
    'Engineers are checking the spans that still stand &amp; the piers.',
    '',
    '[1]: https://example.com/notes',
  ].join('\n');
  const a = extractPlainText(md, { input: 'md' });
  assert.equal(a.title, 'Harbour footbridge partly collapses');
  assert.equal(a.description, 'A section of the bridge fell into the water during the morning rush hour');
  const paras = a.paragraphs.map((p) => [p.kind, a.text.slice(p.start, p.end)]);
  assert.deepEqual(paras, [
    ['p', 'Part of the Saltmarket Footbridge collapsed on Tuesday, the fire service said.'],
    ['h', 'What we know'],
    ['li', 'Fourteen people were injured'],
    ['li', 'The terminal is closed'],
    ['li', 'Ferries run from Pier 4'],
    ['quote', '“We will find out what went wrong,” the mayor said.'],
    ['p', 'Engineers are checking the spans that still stand & the piers.'],
  ]);
  assert.deepEqual(
    a.removed.map((r) => r.reason),
    ['title', 'standfirst', 'image', 'separator', 'link reference'],
  );
  assert.equal(stripInline('a 5 * 3 grid and snake_case_name stay'), 'a 5 * 3 grid and snake_case_name stay');
  assert.equal(stripInline('an escaped \\*star\\* stays'), 'an escaped *star* stays');
});

test('title with the outlet after a separator, outlet line, and a repeated title', () => {
  const a = extractPlainText('Footbridge collapses in Port Adalyn | The Adalyn Gazette\nFootbridge collapses in Port Adalyn\nPart of the bridge fell.\nNobody died.', { input: 'x' });
  assert.equal(a.title, 'Footbridge collapses in Port Adalyn');
  assert.equal(a.outlet, 'The Adalyn Gazette');
  assert.equal(a.text, 'Part of the bridge fell.\n\nNobody died.');
  const b = extractPlainText('Footbridge collapses in Port Adalyn\nBay Courier\nPart of the bridge fell.\nNobody died.', { input: 'x' });
  assert.equal(b.outlet, 'Bay Courier');
  const k = extractPlainText('EXCLUSIVE\nFootbridge collapses in Port Adalyn during the rush hour\nPart of the bridge fell.', { input: 'x' });
  assert.equal(k.title, 'Footbridge collapses in Port Adalyn during the rush hour');
  assert.deepEqual(k.removed.map((r) => r.reason), ['section label', 'title']);
  const o = extractPlainText('Harbourside Media Group\nFootbridge collapses in Port Adalyn during the rush hour\nPart of the bridge fell.', { input: 'x' });
  assert.equal(o.outlet, 'Harbourside Media Group');
  assert.equal(o.title, 'Footbridge collapses in Port Adalyn during the rush hour');
  // A headline-length first line with a full stop is the first paragraph, not a title.
  const c = extractPlainText('Part of the bridge fell.\nNobody died.', { input: 'x' });
  assert.equal(c.title, null);
});

test('headings vs short sentences; link lists in the middle and at the end', () => {
  const text = [
    'Part of the Saltmarket Footbridge collapsed on Tuesday morning, injuring 14 people.',
    'What happens next?',
    'Engineers will inspect the remaining spans this week, the authority said.',
    'Nobody died.',
    'Read also:',
    'Ferry timetable changes after terminal closure',
    'The inquiry will report in January, the mayor said.',
    'Jane Doe is a senior reporter at the Bay Courier covering transport.',
    'You may also like',
    'Harbour festival returns with record number of tall ships',
    'Council to review parking charges in the old town',
    'Share this article',
  ].join('\n');
  const a = extractPlainText(text, { input: 'x' });
  const kinds = a.paragraphs.map((p) => [p.kind, a.text.slice(p.start, Math.min(p.end, p.start + 20))]);
  assert.deepEqual(kinds, [
    ['p', 'Part of the Saltmark'],
    ['h', 'What happens next?'],
    ['p', 'Engineers will inspe'],
    ['p', 'Nobody died.'],
    ['p', 'The inquiry will rep'],
  ]);
  assert.deepEqual(
    a.removed.map((r) => r.reason),
    ['related link', 'related link', 'author bio', 'trailer: you may also like', 'trailer: unrelated link', 'trailer: unrelated link', 'share prompt'],
  );
});

test('hard-wrapped text is joined back into paragraphs', () => {
  const wrapped = [
    'Footbridge partly collapses in the harbour',
    '',
    'PORT ADALYN (Coastal Press Agency) - Part of the Saltmarket Footbridge',
    'collapsed into the Inner Basin on Tuesday morning, injuring 14 people, the',
    "city's fire service said.",
    '',
    'The partial collapse happened at about 7:40 a.m., when more than 200',
    'commuters were crossing the bridge. Nobody was killed, according to the',
    'fire service, and the terminal stays closed until further notice while',
    'inspectors examine the remaining spans.',
  ].join('\n');
  const a = extractPlainText(wrapped, { input: 'x' });
  assert.equal(a.title, 'Footbridge partly collapses in the harbour');
  assert.equal(a.dateline, 'PORT ADALYN');
  assert.equal(a.agency, 'Coastal Press Agency');
  assert.equal(a.paragraphs.length, 2);
  assert.ok(a.text.startsWith("Part of the Saltmarket Footbridge collapsed into the Inner Basin on Tuesday morning, injuring 14 people, the city's fire service said."));
});

test('a messy scraped page: furniture above, inside and below the report', () => {
  const page = [
    'Skip to main content',
    'Home > World > Europe',
    'Ferry strike halts crossings for a third day | The Northern Ledger',
    'By Maria Keller, Europe correspondent',
    'Published: 12 March 2025',
    'Listen to this article',
    '4 min read',
    'LISBON, March 12 (Reuters) - Ferry crews walked out for a third day on Wednesday, stranding thousands of passengers, the union said.',
    'Advertisement',
    'The strike began on Monday after talks on pay broke down. Negotiators will meet again on Friday.',
    'Photo: A ferry sits idle at the terminal. REUTERS/Joao Silva',
    'Why are crews striking?',
    'The union says wages have not kept up with inflation of 4.5% last year.',
    'Comments were not immediately available from the operator.',
    'Residents can sign up for text alerts about sailings, officials said.',
    'Follow us on Twitter',
    'Related: Port workers threaten wider action',
    'The government said it would not intervene.',
    'We use cookies to personalise content and ads. By clicking Accept, you consent to our use of cookies.',
    'Reporting by Maria Keller; Editing by Tom Hale',
    'Maria Keller is a Europe correspondent for The Northern Ledger.',
    'Tags: strikes, ferries, Portugal',
    '© 2025 The Northern Ledger. All rights reserved.',
    '',
  ].join('\n');
  const a = extractPlainText(page, { input: 'page' });
  assert.equal(a.title, 'Ferry strike halts crossings for a third day');
  assert.equal(a.outlet, 'The Northern Ledger');
  assert.deepEqual(a.byline, ['Maria Keller']);
  assert.equal(a.publishedAt, '2025-03-12');
  assert.equal(a.dateline, 'LISBON');
  assert.equal(a.agency, 'Reuters');
  assert.deepEqual(
    a.removed.map((r) => r.reason),
    ['navigation', 'navigation', 'title', 'byline', 'timestamp', 'audio or reading-time widget', 'audio or reading-time widget', 'dateline',
      'advertisement', 'image credit', 'call to action', 'related link', 'cookie notice', 'credits', 'author bio', 'tags', 'copyright line'],
  );
  assert.deepEqual(a.paragraphs.map((p) => p.kind), ['p', 'p', 'h', 'p', 'p', 'p', 'p']);
  assert.ok(a.text.startsWith('Ferry crews walked out'));
  assert.ok(a.text.endsWith('The government said it would not intervene.'));
});

test('adversarial lines do not make the line patterns backtrack (would hang, so the test has a timeout)', { timeout: 10_000 }, () => {
  const lines = [
    'a > '.repeat(80) + '!',
    'share '.repeat(100) + '!',
    'Facebook | '.repeat(60) + '!',
    'By ' + 'Ab and '.repeat(30) + '!',
    'PARIS' + ', Nov 1'.repeat(60),
    '*a '.repeat(200),
    '['.repeat(300) + ']('.repeat(300),
    'Aa Bb Cc is a ' + 'big '.repeat(80) + '!',
  ];
  for (const line of lines) {
    const a = extractPlainText(`${line}\n${line}\n\n${line}\nThe bridge reopened.`, { input: 'adversarial' });
    assert.ok(a.text.includes('The bridge reopened.'));
  }
});

test('a short caption above a list is a heading; a long lead-in sentence stays prose', () => {
  const a = extractPlainText(
    ['The bridge reopened on Friday.', 'Key facts:', '- Opened in 1987', 'The authority expects the closure to have several consequences for ferry users:', '- Longer queues'].join('\n'),
    { input: 'x' },
  );
  assert.deepEqual(a.paragraphs.map((p) => p.kind), ['p', 'h', 'li', 'p', 'li']);
});
