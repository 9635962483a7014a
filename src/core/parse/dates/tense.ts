/**
 * The tense that governs a temporal expression: the nearest tense marker in its clause.
 * "will meet in January" → future; "met in January" → past. Cheap word scanning, no parser.
 */
import { REPORTING_VERBS } from "../lexicon/reporting";

export type Tense = "past" | "present" | "future";
/** A tense marker word's tense and where it starts. */
type Marker = { tense: Tense | undefined; at: number };

const FUTURE = new Set([
  "will", "'ll", "shall", "would", "planned", "planning", "scheduled", "expected", "expects", "expect",
  "due", "upcoming", "next", "intends", "intend", "aims", "aim", "going", "forthcoming", "convene",
  "promised", "pledged", "proposed", "projected", "forecast",
  // A timetable's present: "The trial begins on Monday", "Voting closes on Thursday".
  "begins", "starts", "opens", "closes", "resumes", "reopens", "convenes", "meets", "ends",
]);
const PRESENT = new Set(["is", "are", "am", "says", "say", "remains", "has", "have", "now", "currently", "continues"]);
const PAST_IRREGULAR = new Set([
  "was", "were", "had", "did", "said", "told", "met", "began", "began", "held", "took", "came", "went", "made", "won",
  "lost", "saw", "gave", "got", "left", "rose", "fell", "grew", "hit", "set", "put", "ran", "led", "paid", "sold",
  "bought", "brought", "found", "thought", "became", "wrote", "spoke", "broke", "chose", "drove", "flew", "knew",
  "stood", "struck", "saw", "tore", "shot", "fought", "sought", "taught", "caught", "sent", "spent", "built", "kept", "meant", "felt", "heard", "sat", "shut", "cut", "cast", "ago",
  "swept", "fled", "drew", "threw", "blew", "withdrew", "undertook", "overtook", "shook", "sank", "rang", "sang", "wore", "hid", "dealt",
  "slept", "rode", "froze", "stole", "hung", "swung", "dug", "stuck", "spun", "lent", "forgave", "forbade", "oversaw", "foresaw",
  "since", "earlier", "previously", "former", "born", "died",
]);
// "-ed" words that usually speak of what is still to come.
const ED_FUTURE = new Set(["scheduled", "expected", "planned", "proposed", "projected", "slated", "intended", "anticipated", "pledged", "promised"]);
const ED_NOT_PAST = new Set(["need", "indeed", "speed", "feed", "seed", "bed", "red", "shed", "hundred", "based", "called", "so-called", "limited", "united", "related", "detailed", "extended", "advanced", "armed", "skilled", "talented", "concerned", "interested", "used"]);

