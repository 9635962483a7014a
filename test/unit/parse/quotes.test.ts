import { strict as assert } from "node:assert";
import { parseDocument } from "../../../src/core/parse/document";
import { findFrames } from "../../../src/core/parse/attribution";
import { attributeQuotes } from "../../../src/core/parse/quotes";
import { nameOf, nameRuns, tokenize } from "../../../src/core/parse/attribution-tokens";
import { sameAsFull } from "../same-as-full";
import { analyze } from "../../../src/core/analyze";

/** [quote text, speaker name] for each outer quotation. */
function speakers(t: string): [string, string | undefined][] {
  const doc = parseDocument(t);
  return attributeQuotes(doc, findFrames(doc))
    .filter((q) => q.depth === 0)
    .map((q) => [q.text.replace(/[,.]$/u, ""), q.speakerText]);
}

describe("quote speakers", () => {
  it("in the same sentence, after the quote: “…,” X said / said X", () => {
    assert.deepEqual(speakers("“It is a disappointing night,” Ashby said."), [["It is a disappointing night", "Ashby"]]);
    assert.deepEqual(speakers("“The strategy is right,” said Park Min-ji, an analyst at the brokerage."), [["The strategy is right", "Park Min-ji"]]);
    assert.deepEqual(speakers("“This was not a moment of weakness,” prosecutor Sarah Whitcombe told the jury."), [
      ["This was not a moment of weakness", "Sarah Whitcombe"],
    ]);
  });

  it("a role held 'in' a place before the person's name, and 'Jan' as a given name ('UNHCR’s representative in Chad, Magatte Guisse, told', 'Jan Egeland')", () => {
    assert.deepEqual(speakers("“We are watching a slow-motion catastrophe,” UNHCR’s representative in Chad, Magatte Guisse, told reporters in Adre."), [["We are watching a slow-motion catastrophe", "Magatte Guisse"]]);
    const a = analyze("The Norwegian Refugee Council said the rains would cut off several camps. Its secretary general, Jan Egeland, who visited the border last month, called the situation “the world’s most neglected displacement crisis”. Talks resumed on Jan 5.", { referenceDate: "2025-07-01" });
    assert.deepEqual(a.quotes.map((q) => q.speakerId), ["jan-egeland"]);
    assert.equal(a.dates.find((d) => d.text.startsWith("Jan"))?.value, "2025-01-05");
  });

  it("two verbs read with one subject: the quotation of the frame that names the person ('Its head, Brett Clothier, said the unit … found that … “…”')", () => {
    const t = "Its head, Brett Clothier, said the unit had examined the report and found that the concentration was “far too high to be explained by contamination”.";
    assert.deepEqual(speakers(t), [["far too high to be explained by contamination", "Brett Clothier"]]);
  });

  it("a quotation that is its paragraph, named in the next paragraph's first sentence ('Those were the words of X', 'That is how X describes')", () => {
    const words = "“We sold everything to get here. I don’t know what happens to my brother now.”\nThose were the words of Abdul Karim Noori, an Afghan engineer who arrived in Winnipeg in 2023.";
    assert.deepEqual(speakers(words), [["We sold everything to get here. I don’t know what happens to my brother now", "Abdul Karim Noori"]]);
    const how = "“She never asks for permission.”\nThat is how Kenji Arakawa, the museum’s chief curator, describes working with her.";
    assert.deepEqual(speakers(how), [["She never asks for permission", "Kenji Arakawa"]]);
    const belong = "“They told us the money was spent on safety.”\nThe words belong to Dijana Hrka, whose son died when the canopy fell.";
    assert.deepEqual(speakers(belong), [["They told us the money was spent on safety", "Dijana Hrka"]]);
    // Not a quotation inside its paragraph's sentence, nor one whose paragraph goes on.
    assert.deepEqual(speakers("The sign read “No entry”.\nThose were the words of Abdul Karim Noori."), [["No entry", undefined]]);
    assert.deepEqual(speakers("“We sold everything.” The boat left.\nThose were the words of Abdul Karim Noori."), [["We sold everything", undefined]]);
    // Edited in the editor: the next paragraph's name changed, the quotation's speaker with it.
    const intro = "Families wait at the border.\n";
    sameAsFull([intro + words, intro + words.replace("Abdul Karim Noori", "Maryam Sultani"), intro + words.replace("Those were the words of", "The boat left with")]);
  });

  it("a name right after the quotation with its “said” left out: “…,” Jesse Toprak, an analyst for Edmunds.", () => {
    assert.deepEqual(speakers("“The typical incentive programs simply do not resonate in today's economy,” Jesse Toprak, an analyst for Edmunds."), [
      ["The typical incentive programs simply do not resonate in today's economy", "Jesse Toprak"],
    ]);
    // Not a place or a sentence going on after the name.
    assert.deepEqual(speakers("“We will not stop,” Jesse Toprak added later and left the room. “Never,” Toprak insisted the next day."), [
      ["We will not stop", "Jesse Toprak"],
      ["Never", "Jesse Toprak"],
    ]);
  });

  it("the named subject of a sentence that introduces the quotation with a colon or comma", () => {
    assert.deepEqual(speakers("Former Microsoft CEO Bill Gates responded with a statement on his blog: “The world rarely sees someone like him.”"), [
      ["The world rarely sees someone like him", "Bill Gates"],
    ]);
    assert.deepEqual(speakers("Alan Mulally remembered asking, “It's the best-selling car in America.”"), [["It's the best-selling car in America", "Alan Mulally"]]);
    // No named person before a verb, or another quotation before it in the sentence: none.
    assert.deepEqual(speakers("The Obama administration is looking toward bankruptcy, “as a mechanism to help them restructure quickly.”"), [
      ["as a mechanism to help them restructure quickly", undefined],
    ]);
    assert.equal(
      speakers("“We do not need to buy aircraft,” Detik quoted Djamal as saying, although Xinhua translated the quote as: “As long as the ban is in place, we do not buy.”")[1]?.[1],
      undefined,
    );
  });

  it("the frame whose statement holds the quotation, over a nearer one after it", () => {
    const doc = parseDocument("Donald Trump expressed optimism, stating that it could be “getting a lot closer,” though Ms. Harris cautioned that talks might take weeks.");
    const [q] = attributeQuotes(doc, findFrames(doc));
    assert.equal(q?.speakerText, "Donald Trump");
    assert.equal(q?.cue, "stating");
    assert.deepEqual(speakers("The company said the government had told it that it had “no real interest in running our business” and that he agreed."), [
      ["no real interest in running our business", "government"],
    ]);
  });

  it("after verbs that only introduce speech, inverted: “…,” enthused X / asked X / exclaimed X", () => {
    assert.deepEqual(speakers("“We are rolling out the first airplane,” enthused Scott Fancher, the project manager."), [
      ["We are rolling out the first airplane", "Scott Fancher"],
    ]);
    assert.deepEqual(speakers("“Where's the bid?” asked Pierre Panet-Raymond, a trader."), [["Where's the bid?", "Pierre Panet-Raymond"]]);
    assert.deepEqual(speakers("“Hallelujah,” exclaimed Madeleine Albright."), [["Hallelujah", "Madeleine Albright"]]);
    assert.deepEqual(speakers("“It is too late,” retorted Jane Okafor."), [["It is too late", "Jane Okafor"]]);
    assert.deepEqual(speakers("Spokeswoman Jennifer Chelune spoke about the incident: “We don't know what caused it.”"), [
      ["We don't know what caused it", "Jennifer Chelune"],
    ]);
  });

  it("names a speaker without the portfolio of a title with “of” or “for”", () => {
    assert.deepEqual(speakers("“We are pleased,” said White House Chief of Staff John Sununu."), [["We are pleased", "John Sununu"]]);
    assert.deepEqual(speakers("“Revenue rose,” said Minister of Finance Ken Ofori-Atta."), [["Revenue rose", "Ken Ofori-Atta"]]);
    assert.deepEqual(speakers("“We favour solutions,” said Commissioner for Competition Neelie Kroes."), [["We favour solutions", "Neelie Kroes"]]);
    // A name after a title in capitals ("CEO of") keeps all its words: it may be an organisation's.
    const t = "Scott Carson, president and CEO of Boeing Commercial Airplanes said it.";
    const toks = tokenize(t, { start: 0, end: t.length }, []);
    const at = toks.findIndex((x) => x.text === "Boeing");
    const run = nameRuns(toks, 0, toks.length).find((r) => r.a <= at && at < r.b)!;
    assert.equal(nameOf(t, toks, run.a, run.b)?.text, "Boeing Commercial Airplanes");
  });

  it("a quotation opening a paragraph goes on from the attributed quotation that ends the paragraph before", () => {
    assert.deepEqual(speakers("“Delinquencies soared,” said Nicolas Retsinas, a housing expert.\n“Lenders lost track of the fundamentals.”"), [
      ["Delinquencies soared", "Nicolas Retsinas"],
      ["Lenders lost track of the fundamentals", "Nicolas Retsinas"],
    ]);
    // Not when the paragraph before ends elsewhere, nor from an anonymous speaker.
    assert.deepEqual(speakers("“Delinquencies soared,” said Nicolas Retsinas. Prices fell.\n“Lenders lost track of the fundamentals.”"), [
      ["Delinquencies soared", "Nicolas Retsinas"],
      ["Lenders lost track of the fundamentals", undefined],
    ]);
    assert.deepEqual(speakers("“Delinquencies soared,” a resident said.\n“Lenders lost track of the fundamentals.”"), [
      ["Delinquencies soared", undefined],
      ["Lenders lost track of the fundamentals", undefined],
    ]);
  });

  it("in the same sentence, before the quote: X said: “…”", () => {
    assert.deepEqual(speakers("A Labour Party spokesperson said: “By-elections are always difficult.”"), [
      ["By-elections are always difficult", "Labour Party"],
    ]);
    assert.deepEqual(speakers("Pryce said the result showed that his party had “put down roots” in the south."), [["put down roots", "Pryce"]]);
  });

  it("a quotation spanning sentences, attributed at its end", () => {
    assert.deepEqual(speakers("Markus Lehner lost track. “We are not against vaccines. We just forgot,” he said."), [
      ["We are not against vaccines. We just forgot", "Markus Lehner"],
    ]);
  });

  it("by pronoun, pointing back to the last-named person", () => {
    assert.deepEqual(
      speakers("Turkish Cypriot leader Tufan Erhürman, who won in October, struck a similar tone. “We have shown that we can deliver,” he said."),
      [["We have shown that we can deliver", "Tufan Erhürman"]],
    );
    assert.deepEqual(speakers("Morrow said she would lobby ministers in London. “We have shown we can deliver,” she said."), [
      ["We have shown we can deliver", "Morrow"],
    ]);
  });

  it("a title before a name does not make it an organisation", () => {
    assert.deepEqual(speakers("Transport Minister Miguel Pinto Luz urged talks. The government, he said, was “ready to help, not to pay.”"), [
      ["ready to help, not to pay", "Miguel Pinto Luz"],
    ]);
  });

  it("a pronoun skips a person whose gender an earlier pronoun showed", () => {
    const t = "Ana Ruiz said the plan works. She said it twice. Her rival John Smith disagreed. “It will fail,” he said. Ana Ruiz left early. “It is fine,” he said.";
    assert.deepEqual(speakers(t), [
      ["It will fail", "John Smith"],
      ["It is fine", "John Smith"],
    ]);
  });

  it("a quotation standing alone continues the speaker of the sentence before", () => {
    assert.deepEqual(speakers("“The jury has rejected it,” said Judge Eleanor Marsh. “You will be sentenced in April.”"), [
      ["The jury has rejected it", "Eleanor Marsh"],
      ["You will be sentenced in April", "Eleanor Marsh"],
    ]);
    assert.deepEqual(speakers("The minister said the plan was dead. “We will not go back.”"), [["We will not go back", "minister"]]);
  });

  it("named in the sentence after: “…” That was the view of X. / The promise came from X.", () => {
    assert.deepEqual(speakers("“A cut is very much on the table.” That was the view of Kwame Mensah, chief economist at Meridian."), [
      ["A cut is very much on the table", "Kwame Mensah"],
    ]);
    assert.deepEqual(speakers("The team plans to return. “We will be back in the field.” The promise came from Ferreyra, who led the dig."), [
      ["We will be back in the field", "Ferreyra"],
    ]);
  });

  it("across paragraphs, when a paragraph opens by continuing the quotation", () => {
    const t = "“We will rebuild every home,” said Mayor Ana Ruiz. “It will take years.\n“But we will not leave anyone behind.”";
    assert.deepEqual(speakers(t), [
      ["We will rebuild every home", "Ana Ruiz"],
      ["It will take years", "Ana Ruiz"],
      ["But we will not leave anyone behind", "Ana Ruiz"],
    ]);
  });

  it("verbs that quote a judgement: praised … as, slammed … as, condemned … as, also in the passive", () => {
    assert.deepEqual(speakers("Angela Merkel slammed the plan as “a reckless gamble with jobs.”"), [["a reckless gamble with jobs", "Angela Merkel"]]);
    assert.deepEqual(speakers("The new iPhone was praised by Steve Jobs as “the biggest leap we've taken since the original iPhone.”"), [
      ["the biggest leap we've taken since the original iPhone", "Steve Jobs"],
    ]);
    assert.deepEqual(speakers("Egyptian Ambassador Ahmed Maher condemned the bombings as “cowardly, criminal and tragic.”"), [["cowardly, criminal and tragic", "Ahmed Maher"]]);
  });

  it("verbs that quote a description: called, dismissed … as, hailed … as", () => {
    assert.deepEqual(speakers("Ana Ruiz, who called the plan “a disaster waiting to happen,” resigned."), [["a disaster waiting to happen", "Ana Ruiz"]]);
    assert.deepEqual(speakers("Councillor Paul Evans dismissed the extension as “an airport express for bankers.”"), [
      ["an airport express for bankers", "Paul Evans"],
    ]);
    assert.deepEqual(speakers("The union called a strike of 5,000 workers."), []);
  });

  it("a quotation split by its frame, and a frame followed by a second quotation", () => {
    assert.deepEqual(speakers("“We are ready,” the minister said, “and we will act.”"), [
      ["We are ready", "minister"],
      ["and we will act", "minister"],
    ]);
    assert.deepEqual(speakers("“We are ready,” said Ana Ruiz, adding: “The army is prepared.”"), [
      ["We are ready", "Ana Ruiz"],
      ["The army is prepared", "Ana Ruiz"],
    ]);
  });

  it("a paragraph ending 'X said:' introduces the next paragraph's quotation", () => {
    assert.deepEqual(speakers("Mayor Ana Ruiz told the council:\n“We cannot afford another year of delay.”"), [
      ["We cannot afford another year of delay", "Ana Ruiz"],
    ]);
  });

  it("passives, crowds, banners and anonymous comments have no speaker", () => {
    assert.deepEqual(speakers("The outbreak has been described as “entirely preventable and predictable.”"), [
      ["entirely preventable and predictable", undefined],
    ]);
    assert.deepEqual(speakers("The closure has been called “a betrayal of every family.”"), [["a betrayal of every family", undefined]]);
    assert.deepEqual(speakers("Protesters chanted “no more war, no more war.”"), [["no more war, no more war", undefined]]);
    assert.deepEqual(speakers("A banner read “hands off our pool now.”"), [["hands off our pool now", undefined]]);
    assert.deepEqual(speakers("“We are scared every night,” a resident said."), [["We are scared every night", undefined]]);
    assert.deepEqual(speakers("Critics say the plan is “a disaster in the making.”"), [["a disaster in the making", undefined]]);
    assert.deepEqual(speakers("“Everything is on the table,” a person familiar with the matter said."), [["Everything is on the table", undefined]]);
    assert.deepEqual(speakers("“The talks are dead,” said a senior official, who spoke on condition of anonymity."), [["The talks are dead", undefined]]);
  });

  it("reports where the text names the speaker", () => {
    const t = "“We will win,” she said.";
    const doc = parseDocument(t);
    const q = attributeQuotes(doc, findFrames(doc))[0]!;
    assert.equal(t.slice(q.speakerSpan!.start, q.speakerSpan!.end), "she");
    assert.equal(q.cue, "said");
  });
});

