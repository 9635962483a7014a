import type { Paragraph, SeedDocument, Sentence } from "../../model/document";
import type { Span } from "../../model/span";
import type { KnowledgeBase } from "../../knowledge";
import { detached, diffOf, inMemoSession, keptString, memo, memoOf, retainMemo } from "../../memo";
import { tokenList, type Tokens } from "./tokens";
import { candidatesOf, type Candidate, type SentenceTokens } from "./candidates";
import type { KbView } from "./lookup";
import { W } from "./lexicon";

// The sentence-local part of actor finding: a sentence's tokens and its name candidates depend only
// on its text (with what the two characters after it say, see `lookahead`), on which of its
// tokens stand inside a quotation, and on the knowledge base. They are kept with offsets relative
// to the sentence and wrapped in `memo()`, so the editor's re-analysis after an edit recomputes
// them only for the sentences whose text changed.


/** One sentence's tokens (offsets relative to `base`) and the tokens the document-wide passes look at. */
export interface LocalTokens {
  readonly tokens: Tokens;
  /** Lower-case words of ORG_NOUNS ("the finance ministry"). */
  readonly orgNouns: readonly number[];
  /** Lower-case words of OFFICE_WORDS after the first token ("the president"). */
  readonly offices: readonly number[];
  /** "he", "she", "it" before a speech verb ("he said"). */
  readonly pronouns: readonly number[];
  /** Capitalised words, where names begin. */
  readonly caps: readonly number[];
}

/** A sentence as actor finding sees it: tokens relative to `base`, and the sentence's text from there. */
export interface ActorSentence extends SentenceTokens {
  /** Where offsets of `tokens` start in the document. */
  readonly base: number;
  /**
   * The text from `base` to two characters past the sentence's end (the lookahead); outside an
   * incremental session, the document's text itself, from `base` 0.
   */
  readonly source: string;
  readonly local: LocalTokens;
  /** The memo key of `local` ("" outside an incremental session: nothing is memoised then). */
  readonly key: string;
  /** The memo key of the sentence's candidates (`candidatesKey`; "" outside an incremental session). */
  readonly candidatesKey: string;
  /** The document's sentence. */
  readonly sentence: Sentence;
}

const HOT = W.ORG_NOUNS | W.OFFICE_WORDS | W.SPEAKER_PRONOUNS;

function localTokens(source: string, span: { start: number; end: number }): LocalTokens {
  // The capitalised words and the words of the lists looked at here, noted as they are made.
  const noted = { caps: [] as number[], bits: HOT, listed: [] as number[] };
  const tokens = tokenList(source, span, noted);
  // Most sentences have none of these: they share one empty list (and no list is made for them).
  let orgNouns = NONE;
  let offices = NONE;
  let pronouns = NONE;
  const caps = noted.caps.length === 0 ? NONE : noted.caps;
  // By the token columns: no token is made for these.
  for (const i of noted.listed) {
    const cap = tokens.cap(i);
    if (!cap && tokens.is(i, W.ORG_NOUNS)) (orgNouns === NONE ? (orgNouns = []) : orgNouns).push(i);
    if (i > 0 && !cap && tokens.is(i, W.OFFICE_WORDS)) (offices === NONE ? (offices = []) : offices).push(i);
    if (tokens.is(i, W.SPEAKER_PRONOUNS) && tokens.word(i + 1) && tokens.is(i + 1, W.SPEECH_LIKE)) (pronouns === NONE ? (pronouns = []) : pronouns).push(i);
  }
  return { tokens, orgNouns, offices, pronouns, caps };
}

const NO_FLAGS: readonly boolean[] = [];
/** The empty list of token indices, shared (no list in a `LocalTokens` is changed once made). */
const NONE: number[] = [];

