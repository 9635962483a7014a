import type * as Sarif from "sarif";
import type { Analysis } from "../analyze";
import type { Severity } from "../model/finding";
import { rules } from "../rules";

export const DOCS_BASE = "https://github.com/byline-dev/byline/blob/main/docs/rules/";

const LEVEL: Record<Severity, Sarif.Result.level> = {
  error: "error",
  warning: "warning",
  information: "note",
  hint: "note",
};

export interface SarifInput {
  /** Path relative to the repository root, with forward slashes. */
  readonly path: string;
  readonly analysis: Analysis;
}

/** A SARIF 2.1.0 log of the findings, for GitHub code scanning and other SARIF viewers. */
export function toSarif(inputs: readonly SarifInput[], version: string): Sarif.Log {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results: Sarif.Result[] = [];
  for (const { path, analysis: a } of inputs) {
    for (const f of a.findings) {
      const s = a.lines.positionAt(f.span.start);
      const e = a.lines.positionAt(f.span.end);
      const region: Sarif.Region = {
        startLine: s.line + 1,
        startColumn: s.character + 1,
        endLine: e.line + 1,
        endColumn: e.character + 1,
        snippet: { text: a.text.slice(f.span.start, f.span.end) },
      };
      const location: Sarif.Location = { physicalLocation: { artifactLocation: { uri: encodeURI(path) }, region } };
      const fixes: Sarif.Fix[] = f.fixes
        .filter((x) => x.kind === "edit" && x.edits && x.edits.length > 0)
        .map((x) => ({
          description: { text: x.title },
          artifactChanges: [
            {
              artifactLocation: { uri: encodeURI(path) },
              replacements: (x.edits ?? []).map((ed) => {
                const es = a.lines.positionAt(ed.span.start);
                const ee = a.lines.positionAt(ed.span.end);
                return {
                  deletedRegion: { startLine: es.line + 1, startColumn: es.character + 1, endLine: ee.line + 1, endColumn: ee.character + 1 },
                  insertedContent: { text: ed.newText },
                };
              }),
            },
          ],
        }));
      const idx = ruleIndex.get(f.ruleId);
      results.push({
        ruleId: f.ruleId,
        ...(idx !== undefined ? { ruleIndex: idx } : {}),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [location],
        partialFingerprints: { "bylineFinding/v1": fingerprint(f.ruleId, a.text.slice(f.span.start, f.span.end), f.code) },
        ...(fixes.length ? { fixes } : {}),
        ...(f.related.length
          ? {
              relatedLocations: f.related.map((rel, i) => {
                const rs = a.lines.positionAt(rel.span.start);
                const re = a.lines.positionAt(rel.span.end);
                return {
                  id: i,
                  message: { text: rel.message },
                  physicalLocation: {
                    artifactLocation: { uri: encodeURI(path) },
                    region: { startLine: rs.line + 1, startColumn: rs.character + 1, endLine: re.line + 1, endColumn: re.character + 1 },
                  },
                };
              }),
            }
          : {}),
      });
    }
  }
  return {
    version: "2.1.0",
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    runs: [
      {
        tool: {
          driver: {
            name: "Byline",
            informationUri: "https://github.com/byline-dev/byline",
            semanticVersion: version,
            version,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)(\w)/g, (_m, _d: string, c: string) => c.toUpperCase()),
              shortDescription: { text: r.description },
              helpUri: `${DOCS_BASE}${r.id}.md`,
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
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
