import type { Rule, FindingDraft } from "./rule";

export const UNATTRIBUTED_QUOTE = "unattributed-quote";
const MIN_WORDS = 3;

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
      const short = q.text.length > 60 ? `${q.text.slice(0, 57).trimEnd()}…` : q.text;
      out.push({
        message: `Unattributed quotation "${short}": the text never says who said it. Name the speaker, or mark it as a deliberate anonymous or collective quote.`,
        span: q.inner,
        fixes: [
          {
            title: "Mark as deliberately unattributed",
            kind: "annotation",
            data: { kind: "suppress", ruleId: UNATTRIBUTED_QUOTE, text: q.text, span: q.inner },
          },
        ],
        explanation:
          "A quotation needs a speaker in its own sentence, the next sentence (\"That was the view of …\"), a pronoun pointing back to a named person, or an earlier quotation it continues. Passive frames (\"has been described as\") and crowds name nobody.",
      });
    }
    return out;
  },
};
