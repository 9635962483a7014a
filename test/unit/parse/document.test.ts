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

  it("ends a sentence at the platform X ('in a post on X.'), not at the initial of Malcolm X.", () => {
    assert.deepEqual(sentences("Sentrix said in a post on X. Shares fell 8 percent."), ["Sentrix said in a post on X.", "Shares fell 8 percent."]);
    assert.equal(sentences("He wrote to X. Smith replied.").length, 2);
    assert.equal(sentences("Malcolm X. Shares fell 8 percent.").length, 1);
  });

  it("does not split at an abbreviation before a number ('Rs. 500', 'approx. 2 percent')", () => {
    assert.equal(sentences("The minister said the ticket costs Rs. 500.").length, 1);
    assert.equal(sentences("The report said motorcyclists make up approx. 2 percent of traffic.").length, 1);
    assert.equal(sentences("The crew, incl. 12 engineers, left.").length, 1);
    assert.equal(sentences("Sales rose 5 percent, it said. 2020 was worse.").length, 2);
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
    // In Markdown emphasis: the place and the date where they stand, the marks in the dateline.
    const md = "**NAIROBI, June 19 (Reuters)** – Ministers from eight countries met.";
    const b = parseDocument(md).dateline;
    assert.equal(b?.place, "NAIROBI");
    assert.equal(md.slice(b!.placeSpan.start, b!.placeSpan.end), "NAIROBI");
    assert.equal(md.slice(b!.dateSpan!.start, b!.dateSpan!.end), "June 19");
    assert.equal(md.slice(b!.span.start, b!.span.end), "**NAIROBI, June 19 (Reuters)** – ");
    assert.equal(parseDocument("*KYIV, Dec 28* – Talks resumed.").dateline?.dateText, "Dec 28");
    // Marks that open no dateline: a bold lead-in is no place.
    assert.equal(parseDocument("**Breaking** – Talks resumed on Dec 28.").dateline, undefined);
  });

  it("recognises datelines with the day first, an agency without brackets or a dash, a place in small letters, or no place", () => {
    const at = (t: string): unknown => {
      const d = parseDocument(t).dateline;
      return d && [d.place, d.dateText, d.agency, t.slice(d.span.start, d.span.end)];
    };
    assert.deepEqual(at("KUALA LUMPUR, 5 Feb (Bernama) -- The Ministry of Health ordered a recall."), ["KUALA LUMPUR", "5 Feb", "Bernama", "KUALA LUMPUR, 5 Feb (Bernama) -- "]);
    assert.deepEqual(at("TOKYO, Jan. 21 Kyodo - The court upheld the ruling."), ["TOKYO", "Jan. 21", "Kyodo", "TOKYO, Jan. 21 Kyodo - "]);
    assert.deepEqual(at("Accra, Jan. 21, GNA - The court upheld the ruling."), ["Accra", "Jan. 21", "GNA", "Accra, Jan. 21, GNA - "]);
    assert.deepEqual(at("NEW DELHI, Jan 21 (PTI) The court upheld the ruling."), ["NEW DELHI", "Jan 21", "PTI", "NEW DELHI, Jan 21 (PTI) "]);
    assert.deepEqual(at("Jan 21 (Reuters) - The court upheld the ruling."), ["", "Jan 21", "Reuters", "Jan 21 (Reuters) - "]);
    // Not a company's name in capitals, nor a place in small letters without a date and an agency.
    assert.equal(at("AVON RENT-A-CAR & TRUCK Corp. said it declared a dividend."), undefined);
    assert.equal(at("Accra, Jan. 21 - The court upheld the ruling."), undefined);
    assert.equal(at("Officials - The court upheld the ruling."), undefined);
  });

  it("parses a 5 MB file in well under the time a user would notice", () => {
    const para = "The minister said 1,200 troops would arrive. “We are ready,” he said.\n";
    const t = para.repeat(Math.ceil((5 * 1024 * 1024) / para.length));
    const d = parseDocument(t);
    assert.ok(d.paragraphs.length > 70000);
    assert.equal(d.quotes.length, d.paragraphs.length);
  });
});

