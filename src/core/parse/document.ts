import type { Dateline, Paragraph, QuoteSpan, SeedDocument, Sentence, BlockKind } from "../model/document";
import type { Span } from "../model/span";
import { parseFrontMatter } from "./frontmatter";
import { splitSentences } from "./sentences";
import { findQuotes } from "./quotemarks";

/**
 * Text → document model: front matter, dateline, headings and paragraphs (one per line),
 * sentences and quotations, all with exact UTF-16 offsets into `text`.
 */
export function parseDocument(text: string): SeedDocument {
  const contentStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const frontMatter = parseFrontMatter(text, contentStart);
  const bodyStart = frontMatter ? skipLineBreak(text, frontMatter.span.end) : contentStart;

  const blocks = splitBlocks(text, bodyStart);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const b of blocks) {
    const index = paragraphs.length;
    const ids: number[] = [];
    const spans = b.kind === "heading" ? [b.span] : splitSentences(text, b.span);
    for (const s of spans) {
      ids.push(sentences.length);
      sentences.push({ index: sentences.length, span: s, paragraph: index });
    }
    paragraphs.push({ index, kind: b.kind, span: b.span, sentences: ids });
  }
  const quotes: QuoteSpan[] = findQuotes(text, paragraphs);
  const firstPara = paragraphs.find((p) => p.kind === "paragraph");
  const dateline = firstPara ? parseDateline(text, firstPara.span) : undefined;
  return {
    text,
    contentStart,
    ...(frontMatter ? { frontMatter } : {}),
    ...(dateline ? { dateline } : {}),
    paragraphs,
    sentences,
    quotes,
  };
}

export function skipLineBreak(text: string, i: number): number {
  if (text[i] === "\r" && text[i + 1] === "\n") return i + 2;
  if (text[i] === "\n" || text[i] === "\r") return i + 1;
  return i;
}

export interface Block {
  span: Span;
  kind: BlockKind;
}

const TERMINAL = /[.!?…:;,"”’')\]]$/u;
const MD_HEADING = /^#{1,6}\s/;
const LINE_BREAK_RE = /[\n\r]/g;

/** One block per non-blank line; a line that starts in lower case continues an unfinished paragraph. */
export function splitBlocks(text: string, from: number): Block[] {
  return splitBlocksFrom(text, from, []);
}

/**
 * `splitBlocks` from line start `from` on, after `blocks` (the last of which a continuation line
 * may still extend). `stop`, asked after each new block, ends the scan early: it returns what it
 * found so far.
 */
export function splitBlocksFrom(text: string, from: number, blocks: Block[], stop?: (b: Block) => boolean): Block[] {
  let i = from;
  while (i < text.length) {
    // The line's end: the next line break, or the end of the text.
    LINE_BREAK_RE.lastIndex = i;
    const end = LINE_BREAK_RE.test(text) ? LINE_BREAK_RE.lastIndex - 1 : text.length;
    let s = i;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      const line = text.slice(s, e);
      const prev = blocks[blocks.length - 1];
      // (Not a line opening with a brand such as "eBay" or "iPhone": a small letter, then a capital.)
      if (prev && /^\p{Ll}(?!\p{Lu})/u.test(line) && continues(text, prev)) {
        // A hard-wrapped line: it continues the paragraph (or the "heading" that was its first line).
        prev.span = { start: prev.span.start, end: e };
        prev.kind = "paragraph";
      } else {
        const b: Block = { span: { start: s, end: e }, kind: isHeading(line) ? "heading" : "paragraph" };
        blocks.push(b);
        if (stop?.(b)) return blocks;
      }
    }
    i = skipLineBreak(text, end);
    if (i === end) break;
  }
  return blocks;
}

