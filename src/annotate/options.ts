export interface AnnotateOptions {
  /** Publication date used when the article has none (ISO date), to resolve relative dates. */
  date?: string | null;
}
