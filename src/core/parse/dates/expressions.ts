/**
 * Temporal expressions in news text, TIMEX3-style. chrono-node finds the calendar dates
 * ("Dec. 28", "Tuesday, July 22, 2025", "28 December 2025"); the patterns here add what news
 * text needs on top: months and years, quarters, seasons, relative dates ("last week"),
 * parts of days, times, durations, sets and the PRESENT/PAST/FUTURE_REF anchors.
 *
 * Extraction does not need the document date; values are computed later by `resolve`
 * with the reference date and the tense of each expression's clause.
 */
import * as chrono from "chrono-node";
import type { TimexType } from "../../model/date";
import {
  addDays, addMonths, daysInMonth, isValidDate, isoWeekValue, parseCardinal, toIso, weekday,
} from "../calendar";
import type { Tense } from "./tense";

/** Calendar components exactly as the text states them. */
export interface Written {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  readonly weekday?: number;
}

export interface Resolution {
  readonly type: TimexType;
  readonly value: string;
  readonly mod?: string;
}

export interface ResolveContext {
  /** ISO reference date, when known. */
  readonly ref: string | undefined;
  readonly tense: Tense | undefined;
  /** The quarter last spoken of in the document ("the quarter" refers back to it). */
  readonly quarter: { year: number; q: number } | undefined;
}

export interface RawExpression {
  start: number;
  end: number;
  readonly written?: Written;
  /** Why the stated calendar date cannot exist ("April has 30 days"). */
  readonly invalid?: string;
  readonly resolve: (c: ResolveContext) => Resolution;
  /** "time" for a clock time, "day" for an expression naming one day; used to join "10 p.m. Wednesday". */
  readonly kind?: "time" | "day";
}

// ---------------------------------------------------------------- lexicon

const MON = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const WD = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
const YEAR = "((?:1[6-9]|20)\\d\\d)";
const NUM =
  "(\\d+(?:\\.\\d+)?|(?:one|two|three|four|five|six|seven|eight|nine|a)[- ]hundred(?:\\s+and\\s+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" +
  "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|hundred|a dozen|a couple of|couple of|a few|several|few|many|some|a|an|half an?)";
const UNIT = "(second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|centur(?:y|ie))s?";
const APPROX = "(?:(about|around|roughly|nearly|almost|approximately|some|more than|over|less than|under|at least|up to|just over|just under|only|the past|the last|the next|the first|the previous|the coming|the final|the)\\s+)?";

const MONTH_INDEX: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const WEEKDAY_INDEX: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const SEASON: Record<string, string> = { spring: "SP", summer: "SU", fall: "FA", autumn: "FA", winter: "WI" };
const PART: Record<string, string> = { morning: "MO", afternoon: "AF", evening: "EV", night: "NI", overnight: "NI" };

export function monthIndex(s: string): number | undefined {
  // MONTH_INDEX[s.slice(0, 3).toLowerCase()], read off the first three characters: only ASCII letters
  // lower-case to the keys' letters ("K", the Kelvin sign, to "k", in no key).
  if (s.length < 3) return undefined;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  const c = s.charCodeAt(2);
  if (!isAsciiLetter(a) || !isAsciiLetter(b) || !isAsciiLetter(c)) return undefined;
  return MONTH_BY_LETTERS.get((((a | 32) << 16) | ((b | 32) << 8) | (c | 32)));
}
/** The months by their first three letters, lower case, as one number. */
const MONTH_BY_LETTERS = new Map(Object.entries(MONTH_INDEX).map(([k, v]) => [(k.charCodeAt(0) << 16) | (k.charCodeAt(1) << 8) | k.charCodeAt(2), v]));
/** monthIndex() as it looked the month up (for tests). */
export const monthIndexBySlice = (s: string): number | undefined => MONTH_INDEX[s.slice(0, 3).toLowerCase()];
export function weekdayIndex(s: string): number | undefined {
  return WEEKDAY_INDEX[s.toLowerCase()];
}

const UNIT_CODE: Record<string, [string, boolean]> = {
  second: ["S", true], minute: ["M", true], hour: ["H", true], day: ["D", false], night: ["D", false],
  week: ["W", false], weekend: ["WE", false], fortnight: ["W", false], month: ["M", false], quarter: ["Q", false],
  year: ["Y", false], decade: ["DE", false], century: ["CE", false], centurie: ["CE", false],
};

function unitOf(u: string): string {
  const t = u.toLowerCase().replace(/s$/, "");
  return t === "centurie" ? "century" : t;
}

function durationValue(n: number | undefined, unit: string): string {
  let [code, time] = UNIT_CODE[unit] ?? ["Y", false];
  let k = n;
  if (unit === "fortnight" && k !== undefined) k *= 2;
  if ((unit === "decade" || unit === "century") && k !== undefined && Number.isInteger(k)) return `P${k * (unit === "decade" ? 10 : 100)}Y`;
  if (k !== undefined && !Number.isInteger(k)) {
    // "half an hour" → PT30M, "1.5 years" → P18M
    if (code === "H") return `PT${Math.round(k * 60)}M`;
    if (code === "Y") return `P${Math.round(k * 12)}M`;
    if (code === "D") return `PT${Math.round(k * 24)}H`;
    if (code === "M" && !time) return `P${Math.round(k * 30)}D`;
  }
  if (code === "WE") code = "WE";
  return `P${time ? "T" : ""}${k === undefined ? "X" : k}${code}`;
}

const VAGUE = new Set(["a few", "several", "few", "many", "some"]);

// ---------------------------------------------------------------- value helpers

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");
function ymd(iso: string): readonly [number, number, number] {
  // A document resolves its dates against one reference day: the last one read is kept.
  if (iso === lastYmd) return lastParts;
  const [y = 0, m = 1, d = 1] = iso.split("-").map(Number);
  lastYmd = iso;
  lastParts = Object.freeze([y, m, d] as const);
  return lastParts;
}
let lastYmd = "";
let lastParts: readonly [number, number, number] = Object.freeze([0, 1, 1] as const);
const quarterOf = (m: number): number => Math.floor((m - 1) / 3) + 1;

/** Weekdays resolved, by reference day, weekday, tense and relation: a document resolves many against one day. Bounded. */
const WEEKDAYS_RESOLVED = new Map<string, string>();

/** The day named by a weekday relative to `ref`: past → this or the previous one, future → this or the next. */
function resolveWeekday(ref: string, wd: number, tense: Tense | undefined, rel?: string): string {
  const key = `${ref}|${wd}|${tense ?? ""}|${rel ?? ""}`;
  let day = WEEKDAYS_RESOLVED.get(key);
  if (day === undefined) {
    day = weekdayFrom(ref, wd, tense, rel);
    if (WEEKDAYS_RESOLVED.size >= 4096) WEEKDAYS_RESOLVED.clear();
    WEEKDAYS_RESOLVED.set(key, day);
  }
  return day;
}

function weekdayFrom(ref: string, wd: number, tense: Tense | undefined, rel?: string): string {
  const [y, m, d] = ymd(ref);
  const cur = weekday(y, m, d);
  if (rel === "last") return addDays(ref, -(((cur - wd + 7) % 7) || 7));
  if (rel === "next") return addDays(ref, ((wd - cur + 7) % 7) || 7);
  if (rel === "this") {
    const mondayBased = (x: number): number => (x + 6) % 7;
    return addDays(ref, mondayBased(wd) - mondayBased(cur));
  }
  if (wd === cur) return ref;
  if (tense === "future") return addDays(ref, (wd - cur + 7) % 7);
  return addDays(ref, -((cur - wd + 7) % 7));
}

/** How far from the reference day (days) a year picked for its weekday may lie (as the date-inconsistency rule's weekdayYear). */
const WEEKDAY_REACH = 200;

/** The year of a month (and day) stated without one, by tense: past → the last, future → the next. */
function yearFor(ref: string, month: number, day: number | undefined, tense: Tense | undefined, wd?: number): number {
  const [ry] = ymd(ref);
  const refN = Date.parse(ref);
  const dist = (iso: string): number => (Date.parse(iso) - refN) / 86400000;
  if (day !== undefined && wd !== undefined) {
    // The stated weekday picks the year when one of the nearby years fits, within WEEKDAY_REACH days of
    // the reference: "meets on Thursday, March 4" written in February is this March, a wrong weekday,
    // not a March more than a year away.
    const fits = [ry, ry - 1, ry + 1].filter((y) => isValidDate(y, month, day) && weekday(y, month, day) === wd && Math.abs(dist(toIso(y, month, day))) <= WEEKDAY_REACH);
    if (fits[0] !== undefined) return fits[0];
  }
  if (day === undefined) {
    const [, rm] = ymd(ref);
    if (tense === "past") return month <= rm ? ry : ry - 1;
    if (tense === "future") return month >= rm ? ry : ry + 1;
    // No tense to go by: the nearest such month.
    if (month - rm > 6) return ry - 1;
    if (rm - month > 6) return ry + 1;
    return ry;
  }
  // The document's year, unless the tense puts the date on the other side of the reference, far off.
  const same = dist(toIso(ry, month, Math.min(day, daysInMonth(ry, month))));
  if (tense === "past" && same > 90) return ry - 1;
  if (tense === "future" && same < -90) return ry + 1;
  if ((tense === undefined || tense === "present") && Math.abs(same) > 183) return same > 0 ? ry - 1 : ry + 1;
  return ry;
}

function shiftValue(ref: string, unit: string, n: number): string {
  const [y, m] = ymd(ref);
  switch (unit) {
    case "year": return String(y + n);
    case "decade": return String(Math.floor((y + 10 * n) / 10));
    case "century": return pad(Math.floor((y + 100 * n) / 100));
    case "month": return addMonths(ref, n).slice(0, 7);
    case "quarter": {
      const t = y * 4 + quarterOf(m) - 1 + n;
      return `${Math.floor(t / 4)}-Q${(t % 4) + 1}`;
    }
    case "week": case "weekend": case "fortnight": return addDays(ref, n * 7 * (unit === "fortnight" ? 2 : 1));
    case "day": case "night": return addDays(ref, n);
    default: return ref;
  }
}

const UNKNOWN: Record<string, string> = {
  year: "XXXX", month: "XXXX-XX", quarter: "XXXX-QX", week: "XXXX-WXX", weekend: "XXXX-WXX-WE", day: "XXXX-XX-XX",
  night: "XXXX-XX-XX", decade: "XXX", century: "XX",
};

// ---------------------------------------------------------------- patterns

type Handler = (m: RegExpExecArray, at: number) => RawExpression | undefined;
interface Pattern {
  readonly re: RegExp;
  readonly handle: Handler;
  /** The paragraph's lexicon may hold a match. */
  readonly may: (x: Lexicon) => boolean;
  /** When not 0: the bit of `Lexicon.lists` that `may` tests (tested without calling it). */
  readonly bit: number;
  /** Where a match's anchor may start, in text order: every match holds one, and starts near it (nearBefore). */
  readonly anchors?: (x: Lexicon) => readonly number[];
  /** When not 0: the anchors are the lexicon's listEnds whose listEndBits hold this bit (as `anchors` finds them). */
  readonly anchorBit?: number;
  /** When given: only the anchors `at` of the paragraph `s` for which it holds can be in a match. */
  readonly keep?: (s: string, at: number) => boolean;
  /** When given: a match can only start with an ASCII character marked 1 here (starts()). */
  readonly starts?: Uint8Array;
  /** How many characters a match may start before its anchor, besides whitespace right before it. */
  readonly before?: number;
  /**
   * Instead of `before`: a match starts within this many runs of non-whitespace characters (and the
   * whitespace between them) before the run holding its anchor (runsBefore).
   */
  readonly runs?: number;
  /** `re`, sticky: tried at each place a match may start near an anchor. */
  readonly sticky?: RegExp;
}

/** What a paragraph holds, for skipping the patterns that cannot match it. */
export interface Lexicon {
  /** Which pattern word lists (bits from WORD_LISTS) occur in the lower-cased paragraph. */
  readonly lists: number;
  /** A month name's first three letters (every spelling of a month in MON starts with them). */
  readonly month: boolean;
  readonly digit: boolean;
  readonly year: boolean;
  /**
   * A run of exactly four digits from 1600 to 2099, as every YEAR in a match is (a word of its own:
   * \b on both sides, so no digit next to it).
   */
  readonly year4: boolean;
  /**
   * A month name's first three letters starting with an ASCII capital ("Dec", "MAY"): every month a
   * pattern keeps passes `upper()`, and the patterns' month names are ASCII.
   */
  readonly capMonth: boolean;
  /** The same for a weekday's first three letters ("Mon", "Sat"). */
  readonly capWeekday: boolean;
  /** A digit, one of - . / or whitespace, and a digit, in a row: in every match of CHRONO_NUMERIC_HINT. */
  readonly digitSepDigit: boolean;
  /** "May" or "Mar" as written (the start of "May" or "March", case and all). */
  readonly mayOrMarch: boolean;
  /** Where a month name's first three letters start, in any case, in text order. */
  readonly monthAt: readonly number[];
  /** Where each run of year4 starts, in text order. */
  readonly year4At: readonly number[];
  /** Where a weekday name's first three letters start, in any case, in text order. */
  readonly weekdayAt: readonly number[];
  /** Where a word of an anchoring list (ANCHOR_LISTS) ends (its last character), in text order, and its lists' bits. */
  readonly listEnds: readonly number[];
  readonly listEndBits: readonly number[];
  /**
   * A duration unit (" year", "-day"… of DURATION_UNIT_WORDS) right after what could end a number of the
   * durations pattern: a digit or a word ending as one of its number words does (NUMBER_END).
   */
  readonly numberUnit: boolean;
}
type Needs = readonly string[] | ((x: Lexicon) => boolean);

const YEAR4 = (x: Lexicon): boolean => x.year4;
const CAP_MONTH = (x: Lexicon): boolean => x.capMonth;
const CAP_MONTH_AND_DIGIT = (x: Lexicon): boolean => x.capMonth && x.digit;
const CAP_MONTH_AND_YEAR4 = (x: Lexicon): boolean => x.capMonth && x.year4;
const CAP_MONTH_AND_YEAR = (x: Lexicon): boolean => x.capMonth && x.year;
const CAP_WEEKDAY = (x: Lexicon): boolean => x.capWeekday;

