import type { CountryEntry, Entry, EventEntry, KnowledgeFile, OrganizationEntry, PersonEntry } from "./schema";
import { knowledgeFileSchema } from "./schema";
import { bundledFiles } from "./data";

export * from "./schema";

/** Case-, diacritic- and apostrophe-insensitive key for names. */
export function normalizeName(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`]/g, "'")
    .replace(/[‐-―]/g, "-")
    .replace(/\s+/g, " ")
    .replace(/^the /i, "")
    .trim()
    .toLowerCase();
}

/**
 * What Byline knows about the world: people and their offices, organisations, countries and
 * events. Immutable; built from the bundled files plus any workspace files (later ones win
 * for entries with the same type and name).
 */
export class KnowledgeBase {
  readonly entries: readonly Entry[];
  private readonly byKey = new Map<string, Entry[]>();
  private readonly byDemonym = new Map<string, CountryEntry>();

  constructor(files: readonly KnowledgeFile[]) {
    const merged = new Map<string, Entry>();
    for (const f of files) for (const e of f.entries) merged.set(`${e.type}:${normalizeName(e.name)}`, e);
    this.entries = [...merged.values()];
    for (const e of this.entries) {
      for (const n of namesOf(e)) this.add(n, e);
      if (e.type === "country") for (const d of e.demonyms) this.byDemonym.set(normalizeName(d), e);
    }
  }

  private add(name: string, e: Entry): void {
    const k = normalizeName(name);
    const list = this.byKey.get(k);
    if (!list) this.byKey.set(k, [e]);
    else if (!list.includes(e)) list.push(e);
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
    return this.lookup(name).find((e): e is CountryEntry => e.type === "country") ?? this.byDemonym.get(normalizeName(name));
  }

  event(name: string): EventEntry | undefined {
    return this.lookup(name).find((e): e is EventEntry => e.type === "event");
  }

  /** The country a demonym ("Ukrainian", "French") belongs to. */
  demonym(word: string): CountryEntry | undefined {
    return this.byDemonym.get(normalizeName(word));
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

  static fromFiles(files: readonly unknown[]): KnowledgeBase {
    return new KnowledgeBase(files.map((f) => knowledgeFileSchema.parse(f)));
  }

  private static bundledInstance: KnowledgeBase | undefined;
  /** The data set shipped with Byline, parsed once. */
  static bundled(): KnowledgeBase {
    return (KnowledgeBase.bundledInstance ??= KnowledgeBase.fromFiles(bundledFiles));
  }

  /** The bundled data extended by workspace files. */
  extend(files: readonly KnowledgeFile[]): KnowledgeBase {
    return new KnowledgeBase([{ entries: [...this.entries] }, ...files]);
  }
}

function namesOf(e: Entry): string[] {
  const names = [e.name, ...e.variants];
  if (e.type === "organization") names.push(...e.acronyms);
  if (e.type === "country") names.push(...e.seatsOfGovernment);
  return names;
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
