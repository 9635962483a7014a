import * as chrono from "chrono-node";
import { readsRelativeOffsets } from "../../../src/core/parse/dates/expressions";
import { strict as assert } from "node:assert";
import { analyze } from "../../../src/core/analyze";
import { parseDocument } from "../../../src/core/parse/document";
import { analyzeDates } from "../../../src/core/parse/dates";
import { KnowledgeBase } from "../../../src/core/knowledge";
import { nthYearWindow } from "../../../src/core/parse/dates";
import { officeMentions } from "../../../src/core/parse/dates/knowledge";
import { isoWeek, isoWeekValue, addMonths, parseOrdinal, formatOrdinal, parseCardinal } from "../../../src/core/parse/calendar";

const kb = KnowledgeBase.bundled();

/** Value of each expression in `text` resolved against `ref`. */
function values(text: string, ref?: string): Record<string, string> {
  const { dates } = analyzeDates(parseDocument(text), { knowledge: kb, referenceDate: ref });
  return Object.fromEntries(dates.map((d) => [d.text, d.value]));
}
function types(text: string, ref?: string): Record<string, string> {
  const { dates } = analyzeDates(parseDocument(text), { knowledge: kb, referenceDate: ref });
  return Object.fromEntries(dates.map((d) => [d.text, d.type]));
}
/** The tense of the text's only date. */
const dateTense = (text: string, ref?: string) => analyzeDates(parseDocument(text), { knowledge: kb, referenceDate: ref }).dates[0]?.tense;
const docDate = (text: string, ref?: string) => analyzeDates(parseDocument(text), { knowledge: kb, referenceDate: ref }).documentDate;

