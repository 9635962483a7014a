import type { Span } from "./span";

export type Severity = "error" | "warning" | "information" | "hint";
export type RuleLevel = Severity | "off";

/** A text edit as data: replace `span` of the original text with `newText`. */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

/**
 * A fix as data. `edit` fixes change the article; `annotation` fixes record something
 * in the user's annotations file instead (the editor decides how to write it).
 */
export interface Fix {
  readonly title: string;
  readonly kind: "edit" | "annotation" | "document-date";
  readonly edits?: readonly TextEdit[];
  /** Kind-specific payload: the annotation to write, the suggested date, … */
  readonly data?: Readonly<Record<string, unknown>>;
  readonly isPreferred?: boolean;
}

export interface RelatedInfo {
  readonly message: string;
  readonly span: Span;
}

export interface Finding {
  readonly ruleId: string;
  /** Stable per rule: tells kinds of finding of one rule apart (e.g. `weekday-mismatch`). */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly fixes: readonly Fix[];
  readonly related: readonly RelatedInfo[];
  /** A longer explanation for hovers. */
  readonly explanation?: string;
}
