import { strict as assert } from "node:assert";
import { KnowledgeBase, parseKnowledgeText } from "../../../src/core/knowledge";

const GOOD = `{
  "$schema": "../node_modules/byline/schemas/knowledge.schema.json",
  "asOf": "2026-10-01",
  "entries": [
    { "type": "person", "name": "Jane Doe", "variants": ["Mayor Doe"],
      "offices": [{ "title": "Mayor", "of": "Springfield", "from": "2024-01-08" }] },
    { "type": "organization", "name": "Springfield Gazette", "kind": "news" }
  ]
}
`;

describe("parseKnowledgeText (workspace .byline/knowledge.json)", () => {
  it("reads a valid file with defaults applied", () => {
    const r = parseKnowledgeText(GOOD);
    assert.deepEqual(r.problems, []);
    assert.equal(r.file?.entries.length, 2);
    const kb = KnowledgeBase.bundled().extend([r.file!]);
    assert.equal(kb.person("Mayor Doe")?.offices[0]?.title, "Mayor");
    assert.equal(kb.organization("Springfield Gazette")?.kind, "news");
  });

  it("reports a JSON syntax error with its line and column, and no file", () => {
    const r = parseKnowledgeText('{\n  "entries": [\n    { "type": "person", "name": "A", }\n  ]\n}');
    assert.equal(r.file, undefined);
    assert.equal(r.problems.length, 1);
    assert.deepEqual([r.problems[0]!.line, r.problems[0]!.column, r.problems[0]!.field], [3, 38, "(syntax)"], "at the brace after the stray comma");
    assert.match(r.problems[0]!.message, /JSON syntax error/);
  });

  it("reports schema problems at the line of the offending field, and keeps the valid entries", () => {
    const text = [
      "{", //                                                               1
      '  "entries": [', //                                                  2
      '    {"type": "person", "name": "Ok"},', //                           3
      '    {"type": "person", "name": "A", "offices": [{"title": "Mayor", "from": "2024-13-01"}]},', // 4
      '    {"type": "persn", "name": "B"},', //                             5
      '    {"type": "person"},', //                                         6
      '    {"type": "person", "name": "C", "nickname": "x"},', //           7
      '    {"type": "country", "name": "Z", "demonyms": "Zish"},', //       8
      '    {"type": "event", "name": "E", "start": "2023-02-30"},', //      9
      '    {"type": "person", "name": "ok"}', //                            10
      "  ]",
      "}",
    ].join("\n");
    const r = parseKnowledgeText(text);
    const got = r.problems.map((p) => [p.line, p.field, p.severity]);
    assert.deepEqual(got, [
      [4, "entries[1].offices[0].from", "error"],
      [5, "entries[2].type", "error"],
      [6, "entries[3].name", "error"],
      [7, "entries[4].nickname", "error"],
      [8, "entries[5].demonyms", "error"],
      [9, "entries[6].start", "error"],
      [10, "entries[7].name", "warning"],
    ]);
    const msg = (i: number) => r.problems[i]!.message;
    assert.match(msg(0), /ISO date/);
    assert.match(msg(1), /"person", "organization", "country" or "event"/);
    assert.match(msg(2), /missing required field "name"/);
    assert.match(msg(3), /unknown field "nickname"/);
    assert.match(msg(4), /expected array/);
    assert.match(msg(5), /no such day/);
    assert.match(msg(6), /duplicate person "ok"/);
    assert.deepEqual(r.file?.entries.map((e) => e.name), ["Ok", "ok"], "valid entries are kept; the later duplicate wins");
    // The column points at the value; offset/length cover it, for an editor diagnostic.
    const p = r.problems[0]!;
    assert.equal(text.slice(p.offset, p.offset + p.length), '"2024-13-01"');
    assert.equal(p.column, text.split("\n")[3]!.indexOf('"2024-13-01"') + 1);
  });

  it("reports top-level problems", () => {
    assert.match(parseKnowledgeText("").problems[0]!.message, /empty/);
    assert.match(parseKnowledgeText("[]").problems[0]!.message, /JSON object/);
    const r = parseKnowledgeText('{"entrie": []}');
    assert.deepEqual(r.problems.map((p) => p.field), ["entrie", "entries"]);
    assert.equal(r.file, undefined);
    const bad = parseKnowledgeText('{\n"asOf": "yesterday",\n"entries": []\n}');
    assert.deepEqual(bad.problems.map((p) => [p.line, p.field]), [[2, "asOf"]]);
    assert.deepEqual(bad.file, { entries: [] }, "a bad asOf is dropped, the entries kept");
    assert.match(parseKnowledgeText('// note\n{"entries": []}').problems[0]!.message, /comments are not allowed/);
  });

  it("counts lines after a byte-order mark and CRLF line ends", () => {
    const r = parseKnowledgeText('\ufeff{\r\n"entries": [\r\n{"type": "person", "name": ""}\r\n]\r\n}');
    assert.deepEqual(r.problems.map((p) => [p.line, p.field]), [[3, "entries[0].name"]]);
  });
});