const WORD = /[A-Za-z\u00C0-\u024F'’]+/g;
const AHEAD_TO = new Set(["set", "is", "are", "due", "likely", "ready", "going", "about", "poised", "slated", "plans", "plan", "hopes", "hope", "wants", "want", "agreed", "decided",
  // "said it hoped to gavel through a deal by Sunday": what was hoped for or vowed is still ahead.
  "hoped", "hoping", "wanted", "aimed", "aiming", "seeking", "vowed", "vowing", "pledged", "promised", "intended", "planned", "planning", "expected", "threatened", "threatening",
  // "has committed to cutting emissions … by 2035".
  "committed", "commits", "commit", "pledges", "promises", "vows", "aims", "intends", "resolved", "determined"]);

/** Words after which a participle is an adjective of the noun that follows ("a proposed package"). */
const DETERMINERS = new Set(["a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those"]);

/**
 * Is the word at `at` in `s` a participle used as an adjective ("a proposed pay package",
 * "a long-delayed study"): after a determiner or joined to the word before by a hyphen?
 */
function adjectival(s: string, at: number, prev: string): boolean {
  if (DETERMINERS.has(prev) || s[at - 1] === "-") return true;
  // (Or after a possessive: "the government’s revised rental law".)
  if (at >= 3 && s.charCodeAt(at - 1) === 32 && s.charCodeAt(at - 2) === 115 && (s.charCodeAt(at - 3) === 39 || s.charCodeAt(at - 3) === 0x2019)) return true;
  // (Or between a count and a noun: "would push 150,000 disabled people into poverty by 2030", not
  // "Thousands gathered in the square", "500 signed a petition".)
  const counted = COUNTS.has(prev) || (at > 1 && s.charCodeAt(at - 2) >= 48 && s.charCodeAt(at - 2) <= 57 && COUNT_BEFORE.test(s.slice(Math.max(0, at - 16), at)));
  if (counted) return nounFollows(s, at);
  // (Or after an adverb, before its noun: "privately sponsored refugees in 2026", not "quietly sponsored the event".)
  const ps = at - 1 - prev.length;
  if (prev.length > 4 && prev.endsWith("ly") && ps >= 0 && s.charCodeAt(at - 1) === 32 && s.slice(ps, at - 1).toLowerCase() === prev) return nounFollows(s, at);
  // (Or after a verb's base form that a modal or "to" governs: "would resubmit revised estimates",
  // "to publish updated figures".)
  if (prev.length < 3 || prev.endsWith("ed") || prev.endsWith("s") || NOT_BASE_VERB.has(prev)) return false;
  const p = s.lastIndexOf(prev, at - 1);
  return p > 0 && s.slice(p + prev.length, at).trim() === "" && BASE_BEFORE.has(wordBefore(s, p));
}
/** Counts before a participle used as an adjective: "three injured workers", "several armed men". */
const COUNTS: ReadonlySet<string> = new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "dozens", "hundreds", "thousands", "millions", "several", "many"]);
/** After a word, a lower-case word that can be a noun: no preposition, article, conjunction or adverb in "-ly". */
const NOUN_NEXT = /^ (?!(?:in|on|at|to|for|from|with|by|of|into|outside|inside|near|after|before|during|through|across|over|under|around|against|a|an|the|and|or|but|as|when|while|that|this|their|its|his|her|last|yesterday|today|early|late|again|back|up|down|out|off|home|peacefully)\b)[a-z]+(?<!ly)\b/;
/** Does a word that can be a noun (NOUN_NEXT) follow the word starting at `at` in `s`? */
export function nounFollows(s: string, at: number): boolean {
  return NOUN_NEXT.test(s.slice(at).replace(/^[A-Za-z]+/, ""));
}
/** A number right before a word, with a thousands separator or of up to three digits (no year: "in 2019 opened"). */
const COUNT_BEFORE = /(?:^|[\s(])(?:\d{1,3}(?:,\d{3})+|\d{1,3})\s$/;
/** Words after a modal that are no verb taking an object: "will be planned", "would not …", "will were". */
const NOT_BASE_VERB = new Set(["be", "been", "being", "was", "were", "are", "have", "had", "not", "never", "also", "then", "still", "just", "now", "soon", "only", "the", "will", "would", "shall", "should", "can", "could", "may", "might", "must"]);
/** What governs a verb's base form: modals and "to". */
const BASE_BEFORE = new Set(["will", "would", "shall", "should", "can", "could", "may", "might", "must", "to"]);

/**
 * A clause that only describes a noun, set off by commas, does not govern a date after it:
 * "approved the scheme, which is due to open next year, on May 14". Blanked out, offsets kept.
 */
const RELATIVE = /,\s*(?:which|who)\b[^,;“”]*,/g;
/** The same with a participle for "which was": "The mandate, won in a ballot in July, expires on", "The bond, issued in 2015, matures on". */
const PARTICIPLE_RELATIVE = /,\s*(?:[a-z]+ed|won|held|built|made|set|sold|paid|taken|given|written|chosen|drawn|grown|known|seen|begun|shown)\s+(?:in|on|at|by|during|last|from|after|before|for|under|with)\b[^,;“”]*,/g;
/**
 * After the clause, only the date's own phrase may follow ("…, on"), or a verb and that phrase ("The tax,
 * which was introduced in 2019, expires on"): else the comma was a list's.
 */
const PHRASE_TO_END = /^\s*(?:(?!(?:and|or|but|the|a|an)\s)[a-z]+\s+)?(?:on|in|at|during|from|by|until|before|after)(?:\s+the)?\s*$/;
/**
 * "According to figures released by Immigration, Refugees and Citizenship Canada (IRCC), the plan
 * sets a target … in 2026": a source's phrase opening the sentence is no part of its clause.
 */
const ACCORDING_OPENING = /^\s*According\s+to\s[^;“”]*?,\s+(?=(?:the|a|an|it|he|she|they|we|this|its|their|his|her)\s)/;
export function blankRelatives(s: string): string {
  // RELATIVE needs "which" or "who" (case-sensitive), PARTICIPLE_RELATIVE two commas: most clauses have neither.
  const blank = (m: string, at: number): string => (PHRASE_TO_END.test(s.slice(at + m.length)) ? " ".repeat(m.length) : m);
  let out = s.includes("wh") ? s.replace(RELATIVE, blank) : s;
  if (out.includes("According")) out = out.replace(ACCORDING_OPENING, (m) => " ".repeat(m.length));
  const comma = out.indexOf(",");
  if (comma >= 0 && out.indexOf(",", comma + 1) >= 0) out = out.replace(PARTICIPLE_RELATIVE, blank);
  return out;
}

/**
 * How far back from a date its clause is read (characters). The nearest marker decides, so a longer
 * look changes nothing in prose, and a sentence thousands of characters long (a table flattened
 * into one line, a run of dates) costs time in proportion to its dates, not to their square.
 */
export const LOOKBACK = 600;

/** Where to start reading back from `start` within a sentence starting at `from`: at a word boundary. */
export function lookbackStart(text: string, from: number, start: number): number {
  if (start - from <= LOOKBACK) return from;
  let i = start - LOOKBACK;
  while (i < start && text[i] !== " ") i++;
  return i;
}

/** The word that ends before `at` (past any spaces), lower-cased; a linear walk back. */
function wordBefore(s: string, at: number): string {
  let i = at;
  while (i > 0 && s[i - 1] === " ") i--;
  const end = i;
  while (i > 0 && /[A-Za-z]/.test(s[i - 1]!)) i--;
  return s.slice(i, end).toLowerCase();
}

function classify(w: string): Tense | undefined {
  return classifyLower(w.toLowerCase());
}

/**
 * The marker words' tenses in one table, as the lists are consulted in turn: FUTURE and ED_FUTURE first
 * ("set" among them would be no marker: null), then PAST_IRREGULAR, then PRESENT.
 */
const MARKER = new Map<string, Tense | null>();
for (const w of PRESENT) MARKER.set(w, "present");
for (const w of PAST_IRREGULAR) MARKER.set(w, "past");
for (const w of [...ED_FUTURE, ...FUTURE]) MARKER.set(w, w === "set" ? null : "future");

/** classify() of a word already lower-cased. */
function classifyLower(w: string): Tense | undefined {
  let t = w;
  if (t.includes("’")) t = t.replace(/’/g, "'");
  if (t.endsWith("'ll")) return "future";
  const k = MARKER.get(t);
  if (k !== undefined) return k ?? undefined;
  if (t.length > 4 && t.endsWith("ed") && !ED_NOT_PAST.has(t)) return "past";
  return undefined;
}

/** classifyLower() as it read the lists one after the other (for tests). */
export function classifyByLists(w: string): Tense | undefined {
  let t = w;
  if (t.includes("’")) t = t.replace(/’/g, "'");
  if (t === "'ll" || t.endsWith("'ll")) return "future";
  if (ED_FUTURE.has(t) || FUTURE.has(t)) return t === "set" ? undefined : "future";
  if (PAST_IRREGULAR.has(t)) return "past";
  if (PRESENT.has(t)) return "present";
  if (t.length > 4 && t.endsWith("ed") && !ED_NOT_PAST.has(t)) return "past";
  return undefined;
}
/** classifyLower, exported for tests. */
export const classifyWord = classifyLower;
/** Every word of the marker lists (for tests). */
export const MARKER_WORDS: readonly string[] = [...FUTURE, ...ED_FUTURE, ...PAST_IRREGULAR, ...PRESENT, ...ED_NOT_PAST];

const CLAUSE_END = /[;“”]|\b(?:and|but|or|while|whereas)\b/;

/** A character of WORD: [A-Za-z\u00C0-\u024F'’]. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 0x2019 || (c >= 0xc0 && c <= 0x24f);
}

/** ; “ ”: where a clause starts (after it), reading back from a date. None is a character of WORD. */
function isClauseMark(c: number): boolean {
  return c === 59 || c === 0x201c || c === 0x201d;
}

/**
 * The tense marker nearest the end of `s` among the words of its last clause (WORD's runs after its last
 * ; “ or ”), and where it starts.
 * Read front to back, each word's marker depends on the word before it, and a participle used as an
 * adjective that usually speaks of what is ahead ("a proposed package") counts only while no marker came
 * before it; the last marker wins. So the answer is the last unconditional marker, or else the first such
 * participle when it is the first word that could be a marker at all: found reading back from the end,
 * usually within a few words (the clause's start is found on the way, when reached).
 */
function nearestMarker(s: string): Marker | undefined {
  // The word being judged is [ws, we), w lower-cased; the one before it is [ps, pe), none when pe <= from.
  // `from` is where the clause starts, once reading back has reached it.
  let from = 0;
  let we = s.length;
  for (let c: number; we > from && !isWordChar((c = s.charCodeAt(we - 1))); we--) if (isClauseMark(c)) from = we;
  if (we <= from) return undefined;
  let ws = we;
  // An apostrophe or a letter beyond ASCII in the word (`odd`): then it is judged whatever it is.
  let odd = false;
  for (let c: number; ws > from && isWordChar((c = s.charCodeAt(ws - 1))); ws--) if (c === 39 || c >= 128) odd = true;
  let conditional = -1;
  for (;;) {
    let pe = ws;
    for (let c: number; pe > from && !isWordChar((c = s.charCodeAt(pe - 1))); pe--) if (isClauseMark(c)) from = pe;
    let ps = pe;
    let prevOdd = false;
    for (let c: number; ps > from && isWordChar((c = s.charCodeAt(ps - 1))); ps--) if (c === 39 || c >= 128) prevOdd = true;
    // Most words can be no marker (mayMark): they are passed by without being read.
    if (odd || mayMark(s, ws, we)) {
      const w = s.slice(ws, we).toLowerCase();
      const prev = pe > from ? s.slice(ps, pe).toLowerCase() : "";
      let k: Tense | undefined;
      if ((w === "to" && AHEAD_TO.has(prev)) || (w === "as" && (prev === "soon" || prev === "early")) || (w === "set" && (prev === "is" || prev === "are"))) k = "future";
      else if (HEDGES.has(w)) {
        // "could" is also the past of "can" ("could be located Wednesday"): it ends the search, with no tense.
        if (hedgeAhead(s, ws, we)) return { tense: w === "could" ? undefined : "future", at: ws };
      }
      else if (notFinite(w, prev) || (w === "forecast" && forecastNoun(s, we)) || (w === "planning" && planningNoun(s, we))) k = undefined;
      else if (w.endsWith("ed") && adjectival(s, ws, prev)) {
        // Counts only as the first possible marker of the clause: remember the earliest, read on.
        if (ED_FUTURE.has(w) && classifyLower(w) !== undefined) conditional = ws;
      } else k = classifyLower(w);
      if (k) return { tense: k, at: ws };
    }
    if (pe <= from) break;
    ws = ps;
    we = pe;
    odd = prevOdd;
  }
  return conditional >= 0 ? { tense: "future", at: conditional } : undefined;
}

/** Past participles that are no "-ed" words: "will be held", "has been paid". */
const PARTICIPLES = new Set("held made won lost hit set put paid sold bought brought found thought built kept meant felt heard shut cut cast sent spent taught caught sought fought shot struck led left met told said".split(" "));
/** Past forms that are their verbs' base forms too: after "would", "to" or "did", no past ("would cut 3,800 jobs"). */
const SAME_AS_BASE = new Set(["hit", "set", "put", "shut", "cut", "cast"]);
/** Words before a past form that is also a noun which make it the noun: "the last cut", "a rate cut", "its first hit". */
const NOUN_BEFORE_BASE = new Set([...DETERMINERS, "last", "previous", "latest", "first", "next", "recent", "big", "deep", "rate", "tax", "price", "pay", "job", "budget", "spending"]);

/** Is `w` ("cut", "hit" …), after the word `prev`, a noun rather than a past form? */
export function nounNotPast(w: string, prev: string): boolean {
  return SAME_AS_BASE.has(w) && NOUN_BEFORE_BASE.has(prev);
}
const BEFORE_BASE = new Set(["will", "would", "shall", "can", "could", "may", "might", "must", "should", "to", "did", "does", "do", "not"]);

/**
 * The word `w` after `prev` is a participle after a form of "be" ("will be held", "been postponed")
 * or a base form after a modal or "to" ("would cut"): it marks no tense; the words before it do.
 */
/**
 * "raised its profit forecast on Monday", "its growth forecast in October", "cut its forecast
 * Wednesday": a noun, no plan, when a phrase of time or the date itself comes right after it (the
 * word ends at `we`). ("is forecast to", "forecast growth of 3% in 2026", "its forecast for 2026"
 * still look ahead.)
 */
function forecastNoun(s: string, we: number): boolean {
  const next = /^[\s,]*([A-Za-z]*)/.exec(s.slice(we, we + 16))![1]!.toLowerCase();
  return next === "" || FORECAST_THEN.has(next);
}
const FORECAST_THEN = new Set(["on", "in", "at", "last", "this", "earlier", "yesterday", "today", "after", "before", "during", "late", "early"]);

/** "planning permission", "a planning application": the noun of land use, no plan (the word ends at `we`). */
function planningNoun(s: string, we: number): boolean {
  return PLANNING_NOUN.test(s.slice(we, we + 24));
}
/** What "planning" heads as a noun of land use, as the start of the next word ("applications", "officers"); `PLANNED_RE` leaves them out too. */
const PLANNING_NOUNS = "permission|consent|application|approval|appeal|committee|officer|inspector|department|authority|rules|law|system|policy|process|regulations|decision|grounds|condition";
const PLANNING_NOUN = new RegExp(`^\\s+(?:${PLANNING_NOUNS})`, "i");

function notFinite(w: string, prev: string): boolean {
  if (prev === "be" || prev === "been" || prev === "being") return w.endsWith("ed") || PARTICIPLES.has(w);
  return SAME_AS_BASE.has(w) && (BEFORE_BASE.has(prev) || prev.endsWith("'ll") || prev.endsWith("’ll"));
}

/** Modals of what may yet happen: "the bank may cut rates in March"; "a new storm could make landfall on Friday" (no past, at least). */
const HEDGES: ReadonlySet<string> = new Set(["could", "may", "might"]);
/** "could make landfall", not "could not attend", "may have closed" or the month May (the hedge ends at `we`). */
function hedgeAhead(s: string, ws: number, we: number): boolean {
  return s.charCodeAt(ws) !== 77 && !/^\s+(?:not|never|have|only|barely|hardly|no\s+longer)\b/.test(s.slice(we, we + 16));
}

/** The longest word of MARKER, "to" and "as". */
const LONGEST_MARKER = Math.max(2, ...[...MARKER.keys()].map((w) => w.length));
/** Which lengths, first and last letters the words of MARKER, "to" and "as" have (ASCII letters, folded; "'ll" has none). */
const MARKER_SHAPES = new Uint8Array((LONGEST_MARKER + 1) * 26 * 26);
for (const w of [...MARKER.keys(), ...HEDGES, "to", "as"]) {
  if (!/^[a-z]+$/.test(w)) {
    // A word with an apostrophe is judged whatever it is; mayMark() would miss any other.
    if (!w.includes("'")) throw new Error(`marker ${w}: not ASCII letters`);
  } else MARKER_SHAPES[(w.length * 26 + (w.charCodeAt(0) - 97)) * 26 + (w.charCodeAt(w.length - 1) - 97)] = 1;
}

/**
 * Can the word [ws, we) of `s`, made of ASCII letters (WORD's characters but for an apostrophe and those
 * beyond ASCII), be a marker, "to" or "as", or end in "ed" (case aside)? False only when it is none of them:
 * classifyLower() finds no tense in it, and the readings of "to", "as" and "-ed" words do not apply.
 */
export function mayMark(s: string, ws: number, we: number): boolean {
  const n = we - ws;
  const last = s.charCodeAt(we - 1) | 32;
  if (last === 100 && n >= 2 && (s.charCodeAt(we - 2) | 32) === 101) return true;
  return n <= LONGEST_MARKER && MARKER_SHAPES[(n * 26 + ((s.charCodeAt(ws) | 32) - 97)) * 26 + (last - 97)] === 1;
}

/**
 * Tense of the clause around [start, end) in `text`, looking within [from, to) (the sentence).
 * The nearest marker before the expression wins; markers after it count at double distance.
 */
export function tenseAt(text: string, from: number, to: number, start: number, end: number): Tense | undefined {
  // Clause limits: stop at ; and at a quotation boundary.
  const before = blankRelatives(text.slice(lookbackStart(text, from, start), start));
  // "will be introduced on Saturday, three days after his medical on 6 August": the date of an event
  // named by a noun before or after the clause's own is no more planned or done than it says.
  if (anotherEvents(before)) return undefined;
  const marker = governing(before, nearestMarker);
  let best = marker?.tense;
  const bestDist = marker ? before.length - marker.at : Infinity;
  // The first marker among WORD's runs in [end, lim), if it lies in the date's own clause and nearer than the
  // marker before it at double distance ("On Friday, the king said…" is the exception: a leading date).
  // Words at bestDist / 2 or further cannot be nearer: they are not read.
  const lim = afterLimit(text, before, end, Math.min(to, end + 60));
  const startsBefore = Math.min(lim, bestDist === Infinity ? Infinity : end + Math.ceil(bestDist / 2));
  let i = end;
  while (i < startsBefore) {
    let c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    const ws = i;
    let odd = false;
    for (; i < lim && isWordChar((c = text.charCodeAt(i))); i++) if (c === 39 || c >= 128) odd = true;
    if (!odd && !mayMark(text, ws, i)) continue;
    const word = text.slice(ws, i);
    // ("in 2026, the lowest since the 1950s": "since" after a date opens another time, no tense of its.)
    const k = word === "since" ? undefined : (classify(word) ?? (best === undefined && verbAfterDate(text, end, ws, word, before) ? "past" : undefined));
    if (!k) continue;
    // "The company will hold its investor day on Thursday, Oct. 16, it said": a speech tag after the
    // date says when it was said, not when the event is, once the clause has a marker of its own.
    if (best !== undefined && speechTag(text, end, ws, word)) break;
    // Where the date's clause ends after it: the end of the first ; “ ” or conjunction. (One ending at a word's
    // start cannot be: the word would go on back into it.)
    const stop = CLAUSE_END.exec(text.slice(end, lim));
    if ((stop ? stop.index + stop[0].length : Infinity) > ws - end) best = k;
    break;
  }
  return best;
}

/** "than in ", "compared with ", "than at the end of ": a date compared with, at the end of the words before it. */
export const COMPARED_BEFORE = /\b(?:than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?:in|on|at|during|by)\s+)?(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$/i;

/**
 * Events announced or called, then their dates set off by a comma or after "for": "has announced two
 * further walkouts, on", "called strikes for" (and each date after the first in their list) — the dates are the events', not the announcement's.
 */
const EVENTS_ANNOUNCED = /\b(?:announced|called|named|set|confirmed|unveiled|scheduled|planned|declared)\s+(?:[a-z-]+\s+){0,3}(?:strikes|walkouts|stoppages|protests|rallies|marches|meetings|hearings|elections|votes|referendums|talks|dates|days\s+of\s+action|events|concerts|performances|shows|sessions|rounds|debates)\s*(?:,\s*(?:on|in|from|between)|for)\s+(?:(?:[A-Z][a-z]+,?\s)?(?:\d{1,2}(?:st|nd|rd|th)?\s[A-Z][a-z]+|[A-Z][a-z]+\.?\s\d{1,2})(?:,\s|\s(?:and|or)\s))*$/;

/**
 * The date belongs to an event named by a noun, not to the clause's verb: "three days after his
 * medical on", "has announced two further walkouts, on" — no tense of its own.
 */
function anotherEvents(before: string): boolean {
  return before.length > 12 && (NOUN_EVENT_BEFORE.test(before.slice(-48)) || EVENTS_ANNOUNCED.test(before.slice(-80)));
}

/** "after his medical on", "two days before the vote on": an event named by a noun, after "after" or "before" and a determiner. */
const NOUN_EVENT_BEFORE = /\b(?:days?|weeks?|hours?|months?)\s+(?:after|before)\s+(?:his|her|their|its|the|a|an)\s+(?:[a-z]+\s+){1,2}(?:on|in)\s+$/;

/**
 * A word that dates the words before it: a month's name, a weekday, a year ("ended Dec. 31", "which
 * was introduced in 2019"). Months are capitalised (so "may" is no month).
 */
export const DATE_WORD = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|(?:1[89]|20)\d\d)\b/;

