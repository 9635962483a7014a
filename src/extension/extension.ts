// The activation bundle (dist/extension.js): small, so that activating Byline costs little. It
// registers every command and provider at once, and loads the engine (dist/extension-engine.js:
// analyses, views, status bar, watchers) right after activation — or at once, when a command, a
// provider or the API needs it first. Either way the engine starts exactly once.
import * as path from "node:path";
import * as vscode from "vscode";
import type { BylineApi, Engine } from "./engine";
import { CODE_ACTION_METADATA, COMMAND_IDS, DOCUMENT_SELECTOR } from "./registration";

export type { BylineApi, TreeSnapshot, ViewName } from "./engine";

type Handler = (...args: unknown[]) => unknown;

export function activate(context: vscode.ExtensionContext): BylineApi {
  const handlers = new Map<string, Handler>();
  let engine: Engine | undefined;
  let failure: unknown;
  const load = (): Engine => {
    if (engine) return engine;
    if (failure !== undefined) throw failure; // started once and failed: never a second, partial start
    try {
      // A separate bundle beside this one; a computed path keeps esbuild from inlining it.
      const mod = require(path.join(__dirname, "extension-engine.js")) as typeof import("./engine");
      engine = mod.start(context, (id, fn) => {
        if (COMMAND_IDS.includes(id)) handlers.set(id, fn as Handler);
        else context.subscriptions.push(vscode.commands.registerCommand(id, fn as Handler));
      });
      return engine;
    } catch (e) {
      failure = e;
      throw e;
    }
  };

  for (const id of COMMAND_IDS) {
    context.subscriptions.push(
      vscode.commands.registerCommand(id, (...args: unknown[]) => {
        load();
        const fn = handlers.get(id);
        if (!fn) throw new Error(`Byline: no handler for ${id}`);
        return fn(...args);
      }),
    );
  }
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(DOCUMENT_SELECTOR, {
      provideHover: (doc, pos, token) => load().hover.provideHover(doc, pos, token),
    }),
    vscode.languages.registerCodeActionsProvider(
      DOCUMENT_SELECTOR,
      { provideCodeActions: (doc, range, ctx, token) => load().codeActions.provideCodeActions(doc, range, ctx, token) },
      CODE_ACTION_METADATA,
    ),
  );

  // Right after activation, outside it: the engine analyses the open seed files and fills the views.
  const timer = setTimeout(() => {
    try {
      load();
    } catch (e) {
      console.error("Byline: the engine did not start", e);
    }
  }, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(timer) });

  const api = () => load().api;
  return {
    analyze: (text, options) => api().analyze(text, options),
    getAnalysis: (uri) => api().getAnalysis(uri),
    whenAnalyzed: (doc) => api().whenAnalyzed(doc),
    treeItems: (view) => api().treeItems(view),
    hoverMarkdown: (uri, offset) => api().hoverMarkdown(uri, offset),
    activeSeed: () => api().activeSeed(),
    statusText: () => api().statusText(),
    get annotations() {
      return api().annotations;
    },
    onDidAnalyze: (listener, thisArgs, disposables) => api().onDidAnalyze(listener, thisArgs, disposables),
    analyzeWorkspace: (control) => api().analyzeWorkspace(control),
  };
}

export function deactivate(): void {}
