import { strict as assert } from "node:assert";
import { anchor, describeSpan } from "../../../src/core/annotations/anchoring";

/** A small deterministic PRNG (mulberry32), so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = "the minister said growth reached percent million ministry officials on Monday added that exports fell while prices rose sharply".split(" ");

function article(r: () => number): string {
  const lines: string[] = [];
  for (let l = 0; l < 12; l++) {
    const n = 8 + Math.floor(r() * 12);
    const ws: string[] = [];
    for (let i = 0; i < n; i++) ws.push(r() < 0.15 ? String(Math.floor(r() * 100)) : WORDS[Math.floor(r() * WORDS.length)]!);
    lines.push(ws.join(" ") + ".");
  }
  return lines.join(r() < 0.3 ? "\r\n" : "\n") + "\n";
}

describe("annotations: anchoring under random edits", () => {
  it("never throws, stays in bounds, and follows edits made away from the target exactly", () => {
    const r = rng(20260101);
    for (let round = 0; round < 300; round++) {
      const text = article(r);
      const start = Math.floor(r() * (text.length - 20));
      const end = start + 3 + Math.floor(r() * 15);
      const target = describeSpan(text, { start, end });
      // One random edit: insert, delete or replace somewhere.
      const at = Math.floor(r() * text.length);
      const del = r() < 0.5 ? 0 : Math.floor(r() * 10);
      const ins = r() < 0.3 ? "" : "new words " + Math.floor(r() * 100) + " ";
      const editEnd = Math.min(text.length, at + del);
      const edited = text.slice(0, at) + ins + text.slice(editEnd);
      const result = anchor(edited, target);
      if (result.status === "anchored") {
        assert.ok(result.span.start >= 0 && result.span.start <= result.span.end && result.span.end <= edited.length, `round ${round}: out of bounds`);
      }
      // An edit well away from the target and its context leaves it anchored to the same text.
      const clear = editEnd < start - 40 || at > end + 40;
      if (clear) {
        assert.equal(result.status, "anchored", `round ${round}: lost a target the edit did not touch`);
        if (result.status !== "anchored") continue;
        assert.equal(edited.slice(result.span.start, result.span.end), target.quote.exact, `round ${round}`);
        const shift = editEnd <= start ? ins.length - (editEnd - at) : 0;
        assert.equal(result.span.start, start + shift, `round ${round}: anchored to another copy`);
      }
    }
  });
});