describe("temporal expressions", () => {
  const REF = "2025-12-28"; // a Sunday

  it("normalises calendar dates, with and without a year", () => {
    const v = values("The deal was signed on December 28, 2025, and talks resumed on 3 March 2024. It met on Dec. 12.", REF);
    assert.equal(v["December 28, 2025"], "2025-12-28");
    assert.equal(v["3 March 2024"], "2024-03-03");
    assert.equal(v["Dec. 12"], "2025-12-12");
  });

  it("reads a day after \"from\", \"until\"… as a date, not as a clock time, whatever else the sentence holds", () => {
    // chrono reads "from 6" as six o'clock and leaves "Dec." alone; the plain reading, used when no
    // other number is near, gave the date. Both ways now give it.
    for (const tail of ["", " until 12 workers return", " to 9 Dec."]) {
      const v = values(`The strike runs from 6 Dec.${tail}`, "2025-11-20");
      assert.equal(v["6 Dec."], "2025-12-06", tail);
      assert.equal(v["Dec."], undefined, tail);
    }
    assert.equal(values("The strike runs from 6 Dec. to 9 Dec.", "2025-11-20")["9 Dec."], "2025-12-09");
    assert.equal(values("Talks run until 6 Dec. 2024, when 12 ships left.", "2025-11-20")["6 Dec. 2024"], "2024-12-06");
    // Two days before one month: one expression, dated by its first day (as "6-9 Dec." is).
    assert.deepEqual(values("Talks ran from 6 to 9 Dec.; 12 left.", "2025-11-20"), { "6 to 9 Dec.": "2025-12-06" });
    assert.equal(values("Talks ran from 9 to 6 Dec.", "2025-11-20")["9 to 6 Dec."], undefined);
    // A clock time stays one: "from 6 pm on 9 Dec.".
    assert.deepEqual(values("It runs from 6 pm on 9 Dec.", "2025-11-20"), { "6 pm on 9 Dec.": "2025-12-09T18:00" });
  });

  it("splits a range whose end starts with its day, and leaves a number after a comma out of a date", () => {
    // chrono-node joins ", 12" to the date before it as a year (2012) or a clock time.
    assert.deepEqual(values("From 6 Dec. 2024 to 9 Jan. 2025, 12 ships waited.", "2025-11-20"), { "6 Dec. 2024": "2024-12-06", "9 Jan. 2025": "2025-01-09" });
    assert.deepEqual(values("From 6 Dec. 2024 to 9 Jan. 2025 ships waited.", "2025-11-20"), { "6 Dec. 2024": "2024-12-06", "9 Jan. 2025": "2025-01-09" });
    assert.deepEqual(values("It ran from Aug. 26 to Oct. 20, 12 days.", "2025-11-20"), { "Aug. 26": "2025-08-26", "Oct. 20": "2025-10-20", "12 days": "P12D" });
    assert.deepEqual(values("It opened on Aug. 26, 12 days late.", "2025-11-20"), { "Aug. 26": "2025-08-26", "12 days": "P12D" });
    // A span of days joined by a dash stays one expression.
    assert.deepEqual(values("It ran Dec. 6-9 and 6-9 Dec.", "2025-11-20"), { "Dec. 6-9": "2025-12-06", "6-9 Dec.": "2025-12-06" });
  });

  it("reads a duration's number with its thousands ('31,000 hours'), and none in '3,000 extra weekend operations'", () => {
    const v = values("It discharged sewage for 31,000 hours. It reflected 3,000 extra weekend operations. It took two more weeks.", "2025-09-20");
    assert.deepEqual(v, { "31,000 hours": "PT31000H", "two more weeks": "P2W" });
  });

  it("leaves an opening bracket, or a number and its preposition, out of a date ('(Sunday, 1 March)', 'rose to 23 on Friday, Aug. 8')", () => {
    const v = values("Laila Moradi (Sunday, 1 March) said the strike was off.", "2026-01-10");
    assert.deepEqual(Object.keys(v), ["Sunday, 1 March"]);
    assert.deepEqual(values("The death toll rose to 23 on Friday, Aug. 8, the fire service said.", "2025-08-10"), { "Friday, Aug. 8": "2025-08-08" });
  });

  it("normalises months and years", () => {
    const v = values("The summit in January 2024 was postponed. Growth was strong in 1998 and in fiscal 1999.", REF);
    assert.equal(v["January 2024"], "2024-01");
    assert.equal(v["1998"], "1998");
    assert.equal(v["fiscal 1999"], "1999");
  });

  it("resolves a month alone by tense: the coming one for plans, the last one for the past", () => {
    assert.equal(values("They will meet in January.", "2025-11-10")["January"], "2026-01");
    assert.equal(values("They met in January.", "2025-11-10")["January"], "2025-01");
    assert.equal(values("The coalition is scheduled to convene early in January.", "2025-12-28")["early in January"], "2026-01");
    assert.equal(values("They met in October.", "2025-03-10")["October"], "2024-10");
  });

  it("resolves weekdays by tense", () => {
    assert.equal(values("He said on Tuesday that talks failed.", REF)["Tuesday"], "2025-12-23");
    assert.equal(values("They will meet on Tuesday.", REF)["Tuesday"], "2025-12-30");
    assert.equal(values("They met last Friday.", REF)["last Friday"], "2025-12-26");
    // A timetable's present speaks of what comes: "starts work on Monday", "Voting closes on Thursday".
    assert.equal(values("The new team starts work on Monday.", "2025-11-05")["Monday"], "2025-11-10");
    assert.equal(values("Voting closes on Thursday.", "2025-11-05")["Thursday"], "2025-11-06");
  });

  it("dates where a plan was moved to after the move ('delayed the launch to December')", () => {
    assert.equal(values("On Tuesday, October 14, 2025, the company delayed the launch to December.")["December"], "2025-12");
    assert.equal(values("The court adjourned the case to March.", "2025-10-15")["March"], "2026-03");
    assert.equal(values("He moved to London in March.", "2025-10-15")["March"], "2025-03");
  });

  it("reads no quarter in 'the quarter-finals' or 'a quarter-century'", () => {
    assert.deepEqual(values("Ashfield reached the quarter-finals last season after a quarter-century wait.", "2025-11-10")["the quarter"], undefined);
    assert.equal(values("Profit rose in the third quarter.", "2025-11-10")["the third quarter"], "2025-Q3");
  });

  it("counts 'two days later' from the day before it in its sentence or the one before, not from the article's date", () => {
    assert.equal(values("Pettifer was arrested on Monday, March 3. He was charged two days later.", "2025-11-14")["two days later"], "2025-03-05");
    assert.equal(values("The vote was held on May 4, 2024. A week earlier, polls had closed.", "2025-11-14")["A week earlier"], "2024-04-27");
    // A difference is no date counted from one: "arrives on November 11, three days later than planned".
    assert.notEqual(values("It arrives on November 11, three days later than planned.", "2005-11-01")["three days later"], "2005-11-14");
  });

  it("puts a day with no year after one with its year, in one sentence, in that year ('opens on Sept. 3, 2026 and closes on Sept. 24')", () => {
    assert.equal(values("The consultation opens on Sept. 3, 2026 and closes on Sept. 24.", "2025-11-20")["Sept. 24"], "2026-09-24");
    assert.equal(values("The festival ran from Dec. 20, 2024 to Jan. 5.", "2025-11-20")["Jan. 5"], "2025-01-05");
    // Not in another sentence.
    assert.equal(values("The plan was drafted on Sept. 3, 2026. Talks end on Sept. 24.", "2025-11-20")["Sept. 24"], "2025-09-24");
    // Nor from a dateline's year: the quarter "ended Dec. 27" is the December before.
    assert.equal(values("CUPERTINO, Calif., Jan. 30, 2026 — Apple reported revenue for the quarter, which ended Dec. 27.", "2026-01-30")["Dec. 27"], "2025-12-27");
    assert.equal(values("CUPERTINO, Calif., Jan. 30, 2026 — Apple reported revenue for the quarter, which ended Dec. 27.")["Dec. 27"], "2025-12-27");
  });

  it("counts hundreds of years back whole ('Two hundred years ago' is 1825 in 2025, not 1925)", () => {
    assert.equal(values("Two hundred years ago, the first wagons crossed the bridge.", "2025-06-18")["Two hundred years ago"], "1825");
    assert.equal(values("Two hundred and fifty years ago, the war began.", "2025-06-18")["Two hundred and fifty years ago"], "1775");
    assert.equal(parseCardinal("three hundred and twenty-five"), 325);
  });

  it("reads 'forecast' as a noun, no plan, before a phrase of time ('raised its profit forecast on Monday')", () => {
    assert.equal(values("Veldt raised its profit forecast on Monday.", "2025-11-06")["Monday"], "2025-11-03");
    assert.equal(values("The IMF published its growth forecast in October.", "2025-11-06")["October"], "2025-10");
    assert.equal(values("Veldt cut its full-year forecast Wednesday.", "2025-11-06")["Wednesday"], "2025-11-05");
    // A forecast's own time is ahead: "forecast growth of 3% in 2027", "is forecast to slow in 2027".
    assert.equal(dateTense("The IMF forecast growth of 3% in 2027.", "2025-11-06"), "future");
    assert.equal(dateTense("Growth is forecast to slow in 2027.", "2025-11-06"), "future");
  });

  it("reads 'planning' before a noun of land use as no plan ('received planning permission in March 2023')", () => {
    assert.equal(dateTense("The site received planning permission in March 2023.", "2026-03-01"), "past");
    assert.equal(dateTense("The council rejected a planning application in May 2025.", "2026-03-01"), "past");
    assert.equal(dateTense("The firm is planning a launch in January 2027.", "2026-03-01"), "future");
  });

  it("normalises relative dates", () => {
    const v = values("Prices fell last year and this month; they may rise next year. It rained yesterday, and last week was calm.", REF);
    assert.equal(v["last year"], "2024");
    assert.equal(v["this month"], "2025-12");
    assert.equal(v["next year"], "2026");
    assert.equal(v["yesterday"], "2025-12-27");
    assert.equal(v["last week"], "2025-W51");
  });

  it("normalises quarters, halves, seasons and decades", () => {
    const v = values("Profit rose in the third quarter. Output will grow in the first half of 2026. Sales slowed this summer, as in the 1990s.", "2026-10-20");
    assert.equal(v["the third quarter"], "2026-Q3");
    assert.equal(v["the first half of 2026"], "2026-H1");
    assert.equal(v["this summer"], "2026-SU");
    assert.equal(v["the 1990s"], "199", "TimeML: the decade");
  });

  it("refers 'the quarter' back to the quarter last named", () => {
    const v = values("Fourth-quarter profit rose. The company said the quarter was its best.", "2026-02-10");
    assert.equal(v["Fourth-quarter"], "2025-Q4");
    assert.equal(v["the quarter"], "2025-Q4");
  });

  it("normalises the weekend and parts of days", () => {
    const v = values("The talks took place on Sunday morning. Protests spread over the weekend.", REF);
    assert.equal(v["Sunday morning"], "2025-12-28TMO");
    assert.match(v["the weekend"]!, /^2025-W\d\d-WE$/);
    assert.equal(types("The talks took place on Sunday morning.", REF)["Sunday morning"], "TIME");
  });

  it("normalises clock times, joined with their day", () => {
    const v = values("The vote closed at 3 p.m. and resumed at 10 p.m. Wednesday.", REF);
    assert.equal(v["3 p.m."], "2025-12-28T15:00");
    assert.equal(v["10 p.m. Wednesday"], "2025-12-24T22:00");
  });

  it("normalises durations with their modifiers", () => {
    const text = "A 15-year agreement could take several weeks; nearly a year of talks, two decades of war and the past three years.";
    const { dates } = analyzeDates(parseDocument(text), { knowledge: kb, referenceDate: REF });
    const by = Object.fromEntries(dates.map((d) => [d.text, d]));
    assert.equal(by["15-year"]?.value, "P15Y");
    assert.equal(by["several weeks"]?.value, "PXW");
    assert.equal(by["nearly a year"]?.value, "P1Y");
    assert.equal(by["nearly a year"]?.mod, "LESS_THAN");
    assert.equal(by["two decades"]?.value, "P20Y");
    assert.equal(by["the past three years"]?.value, "P3Y");
    assert.equal(by["15-year"]?.type, "DURATION");
  });

  it("reads quarter phrases with years and comparisons", () => {
    const v = values("Profit in the 1988 second quarter fell; the year-earlier third quarter was better.", "1989-10-20");
    assert.equal(v["the 1988 second quarter"], "1988-Q2");
    assert.equal(v["the year-earlier third quarter"], "1988-Q3");
    const w = values("Third-quarter profit rose 5 percent from the same period last year.", "1989-10-20");
    assert.equal(w["Third-quarter"], "1989-Q3");
    assert.equal(w["the same period last year"], "1988-Q3");
  });

  it("reads spoken years and month-relative years", () => {
    const v = values("Prices peaked in the winter of nineteen ninety-four and in January nineteen ninety-seven, and again in June last year.", "1998-02-20");
    assert.equal(v["the winter of nineteen ninety-four"], "1994-WI");
    assert.equal(v["January nineteen ninety-seven"], "1997-01");
    assert.equal(v["June last year"], "1997-06");
  });

  it("reads more durations and parts of days", () => {
    const v = values("Talks need two more weeks, at least 20 more years of peace, the next couple of years; it rained in mid-afternoon.", "1998-03-06");
    assert.equal(v["two more weeks"], "P2W");
    assert.equal(v["at least 20 more years"], "P20Y");
    assert.equal(v["the next couple of years"], "P2Y");
    assert.equal(v["mid-afternoon"], "1998-03-06TAF");
  });

  it("looks ahead after 'set to' and 'as soon as'", () => {
    assert.equal(values("The talks are set to resume Monday in Belfast.", "1998-03-22")["Monday"], "1998-03-23");
    assert.equal(values("The group could leave as soon as Tuesday, Castro said.", "2000-04-03")["Tuesday"], "2000-04-04");
    assert.equal(values("Wednesday's ruling was appealed, and they would look for ways around it.", "2000-01-07")["Wednesday"], "2000-01-05");
  });

  it("turns offsets into dates", () => {
    const v = values("Three years ago the plant closed; two months later it reopened.", REF);
    assert.equal(v["Three years ago"], "2022");
    assert.equal(v["two months later"], "2026-02");
  });

  it("recognises sets", () => {
    const v = values("The board meets every year and prices are checked daily; it costs $5 million a year.", REF);
    assert.equal(v["every year"], "P1Y");
    assert.equal(v["daily"], "P1D");
    assert.equal(v["a year"], "P1Y");
    assert.equal(types("The board meets every year.", REF)["every year"], "SET");
  });

  it("recognises PRESENT_REF, PAST_REF and FUTURE_REF", () => {
    const v = values("Talks are now stalled and currently frozen; prices rose recently and may fall in the future.", REF);
    assert.equal(v["now"], "PRESENT_REF");
    assert.equal(v["currently"], "PRESENT_REF");
    assert.equal(v["recently"], "PAST_REF");
    assert.equal(v["the future"], "FUTURE_REF");
  });

  it("does not take amounts, ranges or ordinals for years or durations", () => {
    const v = values("It employs 2000 people and costs $1999; the 2025-26 season and the fourth year of talks.", REF);
    assert.equal(v["2000"], undefined);
    assert.equal(v["1999"], undefined);
    assert.equal(v["2025"], undefined);
    assert.equal(v["about three-quarters"], undefined);
  });

  it("keeps the modal 'may' and the verb 'march' out, but finds 'in May'", () => {
    const v = values("Prices may rise as workers march. The law passed in May.", REF);
    assert.deepEqual(Object.keys(v), ["May"]);
    assert.equal(v["May"], "2025-05");
  });

  it("marks impossible dates", () => {
    const { dates } = analyzeDates(parseDocument("The consultation will run until April 31, and he was arrested on February 29, 2023."), { knowledge: kb, referenceDate: REF });
    const bad = dates.filter((d) => d.invalid).map((d) => [d.text, d.invalid]);
    assert.deepEqual(bad, [["April 31", "April has 30 days"], ["February 29, 2023", "2023 was not a leap year"]]);
  });

  it("says of a February day past the 29th with no year that no February has it, with a year how many that one has", () => {
    const { dates } = analyzeDates(parseDocument("They will sign on 30 February. The fund closed on 30 February 2024."), { knowledge: kb, referenceDate: REF });
    assert.deepEqual(
      dates.filter((d) => d.invalid).map((d) => [d.text, d.invalid]),
      [["30 February", "February has at most 29 days"], ["30 February 2024", "February has 29 days"]],
    );
  });

  it("records what was written and the tense", () => {
    const { dates } = analyzeDates(parseDocument("They will meet again on Thursday, January 29."), { knowledge: kb, referenceDate: "2026-02-12" });
    assert.deepEqual(dates[0]?.written, { month: 1, day: 29, weekday: 4 });
    assert.equal(dates[0]?.tense, "future");
  });

  it("leaves relative expressions unresolved without a document date", () => {
    const v = values("He spoke on Tuesday about last year.");
    assert.equal(v["Tuesday"], "XXXX-XX-XX");
    assert.equal(v["last year"], "XXXX");
  });
});

