// A stand-in for the `vscode` module, enough to load and activate the extension in plain Node:
// every property is a callable, constructible stub; registrations return disposables; settings
// return their defaults; there is no open editor and no workspace folder.
"use strict";

const NONE = new Set(["activeTextEditor", "workspaceFolders", "activeNotebookEditor", "rootPath"]);
const EMPTY = new Set(["textDocuments", "visibleTextEditors", "visibleNotebookEditors", "all"]);

function stub(name) {
  const cache = new Map();
  const assigned = new Map();
  const target = function () {};
  return new Proxy(target, {
    get(t, prop) {
      if (assigned.has(prop)) return assigned.get(prop);
      if (prop === "then") return undefined;
      if (prop === Symbol.toPrimitive) return (hint) => (hint === "number" ? 0 : name);
      if (prop === Symbol.iterator) return function* () {};
      if (prop === "prototype") return t.prototype;
      if (typeof prop === "symbol") return undefined;
      if (NONE.has(prop)) return undefined;
      if (EMPTY.has(prop)) return [];
      if (prop === "dispose") return () => {};
      if (prop in t && !["name", "length", "call", "apply", "bind"].includes(prop)) return t[prop];
      if (!cache.has(prop)) cache.set(prop, stub(`${name}.${prop}`));
      return cache.get(prop);
    },
    set(_t, prop, value) {
      // Kept aside: a function's own `name` and `length` are read-only.
      assigned.set(prop, value);
      return true;
    },
    apply(_t, _this, args) {
      // configuration.get(key, default) → the default; document.getText() → "".
      if (name.endsWith(".get") && args.length >= 2) return args[1];
      if (name.endsWith(".getText")) return "";
      return stub(`${name}()`);
    },
    construct(_t, args) {
      const o = stub(`new ${name}`);
      // Keep constructor arguments readable (new Range(a, b) → .start / .end are not needed, but values are).
      args.forEach((a, i) => (o[`arg${i}`] = a));
      return o;
    },
  });
}

// Bundlers copy a CommonJS module's own properties (esbuild's __toESM) but keep its prototype:
// the stub sits in the prototype so every `vscode.x` still reaches it.
module.exports = Object.create(stub("vscode"));
module.exports.stub = stub;
