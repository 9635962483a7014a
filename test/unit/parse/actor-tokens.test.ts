import { strict as assert } from "node:assert";
import { rng } from "../random-edits";
import { splitSpaces, tokenList, tokenize, type Token } from "../../../src/core/parse/actors/tokens";
import type { Span } from "../../../src/core/model/span";
import { is, W, WORD_LISTS, wordBits, wordBitsAt } from "../../../src/core/parse/actors/lexicon";
import { FUNCTION_WORDS, ORG_WORDS, TITLES } from "../../../src/core/parse/names";

// The tokenizer scans by hand; this is the regex-based version it replaces, kept as its specification.
const WORD_OR_MARK = /([\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*)|([^\s\p{L}\p{N}])/gu;
const ABBREVIATIONS = new Set(
  "dr mr mrs ms mx prof st jr sr gen sen rep gov lt col capt sgt rev hon maj inc ltd corp co bros no adm supt insp det".split(" "),
);
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
/** "Accra-based", "London-listed": capitalised but not part of a name. */
const ADJECTIVAL = /-(?:based|born|led|backed|owned|run|made|listed|funded|headquartered|registered|style|era|wide|bound|speaking|controlled|held|linked|allied)$/u;
/** "I'm", "It's", "Don't": capitalised but never names. */
const CONTRACTION = /^(?:I|It|He|She|We|They|You|That|There|What|Don|Can|Won|Didn|Isn|Let|Here|Who)['’]\p{Ll}/u;
const NAME_PARTICLE = /^(?:d|l|al|el|da|de)['’-]/u;
const OPENING = new Set(["“", "\"", "‘", "(", "[", ":", "«", "—", "–", ";"]);

const isUpper = (ch: string | undefined): boolean => ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isApostrophe = (ch: string | undefined): boolean => ch === "'" || ch === "’";

/** Starts with a capital, or with a particle before one ("d’Ivoire", "al-Assad"). */
function capitalised(w: string): boolean {
  if (isUpper(w[0])) return !(w.includes("-") && ADJECTIVAL.test(w));
  const m = NAME_PARTICLE.exec(w);
  return m !== null && isUpper(w[m[0].length]);
}

/** All capitals with at least two capital letters: "UN", "NATO", "U.S.", not "A380". */
function acronym(w: string): boolean {
  if (w.length < 2 || w !== w.toUpperCase()) return false;
  let n = 0;
  for (const ch of w) if (isUpper(ch)) n++;
  return n >= 2;
}

/** Splits `span` of `text` into tokens. Linear; one regex pass. */
function reference(text: string, s: Span): Token[] {
  const out: Token[] = [];
  WORD_OR_MARK.lastIndex = s.start;
  let m: RegExpExecArray | null;
  let atStart = true;
  while ((m = WORD_OR_MARK.exec(text)) !== null && m.index < s.end) {
    const start = m.index;
    if (m[2] !== undefined) {
      const mark = m[2];
      out.push({ text: mark, start, end: start + 1, word: false, lower: mark, cap: false, acronym: false, possessive: false, plural: false, initial: false, bits: wordBits(mark) });
      if (OPENING.has(mark)) atStart = true;
      continue;
    }
    let w = m[1]!;
    let end = Math.min(start + w.length, s.end);
    if (end < start + w.length) w = w.slice(0, end - start);
    // "Dr." and "U.S." keep their final full stop.
    if (text[end] === "." && end < s.end && (ABBREVIATIONS.has(w.toLowerCase()) || (w.length === 1 && isUpper(w)) || (w.includes(".") && INITIALISM.test(w)))) {
      end++;
      WORD_OR_MARK.lastIndex++;
      w = `${w}.`;
    }
    let possessive = false;
    let plural = false;
    if (w.length > 2 && w.endsWith("s") && isApostrophe(w[w.length - 2])) {
      possessive = true;
      w = w.slice(0, -2);
      end -= 2;
    } else if (w.endsWith("s") && isApostrophe(text[end]) && !/\p{L}/u.test(text[end + 1] ?? "")) {
      possessive = true;
      plural = true;
      WORD_OR_MARK.lastIndex++;
    }
    // (A firm's name such as "eBay": a small letter other than "i", a capital, three letters or more, no unit.)
    const cap = (capitalised(w) || (/^[a-hj-z]\p{Lu}/u.test(w) && /^[a-z][A-Z]/.test(w) && w.length >= 3 && !["kwh", "mwh", "gwh", "twh", "kw", "mw", "gw", "mah", "db", "khz", "mhz", "ghz", "kb", "mb", "gb", "tb", "mbps", "gbps", "kbps", "ml", "dl"].includes(w.toLowerCase()))) && !CONTRACTION.test(w);
    out.push({ text: w, start, end, word: true, lower: w.toLowerCase(), cap, acronym: cap && acronym(w), possessive, plural, initial: atStart, bits: wordBits(w.toLowerCase()) });
    atStart = false;
  }
  return out;
}

/** Tokens as plain objects with every field (the tokenizer's pack their booleans behind getters). */
function plain(toks: readonly Token[]): Token[] {
  return toks.map((t) => ({ text: t.text, start: t.start, end: t.end, word: t.word, lower: t.lower, cap: t.cap, acronym: t.acronym, possessive: t.possessive, plural: t.plural, initial: t.initial, bits: t.bits }));
}

describe("actor tokenizer", () => {
  it("gives the tokens the regex-based tokenizer gave, on random text", () => {
    const pieces = ["Jae", "-", "min", " ", "O", "’", "Brien", "AT", "&", "T", "x", "7", "\u00a0", "\u2003", "😀", "𝐀", "é", "\n", ",", "“", "(", "--", "..", "\ud800", "s", "’s", "'s", "Dr", ".", "Mr", "’", "Ωμέγα", "中文", "Accra", "-based", "al", "de", "Co", "the", "US", "&", "'", "Supporters", "S", "’ "];
    const r = rng(7);
    for (let n = 0; n < 6000; n++) {
      let text = "";
      const len = 1 + Math.floor(r() * 12);
      for (let i = 0; i < len; i++) text += pieces[Math.floor(r() * pieces.length)]!;
      const start = Math.floor(r() * (text.length + 1));
      const end = start + Math.floor(r() * (text.length - start + 1));
      const span = { start, end };
      assert.deepStrictEqual(plain(tokenize(text, span)), reference(text, span), JSON.stringify({ text, span }));
    }
  });

  it("gives each word its own text and lower case, over many distinct words in changing case", () => {
    // More distinct words than the cache holds, in changing case, each seen several times: a word
    // string taken from the cache is always the word itself.
    const r = rng(11);
    const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const words: string[] = [];
    for (let n = 0; n < 60000; n++) {
      let w = "";
      const len = 1 + Math.floor(r() * 6);
      for (let i = 0; i < len; i++) w += letters[Math.floor(r() * letters.length)]!;
      words.push(w, w.toLowerCase(), w.toUpperCase());
    }
    for (let n = 0; n < 40000; n++) words.push(words[Math.floor(r() * words.length)]!);
    const text = words.join(" ");
    const toks = tokenize(text, { start: 0, end: text.length });
    assert.equal(toks.length, words.length);
    toks.forEach((t, i) => {
      assert.equal(t.text, words[i]);
      assert.equal(t.lower, words[i]!.toLowerCase());
    });
  });

  it("notes the capitalised words and the words of the lists asked for, by index, as it makes them", () => {
    const text = "The Finance Ministry said he said, “Mr. O’Brien’s office”: the president of Zürich told Café Nord.";
    const bits = W.ORG_NOUNS | W.SPEECH_LIKE | W.OFFICE_WORDS;
    const noted = { caps: [] as number[], bits, listed: [] as number[] };
    const toks = tokenize(text, { start: 0, end: text.length }, noted);
    assert.deepEqual(noted.caps, toks.flatMap((t, i) => (t.word && t.cap ? [i] : [])));
    assert.deepEqual(noted.listed, toks.flatMap((t, i) => (t.word && (t.bits & bits) !== 0 ? [i] : [])));
    assert.ok(noted.caps.length > 3 && noted.listed.length > 2);
  });

  it("tells name particles before a capital from words that open like them", () => {
    const text = "Côte d’Ivoire, al-Assad, el-Sisi, da'Silva, de-Gaulle, l’Oréal, d'accord, and, all, also, each, de, dé, d-, al-";
    const span = { start: 0, end: text.length };
    assert.deepStrictEqual(plain(tokenize(text, span)), reference(text, span));
    assert.deepEqual(
      tokenize(text, span).filter((t) => t.word && t.cap).map((t) => t.text),
      ["Côte", "d’Ivoire", "al-Assad", "el-Sisi", "da'Silva", "de-Gaulle", "l’Oréal"],
    );
  });

  it("keeps abbreviation full stops and takes possessive endings off", () => {
    const text = "Dr. Smith met the U.S. envoy at Jones’s office and the Supporters’ Trust.";
    const toks = tokenize(text, { start: 0, end: text.length });
    assert.deepStrictEqual(toks.filter((t) => t.word).map((t) => t.text), ["Dr.", "Smith", "met", "the", "U.S.", "envoy", "at", "Jones", "office", "and", "the", "Supporters", "Trust"]);
    assert.equal(toks.find((t) => t.text === "Jones")!.possessive, true);
    assert.equal(toks.find((t) => t.text === "Supporters")!.plural, true);
    assert.equal(toks[0]!.initial, true);
  });
});

describe("actor token columns", () => {
  it("answer from the columns exactly what the made tokens say, inside and outside the list", () => {
    const pieces = ["The", " ", "the", "Mr", ".", "O’Brien", "’s", "'s", "Jones", "’", "(", ")", ",", "UN", "U.S.", "said", "ruling", "quickly", "by", "including", "la", "İstanbul", "Kelvin", "\u212a", "😀", "é", "Zürich", "AT&T", "al-Assad", "-based", "de", "for", "group", "with", "to", "according", "s", "“"];
    const words = ["the", "a", "an", "to", "by", "with", "according", "including", "as", "such", "la", "de", "for", "group", "club", "s", "k", "mr.", "(", ",", "istanbul"];
    const suffixes = ["ly", "ing", "ed", "s", "mr."];
    const r = rng(13);
    for (let n = 0; n < 3000; n++) {
      let text = "";
      const len = 1 + Math.floor(r() * 14);
      for (let i = 0; i < len; i++) text += pieces[Math.floor(r() * pieces.length)]!;
      const span = { start: Math.floor(r() * 3), end: text.length - Math.floor(r() * 3) };
      const toks = tokenList(text, span);
      const all = tokenize(text, span);
      assert.equal(toks.length, all.length);
      const where = JSON.stringify({ text, span });
      for (let i = -3; i < toks.length + 3; i++) {
        const t = i >= 0 ? all[i] : undefined;
        assert.equal(toks.word(i), t?.word === true, where);
        assert.equal(toks.cap(i), t?.cap === true, where);
        assert.equal(toks.possessive(i), t?.possessive === true, where);
        assert.equal(toks.plural(i), t?.plural === true, where);
        assert.equal(toks.acronym(i), t?.acronym === true, where);
        assert.equal(toks.initial(i), t?.initial === true, where);
        assert.equal(toks.bits(i), t?.bits ?? 0, where);
        assert.equal(toks.ascii(i), t !== undefined && t.word && /^[\x00-\x7f]*$/u.test(t.text), where);
        for (const w of words) assert.equal(toks.lowerIs(i, w), t?.lower === w, `${where} ${i} ${w}`);
        assert.equal(toks.lowerIn(i, words), words.includes(t?.lower ?? "\u0000"), where);
        for (const x of suffixes) assert.equal(toks.lowerEndsWith(i, x), t?.lower.endsWith(x) === true, `${where} ${i} ${x}`);
        for (const m of "(),“") assert.equal(toks.markIs(i, m.charCodeAt(0)), t !== undefined && !t.word && t.text === m, where);
        if (t) {
          assert.equal(toks.start(i), t.start);
          assert.equal(toks.end(i), t.end);
          assert.deepStrictEqual(plainOne(toks.at(i)!), plainOne(t));
        } else assert.equal(toks.at(i), undefined);
      }
      for (let k = 0; k < 4; k++) {
        const a = Math.floor(r() * (all.length + 6)) - 3;
        const b = Math.floor(r() * (all.length + 6)) - 3;
        assert.deepStrictEqual(toks.slice(a, b).map(plainOne), all.slice(a, b).map(plainOne), `${where} ${a} ${b}`);
      }
    }
  });

  it("makes each token once, and only when asked for", () => {
    const text = "The minister said the ruling was final.";
    const toks = tokenList(text, { start: 0, end: text.length });
    const t = toks.at(1)!;
    assert.equal(t.text, "minister");
    assert.equal(toks.at(1), t);
  });
});

function plainOne(t: Token): Token {
  return plain([t])[0]!;
}

describe("actor word lists as bits", () => {
  it("gives a token the bit of a list exactly when the list has its lower-case text", () => {
    const lists: Record<string, ReadonlySet<string>> = WORD_LISTS;
    assert.equal(WORD_LISTS.ORG_WORDS, ORG_WORDS);
    assert.equal(WORD_LISTS.FUNCTION_WORDS, FUNCTION_WORDS);
    assert.equal(WORD_LISTS.TITLES, TITLES);
    assert.ok(Object.keys(lists).length <= 31, "a bit per list in a small integer");
    const words = new Set<string>(["zelensky", "&", ",", "said", "the", "bank", "x"]);
    for (const l of Object.values(lists)) for (const w of l) words.add(w);
    for (const w of words) {
      for (const [name, list] of Object.entries(lists)) {
        assert.equal(is({ bits: wordBits(w) }, W[name as keyof typeof W]), list.has(w), `${name} ${w}`);
      }
    }
  });
});

describe("word-list look-up on the text (wordBitsAt)", () => {
  it("equals wordBits of the lower-cased slice for every listed word, in any case and place", () => {
    const words = new Set<string>(["zelensky", "said", "the", "x", "ab", "supercalifragilistic", "o'brien", "u.s."]);
    for (const l of Object.values(WORD_LISTS)) for (const w of l as ReadonlySet<string>) words.add(w);
    for (const w of words) {
      const forms = [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)];
      for (const f of forms) {
        const text = `“ ${f} ”`;
        const at = wordBitsAt(text, 2, 2 + f.length);
        const expected = wordBits(f.toLowerCase());
        if (/[^\x00-\x7f]/u.test(f)) assert.ok(at === -1 || at === expected, f);
        else assert.equal(at, expected, f);
      }
    }
  });
  it("finds no word in a prefix, an extension or a near miss of a listed one", () => {
    for (const f of ["sai", "saidx", "thee", "th", "Presiden", "presidents"]) {
      assert.equal(wordBitsAt(` ${f} `, 1, 1 + f.length), wordBits(f.toLowerCase()), f);
    }
  });
  it("leaves words with other characters to the Map (-1)", () => {
    assert.equal(wordBitsAt("Zürich", 0, 6), -1);
    assert.equal(wordBitsAt("O’Brien", 0, 7), -1);
  });
});

describe("splitSpaces", () => {
  it("splits exactly as split(/\\s+/u), single spaces or not", () => {
    const cases = ["Barack Obama", "one", "", " lead", "trail ", "two  spaces", "tab\there", "new\nline", "nbsp\u00a0here", "thin\u2009space", "ideo\u3000space", "a \u00a0 b", "Zürich Re", "  ", " ", "x\ufeffy", "O’Brien said"];
    for (const c of cases) assert.deepEqual(splitSpaces(c), c.split(/\s+/u), JSON.stringify(c));
  });
});
