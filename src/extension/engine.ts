import * as path from "node:path";
import * as vscode from "vscode";
import { analyze, type Analysis } from "../core/analyze";
import { isValidIsoDate } from "../core/parse/calendar";
import { rules } from "../core/rules";
import { annotationFromFix } from "../core/annotations/fix";
import { fixesOf } from "../core/model/finding";
import { WorkspaceKnowledge } from "./knowledge";
import { AnalysisManager, type AnalysisEvent } from "./analysisManager";
import { createWorkspaceAnnotationStore } from "./annotations/vscodeFs";
import { actionsForFinding, BylineCodeActionProvider, ruleActions } from "./codeActions";
import { toRange, toWorkspaceEdit } from "./convert";
import { documentDateEdit, fixAllEdits } from "./edits";
import { BylineHoverProvider, hoverCards } from "./hover";
import { readSettings } from "./settings";
import { SeedFiles } from "./seedFiles";
import { StatusBar } from "./statusBar";
import { ActorsTree } from "./views/actors";
import { FindingsTree, type FindingNodeData, type RuleNodeData } from "./views/findings";
import type { ActiveSeed, BylineTree, Node } from "./views/node";
import { TimelineTree } from "./views/timeline";
import { AnnotationsTree } from "./views/annotations";
import { registerAnnotationsUi } from "./annotationsUi";
import { findSeedFiles, scanWorkspace, type ScanControl, type WorkspaceScanDeps, type WorkspaceScanResult } from "./scan/workspaceScan";
import type { AnnotationStore } from "./annotations/store";

export type ViewName = "actors" | "findings" | "timeline" | "annotations";

/** What `activate()` returns: used by the integration tests, and by other extensions if they wish. */
export interface BylineApi {
  readonly analyze: typeof analyze;
  getAnalysis(uri: vscode.Uri): Analysis | undefined;
  /** Resolves once the document's current text has been analysed (undefined: not a seed file). */
  whenAnalyzed(doc: vscode.TextDocument): Promise<Analysis | undefined>;
  /** The items of a side-panel view as it shows them now (children included). */
  treeItems(view: ViewName): TreeSnapshot[];
  /** The hover cards' Markdown at an offset, as the hover provider would show them. */
  hoverMarkdown(uri: vscode.Uri, offset: number): string[];
  /** The active seed file the views and status bar follow. */
  activeSeed(): vscode.Uri | undefined;
  statusText(): string | undefined;
  /** The annotations store (the seed files' NAME.byline.json), for tests and scripts. */
  readonly annotations: AnnotationStore;
  /** Fires after each analysis of an open seed file. */
  readonly onDidAnalyze: vscode.Event<AnalysisEvent>;
  /** What Byline: Analyze Workspace does, with a cancellation token and a callback per file of the caller's. */
  analyzeWorkspace(control?: ScanControl): Promise<WorkspaceScanResult>;
}

export interface TreeSnapshot {
  readonly id: string | undefined;
  readonly label: string;
  readonly description: string | undefined;
  readonly tooltip: string | undefined;
  readonly icon: string | undefined;
  readonly contextValue: string | undefined;
  readonly command: string | undefined;
  readonly children: TreeSnapshot[];
}

/** What the activation bundle (extension.ts) takes from the engine once it is loaded. */
export interface Engine {
  readonly api: BylineApi;
  readonly hover: vscode.HoverProvider;
  readonly codeActions: vscode.CodeActionProvider;
}

/** Registers a command handler: the activation bundle registered the command ids already. */
export type CommandRegistrar = (id: string, fn: (...args: never[]) => unknown) => void;

/**
 * Starts everything the extension does: its analyses, views, status bar, watchers and command
 * handlers. Loaded as its own bundle (dist/extension-engine.js) right after activation, or at once
 * when a command or provider needs it first.
 */
