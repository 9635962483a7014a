import { strict as assert } from "node:assert";
import { analyze, type AnalyzeOptions } from "../../../src/core/analyze";
import { IncrementalAnalyzer } from "../../../src/core/incremental";
import { KnowledgeBase } from "../../../src/core/knowledge";
import { MemoStore, withMemo } from "../../../src/core/memo";
import { parseDocument } from "../../../src/core/parse/document";
import { buildActors, type ActorIndex } from "../../../src/core/parse/actors/build";
import { actorBuilds, forgetBuiltActors } from "../../../src/core/parse/actors/reuse";
import { claimSteps, speakerSteps } from "../../../src/core/parse/actors";
import { rng } from "../random-edits";

// The editor's re-analysis keeps the previous run's actors when an edit changes nothing the
// document-wide passes read (parse/actors/reuse.ts). These tests check that it does keep them, that
// it builds anew when a name, a phrase or a pronoun changes, and that either way the result is a
// full analysis's.

const ARTICLE = [
  "ACCRA, March 3 (Reuters) – Ghana’s finance ministry said on Monday that the Bank of Ghana would cut rates.",
  "“We are confident,” said Finance Minister Kwame Mensah. He added that the IMF agreed. The minister’s deputy, Abena Osei, disagreed.",
  "The World Food Programme (WFP) warned of shortages. WFP spokesperson Jane Roe said: “Prices rose 12%.” It said aid would come.",
  "Prices of maize and rice went up again in the markets of the north, where traders expected a poor harvest.",
  "Mensah’s plan was criticised by the Supporters’ Trust. Dr. Katrin Huber of the U.S. Army said the president had not seen it.",
  "According to her, the army would help. Boeing said its 787 Dreamliner was delayed. Boeing’s order book grew, the company said.",
  "“This quotation opens and never closes",
  "and carries on here,” she said. Osei’s staff said the deal was off. The ministry said AU$3 was paid.",
].join("\n");

const OPTS: AnalyzeOptions = { referenceDate: "2025-03-03" };

/** Re-analyses `after` in a session that analysed `before`: whether the actors were kept, and the analysis. */
function reanalyse(before: string, after: string): { reused: boolean; inc: ReturnType<IncrementalAnalyzer["analyze"]> } {
  const inc = new IncrementalAnalyzer(OPTS);
  inc.analyze(before);
  const was = actorBuilds.reused;
  const analysis = inc.analyze(after);
  return { reused: actorBuilds.reused > was, inc: analysis };
}

const at = (needle: string): number => {
  const i = ARTICLE.indexOf(needle);
  assert.ok(i >= 0, needle);
  return i;
};
const insert = (i: number, s: string): string => ARTICLE.slice(0, i) + s + ARTICLE.slice(i);

