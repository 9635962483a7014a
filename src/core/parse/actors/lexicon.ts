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
  STRONG_ACT_VERBS,
  DEMONYMS,
} from "../names";

// The word lists a token is tested against most often, as bits: a token carries the bits of its
// lower-case text (one look-up when it is made), and `is(t, W.TITLES)` is `TITLES.has(t.lower)`
// without hashing the word again for every test.

/** Head words of titles: the last word of a title before a name. */
export const HEAD_TITLES: ReadonlySet<string> = new Set(
  (
    "president minister chancellor secretary senator sen sen. rep rep. representative governor gov gov. mayor " +
    "councillor councilor judge justice dr dr. doctor professor prof prof. sir dame lord lady mr mr. mrs mrs. ms ms. " +
    "miss king queen prince princess pope general gen gen. colonel col col. captain capt capt. lieutenant lt lt. " +
    "sergeant sgt sgt. admiral commissioner ambassador executive chairman chairwoman chair director manager coach " +
    "speaker leader premier archbishop bishop rabbi imam sheikh inspector detective constable superintendent mp " +
    "spokesperson spokesman spokeswoman envoy president-elect secretary-general officer founder cardinal reverend " +
    "rev rev. sheriff major maj maj. emir shah sultan ayatollah attorney commander marshal ceo cfo coo cto " +
    "director-general attorney-general governor-general commander-in-chief editor-in-chief vice-president prime-minister chief-executive"
  ).split(" "),
);

/** Words that begin organisation names, never a person's: "National Centre", "Royal Mail". */
export const ORG_ADJECTIVES: ReadonlySet<string> = new Set("national federal international royal central united global world regional municipal metropolitan".split(" "));

export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "it"]);
export const SPEECH_LIKE: ReadonlySet<string> = new Set(
  (
    "said says told tells added adds noted notes stated remarked explained warned insisted confirmed wrote replied " +
    "indicated emphasized emphasised stressed cautioned believes described expressed outlined reiterated mentioned " +
    "revealed argued claimed announced acknowledged admitted urged"
  ).split(" "),
);

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

/** `t.lower` is in the word list of `bit` (the list's `has`). */
export function is(t: { readonly bits: number }, bit: number): boolean {
  return (t.bits & bit) !== 0;
}
