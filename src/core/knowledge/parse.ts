// Reads a workspace knowledge file (`.byline/knowledge.json`) from its text: JSON syntax errors
// and schema problems come back with the line, column and field they concern, so the editor can
// show them on that file and the CLI can print them. Pure: no file system.
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import type { z } from "zod";
import { LineIndex } from "../model/span";
import { entrySchema, knowledgeFileSchema, type Entry, type KnowledgeFile } from "./schema";

export interface KnowledgeProblem {
  /** 1-based line and column of the start of the offending text. */
  readonly line: number;
  readonly column: number;
  /** UTF-16 offset and length of the offending text (a value, a key, or the bad character). */
  readonly offset: number;
  readonly length: number;
  /** Where in the file: "entries[3].offices[0].from", or "(syntax)" / "(root)". */
  readonly field: string;
  readonly message: string;
  /** Errors drop the entry they are in; warnings (duplicates) keep it. */
  readonly severity: "error" | "warning";
}

export interface ParsedKnowledge {
  /** The file with its valid entries; absent when the text is not JSON or its top level is unusable. */
  readonly file?: KnowledgeFile;
  readonly problems: readonly KnowledgeProblem[];
}

type Path = (string | number)[];

/**
 * Parses and validates the text of a knowledge file. Entries with problems are left out of
 * `file` and reported; the rest are kept, so one typo does not lose a newsroom's whole list.
 */
export function parseKnowledgeText(text: string): ParsedKnowledge {
  const body = text.replace(/^\ufeff/, "");
  const shift = text.length - body.length;
  const lines = new LineIndex(text);
  const at = (offset: number, length: number, field: string, message: string, severity: "error" | "warning" = "error"): KnowledgeProblem => {
    const o = offset + shift;
    const { line, character } = lines.positionAt(o);
    return { line: line + 1, column: character + 1, offset: o, length, field, message, severity };
  };

  if (body.trim() === "") return { problems: [at(0, 0, "(root)", "the file is empty; expected a JSON object with an \"entries\" array")] };
  const errors: ParseError[] = [];
  const root = parseTree(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    // One message per place: a stray comma yields both "property name expected" and "value expected".
    const first = errors.filter((e, i) => errors.findIndex((x) => x.offset === e.offset) === i);
    return { problems: first.map((e) => at(e.offset, e.length, "(syntax)", syntaxMessage(e))) };
  }

  const problems: KnowledgeProblem[] = [];
  const issueAt = (basePath: Path, issue: z.core.$ZodIssue): KnowledgeProblem => {
    const path: Path = [...basePath, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
    if (issue.code === "unrecognized_keys") {
      const key = issue.keys[0] ?? "";
      const node = findNodeAtLocation(root, [...path, key])?.parent?.children?.[0];
      const where = node ?? nearest(root, path);
      const known = issue.keys.map((k) => `"${k}"`).join(", ");
      return at(where.offset, where.length, fieldName([...path, key]), `unknown field ${known}; check its spelling`);
    }
    const node = nearest(root, path);
    const exact = findNodeAtLocation(root, path) !== undefined;
    const field = fieldName(path);
    const missing = !exact && issue.code === "invalid_type" ? `missing required field "${String(path[path.length - 1])}"` : undefined;
    return at(node.offset, node.length, field, missing ?? describe(issue));
  };

  const value: unknown = getNodeValue(root);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { problems: [at(root.offset, root.length, "(root)", "expected a JSON object with an \"entries\" array")] };
  }
  const { entries, ...head } = value as Record<string, unknown>;
  const top = knowledgeFileSchema.omit({ entries: true }).safeParse(head);
  if (!top.success) problems.push(...top.error.issues.map((i) => issueAt([], i)));
  if (!Array.isArray(entries)) {
    const node = findNodeAtLocation(root, ["entries"]) ?? root;
    problems.push(at(node.offset, node.length, "entries", entries === undefined ? "missing required field \"entries\" (an array of entries)" : "\"entries\" must be an array"));
    return { problems };
  }

  const kept: Entry[] = [];
  const seen = new Map<string, number>();
  entries.forEach((raw, i) => {
    const r = entrySchema.safeParse(raw);
    if (!r.success) {
      problems.push(...r.error.issues.map((issue) => issueAt(["entries", i], issue)));
      return;
    }
    const key = `${r.data.type}:${r.data.name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const node = nearest(root, ["entries", i, "name"]);
      problems.push(at(node.offset, node.length, `entries[${i}].name`, `duplicate ${r.data.type} "${r.data.name}" (also entries[${first}]); the later one wins`, "warning"));
    } else {
      seen.set(key, i);
    }
    kept.push(r.data);
  });

  const file: KnowledgeFile = { ...(top.success ? top.data : {}), entries: kept };
  return { file, problems };
}

const ENTRY_TYPES = "\"type\" must be \"person\", \"organization\", \"country\" or \"event\"";

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_union") return ENTRY_TYPES;
  if (issue.code === "invalid_value" && issue.values.length > 0) {
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  }
  return issue.message.replace(/^Invalid input: /, "");
}

/** The node at `path`, or at the longest prefix of it that exists (a missing field points at its object). */
function nearest(root: Node, path: Path): Node {
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) return node;
  }
  return root;
}

function fieldName(path: Path): string {
  let s = "";
  for (const p of path) s += typeof p === "number" ? `[${p}]` : s === "" ? p : `.${p}`;
  return s || "(root)";
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected ':'",
  CommaExpected: "expected ',' (or a closing bracket)",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: "unexpected text after the end of the JSON value",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "unterminated comment",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unexpected end of number",
  InvalidUnicode: "invalid unicode escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "invalid character in string",
};

function syntaxMessage(e: ParseError): string {
  const code = printParseErrorCode(e.error);
  return `JSON syntax error: ${SYNTAX_MESSAGES[code] ?? code}`;
}
