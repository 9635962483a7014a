// Byline: Analyze Workspace on a worker thread, in a real VS Code.
import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import type { BylineApi } from "../../src/extension/extension";
import { api, diagnosticsWhere, wsUri } from "./helpers";

const SEED = "seeds/005_drought-talks-actors-quotes.txt";
const COPIES = 30;

async function write(rel: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(wsUri(rel), new TextEncoder().encode(text));
}

const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === "Byline");
const shape = (d: vscode.Diagnostic) => ({
  range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
  message: d.message,
  severity: d.severity,
  code: typeof d.code === "object" ? [String(d.code.value), d.code.target.toString()] : d.code,
  related: (d.relatedInformation ?? []).map((r) => [r.location.uri.toString(), r.location.range.start.line, r.location.range.start.character, r.message]),
});

describe("Analyze Workspace on a worker thread", function () {
  this.timeout(60_000);
  let byline: BylineApi;
  let text: string;

  before(async () => {
    byline = await api();
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(wsUri(SEED)));
    for (let i = 0; i < COPIES; i++) await write(`seeds/zz_scan/copy-${String(i).padStart(2, "0")}.txt`, text);
  });

  after(async () => {
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
    await vscode.workspace.fs.delete(wsUri("seeds/zz_scan"), { recursive: true });
  });

  it("analyses the unopened seed files on the worker, with the diagnostics the editor shows for them", async () => {
    const copy = wsUri("seeds/zz_scan/copy-00.txt");
    const result = await vscode.commands.executeCommand<{ files: number; findings: number; thread: string; total: number; cancelled: boolean }>("byline.analyzeWorkspace");
    assert.equal(result.thread, "worker");
    assert.equal(result.cancelled, false);
    assert.ok(result.total >= COPIES + 5, `found ${result.total} seed files`);
    assert.equal(result.files, result.total);
    const fromWorker = ours(copy).map(shape);
    assert.ok(fromWorker.length > 0, "the copy has diagnostics from the scan");
    // The same file opened: the editor analyses it in the extension host; its diagnostics are the same.
    const doc = await vscode.workspace.openTextDocument(copy);
    await vscode.window.showTextDocument(doc);
    const analysis = await byline.whenAnalyzed(doc);
    assert.ok(analysis);
    const inEditor = (await diagnosticsWhere(copy, (d) => d.length === analysis.findings.length)).map(shape);
    assert.deepEqual(fromWorker, inEditor);
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });

  it("stops at once when cancelled: the worker ends and no later file gets diagnostics", async () => {
    // A fresh copy no scan has seen yet, sorted last.
    await write("seeds/zz_scan/zz_last.txt", text);
    const cts = new vscode.CancellationTokenSource();
    const seen: string[] = [];
    const result = await byline.analyzeWorkspace({
      token: cts.token,
      onFile: (uri) => {
        seen.push(uri.toString());
        if (seen.length === 1) cts.cancel();
      },
    });
    assert.equal(result.cancelled, true);
    assert.equal(result.thread, "worker");
    assert.ok(result.files < result.total, `${result.files} of ${result.total} files analysed`);
    assert.equal(seen.length, 1, "no file is reported after the cancellation");
    assert.deepEqual(ours(wsUri("seeds/zz_scan/zz_last.txt")), [], "the last file was not analysed");
    cts.dispose();
  });
});
