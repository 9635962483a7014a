import { strict as assert } from "node:assert";
import { rng } from "../random-edits";
import { kbView } from "../../../src/core/parse/actors/lookup";
import { KnowledgeBase } from "../../../src/core/knowledge";

describe("actor knowledge look-up by a name's place in the text (namedAt)", () => {
  it("gives the text and the facts `named` gives for the slice, for names seen before and past the cache's capacity", () => {
    const kb = kbView(KnowledgeBase.bundled());
    const known = ["Donald Trump", "United Nations", "Kremlin", "Russia", "Russian", "Boeing", "UN", "Zürich", "Volodymyr Zelensky"];
    const r = rng(17);
    const letters = "abcdeXYZ éü’-. ";
    const names: string[] = [...known];
    for (let n = 0; n < 12000; n++) {
      let w = "";
      const len = 1 + Math.floor(r() * 8);
      for (let i = 0; i < len; i++) w += letters[Math.floor(r() * letters.length)]!;
      names.push(w);
    }
    for (let n = 0; n < 30000; n++) {
      const name = names[Math.floor(r() * names.length)]!;
      const pad = "“ ".repeat(Math.floor(r() * 3));
      const source = `${pad}${name} said.`;
      const got = kb.namedAt(source, pad.length, pad.length + name.length);
      assert.equal(got.text, name);
      assert.deepStrictEqual(got.facts, kb.named(name), name);
    }
  });
});
