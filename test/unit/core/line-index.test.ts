import { strict as assert } from "node:assert";
import { LineIndex } from "../../../src/core/model/span";
import { commonPrefix, commonSuffix } from "../../../src/core/text-diff";
import { randomEdit, rng } from "../random-edits";

const MIX = { alphabet: ["\n", "\r", "\r\n", "a", "bc", "\n\n", "\r\r\n", " "], insert: 0.5, remove: 0.35, maxDelete: 3 };

describe("LineIndex", () => {
  it("counts \\n, \\r\\n and a lone \\r as line breaks", () => {
    const lines = new LineIndex("a\nb\r\nc\rd");
    assert.equal(lines.lineCount, 4);
    assert.deepEqual([0, 1, 2, 3].map((l) => lines.lineStart(l)), [0, 2, 5, 7]);
    assert.deepEqual(lines.positionAt(6), { line: 2, character: 1 });
  });

  it("reusing() an earlier version's index equals a fresh index, after each of many random edits", () => {
    for (const seed of [1, 2, 3, 4]) {
      const r = rng(seed);
      let text = "first line\r\nsecond\nthird\rfourth\n\nsixth\r\n";
      let lines = new LineIndex(text);
      for (let i = 0; i < 300; i++) {
        const next = randomEdit(text, r, MIX);
        const same = commonPrefix(text, next);
        const reused = LineIndex.reusing(lines, next, same, next.length - commonSuffix(text, next, same));
        assert.deepStrictEqual(reused, new LineIndex(next), `seed ${seed}, edit ${i}: ${JSON.stringify(next)}`);
        text = next;
        lines = reused;
      }
    }
  });
});
