import {
  addAnnotation,
  annotationsPathFor,
  createAnnotation,
  emptyAnnotationsFile,
  mergeAnnotations,
  parseAnnotationsText,
  refreshTargets,
  removeAnnotation,
  resolveConflicts,
  retargetAnnotation,
  serializeAnnotations,
  updateAnnotation,
  type Annotation,
  type AnnotationConflict,
  type AnnotationDraft,
  type AnnotationsFile,
  type AnnotationsProblem,
  type ConflictChoice,
  type MergeResult,
} from "../../core/annotations";
import type { Span } from "../../core/model/span";

/**
 * The editor's annotation store: one entry per seed, holding the annotations in memory, the last
 * version read from or written to disk (the merge base), and the state of the file on disk.
 *
 * It never imports `vscode`: file access comes in through `AnnotationsFs` (see vscodeFs.ts for
 * the adapter over `workspace.fs`, with atomic replacement), so it runs in plain mocha tests.
 *
 * Rules it keeps:
 * - every user action is written at once, atomically;
 * - a malformed file on disk is never overwritten: edits stay in memory (`dirty`), the problems
 *   are reported (diagnostics on the file), and are written once the file is valid again;
 * - a file changed on disk (another editor, git checkout) is merged three ways with unsaved
 *   edits; conflicts are handed to the UI (`onConflict`) and nothing is written until it answers.
 */

/** Keys are strings (a URI's toString(), or a path): the store does not care which. */
export interface AnnotationsFs {
  /** The file's text, or undefined when there is no such file. */
  readText(key: string): Promise<string | undefined>;
  /** Replaces the file atomically (temporary file + rename), creating it if needed. */
  writeAtomic(key: string, text: string): Promise<void>;
}

export type FileState = "missing" | "valid" | "malformed";

export interface StoreEntry {
  readonly seed: string;
  readonly file: string;
  /** What the user sees: the in-memory annotations. */
  readonly current: AnnotationsFile;
  /** The last version known to be on disk (merge base). */
  readonly base: AnnotationsFile;
  readonly state: FileState;
  /** Problems of a malformed file (line, field, message), for diagnostics on it. */
  readonly problems: readonly AnnotationsProblem[];
  /** In-memory changes not yet on disk (the file is malformed, or a conflict awaits the user). */
  readonly dirty: boolean;
  /** A merge waiting for the user to choose per conflicting annotation. */
  readonly pendingConflicts?: readonly AnnotationConflict[];
}

export interface ConflictEvent {
  readonly seed: string;
  readonly conflicts: readonly AnnotationConflict[];
}

type Listener<T> = (e: T) => void;

class Emitter<T> {
  private readonly listeners = new Set<Listener<T>>();
  readonly event = (l: Listener<T>): { dispose(): void } => {
    this.listeners.add(l);
    return { dispose: () => this.listeners.delete(l) };
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }
  clear(): void {
    this.listeners.clear();
  }
}

interface MutableEntry {
  seed: string;
  file: string;
  current: AnnotationsFile;
  base: AnnotationsFile;
  state: FileState;
  problems: readonly AnnotationsProblem[];
  dirty: boolean;
  /** The text we last read or wrote: a watcher event with this text is our own write. */
  diskText: string | undefined;
  pending?: MergeResult;
}

export interface AnnotationStoreOptions {
  /** Where a seed's annotations live (default: beside it, `NAME.txt.byline.json`). */
  readonly fileFor?: (seed: string) => string;
  readonly now?: () => string;
}

export class AnnotationStore {
  private readonly entries = new Map<string, MutableEntry>();
  private readonly bySeedFile = new Map<string, string>();
  private readonly loading = new Map<string, Promise<MutableEntry>>();
  /** One operation at a time per seed, so reads, merges and writes never interleave. */
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly changed = new Emitter<StoreEntry>();
  private readonly conflicted = new Emitter<ConflictEvent>();
  private readonly fileFor: (seed: string) => string;
  private readonly now: () => string;

  /** Fires whenever a seed's annotations or file state change (refresh decorations, views, diagnostics). */
  readonly onDidChange = this.changed.event;
  /** Fires when the file changed on disk in a way that conflicts with unsaved edits: ask the user, then call resolve(). */
  readonly onConflict = this.conflicted.event;

