import type { Doc, EntityMention } from '../../doc/types.js';
import type { AnnotateOptions } from '../options.js';

/** The entities layer of one report. Reads earlier layers of `doc`; returns spans over `doc.text`. */
export function entitiesLayer(_doc: Doc, _options: AnnotateOptions): EntityMention[] {
  return [];
}
