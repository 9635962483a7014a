import { strict as assert } from "node:assert";
import { tenseAt } from "../../../src/core/parse/dates/tense";

/** The tense at the phrase `at` (its first occurrence) in a one-sentence text. */
function tense(text: string, at: string): string | undefined {
  const i = text.indexOf(at);
  return tenseAt(text, 0, text.length, i, i + at.length);
}

describe("date clause tense read back from the date", () => {
  it("takes the nearest marker before the date", () => {
    assert.equal(tense("They met and will meet again in May.", "in May"), "future");
    assert.equal(tense("They will say they met in May.", "in May"), "past");
  });

  it("lets a participle used as an adjective count only as the clause's first marker", () => {
    assert.equal(tense("A proposed package on May 14.", "on May 14"), "future");
    assert.equal(tense("The board rejected a proposed package on May 14.", "on May 14"), "past");
    assert.equal(tense("A proposed and a planned package on May 14.", "on May 14"), "future");
    assert.equal(tense("A long-delayed study on May 14.", "on May 14"), undefined);
  });

  it("reads a passive participle and 'set to' as before", () => {
    assert.equal(tense("The vote will be postponed on May 14.", "on May 14"), "future");
    assert.equal(tense("The talks are set to resume on May 14.", "on May 14"), "future");
    assert.equal(tense("Talks were held on May 14.", "on May 14"), "past");
  });

  it("stops at the clause's start and reads words with apostrophes and accents whole", () => {
    assert.equal(tense("He said; the café’s talks on May 14.", "on May 14"), undefined);
    assert.equal(tense("“We’ll meet,” on May 14.", "on May 14"), undefined);
    assert.equal(tense("We’ll meet on May 14.", "on May 14"), "future");
    assert.equal(tense("on May 14.", "on May 14"), undefined);
  });

  it("reads the words after a date only up to its clause's end", () => {
    assert.equal(tense("On Friday the king said so.", "On Friday"), "past");
    assert.equal(tense("On Friday and then the king said so.", "On Friday"), undefined);
    assert.equal(tense("On Friday; the king said so.", "On Friday"), undefined);
    assert.equal(tense("On Friday Anderson said so.", "On Friday"), "past");
  });
});
