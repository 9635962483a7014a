import type { SeedDocument, Sentence } from "../model/document";
import type { AttributionFrame, SourceKind } from "../model/attribution";
import type { Span } from "../model/span";
import { cachedByString } from "../cache";
import { flagsOfLastTokens, isInitials, isNameWord, nameOf, nameRunEnd, nameRuns, quoteMask, SOURCE_NOUN, TITLE, tokenizeMasked, wordFlag, type NameInfo, type Token } from "./attribution-tokens";
import { detached, diffOf, memo } from "../memo";
import { documentEdit, parseDateline, sentencesBefore, type DocumentEdit } from "./document";
import {
  AUX_ADVERBS,
  BE_FORMS,
  BY_ONLY_VERBS,
  COMMON_PAST_FORMS,
  EVIDENCE_VERBS,
  DOCUMENT_NOUNS,
  INTRODUCING_VERBS,
  NEEDS_PARTICLE,
  PEOPLE_NOUNS,
  PERSON_PRONOUNS,
  QUOTE_ONLY_VERBS,
  RELATIVE_PRONOUNS,
  REPORTING_VERBS,
  ROLE_SUFFIX,
  SOURCE_NOUNS,
  SPOKES_FOR,
  SUBJECT_PRONOUNS,
  TITLE_HEADS,
  UNNAMED_PERSON_HEADS,
  UNNAMED_PERSON_OPENERS,
  type VerbEntry,
} from "./lexicon/reporting";

// Word sets for the tests on one token (a Set look-up costs a fraction of a regex test).
const POSSESSIVE_PRONOUNS = new Set(["its", "their", "his", "her"]);
const BY_OR_IN = new Set(["by", "in"]);
const TIME_PREMODIFIERS = new Set(["on", "last", "this", "early", "late", "in"]);
const NOT_SUBJECT_HEADS = new Set(["the", "a", "an", "this", "that", "it", "one", "ones", "all", "both", "some", "many", "most", "none", "others", "also"]);
const BY_OR_FROM = new Set(["by", "from"]);
const EMPLOYER_PREPOSITIONS = new Set(["at", "of", "for", "from", "with", "in"]);
const PLURAL_OR_PERSONAL_PRONOUNS = new Set(["i", "we", "they", "you"]);
const COLLECTIVE_NOUNS = new Set(["police", "people", "staff", "media", "personnel", "authorities", "data", "crew", "public"]);
const TIME_ADVERBIAL_WORDS = new Set(["last", "this", "next", "week", "month", "year", "on", "in", "earlier", "later", "today", "yesterday", "jointly", "also"]);
const APPOSITIVE_STOPS = new Set(["who", "which", "whose", "where", "the", "a", "an", "his", "her", "its", "their", "now", "then", "also", "himself", "herself", "itself", "both", "each", "one", "in", "on", "at", "after", "speaking", "meanwhile", "however", "too", "though", "aged"]);
const FRONTED_ADVERBIAL_OPENER = wordFlag(["in", "on", "at", "after", "before", "with", "during", "despite", "since", "by", "for", "following", "late", "earlier", "later"]);
const NAME_CONNECTOR = wordFlag(["of", "for", "and", "&"]);
const SUBJECT_PRONOUN = wordFlag(SUBJECT_PRONOUNS);
const REPORTING_VERB = wordFlag(REPORTING_VERBS.keys());
const ARTICLES = new Set(["the", "a", "an"]);
const CLAUSE_OPENERS = new Set(["that", "who", "which", "whose", "when", "while", "because", "as", "to"]);
const PHRASE_PREPOSITIONS = new Set(["at", "on", "in", "to", "with", "during", "since", "after", "before", "over", "until", "than", "into", "about"]);
const DETERMINERS_AND_POSSESSIVES = new Set(["the", "a", "an", "its", "their", "his", "her"]);
const DEFINITE_DETERMINERS = new Set(["the", "its", "their"]);

/*
 * Reporting frames, one sentence at a time, on tokens where quoted speech is masked:
 *   SUBJECT [aux/adverbs] VERB …          "The ministry said on Monday that …", "She added …"
 *   SUBJECT, APPOSITIVE, VERB …           "Hanbit, the country's third-largest chipmaker, said …"
 *   …, SUBJECT VERB.                      "Eleven patients needed treatment, the office said."
 *   …, VERB SUBJECT[, APPOSITIVE].        "“…,” said Dr. Katrin Huber, head of the office."
 *   according to X / citing X / data from X / a report by X / VERB-ed by X
 *   …, saying/adding that …               (the clause's subject speaks)
 * Agentless passives ("has been described as", "it was reported") name no source: no frame.
 */

