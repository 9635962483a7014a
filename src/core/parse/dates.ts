import type { SeedDocument } from "../model/document";
import type { DateMention, DocumentDate } from "../model/date";
import { OPEN_END, OPEN_START } from "../model/date";
import type { KnowledgeBase } from "../knowledge";
import { scanExpressions, type RawExpression } from "./dates/expressions";
import { tenseAt, type Tense } from "./dates/tense";
import { inMemoSession, memo, pieceOf } from "../memo";
import { documentEdit, sentencesBefore, type DocumentEdit } from "./document";
import type { Paragraph, Sentence } from "../model/document";
import type { Span } from "../model/span";
import { DATELINE_END, datelineDateStarts, inferDocumentDate, type DatedExpression } from "./dates/document-date";
import { addDays, parseCardinal, periodEnd, periodStart } from "./calendar";
import { cachedByString } from "../cache";
import { sameItems } from "../arrays";

export interface DateInputs {
  readonly knowledge: KnowledgeBase;
  readonly referenceDate: string | undefined;
  readonly today?: string | undefined;
}

export { describeWindow, nthYearWindow, NTH_YEAR, NTH_YEAR_HINT } from "./dates/document-date";

/**
 * Temporal expressions and the document date. Expressions are found once per paragraph
 * (chrono-node plus news patterns), the document date is inferred from them and the knowledge
 * base, and then every expression is normalised relative to it.
 *
 * While the editor re-analyses (an incremental session, with the parse's `documentEdit`), the
 * previous run's expressions and mentions of the paragraphs the edit kept are reused as they are
 * and those of the paragraphs it moved are moved, when what they read across paragraphs is
 * unchanged: the document date and the quarter the last "first quarter" named. Without a reference
 * date, the document date reads every expression: those of the paragraphs before the edit are the
 * previous run's objects (what each says of the date is then the previous run's too), and what
 * it reads of the whole text is kept by place from run to run (dates/document-date.ts
 * `keptMatches`, dates/knowledge.ts `titledRunsOf`), so a keystroke costs little more than with one.
 */
