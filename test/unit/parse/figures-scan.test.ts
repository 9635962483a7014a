import { strict as assert } from "node:assert";
import { intRng, randomText } from "../random-edits";
import { parseDocument } from "../../../src/core/parse/document";
import { digitMatches, FIGURE_PATTERNS, findFigures, isCode, mayBeOrdinal, mayBeRatio, mayBeStreet, mayBeSuffix, mayBeTimeOfDay, mayHaveUrls, MODEL_CANDIDATE_RE, modelCandidates, numberWordRuns, numberWordRunsByPattern, startsUpper, URL_HINT_RE, withoutFinalDot } from "../../../src/core/parse/figures";

// The specification `digitMatches` follows: digits with an optional currency before them.
const DIGIT_RE = /(?:(US|NZ|HK|CA|AU|NT|SG|MX|[ACRS])?\$|[€£¥₹₩₦₽₺]|\b(?:USD|EUR|GBP|JPY|CNY|CHF|INR|KRW|AUD|CAD)\s)?\s?(\d+(?:,\d{3})*(?:\.\d+)?)/g;

const reference = (s: string): string[] => [...s.matchAll(DIGIT_RE)].map((m) => `${m.index}:${m[0]}:${m[2]}`);
const actual = (s: string): string[] => digitMatches(s).map((m) => `${m.index}:${s.slice(m.index, m.end)}:${s.slice(m.digits, m.end)}`);

describe("figure scans", () => {
  it("finds digits and the currency before them as the regular expression does", () => {
    assert.deepEqual(actual("Paid US$ 3,500.25 and USD 40 or €5, A$7, xUSD 9, $ 1,23"), reference("Paid US$ 3,500.25 and USD 40 or €5, A$7, xUSD 9, $ 1,23"));
  });

  it("agrees with the regular expression on random text", () => {
    const alphabet = ["U", "S", "N", "Z", "H", "K", "A", "C", "R", "D", "E", "G", "B", "P", "$", "€", "£", "₺", " ", " ", "\u00a0", "\n", "_", "x", "1", "2", "0", "9", ",", ".", "USD", "EUR", "CAD", "US$", "HK$"];
    const rnd = intRng(4242);
    for (let k = 0; k < 20000; k++) {
      const s = randomText(rnd, alphabet, 14, 1);
      assert.deepEqual(actual(s), reference(s), JSON.stringify(s));
    }
  });
});

describe("model number candidates", () => {
  it("are the matches of the pattern, on random text", () => {
    const pieces = ["1", "23", "456", "7890", "12345", "0", " ", "  ", "\n", "\t", "\u00a0", "\u2009", "-", "–", ".", ",", "x", "A", "٣"];
    const rnd = intRng(31337);
    let found = 0;
    for (let k = 0; k < 30000; k++) {
      const s = randomText(rnd, pieces, 10);
      const fast = modelCandidates(s).map((c) => `${c.index}:${c.digits}`);
      assert.deepEqual(fast, [...s.matchAll(MODEL_CANDIDATE_RE)].map((m) => `${m.index}:${m[0].slice(1)}`), JSON.stringify(s));
      found += fast.length;
    }
    assert.ok(found > 1000, String(found));
  });
});

describe("link hint", () => {
  it("answers as the pattern does, on random text", () => {
    const pieces = ["http", "HTTPS", "hTTp", "s", ":", "//", "/", "://", "www", "WwW", "w", ".", " ", "x", "é", "ſ"];
    const rnd = intRng(4711);
    let hits = 0;
    for (let k = 0; k < 30000; k++) {
      const s = randomText(rnd, pieces, 7);
      assert.equal(mayHaveUrls(s), URL_HINT_RE.test(s), JSON.stringify(s));
      if (URL_HINT_RE.test(s)) hits++;
    }
    assert.ok(hits > 1000, String(hits));
  });
});

