import type { Attribution, Finding, Severity, Fix, RelatedInfo } from "../model/finding";
import type { Span } from "../model/span";
import type { AnalysisContext } from "../context";

/**
 * What a rule returns: a finding without its rule id and severity, which the registry adds. A rule
 * may return the finding itself instead, whole — its rule id, its code, the severity of the
 * rule's level in the options, its fixes and related places, in the order of Finding's keys —
 * which the registry keeps as it is (analyze.ts `toFinding`).
 */
export interface FindingDraft {
  readonly code?: string;
  readonly message: string;
  readonly span: Span;
  readonly fixes?: readonly Fix[];
  /** Fixes as data, made on demand (model/finding.ts `fixesOf`). */
  readonly attribution?: Attribution;
  readonly related?: readonly RelatedInfo[];
  readonly explanation?: string;
  /** Overrides the rule's default severity for this finding. */
  readonly severity?: Severity;
}

export interface Rule {
  /** Stable, kebab-case: `unsourced-figure`. */
  readonly id: string;
  /** One line, for docs, settings and `byline rules`. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  readonly run: (ctx: AnalysisContext) => readonly FindingDraft[];
}

export type { Finding };

