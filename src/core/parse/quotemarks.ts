import type { Paragraph, QuoteSpan } from "../model/document";

/**
 * Finds direct quotations in each paragraph: curly “…” and straight "…" quotes, with ‘…’ / '…'
 * nested inside them. An unclosed quote ends at its paragraph's end (it never swallows the
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
    const words = found.length > 0 ? wordCounter(text, p.span.start, p.span.end) : undefined;
    let unclosed = false;
    for (const q of found) {
      const continuesPrevious = prevUnclosed && q.depth === 0 && q.open === p.span.start;
      out.push({
        index: out.length,
        span: { start: q.open, end: q.close === undefined ? p.span.end : q.close + 1 },
        inner: { start: q.open + 1, end: q.close === undefined ? p.span.end : q.close },
        closed: q.close !== undefined,
        depth: q.depth,
        paragraph: p.index,
        continuesPrevious,
        wordCount: words!(q.open + 1, q.close ?? p.span.end),
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
  depth: number;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isOpenContext = (c: string | undefined): boolean =>
  c === undefined || /[\s(\[{\u2014\u2013\-:;,/]/u.test(c) || c === "“" || c === "\"";

function scanParagraph(text: string, start: number, end: number): Raw[] {
  const out: Raw[] = [];
  // Stack of open quotes: kind "d" (double) or "s" (single).
  const stack: { kind: "d" | "s"; raw: Raw }[] = [];
  // How many double quotes are open: `stack.some(d)` in constant time (long runs of marks stay linear).
  let openDoubles = 0;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    const prev = i > start ? text[i - 1] : undefined;
    const next = i + 1 < end ? text[i + 1] : undefined;
    const top = stack[stack.length - 1];
    if (c === "“" || c === "«" || c === "„") {
      openQuote("d", i);
    } else if (c === "”" || c === "»") {
      closeQuote("d", i);
    } else if (c === "\"") {
      // Straight double quotes toggle: close the open one, else open.
      if (openDoubles > 0) closeQuote("d", i);
      else openQuote("d", i);
    } else if (c === "‘") {
      if (openDoubles > 0 || isOpenContext(prev)) openQuote("s", i);
    } else if (c === "’" || c === "'") {
      // An apostrophe sits between letters ("Ukraine’s", "don't"); a closing single quote does not.
      if (top?.kind === "s" && !(isWordChar(prev) && isWordChar(next))) closeQuote("s", i);
      else if (c === "'" && openDoubles > 0 && isOpenContext(prev) && isWordChar(next)) openQuote("s", i);
    }
  }
  // Anything still open runs to the end of the paragraph.
  return out.sort((a, b) => a.open - b.open);

  function openQuote(kind: "d" | "s", at: number): void {
    const raw: Raw = { open: at, close: undefined, depth: stack.length };
    stack.push({ kind, raw });
    if (kind === "d") openDoubles++;
    out.push(raw);
  }
  function closeQuote(kind: "d" | "s", at: number): void {
    // Close the innermost quote of this kind; inner ones left open close with it.
    if (kind === "d" && openDoubles === 0) return;
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k]!.kind === kind) {
        stack[k]!.raw.close = at;
        for (let j = k; j < stack.length; j++) if (stack[j]!.kind === "d") openDoubles--;
        stack.length = k;
        return;
      }
    }
  }
}

const WORD_START = /[\p{L}\p{N}]/uy;
const WORD_PART = /[\p{L}\p{N}'’.-]/uy;

/**
 * `count(a, b)` is the number of words (`[\p{L}\p{N}][\p{L}\p{N}'’.-]*`) in `text.slice(a, b)`, for
 * a and b inside [start, end], in constant time after one pass over the paragraph: nested and
 * unclosed quotes all run to the paragraph end, and counting each one afresh is quadratic.
 */
function wordCounter(text: string, start: number, end: number): (a: number, b: number) => number {
  const n = end - start;
  const starts = new Int32Array(n + 1); // words starting before each offset
  const wordEnd = new Int32Array(n); // end of the word holding each offset, or -1
  const nextLetter = new Int32Array(n + 1); // first letter or digit at or after each offset
  let i = 0;
  while (i < n) {
    if (isAt(WORD_START, text, start + i)) {
      let j = i;
      while (j < n && isAt(WORD_PART, text, start + j)) j += codeUnits(text, start + j);
      starts[i + 1] = starts[i]! + 1;
      for (let k = i + 1; k < j; k++) starts[k + 1] = starts[k]!;
      wordEnd.fill(j, i, j);
      i = j;
    } else {
      const w = Math.min(codeUnits(text, start + i), n - i);
      for (let k = i; k < i + w; k++) starts[k + 1] = starts[k]!;
      wordEnd.fill(-1, i, i + w);
      i += w;
    }
  }
  nextLetter[n] = n;
  for (let k = n - 1; k >= 0; k--) {
    const lowHalf = k > 0 && codeUnits(text, start + k - 1) === 2;
    nextLetter[k] = !lowHalf && isAt(WORD_START, text, start + k) ? k : nextLetter[k + 1]!;
  }
  return (a, b) => {
    const x = a - start;
    const y = b - start;
    if (y <= x) return 0;
    let count = starts[y]! - starts[x]!;
    // The slice starts inside a word: its rest counts as one word if it holds a letter or digit.
    const we = wordEnd[x]!;
    if (we >= 0 && starts[x + 1] === starts[x] && nextLetter[x]! < Math.min(we, y)) count++;
    return count;
  };
}

function isAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

function codeUnits(text: string, at: number): number {
  return (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
}