/** How many characters before a date UNTIL_BEFORE can match: "until at least the end of " and a little more. */
const UNTIL_REACH = 40;
/** "until " (or "till ") as a date's own preposition, at the end of the words before it. */
const UNTIL_BEFORE = /\b(?:until|till)\s+(?:(?:at\s+least|the\s+(?:end|start|beginning|middle)\s+of|mid-?|early|late)\s*)?$/i;

/** A plan moved, and "to" before its new date, at the end of the words before it. */
const MOVED_TO = /\b(?:delayed|postponed|pushed\s+back|moved|deferred|rescheduled|put\s+off|brought\s+forward|adjourned)\s+(?:(?:the|its|his|her|their|a)\s+)?(?:[a-z-]+\s+){0,2}to\s+$/i;

/** How many past markers `governing` steps back over in a clause that describes a noun ("that was ended"). */
const PAST_STEPS = 3;

/**
 * The marker that governs a date at the end of `before`, as `find` (nearestMarker) reads it, but for a
 * past marker with a date of its own between it and ours, after a future marker: "will report results
 * for the quarter that ended Dec. 31 on Feb. 26" — "ended" is dated by "Dec. 31", and "Feb. 26" by "will".
 */
function governing(before: string, find: (s: string) => Marker | undefined): Marker | undefined {
  // "until March 6", "until at least 2014": the date is the end of a span still running when its
  // verb was said. ("until" is no marker elsewhere: "ran the unit from 1986 until her retirement in 2002".)
  // (Read in the last few words only: every date asks.)
  const tail = before.length - UNTIL_REACH;
  const until = UNTIL_BEFORE.exec(tail > 0 ? before.slice(tail) : before);
  if (until) return { tense: "future", at: Math.max(0, tail) + until.index + until[0].search(/\S/) };
  // "delayed the launch to December", "postponed the vote to next year": where a plan was moved to is ahead of the move.
  const moved = before.length > 8 && before.endsWith("to ") ? MOVED_TO.exec(tail > 0 ? before.slice(tail) : before) : null;
  if (moved) return { tense: "future", at: Math.max(0, tail) + moved.index + moved[0].search(/\S/) };
  const marker = find(before);
  if (marker?.tense !== "past" || !ownDateAfter(before, marker.at)) return marker;
  let at = marker.at;
  for (let i = 0; i < PAST_STEPS; i++) {
    const earlier = find(before.slice(0, at));
    if (!earlier) break;
    if (earlier.tense === "future") return earlier;
    if (earlier.tense !== "past") break;
    at = earlier.at;
  }
  return marker;
}

