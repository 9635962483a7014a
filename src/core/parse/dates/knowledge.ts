/**
 * Look-ups over the knowledge base that date a document: events an "nth year" refers to, and
 * office holders whose title in the text dates it ("US President Donald Trump").
 */
import type { EventEntry, KnowledgeBase, PersonEntry, Office } from "../../knowledge";
import type { Span } from "../../model/span";
import { detached, diffOf, inMemoSession, memo } from "../../memo";
import { keptByWalls } from "./kept";

export const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const lower = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'");

/** The maximal runs of ASCII word characters (`\\w`) of a lower-cased text: a word `w` of them is where `\\bw\\b` matches. */
function wordRuns(p: string): Set<string> {
  const out = new Set<string>();
  let start = -1;
  for (let i = 0; i <= p.length; i++) {
    const c = p.charCodeAt(i);
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.add(p.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** Head nouns of vague event names: "the war", "the ongoing conflict". */
function headNoun(v: string): string | undefined {
  const w = lower(v).replace(/^the\s+/, "").trim();
  return /^[a-z-]+$/.test(w) ? w : undefined;
}

/**
 * Knowledge-base events a passage speaks of: a full name or variant, or a vague variant's head noun
 * ("the ongoing conflict") when one of the event's context words occurs in the document.
 */
export function eventsIn(kb: KnowledgeBase, passage: string, documentText: string): EventEntry[] {
  const out: EventEntry[] = [];
  for (const { event, direct } of passageEvents(kb, passage)) {
    // Vague names ("the war") count only when one of the event's context words is in the document.
    if (direct || event.context.some((c) => documentHas(kb, documentText, c))) out.push(event);
  }
  return out;
}

/** An event a passage names outright (`direct`), or only by a vague name's head noun. */
interface PassageEvent {
  readonly event: EventEntry;
  readonly direct: boolean;
}

/** The events of a passage before the document's context words are looked at, found once per passage text. */
function passageEvents(kb: KnowledgeBase, passage: string): readonly PassageEvent[] {
  const ix = contextIndex(kb);
  return memo(ix.passageNamespace, passage, () => {
    const p = lower(passage);
    const out: PassageEvent[] = [];
    // The passage's words, for the head nouns of letters alone (many events share one: "war").
    let words: Set<string> | undefined;
    const hasHead = (h: string | RegExp): boolean => (typeof h === "string" ? (words ??= wordRuns(p)).has(h) : h.test(p));
    for (const { event, plain, heads } of ix.events) {
      if (plain.some((n) => p.includes(n))) out.push({ event, direct: true });
      else if (heads.some(hasHead)) out.push({ event, direct: false });
    }
    return out;
  });
}

/**
 * The context words of the last document asked about, found once per document (callers ask for
 * each "nth year" phrase of one document in turn) and chunk by chunk of lines: the editor's
 * re-analysis after an edit looks only at the changed chunks (see `contextWordsOf`).
 */
let seen: { text: string; kb: KnowledgeBase; words: ReadonlySet<string> | undefined; other: Map<string, boolean> } | undefined;

export function documentHas(kb: KnowledgeBase, documentText: string, c: string): boolean {
  if (seen?.text !== documentText || seen.kb !== kb) seen = { text: documentText, kb, words: undefined, other: new Map() };
  const w = lower(c);
  const ix = contextIndex(kb);
  if (ix.words.has(w)) return (seen.words ??= contextWordsOf(ix, documentText)).has(w);
  // Not a context word of this knowledge base, or one that spans lines: the document as a whole.
  let has = seen.other.get(w);
  if (has === undefined) seen.other.set(w, (has = documentMatches(documentText, w)));
  return has;
}

/** `\b` followed by `word` (lower-cased) somewhere in the lower-cased text: the definition the finder must agree with. */
export function documentMatches(text: string, word: string): boolean {
  return new RegExp(`\\b${escape(word)}`).test(lower(text));
}

/** The events' context words of a knowledge base, lower-cased, by their first characters (`startKey`). */
interface ContextIndex {
  readonly namespace: string;
  readonly passageNamespace: string;
  /** The dated events, with their names: lower-cased, or as a head-noun pattern for vague ones ("the war"). */
  readonly events: readonly { readonly event: EventEntry; readonly plain: readonly string[]; readonly heads: readonly (string | RegExp)[] }[];
  /** Every word the line-by-line finder looks for: none empty, none holding a line break. */
  readonly words: ReadonlySet<string>;
  readonly byStart: ReadonlyMap<number, readonly string[]>;
  /** Whether `byStart` holds a key: a quick test before the look-up. */
  readonly starts: Uint8Array;
}

/**
 * A word's first three characters (two, one for shorter words) as a small integer, in ranges
 * of their own per length; different starts may share one (`startsWith` tells them apart).
 */
const startKey3 = (a: number, b: number, c: number): number => ((a & 0x3f) << 12) | ((b & 0x3f) << 6) | (c & 0x3f);
const startKey2 = (a: number, b: number): number => (1 << 18) | ((a & 0xff) << 8) | (b & 0xff);
const startKey1 = (a: number): number => (1 << 18) + (1 << 16) + (a & 0xffff);
const START_KEYS = (1 << 18) + (1 << 17);

function startKey(w: string): number {
  if (w.length >= 3) return startKey3(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2));
  return w.length === 2 ? startKey2(w.charCodeAt(0), w.charCodeAt(1)) : startKey1(w.charCodeAt(0));
}

const CONTEXT_INDEX = new WeakMap<KnowledgeBase, ContextIndex>();
let nextKbId = 0;

function contextIndex(kb: KnowledgeBase): ContextIndex {
  let ix = CONTEXT_INDEX.get(kb);
  if (!ix) {
    const words = new Set<string>();
    const byStart = new Map<number, string[]>();
    const starts = new Uint8Array(START_KEYS);
    const events: { event: EventEntry; plain: string[]; heads: (string | RegExp)[] }[] = [];
    for (const e of kb.entries) {
      if (e.type !== "event") continue;
      if (e.start) {
        const plain: string[] = [];
        const heads: (string | RegExp)[] = [];
        for (const name of [e.name, ...e.variants, ...(e.vague ?? [])]) {
          const head = headNoun(name);
          // A head of letters alone is a word of the passage (\\bhead\\b): looked up; others by pattern.
          if (head) heads.push(/^[a-z]+$/.test(head) ? head : new RegExp(`\\b${escape(head)}\\b`));
          else plain.push(lower(name));
        }
        events.push({ event: e, plain, heads });
      }
      for (const c of e.context) {
        const w = lower(c);
        if (w === "" || w.includes("\n") || words.has(w)) continue;
        words.add(w);
        const key = startKey(w);
        starts[key] = 1;
        const list = byStart.get(key);
        if (list) list.push(w);
        else byStart.set(key, [w]);
      }
    }
    const id = nextKbId++;
    CONTEXT_INDEX.set(kb, (ix = { namespace: `kb/context-words@${id}`, passageNamespace: `kb/passage-events@${id}`, events, words, byStart, starts }));
  }
  return ix;
}

/**
 * The knowledge base's context words in a text, chunk by chunk of whole lines (a word holds no
 * line break, a line break is no word character, and lower-casing reads no further than a line:
 * each chunk's words are those found in the whole text in that chunk).
 */
function contextWordsOf(ix: ContextIndex, text: string): ReadonlySet<string> {
  const found = new Set<string>();
  if (ix.words.size === 0) return found;
  const prev = lastChunks?.ix === ix ? lastChunks : undefined;
  const chunks: Chunk[] = [];
  // The previous chunks reused are those before `k0` and from `ks` on; the words are counted over the chunks.
  let k0 = 0;
  let ks = prev ? prev.chunks.length : 0;
  const counts = new Map<string, number>(prev?.counts);
  const count = (words: readonly string[], by: number): void => {
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + by);
  };
  let k = 0;
  let from = 0;
  let prefix = 0;
  let suffix = 0;
  if (prev) {
    // The chunks of the previous text that lie in what the edit left alone are reused: before
    // it, the same chunks at the same places; after it, the same chunks moved.
    const diff = diffOf(prev.text, text);
    prefix = diff.same;
    suffix = text.length - diff.sameEnd;
    while (k < prev.chunks.length && prev.chunks[k]!.end <= prefix && prev.text.charCodeAt(prev.chunks[k]!.end - 1) === 10) chunks.push(prev.chunks[k++]!);
    from = k > 0 ? prev.chunks[k - 1]!.end : 0;
    k0 = k;
  }
  const delta = prev ? prev.text.length - text.length : 0;
  while (from < text.length) {
    if (prev && from >= text.length - suffix) {
      // A chunk of the previous text starts at the same place in the unchanged end: it and all after it are the same.
      while (k < prev.chunks.length && prev.chunks[k]!.start < from + delta) k++;
      if (k < prev.chunks.length && prev.chunks[k]!.start === from + delta) {
        ks = k;
        for (; k < prev.chunks.length; k++) {
          const c = prev.chunks[k]!;
          chunks.push(delta === 0 ? c : { start: c.start - delta, end: c.end - delta, words: c.words });
        }
        break;
      }
    }
    const to = chunkEnd(text, from);
    const chunk = text.slice(from, to);
    const words = memo(ix.namespace, chunk, () => contextWordsInLine(ix, chunk));
    chunks.push({ start: from, end: to, words });
    count(words, 1);
    from = to;
  }
  if (prev) for (let i = k0; i < ks; i++) count(prev.chunks[i]!.words, -1);
  lastChunks = { ix, text, chunks, counts };
  for (const [w, n] of counts) if (n > 0) found.add(w);
  return found;
}

/** A chunk of a text and the context words in it. */
interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly words: readonly string[];
}

