import { strict as assert } from "node:assert";
import { analyze } from "../../../src/core/analyze";
import { IncrementalAnalyzer } from "../../../src/core/incremental";
import { MemoStore, withMemo } from "../../../src/core/memo";
import { Change, KeptMatches, matchRows, putSpan, rowsOf, type Signer } from "../../../src/core/rules/reuse";
import { randomEdit, rng } from "../random-edits";
import { sameAsFull } from "../same-as-full";

/** `text` with `from` replaced by `to` at its `nth` occurrence (0: the first). */
function replaceNth(text: string, from: string, to: string, nth: number): string {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(from, at + 1);
  assert.ok(at >= 0, `no ${nth}th ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

const FIGURES = [
  "Prices rose 12 percent in March, while wages fell.",
  "Maria Lopez, the agency's head, said the plan was sound.",
  "Exports fell to 3.1 million tonnes in April; imports held.",
  "The report, titled “Cocoa in Crisis Again”, came out. “We will not stop here today,” a voice shouted.",
  "Another 300 jobs went in May, and 40 more in June.",
  "The central bank said rates would stay at 4 percent.",
  "Some 25,000 people marched, up from 9,000 a year ago.",
].join("\n");

const DATES = [
  "KYIV, Dec 28 (Reuters) – The war, now in its fourth year, dragged on.",
  "The summit is scheduled for Jan. 12, 2025. The annual meeting on May 14 was calm.",
  "The annual meeting on May 15 ended early. The trial opened on March 3, 2024.",
  "The trial opened on March 4, 2024, the court said. He was born in 1970 and turned 50 in 2025.",
  "Its 10th anniversary of the founding falls in 2026; the company was founded in 2012.",
  "Talks are planned for Nov. 3, 2025, officials said. It is ten years since the flood in 2014.",
].join("\n");

describe("rules' reuse while the editor re-analyses", () => {
  describe("Change and matchRows", () => {
    // A row: where the item reads (its span), the span again, and a label.
    const signer: Signer<{ readonly span: { start: number; end: number }; readonly label?: string }> = {
      moves: [true, true, true, true, false],
      sign: (x, nums, at) => {
        putSpan(nums, at, x.span);
        putSpan(nums, at + 2, x.span);
        nums[at + 4] = 7;
      },
      sameLabels: (a, b) => a.label === b.label,
    };
    const at = (start: number, end: number, label?: string): { span: { start: number; end: number }; label?: string } => ({ span: { start, end }, ...(label ? { label } : {}) });

    it("keeps items before the edit as they are and after it moved, and widens the window to the others", () => {
      // "aaaa bbbb cccc" → "aaaa bXbbb cccc": one character inserted at 6.
      const change = new Change("aaaa bbbb cccc", "aaaa bXbbb cccc");
      assert.deepEqual([change.same, change.sameEnd, change.shift], [6, 7, 1]);
      const kept = matchRows(rowsOf([at(0, 4), at(5, 9), at(10, 14)], signer), [at(0, 4), at(5, 10), at(11, 15)], signer, change);
      assert.deepEqual([kept.head, kept.tail], [1, 1]);
      assert.deepEqual([kept.rows.end(0), kept.rows.start(2), kept.rows.num(2, 4)], [4, 11, 7]);
      // The word the edit touched, as it is now and as it was (moved into this text).
      assert.deepEqual([change.lo, change.hi], [5, 10]);
    });

    it("does not keep an item that changed though it lies outside the edit, and one gone or new widens the window", () => {
      const change = new Change("aaaa bbbb cccc dddd", "aaaa bbbb cXccc dddd");
      // The first item now ends later, the last has another label: not kept, though the text there is the same.
      const kept = matchRows(rowsOf([at(0, 4), at(5, 9), at(15, 19, "a")], signer), [at(0, 5), at(5, 9), at(12, 14), at(16, 20, "b")], signer, change);
      assert.deepEqual([kept.head, kept.tail], [0, 0]);
      assert.deepEqual([change.lo, change.hi], [0, 20]);
    });

    it("tells an offset that is none (-1) from one the edit moved to -1", () => {
      const gap: Signer<{ readonly s: number; readonly at?: number }> = { moves: [true, true, true], sign: (x, nums, i) => nums.set([x.s, x.s + 1, x.at ?? -1], i) };
      // One character removed at the start: the item moves back by one, and its offset 0 would move to -1, which is none.
      const change = new Change("xabcdefgh", "abcdefgh");
      const kept = matchRows(rowsOf([{ s: 5, at: 0 }], gap), [{ s: 4 }], gap, change);
      assert.deepEqual([kept.head, kept.tail], [0, 0]);
    });

    it("keeps nothing of a list whose items all moved into the edit", () => {
      const change = new Change("abc", "xyz");
      const kept = matchRows(rowsOf([at(0, 3)], signer), [at(0, 3)], signer, change);
      assert.deepEqual([kept.head, kept.tail], [0, 0]);
    });

    it("copies the row of an item that is the previous run's object only while what it reads is the previous run's too", () => {
      // Items read their "sentence" (a span of a list), as the rules' items read the document's sentences.
      type Item = { readonly span: { start: number; end: number }; readonly sentence: number };
      const withBasis = (list: readonly ({ start: number; end: number } | undefined)[]): Signer<Item> => ({
        moves: [true, true, true, true],
        sign: (x, nums, i) => {
          const s = list[x.sentence];
          nums[i] = s ? s.start : 0;
          nums[i + 1] = s ? s.end : 99;
          putSpan(nums, i + 2, x.span);
        },
        basis: { list, of: (x) => x.sentence },
      });
      const s0 = { start: 0, end: 9 };
      const s1 = { start: 10, end: 19 };
      const a: Item = { span: { start: 2, end: 4 }, sentence: 0 };
      const b: Item = { span: { start: 12, end: 14 }, sentence: 1 };
      const c: Item = { span: { start: 30, end: 31 }, sentence: 5 };
      // "…" edited at 25: `a` and `b` read the same sentences as before, `c` none (its row reads the list's end).
      const before = withBasis([s0, s1]);
      const prev = rowsOf([a, b, c], before);
      const kept = matchRows(prev, [a, b, c], withBasis([s0, s1]), new Change("x".repeat(40), "x".repeat(25) + "y" + "x".repeat(15)));
      assert.equal(kept.head, 2);
      assert.deepEqual(Array.from(kept.rows.nums), Array.from(rowsOf([a, b, c], withBasis([s0, s1])).nums));
      // The same items, but the second sentence is another object that now ends later: its row is made anew, not copied.
      const longer = { start: 10, end: 26 };
      const again = matchRows(prev, [a, b, c], withBasis([s0, longer]), new Change("x".repeat(40), "x".repeat(25) + "y" + "x".repeat(15)));
      assert.equal(again.head, 1);
      assert.deepEqual([again.rows.start(1), again.rows.end(1)], [10, 26]);
    });
  });

  describe("KeptMatches", () => {
    const scanAll = (re: RegExp) => (text: string) => [...text.matchAll(new RegExp(re.source, re.flags))];
    const cases: { re: RegExp; barrier: (c: number) => boolean; alphabet: string[] }[] = [
      { re: /born/gi, barrier: (c) => !((c >= 65 && c <= 90) || (c >= 97 && c <= 122)), alphabet: ["born", "b", "orn", "Born ", " ", ".", "x"] },
      { re: /\b(\d+|ten)\s+years,?\s+since\s+([^,.;:]{3,20})/gi, barrier: (c) => c === 46 || c === 59 || c === 58, alphabet: ["ten", " years", ", since", " since the flood", "5", ".", ";", "\n", " ", "a"] },
    ];
    for (const { re, barrier, alphabet } of cases) {
      it(`finds what a search of the whole text finds, after each random edit (${re.source.slice(0, 20)})`, () => {
        const kept = new KeptMatches(re, barrier, scanAll(re));
        const store = new MemoStore();
        const r = rng(7);
        let prev = "";
        let text = "Ten years since the flood. He was born in 1970; ten years, since the war began.\nBorn again.";
        for (let i = 0; i < 300; i++) {
          store.beginText(text, prev);
          const got = withMemo(store, () => kept.in(text));
          store.endRun();
          const want = scanAll(re)(text);
          assert.deepEqual(
            got.map((m) => [m.index, ...m]),
            want.map((m) => [m.index, ...m]),
            `edit ${i}: ${JSON.stringify(text)}`,
          );
          prev = text;
          text = randomEdit(text, r, { alphabet, insert: 0.5, remove: 0.4, maxDelete: 5 });
        }
      });
    }
  });

  describe("unsourced figures", () => {
    it("keeps or remakes findings for edits before, inside and after a paragraph with findings", () => {
      const third = FIGURES.indexOf("Exports");
      sameAsFull([
        FIGURES,
        `x${FIGURES}`,
        FIGURES.replace("Prices rose", "Prices rose sharply"),
        FIGURES.replace("3.1 million", "3.2 million"),
        FIGURES.replace("3.1 million tonnes", "3.1 million tonnes, officials said,"),
        FIGURES.replace("in April; imports held.", "in April; imports held, and held."),
        `${FIGURES.slice(0, third)}New line with 7 percent.\n${FIGURES.slice(third)}`,
        FIGURES.replace("Another 300 jobs went in May", "Another 310 jobs went in May"),
        `${FIGURES}\nA last line with 5 percent.`,
        FIGURES,
      ]);
    });

    it("follows a figure that becomes sourced or unsourced, quoted or cited", () => {
      sameAsFull([
        FIGURES,
        FIGURES.replace("Prices rose 12 percent in March", "Prices rose 12 percent in March, the ministry said"),
        FIGURES,
        FIGURES.replace("Another 300 jobs", "“Another 300 jobs"),
        FIGURES.replace("Another 300 jobs went in May", "“Another 300 jobs went in May”"),
        FIGURES.replace("Some 25,000 people marched", "Some 25,000 people marched [1]"),
        FIGURES.replace("The central bank said", "The central bank hopes"),
        FIGURES,
      ]);
    });

    it("follows a quotation opened before an unchanged sentence with a figure", () => {
      const text = `${FIGURES}\nCosts rose 12 percent. Wages rose 4 percent.\nThe end.`;
      sameAsFull([text, text.replace("Costs rose 12", "“Costs rose 12"), text, text.replace("Costs rose 12", "Costs, “rose 12"), text]);
    });

    it("changes the attribution fixes of unchanged paragraphs when a source elsewhere changes", () => {
      sameAsFull([
        FIGURES,
        FIGURES.replace("Maria Lopez", "Maria Lopes"),
        FIGURES.replace("Maria Lopez, the agency's head, said", "Maria Lopez, the agency's head, hoped"),
        FIGURES.replace("Exports fell", "Juan Perez said exports fell"),
        FIGURES.replace("The central bank said", "The central bank and Juan Perez said"),
        FIGURES,
      ]);
    });
  });

  it("keeps no finding of another severity: editors with other levels for a rule, one after the other", () => {
    const levels = [{}, { "unsourced-figure": "error", "unattributed-quote": "error" }, { "unsourced-figure": "hint", "date-inconsistency": "error", "unattributed-quote": "information" }] as const;
    const editors = levels.map((rules) => ({ options: { referenceDate: "2025-12-28", rules }, inc: new IncrementalAnalyzer({ referenceDate: "2025-12-28", rules }) }));
    const steps = [FIGURES, `${FIGURES}\nMore: 7 percent.`, `x${FIGURES}\nMore: 7 percent.`, FIGURES];
    for (const text of steps) {
      for (const { options, inc } of editors) assert.deepStrictEqual(inc.analyze(text), analyze(text, options), text.slice(0, 30));
    }
    // The rule's last run was another editor's, at another level.
    const hint = new IncrementalAnalyzer({ rules: { "unsourced-figure": "hint", "unattributed-quote": "hint" } });
    const plain = new IncrementalAnalyzer();
    // (A text without figures first: the rule makes every finding of the next run at the level "hint".)
    plain.analyze("Nothing to see.");
    hint.analyze(FIGURES);
    assert.deepStrictEqual(plain.analyze(`${FIGURES}\nx`), analyze(`${FIGURES}\nx`));
    for (const rule of ["unsourced-figure", "unattributed-quote"]) {
      const severities = editors[1]!.inc.analyze(FIGURES).findings.filter((f) => f.ruleId === rule).map((f) => f.severity);
      assert.ok(severities.length > 0 && severities.every((s) => s === "error"), rule);
    }
  });

  describe("the date rule", () => {
    it("follows a date of the same event elsewhere, an anniversary's start, and the document date", () => {
      sameAsFull([
        DATES,
        DATES.replace("March 3, 2024", "March 4, 2024"),
        DATES.replace("March 3, 2024", "March 5, 2024"),
        DATES.replace("founded in 2012", "founded in 2013"),
        DATES.replace("was founded in 2012", "was built in 2012"),
        DATES.replace("was founded in 2012", "was founded, in 2012"),
        DATES.replace("since the flood in 2014", "since 2014"),
        DATES.replace("since the flood in 2014", "since 2016"),
        `${DATES}\nIt is five years since 2019, and the town was flooded in 2014.`,
        DATES.replace("the flood in 2014", "the flood in 2015"),
        DATES.replace("KYIV, Dec 28 (Reuters)", "KYIV, Dec 27 (Reuters)"),
        `x${DATES}`,
        DATES.replace("Talks are planned", "Talks were planned"),
        DATES.replace("Nov. 3, 2025", "Nov. 3, 2026"),
        DATES,
      ]);
    });

    it("follows a date that gains or loses its year, weekday or validity while the number of dates stays", () => {
      // The lists of dates each step looks at are kept while every date is of the same kinds.
      const twice = `${DATES}\n${DATES}`;
      for (const referenceDate of ["2025-12-28", null]) {
        sameAsFull(
          [
            twice,
            replaceNth(twice, "March 3, 2024", "March 3", 1),
            replaceNth(twice, "Jan. 12, 2025", "Monday, Jan. 12, 2025", 0),
            replaceNth(twice, "Jan. 12, 2025", "Feb. 30, 2025", 1),
            replaceNth(twice, "Jan. 12, 2025", "Feb. 28, 2025", 1),
            replaceNth(twice, "Nov. 3, 2025", "Nov. 3, 2024", 0),
            replaceNth(twice, "Talks are planned", "Talks were held", 1),
            twice,
          ],
          referenceDate,
        );
      }
    });

    it("remakes the findings against the document date when the document date changes and its dates do not", () => {
      const planned = `${DATES}\nThe vote is planned for Jan. 5, 2025.`;
      sameAsFull(
        [
          planned,
          planned.replace("KYIV, Dec 28 (Reuters)", "KYIV, Dec 27 (Reuters)"),
          `---\ndate: 2025-12-20\n---\n${planned}`,
          `---\ndate: 2025-12-21\n---\n${planned}`,
          planned,
        ],
        null,
      );
    });

    it("moves a finding against the document date with its date, and remakes it when the words change", () => {
      const planned = `${DATES}\nThe vote is planned for Jan. 5, 2024.\nThe launch is planned for Feb. 2, 2024.`;
      sameAsFull([
        planned,
        replaceNth(planned, "planned", "planned still", 0),
        replaceNth(planned, "Jan. 5, 2024", "Jan. 6, 2024", 0),
        `Intro.\n${planned}`,
        planned.replace("The vote is planned", "The vote was planned"),
        planned.replace("KYIV, Dec 28 (Reuters) – ", ""),
        planned,
      ]);
    });
  });

  describe("unattributed quotations", () => {
    it("follows a title's cue and a speaker that come and go around a quotation the edit leaves alone", () => {
      sameAsFull([
        FIGURES,
        FIGURES.replace("titled “Cocoa", "named “Cocoa"),
        FIGURES.replace("titled “Cocoa", "about “Cocoa"),
        FIGURES.replace("a voice shouted", "Maria Lopez shouted"),
        `x${FIGURES}`,
        FIGURES.replace("came out.", "came out again."),
        FIGURES,
      ]);
    });

    it("follows the noun that comes and goes after a name in quotation marks the edit leaves alone", () => {
      const text = "Officials unveiled the “Safe Streets For All” plan on Monday. Nobody else spoke.";
      sameAsFull([
        text,
        text.replace(" plan on", " on"),
        text.replace(" plan on", " Plan on"),
        text.replace(" plan on", " plan, on"),
        text.replace("the “", "a “"),
        text,
      ]);
    });
  });

  it("stays identical under random edits of an article with findings of every rule", () => {
    const alphabet = ["a", " ", "\n", "1", "2025", "said", "percent", "“", "”", "May 15", "planned for ", "titled ", "[1]", ".", ",", "Maria Lopez "];
    for (const seed of [11, 12]) {
      const r = rng(seed);
      const inc = new IncrementalAnalyzer({ referenceDate: "2025-12-28" });
      let text = `${DATES}\n${FIGURES}\n${DATES}`;
      for (let i = 0; i < 50; i++) {
        text = randomEdit(text, r, { alphabet, insert: 0.5, remove: 0.35, maxDelete: 8 });
        assert.deepStrictEqual(inc.analyze(text), analyze(text, { referenceDate: "2025-12-28" }), `seed ${seed}, edit ${i}`);
      }
    }
  });
});
