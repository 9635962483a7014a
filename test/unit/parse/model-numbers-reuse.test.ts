import { strict as assert } from "node:assert";
import { modelNumbers, modelNumbersReusing, type ModelScan } from "../../../src/core/parse/figures";
import { textDiff } from "../../../src/core/text-diff";
import { intRng, randomText } from "../random-edits";

describe("modelNumbersReusing", () => {
  it("gives modelNumbers() and a fresh scan's verdicts after many random edits", () => {
    const pieces = ["the ", "The ", "a new ", "787", " 340", "-8", " Dreamliner", " Skylark", " planes", " ", "  ", "\n", "2025", " 12000", ".", ",", " Boeing", " McDonnell", " Lockheed", " Fortune", "500", " workers", "x", "its", "t", "e", "  \n "];
    for (const seed of [1, 2, 3, 4]) {
      const rnd = intRng(seed);
      let text = randomText(rnd, pieces, 200, 50);
      let scan: ModelScan | undefined;
      for (let i = 0; i < 300; i++) {
        const at = rnd(text.length + 1);
        const next = rnd(3) === 0 ? text.slice(0, at) + text.slice(at + 1 + rnd(6)) : text.slice(0, at) + randomText(rnd, pieces, 3, 1) + text.slice(at);
        const d = textDiff(text, next);
        const r = modelNumbersReusing(next, scan, d.same, d.sameEnd);
        const fresh = modelNumbersReusing(next, undefined, 0, next.length);
        assert.deepStrictEqual([...r.models].sort(), [...modelNumbers(next)].sort(), `seed ${seed}, edit ${i}`);
        assert.deepStrictEqual({ ...r.scan, text: "" }, { ...fresh.scan, text: "" }, `seed ${seed}, edit ${i}`);
        text = next;
        scan = r.scan;
      }
    }
  });
});