/** The chunks of the last text looked at. */
let lastChunks: { readonly ix: ContextIndex; readonly text: string; readonly chunks: readonly Chunk[]; readonly counts: ReadonlyMap<string, number> } | undefined;

/** Lines per chunk, on average: a chunk ends after a line whose length is 5 modulo this. */
const CHUNK_LINES = 8;
const MAX_CHUNK = 1 << 16;

/**
 * The end of the chunk of whole lines starting at `from`: chunks end where the text's own lines
 * say (after a line of a certain length), so an edit changes one chunk or two and the others
 * keep their text; a chunk without such a line ends after MAX_CHUNK characters.
 */
function chunkEnd(text: string, from: number): number {
  let start = from;
  for (;;) {
    const nl = text.indexOf("\n", start);
    if (nl < 0) return text.length;
    if ((nl - start) % CHUNK_LINES === 5 || nl + 1 - from >= MAX_CHUNK) return nl + 1;
    start = nl + 1;
  }
}

const NONE: readonly string[] = [];

/** The context words `\b<word>` finds in one line, lower-cased as `lower` does. */
export function contextWordsInLine(ix: Pick<ContextIndex, "byStart" | "starts">, line: string): readonly string[] {
  const l = lower(line);
  let out: string[] | undefined;
  let prevWord = false;
  for (let p = 0; p < l.length; p++) {
    const code = l.charCodeAt(p);
    const word = isWordChar(code);
    // `\b` holds between a word character and a non-word one (the line's ends count as non-word).
    if (word !== prevWord) {
      const b = p + 1 < l.length ? l.charCodeAt(p + 1) : -1;
      const c = p + 2 < l.length ? l.charCodeAt(p + 2) : -1;
      if (c >= 0 && ix.starts[startKey3(code, b, c)] === 1) out = wordsAt(ix.byStart.get(startKey3(code, b, c)), l, p, out);
      if (b >= 0 && ix.starts[startKey2(code, b)] === 1) out = wordsAt(ix.byStart.get(startKey2(code, b)), l, p, out);
      if (ix.starts[startKey1(code)] === 1) out = wordsAt(ix.byStart.get(startKey1(code)), l, p, out);
    }
    prevWord = word;
  }
  return out ?? NONE;
}

