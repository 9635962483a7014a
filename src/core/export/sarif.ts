import type * as Sarif from "sarif";
import type { Analysis } from "../analyze";
import { fixesOf, type Severity } from "../model/finding";
import type { Span } from "../model/span";
import { rules } from "../rules";
import { editorPosition } from "./report";

export const DOCS_BASE = "https://github.com/byline-dev/byline/blob/main/docs/rules/";
export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
/** The uriBaseId that relative artifact locations are resolved against (the repository root). */
export const SRCROOT = "%SRCROOT%";

const LEVEL: Record<Severity, Sarif.Result.level> = {
  error: "error",
  warning: "warning",
  information: "note",
  hint: "note",
};

export interface SarifInput {
  /** Path relative to the repository root, with forward slashes (backslashes are turned into slashes). */
  readonly path: string;
  readonly analysis: Analysis;
}

/** A file the run could not analyse; reported as a tool execution notification. */
export interface SarifProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * A SARIF 2.1.0 log of the findings, for GitHub code scanning and other SARIF viewers.
 * Columns are UTF-16 code units (`columnKind`), 1-based, as SARIF counts them; artifact
 * locations are relative to `%SRCROOT%` unless the path is absolute.
 */
export function toSarif(inputs: readonly SarifInput[], version: string, problems: readonly SarifProblem[] = []): Sarif.Log {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results: Sarif.Result[] = [];
  const artifacts: Sarif.Artifact[] = [];
  for (const { path, analysis: a } of inputs) {
    const artifactIndex = artifacts.length;
    const where = (): Sarif.ArtifactLocation => ({ ...artifactLocation(path), index: artifactIndex });
    artifacts.push({ location: artifactLocation(path), roles: ["analysisTarget"] });
    const region = (s: Span, withSnippet: boolean): Sarif.Region => {
      const start = editorPosition(a, s.start);
      const end = editorPosition(a, s.end);
      return {
        startLine: start.line + 1,
        startColumn: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        ...(withSnippet ? { snippet: { text: a.text.slice(s.start, s.end) } } : {}),
      };
    };
    // Findings of one rule on the same text are told apart by their occurrence number.
    const seen = new Map<string, number>();
    for (const f of a.findings) {
      const fixes: Sarif.Fix[] = fixesOf(f)
        .filter((x) => x.kind === "edit" && x.edits && x.edits.length > 0)
        .map((x) => ({
          description: { text: x.title },
          artifactChanges: [
            {
              artifactLocation: where(),
              replacements: (x.edits ?? []).map((ed) => ({
                deletedRegion: region(ed.span, false),
                insertedContent: { text: ed.newText },
              })),
            },
          ],
        }));
      const idx = ruleIndex.get(f.ruleId);
      const snippet = a.text.slice(f.span.start, f.span.end);
      const key = `${f.ruleId}\u0000${f.code}\u0000${snippet}`;
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      results.push({
        ruleId: f.ruleId,
        ...(idx !== undefined ? { ruleIndex: idx } : {}),
        level: LEVEL[f.severity],
        kind: "fail",
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: where(), region: region(f.span, true) } }],
        partialFingerprints: { "bylineFinding/v1": fingerprint(f.ruleId, f.code, snippet, String(occurrence)) },
        ...(fixes.length ? { fixes } : {}),
        ...(f.related.length
          ? {
              relatedLocations: f.related.map((rel, i) => ({
                id: i + 1,
                message: { text: rel.message },
                physicalLocation: { artifactLocation: where(), region: region(rel.span, false) },
              })),
            }
          : {}),
        properties: { code: f.code, severity: f.severity },
      });
    }
  }
  return {
    version: "2.1.0",
    $schema: SARIF_SCHEMA_URI,
    runs: [
      {
        tool: {
          driver: {
            name: "Byline",
            informationUri: "https://github.com/byline-dev/byline",
            semanticVersion: version,
            version,
            rules: rules.map((r) => {
              const helpUri = `${DOCS_BASE}${r.id}.md`;
              return {
                id: r.id,
                name: r.id.replace(/(^|-)(\w)/g, (_m, _d: string, c: string) => c.toUpperCase()),
                shortDescription: { text: r.description },
                fullDescription: { text: r.description },
                helpUri,
                help: { text: `${r.description} See ${helpUri}`, markdown: `${r.description} [Read more](${helpUri}).` },
                defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
                properties: { tags: ["fact-checking", "byline"], precision: "medium", "problem.severity": problemSeverity(r.defaultSeverity) },
              };
            }),
          },
        },
        invocations: [
          {
            // (Not when some files could not be read: their results are missing.)
            executionSuccessful: problems.length === 0,
            ...(problems.length
              ? {
                  toolExecutionNotifications: problems.map((p) => ({
                    level: "error" as const,
                    message: { text: `${p.path}: ${p.message}` },
                    locations: [{ physicalLocation: { artifactLocation: artifactLocation(p.path) } }],
                  })),
                }
              : {}),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { description: { text: "The folder byline was run from (the repository root in CI)." } } },
        artifacts,
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
}

function problemSeverity(s: Severity): "error" | "warning" | "recommendation" {
  return s === "error" ? "error" : s === "warning" ? "warning" : "recommendation";
}

/**
 * A location for a path as the CLI shows it: relative paths become URI references relative
 * to %SRCROOT% (forward slashes, each segment percent-encoded); absolute ones become file: URIs.
 */
export function artifactLocation(path: string): Sarif.ArtifactLocation {
  const p = path.replace(/\\/g, "/");
  const drive = /^([A-Za-z]):\//.exec(p);
  if (drive) return { uri: `file:///${drive[1]}:/${encodePath(p.slice(3))}` };
  if (p.startsWith("/")) return { uri: `file://${encodePath(p)}` };
  return { uri: encodePath(p.replace(/^(?:\.\/)+/, "")), uriBaseId: SRCROOT };
}

function encodePath(p: string): string {
  return p
    .split("/")
    .map((seg) => encodeURIComponent(seg).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join("/");
}

/** A stable, short fingerprint (FNV-1a) so code scanning follows a finding across runs. */
function fingerprint(...parts: string[]): string {
  let h = 0x811c9dc5;
  for (const ch of parts.join("\u0000")) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
