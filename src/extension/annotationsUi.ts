import * as vscode from "vscode";
import { isValidIsoDate } from "../core/parse/calendar";
import { ANNOTATION_KINDS, annotationLabel, VERDICTS, type AnnotationDraft, type AnnotationKind, type Verdict } from "../core/annotations";
import type { Finding } from "../core/model/finding";
import type { Span } from "../core/model/span";
import type { AnalysisManager } from "./analysisManager";
import { recordingFixes, selectionSpan } from "./annotations/fixes";
import { annotationsAt, decorationSpans, hoverMarkdown } from "./annotations/presentation";
import type { AnnotationStore, StoreEntry } from "./annotations/store";
import { toOffset, toRange } from "./convert";
import type { SeedFiles } from "./seedFiles";
import type { AnnotationNodeData } from "./views/annotations";
import type { Node } from "./views/node";

/**
 * The editor side of annotations: quick fixes that record, selection commands, decorations and
 * hovers on annotated text, diagnostics on a malformed annotations file, re-targeting on save, and
 * the question when the file changed on disk under unsaved annotation edits. The Annotations view
 * (views/annotations.ts) is built with the other views from the analysis.
 */

/** Code actions that record an annotation for a finding (see annotations/fixes.ts). */
export function annotationActions(uri: vscode.Uri, f: Finding, d?: vscode.Diagnostic): vscode.CodeAction[] {
  return recordingFixes(f).map((fix) => {
    const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    action.command = {
      command: "byline.annotateFinding",
      title: fix.title,
      arguments: [uri, f.ruleId, f.span.start, fix.draft, fix.span],
    };
    if (d) action.diagnostics = [d];
    return action;
  });
}

export interface AnnotationsUiDeps {
  readonly manager: AnalysisManager;
  readonly store: AnnotationStore;
  readonly seeds: SeedFiles;
  readonly command: (id: string, fn: (...args: never[]) => unknown) => void;
}

type SpanArg = { readonly start: number; readonly end: number };

