import type { Span } from "./span";

/** One attributed statement: who said what, how. */
export interface Claim {
  readonly actorId: string;
  readonly cue: string;
  readonly cueSpan?: Span;
  readonly content: Span;
  readonly text: string;
  readonly direct: boolean;
  /** Indices into Analysis.figures / Analysis.dates inside the content. */
  readonly figures: readonly number[];
  readonly dates: readonly number[];
  readonly sentence: number;
}