/** The word lists the patterns need, each a bit of `Lexicon.lists` (bits 4… ; 0–3 are month, digit, year, weekday). Complete once the module is loaded. */
const WORD_LISTS: (readonly string[])[] = [];
const MONTH_BIT = 1;
const DIGIT_BIT = 2;
const YEAR_BIT = 4;
const WEEKDAY_BIT = 8;
const LIST_SHIFT = 4;

function listBit(words: readonly string[]): number {
  const key = words.join("|");
  let i = WORD_LISTS.findIndex((w) => w.join("|") === key);
  if (i < 0) {
    i = WORD_LISTS.push(words) - 1;
    if (i + LIST_SHIFT > 30) throw new Error("too many pattern word lists for one bit mask");
  }
  return 1 << (i + LIST_SHIFT);
}

/** The durations pattern's units, with the "-" or whitespace before them (read as a space). */
const DURATION_UNIT_WORDS = ["second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year", "decade", "centur"].flatMap((u) => [" " + u, "-" + u]);
const DURATION_BIT = listBit(DURATION_UNIT_WORDS);
/** How a letter run ends when it ends a number of NUM (or is "more", "additional"… before the unit). */
const NUMBER_END = /(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|hundred|dozen|of|few|several|many|some|a|an|more|additional|further|extra)$/i;

/**
 * One pass over a paragraph finds which words of the lists occur in it: an Aho-Corasick automaton
 * over ASCII, upper case folded to lower and any whitespace (`\s`) read as a space. A match of a
 * pattern is ASCII but for its whitespace (the patterns are ASCII and case-insensitive at most), so
 * its words are found; any other character ends a word. A word may start with a space or a hyphen
 * where the pattern puts `\s` or `[- ]` before it (" day" is not in "Monday").
 */
interface Automaton {
  /**
   * The state after a state and a character's class: `step[state + cls[c]]`. A state is its number
   * times `classes`; those from `outFrom` on end a word of the lists (outAt[(state - outFrom) / classes]
   * holds their bits).
   */
  readonly step: Uint16Array;
  readonly outAt: Int32Array;
  readonly outFrom: number;
  /** The start state. */
  readonly start: number;
  /**
   * The class of each ASCII character, folded as read (upper case as lower, ASCII whitespace as a space):
   * one per character of the words, 0 for every other (which leads back to the start from any state).
   * A small table: the paragraph's characters are looked up in it one by one.
   */
  readonly cls: Uint8Array;
  readonly classes: number;
}
let automaton: Automaton | undefined;

/** The words the lexicon looks for, each with its bit of `Lexicon.lists` (month, year and weekday words first). */
export function lexiconWords(): [string, number][] {
  const words: [string, number][] = [];
  for (const m of ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]) words.push([m, MONTH_BIT]);
  words.push(["year", YEAR_BIT]);
  for (const w of ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]) words.push([w, WEEKDAY_BIT]);
  WORD_LISTS.forEach((list, i) => {
    for (const w of list) words.push([w, 1 << (i + LIST_SHIFT)]);
  });
  return words;
}

function buildAutomaton(): Automaton {
  const words = lexiconWords();
  const trie: Map<number, number>[] = [new Map()];
  const ends: number[] = [0];
  for (const [w, bit] of words) {
    let st = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      let t = trie[st]!.get(c);
      if (t === undefined) {
        t = trie.push(new Map()) - 1;
        ends.push(0);
        trie[st]!.set(c, t);
      }
      st = t;
    }
    ends[st]! |= bit;
  }
  // The characters of the words, each a class from 1 on (the words are lower case).
  const cls = new Uint8Array(128);
  const chars: number[] = [0];
  for (const [w] of words) {
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (cls[c] === 0) cls[c] = chars.push(c) - 1;
    }
  }
  for (let c = 65; c <= 90; c++) cls[c] = cls[c + 32]!;
  for (let c = 9; c <= 13; c++) cls[c] = cls[32]!;
  const classes = chars.length;
  const n = trie.length;
  if (n > 0xffff) throw new Error("too many lexicon states for 16 bits");
  const next = new Uint16Array(n * classes);
  const out = new Int32Array(n);
  const fail = new Int32Array(n);
  // Breadth first: a state's failure state is done before it. A character of no word leads to the start.
  const queue: number[] = [];
  for (let k = 1; k < classes; k++) {
    const t = trie[0]!.get(chars[k]!);
    next[k] = t ?? 0;
    if (t !== undefined) queue.push(t);
  }
  out[0] = ends[0]!;
  for (let q = 0; q < queue.length; q++) {
    const st = queue[q]!;
    out[st] = ends[st]! | out[fail[st]!]!;
    for (let k = 1; k < classes; k++) {
      const t = trie[st]!.get(chars[k]!);
      if (t === undefined) next[st * classes + k] = next[fail[st]! * classes + k]!;
      else {
        fail[t] = next[fail[st]! * classes + k]!;
        next[st * classes + k] = t;
        queue.push(t);
      }
    }
  }
  // Renumbered so that the states ending a word come last (from `outFrom` on), each number times
  // `classes`: a step is one look-up, and whether a word ends is a comparison.
  const order: number[] = [];
  for (let st = 0; st < n; st++) if (out[st] === 0) order.push(st);
  const firstOut = order.length;
  for (let st = 0; st < n; st++) if (out[st] !== 0) order.push(st);
  const id = new Int32Array(n);
  order.forEach((st, k) => (id[st] = k));
  if (n * classes > 0xffff) throw new Error("too many lexicon states for 16 bits");
  const step = new Uint16Array(n * classes);
  const outAt = new Int32Array(n - firstOut);
  for (let st = 0; st < n; st++) {
    for (let k = 0; k < classes; k++) step[id[st]! * classes + k] = id[next[st * classes + k]!]! * classes;
    if (out[st] !== 0) outAt[id[st]! - firstOut] = out[st]!;
  }
  return { step, outAt, outFrom: firstOut * classes, start: id[0]! * classes, cls, classes };
}

/** Is a character that is not ASCII whitespace for `\s` (ECMAScript's WhiteSpace and LineTerminator)? */
function isSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function lexicon(slice: string): Lexicon {
  const { step, outAt, outFrom, start, cls, classes } = (automaton ??= buildAutomaton());
  let bits = 0;
  let st = start;
  // The digits in a row before i, and the first two as a number: a run of exactly four from 1600 to 2099 is a YEAR.
  let run = 0;
  let lead = 0;
  let capMonth = false;
  let capWeekday = false;
  let mayOrMarch = false;
  let digitSepDigit = false;
  const monthAt: number[] = [];
  const year4At: number[] = [];
  const weekdayAt: number[] = [];
  const listEnds: number[] = [];
  const listEndBits: number[] = [];
  let numberUnit = false;
  for (let i = 0; i < slice.length; i++) {
    let c = slice.charCodeAt(i);
    // Most characters are ASCII and no digit, after no digit: only the automaton reads them.
    if (c >= 128 || (c >= 48 && c <= 57) || run !== 0) {
      if (c >= 48 && c <= 57) {
        // A digit after a separator (- . / or whitespace) after a digit.
        if (i >= 2 && isDigitSeparator(slice.charCodeAt(i - 1))) {
          const d = slice.charCodeAt(i - 2);
          if (d >= 48 && d <= 57) digitSepDigit = true;
        }
        bits |= DIGIT_BIT;
        if (run < 2) lead = lead * 10 + (c - 48);
        run++;
      } else if (run !== 0) {
        if (run === 4 && lead >= 16 && lead <= 20) year4At.push(i - 4);
        run = 0;
        lead = 0;
      }
      if (c >= 128) {
        if (!isSpace(c)) {
          st = start;
          continue;
        }
        c = 32;
      }
    }
    st = step[st + cls[c]!]!;
    // Most characters end no word.
    if (st < outFrom) continue;
    const o = outAt[(st - outFrom) / classes]!;
    bits |= o;
    // A month's or weekday's three letters end here (one of them at most: they differ): is the first a capital?
    if ((o & DURATION_BIT) !== 0 && !numberUnit) numberUnit = numberBeforeUnit(slice, i);
    if ((o & ANCHOR_LISTS) !== 0) {
      listEnds.push(i);
      listEndBits.push(o & ANCHOR_LISTS);
    }
    if ((o & (MONTH_BIT | WEEKDAY_BIT)) !== 0) {
      if ((o & MONTH_BIT) !== 0) monthAt.push(i - 2);
      else weekdayAt.push(i - 2);
      const f = slice.charCodeAt(i - 2);
      if (f >= 65 && f <= 90) {
        if ((o & MONTH_BIT) === 0) capWeekday = true;
        else {
          capMonth = true;
          const l = slice.charCodeAt(i);
          if (f === 77 && slice.charCodeAt(i - 1) === 97 && (l === 121 || l === 114)) mayOrMarch = true;
        }
      }
    }
  }
  if (run === 4 && lead >= 16 && lead <= 20) year4At.push(slice.length - 4);
  const year4 = year4At.length > 0;
  return { lists: bits, month: (bits & MONTH_BIT) !== 0, digit: (bits & DIGIT_BIT) !== 0, year: (bits & YEAR_BIT) !== 0, year4, capMonth, capWeekday, digitSepDigit, mayOrMarch, monthAt, year4At, weekdayAt, listEnds, listEndBits, numberUnit };
}

/**
 * Can a match of the durations pattern end with the unit whose last letter (so far) is at `end` of `s`?
 * Before the unit's letters comes "-", or whitespace, and before that the number: its last character a
 * digit or the end of a number word (or of "more", "additional"… before the unit).
 */
function numberBeforeUnit(s: string, end: number): boolean {
  let p = end;
  while (p >= 0 && isAsciiLetter(s.charCodeAt(p))) p--;
  if (p < 0) return true;
  let r = p;
  if (s.charCodeAt(p) === 45) r = p - 1;
  else while (r >= 0 && isWhitespace(s.charCodeAt(r))) r--;
  if (r < 0) return false;
  const c = s.charCodeAt(r);
  if (c >= 48 && c <= 57) return true;
  let q = r;
  while (q >= 0 && isAsciiLetter(s.charCodeAt(q))) q--;
  return q < r && NUMBER_END.test(s.slice(q + 1, r + 1));
}

/** - . / or `\s`: what may stand between two digits of CHRONO_NUMERIC_HINT. */
const isDigitSeparator = (c: number): boolean => c === 45 || c === 46 || c === 47 || isWhitespace(c);

/** `\s`: ASCII whitespace and the others (isSpace). */
const isWhitespace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || (c >= 128 && isSpace(c));

const EVERYTHING: Lexicon = { lists: -1, month: true, digit: true, year: true, year4: true, capMonth: true, capWeekday: true, digitSepDigit: true, mayOrMarch: true, monthAt: [], year4At: [], weekdayAt: [], listEnds: [], listEndBits: [], numberUnit: true };

const upper = (s: string | undefined): boolean => !!s && s[0] === s[0]!.toUpperCase() && s[0] !== s[0]!.toLowerCase();
const expr = (start: number, end: number, resolve: RawExpression["resolve"], more: Partial<RawExpression> = {}): RawExpression => ({
  start, end, resolve, ...more,
});
const date = (value: string, mod?: string): Resolution => (mod ? { type: "DATE", value, mod } : { type: "DATE", value });
const MODS: Record<string, string> = {
  early: "START", late: "END", mid: "MID", "mid-": "MID", "the end of": "END", "the beginning of": "START", "the start of": "START",
  "the middle of": "MID", "end of": "END", "the first half of": "START", "the second half of": "END",
  about: "APPROX", around: "APPROX", roughly: "APPROX", approximately: "APPROX", some: "APPROX", nearly: "LESS_THAN",
  almost: "LESS_THAN", "more than": "MORE_THAN", over: "MORE_THAN", "less than": "LESS_THAN", under: "LESS_THAN",
  "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS", "just over": "MORE_THAN", "just under": "LESS_THAN",
};

const PATTERNS: Pattern[] = [];
/**
 * Each pattern names what any of its matches must contain: words (lower case; the paragraph, lower-cased,
 * must contain one of them), or a test of the paragraph's lexicon (a month name, a digit). A paragraph
 * without them cannot match, and the pattern is not run on it. The patterns are ASCII and
 * case-insensitive at most, so a match's lower-cased text is in the lower-cased paragraph.
 */
const add = (needs: Needs, src: string, handle: Handler, flags = "gi", anchored?: Anchored): void => {
  let may: (x: Lexicon) => boolean;
  let bit = 0;
  if (typeof needs === "function") may = needs;
  else {
    const b = listBit(needs);
    may = (x) => (x.lists & b) !== 0;
    bit = b;
  }
  PATTERNS.push({
    re: new RegExp(src, flags),
    handle,
    may,
    bit,
    ...(anchored
      ? {
          anchors: anchored.at,
          before: anchored.before,
          sticky: new RegExp(src, flags + "y"),
          ...(anchored.runs !== undefined ? { runs: anchored.runs } : {}),
          ...(anchored.bit !== undefined ? { anchorBit: anchored.bit } : {}),
          ...(anchored.keep ? { keep: anchored.keep } : {}),
          ...(anchored.starts !== undefined ? { starts: starts(anchored.starts) } : {}),
        }
      : {}),
  });
};
interface Anchored {
  readonly at: (x: Lexicon) => readonly number[];
  readonly before: number;
  readonly runs?: number;
  /** The list bit `at` filters the lexicon's listEnds by (LIST_ANCHOR). */
  readonly bit?: number;
  readonly keep?: (s: string, at: number) => boolean;
  /** The characters a match can start with (letters in either case). */
  readonly starts?: string;
}

/** A table of the ASCII characters of `chars`, letters in both cases. */
function starts(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (const ch of chars) {
    t[ch.toLowerCase().charCodeAt(0)] = 1;
    t[ch.toUpperCase().charCodeAt(0)] = 1;
  }
  return t;
}

/** Is the run of ASCII letters starting at `at` of `s`, lower-cased, one of `words`? */
function wordAtIs(s: string, at: number, words: ReadonlySet<string>, longest: number): boolean {
  let e = at;
  while (e < s.length && e - at <= longest && isAsciiLetter(s.charCodeAt(e))) e++;
  return e - at <= longest && words.has(s.slice(at, e).toLowerCase());
}
/** Every spelling of a weekday in WD (and its plural). (MON's months are spelled as CHRONO_MONTH's: monthNamesAt().) */
const WEEKDAY_SPELLINGS: ReadonlySet<string> = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].flatMap((d) => [d, d + "s"]));
/**
 * A month name of a match starts at one of the lexicon's monthAt and is a whole run of letters (MON is
 * followed by a full stop, whitespace, a comma, a lookahead for no letter or digit, or \b), so an anchor is
 * kept only where such a run is spelled as a month.
 */
