import type { Span } from "./span";

export type SourceKind = "name" | "role" | "pronoun" | "organization" | "document" | "other";

/** A reporting frame: "X said …", "according to X", "data from X showed …". */
export interface AttributionFrame {
  readonly sentence: number;
  /** The cue words ("said", "according to", "put … at" → the first part). */
  readonly cue: string;
  readonly cueSpan: Span;
  /** The cue's lemma for verbs ("say" for "said"), the cue itself otherwise. */
  readonly lemma?: string;
  /** Who or what is the source. */
  readonly source: Span;
  readonly sourceText: string;
  readonly sourceKind: SourceKind;
  /** What the frame governs. */
  readonly content: Span;
  /**
   * The name the source stands for, when the text gives one: the name itself with titles stripped
   * ("Dr. Katrin Huber" → "Katrin Huber"), a pronoun's antecedent ("she" → "Abena Osei"), the
   * organisation behind a role or document ("a spokesperson for the Crown Prosecution Service").
   */
  readonly name?: string;
  /** Where the text gives that name (for a pronoun, the antecedent's mention). */
  readonly nameSpan?: Span;
  /** True when the name is a person's (not an organisation, document or role). */
  readonly person?: boolean;
  /** Actor id once actors are resolved. */
  readonly actorId?: string;
}
