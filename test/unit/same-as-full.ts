import { strict as assert } from "node:assert";
import { analyze } from "../../src/core/analyze";
import { IncrementalAnalyzer } from "../../src/core/incremental";

/** Each step's text analysed incrementally (after the previous steps) and afresh: the same analysis. `null`: no reference date. */
export function sameAsFull(steps: readonly string[], referenceDate: string | null = "2025-12-28"): void {
  const options = referenceDate === null ? {} : { referenceDate };
  const inc = new IncrementalAnalyzer(options);
  steps.forEach((text, i) => assert.deepStrictEqual(inc.analyze(text), analyze(text, options), `step ${i}: ${text.slice(0, 60)}`));
}
