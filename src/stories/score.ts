/** Scores of a grouping against gold labels: BCubed and pairwise precision/recall/F1. */

export interface PRF {
  p: number;
  r: number;
  f1: number;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** `predicted` and `gold` map each item to its cluster label; both must hold the same items. */
export function bcubed(predicted: Map<string, string>, gold: Map<string, string>): PRF {
  const byPred = new Map<string, string[]>();
  const byGold = new Map<string, string[]>();
  for (const [item, c] of predicted) (byPred.get(c) ?? byPred.set(c, []).get(c)!).push(item);
  for (const [item, c] of gold) (byGold.get(c) ?? byGold.set(c, []).get(c)!).push(item);
  let p = 0;
  let r = 0;
  for (const [item, c] of predicted) {
    const g = gold.get(item)!;
    const pred = byPred.get(c)!;
    const same = pred.filter((o) => gold.get(o) === g).length;
    p += same / pred.length;
    r += same / byGold.get(g)!.length;
  }
  const n = Math.max(1, predicted.size);
  return { p: p / n, r: r / n, f1: f1(p / n, r / n) };
}

export function pairwise(predicted: Map<string, string>, gold: Map<string, string>): PRF {
  const items = [...predicted.keys()];
  let tp = 0;
  let predPairs = 0;
  let goldPairs = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const sp = predicted.get(items[i]!) === predicted.get(items[j]!);
      const sg = gold.get(items[i]!) === gold.get(items[j]!);
      if (sp) predPairs++;
      if (sg) goldPairs++;
      if (sp && sg) tp++;
    }
  }
  const p = predPairs === 0 ? 1 : tp / predPairs;
  const r = goldPairs === 0 ? 1 : tp / goldPairs;
  return { p, r, f1: f1(p, r) };
}
