import { strict as assert } from "node:assert";
import { rng } from "../random-edits";
import { DisjointSpans } from "../../../src/core/parse/actors/spans";
import type { Span } from "../../../src/core/model/span";

/** The plain sorted array the blocks replace, as the specification. */
class Reference {
  readonly spans: Span[] = [];
  private first(at: number): number {
    let k = 0;
    while (k < this.spans.length && this.spans[k]!.end <= at) k++;
    return k;
  }
  overlapping(span: Span): Span[] {
    const out: Span[] = [];
    for (let k = this.first(span.start); k < this.spans.length && this.spans[k]!.start < span.end; k++) out.push(this.spans[k]!);
    return out;
  }
  overlaps(span: Span): boolean {
    const k = this.first(span.start);
    return k < this.spans.length && this.spans[k]!.start < span.end;
  }
  overlapsStartingElsewhere(span: Span, start: number): boolean {
    return this.overlapping(span).some((m) => m.start !== start);
  }
  add(span: Span): void {
    this.spans.splice(this.first(span.start), 0, span);
  }
  remove(span: Span): void {
    const k = this.first(span.start);
    if (this.spans[k] === span) this.spans.splice(k, 1);
  }
}

describe("disjoint spans (mention overlap index)", () => {
  it("answers as a sorted array does, over many blocks, in any order of adding and removing", () => {
    const r = rng(11);
    for (let round = 0; round < 20; round++) {
      const set = new DisjointSpans();
      const ref = new Reference();
      const added: Span[] = [];
      const limit = 5000 + Math.floor(r() * 20000);
      for (let step = 0; step < 4000; step++) {
        const start = Math.floor(r() * limit);
        const span = { start, end: start + 1 + Math.floor(r() * 12) };
        const op = r();
        if (op < 0.6) {
          assert.equal(set.overlaps(span), ref.overlaps(span));
          if (!ref.overlaps(span)) {
            set.add(span);
            ref.add(span);
            added.push(span);
          }
        } else if (op < 0.75 && added.length > 0) {
          // The same object, or an equal copy (which is not removed).
          const x = added[Math.floor(r() * added.length)]!;
          const y = r() < 0.8 ? x : { ...x };
          set.remove(y);
          ref.remove(y);
        } else {
          assert.deepEqual(set.overlapping(span), ref.overlapping(span));
          // Among them one not at the span's start, or not at a taken span's start.
          assert.equal(set.overlapsStartingElsewhere(span, span.start), ref.overlapsStartingElsewhere(span, span.start));
          const other = ref.overlapping(span)[0]?.start ?? start;
          assert.equal(set.overlapsStartingElsewhere(span, other), ref.overlapsStartingElsewhere(span, other));
          const got = set.overlapping(span);
          const want = ref.overlapping(span);
          got.forEach((g, i) => assert.equal(g, want[i]));
        }
      }
      assert.equal(set.size, ref.spans.length);
      assert.deepEqual(set.overlapping({ start: 0, end: limit + 20 }), ref.spans);
    }
  });

  it("keeps spans added in text order (the common case) and finds each again", () => {
    const set = new DisjointSpans();
    const spans: Span[] = [];
    for (let i = 0; i < 3000; i++) {
      const s = { start: i * 10, end: i * 10 + 4 };
      spans.push(s);
      set.add(s);
    }
    assert.equal(set.size, 3000);
    assert.equal(set.overlaps({ start: 5, end: 10 }), false);
    assert.equal(set.overlaps({ start: 5, end: 11 }), true);
    assert.deepEqual(set.overlapping({ start: 13, end: 31 }), [spans[1], spans[2], spans[3]]);
    for (const s of spans) set.remove(s);
    assert.equal(set.size, 0);
    assert.equal(set.overlaps({ start: 0, end: 100000 }), false);
  });
});
