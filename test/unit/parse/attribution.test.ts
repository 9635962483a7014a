import { strict as assert } from "node:assert";
import { parseDocument } from "../../../src/core/parse/document";
import { findFrames } from "../../../src/core/parse/attribution";

const frames = (t: string) => findFrames(parseDocument(t));
/** The name each frame resolves to, in order. */
const names = (t: string): (string | undefined)[] => frames(t).map((f) => f.name);
const first = (t: string) => {
  const f = frames(t)[0];
  assert.ok(f, `no frame in ${JSON.stringify(t)}`);
  return f;
};

describe("attribution frames", () => {
  it("subject before the verb, in any tense, with adverbs between", () => {
    for (const t of [
      "The ministry said the toll was 12.",
      "The ministry says the toll is 12.",
      "The ministry has said the toll was 12.",
      "The ministry had previously said the toll was 12.",
      "The ministry will also say the toll is 12.",
      "The ministry on Monday said the toll was 12.",
    ]) {
      const f = first(t);
      assert.equal(f.sourceText, "The ministry", t);
      assert.equal(f.sourceKind, "role", t);
    }
  });

  it("reads a role's '-general' as the role ('Its secretary-general, Charles Mukhwaya, said'), and no clause after an inverted verb as its speaker ('said members were')", () => {
    assert.deepEqual(names("Its secretary-general, Charles Mukhwaya, said members were “tired of being the last in line” for pay rises."), ["Charles Mukhwaya"]);
    assert.equal(first("The attorney-general said the law was clear.").sourceKind, "role");
    // An inverted verb names its speaker only when no verb of the clause follows: "…, said the minister."
    assert.deepEqual(names("Prices will rise, said the minister."), ["minister"]);
    assert.deepEqual(names("Prices will rise, said members would strike."), []);
  });

  it("reads a tag's speaker after the verb before a subject further back ('… after 250 mm of rain fell …, said Abdul Muhari, a spokesman')", () => {
    assert.deepEqual(names("Rivers burst their banks in parts of Java after more than 250 mm of rain fell in 24 hours in some districts, said Abdul Muhari, a spokesman for the agency."), ["Abdul Muhari"]);
    // Not a clause's subject after the verb, nor after a subject's name set off by commas.
    assert.deepEqual(names("Smith, the minister, said Jones, his deputy, had lied."), ["Smith"]);
    assert.deepEqual(names("An energy ministry official, Carolina Vergara, said the Kimal-Lo Aguirre line, a 1,350-kilometre link, remained on track."), ["Carolina Vergara"]);
  });

  it("reads 'first' after a subject as an adverb ('TPAO first put Sakarya’s reserves at …', 'The company first said'), not a determiner ('The first report said')", () => {
    assert.deepEqual(names("TPAO first put Sakarya’s reserves at 320 billion cubic metres in 2020."), ["TPAO"]);
    assert.deepEqual(names("The company first said that the reserves were 320 billion."), ["company"]);
    assert.equal(first("The first report said the reserves were 320 billion.").sourceKind, "document");
  });

  it("reads 'claims', 'reports' as plural nouns before a preposition or a verb ('Asylum claims at Canada’s borders fell', 'Newspaper reports have said')", () => {
    assert.deepEqual(frames("Asylum claims at Canada’s borders fell by a third in the first half of the year."), []);
    assert.deepEqual(frames("Insurance claims rose by a third."), []);
    assert.deepEqual(names("The agency reports on Monday that prices fell. Dunkin's rights, which it claims were put in place to deter bidders, stay."), ["agency", "agency"]);
  });

  it("reads data released on a date as the source ('Customs data released on June 6 showed', 'official statistics published on Tuesday, September 30, show')", () => {
    assert.equal(first("Customs data released on June 6 showed that exports rose 4.7 percent to 4.1 million tonnes.").sourceKind, "document");
    assert.equal(first("Official statistics, published on Tuesday, show that 412 ships were sold.").cue, "show");
    assert.equal(first("Enrolments fell by 3 percent in 2024-25, official statistics published on Tuesday, September 30, show.").cue, "show");
    // A count before the verb is still no date's: "the 30 showed".
    assert.deepEqual(frames("Of the volunteers, 30 showed signs of fatigue."), []);
  });

  it("groups of people by what they are or do are sources: opponents, protesters, shareholders, commuters …", () => {
    for (const t of [
      "Opponents said the project would raise property taxes by 4%.",
      "Protesters said 300 homes were razed.",
      "Shareholders said the bid undervalued the firm by 20%.",
      "Commuters said the fares rose 12% in a year.",
    ]) assert.equal(frames(t).length, 1, t);
  });

  it("an official is a person speaking ('an official said', 'a senior U.S. official told'), an official document is no verb", () => {
    assert.deepEqual(frames("The deal will last 12 years, an official said.").map((f) => f.sourceText), ["an official"]);
    assert.deepEqual(frames("An official said the deal will last 12 years.").map((f) => f.sourceText), ["An official"]);
    assert.deepEqual(frames("The official report said the deal will last 12 years.").map((f) => f.sourceText), ["The official report"]);
  });

  it("'countered that' and 'accused … of “…”' report; 'to counter the threat', 'accused him of theft' do not", () => {
    assert.equal(first('Senator Tom Becker countered that the bill was "a giveaway to lobbyists."').sourceText, "Senator Tom Becker");
    assert.equal(first('Tom Becker accused Democrats of "manufacturing a crisis for the cameras."').sourceText, "Tom Becker");
    assert.deepEqual(frames("Police moved to counter the threat. They accused him of theft."), []);
  });

  it("museums, galleries and notices are sources ('…, the museum announced', '…, the notice added'); 'asked for permission' reports nothing", () => {
    assert.deepEqual(frames("The price rose 300 per cent, the museum announced. Rents rose 9%, the notice added.").map((f) => f.sourceText), ["the museum", "the notice"]);
    assert.deepEqual(frames("The academy asked for permission to build a $50 million campus."), []);
    assert.deepEqual(frames("Clinton asked for a “list of the priorities for improving security.”").map((f) => f.sourceText), ["Clinton"]);
  });

  it("firms recall products and people record what they achieve: no report; data record, people recall with a clause", () => {
    for (const t of ["The company recalls 410,000 heaters.", "Toyota recalled 1.2 million cars.", "Candidates recorded a pass rate of 91 per cent.", "CrossLand recorded an additional $20 million in reserves."]) assert.deepEqual(frames(t), [], t);
    for (const t of ["She recalled that 40 people were there.", "“We had 40 staff,” she recalled.", "The Met Office recorded a temperature of 40.3C."]) assert.equal(frames(t).length, 1, t);
  });

  it("a source's age set off by commas is part of the source ('Margaret Ellis, 72, whose husband lost £96,000, said')", () => {
    assert.equal(first("Margaret Ellis, 72, whose husband lost £96,000 in the scheme, said the family was relieved.").sourceText, "Margaret Ellis, 72, whose husband lost £96,000 in the scheme");
    assert.equal(first('Outside court, Margaret Ellis, 72, whose husband lost money, said: "We were told the appeal could reopen everything."').name, "Margaret Ellis");
  });

  it("what a court, a jury or an inquiry heard, or was told, is attributed to it; what others heard is not", () => {
    assert.deepEqual(frames("The jury heard that he had lied. The inquiry was told that 40 homes were lost.").map((f) => f.sourceText), ["The jury", "The inquiry"]);
    assert.deepEqual(frames("He diverted funds meant for 40 homes, the court heard.").map((f) => f.cue), ["heard"]);
    assert.deepEqual(frames("He heard a noise. Residents heard gunfire. The plan was told to no one."), []);
  });

  it("a sentence's opening question after 'Asked whether …,' reports nothing", () => {
    assert.deepEqual(frames("Asked whether she has thought about retiring, Walter pauses."), []);
    assert.deepEqual(frames("Asked whether he would speak to the referees’ body, Pereira said: “What is the point?”").map((f) => f.cue), ["said"]);
  });

  it("the one 'of' a body, before a relative clause, is the source ('Prof Tim Spector, of King’s College London, who …, said')", () => {
    assert.equal(first("Prof Tim Spector, of King’s College London, who was not involved in the study, said: “This is an elegant piece of work.”").name, "Tim Spector");
    assert.match(first("King’s College London, which ran the study, said the results were clear.").sourceText, /^King’s College London/);
  });

  it("a participle 'calling' or 'describing' with a quotation after its object reports it ('calling her victory “…”')", () => {
    const f = first("Robert Golob congratulated Novak in a post on X, calling her victory “a clear choice for a European Slovenia.”");
    assert.equal(f.sourceText, "Robert Golob");
    assert.equal(f.cue, "calling");
    // With no quotation, calling is no saying: "calling a meeting for Friday".
    assert.deepEqual(frames("The mayor rejected the plan on Monday, calling a meeting for Friday."), []);
  });

  it("whom a document went to is not its source ('a filing with the London Stock Exchange', 'a letter to the regulator')", () => {
    const f = first("Revenue rose 12%, according to a filing with the London Stock Exchange.");
    assert.equal(f.sourceText, "a filing");
    assert.equal(f.sourceKind, "document");
    assert.equal(first("Revenue rose 12%, according to a report by Deloitte.").name, "Deloitte");
  });

  it("a speech tag may end in a longer phrase of when, where or how with no verb in it", () => {
    const f = first("Revenue rose 12% to £3.4 billion, Acme Corp said in a filing with the London Stock Exchange on Tuesday.");
    assert.equal(f.sourceText, "Acme Corp");
    assert.equal(f.content.start, 0);
    // Not another verb's ("didn't respond to its offer by the close of business yesterday, …"), nor a clause.
    assert.notEqual(first("Revenue rose 12%, Acme Corp said in a filing that prices had risen.").content.start, 0);
    // A finding's tag too: "…, Hamptons found in a survey of 2,000 recent buyers."
    assert.equal(first("One in three buyers relies on family, Hamptons found in a survey of 2,000 recent buyers.").content.start, 0);
    // "to" before an article or a name is a preposition, not an infinitive's.
    assert.equal(first("The deal includes £8 million in add-ons, Benfica said in a filing to the stock exchange.").content.start, 0);
    assert.notEqual(first("Sales rose, Benfica said in a filing to raise new capital.").content.start, 0);
  });

  it("gives a poll commissioned by a client to its maker ('The Kahu Research poll, commissioned by the Dominion Herald, put …')", () => {
    const f = first("The Kahu Research poll, commissioned by the Dominion Herald, put Labour on 34 percent.");
    assert.equal(f.sourceText, "The Kahu Research poll");
    assert.equal(f.name, "Kahu Research");
    // Without a maker named, the client is the agent as before.
    assert.equal(first("A poll commissioned by the BBC found 40 percent backed the plan.").name, "BBC");
  });

  it("reads 'figures showing …', 'data suggesting …' as the document's report", () => {
    const f = first("MP Sarah Okwu produced figures showing the company had discharged sewage for 31,000 hours in 2024.");
    assert.equal(f.sourceText, "figures");
    assert.equal(f.sourceKind, "document");
  });

  it("reads 'states' after a name or 'member' as the noun ('The Gulf states supply …'), not the verb", () => {
    assert.deepEqual(frames("The Gulf states supply about 9 percent of the EU’s gas imports."), []);
    assert.deepEqual(frames("All 16 NATO member states have approved their joining the alliance."), []);
    assert.equal(frames("The report states that 40 percent left.").length, 1);
  });

  it("a named subject 'shows' a finding only with a figure or a clause: not a feeling or a thing", () => {
    assert.deepEqual(frames("Carrick showed no emotion as the verdict was read."), []);
    assert.deepEqual(frames("Smith showed reporters the damaged roof, then left."), []);
    assert.equal(frames("Acme Corp showed a 5% rise in sales.").length, 1);
    assert.equal(frames("Apple Corps showed the court how many times the logo appeared.").length, 1);
    assert.equal(frames("Apple Corps showed that the logo appeared 40 times.").length, 1);
  });

  it("'state' before a medium is an adjective, not an inverted 'state'", () => {
    const t = "After the rally, state television showed exiles carrying signs demanding “Freedom for Elian,” the battle cry.";
    assert.deepEqual(frames(t), []);
    assert.deepEqual(frames("The toll is 42, state media reported.").map((f) => f.sourceText), ["state media"]);
  });

  it("a thing 'expected to' happen is nobody's expectation ('a move expected to result in a charge')", () => {
    const t = "Upjohn Co. said it will offer a package to as many as 1,100 workers in a cost-cutting move expected to result in a charge.";
    assert.deepEqual(frames(t).map((f) => f.cue), ["said"]);
    // A source that expects is still one.
    assert.deepEqual(frames("Officials in the capital expected the count to end on Monday.").map((f) => f.cue), ["expected"]);
  });

  it("'X said that …' and cues other than said", () => {
    assert.equal(first("Denholm announced that turnout was 41 percent.").cue, "announced");
    assert.equal(first("The central bank estimated growth at 4.8 percent.").lemma, "estimate");
    assert.equal(first("Analysts warned that prices would rise.").sourceText, "Analysts");
    assert.equal(first("Zelensky revealed that a 15-year deal was offered.").name, "Zelensky");
  });

  it("postposed frames: '…, X said.'", () => {
    const f = first("Eleven patients needed treatment, the office said, and no deaths were reported.");
    assert.equal(f.sourceText, "the office");
    assert.deepEqual(f.content, { start: 0, end: "Eleven patients needed treatment, the office said, and no deaths were reported.".length });
  });

  it("inverted frames: '…, said X, the agency's head.'", () => {
    const f = first("The plan will fail, said Maria Lopez, the agency's head.");
    assert.equal(f.sourceText, "Maria Lopez");
    assert.equal(f.name, "Maria Lopez");
    assert.equal(f.sourceKind, "name");
    assert.equal(first("Costs will rise, said the city's mayor, Angela Morrow.").name, "Angela Morrow");
  });

  it("appositives and relative clauses between subject and verb", () => {
    assert.equal(first("Hanbit, the country's third-largest chipmaker, said it would hire.").name, "Hanbit");
    assert.equal(first("The returning officer, Claire Denholm, announced the result.").name, "Claire Denholm");
    assert.equal(first("Manager Lee Carvell, who signed a new contract in May, said crowds help.").name, "Lee Carvell");
    assert.equal(first("Its chief executive, Dr. Ruth Okonjo, said lessons were learned.").name, "Ruth Okonjo");
  });

  it("reads a date's own commas inside a phrase, and a subject before a time adjunct", () => {
    const src = (t: string) => {
      const f = findFrames(parseDocument(t))[0];
      return f ? t.slice(f.source.start, f.source.end) : undefined;
    };
    assert.equal(src("The state report, released on October 16, 2025, said at least 2,100 homes had lead pipes."), "state report, released on October 16, 2025");
    assert.equal(src("The state report, released on Thursday, October 16, 2025, said 2,100 homes had lead pipes."), "state report, released on Thursday, October 16, 2025");
    assert.match(src("Samples taken by a Case Western Reserve University research team on Feb. 29, 2025, found lead in 11 of 30 homes.") ?? "", /^a Case Western Reserve University research team/);
    assert.equal(src("The council on Monday, March 2, said 40 homes were hit."), "The council");
    // (A time inside a relative clause is the clause's: the subject is the name before it.)
    assert.equal(first("Manager Lee Carvell, who signed a new contract in May, said crowds help.").name, "Lee Carvell");
  });

  it("titles are stripped from names; organisations behind roles are named", () => {
    assert.equal(first("Cypriot President Nikos Christodoulides said talks went well.").name, "Nikos Christodoulides");
    assert.equal(first("Secretary of State James A. Baker III said talks went well.").name, "James A. Baker III");
    assert.equal(first("The Harwick Port Workers’ Union said its members refused.").name, "Harwick Port Workers’ Union");
    assert.equal(first("A Labour Party spokesperson said the result was poor.").name, "Labour Party");
    assert.equal(first("A spokesperson for the Crown Prosecution Service said fraud was costly.").name, "Crown Prosecution Service");
    assert.equal(first("Analysts at Hanul Securities said spending would rise.").name, "Hanul Securities");
    assert.equal(first("South Korean chipmaker Hanbit Semiconductor said it would invest.").name, "Hanbit Semiconductor");
  });

  it("a role's employer is an organisation, and 'at' before a name continues the source", () => {
    const f = first("Data from the shipping analysts at Kessler Maritime showed waiting times of six days.");
    assert.equal(f.name, "Kessler Maritime");
    assert.equal(f.person, false);
  });

  it("pronoun subjects resolve to the last named person", () => {
    const t = "Abena Osei met reporters. She added that growth would reach 5.5 percent.";
    const fs = frames(t);
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.sourceKind, "pronoun");
    assert.equal(fs[0]!.name, "Abena Osei");
    assert.deepEqual(names("Markus Lehner said the family forgot. He said it twice."), ["Markus Lehner", "Markus Lehner"]);
  });

  it("a surname expands to the full name given earlier", () => {
    assert.deepEqual(names("Katrin Huber leads the office. Huber said clinics stay open."), ["Katrin Huber"]);
  });

  it("role subjects point back to the source named before", () => {
    assert.deepEqual(names("The Bavarian State Office for Health said cases rose. Eleven were treated, the office said."), [
      "Bavarian State Office for Health",
      "Bavarian State Office for Health",
    ]);
    assert.deepEqual(names("The finance ministry said it paid. “Discipline matters,” the statement said."), ["finance ministry", "finance ministry"]);
  });

  it("according to, citing, data from, a report by, published by", () => {
    assert.equal(first("Inflation slowed to 8 percent, according to the statistics service.").cue, "according to");
    assert.equal(first("According to the prosecution, Hale set up 17 companies.").sourceText, "the prosecution");
    assert.equal(first("Prices rose, citing the central bank.").cue, "citing");
    assert.equal(first("Data from the grid operator show that solar supplied 38 percent.").cue, "Data from");
    assert.equal(first("A report by the state office found that 41 percent lacked cover.").cue, "report by");
    assert.equal(first("The figures, published by the ONS, were grim.").cue, "published by");
  });

  it("'by X's estimate', 'in its view'", () => {
    assert.equal(first("By the bank's own estimate, 5 percent of loans are bad.").name, "bank");
    assert.deepEqual(names("The Bank of Ghana cut rates. In its view, growth is 2 percent."), ["Bank of Ghana"]);
  });

  it("'said' and 'told' take any subject; 'as per'", () => {
    assert.equal(first("The bloc said 27 members agreed.").sourceText, "The bloc");
    assert.equal(first("The tech giant told investors sales rose 5 percent.").sourceText, "The tech giant");
    assert.equal(first("Growth was 3 percent, as per official data.").cue, "as per");
  });

  it("'per' opening a clause before a name is a source; 'per share', 'per capita' and a sentence's 'Per' before a name are not", () => {
    assert.deepEqual(
      frames("Inflation rose to 3.4%, per the Bureau of Labor Statistics.").map((f) => [f.cue, f.sourceText]),
      [["per", "the Bureau of Labor Statistics"]],
    );
    assert.equal(first("Per the BLS, unemployment is 6.1%.").cue.toLowerCase(), "per");
    assert.equal(first("Growth hit 2% (per Eurostat).").cue, "per");
    for (const t of ["Shares cost $5 per share.", "Per capita income is $40,000.", "Per Carlsson, 41, is a fisherman.", "Prices rose 3 per cent."]) {
      assert.deepEqual(frames(t), [], t);
    }
  });

  it("a parenthetical between subject and verb; evidence verbs after a participle phrase", () => {
    assert.equal(first("The ministry, in a statement, said 30 people died.").name, "ministry");
    assert.equal(first("Figures released on Monday showed that exports rose 4 percent.").sourceKind, "document");
  });

  it("media and documents as sources", () => {
    assert.equal(first("Twelve people died, the newspaper reported.").sourceText, "the newspaper");
    assert.equal(first("A leaked memo shows 300 jobs will go.").sourceKind, "document");
  });

  it("documents and data sets as subjects of show/find", () => {
    assert.equal(first("The club's accounts for the year to June 2024, published in March, showed revenue of £14.3 million.").sourceKind, "document");
    const show = frames("Port arrival figures compiled by the council and released on Monday, October 13, show a fall.").find((f) => f.lemma === "show");
    assert.equal(show?.sourceText, "Port arrival figures");
    const find = frames("An independent review commissioned by the authority found costs rose.").find((f) => f.lemma === "find");
    assert.ok(find, "the review's finding is a frame");
  });

  it("'put … at' and 'described … as'", () => {
    assert.equal(first("The ministry put the death toll at 45.").lemma, "put");
    assert.equal(frames("The ministry put forward a plan.").length, 0);
    assert.equal(first("Zelensky described the plan as 90 percent agreed.").name, "Zelensky");
  });

  it("participles take the clause's subject: '…, saying …', '…, adding …'", () => {
    const fs = frames("UN spokesperson Stéphane Dujarric told reporters the talks went well, adding that 3,000 people could cross.");
    assert.deepEqual(fs.map((f) => f.cue), ["told", "adding"]);
    assert.equal(fs[1]!.name, "Stéphane Dujarric");
  });

  it("subjects of a relative clause: '…, who expects …'", () => {
    assert.equal(first("That was the view of Kwame Mensah, who expects a cut of 100 basis points.").name, "Kwame Mensah");
  });

  it("passive and agentless frames name no source", () => {
    assert.deepEqual(frames("The outbreak has been described as entirely preventable."), []);
    assert.deepEqual(frames("It was reported that 12 people died."), []);
    assert.deepEqual(frames("Growth is forecast at 2.1 percent."), []);
    assert.deepEqual(frames("Staff have been told not to discuss the case."), []);
    assert.equal(first("Growth was forecast by the IMF at 2.1 percent.").sourceText, "the IMF");
    assert.equal(first("The meeting will go ahead, as stated by French President Emmanuel Macron.").name, "Emmanuel Macron");
  });

  it("verbs used as nouns or in ordinary senses are not frames", () => {
    assert.deepEqual(frames("The bank had a note in its report."), []);
    assert.deepEqual(frames("Clinics opened at three schools and have since added evening sessions."), []);
    assert.deepEqual(frames("Poor surveys had added £38 million to the bill."), []);
    assert.deepEqual(frames("He was found guilty on Thursday."), []);
    assert.deepEqual(frames("Police found 12 bodies in the river."), []);
    assert.equal(first("Researchers found 30 percent of samples were contaminated.").lemma, "find");
    assert.deepEqual(frames("An estimated 2 million people fled."), []);
    assert.deepEqual(frames("Separately, Citadel posted a net loss of $2.3 million."), []);
    assert.deepEqual(frames("Riot police responded with a volley of plastic bullets."), []);
    assert.deepEqual(frames("The party took 13 percent of the vote in a depressed eastern German state, and hopes to win."), []);
    assert.deepEqual(frames("After a revision to December's figures, jobs grew by 358,000 a month."), []);
    assert.equal(first("Organizers state the rally will draw two million people.").sourceText, "Organizers");
  });

  it("ignores cues inside quotations", () => {
    const fs = frames("“They told us what they need,” he said.");
    assert.deepEqual(fs.map((f) => f.cue), ["said"]);
  });
});

