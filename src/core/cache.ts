import { detached } from "./memo";

/**
 * `fn` with its results remembered per string argument: for pure functions of strings that recur
 * across sentences and articles (names, words, date values). At `limit` entries the cache starts
 * afresh, so a long session or a scan of many files never grows it without bound.
 */
export function cachedByString<V>(fn: (s: string) => V, limit: number): (s: string) => V {
  const cache = new Map<string, V>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      if (cache.size >= limit) cache.clear();
      v = fn(s);
      // The key is kept: a copy of its own, not a view that would keep a whole text alive (memo.ts `detached`).
      cache.set(detached(s), v);
    }
    return v as V;
  };
}
