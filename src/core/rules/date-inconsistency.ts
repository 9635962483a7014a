import { type Rule, type FindingDraft } from "./rule";
import { sameItems } from "../arrays";
import type { AnalysisContext } from "../context";
import type { DateMention, DocumentDate, DateEvidence } from "../model/date";
import { OPEN_END, OPEN_START } from "../model/date";
import type { Fix, RelatedInfo } from "../model/finding";
import { countStartingAtOrBefore, type Span } from "../model/span";
import type { Paragraph } from "../model/document";
import {
  MONTHS, WEEKDAYS, fromDayNumber as fromDay, dayNumber, formatDay, formatOrdinal, formatWhen, isValidDate, parseCardinal, parseOrdinal, periodEnd, periodStart, toIso, weekday,
} from "../parse/calendar";
import { describeWindow, nthYearWindow } from "../parse/dates";
import { DATELINE_END, DATELINE_PLACE, MIXED_DATELINE_END, datelineMonthDay, MIXED_PLACE, NTH_YEAR, ORD, weekdaysFit, matchesBefore, nthYearMatches, pastNthYear, sentenceAt } from "../parse/dates/document-date";
import { Change, KeptMatches, matchRows, putSpan, rowsOf, type Hit, type Rows, type Signer } from "./reuse";
import { COMPARED_BEFORE, COMPLETED_RE, PLANNED_RE, eventStatus, lookbackStart, nounNotPast } from "../parse/dates/tense";
import { escape, eventsIn } from "../parse/dates/knowledge";
import { detached, inMemoSession, memo } from "../memo";
import { monthIndex } from "../parse/dates/expressions";

/**
 * Dates that cannot be right given the rest of the document: plans dated before the document
 * date, completed events after it, wrong weekdays, impossible dates, one event with two dates,
 * ages and anniversaries that contradict explicit dates, front matter against the dateline.
 */
export const dateInconsistencyRule: Rule = {
  id: "date-inconsistency",
  description: "A date that cannot be right given the document date or another statement in the text.",
  defaultSeverity: "warning",
  run(ctx) {
    const out: FindingDraft[] = [];
    const flagged = new Set<number>();
    const emit = (f: FindingDraft): void => {
      if (flagged.has(f.span.start)) return;
      flagged.add(f.span.start);
      out.push(f);
    };
    datelineAgainstFrontMatter(ctx, emit);
    const dated = datesOf(ctx, dateFacts(ctx));
    for (const i of dated.invalid) emit(impossible(ctx.dates[i]!));
    leapDays(ctx, dated, emit);
    weekdays(ctx, dated, emit);
    sameEventTwoDates(ctx, dated, emit);
    againstDocumentDate(ctx, dated, emit);
    nthYears(ctx, dated, emit);
    anniversaries(ctx, dated, emit);
    ownAnniversaries(ctx, dated, emit);
    yearsAgo(ctx, emit);
    reversedRanges(ctx, emit);
    rangeDurations(ctx, emit);
    openCloseDurations(ctx, emit);
    ages(ctx, emit);
    return out;
  },
};

type Emit = (f: FindingDraft) => void;

/** The dates' facts, and which dates (indices into ctx.dates, in order) each step of the rule looks at, found in one pass. */
interface Dated {
  readonly facts: readonly DateFacts[];
  /** Impossible dates. */
  readonly invalid: readonly number[];
  /** Valid dates with their month and day written, and of those, with a weekday. */
  readonly day: readonly number[];
  readonly weekday: readonly number[];
  /** Dates with their year written, and whether those are in order of their starts. */
  readonly year: readonly number[];
  readonly yearInOrder: boolean;
  /** Dates of a planned or completed event (againstDocumentDate). */
  readonly status: readonly number[];
}

/** Per date, which lists of Dated it is in: */
const INVALID = 1;
const DAY = 2;
const WEEKDAY = 4;
const YEAR = 8;
const STATUS = 16;

function datesOf(ctx: AnalysisContext, facts: readonly DateFacts[]): Dated {
  const dates = ctx.dates;
  const n = dates.length;
  const bits = new Uint8Array(n);
  let yearInOrder = true;
  let last = -1;
  for (let i = 0; i < n; i++) {
    const d = dates[i]!;
    const w = d.written;
    let b = d.invalid ? INVALID : 0;
    if (w) {
      if (w.year !== undefined) {
        b |= YEAR;
        if (d.span.start < last) yearInOrder = false;
        last = d.span.start;
      }
      if (!d.invalid && w.month !== undefined && w.day !== undefined) b |= w.weekday !== undefined ? DAY | WEEKDAY : DAY;
    }
    if (facts[i]!.local.status) bits[i] = b | STATUS;
    else bits[i] = b;
  }
  // While the editor re-analyses, the lists (of indices) are most often those of the previous run:
  // the same lists then (they are never changed), not thousands of indices again.
  const prev = inMemoSession() ? lastDated : undefined;
  const lists = prev && prev.yearInOrder === yearInOrder && sameBits(prev.bits, bits) ? prev : listsOf(bits, yearInOrder);
  if (inMemoSession()) lastDated = { invalid: lists.invalid, day: lists.day, weekday: lists.weekday, year: lists.year, yearInOrder, status: lists.status, bits };
  return { facts, invalid: lists.invalid, day: lists.day, weekday: lists.weekday, year: lists.year, yearInOrder, status: lists.status };
}

type DateLists = Omit<Dated, "facts">;

/** The lists of the last run in an editing session, and the bits of each date they were made from. */
let lastDated: (DateLists & { readonly bits: Uint8Array }) | undefined;

function sameBits(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The indices of the dates in each list, by their bits. */
function listsOf(bits: Uint8Array, yearInOrder: boolean): DateLists {
  const invalid: number[] = [];
  const day: number[] = [];
  const weekday: number[] = [];
  const year: number[] = [];
  const status: number[] = [];
  for (let i = 0; i < bits.length; i++) {
    const b = bits[i]!;
    if (b === 0) continue;
    if (b & INVALID) invalid.push(i);
    if (b & YEAR) year.push(i);
    if (b & DAY) day.push(i);
    if (b & WEEKDAY) weekday.push(i);
    if (b & STATUS) status.push(i);
  }
  return { invalid, day, weekday, year, yearInOrder, status };
}

const edit = (title: string, span: Span, newText: string, preferred = true): Fix => ({
  kind: "edit",
  title,
  edits: [{ span, newText }],
  ...(preferred ? { isPreferred: true } : {}),
});
const setDocumentDate = (d: DocumentDate | null): Fix => ({
  kind: "document-date",
  title: "Set the document date…",
  ...(d ? { data: { from: d.from, to: d.to } } : {}),
});

function known(d: DocumentDate | null): d is DocumentDate {
  return !!d && (d.from !== OPEN_START || d.to !== OPEN_END);
}

/** The evidence that dates the document, for messages: the strongest reason other than `except`. */
function reason(d: DocumentDate, except?: Span): string {
  // The evidence sorted by strength once per document date (stable: in text order within a kind);
  // the first that is not at `except` (a long article's document date rests on hundreds of dates).
  let sorted = BY_STRENGTH.get(d);
  if (sorted === undefined) BY_STRENGTH.set(d, (sorted = [...d.basis].sort((a, b) => STRENGTH.indexOf(a.kind) - STRENGTH.indexOf(b.kind))));
  const first = sorted.find((b) => !(except && b.span && b.span.start === except.start));
  return first?.message ?? "";
}

const STRENGTH: readonly DateEvidence["kind"][] = ["override", "front-matter", "dateline", "event-age", "office-term", "weekday", "relative-year", "completed-event", "other"];
const BY_STRENGTH = new WeakMap<DocumentDate, readonly DateEvidence[]>();

function related(d: DocumentDate, except?: Span): readonly RelatedInfo[] {
  // The evidence with a place, made once per document date and shared by the findings against it
  // that stand where no evidence does (results are never changed): a long article's document date
  // can rest on hundreds of dates.
  let all = RELATED.get(d);
  if (all === undefined) RELATED.set(d, (all = d.basis.filter((b) => b.span).map((b) => ({ message: b.message, span: b.span! }))));
  if (!except || !evidenceAt(d, except.start)) return all;
  return all.filter((r) => r.span.start !== except.start);
}

const RELATED = new WeakMap<DocumentDate, readonly RelatedInfo[]>();

function sentenceSpan(ctx: AnalysisContext, i: number): Span {
  return ctx.document.sentences[i]?.span ?? { start: 0, end: ctx.text.length };
}

/** The clause before a mention at `start` in sentence `s`, from the sentence start (or the last ; or quotation mark). */
function clauseBefore(text: string, s: Span, start: number): string {
  const before = text.slice(lookbackStart(text, s.start, start), start);
  const cut = Math.max(before.lastIndexOf(";"), before.lastIndexOf("“"), before.lastIndexOf("”"));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

// ------------------------------------------------------------------ what the rule reads around each date

/** What the rule reads of a date's sentence and the few characters around it, before the document date. */
interface DateLocal {
  /** A planned or completed event the date may date (againstDocumentDate); none when the date is skipped. */
  readonly status?: { readonly prep: string | undefined; readonly clause: string; readonly st: "planned" | "completed" };
  /**
   * The definite event noun the date belongs to, its modifier ("annual") and its owner ("Marsh’s
   * arrest"), or the noun of a verb that names one ("met on" a meeting, "was sworn in on" a
   * swearing-in; `verb` true) (sameEventTwoDates).
   */
  readonly noun?: EventNoun;
  /** "<subject>|<verb>" of "the trial opened on" (sameEventTwoDates). */
  readonly event?: string;
}

/** How far before a date's start and after its end the rule reads, past its sentence: the preposition, the attributive test. */
const READ_BEFORE = 25;
const READ_AFTER = 20;

const NO_LOCAL: DateLocal = {};

/**
 * A string of a reading, kept from run to run while the editor re-analyses: a copy of its own (a
 * slice of the text would keep the whole text of its run alive, memo.ts `detached`).
 */
function kept(s: string): string {
  return inMemoSession() ? detached(s) : s;
}

/** A date's local reading, from `text` (a date at `span` in sentence `s`). */
function dateLocal(text: string, s: Span, span: Span, type: string, monthWritten: boolean, dayWritten: boolean, withStatus: boolean, weekdayAlone = false): DateLocal {
  // "Correction: An earlier version of this article said the trial opened on July 14.": the date
  // corrected is no event's.
  if (CORRECTION.test(text.slice(s.start, Math.min(s.end, s.start + 160)))) return NO_LOCAL;
  const status = withStatus ? dateStatus(text, s, span, type, monthWritten, dayWritten) : undefined;
  // (A weekday alone names a day too, by the document date: "in a ballot that closed on Monday".)
  if (!dayWritten && !weekdayAlone) {
    // ("since Marsh’s arrest in December 2023" after "Marsh was arrested on 2 November 2023".)
    const found = monthWritten ? personEventOf(text, s, span) : undefined;
    if (!found) return status ? { status } : NO_LOCAL;
    return { ...(status ? { status } : {}), noun: keptNoun(found) };
  }
  const found = eventNounOf(text, s, span);
  const noun = found && keptNoun(found);
  const lead = text.slice(Math.max(s.start, span.start - 60), span.start);
  const m = EVENT_BEFORE.exec(lead);
  // ("a nationwide strike over the price of petrol that began on": the event noun, not "petrol".)
  const subject = m ? (ONGOING_NOUNS.test(m[1]!) ? m[1]! : (HEAD_THEN_THAT.exec(lead)?.[1] ?? m[1]!)) : undefined;
  const verb = m?.[2]!.toLowerCase();
  // ("The Senate passed the bill on March 10": a once-only act and its object name the event too.)
  const o = m ? null : ONCE_ACT_BEFORE.exec(lead);
  // ("The evacuation order, issued on", "Ong, who took over on": an order issued once, a post taken.)
  const once = m || o ? undefined : (issuedOf(lead) ?? tookOverOf(lead));
  // ("Stocks closed on March 3 … closed on March 4": markets close daily; a ballot closes once.)
  const event =
    subject !== undefined && verb && !NOT_SUBJECT.has(subject.toLowerCase()) && (!verb.startsWith("close") || CLOSES_ONCE.has(subject.toLowerCase()))
      ? kept(`${subject.toLowerCase()}|${PAST_OF[verb] ?? verb}`)
      : o && !NOT_SUBJECT.has(o[1]!.toLowerCase())
        ? kept(`${o[1]!.toLowerCase()}|${o[2]!.toLowerCase()} ${o[3]!.toLowerCase()}`)
        : once;
  if (!status && !noun && !event) return NO_LOCAL;
  return { ...(status ? { status } : {}), ...(noun ? { noun } : {}), ...(event !== undefined ? { event } : {}) };
}

const PREP_BEFORE = /\b(since|by|until|till|before|through|from|to)\s+(?:the\s+)?(?:end\s+of\s+|start\s+of\s+)?$/i;

const CLAUSE_STOP = /[,;:“”"]/u;
/** A noun of a time limit after a date: "the Jan. 14 deadline". */
const LIMIT_AFTER = /^\s+(?:deadline|cut-?off|target|time ?limit)\b/i;
/** The present tense of a timetable ("begins on"), as PLANNED_RE has it. */
const TIMETABLE = /^(?:takes\s+place|begins|opens|starts|convenes|resumes|reopens|kicks\s+off|meets)$/i;
const PLANNED_ALL = new RegExp(PLANNED_RE.source, "gi");

/** Is the last mark of a plan in `clause` a timetable's present tense? */
function timetableLast(clause: string): boolean {
  let last = "";
  PLANNED_ALL.lastIndex = 0;
  for (let m = PLANNED_ALL.exec(clause); m !== null; m = PLANNED_ALL.exec(clause)) last = m[0];
  return TIMETABLE.test(last);
}

/** A date set off in its subject, then the subject's verb of a completed event: "Last week's meeting, on March 20, ended". */
const COMPLETED_AFTER = new RegExp(`^,\\s+${COMPLETED_RE.source}`, "i");
/** The date ends the subject, and its verb is past: "(The strike planned for Feb. 5) was called off". */
const PLAN_THEN_PAST = /^,?\s+(?:was|were|had)\s/;

/** Whether a date dates a planned or completed event, as its clause says; undefined when the date is skipped. */
/** "the closing price on ", "the share price as of ": a price's or a level's date at the end of the words before it. */
const PRICE_ON_BEFORE = /\b(?:price|prices|level|levels|value|valuation|close|rate)\s+(?:on|of|at|as\s+of)\s+$/i;
/** A plan told as one made before: "had originally said it would", "had planned to", "had been expected to". */
const EARLIER_PLAN = /\bhad\s+(?:(?:originally|initially|previously|first|once|earlier|been)\s+)*(?:said|planned|promised|expected|intended|hoped|aimed|scheduled|pledged|vowed|announced|agreed|forecast|predicted)\b/i;

/** "This article was updated on ", "the story has been corrected ": an editor's note before its date. */
const EDITED_BEFORE = /\b(?:article|story|report|post|piece|page|version|headline|copy)\s+(?:was|has\s+been|had\s+been|is)\s+(?:updated|corrected|amended|edited|revised|changed)\s+(?:(?:on|at|in)\s+)?$/i;

/** An anniversary's "of" phrase, unclosed, at the end of the words before a date. */
const ANNIVERSARY_OF_BEFORE = /\banniversary\s+of\s[^,.;:]*$/i;

function dateStatus(text: string, s: Span, span: Span, type: string, monthWritten: boolean, dayWritten: boolean): DateLocal["status"] {
  // (A time on a day is that day: "will come into force at 06:00 on Saturday 8 November".)
  if (type !== "DATE" && !(type === "TIME" && dayWritten)) return undefined;
  if (!monthWritten && ATTRIBUTIVE.test(text.slice(span.end, span.end + READ_AFTER))) return undefined;
  // "since 1960" starts a span; "by 2012", "until March", "was extended to Nov. 16" set a deadline
  // or a target: neither dates the event itself.
  const prep = PREP_BEFORE.exec(text.slice(Math.max(0, span.start - READ_BEFORE), span.start))?.[1]?.toLowerCase();
  // ("will walk out for five days from 27 January": a plan's start is its date, checked below.)
  if (prep === "since" || (prep === "from" && !PLANNED_RE.test(clauseBefore(text, s, span.start)))) return undefined;
  // "Maturity will be extended to 2031 from 2024": where a change starts from, not the plan's date.
  if (prep === "from" && TO_THEN_FROM.test(text.slice(Math.max(s.start, span.start - 30), span.start))) return undefined;
  // "1% lower than in December 2025": a date compared with.
  if (COMPARED_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start))) return undefined;
  // "This article was updated on 12 March 2026": an editor's note, after the article was written.
  if (EDITED_BEFORE.test(text.slice(Math.max(0, span.start - 60), span.start))) return undefined;
  // "a premium of 38 per cent to the closing price on 29 May": the date of a price, no event's.
  if (PRICE_ON_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start))) return undefined;
  // "where the Aug. 7 blasts killed 257 people": a date before its noun is dated by the verb after
  // the noun, up to the clause's end, when it has one.
  if (THE_BEFORE.test(text.slice(Math.max(s.start, span.start - 5), span.start))) {
    const after = text.slice(span.end, Math.min(s.end, span.end + 80));
    // "gave no reason for the Jan. 14 deadline": a limit set for a day, no event on it.
    if (LIMIT_AFTER.test(after)) return undefined;
    const stop = after.search(CLAUSE_STOP);
    const own = kept(stop >= 0 ? after.slice(0, stop) : after);
    const st = memo("dates/event-status", own, () => eventStatus(own));
    if (st) return { prep, clause: own, st };
  }
  const clause = kept(clauseBefore(text, s, span.start));
  // "will mark the 25th anniversary of the Queen's state visit to Poland in March 1996": the date of
  // what is remembered, not of the plan.
  if (ANNIVERSARY_OF_BEFORE.test(clause)) return undefined;
  const tail = text.slice(span.end, Math.min(s.end, span.end + 40));
  const st = memo("dates/event-status", clause, () => eventStatus(clause)) ?? (PLANNED_RE.test(tail.slice(0, 15)) && !PLAN_NOT_THE_DATES.test(tail) && !(tail.startsWith(",") && APPOSITION_BEFORE.test(clause)) ? "planned" : undefined);
  if (!st) {
    // "Last week's meeting, on March 20, ended …": the verb after the date set off in its subject.
    const after = COMPLETED_AFTER.exec(tail);
    if (after) return { prep, clause: kept(clause + after[0]), st: "completed" };
  }
  // Neither planned nor completed: nothing to contradict. Nor a plan whose fate the sentence tells
  // in the past: "The strike planned for Feb. 5 was called off"; nor one told as an earlier plan:
  // "had originally said it would publish the report by June 2026".
  if (!st || (st === "planned" && (PLAN_THEN_PAST.test(tail) || EARLIER_PLAN.test(clause)))) return undefined;
  // A timetable's present tense with no day is a story's: "The novel takes place in 1920".
  if (st === "planned" && !dayWritten && timetableLast(clause)) return undefined;
  return { prep, clause, st };
}

