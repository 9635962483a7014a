import type { AnalysisContext, AnalyzeOptions } from "./context";
import type { Finding } from "./model/finding";
import { LineIndex, oneSpaced } from "./model/span";
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
import { rules as registry, type Rule, type FindingDraft } from "./rules";
import { inMemoSession } from "./memo";
import type { RuleLevel, Severity } from "./model/finding";
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
  readonly lineIndex: (text: string) => LineIndex;
}

const defaultStages: LocalStages = { parseDocument, findFigures, findFrames, lineIndex: (text) => new LineIndex(text) };

/** `analyze()` with the paragraph-local stages given: one pipeline for the full and the incremental path. */
export function analyzeWith(text: string, options: AnalyzeOptions, stages: LocalStages): Analysis {
  return analyzeManyWith([{ text, options }], stages)[0]!;
}

/** One document to analyse, with its options. */
export interface AnalysisInput {
  readonly text: string;
  readonly options?: AnalyzeOptions;
}

/**
 * `analyze()` of several documents at once, for batch work (the CLI's workers): the same results
 * as one `analyze()` each, computed stage by stage over the whole batch, which keeps each stage's
 * code and data in the processor's caches (about a fifth faster on news articles).
 */
export function analyzeMany(inputs: readonly AnalysisInput[]): Analysis[] {
  return analyzeManyWith(inputs, defaultStages);
}

/** The pipeline: each stage over every document, then the next stage. */
function analyzeManyWith(inputs: readonly AnalysisInput[], stages: LocalStages): Analysis[] {
  const docs = inputs.map(({ text, options = {} }) => {
    const { anchored, orphans } = anchorForAnalysis(text, options.annotations);
    const opts = withAnnotatedReferenceDate(options, anchored);
    return { text, options: opts, anchored, orphans, knowledge: opts.knowledge ?? KnowledgeBase.bundled() };
  });
  const lines = docs.map((d) => stages.lineIndex(d.text));
  const documents = docs.map((d) => stages.parseDocument(d.text));
  const figures = documents.map((document) => stages.findFigures(document));
  const frames = documents.map((document) => stages.findFrames(document));
  const quotes = documents.map((document, i) => attributeQuotes(document, frames[i]!));
  const dated = documents.map((document, i) => analyzeDates(document, { knowledge: docs[i]!.knowledge, referenceDate: docs[i]!.options.referenceDate, today: docs[i]!.options.today }));
  const people = documents.map((document, i) => {
    const { documentDate, dates } = dated[i]!;
    return applyToActors(
      findActors(document, { knowledge: docs[i]!.knowledge, frames: frames[i]!, quotes: quotes[i]!, figures: figures[i]!, dates, documentDate }),
      docs[i]!.anchored,
    );
  });
  return docs.map((d, i) => {
    const { actors, claims, frames: resolvedFrames, quotes: resolvedQuotes } = people[i]!;
    const ctx: AnalysisContext = {
      // The rules read the text the stages read (`SeedDocument.text`: a hard-wrapped paragraph's
      // line breaks as spaces, the same offsets); the analysis gives back the text it was given.
      text: documents[i]!.text,
      options: d.options,
      lines: lines[i]!,
      knowledge: d.knowledge,
      document: documents[i]!,
      figures: figures[i]!,
      frames: resolvedFrames,
      quotes: resolvedQuotes,
      actors,
      claims,
      dates: dated[i]!.dates,
      documentDate: dated[i]!.documentDate,
    };
    const applied = applyToFindings(runRules(ctx, registry), d.anchored, d.orphans);
    // (The rules read a wrapped paragraph's line breaks as spaces; their edits put them back.)
    const findings = documents[i]!.text === d.text ? applied.findings : withLineBreaksKept(d.text, applied.findings);
    // The context becomes the analysis: V8 copies a spread of it into a new object with two more
    // properties slowly (microseconds, a few per cent of a short article's analysis).
    return Object.freeze(Object.assign(ctx, { text: d.text, findings, annotations: applied.annotations }));
  });
}