/** Words before a verb spelling that make it a noun ("a note", "the report", "its forecast"). */
const DETERMINERS = new Set(
  "a an the its his her their our my your this that these those whose each every no any some latest new annual same quarterly monthly weekly first final official previous own".split(" "),
);
const NEGATIVE_AUX = /^(?:didn|doesn|don|wasn|weren|hasn|haven|hadn|won|wouldn|couldn|isn|aren)['’]t$/u;
const INVERTIBLE = new Set(["say", "add", "note", "write", "explain", "warn", "insist", "argue", "recall", "reply", "respond", "remark", "observe", "comment", "concede", "declare", "admit", "continue", "tell", "state", "confirm", "caution", "stress", "complain", "suggest", "claim", "ask", "quip", "joke", "boast", "shout", "plead", "vow", ...INTRODUCING_VERBS]);
const PARTICIPLE_LEAD = new Set([",", "and", "while", "before", "after", "when", "as"]);
const DATA_CUES = new Set(["data", "figures", "statistics", "estimates", "numbers", "report", "study", "survey", "poll", "analysis", "review", "audit", "paper", "research", "census", "records", "projections", "forecasts"]);
/** Words that end a subject noun phrase scanned from the sentence start. */
const NP_STOP = new Set(
  "for of in at by from to on with is are was were has have had will would could can may might must should did does do said says told and but or that which who whose as than since after before during over under into about across between among".split(" "),
);
const STOP_LEFT = new Set(
  "is are was were has have had will would could can may might must should did does do and but or that which who whose as than since after before during over under into about across between among on in to with when while where because if not also though although whereas so yet unless".split(" "),
);
/** People whose "found" reports a finding ("researchers found 30 percent …"). */
const RESEARCHERS = new Set(["researchers", "scientists", "analysts", "investigators", "auditors", "inspectors", "economists", "experts", "academics", "statisticians", "study", "team", "authors"]);
const MODALS = new Set(["will", "would", "could", "can", "may", "might", "must", "shall", "should", "did", "does", "do", "to"]);
/** Verbs that report only before a quotation or a clause. */
// ("The ministry informed that R$1.2 billion were invested": a translation's "said"; not "informed the police".)
const NEEDS_CLAUSE = new Set(["counter", "continue", "boast", "post", "respond", "reply", "repeat", "brief", "inform"]);
const STRONG_VERBS = new Set(["say", "tell"]);
/** "A farmer in …": an unnamed person where they live or work (lexicon/reporting), then the place's preposition. */
const UNNAMED_OPENERS_SET: ReadonlySet<string> = new Set(UNNAMED_PERSON_OPENERS);
const UNNAMED_HEADS_SET: ReadonlySet<string> = new Set(UNNAMED_PERSON_HEADS);
const PLACE_PREPS = new Set(["in", "from", "near", "outside", "at"]);
/** Tokens from `a` open such a person and the place's preposition: "A farmer in". */
function unnamedPersonAt(toks: readonly Token[], a: number): boolean {
  return a >= 0 && UNNAMED_OPENERS_SET.has(toks[a]?.lower ?? "") && UNNAMED_HEADS_SET.has(toks[a + 1]?.lower ?? "") && PLACE_PREPS.has(toks[a + 2]?.lower ?? "");
}
/** Participles of a poll's respondents: "economists polled by Reuters", "analysts surveyed by Bloomberg". */
const POLLED = new Set(["polled", "surveyed", "questioned", "interviewed", "canvassed", "consulted", "contacted", "sampled"]);
/**
 * Where the respondents of a poll start, their noun at `k` ("economists" of "…, economists polled
 * by"): after the comma or quotation mark before them, at most four words back; -1 when none is there.
 */
function pollStart(tk: readonly Token[], k: number): number {
  for (let a = k; a >= Math.max(0, k - 3); a--) {
    const x = tk[a]!;
    if (x.kind !== "word") return -1;
    const before = tk[a - 1];
    if (!before || before.text === "," || before.kind === "quote") return a;
  }
  return -1;
}
/** What a message posted is, or where it went: "posted on X", "posted a statement", "posted online". */
// (Not a firm's results: "Citadel posted a net loss of $2.3 million" states the loss, no one reports it.)
const POSTED_WHAT = new Set(["on", "that", "online", "statement", "message", "video", "tweet", "update", "note", "letter", "picture", "photo", "photograph", "post", "comment", "comments", "notice", "thread"]);
/** Forms of "be" before a reporting verb's progressive ("is forecasting"), and the verbs that report so. */
const PROGRESSIVE_BE = new Set(["is", "are", "was", "were"]);
const PROGRESSIVE_REPORTING = new Set(["forecast", "project", "estimate", "predict", "expect"]);
const PROGRESSIVE_SPEECH = new Set(["warn", "claim", "report", "say", "insist", "argue"]);
/** Words that start a reported clause or a verb's object, not a noun an adjective qualifies: "that", "the", "its". */
const OBJECT_STARTS = new Set(["that", "the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "it", "them"]);

/** A verb's "-s" form that is also a plural noun: "claims", "reports", "estimates". */
const PLURAL_NOUN_VERBS: ReadonlySet<string> = new Set(["claims", "reports", "estimates", "forecasts", "projects", "records", "counts", "notes", "figures", "shows", "finds"]);
/** After such a noun, words no reporting verb takes: a preposition or another verb ("claims at", "claims rose"). */
const NOUN_NEXT_WORDS: ReadonlySet<string> = new Set(["at", "in", "of", "for", "from", "by", "under", "over", "against", "rose", "fell", "were", "are", "have", "had", "jumped", "dropped", "climbed", "declined", "increased", "decreased", "doubled", "surged", "soared", "plunged", "reached", "totalled", "totaled"]);

/** Bodies that hear evidence: "the court heard", "the jury was told", "the inquiry heard". */
const HEARERS = new Set("court courts jury tribunal inquiry hearing hearings committee panel inquest trial magistrates coroner commission".split(" "));
const ESTIMATE_NOUNS = new Set(["estimate", "estimates", "count", "calculation", "calculations", "reckoning", "tally", "figures", "data", "view", "account", "analysis", "assessment"]);
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|afternoon|evening|night|weekend)$/u;
const PP_PREPOSITIONS = new Set(["on", "in", "at", "of", "for", "from", "near", "across", "with", "inside", "outside", "to", "about"]);
/** Prepositions that open a parenthetical between a subject and its verb. */
const PARENTHETICAL_PREPOSITIONS = new Set(["by", "with", "from", "of", "for", "like", "including", "alongside", "among", "under", "within", "through", "representing", "as", "at", "on", "in"]);
/** Participles that do not report speech: "…, continuing a trend", "…, recording a loss". */
const NON_REPORTING_ING = new Set(["indicate", "suggest", "signal", "continue", "record", "count", "tally", "post", "put", "value", "peg", "project", "express", "repeat", "show", "find", "brief", "fear", "anticipate", "expect", "call", "describe", "believe", "think"]);
const LEFT_CONNECTOR = wordFlag(["of", "for", "at", "by", "from", "and", "&", "in"]);
const STOP_LEFT_WORD = wordFlag(STOP_LEFT);
const DOCUMENT_NOUN = wordFlag(DOCUMENT_NOUNS);

interface Src {
  a: number;
  b: number;
  kind: SourceKind;
}

interface Local {
  cue: string;
  lemma: string;
  cueSpan: Span;
  src: Src;
  content: Span;
}

/** Finds reporting frames in each sentence (GUIDE.md "Sourced and unsourced", 2–3). */
export function findFrames(doc: SeedDocument): AttributionFrame[] {
  return framesOf(doc, undefined, false).frames;
}

/**
 * `findFrames` the slow way, for tests: every sentence searched for frames (also those without a
 * cue word), every sentence's tokens made once and kept (also in a long text).
 */
export function findFramesInEverySentence(doc: SeedDocument): AttributionFrame[] {
  return framesOf(doc, undefined, false, false).frames;
}

/**
 * `findFrames(doc)`, reusing a previous run's frames where the text did not change (the editor
 * re-analyses after every pause in typing). Identical to `findFrames(doc)`: test/unit/incremental.test.ts
 * checks that on random edits.
 *
 * Frames are found sentence by sentence, but a source's name can come from earlier sentences
 * ("he said" → the last person named), so each sentence reads the running state of a `NameBook`
 * (recent people and organisations, genders learned from pronouns, the frames of the last few
 * sentences) and document-wide names (every capitalised word used mid-sentence, every full name).
 * The run records each sentence's changes to that state. The next run keeps the sentences before
 * the first changed one as they are, rebuilds the state there from the record, recomputes from
 * there, and at each sentence after the edit compares the state with the previous run's at the
 * same sentence: once they agree (what the following sentences can read of it), the rest is the
 * previous run's frames, shifted. Document-wide names that changed mean a whole new run.
 */
export function findFramesReusing(doc: SeedDocument, previous: FramesRun | undefined): { frames: AttributionFrame[]; run: FramesRun } {
  const r = framesOf(doc, previous, true);
  return { frames: r.frames, run: r.run! };
}

/**
 * What `findFramesReusing` reused of the previous run's frames: every sentence outside
 * [computedFrom, computedTo) has the frames the previous run found for it (sentence `i`, or
 * `i - sentenceShift` after the edit), the same objects before the edit and moved after it.
 */
export interface FramesReuse {
  readonly previous: readonly AttributionFrame[];
  readonly computedFrom: number;
  readonly computedTo: number;
  readonly sentenceShift: number;
}

const REUSED = new WeakMap<readonly AttributionFrame[], FramesReuse>();

/** What `findFramesReusing` reused to find `frames` (undefined: nothing, or not found by it). */
export function framesReuse(frames: readonly AttributionFrame[]): FramesReuse | undefined {
  return REUSED.get(frames);
}

/** What a run of `findFramesReusing` keeps for the next one. */
export interface FramesRun {
  readonly text: string;
  /** The document analysed (its sentences' spans). */
  readonly document: SeedDocument;
  /** Per sentence: its quotation mask, names and look-ups (`SentenceRecord`), the previous run's record where all three are its. */
  readonly sentences: readonly SentenceRecord[];
  /** Per sentence (and one past the last): where its frames and its state changes begin. */
  readonly frameStart: Int32Array;
  readonly opStart: Int32Array;
  readonly frames: readonly AttributionFrame[];
  /**
   * The state changes, in order. Those from `shiftFrom` on are stored as an earlier run made them,
   * their offsets to be moved by `opShift` (two numbers an operation: what to add to its span's
   * start, which is also its `at`, and to its end; `opOf`): the state changes after an edit, which
   * nothing reads again unless a later edit comes before them, are not made again on each keystroke.
   */
  readonly ops: readonly BookOp[];
  readonly shiftFrom: number;
  readonly opShift: Int32Array;
  readonly names: DocumentNames;
  /**
   * The running state before sentence `at` (the first the edit changed), which the next run starts
   * from when its edit comes at or after it (typing goes on): only the state changes between are
   * replayed, not all those before. Never changed (runs copy it).
   */
  readonly checkpoint: { readonly at: number; readonly book: NameBook } | undefined;
  /** How many sentences this run analysed (the others came from the previous run). */
  readonly computed: number;
}

/** What a run keeps of one sentence for the next run. */
interface SentenceRecord {
  /** Its quotation mask, offsets relative to its start, flat ([start, end, start, end …]). */
  readonly mask: readonly number[];
  readonly names: SentenceNames;
  /** The words it asked `DocumentNames` about. */
  readonly lookups: readonly string[];
}

/** Names seen anywhere in the document (NameBook's read-only part). */
interface DocumentNames {
  /** Capitalised words used mid-sentence. */
  readonly known: ReadonlySet<string>;
  /** Each word of the document's full personal names → the first full name holding it. */
  readonly fullByWord: ReadonlyMap<string, string>;
}

/** What one sentence adds to `DocumentNames` (strings only: reusable wherever the sentence is). */
export interface SentenceNames {
  readonly known: readonly string[];
  readonly full: readonly string[];
}

interface Recent {
  readonly info: NameInfo;
  readonly at: number;
}

/** One change to a NameBook's running state. */
type BookOp =
  | { readonly kind: "person" | "org"; readonly recent: Recent }
  | { readonly kind: "gender"; readonly name: string; readonly gender: "m" | "f" };

/** How many sentences' tokens `framesOf` keeps from finding names to finding frames. */
const KEEP_TOKENS = 256;

/** How far back the running state is read: frames of the last sentences, people before a pronoun. */
const FRAME_LOOKBACK = 4;
const PEOPLE_LOOKBACK = 50;
/** How many of the last people a copy of a NameBook keeps (`copyFor`): more than it reads. */
const KEEP_PEOPLE = 2 * PEOPLE_LOOKBACK;

/**
 * Values by sentence: in a list as long as the document, or in a map when only the few sentences
 * an edit changed are looked at (`sparse`).
 */
class PerSentence<T> {
  private readonly map: Map<number, T> | undefined;
  private readonly list: (T | undefined)[] | undefined;

  constructor(n: number, sparse: boolean) {
    if (sparse) this.map = new Map<number, T>();
    else this.list = new Array<T | undefined>(n);
  }

  get(i: number): T | undefined {
    return this.map ? this.map.get(i) : this.list![i];
  }

  /** Sets sentence `i`'s value (undefined: lets it go). */
  set(i: number, v: T | undefined): void {
    if (!this.map) this.list![i] = v;
    else if (v === undefined) this.map.delete(i);
    else this.map.set(i, v);
  }
}

function framesOf(doc: SeedDocument, previous: FramesRun | undefined, record: boolean, fast = true): { frames: AttributionFrame[]; run: FramesRun | undefined } {
  const text = doc.text;
  const sentences = doc.sentences;
  const n = sentences.length;
  // With a previous run, only the sentences the edit changed are tokenised: their masks and tokens
  // are kept by sentence in maps, not in arrays as long as the document.
  const sparse = record && previous !== undefined;
  // Quotation masks, made when read (`maskOf`); with `record`, each sentence's mask relative to its start (`rel`).
  const masks = new PerSentence<Span[]>(n, sparse);
  const maskOf = (i: number): Span[] => {
    let m = masks.get(i);
    if (m === undefined) masks.set(i, (m = quoteMask(sentences[i]!.span, doc.quotes)));
    return m;
  };
  const edit = record && previous ? documentEdit(doc) : undefined;
  const viaEdit = edit && previous!.document === edit.previous ? edit : undefined;
  // Each sentence's mask relative to its start (`relativeMask`), made once for a sentence the edit changed.
  // Those of the paragraphs the edit kept or moved (`documentEdit`) are the previous run's (their
  // quotations are the same, and a quotation never leaves its paragraph).
  const keptTo = viaEdit ? sentencesBefore(doc, viaEdit.kept) : 0;
  const movedFrom = viaEdit ? sentencesBefore(doc, viaEdit.moved) : n;
  const relMade = new Map<number, readonly number[]>();
  const relAt = (i: number): readonly number[] => {
    if (i < keptTo) return previous!.sentences[i]!.mask;
    if (i >= movedFrom) return previous!.sentences[i - viaEdit!.sentenceShift]!.mask;
    let r = relMade.get(i);
    if (r === undefined) relMade.set(i, (r = relativeMask(doc.sentences[i]!.span, maskOf(i))));
    return r;
  };
  const tokens = new PerSentence<Token[]>(n, sparse);
  // The union of each tokenised sentence's word flags (a sentence without a cue word has no frame).
  const sentenceFlags = new PerSentence<number>(n, sparse);
  const tokensOf = (i: number): Token[] => {
    let t = tokens.get(i);
    if (t === undefined) {
      tokens.set(i, (t = tokenizeMasked(text, sentences[i]!.span, maskOf(i))));
      sentenceFlags.set(i, flagsOfLastTokens());
    }
    return t;
  };
  // The first sentences' tokens are kept for the frames below; a long text's others are made
  // again there (cheaper than keeping them all alive: the collector would copy them, then promote them).
  const namesTokensOf = (i: number): Token[] => (i < KEEP_TOKENS || !fast ? tokensOf(i) : tokenizeMasked(text, sentences[i]!.span, maskOf(i)));
  const plan = previous && record ? alignWith(previous, text, relAt, doc, viaEdit) : undefined;
  // Each sentence's names: the previous run's for a sentence it had, else cached by the sentence's
  // text in the editor (tokens are made only for sentences not seen before). (A function of its
  // own: a closure in the loop below would make each turn allocate a context for `i`.)
  const namesOf = (i: number): SentenceNames =>
    !record ? sentenceNames(text, namesTokensOf(i)) : memo("frames/names", sentenceKey(text, sentences[i]!.span, maskOf(i)), () => detachedNames(sentenceNames(text, namesTokensOf(i))));
  // With a previous run, only the names of the sentences between the two it shares with it are
  // made (kept by sentence); without, every sentence's.
  const namesMade = new Map<number, SentenceNames>();
  const perSentence: SentenceNames[] = plan ? [] : new Array<SentenceNames>(n);
  if (!plan) for (let i = 0; i < n; i++) perSentence[i] = namesOf(i);
  const namesAt = (i: number): SentenceNames => {
    if (!plan) return perSentence[i]!;
    if (i < plan.prefix) return previous!.sentences[i]!.names;
    if (i >= plan.suffixFrom) return previous!.sentences[i - plan.sentenceShift]!.names;
    let x = namesMade.get(i);
    if (x === undefined) namesMade.set(i, (x = namesOf(i)));
    return x;
  };
  if (plan) for (let i = plan.prefix; i < plan.suffixFrom; i++) namesAt(i);
  const names = plan && sameMiddle(previous!, plan, namesAt) ? previous!.names : documentNames(n, namesAt);
  const changed = plan && names !== previous!.names ? changedNames(previous!.names, names) : undefined;
  const dirty = (j: number): boolean => changed !== undefined && changed.size > 0 && previous!.sentences[j]!.lookups.some((w) => changed.has(w));

  let book = new NameBook(text, names);
  let checkpoint: FramesRun["checkpoint"];
  let ops: BookOp[] = [];
  // The look-ups of the sentences this run analysed (the others' are the previous run's).
  const lookups = new Map<number, readonly string[]>();
  if (record) book.log = ops;
  let out: AttributionFrame[] = [];
  const frameStart = new Int32Array(n + 1);
  const opStart = new Int32Array(n + 1);
  // Whether the running state equals the previous run's before the aligned sentence (both empty at the start).
  let synced = true;
  let old: NameBook | undefined;
  let oldAt = 0;
  // The state changes moved after the edit: stored unmoved from `shiftFrom` on (`FramesRun`).
  let shiftFrom = -1;
  let opShift = NO_SHIFT;
  let computed = 0;
  let computedFrom = -1;
  let computedTo = -1;
  // The previous run's sentences whose answers about names changed (`dirty`), and the last of them.
  let lastDirty = -1;
  let firstDirty = Infinity;
  if (plan && changed !== undefined && changed.size > 0) {
    for (let j = 0; j < previous!.sentences.length; j++) {
      if (!dirty(j)) continue;
      lastDirty = j;
      firstDirty = Math.min(firstDirty, j);
    }
  }
  let i = 0;
  if (plan && plan.prefix > 0 && firstDirty >= plan.prefix) {
    // The sentences before the edit, all at once: the previous run's frames, state changes and look-ups as they are.
    const p = plan.prefix;
    frameStart.set(previous!.frameStart.subarray(0, p));
    opStart.set(previous!.opStart.subarray(0, p));
    out = previous!.frames.slice(0, previous!.frameStart[p]);
    // The state changes replayed (the log is the previous run's, as it is).
    const upTo = previous!.opStart[p]!;
    ops = previous!.ops.slice(0, upTo);
    for (let k = Math.min(previous!.shiftFrom, upTo); k < upTo; k++) ops[k] = opOf(previous!, k);
    // From the previous run's checkpoint when it comes before: the same state there (its
    // offsets lie before both edits), then the state changes after it.
    const cp = previous!.checkpoint;
    const replayFrom = cp && cp.at <= p ? previous!.opStart[cp.at]! : 0;
    if (replayFrom > 0) book = cp!.book.copyFor(text, names);
    book.log = undefined;
    for (let k = replayFrom; k < upTo; k++) book.apply(ops[k]!);
    if (record) book.log = ops;
    // The new checkpoint: the previous one when no state change came between (typing on in the
    // same sentence), else a copy (over no text: only its state is read, by `copyFor`).
    checkpoint = replayFrom === upTo && replayFrom > 0 ? { at: p, book: cp!.book } : { at: p, book: book.copyFor("", names) };
    // The previous run's state there is the same: a copy, for the comparisons below.
    old = book.copyFor(previous!.text, previous!.names);
    oldAt = previous!.opStart[p]!;
    i = p;
  }
  for (; i < n; i++) {
    frameStart[i] = out.length;
    opStart[i] = ops.length;
    const j = plan ? plan.oldIndex(i) : -1;
    if (j >= 0 && !synced) {
      old ??= new NameBook(previous!.text, previous!.names);
      for (; oldAt < previous!.opStart[j]!; oldAt++) old.apply(opOf(previous!, oldAt));
      synced = sameState(book, old, out, previous!, i, j, plan!);
    }
    if (j >= 0 && synced && j > lastDirty && i >= plan!.suffixFrom) {
      // Every sentence from here on is the previous run's, in the same state, with the same answers
      // about names: their frames, state changes (nothing reads the state again) and look-ups, moved.
      const m = previous!.sentences.length;
      const df = out.length - previous!.frameStart[j]!;
      const dop = ops.length - previous!.opStart[j]!;
      for (let t = j; t < m; t++) {
        frameStart[t + i - j] = previous!.frameStart[t]! + df;
        opStart[t + i - j] = previous!.opStart[t]! + dop;
      }
      for (let k = previous!.frameStart[j]!; k < previous!.frames.length; k++) out.push(moveFrame(previous!.frames[k]!, plan!));
      const from = previous!.opStart[j]!;
      shiftFrom = ops.length;
      opShift = new Int32Array(2 * (previous!.ops.length - from));
      // Grown once to its length (an internal list: holey is no matter), not push by push.
      ops.length = shiftFrom + previous!.ops.length - from;
      for (let k = from; k < previous!.ops.length; k++) ops[shiftFrom + k - from] = shiftedOp(previous!, k, plan!, opShift, 2 * (k - from));
      break;
    }
    if (j >= 0 && synced && !dirty(j)) {
      // Same text, same state, same answers about names: the previous run's frames and state changes, moved.
      const moveIt = j >= plan!.prefix;
      for (let k = previous!.frameStart[j]!; k < previous!.frameStart[j + 1]!; k++) out.push(moveIt ? moveFrame(previous!.frames[k]!, plan!) : previous!.frames[k]!);
      for (let k = previous!.opStart[j]!; k < previous!.opStart[j + 1]!; k++) book.apply(moveIt ? moveOp(opOf(previous!, k), plan!) : opOf(previous!, k));
      continue;
    }
    synced = false;
    computed++;
    if (computedFrom < 0) computedFrom = i;
    computedTo = i + 1;
    if (record) book.lookups = [];
    const f0 = out.length;
    const o0 = ops.length;
    const toks = tokensOf(i);
    const flags = sentenceFlags.get(i)!;
    framesInto(doc, sentences[i]!, toks, book, out, !fast || (flags & CUE_WORD) !== 0);
    // Nothing reads this sentence's tokens again: let them go (a long text's would all stay alive).
    tokens.set(i, undefined);
    if (record) {
      lookups.set(i, book.lookups!.map(detached));
      detachStrings(out, f0, ops, o0);
    }
  }
  frameStart[n] = out.length;
  opStart[n] = ops.length;
  if (shiftFrom < 0) shiftFrom = ops.length;
  let run: FramesRun | undefined;
  if (record) {
    // Each sentence's record: the previous run's where the sentence is its, with the same mask, names and look-ups.
    const records = new Array<SentenceRecord>(n);
    // Before the first sentence whose mask, names or look-ups this run made, and after the last: the previous run's, as they are.
    const lo = plan ? Math.min(keptTo, plan.prefix, computedFrom < 0 ? n : computedFrom) : 0;
    const hi = plan ? Math.max(movedFrom, plan.suffixFrom, computedTo, lo) : n;
    for (let k = 0; k < lo; k++) records[k] = previous!.sentences[k]!;
    for (let k = hi; k < n; k++) records[k] = previous!.sentences[k - plan!.sentenceShift]!;
    for (let k = lo; k < hi; k++) {
      const j = plan ? plan.oldIndex(k) : -1;
      const o = j >= 0 ? previous!.sentences[j] : undefined;
      const mask = relAt(k);
      const ns = namesAt(k);
      const lk = lookups.get(k) ?? o!.lookups;
      records[k] = o && o.mask === mask && o.names === ns && o.lookups === lk ? o : { mask, names: ns, lookups: lk };
    }
    run = { text, document: doc, sentences: records, frameStart, opStart, frames: out, ops, shiftFrom, opShift, names, checkpoint, computed };
  }
  if (plan) {
    const from = computedFrom < 0 ? n : computedFrom;
    // The previous frames' own record is read no more: dropped, so that frames do not hold a chain of their predecessors.
    REUSED.delete(previous!.frames);
    REUSED.set(out, { previous: previous!.frames, computedFrom: from, computedTo: Math.max(from, computedTo), sentenceShift: plan.sentenceShift });
  }
  return { frames: out, run };
}

/**
 * The strings of the frames and state changes a sentence just added (out[from…], ops[opFrom…]),
 * made strings of their own (`detached`): kept from run to run, moved, they would keep the whole
 * text of the run that found them alive. Equal strings: nothing that reads them can tell.
 */
function detachStrings(out: readonly AttributionFrame[], from: number, ops: readonly BookOp[], opFrom: number): void {
  for (let k = from; k < out.length; k++) {
    const f = out[k] as { cue: string; sourceText: string; name?: string };
    f.cue = detached(f.cue);
    f.sourceText = detached(f.sourceText);
    if (f.name !== undefined) f.name = detached(f.name);
  }
  for (let k = opFrom; k < ops.length; k++) {
    const op = ops[k]!;
    if (op.kind === "gender") (op as { name: string }).name = detached(op.name);
    else (op.recent.info as { text: string }).text = detached(op.recent.info.text);
  }
}

function detachedNames(n: SentenceNames): SentenceNames {
  return { known: n.known.map(detached), full: n.full.map(detached) };
}

/** One sentence's frames, resolved against the running state, which they then update. */
function framesInto(doc: SeedDocument, s: Sentence, toks: readonly Token[], names: NameBook, out: AttributionFrame[], mayHaveCue: boolean): void {
  const text = doc.text;
  // Every frame hangs on a CUE_WORD word: a sentence without one has none.
  const locals = mayHaveCue ? framesInSentence(doc, s, toks, names) : NO_LOCALS;
  for (const l of locals) {
    const srcSpan = { start: toks[l.src.a]!.start, end: toks[l.src.b - 1]!.end };
    const resolved = names.resolve(toks, l.src, s, out, srcSpan);
    out.push({
      sentence: s.index,
      cue: l.cue,
      lemma: l.lemma,
      cueSpan: l.cueSpan,
      source: srcSpan,
      sourceText: text.slice(srcSpan.start, srcSpan.end),
      sourceKind: l.src.kind,
      content: l.content,
      ...(resolved ? { name: resolved.text, nameSpan: resolved.span, person: resolved.person } : {}),
    });
  }
  names.observe(s, toks, out);
}

const NO_LOCALS: readonly Local[] = [];

/** A sentence's text and quotation mask: equal keys give equal tokens, shifted. */
function sentenceKey(text: string, s: Span, mask: readonly Span[]): string {
  const own = text.slice(s.start, s.end);
  if (mask.length === 0) return own;
  let key = own + "\u0000";
  for (const q of mask) key += `${q.start - s.start},${q.end - s.start};`;
  return key;
}

export function sentenceNames(text: string, toks: readonly Token[]): SentenceNames {
  const known: string[] = [];
  const full: string[] = [];
  // The name runs (`nameRuns`), a to b, read one at a time.
  const n = toks.length;
  for (let a = 0, b = 0; a < n; a = b) {
    if (!isNameWord(toks[a])) {
      b = a + 1;
      continue;
    }
    b = nameRunEnd(toks, a, n);
    // Capitalised words used mid-sentence, in text order: every name word is in a run (one starts
    // at each name word outside a run, and a run takes in the name words that follow it).
    for (let i = Math.max(a, 1); i < b; i++) {
      const t = toks[i]!;
      if (isNameWord(t) && toks[i - 1]!.kind !== "quote") known.push(t.text);
    }
    // A full name spans two words or more: a run of one token has none (a token holds no space).
    if (b - a < 2) continue;
    const info = nameOf(text, toks, a, b);
    if (info?.person && /\s/u.test(info.text) && !/^\p{Lu}{2,}\s/u.test(info.text)) full.push(info.text);
  }
  return { known, full };
}

function documentNames(n: number, namesAt: (i: number) => SentenceNames): DocumentNames {
  const known = new Set<string>();
  const fullByWord = new Map<string, string>();
  for (let i = 0; i < n; i++) for (const w of namesAt(i).known) known.add(w);
  // A full name seen before put its words in already (the first full name with a word keeps it).
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    for (const f of namesAt(i).full) {
      if (seen.has(f)) continue;
      seen.add(f);
      for (const w of spaceSeparated(f)) if (!fullByWord.has(w)) fullByWord.set(w, f);
    }
  }
  return { known, fullByWord };
}

const SPACE_CHAR_RE = /\s/;

/** `s.split(/\s+/)`, white space in ASCII decided by hand (full names are split once each). */
export function spaceSeparated(s: string): string[] {
  const out: string[] = [];
  const n = s.length;
  const space = (i: number): boolean => {
    const c = s.charCodeAt(i);
    return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE_CHAR_RE.test(s[i]!);
  };
  let from = 0;
  let i = 0;
  while (i < n) {
    if (!space(i)) {
      i++;
      continue;
    }
    out.push(s.slice(from, i));
    while (i < n && space(i)) i++;
    from = i;
  }
  out.push(s.slice(from));
  return out;
}

/** How the previous run's sentences line up with the current ones. */
interface Reuse {
  /** Sentences [0, prefix) are the previous run's, at the same offsets. */
  readonly prefix: number;
  /** Sentences from `suffixFrom` on are the previous run's sentences from `suffixFrom - sentenceShift` on, `shift` code units later. */
  readonly suffixFrom: number;
  readonly sentenceShift: number;
  readonly shift: number;
  /**
   * Offsets of the previous text from here on moved by `shift`; those before did not (the text the
   * two share at the start). Offsets in the part the edit replaced move too: that is only a naming,
   * consistent in the comparison of states and in the frames reused after it.
   */
  readonly movedFrom: number;
  /** The previous run's sentence at the place of sentence `i`, or -1 (a sentence the edit changed). */
  oldIndex(i: number): number;
}

/** A sentence's quotation mask relative to its start, flat. */
function relativeMask(s: Span, mask: readonly Span[]): readonly number[] {
  if (mask.length === 0) return NO_MASK;
  const r: number[] = [];
  for (const q of mask) r.push(q.start - s.start, q.end - s.start);
  return r;
}

const NO_MASK: readonly number[] = [];

/**
 * Lines the sentences up with the previous run's: those in the text both share at the start and at
 * the end, with the same quotation masks (those of the paragraphs the edit kept or moved are, and
 * are not compared again).
 */
function alignWith(previous: FramesRun, text: string, maskAt: (i: number) => readonly number[], doc: SeedDocument, edit: DocumentEdit | undefined): Reuse {
  const spans = doc.sentences;
  const before = previous.document.sentences;
  const n = spans.length;
  const m = before.length;
  const { same, sameEnd } = diffOf(previous.text, text);
  const shift = text.length - previous.text.length;
  let prefix = edit ? sentencesBefore(doc, edit.kept) : 0;
  while (prefix < n && prefix < m && spans[prefix]!.span.end <= same && sameSpan(spans[prefix]!.span, before[prefix]!.span, 0) && sameMask(maskAt(prefix), previous.sentences[prefix]!.mask)) {
    prefix++;
  }
  let suffix = edit ? Math.min(n - sentencesBefore(doc, edit.moved), n - prefix, m - prefix) : 0;
  while (
    suffix < n - prefix &&
    suffix < m - prefix &&
    spans[n - 1 - suffix]!.span.start >= sameEnd &&
    sameSpan(spans[n - 1 - suffix]!.span, before[m - 1 - suffix]!.span, shift) &&
    sameMask(maskAt(n - 1 - suffix), previous.sentences[m - 1 - suffix]!.mask)
  ) {
    suffix++;
  }
  const suffixFrom = n - suffix;
  return {
    prefix,
    suffixFrom,
    sentenceShift: n - m,
    shift,
    movedFrom: same,
    oldIndex: (i) => (i < prefix ? i : i >= suffixFrom ? i - (n - m) : -1),
  };
}

const sameSpan = (now: Span, before: Span, shift: number): boolean => now.start === before.start + shift && now.end === before.end + shift;

function sameMask(now: readonly number[], before: readonly number[]): boolean {
  if (now === before) return true;
  if (now.length !== before.length) return false;
  for (let k = 0; k < now.length; k++) if (now[k] !== before[k]) return false;
  return true;
}

/** Whether the sentences the edit changed add the same names, in the same order, as those they replace. */
function sameMiddle(previous: FramesRun, r: Reuse, namesAt: (i: number) => SentenceNames): boolean {
  const known = (list: readonly SentenceNames[]): string[] => list.flatMap((x) => x.known);
  const full = (list: readonly SentenceNames[]): string[] => list.flatMap((x) => x.full);
  const now: SentenceNames[] = [];
  for (let i = r.prefix; i < r.suffixFrom; i++) now.push(namesAt(i));
  const before = previous.sentences.slice(r.prefix, r.suffixFrom - r.sentenceShift).map((x) => x.names);
  const eq = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, k) => x === b[k]);
  return eq(known(now), known(before)) && eq(full(now), full(before));
}

