import type { Doc, AttributionMention } from '../../doc/types.js';
import type { AnnotateOptions } from '../options.js';

/** The attributions layer of one report. Reads earlier layers of `doc`; returns spans over `doc.text`. */
export function attributionsLayer(_doc: Doc, _options: AnnotateOptions): AttributionMention[] {
  return [];
}
