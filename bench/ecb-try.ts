import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { reportFeatures } from '../src/stories/features.js';
import { StoryIndex } from '../src/stories/index-state.js';
import { bcubed, pairwise } from '../src/stories/score.js';
const dir = '/work/shared/bench/ecb-plus-stories';
const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, string>;
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const texts = new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
function rng(seed: number) { return () => { seed = (seed * 1664525 + 1013904223) >>> 0; return seed / 2 ** 32; }; }
const opts = JSON.parse(process.argv[2] ?? '{}');
for (const seed of [1, 2, 3]) {
  const r = rng(seed);
  const order = [...files];
  for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
  const idx = new StoryIndex(opts);
  for (const f of order) idx.assign(f, reportFeatures(null, texts.get(f)!), NaN);
  const pred = new Map(files.map((f) => [f, idx.storyOf.get(f)!]));
  const gold = new Map(files.map((f) => [f, labels[f]!]));
  const b = bcubed(pred, gold); const p = pairwise(pred, gold);
  console.log(`seed ${seed}: stories ${new Set(pred.values()).size} B3 P ${b.p.toFixed(3)} R ${b.r.toFixed(3)} F ${b.f1.toFixed(3)} | pair P ${p.p.toFixed(3)} R ${p.r.toFixed(3)} F ${p.f1.toFixed(3)}`);
}