/**
 * A plan after the date that is another clause's: "backdated to her suspension on 12 March 2026 and
 * will run until March 2030".
 */
const PLAN_NOT_THE_DATES = /^\s*(?:,\s*)?(?:and|but|or|while|whereas)\b/;
/** A date inside a noun phrase set off after a name: "Sandberg, the European indoor champion in 2025, will also lose". */
const APPOSITION_BEFORE = /\p{L},\s+(?:the|a|an)\s[^,;“”"]*$/u;

/** What the rule reads around one date, found when first needed; it depends only on the text around the date (`dateReading`). */
interface DateFacts {
  readonly local: DateLocal;
  /** The 80 characters before the date when a start verb ends them, else null (startedDates). */
  started?: string | null;
  /** The 40 characters before the date when "in" or "on" ends them, else null (datesAfterInOn). */
  inOn?: string | null;
  /** While the editor re-analyses: the finding against the document date (null: none), for the date and document date it was made for. */
  // (One record per date, brought up to date in place: a new one each run is thousands of objects a keystroke.)
  against?: { epoch: number; said: string; doc: DocumentDate; d: DateMention; draft: FindingDraft | null };
}

/** "to 2031 from ": a new value, then the old one a change starts from. */
const TO_THEN_FROM = /\bto\s[\w.,%’' ]{1,20}\sfrom\s+$/u;
/** A correction's note: "Correction:", "Clarification:", "An earlier version of this article said …". */
const CORRECTION = /^\s*(?:(?:Correction|Clarification|Editor['’]s\s+note)\s*[:.—–-]|(?:An?\s+)?(?:earlier|previous)\s+version\s+of\s+this\s+(?:article|story|report)\b)/iu;

/** How far before a date its facts read: the start verb of startedDates. */
const LEAD = 80;

/**
 * Each date's local reading and facts (in the order of ctx.dates). While the editor re-analyses,
 * the previous run's for each date kept before or after the edit, with the same text around it
 * (reuse.ts); the others are read again.
 */
function dateFacts(ctx: AnalysisContext): DateFacts[] {
  // The status only matters against a document date known well enough (againstDocumentDate).
  const withStatus = known(ctx.documentDate) && strong(ctx.documentDate);
  const fresh = (d: DateMention): DateFacts => ({ local: direct(ctx, d, withStatus) });
  // A one-off analysis reads each date where it is.
  if (!inMemoSession()) return ctx.dates.map(fresh);
  const prev = lastFacts;
  const dates = ctx.dates;
  let out: DateFacts[];
  let rows: Rows<DateMention>;
  if (!prev || prev.withStatus !== withStatus) {
    out = dates.map(fresh);
    rows = rowsOf(dates, dateRows(ctx));
  } else {
    const kept = matchRows(prev.rows, dates, dateRows(ctx), new Change(prev.text, ctx.text));
    const { head, tail } = kept;
    const n = dates.length;
    const m = prev.rows.count;
    out = new Array<DateFacts>(n);
    for (let i = 0; i < n; i++) out[i] = i < head ? prev.facts[i]! : i >= n - tail ? prev.facts[i - n + m]! : fresh(dates[i]!);
    rows = kept.rows;
  }
  lastFacts = { text: ctx.text, withStatus, facts: out, rows };
  return out;
}

/** The facts of the last run in an editing session, with its context. */
let lastFacts: { readonly text: string; readonly withStatus: boolean; readonly facts: readonly DateFacts[]; readonly rows: Rows<DateMention> } | undefined;

/**
 * A date's row: what its facts read (its sentence, LEAD characters before it and READ_AFTER after
 * it; a date without a sentence reads the whole text), the date and its sentence, its flags; its type.
 */
function dateRows(ctx: AnalysisContext): Signer<DateMention> {
  const sentences = ctx.document.sentences;
  const length = ctx.text.length;
  return {
    moves: [true, true, true, true, true, true, false],
    sign: (d, nums, at) => {
      const s = sentences[d.sentence]?.span;
      nums[at] = s ? Math.max(0, Math.min(s.start, d.span.start - LEAD)) : 0;
      nums[at + 1] = s ? Math.max(s.end, d.span.end + READ_AFTER) : length;
      putSpan(nums, at + 2, d.span);
      putSpan(nums, at + 4, s);
      nums[at + 6] = flags(d);
    },
    sameLabels: (a, b) => a.type === b.type,
    // (A date outside any sentence reads the text's length: never kept by its basis, an undefined one.)
    basis: { list: sentences, of: (d) => d.sentence },
  };
}

/** 1: a month is written; 2: a valid date with its day written; 4: a weekday alone (what sameEventTwoDates looks at). */
function flags(d: DateMention): number {
  const w = d.written;
  return (w?.month !== undefined ? 1 : 0) | (!d.invalid && w && w.month !== undefined && w.day !== undefined ? 2 : 0) | (w && w.weekday !== undefined && w.month === undefined && w.day === undefined ? 4 : 0);
}

function direct(ctx: AnalysisContext, d: DateMention, withStatus: boolean): DateLocal {
  const f = flags(d);
  return dateLocal(ctx.text, sentenceSpan(ctx, d.sentence), d.span, d.type, (f & 1) !== 0, (f & 2) !== 0, withStatus, (f & 4) !== 0);
}

// ------------------------------------------------------------------ front matter vs dateline

function datelineAgainstFrontMatter(ctx: AnalysisContext, emit: Emit): void {
  const fm = ctx.document.frontMatter?.fields.date;
  const dl = ctx.document.dateline;
  if (!fm) return;
  // The document-date reasoning found the front matter to be the outlier: flag it, not the dateline.
  const doc = ctx.documentDate;
  const fmSpan = ctx.document.frontMatter?.valueSpans.date;
  if (doc && fmSpan && doc.conflicts.some((c) => c.kind === "front-matter") && doc.basis.some((b) => b.kind === "dateline")) {
    const backing = doc.basis.filter((b) => b.kind !== "dateline" && b.kind !== "other" && b.span);
    emit({
      code: "front-matter-outlier",
      message: `The front matter dates the article ${formatDay(fm)}, but the dateline and the text date it ${describeWindow(doc.from, doc.to)}${backing[0] ? ` (${backing[0].message})` : ""}.`,
      span: fmSpan,
      fixes: doc.from === doc.to ? [edit(`Change to ${doc.from}`, fmSpan, doc.from)] : [setDocumentDate(doc)],
      related: related(doc),
    });
    return;
  }
  if (!dl?.dateText || !dl.dateSpan) {
    otherDateline(ctx, fm, emit);
    return;
  }
  const md = datelineMonthDay(dl.dateText);
  if (!md) return;
  const [, fmM, fmD] = fm.split("-").map(Number) as [number, number, number];
  if (md.month === fmM && md.day === fmD) return;
  const monthText = md.month === fmM ? md.monthText : abbreviate(fmM, md.monthText);
  const fixed = md.dayFirst ? `${fmD} ${monthText}` : `${monthText} ${fmD}`;
  emit({
    code: "dateline-front-matter",
    message: `The dateline says “${dl.dateText}” but the front matter dates the article ${formatDay(fm)}.`,
    span: dl.dateSpan,
    fixes: [edit(`Change to ${fixed}`, dl.dateSpan, fixed)],
    related: ctx.document.frontMatter?.valueSpans.date ? [{ message: `front matter date: ${fm}`, span: ctx.document.frontMatter.valueSpans.date }] : [],
  });
}

/** "KYIV, Dec 28, 2025 (Reuters) –", "LONDON, 28 December –": a dateline the document model does not read. */
function otherDateline(ctx: AnalysisContext, fm: string, emit: Emit): void {
  const first = ctx.document.paragraphs.find((p) => p.kind === "paragraph");
  if (!first) return;
  const head = ctx.text.slice(first.span.start, Math.min(first.span.end, first.span.start + 80));
  const place = DATELINE_PLACE.exec(head);
  // ("Abuja, Feb. 18, 2026 (NAN) Thousands …", "Berlin, 18 February 2026. The court …": a place in small letters and a full date.)
  const mixed = place ? null : MIXED_PLACE.exec(head);
  const at = (place ?? mixed)?.[0].length;
  const d = at !== undefined ? ctx.dates.find((x) => x.span.start === first.span.start + at) : undefined;
  const w = d?.written;
  if (!d || !w || d.invalid || w.month === undefined || w.day === undefined) return;
  if (!(mixed ? w.year !== undefined && MIXED_DATELINE_END.test(ctx.text.slice(d.span.end, d.span.end + 24)) : DATELINE_END.test(ctx.text.slice(d.span.end, d.span.end + 50)))) return;
  const [fy, fmM, fmD] = fm.split("-").map(Number) as [number, number, number];
  if (w.month === fmM && w.day === fmD && (w.year === undefined || w.year === fy)) return;
  const fixed = w.year !== undefined ? d.text.replace(String(w.year), String(fy)).replace(/\b\d{1,2}\b/, String(fmD)) : undefined;
  emit({
    code: "dateline-front-matter",
    message: `The dateline says “${d.text}” but the front matter dates the article ${formatDay(fm)}.`,
    span: d.span,
    fixes: fixed && w.month === fmM ? [edit(`Change to ${fixed}`, d.span, fixed)] : [],
    related: ctx.document.frontMatter?.valueSpans.date ? [{ message: `front matter date: ${fm}`, span: ctx.document.frontMatter.valueSpans.date }] : [],
  });
}

/** A month name in the style of `like` ("Sept" → "Sept"-like abbreviation, "January" → full). */
function abbreviate(month: number, like: string): string {
  const full = MONTHS[month - 1]!;
  if (like.replace(/\.$/, "").length > 4 || /^(?:may|june|july)$/i.test(like)) return full;
  const ab = month === 9 && /^sept/i.test(like) ? "Sept" : full.slice(0, 3);
  return like.endsWith(".") ? `${ab}.` : ab;
}

// ------------------------------------------------------------------ impossible dates

function impossible(d: DateMention): FindingDraft {
  return {
    code: "impossible-date",
    message: `“${d.text}” is not a date: ${d.invalid}.`,
    span: d.span,
  };
}

/**
 * "a statement to Holyrood on 29 February" in an article of 2026: a leap day without its year, in
 * the year the article is in (one year), that has none.
 */
function leapDays(ctx: AnalysisContext, { day }: Dated, emit: Emit): void {
  const doc = ctx.documentDate;
  const years = known(doc) ? docYears(doc) : undefined;
  if (!years || years[0] !== years[1] || isValidDate(years[0], 2, 29)) return;
  for (const i of day) {
    const d = ctx.dates[i]!;
    const w = d.written;
    if (!w || w.month !== 2 || w.day !== 29 || w.year !== undefined || !d.value.startsWith(`${years[0]}-02-29`)) continue;
    emit({ code: "impossible-date", message: `“${d.text}” is not a date in ${years[0]}, the year of the article: February ${years[0]} has 28 days.`, span: d.span });
  }
}

// ------------------------------------------------------------------ weekdays

/** The year a yearless "Weekday, Month D" refers to: one near the document date whose calendar agrees. */
function weekdayYear(d: DateMention, doc: DocumentDate | null): number | undefined {
  const w = d.written;
  if (!w || w.month === undefined || w.day === undefined || w.weekday === undefined) return undefined;
  if (w.year !== undefined) return w.year;
  if (!known(doc)) return undefined;
  const lo = doc.from === OPEN_START ? dayNumber(doc.to) : dayNumber(doc.from);
  const hi = doc.to === OPEN_END ? dayNumber(doc.from) : dayNumber(doc.to);
  const y0 = Number((doc.from === OPEN_START ? doc.to : doc.from).slice(0, 4));
  let best: number | undefined;
  let bestDist = 0;
  for (let y = y0 - 1; y <= y0 + 2; y++) {
    if (!isValidDate(y, w.month, w.day) || weekday(y, w.month, w.day) !== w.weekday) continue;
    const n = dayNumber(toIso(y, w.month, w.day));
    const dist = n < lo ? lo - n : n > hi ? n - hi : 0;
    if (dist <= 200 && (best === undefined || dist < bestDist)) {
      best = y;
      bestDist = dist;
    }
  }
  return best;
}

/**
 * "Monday, January 27" and "Tuesday, February 3" in one text with no document date to read them
 * by: no year has both (a week after a Monday is a Monday). The date that fits fewest of the others
 * is flagged (the later one on a tie), with the one it contradicts.
 */
function weekdayPairs(list: readonly DateMention[], emit: Emit): void {
  if (list.length < 2 || list.length > 50) return;
  const fits = (a: DateMention, b: DateMention): boolean | undefined => weekdaysFit(a.written!, b.written!);
  const clash = list.map(() => [] as number[]);
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      if (fits(list[i]!, list[j]!) !== false) continue;
      clash[i]!.push(j);
      clash[j]!.push(i);
    }
  }
  const flagged = new Set<number>();
  // Per date, its clashes with dates not flagged yet.
  const left = clash.map((c) => c.length);
  for (;;) {
    // The date with the most clashes left (the later on a tie) is the odd one out.
    let worst = -1;
    for (let i = 0; i < list.length; i++) if (!flagged.has(i) && left[i]! > 0 && (worst < 0 || left[i]! >= left[worst]!)) worst = i;
    if (worst < 0) return;
    flagged.add(worst);
    for (const j of clash[worst]!) left[j]!--;
    const d = list[worst]!;
    const other = list[clash[worst]!.find((j) => !flagged.has(j)) ?? clash[worst]![0]!]!;
    emit({
      code: "weekday-mismatch",
      message: `“${d.text}” and “${other.text}” cannot both be right: in no year is ${MONTHS[d.written!.month! - 1]} ${d.written!.day} a ${WEEKDAYS[d.written!.weekday!]} when ${MONTHS[other.written!.month! - 1]} ${other.written!.day} is a ${WEEKDAYS[other.written!.weekday!]}.`,
      span: d.span,
      fixes: [],
      related: [{ message: `“${other.text}”`, span: other.span }],
    });
  }
}

function weekdays(ctx: AnalysisContext, dated: Dated, emit: Emit): void {
  // The same for every date: whether the document date is known well enough for a year-less one.
  let strongDoc: boolean | undefined;
  // Year-less weekday dates when it is not: read against each other.
  if (!(known(ctx.documentDate) && strong(ctx.documentDate))) {
    const yearless = dated.weekday.map((i) => ctx.dates[i]!).filter((d) => !d.invalid && d.written?.year === undefined && d.written?.month !== undefined && d.written.day !== undefined && d.written.weekday !== undefined);
    weekdayPairs(yearless, emit);
  }
  for (const i of dated.weekday) {
    const d = ctx.dates[i]!;
    const w = d.written;
    if (d.invalid || !w || w.weekday === undefined || w.month === undefined || w.day === undefined) continue;
    let y = w.year;
    if (y === undefined) {
      if (!(strongDoc ??= known(ctx.documentDate) && strong(ctx.documentDate)) || weekdayYear(d, ctx.documentDate) !== undefined) continue;
      const m = /^(\d{4})-/.exec(d.value);
      const r = yearlessReadings(w.month, w.day, ctx.documentDate);
      // The year the tense implies: the last such day for a past event, the next for a future one.
      const implied = d.tense === "past" ? r?.before : d.tense === "future" ? r?.after : undefined;
      if (!m && !implied) continue;
      y = implied ? Number(implied.slice(0, 4)) : Number(m![1]);
      if (isValidDate(y, w.month, w.day) && weekday(y, w.month, w.day) === w.weekday) continue;
    } else if (!isValidDate(y, w.month, w.day) || weekday(y, w.month, w.day) === w.weekday) continue;
    if (!isValidDate(y, w.month, w.day)) continue;
    const actual = weekday(y, w.month, w.day);
    const stated = WEEKDAYS[w.weekday]!;
    const m = new RegExp(`\\b${stated}\\b`, "i").exec(d.text);
    const fixes: Fix[] = [];
    if (m) {
      const span = { start: d.span.start + m.index, end: d.span.start + m.index + m[0].length };
      const fixedText = d.text.slice(0, m.index) + WEEKDAYS[actual] + d.text.slice(m.index + m[0].length);
      fixes.push({ kind: "edit", title: `Change to ${fixedText}`, edits: [{ span, newText: WEEKDAYS[actual]! }], isPreferred: true });
    }
    const when = w.year !== undefined ? `${MONTHS[w.month - 1]} ${w.day}, ${y}` : `${MONTHS[w.month - 1]} ${w.day}, ${y} (the year of the article)`;
    emit({
      code: "weekday-mismatch",
      message: `“${d.text}”: ${when} is a ${WEEKDAYS[actual]}, not a ${stated}.`,
      span: d.span,
      fixes,
    });
  }
}

// ------------------------------------------------------------------ against the document date

/** A year-less date is compared with the document date only when that is known within this many days. */
const NARROW_WINDOW = 14;
/**
 * How far on the wrong side of the document date a year-less date may lie and still be read in
 * the document's year: "scheduled to publish on March 2" written on 12 March is a plan dated
 * before the article (the March 2 a year later is no schedule anyone writes so); one months
 * before is read as next year's.
 */
const NEAR_DAYS = 45;

/** The readings of a year-less month and day around a narrow document date: the last on or before its end, the first on or after its start. */
function yearlessReadings(month: number, day: number, doc: DocumentDate | null): Readings | undefined {
  if (!doc || doc.from === OPEN_START || doc.to === OPEN_END) return undefined;
  if (readings?.from !== doc.from || readings.to !== doc.to) readings = { from: doc.from, to: doc.to, byDay: new Map() };
  const key = `${month}/${day}`;
  let r = readings.byDay.get(key);
  if (r === undefined && !readings.byDay.has(key)) readings.byDay.set(key, (r = readingsOf(month, day, doc)));
  return r;
}

interface Readings {
  readonly before?: string;
  readonly after?: string;
}

/** The readings of each month and day already asked about, for the last document date (the same for every date of a document). */
let readings: { from: string; to: string; byDay: Map<string, Readings | undefined> } | undefined;

function readingsOf(month: number, day: number, doc: DocumentDate): Readings | undefined {
  const lo = dayNumber(doc.from);
  const hi = dayNumber(doc.to);
  if (hi - lo > NARROW_WINDOW) return undefined;
  const y0 = Number(doc.from.slice(0, 4));
  let before: number | undefined;
  let after: number | undefined;
  for (const y of [y0 - 2, y0 - 1, y0, y0 + 1, y0 + 2]) {
    if (!isValidDate(y, month, day)) continue;
    const n = dayNumber(toIso(y, month, day));
    if (n <= hi && (before === undefined || n > before)) before = n;
    if (n >= lo && (after === undefined || n < after)) after = n;
  }
  return { ...(before !== undefined ? { before: fromDay(before) } : {}), ...(after !== undefined ? { after: fromDay(after) } : {}) };
}

/**
 * A year-less date against a narrow document date, for an event of known status: the reading its
 * tense asks for (the last such day for a completed event, the next for a plan) lies about a year
 * away while the other one lies within NEAR_DAYS on the wrong side. That near reading is the
 * only consistent one, and it contradicts the tense.
 */
function yearlessConflict(d: DateMention, doc: DocumentDate, status: "planned" | "completed"): string | undefined {
  const w = d.written;
  if (!w || w.year !== undefined || w.weekday !== undefined || w.month === undefined || w.day === undefined || d.invalid) return undefined;
  const r = yearlessReadings(w.month, w.day, doc);
  if (!r) return undefined;
  if (status === "planned" && r.before && r.before < doc.from && dayNumber(doc.from) - dayNumber(r.before) <= NEAR_DAYS) return r.before;
  if (status === "completed" && r.after && r.after > doc.to && dayNumber(r.after) - dayNumber(doc.to) <= NEAR_DAYS) return r.after;
  return undefined;
}

const EVENT_NOUN = /\b(meeting|talks|summit|visit|vote|election|decision|hearing|trial|sentencing|conference|session|launch|opening|round|auction|tender|deadline|announcement|release|ceremony|match|game|race|festival|report|review|negotiations|call|strike|walkout|protest|rally|referendum|inauguration|debate|ballot|convention|exhibition|premiere|concert|tournament|trip|tour|flight|mission|ruling|verdict|funeral|parade|event)s?\b/gi;

function eventNoun(clause: string, fallback: string): string {
  let last: string | undefined;
  for (const m of clause.matchAll(EVENT_NOUN)) last = m[1]!.toLowerCase();
  return last ?? fallback;
}

/** Absolute value of a mention for comparison: its written year (or the weekday's year) and precision. */
function absolute(d: DateMention, doc: DocumentDate | null): { value: string; yearWritten: boolean } | undefined {
  const w = d.written;
  if (!w || d.invalid) return undefined;
  if (w.year !== undefined) {
    if (w.month === undefined) return { value: String(w.year), yearWritten: true };
    const mm = String(w.month).padStart(2, "0");
    if (w.day === undefined) return { value: `${w.year}-${mm}`, yearWritten: true };
    return { value: `${w.year}-${mm}-${String(w.day).padStart(2, "0")}`, yearWritten: true };
  }
  const y = weekdayYear(d, doc);
  if (y === undefined || w.month === undefined || w.day === undefined) return undefined;
  return { value: toIso(y, w.month, w.day), yearWritten: false };
}

function replaceYear(text: string, from: number, to: number): string | undefined {
  const re = new RegExp(`\\b${from}\\b`);
  return re.test(text) ? text.replace(re, String(to)) : undefined;
}

/** Evidence strong enough to call a date wrong: not only other dates of the same text. */
const STRONG: readonly DateEvidence["kind"][] = ["override", "front-matter", "dateline", "weekday", "event-age", "office-term", "relative-year", "annotation"];
function strong(d: DocumentDate): boolean {
  return d.basis.some((b) => STRONG.includes(b.kind));
}

/** "its 1990 invasion", "1990 earnings": a year used as a modifier dates that noun, not the clause. */
const ATTRIBUTIVE = /^\s+(?!(?:and|or|to|when|as|after|before|but|with|in|on|at|for|from|by|that|which|the|a|an|was|were|is|are|will|would|had|has|have|until|while|because|so|than|through|during|last|this|next|amid)\b)[A-Za-z]/;

function againstDocumentDate(ctx: AnalysisContext, { facts, status: withStatus }: Dated, emit: Emit): void {
  const doc = ctx.documentDate;
  if (!known(doc) || !strong(doc)) return;
  // While the editor re-analyses, a date's finding (or none) is kept with its facts, for the same
  // document date; a date with the same words, elsewhere, gets it moved, unless the document
  // date's evidence stands where either is (the finding leaves that out).
  const epoch = inMemoSession() ? docEpoch(doc) : undefined;
  // Without a reference date an edit before the document date's evidence moves the evidence, a new
  // document date for `docEpoch`. What a finding says comes from the window and the evidence's words
  // (`said`); only its related places come from where the evidence stands: for the same words, the
  // finding (or none) is kept, with its related places found again.
  // (One string object for the same words from run to run: compared by identity per date, not
  // character by character — it holds every piece of evidence.)
  // (Made again only when the words differ from those of the last run's document date.)
  const said = epoch === undefined ? "" : lastSaidOf && sameEvidence(lastSaidOf, doc, false) ? lastSaid : whatItSays(doc);
  if (epoch !== undefined) {
    lastSaid = said;
    lastSaidOf = doc;
  }
  for (const i of withStatus) {
    const d = ctx.dates[i]!;
    const f = facts[i]!;
    const status = f.local.status!;
    const c = epoch === undefined ? undefined : f.against;
    let draft: FindingDraft | null;
    if (c && c.epoch === epoch && sameWords(c.d, d)) {
      const moved = c.d.span.start !== d.span.start;
      draft = !moved || !c.draft ? c.draft : evidenceAt(doc, c.d.span.start) || evidenceAt(doc, d.span.start) ? againstDraft(d, doc, status) : moveDraft(c.draft, d.span);
    } else if (c && c.said === said && sameWords(c.d, d)) {
      // (Evidence at the date itself is left out of its message: made anew then.)
      draft =
        !c.draft
          ? c.draft
          : evidenceAt(c.doc, c.d.span.start) || evidenceAt(doc, d.span.start)
            ? againstDraft(d, doc, status)
            : { ...(c.d.span.start !== d.span.start ? moveDraft(c.draft, d.span) : c.draft), related: related(doc, d.span) };
    } else draft = againstDraft(d, doc, status);
    if (epoch !== undefined) {
      if (c) {
        c.epoch = epoch;
        c.said = said;
        c.doc = doc;
        c.d = d;
        c.draft = draft;
      } else f.against = { epoch, said, doc, d, draft };
    }
    if (draft) emit(draft);
  }
}

/**
 * Whether evidence of `doc` starts at `start`. (A function of its own, not a closure in the loop
 * over dates: one capturing the loop's variables costs a context object per date, thousands.)
 */
export function evidenceAt(doc: DocumentDate, start: number): boolean {
  const basis = doc.basis;
  if (basis.length <= 8) {
    for (const b of basis) if (b.span?.start === start) return true;
    return false;
  }
  // A long article's document date can rest on hundreds of dates, and this is asked per date: the
  // starts of its evidence, once per document date.
  let starts = EVIDENCE_STARTS.get(doc);
  if (starts === undefined) {
    starts = new Set<number>();
    for (const b of basis) if (b.span) starts.add(b.span.start);
    EVIDENCE_STARTS.set(doc, starts);
  }
  return starts.has(start);
}

const EVIDENCE_STARTS = new WeakMap<DocumentDate, Set<number>>();

/** Whether two dates have the same words, read alike, and the same length (what a finding against the document date says of them). */
function sameWords(a: DateMention, b: DateMention): boolean {
  const v = a.written;
  const w = b.written;
  return (
    a.text === b.text &&
    a.tense === b.tense &&
    a.invalid === b.invalid &&
    a.span.end - a.span.start === b.span.end - b.span.start &&
    (v === w || (v !== undefined && w !== undefined && v.year === w.year && v.month === w.month && v.day === w.day && v.weekday === w.weekday))
  );
}

/** A finding against the document date of a date that moved, for the date now at `span` (its edits replace the date). */
function moveDraft(draft: FindingDraft, span: Span): FindingDraft {
  return { ...draft, span, fixes: (draft.fixes ?? []).map((f) => (f.edits ? { ...f, edits: f.edits.map((e) => ({ span, newText: e.newText })) } : f)) };
}

/** A document date's window and the words of its evidence, in order: everything a finding against it says but its related places. */
function whatItSays(doc: DocumentDate): string {
  const words = (list: readonly DateEvidence[]): string => list.map((b) => `${b.kind}\u0000${b.message}\u0000${b.from ?? ""}\u0000${b.to ?? ""}`).join("\u0001");
  return `${doc.from}|${doc.to}\u0002${words(doc.basis)}\u0002${words(doc.conflicts)}`;
}

/** What the document date of the last run in an editing session said (`whatItSays`), and that document date. */
let lastSaid = "";
let lastSaidOf: DocumentDate | undefined;

/** Whether two document dates have the same window and evidence, in order, by its words (and its places with `spans`). */
function sameEvidence(a: DocumentDate, b: DocumentDate, spans: boolean): boolean {
  const same = (x: readonly DateEvidence[], y: readonly DateEvidence[]): boolean => {
    if (x.length !== y.length) return false;
    for (let k = 0; k < x.length; k++) {
      const p = x[k]!;
      const q = y[k]!;
      if (p.kind !== q.kind || p.message !== q.message || p.from !== q.from || p.to !== q.to) return false;
      if (spans && (p.span === undefined || q.span === undefined ? p.span !== q.span : p.span.start !== q.span.start || p.span.end !== q.span.end)) return false;
    }
    return true;
  };
  return a === b || (a.from === b.from && a.to === b.to && same(a.basis, b.basis) && same(a.conflicts, b.conflicts));
}

/** The document date of the last run in an editing session, and how many times it changed. */
let lastDoc: { readonly doc: DocumentDate; readonly epoch: number } | undefined;

function docEpoch(doc: DocumentDate): number {
  const last = lastDoc;
  if (last && sameEvidence(last.doc, doc, true)) return last.epoch;
  lastDoc = { doc, epoch: (last?.epoch ?? 0) + 1 };
  return lastDoc.epoch;
}

/**
 * A planned event dated before the document date, or a completed one after it. The fix moves the
 * year a year at a time (`step`) towards the document date while the date is on the wrong side.
 */
function againstFinding(
  d: DateMention,
  doc: DocumentDate,
  abs: { readonly value: string; readonly yearWritten: boolean },
  clause: string,
  code: string,
  what: string,
  step: 1 | -1,
  wrongSide: (value: string) => boolean,
): FindingDraft {
  const fixes: Fix[] = [];
  if (abs.yearWritten && d.written?.year !== undefined) {
    let y = d.written.year;
    const suffix = abs.value.slice(4);
    while (wrongSide(`${y}${suffix}`)) y += step;
    const newText = replaceYear(d.text, d.written.year, y);
    if (newText) fixes.push(edit(`Change to ${newText}`, d.span, newText));
  }
  fixes.push(setDocumentDate(doc));
  const why = reason(doc, d.span);
  const written = `${describeWindow(doc.from, doc.to)}${why ? `: ${why}` : ""}`;
  return { code, message: `${what} ${eventNoun(clause, "event")} dated ${d.text}, but the article was written ${written}.`, span: d.span, fixes, related: related(doc, d.span) };
}

/** The finding against the document date for a date of known status, if its date contradicts it. */
function againstDraft(d: DateMention, doc: DocumentDate, status: NonNullable<DateLocal["status"]>): FindingDraft | null {
  const { prep, clause, st } = status;
  const near = yearlessConflict(d, doc, st);
  const abs = near ? { value: near, yearWritten: false } : absolute(d, doc);
  if (!abs) return null;
  const start = periodStart(abs.value);
  const end = periodEnd(abs.value);
  if (st === "planned" && doc.from !== OPEN_START && end < doc.from) {
    // The next occurrence after the document date.
    return againstFinding(d, doc, abs, clause, "planned-before-document-date", "Planned", 1, (v) => periodEnd(v) < doc.from);
  } else if (!prep && d.tense === "past" && st === "completed" && doc.to !== OPEN_END && start > doc.to && (completedAtEnd(clause.slice(-COMPLETED_REACH)) || EARLIER_ONE_BEFORE.test(clause.slice(-60)))) {
    return againstFinding(d, doc, abs, clause, "completed-after-document-date", "Completed", -1, (v) => periodStart(v) > doc.to);
  }
  return null;
}

/** How far back from a date its completed event's verb may be: "were presented to cardiologists at the American College of Cardiology meeting in New Orleans on". */
const COMPLETED_REACH = 110;
/** … and how far back it may be over anything. */
const COMPLETED_NEAR = 50;
/** What opens another clause or phrase between a verb and a date: punctuation, "and", a verb's "-ing" form. */
function anotherClause(between: string): boolean {
  // (And a modal's verb: "said it will redeem 9.5 million shares on".)
  if (/[,;:|–—]|\b(?:and|will|would|shall|may|might|could|should|can|must)\b/u.test(between)) return true;
  // (Not a noun's "-ing": "the American College of Cardiology meeting", "a hearing", "the morning".)
  const words = between.split(/\s+/u);
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w.length > 4 && w.endsWith("ing") && /^\p{Ll}+$/u.test(w) && !ING_NOUNS.has(w) && !/^(?:the|a|an|its|their|his|her|this|that|\p{Lu}.*)$/u.test(words[i - 1]!)) return true;
  }
  return false;
}
/** Nouns in "-ing" that name events and times, not a verb's form. */
const ING_NOUNS: ReadonlySet<string> = new Set(["meeting", "hearing", "briefing", "building", "morning", "evening", "spring", "funding", "housing", "training", "ceiling", "wedding", "ceremony", "ruling", "offering", "listing", "filing", "opening", "closing", "sitting", "screening", "ring", "thing", "king", "wing", "string"]);

/** An event that has been, named by its noun right before its date: "after the last cut on", "since the previous meeting in". */
const EARLIER_ONE_BEFORE = /\b(?:the|its|their|his|her)\s+(?:last|previous|most\s+recent|preceding|prior)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+(?:on|in)\s+$/iu;

/**
 * Whether the last verb of a completed event in the text is one (not "would shut", "will hit",
 * "to close": a base form that is also a past one, after a modal or "to").
 */
function completedAtEnd(tail: string): boolean {
  let last: RegExpExecArray | undefined;
  COMPLETED_G.lastIndex = 0;
  for (let m = COMPLETED_G.exec(tail); m !== null; m = COMPLETED_G.exec(tail)) last = m;
  if (last === undefined) return false;
  // (Further back than COMPLETED_NEAR only over one stretch of its own objects and places: no
  // punctuation, "and" or "-ing" form between — "voted to raise meter rates … starting Feb. 1",
  // "said …, leaving just weeks before the new limits take effect on" are not.)
  const after = tail.slice(last.index + last[0].length);
  if (tail.length - last.index > COMPLETED_NEAR && anotherClause(after)) return false;
  const before = tail.slice(Math.max(0, last.index - 12), last.index);
  // ("after the last cut on": the noun.)
  return !MODAL_BEFORE.test(before) && !nounNotPast(last[0].toLowerCase(), before.trimEnd().split(/\s/).pop()!.toLowerCase());
}
const COMPLETED_G = new RegExp(COMPLETED_RE.source, "gi");
// (Nor a participle after "be": "it is hoped the first aircraft can be tested in 2010".)
const MODAL_BEFORE = /\b(?:(?:will|would|could|should|shall|may|might|must|can|to)\s+(?:not\s+)?(?:be\s+|have\s+been\s+)?|be\s+|being\s+)$/i;

// ------------------------------------------------------------------ one event, two dates

const EVENT_BEFORE = /(?<![\p{L}-])([\p{L}-]+)(?:,?\s+(?:which|that))?\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+|had\s+|will\s+)?(opened|began|started|ended|closed|launched|died|was arrested|arrested|founded|broke out|erupted|made landfall|opens?|begins?|starts?|ends?|closes|launch(?:es)?)(?:\s(?:near|off|over|at)\s\p{Lu}\p{L}+)?\s+(?:on|in)\s+$/u;
/** A subject, an act done once to its object, and the date's preposition: "The Senate passed the bill on ". */
const ONCE_ACT_BEFORE = /(?<![\p{L}-])([\p{L}-]+)\s(passed|signed|ratified|vetoed|unveiled|launched|published|released)\s(the\s[\p{L}-]+(?:\s[\p{L}-]+)?)\s(?:on|in)\s+$/u;
/** Events that last, named before what they are about: "a strike over the price of petrol". */
const ONGOING = "strike|walkout|protest|war|trial|talks|negotiations|blockade|siege|boycott|shutdown|lockout|campaign|festival|tournament|exhibition|conflict|occupation";
const ONGOING_NOUNS = new RegExp(`^(?:${ONGOING})$`, "iu");
/** The event noun before a phrase about it and a relative clause whose verb ends the text: "a strike over the price of petrol that began on". */
const HEAD_THEN_THAT = new RegExp(`\\b(?:an?|the)\\s+(?:[\\p{L}-]+\\s+)?(${ONGOING})\\s+(?:over|against|about|of|on|in|at|for|by)\\s+[^,;.“”"]{1,40}?\\s(?:which|that)\\s+\\S+\\s+(?:on|in)\\s+$`, "iu");
/** What is issued once: an order, a warrant … ("The evacuation order, issued on", "issued a do-not-drink advisory on"). */
const ISSUED_NOUNS = "order|warrant|decree|injunction|advisory|summons|subpoena|recall";
const ISSUED_BEFORE = new RegExp(`(?:^|\\s)(${ISSUED_NOUNS})(?:,\\s+|\\s+(?:was|were|had\\s+been|has\\s+been)\\s+)(?:first\\s+)?issued\\s+(?:on|in)\\s+$|\\bissued\\s+(?:an?|the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${ISSUED_NOUNS})\\s+(?:on|in)\\s+$`, "iu");

