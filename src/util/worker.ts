/**
 * Starting a worker thread whose entry is a module next to the caller. Under tsx (tests, `node --import tsx`)
 * the entry is TypeScript, which a worker cannot load by itself on Node 20: it is started by a small bootstrap
 * that registers tsx's loader first. From dist/ it is plain JS.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** `callerUrl`: the caller's `import.meta.url`; `entry`: the worker module's name without extension. */
export function startWorker(callerUrl: string, entry: string, options: WorkerOptions = {}): Worker {
  const typescript = callerUrl.endsWith('.ts');
  const url = new URL(`./${entry}${typescript ? '.ts' : '.js'}`, callerUrl);
  if (!typescript) return new Worker(url, options);
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}
