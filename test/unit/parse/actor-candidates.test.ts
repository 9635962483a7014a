import { strict as assert } from "node:assert";
import { candidatesOf } from "../../../src/core/parse/actors/candidates";
import { kbView } from "../../../src/core/parse/actors/lookup";
import { tokenize } from "../../../src/core/parse/actors/tokens";
import { KnowledgeBase } from "../../../src/core/knowledge";

const kb = kbView(KnowledgeBase.fromFiles([{ entries: [{ type: "person", name: "Donald Trump", variants: ["Trump"] }] }]));
const texts = (sentence: string): string[] =>
  candidatesOf(sentence, { index: 0, tokens: tokenize(sentence, { start: 0, end: sentence.length }), quoted: [], heading: false }, kb).map((c) => c.text);

describe("actor candidates: runs of capitalised words", () => {
  it("keeps a run of one or two words whole (no splitting step runs for them)", () => {
    assert.deepEqual(texts("Later, Samsung Electronics said profits rose."), ["Samsung Electronics"]);
    assert.deepEqual(texts("The deal was approved by Trump on Monday."), ["Trump"]);
  });
  it("still splits longer runs at “and”, “for” and corporate suffixes", () => {
    assert.deepEqual(texts("Rivals Samsung Electronics and SK Hynix have expanded."), ["Rivals Samsung Electronics", "SK Hynix"]);
    assert.deepEqual(texts("A poll by Hartwell Research for the Sunday Chronicle found support."), ["Hartwell Research", "Sunday Chronicle"]);
  });
});
