import { annotationFix } from "../annotations/fix";
import type { Rule, FindingDraft } from "./rule";

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
    const out: FindingDraft[] = [];
    for (const q of ctx.quotes) {
      if (q.depth > 0 || q.wordCount < MIN_WORDS) continue;
      if (q.speakerText !== undefined || q.speakerId !== undefined) continue;
      if (isTitle(ctx.text.slice(Math.max(0, q.span.start - 30), q.span.start), q.text)) continue;
      const short = q.text.length > 60 ? `${q.text.slice(0, 57).trimEnd()}…` : q.text;
      out.push({
        message: `Unattributed quotation "${short}": the text never says who said it. Name the speaker, or mark it as a deliberate anonymous or collective quote.`,
        span: q.inner,
        fixes: [
          annotationFix("Mark as deliberately unattributed", { kind: "suppress", ruleId: UNATTRIBUTED_QUOTE, reason: "deliberately unattributed" }, q.inner),
        ],
        explanation:
          "A quotation needs a speaker in its own sentence, the next sentence (\"That was the view of …\"), a pronoun pointing back to a named person, or an earlier quotation it continues. Passive frames (\"has been described as\") and crowds name nobody.",
      });
    }
    return out;
  },
};
