import type { Span } from "../../model/span";
import type { Entry } from "../../knowledge";
import { norm, type KbView } from "./lookup";
import { lowerOf, type Token, type Tokens } from "./tokens";
import { is, W, wordBits } from "./lexicon";
import { SOURCE_NOUNS } from "../lexicon/reporting";
import { givenName, personalName } from "../lexicon/gender";
import {
  DEMONYMS as DEMONYM_WORDS,
  MARKET_INDEXES,
  MEDIA_NOUNS,
  ORG_TYPE_NOUNS,
  PLACES,
  PLURAL_TITLES,
  ROLE_NOUNS,
  KIN,
} from "../names";

export type Guess = "person" | "organization" | "country" | "place" | "event" | "title" | "unknown";

/** One capitalised name as it stands in a sentence, with what its context says about it. */
export interface Candidate {
  readonly span: Span;
  readonly text: string;
  /** `norm(text)`. */
  readonly key: string;
  /** How many words the name has (its words themselves are not kept: no pass reads them). */
  readonly wordCount: number;
  /** `lowerOf` of `text`, of the first and of the last of `words`: made once (the passes look them up again and again). */
  readonly lower: string;
  readonly lowerFirst: string;
  readonly lowerLast: string;
  readonly sentence: number;
  readonly guess: Guess;
  readonly kb?: Entry | undefined;
  /** Title or role written with the name ("Ukrainian President", "the Kremlin spokesperson"). */
  readonly roles: readonly string[];
  /** The name acts or speaks here ("Russia insisted", "said Marta Riquelme"). */
  readonly acts: boolean;
  /** Acts with a full verb, or speaks ("Toyota reported", "said Reuters"). */
  readonly actsStrongly: boolean;
  /** Followed by a speech verb: "Toyota said". */
  readonly speaks: boolean;
  /** Written with a possessive ’s. */
  readonly possessive: boolean;
  /** Created from its own evidence; otherwise it only refers to an actor found elsewhere. */
  readonly strong: boolean;
  readonly initial: boolean;
  readonly inQuote: boolean;
  /** An acronym defined right after the name: "World Food Programme (WFP)". */
  readonly acronym?: { readonly text: string; readonly span: Span } | undefined;
  readonly gender?: "m" | "f" | undefined;
  /** The country an institution or an office belongs to ("the Kremlin", "the President of France"). */
  readonly country?: string | undefined;
  /** The actor's name when it differs from the text ("the Kremlin" → "Kremlin"). */
  readonly canonical?: string | undefined;
  /** The party a party word stands for ("Conservative" → "Conservative Party"). */
  readonly party?: string | undefined;
  /** Named before a company's title of the person after it ("Northrop Grumman CEO Ron Sugar"). */
  readonly employer?: boolean;
  /**
   * A name of one word joined by "and" to the word before (`andBefore`: "GM and Chrysler", "Ford,
   * and Chrysler") or after it (`andAfter`: "Chrysler and GM"): that word's span (`listedWith` in
   * build.ts asks whether an organisation's name ends or starts there). Unset before the kind of an
   * organisation ("… and Surinam carrier Blue Wing Airlines").
   */
  readonly andBefore?: Span | undefined;
  readonly andAfter?: Span | undefined;
}

/** The roles of the many candidates without one (no candidate's roles are changed in place). */
const NO_ROLES: readonly string[] = [];

const PARTIES: Readonly<Record<string, string>> = {
  conservative: "Conservative Party",
  tory: "Conservative Party",
  labour: "Labour Party",
  republican: "Republican Party",
  democrat: "Democratic Party",
  democratic: "Democratic Party",
  socialist: "Socialist Party",
  communist: "Communist Party",
  green: "Green Party",
};

function partyOf(t: Token): string | undefined {
  return PARTIES[t.lower];
}


const CORPORATE_LIST: readonly string[] = "co. corp. inc. ltd. llc plc gmbh inc ltd corp".split(" ");
const CORPORATE = new Set(CORPORATE_LIST);

const INITIAL = /^\p{Lu}\.$/u;

/** "Jr.", "III": the end of a person's name. */
const NAME_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/u;

/** Seats of government that are buildings or institutions rather than cities. */
const INSTITUTION = /^the\s|\b(?:Palace|Palazzo|Casa|House|Street|Number|No)\b/u;

const MALE = new Set("mr mr. sir lord king prince father sheikh emir sultan".split(" "));
const FEMALE = new Set("mrs mrs. ms ms. miss dame lady queen princess".split(" "));

/** The gender a title before a name gives ("Mrs" f, "Sir" m), if one of them does. */
export function titleGender(roles: readonly string[]): "m" | "f" | undefined {
  for (const r of roles) {
    const l = r.toLowerCase();
    if (MALE.has(l)) return "m";
    if (FEMALE.has(l)) return "f";
  }
  return undefined;
}
/** Adjectives that do not tell organisations apart ("the central bank" is the bank named before). */
const DETERMINERS = new Set("the its their his her our".split(" "));

export interface SentenceTokens {
  readonly index: number;
  readonly tokens: Tokens;
  /** Per token: inside a direct quotation. */
  readonly quoted: readonly boolean[];
  readonly heading: boolean;
  /** The indices of the capitalised words (`word && cap`), ascending, when known already. */
  readonly caps?: readonly number[];
}

interface Range {
  from: number;
  to: number;
}

/** Finds the capitalised names of one sentence and what their context says about them. */
export function candidatesOf(source: string, s: SentenceTokens, kb: KbView): Candidate[] {
  const out: Candidate[] = [];
  const toks = s.tokens;
  // "(Reporting by Nikolaj Skydsgaard; Editing by Mark Potter)": a wire story's credits name its
  // staff, no actor of the story.
  if (creditLine(toks)) return out;
  let list: { role: string; end: number } | undefined;
  const runs = chunks(toks, s.caps ?? capitalisedWords(toks), kb);
  for (let ri = 0; ri < runs.length; ri++) {
    let r = runs[ri]!;
    // "The Ministry of Housing, Communities and Local Government": a department's portfolios, one
    // name, split no further.
    const last = portfolios(toks, runs, ri, kb);
    const merged = last > ri;
    if (merged) {
      r = { from: r.from, to: runs[last]!.to };
      ri = last;
    }
    // A run of one or two words splits no further ("and", "for", "of" and corporate suffixes split
    // only between two words of a run of three or more, and "and" is no capitalised word).
    // (A new small list per run: emptying a reused one lets its storage go, to be made again.)
    const parts: Range[] = merged || r.to - r.from <= 2 ? [r] : [];
    if (parts.length === 0) for (const x of splitAnd(toks, r, kb)) for (const y of splitOrgs(toks, x, kb)) for (const z of splitKnown(source, toks, y, kb)) parts.push(z);
    for (const part of parts) {
      let c = classify(source, s, part, kb, out);
      if (!c) continue;
      // "Trump’s envoys, including Steve Witkoff and Jared Kushner": each name of the list has the role.
      const role = listRole(source, toks, part.from) ?? (list && joinedToList(toks, list.end, part.from) ? list.role : undefined);
      if (role && c.guess === "person") {
        c = { ...c, roles: [...c.roles, role] };
        list = { role, end: part.to };
      } else list = undefined;
      out.push(c);
    }
  }
  return out;
}

/** The words of a government's portfolios ("Housing, Communities and Local Government"). */
const PORTFOLIO_WORDS = (
  "housing communities local government environment food rural affairs digital culture media sport health social care education skills " +
  "science innovation technology energy climate change net zero business trade industry industrial strategy transport work pensions justice " +
  "defence defense security home foreign commonwealth development international agriculture fisheries forestry fish farming water land " +
  "labour labor employment welfare equality equalities women children families family youth arts heritage tourism finance economy economic " +
  "enterprise regions regional planning infrastructure levelling up public services human resources natural northern ireland scotland wales " +
  "treasury veterans sports research universities higher further"
).split(" ");

/** Place words that are common surnames too ("Tom Green", "Helen Marsh"). */
const SURNAME_PLACES = ["hill", "green", "hall", "park", "lake", "bridge", "bay", "forest", "church", "marsh", "wood", "field", "brook", "moor", "ford", "banks", "dale"];

/** Social networks and messaging services, where a message is posted. */
const PLATFORMS: ReadonlySet<string> = new Set(["X", "Twitter", "Facebook", "Instagram", "TikTok", "YouTube", "LinkedIn", "Telegram", "WhatsApp", "Threads", "Bluesky", "Weibo", "WeChat", "Snapchat", "Reddit", "Mastodon", "Truth Social", "Substack", "Douyin", "Signal"]);
/** Words before a platform where a message went ("on X", "via Telegram"). */
const PLATFORM_BEFORE: readonly string[] = ["on", "via", "across"];

/** Words that name a ballot measure with a letter or a number. */
const BALLOT_WORDS = ["measure", "proposition", "prop", "amendment", "question", "initiative"];
/** Nouns of works a title is set off after ("her memoir, Open Hearts,"). */
const WORK_NOUNS = ["memoir", "book", "novel", "album", "film", "play", "song", "documentary", "series", "biography", "autobiography", "collection", "poem", "opera", "musical", "single", "podcast", "exhibition"];

/** Small words inside a person's name: "Pieter de Kock", "Ludwig van Beethoven", "Osama bin Laden". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(["de", "van", "von", "der", "den", "da", "di", "del", "dela", "della", "du", "le", "la", "bin", "binti", "ibn", "ter", "dos", "das", "al", "el"]);
/** Particles only people's names hold ("Anwar bin Ibrahim", "Pieter van der Merwe"), unlike "de" of "Banque de France". */
const PERSON_PARTICLES: ReadonlySet<string> = new Set(["bin", "binti", "ibn", "van", "von", "der", "den", "dos", "la", "dela"]);

/** The heads of a government department's name that lists its portfolios. */
const DEPARTMENT_HEADS = ["ministry", "department", "secretary", "minister", "committee"];

/**
 * "Ministry of Housing, Communities and Local Government", "Department for Digital, Culture, Media
 * and Sport": the index of the last run of `runs` that a department's name starting at run `i`
 * (its head, "of" or "for", a portfolio) lists, each after a comma, the last with "and" inside; `i`
 * when it lists none. No portfolio is a name of its own ("the Ministry of Defence, Boeing and Airbus").
 */
function portfolios(toks: Tokens, runs: readonly Range[], i: number, kb: KbView): number {
  if (runs.length <= i + 1) return i;
  const r = runs[i]!;
  let h = r.from;
  if (toks.lowerIs(h, "the")) h++;
  if (!toks.lowerIn(h, DEPARTMENT_HEADS) || !(toks.lowerIs(h + 1, "of") || toks.lowerIs(h + 1, "for")) || r.to - h > 4) return i;
  for (let j = i + 1; j < runs.length; j++) {
    const x = runs[j]!;
    if (x.from !== runs[j - 1]!.to + 1 || toks.at(x.from - 1)!.text !== ",") return i;
    let and = false;
    for (let k = x.from; k < x.to; k++) {
      if (toks.lowerIs(k, "and")) and = true;
      else if (!toks.cap(k) || !toks.lowerIn(k, PORTFOLIO_WORDS) || kb.country(toks.at(k)!.text) !== undefined) return i;
    }
    if (and) return j;
    if (x.to - x.from > 2) return i;
  }
  return i;
}

/** "envoys, including X", "ministers such as X": the role phrase before a list of names. */
function listRole(source: string, toks: Tokens, at: number): string | undefined {
  let k = at - 1;
  if (toks.lowerIs(k, "as") && toks.lowerIs(k - 1, "such")) k -= 2;
  else if (toks.lowerIs(k, "including")) k--;
  else return undefined;
  if (toks.at(k)?.text === ",") k--;
  const noun = toks.at(k);
  if (!noun?.word || noun.cap || !noun.lower.endsWith("s") || !ROLE_NOUNS.has(noun.lower.replace(/e?s$/u, "")) && !ROLE_NOUNS.has(noun.lower.slice(0, -1))) return undefined;
  let b = k;
  while (b > 0 && k - b < 4) {
    const w = toks.at(b - 1)!;
    if (!w.word || is(w, W.FUNCTION_WORDS) || is(w, W.ACT_VERBS) || is(w, W.CONNECTORS) || w.lower.endsWith("ed") || w.lower.endsWith("ing")) break;
    b--;
    if (w.possessive) break;
  }
  const end = noun.end;
  const t = source.slice(toks.at(b)!.start, end);
  return toks.at(b)!.possessive && b === k ? undefined : t;
}

/** Only "and" or a comma between the end of the last list name and this one. */
function joinedToList(toks: Tokens, end: number, at: number): boolean {
  for (let k = end; k < at; k++) {
    const t = toks.at(k)!;
    if (t.text !== "," && t.lower !== "and" && t.lower !== "or") return false;
  }
  return true;
}

const MAX_RUN = 24;

const HONORIFICS: readonly string[] = "mr mr. mrs mrs. ms ms. dr dr.".split(" ");

/** A model code: "A330", "F-35", "B52" (letters, then digits). */
const MODEL_CODE = /^\p{Lu}{1,3}-?\p{N}/u;

/** `MODEL_CODE.test(w)`, without the regex when the second character is a small ASCII letter ("Smith"). */
function modelCode(w: string): boolean {
  const c = w.charCodeAt(1);
  return !(c >= 0x61 && c <= 0x7a) && w.length >= 2 && MODEL_CODE.test(w);
}

/** Token `k` of `source` is a model's number: three digits ("787"), four that are no year ("1011"), or a model code ("A380"). */
function modelNumber(source: string, toks: Tokens, k: number): boolean {
  // (Read from the columns: most names follow a word in small letters, and no token is made for it.)
  if (!toks.word(k)) return false;
  const start = toks.start(k);
  const end = toks.end(k);
  const c = source.charCodeAt(start);
  if (c >= 65 && c <= 90) {
    const d = source.charCodeAt(start + 1);
    return !(d >= 97 && d <= 122) && modelCode(source.slice(start, end));
  }
  if (!(c >= 48 && c <= 57) || end - start < 3 || end - start > 4) return false;
  for (let i = start + 1; i < end; i++) if (!(source.charCodeAt(i) >= 48 && source.charCodeAt(i) <= 57)) return false;
  return end - start === 3 || !((c === 0x31 && source.charCodeAt(start + 1) === 0x39) || (c === 0x32 && source.charCodeAt(start + 1) === 0x30));
}

/** Last words of the names of places that hold an organisation's word ("Changi International Airport"). */
const VENUE_LAST: ReadonlySet<string> = new Set("airport stadium arena station plaza mall square street avenue road bridge terminal theater theatre cathedral mosque temple palace castle tower".split(" "));

/** `NAME_SUFFIX.test(w)`: none of its words is longer than three characters. */
function nameSuffix(w: string): boolean {
  // Each opens with J, S or I.
  const c = w.charCodeAt(0);
  return w.length <= 3 && (c === 0x4a || c === 0x53 || c === 0x49) && NAME_SUFFIX.test(w);
}

/** Single spaces lie between the words: their texts joined by spaces are the source's own text. */
function singleSpaced(source: string, words: readonly Token[]): boolean {
  for (let k = 1; k < words.length; k++) {
    const end = words[k - 1]!.end;
    if (words[k]!.start !== end + 1 || source.charCodeAt(end) !== 0x20) return false;
  }
  return true;
}

/** Roles held in an organisation (not in a place: "Kansas senator"), written between its name and a person's. */
// (A union's officers too: "Unite industrial officer Graham McNab", "GMB organiser Lynn Carr", "GMB general secretary Gary Smith".)
const ORG_ROLES: readonly string[] = "coach spokesman spokeswoman spokesperson chairman chairwoman ceo cfo analyst economist captain manager striker organiser organizer officer official secretary convenor negotiator".split(" ");
const ROLE_QUALIFIERS: readonly string[] = "head chief assistant senior deputy industrial regional national general lead".split(" ");
/** Verbs of sport that take a team as their object ("face the Stormers"). */
const SPORT_VERBS = new Set("face faces faced facing beat beats beating play plays played playing meet meets met host hosts hosted hosting defeat defeats defeated against".split(" "));

