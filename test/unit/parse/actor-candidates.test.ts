import { strict as assert } from "node:assert";
import { candidatesOf, capitalisedWords } from "../../../src/core/parse/actors/candidates";
import { ROLE_PLURALS } from "../../../src/core/parse/actors/lexicon";
import { ROLE_NOUNS } from "../../../src/core/parse/names";
import { kbView } from "../../../src/core/parse/actors/lookup";
import { tokenList } from "../../../src/core/parse/actors/tokens";
import { KnowledgeBase } from "../../../src/core/knowledge";

const kb = kbView(KnowledgeBase.fromFiles([{ entries: [{ type: "person", name: "Donald Trump", variants: ["Trump"] }] }]));
const texts = (sentence: string): string[] =>
  candidatesOf(sentence, { index: 0, tokens: tokenList(sentence, { start: 0, end: sentence.length }), quoted: [], heading: false }, kb).map((c) => c.text);

describe("actor candidates: runs of capitalised words", () => {
  it("keeps a run of one or two words whole (no splitting step runs for them)", () => {
    assert.deepEqual(texts("Later, Samsung Electronics said profits rose."), ["Samsung Electronics"]);
    assert.deepEqual(texts("The deal was approved by Trump on Monday."), ["Trump"]);
  });
  it("still splits longer runs at “and”, “for” and corporate suffixes (and a firm's kind opening the sentence is none of the name)", () => {
    assert.deepEqual(texts("Rivals Samsung Electronics and SK Hynix have expanded."), ["Samsung Electronics", "SK Hynix"]);
    assert.deepEqual(texts("A poll by Hartwell Research for the Sunday Chronicle found support."), ["Hartwell Research", "Sunday Chronicle"]);
  });
});

describe("actor candidates: shortcuts that give the same candidates", () => {
  const sentences = [
    "Later, Samsung Electronics said profits rose.",
    "Rivals Samsung Electronics and SK Hynix have expanded, said Jane Doe KC.",
    "“We will not,” said U.S. Secretary of State James A. Baker III on Monday in Washington.",
    "The Airbus A330 and Boeing 787 Dreamliner flew over the Bank  of  England, officials said.",
    "Supporters’ Trust chairman Liam O’Brien told the Stormers’ coaches and Smith’s lawyers.",
  ];
  it("finds runs from the list of capitalised words as from a scan of every token", () => {
    for (const sentence of sentences) {
      const tokens = tokenList(sentence, { start: 0, end: sentence.length });
      const caps = capitalisedWords(tokens);
      assert.deepEqual(caps, tokens.toArray().flatMap((t, i) => (t.word && t.cap ? [i] : [])));
      const given = candidatesOf(sentence, { index: 0, tokens, quoted: [], heading: false, caps }, kb);
      const scanned = candidatesOf(sentence, { index: 0, tokens, quoted: [], heading: false }, kb);
      assert.deepEqual(given, scanned);
    }
  });
  it("looks a name up by its words joined with single spaces, whatever lies between them in the text", () => {
    const known = (sentence: string): (string | undefined)[] =>
      candidatesOf(sentence, { index: 0, tokens: tokenList(sentence, { start: 0, end: sentence.length }), quoted: [], heading: false }, kb).map((c) => c.kb?.name);
    assert.deepEqual(known("On Monday Donald Trump said so."), ["Donald Trump"]);
    assert.deepEqual(known("On Monday Donald  Trump said so."), ["Donald Trump"]);
    assert.deepEqual(known("On Monday Donald\u00a0Trump said so."), ["Donald Trump"]);
  });
  it("knows the plurals of role nouns as a word list", () => {
    for (const r of ROLE_NOUNS) assert.ok(ROLE_PLURALS.has(`${r}s`));
    for (const p of ROLE_PLURALS) assert.ok(p.endsWith("s") && ROLE_NOUNS.has(p.slice(0, -1)));
  });
});
