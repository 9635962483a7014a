import type { SeedDocument } from "../model/document";
import type { Figure, FigureKind } from "../model/figure";
import { startsInOrder, type Span } from "../model/span";
import {
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  FRACTIONS,
  LABEL_WORDS,
  MEASURE_UNITS,
  MONTHS,
  ORDINALS,
  PERCENT_UNITS,
  SCALES,
  SCALE_SUFFIX,
  SMALL_NUMBERS,
  TIME_UNITS,
  VAGUE_BEFORE,
  WEEKDAYS,
} from "./lexicon/numbers";
import { EPITHET_NOUNS, PEOPLE_NOUNS } from "./lexicon/reporting";

/*
 * Figures (GUIDE.md "Figure"): numbers in digits or words that count or measure something,
 * with their unit. Two linear scans per paragraph (digits, number words); each candidate is
 * checked against its neighbours to drop dates, years, times, ordinals, names, list numbers and
 * vague quantities.
 */

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const byLength = (a: string, b: string): number => b.length - a.length;

const NUMBER_WORDS = [...Object.keys(SMALL_NUMBERS), ...Object.keys(SCALES), ...Object.keys(FRACTIONS)].sort(byLength);
const NW = `(?:${NUMBER_WORDS.join("|")})`;
/** A run of number words: "forty-two", "one hundred and twenty", "two-thirds", "three". */
const WORD_RE = new RegExp(`(?<![\\p{L}\\p{N}])${NW}(?:(?:-|\\s+and\\s+|\\s+)${NW})*(?![\\p{L}\\p{N}])`, "giu");
// Digits with an optional currency symbol before them ("$3.5", "1,200", "£40,000", "US$3") are
// the matches of DIGIT_RE in test/unit/parse/figures-scan.test.ts, found by `digitMatches`.
// No `u` flag on these patterns (nothing in them needs it): V8 scans without it many times faster.
const NEXT_DIGIT_RE = /\d/g;
/** A number in digits, its thousands set apart by commas or by a no-break or thin space ("1\u00a0200", as French and German write them; after a first group of three digits at most). */
// (Indian grouping too: "1,20,000", "5,38,000", "1,00,00,000".)
const NUMBER_AT_RE = /\d{1,3}(?:[\u00a0\u202f\u2009]\d{3}(?!\d))+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?!\d)(?:\.\d+)?|\d+(?:,\d{3})*(?:\.\d+)?/y;
const THOUSANDS_SEPARATORS = /[,\u00a0\u202f\u2009]/g;
const SPACE_AT_RE = /\s/;
const CURRENCY_CODES = new Set(["USD", "EUR", "GBP", "JPY", "CNY", "CHF", "INR", "KRW", "AUD", "CAD"]);
/** The letters before "$" that name a dollar (`CURRENCY_SYMBOLS`): "US", "CA", "NT" …, "A", "C", "R", "S". */
const DOLLAR_PREFIXES: ReadonlySet<string> = new Set(Object.keys(CURRENCY_SYMBOLS).filter((k) => k.length > 1 && k.endsWith("$")).map((k) => k.slice(0, -1)));
export const URL_HINT_RE = /https?:\/\/|www\./i;
const SCHEME_RE = /https?:\/\//i;
const WWW_RE = /www\./i;

/** `URL_HINT_RE.test(text)`, faster: its first branch only where "://" stands (found by a plain search), then each branch alone. */
export function mayHaveUrls(text: string): boolean {
  return (text.includes("://") && SCHEME_RE.test(text)) || WWW_RE.test(text);
}
const URL_RE = /\bhttps?:\/\/[^\s)\]>"”]+|\bwww\.[^\s)\]>"”]+/gi;
/**
 * Where a run of number words may start: a number word not preceded by an ASCII letter or digit.
 * A cheap scan (no `u` flag) that finds every start WORD_RE can match at; WORD_AT_RE then decides.
 */
const WORD_START_RE = new RegExp(`(?<![A-Za-z0-9])${NW}`, "gi");
const WORD_AT_RE = new RegExp(WORD_RE.source, "iuy");
/** WORD_START_RE without its look-behind. */
const NUMBER_WORD_RE = new RegExp(NW, "gi");

/** A match of DIGIT_RE: where it starts, where its digits (group 2) start, and its end. */
export interface DigitMatch {
  readonly index: number;
  readonly digits: number;
  readonly end: number;
}

/** Is the character at `i` one that `\s` matches? */
function spaceAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE_AT_RE.test(s[i]!);
}

/** Is the character at `i` (if any) a word character as `\b` sees it (no `u` flag)? */
function asciiWordAt(s: string, i: number): boolean {
  if (i < 0) return false;
  const c = s.charCodeAt(i);
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95;
}

/** One of the currency symbols "€£¥₹₩₦₽₺"? */
function currencySymbol(c: number): boolean {
  return c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20b9 || c === 0x20a9 || c === 0x20a6 || c === 0x20bd || c === 0x20ba;
}

/**
 * The matches of DIGIT_RE in `s` (as `s.matchAll(DIGIT_RE)` finds them), found faster: the next
 * digit by a simple scan, the number from it, then the leftmost start the optional currency and
 * space before it allow (a currency of "$3" or "US$ 3", "€3", "USD 3"; or one space).
 */
export function digitMatches(s: string): DigitMatch[] {
  const out: DigitMatch[] = [];
  let last = 0;
  for (;;) {
    NEXT_DIGIT_RE.lastIndex = last;
    if (!NEXT_DIGIT_RE.test(s)) break;
    const d = NEXT_DIGIT_RE.lastIndex - 1;
    NUMBER_AT_RE.lastIndex = d;
    NUMBER_AT_RE.test(s);
    const end = NUMBER_AT_RE.lastIndex;
    let index = d;
    // What ends right before the digits, or before one space before them.
    const ends = d - 1 >= last && spaceAt(s, d - 1) ? 2 : 1;
    for (let k = 0; k < ends; k++) {
      const e = d - k;
      if (e < index) index = e;
      const c = s.charCodeAt(e - 1);
      if (e - 1 < last) continue;
      if (c === 36) {
        // "$", "A$", "US$", "CA$" (Canadian), "S$" (Singapore).
        let p = e - 1;
        if (e - 3 >= last && DOLLAR_PREFIXES.has(s.slice(e - 3, e - 1))) p = e - 3;
        else if (e - 2 >= last && DOLLAR_PREFIXES.has(s[e - 2]!)) p = e - 2;
        if (p < index) index = p;
      } else if (currencySymbol(c)) {
        if (e - 1 < index) index = e - 1;
      } else if (e - 4 >= last && spaceAt(s, e - 1) && CURRENCY_CODES.has(s.slice(e - 4, e - 1)) && !asciiWordAt(s, e - 5)) {
        if (e - 4 < index) index = e - 4;
      } else if ((c === 115 || c === 46) && rupeesBefore(s, e, c, last)) {
        // Rupees: "Rs 500 crore", "Rs.1,200", "Rs. 40".
        const p = c === 46 ? e - 3 : e - 2;
        if (p < index) index = p;
      } else if (k === 0 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
        // A currency's letters glued to an amount: "R2.5 billion" (rand), "N1.1 trillion" (naira),
        // "Sh600 million", "KSh1,200" (shillings), "RM40m", "Rp5,000" — an amount by its separators or
        // its scale ("N1 highway", "R2" are no money).
        const w = GLUED_CURRENCY.exec(s.slice(Math.max(last, e - 5), e));
        const p = w ? e - w[1]!.length : -1;
        if (w && p >= last && !asciiWordAt(s, p - 1) && (/[,.]/u.test(s.slice(d, end)) || AMOUNT_SCALE_AFTER.test(s.slice(end, end + 12))) && p < index) index = p;
      }
    }
    out.push({ index, digits: d, end });
    last = end;
  }
  return out;
}

/** "Rs" (with its full stop when `c`, the character before `e`, is one) ending right before `e`, no letter before it. */
function rupeesBefore(s: string, e: number, c: number, last: number): boolean {
  const p = c === 46 ? e - 3 : e - 2;
  return p >= last && s.charCodeAt(p) === 82 && s.charCodeAt(p + 1) === 115 && (c === 115 || s.charCodeAt(e - 2) === 115) && !asciiWordAt(s, p - 1);
}

/** The letters of a currency glued to its amount, at the end of the text before it ("R", "N", "KSh", "RM"; "Rs" is read above). */
const GLUED_CURRENCY = /(?:^|[^A-Za-z])(R|N|Sh|KSh|Ksh|Kshs|USh|TSh|RM|Rp)$/u;
/** A scale right after an amount: " billion", "m", "bn". */
const AMOUNT_SCALE_AFTER = /^\s?(?:million|billion|trillion|bn|mn|m|crore|lakh)(?![A-Za-z])/u;

