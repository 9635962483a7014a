import type { Span } from "../../model/span";
import { FNV_OFFSET, hashStep, hashedBits, LOWER_ASCII, wordBits } from "./lexicon";

/** A word or punctuation mark of one sentence. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
  /** Lower-cased text (for words: without a possessive ending). */
  readonly lower: string;
  /** Starts with a capital letter ("Zelensky", "d’Ivoire" counts too). */
  readonly cap: boolean;
  /** All capitals, two letters or more ("UN", "NATO", "U.S."). */
  readonly acronym: boolean;
  /** Followed by a possessive ’s (excluded from the token) or a plural possessive ’. */
  readonly possessive: boolean;
  /** The possessive is a plural one ("Supporters’ Trust"): a name may go on after it. */
  readonly plural: boolean;
  /** The sentence's first word, or the first after an opening quote, colon or bracket. */
  readonly initial: boolean;
  /** The word lists (lexicon.ts) that hold `lower`. */
  readonly bits: number;
}

// A token's booleans and length packed in one number (fewer fields to copy in the young
// generation's collections). The same flags, with more of their own, are a token's in the columns
// of `Tokens`, where most tokens stay: only the tokens asked for are made into objects.
const F_WORD = 1;
const F_CAP = 2;
const F_ACRONYM = 4;
const F_POSSESSIVE = 8;
const F_PLURAL = 16;
const F_INITIAL = 32;
/** The flags take the low six bits; `end - start` the rest. */
const F_LENGTH = 64;

/** A `Token` with its booleans and `end - start` in `f`. */
class PackedToken implements Token {
  constructor(
    readonly text: string,
    readonly lower: string,
    readonly start: number,
    readonly bits: number,
    private readonly f: number,
  ) {}
  get end(): number {
    // `f` may pass the 32-bit range for a word of millions of characters: no shifts on it whole.
    return this.start + (this.f - (this.f & 63)) / F_LENGTH;
  }
  get word(): boolean {
    return (this.f & F_WORD) !== 0;
  }
  get cap(): boolean {
    return (this.f & F_CAP) !== 0;
  }
  get acronym(): boolean {
    return (this.f & F_ACRONYM) !== 0;
  }
  get possessive(): boolean {
    return (this.f & F_POSSESSIVE) !== 0;
  }
  get plural(): boolean {
    return (this.f & F_PLURAL) !== 0;
  }
  get initial(): boolean {
    return (this.f & F_INITIAL) !== 0;
  }
}

const ABBREVIATIONS = new Set(
  "dr mr mrs ms mx prof st jr sr gen sen rep gov lt col capt sgt rev hon maj inc ltd corp co bros no adm supt insp det".split(" "),
);
const ABBREVIATION_MAX = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
/** "Accra-based", "London-listed": capitalised but not part of a name. */
const ADJECTIVAL = /-(?:based|born|led|backed|owned|run|made|listed|funded|headquartered|registered|style|era|wide|bound|speaking|controlled|held|linked|allied)$/u;
/** "I'm", "It's", "Don't": capitalised but never names. */
const CONTRACTION = /^(?:I|It|He|She|We|They|You|That|There|What|Don|Can|Won|Didn|Isn|Let|Here|Who)['’]\p{Ll}/u;
const NAME_PARTICLE = /^(?:d|l|al|el|da|de)['’-]/u;
const OPENING = new Set(["“", "\"", "‘", "(", "[", ":", "«", "—", "–", ";"]);
/** OPENING by code (all single UTF-16 units). */
const OPENING_CODES: ReadonlySet<number> = new Set([...OPENING].map((m) => m.charCodeAt(0)));

/** A capital letter (one UTF-16 unit); ASCII without case conversion. */
function isUpper(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128 && ch.length === 1) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
const isApostropheCode = (c: number): boolean => c === 0x27 || c === 0x2019;

/** The marks that end a NAME_PARTICLE: ' ’ -. */
const isParticleMark = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2d;

/** Starts with a capital, or with a particle before one ("d’Ivoire", "al-Assad"). */
function capitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128 ? c >= 65 && c <= 90 : isUpper(w[0])) return !(w.includes("-") && ADJECTIVAL.test(w));
  // NAME_PARTICLE opens with one of these letters, and has its mark second or third.
  if (c !== 0x64 && c !== 0x6c && c !== 0x61 && c !== 0x65) return false;
  if (!isParticleMark(w.charCodeAt(1)) && !isParticleMark(w.charCodeAt(2))) return false;
  const m = NAME_PARTICLE.exec(w);
  return m !== null && isUpper(w[m[0].length]);
}