describe("sentence boundaries after times", () => {
  it("splits after 'p.m.' before a capitalised word that is no weekday or zone", () => {
    const t = "The meeting ran until almost 11 p.m. Councillor Janet Rhodes told it the roof would cost £3.8 million.";
    assert.equal(parseDocument(t).sentences.length, 2);
    assert.equal(parseDocument("Polls close at 10 p.m. Thursday in most states.").sentences.length, 1);
    assert.equal(parseDocument("Polls close at 10 p.m. EST in most states.").sentences.length, 1);
  });

});

describe("attribution frames: generalisation", () => {
  {
    it("a verb after a role noun keeps the name a person", () => {
      assert.deepEqual(names("Katrin Huber chairs the panel. Huber said clinics stay open."), ["Katrin Huber"]);
    });

    it("a comma-delimited parenthetical between subject and verb: prepositional, participial", () => {
      assert.equal(first("The survey, by the Tarrow polling unit, found that 41 percent approved.").lemma, "find");
      assert.equal(first("The survey, by the Tarrow polling unit, found that 41 percent approved.").sourceText, "The survey, by the Tarrow polling unit");
      assert.deepEqual(names("Olga Brandt, with Meridian Securities, estimated that sales would reach 3 million."), ["Olga Brandt"]);
      assert.deepEqual(names("Judge Helen Marsh, delivering the verdict, said the company had acted unlawfully."), ["Helen Marsh"]);
    });

    it("a capitalised run that ends in a title is a role, not a person's name", () => {
      const f = first("The firm's Europe CEO said 30 staff left.");
      assert.notEqual(f.person, true);
    });

    it("a plural head before a multi-word organisation agrees with a bare verb", () => {
      const f = first("Economists at Lisbon lender Banco Atlantico Norte forecast growth of 2 percent.");
      assert.equal(f.lemma, "forecast");
      assert.match(f.sourceText, /^Economists at/u);
    });

    it("role nouns for leads, heads and officers; group nouns as sources", () => {
      assert.deepEqual(names("Fares will rise 6 percent, the region's rail lead, Councillor Omar Hale, said."), ["Omar Hale"]);
      assert.equal(first("The consortium expects output to double by 2030.").sourceText, "The consortium");
      assert.equal(first("The panel estimates that 300 homes are at risk.").sourceText, "The panel");
      assert.equal(first("The research collaboration expects a result within 2 percent.").lemma, "expect");
    });

    it("participles that do not report speech make no frame", () => {
      assert.deepEqual(frames("Shares of Norvik fell 3 percent on Friday, continuing a week of losses."), []);
      assert.deepEqual(frames("The bank lost 2 billion euros, recording its worst year."), []);
      assert.equal(first("The firm cut 40 jobs, saying that demand had collapsed.").lemma, "say");
      // Verbs that report only before a clause or a quotation: "repeated a win", "briefed officers".
      assert.deepEqual(frames("The side repeated its 2-0 win with 13 players."), []);
      assert.deepEqual(frames("Police briefed 60 stewards before kick-off."), []);
      assert.equal(first("The mayor repeated that 15 percent of homes were empty.").lemma, "repeat");
    });
  }
});

