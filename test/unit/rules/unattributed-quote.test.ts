import { strict as assert } from "node:assert";
import { analyze } from "../../../src/core/analyze";
import { sameAsFull } from "../same-as-full";

const flagged = (t: string): string[] =>
  analyze(t)
    .findings.filter((f) => f.ruleId === "unattributed-quote")
    .map((f) => t.slice(f.span.start, f.span.end));

describe("unattributed-quote", () => {
  it("flags a quotation of three words or more with no speaker", () => {
    assert.deepEqual(flagged("The find has been hailed as “a once-in-a-generation skeleton.”"), ["a once-in-a-generation skeleton."]);
  });

  it("leaves a headline's quotation alone: the story attributes it ('‘We can’t keep building here’: mayor on life after the flood')", () => {
    const headline = "‘We can’t keep building in the same place’: Mallee Ridge mayor on life after the flood\nA month after floodwaters swept through the Victorian town of Tarrin, the mayor sat down with us to talk about the clean-up. “We are tired of this flooding again,” a resident shouted.";
    assert.deepEqual(flagged(headline), ["We are tired of this flooding again,"]);
    // A first paragraph a full stop ends is a sentence, not a headline; nor is the second paragraph one.
    const story = "A month after floodwaters swept through the Victorian town of Tarrin, the mayor sat down with us to talk about the clean-up.";
    assert.deepEqual(flagged(`“We can’t keep building in the same place.”\n${story}`), ["We can’t keep building in the same place."]);
    assert.deepEqual(flagged(`Mayor on life after the flood\n${story}\n‘We can’t keep building in the same place’, one more resident wrote.`), ["We can’t keep building in the same place"]);
    // Edited: a full stop typed after the headline, a paragraph put before it, both taken away again.
    const sentence = headline.replace("after the flood", "after the flood.");
    sameAsFull([headline, sentence, "Flood special\n" + headline, headline]);
  });

  it("ignores short quotations and quotations with a speaker", () => {
    assert.deepEqual(flagged("Critics call it an “airport express” for travellers."), []);
    assert.deepEqual(flagged("“We will win this,” she said."), []);
    assert.deepEqual(flagged("“We will win this.” That was the view of Ana Ruiz, the mayor."), []);
  });

  it("flags words a banner, a sign or a forum post carried, told in the sentence after them", () => {
    assert.deepEqual(flagged("Owen Barclay spoke first. “It is a lovely building for people who do not live next to it.” The comment, posted on a residents’ forum, was quoted back to her."), ["It is a lovely building for people who do not live next to it."]);
    assert.deepEqual(flagged("Kavita Rao died on Monday. “We will not hear a voice like that again.” The line was written on a banner held up by fans."), ["We will not hear a voice like that again."]);
    assert.deepEqual(flagged("“The reef is telling us the same thing.” Those words, painted on a sign outside Parliament House, greeted lawmakers."), ["The reef is telling us the same thing."]);
  });

  it("flags an unnamed person's words, whatever place or name follows them ('a rescuer in the town of Liloan', 'one campaign worker at Tarcísio's headquarters')", () => {
    assert.deepEqual(flagged("Tarcísio de Freitas spoke first. “We are winning,” said one campaign worker at Tarcísio's headquarters."), ["We are winning,"]);
    assert.deepEqual(flagged("“We dug all night,” a rescuer in the town of Liloan told reporters."), ["We dug all night,"]);
  });

  it("flags a sign's words wherever it hangs, a commentator's, and critics' beside a body that speaks", () => {
    assert.deepEqual(flagged("A handwritten sign taped to a tent in Grand Parade on Monday said: “We are still here.”"), ["We are still here."]);
    assert.deepEqual(flagged("A sign held by protesters in Parliament Square said: “Not in our name.”"), ["Not in our name."]);
    assert.deepEqual(flagged("The trial was funded by Halvern. “Industry-funded trials find what their sponsors hoped,” one commentator wrote on social media."), ["Industry-funded trials find what their sponsors hoped,"]);
    assert.deepEqual(flagged("The Electoral Commission spent 12 million cedis on the by-election, a sum critics have called “an avoidable expense in hard times.”"), ["an avoidable expense in hard times."]);
    // (A body's unnamed officer speaks for the body.)
    assert.deepEqual(flagged("A United Auto Workers negotiator has said, “I don't see how the union will do anything.”"), []);
  });

  it("flags the words of one unnamed member of a group, and of an unnamed source named again ('the shareholder said')", () => {
    assert.deepEqual(flagged("“Nobody wants to block it,” one of the diplomats said."), ["Nobody wants to block it,"]);
    assert.deepEqual(flagged("One large shareholder, who asked not to be named, spoke. “The Swedish business is a distraction,” the shareholder said."), ["The Swedish business is a distraction,"]);
    // A member of the group named in apposition speaks.
    assert.deepEqual(flagged("“We will win this case,” one of the lawyers, Jane Marsh, said."), []);
  });

  it("ignores titles of works, but not passive descriptions", () => {
    assert.deepEqual(flagged("The council published a report titled “Pools for the Future”."), []);
    assert.deepEqual(flagged("They staged a play called “The Long Road Home” last year."), []);
    // A work named after its kind, in capitals.
    assert.deepEqual(flagged("Vale starred in a revival of “The Cherry Orchard,” playing Ranevskaya."), []);
    assert.deepEqual(flagged("She later appeared in the film “A Winter Crossing.”"), []);
    // Set off by commas after its kind (AP style).
    assert.deepEqual(flagged("Her latest novel, “The Salt Road Home,” was shortlisted for the Booker Prize."), []);
    assert.deepEqual(flagged("The campaign, “Buy Local Now,” ran all summer."), []);
    // After a debut, a role or a verb of making it.
    assert.deepEqual(flagged("The pop star Zaya made her acting debut in “Salt Water Sky,” a slow drama."), []);
    assert.deepEqual(flagged("She directed “The Quiet Hour Of Dawn” in 2019."), []);
    assert.deepEqual(flagged("The album “we were never here at all” sold well."), ["we were never here at all"]);
    assert.deepEqual(flagged("The closure has been called “a betrayal of every family.”"), ["a betrayal of every family."]);
  });

  it("ignores a name in quotation marks between a determiner and its noun, but not speech so placed", () => {
    assert.deepEqual(flagged("GM recently brought forward the “GM Total Confidence” program for customers."), []);
    assert.deepEqual(flagged("The “Back to the Mac” event also included a preview."), []);
    assert.deepEqual(flagged("Congress added its “Buy American Goods” provisions to the bill."), []);
    // Not a name: speech in lower case, a clause, or no noun after it.
    assert.deepEqual(flagged("The “utterly reckless decision” was widely criticised."), ["utterly reckless decision"]);
    assert.deepEqual(flagged("The “Hands Off Our Jobs,” chant rang out."), ["Hands Off Our Jobs,"]);
    assert.deepEqual(flagged("Protesters chanted the “Hands Off Our Jobs” again."), ["Hands Off Our Jobs"]);
  });

  it("flags anonymous and crowd quotations", () => {
    assert.deepEqual(flagged("“We are scared every night,” a resident said."), ["We are scared every night,"]);
    // Online users, readers and fans are as anonymous.
    assert.deepEqual(flagged("“It is a total disaster,” one user wrote. One reader wrote: “This is a total disaster.”"), ["It is a total disaster,", "This is a total disaster."]);
  });

  it("is a warning with a suppression fix", () => {
    const f = analyze("The plan was called “a waste of money.”").findings.find((x) => x.ruleId === "unattributed-quote")!;
    assert.equal(f.severity, "warning");
    assert.equal(f.fixes[0]!.kind, "annotation");
  });

  it("can be turned off", () => {
    const a = analyze("The plan was called “a waste of money.”", { rules: { "unattributed-quote": "off" } });
    assert.equal(a.findings.filter((f) => f.ruleId === "unattributed-quote").length, 0);
  });
});
