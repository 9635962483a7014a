import type { Span } from "../../model/span";

/** The most spans a block holds before it is split in two. */
const BLOCK = 512;

/**
 * Disjoint spans in text order, for "does this span overlap one taken already": a sorted array cut
 * into blocks of at most BLOCK spans, so that adding a span in the middle moves the spans of one
 * block, not of the whole text (a long article has tens of thousands of mentions, and the later
 * passes add theirs all over it).
 *
 * The spans are disjoint, so sorted by start they are sorted by end too; the searches below rely
 * on that.
 */
export class DisjointSpans {
  /** Non-empty blocks, each sorted, in text order. */
  private readonly blocks: Span[][] = [];

  get size(): number {
    let n = 0;
    for (const b of this.blocks) n += b.length;
    return n;
  }

  /** The spans overlapping `span`, in text order. */
  overlapping(span: Span): Span[] {
    const out: Span[] = [];
    let bi = this.blockEndingAfter(span.start);
    if (bi >= this.blocks.length) return out;
    let k = firstEndingAfter(this.blocks[bi]!, span.start);
    for (; bi < this.blocks.length; bi++, k = 0) {
      const b = this.blocks[bi]!;
      for (; k < b.length; k++) {
        if (b[k]!.start >= span.end) return out;
        out.push(b[k]!);
      }
    }
    return out;
  }

  /** Whether a span overlaps `span`. */
  overlaps(span: Span): boolean {
    const first = this.firstEndingAfter(span.start);
    return first !== undefined && first.start < span.end;
  }

  /** Whether a span that does not start at `start` overlaps `span` (`overlapping` without the list). */
  overlapsStartingElsewhere(span: Span, start: number): boolean {
    const blocks = this.blocks;
    let bi = this.blockEndingAfter(span.start);
    if (bi >= blocks.length) return false;
    let k = firstEndingAfter(blocks[bi]!, span.start);
    const first = blocks[bi]![k]!;
    if (first.start >= span.end) return false;
    if (first.start !== start) return true;
    // The spans are disjoint: only the first can start at `start`. Does a second one overlap?
    if (++k === blocks[bi]!.length) {
      bi++;
      k = 0;
    }
    const second = blocks[bi]?.[k];
    return second !== undefined && second.start < span.end;
  }

  /** Adds `span`, which overlaps none of the spans. */
  add(span: Span): void {
    const blocks = this.blocks;
    let bi = this.blockEndingAfter(span.start);
    if (bi === blocks.length) {
      // After every span: at the end of the last block (most spans come in text order).
      if (bi === 0) {
        blocks.push([span]);
        return;
      }
      bi--;
    }
    const b = blocks[bi]!;
    // Inserted by moving the spans after it up one place (a splice would make a list of none removed).
    const at = firstEndingAfter(b, span.start);
    let k = b.length;
    b.push(span);
    for (; k > at; k--) b[k] = b[k - 1]!;
    b[at] = span;
    if (b.length > BLOCK) blocks.splice(bi + 1, 0, b.splice(b.length >> 1));
  }

  /** Removes `span` itself (the same object) when it is the first span ending after its start. */
  remove(span: Span): void {
    const bi = this.blockEndingAfter(span.start);
    const b = this.blocks[bi];
    if (!b) return;
    const k = firstEndingAfter(b, span.start);
    if (b[k] !== span) return;
    b.splice(k, 1);
    if (b.length === 0) this.blocks.splice(bi, 1);
  }

  /** The first span ending after `at`. */
  private firstEndingAfter(at: number): Span | undefined {
    const b = this.blocks[this.blockEndingAfter(at)];
    return b?.[firstEndingAfter(b, at)];
  }

  /** The first block whose last span ends after `at` (blocks.length when none does). */
  private blockEndingAfter(at: number): number {
    const blocks = this.blocks;
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const b = blocks[mid]!;
      if (b[b.length - 1]!.end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The index of the first of the sorted, disjoint `spans` that ends after `at`. */
function firstEndingAfter(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
