import { strict as assert } from "node:assert";
import { rng } from "../random-edits";
import { allCapitals, WordIndex, type ActorDraft } from "../../../src/core/parse/actors/build";

const actor = (n: number): ActorDraft => ({ id: `a${n}`, name: `A ${n}`, kind: "person", mentions: [], roles: [], aliases: new Set(), words: [], key: `a ${n}`, wordKeys: [] });

describe("actor word index", () => {
  it("gives each word's actors once each, in the order first added, whenever it is looked in (adds are filed lazily)", () => {
    const r = rng(11);
    const actors = Array.from({ length: 40 }, (_, i) => actor(i));
    const words = ["smith", "bank", "ministry", "x", "president"];
    for (let round = 0; round < 50; round++) {
      const index = new WordIndex();
      const reference = new Map<string, ActorDraft[]>();
      for (let step = 0; step < 200; step++) {
        const w = words[Math.floor(r() * words.length)]!;
        if (r() < 0.7) {
          const a = actors[Math.floor(r() * (r() < 0.5 ? 3 : actors.length))]!;
          index.add(w, a);
          const list = reference.get(w) ?? [];
          if (!list.includes(a)) list.push(a);
          reference.set(w, list);
        } else assert.deepEqual([...index.get(w)], reference.get(w) ?? []);
      }
      for (const w of words) assert.deepEqual([...index.get(w)], reference.get(w) ?? []);
    }
  });
});

describe("allCapitals", () => {
  it("answers as /^\\p{Lu}{2,}$/u does", () => {
    const cases = ["UN", "NATO", "U", "", "Un", "UN1", "ÉU", "ÉÜ", "É", "𝐀", "𝐀𝐁", "A𝐁", "AB-C", "ABc", "ΑΒΓ", "ΑΒγ", "A B", "ǅA"];
    for (const c of cases) assert.equal(allCapitals(c), /^\p{Lu}{2,}$/u.test(c), c);
  });
});
