import type { SeedDocument } from "../model/document";
import type { AttributionFrame } from "../model/attribution";
import type { Quote } from "../model/quote";
import type { Actor } from "../model/actor";
import type { Claim } from "../model/claim";
import type { Figure } from "../model/figure";
import type { DateMention, DocumentDate } from "../model/date";
import { countStartingAtOrBefore, oneSpaced, startsInOrder, type Span } from "../model/span";
import type { KnowledgeBase } from "../knowledge";
import { buildActors, finishActors, type ActorDraft, type ActorIndex, type GenderChange } from "./actors/build";
import { keptIndex } from "./actors/reuse";
import { detached, diffOf, inMemoSession } from "../memo";
import { actorForSpan, findSpeaker } from "./actors/speakers";
import { splitSpaces } from "./actors/tokens";
import { COMMON_PAST_FORMS, PERSON_PRONOUNS, QUOTE_ONLY_VERBS, REPORTING_VERBS, SPOKES_FOR } from "./lexicon/reporting";
import { anonymousSource, writtenOn } from "./quotes";

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
  const { frames, quotes } = inMemoSession() ? speakersReusing(doc, index, inputs) : speakersOf(doc, index, inputs, undefined);

  const claims = jointSpeakers(doc, index, frames, quotes, buildClaims(doc, frames, quotes, inputs));
  const byActor = new Map<string, number[]>();
  claims.forEach((c, i) => {
    const list = byActor.get(c.actorId);
    if (list) list.push(i);
    else byActor.set(c.actorId, [i]);
  });
  const actors = finishActors(index, (a) => byActor.get(a.id) ?? [], inputs.knowledge);
  return { actors, claims, frames, quotes };
}

/**
 * "Jane Holt and Tom Reid said the plan was sound", "“We are united,” Holt and Reid said": each
 * actor of a joint source makes the claim (a copy after the first's, the same content). A
 * source is joint when its actors' mentions are joined by "and", "&" or commas alone.
 */
function jointSpeakers(doc: SeedDocument, index: ActorIndex, frames: readonly AttributionFrame[], quotes: readonly Quote[], claims: Claim[]): Claim[] {
  // Most sources name one actor: only a source with "and" or "&" in it is read.
  const sources = new Map<number, Span>();
  for (const f of frames) if (f.actorId !== undefined && JOINED.test(f.sourceText)) sources.set(f.cueSpan.start, f.source);
  const quoteSources = new Map<number, Span>();
  for (const q of quotes) if (q.speakerId !== undefined && q.speakerSpan && q.speakerText !== undefined && JOINED.test(q.speakerText)) quoteSources.set(q.inner.start, q.speakerSpan);
  if (sources.size === 0 && quoteSources.size === 0) return claims;
  const out: Claim[] = [];
  for (const c of claims) {
    out.push(c);
    const span = c.direct ? quoteSources.get(c.content.start) : c.cueSpan ? sources.get(c.cueSpan.start) : undefined;
    if (span === undefined) continue;
    const ms = index.mentions.filter((m) => m.span.start >= span.start && m.span.end <= span.end && !m.quoted);
    if (ms.length < 2) continue;
    // Every gap between the mentions is a list's (commas, then "and" or "&" before the last: "Mr.
    // LaMothe, Kellogg's chairman," is one person in apposition), and the last mention ends the source.
    const gap = (i: number): string => doc.text.slice(ms[i - 1]!.span.end, ms[i]!.span.start);
    const last = ms.length - 1;
    const joint = ms.every((_, i) => i === 0 || (i === last ? LAST_GAP : COMMA_GAP).test(gap(i))) && doc.text.slice(ms[last]!.span.end, span.end).trim() === "";
    if (!joint) continue;
    const seen = new Set([c.actorId]);
    for (const m of ms) {
      if (seen.has(m.actor.id) || (m.actor.kind !== "person" && m.actor.kind !== "organization")) continue;
      seen.add(m.actor.id);
      out.push({ ...c, actorId: m.actor.id });
    }
  }
  return out;
}
const JOINED = /\s(?:and|&)\s/u;

/** Two full names of one surname: "John Whitcombe", "Mary Whitcombe". */
function sameSurname(a: string, b: string): boolean {
  const i = a.lastIndexOf(" ");
  const j = b.lastIndexOf(" ");
  return i > 0 && j > 0 && a.slice(i) === b.slice(j);
}
const LAST_GAP = /^(?:\s*,)?\s+(?:and|&)\s+$/u;
const COMMA_GAP = /^\s*,\s+$/u;

/** The frames and quotes with their actors, those actors, and the genders each step gave (by position in the inputs). */
interface Speakers {
  readonly frames: AttributionFrame[];
  readonly quotes: Quote[];
  readonly frameActors: (ActorDraft | undefined)[];
  readonly quoteActors: (ActorDraft | undefined)[];
  /** The genders given, each with its step: frames first, then quotes (the frame count on). */
  readonly genders: StepGender[];
}

interface StepGender extends GenderChange {
  readonly step: number;
}

/**
 * Each reporting frame's actor and each quote's speaker, in order: each step may give an actor a
 * gender (resolving a pronoun), which later steps read. With `previous` (a run that kept the
 * previous run's actors, see `speakersReusing`), a step takes the previous run's result when its
 * inputs are the same (moved), it reads no edited sentence, and the genders given so far are the
 * ones the previous run had given by then; it then gives the gender the previous step gave.
 */
/** How far from a quotation an anonymous frame's cue may be and still be its own. */
const ANONYMOUS_REACH = 40;

function speakersOf(doc: SeedDocument, index: ActorIndex, inputs: ActorInputs, previous: Previous | undefined): Speakers {
  const log = index.genders;
  const genders: StepGender[] = [];
  const sync = previous ? new GenderSync(previous.run.genders) : undefined;
  /** Notes the genders step `step`, looked at anew, gave (those logged from `from` on). */
  const noted = (step: number, from: number): void => {
    speakerSteps.fresh++;
    for (let k = from; k < log.length; k++) {
      speakerSteps.genders++;
      genders.push({ ...log[k]!, step });
      sync?.given(log[k]!);
    }
  };
  /** Gives the genders the previous run's step `old` gave, as step `step`. */
  const replay = (step: number, old: number): void => {
    speakerSteps.replayed++;
    const given = previous!.run.genders;
    for (let k = stepsBefore(given, old); k < given.length && given[k]!.step === old; k++) {
      const g = given[k]!;
      g.actor.gender = g.gender;
      log.push({ actor: g.actor, gender: g.gender });
      genders.push({ actor: g.actor, gender: g.gender, step });
      sync!.given(g);
    }
  };

  // (Made at their size: these lists are as long as the document's frames and quotes.)
  const frameActors = new Array<ActorDraft | undefined>(inputs.frames.length);
  const frames = new Array<AttributionFrame>(inputs.frames.length);
  // The previous frames by where their source starts now, made when a first frame is not the
  // previous run's at the same place.
  let before: Map<number, number> | undefined;
  const fromEnd = inputs.frames.length - (previous?.run.framesIn.length ?? 0);
  inputs.frames.forEach((f, k) => {
    const p = previous;
    // The same frame, or the one as many places from the end moved here, or any other moved here.
    const j = p === undefined ? undefined : p.run.framesIn[k] === f ? k : p.sourceMovedTo(k - fromEnd, f.source.start) ? k - fromEnd : (before ??= p.framesAt()).get(f.source.start);
    if (p && j !== undefined && !p.changed.has(f.sentence) && sync!.at(j)) {
      const old = p.run.framesIn[j]!;
      if (old === f || (old.sourceText === f.sourceText && old.sentence === f.sentence && p.moved(old.source.end) === f.source.end)) {
        const a = p.run.frameActors[j];
        replay(k, j);
        frameActors[k] = a;
        frames[k] = old === f ? p.run.framesOut[j]! : a ? withActor(f, a.id) : f;
        return;
      }
    }
    const n = log.length;
    const a = actorForSpan(index, f.sourceText, f.source, f.sentence);
    noted(k, n);
    frameActors[k] = a;
    frames[k] = a ? withActor(f, a.id) : f;
  });

  // The actors by id, made for a quote that already names its speaker's.
  let byId: Map<string, ActorDraft> | undefined;
  const actorById = (id: string): ActorDraft | undefined => {
    if (!byId) {
      byId = new Map<string, ActorDraft>();
      for (const x of index.actors) if (!byId.has(x.id)) byId.set(x.id, x);
    }
    return byId.get(id);
  };
  const quotes = new Array<Quote>(inputs.quotes.length);
  const quoteActors = new Array<ActorDraft | undefined>(inputs.quotes.length);
  // When the quotes line up with the previous run's, quote k is the previous run's quote k, moved
  // when the edit lies elsewhere (one quote changes when the edit is inside it: the others keep
  // their speakers).
  const sameRun = previous?.alignedQuotes(doc, inputs.quotes) === true ? previous : undefined;
  // Where frames whose source names nobody cue ("one commentator wrote", "a sum critics have
  // called"), in order: their quotations are no one's, whoever else the sentence names.
  let anonymousCues: number[] | undefined;
  const saidByNoOne = (qs: Span): boolean => {
    anonymousCues ??= inputs.frames.filter(anonymousSource).map((f) => f.cueSpan.start).sort((a, b) => a - b);
    // (The first cue at or after the reach before the quotation.)
    let lo = 0;
    let hi = anonymousCues.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (anonymousCues[mid]! < qs.start - ANONYMOUS_REACH) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < anonymousCues.length && anonymousCues[i]! <= qs.end + ANONYMOUS_REACH; i++) {
      const c = anonymousCues[i]!;
      if (c < qs.start || c >= qs.end) return true;
    }
    return false;
  };
  const frameSteps = inputs.frames.length;
  const oldFrameSteps = previous?.run.framesIn.length ?? 0;
  // The last top-level quote so far (its place, -1 for none) and its actor.
  let lastK = -1;
  let lastActor: ActorDraft | undefined;
  inputs.quotes.forEach((q, k) => {
    const step = frameSteps + k;
    const old = oldFrameSteps + k;
    let a: ActorDraft | undefined;
    let reused = false;
    // The speaker named anew: a pronoun's, or one read from a source with an apposition.
    let renamed = q.speakerKind === "pronoun";
    // (A headline's quotation is looked for afresh: its speaker may be a body quotation's, below.)
    const same = headline(doc, q.paragraph) ? undefined : sameRun;
    if (q.speakerId !== undefined) a = actorById(q.speakerId);
    else if (q.speakerSpan) {
      const span = q.speakerSpan;
      const sentence = sentenceOf(doc, span.start);
      if (same && same.sameQuote(k, q) && !same.changed.has(sentence) && sync!.at(old)) {
        a = same.run.quoteActors[k];
        replay(step, old);
        reused = true;
      } else {
        // (A source with an apposition is read whole, as its frame's is: "An RSF adviser, Ibrahim
        // Tawfiq, told …" is the adviser's, whom the frames named by the group.)
        const own = doc.text.slice(span.start, span.end);
        const whole = q.speakerKind === "organization" && own.includes(", ") && q.speakerText !== undefined && own.includes(q.speakerText);
        const n = log.length;
        a = whole ? actorForSpan(index, own, span, sentence) : actorForSpan(index, q.speakerText ?? own, span, sentence, q.speakerPerson);
        if (whole) renamed = true;
        // ("she said" is no organisation's, whatever the frames guessed for it.)
        // (But "A spokesperson for the Financial Conduct Authority said …. “…,” he said" is the body's.)
        if (a && a.kind !== "person" && q.speakerKind === "pronoun" && PERSON_PRONOUNS.has(doc.text.slice(span.start, span.end).toLowerCase()) && !spokenFor(a, doc.text, span.start)) a = undefined;
        noted(step, n);
      }
    } else if (q.depth === 0) {
      if (same && same.sameQuote(k, q) && same.readsNoEdit(doc, q) && (lastK < 0 || lastActor === same.run.quoteActors[lastK]) && sync!.at(old)) {
        a = same.run.quoteActors[k];
        replay(step, old);
        reused = true;
      } else {
        const n = log.length;
        // (What a sign reads is no one's: "A sign held by protesters in Parliament Square said: “…”".)
        a = writtenOn(doc.text, q.span) || saidByNoOne(q.span) ? undefined : findSpeaker(doc, index, q, lastK < 0 ? undefined : { quote: quotes[lastK]!, actor: lastActor });
        noted(step, n);
      }
    }
    // "Mrs Whitcombe said": named by the frames after the first Whitcombe named in full (her
    // husband), the speaker is the Whitcombe the mention found (his widow), named so; so is one the
    // frames named by a first part of the name ("Kamal" of "Lt. Gen. Kamal al-Tayeb").
    if (
      !renamed &&
      a &&
      a.kind === "person" &&
      q.speakerSpan &&
      q.speakerText !== undefined &&
      q.speakerText !== a.name &&
      ((sameSurname(q.speakerText, a.name) && q.speakerText !== doc.text.slice(q.speakerSpan.start, q.speakerSpan.end)) || a.name.startsWith(`${q.speakerText} `))
    )
      renamed = true;
    // A pronoun's speaker is named as the actor it resolved to: the frames' guess of the last-named
    // person may be another ("But, he notes, …" after "worries … Zbigniew Brzezinski").
    const out: Quote = reused && same!.run.quotesIn[k] === q ? same!.run.quotesOut[k]! : a ? withSpeaker(q, a.id, renamed ? a.name : undefined) : q;
    quotes[k] = out;
    quoteActors[k] = a;
    if (q.depth === 0) {
      lastActor = a;
      lastK = k;
    }
  });
  headlineQuotes(doc, quotes, quoteActors);
  return { frames, quotes, frameActors, quoteActors, genders };
}