export function analyzeDates(doc: SeedDocument, inputs: DateInputs): { documentDate: DocumentDate | null; dates: DateMention[] } {
  const text = doc.text;
  const sentences = doc.sentences;
  const session = inMemoSession();
  const edit = session ? documentEdit(doc) : undefined;
  const last = edit ? RUNS.get(edit.previous) : undefined;
  const reuse = last && last.knowledge === inputs.knowledge && last.referenceDate === inputs.referenceDate && edit && orderedAfterEdit(doc, edit) ? edit : undefined;
  const ordered = reuse ? true : sentencesInParagraphs(doc);
  const n = doc.paragraphs.length;
  // Per paragraph: its expressions (offsets relative to it) and (one past the last) where they begin
  // in `found` and `dates` (made at their size: a long text's paragraphs a keystroke).
  const locals = new Array<readonly LocalExpression[]>(n);
  const foundStart = new Int32Array(n + 1);
  const needAll = !inputs.referenceDate;
  // The expressions in the document, with their sentence and tense; those of the paragraphs reused
  // are made only when read (`expressionsOf`): the document date reads them all (made at about the
  // previous run's size), mentions those they make afresh.
  const raws: RawExpression[] = needAll && last?.dateds ? new Array<RawExpression>(last.dateds.length) : [];
  const dateds: DatedExpression[] = needAll && last?.dateds ? new Array<DatedExpression>(last.dateds.length) : [];
  let si = 0;
  const sentenceOf = (start: number): number => {
    while (si < sentences.length - 1 && sentences[si]!.span.end <= start) si++;
    return si;
  };
  const add = (raw: RawExpression, start: number, end: number, exprText: string, tense: Tense | undefined, sentence: number, at: number, key?: object): void => {
    // Field by field in this order, as for the mentions below.
    const dated: Building<DatedExpression> = raw.written
      ? raw.invalid
        ? { start, end, text: exprText, written: raw.written, invalid: raw.invalid, tense, sentence }
        : { start, end, text: exprText, written: raw.written, tense, sentence }
      : raw.invalid
        ? { start, end, text: exprText, invalid: raw.invalid, tense, sentence }
        : { start, end, text: exprText, tense, sentence };
    if (key) dated.key = key;
    raws[at] = raw;
    dateds[at] = dated;
  };
  // The expressions of paragraph `pi` (from its local ones) into `found`.
  const expressionsOf = (pi: number): void => {
    const p = doc.paragraphs[pi]!;
    const base = p.span.start;
    let at = foundStart[pi]!;
    for (const e of locals[pi]!) {
      // An expression after the paragraph's last sentence belongs to a later one: found as analyze() always did.
      const sentence = e.sentence >= 0 ? p.sentences[e.sentence]! : sentenceOf(base + e.start);
      if (e.sentence >= 0) si = sentence;
      const s = sentences[sentence];
      const tense = e.sentence >= 0 ? e.tense : s ? tenseAt(text, s.span.start, s.span.end, base + e.start, base + e.end) : undefined;
      // In a session, an expression in one of its paragraph's sentences keeps what the document date reads of it (`DatedExpression.key`).
      add(e.raw, base + e.start, base + e.end, e.text, tense, sentence, at++, session && e.sentence >= 0 ? e : undefined);
    }
  };
  let count = 0;
  // The paragraphs before the edit, all at once (their expressions are made below when all are read).
  const p0 = reuse && !needAll ? reuse.kept : 0;
  if (p0 > 0) foundStart.set(last!.foundStart.subarray(0, p0));
  for (let pi = 0; pi < p0; pi++) locals[pi] = last!.locals[pi]!;
  if (p0 > 0) count = last!.foundStart[p0]!;
  for (let pi = p0; pi < n; pi++) {
    foundStart[pi] = count;
    const p = doc.paragraphs[pi]!;
    if (!ordered) {
      for (const raw of scanExpressions(text, p.span.start, p.span.end)) {
        const sentence = sentenceOf(raw.start);
        const s = sentences[sentence];
        const tense = s ? tenseAt(text, s.span.start, s.span.end, raw.start, raw.end) : undefined;
        add(raw, raw.start, raw.end, text.slice(raw.start, raw.end), tense, sentence, count++);
      }
      continue;
    }
    const kept = reuse ? (pi < reuse.kept ? pi : pi >= reuse.moved ? pi - reuse.paragraphShift : -1) : -1;
    const local = kept >= 0 ? last!.locals[kept]! : paragraphLocal(text, p, sentences);
    locals[pi] = local;
    count += local.length;
    if (kept < 0 || needAll) {
      // A paragraph before the edit whose expressions all lie in its own sentences: the previous run's, at the same places.
      if (reuse && pi < reuse.kept && last!.dateds && (local.length === 0 || local[local.length - 1]!.sentence >= 0)) {
        const from = foundStart[pi]!;
        for (let k = 0; k < local.length; k++) {
          raws[from + k] = local[k]!.raw;
          dateds[from + k] = last!.dateds[from + k]!;
        }
        continue;
      }
      // A paragraph after others left out: its sentence look-ups start at its own first sentence (the answers are the same).
      if (reuse) si = Math.max(0, sentencesBefore(doc, pi) - 1);
      expressionsOf(pi);
    }
  }
  foundStart[n] = count;
  // Only the document date reads them all (without a reference date, it reads none: they stay sparse).
  if (needAll) {
    raws.length = count;
    dateds.length = count;
  }

  const documentDate = inferDocumentDate(doc, needAll ? dateds : [], inputs);
  const ref = documentDate ? referenceDay(documentDate) : undefined;
  // The previous run's mentions hold for the same document date.
  const sameDate = reuse && (documentDate ? last!.from === documentDate.from && last!.to === documentDate.to : last!.from === undefined);

  // The quarter state before each paragraph: the previous run's list while each is the same (as
  // after an edit that changes no quarter), a copy of it from the first that differs.
  const lastQ = last && last.quarterIn.length === n + 1 ? last.quarterIn : undefined;
  let quarterIn: (Quarter | undefined)[] | undefined = lastQ ? undefined : new Array<Quarter | undefined>(n + 1);
  const setQuarterIn = (pi: number, q: Quarter | undefined): void => {
    if (quarterIn === undefined) {
      if (lastQ![pi] === q) return;
      quarterIn = lastQ!.slice();
    }
    quarterIn[pi] = q;
  };
  let quarter: Quarter | undefined;
  // (The paragraph a dateline may open: the first that is no heading.)
  let firstParagraph = 0;
  while (firstParagraph < n && doc.paragraphs[firstParagraph]!.kind !== "paragraph") firstParagraph++;
  const k0 = sameDate ? reuse!.kept : 0;
  // Made at about its size: a copy of the previous mentions, overwritten from `nd` on, then cut to length.
  const dates: DateMention[] = sameDate ? last!.dates.slice() : [];
  let nd = k0 > 0 ? last!.foundStart[k0]! : 0;
  const mention = (raw: RawExpression, dated: DatedExpression): DateMention => {
    const r = raw.resolve({ ref, tense: dated.tense, quarter });
    // A quarter's value ("2025-Q3") is seven characters long with a "Q" at 5: most values are not looked at further.
    const q = r.value.length === 7 && r.value.charCodeAt(5) === 81 ? /^(\d{4})-Q(\d)$/.exec(r.value) : null;
    if (q && /\b(?:first|second|third|fourth|final|1st|2nd|3rd|4th)\b/i.test(dated.text) && !/year-|year['’]s|last year|a year/i.test(dated.text)) quarter = { year: Number(q[1]), q: Number(q[2]) };
    const relation = documentDate ? relationTo(r.value, documentDate) : undefined;
    // Built field by field in this order (no object spread per field: a thousand dates a document).
    const span = { start: dated.start, end: dated.end };
    const m: Building<DateMention> = r.mod
      ? { span, text: dated.text, type: r.type, value: r.value, mod: r.mod, sentence: dated.sentence }
      : { span, text: dated.text, type: r.type, value: r.value, sentence: dated.sentence };
    if (relation) m.relation = relation;
    if (raw.written) m.written = raw.written;
    if (dated.tense) m.tense = dated.tense;
    if (raw.invalid) m.invalid = raw.invalid;
    return m;
  };
  // The same expressions after the same ones: the same mentions, and the same quarter after them.
  let m0 = 0;
  if (k0 > 0) {
    for (; m0 < k0; m0++) setQuarterIn(m0, last!.quarterIn[m0]);
    quarter = last!.quarterIn[k0];
  }
  for (let pi = m0; pi < n; pi++) {
    setQuarterIn(pi, quarter);
    const a = foundStart[pi]!;
    const b = foundStart[pi + 1]!;
    if (a === b) continue;
    if (sameDate) {
      if (pi < reuse!.kept) {
        // The same expressions after the same ones: the same mentions, and the same quarter after them.
        for (let k = a; k < b; k++) dates[nd++] = last!.dates[k]!;
        quarter = last!.quarterIn[pi + 1];
        continue;
      }
      const q = pi - reuse!.paragraphShift;
      if (pi >= reuse!.moved && sameQuarter(quarter, last!.quarterIn[q])) {
        const from = last!.foundStart[q]!;
        for (let k = 0; k < b - a; k++) dates[nd++] = movedMention(last!.dates[from + k]!, reuse!);
        quarter = last!.quarterIn[q + 1];
        continue;
      }
    }
    if (dateds[a] === undefined) {
      si = Math.max(0, sentencesBefore(doc, pi) - 1);
      expressionsOf(pi);
    }
    // "in 1977 … In July of that year": the last year written before in the paragraph.
    // ("opens on Sept. 3, 2026 and closes on Sept. 24": a day with no year after one with its year,
    // in one sentence, is in that year, or the next across a new year.)
    let year: number | undefined;
    let yearMonth: number | undefined;
    let yearSentence = -1;
    // ("arrested on Monday, March 3. He was charged two days later": counted from the day before it,
    // in its sentence or the one before, not from the article's date.)
    let lastDay: DateMention | undefined;
    for (let k = a; k < b; k++) {
      const raw = raws[k]!;
      let m = mention(raw, dateds[k]!);
      const w = raw.written;
      if (lastDay !== undefined && m.type === "DATE" && m.sentence - lastDay.sentence <= 1 && !THAN_AFTER.test(text.slice(m.span.end, m.span.end + 8))) m = countedFrom(m, lastDay, documentDate);
      if (year !== undefined && w?.year === undefined && m.type === "DATE" && THAT_YEAR.test(text.slice(m.span.end, m.span.end + 20))) m = inYear(m, year, documentDate);
      else if (year !== undefined && w?.year === undefined && w?.month !== undefined && w.day !== undefined && w.weekday === undefined && m.type === "DATE" && m.sentence === yearSentence && yearMonth !== undefined) {
        const y = w.month >= yearMonth ? year : yearMonth >= 10 && w.month <= 3 ? year + 1 : undefined;
        if (y !== undefined && !m.value.startsWith(String(y))) m = inYear(m, y, documentDate);
      }
      // (Not the dateline's: "CUPERTINO, Calif., Jan. 30, 2026 — Apple's quarter, which ended Dec. 27,"
      // is the December before.)
      if (w?.year !== undefined && !raw.invalid && !(k === a && pi === firstParagraph && datelineDate(text, doc.paragraphs[pi]!.span, m.span))) {
        year = w.year;
        yearMonth = w.month;
        yearSentence = m.sentence;
      }
      if (m.type === "DATE" && FULL_DAY.test(m.value) && w?.day !== undefined) lastDay = m;
      dates[nd++] = m;
    }
  }
  setQuarterIn(n, quarter);
  if (dates.length > nd) dates.length = nd;
  if (session && ordered) {
    RUNS.set(doc, { knowledge: inputs.knowledge, referenceDate: inputs.referenceDate, locals, foundStart, dates, quarterIn: quarterIn ?? lastQ!, from: documentDate?.from, to: documentDate?.to, dateds: needAll ? dateds : undefined });
    if (edit) RUNS.delete(edit.previous);
  }
  return { documentDate, dates };
}

interface Quarter {
  readonly year: number;
  readonly q: number;
}

/** Is `date` the date of a wire or press dateline at the start of `para` ("CUPERTINO, Calif., Jan. 30, 2026 —")? */
function datelineDate(text: string, para: Span, date: Span): boolean {
  return datelineDateStarts(text.slice(para.start, Math.min(para.end, para.start + 80))).includes(date.start - para.start) && DATELINE_END.test(text.slice(date.end, date.end + 50));
}

/** After a date: "(July) of that year", "(March) that year". */
const THAT_YEAR = /^\s+(?:of\s+)?that\s+year\b/;

/** A day's value: "2025-03-03". */
const FULL_DAY = /^\d{4}-\d\d-\d\d$/;
/** "three days later than planned": a difference, not a date counted from another. */
const THAN_AFTER = /^\s+than\b/u;
/** "two days later", "three weeks earlier", "a day later": a count of days or weeks from another date. */
const DAYS_FROM = /^(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week)s?)\s+(later|earlier)$/iu;

/** `m` counted from `from` when it is "N days later" or "earlier" (a day's value). */
function countedFrom(m: DateMention, from: DateMention, doc: DocumentDate | null): DateMention {
  const r = DAYS_FROM.exec(m.text);
  if (!r) return m;
  const n = r[1] === "a" || r[1] === "an" ? 1 : parseCardinal(r[1]!);
  if (n === undefined) return m;
  const days = n * (r[2]!.toLowerCase() === "week" ? 7 : 1) * (r[3]!.toLowerCase() === "later" ? 1 : -1);
  const value = addDays(from.value, days);
  const out: Building<DateMention> = { ...m, value };
  const relation = doc ? relationTo(value, doc) : undefined;
  if (relation) out.relation = relation;
  else delete out.relation;
  return out;
}

/** `m` with its value's year (written or not) replaced by `year`. */
function inYear(m: DateMention, year: number, doc: DocumentDate | null): DateMention {
  const y = /^(?:\d{4}|XXXX)(?=-|$)/.exec(m.value);
  if (!y) return m;
  const value = String(year) + m.value.slice(4);
  const relation = doc ? relationTo(value, doc) : undefined;
  // The year is the text's, as if written: the rule reads a weekday against it.
  const out: Building<DateMention> = m.written ? { ...m, value, written: { ...m.written, year } } : { ...m, value };
  if (relation) out.relation = relation;
  else delete out.relation;
  return out;
}

const sameQuarter = (a: Quarter | undefined, b: Quarter | undefined): boolean => a === b || (!!a && !!b && a.year === b.year && a.q === b.q);

/** What a run of `analyzeDates` in an incremental session keeps for the next one, by document. */
interface DatesRun {
  readonly knowledge: KnowledgeBase;
  readonly referenceDate: string | undefined;
  /** Per paragraph, its expressions (offsets relative to it). */
  readonly locals: readonly (readonly LocalExpression[])[];
  readonly foundStart: Int32Array;
  readonly dates: readonly DateMention[];
  /** The quarter state before each paragraph's mentions (and after the last). */
  readonly quarterIn: readonly (Quarter | undefined)[];
  /** The document date's window (undefined: none). */
  readonly from: string | undefined;
  readonly to: string | undefined;
  /** The expressions with their sentence and tense, when the document date read them all (no reference date). */
  readonly dateds: readonly DatedExpression[] | undefined;
}

const RUNS = new WeakMap<SeedDocument, DatesRun>();

/** The mention moved, built field by field in the order `analyzeDates` builds them. */
function movedMention(m: DateMention, e: DocumentEdit): DateMention {
  const span = { start: m.span.start + e.shift, end: m.span.end + e.shift };
  const sentence = m.sentence + e.sentenceShift;
  const out: Building<DateMention> =
    m.mod !== undefined ? { span, text: m.text, type: m.type, value: m.value, mod: m.mod, sentence } : { span, text: m.text, type: m.type, value: m.value, sentence };
  if (m.relation !== undefined) out.relation = m.relation;
  if (m.written !== undefined) out.written = m.written;
  if (m.tense !== undefined) out.tense = m.tense;
  if (m.invalid !== undefined) out.invalid = m.invalid;
  return out;
}

/**
 * `sentencesInParagraphs(doc)` when the previous document had them so: the paragraphs the edit
 * kept or moved keep them so, and only those between and the boundaries are checked.
 */
function orderedAfterEdit(doc: SeedDocument, e: DocumentEdit): boolean {
  if (!RUNS.has(e.previous)) return false;
  const ss = doc.sentences;
  const from = Math.max(0, sentencesBefore(doc, e.kept) - 1);
  const to = Math.min(ss.length, sentencesBefore(doc, e.moved) + 1);
  for (let i = from; i < to; i++) {
    if (ss[i]!.span.end < ss[i]!.span.start || (i > 0 && ss[i]!.span.start < ss[i - 1]!.span.end)) return false;
  }
  for (let k = e.kept; k < e.moved; k++) {
    const p = doc.paragraphs[k]!;
    const first = p.sentences[0];
    for (let j = 0; j < p.sentences.length; j++) {
      const s = ss[p.sentences[j]!];
      if (!s || p.sentences[j] !== first! + j || s.span.start < p.span.start || s.span.end > p.span.end) return false;
    }
  }
  return true;
}

/** An object being filled in before it is handed out read-only. */
type Building<T> = { -readonly [K in keyof T]: T[K] };

/** A temporal expression of one paragraph, offsets relative to the paragraph's start. */
interface LocalExpression {
  /** Its offsets are relative too; only its other fields are read. */
  readonly raw: RawExpression;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The index among the paragraph's sentences of the first one ending after its start; -1 when none does. */
  readonly sentence: number;
  /** The tense of that sentence's clause at the expression. */
  readonly tense: Tense | undefined;
}

/**
 * Are the sentences in text order, and each paragraph's sentences consecutive and inside it? (parseDocument
 * makes them so.) Then an expression's sentence and tense can be found within its paragraph.
 */
function sentencesInParagraphs(doc: SeedDocument): boolean {
  const ss = doc.sentences;
  for (let i = 0; i < ss.length; i++) {
    if (ss[i]!.span.end < ss[i]!.span.start || (i > 0 && ss[i]!.span.start < ss[i - 1]!.span.end)) return false;
  }
  for (const p of doc.paragraphs) {
    const first = p.sentences[0];
    for (let k = 0; k < p.sentences.length; k++) {
      const s = ss[p.sentences[k]!];
      if (!s || p.sentences[k] !== first! + k || s.span.start < p.span.start || s.span.end > p.span.end) return false;
    }
  }
  return true;
}

/**
 * The expressions of one paragraph with their sentence and tense: work that depends only on the
 * paragraph's text and where its sentences end, cached under both while the editor re-analyses
 * (see memo.ts).
 */
function paragraphLocal(text: string, p: Paragraph, sentences: readonly Sentence[]): readonly LocalExpression[] {
  const base = p.span.start;
  const bounds: number[] = [];
  for (const i of p.sentences) bounds.push(sentences[i]!.span.start - base, sentences[i]!.span.end - base);
  const ptext = pieceOf(text, base, p.span.end);
  // Keyed by the text alone (the editor's paragraph strings, hashed once): a paragraph's sentence
  // bounds follow from its text, and are checked.
  const hit = memo("dates/paragraph", ptext, () => ({ bounds, local: scanParagraph(ptext, bounds) }));
  return sameItems(hit.bounds, bounds) ? hit.local : scanParagraph(ptext, bounds);
}


function scanParagraph(ptext: string, bounds: readonly number[]): LocalExpression[] {
  const out: LocalExpression[] = [];
  const n = bounds.length / 2;
  let j = 0;
  // Expressions come in text order, so the sentence index only moves forward.
  for (const raw of scanExpressions(ptext, 0, ptext.length)) {
    while (j < n && bounds[2 * j + 1]! <= raw.start) j++;
    const sentence = j < n ? j : -1;
    const tense = sentence >= 0 ? tenseAt(ptext, bounds[2 * j]!, bounds[2 * j + 1]!, raw.start, raw.end) : undefined;
    out.push({ raw, start: raw.start, end: raw.end, text: ptext.slice(raw.start, raw.end), sentence, tense });
  }
  return out;
}

/** The day relative expressions are resolved against: the window's start, or its end when the start is open. */
export function referenceDay(d: DocumentDate): string | undefined {
  if (d.from !== OPEN_START) return d.from;
  if (d.to !== OPEN_END) return d.to;
  return undefined;
}

/** Is a DATE value (YYYY, YYYY-MM, YYYY-MM-DD…) entirely before, after or overlapping the window? */
export function relationTo(value: string, d: DocumentDate): "past" | "present" | "future" | undefined {
  const p = periodOf(value);
  if (!p) return undefined;
  if (p[1] < d.from) return "past";
  if (p[0] > d.to) return "future";
  return "present";
}

/** The first and last day of the calendar period a value names, by value: most values recur. Bounded, then started afresh. */
const periodOf = cachedByString((value: string): readonly [string, string] | null => {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  return !m || /^\d{4}-(?:Q|W|H|SP|SU|FA)/.test(value) ? null : [periodStart(m[0]), periodEnd(m[0])];
}, 4096);