// ---------------------------------------------------------------------------------------------
// Tricky text: every span must be exact, nothing may crash, nothing may take long.

const quotes = (t: string): string[] => parseDocument(t).quotes.map((q) => t.slice(q.span.start, q.span.end));
const paragraphs = (t: string): string[] => parseDocument(t).paragraphs.map((p) => t.slice(p.span.start, p.span.end));

/** Every span of the model lies within the text and never cuts a surrogate pair. */
function assertWellFormed(t: string): void {
  const d = parseDocument(t);
  const spans = [
    ...d.paragraphs.map((p) => p.span),
    ...d.sentences.map((s) => s.span),
    ...d.quotes.flatMap((q) => [q.span, q.inner]),
    ...(d.frontMatter ? [d.frontMatter.span, d.frontMatter.body] : []),
    ...(d.dateline ? [d.dateline.span] : []),
  ];
  for (const s of spans) {
    assert.ok(0 <= s.start && s.start <= s.end && s.end <= t.length, `span ${s.start}-${s.end} outside the text`);
    for (const o of [s.start, s.end]) {
      const before = t.charCodeAt(o - 1);
      const after = t.charCodeAt(o);
      assert.ok(!(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff), `offset ${o} splits a surrogate pair`);
    }
  }
  for (const p of d.paragraphs) {
    for (const i of p.sentences) {
      const s = d.sentences[i]!.span;
      assert.ok(p.span.start <= s.start && s.end <= p.span.end, "a sentence leaves its paragraph");
    }
  }
  for (const q of d.quotes) assert.ok(q.span.start <= q.inner.start && q.inner.end <= q.span.end);
}

