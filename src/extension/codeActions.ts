import * as vscode from "vscode";
import type { Analysis } from "../core/analyze";
import { annotationFromFix } from "../core/annotations/fix";
import { SOURCED_BY_ANNOTATION } from "../core/annotations";
import { fixesOf, type Finding } from "../core/model/finding";
import { findingsFor } from "./analysisManager";
import { toWorkspaceEdit } from "./convert";
import { fixAllEdits } from "./edits";
import { annotationActions } from "./annotationsUi";

import { FIX_ALL_KIND } from "./registration";

/** Quick fixes for Byline's diagnostics, found by source and code (never by message text). Its kinds: CODE_ACTION_METADATA. */
export class BylineCodeActionProvider implements vscode.CodeActionProvider {

  constructor(
    private readonly get: (uri: vscode.Uri) => Analysis | undefined,
    private readonly published: vscode.DiagnosticCollection,
    /** The analysis of the document as it is now, waiting for one in progress or scheduled. */
    private readonly current?: (doc: vscode.TextDocument) => Promise<Analysis | undefined>,
  ) {}

  async provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const now = this.actions(doc, range, context);
    if (now.length > 0 || !this.current) return now;
    // Nothing yet: the request may come while the document is being (re)analysed, between its new
    // diagnostics and its analysis, or before the first one. Wait for the analysis of this version.
    await this.current(doc);
    return this.actions(doc, range, context);
  }

  private actions(doc: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const a = this.get(doc.uri);
    if (!a) return [];
    if (context.only && FIX_ALL_KIND.contains(context.only)) return fixAllSource(doc.uri, a);
    const out: vscode.CodeAction[] = [];
    const seenRules = new Set<string>();
    // The diagnostics VS Code passes, plus ours at the range: the workbench may not have received
    // the newest ones yet when the request is made right after an analysis.
    const diagnostics = [...context.diagnostics];
    for (const d of this.published.get(doc.uri) ?? []) {
      if (d.range.intersection(range) && !diagnostics.some((x) => x.range.isEqual(d.range) && sameCode(x, d))) diagnostics.push(d);
    }
    for (const d of diagnostics) {
      for (const f of findingsFor(a, d)) {
        out.push(...actionsForFinding(doc.uri, a, f, d));
        if (!seenRules.has(f.ruleId)) {
          seenRules.add(f.ruleId);
          out.push(...ruleActions(doc.uri, a, f.ruleId, d));
        }
      }
    }
    return out;
  }
}

function sameCode(a: vscode.Diagnostic, b: vscode.Diagnostic): boolean {
  const code = (d: vscode.Diagnostic) => (typeof d.code === "object" ? d.code.value : d.code);
  return a.source === b.source && code(a) === code(b);
}

/** The fixes of one finding as code actions: its edit fixes, and the document date fix. */
export function actionsForFinding(uri: vscode.Uri, a: Analysis, f: Finding, d?: vscode.Diagnostic): vscode.CodeAction[] {
  const out: vscode.CodeAction[] = [];
  let dateFix = false;
  for (const fix of fixesOf(f)) {
    if (fix.kind === "edit" && fix.edits && fix.edits.length > 0) {
      // In the editor, attributing to a source records it (an annotation) instead of editing the
      // article: annotationActions offers "Attribute to NAME" for these. The CLI keeps the edit.
      if (SOURCED_BY_ANNOTATION.includes(f.ruleId) && typeof fix.data?.["source"] === "string") continue;
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = toWorkspaceEdit(uri, a.lines, fix.edits);
      if (fix.isPreferred) action.isPreferred = true;
      if (d) action.diagnostics = [d];
      out.push(action);
    } else if (fix.kind === "document-date") {
      dateFix = true;
      const suggested = typeof fix.data?.["date"] === "string" ? fix.data["date"] : undefined;
      out.push(setDateAction(uri, d, fix.title, suggested));
    }
    else if (fix.kind === "annotation" && annotationFromFix(f, fix)) {
      // Records rather than edits: writes a Byline annotation (the seed's NAME.byline.json).
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      action.command = { command: "byline.recordAnnotation", title: fix.title, arguments: [uri, f.ruleId, f.span.start, fix.title] };
      if (fix.isPreferred) action.isPreferred = true;
      if (d) action.diagnostics = [d];
      out.push(action);
    }
    // An annotation fix whose data is not a valid annotation draft is left out rather than guessed.
  }
  if (!dateFix && (f.ruleId === "date-inconsistency" || f.code === "invalid-date")) out.push(setDateAction(uri, d, "Set the document date…", undefined));
  out.push(...annotationActions(uri, f, d)); // fixes that record an annotation instead of editing
  return out;
}

function setDateAction(uri: vscode.Uri, d: vscode.Diagnostic | undefined, title: string, suggested: string | undefined): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.command = { command: "byline.setDocumentDate", title, arguments: [uri, suggested] };
  if (d) action.diagnostics = [d];
  return action;
}

/** Per-rule actions: "Fix all … in this file" when unambiguous, "Disable rule … in this workspace". */
export function ruleActions(uri: vscode.Uri, a: Analysis, ruleId: string, d?: vscode.Diagnostic): vscode.CodeAction[] {
  const out: vscode.CodeAction[] = [];
  const edits = fixAllEdits(a.findings, ruleId);
  if (edits) {
    const n = a.findings.filter((f) => f.ruleId === ruleId).length;
    const all = new vscode.CodeAction(`Fix all ${n} ${ruleId} problems in this file`, vscode.CodeActionKind.QuickFix);
    all.edit = toWorkspaceEdit(uri, a.lines, edits);
    if (d) all.diagnostics = [d];
    out.push(all);
  }
  const disable = new vscode.CodeAction(`Disable rule ${ruleId} in this workspace`, vscode.CodeActionKind.QuickFix);
  disable.command = { command: "byline.disableRule", title: disable.title, arguments: [ruleId] };
  out.push(disable);
  return out;
}

/** source.fixAll.byline: every rule's unambiguous fixes at once. */
function fixAllSource(uri: vscode.Uri, a: Analysis): vscode.CodeAction[] {
  const rules = [...new Set(a.findings.map((f) => f.ruleId))];
  const edits = rules.flatMap((r) => fixAllEdits(a.findings, r) ?? []);
  if (edits.length === 0) return [];
  const action = new vscode.CodeAction("Fix all Byline problems in this file", FIX_ALL_KIND);
  action.edit = toWorkspaceEdit(uri, a.lines, edits);
  return [action];
}
