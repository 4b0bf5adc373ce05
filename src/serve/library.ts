/** What the web app needs from wherever reports are kept: the embedded store, or memory for a one-off folder. */
import type { Brief } from '../brief/types.js';
import type { StoryListing } from '../store/store.js';

/** A report as a story lists it: the same shape as the store's listing, whichever library serves it. */
export type StoryReportSummary = StoryListing['reports'][number];

export interface StorySummary {
  id: string;
  title: string;
  reports: StoryReportSummary[];
  firstSeen: string;
  lastSeen: string;
}

/** One thing the user asked to add: pasted text, a dropped file's text, a URL or a feed. */
export interface AddRequest {
  texts?: { name: string; text: string }[];
  urls?: string[];
}

export interface AddResult {
  added: number;
  stories: string[];
  errors: string[];
}

export interface Library {
  stories(query?: { q?: string; since?: string }): Promise<StorySummary[]>;
  /** null when there is no such story; a story of one report has a brief of one source. */
  brief(storyId: string): Promise<Brief | null>;
  add(request: AddRequest): Promise<AddResult>;
  /** Changes whenever stories change, so pages can refresh without reloading. */
  revision(): Promise<number>;
  close?(): void;
}
