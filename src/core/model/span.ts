/** A half-open range of UTF-16 code unit offsets into the original text (BOM and CRLF included). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

export function spanText(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}

/**
 * `s` with each run of two or more white-space characters one space: for names and texts shown
 * to the user (a hard-wrapped paragraph's "\r\n", read as two spaces, or its indentation).
 */
export function oneSpaced(s: string): string {
  return MANY_SPACES.test(s) ? s.replace(MANY_SPACES_G, " ") : s;
}
const MANY_SPACES = /\s{2}/u;
const MANY_SPACES_G = /\s{2,}/gu;

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function containsOffset(s: Span, offset: number): boolean {
  return s.start <= offset && offset < s.end;
}

/** Whether the items' starts never decrease (the order a stable sort by start leaves). */
export function startsInOrder(items: readonly { readonly span: Span }[]): boolean {
  for (let i = 1; i < items.length; i++) if (items[i]!.span.start < items[i - 1]!.span.start) return false;
  return true;
}

/** How many of `items` (sorted by span start) start at or before `offset`: binary search. */
export function countStartingAtOrBefore(items: readonly { readonly span: Span }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.span.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Position as VS Code counts it: 0-based line, UTF-16 character. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/**
 * Maps offsets to line/character and back. Lines end at \n, \r\n or \r, as in VS Code.
 * Built once per text; lookups are binary searches.
 */
export class LineIndex {
  /** Where each line starts (typed: the editor makes a long text's index again on every keystroke). */
  private readonly starts: Int32Array;

  constructor(
    private readonly text: string,
    starts?: Int32Array,
  ) {
    if (starts) {
      this.starts = starts;
      return;
    }
    const found = [0];
    scanLines(text, 0, text.length, found);
    this.starts = Int32Array.from(found);
  }

  /**
   * The index of `text`, given that of an earlier version of it (the editor's previous text): the
   * line starts in what the two share at the start are kept, those in what they share at the end
   * moved, and only the part between is scanned. The same as `new LineIndex(text)`.
   */
  static reusing(previous: LineIndex, text: string, same: number, sameEnd: number): LineIndex {
    const old = previous.starts;
    const shift = text.length - previous.text.length;
    // A start s depends on the characters at s - 1 and s: kept while both are in the shared start.
    const from = Math.max(0, same - 1);
    let kept = 0;
    while (kept < old.length && old[kept]! <= from) kept++;
    // Scan until the shared end (one character into it, out of any "\r\n"), then move the rest.
    const middle: number[] = [];
    const i = scanLines(text, from, Math.min(text.length, sameEnd + 1), middle);
    let k = old.length;
    while (k > 0 && old[k - 1]! > i - shift) k--;
    const starts = new Int32Array(kept + middle.length + old.length - k);
    starts.set(old.subarray(0, kept));
    for (let j = 0; j < middle.length; j++) starts[kept + j] = middle[j]!;
    for (let at = kept + middle.length; k < old.length; k++, at++) starts[at] = old[k]! + shift;
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))] ?? 0;
  }

  /** Offset of the end of the line's content (before its line break). */
  lineEnd(line: number): number {
    const next = this.starts[line + 1];
    if (next === undefined) return this.text.length;
    let end = next;
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    const character = Math.min(o, this.lineEnd(lo)) - (this.starts[lo] ?? 0);
    return { line: lo, character };
  }

  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.lineStart(pos.line);
    return Math.min(start + Math.max(0, pos.character), this.lineEnd(pos.line));
  }

  rangeOf(s: Span): Range {
    return { start: this.positionAt(s.start), end: this.positionAt(s.end) };
  }
}

/** Pushes the line starts after the line breaks in text[from, to); returns where it stopped (to, or one past a "\r\n" ending there). */
function scanLines(text: string, from: number, to: number, starts: number[]): number {
  // To the end of a text without a "\r": the line feeds by `indexOf` (a native scan, ten times a
  // loop's speed; not for a part of the text, where the search for a "\r" might read on far past it).
  if (to === text.length && text.indexOf("\r", from) < 0) {
    for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    return to;
  }
  let i = from;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return i;
}