/** `out` with the words of `list` that start at `p` in `l`. */
function wordsAt(list: readonly string[] | undefined, l: string, p: number, out: string[] | undefined): string[] | undefined {
  if (list) for (const w of list) if (l.startsWith(w, p) && !(out ??= []).includes(w)) out.push(w);
  return out;
}

/** A character `\b` counts as a word character (no `u` or `i` flag): [A-Za-z0-9_]. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** The line-by-line finder for a knowledge base, for tests: the context words of `text`. */
export function contextWordsIn(kb: KnowledgeBase, text: string): ReadonlySet<string> {
  return contextWordsOf(contextIndex(kb), text);
}

export interface OfficeMention {
  readonly person: PersonEntry;
  readonly offices: readonly Office[];
  /** The title and name as written: "US President Donald Trump". */
  readonly span: Span;
  readonly title: string;
}

// A run of capitalised words ("US President Donald Trump"), possibly after "former".
const CAP_RUN = /\b(?:(former|ex-|then-|outgoing|incoming|late)\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,7})/g;

/**
 * People of the knowledge base named with one of their dated offices: "US President Donald Trump",
 * "President Trump". Only the first such mention per person counts; "former", "then-" do not date.
 * One pass over the capitalised runs of the text, whatever the size of the knowledge base.
 */
