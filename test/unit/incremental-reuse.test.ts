import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { analyze, type AnalyzeOptions } from "../../src/core/analyze";
import { IncrementalAnalyzer } from "../../src/core/incremental";
import { documentEdit } from "../../src/core/parse/document";
import { detached } from "../../src/core/memo";

/**
 * The incremental stages reuse the previous run's results by place (parse/document.ts
 * `documentEdit`): kept before the edit, moved after it. Each edit below reaches across paragraphs
 * in one way; the analysis must stay identical to a full one.
 */
function check(texts: readonly string[], options: AnalyzeOptions = {}): IncrementalAnalyzer {
  const inc = new IncrementalAnalyzer(options);
  for (const [k, t] of texts.entries()) assert.deepStrictEqual(inc.analyze(t), analyze(t, options), `text ${k}: ${JSON.stringify(t.slice(0, 80))}`);
  return inc;
}

/** Filler paragraphs, so that an edit has paragraphs before and after it to keep and move. */
const filler = (from: number, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `Paragraph ${from + i} says that ${from + i} people came on Monday, the mayor said. “It was fine,” she said.`);

const withMiddle = (middle: readonly string[]): string => [...filler(0, 6), ...middle, ...filler(6, 6)].join("\n");

describe("incremental reuse by place", () => {
  it("records which paragraphs an edit kept and moved", () => {
    const inc = new IncrementalAnalyzer();
    const text = withMiddle(["The middle paragraph."]);
    const a = inc.analyze(text);
    const at = text.indexOf("middle");
    const b = inc.analyze(text.slice(0, at) + "x" + text.slice(at));
    const e = documentEdit(b.document)!;
    assert.equal(e.previous, a.document);
    assert.equal(e.kept, 6, "every paragraph before the edited one");
    assert.equal(e.moved, 7);
    assert.equal(e.shift, 1);
    assert.equal(b.document.paragraphs[3], a.document.paragraphs[3]);
    assert.equal(b.figures[0], a.figures[0], "figures before the edit are the previous run's objects");
    assert.equal(b.dates[0], a.dates[0], "so are dates");
  });

  it("dates: a quarter named in one paragraph is the one “the quarter” means further down", () => {
    const base = withMiddle(["Sales rose in the first quarter of 2025, the company said.", "The quarter was strong, and the latest quarter too."]);
    const options = { referenceDate: "2025-12-28" };
    check([base, base.replace("first quarter of 2025", "third quarter of 2024"), base.replace("first quarter of 2025", "first half of 2025"), base], options);
  });

  it("dates: a change of the document date changes every date's value and relation", () => {
    const base = ["KYIV, Dec 28 (Reuters) – Talks resumed on Sunday, officials said.", ...filler(0, 8), "The talks began last week and end next month.", ...filler(8, 4)].join("\n");
    check([base, base.replace("Dec 28", "Dec 29"), base.replace("Dec 28", "Mar 3"), base.replace("KYIV, Dec 28 (Reuters) – ", ""), base]);
    const dated = "---\ndate: 2025-03-01\n---\n" + base;
    check([dated, dated.replace("2025-03-01", "2024-07-15"), dated]);
  });

  it("dates: an edit that makes the dateline's paragraph another one", () => {
    const base = ["Headline here", "KYIV, Dec 28 (Reuters) – Talks resumed on Sunday, officials said.", ...filler(0, 6)].join("\n");
    check([base, base.replace("Headline here", "Headline here, longer, and now a paragraph of its own that ends.")]);
  });
});

