// Pure edit computations for commands (no `vscode`): the editor turns them into WorkspaceEdits.
import type { Analysis } from "../core/analyze";
import { fixesOf, type Finding, type TextEdit } from "../core/model/finding";

/**
 * The edit that sets the front matter `date:` to `iso`: replaces an existing value, adds the key to
 * an existing block, or adds a front matter block at the top of the file.
 */
export function documentDateEdit(analysis: Pick<Analysis, "text" | "document">, iso: string): TextEdit {
  const { text, document } = analysis;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const fm = document.frontMatter;
  if (fm) {
    const value = fm.valueSpans["date"];
    if (value) return { span: value, newText: iso };
    return { span: { start: fm.body.start, end: fm.body.start }, newText: `date: ${iso}${eol}` };
  }
  const at = document.contentStart;
  return { span: { start: at, end: at }, newText: `---${eol}date: ${iso}${eol}---${eol}` };
}

/** The one edit fix a finding would get from "Fix all": its preferred edit fix, or its only one. */
export function unambiguousEditFix(f: Finding): readonly TextEdit[] | undefined {
  const edits = fixesOf(f).filter((x) => x.kind === "edit" && x.edits && x.edits.length > 0);
  const chosen = edits.length === 1 ? edits[0] : edits.filter((x) => x.isPreferred).length === 1 ? edits.find((x) => x.isPreferred) : undefined;
  return chosen?.edits;
}

/**
 * The edits of "Fix all" for one rule in one file: only when every finding of that rule has one
 * unambiguous fix and no two fixes overlap; otherwise undefined (nothing is guessed).
 */
export function fixAllEdits(findings: readonly Finding[], ruleId: string): TextEdit[] | undefined {
  const mine = findings.filter((f) => f.ruleId === ruleId);
  if (mine.length < 2) return undefined;
  const all: TextEdit[] = [];
  for (const f of mine) {
    const e = unambiguousEditFix(f);
    if (!e) return undefined;
    all.push(...e);
  }
  all.sort((a, b) => a.span.start - b.span.start);
  for (let i = 1; i < all.length; i++) {
    if ((all[i]?.span.start ?? 0) < (all[i - 1]?.span.end ?? 0)) return undefined;
  }
  return all;
}
