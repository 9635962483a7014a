// Measures the extension's activation cost outside VS Code: `require` of the bundle with a stub
// `vscode` module, then `activate()` with a fake ExtensionContext. Prints one JSON line; afterActivationMs
// is the work scheduled right after activation (the engine bundle loading and starting).
// Usage: node bench/activate.cjs dist/extension.js
"use strict";
const Module = require("node:module");
const path = require("node:path");

const STUB = path.join(__dirname, "vscode-stub.cjs");
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === "vscode" ? STUB : resolve.call(this, request, ...rest);
};

async function main() {
  const file = path.resolve(process.argv[2] ?? "dist/extension.js");
  const t0 = performance.now();
  const ext = require(file);
  const t1 = performance.now();
  const root = path.resolve(path.dirname(file), "..");
  const memento = () => {
    const m = new Map();
    return { get: (k, d) => (m.has(k) ? m.get(k) : d), update: async (k, v) => void m.set(k, v), keys: () => [...m.keys()], setKeysForSync() {} };
  };
  const { stub } = require(STUB);
  const context = new Proxy(
    {
      subscriptions: [],
      extensionPath: root,
      extensionUri: stub("extensionUri"),
      globalState: memento(),
      workspaceState: memento(),
      asAbsolutePath: (p) => path.join(root, p),
      extensionMode: 1,
    },
    { get: (t, k) => (k in t ? t[k] : stub(`context.${String(k)}`)) },
  );
  let error;
  try {
    await ext.activate(context);
  } catch (e) {
    error = String((e && e.stack) || e);
  }
  const t2 = performance.now();
  // The engine the activation bundle loads right after activation (a timer): how long until it ran.
  await new Promise((r) => setTimeout(r, 0));
  const t3 = performance.now();
  for (const d of context.subscriptions) if (d && typeof d.dispose === "function") d.dispose();
  process.stdout.write(
    JSON.stringify({ requireMs: t1 - t0, activateMs: t2 - t1, afterActivationMs: t3 - t2, subscriptions: context.subscriptions.length, ...(error ? { error } : {}) }) + "\n",
  );
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stdout.write(JSON.stringify({ error: String((e && e.stack) || e) }) + "\n");
    process.exit(1);
  },
);