/**
 * A headline's quotation that the body says again is the body's speaker's: "“We will not back
 * down”: Ashville mayor digs in" … "“We will not back down on bus lanes,” she said".
 */
function headlineQuotes(doc: SeedDocument, quotes: Quote[], actors: (ActorDraft | undefined)[]): void {
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k]!;
    if (actors[k] !== undefined || q.depth !== 0 || !headline(doc, q.paragraph)) continue;
    const words = quoteWords(q.text);
    if (words.split(" ").length < 3) continue;
    for (let j = 0; j < quotes.length; j++) {
      const a = actors[j];
      if (a === undefined || quotes[j]!.depth !== 0 || headline(doc, quotes[j]!.paragraph)) continue;
      if (!` ${quoteWords(quotes[j]!.text)} `.includes(` ${words} `)) continue;
      quotes[k] = withSpeaker(q, a.id);
      actors[k] = a;
      break;
    }
  }
}

/**
 * A heading, or the first line when it reads as a headline: short, with no full stop at its end
 * (a quotation may close it: "Bus lanes: “We will not back down”", which is no heading).
 */
function headline(doc: SeedDocument, paragraph: number): boolean {
  const p = doc.paragraphs[paragraph];
  if (p === undefined) return false;
  if (p.kind === "heading") return true;
  return paragraph === 0 && doc.paragraphs.length > 1 && p.span.end - p.span.start <= 100 && !HEADLINE_END.test(doc.text.slice(p.span.start, p.span.end));
}
const HEADLINE_END = /[.!?…,;]["”’']?\s*$/u;

/** A quotation's words, lower case, one space apart ("We will not back down," → "we will not back down"). */
function quoteWords(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/**
 * Frame `f` with its actor: `Object.assign({}, f, { actorId })`, the same keys in the same order,
 * built as a literal when `f` has the keys the frames stage gives (checked, in order): the generic
 * copy into `{}` keeps most keys out of line, an extra object per frame, and a spread of objects of
 * several shapes is slower still.
 */
export function withActor(f: AttributionFrame, actorId: string): AttributionFrame {
  const { sentence, cue, lemma, cueSpan, source, sourceText, sourceKind, content } = f;
  if (hasKeys(f, FRAME_KEYS)) return { sentence, cue, lemma, cueSpan, source, sourceText, sourceKind, content, actorId } as AttributionFrame;
  if (hasKeys(f, NAMED_FRAME_KEYS)) return { sentence, cue, lemma, cueSpan, source, sourceText, sourceKind, content, name: f.name, nameSpan: f.nameSpan, person: f.person, actorId } as AttributionFrame;
  return Object.assign({}, f, { actorId });
}

const FRAME_KEYS = ["sentence", "cue", "lemma", "cueSpan", "source", "sourceText", "sourceKind", "content"];
const NAMED_FRAME_KEYS = [...FRAME_KEYS, "name", "nameSpan", "person"];

/** Quote `q` with its speaker's actor (and, given `named`, the speaker named so): `Object.assign({}, q, { speakerId })`, as a literal when its keys are those parse/quotes.ts gives (see `withActor`). */
export function withSpeaker(q: Quote, speakerId: string, named?: string): Quote {
  const { index, span, inner, closed, depth, paragraph, continuesPrevious, wordCount, text } = q;
  if (hasKeys(q, QUOTE_KEYS)) return { index, span, inner, closed, depth, paragraph, continuesPrevious, wordCount, text, speakerId } as Quote;
  const { speakerSpan, cue, speakerKind, speakerPerson } = q;
  const speakerText = named ?? q.speakerText;
  if (hasKeys(q, SPOKEN_QUOTE_KEYS)) return { index, span, inner, closed, depth, paragraph, continuesPrevious, wordCount, text, speakerSpan, speakerText, cue, speakerId } as Quote;
  if (hasKeys(q, KIND_QUOTE_KEYS)) return { index, span, inner, closed, depth, paragraph, continuesPrevious, wordCount, text, speakerSpan, speakerText, cue, speakerKind, speakerId } as Quote;
  if (hasKeys(q, FULL_QUOTE_KEYS)) return { index, span, inner, closed, depth, paragraph, continuesPrevious, wordCount, text, speakerSpan, speakerText, cue, speakerKind, speakerPerson, speakerId } as Quote;
  return Object.assign({}, q, named === undefined ? { speakerId } : { speakerText: named, speakerId });
}

const QUOTE_KEYS = ["index", "span", "inner", "closed", "depth", "paragraph", "continuesPrevious", "wordCount", "text"];
const SPOKEN_QUOTE_KEYS = [...QUOTE_KEYS, "speakerSpan", "speakerText", "cue"];
const KIND_QUOTE_KEYS = [...SPOKEN_QUOTE_KEYS, "speakerKind"];
const FULL_QUOTE_KEYS = [...KIND_QUOTE_KEYS, "speakerPerson"];

/** Whether `o`'s enumerable keys are `keys`, in that order (an inherited one is one too many). */
function hasKeys(o: object, keys: readonly string[]): boolean {
  let i = 0;
  for (const k in o) if (k !== keys[i++]) return false;
  return i === keys.length;
}

/**
 * Whether the genders given so far in this run are those the previous run had given before one of
 * its steps. An actor's gender is given at most once (only while it has none), so the two are the
 * same exactly when they are the same set of actors and genders.
 */
class GenderSync {
  private readonly given_ = new Map<ActorDraft, "m" | "f">();
  /** The previous run's first `ok` genders are all among those given. */
  private ok = 0;

  constructor(private readonly old: readonly StepGender[]) {}

  given(g: GenderChange): void {
    this.given_.set(g.actor, g.gender);
    while (this.ok < this.old.length && this.given_.get(this.old[this.ok]!.actor) === this.old[this.ok]!.gender) this.ok++;
  }

  /** The genders given are those the previous run had given before its step `step`. */
  at(step: number): boolean {
    const n = stepsBefore(this.old, step);
    return this.given_.size === n && this.ok >= n;
  }
}

/** How many of `genders` (in order of their steps) were given before step `step`. */
function stepsBefore(genders: readonly StepGender[], step: number): number {
  let lo = 0;
  let hi = genders.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (genders[mid]!.step < step) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What the previous run of an incremental session gave each frame and quote. */
interface SpeakersRun {
  readonly actors: readonly ActorDraft[];
  readonly text: string;
  readonly framesIn: readonly AttributionFrame[];
  readonly framesOut: readonly AttributionFrame[];
  readonly frameActors: readonly (ActorDraft | undefined)[];
  readonly quotesIn: readonly Quote[];
  readonly quotesOut: readonly Quote[];
  readonly quoteActors: readonly (ActorDraft | undefined)[];
  readonly docQuotes: readonly { readonly span: Span }[];
  readonly genders: readonly StepGender[];
}

let lastSpeakers: SpeakersRun | undefined;

/** How many frames and quotes took the previous run's actor, how many were looked at anew, and the genders those gave (tests, benchmarks). */
export const speakerSteps = { replayed: 0, fresh: 0, genders: 0 };

/** The previous run, as a run that kept its actors (parse/actors/reuse.ts) can use it. */
interface Previous {
  readonly run: SpeakersRun;
  readonly moved: (x: number) => number;
  readonly changed: ReadonlySet<number>;
  /** The previous frames by where their source starts now (not on the edit). */
  framesAt(): Map<number, number>;
  /** The source of previous frame `j` starts at `start` now. */
  sourceMovedTo(j: number, start: number): boolean;
  /**
   * The quotes line up with the previous run's, quote k with quote k (as many), and the document's
   * quotations are the previous run's, moved (an edit inside a quotation moves its end alike).
   */
  alignedQuotes(doc: SeedDocument, quotes: readonly Quote[]): boolean;
  /** Quote `k` (of quotes that line up) is the previous run's quote k, moved: an edit elsewhere. */
  sameQuote(k: number, q: Quote): boolean;
  /**
   * No sentence a quote's speaker is looked for in was edited: its own, the next, and the five
   * before (a short sentence before it, "He pauses.", and the pronoun's referent before that).
   */
  readsNoEdit(doc: SeedDocument, q: Quote): boolean;
}

/**
 * `speakersOf`, in an incremental session: with the previous run's results when this run kept
 * that run's actors (their mentions moved alike, the tokens of sentences not edited the same).
 */
function speakersReusing(doc: SeedDocument, index: ActorIndex, inputs: ActorInputs): Speakers {
  const prev = lastSpeakers;
  lastSpeakers = undefined;
  const kept = keptIndex(index);
  const previous = kept && prev && prev.actors === index.actors && prev.text === kept.previousText ? previousOf(prev, kept.moved, kept.changed) : undefined;
  const result = speakersOf(doc, index, inputs, previous);
  lastSpeakers = {
    actors: index.actors,
    text: doc.text,
    framesIn: inputs.frames,
    framesOut: result.frames,
    frameActors: result.frameActors,
    quotesIn: inputs.quotes,
    quotesOut: result.quotes,
    quoteActors: result.quoteActors,
    docQuotes: doc.quotes,
    genders: result.genders,
  };
  return result;
}

function previousOf(run: SpeakersRun, moved: (x: number) => number, changed: ReadonlySet<number>): Previous {
  return {
    run,
    moved,
    changed,
    framesAt() {
      const at = new Map<number, number>();
      run.framesIn.forEach((f, j) => {
        const s = moved(f.source.start);
        if (s >= 0) at.set(s, j);
      });
      return at;
    },
    sourceMovedTo(j, start) {
      const f = run.framesIn[j];
      return f !== undefined && moved(f.source.start) === start;
    },
    alignedQuotes(doc, quotes) {
      if (quotes.length !== run.quotesIn.length || doc.quotes.length !== run.docQuotes.length) return false;
      for (let k = 0; k < doc.quotes.length; k++) {
        const a = run.docQuotes[k]!.span;
        const b = doc.quotes[k]!.span;
        if (moved(a.start) !== b.start || moved(a.end) !== b.end) return false;
      }
      return true;
    },
    sameQuote(k, q) {
      return sameMoved(run.quotesIn[k]!, q, moved);
    },
    readsNoEdit(doc, q) {
      const from = Math.max(0, sentenceOf(doc, q.span.start) - 5);
      const to = sentenceOf(doc, Math.max(q.span.start, q.span.end - 1)) + 1;
      for (let s = from; s <= to; s++) if (changed.has(s)) return false;
      return true;
    },
  };
}

/** `b` is `a` with its spans moved: the same keys, the same other values. */
function sameMoved(a: object, b: object, moved: (x: number) => number): boolean {
  if (a === b) return true;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let keys = 0;
  for (const k in ra) {
    keys++;
    const va = ra[k];
    const vb = rb[k];
    if (va === vb) continue;
    if (typeof va !== "object" || va === null || typeof vb !== "object" || vb === null) return false;
    const sa = va as Span;
    const sb = vb as Span;
    if (typeof sa.start !== "number" || moved(sa.start) !== sb.start || moved(sa.end) !== sb.end) return false;
  }
  for (const k in rb) if (--keys < 0 || !(k in ra)) return false;
  return keys === 0;
}

/** One claim per attributed quotation, and one per reporting frame whose content is not that quotation. */
function buildClaims(doc: SeedDocument, frames: readonly AttributionFrame[], quotes: readonly Quote[], inputs: ActorInputs): Claim[] {
  const claims: Claim[] = [];
  // (Made when a claim is made anew: each reads its whole list once.)
  let figuresWithin: ((s: Span) => readonly number[]) | undefined;
  let datesWithin: ((s: Span) => readonly number[]) | undefined;
  const figuresIn = (s: Span): readonly number[] => (figuresWithin ??= within(inputs.figures))(s);
  const datesIn = (s: Span): readonly number[] => (datesWithin ??= within(inputs.dates))(s);
  // Each actor's own top-level quotations, made when a claim is made anew.
  let ownQuotes: Map<string, Quote[]> | undefined;
  const ownQuotesOf = (actorId: string): readonly Quote[] => {
    if (!ownQuotes) {
      ownQuotes = new Map<string, Quote[]>();
      for (const q of quotes) {
        if (q.depth !== 0 || q.speakerId === undefined) continue;
        const list = ownQuotes.get(q.speakerId);
        if (list) list.push(q);
        else ownQuotes.set(q.speakerId, [q]);
      }
    }
    return ownQuotes.get(actorId) ?? [];
  };
  const session = inMemoSession();
  const previous = claimsKept(doc, frames, quotes, inputs);
  const quoteClaims = new Array<Claim | undefined>(quotes.length);
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k]!;
    if (q.speakerId === undefined || q.depth > 0) continue;
    const kept = previous?.quote(k, q);
    // (The previous claim's sentence, moved, is looked at first: usually it is the one.)
    const sentence = sentenceOfNear(doc, q.inner.start, kept ? kept.sentence : (previous?.sentenceAfter(k) ?? -1));
    const claim: Claim =
      kept !== undefined && kept.sentence === sentence
        ? kept
        : (previous?.quoteAfter(k, q, sentence) ?? {
            actorId: q.speakerId,
            cue: q.cue ?? "said",
            content: q.inner,
            text: q.text,
            direct: true,
            figures: figuresIn(q.inner),
            dates: datesIn(q.inner),
            sentence,
          });
    quoteClaims[k] = claim;
    claims.push(claim);
  }
  const reported: Claim[] = [];
  const frameClaims = new Array<Claim | null | undefined>(frames.length);
  for (let k = 0; k < frames.length; k++) {
    const f = frames[k]!;
    if (f.actorId === undefined) continue;
    let claim = previous?.frame(k, f);
    if (claim === undefined) claim = previous?.frameAfter(k, f);
    if (claim === undefined) {
      const part = reportedPart(doc.text, f, ownQuotesOf(f.actorId), framesWithin(frames, k), doc.dateline?.span.end ?? 0);
      const content = part?.content;
      claim = part && content
        ? {
            actorId: f.actorId,
            cue: f.cue,
            cueSpan: f.cueSpan,
            content,
            // (A copy of its own while the editor re-analyses: the claim is kept from run to run.)
            text: session ? detached(oneSpaced(part.text)) : oneSpaced(part.text),
            direct: false,
            figures: figuresIn(content),
            dates: datesIn(content),
            sentence: f.sentence,
          }
        : null;
    }
    frameClaims[k] = claim;
    if (claim) reported.push(claim);
  }
  if (session) lastClaims = { text: doc.text, sentenceCount: doc.sentences.length, frames, quotes, figures: inputs.figures, dates: inputs.dates, frameClaims, quoteClaims };
  // One claim per statement: drop a reported claim inside another of the same actor.
  // Per actor, sorted by start then longest first: a claim lies inside a different span of the same
  // actor exactly when one sorted before its group of equal spans reaches as far (a prefix maximum).
  const keep = new Uint8Array(reported.length);
  const byActor = new Map<string, number[]>();
  reported.forEach((c, i) => {
    const list = byActor.get(c.actorId);
    if (list) list.push(i);
    else byActor.set(c.actorId, [i]);
  });
  const order = (a: number, b: number): number => {
    const x = reported[a]!.content;
    const y = reported[b]!.content;
    return x.start - y.start || y.end - x.end || a - b;
  };
  for (const list of byActor.values()) {
    // Usually in that order already (frames come in text order).
    let sorted = true;
    for (let k = 1; k < list.length && sorted; k++) if (order(list[k - 1]!, list[k]!) > 0) sorted = false;
    if (!sorted) list.sort(order);
    let reach = -Infinity;
    for (let g = 0; g < list.length; ) {
      const first = reported[list[g]!]!.content;
      let h = g + 1;
      while (h < list.length && reported[list[h]!]!.content.start === first.start && reported[list[h]!]!.content.end === first.end) h++;
      // The first of equal spans (in frame order) stands for them all.
      if (reach < first.end) keep[list[g]!] = 1;
      reach = Math.max(reach, first.end);
      g = h;
    }
  }
  const kept = reported.filter((_, i) => keep[i] === 1);
  // A quotation that a reported claim of its speaker runs into ("described the plan as “90 percent
  // agreed”") is that claim's: no second claim of its own.
  const direct = withoutQuotedParts(claims, kept);
  // In order of content: the quotes' claims, then the frames', each in text order as a rule, merged
  // as a stable sort of the two one after the other would order them.
  return inContentOrder(direct) && inContentOrder(kept) ? mergeByContent(direct, kept) : [...direct, ...kept].sort((a, b) => a.content.start - b.content.start);
}

/** The quotations' claims, without those inside a reported claim of the same actor. */
function withoutQuotedParts(direct: Claim[], reported: readonly Claim[]): Claim[] {
  if (direct.length === 0 || reported.length === 0) return direct;
  // Per actor, the reported claims' contents by start, with the furthest end reached so far.
  const byActor = new Map<string, { starts: number[]; reach: number[] }>();
  for (const r of [...reported].sort((a, b) => a.content.start - b.content.start)) {
    let e = byActor.get(r.actorId);
    if (!e) byActor.set(r.actorId, (e = { starts: [], reach: [] }));
    e.starts.push(r.content.start);
    e.reach.push(Math.max(e.reach[e.reach.length - 1] ?? -1, r.content.end));
  }
  const inside = (c: Claim): boolean => {
    const e = byActor.get(c.actorId);
    if (!e) return false;
    // The reported claims starting at or before the quotation: does one reach past its end?
    let lo = 0;
    let hi = e.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (e.starts[mid]! <= c.content.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && e.reach[lo - 1]! >= c.content.end;
  };
  return direct.some(inside) ? direct.filter((c) => !inside(c)) : direct;
}

function inContentOrder(cs: readonly Claim[]): boolean {
  for (let i = 1; i < cs.length; i++) if (cs[i]!.content.start < cs[i - 1]!.content.start) return false;
  return true;
}

/** Two lists in order of content start, merged; on equal starts `a`'s first. */
function mergeByContent(a: readonly Claim[], b: readonly Claim[]): Claim[] {
  // (Made at its size: a long article has thousands of claims.)
  const out = new Array<Claim>(a.length + b.length);
  let i = 0;
  let j = 0;
  let o = 0;
  while (i < a.length && j < b.length) out[o++] = b[j]!.content.start < a[i]!.content.start ? b[j++]! : a[i++]!;
  while (i < a.length) out[o++] = a[i++]!;
  while (j < b.length) out[o++] = b[j++]!;
  return out;
}

/** The claims of the previous run of an incremental session, by the frame or quote they came from. */
interface ClaimsRun {
  readonly text: string;
  readonly sentenceCount: number;
  readonly frames: readonly AttributionFrame[];
  readonly quotes: readonly Quote[];
  readonly figures: readonly { readonly span: Span }[];
  readonly dates: readonly { readonly span: Span }[];
  readonly frameClaims: readonly (Claim | null | undefined)[];
  readonly quoteClaims: readonly (Claim | undefined)[];
}

let lastClaims: ClaimsRun | undefined;

/** The previous run's claims an incremental run keeps (`claimsKept`). */
interface KeptClaims {
  /** Before the edit: the previous run's claim of frame `k` (null: it made none), or undefined when it must be made anew. */
  frame(k: number, f: AttributionFrame): Claim | null | undefined;
  quote(k: number, q: Quote): Claim | undefined;
  /** After the edit: the previous run's claim of the frame (quote) as many places from the end, moved, when it reads nothing that changed. */
  frameAfter(k: number, f: AttributionFrame): Claim | null | undefined;
  quoteAfter(k: number, q: Quote, sentence: number): Claim | undefined;
  /** The sentence of the previous run's claim of the quote as many places from the end, moved (-1 for none). */
  sentenceAfter(k: number): number;
}

/**
 * In an incremental session, the previous run's claims that this run's would equal.
 *
 * Before the edit: the claim of frame or quote `k` when it is the same object at the same place
 * and everything its claim reads lies before the first place where the two runs differ: the text
 * (the edit), the figures, the dates and the quotes (the first item that is not the same object,
 * in either run). (A quote's claim also names its sentence, compared by the caller.)
 *
 * After the edit: the claim of the frame or quote as many places from the end in the previous run,
 * when that is the same moved (by the edit's change in length; its sentence by the change in the
 * sentence count) and its content starts after everything that changed: the edit, and every
 * figure, date and quote not in the lists' common end (the same items, moved, as many places from
 * the end). A claim reads only its content's text and the figures, dates and its actor's quotes
 * overlapping its content, so it is then the previous one moved, its figures and dates as many
 * places from the end of their lists.
 */
function claimsKept(doc: SeedDocument, frames: readonly AttributionFrame[], quotes: readonly Quote[], inputs: ActorInputs): KeptClaims | undefined {
  const prev = lastClaims;
  lastClaims = undefined;
  if (!prev || !inMemoSession()) return undefined;
  const d = diffOf(prev.text, doc.text);
  const limit = Math.min(d.same, firstDifferent(prev.figures, inputs.figures), firstDifferent(prev.dates, inputs.dates), firstDifferent(prev.quotes, quotes));
  const delta = doc.text.length - prev.text.length;
  const oldSameEnd = d.sameEnd - delta;
  const moved = (a: Span, b: Span): boolean => a.start + delta === b.start && a.end + delta === b.end && a.start >= oldSameEnd;
  // Past every item not in the common end of its list, in either run, and past the edit.
  const figures = commonEnd(prev.figures, inputs.figures, (a, b) => moved(a.span, b.span), delta);
  const dates = commonEnd(prev.dates, inputs.dates, (a, b) => moved(a.span, b.span), delta);
  const quoteEnd = commonEnd(prev.quotes, quotes, (a, b) => sameQuoteMoved(a, b, moved), delta);
  const from = Math.max(d.sameEnd, figures.reach, dates.reach, quoteEnd.reach) + 1;
  const figureShift = figures.shift;
  const dateShift = dates.shift;
  const sentenceShift = doc.sentences.length - prev.sentenceCount;
  const frameShift = frames.length - prev.frames.length;
  const quoteShift = quotes.length - prev.quotes.length;
  const place = (c: Claim, content: Span, sentence: number, cueSpan: Span | undefined): Claim => {
    const figures = shifted(c.figures, figureShift);
    const dates = shifted(c.dates, dateShift);
    return cueSpan
      ? { actorId: c.actorId, cue: c.cue, cueSpan, content, text: c.text, direct: c.direct, figures, dates, sentence }
      : { actorId: c.actorId, cue: c.cue, content, text: c.text, direct: c.direct, figures, dates, sentence };
  };
  return {
    frame: (k, f) => (prev.frames[k] === f && f.content.end <= limit ? prev.frameClaims[k] : undefined),
    quote: (k, q) => (prev.quotes[k] === q && q.span.end <= limit ? prev.quoteClaims[k] : undefined),
    frameAfter(k, f) {
      const j = k - frameShift;
      const o = prev.frames[j];
      if (o === undefined || f.content.start < from || o.actorId !== f.actorId || o.cue !== f.cue || o.sentence + sentenceShift !== f.sentence) return undefined;
      if (!moved(o.content, f.content) || !moved(o.cueSpan, f.cueSpan)) return undefined;
      const c = prev.frameClaims[j];
      if (!c) return c;
      const content = moved(c.content, f.content) ? f.content : { start: c.content.start + delta, end: c.content.end + delta };
      claimSteps.moved++;
      return place(c, content, f.sentence, f.cueSpan);
    },
    sentenceAfter(k) {
      const c = prev.quoteClaims[k - quoteShift];
      return c ? c.sentence + sentenceShift : -1;
    },
    quoteAfter(k, q, sentence) {
      const j = k - quoteShift;
      const o = prev.quotes[j];
      const c = prev.quoteClaims[j];
      if (o === undefined || c === undefined || q.inner.start < from || !sameQuoteMoved(o, q, moved) || c.sentence + sentenceShift !== sentence) return undefined;
      claimSteps.moved++;
      return place(c, q.inner, sentence, undefined);
    },
  };
}

/** How many claims after an edit were the previous run's, moved (tests, benchmarks). */
export const claimSteps = { moved: 0 };

/** Quote `b` is quote `a` moved, as a claim reads it. */
function sameQuoteMoved(a: Quote, b: Quote, moved: (a: Span, b: Span) => boolean): boolean {
  return a.depth === b.depth && a.speakerId === b.speakerId && a.cue === b.cue && a.text === b.text && moved(a.span, b.span) && moved(a.inner, b.inner);
}

/**
 * The common end of two lists (the previous run's and this run's): the items `same` finds moved,
 * as many places from the end. Gives how far the items not in it reach (the previous run's moved
 * by `delta`; -1 for none) and how many places the items of the common end moved.
 */
function commonEnd<T extends { readonly span: Span }>(a: readonly T[], b: readonly T[], same: (a: T, b: T) => boolean, delta: number): { reach: number; shift: number } {
  let t = 0;
  while (t < a.length && t < b.length && same(a[a.length - 1 - t]!, b[b.length - 1 - t]!)) t++;
  let reach = -1;
  for (let i = 0; i < a.length - t; i++) reach = Math.max(reach, a[i]!.span.end + delta);
  for (let i = 0; i < b.length - t; i++) reach = Math.max(reach, b[i]!.span.end);
  return { reach, shift: b.length - a.length };
}

const shifted = (xs: readonly number[], by: number): readonly number[] => (by === 0 || xs.length === 0 ? xs : xs.map((x) => x + by));

/**
 * Where the first item not in the two lists' common beginning (the same objects at the same
 * places) starts, in either list: every item that starts before it is in that beginning, so has
 * the same index in both. Infinity when the lists are the same.
 */
function firstDifferent(a: readonly { readonly span: Span }[], b: readonly { readonly span: Span }[]): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  // (The lists are in text order as a rule, but that is not relied on: the rest is scanned.)
  let first = Infinity;
  for (let i = k; i < a.length; i++) first = Math.min(first, a[i]!.span.start);
  for (let i = k; i < b.length; i++) first = Math.min(first, b[i]!.span.start);
  return first;
}

/** What a reported claim says: where (its content, for figures, dates and revealing it) and its words. */
interface ReportedPart {
  readonly content: Span;
  readonly text: string;
}

/**
 * The other frames whose cue lies inside frame `k`'s content, the nearest `MAX_INNER_FRAMES` of
 * them (frames come in text order of their cues; a statement holding more is pathological, and
 * reading them all would make a run-on sentence of thousands of frames quadratic).
 */
function framesWithin(frames: readonly AttributionFrame[], k: number): readonly AttributionFrame[] {
  const { start, end } = frames[k]!.content;
  let lo = 0;
  let hi = frames.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (frames[mid]!.cueSpan.start < start) lo = mid + 1;
    else hi = mid;
  }
  let out: AttributionFrame[] | undefined;
  for (let j = lo; j < frames.length && frames[j]!.cueSpan.start < end; j++) {
    const g = frames[j]!;
    if (j === k || g.cueSpan.end > end) continue;
    (out ??= []).push(g);
    if (out.length >= MAX_INNER_FRAMES) break;
  }
  return out ?? NO_OTHER_FRAMES;
}

