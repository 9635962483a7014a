import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type * as Sarif from "sarif";
import { analyzeMany, type Analysis, type AnalysisInput, type AnalyzeOptions } from "../core/analyze";
import { toReportFile, type ReportFile } from "../core/export/report";
import { artifactLocation, toSarif, type SarifProblem } from "../core/export/sarif";
import type { Severity } from "../core/model/finding";
import { readArticleSync } from "./files";
import { formatText } from "./format";
import { KnowledgeBase, type KnowledgeFile } from "../core/knowledge";
import type { AnnotationsLocation } from "../core/annotations/schema";
import { describeLoadFailure, loadAnnotationsSync, orphanLines } from "./annotate";

export type OutputFormat = "text" | "json" | "sarif";

/** One file to check: its absolute path and the path as the user sees it. */
export interface ScanJob {
  readonly file: string;
  readonly shown: string;
}

/** What every file of one `check` run shares. Plain data: it is sent to the workers. */
export interface ScanSettings {
  readonly format: OutputFormat;
  readonly options: AnalyzeOptions;
  readonly maxFileSize: number;
  readonly version: string;
  /** The workspace's knowledge files (plain data: a KnowledgeBase does not cross to workers). */
  readonly knowledgeFiles?: readonly KnowledgeFile[];
  /** Where the annotations files are, when not beside the articles (plain data). */
  readonly annotationsLocation?: AnnotationsLocation;
}

const knowledgeCache = new WeakMap<readonly KnowledgeFile[], KnowledgeBase>();

/** The analyze() options of a run: its settings' options with the workspace knowledge, built once per thread. */
function analyzeOptions(settings: ScanSettings): AnalyzeOptions {
  const files = settings.knowledgeFiles;
  if (!files) return settings.options;
  let kb = knowledgeCache.get(files);
  if (!kb) knowledgeCache.set(files, (kb = KnowledgeBase.bundled().extend(files)));
  return { ...settings.options, knowledge: kb };
}

/** One file's result, already rendered in the output format, so only small data crosses threads. */
export type FileOutcome =
  | { readonly ok: false; readonly shown: string; readonly message: string }
  | {
      readonly ok: true;
      readonly shown: string;
      readonly counts: Readonly<Record<Severity, number>>;
      /** Problems to print on standard error (a malformed annotations file). */
      readonly messages?: readonly string[];
      /** text: the finding lines; json: the report entry; sarif: the results. */
      readonly lines?: readonly string[];
      readonly report?: ReportFile;
      readonly sarif?: readonly Sarif.Result[];
    };

export interface ScanOptions {
  /** Worker threads; 0 analyses in this thread. Default: one per core, in-process for small inputs. */
  readonly threads?: number;
}

/** Below this many files, starting workers costs more than it saves. */
export const IN_PROCESS_BELOW = 64;
/** Files analysed together by `analyzeMany` (the benchmark measures batches of this size too). */
export const BATCH = 16;

/**
 * Reads, analyses and renders a batch of files: the one code path of both the in-process and the
 * worker scan. The batch is analysed with `analyzeMany` (stage by stage over its files: the same
 * results as one at a time, faster).
 */
export function checkFiles(jobs: readonly ScanJob[], settings: ScanSettings): FileOutcome[] {
  const outcomes: FileOutcome[] = new Array<FileOutcome>(jobs.length);
  const inputs: AnalysisInput[] = [];
  const pending: { index: number; messages: string[] }[] = [];
  jobs.forEach((job, index) => {
    const read = readArticleSync(job.file, settings.maxFileSize);
    if (!read.ok) {
      outcomes[index] = { ok: false, shown: job.shown, message: read.message };
      return;
    }
    const annotations = loadAnnotationsSync(job.file, settings.annotationsLocation);
    const messages = annotations.ok ? [] : describeLoadFailure(shownAnnotationsPath(job, annotations.path), annotations);
    const annotated = annotations.ok ? { annotations: annotations.file.annotations } : {};
    inputs.push({ text: read.text, options: { ...analyzeOptions(settings), fileName: job.shown, ...annotated } });
    pending.push({ index, messages });
  });
  analyzeMany(inputs).forEach((analysis, k) => {
    const { index, messages } = pending[k]!;
    const outcome = render(jobs[index]!.shown, analysis, settings);
    outcomes[index] = messages.length ? { ...outcome, messages } : outcome;
  });
  return outcomes;
}

/** The annotations file's path as the user sees it: beside the seed as shown. */
function shownAnnotationsPath(job: ScanJob, file: string): string {
  return path.posix.join(path.posix.dirname(job.shown), path.basename(file));
}

