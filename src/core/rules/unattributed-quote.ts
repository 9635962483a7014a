import { annotationFix } from "../annotations/fix";
import type { Rule } from "./rule";
import type { Finding, RelatedInfo, Severity } from "../model/finding";
import type { AnalysisContext } from "../context";
import type { Span } from "../model/span";
import type { Quote } from "../model/quote";
import { inMemoSession } from "../memo";
import { Change, movedSpan } from "./reuse";

export const UNATTRIBUTED_QUOTE = "unattributed-quote";
const MIN_WORDS = 3;
/**
 * A title, not speech: "a report titled “Cocoa in Crisis”", "the film called “The Long Road Home”",
 * "a revival of “The Cherry Orchard”", "in the film “A Winter Crossing”", "Her latest novel, “The Salt
 * Road Home,”", "made her acting debut in “Salt Water Sky,”", "directed “Oppenheimer”" (in capitals, see `isTitle`).
 */
const TITLE_BEFORE_RE =
  /\b(?:titled|entitled|headlined|named|dubbed|called|so-called|(?:revival|production|staging|adaptation|premiere|performance|recording)\s+of|(?:debut|starred|starring|stars|appeared|appearing|appears|role|cameo|cast)\s+in|(?:directed|released|published|recorded|penned|co-wrote|wrote|produced)|(?:film|movie|play|novel|book|album|single|song|series|sitcom|show|musical|opera|ballet|documentary|memoir|poem|exhibition|painting|podcast|column|essay|report|study|campaign|programme|program|initiative|project|scheme|slogan|motto|hashtag|anthem|track|episode|installment|instalment|chapter|collection|work|piece|sculpture|mural|production|tour|festival|game))\s*(?:,\s*)?$/iu;
const ALWAYS_TITLE_RE = /\b(?:titled|entitled|headlined)\s*$/iu;

function isTitle(before: string, quoted: string): boolean {
  if (ALWAYS_TITLE_RE.test(before)) return true;
  if (!TITLE_BEFORE_RE.test(before)) return false;
  const words = quoted.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length > 0 && caps / words.length >= 0.6;
}

/**
 * A name in quotation marks, not speech: between a determiner and a noun, in capitals ("the “GM
 * Total Confidence” program", "The “Back to the Mac” event", "its “Buy American” provisions").
 * Every word of four letters or more is capitalised, the first too, and nothing ends a clause.
 */
function isNameInMarks(before: string, quoted: string, after: string): boolean {
  if (!DETERMINER_BEFORE_RE.test(before)) return false;
  const noun = NOUN_AFTER_RE.exec(after)?.[1];
  if (noun === undefined || NOT_NOUNS.has(noun)) return false;
  if (/[.!?,;:…]\s*$/u.test(quoted)) return false;
  const words = quoted.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length === 0 || words.length > 8 || !/^\p{Lu}/u.test(words[0]!)) return false;
  return words.every((w) => w.length < 4 || /^\p{Lu}/u.test(w));
}
const DETERMINER_BEFORE_RE = /\b(?:the|a|an|its|their|his|her|our|this|that|these|those|new)\s*$/iu;
const NOUN_AFTER_RE = /^[ \u00a0]+(\p{Ll}\p{L}+)(?:[\s,.;:)]|$)/u;
/** Words after a quotation that are no noun it names: "chanted the “…” again", "the “…” and". */
const NOT_NOUNS: ReadonlySet<string> = new Set(
  "again also and or but nor to in on at for of with from by as than that which who whom whose is was were are be been has have had will would can could may might must shall should said says say told asks asked added once twice then there here now today yesterday instead too".split(" "),
);
/** How much of the text after a quotation the rule reads (the noun a name in marks stands before). */
const NOUN_CUE = 24;

