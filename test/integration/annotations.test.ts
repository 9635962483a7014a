// Annotations in a real VS Code (code-server's extension host): quick fixes that record, anchoring
// across an edit, save and reload, selection commands, the view, the hover, and a malformed file.
// Waits on events (diagnostics, the store's changes), never on clocks.
import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import type { Annotation } from "../../src/core/annotations";
import type { StoreEntry } from "../../src/extension/annotations/store";
import type { BylineApi } from "../../src/extension/extension";
import { api, bylineCodeActions, command, diagnosticsWhere, wsUri } from "./helpers";

const SEED = "seeds/003_waiting-lists-attribution.txt";



function code(d: vscode.Diagnostic): string {
  return typeof d.code === "object" ? String(d.code.value) : String(d.code);
}


/** Resolves once the store's entry for `seed` satisfies `ok` (now or on a later change). */
function storeWhere(byline: BylineApi, seed: string, ok: (e: StoreEntry) => boolean): Promise<StoreEntry> {
  return new Promise((resolve) => {
    const sub = byline.annotations.onDidChange((e) => {
      if (e.seed === seed && ok(e)) {
        sub.dispose();
        resolve(e);
      }
    });
    void byline.annotations.get(seed).then((e) => {
      if (ok(e)) {
        sub.dispose();
        resolve(e);
      }
    });
  });
}

async function readJson(uri: vscode.Uri): Promise<{ annotations: Annotation[] }> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as { annotations: Annotation[] };
}

async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand("workbench.action.closeAllEditors");
}

