// The workspace's own knowledge (.byline/knowledge.json) in a real VS Code: its problems are
// diagnostics on that file, and its valid entries reach the analysis. Waits on events, never clocks.
import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import { api, diagnosticsWhere, wsUri } from "./helpers";

const SEED = "seeds/003_waiting-lists-attribution.txt";




describe("Workspace knowledge (.byline/knowledge.json)", () => {
  const file = () => wsUri(".byline/knowledge.json");
  after(async () => {
    await vscode.workspace.fs.delete(file()).then(undefined, () => undefined);
  });

  it("shows a malformed knowledge file's problems on that file, with line and field", async () => {
    await api();
    const bad = '{\n  "entries": [\n    {"type": "person", "name": "Priya Raman", "offices": [{"title": "Chief Executive", "from": "last spring"}]}\n  ]\n}\n';
    await vscode.workspace.fs.writeFile(file(), new TextEncoder().encode(bad));
    // A new .byline folder may be created before the watcher sees inside it: Refresh reads it too.
    const seen = diagnosticsWhere(file(), (d) => d.some((x) => x.source === "Byline"));
    await vscode.commands.executeCommand("byline.refresh");
    await seen;
    const diags = await diagnosticsWhere(file(), (d) => d.some((x) => x.source === "Byline"));
    const d = diags.find((x) => x.source === "Byline")!;
    assert.equal(d.range.start.line, 2, "the problem is on the entry's line");
    assert.match(d.message, /entries\[0\]\.offices\[0\]\.from/);
  });

  it("uses a valid file's entries in the analysis of the seeds", async () => {
    const byline = await api();
    const good = {
      entries: [
        { type: "person", name: "Priya Raman", offices: [{ title: "Chief Executive", of: "Northfield Health Board", from: "2021-04-01" }] },
      ],
    };
    const doc = await vscode.workspace.openTextDocument(wsUri(SEED));
    await vscode.window.showTextDocument(doc);
    await vscode.workspace.fs.writeFile(file(), new TextEncoder().encode(JSON.stringify(good, null, 2)));
    await diagnosticsWhere(file(), (d) => !d.some((x) => x.source === "Byline"));
    // The analysis after the reload carries the office the workspace file gives.
    for (;;) {
      const a = await byline.whenAnalyzed(doc);
      const raman = a?.actors.find((x) => x.name === "Priya Raman");
      if (raman?.offices.some((o) => o.title === "Chief Executive")) break;
      await new Promise<void>((resolve) => {
        const sub = byline.onDidAnalyze((e) => {
          if (e.uri.toString() === doc.uri.toString()) {
            sub.dispose();
            resolve();
          }
        });
      });
    }
  });
});
