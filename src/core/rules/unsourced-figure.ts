import type { Fix } from "../model/finding";
import type { Figure } from "../model/figure";
import type { Span } from "../model/span";
import type { AnalysisContext } from "../context";
import type { Rule, FindingDraft } from "./rule";

export const UNSOURCED_FIGURE = "unsourced-figure";

/** An explicit citation in the sentence: a footnote marker "[1]", a link, "(source: …)". */
const CITATION_RE = /\[\d{1,3}\]|\bhttps?:\/\/|\bwww\.|\((?:source|sources|via)\s*:/iu;
/** Where a clause ends after a figure: a comma or semicolon (not inside a number), a dash, or the sentence's end. */
const CLAUSE_END_RE = /(?<!\d),|,(?!\d)|;|\s[—–]\s|[.!?…](?=["”’)]*\s*$)/gu;
const MAX_ATTRIBUTE_FIXES = 5;

/** A figure stated as plain fact: not quoted, no reporting frame in its sentence, no citation (GUIDE.md). */
export const unsourcedFigureRule: Rule = {
  id: UNSOURCED_FIGURE,
  description: "A figure stated as plain fact: not quoted, not attributed in its sentence, and not cited.",
  defaultSeverity: "warning",
  run(ctx) {
    const out: FindingDraft[] = [];
    const framed = new Set(ctx.frames.map((f) => f.sentence));
    for (const fig of ctx.figures) {
      if (isSourced(ctx, fig, framed)) continue;
      out.push({
        code: fig.kind,
        message: `Unsourced figure "${fig.text}": nothing in its sentence says where it comes from. Attribute it ("according to …", "… said"), quote the source, or cite it.`,
        span: fig.span,
        fixes: fixesFor(ctx, fig),
        explanation:
          "A figure is sourced when it stands in a direct quotation, when its sentence has a reporting frame with a named or identifiable source (said, according to, data from … showed), or when it carries a citation such as [1], a link or \"(source: …)\".",
      });
    }
    return out;
  },
};

function isSourced(ctx: AnalysisContext, fig: Figure, framed: ReadonlySet<number>): boolean {
  if (ctx.document.quotes.some((q) => q.span.start <= fig.span.start && fig.span.end <= q.span.end)) return true;
  // A frame governs what it reports (its content) and its own source phrase ("a poll of 1,000 voters found").
  if (framed.has(fig.sentence) && ctx.frames.some((f) => f.sentence === fig.sentence && (within(f.content, fig.span) || within(f.source, fig.span)))) return true;
  const s = ctx.document.sentences[fig.sentence];
  if (s && CITATION_RE.test(ctx.text.slice(s.span.start, s.span.end))) return true;
  return false;
}

function within(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function fixesFor(ctx: AnalysisContext, fig: Figure): Fix[] {
  const fixes: Fix[] = [];
  const at = clauseEnd(ctx, fig);
  if (at !== undefined) {
    for (const name of speakers(ctx, fig.span)) {
      fixes.push({
        title: `Attribute to ${name}`,
        kind: "edit",
        edits: [{ span: { start: at, end: at }, newText: `, according to ${name}` }],
        data: { source: name },
      });
    }
  }
  fixes.push({
    title: "Mark as common knowledge",
    kind: "annotation",
    data: { kind: "suppress", ruleId: UNSOURCED_FIGURE, text: fig.text, span: fig.span },
  });
  return fixes;
}

/** Where ", according to NAME" goes: the end of the clause holding the figure. */
function clauseEnd(ctx: AnalysisContext, fig: Figure): number | undefined {
  const s = ctx.document.sentences[fig.sentence];
  if (!s) return undefined;
  const rest = ctx.text.slice(fig.span.end, s.span.end);
  CLAUSE_END_RE.lastIndex = 0;
  const m = CLAUSE_END_RE.exec(rest);
  if (m) return fig.span.end + m.index + (m[0].startsWith(" ") ? 0 : 0);
  return s.span.end;
}

/** Sources that speak elsewhere in the article, nearest before the figure first. */
function speakers(ctx: AnalysisContext, at: Span): string[] {
  const seen = new Map<string, number>();
  for (const f of ctx.frames) {
    if (!f.name || f.sourceKind === "document" || f.sourceKind === "other") continue;
    if (!(f.person || f.sourceKind === "organization" || f.sourceKind === "name")) continue;
    const d = f.source.start <= at.start ? at.start - f.source.start : f.source.start - at.start + ctx.text.length;
    // "according to the Bavarian State Office", as the article itself names it.
    const the = !f.person && f.nameSpan && /^the\s$/iu.test(ctx.text.slice(f.nameSpan.start - 4, f.nameSpan.start)) ? "the " : "";
    const name = the + f.name;
    const prev = seen.get(name);
    if (prev === undefined || d < prev) seen.set(name, d);
  }
  return [...seen.entries()].sort((a, b) => a[1] - b[1]).slice(0, MAX_ATTRIBUTE_FIXES).map(([n]) => n);
}