const MONTH_SPELLED = (s: string, at: number): boolean => {
  let e = at;
  while (e < s.length && isAsciiLetter(s.charCodeAt(e))) e++;
  for (const name of monthNamesAt(s, at, e)) if (spelledAt(s, at, e, name, false)) return true;
  return false;
};
const WEEKDAY_SPELLED = (s: string, at: number): boolean => wordAtIs(s, at, WEEKDAY_SPELLINGS, 10);
/**
 * Patterns whose every match holds a month name (the lexicon's monthAt), and starts at most `before`
 * characters and a run of whitespace before it.
 */
/** The lists whose words' ends the lexicon records (LIST_ANCHOR). */
let ANCHOR_LISTS = 0;
/** The bits of the lists whose words' ends the lexicon records (for tests). */
export const anchorLists = (): number => ANCHOR_LISTS;
/**
 * Patterns whose every match holds a word of `words` and is at most `length` characters long: the word's
 * end is the anchor, and a match starts at most `length` characters before it.
 */
const LIST_ANCHOR = (words: readonly string[], length: number): Anchored & { bit: number } => {
  const bit = listBit(words);
  ANCHOR_LISTS |= bit;
  return {
    at: (x) => {
      const out: number[] = [];
      for (let i = 0; i < x.listEnds.length; i++) if ((x.listEndBits[i]! & bit) !== 0) out.push(x.listEnds[i]!);
      return out;
    },
    before: length,
    bit,
  };
};
/**
 * Patterns whose every match holds a word of `words` (the lexicon records where each ends), and starts
 * within `runs` runs of non-whitespace characters before the run holding that end (runsBefore): their
 * words come with whitespace runs of any length between them.
 */
const LIST_RUNS_ANCHOR = (words: readonly string[], runs: number, first: string, keep?: (s: string, at: number) => boolean): Anchored => ({
  ...LIST_ANCHOR(words, 0),
  runs,
  starts: first,
  ...(keep ? { keep } : {}),
});

/**
 * Is the run of ASCII letters before the whitespace before the run of ASCII letters holding `at` of `s`,
 * lower-cased, one of `words`? Every match of a pattern with `\b(?:…)\s+` before its anchor's word has one
 * of its words there.
 */
function wordBeforeIs(s: string, at: number, words: ReadonlySet<string>): boolean {
  let p = at;
  while (p >= 0 && isAsciiLetter(s.charCodeAt(p))) p--;
  const e = p + 1;
  while (p >= 0 && isWhitespace(s.charCodeAt(p))) p--;
  if (p + 1 === e) return false;
  const we = p + 1;
  while (p >= 0 && isAsciiLetter(s.charCodeAt(p))) p--;
  return we - p - 1 <= LONGEST_WORD_BEFORE && words.has(s.slice(p + 1, we).toLowerCase());
}
const LONGEST_WORD_BEFORE = 8;
const MONTH_ANCHOR = (before: number, first: string): Anchored => ({ at: (x) => x.monthAt, before, keep: MONTH_SPELLED, starts: first });

// Times of day: "3 p.m.", "10:30 a.m. EST", "noon", "midnight".
// The clock's "am"/"pm" comes after a digit or whitespace (`\\d{1,2}(?:[:.]\\d\\d)?\\s*`).
add([..."0123456789 "].flatMap((d) => ["am", "pm", "a.m", "p.m"].map((w) => d + w)).concat(["noon", "midday", "midnight"]), `\\b(\\d{1,2})(?:[:.](\\d\\d))?\\s*(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)(?:\\s+(?:EST|EDT|GMT|BST|CET|PST|PDT|CST|CDT|local time))?|\\b(noon|midday|midnight)\\b`, (m, at) => {
  let h = m[4] ? (m[4].toLowerCase() === "midnight" ? 0 : 12) : Number(m[1]);
  const min = m[2] ? Number(m[2]) : 0;
  if (h > 12 || min > 59) return undefined;
  if (m[3] && /^p/i.test(m[3]) && h < 12) h += 12;
  if (m[3] && /^a/i.test(m[3]) && h === 12) h = 0;
  const hm = `T${pad(h)}:${pad(min)}`;
  return expr(at, at + m[0].length, (c) => ({ type: "TIME", value: `${c.ref ?? "XXXX-XX-XX"}${hm}` }), { kind: "time" });
});

// Parts of days: "Sunday morning", "yesterday afternoon", "this evening", "tonight", "last night".
add(["morning", "afternoon", "evening", "night"], `\\b(?:(today|yesterday|tomorrow|this|late|early|${WD.slice(1, -1)})\\s+)(morning|afternoon|evening|night)\\b|\\b(tonight|last night|overnight)\\b`, (m, at) => {
  const head = (m[1] ?? "").toLowerCase();
  const part = PART[(m[2] ?? "").toLowerCase()] ?? "NI";
  const whole = (m[3] ?? "").toLowerCase();
  if (head === "late" || head === "early") return undefined;
  return expr(at, at + m[0].length, (c) => {
    if (!c.ref) return { type: "TIME", value: `XXXX-XX-XXT${whole ? "NI" : part}` };
    let day = c.ref;
    if (whole === "last night" || head === "yesterday") day = addDays(c.ref, -1);
    else if (head === "tomorrow") day = addDays(c.ref, 1);
    else if (WEEKDAY_INDEX[head] !== undefined) day = resolveWeekday(c.ref, WEEKDAY_INDEX[head]!, c.tense);
    return { type: "TIME", value: `${day}T${whole ? "NI" : part}` };
  });
});

// "mid-afternoon", "mid-morning yesterday".
add(["mid"], `\\bmid[- ]?(morning|afternoon|evening)(?:\\s+(yesterday|today|tomorrow))?\\b`, (m, at) => {
  const part = PART[m[1]!.toLowerCase()]!;
  const day = (m[2] ?? "today").toLowerCase();
  return expr(at, at + m[0].length, (c) => {
    if (!c.ref) return { type: "TIME", value: `XXXX-XX-XXT${part}` };
    return { type: "TIME", value: `${addDays(c.ref, day === "yesterday" ? -1 : day === "tomorrow" ? 1 : 0)}T${part}` };
  });
});

// today, yesterday, tomorrow (with "late"/"early").
add(["today", "yesterday", "tomorrow"], `\\b(?:(late|early)\\s+)?(today|yesterday|tomorrow)\\b`, (m, at) => {
  const w = m[2]!.toLowerCase();
  const mod = m[1] ? MODS[m[1].toLowerCase()] : undefined;
  return expr(at, at + m[0].length, (c) => {
    if (!c.ref) return date("XXXX-XX-XX", mod);
    return date(addDays(c.ref, w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0), mod);
  }, { kind: "day" });
});

// Weekdays: "Friday", "last Friday", "next Tuesday"; plural "on Mondays" is a set.
add(["days"], `\\b${WD}s\\s+(morning|afternoon|evening|night)s\\b`, (m, at) => {
  const wd = WEEKDAY_INDEX[m[1]!.toLowerCase()]!;
  const part = PART[m[2]!.toLowerCase()]!;
  return expr(at, at + m[0].length, () => ({ type: "SET", value: `XXXX-WXX-${wd === 0 ? 7 : wd}T${part}` }));
}, "gi", { at: (x) => x.weekdayAt, before: 0, keep: WEEKDAY_SPELLED, starts: "mtwfs" });
// Kept only capitalised: CAP_WEEKDAY.
add(CAP_WEEKDAY, `\\b(?:(last|next|this|early|late)\\s+)?${WD}(s?)\\b`, (m, at) => {
  if (!upper(m[2])) return undefined;
  const wd = WEEKDAY_INDEX[m[2]!.toLowerCase()]!;
  const rel = m[1]?.toLowerCase();
  if (m[3]) return expr(at, at + m[0].length, () => ({ type: "SET", value: `XXXX-WXX-${wd === 0 ? 7 : wd}` }));
  const mod = rel === "early" || rel === "late" ? MODS[rel] : undefined;
  // "Wednesday's ruling" has happened.
  const possessive = /^['’]s\b/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3));
  return expr(at, at + m[0].length, (c) => (c.ref ? date(resolveWeekday(c.ref, wd, possessive ? "past" : c.tense, rel), mod) : date("XXXX-XX-XX", mod)), {
    written: { weekday: wd },
    kind: "day",
  });
}, "gi", { at: (x) => x.weekdayAt, before: 5, keep: WEEKDAY_SPELLED, starts: "lntemwfs" });

// Month with year: "January 2024", "early January 2024", "the end of March 2025", "June of 1998".
add(CAP_MONTH_AND_YEAR4, `\\b(?:(early|late|mid-?|the end of|the beginning of|the start of|the middle of|end of)\\s*)?${MON}(?:,?\\s+(?:of\\s+)?)${YEAR}\\b`, (m, at) => {
  if (!upper(m[2])) return undefined;
  const mo = monthIndex(m[2]!)!;
  const y = Number(m[3]);
  const mod = m[1] ? MODS[m[1].toLowerCase()] : undefined;
  return expr(at, at + m[0].length, () => date(`${y}-${pad(mo)}`, mod), { written: { year: y, month: mo } });
}, "gi", MONTH_ANCHOR(16, "eltmjfasond"));

// A month with a relative year: "June last year", "March next year".
// (With its day: "on 31 June last year", "March 3 next year"; a day past the month's end is no date.)
add(CAP_MONTH_AND_YEAR, `(?:\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+)?\\b${MON}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?\\s+(last|this|next)\\s+year\\b`, (m, at) => {
  if (!upper(m[2])) return undefined;
  const mo = monthIndex(m[2]!)!;
  const n = m[4]!.toLowerCase() === "last" ? -1 : m[4]!.toLowerCase() === "next" ? 1 : 0;
  const dayText = m[1] ?? m[3];
  const day = Number(dayText);
  // (Two numbers, or one that is no day of a month: the month and its year alone.)
  if (dayText === undefined || (m[1] !== undefined && m[3] !== undefined) || day < 1 || day > 31) {
    const from = m[1] !== undefined ? at + m[0].indexOf(m[2]!, m[1].length) : at;
    return expr(from, at + m[0].length, (c) => date(c.ref ? `${ymd(c.ref)[0] + n}-${pad(mo)}` : `XXXX-${pad(mo)}`));
  }
  const max = mo === 2 ? 29 : daysInMonth(2001, mo);
  const name = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][mo - 1]!;
  const invalid = day > max ? `${name} has ${mo === 2 ? "at most " : ""}${max} days` : undefined;
  return expr(at, at + m[0].length, (c) => date(c.ref ? `${ymd(c.ref)[0] + n}-${pad(mo)}-${pad(day)}` : `XXXX-${pad(mo)}-${pad(day)}`), { written: { month: mo, day }, ...(invalid ? { invalid } : {}) });
}, "gi", MONTH_ANCHOR(6, "jfmasond0123456789"));

