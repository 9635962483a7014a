/**
 * An opt-in cache for expensive, pure per-text work inside the analysis stages (a chrono parse of
 * one paragraph, the figure scan of one sentence …), used while the editor re-analyses on every
 * pause in typing.
 *
 * A stage wraps the work: `memo("dates/chrono@" + refDate, paragraphText, () => parse(paragraphText))`.
 * Outside an incremental session (the CLI, the tests, plain `analyze()`) `memo` just calls
 * `compute`. Inside one (see `IncrementalAnalyzer`), the value is reused when the same namespace
 * and key were computed in the previous or the current run.
 *
 * The contract that keeps incremental results identical to a full analysis: the value must
 * depend only on `namespace` and `key` (put every other input, such as the reference date, into
 * the namespace), it must not hold absolute document offsets (store offsets relative to the key's
 * text and add the paragraph's start afterwards), and the caller must not mutate it.
 */
export function memo<T>(namespace: string, key: string, compute: () => T): T {
  const store = active;
  if (!store) return compute();
  return store.get(namespace, key, compute);
}

/** Two generations of cached values: what the previous run and the current run used. */
export class MemoStore {
  private previous = new Map<string, Map<string, unknown>>();
  private current = new Map<string, Map<string, unknown>>();
  hits = 0;
  misses = 0;

  get<T>(namespace: string, key: string, compute: () => T): T {
    let cur = this.current.get(namespace);
    if (cur?.has(key)) {
      this.hits++;
      return cur.get(key) as T;
    }
    if (!cur) this.current.set(namespace, (cur = new Map()));
    const prev = this.previous.get(namespace);
    if (prev?.has(key)) {
      this.hits++;
      const v = prev.get(key) as T;
      cur.set(key, v);
      return v;
    }
    this.misses++;
    const v = compute();
    cur.set(key, v);
    return v;
  }

  /** Ends a run: values not used in it are dropped after the next one. */
  endRun(): void {
    this.previous = this.current;
    this.current = new Map();
    this.hits = 0;
    this.misses = 0;
  }

  clear(): void {
    this.previous = new Map();
    this.current = new Map();
  }
}

let active: MemoStore | undefined;

/** Runs `fn` with `store` as the active memo (synchronous: the analysis never awaits). */
export function withMemo<T>(store: MemoStore, fn: () => T): T {
  const outer = active;
  active = store;
  try {
    return fn();
  } finally {
    active = outer;
  }
}