/** The words whose answer to `isKnownName` or `expand` differs between two documents' names. */
function changedNames(a: DocumentNames, b: DocumentNames): Set<string> {
  const out = new Set<string>();
  for (const w of a.known) if (!b.known.has(w)) out.add(w);
  for (const w of b.known) if (!a.known.has(w)) out.add(w);
  for (const [w, f] of a.fullByWord) if (b.fullByWord.get(w) !== f) out.add(w);
  for (const [w, f] of b.fullByWord) if (a.fullByWord.get(w) !== f) out.add(w);
  return out;
}

const moved = (at: number, r: Reuse): number => (at < r.movedFrom ? at : at + r.shift);
const movedSpan = (s: Span, r: Reuse): Span => ({ start: moved(s.start, r), end: moved(s.end, r) });

/** The frame moved, built field by field in framesInto's order (a frame of another shape is copied whole). */
function moveFrame(f: AttributionFrame, r: Reuse): AttributionFrame {
  const sentence = f.sentence + r.sentenceShift;
  const cueSpan = movedSpan(f.cueSpan, r);
  const source = movedSpan(f.source, r);
  const content = movedSpan(f.content, r);
  if (f.actorId !== undefined) {
    const out = { ...f, sentence, cueSpan, source, content };
    return f.nameSpan ? { ...out, nameSpan: movedSpan(f.nameSpan, r) } : out;
  }
  const { cue, lemma, sourceText, sourceKind } = f;
  if (!("name" in f)) return { sentence, cue, lemma, cueSpan, source, sourceText, sourceKind, content } as AttributionFrame;
  const nameSpan = f.nameSpan ? movedSpan(f.nameSpan, r) : f.nameSpan;
  return { sentence, cue, lemma, cueSpan, source, sourceText, sourceKind, content, name: f.name, nameSpan, person: f.person } as AttributionFrame;
}

function moveRecent(x: Recent, r: Reuse): Recent {
  const i = x.info;
  const span = movedSpan(i.span, r);
  return { info: i.modifier !== undefined ? { text: i.text, span, person: i.person, modifier: i.modifier } : { text: i.text, span, person: i.person }, at: moved(x.at, r) };
}

function moveOp(op: BookOp, r: Reuse): BookOp {
  return op.kind === "gender" ? op : { kind: op.kind, recent: moveRecent(op.recent, r) };
}

const NO_SHIFT = new Int32Array(0);

/** The run's state change `k` at its offsets in the run's text (`FramesRun.opShift`). */
function opOf(run: FramesRun, k: number): BookOp {
  const op = run.ops[k]!;
  if (k < run.shiftFrom || op.kind === "gender") return op;
  const ds = run.opShift[2 * (k - run.shiftFrom)]!;
  const de = run.opShift[2 * (k - run.shiftFrom) + 1]!;
  if (ds === 0 && de === 0) return op;
  const i = op.recent.info;
  const span = { start: i.span.start + ds, end: i.span.end + de };
  const info = i.modifier !== undefined ? { text: i.text, span, person: i.person, modifier: i.modifier } : { text: i.text, span, person: i.person };
  return { kind: op.kind, recent: { info, at: op.recent.at + ds } };
}

/**
 * The previous run's state change `k` moved by `r`, for the tail of this run's changes: the same
 * object as stored, its shift written to `shift[at]`, `shift[at + 1]` (`FramesRun.opShift`). (One
 * whose `at` is not its span's start, which `opOf` assumes, is moved now, its shift 0.)
 */
function shiftedOp(previous: FramesRun, k: number, r: Reuse, shift: Int32Array, at: number): BookOp {
  const op = previous.ops[k]!;
  if (op.kind === "gender") return op;
  const span = op.recent.info.span;
  if (op.recent.at !== span.start) return moveOp(opOf(previous, k), r);
  const own = k >= previous.shiftFrom;
  const ds = own ? previous.opShift[2 * (k - previous.shiftFrom)]! : 0;
  const de = own ? previous.opShift[2 * (k - previous.shiftFrom) + 1]! : 0;
  shift[at] = moved(span.start + ds, r) - span.start;
  shift[at + 1] = moved(span.end + de, r) - span.end;
  return op;
}

/**
 * Whether what the sentences from `i` on can read of the running state (the current run's `book`
 * and frames `out`) equals, shifted, what they read in the previous run before its sentence `j`.
 */
function sameState(book: NameBook, old: NameBook, out: readonly AttributionFrame[], previous: FramesRun, i: number, j: number, r: Reuse): boolean {
  if (book.gender.size !== old.gender.size) return false;
  for (const [name, g] of book.gender) if (old.gender.get(name) !== g) return false;
  if (!sameRecent(book.people, old.people, PEOPLE_LOOKBACK, r) || !sameRecent(book.orgs, old.orgs, 1, r)) return false;
  // The frames of the last sentences.
  let a = out.length;
  while (a > 0 && out[a - 1]!.sentence >= i - FRAME_LOOKBACK - 1) a--;
  const firstOld = previous.frameStart[j]!;
  let b = firstOld;
  while (b > 0 && previous.frames[b - 1]!.sentence >= j - FRAME_LOOKBACK - 1) b--;
  if (out.length - a !== firstOld - b) return false;
  for (let k = 0; a + k < out.length; k++) if (!sameJson(out[a + k]!, moveFrame(previous.frames[b + k]!, r))) return false;
  return true;
}

/** The last `n` entries agree (all of them when either list is shorter). */
function sameRecent(now: readonly Recent[], before: readonly Recent[], n: number, r: Reuse): boolean {
  if ((now.length < n || before.length < n) && now.length !== before.length) return false;
  for (let k = 1; k <= Math.min(n, now.length); k++) {
    const x = now[now.length - k]!;
    const y = before[before.length - k]!;
    if (
      x.at !== moved(y.at, r) ||
      x.info.text !== y.info.text ||
      x.info.person !== y.info.person ||
      x.info.modifier !== y.info.modifier ||
      x.info.span.start !== moved(y.info.span.start, r) ||
      x.info.span.end !== moved(y.info.span.end, r)
    ) {
      return false;
    }
  }
  return true;
}

/** Plain data (strings, numbers, booleans, nested objects) equal, keys in the same order. */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The words a reporting frame can hang on (the cues framesInSentence looks for). */
const CUE_WORD = wordFlag(["according", "per", "citing", ...DATA_CUES, ...ESTIMATE_NOUNS, ...BY_ONLY_VERBS, ...REPORTING_VERBS.keys()]);

