// The one place where core offsets become vscode positions and ranges.
import * as vscode from "vscode";
import type { Span } from "../core/model/span";
import type { LineIndex } from "../core/model/span";
import type { Severity, TextEdit } from "../core/model/finding";

export function toRange(lines: LineIndex, s: Span): vscode.Range {
  const r = lines.rangeOf(s);
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function toOffset(lines: LineIndex, p: vscode.Position): number {
  return lines.offsetAt({ line: p.line, character: p.character });
}

/** 1-based line of a span's start, for labels ("line 12"). */
export function lineOf(lines: LineIndex, s: Span): number {
  return lines.positionAt(s.start).line + 1;
}

export function toSeverity(s: Severity): vscode.DiagnosticSeverity {
  switch (s) {
    case "error":
      return vscode.DiagnosticSeverity.Error;
    case "warning":
      return vscode.DiagnosticSeverity.Warning;
    case "information":
      return vscode.DiagnosticSeverity.Information;
    case "hint":
      return vscode.DiagnosticSeverity.Hint;
  }
}

export function toWorkspaceEdit(uri: vscode.Uri, lines: LineIndex, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const we = new vscode.WorkspaceEdit();
  for (const e of edits) we.replace(uri, toRange(lines, e.span), e.newText);
  return we;
}
