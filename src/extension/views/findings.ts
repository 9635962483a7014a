import * as vscode from "vscode";
import { fixesOf, type Finding } from "../../core/model/finding";
import { ruleById } from "../../core/rules";
import { annotationFromFix } from "../../core/annotations/fix";
import { lineOf } from "../convert";
import { excerpt } from "../present";
import { BylineTree, IdMaker, revealCommand, type ActiveSeed, type Node } from "./node";

const ICON: Record<Finding["severity"], vscode.ThemeIcon> = {
  error: new vscode.ThemeIcon("error", new vscode.ThemeColor("problemsErrorIcon.foreground")),
  warning: new vscode.ThemeIcon("warning", new vscode.ThemeColor("problemsWarningIcon.foreground")),
  information: new vscode.ThemeIcon("info", new vscode.ThemeColor("problemsInfoIcon.foreground")),
  hint: new vscode.ThemeIcon("lightbulb"),
};

export interface FindingNodeData {
  readonly uri: vscode.Uri;
  readonly finding: Finding;
}

export interface RuleNodeData {
  readonly uri: vscode.Uri;
  readonly ruleId: string;
}

/** Findings grouped by rule, with counts; selecting one reveals it; the context menu fixes it. */
export class FindingsTree extends BylineTree {
  constructor() {
    super("byline.findings");
  }

  protected build({ uri, analysis: a }: ActiveSeed): Node[] {
    const ids = new IdMaker();
    const groups = new Map<string, Finding[]>();
    for (const f of a.findings) groups.set(f.ruleId, [...(groups.get(f.ruleId) ?? []), f]);
    return [...groups].map(([ruleId, findings]) => {
      const children: Node[] = findings.map((f) => {
        const text = a.text.slice(f.span.start, f.span.end);
        // The flagged words first (the rule is the group), then where and why.
        const item = new vscode.TreeItem(`“${excerpt(text, 48)}”`, vscode.TreeItemCollapsibleState.None);
        item.id = ids.id(`finding:${ruleId}:${f.code}:${text}`);
        item.description = `line ${lineOf(a.lines, f.span)} · ${f.message}`;
        item.tooltip = new vscode.MarkdownString().appendText(f.explanation ? `${f.message}\n\n${f.explanation}` : f.message);
        item.iconPath = ICON[f.severity];
        item.contextValue = fixesOf(f).some((x) => x.kind !== "annotation" || annotationFromFix(f, x)) ? "finding.fixable" : "finding";
        item.command = revealCommand(uri, f.span.start, f.span.end);
        const data: FindingNodeData = { uri, finding: f };
        return { item, data };
      });
      const item = new vscode.TreeItem(ruleId, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `rule:${ruleId}`;
      item.description = String(findings.length);
      item.tooltip = ruleById(ruleId)?.description ?? ruleId;
      item.iconPath = new vscode.ThemeIcon("law");
      item.contextValue = "rule";
      const data: RuleNodeData = { uri, ruleId };
      return { item, children, data };
    });
  }
}
