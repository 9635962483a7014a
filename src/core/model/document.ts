import type { Span } from "./span";

/** Fields Byline understands in YAML front matter. Others are kept in `raw`. */
export interface FrontMatterFields {
  readonly title?: string;
  /** ISO date (YYYY-MM-DD) as written, validated. */
  readonly date?: string;
  readonly source?: string;
  readonly url?: string;
  readonly author?: string;
}

export interface FrontMatterProblem {
  readonly message: string;
  /** Where the problem is: the offending line, or the whole block. */
  readonly span: Span;
  readonly field?: string;
}

export interface FrontMatter {
  /** The whole block, both `---` fences included. */
  readonly span: Span;
  /** The YAML between the fences. */
  readonly body: Span;
  readonly fields: FrontMatterFields;
  readonly raw: Readonly<Record<string, unknown>>;
  /** Span of each top-level key's value, for fixes and diagnostics. */
  readonly valueSpans: Readonly<Record<string, Span>>;
  readonly problems: readonly FrontMatterProblem[];
}

/** A wire dateline: "KYIV, Dec 28 (Reuters) –". */
export interface Dateline {
  readonly span: Span;
  readonly place: string;
  readonly placeSpan: Span;
  /** The date as written ("Dec 28"), if the dateline carries one. */
  readonly dateText?: string;
  readonly dateSpan?: Span;
  readonly agency?: string;
}

export type BlockKind = "heading" | "paragraph";

export interface Sentence {
  readonly index: number;
  readonly span: Span;
  readonly paragraph: number;
}

export interface Paragraph {
  readonly index: number;
  readonly kind: BlockKind;
  /** The line's content, without its line break. */
  readonly span: Span;
  /** Indices into `SeedDocument.sentences`. A heading has one sentence. */
  readonly sentences: readonly number[];
}

/** A direct quotation as it stands in the text. */
export interface QuoteSpan {
  readonly index: number;
  /** From the opening mark to the closing mark, both included (to the paragraph end if unclosed). */
  readonly span: Span;
  /** The quoted words, without the marks. */
  readonly inner: Span;
  readonly closed: boolean;
  /** Nesting depth: 0 for an outer quote, 1 for a quote inside it. */
  readonly depth: number;
  readonly paragraph: number;
  /** True when this quote continues the previous paragraph's quotation (paragraph opened without closing). */
  readonly continuesPrevious: boolean;
  readonly wordCount: number;
}

export interface SeedDocument {
  /**
   * The text the analysis reads: the document's, with the line breaks inside a paragraph of
   * several lines (hard-wrapped text) made spaces, one for one: every offset is the document's.
   */
  readonly text: string;
  /** Offset of the content after a BOM (0 or 1). */
  readonly contentStart: number;
  readonly frontMatter?: FrontMatter;
  readonly dateline?: Dateline;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly quotes: readonly QuoteSpan[];
}
