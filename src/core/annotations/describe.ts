import type { Annotation } from "./schema";

/** One line saying what an annotation records ("Source: ILO (2025-10)", "Not an actor"). */
export function annotationLabel(a: Annotation): string {
  switch (a.kind) {
    case "source":
      return `Source: ${a.source}${a.date ? ` (${a.date})` : ""}`;
    case "note":
      return `Note: ${oneLine(a.text, 80)}`;
    case "verdict":
      return `${a.verdict === "verified" ? "Verified" : a.verdict === "disputed" ? "Disputed" : "False"}${a.text ? `: ${oneLine(a.text, 60)}` : ""}`;
    case "suppress":
      return `${a.ruleId} hidden${a.reason ? `: ${a.reason}` : ""}`;
    case "actor":
      return a.notAnActor ? "Not an actor" : `Same actor as ${a.alias}`;
    case "document-date":
      return `Document date ${a.date}`;
  }
}

/** Whitespace collapsed, cut to `n` characters with an ellipsis. */
export function oneLine(s: string, n = 40): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > n ? one.slice(0, n - 1) + "…" : one;
}