/** A direct quotation of three words or more whose speaker the text never names (GUIDE.md "Quotes"). */
export const unattributedQuoteRule: Rule = {
  id: UNATTRIBUTED_QUOTE,
  description: "A direct quotation of three words or more with no identifiable speaker.",
  defaultSeverity: "warning",
  run(ctx) {
    // While the editor re-analyses, the previous run's finding (or none) for each quotation it may
    // flag that the edit left alone, with the same words and the same text before it, found by
    // where it starts (before the edit) or started (after it).
    const session = inMemoSession();
    const severity = severityOf(ctx);
    const prev = session && lastRun?.severity === severity ? lastRun : undefined;
    const change = prev ? new Change(prev.text, ctx.text) : undefined;
    const current = new Map<number, Candidate>();
    const out: Finding[] = [];
    // (A headline's quotation is judged afresh: whether it is a headline's depends on the paragraphs around it.)
    const first = ctx.document.paragraphs.findIndex((p) => p.span.end > p.span.start);
    for (const q of ctx.quotes) {
      if (!candidate(q)) continue;
      let draft: Finding | null | undefined;
      let old: Candidate | undefined;
      const mayHead = q.paragraph === first || ctx.document.paragraphs[q.paragraph]?.kind === "heading";
      if (change && !mayHead) {
        // (The rule reads up to NOUN_CUE characters after the quotation too: before the edit means all of it.)
        const before = q.span.end + NOUN_CUE <= change.same;
        const shift = before ? 0 : change.shift;
        old = before ? prev!.byStart.get(q.span.start) : q.span.start - TITLE_CUE >= change.sameEnd ? prev!.byStart.get(q.span.start - shift) : undefined;
        if (old && !old.headline && old.text === q.text && movedSpan(q.span, old.span, shift) && movedSpan(q.inner, old.inner, shift)) draft = old.draft && (before || shift === 0 ? old.draft : finding(q, severity, old.draft.message));
      }
      let headline = false;
      if (draft === undefined) {
        const lead = ctx.text.slice(Math.max(0, q.span.start - TITLE_CUE), q.span.start);
        headline = mayHead && inHeadline(ctx, q, first);
        draft = headline || isTitle(lead, q.text) || isNameInMarks(lead, q.text, ctx.text.slice(q.span.end, q.span.end + NOUN_CUE)) ? null : finding(q, severity);
      }
      // (The previous run's record when it is this one: the same quotation and finding.)
      if (session) current.set(q.span.start, old && !headline && old.span === q.span && old.inner === q.inner && old.draft === draft && old.text === q.text ? old : { text: q.text, span: q.span, inner: q.inner, draft, headline });
      if (draft) out.push(draft);
    }
    if (session) lastRun = { text: ctx.text, severity, byStart: current };
    return out;
  },
};

/**
 * A headline's quotation ("‘We can’t keep building in the same place’: Mallee Ridge mayor on life
 * after the flood"): a heading, or the text's first paragraph when no sentence's full stop ends it.
 * A headline quotes words the story attributes.
 */
function inHeadline(ctx: AnalysisContext, q: Quote, first: number): boolean {
  const para = ctx.document.paragraphs[q.paragraph];
  if (!para) return false;
  if (para.kind === "heading") return true;
  return q.paragraph === first && !/[.!?]["”’']?\s*$/u.test(ctx.text.slice(para.span.start, para.span.end));
}

/** A quotation the rule may flag, as the rule read it, and its finding (null: none, a title). */
interface Candidate {
  readonly text: string;
  readonly span: Span;
  readonly inner: Span;
  readonly draft: Finding | null;
  /** No finding because the quotation is a headline's. */
  readonly headline?: boolean;
}

/** The last run in an editing session: its text, the severity of its findings and the quotations it may have flagged, by where they start. */
let lastRun: { readonly text: string; readonly severity: Severity; readonly byStart: ReadonlyMap<number, Candidate> } | undefined;

/** How far before a quotation the rule looks for a title's cue. */
const TITLE_CUE = 30;

/** The severity runRules gives the rule's findings (analyze.ts): the rule makes them whole (rule.ts). */
function severityOf(ctx: AnalysisContext): Severity {
  const level = ctx.options.rules?.[UNATTRIBUTED_QUOTE];
  return level === undefined || level === "off" ? unattributedQuoteRule.defaultSeverity : level;
}

/** What "Mark as deliberately unattributed" records: the same for every quotation. */
const DELIBERATE = { kind: "suppress", ruleId: UNATTRIBUTED_QUOTE, reason: "deliberately unattributed" } as const;

const NO_RELATED: readonly RelatedInfo[] = Object.freeze([]);

/** The finding for `q`, whole (rule.ts); its message, when a finding of the same words gave it before (they are all it says). */
function finding(q: Quote, severity: Severity, message?: string): Finding {
  return {
    ruleId: UNATTRIBUTED_QUOTE,
    code: UNATTRIBUTED_QUOTE,
    severity,
    message: message ?? messageFor(q),
    span: q.inner,
    fixes: [annotationFix("Mark as deliberately unattributed", DELIBERATE, q.inner)],
    related: NO_RELATED,
    explanation:
      "A quotation needs a speaker in its own sentence, the next sentence (\"That was the view of …\"), a pronoun pointing back to a named person, or an earlier quotation it continues. Passive frames (\"has been described as\") and crowds name nobody.",
  };
}

function messageFor(q: Quote): string {
  const short = q.text.length > 60 ? `${q.text.slice(0, 57).trimEnd()}…` : q.text;
  return `Unattributed quotation "${short}": the text never says who said it. Name the speaker, or mark it as a deliberate anonymous or collective quote.`;
}

/** Whether the rule may flag a quotation at all: an outer one of MIN_WORDS or more, with no speaker. */
function candidate(q: Quote): boolean {
  return q.depth === 0 && q.wordCount >= MIN_WORDS && q.speakerText === undefined && q.speakerId === undefined;
}
