/**
 * The LSH index of recent reports' MinHash signatures, in memory: a band of a new report's signature equal to a
 * band of an earlier one makes that report a copy candidate. Kept in memory, not in SQLite, because sixteen
 * random-key inserts per report cost more than the rest of storing it; it holds the most recent `capacity`
 * reports (syndication happens within days) and is rebuilt from the stored signatures when a store opens.
 */
import { bandKeys } from './minhash.js';

export class CopyIndex {
  private readonly buckets = new Map<string, number[]>();
  private readonly order: { ref: number; keys: string[] }[] = [];
  private head = 0;

  constructor(readonly capacity = 20_000) {}

  get size(): number {
    return this.order.length - this.head;
  }

  /** Adds a report, known by a number (its row in the store), with its signature. */
  add(ref: number, sig: Uint32Array): void {
    const keys = bandKeys(sig);
    for (const k of keys) {
      const list = this.buckets.get(k);
      if (list) list.push(ref);
      else this.buckets.set(k, [ref]);
    }
    this.order.push({ ref, keys });
    if (this.size > this.capacity) this.evictOldest();
  }

  private evictOldest(): void {
    const old = this.order[this.head++]!;
    for (const k of old.keys) {
      const list = this.buckets.get(k);
      if (!list) continue;
      const i = list.indexOf(old.ref);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) this.buckets.delete(k);
    }
    // Compact the queue now and then so it does not grow without bound.
    if (this.head > 4096 && this.head * 2 > this.order.length) {
      this.order.splice(0, this.head);
      this.head = 0;
    }
  }

  /** Reports sharing at least one band with the signature, most shared bands first. */
  candidates(sig: Uint32Array, limit = 50): number[] {
    const hits = new Map<number, number>();
    for (const k of bandKeys(sig)) for (const ref of this.buckets.get(k) ?? []) hits.set(ref, (hits.get(ref) ?? 0) + 1);
    return [...hits.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map((e) => e[0]);
  }
}

