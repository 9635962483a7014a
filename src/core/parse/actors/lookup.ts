import { cachedByString } from "../../cache";
import { normalizeName, type CountryEntry, type Entry, type KnowledgeBase, type PersonEntry } from "../../knowledge";
import { FNV_OFFSET, hashStep } from "./lexicon";

// Name normalisation (NFD and several regexes) costs more than the rest of actor finding when it
// runs for every candidate; names repeat, so both it and knowledge-base look-ups are memoised.

/** `normalizeName`, memoised. */
export const norm = cachedByString(normalizeName, 200_000);

/** Knowledge-base look-ups by raw text, memoised per knowledge base. */
export interface KbView {
  readonly kb: KnowledgeBase;
  lookup(name: string): readonly Entry[];
  person(name: string): PersonEntry | undefined;
  country(name: string): CountryEntry | undefined;
  demonym(word: string): CountryEntry | undefined;
  /** `lookup`, `norm` and `demonym` of a name's text at once: one look-up of the text instead of three. */
  named(text: string): NameFacts;
  /** `named` of `source.slice(start, end)`, with that text: for a name seen before, neither sliced nor hashed again. */
  namedAt(source: string, start: number, end: number): NamedText;
}

export interface NamedText {
  readonly text: string;
  readonly facts: NameFacts;
}

export interface NameFacts {
  readonly entries: readonly Entry[];
  /** `norm(text)`. */
  readonly key: string;
  readonly demonym: CountryEntry | undefined;
}

const views = new WeakMap<KnowledgeBase, KbView>();
const NAME_SETS = 1 << 11;
const NAME_WAYS = 4;

/** `source.slice(start, end) === text`, without the slice. */
function sameText(text: string, source: string, start: number, end: number): boolean {
  if (text.length !== end - start) return false;
  for (let i = start; i < end; i++) if (text.charCodeAt(i - start) !== source.charCodeAt(i)) return false;
  return true;
}
const NONE: unique symbol = Symbol("none");
const NO_ENTRIES: readonly Entry[] = Object.freeze([]);

export function kbView(kb: KnowledgeBase): KbView {
  let v = views.get(kb);
  if (v) return v;
  const memo = <T>(f: (s: string) => T): ((s: string) => T) => {
    // One look-up per call: `undefined` results are stored as NONE.
    const m = new Map<string, T | typeof NONE>();
    return (s) => {
      const v = m.get(s);
      if (v !== undefined) return (v === NONE ? undefined : v) as T;
      if (m.size > 200000) m.clear();
      const r = f(s);
      m.set(s, r === undefined ? NONE : r);
      return r;
    };
  };
  // Nothing found: one shared empty list (a fresh one per name would be one more object to reach for each).
  const lookup = memo((s) => {
    const found = kb.lookup(s);
    return found.length === 0 ? NO_ENTRIES : found;
  });
  const demonym = memo((s) => kb.demonym(s));
  const named = memo((s): NameFacts => ({ entries: lookup(s), key: norm(s), demonym: demonym(s) }));
  // The names of an article repeat: the last ones looked up, by a hash of their characters in a
  // set-associative cache (bounded, nothing to clear), so that a name met again is found by reading
  // the text where it stands instead of slicing a new string and hashing it for the Map.
  const hashes = new Int32Array(NAME_SETS * NAME_WAYS);
  const found: (NamedText | undefined)[] = new Array<NamedText | undefined>(NAME_SETS * NAME_WAYS).fill(undefined);
  const next = new Uint8Array(NAME_SETS);
  const namedAt = (source: string, start: number, end: number): NamedText => {
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) h = hashStep(h, source.charCodeAt(i));
    const set = h & (NAME_SETS - 1);
    for (let k = set * NAME_WAYS; k < (set + 1) * NAME_WAYS; k++) {
      if (hashes[k] !== h) continue;
      const n = found[k];
      if (n !== undefined && sameText(n.text, source, start, end)) return n;
    }
    const text = source.slice(start, end);
    const n: NamedText = { text, facts: named(text) };
    const k = set * NAME_WAYS + next[set]!;
    next[set] = (next[set]! + 1) % NAME_WAYS;
    hashes[k] = h;
    found[k] = n;
    return n;
  };
  v = {
    kb,
    lookup,
    person: memo((s) => kb.person(s)),
    country: memo((s) => kb.country(s)),
    demonym,
    named,
    namedAt,
  };
  views.set(kb, v);
  return v;
}