function framesInSentence(doc: SeedDocument, s: Sentence, toks: readonly Token[], names: NameBook): Local[] {
  const out: Local[] = [];
  const span = (a: number, b: number): Span => ({ start: toks[a]!.start, end: toks[b - 1]!.end });
  const push = (cue: [number, number], lemma: string, src: Src | null, content: Span): void => {
    if (!src || src.b <= src.a) return;
    const cueSpan = span(cue[0], cue[1]);
    out.push({ cue: doc.text.slice(cueSpan.start, cueSpan.end), lemma, cueSpan, src, content });
  };
  const forward = (i: number): Span => ({ start: toks[i]?.end ?? s.span.end, end: s.span.end });
  const whole: Span = s.span;

  // "Asked whether she has thought about retiring, Walter pauses": the question reports nothing.
  const asked = askedClauseEnd(toks);
  for (let i = asked; i < toks.length; i++) {
    const t = toks[i]!;
    // Every cue below is one of the CUE_WORD words: one bit settles most words.
    if (t.kind !== "word" || !(t.flags & CUE_WORD)) continue;
    const next = toks[i + 1];
    // according to X / citing X
    if (t.lower === "according" && next?.lower === "to") {
      const src = npRight(toks, i + 2, false, names);
      push([i, i + 2], "according to", src, whole);
      continue;
    }
    // "as per official data"
    if (t.lower === "per" && toks[i - 1]?.lower === "as") {
      push([i - 1, i + 1], "as per", npRight(toks, i + 1, false, names), whole);
      continue;
    }
    // "rose to 3.4%, per the Bureau of Labor Statistics", "Per the BLS, …": "per" opening its
    // clause before a name ("$5 per share", "per cent", "per capita" are no source; a sentence's
    // "Per" before a name may be one: "Per Carlsson said").
    if (t.lower === "per" && next !== undefined && (next.lower === "the" ? toks[i + 2]?.cap === true : i > 0 && next.cap && next.kind === "word") && (i === 0 || [",", "(", "—", "–"].includes(toks[i - 1]!.text))) {
      push([i, i + 1], "per", npRight(toks, i + 1, false, names), whole);
      continue;
    }
    if (t.lower === "citing") {
      // "citing data from the ONS": the one cited; "…, citing sales growth of 12 percent": what is
      // cited is no one, the clause's subject cites it.
      const cited = npRight(toks, i + 1, false, names);
      const main = cited && cited.kind !== "other" ? cited : toks[i - 1]?.text === "," ? (out[out.length - 1]?.src ?? firstNP(toks, 0, i, names)) : null;
      if (main) push([i, i + 1], "cite", main, cited && cited.kind !== "other" ? whole : { start: t.end, end: whole.end });
      continue;
    }
    // data from X, figures published by X, a report by X
    if (DATA_CUES.has(t.lower) && next && (next.lower === "from" || next.lower === "by")) {
      push([i, i + 2], `${t.lower} ${next.lower}`, npRight(toks, i + 2, false, names), whole);
      continue;
    }
    // "by the bank's estimate", "by its own count", "in the ministry's view"
    const pos = toks[i - 1]?.lower === "own" ? i - 2 : i - 1;
    if (ESTIMATE_NOUNS.has(t.lower) && (toks[pos]?.lower === "'s" || POSSESSIVE_PRONOUNS.has(toks[pos]?.lower ?? ""))) {
      let k = pos;
      while (k >= 0 && toks[k]!.kind === "word" && k > i - 8 && !BY_OR_IN.has(toks[k]!.lower)) k--;
      if (k >= 0 && BY_OR_IN.has(toks[k]!.lower) && k < pos) {
        const owner = toks[pos]!.lower === "'s" ? { a: k + 1, b: pos } : { a: pos, b: pos + 1 };
        const kind = owner.b - owner.a === 1 && POSSESSIVE_PRONOUNS.has(toks[owner.a]!.lower) ? "pronoun" : kindOf(toks, owner.a, owner.b);
        push([k, i + 1], `${toks[k]!.lower} … ${t.lower}`, { ...owner, kind }, whole);
        continue;
      }
    }
    // figures published by X, a survey conducted by X
    if (BY_ONLY_VERBS.has(t.lower)) {
      const by = byAgent(toks, i + 1);
      // "The Kahu Research poll, commissioned by the Dominion Herald, put Labour on 34 percent": a
      // client pays for a poll its maker makes; the poll, named after its maker, is the source.
      const made = CLIENT_VERBS.has(t.lower) && toks[i - 1]?.text === "," ? madeDocument(toks, i - 2) : undefined;
      if (made) {
        // (What it says comes after the aside: "…, put Labour on 34 percent".)
        let close = i + 1;
        while (close < toks.length && toks[close]!.text !== ",") close++;
        push([i, i + 1], t.lower, made, close < toks.length - 1 ? { start: toks[close + 1]!.start, end: whole.end } : whole);
      } else if (by >= 0) push([i, by + 1], `${t.lower} by`, npRight(toks, by + 1, false, names), whole);
      continue;
    }
    const verb = REPORTING_VERBS.get(t.lower);
    if (verb) {
      const f = verbFrame(toks, i, verb, names, out);
      if (f) push([i, i + 1], verb.lemma, f.src, f.content);
    }
  }
  return out;

  function verbFrame(
    tk: readonly Token[],
    i: number,
    verb: VerbEntry,
    book: NameBook,
    before: readonly Local[],
  ): { src: Src | null; content: Span } | undefined {
    const t = tk[i]!;
    const prev = tk[i - 1];
    const forms = verb.forms;
    if (t.cap && i > 0 && prev?.kind !== "quote") return undefined; // part of a name: "Annual Report"
    // "who asked not to be named", "asking not to be identified": a name withheld, nothing reported.
    if (verb.lemma === "ask" && tk[i + 1]?.lower === "not" && tk[i + 2]?.lower === "to") return undefined;
    // "asked for permission to build a $50 million campus": a request, nothing reported (but "asked
    // for a “list of the priorities”" quotes the one asking).
    if (verb.lemma === "ask" && tk[i + 1]?.lower === "for" && !someIn(tk, i + 2, i + 6, (x) => x.kind === "quote")) return undefined;
    // (An official is a person as well: "an official said", "the official told" — not "the official report".)
    // ("TPAO first put Sakarya’s reserves at …", "The company first said": "first" after its subject is an adverb.)
    const firstAdverb = prev?.lower === "first" && tk[i - 2]?.kind === "word" && !DETERMINERS.has(tk[i - 2]!.lower) && forms.includes("past");
    if (prev?.lower === "to" || (prev && DETERMINERS.has(prev.lower) && !(prev.lower === "official" && forms.includes("past")) && !firstAdverb) || (prev?.kind === "num" && !YEAR_OLD.test(prev.text) && !(tk[i - 2]?.kind === "word" && MONTH_OR_WEEKDAY.test(tk[i - 2]!.lower)))) return undefined;
    // "The Gulf states supply …", "member states", "the Baltic states import …": the plural of
    // "state", a noun, when a verb follows it instead of what is stated.
    if (t.lower === "states" && prev?.kind === "word" && (prev.cap || STATE_NOUN_BEFORE.has(prev.lower)) && !(tk[i + 1]?.lower === "that" || tk[i + 1]?.kind === "quote" || tk[i + 1]?.text === ":")) return undefined;
    // "Asylum claims at Canada’s borders fell", "Insurance claims rose": a plural noun, when a
    // preposition or a verb follows it instead of what is claimed.
    // (Not after a pronoun: "rights which it claims were put in place".)
    if (PLURAL_NOUN_VERBS.has(t.lower) && forms.length === 1 && forms[0] === "s" && NOUN_NEXT_WORDS.has(tk[i + 1]?.lower ?? "") && !SUBJECT_PRONOUNS.has(prev?.lower ?? "")) return undefined;
    // "the bank's report" is a noun, "the firm's stated goal" an adjective; "he's said" is a verb, and
    // so is "said" or "told" after a name with its ’s ("Moody's said", "McDonald's told investors").
    // (So is any past form after a name with its ’s, then "that" or what it is said of: "Christie's
    // estimated the work at $35 million", "Moody's put the cost at"; not "the firm's estimated value".)
    if (prev?.lower === "'s" && !SUBJECT_PRONOUNS.has(tk[i - 2]?.lower ?? "") && !((STRONG_VERBS.has(verb.lemma) || OBJECT_STARTS.has(tk[i + 1]?.lower ?? "")) && !forms.includes("base") && tk[i - 2]?.cap === true)) return undefined;
    if (QUOTE_ONLY_VERBS.has(verb.lemma) && !someIn(tk, i + 1, i + 7, (x) => x.kind === "quote")) return undefined;
    // "posted on X that …", "posted a statement": what is posted is a message, not "312 runs" or "a loss".
    // (Or a colon and a quotation after a phrase of time: "posted shortly after midnight: “…”".)
    if (verb.lemma === "post" && !POSTED_WHAT.has(tk[i + 1]?.lower ?? "") && tk[i + 1]?.kind !== "quote" && tk[i + 1]?.text !== ":" && !POSTED_WHAT.has(tk[i + 2]?.lower ?? "") && !POSTED_WHAT.has(tk[i + 3]?.lower ?? "") && !colonQuote(tk, i + 2, i + 7)) return undefined;
    const particle = NEEDS_PARTICLE[verb.lemma];
    // (A long object too: "put the chance of a deep and painful recession in the next 12 months at
    // 30 percent"; a poll's "put Reform on 27 percent".)
    if (particle && !someIn(tk, i + 1, i + 20, (x) => particle.test(x.lower)) && !(verb.lemma === "put" && tk.some((x, k) => k > i && k < i + 8 && x.lower === "on" && tk[k + 1]?.kind === "num"))) return undefined;
    // "The co-operative is forecasting a milk price of NZ$9.50": a progressive's subject reports.
    // (Verbs of speech only before what is said: "is claiming that …", not "is claiming the son".)
    if (forms.length === 1 && forms[0] === "ing" && prev && PROGRESSIVE_BE.has(prev.lower) && (PROGRESSIVE_REPORTING.has(verb.lemma) || (PROGRESSIVE_SPEECH.has(verb.lemma) && (tk[i + 1]?.lower === "that" || tk[i + 1]?.kind === "quote" || tk[i + 1]?.text === ":")))) {
      const subj = subjectAt(tk, i - 2, 0, book);
      return subj ? { src: subj, content: forward(i) } : undefined;
    }
    // Participle: "…, saying that …", "…, adding …": the clause's subject speaks.
    if (forms.length === 1 && forms[0] === "ing") {
      // ("…, adding $2 billion to its market value", "adding 40 ships to its fleet": an amount added.)
      if (verb.lemma === "add" && (tk[i + 1]?.kind === "num" || ADDED_AMOUNT.has(tk[i + 1]?.lower ?? ""))) return undefined;
      // "produced figures showing the company had …", "published data suggesting that …": the
      // document the participle follows is the source.
      if (prev && prev.kind === "word" && !prev.cap && DOCUMENT_NOUNS.has(prev.lower) && (verb.lemma === "show" || verb.lemma === "suggest" || verb.lemma === "indicate" || verb.lemma === "reveal")) {
        return { src: { a: i - 1, b: i, kind: "document" }, content: forward(i) };
      }
      // Only a clause or a quotation after it makes these participles report: "continuing a trend" does not.
      // ("calling her victory “a clear choice …”", "describing the plan as “reckless”": what is called so is quoted.)
      // ("projecting growth of 4.8 per cent": a projection of a figure reports it.)
      if (NON_REPORTING_ING.has(verb.lemma) && !(next0(tk, i)?.kind === "quote" || next0(tk, i)?.lower === "that" || ((verb.lemma === "call" || verb.lemma === "describe") && quoteWithin(tk, i + 1, 6)) || (verb.lemma === "project" && someIn(tk, i + 1, i + 6, (x) => x.kind === "num")))) return undefined;
      // "…, with Kenya's environment minister warning that …"
      if (prev && prev.kind === "word" && !PARTICIPLE_LEAD.has(prev.lower)) {
        const subj = subjectAt(tk, i - 1, 0, book);
        return subj && tk[subj.a - 1]?.lower === "with" ? { src: subj, content: forward(i) } : undefined;
      }
      if (!prev || !PARTICIPLE_LEAD.has(prev.lower)) return undefined;
      // (After a wire dateline: "ABUJA, Dec 19 (Wire) – The central bank held rates on Friday, saying …".)
      // (The document model's dateline reading, of the sentence's own text.)
      const dl = parseDateline(doc.text, s.span);
      const from = dl ? Math.max(0, tk.findIndex((x) => x.start >= dl.span.end)) : 0;
      const main = before[before.length - 1]?.src ?? firstNP(tk, from, i, book, true) ?? leadName(tk, from, i);
      return main ? { src: main, content: forward(i) } : undefined;
    }
    // Walk left over auxiliaries and adverbs.
    let j = i - 1;
    let passive = false;
    let modal = false;
    while (j >= 0) {
      const x = tk[j]!;
      if (x.kind !== "word") break;
      const adverb = /ly$/u.test(x.lower) && !x.cap && !SOURCE_NOUNS.has(x.lower);
      if (!(AUX_ADVERBS.has(x.lower) || adverb || NEGATIVE_AUX.test(x.lower))) break;
      if (BE_FORMS.has(x.lower)) passive = true;
      if (MODALS.has(x.lower) || NEGATIVE_AUX.test(x.lower)) modal = true;
      j--;
    }
    // "The ministry on Monday said", "Officials last week said".
    while (j >= 1 && tk[j]!.kind === "word" && TIME_WORDS.test(tk[j]!.lower) && TIME_PREMODIFIERS.has(tk[j - 1]!.lower)) j -= 2;
    const isPP = forms.includes("pp");
    const by = isPP ? byAgent(tk, i + 1) : -1;
    // "the court heard", "the inquiry was told": what a court or an inquiry hears is its evidence.
    if (verb.lemma === "hear" || (passive && verb.lemma === "tell" && by < 0)) {
      const subj = subjectAt(tk, j, 0, book);
      const head = subj ? tk[subj.b - 1] : undefined;
      return subj && head?.kind === "word" && HEARERS.has(head.lower) ? { src: subj, content: whole } : undefined;
    }
    if (passive || (isPP && !forms.includes("past") && !forms.includes("base"))) {
      // "was announced by the ministry"; an agentless passive names no source.
      if (by < 0) return undefined;
      return { src: npRight(tk, by + 1, false, book), content: whole };
    }
    if (by >= 0 && (!prev || prev.kind !== "word" || !isSubjectHead(prev) || prev.lower === "as")) {
      // "as stated by French President Emmanuel Macron", "figures released by the council".
      return { src: npRight(tk, by + 1, false, book), content: whole };
    }
    // "…, said Abdul Muhari, a spokesman for the agency.": a tag after a comma, a person named after
    // the verb and then the sentence's end or an apposition, reads before any subject further back
    // ("Rivers burst their banks … after 250 mm of rain fell …, said Abdul Muhari").
    // (Not after a name set off as the subject's apposition: "An energy ministry official, Carolina Vergara, said the Kimal-Lo Aguirre line, …, remained".)
    if (j === i - 1 && prev?.text === "," && tk[i - 2]?.kind === "word" && !tk[i - 2]!.cap && INVERTIBLE.has(verb.lemma) && verb.lemma !== "tell" && forms.includes("past")) {
      const inv = npRight(tk, i + 1, true, book);
      const end = inv ? tk[inv.b] : undefined;
      // (Not a clause's subject after the verb: "Smith, the minister, said Jones, his deputy, had lied".)
      const clause = inv ? someIn(tk, inv.b, tk.length, (x) => x.kind === "word" && !x.cap && (BE_FORMS.has(x.lower) || MODALS.has(x.lower) || NEGATIVE_AUX.test(x.lower) || x.lower === "had" || x.lower === "has" || x.lower === "have")) : true;
      if (inv && inv.kind === "name" && (!end || end.text === "." || end.text === ",") && !clause) return { src: inv, content: whole };
    }
    let subj = subjectAt(tk, j, 0, book);
    // "state media reported", "state television said": "state" is the subject's adjective.
    if (subj && subj.a >= 1 && tk[subj.a - 1]?.lower === "state" && !tk[subj.a - 1]!.cap) subj = { ...subj, a: subj.a - 1 };
    // "Eurostat data released on Friday showed": the subject before a participle's phrase.
    if (!subj) subj = beforeParticiple(tk, j, book);
    // "a YouGov poll for The Times found": a name in the phrase after the subject's head.
    if (subj && subj.a >= 2 && subj.kind !== "pronoun" && tk[subj.a - 1]?.kind === "word" && PP_PREPOSITIONS.has(tk[subj.a - 1]!.lower) && tk[subj.a - 2]?.kind === "word") {
      const h = tk[subj.a - 2]!;
      if (!h.cap && isSourceNoun(h) && DOCUMENT_NOUNS.has(h.lower)) subj = { ...npLeft(tk, subj.a - 2), b: subj.b, kind: "document" };
    }
    // "workers in a cost-cutting move expected to result in …": a thing "expected to" is no one's expectation.
    const near = tk[j];
    if (subj && tk[i]?.lower === "expected" && tk[i + 1]?.lower === "to" && near?.kind === "word" && subj.a < j && !near.cap && !isSourceNoun(near) && !SUBJECT_PRONOUNS.has(near.lower)) subj = null;
    // "Figures released on Monday showed …": evidence verbs take the clause's document subject.
    if (!subj && EVIDENCE_VERBS.has(verb.lemma) && verb.lemma !== "say") {
      const np = firstNP(tk, 0, i, book);
      if (np && np.kind === "document") subj = np;
    }
    // "said"/"told" report whatever their subject is: "the bloc said", "the startup told investors".
    const head = tk[j];
    if (!subj && (STRONG_VERBS.has(verb.lemma) || (head?.lower === "'s" && OBJECT_STARTS.has(tk[i + 1]?.lower ?? ""))) && head && head.kind === "word" && !head.cap && !STOP_LEFT.has(head.lower) && !REPORTING_VERBS.has(head.lower) && !AUX_ADVERBS.has(head.lower) && !NOT_SUBJECT_HEADS.has(head.lower)) {
      let np = npLeft(tk, j);
      // "a person familiar with the matter said": the head is before the prepositional phrase.
      if (np.a > 0 && PP_PREPOSITIONS.has(tk[np.a - 1]!.lower)) {
        for (let k = np.a - 2; k >= Math.max(0, np.a - 6); k--) {
          const x = tk[k]!;
          if (x.kind !== "word") break;
          if (isSourceNoun(x) || isNameWord(x)) {
            np = { ...npLeft(tk, k), b: j + 1 };
            break;
          }
        }
      }
      subj = { ...np, kind: np.kind === "other" ? "role" : np.kind };
    }
    // "…, economists polled by Reuters said.": the polled are the source, the pollster names them.
    const polled = subj && subj.a >= 3 && tk[subj.a - 1]!.lower === "by" && POLLED.has(tk[subj.a - 2]!.lower) ? pollStart(tk, subj.a - 3) : -1;
    if (subj && polled >= 0) subj = { a: polled, b: subj.b, kind: "role" };
    // "A draft communique seen by reporters said …": the agent of a participle is not the subject.
    // (Not the antecedent of "who": "led by Kamal Tayeb, a member of the council, who said".)
    else if (subj && subj.a > 0 && BY_OR_FROM.has(tk[subj.a - 1]!.lower) && !(tk[j]?.kind === "word" && RELATIVE_PRONOUNS.has(tk[j]!.lower))) {
      const np = firstNP(tk, 0, subj.a - 1, book);
      if (np && np.kind !== "pronoun") subj = np;
    }
    if (subj) {
      const nextTok = tk[i + 1];
      // ("posted on X that …", "wrote on Facebook: …": where it was said, then the clause.)
      // ("posted shortly after midnight: “…”": a phrase of time, then a colon and a quotation.)
      const clauseFollows =
        !nextTok ||
        nextTok.kind === "quote" ||
        /^(?:that|:|,|\.)$/u.test(nextTok.lower) ||
        (nextTok.lower === "on" && someIn(tk, i + 2, i + 5, (x) => x.kind === "quote" || x.lower === "that" || x.text === ":")) ||
        colonQuote(tk, i + 2, i + 7);
      // A determiner after the verb opens its object, not a clause.
      const objectNext = !clauseFollows && (ARTICLES.has(nextTok!.lower) || POSSESSIVE_PRONOUNS.has(nextTok!.lower));
      // "declared bankruptcy", "declared a state of emergency": an act, not a report.
      if (verb.lemma === "declare" && !clauseFollows && DECLARED_ACTS.has((objectNext ? tk[i + 2] : nextTok)?.lower ?? "")) return undefined;
      // "…, the office said, and …", "“…,” Ashby said.": the frame closes its clause (a short adverbial may follow).
      // (Not a relative clause's verb: "…, Yamato Life, which declared …" reports what follows it.)
      const relative = tk[j]?.kind === "word" && RELATIVE_PRONOUNS.has(tk[j]!.lower);
      // (Not a verb with its object after an opening phrase alone: "Last year, the company added 300
      // jobs."; "Since the boy is so young, Meissner said, the natural father …" is a tag.)
      const postposedHere =
        !relative &&
        subj.a > 0 &&
        // ("Prices rose 5 percent, as the ministry said on Monday"; not "as analysts had predicted".)
        (tk[subj.a - 1]!.text === "," || tk[subj.a - 1]!.kind === "quote" || (tk[subj.a - 1]!.lower === "as" && tk[subj.a - 2]?.text === "," && SPEECH_TAG_VERBS.has(verb.lemma))) &&
        !(ACTS_WITH_OBJECT.has(verb.lemma) && openingPhraseOnly(tk, subj.a - 1) && !(nextTok && /^[,.;:!?]$/u.test(nextTok.text))) &&
        (closesClause(tk, i + 1) || (SPEECH_TAG_VERBS.has(verb.lemma) && verblessTail(tk, i + 1)));
      // "maintained the site", "held a meeting", "maintained 300 jobs": keeping or holding a thing
      // reports nothing (these report a clause, "maintained he was innocent", or as a tag).
      if ((verb.lemma === "maintain" || verb.lemma === "hold") && (objectNext || (tk[i + 1]?.kind === "num" && !postposedHere))) return undefined;
      // Some verbs report only before a quotation or clause: not "would continue to protest", "responded with bullets".
      if (NEEDS_CLAUSE.has(verb.lemma) && !clauseFollows && !postposedHere) return undefined;
      // A bare base form needs a plural or pronoun subject: "analysts say", not "the eastern German state".
      if (forms.includes("base") && !forms.includes("past") && !forms.includes("s") && !modal && !agreesPlural(tk, subj)) return undefined;
      // "added" reports only with a speaker or a clause: not "the company added 500 jobs".
      if (verb.lemma === "add" && !clauseFollows && !postposedHere && !(subj.kind === "pronoun" || subj.kind === "name")) return undefined;
      // (Nor a name's before an amount: "Valley Federal also added $18 million to reserves", "Acme added 300 jobs".)
      if (verb.lemma === "add" && !clauseFollows && !postposedHere && (nextTok?.kind === "num" || ADDED_AMOUNT.has(nextTok?.lower ?? ""))) return undefined;
      // "Candidates recorded a pass rate of 91 per cent", "Toyota recalled 1.2 million cars": people
      // record what they achieve and firms recall products; data and documents record, people recall
      // with a clause or a quotation.
      if (verb.lemma === "record" && !clauseFollows && !postposedHere && (subj.kind === "name" || PEOPLE_NOUNS.has(tk[subj.b - 1]?.lower ?? ""))) return undefined;
      if (verb.lemma === "recall" && !clauseFollows && !postposedHere && !someIn(tk, i + 1, i + 4, (x) => x.kind === "quote")) return undefined;
      // People and organisations "found"/"showed" things; they report findings with "that".
      const researcher = subj.kind === "name" || subj.kind === "organization" || RESEARCHERS.has(tk[subj.b - 1]?.lower ?? "");
      // ("Carrick showed no emotion as the verdict was read": a named subject "shows" a finding only
      // with a figure or a clause in it, "Acme showed a 5% rise", "showed the court how many times
      // …"; otherwise it shows a feeling or a thing.)
      if (verb.lemma === "show" && subj.kind === "name" && !clauseFollows && !postposedHere && !findingBeforeComma(tk, i + 1)) return undefined;
      if ((verb.lemma === "find" || verb.lemma === "show") && subj.kind !== "document" && !researcher && !clauseFollows && !postposedHere) {
        // "An independent review commissioned by the authority found …": the review is the subject.
        const head = firstNP(tk, 0, subj.a, book);
        return head && head.kind === "document" ? { src: head, content: forward(i) } : undefined;
      }
      if (verb.lemma === "express" && subj.kind === "document") return undefined;
      if (relative && tk[j - 1]?.text === ",") {
        // "The agency, which said prices rose, was right": what the relative clause says ends at the
        // comma after which the main clause goes on with its verb.
        let k = i + 1;
        while (k < tk.length && tk[k]!.text !== "," && tk[k]!.kind !== "quote") k++;
        if (k > i + 1 && tk[k]?.text === "," && mainVerbAfter(tk, k + 1)) return { src: subj, content: { start: tk[i]!.end, end: tk[k]!.start } };
      }
      return { src: subj, content: postposedHere ? whole : forward(i) };
    }
    // Inverted: "“…,” said Dr. Katrin Huber", "…, said the agency's head."
    // ("…, state television showed": "state" before a noun is an adjective, not "states".)
    if (INVERTIBLE.has(verb.lemma) && verb.lemma !== "tell" && !(t.lower === "state" && prev?.kind !== "quote") && (i === 0 || prev?.text === "," || prev?.kind === "quote" || prev?.text === ":")) {
      const src = npRight(tk, i + 1, true, book);
      if (src) return { src, content: whole };
    }
    return undefined;
  }
}

