import * as vscode from "vscode";
import { analyze } from "../core/analyze";

/** Activation: the Editor issue fills in diagnostics, hovers, code actions and views. */
export function activate(context: vscode.ExtensionContext): { analyze: typeof analyze } {
  context.subscriptions.push(
    vscode.commands.registerCommand("byline.analyzeFile", () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) return;
      const a = analyze(doc.getText());
      void vscode.window.showInformationMessage(`Byline: ${a.findings.length} finding(s).`);
    }),
  );
  return { analyze };
}

export function deactivate(): void {}
