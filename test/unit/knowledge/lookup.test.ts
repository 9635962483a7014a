import { strict as assert } from "node:assert";
import { KnowledgeBase, knowledgeFileSchema, normalizeName, surnameOf, within } from "../../../src/core/knowledge";

const kb = KnowledgeBase.bundled();
const holder = (phrase: string, date?: string) => kb.holderOf(phrase, date).map((m) => m.person.name);

describe("KnowledgeBase look-ups", () => {
  it("loads the bundled data once", () => {
    assert.equal(KnowledgeBase.bundled(), kb);
    assert.ok(kb.entries.length > 1000);
  });

  it("finds people by name and variant, whatever the case, diacritics or apostrophes", () => {
    for (const n of ["Volodymyr Zelensky", "Zelenskyy", "zelensky", "ZELENSKIY", "Volodymyr Zelenskyy"]) {
      assert.equal(kb.person(n)?.name, "Volodymyr Zelensky", n);
    }
    assert.equal(kb.person("Recep Tayyip Erdogan")?.name, "Recep Tayyip Erdoğan");
    assert.equal(kb.person("erdoğan")?.name, "Recep Tayyip Erdoğan");
    assert.equal(kb.person("Binali Yildirim")?.name, "Binali Yıldırım", "dotless i");
    assert.equal(kb.person("Tran Dai Quang")?.name, "Trần Đại Quang", "d with stroke");
    assert.equal(kb.person("Gideon Sa’ar")?.name, "Gideon Sa'ar", "curly apostrophe");
    assert.equal(kb.person("Dmitry  Peskov")?.name, "Dmitry Peskov", "extra space");
    assert.equal(kb.person("Nobody Atall"), undefined);
  });

  it("normalises names the same way on the fast and the slow path", () => {
    assert.equal(normalizeName("The Kremlin"), "kremlin");
    assert.equal(normalizeName("  the  Kremlin "), "kremlin");
    assert.equal(normalizeName("Élysée"), "elysee");
    assert.equal(normalizeName("Sa`ar"), "sa'ar");
    assert.equal(normalizeName("Bosnia‐Herzegovina"), "bosnia-herzegovina");
  });

  it("finds organisations by acronym and countries by seat of government", () => {
    assert.equal(kb.organization("WFP")?.name, "World Food Programme");
    assert.equal(kb.organization("the World Food Program")?.name, "World Food Programme");
    assert.equal(kb.organization("AFP")?.kind, "news");
    assert.equal(kb.organization("unhcr")?.name, "UNHCR");
    assert.equal(kb.country("the Kremlin")?.name, "Russia");
    assert.equal(kb.country("Downing Street")?.name, "United Kingdom");
    assert.equal(kb.country("the Élysée")?.name, "France");
    assert.equal(kb.country("the Elysee")?.name, "France");
    assert.equal(kb.country("Washington")?.name, "United States");
    assert.equal(kb.country("Türkiye")?.name, "Turkey");
    assert.equal(kb.country("Ivory Coast")?.name, "Côte d'Ivoire");
    // "RSF" is both the Rapid Support Forces and Reporters Without Borders: look-up returns both.
    assert.deepEqual(kb.lookup("RSF").map((e) => e.name).sort(), ["Rapid Support Forces", "Reporters Without Borders"]);
  });

  it("knows demonyms, plurals included, and when one is shared", () => {
    assert.equal(kb.demonym("Ukrainian")?.name, "Ukraine");
    assert.equal(kb.demonym("Ukrainians")?.name, "Ukraine");
    assert.equal(kb.demonym("French")?.name, "France");
    assert.equal(kb.demonym("Filipinos")?.name, "Philippines");
    assert.equal(kb.demonym("Swiss")?.name, "Switzerland");
    assert.equal(kb.demonym("Emirati")?.name, "United Arab Emirates");
    assert.deepEqual(kb.demonyms("Congolese").map((c) => c.name), ["Democratic Republic of the Congo", "Republic of the Congo"]);
    assert.equal(kb.country("Ukrainian")?.name, "Ukraine", "country() falls back to demonyms");
    assert.equal(kb.demonym("Martian"), undefined);
  });

  it("takes role phrases apart", () => {
    assert.deepEqual(kb.parseRole("the French president"), { title: "president", of: "France", ofType: "country" });
    assert.deepEqual(kb.parseRole("Ukraine's foreign minister"), { title: "foreign minister", of: "Ukraine", ofType: "country" });
    assert.deepEqual(kb.parseRole("Secretary-General of the United Nations"), { title: "secretary-general", of: "United Nations", ofType: "organization" });
    assert.deepEqual(kb.parseRole("the Kremlin spokesperson"), { title: "spokesperson", of: "Russia", ofType: "country" });
    assert.deepEqual(kb.parseRole("Secretary of State"), { title: "secretary of state" });
  });

  it("names who held an office on a date from a role phrase", () => {
    assert.deepEqual(holder("US President", "2020-06-01"), ["Donald Trump"]);
    assert.deepEqual(holder("US President", "2022-06-01"), ["Joe Biden"]);
    assert.deepEqual(holder("the American president", "2025-03-01"), ["Donald Trump"]);
    assert.deepEqual(holder("President of the United States", "2016-06-01"), ["Barack Obama"]);
    assert.deepEqual(holder("the French president", "2025-03-01"), ["Emmanuel Macron"]);
    assert.deepEqual(holder("the French president", "2016-03-01"), ["François Hollande"]);
    assert.deepEqual(holder("the Kremlin spokesperson", "2024-01-01"), ["Dmitry Peskov"]);
    assert.deepEqual(holder("Kremlin spokesman", "2023-05-01"), ["Dmitry Peskov"]);
    assert.deepEqual(holder("the Ukrainian president", "2024-05-01"), ["Volodymyr Zelensky"]);
    assert.deepEqual(holder("President of Ukraine", "2018-01-01"), ["Petro Poroshenko"]);
    assert.deepEqual(holder("the Russian leader", "2024-01-01"), ["Vladimir Putin"]);
    assert.deepEqual(holder("the German leader", "2024-01-01"), ["Olaf Scholz"]);
    assert.deepEqual(holder("German chancellor", "2025-06-01"), ["Friedrich Merz"]);
    assert.deepEqual(holder("Iranian leader", "2023-01-01"), ["Ali Khamenei"]);
    assert.deepEqual(holder("British prime minister", "2022-10-01"), ["Liz Truss"]);
    assert.deepEqual(holder("the UK PM", "2024-08-01"), ["Keir Starmer"]);
    assert.deepEqual(holder("Chinese premier", "2024-01-01"), ["Li Qiang"]);
    assert.deepEqual(holder("Russian foreign minister", "2023-01-01"), ["Sergey Lavrov"]);
    assert.deepEqual(holder("US Secretary of State", "2025-03-01"), ["Marco Rubio"]);
    assert.deepEqual(holder("Secretary of State", "2019-03-01"), ["Mike Pompeo"], "the literal title, not every foreign minister");
    assert.deepEqual(holder("India's top diplomat", "2023-01-01"), ["Subrahmanyam Jaishankar"]);
    assert.deepEqual(holder("UN chief", "2020-01-01"), ["António Guterres"]);
    assert.deepEqual(holder("UN Secretary-General", "2015-01-01"), ["Ban Ki-moon"]);
    assert.deepEqual(holder("NATO Secretary General", "2024-10-15"), ["Mark Rutte"]);
    assert.deepEqual(holder("EU foreign policy chief", "2025-01-01"), ["Kaja Kallas"]);
    assert.deepEqual(holder("WHO chief", "2024-01-01"), ["Tedros Adhanom Ghebreyesus"]);
    assert.deepEqual(holder("Fed chair", "2019-01-01"), ["Jerome Powell"]);
    assert.deepEqual(holder("the Indian central bank governor", "2023-01-01"), ["Shaktikanta Das"]);
    assert.deepEqual(holder("White House press secretary", "2025-06-01"), ["Karoline Leavitt"]);
    assert.deepEqual(holder("US special envoy", "2025-05-01").sort(), ["Keith Kellogg", "Steve Witkoff"], "ambiguous: both");
    assert.deepEqual(holder("the Martian president", "2020-01-01"), []);
  });

  it("returns both holders on a hand-over day and flags dates past the data's asOf", () => {
    assert.deepEqual(holder("US President", "2021-01-20").sort(), ["Donald Trump", "Joe Biden"]);
    const later = kb.holderOf("Russian president", "2099-01-01");
    assert.deepEqual(later.map((m) => [m.person.name, m.stale]), [["Vladimir Putin", true]]);
    assert.equal(kb.holderOf("Russian president", "2024-01-01")[0]?.stale, false);
  });

  it("keeps the legacy holders(title, of, date) API", () => {
    assert.deepEqual(kb.holders("President", "Ukraine", "2022-02-24").map((p) => p.name), ["Volodymyr Zelensky"]);
    assert.deepEqual(kb.holders("President", "United States", "2024-01-01").map((p) => p.name), ["Joe Biden"]);
  });

  it("resolves a surname alone only when it is unambiguous in the article", () => {
    assert.equal(kb.resolveSurname("Macron").person?.name, "Emmanuel Macron", "one known Macron, no other in the article");
    assert.equal(kb.resolveSurname("Macron", ["Brigitte Macron"]).person, undefined, "the article names another Macron");
    assert.equal(kb.resolveSurname("Macron", ["Emmanuel Macron", "Brigitte Macron"]).person?.name, "Emmanuel Macron");
    const li = kb.resolveSurname("Li");
    assert.equal(li.person, undefined, "two known Lis");
    assert.deepEqual(li.candidates.map((p) => p.name).sort(), ["Li Keqiang", "Li Qiang"]);
    assert.equal(kb.resolveSurname("Li", ["Li Qiang", "Xi Jinping"]).person?.name, "Li Qiang");
    assert.equal(kb.resolveSurname("Sharif").person, undefined);
    assert.equal(kb.resolveSurname("Sharif", ["Shehbaz Sharif"]).person?.name, "Shehbaz Sharif");
    assert.equal(kb.resolveSurname("Lula").person?.name, "Luiz Inácio Lula da Silva", "declared surname");
    assert.equal(kb.resolveSurname("Zelenskyy").person?.name, "Volodymyr Zelensky", "one-word variant");
    assert.equal(kb.resolveSurname("Nobodyson").person, undefined);
    assert.equal(surnameOf(kb.person("Teodoro Locsin Jr.")!), "Locsin");
  });

  it("matches events by name, and vague names only with context", () => {
    assert.equal(kb.event("the war in Ukraine")?.start, "2022-02-24");
    assert.equal(kb.event("Russia-Ukraine war")?.name, "Russian invasion of Ukraine");
    assert.deepEqual(kb.eventsMatching("the war", ["Kyiv", "Russia"]).map((e) => e.name), ["Russian invasion of Ukraine"]);
    assert.deepEqual(kb.eventsMatching("the war", ["Gaza", "Hamas"]).map((e) => e.name), ["Gaza war"]);
    assert.deepEqual(kb.eventsMatching("the conflict", ["Khartoum"]).map((e) => e.name), ["Sudanese civil war"]);
    assert.deepEqual(kb.eventsMatching("the war", []), [], "no context, no guess");
    assert.equal(kb.eventsMatching("the pandemic", ["Covid-19"])[0]?.name, "COVID-19 pandemic");
    assert.equal(kb.event("the war"), undefined, "vague names are not names");
  });

  it("lets workspace files override and extend the bundled data", () => {
    const ws = knowledgeFileSchema.parse({
      asOf: "2026-10-01",
      entries: [
        { type: "person", name: "Jane Doe", variants: ["J. Doe"], offices: [{ title: "Mayor", of: "Springfield", from: "2024-01-01" }] },
        { type: "person", name: "Shigeru Ishiba", offices: [{ title: "Prime Minister", of: "Japan", from: "2024-10-01", to: "2025-10-21" }] },
        { type: "person", name: "Test Successor", offices: [{ title: "Prime Minister", of: "Japan", from: "2025-10-21" }] },
      ],
    });
    const mine = kb.extend([ws]);
    assert.equal(mine.person("J. Doe")?.name, "Jane Doe");
    assert.deepEqual(mine.holderOf("Japanese prime minister", "2026-01-01").map((m) => [m.person.name, m.stale]), [["Test Successor", false]]);
    assert.equal(mine.entries.length, kb.entries.length + 2);
    assert.equal(kb.person("Jane Doe"), undefined, "the bundled knowledge is unchanged");
  });

  it("compares partial dates as whole periods", () => {
    assert.ok(within("2024-03-15", "2024-03", "2024-03"));
    assert.ok(within("2024-12-31", "2024", undefined));
    assert.ok(!within("2023-12-31", "2024", undefined));
    assert.ok(!within("2025-01-01", undefined, "2024"));
  });
});

