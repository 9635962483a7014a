import { diffOf, inMemoSession } from "../memo";

/**
 * Reuse of a rule's previous results while the editor re-analyses: which items of the previous
 * run (figures, frames, dates …) reappear unchanged before the edit, or unchanged but moved by
 * what the edit added or removed after it, and the window of the new text around the edit that
 * holds everything else. An item whose reading (the text and the items it depends on) lies wholly
 * outside that window gives the result it gave before, moved by the same amount when after it.
 *
 * Items are compared, never assumed equal, by what the rule reads of them (their rows, Signer): an
 * item of a list kept at the start (`head`) has the row the previous run's item at the same index
 * had and reads only text before the edit; one kept at the end (`tail`) has the row of the previous
 * run's item as many places from the end, its offsets moved by `shift`, and reads only text after
 * the edit. Every other item, of this run or the previous one, widens the window to cover what it
 * reads. The KeptMatches below do the same for the matches of a regex over the whole text.
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
}

/**
 * How a rule reads the items of a list, as rows of numbers: for each item, `moves.length` numbers
 * (offsets into the text, which move with it, -1 for none; or other numbers, which do not), and
 * labels of the item itself compared with === (strings, kinds: `sameLabels`). The first two numbers
 * are where what the rule reads for the item starts and ends. The rule's result for an item
 * depends only on its row, its labels and the text it reads.
 */
export interface Signer<T> {
  /** Per number of a row: whether it is an offset. */
  readonly moves: readonly boolean[];
  /** Writes the row of `x` at `nums[at…]`. */
  readonly sign: (x: T, nums: Int32Array, at: number) => void;
  /** Whether `a` and `b` have the same labels (===): properties of the items alone, which never change (results are never mutated). */
  readonly sameLabels?: (a: T, b: T) => boolean;
  /**
   * What a row reads besides its item, when anything: a list (the document's sentences) and the
   * place in it an item's row reads (`sign` reads nothing else of the run). A row is then the
   * previous run's when its item is the previous run's object and so is what it reads there.
   */
  readonly basis?: { readonly list: readonly unknown[]; readonly of: (x: T) => number };
}

/**
 * The rows of a list's items (Signer), and the items, whose labels are compared (the list of the
 * previous analysis, alive while the editor keeps it): kept from one run to the next, so a run
 * compares rows and labels, not offsets of the previous run's objects.
 */
export class Rows<T = unknown> {
  constructor(
    readonly count: number,
    readonly nums: Int32Array,
    readonly items: readonly T[],
    private readonly width: number,
    /** The list the rows read besides their items (`Signer.basis`). */
    readonly basis: readonly unknown[] | undefined,
  ) {}

  /** Where what the rule reads for item `i` starts and ends. */
  start(i: number): number {
    return this.nums[i * this.width]!;
  }

  end(i: number): number {
    return this.nums[i * this.width + 1]!;
  }

  /** Number `k` of item `i`'s row. */
  num(i: number, k: number): number {
    return this.nums[i * this.width + k]!;
  }
}

/** The rows of `items`, by `signer`. */
export function rowsOf<T>(items: readonly T[], signer: Signer<T>): Rows<T> {
  const width = signer.moves.length;
  const nums = new Int32Array(items.length * width);
  for (let i = 0; i < items.length; i++) signer.sign(items[i]!, nums, i * width);
  return new Rows(items.length, nums, items, width, signer.basis?.list);
}

/** The items of a list kept from the previous run: how many at the start, as they were, and at the end, moved. */
export interface Kept<T = unknown> {
  readonly head: number;
  readonly tail: number;
  /** This run's rows. */
  readonly rows: Rows<T>;
}

/**
 * The items of `next` kept from the previous run (whose rows are `prev`) at the start — the same
 * row, reading only text before the edit — and at the end — the row moved by the edit, reading
 * only text after it; every other item, of this run or the previous one, widens `change`'s window.
 */
export function matchRows<T>(prev: Rows<T>, next: readonly T[], signer: Signer<T>, change: Change): Kept<T> {
  const width = signer.moves.length;
  const n = next.length;
  const m = prev.count;
  const max = Math.min(n, m);
  const b = prev.nums;
  // Before the edit, the previous run's items reading what they read then (usually the first
  // half of the list): their rows are the previous ones, copied rather than made and compared.
  let head = 0;
  while (head < max && next[head] === prev.items[head] && b[head * width + 1]! <= change.same && sameBasis(signer, prev, next[head]!)) head++;
  const a = new Int32Array(n * width);
  a.set(b.subarray(0, head * width));
  for (let i = head; i < n; i++) signer.sign(next[i]!, a, i * width);
  const rows = new Rows(n, a, next, width, signer.basis?.list);
  // Then the same rows (no offset moved).
  while (head < max && a[head * width + 1]! <= change.same && sameRow(a, b, head * width, head * width, width, signer.moves, 0) && sameLabels(signer, next[head]!, prev.items[head]!)) head++;
  let tail = 0;
  const shift = change.shift;
  while (
    tail < max - head &&
    a[(n - 1 - tail) * width]! >= change.sameEnd &&
    sameRow(a, b, (n - 1 - tail) * width, (m - 1 - tail) * width, width, signer.moves, shift) &&
    sameLabels(signer, next[n - 1 - tail]!, prev.items[m - 1 - tail]!)
  )
    tail++;
  for (let i = head; i < n - tail; i++) change.add(a[i * width]!, a[i * width + 1]!);
  for (let j = head; j < m - tail; j++) change.addOld(b[j * width]!, b[j * width + 1]!);
  return { head, tail, rows };
}

/** Whether the row at `a[i…]` is the one at `b[j…]`, its offsets moved by `shift` (-1, none, stays -1). */
function sameRow(a: Int32Array, b: Int32Array, i: number, j: number, width: number, moves: readonly boolean[], shift: number): boolean {
  for (let k = 0; k < width; k++) {
    const x = a[i + k]!;
    const y = b[j + k]!;
    if (x === y ? shift !== 0 && moves[k] && y !== -1 : !moves[k] || x === -1 || y === -1 || x !== y + shift) return false;
  }
  return true;
}

/** Whether item `x` reads the same object of its signer's `basis` as it read in the previous run (`prev`), if it reads one. */
function sameBasis<T>(signer: Signer<T>, prev: Rows<T>, x: T): boolean {
  const basis = signer.basis;
  if (basis === undefined) return true;
  const k = basis.of(x);
  const read = basis.list[k];
  return read !== undefined && prev.basis !== undefined && prev.basis[k] === read;
}

/** Whether two items have the same labels: an item the same object as the previous run's has. */
function sameLabels<T>(signer: Signer<T>, x: T, y: T): boolean {
  return x === y || signer.sameLabels === undefined || signer.sameLabels(x, y);
}

/** Writes span `s` (or -1, -1 for none) at `nums[at]`. */
export function putSpan(nums: Int32Array, at: number, s: { readonly start: number; readonly end: number } | undefined): void {
  nums[at] = s ? s.start : -1;
  nums[at + 1] = s ? s.end : -1;
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
