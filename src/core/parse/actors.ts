import type { SeedDocument } from "../model/document";
import type { AttributionFrame } from "../model/attribution";
import type { Quote } from "../model/quote";
import type { Actor } from "../model/actor";
import type { Claim } from "../model/claim";
import type { Figure } from "../model/figure";
import type { DateMention, DocumentDate } from "../model/date";
import { countStartingAtOrBefore, type Span } from "../model/span";
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
    // (`Object.assign` copies as a spread does, the same keys in the same order; a spread of objects of
    // several shapes is several times slower.)
    return a ? Object.assign({}, f, { actorId: a.id }) : f;
  });

  const byId = new Map<string, ActorDraft>();
  for (const x of index.actors) if (!byId.has(x.id)) byId.set(x.id, x);
  const quotes: Quote[] = [];
  let previous: { quote: Quote; actor: ActorDraft | undefined } | undefined;
  for (const q of inputs.quotes) {
    let a: ActorDraft | undefined;
    if (q.speakerId !== undefined) a = byId.get(q.speakerId);
    else if (q.speakerSpan) {
      const text = q.speakerText ?? doc.text.slice(q.speakerSpan.start, q.speakerSpan.end);
      a = actorForSpan(index, text, q.speakerSpan, sentenceOf(doc, q.speakerSpan.start), q.speakerPerson);
    }
    else if (q.depth === 0) a = findSpeaker(doc, index, q, previous);
    const out: Quote = a ? Object.assign({}, q, { speakerId: a.id }) : q;
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
  const figuresIn = within(inputs.figures);
  const datesIn = within(inputs.dates);
  const ownQuotes = new Map<string, Quote[]>();
  for (const q of quotes) {
    if (q.depth !== 0 || q.speakerId === undefined) continue;
    const list = ownQuotes.get(q.speakerId);
    if (list) list.push(q);
    else ownQuotes.set(q.speakerId, [q]);
  }
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
    const content = reportedPart(doc.text, f.content, ownQuotes.get(f.actorId) ?? []);
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
  // Per actor, sorted by start then longest first: a claim lies inside a different span of the same
  // actor exactly when one sorted before its group of equal spans reaches as far (a prefix maximum).
  const keep = new Set<Claim>();
  const byActor = new Map<string, Claim[]>();
  for (const c of reported) {
    const list = byActor.get(c.actorId);
    if (list) list.push(c);
    else byActor.set(c.actorId, [c]);
  }
  for (const list of byActor.values()) {
    const sorted = list.map((c, i) => ({ c, i })).sort((a, b) => a.c.content.start - b.c.content.start || b.c.content.end - a.c.content.end || a.i - b.i);
    let reach = -Infinity;
    for (let g = 0; g < sorted.length; ) {
      const first = sorted[g]!.c;
      let h = g;
      while (h < sorted.length && sorted[h]!.c.content.start === first.content.start && sorted[h]!.c.content.end === first.content.end) h++;
      // The first of equal spans (in frame order) stands for them all.
      if (reach < first.content.end) keep.add(first);
      reach = Math.max(reach, first.content.end);
      g = h;
    }
  }
  for (const c of reported) if (keep.has(c)) claims.push(c);
  return claims.sort((a, b) => a.content.start - b.content.start);
}

/**
 * The part of a frame's content that is reported speech, not the actor's own quotation: a frame
 * whose content is that quotation adds nothing; one that runs into it ends where it begins.
 */
function reportedPart(text: string, content: Span, quotes: readonly Quote[]): Span | undefined {
  let { start, end } = content;
  // The actor's own top-level quotations do not overlap one another: in text order, their ends are
  // sorted too, so the first that may overlap is found by binary search.
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.span.end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < quotes.length && quotes[k]!.span.start < end; k++) {
    const q = quotes[k]!;
    if (q.span.end <= start || q.span.start >= end) continue;
    if (q.span.start > start + 1) end = Math.min(end, q.span.start);
    else start = Math.max(start, q.span.end);
  }
  // Trimmed of spaces before and of spaces and punctuation after (by hand: a regex anchored at the
  // end is quadratic on a long run of spaces).
  let a = start;
  while (a < end && spaceAt(text, a)) a++;
  let b = end;
  while (b > a && (TRAILING_MARKS.has(text[b - 1]!) || spaceAt(text, b - 1))) b--;
  if (!hasWords(text, a, b, 3)) return undefined;
  return { start: a, end: b };
}

const TRAILING_MARKS = new Set([...",;:.“”\"‘’—–-"]);
const LETTER = /\p{L}/u;
const SPACE = /\s/u;

/** `/\s/u.test(text[i])`: ASCII by code. */
function spaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 0x20 || (c >= 9 && c <= 13) : SPACE.test(text[i]!);
}

/** At least `n` whitespace-separated words with a letter in text[from, to). */
function hasWords(text: string, from: number, to: number, n: number): boolean {
  let count = 0;
  let letter = false;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 0x20;
    // ASCII by code; other characters by the regexes.
    const space = c < 128 ? c === 0x20 || (c >= 9 && c <= 13) : SPACE.test(text[i]!);
    if (space) {
      if (letter && ++count >= n) return true;
      letter = false;
    } else if (!letter && (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(text[i]!))) letter = true;
  }
  return false;
}

function sentenceOf(doc: SeedDocument, offset: number): number {
  const n = countStartingAtOrBefore(doc.sentences, offset);
  return n > 0 ? doc.sentences[n - 1]!.index : 0;
}

/** The indices (ascending) of the items whose span lies inside a given span: binary search over the items by start. */
function within(items: readonly { span: Span }[]): (s: Span) => number[] {
  const order = items.map((_, i) => i);
  // Usually in text order already: sorted only when not.
  let sorted = true;
  for (let i = 1; i < items.length && sorted; i++) if (items[i]!.span.start < items[i - 1]!.span.start) sorted = false;
  if (!sorted) order.sort((a, b) => items[a]!.span.start - items[b]!.span.start || a - b);
  return (s) => {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[order[mid]!]!.span.start < s.start) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let k = lo; k < order.length && items[order[k]!]!.span.start <= s.end; k++) {
      const i = order[k]!;
      if (items[i]!.span.end <= s.end) out.push(i);
    }
    return out.sort((a, b) => a - b);
  };
}
