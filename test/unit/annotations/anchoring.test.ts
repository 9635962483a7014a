import { strict as assert } from "node:assert";
import { anchor, anchorAll, describeSpan, normalizeNewlines, refreshTargets, shiftSpan } from "../../../src/core/annotations/anchoring";
import { createAnnotation } from "../../../src/core/annotations/store";

const ARTICLE = [
  "Kyiv, 28 December 2025",
  "The economy grew by 2.5 percent last year, the central bank said.",
  "Unemployment reached 14 percent in the east of the country.",
  "Exports fell by a third.",
].join("\n");

function spanOf(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, `${needle} not in text`);
  return { start, end: start + needle.length };
}

describe("annotations: anchoring", () => {
  const figure = spanOf(ARTICLE, "14 percent");
  const target = describeSpan(ARTICLE, figure);

  it("describes a span with a quote, 32 characters of context and offsets", () => {
    assert.equal(target.quote.exact, "14 percent");
    assert.equal(target.quote.prefix, ARTICLE.slice(figure.start - 32, figure.start));
    assert.equal(target.quote.suffix.length, 32);
    assert.deepEqual(target.position, figure);
  });

  it("keeps the exact position when the text is unchanged", () => {
    assert.deepEqual(anchor(ARTICLE, target), { status: "anchored", span: figure, method: "position", errors: 0 });
  });

  it("follows an insertion before the target", () => {
    const edited = ARTICLE.replace("Kyiv, 28 December 2025\n", "Kyiv, 28 December 2025\nA new paragraph was inserted here, above everything.\n");
    const r = anchor(edited, target);
    assert.equal(r.status, "anchored");
    if (r.status !== "anchored") return;
    assert.equal(r.method, "quote");
    assert.equal(edited.slice(r.span.start, r.span.end), "14 percent");
    assert.deepEqual(r.span, spanOf(edited, "14 percent"));
  });

  it("stays put under an insertion after the target", () => {
    const edited = ARTICLE + "\nA closing paragraph.";
    const r = anchor(edited, target);
    assert.ok(r.status === "anchored" && r.method === "position");
    assert.deepEqual(r.status === "anchored" && r.span, figure);
  });

  it("follows a small edit inside the quote (fuzzy)", () => {
    const long = spanOf(ARTICLE, "Unemployment reached 14 percent in the east");
    const t = describeSpan(ARTICLE, long);
    const edited = "Intro line.\n" + ARTICLE.replace("reached 14 percent", "reached nearly 14 percent");
    const r = anchor(edited, t);
    assert.equal(r.status, "anchored");
    if (r.status !== "anchored") return;
    assert.equal(r.method, "fuzzy");
    assert.equal(edited.slice(r.span.start, r.span.end), "Unemployment reached nearly 14 percent in the east");
  });

  it("follows an insertion inside a short quote when its context still agrees", () => {
    const edited = ARTICLE.replace("14 percent", "14.2 percent");
    const r = anchor(edited, target);
    assert.equal(r.status, "anchored");
    if (r.status !== "anchored") return;
    assert.equal(r.method, "fuzzy");
    assert.equal(edited.slice(r.span.start, r.span.end), "14.2 percent");
  });

  it("makes an orphan when the target is deleted, keeping its old text", () => {
    const edited = ARTICLE.replace("Unemployment reached 14 percent in the east of the country.\n", "");
    const r = anchor(edited, target);
    assert.equal(r.status, "orphan");
    const a = createAnnotation({ kind: "note", text: "check" }, ARTICLE, figure, "2026-01-01T00:00:00Z", "n1");
    const all = anchorAll(edited, [a]);
    assert.equal(all.anchored.length, 0);
    assert.equal(all.orphans[0]?.oldText, "14 percent");
  });

  it("prefers the edited original over the same words standing elsewhere in another context", () => {
    const long = spanOf(ARTICLE, "the central bank said");
    const t = describeSpan(ARTICLE, long);
    const edited = ARTICLE.replace("the central bank said", "the central bank stated") + "Elsewhere, the central bank said nothing.\n";
    const r = anchor(edited, t);
    assert.ok(r.status === "anchored");
    if (r.status !== "anchored") return;
    assert.equal(r.method, "fuzzy");
    assert.equal(r.span.start, spanOf(edited, "the central bank stated").start);
  });

  it("keeps a quote edited in place rather than a closer copy far away", () => {
    const quote = "the economy grew by about two percent";
    const text = `Intro line here.\nOfficials said ${quote} in the last quarter.\n` + "Filler sentence number one goes here.\n".repeat(20);
    const t = describeSpan(text, spanOf(text, quote));
    const edited = text.replace(quote, "the economy grew by roughly 2 percent") + "Critics doubted the economy grew by about too percent.\n";
    const r = anchor(edited, t);
    assert.ok(r.status === "anchored");
    if (r.status !== "anchored") return;
    assert.equal(edited.slice(r.span.start, r.span.end).startsWith("the economy grew by roughly"), true);
  });

  it("does not attach a short quote to the same figure in an unrelated sentence", () => {
    const edited = ARTICLE.replace("Unemployment reached 14 percent in the east of the country.\n", "") + "Turnout was 14 percent in the capital, officials said.\n";
    assert.equal(anchor(edited, target).status, "orphan");
  });

  it("does not fuzzily attach a short quote to an unrelated place", () => {
    const edited = "Something else entirely. Inflation hit 15 percent.\n";
    assert.equal(anchor(edited, target).status, "orphan");
  });

  it("picks, among the same quote twice, the one whose context fits", () => {
    const text = "In Kharkiv, 20 percent of homes lost power.\nIn Odesa, 20 percent of schools closed.\n";
    const second = spanOf(text, "20 percent", text.indexOf("Odesa"));
    const t = describeSpan(text, second);
    const edited = "Update: 20 percent.\n" + text;
    const r = anchor(edited, t);
    assert.ok(r.status === "anchored");
    if (r.status !== "anchored") return;
    assert.equal(r.span.start, spanOf(edited, "20 percent", edited.indexOf("Odesa")).start);
  });

  it("picks, among identical quote and context, the one nearest the old position", () => {
    const line = "The figure was 5 percent, officials said.\n";
    const text = line + line + line;
    const third = spanOf(text, "5 percent", 2 * line.length);
    const t = describeSpan(text, third);
    // Remove the first line: the old position now points past the end of the second copy.
    const edited = line + line;
    const r = anchor(edited, t);
    assert.ok(r.status === "anchored");
    if (r.status !== "anchored") return;
    assert.equal(r.span.start, spanOf(edited, "5 percent", line.length).start);
  });

  it("anchors across a change from LF to CRLF line endings and back", () => {
    const multi = spanOf(ARTICLE, "last year, the central bank said.\nUnemployment reached");
    const t = describeSpan(ARTICLE, multi);
    const crlf = ARTICLE.replace(/\n/g, "\r\n");
    const r = anchor(crlf, t);
    assert.ok(r.status === "anchored");
    if (r.status !== "anchored") return;
    assert.equal(crlf.slice(r.span.start, r.span.end), "last year, the central bank said.\r\nUnemployment reached");
    // And a target taken in the CRLF text anchors in the LF text.
    const back = anchor(ARTICLE, describeSpan(crlf, r.span));
    assert.ok(back.status === "anchored");
    assert.deepEqual(back.status === "anchored" && back.span, multi);
  });

  it("maps offsets through newline normalisation both ways", () => {
    const n = normalizeNewlines("a\r\nb\rc\r\nd");
    assert.equal(n.text, "a\nb\nc\nd");
    for (let i = 0; i <= n.text.length; i++) assert.equal(n.toNormalized(n.toOriginal(i)), i);
    assert.equal(n.toOriginal(2), 3);
    assert.equal(n.toOriginal(6), 8);
  });

  it("refreshes targets that moved, and leaves orphans and unmoved ones alone", () => {
    const a = createAnnotation({ kind: "source", source: "ILO" }, ARTICLE, figure, "2026-01-01T00:00:00Z", "s1");
    const same = refreshTargets(ARTICLE, [a]);
    assert.equal(same.changed, false);
    const moved = refreshTargets("Intro.\n" + ARTICLE, [a]);
    assert.equal(moved.changed, true);
    assert.equal(moved.annotations[0]?.target?.position.start, figure.start + 7);
    assert.equal(moved.annotations[0]?.modified, a.modified);
    const gone = refreshTargets("Nothing left.", [a]);
    assert.equal(gone.changed, false);
    assert.deepEqual(gone.annotations[0], a);
  });

  it("shifts spans through editor changes", () => {
    const s = { start: 10, end: 20 };
    assert.deepEqual(shiftSpan(s, [{ start: 0, end: 0, text: "abc" }]), { start: 13, end: 23 });
    assert.deepEqual(shiftSpan(s, [{ start: 10, end: 10, text: "abc" }]), { start: 13, end: 23 }, "insertion at start stays outside");
    assert.deepEqual(shiftSpan(s, [{ start: 20, end: 20, text: "abc" }]), s, "insertion at end stays outside");
    assert.deepEqual(shiftSpan(s, [{ start: 15, end: 15, text: "abc" }]), { start: 10, end: 23 });
    assert.deepEqual(shiftSpan(s, [{ start: 12, end: 14, text: "" }]), { start: 10, end: 18 });
    assert.deepEqual(shiftSpan(s, [{ start: 5, end: 12, text: "x" }]), { start: 5, end: 14 });
    assert.deepEqual(shiftSpan(s, [{ start: 18, end: 25, text: "" }]), { start: 10, end: 18 });
    assert.deepEqual(shiftSpan(s, [{ start: 5, end: 25, text: "" }]), { start: 5, end: 5 });
    assert.deepEqual(shiftSpan(s, [{ start: 30, end: 31, text: "" }]), s);
  });
});
