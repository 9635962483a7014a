import { strict as assert } from "node:assert";
import { intRng } from "../random-edits";
import { longestFirst, longestFirstBySort, type RawExpression } from "../../../src/core/parse/dates/expressions";

describe("overlapping date expressions", () => {
  it("keeps the ones sorting keeps, in the same order, however many and however they tie", () => {
    const rnd = intRng(2026);
    const resolve = (): never => {
      throw new Error("not resolved here");
    };
    let kept = 0;
    for (let k = 0; k < 5000; k++) {
      const n = rnd(k % 10 === 0 ? 40 : 18);
      const found: RawExpression[] = [];
      for (let i = 0; i < n; i++) {
        const start = rnd(60);
        const end = start + rnd(12) - 1;
        found.push(rnd(4) === 0 ? { start, end, resolve, invalid: "April has 30 days" } : { start, end, resolve });
      }
      const fast = longestFirst(found);
      const slow = longestFirstBySort(found);
      assert.equal(fast.length, slow.length);
      fast.forEach((e, i) => assert.strictEqual(e, slow[i]));
      kept += fast.length;
    }
    assert.ok(kept > 10000, `only ${kept} kept`);
  });
});
