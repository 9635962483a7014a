import type { Span } from "./span";

export type Severity = "error" | "warning" | "information" | "hint";
export type RuleLevel = Severity | "off";

/** A text edit as data: replace `span` of the original text with `newText`. */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

/**
 * A fix as data. `edit` fixes change the article; `annotation` fixes record something
 * in the user's annotations file instead (the editor decides how to write it).
 */
export interface Fix {
  readonly title: string;
  readonly kind: "edit" | "annotation" | "document-date";
  readonly edits?: readonly TextEdit[];
  /** Kind-specific payload: the annotation to write, the suggested date, … */
  readonly data?: Readonly<Record<string, unknown>>;
  readonly isPreferred?: boolean;
}

export interface RelatedInfo {
  readonly message: string;
  readonly span: Span;
}

export interface Finding {
  readonly ruleId: string;
  /** Stable per rule: tells kinds of finding of one rule apart (e.g. `weekday-mismatch`). */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  /** The fixes the rule made as they are. Every fix of a finding is `fixesOf(finding)`: read them so. */
  readonly fixes: readonly Fix[];
  /** Fixes given as data to be made on demand (`fixesOf`), before `fixes`. */
  readonly attribution?: Attribution;
  readonly related: readonly RelatedInfo[];
  /** A longer explanation for hovers. */
  readonly explanation?: string;
}

/** A source a statement can be attributed to: the fix's title, the text it inserts and its data. */
export interface AttributionSource {
  readonly title: string;
  readonly newText: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * Fixes that each insert one source's attribution at `at`, nearest source first, as data: an
 * unsourced figure has several, and a long article thousands of such figures, which every edit
 * would otherwise move as hundreds of thousands of objects. `fixesOf` makes them when asked.
 */
export interface Attribution {
  readonly at: number;
  readonly sources: readonly AttributionSource[];
}

/** The attribution fixes made from each attribution (findings of one clause share theirs). */
const ATTRIBUTION_FIXES = new WeakMap<Attribution, readonly Fix[]>();
/** Each finding's fixes (`fixesOf`), made once. */
const ALL_FIXES = new WeakMap<Finding, readonly Fix[]>();

/**
 * Every fix of a finding, in order: an edit per source of its `attribution` (the same objects for
 * every finding with that attribution), then its `fixes`. Made once per finding and kept; the
 * finding itself is not changed.
 */
export function fixesOf(f: Finding): readonly Fix[] {
  const a = f.attribution;
  if (a === undefined || a.sources.length === 0) return f.fixes;
  let all = ALL_FIXES.get(f);
  if (all === undefined) {
    let made = ATTRIBUTION_FIXES.get(a);
    if (made === undefined) {
      const span = { start: a.at, end: a.at };
      made = a.sources.map((x): Fix => ({ title: x.title, kind: "edit", edits: [{ span, newText: x.newText }], data: x.data }));
      ATTRIBUTION_FIXES.set(a, made);
    }
    all = f.fixes.length === 0 ? made : [...made, ...f.fixes];
    ALL_FIXES.set(f, all);
  }
  return all;
}
