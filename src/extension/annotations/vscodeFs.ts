import * as vscode from "vscode";
import { ANNOTATIONS_SUFFIX, annotationsPathFor } from "../../core/annotations/schema";
import { decodeAnnotations } from "../../core/annotations/store";
import { AnnotationStore, type AnnotationsFs, type AnnotationStoreOptions } from "./store";

/**
 * The store's file access over `vscode.workspace.fs`, keyed by URI strings: reads as UTF-8, and
 * replaces atomically by writing a temporary file beside the target and renaming it over it, so
 * another editor or git never sees half a file.
 */
export class WorkspaceAnnotationsFs implements AnnotationsFs {
  async readText(key: string): Promise<string | undefined> {
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.parse(key));
      return decodeAnnotations(bytes);
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === "FileNotFound") return undefined;
      throw e;
    }
  }

  async writeAtomic(key: string, text: string): Promise<void> {
    const target = vscode.Uri.parse(key);
    const dir = vscode.Uri.joinPath(target, "..");
    const name = target.path.slice(target.path.lastIndexOf("/") + 1);
    const tmp = vscode.Uri.joinPath(dir, `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
    await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(text));
    try {
      await vscode.workspace.fs.rename(tmp, target, { overwrite: true });
    } catch (e) {
      await Promise.resolve(vscode.workspace.fs.delete(tmp)).catch(() => undefined);
      throw e;
    }
  }
}

/**
 * `file:///…/a.txt` → `file:///…/a.txt.byline.json`, or under the `byline.annotationsFolder` of
 * the seed's workspace folder (`<folder>/<path in the workspace>.byline.json`).
 */
export function annotationsUriFor(seed: string): string {
  const u = vscode.Uri.parse(seed);
  const ws = vscode.workspace.getWorkspaceFolder(u);
  const folder = vscode.workspace.getConfiguration("byline", u).get<string>("annotationsFolder") ?? "";
  if (ws && folder.trim() !== "") {
    const path = annotationsPathFor(u.path, { root: ws.uri.path, folder: /^([A-Za-z]:)?[\\/]/.test(folder) ? vscode.Uri.file(folder).path : folder });
    return u.with({ path }).toString();
  }
  return u.with({ path: u.path + ANNOTATIONS_SUFFIX }).toString();
}

/**
 * A store over the workspace file system with a watcher on every `*.byline.json` beside an
 * article (create, change, delete → store.fileChanged). Push the result on
 * `context.subscriptions`; its dispose() stops the watcher.
 */
export function createWorkspaceAnnotationStore(options: AnnotationStoreOptions = {}): { store: AnnotationStore; dispose(): void } {
  const store = new AnnotationStore(new WorkspaceAnnotationsFs(), { fileFor: annotationsUriFor, ...options });
  const watcher = vscode.workspace.createFileSystemWatcher(`**/*${ANNOTATIONS_SUFFIX}`);
  const onFile = (uri: vscode.Uri): void => void store.fileChanged(uri.toString());
  const subs = [watcher, watcher.onDidChange(onFile), watcher.onDidCreate(onFile), watcher.onDidDelete(onFile)];
  return {
    store,
    dispose() {
      for (const s of subs) s.dispose();
      store.dispose();
    },
  };
}