describe("attribution frames: a title with a connector before the name", () => {
  it("keeps the title's word after 'of' that is also a verb ('Secretary of State') in the subject of a second verb", () => {
    assert.deepEqual(names("U.S. Secretary of State Marco Rubio welcomed the deal and urged both sides to “keep talking”."), ["Marco Rubio"]);
  });
});

describe("attribution frames: relative clauses and acts", () => {
  const content = (t: string, f: { content: { start: number; end: number } }): string => t.slice(f.content.start, f.content.end).trim();

  it("takes what a relative clause says, up to the comma where the main clause goes on", () => {
    const t = "Compaq, which said it discovered the bugs, still plans to announce new products on Nov. 6.";
    const fs = frames(t);
    assert.equal(fs.length, 1);
    assert.equal(content(t, fs[0]!), "it discovered the bugs");
    // A comma inside what was said, with no main verb after it, ends nothing.
    const u = "The lawyer, who said it was thoroughly, thoroughly possible that the issue would surface, left.";
    assert.equal(content(u, frames(u)[0]!), "it was thoroughly, thoroughly possible that the issue would surface, left.");
  });

  it("makes no frame of a declaration that is an act (“declared bankruptcy”, “declared a state of emergency”)", () => {
    assert.deepEqual(frames("Japan saw the collapse of an insurer, Yamato Life, which declared bankruptcy."), []);
    assert.deepEqual(frames("The governor declared a state of emergency on Monday."), []);
    assert.equal(frames("The minister declared that the war was over.").length, 1);
    assert.equal(frames("The company declared a dividend of one warrant for each three shares.").length, 1);
  });

  it("gives a role after a comma without a closing comma to the name before it", () => {
    const t = "Scott Carson, president and CEO of Boeing Commercial Airplanes said the day was good.";
    const f = frames(t)[0]!;
    assert.equal(f.sourceText, "Scott Carson, president and CEO of Boeing Commercial Airplanes");
    assert.equal(f.name, "Scott Carson");
  });
});

