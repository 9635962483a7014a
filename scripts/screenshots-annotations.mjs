// Pictures of annotations in a real VS Code (code-server, headless Chromium): an annotated figure
// with its hover, the editor's context menu with the annotation commands, the quick fixes that
// record, and the Annotations view. Annotations are written beforehand with the CLI
// (`byline annotate`), on a copy of a bundled seed. Saves to docs/screenshots/annotations-*.png.
//   node scripts/screenshots-annotations.mjs [--keep]
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { ROOT, buildAll, ensureHost, launchBrowser, makeRunDir, startServer, workbenchUrl } from "./vscode-host.mjs";

const SEED = "003_waiting-lists-attribution.txt";
const OUT = path.join(ROOT, "docs", "screenshots");
const t0 = Date.now();
const log = (s) => process.stdout.write(`[annotation screenshots ${((Date.now() - t0) / 1000).toFixed(1)} s] ${s}\n`);
const cli = (...args) => execFileSync(process.execPath, [path.join(ROOT, "dist", "cli.js"), ...args], { cwd: ROOT, encoding: "utf8" });

const codeServer = ensureHost();
await buildAll();
fs.mkdirSync(OUT, { recursive: true });
const run = makeRunDir("annot-shots");
const seedPath = path.join(run.workspace, "seeds", SEED);

