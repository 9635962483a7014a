import { strict as assert } from "node:assert";
import { dayNumber, daysInMonth, isLeapYear, localDay, toIso } from "../../../src/core/parse/calendar";

/** The helpers as first written (split, padStart, a table per call): the fast paths must agree with them. */
const reference = {
  toIso: (y: number, m: number, d: number): string => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
  dayNumber: (iso: string): number => {
    const [y, m, d] = iso.split("-").map(Number);
    return Math.floor(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86400000);
  },
  daysInMonth: (y: number, m: number): number => [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0,
};

describe("calendar helpers", () => {
  it("write and read ISO dates as the plain forms do, in the usual case and out of it", () => {
    const years = [-5, 0, 7, 50, 99, 100, 999, 1000, 1600, 1999, 2000, 2024, 2025, 9999, 10000, 2025.5, NaN];
    const small = [-1, 0, 1, 2, 9, 10, 12, 13, 29, 31, 99, 100, 1.5];
    for (const y of years) for (const m of small) for (const d of small) assert.equal(toIso(y, m, d), reference.toIso(y, m, d), `${y} ${m} ${d}`);
    const isos = ["2025-12-28", "1999-02-29", "0050-01-01", "2025-1-5", "2025-12", "2025", "", "2025-12-2x", "+2025-12-28", "2025/12/28", "-2025-12-28", "2025-00-00", "9999-99-99"];
    for (let n = -800000; n <= 800000; n += 997) isos.push(new Date(n * 86400000).toISOString().slice(0, 10));
    for (const s of isos) assert.equal(dayNumber(s), reference.dayNumber(s), s);
    for (const y of years) for (let m = -1; m <= 14; m++) assert.equal(daysInMonth(y, m), reference.daysInMonth(y, m), `${y} ${m}`);
    assert.equal(daysInMonth(2024, 1.5), reference.daysInMonth(2024, 1.5));
  });

  it("gives the local calendar day of a moment (localDay)", () => {
    assert.equal(localDay(new Date(2026, 0, 5, 23, 59)), "2026-01-05");
    assert.equal(localDay(new Date(2024, 1, 29, 0, 0)), "2024-02-29");
  });
});
