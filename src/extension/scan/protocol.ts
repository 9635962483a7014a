// Analyze Workspace on a worker thread: the messages between the extension host and the worker
// (dist/extension-worker.js), and the one function both sides analyse a file with. Plain data only:
// no `vscode`, nothing that cannot be structured-cloned.
import { analyze, type AnalyzeOptions } from "../../core/analyze";
import type { Annotation } from "../../core/annotations";
import { KnowledgeBase, type KnowledgeFile } from "../../core/knowledge";
import type { Finding, RuleLevel } from "../../core/model/finding";

/** What the analysis of one file takes besides its text: the settings for that file and its annotations. */
export interface ScanFileOptions {
  readonly rules: Readonly<Record<string, RuleLevel>>;
  readonly fileName: string;
  readonly referenceDate?: string;
  /** The day of reading (`AnalyzeOptions.today`). */
  readonly today?: string;
  readonly annotations?: readonly Annotation[];
}

/** The workspace's knowledge files (undefined: the bundled knowledge base alone). */
export type ScanKnowledge = readonly KnowledgeFile[] | undefined;

export type ToScanWorker =
  | { readonly kind: "knowledge"; readonly files: ScanKnowledge }
  | { readonly kind: "analyze"; readonly id: number; readonly text: string; readonly options: ScanFileOptions };

export type FromScanWorker =
  /** Sent once, when the worker has loaded: it can take files. */
  | { readonly kind: "ready" }
  | { readonly kind: "findings"; readonly id: number; readonly findings: readonly Finding[] }
  | { readonly kind: "failed"; readonly id: number; readonly message: string };

/** analyze()'s options for one file of the scan: as the editor analyses it. */
export function scanAnalyzeOptions(options: ScanFileOptions, knowledge: KnowledgeBase | undefined): AnalyzeOptions {
  const anns = options.annotations ?? [];
  return {
    ...(anns.length > 0 ? { annotations: anns } : {}),
    ...(knowledge ? { knowledge } : {}),
    rules: options.rules,
    fileName: options.fileName,
    ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
    ...(options.today ? { today: options.today } : {}),
  };
}

/**
 * The worker's side: keeps the knowledge it was sent and answers each analyze message with the
 * file's findings (or why it failed). `analyzeText` is analyze() unless a test passes another.
 */
export class ScanWorkerState {
  private knowledge: KnowledgeBase | undefined;

  constructor(private readonly analyzeText: typeof analyze = analyze) {}

  handle(message: ToScanWorker): FromScanWorker | undefined {
    if (message.kind === "knowledge") {
      this.knowledge = message.files && message.files.length > 0 ? KnowledgeBase.bundled().extend(message.files) : undefined;
      return undefined;
    }
    try {
      const analysis = this.analyzeText(message.text, scanAnalyzeOptions(message.options, this.knowledge));
      return { kind: "findings", id: message.id, findings: analysis.findings };
    } catch (e) {
      return { kind: "failed", id: message.id, message: (e as Error)?.stack ?? String(e) };
    }
  }
}
