import type { QuoteSpan } from "../model/document";
import type { Span } from "../model/span";
import { cachedByString } from "../cache";
import { detached } from "../memo";
import { NOT_NAMES, ORG_WORDS, REPORTING_VERBS, ROLE_PLURAL, SOURCE_NOUNS, TITLES } from "./lexicon/reporting";
import { camelBrand } from "./actors/tokens";
import { personalName } from "./lexicon/gender";

/** A word, number, punctuation mark, or a whole direct quotation (masked as one token). */
export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly kind: "word" | "num" | "punct" | "quote";
  /** Starts with a capital letter. */
  readonly cap: boolean;
  /** The sentence's first word (its capital says nothing about being a name). */
  readonly initial?: boolean;
  /** The word sets its lower case belongs to, one bit each (`wordFlag`). */
  readonly flags: number;
}

// A token's kind, capital and initial, with its length, packed in one number (`WordToken.f`):
// fewer fields for each of a text's tokens to allocate (five instead of eight).
const KINDS: readonly Token["kind"][] = ["word", "num", "punct", "quote"];
const KIND_CODE = { word: 0, num: 1, punct: 2, quote: 3 } as const;
const T_CAP = 4;
const T_INITIAL = 8;
/** The kind and the two flags take the low four bits; `end - start` the rest. */
const T_LENGTH = 16;

/** A `Token` with its kind, `cap`, `initial` and `end - start` in `f`. */
class WordToken implements Token {
  constructor(
    readonly text: string,
    readonly lower: string,
    readonly start: number,
    readonly flags: number,
    private f: number,
  ) {}
  get end(): number {
    // `f` may pass the 32-bit range for a quotation of millions of characters: no shifts on it whole.
    return this.start + (this.f - (this.f & 15)) / T_LENGTH;
  }
  get kind(): Token["kind"] {
    return KINDS[this.f & 3]!;
  }
  get cap(): boolean {
    return (this.f & T_CAP) !== 0;
  }
  get initial(): boolean {
    return (this.f & T_INITIAL) !== 0;
  }
  /** Makes it the sentence's first word (`tokenizeMasked`: only while the token is new). */
  markInitial(): void {
    this.f |= T_INITIAL;
  }
}

/** Each word's bits: the sets (given to `wordFlag`) it belongs to. */
const WORD_FLAGS = new Map<string, number>();

/**
 * Token texts seen before, with their lower case and flags (`internedToken`): an open-addressing
 * table keyed by a hash of the characters computed while scanning, so that a recurring word is
 * found without slicing the text or hashing a new string. Fixed size, small enough to stay in the
 * processor's cache next to the other stages' data (a 64K-slot table was faster alone, not in the
 * pipeline); a word whose slots are taken is sliced and looked up as usual.
 */
const INTERN_SIZE = 1 << 12;
const INTERN_MASK = INTERN_SIZE - 1;
const INTERN_PROBES = 4;
const INTERN_TEXT: (string | undefined)[] = new Array<string | undefined>(INTERN_SIZE).fill(undefined);
const INTERN_LOWER: string[] = new Array<string>(INTERN_SIZE).fill("");
const INTERN_HASH = new Int32Array(INTERN_SIZE);
const INTERN_FLAGS = new Int32Array(INTERN_SIZE);
/**
 * Each slot's characters, in a flat pool (`INTERN_WIDTH` code units a slot: longer words are not
 * kept), compared with the text's instead of the kept string's own (a string in the heap, one or
 * two bytes a character: reading it was a sixth of the tokeniser's time).
 */
const INTERN_WIDTH = 16;
const INTERN_CHARS = new Uint16Array(INTERN_SIZE * INTERN_WIDTH);
const INTERN_LEN = new Int32Array(INTERN_SIZE);
let flagsGiven = 0;

/**
 * A bit that every token whose lower case is one of `words` has in its `flags`: one look-up per
 * token when it is made instead of one per set and question. Called when a module is loaded,
 * before any text is tokenised.
 */
export function wordFlag(words: Iterable<string>): number {
  if (flagsGiven >= 31) throw new Error("wordFlag: no bit left");
  const bit = 1 << flagsGiven++;
  for (const w of words) WORD_FLAGS.set(w, (WORD_FLAGS.get(w) ?? 0) | bit);
  INTERN_TEXT.fill(undefined);
  return bit;
}

