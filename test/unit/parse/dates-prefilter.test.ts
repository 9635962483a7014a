import { strict as assert } from "node:assert";
import { intRng, rng } from "../random-edits";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseDocument } from "../../../src/core/parse/document";
import { analyzeDates, NTH_YEAR, NTH_YEAR_HINT } from "../../../src/core/parse/dates";
import { anchorLists, CHRONO_HINT, CHRONO_NUMERIC_HINT, chronoHint, lexicon, lexiconWords, plainDates, scanExpressions, type RawExpression } from "../../../src/core/parse/dates/expressions";
import { matchesBefore, MONTHS_WORD, nthYearMatches, PART_OF_YEAR, RELATIVE_YEAR, RELATIVE_YEAR_WORD, sentenceAt } from "../../../src/core/parse/dates/document-date";
import { ANNIVERSARY, ANNIVERSARY_WORD, YEARS_SINCE, YEARS_SINCE_WORD } from "../../../src/core/rules/date-inconsistency";
import { eventsIn } from "../../../src/core/parse/dates/knowledge";
import { KnowledgeBase } from "../../../src/core/knowledge";
import { analyze } from "../../../src/core/analyze";
import { IncrementalAnalyzer } from "../../../src/core/incremental";
import { MemoStore, withMemo } from "../../../src/core/memo";
import { classifyByLists, classifyWord, MARKER_WORDS } from "../../../src/core/parse/dates/tense";

const kb = KnowledgeBase.bundled();
const REPO = path.resolve(__dirname, "../../..");

