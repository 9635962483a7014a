import { diffOf, inMemoSession } from "../memo";

/**
 * Reuse of a rule's previous results while the editor re-analyses: which items of the previous
 * run (figures, frames, dates …) reappear unchanged before the edit, or unchanged but moved by
 * what the edit added or removed after it, and the window of the new text around the edit that
 * holds everything else. An item whose reading (the text and the items it depends on) lies wholly
 * outside that window gives the result it gave before, moved by the same amount when after it.
 *
 * Items are compared, never assumed equal: an item of a list that kept its place at the start
 * (`head`) equals the previous run's item at the same index, reads only text before the edit, and
 * its offsets are the same; one at the end (`tail`) equals the previous run's item as many places
 * from the end, reads only text after the edit, and its offsets are moved by `shift`. Every other
 * item, of this run or the previous one, widens the window to cover what it reads.
 */
export class Change {
  /** Where the edit starts: text before it is the same in both runs. */
  readonly same: number;
  /** Where the text after the edit starts in this run, and in the previous one. */
  readonly sameEnd: number;
  readonly oldSameEnd: number;
  /** What the edit added (negative: removed). */
  readonly shift: number;
  /** The window of this run's text around the edit that holds every changed item: [lo, hi). */
  lo: number;
  hi: number;

  constructor(previousText: string, text: string) {
    const d = diffOf(previousText, text);
    this.same = d.same;
    this.sameEnd = d.sameEnd;
    this.shift = text.length - previousText.length;
    this.oldSameEnd = d.sameEnd - this.shift;
    this.lo = d.same;
    this.hi = d.sameEnd;
  }

  /** Widens the window to [start, end) of this run's text. */
  add(start: number, end: number): void {
    if (start < this.lo) this.lo = start;
    if (end > this.hi) this.hi = end;
  }

  /** Widens the window to [start, end) of the previous run's text, as it lies in this run's. */
  addOld(start: number, end: number): void {
    this.add(start < this.same ? start : start >= this.oldSameEnd ? start + this.shift : this.same, end <= this.same ? end : end >= this.oldSameEnd ? end + this.shift : this.sameEnd);
  }

  /** Whether [start, end) of this run's text lies before the window (-1), after it (1), or meets it (0). */
  side(start: number, end: number): -1 | 0 | 1 {
    return end <= this.lo ? -1 : start >= this.hi ? 1 : 0;
  }
}

/**
 * How a rule reads an item of a list: the part of the text its result depends on, in this run and
 * the previous one; and whether an item is kept: the previous run's item (equal, with its offsets
 * moved by `shift`), reading only text before `same` (at the start: where what it reads ends, else
 * -1) or from `sameEnd` on (at the end: where what it reads starts, else -1). Called for most
 * items of long lists on every keystroke, so each reading tests these in one call.
 */
export interface ItemReading<T> {
  readonly start: (x: T) => number;
  readonly end: (x: T) => number;
  readonly oldStart: (x: T) => number;
  readonly oldEnd: (x: T) => number;
  readonly keptBefore: (x: T, old: T, same: number) => number;
  readonly keptAfter: (x: T, old: T, shift: number, sameEnd: number) => number;
}

/** The items of a list kept from the previous run, and where what they read lies. */
export interface Kept {
  /** How many items at the start, and where what each reads ends. */
  readonly head: number;
  readonly headEnds: Int32Array;
  /** How many items at the end, and where what each reads starts, the last item first. */
  readonly tail: number;
  readonly tailStarts: Int32Array;
}

/** The items of `next` kept from `prev` at the start and at the end; every other item widens `change`'s window. */
export function matchItems<T>(prev: readonly T[], next: readonly T[], change: Change, r: ItemReading<T>): Kept {
  const n = next.length;
  const m = prev.length;
  const max = Math.min(n, m);
  const headEnds = new Int32Array(max);
  let head = 0;
  for (let e: number; head < max && (e = r.keptBefore(next[head]!, prev[head]!, change.same)) >= 0; head++) headEnds[head] = e;
  const tailStarts = new Int32Array(max - head);
  let tail = 0;
  for (let s: number; tail < max - head && (s = r.keptAfter(next[n - 1 - tail]!, prev[m - 1 - tail]!, change.shift, change.sameEnd)) >= 0; tail++) tailStarts[tail] = s;
  for (let i = head; i < n - tail; i++) change.add(r.start(next[i]!), r.end(next[i]!));
  for (let i = head; i < m - tail; i++) change.addOld(r.oldStart(prev[i]!), r.oldEnd(prev[i]!));
  return { head, headEnds, tail, tailStarts };
}

/** Whether span `a` is span `b` moved by `shift`. */
export function movedSpan(a: { readonly start: number; readonly end: number }, b: { readonly start: number; readonly end: number }, shift: number): boolean {
  return a.start === b.start + shift && a.end === b.end + shift;
}

/** A match of a global regex: its groups and where it starts. */
export type Hit = readonly (string | undefined)[] & { readonly index: number };

/**
 * The matches of a global regex over a whole text, as `exec` finds them one after the other. While
 * the editor re-analyses, those of the previous text are kept before and after the edit, and only
 * the stretch between the nearest `barrier` characters around the edit is searched again: a
 * barrier is a character no match can hold, so a search that restarts after one finds what the
 * search of the whole text finds after it, and matches on either side of one do not interact.
 */
export class KeptMatches {
  private last: { readonly text: string; readonly hits: readonly Hit[] } | undefined;
  private readonly re: RegExp;

  /** `scan(text)` finds the same matches as `re` (global) does, perhaps faster on a whole text. */
  constructor(re: RegExp, private readonly barrier: (code: number) => boolean, private readonly scan: (text: string) => readonly Hit[]) {
    this.re = new RegExp(re.source, re.flags);
  }

  in(text: string): readonly Hit[] {
    if (!inMemoSession()) return this.scan(text);
    const last = this.last;
    let hits: readonly Hit[];
    if (!last) hits = this.scan(text);
    else if (last.text === text) hits = last.hits;
    else {
      const d = diffOf(last.text, text);
      const shift = text.length - last.text.length;
      // The nearest barriers before and after the edit (or the text's ends): the same characters in both texts.
      let lo = d.same - 1;
      while (lo >= 0 && !this.barrier(text.charCodeAt(lo))) lo--;
      let hi = d.sameEnd;
      while (hi < text.length && !this.barrier(text.charCodeAt(hi))) hi++;
      const out: Hit[] = [];
      let k = 0;
      for (; k < last.hits.length && last.hits[k]!.index < lo; k++) out.push(last.hits[k]!);
      // Up to and with the barrier after the edit: nothing a match there reads lies beyond it.
      const within = text.slice(0, hi + 1);
      this.re.lastIndex = lo + 1;
      let m: RegExpExecArray | null;
      while ((m = this.re.exec(within))) {
        if (m[0].length === 0) this.re.lastIndex++;
        out.push(m);
      }
      for (; k < last.hits.length; k++) {
        const h = last.hits[k]!;
        if (h.index > hi - shift) out.push(shift === 0 ? h : Object.assign(h.slice(), { index: h.index + shift }));
      }
      hits = out;
    }
    this.last = { text, hits };
    return hits;
  }
}
