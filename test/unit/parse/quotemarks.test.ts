import { strict as assert } from "node:assert";
import { parseDocument } from "../../../src/core/parse/document";

const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const naiveCount = (s: string): number => s.match(WORDS)?.length ?? 0;

describe("quotation scan on hostile input", () => {
  it("counts the words of every quote as a regex over its slice would", () => {
    const alphabet = ["a", "B", "1", " ", "“", "”", "\"", "'", "’", "‘", "«", "»", ".", "-", "𝐀", "😀", "\n", "é", "(", "x'y"];
    let seed = 11;
    const r = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let it = 0; it < 3000; it++) {
      let t = "";
      for (let i = Math.floor(r() * 40); i > 0; i--) t += alphabet[Math.floor(r() * alphabet.length)];
      for (const q of parseDocument(t).quotes) {
        assert.equal(q.wordCount, naiveCount(t.slice(q.inner.start, q.inner.end)), JSON.stringify(t));
      }
    }
  });

  it("stays linear on long runs of opening marks (quadratic would time out)", () => {
    for (const unit of ["“", "“He said ‘it was ", "\"a ‘b ", "Mr. Smith said \"Ms. Jones said '"]) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const d = parseDocument(text);
      assert.ok(d.quotes.length > 0);
      const last = d.quotes[d.quotes.length - 1]!;
      assert.equal(last.wordCount, naiveCount(text.slice(last.inner.start, last.inner.end)));
    }
  });
});
