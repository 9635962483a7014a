import * as vscode from "vscode";
import { lineOf } from "../convert";
import { describeAgainstDocument, describeTimex, formatWindow, relationTo, timexSortKey } from "../present";
import { BylineTree, IdMaker, revealCommand, type ActiveSeed, type Node } from "./node";

/** The document date first, then every dated event in date order, past and future told apart. */
export class TimelineTree extends BylineTree {
  constructor() {
    super("byline.timeline");
  }

  protected build({ uri, analysis: a }: ActiveSeed): Node[] {
    const ids = new IdMaker();
    const doc = a.documentDate;
    const head = new vscode.TreeItem(doc ? `Document date: ${formatWindow(doc)}` : "Document date: unknown");
    head.id = "timeline:document-date";
    head.iconPath = new vscode.ThemeIcon("calendar");
    head.description = doc ? `${doc.basis.length} reason${doc.basis.length === 1 ? "" : "s"}` : "set it with Byline: Set Document Date";
    head.tooltip = new vscode.MarkdownString(
      doc ? doc.basis.map((b) => `- ${b.message}`).join("\n") || "No reasons given." : "No evidence dates this article.",
    );
    const firstBasis = doc?.basis.find((b) => b.span)?.span;
    if (firstBasis) head.command = revealCommand(uri, firstBasis.start, firstBasis.end);
    else head.command = { command: "byline.setDocumentDate", title: "Set Document Date", arguments: [uri] };
    const nodes: Node[] = [{ item: head }];
    // Dated events only: "now", "currently" (PRESENT_REF …) place nothing on the timeline.
    const dated = a.dates.filter((d) => d.type === "DATE" && !d.value.endsWith("_REF"));
    const sorted = [...dated].sort((x, y) => timexSortKey(x.value).localeCompare(timexSortKey(y.value)) || x.span.start - y.span.start);
    for (const d of sorted) {
      const rel = d.relation ?? relationTo(d.value, doc);
      const reading = describeTimex(d.value);
      const item = new vscode.TreeItem(reading);
      item.id = ids.id(`date:${d.value}:${d.text}`);
      const against = describeAgainstDocument(d.value, doc);
      const written = reading.toLowerCase() === d.text.toLowerCase() ? undefined : `“${d.text}”`;
      item.description = [written, rel === "present" ? "around the document date" : rel, `line ${lineOf(a.lines, d.span)}`]
        .filter(Boolean)
        .join(" · ");
      const sentence = a.document.sentences[d.sentence];
      // (One line: a hard-wrapped sentence's line breaks as spaces.)
      const sentenceText = (sentence ? a.text.slice(sentence.span.start, sentence.span.end) : d.text).replace(/\s+/g, " ");
      item.tooltip = new vscode.MarkdownString().appendText(`${sentenceText}\n\nTIMEX3 ${d.value}${against ? `: ${against}` : ""}`);
      item.iconPath = new vscode.ThemeIcon(
        rel === "past" ? "history" : rel === "future" ? "arrow-right" : rel === "present" ? "circle-filled" : "circle-outline",
      );
      item.contextValue = `date.${rel ?? "unknown"}`;
      item.command = revealCommand(uri, d.span.start, d.span.end);
      nodes.push({ item, data: d });
    }
    return nodes;
  }
}
