// Bundles the extension and the CLI with esbuild. Type-checking is `tsc --noEmit` (npm run typecheck).
import { build } from "esbuild";

const watch = process.argv.includes("--watch");
const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  minify: process.argv.includes("--minify"),
  logLevel: "warning",
  // Prefer packages' ES module builds: UMD builds (jsonc-parser's "main") require files at run time
  // that a bundle does not hold.
  mainFields: ["module", "main"],
};

const entries = [
  { entryPoints: ["src/extension/extension.ts"], outfile: "dist/extension.js", external: ["vscode"] },
  { entryPoints: ["src/cli/main.ts"], outfile: "dist/cli.js", banner: { js: "#!/usr/bin/env node" } },
];

for (const e of entries) {
  if (watch) {
    const { context } = await import("esbuild");
    const ctx = await context({ ...common, ...e });
    await ctx.watch();
  } else {
    await build({ ...common, ...e });
  }
}
