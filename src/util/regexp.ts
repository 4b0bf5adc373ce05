/** A literal string as a RegExp source: every character that means something in a pattern is escaped. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