/**
 * The findings with each edit that replaces text over a line break keeping it: in hard-wrapped
 * text, "Change to January 2026" over "January\n2024" writes "January\n2026". An edit whose new
 * text has as many spaces as the old text has runs of white space takes the old runs; others are
 * left as they are. Only findings whose span holds a line break are looked at.
 */
function withLineBreaksKept(text: string, findings: readonly Finding[]): readonly Finding[] {
  let out: Finding[] | undefined;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (!hasLineBreak(text, f.span.start, f.span.end)) continue;
    let changed = false;
    const fixes = f.fixes.map((fix) => {
      if (fix.kind !== "edit" || fix.edits === undefined) return fix;
      const edits = fix.edits.map((e) => {
        const newText = keepLineBreaks(text.slice(e.span.start, e.span.end), e.newText);
        return newText === e.newText ? e : ((changed = true), { span: e.span, newText });
      });
      // (Its title shows the new text on one line, one-spaced: "\r\n" was read as two spaces.)
      return edits.every((e, k) => e === fix.edits![k]) ? fix : { ...fix, title: oneSpaced(fix.title), edits };
    });
    const message = oneSpaced(f.message);
    if (changed || message !== f.message) (out ??= findings.slice())[i] = { ...f, message, fixes };
  }
  return out ?? findings;
}

function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** `replacement` with the white space of `original` between its words, when it has as many gaps and one of them holds a line break. */
export function keepLineBreaks(original: string, replacement: string): string {
  const gaps = original.match(/\s+/gu) ?? [];
  if (!gaps.some((g) => g.includes("\n") || g.includes("\r"))) return replacement;
  const words = replacement.split(/\s+/u);
  if (words.length !== gaps.length + 1 || words.some((w) => w === "") || /^\s|\s$/u.test(original)) return replacement;
  let out = words[0]!;
  for (let k = 1; k < words.length; k++) out += gaps[k - 1]! + words[k]!;
  return out;
}

/** The empty list of fixes or related places that findings share (results are never mutated). */
const NONE: readonly never[] = Object.freeze([]);

export function runRules(ctx: AnalysisContext, rules: readonly Rule[]): Finding[] {
  const session = inMemoSession();
  const lists: (readonly Finding[])[] = [];
  for (const rule of rules) {
    const overridden = ctx.options.rules?.[rule.id];
    const level = overridden ?? rule.defaultSeverity;
    if (level === "off") continue;
    const drafts = rule.run(ctx);
    if (wholeFindings(rule, level, drafts)) {
      // A rule that made its findings whole (rule.ts): they are its findings, as they come.
      if (session) lastFindings.set(rule.id, { level, overridden, drafts, findings: drafts });
      lists.push(inOrder(drafts) ? drafts : drafts.slice().sort(byPlace));
      continue;
    }
    // While the editor re-analyses, a rule returns the previous run's drafts for what the edit left
    // alone: their findings are the previous run's too, found by place from the start and the end.
    const last = session ? lastFindings.get(rule.id) : undefined;
    const reusable = last !== undefined && last.level === level && last.overridden === overridden ? last : undefined;
    const n = drafts.length;
    const findings = new Array<Finding>(n);
    let head = 0;
    let tail = 0;
    if (reusable) {
      const m = reusable.drafts.length;
      const max = Math.min(n, m);
      while (head < max && drafts[head] === reusable.drafts[head]) findings[head] = reusable.findings[head++]!;
      while (tail < max - head && drafts[n - 1 - tail] === reusable.drafts[m - 1 - tail]) {
        findings[n - 1 - tail] = reusable.findings[m - 1 - tail]!;
        tail++;
      }
    }
    for (let i = head; i < n - tail; i++) findings[i] = toFinding(rule, level, overridden !== undefined, drafts[i]!);
    if (session) lastFindings.set(rule.id, { level, overridden, drafts, findings });
    lists.push(inOrder(findings) ? findings : findings.slice().sort(byPlace));
  }
  return mergeInOrder(lists);
}