describe("KnowledgeBase summaries for hovers", () => {
  it("describes people by the offices they held on a date", () => {
    const zelensky = kb.person("Zelenskyy")!;
    assert.equal(kb.summarize(zelensky, "2024-01-01"), "Volodymyr Zelensky: President of Ukraine (since 20 May 2019)");
    assert.equal(kb.summarize(zelensky, "2010-01-01"), "Volodymyr Zelensky");
    const trump = kb.person("Trump")!;
    assert.equal(kb.summarize(trump), "Donald Trump: President of the United States (since 20 January 2025)");
    assert.equal(kb.summarize(trump, "2018-01-01"), "Donald Trump: President of the United States (20 January 2017 to 20 January 2021)");
    assert.deepEqual(kb.officesOn(kb.person("Carney")!, "2015-01-01").map((o) => o.of), ["Bank of England"]);
  });

  it("describes organisations, countries and events", () => {
    assert.equal(kb.summarize(kb.organization("WFP")!), "World Food Programme (WFP)");
    assert.equal(kb.summarize(kb.country("Ukraine")!), "Ukraine (capital: Kyiv)");
    assert.equal(kb.summarize(kb.event("war in Ukraine")!), "Russian invasion of Ukraine (since 24 February 2022)");
    assert.equal(kb.summarize(kb.event("Tigray war")!), "Tigray war (4 November 2020 to 2 November 2022)");
    assert.equal(kb.summarize(kb.event("Beirut blast")!), "Beirut port explosion (4 August 2020)");
    assert.equal(kb.summarize(kb.event("Red Sea crisis")!), "Red Sea crisis (since November 2023)");
  });
});

