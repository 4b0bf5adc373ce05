/**
 * Builds a brief on a worker thread, so the server keeps answering (the stories list, the revision poll) while a
 * big story is annotated and aligned: seconds for 200 reports, and the alignment is one long synchronous step
 * that cooperative yielding cannot split.
 *
 * The worker is started by src/util/worker.ts (which also runs it under tsx).
 */
import type { Brief } from '../brief/types.js';
import type { Article } from '../doc/types.js';
import { UsageError } from '../util/errors.js';
import { startWorker } from '../util/worker.js';

export type BriefJob =
  | { kind: 'story'; /** The store file (opened read-only by the worker). */ store: string; story: string; date: string | null }
  | { kind: 'articles'; articles: Article[]; date: string | null };

export type BriefReply = { brief: Brief } | { error: string; usage: boolean };

/** The brief of the job, built on a worker thread. A UsageError in the worker (no such story) is one here too. */
export function briefInWorker(job: BriefJob): Promise<Brief> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(import.meta.url, 'brief-worker', { workerData: job });
    let settled = false;
    worker.once('message', (reply: BriefReply) => {
      settled = true;
      if ('brief' in reply) resolve(reply.brief);
      else reject(reply.usage ? new UsageError(reply.error) : new Error(reply.error));
      void worker.terminate();
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the brief worker stopped (exit code ${code}) before it answered`));
    });
  });
}