export function start(context: vscode.ExtensionContext, command: CommandRegistrar): Engine {
  const settings = (uri?: vscode.Uri) => readSettings(uri);
  const seeds = new SeedFiles(settings);
  const ruleDoc = (id: string) => vscode.Uri.joinPath(context.extensionUri, "docs", "rules", `${id}.md`);
  const annotations = createWorkspaceAnnotationStore();
  context.subscriptions.push(annotations);
  // The workspace's own knowledge (.byline/knowledge.json): read now and on every change.
  const knowledge = new WorkspaceKnowledge();
  const manager = new AnalysisManager(seeds, settings, ruleDoc, annotations.store, () => knowledge.knowledge);
  context.subscriptions.push(
    knowledge,
    knowledge.onDidChange(() => manager.reconsiderAll()),
    // Annotations files elsewhere: look every article's file up again, then re-analyse.
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration("byline.annotationsFolder")) return;
      annotations.store.forgetAll();
      manager.reconsiderAll();
    }),
  );
  void knowledge.reload();
  const trees = { actors: new ActorsTree(), findings: new FindingsTree(), timeline: new TimelineTree(), annotations: new AnnotationsTree() };
  const status = new StatusBar();
  context.subscriptions.push(manager, status, ...Object.values(trees));

  const views = Object.entries(trees).map(([name, tree]) =>
    vscode.window.createTreeView(`byline.${name}`, { treeDataProvider: tree, showCollapseAll: name !== "timeline" }),
  );
  context.subscriptions.push(...views);

  // The views and the status bar follow the active editor's seed file.
  let active: vscode.Uri | undefined;
  const refreshViews = () => {
    const editor = vscode.window.activeTextEditor;
    const doc = editor?.document;
    const isSeed = doc !== undefined && seeds.isSeed(doc);
    if (doc && !isSeed && active && doc.uri.toString() !== active.toString() && editor?.viewColumn === undefined) {
      return; // focus moved to an output or panel editor: keep showing the seed file
    }
    active = isSeed ? doc.uri : undefined;
    const analysis = active ? manager.get(active) : undefined;
    const seed: ActiveSeed | undefined = active && analysis ? { uri: active, analysis } : undefined;
    for (const t of Object.values(trees) as BylineTree[]) t.update(seed);
    const empty: Record<ViewName, string> = {
      actors: "No people or organisations found in this article.",
      findings: "No findings in this article.",
      timeline: "",
      annotations: "No annotations yet: select text and use Byline: Add Source…, Add Note… or Mark as Verified.",
    };
    (["actors", "findings", "timeline", "annotations"] as const).forEach((name, i) => {
      const view = views[i];
      if (view) view.message = seed && trees[name].nodes.length === 0 ? empty[name] : "";
    });
    void vscode.commands.executeCommand("setContext", "byline.seedActive", isSeed);
    const tooLarge = active ? manager.tooLargeInfo(active) : undefined;
    const title = seed ? `${seed.analysis.findings.length}` : undefined;
    views[1] && (views[1].badge = title && title !== "0" ? { value: Number(title), tooltip: `${title} Byline findings` } : undefined);
    status.update(isSeed ? (seed?.analysis ?? null) : undefined, tooLarge);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(refreshViews),
    manager.onDidAnalyze((e) => {
      if (!active || e.uri.toString() === active.toString() || vscode.window.activeTextEditor?.document.uri.toString() === e.uri.toString()) {
        refreshViews();
      }
    }),
  );

  // Registered by the activation bundle, which forwards to these.
  const hover = new BylineHoverProvider((u) => manager.get(u));
  const codeActions = new BylineCodeActionProvider((u) => manager.get(u), manager.diagnostics, (doc) => manager.whenAnalyzed(doc));

  const editorFor = async (uri?: vscode.Uri): Promise<vscode.TextEditor | undefined> => {
    if (!uri) return vscode.window.activeTextEditor;
    const open = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    return open ?? vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  };
  const analysisOf = async (uri?: vscode.Uri): Promise<{ doc: vscode.TextDocument; analysis: Analysis } | undefined> => {
    const editor = await editorFor(uri ?? active);
    if (!editor) return undefined;
    const analysis = await manager.whenAnalyzed(editor.document);
    return analysis ? { doc: editor.document, analysis } : undefined;
  };


  command("byline.analyzeFile", async () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc) {
      void vscode.window.showInformationMessage("Byline: open a text file to analyse it.");
      return;
    }
    seeds.addForSession(doc.uri);
    manager.schedule(doc, 0);
    const a = await manager.whenAnalyzed(doc);
    refreshViews();
    if (a) void vscode.window.showInformationMessage(`Byline: ${a.findings.length} finding${a.findings.length === 1 ? "" : "s"} in this file.`);
  });

  let output: vscode.OutputChannel | undefined;
  const log = (line: string) => {
    if (!output) context.subscriptions.push((output = vscode.window.createOutputChannel("Byline")));
    output.appendLine(line);
  };
  const scanDeps: WorkspaceScanDeps = {
    manager,
    settings,
    annotations: annotations.store,
    knowledge: () => ({ files: knowledge.files, base: knowledge.knowledge }),
    workerFile: path.join(__dirname, "extension-worker.js"),
    log,
  };
  const analyzeWorkspace = async (control: ScanControl = {}): Promise<WorkspaceScanResult> => {
    const files = await findSeedFiles(settings());
    return scanWorkspace(scanDeps, files, control);
  };

  command("byline.analyzeWorkspace", async () => {
    const files = await findSeedFiles(settings());
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: "Byline: analysing the workspace", cancellable: true },
      (progress, token) =>
        scanWorkspace(scanDeps, files, {
          token,
          onFile: (uri) => progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(1, files.length) }),
        }),
    );
    const note = result.skipped.length ? ` Not analysed (over byline.maxFileSize, or binary): ${result.skipped.join(", ")}.` : "";
    void vscode.window.showInformationMessage(`Byline: ${result.findings} finding${result.findings === 1 ? "" : "s"} in ${result.files} of ${result.total} seed files.${note}`);
    return result;
  });

  command("byline.showRuleDocumentation", async (ruleId?: string) => {
    const id =
      typeof ruleId === "string"
        ? ruleId
        : (await vscode.window.showQuickPick(rules.map((r) => ({ label: r.id, description: r.defaultSeverity, detail: r.description })), {
            placeHolder: "Which rule?",
          }))?.label;
    if (!id) return;
    const uri = ruleDoc(id);
    try {
      await vscode.workspace.fs.stat(uri);
      await vscode.commands.executeCommand("markdown.showPreview", uri);
    } catch {
      const rule = rules.find((r) => r.id === id);
      void vscode.window.showInformationMessage(`${id}: ${rule?.description ?? "unknown rule"}`);
    }
  });

  command("byline.setDocumentDate", async (uriArg?: vscode.Uri, suggested?: string, date?: string) => {
    const target = await analysisOf(uriArg instanceof vscode.Uri ? uriArg : undefined);
    if (!target) {
      void vscode.window.showInformationMessage("Byline: open a seed file to set its date.");
      return;
    }
    const valid = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v.trim()) && isValidIsoDate(v.trim());
    if (date !== undefined && !valid(date)) throw new Error(`Byline: not a calendar date: ${date}`);
    const current = target.analysis.document.frontMatter?.fields.date;
    const value = date ?? await vscode.window.showInputBox({
      title: "Byline: Set Document Date",
      prompt: "When was this article written? Written to the front matter as `date:`.",
      placeHolder: "YYYY-MM-DD",
      value: suggested ?? current ?? target.analysis.documentDate?.to ?? "",
      validateInput: (v) => (valid(v) ? undefined : "A calendar date as YYYY-MM-DD, e.g. 2025-12-28"),
    });
    if (!value) return;
    const edit = documentDateEdit(target.analysis, value.trim());
    await vscode.workspace.applyEdit(toWorkspaceEdit(target.doc.uri, target.analysis.lines, [edit]));
  });

  command("byline.disableRule", async (ruleId?: string) => {
    const id =
      typeof ruleId === "string"
        ? ruleId
        : (ruleId as RuleNodeData | undefined)?.ruleId ??
          (await vscode.window.showQuickPick(rules.map((r) => r.id), { placeHolder: "Disable which rule in this workspace?" }));
    if (!id) return;
    const cfg = vscode.workspace.getConfiguration("byline");
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    const current = (target === vscode.ConfigurationTarget.Workspace ? cfg.inspect<Record<string, string>>("rules")?.workspaceValue : cfg.inspect<Record<string, string>>("rules")?.globalValue) ?? {};
    await cfg.update("rules", { ...current, [id]: "off" }, target);
  });

  command("byline.fixAll", async (arg?: string | RuleNodeData) => {
    const ruleId = typeof arg === "string" ? arg : arg?.ruleId;
    const target = await analysisOf(typeof arg === "object" ? arg.uri : undefined);
    if (!target) return;
    const ids = ruleId ? [ruleId] : [...new Set(target.analysis.findings.map((f) => f.ruleId))];
    const edits = ids.flatMap((r) => fixAllEdits(target.analysis.findings, r) ?? []);
    if (edits.length === 0) {
      void vscode.window.showInformationMessage("Byline: nothing here can be fixed without a choice; use the quick fixes one by one.");
      return;
    }
    await vscode.workspace.applyEdit(toWorkspaceEdit(target.doc.uri, target.analysis.lines, edits));
  });

  command("byline.fixFinding", async (node?: Node | FindingNodeData) => {
    const data = (node && "finding" in node ? node : (node as Node | undefined)?.data) as FindingNodeData | undefined;
    if (!data) return;
    const a = manager.get(data.uri);
    if (!a) return;
    const f = a.findings.find((x) => x.ruleId === data.finding.ruleId && x.span.start === data.finding.span.start) ?? data.finding;
    const actions = [...actionsForFinding(data.uri, a, f), ...ruleActions(data.uri, a, f.ruleId)];
    const pick = await vscode.window.showQuickPick(
      actions.map((x) => ({ label: x.title, description: x.isPreferred ? "preferred" : "", action: x })),
      { placeHolder: f.message },
    );
    if (!pick) return;
    if (pick.action.edit) await vscode.workspace.applyEdit(pick.action.edit);
    if (pick.action.command) await vscode.commands.executeCommand(pick.action.command.command, ...(pick.action.command.arguments ?? []));
  });

  command("byline.recordAnnotation", async (uri: vscode.Uri, ruleId: string, start: number, title: string) => {
    const a = manager.get(uri);
    const f = a?.findings.find((x) => x.ruleId === ruleId && x.span.start === start);
    const fix = f && fixesOf(f).find((x) => x.kind === "annotation" && x.title === title);
    const rec = f && fix ? annotationFromFix(f, fix) : undefined;
    if (!a || !rec) {
      void vscode.window.showWarningMessage("Byline: that finding changed; try the quick fix again.");
      return;
    }
    await annotations.store.add(uri.toString(), rec.draft, a.text, rec.span);
  });

  registerAnnotationsUi(context, { manager, store: annotations.store, seeds, command });

  command("byline.refresh", async () => {
    await knowledge.reload(); // re-analyses when it is done
    manager.reconsiderAll();
    refreshViews();
  });

  command("byline.revealSpan", async (uri: string, start: number, end: number) => {
    const editor = await editorFor(vscode.Uri.parse(uri));
    const a = editor && manager.get(editor.document.uri);
    if (!editor || !a) return;
    const range = toRange(a.lines, { start, end });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });

  for (const d of vscode.workspace.textDocuments) manager.consider(d, 0);
  refreshViews();

  const snapshot = (tree: BylineTree): TreeSnapshot[] => {
    const walk = (nodes: readonly Node[]): TreeSnapshot[] =>
      nodes.map((n) => ({
        id: n.item.id,
        label: typeof n.item.label === "string" ? n.item.label : (n.item.label?.label ?? ""),
        description: typeof n.item.description === "string" ? n.item.description : undefined,
        tooltip: typeof n.item.tooltip === "string" ? n.item.tooltip : n.item.tooltip?.value,
        icon: n.item.iconPath instanceof vscode.ThemeIcon ? n.item.iconPath.id : undefined,
        contextValue: n.item.contextValue,
        command: n.item.command?.command,
        children: walk(n.children ?? []),
      }));
    return walk(tree.nodes);
  };

  const api: BylineApi = {
    analyze,
    getAnalysis: (uri) => manager.get(uri),
    whenAnalyzed: (doc) => manager.whenAnalyzed(doc),
    treeItems: (view) => snapshot(trees[view]),
    hoverMarkdown: (uri, offset) => {
      const a = manager.get(uri);
      return a ? hoverCards(a, offset, uri).map((c) => c.markdown) : [];
    },
    activeSeed: () => active,
    statusText: () => status.text,
    annotations: annotations.store,
    onDidAnalyze: manager.onDidAnalyze,
    analyzeWorkspace,
  };
  return { api, hover, codeActions };
}
