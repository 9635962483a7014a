import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { intRng } from "../random-edits";
import { MARKER_WORDS, mayMark, tenseAt, tenseAtByRegex } from "../../../src/core/parse/dates/tense";
import { parseDocument } from "../../../src/core/parse/document";
import { scanExpressions } from "../../../src/core/parse/dates/expressions";

const REPO = path.resolve(__dirname, "../../..");

function articles(): string[] {
  const out: string[] = [];
  for (const dir of [path.join(REPO, "seeds"), path.resolve(REPO, "../shared/eval/dev")]) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(".txt")).sort()) out.push(fs.readFileSync(path.join(dir, f), "utf8"));
  }
  return out;
}

describe("tense read without reading every word", () => {
  it("passes by only words that can be no marker", () => {
    const words = [...MARKER_WORDS, "to", "as", "TO", "As", "Said", "WILL", "ed", "Ed", "bED", "walked", "WALKED", "the", "mayor", "x", "tos", "ass", "sad", "sa", "wills", "projections", "scheduler"];
    for (const w of words) {
      if (!/^[A-Za-z]+$/.test(w)) continue;
      const lower = w.toLowerCase();
      const must = lower === "to" || lower === "as" || lower.endsWith("ed") || MARKER_WORDS.includes(lower);
      const text = `(${w})`;
      if (must) assert.ok(mayMark(text, 1, 1 + w.length), w);
    }
  });

  it("finds the tense reading every word finds, at every date and at random places", () => {
    const texts = articles();
    assert.ok(texts.length > 3);
    const rnd = intRng(4242);
    let n = 0;
    for (const text of texts) {
      const doc = parseDocument(text);
      for (const s of doc.sentences) {
        const { start: from, end: to } = s.span;
        for (const e of scanExpressions(text, from, to)) {
          assert.equal(tenseAt(text, from, to, e.start, e.end), tenseAtByRegex(text, from, to, e.start, e.end), text.slice(from, to));
          n++;
        }
        // Enough places from the bundled seeds alone (the dev articles are in ../shared, which a clone may lack).
        for (let k = 0; k < 12; k++) {
          const a = from + rnd(Math.max(1, to - from));
          const b = Math.min(to + 5, a + rnd(20));
          assert.equal(tenseAt(text, from, to, a, b), tenseAtByRegex(text, from, to, a, b), JSON.stringify([text.slice(from, to), a - from, b - from]));
          n++;
        }
      }
    }
    assert.ok(n > 1000, `only ${n} places`);
  });

  it("finds the tense reading every word finds in generated clauses", () => {
    const WORDS = [...MARKER_WORDS, "to", "as", "soon", "early", "be", "been", "being", "a", "the", "its", "long-delayed", "Proposed", "PLANNED", "set", "Set", "said", "SAID", "will", "we’ll", "café’s", "Éric", "İstanbul", "which", "who", "and", "but", "or", ",", ";", "“", "”", "talks", "walked", "need", "x", "on", "May", "14", "-", "'", "’", "Ed", "ed", "mayor", "sa"];
    const gaps = [" ", " ", " ", "", ", ", "  ", "-", "\u00a0"];
    const rnd = intRng(99);
    for (let i = 0; i < 6000; i++) {
      let text = "";
      for (let k = 1 + rnd(16); k > 0; k--) text += WORDS[rnd(WORDS.length)]! + gaps[rnd(gaps.length)]!;
      const at = rnd(text.length + 1);
      const end = Math.min(text.length, at + rnd(12));
      const to = rnd(3) === 0 ? Math.max(end, text.length - rnd(10)) : text.length;
      assert.equal(tenseAt(text, 0, to, at, end), tenseAtByRegex(text, 0, to, at, end), JSON.stringify([text, at, end, to]));
    }
  });
});