/** Can a line starting in lower case continue this block? Not after a final stop, nor a Markdown heading. */
function continues(text: string, prev: Block): boolean {
  if (/[.!?…"”]/u.test(text[prev.span.end - 1]!)) return false;
  return prev.kind === "paragraph" || !MD_HEADING.test(text.slice(prev.span.start, prev.span.start + 8));
}

/** Blank for trimming a line: spaces, no-break spaces, zero-width and direction marks, BOM. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 11 ||
    c === 12 ||
    c === 0xa0 ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202f) ||
    c === 0x205f ||
    c === 0x2060 ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0xfeff
  );
}

/** Short line without final punctuation, not a quotation, not a list item: a heading. */
export function isHeading(line: string): boolean {
  if (MD_HEADING.test(line)) return true;
  if (line.length > 100) return false;
  if (TERMINAL.test(line)) return false;
  if (/^[“"‘'«]/u.test(line)) return false;
  if (/^(?:[-*•]|\d+[.)])\s/u.test(line)) return false;
  const words = line.split(/\s+/).length;
  return words <= 14;
}

const MONTH_ABBR =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
// PLACE[, REGION][, Month D] [(Agency)] – ; the place is in capitals (wire style).
const DATELINE = new RegExp(
  "^(\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}?)(?:, (\\p{Lu}[\\p{L}.]+(?: \\p{Lu}[\\p{L}.]+)?))?" +
    "(?:,? (" + MONTH_ABBR + " \\d{1,2}))?" +
    "(?: ?\\(([^)\\n]{1,40})\\))?" +
    " ?[-–—]{1,2} ?",
  "u",
);

/** A wire dateline at the start of the first paragraph: "KYIV, Dec 28 (Reuters) –". */
export function parseDateline(text: string, para: Span): Dateline | undefined {
  const head = text.slice(para.start, Math.min(para.end, para.start + 120));
  const m = DATELINE.exec(head);
  if (!m || m[1] === undefined) return undefined;
  const place = m[1].trim();
  // The place must be mostly capitals and the dateline must carry a date or an agency.
  if (place.replace(/[^\p{Lu}]/gu, "").length < 2 || (!m[3] && !m[4])) return undefined;
  const placeStart = para.start;
  const dateline: Dateline = {
    span: { start: para.start, end: para.start + m[0].length },
    place,
    placeSpan: { start: placeStart, end: placeStart + place.length },
    ...(m[3]
      ? (() => {
          const at = para.start + head.indexOf(m[3]!, m[1].length);
          return { dateText: m[3]!, dateSpan: { start: at, end: at + m[3]!.length } };
        })()
      : {}),
    ...(m[4] ? { agency: m[4] } : {}),
  };
  return dateline;
}

/**
 * How a document relates to the one parsed before it while the editor re-analyses (recorded by the
 * incremental parse, src/core/incremental.ts): which paragraphs are the previous document's, kept
 * or moved, so that a stage can reuse its previous results for them.
 */
export interface DocumentEdit {
  readonly previous: SeedDocument;
  /**
   * Paragraphs [0, kept) are the previous document's paragraph objects, their sentences and
   * quotations too; the text from the start to the end of paragraph `kept - 1` is unchanged.
   */
  readonly kept: number;
  /**
   * Paragraphs [moved, n) are the previous document's paragraphs [moved - paragraphShift, n'): the
   * same kind, text, sentences and quotations (continuing the previous paragraph's or not), all
   * `shift` code units later, their indices `paragraphShift`, `sentenceShift` and `quoteShift` higher;
   * the text from the start of paragraph `moved` to the end is unchanged. kept <= moved.
   */
  readonly moved: number;
  readonly shift: number;
  readonly paragraphShift: number;
  readonly sentenceShift: number;
  readonly quoteShift: number;
}

const EDITS = new WeakMap<SeedDocument, DocumentEdit>();

/** What the incremental parse recorded of `doc` against the document before it (undefined: nothing is known). */
export function documentEdit(doc: SeedDocument): DocumentEdit | undefined {
  return EDITS.get(doc);
}

export function recordDocumentEdit(doc: SeedDocument, edit: DocumentEdit): void {
  // The previous document's own record is no longer read: dropped, so that documents do not hold a chain of their predecessors.
  EDITS.delete(edit.previous);
  EDITS.set(doc, edit);
}

/** How many sentences the paragraphs before paragraph `p` hold (the index of its first sentence, when it has one). */
export function sentencesBefore(doc: SeedDocument, p: number): number {
  for (let k = Math.min(p, doc.paragraphs.length) - 1; k >= 0; k--) {
    const ids = doc.paragraphs[k]!.sentences;
    if (ids.length > 0) return ids[ids.length - 1]! + 1;
  }
  return 0;
}