// Years said in words (transcripts): "nineteen ninety-six", "the year two thousand".
const TENS_WORD = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
const UNIT_WORD = "(?:one|two|three|four|five|six|seven|eight|nine)";
add(["nineteen", "twenty", "thousand"], `\\b(?:the year\\s+)?(?:(nineteen|twenty)[- ](${TENS_WORD}(?:[- ]${UNIT_WORD})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two thousand(?:\\s+and\\s+(${UNIT_WORD}))?)\\b`, (m, at) => {
  if (m[1]) {
    const n = parseCardinal(m[2]!.replace(" ", "-"));
    if (n === undefined || n < 10) return undefined;
    const y = (m[1].toLowerCase() === "nineteen" ? 1900 : 2000) + n;
    return expr(at, at + m[0].length, () => date(String(y)), { written: { year: y } });
  }
  if (!/^the year/i.test(m[0])) return undefined;
  const y = 2000 + (m[3] ? parseCardinal(m[3]) ?? 0 : 0);
  return expr(at, at + m[0].length, () => date(String(y)), { written: { year: y } });
});
const SPOKEN_YEAR = `nineteen[- ](?:${TENS_WORD}(?:[- ]${UNIT_WORD})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
const spokenYear = (s: string): number | undefined => {
  const n = parseCardinal(s.replace(/^nineteen[- ]/i, "").replace(" ", "-"));
  return n === undefined ? undefined : 1900 + n;
};
// "January nineteen ninety-seven", "the winter of nineteen ninety-four".
add(["nineteen"], `\\b${MON}\\s+(${SPOKEN_YEAR})\\b|\\b(?:the\\s+)?(spring|summer|fall|autumn|winter)\\s+of\\s+(${SPOKEN_YEAR})\\b`, (m, at) => {
  if (m[1]) {
    if (!upper(m[1])) return undefined;
    const y = spokenYear(m[2]!);
    const mo = monthIndex(m[1])!;
    return y ? expr(at, at + m[0].length, () => date(`${y}-${pad(mo)}`), { written: { year: y, month: mo } }) : undefined;
  }
  const y = spokenYear(m[4]!);
  const season = SEASON[m[3]!.toLowerCase()]!;
  return y ? expr(at, at + m[0].length, () => date(`${y}-${season}`), { written: { year: y } }) : undefined;
});

// The year in progress: "year-end", "the end of the year", "the fiscal year", "the full year".
// "year’s end": the curly apostrophe is no ASCII, so only "s end" is seen of it.
add(["year-end", "year end", "year's end", "s end", "end of the year", "fiscal year", "full year"], `\\b(?:(?:around|by|at|before|until|through)\\s+)?(?:the\\s+)?(?:year[- ]end|year['’]s end|end of the year|(?:current\\s+|full\\s+)?fiscal year|full year)\\b`, (m, at) => {
  const start = at + m[0].search(/the|year|end|full|current|fiscal/i);
  if (/^the fiscal year$/i.test(m[0])) return expr(at, at + m[0].length, () => ({ type: "DURATION", value: "P1Y" }));
  const end = /year[- ]end|year['’]s end|end of the year/i.test(m[0]) ? "END" : undefined;
  return expr(start, at + m[0].length, (c) => date(c.ref ? String(ymd(c.ref)[0]) : "XXXX", end));
});

/** A capitalised word after a month name that may be a given name: a surname ("Whitfield"), not a month, a weekday or "Day". */
const NAME_AFTER_MONTH = /^\s\p{Lu}\p{Ll}+(?<!^\s(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Day))\b(?!\s+\d)/u;
/** A preposition or a word of time right before a month. */
const PREPOSITION_BEFORE_MONTH = /\b(?:in|on|since|until|till|by|during|from|through|of|before|after|to|early|late|mid|last|next|this|each|every)\s+$/i;
// A month alone: "in January", "last April", "early in January", "next March".
add(CAP_MONTH, `\\b(?:(last|next|this|early|late|mid-?|early in|late in|the end of|the beginning of|the start of|the middle of|end of)\\s*)?${MON}(?![a-z\\d])(?!\\s+\\d)`, (m, at) => {
  if (!upper(m[2])) return undefined;
  const mo = monthIndex(m[2]!)!;
  const rel = m[1]?.toLowerCase();
  // "May" and "March" are also words: only as months after a preposition, a modifier, or capitalised mid-sentence with context.
  const abbrev = m[2]!.length <= 4 && !/^(?:may|june|july)$/i.test(m[2]!);
  if (abbrev && !m[0].endsWith(".")) return undefined;
  // A full month name keeps the sentence's full stop out of the expression.
  const end = !abbrev && m[0].endsWith(".") ? at + m[0].length - 1 : at + m[0].length;
  if (/^(?:may|march)$/i.test(m[2]!) && !rel) {
    // Require a preposition right before.
    return undefined;
  }
  // "organiser June Whitfield told", "April Ryan said": a given name before a surname, unless a
  // preposition or a modifier makes it the month ("In June Apple said").
  if (!rel && /^(?:june|april|august)$/i.test(m[2]!) && NAME_AFTER_MONTH.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 24)) && !PREPOSITION_BEFORE_MONTH.test(m.input.slice(Math.max(0, m.index - 10), m.index))) return undefined;
  const mod = rel && rel !== "last" && rel !== "next" && rel !== "this" ? MODS[rel.replace(/ in$/, "")] : undefined;
  // "by February", "until January": a deadline, still ahead unless the clause is past.
  const deadline = !rel && /\b(?:by|until|till|through)\s+$/i.test(m.input.slice(Math.max(0, m.index - 8), m.index));
  return expr(at, end, (c) => {
    if (!c.ref) return date(`XXXX-${pad(mo)}`, mod);
    const [ry, rm] = ymd(c.ref);
    let y: number;
    // "last February" said in March is the one a year before; "February" alone would be the one just gone.
    if (rel === "last") y = mo < rm - 1 ? ry : ry - 1;
    else if (rel === "next") y = mo > rm ? ry : ry + 1;
    else if (rel === "this") y = ry;
    else y = yearFor(c.ref, mo, undefined, deadline && c.tense !== "past" ? "future" : c.tense);
    return date(`${y}-${pad(mo)}`, mod);
  }, { written: { month: mo } });
}, "gi", MONTH_ANCHOR(16, "lntemjfasod"));
// "in May", "since March": the ambiguous months after a preposition; "In March" at a sentence's start
// too (not "To March": a title-case headline's verb).
add((x) => x.mayOrMarch, `\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Dd]uring|[Ff]rom|[Tt]hrough|of|[Bb]efore|[Aa]fter|to|[Ee]arly|[Ll]ate)\\s+(May|March)\\b(?!\\s+\\d)`, (m, at) => {
  const mo = monthIndex(m[1]!)!;
  const start = at + m[0].length - m[1]!.length;
  return expr(start, at + m[0].length, (c) => {
    if (!c.ref) return date(`XXXX-${pad(mo)}`);
    return date(`${yearFor(c.ref, mo, undefined, c.tense)}-${pad(mo)}`);
  }, { written: { month: mo } });
}, "g", MONTH_ANCHOR(7, "isutbdfoael"));

// Years: "1998", "fiscal 1999", "early 2026", "the end of 2025", "mid-1990"; not "2,000", "$1998", "2025-26".
add(YEAR4, `(?<![\\d,.$£€¥-])\\b(?:(early|late|mid-?|the end of|the beginning of|the start of|the middle of|end of|the first half of|the second half of|fiscal|calendar|FY)\\s*)?${YEAR}\\b(?![-–/]\\d|,\\d|\\.\\d|s\\b|\\s[A-Z]{2}\\d|\\s*(?:percent|per cent|%|people|troops|jobs|km|miles|tonnes|tons|metres|meters|feet|votes|units|cars|homes|shares|points|barrels|members|students|workers|cases))`, (m, at) => {
  const y = Number(m[2]);
  const mod = m[1] ? MODS[m[1].toLowerCase()] : undefined;
  const half = m[1]?.toLowerCase().includes("half") ? (m[1].toLowerCase().includes("first") ? "H1" : "H2") : undefined;
  return expr(at, at + m[0].length, () => (half ? date(`${y}-${half}`) : date(String(y), mod)), { written: { year: y } });
}, "gi", { at: (x) => x.year4At, before: 18, starts: "eltmfc12" });

// Decades and centuries: "the 1990s", "the mid-1980s", "the '90s", "the 20th century".
add(["0s", "century"], `\\b(?:the\\s+)?(?:(early|late|mid-?)\\s*)?((?:1[6-9]|20)\\d)0s\\b|\\b(?:the\\s+)?'(\\d)0s\\b|\\b(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\s+century\\b`, (m, at) => {
  const mod = m[1] ? MODS[m[1].toLowerCase()] : undefined;
  // TimeML writes "the 1990s" as 199 and a bare "1990s" as 199X.
  const the = /^the\s/i.test(m[0]);
  if (m[2]) return expr(at, at + m[0].length, () => date(the ? m[2]! : `${m[2]}X`, mod));
  if (m[3]) return expr(at, at + m[0].length, () => date(`19${m[3]}X`));
  const c = Number(m[4]) - 1;
  return expr(at, at + m[0].length, () => date(pad(c)));
});

// Quarters and halves: "the third quarter", "fourth-quarter", "the first quarter of 2026", "the quarter", "the latest quarter".
add(["quarter", "period"],
  `\\b(?:the\\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|this|year-earlier|year-ago|same|previous|past|recent|comparable|june|march|september|december)[- ])?quarters?\\b(?:\\s+of\\s+(?:(?:fiscal|calendar)\\s+)?(?:${YEAR}|(this|last|next) year))?|\\b(?:the\\s+)?(latest|year-earlier|year-ago|same|comparable)\\s+period\\b`,
  (m, at) => {
    const text = m[0].toLowerCase();
    if (/quarters\b/.test(text)) return undefined;
    // "the quarter-finals", "a quarter-century": a word of its own.
    if (m.input.charCodeAt(m.index + m[0].length) === 0x2d) return undefined;
    const which = (m[1] ?? m[4] ?? "").toLowerCase();
    if (!which && !/^the\s/.test(text)) return undefined;
    if (/(?:^|\s)(?:a|one|two|three)\s/.test(text)) return undefined;
    const ord: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, final: 4, march: 1, june: 2, september: 3, december: 4 };
    const explicitYear = m[2] ? Number(m[2]) : undefined;
    const relYear = m[3]?.toLowerCase();
    return expr(at, at + m[0].length, (c) => {
      const cur = c.ref ? { y: ymd(c.ref)[0], q: quarterOf(ymd(c.ref)[1]) } : undefined;
      const prevQ = cur ? (cur.q === 1 ? { year: cur.y - 1, q: 4 } : { year: cur.y, q: cur.q - 1 }) : undefined;
      const ctxQ = c.quarter ?? prevQ;
      if (ord[which] !== undefined) {
        const q = ord[which]!;
        let y = explicitYear;
        if (y === undefined && cur) {
          y = cur.y + (relYear === "last" ? -1 : relYear === "next" ? 1 : 0);
          if (!relYear && q > cur.q && c.tense !== "future") y -= 1;
        }
        return date(y === undefined ? `XXXX-Q${q}` : `${y}-Q${q}`);
      }
      if (which === "year-earlier" || which === "year-ago" || which === "comparable") {
        return date(ctxQ ? `${ctxQ.year - 1}-Q${ctxQ.q}` : "XXXX-QX");
      }
      if (which === "last" || which === "previous" || which === "past" || which === "latest" || which === "recent") {
        if (!cur) return date("XXXX-QX");
        return date(`${prevQ!.year}-Q${prevQ!.q}`);
      }
      if (which === "current" || which === "this") return date(cur ? `${cur.y}-Q${cur.q}` : "XXXX-QX");
      return date(ctxQ ? `${ctxQ.year}-Q${ctxQ.q}` : "XXXX-QX");
    });
  },
  "gi",
  // Anchored at "quarter" or "period": before its run, "the" and the word before it (two runs at most).
  LIST_RUNS_ANCHOR(["quarter", "period"], 2, "tfs1234lcyprjmdq"),
);
// "the 1988 second quarter", "the year-earlier third quarter", "next year's first quarter", "the 1989 period",
// "the same period last year".
add(["quarter", "period"], `\\b(?:the\\s+)?(?:${YEAR}|(year-earlier|year-ago|comparable year-ago|last year['’]s|next year['’]s|this year['’]s))\\s+(?:(first|second|third|fourth|1st|2nd|3rd|4th)[- ])?(quarter|period)\\b|\\b(?:the\\s+)?(?:corresponding|same|comparable)\\s+(?:quarter|period)\\s+(?:of\\s+)?(?:last year|a year (?:earlier|ago)|the previous year)\\b`, (m, at) => {
  const ordMap: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4 };
  const y = m[1] ? Number(m[1]) : undefined;
  const rel = (m[2] ?? "").toLowerCase();
  const q = m[3] ? ordMap[m[3].toLowerCase()] : undefined;
  const shift = rel.startsWith("next") ? 1 : rel.startsWith("this") ? 0 : -1;
  return expr(at, at + m[0].length, (c) => {
    const ctxQ = c.quarter ?? (c.ref ? { year: ymd(c.ref)[0], q: quarterOf(ymd(c.ref)[1]) } : undefined);
    const qq = q ?? ctxQ?.q;
    if (y !== undefined) return date(qq ? `${y}-Q${qq}` : String(y));
    const base = q !== undefined || rel.endsWith("'s") || rel.endsWith("’s") ? (c.ref ? ymd(c.ref)[0] : undefined) : ctxQ?.year;
    if (base === undefined || qq === undefined) return date("XXXX-QX");
    return date(`${base + shift}-Q${qq}`);
  }, y !== undefined ? { written: { year: y } } : {});
});

add(["half"], `\\b(?:the\\s+)?(first|second|last)\\s+half(?:\\s+of\\s+(?:(?:fiscal|calendar)\\s+)?(?:${YEAR}|(this|last|next) year))?`, (m, at) => {
  const h = m[1]!.toLowerCase() === "first" ? "H1" : "H2";
  const y = m[2] ? Number(m[2]) : undefined;
  const rel = m[3]?.toLowerCase();
  return expr(at, at + m[0].length, (c) => {
    const ry = y ?? (c.ref ? ymd(c.ref)[0] + (rel === "last" ? -1 : rel === "next" ? 1 : 0) : undefined);
    return date(ry === undefined ? `XXXX-${h}` : `${ry}-${h}`);
  }, y ? { written: { year: y } } : {});
});

// Seasons: "this summer", "last fall", "the spring of 2026", "winter 2025", "in the summer".
add(["spring", "summer", "fall", "autumn", "winter"], `\\b(?:(this past|this|last|next|early|late|mid-?|in the|during the|the)\\s+)?(spring|summer|fall|autumn|winter)\\b(?:\\s+(?:of\\s+)?${YEAR})?`, (m, at) => {
  const rel = (m[1] ?? "").toLowerCase();
  const s = SEASON[m[2]!.toLowerCase()]!;
  const y = m[3] ? Number(m[3]) : undefined;
  if (!rel && y === undefined) return undefined;
  if (m[2]!.toLowerCase() === "fall" && !y && !["this", "last", "next"].includes(rel)) return undefined;
  const start = rel === "in the" || rel === "during the" ? at + m[0].indexOf(m[2]!) - (rel.endsWith("the") ? 4 : 0) : at;
  const mod = MODS[rel];
  return expr(start, at + m[0].length, (c) => {
    if (y !== undefined) return date(`${y}-${s}`, mod);
    if (!c.ref) return date(`XXXX-${s}`, mod);
    const [ry, rm] = ymd(c.ref);
    const startMonth: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
    const sm = startMonth[s]!;
    let yy = ry;
    if (rel === "last" || rel === "this past") yy = rm >= sm + 3 || (s === "WI" && rm >= 3) ? ry - (s === "WI" ? 1 : 0) : ry - 1;
    else if (rel === "next") yy = rm < sm ? ry : ry + 1;
    else if (rel === "this") yy = ry;
    else if (c.tense === "past" && rm < sm) yy = ry - 1;
    else if (c.tense === "future" && rm >= sm + 3 && s !== "WI") yy = ry + 1;
    return date(`${yy}-${s}`, mod);
  }, y ? { written: { year: y } } : {});
});

/** The words before a unit in the relative periods' pattern, and in the bare plural units' one. */
const RELATIONS: ReadonlySet<string> = new Set(["this", "last", "next", "past", "previous", "coming", "current", "the", "that"]);
const SPANNING: ReadonlySet<string> = new Set(["for", "in", "over", "within", "after", "took", "take", "takes", "lasted"]);
// Relative periods: "last week", "this month", "next year", "the weekend", "earlier this year", "the past year".
add([" week", " month", " year", " decade", " century"], `\\b(?:(earlier|later|early|late)\\s+)?(this|last|next|past|previous|coming|current|the|that)\\s+(week|weekend|month|year|decade|century)\\b(?!-)`, (m, at) => {
  const pre = m[1]?.toLowerCase();
  const rel = m[2]!.toLowerCase();
  const unit = m[3]!.toLowerCase();
  if (rel === "that" || (rel === "the" && unit !== "weekend")) return undefined;
  const mod = pre === "early" ? "START" : pre === "late" ? "END" : undefined;
  // "the past year", "the coming week" are durations.
  if ((rel === "past" || rel === "coming") && /\bthe\s+$/i.test(m.input.slice(Math.max(0, m.index - 4), m.index))) {
    return expr(at - 4, at + m[0].length, () => ({ type: "DURATION", value: durationValue(1, unit) }));
  }
  const n = rel === "last" || rel === "past" || rel === "previous" ? -1 : rel === "next" || rel === "coming" ? 1 : 0;
  return expr(at, at + m[0].length, (c) => {
    if (!c.ref) return date(UNKNOWN[unit] ?? "XXXX", mod);
    if (unit === "week") return date(isoWeekValue(c.ref, n), mod);
    if (unit === "weekend") {
      const [y, mo, d] = ymd(c.ref);
      const wd = weekday(y, mo, d);
      // "the weekend" in a past clause is the one just gone; otherwise the coming one.
      let k = n;
      if (rel === "the" || rel === "this") k = c.tense === "past" || (c.tense !== "future" && wd >= 1 && wd <= 3) ? (wd === 6 || wd === 0 ? 0 : -1) : 0;
      return date(`${isoWeekValue(c.ref, k)}-WE`, mod);
    }
    return date(shiftValue(c.ref, unit, n), mod);
  });
  // The unit comes after whitespace (its list's word), and before it two words at most.
  // Before the unit's run come whitespace and the relation's word.
}, "gi", LIST_RUNS_ANCHOR([" week", " month", " year", " decade", " century"], 2, "eltnpc", (s, at) => wordBeforeIs(s, at, RELATIONS)));

