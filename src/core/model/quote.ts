import type { Span } from "./span";
import type { QuoteSpan } from "./document";

/** A direct quotation with its speaker, when the text names one. */
export interface Quote extends QuoteSpan {
  readonly text: string;
  /** Where the text names the speaker (a name, role or pronoun). */
  readonly speakerSpan?: Span;
  readonly speakerText?: string;
  /** Resolved actor id (see Actor), or undefined when nobody is identifiable. */
  readonly speakerId?: string;
  /** The reporting cue that ties the speaker to the quote. */
  readonly cue?: string;
}
