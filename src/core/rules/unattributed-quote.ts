import { annotationFix } from "../annotations/fix";
import type { Rule, FindingDraft } from "./rule";
import type { AnalysisContext } from "../context";
import type { Quote } from "../model/quote";
import { inMemoSession } from "../memo";
import { Change, matchItems, movedSpan, type ItemReading } from "./reuse";

export const UNATTRIBUTED_QUOTE = "unattributed-quote";
const MIN_WORDS = 3;
/** A title, not speech: "a report titled “Cocoa in Crisis”", "the film called “The Long Road Home”". */
const TITLE_BEFORE_RE = /\b(?:titled|entitled|headlined|named|dubbed|called|so-called)\s*$/iu;
const ALWAYS_TITLE_RE = /\b(?:titled|entitled|headlined)\s*$/iu;

function isTitle(before: string, quoted: string): boolean {
  if (ALWAYS_TITLE_RE.test(before)) return true;
  if (!TITLE_BEFORE_RE.test(before)) return false;
  const words = quoted.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length > 0 && caps / words.length >= 0.6;
}

/** A direct quotation of three words or more whose speaker the text never names (GUIDE.md "Quotes"). */
export const unattributedQuoteRule: Rule = {
  id: UNATTRIBUTED_QUOTE,
  description: "A direct quotation of three words or more with no identifiable speaker.",
  defaultSeverity: "warning",
  run(ctx) {
    const quotes = ctx.quotes;
    const n = quotes.length;
    // While the editor re-analyses, the previous run's finding (or none) for each quotation the
    // edit left alone, with the same speaker and the same words before it (rules/reuse.ts).
    const prev = inMemoSession() ? lastRun : undefined;
    const m = prev ? prev.ctx.quotes.length : 0;
    const { head, tail } = prev ? matchItems(prev.ctx.quotes, quotes, new Change(prev.ctx.text, ctx.text), QUOTE_READING) : { head: 0, tail: 0 };
    const made = new Array<FindingDraft | undefined>(n);
    const out: FindingDraft[] = [];
    for (let i = 0; i < n; i++) {
      const q = quotes[i]!;
      const d = i < head ? prev!.made[i] : i >= n - tail ? prev!.made[i - n + m] && finding(q) : unattributed(ctx, q) ? finding(q) : undefined;
      made[i] = d;
      if (d) out.push(d);
    }
    if (inMemoSession()) lastRun = { ctx, made };
    return out;
  },
};

/** The last run in an editing session: its context and its finding for each quotation, if any. */
let lastRun: { readonly ctx: AnalysisContext; readonly made: readonly (FindingDraft | undefined)[] } | undefined;

/** How far before a quotation the rule looks for a title's cue. */
const TITLE_CUE = 30;

function unattributed(ctx: AnalysisContext, q: Quote): boolean {
  return candidate(q) && !isTitle(ctx.text.slice(Math.max(0, q.span.start - TITLE_CUE), q.span.start), q.text);
}

function finding(q: Quote): FindingDraft {
  const short = q.text.length > 60 ? `${q.text.slice(0, 57).trimEnd()}…` : q.text;
  return {
    message: `Unattributed quotation "${short}": the text never says who said it. Name the speaker, or mark it as a deliberate anonymous or collective quote.`,
    span: q.inner,
    fixes: [annotationFix("Mark as deliberately unattributed", { kind: "suppress", ruleId: UNATTRIBUTED_QUOTE, reason: "deliberately unattributed" }, q.inner)],
    explanation:
      "A quotation needs a speaker in its own sentence, the next sentence (\"That was the view of …\"), a pronoun pointing back to a named person, or an earlier quotation it continues. Passive frames (\"has been described as\") and crowds name nobody.",
  };
}

/** What the rule reads of a quotation: the quotation and TITLE_CUE characters before it. */
const QUOTE_READING: ItemReading<Quote> = {
  start: (q) => Math.max(0, q.span.start - TITLE_CUE),
  end: (q) => q.span.end,
  oldStart: (q) => Math.max(0, q.span.start - TITLE_CUE),
  oldEnd: (q) => q.span.end,
  keptBefore: (q, old, same) => (q.span.end <= same && sameQuote(q, old, 0) ? q.span.end : -1),
  keptAfter: (q, old, shift, sameEnd) => (q.span.start - TITLE_CUE >= sameEnd && sameQuote(q, old, shift) ? q.span.start - TITLE_CUE : -1),
};

/** Whether the rule may flag a quotation at all: an outer one of MIN_WORDS or more, with no speaker. */
function candidate(q: Quote): boolean {
  return q.depth === 0 && q.wordCount >= MIN_WORDS && q.speakerText === undefined && q.speakerId === undefined;
}

/** Whether the rule reads `q` as it read `old`: its words matter only when it may be flagged. */
function sameQuote(q: Quote, old: Quote, shift: number): boolean {
  const c = candidate(q);
  return c === candidate(old) && movedSpan(q.span, old.span, shift) && movedSpan(q.inner, old.inner, shift) && (!c || q.text === old.text);
}