const MAX_INNER_FRAMES = 16;

const NO_OTHER_FRAMES: readonly AttributionFrame[] = Object.freeze([]);

/**
 * The part of a frame's content that is the actor's reported statement, in words of the text:
 * - without the frame's own source and cue when the content holds them. The statement is what
 *   comes before them ("…, the union said in a statement"), after them ("According to the board,
 *   …", "A study by X found …", "In the third quarter, the company posted a loss …") or both when
 *   they are set off by commas ("…, according to X, down from …"; "This switch, he said, would …");
 *   after a quotation of the actor's they add nothing ("“…,” she told reporters");
 * - ending where the same source goes on to another report (", stating …", ", expressing …") or
 *   another source's report begins after a joining word (", as X confirmed", "while Y said");
 * - without the actor's own quotation that it leads into (", stating, “…”"); a quotation the
 *   statement runs into is part of it ("described the plan as “90 percent agreed”"), and ends it
 *   when a comma closes it.
 * Undefined when fewer than three words are left. Reads only the text inside the frame's content
 * and the frames and quotations there (a claim is kept while the editor re-analyses on that basis).
 */
function reportedPart(text: string, f: AttributionFrame, quotes: readonly Quote[], innerFrames: readonly AttributionFrame[], datelineEnd: number): ReportedPart | undefined {
  const p = statementPieces(text, f, quotes, innerFrames, datelineEnd);
  if (p === undefined) return undefined;
  endAtOtherReports(text, f, innerFrames, p);
  withoutOwnQuotes(text, quotes, p);
  // Trimmed of spaces and commas before and of spaces, punctuation and a joining word after (by
  // hand: a regex anchored at the end is quadratic on a long run of spaces).
  const a = trimmedStart(text, p.s1, p.e1);
  const b = trimmedEnd(text, a, p.e1);
  // "Akerson said “We will win” after the vote": after the quotation, when and where it was said.
  if (p.afterQuote && p.e2 <= p.s2 && adjunctOnly(text, a, b)) return undefined;
  const first = hasWords(text, a, b, 1);
  const second = p.e2 > p.s2 && hasWords(text, p.s2, p.e2, 1);
  // "told the Elmstead Echo: “…”", "said in a statement: “…”": whom or how, then the quotation, which is the claim.
  if (!second && BEFORE_QUOTE.test(text.slice(b, b + 4)) && whomOrHow(text.slice(a, b))) return undefined;
  if (!second) return (hasWords(text, a, b, 3) && !bareAdjunct(text, a, b)) || figureStatement(text, a, b) ? { content: { start: a, end: b }, text: piece(text, a, b) } : undefined;
  const c = trimmedStart(text, p.s2, p.e2);
  const d = trimmedEnd(text, c, p.e2);
  if (!first) return hasWords(text, c, d, 3) || figureStatement(text, c, d) ? { content: { start: c, end: d }, text: piece(text, c, d) } : undefined;
  // "…, according to X, down from …" keeps its comma; "This switch, he said, would …" does not.
  const joint = hasWords(text, a, b, 3) && text.charCodeAt(p.s2) === 0x2c && !VERB_STARTS.has(nextWordOrMark(text, c, d).word ?? "") ? ", " : " ";
  return { content: { start: a, end: d }, text: piece(text, a, b) + joint + piece(text, c, d) };
}

