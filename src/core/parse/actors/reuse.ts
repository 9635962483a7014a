import type { Mention } from "../../model/actor";
import { startsInOrder, type Span } from "../../model/span";
import { diffOf } from "../../memo";
import { sameItems } from "../../arrays";
import type { ActorDraft, ActorIndex } from "./build";
import { sentenceFacts } from "./facts";
import { localCandidates, retainCandidates, type ActorSentence } from "./local";
import type { KbView } from "./lookup";

// While the editor re-analyses after each keystroke, the document-wide passes of `buildActors`
// (build.ts) are the largest part of the work, and an edit rarely changes their outcome. They read
// a sentence only through its name candidates and its facts (facts.ts): which tokens are heading
// or quoted, the phrases around organisation nouns, office words and speaking pronouns. They
// compare offsets only with one another, never measure distances between them.
//
// So when the edited sentences have the same candidates and facts as before, at offsets the edit
// moved alike (an offset before the edit stays, one after it moves by the change in length, none
// lies on the edit), and every other sentence has the same tokens as before (the memoised tokens
// object itself, at an offset the edit moved alike), the passes would make the same actors, in
// the same order, with the same ids, and mentions at the moved offsets. The previous run's index
// is then kept, with its mentions moved.

/** The previous run of an incremental session: its text, sentences and index as `buildActors` left it. */
interface Built {
  readonly text: string;
  readonly kb: KbView;
  readonly sentences: readonly ActorSentence[];
  readonly index: ActorIndex;
  /**
   * Each actor's gender as the passes left it. Resolving a pronoun after them (a quotation's
   * speaker) may set an actor's gender: restored before the index is used again.
   */
  readonly genders: readonly ("m" | "f" | undefined)[];
  /** How long the index's log of genders was then. */
  readonly gendersLogged: number;
}

let last: Built | undefined;

/** What a run that kept the previous index knows of the edit (`keptIndex`). */
export interface KeptIndex {
  /** The previous run's text. */
  readonly previousText: string;
  /** Where an offset of the previous text is now (-1: on the edit). */
  readonly moved: (x: number) => number;
  /** The sentences whose tokens changed (their candidates and facts did not). */
  readonly changed: ReadonlySet<number>;
  /** Gives the actors the genders the passes gave them again. */
  restoreGenders(): void;
}

let kept: { readonly actors: readonly ActorDraft[]; readonly info: KeptIndex } | undefined;

/** When `index` is the previous run's, kept by this run: what the run knows of the edit. */
export function keptIndex(index: ActorIndex): KeptIndex | undefined {
  return kept && kept.actors === index.actors ? kept.info : undefined;
}

/** How many runs of an incremental session kept the previous index, and how many built one (tests, benchmarks). */
export const actorBuilds = { reused: 0, built: 0 };

/** How many edited sentences are compared before building anew. */
const MAX_CHANGED = 8;

/** `build(sentences, kb)`, or the previous run's index with its mentions moved when that is the same (see above). */
export function reuseOrBuild(
  text: string,
  sentences: readonly ActorSentence[],
  kb: KbView,
  build: (sentences: readonly ActorSentence[], kb: KbView) => ActorIndex,
): ActorIndex {
  const prev = last;
  // Forgotten first: a build that throws leaves nothing half-made behind.
  last = undefined;
  kept = undefined;
  const reused = prev ? reuse(prev, text, sentences, kb) : undefined;
  const index = reused ?? build(sentences, kb);
  if (reused) actorBuilds.reused++;
  else actorBuilds.built++;
  last = reused && prev ? { ...prev, text, sentences, index } : { text, kb, sentences, index, genders: index.actors.map((a) => a.gender), gendersLogged: index.genders.length };
  return index;
}

/** Forgets the previous run (tests). */
export function forgetBuiltActors(): void {
  last = undefined;
}

