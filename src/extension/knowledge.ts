import * as vscode from "vscode";
import { KnowledgeBase, parseKnowledgeText, type KnowledgeFile } from "../core/knowledge";
import { LineIndex } from "../core/model/span";

/** Where a workspace keeps its own knowledge (people, organisations, events of its beat). */
export const KNOWLEDGE_GLOB = "**/.byline/knowledge.json";

/**
 * The workspace's `.byline/knowledge.json`, read, validated and watched. Its problems are
 * diagnostics on that file (line and field); Byline keeps working with the bundled data and the
 * file's valid entries. `knowledge` is undefined while there is no usable file (analyze() then
 * uses the bundled knowledge base).
 */
export class WorkspaceKnowledge implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection("byline-knowledge");
  private current: KnowledgeBase | undefined;
  private currentFiles: readonly KnowledgeFile[] | undefined;
  /** What the last read found (the valid entries as JSON); "[]" when there is no file. */
  private signature = "[]";
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires after the file was (re)read: analyses should run again. */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private loading: Promise<void> = Promise.resolve();

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(KNOWLEDGE_GLOB);
    const reload = () => void this.reload();
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
      this.diagnostics,
      this.emitter,
    );
  }

  get knowledge(): KnowledgeBase | undefined {
    return this.current;
  }

  /** The workspace's valid knowledge files `knowledge` is built from (plain data, for the scan worker). */
  get files(): readonly KnowledgeFile[] | undefined {
    return this.currentFiles;
  }

  /** Resolves once the latest (re)load is done. */
  ready(): Promise<void> {
    return this.loading;
  }

  reload(): Promise<void> {
    this.loading = this.loading.then(() => this.load()).catch(() => undefined);
    return this.loading;
  }

  private async load(): Promise<void> {
    this.diagnostics.clear();
    const files: vscode.Uri[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, ".byline", "knowledge.json");
      try {
        await vscode.workspace.fs.stat(uri);
        files.push(uri);
      } catch {
        /* this folder has none */
      }
    }
    const parsed = [];
    for (const uri of files) {
      let text: string;
      try {
        text = new TextDecoder("utf-8").decode(await vscode.workspace.fs.readFile(uri));
      } catch (e) {
        this.diagnostics.set(uri, [problem(new vscode.Range(0, 0, 0, 0), `Cannot read the knowledge file: ${(e as Error).message}`, "error")]);
        continue;
      }
      const result = parseKnowledgeText(text);
      const lines = new LineIndex(text);
      this.diagnostics.set(
        uri,
        result.problems.map((p) => {
          const r = lines.rangeOf({ start: p.offset, end: p.offset + Math.max(1, p.length) });
          const range = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
          const where = p.field && !p.field.startsWith("(") ? `${p.field}: ` : "";
          return problem(range, `${where}${p.message}`, p.severity);
        }),
      );
      if (result.file) parsed.push(result.file);
    }
    // Re-analyse only when the knowledge really changed (not on the first read of a workspace without a file).
    const signature = JSON.stringify(parsed);
    if (signature === this.signature) return;
    this.signature = signature;
    this.current = parsed.length > 0 ? KnowledgeBase.bundled().extend(parsed) : undefined;
    this.currentFiles = parsed.length > 0 ? parsed : undefined;
    this.emitter.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function problem(range: vscode.Range, message: string, severity: "error" | "warning"): vscode.Diagnostic {
  const d = new vscode.Diagnostic(
    range,
    message,
    severity === "error" ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
  );
  d.source = "Byline";
  d.code = "knowledge-file";
  return d;
}
