import {
  ACT_VERBS,
  AMBIGUOUS_ORG_WORDS,
  CONNECTORS,
  FUNCTION_WORDS,
  MONTHS,
  ORG_TYPE_NOUNS,
  ORG_WORDS,
  PARTY_WORDS,
  PLACE_FIRST,
  PLACE_LAST,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLES,
  WEEKDAYS,
  ORG_NOUNS,
  OFFICE_WORDS,
  THING_NOUNS,
  PLACE_PREPOSITIONS,
  PLACE_NOUNS,
  PLURAL_TITLES,
  STRONG_ACT_VERBS,
  DEMONYMS,
  EVENT_FIRST,
  EVENT_LAST,
  MARKET_INDEXES,
  REGIONS,
} from "../names";

// The word lists a token is tested against most often, as bits: a token carries the bits of its
// lower-case text (one look-up when it is made), and `is(t, W.TITLES)` is `TITLES.has(t.lower)`
// without hashing the word again for every test.

/** Head words of titles: the last word of a title before a name. */
export const HEAD_TITLES: ReadonlySet<string> = new Set(
  (
    "president minister chancellor secretary senator sen sen. rep rep. representative governor gov gov. mayor whip " +
    "councillor councilor councilman councilwoman councilmember alderman alderwoman assemblyman assemblywoman assemblymember " +
    "congressman congresswoman baroness baron viscount viscountess earl countess marquess judge justice dr dr. doctor professor prof prof. sir dame lord lady mr mr. mrs mrs. ms ms. " +
    "miss king queen prince princess pope general gen gen. colonel col col. captain capt capt. lieutenant lt lt. " +
    "sergeant sgt sgt. admiral commissioner ambassador executive chairman chairwoman chair director manager coach " +
    "speaker leader premier archbishop bishop rabbi imam sheikh inspector detective constable superintendent mp " +
    "spokesperson spokesman spokeswoman envoy president-elect secretary-general officer founder cardinal reverend " +
    "rev rev. sheriff major maj maj. emir shah sultan ayatollah attorney commander marshal ceo cfo coo cto " +
    "director-general attorney-general governor-general commander-in-chief editor-in-chief vice-president prime-minister chief-executive " +
    "undersecretary under-secretary treasurer pastor chaplain deacon vicar monsignor patriarch mufti cleric preacher assistant asst asst. " +
    "supt supt. insp insp. dci dcs pcso " +
    // ("Fire Chief Jason Brolund", "Police Chief Ann Lee", "National Statistician Claire Dennis Mapa".)
    "chief statistician " +
    // ("Chief Minister-designate Thomas Kuruvilla".)
    "minister-designate president-designate premier-designate chancellor-designate minister-elect mayor-elect governor-elect senator-elect premier-elect chancellor-elect"
  )
    .split(" ")
    .concat([...PLURAL_TITLES]),
);

/** Words that begin organisation names, never a person's: "National Centre", "Royal Mail". */
export const ORG_ADJECTIVES: ReadonlySet<string> = new Set("national federal international royal central united global world regional municipal metropolitan modern contemporary".split(" "));

export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "it"]);
export const SPEECH_LIKE: ReadonlySet<string> = new Set(
  (
    "said says told tells added adds noted notes stated remarked explained warned insisted confirmed wrote replied " +
    "indicated emphasized emphasised stressed cautioned believes described expressed outlined reiterated mentioned " +
    "revealed argued claimed announced acknowledged admitted urged"
  ).split(" "),
);

/** Plurals of role nouns made with an "s" ("spokesmen" is no such plural): "officials", "ministers". */
export const ROLE_PLURALS: ReadonlySet<string> = new Set([...ROLE_NOUNS].map((r) => `${r}s`));

/** The lists with a bit each (exported for the tests). */
export const WORD_LISTS = {
  ORG_WORDS,
  FUNCTION_WORDS,
  TITLES,
  ACT_VERBS,
  ROLE_NOUNS,
  CONNECTORS,
  HEAD_TITLES,
  WEEKDAYS,
  MONTHS,
  SPEECH_VERBS,
  AMBIGUOUS_ORG_WORDS,
  ORG_TYPE_NOUNS,
  PLACE_LAST,
  PLACE_FIRST,
  PARTY_WORDS,
  ORG_NOUNS,
  OFFICE_WORDS,
  SPEAKER_PRONOUNS,
  SPEECH_LIKE,
  THING_NOUNS,
  PLACE_PREPOSITIONS,
  PLACE_NOUNS,
  STRONG_ACT_VERBS,
  DEMONYMS,
  ORG_ADJECTIVES,
  ROLE_PLURALS,
  EVENT_FIRST,
  EVENT_LAST,
  MARKET_INDEXES,
  REGIONS,
};

