import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { annotationsPathFor } from "../../../src/core/annotations/schema";
import { run } from "../../../src/cli/main";

describe("annotations file location (annotationsFolder)", () => {
  it("is beside the seed by default", () => {
    assert.equal(annotationsPathFor("/w/seeds/a.txt"), "/w/seeds/a.txt.byline.json");
    assert.equal(annotationsPathFor("/w/seeds/a.txt", { root: "/w", folder: "" }), "/w/seeds/a.txt.byline.json");
  });

  it("mirrors the seed's path under a folder relative to the root, or an absolute one", () => {
    assert.equal(annotationsPathFor("/w/seeds/a.txt", { root: "/w", folder: "notes" }), "/w/notes/seeds/a.txt.byline.json");
    assert.equal(annotationsPathFor("/w/seeds/a.txt", { root: "/w/", folder: "./notes/" }), "/w/notes/seeds/a.txt.byline.json");
    assert.equal(annotationsPathFor("/w/seeds/a.txt", { root: "/w", folder: "/srv/notes" }), "/srv/notes/seeds/a.txt.byline.json");
    assert.equal(annotationsPathFor("C:\\w\\seeds\\a.txt", { root: "C:\\w", folder: "notes" }), "C:\\w\\notes\\seeds\\a.txt.byline.json");
  });

  it("keeps a seed outside the root beside it", () => {
    assert.equal(annotationsPathFor("/elsewhere/a.txt", { root: "/w", folder: "notes" }), "/elsewhere/a.txt.byline.json");
  });

  it("is followed by byline annotate and byline check", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "byline-loc-"));
    try {
      fs.mkdirSync(path.join(dir, "seeds"));
      fs.writeFileSync(path.join(dir, "seeds", "a.txt"), "Jobs\nUnemployment reached 14 percent in March.\n");
      fs.writeFileSync(path.join(dir, ".byline.json"), JSON.stringify({ annotationsFolder: "notes" }));
      const io = { out: () => undefined, err: () => undefined, cwd: dir };
      assert.equal(await run(["annotate", "seeds/a.txt", "--at", "2:22", "--source", "Statistics Office"], io), 0);
      assert.ok(fs.existsSync(path.join(dir, "notes", "seeds", "a.txt.byline.json")));
      assert.ok(!fs.existsSync(path.join(dir, "seeds", "a.txt.byline.json")));
      let out = "";
      const code = await run(["check", "--format", "json", "seeds"], { ...io, out: (s) => (out += s) });
      assert.equal(code, 0);
      const findings = JSON.parse(out).files[0].findings as { rule: string }[];
      assert.ok(!findings.some((f) => f.rule === "unsourced-figure"), "the recorded source sources the figure");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