/**
 * A person's start in a post, by the name before it: "Chief Financial Officer Mei Lin Ong, who took
 * over on", "Ong, who became CFO on", "Ong took office on". (Not an appointment: it is announced
 * before the start.)
 */
const TOOK_OVER_BEFORE = /(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]+),?\s+(?:who\s+)?(?:took\s+over(?:\s+as\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)?|became\s+(?:(?:the|its|their)\s+)?(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+|took\s+office|assumed\s+office)\s+(?:on|in)\s+$/u;

/** The key of a person's start in a post ("ong|took over"), from the words before its date. */
function tookOverOf(lead: string): string | undefined {
  const m = TOOK_OVER_BEFORE.exec(lead);
  return m && !NOT_SUBJECT.has(m[1]!.toLowerCase()) && !/^(?:The|This|That|It|He|She|They)$/u.test(m[1]!) ? kept(`${m[1]!.toLowerCase()}|took over`) : undefined;
}

/** The key of an order issued once ("order|issued"), from the words before its date. */
function issuedOf(lead: string): string | undefined {
  const m = ISSUED_BEFORE.exec(lead);
  return m ? kept(`${(m[1] ?? m[2]!).toLowerCase()}|issued`) : undefined;
}

/** What closes once ("The ballot closed on 16 March"), unlike a market or a shop. */
const CLOSES_ONCE = new Set(["ballot", "poll", "polls", "voting", "vote", "consultation", "nominations", "applications", "tender", "offer", "registration", "bidding", "auction", "exhibition", "inquiry", "hearing", "trial", "summit", "conference", "session"]);
/** A timetable's verb as its past form, so that "opens" and "opened" name one event. */
const PAST_OF: Readonly<Record<string, string>> = { closes: "closed", open: "opened", opens: "opened", begin: "began", begins: "began", start: "started", starts: "started", end: "ended", ends: "ended", launch: "launched", launches: "launched" };
/** Opening, beginning and starting are one event: "the trial, which opened on January 19" … "the trial, which began on January 26"; so are a fire's or a war's breaking out and beginning. */
const SAME_EVENT: Readonly<Record<string, string>> = { opened: "began", started: "began", "broke out": "began", erupted: "began", closed: "ended" };
// Only events that happen once: a meeting or a vote can be held twice, a trial opens once.
const NOT_SUBJECT = new Set(["it", "he", "she", "they", "we", "i", "you", "which", "that", "who", "and", "or", "but", "this"]);

/** Events a text names once with "the": "the annual meeting on May 14" … "the May 15 meeting". */
const ONCE_NOUNS = "meeting|vote|ballot|hearing|summit|election|referendum|conference|congress|convention|ceremony|trial|retrial|sentencing|debate|assembly|inauguration|coronation|auction|premiere|funeral|launch|unveiling|opening|earthquake|quake|derailment|arrest|swearing-in|wedding|shooting|stabbing|crash|explosion|landslide|final|town\\s+hall|deadline|suspension";
/** Events that happen once to a person, dated by their month too: "since her arrest in December 2023". */
const PERSON_NOUNS = new Set(["arrest", "swearing-in", "wedding", "inauguration"]);
const PERSON_NOUN_BEFORE = /(?:^|\s)(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|([\p{L}-]+)['’]s)\s+(arrest|swearing-in|wedding|inauguration)\s+(?:in|on)\s+$/u;
/** Verbs that name a once-only event by its noun: "met on" the meeting, "was sworn in on" the swearing-in. */
const VERB_NOUN: Readonly<Record<string, string>> = { met: "meeting", "sworn in": "swearing-in", arrested: "arrest", married: "wedding", inaugurated: "inauguration", opens: "opening", opened: "opening", premiered: "premiere", premieres: "premiere" };
/**
 * "Marsh was arrested on ", "she was sworn in in ", "the group met by video conference on ",
 * "were arrested at addresses in Handsworth and Aston on ": a
 * subject (its name read as the event's owner, unless a comma ends it: "…, including Russia, met
 * on"), the verb, and a short adjunct of manner or place.
 */
const VERB_NOUN_BEFORE = /(?<![\p{L}-])([\p{L}-]+)(,?)(?:\s+(?:was|were|had\s+been|has\s+been|have\s+been|got))?\s+(met|sworn\s+in|arrested|married|inaugurated|opens|opened|premiered|premieres)(?:\s+(?:by\s+video(?:\s+(?:conference|link|call))?|virtually|online|privately|(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}|(?:in|at)\s+(?:\p{Ll}+\s+){1,2}(?:in|near)\s+\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*){0,2}))?\s+(?:on|in)\s+$/u;
/** How an event noun's date is told: "The meeting was held on", "The arrest was made on". */
const NOUN_HAPPENED: Readonly<Record<string, string>> = {
  earthquake: "struck on",
  quake: "struck on",
  derailment: "happened on",
  shooting: "happened on",
  stabbing: "happened on",
  crash: "happened on",
  explosion: "happened on",
  landslide: "happened on",
  final: "was played on",
  arrest: "was made on",
  "swearing-in": "took place on",
  wedding: "took place on",
  suspension: "began on",
};
/** "the company’s annual meeting (in Oslo) on ", "The summit was held in London on ", "met at a summit on ": a definite event noun (or one just introduced) right before the date. */
// (A name of up to three words before it, and the sides after it: "the Scottish League Cup final
// against Rangers on Dec. 14" … "the Dec. 15 League Cup final".)
const NOUN_BEFORE = new RegExp(`(?:^|\\s)(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|([\\p{L}-]+)['’]s|(?:at|attended|held|hosted|convened)\\s+an?)\\s+(?:((?:\\p{Lu}[\\p{L}-]*\\s+){2,3}|[\\p{L}-]+\\s+))?(${ONCE_NOUNS}),?\\s+(?:(?:against|between|versus)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}-]*){0,2}\\s+|for\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){1,2})?(?:(?:which|that)\\s+)?(?:(?:in|at)\\s+\\p{Lu}\\p{L}+\\s+)?(?:(?:took\\s+place|happened|occurred|(?:was\\s+)?held|will\\s+be\\s+held|will\\s+take\\s+place|is|was|will\\s+be|struck|hit)(?:\\s+(?:in|at)\\s+\\p{Lu}\\p{L}+)?\\s+on|(?:(?:is|was|has\\s+been)\\s+)?(?:scheduled|set|due|fixed)\\s+(?:for|on)|is|was|on)\\s+$`, "u");
/**
 * An incident told first with "a" and where it happened: "since a shooting in the school’s parking
 * lot on Friday, Nov. 21" (one shooting, one day: the article's "the shooting on Nov. 20" is it).
 */
const INCIDENT_BEFORE = /(?:^|\s)(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|([\p{L}-]+)['’]s)\s(?:([\p{Ll}-]+)\s)?(shooting|stabbing|crash|explosion|landslide|earthquake|quake|derailment)\s(?:in|at|near|outside|off)\s(?:the\s)?[\p{L}’'-]+(?:\s[\p{L}’'-]+){0,3}?\son\s+$/u;
/** An incident and its verb: "a magnitude 6.4 earthquake struck late on" (the magnitude is no modifier of another quake). */
const INCIDENT_STRUCK = /(?:^|\s)(?:[Aa]n?|[Tt]he)\s(?:magnitude[\s-]\d+(?:\.\d+)?\s|([\p{Ll}-]+)\s)?(earthquake|quake|explosion|landslide|derailment|crash|shooting|stabbing)\s(?:struck|hit|happened|occurred|took\splace)(?:\s(?:late|early))?\son\s+$/u;
/** "the May 15 meeting": the date as a premodifier of a definite event noun. */
const THE_BEFORE = /(?:^|\s)the\s+$/;
const NOUN_AFTER = new RegExp(`^\\s+(?:((?:\\p{Lu}[\\p{L}-]*\\s+){1,3}|[\\p{Ll}-]+\\s+))?(${ONCE_NOUNS})\\b`, "u");

interface EventNoun {
  readonly noun: string;
  readonly modifier: string | undefined;
  /** Whose event, by the name of its subject or owner ("marsh"); none for a pronoun or "the". */
  readonly who: string | undefined;
  /** Named by a verb ("met on"), not the noun. */
  readonly verb: boolean;
}

interface EventDate {
  readonly d: DateMention;
  readonly e: EventNoun;
}

function keptNoun(e: EventNoun): EventNoun {
  return { noun: kept(e.noun), modifier: e.modifier === undefined ? undefined : kept(e.modifier), who: e.who === undefined ? undefined : kept(e.who), verb: e.verb };
}

/** An owner or subject as a name ("Marsh’s", "Marsh was"), not a pronoun or an article. */
function whoOf(word: string | undefined): string | undefined {
  if (word === undefined || !/^\p{Lu}/u.test(word)) return undefined;
  const w = word.toLowerCase();
  return NOT_SUBJECT.has(w) || w === "the" || w === "its" || w === "their" || w === "his" || w === "her" ? undefined : w;
}

/** The definite event noun a date at `span` in sentence `s` belongs to, its modifier ("annual") and owner, if any; or the noun a verb names. */
function eventNounOf(text: string, s: Span, span: Span): EventNoun | undefined {
  const before = text.slice(Math.max(s.start, span.start - 70), span.start);
  const m = NOUN_BEFORE.exec(before);
  if (m) return { noun: nounKey(m[3]!), modifier: modifierKey(m[2]), who: whoOf(m[1]), verb: false };
  const v = verbNoun(before);
  if (v) return v;
  const inc = INCIDENT_BEFORE.exec(before);
  if (inc) return { noun: inc[3]!.toLowerCase(), modifier: inc[2]?.toLowerCase(), who: whoOf(inc[1]), verb: false };
  const struck = INCIDENT_STRUCK.exec(before);
  if (struck) return { noun: nounKey(struck[2]!), modifier: struck[1]?.toLowerCase(), who: undefined, verb: false };
  if (!THE_BEFORE.test(before)) return undefined;
  const a = NOUN_AFTER.exec(text.slice(span.end, Math.min(s.end, span.end + 40)));
  return a ? { noun: nounKey(a[2]!), modifier: modifierKey(a[1]), who: undefined, verb: false } : undefined;
}

/** A modifier as a key: "annual " → "annual"; a name of words as written, "League  Cup " → "League Cup". */
function modifierKey(m: string | undefined): string | undefined {
  if (m === undefined) return undefined;
  const words = m.trim().replace(/\s+/g, " ");
  return words.includes(" ") ? words : words.toLowerCase();
}

/** The modifiers of one event: each the last words of the longest ("Scottish League Cup", "League Cup"); undefined when two differ. */
function oneModifier(mods: readonly string[]): string | undefined | null {
  if (mods.length === 0) return undefined;
  const longest = mods.reduce((a, b) => (b.length > a.length ? b : a));
  const key = longest.toLowerCase();
  return mods.every((m) => m.toLowerCase() === key || key.endsWith(` ${m.toLowerCase()}`)) ? longest : null;
}

/** An event noun as a key: "Town  Hall" → "town hall". */
const nounKey = (noun: string): string => noun.toLowerCase().replace(/\s+/g, " ");

/** The event a verb before a date names by its noun ("met on" a meeting), and whose it is. */
function verbNoun(before: string): EventNoun | undefined {
  const v = VERB_NOUN_BEFORE.exec(before);
  return v ? { noun: VERB_NOUN[nounKey(v[3]!)]!, modifier: undefined, who: v[2] ? undefined : whoOf(v[1]), verb: true } : undefined;
}

/** A person's once-only event dated by its month ("Marsh’s arrest in December 2023", "was sworn in in January 2017"). */
function personEventOf(text: string, s: Span, span: Span): EventNoun | undefined {
  const before = text.slice(Math.max(s.start, span.start - 60), span.start);
  const m = PERSON_NOUN_BEFORE.exec(before);
  if (m) return { noun: m[2]!.toLowerCase(), modifier: undefined, who: whoOf(m[1]), verb: false };
  const v = verbNoun(before);
  return v && PERSON_NOUNS.has(v.noun) ? v : undefined;
}

function sameEventTwoDates(ctx: AnalysisContext, { facts }: Dated, emit: Emit): void {
  const byKey = new Map<string, DateMention[]>();
  const firstEvent = new Map<string, string>();
  const byNoun = new Map<string, EventDate[]>();
  // A weekday alone is the day the document date makes of it, when that is known to the day.
  const doc = ctx.documentDate;
  const byDay = known(doc) && strong(doc) && doc.from !== OPEN_START && doc.to !== OPEN_END && dayNumber(doc.to) - dayNumber(doc.from) <= 1;
  for (let i = 0; i < facts.length; i++) {
    const { noun: en, event: key } = facts[i]!.local;
    if (!en && key === undefined) continue;
    // A day written (the `day` list), a month alone ("since Marsh’s arrest in December 2023"), or a
    // weekday alone read as its day.
    const d0 = ctx.dates[i]!;
    const d = (flags(d0) & 4) === 0 ? d0 : byDay ? weekdayAsDate(d0) : undefined;
    if (en && d) byNoun.set(en.noun, [...(byNoun.get(en.noun) ?? []), { d, e: en }]);
    if (key === undefined || !d || d.written?.day === undefined) continue;
    // The key as said ("trial|opened"), grouped as one event ("trial|began").
    const bar = key.indexOf("|");
    const verb = key.slice(bar + 1);
    const group = SAME_EVENT[verb] === undefined ? key : `${key.slice(0, bar)}|${SAME_EVENT[verb]}`;
    if (!firstEvent.has(group)) firstEvent.set(group, key);
    const list = byKey.get(group) ?? [];
    list.push(d);
    byKey.set(group, list);
  }
  for (const [key, list] of byKey) {
    // Named as the first mention says it ("the trial opened").
    const [noun, verb] = (firstEvent.get(key) ?? key).split("|");
    twoDates(ctx, list, `${eventName(ctx.text, noun!, verb!)} on`, emit);
  }
  // One event noun with the same (or no further) modifier, dated twice. Conservative: exactly two
  // different days, and no two different modifiers ("the board meeting" vs "the shareholder meeting").
  // A verb names the event only beside its noun ("met on Sunday, March 1" … "the February 28
  // meeting"), once ("met on March 3 … met on March 10" are two meetings), and of one owner.
  for (const [noun, all] of byNoun) {
    // ("the previous meeting on February 3" is another one.)
    for (const { mod, list } of oneEach(all.filter((x) => x.e.modifier === undefined || !OTHER_TIME.has(x.e.modifier)))) {
      if (!list.some((x) => !x.e.verb)) continue;
      if (new Set(list.filter((x) => x.e.verb).map((x) => dayKey(x.d))).size > 1) continue;
      if (new Set(list.map((x) => x.e.who).filter((x) => x !== undefined)).size > 1) continue;
      const withDay = list.filter((x) => !x.d.invalid && x.d.written?.day !== undefined);
      const days = new Set(withDay.map((x) => dayKey(x.d)));
      if (days.size > 2) continue;
      // (A plan's date told as a plan: "The retrial is set for 4 October according to …".)
      // (Or in the present: "The next auction is on Tuesday, 17 March". An earthquake strikes.)
      const planned = list[0]!.d.tense === "future" || list[0]!.d.tense === "present";
      const what = `The ${mod ? `${mod} ` : ""}${noun} ${noun === "deadline" ? (planned ? "is" : "was") : (NOUN_HAPPENED[noun] ?? (planned ? "is set for" : "was held on"))}`;
      // (A body meets again a week later: a meeting the verb dates is the noun's only a day or two apart.)
      if (days.size === 2 && !PERSON_NOUNS.has(noun) && list.some((x) => x.e.verb) && daysApart(withDay[0]!.d, withDay.find((x) => dayKey(x.d) !== dayKey(withDay[0]!.d))!.d) > 3) continue;
      if (days.size === 2) twoDates(ctx, withDay.map((x) => x.d), what, emit);
      else if (days.size === 1) otherMonths(withDay[0]!.d, list, what, emit);
    }
  }
}

/**
 * The events one noun names, by modifier: one, with every mention, when each modifier is the last
 * words of the longest ("the Scottish League Cup final" … "the League Cup final" … "the final");
 * else one per such chain ("the Champions League final", "the Europa League final"), without the
 * mentions that have none (which final "the final" is, is not known).
 */
function oneEach(list: readonly EventDate[]): { mod: string | undefined; list: readonly EventDate[] }[] {
  const mods = list.map((x) => x.e.modifier).filter((x) => x !== undefined);
  const mod = oneModifier(mods);
  if (mod !== null) return [{ mod, list }];
  const chains: { mod: string; list: EventDate[] }[] = [];
  for (const x of list) {
    const m = x.e.modifier;
    if (m === undefined) continue;
    const c = chains.find((c) => oneModifier([c.mod, m]) !== null);
    if (!c) chains.push({ mod: m, list: [x] });
    else {
      c.list.push(x);
      if (m.length > c.mod.length) c.mod = m;
    }
  }
  return chains;
}

const dayKey = (d: DateMention): string => `${d.written!.month}-${d.written!.day}`;

/** A weekday alone ("on Monday") as the date its value resolves to, its weekday written: undefined when the value is no day. */
function weekdayAsDate(d: DateMention): DateMention | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d.value);
  return m ? { ...d, written: { ...d.written, year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } } : undefined;
}

/** Days between two dates' months and days, in a common year (across a year's end, as close as they come). */
function daysApart(a: DateMention, b: DateMention): number {
  const n = Math.abs(Date.UTC(2001, a.written!.month! - 1, a.written!.day!) - Date.UTC(2001, b.written!.month! - 1, b.written!.day!)) / 86_400_000;
  return Math.min(n, 365 - n);
}

/** Modifiers of another occurrence of an event: "the previous meeting", "the following auction". */
const OTHER_TIME = new Set(["previous", "earlier", "later", "prior", "subsequent", "following", "preceding"]);

/** Mentions of one event by its month and year ("in December 2023") that the day it was dated on (`anchor`) contradicts. */
function otherMonths(anchor: DateMention, list: readonly EventDate[], what: string, emit: Emit): void {
  const a = anchor.written!;
  for (const { d } of list) {
    const w = d.written!;
    if (w.day !== undefined || w.month === undefined || w.year === undefined || a.year === undefined) continue;
    if (w.month === a.month && w.year === a.year) continue;
    const m = /^(\p{L}+\.?)(\s+)(\d{4})$/u.exec(d.text);
    const newText = m ? `${abbreviate(a.month!, m[1]!)}${m[2]}${a.year}` : undefined;
    emit({
      code: "same-event-two-dates",
      message: `${what} ${anchor.text} according to an earlier statement, not in ${d.text}.`,
      span: d.span,
      fixes: newText ? [edit(`Change to ${newText}`, d.span, newText)] : [],
      related: [{ message: `${what} ${anchor.text}`, span: anchor.span }],
    });
  }
}

/**
 * An event named as the text names its subject: "The trial opened", "Pettifer was arrested" (a name
 * written with its capital, without "the"; a person's passive with "was").
 */
function eventName(text: string, noun: string, verb: string): string {
  const name = new RegExp(`\\b${escape(noun.charAt(0).toUpperCase() + noun.slice(1))}\\b`, "u").exec(text)?.[0];
  if (name === undefined) return `The ${noun} ${PASSIVE_EVENTS.has(verb) ? `was ${verb}` : verb}`;
  // ("The Senate passed the bill": a body named with "the" keeps its capital.)
  if (new RegExp(`\\b[Tt]he\\s+${escape(name)}\\b`, "u").test(text)) return `The ${name} ${verb}`;
  return `${name} ${PASSIVE_EVENTS.has(verb) ? `was ${verb}` : verb}`;
}
/** Events told in the passive of a person or a body: "was arrested", "was founded". */
const PASSIVE_EVENTS = new Set(["arrested", "founded", "launched", "issued"]);

/** Mentions of one event with different days: the one other evidence backs is right, the others are flagged. */
function twoDates(ctx: AnalysisContext, list: readonly DateMention[], what: string, emit: Emit): void {
  if (list.length < 2) return;
  const day = (d: DateMention): string => `${d.written!.month}-${d.written!.day}`;
  const distinct = new Set(list.map(day));
  if (distinct.size < 2) return;
  // The mention that other evidence backs: a weekday that agrees with its date.
  const verified = list.find((d) => {
    const w = d.written!;
    const y = w.year ?? weekdayYear(d, ctx.documentDate);
    return w.weekday !== undefined && y !== undefined && isValidDate(y, w.month!, w.day!) && weekday(y, w.month!, w.day!) === w.weekday;
  });
  const anchor = verified ?? list[0]!;
  for (const d of list) {
    if (d === anchor || day(d) === day(anchor)) continue;
    const a = anchor.written!;
    const w = d.written!;
    const monthTok = /^(?:\p{L}+,?\s+)?(\p{L}+\.?)/u.exec(d.text.replace(/^\p{L}+day,?\s+/u, ""))?.[1] ?? MONTHS[a.month! - 1]!;
    const newText = `${a.month === w.month ? monthTok : abbreviate(a.month!, monthTok)} ${a.day}`;
    emit({
      code: "same-event-two-dates",
      message: `${what} ${anchor.text} according to an earlier statement, not ${d.text}.`,
      span: d.span,
      fixes: fixOf(d, a.month!, a.day!, newText, a.year),
      related: [{ message: `${what} ${anchor.text}`, span: anchor.span }],
    });
  }
}

/** The edit of a "Month D" or "D Month" date to another day ("18 March" → "17 March"); none for other forms. */
function fixOf(d: DateMention, month: number, day: number, monthFirst: string, year?: number): Fix[] {
  if (/^\p{L}+\.?\s+\d{1,2}$/u.test(d.text)) return [edit(`Change to ${monthFirst}`, d.span, monthFirst)];
  // ("Jan. 9, 2017" → "Jan. 2, 2017": the year as the other mention has it, or as written.)
  const y = /^\p{L}+\.?\s+\d{1,2}(,?\s+)(\d{4})$/u.exec(d.text);
  if (y) {
    const newText = `${monthFirst}${y[1]}${year ?? y[2]}`;
    return [edit(`Change to ${newText}`, d.span, newText)];
  }
  const m = /^(\d{1,2})\s+(\p{L}+\.?)(\s+\d{4})?$/u.exec(d.text);
  if (!m) return [];
  const newText = `${day} ${monthIndex(m[2]!) === month ? m[2]! : abbreviate(month, m[2]!)}${m[3] === undefined ? "" : ` ${year ?? m[3].trim()}`}`;
  return [edit(`Change to ${newText}`, d.span, newText)];
}

// ------------------------------------------------------------------ nth year, anniversaries, ages

function docYears(doc: DocumentDate): [number, number] | undefined {
  if (doc.from === OPEN_START || doc.to === OPEN_END) return undefined;
  return [Number(doc.from.slice(0, 4)), Number(doc.to.slice(0, 4))];
}

/** Where NTH_YEAR matches are looked for again after an edit: no match holds ASCII punctuation other than "-". */
const NTH_YEARS = new KeptMatches(NTH_YEAR, (c) => c < 128 && !isAsciiWordOrSpace(c) && c !== 45, nthYearMatches);

function isAsciiWordOrSpace(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 9 && c <= 13) || c === 32;
}

/** "now enters his 12th season in charge": a season a year, counted like a year of a start. */
const NTH_SEASON = new RegExp(`\\b(?:(?:now|is|was|entering|entered|enters|begins|began|starts|started)\\s+)?(?:in\\s+)?(?:its|her|his|their|the\\s+[\\p{L}-]+['’]s)\\s+${ORD}\\s+season\\b`, "giu");
const NTH_SEASONS = new KeptMatches(NTH_SEASON, (c) => c < 128 && !isAsciiWordOrSpace(c) && c !== 45, (text) => (text.includes("season") ? [...text.matchAll(NTH_SEASON)] : []));

function nthYears(ctx: AnalysisContext, dated: Dated, emit: Emit): void {
  const doc = ctx.documentDate;
  if (!known(doc) || doc.from === OPEN_START || doc.to === OPEN_END) return;
  const text = ctx.text;
  let started: DateLead[] | undefined;
  const getStarted = (): readonly DateLead[] => (started ??= startedDates(ctx, dated));
  for (const m of NTH_YEARS.in(text)) nthCount(ctx, m, "year", getStarted, emit);
  for (const m of NTH_SEASONS.in(text)) nthCount(ctx, m, "season", getStarted, emit);
}

/**
 * An nth year (or season) of something against its start and the document date. A season may
 * straddle two years ("2025-26"): a count one short of the years is one too.
 */
function nthCount(ctx: AnalysisContext, m: Hit, unit: "year" | "season", getStarted: () => readonly DateLead[], emit: Emit): void {
  const doc = ctx.documentDate!;
  const text = ctx.text;
  const ordText = m[1] ?? m[2] ?? "";
  const n = parseOrdinal(ordText);
  if (!n) return;
  const si = sentenceAt(ctx.document.sentences, m.index);
  if (si < 0) return;
  const s = sentenceSpan(ctx, si);
  if (unit === "year" && pastNthYear(text, s, m)) return;
  // "in its 44th year of operation" counts from when it began operating ("was first operated in
  // 1982"), not from a start of another kind ("work on the barrier began in 1974").
  const end = m.index + m[0]!.length;
  const operating = unit === "year" && OF_OPERATION.test(text.slice(end, end + 24));
  // (Whose it is, named in it: "the franchise's 30th season".)
  const before = /^the\s+([\p{L}-]+)['’]s\s/iu.exec(m[0]!)?.[1] ?? text.slice(s.start, m.index);
  const ev = operating
    ? startInText(before, getStarted, OPERATION_START)
    : (eventsIn(ctx.knowledge, text.slice(s.start, s.end), text)[0] ??
      startInSentence(text, s.start, m.index, getStarted) ??
      startInText(before, getStarted) ??
      startAfter(text, end, s.end, getStarted, s.start) ??
      startNext(ctx, text, si, getStarted) ??
      // ("Rennie first took the wheel in 1996. This is his 35th year at the helm.")
      (si > 0 && PRONOUN_NTH.test(text.slice(s.start, m.index)) ? (startInSentence(text, sentenceSpan(ctx, si - 1).start, s.start, getStarted) ?? startFirst(ctx, si - 1)) : undefined));
  if (!ev?.start) return;
  const start = ev.start;
  const fits = (k: number): boolean => {
    const [from, to] = nthYearWindow(start, k);
    return to >= doc.from && from <= doc.to;
  };
  if (fits(n) || (unit === "season" && fits(n + 1))) return;
  const startYear = Number(ev.start.slice(0, 4));
  const expected = Math.max(1, Number(doc.from.slice(0, 4)) - startYear + (doc.from.slice(5) >= periodStart(ev.start).slice(5) ? 1 : 0));
  const ordAt = m.index + m[0]!.indexOf(ordText);
  const span = { start: ordAt, end: ordAt + ordText.length + 1 + unit.length };
  const fixed = `${formatOrdinal(expected, /^[a-z-]+$/i.test(ordText))} ${unit}`;
  emit({
    code: "nth-year",
    message: /^(?:[A-Z]|(?:he|she|they)$)/.test(ev.name)
      ? `“${text.slice(span.start, span.end)}”: ${ev.name} started ${formatWhen(ev.start)}, so in an article written ${describeWindow(doc.from, doc.to)} it is the ${formatOrdinal(expected, true)} ${unit}.`
      : `“${text.slice(span.start, span.end)}”: the ${ev.name} began ${formatWhen(ev.start)}, so an article written ${describeWindow(doc.from, doc.to)} is in its ${formatOrdinal(expected, true)} ${unit}.`,
    span,
    fixes: [edit(`Change to ${fixed}`, span, fixed)],
    related: related(doc),
  });
}

/** The kind of year an "nth year" counts when it is not of its subject's life: "year of operation", "year in service". */
const OF_OPERATION = /^\s*(?:of\s+)?(?:operations?|service|production|trading|business)\b|^\s*in\s+(?:service|operation|business)\b/i;
/** What starts a year of operation, at the end of a date's lead: "opened in", "first operated in", "entered service in". */
const OPERATION_START = /\b(?:operated|service|opened|commissioned|production|operations)\s+(?:in|on)\s+$/i;

/** Verbs that say when something started. */
// (With what was started after the verb: "founded the company in", "became chief executive in"; and
// "has been mayor since".)
const START_VERBS = "took\\s+(?:the\\s+)?(?:wheel|helm|reins)|took\\s+charge|began|started|broke\\s+out|erupted|was\\s+launched|launched|opened|(?:first\\s+)?operated|entered\\s+service|was\\s+commissioned|was\\s+founded|founded|was\\s+established|established|was\\s+introduced|introduced|was\\s+approved|(?:was\\s+)?first\\s+(?:held|staged|run|played|published|broadcast|awarded)|was\\s+set\\s+up|set\\s+up|was\\s+created|created|was\\s+formed|formed|became|joined|took\\s+over|took\\s+office|was\\s+elected|was\\s+appointed";
const STARTED_WHAT = "(?:\\s+(?!in\\b|on\\b|since\\b)[\\p{L}’'-]+){0,3}?";
// (Where, before when: "was founded in London in 1766". Since when a state has lasted: "has been
// mayor since", "had governed the state since".)
// (Or a place of common nouns: "was first staged on a borrowed farm in 2012".)
// (Or where a player or an official came from: "who joined Racing from Vélez Sarsfield in January 2023".)
const STARTED_WHERE = "(?:\\s+in\\s+\\p{Lu}[\\p{L}’'-]+(?:,\\s+\\p{Lu}[\\p{L}’'-]+,?)?|\\s+(?:on|at)\\s+(?:a|an|the)\\s+[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+)?|\\s+from\\s+\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){0,2})?";
const LASTED = "(?:has|have|had)\\s+(?:been|held|led|run|ruled|governed|served|headed|chaired|managed|coached|owned)";
// (And a start told by its noun: "since their debut in 1995".)
const START_VERB = new RegExp(`\\b(?:(?:${START_VERBS})${STARTED_WHAT}${STARTED_WHERE}\\s+(?:in|on)|${LASTED}${STARTED_WHAT}\\s+since|since\\s+(?:its|their|his|her)\\s+(?:debut|founding|inception|formation|launch)\\s+(?:in|on))\\s+$`, "iu");

/**
 * "The war, which began in February 2022, is now in its fifth year": the start the sentence itself
 * gives, before the nth year (in [from, at)), and the noun that began.
 */
function startInSentence(text: string, from: number, at: number, started: () => readonly DateLead[]): { name: string; start: string; date: DateMention } | undefined {
  for (const { d } of started()) {
    if (d.span.start < from || d.span.end > at) continue;
    const subject = SUBJECT_STARTED.exec(text.slice(from, d.span.start));
    if (!subject) continue;
    // (A person's or a firm's name keeps its capitals: "Pruitt".)
    const name = subject[1]!;
    // (And an acronym: "The LDF, which had governed the state since May 2016".)
    return { name: /^[A-Z](?:[a-z]|[A-Z]+$)/.test(name) && !/^(?:The|This|That|Its)$/.test(name) ? name : name.toLowerCase(), start: writtenStart(d), date: d };
  }
  return undefined;
}

/**
 * "In April 2014 she was appointed director of the museum. She is now in her 11th year in the post.":
 * a start whose date opens its sentence (sentence `si`), then its subject and verb.
 */
function startFirst(ctx: AnalysisContext, si: number): { name: string; start: string } | undefined {
  const s = sentenceSpan(ctx, si);
  const text = ctx.text;
  for (const d of ctx.dates) {
    if (d.span.start < s.start || d.span.end > s.end || d.invalid || d.written?.year === undefined) continue;
    if (!/^\s*(?:In|On)\s+$/u.test(text.slice(s.start, d.span.start))) return undefined;
    const m = DATE_FIRST_START.exec(text.slice(d.span.end, Math.min(s.end, d.span.end + 80)));
    return m ? { name: /^\p{Lu}/u.test(m[1]!) && !/^(?:He|She|They|It)$/u.test(m[1]!) ? m[1]! : m[1]!.toLowerCase(), start: writtenStart(d) } : undefined;
  }
  return undefined;
}
/** After a date opening its sentence: its subject, then a start verb ("In April 2014 she was appointed"). */
const DATE_FIRST_START = new RegExp(`^,?\\s+((?:he|she|they|it|He|She|They|It)|\\p{Lu}[\\p{L}’'-]+(?:\\s\\p{Lu}[\\p{L}’'-]+)?)\\s+(?:${START_VERBS})\\b`, "u");

/**
 * "The company, now in its sixth year, has grown fast. It was founded in 2021.": the start the next
 * sentence gives its subject, when it opens with "It" or "The <noun>".
 */
function startNext(ctx: AnalysisContext, text: string, si: number, started: () => readonly DateLead[]): { name: string; start: string } | undefined {
  if (si + 1 >= ctx.document.sentences.length) return undefined;
  const n = sentenceSpan(ctx, si + 1);
  for (const { d } of started()) {
    if (d.span.start < n.start || d.span.end > n.end) continue;
    const m = NEXT_STARTED.exec(text.slice(n.start, d.span.start));
    return m ? { name: m[1]?.toLowerCase() ?? "subject", start: writtenStart(d) } : undefined;
  }
  return undefined;
}
/** A sentence whose nth year is its pronoun's: "This is his ", "He is now in his ", "It is ". */
const PRONOUN_NTH = /^\s*(?:This|It|He|She|They)(?:\s+(?:is|was|are|were))?\s+(?:now\s+)?(?:in\s+)?$/u;
const NEXT_STARTED = new RegExp(`^\\s*(?:It|The\\s+(\\p{Ll}+))\\s+(?:${START_VERBS})${STARTED_WHAT}${STARTED_WHERE}\\s+(?:in|on)\\s+$`, "u");

/**
 * "Now in its 12th year, the bakery opened in 2016 …": the nth year opening its sentence, then its
 * subject, whose start the sentence gives after it (in [from, to)).
 */
function startAfter(text: string, from: number, to: number, started: () => readonly DateLead[], sentence: number): { name: string; start: string } | undefined {
  const subject = /^[\s,]*(?:the\s+|since\s+(?:its|their|his|her)\s+)?(\p{Ll}[\p{L}-]+)/u.exec(text.slice(from, Math.min(to, from + 40)));
  if (!subject) return undefined;
  // ("Lakeshore, which is now in its 120th year, was founded in 1912": the name before "which".)
  const own = AUXILIARY_START.test(subject[1]!) || SUBORDINATOR.test(subject[1]!) ? NAME_WHICH.exec(text.slice(sentence, from))?.[1] : subject[1];
  if (own === undefined) return undefined;
  for (const { d } of started()) {
    if (d.span.start < from || d.span.end > to) continue;
    // (The subject's own verb: nothing but a few words between it and the start verb.)
    if (d.span.start - from > 80) continue;
    return { name: /^\p{Lu}/u.test(own) ? own : own.toLowerCase(), start: writtenStart(d) };
  }
  return undefined;
}

/** A verb that opens the rest of a clause after its subject's relative clause ("…, was founded in 1912"). */
const AUXILIARY_START = /^(?:was|were|is|are|has|had|have)$/u;
/** A clause opening after the nth year that tells its start: "… in its 20th year after it was first staged in 2012". */
const SUBORDINATOR = /^(?:after|since|when)$/u;
/** A sentence's name of one to four words before ", which" (its subject). */
const NAME_WHICH = /^\s*(\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*){0,3}),?\s+(?:which|that)\b/u;

/** A sentence up to "its" in which the subject is "It" or "The <noun>": "The company marked its". */
const ANAPHORIC_OPENER = /^\s*(?:It|The\s+\p{Ll}+)\s+(?:\p{Ll}+\s+){1,3}its\s+$/u;

/** The noun before a start verb that ends the text: "The war, which began in ", "the company, founded in ". */
// ("Christie's, which was founded in London in": a name with its ’s; "the Left Democratic Front (LDF),
// which had governed": with its acronym.)
const SUBJECT_STARTED = new RegExp(`(?:^|\\s)(?!(?:which|that|who)\\b)([A-Za-z][A-Za-z0-9]{2,}(?:['’]s)?)(?:\\s\\([A-Z][A-Za-z0-9&.-]{1,11}\\))?(?:,\\s*|\\s+)(?:which\\s+|that\\s+|who\\s+)?(?:(?:first|then|later|finally|initially|originally)\\s+)?(?:(?:${START_VERBS})${STARTED_WHAT}${STARTED_WHERE}\\s+(?:in|on)|${LASTED}${STARTED_WHAT}\\s+since)\\s+$`, "u");

/** A date's start as written: its year, month or day. */
function writtenStart(d: DateMention): string {
  const w = d.written!;
  return w.month === undefined ? String(w.year) : w.day === undefined ? `${w.year}-${String(w.month).padStart(2, "0")}` : toIso(w.year!, w.month, w.day);
}

/** "The conflict began in February 2022" — the start the text itself gives for the subject of an nth year. */
function startInText(before: string, started: () => readonly DateLead[], kind?: RegExp): { name: string; start: string } | undefined {
  // (Past a relative clause that dates it: "The company's mine, which began production in 2016, is now in its".)
  let bare = before.trim();
  const verb = /\b(?:is|was)$/i.exec(bare);
  if (verb) bare = bare.slice(0, verb.index).trimEnd();
  bare = bare.replace(/,\s*(?:which|that)(?:\s[^,;]*)?,?$/i, "");
  const written = /(?<![a-z])([a-z]+)[\s,]*(?:now\s+|which\s+is\s+|is\s+)?$/i.exec(bare)?.[1];
  const head = written?.toLowerCase();
  if (!head || head.length < 3) return undefined;
  const re = new RegExp(`\\b${head}\\b`, "i");
  for (const { d, lead } of started()) {
    if (!re.test(lead) || (kind && !kind.test(lead))) continue;
    // (A name keeps its capital: "Lakeshore".)
    return { name: /^[A-Z][a-z]/.test(written!) && !/^(?:The|This|That|Its)$/.test(written!) ? written! : head, start: writtenStart(d) };
  }
  return undefined;
}

/** A date and the characters before it that a rule looks at. */
interface DateLead {
  readonly d: DateMention;
  readonly lead: string;
}

/** The dates a start verb comes right before, in text order: found once per run, whatever the number of "nth year" phrases. */
function startedDates(ctx: AnalysisContext, { facts, year }: Dated): DateLead[] {
  const out: DateLead[] = [];
  for (const i of year) {
    const d = ctx.dates[i]!;
    if (d.invalid) continue;
    const f = facts[i]!;
    if (f.started === undefined) {
      const lead = ctx.text.slice(Math.max(0, d.span.start - LEAD), d.span.start);
      f.started = START_VERB.test(lead) ? kept(lead) : null;
    }
    if (f.started !== null) out.push({ d, lead: f.started });
  }
  return out;
}

export const ANNIVERSARY_WORD = /anniversary/gi;
export const YEARS_SINCE_WORD = /years,?\s+since/gi;
export const ANNIVERSARY = /\b(\d+(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+anniversary\s+of\s+(?:the\s+)?([^,.;:]{3,80})/gi;
const NOUN_VERB: Record<string, string> = { death: "die", birth: "born", founding: "found", foundation: "found", creation: "creat", independence: "independen" };

/** Where ANNIVERSARY and YEARS_SINCE matches are looked for again after an edit: no match holds "." ";" ":", nor "," an anniversary. */
const KEPT_ANNIVERSARIES = new KeptMatches(ANNIVERSARY, (c) => c === 44 || c === 46 || c === 59 || c === 58, (t) => matchesBefore(t, ANNIVERSARY, ANNIVERSARY_WORD, 1));

function anniversaries(ctx: AnalysisContext, dated: Dated, emit: Emit): void {
  const doc = ctx.documentDate;
  if (!known(doc)) return;
  const years = docYears(doc);
  if (!years) return;
  const text = ctx.text;
  const datedBy = new Map<string, DateMention | undefined>();
  let afterInOn: DateLeads | undefined;
  let stems: Map<string, number> | undefined;
  for (const re of [ANNIVERSARY, YEARS_SINCE]) {
  const since = re === YEARS_SINCE;
  // Every match starts in the word before "anniversary" / "years … since": only there is it looked for.
  for (const m of (since ? KEPT_YEARS_SINCE : KEPT_ANNIVERSARIES).in(text)) {
    const n = since ? parseCardinal(m[1]!) : parseOrdinal(m[1]!);
    if (!n) continue;
    // ("held every two years since 2004": how often, not how long ago.)
    if (since && EVERY_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const words = m[2]!.split(/\s+/);
    const head = (words[words.length - 1] ?? "").toLowerCase();
    const stem = NOUN_VERB[head] ?? head.replace(/(?:ing|ment|ion|al)$/, "");
    // "ten years since 2015": the year itself.
    const direct = since ? yearAfterSince(ctx, dated, m.index, m.index + m[0]!.length) : undefined;
    if (!direct && stem.length < 3) continue;
    // Where the text dates that event: "<stem>ed in August 2018".
    let start = direct;
    if (!start) {
      // The first date of the text after "<stem>ed in", found once per stem.
      if (!datedBy.has(stem)) {
        afterInOn ??= datesAfterInOn(ctx, dated);
        const byStem = (stems ??= stemIndex(afterInOn.leads));
        let k = byStem.get(stem);
        if (k === undefined) {
          const re = new RegExp(`\\b${escape(stem)}\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:in|on)\\s+$`, "iu");
          byStem.set(stem, (k = afterInOn.leads.findIndex((lead) => re.test(lead))));
        }
        datedBy.set(stem, k < 0 ? undefined : ctx.dates[afterInOn.dates[k]!]);
      }
      start = datedBy.get(stem);
    }
    // "the 50th anniversary of its only league title, won in the spring of 1977", "…, which it won in 1977".
    if (!start && !since) start = datedAfter(ctx, dated, m.index + m[0]!.length);
    // "20 years since Morocco's first satellite was launched from Baikonur in 2001": the year the
    // phrase itself ends with, after a past verb.
    // (Past an apposition: "since Morocco’s first satellite, the small research craft Maroc-Tubsat, was launched … in 2001".)
    if (!start && since) start = sinceOwnDate(ctx, dated, m.index + m[0]!.length - m[2]!.length, m.index + m[0]!.length + 80);
    // "the 30th anniversary of its 1992 World Cup triumph", "… of the Queen's state visit to Poland in
    // March 1996": a year in the phrase itself, a year or more before the article.
    if (!start && !since) start = datedInside(ctx, dated, m.index + m[0]!.length - m[2]!.length, m.index + m[0]!.length, years[0]);
    if (!start) continue;
    const sy = start.written!.year!;
    // "In October, the hospital celebrated the 40th anniversary": the year of the celebration its
    // sentence dates, else the article's.
    const celebrated = since ? undefined : celebratedIn(ctx, m.index, m.index + m[1]!.length + " anniversary".length, start);
    const when = celebrated === undefined ? undefined : Number(celebrated.value.slice(0, 4));
    const [y0, y1] = when === undefined ? years : [when, when];
    const ok: number[] = [];
    // "N years since" may still be N-1 whole years when the day has not come round yet.
    for (let y = y0; y <= y1; y++) ok.push(y - sy, ...(since ? [y - sy - 1] : []));
    if (ok.includes(n)) continue;
    const expected = y0 - sy;
    if (expected < 1) continue;
    const unit = since ? " years" : " anniversary";
    const span = { start: m.index, end: m.index + m[1]!.length + unit.length };
    const asWords = /^[a-z-]+$/i.test(m[1]!);
    const fixed = since ? `${asWords ? cardinalWord(expected) : expected} years` : `${formatOrdinal(expected, asWords)} anniversary`;
    emit({
      code: "anniversary",
      message: `“${text.slice(span.start, span.end)}”: “${start.text}” is ${expected} year${expected === 1 ? "" : "s"} before ${celebrated ? `“${celebrated.text}” (${formatWhen(celebrated.value).replace(/^(?:in|on) /, "")})` : `an article written ${describeWindow(doc.from, doc.to)}`}.`,
      span,
      fixes: [edit(`Change to ${fixed}`, span, fixed)],
      related: [{ message: `dated ${start.text}`, span: start.span }],
    });
  }
  }
}

/**
 * "The company, founded in 1998, is celebrating its 30th anniversary this year": an anniversary of
 * the subject's own start, given in the same sentence before it. (Found from each "anniversary" by
 * a look back: the word is rare.)
 */
function ownAnniversaries(ctx: AnalysisContext, dated: Dated, emit: Emit): void {
  const doc = ctx.documentDate;
  if (!known(doc)) return;
  const years = docYears(doc);
  if (!years) return;
  const text = ctx.text;
  let started: DateLead[] | undefined;
  for (const hit of ANNIVERSARY_WORDS.in(text)) {
    const i = hit.index;
    const word = hit[0]!;
    const m = ITS_NTH.exec(text.slice(Math.max(0, i - 30), i));
    if (!m) continue;
    const n = parseOrdinal(m[1]!);
    if (!n) continue;
    const ordAt = i - m[0].length + m[0].indexOf(m[1]!, 3);
    const si = sentenceAt(ctx.document.sentences, i);
    if (si < 0) continue;
    const s = sentenceSpan(ctx, si);
    const startedOnce = () => (started ??= startedDates(ctx, dated));
    let ev = startInSentence(text, s.start, ordAt, startedOnce);
    // "The Players was founded in 1978. The company marked its 40th anniversary …": the sentence
    // before, when this one opens with "It" or "The <noun>" and its anniversary is its subject's.
    if (!ev && si > 0 && ANAPHORIC_OPENER.test(text.slice(s.start, ordAt))) {
      const p = sentenceSpan(ctx, si - 1);
      ev = startInSentence(text, p.start, p.end, startedOnce);
    }
    if (!ev) continue;
    const sy = Number(ev.start.slice(0, 4));
    // "…, celebrated its 40th anniversary in 2018": counted to the year it was marked in.
    const celebrated = celebratedIn(ctx, ordAt, i + word.length, ev.date);
    const [y0, y1] = celebrated === undefined ? years : [Number(celebrated.value.slice(0, 4)), Number(celebrated.value.slice(0, 4))];
    const ok: number[] = [];
    for (let y = y0; y <= y1; y++) ok.push(y - sy);
    if (ok.includes(n)) continue;
    const expected = y0 - sy;
    if (expected < 1) continue;
    const span = { start: ordAt, end: i + word.length };
    const asWords = /^[a-z-]+$/i.test(m[1]!);
    const fixed = `${formatOrdinal(expected, asWords)} ${word}`;
    const before = celebrated ? `“${celebrated.text}” (${formatWhen(celebrated.value).replace(/^(?:in|on) /, "")})` : `an article written ${describeWindow(doc.from, doc.to)}`;
    emit({
      code: "anniversary",
      message: `“${text.slice(span.start, span.end)}”: ${/^[A-Z]/.test(ev.name) ? ev.name : `the ${ev.name}`} dates from ${sy}, ${expected} year${expected === 1 ? "" : "s"} before ${before}.`,
      span,
      fixes: [edit(`Change to ${fixed}`, span, fixed)],
      related: related(doc),
    });
  }
}

/**
 * "founded 20 years ago, in 1999", "in 1999, 20 years ago": a count of years back that does not
 * reach the year it names from the article's date (one year either way is allowed: the count is
 * rounded). (Found from each "years ago": the phrase is rare.)
 */
function yearsAgo(ctx: AnalysisContext, emit: Emit): void {
  const doc = ctx.documentDate;
  if (!known(doc)) return;
  const years = docYears(doc);
  if (!years) return;
  const text = ctx.text;
  /** The count `before` ends at `i`, its phrase at `end`, and `then` the year (and month) it counts from. */
  const check = (before: RegExpExecArray, i: number, end: number, then: RegExpExecArray | null, word: "ago" | "after"): void => {
    const n = parseCardinal(before[1]!);
    if (n === undefined || n < 2) return;
    const year = then?.[2];
    if (year === undefined) return;
    const y = Number(year);
    // With its month, the count is whole years to within one ("two years ago in October 2024" is
    // one year before October 2025); with the year alone, one year either way.
    const monthText = then?.[1];
    const month = monthText === undefined ? undefined : monthIndex(monthText);
    if (month !== undefined && doc.from !== OPEN_START && doc.to !== OPEN_END) {
      const at = y * 12 + month - 1;
      const lo = Number(doc.from.slice(0, 4)) * 12 + Number(doc.from.slice(5, 7)) - 1 - at;
      const hi = Number(doc.to.slice(0, 4)) * 12 + Number(doc.to.slice(5, 7)) - 1 - at;
      if (n * 12 > lo - 12 && n * 12 < hi + 12) return;
    } else if (y + n >= years[0] - 1 && y + n <= years[1] + 1) return;
    const start = i - before[0].length + before[0].lastIndexOf(before[1]!);
    const span = { start, end };
    const count = years[1] - y;
    if (count < 1) return;
    const one = count === 1;
    const fixed = `${/^\d+$/u.test(before[1]!) ? String(count) : cardinalWord(count)} ${one ? "year" : "years"} ${word}`;
    emit({
      code: "years-ago",
      message: `“${text.slice(start, end)}” does not fit ${y}: an article written ${describeWindow(doc.from, doc.to)} is ${years[0] === years[1] ? count : `${years[0] - y}–${count}`} ${years[0] === years[1] && one ? "year" : "years"} after it.`,
      span,
      fixes: [edit(`Change to ${fixed}`, span, fixed)],
      related: related(doc),
    });
  };

  for (const { index: i } of YEARS_AGO_WORDS.in(text)) {
    const before = AGO_COUNT.exec(text.slice(Math.max(0, i - 40), i));
    if (!before) continue;
    const end = i + "years ago".length;
    check(before, i, end, AGO_THEN_YEAR.exec(text.slice(end, end + 30)) ?? YEAR_THEN_AGO.exec(text.slice(Math.max(0, i - before[0].length - 30), i - before[0].length)), "ago");
  }
  // "The walkout comes six years after the August 2022 strike": the news now, so long after that year.
  for (const { index: i } of YEARS_AFTER_WORDS.in(text)) {
    const lead = NOW_COUNT.exec(text.slice(Math.max(0, i - 60), i));
    if (!lead) continue;
    const end = i + "years after".length;
    check(lead, i, end, AFTER_THEN_YEAR.exec(text.slice(end, end + 30)), "after");
  }
}

/**
 * "from July 3 to July 1", "between 12 and 9 March": a span that ends, in the same month, before
 * it starts. (Across months the end may be in the next year: "from December 20 to January 5".)
 */
function reversedRanges(ctx: AnalysisContext, emit: Emit): void {
  const dates = ctx.dates;
  const text = ctx.text;
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1]!;
    const wa = a.written;
    const wb = b.written;
    if (!wa?.day || !wb?.day || wa.month === undefined || wa.month !== wb.month || wb.day >= wa.day) continue;
    if (wa.year !== undefined && wb.year !== undefined && wa.year !== wb.year) continue;
    const between = text.slice(a.span.end, b.span.start);
    if (!RANGE_LINK.test(between) || !RANGE_OPEN.test(text.slice(Math.max(0, a.span.start - 12), a.span.start))) continue;
    emit({
      code: "reversed-range",
      message: `“${text.slice(a.span.start, b.span.end)}” ends before it starts: ${MONTHS[wb.month - 1]} ${wb.day} comes before ${MONTHS[wa.month - 1]} ${wa.day}.`,
      span: b.span,
      fixes: [],
      related: [{ message: `the span starts ${MONTHS[wa.month - 1]} ${wa.day}`, span: a.span }],
    });
  }
}
/**
 * A duration that does not fit the span its sentence gives: "The strike, which ran from Aug. 22 to
 * Aug. 30, lasted 19 days" (9 days counting both), "The trial ran for 18 months, from January 2022
 * to December 2024" (36 months). Days are counted either way (8 or 9 here), months likewise, years
 * within one; an approximate duration ("about 18 months", "more than") and a sentence with two
 * durations or two spans are left alone.
 */
function rangeDurations(ctx: AnalysisContext, emit: Emit): void {
  const dates = ctx.dates;
  const text = ctx.text;
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1]!;
    if (a.type !== "DATE" || b.type !== "DATE" || a.sentence !== b.sentence) continue;
    const lead = text.slice(Math.max(0, a.span.start - 12), a.span.start);
    const open = RANGE_OPEN.exec(lead);
    if (!open || !RANGE_LINK.test(text.slice(a.span.end, b.span.start))) continue;
    const opened = a.span.start - lead.length + open.index;
    const same = dates.filter((d) => d.sentence === a.sentence);
    const durations = same.filter((d) => d.type === "DURATION");
    if (durations.length !== 1 || same.length !== 3) continue;
    const d = durations[0]!;
    const m = /^P(\d+)([DWMY])$/.exec(d.value);
    if (!m || APPROXIMATE_BEFORE.test(text.slice(Math.max(0, d.span.start - 16), d.span.start)) || !/^\d+\s/u.test(d.text)) continue;
    const n = Number(m[1]);
    const unit = m[2]!;
    let ok: number[];
    let said: string;
    if (/^\d{4}-\d\d-\d\d$/.test(a.value) && /^\d{4}-\d\d-\d\d$/.test(b.value)) {
      const days = dayNumber(b.value) - dayNumber(a.value);
      if (days <= 0) continue;
      if (unit === "D") ok = [days, days + 1];
      else if (unit === "W") ok = [Math.floor(days / 7), Math.ceil((days + 1) / 7)];
      else if (unit === "M") ok = [Math.floor(days / 30.44), Math.ceil((days + 1) / 30.44)];
      else ok = [Math.floor(days / 365.25), Math.ceil((days + 1) / 365.25)];
      said = `${days + 1} days counting both`;
    } else if (/^\d{4}-\d\d$/.test(a.value) && /^\d{4}-\d\d$/.test(b.value)) {
      const months = (Number(b.value.slice(0, 4)) - Number(a.value.slice(0, 4))) * 12 + Number(b.value.slice(5, 7)) - Number(a.value.slice(5, 7));
      if (months <= 0) continue;
      if (unit === "M") ok = [months, months + 1];
      else if (unit === "Y") ok = [Math.floor(months / 12), Math.ceil((months + 1) / 12)];
      else continue;
      said = `${months + 1} months counting both`;
    } else continue;
    if (n >= Math.min(...ok) && n <= Math.max(...ok)) continue;
    const count = unit === "D" || (unit === "M" && /^\d{4}-\d\d$/.test(a.value)) ? Math.max(...ok) : undefined;
    const span = d.span;
    const fixed = count !== undefined ? d.text.replace(/^\d+/u, String(count)) : undefined;
    emit({
      code: "duration-range",
      message: `“${d.text}” does not fit “${text.slice(opened, b.span.end)}”: that is ${said}.`,
      span,
      fixes: fixed ? [edit(`Change to ${fixed}`, span, fixed)] : [],
      related: [{ message: `the span ${a.text} – ${b.text}`, span: { start: a.span.start, end: b.span.end } }],
    });
  }
}
/**
 * "The three-day drill, which opened on Monday, September 22, and closed on Friday, September 26":
 * an event's length in days before the days it opened and closed on (five, counting both).
 */
function openCloseDurations(ctx: AnalysisContext, emit: Emit): void {
  const dates = ctx.dates;
  const text = ctx.text;
  for (let i = 1; i + 1 < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1]!;
    const d = dates[i - 1]!;
    if (d.type !== "DURATION" || a.type !== "DATE" || b.type !== "DATE" || d.sentence !== a.sentence || a.sentence !== b.sentence) continue;
    if (!/^\d{4}-\d\d-\d\d$/.test(a.value) || !/^\d{4}-\d\d-\d\d$/.test(b.value)) continue;
    const last = d.text.lastIndexOf(" ") + 1;
    const m = N_DAY.exec(d.text.slice(last));
    const v = /^P(\d+)D$/.exec(d.value);
    if (!m || !v || !OPENED_ON.test(text.slice(Math.max(d.span.end, a.span.start - 40), a.span.start)) || !CLOSED_ON.test(text.slice(a.span.end, b.span.start))) continue;
    const days = dayNumber(b.value) - dayNumber(a.value);
    const n = Number(v[1]);
    if (days <= 0 || days > 60 || n === days || n === days + 1) continue;
    const count = days + 1;
    const word = /^\d/u.test(m[1]!) ? String(count) : CARDINALS[count];
    const span = { start: d.span.start + last, end: d.span.end };
    const fixed = word !== undefined ? `${/^\p{Lu}/u.test(m[1]!) ? word.charAt(0).toUpperCase() + word.slice(1) : word}-day` : undefined;
    emit({
      code: "duration-range",
      message: `“${text.slice(span.start, span.end)}” does not fit “${text.slice(a.span.start, b.span.end)}”: that is ${count} days counting both.`,
      span,
      fixes: fixed ? [edit(`Change to ${fixed}`, span, fixed)] : [],
      related: [{ message: `the span ${a.text} – ${b.text}`, span: { start: a.span.start, end: b.span.end } }],
    });
  }
}
/** "three-day", "The 3-day": an event's length before its noun (the count). */
const N_DAY = /^(\d{1,2}|[A-Za-z]+)-day$/u;
/** Before the first day: "which opened on", "that began on". */
const OPENED_ON = /\b(?:opened|began|started|kicked\s+off|got\s+under\s*way)\s+on\s+$/iu;
/** Between the days: ", and closed on", " and ended on". */
const CLOSED_ON = /^,?\s+and\s+(?:closed|ended|finished|concluded|wrapped\s+up)\s+on\s+$/iu;

