import type { QuoteSpan, SeedDocument, Sentence } from "../model/document";
import { documentEdit, sentencesBefore, type DocumentEdit } from "./document";
import { framesReuse } from "./attribution";
import { detached, inMemoSession } from "../memo";
import type { AttributionFrame, SourceKind } from "../model/attribution";
import type { Quote } from "../model/quote";
import { oneSpaced, type Span } from "../model/span";
import { isNameWord, nameOf, nameRuns, tokenize } from "./attribution-tokens";
import { ANONYMITY_RE, REPORTING_VERBS, UNNAMED_PERSON_BEFORE } from "./lexicon/reporting";

/*
 * Speakers of direct quotations, in order of preference:
 *  1. a paragraph that opens by continuing an unclosed quotation keeps its speaker;
 *  2. a reporting frame in the quotation's own sentences ("“…,” she said.", "X said: “…”");
 *  3. a quotation that stands alone as its sentence takes the speaker named right after it
 *     ("That was the view of X", "The promise came from X"), else the speaker of the sentence
 *     before it in the same paragraph;
 *  4. otherwise nobody: passives ("has been described as “…”"), crowds, banners.
 * Nested quotations belong to the outer quotation's speaker's words: they get no speaker.
 */

/** "That was the view of X", "The promise came from X", "Those were the words of X". */
const BACK_REFERENCE =
  /^(?:That|This|These|Those|Such|The\s+\p{Ll}+(?:\s+\p{Ll}+)?)\s+(?:was|were|is|are|came|comes|come)\s+(?:(?:the|a|an)\s+(?:\p{Ll}+\s+){0,2})?(?:of|from|by)\s+/u;

