/** How much two sets have in common: the count of shared members and the Jaccard ratio (0 when both are empty). */
export function overlap<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): { shared: number; jaccard: number } {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return { shared, jaccard: shared / (a.size + b.size - shared || 1) };
}