/**
 * The matches of WORD_RE in `s`, found faster: candidates by WORD_START_RE, each checked by
 * WORD_AT_RE (`numberWordRunsByPattern`, kept for the tests); the candidates found by
 * NUMBER_WORD_RE, WORD_START_RE without its look-behind (which kept V8 from scanning fast),
 * checked by hand: not after an ASCII letter or digit.
 */
export function numberWordRuns(s: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  NUMBER_WORD_RE.lastIndex = 0;
  for (let m = NUMBER_WORD_RE.exec(s); m !== null; m = NUMBER_WORD_RE.exec(s)) {
    const i = m.index;
    if (i > 0) {
      const c = s.charCodeAt(i - 1);
      // (Number words are ASCII letters: a start after one is inside a word, and so is the next one.)
      if ((c >= 48 && c <= 57) || asciiLetter(c)) continue;
    }
    WORD_AT_RE.lastIndex = i;
    const w = WORD_AT_RE.exec(s);
    if (w === null) continue;
    out.push({ index: i, text: w[0] });
    // Like a global scan, go on after the match (any start inside it follows a letter).
    NUMBER_WORD_RE.lastIndex = Math.max(NUMBER_WORD_RE.lastIndex, i + w[0].length);
  }
  return out;
}

/** An ASCII letter? */
const asciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/** The scan `numberWordRuns` replaces: candidates by WORD_START_RE, each checked by WORD_AT_RE (for tests). */
export function numberWordRunsByPattern(s: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  WORD_START_RE.lastIndex = 0;
  for (let m = WORD_START_RE.exec(s); m !== null; m = WORD_START_RE.exec(s)) {
    WORD_AT_RE.lastIndex = m.index;
    const w = WORD_AT_RE.exec(s);
    if (w === null) continue;
    out.push({ index: m.index, text: w[0] });
    WORD_START_RE.lastIndex = Math.max(WORD_START_RE.lastIndex, m.index + w[0].length);
  }
  return out;
}

