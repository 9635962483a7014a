import { analyzeWith, type Analysis, type AnalyzeOptions, type LocalStages } from "./analyze";
import { findFramesReusing, type FramesRun } from "./parse/attribution";
import type { BlockKind, Dateline, Paragraph, QuoteSpan, SeedDocument, Sentence } from "./model/document";
import type { Figure } from "./model/figure";
import type { TextEdit } from "./model/finding";
import { LineIndex, type Span } from "./model/span";
import { documentEdit, lineBreaksAsSpaces, parseDateline, recordDocumentEdit, sentencesBefore, skipLineBreak, splitBlocks, splitBlocksFrom, withoutLineBreaks, type Block } from "./parse/document";
import { parseFrontMatter } from "./parse/frontmatter";
import { splitSentences } from "./parse/sentences";
import { findQuotes } from "./parse/quotemarks";
import { findFigures, modelNumbersReusing, type ModelScan } from "./parse/figures";
import { detached, diffOf, MemoStore, memo as memoLocal, readTextAs, withMemo } from "./memo";
import type { TextDiff } from "./text-diff";

/**
 * Re-analysis while the user types. Keeps the previous run's per-paragraph results and, for a new
 * text, recomputes only the paragraphs whose text changed; the result is identical to
 * `analyze(text, options)` (test/unit/incremental.test.ts checks that on random edits).
 *
 * It runs `analyzeWith()`, analyze()'s pipeline, passing cached versions of its `LocalStages`, so the pipeline
 * exists once.
 *
 * The parse lines the new document up with the previous one (`documentEdit`, parse/document.ts):
 * the paragraphs before the edit are kept (the same objects: paragraphs, sentences, quotations),
 * those after it moved (new objects, offsets and indices shifted, made in one pass), and only the
 * paragraphs between are parsed (cached by their text). The stages after it reuse their previous
 * results by place through that record: kept before the edit (array slices), moved after it, made
 * afresh between, when what they read across paragraphs is unchanged (compared):
 * - figures, per paragraph, given the model numbers of the whole text (a number used as a model
 *   name anywhere, "the 787 Dreamliner", is no figure elsewhere either; the model-number scan
 *   itself reuses its verdicts on the text the edit did not touch, parse/figures.ts);
 * - reporting frames: kept before the edit, recomputed from it until their running state agrees
 *   with the previous run's, then the previous results moved (parse/attribution.ts
 *   `findFramesReusing`, which records what it reused: `framesReuse`);
 * - quote speakers, per paragraph whose frames and the frames of the paragraph before are the
 *   previous run's (parse/quotes.ts);
 * - date expressions and mentions, when the document date and the running "first quarter" agree
 *   with the previous run's (parse/dates.ts);
 * - what stages wrap in `memo()` (src/core/memo.ts): each paragraph's date expressions, sentence
 *   index and tenses (parse/dates.ts), each sentence's actor tokens and name candidates
 *   (parse/actors/local.ts: the sentences of paragraphs the edit did not reach are the previous
 *   run's, moved), a clause's event status (the date rule);
 * - the actors: when the edit changed no sentence's name candidates nor what the document-wide
 *   passes read of it (parse/actors/facts.ts), the previous run's actors with their mentions moved
 *   (parse/actors/reuse.ts); then each frame's and quotation's actor, taken from the previous run
 *   where its inputs are the same and it reads no edited sentence, following the genders that
 *   resolving pronouns gives actors (parse/actors.ts `speakersReusing`); an actor whose mentions
 *   did not move and whose claims are the same is the same object;
 * - block splitting and the line index: kept before the edit, scanned from it until they agree
 *   with the previous run's again, then moved;
 * - the rules' readings and findings of the items whose inputs, compared as compact rows, are the
 *   previous run's (kept before the edit, moved after it) and which read nothing inside the window
 *   the edit changed, and their searches of the whole text outside it (src/core/rules/reuse.ts);
 *   the context words of the knowledge base per chunk of lines.
 *
 * - the document date's evidence when no reference date is given: each expression's status and
 *   constraint with the paragraph's cached expressions, and the searches of the whole text (office
 *   holders' titles, "nth year", seasons …) kept outside the stretch around the edit
 *   (parse/dates/kept.ts); the choice among them is made again each run.
 *
 * Still recomputed over the whole document, because they read across paragraphs: the actors after
 * an edit that changes a name, a title, an organisation phrase or a speaking pronoun, the claims
 * after the edit, annotations.
 */