describe("document model on tricky text", () => {
  describe("sentences", () => {
    const cases: [string, string, string[]][] = [
      ["titles", "Mr. Brown and Mrs. Green met Prof. Black. They talked.", ["Mr. Brown and Mrs. Green met Prof. Black.", "They talked."]],
      ["place abbreviations", "She moved to St. Louis last year. It rained.", ["She moved to St. Louis last year.", "It rained."]],
      ["country abbreviations mid-sentence", "The U.K. government and U.S. Senate agreed. Then they left.", ["The U.K. government and U.S. Senate agreed.", "Then they left."]],
      ["country abbreviation at the end", "Talks moved to the U.S. The delegates flew home.", ["Talks moved to the U.S.", "The delegates flew home."]],
      ["e.g. and i.e.", "Some items, e.g. Bread, rose. Others fell.", ["Some items, e.g. Bread, rose.", "Others fell."]],
      ["No. before a number", "He lives at No. 10 Downing Street. We met.", ["He lives at No. 10 Downing Street.", "We met."]],
      ["“no.” as a word", "He said no. No one came. See Art. 5 and Art. IV here. It ended.", ["He said no.", "No one came.", "See Art. 5 and Art. IV here.", "It ended."]],
      ["a unit letter after a number", "It hit 40 C. The team left at 3 p.m. on day 2.", ["It hit 40 C.", "The team left at 3 p.m. on day 2."]],
      ["a backtick-style opening quote", "He works in Havana. ``But it is home,'' he said.", ["He works in Havana.", "``But it is home,'' he said."]],
      ["a list number", "1. The first point is this. 2. The second.", ["1. The first point is this.", "2. The second."]],
      ["company abbreviations", "Acme Inc. said it grew. Acme Corp. Ltd. Holdings fell.", ["Acme Inc. said it grew.", "Acme Corp. Ltd. Holdings fell."]],
      ["initials", "J.K. Rowling and George W. Bush spoke. Then T. S. Eliot.", ["J.K. Rowling and George W. Bush spoke.", "Then T. S. Eliot."]],
      ["decimals and money", "It rose 2.5 percent to $3.75 billion. Shares rose 0.4%.", ["It rose 2.5 percent to $3.75 billion.", "Shares rose 0.4%."]],
      ["month abbreviations", "It ends on Sept. 30 and starts Jan. 1. We wait.", ["It ends on Sept. 30 and starts Jan. 1.", "We wait."]],
      ["question and exclamation marks", "Why now?! Nobody knows. Really?", ["Why now?!", "Nobody knows.", "Really?"]],
      ["ellipsis", "He paused... then went on. Wait… The end.", ["He paused... then went on.", "Wait…", "The end."]],
      ["parenthesised sentence", "(He left early.) Then she spoke.", ["(He left early.)", "Then she spoke."]],
      ["quote spanning sentences", "“We win. We lose. We go on,” he said. Next.", ["“We win.", "We lose.", "We go on,” he said.", "Next."]],
      ["no space after a period", "See example.com.It is fine. Yes.", ["See example.com.It is fine.", "Yes."]],
      ["non-breaking space after a period", "He left.\u00a0The end.", ["He left.", "The end."]],
      ["lower-case after a period", "Version 2. was out. Then 3.", ["Version 2. was out.", "Then 3."]],
    ];
    for (const [what, text, expected] of cases) {
      it(`splits right with ${what}`, () => {
        assert.deepEqual(sentences(text), expected);
        assertWellFormed(text);
      });
    }
  });

  describe("quotations", () => {
    it("toggles straight double quotes", () => {
      assert.deepEqual(quotes('He said "yes" and "no" then "maybe".'), ['"yes"', '"no"', '"maybe"']);
    });

    it("nests straight single quotes in straight double quotes", () => {
      const t = `"He called it 'a disaster' twice," she said.`;
      const d = parseDocument(t);
      assert.deepEqual(
        d.quotes.map((q) => [t.slice(q.inner.start, q.inner.end), q.depth]),
        [["He called it 'a disaster' twice,", 0], ["a disaster", 1]],
      );
    });

    it("keeps apostrophes inside quotes", () => {
      const t = "“The workers’ union won’t back down,” she said of the ministers’ offer.";
      assert.deepEqual(quotes(t), ["“The workers’ union won’t back down,”"]);
    });

    it("nests three levels and closes them in order", () => {
      const t = "“He said ‘they told us “never” again’ today,” she said.";
      const d = parseDocument(t);
      assert.deepEqual(
        d.quotes.map((q) => [t.slice(q.span.start, q.span.end), q.depth, q.closed]),
        [
          ["“He said ‘they told us “never” again’ today,”", 0, true],
          ["‘they told us “never” again’", 1, true],
          ["“never”", 2, true],
        ],
      );
    });

    it("ends an inner quote left open where its outer quote closes", () => {
      const t = "“He said ‘no to all of it,” she added. Then more text follows here.";
      const d = parseDocument(t);
      const inner = d.quotes.find((q) => q.depth === 1)!;
      assert.equal(inner.closed, false);
      assert.equal(t.slice(inner.span.start, inner.span.end), "‘no to all of it,");
      assert.ok(inner.span.end <= d.quotes[0]!.span.end);
    });

    it("does not let an unclosed straight quote swallow the next paragraphs", () => {
      const t = 'He said "we are done.\nNext paragraph with "a quote" here.\nThird.';
      const d = parseDocument(t);
      assert.equal(d.quotes[0]!.closed, false);
      assert.equal(d.quotes[0]!.span.end, t.indexOf("\n"));
      assert.deepEqual(quotes(t).slice(1), ['"a quote"']);
      assert.equal(d.quotes[1]!.continuesPrevious, false);
    });

    it("ignores a stray closing mark", () => {
      assert.deepEqual(quotes("He left” and “came back” later."), ["“came back”"]);
    });

    it("reads German „…“ and French «…» quotation marks", () => {
      assert.deepEqual(quotes("Er sagte „wir kommen“ und ging. Il a dit « non merci » hier."), ["„wir kommen“", "« non merci »"]);
    });

    it("does not take an inch mark for a quote", () => {
      assert.deepEqual(quotes('They laid a 6" pipe and said "it works" later.'), ['"it works"']);
    });

    it("does not open a single quote for a leading apostrophe", () => {
      assert.deepEqual(quotes("Back in the ’90s, rock ’n’ roll ruled."), []);
      assert.deepEqual(quotes(`He said "sales were flat in the '80s and '90s, unlike 'now'" today.`), [`"sales were flat in the '80s and '90s, unlike 'now'"`, "'now'"]);
    });

    it("counts words of the quoted text", () => {
      const d = parseDocument("“It’s a U.S.-led, 50-50 deal,” he said.");
      assert.equal(d.quotes[0]!.wordCount, 5);
    });

    it("stays linear with thousands of unclosed opening marks", () => {
      const t = "“a ".repeat(50_000) + "end.";
      const d = parseDocument(t);
      assert.ok(d.quotes.length <= 16, `${d.quotes.length} quotes from one paragraph of unclosed marks`);
    });
  });

  describe("line ends, BOM and odd characters", () => {
    it("splits paragraphs on CR-only line ends", () => {
      const t = "Headline\rFirst paragraph here.\rSecond paragraph.\r";
      assert.deepEqual(paragraphs(t), ["Headline", "First paragraph here.", "Second paragraph."]);
      assertWellFormed(t);
    });

    it("handles mixed line ends and blank lines", () => {
      const t = "One line.\r\n\r\nTwo line.\n\rThree line.\r\r\nFour.";
      assert.deepEqual(paragraphs(t), ["One line.", "Two line.", "Three line.", "Four."]);
    });

    it("folds a hard-wrapped line into its paragraph, even when the first line looks like a heading", () => {
      const t = "The minister said on Monday that the talks\nwould go on until Friday. Nobody objected.\n## Next steps\nand more";
      const d = parseDocument(t);
      assert.deepEqual(paragraphs(t), ["The minister said on Monday that the talks\nwould go on until Friday. Nobody objected.", "## Next steps", "and more"]);
      assert.deepEqual(d.paragraphs.map((p) => p.kind), ["paragraph", "heading", "heading"]);
    });

    it("finds sentence ends and quotation marks after the line breaks of a hard-wrapped paragraph", () => {
      const t = "The minister said the talks “would go on\r\nuntil Friday.” Nobody objected\nto that. Done!\nand it ends";
      assert.deepEqual(sentences(t), ["The minister said the talks “would go on\r\nuntil Friday.”", "Nobody objected\nto that.", "Done!", "and it ends"]);
      const q = parseDocument(t).quotes;
      assert.deepEqual(q.map((x) => t.slice(x.span.start, x.span.end)), ["“would go on\r\nuntil Friday.”"]);
    });

    it("parses many lines without a sentence end or quotation mark in linear time", () => {
      // Each scan for the next terminator or mark stops at its line's end, not at the next mark far on.
      // (Lines longer than any hard-wrapping width: each its own paragraph.)
      const line = "No full stop nor quotation mark in this line of more than fourteen words at all here, nor in any of the many words that come after them\n";
      const t = line.repeat(60_000) + "At last one. “And a quote.”";
      const d = parseDocument(t);
      assert.equal(d.paragraphs.length, 60_001);
      assert.equal(d.sentences.length, 60_002);
      assert.equal(d.quotes.length, 1);
      // The same lines wrapped at a margin are one paragraph, found in linear time too.
      const wrapped = "No full stop nor quotation mark in this line of more than fourteen words at all here\n".repeat(60_000) + "At last one. “And a quote.”";
      const w = parseDocument(wrapped);
      assert.equal(w.paragraphs.length, 1);
      assert.equal(w.sentences.length, 2);
      assert.equal(w.quotes.length, 1);
    });

    it("keeps a BOM out of the first heading", () => {
      const t = "\ufeffHeadline\nBody text.";
      assert.equal(paragraphs(t)[0], "Headline");
      assert.equal(parseDocument(t).paragraphs[0]!.span.start, 1);
    });

    it("keeps emoji whole at sentence and quote edges", () => {
      const t = "Big win 🎉. Next 👍🏽. “🇺🇦 Slava” 🇺🇦. 🎉“Yes,” she said 😀.";
      assert.deepEqual(sentences(t), ["Big win 🎉.", "Next 👍🏽.", "“🇺🇦 Slava” 🇺🇦.", "🎉“Yes,” she said 😀."]);
      assert.deepEqual(quotes(t), ["“🇺🇦 Slava”", "“Yes,”"]);
      assertWellFormed(t);
    });

    it("treats a line of emoji as a heading", () => {
      const d = parseDocument("🎉🎉🎉\nBody.");
      assert.equal(d.paragraphs[0]!.kind, "heading");
    });

    it("trims no-break, zero-width and direction marks at paragraph edges", () => {
      const t = "\u00a0\u200bHeadline\u200e\n\u200fKYIV, Dec 28 (Reuters) – Talks resumed.\u200b\n\u202fBody.\u2060";
      assert.deepEqual(paragraphs(t), ["Headline", "KYIV, Dec 28 (Reuters) – Talks resumed.", "Body."]);
      assert.equal(parseDocument(t).dateline?.place, "KYIV");
    });

    it("keeps combining marks with their letters", () => {
      const t = "Jose\u0301 Marti\u0301 spoke. Cafe\u0301 owners agreed. “Olé,” they said.";
      assert.deepEqual(sentences(t), ["Jose\u0301 Marti\u0301 spoke.", "Cafe\u0301 owners agreed.", "“Olé,” they said."]);
      assertWellFormed(t);
    });

    it("splits after a zero-width space between sentences", () => {
      assert.deepEqual(sentences("He left.\u200bThe end."), ["He left.", "The end."]);
    });

    it("does not treat U+2028 as a line break (VS Code does not)", () => {
      const d = parseDocument("First part.\u2028Second part.");
      assert.equal(d.paragraphs.length, 1);
    });

    it("parses a file of only whitespace, only line breaks or only a BOM", () => {
      for (const t of ["\ufeff", " \t ", "\r\n\r\n", "\n", "\u00a0\u200b", "---", "---\n"]) {
        assertWellFormed(t);
      }
      assert.equal(parseDocument("\ufeff").paragraphs.length, 0);
    });

    it("parses a very long line quickly", () => {
      const t = "word ".repeat(400_000) + "end. " + "“open ".repeat(1000);
      const d = parseDocument(t);
      assert.equal(d.paragraphs.length, 1);
      assert.equal(d.paragraphs[0]!.kind, "paragraph");
    });

    it("parses 5 MB of hard-wrapped lower-case lines in linear time", () => {
      const line = "and the talks went on for many hours without any sign of agreement between the parties involved here\n";
      const t = "A first line that is a sentence.\n" + line.repeat(Math.ceil((5 * 1024 * 1024) / line.length));
      const d = parseDocument(t);
      assert.ok(d.paragraphs.length >= 1);
    });

    it("parses 5 MB of mixed article text with every construct", () => {
      const para =
        "KYIV, Dec 28 (Reuters) – Dr. Smith said 1,200 troops (2.5%) would arrive. “We are ‘ready’,” he said. 🎉 \"Yes.\" The U.S. agreed.\r\n" +
        "Short heading\r\n";
      const t = "\ufeff---\r\ntitle: Big\r\ndate: 2025-01-02\r\n---\r\n" + para.repeat(Math.ceil((5 * 1024 * 1024) / para.length));
      const d = parseDocument(t);
      assert.equal(d.frontMatter?.fields.date, "2025-01-02");
      assert.ok(d.quotes.length > 100_000);
    });
  });

  describe("front matter edge cases", () => {
    it("is not front matter without a closing fence, and the text still parses", () => {
      const t = "---\ntitle: Never closed\nBody text here.";
      const d = parseDocument(t);
      assert.equal(d.frontMatter, undefined);
      assert.ok(d.paragraphs.length >= 1);
      assertWellFormed(t);
    });

    it("reads front matter with CRLF line ends and exact value spans", () => {
      const t = "---\r\ntitle: A title\r\ndate: 2025-11-06\r\n---\r\nBody.\r\n";
      const fm = parseDocument(t).frontMatter!;
      assert.equal(fm.fields.date, "2025-11-06");
      assert.equal(t.slice(fm.valueSpans.date!.start, fm.valueSpans.date!.end), "2025-11-06");
      assert.equal(t.slice(fm.span.start, fm.span.end), "---\r\ntitle: A title\r\ndate: 2025-11-06\r\n---");
      assert.deepEqual(paragraphs(t), ["Body."]);
    });

    it("reads front matter with CR-only line ends", () => {
      const t = "---\rtitle: A title\rdate: 2025-11-06\r---\rBody.";
      const fm = parseDocument(t).frontMatter!;
      assert.deepEqual(fm.problems, []);
      assert.equal(fm.fields.title, "A title");
      assert.equal(t.slice(fm.valueSpans.date!.start, fm.valueSpans.date!.end), "2025-11-06");
    });

    it("reads front matter after a BOM", () => {
      const t = "\ufeff---\ndate: 2025-11-06\n---\nBody.";
      const fm = parseDocument(t).frontMatter!;
      assert.equal(fm.span.start, 1);
      assert.equal(fm.fields.date, "2025-11-06");
    });

    it("takes the day of a datetime, quoted or not", () => {
      for (const v of ["2025-11-06T10:30:00Z", "2025-11-06 10:30", '"2025-11-06T23:59:00+05:00"', "'2025-11-06'"]) {
        const fm = parseDocument(`---\ndate: ${v}\n---\nBody.`).frontMatter!;
        assert.equal(fm.fields.date, "2025-11-06", v);
        assert.deepEqual(fm.problems, [], v);
      }
    });

    it("reports a date that is not a date, pointing at its value", () => {
      for (const v of ["Nov 6, 2025", "20251106", "2025-13-01", "yesterday", "[2025-11-06]"]) {
        const t = `---\ndate: ${v}\n---\nBody.`;
        const fm = parseDocument(t).frontMatter!;
        assert.equal(fm.fields.date, undefined, v);
        assert.equal(fm.problems.length, 1, v);
        assert.equal(fm.problems[0]!.field, "date");
        assert.match(fm.problems[0]!.message, /YYYY-MM-DD/, v);
        assert.equal(t.slice(fm.problems[0]!.span.start, fm.problems[0]!.span.end), v);
      }
    });

    it("keeps unknown keys and reads titles and sources that YAML takes for numbers", () => {
      const fm = parseDocument("---\ntitle: 1984\nsource: 24\ntags: [a, b]\nslug: x\n---\nBody.").frontMatter!;
      assert.deepEqual(fm.problems, []);
      assert.equal(fm.fields.title, "1984");
      assert.equal(fm.fields.source, "24");
      assert.deepEqual(fm.raw.tags, ["a", "b"]);
    });

    it("joins a list of authors", () => {
      assert.equal(parseDocument("---\nauthor: [Ann, Bob]\n---\nBody.").frontMatter!.fields.author, "Ann, Bob");
    });

    it("accepts an empty block and `...` as the closing fence", () => {
      assert.deepEqual(parseDocument("---\n---\nBody.").frontMatter!.problems, []);
      assert.equal(parseDocument("---\ntitle: x\n...\nBody.").frontMatter!.fields.title, "x");
    });

    it("reports a block that is not a map, duplicate keys and tabs", () => {
      assert.equal(parseDocument("---\njust some text\n---\nBody.").frontMatter!.problems.length, 1);
      assert.ok(parseDocument("---\ntitle: a\ntitle: b\n---\nBody.").frontMatter!.problems.length > 0);
      assert.ok(parseDocument("---\ntitle:\n\t- a\n---\nBody.").frontMatter!.problems.length > 0);
    });

    it("does not look for a closing fence beyond 64 KB", () => {
      const t = "---\n" + "A line of the article that goes on.\n".repeat(3000) + "---\nMore.";
      assert.equal(parseDocument(t).frontMatter, undefined);
    });

    it("only takes a fence on the very first line", () => {
      assert.equal(parseDocument("Intro\n---\ntitle: x\n---\nBody.").frontMatter, undefined);
      assert.equal(parseDocument(" ---\ntitle: x\n---\nBody.").frontMatter, undefined);
    });

    it("puts every problem span inside the front matter", () => {
      for (const t of ["---\ntitle: [unclosed\n---\nBody.", "---\n: :\n---\n", "---\nurl: not a url\ndate: 2025-02-30\n---\n", "---\na: b: c\n---\n"]) {
        const fm = parseDocument(t).frontMatter!;
        for (const p of fm.problems) assert.ok(fm.span.start <= p.span.start && p.span.end <= fm.span.end, `${JSON.stringify(t)}: ${p.message}`);
      }
    });
  });

  describe("datelines", () => {
    const cases: [string, string | undefined, string | undefined, string | undefined][] = [
      ["WASHINGTON (AP) — The Senate voted.", "WASHINGTON", undefined, "AP"],
      ["KYIV, Ukraine, Dec. 28 (Reuters) - Talks resumed.", "KYIV", "Dec. 28", "Reuters"],
      ["SÃO PAULO, Sept 3 (Reuters) – Coffee rose.", "SÃO PAULO", "Sept 3", "Reuters"],
      ["UNITED NATIONS, March 4 – The council met.", "UNITED NATIONS", "March 4", undefined],
      ["NATO – the alliance – met on Monday.", undefined, undefined, undefined],
      ["The minister said on Monday – again – that talks went well.", undefined, undefined, undefined],
    ];
    for (const [text, place, date, agency] of cases) {
      it(`reads ${JSON.stringify(text.slice(0, 30))}`, () => {
        const d = parseDocument(text).dateline;
        assert.equal(d?.place, place);
        assert.equal(d?.dateText, date);
        assert.equal(d?.agency, agency);
        if (d?.dateSpan) assert.equal(text.slice(d.dateSpan.start, d.dateSpan.end), date);
      });
    }

    it("finds the dateline after a headline and front matter", () => {
      const t = "---\ndate: 2025-12-28\n---\nHeadline here\nKYIV, Dec 28 (Reuters) – Text.";
      const d = parseDocument(t).dateline!;
      assert.equal(t.slice(d.dateSpan!.start, d.dateSpan!.end), "Dec 28");
    });
  });
});