export const NOT_NAME = wordFlag(NOT_NAMES);
export const SOURCE_NOUN = wordFlag(SOURCE_NOUNS);
export const TITLE = wordFlag(TITLES);
const ORG_WORD = wordFlag(ORG_WORDS);
const CONNECTOR = wordFlag(["of", "for", "and", "de", "del", "da", "di", "du", "von", "van", "der", "den", "la", "le", "al", "el", "bin", "binti", "ibn", "dela", "dos", "the", "&"]);
/** Particles a name opens with after a title: "Ms de la Fuente", "Justice van der Merwe", "Mr bin Salman". */
const NAME_OWN_PARTICLES: ReadonlySet<string> = new Set(["de", "del", "dela", "da", "di", "du", "von", "van", "bin", "binti", "ibn", "dos", "al", "el"]);
/** Particles that come two by two in a name: "de la", "van der", "van den", "de los", "von der". */
const FIRST_PARTICLES: ReadonlySet<string> = new Set(["de", "van", "von", "da", "dos", "del"]);
const SECOND_PARTICLES: ReadonlySet<string> = new Set(["la", "las", "los", "der", "den", "le"]);
const AT_FOR_FROM = wordFlag(["at", "for", "from"]);


/** A reporting verb ("said", "says", "told") as the token next to a name. */
const speechWord = (t: Token | undefined): boolean => t !== undefined && t.kind === "word" && !t.cap && REPORTING_VERBS.has(t.lower);

/**
 * Tokens of `s` with every depth-0 quotation replaced by one `quote` token, so that reporting
 * cues and names inside quoted speech never count as the narrator's.
 */
export function tokenize(text: string, s: Span, quotes: readonly QuoteSpan[]): Token[] {
  return tokenizeMasked(text, s, quoteMask(s, quotes));
}

/** The parts of `s` inside depth-0 quotations, in order (what `tokenize` turns into `quote` tokens). */
export function quoteMask(s: Span, quotes: readonly QuoteSpan[]): Span[] {
  const inside: Span[] = [];
  // Quotations come in order of their start; outer ones never overlap, so their ends rise too.
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.span.start < s.start) lo = mid + 1;
    else hi = mid;
  }
  // One outer quotation may start before the sentence and run into it.
  for (let k = lo - 1; k >= 0; k--) {
    const q = quotes[k]!;
    if (q.depth !== 0) continue;
    if (q.span.end > s.start) inside.push({ start: s.start, end: Math.min(q.span.end, s.end) });
    break;
  }
  for (let k = lo; k < quotes.length && quotes[k]!.span.start < s.end; k++) {
    const q = quotes[k]!;
    if (q.depth === 0) inside.push({ start: q.span.start, end: Math.min(q.span.end, s.end) });
  }
  return inside;
}

/** `tokenize` given the sentence's quotation mask (`quoteMask`). Reads nothing of `text` outside `s`. */
export function tokenizeMasked(text: string, s: Span, inside: readonly Span[]): Token[] {
  const out: WordToken[] = [];
  let at = s.start;
  let flags = 0;
  for (const q of inside) {
    if (q.start > at) flags |= words(text, at, q.start, out);
    out.push(new WordToken(text.slice(q.start, q.end), "", q.start, 0, KIND_CODE.quote + (q.end - q.start) * T_LENGTH));
    at = q.end;
  }
  if (at < s.end) flags |= words(text, at, s.end, out);
  // The first word is the sentence's initial one when only punctuation comes before it (the
  // token is new: set in place).
  let first = 0;
  while (first < out.length && out[first]!.kind === "punct") first++;
  if (first < out.length && out[first]!.kind === "word") out[first]!.markInitial();
  lastFlags = flags;
  return out;
}

let lastFlags = 0;

/** The union of the `flags` of the tokens the last call of `tokenizeMasked` (or `tokenize`) returned. */
export function flagsOfLastTokens(): number {
  return lastFlags;
}

const LETTER_RE = /\p{L}/u;
const SPACE_RE = /\s/u;
const LETTER_OR_NUMBER_RE = /^[\p{L}\p{N}]/u;
const NUMBER_RE = /^\p{N}/u;

