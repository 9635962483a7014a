// The worker thread of Analyze Workspace (dist/extension-worker.js; started by scan/workspaceScan.ts).
import { parentPort } from "node:worker_threads";
import { ScanWorkerState, type FromScanWorker, type ToScanWorker } from "./protocol";

const port = parentPort;
if (port) {
  const state = new ScanWorkerState();
  port.on("message", (m: ToScanWorker) => {
    const reply = state.handle(m);
    if (reply) port.postMessage(reply);
  });
  port.postMessage({ kind: "ready" } satisfies FromScanWorker);
}
