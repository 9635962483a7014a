import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { run } from "../../../src/cli/main";
import { analyze } from "../../../src/core/analyze";
import { reportSchema, toReport, toReportFile, type Report } from "../../../src/core/export/report";
import { LineIndex } from "../../../src/core/model/span";

const ROOT = path.join(__dirname, "..", "..", "..");

async function jsonReport(args: string[]): Promise<{ code: number; report: unknown; err: string }> {
  let out = "";
  let err = "";
  const code = await run(["check", "--format", "json", ...args], { out: (s) => (out += s + "\n"), err: (s) => (err += s + "\n"), cwd: ROOT });
  return { code, report: JSON.parse(out), err };
}

/** A minimal report that follows the contract, to break one field at a time. */
function sample(): Record<string, any> {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } };
  return {
    version: 1,
    files: [
      {
        path: "dev/a.txt",
        documentDate: { from: "2025-12-28", to: "2025-12-28", basis: ["dateline"] },
        findings: [{ rule: "unsourced-figure", severity: "warning", message: "m", text: "1,200", range, fixes: [{ title: "t", replacement: "r" }] }],
        actors: [{ id: "zelensky", name: "Volodymyr Zelensky", kind: "person", mentions: [range] }],
        quotes: [{ text: "We would like", range, speaker: "zelensky" }],
        dates: [{ text: "Dec 28", range, value: "2025-12-28" }],
      },
    ],
  };
}

