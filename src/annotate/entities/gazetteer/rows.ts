/**
 * The text format every gazetteer list is written in: entries separated by `;` or a line break, the canonical
 * name first and its variants after it, separated by `|`. Lists stay readable and diff well as plain text.
 */
export type Row = [string, ...string[]];

/** The rows of a gazetteer block, every name trimmed, empty entries dropped. */
export function rows(block: string): Row[] {
  return block
    .split(/[\n;]/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => l.split('|').map((v) => v.trim()) as Row);
}

/** Canonical name and every way of writing it (the canonical included), for lists with no markers. */
export function namedEntries(block: string): { name: string; variants: string[] }[] {
  return rows(block).map(([name, ...rest]) => ({ name, variants: [name, ...rest] }));
}