/** All capitals with at least two capital letters: "UN", "NATO", "U.S.", not "A380". */
function acronym(w: string): boolean {
  if (w.length < 2) return false;
  // A small ASCII letter changes when upper-cased: no need to convert.
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
  }
  if (w !== w.toUpperCase()) return false;
  let n = 0;
  for (const ch of w) if (isUpper(ch)) n++;
  return n >= 2;
}

/** What a code point is to the tokenizer: white space, part of a word (a letter or a digit), or a mark. */
const SPACE_CP = 0;
const WORD_CP = 1;
const MARK_CP = 2;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;
const classOfCp = (cp: number): number => {
  const ch = String.fromCodePoint(cp);
  return WORD_CHAR.test(ch) ? WORD_CP : SPACE_CHAR.test(ch) ? SPACE_CP : MARK_CP;
};
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, cp) => classOfCp(cp));
const CLASS_CACHE = new Map<number, number>();
function cpClass(cp: number): number {
  if (cp < 128) return ASCII_CLASS[cp]!;
  let c = CLASS_CACHE.get(cp);
  if (c === undefined) {
    if (CLASS_CACHE.size > 50000) CLASS_CACHE.clear();
    CLASS_CACHE.set(cp, (c = classOfCp(cp)));
  }
  return c;
}
/** The code point at `i` and its length in UTF-16 units. */
const cpLength = (cp: number): number => (cp > 0xffff ? 2 : 1);
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
/** Inside a word, between letters or digits: "Jae-min", "O’Brien", "U.S", "AT&T". */
const isJoiner = (code: number): boolean => code === 0x2d || code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x26;

/**
 * The end of the word starting at `i` (a letter or digit there): runs of letters and digits joined by
 * single joiners, as `([\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*)` matches.
 */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  for (;;) {
    while (i < n) {
      // ASCII (most characters) straight from the table, without reading a code point.
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (ASCII_CLASS[c] !== WORD_CP) break;
        i++;
        continue;
      }
      const cp = text.codePointAt(i)!;
      if (cpClass(cp) !== WORD_CP) break;
      i += cpLength(cp);
    }
    if (i + 1 < n && isJoiner(text.charCodeAt(i)) && cpClass(text.codePointAt(i + 1)!) === WORD_CP) {
      i++;
      continue;
    }
    return i;
  }
}

/** `w.toLowerCase()`, without the conversion when `w` has no capital (in a text with curly quotes every word is a two-byte string, whose case conversion is slow). */
export function lowerOf(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return w.toLowerCase();
  }
  return w;
}

/** Marks of one UTF-16 unit, made once each ("“", "—": a slice of a two-byte text is a new string every time). */
const MARKS: string[] = [];
function markString(code: number): string {
  let m = MARKS[code];
  if (m === undefined) MARKS[code] = m = String.fromCharCode(code);
  return m;
}

/** `wordBits` of the marks of one UTF-16 unit, by code (-1: not looked up yet). */
const MARK_BITS = new Int32Array(0x10000).fill(-1);
function markBits(code: number, mark: string): number {
  let b = MARK_BITS[code]!;
  if (b < 0) MARK_BITS[code] = b = wordBits(mark);
  return b;
}