/** "That is how Kenji Arakawa, the museum’s chief curator, describes working with her", "The words belong to Dijana Hrka": the name after "how" or "to". */
const HOW_REFERENCE = /^(?:That|This|So)\s+(?:is|was|'s|’s)\s+how\s+|^(?:The|Those|These)\s+words\s+(?:belong|belonged|are|were)\s+(?:to|of)\s+/u;

interface Speaker {
  span: Span;
  text: string;
  cue: string;
  kind?: SourceKind;
  person?: boolean;
}

/** Frames by sentence: a binary search when they come in sentence order (as findFrames gives them), else a map. */
interface FramesBySentence {
  get(sentence: number): readonly AttributionFrame[] | undefined;
  /** Every frame, grouped by sentence in the order their sentences first come. */
  all(): Iterable<AttributionFrame>;
}

function framesBySentence(frames: readonly AttributionFrame[]): FramesBySentence {
  let sorted = true;
  for (let k = 1; k < frames.length && sorted; k++) if (frames[k]!.sentence < frames[k - 1]!.sentence) sorted = false;
  if (sorted) {
    const first = (sentence: number): number => {
      let lo = 0;
      let hi = frames.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (frames[mid]!.sentence < sentence) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    return {
      get: (sentence) => {
        const a = first(sentence);
        if (a >= frames.length || frames[a]!.sentence !== sentence) return undefined;
        let b = a + 1;
        while (b < frames.length && frames[b]!.sentence === sentence) b++;
        return frames.slice(a, b);
      },
      all: () => frames,
    };
  }
  const map = new Map<number, AttributionFrame[]>();
  for (const f of frames) {
    const list = map.get(f.sentence) ?? [];
    list.push(f);
    map.set(f.sentence, list);
  }
  return { get: (sentence) => map.get(sentence), all: () => [...map.values()].flat() };
}

/**
 * Gives each direct quotation its speaker, when the text names one.
 *
 * While the editor re-analyses (an incremental session, with the parse's `documentEdit` and the
 * frames' `framesReuse`), the previous run's quotes are reused (kept before the edit, moved after
 * it) in each paragraph whose speakers read only what the edit left as it was: the paragraph's own
 * text and sentences, the last sentence of the paragraph before it and the first of the one after it, their frames, and the full
 * names of the frames a short name is expanded to (compared); a quotation continuing the previous
 * paragraph's takes its speaker afresh.
 */
export function attributeQuotes(doc: SeedDocument, frames: readonly AttributionFrame[]): Quote[] {
  const text = doc.text;
  const bySentence = framesBySentence(frames);
  const session = inMemoSession();
  const expanded = new Map<string, string>();
  const ctx: SpeakerContext = { bySentence, letters: letterBounds(doc), expanded: session ? expanded : undefined };
  const plan = session ? reusePlan(doc, frames, bySentence) : undefined;
  const quotes = doc.quotes;
  // The quotes before the edit and before the first sentence whose frames were found again: the previous run's, all at once.
  const q0 = plan ? plan.keptQuotes : 0;
  const out: Quote[] = q0 > 0 ? plan!.last.slice(0, q0) : [];
  let lastTop: Quote | undefined;
  for (let k = q0 - 1; k >= 0 && !lastTop; k--) if (out[k]!.depth === 0) lastTop = out[k];
  // Whether the last outer quotation was made afresh with another speaker than before (or with
  // none to compare): the first outer quotation of the next paragraph may take its speaker from it.
  let lastTopChanged = false;
  for (let i = q0; i < quotes.length; i++) {
    const q = quotes[i]!;
    const old = plan?.oldQuote(q);
    const followsChanged = lastTopChanged && q.depth === 0 && lastTop !== undefined && lastTop.paragraph < q.paragraph;
    if (old && !(q.depth === 0 && q.continuesPrevious) && !followsChanged) {
      out.push(old);
      if (q.depth === 0) {
        lastTop = old;
        lastTopChanged = false;
      }
      continue;
    }
    // A quotation continuing the previous paragraph's is made afresh: when its speaker changed, so may the paragraph's others.
    const check = old;
    // Kept from run to run in a session: a string of its own, not a view of the whole text.
    const quoted = oneSpaced(text.slice(q.inner.start, q.inner.end));
    const text2 = session ? detached(quoted) : quoted;
    if (q.depth > 0) {
      out.push(quoteOf(q, text2));
      continue;
    }
    const speaker = q.continuesPrevious && lastTop?.speakerText !== undefined ? fromQuote(lastTop) : findSpeaker(doc, q.span, ctx, out);
    const quote = speaker ? spokenQuote(q, text2, speaker, session) : quoteOf(q, text2);
    out.push(quote);
    lastTop = quote;
    const changed = !check || !sameSpeaker(quote, check);
    lastTopChanged = changed;
    if (check && changed) plan!.spoil(q.paragraph);
  }
  if (session) {
    // Names expanded by the quotes reused keep their previous answers (checked): asked again next time.
    if (plan) for (const [k, v] of plan.expanded) if (!expanded.has(k)) expanded.set(k, v);
    if (expanded.size <= 64) RUNS.set(doc, { frames, quotes: out, expanded });
    const edit = documentEdit(doc);
    if (edit) RUNS.delete(edit.previous);
  }
  return out;
}

/** What a run of `attributeQuotes` in an incremental session keeps for the next one, by document. */
interface QuotesRun {
  readonly frames: readonly AttributionFrame[];
  readonly quotes: readonly Quote[];
  /** The short names `expandFromFrames` was asked about, and its answers. */
  readonly expanded: ReadonlyMap<string, string>;
}

const RUNS = new WeakMap<SeedDocument, QuotesRun>();

/**
 * Which of the previous run's quotes hold for `doc`: `oldQuote(q)` gives the previous run's
 * quote at q's place (moved) when every input of its speaker is unchanged, else undefined.
 */
function reusePlan(
  doc: SeedDocument,
  frames: readonly AttributionFrame[],
  bySentence: FramesBySentence,
): { oldQuote(q: QuoteSpan): Quote | undefined; spoil(paragraph: number): void; expanded: ReadonlyMap<string, string>; keptQuotes: number; last: readonly Quote[] } | undefined {
  const edit = documentEdit(doc);
  const last = edit ? RUNS.get(edit.previous) : undefined;
  const fr = framesReuse(frames);
  if (!edit || !last || !fr || fr.previous !== last.frames || fr.sentenceShift !== edit.sentenceShift) return undefined;
  // A short name expanded to a full one anywhere: the same answer now, or nothing is reused.
  for (const [name, full] of last.expanded) if (expandFromFrames(name, bySentence) !== full) return undefined;
  const e = edit;
  // The paragraph (and a sentence on either side) whose sentences' frames are all the previous run's.
  const framesKept = (p: number): boolean => {
    const lo = Math.max(0, sentencesBefore(doc, p) - 1);
    const hi = sentencesBefore(doc, p + 1) + 1;
    return hi <= fr.computedFrom || lo >= fr.computedTo;
  };
  let checkedFor = -1;
  let clean = false;
  // Paragraphs [0, keptParagraphs) precede the edit, the paragraph before it and every sentence whose frames were found again.
  // (Not the one right before the edit when a quotation opens it: it may take its speaker from the edited paragraph.)
  const beforeEdit = e.kept > 0 && opensWithQuotation(doc, e.kept - 1) ? e.kept - 1 : e.kept;
  let keptParagraphs = beforeEdit;
  while (keptParagraphs > 0 && sentencesBefore(doc, keptParagraphs) > fr.computedFrom) keptParagraphs--;
  let keptQuotes = 0;
  let hi = doc.quotes.length;
  while (keptQuotes < hi) {
    const mid = (keptQuotes + hi) >> 1;
    if (doc.quotes[mid]!.paragraph < keptParagraphs) keptQuotes = mid + 1;
    else hi = mid;
  }
  return {
    keptQuotes,
    last: last.quotes,
    expanded: last.expanded,
    spoil: (p) => {
      if (p === checkedFor) clean = false;
    },
    oldQuote: (q) => {
      const p = q.paragraph;
      if (p !== checkedFor) {
        checkedFor = p;
        // The paragraph and the one before it kept, or both moved.
        // (And the next one: a quotation standing as its paragraph may take its speaker from there.)
        clean = (p < beforeEdit || p > e.moved) && framesKept(p);
      }
      if (!clean) return undefined;
      if (p < e.kept) {
        const old = last.quotes[q.index];
        return old && old.paragraph === p ? old : undefined;
      }
      const old = last.quotes[q.index - e.quoteShift];
      return old && old.paragraph === p - e.paragraphShift ? movedQuote(old, e) : undefined;
    },
  };
}

/** Does paragraph `p` open with one of the document's quotations (and may stand as a quotation named in the next one)? */
function opensWithQuotation(doc: SeedDocument, p: number): boolean {
  const span = doc.paragraphs[p]!.span;
  let i = span.start;
  while (i < span.end && doc.text.charCodeAt(i) === 0x20) i++;
  // (The first quotation of the paragraph or after it, by a binary search: quotations are in text order.)
  const quotes = doc.quotes;
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.span.start < i) lo = mid + 1;
    else hi = mid;
  }
  return quotes[lo]?.span.start === i;
}