/** Verbs of a client's part in a document another made: "commissioned by", "paid for by". */
const CLIENT_VERBS = new Set(["commissioned", "sponsored", "funded"]);

/** "The Kahu Research poll" ending at `k`: a document noun after its maker's capitalised name. */
function madeDocument(toks: readonly Token[], k: number): Src | undefined {
  const noun = toks[k];
  if (!noun || noun.kind !== "word" || noun.cap || !DOCUMENT_NOUNS.has(noun.lower)) return undefined;
  let a = k;
  while (a > 0 && toks[a - 1]!.kind === "word" && toks[a - 1]!.cap) a--;
  if (a === k) return undefined;
  if (a > 0 && toks[a - 1]!.lower === "the") a--;
  return { a, b: k + 1, kind: "document" };
}

/** `toks.slice(from, to).some(test)` without the copy. */
function someIn(toks: readonly Token[], from: number, to: number, test: (t: Token) => boolean): boolean {
  for (let k = from; k < Math.min(to, toks.length); k++) if (test(toks[k]!)) return true;
  return false;
}

/** A colon right before a quotation among `toks[from, to)`. */
function colonQuote(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, toks.length - 1); k++) if (toks[k]!.text === ":" && toks[k + 1]!.kind === "quote") return true;
  return false;
}

/** After the verb: the clause ends, perhaps after a short adverbial ("on Monday", "in a statement"). */
function closesClause(toks: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(toks.length, from + 7); k++) {
    const x = toks[k]!;
    if (x.kind === "punct" && /^[,.;:!?)\]–—]$/u.test(x.text)) return true;
    if (x.kind === "quote" || x.lower === "that") return false;
  }
  return from + 7 > toks.length - 1 && toks.length - from <= 7;
}

/**
 * Is all before the comma at `comma` an opening phrase of time or circumstance ("Last year", "In
 * 2024", "On Monday", "Earlier this month"): no statement a tag after it could report?
 */
function openingPhraseOnly(toks: readonly Token[], comma: number): boolean {
  if (toks[comma]?.text !== "," || comma === 0 || comma > 6) return false;
  const first = toks[0]!;
  if (first.kind !== "word") return false;
  if (!(OPENING_PHRASE_WORDS.has(first.lower) || MONTH_OR_WEEKDAY.test(first.lower) || /^(?:19|20)\d\d$/u.test(first.text))) return false;
  for (let k = 0; k < comma; k++) if (toks[k]!.kind === "quote" || (toks[k]!.kind === "punct" && toks[k]!.text !== "-")) return false;
  return true;
}
/** Verbs that name an act when an object follows ("added 300 jobs", "recalled 1.2 million cars"), a report only as a tag ("…, the company added."). */
const ACTS_WITH_OBJECT = new Set(["add", "recall", "maintain", "hold", "record", "post", "show", "cut", "raise"]);
const OPENING_PHRASE_WORDS = new Set(["last", "this", "next", "in", "on", "at", "after", "before", "during", "since", "by", "earlier", "later", "yesterday", "today", "overall", "meanwhile", "separately", "elsewhere", "nationally", "globally", "altogether", "so", "far", "between", "within", "over", "from", "through", "throughout", "until", "for", "instead", "still", "however", "also", "then", "now", "previously", "recently", "currently"]);
const MONTH_OR_WEEKDAY = /^(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/u;

/** Verbs of saying whose tag may end in a longer phrase of when, where or how. */
/** Words before "states" that make it a noun: "member states", "other states", "island states". */
const STATE_NOUN_BEFORE = new Set(["member", "other", "some", "many", "several", "all", "both", "these", "those", "island", "nation", "city", "client", "neighbouring", "neighboring", "arab", "gulf", "baltic", "southern", "northern", "western", "eastern", "coastal", "small", "poorer", "richer", "frontline", "border"]);
const SPEECH_TAG_VERBS = new Set(["say", "tell", "add", "write", "state", "announce", "report", "note", "explain", "confirm", "warn", "claim", "disclose", "reveal", "find", "estimate"]);

/** An age as a noun: "34-year-old". */
const YEAR_OLD = /^\d{1,3}-year-old$/u;

/** Prepositions a longer tag's tail starts with: "said in a filing with the London Stock Exchange". */
const TAIL_PREPOSITIONS = new Set(["in", "on", "at", "with", "during", "after", "before", "to", "via", "through", "from", "for"]);

/**
 * A phrase of when, where or how, up to sixteen tokens from `from` to a closing mark, with no verb
 * in it ("in a filing with the London Stock Exchange."): what comes before the tag is the statement.
 */
function verblessTail(toks: readonly Token[], from: number): boolean {
  if (!TAIL_PREPOSITIONS.has(toks[from]?.lower ?? "")) return false;
  for (let k = from + 1; k < Math.min(toks.length, from + 16); k++) {
    const x = toks[k]!;
    if (x.kind === "punct" && /^[,.;:!?)\]–—]$/u.test(x.text)) return true;
    // ("to" before an article, a possessive or a name is a preposition: "in a filing to the stock exchange".)
    const preposition = x.lower === "to" && (ARTICLES.has(toks[k + 1]?.lower ?? "") || POSSESSIVE_PRONOUNS.has(toks[k + 1]?.lower ?? "") || toks[k + 1]?.cap === true);
    if (x.kind === "quote" || x.lower === "that" || (MODALS.has(x.lower) && !preposition) || BE_FORMS.has(x.lower) || HAVE_FORMS.has(x.lower)) return false;
    if (x.kind === "word" && !x.cap && ((x.lower.length > 4 && x.lower.endsWith("ed")) || PAST_TENSE_WORDS.has(x.lower))) return false;
  }
  return false;
}
const HAVE_FORMS = new Set(["has", "have", "had"]);
const PAST_TENSE_WORDS = new Set(COMMON_PAST_FORMS);

const next0 = (toks: readonly Token[], i: number): Token | undefined => toks[i + 1];

/** Does the subject agree with a bare plural verb ("analysts say", "they estimate")? */
function agreesPlural(toks: readonly Token[], subj: Src): boolean {
  let head = toks[subj.b - 1]!;
  // The head comes before a participle's phrase: "Official statistics, published on Tuesday, show".
  for (let k = subj.a + 1; k < subj.b; k++) {
    const x = toks[k]!;
    if ((x.text === "," || (x.kind === "word" && BY_ONLY_VERBS.has(x.lower))) && toks[k - 1]!.kind === "word") {
      if (x.text === "," ? toks[k + 1]?.kind === "word" && BY_ONLY_VERBS.has(toks[k + 1]!.lower) : true) {
        head = toks[k - 1]!;
        subj = { ...subj, b: k };
        break;
      }
    }
  }
  // The head comes before a prepositional phrase: "analysts at Harbour Point Advisory expect".
  for (let k = subj.a + 1; k < subj.b - 1; k++) {
    // (Not a connector inside a name: "Office for National Statistics figures show".)
    if (EMPLOYER_PREPOSITIONS.has(toks[k]!.lower) && toks[k - 1]!.kind === "word" && !(isNameWord(toks[k - 1]) && isNameWord(toks[k + 1]))) {
      // ("People familiar with the matter say": the head comes before the adjective.)
      head = toks[k - 1]!.lower === "familiar" && k - 2 >= subj.a ? toks[k - 2]! : toks[k - 1]!;
      break;
    }
  }
  if (subj.kind === "pronoun") return PLURAL_OR_PERSONAL_PRONOUNS.has(head.lower);
  if (COLLECTIVE_NOUNS.has(head.lower)) return true;
  if (toks.slice(subj.a, subj.b).some((t) => t.lower === "and")) return true;
  return /[^s]s$/u.test(head.lower) || head.lower.endsWith("ies");
}

