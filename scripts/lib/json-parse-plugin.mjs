// esbuild plugin: bundles large JSON data as `JSON.parse('…')` instead of an object literal.
// V8 parses a JSON string much faster than the equivalent JavaScript literal, which keeps loading
// the bundled knowledge base within its start-up budget.
import { readFile } from "node:fs/promises";

export const jsonParsePlugin = {
  name: "json-parse",
  setup(build) {
    build.onLoad({ filter: /[\\/]knowledge[\\/]data[\\/][^\\/]+\.json$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      const compact = JSON.stringify(JSON.parse(text));
      return { contents: `module.exports = JSON.parse(${JSON.stringify(compact)});`, loader: "js" };
    });
  },
};