const sameSpan = (a: Span | undefined, b: Span | undefined): boolean => a === b || (!!a && !!b && a.start === b.start && a.end === b.end);

/** The same speaker (where, who, by which cue, of which kind). */
function sameSpeaker(a: Quote, b: Quote): boolean {
  return sameSpan(a.speakerSpan, b.speakerSpan) && a.speakerText === b.speakerText && a.cue === b.cue && a.speakerKind === b.speakerKind && a.speakerPerson === b.speakerPerson;
}

/** The quote moved, built field by field in attributeQuotes' order. */
function movedQuote(q: Quote, e: DocumentEdit): Quote {
  const by = e.shift;
  const base: Quote = {
    index: q.index + e.quoteShift,
    span: { start: q.span.start + by, end: q.span.end + by },
    inner: { start: q.inner.start + by, end: q.inner.end + by },
    closed: q.closed,
    depth: q.depth,
    paragraph: q.paragraph + e.paragraphShift,
    continuesPrevious: q.continuesPrevious,
    wordCount: q.wordCount,
    text: q.text,
  };
  if (q.speakerSpan === undefined) return base;
  const out: { -readonly [K in keyof Quote]: Quote[K] } = base;
  out.speakerSpan = { start: q.speakerSpan.start + by, end: q.speakerSpan.end + by };
  out.speakerText = q.speakerText!;
  out.cue = q.cue!;
  if (q.speakerKind !== undefined) out.speakerKind = q.speakerKind;
  if (q.speakerPerson !== undefined) out.speakerPerson = q.speakerPerson;
  return out;
}

interface SpeakerContext {
  readonly bySentence: FramesBySentence;
  readonly letters: (sentence: Sentence) => { first: number; last: number };
  /** In an incremental session: the short names expanded, and their answers. */
  readonly expanded: Map<string, string> | undefined;
}

// A quotation's fields written out, not spread from its span: V8 copies a spread slowly (a
// few per cent of the stage), and the literal gives every quote the same shape.
/** A quotation with its text and no speaker. */
function quoteOf(q: QuoteSpan, text: string): Quote {
  return { index: q.index, span: q.span, inner: q.inner, closed: q.closed, depth: q.depth, paragraph: q.paragraph, continuesPrevious: q.continuesPrevious, wordCount: q.wordCount, text };
}

