import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { run } from "../../../src/cli/main";
import { parseAnnotationsText, type Annotation } from "../../../src/core/annotations";

async function cli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(args, { out: (s) => (out += s + "\n"), err: (s) => (err += s + "\n"), cwd });
  return { code, out, err };
}

const ARTICLE = "Headline\nThe economy grew by 2.5 percent last year, the minister said.\nUnemployment reached 14 percent.\n";
const BAD_DATE = "---\ntitle: x\ndate: 2025-02-30\n---\nText.\n";

describe("byline annotate / export / import", () => {
  let dir: string;
  const read = (f: string) => fs.readFileSync(path.join(dir, f), "utf8");
  const annotationsOf = (f: string): Annotation[] => {
    const p = parseAnnotationsText(read(f));
    assert.ok(p.ok, JSON.stringify(!p.ok && p.problems));
    return [...p.file.annotations];
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "byline-ann-"));
    fs.mkdirSync(path.join(dir, "seeds"));
    fs.writeFileSync(path.join(dir, "seeds", "a.txt"), ARTICLE);
    fs.writeFileSync(path.join(dir, "seeds", "b.md"), BAD_DATE);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("adds a source on a range, beside the article, atomically (no temporary file left)", async () => {
    const r = await cli(["annotate", "seeds/a.txt", "--at", "3:22-3:32", "--source", "ILO", "--url", "https://ilo.org/x"], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Added source annotation .* on 3:22-32 "14 percent"/);
    const [a] = annotationsOf("seeds/a.txt.byline.json");
    assert.equal(a?.kind, "source");
    assert.equal(a?.kind === "source" && a.url, "https://ilo.org/x");
    assert.equal(a?.target?.quote.exact, "14 percent");
    assert.deepEqual(fs.readdirSync(path.join(dir, "seeds")).sort(), ["a.txt", "a.txt.byline.json", "b.md"]);
  });

  it("takes the word at a single position, and records notes, verdicts, suppressions and dates", async () => {
    assert.equal((await cli(["annotate", "seeds/a.txt", "--at", "2:21", "--note", "check the IMF"], dir)).code, 0);
    assert.equal((await cli(["annotate", "seeds/a.txt", "--at", "2:21", "--verdict", "disputed", "--text", "IMF says 2.1"], dir)).code, 0);
    assert.equal((await cli(["annotate", "seeds/a.txt", "--at", "3:22-32", "--suppress", "unsourced-figure", "--reason", "common knowledge"], dir)).code, 0);
    assert.equal((await cli(["annotate", "seeds/a.txt", "--document-date", "2025-12-28"], dir)).code, 0);
    assert.equal((await cli(["annotate", "seeds/a.txt", "--at", "2:55", "--not-an-actor"], dir)).code, 0);
    const all = annotationsOf("seeds/a.txt.byline.json");
    assert.deepEqual(all.map((a) => a.kind), ["note", "verdict", "suppress", "document-date", "actor"]);
    // A single position takes the figure there (a finding's span), not just the word.
    assert.equal(all[0]?.target?.quote.exact, "2.5 percent");
    assert.equal(all[3]?.target, undefined);
    const list = await cli(["annotate", "seeds/a.txt", "--list"], dir);
    assert.match(list.out, /^2:21-32 {2}\S+ {2}Note: check the IMF$/m);
    assert.match(list.out, /^document {2}\S+ {2}Document date 2025-12-28$/m);
    const removed = await cli(["annotate", "seeds/a.txt", "--remove", all[0]!.id], dir);
    assert.equal(removed.code, 0);
    assert.equal(annotationsOf("seeds/a.txt.byline.json").length, 4);
  });

  it("refuses bad usage with exit 2 and writes nothing", async () => {
    for (const args of [
      ["annotate", "seeds/a.txt", "--source", "ILO"],
      ["annotate", "seeds/a.txt", "--at", "3:22", "--verdict", "maybe"],
      ["annotate", "seeds/a.txt", "--at", "3:22", "--note", "x", "--source", "y"],
      ["annotate", "seeds/a.txt", "--at", "x:y", "--note", "x"],
      ["annotate", "seeds/a.txt", "--at", "3:22", "--note", "x", "--url", "https://x"],
      ["annotate", "seeds/a.txt", "--at", "3:30-3:22", "--note", "x"],
      ["annotate", "seeds/a.txt", "--document-date", "28/12/2025"],
      ["annotate", "seeds/a.txt", "--at", "99:1", "--note", "x"],
      ["annotate", "seeds/missing.txt", "--at", "1:1", "--note", "x"],
    ]) {
      const r = await cli(args, dir);
      assert.equal(r.code, 2, args.join(" "));
      assert.ok(r.err.length > 0);
    }
    assert.equal(fs.existsSync(path.join(dir, "seeds", "a.txt.byline.json")), false);
  });

  it("never overwrites a malformed annotations file; check says where it is wrong and still analyses", async () => {
    const bad = '{\n  "version": 1,\n  "annotations": [\n    { "id": "x", "kind": "note", "text": 5 }\n  ]\n}\n';
    fs.writeFileSync(path.join(dir, "seeds", "a.txt.byline.json"), bad);
    const add = await cli(["annotate", "seeds/a.txt", "--at", "3:22-32", "--note", "x"], dir);
    assert.equal(add.code, 2);
    assert.match(add.err, /seeds\/a\.txt\.byline\.json:4:\d+: annotations\[0\]\.text: /);
    assert.equal(read("seeds/a.txt.byline.json"), bad, "untouched");
    const check = await cli(["check", "--format", "json", "seeds"], dir);
    assert.equal(check.code, 2);
    assert.match(check.err, /a\.txt\.byline\.json:4:\d+: annotations\[0\]\.text/);
    assert.equal(JSON.parse(check.out).files.length, 2, "both articles still analysed");
    assert.equal(read("seeds/a.txt.byline.json"), bad);
  });

  it("never rewrites an annotations file that is not UTF-8 (its accents would be lost for good)", async () => {
    const good = '{\n  "version": 1,\n  "annotations": []\n}\n'.replace("[]", '[{ "id": "n1", "kind": "note", "text": "vérifié café", "created": "2025-01-01T00:00:00Z", "target": { "quote": { "exact": "2.5 percent" } } }]');
    const latin1 = Buffer.from(good, "latin1");
    const file = path.join(dir, "seeds", "a.txt.byline.json");
    fs.writeFileSync(file, latin1);
    const add = await cli(["annotate", "seeds/a.txt", "--at", "3:22-32", "--note", "x"], dir);
    assert.equal(add.code, 2);
    assert.match(add.err, /not UTF-8/);
    assert.deepEqual(fs.readFileSync(file), latin1, "untouched");
    const check = await cli(["check", "seeds/a.txt"], dir);
    assert.equal(check.code, 2);
    assert.match(check.err, /a\.txt\.byline\.json:1:1: not UTF-8/);
  });

  it("refuses a line or column 0, and a document date or source date that is no real day", async () => {
    for (const at of ["0:1", "3:0", "3:22-0:5"]) {
      const r = await cli(["annotate", "seeds/a.txt", "--at", at, "--note", "x"], dir);
      assert.equal(r.code, 2, at);
      assert.match(r.err, /count from 1/, at);
    }
    for (const args of [["--document-date", "2025-02-30"], ["--at", "3:22-32", "--source", "ILO", "--source-date", "2025-99-99"]]) {
      const r = await cli(["annotate", "seeds/a.txt", ...args], dir);
      assert.equal(r.code, 2, args.join(" "));
    }
    assert.ok(!fs.existsSync(path.join(dir, "seeds", "a.txt.byline.json")));
  });

  it("says a rule id of the config that names no rule, and keeps the other rules' levels", async () => {
    fs.writeFileSync(path.join(dir, ".byline.json"), JSON.stringify({ rules: { "unsourced-figures": "off", "unsourced-figure": "fatal", "date-inconsistency": "hint" } }));
    const r = await cli(["check", "seeds/b.md"], dir);
    assert.match(r.err, /no rule 'unsourced-figures'/);
    assert.match(r.err, /rules\.unsourced-figure: /);
    assert.doesNotMatch(r.out, /error date-inconsistency/, "date-inconsistency is a hint as configured");
  });

  it("will not write a report over an article read or an annotations file", async () => {
    const before = read("seeds/a.txt");
    for (const out of ["seeds/a.txt", "./seeds/../seeds/a.txt", "seeds/a.txt.byline.json", "x.byline.json"]) {
      const r = await cli(["check", "seeds", "-o", out], dir);
      assert.equal(r.code, 2, out);
      assert.match(r.err, /will not write the report to/, out);
      const e = await cli(["export", "--format", "webannotation", "seeds/a.txt", "-o", out], dir);
      assert.equal(e.code, 2, out);
    }
    assert.equal(read("seeds/a.txt"), before);
    assert.ok(!fs.existsSync(path.join(dir, "seeds", "a.txt.byline.json")));
    assert.equal((await cli(["check", "seeds", "-o", "report.txt"], dir)).code, 1);
  });

  it("JSON and SARIF reports say what they could not analyse, and annotations whose text is gone", async () => {
    fs.writeFileSync(path.join(dir, "seeds", "c.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    assert.equal((await cli(["annotate", "seeds/a.txt", "--at", "3:1-3:33", "--note", "ask the ILO"], dir)).code, 0);
    fs.writeFileSync(path.join(dir, "seeds", "a.txt"), ARTICLE.replace("Unemployment reached 14 percent.\n", ""));
    const json = JSON.parse((await cli(["check", "--format", "json", "seeds"], dir)).out);
    assert.deepEqual(json.problems.map((p: { path: string }) => p.path), ["seeds/c.txt"]);
    const a = json.files.find((f: { path: string }) => f.path === "seeds/a.txt");
    assert.deepEqual(a.orphanedAnnotations.map((o: { text: string }) => o.text), ["Unemployment reached 14 percent."]);
    const sarif = JSON.parse((await cli(["check", "--format", "sarif", "seeds"], dir)).out);
    assert.equal(sarif.runs[0].invocations[0].executionSuccessful, false);
  });

  it("check lists annotations whose text is gone", async () => {
    assert.equal((await cli(["annotate", "seeds/a.txt", "--at", "3:1-3:33", "--note", "ask the ILO"], dir)).code, 0);
    fs.writeFileSync(path.join(dir, "seeds", "a.txt"), ARTICLE.replace("Unemployment reached 14 percent.\n", ""));
    const r = await cli(["check", "seeds/a.txt"], dir);
    assert.match(r.out, /^seeds\/a\.txt: orphaned annotation \S+ \(Note: ask the ILO\): "Unemployment reached 14 percent\." is no longer in the text$/m);
    assert.equal(annotationsOf("seeds/a.txt.byline.json").length, 1, "kept in the file");
  });

  it("check applies a suppression from the annotations file", async () => {
    assert.equal((await cli(["check", "seeds"], dir)).code, 1);
    assert.equal((await cli(["annotate", "seeds/b.md", "--at", "3:7", "--suppress", "front-matter"], dir)).code, 0);
    const r = await cli(["check", "seeds"], dir);
    assert.equal(r.code, 0, r.out);
    assert.doesNotMatch(r.out, /front-matter/);
  });

  it("exports a Web Annotation collection and imports it back into fresh files (round trip)", async () => {
    await cli(["annotate", "seeds/a.txt", "--at", "3:22-32", "--source", "ILO", "--source-date", "2025-10"], dir);
    await cli(["annotate", "seeds/a.txt", "--document-date", "2025-12-28"], dir);
    await cli(["annotate", "seeds/b.md", "--at", "5:1-5", "--note", "short"], dir);
    const before = { a: read("seeds/a.txt.byline.json"), b: read("seeds/b.md.byline.json") };
    fs.mkdirSync(path.join(dir, "out"));
    const ex = await cli(["export", "--format", "webannotation", "-o", "out/all.jsonld", "seeds"], dir);
    assert.equal(ex.code, 0, ex.err);
    const json = JSON.parse(read("out/all.jsonld"));
    assert.equal(json["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert.equal(json.first.items[0].target.source, "../seeds/a.txt", "relative to the output's folder");
    assert.ok(json.first.items.some((i: { motivation: string }) => i.motivation === "assessing"), "the front-matter finding");
    fs.rmSync(path.join(dir, "seeds", "a.txt.byline.json"));
    fs.rmSync(path.join(dir, "seeds", "b.md.byline.json"));
    const im = await cli(["import", "out/all.jsonld"], dir);
    assert.equal(im.code, 0, im.err);
    assert.match(im.out, /3 added, 0 updated, 0 unchanged; 1 Byline finding skipped/);
    assert.equal(read("seeds/a.txt.byline.json"), before.a);
    assert.equal(read("seeds/b.md.byline.json"), before.b);
    const again = await cli(["import", "out/all.jsonld"], dir);
    assert.match(again.out, /0 added, 0 updated, 3 unchanged/);
    // A target outside the working folder and the collection's is not written beside.
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), "byline-outside-"));
    fs.writeFileSync(path.join(outside, "x.txt"), ARTICLE);
    const evil = JSON.parse(read("out/all.jsonld"));
    for (const i of evil.first.items) i.target.source = path.relative(path.join(dir, "out"), path.join(outside, "x.txt")).split(path.sep).join("/");
    fs.writeFileSync(path.join(dir, "out", "evil.jsonld"), JSON.stringify(evil));
    const bad = await cli(["import", "out/evil.jsonld"], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /outside the working folder/);
    assert.ok(!fs.existsSync(path.join(outside, "x.txt.byline.json")));
    fs.rmSync(outside, { recursive: true, force: true });
    // An annotation edited here after the export is not overwritten by the older exported one.
    const local = JSON.parse(read("seeds/b.md.byline.json"));
    local.annotations[0].text = "edited since";
    local.annotations[0].modified = "2999-01-01T00:00:00.000Z";
    fs.writeFileSync(path.join(dir, "seeds", "b.md.byline.json"), JSON.stringify(local, null, 2) + "\n");
    const third = await cli(["import", "out/all.jsonld"], dir);
    assert.match(third.out, /0 added, 0 updated, 2 unchanged, 1 kept \(edited here since\)/);
    assert.equal(annotationsOf("seeds/b.md.byline.json")[0]?.kind === "note" && (annotationsOf("seeds/b.md.byline.json")[0] as { text: string }).text, "edited since");
  });

  it("export to standard output uses paths from the working folder; import reports bad input", async () => {
    await cli(["annotate", "seeds/a.txt", "--at", "3:22-32", "--note", "n"], dir);
    const ex = await cli(["export", "--format", "webannotation", "seeds/a.txt"], dir);
    assert.equal(JSON.parse(ex.out).first.items[0].target.source, "seeds/a.txt");
    assert.equal((await cli(["export", "--format", "csv", "seeds"], dir)).code, 2);
    fs.writeFileSync(path.join(dir, "broken.jsonld"), '{"type": "AnnotationCollection",');
    const broken = await cli(["import", "broken.jsonld"], dir);
    assert.equal(broken.code, 2);
    assert.match(broken.err, /broken\.jsonld:1:\d+: not valid JSON/);
    fs.writeFileSync(path.join(dir, "elsewhere.jsonld"), JSON.stringify({ type: "Annotation", motivation: "commenting", body: "x", target: { source: "nowhere.txt", selector: { type: "TextQuoteSelector", exact: "x" } } }));
    const missing = await cli(["import", "elsewhere.jsonld"], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nowhere\.txt: no such article/);
  });
});