/** One paragraph per line: a sample of what each pattern and chrono's parsers read, and near misses. */
const SAMPLES = [
  "The deal was signed on December 28, 2025, and talks resumed on 3 March 2024. It met on Dec. 12.",
  "On Tuesday, July 22, 2025 at 10:30 a.m. EST the board met; on 12/28/2025 and 2025-12-28 it met again.",
  "From Aug. 26 to Oct. 20, then the twenty-first of December, the 5th of May and 28Dec and Dec28.",
  "Held 2025 Dec 28, 2025.12.28, 2025 12 28 and 28-Dec-2025; then March first and May the fourth.",
  "It is due April 31, on 30 February and on February 29, 2023; Monday, Sept. 5 and Sept 31.",
  "The sale closed at 3 p.m., at noon, at midnight and at 10:30 am Wednesday; 10 p.m. Wednesday.",
  "Sunday morning, yesterday afternoon, this evening, tonight, last night, overnight and mid-afternoon yesterday.",
  "Early today, late yesterday and tomorrow; on Mondays and Fridays nights; last Friday and next Tuesday's vote.",
  "In January 2024, early January 2024, the end of March 2025, June of 1998; June last year and March next year.",
  "In the year two thousand and one, nineteen ninety-six, January nineteen ninety-seven, the winter of nineteen ninety-four.",
  "By year-end, the end of the year, the current fiscal year and the full year; in January, last April, next March.",
  "In May, since March, until May 2026; in 1998, fiscal 1999, early 2026, mid-1990, the 2025-26 season, $1998, 2,000.",
  "The 1990s, the mid-1980s, the '90s, the 20th century; the third quarter, fourth-quarter, the first quarter of 2026.",
  "The 1988 second quarter, the year-earlier third quarter, next year's first quarter, the same period last year.",
  "The first half of 2025, the second half, this summer, last fall, the spring of 2026, winter 2025, in the summer.",
  "Last week, this month, next year, the weekend, earlier this year, the past year, the coming week, late last decade.",
  "For 15-year terms, two weeks, nearly a year, the past three years, several weeks, three years ago, a year earlier.",
  "Two days later, $5 million a year, twice a week, half an hour, 1.5 years, a few days later, almost two years ago.",
  "In recent weeks, for years, in weeks, over decades, a year-ago quarter, year-earlier results, every year, each week.",
  "Every Monday, daily, annually, per year, every other two months; now, currently, these days, at the moment.",
  "Recently, lately, in recent years, in the near future, the past, the coming months, in the years ahead, the short term.",
  "On Christmas Day, New Year's Eve, Thanksgiving, Independence Day, Labor Day, Memorial Day, Valentine's Day, Halloween.",
  "A market decision may march on; the remainder of the session; 3.5 percent and 1-0 and 12 3.",
  "Numeric dates: 28.12.25, 5-1-2025 at noon, 2025.1.5, 1.12.12, 12-28-2025 through 12/30, Monday 12/29 and 3.5 at 5 p.m.",
  "In November 2006 and since May 2008, software 1.1.1 (10.4.1) on December 12006; Dec 3-2025, Dec 31st 2025.",
  "Near misses: 737-800 jets, 15-20% growth, $4.6 billion, the 2010-11 season, 2.5 percent on Tuesday at noon.",
  "Nothing here is a date at all, just words and numbers like 17 and 42.",
  "FY2025, mid-1990, x2025, 2025s, 20250, 12025, 1599, 2100, June 2025, 1,999 and $2024; June, 2019.",
  "Numbers only: 1600 2099 16000 9 2025",
  "Since May, in March, by MAY, in MARCH, until may, in march, since Mayor Smith, to Marches; in Mar and in Ma\u00efy.",
  "Spaces: at 5pm, 5 PM, 10:30\u00a0a.m., 3\tpm and 7\u202fP.M.; every\u00a0year, per\tweek, each\u2009month; a two-year term, three\u00a0days, five\u2009weeks ago.",
  "By the year\u2019s end, YEAR END, the year-end, full year, the end of the year; this\u00a0week, last\u3000month, the coming\tdecade; Monday today, I am, per cent.",
  "lower case: on monday and in january, by may 5, 5 december 2025, last friday, april 31, wednesday's vote; Sat. and SUNDAY, SEPT. 2025, mid-March.",
  "MAY 5, DECEMBER FIRST, 5TH OF JUNE, JAN.5, dec.-28 and Sept..12.",
  "\u00c9lections on 5 mai; Ναι on 12 Δεκ; the ſeptember 5 typo and the K 5.",
  "Plain dates: it met on June 18, then Dec. 28, 2025 and September 11th; by May 5, 2025, the company said on Nov 21 (Reuters) it would.",
  "Officials said on June 18 in the morning, then Dec. 28 a.m., May 5 amazing, June 18, EST and June 18, 2008 BC; the habitat 12 stood.",
  "Officials agreed June 18 to July 20, June 18 July 20, the first June 18, 2008 June 20, April 31, February 29 and Sept. 5 o'clock.",
  "Officials reported Thursday, June 18 and Monday June 22, twenty-first June, June 18 to twentieth, June 18-20 and June 18 of 2008.",
  "Officials beforehand said June 18 at 10 and June 19 thisweek; Jun 3 tat 12 and December 2 until 5 p.m. across Brussels.",
  "Twenty-one years, 1.5 years, a couple of weeks, couple of days, several more weeks, five additional months, half an hour, half a day.",
  "Datelines: BRUSSELS, Nov 21 (Reuters) – LONDON, Sept 3 (AP) — Mar 5 and Jun 30, 2024, Sep 31, Dec 25 EST, Jan 2 Jan 3.",
  "Anchored: the second half of \t 2025, the beginning of   March 2024, mid-  June, FY2025, late in\u00a0May, through  March, $1998 and 2,000; early 2026.",
  "Runs: just  under \t a  couple  of \u00a0 more \u2003 days, more than   twenty  one  years ago, the   past\t\tthree  weeks, earlier \u2003 this \t year, late   last  decade.",
  "At least a few-day, half  an  hour, some  further  months later, several   more  years  earlier, the  coming \u00a0week, up to  nine   additional  centuries, this\u00a0 weekend.",
  "The year, this year, per year, fiscal year, x5 years, 5\u00a0years, 5\u2009-year, 5 -year, FIFTEEN YEARS, a dozen  weeks, data year, nineteen-day.",
];

function articles(): string[] {
  const out = [...SAMPLES];
  const seeds = path.join(REPO, "seeds");
  if (fs.existsSync(seeds)) for (const f of fs.readdirSync(seeds).sort()) out.push(fs.readFileSync(path.join(seeds, f), "utf8"));
  const dev = path.resolve(REPO, "../shared/eval/dev");
  if (fs.existsSync(dev)) for (const f of fs.readdirSync(dev).filter((x) => x.endsWith(".txt")).sort()) out.push(fs.readFileSync(path.join(dev, f), "utf8"));
  return out;
}

