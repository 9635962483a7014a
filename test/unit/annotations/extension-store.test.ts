import { strict as assert } from "node:assert";
import { parseAnnotationsText, serializeAnnotations, updateAnnotation, type AnnotationsFile } from "../../../src/core/annotations";
import { AnnotationStore, type AnnotationsFs, type ConflictEvent } from "../../../src/extension/annotations/store";

/** An in-memory file system that records writes. */
class MemFs implements AnnotationsFs {
  readonly files = new Map<string, string>();
  writes = 0;
  async readText(key: string): Promise<string | undefined> {
    return this.files.get(key);
  }
  async writeAtomic(key: string, text: string): Promise<void> {
    this.writes++;
    this.files.set(key, text);
  }
}

const SEED = "seeds/a.txt";
const FILE = "seeds/a.txt.byline.json";
const TEXT = "Unemployment reached 14 percent.\nExports fell by a third.\n";
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
let tick = 0;
const now = () => `2026-01-01T10:00:${String(tick++ % 60).padStart(2, "0")}Z`;

function onDisk(fs: MemFs): AnnotationsFile {
  const p = parseAnnotationsText(fs.files.get(FILE) ?? "");
  assert.ok(p.ok);
  return p.file;
}

describe("extension annotation store (no vscode)", () => {
  it("writes each action at once and reads back what it wrote", async () => {
    const fs = new MemFs();
    const store = new AnnotationStore(fs, { now });
    const a = await store.add(SEED, { kind: "source", source: "ILO" }, TEXT, at("14 percent"));
    assert.deepEqual(onDisk(fs).annotations, [a]);
    assert.deepEqual(store.annotationsFor(SEED), [a]);
    await store.update(SEED, a.id, { source: "ILO, October" });
    assert.equal((onDisk(fs).annotations[0] as { source: string }).source, "ILO, October");
    await store.remove(SEED, a.id);
    assert.deepEqual(onDisk(fs).annotations, []);
    assert.equal((await store.get(SEED)).dirty, false);
  });

  it("never overwrites a malformed file; keeps edits in memory and writes them once it is fixed", async () => {
    const fs = new MemFs();
    const bad = '{ "version": 1, "annotations": [ { "id": 1 } ] }';
    fs.files.set(FILE, bad);
    const store = new AnnotationStore(fs, { now });
    const e = await store.get(SEED);
    assert.equal(e.state, "malformed");
    assert.ok(e.problems.length > 0 && e.problems[0]!.path.startsWith("annotations[0]"));
    const mine = await store.add(SEED, { kind: "note", text: "mine" }, TEXT, at("a third"));
    assert.equal(fs.files.get(FILE), bad, "untouched");
    assert.equal(fs.writes, 0);
    assert.equal((await store.get(SEED)).dirty, true);
    // The user fixes the file by hand (one valid annotation of their own).
    const theirs = await new AnnotationStore(new MemFs(), { now }).add("x", { kind: "note", text: "theirs" }, TEXT, at("Exports"));
    fs.files.set(FILE, serializeAnnotations({ version: 1, annotations: [theirs] }));
    await store.fileChanged(FILE);
    assert.deepEqual(onDisk(fs).annotations.map((a) => a.id).sort(), [mine.id, theirs.id].sort(), "nothing lost");
    assert.equal((await store.get(SEED)).state, "valid");
  });

  it("adopts changes made on disk when nothing is unsaved, and ignores its own writes", async () => {
    const fs = new MemFs();
    const store = new AnnotationStore(fs, { now });
    const a = await store.add(SEED, { kind: "note", text: "one" }, TEXT, at("Exports"));
    const writes = fs.writes;
    await store.fileChanged(FILE); // the watcher reporting our own write
    assert.equal(fs.writes, writes);
    fs.files.set(FILE, serializeAnnotations(updateAnnotation(onDisk(fs), a.id, { text: "edited in another editor" }, now())));
    let changes = 0;
    store.onDidChange(() => changes++);
    await store.fileChanged(FILE);
    assert.equal((store.annotationsFor(SEED)[0] as { text: string }).text, "edited in another editor");
    assert.equal(changes, 1);
    assert.equal(fs.writes, writes, "adopting is not writing");
  });

  it("merges a disk change with unsaved edits and asks about real conflicts, writing only after the answer", async () => {
    const fs = new MemFs();
    const store = new AnnotationStore(fs, { now });
    const a = await store.add(SEED, { kind: "note", text: "base" }, TEXT, at("Exports"));
    const b = await store.add(SEED, { kind: "note", text: "other" }, TEXT, at("14 percent"));
    // Someone edits both annotations on disk; the store's next write finds the change.
    let disk = onDisk(fs);
    disk = updateAnnotation(disk, a.id, { text: "theirs" }, now());
    disk = updateAnnotation(disk, b.id, { text: "theirs too" }, now());
    fs.files.set(FILE, serializeAnnotations(disk));
    const events: ConflictEvent[] = [];
    store.onConflict((e) => events.push(e));
    await store.update(SEED, a.id, { text: "mine" });
    assert.equal(events.length, 1);
    assert.deepEqual(events[0]!.conflicts.map((c) => [c.id, c.kind]), [[a.id, "both-modified"]]);
    const pending = await store.get(SEED);
    assert.ok(pending.pendingConflicts);
    assert.equal((pending.current.annotations.find((x) => x.id === b.id) as { text: string }).text, "theirs too", "the clean change is taken");
    assert.equal((onDisk(fs).annotations.find((x) => x.id === a.id) as { text: string }).text, "theirs", "nothing written yet");
    await store.resolve(SEED, { [a.id]: "theirs" });
    const final = onDisk(fs);
    assert.equal((final.annotations.find((x) => x.id === a.id) as { text: string }).text, "theirs");
    assert.equal((final.annotations.find((x) => x.id === b.id) as { text: string }).text, "theirs too");
    assert.equal((await store.get(SEED)).dirty, false);
  });

  it("moves targets with the saved text without bumping modified times", async () => {
    const fs = new MemFs();
    const store = new AnnotationStore(fs, { now });
    const a = await store.add(SEED, { kind: "source", source: "ILO" }, TEXT, at("14 percent"));
    const saved = "A new first paragraph.\n" + TEXT;
    await store.refreshTargets(SEED, saved);
    const moved = onDisk(fs).annotations[0]!;
    assert.equal(moved.target?.position.start, a.target!.position.start + 23);
    assert.equal(moved.modified, a.modified);
  });
});
