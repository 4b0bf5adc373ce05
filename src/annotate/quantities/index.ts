import type { Doc, QuantityMention } from '../../doc/types.js';
import type { AnnotateOptions } from '../options.js';

/** The quantities layer of one report. Reads earlier layers of `doc`; returns spans over `doc.text`. */
export function quantitiesLayer(_doc: Doc, _options: AnnotateOptions): QuantityMention[] {
  return [];
}