/** After a name: a role in an organisation, then a capitalised name ("… head coach Liam Doyle"). */
function orgRoleAfter(toks: Tokens, to: number): boolean {
  const k = roleAt(toks, to, ORG_ROLES);
  return k >= 0 && toks.cap(k + 1) && !toks.initial(k + 1);
}

/** Where a role of `roles` stands at `k`, after a qualifier at most ("head coach", "chief spokeswoman"); else -1. */
function roleAt(toks: Tokens, k: number, roles: readonly string[]): number {
  if (toks.word(k) && !toks.cap(k) && toks.lowerIn(k, ROLE_QUALIFIERS)) k++;
  return toks.word(k) && !toks.cap(k) && toks.lowerIn(k, roles) ? k : -1;
}

/** Officers who speak for an organisation, after its name's ’s ("Toyota’s spokesman", "the bank’s chief executive" aside). */
const OFFICERS: readonly string[] = "spokesman spokeswoman spokesperson chairman chairwoman ceo cfo".split(" ");


/** Letters after a name that make it a person's and are a role: "Jane Doe KC", "John Smith MP". */
const POST_NOMINALS = new Set("KC QC MP MEP MSP MS MLA TD OBE CBE MBE KBE DBE PhD".split(" "));
/** Titles of peers that, with a surname, make the name ("Lord Hale", "Baroness Hale"). */
const PEERAGE = new Set("lord lady baroness baron viscount earl".split(" "));
/** "Lady Justice", "Mr Justice", "Lord Justice": a judge's title. */
const COURTESY_BEFORE_JUSTICE = new Set("lord lady mr mr. mrs mrs. ms ms. madam".split(" "));
/** Organisation words that are never a surname: a name ending in one is an organisation. */
const ORG_HEADS = new Set(
  "shipping holdings industries airlines airways motors group corporation company bank ministry council committee commission agency authority association university foundation institute partners ventures systems technologies logistics resources pharmaceuticals insurance union federation confederation administration service board society alliance coalition".split(" "),
);

/** The indices of the capitalised words of `toks`, ascending. */
export function capitalisedWords(toks: Tokens): number[] {
  const out: number[] = [];
  for (let i = 0; i < toks.length; i++) if (toks.cap(i)) out.push(i);
  return out;
}

/** Articles inside names after a connector: "Bank of the West", "Pablo de la Cruz". */
const ARTICLES_OF_NAMES: readonly string[] = ["the", "la", "der", "den", "los"];

/**
 * "St Mary's Hospital", "Children's Hospital of Philadelphia", "King's College", "Women's Institute":
 * a saint's or a people's ’s inside an institution's name.
 */
function institutionAfterPossessive(toks: Tokens, last: number, next: number): boolean {
  // ("Amador County Sheriff’s Office", "the Coroner's Court": an office named after the one who holds it.)
  if (toks.cap(next) && toks.lowerIn(last, OFFICE_HOLDERS) && toks.lowerIn(next, HOLDERS_OFFICES)) return true;
  if (!toks.cap(next) || !toks.lowerIn(next, INSTITUTIONS_AFTER_POSSESSIVE)) return false;
  return toks.lowerIn(last, POSSESSIVES_IN_NAMES) || (last > 0 && toks.lowerIn(last - 1, SAINTS));
}
const OFFICE_HOLDERS: readonly string[] = ["sheriff", "coroner", "attorney", "prosecutor", "auditor", "controller", "comptroller", "treasurer", "assessor", "marshal", "mayor", "governor", "chancellor", "ombudsman", "registrar", "commissioner", "president"];
const HOLDERS_OFFICES: readonly string[] = ["office", "department", "court", "service", "services"];
// ("the Working People's Charter", "the People's Front", "the Women's Institute".)
const INSTITUTIONS_AFTER_POSSESSIVE = ["hospital", "hospitals", "medical", "college", "school", "church", "cathedral", "institute", "university", "clinic", "academy", "chapel", "abbey", "infirmary", "party", "bank", "museum", "theatre", "park", "square", "hall", "charter", "congress", "front", "movement", "alliance", "union", "assembly", "council", "association", "league", "trust", "federation", "forum", "coalition", "network", "commission", "liberation"];
/**
 * "Alzheimer's Society", "Parkinson's UK", "Alzheimer's Research UK": after a possessive of one
 * capitalised word that names no country or known entity, only words no name stands on alone.
 * The possessive is the name's first word, not its owner ("Russia's Foreign Ministry", "Google's
 * DeepMind" keep theirs).
 */
function genericAfterPossessive(toks: Tokens, last: number, next: number, kb: KbView): boolean {
  if (!toks.cap(next) || !toks.lowerIn(next, GENERIC_ORG_TAIL) || toks.plural(last) || (last > 0 && toks.cap(last - 1) && !toks.lowerIs(last - 1, "the"))) return false;
  let k = next;
  while (k < toks.length && toks.cap(k)) {
    if (!toks.lowerIn(k, GENERIC_ORG_TAIL)) return false;
    k++;
  }
  return unknownOwner(toks.at(last)!, kb);
}
/**
 * "Hawke’s Bay Regional Council", "Martha’s Vineyard": a place whose name holds a possessive, one
 * capitalised word that names no country or known entity before a place's last word.
 */
function placeAfterPossessive(toks: Tokens, last: number, next: number, kb: KbView): boolean {
  // (After a body's name too: "Federated Farmers Hawke’s Bay president Katie Lyall".)
  if (!toks.cap(next) || !toks.lowerIn(next, POSSESSIVE_PLACE_LAST) || toks.plural(last)) return false;
  return unknownOwner(toks.at(last)!, kb);
}
/** A possessive's word that names no people, country or known entity: the name's own first word, not its owner. */
function unknownOwner(owner: Token, kb: KbView): boolean {
  return !isDemonym(owner, kb) && kb.country(owner.text) === undefined && kb.lookup(owner.text).length === 0;
}
/** A place's last word after a possessive in its name ("Hawke’s Bay", "King’s Lynn"), not a city's or a park's ("Denver’s City Council"). */
const POSSESSIVE_PLACE_LAST: readonly string[] = ["bay", "vineyard", "lynn", "island", "islands", "cove", "creek", "landing", "harbour", "harbor", "reach", "head"];
const GENERIC_ORG_TAIL = ["society", "trust", "foundation", "research", "uk", "aid", "league", "association", "campaign", "alliance", "action", "fund", "care", "federation", "charity"];
const POSSESSIVES_IN_NAMES = ["children", "women", "men", "people", "king", "queen", "guy"];
const SAINTS = ["st", "st.", "saint"];

/**
 * Maximal runs of capitalised words, joined by connectors ("of the", "for", "de"). A run starts at
 * a capitalised word (`caps`: their indices, ascending) after the end of the previous run. "No." (a
 * number's sign: "Best Buy for the No. 2 spot") joins none.
 */
function chunks(toks: Tokens, caps: readonly number[], kb: KbView): Range[] {
  const out: Range[] = [];
  let i = 0;
  for (const c of caps) {
    if (c < i) continue;
    i = c;
    let last = i;
    // By the token columns: most neighbours of a run are never made into tokens.
    for (;;) {
      const next = last + 1;
      if (next >= toks.length) break;
      // ("Rally's Inc.", "McDonald's Corp.": a firm's name with its ’s goes on to its corporate suffix.)
      if (toks.possessive(last) && !(toks.plural(last) && toks.cap(next)) && !toks.lowerIn(next, CORPORATE_LIST) && !institutionAfterPossessive(toks, last, next) && !genericAfterPossessive(toks, last, next, kb) && !placeAfterPossessive(toks, last, next, kb)) break;
      if (toks.cap(next) && !toks.lowerIs(next, "no.")) {
        last++;
        continue;
      }
      // ("&" is a mark, not a word: "Procter & Gamble", "Marks & Spencer".)
      if ((toks.word(next) ? toks.is(next, W.CONNECTORS) && !toks.lowerIs(next, "the") : toks.markIs(next, 0x26)) && !toks.is(last, W.WEEKDAYS) && !toks.is(last, W.MONTHS)) {
        const second = last + 2;
        if (toks.cap(second) && !toks.is(second, W.MONTHS) && !toks.is(second, W.WEEKDAYS) && !toks.lowerIs(second, "no.")) {
          last += 2;
          continue;
        }
        if (!toks.lowerIs(next, "and") && toks.word(second) && toks.lowerIn(second, ARTICLES_OF_NAMES) && toks.cap(last + 3) && !toks.lowerIs(last + 3, "no.")) {
          last += 3;
          continue;
        }
      }
      // "The Committee to Protect Journalists", "the Campaign to Stop Killer Robots": a body named by its aim.
      if (toks.lowerIs(next, "to") && toks.lowerIn(last, AIM_BODIES) && toks.cap(next + 1) && toks.cap(next + 2)) {
        last += 2;
        continue;
      }
      break;
    }
    // A run longer than any name (a line of capitals, a list without commas) names nothing; its
    // splitting is quadratic in its length.
    if (last + 1 - i <= MAX_RUN) out.push({ from: i, to: last + 1 });
    i = last + 1;
  }
  return out;
}

/** Bodies named after their aim with "to": "Committee to Protect Journalists". */
const AIM_BODIES: readonly string[] = ["committee", "campaign", "coalition", "alliance", "movement", "council", "fund", "league", "foundation", "initiative", "commission", "partnership", "society"];

/** "Hartwell Research for the Sunday Chronicle" names two organisations. */
function splitOrgs(toks: Tokens, r: Range, kb: KbView): Range[] {
  // "Chrysler LLC Jim Press": a corporate suffix ends the company's name; so does an organisation's
  // word before a speaker's name ("… at Fort Pitt Capital Group Charlie Smith said").
  for (let i = r.from + 1; i < r.to - 1; i++) {
    const corporate = CORPORATE.has(toks.at(i)!.lower);
    if (!(corporate || (is(toks.at(i)!, W.ORG_WORDS) && !is(toks.at(i)!, W.AMBIGUOUS_ORG_WORDS))) || !toks.at(i + 1)!.cap) continue;
    const rest = toks.slice(i + 1, r.to);
    const personAfter = rest.length >= 2 && rest.length <= 3 && rest.every((w) => w.cap && personWord(w));
    // (Not after a title: "Head of Research Anna Berg said".)
    if (!corporate && !(personAfter && speakerAt(toks, r) && !is(toks.at(r.from)!, W.TITLES) && !is(toks.at(r.from)!, W.HEAD_TITLES) && rest.every((w) => !is(w, W.ORG_WORDS) && !is(w, W.AMBIGUOUS_ORG_WORDS) && !is(w, W.PLACE_LAST) && !is(w, W.EVENT_LAST)))) continue;
    if (personAfter || !is(toks.at(r.to - 1)!, W.ORG_WORDS)) return [{ from: r.from, to: i + 1 }, ...splitOrgs(toks, { from: i + 1, to: r.to }, kb)];
  }
  for (let i = r.from + 2; i < r.to - 1; i++) {
    const t = toks.at(i)!;
    if (t.cap || (t.lower !== "for" && t.lower !== "of")) continue;
    // "said Owen Pritchard of the Royal College of Nursing", "Keith Springer of Capital Financial
    // Advisory Services said": a speaker's name, then where the speaker is from (names with "of"
    // that speak are people's: "Joint Chiefs of Staff" stays whole).
    if (t.lower === "of") {
      // (Or, speaking or not, a person's name after a title, then a place: "Presidents Leonid
      // Kuchma of Ukraine and Boris Yeltsin of Russia".)
      const ofPlace = personOfPlace(toks, r, i, kb);
      if (!speakerAt(toks, r) && !ofPlace) continue;
      // (The titles before the name stay in its range: they are its roles.)
      let lf = r.from;
      // ("said Dr. Ines Carvalho of the University of Geneva": a speaker's title too, and a party
      // before it: "Republican Sen. Dale Price of Texas".)
      if (lf < i - 1 && partyOf(toks.at(lf)!) !== undefined && is(toks.at(lf + 1)!, W.TITLES)) lf++;
      while (lf < i && (is(toks.at(lf)!, W.TITLES) || PLURAL_TITLES.has(toks.at(lf)!.lower))) lf++;
      const left = toks.slice(lf, i);
      // (Particles inside: "said Prof. Mariana de Souza Lima of the National University of Singapore".)
      const capitals = left.filter((w) => w.cap).length;
      const leftPerson =
        capitals >= 2 &&
        capitals <= 3 &&
        left.length <= capitals + 2 &&
        left[0]!.cap &&
        left[left.length - 1]!.cap &&
        left.every((w) => (w.cap ? personWord(w) && !is(w, W.ORG_WORDS) && !is(w, W.AMBIGUOUS_ORG_WORDS) && !is(w, W.PLACE_LAST) && !is(w, W.PLACE_FIRST) && !is(w, W.TITLES) && !is(w, W.HEAD_TITLES) : NAME_PARTICLES.has(w.lower)));
      if (!leftPerson) continue;
      let j = i + 1;
      while (j < r.to && !toks.at(j)!.cap) j++;
      if (j === r.to) continue;
      return [{ from: r.from, to: i }, ...splitOrgs(toks, { from: j, to: r.to }, kb)];
    }
    if (i >= r.to - 2) continue;
    const before = toks.at(i - 1)!;
    const left = toks.slice(r.from, i).filter((w) => !is(w, W.FUNCTION_WORDS));
    const leftOrg = is(before, W.ORG_WORDS) && !is(before, W.AMBIGUOUS_ORG_WORDS);
    const leftPerson = left.length >= 2 && left.length <= 3 && left.every((w) => personWord(w) && !is(w, W.ORG_WORDS) && !is(w, W.AMBIGUOUS_ORG_WORDS) && !is(w, W.PLACE_LAST) && !is(w, W.PLACE_FIRST) && !is(w, W.TITLES));
    if (!leftOrg && !leftPerson) continue;
    if (leftOrg && toks.at(i + 1)?.lower !== "the") continue;
    let j = i + 1;
    while (j < r.to && !toks.at(j)!.cap) j++;
    const right = toks.slice(j, r.to);
    if (right.length < 2 || !is(right[right.length - 1]!, W.ORG_WORDS)) continue;
    return [{ from: r.from, to: i }, ...splitOrgs(toks, { from: j, to: r.to }, kb)];
  }
  return [r];
}

/** Whether the run is a speaker's name: a speech verb right before or after it, or "according to" before it. */
/**
 * Range `r` is a person's name of two or three words (after titles, or a title in the plural), then
 * "of" (at `i`) and either an organisation ("David Buik of BGC Partners commented") or, after a
 * title or "and", a place of one to three words ("Presidents Leonid Kuchma of Ukraine and Boris
 * Yeltsin of Russia", "Foreign Minister Sergei Lavrov of the Russian Federation").
 */
/** A count in words opening a name's run: "Twelve Americans", "Two Britons". */
const COUNT_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens|several|many|some|both|all)$/u;

/** What a body issues that reports: "a statement from X", "data from X". */
const STATEMENT_NOUNS: readonly string[] = ["statement", "statements", "data", "figures", "report", "letter", "release", "filing", "spokesman", "spokeswoman", "spokesperson", "estimates", "survey", "analysis"];

/** What a person makes as an artist ("theatre maker", "film maker"), unlike a firm ("toy maker"). */
const ART_MAKERS: ReadonlySet<string> = new Set(["theatre", "theater", "film", "documentary", "music", "dance", "art", "radio", "podcast", "game"]);

/** Institutions' last words that may also name a building ("school", "hospital"). */
const INSTITUTION_LAST: ReadonlySet<string> = new Set(["school", "college", "academy", "hospital", "clinic", "infirmary", "museum", "library"]);

