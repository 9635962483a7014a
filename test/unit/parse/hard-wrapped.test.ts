import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { analyze, type Analysis } from "../../../src/core/analyze";
import { IncrementalAnalyzer } from "../../../src/core/incremental";
import { parseDocument } from "../../../src/core/parse/document";
import { randomEdit, rng } from "../random-edits";

// Hard-wrapped text (e-mail, plain-text exports, a terminal's 72 columns): a paragraph over several
// lines is one paragraph, read with its line breaks as spaces, and analysed as the same text with
// one paragraph a line would be.

const SEEDS = path.resolve(__dirname, "../../../seeds");
const seeds = fs
  .readdirSync(SEEDS)
  .filter((f) => /^\d{3}_.*\.txt$/.test(f))
  .sort()
  .map((f) => ({ name: f, text: fs.readFileSync(path.join(SEEDS, f), "utf8").replace(/\r/g, "") }));

/** Each line of `text` wrapped at `width` characters, at spaces (as an editor or a mail client wraps). */
function wrap(text: string, width: number, paragraphBreak = "\n\n"): string {
  return text
    .split("\n")
    .map((line) => {
      const out: string[] = [];
      let cur = "";
      for (const w of line.split(" ")) {
        if (cur && cur.length + 1 + w.length > width) {
          out.push(cur);
          cur = w;
        } else cur = cur ? `${cur} ${w}` : w;
      }
      out.push(cur);
      return out.join("\n");
    })
    .join(paragraphBreak);
}

const oneSpace = (s: string): string => s.replace(/\s+/g, " ");

/** What a reader sees of an analysis, whatever the line breaks: actors, claims, quotes, findings, the document date. */
function seen(a: Analysis): unknown {
  const at = (s: { start: number; end: number }): string => oneSpace(a.text.slice(s.start, s.end));
  return {
    actors: a.actors.map((x) => `${x.kind} ${x.name} ${x.mentions.length}`).sort(),
    claims: a.claims.map((c) => `${c.actorId} ${c.cue}: ${c.text}`).sort(),
    quotes: a.quotes.map((q) => `${at(q.span)} ${q.speakerId ?? "-"}`).sort(),
    findings: a.findings.map((f) => `${f.ruleId} ${f.code} ${at(f.span)}: ${f.message}`).sort(),
    documentDate: a.documentDate && { from: a.documentDate.from, to: a.documentDate.to },
  };
}