/** Words the tokenizer notes by index as it makes them: the capitalised ones, and those in the lists of `bits`. */
export interface NotedWords {
  readonly caps: number[];
  readonly bits: number;
  readonly listed: number[];
}

// More flags of the token columns (`Tokens`), past the six a token object carries.
/** A word of ASCII characters only. */
const F_ASCII = 64;
/** An ASCII word with a capital: its lower case is another string. */
const F_UPPER = 128;
/** A mark of two UTF-16 units (a surrogate pair); its `end` is still `start + 1`. */
const F_PAIR = 256;

/**
 * One sentence's tokens, stored by columns: per token its start, end, flags and word-list bits in
 * one array of small integers. Most words are ordinary lower-case words that the candidates only
 * look at as neighbours of capitalised ones: their `Token` objects (and strings) are made only when
 * asked for (`at`), and kept for the next ask. The columns answer the common questions (is it a
 * word, capitalised, in a list) without making one.
 *
 * Made once and never changed but for that cache of made tokens, whose contents depend only on the
 * columns and the source: memoised values (local.ts) may hold one.
 */
export class Tokens {
  readonly length: number;
  private made: (Token | undefined)[] | undefined;

  constructor(
    /** The text the offsets are in. */
    readonly source: string,
    /**
     * Per token: start, end, flags, bits. A list of small integers, not an Int32Array: a typed
     * array per sentence is a backing store of its own outside the heap, made and freed at a cost
     * that was a third of tokenizing (the scratch the tokenizer fills is one, made once).
     */
    private readonly cols: readonly number[],
  ) {
    this.length = cols.length >> 2;
  }

  /** The token at `i`, or undefined outside [0, length). */
  at(i: number): Token | undefined {
    // The common case (a token made already) small enough to be inlined where it is asked for.
    const made = this.made;
    if (made !== undefined && i >= 0 && i < made.length) {
      const t = made[i];
      if (t !== undefined) return t;
    }
    return this.makeAt(i);
  }