describe("attribution frames: a firm's name that ends in an abbreviation", () => {
  it("finds the source of “Acme Corp. said”, “Smith Bros. announced”, “Rally's Inc. said”", () => {
    for (const [t, source] of [
      ["News\nAcme Corp. said profit rose 5% last year.", "Acme Corp."],
      ["Shares fell. Smith Bros. announced a 2% rise in sales.", "Smith Bros."],
      ["Profit rose 5%, Acme Inc. said.", "Acme Inc."],
      ["Rally's Inc. said it adopted a rights plan.", "Rally's Inc."],
    ] as const) {
      assert.deepEqual(frames(t).map((f) => f.sourceText), [source], t);
    }
  });

  it("names the firm before an apposition's comma, not a person inside the apposition", () => {
    const t = "Jim Pattison Industries Ltd., one of a group of companies owned by entrepreneur James Pattison, said it intends to seek control of Innopac.";
    assert.equal(first(t).name, "Jim Pattison Industries Ltd");
  });
});

describe("attribution frames: people familiar with …", () => {
  it("finds the plural subject before “familiar with” and past an irregular participle's parenthetical", () => {
    assert.equal(first("People familiar with the matter say the defects do not affect users.").sourceText, "People familiar with the matter");
    const t = "Computer experts familiar with the flaws, found in Intel's 80486 chip, say the defects don't affect the average user.";
    assert.deepEqual(frames(t).map((f) => f.sourceText), ["Computer experts familiar with the flaws, found in Intel's 80486 chip"]);
  });
});

