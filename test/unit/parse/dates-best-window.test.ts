import { strict as assert } from "node:assert";
import { bestWindow } from "../../../src/core/parse/dates/document-date";
import { rng } from "../random-edits";

const NEG = -1e7;
const POS = 1e7;

/** The sweep as it was: every interval end sorted, the weights at one place added in that order. */
function reference(cs: readonly { weight: number; days: readonly (readonly [number, number])[] }[]): [number, number] | undefined {
  const events: [number, number][] = [];
  for (const c of cs) {
    const sorted = [...c.days].sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const [a, b] of sorted) {
      const last = merged[merged.length - 1];
      if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
      else merged.push([a, b]);
    }
    for (const [a, b] of merged) events.push([a, c.weight], [b + 1, -c.weight]);
  }
  events.sort((x, y) => x[0] - y[0]);
  const segs: { a: number; b: number; score: number }[] = [];
  let score = 0;
  let at = NEG;
  for (let i = 0; i < events.length; ) {
    const x = events[i]![0];
    if (x > at) segs.push({ a: at, b: x - 1, score });
    while (i < events.length && events[i]![0] === x) score += events[i++]![1];
    at = x;
  }
  segs.push({ a: at, b: POS, score });
  const best = Math.max(...segs.map((s) => s.score));
  if (best <= 0) return undefined;
  const runs: [number, number][] = [];
  for (const s of segs) {
    if (s.score !== best) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] + 1 === s.a) last[1] = s.b;
    else runs.push([s.a, s.b]);
  }
  return runs.length === 1 ? runs[0] : undefined;
}

describe("the document date's best window", () => {
  it("is the window the sweep over every sorted interval end finds, for random constraints", () => {
    const r = rng(3);
    const WEIGHTS = [1000, 100, 4, 3, 2, 1, 0.25, 0];
    const day = (): number => (r() < 0.1 ? NEG : r() < 0.1 ? POS : 20000 + Math.floor(r() * 60));
    let found = 0;
    for (let i = 0; i < 2000; i++) {
      const cs = Array.from({ length: 1 + Math.floor(r() * 12) }, () => ({
        weight: WEIGHTS[Math.floor(r() * WEIGHTS.length)]!,
        days: Array.from({ length: 1 + Math.floor(r() * 3) }, (): [number, number] => {
          const a = day();
          const b = day();
          return a <= b ? [a, b] : [b, a];
        }),
      }));
      const want = reference(cs);
      // No expressions: several best runs give no window, as in the reference.
      assert.deepStrictEqual(bestWindow(cs, [], []), want, JSON.stringify(cs));
      if (want) found++;
    }
    assert.ok(found > 500, `only ${found} windows`);
  });
});