/** One bit per word list. */
export const W = Object.fromEntries(Object.keys(WORD_LISTS).map((k, i) => [k, 1 << i])) as { readonly [K in keyof typeof WORD_LISTS]: number };

const LEXICON = new Map<string, number>();
for (const [name, list] of Object.entries(WORD_LISTS)) {
  const bit = W[name as keyof typeof WORD_LISTS];
  for (const w of list) LEXICON.set(w, (LEXICON.get(w) ?? 0) | bit);
}

/** The first characters of the lists' words: numbers and most marks need no look-up. */
const FIRST_CODES: ReadonlySet<number> = new Set([...LEXICON.keys()].map((w) => w.charCodeAt(0)));

/** The bits of the word lists that hold `lower`. */
export function wordBits(lower: string): number {
  if (!FIRST_CODES.has(lower.charCodeAt(0))) return 0;
  return LEXICON.get(lower) ?? 0;
}

// The same look-up straight on the text, for words of ASCII characters: an open-addressing table
// hashed over the lower-cased character codes, so a token needs neither its lower-case string
// hashed by a Map nor a second string made. (A fresh slice of the text has no cached hash: hashing
// it for the Map was a large share of tokenizing.)
const TABLE_SIZE = 1 << 12;
const TABLE_MASK = TABLE_SIZE - 1;
/** Per slot: the hash and the bits (0: an empty slot; a listed word has at least one bit). */
const slots = new Int32Array(2 * TABLE_SIZE);
const slotWord: string[] = new Array<string>(TABLE_SIZE).fill("");
/** ASCII code → its lower-case code. */
export const LOWER_ASCII = Uint8Array.from({ length: 128 }, (_, c) => (c >= 65 && c <= 90 ? c + 32 : c));
const FNV_PRIME = 16777619;
/** The table's hash: FNV-1a over lower-cased ASCII codes (start with FNV_OFFSET, add each with `hashStep`). */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const hashStep = (h: number, lowerCode: number): number => Math.imul(h ^ lowerCode, FNV_PRIME);
let longest = 0;

let asciiWords = 0;
for (const [w, bits] of LEXICON) {
  let h = FNV_OFFSET;
  let ascii = true;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) ascii = false;
    h = hashStep(h, c);
  }
  // Words with other characters are found through the Map (`wordBitsAt` returns -1 for them).
  if (!ascii) continue;
  if (++asciiWords > TABLE_SIZE / 2) throw new Error("lexicon table too small");
  longest = Math.max(longest, w.length);
  let k = h & TABLE_MASK;
  while (slots[2 * k + 1] !== 0) k = (k + 1) & TABLE_MASK;
  slots[2 * k] = h;
  slots[2 * k + 1] = bits;
  slotWord[k] = w;
}
const LONGEST_ASCII = longest;


/**
 * `wordBits(text.slice(start, end).toLowerCase())` for text[start, end) of ASCII characters; -1
 * when the word holds another character (then the caller asks `wordBits`).
 */
export function wordBitsAt(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return -1;
    h = hashStep(h, LOWER_ASCII[c]!);
  }
  return hashedBits(h, text, start, end);
}

/** The bits of ASCII text[start, end) whose lower-cased codes hash to `h`. */
export function hashedBits(h: number, text: string, start: number, end: number): number {
  const len = end - start;
  if (len > LONGEST_ASCII) return 0;
  for (let k = h & TABLE_MASK; ; k = (k + 1) & TABLE_MASK) {
    const bits = slots[2 * k + 1]!;
    if (bits === 0) return 0;
    if (slots[2 * k] !== h) continue;
    const w = slotWord[k]!;
    if (w.length !== len) continue;
    let i = 0;
    while (i < len && LOWER_ASCII[text.charCodeAt(start + i)] === w.charCodeAt(i)) i++;
    if (i === len) return bits;
  }
}

/** `t.lower` is in the word list of `bit` (the list's `has`). */
export function is(t: { readonly bits: number }, bit: number): boolean {
  return (t.bits & bit) !== 0;
}
