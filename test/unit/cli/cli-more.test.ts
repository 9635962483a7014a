import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { run } from "../../../src/cli/main";
import { decodeArticle } from "../../../src/cli/files";
import { reportSchema } from "../../../src/core/export/report";
import { rules } from "../../../src/core/rules";

const ROOT = path.join(__dirname, "..", "..", "..");
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

interface Result {
  code: number;
  out: string;
  err: string;
  written: Map<string, string>;
}

async function cli(args: string[], cwd: string, opts: { realWrite?: boolean } = {}): Promise<Result> {
  let out = "";
  let err = "";
  const written = new Map<string, string>();
  const code = await run(args, {
    out: (s) => (out += s + "\n"),
    err: (s) => (err += s + "\n"),
    cwd,
    ...(opts.realWrite ? {} : { writeFile: async (f: string, d: string) => void written.set(f, d) }),
  });
  return { code, out, err, written };
}

function write(dir: string, rel: string, data: string | Buffer): string {
  const f = path.join(dir, rel);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, data);
  return f;
}

const CLEAN = "Headline\nThe minister said on Monday that talks went well.\n";
const BAD_DATE = "---\ntitle: x\ndate: 2025-02-30\n---\nText.\n";

describe("byline CLI: formats, paths and exit codes", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "byline-cli2-"));
  });
  afterEach(() => {
    // Undo any chmod so the folder can be removed.
    for (const f of ["locked.txt", "locked"]) if (fs.existsSync(path.join(dir, f))) fs.chmodSync(path.join(dir, f), 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  describe("formats", () => {
    beforeEach(() => {
      write(dir, "a.txt", CLEAN);
      write(dir, "b.md", BAD_DATE);
    });

    it("text: one compiler-style line per finding, then a summary", async () => {
      const r = await cli(["check", "--format", "text", "."], dir);
      const lines = r.out.trim().split("\n");
      assert.deepEqual(lines, [
        "b.md:3:7 error front-matter Front matter `date`: date must be an ISO date, YYYY-MM-DD",
        "2 files checked: 1 error.",
      ]);
    });

    it("text is the default, and says so when nothing is found", async () => {
      const r = await cli(["check", "a.txt"], dir);
      assert.equal(r.out.trim(), "1 file checked: no findings.");
      assert.equal(r.code, 0);
    });

    it("json: takes --format=json too, and lists files in a stable order", async () => {
      const r = await cli(["check", "--format=json", "b.md", "a.txt"], dir);
      const report = reportSchema.parse(JSON.parse(r.out));
      assert.deepEqual(report.files.map((f) => f.path), ["b.md", "a.txt"], "in the order given");
      const walked = reportSchema.parse(JSON.parse((await cli(["check", "--format", "json", "."], dir)).out));
      assert.deepEqual(walked.files.map((f) => f.path), ["a.txt", "b.md"], "folders are walked in name order");
    });

    it("json: an empty folder gives an empty report and exit 0", async () => {
      fs.mkdirSync(path.join(dir, "empty"));
      const r = await cli(["check", "--format", "json", "empty"], dir);
      assert.deepEqual(JSON.parse(r.out), { version: 1, files: [] });
      assert.equal(r.code, 0);
    });

    it("sarif: parses as JSON with one run", async () => {
      const r = await cli(["check", "--format", "sarif", "."], dir);
      const log = JSON.parse(r.out);
      assert.equal(log.version, "2.1.0");
      assert.equal(log.runs.length, 1);
    });

    it("--output writes the report to a file and nothing to standard output", async () => {
      const r = await cli(["check", "--format", "json", "-o", "out/report.json", "."], dir);
      assert.equal(r.out, "");
      const data = r.written.get(path.join(dir, "out", "report.json"));
      assert.ok(data);
      reportSchema.parse(JSON.parse(data));
      assert.equal(r.code, 1);
    });

    it("--output really writes the file", async () => {
      const r = await cli(["check", "--format", "sarif", "--output", "report.sarif", "a.txt"], dir, { realWrite: true });
      assert.equal(r.code, 0);
      assert.equal(JSON.parse(fs.readFileSync(path.join(dir, "report.sarif"), "utf8")).version, "2.1.0");
    });

    it("--output creates missing folders", async () => {
      const r = await cli(["check", "--output", "out/deep/report.txt", "a.txt"], dir, { realWrite: true });
      assert.equal(r.code, 0, r.err);
      assert.match(fs.readFileSync(path.join(dir, "out", "deep", "report.txt"), "utf8"), /1 file checked/);
    });

    it("--output where it cannot write: exit 2 with the reason", async () => {
      const r = await cli(["check", "--output", "a.txt/report.txt", "a.txt"], dir, { realWrite: true });
      assert.equal(r.code, 2);
      assert.match(r.err, /cannot write a\.txt\/report\.txt/);
    });
  });

  describe("exit codes", () => {
    it("0 without error findings, 1 with, 2 when some input is unreadable even with errors", async () => {
      write(dir, "a.txt", CLEAN);
      write(dir, "b.md", BAD_DATE);
      assert.equal((await cli(["check", "a.txt"], dir)).code, 0);
      assert.equal((await cli(["check", "b.md"], dir)).code, 1);
      assert.equal((await cli(["check", "b.md", "gone.txt"], dir)).code, 2);
    });

    it("a rule set to warning no longer fails the run, and its findings say warning", async () => {
      write(dir, "b.md", BAD_DATE);
      const r = await cli(["check", "--rule", "front-matter=warning", "b.md"], dir);
      assert.equal(r.code, 0);
      assert.match(r.out, /b\.md:3:7 warning front-matter/);
    });

    it("2 on bad usage, with the reason and the usage on standard error", async () => {
      write(dir, "a.txt", CLEAN);
      for (const args of [
        ["check", "--frobnicate", "a.txt"],
        ["check", "--rule", "front-matter", "a.txt"],
        ["check", "--rule", "front-matter=loud", "a.txt"],
        ["check", "--reference-date", "2025-02-30", "a.txt"],
        ["check", "--reference-date", "2025-1-5", "a.txt"],
        ["check", "--format"],
      ]) {
        const r = await cli(args, dir);
        assert.equal(r.code, 2, args.join(" "));
        assert.match(r.err, /^byline: .+\n\nUsage: byline/, args.join(" "));
        assert.equal(r.out, "", args.join(" "));
      }
    });

    it("prints help, version and the rules with exit 0", async () => {
      const help = await cli(["--help"], dir);
      assert.equal(help.code, 0);
      assert.match(help.out, /Usage: byline/);
      assert.equal((await cli(["check", "--help"], dir)).code, 0);
      const version = await cli(["--version"], dir);
      assert.match(version.out.trim(), /^\d+\.\d+\.\d+/);
      const list = await cli(["rules"], dir);
      assert.equal(list.out.trim().split("\n").length, rules.length);
      assert.equal((await cli([], dir)).code, 2, "no command at all is bad usage");
    });

    it("returns exit codes from the real process too", () => {
      write(dir, "b.md", BAD_DATE);
      const args = ["--require", "tsx/cjs", path.join(ROOT, "src", "cli", "main.ts"), "check", "--format", "json", "b.md", "missing.txt"];
      const p = spawnSync(process.execPath, args, { cwd: dir, encoding: "utf8", env: { ...process.env, NODE_PATH: path.join(ROOT, "node_modules") } });
      assert.equal(p.status, 2, p.stderr);
      assert.match(p.stderr, /missing\.txt: no such file or folder/);
      assert.equal(reportSchema.parse(JSON.parse(p.stdout)).files.length, 1, "the report stays on stdout, the errors on stderr");
    });
  });

  describe("paths", () => {
    it("walks nested folders, skipping dependencies, hidden folders and a folder's README", async () => {
      write(dir, "news/2025/march/a.txt", CLEAN);
      write(dir, "news/2025/b.md", CLEAN);
      write(dir, "news/README.md", "# About these files");
      write(dir, "news/notes.json", "{}");
      write(dir, "news/node_modules/pkg/c.txt", CLEAN);
      write(dir, "news/.git/d.txt", CLEAN);
      write(dir, "news/.hidden/e.txt", CLEAN);
      write(dir, "news/UPPER.TXT", CLEAN);
      const r = await cli(["check", "--format", "json", "news/"], dir);
      assert.deepEqual(
        JSON.parse(r.out).files.map((f: { path: string }) => f.path),
        ["news/2025/b.md", "news/2025/march/a.txt", "news/UPPER.TXT"],
      );
    });

    it("reads a README or any file when it is named", async () => {
      write(dir, "README.md", "Some text.");
      write(dir, "notes.json", "Some text.");
      const r = await cli(["check", "--format", "json", "README.md", "notes.json"], dir);
      assert.equal(JSON.parse(r.out).files.length, 2);
    });

    it("analyses a file named twice (directly and through its folder) once", async () => {
      write(dir, "news/a.txt", CLEAN);
      const r = await cli(["check", "--format", "json", "news", "news/a.txt", "./news/a.txt"], dir);
      assert.equal(JSON.parse(r.out).files.length, 1);
    });

    it("shows paths outside the working folder as absolute paths, with forward slashes", async () => {
      const other = fs.mkdtempSync(path.join(os.tmpdir(), "byline-other-"));
      try {
        write(other, "x.txt", CLEAN);
        const r = await cli(["check", "--format", "json", path.join(other, "x.txt")], dir);
        const shown: string = JSON.parse(r.out).files[0].path;
        assert.ok(path.isAbsolute(shown) || /^[A-Za-z]:\//.test(shown), shown);
        assert.ok(!shown.includes("\\"));
      } finally {
        fs.rmSync(other, { recursive: true, force: true });
      }
    });

    it("reports each missing path and goes on with the rest", async () => {
      write(dir, "a.txt", CLEAN);
      const r = await cli(["check", "--format", "json", "nope.txt", "a.txt", "no-folder/"], dir);
      assert.equal(r.code, 2);
      assert.match(r.err, /byline: nope\.txt: no such file or folder/);
      assert.match(r.err, /byline: no-folder: no such file or folder/);
      assert.equal(JSON.parse(r.out).files.length, 1);
    });

    it("follows a symbolic link to an article", async function () {
      write(dir, "real/a.txt", CLEAN);
      fs.mkdirSync(path.join(dir, "links"));
      try {
        fs.symlinkSync(path.join(dir, "real", "a.txt"), path.join(dir, "links", "a.txt"));
      } catch {
        this.skip();
      }
      const r = await cli(["check", "--format", "json", "links"], dir);
      assert.deepEqual(JSON.parse(r.out).files.map((f: { path: string }) => f.path), ["links/a.txt"]);
    });

    it("reports a file it may not read (skipped as root, who reads everything)", async function () {
      if (isRoot || process.platform === "win32") this.skip();
      write(dir, "a.txt", CLEAN);
      const locked = write(dir, "locked.txt", CLEAN);
      fs.chmodSync(locked, 0o000);
      const r = await cli(["check", "--format", "json", "."], dir);
      assert.equal(r.code, 2);
      assert.match(r.err, /locked\.txt: permission denied/);
      assert.equal(JSON.parse(r.out).files.length, 1);
    });

    it("reports a folder it may not list (skipped as root)", async function () {
      if (isRoot || process.platform === "win32") this.skip();
      write(dir, "locked/a.txt", CLEAN);
      fs.chmodSync(path.join(dir, "locked"), 0o000);
      const r = await cli(["check", "locked"], dir);
      assert.equal(r.code, 2);
      assert.match(r.err, /locked: permission denied/);
    });
  });

  describe("encodings", () => {
    const text = "Überschrift\n“Grüße,” sagte sie. 🎉\n";

    it("reads UTF-16 little-endian with a BOM", async () => {
      write(dir, "le.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
      const r = await cli(["check", "--format", "json", "le.txt"], dir);
      assert.equal(r.code, 0, r.err);
      assert.equal(JSON.parse(r.out).files.length, 1);
    });

    it("decodes UTF-16 in both byte orders and UTF-8 with a BOM to the same text", () => {
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
      const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(Buffer.from(text, "utf16le")).swap16()]);
      const u8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
      for (const [name, buf] of [["le", le], ["be", be], ["utf-8", u8]] as const) {
        const r = decodeArticle(buf);
        assert.ok(r.ok, name);
        assert.equal(r.ok && r.text, "\ufeff" + text, name);
      }
    });

    it("gives first-line columns after a UTF-8 BOM as editors count them", async () => {
      write(dir, "bom.md", "\ufeff---\njust some text\n---\nBody.\n");
      const r = await cli(["check", "bom.md"], dir);
      assert.match(r.out, /^bom\.md:1:1 error front-matter /m);
    });

    it("refuses UTF-16 without a BOM as binary, saying why", () => {
      const r = decodeArticle(Buffer.from(text, "utf16le"));
      assert.equal(r.ok, false);
      assert.match(!r.ok ? r.message : "", /binary/);
    });

    it("reads invalid UTF-8 with replacement characters rather than failing", () => {
      const r = decodeArticle(Buffer.from([0x48, 0x69, 0xff, 0x2e]));
      assert.ok(r.ok);
      assert.equal(r.ok && r.text, "Hi\ufffd.");
    });
  });

  describe("config files", () => {
    beforeEach(() => write(dir, "b.md", BAD_DATE));

    it("applies rule levels from the nearest .byline.json in a parent folder", async () => {
      write(dir, ".byline.json", JSON.stringify({ rules: { "front-matter": "off" } }));
      fs.mkdirSync(path.join(dir, "sub"));
      const r = await cli(["check", "../b.md"], path.join(dir, "sub"));
      assert.equal(r.code, 0);
      assert.match(r.out, /no findings/);
    });

    it("lets --rule override the config file", async () => {
      write(dir, ".byline.json", JSON.stringify({ rules: { "front-matter": "off" } }));
      const r = await cli(["check", "--rule", "front-matter=error", "b.md"], dir);
      assert.equal(r.code, 1);
    });

    it("reports a wrong value, keeps the valid settings, exit 2", async () => {
      write(dir, ".byline.json", JSON.stringify({ rules: { "front-matter": "off" }, maxFileSize: "big" }));
      const r = await cli(["check", "b.md"], dir);
      assert.equal(r.code, 2);
      assert.match(r.err, /\.byline\.json: maxFileSize: /);
      assert.match(r.out, /no findings/, "the valid rules setting still applies");
    });

    it("reports an unknown key, exit 2", async () => {
      write(dir, ".byline.json", JSON.stringify({ colour: "red" }));
      const r = await cli(["check", "b.md"], dir);
      assert.equal(r.code, 2);
      assert.match(r.err, /colour/);
    });

    it("reads a config with a BOM", async () => {
      write(dir, ".byline.json", "\ufeff" + JSON.stringify({ rules: { "front-matter": "off" } }));
      assert.equal((await cli(["check", "b.md"], dir)).code, 0);
    });

    it("reports a missing --config file and goes on with the defaults", async () => {
      const r = await cli(["check", "--config", "nope.json", "b.md"], dir);
      assert.equal(r.code, 2);
      assert.match(r.err, /nope\.json: cannot read config/);
      assert.match(r.out, /1 error/);
    });

    it("uses --config instead of the nearest .byline.json", async () => {
      write(dir, ".byline.json", JSON.stringify({ rules: { "front-matter": "error" } }));
      write(dir, "conf/quiet.json", JSON.stringify({ rules: { "front-matter": "off" } }));
      assert.equal((await cli(["check", "--config", "conf/quiet.json", "b.md"], dir)).code, 0);
    });

    it("takes the reference date from the config, and --reference-date over it", async () => {
      write(dir, "a.txt", CLEAN);
      write(dir, ".byline.json", JSON.stringify({ referenceDate: "2025-01-02" }));
      const fromConfig = JSON.parse((await cli(["check", "--format", "json", "a.txt"], dir)).out);
      assert.equal(fromConfig.files[0].documentDate.from, "2025-01-02");
      const fromFlag = JSON.parse((await cli(["check", "--format", "json", "--reference-date", "2024-12-31", "a.txt"], dir)).out);
      assert.equal(fromFlag.files[0].documentDate.from, "2024-12-31");
    });
  });
});
