import { strict as assert } from "node:assert";
import { digitMatches } from "../../../src/core/parse/figures";

// The specification `digitMatches` follows: digits with an optional currency before them.
const DIGIT_RE = /(?:(US|NZ|HK|[ACR])?\$|[€£¥₹₩₦₽₺]|\b(?:USD|EUR|GBP|JPY|CNY|CHF|INR|KRW|AUD|CAD)\s)?\s?(\d+(?:,\d{3})*(?:\.\d+)?)/g;

const reference = (s: string): string[] => [...s.matchAll(DIGIT_RE)].map((m) => `${m.index}:${m[0]}:${m[2]}`);
const actual = (s: string): string[] => digitMatches(s).map((m) => `${m.index}:${s.slice(m.index, m.end)}:${s.slice(m.digits, m.end)}`);

describe("figure scans", () => {
  it("finds digits and the currency before them as the regular expression does", () => {
    assert.deepEqual(actual("Paid US$ 3,500.25 and USD 40 or €5, A$7, xUSD 9, $ 1,23"), reference("Paid US$ 3,500.25 and USD 40 or €5, A$7, xUSD 9, $ 1,23"));
  });

  it("agrees with the regular expression on random text", () => {
    const alphabet = ["U", "S", "N", "Z", "H", "K", "A", "C", "R", "D", "E", "G", "B", "P", "$", "€", "£", "₺", " ", " ", "\u00a0", "\n", "_", "x", "1", "2", "0", "9", ",", ".", "USD", "EUR", "CAD", "US$", "HK$"];
    let seed = 4242;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let k = 0; k < 20000; k++) {
      let s = "";
      const len = 1 + rnd(14);
      for (let i = 0; i < len; i++) s += alphabet[rnd(alphabet.length)];
      assert.deepEqual(actual(s), reference(s), JSON.stringify(s));
    }
  });
});
