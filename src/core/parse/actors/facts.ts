import type { Span } from "../../model/span";
import type { KbView } from "./lookup";
import type { Tokens } from "./tokens";
import { is, W } from "./lexicon";
import type { ActorSentence } from "./local";

// What the document-wide passes of `buildActors` (build.ts) read of one sentence besides its name
// candidates: the phrases around its organisation nouns, its office words and its speaking
// pronouns. The passes read them only through these facts, so two sentences with the same facts
// (and the same candidates) give the passes the same input: what lets the editor's re-analysis
// keep the previous run's actors when an edit changes no sentence's facts (reuse.ts).
// Offsets are relative to the sentence's `base`, texts are read from its `source`.

/** "the finance ministry", "a ministry official", "the Freising district health office". */
export interface OrgPhrase {
  /** The country of a possessive before it ("Malawi’s health ministry") and where it starts. */
  readonly country?: string;
  readonly countryStart?: number;
  readonly span: Span;
  readonly noun: string;
  readonly modifiers: readonly string[];
  readonly capPrefix: boolean;
  readonly definite: boolean;
}

/** An organisation noun outside quotations with its phrase, and what the pass reads around it. */
export interface OrgNounFact {
  readonly ph: OrgPhrase;
  /** Acting: followed by a verb of acting (when the noun is no possessive) or by a role noun. */
  readonly acts: boolean;
  /** Followed by a role noun ("a ministry official"). */
  readonly roleNext: boolean;
  /** Followed by a verb of speaking ("the council said"). */
  readonly speaks: boolean;
  /** The phrase as written. */
  readonly written: string;
  /** With a country before it: the country as written without its possessive, and the country and phrase as written. */
  readonly countryPrefix?: string;
  readonly countryName?: string;
}

/** An office word after "the" ("the president", "the US president"). */
export interface TitleFact {
  readonly lower: string;
  /** The capitalised word before it ("US"). */
  readonly qualifier?: string;
  readonly span: Span;
  readonly text: string;
  readonly quoted: boolean;
}

/** A pronoun that speaks ("he said"), outside quotations. */
export interface PronounFact {
  readonly lower: string;
  readonly span: Span;
  readonly text: string;
}

export interface SentenceFacts {
  readonly orgNouns: readonly OrgNounFact[];
  readonly titles: readonly TitleFact[];
  readonly pronouns: readonly PronounFact[];
}

const NO_FACTS: SentenceFacts = Object.freeze({ orgNouns: [], titles: [], pronouns: [] });

/** The facts of one sentence (none for a heading, which the passes skip). */
export function sentenceFacts(s: ActorSentence, kb: KbView): SentenceFacts {
  const local = s.local;
  if (s.heading || (local.orgNouns.length === 0 && local.offices.length === 0 && local.pronouns.length === 0)) return NO_FACTS;
  return { orgNouns: orgNounFacts(s, kb), titles: titleFacts(s), pronouns: pronounFacts(s) };
}

