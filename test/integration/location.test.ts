// The annotationsFolder setting in a real VS Code: a note added to an article whose annotations
// were not loaded yet is written under the configured folder, not beside the article.
import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import type { BylineApi } from "../../src/extension/extension";
import { wsUri } from "./helpers";

const SEED = "seeds/001_port-strike-front-matter.txt";


describe("annotations folder setting (byline.annotationsFolder)", () => {
  after(async () => {
    await vscode.workspace.getConfiguration("byline").update("annotationsFolder", undefined, vscode.ConfigurationTarget.Workspace);
  });

  it("writes the annotations of an article under the configured folder", async () => {
    const ext = vscode.extensions.getExtension<BylineApi>("byline.byline");
    assert.ok(ext);
    const byline = ext.isActive ? ext.exports : await ext.activate();
    await vscode.workspace.getConfiguration("byline").update("annotationsFolder", "notes", vscode.ConfigurationTarget.Workspace);
    const doc = await vscode.workspace.openTextDocument(wsUri(SEED));
    await vscode.window.showTextDocument(doc);
    const written = new Promise<void>((resolve) => {
      const sub = byline.annotations.onDidChange((e) => {
        if (e.seed === doc.uri.toString() && e.current.annotations.length > 0) {
          sub.dispose();
          resolve();
        }
      });
    });
    await vscode.commands.executeCommand("byline.addNote", doc.uri, { start: 0, end: 4 }, "where does this go");
    await written;
    // add() resolves after the store wrote the file.
    const target = wsUri(`notes/${SEED}.byline.json`);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(text, /where does this go/);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(wsUri(`${SEED}.byline.json`))), "nothing beside the article");
  });
});
