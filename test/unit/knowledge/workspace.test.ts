import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { run } from "../../../src/cli/main";
import { loadKnowledge } from "../../../src/cli/knowledge";
import { KnowledgeBase } from "../../../src/core/knowledge";

async function cli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(args, { out: (s) => (out += s + "\n"), err: (s) => (err += s + "\n"), cwd });
  return { code, out, err };
}

describe("workspace knowledge (.byline/knowledge.json) in the CLI", () => {
  let dir: string;
  const write = (text: string) => {
    fs.mkdirSync(path.join(dir, ".byline"), { recursive: true });
    fs.writeFileSync(path.join(dir, ".byline", "knowledge.json"), text);
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "byline-kb-"));
    fs.mkdirSync(path.join(dir, "seeds", "deep"), { recursive: true });
    fs.writeFileSync(path.join(dir, "seeds", "a.txt"), "Headline\nThe mayor said on Monday that talks went well.\n");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("uses the bundled knowledge when there is no workspace file", async () => {
    const k = await loadKnowledge(dir);
    assert.equal(k.knowledge, undefined);
    assert.deepEqual([k.errors, k.warnings], [[], []]);
    assert.equal((await cli(["check", "seeds"], dir)).code, 0);
  });

  it("finds the nearest file upward from the working folder and extends the bundled data", async () => {
    write(JSON.stringify({ entries: [{ type: "person", name: "Jane Doe", offices: [{ title: "Mayor", of: "Springfield", from: "2024-01-08" }] }] }));
    const k = await loadKnowledge(path.join(dir, "seeds", "deep"));
    assert.deepEqual(k.errors, []);
    assert.equal(k.knowledge?.person("Jane Doe")?.name, "Jane Doe");
    assert.equal(k.knowledge?.person("Zelenskyy")?.name, "Volodymyr Zelensky");
    assert.notEqual(k.knowledge, KnowledgeBase.bundled());
    const r = await cli(["check", "a.txt"], path.join(dir, "seeds"));
    assert.equal(r.code, 0);
    assert.equal(r.err, "");
  });

  it("reports a malformed file on stderr with line and field, exits 2, and still analyses", async () => {
    write('{\n  "entries": [\n    {"type": "person", "name": "Jane Doe", "offices": [{"title": "Mayor", "from": "8 Jan 2024"}]},\n    {"type": "person", "name": "John Roe"}\n  ]\n}\n');
    const r = await cli(["check", "--format", "json", "seeds"], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /byline: \.byline\/knowledge\.json:3:\d+: entries\[0\]\.offices\[0\]\.from: expected an ISO date/);
    assert.equal(JSON.parse(r.out).files.length, 1, "the articles are still analysed");
    const k = await loadKnowledge(dir);
    assert.equal(k.knowledge?.person("John Roe")?.name, "John Roe", "valid entries are kept");
    assert.equal(k.knowledge?.person("Jane Doe"), undefined);
  });

  it("falls back to the bundled data when the file is not JSON", async () => {
    write('{ "entries": [ ');
    const r = await cli(["check", "seeds"], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /knowledge\.json:1:\d+: \(syntax\): JSON syntax error/);
    assert.match(r.err, /not used; Byline goes on with its bundled knowledge/);
    assert.match(r.out, /1 file checked/);
  });

  it("shows duplicates as warnings without failing the run", async () => {
    write('{"entries": [{"type": "person", "name": "A B"}, {"type": "person", "name": "a b"}]}');
    const r = await cli(["check", "seeds"], dir);
    assert.equal(r.code, 0);
    assert.match(r.err, /warning: .*duplicate person "a b"/);
  });
});
