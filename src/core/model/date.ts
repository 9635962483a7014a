import type { Span } from "./span";

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

/** A temporal expression, normalised TIMEX3-style relative to the document date. */
export interface DateMention {
  readonly span: Span;
  readonly text: string;
  readonly type: TimexType;
  /** TIMEX3 value: 2025-12-28, 2026-01, 2026-Q3, 2025-12-28TMO, P15Y, PXW, PRESENT_REF … */
  readonly value: string;
  /** TIMEX3 modifier: APPROX, EARLY, LATE, LESS_THAN, MORE_THAN … */
  readonly mod?: string;
  readonly sentence: number;
  /** Is the date before/after/within the document date window, when both are known. */
  readonly relation?: "past" | "present" | "future";
  /** Calendar components exactly as written (no year when the text gives none). */
  readonly written?: { readonly year?: number; readonly month?: number; readonly day?: number; readonly weekday?: number };
  /** Tense of the clause the expression stands in ("will meet in January" → future). */
  readonly tense?: "past" | "present" | "future";
  /** Why the written calendar date cannot exist ("April has 30 days"). */
  readonly invalid?: string;
}

/** Why the document is dated as it is. */
export interface DateEvidence {
  readonly kind:
    | "override"
    | "front-matter"
    | "dateline"
    | "completed-event"
    | "weekday"
    | "event-age"
    | "office-term"
    | "relative-year"
    | "annotation"
    | "other";
  readonly message: string;
  readonly span?: Span;
  /** The window this evidence alone allows (inclusive ISO dates; open ends allowed). */
  readonly from?: string;
  readonly to?: string;
}

export interface DocumentDate {
  /**
   * Inclusive ISO dates. from === to when known to the day. An end the evidence leaves open is
   * OPEN_START ("0001-01-01") or OPEN_END ("9999-12-31").
   */
  readonly from: string;
  readonly to: string;
  readonly basis: readonly DateEvidence[];
  /** Evidence that contradicts the window, when evidence conflicts. */
  readonly conflicts: readonly DateEvidence[];
}

/** Sentinels for a document-date window the evidence leaves open at one end. */
export const OPEN_START = "0001-01-01";
export const OPEN_END = "9999-12-31";
