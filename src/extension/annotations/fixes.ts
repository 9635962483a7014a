import { annotationFromFix, SOURCED_BY_ANNOTATION, type AnnotationDraft } from "../../core/annotations";
import { fixesOf, type Finding } from "../../core/model/finding";
import type { Span } from "../../core/model/span";

/**
 * Quick fixes that record an annotation instead of editing the article, derived generically from a
 * finding (no `vscode` import; the code-action provider turns them into actions):
 * - for each edit fix that attributes to a named source (`data.source`), the same attribution
 *   recorded as a `source` annotation, leaving the article as it is;
 * - for findings a source answers (unsourced figures, unattributed quotes): "Attribute to a
 *   source…" (the editor asks for the name);
 * - for unsourced figures: "Mark as common knowledge";
 * - for every finding: "Disable here" (a `suppress` annotation on its span).
 * Fixes the rule already records as annotations (`annotationFix`) are not repeated.
 */
export interface RecordingFix {
  readonly title: string;
  /** What to record; undefined when the user must name the source first (`prompt: "source"`). */
  readonly draft?: AnnotationDraft;
  readonly prompt?: "source";
  readonly span: Span;
}

export const COMMON_KNOWLEDGE = "common knowledge";
export const DISABLED_HERE = "disabled here";

export function recordingFixes(f: Finding): RecordingFix[] {
  const out: RecordingFix[] = [];
  // What the rule itself records (valid annotation fixes): those titles are taken.
  const own = fixesOf(f).filter((x) => annotationFromFix(f, x) !== undefined);
  const taken = new Set(own.map((x) => x.title));
  const ownDrafts = own.map((x) => annotationFromFix(f, x)!.draft);
  const push = (fix: RecordingFix) => {
    if (taken.has(fix.title)) return;
    if (fix.draft && ownDrafts.some((d) => sameDraft(d, fix.draft!))) return;
    taken.add(fix.title);
    out.push(fix);
  };

  if (SOURCED_BY_ANNOTATION.includes(f.ruleId)) {
    const names = new Set<string>();
    for (const x of fixesOf(f)) {
      const name = x.kind === "edit" ? x.data?.["source"] ?? x.data?.["speaker"] : undefined;
      if (typeof name === "string" && name.trim() && !names.has(name.trim())) names.add(name.trim());
    }
    for (const name of names) push({ title: `Attribute to ${name}`, draft: { kind: "source", source: name }, span: f.span });
    push({ title: "Attribute to a source…", prompt: "source", span: f.span });
  }
  if (f.ruleId === "unsourced-figure") {
    push({ title: "Mark as common knowledge", draft: { kind: "suppress", ruleId: f.ruleId, reason: COMMON_KNOWLEDGE }, span: f.span });
  }
  push({ title: `Disable ${f.ruleId} here`, draft: { kind: "suppress", ruleId: f.ruleId, reason: DISABLED_HERE }, span: f.span });
  return out;
}

function sameDraft(a: AnnotationDraft, b: AnnotationDraft): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "source" && b.kind === "source") return a.source === b.source;
  if (a.kind === "suppress" && b.kind === "suppress") return a.ruleId === b.ruleId && (a.reason ?? "") === (b.reason ?? "");
  return false;
}

/** The span a selection command annotates: the selection, else the word at the cursor. */
export function selectionSpan(text: string, start: number, end: number): Span | undefined {
  if (end > start) {
    // Trim surrounding white space: an annotation's quote should not start or end with it.
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    return e > s ? { start: s, end: e } : undefined;
  }
  let s = start;
  let e = start;
  while (s > 0 && WORD.test(text[s - 1]!)) s--;
  while (e < text.length && WORD.test(text[e]!)) e++;
  return e > s ? { start: s, end: e } : undefined;
}

const WORD = /[\p{L}\p{N}%$€£.,'’-]/u;
