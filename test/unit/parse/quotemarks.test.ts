import { strict as assert } from "node:assert";
import { parseDocument } from "../../../src/core/parse/document";

const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const naiveCount = (s: string): number => s.match(WORDS)?.length ?? 0;

describe("quotation scan on hostile input", () => {
  it("counts the words of every quote as a regex over its slice would", () => {
    const alphabet = ["a", "B", "1", " ", "“", "”", "\"", "'", "’", "‘", "«", "»", ".", "-", "𝐀", "😀", "\n", "é", "(", "x'y", "`", "``", "''"];
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

describe("quotation marks of two characters: ``…''", () => {
  const quotes = (t: string) => parseDocument(t).quotes.map((q) => ({ text: t.slice(q.inner.start, q.inner.end), whole: t.slice(q.span.start, q.span.end), closed: q.closed, depth: q.depth }));

  it("reads ``…'' as a double quotation, with ` … ' and lone marks left alone", () => {
    const t = "``I won't cooperate in anything,'' Gonzalez told a station. He said ``no'' twice. The `80s were odd, isn't it.";
    assert.deepEqual(quotes(t), [
      { text: "I won't cooperate in anything,", whole: "``I won't cooperate in anything,''", closed: true, depth: 0 },
      { text: "no", whole: "``no''", closed: true, depth: 0 },
    ]);
  });

  it("ends an open ``…'' where a new `` reopens it (a paragraph break the text lost), not at the paragraph's end", () => {
    const t = "``We have not analysed the statement. ``We believe his words cannot distract the world.'' An international force has mobilised.";
    assert.deepEqual(quotes(t), [
      { text: "We have not analysed the statement. ", whole: "``We have not analysed the statement. ", closed: false, depth: 0 },
      { text: "We believe his words cannot distract the world.", whole: "``We believe his words cannot distract the world.''", closed: true, depth: 0 },
    ]);
  });
});

describe("a straight closing mark left over from an earlier paragraph", () => {
  it("opens no quotation after a sentence's end with a space after it, and leaves the next one whole", () => {
    const t = "I will miss Steve immensely. \" The current Microsoft CEO Steve Ballmer described him as \"one of the founders of our industry\".";
    assert.deepEqual(parseDocument(t).quotes.map((q) => t.slice(q.span.start, q.span.end)), ["\"one of the founders of our industry\""]);
    // A spaced opening mark after a word still opens one (wire copy: `was " concerned about …,"`).
    const u = "The company said it was \" concerned about the announced intent,\" he said.";
    assert.deepEqual(parseDocument(u).quotes.map((q) => u.slice(q.inner.start, q.inner.end)), [" concerned about the announced intent,"]);
  });
});
