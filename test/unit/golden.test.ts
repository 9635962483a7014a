import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { FIXTURES_DIR, goldenFor, goldenPath, seedFiles, serialise } from "../../scripts/update-golden";
import { reportFileSchema } from "../../src/core/export/report";

const HOW = "run `npm run golden:update` and review the diff of test/fixtures";

describe("golden output of the seeds", () => {
  const seeds = seedFiles();

  it("has seeds", () => assert.ok(seeds.length >= 2));

  for (const seed of seeds) {
    it(`${seed} gives its golden report`, () => {
      const file = goldenPath(seed);
      assert.ok(fs.existsSync(file), `${path.basename(file)} is missing: ${HOW}`);
      const expected: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
      const actual = goldenFor(seed);
      reportFileSchema.parse(actual);
      assert.deepEqual(JSON.parse(serialise(actual)), expected, `output changed for ${seed}: ${HOW}`);
    });
  }

  it("keeps no golden file without its seed", () => {
    const wanted = new Set(seeds.map((s) => path.basename(goldenPath(s))));
    const stale = fs.readdirSync(FIXTURES_DIR).filter((f) => f.endsWith(".golden.json") && !wanted.has(f));
    assert.deepEqual(stale, [], `golden files without a seed: ${HOW}`);
  });
});
