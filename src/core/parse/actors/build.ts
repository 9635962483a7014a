import type { SeedDocument } from "../../model/document";
import type { Actor, ActorKind, Mention, Office } from "../../model/actor";
import { oneSpaced, startsInOrder, type Span } from "../../model/span";
import type { Entry, KnowledgeBase } from "../../knowledge";
import { cachedByString } from "../../cache";
import { kbView, norm, type KbView } from "./lookup";
import { inMemoSession } from "../../memo";
import { reuseOrBuild } from "./reuse";
import { firstAtOrAfter, lowerOf, splitSpaces } from "./tokens";
import { COMPANY_HEADS, NAME_PARTICLES, REGNAL, pluralLike, titleGender, type Candidate } from "./candidates";
import { actorSentences, countBelow, localCandidates, sentenceCandidates, type ActorSentence } from "./local";
import { DisjointSpans } from "./spans";
import { sameItems } from "../../arrays";
import { sentenceFacts } from "./facts";
import { FUNCTION_WORDS, KIN, MEDIA_NOUNS, OFFICE_WORDS, ORG_NOUNS, ORG_TYPE_NOUNS } from "../names";
import { NOT_NAMES, ROLE_PLURAL, SOURCE_NOUNS } from "../lexicon/reporting";
import { HEAD_TITLES, wordBits } from "./lexicon";
import { givenName, personalName } from "../lexicon/gender";

/** An actor while it is being built. */
export interface ActorDraft {
  id: string;
  name: string;
  kind: ActorKind;
  mentions: Mention[];
  roles: string[];
  kb?: Entry;
  gender?: "m" | "f";
  /**
   * The gender its given name is mostly given to ("Kenneth Pryce" m): preferred when a pronoun
   * is resolved, not required (a woman named Alex is still "she"), unlike `gender`.
   */
  nameGender?: "m" | "f";
  country?: string;
  /** Normalised names and variants that refer to it. */
  aliases: Set<string>;
  /** Name words, for surnames and short forms (shared by the actors of one name: never changed). */
  readonly words: readonly string[];
  /** `norm(name)` and `norm` of each of `words`. */
  readonly key: string;
  readonly wordKeys: readonly string[];
}

export interface IndexedMention {
  span: Span;
  actor: ActorDraft;
  sentence: number;
  via: Mention["via"];
  quoted: boolean;
}

