/**
 * Throughput of the entities layer and of cross-report merging, on the real 5-report corpus and on generated
 * stories of 50 and 200 reports (bench/generate-story.ts). Sentences and tokens are made first and not timed:
 * they belong to the annotate stage before this layer. Prints reports/s and MB/s; run with `nice`.
 *
 *   nice node --import tsx bench/entities.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Doc, RawInput } from '../src/doc/types.js';
import { extract } from '../src/extract/index.js';
import { sentenceLayer } from '../src/annotate/sentences.js';
import { tokenLayer } from '../src/annotate/tokens.js';
import { entitiesLayer } from '../src/annotate/entities/index.js';
import { mergeEntities } from '../src/align/entities.js';
import { generateStory } from './generate-story.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ATACMS = join(ROOT, '..', 'shared', 'corpus', 'atacms-2024-11');

function prepare(reports: { input: string; text: string }[]): Doc[] {
  return reports.map((r, i) => {
    const raw: RawInput = { input: r.input, url: null, body: new TextEncoder().encode(r.text), contentType: 'text/plain', publishedAt: null };
    const article = extract(raw);
    const sentences = sentenceLayer(article.text, article.paragraphs);
    return {
      id: String(i),
      article,
      text: article.text,
      layers: { paragraphs: article.paragraphs, sentences, tokens: tokenLayer(article.text, sentences), entities: [], quotes: [], quantities: [], dates: [], attributions: [] },
    };
  });
}

function run(name: string, reports: { input: string; text: string }[]): void {
  const docs = prepare(reports);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  for (const d of docs) entitiesLayer(d, {}); // warm-up
  const times: number[] = [];
  let mergeMs = 0;
  let entities = 0;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    for (const d of docs) d.layers.entities = entitiesLayer(d, {});
    const t1 = performance.now();
    entities = mergeEntities(docs).length;
    mergeMs = performance.now() - t1;
    times.push(t1 - t0);
  }
  const ms = times.sort((a, b) => a - b)[1]!;
  const mentions = docs.reduce((n, d) => n + d.layers.entities.length, 0);
  console.log(
    `${name.padEnd(14)} ${String(docs.length).padStart(4)} reports  layer ${ms.toFixed(0).padStart(5)} ms  ` +
      `${((docs.length / ms) * 1000).toFixed(0).padStart(5)} reports/s  ${(bytes / 1048576 / (ms / 1000)).toFixed(2)} MB/s  ` +
      `merge ${mergeMs.toFixed(0)} ms  ${mentions} mentions → ${entities} entities`,
  );
}

const atacms = readdirSync(ATACMS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ input: f, text: readFileSync(join(ATACMS, f), 'utf8') }));
run('atacms', atacms);
for (const n of [50, 200]) run(`generated-${n}`, generateStory(n));