  private makeAt(i: number): Token | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    let made = this.made;
    // Filled with undefined (a packed array: no holes to look past).
    if (made === undefined) this.made = made = new Array<Token | undefined>(this.length).fill(undefined);
    return (made[i] = this.make(i));
  }

  private make(i: number): Token {
    const c = this.cols;
    const start = c[4 * i]!;
    const end = c[4 * i + 1]!;
    const fl = c[4 * i + 2]!;
    const bits = c[4 * i + 3]!;
    const src = this.source;
    if ((fl & F_WORD) === 0) {
      const mark = (fl & F_PAIR) !== 0 ? src.slice(start, start + 2) : markString(src.charCodeAt(start));
      return new PackedToken(mark, mark, start, bits, F_LENGTH);
    }
    // (A fresh slice: cheaper than finding the word's earlier string in a cache, now that only the
    // tokens asked for are made.)
    const text = src.slice(start, end);
    const lower = (fl & (F_ASCII | F_UPPER)) === F_ASCII ? text : text.toLowerCase();
    return new PackedToken(text, lower, start, bits, (fl & 63) + (end - start) * F_LENGTH);
  }

  /** Every token, made. */
  toArray(): Token[] {
    const out: Token[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.at(i)!);
    return out;
  }

  /** `toArray().slice(from, to)`, negative indices too (counted from the end), made. */
  slice(from: number, to: number): Token[] {
    const n = this.length;
    const a = from < 0 ? Math.max(n + from, 0) : Math.min(from, n);
    const b = to < 0 ? Math.max(n + to, 0) : Math.min(to, n);
    const out: Token[] = [];
    for (let i = a; i < b; i++) out.push(this.at(i)!);
    return out;
  }

  /** `at(i).start` (i in range). */
  start(i: number): number {
    return this.cols[4 * i]!;
  }

  /** `at(i).end` (i in range). */
  end(i: number): number {
    return this.cols[4 * i + 1]!;
  }

  private flags(i: number): number {
    return i >= 0 && i < this.length ? this.cols[4 * i + 2]! : 0;
  }

  /** `at(i)?.word === true`. */
  word(i: number): boolean {
    return (this.flags(i) & F_WORD) !== 0;
  }

  /** `at(i)?.cap === true` (only words are capitalised). */
  cap(i: number): boolean {
    return (this.flags(i) & F_CAP) !== 0;
  }

  /** `at(i)?.possessive === true`. */
  possessive(i: number): boolean {
    return (this.flags(i) & F_POSSESSIVE) !== 0;
  }

  /** A word of ASCII characters only. */
  ascii(i: number): boolean {
    return (this.flags(i) & (F_WORD | F_ASCII)) === (F_WORD | F_ASCII);
  }

  /** `at(i)?.plural === true`. */
  plural(i: number): boolean {
    return (this.flags(i) & F_PLURAL) !== 0;
  }

  /** `at(i)?.acronym === true`. */
  acronym(i: number): boolean {
    return (this.flags(i) & F_ACRONYM) !== 0;
  }

  /** `at(i)?.text` is the mark of one UTF-16 unit `code`. */
  markIs(i: number, code: number): boolean {
    return (this.flags(i) & (F_WORD | F_PAIR)) === 0 && i >= 0 && i < this.length && this.source.charCodeAt(this.cols[4 * i]!) === code;
  }

  /** `at(i)?.lower.endsWith(suffix) === true` for a `suffix` of small ASCII letters. */
  lowerEndsWith(i: number, suffix: string): boolean {
    const fl = this.flags(i);
    if ((fl & (F_WORD | F_ASCII)) !== (F_WORD | F_ASCII)) return this.at(i)?.lower.endsWith(suffix) === true;
    const end = this.cols[4 * i + 1]!;
    const from = end - suffix.length;
    if (from < this.cols[4 * i]!) return false;
    const src = this.source;
    for (let k = from; k < end; k++) if (LOWER_ASCII[src.charCodeAt(k)] !== suffix.charCodeAt(k - from)) return false;
    return true;
  }

  /** `words.includes(at(i)?.lower)` for words of small ASCII letters. */
  lowerIn(i: number, words: readonly string[]): boolean {
    for (const w of words) if (this.lowerIs(i, w)) return true;
    return false;
  }

  /** `at(i)?.initial === true`. */
  initial(i: number): boolean {
    return (this.flags(i) & F_INITIAL) !== 0;
  }

  /** `at(i)?.bits ?? 0`. */
  bits(i: number): number {
    return i >= 0 && i < this.length ? this.cols[4 * i + 3]! : 0;
  }

  /** `is(at(i), bit)`, false outside the tokens. */
  is(i: number, bit: number): boolean {
    return (this.bits(i) & bit) !== 0;
  }

  /** `at(i)?.lower === w` for a word `w` of small ASCII letters (no token made for an ASCII word or a mark). */
  lowerIs(i: number, w: string): boolean {
    const fl = this.flags(i);
    if (!(i >= 0 && i < this.length)) return false;
    const start = this.cols[4 * i]!;
    const end = this.cols[4 * i + 1]!;
    if ((fl & F_WORD) === 0) return (fl & F_PAIR) === 0 && w.length === 1 && this.source.charCodeAt(start) === w.charCodeAt(0);
    if ((fl & F_ASCII) === 0) return this.at(i)!.lower === w;
    if (end - start !== w.length) return false;
    const src = this.source;
    for (let k = start; k < end; k++) if (LOWER_ASCII[src.charCodeAt(k)] !== w.charCodeAt(k - start)) return false;
    return true;
  }
}