describe("document date", () => {
  it("takes the override first", () => {
    const d = docDate("---\ndate: 2025-01-02\n---\nText.", "2025-12-28");
    assert.equal(d?.from, "2025-12-28");
    assert.equal(d?.basis[0]?.kind, "override");
  });

  it("takes the front matter date", () => {
    const d = docDate("---\ndate: 2025-11-06\n---\nThe bank held its rate on Wednesday.");
    assert.deepEqual([d?.from, d?.to], ["2025-11-06", "2025-11-06"]);
    assert.equal(d?.basis[0]?.kind, "front-matter");
  });

  it("dates a dateline, taking the year from context", () => {
    const d = docDate("NICOSIA, Feb 12 (Wire) - Leaders agreed on Wednesday, months after talks resumed in March 2025 and a vote in October 2025.");
    assert.deepEqual([d?.from, d?.to], ["2026-02-12", "2026-02-12"]);
    assert.ok(d?.basis.some((b) => b.kind === "dateline"));
  });

  it("uses a weekday-with-date pair to fix the year, and the latest past event for the window", () => {
    const d = docDate("The office said on Monday, January 27, that it had recorded 64 cases. Cases rose sharply in 2024.");
    assert.deepEqual([d?.from, d?.to], ["2025-01-27", "2025-02-03"]);
    assert.ok(d?.basis.some((b) => b.kind === "weekday"));
  });

  it("dates an article by a day it counts back to ('Six weeks ago, on 4 October 2025', 'on 3 March 2025, a year ago')", () => {
    const d = docDate("The museum reopened its east wing. Six weeks ago, on 4 October 2025, the doors opened to visitors.");
    assert.deepEqual([d?.from, d?.to], ["2025-11-12", "2025-11-18"]);
    assert.ok(d?.basis.some((b) => b.kind === "relative-year" && /Six weeks ago, on 4 October 2025/.test(b.message)));
    const y = docDate("The flood struck on 3 March 2025, about a year ago.");
    assert.ok(y && y.from >= "2025-08-01" && y.to <= "2026-10-01", JSON.stringify(y));
    // Not a count of something else: "two days ago" of another event.
    assert.equal(docDate("Talks ended on 4 October 2025. Two days ago the mayor resigned."), null);
  });

  it("dates the nth year of a knowledge-base event", () => {
    const d = docDate("The ongoing conflict with Russia, now in its fourth year, has reshaped Ukraine.");
    assert.deepEqual([d?.from, d?.to], ["2025-02-24", "2026-02-23"]);
    assert.equal(d?.basis[0]?.kind, "event-age");
    assert.match(d!.basis[0]!.message, /now in its fourth year/);
  });

  it("dates an office holder's title within the terms of office", () => {
    const d = docDate("US President Donald Trump said talks were going well. The war, now in its fourth year, goes on in Ukraine.");
    assert.ok(d?.basis.some((b) => b.kind === "office-term"));
    const alone = docDate("US President Donald Trump said talks were going well.");
    assert.equal(alone, null, "a term that is still open gives no closed window");
  });

  it("uses 'last year's 2024 election'", () => {
    const d = docDate("Turnout was lower than at last year's 2024 election, officials said on Friday, November 21.");
    assert.equal(d?.from.slice(0, 4), "2025");
    assert.ok(d?.basis.some((b) => b.kind === "relative-year"));
  });

  it("intersects evidence and reports what conflicts", () => {
    const d = docDate("Zelensky mentioned plans for a meeting in January 2024. The war with Russia in Ukraine, now in its fourth year, goes on. US President Donald Trump spoke.");
    assert.ok(d && d.from <= "2025-12-28" && "2025-12-28" <= d.to);
    assert.ok(d.conflicts.some((c) => c.message.includes("January 2024")));
  });

  it("prefers the front matter over a dateline that disagrees", () => {
    const d = docDate("---\ndate: 2025-09-10\n---\nSEOUL, Sept 19 (Wire) - The company said on Wednesday it would invest.");
    assert.deepEqual([d?.from, d?.to], ["2025-09-10", "2025-09-10"]);
    assert.ok(d?.conflicts.some((c) => c.kind === "dateline"));
  });

  it("reads datelines with a year or a day-first date", () => {
    const a = docDate("KYIV, Dec 28, 2025 (Reuters) - Zelensky said talks had progressed.");
    assert.deepEqual([a?.from, a?.to], ["2025-12-28", "2025-12-28"]);
    const b = docDate("LONDON, 28 December (Reuters) – Shares fell after the vote in July 2025, traders said.");
    assert.deepEqual([b?.from, b?.to], ["2025-12-28", "2025-12-28"]);
  });

  it("reads a date line at the top of the article", () => {
    const d = docDate("Ford posts unexpected profits\nNovember 03, 2009\nThe carmaker said it posted a net profit.");
    assert.deepEqual([d?.from, d?.to], ["2009-11-03", "2009-11-03"]);
    assert.equal(d?.basis[0]?.kind, "dateline");
  });

  it("reads a date line that says what it is, a byline's date, and an all-numeric one", () => {
    for (const line of ["Published: 3 March 2026", "Posted on Tuesday, March 3rd, 2026", "Last updated March 3, 2026", "By Jane Doe | March 3, 2026", "By Jean-Paul Martin - 3 March 2026", "2026-03-03", "03/03/2026", "Published 2026-03-03"]) {
      const d = docDate(`Markets steady as rates hold\n\n${line}\n\nThe central bank held rates on Tuesday, officials said.`);
      assert.deepEqual([d?.from, d?.to, d?.basis[0]?.kind], ["2026-03-03", "2026-03-03", "dateline"], line);
    }
    // A day and a month that could be either way round date nothing.
    assert.equal(docDate("Markets steady\n\n03/04/2026\n\nThe bank held rates on Tuesday."), null);
  });

  it("reads a byline's date after its names, agency, desk or 'Published', with a time after it", () => {
    for (const line of [
      "By Lisa Martin, Associated Press | March 3, 2026",
      "By Lisa Martin | Published Mar. 3, 2026",
      "By Dana Kim | The Riverton Ledger | March 3, 2026",
      "By Hannah Cole, Energy Correspondent | 3 March 2026",
      "Lisa Martin, Associated Press, March 3, 2026",
      "Markets desk | 2026-03-03",
      "By Hannah Cole | 3 March 2026, 14:05 GMT",
      "By Tom Redfern, Football Correspondent — 3 March 2026",
      "Festival review | Ellie Okonedo | Tuesday 3 March 2026",
    ]) {
      const d = docDate(`Markets steady as rates hold\n${line}\nThe central bank held rates on Tuesday, officials said.`);
      assert.deepEqual([d?.from, d?.to, d?.basis[0]?.kind], ["2026-03-03", "2026-03-03", "dateline"], line);
    }
    // A sentence ending in a date is no byline.
    assert.notEqual(docDate("Markets steady\nTalks resumed in Geneva, March 3, 2026\nThe bank held rates.")?.basis[0]?.kind, "dateline");
  });

  it("reads a numeric date that reads two ways by its weekday, and a numeric range's end", () => {
    // 12 May 2026 was a Tuesday (chrono reads 12/05 month first: 5 December, a Saturday).
    assert.equal(values("The results were declared on Tuesday, 12/05/2026.", "2026-05-13")["Tuesday, 12/05/2026"], "2026-05-12");
    assert.equal(values("The results were declared on Saturday, 12/05/2026.", "2026-05-13")["Saturday, 12/05/2026"], "2026-12-05");
    assert.deepEqual(values("Exams were held from 15/02/2026 to 04/04/2026.", "2026-05-13"), { "15/02/2026": "2026-02-15", "04/04/2026": "2026-04-04" });
  });

  it("reads an all-numeric date only when it cannot be read two ways", () => {
    assert.deepEqual(values("It was filed on 2026-03-03 and heard on 15/03/2026, then on 03/20/2026 and 2026/04/01."), {
      "2026-03-03": "2026-03-03",
      "15/03/2026": "2026-03-15",
      "03/20/2026": "2026-03-20",
      "2026/04/01": "2026-04-01",
    });
    for (const t of ["Open 24/7 since 3/4 of staff agreed.", "Version 10.4.1 shipped.", "The score was 2-1.", "It was filed on 03/04/2026."]) {
      assert.ok(!Object.keys(values(t)).some((k) => /\d[-/.]\d/.test(k)), t);
    }
  });

  it("reads a dateline whose place is written in small letters, with a full date and a full stop ('Berlin, 12 March 2026.')", () => {
    const d = docDate("Court to hear rail appeal\nBerlin, 12 March 2026. The court will hear the application on Tuesday 10 March.");
    assert.deepEqual([d?.from, d?.to, d?.basis[0]?.kind], ["2026-03-12", "2026-03-12", "dateline"]);
    assert.equal(docDate("Paris, 12 March 2026 was a cold day. Officials met on Tuesday."), null);
  });

  it("reads no year in an asteroid's designation ('2001 QX8')", () => {
    assert.deepEqual(Object.keys(values("The asteroid 2001 QX8 will pass Earth. In 2001 UK sales rose.", "2026-03-01")), ["2001"]);
    assert.equal(values("The asteroid 2001 QX8 will pass Earth.", "2026-03-01")["2001"], undefined);
  });

  it("reads a dateline with its weekday ('ABUJA, Wednesday, 18 March 2026 —')", () => {
    const d = docDate("Reps threaten to block budget\nABUJA, Wednesday, 18 March 2026 — Members of the House have threatened to stall the budget.");
    assert.deepEqual([d?.from, d?.to, d?.basis[0]?.kind], ["2026-03-18", "2026-03-18", "dateline"]);
  });

  it("takes no year for a yearless dateline from a plan's year ('net zero by 2050')", () => {
    assert.equal(docDate("BRUSSELS, March 4 (Reuters) - The European Union wants to reach net zero by 2050, officials said on Tuesday."), null);
    // A year told as past anchors it.
    assert.equal(docDate("BRUSSELS, March 4 (Reuters) - The European Union wants to reach net zero by 2050, officials said on Tuesday. The plan was first set out in 2019.")?.from.slice(0, 4), "2020");
  });

  it("reads date lines with a label, a time or a byline after the date, and datelines with a colon or an agency", () => {
    const day = (t: string): unknown => {
      const d = docDate(t);
      return [d?.from, d?.to, d?.basis[0]?.kind];
    };
    assert.deepEqual(day("Storm warning\nForecast issued Sunday 8 March 2026\nMonday 9 March will start bitterly cold."), ["2026-03-08", "2026-03-08", "dateline"]);
    assert.deepEqual(day("Amazon data\nPublished on 30/10/2025 - 18:45 By Pedro Vilela - Reporter Agência Brasil - Brasília\nDeforestation fell."), ["2025-10-30", "2025-10-30", "dateline"]);
    assert.deepEqual(day("RBA holds\nBy James Whitfield | 3 February 2026 — 3:14pm AEDT\nThe Reserve Bank held rates on Tuesday."), ["2026-02-03", "2026-02-03", "dateline"]);
    assert.deepEqual(day("Typhoon nears\nManila, 22 October 2025: More than 120,000 residents fled on Wednesday."), ["2025-10-22", "2025-10-22", "dateline"]);
    assert.deepEqual(day("Strike\nAbuja, Feb. 18, 2026 (NAN) Thousands of workers on Tuesday marched."), ["2026-02-18", "2026-02-18", "dateline"]);
    // (A sentence that opens with a place and a date is none: no colon or agency after it.)
    assert.equal(docDate("Paris, 12 March 2026 brought snow. Officials met on Tuesday."), null);
  });

  it("reads lines of metadata that hold a date, under a headline, a standfirst and a byline too", () => {
    const day = (t: string): unknown => {
      const d = docDate(t);
      return d && [d.from, d.to, d.basis[0]?.kind];
    };
    const at = (d: string): unknown[] => [d, d, "dateline"];
    assert.deepEqual(day("Rail strike called off\nUnions and operators reached a deal late on Tuesday after months of talks.\nHelen Marsh Transport correspondent\nWed 18 Mar 2026 17.45 GMT\nTalks are scheduled to take place on 12 March."), at("2026-03-18"));
    assert.deepEqual(day("Court ruling\nPublished June 25, 2026. Updated 4:12 p.m. ET\nThe court ruled on Monday."), at("2026-06-25"));
    assert.deepEqual(day("Marathon\nUpdated / Sunday, 26 Oct 2025 15:04\nThe race was run on Sunday."), at("2025-10-26"));
    assert.deepEqual(day("Budget\nEmily Brandt · CBC News · Posted: Mar 19, 2026 5:30 PM CDT | Last Updated: March 20, 2026\nCouncil voted on Wednesday."), at("2026-03-19"));
    assert.deepEqual(day("School\nPUBLISHED: December 9, 2025 at 6:05 PM EST | UPDATED: December 10, 2025 at 9:00 AM EST\nThe school reopened on Monday."), at("2025-12-09"));
    assert.deepEqual(day("Court\nSource: Xinhua | 2025-11-12 14:32:10 | Editor: Liu Xin\nThe court ruled on Monday."), at("2025-11-12"));
    assert.deepEqual(day("Court\nKYODO NEWS - Jan 21, 2026 - 18:45 | All, Japan\nThe court ruled on Monday."), at("2026-01-21"));
    assert.deepEqual(day("Landslide\nNovember 14, 2025 18:05 GMT+700\nRescuers searched on Friday."), at("2025-11-14"));
    assert.deepEqual(day("Storm\nPublished: Thursday | August 14, 2025 | 12:09 AM\nThe storm hit on Wednesday."), at("2025-08-14"));
    assert.deepEqual(day("Pope\nVatican City, Dec 8, 2025 / 11:40 am (CNA).\nThe pope spoke on Monday."), at("2025-12-08"));
    // Not a headline that ends in a date, nor a sentence, nor a line past the body's first paragraph.
    assert.equal(day("Storm batters coast, March 3, 2026\nThe court ruled on Monday."), null);
    assert.equal(day("Market update\nOn March 3, 2026, the council met.\nThe court ruled on Monday."), null);
    const body = "The council voted on Tuesday night to close the pool, a decision that angered swimmers who had campaigned for years to keep it open and who now say they will take the matter to the courts, the regional assembly and, if need be, to the national parliament, whatever the cost to them and to the town, which has spent years on it.";
    assert.equal(day(`Pool\nShort line\nAnother short line\n${body}\nSource: Ledger | March 3, 2026\nMore.`), null);
  });

  it("takes no year that names a thing to come, told in the past, for a year the article is in", () => {
    for (const t of [
      "LONDON, Nov. 13 (Reuters) - England on Thursday qualified for the 2026 World Cup. The team last played in a final in 2021.",
      "ACCRA, Nov. 13 (Reuters) - The minister on Thursday presented the 2026 Budget Statement. Debt peaked in 2021.",
      "TOKYO, Nov. 13 (Kyodo) - The cabinet on Thursday approved the fiscal 2026 budget draft. Spending rose in 2021.",
      "BRISBANE, Nov. 13 (Reuters) - The city on Thursday unveiled its 2028 Olympic bid. The stadium opened in 2021.",
    ]) {
      const d = docDate(t);
      assert.ok(d && d.basis.every((b) => !/“(?:fiscal )?202[68]”/.test(b.message)), t);
    }
    // A year of a past event named by it is one: "won the 2024 election".
    assert.equal(docDate("LONDON, Nov. 13 (Reuters) - The party won the 2024 election.")?.from.slice(0, 4), "2024");
  });

  it("takes no year for a target a modal speaks of ('could add $600 million to earnings by 2027')", () => {
    const d = docDate("COPENHAGEN, Feb 5 (Wire) – Nordhavn said on Thursday that profit would fall in 2026. Analysts said cost cuts could add $600 million to earnings by 2027.");
    assert.equal(d?.from, "2026-02-05");
    // "By 2019 the company had grown": a past year.
    assert.ok(docDate("LONDON, Feb 5 (Wire) – By 2019 the company had grown tenfold, it said on Thursday.")?.basis.some((b) => b.message === "“2019” is spoken of as past"));
  });

  it("keeps the article near the latest past event dated to the day when a weekday-date fits none of the years after it", () => {
    const d = docDate("Council voted on March 18, 2026. A final vote will take place on Tuesday, March 25.");
    assert.equal(d?.from.slice(0, 4), "2026");
    assert.equal(docDate("Officials met on Monday, Oct. 26. The law was passed in 1994.")?.from.slice(0, 4), "1998");
  });

  it("reads a numeric date line whose day and month could be either as the dateline has them", () => {
    const d = docDate("Recall ordered\n05/02/2026 04:12 PM\nKUALA LUMPUR, 5 Feb (Bernama) -- The ministry on Thursday ordered a recall.");
    assert.deepEqual([d?.from, d?.to], ["2026-02-05", "2026-02-05"]);
    assert.ok(d?.basis.some((b) => b.message === "date line “05/02/2026” (day and month as the dateline has them)"));
    // Neither reading is the dateline's: no date line.
    assert.ok(!docDate("Recall ordered\n07/03/2026 04:12 PM\nKUALA LUMPUR, 5 Feb (Bernama) -- The ministry on Thursday ordered a recall.")?.basis.some((b) => b.message.startsWith("date line")));
  });

  it("dates a yearless dateline by the lede's weekday outside a relative clause", () => {
    const d = docDate("MANILA, Nov 14 (Wire) – The death toll from a magnitude 6.9 earthquake that struck late on Wednesday rose to 87 on Friday, the council said. President Ferdinand Marcos Jr. visited Palo on Thursday. In 2013, Typhoon Haiyan killed 6,300 people.");
    assert.equal(d?.from, "2025-11-14");
  });

  describe("with the day of reading (AnalyzeOptions.today)", () => {
    const readOn = (text: string, today?: string) => analyzeDates(parseDocument(text), { knowledge: kb, referenceDate: undefined, today }).documentDate;
    const MARCH = "LISBON, Jan. 24 (Wire) — Tens of thousands marched through Lisbon on Saturday. Joaquim Costa said he had joined his first demonstration in 1974. The government says it will build 59,000 homes by 2030.";

    it("takes the latest year a yearless dateline allows up to that day, however old the text's past years", () => {
      // Jan. 24 is a Saturday in 1976, 1981, 1987, 1998, 2004, 2009, 2015 and 2026: all are after 1974.
      assert.equal(readOn(MARCH)?.from, "1976-01-24", "without it, the year nearest the past year told");
      const d = readOn(MARCH, "2026-11-29");
      assert.equal(d?.from, "2026-01-24");
      assert.ok(d?.basis.some((b) => b.message === "the text is read on 29 Nov 2026: the latest the text allows up to then"));
      assert.equal(readOn(MARCH, "2025-06-01")?.from, "2015-01-24", "not after the day of reading");
      // A week's grace for a draft dated ahead.
      assert.equal(readOn(MARCH, "2026-01-20")?.from, "2026-01-24");
      assert.equal(readOn(MARCH, "2026-01-10")?.from, "2015-01-24");
    });

    it("leaves the choice to the text's latest past year when that is the year before the latest or the same", () => {
      // Friday, March 6, 2026 in the lede, Wednesday, March 11 as past: either could be right; the lede's is nearer 2026.
      const text = "WASHINGTON — Employers added 151,000 jobs in February, the Labor Department said on Friday, March 6, 2026. Hiring slowed after the storm on Wednesday, March 11, economists said.";
      assert.equal(readOn(text)?.from, readOn(text, "2026-11-29")?.from);
    });

    it("prefers the dateline's own day for the lede's weekday, whatever past years the text names", () => {
      // Oct 9 is a Thursday in 2025; in 2026 a Friday, filed the morning after.
      const d = readOn("SINGAPORE, Oct 9 (Wire) – Speakers told a session at Singapore International Energy Week on Thursday that grids need more money. Japanese banks have lent $12 billion since 2020.", "2026-11-29");
      assert.equal(d?.from, "2025-10-09");
    });

    it("does not date a text after that day by a weekday-date that fits a later year", () => {
      // "Thursday" in the lede fits Feb 5 of 2015, 2020 (the day before), 2026 and 2027 (the day before);
      // "Wednesday, March 24" only 2021 and 2027: the text is not read in the future.
      const text = "COPENHAGEN, Feb 5 (Wire) – Shares in Nordhavn Line fell on Thursday after the company warned on costs. Analysts will meet the board on Wednesday, March 24.";
      const d = readOn(text, "2026-11-29");
      assert.ok(d && d.from <= "2026-12-06", d?.from);
      assert.ok(d.basis.some((b) => b.message.startsWith("the text is read on 29 Nov 2026")));
    });

    it("keeps a text whose latest past year is recent near it, against one weekday-date that fits no year since", () => {
      // May 6 is a Wednesday in 2026 and a Thursday in 2021 (the lede's day before); "Saturday, May 8" is 2021's or 2027's.
      const text = "NAIROBI, May 6 (Reuters) - Floodwaters swept through villages on Wednesday, the Kenya Red Cross said. In 2024, floods killed 300 people. Forecasters expect the rains to continue until at least Saturday, May 8.";
      assert.notEqual(readOn(text)?.from, "2026-05-06", "without the day of reading, the weekday-date decides");
      const d = readOn(text, "2026-11-29");
      assert.equal(d?.from, "2026-05-06");
      assert.ok(d?.conflicts.some((c) => c.message.startsWith("“Saturday, May 8”")));
      // Read long after (an archive), the weekday-date still decides.
      assert.notEqual(readOn(text, "2040-01-01")?.from, "2026-05-06");
      // And front matter is the article's date, whatever the rest.
      assert.equal(readOn(`---\ndate: 2021-05-06\n---\n${text}`, "2026-11-29")?.from, "2021-05-06");
    });

    it("weighs the last three years before it a little more than a plan's year", () => {
      // Nov 14 is a Friday and Nov 6 a Thursday in 2014 and 2025: the planted "November 20, 2024" carried it to 2014 (or, without the day, nowhere).
      const t = "PATNA, Nov 14 (Wire) – Modi's alliance won a landslide on Friday, the commission said. Votes were cast on Thursday, November 6, and on November 11. Kumar is expected to be sworn in on November 20, 2024, at the Gandhi Maidan.";
      assert.equal(readOn(t, "2026-11-29")?.from, "2025-11-14");
      assert.equal(readOn(t), null);
    });

    it("is no evidence by itself: a text that dates nothing stays undated", () => {
      assert.equal(readOn("Talks went well\nThe minister said the talks went well.", "2026-11-29"), null);
    });
  });

  it("dates an article by 'this year marks the Nth anniversary' of a year it gives", () => {
    const t = "A-level results\nStudents received results on Thursday 13 August. This year marks the 75th anniversary of the A-level, which was introduced in 1951. GCSE results will be published next Thursday, 20 August 2025.";
    const d = docDate(t);
    assert.equal(d?.from.slice(0, 4), "2026");
    assert.ok(d?.basis.some((b) => b.message.endsWith("the 75th anniversary of 1951 is in 2026")));
  });

  it("takes a yearless dateline's year from the dates of the text only when two or more are in it", () => {
    const d = docDate("PORTLAND, Ore., Jan. 15 (Wire) — More than 180,000 homes were without power on Thursday after an ice storm. The utility had not cut back trees after a similar storm in 2021.");
    assert.ok(!d?.basis.some((b) => b.message.startsWith("most dates in the text")));
    const two = docDate("PORTLAND, Ore., Jan. 15 (Wire) — More than 180,000 homes were without power on Thursday after an ice storm. The utility had not cut back trees after storms in March 2021 and in December 2021.");
    assert.ok([...(two?.basis ?? []), ...(two?.conflicts ?? [])].some((b) => b.message === "most dates in the text are in 2021"));
  });

  it("reads a dateline's day written first ('KUALA LUMPUR, 5 Feb (Bernama) --')", () => {
    const d = docDate("KUALA LUMPUR, 5 Feb (Bernama) -- The ministry said on Thursday that 40 people were arrested in 2025.");
    assert.deepEqual([d?.from, d?.basis[0]?.message], ["2026-02-05", "dateline “5 Feb”"]);
  });

  it("keeps the article near the years it tells as past when two weekday-dates contradict each other", () => {
    // Monday 9 March is 2026's, Thursday 13 March is not: not 2036, where both could be read within six months.
    const d = docDate("Storm warning\nMonday 9 March will start bitterly cold, forecasters said. Thursday 13 March looks unsettled. February 2026 was the wettest on record.");
    assert.equal(d?.from.slice(0, 4), "2026");
    assert.ok(d?.conflicts.some((c) => c.message.includes("Thursday 13 March")));
    // One weekday-date alone still dates the article, however old its past years ("Monday, Oct. 26" is 1998's).
    assert.equal(docDate("Officials met on Monday, Oct. 26. The law was passed in 1994.")?.from.slice(0, 4), "1998");
  });

  it("reads a part of a year told as past as over only once the part began ('down from 1.1 million in mid-2025')", () => {
    const d = docDate("Aid cut\nNAIROBI, March 4 (Reuters) – The agency said in a report released on Tuesday that clinics closed, down from 1.1 million in mid-2025.");
    assert.deepEqual([d?.from, d?.to], ["2026-03-04", "2026-03-04"]);
  });

  it("does not date an article from its own event dates alone", () => {
    assert.equal(docDate("Sales grew in 2008. The plant will close in 2009."), null);
  });

  it("is null without evidence", () => {
    assert.equal(docDate("The council voted on Tuesday night to close the pool."), null);
  });

  it("counts the nth year inclusively", () => {
    assert.deepEqual(nthYearWindow("2022-02-24", 1), ["2022-02-24", "2023-02-23"]);
    assert.deepEqual(nthYearWindow("2022-02-24", 4), ["2025-02-24", "2026-02-23"]);
    assert.deepEqual(nthYearWindow("2018", 2), ["2019-01-01", "2019-12-31"]);
  });
});