/** "by X" right after a participle (allowing "published last week by X"). */
function byAgent(toks: readonly Token[], from: number): number {
  for (let k = from; k < Math.min(toks.length, from + 4); k++) {
    const x = toks[k]!;
    if (x.lower === "by") return k;
    if (x.kind !== "word" || x.cap) return -1;
    if (!TIME_ADVERBIAL_WORDS.has(x.lower)) return -1;
  }
  return -1;
}

/** ROLE_SUFFIX.test(w), remembered per word (the pattern is long; the vocabulary of news is not). */
const hasRoleSuffix = cachedByString((w: string) => ROLE_SUFFIX.test(w), 50_000);

function isSourceNoun(t: Token): boolean {
  if (t.kind !== "word") return false;
  if ((t.flags & SOURCE_NOUN) !== 0 || (!t.cap && hasRoleSuffix(t.lower))) return true;
  // ("Alice Weidel, co-leader of the far-right Alternative for Germany, said": a role with its prefix.)
  // (Or its "-general": "Its secretary-general, Charles Mukhwaya, said", "the attorney-general".)
  const rest = t.cap ? undefined : (ROLE_PREFIXED.exec(t.lower) ?? ROLE_GENERAL.exec(t.lower))?.[1];
  return rest !== undefined && (SOURCE_NOUNS.has(rest) || hasRoleSuffix(rest));
}
const ROLE_PREFIXED = /^(?:co|vice|ex|deputy)-(\p{Ll}+)$/u;
const ROLE_GENERAL = /^(\p{Ll}+)-general$/u;

function isSubjectHead(t: Token): boolean {
  return isNameWord(t) || isSourceNoun(t) || (t.flags & SUBJECT_PRONOUN) !== 0;
}

/**
 * The subject before a participle's phrase that ends at `j` ("data released on Friday", "figures
 * published by the ministry last week"): a phrase of at most six words, no verb of its own.
 */
function beforeParticiple(toks: readonly Token[], j: number, book: NameBook): Src | null {
  // (Over a date too: "Customs data released on June 6 showed", "official statistics published on
  // Tuesday, September 30, show".)
  for (let k = j; k > 0 && j - k < 9; k--) {
    const x = toks[k]!;
    if (x.kind === "num" || x.text === ",") continue;
    if (x.kind !== "word") return null;
    if (BY_ONLY_VERBS.has(x.lower)) {
      const subj = subjectAt(toks, k - 1, 0, book);
      return subj ? { ...subj, b: j + 1 } : null;
    }
  }
  return null;
}

/** The subject whose last token is at `j` (left of the verb), or null. */
function subjectAt(toks: readonly Token[], j: number, depth: number, book: NameBook): Src | null {
  const r = subjectRightAt(toks, j, depth, book);
  if (r || depth >= 3) return r;
  // "Samples taken by a university research team on Feb. 29, 2025, found": else the subject before
  // a time adjunct.
  const t = toks[j];
  if (!t || !(t.kind === "num" || t.text === "," || MONTH_OR_WEEKDAY.test(t.lower))) return null;
  const p = timeAdjunctAt(toks, j);
  return p === undefined ? null : subjectAt(toks, p - 1, depth + 1, book);
}

/** `subjectAt` but for a time adjunct between the subject and the verb. */
function subjectRightAt(toks: readonly Token[], j: number, depth: number, book: NameBook): Src | null {
  const t = toks[j];
  if (!t) return null;
  // "the 34-year-old said": a person called by an age.
  if (t.kind === "num" && YEAR_OLD.test(t.text) && toks[j - 1]?.lower === "the") return { a: j - 1, b: j + 1, kind: "role" };
  // "Margaret Ellis, 72, whose husband lost £96,000, said": an age set off after the name.
  if (t.kind === "num" && /^\d{1,3}$/u.test(t.text) && Number(t.text) <= 120 && toks[j - 1]?.text === "," && toks[j + 1]?.text === "," && depth < 3) {
    const r = subjectAt(toks, j - 2, depth + 1, book);
    return r && r.kind === "name" ? { a: r.a, b: j + 1, kind: r.kind } : null;
  }
  if (t.kind === "word") {
    if (SUBJECT_PRONOUNS.has(t.lower)) return { a: j, b: j + 1, kind: "pronoun" };
    if (RELATIVE_PRONOUNS.has(t.lower)) {
      let k = j - 1;
      if (toks[k]?.text === ",") k--;
      const ante = toks[k];
      if (!(ante && ante.kind === "word" && (isNameWord(ante) || isSourceNoun(ante)))) return null;
      const np = npLeft(toks, k);
      // "Kamal al-Tayeb, a member of the Sovereignty Council, who said": "who" is the person the
      // apposition describes, not the body its phrase names.
      if (t.lower === "who" && np.a > 2 && PP_PREPOSITIONS.has(toks[np.a - 1]!.lower)) {
        for (let c = np.a - 2; c > 0 && np.a - c <= 8; c--) {
          if (toks[c]!.text !== ",") continue;
          const named = toks[c - 1];
          if (named?.kind === "word" && (isNameWord(named) || /\p{Lu}/u.test(named.text)) && ARTICLES.has(toks[c + 1]?.lower ?? "")) return npLeft(toks, c - 1);
          break;
        }
      }
      return np;
    }
    // ("Lumora praised the screen but said …": a name of one word opening the sentence, before the
    // first verb, when the reporting verb follows the conjunction; not "Clinics opened … and have since added".)
    if (t.lower === "and" || t.lower === "but") return firstNP(toks, 0, j, book) ?? (isNameWord(toks[0]) && toks[1]?.kind === "word" && !toks[1]!.cap && toks[1]!.lower.endsWith("ed") && REPORTING_VERBS.has(toks[j + 1]?.lower ?? "") ? { a: 0, b: 1, kind: "name" } : null);
    if (isNameWord(t) || isSourceNoun(t) || (t.cap && SOURCE_NOUNS.has(t.lower))) {
      const np = namedBefore(toks, npLeft(toks, j));
      // "A farmer in the Lötschental told": the unnamed person where the place is, the subject.
      if (np && unnamedPersonAt(toks, np.a - 3)) return { a: np.a - 3, b: np.b, kind: "role" };
      return np;
    }
    // A prepositional phrase after the subject: "The UN mission on the island said …".
    for (let k = j - 1, hops = 0; k > 0 && hops < 6; k--, hops++) {
      const x = toks[k]!;
      if (x.kind !== "word") return null;
      if (PP_PREPOSITIONS.has(x.lower)) {
        // ("Computer experts familiar with the flaws, …, say": the head comes before the adjective.)
        const at = toks[k - 1]?.lower === "familiar" && k >= 2 ? k - 2 : k - 1;
        const h = toks[at]!;
        return h.kind === "word" && (isSourceNoun(h) || isNameWord(h)) ? { ...npLeft(toks, at), b: j + 1 } : null;
      }
      if (x.flags & (REPORTING_VERB | STOP_LEFT_WORD)) return null;
    }
    return null;
  }
  // "Acme Corp. said", "Smith Bros. announced": a firm's name that ends in an abbreviation's full stop.
  if (t.text === "." && toks[j - 1]?.kind === "word" && CORPORATE_ABBREVIATIONS.has(toks[j - 1]!.lower) && toks[j - 1]!.end === t.start && toks[j - 2]?.kind === "word") {
    const r = npLeft(toks, j - 1);
    return { a: r.a, b: j + 1, kind: kindOf(toks, r.a, j + 1) };
  }
  // "The World Food Programme (WFP) said": skip a parenthesis.
  if (t.text === ")" && depth < 3) {
    let k = j - 1;
    while (k >= 0 && toks[k]!.text !== "(" && j - k < 12) k--;
    if (k > 0 && toks[k]!.text === "(") {
      const r = subjectAt(toks, k - 1, depth + 1, book);
      return r ? { a: r.a, b: j + 1, kind: r.kind } : null;
    }
    return null;
  }
  if (t.text === "," && depth < 3) {
    let k = j - 1;
    // (A date's own commas are inside the phrase: "The state report, released on Thursday, October
    // 16, 2025, said".)
    while (k >= 0 && ((toks[k]!.text !== "," && toks[k]!.kind !== "quote" && toks[k]!.text !== ";" && toks[k]!.text !== ":") || dateComma(toks, k))) k--;
    if (k < 0 || toks[k]!.text !== ",") {
      // ("Samples taken by a research team on Feb. 29, 2025, found": a time set off by a comma.)
      const p = timeAdjunctAt(toks, j);
      return (p !== undefined ? subjectAt(toks, p - 1, depth + 1, book) : null) ?? firstNP(toks, 0, j, book);
    }
    const first = toks[k + 1];
    if (!first) return null;
    const appositive =
      APPOSITIVE_STOPS.has(first.lower) ||
      // A prepositional or participial parenthetical: "The review, by the audit office, found …",
      // "Ana Ruiz, with Harbour Bank, estimated …", "The judge, giving the ruling, said …".
      PARENTHETICAL_PREPOSITIONS.has(first.lower) ||
      (/ing$/u.test(first.lower) && !REPORTING_VERBS.has(first.lower)) ||
      first.cap ||
      first.kind === "num" ||
      /ed$/u.test(first.lower) ||
      IRREGULAR_PARTICIPLES.has(first.lower) ||
      isSourceNoun(first);
    if (!appositive) return null;
    let r = subjectAt(toks, k - 1, depth + 1, book);
    // "Sen. Rachel Okafor, R-Ohio, one of the negotiators, said": a party and state set off by
    // commas is a second appositive, the name before it the subject.
    if (r && r.b - r.a === 1 && r.a >= 2 && toks[r.a - 1]!.text === "," && PARTY_STATE.test(toks[r.a]!.text)) r = subjectAt(toks, r.a - 1, depth + 1, book) ?? r;
    // "Prof Tim Spector, of King’s College London, who was not involved, said": the one "of" the body.
    if (r && r.a >= 3 && toks[r.a - 1]!.lower === "of" && toks[r.a - 2]!.text === "," && isNameWord(toks[r.a - 3])) r = subjectAt(toks, r.a - 3, depth + 1, book) ?? r;
    if (r) return { a: r.a, b: j, kind: r.kind };
    return firstNP(toks, 0, k, book);
  }
  return null;
}

/**
 * Where a time adjunct that ends at `j` starts ("on Feb. 29, 2025,", "in February", "on Monday"):
 * its "on" or "in", before a month, a weekday or a year; undefined when there is none.
 */
function timeAdjunctAt(toks: readonly Token[], j: number): number | undefined {
  let k = j;
  if (toks[k]?.text === ",") k--;
  let dated = false;
  for (let n = 0; k > 0 && n < 7; k--, n++) {
    const x = toks[k]!;
    if (x.kind === "num" && /^(?:\d{1,2}|(?:19|20)\d\d)$/u.test(x.text)) dated ||= x.text.length === 4;
    else if (x.kind === "word" && MONTH_OR_WEEKDAY.test(x.lower.replace(/\.$/u, ""))) dated = true;
    else if (x.text === "," || x.text === ".") continue;
    else return dated && (x.lower === "on" || x.lower === "in") && k > 0 ? k : undefined;
  }
  return undefined;
}

/** The comma at `k` is a date's: "October 16, 2025", "Thursday, October 16". */
function dateComma(toks: readonly Token[], k: number): boolean {
  const before = toks[k - 1];
  const after = toks[k + 1];
  if (!before || !after || toks[k]!.text !== ",") return false;
  if (before.kind === "num" && /^\d{1,2}$/u.test(before.text) && after.kind === "num" && /^(?:19|20)\d\d$/u.test(after.text)) return MONTH_OR_WEEKDAY.test(toks[k - 2]?.lower.replace(/\.$/u, "") ?? "");
  return before.kind === "word" && /day$/u.test(before.lower) && MONTH_OR_WEEKDAY.test(before.lower) && after.kind === "word" && MONTH_OR_WEEKDAY.test(after.lower.replace(/\.$/u, ""));
}

/** A US legislator's party and state: "R-Ohio", "D-Calif", "I-Vt" (the abbreviation's full stop is a token of its own). */
const PARTY_STATE = /^[RDI]-\p{Lu}[\p{L}.]*$/u;

/** The name run at `a` follows a role and its "of", "at" or "for": "CEO of Boeing Commercial Airplanes", "economist at Harbour Bank". */
function employerRun(toks: readonly Token[], a: number): boolean {
  const p = toks[a - 1];
  const role = toks[a - 2];
  return p !== undefined && (p.lower === "of" || p.lower === "at" || p.lower === "for") && role !== undefined && role.kind === "word" && ((role.flags & TITLE) !== 0 || isSourceNoun(role));
}

/**
 * A main clause's verb at token `k`, after adverbs at most: "was right", "still plans to …", "has
 * already been accepted" (an auxiliary, or a verb in -s or -ed), not "thoroughly possible".
 */
function mainVerbAfter(toks: readonly Token[], k: number): boolean {
  while (toks[k]?.kind === "word" && !toks[k]!.cap && !AUX_ADVERBS.has(toks[k]!.lower) && toks[k]!.lower.endsWith("ly")) k++;
  const w = toks[k];
  if (w === undefined || w.kind !== "word" || w.cap) return false;
  return AUX_ADVERBS.has(w.lower) || BE_FORMS.has(w.lower) || MODALS.has(w.lower) || REPORTING_VERBS.has(w.lower) || (w.lower.length > 3 && (w.lower.endsWith("ed") || (w.lower.endsWith("s") && !w.lower.endsWith("ss"))));
}

/** Participles not in -ed that open a parenthetical: "the flaws, found in Intel's chip, …". */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(
  "found made built known seen held led run shown given taken written set put sold bought born brought caught chosen done drawn driven hidden hit kept laid left lost paid sent shot spent spread struck sworn taught thrown won worn".split(" "),
);

/** Abbreviations that end a firm's name: "Corp.", "Inc.", "Co.", "Ltd.", "Bros.". */
const CORPORATE_ABBREVIATIONS: ReadonlySet<string> = new Set(["corp", "inc", "co", "ltd", "bros", "plc", "llc", "cos"]);

/** What one declares without reporting anything: "declared bankruptcy", "declared a state of emergency". */
/** What "added" takes before an amount it added (not a statement): "added $18 million", "added about 300 jobs". */
const ADDED_AMOUNT: ReadonlySet<string> = new Set(["$", "£", "€", "¥", "about", "around", "nearly", "almost", "some", "roughly", "more", "another", "over", "just"]);

const DECLARED_ACTS: ReadonlySet<string> = new Set("bankruptcy insolvency bankrupt war independence victory emergency martial default state ceasefire truce holiday curfew lockdown disaster".split(" "));

/** The small words of a role before the organisation it is held in: "the president and CEO of". */
const ROLE_GLUE: ReadonlySet<string> = new Set(["the", "a", "an", "and", "of", "at", "for"]);

/**
 * "Scott Carson, president and CEO of Boeing Commercial Airplanes said": a role after a comma, with
 * no comma to close it, belongs to the name that opens the sentence before the comma; the source is
 * both (as when the comma is written: "Scott Carson, president …, said").
 */
