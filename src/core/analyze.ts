import type { AnalysisContext, AnalyzeOptions } from "./context";
import type { Finding } from "./model/finding";
import { LineIndex } from "./model/span";
import type { SeedDocument } from "./model/document";
import type { Figure } from "./model/figure";
import type { AttributionFrame } from "./model/attribution";
import { parseDocument } from "./parse/document";
import { findFigures } from "./parse/figures";
import { findFrames } from "./parse/attribution";
import { attributeQuotes } from "./parse/quotes";
import { findActors } from "./parse/actors";
import { analyzeDates } from "./parse/dates";
import { KnowledgeBase } from "./knowledge";
import { rules as registry, type Rule } from "./rules";
import { anchorForAnalysis, applyToActors, applyToFindings, withAnnotatedReferenceDate, type AnnotationsInAnalysis } from "./annotations/apply";

export type { AnalyzeOptions, AnalysisContext } from "./context";

/** The result of analysing one document. Plain, immutable data. */
export interface Analysis extends AnalysisContext {
  readonly findings: readonly Finding[];
  /** The user's annotations as anchored now: orphans, recorded sources and verdicts, hidden findings. */
  readonly annotations: AnnotationsInAnalysis;
}

/**
 * The one entry point: text in, analysis out. The editor, the CLI and the tests all call this.
 * Never reads files, never throws on odd input.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeWith(text, options, defaultStages);
}

/** The paragraph-local stages, which the incremental analyzer replaces by cached versions of the same functions. */
export interface LocalStages {
  readonly parseDocument: (text: string) => SeedDocument;
  readonly findFigures: (doc: SeedDocument) => Figure[];
  readonly findFrames: (doc: SeedDocument) => AttributionFrame[];
}

const defaultStages: LocalStages = { parseDocument, findFigures, findFrames };

/** `analyze()` with the paragraph-local stages given: one pipeline for the full and the incremental path. */
export function analyzeWith(text: string, options: AnalyzeOptions, stages: LocalStages): Analysis {
  const { anchored, orphans } = anchorForAnalysis(text, options.annotations);
  options = withAnnotatedReferenceDate(options, anchored);
  const knowledge = options.knowledge ?? KnowledgeBase.bundled();
  const lines = new LineIndex(text);
  const document = stages.parseDocument(text);
  const figures = stages.findFigures(document);
  const frames = stages.findFrames(document);
  const quotes = attributeQuotes(document, frames);
  const { documentDate, dates } = analyzeDates(document, { knowledge, referenceDate: options.referenceDate });
  const { actors, claims, frames: resolvedFrames, quotes: resolvedQuotes } = applyToActors(findActors(document, {
    knowledge,
    frames,
    quotes,
    figures,
    dates,
    documentDate,
  }), anchored);
  const ctx: AnalysisContext = {
    text,
    options,
    lines,
    knowledge,
    document,
    figures,
    frames: resolvedFrames,
    quotes: resolvedQuotes,
    actors,
    claims,
    dates,
    documentDate,
  };
  const applied = applyToFindings(runRules(ctx, registry), anchored, orphans);
  return Object.freeze({ ...ctx, findings: applied.findings, annotations: applied.annotations });
}

export function runRules(ctx: AnalysisContext, rules: readonly Rule[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const level = ctx.options.rules?.[rule.id] ?? rule.defaultSeverity;
    if (level === "off") continue;
    for (const d of rule.run(ctx)) {
      findings.push({
        ruleId: rule.id,
        code: d.code ?? rule.id,
        severity: ctx.options.rules?.[rule.id] !== undefined ? level : (d.severity ?? level),
        message: d.message,
        span: d.span,
        fixes: d.fixes ?? [],
        related: d.related ?? [],
        ...(d.explanation !== undefined ? { explanation: d.explanation } : {}),
      });
    }
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
