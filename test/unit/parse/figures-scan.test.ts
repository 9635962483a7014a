import { strict as assert } from "node:assert";
import { parseDocument } from "../../../src/core/parse/document";
import { digitMatches, findFigures, isCode, mayBeOrdinal, mayBeStreet, mayBeTimeOfDay } from "../../../src/core/parse/figures";

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

describe("figure scan prefilters", () => {
  // The patterns the prefilters guard (copied from figures.ts): a prefilter may let through what the
  // pattern then rejects, never reject what it would match.
  const TIME_OF_DAY_RE = /^\s?(?:a\.m\.?|p\.m\.?|am\b|pm\b|gmt\b|utc\b|bst\b|cet\b|cest\b|est\b|edt\b|pst\b|pdt\b|hrs\b|o[’']clock)/iu;
  const ORDINAL_SUFFIX_RE = /^(?:st|nd|rd|th)(?![\p{L}])/iu;
  const STREET_RE = /^\s+(?:\p{Lu}\p{L}+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way|Place|Square|Court|Terrace|Crescent|Close)\b/u;
  const pieces = ["a.m.", "p.m", "AM", "pm", "GMT", "utc", "Bst", "cet", "cest", "EST", "edt", "pst", "PDT", "hrs", "o’clock", "o'clock", "st", "ND", "rd", "Th", "ſt", " ", "\u00a0", "\t", "x", "Main", "Street", "Rd", "-", "1", ".", "é"];
  let seed = 99;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  it("let through everything the patterns match", () => {
    let matched = 0;
    for (let k = 0; k < 30000; k++) {
      let s = "";
      const len = rnd(5);
      for (let i = 0; i < len; i++) s += pieces[rnd(pieces.length)];
      if (TIME_OF_DAY_RE.test(s)) {
        matched++;
        assert.ok(mayBeTimeOfDay(s), JSON.stringify(s));
      }
      if (ORDINAL_SUFFIX_RE.test(s)) {
        matched++;
        assert.ok(mayBeOrdinal(s), JSON.stringify(s));
      }
      if (STREET_RE.test(s)) {
        matched++;
        assert.ok(mayBeStreet(s), JSON.stringify(s));
      }
    }
    assert.ok(matched > 1000);
  });

  it("finds codes and phone numbers as the patterns did", () => {
    // The former isCode, character tests by patterns: the specification of the hand-written one.
    const reference = (text: string, start: number, end: number, para: { start: number; end: number }): boolean => {
      let a = start;
      let b = end;
      while (a > para.start && /[\d()\-–]/u.test(text[a - 1]!)) a--;
      while (b < para.end && /[\d()\-–]/u.test(text[b]!)) b++;
      while (b + 1 < para.end && text[b] === " " && /[\d(]/u.test(text[b + 1]!) && /[\d)]/u.test(text[b - 1]!) && /[()-]/u.test(text.slice(a, b))) {
        b++;
        while (b < para.end && /[\d()\-–]/u.test(text[b]!)) b++;
      }
      if (/\(\d+[-–]\d+\)\s$/u.test(text.slice(Math.max(para.start, a - 16), a))) return true;
      const chunk = text.slice(a, b);
      const hyphens = (chunk.match(/[-–]/gu) ?? []).length;
      const digitCount = (chunk.match(/\d/gu) ?? []).length;
      if (/^\(\d+[-–]\d+\)/u.test(chunk)) return true;
      if (hyphens >= 2 && digitCount >= 6) return true;
      if (/(?:^|[^\d])0\d/u.test(chunk) && hyphens >= 1) return true;
      return false;
    };
    const alphabet = ["0", "1", "7", "25", "020", "(", ")", "-", "–", " ", "\u00a0", "x", "+"];
    let codes = 0;
    for (let k = 0; k < 20000; k++) {
      let s = "";
      const len = 1 + rnd(12);
      for (let i = 0; i < len; i++) s += alphabet[rnd(alphabet.length)];
      for (const m of s.matchAll(/\d+/g)) {
        const para = { start: rnd(2), end: s.length - rnd(2) };
        if (m.index < para.start || m.index + m[0].length > para.end) continue;
        const want = reference(s, m.index, m.index + m[0].length, para);
        if (want) codes++;
        assert.equal(isCode(s, m.index, m.index + m[0].length, para), want, JSON.stringify(s));
      }
    }
    assert.ok(codes > 100);
  });
});

describe("figure values", () => {
  it("reads integers digit by digit as Number() does, up to the longest exact ones", () => {
    for (const n of ["7", "42", "900", "123456789012345", "999999999999999", "1234567890123456", "12,500", "3.75"]) {
      const f = findFigures(parseDocument(`The port counted ${n} tonnes of grain.`));
      assert.equal(f[0]?.value, Number(n.replace(/,/g, "")), n);
    }
  });
});
