import { strict as assert } from "node:assert";
import {
  addAnnotation,
  canReplace,
  createAnnotation,
  emptyAnnotationsFile,
  formatProblem,
  mergeAnnotations,
  parseAnnotationsText,
  removeAnnotation,
  resolveConflicts,
  retargetAnnotation,
  serializeAnnotations,
  updateAnnotation,
  type AnnotationsFile,
} from "../../../src/core/annotations";

const TEXT = "Kyiv, 28 December 2025\nUnemployment reached 14 percent in the east.\nExports fell by a third.\n";
const T0 = "2026-01-01T10:00:00Z";
const T1 = "2026-01-02T10:00:00Z";
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });

function sample(): AnnotationsFile {
  let f = emptyAnnotationsFile();
  f = addAnnotation(f, createAnnotation({ kind: "source", source: "ILO", url: "https://ilo.org/x", date: "2025-10" }, TEXT, at("14 percent"), T0, "s1"));
  f = addAnnotation(f, createAnnotation({ kind: "note", text: "ask the ministry" }, TEXT, at("a third"), T0, "n1"));
  f = addAnnotation(f, createAnnotation({ kind: "verdict", verdict: "disputed", text: "other data say 12%" }, TEXT, at("14 percent"), T0, "v1"));
  f = addAnnotation(f, createAnnotation({ kind: "suppress", ruleId: "unsourced-figure", reason: "common knowledge" }, TEXT, at("a third"), T0, "x1"));
  f = addAnnotation(f, createAnnotation({ kind: "actor", notAnActor: true }, TEXT, at("Kyiv"), T0, "a1"));
  f = addAnnotation(f, createAnnotation({ kind: "document-date", date: "2025-12-28" }, TEXT, undefined, T0, "d1"));
  return f;
}

describe("annotations: the file", () => {
  it("serialises every kind and parses it back unchanged", () => {
    const f = sample();
    const text = serializeAnnotations(f);
    const back = parseAnnotationsText(text);
    assert.ok(back.ok, JSON.stringify(!back.ok && back.problems));
    assert.deepEqual(back.file, f);
    assert.equal(serializeAnnotations(back.file), text, "stable text: no churn in git");
    assert.match(text, /^\{\n  "version": 1,\n  "annotations": \[/);
    assert.ok(text.endsWith("}\n"));
  });

  it("treats an empty file as no annotations, and keeps offsets after a BOM", () => {
    assert.deepEqual(parseAnnotationsText(""), { ok: true, file: emptyAnnotationsFile(), problems: [] });
    const r = parseAnnotationsText('\ufeff{"version": 2, "annotations": []}');
    assert.ok(!r.ok);
    assert.equal(r.problems[0]?.path, "version");
    assert.equal(r.problems[0]?.column, 13);
  });

  it("reports a JSON syntax error with line and column, without throwing", () => {
    const r = parseAnnotationsText('{\n  "version": 1,\n  "annotations": [\n    {"id": "a",}\n  ]\n}\n');
    assert.ok(!r.ok);
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0]?.line, 4);
    assert.match(r.problems[0]!.message, /not valid JSON/);
  });

  it("reports schema problems on the line of the field, with its path", () => {
    const f = JSON.parse(serializeAnnotations(sample())) as { annotations: Record<string, unknown>[] };
    f.annotations[1]!.text = 42;
    f.annotations[2]!.verdict = "true";
    f.annotations[3]!.colour = "red";
    delete f.annotations[0]!.created;
    const text = JSON.stringify(f, null, 2);
    const r = parseAnnotationsText(text);
    assert.ok(!r.ok);
    const byPath = new Map(r.problems.map((p) => [p.path, p] as const));
    const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;
    assert.equal(byPath.get("annotations[1].text")?.line, lineOf('"text": 42'));
    assert.equal(byPath.get("annotations[2].verdict")?.line, lineOf('"verdict": "true"'));
    assert.equal(byPath.get("annotations[3].colour")?.line, lineOf('"colour"'));
    assert.match(byPath.get("annotations[3].colour")!.message, /unknown field 'colour'/);
    assert.match(byPath.get("annotations[0].created")!.message, /missing field 'created'/);
    assert.match(formatProblem("a.txt.byline.json", byPath.get("annotations[1].text")!), /^a\.txt\.byline\.json:\d+:\d+: annotations\[1\]\.text: /);
  });

  it("rejects duplicate ids and unknown kinds", () => {
    const f = sample();
    const dup = serializeAnnotations({ ...f, annotations: [...f.annotations, f.annotations[0]!] });
    const r = parseAnnotationsText(dup);
    assert.ok(!r.ok);
    assert.match(r.problems[0]!.message, /duplicate id 's1'/);
    const bad = parseAnnotationsText('{"version":1,"annotations":[{"id":"x","kind":"highlight"}]}');
    assert.ok(!bad.ok);
    assert.equal(bad.problems[0]?.path, "annotations[0].kind");
  });

  it("refuses to replace a malformed file, and allows a missing or valid one", () => {
    assert.deepEqual(canReplace(undefined), { ok: true });
    assert.deepEqual(canReplace(serializeAnnotations(sample())), { ok: true });
    assert.equal(canReplace('{"version": 1, "annotations": [').ok, false);
  });

  it("creates, updates, retargets and removes without touching the others", () => {
    const f = sample();
    const u = updateAnnotation(f, "n1", { text: "asked; no answer" }, T1);
    const n1 = u.annotations.find((a) => a.id === "n1");
    assert.equal(n1?.kind === "note" && n1.text, "asked; no answer");
    assert.equal(n1?.modified, T1);
    assert.equal(n1?.created, T0);
    assert.deepEqual(u.annotations.filter((a) => a.id !== "n1"), f.annotations.filter((a) => a.id !== "n1"));
    const dropUrl = updateAnnotation(f, "s1", { url: undefined }, T1);
    assert.equal(dropUrl.annotations[0]?.kind === "source" && dropUrl.annotations[0].url, undefined);
    const moved = retargetAnnotation(f, "n1", TEXT, at("Exports"), T1);
    assert.equal(moved.annotations.find((a) => a.id === "n1")?.target?.quote.exact, "Exports");
    assert.deepEqual(removeAnnotation(f, "v1").annotations.map((a) => a.id), ["s1", "n1", "x1", "a1", "d1"]);
    assert.throws(() => createAnnotation({ kind: "note", text: "x" }, TEXT, undefined, T0), /needs a span/);
    assert.throws(() => createAnnotation({ kind: "actor" }, TEXT, at("Kyiv"), T0), /alias or notAnActor/);
    assert.throws(() => createAnnotation({ kind: "source", source: "x", url: "javascript:alert(1)" }, TEXT, at("Kyiv"), T0), /web address/);
  });
});

