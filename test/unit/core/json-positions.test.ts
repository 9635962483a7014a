import { strict as assert } from "node:assert";
import { formatPath, parseJson } from "../../../src/core/json-positions";

describe("json-positions: JSON text with lines, columns and fields", () => {
  const TEXT = '{\n  "a": {"b": [10, {"c": true}]},\n  "name": "x"\n}\n';
  const slice = (offset: number, length: number) => TEXT.slice(offset, offset + length);

  it("parses a valid text into its tree and value, with no syntax problems", () => {
    const j = parseJson(TEXT);
    assert.deepEqual(j.syntax, []);
    assert.ok(j.root);
    assert.deepEqual(JSON.parse(JSON.stringify(j.value)), { a: { b: [10, { c: true }] }, name: "x" });
  });

  it("locates a path's value, and says whether the path itself exists", () => {
    const j = parseJson(TEXT);
    const c = j.locate(["a", "b", 1, "c"]);
    assert.equal(slice(c.offset, c.length), "true");
    assert.deepEqual([c.line, c.column, c.exact], [2, TEXT.split("\n")[1]!.indexOf("true") + 1, true]);
    const root = j.locate([]);
    assert.deepEqual([root.offset, root.length, root.exact], [0, TEXT.trimEnd().length, true]);
  });

  it("points a missing field at the nearest value that exists", () => {
    const j = parseJson(TEXT);
    const missing = j.locate(["a", "b", 1, "d"]);
    assert.equal(slice(missing.offset, missing.length), '{"c": true}');
    assert.equal(missing.exact, false);
    assert.equal(slice(j.locate(["a", "b", 5]).offset, j.locate(["a", "b", 5]).length), '[10, {"c": true}]');
  });

  it("points at a property's name when asked (an unknown field), else at its value", () => {
    const j = parseJson(TEXT);
    const key = j.locate(["name"], { key: true });
    assert.equal(slice(key.offset, key.length), '"name"');
    const value = j.locate(["name"]);
    assert.equal(slice(value.offset, value.length), '"x"');
    assert.equal(slice(j.locate(["a", "b", 0], { key: true }).offset, 2), "10", "an array element has no name");
  });

  it("reports syntax errors once per place, in plain words, with line and column", () => {
    const j = parseJson('{\n  "a": 1,\n}');
    assert.equal(j.root, undefined);
    assert.equal(j.value, undefined);
    assert.equal(j.syntax.length, 1, "a stray comma is one problem, not two");
    assert.deepEqual([j.syntax[0]!.line, j.syntax[0]!.column], [3, 1]);
    assert.equal(j.syntax[0]!.message, "expected a property name in double quotes");
    assert.equal(parseJson('{"a" 1}').syntax[0]!.message, "expected ':'");
    assert.equal(parseJson("// c\n{}").syntax[0]!.message, "comments are not allowed in JSON");
    assert.equal(parseJson("").syntax[0]!.message, "expected a value");
    assert.equal(j.locate(["a"]).exact, false, "nothing to locate in a broken text");
  });

  it("accepts a byte-order mark, keeping offsets and counting columns as editors do", () => {
    const text = '\ufeff{"version": 2}';
    const j = parseJson(text);
    assert.deepEqual(j.syntax, []);
    const v = j.locate(["version"]);
    assert.equal(text.slice(v.offset, v.offset + v.length), "2");
    assert.equal(v.column, 13, "the mark is not a column");
    assert.equal(parseJson("\ufeff{\r\n  \"a\": [1,]\r\n}").syntax[0]!.line, 2, "CRLF line ends");
  });

  it("formats paths as fields: names with dots, indexes in brackets", () => {
    assert.equal(formatPath(["annotations", 2, "target", "quote", "exact"]), "annotations[2].target.quote.exact");
    assert.equal(formatPath([0, "a"]), "[0].a");
    assert.equal(formatPath([]), "");
  });
});