/** Is there a date (DATE_WORD) after the marker word starting at `at` in `s`? */
function ownDateAfter(s: string, at: number): boolean {
  let i = at;
  while (i < s.length && isWordChar(s.charCodeAt(i))) i++;
  return DATE_WORD.test(s.slice(i));
}

/** A relative clause set off by a comma that the date ends inside: "The UK Biobank, which began recruiting in". */
const OPEN_RELATIVE = /,\s*(?:which|who)\b[^,;“”]*$/;

/**
 * Where the words after a date that may give its tense end (`lim` at most): at the comma that closes a
 * relative clause the date is in ("…, which began recruiting in 2006, will release": not "will").
 */
function afterLimit(text: string, before: string, end: number, lim: number): number {
  if (!before.includes("wh") || !OPEN_RELATIVE.test(before)) return lim;
  const comma = text.indexOf(",", end);
  return comma >= 0 && comma < lim ? comma : lim;
}

/** A subject and the date's preposition: "The Senate on". */
const SUBJECT_ON = /[A-Za-z]\s+(?:on|in)\s*$/;

/**
 * Is `word`, right after a date between a subject and its verb, that verb in the past, though it is
 * often an adjective ("advanced", "called")? "The Senate on Wednesday, Jan. 14, advanced a bill".
 */