export function registerAnnotationsUi(context: vscode.ExtensionContext, deps: AnnotationsUiDeps): void {
  const { manager, store, seeds, command } = deps;

  // --- malformed annotations files: diagnostics on the file, never overwritten ----------------
  const fileDiagnostics = vscode.languages.createDiagnosticCollection("byline-annotations");
  const told = new Set<string>();
  const onStore = (e: StoreEntry) => {
    const file = vscode.Uri.parse(e.file);
    if (e.state !== "malformed") {
      fileDiagnostics.delete(file);
      told.delete(e.file);
      return;
    }
    fileDiagnostics.set(file, e.problems.map((p) => {
      const start = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
      const d = new vscode.Diagnostic(
        new vscode.Range(start, start.translate(0, Math.max(1, p.length))),
        `${p.path ? `${p.path}: ` : ""}${p.message}`,
        vscode.DiagnosticSeverity.Error,
      );
      d.source = "Byline";
      d.code = "annotations-file";
      return d;
    }));
    if (!told.has(e.file)) {
      told.add(e.file);
      void vscode.window.showWarningMessage(
        `Byline: ${vscode.workspace.asRelativePath(file)} is not a valid annotations file (${e.problems.length} problem${e.problems.length === 1 ? "" : "s"}). It will not be overwritten until it is fixed; the article is analysed without its annotations.`,
      );
    }
  };

  // --- a change on disk that conflicts with unsaved annotation edits: ask, lose nothing ---------
  const onConflict = async (e: { seed: string; conflicts: readonly { id: string }[] }) => {
    const name = vscode.workspace.asRelativePath(vscode.Uri.parse(e.seed));
    const n = e.conflicts.length;
    const pick = await vscode.window.showWarningMessage(
      `Byline: the annotations of ${name} changed on disk while you were annotating (${n} conflicting annotation${n === 1 ? "" : "s"}). Which version do you keep?`,
      { modal: true },
      "Keep Mine",
      "Keep Disk",
    );
    // Dismissed: keep mine (the edits the user just made), the default of resolve().
    const choice = pick === "Keep Disk" ? "theirs" : "mine";
    await store.resolve(e.seed, Object.fromEntries(e.conflicts.map((c) => [c.id, choice])));
  };

  // --- decorations per kind ----------------------------------------------------------------
  const decorationTypes = Object.fromEntries(ANNOTATION_KINDS.map((k) => [k, vscode.window.createTextEditorDecorationType(DECORATIONS[k])])) as Record<AnnotationKind, vscode.TextEditorDecorationType>;
  const decorate = (editor: vscode.TextEditor) => {
    const a = manager.get(editor.document.uri);
    const spans = a ? decorationSpans(a.annotations) : undefined;
    for (const k of ANNOTATION_KINDS) editor.setDecorations(decorationTypes[k], a && spans ? spans[k].map((s) => toRange(a.lines, s)) : []);
  };

  const storeSubs = [store.onDidChange(onStore), store.onConflict((e) => void onConflict(e))];
  context.subscriptions.push(
    fileDiagnostics,
    ...Object.values(decorationTypes),
    { dispose: () => storeSubs.forEach((s) => s.dispose()) },
    manager.onDidAnalyze((e) => {
      for (const ed of vscode.window.visibleTextEditors) if (ed.document.uri.toString() === e.uri.toString()) decorate(ed);
    }),
    vscode.window.onDidChangeVisibleTextEditors((eds) => eds.forEach(decorate)),
    // Saved: the annotations file follows the article (targets move to where they anchor now).
    vscode.workspace.onDidSaveTextDocument((doc) => {
      const key = doc.uri.toString();
      if (seeds.isSeed(doc) && store.annotationsFor(key).length > 0) void store.refreshTargets(key, doc.getText());
    }),
    vscode.languages.registerHoverProvider([{ scheme: "file" }, { scheme: "untitled" }, { scheme: "vscode-remote" }], {
      provideHover(doc, position) {
        const a = manager.get(doc.uri);
        if (!a) return undefined;
        const items = annotationsAt(a.annotations, toOffset(a.lines, position));
        const first = items[0];
        if (!first) return undefined;
        const md = new vscode.MarkdownString(hoverMarkdown(items), true);
        return new vscode.Hover(md, toRange(a.lines, first.span));
      },
    }),
  );

  // --- commands --------------------------------------------------------------------------------
  const seedEditor = async (uri?: vscode.Uri | string): Promise<{ doc: vscode.TextDocument; editor?: vscode.TextEditor } | undefined> => {
    if (uri === undefined) {
      const editor = vscode.window.activeTextEditor;
      return editor ? { doc: editor.document, editor } : undefined;
    }
    const u = typeof uri === "string" ? vscode.Uri.parse(uri) : uri;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === u.toString());
    return editor ? { doc: editor.document, editor } : { doc: await vscode.workspace.openTextDocument(u) };
  };

  /** Records `draft` on `span` of the document (the current text, so the quote is what the user sees). */
  const record = async (doc: vscode.TextDocument, draft: AnnotationDraft, span: Span | undefined) => {
    if (!seeds.isSeed(doc)) seeds.addForSession(doc.uri);
    await store.add(doc.uri.toString(), draft, doc.getText(), span);
    return manager.whenAnalyzed(doc);
  };

  /** The span a selection command works on: an explicit span, else the selection or word. */
  const targetOf = async (uriArg: unknown, spanArg: unknown): Promise<{ doc: vscode.TextDocument; span: Span } | undefined> => {
    const target = await seedEditor(uriArg instanceof vscode.Uri || typeof uriArg === "string" ? uriArg : undefined);
    if (!target) {
      void vscode.window.showInformationMessage("Byline: open a seed file and select the text to annotate.");
      return undefined;
    }
    const text = target.doc.getText();
    const given = spanArg as SpanArg | undefined;
    const sel = target.editor?.selection;
    const span =
      given && typeof given.start === "number" && typeof given.end === "number"
        ? { start: given.start, end: given.end }
        : sel
          ? selectionSpan(text, target.doc.offsetAt(sel.start), target.doc.offsetAt(sel.end))
          : undefined;
    if (!span || span.end <= span.start) {
      void vscode.window.showInformationMessage("Byline: select the text to annotate (a figure, a quote, a claim).");
      return undefined;
    }
    return { doc: target.doc, span };
  };

  const askSource = async (): Promise<{ source: string; url?: string } | undefined> => {
    const source = await vscode.window.showInputBox({
      title: "Byline: Add Source",
      prompt: "Where does this come from? (a report, a press conference, a person)",
      placeHolder: "IMF World Economic Outlook, October 2025",
      validateInput: (v) => (v.trim() ? undefined : "The source's name"),
    });
    if (!source?.trim()) return undefined;
    const url = await vscode.window.showInputBox({
      title: "Byline: Add Source (optional link)",
      prompt: "A link to the source, or leave empty",
      placeHolder: "https://…",
      validateInput: (v) => (!v.trim() || /^https?:\/\/\S+$/.test(v.trim()) ? undefined : "A web address starting with http:// or https://"),
    });
    if (url === undefined) return undefined; // Escape: cancel the whole command
    return { source: source.trim(), ...(url.trim() ? { url: url.trim() } : {}) };
  };

  command("byline.annotateFinding", async (uriArg: vscode.Uri | string, ruleId: string, start: number, draft?: AnnotationDraft, spanArg?: SpanArg, sourceName?: string) => {
    const uri = typeof uriArg === "string" ? vscode.Uri.parse(uriArg) : uriArg;
    const a = manager.get(uri);
    const f = a?.findings.find((x) => x.ruleId === ruleId && x.span.start === start);
    const target = await seedEditor(uri);
    if (!a || !f || !target) {
      void vscode.window.showWarningMessage("Byline: that finding changed; try the quick fix again.");
      return undefined;
    }
    let d = draft;
    if (!d) {
      const s = sourceName ? { source: sourceName } : await askSource();
      if (!s) return undefined;
      d = { kind: "source", ...s };
    }
    const span = spanArg && spanArg.end > spanArg.start ? { start: spanArg.start, end: spanArg.end } : f.span;
    return record(target.doc, d, span);
  });

  command("byline.addSource", async (uri?: vscode.Uri, span?: SpanArg, source?: string, url?: string) => {
    const t = await targetOf(uri, span);
    if (!t) return undefined;
    const s = source ? { source, ...(url ? { url } : {}) } : await askSource();
    if (!s) return undefined;
    return record(t.doc, { kind: "source", ...s }, t.span);
  });

  command("byline.addNote", async (uri?: vscode.Uri, span?: SpanArg, text?: string) => {
    const t = await targetOf(uri, span);
    if (!t) return undefined;
    const note = text ?? (await vscode.window.showInputBox({ title: "Byline: Add Note", prompt: `A note on “${excerpt(t.doc.getText().slice(t.span.start, t.span.end))}”`, validateInput: (v) => (v.trim() ? undefined : "The note's text") }));
    if (!note?.trim()) return undefined;
    return record(t.doc, { kind: "note", text: note.trim() }, t.span);
  });

  const verdictCommand = (verdict: Verdict, title: string) =>
    async (uri?: vscode.Uri, span?: SpanArg, text?: string) => {
      const t = await targetOf(uri, span);
      if (!t) return undefined;
      const why = text ?? (await vscode.window.showInputBox({ title: `Byline: Mark as ${title}`, prompt: "Why? (optional: what you checked, against which source)" }));
      if (why === undefined) return undefined;
      return record(t.doc, { kind: "verdict", verdict, ...(why.trim() ? { text: why.trim() } : {}) }, t.span);
    };
  command("byline.markVerified", verdictCommand("verified", "Verified"));
  command("byline.markDisputed", verdictCommand("disputed", "Disputed"));
  command("byline.markFalse", verdictCommand("false", "False"));

  const nodeData = (arg: unknown): AnnotationNodeData | undefined => {
    const d = (arg && typeof arg === "object" && "id" in arg && "uri" in arg ? arg : (arg as Node | undefined)?.data) as AnnotationNodeData | undefined;
    return d && typeof d.id === "string" ? d : undefined;
  };

  command("byline.editAnnotation", async (arg?: Node | AnnotationNodeData, value?: Partial<AnnotationDraft>) => {
    const d = nodeData(arg);
    if (!d) return;
    const seed = d.uri.toString();
    const current = (await store.get(seed)).current.annotations.find((x) => x.id === d.id) ?? d.annotation;
    const patch = value ?? (await askPatch(current));
    if (!patch) return;
    await store.update(seed, d.id, patch);
    const doc = vscode.workspace.textDocuments.find((x) => x.uri.toString() === seed);
    return doc ? manager.whenAnalyzed(doc) : undefined;
  });

  command("byline.deleteAnnotation", async (arg?: Node | AnnotationNodeData, confirmed?: boolean) => {
    const d = nodeData(arg);
    if (!d) return;
    if (confirmed !== true) {
      const ok = await vscode.window.showWarningMessage(`Delete the annotation “${annotationLabel(d.annotation)}”?`, { modal: true }, "Delete");
      if (ok !== "Delete") return;
    }
    await store.remove(d.uri.toString(), d.id);
    const doc = vscode.workspace.textDocuments.find((x) => x.uri.toString() === d.uri.toString());
    return doc ? manager.whenAnalyzed(doc) : undefined;
  });
}

