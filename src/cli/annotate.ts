import { promises as fs, readFileSync, statSync } from "node:fs";
import { annotationsLocationOf, loadConfig } from "./config";
import * as path from "node:path";
import { analyze, type Analysis } from "../core/analyze";
import {
  addAnnotation,
  annotationLabel,
  annotationsPathFor,
  type AnnotationsLocation,
  createAnnotation,
  emptyAnnotationsFile,
  formatProblem,
  parseAnnotationsText,
  decodeAnnotations,
  realPartialDate,
  removeAnnotation,
  serializeAnnotations,
  VERDICTS,
  type Annotation,
  type AnnotationDraft,
  type AnnotationsFile,
  type AnnotationsProblem,
} from "../core/annotations";
import { isoDateSchema } from "../core/config";
import type { Span } from "../core/model/span";
import { readArticle } from "./files";
import { commandArgs, usage, type CliIO } from "./io";

export const ANNOTATE_USAGE = `Usage: byline annotate FILE --at LINE:COL[-LINE:COL] WHAT
       byline annotate FILE --document-date YYYY-MM-DD
       byline annotate FILE --list | --remove ID

Adds an annotation to FILE's annotations file (FILE.byline.json, beside it).
--at takes 1-based line and column; the end column is the one after the last character
(LINE:COL-COL stays on one line). A single position takes the figure, quote, date or word there.

WHAT is one of:
  --source NAME [--url URL] [--source-date DATE]   where the figure or quote comes from
  --note TEXT                                      a note
  --verdict verified|disputed|false [--text TEXT]  a fact-check verdict
  --suppress RULE [--reason TEXT]                  hide that rule's findings here
  --alias ACTOR | --not-an-actor                   correct the actor list
Other options: --author NAME.`;

/** What reading a seed's annotations file gave: the file (empty when absent) or its problems. */
export type LoadedAnnotations =
  | { readonly ok: true; readonly path: string; readonly exists: boolean; readonly file: AnnotationsFile }
  | { readonly ok: false; readonly path: string; readonly problems: readonly AnnotationsProblem[]; readonly message?: string };

/** Reads the annotations file of `seed` (beside it, or under the configured annotations folder). A missing file is an empty one; nothing throws. */
export async function loadAnnotations(seed: string, location?: AnnotationsLocation): Promise<LoadedAnnotations> {
  return loadAnnotationsSync(seed, location);
}

/** `loadAnnotations`, blocking (see `readArticleSync`). */
export function loadAnnotationsSync(seed: string, location?: AnnotationsLocation): LoadedAnnotations {
  const file = annotationsPathFor(seed, location);
  let text: string;
  try {
    // Most articles have no annotations file: ask without an exception (making one costs more than the read).
    if (statSync(file, { throwIfNoEntry: false }) === undefined) return { ok: true, path: file, exists: false, file: emptyAnnotationsFile() };
    text = decodeAnnotations(readFileSync(file));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { ok: true, path: file, exists: false, file: emptyAnnotationsFile() };
    return { ok: false, path: file, problems: [], message: `cannot read: ${(e as Error).message}` };
  }
  const parsed = parseAnnotationsText(text);
  return parsed.ok ? { ok: true, path: file, exists: true, file: parsed.file } : { ok: false, path: file, problems: parsed.problems };
}

/** Lines for stderr about an unreadable or malformed annotations file. */
export function describeLoadFailure(shown: string, l: Extract<LoadedAnnotations, { ok: false }>): string[] {
  if (l.message) return [`byline: ${shown}: ${l.message}`];
  return [
    `byline: ${shown} is not a valid annotations file; its annotations are not applied and it will not be overwritten until it is fixed:`,
    ...l.problems.map((p) => `  ${formatProblem(shown, p)}`),
  ];
}

/**
 * Replaces `file` atomically: the data goes to a temporary file in the same folder, which is then
 * renamed over it, so a reader (an editor, git) never sees half a file.
 */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    await fs.writeFile(tmp, data, { encoding: "utf8", flag: "wx" });
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/**
 * Writes the annotations file for a seed, refusing when the file on disk has become malformed
 * since (a hand edit in progress is never overwritten). Returns the problems when it refused.
 */