/** The sentences of a document, tokenized, with the quotation flags of their tokens. */
export function actorSentences(doc: SeedDocument): ActorSentence[] {
  const text = doc.text;
  const out = new Array<ActorSentence>(doc.sentences.length);
  // Quotation insides by start, with the furthest end reached so far: "is this token inside a
  // quotation" by binary search (a scan of the quotations per token is quadratic).
  // (Made when a sentence is tokenized anew.)
  let starts: number[] = NONE;
  let reach: number[] = NONE;
  let made = false;
  const quotedAt = (start: number, end: number): boolean => {
    if (!made) {
      made = true;
      const inner = doc.quotes.map((q) => q.inner).sort((a, b) => a.start - b.start);
      starts = inner.map((q) => q.start);
      reach = [];
      for (const q of inner) reach.push(Math.max(reach[reach.length - 1] ?? -Infinity, q.end));
    }
    const n = countBelow(starts, start + 1);
    return n > 0 && reach[n - 1]! >= end;
  };
  const dl = doc.dateline?.span;
  // Outside an incremental session nothing is memoised: the tokens come straight from the
  // document's text (base 0), without a copy of each sentence and its key. They are the same
  // tokens: `lookahead` keeps of the text after a sentence exactly what the tokenizer and the
  // candidates can tell apart (the incremental tests check the two ways against each other).
  const session = inMemoSession();
  const reuse = session ? reusableSentences(doc) : undefined;
  for (const s of doc.sentences) {
    const para = doc.paragraphs[s.paragraph];
    const kept = reuse?.(s, para);
    if (kept) {
      out[s.index] = kept;
      continue;
    }
    let span = s.span;
    if (dl && dl.end > span.start && dl.start < span.end) span = { start: Math.max(span.start, dl.end), end: span.end };
    let base = 0;
    let source = text;
    let key = "";
    let local: LocalTokens;
    if (session) {
      // A start inside a surrogate pair: the tokenizer moves back to the pair's start.
      base = span.start > 0 && isLow(text.charCodeAt(span.start)) && isHigh(text.charCodeAt(span.start - 1)) ? span.start - 1 : span.start;
      // A copy of its own: kept from run to run, a slice would keep the whole text of its run alive.
      const sentenceSource = (source = detached(text.slice(base, span.end) + lookahead(text, span.end)));
      const rel = { start: span.start - base, end: span.end - base };
      // The key reads the text from `base` to two characters past the sentence (the lookahead's reach).
      key = keptString("actors/key", text, base, span.end + 2, () => `${rel.start},${rel.end}|${sentenceSource}`);
      local = memo("actors/tokens", key, () => localTokens(sentenceSource, rel));
    } else local = localTokens(text, span);
    const tokens = local.tokens;
    let quoted = NO_FLAGS;
    if (tokens.length > 0 && quotedAt(tokens.start(tokens.length - 1) + base, tokens.end(0) + base)) {
      // `quotedAt` of each token, with the count of quotations starting at or before it carried
      // from token to token (their starts only grow) instead of searched for each.
      const flags: boolean[] = [];
      let n = countBelow(starts, tokens.start(0) + base + 1);
      for (let i = 0; i < tokens.length; i++) {
        const at = tokens.start(i) + base;
        while (n < starts.length && starts[n]! <= at) n++;
        flags.push(n > 0 && reach[n - 1]! >= tokens.end(i) + base);
      }
      quoted = flags;
    }
    out[s.index] = { index: s.index, base, source, tokens, quoted, heading: para?.kind === "heading", local, key, candidatesKey: session ? candidatesKey(quoted, key) : "", sentence: s };
  }
  if (session) lastSentences = { text, dateline: dl, sentences: out };
  return out;
}

/** The sentences of the previous run of an incremental session. */
let lastSentences: { readonly text: string; readonly dateline: Span | undefined; readonly sentences: readonly ActorSentence[] } | undefined;

/**
 * In an incremental session, the previous run's sentence for a sentence of a paragraph the edit
 * neither touched nor came within two characters of (the lookahead): the same object before the
 * edit, moved after it. Such a paragraph has the same text, so the same sentences, tokens and
 * quotations (quotations are found per paragraph); its kind is compared, and sentences the
 * dateline cuts are left to be made anew. The memo's tokens of the kept sentences are retained.
 */
function reusableSentences(doc: SeedDocument): ((s: Sentence, para: Paragraph | undefined) => ActorSentence | undefined) | undefined {
  const prev = lastSentences;
  lastSentences = undefined;
  if (!prev) return undefined;
  const text = doc.text;
  const { same, sameEnd } = diffOf(prev.text, text);
  const delta = text.length - prev.text.length;
  const shift = doc.sentences.length - prev.sentences.length;
  const dl = doc.dateline?.span;
  const cut = (sp: Span, d: Span | undefined): boolean => d !== undefined && d.end > sp.start && d.start < sp.end;
  retainMemo("actors/tokens");
  return (s, para) => {
    if (!para || cut(s.span, dl)) return undefined;
    const heading = para.kind === "heading";
    if (para.span.end + 2 <= same) {
      const o = prev.sentences[s.index];
      if (o && o.heading === heading && o.sentence.span.start === s.span.start && o.sentence.span.end === s.span.end && !cut(o.sentence.span, prev.dateline)) return o;
    } else if (para.span.start > sameEnd) {
      const o = prev.sentences[s.index - shift];
      if (o && o.heading === heading && o.sentence.span.start + delta === s.span.start && o.sentence.span.end + delta === s.span.end && !cut(o.sentence.span, prev.dateline)) {
        return { index: s.index, base: o.base + delta, source: o.source, tokens: o.tokens, quoted: o.quoted, heading, local: o.local, key: o.key, candidatesKey: o.candidatesKey, sentence: s };
      }
    }
    return undefined;
  };
}

