// Shared by the integration tests (not a test file itself: index.ts loads only *.test.js).
import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import type { BylineApi } from "../../src/extension/extension";

/** A path in the test workspace. */
export function wsUri(rel: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, "the test workspace is open");
  return vscode.Uri.joinPath(folder.uri, rel);
}

/** Byline's API, activating the extension if needed. */
export async function api(): Promise<BylineApi> {
  const ext = vscode.extensions.getExtension<BylineApi>("byline.byline");
  assert.ok(ext, "Byline is loaded in the extension host");
  return ext.isActive ? ext.exports : ext.activate();
}

/** Resolves on the first diagnostics of `uri` from Byline that satisfy `ok` (now or on a later change). */
export function diagnosticsWhere(uri: vscode.Uri, ok: (d: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === "Byline");
  return new Promise((resolve) => {
    const check = (): void => {
      const d = ours();
      if (!ok(d)) return;
      sub.dispose();
      resolve(d);
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    check();
  });
}

/**
 * The code actions at `range`, asked again for up to three seconds until Byline's are among them:
 * right after a file opens, the workbench may answer a request before every provider has (seen
 * in code-server when the markdown extension activates for the first .md file).
 */
export async function bylineCodeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const isOurs = (a: vscode.CodeAction): boolean => /^byline\./.test(a.command?.command ?? "") || a.edit !== undefined;
  let actions: vscode.CodeAction[] = [];
  for (let i = 0; i < 20; i++) {
    actions = await command<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, range, ...(kind ? [kind] : []));
    if (actions.some(isOurs)) return actions;
    await new Promise((r) => setTimeout(r, 150));
  }
  return actions;
}

/**
 * `vscode.commands.executeCommand`, asked again (up to five times) when the workbench cancels the
 * request — it does when the editor's own requests for the same document overlap it.
 */
export async function command<T>(id: string, ...args: unknown[]): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await vscode.commands.executeCommand<T>(id, ...args);
    } catch (e) {
      if (i >= 4 || !/^Canceled$/.test((e as Error)?.message ?? "")) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
