import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { analyze } from "../../src/core/analyze";
import { IncrementalAnalyzer, parseDocumentCached, runLocalStage, type PreviousParse } from "../../src/core/incremental";
import { keptString, memo, MemoStore, pieceOf, retainMemo, withMemo } from "../../src/core/memo";
import { parseDocument } from "../../src/core/parse/document";
import type { SeedDocument } from "../../src/core/model/document";
import type { Span } from "../../src/core/model/span";
import { randomEdit as randomEditWith, rng } from "./random-edits";

const ARTICLE = [
  "---",
  "title: Talks",
  "date: 2025-12-28",
  "---",
  "KYIV, Dec 28 (Reuters) – Ukrainian President Volodymyr Zelensky said on Sunday that 90 percent of the plan was agreed.",
  "Security Guarantees",
  "“We would like to consider 30, 40, 50 years,” he said. Dr. Smith of the U.S. Army disagreed.",
  "“This paragraph opens a quote that never closes",
  "“and this one continues it,” said the envoy, adding that $3.5 billion was",
  "promised by Jan. 5. The talks resume in January.",
  "",
  "'Single quotes' and \"straight ones\" and it's an apostrophe.",
  "# A markdown heading",
  "- a list item with 12 people",
  "Trump’s envoys Steve Witkoff and Jared Kushner met 3 times.\r\nCRLF line follows.\r\nLast line",
].join("\n");

const ALPHABET = ["a", "A", "1", " ", ".", "\n", "\n\n", "“", "”", "\"", "'", "’", "-", "\r\n", "Dec. ", "said", ", "];

const MIX = { alphabet: ALPHABET, insert: 0.45, remove: 0.4, maxDelete: 3 };
const randomEdit = (text: string, r: () => number): string => randomEditWith(text, r, MIX);

