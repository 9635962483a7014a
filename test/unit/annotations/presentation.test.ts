import { strict as assert } from "node:assert";
import { analyze } from "../../../src/core/analyze";
import { createAnnotation } from "../../../src/core/annotations";
import { annotationsAt, decorationSpans, hoverMarkdown, viewGroups } from "../../../src/extension/annotations/presentation";

const T0 = "2026-01-01T10:00:00Z";
const TEXT = "Unemployment reached 14 percent.\nExports fell by a third.\n";
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });

describe("annotations: what the editor shows", () => {
  const anns = [
    createAnnotation({ kind: "source", source: "ILO", url: "https://ilo.org/x" }, TEXT, at("14 percent"), T0, "s1"),
    createAnnotation({ kind: "verdict", verdict: "verified", author: "ana" }, TEXT, at("reached 14 percent"), T0, "v1"),
    createAnnotation({ kind: "note", text: "gone" }, "A sentence since deleted.", { start: 2, end: 10 }, T0, "n1"),
    createAnnotation({ kind: "document-date", date: "2025-12-28" }, TEXT, undefined, T0, "d1"),
  ];
  const a = analyze(TEXT, { annotations: anns }).annotations;

  it("groups the Annotations view by kind with orphans on top", () => {
    const groups = viewGroups(a);
    assert.deepEqual(groups.map((g) => g.key), ["orphans", "source", "verdict", "document-date"]);
    assert.equal(groups[0]!.items[0]!.description, "was on “sentence”");
    assert.equal(groups[0]!.items[0]!.span, undefined);
    assert.deepEqual(groups[1]!.items[0]!.span, at("14 percent"));
    assert.equal(groups[3]!.items[0]!.description, "whole article");
  });

  it("finds the annotations under the cursor, innermost first, and writes their hover", () => {
    const here = annotationsAt(a, at("14 percent").start + 1);
    assert.deepEqual(here.map((x) => x.annotation.id), ["s1", "v1"]);
    const md = hoverMarkdown(here);
    assert.match(md, /\*\*Source: ILO\*\*/);
    assert.match(md, /\(https:\/\/ilo\.org\/x\)/);
    assert.match(md, /_ana, 2026-01-01_/);
    assert.deepEqual(annotationsAt(a, at("Exports").start), []);
  });

  it("lists spans per kind for decorations (none for document-level ones)", () => {
    const d = decorationSpans(a);
    assert.deepEqual(d.source, [at("14 percent")]);
    assert.deepEqual(d["document-date"], []);
  });
});