export class IncrementalAnalyzer {
  private readonly store = new MemoStore();
  private last: Analysis | undefined;
  private previous: PreviousParse | undefined;

  constructor(private options: AnalyzeOptions = {}) {}

  /** The latest analysis, if any. */
  get analysis(): Analysis | undefined {
    return this.last;
  }

  /** Analyses `text`, reusing every paragraph whose text is unchanged since the previous call. */
  analyze(text: string, options: AnalyzeOptions = this.options): Analysis {
    this.options = options;
    try {
      this.store.beginText(text, this.previous?.text ?? "");
      const { analysis, parse } = withMemo(this.store, () => analyzeWithCache(text, options, this.previous));
      this.last = analysis;
      this.previous = parse;
    } finally {
      this.store.endRun();
    }
    return this.last;
  }

  /** Applies edits (spans in the previous text, as VS Code reports content changes) and re-analyses. */
  applyEdits(edits: readonly TextEdit[]): Analysis {
    let text = this.last?.text ?? "";
    // Apply from the end so earlier spans stay valid.
    for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) {
      text = text.slice(0, e.span.start) + e.newText + text.slice(e.span.end);
    }
    return this.analyze(text);
  }

  /** Forgets every cached result (e.g. when the knowledge base changes). */
  reset(): void {
    this.store.clear();
    this.last = undefined;
    this.previous = undefined;
  }
}

/** `analyze()` itself (`analyzeWith`), with its paragraph-local stages served from the per-paragraph caches. */
function analyzeWithCache(text: string, options: AnalyzeOptions, previous: PreviousParse | undefined): { analysis: Analysis; parse: PreviousParse } {
  let parsed: ParsedDocument | undefined;
  let frames: FramesRun | undefined;
  let figures: LocalRun<Figure> | undefined;
  let modelScan: ModelScan | undefined;
  const stages: LocalStages = {
    parseDocument: (t) => {
      parsed = parseDocumentCached(t, previous);
      // The stages read the parse's text (hard-wrapped paragraphs' line breaks as spaces).
      readTextAs(parsed.document.text, previous?.document.text ?? "");
      return parsed.document;
    },
    // Paragraph by paragraph, given the model numbers of the whole text ("the 787 Dreamliner"
    // anywhere makes 787 no figure elsewhere): a new model number recomputes every paragraph.
    findFigures: (doc) => {
      const diff = previous ? diffOf(previous.document.text, doc.text) : undefined;
      const scan = modelNumbersReusing(doc.text, diff ? previous!.models : undefined, diff?.same ?? 0, diff?.sameEnd ?? doc.text.length);
      const models = scan.models;
      modelScan = scan.scan;
      const r = runLocalStage(`figures@${[...models].sort().join(",")}`, parsedOf(doc), (d) => findFigures(d, models), previous?.figures, moveFigure);
      figures = r.run;
      return r.items;
    },
    // Sentence by sentence with a running state (a pronoun's name comes from earlier sentences):
    // recomputed from the first changed sentence until the state agrees with the previous run's.
    findFrames: (doc) => {
      const r = findFramesReusing(doc, previous?.frames);
      frames = r.run;
      return r.frames;
    },
    // Line starts before the edit kept, those after it moved.
    lineIndex: (t) => {
      if (!previous?.lines) return new LineIndex(t);
      const diff = diffOf(previous.text, t);
      return LineIndex.reusing(previous.lines, t, diff.same, diff.sameEnd);
    },
  };
  const parsedOf = (doc: SeedDocument): ParsedDocument => (parsed && parsed.document === doc ? parsed : parseDocumentCached(doc.text));
  const analysis = analyzeWith(text, options, stages);
  const p = parsed ?? parseDocumentCached(text);
  return {
    analysis,
    parse: { text, document: p.document, views: p.views, bodyStart: p.bodyStart, lines: analysis.lines, ...(frames ? { frames } : {}), ...(figures ? { figures } : {}), ...(modelScan ? { models: modelScan } : {}) },
  };
}

// ---------------------------------------------------------------------------------------------
// The document parse, per paragraph

