// esbuild plugin: zod 4 (zod/mini too) re-exports all of its ~40 message locales (`z.locales`), about
// 260 KB of the bundle. Byline's messages are English and it never switches locale (the schema modules
// set it with `z.config(z.locales.en())`, which zod/mini leaves to its user), so the bundle keeps only `en`.
import * as path from "node:path";

export const zodEnglishOnlyPlugin = {
  name: "zod-english-only",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
      if (!/[\\/]zod[\\/]/.test(args.importer)) return undefined;
      return { path: path.resolve(path.dirname(args.importer), "../locales/en.js"), namespace: "zod-locales" };
    });
    build.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: path.dirname(args.path),
      loader: "js",
    }));
  },
};
