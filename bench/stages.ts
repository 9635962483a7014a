// What one analyze() of a short article pays for each stage's code and tables to come back to the
// processor: every stage of the pipeline is run three times on each MEANTIME article's input — the
// first time in the pipeline's order (as analyze() runs it), then at once on the same input
// again, then at once on the next article's — and the three are printed per stage. The same
// article again is faster for more than the stage's code being at hand: the processor has just
// seen every branch of that very text. The next article right after gives the stage's code and
// tables at hand on a text it has not just read: the difference from the first run is what
// running the stages one after another costs an article (what `analyzeMany` saves by running
// each stage over a batch). Reads ../shared/corpora/meantime (says so and stops when it is
// missing). A measurement, not a test.   Run: npm run bench:stages
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
const ms = new Map<string, { first: number; again: number; next: number }>();

/**
 * `f(a)`, `f(a)` again and `f(b)`, each timed under `stage`: the values for `a` and for `b`. `b`
 * is the next article's input to the stage, carried through the pipeline alongside.
 */
function thrice<A, R>(stage: string, f: (x: A) => R, a: A, b: A): [R, R] {
  let t = performance.now();
  f(a);
  const first = performance.now() - t;
  t = performance.now();
  const value = f(a);
  const again = performance.now() - t;
  t = performance.now();
  const other = f(b);
  const next = performance.now() - t;
  const e = ms.get(stage) ?? { first: 0, again: 0, next: 0 };
  e.first += first;
  e.again += again;
  e.next += next;
  ms.set(stage, e);
  return [value, other];
}

const dateOptions = { knowledge, referenceDate: "2025-12-28" } as const;

function pass(): void {
  texts.forEach((text, i) => {
    const [doc, docB] = thrice("parse", parseDocument, text, texts[(i + 1) % texts.length]!);
    const [figures, figuresB] = thrice("figures", findFigures, doc, docB);
    const [frames, framesB] = thrice("frames", findFrames, doc, docB);
    const [quotes, quotesB] = thrice("quote speakers", (x: [typeof doc, typeof frames]) => attributeQuotes(...x), [doc, frames], [docB, framesB]);
    const [dates, datesB] = thrice("dates", (d: typeof doc) => analyzeDates(d, dateOptions), doc, docB);
    thrice(
      "actors",
      (x: [typeof doc, typeof frames, typeof quotes, typeof figures, typeof dates]) =>
        findActors(x[0], { knowledge, frames: x[1], quotes: x[2], figures: x[3], dates: x[4].dates, documentDate: x[4].documentDate }),
      [doc, frames, quotes, figures, dates],
      [docB, framesB, quotesB, figuresB, datesB],
    );
  });
}

// Warm-up passes (V8 optimises the engine over 10–20 of them), then the measured ones.
for (let r = 0; r < 30; r++) pass();
ms.clear();
const ROUNDS = 20;
for (let r = 0; r < ROUNDS; r++) pass();
const rows = [...ms].map(([stage, { first, again, next }]) => ({ stage, first: first / ROUNDS, again: again / ROUNDS, next: next / ROUNDS }));
const total = rows.reduce((t, r) => ({ first: t.first + r.first, again: t.again + r.again, next: t.next + r.next }), { first: 0, again: 0, next: 0 });
const perArticle = (first: number, next: number): string => (((first - next) / texts.length) * 1000).toFixed(0);
const share = (x: number): string => `${((x / total.first) * 100).toFixed(0)}%`;
console.log(`| Stage (${texts.length} MEANTIME articles a pass) | First run, ms a pass | The same article again at once | The next article right after | First beyond next, µs an article |`);
console.log("|---|---|---|---|---|");
for (const r of rows) console.log(`| ${r.stage} | ${r.first.toFixed(1)} | ${r.again.toFixed(1)} | ${r.next.toFixed(1)} | ${perArticle(r.first, r.next)} |`);
console.log(`| all | ${total.first.toFixed(1)} | ${total.again.toFixed(1)} (${share(total.again)}) | ${total.next.toFixed(1)} (${share(total.next)}) | ${perArticle(total.first, total.next)} |`);
