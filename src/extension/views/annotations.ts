import * as vscode from "vscode";
import type { Annotation } from "../../core/annotations";
import { KIND_ICONS, viewGroups } from "../annotations/presentation";
import { lineOf } from "../convert";
import { BylineTree, revealCommand, type ActiveSeed, type Node } from "./node";

/** What an annotation's tree item carries for its context menu (edit, delete). */
export interface AnnotationNodeData {
  readonly uri: vscode.Uri;
  readonly id: string;
  readonly annotation: Annotation;
  readonly orphan: boolean;
}

/**
 * The user's annotations on the active seed file: orphans first (their text is gone: they need
 * attention, and show the text they were on), then one group per kind. Selecting one reveals it.
 */
export class AnnotationsTree extends BylineTree {
  constructor() {
    super("byline.annotations");
  }

  protected build({ uri, analysis: a }: ActiveSeed): Node[] {
    return viewGroups(a.annotations).map((g) => {
      const children: Node[] = g.items.map((x) => {
        const item = new vscode.TreeItem(x.label, vscode.TreeItemCollapsibleState.None);
        item.id = `annotation:${x.id}`;
        item.description = x.span ? `${x.description} · line ${lineOf(a.lines, x.span)}` : x.description;
        const md = new vscode.MarkdownString(undefined, true);
        md.appendMarkdown(`$(${KIND_ICONS[x.kind]}) `).appendText(x.label);
        if (x.annotation.kind === "source" && x.annotation.url) md.appendText(`\n${x.annotation.url}`);
        if (x.orphan) md.appendMarkdown("\n\n").appendText(`Orphaned: the text it was on (“${x.annotation.target?.quote.exact ?? ""}”) is no longer in the article. Edit or delete it.`);
        item.tooltip = md;
        item.iconPath = x.orphan
          ? new vscode.ThemeIcon("warning", new vscode.ThemeColor("problemsWarningIcon.foreground"))
          : new vscode.ThemeIcon(KIND_ICONS[x.kind]);
        item.contextValue = x.orphan ? "annotation.orphan" : "annotation";
        if (x.span) item.command = revealCommand(uri, x.span.start, x.span.end);
        const data: AnnotationNodeData = { uri, id: x.id, annotation: x.annotation, orphan: x.orphan };
        return { item, data };
      });
      const item = new vscode.TreeItem(g.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `annotations:${g.key}`;
      item.iconPath = new vscode.ThemeIcon(g.key === "orphans" ? "warning" : KIND_ICONS[g.key]);
      item.contextValue = g.key === "orphans" ? "annotationGroup.orphans" : "annotationGroup";
      return { item, children };
    });
  }
}
