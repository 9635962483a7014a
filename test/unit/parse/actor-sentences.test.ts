import { strict as assert } from "node:assert";
import { parseDocument } from "../../../src/core/parse/document";
import { actorSentences } from "../../../src/core/parse/actors/local";
import { rng } from "../random-edits";

// Which of a sentence's tokens stand inside a quotation: carried from token to token; checked
// against the plain definition (some quotation's inside holds the whole token).

const PIECES = ["Mensah", " said", " ", ", ", ". ", "“", "”", "‘", "’", "\"", "\n", "He", " the UN", "’s", " (WFP)", "—", "x"];

describe("actor sentences: quoted tokens", () => {
  it("flags a token exactly when a quotation's inside holds it, on random texts", () => {
    const r = rng(5);
    let flagged = 0;
    for (let n = 0; n < 400; n++) {
      let text = "";
      const len = 5 + Math.floor(r() * 60);
      for (let i = 0; i < len; i++) text += PIECES[Math.floor(r() * PIECES.length)]!;
      const doc = parseDocument(text);
      const inner = doc.quotes.map((q) => q.inner);
      for (const s of actorSentences(doc)) {
        s.tokens.forEach((t, i) => {
          const want = inner.some((q) => q.start <= t.start + s.base && q.end >= t.end + s.base);
          assert.equal(s.quoted[i] === true, want, JSON.stringify({ text, token: t.text, i }));
          if (want) flagged++;
        });
      }
    }
    assert.ok(flagged > 100, `only ${flagged} quoted tokens`);
  });
});
