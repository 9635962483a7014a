import { cachedByString } from "../../cache";
import { normalizeName, type CountryEntry, type Entry, type KnowledgeBase, type PersonEntry } from "../../knowledge";

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
}

export interface NameFacts {
  readonly entries: readonly Entry[];
  /** `norm(text)`. */
  readonly key: string;
  readonly demonym: CountryEntry | undefined;
}

const views = new WeakMap<KnowledgeBase, KbView>();
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
  v = {
    kb,
    lookup,
    person: memo((s) => kb.person(s)),
    country: memo((s) => kb.country(s)),
    demonym,
    named: memo((s): NameFacts => ({ entries: lookup(s), key: norm(s), demonym: demonym(s) })),
  };
  views.set(kb, v);
  return v;
}
