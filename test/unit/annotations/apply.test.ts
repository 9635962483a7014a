import { strict as assert } from "node:assert";
import { analyze } from "../../../src/core/analyze";
import { anchorAll, annotationFix, annotationFromFix, applyToActors, applyToFindings, createAnnotation, type Annotation } from "../../../src/core/annotations";
import type { Actor } from "../../../src/core/model/actor";
import type { Finding } from "../../../src/core/model/finding";
import type { Quote } from "../../../src/core/model/quote";

const T0 = "2026-01-01T10:00:00Z";

function finding(ruleId: string, start: number, end: number): Finding {
  return { ruleId, code: ruleId, severity: "warning", message: ruleId, span: { start, end }, fixes: [], related: [] };
}

describe("annotations: rules respect them", () => {
  const text = "Unemployment reached 14 percent, and exports fell by 20 percent last year.\n";
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const f14 = finding("unsourced-figure", at("14 percent").start, at("14 percent").end);
  const f20 = finding("unsourced-figure", at("20 percent").start, at("20 percent").end);
  const other = finding("date-inconsistency", at("last year").start, at("last year").end);

  it("a source on a figure sources it and records the source", () => {
    const a = createAnnotation({ kind: "source", source: "ILO", url: "https://ilo.org" }, text, at("reached 14 percent"), T0, "s1");
    const { anchored, orphans } = anchorAll(text, [a]);
    const r = applyToFindings([f14, f20, other], anchored, orphans);
    assert.deepEqual(r.findings, [f20, other]);
    assert.deepEqual(r.annotations.sources, [{ span: at("reached 14 percent"), source: "ILO", url: "https://ilo.org", annotationId: "s1" }]);
    assert.deepEqual(r.annotations.suppressed, [{ finding: f14, annotationId: "s1" }]);
  });

  it("a suppression hides only that rule's findings on its span", () => {
    const a = createAnnotation({ kind: "suppress", ruleId: "date-inconsistency" }, text, at("fell by 20 percent last year"), T0, "x1");
    const { anchored, orphans } = anchorAll(text, [a]);
    const r = applyToFindings([f14, f20, other], anchored, orphans);
    assert.deepEqual(r.findings, [f14, f20]);
  });

  it("nothing hidden: the findings are the list given, not a copy", () => {
    const list = [f14, f20, other];
    assert.equal(applyToFindings(list, [], []).findings, list);
    const a = createAnnotation({ kind: "suppress", ruleId: "date-inconsistency" }, text, at("reached 14 percent"), T0, "x1");
    const { anchored, orphans } = anchorAll(text, [a]);
    assert.equal(applyToFindings(list, anchored, orphans).findings, list);
    assert.deepEqual(list, [f14, f20, other]);
  });

  it("a hidden finding after kept ones: the kept ones in order", () => {
    const a = createAnnotation({ kind: "suppress", ruleId: "unsourced-figure" }, text, at("20 percent"), T0, "x1");
    const { anchored, orphans } = anchorAll(text, [a]);
    const list = [f14, f20, other];
    const r = applyToFindings(list, anchored, orphans);
    assert.deepEqual(r.findings, [f14, other]);
    assert.deepEqual(list, [f14, f20, other], "the list given is left alone");
  });

  it("verdicts and notes change no findings; verdicts are listed", () => {
    const anns: Annotation[] = [
      createAnnotation({ kind: "verdict", verdict: "false" }, text, at("14 percent"), T0, "v1"),
      createAnnotation({ kind: "note", text: "n" }, text, at("14 percent"), T0, "n1"),
    ];
    const { anchored, orphans } = anchorAll(text, anns);
    const r = applyToFindings([f14], anchored, orphans);
    assert.deepEqual(r.findings, [f14]);
    assert.deepEqual(r.annotations.verdicts.map((v) => v.verdict), ["false"]);
  });

  it("analyze() applies a suppression to a real rule's finding and reports orphans", () => {
    const doc = "---\ntitle: x\ndate: 2025-02-30\n---\nText.\n";
    const plain = analyze(doc);
    const target = plain.findings.find((f) => f.ruleId === "front-matter");
    assert.ok(target, "the foundation's front-matter rule flags the impossible date");
    const sup = createAnnotation({ kind: "suppress", ruleId: "front-matter" }, doc, target.span, T0, "x1");
    const orphan: Annotation = { ...createAnnotation({ kind: "note", text: "gone" }, "Some paragraph that was removed.", { start: 0, end: 4 }, T0, "n1") };
    const a = analyze(doc, { annotations: [sup, orphan] });
    assert.equal(a.findings.some((f) => f.ruleId === "front-matter"), false);
    assert.equal(a.annotations.suppressed.length, plain.findings.filter((f) => f.ruleId === "front-matter").length);
    assert.deepEqual(a.annotations.orphans.map((o) => [o.annotation.id, o.oldText]), [["n1", "Some"]]);
    assert.deepEqual(analyze(doc).annotations.orphans, [], "no annotations: nothing changes");
  });

  it("a document-date annotation is the reference date unless the caller gave one", () => {
    const d = createAnnotation({ kind: "document-date", date: "2025-12-28" }, text, undefined, T0, "d1");
    assert.equal(analyze(text, { annotations: [d] }).options.referenceDate, "2025-12-28");
    assert.equal(analyze(text, { annotations: [d], referenceDate: "2024-01-01" }).options.referenceDate, "2024-01-01");
  });
});