function personOfPlace(toks: Tokens, r: Range, i: number, kb: KbView): boolean {
  let from = r.from;
  if (from < i - 1 && partyOf(toks.at(from)!) !== undefined && is(toks.at(from + 1)!, W.TITLES)) from++;
  const titled = PLURAL_TITLES.has(toks.at(from)!.lower) || is(toks.at(from)!, W.TITLES) || (toks.at(r.from - 1) !== undefined && toks.is(r.from - 1, W.TITLES));
  while (from < i && (is(toks.at(from)!, W.TITLES) || PLURAL_TITLES.has(toks.at(from)!.lower))) from++;
  const left = toks.slice(from, i);
  if (left.length < 2 || left.length > 3 || !left.every((w) => w.cap && personWord(w) && !is(w, W.ORG_WORDS) && !is(w, W.PLACE_LAST))) return false;
  const j = toks.lowerIs(i + 1, "the") ? i + 2 : i + 1;
  const right = toks.slice(j, r.to);
  if (right.length < 1 || !right.every((w) => w.cap || w.lower === "of" || w.lower === "and" || w.lower === "for")) return false;
  const last = right[right.length - 1]!;
  // ("Aarav Mehta of Delhi Public School": an institution where a person studies or works, though
  // its word may name a building too.)
  if (right.length >= 2 && ((is(last, W.ORG_WORDS) && !is(last, W.AMBIGUOUS_ORG_WORDS)) || INSTITUTION_LAST.has(last.lower))) return true;
  if (!titled && !toks.lowerIs(r.from - 1, "and")) return false;
  // ("Professor Marcus Bell of the University of Liverpool": a titled person of a body named with its place.)
  if (right.length <= 5 && right.some((w) => is(w, W.ORG_WORDS) && !is(w, W.AMBIGUOUS_ORG_WORDS))) return true;
  if (right.length > 3) return false;
  return kb.country(right.map((w) => w.text).join(" ")) !== undefined || right.every((w) => !is(w, W.ORG_WORDS) && !is(w, W.AMBIGUOUS_ORG_WORDS));
}

function speakerAt(toks: Tokens, r: Range): boolean {
  const before = toks.at(r.from - 1);
  // (Past an acronym in brackets: "… of the Indonesian Forum for the Environment (WALHI) said".)
  const to = toks.markIs(r.to, 0x28) && toks.acronym(r.to + 1) && toks.markIs(r.to + 2, 0x29) ? r.to + 3 : r.to;
  const after = toks.at(to);
  if ((before !== undefined && is(before, W.SPEECH_LIKE)) || (after !== undefined && is(after, W.SPEECH_LIKE))) return true;
  return toks.lowerIs(r.from - 1, "to") && toks.lowerIs(r.from - 2, "according");
}

/** "asked Congress for Tanzania and Kenya …": a known name, then a country, are two names. */
function splitKnown(source: string, toks: Tokens, r: Range, kb: KbView): Range[] {
  for (let i = r.from + 1; i < r.to - 1; i++) {
    const t = toks.at(i)!;
    if (t.cap || (t.lower !== "for" && t.lower !== "of")) continue;
    const left = source.slice(toks.at(r.from)!.start, toks.at(i - 1)!.end);
    // "Vice Chairman of Chrysler": a title, then the organisation.
    const leftWords = toks.slice(r.from, i);
    if (leftWords.every((w) => is(w, W.TITLES) || is(w, W.FUNCTION_WORDS)) && leftWords.some((w) => is(w, W.HEAD_TITLES)) && splitTitle(toks, r.from, r.to, kb) === undefined) {
      return [{ from: r.from, to: i }, { from: i + 1, to: r.to }];
    }
    const named = leftWords.filter((w) => !is(w, W.FUNCTION_WORDS));
    const known = kb.lookup(left).length > 0 || (t.lower === "for" && named.length >= 2 && named.some((w) => is(w, W.ORG_WORDS)));
    if (!known || kb.country(toks.at(i + 1)!.text) === undefined) continue;
    if (kb.lookup(source.slice(toks.at(r.from)!.start, toks.at(r.to - 1)!.end)).length > 0) continue;
    return [{ from: r.from, to: i }, { from: i + 1, to: r.to }];
  }
  return [r];
}

/** The last words of companies' names (of a council's or a ministry's the words before may be joined by "and"). */
export const COMPANY_HEADS: ReadonlySet<string> = new Set("motor motors airlines airways holdings industries group corporation corp corp. company co co. inc inc. ltd ltd. plc".split(" "));

/** Ends like a plural ("farmers", "merchants"), not like "Siemens"… (the test is a guess either way). */
// (No English plural ends in a consonant, then "ys": "Infosys" is a name, "days", "surveys" plurals.)
export const pluralLike = (lower: string): boolean => lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is") && !/[^aeiouy]ys$/u.test(lower);

/** Posts held of a town or a province: "mayor of", "governor of". */
const POSTS_OF_PLACES: readonly string[] = ["mayor", "mayors", "mayoress", "governor", "governors"];

/** Lists whose words open the names of organisations, offices and places ("Committee on", "Bank of", "Port of"). */
const NAME_OPENERS = W.ORG_WORDS | W.ORG_NOUNS | W.THING_NOUNS | W.PLACE_NOUNS | W.TITLES | W.HEAD_TITLES | W.ROLE_NOUNS | W.PLACE_FIRST | W.EVENT_FIRST;

/**
 * The sentence's first word, at `i`, is a common noun before "on" ("Trading on Russia’s markets"),
 * a plural or a gerund before "of" and a name without "the" ("Shares of Apple Inc."; not "Friends
 * of the Earth"), or a singular noun of no list before "for" ("Stock for the Procter & Gamble
 * company"; not "Physicians for Human Rights"): no word of the name after it.
 */
function commonNounOpener(toks: Tokens, i: number): boolean {
  if (!toks.initial(i)) return false;
  const on = toks.lowerIs(i + 1, "on");
  const of = !on && toks.lowerIs(i + 1, "of");
  const fr = !on && !of && toks.lowerIs(i + 1, "for");
  if (!on && !of && !fr) return false;
  const w = toks.at(i)!.lower;
  // (A gerund of the lists, "Trading", opens no name before "on" or "of" either.)
  const gerund = w.endsWith("ing");
  if (!gerund && (toks.bits(i) & NAME_OPENERS) !== 0) return false;
  if (on) return true;
  // "Stock for the Procter & Gamble company", not "Physicians for Human Rights".
  if (fr) return gerund || (!pluralLike(w) && toks.bits(i) === 0);
  // ("Friends of the Earth" is a name; "Members of the GMB union", "Supporters of the Labour Party"
  // are people of an organisation, named after "the".)
  return (gerund || pluralLike(w)) && (!toks.lowerIs(i + 2, "the") || SOURCE_NOUNS.has(w));
}

/** Where the name after a `commonNounOpener` at `i` starts: past the noun, its preposition and a "the". */
const pastOpener = (toks: Tokens, i: number): number => (toks.lowerIs(i + 2, "the") ? i + 3 : i + 2);

/** Is there an "and" among the tokens [from, to)? */
function hasAnd(toks: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (toks.lowerIs(k, "and")) return true;
  return false;
}

/** "Zelensky and Trump" are two names; "Coffee and Cocoa Council" is one. */
function splitAnd(toks: Tokens, r: Range, kb: KbView): Range[] {
  // ("Marks and Spencer", "Bosnia and Herzegovina", "Fisheries and Oceans Canada": one known name.)
  let first = r.from;
  while (first < r.to - 1 && toks.at(first)!.initial && is(toks.at(first)!, W.FUNCTION_WORDS)) first++;
  if (r.to - first >= 3 && hasAnd(toks, first, r.to)) {
    const whole = toks.slice(first, r.to).map((x) => x.text).join(" ");
    if (kb.lookup(whole).length > 0 || kb.country(whole) !== undefined) return first > r.from ? [{ from: first, to: r.to }] : [r];
  }
  const out: Range[] = [];
  let from = r.from;
  for (let i = r.from; i < r.to; i++) {
    const t = toks.at(i)!;
    if (t.lower !== "and" || t.cap) continue;
    let lf = from;
    while (lf < i && toks.at(lf)!.initial && is(toks.at(lf)!, W.FUNCTION_WORDS)) lf++;
    // ("Shares of Honda and Nissan Motor Co.": the name starts after the opener.)
    if (lf === r.from && lf + 2 < i && commonNounOpener(toks, lf)) lf = pastOpener(toks, lf);
    // ("U.S. Immigration and Naturalization Service": a country's name or demonym before the words
    // "and" joins is no part of what it joins.)
    while (lf < i - 1 && (kb.country(toks.at(lf)!.text) !== undefined || kb.demonym(toks.at(lf)!.text) !== undefined)) lf++;
    const left = toks.slice(lf, i);
    const right = toks.slice(i + 1, r.to);
    // The right side's last word before an acronym or a corporate suffix: "Space Company EADS N.V.".
    let rightEnd = right.length;
    while (rightEnd > 1 && (right[rightEnd - 1]!.acronym || CORPORATE.has(right[rightEnd - 1]!.lower))) rightEnd--;
    const leftHasOf = left.some((x) => x.lower === "of" || x.lower === "for" || x.lower === "on");
    const leftOrg = left.some((x) => is(x, W.ORG_WORDS));
    const rightOrgEnd = right.length > 0 && is(right[rightEnd - 1]!, W.ORG_WORDS);
    const leftKnown = kb.lookup(left.map((x) => x.text).join(" ")).length > 0;
    // "Energy and Petroleum Regulatory Authority", "Aeronautic Defence and Space Company": the words
    // before "and" are no complete name of their own (no organisation head at their end, no acronym,
    // not a person's name) and the whole run ends in an organisation's head noun.
    const leftLast = left[left.length - 1];
    // (A head noun alone is no name: "Securities and Exchange Commission".)
    const leftComplete = leftKnown || left.some((x) => x.acronym) || (left.length >= 2 && is(leftLast!, W.ORG_WORDS) && !is(leftLast!, W.AMBIGUOUS_ORG_WORDS)) || (left.length >= 2 && left.every((x) => personWord(x)));
    const rightHead = rightEnd >= 2 && ORG_HEADS.has(right[rightEnd - 1]!.lower) && !kb.lookup(right.map((x) => x.text).join(" ")).length;
    // "Bank of America Corp. and JPMorgan Chase": a corporate suffix closes the first name;
    // "Apple and Apple Corps": two names that begin alike are two names.
    const closed = leftLast !== undefined && CORPORATE.has(leftLast.lower);
    const alike = left.length > 0 && right.length > 0 && left[0]!.lower === right[0]!.lower;
    if (closed || alike) {
      out.push({ from, to: i });
      from = i + 1;
      continue;
    }
    // "Coffee and Cocoa Council", "Farmers and Merchants Bank": one word before "and" that names no
    // company of its own. Before a company's name of two words, a word of no list that is no plural
    // is one ("rivals Toyota and General Motors").
    const companyAfter = rightEnd >= 2 && COMPANY_HEADS.has(right[rightEnd - 1]!.lower) && left.length === 1 && wordBits(left[0]!.lower) === 0 && !pluralLike(left[0]!.lower);
    // "Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia": after a title in the plural, two people.
    const plural = PLURAL_TITLES.has(toks.at(r.from)!.lower) || (r.from + 1 < i && PLURAL_TITLES.has(toks.at(r.from + 1)!.lower));
    const keep = !plural && (leftHasOf || (rightOrgEnd && !leftOrg && !leftKnown && left.length === 1 && !left[0]!.acronym && !companyAfter) || (rightHead && left.length > 0 && !leftComplete && !companyAfter));
    if (keep) continue;
    out.push({ from, to: i });
    from = i + 1;
  }
  out.push({ from, to: r.to });
  return out.filter((x) => x.to > x.from);
}