const CURRENCY_WORD_RE = new RegExp(
  `^[ -](${Object.keys(CURRENCY_WORDS).sort(byLength).map(esc).join("|")})(?![\\p{L}])`,
  "iu",
);
const MEASURE_RE = new RegExp(`^(?:[ -]|\\u00a0)?(${MEASURE_UNITS.map(esc).join("|")})(?![\\p{L}\\p{N}])`, "iu");
const TIME_RE = new RegExp(`^(?:[ -]|\\u00a0)(${[...TIME_UNITS].sort(byLength).join("|")})(?:-old)?(?![\\p{L}])`, "iu");
const PERCENT_RE = /^(?:\s?%|[ -](?:percent|per cent|pc)(?![\p{L}])|pc(?![\p{L}\p{N}]))/iu;
const SPACED_SCALE_RE = /^(?:[ -](?:hundred|thousand|million|billion|trillion|lakhs?|crores?))+(?![\p{L}])/iu;
const GLUED_SCALE_RE = /^(bn|mn|mln|tn|trn|m|k|b)(?![\p{L}\p{N}])/u;
const TIME_OF_DAY_RE = /^\s?(?:a\.m\.?|p\.m\.?|am\b|pm\b|gmt\b|utc\b|bst\b|cet\b|cest\b|est\b|edt\b|pst\b|pdt\b|hrs\b|o[’']clock)/iu;
const ORDINAL_SUFFIX_RE = /^(?:st|nd|rd|th)(?![\p{L}])/iu;
const RATIO_RE = new RegExp(`^\\s+(?:in|out of)\\s+(?:every\\s+)?(\\d+|${NW})(?![\\p{L}\\p{N}])`, "iu");
const NEXT_WORD_RE = /^\s+([\p{Ll}][\p{Ll}-]*)/u;
const PREV_CHAR_RE = /[\p{L}.#'’]/u;

/** `PREV_CHAR_RE.test(text[i])`, ASCII decided by hand: a letter, ".", "#" or an apostrophe. */
function prevChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ((c | 32) >= 97 && (c | 32) <= 122) || c === 46 || c === 35 || c === 39;
  return PREV_CHAR_RE.test(text[i]!);
}

const STARTS_UPPER_RE = /^\p{Lu}/u;

/** `/^\p{Lu}/u.test(s)`, ASCII decided by hand. */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : STARTS_UPPER_RE.test(s);
}

/** `s.replace(/\.$/, "")`. */
export function withoutFinalDot(s: string): string {
  return s.charCodeAt(s.length - 1) === 46 ? s.slice(0, -1) : s;
}

/** The word before `at` (skipping spaces and one comma): "January 9" → "January". */
function prevWord(text: string, at: number, limit: number): string {
  let i = at;
  while (i > limit && (text[i - 1] === " " || text[i - 1] === "\u00a0" || text[i - 1] === "\t")) i--;
  if (i > limit && text[i - 1] === ",") i--;
  while (i > limit && (text[i - 1] === " " || text[i - 1] === "\u00a0" || text[i - 1] === "\t")) i--;
  const end = i;
  while (i > limit && end - i < 40 && prevChar(text, i - 1)) i--;
  return text.slice(i, end);
}

/** Capitalised words that may stand before a number without making it part of a name. */
const NOT_NAME_BEFORE = new Set(
  (
    "the a an about some nearly almost around roughly only just over under more fewer less all another these those " +
    "at in on by for with to from of and but or since after before until than up down just exactly precisely " +
    "approximately maybe perhaps about both each every top total its his her their our my your this that " +
    "when while as if so yet then also whereas between among within without per via including"
  ).split(" "),
);

const ROUGHLY = new Set("about nearly almost around roughly some just over under approximately than exactly".split(" "));

const SCORE_AFTER_RE = /^[-–]\d{1,2}\s+(?:win|victory|defeat|draw|loss|lead|home|away|thrashing|triumph|scoreline|vote|majority|decision|split|ruling)\b/u;
const SCORE_BEFORE_RE = /\b(?:won|lost|beat|beaten|beating|defeated|defeating|thrashed|thrashing|edged|edging|routed|overcame|overcoming|drew|drawn|drawing|led|trailed|trailing|leading|winning|losing|voted|ruled)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;
const STREET_RE = /^\s+(?:\p{Lu}\p{L}+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way|Place|Square|Court|Terrace|Crescent|Close)\b/u;
const AGO_RE = /^\s+(?:ago|earlier)\b/u;
/** A noun and "ago" after a count: "two seasons ago". */
const NOUN_AGO_RE = /^\s+\p{L}+\s+ago\b/u;
/** After "10-year" or "two-year": a bond named by its maturity ("Treasury yields", "gilt", "bund"). */
const BOND_AFTER_RE = /^\s+(?:(?:US|U\.S\.|German|Japanese|British|Italian|government|benchmark)\s+)?(?:treasur(?:y|ies)|gilts?|bunds?|bonds?|notes?|JGBs?|bond yields?|yields?|swaps?|BTPs?|OATs?)\b/iu;
/** Races named by their distance: "100m final", "400m hurdles", "1,500m freestyle". */
const RACE_AFTER_RE = /^[\s-]*(?:finals?|semi-?finals?|heats?|hurdles|freestyle|butterfly|backstroke|breaststroke|medley|relay|sprint|dash|steeplechase|title)\b/iu;
const ANAPHORIC_BEFORE = new Set(["the", "his", "her", "its", "their", "these", "those", "our", "my", "your", "both"]);

/*
 * Prefilters: each says whether its pattern can match a string from the first characters alone
 * (never "no" where the pattern would match: test/unit/parse/figures-scan.test.ts checks them on
 * random text), so that the patterns are tried after a number only where they may apply.
 */

/** A character code in lower case if it is an ASCII capital. */
const fold = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
/** ASCII white space, as `\s` has it. */
const asciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
/** The first characters (ASCII folded to lower case) of `words`. */
const firstsOf = (words: Iterable<string>): Set<number> => new Set([...words].map((w) => fold(w.charCodeAt(0))));
/** Can one of the words whose first characters are `firsts` start at `i` (any character outside ASCII may, by case folding)? */
const mayStart = (s: string, i: number, firsts: ReadonlySet<number>): boolean => {
  const c = s.charCodeAt(i);
  return c >= 128 || firsts.has(fold(c));
};

const ORDINAL_FIRST = firstsOf(["st", "nd", "rd", "th"]);
const CURRENCY_FIRST = firstsOf(Object.keys(CURRENCY_WORDS));
const TIME_UNIT_FIRST = firstsOf(TIME_UNITS);
const MEASURE_FIRST = firstsOf(MEASURE_UNITS);
const SCALE_FIRST = firstsOf(["hundred", "thousand", "million", "billion", "trillion", "lakh", "crore"]);
const P_FIRST = firstsOf(["p"]);
const RATIO_FIRST = firstsOf(["in", "out"]);
/** After a count: "per 100,000", "officer for every 1,150" (a noun or two between). */
const RATE_RE = /^(?:\s+[\p{Ll}-]+){0,2}?\s+(?:per|for\s+every)\s+(\d{1,3}(?:,\d{3})+|\d+)(?![\p{L}\p{N}]|[.,]\d)/u;
/** The first two letters of TIME_OF_DAY_RE's words (a.m., am, p.m., pm, pst, pdt, gmt, utc, bst, cet, est, edt, hrs, o'clock), as first * 128 + second. */
const TIME_OF_DAY_PAIRS = new Set(["a.", "am", "p.", "pm", "ps", "pd", "gm", "ut", "bs", "ce", "es", "ed", "hr", "o'"].map((p) => p.charCodeAt(0) * 128 + p.charCodeAt(1)));

/** Can ORDINAL_SUFFIX_RE match `after`? */
export function mayBeOrdinal(after: string): boolean {
  return mayStart(after, 0, ORDINAL_FIRST);
}

/** Can STREET_RE match `after` (spaces, then a capital)? */
export function mayBeStreet(after: string): boolean {
  let i = 0;
  let c = after.charCodeAt(0);
  if (!(c >= 128 || asciiSpace(c))) return false;
  while (asciiSpace(c)) c = after.charCodeAt(++i);
  return c >= 128 || (c >= 65 && c <= 90);
}

/** Can TIME_OF_DAY_RE match `after` (one optional space, then the first two letters of one of its words)? */
export function mayBeTimeOfDay(after: string): boolean {
  let i = 0;
  let c = after.charCodeAt(0);
  if (c >= 128) return true;
  if (asciiSpace(c)) c = after.charCodeAt(++i);
  const d = after.charCodeAt(i + 1);
  return c >= 128 || d >= 128 || TIME_OF_DAY_PAIRS.has(fold(c) * 128 + fold(d));
}

/** Can RATIO_RE match the text at `i` (spaces, then "in" or "out")? */
export function mayBeRatio(text: string, i: number): boolean {
  let c = text.charCodeAt(i);
  if (!(c >= 128 || asciiSpace(c))) return false;
  while (asciiSpace(c)) c = text.charCodeAt(++i);
  return c >= 128 || RATIO_FIRST.has(fold(c));
}

/** Could a unit of `firsts` follow at the start of `rest`, after one space, hyphen or no-break space (or none, when `bare`)? */
function mayBeUnit(rest: string, firsts: ReadonlySet<number>, bare: boolean): boolean {
  const c = rest.charCodeAt(0);
  if (c === 32 || c === 45 || c === 0xa0) return mayStart(rest, 1, firsts) || (bare && mayStart(rest, 0, firsts));
  return bare && mayStart(rest, 0, firsts);
}

/** Can the patterns of `suffix` match `rest`? (For tests: each by name.) */
export const mayBeSuffix = {
  glued: (rest: string): boolean => {
    const c = rest.charCodeAt(0);
    return c === 98 || c === 109 || c === 116 || c === 107;
  },
  spaced: (rest: string): boolean => (rest.charCodeAt(0) === 32 || rest.charCodeAt(0) === 45) && mayStart(rest, 1, SCALE_FIRST),
  percent: (rest: string): boolean => {
    const c = rest.charCodeAt(0);
    if (c === 37 || c >= 128) return true;
    if (asciiSpace(c) && rest.charCodeAt(1) === 37) return true;
    // ("5pc": glued.)
    if ((c | 32) === 112 && (rest.charCodeAt(1) | 32) === 99) return true;
    return (c === 32 || c === 45) && mayStart(rest, 1, P_FIRST);
  },
  currency: (rest: string): boolean => (rest.charCodeAt(0) === 32 || rest.charCodeAt(0) === 45) && mayStart(rest, 1, CURRENCY_FIRST),
  time: (rest: string): boolean => mayBeUnit(rest, TIME_UNIT_FIRST, false),
  measure: (rest: string): boolean => mayBeUnit(rest, MEASURE_FIRST, true),
};

/** The patterns the prefilters guard, for their tests. */
export const FIGURE_PATTERNS = { TIME_OF_DAY_RE, ORDINAL_SUFFIX_RE, STREET_RE, RATIO_RE, GLUED_SCALE_RE, SPACED_SCALE_RE, PERCENT_RE, CURRENCY_WORD_RE, TIME_RE, MEASURE_RE };

const WORD_CHAR_BEFORE_RE = /[\p{L}\p{N}_]/u;

/** `/[\p{L}\p{N}_]/u.test(ch)` for one code unit, ASCII decided by hand. */
function wordCharBefore(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95;
  return WORD_CHAR_BEFORE_RE.test(ch);
}

function isRatioDenominator(s: string): boolean {
  if (!/^\d/u.test(s)) return true;
  return !s.includes(",") && s.length <= 3;
}

/** A call before "on" or "dial" and a number: "call Cheshire Police on", "ring the hotline on", "dial". */
const PHONE_CUE_RE = /\b(?:call|calling|ring|ringing|phone|phoning|dial|dialling|dialing|text|texting|contact|contacting)\b[^.;:!?]{0,40}$/iu;
/** Verbs right before a number to call: "call 101", "ring 999". */
const CALL_WORDS: ReadonlySet<string> = new Set(["call", "ring", "phone", "text", "dial"]);
/** "the first nine months of the year": a duration (ending at `end`) after "first", "last" or "final" that is a part of the calendar. */
function partOfPeriod(prevLower: string, text: string, end: number, para: Span): boolean {
  return (prevLower === "first" || prevLower === "last" || prevLower === "final") && PART_OF_PERIOD_AFTER.test(text.slice(end, Math.min(para.end, end + 24)));
}
/** After "the first nine months": "of the year", "of 2025", "of this year", "of the season" (a part of the calendar). */
const PART_OF_PERIOD_AFTER = /^\s+of\s+(?:(?:the|this|last|that|its|their)\s+(?:fiscal\s+|financial\s+|calendar\s+)?(?:year|season|quarter|decade|century|month)|(?:fiscal\s+)?(?:19|20)\d\d)\b/iu;

/** Emergency telephone numbers ("call 911", "ring 999", "dial 112", Australia's "000"). */
const EMERGENCY_NUMBERS: ReadonlySet<string> = new Set(["911", "999", "112", "000", "111", "119", "110", "100", "101", "102", "108", "10111"]);
/** Words before an emergency number that make it the service: "access to 911", "calls to 999", "call 911". */
const EMERGENCY_BEFORE: ReadonlySet<string> = new Set(["call", "calls", "called", "calling", "dial", "dialled", "dialed", "dialling", "dialing", "ring", "rang", "phoned", "reach", "reached"]);
/** "access to 911", "calls to 999", "get through to 112" (not "rose to 911"). */
const EMERGENCY_TO = /\b(?:access|calls?|called|calling|connected|through)\s+to\s+$/iu;
/** A noun of the service after an emergency number: "911 calls", "999 operators", "the 112 line". */
const EMERGENCY_AFTER = /^\s+(?:calls?|callers?|operators?|dispatch(?:ers?)?|services?|centres?|centers?|lines?|system|network|outage|emergency)\b/iu;

/** After a number, what shows it counts nothing: a mark, the end, or a word that is no noun ("or", "quoting", "for"). */
const NOTHING_COUNTED_RE = /^(?:\s*(?:[.,;:)]|$)|\s+(?:or|quoting|and|for|to|if|from|at|with|anytime|free)\b)/u;