describe("document model on random text", () => {
  // A small deterministic generator (mulberry32), so a failure can be replayed.
  function rng(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const PIECES = [
    "The", "minister", "said", "U.S.", "Dr.", "Jan.", "2.5", "1,200", " ", " ", " ", ".", ".", "!", "?", "…", ",", ":", "–",
    "“", "”", "‘", "’", "\"", "'", "„", "«", "»", "(", ")", "[1]", "\n", "\r\n", "\r", "\ufeff", "\u00a0", "\u200b", "\u200f",
    "\u0301", "🎉", "🇺🇦", "👍🏽", "\ud83c", "---", "---\n", "title: x\n", "date: 2025-02-30\n", "KYIV, Dec 28 (Reuters) – ", "\t", "é",
  ];

  it("never throws and keeps every span well-formed on 500 random texts", () => {
    const next = rng(20251126);
    for (let n = 0; n < 500; n++) {
      const len = Math.floor(next() * 80);
      let t = "";
      for (let i = 0; i < len; i++) t += PIECES[Math.floor(next() * PIECES.length)]!;
      try {
        assertWellFormedLoose(t);
      } catch (e) {
        throw new Error(`text #${n} ${JSON.stringify(t)}: ${(e as Error).message}`);
      }
    }
  });

  /** Like assertWellFormed, but a lone surrogate already in the text may sit at an edge. */
  function assertWellFormedLoose(t: string): void {
    const d = parseDocument(t);
    for (const s of [...d.paragraphs.map((p) => p.span), ...d.sentences.map((s) => s.span), ...d.quotes.flatMap((q) => [q.span, q.inner])]) {
      assert.ok(0 <= s.start && s.start <= s.end && s.end <= t.length, `span ${s.start}-${s.end}`);
    }
    for (const q of d.quotes) assert.ok(q.span.start <= q.inner.start && q.inner.start <= q.inner.end && q.inner.end <= q.span.end, "quote inner");
    for (let i = 1; i < d.paragraphs.length; i++) assert.ok(d.paragraphs[i - 1]!.span.end <= d.paragraphs[i]!.span.start, "paragraphs overlap");
    for (let i = 1; i < d.sentences.length; i++) assert.ok(d.sentences[i - 1]!.span.end <= d.sentences[i]!.span.start, "sentences overlap");
    if (d.frontMatter) for (const p of d.paragraphs) assert.ok(p.span.start >= d.frontMatter.span.end, "paragraph inside front matter");
  }
});
