import { strict as assert } from "node:assert";
import {
  claimLine,
  describeAgainstDocument,
  describeTimex,
  excerpt,
  formatDays,
  formatWindow,
  relationTo,
  timexRange,
  timexSortKey,
} from "../../../src/extension/present";

describe("extension/present", () => {
  const doc = { from: "2025-02-24", to: "2026-02-23" };

  it("formats document date windows compactly", () => {
    assert.equal(formatWindow(doc), "24 Feb 2025 – 23 Feb 2026");
    assert.equal(formatWindow({ from: "2025-12-28", to: "2025-12-28" }), "28 Dec 2025");
  });

  it("turns TIMEX3 values into day ranges", () => {
    assert.deepEqual(timexRange("2024-01"), { from: "2024-01-01", to: "2024-01-31" });
    assert.deepEqual(timexRange("2024-02"), { from: "2024-02-01", to: "2024-02-29" });
    assert.deepEqual(timexRange("2025-Q4"), { from: "2025-10-01", to: "2025-12-31" });
    assert.deepEqual(timexRange("2025"), { from: "2025-01-01", to: "2025-12-31" });
    assert.deepEqual(timexRange("2025-12-28TMO"), { from: "2025-12-28", to: "2025-12-28" });
    assert.equal(timexRange("P15Y"), undefined);
    assert.equal(timexRange("2025-02-30"), undefined);
  });

  it("tells past, present and future apart against the document date", () => {
    assert.equal(relationTo("2024-01", doc), "past");
    assert.equal(relationTo("2026-01", doc), "present");
    assert.equal(relationTo("2026-06", doc), "future");
    assert.equal(relationTo("P15Y", doc), undefined);
    assert.equal(relationTo("2026-01", null), undefined);
  });

  it("says by how much a date lies before or after the document date", () => {
    assert.equal(describeAgainstDocument("2024-01", doc), "about 13 months before the document date");
    assert.equal(describeAgainstDocument("2026-02-26", doc), "3 days after the document date");
    assert.equal(describeAgainstDocument("2028", doc), "about 2 years after the document date");
    assert.equal(describeAgainstDocument("2025-06-01", doc), "within the document date window");
    assert.equal(formatDays(1), "1 day");
    assert.equal(formatDays(30), "about 4 weeks");
  });

  it("reads TIMEX3 values as people write dates", () => {
    assert.equal(describeTimex("2026-01"), "January 2026");
    assert.equal(describeTimex("2025-12-28"), "28 Dec 2025");
    assert.equal(describeTimex("P15Y"), "15 years");
    assert.equal(describeTimex("P1W"), "1 week");
    assert.equal(describeTimex("PXY"), "some years");
    assert.equal(describeTimex("PRESENT_REF"), "the present");
    assert.equal(describeTimex("XXXX-03-04"), "4 March, year unknown");
    assert.equal(describeTimex("XXXX-02"), "February, year unknown");
    assert.equal(describeTimex("XXXX-WI"), "winter, year unknown");
    assert.equal(describeTimex("2025-SU"), "summer 2025");
    assert.equal(describeTimex("2025-W07"), "week 7 of 2025");
    assert.equal(describeTimex("XXXX-WXX"), "date unknown");
    // Decades, centuries, halves and quarters, clock times, weekdays: no bare TIMEX3 value in a hover.
    assert.equal(describeTimex("201"), "the 2010s");
    assert.equal(describeTimex("19"), "the 1900s");
    assert.equal(describeTimex("PXDE"), "some decades");
    assert.equal(describeTimex("P1DE"), "1 decade");
    assert.equal(describeTimex("PT3H"), "3 hours");
    assert.equal(describeTimex("PT1M"), "1 minute");
    assert.equal(describeTimex("P2CE"), "2 centuries");
    assert.equal(describeTimex("XXXX-Q3"), "Q3, year unknown");
    assert.equal(describeTimex("XXXX-QX"), "a quarter, year unknown");
    assert.equal(describeTimex("2025-H1"), "first half of 2025");
    assert.equal(describeTimex("2025-12-28T17:00"), "28 Dec 2025, 17:00");
    assert.equal(describeTimex("XXXX-WXX-1"), "a Monday, date unknown");
    assert.equal(describeTimex("XXXX-XX-XX"), "date unknown");
  });

  it("sorts calendar values by date, others after them", () => {
    const values = ["P15Y", "2026-01", "2025-12-28", "2025", "PRESENT_REF"];
    assert.deepEqual([...values].sort((a, b) => timexSortKey(a).localeCompare(timexSortKey(b))), [
      "2025",
      "2025-12-28",
      "2026-01",
      "P15Y",
      "PRESENT_REF",
    ]);
  });

  it("writes a claim after its reporting verb, a quotation in its marks, other cues beside it", () => {
    assert.equal(claimLine({ cue: "expressed", text: "his desire for a guarantee", direct: false }), "expressed his desire for a guarantee");
    assert.equal(claimLine({ cue: "according to", text: "412,000 patients were waiting", direct: false }), "412,000 patients were waiting");
    assert.equal(claimLine({ cue: "Data from", text: "showed waiting times rising", direct: false }), "showed waiting times rising");
    assert.equal(claimLine({ cue: "said", text: "All these details will be in the guarantees,", direct: true }), "“All these details will be in the guarantees”");
    const long = claimLine({ cue: "revealed", text: "that the current proposals on the table suggest a 15-year security agreement", direct: false }, 40);
    assert.ok(long.startsWith("revealed that") && long.endsWith("…") && long.length <= 40, long);
  });

  it("shortens excerpts at a word boundary", () => {
    assert.equal(excerpt("short text"), "short text");
    const e = excerpt("We would like to consider the possibility of 30, 40, 50 years, and then it will be historic", 40);
    assert.ok(e.length <= 40 && e.endsWith("…"), e);
    assert.ok(!/\s…$/.test(e));
  });
});