describe("attribution frames: inverted sources", () => {
  it("ends the source before the sentence's full stop and before an auxiliary", () => {
    assert.equal(first("Prices will rise, said the minister.").sourceText, "the minister");
    assert.equal(first("Prices will rise, said Gen. Mark Milley.").sourceText, "Gen. Mark Milley");
    assert.equal(first("“It is the day,” said the city’s mayor, Angela Morrow, who rode the tram.").name, "Angela Morrow");
    assert.deepEqual(frames("Things were quiet, say the defects don't affect users."), []);
  });
});

describe("attribution frames: keeping and holding things", () => {
  it("makes no frame of “maintained the site” or “maintains a distance”, but one of “maintained he was innocent”", () => {
    assert.deepEqual(frames("He maintained his innocence.").length, 0);
    assert.deepEqual(frames("She maintains a distance between herself and the rhetoric.").length, 0);
    assert.equal(first("He maintained he was innocent.").cue, "maintained");
    const t = "Pathway Communications, which has maintained the site, said in a statement that the site was knocked off-line.";
    assert.deepEqual(frames(t).map((f) => f.cue), ["said"]);
  });
});

describe("attribution frames: an opening phrase of time is no statement a tag reports", () => {
  it("reads 'Last year, the company added 300 jobs.' as no frame, and still '…, prices rose 5 percent, the ministry said.'", () => {
    for (const t of ["Last year, the company added 300 jobs.", "Last year, Toyota recalled 1.2 million cars.", "In 2024, the plant maintained 300 jobs.", "On Monday, the firm cut 40 jobs."]) assert.deepEqual(frames(t), [], t);
    assert.equal(frames("On Monday, prices rose 5 percent, the ministry said.").length, 1);
    assert.equal(frames("Meanwhile, 300 people were evacuated, police said.").length, 1);
    // "maintain" reports a clause or as a tag, not a thing kept.
    assert.equal(frames("The company maintained that 300 jobs were safe.").length, 1);
    assert.equal(frames("“We did nothing wrong,” he maintained.").length, 1);
  });
});

