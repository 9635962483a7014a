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
  // The analysis reads a hard-wrapped paragraph's line breaks as the spaces they stand for.
  const analysed = withoutLineBreaks(text, blocks.filter((b) => b.wrapped === true).map((b) => b.span));
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const b of blocks) {
    const index = paragraphs.length;
    const ids: number[] = [];
    const spans = b.kind === "heading" ? [b.span] : splitSentences(analysed, b.span);
    for (const s of spans) {
      ids.push(sentences.length);
      sentences.push({ index: sentences.length, span: s, paragraph: index });
    }
    paragraphs.push({ index, kind: b.kind, span: b.span, sentences: ids });
  }
  const quotes: QuoteSpan[] = findQuotes(analysed, paragraphs);
  const firstPara = paragraphs.find((p) => p.kind === "paragraph");
  const dateline = firstPara ? parseDateline(analysed, firstPara.span) : undefined;
  return {
    text: analysed,
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
  /** A paragraph of several lines (hard-wrapped text): its line breaks are read as spaces. */
  wrapped?: boolean;
}

/**
 * The text the analysis reads: `text` with the line breaks inside `spans` (the paragraphs of
 * several lines, in order) made spaces, character for character, so every offset stays the same
 * ("Owen\nPritchard" is a name, "18\npercent" a percentage); `text` itself when there are none.
 */
export function withoutLineBreaks(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let last = 0;
  for (const sp of spans) {
    parts.push(text.slice(last, sp.start), lineBreaksAsSpaces(text.slice(sp.start, sp.end)));
    last = sp.end;
  }
  parts.push(text.slice(last));
  return parts.join("");
}

/** `s` with each line-break character ("\r", "\n") made a space. */
export function lineBreaksAsSpaces(s: string): string {
  return s.replace(/[\n\r]/g, " ");
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
  // The longest line of the last block (of one given in `blocks`, measured when first needed), and
  // whether its last line stands alone (`standsAlone`; likewise).
  let width = -1;
  let lastAlone: boolean | undefined;
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
      if (prev && width < 0) width = longestLine(text, prev.span);
      // (Not a line opening with a brand such as "eBay" or "iPhone": a small letter, then a capital.)
      // (A rule such as "---" or "***", and a metadata line such as "date: 2025-03-12", stand
      // alone: no prose runs into or out of them.)
      const joins = prev !== undefined && ((/^\p{Ll}(?!\p{Lu})/u.test(line) && continues(text, prev)) || wrapped(text, prev, width, s, e));
      const alone = standsAlone(line);
      if (joins && !alone && !(lastAlone ??= standsAlone(lastLineOf(text, prev.span)))) {
        // A hard-wrapped line: it continues the paragraph, or the heading (a title over two lines
        // stays one), or the "heading" that was a paragraph's first line.
        prev.span = { start: prev.span.start, end: e };
        if (prev.kind === "heading" && !isHeading(lineBreaksAsSpaces(text.slice(prev.span.start, e)))) prev.kind = "paragraph";
        prev.wrapped = true;
        width = Math.max(width, e - s);
      } else {
        const b: Block = { span: { start: s, end: e }, kind: isHeading(line) ? "heading" : "paragraph" };
        blocks.push(b);
        width = e - s;
        if (stop?.(b)) return blocks;
      }
      lastAlone = alone;
    }
    i = skipLineBreak(text, end);
    if (i === end) break;
  }
  return blocks;
}

/** A line of marks alone (a Markdown rule, "***", "==="), a "key: value" line of metadata, or a byline's. */
function standsAlone(line: string): boolean {
  return RULE_LINE.test(line) || METADATA_LINE.test(line) || bylineLine(line);
}

/**
 * A byline's or a date's line under a headline: "By Tom Redfern, Football Correspondent — 1
 * September 2025", "Published Friday 20 March 2026", "Transport | Published …", "Festival review |
 * Ellie Okonedo | Monday 2 June 2025" — short, no sentence's end.
 */
