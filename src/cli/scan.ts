import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type * as Sarif from "sarif";
import { analyze, type Analysis, type AnalyzeOptions } from "../core/analyze";
import { toReportFile, type ReportFile } from "../core/export/report";
import { toSarif, type SarifProblem } from "../core/export/sarif";
import type { Severity } from "../core/model/finding";
import { readArticle } from "./files";
import { formatText } from "./format";
import { describeLoadFailure, display, loadAnnotations, orphanLines } from "./annotate";

export type OutputFormat = "text" | "json" | "sarif";

/** One file to check: its absolute path and the path as the user sees it. */
export interface ScanJob {
  readonly file: string;
  readonly shown: string;
}

/** What every file of one `check` run shares. Plain data: it is sent to the workers. */
export interface ScanSettings {
  /** The working folder, for paths shown in messages. */
  readonly cwd: string;
  readonly format: OutputFormat;
  readonly options: AnalyzeOptions;
  readonly maxFileSize: number;
  readonly version: string;
}

/** One file's result, already rendered in the output format, so only small data crosses threads. */
export type FileOutcome =
  | { readonly ok: false; readonly shown: string; readonly message: string; readonly errors: readonly string[] }
  | {
      readonly ok: true;
      readonly shown: string;
      /** Lines for standard error (a malformed annotations file); the run then exits 2. */
      readonly errors: readonly string[];
      readonly counts: Readonly<Record<Severity, number>>;
      /** text: the finding lines; json: the report entry; sarif: the artifact and its results. */
      readonly lines?: readonly string[];
      readonly report?: ReportFile;
      readonly sarif?: SarifPart;
    };

/** One file's share of the SARIF log, its artifact at index 0. */
export interface SarifPart {
  readonly artifact: Sarif.Artifact | undefined;
  readonly results: readonly Sarif.Result[];
}

export interface ScanOptions {
  /** Worker threads; 0 analyses in this thread. Default: one per core, in-process for small inputs. */
  readonly threads?: number;
}

/** Below this many files, starting workers costs more than it saves. */
export const IN_PROCESS_BELOW = 64;
const BATCH = 16;

/** Reads, analyses and renders one file. The one code path of both the in-process and the worker scan. */
export async function checkFile(job: ScanJob, settings: ScanSettings): Promise<FileOutcome> {
  const read = await readArticle(job.file, settings.maxFileSize);
  if (!read.ok) return { ok: false, shown: job.shown, message: read.message, errors: [`byline: ${job.shown}: ${read.message}`] };
  const annotations = await loadAnnotations(job.file);
  const errors = annotations.ok ? [] : describeLoadFailure(display(settings.cwd, annotations.path), annotations);
  const annotated = annotations.ok ? { annotations: annotations.file.annotations } : {};
  return render(job.shown, analyze(read.text, { ...settings.options, fileName: job.shown, ...annotated }), settings, errors);
}

export function render(shown: string, analysis: Analysis, settings: ScanSettings, errors: readonly string[] = []): FileOutcome {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of analysis.findings) counts[f.severity]++;
  const base = { ok: true as const, shown, errors, counts };
  if (settings.format === "json") return { ...base, report: toReportFile(shown, analysis) };
  if (settings.format === "sarif") {
    const run = toSarif([{ path: shown, analysis }], settings.version).runs[0]!;
    return { ...base, sarif: { artifact: run.artifacts?.[0], results: run.results ?? [] } };
  }
  return { ...base, lines: [...formatText(shown, analysis), ...orphanLines(shown, analysis)] };
}

/**
 * The SARIF log of many files, as `toSarif` writes it for all of them at once: the files'
 * artifacts in order, and each file's results pointing at its artifact's index.
 */
export function sarifLog(parts: readonly SarifPart[], version: string, problems: readonly SarifProblem[]): Sarif.Log {
  const log = toSarif([], version, problems);
  const run = log.runs[0]!;
  run.artifacts = parts.flatMap((p) => (p.artifact ? [p.artifact] : []));
  run.results = parts.flatMap((p, i) => p.results.map((r) => withArtifactIndex(r, i)));
  return log;
}

/** A copy of `x` with every `artifactLocation.index` set to `index`. */
function withArtifactIndex<T>(x: T, index: number): T {
  if (Array.isArray(x)) return x.map((y: unknown) => withArtifactIndex(y, index)) as T;
  if (x === null || typeof x !== "object") return x;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) {
    out[k] = k === "artifactLocation" && v && typeof v === "object" && "index" in v ? { ...v, index } : withArtifactIndex(v, index);
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
    for (const job of jobs) out.push(await checkFile(job, settings));
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
