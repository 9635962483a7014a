import { parseArgs } from "node:util";
import * as v8 from "node:v8";
import * as path from "node:path";
import { toReport, type ReportFile } from "../core/export/report";
import { rules } from "../core/rules";
import { ruleLevelSchema, isoDateSchema } from "../core/config";
import type { RuleLevel } from "../core/model/finding";
import { isValidIsoDate, localDay } from "../core/parse/calendar";
import { collectFiles, outputClash } from "./files";
import { annotationsLocationOf, loadConfig } from "./config";
import { summaryLine } from "./format";
import { scanFiles, sarifLog, type ScanSettings } from "./scan";
import { loadKnowledge } from "./knowledge";
import pkg from "../../package.json";
import { annotateCommand } from "./annotate";
import { exportCommand, importCommand } from "./exchange";
import type { CliIO } from "./io";

const USAGE = `Usage: byline <command> [options]

Commands:
  check [options] PATH...   Analyse articles (*.txt, *.md; folders are walked) and report findings.
  rules                     List the rules with their default severity.
  annotate FILE --at L:C …  Record a source, note, verdict or suppression (see 'byline annotate -h').
  export --format webannotation PATH...  Annotations and findings as W3C Web Annotation JSON-LD.
  import FILE.jsonld        Read a Web Annotation collection back into the annotations files.

Options for check:
  --format text|json|sarif  Output format (default: text).
  --reference-date DATE     The date the articles were written (YYYY-MM-DD); otherwise inferred.
  --today DATE              The day of reading (default: today): a year an article leaves open
                            is taken to be the latest up to it.
  --rule ID=LEVEL           Set a rule to off|error|warning|information|hint (repeatable).
  --config FILE             Use this config file instead of the nearest .byline.json.
  -o, --output FILE         Write the report to FILE instead of standard output.
  --threads N               Worker threads for many files (default: one per core; 0: none).
  --stats                   Print the time taken and the peak memory to standard error.
  -h, --help                Show this help.
  -v, --version             Show the version.

Exit codes: 0 no error findings, 1 error findings, 2 bad usage or unreadable input.`;

export class UsageError extends Error {}

export type { CliIO };

