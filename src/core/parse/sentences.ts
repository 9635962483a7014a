import type { Span } from "../model/span";

/** Titles and other abbreviations that never end a sentence ("Dr. Smith", "Gen. Jones", "No. 10"). */
const NEVER_FINAL = new Set(
  (
    "mr mrs ms mx dr prof sr jr st mt gen lt col maj capt sgt cpl adm gov sen rep rev hon pres supt insp det " +
    "vs v cf ed eds jan feb mar apr jun jul aug sep sept oct nov dec " +
    "mon tue tues wed thu thur thurs fri sat sun approx est ft"
  ).split(" "),
);

/** Abbreviations before a number ("No. 10", "Art. 5", "pp. 4-6"); "no." before anything else is the word. */
const BEFORE_NUMBER = new Set("no nos art arts vol vols fig figs ch sec para pp op".split(" "));

/** Abbreviations that may end a sentence; they do only when a typical sentence opener follows. */
const MAYBE_FINAL = new Set("inc ltd corp co bros plc llc etc al am pm".split(" "));

/** Words that typically open a sentence; after "U.S." or "Inc." they signal a boundary. */
const OPENERS = new Set(
  (
    "the a an he she it they we i you this that these those there his her its their our my but and so yet " +
    "however meanwhile in on at for if when while after before as also officials no some many most " +
    "according what who why how one two both each other"
  ).split(" "),
);

/** Words that may follow "p.m." inside a sentence ("3 p.m. Monday", "5 a.m. local time"). */
const AFTER_TIME = new Set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december local".split(" "),
);

const TERM = new Set([".", "!", "?", "…"]);
const CLOSERS = new Set(["”", "\"", "’", "'", ")", "]", "»"]);
const OPENERS_PUNCT = /[“"‘'`(\[«„¿¡]/u;
/** What may start a sentence: a capital, a digit, an opening mark, or an emoji / flag. */
const SENTENCE_START = /[\p{Lu}\p{N}\p{Extended_Pictographic}\p{Regional_Indicator}]/u;

/**
 * The characters a sentence may end at, and line breaks: a scan for the next of them stops at the
 * end of the paragraph's line at the latest (a paragraph never holds a line break at its end).
 */
const TERM_OR_BREAK_RE = /[.!?\u2026\n\r]/g;

/** Can a sentence start with this character (SENTENCE_START or OPENERS_PUNCT)? Decided for ASCII by table. */
const STARTS_ASCII = Array.from({ length: 128 }, (_, c) => SENTENCE_START.test(String.fromCharCode(c)) || OPENERS_PUNCT.test(String.fromCharCode(c)));

function startsSentenceAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return STARTS_ASCII[c]!;
  const next = String.fromCodePoint(text.codePointAt(k)!);
  return SENTENCE_START.test(next) || OPENERS_PUNCT.test(next);
}

/** Splits a paragraph span into sentence spans (trimmed). */
export function splitSentences(text: string, para: Span): Span[] {
  const out: Span[] = [];
  let start = para.start;
  let i = para.start;
  while (i < para.end) {
    // Jump to the next terminator (line breaks inside a hard-wrapped paragraph are stepped over).
    TERM_OR_BREAK_RE.lastIndex = i;
    if (!TERM_OR_BREAK_RE.test(text)) break;
    i = TERM_OR_BREAK_RE.lastIndex - 1;
    if (i >= para.end) break;
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      i++;
      continue;
    }
    const ch = text[i]!;
    let j = i + 1;
    while (j < para.end && TERM.has(text[j]!)) j++;
    while (j < para.end && CLOSERS.has(text[j]!)) j++;
    if (j >= para.end) break;
    if (!isSpaceChar(text[j]!)) {
      i = j;
      continue;
    }
    let k = j;
    while (k < para.end && isSpaceChar(text[k]!)) k++;
    if (k >= para.end) break;
    if (!startsSentenceAt(text, k) || (ch === "." && !periodEnds(text, para.start, i, k, para.end, start))) {
      i = j;
      continue;
    }
    out.push(trim(text, start, j));
    start = k;
    i = k;
  }
  if (start < para.end) out.push(trim(text, start, para.end));
  return out.filter((s) => s.end > s.start);
}

const LETTER_OR_DOT_RE = /[\p{L}.]/u;

