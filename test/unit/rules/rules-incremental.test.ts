import { strict as assert } from "node:assert";
import { analyze } from "../../../src/core/analyze";
import { IncrementalAnalyzer } from "../../../src/core/incremental";
import { randomEdit, rng } from "../random-edits";
import { sameAsFull } from "../same-as-full";

const SPEAKERS = [
  "Prices rose 12 percent in March.",
  "Maria Lopez, the agency's head, said the plan was sound.",
  "Exports fell to 3.1 million tonnes in April.",
  "The central bank said rates would stay at 4 percent.",
  "Another 300 jobs went in May.",
].join("\n");

const DATES = [
  "KYIV, Dec 28 (Reuters) – The war, now in its fourth year, dragged on.",
  "The summit is scheduled for Jan. 12, 2025. The annual meeting on May 14 was calm.",
  "The annual meeting on May 15 ended early. The trial opened on March 3, 2024.",
  "The trial opened on March 4, 2024, the court said. He was born in 1970 and turned 50 in 2025.",
  "Its 10th anniversary of the founding falls in 2026; the company was founded in 2012.",
].join("\n");

describe("rules while the editor re-analyses", () => {
  it("changes the attribution fixes of an unchanged paragraph when a speaker elsewhere changes", () => {
    sameAsFull([
      SPEAKERS,
      SPEAKERS.replace("Maria Lopez", "Juan Perez"),
      SPEAKERS.replace("Maria Lopez", "Juan Perez").replace("The central bank said", "The central bank expects"),
      SPEAKERS.replace("Maria Lopez, the agency's head, said the plan was sound.\n", ""),
      SPEAKERS,
      `Intro line.\n${SPEAKERS}`,
    ], null);
  });

  it("keeps the attribution fixes' speakers only while the sources' names, their order and first appearances stay", () => {
    const lines = SPEAKERS.split("\n");
    const swapped = [lines[0], lines[3], lines[2], lines[1], lines[4]].join("\n");
    const twice = `${SPEAKERS}\nMaria Lopez said 5 more would go.`;
    sameAsFull([
      SPEAKERS,
      SPEAKERS.replace("Exports fell", "Exports dropped"),
      SPEAKERS.replace("Another 300 jobs", "Another 310 jobs"),
      swapped,
      swapped.replace("Prices rose", "The central bank said prices rose"),
      twice,
      twice.replace("Maria Lopez said 5", "Maria Lopez, again, said 5"),
      SPEAKERS,
    ], null);
  });

  it("follows the document date, an event's context word and the words around a date", () => {
    sameAsFull(
      [
        DATES,
        DATES.replace("KYIV, Dec 28 (Reuters) – ", ""),
        DATES.replace("---", "").replace("KYIV", "MOSCOW"),
        `---\ndate: 2024-06-01\n---\n${DATES}`,
        `---\ndate: 2021-06-01\n---\n${DATES}`,
        DATES.replace("KYIV", "Ukraine: KYIV"),
        DATES.replace("The war, now", "The conflict, now"),
        DATES.replace("The summit is scheduled for", "The summit was held on"),
        DATES.replace("The annual meeting on May 15", "The board meeting on May 15"),
        DATES.replace("\nThe trial opened on March 4", "\nSince the trial opened on March 4"),
        DATES.replace("anniversary of the founding", "anniversary of the founding\n"),
      ],
      "2025-12-28",
    );
  });

  it("finds 'years ago', 'its nth anniversary', apposed ages and reversed spans again after edits", () => {
    const text = [
      "The company was founded 20 years ago, in 1999. The firm, founded in 2001, marks its 30th anniversary.",
      "Mr Keller, 45, was born in 1985. The fair runs from July 3 to July 1, 2026.",
    ].join("\n");
    sameAsFull(
      [
        text,
        text.replace("20 years ago", "27 years ago"),
        text.replace("27 years ago", "20 years ag"),
        text.replace("its 30th anniversary", "its 25th anniversary"),
        text.replace("Mr Keller, 45,", "Mr Keller, 41,"),
        text.replace("July 1", "July 10"),
        `Intro.\n${text}`,
        text,
      ],
      "2026-03-05",
    );
  });

  it("reads a date's clause again when a word in it changes and nothing moves", () => {
    // Same length, the dates at the same places: only the words say the summit is planned.
    const unplanned = DATES.replace("is scheduled for", "is schedules for");
    sameAsFull([DATES, unplanned, DATES, `x${unplanned}`, `x${DATES}`], "2025-12-28");
  });

  it("follows a document date that comes and goes without a reference date", () => {
    const plain = DATES.replace("KYIV, Dec 28 (Reuters) – ", "");
    sameAsFull([plain, `---\ndate: 2024-06-01\n---\n${plain}`, plain, `---\ndate: 2026-02-01\n---\n${plain}`, DATES, plain], null);
  });

  it("keeps two editing sessions apart when they alternate", () => {
    const a = new IncrementalAnalyzer({ referenceDate: "2025-12-28" });
    const b = new IncrementalAnalyzer({ referenceDate: "2025-12-28" });
    const other = SPEAKERS.replace("Maria Lopez", "Juan Perez").replace("12 percent", "13 percent; see [1]");
    for (let i = 0; i < 4; i++) {
      const ta = i % 2 ? SPEAKERS : `${SPEAKERS}\nMore: 40 percent.`;
      const tb = i % 2 ? other : `Intro.\n${other}`;
      assert.deepStrictEqual(a.analyze(ta), analyze(ta, { referenceDate: "2025-12-28" }), `a ${i}`);
      assert.deepStrictEqual(b.analyze(tb), analyze(tb, { referenceDate: "2025-12-28" }), `b ${i}`);
    }
  });

  it("stays identical under random edits of an article with findings of every rule", () => {
    const alphabet = ["a", " ", "\n", "1", "2025", "said", "Russia", "the war", "percent", "“", "”", "May 15", "Tuesday, ", "founded in ", "years since"];
    for (const seed of [3, 4]) {
      const r = rng(seed);
      const inc = new IncrementalAnalyzer({ referenceDate: "2025-12-28" });
      let text = `${SPEAKERS}\n${DATES}`;
      for (let i = 0; i < 60; i++) {
        text = randomEdit(text, r, { alphabet, insert: 0.5, remove: 0.35, maxDelete: 6 });
        assert.deepStrictEqual(inc.analyze(text), analyze(text, { referenceDate: "2025-12-28" }), `seed ${seed}, edit ${i}`);
      }
    }
  });
});
