/**
 * Writes test/fixtures/<seed>.golden.json for every article in seeds/: the JSON report entry
 * Byline gives for it (document date, findings, actors with their claims, quotes, dates).
 * `npm run golden:update`, then review the diff: it is the change in Byline's behaviour.
 * test/unit/golden.test.ts compares the current output with these files.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { analyze } from "../src/core/analyze";
import { toReportFile, type ReportFile } from "../src/core/export/report";
import { decodeArticle } from "../src/cli/files";

export const ROOT = path.resolve(__dirname, "..");
export const SEEDS_DIR = path.join(ROOT, "seeds");
export const FIXTURES_DIR = path.join(ROOT, "test", "fixtures");

/** The seed articles, by file name, sorted (the folder's README is not an article). */
export function seedFiles(): string[] {
  return fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => /\.(?:txt|md)$/i.test(f) && !/^readme\./i.test(f))
    .sort();
}

export function goldenPath(seed: string): string {
  return path.join(FIXTURES_DIR, `${seed.replace(/\.[^.]+$/, "")}.golden.json`);
}

/** What the golden file holds for one seed, exactly as the CLI's JSON report gives it. */
export function goldenFor(seed: string): ReportFile {
  const read = decodeArticle(fs.readFileSync(path.join(SEEDS_DIR, seed)));
  if (!read.ok) throw new Error(`${seed}: ${read.message}`);
  const shown = `seeds/${seed}`;
  return toReportFile(shown, analyze(read.text, { fileName: shown }));
}

/** JSON with small objects and arrays (ranges, positions) kept on one line, so diffs stay readable. */
export function serialise(entry: ReportFile): string {
  return pretty(entry, "") + "\n";
}

function pretty(value: unknown, indent: string): string {
  const flat = JSON.stringify(value);
  if (value === null || typeof value !== "object" || flat.length + indent.length <= 100) return flat;
  const inner = indent + "  ";
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => inner + pretty(v, inner)).join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return "{}";
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${pretty(v, inner)}`).join(",\n")}\n${indent}}`;
}

function main(): void {
  fs.mkdirSync(FIXTURES_DIR, { recursive: true });
  const seeds = seedFiles();
  const wanted = new Set(seeds.map(goldenPath));
  let changed = 0;
  for (const seed of seeds) {
    const file = goldenPath(seed);
    const next = serialise(goldenFor(seed));
    const prev = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
    if (prev !== next) {
      fs.writeFileSync(file, next);
      changed++;
      console.log(`${prev === undefined ? "created" : "updated"} ${path.relative(ROOT, file)}`);
    }
  }
  for (const f of fs.readdirSync(FIXTURES_DIR)) {
    const full = path.join(FIXTURES_DIR, f);
    if (f.endsWith(".golden.json") && !wanted.has(full)) {
      fs.rmSync(full);
      changed++;
      console.log(`removed ${path.relative(ROOT, full)} (its seed is gone)`);
    }
  }
  console.log(`${seeds.length} seeds, ${changed} golden file${changed === 1 ? "" : "s"} changed. Review with: git diff test/fixtures`);
}

if (require.main === module) main();
