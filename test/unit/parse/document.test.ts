import { strict as assert } from "node:assert";
import { parseDocument } from "../../../src/core/parse/document";

const sentences = (t: string): string[] => parseDocument(t).sentences.map((s) => t.slice(s.span.start, s.span.end));

describe("document model", () => {
  it("treats each line as a paragraph and short unpunctuated lines as headings", () => {
    const t = "Bank holds rate\nThe bank held its rate. It said so.\nLooking ahead\nMore to come.";
    const d = parseDocument(t);
    assert.deepEqual(
      d.paragraphs.map((p) => p.kind),
      ["heading", "paragraph", "heading", "paragraph"],
    );
    assert.deepEqual(sentences(t), ["Bank holds rate", "The bank held its rate.", "It said so.", "Looking ahead", "More to come."]);
  });

  it("does not split at abbreviations, initials or decimals", () => {
    const t = "Dr. Smith met Gen. Jones on Jan. 5 in the U.S. capital. Growth was 2.5 percent, said George W. Bush. He left.";
    assert.deepEqual(sentences(t), [
      "Dr. Smith met Gen. Jones on Jan. 5 in the U.S. capital.",
      "Growth was 2.5 percent, said George W. Bush.",
      "He left.",
    ]);
  });

  it("splits after a multi-dot abbreviation when a sentence opener follows", () => {
    const t = "The talks were held at 3 p.m. The minister left early.";
    assert.equal(sentences(t).length, 2);
  });

  it("keeps closing quotes with their sentence", () => {
    const t = "“We will win.” That was the view of the minister. “Really?” she asked.";
    assert.deepEqual(sentences(t), ["“We will win.”", "That was the view of the minister.", "“Really?” she asked."]);
  });

  it("finds curly, straight and nested quotes", () => {
    const t = "He said “the plan is ‘dead on arrival’ for now” and then \"we move on\" quickly.";
    const d = parseDocument(t);
    const qs = d.quotes.map((q) => [t.slice(q.inner.start, q.inner.end), q.depth, q.closed]);
    assert.deepEqual(qs, [
      ["the plan is ‘dead on arrival’ for now", 0, true],
      ["dead on arrival", 1, true],
      ["we move on", 0, true],
    ]);
  });

  it("does not take apostrophes for quotes", () => {
    const t = "Ukraine’s stance and the latter’s resort; don't panic.";
    assert.equal(parseDocument(t).quotes.length, 0);
  });

  it("ends an unclosed quote at its paragraph and continues it in the next", () => {
    const t = "She said: “We will not stop.\n“Never,” she added.\nAnother paragraph.";
    const d = parseDocument(t);
    assert.equal(d.quotes.length, 2);
    assert.equal(d.quotes[0]!.closed, false);
    assert.equal(d.quotes[0]!.span.end, t.indexOf("\n"));
    assert.equal(d.quotes[1]!.continuesPrevious, true);
  });

  it("keeps offsets exact with a BOM and CRLF line ends", () => {
    const t = "\ufeffHeadline here\r\nThe first sentence. The second one.\r\n";
    const d = parseDocument(t);
    assert.equal(d.contentStart, 1);
    const ss = sentences(t);
    assert.deepEqual(ss, ["Headline here", "The first sentence.", "The second one."]);
    assert.equal(t.slice(d.paragraphs[1]!.span.start, d.paragraphs[1]!.span.end), "The first sentence. The second one.");
  });

  it("keeps emoji (surrogate pairs) whole at span edges", () => {
    const t = "🎉 Party time.\n“🎉 It is on 🎉,” she said.";
    const d = parseDocument(t);
    const q = d.quotes[0]!;
    assert.equal(t.slice(q.inner.start, q.inner.end), "🎉 It is on 🎉,");
    assert.equal(sentences(t)[0], "🎉 Party time.");
  });

  it("handles an empty file and a blank file", () => {
    assert.equal(parseDocument("").paragraphs.length, 0);
    assert.equal(parseDocument("\n\n  \r\n").sentences.length, 0);
  });

  it("parses YAML front matter and reports malformed fields", () => {
    const t = "---\ntitle: A title\ndate: 2025-11-06\n---\nBody text here.";
    const d = parseDocument(t);
    assert.equal(d.frontMatter?.fields.date, "2025-11-06");
    assert.equal(d.frontMatter?.fields.title, "A title");
    assert.equal(d.paragraphs[0]!.span.start, t.indexOf("Body"));
    const bad = parseDocument("---\ndate: 2025-02-30\nurl: nope\n---\nBody.");
    assert.deepEqual(bad.frontMatter?.problems.map((p) => p.field).sort(), ["date", "url"]);
    const broken = parseDocument("---\ntitle: [unclosed\n---\nBody.");
    assert.ok(broken.frontMatter!.problems.length > 0);
  });

  it("recognises a wire dateline", () => {
    const t = "KYIV, Dec 28 (Reuters) – Ukraine said on Sunday it was ready.";
    const d = parseDocument(t);
    assert.equal(d.dateline?.place, "KYIV");
    assert.equal(d.dateline?.dateText, "Dec 28");
    assert.equal(d.dateline?.agency, "Reuters");
    const plain = parseDocument("SANTIAGO, June 19 (Wire) - Chile awarded contracts.");
    assert.equal(plain.dateline?.dateText, "June 19");
    assert.equal(parseDocument("Chile awarded contracts on Thursday.").dateline, undefined);
  });

  it("parses a 5 MB file in well under the time a user would notice", () => {
    const para = "The minister said 1,200 troops would arrive. “We are ready,” he said.\n";
    const t = para.repeat(Math.ceil((5 * 1024 * 1024) / para.length));
    const d = parseDocument(t);
    assert.ok(d.paragraphs.length > 70000);
    assert.equal(d.quotes.length, d.paragraphs.length);
  });
});