describe("annotations: merging a change on disk with unsaved edits", () => {
  const base = sample();

  it("takes changes from each side when they touch different annotations", () => {
    const mine = updateAnnotation(addAnnotation(base, createAnnotation({ kind: "note", text: "mine" }, TEXT, at("Kyiv"), T1, "m1")), "n1", { text: "edited here" }, T1);
    const theirs = removeAnnotation(updateAnnotation(base, "s1", { source: "ILO (edited on disk)" }, T1), "x1");
    const r = mergeAnnotations(base, mine, theirs);
    assert.deepEqual(r.conflicts, []);
    const get = (id: string) => r.merged.annotations.find((a) => a.id === id);
    assert.equal(get("s1")?.kind === "source" && get("s1")!.kind === "source" ? (get("s1") as { source: string }).source : "", "ILO (edited on disk)");
    assert.equal((get("n1") as { text: string }).text, "edited here");
    assert.ok(get("m1"), "my new annotation is kept");
    assert.equal(get("x1"), undefined, "deleted on disk, unchanged here: deleted");
  });

  it("lists conflicts when both sides changed the same annotation, losing neither", () => {
    const mine = updateAnnotation(base, "n1", { text: "mine" }, T1);
    const theirs = updateAnnotation(base, "n1", { text: "theirs" }, T1);
    const r = mergeAnnotations(base, mine, theirs);
    assert.equal(r.conflicts.length, 1);
    const c = r.conflicts[0]!;
    assert.equal(c.kind, "both-modified");
    assert.equal((c.mine as { text: string }).text, "mine");
    assert.equal((c.theirs as { text: string }).text, "theirs");
    assert.equal((resolveConflicts(r, {}).annotations.find((a) => a.id === "n1") as { text: string }).text, "mine");
    assert.equal((resolveConflicts(r, { n1: "theirs" }).annotations.find((a) => a.id === "n1") as { text: string }).text, "theirs");
  });

  it("asks when one side deleted what the other changed", () => {
    const mine = updateAnnotation(base, "n1", { text: "mine" }, T1);
    const theirs = removeAnnotation(base, "n1");
    const r = mergeAnnotations(base, mine, theirs);
    assert.deepEqual(r.conflicts.map((c) => c.kind), ["deleted-on-disk"]);
    assert.ok(r.merged.annotations.some((a) => a.id === "n1"), "kept until the user decides");
    assert.equal(resolveConflicts(r, { n1: "theirs" }).annotations.some((a) => a.id === "n1"), false);
    const r2 = mergeAnnotations(base, removeAnnotation(base, "n1"), updateAnnotation(base, "n1", { text: "theirs" }, T1));
    assert.deepEqual(r2.conflicts.map((c) => c.kind), ["deleted-here"]);
    assert.equal(resolveConflicts(r2, {}).annotations.some((a) => a.id === "n1"), false, "mine (deleted) by default");
  });

  it("does not count a target that moved with the text as a conflict", () => {
    const text2 = "New first line.\n" + TEXT;
    const mine = retargetAnnotation(base, "s1", text2, { start: at("14 percent").start + 16, end: at("14 percent").end + 16 }, T0);
    const theirs = updateAnnotation(base, "s1", { source: "ILO, October" }, T1);
    const r = mergeAnnotations(base, { ...mine, annotations: mine.annotations.map((a) => (a.id === "s1" ? { ...a, modified: T0 } : a)) }, theirs);
    assert.deepEqual(r.conflicts, []);
    const s1 = r.merged.annotations.find((a) => a.id === "s1")!;
    assert.equal((s1 as { source: string }).source, "ILO, October");
    assert.equal(s1.target?.position.start, at("14 percent").start + 16, "the in-memory target, which follows the open text");
  });
});
