import { strict as assert } from "node:assert";
import { KnowledgeBase } from "../../../src/core/knowledge";
import { parseDocument } from "../../../src/core/parse/document";
import { inferDocumentDate, type DatedExpression } from "../../../src/core/parse/dates/document-date";

const kb = KnowledgeBase.bundled();

describe("the document date's search for a date line or dateline near the top", () => {
  it("finds the same expression whether or not the expressions come in text order", () => {
    const cases: { text: string; exprs: DatedExpression[] }[] = [
      {
        text: "November 03, 2009\nThe council met on Tuesday and voted.\nIt meets again in 2010.",
        exprs: [
          { start: 0, end: 17, text: "November 03, 2009", written: { year: 2009, month: 11, day: 3 }, tense: undefined, sentence: 0 },
          { start: 37, end: 44, text: "Tuesday", written: { weekday: 2 }, tense: "past", sentence: 1 },
          { start: 74, end: 78, text: "2010", written: { year: 2010 }, tense: "future", sentence: 2 },
        ],
      },
      {
        text: "LONDON, Dec 28, 2025 (Reuters) – The talks ended on Sunday.\nMore talks follow in 2026.",
        exprs: [
          { start: 8, end: 20, text: "Dec 28, 2025", written: { year: 2025, month: 12, day: 28 }, tense: undefined, sentence: 0 },
          { start: 52, end: 58, text: "Sunday", written: { weekday: 0 }, tense: "past", sentence: 0 },
          { start: 81, end: 85, text: "2026", written: { year: 2026 }, tense: "future", sentence: 1 },
        ],
      },
    ];
    for (const { text, exprs } of cases) {
      for (const e of exprs) assert.equal(text.slice(e.start, e.end), e.text);
      const doc = parseDocument(text);
      const inputs = { knowledge: kb, referenceDate: undefined };
      const want = inferDocumentDate(doc, exprs, inputs);
      assert.ok(want && want.basis.some((b) => b.kind === "dateline"), JSON.stringify(want));
      // Out of text order: the whole list is searched, with the same answer.
      assert.deepStrictEqual(inferDocumentDate(doc, [...exprs].reverse(), inputs)?.basis.find((b) => b.kind === "dateline"), want.basis.find((b) => b.kind === "dateline"));
    }
  });
});
