import type { Span } from "./span";
import type { QuoteSpan } from "./document";
import type { SourceKind } from "./attribution";

/** A direct quotation with its speaker, when the text names one. */
export interface Quote extends QuoteSpan {
  readonly text: string;
  /** Where the text names the speaker (a name, role or pronoun). */
  readonly speakerSpan?: Span;
  readonly speakerText?: string;
  /** How the text names the speaker: a name, a pronoun, a role, an organisation … */
  readonly speakerKind?: SourceKind;
  /** True when the speaker is a person (not an organisation or document). */
  readonly speakerPerson?: boolean;
  /** Resolved actor id (see Actor), or undefined when nobody is identifiable. */
  readonly speakerId?: string;
  /** The reporting cue that ties the speaker to the quote. */
  readonly cue?: string;
}