/** A statement's text: one piece [s1, e1), or two around its frame's source and cue ([s2, e2) when e2 > s2). */
class Pieces {
  /** The first piece starts right after one of the actor's quotations. */
  afterQuote = false;

  constructor(
    public s1: number,
    public e1: number,
    public s2 = 0,
    public e2 = 0,
  ) {}

  /** Where the statement ends at the latest. */
  get end(): number {
    return Math.max(this.e1, this.e2);
  }

  /** Ends the statement at `at` (in either piece). */
  cut(at: number): void {
    if (at >= this.s2 && at < this.e2) this.e2 = at;
    else if (at >= this.s1 && at < this.e1) {
      this.e1 = at;
      this.e2 = this.s2;
    }
  }
}

/**
 * The frame's content without a wire dateline and without the frame's own source and cue, when
 * the content holds them: the part before them, after them, or both (see `reportedPart`).
 * Undefined when the frame makes no claim of its own.
 */
function statementPieces(text: string, f: AttributionFrame, quotes: readonly Quote[], innerFrames: readonly AttributionFrame[], datelineEnd: number): Pieces | undefined {
  // (A wire dateline opening the first sentence is no part of it: "SANTIAGO, June 19 (Wire) -".)
  const start = Math.max(f.content.start, Math.min(datelineEnd, f.content.end));
  const end = f.content.end;
  let head = Math.min(f.source.start, f.cueSpan.start);
  const tail = Math.max(f.source.end, f.cueSpan.end);
  // "“…,” Christodoulides said after the meeting": after a quotation, what follows the verb is
  // when and where it was said.
  if (start >= tail && closingMark(prevChar(text, head)) && adjunctOnly(text, start, end)) return undefined;
  // "…, according to estimates by X": the other cue, whose source holds this one, goes with it.
  for (const g of innerFrames) if (g !== f && g.cueSpan.end <= head && g.source.start <= head && g.source.end >= tail - 1) head = Math.min(head, g.cueSpan.start);
  const p = new Pieces(start, end);
  const lemma = f.lemma ?? f.cue;
  if (head < start || tail > end) {
    if (start >= tail && !hasWords(text, tail, start, 1)) {
      const s1 = statementStart(text, lemma, start, end);
      if (s1 === undefined) return undefined;
      p.s1 = s1;
    }
    return p;
  }
  const verb = !lemma.includes(" ");
  // What is said of the source ("according to X, a market research firm, …", "X, who first
  // broke the news, …") is left out with it.
  // (A statement before the source: three words or more, or two and a figure: "Revenue rose 8%, the company said".)
  const statementBefore = hasWords(text, start, head, 3) || figureStatement(text, start, head);
  const aside = f.source.end >= f.cueSpan.end ? sourceAside(text, tail, end, statementBefore) : tail;
  const after = nextWordOrMark(text, aside, end);
  const setOff = prevChar(text, head) === 0x2c && after.code === 0x2c;
  // After the actor's own quotation ("“…,” she told reporters"): the quotation is the statement.
  if (ownQuoteAt(quotes, start)) return undefined;
  // "In a message to employees, Akerson said: “…”": what follows the verb is the statement, here a quotation.
  if (after.code === 0x3a || after.code === 0x201c || after.code === 0x22) p.s1 = aside;
  else if (verb && f.cueSpan.start < f.source.start) p.e1 = head;
  else if (!verb && prevChar(text, head) !== 0x2c) {
    // In a noun phrase ("A study by X found …", "Figures compiled by X show …", "Data from the
    // grid operator, the Coordinador, show …"): what its verb reports; "According to X, …": what follows.
    const g = innerFrames.find((x) => headOf(x, f, tail, end));
    if (g) p.s1 = g.cueSpan.start;
    else if (!hasWords(text, start, head, 1)) p.s1 = aside;
    else return undefined;
  } else if (!statementBefore) {
    if (setOff && hasWords(text, start, head, 1)) [p.e1, p.s2, p.e2] = [head, aside, end];
    else p.s1 = aside;
  } else if (setOff) {
    const quoteNext = nextWordOrMark(text, after.at + 1, end).code;
    if (quoteNext === 0x201c || quoteNext === 0x22 || quoteNext === 0x60) p.s1 = aside;
    else [p.e1, p.s2, p.e2] = [head, aside, end];
  } else if (after.word !== undefined && (!ADJUNCT_STARTS.has(after.word) || pastAdjunct(text, aside, end) > aside) && lemma !== "tell" && hasWords(text, aside, end, 3)) p.s1 = aside;
  else p.e1 = head;
  if (p.s1 === aside && p.e1 > aside) {
    const s1 = statementStart(text, lemma, aside, p.e1);
    if (s1 === undefined && p.e2 <= p.s2) return undefined;
    p.s1 = s1 ?? aside;
  }
  return p;
}