/** The drafts and findings of each rule's last run in an editing session, and the severity they were made with. */
const lastFindings = new Map<string, { readonly level: Severity; readonly overridden: RuleLevel | undefined; readonly drafts: readonly FindingDraft[]; readonly findings: readonly Finding[] }>();

/** Whether a draft is the finding itself (rule.ts): what `toFinding` would make of it. */
function isWhole(rule: Rule, level: Severity, d: FindingDraft): d is Finding {
  return (d as Partial<Finding>).ruleId === rule.id && d.severity === level && d.code !== undefined && d.fixes !== undefined && d.related !== undefined;
}

function wholeFindings(rule: Rule, level: Severity, drafts: readonly FindingDraft[]): drafts is readonly Finding[] {
  for (const d of drafts) if (!isWhole(rule, level, d)) return false;
  return true;
}

function toFinding(rule: Rule, level: Severity, overridden: boolean, d: FindingDraft): Finding {
  if (isWhole(rule, level, d)) return d;
  const severity = overridden ? level : (d.severity ?? level);
  const fixes = d.fixes ?? NONE;
  const related = d.related ?? NONE;
  const { code = rule.id, message, span, explanation, attribution } = d;
  const ruleId = rule.id;
  // (Keys in the order the rules give them; `attribution`, fixes made on demand, when there is one.)
  if (attribution !== undefined) {
    return explanation !== undefined
      ? { ruleId, code, severity, message, span, fixes, attribution, related, explanation }
      : { ruleId, code, severity, message, span, fixes, attribution, related };
  }
  return explanation !== undefined ? { ruleId, code, severity, message, span, fixes, related, explanation } : { ruleId, code, severity, message, span, fixes, related };
}

const byPlace = (a: Finding, b: Finding): number => a.span.start - b.span.start || a.span.end - b.span.end;

function inOrder(list: readonly Finding[]): boolean {
  for (let i = 1; i < list.length; i++) if (byPlace(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}

/**
 * The findings of every rule in order of their spans, those of the same span in the order of the
 * rules (each list is in order already): what a stable sort of them all, one rule after the other, gives.
 * Taken in runs: the list whose next finding comes first gives findings until the first that
 * another list's next one comes before (findings of one rule come in long runs).
 */
export function mergeInOrder(lists: readonly (readonly Finding[])[]): Finding[] {
  const live = lists.filter((l) => l.length > 0);
  if (live.length === 0) return [];
  if (live.length === 1) return live[0]!.slice();
  let total = 0;
  for (const l of live) total += l.length;
  // Made at its size (a long article has thousands of findings), unless V8 would make so long an empty array a dictionary.
  const out: Finding[] = total <= 32768 ? new Array<Finding>(total) : [];
  const at = live.map(() => 0);
  let o = 0;
  for (;;) {
    // The list whose next finding comes first, and among the others the one whose next comes first
    // (of equal ones, the earlier rule's).
    let best = -1;
    let second = -1;
    for (let k = 0; k < live.length; k++) {
      const f = live[k]![at[k]!];
      if (f === undefined) continue;
      if (best < 0 || byPlace(f, live[best]![at[best]!]!) < 0) {
        second = best;
        best = k;
      } else if (second < 0 || byPlace(f, live[second]![at[second]!]!) < 0) second = k;
    }
    if (best < 0) return out;
    const list = live[best]!;
    let i = at[best]!;
    if (second < 0) {
      while (i < list.length) out[o++] = list[i++]!;
      return out;
    }
    const next = live[second]![at[second]!]!;
    // An equal finding of a later rule comes after this one's.
    const tie = best < second ? 0 : -1;
    do out[o++] = list[i++]!;
    while (i < list.length && byPlace(list[i]!, next) <= tie);
    at[best] = i;
  }
}
