import { strict as assert } from "node:assert";
import { parseConfig, defaultConfig } from "../../../src/core/config";

describe("config schema", () => {
  it("keeps the valid settings when one key is unknown", () => {
    const { config, problems } = parseConfig({ rules: { "unsourced-figure": "off" }, colour: "blue" });
    assert.equal(config.rules["unsourced-figure"], "off");
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /colour/);
  });

  it("keeps the valid settings when one value is wrong", () => {
    const { config, problems } = parseConfig({ maxFileSize: -3, referenceDate: "2025-12-28" });
    assert.equal(config.referenceDate, "2025-12-28");
    assert.equal(config.maxFileSize, defaultConfig.maxFileSize);
    assert.equal(problems[0]!.path, "maxFileSize");
  });

  it("drops only a rule's entry whose level is wrong, and a reference date that is no real day", () => {
    const { config, problems } = parseConfig({ rules: { "unsourced-figure": "fatal", "date-inconsistency": "error" }, referenceDate: "2025-02-30" });
    assert.deepEqual(config.rules, { "date-inconsistency": "error" });
    assert.equal(config.referenceDate, undefined);
    assert.deepEqual(problems.map((p) => p.path).sort(), ["referenceDate", "rules.unsourced-figure"]);
    assert.equal(parseConfig({ referenceDate: "0000-00-00" }).config.referenceDate, undefined);
  });

  it("falls back to the defaults for a non-object", () => {
    assert.deepEqual(parseConfig([1, 2]).config, defaultConfig);
  });
});
