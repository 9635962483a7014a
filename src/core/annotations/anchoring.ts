import search from "approx-string-match";
import type { Span } from "../model/span";
import { CONTEXT_LENGTH, type Annotation, type Target } from "./schema";

/**
 * Anchoring: from a span to a target (describe), and from a target back to a span in a text that
 * may have changed since (anchor). Pure functions, the same in the editor, the CLI and the tests.
 *
 * The order is the one Hypothesis follows: the old position when the quote is still there with its
 * context, else the exact quote whose context and place fit best, else an approximate match of the
 * quote (Myers' bit-parallel algorithm, via approx-string-match, cost O(n·k/32)) scored the same
 * way. Line endings are compared as \n, so a file that went from CRLF to LF (or back) keeps its
 * annotations. No acceptable match → an orphan: kept, never dropped, shown with its old text.
 */

export type AnchorMethod = "position" | "quote" | "fuzzy";

export type AnchorResult =
  | { readonly status: "anchored"; readonly span: Span; readonly method: AnchorMethod; readonly errors: number }
  | { readonly status: "orphan"; readonly reason: string };

/** Builds the target (quote with context + position) for a span of `text`. */
export function describeSpan(text: string, s: Span): Target {
  const start = Math.max(0, Math.min(s.start, text.length));
  const end = Math.max(start, Math.min(s.end, text.length));
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { start, end },
  };
}

/** Weights of the evidence for a candidate, as in Hypothesis' match-quote. */
const W_QUOTE = 50;
const W_PREFIX = 20;
const W_SUFFIX = 20;
const W_POSITION = 2;

/** A fuzzy match must keep at least this share of the quote's characters. */
const MIN_QUOTE_SIMILARITY = 0.75;
/** Short quotes ("5%") only match away from their old place when their context agrees this much. */
const SHORT_QUOTE = 12;
const MIN_CONTEXT_FOR_SHORT = 0.6;
/** An exact quote whose context agrees this much is taken without looking for edited copies. */
const GOOD_CONTEXT = 0.5;

/** Anchors a target in `text`. Never throws. */
export function anchor(text: string, target: Target): AnchorResult {
  const { exact, prefix, suffix } = target.quote;
  const { start, end } = target.position;
  if (exact.length === 0) return { status: "orphan", reason: "the target quotes no text" };

  // 1. The old position still holds the quote and its context.
  if (text.slice(start, end) === exact && contextAt(text, start, end, prefix, suffix) === 1) {
    return { status: "anchored", span: { start, end }, method: "position", errors: 0 };
  }

  // Everything else is compared with line breaks as \n, then mapped back.
  const norm = normalizeNewlines(text);
  const q = normalizeNewlines(exact).text;
  const pre = normalizeNewlines(prefix).text;
  const suf = normalizeNewlines(suffix).text;
  const hint = norm.toNormalized(Math.min(start, text.length));
  const n = norm.text;

  // 2. The exact quote, wherever it is; context first, then nearness to the old place.
  let best: { start: number; end: number; score: number; errors: number; context: number } | undefined;
  for (let i = n.indexOf(q); i !== -1; i = n.indexOf(q, i + 1)) {
    const c = scoreCandidate(n, i, i + q.length, 1, pre, suf, hint);
    // A short quote ("5%") elsewhere in another context is some other figure, not this one.
    if (q.length < SHORT_QUOTE && c.context < MIN_CONTEXT_FOR_SHORT) continue;
    if (!best || c.score > best.score) best = { start: i, end: i + q.length, score: c.score, errors: 0, context: c.context };
  }

  // 3. An approximate match of the quote, tolerant of small edits inside it. Also tried when the
  // exact quote was found only in another context (the annotated text was edited, and the same
  // words happen to stand elsewhere): then the better-scored of the two wins.
  if (!best || best.context < GOOD_CONTEXT) {
    const maxErrors = Math.min(256, Math.floor(q.length * (1 - MIN_QUOTE_SIMILARITY)));
    if (maxErrors >= 1) {
      // search() returns only the lowest-cost matches, so exact copies are masked out (they were
      // scored above), and the neighbourhood of the old place is searched on its own too: an edit
      // in place must not lose to a closer copy far away.
      const masked = best ? maskAll(n, q) : n;
      const radius = q.length + 2 * maxErrors + 2 * CONTEXT_LENGTH;
      const from = Math.max(0, hint - radius);
      const local = search(masked.slice(from, hint + q.length + radius), q, maxErrors).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
      for (const m of [...search(masked, q, maxErrors), ...local]) {
        if (m.errors === 0) continue;
        const quoteSim = 1 - m.errors / q.length;
        if (quoteSim < MIN_QUOTE_SIMILARITY) continue;
        const c = scoreCandidate(n, m.start, m.end, quoteSim, pre, suf, hint);
        if (q.length < SHORT_QUOTE && c.context < MIN_CONTEXT_FOR_SHORT) continue;
        if (!best || c.score > best.score) best = { start: m.start, end: m.end, score: c.score, errors: m.errors, context: c.context };
      }
    }
  }
  if (best) {
    const s = { start: norm.toOriginal(best.start), end: norm.toOriginal(best.end) };
    const method: AnchorMethod = best.errors > 0 ? "fuzzy" : s.start === start && s.end === end ? "position" : "quote";
    return { status: "anchored", span: s, method, errors: best.errors };
  }
  return { status: "orphan", reason: `"${abbreviate(exact)}" is no longer in the text` };
}

