import { promises as fs } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { analyze, type AnalyzeOptions } from "../core/analyze";
import { addAnnotation, type Annotation, type AnnotationsFile } from "../core/annotations";
import { fromWebAnnotations, toWebAnnotationCollection, type ExportedFile } from "../core/export/webannotation";
import { parseJson } from "../core/json-positions";
import { localDay } from "../core/parse/calendar";
import { collectFiles, outputClash, readArticle } from "./files";
import { annotationsLocationOf, loadConfig } from "./config";
import { commandArgs, usage, type CliIO } from "./io";
import { describeLoadFailure, display, loadAnnotations, saveAnnotations, writeFileAtomic } from "./annotate";

export const EXPORT_USAGE = `Usage: byline export --format webannotation [-o FILE] PATH...

Writes a W3C Web Annotation AnnotationCollection (JSON-LD) with your annotations and Byline's
findings for the articles. Targets name each article by its path relative to the output file's
folder (or to the working folder when writing to standard output).`;

export const IMPORT_USAGE = `Usage: byline import [--base DIR] [--dry-run] FILE.jsonld

Reads a W3C Web Annotation collection (from 'byline export' or another tool) back into the
annotations files beside the articles it targets. Relative targets are resolved against the
collection's folder (or --base). Annotations with the same id are replaced unless the local one
was modified later; Byline's own findings are skipped (they are recomputed). Only articles under
the working folder or the collection's (or --base) are annotated.`;

/** `byline export --format webannotation PATH...`; returns the exit code. */
export async function exportCommand(args: readonly string[], io: CliIO, now: () => string = () => new Date().toISOString()): Promise<number> {
  const parsed = commandArgs(io, "export", EXPORT_USAGE, args, {
    format: { type: "string", default: "webannotation" },
    output: { type: "string", short: "o" },
    "reference-date": { type: "string" },
    config: { type: "string" },
  });
  if (typeof parsed === "number") return parsed;
  const { values: v, positionals } = parsed;
  if (v.format !== "webannotation") return usage(io, "export", `--format must be webannotation, not '${v.format}' (see 'byline check --format' for json and sarif)`, EXPORT_USAGE);
  if (positionals.length === 0) return usage(io, "export", "export needs at least one file or folder", EXPORT_USAGE);

  let status = 0;
  const loadedConfig = await loadConfig(io.cwd, v.config && path.resolve(io.cwd, v.config));
  for (const p of loadedConfig.problems) {
    io.err(`byline: ${p}`);
    status = 2;
  }
  const config = loadedConfig.config;
  const location = annotationsLocationOf(loadedConfig, io.cwd);
  const outFile = v.output ? path.resolve(io.cwd, v.output) : undefined;
  const base = outFile ? path.dirname(outFile) : io.cwd;
  const { files, problems } = await collectFiles(positionals.map((p) => path.resolve(io.cwd, p)));
  for (const p of problems) {
    io.err(`byline: ${display(io.cwd, p.path)}: ${p.message}`);
    status = 2;
  }
  const clash = outFile === undefined ? undefined : outputClash(outFile, files);
  if (clash) {
    io.err(`byline: will not write the annotations to ${v.output}: ${clash}`);
    return 2;
  }
  const refDate = v["reference-date"] ?? config.referenceDate;
  const exported: ExportedFile[] = [];
  for (const file of files) {
    const shown = display(io.cwd, file);
    const read = await readArticle(file, config.maxFileSize);
    if (!read.ok) {
      io.err(`byline: ${shown}: ${read.message}`);
      status = 2;
      continue;
    }
    const loaded = await loadAnnotations(file, location);
    let annotations: readonly Annotation[] = [];
    if (loaded.ok) annotations = loaded.file.annotations;
    else {
      for (const line of describeLoadFailure(display(io.cwd, loaded.path), loaded)) io.err(line);
      status = 2;
    }
    const options: AnalyzeOptions = { rules: config.rules, fileName: shown, annotations, today: localDay(new Date()), ...(refDate ? { referenceDate: refDate } : {}) };
    exported.push({ source: relativeSource(base, file), analysis: analyze(read.text, options), annotations });
  }
  const collection = toWebAnnotationCollection(exported, { generated: now() });
  const json = JSON.stringify(collection, null, 2) + "\n";
  if (outFile) {
    await writeFileAtomic(outFile, json);
    io.err(`byline: wrote ${(collection.total as number) ?? 0} annotations for ${exported.length} file${exported.length === 1 ? "" : "s"} to ${display(io.cwd, outFile)}`);
  } else io.out(json.trimEnd());
  return status;
}