/** Asks for the new value of an annotation's main field (by kind). */
async function askPatch(a: import("../core/annotations").Annotation): Promise<Partial<AnnotationDraft> | undefined> {
  const title = `Byline: Edit ${annotationLabel(a)}`;
  switch (a.kind) {
    case "source": {
      const source = await vscode.window.showInputBox({ title, prompt: "The source's name", value: a.source, validateInput: (v) => (v.trim() ? undefined : "The source's name") });
      if (!source?.trim()) return undefined;
      const url = await vscode.window.showInputBox({ title, prompt: "A link to the source, or leave empty", value: a.url ?? "", validateInput: (v) => (!v.trim() || /^https?:\/\/\S+$/.test(v.trim()) ? undefined : "A web address starting with http:// or https://") });
      if (url === undefined) return undefined;
      return { kind: "source", source: source.trim(), ...(url.trim() ? { url: url.trim() } : {}) } as Partial<AnnotationDraft>;
    }
    case "note": {
      const text = await vscode.window.showInputBox({ title, value: a.text, validateInput: (v) => (v.trim() ? undefined : "The note's text") });
      return text?.trim() ? ({ kind: "note", text: text.trim() } as Partial<AnnotationDraft>) : undefined;
    }
    case "verdict": {
      const pick = await vscode.window.showQuickPick(VERDICTS.map((v) => ({ label: v, picked: v === a.verdict })), { title, placeHolder: "Verdict" });
      if (!pick) return undefined;
      const text = await vscode.window.showInputBox({ title, prompt: "Why? (optional)", value: a.text ?? "" });
      if (text === undefined) return undefined;
      return { kind: "verdict", verdict: pick.label, ...(text.trim() ? { text: text.trim() } : {}) } as Partial<AnnotationDraft>;
    }
    case "suppress": {
      const reason = await vscode.window.showInputBox({ title, prompt: `Why ${a.ruleId} does not apply here (optional)`, value: a.reason ?? "" });
      return reason === undefined ? undefined : ({ kind: "suppress", ...(reason.trim() ? { reason: reason.trim() } : {}) } as Partial<AnnotationDraft>);
    }
    case "actor": {
      const alias = await vscode.window.showInputBox({ title, prompt: "The actor this mention is (empty: not an actor)", value: a.alias ?? "" });
      if (alias === undefined) return undefined;
      return (alias.trim() ? { kind: "actor", alias: alias.trim() } : { kind: "actor", notAnActor: true }) as Partial<AnnotationDraft>;
    }
    case "document-date": {
      const date = await vscode.window.showInputBox({ title, prompt: "The article's date", value: a.date, validateInput: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v.trim()) && isValidIsoDate(v.trim()) ? undefined : "YYYY-MM-DD") });
      return date?.trim() ? ({ kind: "document-date", date: date.trim() } as Partial<AnnotationDraft>) : undefined;
    }
  }
}

