import { strict as assert } from "node:assert";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { findFrames, findFramesInEverySentence, sentenceNames, spaceSeparated } from "../../../src/core/parse/attribution";
import { flagsOfLastTokens, isNameWord, tokenize } from "../../../src/core/parse/attribution-tokens";
import { parseDocument } from "../../../src/core/parse/document";
import { intRng, randomEdit, randomText, rng } from "../random-edits";

const SEEDS = join(__dirname, "../../../seeds");
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(SEEDS, f), "utf8"));

describe("findFrames: its shortcuts (sentences without a cue word, tokens made twice in a long text)", () => {
  it("finds the frames that a look at every sentence finds, on the seeds", () => {
    let frames = 0;
    for (const text of seeds) {
      const doc = parseDocument(text);
      const fast = findFrames(doc);
      assert.deepEqual(fast, findFramesInEverySentence(doc));
      frames += fast.length;
    }
    assert.ok(frames > 20);
  });

  it("finds the same frames in a long text, whose tokens are made twice", () => {
    // More sentences than framesOf keeps tokens for (KEEP_TOKENS).
    const text = [...seeds, ...seeds, ...seeds, ...seeds, ...seeds].join("\n");
    const doc = parseDocument(text);
    assert.ok(doc.sentences.length > 500, String(doc.sentences.length));
    assert.deepEqual(findFrames(doc), findFramesInEverySentence(doc));
  });

  it("finds the same frames on randomly edited seeds", () => {
    const alphabet = ["said ", "told ", "according to ", "He ", "She ", "the ministry ", "Huber ", "“", "”", ". ", "\n", ", ", "x", "data from ", "by "];
    const r = rng(31);
    for (const base of seeds.slice(0, 6)) {
      let text = base;
      for (let k = 0; k < 25; k++) {
        text = randomEdit(text, r, { alphabet, insert: 0.6, remove: 0.3, maxDelete: 12 });
        const doc = parseDocument(text);
        assert.deepEqual(findFrames(doc), findFramesInEverySentence(doc), text);
      }
    }
  });
});

describe("flagsOfLastTokens", () => {
  it("is the union of the flags of the tokens just made", () => {
    for (const text of seeds) {
      for (const line of text.split("\n")) {
        const toks = tokenize(line, { start: 0, end: line.length }, []);
        let all = 0;
        for (const t of toks) all |= t.flags;
        assert.equal(flagsOfLastTokens(), all, line);
      }
    }
  });
});

describe("spaceSeparated", () => {
  it("splits as split(/\\s+/) does, on random text", () => {
    const alphabet = ["A", "b", "é", "-", ".", " ", "  ", "\t", "\n", "\u00a0", "\u2009", "\u3000", "\ufeff", "\u200b", "\u0085", "\ud835", "\udc00"];
    const rnd = intRng(515);
    for (let k = 0; k < 20000; k++) {
      const s = randomText(rnd, alphabet, 9);
      assert.deepEqual(spaceSeparated(s), s.split(/\s+/), JSON.stringify(s));
    }
  });
});

describe("sentenceNames", () => {
  it("lists the capitalised words used mid-sentence that a look at every token lists", () => {
    let words = 0;
    for (const text of seeds) {
      const doc = parseDocument(text);
      for (const s of doc.sentences) {
        const toks = tokenize(text, s.span, doc.quotes);
        const every: string[] = [];
        for (let i = 1; i < toks.length; i++) if (isNameWord(toks[i]) && toks[i - 1]!.kind !== "quote") every.push(toks[i]!.text);
        assert.deepEqual(sentenceNames(text, toks).known, every);
        words += every.length;
      }
    }
    assert.ok(words > 50, String(words));
  });
});
