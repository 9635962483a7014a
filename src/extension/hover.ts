import * as vscode from "vscode";
import type { Analysis } from "../core/analyze";
import type { Actor } from "../core/model/actor";
import type { DateMention } from "../core/model/date";
import type { Figure } from "../core/model/figure";
import { fixesOf } from "../core/model/finding";
import { containsOffset, contains } from "../core/model/span";
import { formatDay } from "../core/parse/calendar";
import { ruleById } from "../core/rules";
import { annotationFromFix } from "../core/annotations/fix";
import { lineOf, toOffset, toRange } from "./convert";
import { claimLine, describeAgainstDocument, describeTimex, formatWindow } from "./present";

const KIND_LABEL: Record<Actor["kind"], string> = {
  person: "person",
  organization: "organisation",
  country: "country",
  other: "actor",
};

/** Markdown hover cards: findings first, then the actor, figure or date under the cursor. */
export class BylineHoverProvider implements vscode.HoverProvider {
  constructor(private readonly get: (uri: vscode.Uri) => Analysis | undefined) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const a = this.get(doc.uri);
    if (!a) return undefined;
    const offset = toOffset(a.lines, position);
    const cards = hoverCards(a, offset, doc.uri);
    if (cards.length === 0) return undefined;
    const md = new vscode.MarkdownString(cards.map((c) => c.markdown).join("\n\n---\n\n"));
    const first = cards[0];
    return new vscode.Hover(md, first ? toRange(a.lines, first.span) : undefined);
  }
}

interface Card {
  readonly span: { start: number; end: number };
  readonly markdown: string;
}

/** Every card for the offset, most important first. Exported for the integration tests. */
export function hoverCards(a: Analysis, offset: number, uri: vscode.Uri): Card[] {
  const cards: Card[] = [];
  for (const f of a.findings) {
    if (!containsOffset(f.span, offset)) continue;
    // VS Code already shows the diagnostic's message above this card: lead with the why.
    const why = f.explanation ?? ruleById(f.ruleId)?.description ?? f.message;
    const lines = [`**Byline \`${f.ruleId}\`** — ${esc(why)}`];
    const fixes = fixesOf(f).filter((x) => x.kind !== "annotation" || annotationFromFix(f, x));
    if (fixes.length > 0) lines.push("", `Fix: ${fixes.map((x) => esc(x.title)).join(" · ")}`);
    cards.push({ span: f.span, markdown: lines.join("\n") });
  }
  const actor = a.actors.find((x) => x.mentions.some((m) => containsOffset(m.span, offset)));
  if (actor) {
    const m = actor.mentions.find((x) => containsOffset(x.span, offset));
    if (m) cards.push({ span: m.span, markdown: actorCard(a, actor, uri) });
  }
  const figure = a.figures.find((f) => containsOffset(f.span, offset));
  if (figure) cards.push({ span: figure.span, markdown: figureCard(a, figure) });
  const date = a.dates.find((d) => containsOffset(d.span, offset));
  if (date) cards.push({ span: date.span, markdown: dateCard(a, date) });
  return cards;
}

function actorCard(a: Analysis, actor: Actor, uri: vscode.Uri): string {
  const n = actor.mentions.length;
  const head = `**${esc(actor.name)}** — ${KIND_LABEL[actor.kind]} · ${n} mention${n === 1 ? "" : "s"}`;
  const out = [head];
  if (actor.roles.length > 0) out.push("", `In this article: ${actor.roles.map(esc).join("; ")}`);
  if (actor.offices.length > 0) {
    const offices = actor.offices.map((o) => {
      const span = o.from || o.to ? ` (${o.from ?? "…"} – ${o.to ?? "today"})` : "";
      return `${esc(o.title)}${o.of ? ` of ${esc(o.of)}` : ""}${span}`;
    });
    out.push("", `Offices: ${offices.join("; ")}`);
  }
  const claims = actor.claims.map((i) => a.claims[i]).filter((c) => c !== undefined);
  if (claims.length > 0) {
    out.push("", "Claims here:");
    for (const c of claims.slice(0, 8)) {
      const line = lineOf(a.lines, c.content);
      out.push(`- ${esc(claimLine(c, 70))} ([line ${line}](${uri.with({ fragment: `L${line}` }).toString()}))`);
    }
    if (claims.length > 8) out.push(`- … and ${claims.length - 8} more`);
  }
  return out.join("\n");
}

function figureCard(a: Analysis, f: Figure): string {
  const unit = f.unit ? ` ${esc(f.unit)}` : "";
  const out = [`**${esc(f.text)}** — ${f.kind}: ${f.value.toLocaleString("en-US")}${unit}`];
  const unsourced = a.findings.find((x) => x.ruleId === "unsourced-figure" && contains(x.span, f.numberSpan));
  const frame = a.frames.find((fr) => contains(fr.content, f.span));
  if (unsourced) {
    // The rule's message names the figure first ("Unsourced figure "x": why"); keep the why.
    const colon = unsourced.message.indexOf(": ");
    out.push("", `Unsourced: ${esc(colon > 0 ? unsourced.message.slice(colon + 2) : unsourced.message)}`);
  }
  else if (frame) {
    const who = frame.actorId ? (a.actors.find((x) => x.id === frame.actorId)?.name ?? frame.sourceText) : frame.sourceText;
    out.push("", `Sourced by ${esc(who)} via “${esc(frame.cue)}”`);
  } else {
    const q = a.quotes.find((x) => contains(x.span, f.span));
    if (q) out.push("", `Inside a quotation${q.speakerText ? ` by ${esc(q.speakerText)}` : ""}`);
  }
  return out.join("\n");
}

function dateCard(a: Analysis, d: DateMention): string {
  const doc = a.documentDate;
  const against = describeAgainstDocument(d.value, doc);
  const mod = d.mod ? ` (${d.mod.toLowerCase().replace(/_/g, " ")})` : "";
  const out = [`**${esc(d.text)}** → ${esc(describeTimex(d.value))}${mod}${against ? ` · ${against}` : ""}`];
  out.push("", `TIMEX3 ${d.type} \`${esc(d.value)}\``);
  out.push("", documentDateMarkdown(a));
  return out.join("\n");
}

/** "Document dated 24 Feb 2025 – 23 Feb 2026" with its reasons, as Markdown. */
export function documentDateMarkdown(a: Analysis): string {
  const doc = a.documentDate;
  if (!doc) return "Document date: unknown — set it with **Byline: Set Document Date**.";
  const out = [`Document dated **${formatWindow(doc)}**, because:`];
  for (const b of doc.basis) {
    const where = b.span ? ` (line ${lineOf(a.lines, b.span)})` : "";
    out.push(`- ${esc(b.message)}${where}`);
  }
  for (const c of doc.conflicts) out.push(`- conflicting: ${esc(c.message)}`);
  return out.join("\n");
}

export function formatDocumentDate(a: Analysis): string | undefined {
  return a.documentDate ? formatWindow(a.documentDate) : undefined;
}

export { formatDay };

/** Escapes Markdown in text from the article. */
function esc(s: string): string {
  return s.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}
