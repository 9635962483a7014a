import { promises as fs } from "node:fs";
import * as path from "node:path";
import { KnowledgeBase, parseKnowledgeText, type KnowledgeFile } from "../core/knowledge";
import { findUp } from "./config";

/** Where a workspace keeps its own knowledge, relative to the workspace folder. */
export const WORKSPACE_KNOWLEDGE = path.join(".byline", "knowledge.json");

export interface LoadedKnowledge {
  /** The bundled knowledge extended by the workspace file; absent when there is no usable file. */
  readonly knowledge?: KnowledgeBase;
  /** The workspace file's valid content, as plain data (it crosses to worker threads). */
  readonly files?: readonly KnowledgeFile[];
  readonly file?: string;
  /** `file:line:column: field: message` — errors make `byline check` exit 2. */
  readonly errors: readonly string[];
  /** Duplicates and the like: shown, but Byline proceeds as normal. */
  readonly warnings: readonly string[];
}

/**
 * Finds `.byline/knowledge.json` in `start` or the nearest folder above it and reads it. Never
 * throws: problems come back as messages, and whatever entries are valid are used (with the
 * bundled data when the file cannot be used at all).
 */
export async function loadKnowledge(start: string, shownFrom: string = start): Promise<LoadedKnowledge> {
  const file = await findUp(start, WORKSPACE_KNOWLEDGE);
  if (!file) return { errors: [], warnings: [] };
  const shown = path.relative(shownFrom, file).split(path.sep).join("/") || file;
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (e) {
    return { file, errors: [`${shown}: cannot read the knowledge file: ${(e as Error).message}; using the bundled knowledge only`], warnings: [] };
  }
  const parsed = parseKnowledgeText(text);
  const say = (p: (typeof parsed.problems)[number]) => `${shown}:${p.line}:${p.column}: ${p.field}: ${p.message}`;
  const errors = parsed.problems.filter((p) => p.severity === "error").map(say);
  const warnings = parsed.problems.filter((p) => p.severity === "warning").map(say);
  if (!parsed.file) {
    return { file, errors: [...errors, `${shown}: not used; Byline goes on with its bundled knowledge`], warnings };
  }
  if (errors.length > 0) errors.push(`${shown}: entries with errors are left out; the others are used`);
  return { knowledge: KnowledgeBase.bundled().extend([parsed.file]), files: [parsed.file], file, errors, warnings };
}
