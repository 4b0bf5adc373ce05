/**
 * Storing a batch or a stream of raw inputs: extraction and preparation on worker threads (prepare-pool.ts),
 * then each report in its own transaction on this thread, in input order. `corroborate ingest`/`watch` and
 * `npm run bench:stream` both go through here, so the benchmark measures the product.
 */
import type { RawInput } from '../doc/types.js';
import { InputError } from '../util/errors.js';
import { prepareAll, type PrepareOptions } from './prepare-pool.js';
import type { ArticleMeta } from './prepare.js';
import type { AddResult, Store } from './store.js';

export type AddOutcome = { article: ArticleMeta; result: AddResult } | { error: InputError };

/**
 * Each raw input stored (or the error that kept it out: it could not be extracted, held no text, or the store
 * refused it), in input order. A bad input never stops the rest. Stop consuming to stop storing: what was
 * yielded is committed. A batch read to its end ends with `store.settle()`.
 */
export async function* addAll(store: Store, raws: Iterable<RawInput>, options: PrepareOptions = {}): AsyncGenerator<AddOutcome> {
  for await (const prepared of prepareAll(raws, options)) {
    if (prepared instanceof InputError) {
      yield { error: prepared };
      continue;
    }
    let outcome: AddOutcome;
    try {
      outcome = { article: prepared.article, result: store.addPrepared(prepared) };
    } catch (err) {
      outcome = { error: err instanceof InputError ? err : new InputError(prepared.article.input, (err as Error).message) };
    }
    yield outcome;
  }
  // The batch's last reports came after grouping last settled its stories.
  store.settle();
}
