import { strict as assert } from "node:assert";
import { intRng } from "../random-edits";
import { longestFirst, longestFirstBySort, monthIndex, monthIndexBySlice, type RawExpression } from "../../../src/core/parse/dates/expressions";

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

describe("month names", () => {
  it("are looked up from their first three characters as from their lower-cased slice", () => {
    const strings = ["", "J", "Ja", "Jan", "jan", "JAN", "January", "janx", "Mar.", "MAYor", "Sept", "dec", "DEC.", "Ded", "1an", "j4n", "ja\u0130", "\u212aan", "\u0130an", "\u00e9jan", "ma\u212a", "Fe", "feB", "oCt", "Nov.", "no", "x"];
    const rnd = intRng(8);
    const chars = "abcdefghijklmnopqrstuvwxyzJFMASONDjfmasond.- 1\u212a\u0130\u00e9";
    for (let k = 0; k < 20000; k++) {
      let s = "";
      for (let n = rnd(5); n > 0; n--) s += chars[rnd(chars.length)]!;
      strings.push(s);
    }
    for (const m of ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]) strings.push(m, m.toUpperCase(), m[0]!.toUpperCase() + m.slice(1) + "ember");
    let months = 0;
    for (const s of strings) {
      const want = monthIndexBySlice(s);
      assert.equal(monthIndex(s), want, JSON.stringify(s));
      if (want !== undefined) months++;
    }
    assert.ok(months > 40, `only ${months} months`);
  });
});
