/**
 * The LSH index of recent reports' MinHash signatures, in memory: a band of a new report's signature equal to a
 * band of an earlier one makes that report a copy candidate. Kept in memory, not in SQLite, because sixteen
 * random-key inserts per report cost more than the rest of storing it; it holds the most recent `capacity`
 * reports (syndication happens within days) and is rebuilt from the stored signatures when a store opens.
 *
 * Compact, because it is the biggest thing a long ingest keeps in memory: one map per band from the band's
 * 32-bit hash to the report (a number; an array only when several reports share the bucket), and the hashes of
 * the reports it holds in a ring of typed arrays. A string key and an array per bucket made it ~30 MB more heap.
 */
import { BANDS, bandHashes } from './minhash.js';

type Bucket = number | number[];

export class CopyIndex {
  private readonly buckets: Map<number, Bucket>[] = Array.from({ length: BANDS }, () => new Map());
  /** Ring of the reports held, oldest at `head`: their refs and their band hashes. */
  private readonly refs: Float64Array;
  private readonly hashes: Uint32Array;
  private head = 0;
  private count = 0;

  constructor(readonly capacity = 20_000) {
    this.refs = new Float64Array(capacity);
    this.hashes = new Uint32Array(capacity * BANDS);
  }

  get size(): number {
    return this.count;
  }

  /** Adds a report, known by a number (its row in the store), with its signature. */
  add(ref: number, sig: Uint32Array): void {
    if (this.count === this.capacity) this.evictOldest();
    const slot = (this.head + this.count) % this.capacity;
    const hs = bandHashes(sig);
    this.refs[slot] = ref;
    this.hashes.set(hs, slot * BANDS);
    for (let b = 0; b < BANDS; b++) {
      const map = this.buckets[b]!;
      const had = map.get(hs[b]!);
      if (had === undefined) map.set(hs[b]!, ref);
      else if (typeof had === 'number') map.set(hs[b]!, [had, ref]);
      else had.push(ref);
    }
    this.count++;
  }

  private evictOldest(): void {
    const slot = this.head;
    const ref = this.refs[slot]!;
    for (let b = 0; b < BANDS; b++) {
      const map = this.buckets[b]!;
      const h = this.hashes[slot * BANDS + b]!;
      const had = map.get(h);
      if (had === undefined) continue;
      if (typeof had === 'number') {
        if (had === ref) map.delete(h);
        continue;
      }
      const i = had.indexOf(ref);
      if (i >= 0) had.splice(i, 1);
      if (had.length === 1) map.set(h, had[0]!);
    }
    this.head = (this.head + 1) % this.capacity;
    this.count--;
  }

  /** Reports sharing at least one band with the signature, most shared bands first. */
  candidates(sig: Uint32Array, limit = 50): number[] {
    const hits = new Map<number, number>();
    const hs = bandHashes(sig);
    for (let b = 0; b < BANDS; b++) {
      const had = this.buckets[b]!.get(hs[b]!);
      if (had === undefined) continue;
      if (typeof had === 'number') hits.set(had, (hits.get(had) ?? 0) + 1);
      else for (const ref of had) hits.set(ref, (hits.get(ref) ?? 0) + 1);
    }
    return [...hits.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map((e) => e[0]);
  }
}