describe("actors: the previous run's index kept after an edit", () => {
  beforeEach(() => forgetBuiltActors());

  it("keeps it after an edit inside a word no pass reads, and the result is analyze()'s", () => {
    for (const edited of [insert(at("maize"), "x"), insert(at("harvest") + 3, "vv"), ARTICLE.replace("poor", "por"), insert(at("traders"), "the ")]) {
      const { reused, inc } = reanalyse(ARTICLE, edited);
      assert.ok(reused, edited.slice(at("Prices of"), at("Prices of") + 80));
      assert.deepStrictEqual(inc, analyze(edited, OPTS));
    }
  });

  it("keeps it after an edit in a sentence with names, offices and pronouns before them and after", () => {
    // The mentions after the edit move; those before it stay.
    // The mentions after the edit move; those before it stay.
    const edits = [["disagreed", "strongly "], ["criticised", "harshly "], ["of shortages", "serious "], ["book grew", "order "], ["the army would", "really "]] as const;
    for (const [where, what] of edits) {
      const edited = insert(at(where), what);
      const { reused, inc } = reanalyse(ARTICLE, edited);
      assert.ok(reused, where);
      assert.deepStrictEqual(inc, analyze(edited, OPTS));
    }
  });

  it("builds anew when an edit changes a name, an organisation phrase, a title or a speaking pronoun", () => {
    const edits = [
      ARTICLE.replace("Kwame Mensah", "Kwame Mensa"),
      ARTICLE.replace("Abena Osei", "abena Osei"),
      ARTICLE.replace("finance ministry", "finance  ministry"),
      ARTICLE.replace("the president had", "the presidents had"),
      ARTICLE.replace("He added", "She added"),
      ARTICLE.replace("U.S. Army", "U.S. Navy"),
      // On the edges of a name: right after it, right before it.
      insert(at("Jane Roe") + "Jane Roe".length, ","),
      insert(at("Jane Roe"), " "),
    ];
    for (const edited of edits) {
      const { reused, inc } = reanalyse(ARTICLE, edited);
      assert.ok(!reused, edited);
      assert.deepStrictEqual(inc, analyze(edited, OPTS));
    }
  });

  it("builds anew when the sentences change in number or a paragraph becomes a heading", () => {
    for (const edited of [ARTICLE.replace("went up again", "went up. Again"), ARTICLE.replace("Prices of maize and rice went up again in the markets of the north, where traders expected a poor harvest.", "Maize prices")]) {
      const { reused, inc } = reanalyse(ARTICLE, edited);
      assert.ok(!reused);
      assert.deepStrictEqual(inc, analyze(edited, OPTS));
    }
  });

  it("gives the same actor objects as before to actors whose mentions and claims the edit left alone", () => {
    const inc = new IncrementalAnalyzer(OPTS);
    const first = inc.analyze(ARTICLE);
    const edited = insert(at("order book grew"), "new ");
    const was = actorBuilds.reused;
    const second = inc.analyze(edited);
    assert.ok(actorBuilds.reused > was, "actors kept");
    assert.deepStrictEqual(second, analyze(edited, OPTS));
    const same = second.actors.filter((a) => first.actors.includes(a));
    assert.ok(same.some((a) => a.name === "Kwame Mensah"), same.map((a) => a.name).join(", "));
    // Boeing's mentions ("Boeing said", "Boeing’s order book") stand before the edit: the same object.
    assert.ok(same.some((a) => a.name === "Boeing"), same.map((a) => a.name).join(", "));
    assert.ok(!same.some((a) => a.name === "Abena Osei"), "Abena Osei's mentions moved");
    // An actor whose mentions moved is a new object with the same roles and offices (not looked up again).
    const before = first.actors.find((a) => a.name === "Abena Osei");
    const after = second.actors.find((a) => a.name === "Abena Osei");
    assert.ok(before && after && before.roles.length > 0);
    assert.notEqual(after, before);
    assert.equal(after.roles, before.roles);
    assert.equal(after.offices, before.offices);
    const edit = at("order book grew");
    assert.deepStrictEqual(after.mentions.map((m) => m.span.start), before.mentions.map((m) => m.span.start + (m.span.start > edit ? 4 : 0)));
    assert.ok(before.mentions.some((m) => m.span.start > edit) && before.mentions.some((m) => m.span.start < edit));
  });

  it("keeps the claims before an edit as they were, and moves those after it", () => {
    const inc = new IncrementalAnalyzer(OPTS);
    const first = inc.analyze(ARTICLE);
    const at2 = at("maize");
    const edited = insert(at2, "new ");
    const moved = claimSteps.moved;
    const second = inc.analyze(edited);
    assert.deepStrictEqual(second, analyze(edited, OPTS));
    const before = second.claims.filter((c) => c.content.end <= at2);
    const after = second.claims.filter((c) => c.content.start > at2 + 4);
    assert.ok(before.length > 0 && after.length > 3);
    for (const c of before) assert.ok(first.claims.includes(c), c.text);
    // Those after it are new objects (their offsets moved), taken from the previous run's.
    for (const c of after) assert.ok(!first.claims.includes(c), c.text);
    assert.equal(claimSteps.moved - moved, after.length);
    // A figure typed before them: the claims after it are made anew (their figures' indices move).
    const third = inc.analyze(edited.replace("Ghana would cut rates", "Ghana would cut rates by 2%"));
    assert.deepStrictEqual(third, analyze(edited.replace("Ghana would cut rates", "Ghana would cut rates by 2%"), OPTS));
  });

  it("never changes the previous analysis it moved mentions out of", () => {
    const inc = new IncrementalAnalyzer(OPTS);
    const first = inc.analyze(ARTICLE);
    const copy = JSON.parse(JSON.stringify(first)) as unknown;
    const was = actorBuilds.reused;
    inc.analyze(insert(at("maize"), "xyz "));
    assert.ok(actorBuilds.reused > was);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(first)), copy);
  });

  it("gives analyze()'s result on runs of small edits, keeping the index most of the time", () => {
    const r = rng(7);
    const inc = new IncrementalAnalyzer(OPTS);
    let text = ARTICLE;
    inc.analyze(text);
    const was = actorBuilds.reused;
    for (let i = 0; i < 60; i++) {
      // A small letter typed or deleted at a random place.
      const p = Math.floor(r() * text.length);
      text = r() < 0.5 || text.length < 10 ? text.slice(0, p) + "e" + text.slice(p) : text.slice(0, p) + text.slice(p + 1);
      assert.deepStrictEqual(inc.analyze(text), analyze(text, OPTS), `edit ${i}`);
    }
    assert.ok(actorBuilds.reused - was >= 10, `kept ${actorBuilds.reused - was} times of 60`);
  });

  it("restores the genders the passes gave before a later step set one", () => {
    const kb = KnowledgeBase.bundled();
    const store = new MemoStore();
    const run = (text: string, previous: string): ActorIndex => {
      store.beginText(text, previous);
      try {
        return withMemo(store, () => buildActors(parseDocument(text), kb));
      } finally {
        store.endRun();
      }
    };
    const first = run(ARTICLE, "");
    const ungendered = first.actors.find((a) => a.kind === "person" && a.gender === undefined);
    assert.ok(ungendered, "a person without a gender");
    // What resolving a pronoun after the passes does (speakers.ts).
    ungendered.gender = "f";
    const edited = insert(at("maize"), "x");
    const was = actorBuilds.reused;
    const second = run(edited, ARTICLE);
    assert.ok(actorBuilds.reused > was);
    const fresh = buildActors(parseDocument(edited), kb);
    const view = (index: ActorIndex): unknown =>
      // (A kept actor's mentions are in text order: the order of a draft's mentions means nothing.)
      index.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, gender: a.gender, roles: a.roles, mentions: [...a.mentions].sort((x, y) => x.span.start - y.span.start) }));
    assert.deepStrictEqual(view(second), view(fresh));
    assert.deepStrictEqual(
      second.mentions.map((m) => [m.span, m.actor.id, m.sentence, m.via, m.quoted]),
      fresh.mentions.map((m) => [m.span, m.actor.id, m.sentence, m.via, m.quoted]),
    );
  });
});