export function render(shown: string, analysis: Analysis, settings: ScanSettings): Extract<FileOutcome, { ok: true }> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of analysis.findings) counts[f.severity]++;
  const base = { ok: true as const, shown, counts };
  if (settings.format === "json") return { ...base, report: toReportFile(shown, analysis) };
  if (settings.format === "sarif") return { ...base, sarif: toSarif([{ path: shown, analysis }], settings.version).runs[0]!.results ?? [] };
  return { ...base, lines: [...formatText(shown, analysis), ...orphanLines(shown, analysis)] };
}

/** The SARIF log of many files' results, as `toSarif` would write it for all of them at once. */
export function sarifLog(
  files: readonly { readonly shown: string; readonly sarif?: readonly Sarif.Result[] }[],
  version: string,
  problems: readonly SarifProblem[] = [],
): Sarif.Log {
  const log = toSarif([], version, problems);
  const run = log.runs[0]!;
  // Each file was rendered as a log of its own, where its artifact has index 0.
  run.artifacts = files.map((f) => ({ location: artifactLocation(f.shown), roles: ["analysisTarget"] }));
  run.results = files.flatMap((f, i) => (f.sarif ?? []).map((r) => reindex(r, i)));
  return log;
}

/** The result with every artifact location (locations, related locations, fixes) pointing at artifact `index`. */
function reindex<T>(value: T, index: number): T {
  if (Array.isArray(value)) return value.map((v) => reindex(v, index)) as T;
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = k === "artifactLocation" && v && typeof v === "object" && "index" in v ? { ...v, index } : reindex(v, index);
  }
  return out as T;
}

/** The default number of worker threads: one per core. */
export function defaultThreads(): number {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
}

/**
 * Checks the files, on worker threads when there are many, and returns their outcomes in the
 * order of `jobs` — whatever the threads' timing, the output is the same as in one thread.
 */
export async function scanFiles(jobs: readonly ScanJob[], settings: ScanSettings, opts: ScanOptions = {}): Promise<FileOutcome[]> {
  const threads = Math.min(opts.threads ?? (jobs.length < IN_PROCESS_BELOW ? 0 : defaultThreads()), Math.ceil(jobs.length / BATCH));
  if (threads <= 0) {
    const out: FileOutcome[] = [];
    for (let i = 0; i < jobs.length; i += BATCH) out.push(...checkFiles(jobs.slice(i, i + BATCH), settings));
    return out;
  }
  return scanOnWorkers(jobs, settings, threads);
}

/** Messages between the scan and its workers. */
export type ToWorker = { readonly settings: ScanSettings } | { readonly batch: number; readonly jobs: readonly ScanJob[] };
export type FromWorker = { readonly batch: number; readonly outcomes: readonly FileOutcome[] } | { readonly error: string };

function scanOnWorkers(jobs: readonly ScanJob[], settings: ScanSettings, threads: number): Promise<FileOutcome[]> {
  const results: FileOutcome[] = new Array<FileOutcome>(jobs.length);
  const batches: number[] = [];
  for (let i = 0; i < jobs.length; i += BATCH) batches.push(i);
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  return new Promise<FileOutcome[]>((resolve, reject) => {
    let failed = false;
    const fail = (e: unknown): void => {
      if (failed) return;
      failed = true;
      for (const w of workers) void w.terminate();
      reject(e instanceof Error ? e : new Error(String(e)));
    };
    const feed = (w: Worker): void => {
      if (next >= batches.length) return;
      const batch = next++;
      const start = batches[batch]!;
      w.postMessage({ batch, jobs: jobs.slice(start, start + BATCH) } satisfies ToWorker);
    };
    for (let t = 0; t < threads; t++) {
      const w = startWorker();
      workers.push(w);
      w.on("message", (m: FromWorker) => {
        if ("error" in m) return fail(new Error(m.error));
        const start = batches[m.batch]!;
        m.outcomes.forEach((o, i) => (results[start + i] = o));
        done++;
        if (done === batches.length) {
          for (const x of workers) void x.terminate();
          resolve(results);
        } else {
          feed(w);
        }
      });
      w.on("error", fail);
      w.on("exit", (code) => {
        if (done < batches.length) fail(new Error(`a scan worker stopped (exit code ${code})`));
      });
      w.postMessage({ settings } satisfies ToWorker);
      // Two batches in flight per worker, so it never waits for the next one.
      feed(w);
      feed(w);
    }
  });
}

function startWorker(): Worker {
  // Bundled: dist/cli-worker.js beside dist/cli.js. From source (tests): worker.ts through tsx.
  if (__filename.endsWith(".ts")) {
    return new Worker(path.join(__dirname, "worker.ts"), { execArgv: [...process.execArgv, "--require", "tsx/cjs"] });
  }
  return new Worker(path.join(__dirname, "cli-worker.js"));
}
