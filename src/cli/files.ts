import { promises as fs, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { decodeArticleBytes } from "../core/decode";

export const ARTICLE_EXTENSIONS = [".txt", ".md"];
const SKIP_DIRS = new Set(["node_modules", ".git", ".hg", ".svn", "dist", "out", ".byline"]);
/** A folder's own documentation is not an article: skipped when walking (still read when named). */
const FOLDER_DOCS = /^(?:readme|changelog|license|licence|contributing|code_of_conduct)(?:\.[^.]+)?$/i;

export interface InputProblem {
  readonly path: string;
  readonly message: string;
}

/** Expands the command line's paths into article files (sorted), and the paths that failed. */
export async function collectFiles(paths: readonly string[]): Promise<{ files: string[]; problems: InputProblem[] }> {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  for (const p of paths) {
    let st;
    try {
      st = await fs.stat(p);
    } catch (e) {
      problems.push({ path: p, message: describeFsError(e, "cannot read") });
      continue;
    }
    if (st.isDirectory()) await walk(p, files, problems);
    else files.push(p);
  }
  return { files: [...new Set(files)], problems };
}

async function walk(dir: string, out: string[], problems: InputProblem[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ path: dir, message: describeFsError(e, "cannot list folder") });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const ent of entries) {
    const full = path.join(dir, ent.name);
    if (ent.isDirectory()) {
      if (!SKIP_DIRS.has(ent.name) && !ent.name.startsWith(".")) await walk(full, out, problems);
    } else if (isArticleName(ent.name) && (ent.isFile() || (ent.isSymbolicLink() && (await isFile(full))))) {
      out.push(full);
    }
  }
}

/** Whether a file name is an article's: a .txt or .md file that is not a folder's own documentation (README …). */
export function isArticleName(name: string): boolean {
  return ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase()) && !FOLDER_DOCS.test(name);
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isFile();
  } catch {
    return false;
  }
}

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

/** Reads an article as UTF-8, refusing binary files and files over `maxBytes`, with a reason. */
export async function readArticle(file: string, maxBytes: number): Promise<ReadResult> {
  return readArticleSync(file, maxBytes);
}

/**
 * `readArticle`, blocking: the CLI reads one file after another (on each worker thread), and a
 * blocking read of a small file costs a small fraction of an awaited one.
 */
export function readArticleSync(file: string, maxBytes: number): ReadResult {
  let buf: Buffer;
  try {
    const st = statSync(file);
    if (!st.isFile()) return { ok: false, message: "not a regular file" };
    if (st.size > maxBytes) {
      return { ok: false, message: `file is ${formatBytes(st.size)}, over the ${formatBytes(maxBytes)} limit (maxFileSize); not analysed` };
    }
    buf = readFileSync(file);
  } catch (e) {
    return { ok: false, message: describeFsError(e, "cannot read") };
  }
  return decodeArticle(buf);
}

/** UTF-8 text, BOM kept as U+FEFF so offsets match what editors show; binary data refused (the editor's decoding too). */
export const decodeArticle: (bytes: Uint8Array) => ReadResult = decodeArticleBytes;

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

function describeFsError(e: unknown, what: string): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a folder";
  return `${what}: ${(e as Error)?.message ?? String(e)}`;
}

/**
 * Why a report must not be written to `out` (an absolute path), if it must not: it is one of the
 * articles read (the same file by any path), or an annotations or config file (`*.byline.json`) —
 * either would be lost under the report.
 */
export function outputClash(out: string, inputs: readonly string[]): string | undefined {
  if (path.basename(out).toLowerCase().endsWith(".byline.json")) return "it is an annotations or config file (*.byline.json)";
  const same = (a: string, b: string): boolean => {
    if (path.resolve(a) === path.resolve(b)) return true;
    try {
      const sa = statSync(a);
      const sb = statSync(b);
      return sa.ino === sb.ino && sa.dev === sb.dev;
    } catch {
      return false;
    }
  };
  // (The output rarely exists yet: then no article can be it.)
  try {
    if (statSync(out, { throwIfNoEntry: false }) === undefined) return undefined;
  } catch {
    return undefined; // (unreachable: writing it will say why)
  }
  return inputs.some((f) => same(f, out)) ? "it is one of the articles read" : undefined;
}
