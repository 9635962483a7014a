import { strict as assert } from "node:assert";
import { analyze } from "../../../src/core/analyze";
import { annotationFix, createAnnotation, type AnnotationDraft } from "../../../src/core/annotations";
import type { Finding } from "../../../src/core/model/finding";
import { recordingFixes, selectionSpan } from "../../../src/extension/annotations/fixes";

const T0 = "2026-01-01T10:00:00Z";

function finding(ruleId: string, fixes: Finding["fixes"], span = { start: 10, end: 20 }): Finding {
  return { ruleId, code: ruleId, severity: "warning", message: "m", span, fixes, related: [] } as unknown as Finding;
}

describe("annotations: quick fixes that record", () => {
  it("offers the rule's attributions as source annotations, a source to name, common knowledge and Disable here", () => {
    const f = finding("unsourced-figure", [
      { title: "Attribute to Ann Lee", kind: "edit", edits: [{ span: { start: 30, end: 30 }, newText: ", according to Ann Lee" }], data: { source: "Ann Lee" } },
      { title: "Attribute to Ann Lee", kind: "edit", edits: [], data: { source: "Ann Lee" } },
      { title: "Mark as common knowledge", kind: "annotation", data: { kind: "suppress", ruleId: "unsourced-figure", text: "12", span: { start: 10, end: 20 } } },
    ]);
    const fixes = recordingFixes(f);
    assert.deepEqual(fixes.map((x) => x.title), ["Attribute to Ann Lee", "Attribute to a source…", "Mark as common knowledge", "Disable unsourced-figure here"]);
    assert.deepEqual(fixes[0]!.draft, { kind: "source", source: "Ann Lee" });
    assert.equal(fixes[1]!.draft, undefined);
    assert.equal(fixes[1]!.prompt, "source");
    assert.deepEqual(fixes[2]!.draft, { kind: "suppress", ruleId: "unsourced-figure", reason: "common knowledge" });
    assert.deepEqual(fixes[3]!.draft, { kind: "suppress", ruleId: "unsourced-figure", reason: "disabled here" });
    for (const x of fixes) assert.deepEqual(x.span, f.span);
  });

  it("reads the attribution fixes a finding gives as data (fixesOf), as the analysis gives them", () => {
    const text = "The mayor, Ana Ruiz, said the plan was fine. The bridge cost £4 million, far over budget.";
    const f = analyze(text).findings.find((x) => x.ruleId === "unsourced-figure")!;
    assert.ok(f.attribution, "the analysis gives the attribution as data");
    const titles = recordingFixes(f).map((x) => x.title);
    // ("Mark as common knowledge" is the rule's own recording fix: not repeated here.)
    assert.deepEqual(titles, ["Attribute to Ana Ruiz", "Attribute to a source…", "Disable unsourced-figure here"]);
    assert.deepEqual(recordingFixes(f)[0]!.draft, { kind: "source", source: "Ana Ruiz" });
  });

  it("does not repeat what the rule already records with annotationFix()", () => {
    const f = finding("unsourced-figure", [
      annotationFix("Mark as common knowledge", { kind: "suppress", ruleId: "unsourced-figure", reason: "common knowledge" }),
      annotationFix("Source it", { kind: "suppress", ruleId: "unsourced-figure", reason: "disabled here" }),
    ]);
    const titles = recordingFixes(f).map((x) => x.title);
    assert.ok(!titles.includes("Mark as common knowledge"));
    assert.ok(!titles.includes("Disable unsourced-figure here"), "same draft as the rule's own fix");
    assert.ok(titles.includes("Attribute to a source…"));
  });

  it("offers only Disable here for rules a source does not answer", () => {
    const fixes = recordingFixes(finding("date-inconsistency", [{ title: "Change to 2026", kind: "edit", edits: [] }]));
    assert.deepEqual(fixes.map((x) => x.title), ["Disable date-inconsistency here"]);
  });

  it("each draft, written on the finding's span, answers the finding in the next analysis", () => {
    const text = "The agency said exports rose.\nImports fell by 12 percent last year.\n";
    const before = analyze(text).findings.filter((f) => f.ruleId === "unsourced-figure");
    assert.equal(before.length, 1);
    for (const fix of recordingFixes(before[0]!)) {
      const draft: AnnotationDraft = fix.draft ?? { kind: "source", source: "Statistics office" };
      const a = createAnnotation(draft, text, fix.span, T0);
      const after = analyze(text, { annotations: [a] });
      assert.equal(after.findings.filter((f) => f.ruleId === "unsourced-figure").length, 0, fix.title);
      assert.equal(after.annotations.anchored.length, 1);
    }
  });
});

describe("annotations: the span a selection command annotates", () => {
  const text = "Prices rose by 12.5% in  March.";
  it("trims white space off a selection", () => {
    const s = selectionSpan(text, 14, 21);
    assert.equal(text.slice(s!.start, s!.end), "12.5%");
  });
  it("takes the word (or figure) at the cursor when nothing is selected", () => {
    const s = selectionSpan(text, text.indexOf("12") + 1, text.indexOf("12") + 1);
    assert.equal(text.slice(s!.start, s!.end), "12.5%");
  });
  it("gives nothing for white space", () => {
    assert.equal(selectionSpan(text, 23, 25), undefined);
    assert.equal(selectionSpan(text, 24, 24), undefined);
  });
});