describe("number word scan", () => {
  const show = (runs: { index: number; text: string }[]): string[] => runs.map((r) => `${r.index}:${r.text}`);

  it("finds the runs of number words that the scan with a look-behind finds", () => {
    const text = "Twenty-one of the forty two, one hundred and five, a third; tenants often wonder; 5million, x_six, ſix, thirdſ, THOUSAND, ninety\u00a0nine, xtwo, 2three.";
    assert.deepEqual(show(numberWordRuns(text)), show(numberWordRunsByPattern(text)));
    assert.ok(numberWordRuns(text).length >= 6);
  });

  it("agrees with the scan with a look-behind on random text", () => {
    const pieces = ["one", "Two", "THREE", "ten", "tenth", "tenths", "thirdſ", "thirds", "half", "halve", "hundred", "thousand", "dozen", "seventeen", "ſeven", "sixteen", "sixths", "quarter", "million", "and", "an", "nine", "ninety", "tenant", "often", "x", "é", "_", "1", "-", " ", " ", "\u00a0", "\n", ".", "’", "\u212a", "k", "s", "ſ", "Ω", "\udc00"];
    const rnd = intRng(2026);
    let found = 0;
    for (let k = 0; k < 30000; k++) {
      const s = randomText(rnd, pieces, 8);
      const fast = numberWordRuns(s);
      assert.deepEqual(show(fast), show(numberWordRunsByPattern(s)), JSON.stringify(s));
      found += fast.length;
    }
    assert.ok(found > 5000, String(found));
  });
});

describe("figure word checks by hand", () => {
  it("agree with the patterns they replace, on random words", () => {
    const alphabet = ["A", "z", "Z", "a", ".", "..", "É", "é", "Ж", "ж", "𝐀", "𝐚", "\ud835", "1", " ", "\n", "İ", "ǅ"];
    const rnd = intRng(8080);
    for (let k = 0; k < 20000; k++) {
      const s = randomText(rnd, alphabet, 5);
      assert.equal(startsUpper(s), /^\p{Lu}/u.test(s), JSON.stringify(s));
      assert.equal(withoutFinalDot(s), s.replace(/\.$/, ""), JSON.stringify(s));
    }
  });
});

describe("figure scan prefilters", () => {
  // A prefilter may let through what its pattern then rejects, never reject what it would match.
  const P = FIGURE_PATTERNS;
  const pieces = ["a.m.", "p.m", "AM", "pm", "GMT", "utc", "Bst", "cet", "cest", "EST", "edt", "pst", "PDT", "hrs", "o’clock", "o'clock", "st", "ND", "rd", "Th", "ſt", " ", " ", "\u00a0", "\t", "-", "x", "Main", "Street", "Rd", "1", ".", "é", "%", "percent", "per cent", "pc", "million", "Bn", "bn", "m", "k", "t", "b", "dollars", "euros", "Yen", "years", "days", "Weeks", "km", "°C", "C", "F", "mph", "tonnes", "in", "out of", "every", "five", "In", " Elm Street", " Oak Rd", " in five", " out of 10", "\u2009in every 3", " million", "-billion", " Thousand", " percent", " dollars", " years", "\u00a0km"];
  const rnd = intRng(99);
  it("let through everything their patterns match", () => {
    const checks: [RegExp, (s: string) => boolean][] = [
      [P.TIME_OF_DAY_RE, mayBeTimeOfDay],
      [P.ORDINAL_SUFFIX_RE, mayBeOrdinal],
      [P.STREET_RE, mayBeStreet],
      [P.RATIO_RE, (s) => mayBeRatio(s, 0)],
      [P.GLUED_SCALE_RE, mayBeSuffix.glued],
      [P.SPACED_SCALE_RE, mayBeSuffix.spaced],
      [P.PERCENT_RE, mayBeSuffix.percent],
      [P.CURRENCY_WORD_RE, mayBeSuffix.currency],
      [P.TIME_RE, mayBeSuffix.time],
      [P.MEASURE_RE, mayBeSuffix.measure],
    ];
    const matched = checks.map(() => 0);
    for (let k = 0; k < 60000; k++) {
      const s = randomText(rnd, pieces, 5);
      checks.forEach(([re, may], i) => {
        if (!re.test(s)) return;
        matched[i]!++;
        assert.ok(may(s), `${re.source.slice(0, 30)} ${JSON.stringify(s)}`);
      });
    }
    matched.forEach((n, i) => assert.ok(n > 50, `${checks[i]![0].source.slice(0, 30)} matched only ${n} times`));
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
      const s = randomText(rnd, alphabet, 12, 1);
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
