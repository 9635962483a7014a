/**
 * When was the article written? Every piece of evidence allows a set of days (a union of
 * intervals) with a weight; the document date is the window that satisfies the most weight,
 * and evidence that window contradicts is reported as a conflict.
 *
 * While the editor re-analyses (an incremental session), what the inference reads across the
 * whole text is kept from run to run where the edit did not reach: the phrase matches
 * (`keptMatches`), the office holders' titled runs (knowledge.ts `titledRunsOf`), what each cached
 * paragraph expression says of the date (`TEXT_DATES`, `lastTextDates`); only the order-dependent
 * parts (the first mention of each person, the counts, the best window) are worked out afresh.
 */
import type { Span } from "../../model/span";
import type { SeedDocument } from "../../model/document";
import type { DateEvidence, DocumentDate } from "../../model/date";
import { OPEN_END, OPEN_START } from "../../model/date";
import type { KnowledgeBase } from "../../knowledge";
import { daysInMonth, parseCardinal, dayNumber, formatDay, fromDayNumber, isValidDate, parseOrdinal, periodEnd, periodStart, toIso, weekday } from "../calendar";
import type { Written } from "./expressions";
import { monthIndex } from "./expressions";
import type { Tense } from "./tense";
import { eventStatus, lookbackStart, tenseAt } from "./tense";
import { eventsIn, officeMentions } from "./knowledge";
import { detached, inMemoSession } from "../../memo";
import { keptByWalls } from "./kept";

const NEG = -1e7;
const POS = 1e7;
const FIRST_YEAR = 1970;
const LAST_YEAR = 2070;
/** A date written without its year is taken to lie within this many days of the document date. */
const YEARLESS_REACH = 183;
/** How many days after the news of its first sentence an article is filed. */
const LEDE_REACH = 2;

/** A date written with its weekday, day, month and year. */
function fullWeekdayDate(w: Written | undefined): boolean {
  return w !== undefined && w.year !== undefined && w.month !== undefined && w.day !== undefined && w.weekday !== undefined;
}

/** What the document-date reasoning reads of each temporal expression. */
export interface DatedExpression {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly written?: Written;
  readonly invalid?: string;
  readonly tense: Tense | undefined;
  readonly sentence: number;
  /**
   * In an incremental session, an object standing for the expression in its paragraph when its
   * sentence is one of its paragraph's (the paragraph's cached expression): its event status
   * depends on nothing else, and is kept for it (`statusOf`).
   */
  readonly key?: object;
}

interface Constraint {
  readonly evidence: DateEvidence;
  readonly weight: number;
  /** Read off the dateline itself (its date, or the lede's weekday for it): cannot support the dateline. */
  readonly ofDateline?: boolean;
  /** A completed event (dated, or a weekday-date pair spoken of as past): the article is not older. */
  readonly past?: boolean;
  /** Dated by its month or day, not a year alone (whose tense is more often misread: "committed to cutting emissions … by 2035"). */
  readonly exact?: boolean;
  /** Inclusive day-number intervals, sorted. */
  readonly days: readonly (readonly [number, number])[];
}

const iso = (n: number): string => (n <= NEG / 2 ? OPEN_START : n >= POS / 2 ? OPEN_END : fromDayNumber(n));

function evidence(kind: DateEvidence["kind"], message: string, days: readonly (readonly [number, number])[], span?: { start: number; end: number }): DateEvidence {
  const lo = days[0]?.[0] ?? NEG;
  const hi = days[days.length - 1]?.[1] ?? POS;
  return {
    kind,
    message,
    ...(span ? { span } : {}),
    ...(lo > NEG / 2 ? { from: iso(lo) } : {}),
    ...(hi < POS / 2 ? { to: iso(hi) } : {}),
  };
}

/** "between 24 Feb 2025 and 23 Feb 2026", "on 28 Dec 2025", "after 20 May 2019". */
export function describeWindow(from: string, to: string): string {
  if (from === to) return `on ${formatDay(from)}`;
  if (from === OPEN_START) return `before ${formatDay(to)}`;
  if (to === OPEN_END) return `after ${formatDay(from)}`;
  return `between ${formatDay(from)} and ${formatDay(to)}`;
}

function everyYear(month: number, day: number, around: (d: number, y: number) => [number, number] | undefined): [number, number][] {
  const out: [number, number][] = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    if (!isValidDate(y, month, day)) continue;
    const r = around(dayNumber(toIso(y, month, day)), y);
    if (r) out.push(r);
  }
  return out;
}

/** The days a yearless weekday-date pair allows, by month, day, weekday and tense (shared, never mutated). */
const WEEKDAY_DAYS = new Map<number, readonly (readonly [number, number])[]>();
const TENSE_CODE = { past: 1, present: 2, future: 3 } as const;

function weekdayDays(month: number, day: number, wd: number, tense: Tense | undefined): readonly (readonly [number, number])[] {
  const key = ((month * 32 + day) * 8 + wd) * 4 + (tense ? TENSE_CODE[tense] : 0);
  let days = WEEKDAY_DAYS.get(key);
  if (!days) {
    days = everyYear(month, day, (d, y) => {
      if (weekday(y, month, day) !== wd) return undefined;
      if (tense === "past") return [d, d + YEARLESS_REACH];
      if (tense === "future") return [d - YEARLESS_REACH, d];
      return [d - YEARLESS_REACH, d + YEARLESS_REACH];
    });
    // Month, day and weekday are small numbers when valid; any other key is not kept.
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && wd >= 0 && wd <= 6 && Number.isInteger(month + day + wd)) WEEKDAY_DAYS.set(key, days);
  }
  return days;
}

/** How far apart (days) two year-less weekday dates of one text may lie and still be read as in one stretch of time. */
const PAIR_REACH = 183;

/**
 * Whether two year-less weekday dates ("Monday, January 27", "Tuesday, February 3") can both be
 * right in one stretch of time: true when some year has both within PAIR_REACH days of each other,
 * false when none does, undefined when they never lie that near (nothing to compare).
 */
export function weekdaysFit(x: Written, y: Written): boolean | undefined {
  let near = false;
  for (let year = 1990; year <= 2040; year++) {
    if (!isValidDate(year, x.month!, x.day!) || weekday(year, x.month!, x.day!) !== x.weekday) continue;
    const n = dayNumber(toIso(year, x.month!, x.day!));
    for (const yb of [year - 1, year, year + 1]) {
      if (!isValidDate(yb, y.month!, y.day!)) continue;
      const m = dayNumber(toIso(yb, y.month!, y.day!));
      if (Math.abs(m - n) > PAIR_REACH) continue;
      near = true;
      if (weekday(yb, y.month!, y.day!) === y.weekday) return true;
    }
  }
  return near ? false : undefined;
}

export const ORD = "(\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|(?:twenty|thirty|forty|fifty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))";
/** "now in its fourth year", "entered its third year", "the fifth year of the war". */
/** What every NTH_YEAR match contains: an ordinal (all end in -st, -nd, -rd or -th) before "year". A cheap test first. */
export const NTH_YEAR_HINT = /(?:\dst|\dnd|\drd|first|second|third|th)\s+year/i;
/** The word every NTH_YEAR match holds, after an ordinal (every one ends in -st, -nd, -rd or -th) and space. */
const NTH_YEAR_WORD = /year/gi;
const ORDINAL_ENDING = new Set(["st", "nd", "rd", "th"]);
function afterOrdinal(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && SPACE.test(text[i - 1]!)) i--;
  return i < at && i >= 2 && ORDINAL_ENDING.has(text.slice(i - 2, i).toLowerCase());
}
export const NTH_YEAR = new RegExp(`\\b(?:(?:now|is|was|entering|entered|enters)\\s+)?(?:in\\s+)?(?:its|her|his|their)\\s+${ORD}\\s+year\\b|\\b(?:the\\s+)?${ORD}\\s+year\\s+of\\s+(?:the\\s+)?`, "gi");
/** "This year marks the 75th anniversary of the A-level, which was introduced in 1951". */
const THIS_YEAR_ANNIVERSARY = new RegExp(`\\b[Tt]his\\s+year\\s+(?:marks|is)\\s+(?:the\\s+)?${ORD}\\s+anniversary\\b[^.;]{1,120}?\\b(?:introduced|founded|established|opened|created|launched|began|started|formed|built|signed)\\s+in\\s+((?:1[6-9]|20)\\d\\d)\\b`, "giu");
export const PART_OF_YEAR = /\b(?:the\s+)?(?:first|past|last|opening)\s+([a-z]+|\d{1,2})\s+months\s+of\s+((?:19|20)\d\d)\b/gi;
export const DATELINE_PLACE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}?(?:,\s+\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?(?=,))?,\s+/u;
/** A place written in small letters opening a dateline: "Berlin, ", "Den Haag, ". */
export const MIXED_PLACE = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2},\s/u;
/** After the date of such a dateline: a full stop, a dash or a colon, or an agency's name in brackets and a capital. */
export const MIXED_DATELINE_END = /^\s*(?:\.\s|[-–—]|:\s|\((?:\p{Lu}[\p{L}&.]{1,11}(?:\s\p{Lu}[\p{L}&.]{1,11})?)\)\s+(?:[-–—:]\s*)?\p{Lu})/u;
/** A dateline's place alone, without a region after it: "ABUJA, ". */
const DATELINE_PLACE_ALONE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}?,\s+/u;