describe("JSON report contract", () => {
  it("the CLI's report on the bundled seeds follows the contract", async () => {
    const { report, err } = await jsonReport(["seeds"]);
    const parsed: Report = reportSchema.parse(report);
    assert.equal(err, "");
    const seeds = fs.readdirSync(path.join(ROOT, "seeds")).filter((f) => /\.(txt|md)$/.test(f) && f !== "README.md");
    assert.deepEqual(parsed.files.map((f) => f.path).sort(), seeds.map((f) => `seeds/${f}`).sort());
  });

  it("every range points at the text it claims, in the file as read", async () => {
    const { report } = await jsonReport(["seeds"]);
    for (const f of reportSchema.parse(report).files) {
      // As an editor holds it: without a byte order mark.
      const text = fs.readFileSync(path.join(ROOT, f.path), "utf8").replace(/^\ufeff/, "");
      const lines = new LineIndex(text);
      const at = (r: { start: { line: number; character: number }; end: { line: number; character: number } }): string =>
        text.slice(lines.offsetAt(r.start), lines.offsetAt(r.end));
      for (const x of f.findings) assert.equal(at(x.range), x.text, `${f.path}: finding ${x.rule}`);
      for (const q of f.quotes) assert.ok(at(q.range).includes(q.text), `${f.path}: quote ${q.text}`);
      for (const d of f.dates) assert.equal(at(d.range), d.text, `${f.path}: date ${d.text}`);
      for (const a of f.actors) for (const m of a.mentions) assert.ok(at(m).length > 0, `${f.path}: mention of ${a.name}`);
    }
  });

  it("counts characters on the first line after a byte order mark, as editors do", () => {
    const text = "\ufeff---\ndate: 2025-02-30\n---\nBody.";
    const a = analyze(text);
    const finding = {
      ruleId: "r",
      code: "c",
      severity: "hint" as const,
      message: "m",
      span: { start: 1, end: 4 },
      fixes: [],
      related: [],
    };
    const f = reportSchema.parse(toReport([toReportFile("x.txt", { ...a, findings: [finding, ...a.findings] })])).files[0]!;
    assert.deepEqual(f.findings[0]!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
    assert.equal(f.findings[0]!.text, "---");
    assert.deepEqual(f.findings[1]!.range.start, { line: 1, character: 6 }, "later lines are not shifted");
  });

  it("keeps the arrays present even when nothing was found", () => {
    const file = toReportFile("x.txt", analyze(""));
    const parsed = reportSchema.parse(toReport([file]));
    const f = parsed.files[0]!;
    assert.deepEqual([f.findings, f.actors, f.quotes, f.dates], [[], [], [], []]);
    assert.equal(f.documentDate, null);
  });

  it("gives the document date as from/to/basis when known", () => {
    const f = toReportFile("x.txt", analyze("Body.", { referenceDate: "2025-12-28" }));
    const parsed = reportSchema.parse(toReport([f])).files[0]!;
    assert.deepEqual({ from: parsed.documentDate?.from, to: parsed.documentDate?.to }, { from: "2025-12-28", to: "2025-12-28" });
    assert.ok(parsed.documentDate!.basis.length > 0);
  });

  it("gives a fix's replacement text", () => {
    const a = analyze("Body.");
    const withFix = {
      ...a,
      findings: [
        {
          ruleId: "r",
          code: "c",
          severity: "hint" as const,
          message: "m",
          span: { start: 0, end: 4 },
          fixes: [{ title: "Replace", kind: "edit" as const, edits: [{ span: { start: 0, end: 4 }, newText: "Text" }] }],
          related: [],
        },
      ],
    };
    const f = reportSchema.parse(toReport([toReportFile("x.txt", withFix)])).files[0]!;
    assert.deepEqual(f.findings[0]!.fixes[0], { title: "Replace", replacement: "Text", kind: "edit" });
    assert.equal(f.findings[0]!.text, "Body");
  });

  it("accepts a complete report with extra fields", () => {
    const r = sample();
    r.files[0].extra = { anything: true };
    r.files[0].findings[0].code = "no-source";
    assert.ok(reportSchema.safeParse(r).success);
    r.files[0].documentDate = null;
    assert.ok(reportSchema.safeParse(r).success);
  });

  const broken: [string, (r: Record<string, any>) => void][] = [
    ["a wrong version", (r) => (r.version = 2)],
    ["a missing files array", (r) => delete r.files],
    ["a file without path", (r) => delete r.files[0].path],
    ["a file without documentDate", (r) => delete r.files[0].documentDate],
    ["a document date that is not YYYY-MM-DD", (r) => (r.files[0].documentDate.from = "28/12/2025")],
    ["a document date window that ends before it starts", (r) => (r.files[0].documentDate.from = "2026-01-01")],
    ["a document date without basis", (r) => delete r.files[0].documentDate.basis],
    ["a missing actors array", (r) => delete r.files[0].actors],
    ["a missing quotes array", (r) => delete r.files[0].quotes],
    ["a missing dates array", (r) => delete r.files[0].dates],
    ["a finding without rule", (r) => delete r.files[0].findings[0].rule],
    ["an unknown severity", (r) => (r.files[0].findings[0].severity = "info")],
    ["a finding without text", (r) => delete r.files[0].findings[0].text],
    ["a finding without fixes", (r) => delete r.files[0].findings[0].fixes],
    ["a fix without replacement", (r) => delete r.files[0].findings[0].fixes[0].replacement],
    ["a 1-based negative line", (r) => (r.files[0].findings[0].range.start.line = -1)],
    ["a fractional character", (r) => (r.files[0].findings[0].range.end.character = 1.5)],
    ["a range that ends before it starts", (r) => (r.files[0].findings[0].range = { start: { line: 2, character: 0 }, end: { line: 1, character: 0 } })],
    ["an unknown actor kind", (r) => (r.files[0].actors[0].kind = "people")],
    ["an actor without mentions", (r) => delete r.files[0].actors[0].mentions],
    ["a quote with an undefined speaker", (r) => delete r.files[0].quotes[0].speaker],
    ["a quote whose speaker is no actor", (r) => (r.files[0].quotes[0].speaker = "nobody")],
    ["a date without value", (r) => delete r.files[0].dates[0].value],
  ];
  for (const [what, breakIt] of broken) {
    it(`rejects ${what}`, () => {
      const r = sample();
      breakIt(r);
      assert.equal(reportSchema.safeParse(r).success, false);
    });
  }
});
