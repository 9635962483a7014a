import { strict as assert } from "node:assert";
import { analyze } from "../../src/core/analyze";
import { IncrementalAnalyzer } from "../../src/core/incremental";
import { randomEdit, rng } from "./random-edits";

/** An article dated only by what it says: a yearless dateline, office holders, an nth year, relative years, seasons. */
const ARTICLE = [
  "KYIV, Dec 28 (Reuters) – Ukrainian President Volodymyr Zelensky said on Sunday that 90 percent of the plan was agreed.",
  "US President Donald Trump, who met Zelensky in Florida, said the war, now in its fourth year, could end soon.",
  "Talks held on Tuesday, July 22 failed, and the first five months of 2025 saw heavy fighting.",
  "Last year's 2024 election changed little; the 2025-26 season opened late, officials said on March 3, 2025.",
  "The envoy expects to finish by 2028, and a summit is planned for January.",
  ...Array.from({ length: 30 }, (_, k) => `Paragraph ${k} says that officials met (again), and that nothing was decided, he said.`),
  "Prime Minister Keir Starmer, speaking in London, said the 2019/20 figures were revised in 2023.",
  "Ends.",
].join("\n");

const ALPHABET = ["a", "A", "1", "2025", " ", ".", ",", "\n", "’s", "year", " President ", "Biden", "Dec 29", "Tuesday", "-", "(", "last year's 2023"];

/** `text` with `from` replaced by `to` (the first occurrence). */
function edited(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), from);
  return text.replace(from, to);
}

describe("IncrementalAnalyzer without a reference date", () => {
  it("gives the same analysis as analyze() after edits that change the inferred document date", () => {
    const inc = new IncrementalAnalyzer();
    const steps: string[] = [ARTICLE];
    const push = (f: (t: string) => string): void => void steps.push(f(steps[steps.length - 1]!));
    push((t) => edited(t, "KYIV, Dec 28 (Reuters)", "KYIV, Dec 29 (Reuters)")); // the dateline edited
    push((t) => edited(t, "KYIV, Dec 29 (Reuters)", "KYIV, Dec 29, 2026 (Reuters)")); // a year typed into the first paragraph
    push((t) => edited(t, "KYIV, Dec 29, 2026 (Reuters)", "KYIV, (Reuters)")); // the dateline's date deleted
    push((t) => edited(t, "US President Donald Trump", "US President Joe Biden")); // an office holder's name changed
    push((t) => edited(t, "US President Joe Biden", "former US President Joe Biden"));
    push((t) => edited(t, "Ukrainian President Volodymyr Zelensky", "Ukrainian Presiden Volodymyr Zelensky"));
    push((t) => edited(t, "now in its fourth year", "now in its fifth year"));
    push((t) => edited(t, "Last year's 2024 election", "Next year's 2024 election"));
    push((t) => edited(t, "the 2025-26 season", "the 2021-22 season"));
    push((t) => edited(t, "Paragraph 17 says", "Paragraph 17 (far from all) says")); // an edit far from everything that dates the document
    push((t) => edited(t, "Prime Minister Keir Starmer", "Prime Minister Keir Starmer and US President Donald Trump"));
    push((t) => edited(t, "KYIV, (Reuters)", "KYIV, Dec 28 (Reuters)"));
    push((t) => "Dec 5, 2024\n" + t); // a date line above everything
    push((t) => t.slice(t.indexOf("\n") + 1));
    for (const [i, text] of steps.entries()) assert.deepStrictEqual(inc.analyze(text), analyze(text), `step ${i}`);
    const dates = new Set(steps.map((t) => JSON.stringify(analyze(t).documentDate && [analyze(t).documentDate!.from, analyze(t).documentDate!.to])));
    assert.ok(dates.size >= 3, `the steps gave only ${dates.size} document dates`);
  });

  it("gives the same analysis as analyze() after each of many random edits", () => {
    for (const seed of [1, 2]) {
      const r = rng(seed);
      const inc = new IncrementalAnalyzer();
      let text = ARTICLE;
      for (let i = 0; i < 60; i++) {
        text = randomEdit(text, r, { alphabet: ALPHABET, insert: 0.5, remove: 0.42, maxDelete: 8 });
        assert.deepStrictEqual(inc.analyze(text), analyze(text), `seed ${seed}, edit ${i}`);
      }
    }
  });
});