export async function saveAnnotations(annotationsPath: string, file: AnnotationsFile): Promise<readonly AnnotationsProblem[] | undefined> {
  let disk: string | undefined;
  try {
    disk = decodeAnnotations(await fs.readFile(annotationsPath));
  } catch {
    disk = undefined;
  }
  if (disk !== undefined) {
    const p = parseAnnotationsText(disk);
    if (!p.ok) return p.problems;
  }
  await fs.mkdir(path.dirname(annotationsPath), { recursive: true }); // an annotations folder may not exist yet
  await writeFileAtomic(annotationsPath, serializeAnnotations(file));
  return undefined;
}

/** `byline annotate …`; returns the exit code. */
export async function annotateCommand(args: readonly string[], io: CliIO, now: () => string = () => new Date().toISOString()): Promise<number> {
  const parsed = commandArgs(io, "annotate", ANNOTATE_USAGE, args, {
    at: { type: "string" },
    source: { type: "string" },
    url: { type: "string" },
    "source-date": { type: "string" },
    note: { type: "string" },
    verdict: { type: "string" },
    text: { type: "string" },
    suppress: { type: "string" },
    reason: { type: "string" },
    alias: { type: "string" },
    "not-an-actor": { type: "boolean" },
    "document-date": { type: "string" },
    author: { type: "string" },
    list: { type: "boolean" },
    remove: { type: "string" },
  });
  if (typeof parsed === "number") return parsed;
  const { values: v, positionals } = parsed;
  if (positionals.length !== 1) return usage(io, "annotate", "annotate takes exactly one FILE", ANNOTATE_USAGE);
  const seed = path.resolve(io.cwd, positionals[0]!);
  const shown = display(io.cwd, seed);
  const config = await loadConfig(io.cwd);
  const read = await readArticle(seed, config.config.maxFileSize);
  if (!read.ok) {
    io.err(`byline: ${shown}: ${read.message}`);
    return 2;
  }
  const text = read.text;
  const loaded = await loadAnnotations(seed, annotationsLocationOf(config, io.cwd));
  const annShown = display(io.cwd, loaded.path);
  if (!loaded.ok) {
    for (const line of describeLoadFailure(annShown, loaded)) io.err(line);
    return 2;
  }

  if (v.list) {
    const a = analyze(text, { annotations: loaded.file.annotations, fileName: shown });
    for (const x of a.annotations.anchored) io.out(`${describeAt(a, x.span, x.method === "document")}  ${x.annotation.id}  ${annotationLabel(x.annotation)}`);
    for (const o of a.annotations.orphans) io.out(`ORPHAN  ${o.annotation.id}  ${annotationLabel(o.annotation)}  (was on "${o.oldText}")`);
    if (loaded.file.annotations.length === 0) io.out(`${shown}: no annotations`);
    return 0;
  }
  if (v.remove !== undefined) {
    if (!loaded.file.annotations.some((a) => a.id === v.remove)) {
      io.err(`byline: ${annShown}: no annotation with id '${v.remove}'`);
      return 2;
    }
    return save(io, loaded.path, annShown, removeAnnotation(loaded.file, v.remove), `Removed ${v.remove}`);
  }

  const draft = draftFrom(v);
  if (typeof draft === "string") return usage(io, "annotate", draft, ANNOTATE_USAGE);
  let span: Span | undefined;
  if (v.at !== undefined) {
    const s = resolveAt(text, v.at, loaded.file.annotations);
    if (typeof s === "string") return usage(io, "annotate", s, ANNOTATE_USAGE);
    span = s;
  } else if (draft.kind !== "document-date") {
    return usage(io, "annotate", `--at LINE:COL is needed for a ${draft.kind} annotation`, ANNOTATE_USAGE);
  }
  const annotation = createAnnotation(draft, text, span, now());
  const a = analyze(text, {});
  const where = span ? `${describeAt(a, span, false)} "${text.slice(span.start, span.end).replace(/\s+/g, " ")}"` : "the document";
  return save(io, loaded.path, annShown, addAnnotation(loaded.file, annotation), `Added ${draft.kind} annotation ${annotation.id} on ${where}`);
}

