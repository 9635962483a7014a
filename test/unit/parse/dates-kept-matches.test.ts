import { strict as assert } from "node:assert";
import {
  isSeasonWall,
  isWordWall,
  keptMatches,
  matchesBefore,
  type Match,
  MONTHS_WORD,
  NTH_YEAR,
  nthYearMatches,
  PART_OF_YEAR,
  RELATIVE_YEAR,
  RELATIVE_YEAR_WORD,
  SEASON_RANGE,
  seasonRanges,
} from "../../../src/core/parse/dates/document-date";
import { MemoStore, withMemo } from "../../../src/core/memo";
import { rng } from "../random-edits";

/** Phrases of every kind the document date reads, their pieces, and every kind of separator. */
const PIECES = [
  "now in its fourth year", "its 3rd", " year", "the second year of the ", "twenty-", "first", "ITS FIFTH YEAR",
  "last year's 2024 election", "this year’s", " 2025", "next year's", "big-ticket ", "the first five months of 2025",
  "past 11 months of ", "2023", "opening", " three months", " of ", "the 2025-26 season", "2019/20", "1999–00", "20", "-", "–", "/",
  "war", "The ", ", ", ". ", ".", "’", "'", "(", ")", "é", "\n", "\n\n", " ", "\u00a0", "  ", "\t", "_", "9", "x",
];

function randomText(r: () => number, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)]!;
  return s;
}

const all = (re: RegExp, text: string): unknown[] => [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, [...m]]);
const own = (ms: readonly Match[]): unknown[] => ms.map((m) => [m.index, [...m]]);


describe("the document date's phrase matches, kept across edits in an incremental session", () => {
  it("are those of a scan of the whole text after each random edit", () => {
    let found = 0;
    for (const seed of [1, 2, 3]) {
      const r = rng(seed);
      const store = new MemoStore();
      let text = randomText(r, 300);
      let previous = "";
      for (let i = 0; i < 150; i++) {
        const at = Math.floor(r() * (text.length + 1));
        const kind = r();
        if (kind < 0.5) text = text.slice(0, at) + randomText(r, 1 + Math.floor(r() * 2)) + text.slice(at);
        else text = text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 6));
        store.beginText(text, previous);
        const got = withMemo(store, () => ({
          nth: own(nthYearMatches(text)),
          relative: own(keptMatches("relative-year", text, isWordWall, (t, to) => matchesBefore(t, RELATIVE_YEAR, RELATIVE_YEAR_WORD, 1, undefined, 0, to))),
          part: own(keptMatches("part-of-year", text, isWordWall, (t, to) => matchesBefore(t, PART_OF_YEAR, MONTHS_WORD, 3, undefined, 0, to))),
          season: own(keptMatches("season-range", text, isSeasonWall, seasonRanges)),
        }));
        store.endRun();
        previous = text;
        const want = { nth: all(NTH_YEAR, text), relative: all(RELATIVE_YEAR, text), part: all(PART_OF_YEAR, text), season: all(SEASON_RANGE, text) };
        assert.deepStrictEqual(got, want, `seed ${seed}, edit ${i}`);
        found += want.nth.length + want.relative.length + want.part.length + want.season.length;
      }
    }
    assert.ok(found > 1000, `only ${found} matches`);
  });

  it("walls are characters no match holds", () => {
    for (const c of "abcXYZ09_'’- \t\n\u00a0") assert.ok(!isWordWall(c.charCodeAt(0)), JSON.stringify(c));
    for (const c of ".,;:()“”é/–") assert.ok(isWordWall(c.charCodeAt(0)), JSON.stringify(c));
    for (const c of "0123456789-–/") assert.ok(!isSeasonWall(c.charCodeAt(0)), JSON.stringify(c));
    for (const c of " a.,\n") assert.ok(isSeasonWall(c.charCodeAt(0)), JSON.stringify(c));
  });
});
