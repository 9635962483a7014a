import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { run } from "../../../src/cli/main";
import { reportSchema } from "../../../src/core/export/report";

async function cli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(args, { out: (s) => (out += s + "\n"), err: (s) => (err += s + "\n"), cwd });
  return { code, out, err };
}

describe("byline CLI", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "byline-cli-"));
    fs.mkdirSync(path.join(dir, "seeds"));
    fs.writeFileSync(path.join(dir, "seeds", "a.txt"), "Headline\nThe minister said on Monday that talks went well.\n");
    fs.writeFileSync(path.join(dir, "seeds", "b.md"), "---\ntitle: x\ndate: 2025-02-30\n---\nText.\n");
    fs.writeFileSync(path.join(dir, "seeds", "skip.json"), "{}");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes a JSON report that follows the contract", async () => {
    const r = await cli(["check", "--format", "json", "seeds"], dir);
    const report = reportSchema.parse(JSON.parse(r.out));
    assert.deepEqual(report.files.map((f) => f.path), ["seeds/a.txt", "seeds/b.md"]);
    assert.equal(r.code, 1, "the malformed front matter date is an error");
  });

  it("prints compiler-style text and exits 1 on error findings", async () => {
    const r = await cli(["check", "seeds"], dir);
    assert.match(r.out, /^seeds\/b\.md:3:7 error front-matter /m);
    assert.match(r.out, /2 files checked: 1 error\./);
    assert.equal(r.code, 1);
  });

  it("dates an article its text leaves open between years by the day of reading (--today, else today's date)", async () => {
    fs.writeFileSync(path.join(dir, "seeds", "c.txt"), "Thousands march\nLISBON, Jan. 24 (Wire) — Tens of thousands marched through Lisbon on Saturday. Joaquim Costa said he joined his first demonstration in 1974.\n");
    const dateOf = async (...args: string[]) => JSON.parse((await cli(["check", "--format", "json", ...args, "seeds/c.txt"], dir)).out).files[0].documentDate?.from;
    assert.equal(await dateOf("--today", "2026-11-29"), "2026-01-24");
    assert.equal(await dateOf("--today", "2016-03-01"), "2015-01-24");
    // By default, the day the test runs.
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
    assert.equal(await dateOf(), await dateOf("--today", today));
  });

  it("exits 0 when a rule is turned off", async () => {
    const r = await cli(["check", "--rule", "front-matter=off", "seeds"], dir);
    assert.equal(r.code, 0);
  });

  it("exits 2 on bad usage", async () => {
    assert.equal((await cli(["check", "--format", "xml", "seeds"], dir)).code, 2);
    assert.equal((await cli(["check", "--rule", "nope=off", "seeds"], dir)).code, 2);
    assert.equal((await cli(["check", "--reference-date", "28/12/2025", "seeds"], dir)).code, 2);
    assert.match((await cli(["check", "--today", "2026-02-30", "seeds"], dir)).err, /--today must be a date as YYYY-MM-DD, not '2026-02-30'/);
    assert.equal((await cli(["check"], dir)).code, 2);
    assert.equal((await cli(["frobnicate"], dir)).code, 2);
  });

  it("reports a missing path and a binary file with exit 2, and still analyses the rest", async () => {
    fs.writeFileSync(path.join(dir, "seeds", "bin.txt"), Buffer.from([0x41, 0x00, 0x42]));
    const r = await cli(["check", "--format", "json", "seeds", "missing.txt"], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /missing\.txt: no such file or folder/);
    assert.match(r.err, /bin\.txt: looks like a binary file/);
    assert.equal(JSON.parse(r.out).files.length, 2);
  });

  it("refuses files over maxFileSize from .byline.json, saying why", async () => {
    fs.writeFileSync(path.join(dir, ".byline.json"), JSON.stringify({ maxFileSize: 10 }));
    const r = await cli(["check", "seeds/a.txt"], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /over the 10 bytes limit/);
  });

  it("reports a broken config file and goes on with the defaults", async () => {
    fs.writeFileSync(path.join(dir, ".byline.json"), "{ not json");
    const r = await cli(["check", "--format", "json", "seeds/a.txt"], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /\.byline\.json:1:3: not valid JSON/, "at its line and column");
    assert.equal(JSON.parse(r.out).files.length, 1);
  });
});
