import type * as z from "../zod";
import { formatPath, parseJson, type JsonPlace, type ParsedJson } from "../json-positions";
import type { Span } from "../model/span";
import { describeSpan } from "./anchoring";
import {
  ANNOTATIONS_FILE_VERSION,
  annotationDraftSchema,
  annotationSchema,
  annotationsFileSchema,
  emptyAnnotationsFile,
  type Annotation,
  type AnnotationDraft,
  type AnnotationsFile,
} from "./schema";

/**
 * The annotations file as text: parse (never throws; problems with line, column and field),
 * serialise (stable key order, so git diffs stay small), and pure edits (add, update, remove,
 * three-way merge). The editor and the CLI do the reading and (atomic) writing around these.
 */

/** Where in the file's text (1-based line and column; UTF-16 offset and length, for diagnostics) and what is wrong. */
export interface AnnotationsProblem extends JsonPlace {
  /** The field concerned: `annotations[2].target.quote.exact`, or "" for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

export type ParsedAnnotations =
  | { readonly ok: true; readonly file: AnnotationsFile; readonly problems: readonly [] }
  | { readonly ok: false; readonly problems: readonly AnnotationsProblem[] };

/** Parses an annotations file's text. Never throws; an empty file is an empty, valid file. */
export function parseAnnotationsText(text: string): ParsedAnnotations {
  if (text === NOT_UTF8) return { ok: false, problems: [{ line: 1, column: 1, offset: 0, length: 0, path: "", message: "not UTF-8 text (saved in another encoding?): save it as UTF-8 again" }] };
  if (text.trim() === "") return { ok: true, file: emptyAnnotationsFile(), problems: [] };
  const json = parseJson(text);
  // The first syntax error is the one to fix; the ones after it mostly follow from it.
  if (!json.root) return { ok: false, problems: json.syntax.slice(0, 1).map((e) => problem(e, "", `not valid JSON: ${e.message}`)) };
  const r = annotationsFileSchema.safeParse(json.value);
  if (r.success) return { ok: true, file: r.data, problems: [] };
  return { ok: false, problems: r.error.issues.map((i) => issueProblem(i, json)) };
}

/** What `decodeAnnotations` gives for bytes that are no UTF-8: no JSON text can be it (a NUL alone). */
const NOT_UTF8 = "\u0000";
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * An annotations file's bytes as text, for `parseAnnotationsText`: bytes that are no UTF-8 (a file
 * saved as Latin-1) give a text that parses as malformed — decoded loosely, its accents would be
 * lost, and written back, lost for good.
 */
export function decodeAnnotations(bytes: Uint8Array): string {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return NOT_UTF8;
  }
}

function problem(where: JsonPlace, path: string, message: string): AnnotationsProblem {
  const { line, column, offset, length } = where;
  return { line, column, offset, length, path, message };
}

function issueProblem(issue: z.core.$ZodIssue, json: ParsedJson): AnnotationsProblem {
  let path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  let message = issue.message;
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0];
    if (key !== undefined) path = [...path, key];
    message = `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `'${k}'`).join(", ")}`;
  } else if (issue.code === "invalid_union" && path[0] === "annotations" && path.length <= 3) {
    if (path.length === 2) path = [...path, "kind"];
    message = "kind must be one of source, note, verdict, suppress, actor, document-date";
  }
  // The field's node, or the nearest enclosing value that exists (a missing field); an unknown field's name.
  const where = json.locate(path, { key: issue.code === "unrecognized_keys" });
  if (issue.code === "invalid_type" && path.length > 0 && !where.exact) message = `missing field '${String(path[path.length - 1])}'`;
  return problem(where, formatPath(path), message);
}

/** `annotations[2].target.quote.exact` */
export { formatPath };

/** One line per problem: `FILE:LINE:COL: FIELD: MESSAGE`. */
export function formatProblem(file: string, p: AnnotationsProblem): string {
  return `${file}:${p.line}:${p.column}: ${p.path ? p.path + ": " : ""}${p.message}`;
}

const KEY_ORDER = [
  "id",
  "kind",
  "source",
  "url",
  "date",
  "text",
  "verdict",
  "ruleId",
  "reason",
  "alias",
  "notAnActor",
  "author",
  "target",
  "created",
  "modified",
];

