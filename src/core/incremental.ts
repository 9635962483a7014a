import { analyzeWith, type Analysis, type AnalyzeOptions, type LocalStages } from "./analyze";
import { findFramesReusing, type FramesRun } from "./parse/attribution";
import type { Dateline, Paragraph, QuoteSpan, SeedDocument, Sentence } from "./model/document";
import type { TextEdit } from "./model/finding";
import { LineIndex, type Span } from "./model/span";
import { parseDateline, skipLineBreak, splitBlocks, splitBlocksFrom, type Block } from "./parse/document";
import { parseFrontMatter } from "./parse/frontmatter";
import { splitSentences } from "./parse/sentences";
import { findQuotes } from "./parse/quotemarks";
import { findFigures, modelNumbers } from "./parse/figures";
import { diffOf, MemoStore, memo as memoLocal, withMemo } from "./memo";
import type { TextDiff } from "./text-diff";

/**
 * Re-analysis while the user types. Keeps the previous run's per-paragraph results and, for a new
 * text, recomputes only the paragraphs whose text changed; the result is identical to
 * `analyze(text, options)` (test/unit/incremental.test.ts checks that on random edits).
 *
 * It runs `analyzeWith()`, analyze()'s pipeline, passing cached versions of its `LocalStages`, so the pipeline
 * exists once. What is reused, keyed by the paragraph's text (offsets stored relative to the
 * paragraph and shifted on reuse, so an edit above a paragraph does not invalidate it):
 * - the document parse: sentence splitting and the quotation scan of each paragraph (objects of
 *   paragraphs the edit did not move are reused as they are);
 * - figures, per paragraph, given the model numbers of the whole text (found by one quick scan: a
 *   number used as a model name anywhere, "the 787 Dreamliner", is no figure elsewhere either);
 * - what stages wrap in `memo()` (src/core/memo.ts): each paragraph's date expressions, sentence
 *   index and tenses (parse/dates.ts), each sentence's actor tokens and name candidates
 *   (parse/actors/local.ts), a clause's event status (the date rule).
 *
 * - block splitting, the line index and reporting frames: kept before the edit, recomputed from
 *   it until their running state agrees with the previous run's, then the previous results moved
 *   (frames: parse/attribution.ts `findFramesReusing`);
 * - the rules' per-paragraph and per-sentence readings, and unsourced-figure findings whose inputs
 *   are unchanged (src/core/rules), and the context words of the knowledge base per chunk of lines.
 *
 * Still recomputed over the whole document, because they read across paragraphs: quote speakers,
 * the document date and each date's value against it, the merging of actors and their claims,
 * annotations, and the assembly of every result with its offsets moved. These are why an edit
 * costs about a tenth of a full analysis of a long document rather than a twentieth (README,
 * Performance).
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
  let views: readonly ParagraphView[] = [];
  let bodyStart = 0;
  let frames: FramesRun | undefined;
  const stages: LocalStages = {
    parseDocument: (t) => {
      const parsed = parseDocumentCached(t, previous);
      views = parsed.views;
      bodyStart = parsed.bodyStart;
      return parsed.document;
    },
    // Paragraph by paragraph, given the model numbers of the whole text ("the 787 Dreamliner"
    // anywhere makes 787 no figure elsewhere): a new model number recomputes every paragraph.
    findFigures: (doc) => {
      const models = modelNumbers(doc.text);
      return runLocalStage(`figures@${[...models].sort().join(",")}`, views, (d) => findFigures(d, models));
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
  const analysis = analyzeWith(text, options, stages);
  return { analysis, parse: { text, views, bodyStart, lines: analysis.lines, ...(frames ? { frames } : {}) } };
}

// ---------------------------------------------------------------------------------------------
// The document parse, per paragraph

/** What parsing one paragraph's text yields, with offsets relative to the paragraph start. */
interface ParsedParagraph {
  readonly sentences: readonly Span[];
  readonly quotes: readonly Omit<QuoteSpan, "index" | "paragraph" | "continuesPrevious">[];
}

/** One paragraph of the current text, with what a one-paragraph view of it needs. */
interface ParagraphView {
  readonly paragraph: Paragraph;
  readonly text: string;
  readonly parsed: ParsedParagraph;
  readonly continuesPrevious: boolean;
  readonly dateline: Dateline | undefined;
  readonly firstSentence: number;
  /** What the paragraph added to the document, reused as is when it did not move. */
  readonly sentences: readonly Sentence[];
  readonly quotes: readonly QuoteSpan[];
  readonly firstQuote: number;
  /** Whether a quotation was left open before / at the end of this paragraph. */
  readonly unclosedBefore: boolean;
  readonly unclosedAfter: boolean;
}