/** A clock's fraction or minutes before "past" or "to": "half past", "quarter to", "ten past", "twenty-five to". */
const CLOCK_BEFORE_RE = /\b(?:half|quarter|five|ten|twenty|twenty-five|(?:\d{1,2}\s+)?minutes)\s+(?:past|to)\s+$/iu;
/** After a number: its noun, then "of" ("eight members of"). */
const COUNT_OF_AFTER = /^\s+\p{Ll}[\p{Ll}-]*s\s+of\s/u;
/** A word with its possessive ’s, and a plural noun in small letters after a number. */
const POSSESSIVE_END = /['’]s$/u;
const PLURAL_NOUN_AFTER = /^\s+\p{Ll}+s\b/u;
/** Minutes a clock's time is told by before "past" or "to" ("ten to seven"). */
const CLOCK_MINUTES: ReadonlySet<string> = new Set(["five", "ten", "twenty", "twenty-five", "twenty five"]);
/** "past" or "to", an hour, then no noun it could count: "(ten) to seven on a grey morning", "(twenty) past six." */
const CLOCK_AFTER_RE = /^\s+(?:past|to)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon)(?:\s*[.,;:!?)]|\s+(?:on|in|at|that|this|when|and|as|o[’']clock|a\.m\.|p\.m\.|the|every)\b|$)/iu;
/** A part of the day after a count: "(at five) in the morning", "(at six) that evening". */
const PART_OF_DAY_RE = /^\s+(?:in\s+the|that|this|on\s+\p{L}+)\s+(?:morning|afternoon|evening|night)\b/iu;

/** Digits that are part of a phone number or code rather than a quantity. */
export function isCode(text: string, start: number, end: number, para: Span): boolean {
  let a = start;
  let b = end;
  while (a > para.start && codeChar(text.charCodeAt(a - 1))) a--;
  while (b < para.end && codeChar(text.charCodeAt(b))) b++;
  // Extend across single spaces between groups of a phone number.
  while (b + 1 < para.end && text.charCodeAt(b) === 32 && digitOr(text.charCodeAt(b + 1), 40) && digitOr(text.charCodeAt(b - 1), 41) && hasParenOrHyphen(text, a, b)) {
    b++;
    while (b < para.end && codeChar(text.charCodeAt(b))) b++;
  }
  // "(254-2) 751-613": a bracketed code and a space before (a ")" then a space right before it).
  if (a - 2 >= Math.max(para.start, a - 16) && text.charCodeAt(a - 2) === 41 && /\(\d+[-–]\d+\)\s$/u.test(text.slice(Math.max(para.start, a - 16), a))) return true;
  let hyphens = 0;
  let digitCount = 0;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 45 || c === 0x2013) hyphens++;
    else if (c >= 48 && c <= 57) digitCount++;
  }
  if (text.charCodeAt(a) === 40 && /^\(\d+[-–]\d+\)/u.test(text.slice(a, b))) return true;
  if (hyphens >= 2 && digitCount >= 6) return true;
  // (A group that opens with a 0 — not a thousands group: "6,000-tonne".)
  if (hyphens >= 1 && /(?:^|[^\d,.])0\d/u.test(text.slice(a, b))) return true;
  return false;
}

/**
 * Digits in a phone number written in groups with spaces: "0800 123 4567", "+44 20 7946 0958",
 * "020 7946 0958" — three groups or more of two to five digits, nine to fifteen digits in all, the
 * first after a "+" or starting with 0. ("1 200 000" and "12 345" are a number with spaces; "on
 * 12 May 2025" is a date.)
 */
export function isSpacedPhone(text: string, start: number, end: number, para: Span): boolean {
  // (Most numbers have no digit group next to them: nothing is sliced for them.)
  const groupBefore = start - 2 >= para.start && text.charCodeAt(start - 1) === 32 && digitOr(text.charCodeAt(start - 2), -1);
  if (!groupBefore && !(end + 1 < para.end && text.charCodeAt(end) === 32 && digitOr(text.charCodeAt(end + 1), -1))) return false;
  let a = start;
  let b = end;
  // Back and on over single spaces between digit groups.
  while (a - 2 >= para.start && text.charCodeAt(a - 1) === 32 && digitOr(text.charCodeAt(a - 2), -1)) {
    a--;
    while (a > para.start && digitOr(text.charCodeAt(a - 1), -1)) a--;
  }
  while (b + 1 < para.end && text.charCodeAt(b) === 32 && digitOr(text.charCodeAt(b + 1), -1)) {
    b++;
    while (b < para.end && digitOr(text.charCodeAt(b), -1)) b++;
  }
  const groups = text.slice(a, b).split(" ");
  if (groups.length < 3 || groups.some((g) => g.length < 2 || g.length > 5)) return false;
  const digits = groups.reduce((n, g) => n + g.length, 0);
  if (digits < 9 || digits > 15) return false;
  return text.charCodeAt(a - 1) === 43 || text.charCodeAt(a) === 48;
}

/** A digit, bracket or hyphen (`[\d()\-–]`): what codes and phone numbers are made of. */
function codeChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 40 || c === 41 || c === 45 || c === 0x2013;
}

/** The value of a string of at most 15 digits (exact in a double), as Number() reads it. */
function integerOf(digits: string): number {
  let v = 0;
  for (let k = 0; k < digits.length; k++) v = v * 10 + (digits.charCodeAt(k) - 48);
  return v;
}

/** A digit or the character `other`. */
function digitOr(c: number, other: number): boolean {
  return (c >= 48 && c <= 57) || c === other;
}

/** Does text[a, b) hold "(", ")" or "-"? */
function hasParenOrHyphen(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 40 || c === 41 || c === 45) return true;
  }
  return false;
}

interface Parts {
  end: number;
  kind: FigureKind;
  unit?: string;
  scale: number;
}

/** A determiner and a number of three or more digits: where a model number would stand ("the 340 Skylark"). */
const MODEL_DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "first", "new", "latest", "original", "newest"]);
/** Where a model number may stand: three to five digits after a space, before a hyphen or space (found by `modelCandidates`). */
export const MODEL_CANDIDATE_RE = /\s\d{3,5}(?=[-\s])/g;
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;

/** Is there a determiner ("the", "its", "a new" …, any case), then spaces, right before `at`? */
function determinerBefore(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && spaceAt(text, i - 1)) i--;
  if (i === at) return false;
  let j = i;
  // The longest determiner has 8 letters: a longer run of letters is another word.
  while (j > 0 && i - j <= 8 && asciiLetter(text.charCodeAt(j - 1))) j--;
  if (!MODEL_DETERMINERS.has(text.slice(j, i).toLowerCase())) return false;
  // A whole word: at the start of the text or after a character that is no letter or digit.
  if (j === 0) return true;
  const before = (text.charCodeAt(j - 1) & 0xfc00) === 0xdc00 && j >= 2 ? text.slice(j - 2, j) : text[j - 1]!;
  return !LETTER_OR_DIGIT_RE.test(before);
}
const MODEL_NAME_AFTER_RE = /^\s(\p{Lu}\p{Ll}+)(?=[\s,.;:!?)])(?!\s+\p{Lu})/u;
/** Adjective endings of demonyms and parties: "the 400 Syrian refugees" counts people. */
const DEMONYM_RE = /(?:an|ish|ese|ic|i|ch|ive|al)$/u;

/** The longest maker's name `makerBefore` reads (the window of `modelWindowStart` holds it and the character before). */
const MAKER_MAX = 11;
const MAKER_AFTER_RE = /^[\s-]+(?:(\p{Lu}[\p{L}-]*)|(\p{Ll}+))?/u;

/**
 * A maker's name and a model number: "Boeing 787", "Airbus 320" — a capitalised word of ASCII
 * letters right before three digits that are no round hundred ("Fortune 500", "S&P 500"), not
 * followed by a plural noun ("Boeing 300 workers"). The number is then a model's name wherever
 * it stands alone in the text ("the 787", "the final 717 jet").
 */
function makerBefore(text: string, index: number, digits: string): boolean {
  if (digits.length !== 3 || digits.endsWith("00")) return false;
  let e = index + 1;
  while (e > 0 && spaceAt(text, e - 1)) e--;
  if (e === index + 1 || index + 1 - e > 1) return false;
  let b = e;
  while (b > 0 && e - b <= MAKER_MAX && asciiLetter(text.charCodeAt(b - 1))) b--;
  const word = text.slice(b, e);
  if (word.length < 2 || word.length > MAKER_MAX || !(text.charCodeAt(b) >= 65 && text.charCodeAt(b) <= 90)) return false;
  if (b > 0 && LETTER_OR_DIGIT_RE.test(text[b - 1]!)) return false;
  const lower = word.toLowerCase();
  if (NOT_NAME_BEFORE.has(lower) || MONTHS.has(lower) || WEEKDAYS.has(lower) || LABEL_WORDS.has(lower)) return false;
  const at = index + 1 + digits.length;
  const next = MAKER_AFTER_RE.exec(text.slice(at, at + 40));
  const small = next?.[2];
  return !(small !== undefined && small.length > 3 && /[^s]s$/u.test(small));
}

/**
 * Numbers used as model names in the text: after a determiner, followed by a capitalised singular
 * name ("the 340 Skylark") or by a lower variant number ("the 340-8", a range would rise).
 */
export function modelNumbers(text: string): Set<string> {
  const out = new Set<string>();
  for (const c of modelCandidates(text)) if (isModelNumber(text, c.index, c.digits)) out.add(c.digits);
  return out;
}

