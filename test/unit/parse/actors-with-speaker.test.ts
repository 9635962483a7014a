import { strict as assert } from "node:assert";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../../src/core/analyze";
import { parseDocument } from "../../../src/core/parse/document";
import { findFrames } from "../../../src/core/parse/attribution";
import { attributeQuotes } from "../../../src/core/parse/quotes";
import { withActor, withSpeaker } from "../../../src/core/parse/actors";

// `withActor` and `withSpeaker` build a frame or quote with its actor as a literal of its keys;
// they must give what `Object.assign({}, x, { actorId })` gives: the same keys, in the same order
// (the JSON report and every other serialisation follow that order), with the same values.

const SEEDS = join(__dirname, "../../../seeds");
const texts = [
  ...readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(SEEDS, f), "utf8")),
  "“We are confident,” said Finance Minister Kwame Mensah. He added that the IMF agreed.\n“This opens and never closes\nand carries on,” she said. According to her, the army would help. “Quiet.” “Really,” it said.",
];

const entries = (o: object): [string, unknown][] => Object.entries(o);

describe("actors: frames and quotes with their actors", () => {
  it("withActor gives Object.assign's keys, order and values for every frame of the seeds", () => {
    let n = 0;
    for (const text of texts) {
      const doc = parseDocument(text);
      for (const f of findFrames(doc)) {
        assert.deepStrictEqual(entries(withActor(f, "a1")), entries(Object.assign({}, f, { actorId: "a1" })));
        n++;
      }
    }
    assert.ok(n > 20, `${n} frames`);
  });

  it("withSpeaker gives Object.assign's keys, order and values for every quote of the seeds", () => {
    let n = 0;
    let named = 0;
    for (const text of texts) {
      const doc = parseDocument(text);
      for (const q of attributeQuotes(doc, findFrames(doc))) {
        assert.deepStrictEqual(entries(withSpeaker(q, "a1")), entries(Object.assign({}, q, { speakerId: "a1" })));
        n++;
        if (q.speakerSpan) named++;
      }
    }
    assert.ok(n > 10 && named > 5, `${n} quotes, ${named} with a speaker`);
  });

  it("copies a frame or quote of other keys, or of the same keys in another order, as Object.assign does", () => {
    const doc = parseDocument(texts[texts.length - 1]!);
    const f = findFrames(doc)[0]!;
    const q = attributeQuotes(doc, findFrames(doc))[0]!;
    for (const odd of [{ ...f, extra: 1 }, Object.assign({ cue: f.cue }, f), (({ lemma: _l, ...rest }) => rest)(f)] as typeof f[]) {
      assert.deepStrictEqual(entries(withActor(odd, "a1")), entries(Object.assign({}, odd, { actorId: "a1" })));
    }
    for (const odd of [{ ...q, extra: 1 }, Object.assign({ text: q.text }, q), { ...q, speakerPerson: true, speakerSpan: q.span, speakerText: "x", cue: "said" }] as typeof q[]) {
      assert.deepStrictEqual(entries(withSpeaker(odd, "a1")), entries(Object.assign({}, odd, { speakerId: "a1" })));
    }
  });

  it("keeps a frame's or quote's own actor in its place", () => {
    const text = texts[texts.length - 1]!;
    const a = analyze(text, { referenceDate: "2025-03-03" });
    for (const f of a.frames) if (f.actorId) assert.deepStrictEqual(entries(withActor(f, "b2")), entries(Object.assign({}, f, { actorId: "b2" })));
    for (const q of a.quotes) if (q.speakerId) assert.deepStrictEqual(entries(withSpeaker(q, "b2")), entries(Object.assign({}, q, { speakerId: "b2" })));
  });
});
