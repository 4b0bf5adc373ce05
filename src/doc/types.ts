/**
 * The central types of corroborate. Everything downstream of `extract` is a text plus layers of spans over it,
 * as in spaCy's Doc: one text, many layers, UTF-16 offsets everywhere (`text.slice(start, end)`).
 * Stages exchange these plain objects only.
 */

/** A half-open range of UTF-16 code units in one text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** A span in a named source of a brief, carrying its own text so a reader can check it without the source. */
export interface SourceSpan extends Span {
  source: string;
  text: string;
}

// ───────────────────────────── ingest ─────────────────────────────

/** One input as it came in, before anything is interpreted: a file, stdin, a URL, a feed entry. */
export interface RawInput {
  /** What the user named: a path, `-` for stdin, a URL, or `feed-url#entry`. Used in every error message. */
  input: string;
  /** The fetched URL after redirects, when the input came over the network or from a feed. */
  url: string | null;
  /** The bytes as received (decompressed transport encoding, not yet charset-decoded). */
  body: Uint8Array;
  /** The media type when known from a header or a file name (`text/plain`, `text/markdown`, `text/html`...). */
  contentType: string | null;
  /** A publication date given from outside the text (a feed entry, a JSON Lines record, `--date`). ISO 8601. */
  publishedAt: string | null;
  /** Metadata given from outside (a feed entry's title), used when the page itself has none. */
  hints?: { title?: string | null; outlet?: string | null };
  /** Problems met while reading the input that did not stop it (a cut-short body, an unreadable feed date). */
  warnings?: string[];
}

// ───────────────────────────── extract ─────────────────────────────

export type ParagraphKind = 'p' | 'h' | 'li' | 'quote';

/** A block of the cleaned body. Headings and list items are kept and marked so they are not read as claims. */
export interface Paragraph extends Span {
  kind: ParagraphKind;
}

/** Text that extraction took out of the body, with why, so nothing vanishes silently. */
export interface Removed {
  text: string;
  reason: string;
}

/** The article inside one input: its metadata and its cleaned body with paragraph structure. */
export interface Article {
  input: string;
  url: string | null;
  canonicalUrl: string | null;
  title: string | null;
  byline: string[];
  outlet: string | null;
  /** The place line a wire report opens with ("NEW YORK"), without its dash. */
  dateline: string | null;
  /** The agency named in the dateline ("Reuters" in "LONDON (Reuters) -"), when there is one. */
  agency?: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  language: string | null;
  /** A standfirst or meta description. */
  description: string | null;
  /** The cleaned body. All later offsets point into this string. */
  text: string;
  paragraphs: Paragraph[];
  removed: Removed[];
  warnings: string[];
}

// ───────────────────────────── annotate ─────────────────────────────

export interface Sentence extends Span {
  /** Index into `paragraphs`. */
  paragraph: number;
  /** Kind of the paragraph it sits in; only `p`, `quote` and `li` sentences can state claims. */
  kind: ParagraphKind;
}

/** One word or symbol. `norm` is lower-cased with typographic variants folded; `lemma` is the dictionary form. */
export interface Token extends Span {
  norm: string;
  lemma: string;
  /** Universal POS tag (NOUN, VERB, PROPN, NUM, ...). */
  pos: string;
  /** Index into `sentences`. */
  sentence: number;
  /** True when a negation (not, never, no) governs this token in its sentence. */
  negated: boolean;
}

export type EntityType = 'person' | 'organization' | 'place' | 'product' | 'other';

/** A mention of a named thing in one report, before cross-report merging. */
export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** The fullest name this mention was resolved to inside its report ("Mr Biden" → "Joe Biden"). */
  canonical: string;
  /** Group or description, not a name ("two U.S. officials", "the newspaper"). */
  generic?: boolean;
  /** Titles and honorifics written before a person's name, lower case ("president", "mr"). */
  titles?: string[];
  /** For organisations: a news outlet, a news agency, or another body. Set when known. */
  orgKind?: 'outlet' | 'agency' | 'body';
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

/** A quotation in one report: the quoted span (without its marks) and who the report says said it. */
export interface QuoteMention extends Span {
  text: string;
  kind: QuoteKind;
  /** Resolved speaker name, or null when the text does not say. Never a guess. */
  speaker: string | null;
  /** The span of the speaker's mention that resolved it (speech tag, pronoun, description), if any. */
  speakerSpan: Span | null;
  /** The quoted words paragraph by paragraph, without marks (a quote over three paragraphs has three parts). */
  parts?: Span[];
  /** What the speaker is: a person, an organisation, a news outlet or agency, a group, a document. */
  speakerType?: 'person' | 'organization' | 'outlet' | 'agency' | 'group' | 'document';
}

export type QuantityQualifier =
  | 'exact'
  | 'about'
  | 'more-than'
  | 'less-than'
  | 'at-least'
  | 'at-most'
  | 'up-to'
  | 'range'
  | 'order-of-magnitude';

export interface QuantityMention extends Span {
  text: string;
  value: number;
  /** Upper bound for ranges ("between 40 and 60"). */
  high?: number;
  /** ISO currency code, `%`, or a unit word ("mile", "troop" is not a unit: it is `counts`). */
  unit: string | null;
  /** What is counted ("troops", "soldiers", "individuals"), singular lemma, or null. */
  counts: string | null;
  qualifier: QuantityQualifier;
}

export interface DateMention extends Span {
  text: string;
  /** ISO prefix: YYYY, YYYY-MM or YYYY-MM-DD; null when it cannot be resolved without inventing. */
  date: string | null;
  /** True when a relative expression was resolved against the publication date. */
  resolved: boolean;
}

/** `organization`: a named body speaking on the record (a ministry, a transit authority, the Kremlin). */
export type AttributionKind = 'outlet' | 'agency' | 'person' | 'anonymous' | 'document' | 'organization';

export interface AttributionMention extends Span {
  text: string;
  /** Who is cited: "Reuters", "The New York Times", "two U.S. officials". */
  cites: string;
  kind: AttributionKind;
  /** The span of the sentence(s) whose information this attribution backs. */
  scope: Span;
}

/** All layers of one report. Later stages may add layers; none may change `text`. */
export interface Layers {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  entities: EntityMention[];
  quotes: QuoteMention[];
  quantities: QuantityMention[];
  dates: DateMention[];
  attributions: AttributionMention[];
}

/** An annotated report: the central type. */
export interface Doc {
  /** Short id, unique in a brief, stable for the same input name ("001", "reuters-1"). */
  id: string;
  article: Article;
  /** Same string as `article.text`. */
  text: string;
  layers: Layers;
}