function classify(source: string, s: SentenceTokens, r0: Range, kb: KbView, extra: Candidate[]): Candidate | undefined {
  const toks = s.tokens;
 let from = r0.from;
  let to = r0.to;
  // Sentence openers: "The Kremlin", "In January", "But Trump".
  // ("Mr", "Mrs", "Ms" open a sentence as titles of the name after them, not as openers.)
  // (By the token columns.)
  // ("Police Scotland said": a name the knowledge base knows whole keeps its first word.)
  const knownWhole = from + 1 < to && toks.lowerIs(from, "police") && kb.lookup(source.slice(toks.start(from), toks.end(to - 1))).length > 0;
  while (!knownWhole && from < to && (((toks.initial(from) || from > r0.from) && ((toks.is(from, W.FUNCTION_WORDS) && !(toks.possessive(from) && from + 1 < to) && !(toks.lowerIn(from, HONORIFICS) && from + 1 < to)) || (toks.initial(from) && (toks.is(from, W.SPEECH_VERBS) || toks.is(from, W.ACT_VERBS))))) || ((toks.is(from, W.WEEKDAYS) || (toks.is(from, W.MONTHS) && !monthAsGivenName(toks, from, to))) && !toks.is(to - 1, W.ORG_WORDS)))) from++;
  // "Officials of the European Commission said": no name starts with the connector after such an
  // opener ("First of America Bank Corp." keeps its "of").
  if (from > r0.from && toks.lowerIn(from - 1, GROUP_NOUNS)) while (from < to - 1 && !toks.cap(from) && toks.lowerIn(from, LEADING_CONNECTORS)) from++;
  // "Shares of Apple Inc. rose", "Trading on Russia’s markets", "Volume on the New York Stock
  // Exchange": a noun of no list opening the sentence (a plural or a gerund before "of"; any before
  // "on") is no part of the name after it.
  if (from === r0.from && to - from >= 3 && commonNounOpener(toks, from) && kb.lookup(source.slice(toks.start(from), toks.end(to - 1))).length === 0) from = pastOpener(toks, from);
  // "President Bill Clinton Saturday": a trailing weekday or month is no part of a name.
  // ("The World Court Friday rejected …", wire copy's day before the verb: a weekday after an
  // organisation's word too; a month there may be the name's: "… Movement of April".)
  while (to - 1 > from && (toks.is(to - 1, W.WEEKDAYS) || (toks.is(to - 1, W.MONTHS) && !toks.is(to - 2, W.ORG_WORDS)))) to--;
  // "iPod Shuffle", "iTunes Music Store": the rest of a product's name after its brand.
  if (from === r0.from && iBrand(source, toks, from - 1)) return undefined;
  // "Air France Flight 447", "Adam Air Flight 574": the flight is no actor; the airline before it is.
  const airline = to - 1 > from && toks.lowerIs(to - 1, "flight") && startsWithDigit(toks.at(to)?.text);
  if (airline) to--;
  if (from >= to) return undefined;
  // "On X, the company posted", "wrote on Facebook that": where a message went, no actor.
  if (to - from <= 2 && toks.lowerIn(from - 1, PLATFORM_BEFORE) && PLATFORMS.has(source.slice(toks.start(from), toks.end(to - 1)))) return undefined;
  // "AU$52.5 million", "US$3": a currency prefix, not an acronym.
  if (to - from === 1 && toks.end(from) - toks.start(from) <= 3 && source.charCodeAt(toks.end(from)) === 0x24) return undefined;
  // "Jane Doe KC", "John Smith MP": a post-nominal ends a person's name and is a role.
  let postNominal: string | undefined;
  // ("Dame Sarah Jones MP": a title before the name too.)
  if (to - from >= 3 && POST_NOMINALS.has(toks.at(to - 1)!.text) && toks.slice(from, to - 1).every((w, i) => (i === 0 && to - from >= 4 && is(w, W.TITLES)) || (w.cap && personWord(w) && !w.acronym && !is(w, W.ORG_WORDS) && !is(w, W.TITLES)))) {
    postNominal = toks.at(to - 1)!.text;
    to--;
  }
  // "Chipmaker Nvidia said", "Rival Northpoint Launch said": the firm's kind opening the sentence is
  // no part of its name (the name after it is an organisation's: see context()).
  if (from === r0.from && to - from >= 2 && toks.initial(from) && toks.lowerIn(from, FIRM_KINDS)) from++;
  // "Seventeen-year-old Aarav Mehta": an age before the name is no part of it.
  if (to - from >= 2 && toks.lowerEndsWith(from, "-year-old")) from++;
  // "Neighbouring Mozambique", "Embattled Boeing": an opening participle before a name the knowledge base knows.
  if (to - from >= 2 && toks.at(from)!.initial && participle(toks.at(from)!.text) && kb.lookup(source.slice(toks.at(from + 1)!.start, toks.at(to - 1)!.end)).length > 0) from++;
  // "Measure H", "Proposition 8": a ballot measure, no actor.
  if (to - from <= 2 && toks.lowerIn(from, BALLOT_WORDS) && (to - from === 1 ? /^(?:[A-Z]|\d{1,3})$/u.test(toks.at(to)?.text ?? "") : /^[A-Z]$/u.test(toks.at(from + 1)!.text))) return undefined;
  // "Her memoir, Open Hearts, will be published": a work's title in apposition to its noun.
  if (toks.at(from - 1)?.text === "," && toks.lowerIn(from - 2, WORK_NOUNS) && !toks.cap(from - 2) && toks.at(to)?.text === ",") return undefined;
  // "Class B shares", "Series A", "Band D households", "Plan B", "Vitamin D": a noun and a letter
  // name no one ("Malcolm X", a given name, does; so does "Mr T", a title).
  if (to - from === 2 && /^[A-Z]$/u.test(toks.at(from + 1)!.text) && !personalName(toks.at(from)!.lower) && !is(toks.at(from)!, W.TITLES)) return undefined;
  // "Airbus A330", "Boeing 787 Dreamliner": a maker's name with a model number names a product; only the maker is a name.
  for (let k = from + 1; k < to; k++) if (modelCode(toks.at(k)!.text)) to = k;
  const first = toks.at(from)!;
  const initial = first.initial;
  const words = toks.slice(from, to);
  if (words.every((w) => is(w, W.MONTHS) || is(w, W.WEEKDAYS) || w.lower === "day" || nameSuffix(w.text))) return undefined;
  // "the Standard & Poor’s 500": a firm's name with its ’s and a number name an index (not "Boeing’s 747").
  if (toks.possessive(to - 1) && words.some((w) => w.text === "&")) {
    const n = toks.at(to);
    if (n !== undefined && /^\d{2,4}$/u.test(n.text) && toks.end(to - 1) + 3 >= n.start && !n.text.startsWith("19") && !n.text.startsWith("20")) return undefined;
  }
  const inQuote = s.quoted[from] === true;
  const lastTok = toks.at(to - 1)!;
  const roles: string[] = [];
  if (postNominal !== undefined) roles.push(postNominal);
  // A minister's portfolio: "the Minister of Finance, Wale Edun", "the Minister of the Environment
  // and Climate Change" (no organisation "Finance"; the ministry is named as one: "Ministry of Finance").
  {
    let k = from - 1;
    if (toks.lowerIs(k, "the")) k--;
    if (toks.lowerIs(k, "of") && !toks.cap(k) && toks.lowerIn(k - 1, PORTFOLIO_TITLES) && kb.country(words.map((w) => w.text).join(" ")) === undefined) return undefined;
  }
  const ctx = context(s, from, to);
  // A stock index names no actor, unless it speaks: "S&P said" is the rating agency, "Dow Jones
  // said" the publisher (an organisation, as the knowledge base knows it or not).
  const indexName = marketIndex(words);
  if (indexName && !ctx.speaks && !ctx.speaker) return undefined;
  // "MacBook Pro", "iPod Shuffle", "Intel Core Duo": a product's model word ends the name, and a
  // product neither speaks nor acts as a person or an organisation does.
  if (words.length >= 2 && PRODUCT_LAST.has(lastTok.text) && !ctx.speaks && !ctx.speaker) return undefined;
  const base = { sentence: s.index, initial, inQuote, acts: ctx.acts, possessive: toks.at(r0.to - 1)!.possessive, actsStrongly: ctx.actsStrongly || ctx.speaks || ctx.speaker, speaks: ctx.speaks };
  const make = (f: number, guess: Guess, strong: boolean, kbEntry?: Entry, gender?: "m" | "f", country?: string): Candidate => {
    const span = { start: toks.at(f)!.start, end: lastTok.end };
    // The name's text as looked up below when it is the same (the string, with its hash, made once).
    const text = f === from && plainText ? nameText : source.slice(span.start, span.end);
    // One flat literal: this runs for every name of the text.
    return {
      sentence: base.sentence,
      initial: base.initial,
      inQuote: base.inQuote,
      acts: base.acts,
      possessive: base.possessive,
      actsStrongly: base.actsStrongly,
      speaks: base.speaks,
      span,
      text,
      key: text === nameText ? facts.key : norm(text),
      wordCount: to - f,
      // A token's `lower` is `lowerOf` of its text; a name of one token is that token's text.
      lower: to - f === 1 && toks.at(f)!.text === text ? toks.at(f)!.lower : lowerOf(text),
      lowerFirst: toks.at(f)!.lower,
      // ("Pope Leo XIV", "King Charles III": the name before a regnal number is the one used alone.)
      lowerLast: to - f >= 2 && REGNAL.test(lastTok.text) ? toks.at(to - 2)!.lower : lastTok.lower,
      guess,
      strong,
      roles: roles.length === 0 ? (ctx.roles.length === 0 ? NO_ROLES : ctx.roles) : ctx.roles.length === 0 ? roles : [...roles, ...ctx.roles],
      kb: kbEntry,
      gender,
      acronym: ctx.acronym,
      country,
      party: undefined,
      canonical: undefined,
      employer: false,
      andBefore: to - f === 1 ? andBefore(toks, f) : undefined,
      andAfter: to - f === 1 ? andAfter(toks, f) : undefined,
    };
  };
  // The source's own text of the words (`plainText`) when single spaces lie between them, as almost always.
  const plainText = words.length === 1 || singleSpaced(source, words);
  // The knowledge base's entries for the name, its key and its demonym, at once (for the source's
  // own text, with the text: a name met before is neither sliced nor hashed again).
  const named = plainText ? kb.namedAt(source, first.start, lastTok.end) : undefined;
  const nameText = named !== undefined ? named.text : words.map((w) => w.text).join(" ");
  const text = nameText;

  // What the knowledge base knows wins.
  const facts = named !== undefined ? named.facts : kb.named(text);
  // "The Australian government", "an Australian spokesman", "Hindu nationalists": a title of "The"
  // and one word ("The Australian", "The Independent", "The Hindu", "The Hill") names the paper only
  // right after "the" and not before a noun, unless a paper's ("the Guardian newspaper", "The Hill
  // reporter").
  const known = facts.entries.length > 0 && !asPaper(toks, from, to, ctx.followedByNoun) ? facts.entries.filter((e) => !theAndOneWord(e.name, facts.key)) : facts.entries;
  // "eight East African countries": a region's adjective before a noun, not the newspaper "The East African".
  if (words.length >= 2 && isDemonym(lastTok, kb) && words.slice(0, -1).every((w) => COMPASS.has(w.lower)) && ctx.followedByNoun && !ctx.acts) return undefined;
  if (known.length > 0) {
    const e = pick(known);
    if (e.type === "event") return undefined;
    if (e.type === "country") {
      // "the Kremlin", "the White House", "Downing Street": the institution, not the country.
      const seat = e.seatsOfGovernment.find((x) => norm(x) === facts.key && INSTITUTION.test(x));
      if (seat) {
        // The mention keeps its article when the institution's name has one: "the Kremlin".
        const det = toks.at(from - 1);
        const c = make(from, "organization", !inQuote);
        const span = /^the\s/iu.test(seat) && det?.lower === "the" ? { start: det.start, end: c.span.end } : c.span;
        const seatText = source.slice(span.start, span.end);
        return { ...c, span, text: seatText, key: norm(seatText), lower: lowerOf(seatText), country: e.name, canonical: seat.replace(/^the\s+/iu, "") };
      }
      const acting = (ctx.acts && !ctx.placeContext) || ctx.speaker;
      // A capital named as a place ("between the desert and Santiago") is not the country acting.
      if (!acting && facts.key !== norm(e.name) && !e.variants.some((v) => norm(v) === facts.key) && !e.demonyms.some((v) => norm(v) === facts.key)) return undefined;
      return make(from, "country", acting, e);
    }
    if (e.type === "organization" && ctx.placeContext && facts.key !== norm(e.name) && !e.acronyms.some((x) => norm(x) === facts.key)) return undefined;
    return make(from, e.type, true, e);
  }

  if (airline || indexName) return make(from, "organization", !inQuote);
  // "the A380", "the 787 Dreamliner": a model, or a model's name after its number, is a product
  // (unless it speaks: "G4S said").
  if (!ctx.speaks && !ctx.speaker && (modelCode(first.text) || (from === r0.from && modelNumber(source, toks, from - 1)))) return undefined;
  if (!ctx.speaks && !ctx.speaker && words.length >= 2 && to === r0.to) {
    // "four Rolls-Royce Trent 900 engines": a name of two words or more before a model number and
    // a product's noun is the product (the maker alone, "Boeing 787 aircraft", stays a name).
    if (modelNumber(source, toks, to) && toks.word(to + 1) && PRODUCT_NOUNS.has(toks.at(to + 1)!.lower)) return undefined;
    // "the Grand Marquis cars": so is such a name right before a product's noun in the plural, when
    // no word of it is an organisation's ("Tata Motors vehicles" is the firm's).
    if (toks.word(to) && !toks.cap(to) && PRODUCT_PLURALS.has(toks.at(to)!.lower) && !words.some((w) => is(w, W.ORG_WORDS) || is(w, W.AMBIGUOUS_ORG_WORDS))) return undefined;
  }
  // "Changi International Airport", "Union Station": a place's word at its end makes a name with an
  // organisation's word in it a place, unless it speaks ("Downing Street said").
  if (words.length > 1 && VENUE_LAST.has(lastTok.lower) && !ctx.speaks && !ctx.speaker && !ctx.orgContext) return make(from, "place", false);
  // Titles: "Ukrainian President Volodymyr Zelensky", "Dr. Katrin Huber", "Commissioner for Competition Neelie Kroes".
  const titled = splitTitle(toks, from, to, kb);
  if (titled !== undefined) {
    const p = titled.end;
    roles.push(source.slice(toks.at(titled.start)!.start, toks.at(p)!.end));
    const prefix = toks.slice(from, p + 1);
    const gender = prefix.some((w) => MALE.has(w.lower)) ? "m" : prefix.some((w) => FEMALE.has(w.lower)) ? "f" : undefined;
    const kn = kb.person(source.slice(toks.at(p + 1)!.start, lastTok.end));
    const c = make(p + 1, "person", !inQuote || kn !== undefined, kn, gender);
    // "Apple Computer CEO Steve Jobs", "Toyota President Akio Toyoda": a company's name before a
    // company's title is an organisation of its own.
    const employer = titled.start === from ? employerBefore(toks, titled.start, p, kb) : undefined;
    if (employer !== undefined) extra.push(employerCandidate(source, toks, employer, kb, base));
    // "Lady Justice Pemberton", "Lord Hale": a judge's or peer's title with a surname alone is the name.
    // ("Mr" may have been left out as a sentence's first word: look at the token itself.)
    if (p + 1 === to - 1 && !kn && (PEERAGE.has(toks.at(p)!.lower) || (toks.at(p)!.lower === "justice" && p > 0 && COURTESY_BEFORE_JUSTICE.has(toks.at(p - 1)!.lower)))) {
      const start = toks.at(p)!.lower === "justice" ? toks.at(p - 1)!.start : toks.at(p)!.start;
      return { ...c, canonical: source.slice(start, lastTok.end) };
    }
    return c;
  }
  // A party before a title: "the sitting Conservative MP".
  if (words.length === 2 && is(lastTok, W.HEAD_TITLES) && PARTIES[first.lower] !== undefined && !inQuote) {
    const party = PARTIES[first.lower]!;
    extra.push(organisation(base, { span: { start: first.start, end: first.end }, text: first.text, key: norm(first.text), wordCount: 1, lower: first.lower, lowerFirst: lowerOf(party), lowerLast: lowerOf(party), strong: true, party }));
    return undefined;
  }
  // "Apple Computer CEO and co-founder Steve Jobs": a company's title after its name, the person further on.
  if (words.length >= 2 && COMPANY_TITLES.has(lastTok.lower)) {
    const employer = employerBefore(toks, from, to - 1, kb);
    if (employer !== undefined) {
      extra.push(employerCandidate(source, toks, employer, kb, base));
      return make(from, "title", false);
    }
  }
  // A title alone: "the President", "Ukrainian President", "Treasury Secretary".
  const titleOnly =
    is(lastTok, W.HEAD_TITLES) &&
    (lastTok.lower !== "general" || (words.length > 1 && is(words[words.length - 2]!, W.TITLES))) &&
    // "Martin Luther King" is a name; "White House Press Secretary" a role.
    words.slice(0, -1).every((w) => is(w, W.TITLES) || w.acronym || isDemonym(w, kb) || is(w, W.ORG_WORDS) || kb.lookup(w.text).length > 0 || !personWord(w)) &&
    (words.length < 2 || !words.slice(0, -1).every((w) => personWord(w) && !is(w, W.TITLES) && kb.lookup(w.text).length === 0) || words.length === 1);
  // "the Apple Chief Executive Officer": after a determiner, an organisation's name before a title
  // of two words or more is that title's, not a name of its own.
  const ownedTitle = !titleOnly && ctx.determiner && words.length >= 3 && is(lastTok, W.HEAD_TITLES) && is(words[words.length - 2]!, W.TITLES);
  if (titleOnly || ownedTitle) {
    // "the President of France": the office of a country (`Candidate.country`).
    return make(from, "title", false, undefined, undefined, toks.lowerIs(to, "of") ? countryAfter(source, toks, to + 1, kb) : undefined);
  }
  // "The New York Times", "The Register": a capital "The" inside a sentence belongs to a title.
  if (!toks.at(r0.from)!.initial && toks.at(r0.from)!.text === "The" && from > r0.from) {
    return make(r0.from, "organization", !inQuote);
  }

  const orgWord = words.some((w) => is(w, W.ORG_WORDS) && !is(w, W.AMBIGUOUS_ORG_WORDS) && w.cap);
  const ambiguousOrg = words.some((w) => is(w, W.AMBIGUOUS_ORG_WORDS));
  const hasOf = words.some((w) => w.lower === "of" || w.lower === "for");
  // ("Board of Elections", "Court of Awards": a body named for what it handles is no event.)
  const bodyOf = words.length >= 3 && (words[words.length - 2]!.lower === "of" || words[words.length - 2]!.lower === "for") && is(words[words.length - 3]!, W.ORG_WORDS);
  // ("Severe Tropical Storm Kristine", "Super Typhoon Ragasa": a storm's grade before its kind; not
  // "the National Hurricane Center".)
  // (An initiative or a festival that speaks is its organisers: "Paradigm Initiative, a digital rights
  // group, said", "Africa International Film Festival (AFRIFF) said".)
  const speakingBody = (lastTok.lower === "initiative" || lastTok.lower === "festival") && (ctx.speaks || ctx.speaker || ctx.orgAppositionClosed || ctx.acronym !== undefined);
  if (words.length > 1 && ((is(lastTok, W.EVENT_LAST) && !bodyOf && !speakingBody) || is(first, W.EVENT_FIRST) || (words.length > 2 && (WEATHER.has(words[1]!.lower) || WEATHER.has(words[2]!.lower)) && !is(lastTok, W.ORG_WORDS) && !is(lastTok, W.ORG_NOUNS)))) return undefined;
  if (speakingBody && words.length > 1 && !inQuote) return make(from, "organization", true);
  // "said Jim Press, the Vice Chairman": a role for a person outweighs an organisation word at the end.
  const personRole = ctx.roles.length > 0 && !ctx.orgContext && words.length <= 3 && words.slice(0, -1).every((w) => !is(w, W.ORG_WORDS) && personWord(w)) && personWord(lastTok) && !ORG_HEADS.has(lastTok.lower);
  if (orgWord && words.length > 1 && personRole && !hasOfWord(words)) return make(from, "person", !inQuote);
  if (orgWord && words.length > 1) return make(from, "organization", true);
  // "Procter & Gamble", "Standard & Poor’s": an ampersand joins the names of a firm.
  if (words.length > 2 && words.some((w) => w.text === "&")) return make(from, "organization", !inQuote);
  if (orgWord) return make(from, "organization", !initial && ctx.actsStrongly && !inQuote);
  // "Tom Hill said", "Tom Hall said": a given name and a surname that is also a place's or a building's word.
  if (words.length === 2 && !ctx.placeContext && !ctx.orgContext && !inQuote && (ctx.speaks || ctx.speaker || ctx.roles.length > 0) && toks.lowerIn(to - 1, SURNAME_PLACES) && personWord(first) && !is(first, W.PLACE_FIRST) && kb.lookup(first.text).length === 0 && kb.country(first.text) === undefined) return make(from, "person", true);
  if (ambiguousOrg && words.length > 1 && (hasOf || ctx.acts || ctx.orgContext)) return make(from, "organization", true);
  // "the port of Harwick": a place, and no short name of an organisation named after it ("Harwick Port Workers’ Union").
  if (words.length === 1 && ctx.placeOf) return undefined;
  const placeLike =
    (words.length > 1 && (is(lastTok, W.PLACE_LAST) || is(first, W.PLACE_FIRST))) || ambiguousOrg || ctx.placeContext;
  if (placeLike) {
    // ("her company, Hive Street, …": a firm named after a street, in apposition to its kind.)
    // ("The Public Interest Advocacy Centre, a consumer group, said": an organisation's noun in apposition.)
    if ((ctx.speaks || ctx.firmApposed || ctx.orgAppositionClosed) && words.length > 1 && !inQuote && !ctx.placeContext) return make(from, "organization", true);
    return make(from, "place", false);
  }
  // (A name of one word is the text looked up above: its demonym is known already.)
  if (words.length === 1 ? is(first, W.DEMONYMS) || facts.demonym !== undefined : words.every((w) => isDemonym(w, kb))) return undefined;
  // "Muslims", "Roman Catholic bishops", "Ethnic Albanians", "Rwanda Hutus": a people, a faith or its
  // believers, not an actor (a name the knowledge base knows was taken above: "Muslim Brotherhood").
  if (aPeople(words, kb)) return undefined;
  if (words.length === 1 && is(first, W.REGIONS)) return make(from, "place", false);
  // "Sen. Lisa Murkowski of Alaska", "flew to Chicago": a state, province or city that does not act.
  // (A verb in the past after it is the state acting: "Texas sued"; after "of", what follows is the
  // person's doing: "Jane Smith of Chicago said".)
  const placeActs = ctx.acts || ctx.speaks || ctx.speaker || (toks.word(to) && !toks.cap(to) && toks.lowerEndsWith(to, "ed"));
  if (words.length <= 4 && (!placeActs || toks.lowerIs(from - 1, "of")) && !lastTok.possessive && PLACES.has(words.map((w) => w.lower).join(" "))) {
    return make(from, "place", false);
  }

  // Acronyms: known, defined in the text, or acting on their own ("a local TV said": a common noun's).
  if (words.length === 1 && GENERIC_ACRONYMS.has(first.text)) return undefined;
  if (words.length === 1 && first.acronym) {
    // ("GMB organiser Lynn Carr said": a role held in it, then a name.)
    // ("SLB, the oilfield services company, said": an apposition names it.)
    const strong = (ctx.acts || first.possessive || ctx.orgContext || ctx.orgAppositionClosed || orgRoleAfter(toks, to)) && !inQuote && !first.text.includes(".");
    return make(from, "organization", strong);
  }

  // "the Conservative Tom Ashby".
  let f = from;
  while (f < to - 2 && (is(toks.at(f)!, W.PARTY_WORDS) || isDemonym(toks.at(f)!, kb) || kb.country(toks.at(f)!.text) !== undefined)) f++;
  // ("Kenya Red Cross secretary general Ahmed Idris": a known body's branch in a country, named by
  // the country, is an organisation; "Russian Gazprom" is Gazprom.)
  if (f === from + 1 && kb.country(toks.at(from)!.text) !== undefined && kb.lookup(source.slice(toks.at(f)!.start, lastTok.end)).some((e) => e.type === "organization")) return make(from, "organization", !inQuote);
  if (f > from) {
    roles.push(toks.slice(from, f).map((w) => w.text).join(" "));
    const party = partyOf(toks.at(from)!);
    if (party) extra.push(organisation(base, { span: { start: toks.at(from)!.start, end: toks.at(from)!.end }, text: toks.at(from)!.text, key: norm(toks.at(from)!.text), wordCount: 1, lower: toks.at(from)!.lower, lowerFirst: lowerOf(party), lowerLast: lowerOf(party), strong: !inQuote, party }));
    ctx.determiner = false;
    ctx.modifier = false;
  }
  const name = toks.slice(f, to);

  // "Toyota’s spokesman said", "Acme Widgets’ chairman": a name whose officer speaks is an organisation's.
  if (!inQuote && base.possessive && roleAt(toks, to, OFFICERS) >= 0) return make(f, "organization", true);
  // "CEO of Boeing Commercial Airplanes said": a company's title, then the organisation it is held in
  // (not a country: "President of France").
  if (name.length >= 3 && OF_TITLES.has(name[0]!.lower) && (name[1]!.lower === "of" || name[1]!.lower === "at") && name[2]!.cap) {
    const rest = source.slice(name[2]!.start, lastTok.end);
    if (kb.country(rest.replace(/^the\s+/iu, "")) === undefined && kb.lookup(rest).length === 0) return make(f + 2, "organization", !inQuote);
  }
  if (name.length >= 2) {
    // "Paradigm Initiative, a digital rights group, said": an apposition names it an organisation (no given name opens it).
    if (ctx.orgAppositionClosed && !inQuote && !ctx.placeContext && givenName(first.lower) === undefined) return make(f, "organization", true);
    if (hasOf) return ctx.acts && !inQuote ? make(f, "organization", true) : make(f, "unknown", false);
    if (ctx.orgContext || (first.possessive === false && lastTok.possessive && ctx.beforePerson)) return make(f, "organization", !inQuote);
    if (ctx.affiliation && f === from) return make(f, "organization", !inQuote);
    if (ctx.modifier) return make(f, "place", false);
    if (ctx.determiner) return make(f, "organization", !inQuote && !initial);
    if (name.length > 4) return undefined;
    // (Not a regnal number: "King Felipe VI", "Pope Benedict XVI".)
    if (name.some((w, i) => w.acronym && !(i > 0 && i === name.length - 1 && REGNAL.test(w.text) && regnalName(name)))) return make(f, "organization", !inQuote && (ctx.acts || ctx.speaker));
    // ("Electricity North West said": a name of words no person's name has, that speaks, is a body's.)
    // (Not for a particle: "Mr. de Cholet".)
    // (A particle inside a name after a role or title is a person's: "manager Pieter de Kock"; not
    // a firm's "Financiere de Paribas".)
    // ("Tom Green said": a given name and a surname that is a party's or a place's word, a person's.)
    if (name.length === 2 && (ctx.speaks || ctx.speaker) && !inQuote && toks.lowerIn(to - 1, SURNAME_PLACES) && personWord(name[0]!)) return make(f, "person", true);
    // (Or after a given name: "Elena de la Fuente said", "Pieter van der Merwe said".)
    const particled =
      ctx.roles.length > 0 ||
      (personWord(first) && personWord(lastTok) && (givenName(first.lower) !== undefined || ((ctx.speaks || ctx.speaker) && name.some((w, k) => k > 0 && PERSON_PARTICLES.has(w.text)))));
    if (!name.every((w, k) => personWord(w) || (particled && k > 0 && k < name.length - 1 && NAME_PARTICLES.has(w.text)))) return ctx.speaks && !inQuote && name.some((w) => w.cap && !personWord(w)) && !toks.lowerIn(f, HONORIFICS) ? make(f, "organization", true) : make(f, "unknown", false);
    // "Cisco System promised …": a body's or a company's word at the end, acting; "Developer Program": a thing.
    // ("Consumer Reports said": a thing's name that speaks is a publication's or a body's.)
    if (!surnameLike(lastTok)) return COMPANY_HEADS.has(lastTok.lower) || lastTok.lower === "system" || lastTok.lower === "systems" || is(lastTok, W.ORG_NOUNS) || ctx.speaks || ctx.speaker ? make(f, "organization", (ctx.acts || ctx.speaker || base.possessive) && !inQuote) : make(f, "unknown", false);
    return make(f, "person", !inQuote);
  }
  // One word: a surname or short name of an actor named elsewhere, or an actor on its own when it acts.
  // "Acorn, the tenants’ union, said …": an apposition names it an organisation.
  if (ctx.orgApposition && !inQuote && name.length === 1 && !ctx.placeContext) return make(f, "organization", true);
  // "said Warsini, a rice farmer", "Okafor, a nurse, said": one that only a person is.
  if (name.length === 1 && !inQuote && !ctx.placeContext && ctx.roles.some(personsRole)) return make(f, "person", ctx.acts || ctx.speaker || ctx.roles.some((r) => KIN.has(r.toLowerCase().split(/\s+/u).pop() ?? "")));
  // "Boeing spokesman Tim Neale", "Leinster head coach Liam Doyle": a role held in an organisation, then a name.
  // (Not an adjective opening the sentence: "Former captain Rashid Latif", "Political analyst Meera Iyer".)
  if (name.length === 1 && !inQuote && !ctx.placeContext && !first.possessive && orgRoleAfter(toks, to)) return ROLE_ADJECTIVES.has(first.lower) ? undefined : make(f, "organization", true);
  // "A Maersk spokesperson declined to comment": a body's officer, unnamed.
  if (name.length === 1 && !inQuote && !ctx.placeContext && !first.possessive && ctx.determiner && roleAt(toks, to, OFFICERS) >= 0 && !ROLE_ADJECTIVES.has(first.lower)) return make(f, "organization", true);
  // "face the Stormers", "beat the Lions": a team after a verb of sport.
  if (name.length === 1 && !inQuote && ctx.determiner && first.text.endsWith("s") && SMALL_S.test(first.text) && from >= 2 && SPORT_VERBS.has(toks.at(from - 2)!.lower)) return make(f, "organization", true);
  if (ctx.orgContext && !initial) return make(f, "organization", !inQuote);
  const g: Guess = ctx.determiner ? "organization" : "unknown";
  return make(f, g, false);
}