// Durations and offsets: "15-year", "two weeks", "nearly a year", "the past three years", "several weeks",
// "three years ago", "a year earlier", "two days later".
/** A noun after a unit ("weekend operations"): a word of three letters or more that is no function word ("an additional year with …"). */
const ATTRIBUTIVE_NOUN_AFTER = /^\s+(?!(?:with|and|but|for|from|than|that|the|then|this|when|while|before|after|until|since|ago|later|earlier|into|onto|over|under|about|through)\b)\p{Ll}{3,}/u;
/** The groups of a number before its last three digits: "31," of "31,000", "1,200," of "1,200,000". */
const THOUSANDS_BEFORE = /(?<![\d,])\d{1,3}(?:,\d{3})*,$/;
// The unit comes after "-" or whitespace (`(?:[- ]|\\s+)`, or `\\s+` after "more"), and before that the
// number (the lexicon's numberUnit).
add((x) => x.numberUnit, `\\b${APPROX}${NUM}(?:[- ]|\\s+)(?:(?:more|additional|further|extra)\\s+)?${UNIT}\\b(?:[- ]old\\b|(\\s+(?:ago|earlier|later|from now|hence)\\b))?`, (m, at) => {
  const pre = m[1]?.toLowerCase();
  const numText = m[2]!.toLowerCase().replace(/^couple of$/, "a couple of");
  const unit = unitOf(m[3]!);
  const tail = m[4]?.trim().toLowerCase();
  if (/old$/i.test(m[0])) return undefined;
  const vague = VAGUE.has(numText);
  // "3,000 extra weekend operations": a singular unit before a noun it describes counts the noun.
  if (/\b(?:more|additional|further|extra)\s+\S*[^sS]$/.test(m[0]) && ATTRIBUTIVE_NOUN_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 20))) return undefined;
  // "31,000 hours": the match began after the thousands' comma; the duration is the whole number's.
  const thousands = /^\d{3}$/.test(numText) && !pre ? THOUSANDS_BEFORE.exec(m.input.slice(Math.max(0, m.index - 16), m.index)) : null;
  const matchEnd = at + m[0].length;
  if (thousands) at -= thousands[0].length;
  const n = vague ? undefined : numText.startsWith("half") ? 0.5 : thousands ? Number((thousands[0] + numText).replace(/,/g, "")) : parseCardinal(numText);
  if (!vague && n === undefined) return undefined;
  if (n !== undefined && n >= 1000 && /^\d{4}$/.test(numText)) return undefined;
  const singular = !/s$/i.test(m[3]!) || m[3]!.toLowerCase() === "centuries";
  if (n === 1 && !singular && numText !== "one") return undefined;
  if (n !== undefined && n > 1 && singular && !/-/.test(m[0].slice(m[0].indexOf(m[2]!) + m[2]!.length, m[0].indexOf(m[2]!) + m[2]!.length + 1))) {
    // "ten year plan" without hyphen is rare; require plural or hyphen.
    if (!/[- ]/.test(m[0])) return undefined;
  }
  // "a year" after an amount is a rate: "$5 million a year", "twice a week".
  const before = m.input.slice(Math.max(0, m.index - 30), m.index);
  if ((numText === "a" || numText === "an") && !pre && !tail && /(?:\d|times|twice|once|million|billion|percent|%)\s*$/i.test(before)) {
    return expr(at, matchEnd, () => ({ type: "SET", value: durationValue(1, unit) }));
  }
  if (numText === "some" && !tail) return undefined;
  // "a second time" is an ordinal.
  if (unit === "second" && (numText === "a" || numText === "an")) return undefined;
  // "a quarter", "three-quarters" are fractions; "two quarters" is a duration.
  if (unit === "quarter" && ((n !== undefined && n < 2) || !/\squarters$/i.test(m[0]))) return undefined;
  const mod = pre && pre !== "the" && !pre.startsWith("the ") ? MODS[pre] : undefined;
  // "almost two years ago", "a few days later": TimeML keeps the span as a duration.
  const approxTail = tail && ((mod !== undefined && !pre?.startsWith("the")) || (vague && tail !== "ago"));
  if (tail && !approxTail) {
    const sign = tail === "later" || tail === "after" || tail === "from now" || tail === "hence" ? 1 : -1;
    const time = UNIT_CODE[unit]?.[1];
    return expr(at, matchEnd, (c) => {
      if (n === undefined) return date(sign < 0 ? "PAST_REF" : "FUTURE_REF");
      if (!c.ref || !Number.isInteger(n)) return date(UNKNOWN[unit] ?? "XXXX-XX-XX", mod);
      if (time) return { type: "TIME", value: `${c.ref}T` + "XX:XX" };
      // "a year ago" in a quarterly report is the year-earlier quarter.
      if (unit === "year" && c.quarter && n === 1) return date(`${c.quarter.year - 1}-Q${c.quarter.q}`, mod);
      if (unit === "week") return date(isoWeekValue(c.ref, sign * n), mod);
      return date(shiftValue(c.ref, unit, sign * n), mod);
    });
  }
  let start = at;
  if (pre === "the") start = at; // "the nine months": keep "the"
  return expr(start, matchEnd, () => (mod ? { type: "DURATION", value: durationValue(n, unit), mod } : { type: "DURATION", value: durationValue(n, unit) }));
  // Anchored at the unit (its list's word, with the "-" or whitespace before it): before its run come
  // "more" (one run), the number (three at most: "a couple of") and APPROX (two at most: "more than").
  // Only a unit after a number (numberBeforeUnit) can be in a match.
}, "gi", LIST_RUNS_ANCHOR(DURATION_UNIT_WORDS, 6, "arnsmolujtfehc0123456789", numberBeforeUnit));

// "recent weeks", "recent days": vague durations.
add(["recent"], `\\brecent\\s+(days|weeks|months)\\b`, (m, at) => {
  const unit = unitOf(m[1]!);
  return expr(at, at + m[0].length, () => ({ type: "DURATION", value: durationValue(undefined, unit) }));
});

// Bare plural units after a preposition: "for years", "in weeks", "over decades".
add(["days", "weeks", "months", "years", "decades", "hours", "minutes"], `\\b(?:for|in|over|within|after|took|take|takes|lasted)\\s+(days|weeks|months|years|decades|hours|minutes)\\b(?!\\s+(?:of|ago|earlier|later|before|after))`, (m, at) => {
  const unit = unitOf(m[1]!);
  const start = at + m[0].length - m[1]!.length;
  return expr(start, at + m[0].length, () => ({ type: "DURATION", value: durationValue(undefined, unit) }));
  // Anchored at the unit: the preposition's run comes before its run.
}, "gi", LIST_RUNS_ANCHOR(["days", "weeks", "months", "years", "decades", "hours", "minutes"], 1, "fiowatl", (s, at) => wordBeforeIs(s, at, SPANNING)));

// "year-earlier", "year-ago" as adjectives: the same period a year before.
add(["year-"], `\\b(?:a\\s+)?(year-earlier|year-ago)\\b(?!\\s+(?:quarter|period))`, (m, at) => {
  return expr(at, at + m[0].length, (c) => {
    if (c.quarter) return date(`${c.quarter.year - 1}-Q${c.quarter.q}`);
    return date(c.ref ? String(ymd(c.ref)[0] - 1) : "XXXX");
  });
});

// Sets: "every year", "each week", "every Monday", "daily", "annually", "per year".
add(["every ", "each ", "per ", "daily", "weekly", "monthly", "yearly", "nightly", "hourly"], `\\b(?:(every|each|per)\\s+(?:other\\s+)?(?:(\\d+|two|three|four|five|six|ten)\\s+)?(second|minute|hour|day|night|week|month|quarter|year|decade|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)s?|(daily|weekly|monthly|yearly|nightly|hourly))\\b`, (m, at) => {
  if (m[4]) {
    const code: Record<string, string> = { daily: "P1D", nightly: "P1D", weekly: "P1W", monthly: "P1M", quarterly: "P1Q", yearly: "P1Y", annually: "P1Y", hourly: "PT1H" };
    return expr(at, at + m[0].length, () => ({ type: "SET", value: code[m[4]!.toLowerCase()]! }));
  }
  const u = m[3]!.toLowerCase();
  const n = m[2] ? parseCardinal(m[2]) ?? 1 : 1;
  const mo = monthIndex(u);
  if (mo !== undefined && u.length > 3) return expr(at, at + m[0].length, () => ({ type: "SET", value: `XXXX-${pad(mo)}` }));
  if (WEEKDAY_INDEX[u] !== undefined) {
    const wd = WEEKDAY_INDEX[u]!;
    return expr(at, at + m[0].length, () => ({ type: "SET", value: `XXXX-WXX-${wd === 0 ? 7 : wd}` }));
  }
  return expr(at, at + m[0].length, () => ({ type: "SET", value: durationValue(n, u) }));
});

// Anchors: PRESENT_REF, PAST_REF, FUTURE_REF.
// Every match holds one of ANCHOR_WORDS, and is at most 21 characters long ("in the distant future").
const ANCHOR_WORDS = ["now", "current", "present", "these", "moment", "recent", "lately", "past", "future", "coming", "ahead", "term"];
add(ANCHOR_WORDS, `\\b(now|currently|current|nowadays|presently|at present|these days|right now|at the moment|recently|lately|in recent (?:years|decades)|in the (?:near |distant )?(?:past|future)|the (?:near |distant )?future|the past|(?:the )?coming (?:years|months|weeks|days|decades|quarters)|in the years ahead|the (?:near|short) term|future quarters)\\b`, (m, at) => {
  const w = m[1]!.toLowerCase();
  let value = "PRESENT_REF";
  if (/recent|lately|previously|formerly|past/.test(w)) value = "PAST_REF";
  else if (/future|soon|coming|ahead|term/.test(w)) value = "FUTURE_REF";
  let start = at;
  let end = at + m[0].length;
  if (w.startsWith("in the ") || w.startsWith("in recent ")) start = at + 3;
  if (w === "now" && /^\s+that\b/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 6))) return undefined;
  return expr(start, end, () => date(value));
}, "gi", { ...LIST_ANCHOR(ANCHOR_WORDS, 22), starts: "ncpatrlif" });

// Holidays with fixed or computable dates.
add(["christmas", "new year", "thanksgiving", "independence", "labor", "memorial", "valentine", "halloween", "boxing"], `\\b(Christmas(?: Day| Eve)?|New Year['’]s(?: Day| Eve)?|Thanksgiving(?: Day)?|Independence Day|Labor Day|Memorial Day|Valentine['’]s Day|Halloween|Boxing Day)\\b`, (m, at) => {
  const h = m[1]!.toLowerCase().replace(/’/g, "'");
  const fixed = (y: number): string | undefined => {
    if (h.startsWith("christmas eve")) return toIso(y, 12, 24);
    if (h.startsWith("christmas")) return toIso(y, 12, 25);
    if (h === "new year's eve") return toIso(y, 12, 31);
    if (h.startsWith("new year's")) return toIso(y, 1, 1);
    if (h.startsWith("independence")) return toIso(y, 7, 4);
    if (h.startsWith("valentine")) return toIso(y, 2, 14);
    if (h === "halloween") return toIso(y, 10, 31);
    if (h === "boxing day") return toIso(y, 12, 26);
    const nth = (mo: number, wd: number, k: number): string => {
      const first = weekday(y, mo, 1);
      return toIso(y, mo, 1 + ((wd - first + 7) % 7) + 7 * (k - 1));
    };
    if (h.startsWith("thanksgiving")) return nth(11, 4, 4);
    if (h === "labor day") return nth(9, 1, 1);
    if (h === "memorial day") {
      const last = weekday(y, 5, 31);
      return toIso(y, 5, 31 - ((last - 1 + 7) % 7));
    }
    return undefined;
  };
  return expr(at, at + m[0].length, (c) => {
    if (!c.ref) return date("XXXX-XX-XX");
    const ry = ymd(c.ref)[0];
    const v = fixed(ry);
    if (!v) return date("XXXX-XX-XX");
    if (c.tense === "past" && v > c.ref) return date(fixed(ry - 1) ?? v);
    return date(v);
  });
}, "g");

// Impossible calendar dates that chrono rejects: "April 31", "30 February", "February 29, 2023".
const IMPOSSIBLE = new RegExp(`\\b(?:${WD},?\\s+)?${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+${YEAR}\\b)?|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MON}(?:,?\\s+${YEAR}\\b)?`, "gi");

function impossibleDates(slice: string, from: number, lx: Lexicon, out: RawExpression[]): void {
  // Every match kept holds a capitalised month name and a day number past the month's end: 29, 30 or 31
  // (every month has 28 days at least).
  if (lx !== EVERYTHING && (!CAP_MONTH_AND_DIGIT(lx) || !(slice.includes("29") || slice.includes("30") || slice.includes("31")))) return;
  IMPOSSIBLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IMPOSSIBLE.exec(slice))) {
    const monTok = m[2] ?? m[6];
    if (!upper(monTok)) continue;
    const mo = monthIndex(monTok!)!;
    const day = Number(m[3] ?? m[5]);
    const y = m[4] ?? m[7] ? Number(m[4] ?? m[7]) : undefined;
    if (day < 1 || day > 31) continue;
    const max = mo === 2 ? (y === undefined ? 29 : daysInMonth(y, 2)) : daysInMonth(2001, mo);
    if (day <= max) continue;
    const name = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][mo - 1]!;
    // (February of no year written: "30 February" is no date in any year.)
    const reason = mo === 2 && day === 29 && y !== undefined ? `${y} was not a leap year` : mo === 2 && y === undefined ? `${name} has at most ${max} days` : `${name} has ${max} days`;
    const start = from + m.index;
    const v = `${y ?? "XXXX"}-${pad(mo)}-${pad(day)}`;
    // A full stop after a month written in full ends the sentence ("on 31 September."), it is no abbreviation's.
    const length = m[0].endsWith(".") && monTok!.length >= 3 && name.toLowerCase() === monTok!.toLowerCase() ? m[0].length - 1 : m[0].length;
    out.push(expr(start, start + length, () => date(v), {
      written: { ...(y !== undefined ? { year: y } : {}), month: mo, day, ...(m[1] ? { weekday: WEEKDAY_INDEX[m[1].toLowerCase()]! } : {}) },
      invalid: reason,
    }));
  }
}

