/**
 * The worker thread's side of brief-thread.ts: builds one brief, posts it back, ends. Only ever loaded as a
 * worker's entry (it starts working as soon as it is loaded).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildBrief } from '../brief/build.js';
import type { Brief } from '../brief/types.js';
import { annotateAll } from '../pipeline.js';
import { Store } from '../store/store.js';
import { storyBrief } from '../stories/brief.js';
import { UsageError } from '../util/errors.js';
import type { BriefJob, BriefReply } from './brief-thread.js';

function build(job: BriefJob): Brief {
  if (job.kind === 'articles') return buildBrief(annotateAll(job.articles, { date: job.date }));
  // Read-only: the server's own connection is the only writer.
  const store = Store.open(job.store, { readonly: true });
  try {
    return storyBrief(store, job.story, { date: job.date });
  } finally {
    store.close();
  }
}

let reply: BriefReply;
try {
  reply = { brief: build(workerData as BriefJob) };
} catch (err) {
  reply = { error: (err as Error).message, usage: err instanceof UsageError };
}
parentPort!.postMessage(reply);
