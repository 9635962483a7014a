import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../../src/core/analyze";

// The user's expectations of the seed's actors. The actors and claims of every seed are also in the
// golden report fixtures (test/fixtures/*.golden.json, `npm run golden:update`).
const dir = join(__dirname, "../../../seeds");

describe("actors on the user's seed", () => {
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