/** The first token starting at or after `at` (tokens are in text order). */
export function firstAtOrAfter(toks: Tokens, at: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks.start(mid) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Units written with a capital inside ("kWh"): no brand names. */
const CAMEL_UNITS: ReadonlySet<string> = new Set(["kwh", "mwh", "gwh", "twh", "kw", "mw", "gw", "mah", "db", "khz", "mhz", "ghz", "kb", "mb", "gb", "tb", "mbps", "gbps", "kbps", "ml", "dl"]);

/**
 * A firm's name written with a small letter, then a capital ("eBay", "easyJet"): a capitalised
 * word (three letters or more; not a unit such as "kWh", nor a product named with an "i", "iPhone",
 * "iTunes", "iOS", which speaks for no one).
 */
export function camelBrand(text: string, start: number, end: number): boolean {
  if (end - start < 3) return false;
  const c = text.charCodeAt(start);
  const d = text.charCodeAt(start + 1);
  if (!(c >= 97 && c <= 122 && c !== 105 && d >= 65 && d <= 90)) return false;
  return !CAMEL_UNITS.has(text.slice(start, end).toLowerCase());
}

/** The ASCII capitals of ASCII text[start, end) number two or more. */
function twoCapitals(text: string, start: number, end: number): boolean {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90 && ++n >= 2) return true;
  }
  return false;
}

/** Every token of `span` of `text`, made (`tokenList(…).toArray()`). */
export function tokenize(text: string, s: Span, noted?: NotedWords): Token[] {
  return tokenList(text, s, noted).toArray();
}

/**
 * Splits `span` of `text` into tokens: words (`([\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*)`) and
 * single marks (`[^\s\p{L}\p{N}]`), scanned by hand (a code-point table instead of a regex). Linear.
 */
