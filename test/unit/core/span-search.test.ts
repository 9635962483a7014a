import { strict as assert } from "node:assert";
import { countStartingAtOrBefore } from "../../../src/core/model/span";
import { intRng } from "../random-edits";

describe("countStartingAtOrBefore", () => {
  it("counts the items starting at or before an offset, as a scan does", () => {
    const next = intRng(7);
    for (let round = 0; round < 300; round++) {
      const starts: number[] = [];
      let at = next(3);
      for (let k = next(12); k > 0; k--) starts.push((at += next(4)));
      const items = starts.map((start) => ({ span: { start, end: start + 1 } }));
      for (let offset = -1; offset <= at + 2; offset++) {
        assert.equal(countStartingAtOrBefore(items, offset), starts.filter((s) => s <= offset).length, `${starts} @ ${offset}`);
      }
    }
  });
});