function verbAfterDate(text: string, end: number, ws: number, word: string, before: string): boolean {
  return ED_NOT_PAST.has(word) && /^,?\s*$/.test(text.slice(end, ws)) && SUBJECT_ON.test(before);
}

/** ", it said", ", the company added": a comma, at most four words and a reporting verb between the date's end and `ws`. */
const SPEECH_TAG = /^,\s*(?:[\p{L}.'’-]+\s+){1,4}$/u;
function speechTag(text: string, end: number, ws: number, word: string): boolean {
  return REPORTING_VERBS.has(word.toLowerCase()) && SPEECH_TAG.test(text.slice(end, ws));
}

/**
 * tenseAt() as it read the words after the date with WORD, the clause's end found first, and classified
 * every word (for tests).
 */
export function tenseAtByRegex(text: string, from: number, to: number, start: number, end: number): Tense | undefined {
  const before = blankRelatives(text.slice(lookbackStart(text, from, start), start));
  if (anotherEvents(before)) return undefined;
  const marker = governing(before, nearestMarkerByWords);
  let best = marker?.tense;
  let bestDist = marker ? before.length - marker.at : Infinity;
  let m: RegExpExecArray | null;
  const after = text.slice(end, afterLimit(text, before, end, Math.min(to, end + 60)));
  const stop = CLAUSE_END.exec(after);
  const stopEnd = stop ? stop.index + stop[0].length : Infinity;
  WORD.lastIndex = 0;
  while ((m = WORD.exec(after))) {
    if (stopEnd <= m.index) break;
    const k = m[0] === "since" ? undefined : (classify(m[0]) ?? (best === undefined && verbAfterDate(text, end, end + m.index, m[0], before) ? "past" : undefined));
    if (!k) continue;
    if (best !== undefined && speechTag(text, end, end + m.index, m[0])) break;
    if (m.index * 2 < bestDist) {
      best = k;
      bestDist = m.index * 2;
    }
    break;
  }
  return best;
}

/** nearestMarker() as it read every word (for tests). */
function nearestMarkerByWords(s: string): Marker | undefined {
  let from = 0;
  let we = s.length;
  for (let c: number; we > from && !isWordChar((c = s.charCodeAt(we - 1))); we--) if (isClauseMark(c)) from = we;
  if (we <= from) return undefined;
  let ws = we;
  while (ws > from && isWordChar(s.charCodeAt(ws - 1))) ws--;
  let conditional = -1;
  let w = s.slice(ws, we).toLowerCase();
  for (;;) {
    let pe = ws;
    for (let c: number; pe > from && !isWordChar((c = s.charCodeAt(pe - 1))); pe--) if (isClauseMark(c)) from = pe;
    let ps = pe;
    while (ps > from && isWordChar(s.charCodeAt(ps - 1))) ps--;
    const prev = pe > from ? s.slice(ps, pe).toLowerCase() : "";
    let k: Tense | undefined;
    if ((w === "to" && AHEAD_TO.has(prev)) || (w === "as" && (prev === "soon" || prev === "early")) || (w === "set" && (prev === "is" || prev === "are"))) k = "future";
    else if (HEDGES.has(w)) {
      if (hedgeAhead(s, ws, ws + w.length)) return { tense: w === "could" ? undefined : "future", at: ws };
    }
    else if (notFinite(w, prev) || (w === "forecast" && forecastNoun(s, ws + w.length)) || (w === "planning" && planningNoun(s, ws + w.length))) k = undefined;
    else if (w.endsWith("ed") && adjectival(s, ws, prev)) {
      if (ED_FUTURE.has(w) && classifyLower(w) !== undefined) conditional = ws;
    } else k = classifyLower(w);
    if (k) return { tense: k, at: ws };
    if (pe <= from) break;
    ws = ps;
    w = prev;
  }
  return conditional >= 0 ? { tense: "future", at: conditional } : undefined;
}

/** Forms of "be" that put a plan in the past: "was scheduled". */
const PAST_BE = new Set(["was", "were", "been"]);
/** A clause of its own inside the plan's: "after serving", "before joining", "since leaving". */
const GERUND_CLAUSE = /\b(?:after|before|since|while|when)\s+[a-z]+ing\b/;

/** An event named by a noun, counted from: "three days after his medical", "a week before the vote". */
const NOUN_EVENT_AFTER_PLAN = /\b(?:days?|weeks?|hours?|months?)\s+(?:after|before)\s+(?:his|her|their|its|the|a|an)\s+[a-z]/;

/** Past markers that do not make an event completed. */
const NOT_COMPLETED = new Set(["since", "earlier", "previously", "former", "ago"]);

/**
 * Is the event a date belongs to planned or completed? The nearest marker of either kind before the
 * date in its clause decides ("mentioned plans for a meeting in January" → planned).
 */
export function eventStatus(text: string): "planned" | "completed" | undefined {
  const clause = blankRelatives(text);
  // Read in text order, the last marker decides, except that "proposed", "planned" before their
  // noun describe it: after a verb they change nothing ("rejected a proposed package on May 14"),
  // else they speak of a plan ("the planned talks on May 3"). So the last marker that is no such
  // adjective decides (a completed one where both start at one word: "set to"), and a clause with
  // only adjectives speaks of a plan.
  let planned = -1;
  let pastPlan = false;
  let adjective = false;
  PLANNED_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLANNED_G.exec(clause))) {
    const prev = wordBefore(clause, m.index);
    if (/ed$/i.test(m[0]) && adjectival(clause, m.index, prev)) adjective = true;
    else {
      planned = m.index;
      // "was scheduled for", "had been planned for": a plan spoken of in the past, kept or not.
      // ("was originally scheduled", "was due to take place": an adverb between, "due" as the plan.)
      const lower = m[0].toLowerCase();
      pastPlan = (ED_FUTURE.has(lower) || lower.startsWith("due")) && PAST_BE.has(/ly$/.test(prev) ? wordBefore(clause, clause.lastIndexOf(prev, m.index)) : prev);
    }
  }
  const completed = lastCompleted(clause, planned);
  // A completed event with a date of its own, after a plan: "will report results for the quarter that
  // ended Dec. 31 on" speaks of the report.
  if (completed >= 0 && !(planned >= 0 && ownDateAfter(clause, completed))) return "completed";
  if (planned >= 0) {
    // "will take office after serving as deputy from 2015 to": the date is the clause's of "serving", before the plan.
    // ("…, three days after his medical on": the date of another event, named by a noun.)
    if (pastPlan || GERUND_CLAUSE.test(clause.slice(planned)) || NOUN_EVENT_AFTER_PLAN.test(clause.slice(planned))) return undefined;
    return "planned";
  }
  return adjective ? "planned" : undefined;
}