const KB_NAMESPACES = new WeakMap<KnowledgeBase, string>();
let nextKbId = 0;

/** The memo namespace of candidates found with `kb` (one string per knowledge base: its hash is computed once). */
function candidatesNamespace(kb: KnowledgeBase): string {
  let ns = KB_NAMESPACES.get(kb);
  if (ns === undefined) KB_NAMESPACES.set(kb, (ns = `actors/candidates@${nextKbId++}`));
  return ns;
}

/** Keeps the memoised candidates found with `kb` past this run (`retainMemo`): for a run that reused the previous one's actors without asking for them. */
export function retainCandidates(kb: KbView): void {
  retainMemo(candidatesNamespace(kb.kb));
}

/** The name candidates of one sentence, with document offsets. */
export function sentenceCandidates(s: ActorSentence, kb: KbView): Candidate[] {
  // Made outside a session (no key, tokens from the document's text): the candidates are found
  // where they stand, with the sentence's index, and need no placing.
  if (s.key === "" && s.base === 0) return candidatesOf(s.source, { index: s.index, tokens: s.tokens, quoted: s.quoted, heading: false, caps: s.local.caps }, kb);
  // In an incremental session (where the actor passes read `localCandidates` themselves): placed.
  const out: Candidate[] = [];
  for (const c of localCandidates(s, kb)) {
    out.push({
      ...c,
      sentence: s.index,
      span: { start: c.span.start + s.base, end: c.span.end + s.base },
      acronym: c.acronym && { text: c.acronym.text, span: { start: c.acronym.span.start + s.base, end: c.acronym.span.end + s.base } },
    });
  }
  return out;
}

/**
 * The memo key of a sentence's candidates: which tokens are quoted, and the tokens' key. Made once
 * per sentence (a sentence the edit only moved keeps it): a new string is hashed anew at each look-up.
 */
function candidatesKey(quoted: readonly boolean[], key: string): string {
  // The sentence's index and offset are applied after.
  let flags = "";
  if (quoted !== NO_FLAGS) for (let i = 0; i < quoted.length; i++) if (quoted[i]) flags += `${i},`;
  // Unquoted (most sentences): the tokens' key itself, whose hash the string already holds; quoted
  // ones: "q", the indices, then that key (a key of tokens starts with a digit).
  return flags === "" ? key : `q${flags}|${key}`;
}

function findCandidates(s: ActorSentence, kb: KbView): readonly Candidate[] {
  return candidatesOf(s.source, { index: 0, tokens: s.tokens, quoted: s.quoted, heading: false, caps: s.local.caps }, kb);
}

/**
 * The name candidates of one sentence of an incremental session, as found with offsets relative to
 * its `base` and sentence index 0 (what `sentenceCandidates` places).
 */
export function localCandidates(s: ActorSentence, kb: KbView): readonly Candidate[] {
  return memoOf(candidatesNamespace(kb.kb), s.candidatesKey, findCandidates, s, kb);
}

const APOSTROPHES = new Set(["'", "’"]);
const LETTER_UNIT = /^\p{L}$/u;

/**
 * The two characters after a sentence as far as the tokenizer and the candidates can tell them
 * apart (an apostrophe after a final "s" and a letter after it, a "$" after a final acronym, the
 * second half of a surrogate pair), others as spaces: so that a sentence's memo key does not change
 * when the next sentence's first letters do.
 */
function lookahead(text: string, end: number): string {
  const c0 = text[end];
  if (c0 === undefined) return "";
  if (APOSTROPHES.has(c0)) {
    const c1 = text[end + 1];
    return c1 === undefined ? c0 : c0 + (LETTER_UNIT.test(c1) ? "a" : " ");
  }
  return c0 === "$" || isLow(c0.charCodeAt(0)) ? `${c0} ` : "  ";
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** How many of the ascending `xs` are below `v`. */
export function countBelow(xs: readonly number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
