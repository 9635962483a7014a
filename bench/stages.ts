// What one analyze() of a short article pays for each stage's code and tables to come back to the
// processor: every stage of the pipeline is run twice in a row on each MEANTIME article, the first
// time in the pipeline's order (as analyze() runs it), the second right after (everything it needs
// still close), and the two are printed per stage. Reads ../shared/corpora/meantime (says so and
// stops when it is missing). A measurement, not a test.   Run: npm run bench:stages
import { parseDocument } from "../src/core/parse/document";
import { findFigures } from "../src/core/parse/figures";
import { findFrames } from "../src/core/parse/attribution";
import { attributeQuotes } from "../src/core/parse/quotes";
import { findActors } from "../src/core/parse/actors";
import { analyzeDates } from "../src/core/parse/dates";
import { KnowledgeBase } from "../src/core/knowledge";
import { meantimeArticles } from "./corpus";

const articles = meantimeArticles();
if (articles === null) {
  console.log("../shared/corpora/meantime is missing: nothing to measure.");
  process.exit(0);
}
const texts = articles.map((a) => a.text);
const knowledge = KnowledgeBase.bundled();
const ms = new Map<string, { first: number; again: number }>();

/** `f()` twice, both timed under `stage`; the second run's value. */
function twice<R>(stage: string, f: () => R): R {
  let t = performance.now();
  f();
  const first = performance.now() - t;
  t = performance.now();
  const value = f();
  const again = performance.now() - t;
  const e = ms.get(stage) ?? { first: 0, again: 0 };
  e.first += first;
  e.again += again;
  ms.set(stage, e);
  return value;
}

function pass(): void {
  for (const text of texts) {
    const doc = twice("parse", () => parseDocument(text));
    const figures = twice("figures", () => findFigures(doc));
    const frames = twice("frames", () => findFrames(doc));
    const quotes = twice("quote speakers", () => attributeQuotes(doc, frames));
    const { dates, documentDate } = twice("dates", () => analyzeDates(doc, { knowledge, referenceDate: "2025-12-28" }));
    twice("actors", () => findActors(doc, { knowledge, frames, quotes, figures, dates, documentDate }));
  }
}

// Warm-up passes (V8 optimises the engine over 10–20 of them), then the measured ones.
for (let r = 0; r < 30; r++) pass();
ms.clear();
const ROUNDS = 20;
for (let r = 0; r < ROUNDS; r++) pass();
const rows = [...ms].map(([stage, { first, again }]) => ({
  stage,
  first: first / ROUNDS,
  again: again / ROUNDS,
  perArticle: ((first - again) / ROUNDS / texts.length) * 1000,
}));
const total = rows.reduce((t, r) => ({ first: t.first + r.first, again: t.again + r.again }), { first: 0, again: 0 });
console.log(`| Stage (${texts.length} MEANTIME articles a pass) | First run, ms a pass | Again at once, ms a pass | Cost of the first, µs an article |`);
console.log("|---|---|---|---|");
for (const r of rows) console.log(`| ${r.stage} | ${r.first.toFixed(1)} | ${r.again.toFixed(1)} | ${r.perArticle.toFixed(0)} |`);
console.log(`| all | ${total.first.toFixed(1)} | ${total.again.toFixed(1)} (${((total.again / total.first) * 100).toFixed(0)}%) | ${(((total.first - total.again) / texts.length) * 1000).toFixed(0)} |`);
