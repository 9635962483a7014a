import { strict as assert } from "node:assert";
import { intRng, randomText } from "../random-edits";
import { isCapitals, isInitials, isRolePlural, NOT_NAME, SOURCE_NOUN, TITLE, tokenize } from "../../../src/core/parse/attribution-tokens";
import type { QuoteSpan } from "../../../src/core/model/document";
import { NOT_NAMES, ROLE_PLURAL, SOURCE_NOUNS, TITLES } from "../../../src/core/parse/lexicon/reporting";

// The specification the hand-written tokenizer follows (see tokenEnd in attribution-tokens.ts).
const TOKEN_RE = /(?<!\p{N})\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}]+(?:[-.&][\p{L}\p{N}]+|['’](?!s\b)[\p{L}\p{N}]+)*|[’']s\b|\S/gu;

function reference(text: string): string[] {
  return [...text.matchAll(TOKEN_RE)].map((m) => `${m.index}:${m[0]}`);
}

function actual(text: string): string[] {
  return tokenize(text, { start: 0, end: text.length }, []).map((t) => `${t.start}:${t.text}`);
}

describe("attribution tokens", () => {
  it("splits words, numbers with separators, possessives and marks", () => {
    assert.deepEqual(
      tokenize("The U.S.-based firm’s 1,200.5 tonnes (rock-’n’-roll) aren't Ukraine’s.", { start: 0, end: 70 }, []).map((t) => t.text),
      ["The", "U.S", ".", "-", "based", "firm", "’s", "1,200.5", "tonnes", "(", "rock", "-", "’", "n", "’", "-", "roll", ")", "aren't", "Ukraine", "’s", "."],
    );
  });

  it("agrees with the regular expression it replaces, on random text", () => {
    // Characters that exercise every branch: digits (ASCII and others), separators, apostrophes,
    // letters (ASCII, accented, astral), spaces of several kinds, surrogate halves, marks.
    const alphabet = ["a", "B", "s", "S", "_", "1", "9", "٣", "½", "²", ".", ",", "-", "&", "'", "’", " ", "\u00a0", "\u2009", "\n", "é", "Ж", "𝐀", "😀", "\ud835", "\udc00", "“", "”", "(", "$", "%", "Σ", "İ", "Ω", "ß"];
    const rnd = intRng(12345);
    for (let k = 0; k < 3000; k++) {
      const s = randomText(rnd, alphabet, 24, 1);
      assert.deepEqual(actual(s), reference(s), JSON.stringify(s));
      // Lower case as each token alone would have it (apostrophes made straight).
      for (const t of tokenize(s, { start: 0, end: s.length }, [])) {
        if (t.kind !== "quote") assert.equal(t.lower, t.text.toLowerCase().replace(/’/g, "'"), JSON.stringify(s));
      }
    }
  });

  it("lower-cases tokens as they stand alone, also next to a capital sigma or a dotted capital I", () => {
    for (const text of ["ΟΔΟΣ’s road", "İstanbul’s MAYOR", "plain ASCII Text", "“Curly” Quotes"]) {
      for (const t of tokenize(text, { start: 0, end: text.length }, [])) assert.equal(t.lower, t.text.toLowerCase().replace(/’/g, "'"), text);
    }
  });

  it("tokenizes part of a text as that part alone", () => {
    const text = "12,5 x’s";
    // From offset 3: "5 x’s" — the 5 is not glued to the 2 outside the range.
    assert.deepEqual(
      tokenize(text, { start: 3, end: text.length }, []).map((t) => `${t.start}:${t.text}`),
      ["3:5", "5:x", "6:’s"],
    );
  });

  it("checks initials and capitals by hand as the regular expressions they replace", () => {
    const alphabet = ["A", "Z", "a", ".", ".", "-", "&", "7", "É", "é", "Ж", "𝐀", "٣", " ", "_"];
    const rnd = intRng(777);
    for (let k = 0; k < 5000; k++) {
      const s = randomText(rnd, alphabet, 7);
      assert.equal(isInitials(s), /^\p{Lu}(?:\.\p{Lu})*$/u.test(s), JSON.stringify(s));
      assert.equal(isCapitals(s), /^[\p{Lu}\p{N}&.-]+$/u.test(s), JSON.stringify(s));
    }
  });

  it("finds recurring words again, also words whose character hashes collide", () => {
    // "Aa" and "BB" hash alike (31·65 + 97 = 31·66 + 66), so do all 16 four-pair words made of them:
    // more than the table's probes, so some are sliced as usual.
    const pairs = ["Aa", "BB"];
    const words: string[] = [];
    for (let m = 0; m < 16; m++) words.push([0, 1, 2, 3].map((b) => pairs[(m >> b) & 1]).join(""));
    words.push("Aa", "BB", "aa", "bb", "Minister", "minister", "MINISTER", "said", "Said");
    const text = [...words, ...words.slice().reverse(), ...words].join(" ");
    for (let round = 0; round < 2; round++) {
      const toks = tokenize(text, { start: 0, end: text.length }, []);
      assert.deepEqual(actual(text), reference(text));
      for (const t of toks) {
        assert.equal(t.text, text.slice(t.start, t.end));
        assert.equal(t.lower, t.text.toLowerCase());
        assert.equal((t.flags & TITLE) !== 0, TITLES.has(t.lower), t.text);
      }
    }
  });

  it("tells recurring words apart by every character, also past the table's 16 kept characters", () => {
    // Same lengths, differing only at one position (first, middle, 16th, 17th, last), in several rounds.
    const base = "internationalisations";
    const words: string[] = [base, base.slice(0, 16), base.slice(0, 17)];
    for (const at of [0, 7, 15, 16, 20]) words.push(base.slice(0, at) + "X" + base.slice(at + 1), base.slice(0, at) + "é" + base.slice(at + 1));
    words.push("Überzeugungsarbeit", "überzeugungsarbeit", "Überzeugungsarbeiт");
    const text = [...words, ...words.slice().reverse(), ...words].join(" ");
    for (let round = 0; round < 3; round++) {
      assert.deepEqual(actual(text), reference(text));
      for (const t of tokenize(text, { start: 0, end: text.length }, [])) assert.equal(t.lower, t.text.toLowerCase(), t.text);
    }
  });

  it("tries the role-plural pattern only where it can match, as the pattern itself decides", () => {
    const parts = ["ists", "ians", "ers", "ors", "ants", "ent", "ist", "s", "a", "é", "ß", "x", "S", "1", " ", "’"];
    const rnd = intRng(4242);
    let matched = 0;
    for (let k = 0; k < 5000; k++) {
      let w = "";
      const len = rnd(5);
      for (let i = 0; i < len; i++) w += parts[rnd(parts.length)];
      assert.equal(isRolePlural(w), ROLE_PLURAL.test(w), JSON.stringify(w));
      if (ROLE_PLURAL.test(w)) matched++;
    }
    assert.ok(matched > 50);
    for (const w of [...SOURCE_NOUNS, ...TITLES, ...NOT_NAMES]) assert.equal(isRolePlural(w), ROLE_PLURAL.test(w), w);
  });

  it("flags each token with the word sets its lower case belongs to", () => {
    const text = "Dr. Katrin Huber, the Minister, told officials on Monday that the agency’s spokesperson and PRESIDENT Ross said “no”.";
    const quotes: QuoteSpan[] = [{ index: 0, span: { start: 112, end: 116 }, inner: { start: 113, end: 115 }, closed: true, depth: 0, paragraph: 0, continuesPrevious: false, wordCount: 1 }];
    const toks = tokenize(text, { start: 0, end: text.length }, quotes);
    assert.ok(toks.some((t) => t.kind === "quote" && t.flags === 0));
    for (const t of toks) {
      if (t.kind === "quote") continue;
      assert.equal((t.flags & NOT_NAME) !== 0, NOT_NAMES.has(t.lower), t.text);
      assert.equal((t.flags & SOURCE_NOUN) !== 0, SOURCE_NOUNS.has(t.lower), t.text);
      assert.equal((t.flags & TITLE) !== 0, TITLES.has(t.lower), t.text);
    }
    assert.ok(toks.some((t) => t.flags & TITLE) && toks.some((t) => t.flags & SOURCE_NOUN) && toks.some((t) => t.flags & NOT_NAME));
  });
});