/** `byline import FILE.jsonld`; returns the exit code. */
export async function importCommand(args: readonly string[], io: CliIO, now: () => string = () => new Date().toISOString()): Promise<number> {
  const parsed = commandArgs(io, "import", IMPORT_USAGE, args, { base: { type: "string" }, "dry-run": { type: "boolean" } });
  if (typeof parsed === "number") return parsed;
  const { values: v, positionals } = parsed;
  if (positionals.length !== 1) return usage(io, "import", "import takes exactly one collection file", IMPORT_USAGE);
  const input = path.resolve(io.cwd, positionals[0]!);
  const location = annotationsLocationOf(await loadConfig(io.cwd), io.cwd);
  const shownInput = display(io.cwd, input);
  let raw: string;
  try {
    raw = await fs.readFile(input, "utf8");
  } catch (e) {
    io.err(`byline: ${shownInput}: cannot read: ${(e as Error).message}`);
    return 2;
  }
  const json = parseJson(raw);
  const syntax = json.syntax[0];
  if (syntax) {
    io.err(`byline: ${shownInput}:${syntax.line}:${syntax.column}: not valid JSON: ${syntax.message}`);
    return 2;
  }
  const result = fromWebAnnotations(json.value, now());
  let status = 0;
  for (const p of result.problems) {
    io.err(`byline: ${shownInput}: ${p.index >= 0 ? `item ${p.index}: ` : ""}${p.message}; skipped`);
    if (p.index < 0) return 2;
  }
  const base = v.base ? path.resolve(io.cwd, v.base) : path.dirname(input);
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  let keptNewer = 0;
  for (const [source, annotations] of result.bySource) {
    const seed = resolveSource(base, source);
    if (!seed) {
      io.err(`byline: ${shownInput}: target '${source}' is not a local file; ${annotations.length} annotation(s) skipped`);
      status = 2;
      continue;
    }
    const shownSeed = display(io.cwd, seed);
    // A collection writes only beside articles under the working folder or its own (or --base): a
    // target such as "../../../elsewhere/x.txt" or a file: URL outside both is not its to annotate.
    const inside = (dir: string): boolean => {
      const rel = path.relative(dir, seed);
      return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
    };
    if (!inside(io.cwd) && !inside(base)) {
      io.err(`byline: ${shownSeed}: outside the working folder and the collection's (give --base to import there); ${annotations.length} annotation(s) for it skipped`);
      status = 2;
      continue;
    }
    try {
      await fs.access(seed);
    } catch {
      io.err(`byline: ${shownSeed}: no such article; ${annotations.length} annotation(s) for it skipped`);
      status = 2;
      continue;
    }
    const loaded = await loadAnnotations(seed, location);
    if (!loaded.ok) {
      for (const line of describeLoadFailure(display(io.cwd, loaded.path), loaded)) io.err(line);
      status = 2;
      continue;
    }
    let file: AnnotationsFile = loaded.file;
    const before = new Map(file.annotations.map((a) => [a.id, a] as const));
    let changed = false;
    for (const a of annotations) {
      const mine = before.get(a.id);
      const old = mine && JSON.stringify(mine);
      if (old === JSON.stringify(a)) {
        unchanged++;
        continue;
      }
      if (mine && Date.parse(mine.modified) > Date.parse(a.modified)) {
        // Edited here after the collection was made: the newer version stays.
        keptNewer++;
        continue;
      }
      if (old === undefined) added++;
      else updated++;
      changed = true;
      file = old === undefined ? addAnnotation(file, a) : { ...file, annotations: file.annotations.map((x) => (x.id === a.id ? a : x)) };
    }
    if (!changed || v["dry-run"]) continue;
    const refused = await saveAnnotations(loaded.path, file);
    if (refused) {
      for (const line of describeLoadFailure(display(io.cwd, loaded.path), { ok: false, path: loaded.path, problems: refused })) io.err(line);
      status = 2;
    }
  }
  const skipped = result.findingsSkipped ? `; ${result.findingsSkipped} Byline finding${result.findingsSkipped === 1 ? "" : "s"} skipped` : "";
  const newer = keptNewer ? `, ${keptNewer} kept (edited here since)` : "";
  io.out(`${v["dry-run"] ? "Would import" : "Imported"}: ${added} added, ${updated} updated, ${unchanged} unchanged${newer}${skipped}.`);
  if (status === 0 && result.problems.length > 0) status = 2;
  return status;
}

/** A target source for `file`: relative to `base`, forward slashes. */
function relativeSource(base: string, file: string): string {
  const rel = path.relative(base, file);
  return (rel && !path.isAbsolute(rel) ? rel : file).split(path.sep).join("/");
}

/** A target source → a local path (relative paths against `base`; file: URLs; others: none). */
function resolveSource(base: string, source: string): string | undefined {
  if (/^file:/i.test(source)) {
    try {
      return fileURLToPath(source);
    } catch {
      return undefined;
    }
  }
  if (/^[a-z][a-z0-9+.-]+:/i.test(source) && !/^[a-z]:[\\/]/i.test(source)) return undefined;
  return path.resolve(base, source);
}
