import { strict as assert } from "node:assert";
import { analyze } from "../../../src/core/analyze";
import type { Finding } from "../../../src/core/model/finding";

function findings(text: string, referenceDate?: string): { text: string; code: string; message: string; fix?: string; kinds: string[] }[] {
  const a = analyze(text, referenceDate ? { referenceDate } : {});
  return a.findings
    .filter((f: Finding) => f.ruleId === "date-inconsistency")
    .map((f) => {
      const e = f.fixes.find((x) => x.kind === "edit")?.edits?.[0];
      const fix = e ? text.slice(f.span.start, e.span.start) + e.newText + text.slice(e.span.end, f.span.end) : undefined;
      return { text: text.slice(f.span.start, f.span.end), code: f.code, message: f.message, ...(fix !== undefined ? { fix } : {}), kinds: f.fixes.map((x) => x.kind) };
    });
}

describe("date-inconsistency", () => {
  it("reads an anniversary whose noun is followed by regex characters without throwing", () => {
    // The anniversary's noun became part of a regular expression unescaped: "(founding" threw.
    for (const text of ["Its 10th anniversary of the (founding. It was founded in 2012.", "The 5th anniversary of the [opening+ was held. It opened in 2020."]) {
      assert.doesNotThrow(() => analyze(text, { referenceDate: "2025-12-28" }), text);
    }
  });

  it("flags a planned event dated before the document date, with the corrected year", () => {
    const f = findings("---\ndate: 2025-11-06\n---\nThe committee is scheduled to announce its next decision on January 28, 2025.");
    assert.equal(f.length, 1);
    assert.equal(f[0]!.text, "January 28, 2025");
    assert.equal(f[0]!.code, "planned-before-document-date");
    assert.equal(f[0]!.fix, "January 28, 2026");
    assert.match(f[0]!.message, /Planned decision dated January 28, 2025, but the article was written on 6 Nov 2025/);
  });

  it("flags a timetable's plan dated before the document date: 'is set for', 'takes place on', 'opens on', 'is slated for'", () => {
    const head = "Tech layoffs grow\n\nSAN FRANCISCO, March 3, 2026 — Companies cut jobs, analysts said.\n\n";
    for (const [sentence, noun] of [
      ["Amazon’s annual meeting is set for May 30, 2025.", "meeting"],
      ["The summit takes place on May 30, 2025.", "summit"],
      ["The trial begins on May 30, 2025.", "trial"],
      ["The exhibition opens on May 30, 2025.", "exhibition"],
      ["Talks are slated for May 30, 2025.", "talks"],
      ["A decision is expected on May 30, 2025.", "decision"],
      ["The strike is set to begin on May 30, 2025.", "strike"],
    ] as const) {
      const f = findings(head + sentence);
      assert.equal(f.length, 1, sentence);
      assert.equal(f[0]!.code, "planned-before-document-date", sentence);
      assert.equal(f[0]!.fix, "May 30, 2026", sentence);
      assert.match(f[0]!.message, new RegExp(`^Planned ${noun} dated May 30, 2025`), sentence);
    }
    // A plan that was made, or one that did not happen, is no plan still ahead.
    for (const sentence of ["The date was set for May 30, 2025.", "The meeting did not take place on May 30, 2025.", "The parties agreed to begin talks on May 30, 2025."]) {
      assert.deepEqual(findings(head + sentence), [], sentence);
    }
  });

  it("flags a completed event of any common news verb dated after the document date ('resigned', 'rose', 'fell', 'voted' …)", () => {
    const head = "Markets steady\n\nLONDON, March 3, 2026 — Something happened today, officials said.\n\n";
    for (const [sentence, date] of [
      ["The minister resigned on May 30, 2026.", "May 30, 2026"],
      ["Prices rose 3% in April 2026, the agency said.", "April 2026"],
      ["Lawmakers voted on June 2, 2026 to approve the bill.", "June 2, 2026"],
    ] as const) {
      const f = findings(head + sentence);
      assert.equal(f.length, 1, sentence);
      assert.equal(f[0]!.code, "completed-after-document-date", sentence);
      assert.equal(f[0]!.text, date, sentence);
    }
    // A forecast in the past tense of its maker is a plan: "would rise", "expected … to fall".
    for (const sentence of ["Analysts said prices would rise in April 2026.", "The bank expected inflation to fall in 2027."]) {
      assert.deepEqual(findings(head + sentence), [], sentence);
    }
  });

  it("explains a document date inferred from internal evidence (the user's seed pattern)", () => {
    const text =
      "Ukrainian President Volodymyr Zelensky met US President Donald Trump in Florida.\n" +
      "Zelensky mentioned plans for a meeting with European partners and Trump in January 2024. The coalition is scheduled to convene early in January.\n" +
      "The ongoing conflict, now in its fourth year, has seen both sides adjust their positions, Ukraine said.";
    const f = findings(text);
    assert.equal(f.length, 1);
    assert.equal(f[0]!.text, "January 2024");
    assert.equal(f[0]!.fix, "January 2026");
    assert.match(f[0]!.message, /between 24 Feb 2025 and 23 Feb 2026/);
    assert.match(f[0]!.message, /now in its fourth year/);
    const a = analyze(text);
    assert.ok(a.documentDate && a.documentDate.from <= "2025-12-28" && "2025-12-28" <= a.documentDate.to);
    assert.ok(a.findings[0]!.related.length > 0, "related entries point at the evidence");
  });

  it("flags a completed event dated after the document date", () => {
    const f = findings("SANTIAGO, June 19 (Wire) - The price was lower than in last year’s round, which was held in August 2025. Data for the first five months of 2025 showed growth.");
    assert.equal(f.length, 1);
    assert.equal(f[0]!.text, "August 2025");
    assert.equal(f[0]!.code, "completed-after-document-date");
    assert.equal(f[0]!.fix, "August 2024");
  });

  it("offers to set the document date when the right year is not clear", () => {
    const f = findings("NICOSIA, Feb 12 (Wire) - Talks resumed in March 2025. The negotiators will meet again on Thursday, January 29, to set a budget.");
    assert.equal(f.length, 1);
    assert.equal(f[0]!.text, "Thursday, January 29");
    assert.deepEqual(f[0]!.kinds, ["document-date"]);
  });

  it("does not flag plans after the document date or past events before it", () => {
    const f = findings("---\ndate: 2025-04-03\n---\nThe line was approved in 2019. Work on a fifth line is due to begin in May 2026.");
    assert.deepEqual(f, []);
  });

  it("flags a weekday that does not match its date, over the whole 'Weekday, Month D'", () => {
    const f = findings("Clinics opened at three schools on Friday, January 21. The office said on Monday, January 27, that cases rose in 2024.");
    assert.equal(f.length, 1);
    assert.equal(f[0]!.text, "Friday, January 21");
    assert.equal(f[0]!.code, "weekday-mismatch");
    assert.equal(f[0]!.fix, "Tuesday, January 21");
  });

  it("flags two year-less weekday dates no one year has, when no document date reads them", () => {
    const f = findings("The talks opened on Monday, January 27, and a second round began on Tuesday, February 3, officials said.");
    assert.deepEqual(f.map((x) => [x.text, x.code]), [["Tuesday, February 3", "weekday-mismatch"]]);
    assert.match(f[0]!.message, /cannot both be right/);
    assert.deepEqual(findings("The talks opened on Monday, January 27, and a second round began on Monday, February 3, officials said."), []);
    // The odd one out of several.
    const g = findings("The talks opened on Monday, January 27. A second round began on Monday, February 3. A third opened on Wednesday, February 4. A fourth on Monday, February 10.");
    assert.deepEqual(g.map((x) => x.text), ["Wednesday, February 4"]);
  });

  it("flags a wrong weekday when the year is written", () => {
    const f = findings("The hearing opened on Monday, March 4, 2025.");
    assert.equal(f.length, 1);
    assert.equal(f[0]!.fix, "Tuesday, March 4, 2025");
    assert.deepEqual(findings("The hearing opened on Tuesday, March 4, 2025."), []);
  });

  it("reads a year-less weekday date in the article's year, not in one a year away that fits the weekday", () => {
    const fm = "---\ndate: 2026-02-25\n---\nHeadline\n";
    // 4 March 2026 is a Wednesday; 4 March 2027 a Thursday, more than a year after the article.
    for (const t of ["The committee meets on Thursday, March 4.", "The committee will meet on Thursday, March 4."]) {
      const f = findings(fm + t);
      assert.deepEqual(f.map((x) => [x.text, x.code, x.fix]), [["Thursday, March 4", "weekday-mismatch", "Wednesday, March 4"]], t);
      assert.equal(analyze(fm + t).dates[0]!.value, "2026-03-04");
    }
    assert.deepEqual(findings(`${fm}The committee meets on Wednesday, March 4.`), []);
  });

  it("reads a weekday before a range of days as the last day's: 'Tuesday and Wednesday, March 3-4'", () => {
    const fm = "---\ndate: 2026-02-25\n---\nHeadline\n";
    assert.deepEqual(findings(`${fm}The talks will take place on Tuesday and Wednesday, March 3-4.`), []);
    const d = analyze(`${fm}The talks will take place on Tuesday and Wednesday, March 3-4.`).dates.find((x) => x.text.endsWith("3-4"))!;
    assert.equal(d.value, "2026-03-03");
    assert.equal(d.written?.weekday, undefined);
    // Alone, the weekday is the first day's.
    assert.deepEqual(findings(`${fm}The talks will take place on Wednesday, March 3-4.`).map((x) => x.code), ["weekday-mismatch"]);
  });

  it("reads a timetable's present tense with no day as a story's, not a plan", () => {
    const fm = "---\ndate: 2026-02-25\n---\nHeadline\n";
    assert.deepEqual(findings(`${fm}The novel takes place in 1920.`), []);
    assert.deepEqual(findings(`${fm}The film opens in 1968 in Paris.`), []);
    assert.deepEqual(findings(`${fm}The trial begins on Feb. 2, 2025.`).map((x) => x.code), ["planned-before-document-date"]);
  });

  it("flags impossible dates", () => {
    const f = findings("A consultation will run until April 31. He was arrested on February 29, 2023, and on February 29, 2024.");
    assert.deepEqual(f.map((x) => [x.text, x.code]), [["April 31", "impossible-date"], ["February 29, 2023", "impossible-date"]]);
    // The sentence's full stop is no part of a month written in full; an abbreviation keeps its own.
    assert.deepEqual(findings("They met on 31 September. They met again on Sept. 31.").map((x) => x.text), ["31 September", "Sept. 31"]);
  });

  it("flags the same event given two dates, keeping the one its weekday confirms", () => {
    const f = findings("The trial, which opened on Monday, March 3, 2025, heard from witnesses. Staff were told to keep quiet since the trial opened on March 10.");
    assert.equal(f.length, 1);
    assert.equal(f[0]!.text, "March 10");
    assert.equal(f[0]!.code, "same-event-two-dates");
    assert.equal(f[0]!.fix, "March 3");
  });

  it("flags an nth year that contradicts the knowledge base", () => {
    const f = findings("The war in Ukraine, now in its fifth year, goes on, Russia said.", "2025-06-01");
    assert.equal(f.length, 1);
    assert.equal(f[0]!.text, "fifth year");
    assert.equal(f[0]!.fix, "fourth year");
    assert.deepEqual(findings("The war in Ukraine, now in its fourth year, goes on, Russia said.", "2025-06-01"), []);
  });

  it("flags an anniversary that contradicts an explicit date", () => {
    const text = "The club marks the tenth anniversary of the ground’s opening. Brookside Park opened in August 2018.";
    const f = findings(text, "2025-07-08");
    assert.equal(f.length, 1);
    assert.equal(f[0]!.text, "tenth anniversary");
    assert.equal(f[0]!.fix, "seventh anniversary");
    assert.deepEqual(findings(text.replace("tenth", "seventh"), "2025-07-08"), []);
  });

  it("dates an nth year that opens its sentence by the start its subject is given after it", () => {
    const f = findings("Now in its 12th year, the bakery opened in 2016 on Chapel Street.", "2025-06-01");
    assert.deepEqual(f.map((x) => [x.text, x.fix]), [["12th year", "10th year"]]);
    assert.deepEqual(findings("Now in its tenth year, the bakery opened in 2016 on Chapel Street.", "2025-06-01"), []);
  });

  it("counts a year of operation from when it began operating, not from another start", () => {
    const text = (n: string): string => `Work on the barrier began in 1974. The barrier was first operated in October 1982. The barrier, now in its ${n} year of operation, will close for repairs.`;
    assert.deepEqual(findings(text("43rd"), "2025-03-10"), []);
    const f = findings(text("36th"), "2025-03-10");
    assert.equal(f.length, 1);
    assert.equal(f[0]!.fix, "43rd year");
    // With no start of operating in the text, no count.
    assert.deepEqual(findings("Work on the barrier began in 1974. The barrier, now in its 36th year of operation, will close.", "2025-03-10"), []);
  });

  it("does not read a planned event's date in the event a noun names before it as planned", () => {
    assert.deepEqual(findings("Cardona will be introduced to fans on Saturday, 9 August, three days after his medical on 6 August.", "2025-08-08"), []);
    assert.deepEqual(findings("A recount, if one is requested, must be finished before the certification on November 21.", "2025-11-05"), []);
  });

  it("dates an nth year by a start its own sentence gives, and says the start as written", () => {
    const text = "The siege, which began in February 2022, is now in its sixth year.";
    const f = findings(text, "2025-06-01");
    assert.equal(f.length, 1);
    assert.equal(f[0]!.text, "sixth year");
    assert.equal(f[0]!.fix, "fourth year");
    assert.match(f[0]!.message, /began in February 2022, so/);
    assert.deepEqual(findings(text.replace("sixth", "fourth"), "2025-06-01"), []);
    // A year alone, and "founded in".
    const g = findings("The festival, founded in 2010, is now in its 30th year.", "2025-06-01");
    assert.deepEqual(g.map((x) => [x.text, x.fix]), [["30th year", "16th year"]]);
    assert.match(g[0]!.message, /began in 2010, so/);
    // A date that does not start the subject is no start.
    assert.deepEqual(findings("The strike, which was called off in February 2022, is now in its sixth year.", "2025-06-01"), []);
  });

  it("flags 'its nth anniversary' against the subject's own start in the sentence", () => {
    const text = "The company, founded in 1998, is celebrating its 30th anniversary this year.";
    const f = findings(text, "2025-03-10");
    assert.equal(f.length, 1);
    assert.equal(f[0]!.text, "30th anniversary");
    assert.equal(f[0]!.fix, "27th anniversary");
    assert.match(f[0]!.message, /the company dates from 1998, 27 years before/);
    assert.deepEqual(findings(text.replace("30th", "27th"), "2025-03-10"), []);
    // Words, and an anniversary without a start in its sentence is left alone.
    assert.deepEqual(findings("The band, which started in 2005, played on its tenth anniversary.", "2025-03-10").map((x) => x.fix), ["twentieth anniversary"]);
    assert.deepEqual(findings("The company is celebrating its 30th anniversary this year.", "2025-03-10"), []);
  });

  it("flags an age set off by commas after a name when the birth year is the named one's", () => {
    const f = findings("Mr Keller, 45, was born in 1985 in Basel.", "2026-03-01");
    assert.deepEqual(f.map((x) => [x.text, x.code]), [["45", "age"]]);
    assert.match(f[0]!.message, /age 40 or 41/);
    const a = analyze("Mr Keller, 45, was born in 1985 in Basel.", { referenceDate: "2026-03-01" });
    const fix = a.findings.find((x) => x.code === "age")!.fixes.filter((x) => x.kind === "edit");
    assert.deepEqual(fix.map((x) => [x.title, x.isPreferred ?? false]), [["Change to 40", false], ["Change to 41", false]]);
    assert.equal(findings("Born in 1985, Keller, 45, runs a bakery.", "2026-03-01").length, 1);
    assert.equal(findings("Keller, 45, who was born in 1985, said so.", "2026-03-01").length, 1);
    for (const ok of [
      "Mr Keller, 40, was born in 1985 in Basel.",
      "Smith, 45, and Jones, who was born in 1990, met.",
      "Born in 1985, she hired Keller, 45, as a cook.",
      "She hired Keller, 45, as a cook. He was born in 1985.",
    ]) assert.deepEqual(findings(ok, "2026-03-01"), [], ok);
    // The subject, named with the age, is "He" in the next sentence.
    assert.equal(findings("Keller, 45, spoke. He was born in 1985.", "2026-03-01").length, 1);
  });

  it("flags 'N years ago' beside a year it does not reach from the article's date", () => {
    const f = findings("The company was founded 20 years ago, in 1999.", "2026-03-05");
    assert.deepEqual(f.map((x) => [x.text, x.code, x.fix]), [["20 years ago", "years-ago", "27 years ago"]]);
    assert.match(f[0]!.message, /27 years after it/);
    assert.deepEqual(findings("In 1999, twenty years ago, the company was founded.", "2026-03-05").map((x) => x.fix), ["twenty-seven years ago"]);
    assert.deepEqual(findings("The standard has not been met since February 2016, eight years ago.", "2026-02-12").map((x) => x.fix), ["ten years ago"]);
    for (const ok of ["The company was founded 27 years ago, in 1999.", "It was founded 26 years ago, in 1999.", "Ten years ago, in 2016, the bridge opened.", "Two years ago he moved. In 2010 he was born."]) {
      assert.deepEqual(findings(ok, "2026-03-05"), [], ok);
    }
  });

  it("counts 'N years ago' beside a month to within a year, and 'comes N years after' a year from the article's date", () => {
    const f = findings("Kristine, which devastated Naga City two years ago in October 2024, returned.", "2025-10-22");
    assert.deepEqual(f.map((x) => [x.text, x.fix]), [["two years ago", "one year ago"]]);
    assert.match(f[0]!.message, /is 1 year after it/);
    assert.deepEqual(findings("The walkout comes six years after the August 2022 strike.", "2026-03-05").map((x) => [x.text, x.fix]), [["six years after", "four years after"]]);
    for (const ok of ["The walkout comes four years after the August 2022 strike.", "The plant opened 19 years ago, in November 2006.", "The talks resumed six years after the 2016 collapse."]) {
      assert.deepEqual(findings(ok, "2025-10-22"), [], ok);
    }
  });

  it("reads no plan into a date from a plan after it in another clause or after an apposition ('… on 12 March 2026 and will run until', 'Sandberg, the champion in 2025, will')", () => {
    const t = "Her ban is backdated to her provisional suspension on 12 March 2026 and will run until March 2030. Sandberg, the European indoor champion in 2025, will also lose all results.";
    assert.deepEqual(findings(t, "2026-06-01"), []);
    // The plan's own date still is: "The meeting, on March 3, 2026, will decide", "The vote on 4 March 2026 will".
    const p = findings("The meeting, on March 3, 2026, will decide the matter. The vote on 4 March 2026 will settle it.", "2026-06-01");
    assert.deepEqual(p.map((x) => [x.text, x.code]), [["March 3, 2026", "planned-before-document-date"], ["4 March 2026", "planned-before-document-date"]]);
  });

  it("reads one deadline or one suspension dated twice ('The application deadline for the autumn semester was January 15' … 'the January 17 application deadline')", () => {
    const d = findings("The application deadline for the autumn semester was January 15, and results were published in April. Since the January 17 application deadline, universities have received many enquiries.", "2026-10-01");
    assert.deepEqual(d.map((x) => [x.text, x.code, x.fix]), [["January 17", "same-event-two-dates", "January 15"]]);
    assert.match(d[0]!.message, /The application deadline was January 15/);
    const s = findings("Her ban is backdated to her provisional suspension on 12 March 2026. Sandberg has not competed since her provisional suspension on 19 March.", "2026-10-01");
    assert.deepEqual(s.map((x) => [x.text, x.fix]), [["19 March", "12 March"]]);
    // Two deadlines of their own.
    assert.deepEqual(findings("The application deadline was January 15. The payment deadline was January 30.", "2026-10-01"), []);
  });

  it("reads one auction or one earthquake dated twice ('is on', 'struck on' … 'the 18 March auction')", () => {
    assert.deepEqual(findings("The next auction is on Tuesday, 17 March. Traders will be watching the 18 March auction closely.", "2026-03-10").map((x) => [x.text, x.code, x.fix]), [["18 March", "same-event-two-dates", "17 March"]]);
    const f = findings("The earthquake struck on Sunday, 8 March, officials said. Rescuers have searched the rubble since the 9 March earthquake.", "2026-03-10");
    assert.deepEqual(f.map((x) => [x.text, x.fix]), [["9 March", "8 March"]]);
    assert.match(f[0]!.message, /The earthquake struck on Sunday, 8 March/);
    assert.deepEqual(findings("The next auction is on Tuesday, 17 March. The last auction was on 3 March.", "2026-03-10"), []);
  });

  it("checks an age against a birth the same surname gives in the next sentence anywhere, or 'At 62, Rennie' after the birth", () => {
    assert.deepEqual(findings("Gillian Marsh, 52, of Headingley, admitted 14 counts of fraud. The court heard that Marsh, who was born in September 1971, took money.", "2026-01-20").map((x) => [x.text, x.code]), [["52", "age"]]);
    assert.deepEqual(findings("Rennie, born on 3 May 1961, has skippered the ferry for decades. At 62, Rennie insists he is not ready to retire.", "2026-01-20").map((x) => [x.text, x.code]), [["62", "age"]]);
    // Paragraphs apart: "At 62, Rennie" long after the birth; the age in the paragraph before "Marsh, who was born".
    assert.deepEqual(findings("Rennie, born on 3 May 1961, first took the wheel in 1996.\nThe council wants to close the route.\nAt 62, Rennie insists he is not ready to retire.", "2026-01-20").map((x) => x.text), ["62"]);
    assert.deepEqual(findings("Gillian Marsh, 52, of Headingley, admitted fraud. She was sentenced on Thursday.\nThe court heard that Marsh, who was born in September 1971, took money.", "2026-01-20").map((x) => x.text), ["52"]);
    for (const ok of ["Rennie, born on 3 May 1961, has skippered the ferry. At 64, Rennie insists he is not ready.", "Gillian Marsh, 54, admitted fraud. The court heard that Marsh, who was born in September 1971, took money.", "Ann Lee, 52, admitted fraud. The court heard that Marsh, who was born in September 1971, took money."]) {
      assert.deepEqual(findings(ok, "2026-01-20"), [], ok);
    }
  });

  it("reads more completed verbs, a participle after a verb a modal governs as an adjective, and a day before 'June last year'", () => {
    for (const t of ["Officers inspected 40 sites across the city on 21 August 2026.", "The bill became law on March 17, 2026."]) {
      assert.deepEqual(findings(t, "2026-02-19").map((x) => x.code), ["completed-after-document-date"], t);
    }
    // ("can be tested in 2010": a plan's passive, nothing completed.)
    assert.deepEqual(findings("It is hoped the first aircraft can be tested in 2010.", "2008-03-01"), []);
    // "revised" before its noun is no past: the plan "would resubmit" dates June 15.
    assert.deepEqual(findings("The county would resubmit revised estimates by June 15, 2025.", "2026-02-19").map((x) => x.code), ["planned-before-document-date"]);
    assert.deepEqual(findings("The streak began on 31 June last year.", "2026-02-19").map((x) => [x.text, x.code]), [["31 June last year", "impossible-date"]]);
    // A plan's "from" dates its start: "will walk out for five days from 27 January" in February.
    assert.deepEqual(findings("Resident doctors will walk out for five days from 27 January, the BMA said.", "2026-02-10").map((x) => x.code), ["planned-before-document-date"]);
    assert.deepEqual(findings("The ban applied from 3 March 2025 to 9 May 2025.", "2026-02-10"), []);
  });

  it("checks an anniversary against a year in its own phrase, a start with its place or a lasting state, and the next sentence's start", () => {
    const texts: [string, string][] = [
      ["Pakistan marks the 30th anniversary of its 1992 World Cup triumph this week.", "34th anniversary"],
      ["Christie's, which was founded in London in 1766, is marking its 250th anniversary this year.", "260th anniversary"],
      ["The LDF, which had governed the state since May 2016 and was in its seventh year in office, lost.", "tenth year"],
      ["The company, now in its sixth year, has grown fast. It was founded in 2019.", "eighth year"],
      ["Rennie first took the wheel of the ferry in the spring of 1996. This is his 35th year at the helm.", "31st year"],
    ];
    for (const [t, fix] of texts) assert.deepEqual(findings(t, "2026-03-05").map((x) => x.fix), [fix], t);
    // The year an anniversary remembers is no plan's, however the anniversary is marked.
    assert.deepEqual(findings("The visit will mark the 25th anniversary of the late Queen's state visit to Poland in March 1996.", "2026-03-05").map((x) => [x.code, x.fix]), [["anniversary", "30th anniversary"]]);
    assert.deepEqual(findings("The town will mark the 50th anniversary of its founding in 2027.", "2026-03-05"), []);
  });

  it("reads 'N years ago' beside a month or a full date too ('struck in November 2013, 10 years ago')", () => {
    for (const t of ["Typhoon Haiyan struck in November 2013, 10 years ago.", "Typhoon Haiyan struck on Nov. 8, 2013, 10 years ago.", "Typhoon Haiyan struck 10 years ago, in November 2013."]) {
      assert.deepEqual(findings(t, "2025-11-04").map((x) => [x.text, x.fix]), [["10 years ago", "12 years ago"]], t);
    }
    assert.deepEqual(findings("Typhoon Haiyan struck in November 2013, 12 years ago.", "2025-11-04"), []);
  });

  it("reads a count of hundreds before 'years ago' whole ('Two hundred years ago, in 1825')", () => {
    for (const ok of ["Two hundred years ago, in 1825, the first wagons crossed the bridge.", "Two hundred and fifty years ago, in 1775, the war began.", "The bridge opened in 1825, two hundred years ago."]) {
      assert.deepEqual(findings(ok, "2025-06-18"), [], ok);
    }
    assert.deepEqual(findings("Two hundred years ago, in 1845, the first wagons crossed the bridge.", "2025-06-18").map((f) => [f.text, f.fix]), [["Two hundred years ago", "180 years ago"]]);
  });

  it("flags a completed event after the article with more verbs of news: reopened, cancelled, inaugurated …", () => {
    for (const t of ["The bridge reopened on March 20, 2026, officials said.", "The concert was cancelled on March 20, 2026.", "The new terminal was inaugurated on March 20, 2026."]) {
      assert.deepEqual(findings(t, "2026-03-05").map((x) => x.code), ["completed-after-document-date"], t);
    }
  });

  it("finds one event dated twice in a timetable's present and with a sentence's capital 'The'", () => {
    const a = findings("The summit opens on Monday, May 4, 2026. Leaders arrive for the summit, which opens on May 5.", "2026-03-05");
    assert.deepEqual(a.map((x) => [x.code, x.text, x.fix]), [["same-event-two-dates", "May 5", "May 4"]]);
    const b = findings("The election took place on 3 February 2026. Results of the 10 February election were announced late.", "2026-03-05");
    assert.deepEqual(b.map((x) => [x.code, x.text]), [["same-event-two-dates", "10 February"]]);
    assert.deepEqual(findings("The election took place on 3 February 2026. Results of the 3 February election were announced late.", "2026-03-05"), []);
  });

  it("flags a span that ends before it starts in the same month", () => {
    assert.deepEqual(findings("The festival runs from July 3 to July 1, 2026.", "2026-03-05").map((x) => [x.code, x.text]), [["reversed-range", "July 1, 2026"]]);
    assert.deepEqual(findings("Voting runs between March 12 and March 9, 2026.", "2026-03-05").map((x) => x.text), ["March 9, 2026"]);
    for (const ok of ["The festival ran from July 3 to July 10, 2025.", "Talks ran from December 20 to January 5.", "He met her on July 3 and left on July 1."]) {
      assert.deepEqual(findings(ok, "2026-03-05"), [], ok);
    }
  });

  it("takes no event after a modal or 'to' for a completed one ('would shut', 'will hit')", () => {
    for (const t of ["Workers were told the plant would shut in 2028.", "Forecasters said the storm would hit on March 20, 2026.", "He said the plant will shut in 2028."]) {
      assert.deepEqual(findings(t, "2026-03-05"), [], t);
    }
  });

  it("flags an age that contradicts a birth year", () => {
    const text = "Kouadio, who was born in 1958 and celebrated his 70th birthday in March, farms cocoa.";
    const f = findings(text, "2025-10-13");
    assert.equal(f.length, 1);
    assert.equal(f[0]!.text, "70th birthday");
    assert.equal(f[0]!.fix, "67th birthday");
    assert.deepEqual(findings(text.replace("70th", "67th"), "2025-10-13"), []);
    assert.equal(findings("Born in 1958, the 45-year-old farmer spoke.", "2025-10-13").length, 1);
  });

  it("reads ages in every paragraph with a birth year, whatever else mentions being born", () => {
    // Each paragraph is read on its own: its first "born in YEAR" against its ages.
    const text = [
      "Reborn Farms",
      "The stillborn plan was dropped. Kouadio was born in 1958 and is a 40-year-old farmer.",
      "Nothing about ages here.",
      "Her brother, BORN IN 1960, turned 50 last year; he was born on 3 May 1961 too.",
      "Born in 1990, the 35-year-old coach spoke.",
      "Born in 1990, the 20-year-old striker scored.",
    ].join("\n");
    const f = findings(text, "2025-10-13");
    assert.deepEqual(
      f.filter((x) => x.code === "age").map((x) => x.text),
      ["40-year-old", "turned 50", "20-year-old"],
    );
  });

  it("flags a dateline that disagrees with the front matter", () => {
    const f = findings("---\ndate: 2025-09-10\n---\nSEOUL, Sept 19 (Wire) - The company said on Wednesday it would invest.");
    assert.equal(f.length, 1);
    assert.equal(f[0]!.text, "Sept 19");
    assert.equal(f[0]!.code, "dateline-front-matter");
    assert.equal(f[0]!.fix, "Sept 10");
  });

  it("stays quiet on a consistent article", () => {
    const text =
      "The returning officer announced shortly after 3 a.m. on Friday, November 21, that the candidate had won.\n" +
      "Turnout was 41.2 percent, down from 64 percent at the general election in July 2024.\n" +
      "She is expected to take her seat next week.";
    assert.deepEqual(findings(text), []);
  });

  it("can be turned off", () => {
    const a = analyze("He was arrested on February 30.", { rules: { "date-inconsistency": "off" } });
    assert.equal(a.findings.filter((f) => f.ruleId === "date-inconsistency").length, 0);
  });
});