describe("attribution frames: a tag with 'as', a projection, what is cited", () => {
  it("reads '…, as the ministry said on Monday.' as a tag, not '…, as analysts had predicted.'", () => {
    const f = frames("Prices rose 5 percent, as the ministry said on Monday.");
    assert.equal(f.length, 1);
    assert.equal(f[0]!.content.start, 0);
    assert.ok(frames("Prices rose 5 percent, as analysts had predicted.").every((x) => x.content.start > 0));
  });

  it("reads 'projecting growth of 4.8 per cent' and '…, citing sales growth of 12 percent' as the subject's", () => {
    const t = "Finance Minister Cassiel Ato Forson presented the budget on Thursday, projecting growth of 4.8 per cent.";
    const p = frames(t);
    assert.deepEqual(p.map((x) => [x.lemma, t.slice(x.source!.start, x.source!.end)]), [["project", "Finance Minister Cassiel Ato Forson"]]);
    const u = "The firm raised its outlook, citing sales growth of 12 percent.";
    assert.deepEqual(frames(u).map((x) => [x.lemma, u.slice(x.source!.start, x.source!.end)]), [["cite", "The firm"]]);
    // "projecting an image" reports nothing.
    assert.ok(frames("The minister spoke for an hour, projecting an image of calm.").every((x) => x.lemma !== "project"));
  });
});