/** Whether the candidate at `index` (the space before its digits) is a model number: reads text[modelWindow(text, index, digits)]. */
function isModelNumber(text: string, index: number, digits: string): boolean {
  if (!determinerBefore(text, index + 1)) return makerBefore(text, index, digits);
  const value = Number(digits);
  if (digits.length === 4 && value >= 1000 && value <= 2199) return false;
  const at = index + 1 + digits.length;
  const after = text.slice(at, at + 40);
  const variant = /^-(\d+)(?![\d,.])/u.exec(after);
  if (variant && Number(variant[1]) < value) return true;
  const name = MODEL_NAME_AFTER_RE.exec(after)?.[1];
  if (!name || /s$/u.test(name) || DEMONYM_RE.test(name)) return false;
  const lower = name.toLowerCase();
  // ("the 140 Assembly seats": an institution's noun, then a plural it qualifies, counts them; "the
  // 340 Skylark jets" are a model's.)
  if (INSTITUTION_NOUNS.has(lower) && PLURAL_AFTER_NAME.test(after.slice(after.indexOf(name) + name.length))) return false;
  return !(MONTHS.has(lower) || WEEKDAYS.has(lower) || NOT_NAME_BEFORE.has(lower));
}
/** Institutions whose seats, wards or members are counted: "the 140 Assembly seats". */
const INSTITUTION_NOUNS: ReadonlySet<string> = new Set("assembly council senate parliament house congress legislature commission committee board chamber county district municipal constituency state city".split(" "));
/** A plural noun in small letters right after a name. */
const PLURAL_AFTER_NAME = /^\s\p{Ll}+s\b/u;

/**
 * The first character that finding the candidate at `index` and `isModelNumber` read: the
 * determiner's word and the two characters before it, before the spaces before `index + 1`
 * (its last character is `index + digits + 41`, the 40 after the digits).
 */
function modelWindowStart(text: string, index: number): number {
  let i = index + 1;
  while (i > 0 && spaceAt(text, i - 1)) i--;
  return Math.max(0, i - 12);
}

/** The candidates `modelNumbers` judged, kept for the next text to reuse (`modelNumbersReusing`). */
export interface ModelScan {
  readonly text: string;
  /**
   * Per candidate, in text order: where it is (the space before its digits), its digits, where what
   * it read begins, and the verdict (1: a model number). Arrays made at their size, the numbers
   * typed (a long text's scan is made again on every keystroke).
   */
  readonly index: Int32Array;
  readonly digits: readonly string[];
  readonly lo: Int32Array;
  readonly model: Uint8Array;
}

/**
 * `modelNumbers(text)`, given the scan of an earlier version of the text and what the two share at
 * the start (`same`) and at the end (from `sameEnd` on in `text`): the verdicts on candidates that
 * read only shared text are reused (moved after the edit), and only the text between is scanned.
 */
export function modelNumbersReusing(text: string, previous: ModelScan | undefined, same: number, sameEnd: number): { models: Set<string>; scan: ModelScan } {
  // The candidates between, judged.
  const midIndex: number[] = [];
  const midDigits: string[] = [];
  const judge = (x: number, d: string): void => {
    midIndex.push(x);
    midDigits.push(d);
  };
  const old = previous;
  const n = old ? old.index.length : 0;
  // Kept: candidates whose last character read (40 after the digits) lies before `same`.
  let k = 0;
  if (old) while (k < n && old.index[k]! + 1 + old.digits[k]!.length + 40 <= same) k++;
  // Moved: candidates that read nothing before the shared end.
  const shift = old ? text.length - old.text.length : 0;
  let m = n;
  if (old) while (m > k && old.lo[m - 1]! + shift >= sameEnd) m--;
  const from = k > 0 ? old!.index[k - 1]! + 1 + old!.digits[k - 1]!.length : 0;
  const to = m < n ? old!.index[m]! + shift : text.length;
  scanCandidates(text, from, to, judge);
  const total = k + midIndex.length + (n - m);
  const index = new Int32Array(total);
  const lo = new Int32Array(total);
  const model = new Uint8Array(total);
  const digits = new Array<string>(total);
  if (k > 0) {
    index.set(old!.index.subarray(0, k));
    lo.set(old!.lo.subarray(0, k));
    model.set(old!.model.subarray(0, k));
    for (let j = 0; j < k; j++) digits[j] = old!.digits[j]!;
  }
  for (let j = 0; j < midIndex.length; j++) {
    const x = midIndex[j]!;
    const d = midDigits[j]!;
    index[k + j] = x;
    digits[k + j] = d;
    lo[k + j] = modelWindowStart(text, x);
    model[k + j] = isModelNumber(text, x, d) ? 1 : 0;
  }
  for (let j = m, at = k + midIndex.length; j < n; j++, at++) {
    index[at] = old!.index[j]! + shift;
    digits[at] = old!.digits[j]!;
    lo[at] = old!.lo[j]! + shift;
    model[at] = old!.model[j]!;
  }
  const models = new Set<string>();
  for (let j = 0; j < total; j++) if (model[j] === 1) models.add(digits[j]!);
  return { models, scan: { text, index, digits, lo, model } };
}

/**
 * The matches of MODEL_CANDIDATE_RE in `text` (as `text.matchAll` finds them: where, and the digits
 * after the space), found faster: each run of digits (the next one by a simple scan) is one when
 * white space comes right before it, it has three to five digits (a longer run leaves a digit
 * where the look-ahead wants a hyphen or space), and a hyphen or white space follows.
 */
export function modelCandidates(text: string): { index: number; digits: string }[] {
  const out: { index: number; digits: string }[] = [];
  scanCandidates(text, 0, text.length, (index, digits) => out.push({ index, digits }));
  return out;
}

/**
 * `modelCandidates` from `from` on (where the text's scan stands after a run of digits, or 0),
 * for the runs of digits that start at or before `to`.
 */
function scanCandidates(text: string, from: number, to: number, found: (index: number, digits: string) => void): void {
  let at = from;
  for (;;) {
    NEXT_DIGIT_RE.lastIndex = at;
    if (!NEXT_DIGIT_RE.test(text)) break;
    const d = NEXT_DIGIT_RE.lastIndex - 1;
    if (d > to) break;
    let e = d + 1;
    while (e < text.length && text.charCodeAt(e) >= 48 && text.charCodeAt(e) <= 57) e++;
    at = e;
    if (e - d < 3 || e - d > 5 || d === 0 || !spaceAt(text, d - 1) || e >= text.length) continue;
    if (text.charCodeAt(e) === 45 || spaceAt(text, e)) found(d - 1, text.slice(d, e));
  }
}

/** The digits that end just before `at` ("787" in "787-8"). */
function digitsBefore(text: string, at: number, limit: number): string {
  let i = at;
  while (i > limit && i > at - 6 && text.charCodeAt(i - 1) >= 48 && text.charCodeAt(i - 1) <= 57) i--;
  return text.slice(i, at);
}

/**
 * Finds every figure (GUIDE.md "Figure"), in text order. Each paragraph's figures depend only on
 * its own text and on `models`, the model numbers of the whole text (the incremental analyzer
 * runs it paragraph by paragraph with the document's `models`).
 */
export function findFigures(doc: SeedDocument, models: ReadonlySet<string> = modelNumbers(doc.text)): Figure[] {
  const text = doc.text;
  // A link needs "http://", "https://" or "www.": without them anywhere, no paragraph is searched for one.
  const urls = mayHaveUrls(text);
  const out: Figure[] = [];
  for (const p of doc.paragraphs) {
    const para = p.span;
    const ptext = text.slice(para.start, para.end);
    const skip: Span[] = [];
    if (urls) for (const m of ptext.matchAll(URL_RE)) skip.push({ start: para.start + m.index, end: para.start + m.index + m[0].length });
    const sentenceAt = (o: number): number => sentenceIndexAt(doc, o);
    const found: Figure[] = [];
    scanDigits(text, para, ptext, skip, found, sentenceAt, models);
    scanWords(doc, para, ptext, found, sentenceAt);
    // Each scan finds its figures in text order: sorting (stable) changes nothing when the two do not interleave.
    if (!startsInOrder(found)) found.sort((a, b) => a.span.start - b.span.start);
    shareListUnits(text, found);
    // Drop overlaps (a ratio swallows its parts): keep the first, longest.
    let lastEnd = -1;
    for (const f of found) {
      if (f.span.start < lastEnd) continue;
      out.push(f);
      lastEnd = f.span.end;
    }
  }
  return out;
}

/** "30, 40, 50 years": the bare numbers of a list take the unit of its last member. */
function shareListUnits(text: string, found: Figure[]): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const f = found[i]!;
    const next = found[i + 1]!;
    if (f.kind !== "cardinal" || next.kind === "cardinal" || f.span.end !== f.numberSpan.end) continue;
    if (!/^(?:,\s*|\s+(?:or|and|to)\s+|\s*[-–]\s*)$/u.test(text.slice(f.span.end, next.span.start))) continue;
    const { unit: _u, ...rest } = f;
    found[i] = { ...rest, kind: next.kind, ...(next.unit !== undefined ? { unit: next.unit } : {}) };
  }
}

