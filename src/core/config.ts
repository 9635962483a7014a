import * as z from "./zod";
import { isValidIsoDate } from "./parse/calendar";

export const severitySchema = z.enum(["error", "warning", "information", "hint"]);
export const ruleLevelSchema = z.enum(["off", "error", "warning", "information", "hint"]);
/** A real calendar day written YYYY-MM-DD ("2025-02-30" and "0000-00-00" are none). */
export const isoDateSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date, YYYY-MM-DD"),
  z.refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || isValidIsoDate(s), "no such day in the calendar"),
);

/**
 * The one schema for Byline's settings: `.byline.json` in a workspace, the `byline.*` VS Code
 * settings (same keys) and the CLI's options all pass through it.
 */
export const configSchema = z.strictObject({
  rules: z.described(
    z._default(z.record(z.string(), ruleLevelSchema), {}),
    "Severity per rule id, or \"off\". Example: { \"unsourced-figure\": \"warning\" }.",
  ),
  referenceDate: z.described(
    z.optional(isoDateSchema),
    "The date the articles were written, when Byline should not infer it (YYYY-MM-DD).",
  ),
  include: z.described(
    z._default(z.array(z.string()), ["**/seeds/**/*.{txt,md}", "**/*.seed.{txt,md}"]),
    "Globs of the files Byline analyses.",
  ),
  exclude: z.described(z._default(z.array(z.string()), ["**/node_modules/**"]), "Globs of files Byline never analyses."),
  maxFileSize: z.described(
    z._default(z.number().check(z.int(), z.positive()), 2 * 1024 * 1024),
    "Files larger than this many bytes are not analysed (you are told when that happens).",
  ),
  annotationsFolder: z.described(
    z._default(z.string(), ""),
    "Where annotations files live: empty for beside each article (NAME.txt.byline.json), or a folder (relative to the workspace) that holds them under the articles' relative paths.",
  ),
  debounceMs: z.described(
    z._default(z.number().check(z.int(), z.gte(0), z.lte(5000)), 200),
    "How long to wait after typing stops before re-analysing, in milliseconds.",
  ),
});

export type BylineConfig = z.output<typeof configSchema>;
export type BylineConfigInput = z.input<typeof configSchema>;

export const defaultConfig: BylineConfig = configSchema.parse({});

export interface ConfigProblem {
  readonly path: string;
  readonly message: string;
}

/** Validates a parsed config object; returns the config (defaults where invalid) and problems. */
export function parseConfig(input: unknown): { config: BylineConfig; problems: ConfigProblem[] } {
  const r = configSchema.safeParse(input ?? {});
  if (r.success) return { config: r.data, problems: [] };
  const problems = r.error.issues.map((i) => ({ path: i.path.join(".") || "(root)", message: i.message }));
  // Keep what is valid: drop the offending top-level keys and parse again.
  // The keys to drop: the top-level key of each issue, and the keys an "unrecognized keys" issue names.
  const bad = new Set(
    r.error.issues.flatMap((i) =>
      i.code === "unrecognized_keys" && i.path.length === 0 ? i.keys : [String(i.path[0] ?? "")],
    ),
  );
  // A bad level drops that rule's entry only: the other rules' settings still hold.
  const badRules = new Set(r.error.issues.filter((i) => i.path[0] === "rules" && i.path.length === 2).map((i) => String(i.path[1])));
  const rulesOnly = r.error.issues.every((i) => i.path[0] !== "rules" || i.path.length === 2);
  if (rulesOnly) bad.delete("rules");
  const kept: Record<string, unknown> = {};
  if (input && typeof input === "object" && !Array.isArray(input)) {
    for (const [k, v] of Object.entries(input as Record<string, unknown>)) {
      if (bad.has(k)) continue;
      kept[k] = k === "rules" && badRules.size > 0 && v && typeof v === "object" ? Object.fromEntries(Object.entries(v).filter(([id]) => !badRules.has(id))) : v;
    }
  }
  const again = configSchema.safeParse(kept);
  return { config: again.success ? again.data : defaultConfig, problems };
}