function excerpt(s: string, n = 40): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

/** Subtle per kind: a thin coloured underline (sources green, notes yellow, verdicts blue, …). */
const DECORATIONS: Record<AnnotationKind, vscode.DecorationRenderOptions> = {
  source: { borderStyle: "none none dotted none", borderWidth: "0 0 2px 0", borderColor: new vscode.ThemeColor("charts.green"), overviewRulerColor: new vscode.ThemeColor("charts.green"), overviewRulerLane: vscode.OverviewRulerLane.Center },
  note: { borderStyle: "none none dotted none", borderWidth: "0 0 2px 0", borderColor: new vscode.ThemeColor("charts.yellow"), overviewRulerColor: new vscode.ThemeColor("charts.yellow"), overviewRulerLane: vscode.OverviewRulerLane.Center },
  verdict: { borderStyle: "none none solid none", borderWidth: "0 0 1px 0", borderColor: new vscode.ThemeColor("charts.blue"), overviewRulerColor: new vscode.ThemeColor("charts.blue"), overviewRulerLane: vscode.OverviewRulerLane.Center },
  suppress: { opacity: "0.85", borderStyle: "none none dotted none", borderWidth: "0 0 1px 0", borderColor: new vscode.ThemeColor("editorLineNumber.foreground") },
  actor: { borderStyle: "none none dashed none", borderWidth: "0 0 1px 0", borderColor: new vscode.ThemeColor("charts.purple") },
  "document-date": { borderStyle: "none none dotted none", borderWidth: "0 0 1px 0", borderColor: new vscode.ThemeColor("charts.orange") },
};
