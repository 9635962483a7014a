import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { analyze, analyzeMany, type AnalysisInput } from "../../src/core/analyze";
import { KnowledgeBase } from "../../src/core/knowledge";
import { createAnnotation } from "../../src/core/annotations";

const SEEDS = path.resolve(__dirname, "../../seeds");
const SOURCED = "Unemployment reached 14 percent last year.";

describe("analyzeMany", () => {
  it("gives each document exactly what analyze() gives it alone, whatever its neighbours", () => {
    const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort().map((f) => fs.readFileSync(path.join(SEEDS, f), "utf8"));
    const custom = KnowledgeBase.bundled().extend([{ asOf: "2025-12-01", entries: [{ type: "person", name: "Aino Virtanen", variants: [], offices: [] }] }]);
    const inputs: AnalysisInput[] = [
      ...seeds.map((text) => ({ text })),
      ...seeds.map((text) => ({ text, options: { referenceDate: "2024-03-01", rules: { "unsourced-figure": "error" as const } } })),
      { text: "" },
      { text: "\ufeffPlain line without anything.\r\nAnother with 40 percent." },
      { text: "Aino Virtanen said 30 people came on Monday.", options: { knowledge: custom } },
      { text: SOURCED, options: { annotations: [createAnnotation({ kind: "source", source: "ILO" }, SOURCED, { start: 13, end: 31 }, "2026-01-01T00:00:00Z", "s1")] } },
    ];
    // Reversed too: a document's result must not depend on the order of the batch.
    for (const batch of [inputs, [...inputs].reverse()]) {
      const many = analyzeMany(batch);
      assert.equal(many.length, batch.length);
      batch.forEach((input, i) => assert.deepStrictEqual(many[i], analyze(input.text, input.options), `document ${i}`));
    }
  });

  it("returns nothing for no documents", () => {
    assert.deepEqual(analyzeMany([]), []);
  });
});
