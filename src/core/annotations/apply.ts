import type { Actor } from "../model/actor";
import type { AttributionFrame } from "../model/attribution";
import type { Claim } from "../model/claim";
import type { Finding } from "../model/finding";
import type { Quote } from "../model/quote";
import { overlaps, type Span } from "../model/span";
import { anchorAll, type AnchoredAnnotation, type OrphanAnnotation } from "./anchoring";
import type { Annotation, SourceAnnotation, Verdict } from "./schema";

/**
 * How the user's annotations change an analysis, applied generically after the stages and rules
 * so rule authors need not know about them:
 * - `suppress` hides the findings of that rule overlapping its target;
 * - `source` sources what it covers: findings of the rules in SOURCED_BY_ANNOTATION overlapping it
 *   disappear, and the source is listed in `annotatedSources`;
 * - `document-date` is the reference date when the caller gave none (see referenceDateFrom);
 * - `actor` removes a mention that is not an actor, or merges it into the actor it names.
 */

/** Rules whose findings say "nobody sourced this": a `source` annotation answers them. */
export const SOURCED_BY_ANNOTATION: readonly string[] = ["unsourced-figure", "unattributed-quote"];

/** A source the user recorded for a span (a figure, a quote). */
export interface AnnotatedSource {
  readonly span: Span;
  readonly source: string;
  readonly url?: string;
  readonly date?: string;
  readonly annotationId: string;
}

export interface AnnotatedVerdict {
  readonly span: Span;
  readonly verdict: Verdict;
  readonly text?: string;
  readonly annotationId: string;
}

/** A finding that an annotation hid, and which one (so a UI can offer to undo it). */
export interface SuppressedFinding {
  readonly finding: Finding;
  readonly annotationId: string;
}

/** What the Analysis carries about annotations. */
export interface AnnotationsInAnalysis {
  readonly anchored: readonly AnchoredAnnotation[];
  /** Annotations whose text is gone: show them (with their old text), never drop them. */
  readonly orphans: readonly OrphanAnnotation[];
  readonly sources: readonly AnnotatedSource[];
  readonly verdicts: readonly AnnotatedVerdict[];
  readonly suppressed: readonly SuppressedFinding[];
}

export const NO_ANNOTATIONS: AnnotationsInAnalysis = Object.freeze({ anchored: [], orphans: [], sources: [], verdicts: [], suppressed: [] });

/** Anchors the annotations in `text` (orphans kept aside). */
export function anchorForAnalysis(text: string, annotations: readonly Annotation[] | undefined): { anchored: readonly AnchoredAnnotation[]; orphans: readonly OrphanAnnotation[] } {
  if (!annotations || annotations.length === 0) return { anchored: [], orphans: [] };
  return anchorAll(text, annotations);
}

/** The document date an anchored `document-date` annotation gives (the last one wins). */
export function referenceDateFrom(anchored: readonly AnchoredAnnotation[]): string | undefined {
  let date: string | undefined;
  for (const x of anchored) if (x.annotation.kind === "document-date") date = x.annotation.date;
  return date;
}

/** The options with the annotated document date as reference date, unless the caller gave one. */
export function withAnnotatedReferenceDate<O extends { readonly referenceDate?: string }>(options: O, anchored: readonly AnchoredAnnotation[]): O {
  if (options.referenceDate !== undefined) return options;
  const date = referenceDateFrom(anchored);
  return date === undefined ? options : { ...options, referenceDate: date };
}

/**
 * Removes findings that annotations answer; lists what was hidden and the recorded sources. When
 * nothing is hidden, the findings are `findings` itself (results are never mutated).
 */
export function applyToFindings(
  findings: readonly Finding[],
  anchored: readonly AnchoredAnnotation[],
  orphans: readonly OrphanAnnotation[],
): { findings: readonly Finding[]; annotations: AnnotationsInAnalysis } {
  const sources: AnnotatedSource[] = [];
  const verdicts: AnnotatedVerdict[] = [];
  const hiders: { span: Span; rules: (ruleId: string) => boolean; id: string }[] = [];
  for (const x of anchored) {
    const a = x.annotation;
    if (a.kind === "suppress") hiders.push({ span: x.span, rules: (r) => r === a.ruleId, id: a.id });
    else if (a.kind === "source") {
      sources.push(sourceOf(x.span, a));
      hiders.push({ span: x.span, rules: (r) => SOURCED_BY_ANNOTATION.includes(r), id: a.id });
    } else if (a.kind === "verdict") {
      verdicts.push({ span: x.span, verdict: a.verdict, ...(a.text !== undefined ? { text: a.text } : {}), annotationId: a.id });
    }
  }
  // The findings kept, made once a first one is hidden (while the editor re-analyses a long
  // article, usually none is: no copy of thousands of findings a keystroke).
  let kept: Finding[] | undefined;
  const suppressed: SuppressedFinding[] = [];
  for (let i = 0; hiders.length > 0 && i < findings.length; i++) {
    const f = findings[i]!;
    const h = hiderOf(hiders, f);
    if (h) {
      kept ??= findings.slice(0, i);
      suppressed.push({ finding: f, annotationId: h.id });
    } else kept?.push(f);
  }
  return { findings: kept ?? findings, annotations: { anchored, orphans, sources, verdicts, suppressed } };
}