describe("IncrementalAnalyzer", () => {
  it("gives the same analysis as analyze() after each of many random edits", () => {
    for (const seed of [1, 2, 3]) {
      const r = rng(seed);
      const inc = new IncrementalAnalyzer({ referenceDate: "2025-12-28" });
      let text = ARTICLE;
      for (let i = 0; i < 120; i++) {
        text = randomEdit(text, r);
        const got = inc.analyze(text);
        assert.deepStrictEqual(got, analyze(text, { referenceDate: "2025-12-28" }), `seed ${seed}, edit ${i}`);
      }
    }
  });

  it("stays identical on the labelled dev articles when ../shared is there", function () {
    const dir = path.resolve(__dirname, "../../../shared/eval/dev");
    if (!fs.existsSync(dir)) this.skip();
    const r = rng(42);
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(".txt")).sort()) {
      const inc = new IncrementalAnalyzer();
      let text = fs.readFileSync(path.join(dir, f), "utf8");
      assert.deepStrictEqual(inc.analyze(text), analyze(text), f);
      for (let i = 0; i < 15; i++) {
        text = randomEdit(text, r);
        assert.deepStrictEqual(inc.analyze(text), analyze(text), `${f}, edit ${i}`);
      }
    }
  });

  it("stays identical when an edit in one paragraph changes what counts as a figure in another", () => {
    // "the 787 Dreamliner" makes 787 a model name: "After the 787" further down is then no figure.
    const text = "Planes\nThe airline flew 120 planes last year.\nAfter the 787 arrived, 300 staff were hired.\n";
    const inc = new IncrementalAnalyzer();
    inc.analyze(text);
    const edited = text.replace("120 planes", "120 planes, among them the first 787 Dreamliner");
    assert.deepStrictEqual(inc.analyze(edited), analyze(edited));
    assert.deepStrictEqual(inc.analyze(text), analyze(text));
  });

  it("stays identical when an edit changes the speaker a quotation opening the next paragraph goes on from", () => {
    const paras = [
      "Markets",
      "“The delinquencies have started to soar,” said Nicolas Retsinas, a housing expert.",
      "“A lot of these lenders lost track of the fundamentals.”",
      "“Prices fell by a third,” said Jane Okafor.",
      "“It is only the beginning,” she added. “Buyers are afraid.”",
      "“Sellers are not,” said Kwame Mensah.",
    ];
    const text = paras.join("\n") + "\n";
    const analysis = analyze(text);
    assert.equal(analysis.quotes.find((q) => q.text.startsWith("A lot"))?.speakerText, "Nicolas Retsinas");
    // The speaker named, renamed, made anonymous, and a paragraph break typed in and out, far and near.
    const steps = [
      text.replace("said Nicolas Retsinas, a housing expert", "said Maria Lopez, a housing expert"),
      text.replace("said Nicolas Retsinas, a housing expert", "a resident said"),
      text.replace("said Nicolas Retsinas, a housing expert", "said Nicolas Retsinas, a housing expert. Prices fell"),
      text.replace("“Prices fell by a third,” said Jane Okafor.", "Prices fell by a third."),
      text.replace("Markets\n", "Markets\nA paragraph first.\n"),
      text,
    ];
    const inc = new IncrementalAnalyzer();
    inc.analyze(text);
    for (const [i, t] of steps.entries()) assert.deepStrictEqual(inc.analyze(t), analyze(t), `step ${i}`);
  });

  it("applies edits given as spans of the previous text", () => {
    const inc = new IncrementalAnalyzer();
    inc.analyze(ARTICLE);
    const at = ARTICLE.indexOf("Dr. Smith");
    const a = inc.applyEdits([
      { span: { start: at, end: at + 3 }, newText: "Prof." },
      { span: { start: 0, end: 0 }, newText: "\ufeff" },
    ]);
    const expected = "\ufeff" + ARTICLE.slice(0, at) + "Prof." + ARTICLE.slice(at + 3);
    assert.equal(a.text, expected);
    assert.deepStrictEqual(a, analyze(expected));
  });

  it("rebuilds parseDocument() exactly, front matter, BOM, continuation lines and CRLF included", () => {
    for (const t of [ARTICLE, "\ufeff" + ARTICLE, "", "\n\n", "one line", "a\rb\r\nc\n", ARTICLE.replace(/\n/g, "\r\n")]) {
      assert.deepStrictEqual(parseDocumentCached(t).document, parseDocument(t));
    }
  });

  it("rebuilds parseDocument() exactly from the previous run after each of many random edits (wrapped lines, headings, front matter)", () => {
    const alphabet = ["\n", "\r\n", "\n\n", "a", "and so on", "A", "# ", "Heading\n", ".", "---\n", "date: 2025-01-02\n", "  ", "“", "\u00a0"];
    for (const seed of [11, 12, 13]) {
      const r = rng(seed);
      let text = "---\ntitle: T\n---\nA title\nFirst paragraph, hard-wrapped\nand continued here.\n\n# Heading\nlower case after a heading\nSecond paragraph.\n";
      let previous: PreviousParse | undefined;
      for (let i = 0; i < 150; i++) {
        text = randomEditWith(text, r, { alphabet, insert: 0.5, remove: 0.35, maxDelete: 4 });
        const t = text;
        const parsed = withMemo(new MemoStore(), () => parseDocumentCached(t, previous));
        assert.deepStrictEqual(parsed.document, parseDocument(t), `seed ${seed}, edit ${i}: ${JSON.stringify(t)}`);
        previous = { text: t, ...parsed };
      }
    }
  });

  it("keptString() gives the previous run's string for a span the edit did not touch, and makes the others", () => {
    const store = new MemoStore();
    const make = (t: string, a: number, b: number) => () => `key:${t.slice(a, b)}`;
    const one = "alpha beta gamma delta";
    store.beginText(one, "");
    withMemo(store, () => {
      for (const [a, b] of [[0, 5], [6, 10], [17, 22]] as const) assert.equal(keptString("k", one, a, b, make(one, a, b)), `key:${one.slice(a, b)}`);
    });
    store.endRun();
    const two = "alpha BETA! gamma delta"; // "beta" → "BETA!": shares "alpha " and " gamma delta"
    store.beginText(two, one);
    let made = 0;
    const counting = (t: string, a: number, b: number) => () => (made++, `key:${t.slice(a, b)}`);
    withMemo(store, () => {
      assert.equal(keptString("k", two, 0, 5, counting(two, 0, 5)), "key:alpha");
      assert.equal(keptString("k", two, 6, 11, counting(two, 6, 11)), "key:BETA!");
      assert.equal(keptString("k", two, 18, 23, counting(two, 18, 23)), "key:delta");
      assert.equal(keptString("other", two, 0, 5, counting(two, 0, 5)), "key:alpha");
    });
    assert.equal(made, 2, "only the edited span and the other kind were made");
    assert.equal(keptString("k", two, 0, 5, () => "outside a session"), "outside a session");
    // A run on another text than the one the strings were kept for reuses none of them.
    store.endRun();
    store.beginText(two, one); // the last run was on `two`, not on `one`
    made = 0;
    withMemo(store, () => keptString("k", two, 0, 5, counting(two, 0, 5)));
    assert.equal(made, 1);
  });

  it("keeps strings of the text the stages read when it is not the one the run began on (hard-wrapped text)", () => {
    const store = new MemoStore();
    const counting = (t: string, a: number, b: number) => () => (made++, `key:${t.slice(a, b)}`);
    let made = 0;
    // The document's text and the text the stages read (its wrapped paragraph's line break a space).
    const one = "alpha beta\ngamma delta epsilon";
    const oneRead = one.replace("\n", " ");
    store.beginText(one, "");
    store.readText(oneRead, "");
    withMemo(store, () => keptString("k", oneRead, 11, 16, counting(oneRead, 11, 16)));
    store.endRun();
    const two = "alpha beta\ngamma delta EPSILON";
    const twoRead = two.replace("\n", " ");
    store.beginText(two, one);
    store.readText(twoRead, oneRead);
    made = 0;
    withMemo(store, () => {
      // "gamma", before the edit: the previous run's string, made from the text read then.
      assert.equal(keptString("k", twoRead, 11, 16, counting(twoRead, 11, 16)), "key:gamma");
      assert.equal(made, 0);
      // The texts' own differences are known for both pairs.
      assert.equal(store.diff(one, two).same, 23);
      assert.equal(store.diff(oneRead, twoRead).same, 23);
    });
  });

  it("reuses the figures of a paragraph that stands in several places, in each place", () => {
    const same = "The council said 40 homes were flooded and 12 roads closed.";
    const text = ["Floods", same, "A first paragraph of its own with 3 figures.", same, "The end."].join("\n");
    const inc = new IncrementalAnalyzer();
    const first = inc.analyze(text);
    const edited = text.replace("The end.", "The very end.");
    const second = inc.analyze(edited);
    assert.deepStrictEqual(second, analyze(edited));
    assert.equal(first.figures.length, 5);
    first.figures.forEach((f, k) => assert.equal(second.figures[k], f, `figure ${k} is the previous run's object`));
  });

  it("reuses the paragraphs an edit did not touch", () => {
    const inc = new IncrementalAnalyzer();
    const store = (inc as unknown as { store: MemoStore }).store;
    const big = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} says that “${i} people” came. It was fine.`).join("\n");
    inc.analyze(big);
    const mid = big.indexOf("Paragraph 100");
    let misses = 0;
    const missed: string[] = [];
    const get = store.get.bind(store);
    store.get = <T>(ns: string, key: string, compute: () => T): T =>
      get(ns, key, () => {
        // Per-sentence caches (actors) are counted by their own tests.
        if (ns.startsWith("actors/")) return compute();
        misses++;
        missed.push(ns.replace(/@.*/, ""));
        return compute();
      });
    const a = inc.analyze(big.slice(0, mid) + "x" + big.slice(mid));
    assert.ok(misses > 0 && misses <= 4, `recomputed ${misses} paragraph parts`);
    // The edited paragraph's parse and figures are recomputed, every other paragraph's reused.
    assert.equal(missed.filter((n) => n === "parse/paragraph").length, 1, missed.join(", "));
    assert.equal(missed.filter((n) => n === "stage/figures").length, 1, missed.join(", "));
    assert.deepStrictEqual(a, analyze(a.text));
  });

  it("runs a paragraph-local stage on one paragraph at a time with the same result as on the whole document", () => {
    // A toy figure finder that reads sentences, quotes and the dateline, as the real stages do.
    const NUM = /\d+(?:[.,]\d+)*/g;
    const stage = (doc: SeedDocument): { span: Span; sentence: number; inQuote: boolean; paragraph: number; dl: boolean }[] => {
      const out = [];
      for (const s of doc.sentences) {
        for (const m of doc.text.slice(s.span.start, s.span.end).matchAll(NUM)) {
          const start = s.span.start + m.index;
          const span = { start, end: start + m[0].length };
          const inQuote = doc.quotes.some((q) => q.inner.start <= start && start < q.inner.end);
          const dl = !!doc.dateline && doc.dateline.span.start <= start && start < doc.dateline.span.end;
          out.push({ span, sentence: s.index, inQuote, paragraph: s.paragraph, dl });
        }
      }
      return out;
    };
    const r = rng(7);
    const store = new MemoStore();
    let text = ARTICLE;
    for (let i = 0; i < 60; i++) {
      text = randomEdit(text, r);
      const got = withMemo(store, () => runLocalStage("toy", parseDocumentCached(text), stage).items);
      store.endRun();
      assert.deepStrictEqual(got, stage(parseDocument(text)), `edit ${i}`);
    }
  });

  it("memo() computes directly outside a session and caches inside one", () => {
    let calls = 0;
    const f = (): number => memo("test", "k", () => ++calls);
    assert.equal(f(), 1);
    assert.equal(f(), 2);
    const store = new MemoStore();
    assert.equal(withMemo(store, f), 3);
    store.endRun();
    assert.equal(withMemo(store, f), 3, "reused from the previous run");
    store.endRun();
    store.endRun();
    assert.equal(withMemo(store, f), 4, "dropped after a run that did not use it");
  });

  it("keeps a retained namespace's values past a run that did not use them, until a run does not retain it", () => {
    let calls = 0;
    const f = (): number => memo("kept", "k", () => ++calls);
    const store = new MemoStore();
    assert.equal(withMemo(store, f), 1);
    store.endRun();
    withMemo(store, () => retainMemo("kept"));
    store.endRun();
    withMemo(store, () => retainMemo("kept"));
    store.endRun();
    assert.equal(withMemo(store, f), 1, "kept while retained");
    store.endRun();
    store.endRun();
    assert.equal(withMemo(store, f), 2, "dropped by a run that neither used nor retained it");
  });

  it("pieceOf() gives the session's paragraph strings for their spans, and slices otherwise", () => {
    const text = "First paragraph.\nSecond one.\n";
    assert.equal(pieceOf(text, 17, 28), "Second one.");
    const store = new MemoStore();
    store.beginText(text, "");
    withMemo(store, () => pieceOf(text, 17, 28));
    store.endRun();
    store.beginText(text, text);
    withMemo(store, () => {
      assert.equal(pieceOf(text, 17, 28), "Second one.");
      assert.equal(pieceOf(text, 17, 23), "Second", "another span at the same start");
      assert.equal(pieceOf(text, 0, 16), "First paragraph.");
      assert.equal(pieceOf(text + "x", 17, 28), "Second one.", "another text");
    });
  });

  it("keeps the paragraphs' strings from run to run, so that their memo keys are the same objects", () => {
    const inc = new IncrementalAnalyzer();
    const text = "Talks\nThe envoy said on Monday that 40 people met.\nA second paragraph, unchanged.\n";
    inc.analyze(text);
    const store = (inc as unknown as { store: MemoStore }).store;
    const edited = text.replace("40", "41");
    inc.analyze(edited);
    const at = edited.indexOf("A second");
    assert.equal(withMemo(store, () => pieceOf(edited, at, edited.length - 1)), "A second paragraph, unchanged.");
    assert.deepStrictEqual(inc.analysis, analyze(edited));
  });
});
