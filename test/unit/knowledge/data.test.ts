import { strict as assert } from "node:assert";
import { bundledData } from "../../../src/core/knowledge/data";
import { KnowledgeBase, knowledgeFileSchema, normalizeName, withDefaults, type Entry, type KnowledgeFile } from "../../../src/core/knowledge";

const parsed: [string, KnowledgeFile][] = Object.entries(bundledData).map(([name, raw]) => {
  const r = knowledgeFileSchema.safeParse(raw);
  if (!r.success) {
    const first = r.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`bundled ${name} does not follow the schema:\n${first.join("\n")}`);
  }
  return [name, r.data];
});
const entries: Entry[] = parsed.flatMap(([, f]) => f.entries);
const of = <T extends Entry["type"]>(t: T) => entries.filter((e): e is Extract<Entry, { type: T }> => e.type === t);

const padStart = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const padEnd = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

describe("bundled knowledge data", () => {
  it("every file follows the schema and says what date its facts are as of", () => {
    assert.ok(parsed.length >= 5);
    for (const [name, f] of parsed) {
      assert.ok(f.asOf, `${name} has no asOf`);
      assert.ok(f.description, `${name} has no description`);
      assert.ok(f.entries.length > 0, `${name} is empty`);
    }
  });

  it("the fast loader fills in the same defaults as the schema", () => {
    for (const [name, raw] of Object.entries(bundledData)) {
      assert.deepEqual(withDefaults(raw), knowledgeFileSchema.parse(raw), `${name}: withDefaults differs from the zod parse`);
    }
    assert.equal(KnowledgeBase.bundled().entries.length, new KnowledgeBase(parsed.map(([, f]) => f)).entries.length);
  });

  it("has no two entries of the same type with the same name", () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const [file, f] of parsed) {
      for (const e of f.entries) {
        const k = `${e.type}:${normalizeName(e.name)}`;
        const prev = seen.get(k);
        if (prev) dups.push(`${k} in ${prev} and ${file}`);
        else seen.set(k, file);
      }
    }
    assert.deepEqual(dups, []);
  });

  it("has no person whose variant is another person's name, and no name listed twice in an entry", () => {
    const people = of("person");
    const byName = new Map(people.map((p) => [normalizeName(p.name), p]));
    const clashes: string[] = [];
    for (const p of people) {
      for (const v of p.variants) {
        const other = byName.get(normalizeName(v));
        if (other && other !== p) clashes.push(`${p.name}: variant "${v}" is ${other.name}`);
      }
    }
    for (const e of entries) {
      const names = [e.name, ...e.variants, ...(e.type === "organization" ? e.acronyms : [])].map(normalizeName);
      const twice = names.filter((n, i) => names.indexOf(n) !== i && !(e.type === "organization" && e.acronyms.length > 0));
      if (twice.length > 0) clashes.push(`${e.name}: ${twice.join(", ")} listed twice`);
    }
    assert.deepEqual(clashes, []);
  });

  it("names in offices, countries and territories refer to entries that exist", () => {
    const kb = KnowledgeBase.bundled();
    const missing: string[] = [];
    const countryNames = new Set(of("country").map((c) => c.name));
    for (const p of of("person")) {
      if (p.country && !countryNames.has(p.country)) missing.push(`${p.name}: country ${p.country}`);
      for (const o of p.offices) {
        if (o.of === undefined) continue;
        const target = kb.lookup(o.of).find((e) => (e.type === "country" || e.type === "organization") && e.name === o.of);
        if (!target) missing.push(`${p.name}: office of "${o.of}"`);
      }
    }
    for (const o of of("organization")) if (o.country && !countryNames.has(o.country)) missing.push(`${o.name}: country ${o.country}`);
    for (const c of of("country")) if (c.partOf && !countryNames.has(c.partOf)) missing.push(`${c.name}: partOf ${c.partOf}`);
    assert.deepEqual(missing, []);
  });

  it("has consistent dates: from before to, nothing after the file's asOf, events start before they end", () => {
    const bad: string[] = [];
    for (const [file, f] of parsed) {
      const asOf = padEnd(f.asOf!);
      for (const e of f.entries) {
        const ranges: [string | undefined, string | undefined, string][] =
          e.type === "person" ? e.offices.map((o) => [o.from, o.to, `${e.name} ${o.title}`]) : e.type === "event" ? [[e.start, e.end, e.name]] : [];
        for (const [from, to, what] of ranges) {
          if (from && to && padStart(from) > padEnd(to)) bad.push(`${file}: ${what}: ${from} after ${to}`);
          for (const d of [from, to]) if (d && padStart(d) > asOf) bad.push(`${file}: ${what}: ${d} is after asOf ${f.asOf}`);
        }
      }
    }
    assert.deepEqual(bad, []);
  });

  it("gives no one two overlapping terms in the same office", () => {
    const bad: string[] = [];
    for (const p of of("person")) {
      const seen = p.offices.map((o) => ({ o, k: `${normalizeName(o.title)}|${o.of ?? ""}` }));
      for (let i = 0; i < seen.length; i++) {
        for (let j = i + 1; j < seen.length; j++) {
          const a = seen[i]!;
          const b = seen[j]!;
          if (a.k !== b.k) continue;
          const aEnd = a.o.to ? padEnd(a.o.to) : "9999";
          const bEnd = b.o.to ? padEnd(b.o.to) : "9999";
          if (padStart(a.o.from ?? "0000") < bEnd && padStart(b.o.from ?? "0000") < aEnd) bad.push(`${p.name}: ${a.o.title} twice`);
        }
      }
    }
    assert.deepEqual(bad, []);
  });

  it("covers what the issue asks for", () => {
    const kb = KnowledgeBase.bundled();
    assert.ok(of("country").filter((c) => !c.partOf).length >= 195, "all countries");
    assert.ok(of("country").every((c) => c.partOf || c.demonyms.length > 0 || c.name === "West Bank"), "demonyms for every country");
    assert.ok(of("organization").filter((o) => o.kind === "news").length >= 200, "200 news organisations");
    const g20 = ["Argentina", "Australia", "Brazil", "Canada", "China", "France", "Germany", "India", "Indonesia", "Italy", "Japan", "Mexico", "Russia", "Saudi Arabia", "South Africa", "South Korea", "Turkey", "United Kingdom", "United States"];
    const populous = ["Pakistan", "Nigeria", "Bangladesh", "Ethiopia", "Egypt", "Philippines", "Democratic Republic of the Congo", "Vietnam", "Iran", "Thailand", "Tanzania", "Kenya", "Myanmar", "Colombia", "Sudan"];
    for (const c of [...g20, ...populous]) {
      const leaders = [...kb.holderOf(`${c} leader`, "2025-07-01"), ...kb.holderOf(`president of ${c}`, "2025-07-01")];
      assert.ok(leaders.length > 0, `a leader of ${c} in July 2025`);
    }
    for (const c of g20) assert.ok(kb.holderOf(`${c} foreign minister`, "2025-01-15").length > 0, `foreign minister of ${c}`);
    for (const org of ["United Nations", "NATO", "European Commission", "European Council", "European Parliament", "International Monetary Fund", "World Bank", "World Health Organization", "World Trade Organization", "African Union Commission", "ASEAN", "World Food Programme", "UNHCR", "UNICEF", "United Nations Development Programme", "International Atomic Energy Agency", "OCHA", "Food and Agriculture Organization", "International Labour Organization", "UNESCO"]) {
      assert.ok(kb.holderOf(`${org} chief`, "2025-03-15").length > 0, `head of ${org}`);
    }
  });
});