function namedBefore(toks: readonly Token[], r: Src): Src {
  // Back over the role when the phrase found starts after its "of": "president of the Canadian Auto Workers".
  let a = r.a;
  for (let n = 0; n < 6 && a > 0 && toks[a - 1]!.text !== ","; n++) {
    const w = toks[a - 1]!;
    if (w.kind !== "word" || w.cap || !(ROLE_GLUE.has(w.lower) || (w.flags & TITLE) !== 0 || isSourceNoun(w))) return r;
    a--;
  }
  const first = toks[a];
  if (toks[a - 1]?.text !== "," || !first || first.kind !== "word" || first.cap) return r;
  const head = first.lower === "the" || first.lower === "a" || first.lower === "an" ? toks[a + 1] : first;
  if (!head || head.kind !== "word" || !((head.flags & TITLE) || isSourceNoun(head))) return r;
  // The name: capitalised words from the sentence's start to the comma (four at most).
  const comma = a - 1;
  if (comma < 1 || comma > 4) return r;
  for (let k = 0; k < comma; k++) if (!isNameWord(toks[k]) && !(toks[k]!.text === "." && k > 0)) return r;
  return { a: 0, b: r.b, kind: kindOf(toks, 0, r.b) };
}

/** The noun phrase ending at `j`, walking left over names, titles, possessives, modifiers and "of/for/at". */
function npLeft(toks: readonly Token[], j: number): Src {
  let a = j;
  let lowerRun = 0;
  while (a - 1 >= 0) {
    const p = toks[a - 1]!;
    if (p.kind === "word" && p.lower === "'s") {
      a--;
      continue;
    }
    // Plural possessive: "the workers’ union".
    if ((p.text === "’" || p.text === "'") && /s$/u.test(toks[a - 2]?.lower ?? "") && toks[a - 2]!.end === p.start) {
      a--;
      continue;
    }
    if (p.kind === "word" && isInitials(p.text) && toks[a]?.text === ".") {
      a--;
      continue;
    }
    if (p.kind === "word" && (p.lower === "the" || p.lower === "a" || p.lower === "an")) {
      a--;
      // "Keith MacCaskill of the Winnipeg Police Service said": a name, its "of" and "the", then the
      // organisation's name — the name before is the source.
      const c = toks[a - 1];
      // (And a body's own "for the": "Uli Arta Siagian of the Indonesian Forum for the Environment (WALHI) said".)
      if (p.lower === "the" && c?.kind === "word" && (c.lower === "of" || c.lower === "at" || c.lower === "from" || (c.lower === "for" && toks[a - 2]?.cap === true)) && toks[a - 2]?.kind === "word" && isNameWord(toks[a - 2])) continue;
      // ("The head of the Red Cross, Mirjana Spoljaric, said", "ambassador to the United Nations, …":
      // a role held at the body, then the name of the one who holds it; not "a member of the
      // Sovereignty Council, who said", an apposition after the name.)
      if (p.lower === "the" && c?.kind === "word" && (c.lower === "of" || c.lower === "to") && toks[a - 2]?.kind === "word" && (ROLE_HEADS.has(toks[a - 2]!.lower) || ROLE_TO.has(toks[a - 2]!.lower)) && toks[j]?.kind === "word" && isNameWord(toks[j]) && !(toks[a - 3] && ARTICLES.has(toks[a - 3]!.lower) && toks[a - 3]!.lower !== "the")) continue;
      break;
    }
    if (p.text === "." && ((toks[a - 2]?.flags ?? 0) & TITLE || isInitials(toks[a - 2]?.text ?? ""))) {
      a--;
      continue;
    }
    if (p.kind === "word" && /^\p{Lu}$/u.test(p.text) && toks[a]?.text === ".") {
      a--;
      continue;
    }
    if (p.kind === "word" && (isNameWord(p) || (p.cap && p.flags & TITLE))) {
      a--;
      continue;
    }
    if (p.kind === "word" && p.cap && isSourceNoun(p)) {
      a--;
      continue;
    }
    // (Of the marks only "&" is a connector.)
    if (p.flags & LEFT_CONNECTOR) {
      const q = toks[a - 2];
      // "a study published in Current Biology", "a survey carried out by Ipsos": the document's participle.
      if (q && (p.lower === "in" || p.lower === "by") && q.kind === "word" && !q.cap && BY_ONLY_VERBS.has(q.lower) && toks[a - 3]?.kind === "word" && isSourceNoun(toks[a - 3]!)) {
        a -= 2;
        continue;
      }
      if (q && q.kind === "word" && (p.lower === "in" ? isSourceNoun(q) && !q.cap : isNameWord(q) || isSourceNoun(q))) {
        a--;
        continue;
      }
      break;
    }
    // "Britain’s ambassador to the United Nations, Eleanor Whitcombe, told": a role held at a body.
    if (p.kind === "word" && p.lower === "to" && toks[a - 2]?.kind === "word" && ROLE_TO.has(toks[a - 2]!.lower)) {
      a--;
      continue;
    }
    if (((p.kind === "word" && !p.cap && !(p.flags & (STOP_LEFT_WORD | REPORTING_VERB))) || p.kind === "num") && lowerRun < 4) {
      lowerRun++;
      a--;
      continue;
    }
    break;
  }
  // Trim a leading connector or lone determiner left behind.
  while (a < j && toks[a]!.kind === "word" && toks[a]!.flags & LEFT_CONNECTOR) a++;
  return { a, b: j + 1, kind: kindOf(toks, a, j + 1) };
}

/** The subject noun phrase at the start of a clause: "Port arrival figures compiled by …" → "Port arrival figures". */
/** Words that end a noun phrase scanned from the sentence start: stop words and reporting verbs. */
const NP_BREAK = wordFlag([...NP_STOP, ...REPORTING_VERBS.keys(), ...BY_ONLY_VERBS]);

function firstNP(toks: readonly Token[], from: number, to: number, book: NameBook, adverbEnds = false): Src | null {
  let a = from;
  while (a < to && (toks[a]!.kind === "quote" || toks[a]!.kind === "punct")) a++;
  // Skip a fronted adverbial: "In a statement, …", "On Monday, …".
  if (toks[a] && toks[a]!.flags & FRONTED_ADVERBIAL_OPENER) {
    let c = a;
    while (c < to && toks[c]!.text !== ",") c++;
    if (c < to) a = c + 1;
  }
  let b = a;
  while (b < to) {
    const x = toks[b]!;
    if (x.kind === "quote" || (x.kind === "punct" && x.text !== "." && x.text !== "-")) break;
    // "Bank of Ghana", "Office for Health and Food Safety": connectors inside a name.
    const inName = (x.flags & NAME_CONNECTOR) !== 0 && isNameWord(toks[b - 1]) && (isNameWord(toks[b + 1]) || (toks[b + 1]?.lower === "the" && isNameWord(toks[b + 2])));
    // (The name word after a connector goes on the name, a verb's spelling or not: "Secretary of State".)
    const afterConnector = b > a && x.cap && (toks[b - 1]!.flags & NAME_CONNECTOR) !== 0;
    // (For a participle's subject, an adverb before the verb ends it too: "She also criticised …, saying".)
    if (!inName && !afterConnector && x.kind === "word" && (x.flags & NP_BREAK || (!x.cap && (x.lower.endsWith("ed") || (adverbEnds && b > a && AUX_ADVERBS.has(x.lower)))))) break;
    b++;
  }
  if (b <= a) return null;
  const head = toks[b - 1]!;
  if (head.kind === "word" && head.flags & SUBJECT_PRONOUN && b - a === 1) return { a, b, kind: "pronoun" };
  let ok = false;
  for (let k = a; k < b; k++) {
    const x = toks[k]!;
    if (x.kind !== "word") continue;
    if (isSourceNoun(x)) ok = true;
    else if (isNameWord(x) && (k > a || book.isKnownName(x.text) || isNameWord(toks[k + 1]))) ok = true;
  }
  return ok ? { a, b, kind: kindOf(toks, a, b) } : null;
}

/**
 * A capitalised name opening the clause before its verb in small letters: "Siemens cut its forecast
 * …, saying" (a firm's one word the document names nowhere else).
 */
function leadName(toks: readonly Token[], from: number, to: number): Src | null {
  let b = from;
  while (b < to && b < from + 4 && toks[b]!.kind === "word" && toks[b]!.cap) b++;
  const verb = toks[b];
  if (b === from || b >= to || !verb || verb.kind !== "word" || verb.cap || !(verb.lower.endsWith("ed") || LEAD_PAST.has(verb.lower))) return null;
  return { a: from, b, kind: kindOf(toks, from, b) === "name" ? "name" : "organization" };
}
/** Past forms without "-ed" a firm's act is told in: "Siemens cut its forecast". */
const LEAD_PAST = new Set(["cut", "held", "kept", "set", "put", "made", "took", "gave", "won", "lost", "rose", "fell", "sold", "bought", "left", "paid", "led", "hit", "struck", "grew", "became", "began", "brought", "built", "shut", "sent", "spent", "froze", "withdrew", "stood"]);

/** A title's word: "Minister", "Secretary", "Leader". */
function titleWord(t: Token): boolean {
  return (t.flags & TITLE) !== 0 || TITLE_HEADS.has(t.lower);
}

/** Tokens [a, b) are a title and its "of" phrase: "the Minister of the Environment and Climate Change". */
function titleOf(toks: readonly Token[], a: number, b: number): boolean {
  let h = a;
  while (h < b && ARTICLES.has(toks[h]!.lower)) h++;
  if (h + 2 < b && titleWord(toks[h]!) && toks[h + 1]!.lower === "of") return true;
  // A role in small letters and where it is held: "The chief executive of Water UK", "Britain’s
  // ambassador to the United Nations", "the head of the Red Cross".
  if (h < b && toks[h]!.kind === "word" && toks[h]!.cap && toks[h + 1]?.lower === "'s") h += 2;
  let k = h;
  while (k < b && k < h + 4 && toks[k]!.kind === "word" && !toks[k]!.cap && !ROLE_PLACE_PREPOSITIONS.has(toks[k]!.lower)) k++;
  return k > h && k + 1 < b && ROLE_PLACE_PREPOSITIONS.has(toks[k]!.lower) && (isSourceNoun(toks[k - 1]!) || hasRoleSuffix(toks[k - 1]!.lower) || ROLE_HEADS.has(toks[k - 1]!.lower));
}
// ("UNHCR’s representative in Chad, Magatte Guisse": where a role is held, "in" too.)
const ROLE_PLACE_PREPOSITIONS = new Set(["of", "to", "at", "for", "in"]);
/** Roles held "to" a body or a person: "ambassador to the UN", "adviser to the president". */
const ROLE_TO = new Set(["ambassador", "envoy", "adviser", "advisor", "representative", "counsellor", "counselor", "spokesman", "spokeswoman", "spokesperson", "secretary", "assistant", "aide"]);
/** Heads of roles held somewhere: "the head of", "the chief executive of", "ambassador to". */
const ROLE_HEADS = new Set(["head", "chief", "executive", "director", "ambassador", "envoy", "president", "chairman", "chairwoman", "chair", "secretary", "spokesman", "spokeswoman", "spokesperson", "founder", "leader", "boss", "governor", "minister", "editor", "manager", "coach", "captain", "professor", "lecturer", "researcher", "economist", "analyst", "representative", "commissioner", "coordinator", "adviser", "advisor", "counsel", "lawyer", "officer", "member", "deputy"]);

/** The noun phrase starting at `k` (after "according to", "by", or an inverted verb). */
function npRight(toks: readonly Token[], k: number, strict: boolean, _book: NameBook): Src | null {
  let a = k;
  // "said on Wednesday Dr. X" is not inverted; "according to the data" is fine.
  if (strict) {
    const f = toks[a];
    if (!f || f.kind !== "word") return null;
    if (!(isNameWord(f) || f.flags & TITLE || ARTICLES.has(f.lower) || isSourceNoun(f))) return null;
  }
  let b = a;
  while (b < toks.length && b - a < 16) {
    const x = toks[b]!;
    if (x.kind === "quote" || (x.kind === "punct" && x.text !== "." && x.text !== "-" && x.text !== "&")) break;
    // (A title's abbreviation keeps its full stop before a name: "said Gen. Mark Milley"; "said the minister." ends.)
    if (x.text === "." && !((toks[b - 1]?.flags ?? 0) & TITLE && toks[b - 1]!.text.length <= 4 && isNameWord(toks[b + 1]))) break;
    if (x.kind === "word" && CLAUSE_OPENERS.has(x.lower) && b > a) break;
    // "…, say the defects don't affect users": an auxiliary starts a clause, not a name.
    // (Not a possessive's "’s": "said the city’s mayor".)
    // (Then the words after the verb are what was said, and name no one: "said members were “tired …”".)
    if (strict && x.kind === "word" && b > a && !x.cap && ((BE_FORMS.has(x.lower) && x.lower !== "'s" && x.lower !== "’s") || MODALS.has(x.lower) || NEGATIVE_AUX.test(x.lower))) return null;
    if (x.kind === "word" && !x.cap && b > a && x.flags & REPORTING_VERB && !(x.flags & SOURCE_NOUN)) break;
    // "a filing with the London Stock Exchange", "a letter to the regulator": whom a document went to is not its source.
    if (x.kind === "word" && b > a && (x.lower === "with" || x.lower === "to") && (toks[b - 1]!.flags & DOCUMENT_NOUN) !== 0) break;
    // "by the IMF at 2.1 percent" ends at "at"; "analysts at Kessler Maritime" goes on.
    if (x.kind === "word" && b > a && PHRASE_PREPOSITIONS.has(x.lower) && !(isNameWord(toks[b + 1]) || (toks[b + 1]?.lower === "the" && isNameWord(toks[b + 2])))) break;
    if (x.kind === "word" && b > a && (x.lower === "and" || x.lower === "or") && toks[b + 1]?.kind === "word" && !toks[b + 1]!.cap && !DETERMINERS_AND_POSSESSIVES.has(toks[b + 1]!.lower)) break;
    b++;
  }
  if (b <= a) return null;
  // "the city's mayor, Angela Morrow": take the appositive name when the phrase has none.
  // (So when the phrase is a title's: "said the Minister of Finance, Marina Silva".)
  if (strict && toks[b]?.text === "," && (nameRuns(toks, a, b).length === 0 || titleOf(toks, a, b))) {
    const runs = nameRuns(toks, b + 1, Math.min(toks.length, b + 6));
    const r = runs[0];
    if (r && r.a === b + 1) b = r.b;
  }
  while (a < b && toks[a]!.kind !== "word" && toks[a]!.kind !== "num") a++;
  if (b <= a) return null;
  let ok = false;
  for (let i = a; i < b; i++) if (isNameWord(toks[i]) || isSourceNoun(toks[i]!)) ok = true;
  if (strict && !ok) return null;
  if (!ok && !DETERMINERS_AND_POSSESSIVES.has(toks[a]!.lower)) return null;
  return { a, b, kind: kindOf(toks, a, b) };
}

/** Drops a lone sentence-initial capital before a lowercase word ("Poor surveys", "Walk-in clinics"). */
function realRuns(toks: readonly Token[], runs: { a: number; b: number }[]): { a: number; b: number }[] {
  return personOf(
    toks,
    runs.filter((r) => {
      const next = toks[r.b];
      if (!(r.b - r.a === 1 && toks[r.a]!.initial && next?.kind === "word" && !next.cap)) return true;
      return REPORTING_VERBS.has(next.lower) || AUX_ADVERBS.has(next.lower) || /ly$/u.test(next.lower) || next.lower === "'s" || (next.lower.endsWith("ed") && saysToo(toks, r.b + 1));
    }),
  );
}

/**
 * Runs split where a person's name ends before "of" and an organisation's begins: "Detective
 * Inspector Laura Finch of West Yorkshire Police" is two names (not "Secretary of State Marco
 * Rubio", "Bank of England": no person before their "of").
 */
function personOf(toks: readonly Token[], runs: { a: number; b: number }[]): { a: number; b: number }[] {
  let out: { a: number; b: number }[] | undefined;
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i]!;
    let split = -1;
    for (let k = r.a + 2; k < r.b - 1; k++) {
      if (toks[k]!.lower !== "of") continue;
      // (Only before an organisation's name: one read as a person's would take the speaker's place.)
      if (nameOf("", toks, r.a, k)?.person && nameOf("", toks, k + 1, r.b)?.person === false) split = k;
      break;
    }
    if (split < 0) {
      out?.push(r);
      continue;
    }
    out ??= runs.slice(0, i);
    out.push({ a: r.a, b: split }, { a: split + 1, b: r.b });
  }
  return out ?? runs;
}