describe("calendar helpers", () => {
  it("computes ISO weeks", () => {
    assert.deepEqual(isoWeek("2025-12-28"), { year: 2025, week: 52 });
    assert.deepEqual(isoWeek("2026-01-01"), { year: 2026, week: 1 });
    assert.equal(isoWeekValue("2025-12-28", -1), "2025-W51");
  });
  it("adds months, clamping the day", () => {
    assert.equal(addMonths("2025-01-31", 1), "2025-02-28");
    assert.equal(addMonths("2025-12-15", 2), "2026-02-15");
  });
  it("reads and writes ordinals and cardinals", () => {
    assert.equal(parseOrdinal("fourth"), 4);
    assert.equal(parseOrdinal("70th"), 70);
    assert.equal(parseOrdinal("twenty-first"), 21);
    assert.equal(formatOrdinal(7, true), "seventh");
    assert.equal(formatOrdinal(67, false), "67th");
    assert.equal(formatOrdinal(22, false), "22nd");
    assert.equal(formatOrdinal(13, false), "13th");
    assert.equal(parseCardinal("twenty-five"), 25);
    assert.equal(parseCardinal("1,200"), 1200);
  });
});

describe("office titles", () => {
  it("dates 'US President Donald Trump' and 'President Trump', not 'Former President Trump'", () => {
    const t1 = "The US President Donald Trump spoke.";
    const m1 = officeMentions(kb, t1, 0);
    assert.equal(m1.length, 1);
    assert.equal(t1.slice(m1[0]!.span.start, m1[0]!.span.end), "US President Donald Trump");
    assert.equal(officeMentions(kb, "President Trump spoke.", 0).length, 1);
    assert.equal(officeMentions(kb, "Former President Trump spoke.", 0).length, 0);
    assert.equal(officeMentions(kb, "Trump spoke.", 0).length, 0);
  });
});