function sentenceIndexAt(doc: SeedDocument, offset: number): number {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((ss[mid]?.span.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function scanDigits(
  text: string,
  para: Span,
  ptext: string,
  skip: Span[],
  out: Figure[],
  sentenceAt: (o: number) => number,
  models: ReadonlySet<string>,
): void {
  let skipUntil = -1;
  for (const m of digitMatches(ptext)) {
    const start = para.start + m.index;
    const digits = ptext.slice(m.digits, m.end);
    const numStart = para.start + m.digits;
    const numEnd = numStart + digits.length;
    if (numStart < skipUntil) continue;
    if (skip.some((s) => s.start <= numStart && numStart < s.end)) continue;
    const currencySym = m.digits > m.index ? ptext.slice(m.index, m.digits).trim() : "";
    // What stands before the number in its paragraph (a paragraph is read on its own: the editor
    // re-analyses one paragraph without the text before it).
    const before = numStart - 1 >= para.start ? text[numStart - 1] : undefined;
    const before2 = numStart - 2 >= para.start ? text[numStart - 2] : undefined;
    const after = text.slice(numEnd, Math.min(para.end, numEnd + 60));
    // Glued to letters or other numbers: "G7", "A49", "COVID-19", "12/03", "5:30" (minutes).
    if (!currencySym && before !== undefined && wordCharBefore(before)) continue;
    if (!currencySym && before === "-" && before2 !== undefined && /[\p{L}]/u.test(before2)) continue;
    // Model numbers: "A330-200", "F-16C".
    if (!currencySym && before === "-" && digitOr(before2 === undefined ? NaN : text.charCodeAt(numStart - 2), -1) && /\p{L}\d+-$/u.test(text.slice(Math.max(para.start, numStart - 12), numStart))) continue;
    if (!currencySym && (before === ":" || before === "/" || before === "." || before === "#") && before2 !== undefined && /[\p{N}\p{L}\s]/u.test(before2)) continue;
    const a0 = after.charCodeAt(0);
    if ((a0 === 58 || a0 === 47) && digitOr(after.charCodeAt(1), -1)) {
      skipUntil = numEnd + 1 + (/^[:/](\d+)/u.exec(after)?.[1]?.length ?? 0);
      continue;
    }
    // (Each pattern below is tried only when the first character after the number can start a match.)
    if (mayBeOrdinal(after) && ORDINAL_SUFFIX_RE.test(after)) continue;
    if ((a0 === 115 || a0 === 39 || a0 === 0x2019) && /^(?:s|[’']s)(?![\p{L}])/u.test(after)) continue; // "1990s"
    if (mayBeTimeOfDay(after) && TIME_OF_DAY_RE.test(after)) continue;
    // Citation markers "[1]" and list numbering "1." / "2)" at the start of a paragraph.
    if (before === "[" && after.startsWith("]")) continue;
    if (numStart === para.start && /^[.)]\s/u.test(after)) continue;
    // Phone numbers and codes: "(254-2) 751-613", "020-7946-0958", "0800 123 4567"; "call police on 101", "dial 999".
    if (isCode(text, numStart, numEnd, para) || isSpacedPhone(text, numStart, numEnd, para)) continue;
    const prev = prevWord(text, numStart, para.start);
    const prevLower = prev.toLowerCase();
    // ("call 101 quoting …", not "will call 30 witnesses": a number to call has no noun after it.)
    const called = CALL_WORDS.has(prevLower) && NOTHING_COUNTED_RE.test(after);
    if (!currencySym && (called || prevLower === "on" || prevLower === "dial") && PHONE_CUE_RE.test(text.slice(Math.max(para.start, numStart - 60), numStart))) {
      // (Its other groups too, and another number to call: "on 0800 123 4567", "999 or 112".)
      skipUntil = numEnd + (/^(?:[ -]\d+)*(?:\s+or\s+\d+(?:[ -]\d+)*)?/u.exec(after)?.[0].length ?? 0);
      continue;
    }
    // An emergency number, a service's name: "access to 911", "calls to 999 rose", "911 operators".
    if (!currencySym && EMERGENCY_NUMBERS.has(text.slice(numStart, numEnd)) && (EMERGENCY_BEFORE.has(prevLower) || EMERGENCY_AFTER.test(after) || (prevLower === "to" && EMERGENCY_TO.test(text.slice(Math.max(para.start, numStart - 24), numStart))))) continue;
    // Sports scores: "won 3-1", "a 2-0 victory".
    if ((a0 === 45 || a0 === 0x2013) && (SCORE_AFTER_RE.test(after) || (/^[-–]\d/u.test(after) && SCORE_BEFORE_RE.test(text.slice(Math.max(para.start, numStart - 48), numStart))))) {
      skipUntil = numEnd + 1 + (/^[-–](\d+)/u.exec(after)?.[1]?.length ?? 0);
      continue;
    }
    // Street addresses: "285 Toure Drive".
    if (mayBeStreet(after) && STREET_RE.test(after)) continue;
    const isInt = !digits.includes(".") && !/[,\u00a0\u202f\u2009]/u.test(digits);
    const value0 = isInt && digits.length <= 15 ? integerOf(digits) : Number(digits.replace(THOUSANDS_SEPARATORS, ""));
    const parts = suffix(text, numEnd, para.end, currencySym !== "");
    // Letters glued after that are not a unit: "4G", "3D".
    if (parts.end === numEnd && /^[\p{L}]/u.test(after)) continue;
    const hasUnit = parts.kind !== "cardinal" || parts.scale !== 1;
    // Years and seasons: "in 2021", "2027-28", "2024/25". (Before the word in front is read: the
    // date test below takes only numbers up to 31.)
    if (isInt && digits.length === 4 && value0 >= 1000 && value0 <= 2199 && !currencySym && !hasUnit) {
      const range = a0 === 45 || a0 === 0x2013 || a0 === 47 ? /^[-–/](\d{2,4})(?!\d)/u.exec(after) : null;
      if (range) skipUntil = numEnd + 1 + range[1]!.length;
      continue;
    }
    // Dates: "January 9", "9 January", "Jan. 28, 2025".
    if (isInt && value0 >= 1 && value0 <= 31 && !currencySym && !hasUnit) {
      if (MONTHS.has(withoutFinalDot(prevLower)) && startsUpper(prev)) {
        // "March 17-18": the range's last day too.
        const last = a0 === 45 || a0 === 0x2013 ? /^[-–](?:0?[1-9]|[12]\d|3[01])(?!\d)/u.exec(after) : null;
        if (last) skipUntil = numEnd + last[0].length;
        continue;
      }
      if (/^\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/u.test(after)) continue;
      // "on 28, 29 and 30 January", "the 3rd and 4th of May": days listed before their month.
      if (DAYS_BEFORE_MONTH_RE.test(after)) continue;
      // "between September 6 and 11", "from March 3 to 7": a range's last day after its month's first.
      if ((prevLower === "and" || prevLower === "to" || prevLower === "through" || prevLower === "until") && MONTH_DAY_JOINED_RE.test(text.slice(Math.max(para.start, numStart - 32), numStart))) continue;
    }
    // A reference written with leading zeros is no count: "incident 0093", "case 007".
    if (isInt && digits.length >= 2 && digits.charCodeAt(0) === 48 && !currencySym && !hasUnit) continue;
    // Labels: "No. 10", "number 4", "Line 4", "Article 5", "Apollo 11".
    if (LABEL_WORDS.has(prevLower) && isInt && !hasUnit) continue;
    // Model numbers: "the 340 Skylark", "the 340-8", and the same number again ("after the 340").
    if (isInt && !currencySym && !hasUnit && (models.has(digits) || (before === "-" && models.has(digitsBefore(text, numStart - 1, para.start))))) continue;
    // Numbers in names: "Apollo 11", "Windows 7"; versions too: "USB 1.1", "Safari 4.0", "Mac OS X 10.5".
    const version = !isInt && VERSION_RE.test(digits);
    // (After a comma, only an age set off by commas or ending the sentence: "Hazel, 71, runs", "said
    // Armando Sanjurjo, 73."; not "In Gaza, 30 people were killed".)
    // (Not after a name's ’s, before a plural: "Scotland's 32 councils" counts them; "the FBI's 10 Most
    // Wanted List", "Standard & Poor's 500 index" name something.)
    if ((isInt || version) && !currencySym && !hasUnit && (startsUpper(prev) || /\p{Ll}\p{Lu}/u.test(prev)) && !(POSSESSIVE_END.test(prev) && PLURAL_NOUN_AFTER.test(after)) && !NOT_NAME_BEFORE.has(prevLower) && !MONTHS.has(withoutFinalDot(prevLower)) && !WEEKDAYS.has(prevLower) && /\s$/u.test(text.slice(numStart - 1, numStart)) && (text.charCodeAt(numStart - 2) !== 0x2c || a0 === 0x2c || a0 === 0x2e || a0 === 0x3b || after.length === 0)) {
      continue;
    }
    // "The actress, 41, has …", "Her husband, 52, said": an age set off by commas after a person's noun.
    if (isInt && value0 <= 120 && !currencySym && !hasUnit && text.charCodeAt(numStart - 2) === 0x2c && (a0 === 0x2c || a0 === 0x2e || a0 === 0x3b) && personNoun(prevWord(text, numStart - 2, para.start).toLowerCase())) continue;
    let end = parts.end;
    let kind = parts.kind;
    // (Rounded past binary noise: 16.9 lakh is 1,690,000, not 1,689,999.9999999998.)
    let value = parts.scale === 1 ? value0 : Number((value0 * parts.scale).toPrecision(15));
    let unit = parts.unit ?? (currencySym ? CURRENCY_SYMBOLS[currencySym] ?? currencySym : undefined);
    if (currencySym) kind = "money";
    const ratio = mayBeRatio(text, end) ? RATIO_RE.exec(text.slice(end, Math.min(para.end, end + 30))) : null;
    if (ratio && kind === "cardinal" && parts.scale === 1 && isRatioDenominator(ratio[1]!) && value0 <= 100) {
      const den = parseNumber(ratio[1]!);
      if (den) {
        end = end + ratio[0].length;
        kind = "ratio";
        value = value0 / den;
      }
    }
    // A rate: "45 per 100,000 people", "1 officer for every 1,150 residents" (one figure, not two).
    const rate = kind === "cardinal" && parts.scale === 1 && !currencySym ? RATE_RE.exec(text.slice(end, Math.min(para.end, end + 40))) : null;
    if (rate) {
      const den = Number(rate[1]!.replace(/,/g, ""));
      if (den > 0) {
        end = end + rate[0].length;
        kind = "ratio";
        value = value0 / den;
      }
    }
    if (kind === "cardinal") unit = headNoun(text, end, para.end);
    // "41 years ago" places an event in time: a date, not a figure.
    if (kind === "duration" && AGO_RE.test(text.slice(end, Math.min(para.end, end + 12)))) continue;
    // "the first nine months of the year": a part of the calendar, a date.
    if (kind === "duration" && partOfPeriod(prevLower, text, end, para)) continue;
    // "two seasons ago", "three elections ago": a time reference counted in events.
    if (kind === "cardinal" && NOUN_AGO_RE.test(text.slice(end, Math.min(para.end, end + 24)))) continue;
    // "10-year Treasury yields", "two-year gilts": a bond's maturity names it, it counts nothing.
    if (kind === "duration" && BOND_AFTER_RE.test(text.slice(end, Math.min(para.end, end + 24)))) continue;
    // "the top 10", "a top-20 finish": a rank's cut-off, not a count ("the top 10% of earners" is one).
    if (kind === "cardinal" && !currencySym && (prevLower === "top" || before === "-" && /\btop-$/iu.test(text.slice(Math.max(para.start, numStart - 4), numStart)))) continue;
    // "the 100m final", "the 400m hurdles": a race named by its distance.
    if ((kind === "quantity" || kind === "cardinal") && /^[\d,]+\s?k?m$/u.test(text.slice(numStart, end)) && RACE_AFTER_RE.test(text.slice(end, Math.min(para.end, end + 16)))) continue;
    const spanStart = currencySym ? start : numStart;
    out.push(makeFigure(text, { start: spanStart, end }, { start: numStart, end: numEnd }, kind, value, unit, sentenceAt(numStart)));
  }
}

/** A noun for one person ("actress", "mayor", "husband"), not a group's ("patients"). */
function personNoun(w: string): boolean {
  return (EPITHET_NOUNS.has(w) || PEOPLE_NOUNS.has(w)) && (!w.endsWith("s") || w.endsWith("ss"));
}

/** A month and its day, then a word joining a range's last day: "September 6 and ", "March 3 to ". */
const MONTH_DAY_JOINED_RE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s\d{1,2}(?:st|nd|rd|th)?\s(?:and|to|through|until)\s$/u;
/** After a day of the month: more days, then their month ("…, 29 and 30 January", "… and 4th of May"). */
const DAYS_BEFORE_MONTH_RE =
  /^(?:st|nd|rd|th)?(?:,\s?\d{1,2}(?:st|nd|rd|th)?){0,6}(?:,?\s(?:and|or|&|to|until|through)\s|\s?[-–]\s?)\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/u;

/** After "half": "a million", "a billion" (its scale). */
const HALF_SCALE_RE = /^\s+an?\s+(million|billion|trillion)\b/iu;
const HALF_CURRENCIES: Readonly<Record<string, string>> = { dollars: "USD", euros: "EUR", pounds: "GBP", rupees: "INR", yuan: "CNY", yen: "JPY" };

/** A version number: a whole number and one or two decimals ("1.1", "10.5"). */
const VERSION_RE = /^\d{1,2}\.\d{1,2}$/u;

function scanWords(
  doc: SeedDocument,
  para: Span,
  ptext: string,
  out: Figure[],
  sentenceAt: (o: number) => number,
): void {
  const text = doc.text;
  for (const m of numberWordRuns(ptext)) {
    const start = para.start + m.index;
    let end = start + m.text.length;
    const raw = m.text;
    const words = raw.toLowerCase().split(/[-\s]+/u).filter((w) => w !== "and");
    const first = words[0]!;
    const last = words[words.length - 1]!;
    const prev = prevWord(text, start, para.start);
    const prevLower = prev.toLowerCase();
    const after = text.slice(end, Math.min(para.end, end + 60));
    // Capitalised mid-sentence: part of a name ("League One", "Formula One").
    if (/^\p{Lu}/u.test(raw) && !atSentenceStart(doc, start, para.start)) continue;
    // A time of day: "half past five", "quarter to six", "five o'clock", "at five in the morning".
    if ((prevLower === "past" || prevLower === "to") && CLOCK_BEFORE_RE.test(text.slice(Math.max(para.start, start - 24), start))) continue;
    // (And the minutes before them: "At ten to seven on a grey morning", "twenty past six.")
    if (words.length <= 2 && CLOCK_MINUTES.has(raw.toLowerCase()) && CLOCK_AFTER_RE.test(after)) continue;
    if ((mayBeTimeOfDay(after) && TIME_OF_DAY_RE.test(after)) || (prevLower === "at" && PART_OF_DAY_RE.test(after))) continue;
    // A hyphenated ordinal: "twenty-first", "third-largest" (an ordinal glued to a word).
    const hyphen = after.charCodeAt(0) === 45;
    if (hyphen && /^-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|largest|biggest|highest|lowest|most|best|worst|place|placed)\b/iu.test(after)) continue;
    if (hyphen && /^-(?:th|st|nd|rd)\b/iu.test(after)) continue;
    const fractionOnly = words.every((w) => w in FRACTIONS);
    let value: number;
    let kind: FigureKind = "cardinal";
    let spanStart = start;
    // "Half a million people fled", "half a billion dollars": half a scale, one figure.
    const halfScale = fractionOnly && words.length === 1 && first === "half" ? HALF_SCALE_RE.exec(after) : null;
    if (halfScale) {
      end += halfScale[0].length;
      const money = /^\s+(?:dollars|euros|pounds|rupees|yuan|yen)\b/iu.exec(text.slice(end, Math.min(para.end, end + 12)));
      const v = 0.5 * SCALES[halfScale[1]!.toLowerCase()]!;
      const unit = money ? HALF_CURRENCIES[money[0].trim().toLowerCase()] : headNoun(text, end, para.end);
      out.push(makeFigure(text, { start, end: money ? end + money[0].length : end }, { start, end }, money ? "money" : "cardinal", v, unit, sentenceAt(start)));
      continue;
    }
    if (fractionOnly) {
      if (words.length > 1) continue;
      // "a third", "a quarter", "about half"; not "the first half", "third", "second quarter".
      const w = words[0]!;
      const isHalf = w === "half";
      const article = prevLower === "a" || prevLower === "an";
      // ("Half of all buyers …", "Half the staff left": opening its sentence, before what it halves.)
      const opening = isHalf && /^\p{Lu}/u.test(raw) && atSentenceStart(doc, start, para.start) && /^\s+(?:of|the|its|their|his|her|all)\b/u.test(after);
      if (!(article || opening || (isHalf && ROUGHLY.has(prevLower)))) continue;
      // "a third of", "about half." — not "a fifth line", "a quarter-final".
      // A capitalised phrase after it is a name the ordinal counts: "a fifth World Cup final".
      // ("About a third were found unsafe": a verb after it. "A third and subsequent property": an ordinal.)
      if (/^[\s-]+\p{L}/u.test(after) && !/^\s+(?:of|since|in|on|from|to|by|last|this|over|after|before|compared|than|and|or|but|between|among|at|during|per|a|an|the|its|their|his|her|were|was|are|is|have|has|had|will|would|could|can|may|might|must|should|did|do|does|remain|remained|now|still|already)\b/u.test(after)) continue;
      if (/^\s+(?:and|or)\s+(?:subsequent|successive|further|later|final|following|every)\b/u.test(after)) continue;
      value = 1 / FRACTIONS[w]!;
      kind = "fraction";
      if (article) spanStart = start - prev.length - 1;
    } else if (first in SCALES) {
      // A bare scale word is vague or idiomatic: "hundreds", "a million reasons", "several hundred".
      continue;
    } else {
      if (words.some((w) => ORDINALS.has(w) && !(w in SMALL_NUMBERS))) {
        if (!(last in FRACTIONS)) continue;
      }
      if (VAGUE_BEFORE.has(prevLower)) continue;
      value = wordsValue(words);
      if (last in FRACTIONS && words.length > 1) kind = "fraction";
    }
    if (kind !== "fraction") {
      const parts = suffix(text, end, para.end, false);
      const hasUnit = parts.kind !== "cardinal" || parts.scale !== 1;
      const ratioM = mayBeRatio(after, 0) ? RATIO_RE.exec(after) : null;
      const ratio = ratioM && isRatioDenominator(ratioM[1]!) ? ratioM : null;
      if (words.length === 1 && first === "one") {
        // "one" is a figure in a ratio or with a unit ("one in five", "one year"); else a pronoun or article.
        if (!ratio && !hasUnit) continue;
        if (/^(?:no|any|every|the|this|that|which|each|another|only)$/u.test(prevLower) && !ratio) continue;
        // "one day", "one year after": an idiom or a date unless a quantity word frames it ("for one year").
        if (!ratio && parts.kind === "duration" && !/^(?:for|within|just|than|about|nearly|almost|over|under|least|of|after|by)$/u.test(prevLower)) continue;
      }
      if (first === "zero" && !hasUnit) continue;
      // "the two capitals", "his four grandparents": a definite phrase refers back, it does not count.
      // (Unless an "of" phrase says which: "The eight members of OPEC+ met" counts them.)
      if (ANAPHORIC_BEFORE.has(prevLower) && words.length === 1 && !hasUnit && (SMALL_NUMBERS[first] ?? 99) <= 10 && !COUNT_OF_AFTER.test(after)) continue;
      if (hyphen && /^-(?:star|way|fold|sided|handed)\b/iu.test(after)) continue;
      if (parts.kind === "duration" && AGO_RE.test(text.slice(parts.end, Math.min(para.end, parts.end + 12)))) continue;
      if (parts.kind === "duration" && partOfPeriod(prevLower, text, parts.end, para)) continue;
      if (parts.kind === "cardinal" && !ratio && NOUN_AGO_RE.test(text.slice(parts.end, Math.min(para.end, parts.end + 24)))) continue;
      if (parts.kind === "duration" && hyphen && BOND_AFTER_RE.test(text.slice(parts.end, Math.min(para.end, parts.end + 24)))) continue;
      if (prevLower === "top" && !hasUnit && !ratio) continue;
      if (ratio) {
        const den = parseNumber(ratio[1]!);
        if (den) {
          end += ratio[0].length;
          kind = "ratio";
          value = value / den;
        }
      } else {
        end = parts.end;
        kind = parts.kind;
        value *= parts.scale;
      }
      const unit = kind === "cardinal" ? headNoun(text, end, para.end) : parts.unit;
      out.push(makeFigure(text, { start: spanStart, end }, { start, end: start + raw.length }, kind, value, unit, sentenceAt(start)));
      continue;
    }
    out.push(makeFigure(text, { start: spanStart, end }, { start, end: start + raw.length }, kind, value, undefined, sentenceAt(start)));
  }
}

function atSentenceStart(doc: SeedDocument, at: number, paraStart: number): boolean {
  const text = doc.text;
  let i = at;
  while (i > paraStart && /[\s“"‘'(\[«—–-]/u.test(text[i - 1]!)) i--;
  if (i === paraStart) return true;
  if (/[:.!?]/u.test(text[i - 1]!)) return true;
  // A sentence starts there (sentences are in text order: the last one starting at or before it).
  return doc.sentences[sentenceIndexAt(doc, i)]?.span.start === i;
}

/** What follows a number: scale, percent, currency word, time or measurement unit. */
function suffix(text: string, from: number, limit: number, hasCurrency: boolean): Parts {
  let end = from;
  let scale = 1;
  let rest = text.slice(end, Math.min(limit, end + 60));
  const glued = mayBeSuffix.glued(rest) ? GLUED_SCALE_RE.exec(rest) : null;
  // "1.5m people" is a million; "a 200m race", "2m tall" are metres.
  const millionNoun = glued?.[1] === "m" && /^m\s+(?!tall|high|long|deep|wide|away|above|below|from|race|sprint|freestyle|hurdles|metres|meters)\p{Ll}/u.test(rest);
  if (glued && (hasCurrency || glued[1] !== "m" || millionNoun) && (hasCurrency || glued[1] !== "b")) {
    scale = SCALE_SUFFIX[glued[1]!] ?? 1;
    end += glued[0].length;
    rest = text.slice(end, Math.min(limit, end + 60));
  } else {
    const spaced = mayBeSuffix.spaced(rest) ? SPACED_SCALE_RE.exec(rest) : null;
    if (spaced) {
      for (const w of spaced[0].toLowerCase().split(/[ -]+/u).filter(Boolean)) scale *= SCALES[w] ?? 1;
      end += spaced[0].length;
      rest = text.slice(end, Math.min(limit, end + 60));
    }
  }
  const pct = mayBeSuffix.percent(rest) ? PERCENT_RE.exec(rest) : null;
  if (pct) return { end: end + pct[0].length, kind: "percent", unit: "percent", scale };
  // Pence glued to the number: "22.9p per kWh", "1,178p" (not "p.m.", nor a word: "5pm", "3pt").
  if (!hasCurrency && scale === 1 && rest.charCodeAt(0) === 112 && !/^p(?:[\p{L}\p{N}]|\.\s?m\b|\.m)/u.test(rest)) return { end: end + 1, kind: "money", unit: "GBX", scale };
  const cur = mayBeSuffix.currency(rest) ? CURRENCY_WORD_RE.exec(rest) : null;
  if (cur) return { end: end + cur[0].length, kind: "money", unit: CURRENCY_WORDS[cur[1]!.toLowerCase()]!, scale };
  const time = mayBeSuffix.time(rest) ? TIME_RE.exec(rest) : null;
  if (time) return { end: end + time[0].length, kind: "duration", unit: time[1]!.toLowerCase().replace(/s$/u, ""), scale };
  const meas = mayBeSuffix.measure(rest) ? MEASURE_RE.exec(rest) : null;
  if (meas) {
    const u = meas[1]!;
    // Single letters are units only right after the number or a space and before a non-letter ("40 C", "200m").
    const ok = u.length > 1 || /^(?:\s?[CFW]|m|t|g)$/u.test(meas[0]);
    if (ok && !(hasCurrency && /^(?:m|b|t)$/iu.test(u))) {
      const pu = PERCENT_UNITS.has(u.toLowerCase());
      return { end: end + meas[0].length, kind: pu ? "percent" : "quantity", unit: u.toLowerCase(), scale };
    }
  }
  return { end, kind: "cardinal", scale };
}

function headNoun(text: string, from: number, limit: number): string | undefined {
  const m = NEXT_WORD_RE.exec(text.slice(from, Math.min(limit, from + 40)));
  const w = m?.[1];
  if (!w || /^(?:and|or|of|to|in|on|at|by|for|with|from|than|the|a|an|was|were|is|are|had|has|have)$/u.test(w)) return undefined;
  return w;
}

function parseNumber(s: string): number | undefined {
  if (/^\d/u.test(s)) return Number(s.replace(/,/g, ""));
  const v = wordsValue(s.toLowerCase().split(/[-\s]+/u).filter((w) => w !== "and"));
  return Number.isFinite(v) && v > 0 ? v : undefined;
}

/** "forty-two" → 42, "one hundred and five" → 105, "two-thirds" → 0.667, "2.5 million" handled by `suffix`. */
export function wordsValue(words: readonly string[]): number {
  let total = 0;
  let current = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w in SMALL_NUMBERS) current += SMALL_NUMBERS[w]!;
    else if (w === "hundred") current = (current || 1) * 100;
    else if (w === "dozen") current = (current || 1) * 12;
    else if (w in SCALES) {
      total += (current || 1) * SCALES[w]!;
      current = 0;
    } else if (w in FRACTIONS) {
      return (total + (current || 1)) / FRACTIONS[w]!;
    }
  }
  return total + current;
}

function makeFigure(
  text: string,
  s: Span,
  numberSpan: Span,
  kind: FigureKind,
  value: number,
  unit: string | undefined,
  sentence: number,
): Figure {
  return {
    span: s,
    numberSpan,
    text: text.slice(s.start, s.end),
    kind,
    value,
    ...(unit !== undefined ? { unit } : {}),
    sentence,
  };
}
