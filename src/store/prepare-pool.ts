/**
 * Storing is one writer (one transaction per report, grouping in memory), but most of what a report costs before
 * its transaction is pure: extraction, features, MinHash, hashing, JSON. That part runs on worker threads, ahead
 * of the writer, and comes back in input order, so what is stored, and in which order, does not depend on the
 * threads: a run with workers stores exactly what a run without them stores.
 *
 * The workers are started by src/util/worker.ts (which also runs them under tsx).
 */
import { availableParallelism } from 'node:os';
import type { RawInput } from '../doc/types.js';
import { InputError } from '../util/errors.js';
import { startWorker } from '../util/worker.js';
import { prepareRaw, type PreparedReport } from './prepare.js';

export type PrepareReply = { seq: number } & ({ prepared: PreparedReport } | { input: string; problem: string } | { bug: string });

export interface PrepareOptions {
  /** Worker threads; default: one per core beyond the writer's, at most 2, and none for small batches. */
  threads?: number;
}

/** Below this many inputs a worker's start-up (tens of milliseconds, more under tsx) costs more than it saves. */
const SMALL_BATCH = 64;
/** Reports sent to a worker at once (one message), and most reports in flight per worker. */
const BATCH = 8;
const IN_FLIGHT = 4 * BATCH;

function defaultThreads(raws: Iterable<RawInput>): number {
  if (Array.isArray(raws) && raws.length < SMALL_BATCH) return 0;
  return Math.max(0, Math.min(2, availableParallelism() - 1));
}

/**
 * Posting a typed array copies its whole ArrayBuffer, not the view: a small Buffer is a view into Node's shared
 * 8 KB pool, so a 600-byte body would carry 8 KB across (measured in bench:stream: about a fifth more CPU per report, and a bigger RSS).
 */
function ownBytes(raw: RawInput): RawInput {
  const body = raw.body;
  return body.byteOffset === 0 && body.byteLength === body.buffer.byteLength ? raw : { ...raw, body: new Uint8Array(body) };
}

function settle(reply: PrepareReply): PreparedReport | InputError {
  if ('prepared' in reply) {
    // Structured cloning keeps the Map and the typed array, not prototypes: nothing else to restore.
    return reply.prepared;
  }
  if ('problem' in reply) return new InputError(reply.input, reply.problem);
  throw new Error(`preparing a report failed: ${reply.bug}`);
}

/**
 * Each raw input extracted and prepared for `Store.addPrepared`, or the InputError that says why it cannot be
 * stored, in input order. Reads `raws` lazily (a long stream is never all in memory): at most a few hundred
 * reports are ahead of the consumer.
 */
export async function* prepareAll(raws: Iterable<RawInput>, options: PrepareOptions = {}): AsyncGenerator<PreparedReport | InputError> {
  const threads = options.threads ?? defaultThreads(raws);
  if (threads === 0) {
    for (const raw of raws) yield prepareRaw(raw);
    return;
  }
  const workers = Array.from({ length: threads }, () => startWorker(import.meta.url, 'prepare-worker'));
  const ready = new Map<number, PrepareReply>();
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  for (const w of workers) {
    w.on('message', (replies: PrepareReply[]) => {
      for (const r of replies) ready.set(r.seq, r);
      wake?.();
    });
    w.on('error', (err) => {
      failure = err;
      wake?.();
    });
    w.on('exit', (code) => {
      failure ??= new Error(`a report preparation thread stopped (exit code ${code})`);
      wake?.();
    });
  }
  const source = raws[Symbol.iterator]();
  let sent = 0;
  let batches = 0;
  let done = false;
  const inFlight = new Array<number>(threads).fill(0);
  const owner = new Map<number, number>();
  // Batches go round-robin; the consumer takes results by sequence number, which restores the input order.
  const refill = (): void => {
    while (!done) {
      const w = batches % threads;
      if (inFlight[w]! >= IN_FLIGHT) return;
      const batch: { seq: number; raw: RawInput }[] = [];
      while (batch.length < BATCH) {
        const next = source.next();
        if (next.done) {
          done = true;
          break;
        }
        owner.set(sent, w);
        batch.push({ seq: sent++, raw: ownBytes(next.value) });
      }
      if (batch.length === 0) return;
      inFlight[w]! += batch.length;
      workers[w]!.postMessage(batch);
      batches++;
    }
  };
  try {
    for (let seq = 0; ; seq++) {
      refill();
      if (done && seq >= sent) return;
      while (!ready.has(seq)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
      const reply = ready.get(seq)!;
      ready.delete(seq);
      inFlight[owner.get(seq)!]! -= 1;
      owner.delete(seq);
      yield settle(reply);
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
