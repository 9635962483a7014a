import { annotationLabel, oneLine, type AnchoredAnnotation, type Annotation, type AnnotationKind, type AnnotationsInAnalysis, type OrphanAnnotation } from "../../core/annotations";
import type { Span } from "../../core/model/span";

/**
 * What the editor shows of annotations, as plain data (no `vscode` import): the Annotations view's
 * groups, hover text, and spans per kind for decorations. The extension only converts spans to
 * ranges and strings to MarkdownStrings.
 */

export const KIND_LABELS: Readonly<Record<AnnotationKind, string>> = {
  source: "Sources",
  note: "Notes",
  verdict: "Verdicts",
  suppress: "Suppressions",
  actor: "Actor corrections",
  "document-date": "Document date",
};

/** Codicon ids for tree items and hovers. */
export const KIND_ICONS: Readonly<Record<AnnotationKind, string>> = {
  source: "link",
  note: "note",
  verdict: "pass",
  suppress: "eye-closed",
  actor: "person",
  "document-date": "calendar",
};

export interface ViewItem {
  readonly id: string;
  readonly kind: AnnotationKind;
  /** One line: what it records. */
  readonly label: string;
  /** The annotated text, shortened. */
  readonly description: string;
  /** Undefined for an orphan or a document-level annotation. */
  readonly span?: Span;
  readonly orphan: boolean;
  readonly annotation: Annotation;
}

export interface ViewGroup {
  readonly key: "orphans" | AnnotationKind;
  readonly label: string;
  readonly items: readonly ViewItem[];
}

/** The Annotations view: orphans on top (they need attention), then one group per kind in use. */
export function viewGroups(a: AnnotationsInAnalysis): ViewGroup[] {
  const groups: ViewGroup[] = [];
  if (a.orphans.length > 0) {
    groups.push({ key: "orphans", label: `Orphaned (${a.orphans.length})`, items: a.orphans.map(orphanItem) });
  }
  for (const kind of Object.keys(KIND_LABELS) as AnnotationKind[]) {
    const items = a.anchored.filter((x) => x.annotation.kind === kind).map(anchoredItem);
    if (items.length > 0) groups.push({ key: kind, label: `${KIND_LABELS[kind]} (${items.length})`, items });
  }
  return groups;
}

function anchoredItem(x: AnchoredAnnotation): ViewItem {
  const documentLevel = x.method === "document";
  return {
    id: x.annotation.id,
    kind: x.annotation.kind,
    label: annotationLabel(x.annotation),
    description: documentLevel ? "whole article" : oneLine(x.annotation.target?.quote.exact ?? ""),
    ...(documentLevel ? {} : { span: x.span }),
    orphan: false,
    annotation: x.annotation,
  };
}

function orphanItem(o: OrphanAnnotation): ViewItem {
  return { id: o.annotation.id, kind: o.annotation.kind, label: annotationLabel(o.annotation), description: `was on “${oneLine(o.oldText)}”`, orphan: true, annotation: o.annotation };
}

/** The anchored annotations covering an offset (for hovers), innermost first. */
export function annotationsAt(a: AnnotationsInAnalysis, offset: number): AnchoredAnnotation[] {
  return a.anchored
    .filter((x) => x.method !== "document" && x.span.start <= offset && offset < x.span.end)
    .sort((p, q) => p.span.end - p.span.start - (q.span.end - q.span.start));
}

/** Markdown for a hover over annotated text. */
export function hoverMarkdown(items: readonly AnchoredAnnotation[]): string {
  return items
    .map((x) => {
      const a = x.annotation;
      const icon = `$(${KIND_ICONS[a.kind]})`;
      const lines = [`${icon} **${escape(annotationLabel(a))}**`];
      if (a.kind === "source" && a.url) lines.push(`[${escape(a.url)}](${a.url.replace(/[()\s]/g, encodeURIComponent)})`);
      if (a.kind === "note" && a.text.length > 75) lines.push(escape(a.text));
      if (x.method === "fuzzy") lines.push("_The text changed since this was written; it was re-attached by similarity._");
      lines.push(`_${a.author ? `${escape(a.author)}, ` : ""}${a.modified.slice(0, 10)}_`);
      return lines.join("  \n");
    })
    .join("\n\n---\n\n");
}

/** Spans per kind, for one decoration type per kind (subtle underline or background). */
export function decorationSpans(a: AnnotationsInAnalysis): Record<AnnotationKind, Span[]> {
  const out: Record<AnnotationKind, Span[]> = { source: [], note: [], verdict: [], suppress: [], actor: [], "document-date": [] };
  for (const x of a.anchored) if (x.method !== "document" && x.span.end > x.span.start) out[x.annotation.kind].push(x.span);
  return out;
}

function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, "\\$&");
}
