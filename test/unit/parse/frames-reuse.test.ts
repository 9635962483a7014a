import { strict as assert } from "node:assert";
import { findFrames, findFramesReusing, type FramesRun } from "../../../src/core/parse/attribution";
import { parseDocument } from "../../../src/core/parse/document";
import { MemoStore, withMemo } from "../../../src/core/memo";
import { randomEdit, rng } from "../random-edits";

// Paragraphs whose frames lean on earlier sentences: pronouns ("he said") resolve to the last
// person named, "it" to an organisation, "the ministry" to a source named before, and surnames
// expand to the full names the article gives anywhere.
const PARAGRAPHS = [
  "Health Minister Katrin Huber said on Monday that 40 clinics would close.",
  "She added that the ministry had warned of shortages. “We cannot wait,” she said.",
  "The Central Bank said it expected inflation of 3 percent. It also said rates would hold.",
  "Opposition leader Tom Ashby, a former teacher, told reporters the plan was rushed.",
  "He said 12 towns would lose services, according to figures from the health ministry.",
  "Huber rejected that. “Nobody will lose a clinic,” Huber said, adding that she had met Ashby.",
  "The statement, issued by the ministry, said talks would resume. Analysts said the dispute could last.",
  "“It is a matter of money,” said Dr. Lena Ortiz, an economist at the Kiel Institute.",
  "Ortiz said she expected costs to rise. The institute said its forecast stood.",
];
const ARTICLE = Array.from({ length: 6 }, (_, k) => PARAGRAPHS.map((p) => (k % 2 ? p.replace("Monday", "Tuesday") : p)).join("\n")).join("\n");

const ALPHABET = ["He ", "She ", "she said", " it", "Huber ", "Katrin ", "Mr. Ashby ", "Anna Weber ", "Ministry ", "the ministry ", "“", "”", ". ", "\n", "x", "Q", ", said Ortiz", "according to "];
const MIX = { alphabet: ALPHABET, insert: 0.5, remove: 0.4, maxDelete: 6 };

/** Runs the reusing path in an editor-like memo session. */
function reuse(store: MemoStore, text: string, previous: FramesRun | undefined): { frames: unknown; run: FramesRun } {
  try {
    return withMemo(store, () => findFramesReusing(parseDocument(text), previous));
  } finally {
    store.endRun();
  }
}

/**
 * `edits` random edits of `text` (from `seed`), each analysed reusing the previous run and checked
 * against findFrames; the runs, in order.
 */
function editRandomly(text: string, seed: number, edits: number): FramesRun[] {
  const r = rng(seed);
  const store = new MemoStore();
  let run = reuse(store, text, undefined).run;
  const runs: FramesRun[] = [];
  for (let i = 0; i < edits; i++) {
    text = randomEdit(text, r, MIX);
    const got = reuse(store, text, run);
    assert.deepStrictEqual(got.frames, findFrames(parseDocument(text)), `seed ${seed}, edit ${i}`);
    runs.push((run = got.run));
  }
  return runs;
}