const TITLE_ENDS = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/** The last word of every office title in the knowledge base, lower-cased as `lower` does. */
function titleEnds(kb: KnowledgeBase): ReadonlySet<string> {
  let ends = TITLE_ENDS.get(kb);
  if (!ends) {
    const set = new Set<string>();
    for (const e of kb.entries) {
      if (e.type !== "person") continue;
      for (const o of e.offices) set.add(lower(o.title).split(" ").pop()!);
    }
    TITLE_ENDS.set(kb, (ends = set));
  }
  return ends;
}

/** A capitalised run of the text whose word before a name ends an office title (and no "former" before it). */
interface TitledRun {
  /** Where the run's match starts and ends. */
  readonly index: number;
  readonly end: number;
  /** The capitalised words (CAP_RUN's second group). */
  readonly run: string;
}

/** The CAP_RUN matches from `from` to the first match starting at or after `to`, titled ones into `out`. */
function titledRuns(ends: ReadonlySet<string>, text: string, from: number, to: number, out: TitledRun[], keep: boolean): void {
  CAP_RUN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = CAP_RUN.exec(text)) && m.index < to) {
    if (m[1]) continue;
    const words = m[2]!.split(/\s+/);
    // A title matches only when the word before the name ends an office title: without one, no
    // name in the run is looked up.
    let titled = false;
    for (let nameLen = Math.min(3, words.length - 1); nameLen >= 1 && !titled; nameLen--) titled = ends.has(lower(words[words.length - nameLen - 1]!));
    if (titled) out.push({ index: m.index, end: m.index + m[0].length, run: keep ? detached(m[2]!) : m[2]! });
  }
}

/**
 * A character no CAP_RUN match holds and no attempt to match reads past (neither white space nor
 * one of `[\w.'’-]`): the matches before it depend only on the text up to it, those after it only
 * on the text from it.
 */
function isWall(c: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 39 || c === 0x2019 || c === 45) return false;
  return !SPACE_CHAR.test(String.fromCharCode(c));
}
const SPACE_CHAR = /\s/;

/**
 * The titled capitalised runs of `text` from `from`, in order. In an incremental session, those of
 * the previous text the edit did not reach are reused (kept.ts `keptByWalls`, with `isWall`).
 */