/** What parsing one paragraph's text yields, with offsets relative to the paragraph start. */
interface ParsedParagraph {
  readonly sentences: readonly Span[];
  readonly quotes: readonly Omit<QuoteSpan, "index" | "paragraph" | "continuesPrevious">[];
}

/** One paragraph of a parse, wherever it stands: what a one-paragraph view of it needs. */
export interface ParagraphView {
  readonly kind: BlockKind;
  readonly text: string;
  readonly parsed: ParsedParagraph;
  /** Whether its first quotation continues the previous paragraph's. */
  readonly continuesPrevious: boolean;
  /** Whether a quotation was left open before / at the end of this paragraph. */
  readonly unclosedBefore: boolean;
  readonly unclosedAfter: boolean;
  /** A paragraph of several lines: its `text` has their line breaks as spaces (`SeedDocument.text`). */
  readonly wrapped: boolean;
}

/** A document with the view of each of its paragraphs. */
export interface ParsedDocument {
  readonly document: SeedDocument;
  readonly views: readonly ParagraphView[];
  /** Where the paragraphs start (after any front matter). */
  readonly bodyStart: number;
}

/** The previous run, to reuse what an edit did not touch. */
export interface PreviousParse extends ParsedDocument {
  readonly text: string;
  readonly frames?: FramesRun;
  readonly figures?: LocalRun<Figure>;
  /** The model numbers' candidates and verdicts. */
  readonly models?: ModelScan;
  readonly lines?: LineIndex;
}

/**
 * `parseDocument(text)` (parse/document.ts), rebuilt from the previous run's: its paragraphs
 * before the edit kept (the same objects), those after it moved, and only the paragraphs between
 * parsed (cached by their text). Records how the two documents correspond (`documentEdit`).
 */
