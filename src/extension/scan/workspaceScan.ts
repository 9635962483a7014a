// Byline: Analyze Workspace. Every seed file of the workspace is read through vscode.workspace.fs
// (remote-safe) and analysed on a worker thread (dist/extension-worker.js), off the extension host's
// main thread; its findings come back as plain data and are published as diagnostics. Open
// documents are analysed by the editor's own AnalysisManager (their unsaved text is what counts).
// If the worker cannot start, the files are analysed in the extension host, and the output channel
// says so.
import { Worker } from "node:worker_threads";
import { decodeArticleBytes } from "../../core/decode";
import { localDay } from "../../core/parse/calendar";
import * as vscode from "vscode";
import { analyze } from "../../core/analyze";
import { LineIndex } from "../../core/model/span";
import type { Finding } from "../../core/model/finding";
import type { BylineConfig } from "../../core/config";
import type { KnowledgeBase } from "../../core/knowledge";
import { formatBytes, type AnalysisManager } from "../analysisManager";
import type { AnnotationStore } from "../annotations/store";
import { ScanClient, ScanWorkerStopped } from "./client";
import { scanAnalyzeOptions, type ScanFileOptions, type ScanKnowledge } from "./protocol";

export interface WorkspaceScanDeps {
  readonly manager: AnalysisManager;
  readonly settings: (uri?: vscode.Uri) => BylineConfig;
  readonly annotations: AnnotationStore;
  /** The workspace's knowledge: the files (for the worker) and the knowledge base (in the host). */
  readonly knowledge: () => { readonly files: ScanKnowledge; readonly base: KnowledgeBase | undefined };
  /** The worker bundle's path. */
  readonly workerFile: string;
  /** A line for Byline's output channel. */
  readonly log: (line: string) => void;
}

export interface WorkspaceScanResult {
  /** Files analysed (not those skipped as too large or binary, nor those left when cancelled). */
  readonly files: number;
  readonly findings: number;
  /** Seed files found. */
  readonly total: number;
  /** Where the unopened files were analysed: "worker", or "host" when the worker could not start. */
  readonly thread: "worker" | "host";
  readonly cancelled: boolean;
  /** Files over byline.maxFileSize, as shown to the user. */
  readonly skipped: readonly string[];
}

export interface ScanControl {
  readonly token?: vscode.CancellationToken;
  /** After each file (analysed or skipped): its uri. */
  readonly onFile?: (uri: vscode.Uri) => void;
}

/** The seed files of the workspace (byline.include minus byline.exclude), sorted by path. */
export async function findSeedFiles(cfg: BylineConfig): Promise<vscode.Uri[]> {
  const found = new Map<string, vscode.Uri>();
  const exclude = cfg.exclude.length === 0 ? undefined : cfg.exclude.length === 1 ? cfg.exclude[0] : `{${cfg.exclude.join(",")}}`;
  for (const glob of cfg.include) {
    for (const u of await vscode.workspace.findFiles(glob, exclude)) found.set(u.toString(), u);
  }
  return [...found.values()].sort((a, b) => a.fsPath.localeCompare(b.fsPath));
}

/** Starts the worker and waits until it has loaded; undefined (and a line in the log) if it cannot. */
async function startWorker(deps: WorkspaceScanDeps): Promise<ScanClient | undefined> {
  let client: ScanClient | undefined;
  try {
    client = new ScanClient(new Worker(deps.workerFile, { name: "byline-scan" }));
    await client.ready;
    return client;
  } catch (e) {
    client?.stop();
    deps.log(`Analyze Workspace: the analysis worker could not start (${(e as Error).message}); analysing in the extension host instead.`);
    return undefined;
  }
}

/** Analyses every seed file of the workspace; cancellation stops the worker at once. */
export async function scanWorkspace(deps: WorkspaceScanDeps, files: readonly vscode.Uri[], control: ScanControl = {}): Promise<WorkspaceScanResult> {
  const { manager, settings } = deps;
  const token = control.token;
  const client = token?.isCancellationRequested ? undefined : await startWorker(deps);
  const knowledge = deps.knowledge();
  client?.setKnowledge(knowledge.files);
  const cancelled = () => token?.isCancellationRequested === true;
  const stopOnCancel = token?.onCancellationRequested(() => client?.stop());
  let done = 0;
  let findings = 0;
  const skipped: string[] = [];
  const publish = (uri: vscode.Uri, text: string, found: readonly Finding[]) => {
    manager.publish(uri, { findings: found, lines: new LineIndex(text) });
    findings += found.length;
    done++;
    control.onFile?.(uri);
  };
  /** The worker's answer for the previous file: awaited after the next file is read, so reading overlaps analysing. */
  let inFlight: Promise<void> = Promise.resolve();
  try {
    for (const uri of files) {
      if (cancelled()) break;
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (open) {
        await inFlight;
        manager.schedule(open, 0);
        const a = await manager.whenAnalyzed(open);
        findings += a?.findings.length ?? 0;
        done++;
        control.onFile?.(uri);
        continue;
      }
      const c = settings(uri);
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > c.maxFileSize) {
        skipped.push(`${vscode.workspace.asRelativePath(uri)} (${formatBytes(stat.size)})`);
        control.onFile?.(uri);
        continue;
      }
      // (As the CLI reads it: UTF-16 with a BOM decoded, binary data skipped.)
      const decoded = decodeArticleBytes(await vscode.workspace.fs.readFile(uri));
      if (!decoded.ok) {
        skipped.push(`${vscode.workspace.asRelativePath(uri)} (binary)`);
        control.onFile?.(uri);
        continue;
      }
      const text = decoded.text;
      // The article's annotations too (a malformed file: reported on it, the article analysed without).
      const anns = await deps.annotations.get(uri.toString()).then((e) => e.current.annotations, () => []);
      const options: ScanFileOptions = {
        rules: c.rules,
        fileName: uri.fsPath,
        today: localDay(new Date()),
        ...(c.referenceDate ? { referenceDate: c.referenceDate } : {}),
        ...(anns.length > 0 ? { annotations: anns } : {}),
      };
      if (cancelled()) break;
      if (client) {
        const request = client.analyze(text, options);
        await inFlight;
        inFlight = request.then((found) => publish(uri, text, found));
        inFlight.catch(() => undefined); // handled where it is awaited; no unhandled-rejection report meanwhile
      } else {
        publish(uri, text, analyze(text, scanAnalyzeOptions(options, knowledge.base)).findings);
        await new Promise((r) => setImmediate(r)); // let cancellation and the UI through
      }
    }
    await inFlight;
  } catch (e) {
    if (!(e instanceof ScanWorkerStopped && e.cancelled)) throw e;
  } finally {
    stopOnCancel?.dispose();
    client?.stop();
  }
  return { files: done, findings, total: files.length, thread: client ? "worker" : "host", cancelled: cancelled(), skipped };
}
