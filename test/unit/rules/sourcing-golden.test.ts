import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { analyze } from "../../../src/core/analyze";

/*
 * Golden JSON of the sourcing stages (figures, frames, quote speakers, sourcing findings) for the
 * seeds in `seeds/`. Regenerate with `UPDATE_GOLDEN=1 npx mocha test/unit/rules/sourcing-golden.test.ts`
 * and review the diff.
 */
const root = path.join(__dirname, "../../..");
const seeds = path.join(root, "seeds");
const golden = path.join(root, "test/fixtures/sourcing");

function snapshot(text: string): unknown {
  const a = analyze(text);
  const t = (s: { start: number; end: number }): string => text.slice(s.start, s.end);
  return {
    figures: a.figures.map((f) => ({ text: f.text, kind: f.kind, value: f.value, ...(f.unit ? { unit: f.unit } : {}) })),
    frames: a.frames.map((f) => ({ sentence: f.sentence, cue: f.cue, source: f.sourceText, kind: f.sourceKind, ...(f.name ? { name: f.name } : {}) })),
    quotes: a.quotes.filter((q) => q.depth === 0).map((q) => ({ text: q.text, speaker: q.speakerText ?? null, ...(q.speakerSpan ? { named: t(q.speakerSpan) } : {}) })),
    findings: a.findings
      .filter((f) => f.ruleId === "unsourced-figure" || f.ruleId === "unattributed-quote")
      .map((f) => ({ rule: f.ruleId, text: t(f.span) })),
  };
}

describe("sourcing golden JSON for seeds/", () => {
  for (const name of fs.readdirSync(seeds).filter((n) => n.endsWith(".txt"))) {
    it(name, function () {
      const actual = snapshot(fs.readFileSync(path.join(seeds, name), "utf8"));
      const file = path.join(golden, name.replace(/\.txt$/u, ".json"));
      if (process.env["UPDATE_GOLDEN"]) fs.writeFileSync(file, JSON.stringify(actual, null, 2) + "\n");
      // A seed added without its golden file is pending until someone generates and reviews one.
      if (!fs.existsSync(file)) this.skip();
      assert.deepEqual(actual, JSON.parse(fs.readFileSync(file, "utf8")));
    });
  }
});
