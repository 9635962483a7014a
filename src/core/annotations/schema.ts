import * as z from "../zod";
import { isValidIsoDate } from "../parse/calendar";
import { isoDateSchema } from "../config";

/**
 * The annotations file kept beside each seed (`NAME.txt.byline.json`): the user's sources, notes,
 * verdicts, suppressions, actor corrections and document date, each anchored to the text the way
 * the W3C Web Annotation model and Hypothesis anchor them (a quote with context, plus offsets).
 */

export const ANNOTATIONS_FILE_VERSION = 1;

/** Suffix of the annotations file beside a seed: `a.txt` → `a.txt.byline.json`. */
export const ANNOTATIONS_SUFFIX = ".byline.json";

/** How many characters of context a TextQuoteSelector keeps on each side. */
export const CONTEXT_LENGTH = 32;

const isoDate = isoDateSchema;
/** A source's date may be a day, a month or a year. */
const partialIsoDate = z.string().check(
  z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD"),
  z.refine((s) => realPartialDate(s), "no such month or day in the calendar"),
);

/** "2025", "2025-03", "2025-03-31" (a month 1–12, a day of it); other shapes are the regex's to refuse. */
export function realPartialDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return true;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  return m[3] === undefined || isValidIsoDate(s);
}
const timestamp = z.iso.datetime({ offset: true, message: "expected a timestamp such as 2026-01-05T10:00:00Z" });
const nonEmpty = z.string().check(z.minLength(1));

/** W3C TextQuoteSelector: the exact text with up to 32 characters of context either side. */
export const textQuoteSchema = z.strictObject({
  exact: z.string().check(z.minLength(1, "the quoted text must not be empty")),
  prefix: z._default(z.string(), ""),
  suffix: z._default(z.string(), ""),
});

const offset = z.number().check(z.int(), z.gte(0));

/** W3C TextPositionSelector: UTF-16 offsets into the text as last seen (BOM and CRLF included). */
export const textPositionSchema = z
  .strictObject({ start: offset, end: offset })
  .check(z.refine((p) => p.end >= p.start, { message: "end must not be before start", path: ["end"] }));

export const targetSchema = z.strictObject({
  quote: textQuoteSchema,
  position: textPositionSchema,
});

const common = {
  id: z.string().check(z.minLength(1, "an annotation needs an id")),
  created: timestamp,
  modified: timestamp,
  /** Who wrote it, when known (a name or handle). */
  author: z.optional(nonEmpty),
};

export const sourceAnnotationSchema = z.strictObject({
  ...common,
  kind: z.literal("source"),
  /** Where the annotated figure or quote comes from: "IMF World Economic Outlook, October 2025". */
  source: z.string().check(z.minLength(1, "a source annotation needs the source's name")),
  url: z.optional(z.url({ protocol: /^https?$/, message: "expected a web address such as https://…" })),
  date: z.optional(partialIsoDate),
  target: targetSchema,
});

export const noteAnnotationSchema = z.strictObject({
  ...common,
  kind: z.literal("note"),
  text: z.string().check(z.minLength(1, "a note needs text")),
  target: targetSchema,
});

export const VERDICTS = ["verified", "disputed", "false"] as const;
export const verdictSchema = z.enum(VERDICTS);

export const verdictAnnotationSchema = z.strictObject({
  ...common,
  kind: z.literal("verdict"),
  verdict: verdictSchema,
  text: z.optional(z.string()),
  target: targetSchema,
});

export const suppressAnnotationSchema = z.strictObject({
  ...common,
  kind: z.literal("suppress"),
  /** The rule whose findings overlapping the target are hidden (`unsourced-figure`). */
  ruleId: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a rule id such as unsourced-figure")),
  reason: z.optional(z.string()),
  target: targetSchema,
});

export const actorAnnotationSchema = z
  .strictObject({
    ...common,
    kind: z.literal("actor"),
    /** The target mentions this actor (its id or name): merges the two. */
    alias: z.optional(nonEmpty),
    /** The target is not an actor at all. */
    notAnActor: z.optional(z.literal(true)),
    target: targetSchema,
  })
  .check(
    z.refine((a) => (a.alias !== undefined) !== (a.notAnActor === true), {
      message: "an actor annotation needs either alias or notAnActor: true (not both)",
      path: ["alias"],
    }),
  );

export const documentDateAnnotationSchema = z.strictObject({
  ...common,
  kind: z.literal("document-date"),
  date: isoDate,
  /** Optional: the text that shows the date (a dateline). */
  target: z.optional(targetSchema),
});

export const annotationSchema = z.discriminatedUnion("kind", [
  sourceAnnotationSchema,
  noteAnnotationSchema,
  verdictAnnotationSchema,
  suppressAnnotationSchema,
  actorAnnotationSchema,
  documentDateAnnotationSchema,
]);

export const annotationsFileSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    version: z.literal(ANNOTATIONS_FILE_VERSION, { message: `expected version ${ANNOTATIONS_FILE_VERSION}` }),
    annotations: z.array(annotationSchema),
  })
  .check(
    z.superRefine((f, ctx) => {
      const seen = new Map<string, number>();
      f.annotations.forEach((a, i) => {
        const first = seen.get(a.id);
        if (first !== undefined) {
          ctx.addIssue({ code: "custom", message: `duplicate id '${a.id}' (also annotation ${first})`, path: ["annotations", i, "id"] });
        } else seen.set(a.id, i);
      });
    }),
  );

