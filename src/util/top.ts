/**
 * The `n` entries of highest score (`score` of each key and value), highest first, ties broken by the smaller key
 * — by a bounded insertion, not a sort: the inputs (a story profile's keys, the stories its keys reach) are long
 * and `n` is small. Returns each kept key with its score.
 */
export function topByScore<T>(entries: Iterable<readonly [string, T]>, n: number, score: (key: string, value: T) => number): [string, number][] {
  const top: [string, number][] = [];
  if (n <= 0) return top;
  for (const [k, v] of entries) {
    const x = score(k, v);
    if (top.length === n) {
      const last = top[n - 1]!;
      if (x < last[1] || (x === last[1] && k > last[0])) continue;
      top.pop();
    }
    let i = top.length;
    while (i > 0 && (top[i - 1]![1] < x || (top[i - 1]![1] === x && top[i - 1]![0] > k))) i--;
    top.splice(i, 0, [k, x]);
  }
  return top;
}
