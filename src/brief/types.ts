/**
 * The brief contract, version 1 (schema/brief.schema.json). Field names are a public contract: extend, never rename.
 * Spans are UTF-16 offsets into the named source's `text`.
 */
import type { AttributionKind, EntityType, QuantityQualifier, QuoteKind, Removed, SourceSpan } from '../doc/types.js';

export interface BriefSource {
  id: string;
  input: string;
  url?: string | null;
  title: string | null;
  outlet: string | null;
  dateline: string | null;
  publishedAt: string | null;
  text: string;
  removed: Removed[];
  /** Ids of earlier sources this one copies (syndication); filled by the story layer. */
  copyOf?: string[];
  /** Sentence-level changes between the stored versions of this report (a correction, an added paragraph). */
  changes?: SourceChange[];
}

export interface SourceChange {
  kind: 'added' | 'removed' | 'edited';
  before: string | null;
  after: string | null;
  /** The version that made the change (2 = the first update) and when the store saw it. */
  version: number;
  seenAt: string;
}

export type ClaimStatus = 'consensus' | 'corroborated' | 'single-source';

export interface Claim {
  id: string;
  text: string;
  status: ClaimStatus;
  support: SourceSpan[];
  /** Distinct sources in `support`. */
  sources?: string[];
  /** Independent origins once relays of the same cited source and syndicated copies are collapsed. */
  independentSources?: number;
}

export interface SummarySentence {
  text: string;
  sources: string[];
  support: SourceSpan[];
  claim?: string;
}

export interface BriefQuote {
  id: string;
  text: string;
  kind: QuoteKind;
  speaker: { name: string; entity: string | null } | null;
  occurrences: SourceSpan[];
  /** Empty when every occurrence has the same words. */
  drift: { source: string; text: string; differs: string[] }[];
}

export interface BriefEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: SourceSpan[];
}

export interface BriefQuantity extends SourceSpan {
  value: number;
  high?: number;
  unit: string | null;
  counts: string | null;
  qualifier: QuantityQualifier;
}

export interface BriefDiscrepancy {
  id: string;
  about: string;
  kind: 'conflict' | 'precision' | 'wording';
  variants: (SourceSpan & { value?: number | string })[];
  claim?: string;
}

export interface BriefAttribution {
  source: string;
  cites: string;
  kind: AttributionKind;
  start: number;
  end: number;
  text: string;
  claims: string[];
}

export interface TimelineEntry {
  text: string;
  date: string | null;
  resolved: boolean;
  event: string;
  source: string;
  start: number;
  end: number;
  /** The same event with the same date in other reports (merged here so the timeline states it once). */
  also?: SourceSpan[];
}

export interface Brief {
  version: 1;
  generatedWith?: { tool: 'corroborate'; version: string };
  sources: BriefSource[];
  claims: Claim[];
  summary: SummarySentence[];
  quotes?: BriefQuote[];
  entities?: BriefEntity[];
  quantities?: BriefQuantity[];
  discrepancies?: BriefDiscrepancy[];
  attributions?: BriefAttribution[];
  timeline?: TimelineEntry[];
}
