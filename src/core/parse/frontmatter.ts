import { parseDocument, isMap, isScalar, isPair, type Node } from "yaml";
import * as z from "../zod";
import type { FrontMatter, FrontMatterFields, FrontMatterProblem } from "../model/document";
import type { Span } from "../model/span";
import { isValidIsoDate } from "./calendar";

/** The front matter fields Byline reads. Unknown keys are allowed and kept. */
const DATE_MESSAGE = "date must be an ISO date, YYYY-MM-DD";
/** Text fields: YAML reads `title: 1984` as a number; it is still a title. */
const textField = z.union([z.string(), z.pipe(z.number(), z.transform(String))]);

export const frontMatterSchema = z.looseObject({
  title: z.optional(textField),
  date: z.optional(
    z.pipe(
      z.string({ error: DATE_MESSAGE }).check(
        z.refine((s) => isValidIsoDate(s.slice(0, 10)) && /^\d{4}-\d{2}-\d{2}(?:$|[T ])/.test(s), {
          message: DATE_MESSAGE,
        }),
      ),
      z.transform((s: string) => s.slice(0, 10)),
    ),
  ),
  source: z.optional(textField),
  url: z.optional(z.url({ message: "url must be an absolute URL" })),
  author: z.optional(z.union([textField, z.pipe(z.array(textField), z.transform((a: string[]) => a.join(", ")))])),
});

const FENCE = /^---[ \t]*$/;
const MAX_FRONT_MATTER_CHARS = 64 * 1024;
const END_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Finds a YAML front matter block starting at `from` (after any BOM) and parses it.
 * Returns undefined when the text does not start with a `---` line, or the block is never closed.
 */
export function parseFrontMatter(text: string, from: number): FrontMatter | undefined {
  const firstEol = lineEnd(text, from);
  if (!FENCE.test(text.slice(from, firstEol))) return undefined;
  let lineStart = nextLine(text, firstEol);
  const bodyStart = lineStart;
  // Front matter is a few lines; a `---` far down is a rule in the article, not a closing fence.
  const limit = Math.min(text.length, from + MAX_FRONT_MATTER_CHARS);
  while (lineStart < limit) {
    const end = lineEnd(text, lineStart);
    if (END_FENCE.test(text.slice(lineStart, end))) {
      const body: Span = { start: bodyStart, end: lineStart };
      const blockSpan: Span = { start: from, end };
      return build(text, blockSpan, body);
    }
    lineStart = nextLine(text, end);
  }
  return undefined;
}

/** The front matter of `blockSpan`, its YAML in `body`; `useYaml` reads even simple front matter with the YAML parser (for the tests). */
export function build(text: string, blockSpan: Span, body: Span, useYaml = false): FrontMatter {
  // YAML does not take a lone CR for a line break; a LF in its place keeps every offset.
  const src = text.slice(body.start, body.end).replace(/\r(?!\n)/g, "\n");
  const problems: FrontMatterProblem[] = [];
  const valueSpans: Record<string, Span> = {};
  let raw: Record<string, unknown>;
  const simple = useYaml ? undefined : simpleFrontMatter(src);
  if (simple) {
    raw = {};
    for (const [key, value, start, end] of simple) {
      raw[key] = value;
      valueSpans[key] = { start: body.start + start, end: body.start + end };
    }
  } else raw = readYaml(src, body, blockSpan, problems, valueSpans);
  return { span: blockSpan, body, fields: validFields(raw, blockSpan, valueSpans, problems), raw, valueSpans, problems };
}

/** The fields of the YAML `src` (the front matter's `body`), with their values' spans and the problems found. */
function readYaml(src: string, body: Span, blockSpan: Span, problems: FrontMatterProblem[], valueSpans: Record<string, Span>): Record<string, unknown> {
  // ("error": no warnings on the console for keys that are lists or maps; the fields read here are plain keys.)
  const doc = parseDocument(src, { prettyErrors: false, schema: "core", logLevel: "error" });
  for (const e of doc.errors) {
    const [a, b] = e.pos;
    problems.push(notYaml(e.message, { start: body.start + a, end: body.start + Math.max(b, a + 1) }));
  }
  // Front matter the parser refused is still read line by line, the problem reported: a title with
  // a colon in it ("title: 2026 Budget: Ato Forson scraps levies") loses neither it nor the date.
  if (doc.errors.length > 0) return keyValueLines(src, body, valueSpans);
  const contents = doc.contents as Node | null;
  if (contents !== null && !isMap(contents)) {
    problems.push({ message: "Front matter must be a list of `key: value` lines.", span: blockSpan });
  } else if (contents) {
    for (const item of contents.items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      const key = String(item.key.value);
      const v = item.value as Node | null;
      if (v && v.range) valueSpans[key] = { start: body.start + v.range[0], end: body.start + v.range[1] };
    }
    try {
      return (doc.toJS() ?? {}) as Record<string, unknown>;
    } catch (e) {
      // YAML that parses but has no value: an alias of no anchor ("title: *x"), an alias bomb.
      problems.push(notYaml(e instanceof Error ? e.message : String(e), blockSpan));
    }
  }
  return {};
}