/** A quotation with its text and its speaker (kind and person only when known), in `movedQuote`'s order. */
function spokenQuote(q: QuoteSpan, text: string, speaker: Speaker, session: boolean): Quote {
  const out: { -readonly [K in keyof Quote]: Quote[K] } = quoteOf(q, text);
  out.speakerSpan = speaker.span;
  out.speakerText = session ? detached(oneSpaced(speaker.text)) : oneSpaced(speaker.text);
  out.cue = session ? detached(speaker.cue) : speaker.cue;
  if (speaker.kind !== undefined) out.speakerKind = speaker.kind;
  if (speaker.person !== undefined) out.speakerPerson = speaker.person;
  return out;
}

function fromQuote(q: Quote): Speaker | undefined {
  if (!q.speakerSpan || q.speakerText === undefined) return undefined;
  return {
    span: q.speakerSpan,
    text: q.speakerText,
    cue: q.cue ?? "",
    ...(q.speakerKind !== undefined ? { kind: q.speakerKind } : {}),
    ...(q.speakerPerson !== undefined ? { person: q.speakerPerson } : {}),
  };
}

/** The sentences overlapping `s` (sentences are in order and do not overlap: a binary search). */
function sentencesOf(doc: SeedDocument, s: Span): Sentence[] {
  const all = doc.sentences;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.span.end > s.start) hi = mid;
    else lo = mid + 1;
  }
  const out: Sentence[] = [];
  for (let i = lo; i < all.length && all[i]!.span.start < s.end; i++) if (all[i]!.span.end > s.start) out.push(all[i]!);
  return out;
}

const LETTER = /^[\p{L}\p{N}]$/u;

/**
 * If the code unit at `i` belongs to a letter or digit within [start, end), where that character
 * starts (a surrogate pair starts one unit earlier); else -1.
 */
function letterAt(text: string, i: number, start: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? i : -1;
  if ((c & 0xfc00) === 0xd800) return i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 && LETTER.test(text.slice(i, i + 2)) ? i : -1;
  if ((c & 0xfc00) === 0xdc00) return i - 1 >= start && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800 && LETTER.test(text.slice(i - 1, i + 1)) ? i - 1 : -1;
  return LETTER.test(text[i]!) ? i : -1;
}

/** First and last letter or digit of each sentence, found once: "is there a word outside the quote" in constant time. */
function letterBounds(doc: SeedDocument): (sentence: Sentence) => { first: number; last: number } {
  const cache = new Map<number, { first: number; last: number }>();
  return (sentence) => {
    let b = cache.get(sentence.index);
    if (!b) {
      b = { first: Infinity, last: -Infinity };
      const { start, end } = sentence.span;
      for (let i = start; i < end; i++) {
        const w = letterAt(doc.text, i, start, end);
        if (w < 0) continue;
        b.first = w;
        break;
      }
      for (let i = end - 1; i >= start && b.first !== Infinity; i--) {
        const w = letterAt(doc.text, i, start, end);
        if (w < 0) continue;
        b.last = w;
        break;
      }
      cache.set(sentence.index, b);
    }
    return b;
  };
}