/** A sentence opening with a wire credit: "(Reporting by", "Additional reporting by", "Editing by", "Writing by", "Compiled by". */
function creditLine(toks: Tokens): boolean {
  let k = toks.markIs(0, 0x28) ? 1 : 0;
  if (toks.lowerIs(k, "additional")) k++;
  return (toks.lowerIs(k, "reporting") || toks.lowerIs(k, "editing") || toks.lowerIs(k, "writing") || toks.lowerIs(k, "compiled")) && toks.lowerIs(k + 1, "by");
}

/** "her", "his", "their" or a name's ’s right before token `k` ("her husband", "the boy’s father"), not "its". */
function personPossessiveBefore(toks: Tokens, k: number): boolean {
  const p = toks.at(k - 1);
  return p !== undefined && p.word && (p.lower === "her" || p.lower === "his" || p.lower === "their" || (p.possessive && !/^its$/iu.test(p.text)));
}

/** "organiser June Whitfield", "April Ryan said": a month's name as a given name, before a surname and after no preposition ("In June Apple said"). */
function monthAsGivenName(toks: Tokens, from: number, to: number): boolean {
  if (to - from < 2 || !toks.lowerIn(from, GIVEN_NAME_MONTHS)) return false;
  const prev = toks.at(from - 1);
  return !(prev?.word && MONTH_PREPOSITIONS.includes(prev.lower));
}
const GIVEN_NAME_MONTHS = ["june", "april", "may", "jan"];
const MONTH_PREPOSITIONS = ["in", "on", "since", "until", "till", "by", "during", "from", "through", "of", "before", "after", "to", "early", "late", "mid", "last", "next", "this", "each", "every"];

/** Kinds of firm that describe, never open, a name ("chipmaker", "rival"; not "union", "party", "council"). */
const FIRM_KINDS: readonly string[] = [
  "chipmaker", "carmaker", "automaker", "drugmaker", "steelmaker", "miner", "insurer", "lender", "retailer", "rival", "rivals",
  "consultancy", "brokerage", "startup", "start-up", "conglomerate", "exporter", "importer", "shipper", "refiner", "supplier",
  "distributor", "publisher", "broadcaster", "regulator", "watchdog", "manufacturer", "carrier", "developer", "operator", "producer",
];

/** Roles only a person has, in an apposition's words: "a rice farmer", "a nurse at the hospital". */
const PERSONS_ROLES: ReadonlySet<string> = new Set(
  "farmer fisherman nurse doctor teacher student resident villager pensioner mother father widow widower grandmother grandfather spokesperson spokesman spokeswoman lawyer attorney professor lecturer economist researcher scientist mayor senator councillor judge surgeon physician engineer driver pilot shopkeeper landlord tenant volunteer mechanic".split(" "),
);
function personsRole(role: string): boolean {
  const words = role.toLowerCase().split(/[\s,]+/u);
  // (The role's head comes before its "of", "at", "for": "a spokesman for Acme" is Acme's, yet a person's.)
  // ("Her son, Chidi,", "his brother Kwame": a relative of someone, a person.)
  return words.slice(0, 4).some((w) => PERSONS_ROLES.has(w) || KIN.has(w));
}

/** People "of" a place: "residents of Ano Kastritsi", "the people of Gaza". */
const PEOPLE_OF_PLACES: readonly string[] = ["residents", "inhabitants", "villagers", "citizens", "people", "townspeople", "locals", "natives"];

/** People said to be "from" a place: "a farmer from Ashville", "a man from Ellesmere Port" (not "a worker from Ford"). */
const FROM_PLACE_PEOPLE: readonly string[] =
  "man men woman women boy boys girl girls resident residents villager villagers farmer farmers fisherman fishermen family families mother father couple native natives pensioner pensioners grandmother grandfather teenager teenagers child children".split(" ");

/** Determiners that open a verb's object: "chairs the committee", "heads a review". */
const OBJECT_DETERMINERS: readonly string[] = ["the", "a", "an", "its", "his", "her", "their"];

/** Who holds a seat named after "for": "the MP for Ashfield", "the member for Brentford and Isleworth". */
const SEAT_HOLDERS: readonly string[] = ["mp", "member", "councillor", "candidate", "mla", "msp", "mep", "assemblyman", "assemblywoman"];

/** Token `k` is a brand written "i", a capital and a small letter ("iPod", "iTunes", "iPhone"). */
function iBrand(source: string, toks: Tokens, k: number): boolean {
  if (!toks.word(k) || toks.cap(k) || toks.end(k) - toks.start(k) < 3) return false;
  const at = toks.start(k);
  const c = source.charCodeAt(at + 1);
  const d = source.charCodeAt(at + 2);
  return source.charCodeAt(at) === 0x69 && c >= 65 && c <= 90 && d >= 97 && d <= 122;
}

/** "A." (`INITIAL`): a capital of one or two UTF-16 units, then a full stop. */
function initialWord(x: string): boolean {
  return (x.length === 2 || x.length === 3) && x.charCodeAt(x.length - 1) === 0x2e && INITIAL.test(x);
}

const PARTICIPLE = /\p{Ll}(?:ing|ed)$/u;
/** "Neighbouring", "Embattled" (`PARTICIPLE`). */
function participle(x: string): boolean {
  return (x.endsWith("ing") || x.endsWith("ed")) && PARTICIPLE.test(x);
}
const SMALL_S = /\p{Ll}s$/u;
/** Two capitals: "JD" (at most two UTF-16 units each). */
const TWO_CAPITALS = /^\p{Lu}{2}$/u;

