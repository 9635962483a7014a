import { annotationFix } from "../annotations/fix";
import type { Attribution, AttributionSource, Finding, Fix, RelatedInfo, Severity } from "../model/finding";
import type { Figure } from "../model/figure";
import type { Paragraph } from "../model/document";
import type { AttributionFrame } from "../model/attribution";
import type { Span } from "../model/span";
import type { AnalysisContext } from "../context";
import type { Rule } from "./rule";
import { Change, matchRows, putSpan, rowsOf, type Kept, type Rows, type Signer } from "./reuse";
import { detached, inMemoSession } from "../memo";

export const UNSOURCED_FIGURE = "unsourced-figure";

/** An explicit citation in the sentence: a footnote marker "[1]", a link, "(source: …)". */
// These two need no `u` flag (nothing astral, no \p{…}), and V8 scans much faster without it.
const CITATION_RE = /\[\d{1,3}\]|\bhttps?:\/\/|\bwww\.|\((?:source|sources|via)\s*:/i;
/** Where a clause ends after a figure: a comma or semicolon (not inside a number), a dash, or the sentence's end. */
const CLAUSE_END_RE = /(?<!\d),|,(?!\d)|;|\s[—–]\s|[.!?…](?=["”’)]*\s*$)/g;
const MAX_ATTRIBUTE_FIXES = 5;

/** A figure stated as plain fact: not quoted, no reporting frame in its sentence, no citation (GUIDE.md). */
export const unsourcedFigureRule: Rule = {
  id: UNSOURCED_FIGURE,
  description: "A figure stated as plain fact: not quoted, not attributed in its sentence, and not cited.",
  defaultSeverity: "warning",
  run(ctx) {
    lastAttribution = undefined;
    if (inMemoSession()) return runReusing(ctx);
    const out: Finding[] = [];
    if (ctx.figures.length === 0) return out;
    const severity = severityOf(ctx);
    const facts = sentenceFacts(ctx);
    const sourced = sourcedTests(ctx, facts);
    // Made when a first figure needs a source: often none does.
    let speakers: SpeakerIndex | undefined;
    for (const fig of ctx.figures) {
      if (sourced(fig)) continue;
      const at = clauseEnd(ctx, fig, facts);
      const who = at === undefined ? NO_SPEAKERS : (speakers ??= speakerIndex(ctx)).at(fig.span);
      out.push(finding(fig, at, who.list, severity));
    }
    return joinRanges(ctx.text, out);
  },
};

/** A verb of change (and "by") right before a figure: what follows "to" is the level reached. */
const CHANGE_BEFORE = /\b(?:(?!(?:aged|estimated|expected|projected|forecasted|predicted|priced|valued|rated|numbered|sized|ranked|between|from)\s)[a-z]+ed|rose|risen|rise|rises|fell|fallen|fall|falls|slid|sank|sunk|lost|loses|lose|shed|sheds|grew|grown|grows|won|gain|gains|add|adds|climb|climbs|drop|drops|jump|jumps|slip|slips|decline|declines|increase|increases|decrease|decreases|surge|surges|soar|soars|tumble|tumbles|edge|edges|ease|eases|up|down|by)\s+(?:(?:about|around|nearly|almost|some|roughly|more\s+than|less\s+than|over|just|only)\s+)?$/iu;

/**
 * One finding for a range or a change whose ends are both unsourced ("between $2 and $4", "five to 17 months",
 * "two or three", "10-12%"): one source answers for both. (A pass over the per-figure findings, so
 * that the editor's reuse of them is unchanged.)
 */
function joinRanges(text: string, findings: Finding[]): Finding[] {
  let out: Finding[] | undefined;
  for (let i = 0; i < findings.length; i++) {
    const a = findings[i]!;
    const b = findings[i + 1];
    if (b && b.code === a.code && b.span.start - a.span.end <= 10 && rangeBetween(text, a.span, b.span)) {
      out ??= findings.slice(0, i);
      const span = { start: a.span.start, end: b.span.end };
      out.push({ ...b, span, message: unsourcedMessage("Unsourced figures", text.slice(span.start, span.end)) });
      i++;
    } else out?.push(a);
  }
  return out ?? findings;
}

/**
 * "to", "or", a dash, or "and" after "between", alone between two figures; not "added €4.50 to
 * €231", a change and the level it reached.
 */
function rangeBetween(text: string, a: Span, b: Span): boolean {
  const gap = text.slice(a.end, b.start);
  if (/^\s*[-–—]\s*$/u.test(gap)) return true;
  // ("two or three", "5 or 6"; not "$525.8 million or $4.67 a share", one sum put two ways.)
  if (/^\s+or\s+$/u.test(gap)) return /^[\p{L}\d.,]+$/u.test(text.slice(a.start, a.end)) && /^[\p{L}\d.,]+$/u.test(text.slice(b.start, b.end));
  // (After a verb of change, a bare number then one with its unit is a range too: "rose 9 to 11 percent".)
  // ("two years and three months": one length of time.)
  if (/^\s+and\s+$/u.test(gap) && /\byears?$/iu.test(text.slice(a.start, a.end)) && /\b(?:months?|weeks?|days?)$/iu.test(text.slice(b.start, b.end))) return true;
  // ("499 out of 500": a score, one figure.)
  if (/^\s+out\s+of\s+$/u.test(gap)) return true;
  if (/^\s+to\s+$/u.test(gap)) return !CHANGE_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start)) || (/^[\d.,]+$/u.test(text.slice(a.start, a.end)) && !/^[\d.,]+$/u.test(text.slice(b.start, b.end)));
  return /^\s+and\s+$/u.test(gap) && /\bbetween\s+$/iu.test(text.slice(Math.max(0, a.start - 12), a.start));
}

/**
 * The last run in an editing session: its text, the severity of its findings, its findings and
 * which is each figure's (-1: none, sourced), its sources, and the rows of what it read.
 */
let lastRun:
  | {
      readonly text: string;
      readonly severity: Severity;
      readonly findings: readonly Finding[];
      readonly findingOf: Int32Array;
      readonly speakers: SpeakerIndex;
      readonly quotes: Rows<{ readonly span: Span }>;
      readonly frames: Rows<AttributionFrame>;
      readonly figures: Rows<Figure>;
    }
  | undefined;

const EXPLANATION =
  "A figure is sourced when it stands in a direct quotation, when its sentence has a reporting frame with a named or identifiable source (said, according to, data from … showed), or when it carries a citation such as [1], a link or \"(source: …)\".";

/**
 * The rule while the editor re-analyses: the previous run's result for each figure whose sentence
 * (its text, its frames, the quotations around the figure) lies before or after everything the
 * edit changed (reuse.ts), moved by the edit when after it; the others are made again. A figure's
 * sources depend on the whole article, but only through how many sources speak before it and the
 * names of all sources in order (speakerIndex): while those stay, the previous run's are kept.
 */
function runReusing(ctx: AnalysisContext): Finding[] {
  const severity = severityOf(ctx);
  const prev = lastRun?.severity === severity ? lastRun : undefined;
  const figures = ctx.figures;
  let quotes: Rows<{ readonly span: Span }> | undefined;
  let frames: Rows<AttributionFrame> | undefined;
  let rows: Rows<Figure> | undefined;
  let speakers: SpeakerIndex | undefined;
  let reuse: ((i: number) => Finding | undefined | null) | undefined;
  if (prev) {
    const change = new Change(prev.text, ctx.text);
    quotes = matchRows(prev.quotes, ctx.document.quotes, QUOTE_ROWS, change).rows;
    const fr = matchRows(prev.frames, ctx.frames, frameRows(ctx), change);
    const fg = matchRows(prev.figures, figures, figureRows(ctx), change);
    frames = fr.rows;
    rows = fg.rows;
    const names = sameSources(prev.frames, prev.speakers, ctx, fr, change);
    if (names) {
      speakers = prev.speakers.moved(fr.rows, names);
      const n = figures.length;
      const m = prev.figures.count;
      // A kept figure whose sentence lies before or after the window: nothing it reads changed.
      const made = (j: number): Finding | undefined => (prev.findingOf[j]! < 0 ? undefined : prev.findings[prev.findingOf[j]!]);
      reuse = (i) => {
        if (i < fg.head) return fg.rows.end(i) <= change.lo ? made(i) : null;
        if (i < n - fg.tail || fg.rows.start(i) < change.hi) return null;
        const old = made(i - n + m);
        return old && (change.shift === 0 ? old : moved(old, figures[i]!, change.shift));
      };
    }
  }
  speakers ??= speakerIndex(ctx);
  // (At most one finding per figure: the list is cut to its length after, in place.)
  const out = new Array<Finding>(figures.length);
  const findingOf = new Int32Array(figures.length);
  let count = 0;
  let facts: ((index: number) => SentenceFacts | undefined) | undefined;
  let sourced: ((fig: Figure) => boolean) | undefined;
  for (let i = 0; i < figures.length; i++) {
    let r = reuse ? reuse(i) : null;
    if (r === null) {
      const fig = figures[i]!;
      facts ??= sentenceFacts(ctx);
      sourced ??= sourcedTests(ctx, facts);
      if (sourced(fig)) r = undefined;
      else {
        const at = clauseEnd(ctx, fig, facts);
        const who = at === undefined ? NO_SPEAKERS : speakers.at(fig.span);
        r = finding(fig, at, who.list, severity);
      }
    }
    if (r) {
      findingOf[i] = count;
      out[count++] = r;
    } else findingOf[i] = -1;
  }
  out.length = count;
  lastRun = {
    text: ctx.text,
    severity,
    findings: out,
    findingOf,
    speakers,
    quotes: quotes ?? rowsOf(ctx.document.quotes, QUOTE_ROWS),
    frames: frames ?? rowsOf(ctx.frames, frameRows(ctx)),
    figures: rows ?? rowsOf(figures, figureRows(ctx)),
  };
  return joinRanges(ctx.text, out);
}

/**
 * A finding of the previous run (`finding`) for `fig`, the same figure moved by `shift`: its
 * message and fixes, and its attribution with the same sources, where it inserts moved.
 */
function moved(old: Finding, fig: Figure, shift: number): Finding {
  const was = old.attribution;
  return unsourced(fig, old.severity, old.message, was && attributionAt(was.at + shift, was.sources));
}

/** The rule's finding for `fig`: always these keys in this order, `attribution` when there is one. */
function unsourced(fig: Figure, severity: Severity, message: string, attribution: Attribution | undefined): Finding {
  return attribution === undefined
    ? { ruleId: UNSOURCED_FIGURE, code: fig.kind, severity, message, span: fig.span, fixes: FIXES, related: NO_RELATED, explanation: EXPLANATION }
    : { ruleId: UNSOURCED_FIGURE, code: fig.kind, severity, message, span: fig.span, fixes: FIXES, attribution, related: NO_RELATED, explanation: EXPLANATION };
}

const QUOTE_ROWS: Signer<{ readonly span: Span }> = {
  moves: [true, true],
  sign: (q, nums, at) => putSpan(nums, at, q.span),
};

/** A figure's row: what it reads (the figure and its sentence), the figure and its sentence; its kind and words. */
function figureRows(ctx: AnalysisContext): Signer<Figure> {
  const sentences = ctx.document.sentences;
  return {
    moves: [true, true, true, true, true, true],
    sign: (f, nums, at) => {
      const s = sentences[f.sentence]?.span;
      nums[at] = s ? Math.min(f.span.start, s.start) : f.span.start;
      nums[at + 1] = s ? Math.max(f.span.end, s.end) : f.span.end;
      putSpan(nums, at + 2, f.span);
      putSpan(nums, at + 4, s);
    },
    sameLabels: (a, b) => a.kind === b.kind && a.text === b.text,
    basis: { list: sentences, of: (f) => f.sentence },
  };
}

/** Frame rows: where the source starts. */
const SOURCE_START = 2;

/**
 * A frame's row: what it reads (its sentence, what it governs and its source, and the word before
 * a name the rule may quote with "the"), its source, content, name and sentence, and whether the
 * source is a person; its name and kind of source.
 */
function frameRows(ctx: AnalysisContext): Signer<AttributionFrame> {
  const sentences = ctx.document.sentences;
  return {
    moves: [true, true, true, true, true, true, true, true, true, true, false],
    sign: (f, nums, at) => {
      const s = sentences[f.sentence]?.span;
      let start = Math.min(f.source.start, f.content.start, s?.start ?? f.source.start);
      let end = Math.max(f.source.end, f.content.end, s?.end ?? f.source.end);
      if (!f.person && f.nameSpan) {
        start = Math.min(start, Math.max(0, f.nameSpan.start - 4));
        end = Math.max(end, f.nameSpan.start);
      }
      nums[at] = start;
      nums[at + 1] = end;
      putSpan(nums, at + SOURCE_START, f.source);
      putSpan(nums, at + 4, f.content);
      putSpan(nums, at + 6, f.nameSpan);
      putSpan(nums, at + 8, s);
      nums[at + 10] = f.person === undefined ? 2 : f.person ? 1 : 0;
    },
    sameLabels: (a, b) => a.name === b.name && a.sourceKind === b.sourceKind,
    basis: { list: sentences, of: (f) => f.sentence },
  };
}

/**
 * The severity the rule's findings get (analyze.ts `runRules`, from the rule's level in the
 * options): the rule makes its findings whole, which the registry keeps as they are (rule.ts), a
 * draft and a finding less for each of the thousands of findings an edit moves in a long article.
 */
function severityOf(ctx: AnalysisContext): Severity {
  const level = ctx.options.rules?.[UNSOURCED_FIGURE];
  return level === undefined || level === "off" ? unsourcedFigureRule.defaultSeverity : level;
}

const NO_RELATED: readonly RelatedInfo[] = Object.freeze([]);

function unsourcedMessage(what: string, said: string): string {
  return `${what} "${said}": nothing in its sentence says where it comes from. Attribute it ("according to …", "… said"), quote the source, or cite it.`;
}

function finding(fig: Figure, at: number | undefined, speakers: readonly Speaker[], severity: Severity): Finding {
  return unsourced(fig, severity, unsourcedMessage("Unsourced figure", fig.text), at === undefined || speakers.length === 0 ? undefined : attributionAt(at, speakers));
}

/**
 * Is the figure in a quotation, governed by a frame of its sentence, or in a sentence with a
 * citation? Linear in the article: quotations come in order of their start, so "some quotation
 * holds the figure" is "the furthest end among quotations starting at or before it reaches past
 * it"; frames are grouped by sentence; citations are looked for once per sentence.
 */
function sourcedTests(ctx: AnalysisContext, facts: (index: number) => SentenceFacts | undefined): (fig: Figure) => boolean {
  const quotes = ctx.document.quotes;
  const starts = quotes.map((q) => q.span.start);
  const reach: number[] = [];
  for (const q of quotes) reach.push(Math.max(reach[reach.length - 1] ?? -1, q.span.end));
  const framesOf = new Map<number, AttributionFrame[]>();
  for (const f of ctx.frames) {
    const list = framesOf.get(f.sentence);
    if (list) list.push(f);
    else framesOf.set(f.sentence, [f]);
  }
  const answers = interviewAnswers(ctx);
  return (fig) => {
    // An interview's answer is the interviewee's words, as a quotation is.
    if (answers !== undefined && answers.has(ctx.document.sentences[fig.sentence]?.paragraph ?? -1)) return true;
    const n = countAtOrBefore(starts, fig.span.start);
    if (n > 0 && reach[n - 1]! >= fig.span.end) return true;
    // A frame governs what it reports (its content) and its own source phrase ("a poll of 1,000 voters found").
    // ("two of the sources said": the count of a source phrase, just before it.)
    // (Not the count of those who spoke: "More than 40 people spoke during public comment".)
    if ((framesOf.get(fig.sentence) ?? []).some((f) => within(f.content, fig.span) || (within(f.source, fig.span) && f.lemma !== "speak") || countOfSource(ctx.text, fig.span, f.source))) return true;
    const f = facts(fig.sentence);
    return !!f && (f.cited ??= CITATION_RE.test(f.text) || (speakerLabel(f.text) && !datelineLabel(ctx, fig.sentence, f.text)));
  };
}

/**
 * The paragraphs of an interview told as questions and answers without labels ("How bad was this
 * year?" then "Very bad. Switzerland’s glaciers lost 3 percent …"): after the first question, every
 * paragraph that is no question, when two questions or more stand alone as paragraphs and half the
 * answers speak in the first person. A question is a paragraph of one sentence ending in "?", short,
 * without quotation marks.
 */
function interviewAnswers(ctx: AnalysisContext): Set<number> | undefined {
  const text = ctx.text;
  const question = (p: Paragraph): boolean => {
    if (p.sentences.length !== 1 || p.span.end - p.span.start > 160) return false;
    const t = text.slice(p.span.start, p.span.end).trimEnd();
    return t.endsWith("?") && !/["“”]/u.test(t);
  };
  const questions = ctx.document.paragraphs.map(question);
  if (questions.filter(Boolean).length < 2) return undefined;
  const out = new Set<number>();
  let asked = false;
  let firstPerson = 0;
  for (const [k, p] of ctx.document.paragraphs.entries()) {
    if (questions[k]) asked = true;
    else if (asked && p.kind === "paragraph") {
      out.add(p.index);
      if (FIRST_PERSON.test(text.slice(p.span.start, p.span.end))) firstPerson++;
    }
  }
  // (An explainer's questions as headings, "What happens next?", answer in the third person.)
  return firstPerson * 2 >= out.size && out.size > 0 ? out : undefined;
}
const FIRST_PERSON = /(?<![\p{L}’'])(?:I|we|We|my|My|our|Our|me|us)(?![\p{L}’'])/u;

/**
 * "LAHORE: The team lost by 74 runs.", "MUMBAI: Sensex fell 2.3 percent": a place in capitals
 * before a colon opening the first paragraph is a dateline, no speaker — unless other paragraphs
 * open with such labels too (a transcript's "SMITH: …").
 */
function datelineLabel(ctx: AnalysisContext, sentence: number, text: string): boolean {
  const label = SPEAKER_LABEL.exec(text)![1]!;
  if (label !== label.toUpperCase()) return false;
  const paragraphs = ctx.document.paragraphs.filter((p) => p.kind === "paragraph");
  const first = paragraphs[0];
  if (first?.sentences[0] !== sentence) return false;
  return !paragraphs.slice(1).some((p) => SPEAKER_LABEL.test(ctx.text.slice(p.span.start, Math.min(p.span.end, p.span.start + 80))));
}

/**
 * A transcript's line, its speaker named before a colon: "Pritchard: We are funding 300 new
 * planners." (what follows is the speaker's own words, as in a quotation); one to three capitalised
 * words, not a heading's label ("Update:", "Note:") nor the interviewer's "Q:".
 */
function speakerLabel(sentence: string): boolean {
  const m = SPEAKER_LABEL.exec(sentence);
  if (m === null) return false;
  const words = m[1]!.toLowerCase().split(/\s+/u);
  return !words.some((w) => NOT_SPEAKER_LABELS.has(w));
}
const SPEAKER_LABEL = /^\s*((\p{Lu}[\p{L}.’'-]*)(?:\s\p{Lu}[\p{L}.’'-]*){0,2}):\s+\p{Lu}/u;
const NOT_SPEAKER_LABELS: ReadonlySet<string> = new Set(
  ("q question note update updated correction clarification warning source sources background editor editor's breaking analysis opinion exclusive watch read listen related photo photos video figure table chart summary context why what how when where who key fact facts verdict claim rating result results score total disclaimer advertisement sponsored " +
    // A headline's kicker: "Live: Reserve Bank cuts OCR to 2.25 percent – reaction as it happened".
    "live explainer factbox fact-check factcheck timeline profile interview review preview recap comment feature investigation obituary podcast newsletter briefing " +
    // A market report's or a news digest's sections: "Bonds: … index 3406.31, off 19.29".
    "markets market bonds stocks shares equities commodities currencies currency dollar sterling euro yen gold oil crude metals grains futures treasuries yields index indices volume weather traffic sport sports business politics world health science tech technology entertainment travel money economy").split(" "),
);

/** Is the figure at `fig` a count of the source right after it ("two of the sources")? */
function countOfSource(text: string, fig: Span, source: Span): boolean {
  return source.start > fig.end && source.start - fig.end <= 5 && /^\s+of\s+$/u.test(text.slice(fig.end, source.start));
}

/** How many of the ascending `xs` are ≤ `v`. */
function countAtOrBefore(xs: readonly number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function within(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** What "Mark as common knowledge" records: the same for every figure. */
const COMMON_KNOWLEDGE = { kind: "suppress", ruleId: UNSOURCED_FIGURE, reason: "common knowledge" } as const;
/**
 * "Mark as common knowledge": one fix for every finding (results are never changed). It names no
 * span: the annotation goes on the finding's own, the figure (`annotationFromFix`).
 */
const COMMON_KNOWLEDGE_FIX: Fix = Object.freeze(annotationFix("Mark as common knowledge", COMMON_KNOWLEDGE));

/**
 * A finding's own fixes: "Mark as common knowledge" (shared, never changed). Those that attribute
 * the figure to a source are its `attribution`, made on demand (`fixesOf`, model/finding.ts).
 */
const FIXES: readonly Fix[] = [COMMON_KNOWLEDGE_FIX];

/**
 * The attribution last made (`attributionAt`). The next finding of the same clause, often a figure
 * right after the last, shares it (results are never changed), and with it the fixes made from it.
 */
let lastAttribution: Attribution | undefined;

/** The attribution of a figure whose clause ends at `at` to `sources`: the last one made when it is the same. */
function attributionAt(at: number, sources: readonly AttributionSource[]): Attribution {
  const last = lastAttribution;
  if (last !== undefined && last.at === at && last.sources === sources) return last;
  return (lastAttribution = { at, sources });
}

/** A source a figure can be attributed to, with the strings and data of its fix, made once per name. */
interface Speaker extends AttributionSource {
  readonly name: string;
  readonly data: { readonly source: string };
}

/** The sources a figure can be attributed to, nearest first. */
interface Speakers {
  readonly list: readonly Speaker[];
}

const NO_SPEAKERS: Speakers = { list: [] };

/** Where ", according to NAME" goes: the end of the clause holding the figure. */
function clauseEnd(ctx: AnalysisContext, fig: Figure, facts: (index: number) => SentenceFacts | undefined): number | undefined {
  const s = ctx.document.sentences[fig.sentence];
  if (!s) return undefined;
  // Right after the figure the lookbehind sees nothing, as on the slice from the figure's end.
  CLAUSE_END_AT.lastIndex = 0;
  if (CLAUSE_END_AT.test(ctx.text.slice(fig.span.end, s.span.end))) return fig.span.end;
  const f = facts(fig.sentence)!;
  const ends = (f.ends ??= clauseEnds(f.text));
  const i = countAtOrBefore(ends, fig.span.end - s.span.start);
  return i < ends.length ? s.span.start + ends[i]! : s.span.end;
}

const CLAUSE_END_AT = new RegExp(CLAUSE_END_RE.source, "y");

/**
 * Where CLAUSE_END_RE can match in a sentence (offsets in it, ascending), found once per
 * sentence: a sentence with many figures and no clause end would otherwise be scanned once per figure.
 */
function clauseEnds(sent: string): number[] {
  const at = new Set<number>();
  for (const m of sent.matchAll(CLAUSE_END_RE)) {
    at.add(m.index);
    // A three-character match (" — ") hides matches that start inside it.
    for (let k = m.index + 1; k < m.index + m[0].length; k++) {
      CLAUSE_END_AT.lastIndex = k;
      if (CLAUSE_END_AT.test(sent)) at.add(k);
    }
  }
  return [...at].sort((a, b) => a - b);
}

/** What the rule reads of a sentence, found when first needed: whether it cites a source, and where its clauses can end. */
interface SentenceFacts {
  readonly text: string;
  cited?: boolean;
  ends?: readonly number[];
}

/** The sentence facts of the last run in an editing session, by where their sentence starts, and that run's text length. */
let lastSentences: { readonly byStart: ReadonlyMap<number, SentenceFacts>; readonly length: number } = { byStart: new Map(), length: 0 };

/**
 * The facts of a document's sentences, each made once per run; while the editor re-analyses,
 * those of the previous run are reused for a sentence with the same text at the same place, or
 * moved by what the edit added or removed (a sentence after the edit). Facts hold no offsets
 * into the document: a sentence's text is all they depend on.
 */
function sentenceFacts(ctx: AnalysisContext): (index: number) => SentenceFacts | undefined {
  const previous = inMemoSession() ? lastSentences : undefined;
  const current = new Map<number, SentenceFacts>();
  if (previous) lastSentences = { byStart: current, length: ctx.text.length };
  const shift = previous ? ctx.text.length - previous.length : 0;
  const byIndex = new Map<number, SentenceFacts>();
  const reusable = (prev: SentenceFacts | undefined, start: number, length: number): prev is SentenceFacts =>
    prev !== undefined && prev.text.length === length && ctx.text.startsWith(prev.text, start);
  return (index) => {
    let f = byIndex.get(index);
    if (f) return f;
    const s = ctx.document.sentences[index];
    if (!s) return undefined;
    const length = s.span.end - s.span.start;
    let prev = previous?.byStart.get(s.span.start);
    if (!reusable(prev, s.span.start, length) && shift !== 0) prev = previous?.byStart.get(s.span.start - shift);
    // (Kept from run to run while the editor re-analyses: a copy of its own, memo.ts `detached`.)
    f = reusable(prev, s.span.start, length) ? prev : { text: previous ? detached(ctx.text.slice(s.span.start, s.span.end)) : ctx.text.slice(s.span.start, s.span.end) };
    byIndex.set(index, f);
    current.set(s.span.start, f);
    return f;
  };
}

/** The name a frame offers as a source for attribution fixes, if it offers one. */
function sourceName(ctx: AnalysisContext, f: AttributionFrame): string | undefined {
  if (!f.name || f.sourceKind === "document" || f.sourceKind === "other") return undefined;
  if (!(f.person || f.sourceKind === "organization" || f.sourceKind === "name")) return undefined;
  // "according to the Bavarian State Office", as the article itself names it.
  const the = !f.person && f.nameSpan && /^the\s$/iu.test(ctx.text.slice(f.nameSpan.start - 4, f.nameSpan.start)) ? "the " : "";
  return the + f.name;
}

/** The sources of an article: each frame's source name, and the sources a figure can be attributed to. */
interface SpeakerIndex {
  /** Per frame of the context (in its order), the name it offers, if any. */
  readonly names: readonly (string | undefined)[];
  /** The sources for a figure at `span`, nearest first. */
  readonly at: (span: Span) => Speakers;
  /** The same index for a context whose frames (their rows, frameRows) offer `names` and whose sources are the same (sameSources). */
  readonly moved: (frames: Rows, names: readonly (string | undefined)[]) => SpeakerIndex;
}

/**
 * Sources that speak elsewhere in the article, nearest before the figure first: per name its
 * smallest distance (before the figure: how far before; after it: how far after, plus the text's
 * length), the nearest MAX_ATTRIBUTE_FIXES names, ties in order of first appearance. Walks out
 * from the figure over the frames sorted by position, so long articles stay fast.
 */
function speakerIndex(ctx: AnalysisContext): SpeakerIndex {
  const firstSeen = new Map<string, number>();
  const speakers = new Map<string, Speaker>();
  const eligible: { start: number; name: string }[] = [];
  const names: (string | undefined)[] = [];
  for (const f of ctx.frames) {
    const name = sourceName(ctx, f);
    names.push(name);
    if (name === undefined) continue;
    if (!firstSeen.has(name)) {
      firstSeen.set(name, firstSeen.size);
      speakers.set(name, { name, title: `Attribute to ${name}`, newText: `, according to ${name}`, data: { source: name } });
    }
    eligible.push({ start: f.source.start, name });
  }
  eligible.sort((a, b) => a.start - b.start);
  return new Sources(names, eligible, firstSeen, speakers);
}

/**
 * The sources of one article (`speakerIndex`). A class, not closures: the editor makes a new one
 * whenever the sources change, and calls through a closure made per index would make V8 drop its
 * optimised code for the callers each time.
 */
class Sources implements SpeakerIndex {
  private readonly starts: number[];
  /** How many names speak among the first i frames: the backward walk stops once it has them all. */
  private readonly namesUpTo: number[];
  private readonly nameCount: number;
  private readonly byGap = new Map<number, Speakers>();

  constructor(
    readonly names: readonly (string | undefined)[],
    private readonly eligible: readonly { readonly start: number; readonly name: string }[],
    private readonly firstSeen: ReadonlyMap<string, number>,
    private readonly speakers: ReadonlyMap<string, Speaker>,
  ) {
    this.starts = eligible.map((e) => e.start);
    this.namesUpTo = [0];
    const seen = new Set<string>();
    for (const e of eligible) this.namesUpTo.push(seen.add(e.name).size);
    this.nameCount = seen.size;
  }

  at(span: Span): Speakers {
    return this.of(countAtOrBefore(this.starts, span.start));
  }

  moved(frames: Rows, names: readonly (string | undefined)[]): SpeakerIndex {
    return new MovedSources(this, frames, names);
  }

  /**
   * The walk visits frames in order of distance (all before the figure are nearer than all after
   * it), and compares distances only with each other: its result depends only on how many frames
   * start at or before the figure (`before`), and is found once for all figures between the same
   * two frames. It depends on the frames only through their names in order, which of them start
   * together, and the order names first appear in: while the editor re-analyses, the index is kept
   * as long as those are the same (sameSources).
   */
  of(before: number): Speakers {
    const known = this.byGap.get(before);
    if (known) return known;
    const eligible = this.eligible;
    const found = new Map<string, number>();
    // Distances from a place after every frame before the figure and at or before every frame
    // after it: the same order of distances as from the figure itself, the same for every figure
    // of the gap. Frames after it count `length` more, which makes them farther than any before it.
    const at = before < eligible.length ? eligible[before]!.start : (eligible[before - 1]?.start ?? 0);
    const length = Math.max(at, eligible[eligible.length - 1]?.start ?? 0) + 1;
    // Collects names in order of distance until MAX names are held and the distance grows past the
    // last one's (distances only grow along the walk: the last name taken is the farthest).
    let farthest = -1;
    const take = (i: number, d: number): boolean => {
      const name = eligible[i]!.name;
      if (found.size >= MAX_ATTRIBUTE_FIXES && d > farthest) return false;
      if (!found.has(name)) {
        found.set(name, d);
        farthest = d;
      }
      return true;
    };
    for (let i = before - 1; i >= 0 && found.size < this.namesUpTo[before]! && take(i, at - eligible[i]!.start); i--);
    for (let i = before; i < eligible.length && found.size < this.nameCount && take(i, eligible[i]!.start - at + length); i++);
    const firstSeen = this.firstSeen;
    const list = [...found.entries()]
      .sort((a, b) => a[1] - b[1] || firstSeen.get(a[0])! - firstSeen.get(b[0])!)
      .slice(0, MAX_ATTRIBUTE_FIXES)
      .map(([n]) => this.speakers.get(n)!);
    const result = { list };
    this.byGap.set(before, result);
    return result;
  }
}

/** The sources of an article whose frames (`frames`, their rows) moved but offer the same names in the same order (sameSources). */
class MovedSources implements SpeakerIndex {
  constructor(
    private readonly base: Sources,
    private readonly frames: Rows,
    readonly names: readonly (string | undefined)[],
  ) {}

  at(span: Span): Speakers {
    let before = 0;
    const ns = this.names;
    const rows = this.frames;
    for (let j = 0; j < rows.count; j++) if (ns[j] !== undefined && rows.num(j, SOURCE_START) <= span.start) before++;
    return this.base.of(before);
  }

  moved(frames: Rows, names: readonly (string | undefined)[]): SpeakerIndex {
    return new MovedSources(this.base, frames, names);
  }
}

/**
 * The names of the frames of `ctx` (speakerIndex), when its sources are those of `prev` as far as
 * attribution fixes go: the same names in order of the frames and of their starts, starting
 * together alike. Frames kept at the start and end (`fr`) offer what they offered; the others lie
 * in `change`'s window, and so do the sources that moved.
 */
function sameSources(prev: Rows<AttributionFrame>, index: SpeakerIndex, ctx: AnalysisContext, fr: Kept<AttributionFrame>, change: Change): readonly (string | undefined)[] | undefined {
  const n = ctx.frames.length;
  const m = prev.count;
  // The names of the frames between those kept; when as many frames as before offer the names the
  // previous run's offered at the same places (most keystrokes), the previous run's list of names.
  const own = new Array<string | undefined>(n - fr.tail - fr.head);
  let same = n === m;
  let j = fr.head;
  for (let i = fr.head; i < n - fr.tail; i++) {
    const name = (own[i - fr.head] = sourceName(ctx, ctx.frames[i]!));
    if (name !== index.names[i]) same = false;
    if (name === undefined) continue;
    while (j < m - fr.tail && index.names[j] === undefined) j++;
    if (j >= m - fr.tail || index.names[j] !== name) return undefined;
    j++;
  }
  while (j < m - fr.tail && index.names[j] === undefined) j++;
  if (j < m - fr.tail) return undefined;
  let names = index.names;
  if (!same) {
    const list = new Array<string | undefined>(n);
    for (let i = 0; i < fr.head; i++) list[i] = index.names[i];
    for (let i = fr.head; i < n - fr.tail; i++) list[i] = own[i - fr.head];
    for (let k = 0; k < fr.tail; k++) list[n - 1 - k] = index.names[m - 1 - k];
    names = list;
  }
  // In order of their starts: those outside the window are the same, moved alike.
  const inWindow = (rows: Rows, ns: readonly (string | undefined)[], hi: number): { start: number; name: string }[] => {
    const out: { start: number; name: string }[] = [];
    for (let i = 0; i < rows.count; i++) {
      const name = ns[i];
      const start = rows.num(i, SOURCE_START);
      if (name !== undefined && start >= change.lo && start < hi) out.push({ start, name });
    }
    return out.sort((a, b) => a.start - b.start);
  };
  const a = inWindow(fr.rows, names, change.hi);
  const b = inWindow(prev, index.names, change.hi - change.shift);
  if (a.length !== b.length) return undefined;
  for (let i = 0; i < a.length; i++) {
    if (a[i]!.name !== b[i]!.name) return undefined;
    if (i > 0 && (a[i]!.start === a[i - 1]!.start) !== (b[i]!.start === b[i - 1]!.start)) return undefined;
  }
  return names;
}