/** The length (1 or 2 code units) of the character at `i`, a surrogate pair counting as one. */
function charLength(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** The length of the letter or digit (\p{L}, \p{N}) at `i`, or 0. */
function letterOrNumberAt(text: string, i: number, to: number): number {
  if (i >= to) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;
  const n = charLength(text, i, to);
  return LETTER_OR_NUMBER_RE.test(text.slice(i, i + n)) ? n : 0;
}

/** The length of the number character (\p{N}) at `i`, or 0. */
function numberAt(text: string, i: number, to: number): number {
  if (i >= to) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 48 && c <= 57 ? 1 : 0;
  const n = charLength(text, i, to);
  return NUMBER_RE.test(text.slice(i, i + n)) ? n : 0;
}

/** The end of the run of letters and digits starting at `i`. */
function letterRunEnd(text: string, i: number, to: number): number {
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122))) return i;
      i++;
      continue;
    }
    const n = letterOrNumberAt(text, i, to);
    if (n === 0) return i;
    i += n;
  }
  return i;
}

function numberRunEnd(text: string, i: number, to: number): number {
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!(c >= 48 && c <= 57)) return i;
      i++;
      continue;
    }
    const n = numberAt(text, i, to);
    if (n === 0) return i;
    i += n;
  }
  return i;
}

/** A word boundary (ASCII word characters, as `\b` in a `u` pattern) right before `k`, after a word character. */
const boundaryAt = (text: string, k: number, to: number): boolean => {
  if (k >= to) return true;
  const c = text.charCodeAt(k);
  return !((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95);
};

/** Is the character before `i` (within the range from `from`) a number (\p{N})? */
function numberBefore(text: string, i: number, from: number): boolean {
  if (i <= from) return false;
  const low = text.charCodeAt(i - 1);
  const pair = (low & 0xfc00) === 0xdc00 && i - 2 >= from && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
  return numberAt(text, pair ? i - 2 : i - 1, i) > 0;
}

/**
 * The end of the token that starts at `i` (not a space): what the pattern
 * `(?<!\p{N})\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}]+(?:[-.&][\p{L}\p{N}]+|['’](?!s\b)[\p{L}\p{N}]+)*|[’']s\b|\S` (flags gu)
 * would match there — hand-written, several times faster than that Unicode pattern
 * (test/unit/parse/tokens.test.ts checks they agree on random text):
 *   numbers with separators "1,200.5" | words with inner - . & and apostrophes (not "’s") | ’s | any other character.
 */
function tokenEnd(text: string, i: number, from: number, to: number): number {
  // A number with separators, not glued to a number before it.
  if (numberAt(text, i, to) > 0 && !numberBefore(text, i, from)) {
    let j = numberRunEnd(text, i, to);
    let groups = 0;
    for (;;) {
      const c = text.charCodeAt(j);
      if (j < to && (c === 46 || c === 44) && numberAt(text, j + 1, to) > 0) {
        j = numberRunEnd(text, j + 1, to);
        groups++;
      } else break;
    }
    if (groups > 0) return j;
  }
  if (letterOrNumberAt(text, i, to) > 0) {
    let j = letterRunEnd(text, i, to);
    for (;;) {
      if (j >= to) break;
      const c = text.charCodeAt(j);
      if ((c === 45 || c === 46 || c === 38) && letterOrNumberAt(text, j + 1, to) > 0) {
        j = letterRunEnd(text, j + 1, to);
      } else if ((c === 39 || c === 0x2019) && !(text.charCodeAt(j + 1) === 115 && j + 1 < to && boundaryAt(text, j + 2, to)) && letterOrNumberAt(text, j + 1, to) > 0) {
        j = letterRunEnd(text, j + 1, to);
      } else break;
    }
    return j;
  }
  const c = text.charCodeAt(i);
  if ((c === 39 || c === 0x2019) && i + 1 < to && text.charCodeAt(i + 1) === 115 && boundaryAt(text, i + 2, to)) return i + 2;
  return i + charLength(text, i, to);
}

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE_RE.test(text[i]!);
}

/**
 * A token's lower case as the token alone has it, apostrophes made straight; remembered per token
 * text (lower-casing a slice of a two-byte string is slow, and the same words recur), the string
 * shared by every token of that text (its hash computed once).
 */
