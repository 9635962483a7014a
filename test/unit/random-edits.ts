// Random edits for the tests that compare incremental re-analysis with a full analysis.

/** A small deterministic PRNG so failures are reproducible. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return s / 2 ** 32;
  };
}

/** A random integer in [0, n) from `rng(seed)`: for tests that build random inputs. */
export function intRng(seed: number): (n: number) => number {
  const r = rng(seed);
  return (n) => Math.floor(r() * n);
}

/** A string of `min + rnd(max)` random pieces. */
export function randomText(rnd: (n: number) => number, pieces: readonly string[], max: number, min = 0): string {
  let s = "";
  const len = min + rnd(max);
  for (let i = 0; i < len; i++) s += pieces[rnd(pieces.length)];
  return s;
}

export interface EditMix {
  /** Strings to insert. */
  readonly alphabet: readonly string[];
  /** Share of insertions; the rest are deletions, or line moves past `insert + remove`. */
  readonly insert: number;
  readonly remove?: number;
  /** Deletions take 1 to this many characters. */
  readonly maxDelete: number;
}

/** One random edit of `text`: an insertion from the alphabet, a deletion, or a whole line moved elsewhere. */
export function randomEdit(text: string, r: () => number, mix: EditMix): string {
  const at = Math.floor(r() * (text.length + 1));
  const kind = r();
  if (kind < mix.insert) return text.slice(0, at) + mix.alphabet[Math.floor(r() * mix.alphabet.length)]! + text.slice(at);
  if (mix.remove === undefined || kind < mix.insert + mix.remove) {
    return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(r() * mix.maxDelete)));
  }
  // Move a whole line elsewhere: paragraphs reused at other offsets and indices.
  const lines = text.split("\n");
  const [line] = lines.splice(Math.floor(r() * lines.length), 1);
  lines.splice(Math.floor(r() * (lines.length + 1)), 0, line ?? "");
  return lines.join("\n");
}