/**
 * Impossible all-numeric dates that chrono drops: "2026-02-31" (ISO), "31/06/2026" (day first, as
 * its day over 12 says), "06/31/2026" (month first) — never one that can be read two ways.
 */
const IMPOSSIBLE_NUMERIC = /(?<![\d/.-])(?:(\d{4})-(\d\d)-(\d\d)|(\d{1,2})\/(\d{1,2})\/(\d{4}))(?![\d/.-]?\d)/g;

function impossibleNumericDates(slice: string, from: number, lx: Lexicon, out: RawExpression[]): void {
  if (!lx.digitSepDigit || !(slice.includes("29") || slice.includes("30") || slice.includes("31"))) return;
  IMPOSSIBLE_NUMERIC.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = IMPOSSIBLE_NUMERIC.exec(slice)); ) {
    let y: number;
    let mo: number;
    let day: number;
    if (m[1] !== undefined) [y, mo, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    else {
      const a = Number(m[4]);
      const b = Number(m[5]);
      y = Number(m[6]);
      if (a > 12 && b <= 12) [mo, day] = [b, a];
      else if (b > 12 && a <= 12) [mo, day] = [a, b];
      else continue;
    }
    if (mo < 1 || mo > 12 || day < 29 || day > 31 || y < 1000 || day <= daysInMonth(y, mo)) continue;
    const name = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][mo - 1]!;
    const max = daysInMonth(y, mo);
    const reason = mo === 2 && day === 29 ? `${y} was not a leap year` : `${name} has ${max} days`;
    const start = from + m.index;
    const v = `${y}-${pad(mo)}-${pad(day)}`;
    out.push(expr(start, start + m[0].length, () => date(v), { written: { year: y, month: mo, day }, invalid: reason }));
  }
}

// ---------------------------------------------------------------- chrono

const CHRONO_REF = new Date(Date.UTC(2000, 0, 1, 12));

/** Phrases only chrono's relative-offset parsers read ("5 days ago", "5 days later", "within 5 days"). */
const RELATIVE_OFFSET_PROBE = "5 days ago; 5 days later; within 5 days";

/**
 * Does this chrono parser read relative offsets? Decided by what it parses rather than by its
 * class name, which does not survive minification (test/unit/parse/dates.test.ts checks the two
 * agree on chrono's English strict parsers).
 */
export function readsRelativeOffsets(p: chrono.Parser): boolean {
  const alone = new chrono.Chrono({ parsers: [p], refiners: [] });
  return alone.parse(RELATIVE_OFFSET_PROBE, CHRONO_REF).length > 0;
}

let strictParser: chrono.Chrono | undefined;

/**
 * chrono's strict English parser without its relative-offset parsers ("5 days ago": the patterns
 * above read those). Made on first use: telling the parsers apart costs a few dozen milliseconds
 * of cold chrono code, which loading Byline should not pay.
 */
