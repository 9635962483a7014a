import { strict as assert } from "node:assert";
import { relationTo } from "../../../src/core/parse/dates";
import { scanExpressions } from "../../../src/core/parse/dates/expressions";

describe("date values resolved once and reused", () => {
  const doc = { from: "2025-12-01", to: "2025-12-31", basis: [], conflicts: [] } as never;

  it("relate a value to the document's window the same way each time", () => {
    for (let i = 0; i < 2; i++) {
      assert.equal(relationTo("2025-11-30", doc), "past");
      assert.equal(relationTo("2025", doc), "present");
      assert.equal(relationTo("2025-12", doc), "present");
      assert.equal(relationTo("2026-01-01T10:00", doc), "future");
      assert.equal(relationTo("2025-Q4", doc), undefined);
      assert.equal(relationTo("PRESENT_REF", doc), undefined);
    }
  });

  it("resolve a weekday by reference day, tense and relation, the same way each time", () => {
    const text = "They met on Tuesday and will meet next Tuesday, not last Tuesday.";
    const [a, b, c] = scanExpressions(text, 0, text.length);
    for (let i = 0; i < 2; i++) {
      // 2025-12-28 is a Sunday.
      assert.equal(a!.resolve({ ref: "2025-12-28", tense: "past", quarter: undefined }).value, "2025-12-23");
      assert.equal(a!.resolve({ ref: "2025-12-28", tense: "future", quarter: undefined }).value, "2025-12-30");
      assert.equal(b!.resolve({ ref: "2025-12-28", tense: "future", quarter: undefined }).value, "2025-12-30");
      assert.equal(c!.resolve({ ref: "2025-12-28", tense: "past", quarter: undefined }).value, "2025-12-23");
      assert.equal(a!.resolve({ ref: "2025-12-24", tense: "past", quarter: undefined }).value, "2025-12-23");
    }
  });
});