  constructor(
    private readonly fs: AnnotationsFs,
    options: AnnotationStoreOptions = {},
  ) {
    this.fileFor = options.fileFor ?? annotationsPathFor;
    this.now = options.now ?? (() => new Date().toISOString());
  }

  /** The seed's entry, loading its file the first time. */
  async get(seed: string): Promise<StoreEntry> {
    return snapshot(await this.load(seed));
  }

  /** The annotations to pass to analyze(): the in-memory ones (empty until loaded). */
  annotationsFor(seed: string): readonly Annotation[] {
    return this.entries.get(seed)?.current.annotations ?? [];
  }

  /** The seed whose annotations file this is, when the store knows it. */
  seedOfFile(file: string): string | undefined {
    return this.bySeedFile.get(file);
  }

  add(seed: string, draft: AnnotationDraft, text: string, span: Span | undefined): Promise<Annotation> {
    return this.mutate(seed, (f) => {
      const a = createAnnotation(draft, text, span, this.now());
      return { file: addAnnotation(f, a), result: a };
    });
  }

  update(seed: string, id: string, patch: Partial<AnnotationDraft>): Promise<void> {
    return this.mutate(seed, (f) => ({ file: updateAnnotation(f, id, patch, this.now()), result: undefined }));
  }

  retarget(seed: string, id: string, text: string, span: Span): Promise<void> {
    return this.mutate(seed, (f) => ({ file: retargetAnnotation(f, id, text, span, this.now()), result: undefined }));
  }

  remove(seed: string, id: string): Promise<void> {
    return this.mutate(seed, (f) => ({ file: removeAnnotation(f, id), result: undefined }));
  }

  /**
   * After the seed was saved: moves targets to where they anchor in the saved text, so the file
   * follows the article (orphans keep their old target). Writes only when something moved.
   */
  refreshTargets(seed: string, text: string): Promise<void> {
    return this.serial(seed, async () => {
      const e = await this.load(seed);
      if (e.state === "malformed") return;
      const r = refreshTargets(text, e.current.annotations);
      if (!r.changed) return;
      e.current = { ...e.current, annotations: r.annotations };
      e.dirty = true;
      await this.flush(e);
    });
  }

  /** The file changed on disk (file watcher: change, create or delete). */
  fileChanged(file: string): Promise<void> {
    const seed = this.bySeedFile.get(file);
    if (!seed) return Promise.resolve();
    return this.serial(seed, async () => {
      const e = await this.load(seed);
      const text = await this.fs.readText(e.file);
      if (text === e.diskText) return; // our own write, or no real change
      await this.absorb(e, text);
    });
  }

  /** The user's answer to a conflict: per id, keep "mine" (default) or "theirs". Then writes. */
  resolve(seed: string, choices: Readonly<Record<string, ConflictChoice>>): Promise<void> {
    return this.serial(seed, async () => {
      const e = await this.load(seed);
      if (!e.pending) return;
      // Applied to the annotations as they are now, so edits made while the question was open stay.
      const byId = new Map(e.pending.conflicts.map((c) => [c.id, c] as const));
      const mineNow = new Map(e.current.annotations.map((a) => [a.id, a] as const));
      e.current = resolveConflicts(
        { merged: e.current, conflicts: e.pending.conflicts.map((c) => (mineNow.has(c.id) && c.mine ? { ...c, mine: mineNow.get(c.id)! } : c)) },
        Object.fromEntries([...byId.keys()].map((id) => [id, choices[id] ?? "mine"])),
      );
      // The disk version the conflict was computed against is now the base.
      delete e.pending;
      e.dirty = true;
      await this.flush(e);
    });
  }

  /** Forgets every seed with nothing unsaved: their files are looked up again (the annotations folder changed). */
  forgetAll(): void {
    for (const seed of [...this.entries.keys()]) this.forget(seed);
  }

  /** Forgets a seed (its editor closed and nothing is dirty). */
  forget(seed: string): void {
    const e = this.entries.get(seed);
    if (!e || e.dirty) return;
    this.entries.delete(seed);
    this.bySeedFile.delete(e.file);
  }

