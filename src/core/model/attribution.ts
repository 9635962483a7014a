import type { Span } from "./span";

export type SourceKind = "name" | "role" | "pronoun" | "organization" | "document" | "other";

/** A reporting frame: "X said …", "according to X", "data from X showed …". */
export interface AttributionFrame {
  readonly sentence: number;
  /** The cue words ("said", "according to", "put … at" → the first part). */
  readonly cue: string;
  readonly cueSpan: Span;
  /** Who or what is the source. */
  readonly source: Span;
  readonly sourceText: string;
  readonly sourceKind: SourceKind;
  /** What the frame governs. */
  readonly content: Span;
  /** Actor id once actors are resolved. */
  readonly actorId?: string;
}
