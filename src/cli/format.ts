import type { Analysis } from "../core/analyze";
import { editorPosition } from "../core/export/report";

/** Compiler-style lines: `file:line:col severity rule message`. */
export function formatText(path: string, a: Analysis): string[] {
  return a.findings.map((f) => {
    const p = editorPosition(a, f.span.start);
    return `${path}:${p.line + 1}:${p.character + 1} ${f.severity} ${f.ruleId} ${f.message}`;
  });
}

export function summaryLine(files: number, counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}${n === 1 ? "" : "s"}`);
  return `${files} file${files === 1 ? "" : "s"} checked: ${parts.length ? parts.join(", ") : "no findings"}.`;
}