/** `/[\p{L}.]/u.test(text[i])`, ASCII decided by hand. */
function letterOrDot(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 46 || ((c | 32) >= 97 && (c | 32) <= 122);
  return LETTER_OR_DOT_RE.test(text[i]!);
}

/** Does the period at `dot` end the sentence, given the word before it and the word after (at `next`)? */
function periodEnds(text: string, paraStart: number, dot: number, next: number, paraEnd: number, sentenceStart: number): boolean {
  let w = dot;
  while (w > paraStart && letterOrDot(text, w - 1)) w--;
  const word = text.slice(w, dot);
  const bare = word.replace(/\./g, "").toLowerCase();
  // A list number at the start of a sentence: "1. The first point".
  if (word === "") return !/^\d{1,3}$/.test(text.slice(sentenceStart, dot));
  if (BEFORE_NUMBER.has(bare) && word.length <= 5) return !/^(?:\d|[IVXLC]+\b)/.test(text.slice(next, next + 8));
  // A single initial: "J. K. Rowling", "George W. Bush" — but after a number it is a unit ("40 C.").
  // (And "a post on X." is the platform, at the sentence's end: an initial follows a name, not "on".)
  if (/^\p{Lu}$/u.test(word)) return /\d[ \u00a0\u202f]?°?$/u.test(text.slice(Math.max(paraStart, w - 3), w)) || (word === "X" && /\b(?:on|to|via)\s$/i.test(text.slice(Math.max(paraStart, w - 4), w)));
  // A short word's abbreviation before a number: "Rs. 500", "approx. 2 percent", "incl. 12", "ca.
  // 1900" (a sentence seldom opens with digits; a year that does follows a word of its own: "in 2019. 2020 was").
  if (/^\d/.test(text[next] ?? "") && ABBREVIATED_BEFORE_NUMBER.has(bare)) return false;
  // Multi-dot abbreviations ("U.S.", "p.m.", "e.g.") end a sentence only before a typical opener.
  if (word.includes(".") || MAYBE_FINAL.has(bare)) {
    if (/^\d/.test(text[next] ?? "")) return false;
    const nextWord = /^[\p{L}']+/u.exec(text.slice(next, Math.min(paraEnd, next + 30)))?.[0]?.toLowerCase() ?? "";
    // "until 11 p.m. Councillor Rhodes told …": after a time, a capitalised word that is not a
    // weekday, month or time zone starts a new sentence.
    if ((bare === "am" || bare === "pm") && /^\p{Lu}/u.test(text[next] ?? "") && !AFTER_TIME.has(nextWord) && !/^[A-Z]{2,4}\b/u.test(text.slice(next, next + 5))) return true;
    return OPENERS.has(nextWord);
  }
  if (NEVER_FINAL.has(bare) && word.length <= 5) {
    // "Dec. 28", "Gen. Smith": never a boundary; but "in Dec. The" is rare enough to accept.
    return false;
  }
  return true;
}

/**
 * More abbreviations that stand before a number ("Rs. 500", "approx. 2", "max. 90 mph", "avg.
 * 4,000"), which, unlike BEFORE_NUMBER's, may end a sentence before anything else.
 */
const ABBREVIATED_BEFORE_NUMBER = new Set(["rs", "re", "approx", "appx", "incl", "excl", "max", "min", "ca", "c", "avg", "hrs", "hr", "mins", "est", "tel", "ph", "pg", "chap", "secs", "paras", "cl", "ref", "ed", "sh", "ksh", "kes", "tk", "bd", "dh", "dhs", "sr", "lbs", "oz", "yds", "ft", "sq"]);

/** Spaces, no-break and thin spaces, and the invisible marks that may stand between sentences. */
const SPACE_CHARS = new Set([" ", "\t", "\n", "\r", "\u00a0", "\u2009", "\u202f", "\u200a", "\u2002", "\u2003", "\u3000", "\u200b", "\u200e", "\u200f", "\u2060", "\ufeff"]);

function isSpaceChar(c: string): boolean {
  return SPACE_CHARS.has(c);
}

function trim(text: string, s: number, e: number): Span {
  while (s < e && isSpaceChar(text[s]!)) s++;
  while (e > s && isSpaceChar(text[e - 1]!)) e--;
  return { start: s, end: e };
}