function chronoParser(): chrono.Chrono {
  if (!strictParser) {
    const parser = chrono.en.strict.clone();
    parser.parsers = parser.parsers.filter((p) => !readsRelativeOffsets(p));
    strictParser = parser;
  }
  return strictParser;
}
/** What chrono may take in before a date: a preposition, a bracket, or a number and its preposition ("rose to 23 on Friday, Aug. 8"). */
const LEADING = /^(?:(?:\d{1,4}\s+)?(?:on|at|in|by|since|until|from|of)\s+|[(\[]\s*)/i;
// eslint-disable-next-line regexp/no-super-linear-move -- applied to one date expression's text, never to a whole paragraph
const RANGE_JOIN = /\s*(?:\bto\b|\bthrough\b|\buntil\b|-|–|—)\s*(?=\p{L})/u;
/** A range whose end starts with its day ("6 Dec. 2024 to 9 Jan. 2025"): joined by a word only ("6-9 Dec." is one expression). */
const RANGE_JOIN_DAY = /\s(?:to|through|until)\s(?=\d)/;
/** A number of one or two digits after a comma at an expression's end ("Oct. 20, 12 days later"): chrono reads a year (2012) or a clock time in it. */
// eslint-disable-next-line regexp/no-super-linear-move -- applied to one date expression's text, never to a whole paragraph
const BARE_NUMBER_AFTER = /,\s*\d{1,2}$/;

/**
 * What every chrono result kept below (month and day both stated) contains, whatever chrono's
 * parsers left above do with it: a month name with a day number (an ordinal word or digits) right
 * after it ("Dec. 28", "December twenty-first", "2025 Dec 28") or right before it ("28 Dec",
 * "5th of December"), or a numeric date ("12/28", "2025-12-28", "2025 12 28"). chrono's month
 * names, ordinal words and separators (locales/en: MONTH_DICTIONARY, ORDINAL_WORD_DICTIONARY,
 * the little- and middle-endian, year-month-day, ISO and slash parsers) are all covered; a weekday,
 * a time or a range is only kept joined to such a date. Text without one is not given to chrono.
 * A numeric date with month and day both certain comes from one of three parsers of chrono's strict
 * English configuration (the others need a month name, or certain neither): ISOFormatParser
 * (`yyyy-m-d`), ENYearMonthDayParser (`yyyy[-./ ]m[-./ ]d`) and SlashDateFormatParser, which
 * rejects a match without a "/" unless it has a year of two or four digits (`d[./-]d[./-]yy`). So
 * "3.5", "737-800", "15-20%" or "10.4.1" (most numbers in news) need no chrono: only `d/d`,
 * `d[-./]dd?[-./]dd`, `dddd[-./]dd?[-./ ]d` or `dddd d`. A day after a month name ("Dec. 28",
 * ENMonthNameMiddleEndianParser, ENYearMonthDayParser) is one or two digits never followed by
 * a third (the patterns go on with a suffix, a separator, or a lookahead for \W): "November 2006"
 * is no day.
 */
const CHRONO_MONTH = "(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
const ORDINAL_WORD = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth";
const CHRONO_NUMERIC = "\\d/\\d|\\d[-.]\\d\\d?[-./]\\d\\d|\\d{4}[-.]\\d\\d?[-./\\s]\\d|\\d{4}\\s\\d";
export const CHRONO_HINT = new RegExp(
  `${CHRONO_MONTH}\\.?(?:-|/|\\.|\\s*(?:,\\s*)?)(?:\\d\\d?(?!\\d)|${ORDINAL_WORD}|twent|thirt)` +
    `|(?:\\d(?:st|nd|rd|th)?|${ORDINAL_WORD}|twentieth|thirtieth)(?:-|/|\\s*(?:of\\s*)?)${CHRONO_MONTH}(?![a-z_])` +
    `|${CHRONO_NUMERIC}`,
  "i",
);
/** CHRONO_HINT's numeric dates: all of it that text without a month name's first three letters can match. */
export const CHRONO_NUMERIC_HINT = new RegExp(CHRONO_NUMERIC);
/**
 * CHRONO_HINT's other two parts, tried only where a month name's first three letters start (every
 * spelling in CHRONO_MONTH starts with them): the month and the day after it, or the month after a day.
 */
const MONTH_THEN_DAY = new RegExp(`${CHRONO_MONTH}\\.?(?:-|/|\\.|\\s*(?:,\\s*)?)(?:\\d\\d?(?!\\d)|${ORDINAL_WORD}|twent|thirt)`, "iy");
// eslint-disable-next-line regexp/no-super-linear-move -- sticky, tried once at each month name's start: its look-behind reads back over one run of spaces
const MONTH_AFTER_DAY = new RegExp(`(?<=(?:\\d(?:st|nd|rd|th)?|${ORDINAL_WORD}|twentieth|thirtieth)(?:-|/|\\s*(?:of\\s*)?))${CHRONO_MONTH}(?![a-z_])`, "iy");

/** CHRONO_HINT.test(slice), with the help of the paragraph's lexicon (the same answer). */
export function chronoHint(slice: string, lx: Lexicon): boolean {
  for (const at of lx.monthAt) {
    if (!monthOfHint(slice, at)) continue;
    MONTH_THEN_DAY.lastIndex = at;
    if (MONTH_THEN_DAY.test(slice)) return true;
    MONTH_AFTER_DAY.lastIndex = at;
    if (MONTH_AFTER_DAY.test(slice)) return true;
  }
  return lx.digitSepDigit && CHRONO_NUMERIC_HINT.test(slice);
}

function chronoDates(slice: string, from: number, lx: Lexicon, out: RawExpression[]): void {
  // CHRONO_HINT needs a month name or a digit, and without a month name only its numeric dates can match
  // (each spelling in CHRONO_MONTH starts with a month's first three letters); the lexicon knows.
  if (lx !== EVERYTHING && !chronoHint(slice, lx)) return;
  if (lx === EVERYTHING) {
    readChrono(slice, from, out);
    return;
  }
  // The slice is read in stretches, from one word chrono cannot read to the next (five letters or more
  // between spaces, not made of CHRONO_VOCABULARY): no match of its parsers holds such a word, nor joins
  // across one, nor looks past one, and its refiners join two results only with its own words between, so
  // chrono reads each stretch (both words included) as it reads the slice there. A stretch without
  // CHRONO_HINT holds no date (it needs a month name's letters or a digit); one whose dates are plainly
  // written ("June 18", "Dec. 28, 2025") needs no chrono.
  const months = lx.monthAt;
  // The stretch [a, b), its month names' starts from months[k] on.
  const stretch = (a: number, b: number, k: number): void => {
    const digit = lx.digit && hasDigit(slice, a, b);
    if (!digit && !(k < months.length && months[k]! < b)) return;
    const text = a === 0 && b === slice.length ? slice : slice.slice(a, b);
    if (!monthHint(text, months, k, a, b) && !(digit && CHRONO_NUMERIC_HINT.test(text))) return;
    const plain = plainDates(text);
    if (!plain) readChrono(text, from + a, out);
    else for (const d of plain) out.push(calendarDay(from + a + d.index, d.text, d.month, d.day, d.year, d.weekday, ""));
  };
  let k = 0;
  let a = 0;
  for (let i = 0; i < slice.length; ) {
    if (!isAsciiLetter(slice.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < slice.length && isAsciiLetter(slice.charCodeAt(j))) j++;
    if (j - i >= 5 && i > 0 && j < slice.length && slice.charCodeAt(i - 1) === 32 && slice.charCodeAt(j) === 32 && !CHRONO_VOCABULARY.test(slice.slice(i, j))) {
      while (k < months.length && months[k]! < a) k++;
      stretch(a, j, k);
      a = i;
    }
    i = j;
  }
  while (k < months.length && months[k]! < a) k++;
  stretch(a, slice.length, k);
}

/**
 * Does CHRONO_HINT's month part match `text` ([a, b) of a slice whose month names start at `months`, from
 * months[k] on)? Tried at each month name's start in it, as chronoHint() does.
 */
function monthHint(text: string, months: readonly number[], k: number, a: number, b: number): boolean {
  for (let q = k; q < months.length && months[q]! < b; q++) {
    if (!monthOfHint(text, months[q]! - a)) continue;
    MONTH_THEN_DAY.lastIndex = months[q]! - a;
    if (MONTH_THEN_DAY.test(text)) return true;
    MONTH_AFTER_DAY.lastIndex = months[q]! - a;
    if (MONTH_AFTER_DAY.test(text)) return true;
  }
  return false;
}

const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/**
 * Can a match of MONTH_THEN_DAY or MONTH_AFTER_DAY start at `at` of `s`? Both start with a month name of
 * CHRONO_MONTH; after it comes no letter (a full stop, a separator, a digit, or MONTH_AFTER_DAY's lookahead
 * for no letter), or, in MONTH_THEN_DAY, the letters of an ordinal word, "twent" or "thirt" right away. So
 * the run of ASCII letters from `at`, lower-cased, is a month name, or one and then such letters.
 */
function monthOfHint(s: string, at: number): boolean {
  let e = at;
  while (e < s.length && isAsciiLetter(s.charCodeAt(e))) e++;
  for (const name of monthNamesAt(s, at, e)) {
    if (!spelledAt(s, at, e, name, true)) continue;
    const rest = at + name.length;
    if (rest === e) return true;
    // An ordinal word, "twent" or "thirt" starts with one of f, s, t, e, n: most runs go on otherwise.
    const f = s.charCodeAt(rest) | 32;
    if (f !== 102 && f !== 115 && f !== 116 && f !== 101 && f !== 110) continue;
    const tail = s.slice(rest, e).toLowerCase();
    for (const w of DAY_WORD_STARTS) if (tail.startsWith(w)) return true;
  }
  return false;
}
const DAY_WORD_STARTS = [...ORDINAL_WORD.split("|"), "twent", "thirt"];

/** The names of CHRONO_MONTH (the spellings of MON too) by month, the months by their first three letters. */
const NAMES_BY_LETTERS = new Map<number, readonly string[]>();
for (const name of CHRONO_MONTH.slice(3, -1).split("|")) {
  const key = (name.charCodeAt(0) << 16) | (name.charCodeAt(1) << 8) | name.charCodeAt(2);
  NAMES_BY_LETTERS.set(key, [...(NAMES_BY_LETTERS.get(key) ?? []), name]);
}
const NO_NAMES: readonly string[] = [];
/** The month names that may be spelled by the run of ASCII letters [at, e) of `s`, by its first three letters. */
function monthNamesAt(s: string, at: number, e: number): readonly string[] {
  if (e - at < 3) return NO_NAMES;
  return NAMES_BY_LETTERS.get(((s.charCodeAt(at) | 32) << 16) | ((s.charCodeAt(at + 1) | 32) << 8) | (s.charCodeAt(at + 2) | 32)) ?? NO_NAMES;
}
/** Do the ASCII letters [at, e) of `s` spell `name` (lower case), case aside: all of them, or (`prefix`) the first ones? */
function spelledAt(s: string, at: number, e: number, name: string, prefix: boolean): boolean {
  if (prefix ? e - at < name.length : e - at !== name.length) return false;
  for (let i = 0; i < name.length; i++) if ((s.charCodeAt(at + i) | 32) !== name.charCodeAt(i)) return false;
  return true;
}

function hasDigit(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * Every run of letters in a match of chrono's strict parsers, and every word its refiners read between two
 * results or after one, is made of these (case aside):
 * month and weekday names, ordinal days, "of", "on", "this week", "to"/"until" of ranges, "st"/"th", eras,
 * "a.m.", "o'clock", "at night", "in the morning", the ISO "T" and "Z", "GMT", "UTC", "at"/"after"/"before".
 * (A time zone's abbreviation has at most four letters.)
 */
const CHRONO_VOCABULARY = new RegExp(
  "^(?:january|february|march|april|may|june|july|august|september|sept|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec" +
    "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|thurs|thur|thu|tues|tue|wed|fri|sat|sun|mon|weekend|weekday|week|this|last|past|next" +
    "|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|twenty|thirty" +
    "|of|on|to|until|through|till|st|nd|rd|th|be|ad|bc|bce|ce|am|pm|a|p|m|o|clock|at|night|in|the|morning|afternoon|from|after|before|t|z|gmt|utc)+$",
  "i",
);

/** A date that ends in a range of days: "March 3-4". */
const DAY_RANGE_END = /\d\s*[-–]\s*\d{1,2}$/;
/** A weekday and a word that joins it to the next: "Tuesday and ". */
const WEEKDAY_AND = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*(?:and|&|to|through|-|–)\s*$/i;

/**
 * The calendar dates chrono's strict parser reads in `text` (with month and day certain), each at
 * `base` + its offset, appended to `out`.
 */
function readChrono(text: string, base: number, out: RawExpression[]): void {
  for (const r of chronoParser().parse(text, CHRONO_REF)) {
    const c = r.start;
    if (!c.isCertain("month") || !c.isCertain("day") || !/\p{L}{3}/u.test(r.text)) {
      // An all-numeric date is kept only when it cannot be read two ways (see numericDate).
      const n = c.isCertain("month") && c.isCertain("day") ? numericDate(r.text) : undefined;
      if (n) {
        out.push(calendarDay(base + r.index + n.index, n.text, n.month, n.day, n.year, undefined, ""));
        // ("from 15/02/2026 to 04/04/2026": a range's end too.)
        const rest = n.index + n.text.length;
        const e = RANGE_NUMERIC_END.test(r.text.slice(rest)) ? numericDate(r.text.slice(rest)) : undefined;
        if (e) out.push(calendarDay(base + r.index + rest + e.index, e.text, e.month, e.day, e.year, undefined, ""));
        continue;
      }
      const lost = dayReadAsTime(text, r);
      if (lost) out.push(calendarDay(base + lost.index, lost.text, lost.month, lost.day, lost.year, undefined, ""));
      continue;
    }
    let t = r.text;
    let start = base + r.index;
    const lead = LEADING.exec(t);
    if (lead) {
      start += lead[0].length;
      t = t.slice(lead[0].length);
    }
    t = t.replace(/(?<![\s,])[\s,]+$/, "");
    const bare = BARE_NUMBER_AFTER.exec(t);
    if (bare) {
      // The expression is read again without the number.
      readChrono(text.slice(r.index, start - base + bare.index), base + r.index, out);
      continue;
    }
    // A range ("Aug. 26 to Oct. 20", "6 Dec. 2024 to 9 Jan. 2025") is two dates, as TimeML annotates it.
    const range = r.end ? (RANGE_JOIN.exec(t) ?? dayFirstRange(t)) : null;
    if (range && r.end?.isCertain("month") && r.end.isCertain("day")) {
      const endText = t.slice(range.index + range[0].length);
      const endStart = start + range.index + range[0].length;
      const em = r.end.get("month")!;
      const ed = r.end.get("day")!;
      const ey = r.end.isCertain("year") ? r.end.get("year")! : undefined;
      out.push(expr(endStart, endStart + endText.length, (ctx) => {
        if (ey !== undefined) return date(toIso(ey, em, ed));
        if (!ctx.ref) return date(`XXXX-${pad(em)}-${pad(ed)}`);
        return date(toIso(yearFor(ctx.ref, em, ed, ctx.tense), em, ed));
      }, { written: { ...(ey !== undefined ? { year: ey } : {}), month: em, day: ed }, kind: "day" }));
      t = t.slice(0, range.index);
    }
    let month = c.get("month")!;
    let day = c.get("day")!;
    const year = c.isCertain("year") ? c.get("year")! : undefined;
    // "Tuesday and Wednesday, March 3-4": the weekday is the range's last day's, and says nothing of its first.
    const wd = c.isCertain("weekday") && !(DAY_RANGE_END.test(t) && WEEKDAY_AND.test(text.slice(Math.max(0, r.index - 16), r.index))) ? c.get("weekday")! : undefined;
    // "Tuesday, 12/05/2026": a numeric date that reads two ways is the one its weekday fits (12 May
    // 2026 was a Tuesday; chrono reads month first).
    if (wd !== undefined && year !== undefined && month !== day && month <= 12 && day <= 12 && NUMERIC_DAY_MONTH.test(t) && weekday(year, month, day) !== wd && weekday(year, day, month) === wd) [month, day] = [day, month];
    // "5 p.m. EST Nov. 9": chrono joins a clock time to the date.
    const time = c.isCertain("hour") && /\d\s*(?:a\.?m\.?|p\.?m\.?)|\d:\d\d|noon|midnight/i.test(r.text) ? `T${pad(c.get("hour")!)}:${pad(c.get("minute") ?? 0)}` : "";
    out.push(calendarDay(start, t, month, day, year, wd, time));
  }
}

/** What joins a numeric range's two dates, then the second's first digit: " to 0", " - 1", "–2". */
const RANGE_NUMERIC_END = /^\s?(?:to|until|through|-|–)\s?\d/;

/** A day and a month in digits, joined by slashes, then a year: "12/05/2026". */
const NUMERIC_DAY_MONTH = /(?<!\d)\d{1,2}\/\d{1,2}\/\d{4}(?!\d)/;

/**
 * An all-numeric date that says its year in four digits and cannot be read two ways: ISO's
 * "2026-03-03" (or "2026/03/03"), or "15/03/2026" and "03/15/2026", whose day is over 12, or
 * "03/03/2026", whose day and month are one number. "03/04/2026" (3 April or March 4), "3/4"
 * (a fraction), "24/7" and "10.4.1" (a version) give none. Where it starts in `t`, and its text.
 */
export function numericDate(t: string): { index: number; text: string; year: number; month: number; day: number } | undefined {
  const m = NUMERIC_DATE.exec(t);
  if (!m) return undefined;
  let year: number;
  let month: number;
  let day: number;
  if (m[1] !== undefined) {
    year = Number(m[1]);
    month = Number(m[3]);
    day = Number(m[4]);
  } else {
    const a = Number(m[5]);
    const b = Number(m[6]);
    year = Number(m[7]);
    if (a === b || b > 12) [month, day] = [a, b];
    else if (a > 12) [month, day] = [b, a];
    else return undefined;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000) return undefined;
  return { index: m.index, text: m[0], year, month, day };
}
const NUMERIC_DATE = /(?<![\d/.-])(?:(\d{4})([-/])(\d\d)\2(\d\d)|(\d{1,2})\/(\d{1,2})\/(\d{4}))(?![\d/.-]?\d)/;

/** RANGE_JOIN_DAY's match in `t` when what comes before it names a month (three letters or more). */
function dayFirstRange(t: string): RegExpExecArray | null {
  const m = RANGE_JOIN_DAY.exec(t);
  return m && /\p{L}{3}/u.test(t.slice(0, m.index)) ? m : null;
}

/** A clock time chrono reads from a word and a bare number ("from 6", "until 12"), or a span of two ("from 6 to 9"). */
const BARE_HOUR = /^(?:from|to|until|till|through|at|after|before|since|by)\s+\d{1,2}$/i;
const BARE_HOURS = /^(?:from\s+)?(\d{1,2})\s*(?:to|-|–|until|through)\s*\d{1,2}$/i;

/**
 * The date whose day chrono took for a clock time: in "from 6 Dec. to 9 Dec." it reads "from 6" as
 * six o'clock and the month after it alone, which is no date; the day and the month after it are
 * the date (a plain date, PLAIN_DATE, starting at the number; none followed by what makes a clock
 * time of it, "6 Dec. 5 pm"). In "from 6 to 9 Dec." it reads "from 6 to 9" as hours: the days are
 * one expression, "6 to 9 Dec.", dated by its first day as "6-9 Dec." is.
 */
function dayReadAsTime(text: string, r: chrono.ParsedResult): { index: number; text: string; month: number; day: number; year: number | undefined } | undefined {
  if (!r.start.isCertain("hour") || r.start.isCertain("day")) return undefined;
  const span = BARE_HOURS.exec(r.text);
  if (!span && !BARE_HOUR.test(r.text)) return undefined;
  let at = r.index + r.text.length;
  while (at > r.index && text.charCodeAt(at - 1) >= 48 && text.charCodeAt(at - 1) <= 57) at--;
  PLAIN_DATE_AT.lastIndex = at;
  const m = PLAIN_DATE_AT.exec(text);
  if (!m || m[5] === undefined) return undefined;
  const month = monthIndex(m[6]!)!;
  const year = m[7] ? Number(m[7]) : undefined;
  const valid = (day: number): boolean => (year === undefined ? day <= daysInMonth(2000, month) : isValidDate(year, month, day));
  if (!valid(Number(m[5]))) return undefined;
  AFTER_PLAIN.lastIndex = at + m[0].length;
  if (AFTER_PLAIN.test(text)) return undefined;
  if (!span) return { index: at, text: m[0], month, day: Number(m[5]), year };
  const first = Number(span[1]);
  const from = r.index + span.index + span[0].indexOf(span[1]!);
  if (!valid(first) || first >= Number(m[5])) return undefined;
  return { index: from, text: text.slice(from, at + m[0].length), month, day: first, year };
}

/** A calendar date chrono read (or plainDates found as chrono reads it): its day, with a clock time ("T17:00") or "". */
function calendarDay(start: number, t: string, month: number, day: number, year: number | undefined, wd: number | undefined, time: string): RawExpression {
  // (No object spread: a literal per case, the fields in the same order.)
  const written: Written =
    year !== undefined ? (wd !== undefined ? { year, month, day, weekday: wd } : { year, month, day }) : wd !== undefined ? { month, day, weekday: wd } : { month, day };
  const typed = (v: string): Resolution => (time ? { type: "TIME", value: `${v}${time}` } : date(v));
  return expr(start, start + t.length, (ctx) => {
    if (year !== undefined) return typed(toIso(year, month, day));
    if (!ctx.ref) return typed(`XXXX-${pad(month)}-${pad(day)}`);
    return typed(toIso(yearFor(ctx.ref, month, day, ctx.tense, wd), month, day));
  }, { written, kind: "day" });
}

/**
 * A date as plainly as news writes it: a capitalised month name (or its abbreviation, with or without a
 * full stop), one space, a day number and maybe ", " and a year of four digits ("June 18", "Dec. 28, 2025",
 * "Nov 21", "September 11th"), maybe after a capitalised weekday and ", " ("Thursday, March 6"); or the day
 * number first ("11 December", "4 March 2025", "1st Dec., 2025"), with neither a letter nor a digit on
 * either side. chrono's middle-endian and little-endian parsers read each of them as exactly this text,
 * month and day certain, and the year certain when written (its weekday parser reads the weekday and the
 * comma after it, and a refiner joins them to the date, the weekday certain).
 * Groups: weekday, month, day, year (month first); day, month, year (day first).
 */
const PLAIN_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
const PLAIN_DAY = "0?[1-9]|[12]\\d|3[01]";
const PLAIN_DATE = new RegExp(
  `(?<![A-Za-z0-9_])(?:(?:(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday), )?(${PLAIN_MONTH}) (${PLAIN_DAY})(?:st|nd|rd|th)?(?:, ([1-9]\\d{3}))?` +
    `|(${PLAIN_DAY})(?:st|nd|rd|th)? (${PLAIN_MONTH})(?:,? ([1-9]\\d{3}))?)(?![A-Za-z0-9_])`,
  "g",
);
/** PLAIN_DATE at one place (`dayReadAsTime`). */
const PLAIN_DATE_AT = new RegExp(PLAIN_DATE.source, "y");
/**
 * What may follow a plain date and still be read with it by chrono: a clock's am/pm, "o'clock", "at night",
 * "in the morning" (its time parser takes the day number with them, longer than the date: the date is
 * dropped); "am"/"pm" starting a word (the middle-endian parser refuses the day before it); an era after a
 * year ("2008 BC"); a time zone's capitals ("June 18, EST"). Read from a date's end; more than needed.
 */
// eslint-disable-next-line regexp/no-super-linear-move -- sticky, tried once at each plain date's end
const AFTER_PLAIN = /\s*(?:am|pm|[ap](?![A-Za-z0-9_])|oclock|o(?![A-Za-z0-9_])|at\s*night|in\s*the\s*(?:morning|afternoon))|\s{0,2}(?:be|ad|bc|ce)(?![A-Za-z0-9_])/iy;
// eslint-disable-next-line regexp/no-super-linear-move -- sticky, tried once at each plain date's end
const ZONE_AFTER_PLAIN = /\s*(?:,\s*)?\(?[A-Z]{2,4}\)?(?![A-Za-z0-9_])/y;
/**
 * Words starting with these could start something chrono reads, or join a date: a month or weekday name
 * (and "weekend", "weekday"), an ordinal day ("the first June 18"), a tens word ("twenty-first").
 */
const CHRONO_WORD_START = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|week|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|twenty|thirty)/;
/**
 * The words chrono's parsers and refiners read between two results or inside one (ranges, "June 18 of
 * 2008", "at", "on"…), and other short words of its patterns. Two plain dates are read apart only with
 * some other word between them.
 */
const CHRONO_JOINING = new Set([
  "to", "until", "through", "till", "of", "at", "after", "before", "on", "t", "the", "this", "last", "past", "next", "in", "from",
  "a", "p", "am", "pm", "o", "clock", "night", "morning", "afternoon", "st", "nd", "rd", "th", "be", "ad", "bc", "bce", "ce", "gmt", "utc", "z",
]);

/**
 * The calendar dates chrono's strict parser keeps in `slice` (with month and day certain), when they are
 * all plain dates (PLAIN_DATE) and nothing else in the slice could be read by chrono or joined to them:
 * no digit anywhere else, no word starting as a month, weekday or ordinal does (CHRONO_WORD_START), a word
 * chrono does not join between any two dates, nothing AFTER_PLAIN after one. Every parser of chrono's strict
 * configuration needs a digit, a month name or a weekday name; the one result each plain date gives then
 * stands alone (its day number read as a clock time lies inside it and is shorter: dropped). Else undefined:
 * chrono reads the slice.
 */
export function plainDates(slice: string): { index: number; text: string; month: number; day: number; year: number | undefined; weekday: number | undefined }[] | undefined {
  const out: { index: number; text: string; month: number; day: number; year: number | undefined; weekday: number | undefined }[] = [];
  let last = 0;
  PLAIN_DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLAIN_DATE.exec(slice))) {
    if (!wordsOnly(slice, last, m.index, out.length > 0, true)) return undefined;
    const monthFirst = m[2] !== undefined;
    const month = monthIndex(monthFirst ? m[2]! : m[6]!)!;
    const day = Number(monthFirst ? m[3] : m[5]);
    const y = monthFirst ? m[4] : m[7];
    const year = y ? Number(y) : undefined;
    const weekday = m[1] ? WEEKDAY_INDEX[m[1].toLowerCase()] : undefined;
    if (weekday !== undefined && weekdayJoined(slice, m.index)) return undefined;
    // Days every year has (February 29 without a year: chrono guesses one).
    if (year === undefined ? day > (month === 2 ? 28 : daysInMonth(2001, month)) : !isValidDate(year, month, day)) return undefined;
    last = m.index + m[0].length;
    AFTER_PLAIN.lastIndex = last;
    ZONE_AFTER_PLAIN.lastIndex = last;
    if (AFTER_PLAIN.test(slice) || ZONE_AFTER_PLAIN.test(slice)) return undefined;
    out.push({ index: m.index, text: m[0], month, day, year, weekday });
  }
  return out.length > 0 && wordsOnly(slice, last, slice.length, true, false) ? out : undefined;
}

/**
 * Does chrono's weekday parser read more than the weekday at `at` of `s` (and LEADING's "on")? It takes a
 * comma or an opening parenthesis before it, "this", "last", "past" or "next" before it, and "on" before
 * those (and a comma or parenthesis before "on").
 */
function weekdayJoined(s: string, at: number): boolean {
  let q = at;
  while (q > 0 && isWhitespace(s.charCodeAt(q - 1))) q--;
  if (q === 0) return false;
  const c = s.charCodeAt(q - 1);
  if (c === 44 || c === 40 || c === 0xff08) return true;
  if (!isAsciiLetter(c)) return false;
  let p = q - 1;
  while (p > 0 && isAsciiLetter(s.charCodeAt(p - 1))) p--;
  const w = s.slice(p, q).toLowerCase();
  if (w === "this" || w === "last" || w === "past" || w === "next") return true;
  if (w !== "on") return false;
  while (p > 0 && isWhitespace(s.charCodeAt(p - 1))) p--;
  if (p === 0) return false;
  const d = s.charCodeAt(p - 1);
  return d === 44 || d === 40 || d === 0xff08;
}

/**
 * Does [from, to) of `s`, between a plain date before it (`dateBefore`, else the slice's start) and one after
 * it (`dateAfter`, else the slice's end), hold nothing chrono reads or joins to them? No ASCII word starting as
 * CHRONO_WORD_START does; digits only in lone numbers (loneNumber), which chrono reads as a clock time at
 * most ("at 9"): a result without a day, never kept, unless it joins a date; and a word CHRONO_JOINING does
 * not hold between two dates, and between a date and a lone number either way. (A word here is a run of
 * ASCII letters; [from, to) starts and ends next to no letter.)
 */
function wordsOnly(s: string, from: number, to: number, dateBefore: boolean, dateAfter: boolean): boolean {
  // What came last, a date or a lone number, and whether such a word came after it.
  let last: "none" | "date" | "number" = dateBefore ? "date" : "none";
  let separated = false;
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < to && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
      if (!loneNumber(s, i, j) || (last === "date" && !separated)) return false;
      last = "number";
      separated = false;
      i = j;
    } else if ((c | 32) >= 97 && (c | 32) <= 122) {
      let j = i + 1;
      while (j < to && ((s.charCodeAt(j) | 32) >= 97 && (s.charCodeAt(j) | 32) <= 122)) j++;
      const w = s.slice(i, j).toLowerCase();
      if (CHRONO_WORD_START.test(w)) return false;
      if (!separated && !CHRONO_JOINING.has(w)) separated = true;
      i = j;
    } else i++;
  }
  return !dateAfter || last === "none" || separated;
}