/** Given names as initials in one token: "P.K.", "J.R.R.". */
const INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

/** Lengths of the name after a title, in order of preference. */
const TITLE_NAME_LENGTHS: readonly number[] = [2, 3, 1, 4];

/**
 * Where a title ends and a name begins in a capitalised run, as the index of the title's last word:
 * "Minister of Industry Tony Clement" → "Industry". Names of two words are preferred.
 */
function splitTitle(toks: Tokens, from: number, to: number, kb: KbView): { start: number; end: number } | undefined {
  for (const len of TITLE_NAME_LENGTHS) {
    const p = to - len - 1;
    if (p < from) continue;
    // The name is tokens p + 1 .. to (read in place: no list made for each length tried).
    // "James A. Baker III", not "A. Baker III" after "Secretary of State James".
    if (initialWord(toks.at(p)!.text) || initialWord(toks.at(p + 1)!.text)) continue;
    // (No title ends in a connector: "Minister of the Environment and | Climate Change" is a portfolio.)
    if (!toks.cap(p) && (toks.lowerIs(p, "and") || toks.lowerIs(p, "of") || toks.lowerIs(p, "for") || toks.lowerIs(p, "the"))) continue;
    if (!nameAfterTitle(toks, p + 1, to, kb)) continue;
    // ("King's College London": a title with its ’s owns what follows, it is not before a name.)
    if (toks.possessive(p)) continue;
    if (is(toks.at(p)!, W.HEAD_TITLES) || (toks.at(p)!.initial && is(toks.at(p)!, W.ROLE_NOUNS))) return { start: roleStart(toks, from, p, kb), end: p };
    // "Commissioner for Competition", "Secretary of State", "Chief of Staff": a head title, a
    // connector, then a few words.
    // ("Assistant Secretary of the Air Force for Acquisition Marvin Sambur": connectors in a row,
    // each a few words from the next.)
    for (let k = p - 1, last = p; k >= Math.max(from, last - 4); k--) {
      const c = toks.at(k)!;
      if (!c.cap && (c.lower === "of" || c.lower === "for")) {
        if (k - 1 >= from && (is(toks.at(k - 1)!, W.HEAD_TITLES) || HEAD_BEFORE_OF.has(toks.at(k - 1)!.lower)) && len >= 2) return { start: roleStart(toks, from, k - 1, kb), end: p };
        last = k;
        continue;
      }
      if (!c.cap && c.lower !== "the") break;
    }
  }
  return undefined;
}

/** Titles held in a company, after its name: "Apple Computer CEO", "Boeing Chief Executive". */
const COMPANY_TITLES: ReadonlySet<string> = new Set("ceo cfo coo cto chairman chairwoman chief president spokesman spokeswoman spokesperson founder co-founder executive director".split(" "));

/** The country named by the capitalised words from token `k` on (three at most; "the" first allowed), if the knowledge base knows it. */
function countryAfter(source: string, toks: Tokens, k: number, kb: KbView): string | undefined {
  if (toks.lowerIs(k, "the")) k++;
  let end = k;
  while (end < toks.length && end - k < 3 && toks.cap(end)) end++;
  for (; end > k; end--) {
    const c = kb.country(source.slice(toks.start(k), toks.end(end - 1)));
    if (c !== undefined) return c.name;
  }
  return undefined;
}

/** `MEDIA_NOUNS`, as `Tokens.lowerIn` takes them. */
const MEDIA_KINDS: readonly string[] = [...MEDIA_NOUNS];

/** Acronyms of common nouns, never an organisation's name alone ("a local TV said", "the CEO said"). */
const GENERIC_ACRONYMS: ReadonlySet<string> = new Set(
  "TV GDP CEO CFO COO CTO PR IT DNA HIV AIDS ATM SUV SUVs CD CDs DVD PC PCs GPS SMS URL ID VIP AI IPO VAT GMT UTC TVs MP MPs MEP MEPs MSP MSPs TD TDs CEOs NGO NGOs".split(" "),
);

/** Titles held in an organisation named after their "of" or "at": "CEO of Boeing", "Chairman of the Joint Chiefs of Staff". */
const OF_TITLES: ReadonlySet<string> = new Set("ceo cfo coo cto chairman chairwoman chairperson president founder co-founder spokesman spokeswoman spokesperson".split(" "));

/** Titles whose "of" phrase is a portfolio, no body of its own: "Minister of Finance". */
const PORTFOLIO_TITLES: readonly string[] = ["minister", "ministers", "secretary", "commissioner"];

/** A storm's kind, after its grade: "Severe Tropical Storm Kristine". */
const WEATHER: ReadonlySet<string> = new Set(["storm", "typhoon", "hurricane", "cyclone", "tropical"]);

/** Words before a title that say when it was held: "Former Microsoft CEO Bill Gates". */
const TITLE_TIMES: ReadonlySet<string> = new Set("former then outgoing incoming acting interim ex late current longtime veteran".split(" "));

/** Adjectives before a role in small letters, never a body's name: "Former captain", "Political analyst". */
const ROLE_ADJECTIVES: ReadonlySet<string> = new Set([
  ...TITLE_TIMES,
  ..."political economic legal senior junior local independent retired leading prominent respected renowned opposition ruling financial military regional foreign deputy assistant associate principal top key academic medical".split(" "),
]);

/**
 * The company's name before a company's title in the role `toks[start..head]` of a titled name
 * ("Apple Computer CEO Steve Jobs": Apple Computer), when the words before the title, after
 * "Former" and the like, are such a name: capitalised, of no list of titles, parties, countries or
 * their people.
 */
function employerBefore(toks: Tokens, start: number, head: number, kb: KbView): { from: number; to: number } | undefined {
  let from = start;
  while (from < head && TITLE_TIMES.has(toks.at(from)!.lower)) from++;
  let q = from;
  while (q <= head && !is(toks.at(q)!, W.TITLES) && !is(toks.at(q)!, W.HEAD_TITLES)) q++;
  if (q === from || q > head || !COMPANY_TITLES.has(toks.at(q)!.lower)) return undefined;
  for (let k = from; k < q; k++) {
    const w = toks.at(k)!;
    if (!w.cap || w.possessive || is(w, W.FUNCTION_WORDS) || is(w, W.PARTY_WORDS) || isDemonym(w, kb) || kb.country(w.text) !== undefined || is(w, W.MONTHS) || is(w, W.WEEKDAYS)) return undefined;
  }
  return { from, to: q };
}

/** The organisation `employerBefore` found, as a candidate of the sentence (`base`: what the name's candidate shares). */
function employerCandidate(source: string, toks: Tokens, r: { from: number; to: number }, kb: KbView, base: CandidateBase): Candidate {
  const first = toks.at(r.from)!;
  const last = toks.at(r.to - 1)!;
  const text = source.slice(first.start, last.end);
  const known = kb.named(text).entries.find((e) => e.type === "organization");
  return organisation(base, { span: { start: first.start, end: last.end }, text, key: norm(text), wordCount: r.to - r.from, lower: lowerOf(text), lowerFirst: first.lower, lowerLast: last.lower, strong: !base.inQuote, kb: known, employer: true, possessive: false });
}

/** What a name's candidate and the candidates found beside it share (`classify`'s `base`). */
type CandidateBase = Pick<Candidate, "sentence" | "initial" | "inQuote" | "acts" | "possessive" | "actsStrongly" | "speaks">;

/**
 * An organisation found beside a name ("Conservative" before "Tom Ashby", "Apple Computer" before
 * "CEO Steve Jobs"), in the literal `make` gives every name: one shape for the candidates the passes
 * read (a few shapes make their property reads slow).
 */
function organisation(
  base: CandidateBase,
  c: Pick<Candidate, "span" | "text" | "key" | "wordCount" | "lower" | "lowerFirst" | "lowerLast" | "strong"> & { kb?: Entry | undefined; party?: string; employer?: boolean; possessive?: boolean },
): Candidate {
  return {
    sentence: base.sentence,
    initial: base.initial,
    inQuote: base.inQuote,
    acts: base.acts,
    possessive: c.possessive ?? base.possessive,
    actsStrongly: base.actsStrongly,
    speaks: base.speaks,
    span: c.span,
    text: c.text,
    key: c.key,
    wordCount: c.wordCount,
    lower: c.lower,
    lowerFirst: c.lowerFirst,
    lowerLast: c.lowerLast,
    guess: "organization",
    strong: c.strong,
    roles: NO_ROLES,
    kb: c.kb,
    gender: undefined,
    acronym: undefined,
    country: undefined,
    party: c.party,
    canonical: undefined,
    employer: c.employer === true,
    andBefore: undefined,
    andAfter: undefined,
  };
}

/** The span of the word before "and" (", and") before token `k` (`Candidate.andBefore`). */
function andBefore(toks: Tokens, k: number): Span | undefined {
  if (!toks.lowerIs(k - 1, "and") || ofKind(toks, k + 1)) return undefined;
  const b = toks.markIs(k - 2, 0x2c) ? k - 3 : k - 2;
  return b >= 0 ? { start: toks.start(b), end: toks.end(b) } : undefined;
}

/** The span of the word after "and" (", and") after token `k` (`Candidate.andAfter`). */
function andAfter(toks: Tokens, k: number): Span | undefined {
  const a = toks.markIs(k + 1, 0x2c) ? k + 2 : k + 1;
  if (!toks.lowerIs(a, "and") || a + 1 >= toks.length || ofKind(toks, k + 1)) return undefined;
  return { start: toks.start(a + 1), end: toks.end(a + 1) };
}

/** Token `k` is the kind of an organisation in small letters ("carrier", "bank"): the name before it says whose. */
function ofKind(toks: Tokens, k: number): boolean {
  return toks.word(k) && !toks.cap(k) && toks.is(k, W.ORG_TYPE_NOUNS);
}

/** Last words of names of things, not people: "Developer Program", "Everett Factory", "Extra Wide Body". */
const THING_HEADS: ReadonlySet<string> = new Set("program programme factory body rights systems system airplanes aircraft division unit store kit software hardware edition series reports review digest protection insights portfolio".split(" "));

/** Can the word end a person's name? Not a word for an organisation's body ("Program", "Ministry"; "Court" may be a surname) or a thing's. */
function surnameLike(w: Token): boolean {
  return !THING_HEADS.has(w.lower) && !(is(w, W.ORG_NOUNS) && w.lower !== "court");
}