describe("document date and tense: datelines, lede weekdays, relative clauses", () => {
  describe("the year of a dateline without one", () => {
    it("takes it from the lede's weekday when nothing else tells", () => {
      // 14 Nov 2024 was a Thursday; 2023 is the only other year written.
      const d = docDate("PARIS, Nov 14 (Wire) – The ministry said on Thursday that exports fell, after a record 2023.");
      assert.equal(d?.from, "2024-11-14");
    });

    it("allows the day before the dateline for the lede's weekday", () => {
      // 15 Nov 2024 was a Friday: the story was filed the morning after.
      const d = docDate("PARIS, Nov 15 (Wire) – The ministry said on Thursday that exports fell, after a record 2023.");
      assert.equal(d?.from, "2024-11-15");
    });

    it("takes the lede's weekday for the dateline's own day when no past year tells the years apart", () => {
      // 3 Mar 2026 was a Tuesday, 3 Mar 2027 a Wednesday: both fit "the day or the day before".
      const d = docDate("FRANKFURT, March 3 (Reuters) - Rheinwerk AG said on Tuesday it would cut 3,800 jobs worldwide by the end of 2027.");
      assert.equal(d?.from, "2026-03-03");
    });

    it("does not let a planned year move the document year", () => {
      const d = docDate("PARIS, Nov 14 (Wire) – The ministry said on Thursday that exports fell, after a record 2023. It expects them to recover by 2031.");
      assert.equal(d?.from, "2024-11-14");
    });

    it("prefers the lede's weekday to one wrong weekday-date pair in the body", () => {
      // 14 Nov 2024 was a Thursday; "Wednesday, October 16" fits 2019 and 2024… "Tuesday, October 16" fits 2018 only.
      const d = docDate("PARIS, Nov 14 (Wire) – The ministry said on Thursday that exports fell.\nOfficials had met on Tuesday, October 16, the ministry said, after a record 2023.");
      assert.equal(d?.from, "2024-11-14");
    });
  });

  describe("a past event dated to the day in the first sentence", () => {
    it("dates a wire story without a dated dateline: the news of its lede, filed that day or the next", () => {
      const t = "Senate panel advances bill\nWASHINGTON (AP) — A Senate committee on Wednesday, Jan. 14, 2026, advanced a bill that would bar members of Congress from trading stocks.\nThe House committee voted on Jan. 21 to advance its own version.";
      const d = docDate(t);
      assert.deepEqual([d?.from, d?.to], ["2026-01-14", "2026-01-16"]);
      // The later vote, a completed event after the article's days, is the error.
      const f = analyze(t).findings.filter((x) => x.ruleId === "date-inconsistency");
      assert.deepEqual(f.map((x) => [t.slice(x.span.start, x.span.end), x.code]), [["Jan. 21", "completed-after-document-date"]]);
    });

    it("reads it in the second or third sentence after an opening that dates nothing", () => {
      const t = "A former council leader has been jailed. Gareth Lowe was sentenced on Friday, 11 April 2025. A third defendant will be sentenced on 2 April.";
      const d = docDate(t);
      assert.deepEqual([d?.from, d?.to], ["2025-04-11", "2025-04-13"]);
      assert.deepEqual(analyze(t).findings.filter((x) => x.ruleId === "date-inconsistency").map((x) => t.slice(x.span.start, x.span.end)), ["2 April"]);
      // Not after an opening with a date of its own.
      assert.equal(docDate("The council met in 2019. Gareth Lowe was sentenced on Friday, 11 April 2025."), null);
    });

    it("needs the weekday to agree, and the event to be past", () => {
      assert.equal(docDate("Headline\nA Senate committee on Thursday, Jan. 14, 2026, advanced a bill."), null);
      assert.equal(docDate("Headline\nA Senate committee will meet on Wednesday, Jan. 14, 2026."), null);
    });
  });

  describe("a past year in a relative clause before a future verb", () => {
    it("does not read it as still to come, which dated the article before it", () => {
      const d = docDate("Headline\nResearchers published the study on Wednesday, May 13. The UK Biobank, which began recruiting volunteers in 2006, will release further data later this year.");
      assert.ok(d && d.from > "2006-12-31", JSON.stringify(d));
      assert.ok(!d!.conflicts.some((c) => /2006/.test(c.message)), JSON.stringify(d!.conflicts));
    });
  });

  describe("a year named by 'that year'", () => {
    it("takes the last year written before it in the paragraph", () => {
      const v = values("The club won the title in 1977. In July of that year, it moved. In March that year it won again.", "2026-03-01");
      assert.equal(v["July"], "1977-07");
      assert.equal(v["March"], "1977-03");
      // In another paragraph, or with no year before it, the month is read as any other.
      assert.equal(values("The club won the title in 1977.\nIn July of that year, it moved.", "2026-03-01")["July"], "2025-07");
      assert.equal(values("In July of that year, it moved.", "2026-03-01")["July"], "2025-07");
    });

    it("checks a weekday against that year", () => {
      const t = "The club won the title in 1977. On Tuesday, July 4 of that year, it lost.";
      const f = analyze(t, { referenceDate: "2026-03-01" }).findings.filter((x) => x.ruleId === "date-inconsistency");
      assert.deepEqual(f.map((x) => x.message), ["“Tuesday, July 4”: July 4, 1977 is a Monday, not a Tuesday."]);
    });
  });

  describe("'In March', 'In May' at a sentence's start", () => {
    it("reads the ambiguous months after a capitalised preposition, not after 'To'", () => {
      assert.equal(values("In March it won again.", "2026-04-01")["March"], "2026-03");
      assert.equal(values("In May, the club won.", "2026-06-01")["May"], "2026-05");
      assert.deepEqual(values("Unions To March In Protest"), {});
    });
  });

  describe("tense across a relative clause", () => {
    it("skips a relative clause that ends right before the date's phrase", () => {
      assert.equal(values("The council approved the depot, which will open next year, in March.", "2025-12-28")["March"], "2025-03");
    });

    it("keeps a relative clause whose comma belongs to a list", () => {
      assert.equal(values("She succeeds Jane Roe, who stepped down as chair, treasurer and director in March.", "2025-12-28")["March"], "2025-03");
    });
  });
});

describe("chrono's relative-offset parsers", () => {
  it("are recognised by what they parse, the same ones their class names say (names do not survive minification)", () => {
    const byName = (p: chrono.Parser): boolean => /TimeUnitAgo|TimeUnitLater|TimeUnitWithin|TimeUnitCasual/i.test(p.constructor.name);
    const parsers = chrono.en.strict.parsers;
    assert.ok(parsers.some(byName), "the English strict configuration has relative-offset parsers");
    for (const p of parsers) assert.equal(readsRelativeOffsets(p), byName(p), p.constructor.name);
  });
});