describe("attribution frames: an amount added", () => {
  it("reads '…, adding $2 billion to its market value' as no report, '…, adding that …' as one", () => {
    assert.deepEqual(frames("Nordhavn Line shares rose 4 percent on Monday, adding $2 billion to its market value."), []);
    assert.deepEqual(frames("Nordhavn Line bought two rivals, adding 40 ships to its fleet."), []);
    assert.ok(frames("Prices rose, he said, adding that 40 ships were idle.").some((f) => f.lemma === "add"));
  });
});

describe("attribution frames: a participle's subject after a dateline, or a firm's one word", () => {
  it("reads '…, saying …' as said by 'Siemens', and by the bank after 'ABUJA, Dec 19 (Wire) –'", () => {
    const t = "Siemens cut its forecast on Thursday, saying demand fell 12 percent.";
    assert.deepEqual(frames(t).map((f) => t.slice(f.source!.start, f.source!.end)), ["Siemens"]);
    const u = "ABUJA, Dec 19 (Wire) – The central bank held rates on Friday, saying inflation would fall to 15 percent.";
    assert.ok(frames(u).some((f) => f.lemma === "say" && u.slice(f.source!.start, f.source!.end).startsWith("The central bank")));
  });
});

describe("attribution frames: a name with a connector before a plural head", () => {
  it("reads 'Office for National Statistics figures show' and 'Bank of England figures show' as sources", () => {
    for (const t of ["Unemployment rose to 4.2 percent, Office for National Statistics figures show.", "Unemployment rose to 4.2 percent, Bank of England figures show."]) assert.equal(frames(t).length, 1, t);
  });
});

describe("attribution frames: 'put' with a long object or a poll's 'on'", () => {
  it("reads 'put Reform on 27 percent' and a long object before 'at' as estimates, not 'put pressure on'", () => {
    assert.equal(frames("A YouGov survey put Reform on 27 percent.").length, 1);
    assert.equal(frames("Goldman Sachs put the chance of a deep and painful recession in the next 12 months at 30 percent.").length, 1);
    assert.deepEqual(frames("The strike put pressure on the government."), []);
  });
});
