import { strict as assert } from "node:assert";
import { evidenceAt } from "../../../src/core/rules/date-inconsistency";
import type { DateEvidence, DocumentDate } from "../../../src/core/model/date";
import { intRng } from "../random-edits";

describe("evidenceAt (the date rule's 'does the document date's evidence stand here')", () => {
  it("answers as a scan of the evidence does, for short and long lists, evidence without a place included", () => {
    const next = intRng(5);
    for (let round = 0; round < 300; round++) {
      const basis: DateEvidence[] = [];
      for (let k = next(round % 2 === 0 ? 6 : 60); k > 0; k--) {
        const start = next(200);
        basis.push(next(5) === 0 ? { kind: "other", message: "no place" } : { kind: "dateline", message: "here", span: { start, end: start + 1 + next(9) } });
      }
      const doc: DocumentDate = { from: "2025-01-01", to: "2025-01-31", basis, conflicts: [] };
      for (let start = 0; start < 210; start++) assert.equal(evidenceAt(doc, start), basis.some((b) => b.span?.start === start), `start ${start}`);
    }
  });
});
