// The activation bundle registers a fixed list of command ids before the engine loads: the list
// must hold every command the engine handles and every command package.json contributes.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";

const root = path.join(__dirname, "..", "..", "..");
const dir = path.join(root, "src", "extension");

function sources(d: string): string[] {
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(d, e.name);
    return e.isDirectory() ? sources(p) : p.endsWith(".ts") ? [fs.readFileSync(p, "utf8")] : [];
  });
}

describe("extension/registration: the commands registered at activation", () => {
  const registration = fs.readFileSync(path.join(dir, "registration.ts"), "utf8");
  const list = /COMMAND_IDS: readonly string\[\] = \[([^\]]*)\]/.exec(registration)?.[1] ?? "";
  const ids = [...list.matchAll(/"(byline\.[a-zA-Z]+)"/g)].map((m) => m[1]);

  it("lists each command once", () => {
    assert.ok(ids.length > 0);
    assert.equal(new Set(ids).size, ids.length);
  });

  it("lists every command the engine has a handler for, and nothing else", () => {
    const handled = new Set(sources(dir).flatMap((s) => [...s.matchAll(/\bcommand\("(byline\.[a-zA-Z]+)"/g)].map((m) => m[1])));
    assert.deepEqual([...ids].sort(), [...handled].sort());
  });

  it("lists every command package.json contributes", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { contributes: { commands: { command: string }[] } };
    for (const c of pkg.contributes.commands) assert.ok(ids.includes(c.command), c.command);
  });
});