/** An expression as data: its offsets and what it resolves to in a few contexts. */
function plain(e: RawExpression): unknown {
  const ctxs = [
    { ref: undefined, tense: undefined, quarter: undefined },
    { ref: "2025-12-28", tense: "past" as const, quarter: undefined },
    { ref: "2025-03-03", tense: "future" as const, quarter: { year: 2024, q: 4 } },
  ];
  return { start: e.start, end: e.end, written: e.written, invalid: e.invalid, kind: e.kind, values: ctxs.map((c) => e.resolve(c)) };
}

/**
 * Texts of random words with random gaps between them: the expressions found with the prefilters are those
 * found running chrono and every pattern. How many expressions they hold.
 */
function sameInGeneratedTexts(words: readonly string[], gaps: readonly string[], o: { seed: number; texts: number; fewest: number; more: number }): number {
  const rnd = intRng(o.seed);
  let found = 0;
  for (let k = 0; k < o.texts; k++) {
    let text = words[rnd(words.length)]!;
    for (let w = o.fewest + rnd(o.more); w > 0; w--) text += gaps[rnd(gaps.length)]! + words[rnd(words.length)]!;
    const fast = scanExpressions(text, 0, text.length).map(plain);
    const all = scanExpressions(text, 0, text.length, { prefilter: false }).map(plain);
    assert.deepStrictEqual(fast, all, JSON.stringify(text));
    found += all.length;
  }
  return found;
}