/**
 * Where the last word of `clause` that marks a completed event starts (a past form, not after "be",
 * not a participle used as an adjective, not "since", "ago"…), if it starts at or after `from`; else
 * -1. Read back from the end (WORD's runs; each word judged with the word before it), so usually
 * only the last few words are read.
 */
function lastCompleted(clause: string, from: number): number {
  let we = clause.length;
  for (;;) {
    while (we > 0 && !isWordChar(clause.charCodeAt(we - 1))) we--;
    if (we === 0) return -1;
    let ws = we;
    while (ws > 0 && isWordChar(clause.charCodeAt(ws - 1))) ws--;
    if (ws < from) return -1;
    let pe = ws;
    while (pe > 0 && !isWordChar(clause.charCodeAt(pe - 1))) pe--;
    // A past form is an irregular one or ends in "ed": most words are neither, and are passed by.
    const ed = we - ws > 2 && (clause.charCodeAt(we - 2) | 0x20) === 0x65 && (clause.charCodeAt(we - 1) | 0x20) === 0x64;
    if (ed || we - ws <= LONGEST_IRREGULAR) {
      const raw = clause.slice(ws, we);
      const w = raw.toLowerCase();
      if (ed || PAST_IRREGULAR.has(w)) {
        let ps = pe;
        while (ps > 0 && isWordChar(clause.charCodeAt(ps - 1))) ps--;
        const prev = clause.slice(ps, pe).toLowerCase();
        // ("is set to", "are set for": a plan, not the past of "set".)
        // ("if one is requested", "are expected": the present's passive, no completed event.)
        const past = prev !== "be" && !(w.endsWith("ed") && PRESENT_BE.has(prev)) && !ED_FUTURE.has(w) && !(w === "set" && (prev === "is" || prev === "are")) && !nounNotPast(w, prev) && !(w.endsWith("ed") && adjectival(clause, ws, prev)) && (PAST_IRREGULAR.has(w) || classify(raw) === "past");
        // ("used" is no past form before "to": "used to meet"; else it is: "the one used until".)
        const used = w === "used" && prev !== "be" && !/^\s+to\b/.test(clause.slice(we)) && !adjectival(clause, ws, prev);
        if ((past || used) && !NOT_COMPLETED.has(w)) return ws;
      }
    }
    we = pe;
  }
}