describe("KnowledgeBase office wording", () => {
  it("says 'the' where English does", () => {
    assert.equal(kb.summarize(kb.person("Guterres")!, "2020-01-01"), "António Guterres: Secretary-General of the United Nations (since 1 January 2017)");
    assert.equal(kb.summarize(kb.person("Rutte")!, "2025-01-01"), "Mark Rutte: Secretary General of NATO (since 1 October 2024)");
    assert.equal(kb.summarize(kb.person("Peskov")!), "Dmitry Peskov: Kremlin spokesperson (since May 2012)");
  });
});
describe("KnowledgeBase office wording, titles that name the place", () => {
  it("does not repeat the place", () => {
    assert.equal(kb.summarize(kb.person("Karoline Leavitt")!, "2025-05-01"), "Karoline Leavitt: White House Press Secretary (since 20 January 2025)");
  });
});
describe("KnowledgeBase office wording, short place names", () => {
  it("matches place names as whole words only", () => {
    assert.equal(kb.summarize(kb.person("Hegseth")!, "2025-05-01"), "Pete Hegseth: Secretary of Defense of the United States (since 25 January 2025)");
  });
});
describe("KnowledgeBase title vocabulary", () => {
  it("lists the titles and role words it understands, longest first", () => {
    const v = kb.titleVocabulary();
    for (const t of ["president", "prime minister", "foreign minister", "secretary of state", "kremlin spokesperson", "spokesperson", "chief", "secretary general"]) {
      assert.ok(v.includes(t), t);
    }
    assert.ok(v.indexOf("kremlin spokesperson") < v.indexOf("spokesperson"));
    assert.equal(kb.titleVocabulary(), v, "computed once");
  });
});
