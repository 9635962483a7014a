import type { SeedDocument } from "../model/document";
import type { AttributionFrame } from "../model/attribution";
import type { Quote } from "../model/quote";
import type { Actor } from "../model/actor";
import type { Claim } from "../model/claim";
import type { Figure } from "../model/figure";
import type { DateMention, DocumentDate } from "../model/date";
import type { Span } from "../model/span";
import type { KnowledgeBase } from "../knowledge";
import { buildActors, finishActors, type ActorDraft } from "./actors/build";
import { actorForSpan, findSpeaker } from "./actors/speakers";

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

/**
 * Finds the people, organisations and acting countries of an article, resolves every mention
 * (full name, surname, title, acronym, pronoun of a speaker) to one actor, gives each quote and
 * reporting frame its actor, and lists each actor's claims in text order.
 */
export function findActors(doc: SeedDocument, inputs: ActorInputs): ActorResult {
  const index = buildActors(doc, inputs.knowledge);

  const frames = inputs.frames.map((f) => {
    const a = actorForSpan(index, f.sourceText, f.source, f.sentence);
    return a ? { ...f, actorId: a.id } : f;
  });

  const quotes: Quote[] = [];
  let previous: { quote: Quote; actor: ActorDraft | undefined } | undefined;
  for (const q of inputs.quotes) {
    let a: ActorDraft | undefined;
    if (q.speakerId !== undefined) a = index.actors.find((x) => x.id === q.speakerId);
    else if (q.speakerSpan) {
      const text = q.speakerText ?? doc.text.slice(q.speakerSpan.start, q.speakerSpan.end);
      a = actorForSpan(index, text, q.speakerSpan, sentenceOf(doc, q.speakerSpan.start), q.speakerPerson);
    }
    else if (q.depth === 0) a = findSpeaker(doc, index, q, previous);
    const out: Quote = a ? { ...q, speakerId: a.id } : q;
    quotes.push(out);
    if (q.depth === 0) previous = { quote: out, actor: a };
  }

  const claims = buildClaims(doc, frames, quotes, inputs);
  const byActor = new Map<string, number[]>();
  claims.forEach((c, i) => {
    const list = byActor.get(c.actorId);
    if (list) list.push(i);
    else byActor.set(c.actorId, [i]);
  });
  const actors = finishActors(index, (a) => byActor.get(a.id) ?? [], inputs.knowledge);
  return { actors, claims, frames, quotes };
}

/** One claim per attributed quotation, and one per reporting frame whose content is not that quotation. */
function buildClaims(doc: SeedDocument, frames: readonly AttributionFrame[], quotes: readonly Quote[], inputs: ActorInputs): Claim[] {
  const claims: Claim[] = [];
  const inside = (outer: Span, s: Span): boolean => outer.start <= s.start && s.end <= outer.end;
  const figuresIn = (s: Span): number[] => inputs.figures.flatMap((f, i) => (inside(s, f.span) ? [i] : []));
  const datesIn = (s: Span): number[] => inputs.dates.flatMap((d, i) => (inside(s, d.span) ? [i] : []));
  for (const q of quotes) {
    if (q.speakerId === undefined || q.depth > 0) continue;
    claims.push({
      actorId: q.speakerId,
      cue: q.cue ?? "said",
      content: q.inner,
      text: q.text,
      direct: true,
      figures: figuresIn(q.inner),
      dates: datesIn(q.inner),
      sentence: sentenceOf(doc, q.inner.start),
    });
  }
  const reported: Claim[] = [];
  for (const f of frames) {
    if (f.actorId === undefined) continue;
    const content = reportedPart(doc.text, f.content, quotes.filter((q) => q.speakerId === f.actorId && q.depth === 0));
    if (!content) continue;
    reported.push({
      actorId: f.actorId,
      cue: f.cue,
      cueSpan: f.cueSpan,
      content,
      text: doc.text.slice(content.start, content.end),
      direct: false,
      figures: figuresIn(content),
      dates: datesIn(content),
      sentence: f.sentence,
    });
  }
  // One claim per statement: drop a reported claim inside another of the same actor.
  for (const c of reported) {
    const inner = reported.some((o) => o !== c && o.actorId === c.actorId && inside(o.content, c.content) && (o.content.start !== c.content.start || o.content.end !== c.content.end));
    const twin = reported.find((o) => o.actorId === c.actorId && o.content.start === c.content.start && o.content.end === c.content.end);
    if (!inner && twin === c) claims.push(c);
  }
  return claims.sort((a, b) => a.content.start - b.content.start);
}

/**
 * The part of a frame's content that is reported speech, not the actor's own quotation: a frame
 * whose content is that quotation adds nothing; one that runs into it ends where it begins.
 */
function reportedPart(text: string, content: Span, quotes: readonly Quote[]): Span | undefined {
  let { start, end } = content;
  for (const q of quotes) {
    if (q.span.end <= start || q.span.start >= end) continue;
    if (q.span.start > start + 1) end = Math.min(end, q.span.start);
    else start = Math.max(start, q.span.end);
  }
  const part = text.slice(start, end);
  const trimmedStart = start + (part.length - part.trimStart().length);
  const body = part.trim().replace(/[\s,;:.“”"‘’—–-]+$/u, "");
  if (body.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length < 3) return undefined;
  return { start: trimmedStart, end: trimmedStart + body.length };
}

function sentenceOf(doc: SeedDocument, offset: number): number {
  let found = 0;
  for (const s of doc.sentences) {
    if (s.span.start > offset) break;
    found = s.index;
  }
  return found;
}