  dispose(): void {
    this.changed.clear();
    this.conflicted.clear();
    this.entries.clear();
  }

  // -------------------------------------------------------------------------------------------

  private async mutate<R>(seed: string, f: (file: AnnotationsFile) => { file: AnnotationsFile; result: R }): Promise<R> {
    return this.serial(seed, async () => {
      const e = await this.load(seed);
      const { file, result } = f(e.current);
      e.current = file;
      e.dirty = true;
      await this.flush(e);
      return result;
    });
  }

  /** Writes the in-memory annotations unless the disk says not to (malformed, changed, conflict). */
  private async flush(e: MutableEntry): Promise<void> {
    if (e.pending) {
      this.changed.fire(snapshot(e));
      return;
    }
    const disk = await this.fs.readText(e.file);
    if (disk !== e.diskText) {
      // Changed since we last looked: merge first (absorb writes when it can).
      await this.absorb(e, disk);
      return;
    }
    if (e.state === "malformed") {
      this.changed.fire(snapshot(e));
      return;
    }
    const text = serializeAnnotations(e.current);
    if (text !== disk) await this.fs.writeAtomic(e.file, text);
    e.diskText = text;
    e.base = e.current;
    e.state = "valid";
    e.dirty = false;
    this.changed.fire(snapshot(e));
  }

  /** Takes in a new disk text: adopt it, or merge it with unsaved edits, or report it malformed. */
  private async absorb(e: MutableEntry, text: string | undefined): Promise<void> {
    e.diskText = text;
    const parsed = text === undefined ? ({ ok: true, file: emptyAnnotationsFile() } as const) : parseAnnotationsText(text);
    if (!parsed.ok) {
      e.state = "malformed";
      e.problems = parsed.problems;
      this.changed.fire(snapshot(e));
      return;
    }
    e.state = text === undefined ? "missing" : "valid";
    e.problems = [];
    if (!e.dirty) {
      e.current = parsed.file;
      e.base = parsed.file;
      this.changed.fire(snapshot(e));
      return;
    }
    const merge = mergeAnnotations(e.base, e.current, parsed.file);
    e.base = parsed.file;
    if (merge.conflicts.length > 0) {
      e.current = merge.merged;
      e.pending = merge;
      this.changed.fire(snapshot(e));
      this.conflicted.fire({ seed: e.seed, conflicts: merge.conflicts });
      return;
    }
    e.current = merge.merged;
    await this.flush(e);
  }

  private load(seed: string): Promise<MutableEntry> {
    const have = this.entries.get(seed);
    if (have) return Promise.resolve(have);
    let p = this.loading.get(seed);
    if (!p) {
      p = (async () => {
        const file = this.fileFor(seed);
        const text = await this.fs.readText(file);
        const parsed = text === undefined ? undefined : parseAnnotationsText(text);
        const valid = parsed?.ok ? parsed.file : emptyAnnotationsFile();
        const e: MutableEntry = {
          seed,
          file,
          current: valid,
          base: valid,
          state: text === undefined ? "missing" : parsed!.ok ? "valid" : "malformed",
          problems: parsed && !parsed.ok ? parsed.problems : [],
          dirty: false,
          diskText: text,
        };
        this.entries.set(seed, e);
        this.bySeedFile.set(file, seed);
        this.loading.delete(seed);
        this.changed.fire(snapshot(e));
        return e;
      })();
      this.loading.set(seed, p);
    }
    return p;
  }

  private serial<R>(seed: string, op: () => Promise<R>): Promise<R> {
    const prev = this.queues.get(seed) ?? Promise.resolve();
    const next = prev.then(op, op);
    this.queues.set(
      seed,
      next.catch(() => undefined),
    );
    return next;
  }
}

function snapshot(e: MutableEntry): StoreEntry {
  return {
    seed: e.seed,
    file: e.file,
    current: e.current,
    base: e.base,
    state: e.state,
    problems: e.problems,
    dirty: e.dirty,
    ...(e.pending ? { pendingConflicts: e.pending.conflicts } : {}),
  };
}