export function parseDocumentCached(text: string, previous?: PreviousParse): ParsedDocument {
  const contentStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const frontMatter = parseFrontMatter(text, contentStart);
  const bodyStart = frontMatter ? skipLineBreak(text, frontMatter.span.end) : contentStart;
  const reuse = previous && previous.bodyStart === bodyStart ? blocksReusing(previous, text, bodyStart, diffOf(previous.text, text)) : undefined;
  const middle = reuse ? reuse.middle : splitBlocks(text, bodyStart);
  const kept = reuse ? reuse.kept : 0;
  const old = previous?.document;
  const oldViews = previous?.views ?? [];

  // The lists are made at about their size: copies of the previous run's, overwritten from the
  // first paragraph not kept (`np`, `ns`, `nq`, `nv`: how many are this run's), then cut to their
  // length (growing them from the kept part would allocate about twice their size a keystroke).
  const re = old !== undefined && reuse !== undefined;
  const paragraphs: Paragraph[] = re ? old.paragraphs.slice() : [];
  const sentences: Sentence[] = re ? old.sentences.slice() : [];
  const quotes: QuoteSpan[] = re ? old.quotes.slice() : [];
  const views: ParagraphView[] = re ? oldViews.slice() : [];
  let np = re ? kept : 0;
  let ns = re && kept > 0 ? sentencesBefore(old, kept) : 0;
  let nq = re && kept > 0 ? quotesBefore(old, kept) : 0;
  let nv = re ? kept : 0;
  let prevUnclosed = kept > 0 ? oldViews[kept - 1]!.unclosedAfter : false;

  // One paragraph, given its view (which it makes when not given), as a new object.
  const add = (span: Span, kind: BlockKind, v: ParagraphView | undefined, wrapped = false): void => {
    const index = np;
    // (A string of its own: a view, or a concatenation of views, would keep this keystroke's text alive.)
    const ptext = v ? v.text : detached(wrapped ? lineBreaksAsSpaces(text.slice(span.start, span.end)) : text.slice(span.start, span.end));
    const parsed = v ? v.parsed : kind === "heading" ? headingParse(ptext) : paragraphParse(ptext);
    const ids: number[] = [];
    for (const s of parsed.sentences) {
      ids.push(ns);
      sentences[ns] = { index: ns, span: shift(s, span.start), paragraph: index };
      ns++;
    }
    paragraphs[np++] = { index, kind, span, sentences: ids };
    const unclosedBefore = prevUnclosed;
    let cp = false;
    if (kind === "heading") {
      prevUnclosed = false;
    } else {
      let unclosed = false;
      for (const q of parsed.quotes) {
        const continuesPrevious = unclosedBefore && q.depth === 0 && q.span.start === 0;
        cp ||= continuesPrevious;
        quotes[nq] = {
          index: nq,
          span: shift(q.span, span.start),
          inner: shift(q.inner, span.start),
          closed: q.closed,
          depth: q.depth,
          paragraph: index,
          continuesPrevious,
          wordCount: q.wordCount,
        };
        nq++;
        if (q.depth === 0 && !q.closed) unclosed = true;
      }
      prevUnclosed = unclosed;
    }
    views[nv++] = v && v.unclosedBefore === unclosedBefore ? v : { kind, text: ptext, parsed, continuesPrevious: cp, unclosedBefore, unclosedAfter: prevUnclosed, wrapped: v ? v.wrapped : wrapped };
  };
  for (const b of middle) add(b.span, b.kind, undefined, b.wrapped === true);

  // The previous run's paragraphs after the edit, moved.
  let moved = np;
  const delta = previous ? text.length - previous.text.length : 0;
  if (old && reuse && reuse.resume >= 0 && reuse.resume < old.paragraphs.length) {
    let k = reuse.resume;
    const first = old.paragraphs[k]!;
    if (oldViews[k]!.unclosedBefore !== prevUnclosed) {
      // A quotation left open before it now, or no longer: its first quotation changes.
      add(shift(first.span, delta), first.kind, oldViews[k]!);
      k++;
      moved = np;
    }
    const dp = np - k;
    const ds = ns - sentencesBefore(old, k);
    const dq = nq - quotesBefore(old, k);
    const firstSentence = sentencesBefore(old, k);
    const firstQuote = quotesBefore(old, k);
    if (delta === 0 && dp === 0 && ds === 0 && dq === 0) {
      for (let j = k; j < old.paragraphs.length; j++) paragraphs[np++] = old.paragraphs[j]!;
      for (let j = firstSentence; j < old.sentences.length; j++) sentences[ns++] = old.sentences[j]!;
      for (let j = firstQuote; j < old.quotes.length; j++) quotes[nq++] = old.quotes[j]!;
    } else {
      for (let j = k; j < old.paragraphs.length; j++) {
        const p = old.paragraphs[j]!;
        paragraphs[np++] = { index: p.index + dp, kind: p.kind, span: shift(p.span, delta), sentences: ds === 0 ? p.sentences : p.sentences.map((x) => x + ds) };
      }
      for (let j = firstSentence; j < old.sentences.length; j++) {
        const s = old.sentences[j]!;
        sentences[ns++] = { index: s.index + ds, span: shift(s.span, delta), paragraph: s.paragraph + dp };
      }
      for (let j = firstQuote; j < old.quotes.length; j++) {
        const q = old.quotes[j]!;
        quotes[nq++] = {
          index: q.index + dq,
          span: shift(q.span, delta),
          inner: shift(q.inner, delta),
          closed: q.closed,
          depth: q.depth,
          paragraph: q.paragraph + dp,
          continuesPrevious: q.continuesPrevious,
          wordCount: q.wordCount,
        };
      }
    }
    for (let j = k; j < oldViews.length; j++) views[nv++] = oldViews[j]!;
  }
  if (paragraphs.length > np) paragraphs.length = np;
  if (sentences.length > ns) sentences.length = ns;
  if (quotes.length > nq) quotes.length = nq;
  if (views.length > nv) views.length = nv;

  // The text the analysis reads, as `parseDocument` makes it: line breaks in wrapped paragraphs as spaces.
  let wrappedSpans: Span[] | undefined;
  for (let j = 0; j < views.length; j++) if (views[j]!.wrapped) (wrappedSpans ??= []).push(paragraphs[j]!.span);
  const analysed = wrappedSpans ? withoutLineBreaks(text, wrappedSpans) : text;
  let firstIndex = 0;
  while (firstIndex < paragraphs.length && paragraphs[firstIndex]!.kind !== "paragraph") firstIndex++;
  const dateline = firstIndex < paragraphs.length ? parseDateline(analysed, paragraphs[firstIndex]!.span) : undefined;
  const document: SeedDocument = {
    text: analysed,
    contentStart,
    ...(frontMatter ? { frontMatter } : {}),
    ...(dateline ? { dateline } : {}),
    paragraphs,
    sentences,
    quotes,
  };
  if (old && reuse) {
    recordDocumentEdit(document, {
      previous: old,
      kept,
      moved,
      shift: delta,
      paragraphShift: paragraphs.length - old.paragraphs.length,
      sentenceShift: sentences.length - old.sentences.length,
      quoteShift: quotes.length - old.quotes.length,
    });
  }
  return { document, views, bodyStart };
}