/**
 * Is the run of digits [p, q) of `s` a number no parser of chrono's strict configuration reads more of than a
 * clock time: at most four digits, after the start, whitespace or an opening bracket or quote, and before the
 * end, a closing bracket or quote, or whitespace and then neither an ASCII letter nor a digit (no "9 am",
 * "9 o'clock", "9:30", "3/4", "9-5", "1.5", "F-16", "3GS")?
 */
function loneNumber(s: string, p: number, q: number): boolean {
  if (q - p > 4) return false;
  if (p > 0) {
    const b = s.charCodeAt(p - 1);
    if (!(isWhitespace(b) || b === 40 || b === 91 || b === 34 || b === 0x201c || b === 0x2018)) return false;
  }
  if (q === s.length) return true;
  const a = s.charCodeAt(q);
  if (a === 41 || a === 93 || a === 34 || a === 0x201d || a === 0x2019) return true;
  if (!isWhitespace(a)) return false;
  let r = q + 1;
  while (r < s.length && isWhitespace(s.charCodeAt(r))) r++;
  if (r === s.length) return true;
  const n = s.charCodeAt(r);
  return !isAsciiLetter(n) && !(n >= 48 && n <= 57);
}

// ---------------------------------------------------------------- entry

/**
 * All temporal expressions in [from, to) of `text`, longest first where they overlap, in text order.
 * They depend on that part of the text alone. `prefilter: false` runs chrono and every pattern
 * whatever the text holds (for tests: the result is the same).
 */
export function scanExpressions(text: string, from: number, to: number, options: { prefilter?: boolean } = {}): RawExpression[] {
  const found: RawExpression[] = [];
  const slice = text.slice(from, to);
  const all = options.prefilter === false;
  const lx = all ? EVERYTHING : lexicon(slice);
  // Invalid dates first: they win over partial matches ("April" of "April 31").
  impossibleDates(slice, from, lx, found);
  impossibleNumericDates(slice, from, lx, found);
  chronoDates(slice, from, lx, found);
  for (const p of PATTERNS) {
    if (p.bit !== 0 ? (lx.lists & p.bit) === 0 : !p.may(lx)) continue;
    if (p.anchors && p.sticky && lx !== EVERYTHING) {
      if (p.anchorBit) scanNearAnchors(p, p.sticky, lx.listEnds, lx.listEndBits, p.anchorBit, slice, from, found);
      else scanNearAnchors(p, p.sticky, p.anchors(lx), undefined, 0, slice, from, found);
      continue;
    }
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(slice))) {
      if (m[0].length === 0) {
        p.re.lastIndex++;
        continue;
      }
      const e = p.handle(m, from + m.index);
      if (e) found.push(e);
    }
  }
  return mergeAdjacent(text, longestFirst(found));
}

/**
 * The expressions that overlap none kept before them, taken longest first (ties: an invalid date first,
 * then the earlier found), in text order. An empty one is never kept.
 */
export function longestFirst(found: readonly RawExpression[]): RawExpression[] {
  if (found.length > SMALL) return longestFirstBySort(found);
  // A few (most paragraphs): insertion sorts, which keep ties in the order found.
  const order: RawExpression[] = [];
  for (const e of found) {
    let j = order.length;
    while (j > 0 && goesBefore(e, order[j - 1]!)) j--;
    order.splice(j, 0, e);
  }
  const kept: RawExpression[] = [];
  for (const e of order) {
    if (e.end <= e.start) continue;
    let overlaps = false;
    for (const k of kept) {
      if (k.start < e.end && e.start < k.end) {
        overlaps = true;
        break;
      }
    }
    if (overlaps) continue;
    let j = kept.length;
    while (j > 0 && kept[j - 1]!.start > e.start) j--;
    kept.splice(j, 0, e);
  }
  return kept;
}
const SMALL = 16;
/** Does `a` come before `b`, found before it: longer, or as long and invalid where `b` is not? */
const goesBefore = (a: RawExpression, b: RawExpression): boolean => {
  const d = a.end - a.start - (b.end - b.start);
  return d > 0 || (d === 0 && !!a.invalid && !b.invalid);
};

/** longestFirst() by sorting (for many expressions, and for tests). */
export function longestFirstBySort(found: readonly RawExpression[]): RawExpression[] {
  const order = found.map((e, i) => ({ e, i }));
  order.sort((a, b) => (b.e.end - b.e.start) - (a.e.end - a.e.start) || (a.e.invalid ? -1 : 0) - (b.e.invalid ? -1 : 0) || a.i - b.i);
  // The characters kept expressions cover, marked: a test costs an expression's length, not the
  // number kept before it (a paragraph of thousands of dates was quadratic).
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of found) {
    if (e.start < lo) lo = e.start;
    if (e.end > hi) hi = e.end;
  }
  const taken = new Uint8Array(Math.max(0, hi - lo));
  const kept: RawExpression[] = [];
  for (const { e } of order) {
    if (e.end <= e.start) continue;
    let free = true;
    for (let x = e.start - lo; free && x < e.end - lo; x++) if (taken[x] === 1) free = false;
    if (!free) continue;
    taken.fill(1, e.start - lo, e.end - lo);
    kept.push(e);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept;
}

/**
 * The matches a scan of `slice` with the pattern finds (each from the end of the one before), found by
 * trying it only where one may start: from nearBefore() each anchor to the anchor, in text order, where a
 * word starts (every anchored pattern starts with \\b and a letter or digit).
 */
function scanNearAnchors(p: Pattern, sticky: RegExp, anchors: readonly number[], bits: readonly number[] | undefined, bit: number, slice: string, from: number, found: RawExpression[]): void {
  // Places before `pos` are tried already or inside a match.
  let pos = 0;
  for (let a = 0; a < anchors.length; a++) {
    // Only the anchors whose bits hold `bit`, when bits are given.
    if (bits !== undefined && (bits[a]! & bit) === 0) continue;
    const at = anchors[a]!;
    if (at < pos || (p.keep !== undefined && !p.keep(slice, at))) continue;
    const lowest = p.runs !== undefined ? runsBefore(slice, at, p.runs) : nearBefore(slice, at, p.before ?? 0);
    for (let i = Math.max(pos, lowest); i <= at; i++) {
      const c = slice.charCodeAt(i);
      if (!isRegexWordChar(c) || (i > 0 && isRegexWordChar(slice.charCodeAt(i - 1))) || (p.starts !== undefined && p.starts[c] === 0)) continue;
      sticky.lastIndex = i;
      const m = sticky.exec(slice);
      if (!m) continue;
      const e = p.handle(m, from + m.index);
      if (e) found.push(e);
      pos = i + m[0].length;
      break;
    }
    if (pos <= at) pos = at + 1;
  }
}

/**
 * The earliest start of a match whose anchor is at `at`, when `runs` runs of non-whitespace characters at
 * most, and the whitespace between them, come before the run holding the anchor.
 */
function runsBefore(s: string, at: number, runs: number): number {
  let i = at;
  while (i > 0 && !isWhitespace(s.charCodeAt(i - 1))) i--;
  for (let r = 0; r < runs && i > 0; r++) {
    while (i > 0 && isWhitespace(s.charCodeAt(i - 1))) i--;
    while (i > 0 && !isWhitespace(s.charCodeAt(i - 1))) i--;
  }
  return i;
}

/** `\\w`: an ASCII letter or digit, or "_". */
const isRegexWordChar = (c: number): boolean => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;

/**
 * The earliest start of a match whose anchor starts at `at`: `before` characters before the run of
 * whitespace right before it. (A pattern's words before its anchor come with \\s* or \\s+ between them
 * and the anchor, and no more than `before` characters of them.)
 */
function nearBefore(s: string, at: number, before: number): number {
  let w = at;
  while (w > 0 && isWhitespace(s.charCodeAt(w - 1))) w--;
  return Math.max(0, w - before);
}

const JOIN = /^(?:,?\s+(?:on\s+)?|\s*,\s*)$/;

/** A clock time right before the day it belongs to is one expression: "10 p.m. Wednesday", "noon Thursday". */
function mergeAdjacent(text: string, list: RawExpression[]): RawExpression[] {
  const out: RawExpression[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    const b = list[i + 1];
    if (a.kind === "time" && b?.kind === "day" && JOIN.test(text.slice(a.end, b.start))) {
      out.push({
        start: a.start,
        end: b.end,
        ...(b.written ? { written: b.written } : {}),
        kind: "day",
        resolve: (c) => {
          const d = b.resolve(c);
          const t = a.resolve(c).value;
          return { type: "TIME", value: `${d.value}${t.slice(t.indexOf("T"))}` };
        },
      });
      i++;
    } else if (b && weekdayThenDate(text, a, b)) {
      // "on Wednesday (3 Feb)": one date, its weekday checked (the style of Bernama, The Straits Times).
      out.push({
        start: a.start,
        end: b.end + 1,
        written: { ...b.written!, weekday: a.written!.weekday! },
        ...(b.invalid ? { invalid: b.invalid } : {}),
        kind: "day",
        resolve: b.resolve,
      });
      i++;
    } else out.push(a);
  }
  return out;
}

/** A weekday alone, then its date alone in brackets right after it: "Wednesday (3 Feb)". */
function weekdayThenDate(text: string, a: RawExpression, b: RawExpression): boolean {
  const wa = a.written;
  const wb = b.written;
  if (!wa || !wb || wa.weekday === undefined || wa.month !== undefined || wa.day !== undefined) return false;
  if (wb.weekday !== undefined || wb.month === undefined || wb.day === undefined) return false;
  const between = text.slice(a.end, b.start);
  return (between === " (" || between === "(") && text.charCodeAt(b.end) === 41;
}