/** The file's text: two-space JSON in a stable key order, with a final newline. */
export function serializeAnnotations(file: AnnotationsFile): string {
  const annotations = file.annotations.map((a) => {
    const rec = a as unknown as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of KEY_ORDER) if (rec[k] !== undefined) out[k] = rec[k];
    for (const k of Object.keys(rec)) if (!(k in out) && rec[k] !== undefined) out[k] = rec[k];
    if (a.target) {
      const t = a.target;
      out.target = {
        quote: { exact: t.quote.exact, prefix: t.quote.prefix, suffix: t.quote.suffix },
        position: { start: t.position.start, end: t.position.end },
      };
    }
    return out;
  });
  const head: Record<string, unknown> = {};
  if (file.$schema !== undefined) head.$schema = file.$schema;
  return JSON.stringify({ ...head, version: ANNOTATIONS_FILE_VERSION, annotations }, null, 2) + "\n";
}

/** A new id: a random UUID (Web Crypto is in Node ≥ 19, VS Code's extension host and browsers). */
export function newAnnotationId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  const hex = (n: number): string => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join("");
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${"89ab"[Math.floor(Math.random() * 4)]}${hex(3)}-${hex(12)}`;
}

/**
 * A new annotation of `draft`'s kind on `span` of `text` (no span: a document-level annotation,
 * allowed for `document-date` only). Throws on an invalid draft: callers build drafts from
 * validated input (a command's arguments, a Fix's data checked with `annotationDraftSchema`).
 */
export function createAnnotation(
  draft: AnnotationDraft,
  text: string,
  span: Span | undefined,
  now: string,
  id: string = newAnnotationId(),
): Annotation {
  const d = annotationDraftSchema.parse(draft);
  if (!span && d.kind !== "document-date") throw new Error(`a ${d.kind} annotation needs a span of the text`);
  if (span && span.end <= span.start) throw new Error("the annotated span is empty");
  // The whole annotation is checked, so nothing invalid ever reaches the file.
  return annotationSchema.parse({ id, ...d, ...(span ? { target: describeSpan(text, span) } : {}), created: now, modified: now });
}

export function addAnnotation(file: AnnotationsFile, a: Annotation): AnnotationsFile {
  return { ...file, annotations: [...file.annotations.filter((x) => x.id !== a.id), a] };
}

/** Replaces the kind-specific fields of one annotation (not its id, kind or target); bumps `modified`. */
export function updateAnnotation(file: AnnotationsFile, id: string, patch: Partial<AnnotationDraft>, now: string): AnnotationsFile {
  return {
    ...file,
    annotations: file.annotations.map((a) => {
      if (a.id !== id) return a;
      const { kind: _k, ...rest } = patch as Record<string, unknown>;
      const merged: Record<string, unknown> = { ...a };
      for (const [k, v] of Object.entries(rest)) {
        if (v === undefined) delete merged[k];
        else merged[k] = v;
      }
      merged.modified = now;
      return merged as unknown as Annotation;
    }),
  };
}

/** Moves an annotation to a new span (the user re-attached an orphan, say); bumps `modified`. */
export function retargetAnnotation(file: AnnotationsFile, id: string, text: string, span: Span, now: string): AnnotationsFile {
  return {
    ...file,
    annotations: file.annotations.map((a) => (a.id === id ? ({ ...a, target: describeSpan(text, span), modified: now } as Annotation) : a)),
  };
}

export function removeAnnotation(file: AnnotationsFile, id: string): AnnotationsFile {
  return { ...file, annotations: file.annotations.filter((a) => a.id !== id) };
}

/**
 * Whether the file on disk may be replaced. A malformed file is never overwritten: the user's
 * hand edits stay until they fix them. `diskText` undefined means no file yet.
 */
export function canReplace(diskText: string | undefined): { ok: true } | { ok: false; problems: readonly AnnotationsProblem[] } {
  if (diskText === undefined) return { ok: true };
  const p = parseAnnotationsText(diskText);
  return p.ok ? { ok: true } : { ok: false, problems: p.problems };
}

// ---------------------------------------------------------------------------------------------
// Three-way merge: the file changed on disk while the editor held unsaved annotation edits.

export type ConflictKind = "both-modified" | "both-added" | "deleted-on-disk" | "deleted-here";

export interface AnnotationConflict {
  readonly id: string;
  readonly kind: ConflictKind;
  /** The in-memory version (absent when deleted here). */
  readonly mine?: Annotation;
  /** The version on disk (absent when deleted on disk). */
  readonly theirs?: Annotation;
}

export interface MergeResult {
  /** Everything that merged cleanly, and for each conflict the in-memory side (or, when deleted here, the disk side): nothing is lost. */
  readonly merged: AnnotationsFile;
  readonly conflicts: readonly AnnotationConflict[];
}

/**
 * Merges the in-memory annotations (`mine`) with the file now on disk (`theirs`), both descended
 * from `base` (what was last read or written). Changes on one side only are taken; changes on both
 * sides to the same annotation are conflicts for the user to decide (`resolveConflicts`).
 */
export function mergeAnnotations(base: AnnotationsFile, mine: AnnotationsFile, theirs: AnnotationsFile): MergeResult {
  const b = byId(base);
  const m = byId(mine);
  const t = byId(theirs);
  const conflicts: AnnotationConflict[] = [];
  const out: Annotation[] = [];
  const ids = [...new Set([...theirs.annotations.map((a) => a.id), ...mine.annotations.map((a) => a.id), ...base.annotations.map((a) => a.id)])];
  for (const id of ids) {
    const B = b.get(id);
    const M = m.get(id);
    const T = t.get(id);
    if (!B) {
      if (M && T) {
        if (!same(M, T)) conflicts.push({ id, kind: "both-added", mine: M, theirs: T });
        out.push(M);
      } else out.push((M ?? T)!);
      continue;
    }
    if (M && T) {
      // Content (what the user wrote) merges three ways; the target follows the text: the
      // in-memory one wins when it moved, since the editor holds the text as it is now.
      const target = sameTarget(M, B) ? T.target : M.target;
      const withTarget = (a: Annotation): Annotation => ({ ...a, ...(target ? { target } : {}) }) as Annotation;
      if (sameContent(M, B)) out.push(withTarget(T));
      else if (sameContent(T, B) || sameContent(M, T)) out.push(withTarget(M));
      else {
        conflicts.push({ id, kind: "both-modified", mine: M, theirs: T });
        out.push(M);
      }
    } else if (M && !T) {
      // Deleted on disk: fine unless I changed what it says.
      if (!sameContent(M, B)) {
        conflicts.push({ id, kind: "deleted-on-disk", mine: M });
        out.push(M);
      }
    } else if (!M && T) {
      if (!sameContent(T, B)) {
        conflicts.push({ id, kind: "deleted-here", theirs: T });
        out.push(T);
      }
    }
  }
  return { merged: { ...theirs, annotations: out }, conflicts };
}

export type ConflictChoice = "mine" | "theirs";

/** Applies the user's choice per conflicting id (default: mine). A side that deleted it removes it. */
export function resolveConflicts(result: MergeResult, choices: Readonly<Record<string, ConflictChoice>>): AnnotationsFile {
  const byConflict = new Map(result.conflicts.map((c) => [c.id, c] as const));
  const annotations: Annotation[] = [];
  for (const a of result.merged.annotations) {
    const c = byConflict.get(a.id);
    if (!c) {
      annotations.push(a);
      continue;
    }
    const pick = (choices[a.id] ?? "mine") === "mine" ? c.mine : c.theirs;
    if (pick) annotations.push(pick);
  }
  return { ...result.merged, annotations };
}

function byId(f: AnnotationsFile): Map<string, Annotation> {
  return new Map(f.annotations.map((a) => [a.id, a] as const));
}

function same(a: Annotation, b: Annotation): boolean {
  return canonical(a) === canonical(b);
}

function sameContent(a: Annotation, b: Annotation): boolean {
  const { target: _a, ...ra } = a;
  const { target: _b, ...rb } = b;
  return canonical(ra as Annotation) === canonical(rb as Annotation);
}

function sameTarget(a: Annotation, b: Annotation): boolean {
  return JSON.stringify(a.target ?? null) === JSON.stringify(b.target ?? null);
}

function canonical(a: Annotation): string {
  return serializeAnnotations({ version: ANNOTATIONS_FILE_VERSION, annotations: [a] });
}