describe("quote speakers: generalisation", () => {
  it("the speaker is the person at the end of a title chain, not the place or team before it", () => {
    assert.deepEqual(speakers("“We kept going until the end,” Cardiff assistant coach Ewan Pryce told reporters."), [["We kept going until the end", "Ewan Pryce"]]);
    const t = "“We kept going until the end,” Cardiff assistant coach Ewan Pryce told reporters.";
    const doc = parseDocument(t);
    const q = attributeQuotes(doc, findFrames(doc))[0]!;
    assert.equal(t.slice(q.speakerSpan!.start, q.speakerSpan!.end), "Ewan Pryce");
  });

  it("a participial parenthetical between the speaker and the verb keeps the speaker", () => {
    assert.deepEqual(speakers("Judge Alma Rees, reading the sentence, said the defendant was “wholly without remorse”."), [["wholly without remorse", "Alma Rees"]]);
  });
});

describe("quote speakers: a name and a colon, as a transcript gives them", () => {
  it("give the quotation to the person named before the colon, after a title", () => {
    assert.deepEqual(
      speakers("The emails were released on Monday.\nSecretary of the Air Force James Roche: “No, Sir, save it and blow him away.”\nDarleen Druyun: “I read the article with disgust.”\nThe emails were released: “We will win this contract in the end.”"),
      [
        ["No, Sir, save it and blow him away", "James Roche"],
        ["I read the article with disgust", "Darleen Druyun"],
        ["We will win this contract in the end", undefined],
      ],
    );
  });
});