/**
 * The `key: value` lines of front matter the YAML parser refused, each value as written (quotes
 * around all of it taken off); a key's first line counts. Lines of any other shape are passed by.
 */
function keyValueLines(src: string, body: Span, valueSpans: Record<string, Span>): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  let at = 0;
  for (const line of src.split("\n")) {
    const m = /^([A-Za-z_][\w-]*):[ \t]+(\S(?:.*\S)?)[ \t\r]*$/.exec(line);
    if (m && !(m[1]! in raw) && m[1] !== "__proto__") {
      const quoted = /^(["'])(.*)\1$/.exec(m[2]!);
      const start = at + line.indexOf(m[2]!, m[1]!.length + 1);
      raw[m[1]!] = quoted ? quoted[2] : m[2];
      valueSpans[m[1]!] = { start: body.start + start, end: body.start + start + m[2]!.length };
    }
    at += line.length + 1;
  }
  return raw;
}

/** The problem of front matter the YAML parser refused, with the first line of its message. */
const notYaml = (message: string, span: Span): FrontMatterProblem => ({ message: `Front matter is not valid YAML: ${message.split("\n")[0]}`, span });

/** The fields of `raw` that the schema takes; a problem for each of the others, at its value. */
function validFields(raw: Record<string, unknown>, blockSpan: Span, valueSpans: Record<string, Span>, problems: FrontMatterProblem[]): FrontMatterFields {
  let fields: FrontMatterFields = {};
  const parsed = frontMatterSchema.safeParse(raw);
  if (parsed.success) {
    fields = stripUndefined(parsed.data);
  } else {
    // Keep the fields that are valid; report the others.
    const bad = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "");
      bad.add(field);
      const where = valueSpans[field] ?? blockSpan;
      problems.push({ message: `Front matter \`${field}\`: ${issue.message}`, span: where, field });
    }
    const good: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(raw)) if (!bad.has(k)) good[k] = v;
    const again = frontMatterSchema.safeParse(good);
    if (again.success) fields = stripUndefined(again.data);
  }
  return fields;
}

/** A key of `simpleFrontMatter`: a plain word that YAML's core schema reads as a string. */
const SIMPLE_KEY = /^[A-Za-z_][\w-]*$/;
/** Plain values the core schema reads as something other than a string (null, booleans, numbers). */
const NOT_A_STRING = /^(?:~|null|true|false|[-+]?(?:[0-9]+|\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.inf|\.nan)$/i;
/** What makes a plain value more than a string to YAML: an indicator first, a comment, a nested key, a tab or control character. */
const NOT_PLAIN = /^[-?:,[\]{}#&*!|>'"%@`]|: |:$| #|[\u0000-\u001f\u007f\ufeff]/;

/**
 * Front matter made of `key: value` lines only, each value a one-line plain string (the usual
 * title, ISO date, source, URL and author), read without the YAML parser, which takes a fifth of a
 * short article's analysis: each key with its value and where the value stands in `src`. Anything
 * else (quoting, lists, nesting, comments, numbers, booleans, a repeated key) is left to the parser:
 * undefined. The two read such front matter alike (a test compares them).
 */
export function simpleFrontMatter(src: string): [key: string, value: string, start: number, end: number][] | undefined {
  const out: [string, string, number, number][] = [];
  const seen = new Set<string>();
  let at = 0;
  while (at < src.length) {
    let eol = src.indexOf("\n", at);
    if (eol < 0) eol = src.length;
    const end = eol > at && src.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
    const line = src.slice(at, end);
    if (line.trim() !== "") {
      const colon = line.indexOf(": ");
      if (colon <= 0) return undefined;
      const key = line.slice(0, colon);
      if (!SIMPLE_KEY.test(key) || NOT_A_STRING.test(key) || seen.has(key) || key === "__proto__") return undefined;
      seen.add(key);
      let start = colon + 2;
      while (line.charCodeAt(start) === 32) start++;
      let stop = line.length;
      while (stop > start && line.charCodeAt(stop - 1) === 32) stop--;
      const value = line.slice(start, stop);
      if (value === "" || NOT_PLAIN.test(value) || NOT_A_STRING.test(value)) return undefined;
      out.push([key, value, at + start, at + stop]);
    }
    at = eol + 1;
  }
  return out;
}

function stripUndefined(o: Record<string, unknown>): FrontMatterFields {
  const out: Record<string, unknown> = {};
  for (const k of ["title", "date", "source", "url", "author"]) {
    const v = o[k];
    if (typeof v === "string") out[k] = v;
  }
  return out as FrontMatterFields;
}

function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i++;
  return i;
}

function nextLine(text: string, eol: number): number {
  if (text[eol] === "\r" && text[eol + 1] === "\n") return eol + 2;
  return eol < text.length ? eol + 1 : eol;
}