/** The first of `hiders` that hides `f`. */
function hiderOf<H extends { readonly span: Span; readonly rules: (ruleId: string) => boolean }>(hiders: readonly H[], f: Finding): H | undefined {
  for (const h of hiders) if (h.rules(f.ruleId) && touches(h.span, f.span)) return h;
  return undefined;
}

function sourceOf(span: Span, a: SourceAnnotation): AnnotatedSource {
  return {
    span,
    source: a.source,
    ...(a.url !== undefined ? { url: a.url } : {}),
    ...(a.date !== undefined ? { date: a.date } : {}),
    annotationId: a.id,
  };
}

/** Overlap, counting an empty finding span inside the target as touching it. */
function touches(target: Span, f: Span): boolean {
  if (f.start === f.end) return target.start <= f.start && f.start <= target.end;
  return overlaps(target, f);
}

export interface ActorModel {
  readonly actors: readonly Actor[];
  readonly claims: readonly Claim[];
  readonly frames: readonly AttributionFrame[];
  readonly quotes: readonly Quote[];
}

/**
 * Applies `actor` annotations: `notAnActor` removes the mentions it covers (and the actor when
 * none is left); `alias` moves the actor mentioned at the target into the actor it names (by id,
 * then by name, case-insensitively), with its mentions, roles and claims, and points quotes,
 * frames and claims at the merged actor. Returns the input unchanged when nothing applies.
 */
export function applyToActors(model: ActorModel, anchored: readonly AnchoredAnnotation[]): ActorModel {
  const notes = anchored.filter((x) => x.annotation.kind === "actor");
  if (notes.length === 0 || model.actors.length === 0) return model;
  let actors = [...model.actors];
  const renamed = new Map<string, string>();
  for (const x of notes) {
    const a = x.annotation;
    if (a.kind !== "actor") continue;
    if (a.notAnActor) {
      actors = actors
        .map((act) => ({ ...act, mentions: act.mentions.filter((m) => !overlaps(m.span, x.span)) }))
        .filter((act) => act.mentions.length > 0 || !model.actors.find((o) => o.id === act.id)?.mentions.length);
    } else if (a.alias) {
      const want = a.alias.toLowerCase();
      const into = actors.find((act) => act.id.toLowerCase() === want) ?? actors.find((act) => act.name.toLowerCase() === want);
      const from = actors.find((act) => act !== into && act.mentions.some((m) => overlaps(m.span, x.span)));
      if (!into || !from) continue;
      const merged: Actor = {
        ...into,
        mentions: [...into.mentions, ...from.mentions].sort((p, q) => p.span.start - q.span.start),
        roles: [...new Set([...into.roles, ...from.roles])],
        claims: [...new Set([...into.claims, ...from.claims])].sort((p, q) => p - q),
      };
      actors = actors.filter((act) => act !== from).map((act) => (act === into ? merged : act));
      renamed.set(from.id, into.id);
      for (const [k, v] of renamed) if (v === from.id) renamed.set(k, into.id);
    }
  }
  const gone = new Set(model.actors.map((a) => a.id).filter((id) => !actors.some((a) => a.id === id) && !renamed.has(id)));
  const remap = <T extends { readonly actorId?: string }>(x: T): T => {
    if (x.actorId === undefined) return x;
    const to = renamed.get(x.actorId);
    if (to) return { ...x, actorId: to };
    if (gone.has(x.actorId)) {
      const { actorId: _drop, ...rest } = x;
      return rest as T;
    }
    return x;
  };
  const quotes = model.quotes.map((q) => {
    if (q.speakerId === undefined) return q;
    const to = renamed.get(q.speakerId);
    if (to) return { ...q, speakerId: to };
    if (gone.has(q.speakerId)) {
      const { speakerId: _drop, ...rest } = q;
      return rest as Quote;
    }
    return q;
  });
  const claims = model.claims.map((c) => {
    const to = renamed.get(c.actorId);
    return to ? { ...c, actorId: to } : c;
  });
  return { actors, claims, frames: model.frames.map(remap), quotes };
}
