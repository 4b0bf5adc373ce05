import type { Doc, DateMention } from '../../doc/types.js';
import type { AnnotateOptions } from '../options.js';

/** The dates layer of one report. Reads earlier layers of `doc`; returns spans over `doc.text`. */
export function datesLayer(_doc: Doc, _options: AnnotateOptions): DateMention[] {
  return [];
}
