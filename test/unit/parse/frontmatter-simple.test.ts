import { strict as assert } from "node:assert";
import { build, parseFrontMatter, simpleFrontMatter } from "../../../src/core/parse/frontmatter";

/** The front matter of `---\n<body>---\n…` read both ways: without the YAML parser where it can, and with it. */
function bothWays(body: string): { fast: unknown; yaml: unknown; simple: boolean } {
  const text = `---\n${body}---\nHeadline\nBody.`;
  const start = 4;
  const end = 4 + body.length;
  const block = { start: 0, end: end + 3 };
  return { fast: build(text, block, { start, end }), yaml: build(text, block, { start, end }, true), simple: simpleFrontMatter(body) !== undefined };
}

describe("front matter without the YAML parser", () => {
  it("reads the usual fields by hand, with the spans of their values", () => {
    const text = "---\ntitle: Dockworkers extend strike  \r\ndate: 2025-03-12\nsource: Regional Business Desk\n\nurl: https://example.com/news/a:b?x=1#top\nauthor: Nadia Brennan’s desk\n---\nHeadline\n";
    const fm = parseFrontMatter(text, 0)!;
    assert.deepEqual(fm.fields, {
      title: "Dockworkers extend strike",
      date: "2025-03-12",
      source: "Regional Business Desk",
      url: "https://example.com/news/a:b?x=1#top",
      author: "Nadia Brennan’s desk",
    });
    assert.equal(text.slice(fm.valueSpans.title!.start, fm.valueSpans.title!.end), "Dockworkers extend strike");
    assert.equal(text.slice(fm.valueSpans.url!.start, fm.valueSpans.url!.end), "https://example.com/news/a:b?x=1#top");
    assert.ok(simpleFrontMatter(text.slice(4, text.indexOf("---\nHeadline"))));
  });

  it("leaves to the parser what is more than one-line strings", () => {
    for (const body of ["title: 1984\n", "date: 'x'\n", "a: b # c\n", "a: [x]\n", "a: b\n  c\n", "a: b\na: c\n", "a:\n", "a: x: y\n", "a: true\n", "- a\n", "a: b\tc\n", "null: x\n", "a: ~\n", "a: x:\n"]) {
      assert.equal(simpleFrontMatter(body), undefined, body);
    }
  });

  it("reads front matter as the YAML parser does, line by line and value by value", () => {
    const keys = ["title", "date", "url", "author", "source", "tags", "my_key", "x-y", "Title", "null", "True", "12", "a b"];
    const values = [
      "Dockworkers extend strike", "2025-03-12", "2025-02-30", "2025-03-12T10:00:00Z", "12", "-3", "1.5e3", ".5", "0x1F", "0o17", ".inf", ".NaN", "~", "null", "TRUE", "yes",
      "https://example.com/a?b=c#d", "it's fine", "‘quoted’ words", "“curly”", "'single'", "\"double\"", "a: b", "a:b", "a #b", "a#b", "ends:", "- item", "[list]", "{map}",
      "*alias", "&anchor x", "!tag x", "|", ">", "%x", "@x", "`x`", "?x", ",x", "x, y", "tab\there", "Łódź — Zürich", "x  ", "  x", "",
    ];
    const seps = [": ", ":  ", ":", " : "];
    const ends = ["\n", "\r\n"];
    let compared = 0;
    let simple = 0;
    for (let i = 0; i < keys.length * values.length; i++) {
      const key = keys[i % keys.length]!;
      const value = values[Math.floor(i / keys.length) % values.length]!;
      const sep = seps[i % seps.length]!;
      const eol = ends[i % 2]!;
      // One line, then the line among two usual ones, with a blank line or an indented one now and then.
      for (const body of [
        `${key}${sep}${value}${eol}`,
        `title: A headline${eol}${key}${sep}${value}${eol}${i % 3 === 0 ? eol : ""}date: 2025-03-12${eol}`,
        `source: Desk${eol}${i % 5 === 0 ? "  " : ""}${key}${sep}${value}${eol}`,
      ]) {
        const r = bothWays(body);
        assert.deepEqual(r.fast, r.yaml, JSON.stringify(body));
        compared++;
        if (r.simple) simple++;
      }
    }
    // Both kinds were met: front matter read by hand, and front matter left to the parser.
    assert.ok(simple > 100 && simple < compared - 100, `${simple} of ${compared}`);
  });
});

describe("front matter the YAML parser reads but cannot give a value", () => {
  it("reports an alias of no anchor as a problem instead of throwing", () => {
    const text = "---\ntitle: *nowhere\ndate: 2025-03-12\n---\nHeadline\nBody.";
    const fm = parseFrontMatter(text, 0)!;
    assert.equal(fm.problems.length, 1);
    assert.match(fm.problems[0]!.message, /^Front matter is not valid YAML: .*alias/i);
    assert.deepEqual(fm.fields, {});
  });
});

describe("front matter the YAML parser refuses", () => {
  it("is read line by line, the problem reported: a title with a colon keeps the date", () => {
    const text = "---\ntitle: 2026 Budget: Ato Forson scraps levies\ndate: 2025-11-14\nsource: 'Daily Graphic'\n---\nHeadline\nBody.";
    const fm = parseFrontMatter(text, 0)!;
    assert.equal(fm.problems.length, 1);
    assert.match(fm.problems[0]!.message, /^Front matter is not valid YAML/);
    assert.deepEqual(fm.fields, { title: "2026 Budget: Ato Forson scraps levies", date: "2025-11-14", source: "Daily Graphic" });
    assert.equal(text.slice(fm.valueSpans.date!.start, fm.valueSpans.date!.end), "2025-11-14");
    // A value the schema refuses is reported too, and left out.
    const bad = parseFrontMatter("---\ntitle: A: b\ndate: 14/11/2025\n---\nBody.", 0)!;
    assert.equal(bad.fields.date, undefined);
    assert.ok(bad.problems.some((p) => p.field === "date"));
  });
});

describe("front matter with a list or a map for a key", () => {
  it("puts no warning on the console (the YAML parser's own warnings are silenced)", () => {
    const warn = process.emitWarning;
    let warnings = 0;
    process.emitWarning = (() => {
      warnings++;
    }) as typeof process.emitWarning;
    try {
      const fm = parseFrontMatter("---\n[a, b]: c\n{x: 1}: y\ntitle: Hello\n---\nHeadline\nBody.", 0)!;
      assert.equal(fm.fields.title, "Hello");
    } finally {
      process.emitWarning = warn;
    }
    assert.equal(warnings, 0);
  });
});
