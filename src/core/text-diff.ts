// How two versions of a text differ: the length of what they share at the start and at the end.
// The incremental analysis reuses what lies there.

const CHUNK = 4096;

/** The length of the longest common prefix of `a` and `b`. */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  // Whole chunks first (native string comparison), then character by character.
  while (i + CHUNK <= n && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The length of the longest common suffix of `a` and `b` that does not overlap their common prefix of length `prefix`. */
export function commonSuffix(a: string, b: string, prefix: number): number {
  const n = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i + CHUNK <= n && a.slice(a.length - i - CHUNK, a.length - i) === b.slice(b.length - i - CHUNK, b.length - i)) i += CHUNK;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** What two versions of a text share: the first `same` code units, and everything from `sameEnd` (in the new text) on. */
export interface TextDiff {
  readonly same: number;
  readonly sameEnd: number;
}

export function textDiff(before: string, after: string): TextDiff {
  const same = commonPrefix(before, after);
  return { same, sameEnd: after.length - commonSuffix(before, after, same) };
}
