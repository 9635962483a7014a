// A worker thread of `byline check` (see scan.ts): checks the batches of files it is sent.
import { parentPort } from "node:worker_threads";
import { checkFiles, type FromWorker, type ScanSettings, type ToWorker } from "./scan";

const port = parentPort;
if (port) {
  let settings: ScanSettings | undefined;
  // Batches are handled one after another, in the order they arrive.
  let queue: Promise<void> = Promise.resolve();
  port.on("message", (m: ToWorker) => {
    if ("settings" in m) {
      settings = m.settings;
      return;
    }
    queue = queue.then(() => {
      try {
        const outcomes = checkFiles(m.jobs, settings!);
        port.postMessage({ batch: m.batch, outcomes } satisfies FromWorker);
      } catch (e) {
        port.postMessage({ error: (e as Error)?.stack ?? String(e) } satisfies FromWorker);
      }
    });
  });
}