function orgNounFacts(s: ActorSentence, kb: KbView): OrgNounFact[] {
  const out: OrgNounFact[] = [];
  const toks = s.tokens;
  for (const i of s.local.orgNouns) {
    if (s.quoted[i] === true) continue;
    const ph = orgPhrase(toks, i, (w) => kb.country(w)?.name);
    if (!ph) continue;
    const t = toks.at(i)!;
    const next = toks.at(i + 1);
    const roleNext = next?.word === true && is(next, W.ROLE_NOUNS);
    const acts = (!t.possessive && next?.word === true && is(next, W.ACT_VERBS)) || roleNext;
    const speaks = !t.possessive && next?.word === true && is(next, W.SPEECH_LIKE);
    const written = s.source.slice(ph.span.start, ph.span.end);
    if (ph.country === undefined) out.push({ ph, acts, roleNext, speaks, written });
    else {
      const countryPrefix = s.source.slice(ph.countryStart!, ph.span.start).replace(/['’]s?\s*$/u, "");
      out.push({ ph, acts, roleNext, speaks, written, countryPrefix, countryName: s.source.slice(ph.countryStart!, ph.span.end) });
    }
  }
  return out;
}

function titleFacts(s: ActorSentence): TitleFact[] {
  const out: TitleFact[] = [];
  const toks = s.tokens;
  for (const i of s.local.offices) {
    const t = toks.at(i)!;
    const nx = toks.at(i + 1);
    if (nx?.word && (nx.lower === "of" || nx.lower === "for" || nx.cap)) continue;
    let k = i - 1;
    let qualifier: string | undefined;
    if (toks.at(k)?.word && toks.at(k)!.cap) {
      qualifier = toks.at(k)!.text;
      k--;
    }
    if (toks.at(k)?.lower !== "the") continue;
    const start = qualifier !== undefined ? toks.at(i - 1)!.start : t.start;
    const span = { start, end: t.end };
    const text = s.source.slice(start, t.end);
    const quoted = s.quoted[i] === true;
    out.push(qualifier !== undefined ? { lower: t.lower, qualifier, span, text, quoted } : { lower: t.lower, span, text, quoted });
  }
  return out;
}

function pronounFacts(s: ActorSentence): PronounFact[] {
  const out: PronounFact[] = [];
  const toks = s.tokens;
  for (const i of s.local.pronouns) {
    if (s.quoted[i]) continue;
    const t = toks.at(i)!;
    out.push({ lower: t.lower, span: { start: t.start, end: t.end }, text: t.text });
  }
  return out;
}

/** "the finance ministry", "a ministry official", "the Freising district health office" (offsets as the tokens'). */
function orgPhrase(toks: Tokens, i: number, countryOf: (word: string) => string | undefined): OrgPhrase | undefined {
  const t = toks.at(i)!;
  const modifiers: string[] = [];
  let k = i - 1;
  while (k >= 0 && modifiers.length < 3) {
    const w = toks.at(k)!;
    if (!w.word || w.cap || w.possessive || is(w, W.FUNCTION_WORDS) || is(w, W.ROLE_NOUNS) || is(w, W.ACT_VERBS) || w.lower.endsWith("ly")) break;
    modifiers.unshift(w.lower);
    k--;
  }
  let capPrefix = false;
  let start = toks.at(k + 1)!.start;
  if (k >= 0 && toks.at(k)!.word && toks.at(k)!.cap && !toks.at(k)!.possessive && !toks.at(k)!.initial && modifiers.length > 0) {
    // A place name before: "the Freising district health office".
    capPrefix = true;
    start = toks.at(k)!.start;
    k--;
  }
  const det = k >= 0 ? toks.at(k)! : undefined;
  if (!det || !det.word) return undefined;
  let country = !capPrefix && det.possessive && det.cap && !det.plural ? countryOf(det.text) : undefined;
  let countryStart = det.start;
  // ("North Korea’s defense ministry", "Saudi Arabia’s", "the United Arab Emirates’": a country of two or three words.)
  for (let n = 1; country === undefined && !capPrefix && det.possessive && det.cap && n <= 2 && k - n >= 0; n++) {
    const w = toks.at(k - n)!;
    if (!w.word || !(w.cap || w.lower === "the")) break;
    const words: string[] = [];
    for (let j = k - n; j <= k; j++) words.push(toks.at(j)!.text);
    country = countryOf(words.join(" "));
    countryStart = w.start;
  }
  if (country !== undefined) return { country, countryStart, span: { start, end: t.end }, noun: t.lower, modifiers, capPrefix, definite: true };
  const definite = det.lower === "the";
  const possessiveDet = det.possessive && !det.cap;
  if (!definite && det.lower !== "a" && det.lower !== "an" && !possessiveDet) return undefined;
  if (capPrefix && !definite) return undefined;
  return { span: { start, end: t.end }, noun: t.lower, modifiers, capPrefix, definite };
}
