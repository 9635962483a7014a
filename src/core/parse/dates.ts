import type { SeedDocument } from "../model/document";
import type { DateMention, DocumentDate } from "../model/date";
import { OPEN_END, OPEN_START } from "../model/date";
import type { KnowledgeBase } from "../knowledge";
import { scanExpressions, type RawExpression } from "./dates/expressions";
import { tenseAt } from "./dates/tense";
import { inferDocumentDate, type DatedExpression } from "./dates/document-date";
import { periodEnd, periodStart } from "./calendar";

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
  let si = 0;
  for (const p of doc.paragraphs) {
    for (const raw of scanExpressions(text, p.span.start, p.span.end)) {
      while (si < doc.sentences.length - 1 && doc.sentences[si]!.span.end <= raw.start) si++;
      const s = doc.sentences[si];
      const tense = s ? tenseAt(text, s.span.start, s.span.end, raw.start, raw.end) : undefined;
      found.push({
        raw,
        dated: {
          start: raw.start,
          end: raw.end,
          text: text.slice(raw.start, raw.end),
          ...(raw.written ? { written: raw.written } : {}),
          ...(raw.invalid ? { invalid: raw.invalid } : {}),
          tense,
          sentence: si,
        },
      });
    }
  }

  const documentDate = inferDocumentDate(doc, found.map((f) => f.dated), inputs);
  const ref = documentDate ? referenceDay(documentDate) : undefined;

  let quarter: { year: number; q: number } | undefined;
  const dates: DateMention[] = found.map(({ raw, dated }) => {
    const r = raw.resolve({ ref, tense: dated.tense, quarter });
    const q = /^(\d{4})-Q(\d)$/.exec(r.value);
    if (q && /\b(?:first|second|third|fourth|final|1st|2nd|3rd|4th)\b/i.test(dated.text) && !/year-|year['’]s|last year|a year/i.test(dated.text)) quarter = { year: Number(q[1]), q: Number(q[2]) };
    const relation = documentDate ? relationTo(r.value, documentDate) : undefined;
    return {
      span: { start: raw.start, end: raw.end },
      text: dated.text,
      type: r.type,
      value: r.value,
      ...(r.mod ? { mod: r.mod } : {}),
      sentence: dated.sentence,
      ...(relation ? { relation } : {}),
      ...(raw.written ? { written: raw.written } : {}),
      ...(dated.tense ? { tense: dated.tense } : {}),
      ...(raw.invalid ? { invalid: raw.invalid } : {}),
    };
  });
  return { documentDate, dates };
}

/** The day relative expressions are resolved against: the window's start, or its end when the start is open. */
export function referenceDay(d: DocumentDate): string | undefined {
  if (d.from !== OPEN_START) return d.from;
  if (d.to !== OPEN_END) return d.to;
  return undefined;
}

/** Is a DATE value (YYYY, YYYY-MM, YYYY-MM-DD…) entirely before, after or overlapping the window? */
export function relationTo(value: string, d: DocumentDate): "past" | "present" | "future" | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m || /^\d{4}-(?:Q|W|H|SP|SU|FA|WI)/.test(value)) return undefined;
  const v = m[0];
  const a = periodStart(v);
  const b = periodEnd(v);
  if (b < d.from) return "past";
  if (a > d.to) return "future";
  return "present";
}
