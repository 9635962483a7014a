import * as vscode from "vscode";
import type { Actor } from "../../core/model/actor";
import { lineOf } from "../convert";
import { claimLine, excerpt } from "../present";
import { BylineTree, IdMaker, revealCommand, type ActiveSeed, type Node } from "./node";

const ICON: Record<Actor["kind"], string> = {
  person: "person",
  organization: "organization",
  country: "globe",
  other: "symbol-misc",
};

/** Actors by number of mentions; children are their claims and quotes. */
export class ActorsTree extends BylineTree {
  constructor() {
    super("byline.actors");
  }

  protected build({ uri, analysis: a }: ActiveSeed): Node[] {
    const ids = new IdMaker();
    const actors = [...a.actors].sort((x, y) => y.mentions.length - x.mentions.length || x.name.localeCompare(y.name));
    return actors.map((actor) => {
      const children: Node[] = [];
      for (const ci of actor.claims) {
        const c = a.claims[ci];
        if (!c) continue;
        const item = new vscode.TreeItem(claimLine(c), vscode.TreeItemCollapsibleState.None);
        item.id = ids.id(`actor:${actor.id}/claim:${c.text.slice(0, 40)}`);
        item.description = `${c.direct ? "quote" : "claim"} · line ${lineOf(a.lines, c.content)}`;
        item.tooltip = new vscode.MarkdownString().appendText(c.cue ? `${c.cue}: ${c.text}` : c.text);
        item.iconPath = new vscode.ThemeIcon(c.direct ? "quote" : "comment");
        item.command = revealCommand(uri, c.content.start, c.content.end);
        children.push({ item });
      }
      // Quotes this actor speaks that no claim already covers.
      for (const q of a.quotes) {
        if (q.speakerId !== actor.id) continue;
        const covered = actor.claims.some((ci) => {
          const c = a.claims[ci];
          return c !== undefined && c.content.start <= q.inner.start && q.inner.end <= c.content.end;
        });
        if (covered) continue;
        const item = new vscode.TreeItem(`“${excerpt(q.text)}”`, vscode.TreeItemCollapsibleState.None);
        item.id = ids.id(`actor:${actor.id}/quote:${q.text.slice(0, 40)}`);
        item.description = `quote · line ${lineOf(a.lines, q.span)}`;
        item.tooltip = new vscode.MarkdownString().appendText(q.text);
        item.iconPath = new vscode.ThemeIcon("quote");
        item.command = revealCommand(uri, q.inner.start, q.inner.end);
        children.push({ item });
      }
      const first = actor.mentions[0];
      const item = new vscode.TreeItem(
        actor.name,
        children.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
      );
      item.id = ids.id(`actor:${actor.id}`);
      const n = actor.mentions.length;
      item.description = [actor.roles[0], `${n} mention${n === 1 ? "" : "s"}`].filter(Boolean).join(" · ");
      item.tooltip = new vscode.MarkdownString().appendMarkdown(
        `**${actor.name}** (${actor.kind})${actor.roles.length ? `\n\n${actor.roles.join("; ")}` : ""}`,
      );
      item.iconPath = new vscode.ThemeIcon(ICON[actor.kind]);
      item.contextValue = "actor";
      if (first) item.command = revealCommand(uri, first.span.start, first.span.end);
      return { item, children, data: actor };
    });
  }
}
