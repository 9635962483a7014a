import { strict as assert } from "node:assert";
import { analyze } from "../../../src/core/analyze";

const flagged = (t: string): string[] =>
  analyze(t)
    .findings.filter((f) => f.ruleId === "unattributed-quote")
    .map((f) => t.slice(f.span.start, f.span.end));

describe("unattributed-quote", () => {
  it("flags a quotation of three words or more with no speaker", () => {
    assert.deepEqual(flagged("The find has been hailed as “a once-in-a-generation skeleton.”"), ["a once-in-a-generation skeleton."]);
  });

  it("ignores short quotations and quotations with a speaker", () => {
    assert.deepEqual(flagged("Critics call it an “airport express” for travellers."), []);
    assert.deepEqual(flagged("“We will win this,” she said."), []);
    assert.deepEqual(flagged("“We will win this.” That was the view of Ana Ruiz, the mayor."), []);
  });

  it("ignores titles of works, but not passive descriptions", () => {
    assert.deepEqual(flagged("The council published a report titled “Pools for the Future”."), []);
    assert.deepEqual(flagged("They staged a play called “The Long Road Home” last year."), []);
    assert.deepEqual(flagged("The closure has been called “a betrayal of every family.”"), ["a betrayal of every family."]);
  });

  it("flags anonymous and crowd quotations", () => {
    assert.deepEqual(flagged("“We are scared every night,” a resident said."), ["We are scared every night,"]);
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
