import * as vscode from "vscode";
import type { BylineConfig } from "../core/config";

/**
 * Which documents are seed files: those matched by `byline.include` and not by `byline.exclude`,
 * plus any text file the user added for this session with "Byline: Analyze This File".
 */
export class SeedFiles {
  private readonly added = new Set<string>();

  constructor(private readonly settings: (uri?: vscode.Uri) => BylineConfig) {}

  addForSession(uri: vscode.Uri): void {
    this.added.add(uri.toString());
  }

  isAddedForSession(uri: vscode.Uri): boolean {
    return this.added.has(uri.toString());
  }

  isSeed(doc: vscode.TextDocument): boolean {
    if (this.added.has(doc.uri.toString())) return true;
    if (doc.uri.scheme !== "file" && doc.uri.scheme !== "vscode-remote") return false;
    const cfg = this.settings(doc.uri);
    const matches = (globs: readonly string[]): boolean =>
      globs.some((pattern) => vscode.languages.match({ pattern }, doc) > 0);
    return matches(cfg.include) && !matches(cfg.exclude);
  }

  /** One glob for `workspace.findFiles`. */
  static union(globs: readonly string[]): string | undefined {
    if (globs.length === 0) return undefined;
    return globs.length === 1 ? globs[0] : `{${globs.join(",")}}`;
  }
}