function bylineLine(line: string): boolean {
  if (line.length > 140 || /[.!?:;]$/u.test(line)) return false;
  return BYLINE_START.test(line) || line.includes(" | ");
}
const BYLINE_START = /^(?:By\s+\p{Lu}|(?:(?:First|Last)\s+)?(?:Published|Updated|Posted)\b)/u;
const RULE_LINE = /^[-=*_~#.•·]{3,}$/u;
const METADATA_LINE = /^(?:title|headline|subtitle|date|published|updated|source|url|link|author|authors|byline|dateline|publisher|agency|section|category|categories|tags|keywords|language|lang|id|slug|description|summary|location|place|edition|page):(?:\s|$)/iu;

/** The last line of `span`, trimmed. */
function lastLineOf(text: string, span: Span): string {
  let k = span.end;
  while (k > span.start && !isLineBreak(text.charCodeAt(k - 1))) k--;
  return text.slice(k, span.end).trim();
}

/** The widths hard-wrapped text is wrapped at (in characters): e-mail, terminals, plain-text exports. */
const WRAP_MIN = 50;
const WRAP_MAX = 120;
const WRAP_SLACK = 3;
/** A line this much shorter than the width at most is full: the longest words are about this long. */
const FULL_LINE = 15;

/**
 * Does the line text[s, e) continue `prev`, a block of hard-wrapped text (its longest line `width`)?
 * It does when it follows on the next line and its first word would not have fit at the end of
 * the block's last line: the line was broken there by wrapping, not ended. The width is that of
 * the block's lines and this one, so text of one paragraph per line (lines longer than any wrap
 * width) and short lines (headings, bylines) are never joined; neither is a list item or a
 * Markdown heading. Reads only the block and the line: the editor's re-analysis
 * re-splits from the block an edit is in and stops at the first block that starts as before.
 */
function wrapped(text: string, prev: Block, width: number, s: number, e: number): boolean {
  const w = Math.max(width, e - s);
  if (w < WRAP_MIN || w > WRAP_MAX) return false;
  // Adjacent lines: one line break between the block's end and the line (blank lines part paragraphs).
  let breaks = 0;
  for (let k = prev.span.end; k < s; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) breaks++;
  }
  if (breaks !== 1) return false;
  let lastStart = prev.span.end;
  while (lastStart > prev.span.start && !isLineBreak(text.charCodeAt(lastStart - 1))) lastStart--;
  while (isSpace(text.charCodeAt(lastStart))) lastStart++;
  let wordEnd = s;
  while (wordEnd < e && text.charCodeAt(wordEnd) !== 32 && text.charCodeAt(wordEnd) !== 9) wordEnd++;
  const endsSentence = endsWithStop(text, prev.span);
  const oneLine = lastStart === prev.span.start;
  // (A quotation closed after a comma goes on to its speaker: "“… of Bihar,”" / "Modi told …".)
  if (QUOTE_CLOSED_AFTER_COMMA.test(text.slice(Math.max(lastStart, prev.span.end - 3), prev.span.end)) && /^\p{Lu}/u.test(text.slice(s, s + 1))) return true;
  // (A few characters of slack inside a sentence of a wrapped paragraph: some tools wrap at a
  // number of bytes, not characters. None after a sentence's end, where paragraphs end, nor after
  // a block's first line, which may be a heading: neither is joined to the next line unless that
  // line's first word could not have stood on it.)
  if (prev.span.end - lastStart + 1 + (wordEnd - s) <= w - (endsSentence || oneLine ? 0 : WRAP_SLACK)) return false;
  // Not a Markdown heading or a quoted line of an e-mail; nor a list's item after the list's
  // first item or its lead-in ("…as follows:"). Elsewhere "- " and "10. " are prose at the
  // margin: "automakers\n- Ford, Chrysler", "by June\n10. If".
  const head = text.slice(s, Math.min(e, s + 8));
  if (HEADING_OR_QUOTED.test(head)) return false;
  if (LIST_ITEM.test(head) && (LIST_ITEM.test(text.slice(prev.span.start, prev.span.start + 8)) || text.charCodeAt(prev.span.end - 1) === 0x3a)) return false;
  // A line in lower case goes on, also after a full stop at the margin ("U.S.", "slime..."); so
  // does one opening with a bracket inside a sentence (no paragraph starts "(source: …)." or "[1].").
  if (/^\p{Ll}(?!\p{Lu})/u.test(text.slice(s, s + 2))) return true;
  if (!endsSentence && (text.charCodeAt(s) === 0x28 || text.charCodeAt(s) === 0x5b)) return true;
  const full = e - s >= w - FULL_LINE;
  // After a block's first line (or a title over two lines) the fit says little: the line is then
  // the longest, and any word would overrun it — a title over its date line ("… growing losses" /
  // "August 19, 2006") is no wrapped paragraph. So only a full line goes on; or, between blank
  // lines, a short one that ends the sentence ("… £47 million in the last financial year" /
  // "(source: …)."); or any line after a word no title or sentence ends in ("… with Norway on" /
  // "November 17, a Council official said."). After a first line that ends a sentence (as text of
  // one paragraph a line ends every line), only a full line between blank lines.
  // A wire dateline ("BRUSSELS, Nov 21 (Reuters) –") starts a paragraph, after a title of any length.
  if (oneLine || prev.kind === "heading") {
    if (parseDateline(text, { start: s, end: e }) !== undefined) return false;
    const bounded = blankBefore(text, prev.span.start) && blankAfter(text, e);
    if (endsSentence) return full && bounded;
    const last = lastWord(text, prev.span);
    // (And a date over the margin: "… census, September" / "2025.")
    return full || (bounded && endsWithStop(text, { start: s, end: e })) || CONTINUING_WORDS.has(last) || (MONTH_NAMES.has(last) && isDigit(text.charCodeAt(s)));
  }
  if (!endsSentence) return true;
  // A paragraph already wrapped goes on after a sentence's end when blank lines part the
  // paragraphs (one after this line or before the block), or with a full line: a short one is a
  // heading or a paragraph of its own ("Details of the Framework" after a paragraph whose last
  // line reached the margin), or at worst its paragraph's last line.
  return blankAfter(text, e) || blankBefore(text, prev.span.start) || full;
}

