import * as vscode from "vscode";
import { parseConfig, type BylineConfig } from "../core/config";

export { SETTING_KEYS } from "./settingKeys";

const reported = new Set<string>();

/**
 * Reads the `byline.*` settings for a resource and validates them with the core's zod schema.
 * Invalid values fall back to their defaults, and the user is told once per distinct problem.
 */
export function readSettings(scope?: vscode.Uri): BylineConfig {
  const c = vscode.workspace.getConfiguration("byline", scope);
  const input: Record<string, unknown> = {
    rules: c.get("rules"),
    include: c.get("include"),
    exclude: c.get("exclude"),
    maxFileSize: c.get("maxFileSize"),
    debounceMs: c.get("debounceMs"),
    annotationsFolder: c.get("annotationsFolder"),
  };
  const referenceDate = c.get<string>("referenceDate");
  if (referenceDate) input["referenceDate"] = referenceDate;
  for (const k of Object.keys(input)) if (input[k] === undefined || input[k] === null) delete input[k];
  const { config, problems } = parseConfig(input);
  for (const p of problems) {
    const msg = `Byline: setting byline.${p.path} is invalid (${p.message}); using the default.`;
    if (reported.has(msg)) continue;
    reported.add(msg);
    void vscode.window.showWarningMessage(msg);
  }
  return config;
}