describe("date-inconsistency precision", () => {
  it("ignores a year that modifies a noun", () => {
    assert.deepEqual(findings("The council will not lift sanctions imposed after its 1990 invasion of Kuwait.", "1998-03-06"), []);
  });

  it("reads the nearest verb: a past event inside a sentence about plans", () => {
    assert.deepEqual(findings("Next up is the price level we saw in the winter of 1994.", "1998-02-23"), []);
  });

  it("ignores spans and deadlines: 'since 1960', 'by 2012'", () => {
    assert.deepEqual(findings("The Falcon, which has been built in Australia since 1960, will get new funding.", "2006-05-05"), []);
    assert.deepEqual(findings("Thousands of jobs should be cut and 14 plants closed by 2012, the company said.", "2006-08-19"), []);
  });

  it("ignores a target after 'to': 'was extended to Nov. 16'", () => {
    assert.deepEqual(findings("A C$30-a-share bid by Ciba-Geigy Ltd. was extended to Nov. 16.", "1989-10-30"), []);
  });

  it("reads 'to be completed' as a plan", () => {
    assert.deepEqual(findings("Labatt said it plans a private placement of preferred shares, to be completed around Nov. 1.", "1989-10-30"), []);
    assert.deepEqual(
      findings("Labatt said it plans a private placement of preferred shares, to be completed around Nov. 1, 1988.", "1989-10-30").map((f) => f.code),
      ["planned-before-document-date"],
    );
  });

  it("dates an event named after its date by the verb that follows: 'the Aug. 7 blasts killed'", () => {
    assert.deepEqual(findings("Officials also hoped she would produce new aid for their countries, where the Aug. 7 terrorist blasts killed 257 people.", "1998-08-18"), []);
  });

  it("reads past clauses with dates of their own inside a plan as theirs, not the plan's", () => {
    const fm = "---\ndate: 2026-01-10\n---\nHeadline\n";
    // The report is planned; the quarter ended: only a report dated before the article is wrong.
    assert.deepEqual(findings(`${fm}The company will report results for the quarter that ended Dec. 31 on Feb. 26, 2026.`), []);
    assert.deepEqual(findings(`${fm}The company will report results for the quarter ended Dec. 31 on Feb. 26, 2026.`), []);
    assert.deepEqual(
      findings(`${fm}The company will report results for the quarter that ended Dec. 31 on Feb. 26, 2025.`).map((f) => [f.text, f.code]),
      [["Feb. 26, 2025", "planned-before-document-date"]],
    );
    assert.deepEqual(findings(`${fm}The tax, which was introduced in 2019, expires on Dec. 31, 2026.`), []);
    assert.deepEqual(findings(`${fm}The new system will replace the one used until 2024.`), []);
    assert.deepEqual(findings(`${fm}She will take office after serving as deputy from 2015 to 2021.`), []);
    // A plan told in the past, or whose fate the sentence tells, may be dated before the article.
    assert.deepEqual(findings(`${fm}The strike planned for Feb. 5, 2025 was called off.`), []);
    assert.deepEqual(findings(`${fm}The strike that was planned for Jan. 5, 2026 was cancelled.`), []);
    assert.deepEqual(findings(`${fm}The hearing had been scheduled for March 2024.`), []);
    assert.deepEqual(findings(`${fm}The hearing is scheduled for March 2024.`).map((f) => f.text), ["March 2024"]);
    // A participle's clause set off by commas describes the subject, as "which was …" does.
    assert.deepEqual(findings(`${fm}The mandate, won in a ballot in July, expires on Jan. 13, 2027.`), []);
    assert.deepEqual(findings(`${fm}The bond, issued in 2015, matures on March 1, 2027.`), []);
    assert.deepEqual(findings(`${fm}The mandate, won in a ballot in July, expired on Jan. 13, 2027.`).map((f) => f.text), ["Jan. 13, 2027"]);
    // With an adverb between, or "due to": still a plan told in the past.
    assert.deepEqual(findings(`${fm}It was originally scheduled to launch in 2007.`), []);
    assert.deepEqual(findings(`${fm}The hearing was due to start on March 3, 2024, but was adjourned.`), []);
    assert.deepEqual(findings(`${fm}The hearing is due to start on March 3, 2024.`).map((f) => f.text), ["March 3, 2024"]);
    // A deadline named by its day dates no event.
    assert.deepEqual(findings(`${fm}Meissner gave no reason for the Jan. 14 deadline.`), []);
  });

  it("reads the verb after a date set off in its subject: 'Last week's meeting, on March 20, ended'", () => {
    assert.deepEqual(findings("Last week's meeting, on March 20, ended without agreement.", "2026-03-12").map((f) => [f.text, f.code]), [["March 20", "completed-after-document-date"]]);
    assert.deepEqual(findings("Last week's meeting, on March 5, ended without agreement.", "2026-03-12"), []);
  });

  it("reads more past verbs as completed events: went, gathered, cast", () => {
    const fm = "---\ndate: 2026-01-10\n---\nHeadline\n";
    for (const t of ["The minister went to Brussels on Jan. 20, 2026.", "Thousands gathered in the square on Jan. 20, 2026.", "Voters cast their ballots on Jan. 20, 2026."]) {
      assert.deepEqual(findings(fm + t).map((f) => [f.text, f.code]), [["Jan. 20, 2026", "completed-after-document-date"]], t);
    }
    assert.deepEqual(findings(`${fm}Voters will cast their ballots on Jan. 20, 2026.`), []);
  });

  it("needs more than the text's own dates to call a date wrong", () => {
    // The only evidence is another date of the same text: no finding.
    assert.deepEqual(findings("Sales grew in 1999. The bonds are due Nov. 17, 1992."), []);
  });
});

