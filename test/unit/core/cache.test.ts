import { strict as assert } from "node:assert";
import { cachedByString } from "../../../src/core/cache";

describe("cachedByString", () => {
  it("computes once per string, null results included, and starts afresh at its limit", () => {
    const calls: string[] = [];
    const f = cachedByString((s: string) => (calls.push(s), s === "none" ? null : s.length), 2);
    assert.equal(f("ab"), 2);
    assert.equal(f("ab"), 2);
    assert.equal(f("none"), null);
    assert.equal(f("none"), null);
    assert.deepEqual(calls, ["ab", "none"]);
    f("xyz"); // a third entry: the cache starts afresh
    f("ab");
    assert.deepEqual(calls, ["ab", "none", "xyz", "ab"]);
  });
});
