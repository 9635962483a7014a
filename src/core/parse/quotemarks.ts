import type { Paragraph, QuoteSpan } from "../model/document";

/**
 * Finds direct quotations in each paragraph: curly “…”, straight "…" and ``…'' quotes, with ‘…’ /
 * '…' nested inside them. An unclosed quote ends at its paragraph's end (it never swallows the
 * document); a paragraph that opens with a quote mark after an unclosed one continues it.
 */
export function findQuotes(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let prevUnclosed = false;
  for (const p of paragraphs) {
    if (p.kind === "heading") {
      prevUnclosed = false;
      continue;
    }
    const found = scanParagraph(text, p.span.start, p.span.end);
    let unclosed = false;
    for (const q of found) {
      const continuesPrevious = prevUnclosed && q.depth === 0 && q.open === p.span.start;
      // An unclosed quote ends where the quote around it closes, else at the paragraph's end.
      const end = q.close ?? q.limit ?? p.span.end;
      // (A mark of two characters: ``…'' as wire copy and treebanks write them.)
      const wide = q.wide === true ? 2 : 1;
      out.push({
        index: out.length,
        span: { start: q.open, end: q.close === undefined ? end : q.close + wide },
        inner: { start: q.open + wide, end },
        closed: q.close !== undefined,
        depth: q.depth,
        paragraph: p.index,
        continuesPrevious,
        wordCount: countWords(text, q.open + wide, end),
      });
      if (q.depth === 0 && q.close === undefined) unclosed = true;
    }
    prevUnclosed = unclosed;
  }
  return out;
}

interface Raw {
  open: number;
  close: number | undefined;
  /** For a quote left open inside another: where the outer one closed. */
  limit?: number;
  depth: number;
  /** Opened by ``, closed by '' (marks of two characters). */
  wide?: boolean;
}

/** "the '80s": an apostrophe, not a quote. */
const DECADE = /^\d\ds\b/;

/** Deeper nesting than this is noise (a run of stray marks); further openers are ignored. */
const MAX_DEPTH = 6;

const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
const OPEN_CONTEXT_RE = /[\s(\[{\u2014\u2013\-:;,/]/u;
const isWordChar = (c: string | undefined): boolean => c !== undefined && WORD_CHAR_RE.test(c);
const isOpenContext = (c: string | undefined): boolean => c === undefined || OPEN_CONTEXT_RE.test(c) || c === "“" || c === "\"";

/**
 * The quotation marks the scan acts on (" ' ` « » „ ‘ ’ “ ” and the others from U+2018 to U+201E), and
 * line breaks: a scan for the next of them stops at the end of the paragraph's line at the latest.
 */
const MARK_OR_BREAK_RE = /["'`\u00ab\u00bb\u2018-\u201e\n\r]/g;

function scanParagraph(text: string, start: number, end: number): Raw[] {
  const out: Raw[] = [];
  // Stack of open quotes: kind "d" (double) or "s" (single), and the mark that opened it.
  const stack: { kind: "d" | "s"; mark: string; raw: Raw }[] = [];
  for (let i = start; i < end; i++) {
    // Most characters are no quotation mark: jump to the next one (or line break).
    MARK_OR_BREAK_RE.lastIndex = i;
    if (!MARK_OR_BREAK_RE.test(text)) break;
    i = MARK_OR_BREAK_RE.lastIndex - 1;
    if (i >= end) break;
    const c = text[i]!;
    if (c === "\n" || c === "\r") continue;
    const prev = i > start ? text[i - 1] : undefined;
    const next = i + 1 < end ? text[i + 1] : undefined;
    const top = stack[stack.length - 1];
    if (c === "`") {
      // ``…'': a double quotation in wire copy and treebank text. A lone ` is no mark.
      if (next === "`") {
        // A `` while one is open reopens the quotation in a new paragraph that the text lost (its
        // closing '' comes at the end of the last one): the open one ends here, unclosed.
        const k = stack.findIndex((x) => x.mark === "``");
        if (k >= 0) {
          for (let j = k; j < stack.length; j++) stack[j]!.raw.limit = i;
          stack.length = k;
        }
        openQuote("d", i, "``");
        i++;
      }
    } else if (c === "'" && next === "'" && stack.some((s) => s.mark === "``")) {
      closeQuote("d", i);
      i++;
    } else if (c === "“" && top?.mark === "„") {
      // German style: „…“
      closeQuote("d", i);
    } else if (c === "“" || c === "«" || c === "„") {
      openQuote("d", i, c);
    } else if (c === "”" || c === "»") {
      closeQuote("d", i);
    } else if (c === "\"") {
      // Straight double quotes toggle: close the open one, else open — but 6" is an inch mark.
      if (stack.some((s) => s.kind === "d")) closeQuote("d", i);
      else if (!(prev !== undefined && /\d/.test(prev)) && !strayClosing(text, start, i)) openQuote("d", i, c);
    } else if (c === "‘") {
      if (stack.some((s) => s.kind === "d") || isOpenContext(prev)) openQuote("s", i, c);
    } else if (c === "’" || c === "'") {
      // An apostrophe sits between letters ("Ukraine’s", "don't"); a closing single quote does not.
      if (top?.kind === "s" && !(isWordChar(prev) && isWordChar(next))) closeQuote("s", i);
      else if (c === "'" && stack.some((s) => s.kind === "d") && isOpenContext(prev) && isWordChar(next) && !DECADE.test(text.slice(i + 1, i + 5))) {
        openQuote("s", i, c);
      }
    }
  }
  // Anything still open runs to the end of the paragraph.
  return out.sort((a, b) => a.open - b.open);

  function openQuote(kind: "d" | "s", at: number, mark: string): void {
    if (stack.length >= MAX_DEPTH) return;
    const raw: Raw = mark === "``" ? { open: at, close: undefined, depth: stack.length, wide: true } : { open: at, close: undefined, depth: stack.length };
    stack.push({ kind, mark, raw });
    out.push(raw);
  }
  function closeQuote(kind: "d" | "s", at: number): void {
    // Close the innermost quote of this kind; inner ones left open close with it.
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k]!.kind === kind) {
        stack[k]!.raw.close = at;
        for (let j = k + 1; j < stack.length; j++) stack[j]!.raw.limit = at;
        stack.length = k;
        return;
      }
    }
  }
}

/**
 * A straight " at `i` with a space after it, right after a sentence's end ("…that day has come. " In
 * that same letter, Jobs stated …"): the closing mark of a quotation opened in an earlier paragraph,
 * not an opening one (an opening mark stands before the quoted words).
 */
function strayClosing(text: string, start: number, i: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (!(next === 0x20 || next === 0x0a || next === 0x0d || next !== next)) return false;
  let k = i - 1;
  while (k >= start && text.charCodeAt(k) === 0x20) k--;
  const p = text.charCodeAt(k);
  return k >= start && (p === 0x2e || p === 0x21 || p === 0x3f || p === 0x2026);
}

/** The number of words (a letter or digit, then letters, digits, apostrophes, dots, hyphens) in text[from, to). */
function countWords(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    let alnum: boolean;
    if (c < 128) alnum = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A character outside the BMP (a surrogate pair): test it whole.
      alnum = WORD_CHAR_RE.test(text.slice(i, i + 2));
      i++;
    } else alnum = WORD_CHAR_RE.test(text[i]!);
    if (inWord && (alnum || c === 39 || c === 0x2019 || c === 46 || c === 45)) continue;
    inWord = alnum;
    if (alnum) n++;
  }
  return n;
}