/**
 * Where a statement right after its cue starts in text[from, to): past whom it was told to ("told
 * reporters the plan would …") or when and where it was said before "that" ("said in a statement
 * that …"); undefined when it is when or where alone ("… wrote in a blog post.").
 */
function statementStart(text: string, lemma: string, from: number, to: number): number | undefined {
  const s1 = lemma === "tell" ? afterAddressee(text, from, to) : pastAdjunct(text, from, to);
  if (s1 !== from) return s1;
  if (whenOrWhereOnly(text, from, to)) return undefined;
  // "(…,” Okafor told) jurors in his closing argument on Monday": whom, then when or where only.
  // ("told reporters on Monday the fund was gone": whom, when, then what.)
  const addressee = lemma === "tell" ? SHORT_ADDRESSEE.exec(text.slice(from, Math.min(to, from + 60))) : null;
  if (!addressee) return s1;
  const at = from + addressee[0].length;
  const clause = pastAdjunct(text, at, to);
  if (clause > at) return clause;
  return whenOrWhereOnly(text, at, to) ? undefined : s1;
}
/** One or two words told something, after an article or a possessive, before a preposition or a word of time. */
const SHORT_ADDRESSEE = /^\s*(?:(?:the|a|an|his|her|their|its|our)\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?\s+(?=(?:in|on|at|during|after|before|earlier|later|today|yesterday)\b)/u;

/**
 * Where what was told starts after whom it was told to ("reporters", "the council", "The Guardian",
 * "him"), or at "that" when it comes within a few words ("told reporters in Brussels that …");
 * `from` when no addressee can be read ("told of", "told: “…”").
 */
function afterAddressee(text: string, from: number, to: number): number {
  const words: { start: number; word: string; cap: boolean }[] = [];
  const re = /[^\s]+/gu;
  re.lastIndex = from;
  for (let m: RegExpExecArray | null; words.length < 16 && (m = re.exec(text)) && m.index < to; ) {
    const w = m[0];
    const bare = /^[\p{L}’'-]+/u.exec(w)?.[0] ?? "";
    if (!bare) break;
    words.push({ start: m.index, word: bare.toLowerCase(), cap: /^\p{Lu}/u.test(bare) });
    if (bare.length < w.length) break; // a comma, colon or mark ends the addressee
  }
  const that = words.findIndex((w) => w.word === "that");
  if (that > 0 && that <= 12) return words[that]!.start;
  let i = 0;
  if (i < words.length && ADDRESSEE_DETERMINERS.has(words[i]!.word)) i++;
  if (i >= words.length || ADJUNCT_STARTS.has(words[i]!.word)) return from;
  if (words[i]!.cap) while (i < words.length && (words[i]!.cap || (words[i]!.word === "of" && words[i + 1]?.cap))) i++;
  else i++;
  // The addressee ends where a clause starts ("the foreign minister | the American people share"):
  // a word or two more at most.
  for (let more = 0; i < words.length && !CLAUSE_STARTS.has(words[i]!.word) && !words[i]!.cap; more++) {
    if (more === 2 || ADJUNCT_STARTS.has(words[i]!.word) || SUBORDINATORS.has(words[i]!.word)) return from;
    i++;
  }
  // What is left must say something: three words.
  return words.length - i >= 3 || (i < words.length && words.length === 16) ? words[i]!.start : from;
}

/**
 * Where what was said starts after when and where it was said: "said in a statement that …", "said
 * on Monday that …" start at "that" (within ten words, no comma or mark before it); else `from`.
 */
function pastAdjunct(text: string, from: number, to: number): number {
  const first = nextWordOrMark(text, from, to);
  if (first.word === undefined || !ADJUNCT_STARTS.has(first.word) || first.word === "to" || first.word === "that") return from;
  const head = text.slice(first.at, Math.min(to, first.at + 120));
  const m = ADJUNCT_THEN_THAT.exec(head);
  if (!m) {
    // "said on Tuesday it would cut jobs", "said in a statement they had …": no "that", but a
    // pronoun and its verb after a when or a where.
    const p = ADJUNCT_THEN_PRONOUN.exec(head);
    if (!p) {
      const clause = clauseAfterAdjunct(head);
      return clause > 0 ? first.at + clause : from;
    }
    const words = splitSpaces(p[1]!.trim());
    const last = words[words.length - 1] ?? "";
    return /^[\p{Lu}\d]/u.test(last) || ADJUNCT_ENDS.has(last.toLowerCase()) ? first.at + p[1]!.length : from;
  }
  // The word before "that" ends a when or a where ("on Monday", "in a statement", "to Reuters"),
  // not a noun "that" describes ("insisted on terms that include …").
  const words = splitSpaces(m[0]);
  const before = words[words.length - 2] ?? "";
  const ok = /^[\p{Lu}\d]/u.test(before) || ADJUNCT_ENDS.has(before.toLowerCase());
  return ok ? first.at + m[0].length - "that".length : from;
}

/** Last words of a when or a where before "that": times, and what a statement is made in or at. */
const ADJUNCT_ENDS = new Set(
  ("week weeks month months year years today yesterday earlier later morning afternoon evening night weekend time " +
    "statement statements interview interviews letter letters speech email emails post posts tweet briefing conference " +
    "filing filings note message video memo release broadcast appearance hearing meeting session address call podcast " +
    "reporters journalists lawmakers legislators investors analysts parliament").split(" "),
);

/**
 * Up to six words without a comma, colon or quotation mark (captured), then a subject pronoun (or a
 * possessive's noun) and a verb or modal ("on Tuesday | it would", "in a statement | they had", "on
 * Tuesday | its cell had").
 */
const ADJUNCT_THEN_PRONOUN = /^((?:[^\s,;:“”"]+\s+){1,6}?)(?:he|she|it|they|we|I|(?:its|his|her|their|our)\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)\s+(?:would|will|had|has|have|was|were|is|are|could|can|might|may|should|must|did|does|do|planned|plans|expected|expects|hoped|hopes|wanted|wants|needed|needs|intended|intends|aimed|aims)\b/u;

/** Verbs that make a clause finite after its subject: auxiliaries, modals and common past forms. */
const FINITE_VERBS = new Set([..."would will had has have was were is are could can might may should must did does do".split(" "), ...COMMON_PAST_FORMS]);

/**
 * Where a clause with a noun subject starts after when or where something was said, in `head`
 * (which starts with the adjunct): "on Tuesday | prices rose", "in an interview | the plant would
 * close", "at a rally in Ohio | supporters cheered". The adjunct ends with a capitalised word, a
 * number or a word of ADJUNCT_ENDS; its subject is one to four plain words, then a finite verb.
 * 0 when there is none.
 */
function clauseAfterAdjunct(head: string): number {
  const words: { at: number; word: string; cap: boolean }[] = [];
  const re = /\S+/gu;
  for (let m: RegExpExecArray | null; words.length < 14 && (m = re.exec(head)); ) {
    const bare = /^[\p{L}\p{N}’'-]+/u.exec(m[0])?.[0] ?? "";
    if (!bare) break;
    words.push({ at: m.index, word: bare.toLowerCase(), cap: /^[\p{Lu}\p{N}]/u.test(bare) });
    if (bare.length < m[0].length) break; // a comma, colon or mark ends the clause's subject
  }
  for (let k = 1; k <= 6 && k < words.length; k++) {
    const end = words[k - 1]!;
    if (!(end.cap || ADJUNCT_ENDS.has(end.word)) || words[k]!.cap && !ADDRESSEE_DETERMINERS.has(words[k]!.word) && words[k + 1] !== undefined && words[k + 1]!.cap) continue;
    if (ADJUNCT_STARTS.has(words[k]!.word) || FINITE_VERBS.has(words[k]!.word)) continue;
    for (let j = k + 1; j <= k + 4 && j < words.length; j++) {
      const w = words[j]!.word;
      if (FINITE_VERBS.has(w) || (w.length > 4 && w.endsWith("ed") && !words[j]!.cap)) return words[k]!.at;
      if (ADJUNCT_STARTS.has(w) || CLAUSE_STARTS.has(w) && !ADDRESSEE_DETERMINERS.has(w)) break;
    }
  }
  return 0;
}

/** Up to ten words without a comma, colon or quotation mark, then "that". */
const ADJUNCT_THEN_THAT = /^(?:[^\s,;:“”"]+\s+){1,10}?that\b/u;

/** "did not tell the police because …": what follows is why, not what was told. */
const SUBORDINATORS = new Set("because although though unless whereas once until".split(" "));

/** Words a told clause starts with: "he had …", "the plan would …", "to leave", "how it …". */
const CLAUSE_STARTS = new Set(
  "he she it they we i you there the a an his her their its our my your this these those to not how what why whether when where if some many most all no".split(" "),
);

const ADDRESSEE_DETERMINERS = new Set("the a an his her their its our my your this these those".split(" "));

/** A few words of when or where and nothing else: "in a blog post", "on Monday", "at a rally in Ohio". */
function whenOrWhereOnly(text: string, from: number, to: number): boolean {
  const first = nextWordOrMark(text, from, to).word;
  // (Not a price: "at $3 a share".)
  return first !== undefined && WHEN_WHERE_STARTS.has(first) && !AT_PRICE.test(text.slice(from, Math.min(to, from + 12))) && adjunctOnly(text, from, to) && !hasWords(text, from, to, 7);
}
const AT_PRICE = /^\s*at\s+(?:about\s+|around\s+)?[$€£¥\d]/u;
const WHEN_WHERE_STARTS = new Set("in on at during after before earlier later today yesterday tonight monday tuesday wednesday thursday friday saturday sunday".split(" "));

/** Whether text[from, to) opens with a preposition or a word of time and says nothing with "that": when and where something was said. */
function adjunctOnly(text: string, from: number, to: number): boolean {
  const first = nextWordOrMark(text, from, to).word ?? "";
  return first !== "to" && ADJUNCT_STARTS.has(first) && !/\bthat\b/u.test(text.slice(from, Math.min(to, from + 300)));
}

/**
 * Only when or where, a few words with no verb: "(Dan Pruitt conceded) shortly after midnight",
 * "(she said) late on Tuesday". No statement.
 */
function bareAdjunct(text: string, from: number, to: number): boolean {
  if (to - from > 40) return false;
  const cased = text.slice(from, to).split(/\s+/u);
  const words = cased.map((w) => w.toLowerCase());
  if (words.length > 4 || !(ADJUNCT_STARTS.has(words[0]!) || /^\p{L}+ly$/u.test(words[0]!) || ADJUNCT_WORDS.has(words[0]!))) return false;
  // ("in Paris", "on Tuesday in New York": a name after a preposition is a place.)
  const placeAt = (i: number): boolean => i > 0 && /^\p{Lu}\p{Ll}/u.test(cased[i]!) && (ADJUNCT_STARTS.has(words[i - 1]!) || placeAt(i - 1));
  return words.every((w, i) => ADJUNCT_STARTS.has(w) || ADJUNCT_WORDS.has(w) || /^\p{L}+ly$/u.test(w) || /^[\d:.]+$/u.test(w) || placeAt(i));
}
/** Words of a phrase of time or place besides ADJUNCT_STARTS. */
const ADJUNCT_WORDS = new Set("the a an late early just soon midnight noon morning evening afternoon night week weekend day month year hours minutes ago then again there here home".split(" "));

/** Only whom or how something was said: "the Elmstead Echo", "in a statement", "reporters" (not "the council had failed"). */
function whomOrHow(piece: string): boolean {
  const words = piece.split(/\s+/u).filter((w) => w.length > 0);
  return words.length > 0 && words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w) || WHOM_OR_HOW.has(w.toLowerCase()) || ADJUNCT_ENDS.has(w.toLowerCase()));
}
const WHOM_OR_HOW = new Set(["the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "local", "his", "her", "their", "its"]);

/** A colon and an opening quotation mark right after a statement's piece. */
const BEFORE_QUOTE = /^\s*:\s*[“"‘]/u;

/** At most this many words less one after a speech tag's verb: "…, Castro said Sunday", "…, the chief executive told analysts on a conference call". */
const TAG_TAIL_WORDS = 7;

/** A speech tag's verb follows its source, an adverb between at most, and no modal: "the firm said", "he also told"; not "they can expect". */
function tagVerb(text: string, g: AttributionFrame): boolean {
  if (g.source.end > g.cueSpan.start) return true;
  const between = text.slice(g.source.end, g.cueSpan.start);
  return !hasWords(text, g.source.end, g.cueSpan.start, 2) && !TAG_MODAL.test(between);
}
const TAG_MODAL = /\b(?:can|could|will|would|may|might|must|should|shall|to)\b/i;

/** Ends the statement where another report inside it begins (see `reportedPart`). */
function endAtOtherReports(text: string, f: AttributionFrame, innerFrames: readonly AttributionFrame[], p: Pieces): void {
  for (const g of innerFrames) {
    if (g === f || g.cueSpan.start <= p.s1 || g.cueSpan.end > p.end) continue;
    // ", stating …": the same source's next report; ", Boeing saying …": another's, after a comma.
    if (participle(text, g.cueSpan)) {
      if (prevChar(text, g.cueSpan.start) === 0x2c) {
        p.cut(g.cueSpan.start);
        continue;
      }
      if (g.source.end <= g.cueSpan.start && g.source.start > p.s1 && prevChar(text, g.source.start) === 0x2c && !hasWords(text, g.source.end, g.cueSpan.start, 1)) {
        p.cut(g.source.start);
        continue;
      }
    }
    // "The Americans promised they would …, Castro said Sunday": the report that holds this one,
    // set after it at the sentence's end, ends it.
    if (
      g.content.start <= f.content.start &&
      g.content.end >= f.content.end &&
      g.source.start < g.cueSpan.start &&
      g.source.start > p.s1 &&
      prevChar(text, g.source.start) === 0x2c &&
      !hasWords(text, g.cueSpan.end, trimmedEnd(text, g.cueSpan.end, Math.max(p.e2 > p.s2 && g.cueSpan.start >= p.s2 ? p.e2 : p.e1, g.cueSpan.end)), TAG_TAIL_WORDS) &&
      tagVerb(text, g)
    ) {
      p.cut(g.source.start);
      continue;
    }
    // "Hale, who denied the charges, told the court …": a report in another's subject ends with it.
    if (g.source.start <= f.cueSpan.start && g.source.end >= f.cueSpan.end && g.source.end > p.s1 && relativeBefore(text, f.cueSpan.start)) {
      p.cut(g.source.end);
      continue;
    }
    // "denied the charges, told the court …", "… but did not say whether …": the same subject's next verb.
    if (g.source.start === f.source.start && g.source.end <= f.cueSpan.start) {
      const verbGroup = auxiliariesBefore(text, g.cueSpan.start, p.s1);
      const w = wordBefore(text, verbGroup);
      if (prevChar(text, verbGroup) === 0x2c || (w !== undefined && JOINING_WORDS.has(text.slice(w.start, w.end).toLowerCase()))) p.cut(verbGroup);
      continue;
    }
    // "…, as X confirmed", "while Y said …": another report, joined on.
    const gHead = Math.min(g.source.start, g.cueSpan.start);
    if (gHead <= p.s1) continue;
    const w = wordBefore(text, gHead);
    if (w !== undefined && w.start > p.s1 && JOINING_WORDS.has(text.slice(w.start, w.end).toLowerCase())) p.cut(w.start);
  }
}

/**
 * Leaves out the actor's own quotations at a piece's start and the one the statement leads into;
 * keeps one it runs into, ending the statement with it when a comma closes it (see `reportedPart`).
 */
function withoutOwnQuotes(text: string, quotes: readonly Quote[], p: Pieces): void {
  // The actor's own top-level quotations do not overlap one another: in text order, their ends are
  // sorted too, so the first that may overlap is found by binary search.
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.span.end <= p.s1) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < quotes.length && quotes[k]!.span.start < p.end; k++) {
    const q = quotes[k]!;
    const second = p.e2 > p.s2 && q.span.start >= p.s2;
    const from = second ? p.s2 : p.s1;
    const to = second ? p.e2 : p.e1;
    if (q.span.end <= from || q.span.start >= to) continue;
    if (q.span.start <= from + 1) {
      if (second) p.s2 = Math.max(p.s2, q.span.end);
      else {
        p.s1 = Math.max(p.s1, q.span.end);
        p.afterQuote = true;
      }
      continue;
    }
    const before = prevChar(text, q.span.start);
    const verb = wordBefore(text, q.span.start);
    // Led into (", stating, “…”", "said: “…”", "a statement saying “…”"): the statement ends before it.
    if (before === 0x2c || before === 0x3a || before === 0x2014 || (verb !== undefined && introducesQuote(text.slice(verb.start, verb.end))) || !hasWords(text, from, q.span.start, 1) || q.span.end > to) {
      p.cut(q.span.start);
      return;
    }
    // Run into ("as “90 percent agreed,” highlighting …"): a comma inside its closing mark ends the
    // statement with it; without one the statement goes on ("“ready to talk” and accused …").
    const last = lastCharBefore(text, q.inner.start, q.inner.end);
    if (last === 0x2c || last === 0x3b) {
      p.cut(q.span.end);
      return;
    }
  }
}

/** text[a, b), a comma or semicolon before a closing quotation mark at its end left out. */
function piece(text: string, a: number, b: number): string {
  return b - a >= 3 && closingMark(text.charCodeAt(b - 1)) && (text.charCodeAt(b - 2) === 0x2c || text.charCodeAt(b - 2) === 0x3b) ? text.slice(a, b - 2) + text[b - 1]! : text.slice(a, b);
}

/** Whether frame `g` is the verb whose subject ends with frame `f`'s cue and source (up to `tail`): "A study by X found". */
function headOf(g: AttributionFrame, f: AttributionFrame, tail: number, end: number): boolean {
  return g !== f && g.source.start < tail && g.source.end <= tail && g.cueSpan.start >= tail && g.cueSpan.end <= end;
}

/** Where text[from, to) starts after spaces, commas and colons. */
function trimmedStart(text: string, from: number, to: number): number {
  let a = from;
  while (a < to && (spaceAt(text, a) || text.charCodeAt(a) === 0x2c || text.charCodeAt(a) === 0x3a)) a++;
  return a;
}

/**
 * Where what follows a source at `at` (the end of a frame that ends with its source) goes on, past
 * an aside on it set off by a comma: a relative clause ("X, who first broke the news, …") up to
 * the next comma, or after a statement (`after`) an apposition that ends it ("…, according to
 * NPD Group, a market research firm."). The end of the content (`to`) when the aside runs to it.
 */
function sourceAside(text: string, at: number, to: number, after: boolean): number {
  const next = nextWordOrMark(text, at, to);
  if (next.code !== 0x2c) return at;
  const w = nextWordOrMark(text, next.at + 1, to).word;
  if (w === undefined) return at;
  const comma = clauseComma(text, next.at + 1, to);
  if (RELATIVE_STARTS.has(w)) return comma < 0 ? to : comma;
  return after && APPOSITION_STARTS.has(w) && comma < 0 ? to : at;
}

/** The first comma in text[from, to) followed by a space (not one inside a number), or -1. */
function clauseComma(text: string, from: number, to: number): number {
  for (let i = text.indexOf(",", from); i >= 0 && i < to; i = text.indexOf(",", i + 1)) if (i + 1 >= to || spaceAt(text, i + 1)) return i;
  return -1;
}

const RELATIVE_STARTS = new Set(["who", "which", "whose"]);
const APPOSITION_STARTS = new Set(["a", "an", "the"]);

/** Words that open a clause's verb: what follows an aside on its subject ("This switch, he said, would …") takes no comma. */
const VERB_STARTS = new Set("is are was were has have had will would could can may might should must does did do".split(" "));

/** Whether one of the actor's own quotations (in text order) starts at `at` or right after it. */
function ownQuoteAt(quotes: readonly Quote[], at: number): boolean {
  // The first that starts at `at` or after it.
  const k = countStartingAtOrBefore(quotes, at - 1);
  return k < quotes.length && quotes[k]!.span.start <= at + 1;
}

/** The first word (lower-cased, ASCII letters) or mark at or after `i` before `to`, past spaces. */
function nextWordOrMark(text: string, i: number, to: number): { readonly at: number; readonly code: number; readonly word?: string } {
  let k = i;
  while (k < to && spaceAt(text, k)) k++;
  if (k >= to) return { at: k, code: 0 };
  let e = k;
  while (e < to && asciiLetter(text.charCodeAt(e))) e++;
  return e > k ? { at: k, code: text.charCodeAt(k), word: text.slice(k, e).toLowerCase() } : { at: k, code: text.charCodeAt(k) };
}

/**
 * Words that start what follows a reporting verb without being its statement ("said in a
 * statement", "said on Monday", "told reporters"): prepositions and words of time.
 */
const ADJUNCT_STARTS = new Set(
  "in on at to after before during with by from for of about over since until following through via under without outside inside last this next earlier later today yesterday tonight monday tuesday wednesday thursday friday saturday sunday when while as and but".split(" "),
);

/** The code of the last character in text[from, to) that is no space (0 for none). */
function lastCharBefore(text: string, from: number, to: number): number {
  let k = to - 1;
  while (k >= from && spaceAt(text, k)) k--;
  return k >= from ? text.charCodeAt(k) : 0;
}

const QUOTE_REACH = 2000;

const closingMark = (c: number): boolean => c === 0x201d || c === 0x22;

/**
 * Whether the closing mark at `i` closes a quotation opened in text[from, i) (read back at most
 * `QUOTE_REACH` characters: a run of marks at the end of a long stretch stays linear).
 */
function closesQuotation(text: string, from0: number, i: number): boolean {
  const from = Math.max(from0, i - QUOTE_REACH);
  const c = text.charCodeAt(i);
  if (c === 0x201d) {
    for (let k = i - 1; k >= from; k--) {
      const d = text.charCodeAt(k);
      if (d === 0x201c) return true;
      if (d === 0x201d) return false;
    }
    return false;
  }
  if (c !== 0x22) return false;
  let n = 0;
  for (let k = from; k < i; k++) if (text.charCodeAt(k) === 0x22) n++;
  return n % 2 === 1;
}

/**
 * The end of text[from, to) without spaces, punctuation and a joining word at its end, and
 * without a phrase after its last comma that ends in a reporting verb with nothing reported
 * (", releasing a statement saying").
 */
function trimmedEnd(text: string, from: number, to: number): number {
  let b = to;
  for (;;) {
    while (b > from && (TRAILING_MARKS.has(text[b - 1]!) || spaceAt(text, b - 1)) && !(closingMark(text.charCodeAt(b - 1)) && closesQuotation(text, from, b - 1))) b--;
    const w = wordBefore(text, b);
    if (w === undefined || w.start < from || w.end !== b) return b;
    const word = text.slice(w.start, w.end).toLowerCase();
    if (OPENING_WORDS.has(word)) {
      b = w.start;
      continue;
    }
    if (!word.endsWith("ing") || !reportingForm(word)) return b;
    let comma = w.start - 1;
    while (comma > from && w.start - comma <= 60 && !(text.charCodeAt(comma) === 0x2c && spaceAt(text, comma + 1))) comma--;
    if (comma <= from || text.charCodeAt(comma) !== 0x2c) return b;
    b = comma;
  }
}

/** Whether a relative pronoun stands right before the verb at `at` ("who denied"). */
function relativeBefore(text: string, at: number): boolean {
  const w = wordBefore(text, at);
  return w !== undefined && RELATIVE_STARTS.has(text.slice(w.start, w.end).toLowerCase());
}

/** Where the verb group ending with the verb at `at` starts: back over "did not", "also", "would" … (not before `from`). */
function auxiliariesBefore(text: string, at: number, from: number): number {
  let k = at;
  for (;;) {
    const w = wordBefore(text, k);
    if (w === undefined || w.start <= from || !AUXILIARIES.has(text.slice(w.start, w.end).toLowerCase())) return k;
    k = w.start;
  }
}

const AUXILIARIES = new Set("did does do not never also later then has had have would will could may might should further again".split(" "));

/** A reporting verb in the past or as a participle ("said", "saying"; not "call", "states"). */
function reportingForm(word: string): boolean {
  return reportingLemma(word) !== undefined;
}

/** A reporting verb that introduces a quotation right after it ("saying “…”"), not one that names with it ("called “apps”"). */
function introducesQuote(word: string): boolean {
  const lemma = reportingLemma(word);
  return lemma !== undefined && !QUOTE_ONLY_VERBS.has(lemma);
}

/** The lemma of a reporting verb in the past or as a participle, else undefined. */
function reportingLemma(word: string): string | undefined {
  const e = REPORTING_VERBS.get(word.toLowerCase());
  return e !== undefined && (e.forms.includes("past") || e.forms.includes("ing")) ? e.lemma : undefined;
}

/** Words that join a report to what comes before it ("…, as X said", "while Y said …"). */
const JOINING_WORDS = new Set(["as", "and", "but", "while", "whereas", "though", "although"]);

/** Words no statement ends in: the joining words, and those that open a clause ("…, which"). */
const OPENING_WORDS = new Set([...JOINING_WORDS, "which", "who", "whose"]);

/** The code of the last character before `i` that is no space (0 for none). */
function prevChar(text: string, i: number): number {
  return lastCharBefore(text, 0, i);
}

/** The ASCII word (letters) that ends at `i`, after any spaces before `i`. */
function wordBefore(text: string, i: number): Span | undefined {
  let e = i;
  while (e > 0 && spaceAt(text, e - 1)) e--;
  let s = e;
  while (s > 0 && asciiLetter(text.charCodeAt(s - 1))) s--;
  return s < e ? { start: s, end: e } : undefined;
}

const asciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** A cue that is one word in -ing ("stating", "saying"). */
function participle(text: string, cue: Span): boolean {
  if (cue.end - cue.start < 5 || !text.endsWith("ing", cue.end)) return false;
  for (let i = cue.start; i < cue.end; i++) if (!asciiLetter(text.charCodeAt(i))) return false;
  return true;
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

/**
 * Two words and a figure: "sales rose 4%", "12 students died", a statement however short ("on May
 * 3", "in 2025", "last week" are when it was said, not what: no statement starts so).
 */
function figureStatement(text: string, from: number, to: number): boolean {
  if (!hasWords(text, from, to, 2) || !/\d/.test(text.slice(from, to))) return false;
  const first = /^[A-Za-z]+/.exec(text.slice(from, Math.min(to, from + 20)));
  return first === null || !ADJUNCT_STARTS.has(first[0].toLowerCase());
}

/** `sentenceOf(doc, offset)`, looking at sentence `guess` first. */
function sentenceOfNear(doc: SeedDocument, offset: number, guess: number): number {
  const ss = doc.sentences;
  const s = ss[guess];
  if (s !== undefined && s.index === guess && s.span.start <= offset && (guess + 1 >= ss.length || ss[guess + 1]!.span.start > offset)) return guess;
  return sentenceOf(doc, offset);
}

function sentenceOf(doc: SeedDocument, offset: number): number {
  const n = countStartingAtOrBefore(doc.sentences, offset);
  return n > 0 ? doc.sentences[n - 1]!.index : 0;
}

/** The indices (ascending) of the items whose span lies inside a given span: binary search over the items by start. */
const NO_ITEMS: readonly number[] = Object.freeze([]);

function within(items: readonly { span: Span }[]): (s: Span) => readonly number[] {
  // Usually in text order already: an order is made only when not.
  const sorted = startsInOrder(items);
  const order = sorted ? undefined : items.map((_, i) => i).sort((a, b) => items[a]!.span.start - items[b]!.span.start || a - b);
  const at = order ? (k: number): number => order[k]! : (k: number): number => k;
  return (s) => {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[at(mid)]!.span.start < s.start) lo = mid + 1;
      else hi = mid;
    }
    let out: number[] | undefined;
    for (let k = lo; k < items.length && items[at(k)]!.span.start <= s.end; k++) {
      const i = at(k);
      if (items[i]!.span.end <= s.end) (out ??= []).push(i);
    }
    // Most claims hold no figure or date: they share one empty list (results are never changed).
    return out === undefined ? NO_ITEMS : order ? out.sort((a, b) => a - b) : out;
  };
}

/** A spokesperson right after a body's name: "An IBM spokeswoman". */
const SPOKES_AFTER = /^\s+(?:spokes(?:person|man|woman)|representative|official)\b/iu;

/** Was `a` named, before `at` (within a few sentences), as the body a spokesperson spoke for ("a spokesperson for the FCA", "an IBM spokeswoman")? */
function spokenFor(a: ActorDraft, text: string, at: number): boolean {
  for (const m of a.mentions) {
    if (m.span.start >= at || at - m.span.start > 400) continue;
    if (SPOKES_FOR.test(text.slice(Math.max(0, m.span.start - 40), m.span.start)) || SPOKES_AFTER.test(text.slice(m.span.end, m.span.end + 20))) return true;
  }
  return false;
}
