import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { analyze } from "../../../src/core/analyze";
import { KnowledgeBase, parseKnowledgeText } from "../../../src/core/knowledge";
import { ScanClient, ScanWorkerStopped, type WorkerLike } from "../../../src/extension/scan/client";
import { ScanWorkerState, scanAnalyzeOptions, type FromScanWorker, type ScanFileOptions, type ToScanWorker } from "../../../src/extension/scan/protocol";

const seed = (name: string) => fs.readFileSync(path.join(__dirname, "..", "..", "..", "seeds", name), "utf8");

describe("extension/scan: Analyze Workspace's worker messages", () => {
  const text = seed("005_drought-talks-actors-quotes.txt");
  const options: ScanFileOptions = { rules: { "unsourced-figure": "error" }, fileName: "/ws/seeds/a.txt", referenceDate: "2025-03-01" };

  it("passes the editor's analyze() options: rules, file name, reference date, annotations only when there are some", () => {
    assert.deepEqual(scanAnalyzeOptions(options, undefined), { rules: options.rules, fileName: options.fileName, referenceDate: "2025-03-01" });
    assert.deepEqual(scanAnalyzeOptions({ rules: {}, fileName: "f", annotations: [] }, undefined), { rules: {}, fileName: "f" });
    const kb = KnowledgeBase.bundled();
    assert.equal(scanAnalyzeOptions(options, kb).knowledge, kb);
  });

  it("answers a file with the findings analyze() gives, as plain data that survives structured cloning", () => {
    const state = new ScanWorkerState();
    const reply = state.handle({ kind: "analyze", id: 7, text, options });
    assert.ok(reply && reply.kind === "findings");
    assert.equal(reply.id, 7);
    const expected = analyze(text, scanAnalyzeOptions(options, undefined)).findings;
    assert.ok(expected.length > 0);
    assert.deepEqual(reply.findings, expected);
    assert.deepEqual(structuredClone(reply.findings), expected);
  });

  it("analyses with the workspace knowledge it was sent, and with the bundled data again after an empty list", () => {
    const parsed = parseKnowledgeText(
      JSON.stringify({ entries: [{ type: "person", name: "Jane Doe", offices: [{ title: "Mayor", of: "Springfield", from: "2024-01-08" }] }] }),
    );
    assert.ok(parsed.file);
    const files = [parsed.file];
    const article = "Headline\nMayor Jane Doe said on Monday that 40,000 people had left the city.\n";
    const state = new ScanWorkerState();
    assert.equal(state.handle({ kind: "knowledge", files }), undefined);
    const withKb = state.handle({ kind: "analyze", id: 1, text: article, options });
    assert.deepEqual(withKb, { kind: "findings", id: 1, findings: analyze(article, scanAnalyzeOptions(options, KnowledgeBase.bundled().extend(files))).findings });
    state.handle({ kind: "knowledge", files: [] });
    const without = state.handle({ kind: "analyze", id: 2, text: article, options });
    assert.deepEqual(without, { kind: "findings", id: 2, findings: analyze(article, scanAnalyzeOptions(options, undefined)).findings });
  });

  it("reports a file whose analysis throws, and goes on with the next", () => {
    let calls = 0;
    const state = new ScanWorkerState(((t: string) => {
      if (calls++ === 0) throw new Error("boom");
      return analyze(t);
    }) as typeof analyze);
    const failed = state.handle({ kind: "analyze", id: 1, text, options });
    assert.ok(failed && failed.kind === "failed" && /boom/.test(failed.message));
    assert.equal(state.handle({ kind: "analyze", id: 2, text, options })?.kind, "findings");
  });
});

/** A worker that answers through a ScanWorkerState on the next turn, as a thread would. */
class FakeWorker implements WorkerLike {
  readonly sent: ToScanWorker[] = [];
  terminated = 0;
  private readonly listeners = new Map<string, ((arg: never) => void)[]>();
  private readonly state = new ScanWorkerState();
  answer = true;

  on(event: string, listener: (arg: never) => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  emit(event: "message", m: FromScanWorker): void;
  emit(event: "exit", code: number): void;
  emit(event: string, arg: unknown): void {
    for (const l of this.listeners.get(event) ?? []) (l as (a: unknown) => void)(arg);
  }
  postMessage(m: ToScanWorker): void {
    this.sent.push(m);
    if (!this.answer) return;
    setImmediate(() => {
      const reply = this.state.handle(m);
      if (reply) this.emit("message", reply);
    });
  }
  terminate(): Promise<number> {
    this.terminated++;
    return Promise.resolve(1);
  }
}

describe("extension/scan: the host's worker client", () => {
  const text = "Headline\nThe mayor said 40,000 people left.\n";
  const options: ScanFileOptions = { rules: {}, fileName: "a.txt" };

  it("is ready when the worker says so, and matches each answer to its file", async () => {
    const w = new FakeWorker();
    const client = new ScanClient(w);
    let ready = false;
    void client.ready.then(() => (ready = true));
    await new Promise((r) => setImmediate(r));
    assert.equal(ready, false);
    w.emit("message", { kind: "ready" });
    await client.ready;
    client.setKnowledge(undefined);
    const [a, b] = await Promise.all([client.analyze(text, options), client.analyze("Other.\n", options)]);
    assert.deepEqual(a, analyze(text, options).findings);
    assert.deepEqual(b, analyze("Other.\n", options).findings);
    assert.deepEqual(w.sent.map((m) => m.kind), ["knowledge", "analyze", "analyze"]);
  });

  it("stop() ends the worker and fails open requests as cancelled; later requests fail at once", async () => {
    const w = new FakeWorker();
    w.answer = false;
    const client = new ScanClient(w);
    const open = client.analyze(text, options);
    client.stop();
    await assert.rejects(open, (e: unknown) => e instanceof ScanWorkerStopped && e.cancelled);
    await assert.rejects(client.analyze(text, options), (e: unknown) => e instanceof ScanWorkerStopped && e.cancelled);
    assert.equal(w.terminated, 1);
    assert.equal(w.sent.length, 1, "nothing is sent after stop()");
  });

  it("a worker that exits fails readiness and open requests, not as cancelled", async () => {
    const w = new FakeWorker();
    w.answer = false;
    const client = new ScanClient(w);
    const open = client.analyze(text, options);
    w.emit("exit", 1);
    await assert.rejects(client.ready, /exited \(code 1\)/);
    await assert.rejects(open, (e: unknown) => e instanceof ScanWorkerStopped && !e.cancelled);
  });

  it("a file the worker could not analyse rejects with its message", async () => {
    const w = new FakeWorker();
    w.answer = false;
    const client = new ScanClient(w);
    const open = client.analyze(text, options);
    const sent = w.sent[0];
    assert.ok(sent && sent.kind === "analyze");
    w.emit("message", { kind: "failed", id: sent.id, message: "Error: boom" });
    await assert.rejects(open, /boom/);
  });
});
