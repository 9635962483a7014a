import type { CountryEntry, Entry, EventEntry, KnowledgeFile, Office, OfficeKind, OrganizationEntry, PersonEntry } from "./schema";
import { knowledgeFileSchema } from "./schema";
import { bundledFiles } from "./data";
import { MONTHS } from "../parse/calendar";

export * from "./schema";
export { parseKnowledgeText, type KnowledgeProblem, type ParsedKnowledge } from "./parse";

const PLAIN = /^[ -_a-z{-~]*$/; // printable ASCII without `, once lower-cased
const HAS_SPACE_RUN = /\s{2,}|^\s|\s$|[\t\n\r]/;

/** Case-, diacritic- and apostrophe-insensitive key for names. */
export function normalizeName(s: string): string {
  const lower = s.toLowerCase();
  // Fast path: plain ASCII needs only the leading "the " removed (most names, most look-ups).
  if (PLAIN.test(lower) && !HAS_SPACE_RUN.test(lower)) return lower.startsWith("the ") ? lower.slice(4) : lower;
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[łŁ]/g, "l")
    .replace(/[øØ]/g, "o")
    .replace(/ı/g, "i")
    .replace(/ß/g, "ss")
    .replace(/[’‘`]/g, "'")
    .replace(/[‐-―]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /i, "")
    .toLowerCase();
}

/** A person holding an office, as found by {@link KnowledgeBase.holderOf}. */
export interface HolderMatch {
  readonly person: PersonEntry;
  readonly office: Office;
  /**
   * The date asked about is after the `asOf` date of the file the person came from: someone
   * else may hold the office by then, and Byline would not know.
   */
  readonly stale: boolean;
}

/** A role phrase taken apart: "the French president" → { title: "president", of: "France" }. */
export interface RolePhrase {
  /** The title words, normalised: "president", "foreign minister", "spokesperson". */
  readonly title: string;
  /** Canonical name of the country or organisation, when the phrase names one. */
  readonly of?: string;
  readonly ofType?: "country" | "organization";
}

/** What {@link KnowledgeBase.resolveSurname} found. */
export interface SurnameResolution {
  /** The one person the surname means here, when it is unambiguous. */
  readonly person?: PersonEntry;
  /** Everyone in the knowledge base known by that surname. */
  readonly candidates: readonly PersonEntry[];
}

interface SecondaryIndex {
  readonly bySurname: Map<string, PersonEntry[]>;
  readonly byVague: Map<string, EventEntry[]>;
  readonly offices: OfficeRef[];
  readonly officesByOf: Map<string, OfficeRef[]>;
  /** Offices of organisations that belong to a country (its central bank), by that country. */
  readonly officesByOrgCountry: Map<string, OfficeRef[]>;
}

interface OfficeRef {
  readonly person: PersonEntry;
  readonly office: Office;
  /** Title and aliases as written (normalised): "secretary of state", "kremlin spokesperson". */
  readonly literal: readonly string[];
  /** The same with synonyms folded: "foreign minister". */
  readonly canonical: readonly string[];
  readonly kind: OfficeKind;
}

/**
 * What Byline knows about the world: people and their offices, organisations, countries and
 * events. Immutable; built from the bundled files plus any workspace files (later ones win
 * for entries with the same type and name).
 */
export class KnowledgeBase {
  readonly entries: readonly Entry[];
  private readonly files: readonly KnowledgeFile[];
  private readonly byKey = new Map<string, Entry[]>();
  private readonly byDemonym = new Map<string, CountryEntry[]>();
  private readonly entryAsOf = new Map<Entry, string>();
  /** Built on first use, so that loading stays cheap for callers that only look names up. */
  private indexCache: SecondaryIndex | undefined;
  private titlesCache: readonly string[] | undefined;

  constructor(files: readonly KnowledgeFile[]) {
    this.files = files;
    const merged = new Map<string, Entry>();
    const nameKey = new Map<Entry, string>();
    for (const f of files) {
      for (const e of f.entries) {
        const n = normalizeName(e.name);
        const k = `${e.type}:${n}`;
        if (merged.has(k)) merged.delete(k); // a later file overrides, and its entry takes the later place
        merged.set(k, e);
        nameKey.set(e, n);
        if (f.asOf !== undefined) this.entryAsOf.set(e, f.asOf);
        else this.entryAsOf.delete(e);
      }
    }
    this.entries = [...merged.values()];
    for (const e of this.entries) {
      push(this.byKey, nameKey.get(e)!, e);
      for (const v of e.variants) push(this.byKey, normalizeName(v), e);
      if (e.type === "organization") for (const a of e.acronyms) push(this.byKey, normalizeName(a), e);
      else if (e.type === "country") {
        for (const s of e.seatsOfGovernment) push(this.byKey, normalizeName(s), e);
        for (const d of e.demonyms) push(this.byDemonym, normalizeName(d), e);
      }
    }
  }

  /** Surnames, vague event names and offices: built once, when first needed. */
  private get index(): SecondaryIndex {
    if (this.indexCache) return this.indexCache;
    const norm = memo(normalizeName);
    const ix: SecondaryIndex = { bySurname: new Map(), byVague: new Map(), offices: [], officesByOf: new Map(), officesByOrgCountry: new Map() };
    const places = new Map<string, CountryEntry | OrganizationEntry | undefined>();
    const place = (name: string) => {
      if (!places.has(name)) places.set(name, this.place(name));
      return places.get(name);
    };
    for (const e of this.entries) {
      if (e.type === "event") for (const v of e.vague ?? []) push(ix.byVague, norm(v), e);
      if (e.type !== "person") continue;
      push(ix.bySurname, norm(surnameOf(e)), e);
      for (const v of e.variants) if (!v.includes(" ")) push(ix.bySurname, norm(v), e);
      for (const office of e.offices) {
        const ofEntity = office.of === undefined ? undefined : place(office.of);
        const literal = [office.title, ...(office.aliases ?? [])].map(literalTitle);
        const ref: OfficeRef = {
          person: e,
          office,
          literal,
          canonical: literal.map(canonicalTitle),
          kind: office.kind ?? inferKind(office.title, ofEntity?.type),
        };
        ix.offices.push(ref);
        const ofKey = ofEntity ? norm(ofEntity.name) : office.of === undefined ? "" : norm(office.of);
        push(ix.officesByOf, ofKey, ref);
        if (ofEntity?.type === "organization" && ofEntity.country !== undefined) {
          push(ix.officesByOrgCountry, norm(place(ofEntity.country)?.name ?? ofEntity.country), ref);
        }
      }
    }
    return (this.indexCache = ix);
  }

  /** Entries whose name, variant or acronym equals `name` (case- and diacritic-insensitive). */
  lookup(name: string): readonly Entry[] {
    return this.byKey.get(normalizeName(name)) ?? [];
  }

  person(name: string): PersonEntry | undefined {
    return this.lookup(name).find((e): e is PersonEntry => e.type === "person");
  }

  organization(name: string): OrganizationEntry | undefined {
    return this.lookup(name).find((e): e is OrganizationEntry => e.type === "organization");
  }

  country(name: string): CountryEntry | undefined {
    return this.lookup(name).find((e): e is CountryEntry => e.type === "country") ?? this.demonym(name);
  }

  event(name: string): EventEntry | undefined {
    return this.lookup(name).find((e): e is EventEntry => e.type === "event");
  }

  /** The country a demonym ("Ukrainian", "French", "Ukrainians") belongs to; the first listed when shared. */
  demonym(word: string): CountryEntry | undefined {
    return this.demonyms(word)[0];
  }

  /** Every country a demonym may belong to ("Congolese" → both Congos). Plurals in -s are understood. */
  demonyms(word: string): readonly CountryEntry[] {
    const k = normalizeName(word);
    return this.byDemonym.get(k) ?? (k.endsWith("s") ? this.byDemonym.get(k.slice(0, -1)) : undefined) ?? [];
  }

  /**
   * A country or an organisation named by `name` (name, variant, acronym, demonym or seat of
   * government), as in a role phrase: "Kremlin", "French", "UN". News organisations are left out.
   */
  place(name: string): CountryEntry | OrganizationEntry | undefined {
    const found = this.lookup(name);
    return (
      found.find((e): e is CountryEntry => e.type === "country") ??
      found.find((e): e is OrganizationEntry => e.type === "organization" && e.kind !== "news") ??
      this.demonym(name)
    );
  }

  /** The `asOf` date of the file an entry came from, when that file gave one. */
  asOf(entry: Entry): string | undefined {
    return this.entryAsOf.get(entry);
  }

  /** The files the knowledge base was built from, in order (bundled first). */
  get sources(): readonly KnowledgeFile[] {
    return this.files;
  }

  /** People who held an office with this title (and `of`, when given) on `date` (ISO). */
  holders(title: string, of: string | undefined, date?: string): PersonEntry[] {
    const t = normalizeName(title);
    const o = of === undefined ? undefined : normalizeName(of);
    const out: PersonEntry[] = [];
    for (const e of this.entries) {
      if (e.type !== "person") continue;
      for (const off of e.offices) {
        if (normalizeName(off.title) !== t) continue;
        if (o !== undefined && (off.of === undefined || normalizeName(off.of) !== o)) continue;
        if (date !== undefined && !within(date, off.from, off.to)) continue;
        out.push(e);
        break;
      }
    }
    return out;
  }

  /**
   * Takes a role phrase apart: "the French president", "US President", "the Kremlin spokesperson",
   * "Ukraine's foreign minister", "Secretary-General of the United Nations", "UN chief".
   * Undefined when no title words are left.
   */
  parseRole(phrase: string): RolePhrase | undefined {
    const words = normalizeName(phrase)
      .replace(/['’]s\b/g, "")
      .replace(/(?<![.,;:])[.,;:]+$/, "")
      .split(" ")
      .filter((w) => w !== "");
    if (words.length === 0) return undefined;
    // "<place> <title>": the longest leading run of words that names a place.
    for (let i = Math.min(words.length - 1, 6); i >= 1; i--) {
      const p = this.place(words.slice(0, i).join(" "));
      if (p) return { title: words.slice(i).join(" "), of: p.name, ofType: p.type };
    }
    // "<title> of <place>"
    for (let i = words.length - 2; i >= 1; i--) {
      if (words[i] !== "of") continue;
      const p = this.place(words.slice(i + 1).join(" "));
      if (p) return { title: words.slice(0, i).join(" "), of: p.name, ofType: p.type };
    }
    return { title: words.join(" ") };
  }

  /**
   * Who held the office a role phrase names, on `date` (ISO; any time when omitted):
   * "the French president" on 2025-03-01 → Emmanuel Macron. Several matches mean the
   * phrase is ambiguous or the date falls on a hand-over; none means Byline does not know.
   */
  holderOf(rolePhrase: string, date?: string): HolderMatch[] {
    const atDate = (r: OfficeRef) => date === undefined || within(date, r.office.from, r.office.to);
    const result = (refs: readonly OfficeRef[]) =>
      refs.map((r) => ({ person: r.person, office: r.office, stale: this.isStale(r.person, date) }));
    // The whole phrase as a title or alias: "Secretary of State", "the Kremlin spokesperson", "UN chief".
    const whole = literalTitle(rolePhrase.replace(/['’]s\b/g, ""));
    const named = this.index.offices.filter((r) => r.literal.includes(whole) && atDate(r));
    if (named.length > 0) return result(named);

    const role = this.parseRole(rolePhrase);
    if (!role || role.title === "" || role.of === undefined) return [];
    const key = canonicalTitle(literalTitle(role.title));
    const group = TITLE_GROUPS.get(key);
    const refs = this.index.officesByOf.get(normalizeName(role.of)) ?? [];
    let found = refs.filter((r) => r.canonical.includes(key) && atDate(r));
    if (found.length === 0 && group?.kind) {
      // "French foreign minister" finds "Minister for Europe and Foreign Affairs"; "Indian
      // central bank governor" finds the Governor of the Reserve Bank of India.
      const wider = [...refs, ...(this.index.officesByOrgCountry.get(normalizeName(role.of)) ?? [])];
      found = wider.filter((r) => r.kind === group.kind && atDate(r));
    }
    if (found.length === 0 && group?.generic) {
      // "the German leader", "the UN chief": the head of the government, else of the state or organisation.
      const pick = (kind: OfficeKind) => refs.filter((r) => r.kind === kind && atDate(r));
      found =
        role.ofType === "organization"
          ? pick("organization-head")
          : pick("head-of-government").length > 0
            ? pick("head-of-government")
            : pick("head-of-state");
    }
    return result(found);
  }

  private isStale(e: Entry, date: string | undefined): boolean {
    const asOf = this.entryAsOf.get(e);
    return date !== undefined && asOf !== undefined && date > padEnd(asOf);
  }

  /** The offices `person` held on `date` (ISO), or all of them when no date is given. */
  officesOn(person: PersonEntry, date?: string): Office[] {
    return person.offices.filter((o) => date === undefined || within(date, o.from, o.to));
  }

  /**
   * A one-line description for hovers: "Volodymyr Zelensky: President of Ukraine (since
   * 20 May 2019)". With a date, only the offices held then; otherwise the latest one.
   */
  summarize(entry: Entry, date?: string): string {
    switch (entry.type) {
      case "person": {
        const held = this.officesOn(entry, date);
        const shown = date === undefined ? held.slice(-1) : held;
        if (shown.length === 0) return entry.name;
        return `${entry.name}: ${shown.map((o) => this.describeOffice(o)).join("; ")}`;
      }
      case "organization":
        return entry.acronyms.length > 0 ? `${entry.name} (${entry.acronyms[0]})` : entry.name;
      case "country":
        return entry.capital ? `${entry.name} (capital: ${entry.capital})` : entry.name;
      case "event":
        return `${entry.name}${entry.start ? ` (${entry.end && entry.end !== entry.start ? `${showDate(entry.start)} to ${showDate(entry.end)}` : entry.end ? showDate(entry.start) : `since ${showDate(entry.start)}`})` : ""}`;
    }
  }

  private describeOffice(o: Office): string {
    let where = o.of;
    const p = where === undefined ? undefined : this.place(where);
    // "Kremlin spokesperson", "White House Press Secretary": the title already says where.
    const title = ` ${normalizeName(o.title)} `;
    if (p && namesOf(p).some((n) => title.includes(` ${normalizeName(n)} `))) where = undefined;
    if (where !== undefined) {
      // "Governor of the Bank of England", "Secretary General of NATO", "President of the United States".
      const the = p?.type === "country" ? THE_COUNTRY.test(p.name) : p?.type === "organization" && /^[A-Z][a-z]/.test(p.name) && p.name.includes(" ");
      where = the ? `the ${where}` : where;
    }
    const what = where ? `${o.title} of ${where}` : o.title;
    if (o.from && o.to) return `${what} (${showDate(o.from)} to ${showDate(o.to)})`;
    if (o.from) return `${what} (since ${showDate(o.from)})`;
    if (o.to) return `${what} (until ${showDate(o.to)})`;
    return what;
  }

  /**
   * Every title word sequence the knowledge base understands, normalised and longest first
   * ("press secretary of the president", "foreign minister", "president", "spokesperson", "chief"):
   * the vocabulary for finding role phrases in text before handing them to {@link holderOf}.
   */
  titleVocabulary(): readonly string[] {
    if (this.titlesCache) return this.titlesCache;
    const all = new Set<string>(TITLE_GROUPS.keys());
    for (const r of this.index.offices) for (const t of r.literal) all.add(t);
    return (this.titlesCache = [...all].sort((a, b) => b.length - a.length || a.localeCompare(b)));
  }

  /** Everyone known by this surname (or a one-word variant: "Lula", "MBS"). */
  bySurnameKey(surname: string): readonly PersonEntry[] {
    return this.index.bySurname.get(normalizeName(surname)) ?? [];
  }

  /**
   * Which person a surname alone means in an article. `articleNames` are the fuller names the
   * article mentions ("Emmanuel Macron", "Brigitte Macron"): when exactly one known person with
   * that surname is among them, that is the one; when the article names someone else with that
   * surname, or several are known and none named, it is ambiguous. With no other clue, a
   * surname that only one known person has means that person.
   */
  resolveSurname(surname: string, articleNames: readonly string[] = []): SurnameResolution {
    const key = normalizeName(surname);
    const candidates = this.index.bySurname.get(key) ?? [];
    const named = new Set(articleNames.map(normalizeName));
    const mentioned = candidates.filter((p) => [p.name, ...p.variants].some((n) => n.includes(" ") && named.has(normalizeName(n))));
    if (mentioned.length === 1) return { person: mentioned[0]!, candidates };
    if (mentioned.length > 1) return { candidates };
    const known = new Set(candidates.flatMap((p) => [p.name, ...p.variants].map(normalizeName)));
    const others = [...named].some((n) => n !== key && n.split(" ").pop() === key && !known.has(n));
    if (!others && candidates.length === 1) return { person: candidates[0]!, candidates };
    return { candidates };
  }

  /**
   * Events a phrase names: "the war in Ukraine" by name or variant; vague names ("the war",
   * "the conflict", "the pandemic") only when one of the event's context words is among
   * `contextWords` (e.g. the capitalised words of the article). Best match first.
   */
  eventsMatching(phrase: string, contextWords: readonly string[] = []): EventEntry[] {
    const key = normalizeName(phrase);
    const direct = this.lookup(phrase).filter((e): e is EventEntry => e.type === "event");
    const ctx = new Set(contextWords.map(normalizeName));
    const score = (e: EventEntry) => e.context.reduce((n, c) => n + (ctx.has(normalizeName(c)) ? 1 : 0), 0);
    const vague = (this.index.byVague.get(key) ?? [])
      .filter((e) => !direct.includes(e))
      .map((e) => ({ e, s: score(e) }))
      .filter((x) => x.s > 0)
      .sort((a, b) => b.s - a.s)
      .map((x) => x.e);
    return [...direct.sort((a, b) => score(b) - score(a)), ...vague];
  }

  static fromFiles(files: readonly unknown[]): KnowledgeBase {
    return new KnowledgeBase(files.map((f) => knowledgeFileSchema.parse(f)));
  }

  private static bundledInstance: KnowledgeBase | undefined;
  /** The data set shipped with Byline, parsed once. */
  static bundled(): KnowledgeBase {
    // The bundled files are validated by the unit tests (and `withDefaults` is tested to match the
    // schema), so loading skips zod: it keeps start-up well under the 20 ms budget.
    return (KnowledgeBase.bundledInstance ??= new KnowledgeBase(bundledFiles.map(withDefaults)));
  }

  /** This knowledge extended by workspace files (their entries override same-named ones). */
  extend(files: readonly KnowledgeFile[]): KnowledgeBase {
    return new KnowledgeBase([...this.files, ...files]);
  }
}

/** Country names said with "the": "President of the United States". */
const THE_COUNTRY = /^(?:United |Republic |Democratic |Central African|Czech Republic|Dominican Republic|Netherlands|Philippines|Bahamas|Gambia|Maldives|Marshall|Solomon|Comoros|Seychelles)/;

/** "2019-05-20" → "20 May 2019"; "2019-05" → "May 2019"; "2019" stays. */
function showDate(d: string): string {
  const month = d.length >= 7 ? MONTHS[Number(d.slice(5, 7)) - 1] : undefined;
  if (!month) return d;
  return d.length === 10 ? `${Number(d.slice(8))} ${month} ${d.slice(0, 4)}` : `${month} ${d.slice(0, 4)}`;
}

/**
 * A bundled file with the schema's defaults filled in, without validating it: the same result as
 * `knowledgeFileSchema.parse` for valid data (a unit test checks this for every bundled file).
 */
export function withDefaults(raw: unknown): KnowledgeFile {
  const file = raw as KnowledgeFile;
  for (const e of file.entries as (Entry & Record<string, unknown>)[]) {
    // Filled in place: the bundled JSON objects are used by nothing else, and copying them
    // would double the garbage made at start-up.
    e.variants ??= [];
    switch (e.type) {
      case "person":
        e.offices ??= [];
        break;
      case "organization":
        e.acronyms ??= [];
        e.kind ??= "other";
        break;
      case "country":
        e.demonyms ??= [];
        e.seatsOfGovernment ??= [];
        break;
      case "event":
        e.kind ??= "other";
        e.context ??= [];
        break;
    }
  }
  return file;
}

/** The name a person goes by alone: `surname`, else the last word of the name (before "Jr." and the like). */
export function surnameOf(p: PersonEntry): string {
  if (p.surname !== undefined) return p.surname;
  const words = p.name.split(" ").filter((w) => !/^(?:jr\.?|sr\.?|ii|iii|iv)$/i.test(w));
  return words[words.length - 1] ?? p.name;
}

function namesOf(e: Entry): string[] {
  const names = [e.name, ...e.variants];
  if (e.type === "organization") names.push(...e.acronyms);
  if (e.type === "country") names.push(...e.seatsOfGovernment);
  return names;
}

function memo(f: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) cache.set(s, (v = f(s)));
    return v;
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Title words that mean the same office, and the office kind they stand for. */
const TITLE_SYNONYMS: readonly { readonly words: readonly string[]; readonly kind?: OfficeKind; readonly generic?: true }[] = [
  { words: ["prime minister", "pm", "premier", "head of government"], kind: "head-of-government" },
  { words: ["head of state"], kind: "head-of-state" },
  {
    words: [
      "foreign minister", "foreign secretary", "secretary of state", "minister of foreign affairs", "minister for foreign affairs",
      "foreign affairs minister", "external affairs minister", "minister of external affairs", "top diplomat", "chief diplomat",
    ],
    kind: "foreign-minister",
  },
  { words: ["spokesperson", "spokesman", "spokeswoman", "press secretary", "spokesperson for the president"], kind: "spokesperson" },
  { words: ["central bank governor", "central bank chief", "central bank head", "central bank chair"], kind: "central-bank-governor" },
  { words: ["envoy", "special envoy"], kind: "envoy" },
  { words: ["leader", "chief", "head", "boss"], generic: true },
];
const TITLE_GROUPS = new Map<string, { readonly canonical: string; readonly kind?: OfficeKind; readonly generic?: true }>();
for (const g of TITLE_SYNONYMS) {
  for (const w of g.words) TITLE_GROUPS.set(w, { canonical: g.words[0]!, ...(g.kind ? { kind: g.kind } : {}), ...(g.generic ? { generic: true } : {}) });
}

/** A title as written, normalised, with hyphens as spaces: "Secretary-General" → "secretary general". */
function literalTitle(title: string): string {
  return normalizeName(title).replace(/-/g, " ").replace(/(?<![.,;:])[.,;:]+$/, "");
}

/** A literal title with synonyms folded: "foreign secretary" → "foreign minister". */
function canonicalTitle(literal: string): string {
  return TITLE_GROUPS.get(literal)?.canonical ?? literal;
}

function inferKind(title: string, ofType: "country" | "organization" | undefined): OfficeKind {
  const t = literalTitle(title);
  const g = TITLE_GROUPS.get(t);
  if (g?.kind) return g.kind;
  if (/^(?:president|king|queen|emperor|supreme leader|emir|sultan)$/.test(t)) return ofType === "organization" ? "organization-head" : "head-of-state";
  if (/^(?:chancellor|prime minister|premier)$/.test(t)) return "head-of-government";
  if (/^(?:governor|chair|chairman|chairwoman|president)$/.test(t) && ofType === "organization") return "organization-head";
  if (/^(?:secretary general|director general|executive director|high commissioner|administrator|managing director)$/.test(t)) {
    return "organization-head";
  }
  if (/\benvoy\b/.test(t)) return "envoy";
  if (/\b(?:spokes(?:person|man|woman)|press secretary)\b/.test(t)) return "spokesperson";
  if (/\bminister\b|\bsecretary\b/.test(t)) return "minister";
  return "other";
}

/** Is ISO `date` within [from, to] where either may be YYYY or YYYY-MM (taken as the whole period)? */
export function within(date: string, from?: string, to?: string): boolean {
  if (from !== undefined && date < padStart(from)) return false;
  if (to !== undefined && date > padEnd(to)) return false;
  return true;
}

function padStart(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
function padEnd(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}
