import { strict as assert } from "node:assert";
import { analyze } from "../../../src/core/analyze";
import type { Finding, TextEdit } from "../../../src/core/model/finding";
import { documentDateEdit, fixAllEdits, unambiguousEditFix } from "../../../src/extension/edits";

function apply(text: string, e: TextEdit): string {
  return text.slice(0, e.span.start) + e.newText + text.slice(e.span.end);
}

describe("extension/edits", () => {
  it("replaces an existing front matter date", () => {
    const text = "---\ntitle: A\ndate: 2025-02-30\n---\nBody.\n";
    assert.equal(apply(text, documentDateEdit(analyze(text), "2025-02-28")), "---\ntitle: A\ndate: 2025-02-28\n---\nBody.\n");
  });

  it("adds a date to front matter that has none", () => {
    const text = "---\ntitle: A\n---\nBody.\n";
    assert.equal(apply(text, documentDateEdit(analyze(text), "2025-12-28")), "---\ndate: 2025-12-28\ntitle: A\n---\nBody.\n");
  });

  it("adds a front matter block at the top, after a BOM, keeping CRLF line ends", () => {
    const text = "\uFEFFHeadline\r\nBody.\r\n";
    assert.equal(apply(text, documentDateEdit(analyze(text), "2025-12-28")), "\uFEFF---\r\ndate: 2025-12-28\r\n---\r\nHeadline\r\nBody.\r\n");
  });

  const finding = (start: number, fixes: Finding["fixes"]): Finding => ({
    ruleId: "r",
    code: "r",
    severity: "warning",
    message: "m",
    span: { start, end: start + 2 },
    fixes,
    related: [],
  });
  const edit = (start: number, newText: string, isPreferred?: boolean) => ({
    title: `Change to ${newText}`,
    kind: "edit" as const,
    edits: [{ span: { start, end: start + 2 }, newText }],
    ...(isPreferred ? { isPreferred } : {}),
  });

  it("picks the one edit fix, or the one preferred among several", () => {
    assert.equal(unambiguousEditFix(finding(0, [edit(0, "a")]))?.[0]?.newText, "a");
    assert.equal(unambiguousEditFix(finding(0, [edit(0, "a"), edit(0, "b", true)]))?.[0]?.newText, "b");
    assert.equal(unambiguousEditFix(finding(0, [edit(0, "a"), edit(0, "b")])), undefined);
    assert.equal(unambiguousEditFix(finding(0, [{ title: "Note", kind: "annotation" }])), undefined);
  });

  it("fixes all of a rule only when every fix is unambiguous and none overlap", () => {
    assert.deepEqual(
      fixAllEdits([finding(10, [edit(10, "b")]), finding(0, [edit(0, "a")])], "r")?.map((e) => e.newText),
      ["a", "b"],
    );
    assert.equal(fixAllEdits([finding(0, [edit(0, "a")])], "r"), undefined, "one finding: the quick fix itself does it");
    assert.equal(fixAllEdits([finding(0, [edit(0, "a")]), finding(5, [])], "r"), undefined);
    assert.equal(fixAllEdits([finding(0, [edit(0, "a")]), finding(1, [edit(1, "b")])], "r"), undefined);
  });

  it("takes an unsourced figure's only attribution, made on demand (fixesOf), as its one edit fix", () => {
    const text = "The mayor, Ana Ruiz, said the plan was fine. The bridge cost £4 million, far over budget.";
    const f = analyze(text).findings.find((x) => x.ruleId === "unsourced-figure")!;
    const edits = unambiguousEditFix(f)!;
    assert.equal(edits.length, 1);
    assert.equal(apply(text, edits[0]!), "The mayor, Ana Ruiz, said the plan was fine. The bridge cost £4 million, according to Ana Ruiz, far over budget.");
  });
});
