import type { SeedDocument } from "../model/document";
import type { AttributionFrame } from "../model/attribution";
import type { Quote } from "../model/quote";
import type { Actor } from "../model/actor";
import type { Claim } from "../model/claim";
import type { Figure } from "../model/figure";
import type { DateMention, DocumentDate } from "../model/date";
import type { KnowledgeBase } from "../knowledge";

export interface ActorInputs {
  readonly knowledge: KnowledgeBase;
  readonly frames: readonly AttributionFrame[];
  readonly quotes: readonly Quote[];
  readonly figures: readonly Figure[];
  readonly dates: readonly DateMention[];
  readonly documentDate: DocumentDate | null;
}

export interface ActorResult {
  readonly actors: Actor[];
  readonly claims: Claim[];
  /** The frames and quotes with `actorId` / `speakerId` filled in. */
  readonly frames: readonly AttributionFrame[];
  readonly quotes: readonly Quote[];
}

/** Finds the actors and their claims. Filled in by the Actors and claims issue. */
export function findActors(_doc: SeedDocument, inputs: ActorInputs): ActorResult {
  return { actors: [], claims: [], frames: inputs.frames, quotes: inputs.quotes };
}
