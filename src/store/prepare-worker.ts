/**
 * The worker thread's side of prepare-pool.ts: extracts and prepares each raw input it is sent, in the order
 * sent, and posts each result back. Only ever loaded as a worker's entry.
 */
import { parentPort } from 'node:worker_threads';
import type { RawInput } from '../doc/types.js';
import { InputError } from '../util/errors.js';
import { prepareRaw } from './prepare.js';
import type { PrepareReply } from './prepare-pool.js';

parentPort!.on('message', (jobs: { seq: number; raw: RawInput }[]) => {
  const replies: PrepareReply[] = jobs.map(({ seq, raw }) => {
    try {
      const r = prepareRaw(raw);
      return r instanceof InputError ? { seq, input: r.input, problem: r.problem } : { seq, prepared: r };
    } catch (err) {
      return { seq, bug: (err as Error).stack ?? String(err) };
    }
  });
  parentPort!.postMessage(replies);
});
