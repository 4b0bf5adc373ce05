/** How many different reports some source spans come from: what "stated by N reports" counts. */
export function reportCount(spans: readonly { source: string }[]): number {
  return new Set(spans.map((s) => s.source)).size;
}