// The unsourced figures Byline finds in the seed: source the first, leave the second to the quick fix.
const report = JSON.parse(spawnSync(process.execPath, [path.join(ROOT, "dist", "cli.js"), "check", "--format", "json", seedPath], { encoding: "utf8" }).stdout);
const figures = report.files[0].findings.filter((f) => f.rule === "unsourced-figure");
if (figures.length < 2) throw new Error(`expected two unsourced figures in ${SEED}, found ${figures.length}`);
const at = (r) => `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
const [sourced, open] = figures;
cli("annotate", seedPath, "--at", at(sourced.range), "--source", "Office for Health Statistics, quarterly release", "--url", "https://example.org/ohs/waiting-lists", "--source-date", "2025-11");
cli("annotate", seedPath, "--at", at(sourced.range), "--verdict", "verified", "--text", "matches the table on page 4");
const lines = fs.readFileSync(seedPath, "utf8").split("\n");
const headline = lines[0] ?? "";
cli("annotate", seedPath, "--at", `1:1-1:${Math.min(headline.length, 30) + 1}`, "--note", "ask the board for the monthly series");
log(`annotated ${SEED}: ${figures.length} unsourced figures, sourced “${sourced.text}”`);

const server = await startServer(codeServer, run);
const browser = await launchBrowser(run, { width: 1440, height: 900 });
let ok = false;
try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  const shot = async (name, target = page) => {
    const file = path.join(OUT, `annotations-${name}.png`);
    await target.screenshot({ path: file });
    log(`saved ${path.relative(ROOT, file)}`);
  };
  await page.goto(workbenchUrl(server, run.workspace));
  await page.waitForSelector(".explorer-folders-view .monaco-list-row", { timeout: 60_000 });
  await page.keyboard.press("Control+P");
  await page.waitForSelector(".quick-input-widget input", { state: "visible" });
  await page.keyboard.type(SEED);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${SEED}"]`);
  await page.keyboard.press("Enter");
  await page.waitForSelector(".monaco-editor .view-lines .view-line", { timeout: 30_000 });
  await page.locator(".monaco-editor .squiggly-warning, .monaco-editor .squiggly-info").first().waitFor({ timeout: 30_000 });

  // Hover on the sourced figure: the annotation card (and the dotted underline under it).
  const word = page.locator(".monaco-editor .view-line span", { hasText: sourced.text }).first();
  const wbox = await word.boundingBox();
  if (!wbox) throw new Error(`no “${sourced.text}” on screen`);
  const wtext = await word.innerText();
  const cw = wbox.width / Math.max(1, wtext.length);
  const x = wbox.x + (wtext.indexOf(sourced.text) + 1) * cw;
  await page.mouse.move(x, wbox.y + wbox.height / 2);
  await page.locator(".monaco-hover:not(.hidden) .rendered-markdown", { hasText: "Source:" }).first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(300);
  await shot("hover");
  await page.mouse.move(5, 890);
  await page.keyboard.press("Escape");

  // The quick fixes on the figure still unsourced: the ones that record are there.
  const other = page.locator(".monaco-editor .view-line span", { hasText: open.text }).first();
  const obox = await other.boundingBox();
  if (obox) {
    const otext = await other.innerText();
    const ocw = obox.width / Math.max(1, otext.length);
    await page.mouse.click(obox.x + (otext.indexOf(open.text) + 1) * ocw, obox.y + obox.height / 2);
    await page.keyboard.press("Control+.");
    await page.locator(".action-widget .monaco-list-row", { hasText: "Attribute to a source" }).first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(200);
    await shot("quick-fix");
    await page.keyboard.press("Escape");

    // The editor's context menu on a selection: Add Source…, Add Note…, Mark as ….
    await page.mouse.dblclick(obox.x + (otext.indexOf(open.text) + 1) * ocw, obox.y + obox.height / 2);
    await page.mouse.click(obox.x + (otext.indexOf(open.text) + 1) * ocw, obox.y + obox.height / 2, { button: "right" });
    const item = page.locator(".monaco-menu .action-label", { hasText: "Add Source…" }).first();
    if (await item.waitFor({ timeout: 10_000 }).then(() => true, () => false)) {
      await page.waitForTimeout(200);
      await shot("context-menu");
    } else log("no context menu entry found");
    await page.keyboard.press("Escape");
  }

  // The Annotations view in the Byline side panel (the other views collapsed).
  await page.locator('.activitybar .action-item a[aria-label^="Byline"]').first().click({ force: true });
  const header = (name) => page.locator(`.sidebar .pane-header[aria-label^="${name}"]`).first();
  await header("Annotations").waitFor({ timeout: 15_000 });
  for (const name of ["Actors", "Findings", "Timeline"]) {
    const h = header(name);
    if ((await h.getAttribute("aria-expanded")) === "true") await h.click();
  }
  if ((await header("Annotations").getAttribute("aria-expanded")) !== "true") await header("Annotations").click();
  // Widen the side bar so the labels fit.
  const sb = await page.locator(".part.sidebar").boundingBox();
  if (sb) {
    await page.mouse.move(sb.x + sb.width + 1, sb.y + sb.height / 2);
    await page.mouse.down();
    await page.mouse.move(sb.x + sb.width + 260, sb.y + sb.height / 2, { steps: 8 });
    await page.mouse.up();
  }
  const pane = page.locator(".sidebar .pane", { has: page.locator('.pane-header[aria-label^="Annotations"]') }).first();
  await pane.locator(".monaco-list-row", { hasText: "Sources" }).first().waitFor({ timeout: 15_000 });
  await pane.locator(".monaco-list-row", { hasText: "Source:" }).first().hover();
  await page.waitForTimeout(300);
  await shot("view", page.locator(".part.sidebar"));
  ok = true;
} catch (e) {
  process.stderr.write(`annotation screenshots failed: ${e instanceof Error ? e.stack : e}\n`);
  try {
    const page = browser.pages()[0];
    if (page) await page.screenshot({ path: path.join(run.dir, "failure.png") });
    process.stderr.write(`the page at the failure: ${path.join(run.dir, "failure.png")}\n`);
  } catch {
    /* nothing to add */
  }
} finally {
  await browser.close().catch(() => {});
  await server.stop();
  if (ok && !process.argv.includes("--keep")) fs.rmSync(run.dir, { recursive: true, force: true });
}
log(ok ? "done" : "FAILED");
process.exit(ok ? 0 : 1);
