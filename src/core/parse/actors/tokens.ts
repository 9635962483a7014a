import type { Span } from "../../model/span";

/** A word or punctuation mark of one sentence. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
  /** Lower-cased text (for words: without a possessive ending). */
  readonly lower: string;
  /** Starts with a capital letter ("Zelensky", "d’Ivoire" counts too). */
  readonly cap: boolean;
  /** All capitals, two letters or more ("UN", "NATO", "U.S."). */
  readonly acronym: boolean;
  /** Followed by a possessive ’s (excluded from the token) or a plural possessive ’. */
  readonly possessive: boolean;
  /** The possessive is a plural one ("Supporters’ Trust"): a name may go on after it. */
  readonly plural: boolean;
  /** The sentence's first word, or the first after an opening quote, colon or bracket. */
  readonly initial: boolean;
}

const WORD_OR_MARK = /([\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*)|([^\s\p{L}\p{N}])/gu;
const ABBREVIATIONS = new Set(
  "dr mr mrs ms mx prof st jr sr gen sen rep gov lt col capt sgt rev hon maj inc ltd corp co bros no adm supt insp det".split(" "),
);
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
/** "Accra-based", "London-listed": capitalised but not part of a name. */
const ADJECTIVAL = /-(?:based|born|led|backed|owned|run|made|listed|funded|headquartered|registered|style|era|wide|bound|speaking|controlled|held|linked|allied)$/u;
/** "I'm", "It's", "Don't": capitalised but never names. */
const CONTRACTION = /^(?:I|It|He|She|We|They|You|That|There|What|Don|Can|Won|Didn|Isn|Let|Here|Who)['’]\p{Ll}/u;
const NAME_PARTICLE = /^(?:d|l|al|el|da|de)['’-]/u;
const OPENING = new Set(["“", "\"", "‘", "(", "[", ":", "«", "—", "–", ";"]);

const isUpper = (ch: string | undefined): boolean => ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isApostrophe = (ch: string | undefined): boolean => ch === "'" || ch === "’";

/** Starts with a capital, or with a particle before one ("d’Ivoire", "al-Assad"). */
function capitalised(w: string): boolean {
  if (isUpper(w[0])) return !(w.includes("-") && ADJECTIVAL.test(w));
  const m = NAME_PARTICLE.exec(w);
  return m !== null && isUpper(w[m[0].length]);
}

/** All capitals with at least two capital letters: "UN", "NATO", "U.S.", not "A380". */
function acronym(w: string): boolean {
  if (w.length < 2 || w !== w.toUpperCase()) return false;
  let n = 0;
  for (const ch of w) if (isUpper(ch)) n++;
  return n >= 2;
}

/** Splits `span` of `text` into tokens. Linear; one regex pass. */
export function tokenize(text: string, s: Span): Token[] {
  const out: Token[] = [];
  WORD_OR_MARK.lastIndex = s.start;
  let m: RegExpExecArray | null;
  let atStart = true;
  while ((m = WORD_OR_MARK.exec(text)) !== null && m.index < s.end) {
    const start = m.index;
    if (m[2] !== undefined) {
      const mark = m[2];
      out.push({ text: mark, start, end: start + 1, word: false, lower: mark, cap: false, acronym: false, possessive: false, plural: false, initial: false });
      if (OPENING.has(mark)) atStart = true;
      continue;
    }
    let w = m[1]!;
    let end = Math.min(start + w.length, s.end);
    if (end < start + w.length) w = w.slice(0, end - start);
    // "Dr." and "U.S." keep their final full stop.
    if (text[end] === "." && end < s.end && (ABBREVIATIONS.has(w.toLowerCase()) || (w.length === 1 && isUpper(w)) || (w.includes(".") && INITIALISM.test(w)))) {
      end++;
      WORD_OR_MARK.lastIndex++;
      w = `${w}.`;
    }
    let possessive = false;
    let plural = false;
    if (w.length > 2 && w.endsWith("s") && isApostrophe(w[w.length - 2])) {
      possessive = true;
      w = w.slice(0, -2);
      end -= 2;
    } else if (w.endsWith("s") && isApostrophe(text[end]) && !/\p{L}/u.test(text[end + 1] ?? "")) {
      possessive = true;
      plural = true;
      WORD_OR_MARK.lastIndex++;
    }
    const cap = capitalised(w) && !CONTRACTION.test(w);
    out.push({ text: w, start, end, word: true, lower: w.toLowerCase(), cap, acronym: cap && acronym(w), possessive, plural, initial: atStart });
    atStart = false;
  }
  return out;
}
