import { z } from "zod";

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

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");
/** A source's date may be a day, a month or a year. */
const partialIsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD");
const timestamp = z.iso.datetime({ offset: true, message: "expected a timestamp such as 2026-01-05T10:00:00Z" });

/** W3C TextQuoteSelector: the exact text with up to 32 characters of context either side. */
export const textQuoteSchema = z
  .object({
    exact: z.string().min(1, "the quoted text must not be empty"),
    prefix: z.string().default(""),
    suffix: z.string().default(""),
  })
  .strict();

/** W3C TextPositionSelector: UTF-16 offsets into the text as last seen (BOM and CRLF included). */
export const textPositionSchema = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .strict()
  .refine((p) => p.end >= p.start, { message: "end must not be before start", path: ["end"] });

export const targetSchema = z
  .object({
    quote: textQuoteSchema,
    position: textPositionSchema,
  })
  .strict();

const common = {
  id: z.string().min(1, "an annotation needs an id"),
  created: timestamp,
  modified: timestamp,
  /** Who wrote it, when known (a name or handle). */
  author: z.string().min(1).optional(),
};

export const sourceAnnotationSchema = z
  .object({
    ...common,
    kind: z.literal("source"),
    /** Where the annotated figure or quote comes from: "IMF World Economic Outlook, October 2025". */
    source: z.string().min(1, "a source annotation needs the source's name"),
    url: z.url({ protocol: /^https?$/, message: "expected a web address such as https://…" }).optional(),
    date: partialIsoDate.optional(),
    target: targetSchema,
  })
  .strict();

export const noteAnnotationSchema = z
  .object({ ...common, kind: z.literal("note"), text: z.string().min(1, "a note needs text"), target: targetSchema })
  .strict();

export const VERDICTS = ["verified", "disputed", "false"] as const;
export const verdictSchema = z.enum(VERDICTS);

export const verdictAnnotationSchema = z
  .object({ ...common, kind: z.literal("verdict"), verdict: verdictSchema, text: z.string().optional(), target: targetSchema })
  .strict();

export const suppressAnnotationSchema = z
  .object({
    ...common,
    kind: z.literal("suppress"),
    /** The rule whose findings overlapping the target are hidden (`unsourced-figure`). */
    ruleId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a rule id such as unsourced-figure"),
    reason: z.string().optional(),
    target: targetSchema,
  })
  .strict();

export const actorAnnotationSchema = z
  .object({
    ...common,
    kind: z.literal("actor"),
    /** The target mentions this actor (its id or name): merges the two. */
    alias: z.string().min(1).optional(),
    /** The target is not an actor at all. */
    notAnActor: z.literal(true).optional(),
    target: targetSchema,
  })
  .strict()
  .refine((a) => (a.alias !== undefined) !== (a.notAnActor === true), {
    message: "an actor annotation needs either alias or notAnActor: true (not both)",
    path: ["alias"],
  });

export const documentDateAnnotationSchema = z
  .object({
    ...common,
    kind: z.literal("document-date"),
    date: isoDate,
    /** Optional: the text that shows the date (a dateline). */
    target: targetSchema.optional(),
  })
  .strict();

export const annotationSchema = z.discriminatedUnion("kind", [
  sourceAnnotationSchema,
  noteAnnotationSchema,
  verdictAnnotationSchema,
  suppressAnnotationSchema,
  actorAnnotationSchema,
  documentDateAnnotationSchema,
]);

export const annotationsFileSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(ANNOTATIONS_FILE_VERSION, { message: `expected version ${ANNOTATIONS_FILE_VERSION}` }),
    annotations: z.array(annotationSchema),
  })
  .strict()
  .superRefine((f, ctx) => {
    const seen = new Map<string, number>();
    f.annotations.forEach((a, i) => {
      const first = seen.get(a.id);
      if (first !== undefined) {
        ctx.addIssue({ code: "custom", message: `duplicate id '${a.id}' (also annotation ${first})`, path: ["annotations", i, "id"] });
      } else seen.set(a.id, i);
    });
  });

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
  sourceAnnotationSchema.omit(draftOmit),
  noteAnnotationSchema.omit(draftOmit),
  verdictAnnotationSchema.omit(draftOmit),
  suppressAnnotationSchema.omit(draftOmit),
  z
    .object({ kind: z.literal("actor"), author: z.string().min(1).optional(), alias: z.string().min(1).optional(), notAnActor: z.literal(true).optional() })
    .strict(),
  documentDateAnnotationSchema.omit(draftOmit),
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
