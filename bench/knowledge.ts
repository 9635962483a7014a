// Prints what loading the bundled knowledge base costs, as shipped: the knowledge module is
// bundled with esbuild (like dist/cli.js, jsonc-parser inside), then required and indexed in fresh Node processes,
// several times (the machine may be busy: the minimum is the figure to read). zod is
// loaded first, as the rest of Byline needs it anyway. Not a test.
// Budget: < 20 ms and < 5 MB.   Run: npm run bench:knowledge
import { build } from "esbuild";
// @ts-expect-error: a plain .mjs module without types
import { jsonParsePlugin } from "../scripts/lib/json-parse-plugin.mjs";
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import * as path from "node:path";

const root = path.resolve(__dirname, "..");
const out = path.join(root, "node_modules", ".cache", `byline-kb-bench-${process.pid}.js`);
const built = build({
  entryPoints: [path.join(root, "src/core/knowledge/index.ts")],
  outfile: out,
  bundle: true,
  platform: "node",
  format: "cjs",
  mainFields: ["module", "main"],
  external: ["zod"],
  plugins: [jsonParsePlugin],
  logLevel: "warning",
});

const probe = `
require("zod/mini"); gc();
const h0 = process.memoryUsage().heapUsed, c0 = process.cpuUsage(), t0 = performance.now();
const { KnowledgeBase } = require(${JSON.stringify(out)});
const t1 = performance.now();
const kb = KnowledgeBase.bundled();
const t2 = performance.now();
kb.holderOf("the French president", "2025-03-01");
const t3 = performance.now(), c1 = process.cpuUsage(c0);
gc();
const heap = process.memoryUsage().heapUsed - h0;
let t4 = performance.now();
for (let i = 0; i < 1000; i++) { kb.holderOf("the French president", "2025-03-01"); kb.person("Zelenskyy"); kb.resolveSurname("Li", ["Li Qiang"]); kb.eventsMatching("the war", ["Kyiv"]); }
const perRound = (performance.now() - t4);
console.log(JSON.stringify({ entries: kb.entries.length, require: t1 - t0, index: t2 - t1, lazy: t3 - t2, cpu: (c1.user + c1.system) / 1000, heap, perRound }));
`;

void built.then(measure);

function measure(): void {
 try {
  const runs = Array.from({ length: 5 }, () => JSON.parse(execFileSync(process.execPath, ["--expose-gc", "-e", probe], { encoding: "utf8" })));
  const stat = (k: string) => {
    const v = runs.map((r) => r[k] as number).sort((a, b) => a - b);
    return `min ${v[0]!.toFixed(1)}  median ${v[2]!.toFixed(1)}`;
  };
  console.log(`entries: ${runs[0].entries}   (5 fresh processes)`);
  console.log(`require module + JSON data (ms):   ${stat("require")}`);
  console.log(`build name index (ms):             ${stat("index")}`);
  console.log(`first role look-up, lazy index (ms): ${stat("lazy")}`);
  console.log(`CPU time for all of the above (ms): ${stat("cpu")}   budget 20`);
  const heaps = runs.map((r) => r.heap / 1024 / 1024).sort((a, b) => a - b);
  console.log(`heap held (MB):                    min ${heaps[0]!.toFixed(2)}  median ${heaps[2]!.toFixed(2)}   budget 5`);
  console.log(`4 look-ups (µs per round):          ${stat("perRound")}`);
} finally {
  rmSync(out, { force: true });
}
}
