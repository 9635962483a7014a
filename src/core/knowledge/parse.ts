// Reads a workspace knowledge file (`.byline/knowledge.json`) from its text: JSON syntax errors
// and schema problems come back with the line, column and field they concern, so the editor can
// show them on that file and the CLI can print them. Pure: no file system.
import * as z from "../zod";
import { formatPath, parseJson, type JsonPath, type JsonPlace } from "../json-positions";
import { entrySchema, knowledgeFileSchema, type Entry, type KnowledgeFile } from "./schema";

/** Line, column, offset and length of the offending text (a value, a key, or the bad character). */
export interface KnowledgeProblem extends JsonPlace {
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

/**
 * Parses and validates the text of a knowledge file. Entries with problems are left out of
 * `file` and reported; the rest are kept, so one typo does not lose a newsroom's whole list.
 */
export function parseKnowledgeText(text: string): ParsedKnowledge {
  const json = parseJson(text);
  const at = (where: JsonPlace, field: string, message: string, severity: "error" | "warning" = "error"): KnowledgeProblem => {
    const { line, column, offset, length } = where;
    return { line, column, offset, length, field, message, severity };
  };

  if (text.trim() === "") return { problems: [at(json.place(0, 0), "(root)", "the file is empty; expected a JSON object with an \"entries\" array")] };
  if (!json.root) return { problems: json.syntax.map((e) => at(e, "(syntax)", `JSON syntax error: ${e.message}`)) };

  const problems: KnowledgeProblem[] = [];
  const issueAt = (basePath: JsonPath, issue: z.core.$ZodIssue): KnowledgeProblem => {
    const path: JsonPath = [...basePath, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
    if (issue.code === "unrecognized_keys") {
      const field = [...path, issue.keys[0] ?? ""];
      const known = issue.keys.map((k) => `"${k}"`).join(", ");
      return at(json.locate(field, { key: true }), fieldName(field), `unknown field ${known}; check its spelling`);
    }
    const where = json.locate(path);
    const missing = !where.exact && issue.code === "invalid_type" ? `missing required field "${String(path[path.length - 1])}"` : undefined;
    return at(where, fieldName(path), missing ?? describe(issue));
  };

  const value = json.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { problems: [at(json.locate([]), "(root)", "expected a JSON object with an \"entries\" array")] };
  }
  const { entries, ...head } = value as Record<string, unknown>;
  const top = z.omit(knowledgeFileSchema, { entries: true }).safeParse(head);
  if (!top.success) problems.push(...top.error.issues.map((i) => issueAt([], i)));
  if (!Array.isArray(entries)) {
    problems.push(at(json.locate(["entries"]), "entries", entries === undefined ? "missing required field \"entries\" (an array of entries)" : "\"entries\" must be an array"));
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
      problems.push(at(json.locate(["entries", i, "name"]), `entries[${i}].name`, `duplicate ${r.data.type} "${r.data.name}" (also entries[${first}]); the later one wins`, "warning"));
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

function fieldName(path: JsonPath): string {
  return formatPath(path) || "(root)";
}
