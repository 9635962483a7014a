import { annotationFix } from "../annotations/fix";
import type { Fix } from "../model/finding";
import type { Figure } from "../model/figure";
import type { AttributionFrame } from "../model/attribution";
import type { Span } from "../model/span";
import type { AnalysisContext } from "../context";
import { sameItems, type Rule, type FindingDraft } from "./rule";
import { inMemoSession } from "../memo";

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
    const out: FindingDraft[] = [];
    if (ctx.figures.length === 0) return out;
    const facts = sentenceFacts(ctx);
    const sourced = sourcedTests(ctx, facts);
    // Made when a first figure needs a source: often none does.
    let speakers: ((at: Span) => Speakers) | undefined;
    // While the editor re-analyses, the findings of the previous run are reused for figures that
    // neither moved nor changed (those before the edit), found by where they start.
    const previous = inMemoSession() ? lastRun : undefined;
    const current = previous ? new Map<number, Made>() : undefined;
    for (const fig of ctx.figures) {
      if (sourced(fig)) continue;
      const at = clauseEnd(ctx, fig, facts);
      const who = at === undefined ? NO_SPEAKERS : (speakers ??= speakerFinder(ctx))(fig.span);
      const prev = previous?.get(fig.span.start);
      // Everything a finding holds comes from these.
      const draft =
        prev && prev.end === fig.span.end && prev.kind === fig.kind && prev.text === fig.text && prev.at === at && prev.who === who.key
          ? prev.draft
          : finding(fig, at, who.list);
      current?.set(fig.span.start, { end: fig.span.end, kind: fig.kind, text: fig.text, at, who: who.key, draft });
      out.push(draft);
    }
    if (current) lastRun = current;
    return out;
  },
};

/** A finding, and what it was made from (besides where its figure starts). */
interface Made {
  readonly end: number;
  readonly kind: Figure["kind"];
  readonly text: string;
  readonly at: number | undefined;
  readonly who: string;
  readonly draft: FindingDraft;
}

/** The findings of the last run in an editing session, by where their figure starts. */
let lastRun: ReadonlyMap<number, Made> = new Map();

function finding(fig: Figure, at: number | undefined, speakers: readonly Speaker[]): FindingDraft {
  return {
    code: fig.kind,
    message: `Unsourced figure "${fig.text}": nothing in its sentence says where it comes from. Attribute it ("according to …", "… said"), quote the source, or cite it.`,
    span: fig.span,
    fixes: fixesFor(fig, at, speakers),
    explanation:
      "A figure is sourced when it stands in a direct quotation, when its sentence has a reporting frame with a named or identifiable source (said, according to, data from … showed), or when it carries a citation such as [1], a link or \"(source: …)\".",
  };
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
  return (fig) => {
    const n = countAtOrBefore(starts, fig.span.start);
    if (n > 0 && reach[n - 1]! >= fig.span.end) return true;
    // A frame governs what it reports (its content) and its own source phrase ("a poll of 1,000 voters found").
    if ((framesOf.get(fig.sentence) ?? []).some((f) => within(f.content, fig.span) || within(f.source, fig.span))) return true;
    const f = facts(fig.sentence);
    return !!f && (f.cited ??= CITATION_RE.test(f.text));
  };
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

function fixesFor(fig: Figure, at: number | undefined, speakers: readonly Speaker[]): Fix[] {
  const fixes: Fix[] = [];
  if (at !== undefined) {
    // Results are immutable: the fixes of one finding share the place they insert at.
    const span = { start: at, end: at };
    for (const { title, newText, data } of speakers) fixes.push({ title, kind: "edit", edits: [{ span, newText }], data });
  }
  fixes.push(annotationFix("Mark as common knowledge", COMMON_KNOWLEDGE, fig.span));
  return fixes;
}

/** A source a figure can be attributed to, with the strings and data of its fix, made once per name. */
interface Speaker {
  readonly name: string;
  readonly title: string;
  readonly newText: string;
  readonly data: { readonly source: string };
}

/** The sources a figure can be attributed to, nearest first, and a key that tells such lists apart. */
interface Speakers {
  readonly list: readonly Speaker[];
  readonly key: string;
}

const NO_SPEAKERS: Speakers = { list: [], key: "" };

/** What the speakers of the last run in an editing session were found from, and what was found. */
let lastSpeakers: { readonly order: readonly string[]; readonly together: readonly boolean[]; readonly first: readonly string[]; readonly byGap: Map<number, Speakers> } | undefined;

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
    f = reusable(prev, s.span.start, length) ? prev : { text: ctx.text.slice(s.span.start, s.span.end) };
    byIndex.set(index, f);
    current.set(s.span.start, f);
    return f;
  };
}