/** How many quotations the paragraphs before paragraph `p` hold: a binary search. */
function quotesBefore(doc: SeedDocument, p: number): number {
  const qs = doc.quotes;
  let lo = 0;
  let hi = qs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (qs[mid]!.paragraph < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `splitBlocks(text, bodyStart)` from the previous run's paragraphs: those before the edit kept
 * (all but the last that starts before it, which the edited line may extend, and that one too
 * when it is not extended), the text scanned from there until a block starts in the unchanged end
 * of the text where a previous one started, and the previous blocks from there on (`resume`, -1:
 * none), to be moved.
 */
function blocksReusing(prev: PreviousParse, text: string, bodyStart: number, diff: TextDiff): { kept: number; middle: Block[]; resume: number } {
  const old = prev.document.paragraphs;
  const shift = text.length - prev.text.length;
  const firstStartAtOrAfter = (at: number): number => {
    let lo = 0;
    let hi = old.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (old[mid]!.span.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const before = firstStartAtOrAfter(diff.same);
  let kept = Math.max(0, before - 1);
  // The last kept block, which a continuation line may still extend.
  const last = kept > 0 ? { span: old[kept - 1]!.span, kind: old[kept - 1]!.kind } : undefined;
  const blocks: Block[] = last ? [last] : [];
  const from = kept < old.length && before > 0 ? old[kept]!.span.start : bodyStart;
  let resume = -1;
  splitBlocksFrom(text, from, blocks, (b) => {
    if (b.span.start < diff.sameEnd) return false;
    const j = firstStartAtOrAfter(b.span.start - shift);
    if (j >= old.length || old[j]!.span.start !== b.span.start - shift) return false;
    resume = j;
    return true;
  });
  if (resume >= 0) blocks.pop();
  if (last) {
    if (blocks[0] === last && last.span === old[kept - 1]!.span && last.kind === old[kept - 1]!.kind) blocks.shift();
    else kept--;
  }
  return { kept, middle: blocks, resume };
}

const HEADING_CACHE = new Map<number, ParsedParagraph>();

function headingParse(ptext: string): ParsedParagraph {
  // A heading is one sentence and holds no quotations; only its length matters.
  let p = HEADING_CACHE.get(ptext.length);
  if (!p) {
    p = { sentences: [{ start: 0, end: ptext.length }], quotes: [] };
    if (HEADING_CACHE.size < 1000) HEADING_CACHE.set(ptext.length, p);
  }
  return p;
}

function paragraphParse(ptext: string): ParsedParagraph {
  return memoLocal("parse/paragraph", ptext, () => {
    const span = { start: 0, end: ptext.length };
    const sentences = splitSentences(ptext, span);
    const para: Paragraph = { index: 0, kind: "paragraph", span, sentences: [] };
    const quotes = findQuotes(ptext, [para]).map(({ span: qs, inner, closed, depth, wordCount }) => ({
      span: qs,
      inner,
      closed,
      depth,
      wordCount,
    }));
    return { sentences, quotes };
  });
}

// ---------------------------------------------------------------------------------------------
// Paragraph-local stages

/**
 * A stage whose result for a paragraph depends only on that paragraph (its text, kind, sentences,
 * quotations, and the dateline when it holds it) runs on a one-paragraph view of the
 * document (its own `text`, offsets from 0, one paragraph), and the results are shifted to the
 * paragraph's place: every `{start, end}` object by the paragraph's offset, every `sentence` /
 * `paragraph` number by the paragraph's first sentence / its index. The results of all paragraphs
 * are concatenated in text order.
 *
 * A stage that reads across paragraphs (the previous sentence's subject, the document date …)
 * must not run this way: analyze() runs it whole, and it can cache its expensive per-paragraph
 * parts with `memo()` instead.
 */
export type LocalStage<T> = (doc: SeedDocument) => T[];

/** A run of a local stage, for the next run to reuse by place. */
export interface LocalRun<T> {
  readonly name: string;
  readonly document: SeedDocument;
  readonly items: readonly T[];
  /** Per paragraph (and one past the last): where its items begin. */
  readonly itemStart: Int32Array;
  /** The dateline's paragraph (-1: none) and the dateline, offsets relative to that paragraph. */
  readonly datelineAt: number;
  readonly datelineKey: string;
}

/**
 * The stage's items for the whole document. With the previous run of the same stage: the items
 * of the paragraphs the edit kept reused as they are, those of the paragraphs it moved moved, the
 * others computed on a one-paragraph view (cached by the view's inputs).
 */
export function runLocalStage<T>(
  name: string,
  parsed: ParsedDocument,
  stage: LocalStage<T>,
  previous?: LocalRun<T>,
  move: (x: T, at: Placing) => T = moveItem,
): { items: T[]; run: LocalRun<T> } {
  const doc = parsed.document;
  const views = parsed.views;
  const n = doc.paragraphs.length;
  let datelineAt = -1;
  let datelineKey = "";
  if (doc.dateline) {
    while (datelineAt + 1 < n && doc.paragraphs[datelineAt + 1]!.kind !== "paragraph") datelineAt++;
    datelineAt++;
    datelineKey = JSON.stringify(place(doc.dateline, { start: -doc.paragraphs[datelineAt]!.span.start, sentence: 0, paragraph: 0 }));
  }
  const edit = documentEdit(doc);
  const reuse = previous && edit && edit.previous === previous.document && previous.name === name ? edit : undefined;
  // The paragraphs holding the dateline now and before, when it changed: computed again.
  let dirtyA = -1;
  let dirtyB = -1;
  if (reuse && (datelineAt !== previous!.datelineAt + (previous!.datelineAt >= reuse.moved - reuse.paragraphShift ? reuse.paragraphShift : 0) || datelineKey !== previous!.datelineKey)) {
    dirtyA = datelineAt;
    dirtyB = previous!.datelineAt < 0 ? -1 : previous!.datelineAt >= reuse.moved - reuse.paragraphShift ? previous!.datelineAt + reuse.paragraphShift : previous!.datelineAt;
  }
  // The paragraphs before the edit (up to a changed dateline's), all at once.
  let p0 = reuse ? Math.min(reuse.kept, dirtyA < 0 ? n : dirtyA, dirtyB < 0 ? n : dirtyB) : 0;
  if (p0 < 0) p0 = 0;
  // Made at about its size: a copy of the previous items, overwritten from the first paragraph not
  // kept (`len` items are this run's), then cut to its length (a long text's items a keystroke).
  const out: T[] = reuse ? previous!.items.slice() : [];
  let len = p0 > 0 ? previous!.itemStart[p0]! : 0;
  const put = (x: T): void => {
    out[len++] = x;
  };
  const itemStart = new Int32Array(n + 1);
  if (p0 > 0) itemStart.set(previous!.itemStart.subarray(0, p0));
  // The stage on paragraph `p`'s view, cached by the view's inputs. (A function of its own: a closure
  // in the loop below would make each turn allocate a context for the paragraph.)
  const computeLocal = (p: number, para: Paragraph): readonly unknown[] => {
    const v = views[p]!;
    const key = viewKey(v, p === datelineAt ? datelineKey : "");
    return memoLocal<readonly unknown[]>(`stage/${name}`, key, () => stage(viewDocument(v, p === datelineAt ? doc.dateline : undefined, para.span.start)));
  };
  const at = { start: 0, sentence: 0, paragraph: 0 };
  for (let p = p0; p < n; p++) {
    itemStart[p] = len;
    if (reuse && p !== dirtyA && p !== dirtyB) {
      if (p < reuse.kept) {
        for (let k = previous!.itemStart[p]!; k < previous!.itemStart[p + 1]!; k++) put(previous!.items[k]!);
        continue;
      }
      if (p >= reuse.moved) {
        const q = p - reuse.paragraphShift;
        const a = previous!.itemStart[q]!;
        const b = previous!.itemStart[q + 1]!;
        if (a === b) continue;
        if (reuse.shift === 0 && reuse.sentenceShift === 0 && reuse.paragraphShift === 0) {
          for (let k = a; k < b; k++) put(previous!.items[k]!);
        } else {
          at.start = reuse.shift;
          at.sentence = reuse.sentenceShift;
          at.paragraph = reuse.paragraphShift;
          for (let k = a; k < b; k++) put(move(previous!.items[k]!, at));
        }
        continue;
      }
    }
    const para = doc.paragraphs[p]!;
    const local = computeLocal(p, para);
    if (local.length === 0) continue;
    at.start = para.span.start;
    at.sentence = para.sentences[0] ?? 0;
    at.paragraph = p;
    for (const x of local) put(place(x, at) as T);
  }
  itemStart[n] = len;
  if (out.length > len) out.length = len;
  return { items: out, run: { name, document: doc, items: out, itemStart, datelineAt, datelineKey } };
}

/** Everything a paragraph's view depends on. Usually just its text (already hashed by the parse cache). */
function viewKey(v: ParagraphView, dateline: string): string {
  if (v.kind === "paragraph" && !v.continuesPrevious && !dateline) return v.text;
  return `\u0000${v.kind}\u0000${v.continuesPrevious ? 1 : 0}\u0000${dateline}\u0000${v.text}`;
}

/** The paragraph as a document of its own. */
function viewDocument(v: ParagraphView, dateline: Dateline | undefined, base: number): SeedDocument {
  const sentences = v.parsed.sentences.map((span, index): Sentence => ({ index, span, paragraph: 0 }));
  const quotes = v.parsed.quotes.map(
    (q, index): QuoteSpan => ({ ...q, index, paragraph: 0, continuesPrevious: v.continuesPrevious && index === 0 && q.depth === 0 && q.span.start === 0 }),
  );
  return {
    text: v.text,
    contentStart: 0,
    ...(dateline ? { dateline: place(dateline, { start: -base, sentence: 0, paragraph: 0 }) } : {}),
    paragraphs: [{ index: 0, kind: v.kind, span: { start: 0, end: v.text.length }, sentences: sentences.map((s) => s.index) }],
    sentences,
    quotes,
  };
}

/** Where a paragraph's items go: by how much their spans, sentence and paragraph numbers move. */
interface Placing {
  start: number;
  sentence: number;
  paragraph: number;
}

/** A copy of `x` with spans moved by `at.start` and sentence / paragraph numbers by theirs. */
function place<T>(x: T, at: Placing): T {
  if (Array.isArray(x)) return x.map((y: unknown) => place(y, at)) as T;
  if (x === null || typeof x !== "object") return x;
  const o = x as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 2 && typeof o["start"] === "number" && typeof o["end"] === "number") {
    return { start: (o["start"] as number) + at.start, end: (o["end"] as number) + at.start } as T;
  }
  const r: Record<string, unknown> = {};
  for (const k of keys) {
    const val = o[k];
    if (k === "sentence" && typeof val === "number") r[k] = val + at.sentence;
    else if (k === "paragraph" && typeof val === "number") r[k] = val + at.paragraph;
    else r[k] = place(val, at);
  }
  return r as T;
}

/** `place(x, at)` for an item: a copy (keys in the same order) with its nested values placed. */
function moveItem<T>(x: T, at: Placing): T {
  const r = { ...x } as Record<string, unknown>;
  for (const k in r) {
    const val = r[k];
    if (typeof val === "object" && val !== null) r[k] = place(val, at);
    else if (typeof val === "number" && (k === "sentence" || k === "paragraph")) r[k] = val + (k === "sentence" ? at.sentence : at.paragraph);
  }
  return r as T;
}

/** `moveItem` for a figure, built field by field in findFigures' order. */
function moveFigure(f: Figure, at: Placing): Figure {
  const span = { start: f.span.start + at.start, end: f.span.end + at.start };
  const numberSpan = { start: f.numberSpan.start + at.start, end: f.numberSpan.end + at.start };
  return f.unit !== undefined
    ? { span, numberSpan, text: f.text, kind: f.kind, value: f.value, unit: f.unit, sentence: f.sentence + at.sentence }
    : { span, numberSpan, text: f.text, kind: f.kind, value: f.value, sentence: f.sentence + at.sentence };
}

function shift(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}