/** `n` with every occurrence of `q` replaced by as many NULs (offsets unchanged). */
function maskAll(n: string, q: string): string {
  let out = "";
  let last = 0;
  for (let i = n.indexOf(q); i !== -1; i = n.indexOf(q, i + q.length)) {
    out += n.slice(last, i) + "\0".repeat(q.length);
    last = i + q.length;
  }
  return out + n.slice(last);
}

/** The candidate's score, and how well its context alone agrees (0–1). */
function scoreCandidate(n: string, s: number, e: number, quoteSim: number, pre: string, suf: string, hint: number): { score: number; context: number } {
  const preSim = pre.length ? similarity(pre, n.slice(Math.max(0, s - pre.length), s), "end") : 1;
  const sufSim = suf.length ? similarity(suf, n.slice(e, e + suf.length), "start") : 1;
  const posSim = 1 - Math.min(1, Math.abs(s - hint) / Math.max(1, n.length));
  return { score: W_QUOTE * quoteSim + W_PREFIX * preSim + W_SUFFIX * sufSim + W_POSITION * posSim, context: (preSim + sufSim) / 2 };
}

/** 1 when both context strings match exactly at [start, end), else less. */
function contextAt(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  return before === prefix && after === suffix ? 1 : 0;
}

/**
 * Similarity of two short context strings in [0, 1]: 1 − edit distance / length. `anchorAt` says
 * which end lies next to the quote; the far end counts for less, as it is likelier to change.
 */
export function similarity(expected: string, actual: string, anchorAt: "start" | "end"): number {
  if (expected.length === 0) return 1;
  const a = anchorAt === "end" ? [...expected].reverse().join("") : expected;
  const b = anchorAt === "end" ? [...actual].reverse().join("") : actual;
  return Math.max(0, 1 - prefixEditDistance(a, b) / a.length);
}

/** Edit distance between `a` and the best prefix of `b` (context strings: at most 64 characters). */
function prefixEditDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = new Array<number>(n + 1);
  let cur = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  // a fully consumed against any prefix of b (b may run past where a's context ends).
  let best = Infinity;
  for (let j = 0; j <= n; j++) best = Math.min(best, prev[j]!);
  return best;
}

interface Normalized {
  readonly text: string;
  toNormalized(offset: number): number;
  toOriginal(offset: number): number;
}

/** The text with \r\n and lone \r as \n, and offset maps both ways. */
export function normalizeNewlines(text: string): Normalized {
  if (!text.includes("\r")) return { text, toNormalized: (o) => o, toOriginal: (o) => o };
  // removed[i] = original offset of the i-th dropped \r (of a \r\n pair), in order.
  const removed: number[] = [];
  let out = "";
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 13) continue;
    if (text.charCodeAt(i + 1) === 10) {
      out += text.slice(last, i);
      removed.push(i);
      last = i + 1;
    } else {
      out += text.slice(last, i) + "\n";
      last = i + 1;
    }
  }
  out += text.slice(last);
  return {
    text: out,
    toNormalized(o) {
      let k = 0;
      while (k < removed.length && removed[k]! < o) k++;
      return o - k;
    },
    toOriginal(o) {
      let k = 0;
      // each removed \r before original position shifts by one.
      while (k < removed.length && removed[k]! - k < o) k++;
      return o + k;
    },
  };
}

