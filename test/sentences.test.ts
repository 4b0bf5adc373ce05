/**
 * Sentence splitting: hard cases written here (abbreviations, initials, quotes, numbers, ellipses, URLs), then
 * sanity checks on both corpora (boundaries tile each paragraph, no sentence opens in lower case after an
 * abbreviation, every alignment gold anchor lies inside one sentence).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ATACMS, EXAMPLE, ROOT, corpusFiles, readJson, report } from './helpers.js';
import { sentenceLayer, splitSentences } from '../src/annotate/sentences.js';
import { extractPlainText } from '../src/extract/plaintext/index.js';

function split(s: string): string[] {
  return splitSentences(s, { start: 0, end: s.length }).map((x) => s.slice(x.start, x.end));
}

const CASES: [string, string[]][] = [
  // Titles and abbreviations
  ['Mr. Biden met Dr. Van Hooft on Tuesday. They spoke for an hour.', ['Mr. Biden met Dr. Van Hooft on Tuesday.', 'They spoke for an hour.']],
  ['Gen. Mark Milley and Lt. Col. Jane Roe arrived. The talks began.', ['Gen. Mark Milley and Lt. Col. Jane Roe arrived.', 'The talks began.']],
  ['Sen. Warren and Gov. Hochul spoke with Prof. Lee.', ['Sen. Warren and Gov. Hochul spoke with Prof. Lee.']],
  ['The U.S. military declined to comment. The U.K. did too.', ['The U.S. military declined to comment.', 'The U.K. did too.']],
  ['U.S. President Joe Biden authorised the strikes.', ['U.S. President Joe Biden authorised the strikes.']],
  ['The summit was held in Washington, D.C. The leaders met for two hours.', ['The summit was held in Washington, D.C.', 'The leaders met for two hours.']],
  ['He lives in Washington, D.C., with his family.', ['He lives in Washington, D.C., with his family.']],
  ['She works for the U.N. in Geneva.', ['She works for the U.N. in Geneva.']],
  ['She works for the U.N. The agency confirmed it.', ['She works for the U.N.', 'The agency confirmed it.']],
  ['Several bridges, e.g. the Saltmarket Footbridge, are old.', ['Several bridges, e.g. the Saltmarket Footbridge, are old.']],
  ['The Ph.D. student said so. She left.', ['The Ph.D. student said so.', 'She left.']],
  ['Apple Inc. The company declined to comment.', ['Apple Inc.', 'The company declined to comment.']],
  ['Apple Inc. shares fell on Monday.', ['Apple Inc. shares fell on Monday.']],
  ["Officials at St. Brendan's Hospital spoke. They were tired.", ["Officials at St. Brendan's Hospital spoke.", 'They were tired.']],
  ['No. 10 Downing Street said nothing. The answer was no. The mayor left.', ['No. 10 Downing Street said nothing.', 'The answer was no.', 'The mayor left.']],
  ['The vote is set for Jan. 10 in the capital. It was on Oct. 5 last year.', ['The vote is set for Jan. 10 in the capital.', 'It was on Oct. 5 last year.']],
  // Clock times
  ['The bridge failed at 7:40 a.m. Emergency crews arrived within minutes.', ['The bridge failed at 7:40 a.m.', 'Emergency crews arrived within minutes.']],
  ['The meeting starts at 9 a.m. Tuesday in the town hall.', ['The meeting starts at 9 a.m. Tuesday in the town hall.']],
  ['The talks ended at 3 p.m. GMT on Friday.', ['The talks ended at 3 p.m. GMT on Friday.']],
  ['It was 5 p.m. The ferries stopped.', ['It was 5 p.m.', 'The ferries stopped.']],
  // Initials
  ['John F. Kennedy and J. R. R. Tolkien were born in May.', ['John F. Kennedy and J. R. R. Tolkien were born in May.']],
  ['The fallback was called Plan B. The council rejected it.', ['The fallback was called Plan B.', 'The council rejected it.']],
  // Quotes
  ['He said: "We will rebuild." The mayor nodded.', ['He said: "We will rebuild."', 'The mayor nodded.']],
  ['"We will rebuild," he said. "Nobody will be forgotten."', ['"We will rebuild," he said.', '"Nobody will be forgotten."']],
  ['“Will it hold?” Ms Varga asked. Nobody answered.', ['“Will it hold?” Ms Varga asked.', 'Nobody answered.']],
  ['“Will it hold?” she asked.', ['“Will it hold?” she asked.']],
  ['"Stop!" shouted the officer.', ['"Stop!" shouted the officer.']],
  ['He asked: "Why now?" The answer came later.', ['He asked: "Why now?"', 'The answer came later.']],
  ['The mayor spoke first. “We will find out what went wrong,” she said.', ['The mayor spoke first.', '“We will find out what went wrong,” she said.']],
  ['“People were running both ways. Some of them went into the water.', ['“People were running both ways.', 'Some of them went into the water.']],
  ['“This is a dark day,” said Mayor Ilse Varga. “We will find out what went wrong.”', ['“This is a dark day,” said Mayor Ilse Varga.', '“We will find out what went wrong.”']],
  ['The crews start at 6 a.m.,” she said. They did.', ['The crews start at 6 a.m.,” she said.', 'They did.']],
  ['He called it ‘a disgrace’. Others agreed.', ['He called it ‘a disgrace’.', 'Others agreed.']],
  ['(The bridge opened in 1987.) It carries 9,000 people a day.', ['(The bridge opened in 1987.)', 'It carries 9,000 people a day.']],
  // Numbers
  ['Russia deployed 10,000 troops and the U.S. has given $175 billion in aid. Inflation rose 3.5% in May.', ['Russia deployed 10,000 troops and the U.S. has given $175 billion in aid.', 'Inflation rose 3.5% in May.']],
  ['The repair budget is 4.6 million crowns. Work starts in the summer.', ['The repair budget is 4.6 million crowns.', 'Work starts in the summer.']],
  ['The vote was 52-48. Senators left.', ['The vote was 52-48.', 'Senators left.']],
  ['Inflation hit 2.5%. Prices rose.', ['Inflation hit 2.5%.', 'Prices rose.']],
  ['U.S.-made missiles were used. Russia objected.', ['U.S.-made missiles were used.', 'Russia objected.']],
  ['1. The first point is cost.', ['1. The first point is cost.']],
  // Ellipses
  ['He paused... and then he continued. The crowd waited.', ['He paused... and then he continued.', 'The crowd waited.']],
  ['We will see… Nobody knows yet.', ['We will see…', 'Nobody knows yet.']],
  ['The Kremlin said: “It would mean war… We will respond.”', ['The Kremlin said: “It would mean war…', 'We will respond.”']],
  // URLs and e-mail
  ['Details are at www.example.com/bridge.html and press@example.org. Calls are not answered.', ['Details are at www.example.com/bridge.html and press@example.org.', 'Calls are not answered.']],
  ['See https://example.com/a?b=c for the report. It was published on Monday.', ['See https://example.com/a?b=c for the report.', 'It was published on Monday.']],
  ['He told Express.co.uk the decision was significant.', ['He told Express.co.uk the decision was significant.']],
  // Questions and exclamations
  ['Will it hold? Engineers are not sure! They will decide by Friday.', ['Will it hold?', 'Engineers are not sure!', 'They will decide by Friday.']],
];

test('hard cases split where a reader would', () => {
  let right = 0;
  const wrong: string[] = [];
  for (const [text, want] of CASES) {
    const got = split(text);
    if (JSON.stringify(got) === JSON.stringify(want)) right++;
    else wrong.push(`${text}\n   got ${JSON.stringify(got)}`);
  }
  report('sentence hard cases', { p: right / CASES.length, r: right / CASES.length }, `(${right}/${CASES.length} exactly right)`);
  assert.deepEqual(wrong, []);
});

test('a span inside a longer text: offsets are into the whole text, trimmed', () => {
  const text = 'HEADING\n\n  First one. Second one.  \n\nNext';
  const start = text.indexOf('  First');
  const spans = splitSentences(text, { start, end: text.indexOf('\n\nNext') });
  assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['First one.', 'Second one.']);
});

test('a quote running over paragraphs gives sentences that never cross paragraphs', () => {
  const text = '“I heard the bearings groan first.\n\n“People were running both ways. Some went into the water.\n\n“We threw every lifebuoy.”';
  const paragraphs = [0, 1, 2].map((n) => {
    const parts = text.split('\n\n');
    const start = parts.slice(0, n).reduce((a, p) => a + p.length + 2, 0);
    return { kind: 'p' as const, start, end: start + parts[n]!.length };
  });
  const s = sentenceLayer(text, paragraphs);
  assert.deepEqual(s.map((x) => [x.paragraph, text.slice(x.start, x.end)]), [
    [0, '“I heard the bearings groan first.'],
    [1, '“People were running both ways.'],
    [1, 'Some went into the water.'],
    [2, '“We threw every lifebuoy.”'],
  ]);
});

interface AlignmentGold {
  facts: { id: string; sentences: { source: string; anchor: string }[] }[];
}

test('on both corpora every boundary is sane and every gold anchor lies inside one sentence', () => {
  for (const [dir, gold] of [
    [ATACMS, join(ROOT, 'gold', 'atacms', 'alignment.json')],
    [EXAMPLE, join(ROOT, 'gold', 'example', 'alignment.json')],
  ] as const) {
    const texts = new Map<string, { text: string; sentences: { start: number; end: number }[] }>();
    let count = 0;
    for (const file of corpusFiles(dir)) {
      const a = extractPlainText(readFileSync(file, 'utf8'), { input: file });
      const sentences = sentenceLayer(a.text, a.paragraphs);
      count += sentences.length;
      texts.set(basename(file).replace(/\.(txt|md)$/, ''), { text: a.text, sentences });
      for (const [n, p] of a.paragraphs.entries()) {
        const inside = sentences.filter((s) => s.paragraph === n);
        assert.ok(inside.length > 0, `${basename(file)}: paragraph ${n} has no sentence`);
        // The sentences of a paragraph cover all of it except the white space between them.
        assert.equal(inside.map((s) => a.text.slice(s.start, s.end)).join(' '), a.text.slice(p.start, p.end).replace(/\s+/g, ' ').trim());
      }
      for (const s of sentences) {
        const body = a.text.slice(s.start, s.end);
        assert.equal(body, body.trim(), `${basename(file)}: untrimmed sentence`);
        const prev = a.text.slice(Math.max(0, s.start - 12), s.start);
        const opening = body.replace(/^["“‘'(]+/, '');
        assert.ok(!/^\p{Ll}/u.test(opening), `${basename(file)}: sentence opens in lower case: ${body.slice(0, 40)}`);
        assert.ok(!/\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Gov|Prof|St|No)\.\s*$/.test(prev), `${basename(file)}: split after an abbreviation: ${prev}|${body.slice(0, 20)}`);
        assert.ok(body.length >= 3, `${basename(file)}: fragment ${JSON.stringify(body)}`);
      }
    }
    const g = readJson<AlignmentGold>(gold);
    for (const f of g.facts) {
      for (const { source, anchor } of f.sentences) {
        const t = texts.get(source);
        assert.ok(t, `${f.id}: unknown source ${source}`);
        const at = t.text.indexOf(anchor);
        assert.ok(at >= 0, `${f.id}: anchor not in cleaned text of ${source}: ${anchor}`);
        assert.ok(
          t.sentences.some((s) => s.start <= at && at + anchor.length <= s.end),
          `${f.id}: anchor crosses a sentence boundary in ${source}: ${anchor}`,
        );
      }
    }
    console.log(`${basename(dir)}: ${count} sentences`);
  }
});
