import { textDiff, type TextDiff } from "./text-diff";

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

/**
 * `memo(namespace, key, () => compute(a, b))` without a closure made at each call: for what is
 * looked up for every sentence of a document at every keystroke.
 */
export function memoOf<A, B, T>(namespace: string, key: string, compute: (a: A, b: B) => T, a: A, b: B): T {
  const store = active;
  if (!store) return compute(a, b);
  return store.getOf(namespace, key, compute, a, b);
}

const callIt = <T>(f: () => T): T => f();

/**
 * Whether an incremental session is running (`withMemo`): for caches that keep the previous run's
 * results by place and reuse those whose inputs they find unchanged (compared, not hashed), which
 * would only cost time in a one-off analysis.
 */
export function inMemoSession(): boolean {
  return active !== undefined;
}

/** Cached values, each kept while the previous or the current run used it. */
export class MemoStore {
  private readonly spaces = new Map<string, Map<string, { value: unknown; run: number }>>();
  private run = 0;
  hits = 0;
  misses = 0;

  get<T>(namespace: string, key: string, compute: () => T): T {
    return this.getOf(namespace, key, callIt, compute, undefined);
  }

  /** `get(namespace, key, () => compute(a, b))`. */
  getOf<A, B, T>(namespace: string, key: string, compute: (a: A, b: B) => T, a: A, b: B): T {
    let space = this.spaces.get(namespace);
    if (!space) this.spaces.set(namespace, (space = new Map()));
    const e = space.get(key);
    if (e) {
      this.hits++;
      e.run = this.run;
      return e.value as T;
    }
    this.misses++;
    const value = compute(a, b);
    space.set(key, { value, run: this.run });
    return value;
  }

  /**
   * The run's text and what it shares with the previous one; strings made from spans of it
   * (`keptString`), the previous run's and this run's, by kind and start. `text` is the text the
   * stages read (`readText`), `begun` the one the run began on.
   */
  private strings:
    | {
        readonly text: string;
        readonly previousText: string;
        readonly diff: TextDiff;
        readonly shift: number;
        readonly begun: string;
        readonly previousBegun: string;
        readonly begunDiff: TextDiff;
        previous: KeptStrings;
        current: KeptStrings;
      }
    | undefined;

  /** Starts a run on `text`, after a run on `previousText` (the last text analysed in full). */
  beginText(text: string, previousText: string): void {
    // The strings of the run on `previousText`, and only those (a run that failed made others).
    const previous = this.strings && this.strings.begun === previousText ? this.strings.current : new Map();
    const diff = textDiff(previousText, text);
    this.strings = { text, previousText, diff, shift: text.length - previousText.length, begun: text, previousBegun: previousText, begunDiff: diff, previous, current: new Map() };
  }

  /**
   * The run's stages read `text` (the document's text with a wrapped paragraph's line breaks as
   * spaces: as long as the one the run began on), after the previous run's stages read
   * `previousText`: the strings kept from it (`keptString`) are its spans, each a string of its
   * own, not a view that would keep a keystroke's text alive.
   */
  readText(text: string, previousText: string): void {
    const st = this.strings;
    if (!st || (st.text === text && st.previousText === previousText)) return;
    this.strings = { ...st, text, previousText, diff: textDiff(previousText, text), shift: text.length - previousText.length };
  }

  /** What `after` shares with `before` (`textDiff`), computed once per run for the run's own texts. */
  diff(before: string, after: string): TextDiff {
    const st = this.strings;
    if (!st) return textDiff(before, after);
    if (st.text === after && st.previousText === before) return st.diff;
    return st.begun === after && st.previousBegun === before ? st.begunDiff : textDiff(before, after);
  }

  kept(kind: string, text: string, start: number, end: number, make: () => string): string {
    const st = this.strings;
    if (!st || st.text !== text) return make();
    let old = -1;
    if (end <= st.diff.same) old = start;
    else if (start >= st.diff.sameEnd) old = start - st.shift;
    let s: string | undefined;
    if (old >= 0) {
      const e = st.previous.get(kind)?.get(old);
      if (e && e.end - old === end - start) s = e.s;
    }
    s ??= detached(make());
    let byStart = st.current.get(kind);
    if (!byStart) st.current.set(kind, (byStart = new Map()));
    byStart.set(start, { end, s });
    return s;
  }

  /** Namespaces whose values this run keeps whether it used them or not (`retainMemo`). */
  private readonly retained = new Set<string>();

  retain(namespace: string): void {
    this.retained.add(namespace);
  }

  /** Ends a run: the values it did not use are dropped, except in the namespaces it retained. */
  endRun(): void {
    for (const [ns, space] of this.spaces) {
      if (this.retained.has(ns)) continue;
      for (const [k, e] of space) if (e.run < this.run) space.delete(k);
    }
    this.retained.clear();
    this.run++;
    this.hits = 0;
    this.misses = 0;
  }

  clear(): void {
    this.spaces.clear();
    this.strings = undefined;
  }
}

/**
 * `text.slice(start, end)`. In an incremental session, for a span the edit did not touch, the same
 * string object as in the previous run (`keptString`): a memo key hashed once.
 */
export function pieceOf(text: string, start: number, end: number): string {
  return keptString("piece", text, start, end, () => text.slice(start, end));
}

let active: MemoStore | undefined;

/**
 * Keeps the values of `namespace` past this run, used or not: for a stage that reused its previous
 * results without asking the memo for the values they were made from, which it will ask for again
 * (the namespace is pruned at the next run that does not retain it).
 */
export function retainMemo(namespace: string): void {
  active?.retain(namespace);
}

/** In an incremental session, the run's stages read `text` after the previous run's read `previousText` (`MemoStore.readText`). */
export function readTextAs(text: string, previousText: string): void {
  active?.readText(text, previousText);
}

/** What `after` shares with `before` (text-diff.ts), computed once per run in an incremental session. */
export function diffOf(before: string, after: string): TextDiff {
  return active ? active.diff(before, after) : textDiff(before, after);
}

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

type KeptStrings = Map<string, Map<number, { readonly end: number; readonly s: string }>>;

/**
 * A string made by `make()` from `text[start, end)` alone (a memo key: a sentence's text and its
 * offsets relative to it). In an incremental session, the previous run's string when the span lay
 * in the part of the text the edit did not touch: the same object, whose hash is computed once, so
 * a key costs nothing to build or to look up on the next keystroke. Elsewhere, `make()`.
 */
export function keptString(kind: string, text: string, start: number, end: number, make: () => string): string {
  return active ? active.kept(kind, text, start, end, make) : make();
}

/**
 * `s` as a string of its own, for a string kept from run to run in an incremental session. V8
 * makes a slice of a long string a view of it: a paragraph's text or a sentence's key, kept while
 * the edit does not touch it, would keep alive the whole text of the run that made it (a document
 * a keystroke). A concatenation is made flat when it is sliced, so the copy's parent is just `s`'s
 * characters. (Shorter strings than 13 code units are never views: V8 copies them.)
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1);
}