/** Whether a token's text starts with a digit ("447"). */
function startsWithDigit(text: string | undefined): boolean {
  const c = text === undefined ? 0 : text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Words that head a title only before "of" or "for": "Chief of Staff", "Head of Research". */
const HEAD_BEFORE_OF: ReadonlySet<string> = new Set(["chief", "head"]);

/** Whether tokens a .. b may be a person's name after a title. */
function nameAfterTitle(toks: Tokens, a: number, b: number, kb: KbView): boolean {
  for (let k = a; k < b; k++) {
    const w = toks.at(k)!;
    if (k > a && nameSuffix(w.text)) continue;
    // ("Prince Abdulaziz bin Salman", "Ursula von der Leyen": a particle between names.)
    if (k > a && k < b - 1 && NAME_PARTICLES.has(w.text)) continue;
    // "JD Vance": two capitals may stand for given names before a surname; so may "P.K." ("P.K. Raghavan").
    if (k === a && b - a > 1 && w.text.length <= 4 && TWO_CAPITALS.test(w.text) && kb.lookup(w.text).length === 0) continue;
    if (k === a && b - a > 1 && INITIALS.test(w.text)) continue;
    // (A title's word may end a name, never start it: "Prime Minister John Major", "Hun Sen".)
    // ("North Manchester General Hospital": no name is a building's or a body's word.)
    if (!(w.cap && personWord(w) && (!is(w, W.TITLES) || (k > a && k === b - 1)) && !is(w, W.ORG_WORDS) && !is(w, W.AMBIGUOUS_ORG_WORDS) && !w.acronym && !is(w, W.MONTHS) && !is(w, W.WEEKDAYS))) return false;
  }
  // ("CEO of Boeing Commercial Airplanes": no person's name ends in a thing's word.)
  return surnameLike(toks.at(b - 1)!);
}

/** Where a role ending in its head title at `head` starts: back over titles, demonyms, countries and acronyms (not before `from`). */
function roleStart(toks: Tokens, from: number, head: number, kb: KbView): number {
  let k = head;
  while (k - 1 >= from) {
    const w = toks.at(k - 1)!;
    if (!w.cap || is(w, W.FUNCTION_WORDS) || !(is(w, W.TITLES) || w.acronym || isDemonym(w, kb) || kb.country(w.text) !== undefined || personWord(w))) break;
    k--;
  }
  return k;
}

/** First words of the market indexes of two words ("dow jones"); none has more. */
const MARKET_FIRST: ReadonlySet<string> = new Set([...MARKET_INDEXES].filter((x) => x.includes(" ")).map((x) => x.split(" ")[0]!));

/** The words name a stock market index (`MARKET_INDEXES.has` of their lower-case words joined). */
function marketIndex(words: readonly Token[]): boolean {
  if (words.length === 1) return is(words[0]!, W.MARKET_INDEXES);
  // "the British FTSE", "Japan’s Nikkei": a country's people or name before an index.
  if (is(words[words.length - 1]!, W.MARKET_INDEXES) && words.slice(0, -1).every((w) => is(w, W.DEMONYMS) || w.possessive)) return true;
  return words.length === 2 && MARKET_FIRST.has(words[0]!.lower) && MARKET_INDEXES.has(`${words[0]!.lower} ${words[1]!.lower}`);
}

function hasOfWord(words: readonly Token[]): boolean {
  return words.some((w) => !w.cap && is(w, W.CONNECTORS));
}

function pick(entries: readonly Entry[]): Entry {
  return (
    entries.find((e) => e.type === "person") ??
    entries.find((e) => e.type === "organization") ??
    entries.find((e) => e.type === "country") ??
    entries[0]!
  );
}

/** Could this word be part of a person's name? Not "MacBook", "Three", "Store". */
function personWord(w: Token): boolean {
  if (is(w, W.FUNCTION_WORDS) || (is(w, W.CONNECTORS) && !w.cap) || is(w, W.PARTY_WORDS) || is(w, W.DEMONYMS) || is(w, W.ORG_ADJECTIVES)) return false;
  // Plain ASCII letters with no capital after the first: none of the tests below can fail.
  if (plainWord(w.text)) return true;
  if (/\p{N}/u.test(w.text)) return false;
  // "JPMorgan", "GSK": a word opening with several capitals before small letters is a brand.
  if (/^\p{Lu}{2,}\p{Ll}/u.test(w.text)) return false;
  // Inner capitals only after Mc/Mac/O'/hyphen: "McDonald", "O’Brien", "Jae-min".
  const inner = w.text.replace(/^(?:Mc|Mac|O['’]|D['’]|De|Di|La|Le|Van|Von)(?=\p{Lu})/u, "").replace(/[-'’]\p{Lu}/gu, "");
  return !/\p{Ll}\p{Lu}/u.test(inner);
}

/** ASCII without digits, and without a capital after the first character. */
function plainWord(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128 || (c >= 48 && c <= 57) || (i > 0 && c >= 65 && c <= 90)) return false;
  }
  return true;
}

/** Small words that join the words of a name, never its first: "of", "the", "for". */
const LEADING_CONNECTORS: readonly string[] = ["of", "the", "for", "and", "at", "in", "on", "from", "by", "to"];

/** Faiths, their believers and peoples that no country names: "Catholic", "Muslims", "Hutus". */
const PEOPLES: ReadonlySet<string> = new Set(
  (
    "roman catholic catholics protestant protestants evangelical evangelicals christian christians orthodox muslim muslims " +
    "jewish jews sunni sunnis shiite shiites shia hindus buddhist buddhists sikh sikhs druze alawite alawites coptic copts " +
    "anglican anglicans methodist methodists baptist baptists lutheran lutherans mormon mormons kurdish kurds arabs hutu hutus " +
    "tutsi tutsis pashtun pashtuns tamil tamils hispanic hispanics latino latinos ethnic"
  ).split(" "),
);

/** Every word is a people's (`peopleWord`), or a country's name before or after one ("Rwanda Hutus"). */
function aPeople(words: readonly Token[], kb: KbView): boolean {
  let people = false;
  for (const w of words) {
    if (peopleWord(w, kb)) people = true;
    else if (words.length === 1 || kb.country(w.text) === undefined) return false;
  }
  return people;
}

/** A demonym (singular or plural: "Albanians"), or a word of `PEOPLES`. */
function peopleWord(w: Token, kb: KbView): boolean {
  if (PEOPLES.has(w.lower) || isDemonym(w, kb)) return true;
  return w.lower.length > 4 && w.lower.endsWith("s") && (DEMONYM_WORDS.has(w.lower.slice(0, -1)) || kb.demonym(w.text.slice(0, -1)) !== undefined);
}

/** The word is a demonym: `DEMONYMS.has(lowerOf(w.text))` is its bit (a word's `lower` is that). */
function isDemonym(w: Token, kb: KbView): boolean {
  return is(w, W.DEMONYMS) || kb.demonym(w.text) !== undefined;
}

interface Context {
  acts: boolean;
  /** Acts with a verb that is not an auxiliary: "Toyota reported", not "Toronto is". */
  actsStrongly: boolean;
  /** Speaks: "X said", "said X". */
  speaks: boolean;
  /** After "the port of", "the city of": a place's name. */
  placeOf: boolean;
  /** After a speech verb: "said Marta Riquelme". */
  speaker: boolean;
  roles: string[];
  /** "chief executive of X", "consultancy X", "X swimming club". */
  orgContext: boolean;
  /** "in X", "the town of X". */
  placeContext: boolean;
  /** "the X network": the name modifies a noun. */
  modifier: boolean;
  /** Followed by a lower-case noun: "the X network", "X candidate". */
  followedByNoun: boolean;
  /** Followed by a role noun: "Liberal Democrat candidate", "Kremlin spokesperson". */
  affiliation: boolean;
  /** An apposition after the name says what kind of organisation it is: "Acme, the logistics firm,". */
  orgApposition: boolean;
  /** The organisation's apposition closed by a comma: "SLB, the oilfield services company, said" (not "…, the Cuban government urged"). */
  orgAppositionClosed: boolean;
  /** In apposition to a kind of firm: "her company, Hive Street, …". */
  firmApposed: boolean;
  /** "the X" — persons rarely take an article. */
  determiner: boolean;
  /** Followed by a person's name: "Reform UK’s Gareth Pryce". */
  beforePerson: boolean;
  acronym?: { text: string; span: Span };
}

/** Adverbs that may stand between a name and its verb of speech: "X also said", "X on Monday again warned". */
const SPEECH_ADVERBS: readonly string[] = ["also", "again", "previously", "earlier", "later", "separately", "subsequently", "yesterday", "today", "tonight", "recently", "initially", "originally", "first", "then", "now", "repeatedly", "publicly", "formally", "officially"];
const DAY_PARTS: readonly string[] = ["morning", "afternoon", "evening", "night"];
const PERIODS: readonly string[] = ["week", "month", "year", "weekend", "night", "morning", "afternoon", "evening", "summer", "spring", "autumn", "winter", "fall", "quarter"];

/**
 * The token after a phrase of time or an adverb starting at `i` ("on Thursday", "late on Monday",
 * "last week", "earlier this month", "also", "on Tuesday also"), or `i` when none starts there.
 */
function afterTimeAdjunct(toks: Tokens, i: number): number {
  let k = i;
  for (let round = 0; round < 3 && k < toks.length; round++) {
    const at = k;
    if (toks.lowerIn(k, SPEECH_ADVERBS) && !toks.cap(k)) k++;
    if ((toks.lowerIs(k, "late") || toks.lowerIs(k, "early")) && toks.lowerIs(k + 1, "on")) k++;
    if (toks.lowerIs(k, "on") && toks.word(k + 1) && toks.is(k + 1, W.WEEKDAYS)) {
      k += 2;
      if (toks.lowerIn(k, DAY_PARTS)) k++;
    } else if ((toks.lowerIs(k, "last") || toks.lowerIs(k, "this")) && toks.lowerIn(k + 1, PERIODS)) k += 2;
    else if (toks.lowerIs(k - 1, "earlier") || toks.lowerIs(k - 1, "later")) {
      if ((toks.lowerIs(k, "this") || toks.lowerIs(k, "last")) && toks.lowerIn(k + 1, PERIODS)) k += 2;
    }
    if (k === at) break;
  }
  return k;
}

function context(s: SentenceTokens, from: number, to: number): Context {
  const toks = s.tokens;
  // The neighbours by their indices, read from the token columns: most are never made into tokens.
  const last = to - 1;
  const next = to;
  const prev = from - 1;
  const prev2 = from - 2;
  const ctx: Context = {
    acts: false,
    actsStrongly: false,
    speaks: false,
    speaker: false,
    placeOf: false,
    followedByNoun: false,
    affiliation: false,
    roles: [],
    orgContext: false,
    orgApposition: false,
    orgAppositionClosed: false,
    firmApposed: false,
    placeContext: false,
    modifier: false,
    determiner: false,
    beforePerson: false,
  };
  const lastPossessive = toks.possessive(last);
  const nextWord = toks.word(next);
  const prevWord = toks.word(prev);
  // A lower-case word after the name that is no verb, connector, function word or adverb.
  const nounAfter =
    !lastPossessive && nextWord && !toks.cap(next) && !toks.is(next, W.ACT_VERBS) && !toks.is(next, W.CONNECTORS) && !toks.is(next, W.FUNCTION_WORDS) && !toks.lowerEndsWith(next, "ly");
  // Acts: "X said", "X, the Kremlin spokesperson, confirmed", "said X", "according to X".
  if (!lastPossessive && nextWord && toks.is(next, W.ACT_VERBS)) ctx.acts = true;
  // "Apple on Thursday said", "Nvidia also reported", "Apple last week announced": when, or an
  // adverb, between the name and its verb of speech (a wire's habit) — only before a verb of speech,
  // and for a name that opens its clause (not "the bombings in Kenya and Tanzania last week claimed").
  if (!lastPossessive && nextWord && !toks.cap(next) && (prev < 0 || !toks.word(prev) || toks.lowerIs(prev, "the"))) {
    const v = afterTimeAdjunct(toks, next);
    if (v > next && toks.word(v) && !toks.cap(v) && toks.is(v, W.SPEECH_VERBS)) ctx.acts = ctx.actsStrongly = ctx.speaks = true;
  }
  // ("Moody’s said", "Shoney’s told investors": a firm's name with its ’s before "said" or "told".)
  if (nextWord && toks.is(next, W.SPEECH_VERBS) && (!lastPossessive || toks.lowerIs(next, "said") || toks.lowerIs(next, "told"))) ctx.speaks = true;
  // "The Egyptian Red Crescent in North Sinai said": where the body is, then its verb.
  if (!ctx.speaks && !lastPossessive && (toks.lowerIs(next, "in") || toks.lowerIs(next, "at"))) {
    let k = next + 1;
    while (k < next + 4 && toks.cap(k)) k++;
    if (k > next + 1 && toks.word(k) && toks.is(k, W.SPEECH_VERBS)) ctx.speaks = true;
  }
  if (!lastPossessive && nextWord && toks.is(next, W.STRONG_ACT_VERBS)) ctx.actsStrongly = true;
  // "Ukraine and Russia signed the deal": the first of two names joined by "and" acts with the second.
  if (!ctx.acts && !lastPossessive && toks.lowerIs(next, "and") && toks.cap(next + 1)) {
    let k = next + 1;
    while (k < next + 6 && toks.cap(k)) k++;
    if (toks.word(k) && toks.is(k, W.ACT_VERBS) && !toks.possessive(k - 1)) ctx.acts = true;
  }
  if (prevWord && toks.is(prev, W.SPEECH_VERBS)) ctx.acts = ctx.speaks = ctx.speaker = true;
  if (toks.lowerIs(prev, "to") && toks.lowerIs(prev2, "according")) ctx.acts = ctx.speaks = ctx.speaker = true;
  // ("said a statement from BusinessNZ", "figures from Kpler": the maker of what reports.)
  if (toks.lowerIs(prev, "from") && toks.lowerIn(prev2, STATEMENT_NOUNS)) ctx.acts = ctx.speaks = ctx.speaker = true;
  // ("according to the National Hurricane Center": after its article too.)
  if (toks.lowerIs(prev, "the") && toks.lowerIs(prev2, "to") && toks.lowerIs(prev2 - 1, "according")) ctx.acts = ctx.speaks = ctx.speaker = true;
  if (nounAfter) ctx.followedByNoun = true;
  // ("Ruth Smith chairs the committee", "heads the board": a verb before its object, no role.)
  if (!lastPossessive && nextWord && !toks.cap(next) && (toks.is(next, W.ROLE_NOUNS) || toks.is(next, W.ROLE_PLURALS)) && !(toks.lowerEndsWith(next, "s") && toks.lowerIn(next + 1, OBJECT_DETERMINERS))) {
    ctx.affiliation = true;
  }
  // ("Harrow Vale have completed the signing", "Arsenal are top": a verb in the plural after one
  // name of several words is a team's or a firm's, as British English writes them; no person's.)
  // (Opening its sentence, and no count of a people: "Twelve Americans were among the dead".)
  if (!lastPossessive && to - from >= 2 && toks.initial(from) && nextWord && (toks.lowerIs(next, "have") || toks.lowerIs(next, "are") || toks.lowerIs(next, "were")) && !toks.lowerIs(next + 1, "been") && !COUNT_WORD.test(toks.at(from)!.lower) && !is(toks.at(to - 1)!, W.DEMONYMS) && !personalName(toks.at(from)!.lower)) ctx.orgContext = true;
  // ("Cal Fire battalion chief Aaron Feld": a role with a word before it, then the person who holds it.)
  if (!ctx.affiliation && !lastPossessive && nextWord && !toks.cap(next) && !toks.is(next, W.ACT_VERBS) && !toks.is(next, W.FUNCTION_WORDS) && toks.word(next + 1) && !toks.cap(next + 1) && toks.is(next + 1, W.ROLE_NOUNS) && toks.cap(next + 2)) {
    ctx.affiliation = true;
  }
  if (toks.lowerIs(prev, "with") && nextWord && toks.lowerEndsWith(next, "ing")) ctx.acts = true;
  if (toks.lowerIs(prev, "by") && toks.word(prev2) && toks.lowerEndsWith(prev2, "ed")) ctx.acts = true;
  // Acronym defined in brackets.
  if (toks.markIs(next, 0x28) && toks.acronym(to + 1) && toks.markIs(to + 2, 0x29)) {
    const a = toks.at(to + 1)!;
    ctx.acronym = { text: a.text, span: { start: a.start, end: a.end } };
  }
  // Apposition after: "Dmitry Peskov, the Kremlin spokesperson," / "Kwame Mensah, chief economist at …".
  if (toks.markIs(next, 0x2c)) {
    if (orgAppositionAfter(toks, to + 1)) {
      ctx.orgApposition = true;
      ctx.orgAppositionClosed = orgAppositionClosed(toks, to + 1);
    }
    const app = appositionAfter(toks, to + 1);
    if (app) {
      ctx.roles.push(app.text);
      if (app.endIndex < toks.length && toks.markIs(app.endIndex, 0x2c)) {
        if (toks.word(app.endIndex + 1) && toks.is(app.endIndex + 1, W.ACT_VERBS)) ctx.acts = true;
      }
    }
  }
  // Two verbs joined: "The Verge praised the screen but said the hinge creaked" speaks with the second.
  if (!ctx.acts && !lastPossessive && nextWord && !toks.cap(next) && toks.lowerEndsWith(next, "ed")) {
    for (let k = next + 1; k < Math.min(toks.length - 1, next + 14); k++) {
      if (!toks.word(k)) {
        if (toks.markIs(k, 0x2c)) continue;
        break;
      }
      if ((toks.lowerIs(k, "and") || toks.lowerIs(k, "but")) && toks.word(k + 1) && toks.is(k + 1, W.SPEECH_VERBS)) {
        ctx.acts = ctx.speaks = true;
        break;
      }
    }
  }
  // A relative clause after: "Sony, which owns a stake in the firm, said": speaks as after an apposition.
  if (!ctx.acts && !lastPossessive && toks.markIs(next, 0x2c) && (toks.lowerIs(next + 1, "which") || toks.lowerIs(next + 1, "who"))) {
    for (let k = next + 2; k < Math.min(toks.length, next + 24); k++) {
      if (!toks.markIs(k, 0x2c)) continue;
      // (Only a verb of speech: "OS X, which is scheduled for release, will include …" is a product.)
      if (toks.word(k + 1) && toks.is(k + 1, W.SPEECH_VERBS)) ctx.acts = ctx.speaks = true;
      break;
    }
  }
  // Apposition before: "the bank’s chief economist, Abena Osei", "Smith's lawyer, John Doe",
  // "A spokeswoman for Ford, Jane Roe".
  if (toks.markIs(prev, 0x2c) && toks.word(prev2)) {
    let k = from - 2;
    let role = false;
    let opened = false;
    while (k >= 0 && from - k < 9) {
      const w = toks.at(k)!;
      if (!w.word) break;
      // ("her husband, Theo Marsh": a relative of a person, after a person's possessive.)
      if (!w.cap && (is(w, W.ROLE_NOUNS) || w.lower === "mp" || (KIN.has(w.lower) && !w.possessive && personPossessiveBefore(toks, k)))) role = true;
      if (wordIn(w, OPENERS, OPENERS_RE) || (w.possessive && k < from - 2)) {
        opened = true;
        if (w.possessive && toks.at(k - 1) !== undefined && wordIn(toks.at(k - 1)!, ARTICLES, ARTICLES_RE)) k--;
        break;
      }
      if (is(w, W.ACT_VERBS) || is(w, W.SPEECH_VERBS)) break;
      k--;
    }
    if (role && opened && (!toks.cap(prev2) || toks.slice(k, from - 1).some((w) => !w.cap && (w.lower === "for" || w.lower === "of" || w.lower === "at")))) {
      ctx.roles.push(textOf(toks, k, from - 1));
    }
  }
  // Role nouns right before: "prosecutor Sarah Whitcombe", "UN spokesperson Stéphane Dujarric";
  // a relative after a person's possessive: "with her husband Theo Marsh".
  if (prevWord && !toks.cap(prev) && (toks.is(prev, W.ROLE_NOUNS) || (KIN.has(toks.at(prev)!.lower) && personPossessiveBefore(toks, prev)))) {
    // Back over the words that qualify the role: "EU foreign policy chief", "Club chairman".
    let k = from - 1;
    while (k > 0 && from - k < 5) {
      const w = toks.at(k - 1)!;
      if (!w.word || w.possessive || DETERMINERS.has(w.lower) || is(w, W.FUNCTION_WORDS) || is(w, W.CONNECTORS) || is(w, W.ACT_VERBS) || is(w, W.SPEECH_VERBS)) break;
      k--;
    }
    ctx.roles.push(textOf(toks, k, from));
  }
  // Organisation contexts (a firm's kind opening the sentence too: "Chipmaker Nvidia").
  // ("property developer Simon Ashby": a kind that is a person's trade too, before a given name and a surname.)
  // ("Theatre maker Lindiwe Mokoena": a maker of an art is a person.)
  const artMaker = toks.lowerIs(prev, "maker") && toks.word(prev - 1) && ART_MAKERS.has(toks.at(prev - 1)!.lower);
  if (prevWord && !artMaker && (!toks.cap(prev) || (toks.initial(prev) && toks.lowerIn(prev, FIRM_KINDS))) && toks.is(prev, W.ORG_TYPE_NOUNS) && !(to - from >= 2 && personalName(toks.at(from)!.lower) && !toks.lowerIs(prev, "carrier"))) ctx.orgContext = true;
  // "automakers Chrysler, Ford and General Motors", "the banks Barclays and Lloyds": a name of one
  // word in a list after the plural of an organisation's kind ("rivals Toyota and John Smith": a
  // name of two may be a person's).
  // ("the companies SUV lines": no name before a noun of its own.)
  else if (to - from === 1 && prev >= 0 && !nounAfter && !toks.cap(prev) && listOfOrgs(toks, prev)) ctx.orgContext = true;
  // A one-word name in an apposition of its own after one: "European aircraft manufacturer, Airbus,
  // has won …", "Irish low cost airline, Ryanair, announced …" (not a person's name: "The investor,
  // Donald A. Wright, …").
  // (Or of a few words none of which is a given name: "her company, Hive Street, supplies …".)
  if ((to - from === 1 || (to - from <= 3 && !personalName(toks.at(from)!.lower))) && toks.markIs(prev, 0x2c) && toks.word(prev2) && !toks.cap(prev2) && toks.is(prev2, W.ORG_TYPE_NOUNS) && toks.markIs(next, 0x2c)) ctx.orgContext = ctx.firmApposed = true;
  const afterThe = toks.lowerIs(prev, "the");
  const pi = afterThe ? from - 2 : from - 1;
  // "the port of Harwick extended …": a place, whatever follows the name.
  // ("a former mayor of Eastfield", "the governor of Tolima": the town or province a post is of.)
  // ("Residents of Ano Kastritsi said": the people of a place.)
  if (toks.lowerIs(pi, "of") && toks.word(pi - 1) && (!toks.cap(pi - 1) || toks.initial(pi - 1)) && (toks.is(pi - 1, W.PLACE_NOUNS) || toks.lowerIn(pi - 1, POSTS_OF_PLACES) || toks.lowerIn(pi - 1, PEOPLE_OF_PLACES))) ctx.placeContext = ctx.placeOf = true;
  else if (!ctx.followedByNoun && toks.word(pi) && toks.lowerIn(pi, ORG_OR_PLACE_PREPOSITIONS)) {
    for (let k = pi - 1; k >= Math.max(0, pi - 3); k--) {
      if (!toks.word(k)) break;
      const cap = toks.cap(k);
      // (A role's plural too before "at", also opening the sentence: "analysts at X", "Analysts at
      // X"; "officials from X" may be a country's.)
      if ((!cap && toks.is(k, W.ROLE_NOUNS)) || ((!cap || k === 0) && toks.is(k, W.ROLE_PLURALS) && toks.lowerIs(pi, "at")) || toks.is(k, W.HEAD_TITLES)) {
        ctx.orgContext = true;
        break;
      }
      if (!cap && toks.is(k, W.PLACE_NOUNS)) {
        ctx.placeContext = true;
        break;
      }
    }
  }
  let n = to;
  for (let k = 0; k < 3 && toks.word(n) && !toks.cap(n); k++, n++) {
    if (toks.is(n, W.ORG_TYPE_NOUNS) && !toks.lowerIs(n, "group")) {
      // ("the Maariv newspaper": a paper named before its noun, after "the".)
      ctx.orgContext = k > 0 || toks.lowerIs(n, "club") || toks.lowerIs(n, "party") || toks.lowerIs(n, "union") || (k === 0 && afterThe && toks.lowerIn(n, MEDIA_KINDS));
      break;
    }
    if (toks.is(n, W.ACT_VERBS) || toks.is(n, W.CONNECTORS)) break;
  }
  // ("in Geneva", "out of London Heathrow".)
  // ("A farmer from Ashville", "a woman from Ellesmere Port": where a person is from; "the MP for
  // Ashfield": a seat.)
  if (prevWord && (toks.is(prev, W.PLACE_PREPOSITIONS) || (toks.lowerIs(prev, "of") && toks.lowerIs(prev - 1, "out")) || (toks.lowerIs(prev, "from") && toks.lowerIn(prev - 1, FROM_PLACE_PEOPLE)) || (toks.lowerIs(prev, "for") && toks.lowerIn(prev - 1, SEAT_HOLDERS)))) ctx.placeContext = true;
  if (!lastPossessive && nextWord && !toks.cap(next) && toks.is(next, W.THING_NOUNS)) ctx.modifier = true;
  if (prevWord && (afterThe || toks.lowerIs(prev, "a") || toks.lowerIs(prev, "an"))) {
    ctx.determiner = true;
    if (nounAfter) ctx.modifier = true;
  }
  if (lastPossessive && toks.cap(next) && toks.cap(to + 1)) ctx.beforePerson = true;
  return ctx;
}

/** A plural of an organisation's kind in small letters: "automakers", "companies", "banks" (`ORG_TYPE_NOUNS`). */
function orgTypePlural(toks: Tokens, k: number): boolean {
  if (!toks.word(k) || toks.cap(k) || !toks.lowerEndsWith(k, "s")) return false;
  const w = toks.at(k)!.lower;
  return ORG_TYPE_NOUNS.has(w.endsWith("ies") ? w.slice(0, -3) + "y" : w.slice(0, -1));
}

/** Token `k` is a hyphen, a dash or a colon: what may stand between a list and its noun ("automakers -- Chrysler"). */
function dashOrColon(toks: Tokens, k: number): boolean {
  return toks.markIs(k, 0x2d) || toks.markIs(k, 0x2014) || toks.markIs(k, 0x2013) || toks.markIs(k, 0x3a);
}

/**
 * Token `k` (the one before a name) ends the start of a list of names after the plural of an
 * organisation's kind: "automakers Chrysler", "automakers -- Chrysler, Ford, and General Motors",
 * "the carmakers GM and Chrysler". Read back over the list's names (capitalised words), its commas,
 * "and" and "or", to a plural of `ORG_TYPE_NOUNS`, with a dash or colon after it at most.
 */
function listOfOrgs(toks: Tokens, k: number): boolean {
  if (orgTypePlural(toks, k)) return true;
  // (Only from a separator: a name right after a word of any other kind is in no such list.)
  if (!(toks.markIs(k, 0x2c) || toks.lowerIs(k, "and") || toks.lowerIs(k, "or") || dashOrColon(toks, k))) return false;
  // (The word after the plural, or after its dash, is a name: "suppliers and IT software exporters" lists no names.)
  let named = true;
  for (let n = 0; k >= 0 && n < 16; k--, n++) {
    if (toks.cap(k)) {
      named = true;
      continue;
    }
    if (toks.markIs(k, 0x2c) || toks.lowerIs(k, "and") || toks.lowerIs(k, "or") || toks.markIs(k, 0x26)) {
      named = false;
      continue;
    }
    if (!named) return false;
    if (dashOrColon(toks, k)) {
      while (k > 0 && toks.markIs(k - 1, 0x2d)) k--;
      return orgTypePlural(toks, k - 1);
    }
    return orgTypePlural(toks, k);
  }
  return false;
}

/** Nouns after a paper's name that say it is one: "the Guardian newspaper", "The Australian reporter". */
const PAPER_NOUNS: readonly string[] =
  "newspaper newspapers paper daily weekly magazine website site journal tabloid broadsheet reporter reporters correspondent correspondents columnist columnists editor editors journalist journalists".split(" ");

/** Nouns for groups of people that FUNCTION_WORDS holds (they open sentences): "the Australian people". */
const GROUP_NOUNS: readonly string[] = "people police officials analysts critics experts observers sources residents prosecutors investors officers".split(" ");

/** The name at `from`..`to` may be a paper's: right after "the", before no noun but a paper's own. */
function asPaper(toks: Tokens, from: number, to: number, followedByNoun: boolean): boolean {
  return toks.lowerIs(from - 1, "the") && (!(followedByNoun || toks.lowerIn(to, GROUP_NOUNS)) || toks.lowerIn(to, PAPER_NOUNS));
}

/** `name` is "The" and one word, whose key (no "The") is `key`: "The Australian", "The Hill". */
function theAndOneWord(name: string, key: string): boolean {
  return name.startsWith("The ") && name.indexOf(" ", 4) < 0 && norm(name) === key;
}

/** Words that end a product's name, capitalised as they are: "MacBook Pro", "iPod Nano", "Core Duo". */
/** Nouns of products a model number comes before ("Trent 900 engines", "Tristar 500 aircraft"). */
const PRODUCT_NOUNS: ReadonlySet<string> = new Set(
  "engine engines aircraft airliner airliners jet jets jetliner jetliners plane planes helicopter helicopters vehicle vehicles car cars sedan sedans minivan minivans pickup pickups truck trucks model models series laptop laptops computer computers phone phones handset handsets chip chips processor processors tablet tablets camera cameras console consoles turbine turbines".split(" "),
);

/** PRODUCT_NOUNS in the plural (and "aircraft"). */
const PRODUCT_PLURALS: ReadonlySet<string> = new Set([...PRODUCT_NOUNS].filter((w) => w.endsWith("s") || w === "aircraft"));

const PRODUCT_LAST: ReadonlySet<string> = new Set(["Pro", "Mini", "Max", "Plus", "Ultra", "Nano", "Shuffle", "Touch", "Duo", "Quad", "Classic", "Lite", "Edge"]);

const COMPASS: ReadonlySet<string> = new Set(["east", "west", "north", "south", "central", "eastern", "western", "northern", "southern", "northeast", "northwest", "southeast", "southwest"]);

/** "chief executive of X", "the town of X", "spokesman for the X": the words before a name looked back over. */
const ORG_OR_PLACE_PREPOSITIONS: readonly string[] = ["of", "at", "for", "with", "from"];
const ARTICLES_RE = /^(?:the|a|an)$/iu;
const ARTICLES_LIST: readonly string[] = ["the", "a", "an"];
const ARTICLES: ReadonlySet<string> = new Set(ARTICLES_LIST);
const OPENERS_RE = /^(?:the|a|an|its|their|his|her|our)$/iu;
const OPENERS: ReadonlySet<string> = new Set(["the", "a", "an", "its", "their", "his", "her", "our"]);
const APPOSITION_OPENERS_RE = /^(?:the|a|an|its|his|her|their|our|former|then|now|also)$/iu;
const APPOSITION_OPENERS_LIST: readonly string[] = ["the", "a", "an", "its", "his", "her", "their", "our", "former", "then", "now", "also"];
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(APPOSITION_OPENERS_LIST);

/**
 * `re.test(t.text)` for a regex `^(?:…)$` with the `iu` flags over the ASCII words of `set`: for a
 * token of ASCII characters that is `set.has(t.lower)`; others (which may fold into those words)
 * ask the regex.
 */
function wordIn(t: Token, set: ReadonlySet<string>, re: RegExp): boolean {
  const x = t.text;
  if (x.length > 6) return false;
  for (let i = 0; i < x.length; i++) if (x.charCodeAt(i) >= 128) return re.test(x);
  return set.has(t.lower);
}

/** `wordIn(toks.at(i), set, re)` for a word token; an ASCII one is read from the columns (`list`: the words of `set`). */
function wordInAt(toks: Tokens, i: number, set: ReadonlySet<string>, list: readonly string[], re: RegExp): boolean {
  return toks.ascii(i) ? toks.lowerIn(i, list) : wordIn(toks.at(i)!, set, re);
}

function textOf(toks: Tokens, from: number, to: number): string {
  const a = toks.at(from);
  const b = toks.at(to - 1);
  if (!a || !b) return "";
  // A space only between two words (a word opens with a letter or digit): none before a comma or an apostrophe.
  let out = "";
  for (let k = from; k < to; k++) {
    const t = toks.at(k)!;
    if (k > from && t.word && toks.at(k - 1)!.word) out += " ";
    out += t.text;
    if (t.possessive && !t.plural) out += "’s";
  }
  return out;
}

/** ", the Kremlin spokesperson," or ", chief economist at Meridian Capital," — a role phrase after a name. */
/** "the tenants’ union,", "a Danish shipping group said": a short noun phrase whose head names a kind of organisation. */
function orgAppositionAfter(toks: Tokens, at: number): boolean {
  if (!toks.word(at) || !wordInAt(toks, at, ARTICLES, ARTICLES_LIST, ARTICLES_RE)) return false;
  for (let k = at + 1; k < toks.length && k - at <= 5; k++) {
    if (!toks.word(k)) return false;
    const after = k + 1;
    const ends = !toks.word(after) || toks.is(after, W.ACT_VERBS) || toks.lowerIs(after, "which") || toks.lowerIs(after, "that");
    const cap = toks.cap(k);
    if (!cap && ends) return (toks.is(k, W.ORG_TYPE_NOUNS) || toks.is(k, W.ORG_NOUNS)) && !toks.is(k, W.ROLE_NOUNS);
    if (toks.is(k, W.ROLE_NOUNS) && !cap) return false;
  }
  return false;
}

const APPOSITION_PREPOSITIONS: readonly string[] = ["of", "for", "at", "in", "on", "with", "from", "to", "by"];
/** `orgAppositionAfter` whose noun a comma follows: "…, a consumer group, said". */
function orgAppositionClosed(toks: Tokens, at: number): boolean {
  for (let k = at + 1; k < toks.length && k - at <= 5; k++) {
    // (The noun heads the phrase: not "a veteran of the Shenzhou-15 mission".)
    if (!toks.word(k) || toks.lowerIn(k, APPOSITION_PREPOSITIONS)) return false;
    if (!toks.cap(k) && toks.markIs(k + 1, 0x2c)) return toks.is(k, W.ORG_TYPE_NOUNS) || toks.is(k, W.ORG_NOUNS);
  }
  return false;
}

function appositionAfter(toks: Tokens, at: number): { text: string; endIndex: number } | undefined {
  let k = at;
  let sawRole = false;
  const start = at;
  // By the token columns: the words after a comma are made into tokens only for an apposition found.
  while (k < toks.length && k - start < 12) {
    if (!toks.word(k)) break;
    if (toks.lowerIs(k, "who") || toks.lowerIs(k, "which") || toks.lowerIs(k, "whose")) break;
    // "…, the president of Canadian Auto Workers said he …": the verb ends the role (no comma closed it).
    if (sawRole && !toks.cap(k) && (toks.is(k, W.SPEECH_VERBS) || toks.is(k, W.ACT_VERBS))) break;
    // "Apple Corps, manager Neil Aspinall said": a role, then another's name, is that other's.
    // (The role opening the apposition: "an analyst at broker Aldgate Brokers", "attorney for Elian's father Juan Gonzalez" are roles.)
    if (sawRole && k - 1 <= start + 1 && k > start && toks.cap(k) && toks.cap(k + 1) && !toks.cap(k - 1) && (toks.is(k - 1, W.ROLE_NOUNS) || toks.is(k - 1, W.TITLES))) return undefined;
    if ((!toks.cap(k) && (toks.is(k, W.ROLE_NOUNS) || toks.is(k, W.TITLES))) || toks.is(k, W.HEAD_TITLES)) sawRole = true;
    if (k - start >= 4 && !sawRole) return undefined;
    k++;
  }
  if (!sawRole || k === start) return undefined;
  const opener = wordInAt(toks, start, APPOSITION_OPENERS, APPOSITION_OPENERS_LIST, APPOSITION_OPENERS_RE) || toks.is(start, W.TITLES) || toks.is(start, W.ROLE_NOUNS);
  if (!opener) return undefined;
  return { text: textOf(toks, start, k), endIndex: k };
}

/** A regnal number after a name: "II" … "XXX". */
export const REGNAL = /^(?:X{0,2}(?:IX|IV|V?I{1,3})|X{1,3}|X{0,2}V)$/u;

/** A name before a regnal number is a person's: a title first ("King Felipe VI", "Pope Benedict XVI") or a given name ("James M. Trotter III"), not "Delta IV". */
function regnalName(name: readonly Token[]): boolean {
  const first = name[0]!;
  return is(first, W.TITLES) || givenName(first.lower) !== undefined;
}
