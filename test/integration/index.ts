// The test module VS Code loads into its extension host (extensionTestsPath): runs mocha on the
// bundled *.test.js next to it. The host makes console.log read-only, so the reporter writes through
// Mocha.reporters.Base.consoleLog with a tag the driver (scripts/test-integration.mjs) picks out.
import * as fs from "node:fs";
import * as path from "node:path";
import { format } from "node:util";
import Mocha from "mocha";

const TAG = "[byline-test] ";

export function run(): Promise<void> {
  const out = (...args: unknown[]) => console.info(TAG + format(...(args as [string])).split("\n").join("\n" + TAG));
  (Mocha.reporters.Base as unknown as { consoleLog: (...a: unknown[]) => void }).consoleLog = out;
  const mocha = new Mocha({ ui: "bdd", reporter: "spec", color: false, timeout: 30_000 });
  for (const f of fs.readdirSync(__dirname).sort()) if (f.endsWith(".test.js")) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const s = runner.stats;
      out(`${s?.passes ?? 0} passed, ${s?.pending ?? 0} pending, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
