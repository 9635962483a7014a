import * as z from "../zod";
import type { Analysis } from "../analyze";
import type { LineIndex, Position, Range, Span } from "../model/span";
import { fixesOf } from "../model/finding";

const count = z.number().check(z.int(), z.gte(0));
const nonEmpty = z.string().check(z.minLength(1));
const positionSchema = z.object({ line: count, character: count });
/** 0-based line and UTF-16 character, as in VS Code; the start never comes after the end. */
export const rangeSchema = z.object({ start: positionSchema, end: positionSchema }).check(
  z.refine((r) => r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), {
    message: "range ends before it starts",
  }),
);
const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD"));

export const reportFixSchema = z.looseObject({ title: nonEmpty, replacement: z.string() });

export const reportFindingSchema = z.looseObject({
  rule: nonEmpty,
  severity: z.enum(["error", "warning", "information", "hint"]),
  message: nonEmpty,
  text: z.string(),
  range: rangeSchema,
  fixes: z.array(reportFixSchema),
});

export const reportActorSchema = z.looseObject({
  id: nonEmpty,
  name: nonEmpty,
  kind: z.enum(["person", "organization", "country", "other"]),
  mentions: z.array(rangeSchema),
});

export const reportQuoteSchema = z.looseObject({ text: z.string(), range: rangeSchema, speaker: z.nullable(nonEmpty) });

export const reportDateSchema = z.looseObject({ text: nonEmpty, range: rangeSchema, value: nonEmpty });

export const reportFileSchema = z
  .looseObject({
    path: nonEmpty,
    documentDate: z.nullable(
      z
        .looseObject({ from: isoDay, to: isoDay, basis: z.array(z.string()) })
        .check(z.refine((d) => d.from <= d.to, { message: "documentDate.from is after documentDate.to" })),
    ),
    findings: z.array(reportFindingSchema),
    actors: z.array(reportActorSchema),
    quotes: z.array(reportQuoteSchema),
    dates: z.array(reportDateSchema),
  })
  .check(
    z.superRefine((f, ctx) => {
      const ids = new Set(f.actors.map((a) => a.id));
      f.quotes.forEach((q, i) => {
        if (q.speaker !== null && !ids.has(q.speaker)) {
          ctx.addIssue({ code: "custom", path: ["quotes", i, "speaker"], message: `speaker '${q.speaker}' is not the id of an actor of this file` });
        }
      });
    }),
  );

/** The JSON report contract of ../shared/eval/GUIDE.md ("Report contract"). Extra fields are allowed. */
export const reportSchema = z.looseObject({
  version: z.literal(1),
  files: z.array(reportFileSchema),
});

export type Report = z.output<typeof reportSchema>;
export type ReportFile = z.output<typeof reportFileSchema>;

/**
 * A position as an editor shows it. Offsets count a byte order mark (it is in the text), but
 * editors hide it: on the first line, characters are counted after it.
 */
export function editorPosition(a: Pick<Analysis, "lines" | "document">, offset: number): Position {
  const p = a.lines.positionAt(offset);
  return p.line === 0 && a.document.contentStart > 0 ? { line: 0, character: Math.max(0, p.character - a.document.contentStart) } : p;
}

export function editorRange(a: Pick<Analysis, "lines" | "document">, s: Span): Range {
  return { start: editorPosition(a, s.start), end: editorPosition(a, s.end) };
}

/** One file's entry of the JSON report. */
export function toReportFile(path: string, a: Analysis): ReportFile {
  const r = (s: Span): Range => editorRange(a, s);
  const text = (s: Span): string => a.text.slice(s.start, s.end);
  const dd = a.documentDate;
  return {
    path,
    documentDate: dd ? { from: dd.from, to: dd.to, basis: dd.basis.map((b) => b.message), conflicts: dd.conflicts.map((c) => c.message) } : null,
    findings: a.findings.map((f) => ({
      rule: f.ruleId,
      code: f.code,
      severity: f.severity,
      message: f.message,
      text: text(f.span),
      range: r(f.span),
      fixes: fixesOf(f).map((x) => ({
        title: x.title,
        // The text that replaces the finding's span, when the fix is an edit of that span.
        replacement: x.edits?.find((e) => e.span.start === f.span.start && e.span.end === f.span.end)?.newText ?? x.edits?.[0]?.newText ?? "",
        kind: x.kind,
      })),
    })),
    actors: a.actors.map((act) => ({
      id: act.id,
      name: act.name,
      kind: act.kind,
      mentions: act.mentions.map((m) => r(m.span)),
      mentionTexts: act.mentions.map((m) => m.text),
      roles: act.roles,
      ...(act.offices.length > 0 ? { offices: act.offices } : {}),
      ...(act.country !== undefined ? { country: act.country } : {}),
      claims: act.claims.map((i) => claimOut(a, i, r)),
    })),
    quotes: a.quotes.map((q) => ({
      text: q.text,
      range: r(q.span),
      speaker: q.speakerId ?? null,
      ...(q.speakerText !== undefined ? { speakerText: q.speakerText } : {}),
    })),
    dates: a.dates.map((d) => ({
      text: d.text,
      range: r(d.span),
      value: d.value,
      type: d.type,
      ...(d.mod !== undefined ? { mod: d.mod } : {}),
    })),
    // Extra to the contract: annotations whose text is no longer in the article (kept in its file).
    ...(a.annotations.orphans.length > 0
      ? { orphanedAnnotations: a.annotations.orphans.map((o) => ({ id: o.annotation.id, kind: o.annotation.kind, text: o.oldText, reason: o.reason })) }
      : {}),
    // Extra to the contract: every figure Byline found, with its value and unit.
    figures: a.figures.map((f) => ({
      text: f.text,
      range: r(f.span),
      kind: f.kind,
      value: f.value,
      ...(f.unit !== undefined ? { unit: f.unit } : {}),
    })),
  };
}

function claimOut(a: Analysis, i: number, r: (s: Span) => Range): Record<string, unknown> {
  const c = a.claims[i];
  if (!c) return {};
  return {
    cue: c.cue,
    direct: c.direct,
    text: c.text,
    range: r(c.content),
    figures: c.figures.flatMap((f) => (a.figures[f] ? [a.text.slice(a.figures[f].span.start, a.figures[f].span.end)] : [])),
    dates: c.dates.flatMap((d) => (a.dates[d] ? [a.dates[d].text] : [])),
  };
}

/**
 * The report of `files`; `problems` (extra to the contract) are the paths that could not be
 * analysed and why (unreadable, binary, too large), which a report read alone would otherwise hide.
 */
export function toReport(files: readonly ReportFile[], problems: readonly { readonly path: string; readonly message: string }[] = []): Report {
  return { version: 1, files: [...files], ...(problems.length > 0 ? { problems: problems.map((p) => ({ path: p.path, message: p.message })) } : {}) };
}

export type { LineIndex };
