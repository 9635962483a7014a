// Runs test/integration/*.test.ts with mocha inside a real VS Code extension host (code-server),
// loaded through the workbench page in headless Chromium. Exit code: 0 all passed, 1 otherwise.
//   node scripts/test-integration.mjs [--keep]     (--keep: leave the run folder for inspection)
import * as fs from "node:fs";
import * as path from "node:path";
import { ROOT, buildAll, ensureHost, launchBrowser, makeRunDir, startServer, workbenchUrl } from "./vscode-host.mjs";

const TAG = "[byline-test] ";
const TIMEOUT_MS = Number(process.env.BYLINE_IT_TIMEOUT_MS ?? 240_000);
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

const codeServer = ensureHost();
await buildAll({ tests: true });
const run = makeRunDir("it");
const serverLog = fs.createWriteStream(path.join(run.dir, "code-server.log"));
const server = await startServer(codeServer, run, { log: (s) => serverLog.write(s) });
const browser = await launchBrowser(run);
let code = 1;
try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  const exited = new Promise((resolve) => {
    void page.exposeFunction("codeAutomationExit", (c) => resolve(Number(c)));
  });
  await page.exposeFunction("codeAutomationLog", (_level, message) => {
    const text = String(message);
    for (const line of text.split("\n")) {
      const i = line.indexOf(TAG);
      if (i >= 0) process.stdout.write(line.slice(i + TAG.length) + "\n");
      else if (process.env.BYLINE_IT_VERBOSE) process.stderr.write(`  [host] ${line}\n`);
    }
  });
  page.on("pageerror", (e) => process.env.BYLINE_IT_VERBOSE && process.stderr.write(`  [page] ${e.message}\n`));
  const testsPath = path.join(ROOT, "out", "integration", "index.js");
  await page.goto(workbenchUrl(server, run.workspace, { testsPath }));
  const timeout = new Promise((resolve) =>
    setTimeout(() => {
      process.stderr.write(`integration tests timed out after ${TIMEOUT_MS / 1000} s\n`);
      resolve(1);
    }, TIMEOUT_MS).unref(),
  );
  code = await Promise.race([exited, timeout]);
} finally {
  await browser.close().catch(() => {});
  await server.stop();
  serverLog.end();
  if (!process.argv.includes("--keep") && code === 0) fs.rmSync(run.dir, { recursive: true, force: true });
  else process.stderr.write(`run folder kept: ${run.dir}\n`);
}
process.stdout.write(`integration tests ${code === 0 ? "passed" : "FAILED"} in ${elapsed()}\n`);
process.exit(code);
