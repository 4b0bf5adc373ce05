/**
 * A longest-common-subsequence alignment of two sequences of keys: the edit script that keeps the most items.
 * Ties prefer an insertion before a deletion, so a replaced item reads as "− old, + new" in order.
 */
export type DiffOp = { kind: 'same'; i: number; j: number } | { kind: 'del'; i: number } | { kind: 'ins'; j: number };

export function diffOps(a: readonly string[], b: readonly string[]): DiffOp[] {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) ops.push({ kind: 'same', i: i++, j: j++ });
    else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) ops.push({ kind: 'ins', j: j++ });
    else ops.push({ kind: 'del', i: i++ });
  }
  return ops;
}
