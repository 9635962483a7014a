// The manifest is tested: commands have handlers, settings are read and match the core's zod
// schema, versions agree with the CHANGELOG.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { configSchema, defaultConfig } from "../../src/core/config";
import { SETTING_KEYS } from "../../src/extension/settingKeys";

const root = path.resolve(__dirname, "..", "..");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
  version: string;
  engines: { vscode: string };
  activationEvents: string[];
  devDependencies: Record<string, string>;
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    views: Record<string, { id: string }[]>;
    viewsWelcome: { view: string }[];
    configuration: { properties: Record<string, { default: unknown; scope?: string; description?: string; markdownDescription?: string; enum?: string[]; additionalProperties?: { enum?: string[] } }> };
  };
};

function extensionSources(): string {
  const dir = path.join(root, "src", "extension");
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith(".ts")) out.push(fs.readFileSync(p, "utf8"));
    }
  };
  walk(dir);
  return out.join("\n");
}

describe("package.json manifest", () => {
  const src = extensionSources();
  const commands = pkg.contributes.commands.map((c) => c.command);

  it("contributes only byline.* commands, each in the Byline category and registered in code", () => {
    for (const c of pkg.contributes.commands) {
      assert.match(c.command, /^byline\.[a-zA-Z]+$/);
      assert.equal(c.category, "Byline", c.command);
      assert.ok(src.includes(`command("${c.command}"`), `${c.command} has a handler`);
    }
  });

  it("refers in menus and welcome content only to contributed commands and views", () => {
    const viewIds = Object.values(pkg.contributes.views).flat().map((v) => v.id);
    for (const items of Object.values(pkg.contributes.menus)) {
      for (const m of items) assert.ok(commands.includes(m.command), `menu command ${m.command} is contributed`);
    }
    for (const w of pkg.contributes.viewsWelcome) assert.ok(viewIds.includes(w.view), w.view);
    for (const id of viewIds) assert.ok(src.includes(`byline.\${name}`) || src.includes(`"${id}"`), `${id} is created in code`);
    assert.deepEqual(viewIds, ["byline.actors", "byline.findings", "byline.timeline", "byline.annotations"]);
  });

  it("activates on seed files, never on startup", () => {
    assert.ok(!pkg.activationEvents.includes("*"));
    assert.ok(!pkg.activationEvents.includes("onStartupFinished"));
    assert.ok(pkg.activationEvents.some((e) => e.startsWith("workspaceContains:")));
    assert.ok(pkg.activationEvents.some((e) => e.startsWith("onLanguage:")));
  });

  it("has one setting per key of the core config schema, with the same defaults", () => {
    const props = pkg.contributes.configuration.properties;
    const keys = Object.keys(props).map((k) => k.replace(/^byline\./, ""));
    assert.deepEqual([...keys].sort(), Object.keys(configSchema.shape).sort());
    assert.deepEqual([...SETTING_KEYS].sort(), [...keys].sort());
    for (const [name, p] of Object.entries(props)) {
      const key = name.replace(/^byline\./, "") as keyof typeof defaultConfig;
      const expected = defaultConfig[key] ?? ""; // optional keys: an empty string means "unset"
      assert.deepEqual(p.default, expected, `${name} default`);
      assert.ok(p.scope, `${name} has a scope`);
      assert.ok((p.markdownDescription ?? p.description ?? "").length > 20, `${name} has a description`);
      assert.equal(configSchema.shape[key].safeParse(p.default === "" ? undefined : p.default).success, true, `${name} default passes the schema`);
    }
    const levels = props["byline.rules"]?.additionalProperties?.enum ?? [];
    assert.deepEqual(levels, ["off", "error", "warning", "information", "hint"]);
  });

  it("reads every setting it contributes", () => {
    for (const key of SETTING_KEYS) assert.ok(src.includes(`"${key}"`), `byline.${key} is read`);
  });

  it("targets a VS Code that code-server 4.100.3 (VS Code 1.100.3) can load", () => {
    assert.match(pkg.engines.vscode, /^\^1\.(\d|[1-9]\d|100)\.\d+$/);
    assert.match(pkg.devDependencies["@types/vscode"] ?? "", /1\.100\./);
  });

  it("has a CHANGELOG entry for its version", () => {
    const changelog = fs.readFileSync(path.join(root, "CHANGELOG.md"), "utf8");
    const first = /^## (\d+\.\d+\.\d+) – \d{4}-\d{2}-\d{2}$/m.exec(changelog);
    assert.ok(first, "CHANGELOG has `## x.y.z – YYYY-MM-DD` entries");
    assert.equal(first[1], pkg.version);
  });
});