describe("date-inconsistency: counts against dates the text gives", () => {
  it("checks an nth year against a start the text gives", () => {
    const text = "The conflict began in March 2021. The conflict, now in its sixth year, shows no sign of ending.";
    const f = findings(text, "2025-06-01");
    assert.equal(f.length, 1);
    assert.equal(f[0]!.text, "sixth year");
    assert.equal(f[0]!.fix, "fifth year");
  });

  it("dates each 'nth year' and anniversary by the first date its own subject starts at, with several in one text", () => {
    const text =
      "The strike began in 2019. The dispute began in March 2021. The dispute, now in its sixth year, goes on. The strike, now in its ninth year, goes on. " +
      "The park opened in August 2018 and the school opened in 2015. It marks the tenth anniversary of the park’s opening and the tenth anniversary of the school’s opening. It is nine years since the school opened.";
    assert.deepEqual(
      findings(text, "2025-12-28").map((f) => [f.text, f.fix]),
      [
        ["sixth year", "fifth year"],
        ["ninth year", "seventh year"],
        ["tenth anniversary", "seventh anniversary"],
        ["nine years", "seven years"],
      ],
    );
  });

  it("reads a year-less date against each document's own date when documents alternate", () => {
    const text = "The vote is scheduled for March 2. The talks were held on March 20.";
    const dates = ["2025-03-12", "2025-02-20", "2024-03-25", "2025-03-12", "2024-03-25"];
    const first = new Map<string, string>();
    for (const d of dates) {
      const got = JSON.stringify(findings(text, d));
      if (!first.has(d)) first.set(d, got);
      assert.equal(got, first.get(d), d);
    }
    assert.ok(new Set(first.values()).size > 1, "the document date makes no difference");
  });

  it("checks 'N years since' an event the text dates", () => {
    const text = "It is ten years since the plant opened. The plant opened in May 2019.";
    const f = findings(text, "2025-06-01");
    assert.equal(f.length, 1);
    assert.equal(f[0]!.text, "ten years");
    assert.equal(f[0]!.fix, "six years");
    assert.deepEqual(findings(text.replace("ten years", "six years"), "2025-06-01"), []);
  });

  it("checks 'turned N' against a birth year", () => {
    assert.equal(findings("Born in 1960, she turned 70 in March.", "2025-06-01").length, 1);
    assert.deepEqual(findings("Born in 1960, she turned 65 in March.", "2025-06-01"), []);
  });
});