/** Before an approximate duration: "about 18 months", "more than 19 days". */
const APPROXIMATE_BEFORE = /(?:about|around|almost|nearly|roughly|some|over|more\s+than|less\s+than|under|at\s+least|up\s+to|just|approximately|close\s+to|within)\s+$/i;

/** What joins a span's two ends: "to", "until", "through", a dash, "and" (after "between"). */
const RANGE_LINK = /^\s*(?:to|until|till|through|and|[-–—])\s*$/i;
/** What opens a span: "from", "between", "runs", "held". */
const RANGE_OPEN = /\b(?:from|between)\s+$/i;

/** Where a word or phrase of letters and spaces is looked for again after an edit: any other character bounds it. */
const lettersOnly = (c: number): boolean => !((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32);
const YEARS_AGO_WORDS = new KeptMatches(/years ago/g, lettersOnly, (t) => [...t.matchAll(/years ago/g)]);
const YEARS_AFTER_WORDS = new KeptMatches(/years after/g, lettersOnly, (t) => [...t.matchAll(/years after/g)]);
/** The news now, then its count of years: "comes six ", "is 20 ". */
const NOW_COUNT = /\b(?:comes|come|is|are|marks|falls|arrives)\s+(?:(?:just|nearly|almost|exactly|some|about)\s+)?([a-z]+(?:-[a-z]+)?|\d{1,3})\s+$/i;
/** "(years after) the August 2022 strike", "(years after) 2019": the year counted from. */
const AFTER_THEN_YEAR = /^\s+(?:(?:the|its|a|his|her|their)\s+)?(?:([A-Z][a-z]{2,8})\.?\s+(?:\d{1,2},?\s+)?)?((?:1[6-9]|20)\d\d)\b/;
// (And a body's birthday: "Castellan, founded in Vevey in 1887, celebrated its 140th birthday last year".)
const ANNIVERSARY_WORDS = new KeptMatches(/anniversary|birthday/g, lettersOnly, (t) => [...t.matchAll(/anniversary|birthday/g)]);

/** The count right before "years ago": "20 ", "twenty ", "two hundred and fifty ". */
const AGO_COUNT = /\b([a-z]+[- ]hundred(?:\s+and\s+[a-z]+(?:-[a-z]+)?)?|\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+$/i;
/** ", in 1999", ", in November 2013", ", on Nov. 8, 2013" right after "years ago". */
const AGO_THEN_YEAR = /^,?\s+(?:in|on)\s+(?:([A-Z][a-z]{2,8})\.?\s+(?:\d{1,2},?\s+)?)?((?:1[6-9]|20)\d\d)\b/;
/** "in 1999, ", "in November 2013, ", "on Nov. 8, 2013, ", "since February 2016, " right before the count. */
const YEAR_THEN_AGO = /\b(?:[Ii]n|[Oo]n|[Ss]ince)\s+(?:([A-Z][a-z]{2,8})\.?\s+(?:\d{1,2},?\s+)?)?((?:1[6-9]|20)\d\d),\s+$/;

/** "its 30th " / "its thirtieth " right before "anniversary". */
const ITS_NTH = /\bits\s+(\d+(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+$/i;

/**
 * Per stem, the index of the first of `list` whose lead its "<stem>ed in" pattern ends (-1: none):
 * it depends only on the leads, so while the editor re-analyses it is kept while they stay.
 */
function stemIndex(leads: readonly string[]): Map<string, number> {
  if (!inMemoSession()) return new Map();
  if (stemLeads && sameItems(stemLeads.leads, leads)) return stemLeads.byStem;
  stemLeads = { leads, byStem: new Map() };
  return stemLeads.byStem;
}

/** The leads of the last editing session's run that asked, and its index by stem. */
let stemLeads: { readonly leads: readonly string[]; readonly byStem: Map<string, number> } | undefined;

/** The first date (in the order of ctx.dates) with its year written that starts in (from, to] right after "since". */
function yearAfterSince(ctx: AnalysisContext, dated: Dated, from: number, to: number): DateMention | undefined {
  const since = (d: DateMention): boolean => d.span.start > from && d.span.start <= to && /since\s+$/i.test(ctx.text.slice(d.span.start - 6, d.span.start));
  if (!dated.yearInOrder) return ctx.dates.find((d) => d.written?.year !== undefined && since(d));
  // In order of their starts: from the first that starts after `from`.
  const year = dated.year;
  let lo = 0;
  let hi = year.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.dates[year[mid]!]!.span.start <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < year.length; k++) {
    const d = ctx.dates[year[k]!]!;
    if (d.span.start > to) return undefined;
    if (since(d)) return d;
  }
  return undefined;
}

/**
 * The year of a past date before an anniversary (at `at`, its word ending at `end`) in its sentence
 * ("In October, … celebrated the 40th anniversary"), or right after it ("celebrated its 40th
 * anniversary in 2018"), other than its event's.
 */
function celebratedIn(ctx: AnalysisContext, at: number, end: number, start: DateMention): DateMention | undefined {
  const si = sentenceAt(ctx.document.sentences, at);
  if (si < 0) return undefined;
  const from = ctx.document.sentences[si]!.span.start;
  for (const d of ctx.dates) {
    if (d.span.start >= at) {
      if (d.span.start > end + 8) break;
      if (d !== start && d.span.start >= end && d.type === "DATE" && /^\d{4}/.test(d.value) && CELEBRATED_THEN.test(ctx.text.slice(end, d.span.start))) return d;
      continue;
    }
    if (d === start || d.span.start < from || d.tense !== "past" || d.type !== "DATE") continue;
    if (/^\d{4}-\d\d/.test(d.value)) return d;
  }
  return undefined;
}
/** Between an anniversary and the date it was marked on: "… anniversary in 2018", "… anniversary on". */
const CELEBRATED_THEN = /^\s+(?:(?:in|on)\s+)?$/u;

/** Between an anniversary's event and its date: a clause that describes the event ("…, won in the spring of", "…, which it won in"). */
const DESCRIBED_AT = /^,\s*(?:(?:which|that)\s+(?:\p{Ll}+\s+){0,2})?(?:\p{Ll}+ed|won|held|began|built|set|made|fought|struck|begun)\s+(?:[\p{L}-]+\s+){0,8}$/u;

/** The first date with its year written that starts at `from` or after (an invalid one passed over when `valid`). */
function firstDatedFrom(ctx: AnalysisContext, { year }: Dated, from: number, valid = false): DateMention | undefined {
  for (const i of year) {
    const d = ctx.dates[i]!;
    if (d.span.start >= from && !(valid && d.invalid)) return d;
  }
  return undefined;
}

/** The first date with its year written inside [from, to), in a year before `before`. */
function datedInside(ctx: AnalysisContext, dated: Dated, from: number, to: number, before: number): DateMention | undefined {
  const d = firstDatedFrom(ctx, dated, from, true);
  return d && d.span.end <= to && d.written!.year! < before ? d : undefined;
}

/** The date with its year at the end of [from, to), after a past verb and "in" or "on" ("the satellite was launched in 2001"). */
function sinceOwnDate(ctx: AnalysisContext, dated: Dated, from: number, to: number): DateMention | undefined {
  const d = firstDatedFrom(ctx, dated, from);
  if (!d || d.span.end > to + 2) return undefined;
  // (In the phrase's own sentence.)
  const between = ctx.text.slice(from, d.span.start);
  return !/[.!?;]/u.test(between) && SINCE_PAST_VERB.test(between) ? d : undefined;
}
const SINCE_PAST_VERB = /\b(?:was|were)\s+\p{Ll}+ed\s(?:[^.;:]*\s)?(?:in|on)\s+$|\b\p{Ll}+ed\s+(?:in|on)\s+$/u;

/** The first date with its year written that starts within 60 characters after `end`, when a clause that describes the event leads to it. */
function datedAfter(ctx: AnalysisContext, dated: Dated, end: number): DateMention | undefined {
  const d = firstDatedFrom(ctx, dated, end);
  return d && d.span.start <= end + 60 && DESCRIBED_AT.test(ctx.text.slice(end, d.span.start)) ? d : undefined;
}

/** How every "<stem>ed in" pattern of `anniversaries` ends: a date it can match comes right after this. */
const IN_ON_BEFORE = /(?:in|on)\s+$/iu;

/** The dates with their year written that "in" or "on" comes right before, with the 40 characters before them, in text order. */
function datesAfterInOn(ctx: AnalysisContext, { facts, year }: Dated): DateLeads {
  const dates: number[] = [];
  const leads: string[] = [];
  for (const i of year) {
    const d = ctx.dates[i]!;
    if (d.span.start <= 0) continue;
    const f = facts[i]!;
    if (f.inOn === undefined) {
      const lead = ctx.text.slice(Math.max(0, d.span.start - 40), d.span.start);
      f.inOn = IN_ON_BEFORE.test(lead) ? kept(lead) : null;
    }
    if (f.inOn !== null) {
      dates.push(i);
      leads.push(f.inOn);
    }
  }
  return { dates, leads };
}

/** Dates (indices into ctx.dates) and the characters before each that a rule looks at, in two lists (thousands of dates: no object per date). */
interface DateLeads {
  readonly dates: readonly number[];
  readonly leads: readonly string[];
}

/** "every " right before a count: a frequency ("every two years since 2004"). */
const EVERY_BEFORE = /\bevery\s+$/i;
export const YEARS_SINCE = /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+years,?\s+since\s+(?:the\s+)?([^,.;:]{3,80})/gi;
const KEPT_YEARS_SINCE = new KeptMatches(YEARS_SINCE, (c) => c === 46 || c === 59 || c === 58, (t) => matchesBefore(t, YEARS_SINCE, YEARS_SINCE_WORD, 1));
const CARDINALS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
/** A count in words for a fix: "seven", "twenty-seven" (digits past ninety-nine). */
function cardinalWord(n: number): string {
  if (n < 20) return CARDINALS[n] ?? String(n);
  if (n < 100) return TENS[Math.floor(n / 10)]! + (n % 10 ? `-${CARDINALS[n % 10]}` : "");
  return String(n);
}

// ("born in Lagos on March 3, 1937", "born in Lagos in 1937", "born in Tampa, Florida, in 1975": a place first.)
const BORN = /\bborn\s+(?:(?:in|at)\s+[\p{L}.’'-]+(?:,?\s+[\p{L}.’'-]+){0,2}?,?\s+)?(?:in|on)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]+\.?,?\s+|[a-z.]+\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?((?:19|20)\d\d)\b/giu;
/**
 * "died at 51", "retired at 51 in 2019", "became chief executive at 34": a life event's verb (up
 * to four words between: an object, a place, a year), "at" and a number alone — not a
 * time ("left at 5 pm", "at 5:30"), a price or a rate ("closed at 51 cents", "at 51%"), an address
 * ("at 51 Main Street") or a number with its noun ("at 51 sites").
 */
const AT_AGE = /\bat(?<=\b(died|dies|retired|retires|married|wed|debuted|graduated|emigrated|passed\s+away|became|becomes|joined|joins|left|leaves|quit|won|wins|started|starts|began|begins|founded|was\s+(?:elected|appointed|diagnosed|ordained|knighted|crowned|named))(?:\s+[\p{L}\p{N}’'-]+){0,4}?\s+at)\s+(\d{1,3}|[a-z]+(?:-[a-z]+)?)\b(?!\s*(?:[ap]\.?m\b|o['’]clock|[:.,]\d|%|percent|per\b|cents?\b|pence\b|p\b|points?\b|degrees?\b|\p{Lu})|\s+(?!(?:in|on|and|after|before|when|while|from|with|to|as|but|the|his|her|their|its|a|an|last|this|that|during)\b)\p{Ll})/gu;
const AGE = /\b(\d+(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+birthday\b|\b(?:aged|turned|turns|turning|at\s+the\s+age\s+of)\s+(\d{1,3}|[a-z]+(?:-[a-z]+)?)\b|\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\b|(?<!\bwhen\s)\b(?:she|he)\s+(?:was|is)\s+(\d{1,3})(?=\s*[.,;])/gi;

/** Where a BORN match can start: the word "born" (in any case). */
const BORN_WORD = /born/gi;

function ages(ctx: AnalysisContext, emit: Emit): void {
  const doc = ctx.documentDate;
  const text = ctx.text;
  let atAges: RegExpExecArray[] | undefined;
  for (const p of paragraphsWith(ctx, KEPT_BORN)) {
    const para = text.slice(p.span.start, p.span.end);
    BORN.lastIndex = 0;
    const b = BORN.exec(para);
    if (!b) continue;
    const born = Number(b[1]);
    const bornAt = p.span.start + b.index;
    const found: { at: number; said: string; n: number | undefined; birthday?: string; then?: boolean }[] = [];
    // An obituary's first paragraph tells the death and the age, the next the birth ("… died on
    // Sunday. She was 87." then "Marques was born on Aug. 2, 1936"): that paragraph's ages too.
    // (Or a few paragraphs before, when it names the one born: "Playback singer Kavita Rao … died
    // … She was 84." then her son's words and a heading, then "Kavita Rao was born on 4 June 1938".)
    // The sentence of the birth, and the name the birth is told of ("Halvorsen was born", "Marsh,
    // who was born", "Rennie, born").
    const bornSentence = sentenceAt(ctx.document.sentences, bornAt);
    const bornName = bornSentence >= 0 ? NAME_BORN.exec(text.slice(ctx.document.sentences[bornSentence]!.span.start, bornAt + 4))?.[1] : undefined;
    const pi = ctx.document.paragraphs.indexOf(p);
    const prevPara = ctx.document.paragraphs[pi - 1];
    let death = prevPara !== undefined && b.index < 80 && DIED.test(text.slice(prevPara.span.start, prevPara.span.end)) ? prevPara : undefined;
    if (!death && prevPara !== undefined && b.index < 80 && bornName !== undefined) {
      for (let k = pi - 2; k >= Math.max(0, pi - 5); k--) {
        const t = text.slice(ctx.document.paragraphs[k]!.span.start, ctx.document.paragraphs[k]!.span.end);
        if (DIED.test(t) && new RegExp(`\\b${escape(bornName)}\\b`, "u").test(t)) {
          death = ctx.document.paragraphs[k];
          break;
        }
      }
    }
    for (const [from, body] of death ? [[death.span.start, text.slice(death.span.start, death.span.end)] as const, [p.span.start, para] as const] : [[p.span.start, para] as const]) {
      AGE.lastIndex = 0;
      for (let m: RegExpExecArray | null; (m = AGE.exec(body)); ) {
        // ("She was 84.": the age alone is what was said, and is fixed.)
        const at = m[4] !== undefined ? m.index + m[0].lastIndexOf(m[4]) : m.index;
        // ("In 1962, aged 23, she joined": "aged", "turned" give the age at their clause's year.)
        found.push({ at: from + at, said: m[4] ?? m[0], n: m[1] !== undefined ? parseOrdinal(m[1]) : parseCardinal(m[2] ?? m[3] ?? m[4] ?? ""), ...(m[1] !== undefined ? { birthday: m[1] } : {}), ...(m[2] !== undefined ? { then: true } : {}) });
      }
      AT_AGE.lastIndex = 0;
      for (let m: RegExpExecArray | null; (m = AT_AGE.exec(body)); ) {
        const n = parseCardinal(m[2]!);
        // ("started work at 9", "left at 11": a clock's hour, unless a death's.)
        if (n !== undefined && (n > 12 || /^d/.test(m[1]!))) found.push({ at: from + m.index, said: m[0], n, then: true });
      }
    }
    // "Keller, 45, was born in 1985": an age set off by commas after a name, only with the birth
    // year in its own sentence (a list's "Smith, 45, and Jones, 50," has two people).
    APPOSED_AGE.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = APPOSED_AGE.exec(para)); ) {
      const at = p.span.start + m.index + m[0].indexOf(m[1]!);
      const ageSentence = sentenceAt(ctx.document.sentences, at);
      // "Gareth Lowry, 58, was jailed on Thursday. He was born in June 1969.": the next sentence's
      // "He" or "She" is the one named.
      if (bornSentence >= 0 && ageSentence === bornSentence - 1 && ageSentence >= 0) {
        const s = ctx.document.sentences[bornSentence]!;
        const a = ctx.document.sentences[ageSentence]!;
        // (The sentence's subject, the one person aged in it: "Smith, 45, and Jones, 50," are two;
        // "she hired Keller, 45," is not the subject.)
        const subjectText = text.slice(a.span.start, p.span.start + m.index + m[0].indexOf(","));
        const subject = SUBJECT_NAME.test(subjectText);
        // ("Halvorsen, 61, did not concede. Halvorsen was born in 1958.": the same name again.)
        const same = bornName !== undefined && subjectText.trim().split(/\s+/u).pop() === bornName;
        // (The same surname needs no subject: "The board appointed Mr. Rohan Kulkarni, 38, … Kulkarni was born in 1991.")
        if (((subject && PRONOUN_BORN.test(text.slice(s.span.start, bornAt + 4))) || same) && (text.slice(a.span.start, a.span.end).match(APPOSED_AGES)?.length ?? 0) === 1) {
          found.push({ at, said: m[1]!, n: Number(m[1]) });
          continue;
        }
      }
      if (bornSentence < 0 || ageSentence !== bornSentence) continue;
      // The birth is the named one's: "Keller, 45, who was born in", "Born in 1985, Keller, 45,";
      // not "Smith, 45, and Jones, who was born in".
      // ("Daniel Okoro, 34, of Chelmsford, was born in 1993": where the person is from goes between.)
      const between = (bornAt > at ? text.slice(p.span.start + m.index + m[0].length, bornAt) : text.slice(bornAt + b[0].length, p.span.start + m.index)).replace(FROM_PLACE_SET_OFF, "");
      if (bornAt > at ? /,|\band\b|\bor\b/.test(between) : !/^,\s*$/.test(between)) continue;
      found.push({ at, said: m[1]!, n: Number(m[1]) });
    }
    // "Rennie, born on 3 May 1961, … At 62, Rennie insists": the age of the name born, anywhere after.
    if (bornName !== undefined) {
      // (Found once for the text: a long one has many births.)
      for (const m of (atAges ??= [...text.matchAll(AT_AGE_NAME)])) {
        if (m.index > bornAt && m[2] === bornName) found.push({ at: m.index + m[0].indexOf(m[1]!), said: m[1]!, n: Number(m[1]) });
      }
    }
    // "Captain Ian Reid, 58, had been on duty for 11 hours." then a paragraph with "Reid, who was
    // born in 1974, …" ("The court heard that Marsh, who was born in"): the age set off after that
    // surname in the paragraph before.
    if (bornName !== undefined && prevPara) {
      const prev = text.slice(prevPara.span.start, prevPara.span.end);
      const ages = [...prev.matchAll(APPOSED_AGES)];
      const mine = ages.filter((m) => m[0].slice(0, m[0].indexOf(",")) === bornName);
      const at = mine.length === 1 ? prevPara.span.start + mine[0]!.index + mine[0]![0].indexOf(mine[0]![1]!, mine[0]![0].indexOf(",")) : -1;
      if (ages.length === 1 && at >= 0 && !found.some((f) => f.at === at)) found.push({ at, said: mine[0]![1]!, n: Number(mine[0]![1]) });
    }
    const bornSpan = { start: bornAt, end: bornAt + b[0].length };
    for (const { at, said, n, birthday, then } of found) {
      if (n === undefined || n < 1 || n > 130) continue;
      // The year of the birthday: a year in its sentence (not the birth's) right after it, or for
      // "aged" anywhere in the sentence ("In 1962, aged 23, …"); else the document's year(s).
      const after = yearOfAge(ctx, at, at + said.length, bornSpan, then === true);
      let yrs: number[];
      if (after) yrs = [Number(after.value.slice(0, 4))];
      else {
        if (!known(doc)) continue;
        const ys = docYears(doc);
        if (!ys) continue;
        yrs = [];
        for (let y = ys[0]; y <= ys[1]; y++) yrs.push(y);
      }
      let ok = yrs.flatMap((y) => (birthday ? [y - born] : [y - born - 1, y - born]));
      // A birth to the day and an article of one day: one age fits ("Emma Lindqvist, 17, who was
      // born on March 14, 2008" is 18 in November 2026).
      const onDay = !birthday && !after && doc && doc.from === doc.to ? doc.from : undefined;
      const bornDay = onDay ? dayOfBirth(b[0]) : undefined;
      let exact: number | undefined;
      if (onDay && bornDay) {
        const [, m, d] = onDay.split("-").map(Number) as [number, number, number];
        exact = yrs[0]! - born - (m < bornDay.month || (m === bornDay.month && d < bornDay.day) ? 1 : 0);
        ok = [exact];
      }
      if (ok.includes(n)) continue;
      const expected = exact !== undefined ? exact + 1 : yrs[yrs.length - 1]! - born;
      const span = { start: at, end: at + said.length };
      const fixes: Fix[] = [];
      if (birthday) {
        const fixed = `${formatOrdinal(expected, /^[a-z-]+$/i.test(birthday))} birthday`;
        fixes.push(edit(`Change to ${fixed}`, span, fixed));
      } else if (/^\D*\d+\D*$/.test(said)) {
        // "aged 45", "45-year-old", "Keller, 45,": either age the birth year allows, neither preferred
        // (the one age a day of birth allows).
        for (const age of exact !== undefined ? [exact] : [expected - 1, expected]) {
          const fixed = said.replace(/\d+/, String(age));
          fixes.push(edit(`Change to ${fixed}`, span, fixed, false));
        }
      }
      emit({
        code: "age",
        message:
          exact !== undefined && onDay
            ? `“${said}” does not fit “${b[0].replace(/^born\s+/iu, "born ")}”: on ${formatDay(onDay)} that is age ${exact}.`
            : `“${said}” does not fit “born in ${born}”: in ${yrs.join("–")} that is ${birthday ? `the ${formatOrdinal(expected, false)} birthday` : `age ${expected - 1} or ${expected}`}.`,
        span,
        fixes,
        related: [{ message: `born in ${born}`, span: { start: bornAt, end: bornAt + b[0].length } }],
      });
    }
  }
}

/** The month and day of a birth told to the day: "born on March 14, 2008", "born in Leeds on 14 March 2008". */
function dayOfBirth(born: string): { month: number; day: number } | undefined {
  const m = /\bon\s+(?:([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]+)\.?,?)\s+(?:19|20)\d\d$/u.exec(born);
  if (!m) return undefined;
  const month = monthIndex(m[1] ?? m[4]!);
  const day = Number(m[2] ?? m[3]);
  return month && day >= 1 && day <= 31 ? { month, day } : undefined;
}

/**
 * The date that gives an age's year: one with a year in the age's own sentence, outside the birth
 * (`born`): the first within twelve characters after the age, or with `anywhere` the nearest in
 * the sentence.
 */
function yearOfAge(ctx: AnalysisContext, from: number, to: number, born: Span, anywhere: boolean): DateMention | undefined {
  const s = ctx.document.sentences[sentenceAt(ctx.document.sentences, from)];
  if (!s) return undefined;
  let best: DateMention | undefined;
  let bestGap = Infinity;
  for (const d of ctx.dates) {
    if (d.span.start < s.span.start || d.span.end > s.span.end || !/^\d{4}/.test(d.value) || (d.span.start < born.end && d.span.end > born.start)) continue;
    if (d.span.start >= to && d.span.start <= to + 12) return d;
    if (!anywhere) continue;
    const gap = d.span.start >= to ? d.span.start - to : from - d.span.end;
    if (gap >= 0 && gap < bestGap) [best, bestGap] = [d, gap];
  }
  return best;
}

/** A death told: "died", "has died", "passed away". */
const DIED = /\b(?:died|passed\s+away)\b/u;

/** Only capitalised words (a title, a name) from a sentence's start. */
const SUBJECT_NAME = /^\s*(?:[A-Z][\p{L}.’'-]*\s+){0,3}[A-Z][\p{L}’'-]*$/u;
/** Where an aged person is from, set off by commas after the age: "of Chelmsford, ". */
const FROM_PLACE_SET_OFF = /^of\s\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*){0,2},\s/u;
/**
 * A capitalised word (a name) and "was born" ending the words before a birth year: "Halvorsen was
 * born", "The court heard that Marsh, who was born", "Rennie, born".
 */
const NAME_BORN = /(?:^|\s)(\p{Lu}[\p{L}’'-]+)(?:,\s+who\s+was|\s+was|,)\s+born$/u;
/** "At 62, Rennie insists": an age opening a clause, then a name. */
const AT_AGE_NAME = /\bAt\s+(\d{1,3}),\s+(\p{Lu}[\p{L}’'-]+)\s+\p{Ll}/gu;
/** A sentence that opens with "He was born" or "She was born". */
const PRONOUN_BORN = /^\s*(?:He|She)\s+was\s+born$/;

/** An age between commas after a capitalised word: "Keller, 45, ". */
const APPOSED_AGE = /\b[A-Z][a-z'’-]+,\s(\d{1,3}),\s/g;
/** The same, for counting with String.match (which resets a regex's lastIndex: not APPOSED_AGE while it is being read). */
const APPOSED_AGES = new RegExp(APPOSED_AGE.source, "g");

/** Where "born" is looked for again after an edit: no match holds a character other than an ASCII letter. */
const KEPT_BORN = new KeptMatches(BORN_WORD, (c) => !((c >= 65 && c <= 90) || (c >= 97 && c <= 122)), (t) => [...t.matchAll(new RegExp(BORN_WORD))]);

/** The paragraphs (in text order) that hold a match of `word` inside them. */
function paragraphsWith(ctx: AnalysisContext, word: KeptMatches): Paragraph[] {
  const paragraphs = ctx.document.paragraphs;
  const out: Paragraph[] = [];
  for (const m of word.in(ctx.text)) {
    // The last paragraph starting at or before the match.
    const p = paragraphs[countStartingAtOrBefore(paragraphs, m.index) - 1];
    if (p && m.index + m[0]!.length <= p.span.end && out[out.length - 1] !== p) out.push(p);
  }
  return out;
}
