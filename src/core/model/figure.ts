import type { Span } from "./span";

export type FigureKind =
  | "cardinal"
  | "percent"
  | "money"
  | "quantity"
  | "duration"
  | "fraction"
  | "ratio";

export interface Figure {
  /** The number with its attached unit ("90 percent", "$3.5 billion", "15-year"). */
  readonly span: Span;
  /** The shortest span holding the number itself. */
  readonly numberSpan: Span;
  readonly text: string;
  readonly kind: FigureKind;
  readonly value: number;
  /** "percent", "USD", "km", "year", the noun head ("troops") … */
  readonly unit?: string;
  readonly sentence: number;
}
