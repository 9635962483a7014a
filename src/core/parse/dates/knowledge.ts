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
  const inDocument = (c: string): boolean => documentHas(documentText, c);
  const out: EventEntry[] = [];
  for (const e of kb.entries) {
    if (e.type !== "event" || !e.start) continue;
    let hit = false;
    // Vague names ("the war") count only when one of the event's context words is in the document.
    for (const name of [e.name, ...e.variants, ...(e.vague ?? [])]) {
      const head = headNoun(name);
      if (head) {
        if (!new RegExp(`\\b${escape(head)}\\b`).test(p)) continue;
        if (e.context.some(inDocument)) hit = true;
      } else if (p.includes(lower(name))) hit = true;
      if (hit) break;
    }
    if (hit) out.push(e);
  }
  return out;
}

/**
 * Which context words the last document asked about holds. Callers ask for each "nth year" phrase
 * of one document in turn: the document is lower-cased, and each word looked for, once, not once a phrase.
 */
let seen: { text: string; lower: string | undefined; words: Map<string, boolean> } | undefined;

function documentHas(documentText: string, c: string): boolean {
  if (seen?.text !== documentText) seen = { text: documentText, lower: undefined, words: new Map() };
  let has = seen.words.get(c);
  if (has === undefined) {
    has = new RegExp(`\\b${escape(lower(c))}`).test((seen.lower ??= lower(documentText)));
    seen.words.set(c, has);
  }
  return has;
}

export interface OfficeMention {
  readonly person: PersonEntry;
  readonly offices: readonly Office[];
  /** The title and name as written: "US President Donald Trump". */
  readonly span: Span;
  readonly title: string;
}

// A run of capitalised words ("US President Donald Trump"), possibly after "former".
const CAP_RUN = /\b(?:(former|ex-|then-|outgoing|incoming|late)\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,7})/g;

/**
 * People of the knowledge base named with one of their dated offices: "US President Donald Trump",
 * "President Trump". Only the first such mention per person counts; "former", "then-" do not date.
 * One pass over the capitalised runs of the text, whatever the size of the knowledge base.
 */
const TITLE_ENDS = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/** The last word of every office title in the knowledge base, lower-cased as `lower` does. */
function titleEnds(kb: KnowledgeBase): ReadonlySet<string> {
  let ends = TITLE_ENDS.get(kb);
  if (!ends) {
    const set = new Set<string>();
    for (const e of kb.entries) {
      if (e.type !== "person") continue;
      for (const o of e.offices) set.add(lower(o.title).split(" ").pop()!);
    }
    TITLE_ENDS.set(kb, (ends = set));
  }
  return ends;
}

export function officeMentions(kb: KnowledgeBase, text: string, from: number): OfficeMention[] {
  const out: OfficeMention[] = [];
  const seen = new Set<PersonEntry>();
  const ends = titleEnds(kb);
  CAP_RUN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = CAP_RUN.exec(text))) {
    if (m[1]) continue;
    const words = m[2]!.split(/\s+/);
    // A title matches only when the word before the name ends an office title: without one, no
    // name in the run is looked up.
    let titled = false;
    for (let nameLen = Math.min(3, words.length - 1); nameLen >= 1 && !titled; nameLen--) titled = ends.has(lower(words[words.length - nameLen - 1]!));
    if (!titled) continue;
    const runStart = m.index + m[0].length - m[2]!.length;
    for (let nameLen = Math.min(3, words.length - 1); nameLen >= 1; nameLen--) {
      const name = words.slice(words.length - nameLen).join(" ");
      const person = kb.person(name);
      if (!person || person.offices.length === 0 || seen.has(person)) continue;
      const before = words.slice(0, words.length - nameLen);
      if (before.some((w) => /^(?:former|ex-.*|then-.*|late|outgoing|incoming)$/i.test(w))) break;
      let matched: { offices: Office[]; titleLen: number } | undefined;
      for (let t = Math.min(3, before.length); t >= 1 && !matched; t--) {
        const title = lower(before.slice(before.length - t).join(" "));
        const qualifier = before[before.length - t - 1];
        const offices = person.offices.filter((o) => {
          if (lower(o.title) !== title) return false;
          if (!qualifier || !o.of) return true;
          const c = kb.country(qualifier);
          return !c || lower(c.name) === lower(o.of);
        });
        if (offices.length > 0) matched = { offices, titleLen: t + (qualifier && kb.country(qualifier) ? 1 : 0) };
      }
      if (!matched) continue;
      seen.add(person);
      const skipWords = before.length - matched.titleLen;
      let start = runStart;
      for (let k = 0; k < skipWords; k++) start = text.indexOf(words[k + 1]!, start + words[k]!.length);
      const end = m.index + m[0].length;
      out.push({ person, offices: matched.offices, span: { start, end }, title: text.slice(start, end) });
      break;
    }
  }
  return out;
}
