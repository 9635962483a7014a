// Runs Byline inside a real VS Code: code-server 4.100.3 (VS Code 1.100.3) driven by Debian's
// Chromium through playwright-core. Shared by the integration tests, the screenshots and the demo.
// Why it is done this way: ../shared/VSCODE-TESTING.md (summarised in README, "Testing in VS Code").
import { spawn, execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const CHROMIUM = process.env.BYLINE_CHROMIUM ?? "/usr/bin/chromium";

/** Installs code-server and Chromium when missing (idempotent); returns the code-server binary. */
export function ensureHost() {
  const out = execFileSync("bash", [path.join(ROOT, "scripts", "setup-vscode-host.sh")], {
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
  });
  return out.trim().split("\n").pop();
}

/** Bundles the extension (dist/) and the integration tests (out/integration/). */
export async function buildAll({ tests = false } = {}) {
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: "inherit" });
  if (!tests) return;
  const { build } = await import("esbuild");
  const dir = path.join(ROOT, "test", "integration");
  const entryPoints = fs.readdirSync(dir).filter((f) => f.endsWith(".ts")).map((f) => path.join(dir, f));
  await build({
    entryPoints,
    outdir: path.join(ROOT, "out", "integration"),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    sourcemap: "inline",
    external: ["vscode", "mocha"],
    logLevel: "warning",
  });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A fresh folder for one run: workspace (a copy of seeds/), user data, extensions, XDG dirs. */
export function makeRunDir(name) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `byline-${name}-`));
  const ws = path.join(dir, "workspace");
  fs.mkdirSync(ws, { recursive: true });
  fs.cpSync(path.join(ROOT, "seeds"), path.join(ws, "seeds"), { recursive: true });
  for (const d of ["user-data", "extensions", "xdg-config", "xdg-data", "xdg-cache", "tmp", "chromium-profile"]) {
    fs.mkdirSync(path.join(dir, d), { recursive: true });
  }
  // Keep the workbench quiet and predictable.
  const settings = {
    "workbench.startupEditor": "none",
    "workbench.tips.enabled": false,
    "workbench.enableExperiments": false,
    "telemetry.telemetryLevel": "off",
    "security.workspace.trust.enabled": false,
    "extensions.autoUpdate": false,
    "extensions.autoCheckUpdates": false,
    "update.mode": "none",
    "workbench.colorTheme": "Default Light Modern",
    "window.commandCenter": false,
    "chat.commandCenter.enabled": false,
    "editor.minimap.enabled": false,
    "editor.wordWrap": "on",
    "editor.hover.delay": 150,
    "git.enabled": false,
  };
  fs.mkdirSync(path.join(dir, "user-data", "User"), { recursive: true });
  fs.writeFileSync(path.join(dir, "user-data", "User", "settings.json"), JSON.stringify(settings, null, 2));
  return { dir, workspace: ws };
}

/** Starts code-server on a free loopback port; resolves once /healthz answers. */
export async function startServer(codeServer, run, { port, log = () => {} } = {}) {
  port ??= await freePort();
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(run.dir, "xdg-config"),
    XDG_DATA_HOME: path.join(run.dir, "xdg-data"),
    XDG_CACHE_HOME: path.join(run.dir, "xdg-cache"),
    TMPDIR: path.join(run.dir, "tmp"),
  };
  delete env.VSCODE_IPC_HOOK_CLI;
  const args = [
    "--bind-addr", `127.0.0.1:${port}`,
    "--auth", "none",
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-workspace-trust",
    "--disable-getting-started-override",
    "--user-data-dir", path.join(run.dir, "user-data"),
    "--extensions-dir", path.join(run.dir, "extensions"),
  ];
  const child = spawn(codeServer, args, { env, stdio: ["ignore", "pipe", "pipe"], detached: false });
  child.stdout.on("data", (b) => log(String(b)));
  child.stderr.on("data", (b) => log(String(b)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error("code-server did not answer /healthz within 60 s");
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    port,
    base,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5000).unref();
      }),
  };
}

/** The workbench URL with Byline loaded from this clone (and, for tests, the test module). */
export function workbenchUrl(server, workspace, { testsPath } = {}) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [["extensionDevelopmentPath", remote(ROOT)], ["skipWelcome", "true"]];
  if (testsPath) payload.push(["extensionTestsPath", remote(testsPath)]);
  return `${server.base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

export async function launchBrowser(run, { width = 1400, height = 900 } = {}) {
  const { chromium } = await import("playwright-core");
  return chromium.launchPersistentContext(path.join(run.dir, "chromium-profile"), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width, height },
    deviceScaleFactor: 1,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