/** Runs the CLI; returns the exit code. Never calls process.exit, so tests can drive it. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "check":
        return await check(rest, io);
      case "annotate":
        return await annotateCommand(rest, io);
      case "export":
        return await exportCommand(rest, io);
      case "import":
        return await importCommand(rest, io);
      case "rules":
        for (const r of rules) io.out(`${r.id.padEnd(22)} ${r.defaultSeverity.padEnd(12)} ${r.description}`);
        return 0;
      case "-v":
      case "--version":
        io.out(pkg.version);
        return 0;
      case undefined:
      case "-h":
      case "--help":
      case "help":
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.err(`byline: ${(e as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

async function check(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: "string", default: "text" },
      "reference-date": { type: "string" },
      today: { type: "string" },
      rule: { type: "string", multiple: true, default: [] },
      config: { type: "string" },
      output: { type: "string", short: "o" },
      help: { type: "boolean", short: "h" },
      threads: { type: "string" },
      stats: { type: "boolean" },
    },
  });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const format = values.format;
  if (format !== "text" && format !== "json" && format !== "sarif") {
    throw new UsageError(`--format must be text, json or sarif, not '${format}'`);
  }
  const refDate = values["reference-date"];
  if (refDate !== undefined && !(isoDateSchema.safeParse(refDate).success && isValidIsoDate(refDate))) {
    throw new UsageError(`--reference-date must be a date as YYYY-MM-DD, not '${refDate}'`);
  }
  const today = values.today ?? localDay(new Date());
  if (!(isoDateSchema.safeParse(today).success && isValidIsoDate(today))) throw new UsageError(`--today must be a date as YYYY-MM-DD, not '${today}'`);
  const ruleLevels: Record<string, RuleLevel> = {};
  for (const spec of values.rule ?? []) {
    const m = /^([\w-]+)=(\w+)$/.exec(spec);
    const level = m ? ruleLevelSchema.safeParse(m[2]) : undefined;
    if (!m || !level?.success) throw new UsageError(`--rule takes ID=off|error|warning|information|hint, not '${spec}'`);
    if (!rules.some((r) => r.id === m[1])) throw new UsageError(`--rule: no rule '${m[1]}' (see 'byline rules')`);
    ruleLevels[m[1]!] = level.data;
  }
  if (positionals.length === 0) throw new UsageError("check needs at least one file or folder");

  let status = 0;
  const unreadable: { path: string; message: string }[] = [];
  const loaded = await loadConfig(io.cwd, values.config && path.resolve(io.cwd, values.config));
  for (const p of loaded.problems) {
    io.err(`byline: ${p}`);
    status = 2;
  }
  const config = loaded.config;
  const annotationsLocation = annotationsLocationOf(loaded, io.cwd);
  const kb = await loadKnowledge(io.cwd);
  for (const w of kb.warnings) io.err(`byline: warning: ${w}`);
  for (const e of kb.errors) {
    io.err(`byline: ${e}`);
    status = 2;
  }
  const { files, problems } = await collectFiles(positionals.map((p) => path.resolve(io.cwd, p)));
  for (const p of problems) {
    io.err(`byline: ${display(io.cwd, p.path)}: ${p.message}`);
    unreadable.push({ path: display(io.cwd, p.path), message: p.message });
    status = 2;
  }
  const clash = values.output === undefined ? undefined : outputClash(path.resolve(io.cwd, values.output), files);
  if (clash) {
    io.err(`byline: will not write the report to ${values.output}: ${clash}`);
    return 2;
  }

  const options = {
    rules: { ...config.rules, ...ruleLevels },
    today,
    ...(refDate ?? config.referenceDate ? { referenceDate: (refDate ?? config.referenceDate)! } : {}),
  };
  const started = performance.now();
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 0)) throw new UsageError(`--threads takes a whole number, not '${values.threads}'`);
  const settings: ScanSettings = {
    format,
    options,
    maxFileSize: config.maxFileSize,
    version: pkg.version,
    ...(kb.files ? { knowledgeFiles: kb.files } : {}),
    ...(annotationsLocation ? { annotationsLocation } : {}),
  };
  const outcomes = await scanFiles(files.map((file) => ({ file, shown: display(io.cwd, file) })), settings, threads === undefined ? {} : { threads });
  const analysed = outcomes.filter((o) => o.ok);
  for (const o of outcomes) {
    if (o.ok) {
      // A malformed annotations file: said once per file, the article still analysed without it.
      for (const line of o.messages ?? []) io.err(line);
      if (o.messages?.length) status = 2;
      continue;
    }
    io.err(`byline: ${o.shown}: ${o.message}`);
    unreadable.push({ path: o.shown, message: o.message });
    status = 2;
  }

  const hasError = analysed.some((f) => f.counts.error > 0);
  let output: string;
  if (format === "json") {
    const report = toReport(analysed.map((f): ReportFile => f.report!), unreadable);
    output = JSON.stringify(report, null, 2);
  } else if (format === "sarif") {
    output = JSON.stringify(sarifLog(analysed, pkg.version, unreadable), null, 2);
  } else {
    const lines = analysed.flatMap((f) => f.lines!);
    const counts: Record<string, number> = { error: 0, warning: 0, information: 0, hint: 0 };
    for (const f of analysed) for (const [k, n] of Object.entries(f.counts)) counts[k] = (counts[k] ?? 0) + n;
    lines.push(summaryLine(analysed.length, counts));
    output = lines.join("\n");
  }
  if (values.output) {
    const write =
      io.writeFile ??
      (async (f: string, d: string) => {
        const fsp = await import("node:fs/promises");
        await fsp.mkdir(path.dirname(f), { recursive: true });
        await fsp.writeFile(f, d);
      });
    try {
      await write(path.resolve(io.cwd, values.output), output + "\n");
    } catch (e) {
      io.err(`byline: cannot write ${values.output}: ${(e as Error).message}`);
      return 2;
    }
  } else {
    io.out(output);
  }
  if (values.stats) {
    // Worker threads share the process, so its peak RSS counts them too.
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const mb = (process.resourceUsage().maxRSS / 1024).toFixed(0);
    io.err(`byline: stats: ${files.length} files in ${seconds} s, peak RSS ${mb} MB, ${threads ?? "auto"} threads`);
  }
  if (status === 2) return 2;
  return hasError ? 1 : 0;
}

/** Paths as the user would type them: relative to the working folder, with forward slashes. */
function display(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return (rel && !rel.startsWith("..") ? rel : file).split(path.sep).join("/");
}

/**
 * V8's optimising compiler copies a hot function's callees into it ("inlining"), by default up to
 * 920 bytes of bytecode a function. The engine's classifiers are long functions calling many
 * helpers, and compiling each of them with its callees inlined is most of a scan's warm-up: on a
 * 2-core machine the compiler threads take the time the worker threads would analyse in. A smaller
 * budget makes each optimised function cheaper to compile and no slower once compiled (`npm run
 * bench`: a scan of 10,000 files about 15% faster, the steady-state throughput unchanged). Set for
 * the `byline` program only (the flag is the process's, its worker threads' too), never for the
 * editor's process.
 */
const INLINING_BUDGET = "--max-inlined-bytecode-size-cumulative=60";

if (require.main === module) {
  v8.setFlagsFromString(INLINING_BUDGET);
  run(process.argv.slice(2), {
    out: (s) => process.stdout.write(s + "\n"),
    err: (s) => process.stderr.write(s + "\n"),
    cwd: process.cwd(),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`byline: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
