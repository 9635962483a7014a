// What the activation bundle (extension.ts) registers before the engine is loaded: command ids,
// document selectors and code action kinds. Imports nothing but `vscode`, so it stays small.
import * as vscode from "vscode";

/** Every command the engine handles (contributed ones, and those its code actions and views call). */
export const COMMAND_IDS: readonly string[] = [
  "byline.analyzeFile",
  "byline.analyzeWorkspace",
  "byline.showRuleDocumentation",
  "byline.setDocumentDate",
  "byline.refresh",
  "byline.disableRule",
  "byline.fixAll",
  "byline.fixFinding",
  "byline.recordAnnotation",
  "byline.revealSpan",
  "byline.addSource",
  "byline.addNote",
  "byline.markVerified",
  "byline.markDisputed",
  "byline.markFalse",
  "byline.editAnnotation",
  "byline.deleteAnnotation",
  "byline.annotateFinding",
];

/** The documents Byline's hovers and code actions apply to. */
export const DOCUMENT_SELECTOR: vscode.DocumentSelector = [{ scheme: "file" }, { scheme: "untitled" }, { scheme: "vscode-remote" }];

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append("byline");

export const CODE_ACTION_METADATA: vscode.CodeActionProviderMetadata = {
  providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
};
