import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import type * as Sarif from "sarif";
import { run } from "../../../src/cli/main";
import { analyze, type Analysis } from "../../../src/core/analyze";
import { artifactLocation, toSarif } from "../../../src/core/export/sarif";
import { rules } from "../../../src/core/rules";
import type { Finding } from "../../../src/core/model/finding";

const SCHEMA = path.join(__dirname, "..", "..", "data", "sarif-schema-2.1.0.json");
const SEEDS = path.join(__dirname, "..", "..", "..", "seeds");

let validator: ValidateFunction | undefined;
function validate(log: unknown): void {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    validator = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, "utf8")) as object);
  }
  const ok = validator(log);
  assert.ok(ok, `SARIF does not validate:\n${JSON.stringify(validator.errors?.slice(0, 5), null, 2)}`);
}

async function cli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(args, { out: (s) => (out += s + "\n"), err: (s) => (err += s + "\n"), cwd });
  return { code, out, err };
}

/** An analysis with hand-made findings: a fix with two edits and a related location. */
function withFindings(text: string, findings: Finding[]): Analysis {
  return { ...analyze(text), findings };
}

describe("SARIF export", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "byline-sarif-"));
    fs.mkdirSync(path.join(dir, "seeds", "sub folder"), { recursive: true });
    fs.writeFileSync(path.join(dir, "seeds", "a.txt"), "Headline\nThe minister said on Monday that talks went well.\n");
    fs.writeFileSync(path.join(dir, "seeds", "sub folder", "b#1.md"), "---\ntitle: x\ndate: 2025-02-30\n---\nText.\n");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("validates `byline check --format sarif` against the official SARIF 2.1.0 schema", async () => {
    const r = await cli(["check", "--format", "sarif", "seeds"], dir);
    assert.equal(r.code, 1);
    const log = JSON.parse(r.out) as Sarif.Log;
    validate(log);
    const run0 = log.runs[0]!;
    assert.equal(run0.columnKind, "utf16CodeUnits");
    assert.equal(run0.results?.length, 1);
    const res = run0.results![0]!;
    assert.equal(res.ruleId, "front-matter");
    assert.equal(res.level, "error");
    const loc = res.locations![0]!.physicalLocation!;
    assert.equal(loc.artifactLocation!.uri, "seeds/sub%20folder/b%231.md");
    assert.equal(loc.artifactLocation!.uriBaseId, "%SRCROOT%");
    assert.deepEqual(
      { l: loc.region!.startLine, c: loc.region!.startColumn, el: loc.region!.endLine, ec: loc.region!.endColumn },
      { l: 3, c: 7, el: 3, ec: 17 },
    );
    assert.equal(loc.region!.snippet!.text, "2025-02-30");
    assert.ok(res.partialFingerprints?.["bylineFinding/v1"]);
  });

  it("validates on the bundled seeds", async () => {
    const r = await cli(["check", "--format", "sarif", SEEDS], path.join(SEEDS, ".."));
    const log = JSON.parse(r.out) as Sarif.Log;
    validate(log);
    assert.ok((log.runs[0]!.artifacts?.length ?? 0) >= 1);
    for (const a of log.runs[0]!.artifacts!) assert.match(a.location!.uri!, /^seeds\/[^\\]+$/);
  });

  it("describes every rule with a help link, and results point at their rule", async () => {
    const r = await cli(["check", "--format", "sarif", "seeds"], dir);
    const log = JSON.parse(r.out) as Sarif.Log;
    const driver = log.runs[0]!.tool.driver;
    assert.deepEqual(driver.rules!.map((x) => x.id), rules.map((x) => x.id));
    for (const rule of driver.rules!) {
      assert.match(rule.helpUri!, new RegExp(`/docs/rules/${rule.id}\\.md$`));
      assert.ok(rule.shortDescription?.text);
      assert.ok(rule.help?.text);
    }
    for (const res of log.runs[0]!.results!) assert.equal(driver.rules![res.ruleIndex!]!.id, res.ruleId);
  });

  it("links every rule to a doc page that exists and is in the rules index", () => {
    const docs = path.join(__dirname, "..", "..", "..", "docs", "rules");
    const index = fs.readFileSync(path.join(docs, "README.md"), "utf8");
    for (const r of rules) {
      assert.ok(fs.existsSync(path.join(docs, `${r.id}.md`)), `docs/rules/${r.id}.md is missing`);
      assert.ok(index.includes(`(${r.id}.md)`), `docs/rules/README.md does not link ${r.id}.md`);
    }
  });

  it("reports unreadable inputs as tool notifications, still valid", async () => {
    fs.writeFileSync(path.join(dir, "seeds", "bin.txt"), Buffer.from([0x41, 0x00, 0x42]));
    const r = await cli(["check", "--format", "sarif", "seeds", "missing.txt"], dir);
    assert.equal(r.code, 2);
    const log = JSON.parse(r.out) as Sarif.Log;
    validate(log);
    const notes = log.runs[0]!.invocations![0]!.toolExecutionNotifications!;
    assert.deepEqual(notes.map((n) => n.locations![0]!.physicalLocation!.artifactLocation!.uri), ["missing.txt", "seeds/bin.txt"]);
  });

  it("writes fixes as replacements and related information as related locations", () => {
    const text = "Headline\r\nTalks were held on Monday, March 4, 2025. 🎉 Monday again.\r\n";
    const at = (s: string, from = 0): { start: number; end: number } => {
      const i = text.indexOf(s, from);
      return { start: i, end: i + s.length };
    };
    const a = withFindings(text, [
      {
        ruleId: "front-matter",
        code: "test",
        severity: "warning",
        message: "Weekday does not match.",
        span: at("Monday, March 4"),
        fixes: [
          { title: "Change to Tuesday", kind: "edit", edits: [{ span: at("Monday"), newText: "Tuesday" }, { span: at("Monday again"), newText: "Tuesday again" }] },
          { title: "Record as checked", kind: "annotation", data: {} },
        ],
        related: [{ message: "4 March 2025 was a Tuesday", span: at("March 4, 2025") }],
      },
      { ruleId: "not-registered", code: "x", severity: "hint", message: "A hint.", span: at("Monday again"), fixes: [], related: [] },
    ]);
    const log = toSarif([{ path: "seeds\\win\\a.txt", analysis: a }], "0.0.0-test");
    validate(log);
    const [res, hint] = log.runs[0]!.results!;
    assert.equal(res!.level, "warning");
    assert.equal(hint!.level, "note");
    assert.equal(hint!.ruleIndex, undefined, "a rule outside the registry has no index");
    assert.equal(res!.fixes!.length, 1, "only edit fixes become SARIF fixes");
    const change = res!.fixes![0]!.artifactChanges[0]!;
    assert.equal(change.artifactLocation.uri, "seeds/win/a.txt");
    assert.deepEqual(change.replacements.map((x) => [x.deletedRegion.startLine, x.deletedRegion.startColumn, x.insertedContent?.text]), [
      [2, 20, "Tuesday"],
      [2, 46, "Tuesday again"], // the emoji counts two UTF-16 code units
    ]);
    const rel = res!.relatedLocations![0]!;
    assert.equal(rel.message!.text, "4 March 2025 was a Tuesday");
    assert.equal(rel.physicalLocation!.region!.startColumn, 28);
  });

  it("gives identical findings on different lines distinct fingerprints", () => {
    const text = "One line.\nOne line.\n";
    const f = (start: number): Finding => ({ ruleId: "front-matter", code: "c", severity: "error", message: "m", span: { start, end: start + 3 }, fixes: [], related: [] });
    const log = toSarif([{ path: "a.txt", analysis: withFindings(text, [f(0), f(10)]) }], "0");
    const fps = log.runs[0]!.results!.map((r) => r.partialFingerprints!["bylineFinding/v1"]);
    assert.notEqual(fps[0], fps[1]);
    const again = toSarif([{ path: "a.txt", analysis: withFindings(text, [f(0), f(10)]) }], "0");
    assert.deepEqual(again.runs[0]!.results!.map((r) => r.partialFingerprints!["bylineFinding/v1"]), fps, "stable across runs");
  });

  it("turns paths into URI references", () => {
    assert.deepEqual(artifactLocation("./seeds/a b.txt"), { uri: "seeds/a%20b.txt", uriBaseId: "%SRCROOT%" });
    assert.deepEqual(artifactLocation("/tmp/x?.txt"), { uri: "file:///tmp/x%3F.txt" });
    assert.deepEqual(artifactLocation("C:\\news\\é.txt"), { uri: "file:///C:/news/%C3%A9.txt" });
  });
});