describe("date prefilters", () => {
  it("find the same expressions as running chrono and every pattern on every paragraph", () => {
    let paragraphs = 0;
    for (const text of articles()) {
      for (const p of parseDocument(text).paragraphs) {
        paragraphs++;
        const fast = scanExpressions(text, p.span.start, p.span.end).map(plain);
        const all = scanExpressions(text, p.span.start, p.span.end, { prefilter: false }).map(plain);
        assert.deepStrictEqual(fast, all, text.slice(p.span.start, p.span.end));
      }
    }
    assert.ok(paragraphs > SAMPLES.length);
  });

  it("tell a word's tense from one table as reading the marker lists one after the other does", () => {
    const words = new Set<string>([...MARKER_WORDS, "set", "'ll", "we'll", "we’ll", "it’s", "walked", "need", "bed", "feed", "based", "red", "ed", "shed", "ll", "", "x"]);
    for (const text of articles()) for (const w of text.toLowerCase().match(/[a-z\u00c0-\u024f'’]+/g) ?? []) words.add(w);
    let markers = 0;
    for (const w of words) {
      const k = classifyByLists(w);
      assert.equal(classifyWord(w), k, w);
      if (k) markers++;
    }
    assert.ok(markers > 100, `only ${markers} markers`);
  });

  it("find the durations and periods a scan of the whole paragraph finds, whatever whitespace runs are between their words", () => {
    const words = ["just", "under", "more", "than", "at", "least", "a", "couple", "of", "twenty", "one", "half", "an", "2", "1.5", "x5", "several", "additional", "the", "past", "last", "this", "earlier", "late", "coming", "days", "day", "years", "week", "weekend", "months", "decade", "centuries", "ago", "later", "old", "Monday", "report", "quarter", "quarters", "period", "fourth", "1st", "year-ago", "latest", "in", "for", "took", "minutes", "hours", "of", "fiscal", "2025", "headquarters"];
    const gaps = [" ", " ", " ", "  ", "\t", "\u00a0", " \u2003 ", "-", ", "];
    const found = sameInGeneratedTexts(words, gaps, { seed: 12345, texts: 3000, fewest: 4, more: 12 });
    assert.ok(found > 1000, `only ${found} expressions`);
  });

  it("find the months, weekdays, years and anchor words a scan of the whole paragraph finds, whatever comes before them", () => {
    const words = ["mid", "mid-", "early", "late", "Early", "LATE", "last", "next", "this", "the end of", "end of", "the start of", "the first half of", "fiscal", "FY", "calendar", "in", "since", "by", "until", "of", "to", "x", "said", "market", "Mayor", "may", "May", "March", "march", "Dec.", "Dec", "December", "decision", "Sept", "Sept.", "jun", "June", "Junes", "Julyx", "Octopus", "Monday", "Mondays", "mondays", "month", "Sat", "Saturday", "Wednesday's", "friend", "Fridays", "morning", "mornings", "2025", "1999", "20250", "$2024", "2,000", "now", "current", "recently", "the past", "in the near future", "coming", "coming weeks", "nowadays", "right", "year", "last year", "quarter", "third", "period", "12", "5th", "_", "'s"];
    const gaps = [" ", " ", " ", "", "-", ", ", "  ", "\t", "\u00a0", "."];
    const found = sameInGeneratedTexts(words, gaps, { seed: 31337, texts: 4000, fewest: 3, more: 10 });
    assert.ok(found > 4000, `only ${found} expressions`);
  });

  it("read plainly written dates without chrono, and leave chrono any date something could join", () => {
    assert.deepStrictEqual(plainDates("It met on June 18, 2008 and then on Dec. 28."), [
      { index: 10, text: "June 18, 2008", month: 6, day: 18, year: 2008, weekday: undefined },
      { index: 36, text: "Dec. 28", month: 12, day: 28, year: undefined, weekday: undefined },
    ]);
    assert.deepStrictEqual(plainDates("September 11th"), [{ index: 0, text: "September 11th", month: 9, day: 11, year: undefined, weekday: undefined }]);
    assert.deepStrictEqual(plainDates("BRUSSELS, Nov 21 (Reuters) – European"), [{ index: 10, text: "Nov 21", month: 11, day: 21, year: undefined, weekday: undefined }]);
    assert.deepStrictEqual(plainDates("figures on Thursday, March 6. Farmers’ groups"), [{ index: 11, text: "Thursday, March 6", month: 3, day: 6, year: undefined, weekday: 4 }]);
    assert.deepStrictEqual(plainDates("flight on 11 December -- four years"), [{ index: 10, text: "11 December", month: 12, day: 11, year: undefined, weekday: undefined }]);
    assert.deepStrictEqual(plainDates("signed 4 March 2025 and 1st Dec., 2024 in"), [
      { index: 7, text: "4 March 2025", month: 3, day: 4, year: 2025, weekday: undefined },
      { index: 24, text: "1st Dec., 2024", month: 12, day: 1, year: 2024, weekday: undefined },
    ]);
    for (const s of ["June 18 in the morning", "June 18 a.m.", "June 18 amazing", "June 18, EST", "June 18, 2008 BC", "June 18 to July 20", "June 18 July 20", "the first June 18", "June 18 and 20 others", "last Monday, June 18", "x, Monday, June 18", "(Monday, June 18", "x (on Monday, June 18", "Monday 6 March", "11 December 20", "29 February", "February 29", "April 31", "June 18-20", "June 18 of the month", "no date at all"]) {
      assert.equal(plainDates(s), undefined, s);
    }
  });

  it("read weekday-first and day-first plain dates as chrono reads them, whatever comes around them", () => {
    const words = ["Friday", "on", "On", "this", "last", "next", "at", "the", "of", "to", "(", ",", "--", "said", "officials", "and", "met", "BC", "EST", "(AP)", "am", "morning", "until", "week", "2025", "6", "March", "reported", "groups", "flight", "years", "market"];
    const gaps = [" ", " ", " ", " ", ", ", "  ", "\u00a0"];
    const weekdays = ["Thursday", "Monday", "Sunday"];
    const months = ["March", "December", "Dec.", "Sept", "Sep.", "February", "September", "May"];
    const days = ["6", "11", "11th", "31", "29", "1st", "06", "3rd"];
    const rnd = intRng(777);
    const pick = <T,>(xs: readonly T[]): T => xs[rnd(xs.length)]!;
    const some = (n: number): string => {
      let t = "";
      for (let w = rnd(n + 1); w > 0; w--) t += pick(words) + pick(gaps);
      return t;
    };
    let plainOnes = 0;
    for (let k = 0; k < 4000; k++) {
      const year = rnd(3) === 0 ? pick([", 2025", " 2025", ",2025", " 1999"]) : "";
      const date = rnd(2) === 0 ? `${rnd(2) === 0 ? pick(weekdays) + pick([", ", " ", ",  "]) : ""}${pick(months)} ${pick(days)}${year}` : `${pick(days)} ${pick(months)}${year}`;
      const text = some(3) + date + (rnd(2) === 0 ? pick(gaps) + some(3).trimEnd() : pick(["", ".", ","]));
      if (plainDates(text)) plainOnes++;
      const fast = scanExpressions(text, 0, text.length).map(plain);
      const all = scanExpressions(text, 0, text.length, { prefilter: false }).map(plain);
      assert.deepStrictEqual(fast, all, JSON.stringify(text));
    }
    assert.ok(plainOnes > 1000, `only ${plainOnes} read without chrono`);
  });

  // (Not "from" right before a day-first date: chrono reads "from 6" as a clock time, as long as "6 Dec." and
  // first, and keeps it instead; plainDates() does not know that yet, with or without numbers about.)
  it("read plain dates with lone numbers around them as chrono reads them", () => {
    const words = ["(line", "16)", "16", "9", "(9)", "2025", "2025).", "12345", "at", "to", "on", "said", "officials", "the", "a", "p", "am", "pm", "o'clock", "h", "and", "until", "—", "(", ")", "“", "”", "1316.12", "3/4", "9-5", "9:30", "F-16", "3GS", "x9", "$16", "#9", "16th", "T9", "Z", "EST", "of", "in", "BC", "is"];
    const gaps = [" ", " ", " ", ", ", "  ", "\u00a0", "", ". "];
    const months = ["March", "December", "Dec.", "Sept", "May", "June"];
    const days = ["6", "11", "18", "1st", "3rd", "31"];
    const rnd = intRng(4711);
    const pick = <T,>(xs: readonly T[]): T => xs[rnd(xs.length)]!;
    // Half the texts only with words and numbers chrono joins to nothing, to read many without it.
    const benign = ["(line", "16)", "said", "officials", "the", "and", "(9)", "2025).", "—", "is", "“", "”", "16", "9", "2025", "to", "at", "(", ")"];
    let pool: readonly string[] = words;
    const some = (n: number): string => {
      let t = "";
      for (let w = rnd(n + 1); w > 0; w--) t += pick(pool) + pick(gaps);
      return t;
    };
    let plainOnes = 0;
    for (let k = 0; k < 8000; k++) {
      pool = k % 2 === 0 ? words : benign;
      const date = (): string => (rnd(2) === 0 ? `${pick(months)} ${pick(days)}${rnd(3) === 0 ? ", 2025" : ""}` : `${pick(days)} ${pick(months)}`);
      let text = some(4) + date();
      if (rnd(2) === 0) text += pick(gaps) + some(4) + date();
      text += pick(gaps) + some(4).trimEnd();
      const plainOnesHere = plainDates(text);
      if (plainOnesHere) {
        // Digits besides the dates' own.
        let rest = text;
        for (const d of [...plainOnesHere].reverse()) rest = rest.slice(0, d.index) + rest.slice(d.index + d.text.length);
        if (/\d/.test(rest)) plainOnes++;
      }
      const fast = scanExpressions(text, 0, text.length).map(plain);
      const all = scanExpressions(text, 0, text.length, { prefilter: false }).map(plain);
      assert.deepStrictEqual(fast, all, JSON.stringify(text));
    }
    assert.ok(plainOnes > 100, `only ${plainOnes} read without chrono with numbers about`);
  });

  it("let through every calendar date chrono reads, in any case and spelling", () => {
    for (const s of ["Dec. 28", "December twenty-first", "2025 Dec 28", "28 Dec", "5th of December", "28Dec", "Dec28", "12/28", "2025-12-28", "2025 12 28", "DECEMBER 5", "Sept..12", "the thirtieth of june", "28.12.25", "5-1-2025", "2025-1-5", "2025.1.5", "2025 12-28", "2025-12 28", "1/5", "Dec 5th", "December 31, 2025", "Dec 3-2025"]) {
      assert.ok(CHRONO_HINT.test(s), s);
    }
    for (const s of ["12/28", "2025-12-28", "2025 12 28", "28.12.25", "2025.1.5"]) assert.ok(CHRONO_NUMERIC_HINT.test(s), s);
    for (const s of ["Dec. 28", "28 Dec", "3.5 percent"]) assert.ok(!CHRONO_NUMERIC_HINT.test(s), s);
    for (const s of ["the market decision", "May the force", "3 percent", "no dates here", "3.5 percent", "a 737-800 jet", "15-20%", "$4.6 billion", "the 2010-11 season", "A330-200 and 1.2.x", "in November 2006", "since May 2008", "software 1.1.1 (10.4.1)"]) assert.ok(!CHRONO_HINT.test(s), s);
  });

  it("find in one pass the words a search of the folded text finds, and where month names start", () => {
    const words = lexiconWords();
    const texts = [...SAMPLES, "YEAR-END\tDec\u00a0x", "\u00e9jan Fri\u2028day", "0AM 5\u202fP.M. mid-Morning", "", "1999 20991 2100 1600x 12/5 3\u00a04 5 6 1.2 7-8 9/x1999", "2025", "1-\u20032", "x12025y 1700\u00e9"];
    for (const text of articles()) for (const line of text.split("\n")) texts.push(line);
    for (const t of texts) {
      // ASCII upper case as lower, any whitespace as a space, any other character as one in no word.
      const folded = [...t].map((ch) => (/\s/.test(ch) ? " " : ch.charCodeAt(0) < 128 ? ch.toLowerCase() : "\u0000".repeat(ch.length))).join("");
      let lists = /[0-9]/.test(t) ? 2 : 0;
      for (const [w, bit] of words) if (folded.includes(w)) lists |= bit;
      const monthAt: number[] = [];
      for (let i = 0; i + 3 <= folded.length; i++) if (words.some(([w, bit]) => bit === 1 && folded.startsWith(w, i))) monthAt.push(i);
      const lx = lexicon(t);
      assert.equal(lx.lists, lists, t);
      assert.deepStrictEqual(lx.monthAt, monthAt, t);
      // Where weekday names start, and where the words of the anchoring lists end, with their bits.
      const weekdayAt: number[] = [];
      const listEnds: number[] = [];
      const listEndBits: number[] = [];
      for (let i = 0; i < folded.length; i++) {
        if (words.some(([w, bit]) => bit === 8 && folded.startsWith(w, i))) weekdayAt.push(i);
        let ending = 0;
        for (const [w, bit] of words) if (i + 1 >= w.length && folded.startsWith(w, i + 1 - w.length)) ending |= bit;
        if ((ending & anchorLists()) !== 0) {
          listEnds.push(i);
          listEndBits.push(ending & anchorLists());
        }
      }
      assert.deepStrictEqual(lx.weekdayAt, weekdayAt, t);
      // Runs of exactly four digits from 1600 to 2099; a digit, a separator and a digit in a row.
      const year4At = [...t.matchAll(/\d+/g)].filter((m) => m[0].length === 4 && m[0] >= "1600" && m[0] < "2100").map((m) => m.index);
      assert.deepStrictEqual(lx.year4At, year4At, t);
      assert.equal(lx.digitSepDigit, /\d[-./\s]\d/.test(t), t);
      assert.deepStrictEqual([lx.listEnds, lx.listEndBits], [listEnds, listEndBits], t);
    }
  });

  it("answer as CHRONO_HINT does, trying it only where a month name starts", () => {
    const texts = [...SAMPLES, "5 \t of  DEC", "twenty-first of jan and the 3rd-Mar", "Decision 5, the Mayor 12, Marchers", "Octopus 3 and 1/2", "x12Dec", "Dec", "28Dec", "2025\u00a012 28", "2025\t1", "12-28-2025", "1.5", "1 2", "7/", "/7", "Decfirst", "marchthirtieth", "Dec28", "DECEMBERtwentieth", "marketfirst 5", "5 Decx", "5 Dec_", "5 Dec5", "junetwent", "Sept.5", "sepT 5", "5th of Septembers", "fifth Mayday", "Mar-3", "3-Mar", "Jan,5", "Janu 5"];
    for (const text of articles()) for (const line of text.split("\n")) texts.push(line);
    for (const t of texts) assert.equal(chronoHint(t, lexicon(t)), CHRONO_HINT.test(t), t);
  });

  it("let through every nth-year phrase", () => {
    const text = "The war, now in its fourth year, and the 21st year of the reign; entering its twenty-first year; its 3rd year; the second year of the plan; ITS FIFTH YEAR.";
    NTH_YEAR.lastIndex = 0;
    const found = [...text.matchAll(NTH_YEAR)];
    assert.equal(found.length, 6);
    for (const m of found) assert.ok(NTH_YEAR_HINT.test(m[0]), m[0]);
    assert.ok(!NTH_YEAR_HINT.test("last year, next year, the year before"));
  });

  it("find the nth-year, anniversary and years-since phrases a scan of the whole text finds", () => {
    const all = (re: RegExp, text: string): unknown[] => {
      re.lastIndex = 0;
      return [...text.matchAll(re)].map((m) => [m.index, [...m]]);
    };
    const own = (ms: readonly RegExpExecArray[]): unknown[] => ms.map((m) => [m.index, [...m]]);
    const tricky = [
      "The war, now in its fourth year, and (now in its 21st   year) and x-fifth year of the plan, the second year of the reign.",
      "entering its twenty-first\n\nyear; its its its third year; the the 3rd year of of the; ITS FIFTH YEAR; first year first year",
      "The 50th anniversary of the founding, the fiftieth anniversary of his death, (tenth anniversary of the crash), anniversary of.",
      "Ten years since the war, 12 years, since 2015; twenty years  since the flood; one-years since; anniversary anniversary of x.",
      "last year, this year, the past year, its year, 4th year4th year, th year, fourthyear, 2nd\tyear of the, _4th year",
    ];
    let found = 0;
    for (const text of [...tricky, ...articles()]) {
      const n = all(NTH_YEAR, text);
      assert.deepStrictEqual(own(nthYearMatches(text)), n, text.slice(0, 80));
      const a = all(ANNIVERSARY, text);
      assert.deepStrictEqual(own(matchesBefore(text, ANNIVERSARY, ANNIVERSARY_WORD, 1)), a, text.slice(0, 80));
      const y = all(YEARS_SINCE, text);
      assert.deepStrictEqual(own(matchesBefore(text, YEARS_SINCE, YEARS_SINCE_WORD, 1)), y, text.slice(0, 80));
      found += n.length + a.length + y.length;
    }
    assert.ok(found >= 15, `only ${found} phrases`);
  });

  it("find the relative-year and part-of-year phrases a scan of the whole text finds", () => {
    const all = (re: RegExp, text: string): unknown[] => {
      re.lastIndex = 0;
      return [...text.matchAll(re)].map((m) => [m.index, [...m]]);
    };
    const own = (ms: readonly RegExpExecArray[]): unknown[] => ms.map((m) => [m.index, [...m]]);
    const tricky = [
      "last year's 2024 election, THIS YEAR’S 2025 budget, next year's\nsummer 2026 games, midyear's 2020 x, last  year's 2021, last year's big-ticket 2019.",
      "the first five months of 2025, the past 11 months of 2024, first first six months of 2023, opening\n\nthree months\tof 2022, the the last two months of of 2021, months of 2020.",
      "The First Seven Months Of 2019; past 3 months of 1999; the last  twelve   months  of  2018 and last months of 2017.",
    ];
    let found = 0;
    for (const text of [...tricky, ...articles()]) {
      const r = all(RELATIVE_YEAR, text);
      assert.deepStrictEqual(own(matchesBefore(text, RELATIVE_YEAR, RELATIVE_YEAR_WORD, 1)), r, text.slice(0, 80));
      const p = all(PART_OF_YEAR, text);
      assert.deepStrictEqual(own(matchesBefore(text, PART_OF_YEAR, MONTHS_WORD, 3)), p, text.slice(0, 80));
      found += r.length + p.length;
    }
    assert.ok(found >= 10, `only ${found} phrases`);
  });

  it("keeps the nth-year matches of the last text only, and finds each text's own", () => {
    const own = (ms: readonly RegExpExecArray[]): unknown[] => ms.map((m) => [m.index, [...m]]);
    const a = "The war, now in its fourth year, goes on.";
    const b = "The plan, in its 2nd year, and the third year of the reign.";
    const fresh = (text: string): unknown[] => own([...text.matchAll(new RegExp(NTH_YEAR.source, NTH_YEAR.flags))] as RegExpExecArray[]);
    const first = nthYearMatches(a);
    assert.strictEqual(nthYearMatches(a), first, "the same text: the kept matches");
    assert.deepStrictEqual(own(nthYearMatches(b)), fresh(b));
    assert.deepStrictEqual(own(nthYearMatches(a)), fresh(a));
    assert.deepStrictEqual(own(nthYearMatches(a.slice(0, 10))), []);
    // An equal string built anew is the same text.
    const again = ["The war, now in its ", "fourth year, goes on."].join("");
    assert.deepStrictEqual(own(nthYearMatches(again)), fresh(a));
    assert.deepStrictEqual(own(nthYearMatches(b + " Its fifth year.")), fresh(b + " Its fifth year."));
  });

  it("finds a sentence by offset as a linear search does", () => {
    const doc = parseDocument(SAMPLES.join("\n") + "\n\nTrailing. Words here.  ");
    for (let at = -1; at <= doc.text.length + 1; at++) {
      assert.equal(sentenceAt(doc.sentences, at), doc.sentences.findIndex((s) => s.span.start <= at && at < s.span.end), `offset ${at}`);
    }
  });

  it("looks up context words in the right document when documents alternate", () => {
    const a = "The war in Ukraine, now in its fourth year. Russia attacked.";
    const b = "The war, now in its fourth year.";
    const first = eventsIn(kb, "the war", a).map((e) => e.name);
    const second = eventsIn(kb, "the war", b).map((e) => e.name);
    assert.deepStrictEqual(eventsIn(kb, "the war", a).map((e) => e.name), first);
    assert.deepStrictEqual(eventsIn(kb, "the war", b).map((e) => e.name), second);
  });
});

describe("dates, paragraph by paragraph while the editor re-analyses", () => {
  const ARTICLE = [
    "KYIV, Dec 28 (Reuters) – Ukrainian officials said on Sunday that talks would resume on Jan. 5.",
    "The meeting held on Tuesday, Dec. 23 was the third this month; the next is planned for Jan. 12, 2026.",
    "",
    "Sales fell 3 percent in the third quarter from the year-earlier quarter. The company expects growth next year.",
    "The war, now in its fourth year, began in February 2022. Its 50th anniversary of the founding falls in 2026.",
  ].join("\n");

  it("reuses the scan of unchanged paragraphs and gives the same result as without the cache", () => {
    const store = new MemoStore();
    const counts = { hits: 0, misses: 0 };
    const get = store.get.bind(store);
    store.get = <T>(ns: string, key: string, compute: () => T): T => {
      if (ns !== "dates/paragraph") return get(ns, key, compute);
      let missed = false;
      const v = get(ns, key, () => {
        missed = true;
        return compute();
      });
      counts[missed ? "misses" : "hits"]++;
      return v;
    };
    const run = (text: string) => {
      const doc = parseDocument(text);
      const inputs = { knowledge: kb, referenceDate: undefined };
      const cached = withMemo(store, () => analyzeDates(doc, inputs));
      store.endRun();
      assert.deepStrictEqual(cached, analyzeDates(doc, inputs));
    };
    run(ARTICLE);
    const paragraphs = parseDocument(ARTICLE).paragraphs.length;
    assert.equal(counts.misses, paragraphs);
    // One character typed into the second paragraph: the others are served from the cache, moved.
    counts.hits = counts.misses = 0;
    const at = ARTICLE.indexOf("third");
    const edited = ARTICLE.slice(0, at) + "x" + ARTICLE.slice(at);
    run(edited);
    assert.equal(counts.misses, 1);
    assert.equal(counts.hits, paragraphs - 1);
    // A paragraph inserted: every old one is reused, those below it at their new offsets. (Above the
    // first, it would change the sentences of the dateline's paragraph, which is then scanned again.)
    counts.hits = counts.misses = 0;
    const below = edited.indexOf("Sales");
    run(edited.slice(0, below) + "On March 3, 2025 it began.\n" + edited.slice(below));
    assert.equal(counts.misses, 1);
    assert.equal(counts.hits, paragraphs);
  });

  it("stays identical to analyze() after random edits to dated text, reusing the paragraphs the edit did not touch", () => {
    const paragraphsOf = (t: string): number => t.split("\n").filter((l) => l.trim()).length;
    const store = (inc: IncrementalAnalyzer): MemoStore => (inc as unknown as { store: MemoStore }).store;
    const r = rng(11);
    const ALPHABET = ["1", " ", ".", "\n", "Dec. ", "May ", "2025", ", ", "said ", "will "];
    for (const referenceDate of [undefined, "2025-12-28"]) {
      const options = referenceDate ? { referenceDate } : {};
      const inc = new IncrementalAnalyzer(options);
      const s = store(inc);
      let scanned = 0;
      const get = s.get.bind(s);
      s.get = <T>(ns: string, key: string, compute: () => T): T => {
        let missed = false;
        const v = get(ns, key, () => {
          missed = true;
          return compute();
        });
        if (ns === "dates/paragraph" && missed) scanned++;
        return v;
      };
      let text = ARTICLE;
      for (let i = 0; i < 40; i++) {
        const at = Math.floor(r() * (text.length + 1));
        text = r() < 0.6 ? text.slice(0, at) + ALPHABET[Math.floor(r() * ALPHABET.length)]! + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 4));
        assert.deepStrictEqual(inc.analyze(text), analyze(text, options), `edit ${i}`);
      }
      // The paragraphs an edit did not touch are reused (by place, or from the cache): about one scanned an edit.
      assert.ok(scanned - paragraphsOf(ARTICLE) <= 80, `${scanned} paragraphs scanned for 40 edits`);
    }
  });
});