describe("annotations: the actor list", () => {
  const text = "Paris said it would help. Emmanuel Macron spoke. Macron's office agreed. The Élysée added more.\n";
  const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
  const actor = (id: string, name: string, mentions: string[], claims: number[] = []): Actor => ({
    id,
    name,
    kind: "person",
    mentions: mentions.map((m) => ({ span: at(m), text: m, via: "name" as const })),
    roles: [],
    offices: [],
    claims,
  });
  const model = {
    actors: [actor("paris", "Paris", ["Paris"]), actor("macron", "Emmanuel Macron", ["Emmanuel Macron", "Macron's"], [0]), actor("elysee", "Élysée", ["Élysée"], [1])],
    claims: [
      { actorId: "macron", cue: "spoke", content: at("spoke"), text: "spoke", direct: false, figures: [], dates: [], sentence: 1 },
      { actorId: "elysee", cue: "added", content: at("more"), text: "more", direct: false, figures: [], dates: [], sentence: 3 },
    ],
    frames: [],
    quotes: [{ span: at("more"), text: "more", speakerId: "elysee" } as unknown as Quote],
  };

  it("removes what is not an actor", () => {
    const a = createAnnotation({ kind: "actor", notAnActor: true }, text, at("Paris"), T0, "a1");
    const r = applyToActors(model, anchorAll(text, [a]).anchored);
    assert.deepEqual(r.actors.map((x) => x.id), ["macron", "elysee"]);
  });

  it("merges an alias into the actor it names, with its claims and quotes", () => {
    const a = createAnnotation({ kind: "actor", alias: "Emmanuel Macron" }, text, at("Élysée"), T0, "a2");
    const r = applyToActors(model, anchorAll(text, [a]).anchored);
    assert.deepEqual(r.actors.map((x) => x.id), ["paris", "macron"]);
    const macron = r.actors.find((x) => x.id === "macron")!;
    assert.deepEqual(macron.mentions.map((m) => m.text), ["Emmanuel Macron", "Macron's", "Élysée"]);
    assert.deepEqual(macron.claims, [0, 1]);
    assert.equal(r.claims[1]?.actorId, "macron");
    assert.equal(r.quotes[0]?.speakerId, "macron");
  });

  it("leaves the model alone without actor annotations", () => {
    assert.equal(applyToActors(model, []), model);
  });
});

describe("annotations: quick fixes that record", () => {
  it("round-trips a draft through a Fix, on the finding's span or the fix's own", () => {
    const f = finding("unsourced-figure", 5, 15);
    const fix = annotationFix("Attribute to the ILO", { kind: "source", source: "ILO" });
    assert.equal(fix.kind, "annotation");
    assert.deepEqual(annotationFromFix(f, fix), { draft: { kind: "source", source: "ILO" }, span: { start: 5, end: 15 } });
    const own = annotationFix("Mark as common knowledge", { kind: "suppress", ruleId: "unsourced-figure", reason: "common knowledge" }, { start: 0, end: 20 });
    assert.deepEqual(annotationFromFix(f, own)?.span, { start: 0, end: 20 });
    assert.equal(annotationFromFix(f, { title: "x", kind: "annotation", data: { annotation: { kind: "bogus" } } }), undefined);
    assert.equal(annotationFromFix(f, { title: "x", kind: "edit", edits: [] }), undefined);
  });
});
