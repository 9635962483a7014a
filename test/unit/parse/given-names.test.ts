import { strict as assert } from "node:assert";
import { givenName, personalName } from "../../../src/core/parse/lexicon/gender";

describe("given names", () => {
  it("knows the gender a common given name is mostly given to, and none for one given to both", () => {
    assert.equal(givenName("kenneth"), "m");
    assert.equal(givenName("maureen"), "f");
    assert.equal(givenName("jordan"), "u");
    // Another gender's in other languages: French "Jean", Italian "Andrea".
    assert.equal(givenName("jean"), "u");
    assert.equal(givenName("andrea"), "u");
    assert.equal(givenName("table"), undefined);
    assert.equal(givenName("Kenneth"), undefined, "lower case in");
  });

  it("does not count a given name that is also a city's as a person's", () => {
    assert.ok(personalName("kenneth"));
    assert.ok(!personalName("orlando"));
    assert.ok(!personalName("glasgow"));
  });
});
