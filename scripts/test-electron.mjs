// The same integration tests in desktop VS Code, for contributors whose machines can download it
// (@vscode/test-electron fetches VS Code from update.code.visualstudio.com). CI, which cannot,
// runs them in code-server instead: `npm run test:integration`.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runTests } from "@vscode/test-electron";
import { ROOT, buildAll } from "./vscode-host.mjs";

await buildAll({ tests: true });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "byline-electron-"));
fs.cpSync(path.join(ROOT, "seeds"), path.join(dir, "seeds"), { recursive: true });
try {
  await runTests({
    version: "1.100.3",
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, "out", "integration", "index.js"),
    launchArgs: [dir, "--disable-extensions", "--disable-workspace-trust"],
  });
} catch (e) {
  process.stderr.write(`integration tests in VS Code desktop failed: ${e instanceof Error ? e.message : e}\n`);
  process.exit(1);
}
