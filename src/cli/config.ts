import { promises as fs } from "node:fs";
import * as path from "node:path";
import { parseConfig, type BylineConfig, defaultConfig } from "../core/config";
import type { AnnotationsLocation } from "../core/annotations/schema";
import { rules } from "../core/rules";
import { parseJson } from "../core/json-positions";

export interface LoadedConfig {
  readonly config: BylineConfig;
  readonly file?: string;
  readonly problems: readonly string[];
}

/** Finds `.byline.json` in `start` or a parent folder and validates it; problems are messages, never crashes. */
export async function loadConfig(start: string, explicit?: string): Promise<LoadedConfig> {
  const file = explicit ?? (await findUp(start, ".byline.json"));
  if (!file) return { config: defaultConfig, problems: [] };
  let raw: string;
  try {
    raw = await fs.readFile(file, "utf8");
  } catch (e) {
    return { config: defaultConfig, file, problems: [`${file}: cannot read config: ${(e as Error).message}`] };
  }
  // (Read with positions: a syntax error is said at its line and column, as in the other files.)
  const parsed = parseJson(raw);
  const syntax = parsed.syntax[0];
  if (syntax || !parsed.root) {
    const where = syntax ? `:${syntax.line}:${syntax.column}` : "";
    return { config: defaultConfig, file, problems: [`${file}${where}: not valid JSON${syntax ? `: ${syntax.message}` : ""}; using the defaults`] };
  }
  const { config, problems } = parseConfig(parsed.value);
  const messages = problems.map((p) => `${file}: ${p.path}: ${p.message}; that setting is ignored`);
  // A rule id that names no rule (a typo) is said, not silently ignored.
  for (const id of Object.keys(config.rules)) if (!rules.some((r) => r.id === id)) messages.push(`${file}: rules.${id}: no rule '${id}' (see 'byline rules'); that setting is ignored`);
  return { config, file, problems: messages };
}

export async function findUp(dir: string, name: string): Promise<string | undefined> {
  let d = path.resolve(dir);
  for (;;) {
    const f = path.join(d, name);
    try {
      if ((await fs.stat(f)).isFile()) return f;
    } catch {
      /* not here */
    }
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/** Where the annotations files are, by the config's `annotationsFolder` (relative to the config file's folder, else to `cwd`). */
export function annotationsLocationOf(loaded: LoadedConfig, cwd: string): AnnotationsLocation | undefined {
  const folder = loaded.config.annotationsFolder;
  if (folder.trim() === "") return undefined;
  return { root: loaded.file ? path.dirname(loaded.file) : path.resolve(cwd), folder };
}
