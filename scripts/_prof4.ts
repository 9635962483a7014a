import { readFileSync } from "node:fs";
import * as chrono from "chrono-node";
import { parseDocument } from "../src/core/parse/document";
import { analyzeDates } from "../src/core/parse/dates";
import { scanExpressions } from "../src/core/parse/dates/expressions";
import { KnowledgeBase } from "../src/core/knowledge";
import { analyze } from "../src/core/analyze";
const text = readFileSync(process.argv[2]!, "utf8");
const kb = KnowledgeBase.bundled();
const doc = parseDocument(text);
const fns: Record<string, () => void> = {
  chronoCasualWhole: () => chrono.en.casual.parse(text, new Date()),
  parse: () => parseDocument(text),
  scan: () => { for (const p of doc.paragraphs) scanExpressions(text, p.span.start, p.span.end); },
  analyzeDates: () => analyzeDates(doc, { knowledge: kb, referenceDate: undefined }),
  analyze: () => analyze(text),
};
const tot: Record<string, number> = {};
for (let r = 0; r < 40; r++) for (const [k, f] of Object.entries(fns)) { const t0 = performance.now(); for (let i = 0; i < 5; i++) f(); if (r >= 10) tot[k] = (tot[k] ?? 0) + (performance.now() - t0) / 5; }
for (const [k, v] of Object.entries(tot)) console.log(k, (v / 30).toFixed(3));
