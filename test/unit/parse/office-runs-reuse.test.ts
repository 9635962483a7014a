import { strict as assert } from "node:assert";
import { KnowledgeBase } from "../../../src/core/knowledge";
import { officeMentions, titledRunsOf } from "../../../src/core/parse/dates/knowledge";
import { MemoStore, withMemo } from "../../../src/core/memo";
import { rng } from "../random-edits";

const kb = KnowledgeBase.bundled();

/** Office holders, their titles, names, "former", walls and spaces of every kind. */
const PIECES = [
  "President ", "US President ", "Ukrainian President ", "Prime Minister ", "Secretary of State ", "Chancellor ",
  "Donald Trump", "Trump", "Joe Biden", "Biden", "Volodymyr Zelensky", "Zelensky", "Keir Starmer", "Emmanuel Macron",
  "former ", "then-", "ex-", "late ", "The ", "Minister ", "Said ", "said ", "and ", "met ",
  ", ", ". ", ".", "’", "'", "-", "“", "”", "(", ")", "é", "\n", "\n\n", " ", "\u00a0", "  ", "\t", "a", "Q",
];

function randomText(r: () => number, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)]!;
  return s;
}

const plain = (runs: readonly { index: number; end: number; run: string }[]): { index: number; end: number; run: string }[] => runs.map((x) => ({ index: x.index, end: x.end, run: x.run }));

describe("office holders' titled runs, reused across edits in an incremental session", () => {
  it("are those of a scan of the whole text after each random edit", () => {
    for (const seed of [1, 2, 3, 4]) {
      const r = rng(seed);
      const store = new MemoStore();
      let text = randomText(r, 400);
      let previous = "";
      let titled = 0;
      for (let i = 0; i < 150; i++) {
        const at = Math.floor(r() * (text.length + 1));
        const kind = r();
        if (kind < 0.45) text = text.slice(0, at) + randomText(r, 1 + Math.floor(r() * 3)) + text.slice(at);
        else if (kind < 0.9) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 6));
        else text = text.slice(0, at) + text.slice(at).replace(/^./su, (c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()));
        const from = i % 7 === 3 ? Math.min(text.length, 5) : 0;
        store.beginText(text, previous);
        const got = withMemo(store, () => ({ runs: plain(titledRunsOf(kb, text, from)), mentions: officeMentions(kb, text, from) }));
        store.endRun();
        previous = text;
        assert.deepStrictEqual(got.runs, plain(titledRunsOf(kb, text, from)), `seed ${seed}, edit ${i}`);
        assert.deepStrictEqual(got.mentions, officeMentions(kb, text, from), `seed ${seed}, edit ${i}`);
        titled += got.runs.length;
      }
      assert.ok(titled > 300, `only ${titled} titled runs`);
    }
  });

  it("finds the first mention of each person again when an earlier one is edited away", () => {
    const store = new MemoStore();
    const para = (k: number): string => `Paragraph ${k}, where nothing happens, said the reporter.`;
    const body = Array.from({ length: 50 }, (_, k) => para(k));
    const texts = [
      [...body.slice(0, 10), "US President Donald Trump said so.", ...body.slice(10, 40), "President Joe Biden, and US President Donald Trump, met.", ...body.slice(40)],
      [...body.slice(0, 10), "US Presidnt Donald Trump said so.", ...body.slice(10, 40), "President Joe Biden, and US President Donald Trump, met.", ...body.slice(40)],
      [...body.slice(0, 10), "US Presidnt Donald Trump said so.", ...body.slice(10, 40), "former President Joe Biden, and US President Donald Trump, met.", ...body.slice(40)],
      [...body.slice(0, 10), "US President Donald Trump said so.", ...body.slice(10, 40), "former President Joe Biden, and US President Donald Trump, met.", ...body.slice(40)],
    ].map((ls) => ls.join("\n"));
    let previous = "";
    for (const text of texts) {
      store.beginText(text, previous);
      const got = withMemo(store, () => officeMentions(kb, text, 0));
      store.endRun();
      previous = text;
      assert.deepStrictEqual(got, officeMentions(kb, text, 0));
    }
    assert.ok(officeMentions(kb, texts[0]!, 0).length > 0);
  });
});
