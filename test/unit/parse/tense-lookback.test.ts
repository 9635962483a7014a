import { strict as assert } from "node:assert";
import { LOOKBACK, lookbackStart, tenseAt } from "../../../src/core/parse/dates/tense";

describe("date clause look-back", () => {
  it("reads a short sentence from its start", () => {
    assert.equal(lookbackStart("The talks will resume in May.", 0, 25), 0);
  });

  it("starts at a word boundary at most LOOKBACK characters back in a long sentence", () => {
    const text = "word ".repeat(400) + "in May";
    const at = text.indexOf("in May");
    const from = lookbackStart(text, 0, at);
    assert.ok(at - from <= LOOKBACK);
    assert.equal(text[from], " ");
  });

  it("finds the nearest tense marker, however long the sentence before it", () => {
    const text = "Officials met, " + "and then talked, ".repeat(200) + "and will meet again in May.";
    const at = text.indexOf("in May");
    assert.equal(tenseAt(text, 0, text.length, at, at + 6), "future");
  });
});