/** The previous run, to reuse what an edit did not touch. */
export interface PreviousParse {
  readonly text: string;
  readonly views: readonly ParagraphView[];
  readonly frames?: FramesRun;
  readonly lines?: LineIndex;
  /** Where the paragraphs start (after any front matter). */
  readonly bodyStart?: number;
}

/** `parseDocument(text)` (parse/document.ts), rebuilt from cached per-paragraph parses. */
export function parseDocumentCached(text: string, previous?: PreviousParse): { document: SeedDocument; views: ParagraphView[]; bodyStart: number } {
  const contentStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const frontMatter = parseFrontMatter(text, contentStart);
  const bodyStart = frontMatter ? skipLineBreak(text, frontMatter.span.end) : contentStart;
  const diff = previous ? diffOf(previous.text, text) : undefined;
  const blocks = previous && diff && previous.bodyStart === bodyStart ? blocksReusing(previous, text, bodyStart, diff) : splitBlocks(text, bodyStart);
  const same = previous && diff ? unchanged(previous, text, diff) : undefined;

  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const quotes: QuoteSpan[] = [];
  const views: ParagraphView[] = [];
  let prevUnclosed = false;
  for (const b of blocks) {
    const index = paragraphs.length;
    const old = same?.(b.span.start, b.span.end);
    if (
      old &&
      old.paragraph.span.start === b.span.start &&
      old.paragraph.index === index &&
      old.paragraph.kind === b.kind &&
      old.firstSentence === sentences.length &&
      old.firstQuote === quotes.length &&
      old.unclosedBefore === prevUnclosed
    ) {
      // Same text at the same place after the same paragraphs: every object is still right.
      paragraphs.push(old.paragraph);
      for (const x of old.sentences) sentences.push(x);
      for (const x of old.quotes) quotes.push(x);
      prevUnclosed = old.unclosedAfter;
      views.push(old.dateline ? { ...old, dateline: undefined } : old);
      continue;
    }
    const ptext = old?.text ?? text.slice(b.span.start, b.span.end);
    const parsed = b.kind === "heading" ? headingParse(ptext) : paragraphParse(ptext);
    const firstSentence = sentences.length;
    const firstQuote = quotes.length;
    const ids: number[] = [];
    for (const s of parsed.sentences) {
      ids.push(sentences.length);
      sentences.push({ index: sentences.length, span: shift(s, b.span.start), paragraph: index });
    }
    const paragraph: Paragraph = { index, kind: b.kind, span: b.span, sentences: ids };
    paragraphs.push(paragraph);
    const unclosedBefore = prevUnclosed;
    let cp = false;
    if (b.kind === "heading") {
      prevUnclosed = false;
    } else {
      let unclosed = false;
      for (const q of parsed.quotes) {
        const continuesPrevious = prevUnclosed && q.depth === 0 && q.span.start === 0;
        cp ||= continuesPrevious;
        quotes.push({
          index: quotes.length,
          span: shift(q.span, b.span.start),
          inner: shift(q.inner, b.span.start),
          closed: q.closed,
          depth: q.depth,
          paragraph: index,
          continuesPrevious,
          wordCount: q.wordCount,
        });
        if (q.depth === 0 && !q.closed) unclosed = true;
      }
      prevUnclosed = unclosed;
    }
    views.push({
      paragraph,
      text: ptext,
      parsed,
      continuesPrevious: cp,
      dateline: undefined,
      firstSentence: ids[0] ?? firstSentence,
      sentences: sentences.slice(firstSentence),
      quotes: quotes.slice(firstQuote),
      firstQuote,
      unclosedBefore,
      unclosedAfter: prevUnclosed,
    });
  }
  const firstIndex = paragraphs.findIndex((p) => p.kind === "paragraph");
  const dateline = firstIndex >= 0 ? parseDateline(text, paragraphs[firstIndex]!.span) : undefined;
  if (dateline) views[firstIndex] = { ...views[firstIndex]!, dateline };
  const document: SeedDocument = {
    text,
    contentStart,
    ...(frontMatter ? { frontMatter } : {}),
    ...(dateline ? { dateline } : {}),
    paragraphs,
    sentences,
    quotes,
  };
  return { document, views, bodyStart };
}

/**
 * For a paragraph span of the new text, the previous run's paragraph with the same text when the
 * span lies in the part of the text the edit did not touch (the common prefix or suffix).
 */
/**
 * `splitBlocks(text, bodyStart)` from the previous run's paragraphs: those before the edit kept
 * (all but the last that starts before it, which the edited line may extend), the text scanned
 * from there until a block starts in the unchanged end of the text where a previous one started,
 * and the previous blocks from there on, moved.
 */
