import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { run } from "../../../src/cli/main";
import { scanFiles, type ScanJob, type ScanSettings } from "../../../src/cli/scan";

async function cli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(args, { out: (s) => (out += s + "\n"), err: (s) => (err += s + "\n"), cwd });
  return { code, out, err };
}

const ARTICLE = "Headline\nThe minister said on Monday that “talks went well”. About 40 people came.\n";

describe("byline check on many files (worker threads)", function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "byline-scan-"));
    fs.mkdirSync(path.join(dir, "seeds"));
    for (let i = 0; i < 90; i++) {
      // Names sorted differently as text and as numbers, to catch order mix-ups.
      fs.writeFileSync(path.join(dir, "seeds", `${i}.txt`), `${ARTICLE}Line ${i}.\n`);
    }
    fs.writeFileSync(path.join(dir, "seeds", "bad.md"), "---\ntitle: x\ndate: 2025-02-30\n---\nText.\n");
    fs.writeFileSync(path.join(dir, "seeds", "binary.txt"), Buffer.from([0, 1, 2, 0]));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const format of ["text", "json", "sarif"]) {
    it(`writes the same ${format} output, errors and exit code with and without workers`, async () => {
      const one = await cli(["check", "--format", format, "--threads", "0", "seeds"], dir);
      const two = await cli(["check", "--format", format, "--threads", "2", "seeds"], dir);
      assert.equal(two.out, one.out);
      assert.equal(two.err, one.err);
      assert.equal(two.code, one.code);
      assert.equal(one.code, 2, "the binary file is unreadable input");
      assert.match(one.err, /seeds\/binary\.txt: looks like a binary file/);
    });
  }

  it("returns outcomes in the order of the jobs, with unreadable files in place", async () => {
    const names = fs.readdirSync(path.join(dir, "seeds")).sort();
    const jobs: ScanJob[] = names.map((n) => ({ file: path.join(dir, "seeds", n), shown: n }));
    jobs.splice(5, 0, { file: path.join(dir, "missing.txt"), shown: "missing.txt" });
    const settings: ScanSettings = { format: "text", options: {}, maxFileSize: 1 << 20, version: "0" };
    const outcomes = await scanFiles(jobs, settings, { threads: 3 });
    assert.deepEqual(outcomes.map((o) => o.shown), jobs.map((j) => j.shown));
    assert.equal(outcomes[5]!.ok, false);
    assert.deepEqual(outcomes, await scanFiles(jobs, settings, { threads: 0 }));
  });

  it("reports its time and peak memory with --stats, and refuses a bad --threads", async () => {
    const r = await cli(["check", "--stats", "seeds/0.txt"], dir);
    assert.match(r.err, /stats: 1 files in [\d.]+ s, peak RSS \d+ MB/);
    const bad = await cli(["check", "--threads", "two", "seeds"], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--threads takes a whole number/);
  });
});
