/**
 * Opposing modifiers: pairs of word sets where a word from one side and a word from the other, said of the same
 * thing, describe it in incompatible ways ("limited strikes" / "strikes deep inside"; "partial collapse" /
 * "collapsed entirely"). General English only; nothing here is about one story. Entries are lemmas or
 * lower-case forms, since the tagger lemmatises adjectives and adverbs unevenly.
 */
export const OPPOSITES: [string[], string[]][] = [
  [['limited', 'limit', 'restricted', 'restrict', 'confined', 'confine', 'narrow', 'shallow', 'modest', 'constrained'],
    ['deep', 'deeper', 'deeply', 'unrestricted', 'unlimited', 'broad', 'wide', 'sweeping', 'lift', 'lifted', 'unconstrained']],
  [['partial', 'partially', 'partly', 'part'], ['complete', 'completely', 'entire', 'entirely', 'total', 'totally', 'full', 'fully', 'whole', 'wholly']],
  [['confirm', 'confirmed', 'acknowledge', 'acknowledged', 'admit', 'admitted', 'verify', 'verified'], ['deny', 'denied', 'dismiss', 'dismissed', 'refute', 'refuted', 'unconfirmed', 'unverified']],
  [['approve', 'approved', 'authorize', 'authorise', 'authorized', 'authorised', 'allow', 'allowed', 'permit', 'permitted', 'grant', 'granted'],
    ['reject', 'rejected', 'refuse', 'refused', 'ban', 'banned', 'forbid', 'forbade', 'prohibit', 'prohibited', 'block', 'blocked', 'veto', 'vetoed']],
  [['increase', 'increased', 'rise', 'rose', 'grow', 'grew', 'expand', 'expanded', 'raise', 'raised', 'higher'],
    ['decrease', 'decreased', 'fall', 'fell', 'decline', 'declined', 'drop', 'dropped', 'shrink', 'shrank', 'reduce', 'reduced', 'lower', 'cut']],
  [['minor', 'slight', 'small', 'minimal'], ['major', 'massive', 'extensive', 'severe', 'heavy', 'serious', 'substantial']],
  [['covert', 'covertly', 'secret', 'secretly', 'private', 'privately'], ['public', 'publicly', 'openly']],
  [['success', 'successful', 'successfully', 'succeed'], ['failure', 'failed', 'fail', 'unsuccessful']],
  [['support', 'supported', 'endorse', 'endorsed', 'welcome', 'welcomed'], ['oppose', 'opposed', 'condemn', 'condemned', 'criticize', 'criticise', 'criticized', 'criticised']],
  [['accidental', 'accidentally', 'unintentional'], ['deliberate', 'deliberately', 'intentional', 'intentionally']],
  [['peaceful', 'peacefully', 'calm'], ['violent', 'violently']],
  [['temporary', 'temporarily', 'brief', 'briefly'], ['permanent', 'permanently', 'indefinite', 'indefinitely']],
  [['survive', 'survived', 'alive'], ['die', 'died', 'dead', 'kill', 'killed']],
  [['open', 'opened', 'reopen', 'reopened'], ['close', 'closed', 'shut']],
  [['resume', 'resumed'], ['suspend', 'suspended', 'halt', 'halted']],
  [['likely', 'probable', 'probably'], ['unlikely', 'improbable']],
  [['direct', 'directly'], ['indirect', 'indirectly']],
];

/** For a lemma or form, the index of its opposition and its side (0 or 1), or null. */
const SIDE = new Map<string, [number, 0 | 1]>();
OPPOSITES.forEach(([a, b], i) => {
  for (const w of a) SIDE.set(w, [i, 0]);
  for (const w of b) if (!SIDE.has(w)) SIDE.set(w, [i, 1]);
});

export function oppositionOf(word: string): [number, 0 | 1] | null {
  return SIDE.get(word) ?? null;
}
