import type { SeedDocument } from "./model/document";
import type { Figure } from "./model/figure";
import type { AttributionFrame } from "./model/attribution";
import type { Quote } from "./model/quote";
import type { Actor } from "./model/actor";
import type { Claim } from "./model/claim";
import type { DateMention, DocumentDate } from "./model/date";
import type { RuleLevel } from "./model/finding";
import type { KnowledgeBase } from "./knowledge";
import type { LineIndex } from "./model/span";
import type { Annotation } from "./annotations/schema";

export interface AnalyzeOptions {
  /** The document date, when the caller knows it (CLI --reference-date, setting, annotation). ISO. */
  readonly referenceDate?: string;
  /**
   * The day the text is read (ISO; the CLI and the editor give the local date): a document date
   * the text leaves open between years ("LISBON, Jan. 24 — … on Saturday") is taken to be the
   * latest it allows up to this day, and no text is dated more than a week after it. Without it
   * (tests, corpora) the years the text speaks of decide alone.
   */
  readonly today?: string;
  /** Severity or "off" per rule id; rules not listed use their default. */
  readonly rules?: Readonly<Record<string, RuleLevel>>;
  /** For messages only; the core never reads files. */
  readonly fileName?: string;
  /** Defaults to the bundled knowledge base. */
  readonly knowledge?: KnowledgeBase;
  /**
   * The user's annotations for this document (its `.byline.json` file), as stored: analyze()
   * anchors them in the text, applies them to actors and findings, and reports orphans.
   */
  readonly annotations?: readonly Annotation[];
}

/** Everything parsed from one document: what rules read, and what the Analysis carries. */
export interface AnalysisContext {
  readonly text: string;
  readonly options: AnalyzeOptions;
  readonly lines: LineIndex;
  readonly knowledge: KnowledgeBase;
  readonly document: SeedDocument;
  readonly figures: readonly Figure[];
  readonly frames: readonly AttributionFrame[];
  readonly quotes: readonly Quote[];
  readonly actors: readonly Actor[];
  readonly claims: readonly Claim[];
  readonly dates: readonly DateMention[];
  readonly documentDate: DocumentDate | null;
}