/** A line's end that closes a quotation after a comma: its sentence goes on. */
const QUOTE_CLOSED_AFTER_COMMA = /,\s?[”"’]$/u;

/** Words a sentence or a title does not end in: articles, prepositions, conjunctions, auxiliaries. */
const CONTINUING_WORDS: ReadonlySet<string> = new Set(
  "a an the of in on at to for with by from into onto over under about after before between against during and or but nor as than that which who whom whose its their his her our my your is are was were be been has have had will would shall should can could may might must said says told".split(" "),
);

const MONTH_NAMES: ReadonlySet<string> = new Set("january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(" "));

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The last word of `span`, in lower case ("" when it ends in no letter). */
function lastWord(text: string, span: Span): string {
  let k = span.end;
  while (k > span.start && /\p{L}/u.test(text[k - 1]!)) k--;
  return text.slice(k, span.end).toLowerCase();
}

/** Is the line after the one ending at `e` blank? (Not when there is none.) */
function blankAfter(text: string, e: number): boolean {
  let k = e;
  while (k < text.length && !isLineBreak(text.charCodeAt(k))) k++;
  if (k >= text.length) return false;
  k = skipLineBreak(text, k);
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  return k < text.length && isLineBreak(text.charCodeAt(k));
}

/** Is the line before the one `s` stands in blank? (Not when there is none.) */
function blankBefore(text: string, s: number): boolean {
  let k = s;
  while (k > 0 && !isLineBreak(text.charCodeAt(k - 1))) k--;
  if (k === 0) return false;
  k--;
  if (text.charCodeAt(k) === 10 && text.charCodeAt(k - 1) === 13) k--;
  while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
  return k === 0 || isLineBreak(text.charCodeAt(k - 1));
}

const HEADING_OR_QUOTED = /^(?:#{1,6}\s|>)/u;
const LIST_ITEM = /^(?:[-*•]|\d{1,3}[.)])\s/u;

const isLineBreak = (c: number): boolean => c === 10 || c === 13;

/** The length of the longest line of `span` (trimmed). */
function longestLine(text: string, span: Span): number {
  let longest = 0;
  let s = span.start;
  for (let k = span.start; k <= span.end; k++) {
    if (k < span.end && !isLineBreak(text.charCodeAt(k))) continue;
    let a = s;
    let b = k;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    longest = Math.max(longest, b - a);
    s = k + 1;
  }
  return longest;
}

/**
 * Does the block end a sentence: a final stop, or a closing quotation mark after one? (“…,” then
 * "said Owen Pritchard" on the next line goes on.)
 */
function endsWithStop(text: string, span: Span): boolean {
  let k = span.end - 1;
  while (k > span.start && CLOSING_MARKS.has(text.charCodeAt(k))) k--;
  return /[.!?…]/u.test(text[k]!);
}

/** Closing marks a sentence may end in: quotation marks, a bracket. */
const CLOSING_MARKS: ReadonlySet<number> = new Set([0x22, 0x27, 0x2019, 0x201d, 0xbb, 0x29]);

/** Can a line starting in lower case continue this block? Not after a final stop, nor a Markdown heading. */
function continues(text: string, prev: Block): boolean {
  if (endsWithStop(text, prev.span)) return false;
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
// PLACE[, REGION][, Month D | D Month | , full date] [(Agency) | Agency] – ; the place is in capitals
// (wire style), or in small letters with a date and an agency ("Accra, Jan. 21, GNA –"); or no place:
// a date and an agency ("Jan 21 (Reuters) –"). After an agency in brackets the dash may be missing:
// "NEW DELHI, Jan 21 (PTI) The court …".
const DATELINE = new RegExp(
  "^(?:(\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}?|\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2})(?:, (\\p{Lu}[\\p{L}.]+(?: \\p{Lu}[\\p{L}.]+)?))?)?" +
    // (Or a full date, read by the document date from the text: "LONDON, 9 April 2026 (PA) –".)
    "(?:(?:,? |^)(" + MONTH_ABBR + " \\d{1,2}|\\d{1,2} " + MONTH_ABBR + ")|, (?:\\p{Lu}\\p{Ll}+,? )?(?:\\d{1,2} " + MONTH_ABBR + ",? \\d{4}|" + MONTH_ABBR + " \\d{1,2},? \\d{4}))?" +
    "(?:,? ?\\(([^)\\n]{1,40})\\)|,? (\\p{Lu}[\\p{L}]{1,11})(?= [-–—]{1,2} ))?" +
    "(?:(?:[*_]{1,3})? ?[-–—]{1,2} ?|(?<=\\)) (?=\\p{Lu}))",
  "u",
);

/** Markdown emphasis a dateline may be set in: "**NAIROBI, June 19 (Reuters)** –". */
const EMPHASIS_OPEN = /^[*_]{1,3}(?=\p{Lu})/u;

/** A wire dateline at the start of the first paragraph: "KYIV, Dec 28 (Reuters) –". */
export function parseDateline(text: string, para: Span): Dateline | undefined {
  // (In Markdown emphasis, the place starts after its marks, which the dateline's span holds.)
  const marks = EMPHASIS_OPEN.exec(text.slice(para.start, para.start + 4))?.[0].length ?? 0;
  const from = para.start + marks;
  const head = text.slice(from, Math.min(para.end, from + 120));
  const m = DATELINE.exec(head);
  if (!m) return undefined;
  // Marks open and close the emphasis alike ("**…**", not "**…–").
  if (marks > 0 && !m[0].includes(text.slice(para.start, from))) return undefined;
  const place = (m[1] ?? "").trim();
  const agency = m[4] ?? m[5];
  // The place must be mostly capitals and the dateline must carry a date or an agency; a place in
  // small letters, or none, both. (A full date, no short one, is the document date's to read.)
  const fullDate = !m[3] && /\d{4}/.test(m[0]);
  const wire = place.replace(/[^\p{Lu}]/gu, "").length >= 2;
  if (wire ? !m[3] && !agency : !(m[3] || fullDate) || !agency) return undefined;
  if (!place && m[3] === undefined) return undefined;
  const placeStart = from;
  const dateline: Dateline = {
    span: { start: para.start, end: from + m[0].length },
    place,
    placeSpan: { start: placeStart, end: placeStart + place.length },
    ...(m[3]
      ? (() => {
          const at = from + head.indexOf(m[3]!, place.length);
          return { dateText: m[3]!, dateSpan: { start: at, end: at + m[3]!.length } };
        })()
      : {}),
    ...(agency ? { agency } : {}),
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