function abbreviate(s: string): string {
  const one = s.replace(/\s+/g, " ");
  return one.length > 60 ? one.slice(0, 57) + "…" : one;
}

/** An annotation placed in the current text. */
export interface AnchoredAnnotation {
  readonly annotation: Annotation;
  /** Where it is now; for a document-date without target, the empty span at 0. */
  readonly span: Span;
  readonly method: AnchorMethod | "document";
  readonly errors: number;
}

/** An annotation whose text is gone: kept, flagged, shown with its old text. */
export interface OrphanAnnotation {
  readonly annotation: Annotation;
  readonly reason: string;
  /** The text it was attached to. */
  readonly oldText: string;
}

export interface AnchoringResult {
  readonly anchored: readonly AnchoredAnnotation[];
  readonly orphans: readonly OrphanAnnotation[];
}

/** Anchors every annotation in `text`, in the file's order. */
export function anchorAll(text: string, annotations: readonly Annotation[]): AnchoringResult {
  const anchored: AnchoredAnnotation[] = [];
  const orphans: OrphanAnnotation[] = [];
  for (const a of annotations) {
    if (!a.target) {
      anchored.push({ annotation: a, span: { start: 0, end: 0 }, method: "document", errors: 0 });
      continue;
    }
    const r = anchor(text, a.target);
    if (r.status === "anchored") anchored.push({ annotation: a, span: r.span, method: r.method, errors: r.errors });
    else orphans.push({ annotation: a, reason: r.reason, oldText: a.target.quote.exact });
  }
  return { anchored, orphans };
}

/**
 * The annotations with their targets redescribed where they anchored somewhere new (so the file
 * follows the text); orphans and unchanged targets are returned as they were. `changed` tells
 * whether anything differs (whether saving is worth it). `modified` times are not touched: moving
 * with the text is not an edit by the user.
 */
export function refreshTargets(text: string, annotations: readonly Annotation[]): { annotations: Annotation[]; changed: boolean; result: AnchoringResult } {
  const result = anchorAll(text, annotations);
  const spans = new Map(result.anchored.map((x) => [x.annotation.id, x] as const));
  let changed = false;
  const out = annotations.map((a): Annotation => {
    const at = spans.get(a.id);
    if (!a.target || !at) return a;
    const t = describeSpan(text, at.span);
    if (sameTarget(t, a.target)) return a;
    changed = true;
    return { ...a, target: t } as Annotation;
  });
  return { annotations: out, changed, result };
}

function sameTarget(a: Target, b: Target): boolean {
  return (
    a.position.start === b.position.start &&
    a.position.end === b.position.end &&
    a.quote.exact === b.quote.exact &&
    a.quote.prefix === b.quote.prefix &&
    a.quote.suffix === b.quote.suffix
  );
}

/** One change of a text, as editors report it: replace [start, end) of the old text by `text`. */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Moves a span through edits made to the text (applied in order, each in the coordinates left by
 * the one before, as VS Code's content changes are when sorted from last to first — pass them in
 * the order they were applied). Edits before the span shift it; edits inside change its length;
 * an edit covering it entirely collapses it (the next anchor() call then decides).
 */
export function shiftSpan(s: Span, changes: readonly TextChange[]): Span {
  let { start, end } = s;
  for (const c of changes) {
    const delta = c.text.length - (c.end - c.start);
    if (c.end <= start) {
      // Entirely before (an insertion exactly at the start stays outside the span).
      start += delta;
      end += delta;
    } else if (c.start >= end) {
      // Entirely after: nothing moves.
    } else {
      // Overlapping: the replacement text joins the span where it replaced part of it.
      const newEnd = c.end >= end ? c.start + c.text.length : end + delta;
      start = Math.min(start, c.start);
      end = Math.max(start, newEnd);
    }
  }
  return { start, end };
}