function blocksReusing(prev: PreviousParse, text: string, bodyStart: number, diff: TextDiff): Block[] {
  const old = prev.views;
  const shift = text.length - prev.text.length;
  const firstStartAtOrAfter = (at: number): number => {
    let lo = 0;
    let hi = old.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (old[mid]!.paragraph.span.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const before = firstStartAtOrAfter(diff.same);
  const kept = Math.max(0, before - 1);
  const blocks: Block[] = [];
  for (let k = 0; k < kept; k++) blocks.push({ span: old[k]!.paragraph.span, kind: old[k]!.paragraph.kind });
  const from = kept < old.length && before > 0 ? old[kept]!.paragraph.span.start : bodyStart;
  let resume = -1;
  splitBlocksFrom(text, from, blocks, (b) => {
    if (b.span.start < diff.sameEnd) return false;
    const j = firstStartAtOrAfter(b.span.start - shift);
    if (j >= old.length || old[j]!.paragraph.span.start !== b.span.start - shift) return false;
    resume = j;
    return true;
  });
  if (resume < 0) return blocks;
  blocks.pop();
  for (let k = resume; k < old.length; k++) {
    const p = old[k]!.paragraph;
    blocks.push({ span: { start: p.span.start + shift, end: p.span.end + shift }, kind: p.kind });
  }
  return blocks;
}

function unchanged(prev: PreviousParse, text: string, diff: TextDiff): (start: number, end: number) => ParagraphView | undefined {
  const prefix = diff.same;
  const suffix = text.length - diff.sameEnd;
  const delta = prev.text.length - text.length;
  const views = prev.views;
  return (start, end) => {
    let at: number;
    if (end <= prefix) at = start;
    else if (start >= text.length - suffix) at = start + delta;
    else return undefined;
    // Binary search of the previous paragraphs by start offset.
    let lo = 0;
    let hi = views.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = views[mid]!.paragraph.span.start;
      if (s === at) return views[mid]!.text.length === end - start ? views[mid] : undefined;
      if (s < at) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
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

interface LocalEntry {
  readonly local: readonly unknown[];
  /**
   * The placements of `local` by paragraph start, reused as is when the paragraph did not move. A
   * few: the same paragraph text can stand in several places (boilerplate, wire stories joined).
   */
  placed?: Map<number, Placement>;
}

interface Placement {
  readonly sentence: number;
  readonly paragraph: number;
  readonly items: readonly unknown[];
}

const PLACEMENTS = 8;

export function runLocalStage<T>(name: string, views: readonly ParagraphView[], stage: LocalStage<T>): T[] {
  const out: T[] = [];
  for (const v of views) {
    const key = viewKey(v);
    const entry = memoLocal<LocalEntry>(`stage/${name}`, key, () => ({ local: stage(viewDocument(v)) }));
    if (entry.local.length === 0) continue;
    const at = { start: v.paragraph.span.start, sentence: v.firstSentence, paragraph: v.paragraph.index };
    const placed = (entry.placed ??= new Map());
    let items = placed.get(at.start);
    if (!items || items.sentence !== at.sentence || items.paragraph !== at.paragraph) {
      items = { sentence: at.sentence, paragraph: at.paragraph, items: entry.local.map((x) => place(x, at)) };
      if (placed.size >= PLACEMENTS) placed.clear();
      placed.set(at.start, items);
    }
    for (const x of items.items) out.push(x as T);
  }
  return out;
}

/** Everything a paragraph's view depends on. Usually just its text (already hashed by the parse cache). */
function viewKey(v: ParagraphView): string {
  if (v.paragraph.kind === "paragraph" && !v.continuesPrevious && !v.dateline) return v.text;
  const d = v.dateline ? JSON.stringify(place(v.dateline, { start: -v.paragraph.span.start, sentence: 0, paragraph: 0 })) : "";
  return `\u0000${v.paragraph.kind}\u0000${v.continuesPrevious ? 1 : 0}\u0000${d}\u0000${v.text}`;
}

/** The paragraph as a document of its own. */
function viewDocument(v: ParagraphView): SeedDocument {
  const base = v.paragraph.span.start;
  const sentences = v.parsed.sentences.map((span, index): Sentence => ({ index, span, paragraph: 0 }));
  const quotes = v.parsed.quotes.map(
    (q, index): QuoteSpan => ({ ...q, index, paragraph: 0, continuesPrevious: v.continuesPrevious && index === 0 && q.depth === 0 && q.span.start === 0 }),
  );
  return {
    text: v.text,
    contentStart: 0,
    ...(v.dateline ? { dateline: place(v.dateline, { start: -base, sentence: 0, paragraph: 0 }) } : {}),
    paragraphs: [{ index: 0, kind: v.paragraph.kind, span: { start: 0, end: v.text.length }, sentences: sentences.map((s) => s.index) }],
    sentences,
    quotes,
  };
}

/** A copy of `x` with spans moved by `at.start` and sentence / paragraph numbers by theirs. */
function place<T>(x: T, at: { start: number; sentence: number; paragraph: number }): T {
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

function shift(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}