describe("date-inconsistency: datelines the document model does not read", () => {
  it("flags a dated dateline that disagrees with the front matter", () => {
    const f = findings("---\ndate: 2025-12-28\n---\nKYIV, Dec 27, 2025 (Reuters) - Zelensky said talks had progressed.");
    assert.equal(f.length, 1);
    assert.equal(f[0]!.text, "Dec 27, 2025");
    assert.equal(f[0]!.fix, "Dec 28, 2025");
    assert.deepEqual(findings("---\ndate: 2025-12-28\n---\nKYIV, Dec 28, 2025 (Reuters) - Zelensky said talks had progressed."), []);
  });
});

describe("date-inconsistency: a dateline with its day first against the front matter", () => {
  it("flags 'LONDON, 9 April (PA) –' under date: 2026-04-08 and fixes it in its own order", () => {
    const f = findings("---\ndate: 2026-04-08\n---\nLONDON, 9 April (PA) – The King will travel to Poland next month, the palace announced on Wednesday.");
    assert.deepEqual(f.map((x) => [x.code, x.text, x.fix]), [["dateline-front-matter", "9 April", "8 April"]]);
    assert.deepEqual(findings("---\ndate: 2026-04-08\n---\nLONDON, 8 April (PA) – The King will travel to Poland next month, the palace announced on Wednesday."), []);
  });
});

describe("date-inconsistency: a weekday with its date in brackets", () => {
  it("checks 'Wednesday (3 Feb)' as one date", () => {
    const f = findings("It was first detected on Wednesday (3 Feb) during sampling.", "2026-02-05");
    assert.deepEqual(f.map((x) => [x.code, x.text, x.fix]), [["weekday-mismatch", "Wednesday (3 Feb)", "Tuesday (3 Feb)"]]);
    assert.deepEqual(findings("It was first detected on Tuesday (3 Feb) during sampling.", "2026-02-05"), []);
  });
});

describe("date-inconsistency: events that can happen twice", () => {
  it("does not take two meetings for one event", () => {
    assert.deepEqual(findings("The committee met on March 3 to discuss rates. The committee met on March 10 again.", "2025-03-20"), []);
  });
});

describe("date-inconsistency: durations against explicit years", () => {
  it("flags 'for N years, since YYYY' that does not add up", () => {
    const f = findings("She has led the company for 12 years, since 2019, the board said.", "2025-06-01");
    assert.equal(f.length, 1);
    assert.equal(f[0]!.text, "12 years");
    assert.equal(f[0]!.fix, "6 years");
    assert.deepEqual(findings("She has led the company for six years, since 2019, the board said.", "2025-06-01"), []);
  });
});

