/**
 * Look-ups over the knowledge base that date a document: events an "nth year" refers to, and
 * office holders whose title in the text dates it ("US President Donald Trump").
 */
import type { EventEntry, KnowledgeBase, PersonEntry, Office } from "../../knowledge";
import type { Span } from "../../model/span";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const lower = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'");

/** Head nouns of vague event names: "the war", "the ongoing conflict". */
function headNoun(v: string): string | undefined {
  const w = lower(v).replace(/^the\s+/, "").trim();
  return /^[a-z-]+$/.test(w) ? w : undefined;
}

/**
 * Knowledge-base events a passage speaks of: a full name or variant, or a vague variant's head noun
 * ("the ongoing conflict") when one of the event's context words occurs in the document.
 */
export function eventsIn(kb: KnowledgeBase, passage: string, documentText: string): EventEntry[] {
  const p = lower(passage);
  const out: EventEntry[] = [];
  for (const e of kb.entries) {
    if (e.type !== "event" || !e.start) continue;
    let hit = false;
    for (const name of [e.name, ...e.variants]) {
      const head = headNoun(name);
      if (head) {
        if (!new RegExp(`\\b${escape(head)}\\b`).test(p)) continue;
        const ctx = e.context.some((c) => new RegExp(`\\b${escape(lower(c))}`).test(lower(documentText)));
        if (ctx) hit = true;
      } else if (p.includes(lower(name))) hit = true;
      if (hit) break;
    }
    if (hit) out.push(e);
  }
  return out;
}

export interface OfficeMention {
  readonly person: PersonEntry;
  readonly offices: readonly Office[];
  /** The title and name as written: "US President Donald Trump". */
  readonly span: Span;
  readonly title: string;
}

const TITLE_BEFORE = /(?:\b(former|ex-|then-|outgoing|incoming|late)\s*)?(?:\b([\p{Lu}][\p{L}.]*)\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)\s+(?:\p{Lu}[\p{L}.'-]*\s+)?$/u;

/**
 * People of the knowledge base named with one of their dated offices: "US President Donald Trump",
 * "President Trump". Only the first such mention per person counts; "former", "then-" do not date.
 */
export function officeMentions(kb: KnowledgeBase, text: string, from: number): OfficeMention[] {
  const out: OfficeMention[] = [];
  for (const e of kb.entries) {
    if (e.type !== "person" || e.offices.length === 0) continue;
    const titles = [...new Set(e.offices.map((o) => lower(o.title)))];
    const names = [e.name, ...e.variants].sort((a, b) => b.length - a.length);
    const re = new RegExp(`\\b(?:${names.map(escape).join("|")})\\b`, "gu");
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const before = text.slice(Math.max(from, m.index - 60), m.index);
      const t = TITLE_BEFORE.exec(before);
      if (!t) continue;
      if (t[1]) continue;
      const titleWords = lower(t[3]!);
      const title = titles.find((x) => titleWords === x || titleWords.endsWith(` ${x}`) || titleWords.startsWith(`${x} `));
      if (!title) continue;
      const qualifier = t[2];
      const offices = e.offices.filter((o) => {
        if (lower(o.title) !== title) return false;
        if (!qualifier || !o.of) return true;
        const c = kb.country(qualifier);
        return !c || lower(c.name) === lower(o.of);
      });
      if (offices.length === 0) continue;
      const start = m.index - before.length + t.index;
      out.push({ person: e, offices, span: { start, end: m.index + m[0].length }, title: text.slice(start, m.index).trim() });
      break;
    }
  }
  return out;
}