/** Roles that speak for a body ("the spokesperson"). */
const SPOKES = new Set(["spokesperson", "spokesman", "spokeswoman", "representative", "official"]);

/** The words of a phrase, lower-cased. */
function wordsOf(phrase: string): string[] {
  return phrase.toLowerCase().split(/[^\p{L}-]+/u);
}

/** The last word token in `toks[a..b)`. */
function lastWord(toks: readonly Token[], a: number, b: number): Token | undefined {
  for (let k = Math.min(b, toks.length) - 1; k >= a; k--) if (toks[k]!.kind === "word") return toks[k];
  return undefined;
}

function kindOf(toks: readonly Token[], a: number, b: number): SourceKind {
  if (b - a === 1 && SUBJECT_PRONOUNS.has(toks[a]!.lower)) return "pronoun";
  // A person among the real runs' names makes it a name; otherwise any name, an organisation.
  let named = false;
  for (const r of realRuns(toks, nameRuns(toks, a, b))) {
    const info = nameOf("", toks, r.a, r.b);
    if (!info) continue;
    if (info.person) return "name";
    named = true;
  }
  if (named) return "organization";
  for (let k = b - 1; k >= a; k--) {
    const x = toks[k]!;
    if (x.kind !== "word") continue;
    if (x.flags & DOCUMENT_NOUN) return "document";
    if (hasRoleSuffix(x.lower) || isSourceNoun(x)) return "role";
  }
  return "other";
}

/**
 * Names seen in the document: capitalised words used mid-sentence (so a sentence-initial
 * "Walk-in" is not a name but "Hanbit" is), full personal names (to expand "Huber" to
 * "Katrin Huber"), and the people a "he"/"she" can point back to.
 */
class NameBook {
  /** When set, every change to the running state above is appended here (see `FramesRun`). */
  log: BookOp[] | undefined;
  /** When set, every word asked about the document's names is appended here. */
  lookups: string[] | undefined;

  constructor(
    private readonly text: string,
    private readonly names: DocumentNames,
    /** Recent people, in text order: frame speakers and sentence subjects. */
    readonly people: Recent[] = [],
    /** Organisations that were sentence subjects, for "it" and "its". */
    readonly orgs: Recent[] = [],
    /** Genders learned from the pronouns that already pointed at a person. */
    readonly gender = new Map<string, "m" | "f">(),
  ) {}

  isKnownName(w: string): boolean {
    this.lookups?.push(w);
    return this.names.known.has(w) || this.names.fullByWord.has(w);
  }

  /** "Huber" → "Katrin Huber" when the article named her in full. */
  expand(info: NameInfo): NameInfo {
    if (!info.person || /\s/u.test(info.text)) return info;
    this.lookups?.push(info.text);
    const full = this.names.fullByWord.get(info.text);
    return full !== undefined ? { ...info, text: full } : info;
  }

  /** The name a frame's source stands for. */
  resolve(toks: readonly Token[], src: Src, s: Sentence, frames: readonly AttributionFrame[], srcSpan: Span): NameInfo | undefined {
    const text = this.text;
    if (src.kind === "pronoun") {
      const w = ({ its: "it", their: "they", his: "he", her: "she" } as Record<string, string>)[toks[src.a]!.lower] ?? toks[src.a]!.lower;
      if (PERSON_PRONOUNS.has(w)) {
        const gender = w === "he" ? "m" : "f";
        const p = this.lastPerson(srcSpan.start, toks, src.a, gender);
        // "A spokesperson for the Financial Conduct Authority said …. “…,” he said": the unnamed
        // spokesperson who spoke last, after the person named before, speaks for the body.
        for (let k = frames.length - 1; k >= 0; k--) {
          const f = frames[k]!;
          if (f.sentence < s.index - 1) break;
          if (f.sourceKind === "pronoun") break;
          if (p && f.source.start < p.span.start) break;
          if (f.name && !f.person && (wordsOf(f.sourceText).some((x) => SPOKES.has(x)) || SPOKES_FOR.test(this.text.slice(Math.max(0, f.source.start - 32), f.source.start)))) return { text: f.name, span: f.nameSpan ?? f.source, person: false };
          if (f.person) break;
        }
        if (p) this.apply({ kind: "gender", name: p.text, gender });
        return p ? { ...p, span: p.span } : undefined;
      }
      if (w === "it" || w === "they") {
        for (let k = frames.length - 1; k >= 0; k--) {
          const f = frames[k]!;
          if (f.sentence < s.index - (FRAME_LOOKBACK - 1)) break;
          if (f.sourceKind !== "pronoun" && f.name && (w === "they" || !f.person)) return { text: f.name, span: f.nameSpan ?? f.source, person: f.person ?? false };
        }
        // Organisations are recorded in text order: the last one before the pronoun.
        let lo = 0;
        let hi = this.orgs.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (this.orgs[mid]!.at < srcSpan.start) lo = mid + 1;
          else hi = mid;
        }
        const org = this.orgs[lo - 1];
        if (org) return org.info;
      }
      return undefined;
    }
    // Names inside a relative clause are not the source: "the club, which trains at Marsh Lane".
    let end = src.b;
    for (let k = src.a + 1; k < src.b; k++) if (RELATIVE_PRONOUNS.has(toks[k]!.lower) || toks[k]!.lower === "whose") end = Math.min(end, k);
    // ("A farmer in Kenya told me": an unnamed person and where they are, not Kenya.)
    if (unnamedPersonAt(toks, src.a) && toks[src.a + 1]!.kind === "word" && !toks[src.a + 1]!.cap) return undefined;
    const runs = realRuns(toks, nameRuns(toks, src.a, end));
    // ("Rep. Tom Ellis (D-Mich.)": a party and state name no one.)
    let infos = runs.map((r) => nameOf(text, toks, r.a, r.b)).filter((x): x is NameInfo => !!x && !PARTY_STATE.test(x.text));
    // Where the runs that own something ("the ministry's …") start: usually none.
    const owners: number[] = [];
    for (const r of runs) if (toks[r.b]?.lower === "'s" && r.b < end - 1) owners.push(toks[r.a]!.start);
    // "Jim Pattison Industries Ltd., one of a group of companies owned by James Pattison": the
    // source is named before the comma of its apposition, when a name that owns nothing is there.
    let comma = -1;
    for (let k = src.a + 1; k < end && comma < 0; k++) if (toks[k]!.text === ",") comma = k;
    // (Not when what comes before the comma is a title: "The Majority Leader, Julius Odigie, said".)
    // (Nor a title's "of" phrase: "the Minister of Information and National Orientation, Mohammed Idris, told".)
    const titled = comma > 0 && (titleWord(toks[comma - 1]!) || titleOf(toks, src.a, comma));
    if (comma > 0 && infos.length > 1 && !(titled && infos.some((x) => x.person && x.span.start > toks[comma]!.start))) {
      const head = infos.filter((x) => x.span.end <= toks[comma]!.start && !owners.includes(x.span.start));
      if (head.length > 0) infos = head;
    }
    const persons = infos.filter((x) => x.person && !/^\p{Lu}{2,}$/u.test(x.text) && !owners.includes(x.span.start));
    // "Scott Carson, president and CEO of Boeing Commercial Airplanes": a name after a role's "of",
    // "at" or "for" is where the person named before it works.
    const employers: number[] = [];
    if (persons.length > 1) {
      for (const x of persons) {
        const k = toks.findIndex((t) => t.start === x.span.start);
        if (k > 0 && employerRun(toks, k)) employers.push(x.span.start);
      }
    }
    // "Sanjay Kumar of the Working People’s Charter": the names after a person's "of" are where the
    // person works, however they split.
    if (persons.length > 1) {
      const k = toks.findIndex((t) => t.start >= persons[0]!.span.end);
      if (k > 0 && toks[k]!.lower === "of") employers.push(...persons.slice(1).map((x) => x.span.start));
    }
    const own = employers.length > 0 ? persons.filter((x) => !employers.includes(x.span.start)) : persons;
    const person = own.length > 0 ? own[own.length - 1] : persons[persons.length - 1];
    if (person) return this.expand(person);
    const org = infos.find((x) => !x.modifier && !owners.includes(x.span.start)) ?? infos.find((x) => !owners.includes(x.span.start));
    if (org) return org;
    // A role or document without a name: "the statement", "the office" → the source named before.
    const head = lastWord(toks, src.a, src.b)!;
    if (DEFINITE_DETERMINERS.has(toks[src.a]!.lower)) {
      for (let k = frames.length - 1; k >= 0; k--) {
        const f = frames[k]!;
        if (f.sentence < s.index - FRAME_LOOKBACK) break;
        if (!f.name || f.sourceKind === "pronoun") continue;
        // ("A spokesperson for Wyvern District Council said …. “…,” the spokesperson said": the body the role spoke for.)
        if (f.name.toLowerCase().includes(head.lower) || (DOCUMENT_NOUNS.has(head.lower) && f.sentence >= s.index - 1) || (SPOKES.has(head.lower) && !f.person && f.sentence >= s.index - 2 && wordsOf(f.sourceText).includes(head.lower))) {
          return { text: f.name, span: f.nameSpan ?? f.source, person: f.person ?? false };
        }
      }
    }
    let a = src.a;
    while (a < src.b && ARTICLES.has(toks[a]!.lower)) a++;
    if (a >= src.b) return undefined;
    let b = a + 1;
    while (b < src.b && toks[b]!.text !== ",") b++;
    const sp = { start: toks[a]!.start, end: toks[b - 1]!.end };
    return { text: text.slice(sp.start, sp.end), span: sp, person: false };
  }

  private lastPerson(before: number, toks: readonly Token[], upTo: number, gender: "m" | "f"): NameInfo | undefined {
    // The latest person before the pronoun whose known gender (from earlier pronouns) does not clash.
    // `people` is sorted by position: walk back from the last one before `before` (binary search)
    // to the first whose known gender does not clash.
    let lo = 0;
    let hi = this.people.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.people[mid]!.at < before) lo = mid + 1;
      else hi = mid;
    }
    let best: Recent | undefined;
    for (let k = lo - 1; k >= 0 && k >= lo - PEOPLE_LOOKBACK; k--) {
      const g = this.gender.get(this.people[k]!.info.text);
      if (g === undefined || g === gender) {
        best = this.people[k];
        break;
      }
    }
    // A sentence-initial subject in the same sentence before the pronoun.
    const subj = firstNP(toks, 0, upTo, this);
    if (subj) {
      const runs = nameRuns(toks, subj.a, subj.b);
      for (const r of runs.reverse()) {
        const info = nameOf(this.text, toks, r.a, r.b);
        if (info?.person && (!best || info.span.start > best.at)) {
          const full = this.expand(info);
          const g = this.gender.get(full.text);
          if (g === undefined || g === gender) return full;
        }
      }
    }
    return best ? best.info : undefined;
  }

  /** After a sentence: remember its speakers and its subject, if they are people. */
  observe(s: Sentence, toks: readonly Token[], frames: readonly AttributionFrame[]): void {
    // Frames of this sentence are the last ones pushed.
    let k = frames.length;
    while (k > 0 && frames[k - 1]!.sentence >= s.index) k--;
    for (let m = k; m < frames.length; m++) {
      const f = frames[m]!;
      if (f.sentence === s.index && f.person && f.name && f.nameSpan) {
        this.apply({ kind: "person", recent: { info: { text: f.name, span: f.nameSpan, person: true }, at: f.nameSpan.start } });
      }
    }
    const subj = firstNP(toks, 0, toks.length, this);
    if (subj) {
      for (const r of nameRuns(toks, subj.a, subj.b)) {
        const info = nameOf(this.text, toks, r.a, r.b);
        if (info?.person && !/^\p{Lu}{2,}$/u.test(info.text) && (/\s/u.test(info.text) || this.isKnownName(info.text))) {
          this.apply({ kind: "person", recent: { info: this.expand(info), at: info.span.start } });
        } else if (info && !info.person && !info.modifier) {
          this.apply({ kind: "org", recent: { info, at: info.span.start } });
        }
      }
    }
  }

  /** Changes the running state (and records the change when asked to). */
  /** A book over another text and names with this one's running state (people, organisations, genders), not its log. */
  copyFor(text: string, names: DocumentNames): NameBook {
    // Of the people, only the last ones: every entry lies before the sentences still to come, whose
    // pronouns read the last PEOPLE_LOOKBACK of them (as `sameState` compares them), and an entry
    // added later lands among those only when it comes after the ones it displaces.
    const people = this.people.length > KEEP_PEOPLE ? this.people.slice(this.people.length - KEEP_PEOPLE) : this.people.slice();
    return new NameBook(text, names, people, this.orgs.slice(), new Map(this.gender));
  }

  apply(op: BookOp): void {
    this.log?.push(op);
    if (op.kind === "gender") this.gender.set(op.name, op.gender);
    else if (op.kind === "person") this.addPerson(op.recent);
    else this.orgs.push(op.recent);
  }

  /** Keeps `people` sorted by position, later additions after equal ones (as a stable sort would). */
  private addPerson(p: Recent): void {
    let i = this.people.length;
    if (i === 0 || this.people[i - 1]!.at <= p.at) {
      this.people.push(p);
      return;
    }
    let lo = 0;
    while (lo < i) {
      const mid = (lo + i) >> 1;
      if (this.people[mid]!.at <= p.at) lo = mid + 1;
      else i = mid;
    }
    this.people.splice(lo, 0, p);
  }
}

const SHOWN_CLAUSE = new Set(["that", "how", "what", "why", "where", "whether"]);

/** Whether a number or a clause ("how", "that" …) comes from `from` on before the next comma or quotation mark. */
function findingBeforeComma(tk: readonly Token[], from: number): boolean {
  for (let k = from; k < tk.length && tk[k]!.text !== "," && tk[k]!.kind !== "quote"; k++) if (tk[k]!.kind === "num" || SHOWN_CLAUSE.has(tk[k]!.lower)) return true;
  return false;
}

/** Whether an opening quotation mark comes within `n` tokens from `from`, before a comma or full stop. */
function quoteWithin(tk: readonly Token[], from: number, n: number): boolean {
  for (let k = from; k < Math.min(tk.length, from + n); k++) {
    if (tk[k]!.kind === "quote") return true;
    if (tk[k]!.text === "," || tk[k]!.text === ".") return false;
  }
  return false;
}

/** "… praised the screen but said …": "and" or "but" and a reporting verb within a dozen tokens from `from`, before a full stop or a quotation. */
function saysToo(tk: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tk.length - 1, from + 13); k++) {
    const x = tk[k]!;
    if (x.kind === "quote" || (x.kind === "punct" && x.text !== ",")) return false;
    if ((x.lower === "and" || x.lower === "but") && tk[k + 1]!.kind === "word" && REPORTING_VERBS.has(tk[k + 1]!.lower)) return true;
  }
  return false;
}

/** Words that open the question after a sentence's "Asked": "Asked whether", "Asked about", "Asked why". */
const ASKED_WHAT = new Set(["whether", "if", "about", "what", "why", "how", "when", "who", "whom", "where"]);

/** Where a sentence's opening "Asked whether …," ends (the token after its comma); 0 when it has none. */
function askedClauseEnd(tk: readonly Token[]): number {
  if (tk[0]?.lower !== "asked" || !ASKED_WHAT.has(tk[1]?.lower ?? "")) return 0;
  for (let k = 2; k < Math.min(tk.length, 40); k++) if (tk[k]!.text === ",") return k + 1;
  return 0;
}