describe("hard-wrapped text", () => {
  it("reads each seed wrapped at 60, 72, 80 and 100 columns, paragraphs parted by blank lines or not, as the seed itself", () => {
    for (const { name, text } of seeds) {
      const want = seen(analyze(text, { referenceDate: "2025-12-28" }));
      assert.deepEqual(seen(analyze(text.split("\n").join("\n\n"), { referenceDate: "2025-12-28" })), want, `${name}, blank lines between paragraphs`);
      for (const width of [60, 72, 80, 100]) {
        for (const paragraphBreak of ["\n\n", "\n"]) {
          const wrapped = wrap(text, width, paragraphBreak);
          assert.ok(wrapped.split("\n").length > text.split(/\n/u).length * paragraphBreak.length + 3, `${name} is wrapped at ${width}`);
          assert.deepEqual(seen(analyze(wrapped, { referenceDate: "2025-12-28" })), want, `${name} at ${width}, ${JSON.stringify(paragraphBreak)} between paragraphs`);
        }
      }
    }
  });

  it("reads them so with Windows line ends too, names and quotations shown with single spaces", () => {
    for (const { name, text } of seeds) {
      const want = seen(analyze(text.split("\n").join("\n\n"), { referenceDate: "2025-12-28" }));
      const crlf = wrap(text, 72).replace(/\n/g, "\r\n");
      const a = analyze(crlf, { referenceDate: "2025-12-28" });
      assert.equal(a.text, crlf, "the analysis gives back the text it was given");
      assert.deepEqual(seen(a), want, name);
      for (const x of a.actors) assert.doesNotMatch(x.name, /\s\s/u, x.name);
      for (const q of a.quotes) assert.doesNotMatch(q.text, /\s\s/u, q.text);
      for (const c of a.claims) assert.doesNotMatch(c.text, /\s\s/u, c.text);
    }
  });

  it("joins a wrapped paragraph's lines and keeps every offset", () => {
    const text = [
      "Talks stall in Geneva",
      "",
      "Ukrainian President Volodymyr Zelensky said on Sunday that the plan was",
      "90 percent agreed, and that the remaining issues would take several",
      "weeks. “We would like to consider 30, 40, 50 years,” he told",
      "reporters.",
      "",
      "Officials said the talks would resume in January.",
    ].join("\n");
    const doc = parseDocument(text);
    assert.deepEqual(
      doc.paragraphs.map((p) => p.kind),
      ["heading", "paragraph", "paragraph"],
    );
    const p = doc.paragraphs[1]!;
    assert.equal(text.slice(p.span.start, p.span.end).split("\n").length, 4);
    // The analysis reads the line breaks as spaces, one for one.
    assert.equal(doc.text.length, text.length);
    assert.equal(doc.text.slice(p.span.start, p.span.end), text.slice(p.span.start, p.span.end).replace(/\n/g, " "));
    assert.equal(doc.text.slice(0, p.span.start), text.slice(0, p.span.start));
    assert.equal(doc.sentences.filter((s) => s.paragraph === 1).length, 2);
    const a = analyze(text, { referenceDate: "2025-12-28" });
    assert.equal(a.text, text);
    assert.deepEqual(
      a.figures.map((f) => f.text),
      ["90 percent", "30", "40", "50 years"],
    );
    assert.deepEqual(
      a.quotes.map((q) => [q.text, q.speakerId]),
      [["We would like to consider 30, 40, 50 years,", "volodymyr-zelensky"]],
    );
  });

  it("goes on from a quotation closed after a comma to its speaker on the next line", () => {
    const text = "The opposition alliance won 35 seats in the Bihar state assembly elections.\n\n“This is a victory for good governance and for the development of Bihar,”\nModi told party workers at the Bharatiya Janata Party headquarters in New Delhi.\n";
    assert.equal(parseDocument(text).paragraphs.length, 2);
    assert.deepEqual(analyze(text).quotes.map((q) => q.speakerText), ["Modi"]);
  });

  it("tells a wrapped paragraph from lines that stand alone", () => {
    const kinds = (text: string): string[] => parseDocument(text).paragraphs.map((p) => `${p.kind}: ${oneSpace(text.slice(p.span.start, p.span.end))}`);
    // A heading after a paragraph whose last line reached the margin, and before the next paragraph.
    assert.deepEqual(
      kinds(
        [
          "pledges from nations within the so-called Coalition of the Willing,",
          "which Zelensky believes would offer effective protection for Ukraine.",
          "Details of the Security Framework",
          "Zelensky indicated that these US guarantees would be complemented by",
          "European Union membership for Ukraine.",
        ].join("\n"),
      ),
      [
        "paragraph: pledges from nations within the so-called Coalition of the Willing, which Zelensky believes would offer effective protection for Ukraine.",
        "heading: Details of the Security Framework",
        "paragraph: Zelensky indicated that these US guarantees would be complemented by European Union membership for Ukraine.",
      ],
    );
    // A footnote's marker or a source in brackets on the next line goes on; a footnote does not.
    assert.deepEqual(kinds("The region employs 14,200 nurses, 1,150 of them recruited from abroad last year\n[1].\nBeds were cut by 6 percent over the decade, said the board in its annual report.\n[1] Workforce census, September 2025."), [
      "paragraph: The region employs 14,200 nurses, 1,150 of them recruited from abroad last year [1].",
      "paragraph: Beds were cut by 6 percent over the decade, said the board in its annual report.",
      "paragraph: [1] Workforce census, September 2025.",
    ]);
    // A rule line and metadata lines stand alone, wrapped or not.
    assert.deepEqual(kinds("Port strike\n---\ntitle: Dockworkers extend strike as talks stall in Harwick\ndate: 2025-03-12\n---\nthe strike entered its third week on Monday, and the union said it would go on."), [
      "heading: Port strike",
      "heading: ---",
      "heading: title: Dockworkers extend strike as talks stall in Harwick",
      "heading: date: 2025-03-12",
      "heading: ---",
      "paragraph: the strike entered its third week on Monday, and the union said it would go on.",
    ]);
    // A byline's line stands alone: "By …", "Published …", a kicker set apart by "|".
    assert.deepEqual(kinds("Harrow Vale sign Duarte\nBy Tom Redfern, Football Correspondent — 1 September 2025\nDuarte passed his medical on Wednesday, 3 September."), [
      "heading: Harrow Vale sign Duarte",
      "heading: By Tom Redfern, Football Correspondent — 1 September 2025",
      "paragraph: Duarte passed his medical on Wednesday, 3 September.",
    ]);
    assert.equal(kinds("Bus strike: how the dispute unfolded, week by week\nTransport | Published Friday 20 March 2026\nDrivers walked out on Monday.").length, 3);
    // A title over its date line is no wrapped paragraph; a line ending in "on" goes on.
    assert.deepEqual(kinds("Ford announces deep production cuts in response to growing losses\nAugust 19, 2006\nMinisters are also scheduled to sign a cooperation agreement with Norway on\nNovember 17, a Council official said."), [
      "heading: Ford announces deep production cuts in response to growing losses",
      "heading: August 19, 2006",
      "paragraph: Ministers are also scheduled to sign a cooperation agreement with Norway on November 17, a Council official said.",
    ]);
    // "- " and "10. " at the margin are prose; a list's items stay apart.
    const dash = "Earlier this week, the “Big Three” automakers - Ford, Chrysler, and General Motors - had pleaded before Congress to be given $14 billion in funds so as to prevent a collapse.";
    assert.ok(wrap(dash, 82).includes("\n- had"));
    assert.deepEqual(kinds(wrap(dash, 82)), [`paragraph: ${dash}`]);
    const day = "The ministers will now meet again in Brussels after the summer, with a final vote on the quotas for cod and hake due by June 10. Nothing was agreed on the other species.";
    assert.ok(wrap(day, 63).includes("\n10. Nothing"));
    assert.deepEqual(kinds(wrap(day, 63)), [`paragraph: ${day}`]);
    assert.deepEqual(kinds("The agreement sets out three conditions for the next round of talks in Geneva:\n- a ceasefire along the whole of the current line of contact in the east\n- an exchange of all prisoners of war held by either side since the invasion\n- talks"), [
      "paragraph: The agreement sets out three conditions for the next round of talks in Geneva:",
      "paragraph: - a ceasefire along the whole of the current line of contact in the east",
      "paragraph: - an exchange of all prisoners of war held by either side since the invasion",
      "paragraph: - talks",
    ]);
    // One paragraph a line, short ones included: never joined (each line ends a sentence).
    const oneALine = [
      "KYIV, Dec 28 (Reuters) – Ukrainian officials said on Sunday that talks would resume on Jan. 5.",
      "The meeting held on Tuesday, Dec. 23 was the third this month; the next is planned for Jan. 12.",
      "Sales fell 3 percent in the third quarter. The company expects growth next year.",
    ].join("\n");
    assert.equal(parseDocument(oneALine).paragraphs.length, 3);
    assert.equal(parseDocument(oneALine).text, oneALine);
  });

  it("keeps a line break inside the text a fix replaces (“January⏎2024” → “January⏎2026”)", () => {
    const seed = seeds.find((x) => x.name.startsWith("000_"))!.text;
    // A width at which the planted date is broken over two lines.
    const width = Array.from({ length: 71 }, (_, k) => 50 + k).find((w) => wrap(seed, w).includes("January\n2024"));
    assert.ok(width, "some width breaks the date");
    for (const eol of ["\n", "\r\n"]) {
      const text: string = wrap(seed, width!).replace(/\n/g, eol);
      const a = analyze(text);
      const f = a.findings.find((x) => x.ruleId === "date-inconsistency" && text.slice(x.span.start, x.span.end).startsWith("January"));
      assert.ok(f, "the planted date is found");
      const fix = f.fixes.find((x) => x.isPreferred)!;
      assert.equal(text.slice(fix.edits![0]!.span.start, fix.edits![0]!.span.end), `January${eol}2024`);
      assert.equal(fix.edits![0]!.newText, `January${eol}2026`);
      assert.match(fix.title, /January 2026/u);
    }
  });

  it("gives the same analysis incrementally as afresh while wrapped text is edited", () => {
    const r = rng(7);
    const mix = { alphabet: ["a", " ", "said ", ".", "\n", "\n\n", "\r\n", "- ", "10. ", "“", "”", "Ford ", "January"], insert: 0.6, remove: 0.3, maxDelete: 12 };
    for (const { text } of seeds.slice(0, 4)) {
      for (const variant of [wrap(text, 72), wrap(text, 64, "\n")]) {
        const inc = new IncrementalAnalyzer({ referenceDate: "2025-12-28" });
        let t = variant;
        inc.analyze(t);
        for (let i = 0; i < 12; i++) {
          t = randomEdit(t, r, mix);
          assert.deepStrictEqual(inc.analyze(t), analyze(t, { referenceDate: "2025-12-28" }), `edit ${i}`);
        }
      }
    }
  });
});