function reuse(prev: Built, text: string, sentences: readonly ActorSentence[], kb: KbView): ActorIndex | undefined {
  if (prev.kb !== kb || prev.sentences.length !== sentences.length) return undefined;
  const moved = offsetMap(prev.text, text);
  const changed: number[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const o = prev.sentences[i]!;
    const n = sentences[i]!;
    if (o === n) continue;
    if (o.heading !== n.heading) return undefined;
    if (o.local === n.local && sameItems(o.quoted, n.quoted) && moved(o.base) === n.base) continue;
    if (changed.push(i) > MAX_CHANGED) return undefined;
  }
  for (const i of changed) {
    const o = prev.sentences[i]!;
    const n = sentences[i]!;
    if (signature(o, prev.kb, (x) => moved(x + o.base)) !== signature(n, kb, (x) => x + n.base)) return undefined;
  }
  // Every mention's new offsets, checked before anything changes (none may lie on the edit).
  const index = prev.index;
  const { same, oldEnd, delta } = moved;
  const at = (x: number): number => (x < same ? x : x > oldEnd ? x + delta : -1);
  const ok = (sp: Span): boolean => at(sp.start) >= 0 && at(sp.end) >= 0;
  // The index's mentions in text order (checked): only those from the first ending at or after the
  // edit's start to the last starting at or before its end can lie on it.
  const ms = index.mentions;
  const first = firstEndingFrom(ms, same);
  if (first < 0) {
    for (const m of ms) if (!ok(m.span)) return undefined;
  } else for (let k = first; k < ms.length && ms[k]!.span.start <= oldEnd; k++) if (!ok(ms[k]!.span)) return undefined;
  // Each actor's mentions, moved into new lists first (assigned once all are checked).
  const lists: (Mention[] | undefined)[] = new Array<Mention[] | undefined>(index.actors.length);
  for (let i = 0; i < index.actors.length; i++) {
    const list = index.actors[i]!.mentions;
    // (Made at its size once a first mention moves, the ones before it copied in.)
    let out: Mention[] | undefined;
    for (let k = 0; k < list.length; k++) {
      const m = list[k]!;
      const sp = m.span;
      if (sp.end < same) {
        if (out) out[k] = m;
        continue;
      }
      const start = at(sp.start);
      const end = at(sp.end);
      if (start < 0 || end < 0) return undefined;
      if (start === sp.start && end === sp.end) {
        if (out) out[k] = m;
        continue;
      }
      if (!out) {
        out = new Array<Mention>(list.length);
        for (let j = 0; j < k; j++) out[j] = list[j]!;
      }
      out[k] = { span: { start, end }, text: m.text, via: m.via };
    }
    // In text order, as the finished actor lists them: sorted once, not again at every keystroke.
    // (Nothing reads the order of a draft's mentions but `finishActors`, which sorts them.)
    if (out && !startsInOrder(out)) out.sort((x, y) => x.span.start - y.span.start);
    lists[i] = out;
  }
  // In text order: those before the edit keep their spans.
  for (let k = first < 0 ? 0 : first; k < ms.length; k++) {
    const m = ms[k]!;
    const start = at(m.span.start);
    const end = at(m.span.end);
    if (start !== m.span.start || end !== m.span.end) m.span = { start, end };
  }
  // New lists (the mentions already in results are never changed).
  lists.forEach((out, i) => {
    if (out) index.actors[i]!.mentions = out;
  });
  const restoreGenders = (): void => {
    index.actors.forEach((a, k) => {
      const g = prev.genders[k];
      if (g === undefined) delete a.gender;
      else a.gender = g;
    });
    index.genders.length = prev.gendersLogged;
  };
  restoreGenders();
  retainCandidates(kb);
  kept = { actors: index.actors, info: { previousText: prev.text, moved, changed: new Set(changed), restoreGenders } };
  return { ...index, sentences };
}

/**
 * Where an offset of `before` is in `after` (which differs from it in one stretch, `diffOf`): the
 * same before the stretch (`same`), moved by the change in length (`delta`) after it (past
 * `oldEnd`), -1 on or in it.
 */
interface OffsetMap {
  (x: number): number;
  readonly same: number;
  readonly oldEnd: number;
  readonly delta: number;
}

function offsetMap(before: string, after: string): OffsetMap {
  const d = before === after ? undefined : diffOf(before, after);
  const same = d ? d.same : Infinity;
  const delta = after.length - before.length;
  const oldEnd = d ? d.sameEnd - delta : Infinity;
  return Object.assign((x: number) => (x < same ? x : x > oldEnd ? x + delta : -1), { same, oldEnd, delta });
}

/** Lists of mentions found in text order without overlapping. */
const ORDERED = new WeakSet<object>();

/**
 * The first of `mentions` whose span ends at or after `x`, when they are in text order without
 * overlapping (so their ends are in order too); -1 when they are not.
 */
function firstEndingFrom(mentions: readonly { readonly span: Span }[], x: number): number {
  // Checked once per list: moved by `reuse`, which moves every mention from the edit on alike (none lies on it), it stays so.
  if (!ORDERED.has(mentions)) {
    for (let k = 1; k < mentions.length; k++) if (mentions[k]!.span.start < mentions[k - 1]!.span.end) return -1;
    ORDERED.add(mentions);
  }
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.span.end < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A sentence's candidates and facts, with offsets as `at` gives them (-1: on the edit) and knowledge-base entries by identity. */
function signature(s: ActorSentence, kb: KbView, at: (relative: number) => number): string {
  const place = (x: number): number => {
    const v = at(x);
    return v < 0 ? -1 : v;
  };
  return JSON.stringify({ candidates: localCandidates(s, kb), facts: sentenceFacts(s, kb) }, (key, value: unknown) => {
    if ((key === "span" || key === "andBefore" || key === "andAfter") && isSpan(value)) return [place(value.start), place(value.end)];
    if (key === "countryStart" && typeof value === "number") return place(value);
    if (key === "kb" && typeof value === "object" && value !== null) return entryId(value);
    return value;
  });
}

function isSpan(v: unknown): v is Span {
  return typeof v === "object" && v !== null && typeof (v as Span).start === "number" && typeof (v as Span).end === "number";
}

const ENTRY_IDS = new WeakMap<object, number>();
let nextEntryId = 0;

function entryId(entry: object): number {
  let id = ENTRY_IDS.get(entry);
  if (id === undefined) ENTRY_IDS.set(entry, (id = nextEntryId++));
  return id;
}

