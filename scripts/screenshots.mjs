// Opens the bundled seed in a real VS Code (code-server) in headless Chromium with Byline loaded,
// and saves PNGs of what Byline shows to docs/screenshots/. Fails when Byline shows nothing.
//   node scripts/screenshots.mjs [--keep]
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { ROOT, buildAll, ensureHost, launchBrowser, makeRunDir, startServer, workbenchUrl } from "./vscode-host.mjs";

// --seed FILE: take the pictures on another article (copied into the workspace's seeds/).
const seedArg = process.argv.indexOf("--seed");
const SEED_FILE = seedArg > 0 ? path.resolve(process.argv[seedArg + 1]) : undefined;
let SEED = SEED_FILE ? path.basename(SEED_FILE) : "000_6c5918a61936de63.txt";
const OUT = path.join(ROOT, "docs", "screenshots");
const t0 = Date.now();

/** The CLI's JSON report on the bundled seeds (the same engine as the editor). */
function report() {
  const r = spawnSync(process.execPath, [path.join(ROOT, "dist", "cli.js"), "check", "--format", "json", "seeds"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return JSON.parse(r.stdout).files;
}

/** The user's seed when Byline finds something in it, else the bundled seed with the most findings. */
function seedWithFindings(preferred) {
  const files = report().map((f) => ({ name: path.basename(f.path), n: f.findings.length }));
  if ((files.find((f) => f.name === preferred)?.n ?? 0) > 0) return preferred;
  const best = [...files].sort((a, b) => b.n - a.n)[0];
  if (!best || best.n === 0) throw new Error("no seed file has a finding to show");
  log(`${preferred} has no findings yet; taking the pictures on ${best.name} (${best.n} findings)`);
  return best.name;
}

/** The words of the most mentioned person's first mention in a seed, for the actor card. */
function actorWords(seedName) {
  const file = report().find((f) => path.basename(f.path) === seedName);
  const actors = (file?.actors ?? []).filter((a) => a.kind === "person" && a.mentions.length > 0);
  const top = actors.sort((a, b) => b.mentions.length - a.mentions.length)[0];
  if (!top) return undefined;
  const text = fs.readFileSync(path.join(ROOT, "seeds", seedName), "utf8").split(/\r\n|\r|\n/);
  const m = top.mentions[0];
  const words = text[m.start.line]?.slice(m.start.character, m.end.line === m.start.line ? m.end.character : undefined);
  return words ? words.split(" ").pop() : undefined;
}
const log = (s) => process.stdout.write(`[screenshots ${((Date.now() - t0) / 1000).toFixed(1)} s] ${s}\n`);

const codeServer = ensureHost();
await buildAll();
if (!SEED_FILE) SEED = seedWithFindings(SEED);
fs.mkdirSync(OUT, { recursive: true });
const run = makeRunDir("shots");
if (SEED_FILE) fs.copyFileSync(SEED_FILE, path.join(run.workspace, "seeds", SEED));
const server = await startServer(codeServer, run);
const browser = await launchBrowser(run, { width: 1440, height: 900 });
let ok = false;
const saved = [];
try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  const shot = async (name, target = page) => {
    const file = path.join(OUT, `${name}.png`);
    await target.screenshot({ path: file });
    saved.push(path.relative(ROOT, file));
    log(`saved ${path.relative(ROOT, file)}`);
  };
  await page.goto(workbenchUrl(server, run.workspace));
  await page.waitForSelector(".monaco-workbench .part.editor", { timeout: 60_000 });
  // Wait until the workspace's files are listed, then open the seed through Quick Open.
  await page.waitForSelector(".explorer-folders-view .monaco-list-row", { timeout: 60_000 });
  await page.keyboard.press("Control+P");
  await page.waitForSelector(".quick-input-widget input", { state: "visible" });
  await page.keyboard.type(SEED);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${SEED}"]`);
  await page.keyboard.press("Enter");
  await page.waitForSelector(".monaco-editor .view-lines .view-line", { timeout: 30_000 });
  // Byline's status bar item appears once the file is analysed.
  const status = page.locator('.statusbar-item[id$="byline.status"]');
  await status.waitFor({ timeout: 30_000 });
  await page.waitForFunction(
    () => /Byline: (dated|undated)/.test(document.querySelector('.statusbar-item[id$="byline.status"]')?.textContent ?? ""),
    undefined,
    { timeout: 30_000 },
  );
  log(`status bar: ${(await status.innerText()).trim()}`);
  const squiggle = page.locator(".monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info").first();
  await squiggle.waitFor({ timeout: 30_000 });
  // Close the side bar's Explorer so the editor is wide, then show the squiggles.
  await page.mouse.move(5, 890);
  await shot("squiggles");

  // A hover card: on the first finding.
  const box = await squiggle.boundingBox();
  if (!box) throw new Error("squiggle has no box");
  await page.mouse.move(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2 - 4);
  await page.waitForSelector(".monaco-hover:not(.hidden) .hover-contents, .monaco-hover:not(.hidden) .rendered-markdown", { timeout: 15_000 });
  await page.waitForTimeout(300); // the card fades in; let it finish before the picture
  await shot("hover-finding");

  // An actor card on the most mentioned person, when the analysis has actors.
  await page.mouse.move(5, 890);
  await page.keyboard.press("Escape");
  const who = SEED_FILE ? "Zelensky" : (actorWords(SEED) ?? "Zelensky");
  const zel = page.locator(".monaco-editor .view-line span", { hasText: who }).first();
  const zbox = (await zel.count()) > 0 ? await zel.boundingBox() : null;
  if (zbox) {
    const text = await zel.innerText();
    const i = text.indexOf(who);
    const charW = zbox.width / Math.max(1, text.length);
    await page.mouse.move(zbox.x + (i + 3) * charW, zbox.y + zbox.height / 2);
    const hover = page.locator(".monaco-hover:not(.hidden) .rendered-markdown", { hasText: "mention" }).first();
    if (await hover.waitFor({ timeout: 5_000 }).then(() => true, () => false)) {
      await page.waitForTimeout(300);
      await shot("hover-actor");
    } else log(`no actor card on ${who} (no actors in the analysis yet)`);
  }
  await page.mouse.move(5, 890);
  await page.keyboard.press("Escape");

  // The quick-fix menu on the first finding.
  await page.mouse.click(box.x + 3, box.y + box.height / 2 - 4);
  await page.keyboard.press("Control+.");
  await page.waitForSelector(".action-widget .monaco-list-row", { timeout: 15_000 });
  await page.waitForTimeout(200);
  await shot("quick-fix");
  await page.keyboard.press("Escape");

  // The Byline side panel: each view expanded on its own.
  await page.locator('.activitybar .action-item a[aria-label^="Byline"]').first().click({ force: true });
  const paneHeader = (name) => page.locator(`.sidebar .pane-header[aria-label^="${name}"]`).first();
  await paneHeader("Findings").waitFor({ timeout: 15_000 });
  // Widen the side bar by dragging its edge, so the views' descriptions fit.
  const sb = await page.locator(".part.sidebar").boundingBox();
  if (sb) {
    await page.mouse.move(sb.x + sb.width + 1, sb.y + sb.height / 2);
    await page.mouse.down();
    await page.mouse.move(sb.x + sb.width + 260, sb.y + sb.height / 2, { steps: 8 });
    await page.mouse.up();
  }
  await page.mouse.move(900, 600);
  const sidebar = page.locator(".part.sidebar");
  for (const name of ["Actors", "Findings", "Timeline"]) {
    const h = paneHeader(name);
    if ((await h.getAttribute("aria-expanded")) !== "true") await h.click();
  }
  await page.waitForSelector(".sidebar .pane-body .monaco-list-row", { timeout: 15_000 });
  // Expand the first actor, to show its claims and quotes.
  const firstActor = page.locator('.sidebar .pane:has(.pane-header[aria-label^="Actors"]) .monaco-list-row[aria-expanded="false"]').first();
  if (await firstActor.count()) await firstActor.locator(".monaco-tl-twistie").click();
  await page.waitForTimeout(300);
  await shot("side-panel", sidebar);
  for (const name of ["Actors", "Findings", "Timeline"]) {
    const pane = page.locator(".sidebar .pane", { has: page.locator(`.pane-header[aria-label^="${name}"]`) }).first();
    await shot(`view-${name.toLowerCase()}`, pane);
  }

  // The Problems panel.
  await page.keyboard.press("Control+Shift+M");
  await page.waitForSelector(".markers-panel .monaco-list-row", { timeout: 15_000 });
  await page.waitForTimeout(300);
  await shot("problems");
  ok = true;
} catch (e) {
  process.stderr.write(`screenshots failed: ${e instanceof Error ? e.stack : e}\n`);
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
log(ok ? `${saved.length} screenshots in docs/screenshots/` : "FAILED");
process.exit(ok ? 0 : 1);
