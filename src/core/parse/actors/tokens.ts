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
const CAP = /^(?:\p{Lu}|(?:d|l|al|el|da|de)['’-]\p{Lu})/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&.]+$/u;
/** "Accra-based", "London-listed": capitalised but not part of a name. */
const ADJECTIVAL = /-(?:based|born|led|backed|owned|run|made|listed|funded|headquartered|registered|style|era|wide|bound|made|speaking|controlled|held|linked|allied)$/u;
const POSSESSIVE = /['’]s$/u;
const OPENING = new Set(["“", "\"", "‘", "(", "[", ":", "«", "—", "–", ";"]);

/** Splits `span` of `text` into tokens. Linear; one regex pass. */
export function tokenize(text: string, s: Span): Token[] {
  const out: Token[] = [];
  const body = text.slice(s.start, s.end);
  WORD_OR_MARK.lastIndex = 0;
  let m: RegExpExecArray | null;
  let atStart = true;
  while ((m = WORD_OR_MARK.exec(body)) !== null) {
    const start = s.start + m.index;
    if (m[2] !== undefined) {
      const mark = m[2];
      out.push({ text: mark, start, end: start + 1, word: false, lower: mark, cap: false, acronym: false, possessive: false, plural: false, initial: false });
      if (OPENING.has(mark)) atStart = true;
      continue;
    }
    let w = m[1]!;
    let end = start + w.length;
    // "Dr." and "U.S." keep their final full stop.
    if (body[m.index + w.length] === "." && (ABBREVIATIONS.has(w.toLowerCase()) || INITIALISM.test(w) || /^\p{Lu}$/u.test(w))) {
      end++;
      WORD_OR_MARK.lastIndex++;
      w = `${w}.`;
    }
    let possessive = false;
    let plural = false;
    if (POSSESSIVE.test(w) && w.length > 2) {
      possessive = true;
      w = w.slice(0, -2);
      end -= 2;
    } else if (/s$/u.test(w) && /['’]/u.test(body[m.index + w.length] ?? "") && !/\p{L}/u.test(body[m.index + w.length + 1] ?? "")) {
      possessive = true;
      plural = true;
      WORD_OR_MARK.lastIndex++;
    }
    const cap = CAP.test(w) && !ADJECTIVAL.test(w);
    out.push({
      text: w,
      start,
      end,
      word: true,
      lower: w.toLowerCase(),
      cap,
      acronym: w.length >= 2 && ACRONYM.test(w) && /\p{Lu}.*\p{Lu}/u.test(w),
      possessive,
      plural,
      initial: atStart,
    });
    atStart = false;
  }
  return out;
}