export function titledRunsOf(kb: KnowledgeBase, text: string, from: number): readonly TitledRun[] {
  const ends = titleEnds(kb);
  const keep = inMemoSession();
  return keptByWalls<TitledRun>(
    `${runNamespace(kb)}/titled-runs`,
    text,
    from,
    isWall,
    (lo, hi) => {
      const out: TitledRun[] = [];
      titledRuns(ends, text, lo, hi, out, keep);
      return out;
    },
    (r, shift) => ({ index: r.index + shift, end: r.end + shift, run: r.run }),
  );
}

export function officeMentions(kb: KnowledgeBase, text: string, from: number): OfficeMention[] {
  const out: OfficeMention[] = [];
  const seen = new Set<PersonEntry>();
  const ns = runNamespace(kb);
  for (const r of titledRunsOf(kb, text, from)) {
    const runStart = r.end - r.run.length;
    // The longest name first; a person already named is passed over.
    for (const c of memo(ns, r.run, () => runCandidates(kb, r.run))) {
      if (seen.has(c.person)) continue;
      if (!c.match) {
        if (c.stop) break;
        continue;
      }
      seen.add(c.person);
      const start = runStart + c.match.start;
      out.push({ person: c.person, offices: c.match.offices, span: { start, end: r.end }, title: text.slice(start, r.end) });
      break;
    }
  }
  return out;
}

/**
 * A name at the end of a titled run, longest first, and what it gives when its person is not named
 * before: the offices its title matches and where the title starts in the run (`match`), or the
 * end of the run's names (`stop`: "former" before it), or nothing (no title matches).
 */
interface RunCandidate {
  readonly person: PersonEntry;
  readonly stop: boolean;
  readonly match: { readonly offices: readonly Office[]; readonly start: number } | undefined;
}

const RUN_NAMESPACE = new WeakMap<KnowledgeBase, string>();
let nextRunKb = 0;
function runNamespace(kb: KnowledgeBase): string {
  let ns = RUN_NAMESPACE.get(kb);
  if (!ns) RUN_NAMESPACE.set(kb, (ns = `dates/office-run@${nextRunKb++}`));
  return ns;
}

/** The candidates of a titled run's words (CAP_RUN's second group), depending on them and the knowledge base alone. */
function runCandidates(kb: KnowledgeBase, run: string): readonly RunCandidate[] {
  const out: RunCandidate[] = [];
  const words = run.split(/\s+/);
  for (let nameLen = Math.min(3, words.length - 1); nameLen >= 1; nameLen--) {
    const name = words.slice(words.length - nameLen).join(" ");
    const person = kb.person(name);
    if (!person || person.offices.length === 0) continue;
    const before = words.slice(0, words.length - nameLen);
    if (before.some((w) => /^(?:former|ex-.*|then-.*|late|outgoing|incoming)$/i.test(w))) {
      out.push({ person, stop: true, match: undefined });
      continue;
    }
    let matched: { offices: Office[]; titleLen: number } | undefined;
    for (let t = Math.min(3, before.length); t >= 1 && !matched; t--) {
      const title = lower(before.slice(before.length - t).join(" "));
      const qualifier = before[before.length - t - 1];
      const offices = person.offices.filter((o) => {
        if (lower(o.title) !== title) return false;
        if (!qualifier || !o.of) return true;
        const c = kb.country(qualifier);
        return !c || lower(c.name) === lower(o.of);
      });
      if (offices.length > 0) matched = { offices, titleLen: t + (qualifier && kb.country(qualifier) ? 1 : 0) };
    }
    if (!matched) {
      out.push({ person, stop: false, match: undefined });
      continue;
    }
    const skipWords = before.length - matched.titleLen;
    let start = 0;
    for (let k = 0; k < skipWords; k++) start = run.indexOf(words[k + 1]!, start + words[k]!.length);
    out.push({ person, stop: false, match: { offices: matched.offices, start } });
  }
  return out;
}
