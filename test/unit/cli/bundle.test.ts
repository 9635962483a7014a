import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { run } from "../../../src/cli/main";

const ROOT = path.resolve(__dirname, "../../..");
const BUNDLE = path.join(ROOT, "dist", "cli.js");

// The shipped bundle is minified: anything that depends on names (chrono-node's parsers are picked
// by class name) or on module layout breaks there first. It must give the same report as the source.
describe("the bundled CLI (dist/cli.js)", () => {
  it("gives the same JSON report as the source on the seeds and on relative dates", async function () {
    if (!fs.existsSync(BUNDLE)) this.skip(); // `npm test` bundles first; plain `npx mocha` may not have
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "byline-bundle-"));
    try {
      for (const f of fs.readdirSync(path.join(ROOT, "seeds"))) fs.copyFileSync(path.join(ROOT, "seeds", f), path.join(dir, f));
      fs.writeFileSync(
        path.join(dir, "relative.txt"),
        "Talks\nThe minister said on Monday that a deal could come within a week, two weeks after the talks began six weeks ago.\n",
      );
      const args = ["check", "--format", "json", "--reference-date", "2025-12-28", "."];
      const bundled = spawnSync(process.execPath, [BUNDLE, ...args], { cwd: dir, encoding: "utf8" });
      let out = "";
      await run(args, { out: (s) => (out += s), err: () => undefined, cwd: dir });
      assert.deepEqual(JSON.parse(bundled.stdout), JSON.parse(out));
      const dates = JSON.parse(bundled.stdout).files.find((f: { path: string }) => f.path === "relative.txt").dates;
      assert.ok(dates.some((d: { value: string }) => d.value === "P1W"), JSON.stringify(dates));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("runs as package.json's bin: executable, with a node shebang", function () {
    if (!fs.existsSync(BUNDLE)) this.skip();
    // `npx byline` runs the file itself: without the execute bit the shell refuses it.
    if (process.platform !== "win32") assert.notEqual(fs.statSync(BUNDLE).mode & 0o111, 0);
    assert.ok(fs.readFileSync(BUNDLE, "utf8").startsWith("#!/usr/bin/env node\n"));
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string> };
    assert.equal(path.resolve(ROOT, pkg.bin["byline"]!), BUNDLE);
  });
});
