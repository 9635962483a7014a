import { strict as assert } from "node:assert";
import { mergeInOrder } from "../../../src/core/analyze";
import type { Finding } from "../../../src/core/model/finding";
import { intRng } from "../random-edits";

/** A finding of rule `rule` at [start, end), numbered `n` (to tell equal places apart). */
function at(rule: number, n: number, start: number, end: number): Finding {
  return { ruleId: `r${rule}`, code: String(n), severity: "warning", message: "", span: { start, end }, fixes: [], related: [] };
}

describe("mergeInOrder", () => {
  it("gives what a stable sort of the rules' lists, one after the other, gives: by place, the earlier rule's first at the same place", () => {
    const next = intRng(11);
    const byPlace = (a: Finding, b: Finding): number => a.span.start - b.span.start || a.span.end - b.span.end;
    for (let round = 0; round < 500; round++) {
      const lists: Finding[][] = [];
      for (let rule = next(5); rule >= 0; rule--) {
        const list: Finding[] = [];
        // Few distinct places, so that rules often share one; runs of one rule as often as not.
        for (let k = next(round % 3 === 0 ? 40 : 8); k > 0; k--) {
          const start = next(12);
          list.push(at(lists.length, list.length, start, start + next(3)));
        }
        lists.push(list.sort(byPlace));
      }
      const expected = lists.flat().sort(byPlace);
      assert.deepEqual(mergeInOrder(lists).map((f) => `${f.ruleId}.${f.code}`), expected.map((f) => `${f.ruleId}.${f.code}`));
    }
  });
});
