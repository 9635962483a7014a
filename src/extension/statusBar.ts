import * as vscode from "vscode";
import type { Analysis } from "../core/analyze";
import { formatBytes, type TooLarge } from "./analysisManager";
import { documentDateMarkdown } from "./hover";
import { formatWindow } from "./present";

/** "Byline: dated 24 Feb 2025 – 23 Feb 2026 · 1 ⚠" on seed files; click → the Findings view. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("byline.status", vscode.StatusBarAlignment.Left, 50);

  constructor() {
    this.item.name = "Byline";
    this.item.command = "byline.findings.focus";
  }

  get text(): string | undefined {
    return this.item.text || undefined;
  }

  /** analysis: the active seed file's (null while it is being analysed); undefined: no seed file. */
  update(analysis: Analysis | null | undefined, tooLarge?: TooLarge): void {
    if (tooLarge) {
      this.item.text = `$(circle-slash) Byline: not analysed (${formatBytes(tooLarge.bytes)} > ${formatBytes(tooLarge.limit)})`;
      this.item.tooltip = "This file is larger than byline.maxFileSize, so Byline does not analyse it.";
      this.item.show();
      return;
    }
    if (analysis === undefined) {
      this.item.text = "";
      this.item.hide();
      return;
    }
    if (analysis === null) {
      this.item.text = "Byline: analysing…";
      this.item.show();
      return;
    }
    const dated = analysis.documentDate ? `dated ${formatWindow(analysis.documentDate)}` : "undated";
    const count = (s: string) => analysis.findings.filter((f) => f.severity === s).length;
    const parts = [`Byline: ${dated}`];
    const errors = count("error");
    const warnings = count("warning");
    const infos = count("information") + count("hint");
    if (errors) parts.push(`${errors} $(error)`);
    if (warnings) parts.push(`${warnings} ⚠`);
    if (infos) parts.push(`${infos} $(info)`);
    if (!errors && !warnings && !infos) parts.push("no findings");
    this.item.text = parts.join(" · ");
    const tip = new vscode.MarkdownString(documentDateMarkdown(analysis));
    tip.appendMarkdown("\n\nClick to open the Findings view.");
    this.item.tooltip = tip;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
