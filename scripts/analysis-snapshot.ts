// A safety net for performance work: writes the full analysis (every stage's output, the findings
// with every fix as `fixesOf` gives them, the annotations view) of many texts to one file, one line
// per text, keys sorted, so a change meant to make the analysis faster can be checked to change
// nothing:
//
//   npx tsx scripts/analysis-snapshot.ts /tmp/before.jsonl   (on the old code)
//   npx tsx scripts/analysis-snapshot.ts /tmp/after.jsonl    (on the new code)
//   npx tsx scripts/analysis-snapshot.ts --compare /tmp/before.jsonl /tmp/after.jsonl
//
// Texts: the bundled seeds, and when ../shared is there, the labelled dev articles, the MEANTIME
// texts (rebuilt as the benchmark does), the TempEval-3 training texts (with their document
// creation dates as reference dates), concatenations of them and the adversarial runs; any extra
// folder of .txt files given with --dir. Each text up to 100 KB is analysed twice: with a reference
// date, and without one (the document date inferred). A measurement tool, not a test: the tests must pass
// without ../shared.
import * as fs from "node:fs";
import * as path from "node:path";
import { analyze } from "../src/core/analyze";
import { fixesOf, type Finding } from "../src/core/model/finding";
import { adversarialBlocks, bigArticle, bundledSeeds, meantimeArticles, REPO, type Article } from "../bench/corpus";

interface Input extends Article {
  readonly referenceDate?: string;
}

const SHARED = path.resolve(REPO, "..", "shared");

function txtFiles(dir: string, prefix: string): Input[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ name: `${prefix}/${f}`, text: fs.readFileSync(path.join(dir, f), "utf8") }));
}

/** The TempEval-3 training texts without tags, with their DCTs (the same text timeml.mjs prepares). */
function timemlTexts(): Input[] {
  const out: Input[] = [];
  for (const sub of ["TimeBank", "AQUAINT"]) {
    const dir = path.join(SHARED, "corpora", "tempeval3", "train", sub);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(".tml")).sort()) {
      const xml = fs.readFileSync(path.join(dir, f), "utf8");
      const dct = /<DCT>[^]*?value="(\d{4}-\d\d-\d\d)/.exec(xml)?.[1];
      const body = /<TEXT>([^]*)<\/TEXT>/.exec(xml)?.[1] ?? "";
      const text = body
        .replace(/<[^>]*>/g, "")
        .replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'" })[e]!);
      out.push({ name: `timeml/${f}`, text, ...(dct ? { referenceDate: dct } : {}) });
    }
  }
  return out;
}

function inputs(extraDirs: readonly string[]): Input[] {
  const seeds = bundledSeeds();
  const meantime = meantimeArticles() ?? [];
  const all: Input[] = [
    ...seeds,
    ...txtFiles(path.join(SHARED, "eval", "dev"), "dev"),
    ...meantime,
    ...timemlTexts(),
    ...extraDirs.flatMap((d) => txtFiles(d, path.basename(d))),
  ];
  const sources = meantime.length ? [...meantime, ...seeds] : seeds;
  all.push({ name: "concatenated-300k", text: bigArticle(sources, 300_000) });
  adversarialBlocks(64_000).forEach((b, i) => all.push({ name: `adversarial-${i}`, text: b }));
  all.push({ name: "adversarial-all", text: adversarialBlocks(64_000).join("\n") });
  return all;
}

function canonical(value: unknown, seen = new WeakSet<object>()): unknown {
  if (value === null || typeof value !== "object") return value;
  if (seen.has(value)) return "[cycle]";
  seen.add(value);
  if (Array.isArray(value)) {
    const list = value.map((v) => canonical(v, seen));
    seen.delete(value);
    return list;
  }
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) out[k] = canonical((value as Record<string, unknown>)[k], seen);
  seen.delete(value);
  return out;
}

/** The findings with every fix as consumers read them (`fixesOf`: those made on demand too). */
function withFixes(findings: readonly Finding[]): unknown[] {
  return findings.map((f) => {
    const { attribution: _a, ...rest } = f;
    return { ...rest, fixes: fixesOf(f) };
  });
}

function snapshot(file: string, extraDirs: readonly string[]): void {
  const lines: string[] = [];
  const list = inputs(extraDirs);
  for (const input of list) {
    const a = analyze(input.text, { referenceDate: input.referenceDate ?? "2025-12-28" });
    const { text: _t, options: _o, lines: _l, knowledge: _k, ...rest } = a;
    lines.push(JSON.stringify({ name: input.name, analysis: canonical({ ...rest, findings: withFixes(rest.findings) }) }));
    // Again without a reference date: the document date is then inferred from the text.
    if (input.text.length <= 100_000) {
      const b = analyze(input.text);
      const { text: _t2, options: _o2, lines: _l2, knowledge: _k2, ...inferred } = b;
      lines.push(JSON.stringify({ name: `${input.name} (no reference date)`, analysis: canonical({ ...inferred, findings: withFixes(inferred.findings) }) }));
    }
  }
  fs.writeFileSync(file, lines.join("\n") + "\n");
  process.stderr.write(`${list.length} texts → ${file}\n`);
}

function compare(a: string, b: string): number {
  const read = (f: string): Map<string, string> =>
    new Map(
      fs
        .readFileSync(f, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => [JSON.parse(l).name as string, l]),
    );
  const before = read(a);
  const after = read(b);
  let differ = 0;
  for (const [name, line] of before) {
    const other = after.get(name);
    if (other === undefined) {
      console.log(`missing: ${name}`);
      differ++;
    } else if (other !== line) {
      differ++;
      let i = 0;
      while (i < line.length && line[i] === other[i]) i++;
      console.log(`differs: ${name}\n  before …${line.slice(Math.max(0, i - 200), i + 200)}\n  after  …${other.slice(Math.max(0, i - 200), i + 200)}`);
    }
  }
  console.log(`${before.size} texts, ${differ} differ`);
  return differ ? 1 : 0;
}

const argv = process.argv.slice(2);
if (argv[0] === "--compare" && argv.length === 3) {
  process.exitCode = compare(argv[1]!, argv[2]!);
} else if (argv.length >= 1 && !argv[0]!.startsWith("--")) {
  const extra: string[] = [];
  for (let i = 1; i < argv.length; i++) if (argv[i] === "--dir" && argv[i + 1]) extra.push(argv[++i]!);
  snapshot(argv[0]!, extra);
} else {
  process.stderr.write("usage: analysis-snapshot.ts OUT.jsonl [--dir DIR]… | --compare BEFORE.jsonl AFTER.jsonl\n");
  process.exitCode = 2;
}