export function tokenList(text: string, s: Span, noted?: NotedWords): Tokens {
  // Filled in a scratch array (grown once, reused; `n` values of it are this sentence's), then
  // copied at its size: no array grown per sentence.
  let cols: Int32Array = SCRATCH;
  let n = 0;
  let pos = s.start;
  // As a unicode regex does, a start inside a surrogate pair moves back to the pair's start.
  if (pos > 0 && isLowSurrogate(text.charCodeAt(pos)) && isHighSurrogate(text.charCodeAt(pos - 1))) pos--;
  let atStart = true;
  const limit = s.end;
  while (pos < limit) {
    const c0 = text.charCodeAt(pos);
    if (c0 === 0x20) {
      pos++;
      continue;
    }
    const cp = c0 < 128 ? c0 : text.codePointAt(pos)!;
    const kind = c0 < 128 ? ASCII_CLASS[c0]! : cpClass(cp);
    if (kind === SPACE_CP) {
      pos += cpLength(cp);
      continue;
    }
    const start = pos;
    if (kind === MARK_CP) {
      pos += cpLength(cp);
      const single = pos === start + 1;
      // A mark's `end` is `start + 1`, also for a mark of two UTF-16 units.
      if (n + 4 > cols.length) cols = roomFor(n);
      cols[n] = start;
      cols[n + 1] = start + 1;
      cols[n + 2] = single ? 0 : F_PAIR;
      cols[n + 3] = single ? markBits(cp, markString(cp)) : wordBits(text.slice(start, pos));
      n += 4;
      if (single && OPENING_CODES.has(cp)) atStart = true;
      continue;
    }
    const fastEnd = asciiWord(text, start, limit);
    let end: number;
    let flags: number;
    let bits: number;
    if (fastEnd >= 0) {
      // The common word: ASCII letters and digits, no apostrophe inside (see `asciiWord`).
      end = fastEnd;
      let h = scanHash;
      // "Dr." and "U.S." keep their final full stop.
      // (Only a short word or one with a full stop inside can be one: no slice for the others.)
      if (text.charCodeAt(end) === 0x2e && end < limit && (end - start <= ABBREVIATION_MAX || scanDot) && abbreviation(text.slice(start, end))) {
        end++;
        h = hashStep(h, 0x2e);
      }
      // Only a plural possessive mark after it ("Supporters’ Trust").
      const plural = text.charCodeAt(end - 1) === 0x73 && isApostropheCode(text.charCodeAt(end)) && !/\p{L}/u.test(text[end + 1] ?? "");
      const c = text.charCodeAt(start);
      // `capitalised(w)`: an ASCII capital first, or a particle before a hyphen (no apostrophe here).
      const cap = c >= 65 && c <= 90 ? !(scanHyphen && ADJECTIVAL.test(text.slice(start, end))) : (scanHyphen && capitalised(text.slice(start, end))) || camelBrand(text, start, end);
      // `acronym(w)`: no small letter, and two capitals.
      const acr = cap && !scanSmall && end - start >= 2 && twoCapitals(text, start, end);
      flags = F_WORD | F_ASCII | (scanUpper ? F_UPPER : 0) | (cap ? F_CAP : 0) | (acr ? F_ACRONYM : 0) | (plural ? F_POSSESSIVE | F_PLURAL : 0);
      bits = hashedBits(h, text, start, end);
      pos = end > fastEnd || plural ? fastEnd + 1 : fastEnd;
    } else {
      pos = wordEnd(text, start);
      end = Math.min(pos, limit);
      // "Dr." and "U.S." keep their final full stop.
      if (text.charCodeAt(end) === 0x2e && end < limit && abbreviation(text.slice(start, end))) {
        end++;
        pos++;
      }
      let possessive = false;
      let plural = false;
      const endsInS = text.charCodeAt(end - 1) === 0x73;
      if (endsInS && end - start > 2 && isApostropheCode(text.charCodeAt(end - 2))) {
        possessive = true;
        end -= 2;
      } else if (endsInS && isApostropheCode(text.charCodeAt(end)) && !/\p{L}/u.test(text[end + 1] ?? "")) {
        possessive = true;
        plural = true;
        pos++;
      }
      const w = text.slice(start, end);
      // One pass over the word: its word-list hash, whether it needs a case conversion, whether it holds an apostrophe.
      let h = FNV_OFFSET;
      let ascii = true;
      let upper = false;
      let apostrophe = false;
      let small = false;
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c >= 128) {
          ascii = false;
          if (c === 0x2019) apostrophe = true;
          continue;
        }
        if (c >= 65 && c <= 90) upper = true;
        else if (c >= 97 && c <= 122) small = true;
        else if (c === 0x27) apostrophe = true;
        h = hashStep(h, LOWER_ASCII[c]!);
      }
      const cap = (capitalised(w) || camelBrand(w, 0, w.length)) && !(apostrophe && CONTRACTION.test(w));
      flags = F_WORD | (ascii ? F_ASCII : 0) | (upper ? F_UPPER : 0) | (cap ? F_CAP : 0) | (cap && !small && acronym(w) ? F_ACRONYM : 0) | (possessive ? F_POSSESSIVE : 0) | (plural ? F_PLURAL : 0);
      bits = ascii ? hashedBits(h, text, start, end) : wordBits(w.toLowerCase());
    }
    if (atStart) flags |= F_INITIAL;
    if (noted !== undefined) {
      const i = n >> 2;
      if ((flags & F_CAP) !== 0) noted.caps.push(i);
      if ((bits & noted.bits) !== 0) noted.listed.push(i);
    }
    if (n + 4 > cols.length) cols = roomFor(n);
    cols[n] = start;
    cols[n + 1] = end;
    cols[n + 2] = flags;
    cols[n + 3] = bits;
    n += 4;
    atStart = false;
  }
  const out = new Array<number>(n);
  for (let k = 0; k < n; k++) out[k] = cols[k]!;
  // One grown past a very long sentence's tokens is let go.
  if (cols.length > 1 << 16) SCRATCH = new Int32Array(SCRATCH_SIZE);
  return new Tokens(text, out);
}

const SCRATCH_SIZE = 1024;
let SCRATCH: Int32Array = new Int32Array(SCRATCH_SIZE);