/**
 * Sources that speak elsewhere in the article, nearest before the figure first: per name its
 * smallest distance (before the figure: how far before; after it: how far after, plus the text's
 * length), the nearest MAX_ATTRIBUTE_FIXES names, ties in order of first appearance. Walks out
 * from the figure over the frames sorted by position, so long articles stay fast.
 */
function speakerFinder(ctx: AnalysisContext): (at: Span) => Speakers {
  const firstSeen = new Map<string, number>();
  const speakers = new Map<string, Speaker>();
  const eligible: { start: number; name: string }[] = [];
  for (const f of ctx.frames) {
    if (!f.name || f.sourceKind === "document" || f.sourceKind === "other") continue;
    if (!(f.person || f.sourceKind === "organization" || f.sourceKind === "name")) continue;
    // "according to the Bavarian State Office", as the article itself names it.
    const the = !f.person && f.nameSpan && /^the\s$/iu.test(ctx.text.slice(f.nameSpan.start - 4, f.nameSpan.start)) ? "the " : "";
    const name = the + f.name;
    if (!firstSeen.has(name)) {
      firstSeen.set(name, firstSeen.size);
      speakers.set(name, { name, title: `Attribute to ${name}`, newText: `, according to ${name}`, data: { source: name } });
    }
    eligible.push({ start: f.source.start, name });
  }
  eligible.sort((a, b) => a.start - b.start);
  const starts = eligible.map((e) => e.start);
  // How many names speak among the first i frames: the backward walk stops once it has them all.
  const namesUpTo = [0];
  const seen = new Set<string>();
  for (const e of eligible) namesUpTo.push(seen.add(e.name).size);
  const length = ctx.text.length;
  // The walk visits frames in order of distance (all before the figure are nearer than all after
  // it), and compares distances only with each other: its result depends only on how many frames
  // start at or before the figure, and is found once for all figures between the same two frames.
  // It depends on the frames only through their names in order, which of them start together, and
  // the order names first appear in: while the editor re-analyses, the previous run's results are
  // kept as long as those are the same (an edit that touches no source's name).
  let byGap = new Map<number, Speakers>();
  if (inMemoSession()) {
    const order = eligible.map((e) => e.name);
    const together = eligible.map((e, i) => i > 0 && e.start === eligible[i - 1]!.start);
    const first = [...firstSeen.keys()];
    const last = lastSpeakers;
    if (last && sameItems(last.order, order) && sameItems(last.together, together) && sameItems(last.first, first)) byGap = last.byGap;
    lastSpeakers = { order, together, first, byGap };
  }
  return (at) => {
    const before = countAtOrBefore(starts, at.start);
    const known = byGap.get(before);
    if (known) return known;
    const found = new Map<string, number>();
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
    for (let i = before - 1; i >= 0 && found.size < namesUpTo[before]! && take(i, at.start - eligible[i]!.start); i--);
    for (let i = before; i < eligible.length && found.size < seen.size && take(i, eligible[i]!.start - at.start + length); i++);
    const names = [...found.entries()]
      .sort((a, b) => a[1] - b[1] || firstSeen.get(a[0])! - firstSeen.get(b[0])!)
      .slice(0, MAX_ATTRIBUTE_FIXES)
      .map(([n]) => n);
    // Each name after its length: lists of different names never share a key.
    const result = { list: names.map((n) => speakers.get(n)!), key: names.map((n) => `${n.length}:${n}`).join("") };
    byGap.set(before, result);
    return result;
  };
}
