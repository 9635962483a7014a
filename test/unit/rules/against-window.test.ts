import { strict as assert } from "node:assert";
import { analyze } from "../../../src/core/analyze";
import { IncrementalAnalyzer } from "../../../src/core/incremental";
import { rng } from "../random-edits";

// Without a reference date the document dates itself, and its evidence moves when an edit comes
// before it: the date rule keeps "no finding" for a date while the document date's window stays,
// and makes every finding again (its message and related places come from the evidence).

const TEXT = [
  "Talks",
  "KYIV, Dec 28 (Reuters) – Officials said on Sunday that the war, now in its fourth year, goes on.",
  "The talks began on Dec. 20 and ended on Dec. 23, officials said.",
  "A meeting is planned in January 2024, the envoy said, and another one in February 2026.",
  "The minister visited Lviv on Dec. 2 and Odesa on Dec. 5.",
].join("\n");

describe("date rule: findings against the document date while the editor re-analyses", () => {
  it("gives analyze()'s findings after edits before, inside and after the document date's evidence", () => {
    const full0 = analyze(TEXT);
    assert.ok(full0.findings.some((f) => f.code === "planned-before-document-date"), "the planted finding");
    const edits = [TEXT.replace("Talks", "Peace talks"), TEXT.replace("Officials said", "Officials in Kyiv said"), TEXT.replace("The minister", "The foreign minister"), TEXT.replace("Dec 28", "Dec 27")];
    for (const edited of edits) {
      const inc = new IncrementalAnalyzer({});
      inc.analyze(TEXT);
      assert.deepStrictEqual(inc.analyze(edited), analyze(edited), edited.slice(0, 60));
    }
  });

  it("gives analyze()'s findings after each of many small edits", () => {
    const r = rng(41);
    const inc = new IncrementalAnalyzer({});
    let text = TEXT;
    for (let i = 0; i < 60; i++) {
      const p = Math.floor(r() * text.length);
      text = r() < 0.6 ? text.slice(0, p) + ["e", " ", "1", "Dec. 3 "][Math.floor(r() * 4)]! + text.slice(p) : text.slice(0, p) + text.slice(p + 1);
      assert.deepStrictEqual(inc.analyze(text), analyze(text), `edit ${i}`);
    }
  });
});