describe("findFramesReusing", () => {
  it("equals findFrames after each of many random edits, reusing most sentences", () => {
    let reusedSome = 0;
    for (const seed of [7, 8, 9]) for (const run of editRandomly(ARTICLE, seed, 80)) if (run.computed < run.document.sentences.length / 2) reusedSome++;
    // Most edits touch one sentence and a few after it, not the whole article.
    assert.ok(reusedSome > 150, `reused in ${reusedSome} of 240 edits`);
  });

  it("recomputes only the edited sentence when the running state after it is unchanged", () => {
    const store = new MemoStore();
    const first = reuse(store, ARTICLE, undefined);
    assert.equal(first.run.computed, first.run.document.sentences.length);
    const at = ARTICLE.indexOf("rushed", ARTICLE.length >> 1);
    const edited = ARTICLE.slice(0, at) + "much " + ARTICLE.slice(at);
    const second = reuse(store, edited, first.run);
    assert.deepStrictEqual(second.frames, findFrames(parseDocument(edited)));
    assert.equal(second.run.computed, 1);
    // Frames before the edit are the previous objects; those after it moved by the five characters.
    const sentence = parseDocument(ARTICLE).sentences.findIndex((s) => s.span.end > at);
    const before = first.run.frames.filter((f) => f.sentence < sentence);
    assert.ok(before.length > 0 && before.every((f, k) => second.run.frames[k] === f));
    const last = first.run.frames[first.run.frames.length - 1]!;
    assert.equal(second.run.frames[second.run.frames.length - 1]!.source.start, last.source.start + 5);
    // What the run keeps per sentence is the previous run's but for the edited sentence (its names
    // and look-ups; the masks are made again here, without the parse's record of the edit).
    const kept = second.run.sentences.filter((r, k) => r.names === first.run.sentences[k]!.names && r.lookups === first.run.sentences[k]!.lookups).length;
    assert.equal(kept, second.run.sentences.length - 1);
  });

  it("keeps the state changes after an edit unmoved, moved by the next run that reads them", () => {
    const store = new MemoStore();
    let text = ARTICLE;
    let run = reuse(store, text, undefined).run;
    assert.equal(run.shiftFrom, run.ops.length);
    // Edits going back and forth: each stores the state changes after it as the previous run had
    // them (the same objects), with their shift; an edit before them reads them at their place.
    for (const [word, back] of [["rushed", false], ["Monday", true], ["teacher", false], ["clinics", true], ["dispute", false]] as const) {
      const at = back ? text.indexOf(word) : text.lastIndexOf(word);
      text = text.slice(0, at) + "much " + text.slice(at);
      const got = reuse(store, text, run);
      assert.deepStrictEqual(got.frames, findFrames(parseDocument(text)), word);
      assert.ok(got.run.shiftFrom < got.run.ops.length, word);
      const tail = got.run.ops.length - got.run.shiftFrom;
      assert.ok(got.run.ops.slice(got.run.shiftFrom).every((op, k) => op === run.ops[run.ops.length - tail + k]), word);
      run = got.run;
    }
  });

  it("starts the running state from the previous run's checkpoint when the edit comes after it", () => {
    const store = new MemoStore();
    let text = ARTICLE;
    let run = reuse(store, text, undefined).run;
    assert.equal(run.checkpoint, undefined);
    let at = 0;
    // Typing on through the article, then once back before the checkpoint.
    for (const word of ["rushed", "dispute", "Kiel", "forecast", "warned"]) {
      at = word === "warned" ? text.indexOf(word) : text.indexOf(word, at);
      text = text.slice(0, at) + "much " + text.slice(at);
      const got = reuse(store, text, run);
      assert.deepStrictEqual(got.frames, findFrames(parseDocument(text)), word);
      const cp = got.run.checkpoint;
      assert.ok(cp && cp.at > 0 && got.run.document.sentences[cp.at]!.span.end > at && got.run.document.sentences[cp.at - 1]!.span.end <= at, word);
      run = got.run;
    }
    // Typing on in the same sentence: the same checkpoint.
    text = text.slice(0, at) + "x" + text.slice(at);
    const again = reuse(store, text, run);
    assert.deepStrictEqual(again.frames, findFrames(parseDocument(text)));
    assert.equal(again.run.checkpoint?.book, run.checkpoint?.book);
  });

  it("gives the same frames in a long article, whose copies of the running state keep only the last people", () => {
    // Enough people that a copy of the running state (a checkpoint, the previous run's state) drops the first.
    const long = Array.from({ length: 5 }, () => ARTICLE).join("\n");
    for (const seed of [11, 12]) {
      const run = editRandomly(long, seed, 25).at(-1)!;
      assert.ok(run.checkpoint === undefined || run.checkpoint.book.people.length <= 100);
    }
  });

  it("recomputes the sentences that asked about a name the edit added or removed", () => {
    // "Weber" is a known name only once "Anna Weber" is written somewhere: sentences that asked
    // about "Weber" change, wherever they are.
    const text = "Weber said the plan was rushed.\nThe council met on Monday.\nLater, Weber told reporters that costs rose.\n";
    const store = new MemoStore();
    const first = reuse(store, text, undefined);
    const edited = text.replace("The council met", "Anna Weber met the council");
    const second = reuse(store, edited, first.run);
    assert.deepStrictEqual(second.frames, findFrames(parseDocument(edited)));
    const back = reuse(store, text, second.run);
    assert.deepStrictEqual(back.frames, findFrames(parseDocument(text)));
  });

  it("gives the same frames with or without a memo session, and with no previous run", () => {
    const doc = parseDocument(ARTICLE);
    assert.deepStrictEqual(findFramesReusing(doc, undefined).frames, findFrames(doc));
    assert.ok(findFrames(doc).length > 20);
  });
});