describe("actors: the previous run's speakers of frames and quotes", () => {
  // Pronouns that only the frame and quote steps resolve ("according to her") give actors genders
  // that later steps read: kept results must follow the same genders.
  const TEXT = [
    "Maria Lopez and Tom Hale met in Lima on Monday. According to her, the talks failed.",
    "Prices of maize and rice went up again in the markets of the north, where traders expected a poor harvest.",
    "He later said they did not fail. Sam Reed, a Peruvian official, said 40 people attended.",
    "“We will see,” Lopez told reporters. “Nothing is agreed,” said Hale.",
    "“It is a start.”",
    "Reed said the next round would be in May. She then said May is too late, and the ministry agreed.",
    "“Quiet,” she said. The Peruvian foreign ministry said the talks would go on, Reed added.",
  ].join("\n");
  const OPTS2: AnalyzeOptions = { referenceDate: "2025-03-03" };
  // (A session may keep another session's actors when its text differs by one edit: not here.)
  beforeEach(() => forgetBuiltActors());

  it("gives analyze()'s result on runs of small edits, taking most speakers from the previous run", () => {
    const r = rng(17);
    const inc = new IncrementalAnalyzer(OPTS2);
    let text = TEXT;
    inc.analyze(text);
    const replayed = speakerSteps.replayed;
    for (let i = 0; i < 80; i++) {
      const p = Math.floor(r() * text.length);
      const piece = ["e", " ", "her", "him", ",", "“", "”"][Math.floor(r() * 7)]!;
      text = r() < 0.55 || text.length < 10 ? text.slice(0, p) + piece + text.slice(p) : text.slice(0, p) + text.slice(p + 1);
      assert.deepStrictEqual(inc.analyze(text), analyze(text, OPTS2), `edit ${i}: ${JSON.stringify(text)}`);
    }
    assert.ok(speakerSteps.replayed - replayed > 50, `${speakerSteps.replayed - replayed} replayed`);
  });

  it("keeps the other quotes' speakers when an edit lies inside one quotation", () => {
    const text = Array.from({ length: 8 }, () => TEXT).join("\n");
    const inc = new IncrementalAnalyzer(OPTS2);
    inc.analyze(text);
    // Typing into "It is a start" in the middle copy, letter by letter, then deleting it again.
    const at = text.indexOf("a start", text.length >> 1) + 3;
    let edited = text;
    for (const [i, piece] of ["n", "o", "t"].entries()) {
      edited = edited.slice(0, at + i) + piece + edited.slice(at + i);
      const fresh = speakerSteps.fresh;
      const a = inc.analyze(edited);
      // Its quote, and the steps after it only as far as genders differ: not every quote of the article.
      assert.ok(speakerSteps.fresh - fresh <= 3, `${speakerSteps.fresh - fresh} looked at anew`);
      assert.deepStrictEqual(a, analyze(edited, OPTS2));
    }
    assert.deepStrictEqual(inc.analyze(text), analyze(text, OPTS2));
  });

  it("looks at later frames anew when an edit changes a gender an earlier one gave", () => {
    for (const edited of [TEXT.replace("According to her, the talks", "According to him, the talks"), TEXT.replace("According to her, the talks failed.", "The talks failed.")]) {
      const inc = new IncrementalAnalyzer(OPTS2);
      inc.analyze(TEXT);
      assert.deepStrictEqual(inc.analyze(edited), analyze(edited, OPTS2));
    }
  });

  it("takes the previous run's speakers after an edit no step reads", () => {
    const edited = TEXT.replace("a poor harvest", "a very poor harvest");
    const full = analyze(edited, OPTS2);
    const inc = new IncrementalAnalyzer(OPTS2);
    const genders = speakerSteps.genders;
    inc.analyze(TEXT);
    assert.ok(speakerSteps.genders > genders, "a frame gives an actor a gender");
    const before = { ...speakerSteps };
    assert.deepStrictEqual(inc.analyze(edited), full);
    // The edited sentence's own frame ("traders expected") only.
    assert.equal(speakerSteps.fresh - before.fresh, 1, "frames and quotes looked at anew");
    assert.ok(speakerSteps.replayed - before.replayed >= 10);
  });
});

describe("actors: two editing sessions at once", () => {
  it("gives each document analyze()'s result when two analyzers take turns (the previous run kept is the other document's)", () => {
    const a = ARTICLE;
    const b = ARTICLE.split("\n").reverse().join("\n");
    const r = rng(29);
    const sessions = [
      { inc: new IncrementalAnalyzer(OPTS), text: a },
      { inc: new IncrementalAnalyzer(OPTS), text: b },
      { inc: new IncrementalAnalyzer(OPTS), text: a },
    ];
    for (let i = 0; i < 45; i++) {
      const s = sessions[i % 3]!;
      const p = Math.floor(r() * s.text.length);
      s.text = r() < 0.6 ? s.text.slice(0, p) + "e" + s.text.slice(p) : s.text.slice(0, p) + s.text.slice(p + 1);
      assert.deepStrictEqual(s.inc.analyze(s.text), analyze(s.text, OPTS), `edit ${i}`);
    }
  });
});