export type TextQuote = z.output<typeof textQuoteSchema>;
export type TextPosition = z.output<typeof textPositionSchema>;
export type Target = z.output<typeof targetSchema>;
export type Verdict = z.output<typeof verdictSchema>;
export type SourceAnnotation = z.output<typeof sourceAnnotationSchema>;
export type NoteAnnotation = z.output<typeof noteAnnotationSchema>;
export type VerdictAnnotation = z.output<typeof verdictAnnotationSchema>;
export type SuppressAnnotation = z.output<typeof suppressAnnotationSchema>;
export type ActorAnnotation = z.output<typeof actorAnnotationSchema>;
export type DocumentDateAnnotation = z.output<typeof documentDateAnnotationSchema>;
export type Annotation = z.output<typeof annotationSchema>;
export type AnnotationKind = Annotation["kind"];
export type AnnotationsFile = z.output<typeof annotationsFileSchema>;

export const ANNOTATION_KINDS: readonly AnnotationKind[] = ["source", "note", "verdict", "suppress", "actor", "document-date"];

/**
 * What a caller supplies to create an annotation: the kind-specific fields, without id, times or
 * target. Rules put one in `Fix.data.annotation` when a quick fix records rather than edits
 * (`{ kind: "source", source: "IMF" }`, `{ kind: "suppress", ruleId: "unsourced-figure", reason: "common knowledge" }`).
 */
export type AnnotationDraft = Annotation extends infer A
  ? A extends Annotation
    ? Omit<A, "id" | "created" | "modified" | "target">
    : never
  : never;

const draftOmit = { id: true, created: true, modified: true, target: true } as const;
export const annotationDraftSchema = z.discriminatedUnion("kind", [
  z.omit(sourceAnnotationSchema, draftOmit),
  z.omit(noteAnnotationSchema, draftOmit),
  z.omit(verdictAnnotationSchema, draftOmit),
  z.omit(suppressAnnotationSchema, draftOmit),
  z.strictObject({ kind: z.literal("actor"), author: z.optional(nonEmpty), alias: z.optional(nonEmpty), notAnActor: z.optional(z.literal(true)) }),
  z.omit(documentDateAnnotationSchema, draftOmit),
]);

export function emptyAnnotationsFile(): AnnotationsFile {
  return { version: ANNOTATIONS_FILE_VERSION, annotations: [] };
}

/**
 * Where annotations files live when not beside their seeds (the `annotationsFolder` setting):
 * `folder` (absolute, or relative to `root`, the workspace or the folder of `.byline.json`) holds
 * them under the seeds' paths relative to `root`.
 */
export interface AnnotationsLocation {
  readonly root: string;
  readonly folder: string;
}

/**
 * The annotations file of a seed path: beside it (`a.txt.byline.json`), or, with a location, at
 * `<folder>/<seed path relative to root>.byline.json`. Plain string operations, for file paths
 * with either separator and for URIs; a seed outside `root` keeps its file beside it.
 */
export function annotationsPathFor(seedPath: string, location?: AnnotationsLocation): string {
  if (!location || location.folder.trim() === "") return seedPath + ANNOTATIONS_SUFFIX;
  const sep = location.root.includes("/") || !location.root.includes("\\") ? "/" : "\\";
  const root = trimSeparators(location.root);
  if (!seedPath.startsWith(root + sep)) return seedPath + ANNOTATIONS_SUFFIX;
  const rel = seedPath.slice(root.length + 1);
  const folder = trimSeparators(location.folder);
  const absolute = /^(?:[\\/]|[A-Za-z]:[\\/]|[a-z][\w+.-]*:)/.test(folder);
  const base = absolute ? folder : root + sep + folder.replace(/^\.[\\/]/, "").split(/[\\/]/).join(sep);
  return base + sep + rel + ANNOTATIONS_SUFFIX;
}

/** The path without separators at its end (by hand: an end-anchored regex is quadratic on a long run). */
function trimSeparators(p: string): string {
  let end = p.length;
  while (end > 1 && (p[end - 1] === "/" || p[end - 1] === "\\")) end--;
  return p.slice(0, end);
}

/** Is this path an annotations file (so file walkers skip it as an article)? */
export function isAnnotationsPath(p: string): boolean {
  const base = p.split(/[\\/]/).pop() ?? p;
  // `.byline.json` alone is the settings file, not an article's annotations.
  return base.length > ANNOTATIONS_SUFFIX.length && base.toLowerCase().endsWith(ANNOTATIONS_SUFFIX);
}

/** The seed an annotations file belongs to (`a.txt.byline.json` → `a.txt`), or undefined. */
export function seedPathFor(annotationsPath: string): string | undefined {
  return isAnnotationsPath(annotationsPath) ? annotationsPath.slice(0, -ANNOTATIONS_SUFFIX.length) : undefined;
}
