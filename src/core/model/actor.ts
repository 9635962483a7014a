import type { Span } from "./span";

export type ActorKind = "person" | "organization" | "country" | "other";

export interface Mention {
  readonly span: Span;
  readonly text: string;
  /** How this mention refers: full name, surname, title, pronoun, acronym … */
  readonly via: "name" | "surname" | "title" | "pronoun" | "acronym" | "variant" | "role";
}

export interface Office {
  readonly title: string;
  readonly of?: string;
  readonly from?: string;
  readonly to?: string;
}

export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly mentions: readonly Mention[];
  /** Roles the article states ("the Kremlin spokesperson", "French President"). */
  readonly roles: readonly string[];
  /** What the knowledge base adds. */
  readonly offices: readonly Office[];
  readonly country?: string;
  /** Indices into Analysis.claims, in text order. */
  readonly claims: readonly number[];
}
