import type { Doc, QuoteMention } from '../../doc/types.js';
import type { AnnotateOptions } from '../options.js';

/** The quotes layer of one report. Reads earlier layers of `doc`; returns spans over `doc.text`. */
export function quotesLayer(_doc: Doc, _options: AnnotateOptions): QuoteMention[] {
  return [];
}
