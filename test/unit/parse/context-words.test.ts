import { strict as assert } from "node:assert";
import { KnowledgeBase, knowledgeFileSchema } from "../../../src/core/knowledge";
import { contextWordsIn, documentHas, documentMatches, eventsIn } from "../../../src/core/parse/dates/knowledge";
import { MemoStore, withMemo } from "../../../src/core/memo";
import { rng } from "../random-edits";

const kb = KnowledgeBase.bundled();

/** Every context word of the knowledge base's events. */
function contextWords(k: KnowledgeBase): string[] {
  const out: string[] = [];
  for (const e of k.entries) if (e.type === "event") out.push(...e.context);
  return out;
}

/** Random text built from context words, their pieces, word characters, punctuation, line breaks and case changes. */
function randomText(r: () => number, words: readonly string[]): string {
  const bits = ["\n", "\r\n", " ", "-", "’", "‘", "(", "a", "_", "9", "É", "İ", "Σ", "ß", ".", ",", "'"];
  let s = "";
  for (let i = 0; i < 60; i++) {
    const x = r();
    if (x < 0.35) {
      const w = words[Math.floor(r() * words.length)]!;
      const cut = r() < 0.3 ? w.slice(0, 1 + Math.floor(r() * w.length)) : w;
      s += r() < 0.3 ? cut.toUpperCase() : cut;
    } else s += bits[Math.floor(r() * bits.length)]!;
  }
  return s;
}

describe("the knowledge base's context words in a document, line by line", () => {
  const words = contextWords(kb);

  it("finds what the regular expression over the whole lower-cased text finds, on random text", () => {
    const r = rng(7);
    let hits = 0;
    for (let i = 0; i < 400; i++) {
      const text = randomText(r, words);
      const found = contextWordsIn(kb, text);
      for (const c of words) {
        const w = c.toLowerCase().replace(/[’‘]/g, "'");
        const want = documentMatches(text, w);
        assert.equal(found.has(w), want, `${JSON.stringify(c)} in ${JSON.stringify(text)}`);
        assert.equal(documentHas(kb, text, c), want);
        if (want) hits++;
      }
    }
    assert.ok(hits > 1000, `only ${hits} hits`);
  });

  it("gives the same answers with the per-chunk cache across edits", () => {
    const r = rng(11);
    const store = new MemoStore();
    let text = Array.from({ length: 300 }, () => randomText(r, words).replace(/\n/g, " ").slice(0, Math.floor(r() * 40))).join("\n");
    for (let i = 0; i < 100; i++) {
      const at = Math.floor(r() * (text.length + 1));
      text = r() < 0.5 ? text.slice(0, at) + randomText(r, words).slice(0, 8) + text.slice(at) : text.slice(0, at) + text.slice(at + 5);
      const cached = withMemo(store, () => contextWordsIn(kb, text));
      store.endRun();
      const whole = [...contextWordsIn(kb, text)].sort();
      assert.deepStrictEqual([...cached].sort(), whole);
      assert.deepStrictEqual(whole, [...new Set(words.map((c) => c.toLowerCase()))].filter((w) => documentMatches(text, w)).sort());
    }
  });

  it("reuses the chunks an edit left alone, in long texts and long lines too", () => {
    const r = rng(5);
    const line = (): string => randomText(r, words).replace(/\n/g, " ");
    // Lines of every length, and one far longer than a chunk may grow.
    let text = Array.from({ length: 400 }, () => line().slice(0, Math.floor(r() * 60))).join("\n") + "\n" + Array.from({ length: 1000 }, line).join(" ") + "\nEnd";
    assert.ok(text.length > 70_000);
    for (let i = 0; i < 25; i++) {
      const at = Math.floor(r() * (text.length + 1));
      const kind = r();
      if (kind < 0.4) text = text.slice(0, at) + (r() < 0.5 ? "\n" : words[Math.floor(r() * words.length)]!) + text.slice(at);
      else if (kind < 0.8) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 30));
      else text = text + "\n" + line();
      const lowered = text.toLowerCase().replace(/[’‘]/g, "'");
      const want = [...new Set(words.map((c) => c.toLowerCase()))].filter((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`).test(lowered)).sort();
      assert.deepStrictEqual([...contextWordsIn(kb, text)].sort(), want, `edit ${i}`);
    }
  });

  it("handles words that start with no word character, or hold a line break, like the regular expression", () => {
    const file = knowledgeFileSchema.parse({
      entries: [{ type: "event", name: "Odd War", start: "2020-01-01", vague: ["the clash"], context: ["(x", "a\nb", "É", "–z", "foo"] }],
    });
    const odd = new KnowledgeBase([file]);
    for (const text of ["(x", "a(x", "a\nb", "xa\nb", "É", "aÉ", "–z", "b–z", "food", "afoo", "x\nfoo"]) {
      for (const c of ["(x", "a\nb", "É", "–z", "foo"]) {
        assert.equal(documentHas(odd, text, c), documentMatches(text, c.toLowerCase()), `${JSON.stringify(c)} in ${JSON.stringify(text)}`);
      }
    }
    assert.deepStrictEqual(eventsIn(odd, "the clash", "afoo").map((e) => e.name), []);
    assert.deepStrictEqual(eventsIn(odd, "the clash", "a\nb").map((e) => e.name), ["Odd War"]);
  });
});

describe("events a passage speaks of, with the passage's part cached", () => {
  it("gives the same events inside an editing session as outside, as documents change", () => {
    const passages = ["the war, now in its fourth year", "The Conflict", "the pandemic’s third year", "the war in Ukraine", "Gaza war", "no event here"];
    const docs = ["Russia and Ukraine.", "Gaza and Israel.", "Nothing.", "covid-19 spread", "the war"];
    const store = new MemoStore();
    for (let i = 0; i < 3; i++) {
      for (const d of docs) {
        for (const p of passages) {
          const cached = withMemo(store, () => eventsIn(kb, p, d)).map((e) => e.name);
          assert.deepStrictEqual(cached, eventsIn(kb, p, d).map((e) => e.name), `${p} in ${d}`);
        }
        store.endRun();
      }
    }
  });
});
