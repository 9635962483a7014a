import type { Finding, Fix } from "../model/finding";
import type { Span } from "../model/span";
import { annotationDraftSchema, type AnnotationDraft } from "./schema";

/**
 * The contract between rules and the annotations store for quick fixes that record rather than
 * edit: a rule returns `annotationFix(...)`; the editor (or a script) reads it back with
 * `annotationFromFix(finding, fix)` and writes the annotation with `createAnnotation`.
 *
 *   fixes: [annotationFix("Attribute to Mr X", { kind: "source", source: "Mr X" }),
 *           annotationFix("Mark as common knowledge", { kind: "suppress", ruleId: "unsourced-figure", reason: "common knowledge" })]
 */
export function annotationFix(title: string, draft: AnnotationDraft, span?: Span, isPreferred?: boolean): Fix {
  // (Literals, not spreads: a rule makes one per finding, thousands on a long article.)
  const data = span ? { annotation: draft, span } : { annotation: draft };
  return isPreferred !== undefined ? { title, kind: "annotation", data, isPreferred } : { title, kind: "annotation", data };
}

/** The annotation a fix records and the span it goes on (the fix's own span, else the finding's). */
export function annotationFromFix(finding: Finding, fix: Fix): { draft: AnnotationDraft; span: Span } | undefined {
  if (fix.kind !== "annotation" || !fix.data) return undefined;
  const parsed = annotationDraftSchema.safeParse(fix.data.annotation);
  if (!parsed.success) return undefined;
  const s = fix.data.span as Span | undefined;
  const span = s && typeof s.start === "number" && typeof s.end === "number" && s.end > s.start ? { start: s.start, end: s.end } : finding.span;
  return { draft: parsed.data as AnnotationDraft, span };
}
