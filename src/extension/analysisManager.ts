import * as vscode from "vscode";
import type { Analysis } from "../core/analyze";
import { IncrementalAnalyzer } from "../core/incremental";
import { localDay } from "../core/parse/calendar";
import type { BylineConfig } from "../core/config";
import type { Finding } from "../core/model/finding";
import { toRange, toSeverity } from "./convert";
import { SeedFiles } from "./seedFiles";
import type { AnnotationStore } from "./annotations/store";
import type { KnowledgeBase } from "../core/knowledge";

export interface AnalysisEvent {
  readonly uri: vscode.Uri;
  /** undefined when the file's analysis was dropped (closed, no longer a seed file, too large). */
  readonly analysis: Analysis | undefined;
}

/** What diagnostics are made of: an analysis's findings and its line index. */
export type FindingsOf = Pick<Analysis, "findings" | "lines">;

export interface TooLarge {
  readonly bytes: number;
  readonly limit: number;
}

/**
 * Owns the analyses of open seed files and their diagnostics: debounced on typing, tagged with a
 * generation number so that a result older than the newest run is dropped.
 */
export class AnalysisManager implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection("byline");
  private readonly results = new Map<string, Analysis>();
  private readonly analyzers = new Map<string, IncrementalAnalyzer>();
  private readonly versions = new Map<string, number>();
  private readonly generations = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly tooLarge = new Map<string, TooLarge>();
  private readonly toldTooLarge = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<AnalysisEvent>();
  readonly onDidAnalyze = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly seeds: SeedFiles,
    private readonly settings: (uri?: vscode.Uri) => BylineConfig,
    private readonly ruleDoc: (ruleId: string) => vscode.Uri,
    private readonly annotations?: AnnotationStore,
    /** The workspace's knowledge (bundled data plus `.byline/knowledge.json`), when it has its own. */
    private readonly knowledge?: () => KnowledgeBase | undefined,
  ) {
    if (annotations) {
      // The user's annotations changed (a quick fix, another editor, git): analyse that seed again.
      const sub = annotations.onDidChange((e) => {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === e.seed);
        if (doc && this.results.has(e.seed)) this.schedule(doc, 0);
      });
      this.disposables.push({ dispose: () => sub.dispose() });
    }
    this.disposables.push(
      this.diagnostics,
      this.emitter,
      vscode.workspace.onDidOpenTextDocument((d) => this.consider(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.consider(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.drop(d.uri)),
      // A document reopened before VS Code disposed its model fires no open event: catch it here.
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const e of editors) {
          const key = e.document.uri.toString();
          if (!this.results.has(key) && !this.timers.has(key) && !this.tooLarge.has(key)) this.consider(e.document, 0);
        }
      }),
      // VS Code closes a document's model some time after its last tab: clear on the tab closing.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.closed) {
          if (!(tab.input instanceof vscode.TabInputText)) continue;
          const uri = tab.input.uri;
          const stillOpen = vscode.window.tabGroups.all.some((g) =>
            g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString()),
          );
          if (!stillOpen && this.results.has(uri.toString())) this.drop(uri);
        }
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration("byline")) this.reconsiderAll();
      }),
    );
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }

  get(uri: vscode.Uri): Analysis | undefined {
    return this.results.get(uri.toString());
  }

  tooLargeInfo(uri: vscode.Uri): TooLarge | undefined {
    return this.tooLarge.get(uri.toString());
  }

  isPending(uri: vscode.Uri): boolean {
    return this.timers.has(uri.toString());
  }

  /** Resolves with the analysis of the document as it is now (at once if it is already current). */
  whenAnalyzed(doc: vscode.TextDocument): Promise<Analysis | undefined> {
    const key = doc.uri.toString();
    const current = this.results.get(key);
    if (current && !this.timers.has(key) && this.versions.get(key) === doc.version) return Promise.resolve(current);
    if (!this.timers.has(key) && (this.tooLarge.has(key) || !this.seeds.isSeed(doc))) return Promise.resolve(undefined);
    const result = new Promise<Analysis | undefined>((resolve) => {
      const sub = this.onDidAnalyze((e) => {
        if (e.uri.toString() !== key || this.timers.has(key)) return;
        sub.dispose();
        resolve(e.analysis);
      });
    });
    // Nothing scheduled (a document no editor shows yet, or a stale result): analyse it now.
    if (!this.timers.has(key)) this.schedule(doc, 0);
    return result;
  }

  reconsiderAll(): void {
    for (const d of vscode.workspace.textDocuments) this.consider(d, 0);
  }

  /** Schedules an analysis of a seed file, or drops what Byline showed for a file that is not one. */
  consider(doc: vscode.TextDocument, delay?: number): void {
    if (!this.seeds.isSeed(doc)) {
      if (this.results.has(doc.uri.toString()) || this.tooLarge.has(doc.uri.toString())) this.drop(doc.uri);
      return;
    }
    this.schedule(doc, delay ?? this.settings(doc.uri).debounceMs);
  }

  schedule(doc: vscode.TextDocument, delay: number): void {
    const key = doc.uri.toString();
    const gen = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, gen);
    const old = this.timers.get(key);
    if (old) clearTimeout(old);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.run(doc, gen);
      }, delay),
    );
  }

  private async run(doc: vscode.TextDocument, gen: number): Promise<void> {
    const key = doc.uri.toString();
    if (doc.isClosed) return;
    const cfg = this.settings(doc.uri);
    const text = doc.getText();
    const version = doc.version;
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes > cfg.maxFileSize) {
      this.results.delete(key);
      this.diagnostics.delete(doc.uri);
      this.tooLarge.set(key, { bytes, limit: cfg.maxFileSize });
      if (!this.toldTooLarge.has(key)) {
        this.toldTooLarge.add(key);
        void vscode.window.showWarningMessage(
          `Byline: ${vscode.workspace.asRelativePath(doc.uri)} is ${formatBytes(bytes)}, over byline.maxFileSize (${formatBytes(cfg.maxFileSize)}); it is not analysed.`,
        );
      }
      this.emitter.fire({ uri: doc.uri, analysis: undefined });
      return;
    }
    this.tooLarge.delete(key);
    // Load the seed's annotations file the first time (later: the store's in-memory copy). This also
    // yields, so that a burst of edits supersedes this run before its work is published.
    if (this.annotations) await this.annotations.get(key).catch(() => undefined);
    else await Promise.resolve();
    if (this.generations.get(key) !== gen) return;
    const annotations = this.annotations?.annotationsFor(key) ?? [];
    // One incremental analyzer per document: paragraphs untouched since the last run are reused.
    let analyzer = this.analyzers.get(key);
    if (!analyzer) this.analyzers.set(key, (analyzer = new IncrementalAnalyzer()));
    const knowledge = this.knowledge?.();
    const analysis = analyzer.analyze(text, {
      ...(knowledge ? { knowledge } : {}),
      ...(annotations.length > 0 ? { annotations } : {}),
      rules: cfg.rules,
      fileName: doc.uri.fsPath,
      today: localDay(new Date()),
      ...(cfg.referenceDate !== undefined ? { referenceDate: cfg.referenceDate } : {}),
    });
    if (this.generations.get(key) !== gen || doc.isClosed) return; // stale: a newer run is coming
    this.results.set(key, analysis);
    this.versions.set(key, version);
    this.diagnostics.set(doc.uri, this.toDiagnostics(doc.uri, analysis));
    this.emitter.fire({ uri: doc.uri, analysis });
  }

  /** Publishes the findings of an analysis made outside the editor (Analyze Workspace, unopened files). */
  publish(uri: vscode.Uri, analysis: FindingsOf): void {
    this.diagnostics.set(uri, this.toDiagnostics(uri, analysis));
  }

  drop(uri: vscode.Uri): void {
    const key = uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    this.results.delete(key);
    this.versions.delete(key);
    this.analyzers.delete(key);
    this.tooLarge.delete(key);
    this.diagnostics.delete(uri);
    this.emitter.fire({ uri, analysis: undefined });
  }

  toDiagnostics(uri: vscode.Uri, analysis: FindingsOf): vscode.Diagnostic[] {
    return analysis.findings.map((f) => this.toDiagnostic(uri, analysis, f));
  }

  private toDiagnostic(uri: vscode.Uri, analysis: FindingsOf, f: Finding): vscode.Diagnostic {
    const d = new vscode.Diagnostic(toRange(analysis.lines, f.span), f.message, toSeverity(f.severity));
    d.source = "Byline";
    d.code = { value: f.ruleId, target: this.ruleDoc(f.ruleId) };
    if (f.related.length > 0) {
      d.relatedInformation = f.related.map(
        (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(analysis.lines, r.span)), r.message),
      );
    }
    return d;
  }
}

/** The findings behind a diagnostic: ours by source and code, at the same range. */
export function findingsFor(analysis: Analysis, diagnostic: vscode.Diagnostic): Finding[] {
  if (diagnostic.source !== "Byline") return [];
  const code = typeof diagnostic.code === "object" ? diagnostic.code.value : diagnostic.code;
  if (code === undefined) return [];
  return analysis.findings.filter(
    (f) => f.ruleId === String(code) && toRange(analysis.lines, f.span).isEqual(diagnostic.range),
  );
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}