const lowerOf = cachedByString((t: string): string => {
  const l = t.toLowerCase();
  return l.includes("’") ? l.replace(/’/g, "'") : l;
}, 50_000);

/** Appends the tokens of text[from, to) to `out`; returns the union of their flags. */
function words(text: string, from: number, to: number, out: WordToken[]): number {
  let all = 0;
  for (let i = from; i < to; ) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c < 128 ? c >= 9 && c <= 13 : isSpaceAt(text, i))) {
      i++;
      continue;
    }
    const start = i;
    // A token in ASCII without capitals is its own lower case (the same string: hashed once).
    let plain = true;
    let end = -1;
    let h = c;
    if ((c | 32) >= 97 && (c | 32) <= 122) {
      // The common case, a word of ASCII letters and digits: its end as tokenEnd finds it, unless
      // what stops the run may join more to it ("-", ".", "&", apostrophes, other scripts).
      plain = c >= 97;
      let j = i + 1;
      for (; j < to; j++) {
        const d = text.charCodeAt(j);
        if ((d >= 97 && d <= 122) || (d >= 48 && d <= 57)) {
          h = (Math.imul(h, 31) + d) | 0;
          continue;
        }
        if (d >= 65 && d <= 90) {
          plain = false;
          h = (Math.imul(h, 31) + d) | 0;
        } else break;
      }
      const d = text.charCodeAt(j);
      if (j >= to || !(d >= 128 || d === 45 || d === 46 || d === 38 || d === 39)) end = j;
    } else if (c < 128 && c !== 39 && !(c >= 48 && c <= 57)) {
      // An ASCII mark (no letter, digit or apostrophe): a token of its own, as tokenEnd finds it.
      end = i + 1;
    }
    if (end < 0) {
      end = tokenEnd(text, i, from, to);
      plain = true;
      h = c;
      for (let k = start + 1; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
      for (let k = start; k < end; k++) {
        const d = text.charCodeAt(k);
        if (d >= 128 || (d >= 65 && d <= 90)) {
          plain = false;
          break;
        }
      }
    }
    i = end;
    // A word seen before: its text, lower case and flags from the table, nothing sliced or hashed.
    const len = end - start;
    let t: string | undefined;
    let lower = "";
    let flags = 0;
    let free = -1;
    for (let p = 0, slot = h & INTERN_MASK; p < INTERN_PROBES; p++, slot = (slot + 1) & INTERN_MASK) {
      const e = INTERN_TEXT[slot];
      if (e === undefined) {
        free = slot;
        break;
      }
      if (INTERN_HASH[slot] === h && INTERN_LEN[slot] === len && sameCharsAt(text, start, len, slot * INTERN_WIDTH)) {
        t = e;
        lower = INTERN_LOWER[slot]!;
        flags = INTERN_FLAGS[slot]!;
        break;
      }
    }
    if (t === undefined) {
      t = text.slice(start, end);
      lower = plain ? t : lowerOf(t);
      flags = WORD_FLAGS.get(lower) ?? 0;
      if (free >= 0 && len <= INTERN_WIDTH) {
        INTERN_LEN[free] = len;
        for (let k = 0, o = free * INTERN_WIDTH; k < len; k++) INTERN_CHARS[o + k] = text.charCodeAt(start + k);
        // (Kept for good: a copy of its own, not a view that would keep the whole text alive.)
        INTERN_TEXT[free] = t = detached(t);
        INTERN_LOWER[free] = lower;
        INTERN_HASH[free] = h;
        INTERN_FLAGS[free] = flags;
      }
    }
    // The kind's code (`KIND_CODE`) and the capital's flag.
    let kind: number;
    let cap: boolean;
    if (c < 128) {
      const letter = (c | 32) >= 97 && (c | 32) <= 122;
      kind = letter || (c === 39 && t.length === 2 && (t[1] === "s" || t[1] === "S")) ? KIND_CODE.word : c >= 48 && c <= 57 ? KIND_CODE.num : KIND_CODE.punct;
      cap = letter && (c <= 90 || camelBrand(text, start, end));
    } else {
      const ch = t[0]!;
      const isLetter = LETTER_RE.test(ch);
      const possessive = c === 0x2019 && t.length === 2 && (t[1] === "s" || t[1] === "S");
      kind = isLetter || possessive ? KIND_CODE.word : /^\p{N}/u.test(ch) ? KIND_CODE.num : KIND_CODE.punct;
      cap = isLetter && ch !== ch.toLowerCase();
    }
    out.push(new WordToken(t, lower, start, flags, kind + (cap ? T_CAP : 0) + (end - start) * T_LENGTH));
    all |= flags;
  }
  return all;
}