/**
 * Where a wire dateline's date may start in `head`, the start of the first paragraph: after the
 * place and its region ("CUPERTINO, Calif., "), or after the place alone when what the region's
 * pattern took is the date's weekday ("ABUJA, Wednesday, 18 March 2026 —"); none without a place.
 */
export function datelineDateStarts(head: string): readonly number[] {
  const place = DATELINE_PLACE.exec(head);
  if (!place) return [];
  const bare = DATELINE_PLACE_ALONE.exec(head);
  return bare && bare[0].length < place[0].length ? [place[0].length, bare[0].length] : [place[0].length];
}
export const DATELINE_END = /^,?\s*(?:\([^)\n]{1,40}\)\s*)?[-–—]/u;
export const SEASON_RANGE = /\b((?:19|20)\d\d)[-–/](\d\d)\b/gu;
export const RELATIVE_YEAR = /\b(last|this|next) year['’]s\s+(?:[a-z-]+\s+)?((?:19|20)\d\d)\b/gi;
/** The words every RELATIVE_YEAR and PART_OF_YEAR match holds, one and at most three runs of non-space characters after its start (found by `matchesBefore`). */
export const RELATIVE_YEAR_WORD = /year['’]s/gi;
export const MONTHS_WORD = /months/gi;

const SPACE = /\s/;
const WORD_CHAR = /\w/;

/**
 * Every match of the global regex `re` in `text`, as `re.exec` finds them one after the other
 * (those starting in [lo, hi) when `lo` follows and `hi` is a wall, see `keptMatches`),
 * for a regex whose matches all start at a word start within the `runs` runs of non-space
 * characters before a keyword: `keyword` (global) finds every occurrence of it, at `wordAt`
 * (-1: no match can hold this one).
 * Only those places are tried, so a long text costs the keyword search, not `re`'s search at
 * every position.
 */
export function matchesBefore(
  text: string,
  re: RegExp,
  keyword: RegExp,
  runs: number,
  wordAt: (k: RegExpExecArray) => number = (k) => k.index,
  lo = 0,
  hi = text.length + 1,
): RegExpExecArray[] {
  const sticky = stickyOf(re);
  const out: RegExpExecArray[] = [];
  let next = lo;
  let tried = lo;
  keyword.lastIndex = lo;
  let k: RegExpExecArray | null;
  while ((k = keyword.exec(text)) && k.index < hi) {
    if (k[0].length === 0) keyword.lastIndex++;
    // Back over the space before the keyword and `runs` runs of non-space characters.
    const word = wordAt(k);
    if (word < 0) continue;
    let from = word;
    for (let r = 0; r < runs; r++) {
      while (from > 0 && SPACE.test(text[from - 1]!)) from--;
      while (from > 0 && !SPACE.test(text[from - 1]!)) from--;
    }
    for (let at = Math.max(from, next, tried); at < word; at++) {
      if (!WORD_CHAR.test(text[at]!) || (at > 0 && WORD_CHAR.test(text[at - 1]!))) continue;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (!m) continue;
      out.push(m);
      next = at + Math.max(1, m[0].length);
      at = next - 1;
    }
    tried = Math.max(tried, word);
  }
  return out;
}

const STICKY = new Map<RegExp, RegExp>();
function stickyOf(re: RegExp): RegExp {
  let s = STICKY.get(re);
  if (!s) STICKY.set(re, (s = new RegExp(re.source, re.flags.replace("g", "") + "y")));
  return s;
}

/**
 * "Ukraine’s economy shrank by almost 29 percent in the first year of the war": an nth year "of"
 * something told in the past is a time then, not the text's now.
 */
export function pastNthYear(text: string, sentence: Span, m: readonly (string | undefined)[] & { readonly index: number }): boolean {
  return m[2] !== undefined && tenseAt(text, sentence.start, sentence.end, m.index, m.index + (m[0] ?? "").length) === "past";
}

let nthYearText: string | undefined;
let nthYearFound: readonly RegExpExecArray[] = [];
/**
 * The matches of NTH_YEAR in `text`, in order. The document date and the date rule both read them
 * from the same whole text in one analysis: the last text's matches are kept (one entry, compared
 * by string; the array and its matches are shared, never to be mutated).
 */
export function nthYearMatches(text: string): readonly RegExpExecArray[] {
  if (text !== nthYearText) {
    const find = (t: string, to: number): RegExpExecArray[] => matchesBefore(t, NTH_YEAR, NTH_YEAR_WORD, 4, (k) => (afterOrdinal(t, k.index) ? k.index : -1), 0, to);
    // The date rule reads them too, as the regex's own matches.
    nthYearFound = inMemoSession()
      ? keptMatches("nth-year", text, isWordWall, find).map((m) => Object.assign(m.slice(), { index: m.index, input: text }) as unknown as RegExpExecArray)
      : find(text, text.length + 1);
    nthYearText = text;
  }
  return nthYearFound;
}

/**
 * A character no match of NTH_YEAR, RELATIVE_YEAR or PART_OF_YEAR holds (neither white space nor
 * one of [A-Za-z0-9_'’-]): no attempt to match before it reads past it, none after it reads before
 * it (`\b` reads it), so the matches before it depend only on the text up to it, those after it
 * only on the text from it.
 */
export function isWordWall(c: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 39 || c === 0x2019 || c === 45) return false;
  return !SPACE.test(String.fromCharCode(c));
}

/** The same for SEASON_RANGE: a character that is no digit nor one of its separators. */
export function isSeasonWall(c: number): boolean {
  return !((c >= 48 && c <= 57) || c === 45 || c === 0x2013 || c === 47);
}

/** A match as the document date reads it: its text and groups, and where it starts (a `RegExpExecArray` is one). */
export type Match = readonly (string | undefined)[] & { readonly index: number };

/**
 * The matches `find(text, text.length + 1)` gives (`find(t, to)`: the matches of `t` starting before
 * `to`), for a regex none of whose matches holds a wall character (`isWall`) and whose attempts read
 * no further than one: in an incremental session, those of the previous text the edit did not reach
 * are kept (kept.ts `keptByWalls`), their strings detached, and the text between is searched as a
 * piece of its own, from the wall before it through the wall after it (what the matches there read).
 */
export function keptMatches(kind: string, text: string, isWall: (c: number) => boolean, find: (t: string, to: number) => RegExpExecArray[]): readonly Match[] {
  if (!inMemoSession()) return find(text, text.length + 1);
  return keptByWalls<Match>(
    `dates/${kind}`,
    text,
    0,
    isWall,
    (lo, hi) => {
      // No match starts at the wall before `lo`, nor reads before it.
      const start = lo > 0 ? lo - 1 : 0;
      const end = Math.min(text.length, hi + 1);
      const piece = start === 0 && end === text.length ? text : text.slice(start, end);
      return find(piece, hi - start).map((m) => Object.assign(Array.from(m, (x) => (x === undefined ? undefined : detached(x))), { index: m.index + start }));
    },
    (m, shift) => Object.assign(m.slice(), { index: m.index + shift }),
  );
}

/** The event status of a date expression's clause up to it: kept per expression (`DatedExpression.key`) in an incremental session. */
const STATUS = new WeakMap<object, EventStatus | null>();
type EventStatus = ReturnType<typeof eventStatus>;

function statusOf(text: string, from: number, e: DatedExpression): EventStatus {
  if (!e.key) return eventStatus(text.slice(lookbackStart(text, from, e.start), e.start));
  let st = STATUS.get(e.key);
  if (st === undefined) STATUS.set(e.key, (st = eventStatus(text.slice(lookbackStart(text, from, e.start), e.start)) ?? null));
  return st ?? undefined;
}

/**
 * The index of the sentence holding `offset` (start <= offset < end), -1 when none does: a binary
 * search of the sentences, which are in text order and do not overlap.
 */
export function sentenceAt(sentences: readonly { readonly span: { readonly start: number; readonly end: number } }[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!.span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** SEASON_RANGE's matches in `text` starting before `to`. */
export function seasonRanges(text: string, to: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  SEASON_RANGE.lastIndex = 0;
  let r: RegExpExecArray | null;
  while ((r = SEASON_RANGE.exec(text)) && r.index < to) out.push(r);
  return out;
}

/** Window of the inclusive nth year of something that started on `start` (ISO): year 1 is the first. */
export function nthYearWindow(start: string, n: number): [string, string] {
  const s = periodStart(start);
  const [y, m, d] = s.split("-").map(Number) as [number, number, number];
  const from = toIso(y + n - 1, m, Math.min(d, 28));
  const to = fromDayNumber(dayNumber(toIso(y + n, m, Math.min(d, 28))) - 1);
  return [from, to];
}

export interface DocumentDateInputs {
  readonly knowledge: KnowledgeBase;
  readonly referenceDate: string | undefined;
  /** The day the text is read (`AnalyzeOptions.today`). */
  readonly today?: string | undefined;
}

/**
 * A text is written before the day it is read (a week's grace for a draft dated ahead): outweighs
 * what the text itself says of its year (weekday-date pairs, the lede's weekday), not a dateline's
 * or the front matter's written year.
 */
const TODAY_WEIGHT = 10;
const TODAY_GRACE = 7;
/**
 * The years before the day of reading weigh a little for themselves: more than a plan's year (1),
 * less than one weekday-date (3). "PATNA, Nov 14 — … on Friday", "Thursday, November 6" fit 2014
 * and 2025; a planted "to be sworn in … on November 20, 2024" no longer carries it to 2014.
 */
const RECENT_WEIGHT = 1.5;
const RECENT_DAYS = 3 * 365;

/** Are the expressions in text order (by start, none ending before it starts)? */
function textOrder(exprs: readonly DatedExpression[]): boolean {
  for (let i = 0; i < exprs.length; i++) {
    const x = exprs[i]!;
    if (x.end < x.start || (i > 0 && x.start < exprs[i - 1]!.start)) return false;
  }
  return true;
}

/**
 * `exprs.find((x) => x.start >= from && x.end <= to && test(x))`; for expressions in text order
 * (`inOrder`), no further than the first that starts after `to` (neither it nor any after it is inside).
 */
function findWithin(exprs: readonly DatedExpression[], inOrder: boolean, from: number, to: number, test: (x: DatedExpression) => boolean): DatedExpression | undefined {
  for (const x of exprs) {
    if (inOrder && x.start > to) return undefined;
    if (x.start >= from && x.end <= to && test(x)) return x;
  }
  return undefined;
}

/** The expressions inside `span`, in the order of `exprs`; for expressions in text order, read no further than its end. */
function expressionsIn(exprs: readonly DatedExpression[], inOrder: boolean, span: Span): DatedExpression[] {
  const out: DatedExpression[] = [];
  for (const x of exprs) {
    if (inOrder && x.start >= span.end) break;
    if (x.start >= span.start && x.end <= span.end) out.push(x);
  }
  return out;
}

/** `exprs.find((x) => x.start === at)`; for expressions in text order, no further than the first that starts after `at`. */
function startingAt(exprs: readonly DatedExpression[], inOrder: boolean, at: number): DatedExpression | undefined {
  for (const x of exprs) {
    if (x.start === at) return x;
    if (inOrder && x.start > at) return undefined;
  }
  return undefined;
}

/** An object being filled in before it is handed out read-only. */
type Building<T> = { -readonly [K in keyof T]: T[K] };

/**
 * What a date expression of the text says of the document date, but where it is: the year it
 * counts for the yearless dateline, and its constraint (the evidence without its span).
 */
interface TextDate {
  readonly year: number | undefined;
  readonly evidence: DateEvidence | undefined;
  readonly weight: number;
  readonly days: readonly (readonly [number, number])[];
  readonly past: boolean;
  readonly exact?: boolean;
}

/** The expressions the last run in an incremental session read, and per index the constraint and year count each gave. */
let lastTextDates: { readonly exprs: readonly DatedExpression[]; readonly constraints: readonly (Constraint | undefined)[]; readonly years: readonly (number | undefined)[] } | undefined;

/** The `TextDate` of each cached paragraph expression (`DatedExpression.key`), in an incremental session. */
const TEXT_DATES = new WeakMap<object, TextDate | null>();

/** A part of a year before it: the middle (1), the second half (2), the end (3). */
const PART_OF_A_YEAR = /^(?:the\s+)?(?:(mid(?:dle\s+of\s|-|\s))|(second\s+half\s+of\s|latter\s+half\s+of\s|h2\s)|(late\s|end\s+of\s|last\s+months\s+of\s|final\s+months\s+of\s|fourth\s+quarter\s+of\s))/iu;

/** What a dated expression says of the document date (null: nothing). */
function textDate(doc: SeedDocument, e: DatedExpression): TextDate | null {
  const w = e.written;
  if (!w || e.invalid) return null;
  if (w.month !== undefined && w.day !== undefined && w.weekday !== undefined && w.year === undefined) {
    // "Tuesday, July 22": the weekday fixes the year; a date without its year is near the document date.
    const days = weekdayDays(w.month, w.day, w.weekday, e.tense);
    return { year: undefined, evidence: evidence("weekday", `“${e.text}” (the weekday fixes the year)${e.tense === "past" ? ", a past event" : ""}`, days), weight: 3, days, past: e.tense === "past", exact: true };
  }
  if (w.year === undefined) return null;
  const value = w.day !== undefined ? toIso(w.year, w.month!, w.day) : w.month !== undefined ? `${w.year}-${String(w.month).padStart(2, "0")}` : String(w.year);
  const s = doc.sentences[e.sentence];
  const status = s ? statusOf(doc.text, s.span.start, e) : undefined;
  const planned = status === "planned" || (status === undefined && e.tense === "future");
  // A planned year ("expects to finish by 2028") says nothing about when the article was written.
  const year = !planned && e.tense !== "future" ? w.year : undefined;
  if (planned) {
    const days: [number, number][] = [[NEG, dayNumber(periodEnd(value))]];
    return { year, evidence: evidence("other", `“${e.text}” is spoken of as planned`, days), weight: 1, days, past: false };
  }
  // "qualified for the 2026 World Cup", "presented the 2026 budget", "unveiled its 2028 Olympic bid",
  // "approved the fiscal 2026 budget": a year that names what is still to come, told in the past,
  // says nothing of when the article was written.
  if (e.tense === "past" && w.month === undefined && namesWhatIsToCome(doc.text, e)) return { year: undefined, evidence: undefined, weight: 0, days: [], past: false };
  if (e.tense === "past") {
    // (A part of a year written is over only once the part began: "down from 1.1 million in mid-2025"
    // is after May 2025, "late 2024" after August.)
    const part = w.month === undefined ? PART_OF_A_YEAR.exec(e.text) : null;
    const startMonth = part ? (part[1] ? 5 : part[2] ? 7 : 9) : 1;
    const days: [number, number][] = [[dayNumber(startMonth === 1 ? periodStart(value) : toIso(w.year, startMonth, 1)), POS]];
    return { year, evidence: evidence("completed-event", `“${e.text}” is spoken of as past`, days), weight: 1, days, past: true, exact: w.month !== undefined };
  }
  if (e.tense === "future") {
    const days: [number, number][] = [[NEG, dayNumber(periodEnd(value))]];
    return { year, evidence: evidence("other", `“${e.text}” is spoken of as still to come`, days), weight: 1, days, past: false };
  }
  return { year, evidence: undefined, weight: 0, days: [], past: false };
}

/** A year alone that names a thing to come by its year: after "for (the)", "fiscal", or before "budget", "bid", "World Cup" … */
function namesWhatIsToCome(text: string, e: DatedExpression): boolean {
  if (/^(?:fiscal|financial|FY)\b/i.test(e.text)) return true;
  const before = text.slice(Math.max(0, e.start - 80), e.start);
  // ("Analysts said cost cuts could add $600 million to earnings by 2027": a target a modal speaks of.)
  if (/\bby\s+$/i.test(before) && MODAL_IN_CLAUSE.test(before.slice(Math.max(before.lastIndexOf("."), before.lastIndexOf(";"), before.lastIndexOf(",")) + 1))) return true;
  return YEAR_FOR_BEFORE.test(before.slice(-30)) || YEAR_OF_AFTER.test(text.slice(e.end, e.end + 30));
}
const MODAL_IN_CLAUSE = /\b(?:could|may|might|should|would|will|can|'ll|expects?|aims?|plans?|targets?|hopes?)\b/i;
const YEAR_FOR_BEFORE = /\b(?:for|towards?|ahead\s+of)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:fiscal\s+|financial\s+)?$|\b(?:fiscal|financial|FY)\s+$/i;
const YEAR_OF_AFTER = /^(?:-\d{2,4})?\s+(?:budgets?|bids?|plans?|targets?|goals?|strateg(?:y|ies)|vision|agenda|World\s+Cup|Olympics?|Olympic\s+Games|Paralympics?|Games|Expo|Cup|championships?|census|tournament|qualif(?:iers?|ying)|Winter|Summer|Commonwealth|fiscal\s+year|financial\s+year|deadline|draft\s+budget)\b/i;

/** "(about) six weeks ago": a hedge, the count and the unit. */
const AGO = String.raw`(?:(about|some|nearly|almost|roughly|around|more\s+than)\s+)?(\d{1,2}|[A-Za-z]+)\s+(day|week|month|year)s?\s+ago`;
/** "six weeks ago, on ", "a year ago in " right before a date. */
const AGO_BEFORE = new RegExp(String.raw`\b${AGO},?\s+(?:on|in)\s+$`, "i");
/** ", six weeks ago" right after a date. */
const AGO_AFTER = new RegExp(String.raw`^,?\s+${AGO}\b`, "i");

/** What may stand before a date line's date: "Published:", "Posted on", "Last updated", a byline ("By Jane Doe |"). */
const DATE_LINE_LEAD = /^(?:(?:(?:first\s+)?published|(?:last\s+)?updated|posted|(?:forecast\s+|report\s+|statement\s+)?issued|released)(?:\s+on)?\s*:?\s*|by\s+\p{Lu}[\p{L}.'’ -]{1,60}?(?:\s*[|,–—•·]|\s-)\s*)/iu;

/** What may come before a byline's date: names, an agency, a desk, "Published" — no digits, no sentence. */
const BYLINE_HEAD = /^[\p{L}\p{M}.'’&\- ,|•·—–:/()]{2,100}$/u;
/** The small words a byline may hold ("By Dana Kim | The Riverton Ledger", "Markets desk |", "Published on"). */
const BYLINE_WORDS = new Set("by and of the for at in on desk staff team correspondent reporter writer editor editors contributor published updated posted first last".split(" "));
/** After a byline's date: nothing, or a time and its zone ("Nov. 12, 2026, 10:32 a.m. EST", "12 November 2026 14:05 GMT"). */
const BYLINE_TAIL = /^(?:[,.] ?|[-–—|•] )?(?:(?:at )?\d{1,2}(?:[:.]\d\d)?(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,5})?\.?)?$/iu;
/**
 * After a date line's date ("Published on 30/10/2025 - 18:45 By Pedro Vilela - Reporter Agência
 * Brasil"): a time and its zone, then a byline, or nothing.
 */
const DATE_LINE_TAIL = /^(?:(?:\s[-–—|•]|[,|•-])?\s(?:at\s)?\d{1,2}[:.]\d\d(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,5})?)?(?:(?:\s[-–—|•]|[,|•-])?\sBy\s\p{Lu}[^.!?\n]{0,100})?$/u;

/**
 * A byline's line that ends in a full date: "By Lisa Martin, Associated Press | Nov. 12, 2026",
 * "By Dana Kim | The Riverton Ledger | Nov. 12, 2026", "Markets desk | 2026-06-02", "Lisa Martin,
 * Associated Press, Nov. 12, 2026" — the line's last date, with a separator before it, only names and
 * byline words before that, at most a time after it.
 */
function bylineDate(text: string, para: Span, exprs: readonly DatedExpression[], inOrder: boolean): DatedExpression | undefined {
  if (para.end - para.start > 160) return undefined;
  const last = expressionsIn(exprs, inOrder, para).at(-1);
  const w = last?.written;
  if (!last || !w || w.year === undefined || w.month === undefined || w.day === undefined) return undefined;
  const head = text.slice(para.start, last.start).trim();
  if (!BYLINE_HEAD.test(head) || !/[|,•·—–:]$|\b(?:published|updated|posted)(?:\s+on)?$/iu.test(head)) return undefined;
  if (!BYLINE_TAIL.test(text.slice(last.end, para.end).trim())) return undefined;
  // Its words in small letters are a byline's, and a name (a capital) comes first.
  if (!/^\p{Lu}/u.test(head)) return undefined;
  // (Set apart by "|", a kicker's words may be any: "Festival review | Ellie Okonedo | Monday 2 June 2025".)
  if (!head.includes("|")) for (const word of head.match(/(?<![\p{L}’'-])\p{Ll}[\p{L}’'-]*/gu) ?? []) if (!BYLINE_WORDS.has(word)) return undefined;
  return last;
}

/**
 * A line that is a numeric date whose day and month could be either ("05/02/2026", with a time after
 * it or not), read as the yearless dateline's day and month.
 */
function numericDateLine(text: string, para: Span, dateline: { month: number; day: number }): { text: string; day: number; span: Span } | undefined {
  const m = /^\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:,?\s+\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s[A-Z]{2,5})?)?\s*$/.exec(text.slice(para.start, para.end));
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[3]);
  const y = Number(m[4]);
  const dayFirst = a === dateline.day && b === dateline.month;
  if (!dayFirst && !(a === dateline.month && b === dateline.day)) return undefined;
  const [month, day] = dayFirst ? [b, a] : [a, b];
  if (!isValidDate(y, month, day)) return undefined;
  const start = para.start + text.slice(para.start, para.end).indexOf(m[1]!);
  const written = `${m[1]}${m[2]}${m[3]}${m[2]}${m[4]}`;
  return { text: written, day: dayNumber(toIso(y, month, day)), span: { start, end: start + written.length } };
}

/** A yearless dateline's month and day, either first ("Jan. 21", "5 Feb"), and the month as written. */
export function datelineMonthDay(dateText: string): { month: number; day: number; monthText: string; dayFirst: boolean } | undefined {
  const m = /^(?:(\p{L}+\.?)\s+(\d{1,2})|(\d{1,2})\s+(\p{L}+\.?))$/u.exec(dateText.trim());
  const monthText = m?.[1] ?? m?.[4];
  const month = monthText ? monthIndex(monthText.replace(/\.$/, "")) : undefined;
  return m && monthText && month ? { month, day: Number(m[2] ?? m[3]), monthText, dayFirst: m[3] !== undefined } : undefined;
}

/** A relative clause's verb before a date in its clause: "that struck late on ", "which began on ". */
const RELATIVE_BEFORE = /\b(?:that|which|who)\s+(?:had\s+|was\s+|were\s+)?[a-z]+(?:\s+[\p{L}-]+){0,8}?\s+(?:on|by|since|until)\s+$/u;

/** How many lines from the top a date line may stand on, and the length of a line of the body, past which none is looked for. */
const DATE_LINE_LINES = 7;
const BODY_LENGTH = 320;

/**
 * A line of metadata that holds a full date: only names, an agency, a desk, times and their zones,
 * separators and labels besides the date ("Source: Xinhua | 2025-11-12 14:32:10 | Editor: Liu Xin",
 * "KYODO NEWS - Jan 21, 2026 - 18:45 | All, Japan", "Published: Thursday | August 14, 2025 | 12:09
 * AM", "Emily Brandt · CBC News · Posted: Mar 19, 2026 5:30 PM CDT | Last Updated: March 19, 2026",
 * "Vatican City, Dec 8, 2025 / 11:40 am (CNA)."). Its first full date, or the first not labelled
 * as an update.
 */
function metadataDate(text: string, para: Span, exprs: readonly DatedExpression[], inOrder: boolean): DatedExpression | undefined {
  if (para.end - para.start > 200) return undefined;
  const inside = expressionsIn(exprs, inOrder, para);
  const full = inside.filter((x) => !x.invalid && x.written?.year !== undefined && x.written.month !== undefined && x.written.day !== undefined);
  if (full.length === 0) return undefined;
  // What is left with the dates, times and zones, weekdays and separators taken out.
  let rest = "";
  let at = para.start;
  for (const x of inside) {
    if (x.start < at) continue;
    rest += `${text.slice(at, x.start)} `;
    at = x.end;
  }
  rest += text.slice(at, para.end);
  rest = rest.replace(METADATA_NOISE, " ");
  if (/\d/.test(rest)) return undefined;
  const line = text.slice(para.start, para.end);
  // A separator or a label says it is metadata, not a headline that ends in a date (a line of only
  // a date, a time and its zone needs none: "November 14, 2025 18:05 GMT+700").
  if (/\p{L}/u.test(rest) && !METADATA_MARK.test(line)) return undefined;
  const words = rest.match(/[\p{L}’'.&-]+/gu) ?? [];
  if (words.length > 14) return undefined;
  for (const w of words) if (/^\p{Ll}/u.test(w) && !BYLINE_WORDS.has(w.toLowerCase()) && !METADATA_WORDS.has(w.toLowerCase())) return undefined;
  return full.find((x) => !UPDATED_BEFORE.test(text.slice(Math.max(para.start, x.start - 24), x.start))) ?? full[0];
}
/** Times, zones ("GMT+700", "CDT", "a.m."), weekdays and separators in a line of metadata. */
const METADATA_NOISE = /\b\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s?[AaPp]\.?[Mm]\b\.?)?|\b[A-Z]{2,5}(?:[+-]\d{1,4})?\b|(?<![\p{L}\d])[+-]\d{1,4}\b|\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b\.?|[|·•—–\-/,:;()]/gu;
const METADATA_MARK = /[|·•—–/]|\s-\s|\b(?:published|updated|posted|source|editor|by)\b|\([\p{Lu}][\p{L}.&]{1,11}\)/iu;
const METADATA_WORDS = new Set("source editor editors news all photo photos video reporter reporters correspondent bureau agency wire service time local read min mins minutes".split(" "));
const UPDATED_BEFORE = /\bupdated\b\s*(?::\s*)?(?:on\s+)?$/i;

/** Decide the document date from the override, the front matter, the dateline and internal evidence. */
export function inferDocumentDate(doc: SeedDocument, exprs: readonly DatedExpression[], inputs: DocumentDateInputs): DocumentDate | null {
  if (inputs.referenceDate) {
    const r = inputs.referenceDate;
    return { from: r, to: r, basis: [{ kind: "override", message: `reference date ${r} given`, from: r, to: r }], conflicts: [] };
  }
  const text = doc.text;
  const cs: Constraint[] = [];
  const push = (weight: number, ev: DateEvidence, days: readonly (readonly [number, number])[], ofDateline = false, past = false): void => {
    if (days.length > 0) cs.push({ evidence: ev, weight, days, ...(ofDateline ? { ofDateline } : {}), ...(past ? { past } : {}) });
  };
  /** The yearless dateline's month and day and where it ends. */
  let yearless: { month: number; day: number; end: number } | undefined;

  // Front matter.
  const fm = doc.frontMatter?.fields.date;
  if (fm) {
    const n = dayNumber(fm);
    push(1000, evidence("front-matter", `front matter date: ${formatDay(fm)}`, [[n, n]], doc.frontMatter?.valueSpans.date), [[n, n]]);
  }

  // Dateline: month and day, the year from context.
  const dl = doc.dateline;
  let datelineYearless = false;
  if (dl?.dateText) {
    const md = datelineMonthDay(dl.dateText);
    if (md) {
      const { month: mo, day } = md;
      const days = everyYear(mo, day, (d) => [d, d]);
      push(100, evidence("dateline", `dateline “${dl.dateText}”`, days, dl.dateSpan), days, true);
      datelineYearless = true;
      if (dl.dateSpan) yearless = { month: mo, day, end: dl.dateSpan.end };
    }
  }

  // Expressions in text order (as analyzeDates makes them): a search for one inside a span stops past it.
  const inOrder = textOrder(exprs);

  // A dateline the document model did not read: "KYIV, Dec 28, 2025 (Reuters) –", "LONDON, 28 December –".
  const first = doc.paragraphs.find((p) => p.kind === "paragraph");
  if (!datelineYearless && first && !fm) {
    const head = text.slice(first.span.start, Math.min(first.span.end, first.span.start + 80));
    const starts = datelineDateStarts(head);
    let e: DatedExpression | undefined;
    for (const at of starts) e ??= startingAt(exprs, inOrder, first.span.start + at);
    let w = e?.written;
    // ("Berlin, 12 March 2026. The court …": a place in small letters, a full date, a full stop.)
    if (!e && starts.length === 0) {
      const mixed = MIXED_PLACE.exec(head);
      const m = mixed ? startingAt(exprs, inOrder, first.span.start + mixed[0].length) : undefined;
      const mw = m?.written;
      // ("Manila, 22 October 2025: More than …", "Abuja, Feb. 18, 2026 (NAN) Thousands …": a colon, or an agency in brackets.)
      if (m && mw && !m.invalid && mw.year !== undefined && mw.month !== undefined && mw.day !== undefined && MIXED_DATELINE_END.test(text.slice(m.end, m.end + 24))) {
        const n = dayNumber(toIso(mw.year, mw.month, mw.day));
        push(100, evidence("dateline", `dateline “${m.text}”`, [[n, n]], { start: m.start, end: m.end }), [[n, n]], true);
        w = undefined;
      }
    }
    if (e && w && !e.invalid && w.month !== undefined && w.day !== undefined && DATELINE_END.test(text.slice(e.end, e.end + 50))) {
      const days: [number, number][] =
        w.year !== undefined ? [[dayNumber(toIso(w.year, w.month, w.day)), dayNumber(toIso(w.year, w.month, w.day))]] : everyYear(w.month, w.day, (d) => [d, d]);
      push(100, evidence("dateline", `dateline “${e.text}”`, days, { start: e.start, end: e.end }), days, true);
      datelineYearless = w.year === undefined;
      if (datelineYearless) yearless = { month: w.month, day: w.day, end: e.end };
    }
  }

  // A line near the top that is only a full date ("November 03, 2009", "2026-03-03") is the
  // article's date line; so is one that says so ("Published: …", "Posted on …", "Last updated …")
  // or a byline's ("By Jane Doe | March 3, 2026").
  // (Past the first three lines, while they are short: "Headline / Standfirst / Helen Marsh
  // Transport correspondent / Wed 18 Mar 2026 17.45 GMT".)
  for (let i = 0; i < Math.min(doc.paragraphs.length, DATE_LINE_LINES); i++) {
    const p = doc.paragraphs[i]!;
    if (i >= 3 && doc.paragraphs[i - 1]!.span.end - doc.paragraphs[i - 1]!.span.start > BODY_LENGTH) break;
    const line = text.slice(p.span.start, p.span.end).trim().replace(DATE_LINE_LEAD, "");
    const lineStart = p.span.end - line.length;
    const e =
      findWithin(exprs, inOrder, p.span.start, p.span.end, (x) => x.text === line.replace(/[.,]$/, "") || (x.start === lineStart && x.end < p.span.end && DATE_LINE_TAIL.test(text.slice(x.end, p.span.end)))) ??
      bylineDate(text, p.span, exprs, inOrder) ??
      metadataDate(text, p.span, exprs, inOrder);
    const w = e?.written;
    if (!e || e.invalid || !w || w.year === undefined || w.month === undefined || w.day === undefined) {
      // ("05/02/2026 04:12 PM" over "KUALA LUMPUR, 5 Feb (Bernama) --": day and month told apart by the dateline.)
      const num = yearless ? numericDateLine(text, p.span, yearless) : undefined;
      if (!num) continue;
      push(100, evidence("dateline", `date line “${num.text}” (day and month as the dateline has them)`, [[num.day, num.day]], num.span), [[num.day, num.day]], true);
      break;
    }
    const n = dayNumber(toIso(w.year, w.month, w.day));
    push(100, evidence("dateline", `date line “${e.text}”`, [[n, n]], { start: e.start, end: e.end }), [[n, n]], true);
    break;
  }

  const sentenceText = (i: number): string => {
    const s = doc.sentences[i];
    return s ? text.slice(s.span.start, s.span.end) : "";
  };

  // Dates in the text.
  const yearCounts = new Map<number, number>();
  const seasonYears: number[] = [];
  // In an incremental session, an expression the previous run read at the same index (the same
  // object: a paragraph before the edit) gives the same constraint, the same object.
  const prevLoop = inMemoSession() ? lastTextDates : undefined;
  // Per expression (made at their size: filled at the indices of the written ones).
  const loop: Constraint[] | undefined = inMemoSession() ? new Array<Constraint>(exprs.length) : undefined;
  const loopYears = new Array<number | undefined>(loop ? exprs.length : 0);
  for (let i = 0; i < exprs.length; i++) {
    const e = exprs[i]!;
    if (!e.written || e.invalid) continue;
    let c: Constraint | undefined;
    if (prevLoop && e.key && prevLoop.exprs[i] === e) {
      const y = prevLoop.years[i];
      if (y !== undefined) yearCounts.set(y, (yearCounts.get(y) ?? 0) + 1);
      loopYears[i] = y;
      c = prevLoop.constraints[i];
    } else {
      // What an expression of a cached paragraph says is kept for it.
      let t = e.key ? TEXT_DATES.get(e.key) : undefined;
      if (t === undefined) {
        t = textDate(doc, e);
        if (e.key) TEXT_DATES.set(e.key, t);
      }
      if (!t) continue;
      // (A plan's year is no year the text is in: "net zero by 2050".)
      const y = e.tense === "future" ? undefined : t.year;
      if (y !== undefined) yearCounts.set(y, (yearCounts.get(y) ?? 0) + 1);
      if (loop) loopYears[i] = y;
      if (t.evidence && t.days.length > 0) {
        const ev: Building<DateEvidence> = { kind: t.evidence.kind, message: t.evidence.message, span: { start: e.start, end: e.end } };
        if (t.evidence.from !== undefined) ev.from = t.evidence.from;
        if (t.evidence.to !== undefined) ev.to = t.evidence.to;
        c = t.past ? { evidence: ev, weight: t.weight, days: t.days, past: true, ...(t.exact ? { exact: true } : {}) } : { evidence: ev, weight: t.weight, days: t.days };
      }
    }
    if (c) {
      cs.push(c);
      if (loop) loop[i] = c;
    }
  }
  if (loop) lastTextDates = { exprs, constraints: loop, years: loopYears };

  // "GENEVA, Oct 2 (Wire) – Physicists said on Thursday…": the lede's bare weekday is the dateline's
  // day (or, for a story filed the morning after, the day before), which fixes the dateline's
  // year. Weighs more than one weekday-date pair in the body: it dates the article itself.
  if (yearless) {
    const dlSentence = doc.sentences.findIndex((s) => s.span.start <= yearless!.end && yearless!.end <= s.span.end);
    const ledes = exprs.filter((e) => e.sentence === dlSentence && e.start >= yearless!.end && e.tense !== "future" && !e.invalid && e.written?.weekday !== undefined && e.written.month === undefined && e.written.day === undefined);
    // (Not a weekday in a relative clause, when the sentence has another: "The death toll from an
    // earthquake that struck late on Wednesday rose to 87 on Friday" is Friday's news.)
    const lede = ledes.length > 1 ? (ledes.find((e) => !RELATIVE_BEFORE.test(text.slice(Math.max(0, e.start - 90), e.start))) ?? ledes[0]) : ledes[0];
    if (lede) {
      const { month, day } = yearless;
      const days = everyYear(month, day, (d, y) => {
        const gap = (weekday(y, month, day) - lede.written!.weekday! + 7) % 7;
        return gap <= 1 ? [d, d] : undefined;
      });
      push(4, evidence("weekday", `“${lede.text}” in the first sentence is the dateline's day or the day before`, days, { start: lede.start, end: lede.end }), days, true);
      // The same day is the likelier ("FRANKFURT, March 3 – … said on Tuesday"): a tie-breaker when
      // no year of the text's past events tells the years apart (a story filed the morning after is
      // dated by those: "… since talks resumed in March 2025").
      // (With the day of reading, the latest year is taken whatever the past years: then always.)
      if (inputs.today || !exprs.some((e) => e.tense === "past" && e.written?.year !== undefined && !e.invalid)) {
        const sameDay = everyYear(month, day, (d, y) => (weekday(y, month, day) === lede.written!.weekday! ? [d, d] : undefined));
        push(0.25, evidence("weekday", `“${lede.text}” is the dateline's own day`, sameDay, { start: lede.start, end: lede.end }), sameDay, true);
      }
    }
  }

  // "WASHINGTON (AP) — A Senate committee on Wednesday, Jan. 14, 2026, advanced a bill": a past
  // event dated to the day, weekday and all, in the first sentence is the news the article reports,
  // filed that day or the next.
  // (Or in the second or third sentence, after a lede that dates nothing: "A former council leader
  // has been jailed. Gareth Lowe was sentenced on Friday, 11 April 2025.")
  if (first) {
    const lede = sentenceAt(doc.sentences, first.span.start);
    const dated = (i: number): boolean => exprs.some((x) => x.sentence === i && !x.invalid && x.written?.year !== undefined);
    const opening = (i: number): boolean => i === lede || (i > lede && i <= lede + 2 && !dated(lede) && (i === lede + 1 || !dated(lede + 1)));
    const e = lede < 0 ? undefined : exprs.find((x) => opening(x.sentence) && x.tense === "past" && !x.invalid && fullWeekdayDate(x.written));
    const w = e?.written;
    if (e && w && weekday(w.year!, w.month!, w.day!) === w.weekday) {
      const d = dayNumber(toIso(w.year!, w.month!, w.day!));
      const days: [number, number][] = [[d, d + LEDE_REACH]];
      push(3, evidence("weekday", `“${e.text}” in the ${e.sentence === lede ? "first sentence" : "opening"} is the day of the news reported`, days, { start: e.start, end: e.end }), days, false, true);
    }
  }

  // Seasons and fiscal years written as ranges: "the 2025-26 season opened".
  for (const r of keptMatches("season-range", text, isSeasonWall, seasonRanges)) {
    const y = Number(r[1]);
    yearCounts.set(y, (yearCounts.get(y) ?? 0) + 1);
    seasonYears.push(y);
  }

  // "now in its fourth year" of a dated event of the knowledge base.
  for (const m of nthYearMatches(text)) {
    const n = parseOrdinal(m[1] ?? m[2] ?? "");
    if (!n) continue;
    const si = sentenceAt(doc.sentences, m.index);
    if (si < 0 || pastNthYear(text, doc.sentences[si]!.span, m)) continue;
    const passage = m[2] ? text.slice(m.index, Math.min(text.length, m.index + m[0].length + 60)) : `${sentenceText(si - 1)} ${sentenceText(si)}`;
    const ev = eventsIn(inputs.knowledge, m[2] ? passage : sentenceText(si), text)[0] ?? (m[2] ? undefined : eventsIn(inputs.knowledge, passage, text)[0]);
    if (!ev?.start) continue;
    const [from, to] = nthYearWindow(ev.start, n);
    const days: [number, number][] = [[dayNumber(from), dayNumber(to)]];
    const phrase = m[0].trim();
    push(3, evidence("event-age", `the ${ev.kind === "other" ? "event" : ev.kind} (${ev.name}, since ${formatDay(periodStart(ev.start))}) is “${phrase}”`, days, { start: m.index, end: m.index + m[0].length }), days);
  }

  // "This year marks the 75th anniversary of the A-level, which was introduced in 1951": the year
  // of the article.
  if (text.includes("anniversary")) {
    for (const m of text.matchAll(THIS_YEAR_ANNIVERSARY)) {
      const n = parseOrdinal(m[1]!);
      const y = Number(m[2]) + (n ?? 0);
      if (!n || y < FIRST_YEAR || y > LAST_YEAR) continue;
      const days: [number, number][] = [[dayNumber(`${y}-01-01`), dayNumber(`${y}-12-31`)]];
      push(3, evidence("event-age", `“${m[0]}”: the ${m[1]} anniversary of ${m[2]} is in ${y}`, days, { start: m.index, end: m.index + m[0].length }), days);
    }
  }

  // Office holders named with a dated office.
  for (const om of officeMentions(inputs.knowledge, text, doc.frontMatter ? doc.frontMatter.span.end : 0)) {
    const days: [number, number][] = om.offices
      .map((o): [number, number] => [o.from ? dayNumber(periodStart(o.from)) : NEG, o.to ? dayNumber(periodEnd(o.to)) : POS])
      .sort((a, b) => a[0] - b[0]);
    const day = (d: string | undefined, end: boolean): string => (d ? formatDay(end ? periodEnd(d) : periodStart(d)) : "?");
    const terms = om.offices.map((o) => (o.to ? `${day(o.from, false)} – ${day(o.to, true)}` : `since ${day(o.from, false)}`)).join(" and ");
    push(3, evidence("office-term", `“${text.slice(om.span.start, om.span.end)}”: ${om.person.name} held that office ${terms}`, days, om.span), days);
  }

  // "last year's 2024 election".
  for (const m of keptMatches("relative-year", text, isWordWall, (t, to) => matchesBefore(t, RELATIVE_YEAR, RELATIVE_YEAR_WORD, 1, undefined, 0, to))) {
    const y = Number(m[2]) + (m[1]!.toLowerCase() === "last" ? 1 : m[1]!.toLowerCase() === "next" ? -1 : 0);
    const days: [number, number][] = [[dayNumber(`${y}-01-01`), dayNumber(`${y}-12-31`)]];
    push(2, evidence("relative-year", `“${m[0]}” puts the article in ${y}`, days, { start: m.index, end: m.index + m[0]!.length }), days);
  }

  // "Six weeks ago, on 4 October 2025", "on 4 October 2025, six weeks ago": a day the text counts
  // back to puts the article that far after it.
  for (const e of exprs) {
    const w = e.written;
    if (!w || e.invalid || w.year === undefined || w.month === undefined || w.day === undefined) continue;
    const before = text.slice(Math.max(0, e.start - 40), e.start);
    const after = text.slice(e.end, e.end + 40);
    const mb = before.includes("ago") ? AGO_BEFORE.exec(before) : null;
    const m = mb ?? (after.includes("ago") ? AGO_AFTER.exec(after) : null);
    const n = m ? (/^an?$/i.test(m[2]!) ? 1 : parseCardinal(m[2]!)) : undefined;
    if (!m || n === undefined || n < 1 || n > 60) continue;
    const unit = m[3]!.toLowerCase();
    // (How far off the count may be: "a year ago" is ten to fourteen months; "about six weeks ago" a little wider.)
    const [step, slack, about] = unit === "day" ? [1, 0, 1] : unit === "week" ? [7, 3, 5] : unit === "month" ? [30.44, 10, 16] : [365.25, 60, 120];
    const at = dayNumber(toIso(w.year, w.month, w.day)) + Math.round(n * step);
    const loose = m[1] !== undefined ? about : slack;
    const days: [number, number][] = [[at - loose, at + loose]];
    const span = mb ? { start: e.start - m[0].length, end: e.end } : { start: e.start, end: e.end + m[0].length };
    push(3, evidence("relative-year", `“${text.slice(span.start, span.end).trim()}” puts the article ${unit === "day" && n === 1 ? "a day" : `${n} ${unit}${n === 1 ? "" : "s"}`} after ${formatDay(toIso(w.year, w.month, w.day))}`, days, span), days);
  }

  // "the first five months of 2025" are reported once they are over, and within the following year.
  for (const m of keptMatches("part-of-year", text, isWordWall, (t, to) => matchesBefore(t, PART_OF_YEAR, MONTHS_WORD, 3, undefined, 0, to))) {
    const n = parseCardinal(m[1]!);
    const y = Number(m[2]);
    if (!n || n < 1 || n > 11) continue;
    const end = dayNumber(toIso(y, n, daysInMonth(y, n)));
    const days: [number, number][] = [[end + 1, end + 365]];
    push(1, evidence("completed-event", `“${m[0]}” are reported as over`, days, { start: m.index, end: m.index + m[0]!.length }), days);
  }

  // A dateline without a year takes the year most dates of the text are in.
  // (Most: two or more. "after a similar storm in 2021" does not date the article.)
  const [y, most] = [...yearCounts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
  if (datelineYearless && most >= 2) {
    const days: [number, number][] = [[dayNumber(`${y}-01-01`), dayNumber(`${y}-12-31`)]];
    // Only a tie-breaker: any explicit date outweighs it.
    push(0.25, evidence("other", `most dates in the text are in ${y}`, days), days);
  }

  // News reports the recent past: the latest year the text speaks of as past ("February 2026 was the
  // wettest on record") puts the article within two years after its start, a little more strongly
  // than one weekday-date pair, when two of those contradict each other: weekday-dates that no year
  // fits together no longer carry the article a decade on ("Monday 9 March … Thursday 13 March" is
  // not 2036: one weekday is wrong).
  // (Only then: one weekday-date that no year near it fits dates the article by itself — "Monday,
  // Oct. 26" is 1998 when the text's latest past year is 1994.)
  // (Or when the latest past event dated to the day — "Council voted on March 18, 2026" — is in a
  // year no weekday-date fits, nor the two after it: "A final vote will take place on Tuesday, March
  // 25" is not 2031's. A year alone, "the law was passed in 1994", leaves "Monday, Oct. 26" 1998's.)
  let latestPast: number | undefined;
  let latestPastDay: number | undefined;
  const weekdayDates: Written[] = [];
  for (const e of exprs) {
    const w = e.written;
    if (!w || e.invalid) continue;
    if (w.year !== undefined && e.tense === "past") {
      if (latestPast === undefined || w.year > latestPast) latestPast = w.year;
      if (w.day !== undefined && (latestPastDay === undefined || w.year > latestPastDay)) latestPastDay = w.year;
    }
    if (w.year === undefined && w.month !== undefined && w.day !== undefined && w.weekday !== undefined) weekdayDates.push(w);
  }
  // (Among the first dozen: a long text's many weekday-dates are not all compared at every keystroke.)
  const firstDates = weekdayDates.slice(0, 12);
  const clash = firstDates.length >= 2 && firstDates.some((a, i) => firstDates.some((b, j) => j > i && weekdaysFit(a, b) === false));
  const dayApart =
    latestPastDay !== undefined && latestPastDay === latestPast && firstDates.some((w) => ![0, 1, 2].some((k) => isValidDate(latestPastDay! + k, w.month!, w.day!) && weekday(latestPastDay! + k, w.month!, w.day!) === w.weekday));
  // (Or, read on a day near that year, when a weekday-date fits none of the years from it to the
  // day of reading: "COPENHAGEN, Feb 5 — … since their peak in early 2024 … on Wednesday, March
  // 24" is not 2021's nor 2027's; the weekday-date is the one wrong. A text whose latest past year
  // is long before the day of reading keeps its weekday-date: an archive's "Monday, Oct. 26".)
  const todayYear = inputs.today ? Number(inputs.today.slice(0, 4)) : undefined;
  // (Not against front matter: its date is the article's, unless other evidence makes it the outlier.)
  const recent =
    !fm &&
    todayYear !== undefined &&
    latestPast !== undefined &&
    latestPast <= todayYear &&
    latestPast >= todayYear - 3 &&
    firstDates.some((w) => {
      for (let y = latestPast!; y <= todayYear; y++) if (isValidDate(y, w.month!, w.day!) && weekday(y, w.month!, w.day!) === w.weekday) return false;
      return true;
    });
  if ((clash || dayApart || recent) && latestPast !== undefined && latestPast >= FIRST_YEAR && latestPast <= LAST_YEAR) {
    const days: [number, number][] = [[dayNumber(`${latestPast}-01-01`), dayNumber(`${latestPast + 2}-12-31`)]];
    push(3.25, evidence("other", `the latest year spoken of as past is ${latestPast}`, days), days);
  }

  // Front matter against a dateline that other evidence backs (a completed event or a weekday-date
  // pair the front matter date contradicts): the front matter is the outlier and loses its weight.
  const fmAt = cs.findIndex((c) => c.evidence.kind === "front-matter");
  const dlC = cs.find((c) => c.evidence.kind === "dateline");
  if (fm && fmAt >= 0 && dlC) {
    const fmDay = dayNumber(fm);
    const holds = (c: Constraint, a: number, b: number): boolean => c.days.some(([x, y]) => x <= b && a <= y);
    if (!holds(dlC, fmDay, fmDay)) {
      const rest = cs.filter((_, i) => i !== fmAt);
      const alt = bestWindow(rest, exprs, seasonYears);
      if (alt && alt[0] > NEG / 2 && alt[1] < POS / 2 && holds(dlC, alt[0], alt[1])) {
        // Only a completed event the front matter date comes before contradicts it outright (dated
        // by its month or day: a year alone's tense is misread too often to outweigh the front matter).
        const backed = rest.some((c) => c.past && c.exact && !c.ofDateline && !holds(c, fmDay, fmDay) && holds(c, alt[0], alt[1]));
        if (backed) cs[fmAt] = { ...cs[fmAt]!, weight: 0 };
      }
    }
  }

  // Only other dates of the text (events spoken of as past or planned) are too weak to date an article.
  const STRONG: readonly DateEvidence["kind"][] = ["front-matter", "dateline", "weekday", "event-age", "office-term", "relative-year"];
  if (!cs.some((c) => STRONG.includes(c.evidence.kind))) return null;
  const today = inputs.today ? dayNumber(inputs.today) : undefined;
  const alone = bestWindow(cs, exprs, seasonYears);
  const win = today === undefined ? alone : bestWindow(cs, exprs, seasonYears, today);
  if (!win) return null;
  let [from, to] = win;
  // The day of reading is part of the basis only where it decided.
  if (today !== undefined && (!alone || alone[0] !== from || alone[1] !== to)) {
    const days: [number, number][] = [[NEG, today + TODAY_GRACE]];
    cs.push({ evidence: evidence("other", `the text is read on ${formatDay(inputs.today!)}: the latest the text allows up to then`, days), weight: TODAY_WEIGHT, days });
  }
  // Only a lower or an upper bound is not a document date.
  if (from <= NEG / 2 || to >= POS / 2) return null;

  // The latest completed event dated to the day, when the window allows it, dates the article
  // within a week after it (news reports recent events).
  if (!(from === to)) {
    const latest = latestCompletedDay(exprs, from, to);
    if (latest !== undefined && to - latest > 7) {
      from = Math.max(from, latest);
      to = Math.min(to, latest + 7);
      cs.push({
        evidence: evidence("completed-event", `the latest dated event, ${formatDay(fromDayNumber(latest))}, is reported as past`, [[latest, latest + 7]]),
        weight: 0,
        days: [[latest, latest + 7]],
      });
    }
  }
  const basis: DateEvidence[] = [];
  const conflicts: DateEvidence[] = [];
  for (const c of cs) {
    const inside = c.days.some(([a, b]) => a <= to && from <= b);
    (inside ? basis : conflicts).push(c.evidence);
  }
  return { from: iso(from), to: iso(to), basis, conflicts };
}

/**
 * The window of days that satisfies the largest total weight; ties go to the run nearest the anchor
 * year, or with the day of reading (`today`, a day number) to the latest run that starts by it.
 * `today` also weighs for every day up to a week after it (`TODAY_WEIGHT`).
 */
export function bestWindow(cs: readonly Pick<Constraint, "weight" | "days">[], exprs: readonly DatedExpression[], extraYears: readonly number[], today?: number): [number, number] | undefined {
  // Sweep over interval ends: each constraint adds its weight where it holds. The weights at one
  // place are summed first (they are multiples of a quarter: every order of adding them gives the
  // same sums), then the places taken in order.
  const delta = new Map<number, number>();
  for (const c of cs) {
    for (const [a, b] of c.days.length === 1 ? c.days : merged(c.days)) {
      delta.set(a, (delta.get(a) ?? 0) + c.weight);
      delta.set(b + 1, (delta.get(b + 1) ?? 0) - c.weight);
    }
  }
  if (today !== undefined) {
    delta.set(NEG, (delta.get(NEG) ?? 0) + TODAY_WEIGHT);
    delta.set(today + TODAY_GRACE + 1, (delta.get(today + TODAY_GRACE + 1) ?? 0) - TODAY_WEIGHT);
    // (And the last three years a little more: a text read now is most often recent.)
    delta.set(today - RECENT_DAYS, (delta.get(today - RECENT_DAYS) ?? 0) + RECENT_WEIGHT);
    delta.set(today + TODAY_GRACE + 1, (delta.get(today + TODAY_GRACE + 1) ?? 0) - RECENT_WEIGHT);
  }
  const places = Float64Array.from(delta.keys()).sort();
  const segs: { a: number; b: number; score: number }[] = [];
  let score = 0;
  let at = NEG;
  for (const x of places) {
    if (x > at) segs.push({ a: at, b: x - 1, score });
    score += delta.get(x)!;
    at = x;
  }
  segs.push({ a: at, b: POS, score });
  let best = -Infinity;
  for (const s of segs) if (s.score > best) best = s.score;
  if (best <= 0) return undefined;
  // Runs of adjacent best segments.
  const runs: [number, number][] = [];
  for (const s of segs) {
    if (s.score !== best) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] + 1 === s.a) last[1] = s.b;
    else runs.push([s.a, s.b]);
  }
  if (runs.length === 1) return runs[0];
  // The anchor: the latest year written in a past-tense date, else the latest year written.
  const years = exprs.filter((e) => e.written?.year !== undefined && !e.invalid);
  const past = [...years.filter((e) => e.tense === "past").map((e) => e.written!.year!), ...extraYears];
  const all = [...years.map((e) => e.written!.year!), ...extraYears];
  const anchor = past.length ? Math.max(...past) : all.length ? Math.max(...all) : undefined;
  // A text the years it speaks of leave open between years ("LISBON, Jan. 24 — … marched on
  // Saturday", with "his first demonstration in 1974") is taken to be as recent as it can be, up to
  // the day of reading (or a week after it: a draft dated ahead) —
  // unless that is the anchor's year or the next: then the anchor chooses, as without it.
  if (today !== undefined) {
    const upTo = runs.filter(([a]) => a <= today + TODAY_GRACE);
    const latest = upTo.length ? upTo[upTo.length - 1]! : runs[0]!;
    if (anchor === undefined || Number(iso(latest[0]).slice(0, 4)) > anchor + 1) return latest;
  }
  // Several equally good windows and nothing to choose between them: the date is unknown.
  if (anchor === undefined) return undefined;
  const ya = dayNumber(`${anchor}-01-01`);
  const yb = dayNumber(`${anchor}-12-31`);
  const dist = ([a, b]: [number, number]): number => (b < ya ? ya - b : a > yb ? a - yb : 0);
  const nearest = runs.reduce((p, q) => (dist(q) < dist(p) ? q : p));
  // A plan's year alone ("cut jobs by the end of 2027") anchors only a window within three years
  // before it: "net zero by 2050" says nothing of when the text was written.
  if (past.length === 0 && years.every((e) => e.tense === "future") && dist(nearest) > 3 * 366) return undefined;
  return nearest;
}

/** `mergeIntervals(days)`, kept per array of days (the weekday-date pairs' are shared). */
const MERGED = new WeakMap<readonly (readonly [number, number])[], readonly (readonly [number, number])[]>();
function merged(days: readonly (readonly [number, number])[]): readonly (readonly [number, number])[] {
  let m = MERGED.get(days);
  if (!m) MERGED.set(days, (m = mergeIntervals(days)));
  return m;
}

function mergeIntervals(days: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...days].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function latestCompletedDay(exprs: readonly DatedExpression[], from: number, to: number): number | undefined {
  let best: number | undefined;
  const y0 = Number(iso(from).slice(0, 4));
  for (const e of exprs) {
    const w = e.written;
    if (!w || e.invalid || e.tense !== "past" || w.month === undefined || w.day === undefined) continue;
    for (const d of completedDays(e, w.month, w.day, w, y0)) if (d >= from && d <= to && (best === undefined || d > best)) best = d;
  }
  return best;
}

/** The days a past date without its year (near `y0`) or with it can be, kept per cached paragraph expression (`DatedExpression.key`) for one `y0`. */
const COMPLETED_DAYS = new WeakMap<object, { readonly y0: number; readonly days: readonly number[] }>();

function completedDays(e: DatedExpression, month: number, day: number, w: Written, y0: number): readonly number[] {
  const kept = e.key ? COMPLETED_DAYS.get(e.key) : undefined;
  if (kept && kept.y0 === y0) return kept.days;
  const days: number[] = [];
  const cands = w.year !== undefined ? [w.year] : [y0, y0 + 1];
  for (const y of cands) {
    if (!isValidDate(y, month, day)) continue;
    if (w.weekday !== undefined && weekday(y, month, day) !== w.weekday) continue;
    days.push(dayNumber(toIso(y, month, day)));
  }
  if (e.key) COMPLETED_DAYS.set(e.key, { y0, days });
  return days;
}