describe("date-inconsistency: an nth year against a start said another way", () => {
  it("reads a start with its object, a tenure and 'has been … since', in the sentence or the one before", () => {
    assert.deepEqual(findings("Raman founded the company in 2019. The company, now in its eighth year, plans to expand.", "2025-09-30").map((f) => [f.text, f.fix]), [["eighth year", "seventh year"]]);
    assert.deepEqual(findings("Raman founded the company in 2019. The company, now in its seventh year, plans to expand.", "2025-09-30"), []);
    const v = findings("Vogel became chief executive in January 2023 and is now in her fifth year in the job.", "2026-02-05");
    assert.deepEqual(v.map((f) => [f.text, f.fix]), [["fifth year", "fourth year"]]);
    assert.match(v[0]!.message, /^“fifth year”: Vogel started in January 2023/);
    assert.deepEqual(findings("Pruitt, who has been mayor since January 2019, said his ninth year in office had been his hardest.", "2026-11-04").map((f) => f.fix), ["eighth year"]);
    assert.deepEqual(findings("Pruitt, who has been mayor since January 2019, said his eighth year in office had been his hardest.", "2026-11-04"), []);
  });

  it("reads a birth and a founding with a place of two words between the verb and the year", () => {
    assert.deepEqual(findings("The 47-year-old mayor was born in Tampa, Florida, in 1975.", "2026-03-04").map((f) => [f.code, f.text]), [["age", "47-year-old"]]);
    assert.deepEqual(findings("The company, founded in Oslo, Norway, in 2004, will mark its 25th anniversary this year.", "2026-03-04").map((f) => [f.code, f.text]), [["anniversary", "25th anniversary"]]);
    assert.deepEqual(findings("The company, founded in Oslo, Norway, in 2004, will mark its 22nd anniversary this year.", "2026-03-04"), []);
  });

  it("reads a season counted from a start, one short of the years too (a season may straddle two)", () => {
    const f = findings("“We’ve got the deepest rotation I’ve had here,” said manager Curtis Hale, who took over in 2016 and now enters his 12th season in charge.", "2026-05-04");
    assert.deepEqual(f.map((x) => [x.text, x.fix]), [["12th season", "11th season"]]);
    assert.match(f[0]!.message, /it is the eleventh season\.$/);
    for (const n of ["11th", "10th"]) assert.deepEqual(findings(`Hale, who took over in 2016, now enters his ${n} season in charge.`, "2026-05-04"), [], n);
    assert.deepEqual(findings("The show, which began in 2016, returns for the 12th season of the show.", "2026-05-04"), []);
    // Where the player came from, between the start and its date.
    const moved = findings("Maldonado, who joined Racing from Vélez Sarsfield in January 2023, is in his fourth season at the club.", "2025-10-10");
    assert.deepEqual(moved.map((x) => [x.text, x.fix]), [["fourth season", "third season"]]);
  });

  it("reads no event in a correction's note, and no 'now' in an nth year told in the past ('shrank … in the first year of the war')", () => {
    const c = "The trial opened on July 8 in Tbilisi, and the court sat until late.\nCorrection: An earlier version of this article said the trial opened on July 14. It opened on July 8.";
    assert.deepEqual(findings(c, "2025-09-01"), []);
    // Without the note, two dates for one opening.
    assert.deepEqual(findings("The trial opened on July 8 in Tbilisi. The trial opened on July 14, officials later said.", "2025-09-01").map((x) => x.code), ["same-event-two-dates"]);
    assert.deepEqual(findings("The war, now in its fourth year, has cost lives. The economy shrank by almost 29 percent in the first year of the war, the World Bank said.", "2025-12-01"), []);
    assert.deepEqual(findings("Ukraine, in the fifth year of the war, faces a harsh winter.", "2025-12-01").map((x) => x.code), ["nth-year"]);
  });

  it("counts years since an event the phrase itself dates ('20 years since the satellite was launched in 2001'), not a frequency ('every two years since 2004') nor where a change starts from ('extended to 2031 from 2024')", () => {
    const f = findings("This year's conference marks 20 years since Morocco's first satellite was launched from Baikonur in 2001.", "2026-10-01");
    assert.deepEqual(f.map((x) => [x.code, x.text]), [["anniversary", "20 years"]]);
    assert.deepEqual(findings("It is 25 years since the satellite was launched in 2001.", "2026-10-01"), []);
    const apposed = findings("It marks 20 years since Morocco’s first satellite, the small research craft Maroc-Tubsat, was launched from Baikonur in 2001.", "2026-10-01");
    assert.deepEqual(apposed.map((x) => x.text), ["20 years"]);
    assert.deepEqual(findings("It has been 20 years since the merger. The plant was renovated in 2001.", "2026-10-01"), []);
    assert.deepEqual(findings("The conference, which has been held every two years since 2004, opened in Rabat.", "2026-10-01"), []);
    assert.deepEqual(findings("Maturity will be extended to 2031 from 2024.", "2025-03-01"), []);
    assert.deepEqual(findings("The strike will run from 3 March 2025 to 10 March.", "2025-06-01").map((x) => x.code), ["planned-before-document-date"]);
  });

  it("reads an event's length in days against the days it opened and closed on ('The three-day drill, which opened on Monday, September 22, and closed on Friday, September 26')", () => {
    const f = findings("The three-day drill, which opened on Monday, September 22, and closed on Friday, September 26, involved 4,000 troops, the ministry said.", "2025-09-30");
    assert.deepEqual(f.map((x) => [x.code, x.text, x.fix]), [["duration-range", "three-day", "five-day"]]);
    for (const n of ["five-day", "four-day", "5-day"]) assert.deepEqual(findings(`The ${n} drill, which opened on Monday, September 22, and closed on Friday, September 26, involved troops, the ministry said.`, "2025-09-30"), [], n);
  });

  it("counts an nth year from a start whose date opens the sentence before ('In April 2014 she was appointed director … She is now in her 11th year')", () => {
    const f = findings("In April 2014 she was appointed director of the Kamogawa museum. She is now in her 11th year in the post.", "2025-11-15");
    assert.deepEqual(f.map((x) => [x.text, x.fix]), [["11th year", "12th year"]]);
    assert.match(f[0]!.message, /she started in April 2014/);
    assert.deepEqual(findings("In April 2014 she was appointed director of the Kamogawa museum. She is now in her 12th year in the post.", "2025-11-15"), []);
    // Not a date after other words, nor a sentence whose verb starts nothing.
    assert.deepEqual(findings("Last April 2014 she was appointed director. She is now in her 11th year in the post.", "2025-11-15"), []);
    assert.deepEqual(findings("In April 2014 she visited the museum. She is now in her 11th year in the post.", "2025-11-15"), []);
  });

  it("reads a subject with its acronym in brackets", () => {
    const f = findings("The ruling Left Democratic Front (LDF), which had governed the state since May 2016 and was in its seventh year in office, was reduced to 38 seats.", "2026-05-04");
    assert.deepEqual(f.map((x) => [x.text, x.fix]), [["seventh year", "eleventh year"]]);
  });
});

