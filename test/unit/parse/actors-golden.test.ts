import { strict as assert } from "node:assert";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, type Analysis } from "../../../src/core/analyze";

// Golden actors and claims for the seed articles in test/fixtures/seeds.
// Regenerate after a reviewed change with: UPDATE_GOLDEN=1 npx mocha test/unit/parse/actors-golden.test.ts
const dir = join(__dirname, "../../fixtures/seeds");

function summary(a: Analysis): unknown {
  return a.actors.map((x) => ({
    id: x.id,
    name: x.name,
    kind: x.kind,
    mentions: x.mentions.map((m) => `${m.text} (${m.via})`),
    roles: x.roles,
    claims: x.claims.map((i) => {
      const c = a.claims[i]!;
      return { cue: c.cue, direct: c.direct, text: c.text };
    }),
  }));
}

describe("actors: golden seeds", () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
    it(`matches the golden actors and claims of ${file}`, () => {
      const a = analyze(readFileSync(join(dir, file), "utf8"));
      const got = summary(a);
      const goldenPath = join(dir, file.replace(/\.txt$/u, ".actors.json"));
      if (process.env.UPDATE_GOLDEN || !existsSync(goldenPath)) writeFileSync(goldenPath, `${JSON.stringify(got, null, 2)}\n`);
      assert.deepEqual(got, JSON.parse(readFileSync(goldenPath, "utf8")));
    });
  }

  it("finds the actors the user expects in the seed, and none of the false ones", () => {
    const a = analyze(readFileSync(join(dir, "000_6c5918a61936de63.txt"), "utf8"));
    const names = a.actors.map((x) => x.name);
    for (const n of ["Volodymyr Zelensky", "Donald Trump", "Vladimir Putin", "Emmanuel Macron", "Dmitry Peskov", "Steve Witkoff", "Jared Kushner", "Coalition of the Willing", "European Union"]) {
      assert.ok(names.includes(n), n);
    }
    const kremlin = a.actors.find((x) => x.name === "Kremlin");
    assert.equal(kremlin?.kind, "organization");
    assert.ok(kremlin?.mentions.some((m) => m.text === "the Kremlin"));
    assert.ok(a.actors.some((x) => x.mentions.some((m) => m.text === "NATO")));
    for (const n of ["Details", "Future Meetings", "Mar-a-Lago", "January", "Florida", "Moscow"]) assert.ok(!names.some((x) => x.includes(n)), n);
    const z = a.actors.find((x) => x.name === "Volodymyr Zelensky")!;
    const claims = z.claims.map((i) => a.claims[i]!.text);
    assert.ok(claims.some((t) => t.includes("30, 40, 50 years")));
    assert.ok(claims.some((t) => t.includes("90 percent agreed")));
  });
});
