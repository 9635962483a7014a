import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { analyze } from "../../../src/core/analyze";
import { IncrementalAnalyzer } from "../../../src/core/incremental";
import { fixesOf, type Finding } from "../../../src/core/model/finding";
import { annotationFromFix } from "../../../src/core/annotations/fix";

const flagged = (t: string, rules?: Record<string, "off" | "error" | "warning">): string[] =>
  analyze(t, rules ? { rules } : {})
    .findings.filter((f) => f.ruleId === "unsourced-figure")
    .map((f) => t.slice(f.span.start, f.span.end));

describe("unsourced-figure", () => {
  it("flags a figure stated as plain fact", () => {
    assert.deepEqual(flagged("Inflation rose to 4.1 percent in March."), ["4.1 percent"]);
    assert.deepEqual(flagged("The petition gathered 6,200 signatures. Seven companies won contracts."), ["6,200", "Seven"]);
  });

  it("takes insurers, a relative in apposition, a count of the sources and a study published in a journal as sources", () => {
    for (const t of [
      "Insurers estimated the damage to the building at £180,000.",
      "Her husband, Mark Holt, said he had paid £900.",
      "Talks began in November, two of the sources said.",
      "In a poll completed on Saturday, 69 percent of those polled said they did not know.",
      "Bees learn 30 percent faster when it is cool, a study published in Current Biology found.",
    ]) assert.deepEqual(flagged(t), [], t);
  });

  it("takes a source whose phrase holds another name, a participle's phrase, or state media", () => {
    for (const t of [
      "Some 40% of voters back the plan, a YouGov poll for The Times found.",
      "The rate fell to 4.1%, the lowest since 2021, Eurostat data released on Friday showed.",
      "The death toll has risen to 42, state media reported.",
      "The toll is 42, state television said.",
    ]) assert.deepEqual(flagged(t), [], t);
    // Told to state media: the officials are the source.
    assert.deepEqual(flagged("Officials told state media the toll was 42."), []);
  });

  it("reads a transcript's line as its speaker's words ('Pritchard: We are funding 300 new planners'), not a section's label", () => {
    assert.deepEqual(flagged("Q: How many planners will you hire?\nPritchard: We are funding 300 new planners this year.\nDr Ann Lowe: About 40% of them are new."), []);
    assert.deepEqual(flagged("Note: Prices rose 4% in May.\nBonds: The Treasury index fell 19.29.\nMarkets Stocks: Volume 170,330,000 shares."), ["4%", "19.29", "170,330,000"]);
  });

  it("reads what a sign reads as no one's, and those who spoke as no source of their own count", () => {
    const t = 'More than 40 people spoke during public comment, and one teenager held a sign reading "Skaters Are Residents Too."';
    assert.deepEqual(flagged(t), ["40"]);
    assert.ok(analyze(t).findings.some((f) => f.ruleId === "unattributed-quote"));
    assert.equal(analyze(t).quotes[0]!.speakerId, undefined);
  });

  it("reads an interview's answers as the interviewee's words, not an explainer's answers to its own questions", () => {
    const interview = "Interview: Marta Keller on the ice\nMarta Keller has led the network since 2019.\nHow bad was this year?\nVery bad. Our glaciers lost 3 percent of their volume.\nWhat happens next?\nWe are adding 12 new sites next year.";
    assert.deepEqual(flagged(interview), []);
    assert.deepEqual(flagged("Explainer\nWhat happened?\nThe storm killed 40 people on Monday.\nWhat happens next?\nRepairs will cost 3 million euros."), ["40", "3 million euros"]);
  });

  it("reads a headline's kicker before a colon as no speaker ('Live: …', 'Explainer: …')", () => {
    assert.deepEqual(flagged("Live: Reserve Bank cuts OCR to 2.25 percent – reaction as it happened\nThe bank cut rates."), ["2.25 percent"]);
    assert.deepEqual(flagged("Explainer: Why rents rose 9 percent\nRents rose."), ["9 percent"]);
  });

  it("reads a capital place before a colon opening the first paragraph as a dateline, no speaker ('LAHORE: …')", () => {
    assert.deepEqual(flagged("Pakistan lose\nLAHORE: The team lost the match by 74 runs."), ["74"]);
    assert.deepEqual(flagged("Markets\nMUMBAI: Sensex fell 2.3 percent on Monday.\nTraders were calm."), ["2.3 percent"]);
    // (A transcript's labels in capitals, on several lines, still name speakers.)
    assert.deepEqual(flagged("Interview\nSMITH: We hired 300 planners.\nJONES: And the others?\nSMITH: Yes."), []);
  });

  it("reads the sources reporting figures: a progressive forecast, a name's ’s before a past form, a poll's respondents, a message posted", () => {
    for (const t of [
      "The co-operative is forecasting a farmgate milk price of NZ$9.50.",
      "Christie's estimated the work at $35 million.",
      "The auction house had estimated the work at $35 million.",
      "The Fed will hold rates at 3.75 percent on Thursday, economists polled by Reuters said.",
      "The ministry posted on X that 40 people died.",
      "The Ministry of the Environment (MMA) informed that R$ 1.2 billion were invested.",
    ]) assert.deepEqual(flagged(t), [], t);
    // What a team posts is a score, and what a firm's ’s qualifies is no report.
    assert.deepEqual(flagged("On Sunday, New Zealand posted 312 runs. For the quarter, Delta posted net income of $133.1 million."), ["312", "$133.1 million"]);
    assert.deepEqual(flagged("The firm's estimated value rose to $35 million."), ["$35 million"]);
    assert.deepEqual(flagged("He informed the police about 40 thefts."), ["40"]);
    assert.deepEqual(flagged("“Castro is claiming the son,” said Olga Coto. Castro is claiming 40 acres."), ["40 acres"]);
  });

  it("flags a range or a change from one figure to another once", () => {
    assert.deepEqual(flagged("The vaccine costs between $2 and $4 a dose."), ["$2 and $4"]);
    assert.deepEqual(flagged("It was given to children aged five to 17 months."), ["five to 17 months"]);
    assert.deepEqual(flagged("Two or three people died. Prices rose 10-12% this year."), ["Two or three", "10-12%"]);
    assert.deepEqual(flagged("Sales rose from 3% to 5%. An estimated 5,600 to 8,870 died."), ["3% to 5%", "5,600 to 8,870"]);
    // A change and the level it reached are two figures; so is one sum put two ways.
    assert.deepEqual(flagged("British Steel skidded 1.74 to 123.5 on turnover."), ["1.74", "123.5"]);
    // (A bare number, then one with its unit, is a range after a verb of change too.)
    assert.deepEqual(flagged("Prices rose 9 to 11 percent in November."), ["9 to 11 percent"]);
    assert.deepEqual(flagged("Mehta scored 499 out of 500."), ["499 out of 500"]);
    assert.deepEqual(flagged("He was given a sentence of two years and three months."), ["two years and three months"]);
    assert.deepEqual(flagged("Net rose 4.3% to $525.8 million or $4.67 a share."), ["4.3%", "$525.8 million", "$4.67"]);
    // Figures of different kinds, or one of them sourced, stay apart.
    assert.deepEqual(flagged("The mill employs 300 to 400 workers, the union said. It has 12 to 15 machines."), ["12 to 15"]);
    const f = analyze("The vaccine costs between $2 and $4 a dose.").findings.find((x) => x.ruleId === "unsourced-figure")!;
    assert.match(f.message, /^Unsourced figures "\$2 and \$4"/u);
  });

  it("does not flag figures in a sentence with a frame, in either order", () => {
    assert.deepEqual(flagged("The ministry said inflation rose to 4.1 percent."), []);
    assert.deepEqual(flagged("Inflation rose to 4.1 percent, the ministry said."), []);
    assert.deepEqual(flagged("Inflation rose to 4.1 percent, said Maria Lopez, the agency's head."), []);
    assert.deepEqual(flagged("Inflation rose to 4.1 percent, according to the statistics office."), []);
    assert.deepEqual(flagged("Inflation rose to 3.4%, per the Bureau of Labor Statistics."), []);
    assert.deepEqual(flagged("Shares cost $5 per share."), ["$5"]);
    assert.deepEqual(flagged("Data from the central bank show inflation at 4.1 percent."), []);
    assert.deepEqual(flagged("A study by the institute found that 30 percent of trees were old."), []);
    assert.deepEqual(flagged("Maria Lopez runs the agency. She added that 12 staff had left."), []);
    assert.deepEqual(flagged("Fritz Henderson spoke out on Tuesday that GM would close five plants."), []);
    assert.deepEqual(flagged("“Sales fell by 12 percent,” lamented Jane Okafor. Costs rose 3 percent, she retorted."), []);
  });

  it("a frame governs what it reports, not another clause of its sentence", () => {
    assert.deepEqual(flagged("Freight rates have risen 18 percent since the strike began, and some retailers have warned of empty shelves."), ["18 percent"]);
    assert.deepEqual(flagged("The stoppage began at dawn and will last 24 hours, the workers’ union said."), []);
    assert.deepEqual(flagged("Exports fell to 3.1 million tonnes, according to Kirov Agri, down from 4.4 million tonnes."), []);
    assert.deepEqual(flagged("The World Food Programme (WFP) said 21 million people faced hunger."), []);
    assert.deepEqual(flagged("Inspectors toured three sites over 10 hours, U.N. spokesman Alan Dacey said."), []);
    assert.deepEqual(flagged("A poll of 1,000 voters found that 58 percent backed the plan."), []);
  });

  it("does not carry a frame over to the next sentence", () => {
    assert.deepEqual(flagged("Inflation slowed to 8 percent, according to the statistics office. Food prices rose 6.4 percent."), ["6.4 percent"]);
  });

  it("does not flag figures inside quotations, even without a speaker", () => {
    assert.deepEqual(flagged("“We lost 40 percent of our crop,” said farmer Ana Lopez."), []);
    assert.deepEqual(flagged("The plan was described as “90 percent agreed.”"), []);
  });

  it("does not flag figures with an explicit citation", () => {
    assert.deepEqual(flagged("Inflation rose to 4.1 percent [1]."), []);
    assert.deepEqual(flagged("Inflation rose to 4.1 percent (source: ONS)."), []);
    assert.deepEqual(flagged("Inflation rose to 4.1 percent, see https://example.org/cpi."), []);
  });

  it("flags figures behind an agentless passive", () => {
    assert.deepEqual(flagged("It is estimated that 2 million people fled."), ["2 million"]);
  });

  it("names the figure and offers fixes as data", () => {
    const t = "The mayor, Ana Ruiz, said the plan was fine. The bridge cost £4 million, far over budget.";
    const f = analyze(t).findings.find((x) => x.ruleId === "unsourced-figure")!;
    assert.match(f.message, /"£4 million"/);
    assert.equal(f.severity, "warning");
    const attribute = fixesOf(f).find((x) => x.title === "Attribute to Ana Ruiz")!;
    assert.equal(attribute.kind, "edit");
    const edit = attribute.edits![0]!;
    const fixed = t.slice(0, edit.span.start) + edit.newText + t.slice(edit.span.end);
    assert.equal(fixed, "The mayor, Ana Ruiz, said the plan was fine. The bridge cost £4 million, according to Ana Ruiz, far over budget.");
    const suppress = fixesOf(f).find((x) => x.title === "Mark as common knowledge")!;
    assert.equal(suppress.kind, "annotation");
    assert.deepEqual(suppress.data!["annotation"], { kind: "suppress", ruleId: "unsourced-figure", reason: "common knowledge" });
  });

  it("gives figures of one clause the same fixes, whose common-knowledge annotation goes on each one's own figure", () => {
    const t = "The mayor, Ana Ruiz, said the plan was fine. The bridge cost £4 million and 300 jobs, far over budget. Another 40 km were built.";
    const check = (findings: readonly Finding[]): void => {
      const [a, b, c] = findings.filter((x) => x.ruleId === "unsourced-figure");
      assert.ok(a && b && c);
      assert.equal(a.attribution, b.attribution, "the same clause: the same attribution");
      assert.equal(fixesOf(a)[0], fixesOf(b)[0], "and the same fixes made from it");
      const common = fixesOf(a).at(-1)!;
      assert.equal(common.title, "Mark as common knowledge");
      assert.deepEqual(annotationFromFix(a, common)?.span, a.span);
      assert.deepEqual(annotationFromFix(b, common)?.span, b.span);
      assert.notDeepEqual(a.span, b.span);
      assert.equal(fixesOf(a)[0]!.edits![0]!.span.start, t.indexOf(", far"));
      assert.notEqual(fixesOf(c)[0], fixesOf(a)[0]);
      assert.equal(fixesOf(c)[0]!.edits![0]!.span.start, t.length - 1);
    };
    check(analyze(t).findings);
    // While the editor re-analyses: the findings moved by an edit before them share them too.
    const inc = new IncrementalAnalyzer();
    inc.analyze(`Intro.\n${t}`);
    const moved = `Intro, longer.\n${t}`;
    const a = inc.analyze(moved);
    assert.deepStrictEqual(a.findings, analyze(moved).findings);
    const [f1, f2] = a.findings.filter((x) => x.ruleId === "unsourced-figure");
    assert.equal(f1!.attribution, f2!.attribution);
    assert.equal(fixesOf(f1!)[0], fixesOf(f2!)[0]);
  });

  it("puts the attribution before the sentence's full stop when the clause runs to the end", () => {
    const t = "Officials said the dam held. The lake covers 40 km.";
    const f = analyze(t).findings.find((x) => x.ruleId === "unsourced-figure")!;
    const edit = fixesOf(f).find((x) => x.kind === "edit");
    assert.equal(edit, undefined, "a bare role is no name to attribute to");
    const t2 = "Dr. Ana Ruiz said the dam held. The lake covers 40 km.";
    const f2 = analyze(t2).findings.find((x) => x.ruleId === "unsourced-figure")!;
    const e2 = fixesOf(f2).find((x) => x.kind === "edit")!.edits![0]!;
    assert.equal(t2.slice(0, e2.span.start) + e2.newText + t2.slice(e2.span.end), "Dr. Ana Ruiz said the dam held. The lake covers 40 km, according to Ana Ruiz.");
  });

  it("respects the per-rule setting", () => {
    assert.deepEqual(flagged("Inflation rose to 4.1 percent.", { "unsourced-figure": "off" }), []);
    const f = analyze("Inflation rose to 4.1 percent.", { rules: { "unsourced-figure": "error" } }).findings[0]!;
    assert.equal(f.severity, "error");
  });

  it("has no findings on the user's seed, where every figure is quoted or attributed", () => {
    const seed = fs.readFileSync(path.join(__dirname, "../../../seeds/000_6c5918a61936de63.txt"), "utf8");
    assert.deepEqual(flagged(seed), []);
  });
});

describe("unsourced-figure: generalisation", () => {
  it("sources behind a parenthetical, a multi-word employer, a role noun or a group noun", () => {
    assert.deepEqual(flagged("The audit, by the state inspectorate, found that 12 percent of claims were false."), []);
    assert.deepEqual(flagged("Traders at Accra brokerage Volta Gold Securities expect inflation of 18 percent."), []);
    assert.deepEqual(flagged("Tolls will rise 4 percent, the county's roads chief, Councillor Ian Pell, said."), []);
    assert.deepEqual(flagged("The consortium expects to cut emissions by 9 percent."), []);
  });

  it("a non-reporting participle does not source the sentence", () => {
    assert.deepEqual(flagged("Shares of Corvel rose 6 percent on Tuesday, continuing a rally."), ["6 percent"]);
  });

  it("ordinals before a name and model numbers are not figures", () => {
    assert.deepEqual(flagged("The side will play in a third Heineken Cup final."), []);
    assert.deepEqual(flagged("The airline took delivery of its first 340 Skylark. The 340-8 flies today."), []);
  });
});