/** The scratch columns with room for one more token after the `n` values filled (grown by doubling, the values kept). */
function roomFor(n: number): Int32Array {
  if (n + 4 <= SCRATCH.length) return SCRATCH;
  const grown = new Int32Array(SCRATCH.length * 2);
  grown.set(SCRATCH.subarray(0, n));
  return (SCRATCH = grown);
}

/** The word before a full stop keeps it: "Dr.", "U.S.", "A.". */
function abbreviation(v: string): boolean {
  return (v.length <= ABBREVIATION_MAX && ABBREVIATIONS.has(lowerOf(v))) || (v.length === 1 && isUpper(v)) || (v.includes(".") && INITIALISM.test(v));
}

// The common word: ASCII letters and digits joined by "-", "." or "&", read in one pass that also
// hashes it for the word lists and notes its case. `asciiWord` gives its end (-1 for any other
// word: those take the general path), and leaves the pass's findings in these variables.
let scanHash = 0;
const KIND_UPPER = 1;
const KIND_SMALL = 2;
const KIND_DIGIT = 4;
/** Per ASCII code: a capital, a small letter or a digit (the word characters of `ASCII_CLASS`), or 0. */
const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, c) =>
  ASCII_CLASS[c] !== WORD_CP ? 0 : c >= 65 && c <= 90 ? KIND_UPPER : c >= 97 && c <= 122 ? KIND_SMALL : KIND_DIGIT,
);
let scanUpper = false;
let scanSmall = false;
let scanHyphen = false;
let scanDot = false;

/**
 * The end of the word starting at `start` when it is made of ASCII letters and digits joined by "-",
 * "." or "&" (as `wordEnd` would find it) and does not run past `limit`; otherwise -1.
 */
function asciiWord(text: string, start: number, limit: number): number {
  let h = FNV_OFFSET;
  /** The `ASCII_KIND`s of the letters and digits seen, or-ed. */
  let seen = 0;
  let hyphen = false;
  let dot = false;
  let i = start;
  for (;;) {
    const c = text.charCodeAt(i);
    // (NaN past the end: no kind.)
    const kind = c < 128 ? ASCII_KIND[c]! : 0;
    if (kind !== 0) {
      seen |= kind;
      // A letter's or digit's lower-cased code (`LOWER_ASCII`): the 0x20 bit set.
      h = hashStep(h, c | 0x20);
      i++;
      continue;
    }
    if (c === 0x2d || c === 0x2e || c === 0x26 || c === 0x27 || c === 0x2019) {
      // A joiner: inside the word when a letter or digit follows.
      const d = text.charCodeAt(i + 1);
      if (d < 128 && ASCII_CLASS[d] === WORD_CP && c !== 0x27 && c !== 0x2019) {
        if (c === 0x2d) hyphen = true;
        else if (c === 0x2e) dot = true;
        h = hashStep(h, c);
        i++;
        continue;
      }
      // Nothing after it, or an ASCII character that is no letter or digit: the word ends here.
      if (d !== d || (d < 128 && ASCII_CLASS[d] !== WORD_CP)) break;
      // An apostrophe inside the word, or a character past the ASCII range after the joiner.
      return -1;
    }
    // The end of the text, or an ASCII character that is no letter or digit.
    if (c !== c || c < 128) break;
    if (cpClass(text.codePointAt(i)!) === WORD_CP) return -1;
    break;
  }
  if (i > limit) return -1;
  scanHash = h;
  scanUpper = (seen & KIND_UPPER) !== 0;
  scanSmall = (seen & KIND_SMALL) !== 0;
  scanHyphen = hyphen;
  scanDot = dot;
  return i;
}

const SPACES = /\s+/u;

/** A white-space character other than " " (as `\s` with the u flag has them). */
function otherSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `s.split(/\s+/u)`: split at single spaces without the regex when those are its only white space. */
export function splitSpaces(s: string): string[] {
  let previous = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c === 0x20 && previous === 0x20) || otherSpace(c)) return s.split(SPACES);
    previous = c;
  }
  return s.split(" ");
}
