/**
 * One brief, several surfaces. Section renderers write through this small interface, so the terminal and the
 * Markdown output show the same content in the same order.
 */
export interface Writer {
  /** A section heading. */
  heading(text: string): void;
  /** A sub-heading inside a section. */
  subheading(text: string): void;
  /** A paragraph of plain text. */
  para(text: string): void;
  /** A list item, optionally with citation numbers appended. */
  item(text: string, cites?: number[], depth?: number): void;
  /** Emphasis for a short phrase inside text. */
  em(text: string): string;
  /** De-emphasis (secondary information). */
  dim(text: string): string;
  /** Citation numbers as this surface shows them. */
  cite(nums: number[]): string;
  blank(): void;
}

/** Maps source ids to the 1-based numbers shown to readers. */
export type CiteMap = Map<string, number>;

export function citeNumbers(map: CiteMap, sources: Iterable<string>): number[] {
  return [...new Set([...sources].map((s) => map.get(s)).filter((n): n is number => n !== undefined))].sort((a, b) => a - b);
}

/** Citation numbers in brackets ("[1][3]"), as every text surface writes them. */
export function bracketCites(nums: number[]): string {
  return nums.map((n) => `[${n}]`).join('');
}
