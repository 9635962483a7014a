// `npm run demo`: prepares the VS Code host if needed (code-server 4.100.3, offline) and serves the
// bundled seeds/ in a real VS Code in the browser with Byline loaded. Prints the URL to open.
//   BYLINE_DEMO_PORT (default 3210)   BYLINE_DEMO_FOLDER (default: this clone's seeds/)
// The CLI report on the same files stays available: `npx byline check seeds`.
import * as fs from "node:fs";
import * as path from "node:path";
import { ROOT, buildAll, ensureHost, startServer, workbenchUrl } from "./vscode-host.mjs";

const folder = path.resolve(process.env.BYLINE_DEMO_FOLDER ?? path.join(ROOT, "seeds"));
const port = Number(process.env.BYLINE_DEMO_PORT ?? 3210);
const home = path.join(process.env.BYLINE_HOST_DIR ?? path.join(process.env.HOME ?? "/tmp", ".cache", "byline-vscode-host"), "demo");

const codeServer = ensureHost();
await buildAll();
// A persistent profile for the demo, outside the clone, so settings and layout survive restarts.
const run = { dir: home };
for (const d of ["user-data/User", "extensions", "xdg-config", "xdg-data", "xdg-cache", "tmp"]) fs.mkdirSync(path.join(home, d), { recursive: true });
const settingsFile = path.join(home, "user-data", "User", "settings.json");
if (!fs.existsSync(settingsFile)) {
  const settings = {
    "workbench.startupEditor": "none",
    "security.workspace.trust.enabled": false,
    "telemetry.telemetryLevel": "off",
    "git.openRepositoryInParentFolders": "never",
    "editor.wordWrap": "on",
  };
  fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
}
const server = await startServer(codeServer, run, { port });
const url = workbenchUrl(server, folder);
process.stdout.write(
  [
    "",
    "Byline is running in VS Code (code-server 4.100.3) on the seed files in",
    `  ${folder}`,
    "Open this URL in a browser (it loads Byline from this clone):",
    "",
    `  ${url}`,
    "",
    `Remote machine? Forward the port first: ssh -L ${port}:127.0.0.1:${port} HOST`,
    "The CLI report on the same files: npx byline check seeds",
    "Stop with Ctrl+C.",
    "",
  ].join("\n"),
);
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.child.on("exit", (c) => process.exit(c ?? 0));