describe("date-inconsistency: ages and anniversaries dated by the clause next to them", () => {
  it("reads an age said as 'She was 84.' or 'died at the age of 84' against a birth date", () => {
    assert.deepEqual(findings("She was 84. Vale was born on June 2, 1939.", "2026-03-10").map((f) => [f.text, f.fix]), [["84", "86"]]);
    assert.deepEqual(findings("She was 86. Vale was born on June 2, 1939.", "2026-03-10"), []);
    assert.deepEqual(findings("Vale, born on June 2, 1939, died at the age of 84.", "2026-03-10").map((f) => f.code), ["age"]);
    // An age at a time of its own is no age now.
    assert.deepEqual(findings("Born on June 2, 1939, in Leeds, she moved to London when she was 12.", "2026-03-10"), []);
  });

  it("reads a birth after a place, and an age named before 'He was born' in the next sentence", () => {
    assert.deepEqual(findings("Gareth Lowry, 58, was jailed on Thursday. He was born in June 1969.", "2026-03-12").map((f) => [f.text, f.fix]), [["58", "56"]]);
    assert.deepEqual(findings("Gareth Lowry, 56, was jailed on Thursday. He was born in June 1969.", "2026-03-12"), []);
    // Or the same surname: "Lowry was born".
    assert.deepEqual(findings("Gareth Lowry, 58, was jailed on Thursday. Lowry was born in June 1969.", "2026-03-12").map((f) => f.text), ["58"]);
    assert.deepEqual(findings("Gareth Lowry, 58, was jailed on Thursday. Moen was born in June 1969.", "2026-03-12"), []);
    // The same surname needs no subject; where the person is from may stand between the age and the birth.
    assert.deepEqual(findings("The board appointed Mr. Rohan Kulkarni, 38, as a director. Kulkarni was born in 1991.", "2025-11-21").map((f) => f.text), ["38"]);
    assert.deepEqual(findings("Daniel Okoro, 34, of Chelmsford, was born in 1993.", "2025-11-21").map((f) => f.text), ["34"]);
    assert.deepEqual(findings("Daniel Okoro, 32, of Chelmsford, was born in 1993.", "2025-11-21"), []);
    // Or a paragraph that opens with the surname's birth, after the one with the age.
    assert.deepEqual(findings("Captain Ian Reid, 58, had been on duty for 11 hours.\nReid, who was born in 1974, had logged 12,300 hours.", "2026-11-12").map((f) => f.text), ["58"]);
    assert.deepEqual(findings("Captain Ian Reid, 52, had been on duty for 11 hours.\nReid, who was born in 1974, had logged 12,300 hours.", "2026-11-12"), []);
    assert.deepEqual(findings("Margaret Olufemi has died at the age of 87. Born in Lagos on March 3, 1937, she moved to London.", "2026-01-12").map((f) => f.code), ["age"]);
    assert.deepEqual(findings("Margaret Olufemi has died aged 87. She was born in Lagos in 1937.", "2026-01-12").map((f) => f.text), ["aged 87"]);
    // Two people aged in one sentence: which one "He" is, is not said.
    assert.deepEqual(findings("Smith, 45, and Jones, 50, were jailed. He was born in 1975.", "2026-03-12"), []);
  });

  it("dates an anniversary's event by the clause that describes it", () => {
    for (const t of ["The club celebrates the 50th anniversary of its only league title, won in the spring of 1977.", "The club celebrates the 50th anniversary of its only league title, which it won in 1977."]) {
      assert.deepEqual(findings(t, "2026-03-18").map((f) => [f.text, f.fix]), [["50th anniversary", "49th anniversary"]], t);
    }
    assert.deepEqual(findings("The club celebrates the 49th anniversary of its only league title, won in the spring of 1977.", "2026-03-18"), []);
  });

  it("counts an anniversary to the celebration its sentence dates", () => {
    const f = findings("In October, the hospital celebrated the 40th anniversary of the centre, which she founded in 1988.", "2026-01-12");
    assert.deepEqual(f.map((x) => [x.text, x.fix]), [["40th anniversary", "37th anniversary"]]);
    assert.match(f[0]!.message, /37 years before “October” \(October 2025\)/);
    assert.deepEqual(findings("In October, the hospital celebrated the 37th anniversary of the centre, which she founded in 1988.", "2026-01-12"), []);
  });

  it("reads an age given with 'aged' at the year of its own sentence, never at the birth's or the next sentence's", () => {
    assert.deepEqual(findings("Vance was born in 1938. In 1962, aged 23, she joined the Royal Shakespeare Company.", "2025-10-14"), []);
    assert.deepEqual(findings("Vance, born in 1938, joined the company in 1962, aged 23.", "2025-10-14"), []);
    assert.deepEqual(findings("Vance, born in 1938, joined the company in 1962, aged 30.", "2025-10-14").map((f) => [f.text, f.fix]), [["aged 30", "aged 23"]]);
    // "aged 87. Born in 1938": the birth's date is not the age's year.
    assert.deepEqual(findings("Vance has died aged 87. Born in 1938, she joined the Royal Shakespeare Company in 1962.", "2025-10-14"), []);
    assert.deepEqual(findings("Vance has died aged 80. Born in 1938, she joined the Royal Shakespeare Company in 1962.", "2025-10-14").map((f) => f.text), ["aged 80"]);
    assert.deepEqual(findings("Vance was born on June 12, 1938. She was 87.\nIn 1962 she joined the Royal Shakespeare Company.", "2025-10-14"), []);
  });

  it("reads no plan in a date compared with ('1% lower than in December 2025', 'compared with March 2025')", () => {
    assert.deepEqual(findings("Capital Economics forecast that prices would end the year about 1% lower than in December 2025.", "2026-07-01"), []);
    assert.deepEqual(findings("Sales will be 5% higher compared with March 2025, the firm said.", "2026-07-01"), []);
    assert.deepEqual(findings("The firm will open a store in December 2025.", "2026-07-01").map((f) => f.code), ["planned-before-document-date"]);
  });

  it("reads what was hoped for, vowed or announced as still ahead, and an editor's update note as no event", () => {
    // 23 Nov 2026 is a Monday: what was hoped for is ahead, its weekday wrong.
    assert.deepEqual(findings("Published 21 November 2026\nAustralia said it hoped to gavel through a deal by Sunday, Nov. 23, at the latest.").map((f) => f.code), ["weekday-mismatch"]);
    // Walkouts announced are the walkouts' dates, not the announcement's (28 Nov 2026 is a Saturday).
    assert.deepEqual(findings("Thursday 5 November 2026\nThe union has announced two further walkouts, on Thursday 19 November and Friday 28 November.").map((f) => f.text), ["Friday 28 November"]);
    assert.deepEqual(findings("By the Verify desk | 10 March 2026\nThe claim is false. This article was updated on 12 March 2026 to include a response."), []);
  });

  it("finds impossible all-numeric dates that read one way only ('31/06/2026', '2026-02-31', '06/31/2026')", () => {
    assert.deepEqual(findings("Re-evaluation runs from 25/05/2026 to 31/06/2026. A ruling is due by 2026-02-31. It closed on 06/31/2026.", "2026-05-13").map((f) => [f.code, f.text]), [
      ["impossible-date", "31/06/2026"],
      ["impossible-date", "2026-02-31"],
      ["impossible-date", "06/31/2026"],
    ]);
    assert.deepEqual(findings("It opens on 29/02/2028 and on 2028-02-29.", "2026-05-13"), []);
  });

  it("counts an age to the day from a birth told to the day", () => {
    const f = findings("Emma Lindqvist, 17, who was born on March 14, 2008, died.", "2026-11-06");
    assert.deepEqual(f.map((x) => [x.text, x.fix]), [["17", "18"]]);
    assert.match(f[0]!.message, /on 6 Nov 2026 that is age 18/);
    assert.deepEqual(findings("Emma Lindqvist, 17, who was born on 14 December 2008, died.", "2026-11-06"), []);
    assert.deepEqual(findings("Emma Lindqvist, 18, who was born on 14 December 2008, died.", "2026-11-06").map((x) => x.fix), ["17"]);
    // A birth year alone allows two ages.
    assert.deepEqual(findings("Emma Lindqvist, 17, who was born in 2008, died.", "2026-11-06"), []);
  });

  it("finds one event noun given two dates after a place ('was held in London on') or introduced with 'a' ('met at a summit on')", () => {
    for (const t of ["The summit was held in London on 19 May 2025. After the summit on 2 June 2025, trade fell.", "Leaders met at a summit on 19 May 2025. After the summit on 2 June 2025, trade fell."]) {
      assert.deepEqual(findings(t, "2026-11-06").map((f) => [f.code, f.text]), [["same-event-two-dates", "2 June 2025"]], t);
    }
    assert.deepEqual(findings("Leaders met at a summit on 19 May 2025. Another summit on 2 June 2025 failed.", "2026-11-06"), []);
  });

  it("counts an nth year from a start told as introduced, set up, created or formed", () => {
    assert.deepEqual(findings("The price cap, introduced in January 2019, is now in its seventh year.", "2027-02-03").map((f) => [f.code, f.fix]), [["nth-year", "ninth year"]]);
    assert.deepEqual(findings("The price cap, introduced in January 2019, is now in its ninth year.", "2027-02-03"), []);
    assert.deepEqual(findings("The fund, set up in 2019, is now in its seventh year.", "2027-02-03").map((f) => f.code), ["nth-year"]);
    assert.deepEqual(findings("The festival, first held in 2012, is now in its 20th year.", "2025-06-02").map((f) => f.fix), ["14th year"]);
    // The subject named with a digit, not "which".
    assert.match(findings("Hayabusa2, which was launched in 2014, is now in its 14th year in space.", "2025-06-02")[0]!.message, /Hayabusa2 started in 2014/);
  });

  it("reads no plan in a price's date or in a plan told as made before", () => {
    assert.deepEqual(findings("Shareholders will receive 655 pence a share, a premium of 38 per cent to the closing price on 29 May.", "2026-06-02"), []);
    assert.deepEqual(findings("The AAIB had originally said it would publish the final report by June 2026 but delayed it.", "2026-11-12"), []);
    assert.deepEqual(findings("The AAIB said it would publish the final report by June 2026.", "2026-11-12").map((f) => f.code), ["planned-before-document-date"]);
  });

  it("finds a duration that does not fit the span its sentence gives", () => {
    const f = findings("The strike, which ran from Aug. 22 to Aug. 30, lasted 19 days.", "2025-03-01");
    assert.deepEqual(f.map((x) => [x.code, x.text, x.fix]), [["duration-range", "19 days", "9 days"]]);
    assert.match(f[0]!.message, /does not fit “from Aug\. 22 to Aug\. 30”: that is 9 days counting both/);
    assert.deepEqual(findings("The trial ran for 18 months, from January 2022 to December 2024.", "2025-03-01").map((x) => [x.code, x.fix]), [["duration-range", "36 months"]]);
    for (const t of ["The strike, which ran from Aug. 22 to Aug. 30, lasted 9 days.", "The strike, which ran from Aug. 22 to Aug. 30, lasted 8 days.", "The trial ran for 35 months, from January 2022 to December 2024.", "The trial ran for about 18 months, from January 2022 to December 2024.", "The trial ran for three years, from January 2022 to December 2024."]) {
      assert.deepEqual(findings(t, "2025-03-01"), [], t);
    }
  });

  it("reads a time on a day as that day ('will come into force at 06:00 on Saturday 8 November')", () => {
    assert.deepEqual(findings("The amber warning will come into force at 06:00 on Saturday 8 November.", "2025-11-21").map((f) => f.code), ["planned-before-document-date"]);
    assert.deepEqual(findings("The hearing took place at 10:30 on 27 November.", "2025-11-21").map((f) => f.code), ["completed-after-document-date"]);
    assert.deepEqual(findings("The amber warning will come into force at 06:00 on Saturday 29 November.", "2025-11-21"), []);
  });

  it("finds a storm's landfall given two dates, after a place too", () => {
    assert.deepEqual(findings("Delphine made landfall near Southport on Monday, Sept. 7. The state has carried out 1,100 rescues since Delphine made landfall on Sunday, Sept. 6.", "2026-09-10").map((f) => [f.code, f.text]), [["same-event-two-dates", "Sunday, Sept. 6"]]);
  });

  it("finds an act done once to its object given two dates ('The Senate passed the bill on March 10 … on March 11')", () => {
    const f = findings("The Senate passed the bill on March 10. The Senate passed the bill on March 11 after a long debate.", "2026-03-18");
    assert.deepEqual(f.map((x) => [x.code, x.text]), [["same-event-two-dates", "March 11"]]);
    assert.match(f[0]!.message, /^The Senate passed the bill on March 10 /);
    assert.deepEqual(findings("The Senate passed the bill on March 10. The House passed the bill on March 11.", "2026-03-18"), []);
  });

  it("reads 'died at 51', 'retired in 2019 at 51', 'became chief executive at 34' as ages at their clause's year", () => {
    assert.deepEqual(findings("Holt, who was born in 1970, died at 51 in 2019.", "2026-03-01").map((f) => [f.text, f.fix]), [["at 51", "at 48"]]);
    assert.deepEqual(findings("Holt, who was born in 1970, died at 49 in 2019.", "2026-03-01"), []);
    assert.deepEqual(findings("Holt was born in 1970. She retired in 2019 at 51.", "2026-03-01").map((f) => f.text), ["at 51"]);
    assert.deepEqual(findings("Holt was born in 1970 and became chief executive at 34 in 2010.", "2026-03-01").map((f) => f.text), ["at 34"]);
    // Times, prices, addresses and counts after "at" are no ages.
    for (const t of ["He left at 5 pm in 2019.", "He started work at 9 in 2019.", "Its shares closed at 51 cents in 2019.", "He died at 51 Main Street in 2019.", "It started at 51 sites in 2019.", "It won at 51% in 2019."]) {
      assert.deepEqual(findings(`Holt was born in 1970. ${t}`, "2026-03-01"), [], t);
    }
  });

  it("names an event two dates are given for as the text names its subject ('Pettifer was arrested', 'The trial opened')", () => {
    const f = findings("Pettifer was arrested on Monday, March 3, after an audit. Pettifer was arrested on March 13.", "2025-11-14");
    assert.deepEqual(f.map((x) => x.text), ["March 13"]);
    assert.match(f[0]!.message, /^Pettifer was arrested on Monday, March 3 /);
    assert.match(findings("The trial opened on Monday, March 3. The trial opened on March 13, officials said.", "2025-11-14")[0]!.message, /^The trial opened on Monday, March 3 /);
  });

  it("reads an obituary's age in the paragraph before its birth, and 'at the age of' anywhere in the sentence", () => {
    assert.deepEqual(findings("Helena Marques died on Sunday at her home in Lisbon. She was 87.\nMarques was born on Aug. 2, 1936, in Porto.", "2025-10-07").map((f) => [f.text, f.fix]), [["87", "89"]]);
    assert.deepEqual(findings("Helena Marques died on Sunday at her home in Lisbon. She was 89.\nMarques was born on Aug. 2, 1936, in Porto.", "2025-10-07"), []);
    assert.deepEqual(findings("Helena Marques, who was born on Aug. 2, 1936, died on Sunday at the age of 87.", "2025-10-07").map((f) => f.text), ["at the age of 87"]);
    // No death told before: the age is not the one born.
    assert.deepEqual(findings("The firm was sold in May. Its founder was 87.\nMarques was born on Aug. 2, 1936, in Porto.", "2025-10-07"), []);
  });

  it("counts an anniversary of the subject's start to the year it was marked in, and reads the start in the sentence before", () => {
    assert.deepEqual(findings("The Ashgrove Players, founded in 1978, celebrated its 40th anniversary in 2018.", "2025-10-14"), []);
    const f = findings("The Ashgrove Players, founded in 1978, celebrated its 45th anniversary in 2018.", "2025-10-14");
    assert.deepEqual(f.map((x) => [x.text, x.fix]), [["45th anniversary", "40th anniversary"]]);
    assert.match(f[0]!.message, /40 years before “2018”/);
    assert.deepEqual(findings("The Ashgrove Players was founded in 1978. The company marked its 40th anniversary in 2016.", "2025-10-14").map((x) => [x.text, x.fix]), [["40th anniversary", "38th anniversary"]]);
    assert.deepEqual(findings("The Ashgrove Players was founded in 1978. The company marked its 38th anniversary in 2016.", "2025-10-14"), []);
  });

  it("reads a body's birthday as its anniversary, marked 'last year' or 'this year'", () => {
    const f = findings("Castellan, founded in Vevey in 1887, celebrated its 140th birthday last year with a campaign.", "2026-02-19");
    assert.deepEqual(f.map((x) => [x.text, x.fix]), [["140th birthday", "138th birthday"]]);
    assert.match(f[0]!.message, /138 years before “last year” \(2025\)/);
    assert.deepEqual(findings("Castellan, founded in Vevey in 1887, celebrated its 138th birthday last year with a campaign.", "2026-02-19"), []);
  });

  it("dates an anniversary's event by a clause that describes it at some length", () => {
    const t = (n: string) => `Delia arrived a day before the ${n} anniversary of Hurricane Michael, which made landfall near the same stretch of coast on Oct. 10, 2018, and destroyed Mexico Beach.`;
    assert.deepEqual(findings(t("eighth"), "2025-10-09").map((x) => [x.text, x.fix]), [["eighth anniversary", "seventh anniversary"]]);
    assert.deepEqual(findings(t("seventh"), "2025-10-09"), []);
  });

  it("reads an nth year of operation from a production start, a season of 'the franchise's' from its debut, and names a subject before 'which'", () => {
    assert.deepEqual(findings("The company's Modderfontein mine, which began production in 2016, is now in its 12th year of operation.", "2026-11-03").map((x) => [x.text, x.fix]), [["12th year", "11th year"]]);
    const f = findings("The Raptors are marking the franchise's 30th season since their debut in 1995 with throwback nights.", "2026-11-03");
    assert.deepEqual(f.map((x) => x.text), ["30th season"]);
    assert.match(f[0]!.message, /the franchise began in 1995/);
    assert.deepEqual(findings("The Raptors are marking the franchise's 32nd season since their debut in 1995 with throwback nights.", "2026-11-03"), []);
    const g = findings("Lakeshore, which is now in its 120th year, was founded in 1912 as a tuberculosis sanatorium.", "2026-07-07");
    assert.deepEqual(g.map((x) => [x.text, x.fix]), [["120th year", "115th year"]]);
    assert.match(g[0]!.message, /^“120th year”: Lakeshore started in 1912/);
    // One year: "1 year before", not "1 years".
    assert.match(findings("The charity, founded in 2024, celebrated its 2nd anniversary last year.", "2026-07-07")[0]!.message, /dates from 2024, 1 year before “last year”/);
  });

  it("reads a leap day without its year in an article of a year that has none", () => {
    assert.deepEqual(findings("The minister will make a statement to Holyrood on 29 February.", "2026-01-20").map((x) => [x.text, x.code]), [["29 February", "impossible-date"]]);
    assert.deepEqual(findings("The minister will make a statement to Holyrood on 29 February.", "2028-01-20"), []);
  });

  it("reads a completed event's verb further back over one stretch of its objects and places, not over another clause", () => {
    const t = "CHICAGO, April 16, 2026 — The drug cut deaths, researchers said. The full results were presented to cardiologists at the American College of Cardiology meeting in New Orleans on May 2, 2026. WFP reduced the value of its vouchers for camp residents on May 12, the third cut in two years.";
    assert.deepEqual(findings(t).map((x) => [x.text, x.code]), [["May 2, 2026", "completed-after-document-date"], ["May 12", "completed-after-document-date"]]);
    // Another clause between: a comma, "and", a verb's "-ing", a modal.
    for (const u of [
      "CHICAGO, April 16, 2026 — The council voted 5-2 to raise meter rates from $1.50 to $2 an hour starting May 1.",
      "CHICAGO, April 16, 2026 — The ministers said in a statement, leaving just weeks before the new limits take effect on May 1.",
      "CHICAGO, April 16, 2026 — Hudson's Bay said it will redeem 9.5 million Series H preferred shares on May 1 at a price of C$27.75 each.",
    ])
      assert.deepEqual(findings(u), [], u);
  });

  it("reads an nth year whose start follows it in 'after it was first staged on a borrowed farm in 2012'", () => {
    const f = findings("Riverside Sound, which is now in its 20th year after it was first staged on a borrowed farm in 2012, sold out its tickets.", "2025-08-01");
    assert.deepEqual(f.map((x) => [x.text, x.fix]), [["20th year", "14th year"]]);
    assert.match(f[0]!.message, /^“20th year”: Riverside Sound started in 2012/);
  });

  it("reads an obituary's age against a birth told a few paragraphs on, when that paragraph names the one who died", () => {
    const t = "Kavita Rao dies\nMUMBAI, March 12, 2026 (PTI) — Playback singer Kavita Rao died at her home on Thursday morning, her family said. She was 84.\n“She was singing to the nurses until last week,” her son, Arjun Rao, said.\nEarly years\nKavita Rao was born on 4 June 1938 in Dharwad.";
    assert.deepEqual(findings(t).map((x) => [x.text, x.code]), [["84", "age"]]);
    // (Not another person's birth.)
    assert.deepEqual(findings(t.replace("Kavita Rao was born on", "Her sister Meera was born on")), []);
  });

  it("counts an nth year from an approval", () => {
    const f = findings("China’s manned space program was approved in 1992 and is now in its 30th year.", "2026-04-24");
    assert.deepEqual(f.map((x) => [x.text, x.code, x.fix]), [["30th year", "nth-year", "35th year"]]);
  });
});