/** Are the `len` characters of `text` from `at` those of the intern pool from `o`? */
function sameCharsAt(text: string, at: number, len: number, o: number): boolean {
  for (let k = 0; k < len; k++) if (text.charCodeAt(at + k) !== INTERN_CHARS[o + k]) return false;
  return true;
}


const INITIALS_RE = /^\p{Lu}(?:\.\p{Lu})*$/u;
const CAPITALS_RE = /^[\p{Lu}\p{N}&.-]+$/u;

/** `/^\p{Lu}(?:\.\p{Lu})*$/u.test(s)`: an initial or initials joined by full stops ("J", "U.S"), ASCII checked by hand. */
export function isInitials(s: string): boolean {
  const n = s.length;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) return INITIALS_RE.test(s);
    if ((k & 1) === 0 ? !(c >= 65 && c <= 90) : c !== 46) return false;
  }
  return (n & 1) === 1;
}

/** `/^[\p{Lu}\p{N}&.-]+$/u.test(s)`: capitals, digits, "&", "." and "-" only ("UN", "G7", "AT&T"), ASCII checked by hand. */
export function isCapitals(s: string): boolean {
  const n = s.length;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) return CAPITALS_RE.test(s);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 38 || c === 46 || c === 45)) return false;
  }
  return n > 0;
}


/** Is this token a capitalised word that can be part of a name (not an opener, month or weekday)? */
export function isNameWord(t: Token | undefined): boolean {
  if (!t || t.kind !== "word" || !t.cap || t.flags & NOT_NAME) return false;
  // "Prosecutors said …", "Analysts at …": a capitalised common noun opening the sentence.
  return !(t.initial && (t.flags & SOURCE_NOUN || isRolePlural(t.lower)));
}

/** `ROLE_PLURAL.test(w)`, tried only on a word ending in "s" (every ending the pattern allows does). */
export function isRolePlural(w: string): boolean {
  return w.charCodeAt(w.length - 1) === 115 && ROLE_PLURAL.test(w);
}

/** `(?:er|or|ist|ian|ant|ent|maker)s?$`, remembered per word. */
const HEAD_ENDING = cachedByString((w: string) => /(?:er|or|ist|ian|ant|ent|maker)s?$/u.test(w), 50_000);
/** `^\p{Ll}+(?:ists|ians|ers|ors|ants|ents)$` (ROLE_PLURAL) and `(?:er|or|ist|ian)$`, remembered per word. */
const EMPLOYER_WORD = cachedByString((w: string) => ROLE_PLURAL.test(w) || /(?:er|or|ist|ian)$/u.test(w), 50_000);

/** A lowercase noun that heads what a capitalised run modifies: "South Korean chipmaker", "UN figures". */
function isModifiedHead(t: Token | undefined): boolean {
  return !!t && t.kind === "word" && !t.cap && ((t.flags & SOURCE_NOUN) !== 0 || HEAD_ENDING(t.lower));
}

/** Party labels and demonyms that precede a name without being part of it ("Conservative Tom Ashby"). */
const NAME_PREFIX = new Set(
  "conservative labour liberal democrat democratic republican green independent socialist tory reform ukrainian russian american british french german chinese turkish greek cypriot korean japanese indian irish scottish welsh spanish italian polish israeli iranian iraqi afghan pakistani nigerian ghanaian kenyan south north east west".split(" "),
);

/** Capitalised runs in `tokens[from..to)` ("Crown Prosecution Service", "Dr . Katrin Huber"), as token ranges. */
export function nameRuns(tokens: readonly Token[], from: number, to: number): { a: number; b: number }[] {
  const runs: { a: number; b: number }[] = [];
  let i = from;
  while (i < to) {
    if (!isNameWord(tokens[i])) {
      i++;
      continue;
    }
    const j = nameRunEnd(tokens, i, to);
    runs.push({ a: i, b: j });
    i = j;
  }
  return runs;
}