describe("incremental reuse by place: quotes", () => {
  const quoted = [
    "The envoy, Lucía Ferreyra, arrived on Monday.",
    "“We will sign the deal this week,” Ferreyra said. “It is ready.”",
    "“It is not ready.” That was the view of Ferreyra.",
    "He told the meeting:",
    "“Nothing is agreed until everything is agreed.”",
    "“This quotation opens and does not close in this paragraph,",
    "“and it goes on here,” the minister said.",
  ];
  const base = withMiddle(quoted);

  it("edits before, inside and after a quotation, and of its speaker", () => {
    const at = (s: string): number => base.indexOf(s);
    const edits = [
      base.replace("this week", "next week"),
      base.replace("Ferreyra said", "Ferreyra told reporters"),
      base.replace("Ferreyra said", "she said"),
      base.replace("The envoy, Lucía Ferreyra,", "The envoy"),
      base.replace("Lucía Ferreyra", "Ana Ferreyra"),
      base.slice(0, at("Paragraph 3")) + "Now " + base.slice(at("Paragraph 3")),
      base.slice(0, at("Paragraph 8")) + "x" + base.slice(at("Paragraph 8")),
      base.replace("He told the meeting:", "He told the meeting."),
      base.replace("the minister said", "said the minister"),
    ];
    for (const e of edits) check([base, e, base]);
  });

  it("an edit that opens or closes a quotation across paragraphs", () => {
    check([
      base,
      base.replace("does not close in this paragraph,", "does not close in this paragraph,”"),
      base.replace("“It is ready.”", "“It is ready."),
      base.replace("“It is ready.”", "“It is ready.\n“And more"),
      base,
    ]);
  });

  it("a quotation continued over paragraphs takes its speaker from further up, and a quotation after it from it", () => {
    // The paragraph in between is long enough for the frames after it to be the previous run's.
    const chain = withMiddle([
      "Ferreyra said: “This quotation does not close here,",
      "“and it goes on here. It goes on. And on. And on again. And still on. And on. And on,",
      "“and ends here.” “Another one stands alone.”",
    ]);
    check([chain, chain.replace("Ferreyra said:", "Ferreyra wrote:"), chain, chain.replace("Ferreyra said", "Gómez said"), chain, chain.replace("Ferreyra said:", "Gómez wrote"), chain]);
  });

  it("many random one-character edits in a long quoted text", () => {
    let seed = 5;
    const r = (): number => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const inc = new IncrementalAnalyzer();
    let text = [...quoted, ...filler(0, 5), ...quoted, ...filler(5, 5)].join("\n");
    for (let i = 0; i < 60; i++) {
      const at = Math.floor(r() * text.length);
      const c = ["“", "”", "x", " ", "\n", ":", "said "][Math.floor(r() * 7)]!;
      text = r() < 0.6 ? text.slice(0, at) + c + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
      assert.deepStrictEqual(inc.analyze(text), analyze(text), `edit ${i}`);
    }
  });
});

describe("incremental reuse by place: figures, frames, whole articles", () => {
  it("figures: a model number named far from the figures it unmakes, and the dateline's paragraph", () => {
    const base = ["KYIV, Dec 28 (Reuters) – 40 people met on Sunday.", ...filler(0, 6), "After the 787 arrived, 300 staff were hired.", ...filler(6, 6)].join("\n");
    check([base, base.replace("Paragraph 11 says", "The first 787 Dreamliner says"), base, base.replace("KYIV, Dec 28", "KYIV, Dec 29"), base.replace("KYIV, Dec 28 (Reuters) – ", "")]);
  });

  it("frames: a full name added at the end changes the names of sentences before the edit", () => {
    const base = [...filler(0, 4), "Ferreyra said the talks would resume.", ...filler(4, 6), "The envoy spoke last."].join("\n");
    check([base, base.replace("The envoy spoke last.", "The envoy Lucía Ferreyra spoke last."), base, base.replace("Ferreyra said", "She said")]);
  });

  it("stays identical on the bundled seeds joined into one long article, after random edits", () => {
    const dir = path.resolve(__dirname, "../../seeds");
    const joined = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .slice(0, 12)
      .map((f) => fs.readFileSync(path.join(dir, f), "utf8").replace(/^---[\s\S]*?---\n/, ""))
      .join("\n");
    let seed = 9;
    const r = (): number => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const pieces = ["x", " ", "\n", "“", "”", "said ", "2025", "Dec. 3", "40 ", "the 737 Max ", "Smith", ".", ":"];
    for (const options of [{}, { referenceDate: "2025-12-28" }]) {
      const inc = new IncrementalAnalyzer(options);
      let text = joined;
      assert.deepStrictEqual(inc.analyze(text), analyze(text, options));
      for (let i = 0; i < 25; i++) {
        const at = Math.floor(r() * text.length);
        text = r() < 0.6 ? text.slice(0, at) + pieces[Math.floor(r() * pieces.length)]! + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 5));
        assert.deepStrictEqual(inc.analyze(text), analyze(text, options), `edit ${i}`);
      }
    }
  });
});

describe("detached()", () => {
  it("gives an equal string, for every length", () => {
    const long = "x".repeat(40) + "“quoted” words";
    for (let n = 0; n <= long.length; n++) assert.equal(detached(long.slice(3, 3 + n).padEnd(n, "y")), long.slice(3, 3 + n).padEnd(n, "y"));
    assert.equal(detached(""), "");
  });
});
