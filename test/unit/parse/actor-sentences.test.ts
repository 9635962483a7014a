import { strict as assert } from "node:assert";
import { parseDocument } from "../../../src/core/parse/document";
import { actorSentences, sentenceCandidates } from "../../../src/core/parse/actors/local";
import { kbView } from "../../../src/core/parse/actors/lookup";
import { KnowledgeBase } from "../../../src/core/knowledge";
import { MemoStore, withMemo } from "../../../src/core/memo";
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
        s.tokens.toArray().forEach((t, i) => {
          const want = inner.some((q) => q.start <= t.start + s.base && q.end >= t.end + s.base);
          assert.equal(s.quoted[i] === true, want, JSON.stringify({ text, token: t.text, i }));
          if (want) flagged++;
        });
      }
    }
    assert.ok(flagged > 100, `only ${flagged} quoted tokens`);
  });
});

describe("actor sentences: placed candidates reused in an incremental session", () => {
  const text = [
    "ACCRA, March 3 (Reuters) – Ghana’s finance ministry said the Bank of Ghana would cut rates.",
    "“We are confident,” said Finance Minister Kwame Mensah. He added that the IMF agreed.",
    "The World Food Programme (WFP) warned of shortages, WFP spokesperson Jane Roe said.",
  ].join("\n");
  const kb = kbView(KnowledgeBase.bundled());
  const other = kbView(KnowledgeBase.fromFiles([{ entries: [{ type: "person", name: "Kwame Mensah" }] }]));

  it("gives the same arrays for the same sentence objects, equal to a computation without the session", () => {
    const doc = parseDocument(text);
    const plain = actorSentences(doc).map((s) => sentenceCandidates(s, kb));
    const store = new MemoStore();
    const first = withMemo(store, () => actorSentences(doc).map((s) => sentenceCandidates(s, kb)));
    store.endRun();
    const second = withMemo(store, () => actorSentences(doc).map((s) => sentenceCandidates(s, kb)));
    store.endRun();
    assert.deepEqual(first, plain);
    assert.deepEqual(second, plain);
    second.forEach((c, i) => assert.equal(c, first[i]));
    // Another knowledge base: placed anew.
    const third = withMemo(store, () => actorSentences(doc).map((s) => sentenceCandidates(s, other)));
    assert.deepEqual(third, actorSentences(doc).map((s) => sentenceCandidates(s, other)));
    third.forEach((c, i) => assert.notEqual(c, first[i]));
  });

  it("places anew the candidates of sentences that moved", () => {
    const store = new MemoStore();
    const before = withMemo(store, () => actorSentences(parseDocument(text)).map((s) => sentenceCandidates(s, kb)));
    store.endRun();
    const moved = `Intro.\n${text}`;
    const doc = parseDocument(moved);
    const after = withMemo(store, () => actorSentences(doc).map((s) => sentenceCandidates(s, kb)));
    assert.deepEqual(after, actorSentences(doc).map((s) => sentenceCandidates(s, kb)));
    assert.ok(before.length > 0 && after.slice(1).every((c) => !before.includes(c)));
  });
});

describe("actor sentences: from the document's text or from each sentence's own", () => {
  // Outside an incremental session the tokens come from the document's text (base 0); inside one,
  // from a copy of each sentence with its lookahead (base: the sentence's start). Both must give the
  // same tokens and candidates at the same places, whatever follows a sentence.
  const PIECES2 = ["Mensah", "UN", "US", " said", " ", ". ", "’s", "'", "s", "$", "3", "“", "”", "\n", "Dr", ".", "𝐀", "é", "Smith’", "Jones'", "-", "AU$", "x"];
  const kb = kbView(KnowledgeBase.bundled());
  const absolute = (text: string, session: boolean) => {
    const doc = parseDocument(text);
    const run = () =>
      actorSentences(doc).map((s) => ({
        tokens: s.tokens.toArray().map((t) => ({ ...t, start: t.start + s.base, end: t.end + s.base })),
        quoted: s.quoted,
        candidates: sentenceCandidates(s, kb),
      }));
    return session ? withMemo(new MemoStore(), run) : run();
  };
  it("gives the same tokens and candidates on random texts", () => {
    const r = rng(9);
    for (let n = 0; n < 300; n++) {
      let text = "";
      const len = 3 + Math.floor(r() * 40);
      for (let i = 0; i < len; i++) text += PIECES2[Math.floor(r() * PIECES2.length)]!;
      assert.deepEqual(absolute(text, false), absolute(text, true), JSON.stringify(text));
    }
  });
});
