// Bundles the extension and the CLI with esbuild. Type-checking is `tsc --noEmit` (npm run typecheck).
import { chmodSync } from "node:fs";
import { build } from "esbuild";
import { jsonParsePlugin } from "./lib/json-parse-plugin.mjs";
import { zodEnglishOnlyPlugin } from "./lib/zod-locales-plugin.mjs";

const watch = process.argv.includes("--watch");
const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  // Minified (with source maps): the extension bundle stays under 1 MB and loads faster.
  minify: !process.argv.includes("--no-minify"),
  // No keepNames: it wraps every function esbuild names in a call that sets its name at run time —
  // in hot code that makes closures, about 5% of an analysis. Nothing depends on function names.
  logLevel: "warning",
  // Prefer ES modules: jsonc-parser's UMD "main" requires its parts at run time, which a bundle cannot resolve.
  mainFields: ["module", "main"],
  plugins: [jsonParsePlugin, zodEnglishOnlyPlugin],
};

const entries = [
  // The extension: a small activation bundle, and the engine it loads right after activation.
  { entryPoints: ["src/extension/extension.ts"], outfile: "dist/extension.js", external: ["vscode"] },
  { entryPoints: ["src/extension/engine.ts"], outfile: "dist/extension-engine.js", external: ["vscode"] },
  // The worker thread of Analyze Workspace (src/extension/scan/workspaceScan.ts starts it).
  { entryPoints: ["src/extension/scan/worker.ts"], outfile: "dist/extension-worker.js" },
  // The CLI: package.json's `bin`, run as `npx byline` (hence executable).
  { entryPoints: ["src/cli/main.ts"], outfile: "dist/cli.js", banner: { js: "#!/usr/bin/env node" }, executable: true },
  // The worker threads of `byline check` on many files (src/cli/scan.ts starts them).
  { entryPoints: ["src/cli/worker.ts"], outfile: "dist/cli-worker.js" },
];
// `npm run bench`: the benchmark measures the engine as it ships, bundled and minified like dist/
// (run through tsx instead, every call between modules goes through tsx's export getters).
if (process.argv.includes("--bench")) entries.push({ entryPoints: ["bench/run.ts"], outfile: "out/bench.js", sourcemap: false });
// `npm run bench:stages`: each stage's first run on an article against a second one at once.
if (process.argv.includes("--bench-stages")) entries.push({ entryPoints: ["bench/stages.ts"], outfile: "out/bench-stages.js", sourcemap: false });

for (const { executable, ...e } of entries) {
  if (watch) {
    const { context } = await import("esbuild");
    const ctx = await context({ ...common, ...e });
    await ctx.watch();
  } else {
    await build({ ...common, ...e });
  }
  // esbuild writes files without the execute bit.
  if (executable) chmodSync(e.outfile, 0o755);
}
