import { strict as assert } from "node:assert";
import { analyze } from "../../../src/core/analyze";
import { addAnnotation, createAnnotation, emptyAnnotationsFile, type Annotation } from "../../../src/core/annotations";
import { ANNO_CONTEXT, fromWebAnnotations, toWebAnnotationCollection } from "../../../src/core/export/webannotation";

const T0 = "2026-01-01T10:00:00Z";
const TEXT = "---\ntitle: x\ndate: 2025-02-30\n---\nUnemployment reached 14 percent.\nExports fell by a third.\n";
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });

function all(): Annotation[] {
  let f = emptyAnnotationsFile();
  const add = (a: Annotation) => (f = addAnnotation(f, a));
  add(createAnnotation({ kind: "source", source: "ILO", url: "https://ilo.org/x", date: "2025-10", author: "ana" }, TEXT, at("14 percent"), T0, "11111111-1111-4111-8111-111111111111"));
  add(createAnnotation({ kind: "source", source: "Customs office" }, TEXT, at("a third"), T0, "s2"));
  add(createAnnotation({ kind: "note", text: "ask the ministry" }, TEXT, at("Exports"), T0, "n1"));
  add(createAnnotation({ kind: "verdict", verdict: "verified" }, TEXT, at("14 percent"), T0, "v1"));
  add(createAnnotation({ kind: "verdict", verdict: "false", text: "it was 12%" }, TEXT, at("a third"), T0, "v2"));
  add(createAnnotation({ kind: "suppress", ruleId: "unsourced-figure", reason: "common knowledge" }, TEXT, at("a third"), T0, "x1"));
  add(createAnnotation({ kind: "suppress", ruleId: "front-matter" }, TEXT, at("2025-02-30"), T0, "x2"));
  add(createAnnotation({ kind: "actor", notAnActor: true }, TEXT, at("Exports"), T0, "a1"));
  add(createAnnotation({ kind: "actor", alias: "International Labour Organization" }, TEXT, at("Unemployment"), T0, "a2"));
  add(createAnnotation({ kind: "document-date", date: "2025-12-28" }, TEXT, undefined, T0, "d1"));
  add(createAnnotation({ kind: "document-date", date: "2025-12-29" }, TEXT, at("title: x"), T0, "d2"));
  return [...f.annotations];
}

describe("Web Annotation export and import", () => {
  const annotations = all();
  const analysis = analyze(TEXT, {});
  const collection = toWebAnnotationCollection([{ source: "seeds/a.txt", analysis, annotations }], { generated: T0 });
  const items = (collection.first as { items: Record<string, unknown>[] }).items;

  it("writes an AnnotationCollection with the W3C context, selectors and motivations", () => {
    assert.equal(collection["@context"], ANNO_CONTEXT);
    assert.equal(collection.type, "AnnotationCollection");
    assert.equal(collection.total, annotations.length + analysis.findings.length);
    assert.ok(analysis.findings.length > 0, "the impossible front-matter date is a finding");
    const byId = new Map(items.map((i) => [i.id, i] as const));
    const src = byId.get("urn:uuid:11111111-1111-4111-8111-111111111111")!;
    assert.equal(src.motivation, "linking");
    assert.deepEqual(src.target, {
      source: "seeds/a.txt",
      selector: [
        { type: "TextQuoteSelector", exact: "14 percent", prefix: TEXT.slice(at("14 percent").start - 32, at("14 percent").start), suffix: TEXT.slice(at("14 percent").end, at("14 percent").end + 32) },
        { type: "TextPositionSelector", ...at("14 percent") },
      ],
    });
    assert.equal(byId.get("urn:uuid:n1")!.motivation, "commenting");
    assert.equal(byId.get("urn:uuid:v1")!.motivation, "assessing");
    const finding = items.find((i) => String(i.id).startsWith("urn:byline:finding:"))!;
    assert.equal(finding.motivation, "assessing");
    assert.deepEqual(finding.creator, { type: "Software", name: "Byline" });
    assert.deepEqual((finding.body as { purpose: string; value: string }[])[1], { type: "TextualBody", purpose: "classifying", value: "front-matter" });
    for (const i of items) assert.equal(i["@context"], undefined, "context only on the collection");
  });

  it("reads back exactly what it wrote, skipping Byline's findings", () => {
    const back = fromWebAnnotations(JSON.parse(JSON.stringify(collection)), "2030-01-01T00:00:00Z");
    assert.deepEqual(back.problems, []);
    assert.equal(back.findingsSkipped, analysis.findings.length);
    assert.deepEqual([...back.bySource.keys()], ["seeds/a.txt"]);
    assert.deepEqual(back.bySource.get("seeds/a.txt"), annotations);
  });

  it("imports other tools' annotations as notes where it can, and says what it skipped", () => {
    const hypothesis = {
      "@context": ANNO_CONTEXT,
      type: "Annotation",
      id: "https://hyp.example/a/abc",
      motivation: "commenting",
      created: "2025-01-01T00:00:00Z",
      creator: "acct:someone@hyp.example",
      body: { type: "TextualBody", value: "Is this right?" },
      target: { source: "seeds/a.txt", selector: [{ type: "TextQuoteSelector", exact: "14 percent", prefix: "reached ", suffix: "." }] },
    };
    const r = fromWebAnnotations(hypothesis, T0);
    const [a] = r.bySource.get("seeds/a.txt")!;
    assert.equal(a?.kind, "note");
    assert.equal(a?.kind === "note" && a.text, "Is this right?");
    assert.equal(a?.target?.quote.exact, "14 percent");
    assert.equal(a?.author, "acct:someone@hyp.example");
    const bookmark = fromWebAnnotations({ type: "AnnotationPage", items: [{ type: "Annotation", motivation: "bookmarking", target: "seeds/a.txt" }] }, T0);
    assert.equal(bookmark.problems.length, 1);
    assert.match(bookmark.problems[0]!.message, /nothing Byline can keep/);
    assert.equal(fromWebAnnotations({ hello: 1 }, T0).problems[0]?.index, -1);
    assert.equal(fromWebAnnotations(null, T0).problems.length, 1);
  });

  it("gives an annotation without id the same id on every import", () => {
    const item = { type: "Annotation", motivation: "commenting", body: "x", target: { source: "a.txt", selector: { type: "TextQuoteSelector", exact: "a" } } };
    const id1 = fromWebAnnotations(item, T0).bySource.get("a.txt")?.[0]?.id;
    const id2 = fromWebAnnotations(item, "2031-01-01T00:00:00Z").bySource.get("a.txt")?.[0]?.id;
    assert.ok(id1);
    assert.equal(id1, id2);
  });
});