const PRESENT_BE = new Set(["is", "are", "am", "being"]);

const LONGEST_IRREGULAR = Math.max(...[...PAST_IRREGULAR].map((w) => w.length));

/**
 * Strong markers of a plan or a future event near an expression (for the date-inconsistency rule);
 * "may" and "might" too, of what has not happened yet ("the contract may be signed on September
 * 12"), unless they look back ("may have met").
 * A timetable's present tense is a plan too: "the summit takes place on May 30", "the trial begins
 * on", "the museum opens on" (not a plural's base form, which may be an infinitive or follow "not":
 * "agreed to begin talks on …" speaks of a plan made, "did not take place" of none), as are "is set
 * for" and "is expected on".
 */
export const PLANNED_RE = new RegExp(`\\b(?:will|'ll|shall|plans?\\s+(?:to|for)|planned|planning(?!\\s+(?:${PLANNING_NOUNS}))|scheduled|slated|is due|are due|due to|upcoming|next|expected to|set to|(?:is|are)\\s+(?:set|expected)\\s+(?:for|on|in)|is to|are to|intends?|to be held|to be [a-z]+ed|would|(?:may|might)(?!\\s+(?:not\\s+)?have\\b)|takes\\s+place|begins|opens|starts|convenes|resumes|reopens|kicks\\s+off|meets|go(?:es)?\\s+(?:on\\s+sale|to\\s+the\\s+polls))\\b`, "i");
/** Strong markers of a completed event. */
export const COMPLETED_RE = /\b(?:was|were|had|took place|held|met|opened|began|started|ended|closed|published|announced|released|signed|won|died|arrested|convicted|elected|launched|completed|founded|said|told|reported|was held|happened|occurred|returned|described|awarded|unveiled|visited|resumed|resigned|retired|stepped down|rose|fell|grew|climbed|dropped|jumped|slumped|surged|soared|plunged|tumbled|gained|lost|struck|hit|attacked|killed|crashed|collapsed|exploded|erupted|voted|approved|passed|rejected|ruled|sentenced|fired|appointed|acquired|bought|sold|merged|filed|sued|raided|invaded|landed|departed|arrived|married|finished|beat|defeated|scored|surrendered|fled|escaped|disappeared|reopened|shut|suspended|cancell?ed|inaugurated|debuted|premiered|demolished|destroyed|burned|flooded|evacuated|rescued|freed|detained|charged|indicted|acquitted|ratified|adopted|enacted|vetoed|overturned|upheld|nominated|sworn in|crowned|buried|protested|marched|rallied|walked out|shot|stabbed|injured|wounded|hosted|staged|performed|issued|imposed|lifted|introduced|went|came|gathered|paid|cast|spoke|gave|attended|travell?ed|flew|left|inspected|reviewed|audited|tested|examined|investigated|discovered|recorded|delivered|received|submitted|granted|allowed|became|dismissed|expelled|deported|derailed|collided|sank|capsized|withdrew|toured|agreed|decided|declared|proclaimed|concluded|confirmed|revealed|broke\s+out|kicked\s+off|wrapped\s+up|blew\s+up|pulled\s+out|took\s+off|got\s+under\s+way|got\s+underway|set\s+off|broke\s+down|took\s+office|took\s+over|presented|reduced|raised|lowered|increased|halved|doubled|trimmed|slashed|postponed|delayed|scrapped|extended|renewed|restored|hired|laid\s+off|notified|alerted|warned|ordered|banned|closed\s+down)\b/i;
const PLANNED_G = new RegExp(PLANNED_RE.source, "gi");