/** The end of the capitalised run that starts at the name word `tokens[i]` (`nameRuns`' runs, one at a time, with no list made). */
export function nameRunEnd(tokens: readonly Token[], i: number, to: number): number {
  let j = i + 1;
  for (;;) {
    const t = tokens[j];
    if (j >= to || !t) break;
    if (isNameWord(t) || (t.kind === "word" && isInitials(t.text) && tokens[j + 1]?.text === "." && isNameWord(tokens[j + 2])) || (t.kind === "word" && t.cap && t.flags & TITLE)) {
      j++;
      continue;
    }
    // "Dr. Katrin", "St. Louis": a title's full stop.
    // "The Harwick Port Workers’ Union": a plural possessive inside a name.
    if ((t.text === "’" || t.text === "'") && /s$/u.test(tokens[j - 1]!.lower) && tokens[j - 1]!.end === t.start && isNameWord(tokens[j + 1])) {
      j++;
      continue;
    }
    // "Dr. Katrin", "James A. Baker": a title's or an initial's full stop.
    if (t.text === "." && (tokens[j - 1]!.flags & TITLE || isInitials(tokens[j - 1]!.text)) && isNameWord(tokens[j + 1])) {
      j++;
      continue;
    }
    // (Of the marks only "&" is a connector.)
    if (t.flags & CONNECTOR && isNameWord(tokens[j + 1]) && j + 1 < to) {
      // "Office for Health and Food Safety", "Ursula von der Leyen", "Procter & Gamble".
      j++;
      continue;
    }
    // Two particles: "Elena de la Fuente", "Pieter van der Merwe", "Jun dela Cruz" is one.
    if (t.kind === "word" && FIRST_PARTICLES.has(t.text) && SECOND_PARTICLES.has(tokens[j + 1]?.text ?? "") && isNameWord(tokens[j + 2]) && j + 2 < to) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

export interface NameInfo {
  readonly text: string;
  readonly span: Span;
  readonly person: boolean;
  /** Modifies a following noun ("South Korean chipmaker", "UN figures"): not the head of the phrase. */
  readonly modifier?: boolean;
}


/** Portfolios named after a title and "of" or "for": "Chief of Staff", "Minister of Finance", "Commissioner for Competition". */
const PORTFOLIOS: ReadonlySet<string> = new Set(
  "staff state finance defence defense justice interior health education transport transportation energy treasury commerce labour labor agriculture trade police research communications operations competition culture environment housing industry economy economics employment immigration security policy".split(" "),
);

/**
 * The run at `a` follows a capitalised title and its connector ("Minister of | Finance Ken
 * Ofori-Atta", "Minister of the | Interior Jane Doe"): the title is not in the run when it opens
 * the sentence.
 */
function afterTitleOf(tokens: readonly Token[], a: number): boolean {
  let i = a - 1;
  if (tokens[i]?.lower === "the") i--;
  const c = tokens[i];
  const title = tokens[i - 1];
  return c !== undefined && (c.lower === "of" || c.lower === "for") && title !== undefined && (title.flags & TITLE) !== 0 && title.cap;
}

/** `nameOf`'s words of a run (its first `n`; the rest are left from earlier runs). */
const RUN_WORDS: Token[] = [];

/** Classifies a capitalised run: a person's name (titles stripped) or an organisation. */
export function nameOf(text: string, tokens: readonly Token[], a: number, b: number): NameInfo | undefined {
  // The run's words (its other tokens are full stops and apostrophes): ts[0 .. n), in a list kept
  // from call to call (no call runs inside another) instead of one made for each name.
  const ts = RUN_WORDS;
  let n = 0;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") continue;
    if (n < ts.length) ts[n] = t;
    else ts.push(t);
    n++;
  }
  if (n === 0) return undefined;
  const modifier = isModifiedHead(tokens[b]);
  // "analysts at Kessler Maritime", "a spokesperson for Eastgate": a role's employer is an organisation.
  const before = a >= 2 && (tokens[a - 1]?.flags ?? 0) & AT_FOR_FROM ? tokens[a - 2] : a >= 3 && tokens[a - 1]?.lower === "the" && (tokens[a - 2]?.flags ?? 0) & AT_FOR_FROM ? tokens[a - 3] : undefined;
  const employer = !!before && before.kind === "word" && !before.cap && ((before.flags & SOURCE_NOUN) !== 0 || EMPLOYER_WORD(before.lower));
  // "said Keith Springer of Capital Financial Advisory Services": a speaker's name of two or three
  // words, then where the speaker is from.
  if (!modifier && n >= 4 && (speechWord(tokens[a - 1]) || speechWord(tokens[b]))) {
    for (let i = 2; i <= 3 && i < n - 1; i++) {
      if (ts[i]!.lower !== "of" || ts[i]!.cap) continue;
      let plain = true;
      for (let k = 0; plain && k < i; k++) if (!ts[k]!.cap || ts[k]!.flags & (TITLE | ORG_WORD | CONNECTOR) || isCapitals(ts[k]!.text)) plain = false;
      if (plain) return { text: text.slice(ts[0]!.start, ts[i - 1]!.end), span: { start: ts[0]!.start, end: ts[i - 1]!.end }, person: true };
    }
  }
  // Titles come first: "Transport Minister Miguel Pinto Luz" is a person although "transport" may name a body.
  let lastTitle = -1;
  for (let i = 0; i < n - 1; i++) if (ts[i]!.flags & TITLE) lastTitle = i;
  let org = employer && lastTitle < 0 && !(ts[0]!.flags & TITLE);
  // (An ampersand joins the names of a firm: "Procter & Gamble".)
  for (let i = lastTitle + 1; !org && i < n; i++) if (ts[i]!.flags & ORG_WORD || ts[i]!.text === "&") org = true;
  if (!org) {
    org = true;
    for (let i = 0; org && i < n; i++) if (!isCapitals(ts[i]!.text)) org = false;
  }
  if (org) {
    let s = ts[0]!;
    if (s.lower === "the" && n > 1) s = ts[1]!;
    const e = ts[n - 1]!;
    return { text: text.slice(s.start, e.end), span: { start: s.start, end: e.end }, person: false, ...(modifier ? { modifier } : {}) };
  }
  // A run that ends in a title is a role, not a name: "North America CEO", "Prime Minister".
  // (Not a given name and a surname that is a title's word too: "Julian Dean", "Sarah Major".)
  if (n > 1 && ts[n - 1]!.flags & TITLE && ts[n - 1]!.lower !== "st" && ts[n - 1]!.lower !== "st." && !(n === 2 && ts[0]!.cap && personalName(ts[0]!.lower))) return undefined;
  // So is a title alone after "the": "“…,” the King said", "the Pope told pilgrims".
  if (n === 1 && ts[0]!.flags & TITLE && tokens[a - 1]?.lower === "the") return undefined;
  // Strip titles and what comes before the last one: "Cypriot President Nikos Christodoulides";
  // then a connector that would open the rest, and party labels and demonyms before a longer name.
  let k = lastTitle + 1;
  // (A name's own particle after a title stays: "Ms de la Fuente", "Justice van der Merwe".)
  if (k < n && ts[k]!.flags & CONNECTOR && !(k > 0 && NAME_OWN_PARTICLES.has(ts[k]!.text) && k + 1 < n)) {
    k++;
    // "Chief of Staff John Sununu", "Minister of the Interior Jane Doe": a portfolio after the
    // title's connector, when a name of two words or more follows it. ("Members of" ends there.)
    if (k >= n) return undefined;
    const at = ts[k]!.lower === "the" ? k + 1 : k;
    if (lastTitle >= 0 && n - at >= 3 && PORTFOLIOS.has(ts[at]!.lower)) k = at + 1;
  } else if (lastTitle < 0 && n >= 3 && PORTFOLIOS.has(ts[0]!.lower) && afterTitleOf(tokens, a)) k = 1;
  while (n - k > 2 && NAME_PREFIX.has(ts[k]!.lower)) k++;
  if (n - k === 0 || n - k > 5) return undefined;
  if (modifier) {
    const s0 = ts[0]!;
    const e0 = ts[n - 1]!;
    return { text: text.slice(s0.start, e0.end), span: { start: s0.start, end: e0.end }, person: false, modifier: true };
  }
  const s = ts[k]!;
  const e = ts[n - 1]!;
  return { text: text.slice(s.start, e.end), span: { start: s.start, end: e.end }, person: true };
}