/** How many of `list` (in text order) start before `at`. */
export function countStartingBefore(list: readonly { span: Span }[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.span.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertSorted(by: Map<number, IndexedMention[]>, sentence: number, m: IndexedMention): void {
  const list = by.get(sentence);
  if (!list) {
    by.set(sentence, [m]);
    return;
  }
  list.splice(countStartingBefore(list, m.span.start), 0, m);
}

/** What the candidates of one key say together (`buildActors`). */
interface KeyStats {
  /** Candidates not at the start of their sentence. */
  inside: number;
  /** Some are lone names: one word, unknown to the knowledge base, outside quotations. */
  lone: boolean;
  /** Of the lone ones: not at the start of their sentence; acting or possessive; as a place or title. */
  n: number;
  acts: boolean;
  place: boolean;
}

/** An actor given a gender by a pronoun that refers to it ("she said"). */
export interface GenderChange {
  readonly actor: ActorDraft;
  readonly gender: "m" | "f";
}

/** Everything the later steps (speakers, claims) need to know about the text. */
export interface ActorIndex {
  /** Per sentence (by index): its tokens, with offsets relative to its `base`. */
  readonly sentences: readonly ActorSentence[];
  readonly actors: ActorDraft[];
  /** Every mention with its actor, in text order; mentions never overlap. */
  readonly mentions: IndexedMention[];
  /** The mentions of one sentence, in text order. */
  mentionsIn(sentence: number): readonly IndexedMention[];
  /** Resolves a pronoun at `offset` to the most salient earlier person (or organisation for "it"). */
  resolvePronoun(word: string, offset: number, sentence: number): ActorDraft | undefined;
  /** The actor a piece of text names (full name, surname, acronym, "the ministry"…), if any. */
  resolveText(text: string, at: number): ActorDraft | undefined;
  /** Every gender `resolvePronoun` gave an actor, in order (the one state it changes). */
  readonly genders: GenderChange[];
}

/** Words of a role that make its holder another than the title's: "shadow", "deputy", "former" … */
const OTHER_HOLDERS: ReadonlySet<string> = new Set(["shadow", "deputy", "former", "acting", "vice", "assistant", "junior", "ex", "interim", "outgoing", "incoming", "opposition"]);

/** Adjectives that do not tell two organisations apart ("the central bank"). */
const GENERIC_MODIFIERS = new Set(
  "central national federal local regional international main top new former same city's country's full whole entire".split(" "),
);
/** A government's body, a court, an army, a party, an international body: what "the company" is not. */
function publicBody(a: ActorDraft): boolean {
  const kind = a.kb?.type === "organization" ? a.kb.kind : undefined;
  if (kind !== undefined) return kind !== "company" && kind !== "news" && kind !== "other";
  return PUBLIC_BODY_WORDS.test(a.name);
}
// (Nor a university, an institute, a school or a hospital: "a researcher at the Fraunhofer Institute. … the company said".)
const PUBLIC_BODY_WORDS = /\b(?:Department|Ministry|Treasury|Government|Agency|Commission|Council|Court|Parliament|Congress|Senate|Army|Navy|Police|University|Institute|College|School|Hospital|Academy)\b/u;

/** Nouns that end many firms' names ("Walt Disney Company", "Virgin Group"): "the company" means one named before it. */
const GENERIC_ORG_NOUNS: ReadonlySet<string> = new Set(["company", "corporation", "firm", "group"]);

/** Common nouns that name one institution ("the finance ministry"); "the company" names none by itself. */
const INSTITUTION_NOUNS = new Set(
  "ministry committee commission council office department agency court mission authority board parliament cabinet tribunal secretariat service institute bank police".split(" "),
);
/** Words that open the when or where after a speech tag's verb: "…, it said on Tuesday", "…, she told reporters". */
const TAG_ADJUNCTS: ReadonlySet<string> = new Set(
  "on in at during after before late early last this yesterday today tonight earlier later monday tuesday wednesday thursday friday saturday sunday reporters journalists".split(" "),
);

/** `tagSubject`'s answer for a tag whose speaker is named before its sentence. */
const BEFORE = "before";

/** What follows the name of a provider of data: "LSEG data", "Refinitiv's estimates". */
const DATA_AFTER = /^(?:['’]s)?\s+(?:data|figures|estimates|statistics|calculations|polling)\b/iu;
/** A market-watcher's role and "at" before the firm they work at. */
const ANALYSTS_AT = /\b(?:analysts?|economists?|strategists?|brokers?|traders?|researchers?|an?\s+analyst)\s+(?:at|with|from|polled\s+by|surveyed\s+by)\s+$/iu;

/** Institutions whose names hold their noun: "the council" is a "… Council", never a court or a firm. */
const NAMED_INSTITUTIONS = new Set("ministry committee commission council department court tribunal parliament cabinet secretariat".split(" "));

/** Titles as abbreviated before a name, written out: "Supt" → "superintendent", "DCI" → "detective chief inspector". */
const TITLE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  det: ["detective"], supt: ["superintendent"], insp: ["inspector"], ch: ["chief"], dci: ["detective", "chief", "inspector"], dcs: ["detective", "chief", "superintendent"],
  sgt: ["sergeant"], gen: ["general"], col: ["colonel"], capt: ["captain"], lt: ["lieutenant"], maj: ["major"], sen: ["senator"], rep: ["representative"],
  gov: ["governor"], prof: ["professor"], dr: ["doctor"], rev: ["reverend"], asst: ["assistant"], cllr: ["councillor"],
};

/** A title's word written out, without its full stop ("supt." → ["superintendent"]). */
export function writtenOut(w: string): readonly string[] {
  const k = w.endsWith(".") ? w.slice(0, -1) : w;
  return TITLE_ABBREVIATIONS[k] ?? [k];
}

/** A role naming someone's kin: "His wife", "her son". */
function kinRole(role: string): boolean {
  const at = role.lastIndexOf(" ");
  return KIN.has((at < 0 ? role : role.slice(at + 1)).toLowerCase());
}

/** Courtesy titles that do not tell two people apart. */
const COURTESY = new Set("mr mr. mrs mrs. ms ms. miss mx dr dr. sir dame prof prof. professor".split(" "));
const GENERIC_SHORT = new Set([...ORG_NOUNS, "national", "united", "new", "royal", "state", "federal", "european", "international", "world", "global", "general"]);

/**
 * The actors of a document and every mention of them. In an incremental session, the previous
 * run's, moved, when the edit changed nothing the passes below read (reuse.ts).
 */
export function buildActors(doc: SeedDocument, knowledge: KnowledgeBase): ActorIndex {
  const kb = kbView(knowledge);
  const sentences = actorSentences(doc);
  if (!inMemoSession()) return buildIndex(sentences, kb);
  return reuseOrBuild(doc.text, sentences, kb, buildIndex);
}

function buildIndex(sentences: readonly ActorSentence[], kb: KbView): ActorIndex {
  const actors: ActorDraft[] = [];
  const byAlias = new Map<string, ActorDraft>();
  const byKb = new Map<Entry, ActorDraft>();
  const ids = new Set<string>();
  const mentions: ActorIndex["mentions"] = [];
  // The spans taken by mentions: disjoint (a mention never overlaps another).
  const taken = new DisjointSpans();

  let inSentence: Map<number, IndexedMention[]> | undefined;
  // Actors by the words of their names and roles, so that a look-up does not scan every actor (the
  // number of actors grows with the text). Lists keep creation order; removed actors are skipped.
  const seq = new Map<ActorDraft, number>();
  const dead = new Set<ActorDraft>();
  const byFirst = new WordIndex();
  const byLast = new WordIndex();
  const byWord = new WordIndex();
  const byInitials = new WordIndex();
  const byRoleWord = new WordIndex();
  const byOrgWord = new WordIndex();
  const mentionsOf = new Map<ActorDraft, IndexedMention[]>();
  const alive = (list: readonly ActorDraft[]): ActorDraft[] => list.filter((a) => !dead.has(a));
  // (Sorted only when not in order already: a sort copies its list.)
  const inOrder = (list: ActorDraft[]): ActorDraft[] => {
    for (let i = 1; i < list.length; i++) if (seq.get(list[i - 1]!)! > seq.get(list[i]!)!) return list.sort((x, y) => seq.get(x)! - seq.get(y)!);
    return list;
  };
  const remove = (a: ActorDraft): void => {
    for (const r of actors.splice(actors.indexOf(a), 1)) dead.add(r);
  };
  const pushRole = (a: ActorDraft, r: string): void => {
    a.roles.push(r);
    const info = roleInfo(r);
    for (const w of info.lowers) byRoleWord.add(w, a);
    if (a.kind === "organization") for (const w of info.orgKeys) byOrgWord.add(w, a);
  };
  const create = (written: string, kind: ActorKind, entry?: Entry): ActorDraft => {
    const name = oneSpaced(written);
    const info = nameInfo(name);
    let id = info.slug || "actor";
    for (let n = 2; ids.has(id); n++) id = `${info.slug}-${n}`;
    ids.add(id);
    const a: ActorDraft = { id, name, kind, mentions: [], roles: [], aliases: new Set(), words: info.words, key: info.key, wordKeys: info.wordKeys };
    seq.set(a, seq.size);
    const lowers = info.lowers;
    byFirst.add(lowers[0]!, a);
    byLast.add(lowers[lowers.length - 1]!, a);
    // ("Pope Leo XIV", "King Charles III": "Leo said", "Charles said".)
    if (kind === "person" && lowers.length >= 2 && REGNAL.test(words0(name))) byLast.add(lowers[lowers.length - 2]!, a);
    for (const w of lowers) byWord.add(w, a);
    for (const i of info.initials) byInitials.add(i, a);
    if (kind === "organization") for (const w of info.orgKeys) byOrgWord.add(w, a);
    if (entry) {
      a.kb = entry;
      byKb.set(entry, a);
      for (const k of entryKeys(entry)) aliasKey(a, k);
      // "Barclays Bank": a known variant's words name it too ("the bank said").
      if (kind === "organization" && entry.type === "organization") for (const w of variantWords(entry)) byOrgWord.add(w, a);
    }
    aliasKey(a, info.key);
    // "Seagram Co." is also "Seagram"; "Rally's Inc." also "Rally's", written "Rally" before its ’s.
    if (kind === "organization" && info.shortKey !== undefined) {
      aliasKey(a, info.shortKey);
      if (info.shortKey.endsWith("'s") || info.shortKey.endsWith("’s")) aliasKey(a, info.shortKey.slice(0, -2));
    }
    actors.push(a);
    return a;
  };
  const alias = (a: ActorDraft, n: string): void => aliasKey(a, norm(n));
  /** `alias` of the name whose `norm` is `k`. */
  const aliasKey = (a: ActorDraft, k: string): void => {
    if (!k) return;
    a.aliases.add(k);
    if (!byAlias.has(k)) byAlias.set(k, a);
  };
  const mention = (a: ActorDraft, span: Span, text: string, via: Mention["via"], sentence: number, quoted: boolean): void => {
    if (taken.overlaps(span)) return;
    taken.add(span);
    a.mentions.push({ span, text, via });
    const m = { span, actor: a, sentence, via, quoted };
    mentions.push(m);
    const own = mentionsOf.get(a);
    if (own) own.push(m);
    else mentionsOf.set(a, [m]);
    if (inSentence) insertSorted(inSentence, sentence, m);
  };
  const addRoles = (a: ActorDraft, roles: readonly string[]): void => {
    for (const r of roles) if (r && !a.roles.includes(r)) pushRole(a, r);
  };

  // Pass 1: names with evidence of their own, and names the knowledge base knows.
  // Each candidate with its sentence: its offsets are relative to the sentence's `base` (outside an
  // incremental session, 0: they are the document's), its own `sentence` is not read.
  // Per sentence with candidates, its list (the memo's own in an incremental session), in text
  // order: the lists themselves, not one list of them all (tens of thousands on a long article).
  const lists: (readonly Candidate[])[] = [];
  const listFrom: ActorSentence[] = [];
  const session = inMemoSession();
  for (const s of sentences) {
    if (s.heading) continue;
    const list = session ? localCandidates(s, kb) : sentenceCandidates(s, kb);
    if (list.length === 0) continue;
    lists.push(list);
    listFrom.push(s);
  }
  const deferred: Candidate[] = [];
  const deferredFrom: ActorSentence[] = [];
  // Lone names of one word that the second pass made no actor (`listedWithOrgs`, `namedLater`).
  const leftover: Candidate[] = [];
  const leftoverFrom: ActorSentence[] = [];
  // An acronym the article defines ("Rapid Support Forces (RSF)") means what the article says,
  // whatever else the knowledge base knows by it.
  // So does one that spells the initials of an organisation the article names ("Rapid Support Forces" … "RSF").
  // A single word that is the surname of a person the article names fully is that person, not an
  // organisation ("Gareth Pryce" … "Pryce’s barrister").
  const defined = new Set<string>();
  const surnames = new Set<string>();
  /** The people named in full (the knowledge base's name for one it knows). */
  const fullNames = new Set<string>();
  // "victory over Glasgow Warriors … Glasgow, the champions": two words whose first is used alone
  // again and again, and whose last never is, are no person's given name and surname.
  const alone = new Map<string, number>();
  // Per key, for the second pass: how often it stands inside a sentence, and what its lone uses say
  // (a lone name used again and again, acting or owning something, and never as a place — "Boeing
  // said …", "Boeing’s order", "at Boeing" — is an organisation of the article). One pass, one look-up.
  const stats = new Map<string, KeyStats>();
  for (const list of lists) for (const c of list) {
    if (c.acronym) defined.add(norm(c.acronym.text));
    const single = c.wordCount === 1;
    if (!single && !c.inQuote && c.guess === "organization" && (!c.kb || c.kb.type === "organization")) for (const i of initials(c.canonical ?? c.text)) if (i.length >= 2) defined.add(i);
    if (!single && c.guess === "person") {
      surnames.add(c.lowerLast);
      fullNames.add(c.kb?.type === "person" ? norm(c.kb.name) : c.key);
    }
    if (single) alone.set(c.lower, (alone.get(c.lower) ?? 0) + 1);
    let e = stats.get(c.key);
    if (e === undefined) stats.set(c.key, (e = { inside: 0, lone: false, n: 0, acts: false, place: false }));
    if (!c.initial) e.inside++;
    if (single && !c.kb && !c.inQuote) {
      e.lone = true;
      if (c.guess === "place" || c.guess === "title") e.place = true;
      if (!c.initial) e.n++;
      if (c.acts || c.possessive) e.acts = true;
    }
  }
  const insideCount = (key: string): number => stats.get(key)?.inside ?? 0;
  // ("Kenneth Pryce … Kenneth said": a common given name used alone is the person's, in a feature.)
  const notPerson = (c: Candidate): boolean =>
    c.guess === "person" && c.wordCount === 2 && !c.kb && c.roles.length === 0 && (alone.get(c.lowerFirst) ?? 0) >= 2 && !alone.has(c.lowerLast) && !personalName(c.lowerFirst);
  firstPass();
  function firstPass(): void {
    for (let l = 0; l < lists.length; l++) {
      const list = lists[l]!;
      const s = listFrom[l]!;
      for (let i = 0; i < list.length; i++) firstOne(list[i]!, s);
    }
  }
  function firstOne(c: Candidate, s: ActorSentence): void {
    let a: ActorDraft | undefined;
    if (notPerson(c)) c = { ...c, guess: "organization" };
    // "Glasgow head coach …" after "Glasgow Warriors": the organisation named by its first word.
    if (!c.kb && c.wordCount === 1 && c.guess === "organization" && c.party === undefined && !byAlias.has(c.key)) {
      const w = c.lower;
      const org = byFirst.get(w).find((x) => !dead.has(x) && x.kind === "organization" && x.words.length > 1);
      if (org) {
        refer(org, c, s);
        return;
      }
    }
    if (c.kb && c.acronym === undefined && c.wordCount === 1 && c.kb.type !== "country" && defined.has(c.key)) c = { ...c, kb: undefined };
    // "Anna Merkel runs the shop. Merkel said …": a surname of someone the text names in full is
    // hers, not a famous namesake's the knowledge base knows.
    if (c.kb?.type === "person" && c.wordCount === 1 && surnames.has(c.lower) && !fullNames.has(norm(c.kb.name))) c = { ...c, kb: undefined };
    // (So is "Mrs Whitcombe" when the text names people called Whitcombe in full: one of them, found
    // once they all are, in the second pass.)
    // ("King Hussein" after "Saddam Hussein" is another: a title of office is no courtesy title.)
    if (!c.kb && c.wordCount === 1 && (c.guess === "organization" || (c.guess === "person" && c.roles.every((r) => COURTESY.has(r.toLowerCase())))) && c.party === undefined && c.canonical === undefined && surnames.has(c.lower)) {
      deferred.push(c);
      deferredFrom.push(s);
      return;
    }
    if (c.kb) {
      a = byKb.get(c.kb);
      if (!a && c.strong && !(c.inQuote && c.kb.type === "country")) a = create(c.kb.name, kindOf(c.kb), c.kb);
    }
    a ??= byAlias.get(c.party === undefined && c.canonical === undefined ? c.key : norm(c.party ?? c.canonical ?? c.text));
    if (!a && c.guess === "organization") a = byAlias.get(pluralKey(c.text));
    if (!a && c.party && c.strong) a = create(c.party, "organization");
    // "Automatic Data" after "Automatic Data Processing Inc.": the first words of an organisation's
    // name named before are a short form of it, not a person or another organisation.
    if (!a && (c.guess === "person" || c.guess === "organization") && !c.kb && c.roles.length === 0 && c.wordCount >= 2) a = orgByPrefix(c);
    // "Ní Bhriain asked" after "Siobhan Ní Bhriain", "de Souza Lima said" after "Maria de Souza Lima":
    // the last words of one person's name named before are that person.
    if (!a && !c.kb && c.wordCount >= 2 && c.guess !== "country" && c.guess !== "place") a = personBySuffix(c, s.base + c.span.start);
    if (!a && c.strong && (c.guess === "person" || c.guess === "organization" || c.guess === "country")) {
      a = create(c.canonical ?? c.text, c.guess);
      if (c.country) a.country = c.country;
    }
    if (!a) {
      deferred.push(c);
      deferredFrom.push(s);
      return;
    }
    // "Northrop Grumman" taken for a person by its two words, then written before a company's title
    // ("Northrop Grumman CEO Ron Sugar"): an organisation.
    if (c.employer && a.kind === "person" && !a.kb && a.roles.length === 0 && c.key === a.key) a.kind = "organization";
    refer(a, c, s);
  }
  /** The one person named so far in full whose name ends with the words of `c` (two or more, fewer than the name's). */
  function personBySuffix(c: Candidate, at: number): ActorDraft | undefined {
    const pool = byLast.get(c.lowerLast);
    if (pool.length === 0) return undefined;
    // (A name that opens with a given name is a name of its own: "Juan Miguel Gonzalez".)
    if (givenName(c.lowerFirst) !== undefined) return undefined;
    const words = splitSpaces(c.lower.replace(/^the\s+/u, ""));
    let found: ActorDraft | undefined;
    for (const p of pool) {
      if (dead.has(p) || p.kind !== "person" || p.words.length <= words.length || firstMention(p) >= at) continue;
      const tail = p.words.slice(p.words.length - words.length).map((w) => lowerOf(w));
      if (!words.every((w, k) => tail[k] === w)) continue;
      if (found !== undefined && found !== p) return undefined;
      found = p;
    }
    return found;
  }

  /** The one organisation named so far whose name starts with the words of `c` and goes on. */
  function orgByPrefix(c: Candidate): ActorDraft | undefined {
    const pool = byFirst.get(c.lowerFirst);
    // (Most names share their first word with no organisation's: nothing is split for them.)
    if (!pool.some((o) => o.kind === "organization" && o.words.length > c.wordCount)) return undefined;
    const words = splitSpaces(c.lower);
    let found: ActorDraft | undefined;
    for (const o of pool) {
      if (dead.has(o) || o.kind !== "organization" || o.words.length <= words.length) continue;
      if (!words.every((w, k) => lowerOf(o.words[k]!) === w)) continue;
      if (found !== undefined && found !== o) return undefined;
      found = o;
    }
    return found;
  }

  function refer(a: ActorDraft, c: Candidate, s: ActorSentence, via?: Mention["via"]): void {
    const v: Mention["via"] =
      via ??
      (c.acronym === undefined && acronymLike(c.text)
        ? "acronym"
        : c.key === a.key
          ? "name"
          : a.kind === "person" && c.wordCount === 1 && a.words.length > 1 && a.wordKeys.includes(c.key)
            ? "surname"
            : "variant");
    mention(a, placed(c.span, s.base), c.text, v, s.index, c.inQuote);
    if (!c.inQuote) addRoles(a, c.roles);
    if (c.gender && !a.gender) a.gender = c.gender;
    if (c.acronym) {
      alias(a, c.acronym.text);
      mention(a, placed(c.acronym.span, s.base), c.acronym.text, "acronym", s.index, c.inQuote);
    }
  }

  const repeatedActor = (c: Candidate): boolean => {
    const e = stats.get(c.key);
    return e !== undefined && e.lone && e.n >= 2 && e.acts && !e.place && !FUNCTION_WORDS.has(c.lower);
  };

  // Pass 2: surnames, short names, acronyms and titles that refer to actors found above.
  secondPass();
  function secondPass(): void {
    for (let i = 0; i < deferred.length; i++) {
      const c = deferred[i]!;
      const s = deferredFrom[i]!;
      const a = byAlias.get(c.key) ?? referent(c, s.base + c.span.start, s);
      if (a) {
        refer(a, c, s, c.guess === "title" ? "title" : c.wordCount === 1 && a.kind === "person" ? "surname" : undefined);
        continue;
      }
      if (c.inQuote || c.guess === "place" || c.guess === "title") continue;
      if (c.wordCount === 1 && c.guess !== "person" && !c.kb) {
        leftover.push(c);
        leftoverFrom.push(s);
      }
      // A single name that acts on its own ("the Kremlin announced", "Hale said"): an actor when it is not
      // merely a capitalised sentence opener.
      const seenInside = insideCount(c.key) > (c.initial ? 0 : 1);
      if (((c.actsStrongly && (!c.initial || seenInside || namedSpeakerFirst(c))) || repeatedActor(c) || ownedByFirmThatSpeaks(c, s)) && !FUNCTION_WORDS.has(c.lower)) {
        // A lone name that acts without ever being introduced by a full name is rarely a person
        // ("Toyota reported", "the Kremlin announced").
        const kind: ActorKind = c.kb?.type === "country" ? "country" : "organization";
        // "Shoney's said …": a firm named with its ’s keeps it.
        const owned = c.possessive && namedSpeakerFirst(c) ? s.source.slice(c.span.start, c.span.end + 2) : "";
        const n = create(c.kb?.name ?? (/^.+['’]s$/u.test(owned) ? owned : c.text), kind, c.kb);
        refer(n, c, s);
      }
    }
  }

  // "GM and Chrysler", "Chrysler, Ford, and General Motors": a lone name listed with an organisation is one.
  listedWithOrgs();
  function listedWithOrgs(): void {
    // (Most texts have no lone name joined by "and": nothing is read for them.)
    const joined: number[] = [];
    for (let i = 0; i < leftover.length; i++) if (leftover[i]!.andBefore !== undefined || leftover[i]!.andAfter !== undefined) joined.push(i);
    if (joined.length === 0) return;
    // Where the organisations' mentions outside quotations start and end.
    const starts = new Set<number>();
    const ends = new Set<number>();
    for (const m of mentions) {
      if (m.quoted || m.actor.kind !== "organization" || dead.has(m.actor)) continue;
      starts.add(m.span.start);
      ends.add(m.span.end);
    }
    if (starts.size === 0) return;
    // Each round may make the next name of a list one ("Chrysler, Ford, and General Motors").
    for (let changed = true; changed; ) {
      changed = false;
      for (const i of joined) {
        const c = leftover[i]!;
        const s = leftoverFrom[i]!;
        const span = placed(c.span, s.base);
        if (taken.overlaps(span) || !listedWith(c, s.base, starts, ends)) continue;
        const a = byAlias.get(c.key) ?? create(c.text, "organization");
        refer(a, c, s);
        starts.add(span.start);
        ends.add(span.end);
        changed = true;
      }
    }
  }

  // A lone name before the organisation of that name was found ("Chrysler was hardest hit" before
  // "GM and Chrysler", "Qantas" before "Qantas said"): a mention of it.
  namedLater();
  function namedLater(): void {
    for (let i = 0; i < leftover.length; i++) {
      const c = leftover[i]!;
      const s = leftoverFrom[i]!;
      const a = byAlias.get(c.key);
      if (a && a.kind === "organization" && !taken.overlaps(placed(c.span, s.base))) refer(a, c, s);
    }
  }

  // "Apple Macintosh" after "Apple Computer", "Ford Australia" after "Ford": no people.
  companyNames();
  function companyNames(): void {
    // Organisations by the one word of their name before its company words ("Apple Computer"), and
    // those of one word ("Ford"): a product's name starts with the first, an arm's with either.
    const stems = new Map<string, ActorDraft>();
    const single = new Map<string, ActorDraft>();
    for (const b of actors) {
      if (b.kind !== "organization") continue;
      const stem = companyStem(b.words);
      if (stem !== undefined && !stems.has(stem)) stems.set(stem, b);
      if (b.words.length === 1 && !single.has(b.key)) single.set(b.key, b);
    }
    if (stems.size === 0 && single.size === 0) return;
    for (const a of [...actors]) {
      if (a.kb || a.roles.length > 0 || a.words.length < 2) continue;
      // (An organisation's name after a company's is a product's only when its other words are of no
      // list: "Ford Taurus", "Chrysler Aspen"; not "Chrysler Group", "Apple Records".)
      if (a.kind !== "person" && !(a.kind === "organization" && a.words.slice(1).every((w) => wordBits(lowerOf(w)) === 0 && !COMPANY_WORDS.has(lowerOf(w)) && !allCapitals(w)))) continue;
      const first = lowerOf(a.words[0]!);
      // A company's arm in a country ("Ford Australia") is an organisation of its own.
      if ((stems.has(first) || single.has(a.wordKeys[0]!)) && kb.country(a.words.slice(1).join(" ")) !== undefined) {
        a.kind = "organization";
        continue;
      }
      if (a.kind !== "person" && a.words.length > 3) continue;
      // Any other name after a company's is its product ("Apple Macintosh"), and what was said of it, of the company.
      const b = stems.get(first);
      if (!b || b === a || dead.has(b)) continue;
      absorb(a, b, (m) => (m.via === "name" ? "variant" : m.via));
    }
  }

  // Merge an acronym used before (or without) its definition into the full name: "UN" → "United Nations".
  mergeShortForms();
  function mergeShortForms(): void {
    for (const a of [...actors]) {
      if (a.kind !== "organization" || !allCapitals(a.name)) continue;
      const full = byInitials.get(a.name.toLowerCase()).filter((b) => b !== a && !dead.has(b) && b.kind === "organization");
      if (full.length !== 1) continue;
      absorb(a, full[0]!, () => "acronym");
    }

    // "Mrs. Thatcher" and "Margaret Thatcher", "Sir John" and "Sir John Egan": one person, unless the
    // short form carries a title the full name does not ("King Hussein" is not "Saddam Hussein").
    for (const a of [...actors]) {
      if (a.kind !== "person" || a.words.length !== 1) continue;
      const w = lowerOf(a.words[0]!);
      const full = byWord.get(w).filter((b) => b !== a && !dead.has(b) && b.kind === "person" && b.words.length > 1);
      if (full.length !== 1) continue;
      const b = full[0]!;
      // (The head words of titles only: a description such as "the newsletter editor" tells no one apart.)
      // ("Det Supt Ellison" is "Detective Superintendent Mark Ellison": abbreviations written out.)
      const titles = a.roles.flatMap((r) => splitSpaces(r.toLowerCase())).filter((x) => !COURTESY.has(x) && HEAD_TITLES.has(x)).flatMap(writtenOut);
      const bWords = new Set(b.roles.flatMap((r) => splitSpaces(r.toLowerCase())).flatMap(writtenOut));
      if (!titles.every((x) => bWords.has(x))) continue;
      for (const m of a.mentions) b.mentions.push({ ...m, via: m.via === "name" ? "surname" : m.via });
      for (const r of a.roles) if (!b.roles.includes(r)) pushRole(b, r);
      if (a.gender && !b.gender) b.gender = a.gender;
      for (const k of a.aliases) byAlias.set(k, b);
      moveMentions(a, b);
      remove(a);
    }
  }

  /** `a` becomes part of `b`: its mentions (each by `via`), roles and names are `b`'s, and `a` is gone. */
  function absorb(a: ActorDraft, b: ActorDraft, via: (m: Mention) => Mention["via"]): void {
    for (const m of a.mentions) b.mentions.push({ ...m, via: via(m) });
    for (const r of a.roles) if (!b.roles.includes(r)) pushRole(b, r);
    for (const k of a.aliases) {
      b.aliases.add(k);
      byAlias.set(k, b);
    }
    moveMentions(a, b);
    remove(a);
  }

  function moveMentions(a: ActorDraft, b: ActorDraft): void {
    const from = mentionsOf.get(a);
    if (!from) return;
    for (const m of from) m.actor = b;
    const to = mentionsOf.get(b);
    if (to) for (const m of from) to.push(m);
    else mentionsOf.set(b, from);
    mentionsOf.delete(a);
  }

  /** The actor a deferred candidate at `at` refers to. */
  function referent(c: Candidate, at: number, s?: ActorSentence): ActorDraft | undefined {
    const low = c.lower;
    if (c.guess === "title") {
      // "The Environment Secretary, Helen Marsh-Okafor, said": the person set off after it.
      if (s && s.source.slice(c.span.end, c.span.end + 2) === ", ") {
        const after = s.base + c.span.end + 2;
        const m = mentions.find((x) => x.span.start === after && x.actor.kind === "person" && !dead.has(x.actor));
        if (m) return m.actor;
      }
      // Every word of the title must be in one of the actor's roles: "Treasury Secretary" is not the press secretary.
      // (Nor "the shadow environment secretary" the Environment Secretary, nor a deputy the minister.)
      const want = splitSpaces(c.lower).filter((w) => w !== "the");
      const pool = want.length > 0 ? byRoleWord.get(want[0]!).filter((a) => !dead.has(a)) : actors;
      // (The office of a country is held by a person of that country: "the President of France" is
      // not the president of a company.)
      const country = c.country?.toLowerCase();
      const hits = pool.filter((a) => a.kind === "person" && a.roles.some((r) => {
        const have = roleInfo(r).lowers;
        return want.every((w) => have.includes(w)) && (country === undefined || have.includes(country) || a.country?.toLowerCase() === country || (a.kb?.type === "person" && a.kb.country?.toLowerCase() === country));
      }));
      // (Only blocks: a role held by another is no match, and never makes one of several the one.)
      const own = hits.length === 1 && hits[0]!.roles.some((r) => {
        const have = roleInfo(r).lowers;
        return want.every((w) => have.includes(w)) && !have.some((w) => OTHER_HOLDERS.has(w) && !want.includes(w));
      });
      return own ? hits[0] : undefined;
    }
    if (c.wordCount === 1) {
      const w = low;
      // Acronym of a name: "UN" for "United Nations".
      if (allCapitals(c.text)) {
        const hit = byInitials.get(w).filter((a) => !dead.has(a) && a.kind !== "person");
        if (hit.length === 1) return hit[0];
      }
      // (A country the knowledge base knows is no one's surname: "built in Australia" after "Ford Australia".)
      if (c.kb?.type === "country") return undefined;
      // (Most words name no actor: their lists are empty, and no list is made from them.)
      const byL = byLast.get(w);
      const lastHits = byL.length === 0 ? byL : byL.filter(fullPerson);
      if (lastHits.length > 0) return lastHits.length === 1 ? lastHits[0] : bySurname(lastHits, c, at);
      const byF = byFirst.get(w);
      const firstHits = byF.length === 0 ? byF : byF.filter(fullPerson);
      // (A first name refers back to a person named in full before it: "Ford said …" before "the Ford
      // Falcon" is not the Falcon's, nor "Apple said" before "Apple Martin".)
      if (firstHits.length === 1 && latestBefore(firstHits[0]!, at) >= 0) return firstHits[0];
      const opener = namedSpeakerFirst(c);
      const elsewhere = !c.initial || insideCount(c.key) > 0 || opener;
      if (byF.length > 0 && !GENERIC_SHORT.has(w) && elsewhere) {
        const orgs = byF.filter((a) => !dead.has(a) && a.kind === "organization" && a.words.length > 1);
        if (orgs.length === 1) return orgs[0];
      }
      // "Acquisition said …" after "DD Acquisition Corp.": a word of one organisation's name, speaking.
      // ("Hewlett announced …" after "Hewlett-Packard Co.": the first part of its first word.)
      if (opener && !GENERIC_SHORT.has(w)) {
        const orgs = byWord.get(w).filter((a) => !dead.has(a) && a.kind === "organization" && a.words.length > 1);
        if (orgs.length === 0) for (const a of actors) if (!dead.has(a) && a.kind === "organization" && lowerOf(a.words[0]!).startsWith(`${w}-`)) orgs.push(a);
        if (orgs.length === 1) return orgs[0];
      }
      // "Liberal Democrat" for "Liberal Democrats".
    }
    const plural = byAlias.get(pluralKey(c.text));
    if (plural && plural.kind === "organization") return plural;
    return undefined;
  }

  /**
   * Which of the people named in full with one surname the surname alone is: the one of its courtesy
   * title's gender ("Mrs Whitcombe" the widow, not her husband); else the subject the others are
   * introduced as kin of ("His wife, Mary Whitcombe" … "Whitcombe was born in 1941" is the
   * obituary's subject, not his widow named last); else the one named nearest before.
   */
  function bySurname(hits: readonly ActorDraft[], c: Candidate, at: number): ActorDraft {
    const g = c.gender ?? titleGender(c.roles);
    if (g !== undefined) {
      const genders = hits.map((a) => a.gender ?? givenName(lowerOf(a.words[0]!)));
      // (Of that gender, else not of the other: "Jean" may be either.)
      const own = hits.filter((_, k) => genders[k] === g);
      if (own.length === 1) return own[0]!;
      const maybe = hits.filter((_, k) => genders[k] !== (g === "m" ? "f" : "m"));
      if (own.length === 0 && maybe.length === 1) return maybe[0]!;
    }
    // The one named first, when the others are its kin, and the text does not call it by its given
    // name alone ("Elian" is the boy, "Gonzalez" his father or his great-uncle, the nearest).
    let first = hits[0]!;
    for (const a of hits) if (firstMention(a) < firstMention(first)) first = a;
    if (firstMention(first) < at && !first.roles.some(kinRole) && !alone.has(lowerOf(first.words[0]!)) && hits.every((a) => a === first || a.roles.some(kinRole))) return first;
    return nearest(hits, at);
  }

  /** A living person with a name of more than one word (whose single words can refer to them). */
  function fullPerson(a: ActorDraft): boolean {
    return !dead.has(a) && a.kind === "person" && a.words.length > 1;
  }

  function nearest(list: readonly ActorDraft[], at: number): ActorDraft {
    let best = list[0]!;
    let bestPos = -1;
    for (const a of list) {
      const p = latestBefore(a, at);
      if (p > bestPos) {
        bestPos = p;
        best = a;
      }
    }
    return best;
  }

  // Pass 3: organisations named by common nouns ("the finance ministry", "the committee").
  // What passes 3, 3b and 4 read of each sentence (facts.ts).
  const facts = sentences.map((s) => sentenceFacts(s, kb));
  orgNounPass();
  function orgNounPass(): void {
    for (const s of sentences) {
      for (const f of facts[s.index]!.orgNouns) {
        const rel = f.ph;
        const span = { start: s.base + rel.span.start, end: s.base + rel.span.end };
        // Taken by a mention (one at the same start can be a shorter capitalised one, replaced below).
        if (rel.capPrefix ? taken.overlapsStartingElsewhere(span, span.start) : taken.overlaps(span)) continue;
        const found = orgReferent(rel.noun, rel.modifiers, span.start);
        // Another country's institution is not this one ("Mozambique’s health ministry").
        const ownCountry = (a: ActorDraft): boolean => rel.country === undefined || a.name.startsWith(rel.country) || a.name.startsWith(f.countryPrefix!);
        if (found && !rel.capPrefix && ownCountry(found)) {
          mention(found, span, f.written, "role", s.index, false);
          continue;
        }
        // "Malawi’s health ministry", "Sudan’s army": a country's own institution.
        const national = rel.country !== undefined && (STATE_BODIES.has(rel.noun) || (INSTITUTION_NOUNS.has(rel.noun) && rel.modifiers.length > 0));
        if (!INSTITUTION_NOUNS.has(rel.noun) && !national) continue;
        // ("a new police chief": an adjective of time or rank names no body of its own.)
        const named_ = rel.modifiers.some((m) => !TIME_RANK_MODIFIERS.has(m));
        const create_ = national || (rel.capPrefix && rel.definite) || (named_ && f.acts && (rel.definite || f.roleNext)) || (rel.modifiers.length === 0 && rel.definite && f.speaks && NAMED_INSTITUTIONS.has(rel.noun));
        if (!create_) continue;
        // "The U.N. refugee agency UNHCR said": the description of the organisation named right after it.
        const named = namedRightAfter(s, span.end);
        if (named) {
          mention(named, span, f.written, "role", s.index, false);
          continue;
        }
        const written = f.written;
        if (national) {
          const name = rel.noun === "ministry" && rel.modifiers.length > 0 ? `${rel.country!} Ministry of ${ministryOf(rel.modifiers)}` : f.countryName!;
          const a = byAlias.get(norm(name)) ?? create(name, "organization");
          alias(a, written);
          mention(a, span, written, "role", s.index, false);
          continue;
        }
        if (rel.capPrefix) {
          // "the Freising district health office": drop a shorter capitalised mention at the same place.
          dropMentionAt(span.start);
        }
        const name = !rel.capPrefix && rel.noun === "ministry" && rel.modifiers.length > 0 ? `Ministry of ${ministryOf(rel.modifiers)}` : written;
        const a = byAlias.get(norm(name)) ?? create(name, "organization");
        alias(a, written);
        mention(a, span, written, "role", s.index, false);
      }
    }
  }

  // Pass 3b: titles alone ("the president", "the US president") when one actor holds that role.
  titlePass();
  function titlePass(): void {
    for (const s of sentences) {
      for (const f of facts[s.index]!.titles) {
        const a = titleHolder(f.lower, f.qualifier);
        if (!a) continue;
        mention(a, { start: s.base + f.span.start, end: s.base + f.span.end }, f.text, "title", s.index, f.quoted);
      }
    }
  }

  function titleHolder(title: string, qualifier: string | undefined): ActorDraft | undefined {
    // (A role's lower-case words: `roleInfo`, made once per role.)
    const hits = byRoleWord.get(title).filter((a) => {
      if (dead.has(a) || a.kind !== "person") return false;
      if (!a.roles.some((r) => roleInfo(r).lowers.includes(title))) return false;
      if (qualifier === undefined) return true;
      const q = qualifier.toLowerCase();
      const country = kb.country(qualifier)?.name.toLowerCase();
      return a.roles.some((r) => roleInfo(r).lowers.includes(q)) || (country !== undefined && a.kb?.type === "person" && a.kb.country?.toLowerCase() === country);
    });
    return hits.length === 1 ? hits[0] : undefined;
  }

  /** The organisation whose mention starts right after `end`, past one space ("agency| UNHCR"). */
  function namedRightAfter(st: ActorSentence, end: number): ActorDraft | undefined {
    const at = st.source.charCodeAt(end - st.base) === 32 ? end + 1 : -1;
    if (at < 0) return undefined;
    for (const m of mentions) if (m.span.start === at && m.actor.kind === "organization" && !dead.has(m.actor)) return m.actor;
    return undefined;
  }

  function dropMentionAt(start: number): void {
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if (m.span.start !== start) continue;
      mentions.splice(k, 1);
      taken.remove(m.span);
      const a = m.actor;
      a.mentions = a.mentions.filter((x) => x.span.start !== start);
      if (a.mentions.length === 0) remove(a);
    }
  }

  function orgReferent(noun: string, modifiers: readonly string[], at: number): ActorDraft | undefined {
    // No organisation has the word (as most nouns): none fits.
    if (noun !== "centre" && byOrgWord.get(noun).length === 0) return undefined;
    const pool = noun === "centre" ? inOrder(alive([...new Set([...byOrgWord.get(noun), ...byOrgWord.get("center")])])) : inOrder(alive(byOrgWord.get(noun)));
    const fits = pool.filter((a) => {
      if (a.kind !== "organization") return false;
      const words = orgWordsOf(a);
      if (!words.has(noun) && !(noun === "centre" && words.has("center"))) return false;
      return modifiers.every((m) => words.has(m) || GENERIC_MODIFIERS.has(m));
    });
    if (fits.length === 0) return undefined;
    let before = fits.filter((a) => latestBefore(a, at) >= 0);
    // "The bank said" after "Nordhavn Bank … the European Central Bank": a bank whose name sets it
    // apart ("central", "world") is called so ("the central bank"); another bank named is meant.
    if (before.length > 1) {
      const plain = before.filter((a) => !SET_APART.some((w) => orgWordsOf(a).has(w) && !modifiers.includes(w)));
      if (plain.length > 0 && plain.length < before.length) before = plain;
    }
    // "The company said" before "Walt Disney Company" is named is not that company: for the nouns
    // any firm's name may end in, only one named before is meant.
    if (before.length === 0 && GENERIC_ORG_NOUNS.has(noun)) return undefined;
    return nearest(before.length > 0 ? before : fits, at);
  }

  mentions.sort((a, b) => a.span.start - b.span.start);
  // Mentions per sentence, in text order (pronoun resolution looks only at a few sentences).
  inSentence = new Map();
  for (const m of mentions) {
    const list = inSentence.get(m.sentence);
    if (list) list.push(m);
    else inSentence.set(m.sentence, [m]);
  }

  const mentionsIn = (s: number): readonly IndexedMention[] => inSentence?.get(s) ?? [];
  const index: ActorIndex = {
    sentences,
    actors,
    mentions,
    mentionsIn,
    resolvePronoun,
    resolveText,
    genders: [],
  };
  // Pass 4: pronouns that speak ("he said", "She added"), each preferring a person whose given
  // name is of its gender ("Maureen Tate … John Hale … she said").
  for (const a of actors) {
    if (a.kind !== "person" || dead.has(a)) continue;
    const words = a.kb?.type === "person" ? splitSpaces(a.kb.name) : a.words;
    const g = words.length > 1 ? givenName(lowerOf(words[0]!)) : undefined;
    if (g === "m" || g === "f") a.nameGender = g;
  }
  pronounPass();
  function pronounPass(): void {
    for (const s of sentences) {
      for (const f of facts[s.index]!.pronouns) {
        const start = s.base + f.span.start;
        const a = resolvePronoun(f.lower, start, s.index);
        if (!a) continue;
        mention(a, { start, end: s.base + f.span.end }, f.text, "pronoun", s.index, false);
      }
    }
  }
  mentions.sort((x, y) => x.span.start - y.span.start);

  function resolvePronoun(word: string, offset: number, sentence: number): ActorDraft | undefined {
    const w = word.toLowerCase();
    // "They said" names no one actor: a group the text did not name ("Her death was announced by
    // her family. They said …"), seldom one person or organisation.
    if (w === "they") return undefined;
    const wantOrg = w === "it" || w === "its";
    const gender = w === "he" || w === "his" || w === "him" ? "m" : w === "she" || w === "her" ? "f" : undefined;
    // A person whose given name is of the other gender is taken only when no one else fits.
    let byName = gender !== undefined;
    const ok = (a: ActorDraft): boolean => {
      if (wantOrg) return a.kind === "organization" || a.kind === "country";
      if (a.kind !== "person" || gender === undefined) return a.kind === "person";
      const g = a.gender ?? (byName ? a.nameGender : undefined);
      return g === undefined || g === gender;
    };
    const found = resolveWith(w, offset, sentence, gender, ok);
    if (found !== undefined || !byName) return found;
    byName = false;
    return resolveWith(w, offset, sentence, gender, ok);
  }

  function resolveWith(w: string, offset: number, sentence: number, gender: "m" | "f" | undefined, ok: (a: ActorDraft) => boolean): ActorDraft | undefined {
    // "…, it said": a speech tag after what was said names the sentence's subject, never a name
    // inside the statement ("Apple will sell its phones through Verizon from March, it said").
    const tag = tagSubject(w, offset, sentence, ok);
    if (tag !== undefined && tag !== BEFORE) return tag;
    // The current sentence before the pronoun (not for a tag that names no one in it), then earlier
    // sentences: the first fitting mention (the subject).
    for (let s = tag === BEFORE ? sentence - 1 : sentence; s >= Math.max(0, sentence - 4); s--) {
      const list = mentionsIn(s);
      const fits = (m: IndexedMention): boolean => !m.quoted && m.span.start < offset && ok(m.actor);
      let pick: IndexedMention | undefined;
      if (s === sentence) {
        for (let k = countStartingBefore(list, offset) - 1; k >= 0 && !pick; k--) if (fits(list[k]!)) pick = list[k];
      } else pick = subjectOf(s, list, fits) ?? list.find(fits);
      if (!pick) continue;
      if (gender && !pick.actor.gender) {
        pick.actor.gender = gender;
        index.genders.push({ actor: pick.actor, gender });
      }
      return pick.actor;
    }
    // Further back, only one the text has given that gender: "she said" after a son's quotations
    // is his mother's, named a paragraph before.
    if (gender) {
      for (let s = Math.max(0, sentence - 4) - 1; s >= Math.max(0, sentence - 12); s--) {
        const pick = mentionsIn(s).find((m) => !m.quoted && m.actor.kind === "person" && (m.actor.gender ?? m.actor.nameGender) === gender);
        if (pick) return pick.actor;
      }
    }
    return undefined;
  }

  /**
   * The first fitting mention of sentence `s` that may be its subject: not inside an opening phrase
   * ("In a letter to Sen. Mary Jones, Health Secretary Susan Park defended the plan": she is Park),
   * not an owner before what it owns ("Sato’s lawyer, Kenji Mori, said": he is Mori).
   */
  function subjectOf(s: number, list: readonly IndexedMention[], fits: (m: IndexedMention) => boolean): IndexedMention | undefined {
    const st = sentences[s];
    if (!st) return undefined;
    const src = st.source;
    const opener = /^\s*(?:In|On|At|After|Before|With|During|Despite|Since|By|For|Following|From|To|Under|Like|Unlike|Against|Among|Without|Through|Across|Beyond|Amid|Upon)\s/.exec(src);
    const comma = opener ? src.indexOf(", ", opener[0].length) : -1;
    const frontEnd = comma >= 0 ? st.base + comma : -1;
    return list.find((m) => fits(m) && m.span.start > frontEnd && !/^['’]s\s+\p{Ll}+(?:\s+\p{Ll}+)?,\s+\p{Lu}/u.test(src.slice(m.span.end - st.base, m.span.end - st.base + 40)));
  }

  /**
   * The speaker of a pronoun in a speech tag after a statement (", it said" at `offset`): the
   * sentence's subject when it fits — its first name that fits, or "the company" resolved —;
   * else BEFORE: the earlier sentences' (`resolvePronoun` then reads only those). Undefined when
   * the pronoun is no such tag.
   */
  function tagSubject(pronoun: string, offset: number, sentence: number, ok: (a: ActorDraft) => boolean): ActorDraft | typeof BEFORE | undefined {
    const st = sentences[sentence];
    if (!st) return undefined;
    const toks = st.tokens;
    const i = firstAtOrAfter(toks, offset - st.base);
    if (i < 2 || i >= toks.length || !toks.markIs(i - 1, 0x2c) || !(pronoun === "he" || pronoun === "she" || pronoun === "it")) return undefined;
    // The tag closes the sentence, or its clause, within a few words after its verb: "…, it said on
    // Tuesday." ("When he bought the house, he thought it was a bargain" is no tag.)
    let close = i + 2;
    if (toks.word(close) && !TAG_ADJUNCTS.has(toks.at(close)!.lower)) return undefined;
    while (close < toks.length && close < i + 8 && toks.word(close) && !toks.lowerIs(close, "that")) close++;
    if (close < toks.length && !(toks.markIs(close, 0x2e) || toks.markIs(close, 0x2c) || toks.markIs(close, 0x3b))) return undefined;
    let f = 0;
    while (f < i && !toks.word(f)) f++;
    if (f >= i - 1 || st.quoted[f] === true) return undefined;
    // "It will hold …, it said": the pronoun opening the sentence speaks; it is found before it.
    if (toks.lowerIs(f, pronoun)) return BEFORE;
    const at = st.base + toks.start(f);
    // The first name that fits: the subject ("Apple will sell its phones through Verizon"), or the
    // one after an opening phrase ("Tired of being sidelined, astronaut Bertalan Farkas is leaving").
    const first = mentionsIn(sentence).find((m) => !m.quoted && m.span.start >= at && m.span.start < offset && ok(m.actor) && !analystsAt(m));
    if (first) return first.actor;
    // "The company will hold …, it said".
    if (toks.lowerIs(f, "the") && toks.word(f + 1) && f + 2 < i) {
      const noun = toks.at(f + 1)!.lower;
      const described = ORG_NOUNS.has(noun) || ORG_TYPE_NOUNS.has(noun) ? resolveText(st.source.slice(toks.start(f), toks.end(f + 1)), at) : undefined;
      if (described && ok(described)) return described;
    }
    return BEFORE;
  }

  function resolveText(text: string, at: number): ActorDraft | undefined {
    const k = norm(text);
    const direct = byAlias.get(k);
    if (direct) return direct;
    const words = splitSpaces(text);
    const last = words[words.length - 1]!.toLowerCase();
    // ("de la Fuente", "van der Merwe": a surname with its particles is the surname.)
    if (words.length === 1 || words.slice(0, -1).every((w) => NAME_PARTICLES.has(w))) {
      const named = byWord.get(last);
      const persons = named.length === 0 ? named : named.filter((a) => !dead.has(a) && a.kind === "person");
      if (persons.length > 0) return nearest(persons, at);
    }
    if (ORG_NOUNS.has(last)) {
      const mods = words.slice(0, -1).map((x) => x.toLowerCase()).filter((x) => !FUNCTION_WORDS.has(x));
      const named = orgReferent(last, mods, at);
      if (named) return named;
    }
    // "the company said", "the auto maker": the organisation named last before — not for a paper or
    // a broadcaster named right before its noun ("The Maariv newspaper said" is no other
    // organisation; "The St. Louis company said" may well be the one named before).
    const before = words.length > 1 ? words[words.length - 2]! : "";
    const ownName = MEDIA_NOUNS.has(last) && before.charCodeAt(0) >= 65 && before.charCodeAt(0) <= 90 && kb.country(before) === undefined && kb.named(before).demonym === undefined;
    if (!ownName && (ORG_TYPE_NOUNS.has(last) || last === "company" || last === "firm" || last === "group")) {
      // The mentions are in text order by now: those before `at` by binary search.
      // ("The company" or "the firm" is no ministry, court or army: "GM and Chrysler received loans
      // from the Treasury Department. The company has warned …".)
      const firm = last === "company" || last === "firm";
      // "the transit authority" is no "city council": an institution's own modifier must be in the name.
      const mod = before.toLowerCase();
      const own = INSTITUTION_NOUNS.has(last) && /^\p{Ll}+$/u.test(before) && !FUNCTION_WORDS.has(mod) && !GENERIC_MODIFIERS.has(mod) ? mod : undefined;
      // ("Analysts at Peel Hunt said …. Last year the company reported …": the firm an analyst
      // works at, or one whose data is cited, is "the company" only when no other was named.)
      let employer: ActorDraft | undefined;
      for (let k = countStartingBefore(mentions, at) - 1; k >= 0; k--) {
        const m = mentions[k]!;
        if (!(m.actor.kind === "organization" && !m.quoted && !(firm && publicBody(m.actor)) && (own === undefined || orgWordsOf(m.actor).has(own)))) continue;
        // ("The council said" is no court: an institution's noun names one whose name has it.)
        if (NAMED_INSTITUTIONS.has(last) && !orgWordsOf(m.actor).has(last)) continue;
        if (!analystsAt(m)) return m.actor;
        employer ??= m.actor;
      }
      if (employer) return employer;
    }
    if (OFFICE_WORDS.has(last)) return holderOf(last);
    return undefined;
  }

  /** Whether a mention names where analysts work: "analysts at Peel Hunt", "an economist with ING". */
  function analystsAt(m: IndexedMention): boolean {
    const st = sentences[m.sentence];
    if (!st || st.sentence.index !== m.sentence) return false;
    const end = m.span.start - st.base;
    if (ANALYSTS_AT.test(st.source.slice(Math.max(0, end - 40), end))) return true;
    // "according to LSEG data", "Refinitiv estimates showed": a provider of data.
    const after = m.span.end - st.base;
    return DATA_AFTER.test(st.source.slice(after, after + 30));
  }

  // The one person whose roles hold an office word ("the spokesman"), per word: looked up only
  // once the actors and their roles are complete (by the steps after this function).
  const holders = new Map<string, ActorDraft | undefined>();
  function holderOf(word: string): ActorDraft | undefined {
    if (holders.has(word)) return holders.get(word);
    const hits = actors.filter((a) => a.kind === "person" && a.roles.some((r) => r.toLowerCase().includes(word)));
    const holder = hits.length === 1 ? hits[0] : undefined;
    holders.set(word, holder);
    return holder;
  }

  return index;
}


/**
 * Candidate `c` of a sentence at `base` is joined by "and" to an organisation's mention (document
 * offsets in `starts` and `ends`): "GM and Chrysler", "Ford, and GM" (`Candidate.andBefore`,
 * `andAfter`; a comma alone joins too much: "Oshkosh Truck Corp., Oshkosh, Wis.", and "or" glosses:
 * "Uhuru, or Freedom, a Swahili newspaper").
 */
function listedWith(c: Candidate, base: number, starts: ReadonlySet<number>, ends: ReadonlySet<number>): boolean {
  return (c.andBefore !== undefined && ends.has(base + c.andBefore.end)) || (c.andAfter !== undefined && starts.has(base + c.andAfter.start));
}

const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

/** `ALL_CAPITALS.test(text)` ("UN", "NATO"): ASCII text without the regex (only A–Z are capitals there). */
export function allCapitals(text: string): boolean {
  if (text.length < 2) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return ALL_CAPITALS.test(text);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

const ACRONYM_LIKE = /^\p{Lu}[\p{Lu}\p{N}.&]+$/u;

/** `ACRONYM_LIKE.test(text)`, without the regex when the second character is a small ASCII letter ("Smith"). */
function acronymLike(text: string): boolean {
  const c = text.charCodeAt(1);
  return !(c >= 0x61 && c <= 0x7a) && ACRONYM_LIKE.test(text);
}

/** A country's institutions that act in the news without a modifier: "Sudan’s army", "France’s government". */
/** Adjectives of time or rank before an institution's noun, which name no body: "a new police chief". */
const TIME_RANK_MODIFIERS: ReadonlySet<string> = new Set("new old former current previous next future interim acting top senior then same other".split(" "));
const STATE_BODIES = new Set("army navy military police government parliament".split(" "));

const STARTS = new WeakMap<ActorDraft, { list: Mention[]; n: number; starts: number[] }>();

/** The starts of `a`'s mentions in order, kept sorted as mentions come (they are added out of order). */
function startsOf(a: ActorDraft): readonly number[] {
  let c = STARTS.get(a);
  if (!c || c.list !== a.mentions || c.n > a.mentions.length) {
    c = { list: a.mentions, n: 0, starts: [] };
    STARTS.set(a, c);
  }
  for (; c.n < a.mentions.length; c.n++) {
    const v = a.mentions[c.n]!.span.start;
    c.starts.splice(countBelow(c.starts, v), 0, v);
  }
  return c.starts;
}

/** Where `a` is first mentioned (Infinity: nowhere yet). */
function firstMention(a: ActorDraft): number {
  return startsOf(a)[0] ?? Infinity;
}

/** The latest start of one of `a`'s mentions before `at`, or -1: by binary search over its starts. */
function latestBefore(a: ActorDraft, at: number): number {
  const starts = startsOf(a);
  const k = countBelow(starts, at);
  return k > 0 ? starts[k - 1]! : -1;
}


/** Actors by a word, each actor once per word, in the order they were added. */
export class WordIndex {
  private readonly m = new Map<string, ActorDraft[]>();
  /** For long lists only: their members, to keep them unique without a scan. */
  private readonly sets = new Map<string, Set<ActorDraft>>();

  /**
   * Words and actors added since the last look-up, filed when one comes: many indexes of an
   * article are never looked in.
   */
  private readonly pendingWords: string[] = [];
  private readonly pendingActors: ActorDraft[] = [];

  add(word: string, a: ActorDraft): void {
    this.pendingWords.push(word);
    this.pendingActors.push(a);
  }

  get(word: string): readonly ActorDraft[] {
    if (this.pendingWords.length > 0) this.flush();
    return this.m.get(word) ?? EMPTY;
  }

  private flush(): void {
    const words = this.pendingWords;
    const actors = this.pendingActors;
    for (let i = 0; i < words.length; i++) this.file(words[i]!, actors[i]!);
    words.length = 0;
    actors.length = 0;
  }

  private file(word: string, a: ActorDraft): void {
    const list = this.m.get(word);
    if (!list) {
      this.m.set(word, [a]);
      return;
    }
    if (list[list.length - 1] === a) return;
    if (list.length < 16) {
      if (list.includes(a)) return;
    } else {
      let set = this.sets.get(word);
      if (!set) this.sets.set(word, (set = new Set(list)));
      if (set.has(a)) return;
      set.add(a);
    }
    list.push(a);
  }
}

const EMPTY: readonly ActorDraft[] = [];

/** What `create` files an actor's name under, once per name. */
interface NameInfo {
  /** `splitSpaces(name)`. */
  readonly words: readonly string[];
  /** `lowerOf` of each word. */
  readonly lowers: readonly string[];
  /** `orgWordKey` of each word. */
  readonly orgKeys: readonly string[];
  readonly initials: readonly string[];
  /** `norm(name)`, and of each word. */
  readonly key: string;
  readonly wordKeys: readonly string[];
  /** `norm` of the name without its corporate suffix, when that is another name of more than two characters. */
  readonly shortKey: string | undefined;
  readonly slug: string;
}

const nameInfo = cachedByString((name: string): NameInfo => {
  const words = splitSpaces(name);
  const short = withoutCorporateSuffix(name);
  return {
    words,
    lowers: words.map(lowerOf),
    orgKeys: words.map(orgWordKey),
    initials: initials(name),
    key: norm(name),
    wordKeys: words.map((w) => norm(w)),
    shortKey: short !== name && short.length > 2 ? norm(short) : undefined,
    slug: slug(name),
  };
}, 100_000);

/** `norm` of a name with an "s" added ("Liberal Democrat" → "liberal democrats"), once per name. */
const pluralKey = cachedByString((text: string): string => norm(`${text}s`), 100_000);

/** A role's words as `pushRole` files them: lower-cased, and as `orgWordKey` has them. */
const roleInfo = cachedByString((role: string): { readonly lowers: readonly string[]; readonly orgKeys: readonly string[] } => ({
  lowers: splitSpaces(role.toLowerCase()),
  orgKeys: splitSpaces(role).map(orgWordKey),
}), 100_000);

/** `norm` of a knowledge-base entry's name, variants and (for organisations) acronyms, in that order. */
const ENTRY_KEYS = new WeakMap<Entry, readonly string[]>();
function entryKeys(entry: Entry): readonly string[] {
  let keys = ENTRY_KEYS.get(entry);
  if (keys === undefined) ENTRY_KEYS.set(entry, (keys = [entry.name, ...entry.variants, ...(entry.type === "organization" ? entry.acronyms : [])].map((n) => norm(n))));
  return keys;
}

/** A word of an organisation's name or role as `orgWordsOf` has it. */
function orgWordKey(w: string): string {
  return w.toLowerCase().replace(/[’']s$/u, "");
}

const ORG_WORDS_OF = new WeakMap<ActorDraft, { key: string; words: Set<string> }>();

/** An organisation's name and role words, lower-cased without possessive; cached until its roles change. */
/**
 * The words of a known organisation's variants that say what it is ("Barclays Bank": "bank";
 * "Atlantic Alliance": "alliance"), not the words any firm's name may hold ("UBS Group", "… Press").
 */
function variantWords(e: Entry): string[] {
  if (e.type !== "organization") return [];
  const out: string[] = [];
  for (const v of e.variants ?? []) for (const w of splitSpaces(v)) {
    const k = orgWordKey(w);
    if (!GENERIC_ORG_NOUNS.has(k) && !VARIANT_NOISE.has(k)) out.push(k);
  }
  return out;
}
const VARIANT_NOISE = new Set(["holdings", "inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", "llc", "agency", "press", "news", "international", "the", "of", "and", "&"]);

function orgWordsOf(a: ActorDraft): Set<string> {
  const key = `${a.words.length}|${a.roles.length}`;
  const c = ORG_WORDS_OF.get(a);
  if (c && c.key === key) return c.words;
  const words = new Set([...a.words, ...a.roles.flatMap((r) => splitSpaces(r))].map(orgWordKey));
  if (a.kb?.type === "organization") for (const w of variantWords(a.kb)) words.add(w);
  ORG_WORDS_OF.set(a, { key, words });
  return words;
}

function kindOf(e: Entry): ActorKind {
  return e.type === "person" ? "person" : e.type === "organization" ? "organization" : e.type === "country" ? "country" : "other";
}

const CORPORATE_SUFFIX = /(?<=\S)\s+(?:Co\.?|Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|plc|PLC|LLC|GmbH|AG|SA|NV|Holdings)$/u;

function withoutCorporateSuffix(name: string): string {
  return name.replace(CORPORATE_SUFFIX, "");
}

/** The initials of a name, with and without a corporate suffix: "General Motors Corp." → gmc, gm. */
const initials = cachedByString(initialsOf, 200_000);

function initialsOf(name: string): string[] {
  const of = (n: string): string =>
    n
      .split(/\s+/u)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0]!.toLowerCase())
      .join("");
  // ("U.S. Consumer Product Safety Commission" is the CPSC: a country's prefix is left out of it too.)
  const bare = COUNTRY_PREFIX.exec(name);
  return bare ? [of(name), of(withoutCorporateSuffix(name)), of(name.slice(bare[0].length))] : [of(name), of(withoutCorporateSuffix(name))];
}
/** A country's abbreviation or adjective before an organisation's name: "U.S. ", "UK ", "British ". */
const COUNTRY_PREFIX = /^(?:U\.S\.|US|U\.K\.|UK|EU|UN|U\.N\.|British|American|Canadian|Australian|European)\s+(?=\p{Lu}\p{L}+\s+\p{Lu})/u;

/** `slugOf`, memoised (names repeat across articles). */
const slug = cachedByString(slugOf, 100_000);

function slugOf(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-|-$/gu, "");
}

/** A span relative to `base`, in the document. */
function placed(span: Span, base: number): Span {
  return base === 0 ? span : { start: span.start + base, end: span.end + base };
}

function cap(s: string): string {
  return s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/** The finished, immutable actors, with what the knowledge base adds. */
export function finishActors(index: ActorIndex, claimsOf: (a: ActorDraft) => number[], kb: KnowledgeBase): Actor[] {
  const view = kbView(kb);
  const session = inMemoSession();
  return index.actors
    .filter((a) => a.mentions.length > 0)
    .map((a) => {
      // In an incremental session, an actor kept from the previous run (parse/actors/reuse.ts) whose
      // mentions did not move and whose claims are the same is the same object.
      const claims = claimsOf(a);
      const last = session ? FINISHED.get(a) : undefined;
      let actor: Actor;
      if (last && last.roles === a.roles.length && last.kb === view && last.actor.name === a.name && last.actor.kind === a.kind) {
        const sameClaims = sameItems(last.actor.claims, claims);
        if (last.mentions === a.mentions && sameClaims) return last.actor;
        // Only its mentions moved or its claims changed: what the knowledge base adds is the same.
        actor = refinished(last.actor, a.mentions, sameClaims ? last.actor.claims : claims);
      } else actor = finishActor(a, claims, view);
      if (session) FINISHED.set(a, { mentions: a.mentions, roles: a.roles.length, kb: view, actor });
      return actor;
    });
}

/** The actor each draft last became, with what it was made from (incremental sessions). */
const FINISHED = new WeakMap<ActorDraft, { readonly mentions: readonly Mention[]; readonly roles: number; readonly kb: KbView; readonly actor: Actor }>();


/**
 * `finishActor`'s actor as it was, with other mentions and claims. (The mentions of a kept index's
 * actor are a list of its own, which nothing changes: parse/actors/reuse.ts makes a new one when
 * they move. In text order, it is the actor's list itself.)
 */
function refinished(was: Actor, mentions: readonly Mention[], claims: readonly number[]): Actor {
  const ordered = startsInOrder(mentions) ? mentions : [...mentions].sort((x, y) => x.span.start - y.span.start);
  const { id, name, kind, roles, offices, country } = was;
  return country !== undefined ? { id, name, kind, mentions: ordered, roles, offices, country, claims } : { id, name, kind, mentions: ordered, roles, offices, claims };
}

function finishActor(a: ActorDraft, claims: number[], view: KbView): Actor {
  const entry = a.kb ?? view.lookup(a.name)[0];
  const offices: Office[] = entry?.type === "person" ? entry.offices.map((o) => ({
    title: o.title,
    ...(o.of !== undefined ? { of: o.of } : {}),
    ...(o.from !== undefined ? { from: o.from } : {}),
    ...(o.to !== undefined ? { to: o.to } : {}),
  })) : [];
  const country = entry && (entry.type === "person" || entry.type === "organization") ? entry.country : a.country;
  // Most actors' mentions come in text order already: copied as they are then (the sort is stable).
  const mentions = startsInOrder(a.mentions) ? [...a.mentions] : [...a.mentions].sort((x, y) => x.span.start - y.span.start);
  return {
    id: a.id,
    name: a.name,
    kind: a.kind,
    mentions,
    roles: [...a.roles],
    offices,
    ...(country !== undefined ? { country } : {}),
    claims,
  };
}

/** Words in a body's name that set it apart from others of its kind: the phrase for it says them ("the central bank", "the World Bank"). */
const SET_APART: readonly string[] = ["central", "reserve", "world", "development", "investment", "federal"];

/** Words after a company's own name in its full name: "Apple Computer", "Ford Motor Company", "Toyota Motor Corp.". */
const COMPANY_WORDS: ReadonlySet<string> = new Set([...COMPANY_HEADS, "computer", "computers"]);

/** The one word a company's name is made of before its company words ("apple" of "Apple Computer"); else undefined. */
function companyStem(words: readonly string[]): string | undefined {
  let n = words.length;
  while (n > 1 && COMPANY_WORDS.has(lowerOf(words[n - 1]!))) n--;
  if (n !== 1 || n === words.length) return undefined;
  const w = lowerOf(words[0]!);
  return w.length >= 3 && !GENERIC_SHORT.has(w) ? w : undefined;
}

/** Words that stand for people, said with a capital at a sentence's start: "Everyone said", "Police said". */
const PEOPLE_WORDS: ReadonlySet<string> = new Set("nobody everyone everybody someone somebody anyone anybody none people police staff media personnel management".split(" "));

/**
 * "Volkswagen's third-quarter profit fell 42%, the carmaker said": a name with its ’s opening a
 * sentence whose source, after a comma, is "the <kind of firm>" that says it.
 */
function ownedByFirmThatSpeaks(c: Candidate, s: ActorSentence): boolean {
  if (!c.initial || !c.possessive || c.wordCount !== 1 || c.inQuote || c.kb) return false;
  if (!nameWord(c.lower)) return false;
  const span = s.sentence.span;
  const m = FIRM_SPEAKS.exec(s.source.slice(span.start - s.base, span.end - s.base));
  return m !== null && ORG_TYPE_NOUNS.has(m[1]!.toLowerCase());
}
const FIRM_SPEAKS = /,\s+the\s+([a-z-]+)\s+(?:said|says|reported|announced|added)\b/u;

/**
 * A sentence's first word that speaks ("Toyota said …", "Ford told reporters …"): a name of its own,
 * though its capital says nothing, unless it is a word of the lists (a role, a function word, a
 * noun), a word for people ("Officials", "Everyone"), or looks like a plural ("Analysts",
 * "Farmers"; a name such as "Siemens" is lost with them).
 */
function namedSpeakerFirst(c: Candidate): boolean {
  if (!c.initial || !c.speaks || c.wordCount !== 1 || c.inQuote) return false;
  const w = c.lower;
  return nameWord(w) && !SOURCE_NOUNS.has(w) && !ROLE_PLURAL.test(w) && !pluralLike(w);
}

/** A word that can be a name of its own: no word the lexicon knows, not one for people or a non-name. */
function nameWord(w: string): boolean {
  return wordBits(w) === 0 && !NOT_NAMES.has(w) && !PEOPLE_WORDS.has(w);
}

/** What a ministry is of, from its modifiers: "health" → "Health", "foreign" → "Foreign Affairs" ("the foreign ministry"). */
function ministryOf(modifiers: readonly string[]): string {
  const m = cap(modifiers.join(" "));
  return /^(?:Foreign|Home|External|Internal|Veterans|Consumer|Economic|Public)$/u.test(m) ? `${m} Affairs` : m;
}

/** A name's last word as written. */
function words0(name: string): string {
  return name.slice(name.lastIndexOf(" ") + 1);
}