describe("Byline annotations in VS Code", function () {
  this.timeout(30_000);
  let byline: BylineApi;
  let original: Uint8Array;
  const seedUri = () => wsUri(SEED);
  const fileUri = () => wsUri(`${SEED}.byline.json`);

  before(async () => {
    byline = await api();
    original = await vscode.workspace.fs.readFile(seedUri());
  });

  after(async () => {
    await closeAll();
    // Leave the workspace as the other suites expect it.
    await vscode.workspace.fs.writeFile(seedUri(), original);
    await Promise.resolve(vscode.workspace.fs.delete(fileUri())).catch(() => undefined);
    byline.annotations.forget(seedUri().toString());
  });

  it("a source added through the quick fix stays on its figure after a paragraph is inserted above, saved and reloaded", async () => {
    const uri = seedUri();
    const seed = uri.toString();
    let editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const before = await byline.whenAnalyzed(editor.document);
    assert.ok(before);
    const diags = await diagnosticsWhere(uri, (d) => d.some((x) => code(x) === "unsourced-figure"));
    const diag = diags.find((x) => code(x) === "unsourced-figure");
    assert.ok(diag);
    const figureText = editor.document.getText(diag.range);
    const finding = before.findings.find((f) => f.ruleId === "unsourced-figure" && before.text.slice(f.span.start, f.span.end) === figureText);
    assert.ok(finding, "the diagnostic's finding");

    // The quick fix that records a source (not the one that edits the article).
    const actions = await bylineCodeActions(uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title).join(" | ");
    assert.ok(actions.some((a) => a.title === "Attribute to a source…" && a.command?.command === "byline.annotateFinding"), titles);
    // The rule's own recording fix (annotationFix) runs byline.recordAnnotation.
    assert.ok(actions.some((a) => a.title === "Mark as common knowledge" && /^byline\.(recordAnnotation|annotateFinding)$/.test(a.command?.command ?? "")), titles);
    assert.ok(actions.some((a) => a.title === "Disable unsourced-figure here"), titles);
    const attribute = actions.find((a) => /^Attribute to (?!a source).+$/.test(a.title) && a.command?.command === "byline.annotateFinding");
    assert.ok(attribute?.command, `a recording "Attribute to NAME" among: ${titles}`);
    const sourceName = /^Attribute to (.+)$/.exec(attribute.title)![1]!;
    const textBefore = editor.document.getText();
    const sourced = diagnosticsWhere(uri, (d) => !d.some((x) => code(x) === "unsourced-figure" && x.range.isEqual(diag.range)));
    await vscode.commands.executeCommand(attribute.command.command, ...(attribute.command.arguments ?? []));
    await sourced;
    assert.equal(editor.document.getText(), textBefore, "recording does not edit the article");
    const saved = await readJson(fileUri());
    assert.equal(saved.annotations.length, 1);
    const a0 = saved.annotations[0]!;
    assert.equal(a0.kind, "source");
    assert.equal(a0.kind === "source" && a0.source, sourceName);
    assert.equal(a0.target?.quote.exact, figureText);
    assert.equal(a0.target?.position.start, finding.span.start);

    // It shows: hover, Annotations view.
    const hovers = await command<vscode.Hover[]>("vscode.executeHoverProvider", uri, diag.range.start);
    const md = hovers.flatMap((h) => h.contents.map((c) => (typeof c === "string" ? c : c.value))).join("\n");
    assert.ok(md.includes("Source:"), md);
    const groups = byline.treeItems("annotations");
    assert.deepEqual(groups.map((g) => g.label), ["Sources (1)"]);
    assert.equal(groups[0]?.children[0]?.command, "byline.revealSpan");
    assert.equal(groups[0]?.children[0]?.contextValue, "annotation");

    // Insert a paragraph above the figure's line, and save.
    const inserted = "An inserted paragraph that says nothing about figures.\n";
    const moved = storeWhere(byline, seed, (e) => !e.dirty && e.current.annotations[0]?.target?.position.start === finding.span.start + inserted.length);
    await editor.edit((e) => e.insert(new vscode.Position(diag.range.start.line, 0), inserted));
    assert.ok(await editor.document.save(), "the seed is saved");
    await moved;
    const onDisk = await readJson(fileUri());
    assert.equal(onDisk.annotations[0]?.target?.position.start, finding.span.start + inserted.length, "the file follows the article");
    assert.equal(onDisk.annotations[0]?.target?.quote.exact, figureText);

    // Reload: close the editor, forget the store's copy, open again (annotations read from disk).
    await closeAll();
    byline.annotations.forget(seed);
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const after = await byline.whenAnalyzed(editor.document);
    assert.ok(after);
    assert.equal(after.annotations.orphans.length, 0);
    const anchored = after.annotations.anchored[0];
    assert.ok(anchored, "the annotation is anchored after the reload");
    assert.equal(anchored.method, "position");
    assert.equal(after.text.slice(anchored.span.start, anchored.span.end), figureText, "on the same figure");
    assert.equal(anchored.span.start, finding.span.start + inserted.length);
    assert.ok(!after.findings.some((f) => f.ruleId === "unsourced-figure" && f.span.start === anchored.span.start), "the figure is still sourced");
    assert.ok(after.annotations.sources.some((s) => s.source === sourceName && s.span.start === anchored.span.start));
    const line = editor.document.positionAt(anchored.span.start).line;
    const now = await diagnosticsWhere(uri, () => true);
    assert.ok(!now.some((d) => code(d) === "unsourced-figure" && d.range.start.line === line && editor.document.getText(d.range) === figureText));
  });

  it("selection commands record notes and verdicts; the view edits and deletes them", async () => {
    const uri = seedUri();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const a = await byline.whenAnalyzed(editor.document);
    assert.ok(a);
    const word = a.text.indexOf("waiting");
    assert.ok(word >= 0);
    const span = { start: word, end: word + "waiting".length };
    editor.selection = new vscode.Selection(editor.document.positionAt(span.start), editor.document.positionAt(span.end));
    // Arguments as a script passes them; without them the commands ask in input boxes.
    await vscode.commands.executeCommand("byline.addNote", undefined, undefined, "ask the health board");
    await vscode.commands.executeCommand("byline.markDisputed", uri, span, "the board says otherwise");
    const analysed = await byline.whenAnalyzed(editor.document);
    assert.ok(analysed);
    const labels = byline.treeItems("annotations").map((g) => g.label);
    assert.ok(labels.includes("Notes (1)") && labels.includes("Verdicts (1)"), labels.join(", "));
    const hovers = await command<vscode.Hover[]>("vscode.executeHoverProvider", uri, editor.document.positionAt(span.start + 1));
    const md = hovers.flatMap((h) => h.contents.map((c) => (typeof c === "string" ? c : c.value))).join("\n");
    assert.match(md, /ask the health board/);
    assert.match(md, /Disputed/);

    const note = analysed.annotations.anchored.find((x) => x.annotation.kind === "note");
    assert.ok(note);
    await vscode.commands.executeCommand("byline.editAnnotation", { uri, id: note.annotation.id, annotation: note.annotation, orphan: false }, { kind: "note", text: "asked on Monday" });
    let file = await readJson(wsUri(`${SEED}.byline.json`));
    assert.ok(file.annotations.some((x) => x.kind === "note" && x.text === "asked on Monday"));
    await vscode.commands.executeCommand("byline.deleteAnnotation", { uri, id: note.annotation.id, annotation: note.annotation, orphan: false }, true);
    file = await readJson(wsUri(`${SEED}.byline.json`));
    assert.ok(!file.annotations.some((x) => x.id === note.annotation.id));
    assert.ok(!byline.treeItems("annotations").some((g) => g.label.startsWith("Notes")));
  });

  it("shows an annotation whose text was deleted as an orphan on top of the view, with its old text", async () => {
    const rel = "seeds/zz_orphan.txt";
    const text = "Exports rose by 4 percent, the ministry said.\nThe harvest was the largest in a decade.\n";
    await vscode.workspace.fs.writeFile(wsUri(rel), new TextEncoder().encode(text));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(wsUri(rel)));
    await byline.whenAnalyzed(editor.document);
    const at = text.indexOf("largest in a decade");
    await vscode.commands.executeCommand("byline.addNote", editor.document.uri, { start: at, end: at + "largest in a decade".length }, "check the FAO figures");
    assert.equal(byline.treeItems("annotations")[0]?.label, "Notes (1)");
    await editor.edit((e) => e.delete(new vscode.Range(1, 0, 2, 0)));
    const a = await byline.whenAnalyzed(editor.document);
    assert.equal(a?.annotations.orphans.length, 1);
    const top = byline.treeItems("annotations")[0];
    assert.equal(top?.label, "Orphaned (1)");
    assert.equal(top?.children[0]?.contextValue, "annotation.orphan");
    assert.match(top?.children[0]?.description ?? "", /largest in a decade/);
    // Saving keeps the orphan in the file, unchanged.
    assert.ok(await editor.document.save());
    const file = await readJson(wsUri(`${rel}.byline.json`));
    assert.equal(file.annotations.length, 1);
    assert.equal(file.annotations[0]?.target?.quote.exact, "largest in a decade");
    await closeAll();
  });

  it("reports a malformed annotations file on that file, never overwrites it, and still analyses the article", async () => {
    const rel = "seeds/zz_malformed.txt";
    const seedText = "KYIV (Reuters) - Prices rose by 12 percent last year.\n";
    const bad = '{\n  "version": 1,\n  "annotations": [\n    { "id": "x", "kind": "verdict", "verdict": "maybe" }\n  ]\n}\n';
    const json = wsUri(`${rel}.byline.json`);
    await vscode.workspace.fs.writeFile(wsUri(rel), new TextEncoder().encode(seedText));
    await vscode.workspace.fs.writeFile(json, new TextEncoder().encode(bad));
    const reported = diagnosticsWhere(json, (d) => d.length > 0);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(wsUri(rel)));
    const a = await byline.whenAnalyzed(editor.document);
    assert.ok(a, "the article is analysed");
    const problems = await reported;
    assert.ok(problems.every((d) => d.source === "Byline" && d.severity === vscode.DiagnosticSeverity.Error));
    assert.ok(problems.some((d) => d.range.start.line === 3 && /annotations\[0\]/.test(d.message)), problems.map((d) => `${d.range.start.line}: ${d.message}`).join("\n"));
    // An annotation added now stays in memory; the file is left as it is.
    await vscode.commands.executeCommand("byline.addNote", editor.document.uri, { start: 0, end: 4 }, "a note");
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(json)), bad);
    assert.ok(byline.getAnalysis(editor.document.uri), "still analysed");
    // Once the file is valid again (fixed by hand, the watcher sees it), the note kept in memory is written.
    const seed = editor.document.uri.toString();
    const cleared = diagnosticsWhere(json, (d) => d.length === 0);
    const written = storeWhere(byline, seed, (e) => e.state === "valid" && !e.dirty);
    await vscode.workspace.fs.writeFile(json, new TextEncoder().encode('{ "version": 1, "annotations": [] }\n'));
    await cleared;
    await written;
    const file = await readJson(json);
    assert.deepEqual(file.annotations.map((x) => x.kind === "note" && x.text), ["a note"]);
    await closeAll();
  });
});
