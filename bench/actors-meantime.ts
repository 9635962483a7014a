// How the actors Byline finds compare with the people and organisations MEANTIME's annotators
// named, on its 120 Wikinews articles (../shared/corpora/meantime; says so and stops when it is
// missing). A measurement, not a test.   Run: npm run bench:actors [-- --verbose]
//
// MEANTIME annotates entity mentions only in an article's title and its first four sentences. The
// gold is every person (PER) and organisation (ORG) instance with a proper-name mention there; the
// system side is every actor of kind person or organisation with a mention there. They match when
// a name of one equals a name of the other, compared without case, punctuation, spaces or a leading
// "the": the actor's name and mention texts against the instance's proper-name mentions and its
// annotators' label. An actor that matches an instance of another type (a product, a place, a
// financial entity) is counted apart, as is a match of the other kind (a person for an organisation).
// MEANTIME leaves some names unannotated (a maker inside a product's name, "Airbus A380"; a person
// named in passing) and labels some with a form the text never uses ("Thomas (Tom) Enders"): the
// precision is a lower bound, and the lists of `--verbose` are for reading, not for counting.
import { analyze } from "../src/core/analyze";
import { meantimeDocument, meantimeFiles } from "./corpus";

const VERBOSE = process.argv.includes("--verbose");
const files = meantimeFiles();
if (files === null) {
  console.log("../shared/corpora/meantime is missing: nothing to measure.");
  process.exit(0);
}

/** The sentences MEANTIME annotates entities in: the title (0) and the first four of the body (the date line is 1). */
const ANNOTATED = [0, 2, 3, 4, 5];
const TYPES: Record<string, "person" | "organization"> = { PER: "person", ORG: "organization" };

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/^the\s+/u, "")
    .replace(/['’]s$/u, "")
    .replace(/[^\p{L}\p{N}]/gu, "");

interface Instance {
  readonly type: string;
  readonly label: string;
  readonly names: Set<string>;
  named: boolean;
}

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'" };
const decode = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (_x, e: string) => XML_ENTITIES[e]!);
const attr = (tag: string, name: string): string | undefined => {
  const v = new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  return v === undefined ? undefined : decode(v);
};

/** The annotated instances of an article, with the proper-name mentions of each. */
function goldOf(xml: string): Instance[] {
  const tokens = new Map<string, string>();
  for (const m of xml.matchAll(/<token ([^>]*)>([^<]*)<\/token>/g)) tokens.set(attr(m[1]!, "t_id")!, decode(m[2]!));
  const mentions = new Map<string, { type: string; text: string }>();
  for (const m of xml.matchAll(/<ENTITY_MENTION ([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    const ids = [...m[2]!.matchAll(/t_id="(\d+)"/g)].map((x) => x[1]!);
    mentions.set(attr(m[1]!, "m_id")!, { type: attr(m[1]!, "syntactic_type") ?? "", text: ids.map((t) => tokens.get(t) ?? "").join(" ") });
  }
  const instances = new Map<string, Instance>();
  for (const m of xml.matchAll(/<ENTITY ([^>]*)\/>/g)) {
    const label = attr(m[1]!, "TAG_DESCRIPTOR") ?? "";
    instances.set(attr(m[1]!, "m_id")!, { type: attr(m[1]!, "ent_type") ?? "", label, names: new Set([norm(label)]), named: false });
  }
  for (const m of xml.matchAll(/<REFERS_TO [^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="(\d+)"/.exec(m[1]!)?.[1];
    const inst = target === undefined ? undefined : instances.get(target);
    if (!inst) continue;
    for (const s of m[1]!.matchAll(/<source m_id="(\d+)"/g)) {
      const mention = mentions.get(s[1]!);
      if (mention?.type !== "NAM") continue;
      inst.named = true;
      inst.names.add(norm(mention.text));
    }
  }
  return [...instances.values()].filter((i) => i.named);
}

const totals = { gold: 0, found: 0, system: 0, right: 0, otherKind: 0, otherType: 0 };
const falsePositives: string[] = [];
const misses: string[] = [];
for (const { name, xml } of files) {
  const { text, sentences } = meantimeDocument(xml);
  const region = ANNOTATED.map((n) => sentences.get(n)).filter((s) => s !== undefined);
  const inRegion = (at: number): boolean => region.some((s) => s.start <= at && at < s.end);
  const all = goldOf(xml);
  const gold = all.filter((i) => TYPES[i.type] !== undefined);
  const actors = analyze(text).actors.filter((a) => (a.kind === "person" || a.kind === "organization") && a.mentions.some((m) => inRegion(m.span.start)));
  const namesOf = (a: (typeof actors)[number]): Set<string> => new Set([norm(a.name), ...a.mentions.filter((m) => inRegion(m.span.start)).map((m) => norm(m.text))]);
  const matches = (a: (typeof actors)[number], i: Instance): boolean => [...namesOf(a)].some((n) => n !== "" && i.names.has(n));
  totals.gold += gold.length;
  totals.system += actors.length;
  for (const i of gold) {
    if (actors.some((a) => matches(a, i))) totals.found++;
    else misses.push(`${name}: ${i.type} "${i.label}"`);
  }
  for (const a of actors) {
    const i = gold.find((g) => matches(a, g));
    if (i) {
      totals.right++;
      if (TYPES[i.type] !== a.kind) totals.otherKind++;
      continue;
    }
    const other = all.find((g) => matches(a, g));
    if (other) totals.otherType++;
    falsePositives.push(`${name}: ${a.kind} "${a.name}"${other ? ` (annotated ${other.type} "${other.label}")` : ""}`);
  }
}

const pct = (a: number, b: number): string => (b === 0 ? "n/a" : ((100 * a) / b).toFixed(1));
const p = totals.right / totals.system;
const r = totals.found / totals.gold;
console.log(`gold: ${totals.gold} named people and organisations in the annotated sentences; actors there: ${totals.system}`);
console.log(`precision ${pct(totals.right, totals.system)}  recall ${pct(totals.found, totals.gold)}  F1 ${(p + r === 0 ? 0 : (200 * p * r) / (p + r)).toFixed(1)}`);
console.log(`of the actors that match: ${totals.otherKind} of the other kind (a person for an organisation, or the reverse)`);
console.log(`of the actors that match none: ${totals.otherType} match a product, place or financial entity`);
if (VERBOSE) {
  console.log("\nActors that match no annotated person or organisation:");
  for (const x of falsePositives) console.log("  " + x);
  console.log("\nAnnotated people and organisations no actor matches:");
  for (const x of misses) console.log("  " + x);
}