describe("date-inconsistency: year-less dates, governing verbs, event nouns, the front matter outlier", () => {
  describe("year-less dates against a narrow document date", () => {
    it("flags a plan dated a few days before the document date", () => {
      const f = findings("---\ndate: 2024-06-20\n---\nThe agency is due to release its audit of the grid on June 11, officials said.");
      assert.equal(f.length, 1);
      assert.equal(f[0]!.text, "June 11");
      assert.equal(f[0]!.code, "planned-before-document-date");
    });

    it("reads a plan dated months before the document date as next year's", () => {
      assert.deepEqual(findings("---\ndate: 2024-06-20\n---\nThe agency will release its next audit on February 11."), []);
    });

    it("flags a completed event dated a few days after a dateline", () => {
      const f = findings("OSLO, Sept 4 (Wire) – Engineers said on Monday the tunnel, begun in 2021, was complete.\nThe findings were presented to ministers on September 19 and later published.");
      assert.equal(f.length, 1);
      assert.equal(f[0]!.text, "September 19");
      assert.equal(f[0]!.code, "completed-after-document-date");
    });

    it("reads a completed event dated months after the document date as last year's", () => {
      assert.deepEqual(findings("---\ndate: 2024-06-20\n---\nThe plant was opened on November 3 by the mayor."), []);
    });

    it("leaves year-less dates alone when the document date is only a wide window", () => {
      assert.deepEqual(findings("The plant was opened on November 3 by the mayor in 2019.\nIt will close on March 1."), []);
    });
  });

  describe("tense from the verb that governs the date", () => {
    it("does not take the noun 'plan' for a plan", () => {
      assert.deepEqual(findings("---\ndate: 2024-09-13\n---\nVoters rejected the plan on Tuesday, September 10."), []);
    });

    it("reads 'the last cut on', 'the previous meeting in' as an event that has been, and 'cut', 'surged' as past verbs", () => {
      const f = findings("Mortgage brokers reported a surge in refinancing after the last cut on 12 August 2026.", "2026-03-04");
      assert.deepEqual(f.map((x) => [x.text, x.code]), [["12 August 2026", "completed-after-document-date"]]);
      assert.deepEqual(findings("Refinancing surged on 12 August 2026.", "2026-03-04").map((x) => x.code), ["completed-after-document-date"]);
      assert.deepEqual(findings("Brokers say refinancing will surge after the last cut on 12 August 2026.", "2026-03-04"), []);
    });

    it("reads phrasal verbs of a completed event ('broke out', 'kicked off', 'wrapped up', 'took off')", () => {
      for (const t of ["Fighting broke out in the capital on January 15.", "The summit kicked off on January 15.", "Talks wrapped up on January 15.", "The plane took off on January 15."]) {
        assert.deepEqual(findings(t, "2026-01-13").map((x) => x.code), ["completed-after-document-date"], t);
      }
    });

    it("skips a relative clause between the verb and the date", () => {
      assert.deepEqual(findings("---\ndate: 2024-09-13\n---\nThe board approved the bridge, which is due to open next year, on Tuesday, September 10."), []);
    });

    it("does not take an adjectival 'proposed' for a plan when a past verb governs", () => {
      assert.deepEqual(findings("---\ndate: 2024-09-13\n---\nMembers rejected a proposed merger at the union's congress on Tuesday, September 10."), []);
    });

    it("still reads 'the planned talks on' as a plan", () => {
      const f = findings("---\ndate: 2024-09-13\n---\nThe planned talks on September 2, 2024 are expected to focus on water.");
      assert.equal(f.length, 1);
      assert.equal(f[0]!.code, "planned-before-document-date");
    });

    it("does not take a hyphenated participle ('long-awaited') for a past verb", () => {
      const f = findings("---\ndate: 2024-09-13\n---\nThe ministry is scheduled to issue a long-awaited review on September 9.");
      assert.equal(f.length, 1);
      assert.equal(f[0]!.text, "September 9");
    });
  });

  describe("one event, two dates, linked by the event noun", () => {
    it("flags the later mention of the same definite event noun", () => {
      const f = findings("---\ndate: 2024-09-13\n---\nMembers voted down the budget at the party's autumn conference in Leeds on Tuesday, September 10.\nThe treasurer, who resigned at the September 11 conference, declined to comment.");
      assert.equal(f.length, 1);
      assert.equal(f[0]!.text, "September 11");
      assert.equal(f[0]!.code, "same-event-two-dates");
      assert.equal(f[0]!.fix, "September 10");
    });

    it("reads an event named by up to three words, the shorter name its last words, and the sides after it", () => {
      const t = "Kameda scored in the Scottish League Cup final against Rangers on Dec. 14. His performance in the Dec. 15 League Cup final at Hampden Park won him the award. The Champions League final on May 30 is sold out. The Europa League final on May 20 is too.";
      const f = findings(t, "2026-01-10");
      assert.deepEqual(f.map((x) => [x.text, x.code, x.fix]), [["Dec. 15", "same-event-two-dates", "Dec. 14"]]);
      assert.match(f[0]!.message, /^The Scottish League Cup final was played on Dec. 14/);
      // Two finals of two names are two events; "the final" alone is neither's.
      assert.deepEqual(findings("The Champions League final on May 30 is sold out. The Europa League final on May 20 is too. Fans of the final on May 21 queued.", "2026-01-10"), []);
    });

    it("reads an opening told by its verb and its noun ('The exhibition opens on Thursday 15 October' … 'the 16 October opening')", () => {
      const t = "LONDON — The exhibition opens on Thursday 15 October and runs until 28 February. The gallery will open until 9pm on Fridays from the 16 October opening until Christmas.";
      assert.deepEqual(findings(t, "2026-10-12").map((x) => [x.text, x.code, x.fix]), [["16 October", "same-event-two-dates", "15 October"]]);
    });

    it("reads a person's start in a post told twice ('who took over on Jan. 5' … 'who became CFO on Jan. 12'), not an appointment", () => {
      const t = "SAN JOSE, Calif., Feb 20 (Wire) - Chief Financial Officer Mei Lin Ong, who took over on Jan. 5, told analysts margins would narrow. Ong, who became CFO on Jan. 12 after nine years at Texas Instruments Inc., is the company’s first female finance chief.";
      assert.deepEqual(findings(t).map((x) => [x.text, x.code, x.fix]), [["Jan. 12", "same-event-two-dates", "Jan. 5"]]);
      assert.deepEqual(findings("SAN JOSE, Calif., Feb 20 (Wire) - Ong was appointed on Jan. 5. Ong took over on Jan. 12.").filter((x) => x.code === "same-event-two-dates"), []);
    });

    it("reads an arrest at places named after a common noun ('arrested at addresses in Handsworth and Aston on')", () => {
      const t = "BIRMINGHAM, Nov 20 (Wire) - Three men were arrested at addresses in Handsworth and Aston on Monday, November 17. Since their arrest on November 12, the men have been held.";
      assert.deepEqual(findings(t).map((x) => [x.text, x.code, x.fix]), [["November 12", "same-event-two-dates", "November 17"]]);
    });

    it("reads an order issued once, an incident that struck, and a lasting event named before what it is about", () => {
      const pairs = (t: string) => findings(t, "2025-11-03").filter((x) => x.code === "same-event-two-dates").map((x) => [x.text, x.fix, x.message.replace(/ according.*/, "")]);
      assert.deepEqual(pairs("The evacuation order, issued on Saturday, July 19, covers 10,000 people. Since the order was issued on July 18, allowances were paid."), [["July 18", "July 19", "The order was issued on Saturday, July 19"]]);
      assert.deepEqual(pairs("The utility issued a do-not-drink advisory on Tuesday, April 8, 2025. Since the advisory was issued on April 18, 2025, residents have queued."), [["April 18, 2025", "April 8, 2025", "The advisory was issued on Tuesday, April 8, 2025"]]);
      assert.deepEqual(pairs("Rescuers dug on Monday after a magnitude 6.4 earthquake struck late on Sunday, Nov 2, killing 27. Molina said the Nov 1 earthquake was the strongest since 1994."), [["Nov 1", "Nov 2", "The earthquake struck on Sunday, Nov 2"]]);
      assert.deepEqual(pairs("Members shut stations in the second day of a nationwide strike over the price of petrol that began on Monday, 2 March. Since the strike began on 1 March, nine flights were cancelled."), [["1 March", "2 March", "The strike began on Monday, 2 March"]]);
      // A statement or a warning may be issued again.
      assert.deepEqual(pairs("The ministry issued a warning on Monday, July 14. The warning was issued on July 16 again."), []);
    });

    it("reads 'opened', 'began' and 'started' of one subject as one event, named as first said", () => {
      const t = "---\ndate: 2026-03-12\n---\nHeadline\nThe trial, which opened on Monday, January 19, heard from relatives. Jurors heard from relatives during the trial, which began on January 26.";
      const f = findings(t);
      assert.deepEqual(f.map((x) => [x.text, x.code]), [["January 26", "same-event-two-dates"]]);
      assert.match(f[0]!.message, /^The trial opened on Monday, January 19/);
      assert.deepEqual(findings("---\ndate: 2026-03-12\n---\nHeadline\nThe trial opened on January 19. The exhibition began on January 26."), []);
    });

    it("reads a retrial, a launch, a premiere … as events that happen once, set for a day or held on it, and tells a plan as a plan", () => {
      const f = findings("The retrial will be held on 4 October. The retrial will be held on 9 October.", "2025-09-18");
      assert.deepEqual(f.map((x) => [x.text, x.code]), [["9 October", "same-event-two-dates"]]);
      assert.match(f[0]!.message, /^The retrial is set for 4 October according to an earlier statement, not 9 October\.$/);
      assert.deepEqual(findings("The retrial is set for 4 October. The retrial, set for 9 October, will last a week.", "2025-09-18").map((x) => x.text), ["9 October"]);
      const g = findings("The vote, held on 4 October, was close. The vote on 9 October was close.", "2025-10-18");
      assert.match(g[0]!.message, /^The vote was held on 4 October according to/);
    });

    it("reads a fire's breaking out and beginning as one event", () => {
      const f = findings("The fire broke out on August 3. Since the fire began on August 5, crews have joined.", "2025-08-08");
      assert.deepEqual(f.map((x) => [x.text, x.code]), [["August 5", "same-event-two-dates"]]);
      assert.match(f[0]!.message, /^The fire broke out on August 3 according to an earlier statement/);
    });

    it("links an event noun named after a place to the same noun without one", () => {
      const f = findings("---\ndate: 2026-04-02\n---\nHeadline\nThe Sofia summit will be held on 12 May. Officials said the summit will be held on 14 May.");
      assert.deepEqual(f.map((x) => [x.text, x.code]), [["14 May", "same-event-two-dates"]]);
      assert.deepEqual(findings("---\ndate: 2026-04-02\n---\nHeadline\nThe Sofia summit will be held on 12 May. The Brussels summit will be held on 14 May."), []);
    });

    it("reads a verb that names the event beside its noun: met and the meeting, sworn in and the swearing-in", () => {
      const f = findings("The producers, including Saudi Arabia and Russia, met by video conference on Sunday, March 1. At the February 28 meeting, Russia pushed for a smaller pause.", "2026-03-04");
      assert.deepEqual(f.map((x) => [x.text, x.code, x.fix]), [["February 28", "same-event-two-dates", "March 1"]]);
      assert.match(f[0]!.message, /^The meeting was held on Sunday, March 1 according to an earlier statement, not February 28\.$/);
      const g = findings("Delgado keeps a chair from the day she was sworn in on Jan. 2, 2017. Since her swearing-in on Jan. 9, 2017, she has not missed a meeting.", "2026-03-04");
      assert.deepEqual(g.map((x) => [x.text, x.fix]), [["Jan. 9, 2017", "Jan. 2, 2017"]]);
      assert.match(g[0]!.message, /^The swearing-in took place on Jan\. 2, 2017/);
    });

    it("does not read two meetings a body held a week apart, or two a verb dates, or the previous one, as one", () => {
      assert.deepEqual(findings("The committee met on March 3. At the March 10 meeting, members voted.", "2026-03-20"), []);
      assert.deepEqual(findings("The committee met on March 3 and met on March 5. The March 5 meeting was short.", "2026-03-20"), []);
      assert.deepEqual(findings("The board met on March 3. At the previous meeting on March 2, members voted.", "2026-03-20"), []);
    });

    it("reads a person's arrest dated by its day and later by another month, and not another person's", () => {
      const f = findings("Marsh was arrested on 2 November 2023, after a bank flagged withdrawals. Police have recovered £120,000 since Marsh’s arrest in December 2023.", "2026-03-04");
      assert.deepEqual(f.map((x) => [x.text, x.code, x.fix]), [["December 2023", "same-event-two-dates", "November 2023"]]);
      assert.match(f[0]!.message, /^The arrest was made on 2 November 2023 according to an earlier statement, not in December 2023\.$/);
      assert.deepEqual(findings("Smith was arrested on 2 November 2023. Since Jones’s arrest in December 2023, nothing has moved.", "2026-03-04"), []);
      assert.deepEqual(findings("Smith was arrested on 2 November 2023. Since his arrest in November 2023, nothing has moved.", "2026-03-04"), []);
    });

    it("reads a shooting, a crash, a final, a town hall … as events that happen once, 'which took place on', and a ballot's closing", () => {
      const one = (t: string): unknown => findings(t, "2026-03-20").map((x) => [x.text, x.code]);
      assert.deepEqual(one("The shooting took place on Nov. 21. The shooting took place on Nov. 20."), [["Nov. 20", "same-event-two-dates"]]);
      assert.deepEqual(one("The final on Dec. 14 ended early. The final on Dec. 15 was his last."), [["Dec. 15", "same-event-two-dates"]]);
      assert.deepEqual(one("Residents packed the Sept. 12 town hall. At the town hall on Sept. 11, Crane spoke."), [["Sept. 11", "same-event-two-dates"]]);
      assert.deepEqual(one("The summit took place on March 2. The summit, which took place on March 4, ended."), [["March 4", "same-event-two-dates"]]);
      assert.deepEqual(one("The ballot closed on 16 March. The ballot, which closed on 13 March, was counted."), [["13 March", "same-event-two-dates"]]);
      // Markets close every day.
      assert.deepEqual(one("Stocks closed on March 3 at a high. Stocks closed on March 4 lower."), []);
    });

    it("reads a weekday alone as the day the document date makes of it, and an incident told first with 'a' and its place", () => {
      const f = findings("---\ndate: 2026-03-18\n---\nLONDON, 18 March (PA) - Crew voted for action in a ballot that closed on Monday. The result of the ballot, which closed on 13 March, was announced at a rally.");
      assert.deepEqual(f.map((x) => [x.text, x.code, x.fix]), [["13 March", "same-event-two-dates", "16 March"]]);
      assert.match(f[0]!.message, /^The ballot closed on Monday according to an earlier statement, not 13 March\.$/);
      assert.deepEqual(findings("---\ndate: 2026-03-04\n---\nSEOUL, March 4 (Yonhap) -- The exercise began on Monday. The exercise began on March 3, the JCS said.").map((x) => x.text), ["March 3"]);
      assert.deepEqual(findings("---\ndate: 2026-03-04\n---\nSEOUL, March 4 (Yonhap) -- The exercise began on Monday. The exercise began on March 2, the JCS said."), []);
      const g = findings("---\ndate: 2025-11-25\n---\nLAKEVIEW — Students returned on Tuesday for the first full day since a shooting in the school’s parking lot on Friday, Nov. 21, that wounded two. Since the shooting on Nov. 20, the district has received 600 calls.");
      assert.deepEqual(g.map((x) => [x.text, x.code]), [["Nov. 20", "same-event-two-dates"]]);
    });

    it("does not link event nouns with different modifiers or indefinite ones", () => {
      assert.deepEqual(findings("---\ndate: 2024-09-13\n---\nThe board meeting on September 3 was short. The shareholder meeting on September 10 was long."), []);
      assert.deepEqual(findings("---\ndate: 2024-09-13\n---\nA hearing on September 3 was adjourned. Another hearing on September 10 followed."), []);
    });
  });

  describe("front matter against the dateline", () => {
    it("flags the front matter when completed events back the dateline", () => {
      const text = "---\ndate: 2024-03-05\n---\nMADRID, March 15 (Wire) – Talks ended on Friday without a deal.\nThe talks, which opened on Tuesday, March 12, were the third round.";
      const f = findings(text);
      assert.equal(f.length, 1);
      assert.equal(f[0]!.text, "2024-03-05");
      assert.equal(f[0]!.code, "front-matter-outlier");
      assert.equal(f[0]!.fix, "2024-03-15");
      const a = analyze(text);
      assert.equal(a.documentDate?.from, "2024-03-15");
    });

    it("keeps the front matter when only a year alone, its tense misread, would back the dateline", () => {
      // ("committed to cutting emissions … by 2035" reads as past: a year alone outweighs no front matter.)
      const t = "---\ndate: 2026-05-14\n---\nSYDNEY, May 12 (AAP) - Heatwaves bleached the reef, the institute said on Thursday. Australia has committed to cutting emissions by 2035.";
      assert.equal(analyze(t, { today: "2026-11-29" }).documentDate?.from, "2026-05-14");
      assert.deepEqual(findings(t).map((x) => [x.text, x.code]), [["May 12", "dateline-front-matter"]]);
    });

    it("keeps the front matter, and flags the dateline, when nothing backs the dateline", () => {
      const f = findings("---\ndate: 2024-03-05\n---\nMADRID, March 15 (Wire) – Talks will resume on Tuesday, March 19.");
      assert.equal(f.length, 1);
      assert.equal(f[0]!.text, "March 15");
      assert.equal(f[0]!.code, "dateline-front-matter");
    });
  });
});
