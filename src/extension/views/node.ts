import * as vscode from "vscode";
import type { Analysis } from "../../core/analyze";

/** What the views show: the active seed file and its analysis. */
export interface ActiveSeed {
  readonly uri: vscode.Uri;
  readonly analysis: Analysis;
}

/** A tree node: its TreeItem (with a stable id, so expansion survives refreshes) and children. */
export interface Node {
  readonly item: vscode.TreeItem;
  readonly children?: readonly Node[];
  /** Extra data for context-menu commands. */
  readonly data?: unknown;
}

/** The command that reveals and selects a span of the active seed file. */
export function revealCommand(uri: vscode.Uri, start: number, end: number, title = "Reveal"): vscode.Command {
  return { command: "byline.revealSpan", title, arguments: [uri.toString(), start, end] };
}

/**
 * A tree view's data: nodes rebuilt on each analysis, with ids that stay the same across edits, so
 * VS Code keeps which nodes were expanded. Counts occurrences to keep duplicate keys apart.
 */
export abstract class BylineTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: readonly Node[] = [];

  constructor(protected readonly viewId: string) {}

  update(active: ActiveSeed | undefined): void {
    this.roots = active ? this.build(active) : [];
    this.changed.fire(undefined);
  }

  protected abstract build(active: ActiveSeed): Node[];

  getTreeItem(n: Node): vscode.TreeItem {
    return n.item;
  }

  getChildren(n?: Node): Node[] {
    return [...(n ? (n.children ?? []) : this.roots)];
  }

  getParent(): undefined {
    return undefined;
  }

  /** The current nodes, for tests and the API. */
  get nodes(): readonly Node[] {
    return this.roots;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Makes ids unique by counting repeats of the same key. */
export class IdMaker {
  private readonly seen = new Map<string, number>();
  id(key: string): string {
    const n = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  }
}