async function save(io: CliIO, file: string, shown: string, data: AnnotationsFile, message: string): Promise<number> {
  const refused = await saveAnnotations(file, data);
  if (refused) {
    for (const line of describeLoadFailure(shown, { ok: false, path: file, problems: refused })) io.err(line);
    return 2;
  }
  io.out(`${message} (${shown})`);
  return 0;
}

type Values = Record<string, string | boolean | undefined>;

function draftFrom(v: Values): AnnotationDraft | string {
  const str = (k: string): string | undefined => (typeof v[k] === "string" ? (v[k] as string) : undefined);
  const author = str("author");
  const by = author ? { author } : {};
  const kinds = ["source", "note", "verdict", "suppress", "alias", "not-an-actor", "document-date"].filter((k) => v[k] !== undefined);
  if (kinds.length === 0) return "say what to record: --source, --note, --verdict, --suppress, --alias, --not-an-actor or --document-date";
  if (kinds.length > 1) return `one annotation at a time: got ${kinds.map((k) => "--" + k).join(", ")}`;
  const misplaced = (allowed: string[]): string | undefined => {
    const extras = ["url", "source-date", "text", "reason"].filter((k) => v[k] !== undefined && !allowed.includes(k));
    return extras.length ? `--${extras[0]} does not go with --${kinds[0]}` : undefined;
  };
  switch (kinds[0]) {
    case "source": {
      const bad = misplaced(["url", "source-date"]);
      if (bad) return bad;
      const url = str("url");
      if (url !== undefined && !/^https?:\/\/\S+$/i.test(url)) return `--url must be a web address such as https://…, not '${url}'`;
      const date = str("source-date");
      if (date !== undefined && !(/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date) && realPartialDate(date))) return `--source-date must be a real YYYY, YYYY-MM or YYYY-MM-DD, not '${date}'`;
      if (!str("source")) return "--source needs a name";
      return { kind: "source", source: str("source")!, ...(url ? { url } : {}), ...(date ? { date } : {}), ...by };
    }
    case "note":
      if (misplaced([])) return misplaced([])!;
      if (!str("note")) return "--note needs text";
      return { kind: "note", text: str("note")!, ...by };
    case "verdict": {
      if (misplaced(["text"])) return misplaced(["text"])!;
      const verdict = str("verdict");
      if (!(VERDICTS as readonly (string | undefined)[]).includes(verdict)) return `--verdict must be ${VERDICTS.join(", ")}, not '${verdict}'`;
      const t = str("text");
      return { kind: "verdict", verdict: verdict as (typeof VERDICTS)[number], ...(t !== undefined ? { text: t } : {}), ...by };
    }
    case "suppress": {
      if (misplaced(["reason"])) return misplaced(["reason"])!;
      const ruleId = str("suppress") ?? "";
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(ruleId)) return `--suppress takes a rule id such as unsourced-figure, not '${ruleId}'`;
      const reason = str("reason");
      return { kind: "suppress", ruleId, ...(reason !== undefined ? { reason } : {}), ...by };
    }
    case "alias":
      if (misplaced([])) return misplaced([])!;
      if (!str("alias")) return "--alias needs the actor's name or id";
      return { kind: "actor", alias: str("alias")!, ...by };
    case "not-an-actor":
      if (misplaced([])) return misplaced([])!;
      return { kind: "actor", notAnActor: true, ...by };
    default: {
      if (misplaced([])) return misplaced([])!;
      const date = str("document-date") ?? "";
      if (!isoDateSchema.safeParse(date).success) return `--document-date must be YYYY-MM-DD, not '${date}'`;
      return { kind: "document-date", date, ...by };
    }
  }
}

