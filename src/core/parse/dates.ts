import type { SeedDocument } from "../model/document";
import type { DateMention, DocumentDate } from "../model/date";
import { OPEN_END, OPEN_START } from "../model/date";
import type { KnowledgeBase } from "../knowledge";
import { scanExpressions, type RawExpression } from "./dates/expressions";
import { tenseAt, type Tense } from "./dates/tense";
import { memo, pieceOf } from "../memo";
import type { Paragraph, Sentence } from "../model/document";
import { inferDocumentDate, type DatedExpression } from "./dates/document-date";
import { periodEnd, periodStart } from "./calendar";
import { cachedByString } from "../cache";

export interface DateInputs {
  readonly knowledge: KnowledgeBase;
  readonly referenceDate: string | undefined;
}

export { describeWindow, nthYearWindow, NTH_YEAR, NTH_YEAR_HINT } from "./dates/document-date";

/**
 * Temporal expressions and the document date. Expressions are found once per paragraph
 * (chrono-node plus news patterns), the document date is inferred from them and the knowledge
 * base, and then every expression is normalised relative to it.
 */
export function analyzeDates(doc: SeedDocument, inputs: DateInputs): { documentDate: DocumentDate | null; dates: DateMention[] } {
  const text = doc.text;
  const found: { raw: RawExpression; dated: DatedExpression }[] = [];
  const sentences = doc.sentences;
  const add = (raw: RawExpression, start: number, end: number, exprText: string, tense: Tense | undefined, sentence: number): void => {
    // Field by field in this order, as for the mentions below.
    const dated: DatedExpression = raw.written
      ? raw.invalid
        ? { start, end, text: exprText, written: raw.written, invalid: raw.invalid, tense, sentence }
        : { start, end, text: exprText, written: raw.written, tense, sentence }
      : raw.invalid
        ? { start, end, text: exprText, invalid: raw.invalid, tense, sentence }
        : { start, end, text: exprText, tense, sentence };
    found.push({ raw, dated });
  };
  // An expression's sentence is the first one ending after its start (the last one when none does).
  let si = 0;
  const sentenceOf = (start: number): number => {
    while (si < sentences.length - 1 && sentences[si]!.span.end <= start) si++;
    return si;
  };
  const ordered = sentencesInParagraphs(doc);
  for (const p of doc.paragraphs) {
    const local = ordered ? paragraphLocal(text, p, sentences) : undefined;
    if (local) {
      const base = p.span.start;
      for (const e of local) {
        // An expression after the paragraph's last sentence belongs to a later one: found as analyze() always did.
        const sentence = e.sentence >= 0 ? p.sentences[e.sentence]! : sentenceOf(base + e.start);
        if (e.sentence >= 0) si = sentence;
        const s = sentences[sentence];
        const tense = e.sentence >= 0 ? e.tense : s ? tenseAt(text, s.span.start, s.span.end, base + e.start, base + e.end) : undefined;
        add(e.raw, base + e.start, base + e.end, e.text, tense, sentence);
      }
      continue;
    }
    for (const raw of scanExpressions(text, p.span.start, p.span.end)) {
      const sentence = sentenceOf(raw.start);
      const s = sentences[sentence];
      const tense = s ? tenseAt(text, s.span.start, s.span.end, raw.start, raw.end) : undefined;
      add(raw, raw.start, raw.end, text.slice(raw.start, raw.end), tense, sentence);
    }
  }

  const documentDate = inferDocumentDate(doc, found.map((f) => f.dated), inputs);
  const ref = documentDate ? referenceDay(documentDate) : undefined;

  let quarter: { year: number; q: number } | undefined;
  const dates: DateMention[] = found.map(({ raw, dated }) => {
    const r = raw.resolve({ ref, tense: dated.tense, quarter });
    // A quarter's value ("2025-Q3") is seven characters long with a "Q" at 5: most values are not looked at further.
    const q = r.value.length === 7 && r.value.charCodeAt(5) === 81 ? /^(\d{4})-Q(\d)$/.exec(r.value) : null;
    if (q && /\b(?:first|second|third|fourth|final|1st|2nd|3rd|4th)\b/i.test(dated.text) && !/year-|year['’]s|last year|a year/i.test(dated.text)) quarter = { year: Number(q[1]), q: Number(q[2]) };
    const relation = documentDate ? relationTo(r.value, documentDate) : undefined;
    // Built field by field in this order (no object spread per field: a thousand dates a document).
    const span = { start: dated.start, end: dated.end };
    const mention: Building<DateMention> = r.mod
      ? { span, text: dated.text, type: r.type, value: r.value, mod: r.mod, sentence: dated.sentence }
      : { span, text: dated.text, type: r.type, value: r.value, sentence: dated.sentence };
    if (relation) mention.relation = relation;
    if (raw.written) mention.written = raw.written;
    if (dated.tense) mention.tense = dated.tense;
    if (raw.invalid) mention.invalid = raw.invalid;
    return mention;
  });
  return { documentDate, dates };
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
  return sameNumbers(hit.bounds, bounds) ? hit.local : scanParagraph(ptext, bounds);
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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
