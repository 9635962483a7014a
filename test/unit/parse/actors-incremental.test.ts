import { strict as assert } from "node:assert";
import { analyze, type AnalyzeOptions } from "../../../src/core/analyze";
import { IncrementalAnalyzer } from "../../../src/core/incremental";
import { KnowledgeBase } from "../../../src/core/knowledge";
import type { MemoStore } from "../../../src/core/memo";
import { randomEdit as randomEditWith, rng } from "../random-edits";

// The sentence-local part of actor finding (tokens and name candidates) is memoised per sentence;
// these tests check that an incremental re-analysis reuses it and still equals a full analysis.

const ARTICLE = [
  "ACCRA, March 3 (Reuters) – Ghana’s finance ministry said on Monday that the Bank of Ghana would cut rates.",
  "“We are confident,” said Finance Minister Kwame Mensah. He added that the IMF agreed. The minister’s deputy, Abena Osei, disagreed.",
  "The World Food Programme (WFP) warned of shortages. WFP spokesperson Jane Roe said: “Prices rose 12%.” It said aid would come.",
  "Mensah’s plan was criticised by the Supporters’ Trust. Dr. Katrin Huber of the U.S. Army said the president had not seen it.",
  "Boeing said its 787 Dreamliner was delayed. Boeing’s order book grew, the company said. Apple and Apple Corps settled.",
  "“This quotation opens and never closes",
  "and carries on here,” she said. Osei’s staff said the deal was off. The ministry said AU$3 was paid.",
].join("\n");

const ALPHABET = ["a", "A", " ", ".", "\n", "’", "’s", "s", "“", "”", "$", "said", "Mensah", "Ghana", "he said", ", ", "UN"];

const randomEdit = (text: string, r: () => number): string => randomEditWith(text, r, { alphabet: ALPHABET, insert: 0.6, maxDelete: 4 });

const storeOf = (inc: IncrementalAnalyzer): MemoStore => (inc as unknown as { store: MemoStore }).store;

/** Counts the actor memo's hits and misses during one call. */
function counting<T>(store: MemoStore, fn: () => T): { value: T; hits: number; misses: number } {
  let hits = 0;
  let misses = 0;
  // (`get` looks up through `getOf`.)
  const getOf = store.getOf.bind(store);
  store.getOf = <A, B, U>(ns: string, key: string, compute: (a: A, b: B) => U, a: A, b: B): U => {
    if (!ns.startsWith("actors/")) return getOf(ns, key, compute, a, b);
    let missed = false;
    const v = getOf(ns, key, (x: A, y: B) => {
      missed = true;
      return compute(x, y);
    }, a, b);
    if (missed) misses++;
    else hits++;
    return v;
  };
  try {
    return { value: fn(), hits, misses };
  } finally {
    store.getOf = getOf;
  }
}

describe("actors: per-sentence memo in incremental analysis", () => {
  it("gives the same actors, claims and quotes as analyze() after random edits", () => {
    for (const seed of [11, 12]) {
      const r = rng(seed);
      const opts: AnalyzeOptions = { referenceDate: "2025-03-03" };
      const inc = new IncrementalAnalyzer(opts);
      let text = ARTICLE;
      for (let i = 0; i < 80; i++) {
        text = randomEdit(text, r);
        assert.deepStrictEqual(inc.analyze(text), analyze(text, opts), `seed ${seed}, edit ${i}`);
      }
    }
  });

  it("recomputes only the edited sentence and reuses the others", () => {
    const inc = new IncrementalAnalyzer();
    const store = storeOf(inc);
    const big = Array.from({ length: 60 }, (_, i) => ARTICLE.replace(/Mensah/g, `Mensah${i}`)).join("\n");
    inc.analyze(big);
    const at = big.indexOf("Abena Osei, disagreed", big.length >> 1);
    const edited = big.slice(0, at) + "x" + big.slice(at);
    const { value, hits, misses } = counting(store, () => inc.analyze(edited));
    // One sentence changed: its tokens and its candidates.
    assert.equal(misses, 2);
    assert.ok(hits > 500, `${hits} hits`);
    assert.deepStrictEqual(value, analyze(edited));
  });

  it("does not reuse a sentence when the quotation around it changes", () => {
    const inc = new IncrementalAnalyzer();
    const text = "Officials met. The Kremlin said Russia would respond.\nNothing else.";
    inc.analyze(text);
    const quoted = "Officials met. “The Kremlin said Russia would respond.”\nNothing else.";
    assert.deepStrictEqual(inc.analyze(quoted), analyze(quoted));
    assert.deepStrictEqual(inc.analyze(text), analyze(text));
  });

  it("does not reuse candidates found with another knowledge base", () => {
    const text = "Andean Union officials met. The AU said it would respond. Canada’s army said nothing.";
    const kb1 = KnowledgeBase.fromFiles([{ entries: [{ type: "organization", name: "Andean Union", acronyms: ["AU"], kind: "intergovernmental" }] }]);
    const kb2 = KnowledgeBase.fromFiles([{ entries: [{ type: "country", name: "Canada", demonyms: ["Canadian"] }] }]);
    const inc = new IncrementalAnalyzer({ knowledge: kb1 });
    assert.deepStrictEqual(inc.analyze(text), analyze(text, { knowledge: kb1 }));
    assert.deepStrictEqual(inc.analyze(text, { knowledge: kb2 }), analyze(text, { knowledge: kb2 }));
    assert.deepStrictEqual(inc.analyze(text, { knowledge: kb1 }), analyze(text, { knowledge: kb1 }));
  });

  it("keeps a sentence's memo when only the letters after it change, not when an apostrophe follows", () => {
    const inc = new IncrementalAnalyzer();
    const store = storeOf(inc);
    const text = "The envoy met the Jones\nAnother line here.";
    inc.analyze(text);
    const a = counting(store, () => inc.analyze("The envoy met the Jones\nXnother line here."));
    assert.equal(a.misses, 2);
    // "Jones’ staff": the apostrophe after the sentence makes "Jones" possessive in the tokenizer's eyes.
    const b = "The envoy met the Jones’ staff\nAnother line here.";
    assert.deepStrictEqual(inc.analyze(b), analyze(b));
  });
});