const AT = /^(\d+):(\d+)(?:-(?:(\d+):)?(\d+))?$/;

/** `LINE:COL[-[LINE:]COL]` (1-based) → a span; a single position takes the thing there. */
export function resolveAt(text: string, at: string, annotations: readonly Annotation[] = []): Span | string {
  const m = AT.exec(at.trim());
  if (!m) return `--at takes LINE:COL or LINE:COL-LINE:COL (1-based), not '${at}'`;
  // (Lines and columns count from 1: a 0 is a mistake, not the first.)
  if ([m[1], m[2], m[3], m[4]].some((x) => x !== undefined && Number(x) === 0)) return `--at ${at}: lines and columns count from 1`;
  const a = analyze(text, { annotations });
  const line = Number(m[1]) - 1;
  const col = Number(m[2]) - 1;
  if (line >= a.lines.lineCount) return `--at ${at}: the file has ${a.lines.lineCount} lines`;
  const start = wholeCharacter(text, a.lines.offsetAt({ line, character: col }), -1);
  if (m[4] !== undefined) {
    const endLine = m[3] !== undefined ? Number(m[3]) - 1 : line;
    // (A range's ends never split a character written with two code units, an emoji's.)
    const end = wholeCharacter(text, a.lines.offsetAt({ line: endLine, character: Number(m[4]) - 1 }), 1);
    if (end <= start) return `--at ${at}: the end must come after the start`;
    return { start, end };
  }
  const found = thingAt(a, start);
  return found ?? `--at ${at}: there is no word there; give a range LINE:COL-LINE:COL`;
}

/** `offset`, moved by `dir` off the middle of a surrogate pair. */
function wholeCharacter(text: string, offset: number, dir: -1 | 1): number {
  const low = text.charCodeAt(offset);
  return offset > 0 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(offset - 1) >= 0xd800 && text.charCodeAt(offset - 1) <= 0xdbff ? offset + (dir < 0 ? -1 : 1) : offset;
}

/** The smallest finding, figure, quote, date or actor mention holding `offset`, else the word there. */
function thingAt(a: Analysis, offset: number): Span | undefined {
  const spans: Span[] = [
    ...a.findings.map((f) => f.span),
    ...a.figures.map((f) => f.span),
    ...a.quotes.map((q) => q.span),
    ...a.dates.map((d) => d.span),
    ...a.actors.flatMap((x) => x.mentions.map((m) => m.span)),
  ].filter((s) => s.start <= offset && offset < s.end && s.end > s.start);
  spans.sort((p, q) => p.end - p.start - (q.end - q.start));
  if (spans[0]) return spans[0];
  const isWord = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}%$€£¥'’.,-]/u.test(c);
  if (!isWord(a.text[offset])) return undefined;
  let s = offset;
  let e = offset;
  while (s > 0 && isWord(a.text[s - 1])) s--;
  while (e < a.text.length && isWord(a.text[e])) e++;
  // Trailing and leading punctuation belongs to the sentence, not the word.
  while (e > s && /[.,'’-]/.test(a.text[e - 1]!)) e--;
  while (s < e && /[.,'’-]/.test(a.text[s]!)) s++;
  return e > s ? { start: s, end: e } : undefined;
}

function describeAt(a: Analysis, s: Span, documentLevel: boolean): string {
  if (documentLevel) return "document";
  const p = a.lines.positionAt(s.start);
  const q = a.lines.positionAt(s.end);
  return p.line === q.line ? `${p.line + 1}:${p.character + 1}-${q.character + 1}` : `${p.line + 1}:${p.character + 1}-${q.line + 1}:${q.character + 1}`;
}

/** Text-report lines for annotations that no longer anchor (never dropped, so always shown). */
export function orphanLines(shown: string, a: Analysis): string[] {
  return a.annotations.orphans.map((o) => `${shown}: orphaned annotation ${o.annotation.id} (${annotationLabel(o.annotation)}): ${o.reason}`);
}

export function display(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return (rel && !rel.startsWith("..") ? rel : file).split(path.sep).join("/");
}
