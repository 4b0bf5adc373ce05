/**
 * The summary: at most seven sentences, each taken verbatim from a report, each citing every source that
 * states its fact. (Provisional: to be replaced.)
 */
import type { Doc } from '../doc/types.js';
import type { Claim, SummarySentence } from './types.js';

export function summarize(_docs: Doc[], claims: Claim[], max = 7): SummarySentence[] {
  return [...claims]
    .sort((a, b) => (b.sources?.length ?? 0) - (a.sources?.length ?? 0))
    .slice(0, max)
    .map((c) => ({ text: c.support[0]!.text, sources: c.sources ?? [], support: c.support, claim: c.id }));
}