/** A sign's or a banner's words before a quotation: "a sign reading ", "banners that said ". */
// (And where it hangs: "A handwritten sign taped to a tent in Grand Parade on Monday said: ".)
const WRITTEN_ON_BEFORE = /\b(?:signs?|banners?|placards?|posters?|t-shirts?|shirts?|graffiti|billboards?|stickers?)\s+(?:(?:taped|pinned|stuck|hung|hanging|held|painted|scrawled|written|posted|displayed|fixed|nailed|attached|carried|placed|propped)\s[^.“”"]{1,60}?\s)?(?:that\s+|which\s+)?(?:read|reads|reading|said|saying|says|bearing|declaring|proclaiming)[:,]?\s*$/iu;

/**
 * Whether a frame's source names nobody and no body: "one commentator", "critics", "a sum critics"
 * (not "a United Auto Workers negotiator": the union's).
 */
export function anonymousSource(f: AttributionFrame): boolean {
  const t = f.sourceText.trim();
  return namesNobody(t) && !/\s\p{Lu}/u.test(t);
}

/** A source of no one in particular: "a resident", "one official", "critics", "some residents". */
function namesNobody(source: string): boolean {
  return ANONYMOUS_RE.test(source) || CROWD_RE.test(source);
}

/**
 * Whether the quotation at `qs` is what a sign, a banner or a T-shirt reads, or a comment posted
 * (no one's words): told before it, or by the sentence right after it ("“…” The line was written
 * on a banner held up by fans"; "“…” The comment, posted on a residents’ forum, …").
 */
export function writtenOn(text: string, qs: Span): boolean {
  return WRITTEN_ON_BEFORE.test(text.slice(Math.max(0, qs.start - 120), qs.start)) || WRITTEN_ON_AFTER.test(text.slice(qs.end, qs.end + 90));
}
const WRITTEN_ON_AFTER = /^\s*(?:The|Those|These|That|This)\s+(?:line|lines|words|comment|comments|message|slogan|post|note|graffiti|inscription|caption|chant)\b,?\s+(?:(?:was|were|had\s+been)\s+)?(?:written|posted|painted|scrawled|displayed|printed|sprayed|carried|projected|daubed|etched|chanted|shared|left)\b/u;

/** Pronouns of a thing, not a speaker: "it showed", "this shows". */
const THING_PRONOUNS: ReadonlySet<string> = new Set(["it", "this", "that"]);
/** Verbs of what a thing shows rather than says. */
const SHOWING: ReadonlySet<string> = new Set(["show", "find", "suggest", "indicate", "reveal", "prove", "demonstrate", "conclude", "confirm"]);

function findSpeaker(doc: SeedDocument, qs: Span, ctx: SpeakerContext, done: readonly Quote[]): Speaker | undefined {
  const { bySentence, letters } = ctx;
  const sents = sentencesOf(doc, qs);
  if (sents.length === 0) return undefined;
  // 1. What a sign, a banner or a T-shirt reads has no speaker: "held a sign reading “…”".
  if (writtenOn(doc.text, qs)) return undefined;
  // 2. Frames in the quotation's own sentences, outside the quotation.
  const candidates: { f: AttributionFrame; d: number }[] = [];
  for (const s of sents) {
    for (const f of bySentence.get(s.index) ?? []) {
      if (f.cueSpan.start >= qs.start && f.cueSpan.end <= qs.end) continue;
      if (!f.name && f.sourceKind !== "pronoun") continue;
      const d = f.cueSpan.start >= qs.end ? f.cueSpan.start - qs.end : qs.start - f.cueSpan.end;
      // Speakers beat documents ("Pryce said the result showed … “put down roots”"); the agent of
      // "seen by"/"published by" is no speaker at all.
      const agentOnly = f.cue.endsWith(" by");
      // A frame whose content holds the quotation governs it: "stating that it could be “…,”
      // though he cautioned …" is the quotation of "stating", not of the nearer "cautioned".
      const governs = f.content.start <= qs.start && qs.end <= f.content.end;
      // "welcomed the ruling, saying it showed that “…”": a thing's "it" is no speaker while a frame
      // of someone's holds it.
      // (Only as a document's or a finding's: "it said" may be a country's or a firm's.)
      const thing = f.sourceKind === "pronoun" && THING_PRONOUNS.has(f.sourceText.toLowerCase()) && SHOWING.has(f.lemma ?? "");
      candidates.push({ f, d: d + (governs ? 0 : 500) + (f.sourceKind === "document" ? 1000 : 0) + (agentOnly ? 5000 : 0) + (thing ? 400 : 0) });
    }
  }
  candidates.sort((a, b) => a.d - b.d);
  let best = candidates[0]?.f;
  // "Its head, Brett Clothier, said the unit had … found that … “…”": two verbs read with one
  // subject; the frame that names the person speaks, not the one left with "Its head".
  if (best && !best.person) best = candidates.find((c) => c.f.person && c.f.source.start < best!.source.end && best!.source.start < c.f.source.end)?.f ?? best;
  if (best) return speakerOf(best, doc);
  // 3. A quotation standing alone as its sentence(s).
  const first = sents[0]!;
  const last = sents[sents.length - 1]!;
  if (letters(first).first < qs.start) return subjectBefore(doc, qs, first, ctx);
  if (letters(last).last >= qs.end) return nameAfter(doc, qs, last, ctx);
  const para = doc.paragraphs[first.paragraph]!;
  const nextIdx = last.index + 1;
  const next = doc.sentences[nextIdx];
  // (Or a quotation that is its paragraph, and the next paragraph's first sentence: "“We sold
  // everything to get here.” ¶ Those were the words of Abdul Karim Noori, …".)
  const alone = next !== undefined && next.paragraph === last.paragraph + 1 && first.index === para.sentences[0] && letters(first).first >= qs.start;
  if (next && (next.paragraph === last.paragraph || alone)) {
    const nt = doc.text.slice(next.span.start, next.span.end);
    const m = BACK_REFERENCE.exec(nt) ?? HOW_REFERENCE.exec(nt);
    if (m) {
      const toks = tokenize(doc.text, { start: next.span.start + m[0].length, end: next.span.end }, doc.quotes);
      const runs = nameRuns(toks, 0, toks.length);
      const r = runs[0];
      if (r && r.a <= 2 && isNameWord(toks[r.a])) {
        const info = nameOf(doc.text, toks, r.a, r.b);
        const fr = (bySentence.get(next.index) ?? []).find((f) => f.name && f.nameSpan && f.nameSpan.start <= (info?.span.start ?? 0) && (info?.span.end ?? 0) <= f.source.end);
        if (info) return { span: info.span, text: fr?.name ?? expandAsked(info.text, ctx), cue: m[0].trim(), kind: info.person ? "name" : "organization", person: info.person };
      }
    }
  }
  const prevIdx = first.index - 1;
  const prev = doc.sentences[prevIdx];
  // "He told the meeting:" ending the previous paragraph introduces this one.
  if (prev && prev.paragraph === first.paragraph - 1 && /:\s*$/u.test(doc.text.slice(prev.span.start, prev.span.end))) {
    const pf = (bySentence.get(prev.index) ?? []).filter((f) => f.name && f.sourceKind !== "document");
    const f = pf[pf.length - 1];
    if (f) return speakerOf(f, doc);
  }
  // A quotation opening its paragraph after a paragraph whose last sentence holds an attributed
  // quotation: the same speaker goes on ("“…,” said Nicolas Retsinas. ¶ “A lot of these lenders …”").
  // (`attributeQuotes` makes such a quotation afresh when the one before changed.)
  if (prev && prev.paragraph === first.paragraph - 1 && first.index === para.sentences[0]) {
    const x = lastOuter(done);
    if (x && x.span.end > prev.span.start && x.speakerText !== undefined) return fromQuote(x);
  }
  if (prev && prev.paragraph === first.paragraph && prevIdx >= para.sentences[0]!) {
    // The previous sentence's quotation or frame speaks on: "“…,” said X. “…”", "X said: “…”".
    // Outer quotations never overlap, so their ends rise in text order: stop at the first that ends too early.
    let prevQuote: Quote | undefined;
    for (let k = done.length - 1; k >= 0 && !prevQuote; k--) {
      const x = done[k]!;
      if (x.depth !== 0) continue;
      if (x.span.end <= prev.span.start) break;
      if (x.span.end <= qs.start) prevQuote = x;
    }
    if (prevQuote?.speakerText !== undefined) return fromQuote(prevQuote);
    const pf = (bySentence.get(prev.index) ?? []).filter((f) => f.name && f.sourceKind !== "document");
    const f = pf[pf.length - 1];
    if (f) return speakerOf(f, doc);
  }
  return undefined;
}

/**
 * "“… do not resonate in today's economy,” Jesse Toprak, an analyst for Edmunds.": a person's name
 * right after a quotation that a comma closes, and nothing after it but an apposition (the
 * "said" left out), names the speaker.
 */
function nameAfter(doc: SeedDocument, qs: Span, last: Sentence, ctx: SpeakerContext): Speaker | undefined {
  const text = doc.text;
  let k = qs.end - 2;
  while (k > qs.start && (text[k] === " " || text[k] === "\u2019" || text[k] === "'")) k--;
  if (text[k] !== ",") return undefined;
  // (A name and a short apposition: a longer rest of the sentence is no such tag, and is not read.)
  if (last.span.end - qs.end > 200) return undefined;
  const toks = tokenize(text, { start: qs.end, end: last.span.end }, doc.quotes);
  const r = nameRuns(toks, 0, toks.length)[0];
  if (!r || r.a !== 0 || !isNameWord(toks[0])) return undefined;
  // Then the sentence's end, or an apposition set off by a comma with no reporting verb in it.
  const next = toks[r.b];
  if (next !== undefined && next.text !== "." && next.text !== ",") return undefined;
  if (next?.text === "," && toks.slice(r.b + 1).some((t) => t.kind === "quote" || (t.kind === "word" && !t.cap && REPORTING_VERBS.has(t.lower)))) return undefined;
  const info = nameOf(text, toks, r.a, r.b);
  if (!info?.person) return undefined;
  return { span: info.span, text: expandAsked(info.text, ctx), cue: "", kind: "name", person: true };
}

/**
 * "Bill Gates responded to Jobs' death with a statement on his blog: “…”", "Alan Mulally remembered
 * asking, “…”": a quotation that a colon or comma introduces, in a sentence whose subject is a
 * person named right before a verb in the past ("responded", "left", "remembered"), is that
 * person's; so is one after a person's name and a colon that open the sentence ("James Roche: “…”").
 */
function subjectBefore(doc: SeedDocument, qs: Span, sentence: Sentence, ctx: SpeakerContext): Speaker | undefined {
  const text = doc.text;
  let k = qs.start - 1;
  while (k > sentence.span.start && text[k] === " ") k--;
  if (text[k] !== ":" && text[k] !== ",") return undefined;
  // (The subject is read in the 300 characters before the quotation: a run-on sentence of many
  // quotations is not read again from its start for each.)
  let from = Math.max(sentence.span.start, qs.start - 300);
  // (From a word's start: forward to the next space, a few characters at most.)
  if (from > sentence.span.start) for (let n = 0; n < 40 && from < qs.start && text[from - 1] !== " "; n++) from++;
  const toks = tokenize(text, { start: from, end: qs.start }, doc.quotes);
  // (A sentence with another quotation before this one is left alone: "X quoted Y as saying “…”,
  // although Z translated it as: “…”".)
  if (toks.some((t) => t.kind === "quote")) return undefined;
  for (const r of nameRuns(toks, 0, toks.length)) {
    // "Secretary of the Air Force James Roche: “…”": a person named right before the colon, as a
    // transcript names its speakers, at the sentence's start (after marks and a title at most).
    if (r.b === toks.length - 1 && toks[r.b]!.text === ":" && toks.slice(0, r.a).every((t) => t.kind === "punct" || t.cap || TITLE_JOINS.has(t.lower))) {
      // (The person's name ends the run: "Air Force James Roche" holds an organisation's name first.)
      let info = nameOf(text, toks, r.a, r.b);
      for (let a = r.b - 2; !info?.person && a >= Math.max(r.a, r.b - 3); a--) info = nameOf(text, toks, a, r.b);
      return info?.person ? { span: info.span, text: expandAsked(info.text, ctx), cue: ":", kind: "name", person: true } : undefined;
    }
    const verb = toks[r.b];
    if (verb === undefined || verb.kind !== "word" || verb.cap || !(verb.lower.endsWith("ed") || PAST_VERBS.has(verb.lower))) continue;
    const info = nameOf(text, toks, r.a, r.b);
    if (!info?.person) return undefined;
    return { span: info.span, text: expandAsked(info.text, ctx), cue: verb.text, kind: "name", person: true };
  }
  return undefined;
}

/** The small words of a title before a name ("Secretary of the Air Force James Roche"). */
const TITLE_JOINS: ReadonlySet<string> = new Set(["of", "the", "for", "and", "&"]);

/** Irregular past forms a named subject may take before an introduced quotation. */
const PAST_VERBS = new Set(["left", "gave", "made", "took", "put", "wrote", "spoke", "sent", "began", "came", "went", "kept", "held", "read", "saw", "felt", "thought", "broke"]);

/** The last outer quotation of `done`. */
function lastOuter(done: readonly Quote[]): Quote | undefined {
  for (let k = done.length - 1; k >= 0; k--) if (done[k]!.depth === 0) return done[k];
  return undefined;
}

/** Sources that name nobody: "a resident said", "one official, who asked not to be named, said". */
const ANONYMOUS_RE =
  /^(?:a|an|one|another|some|two|three|several)\s+(?:(?:\p{Ll}[\p{L}-]*|\p{Lu}\p{L}*-\p{Ll}+)\s+){0,3}(?:source|sources|resident|residents|witness|witnesses|man|woman|person|people|passer-by|bystander|onlooker|voter|worker|official|officials|diplomat|diplomats|protester|protesters|demonstrator|neighbour|neighbor|shopper|commuter|parent|trader|traders|banker|bankers|analyst|delegate|delegates|insider|insiders|employee|employees|member|members|aide|aides|farmer|villager|student|nurse|doctor|driver|passenger|shareholder|shareholders|investor|investors|executive|executives|lawyer|lawyers|negotiator|negotiators|user|users|commenter|commenters|poster|viewer|viewers|reader|readers|listener|listeners|follower|followers|fan|fans|customer|customers|patient|patients|teacher|teachers|soldier|soldiers|officer|officers|guest|guests|visitor|visitors|survivor|survivors|victim|victims|relative|relatives|mother|father|commentator|commentators|observer|observers|critic|critics|spectator|spectators|caller|callers|blogger|bloggers|motorist|motorists|pensioner|pensioners|tenant|tenants|homeowner|homeowners|economist|economists|activist|activists|campaigner|campaigners|volunteer|volunteers|owner|owners|guard|guards)(?:\s+(?:familiar with|close to|with (?:direct )?knowledge of|briefed on|involved in|at|in|from)\b.*)?$/iu;

/** Crowds and unnamed groups: "critics say", "some residents said", "protesters chanted". */
const CROWD_RE =
  /^(?:(?:some|many|other|several|local|angry|most|few|the)\s+)*(?:critics|opponents|supporters|protesters|demonstrators|residents|locals|fans|campaigners|activists|villagers|onlookers|witnesses|crowds?|people|others|observers|commentators|users|voters|shoppers|commuters|passengers|parents|students|workers|neighbours|neighbors|bystanders)$/iu;

/** A count or share "of" before a group: "one of the diplomats said", "two of the sources". */
const SHARE_OF_BEFORE = /\b(?:one|two|three|several|some|many|most|none|few|a few|both|each)\s+of\s+$/iu;

function speakerOf(f: AttributionFrame, doc?: SeedDocument): Speaker | undefined {
  if (namesNobody(f.sourceText.trim())) return undefined;
  // "the shareholder said" after "One large shareholder, who asked not to be named": the one it names is unnamed too.
  if (f.sourceKind === "role" && f.name !== undefined && ANONYMOUS_RE.test(f.name)) return undefined;
  // "one of the diplomats said": one unnamed person of a group.
  if (doc && f.sourceKind === "role" && !f.person && SHARE_OF_BEFORE.test(doc.text.slice(Math.max(0, f.source.start - 16), f.source.start))) return undefined;
  if (doc && !f.person && anonymousSentence(doc, f.sentence)) return undefined;
  // "a rescuer in the town of Liloan told reporters": the place an unnamed person is from.
  if (doc && f.sourceKind === "name" && UNNAMED_PERSON_BEFORE.test(doc.text.slice(Math.max(0, f.source.start - 60), f.source.start))) return undefined;
  // An unresolved pronoun still names a speaker the reader can see: keep its text.
  const text = f.name ?? (f.sourceKind === "pronoun" ? f.sourceText : undefined);
  if (text === undefined) return undefined;
  // A person at the end of a title chain is the speaker, not the team or place before it:
  // "Cardiff assistant coach Ewan Pryce" → the span of "Ewan Pryce".
  const own = f.person && f.sourceKind !== "pronoun" && f.nameSpan && f.source.start <= f.nameSpan.start && f.nameSpan.end <= f.source.end;
  return { span: own ? f.nameSpan! : f.source, text, cue: f.cue, kind: f.sourceKind, ...(f.person !== undefined ? { person: f.person } : {}) };
}

const ANONYMOUS_SENTENCES = new WeakMap<SeedDocument, Map<number, boolean>>();

/** Does the sentence say its source is anonymous? Looked up once per sentence (many quotes may share one). */
function anonymousSentence(doc: SeedDocument, index: number): boolean {
  let cache = ANONYMOUS_SENTENCES.get(doc);
  if (!cache) ANONYMOUS_SENTENCES.set(doc, (cache = new Map()));
  let v = cache.get(index);
  if (v === undefined) {
    const s = doc.sentences[index];
    v = !!s && ANONYMITY_RE.test(doc.text.slice(s.span.start, s.span.end));
    cache.set(index, v);
  }
  return v;
}

/** "Ferreyra" → "Lucía Ferreyra" when a frame named her in full. */
function expandFromFrames(name: string, bySentence: FramesBySentence): string {
  if (/\s/u.test(name)) return name;
  for (const f of bySentence.all()) if (f.person && f.name && f.name.split(/\s+/u).includes(name)) return f.name;
  return name;
}

/** `expandFromFrames`, the question and its answer noted in an incremental session. */
function expandAsked(name: string, ctx: SpeakerContext): string {
  const full = expandFromFrames(name, ctx.bySentence);
  ctx.expanded?.set(name, full);
  return full;
}
