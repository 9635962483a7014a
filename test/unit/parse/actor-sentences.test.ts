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

describe("actor sentences: candidates in an incremental session", () => {
  const text = [
    "ACCRA, March 3 (Reuters) – Ghana’s finance ministry said the Bank of Ghana would cut rates.",
    "“We are confident,” said Finance Minister Kwame Mensah. He added that the IMF agreed.",
    "The World Food Programme (WFP) warned of shortages, WFP spokesperson Jane Roe said.",
  ].join("\n");
  const kb = kbView(KnowledgeBase.bundled());
  const other = kbView(KnowledgeBase.fromFiles([{ entries: [{ type: "person", name: "Kwame Mensah" }] }]));

  it("gives the candidates of a computation without the session, run after run and for another knowledge base", () => {
    const doc = parseDocument(text);
    const plain = actorSentences(doc).map((s) => sentenceCandidates(s, kb));
    const store = new MemoStore();
    const first = withMemo(store, () => actorSentences(doc).map((s) => sentenceCandidates(s, kb)));
    store.endRun();
    const second = withMemo(store, () => actorSentences(doc).map((s) => sentenceCandidates(s, kb)));
    store.endRun();
    assert.deepEqual(first, plain);
    assert.deepEqual(second, plain);
    // Another knowledge base: found anew.
    const third = withMemo(store, () => actorSentences(doc).map((s) => sentenceCandidates(s, other)));
    assert.deepEqual(third, actorSentences(doc).map((s) => sentenceCandidates(s, other)));
    assert.notDeepEqual(third, first);
  });

  it("places the candidates of sentences that moved where they are now", () => {
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

describe("actor sentences: the previous run's kept in an incremental session", () => {
  const PARAGRAPHS = [
    "ACCRA, March 3 (Reuters) – Ghana’s finance ministry said the Bank of Ghana would cut rates.",
    "“We are confident,” said Finance Minister Kwame Mensah. He added that the IMF agreed.",
    "Prices went up. The World Food Programme (WFP) warned of shortages, WFP spokesperson Jane Roe said.",
    "“This quotation opens and never closes",
    "and carries on here,” she said. Osei’s staff said the deal was off.",
    "A Heading",
    "The last paragraph’s sentence.",
  ];
  /** What a sentence is, in document offsets: independent of where its tokens were made. */
  const view = (doc: ReturnType<typeof parseDocument>, session: MemoStore | undefined) => {
    const run = () => actorSentences(doc).map((s) => ({ index: s.index, heading: s.heading, quoted: s.quoted.map((q) => q === true), tokens: s.tokens.toArray().map((t) => ({ ...t, start: t.start + s.base, end: t.end + s.base })) }));
    return session ? withMemo(session, run) : run();
  };

  it("keeps the sentences of paragraphs before an edit as they were, and moves those after it", () => {
    const text = PARAGRAPHS.join("\n");
    const store = new MemoStore();
    store.beginText(text, "");
    const first = withMemo(store, () => actorSentences(parseDocument(text)));
    store.endRun();
    const edited = text.replace("Prices went up", "Prices went way up");
    store.beginText(edited, text);
    const doc = parseDocument(edited);
    const second = withMemo(store, () => actorSentences(doc));
    store.endRun();
    const delta = edited.length - text.length;
    const para = (i: number) => doc.paragraphs[doc.sentences[i]!.paragraph]!.index;
    second.forEach((s, i) => {
      // (The first paragraph's sentence holds the dateline: made anew.)
      if (para(i) === 1) assert.equal(s, first[i], `sentence ${i} kept`);
      else if (para(i) >= 3) {
        assert.notEqual(s, first[i]);
        assert.equal(s.local, first[i]!.local, `sentence ${i}: the same tokens`);
        assert.equal(s.base, first[i]!.base + delta);
        assert.equal(s.sentence, doc.sentences[i]);
      }
    });
    assert.deepEqual(view(doc, undefined), withMemo(new MemoStore(), () => view(doc, undefined)));
    assert.deepEqual(second.map((s) => ({ index: s.index, heading: s.heading, quoted: s.quoted.map((q) => q === true), tokens: s.tokens.toArray().map((t) => ({ ...t, start: t.start + s.base, end: t.end + s.base })) })), view(doc, undefined));
  });

  it("gives the sentences a one-off computation gives, after each of many random edits", () => {
    const r = rng(21);
    const store = new MemoStore();
    let text = PARAGRAPHS.join("\n");
    let previous = "";
    for (let n = 0; n < 150; n++) {
      const p = Math.floor(r() * (text.length + 1));
      const piece = PIECES[Math.floor(r() * PIECES.length)]!;
      text = r() < 0.6 ? text.slice(0, p) + piece + text.slice(p) : text.slice(0, p) + text.slice(p + 1 + Math.floor(r() * 3));
      store.beginText(text, previous);
      const doc = parseDocument(text);
      try {
        assert.deepEqual(view(doc, store), view(doc, undefined), JSON.stringify(text));
      } finally {
        store.endRun();
      }
      previous = text;
    }
  });
});
