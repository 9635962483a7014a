// The extension host's side of the Analyze Workspace worker: sends files, matches the findings that
// come back to their requests, and fails every open request when the worker stops.
import type { Finding } from "../../core/model/finding";
import type { FromScanWorker, ScanFileOptions, ScanKnowledge, ToScanWorker } from "./protocol";

/** What the client needs of a worker_threads Worker (a fake one in unit tests). */
export interface WorkerLike {
  postMessage(message: ToScanWorker): void;
  on(event: "message", listener: (message: FromScanWorker) => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  on(event: "exit", listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}

/** Why a request did not get its findings. `cancelled`: stop() was called. */
export class ScanWorkerStopped extends Error {
  constructor(message: string, readonly cancelled: boolean) {
    super(message);
  }
}

export class ScanClient {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (f: readonly Finding[]) => void; reject: (e: Error) => void }>();
  private stopped: ScanWorkerStopped | undefined;
  /** Resolves once the worker has loaded; rejects if it stops before. */
  readonly ready: Promise<void>;

  constructor(private readonly worker: WorkerLike) {
    let ready!: () => void;
    let failed!: (e: Error) => void;
    this.ready = new Promise<void>((res, rej) => {
      ready = res;
      failed = rej;
    });
    this.ready.catch(() => undefined); // a failure is also reported to the requests
    worker.on("message", (m) => {
      if (m.kind === "ready") return ready();
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.kind === "findings") p.resolve(m.findings);
      else p.reject(new Error(m.message));
    });
    const fail = (e: ScanWorkerStopped) => {
      this.stopped ??= e;
      failed(this.stopped);
      for (const p of this.pending.values()) p.reject(this.stopped);
      this.pending.clear();
    };
    worker.on("error", (e) => fail(new ScanWorkerStopped(`the analysis worker failed: ${e.message}`, false)));
    worker.on("exit", (code) => fail(new ScanWorkerStopped(`the analysis worker exited (code ${code})`, false)));
  }

  /** The workspace knowledge the following files are analysed with. */
  setKnowledge(files: ScanKnowledge): void {
    if (!this.stopped) this.worker.postMessage({ kind: "knowledge", files });
  }

  /** The findings of one file, as analyze() gives them in the editor. Requests are answered in order. */
  analyze(text: string, options: ScanFileOptions): Promise<readonly Finding[]> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    const result = new Promise<readonly Finding[]>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.worker.postMessage({ kind: "analyze", id, text, options });
    return result;
  }

  /** Ends the worker at once (cancellation or the end of the scan); open requests fail as cancelled. */
  stop(): void {
    if (!this.stopped) {
      this.stopped = new ScanWorkerStopped("cancelled", true);
      for (const p of this.pending.values()) p.reject(this.stopped);
      this.pending.clear();
    }
    void this.worker.terminate().catch(() => undefined);
  }
}
