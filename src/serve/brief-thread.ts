/**
 * Builds a brief on a worker thread, so the server keeps answering (the stories list, the revision poll) while a
 * big story is annotated and aligned: seconds for 200 reports, and the alignment is one long synchronous step
 * that cooperative yielding cannot split.
 *
 * Under tsx (tests, `node --import tsx`) the worker's entry is TypeScript, which a worker cannot load by itself on
 * Node 20: it is started by a small bootstrap that registers tsx's loader first. From dist/ it is plain JS.
 */
import { Worker } from 'node:worker_threads';
import type { Brief } from '../brief/types.js';
import type { Article } from '../doc/types.js';
import { UsageError } from '../util/errors.js';

export type BriefJob =
  | { kind: 'story'; /** The store file (opened read-only by the worker). */ store: string; story: string; date: string | null }
  | { kind: 'articles'; articles: Article[]; date: string | null };

export type BriefReply = { brief: Brief } | { error: string; usage: boolean };

function startWorker(job: BriefJob): Worker {
  const typescript = import.meta.url.endsWith('.ts');
  const entry = new URL(typescript ? './brief-worker.ts' : './brief-worker.js', import.meta.url);
  if (!typescript) return new Worker(entry, { workerData: job });
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData: job });
}

/** The brief of the job, built on a worker thread. A UsageError in the worker (no such story) is one here too. */
export function briefInWorker(job: BriefJob): Promise<Brief> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(job);
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
