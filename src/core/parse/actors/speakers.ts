import type { SeedDocument } from "../../model/document";
import type { Quote } from "../../model/quote";
import type { Span } from "../../model/span";
import { countStartingBefore, writtenOut, type ActorDraft, type ActorIndex, type IndexedMention } from "./build";
import { KIN, PLACE_PREPOSITIONS, PRONOUNS, ROLE_NOUNS } from "../names";
import { countBelow } from "./local";
import { firstAtOrAfter, splitSpaces, type Token, type Tokens } from "./tokens";
import { ANONYMITY_RE, EPITHET_NOUNS, TITLE_HEADS, UNNAMED_PERSON, UNNAMED_PERSON_BEFORE } from "../lexicon/reporting";

/** Verbs that tie a speaker to a quotation ("said", "told", "stating", "described … as"), and "tribute" ("paid tribute to her as"). */
const QUOTE_VERBS = new Set(
  (
    "said says say told tells added adds noted notes stated states remarked explained warned insisted confirmed " +
    "wrote writes replied asked argued claimed announced acknowledged admitted urged cautioned stressed emphasized " +
    "emphasised described calls called stating saying adding noting telling writing describing insisting warning " +
    "declared declares continued concluded recalled predicted mentioned reiterated " +
    "asking recalling remembered recalls agreed agrees answered responded joked quipped conceded complained vowed " +
    "hailed praised branded labelled labeled dubbed tribute"
  ).split(" "),
);
/**
 * A verb of `QUOTE_VERBS`, in small letters unless it opens its sentence ("Asked about it, …"): the
 * "States" of "United States" or the "Notes" of a title says nothing.
 */
function speechVerb(t: Token): boolean {
  return t.word && (!t.cap || t.initial) && QUOTE_VERBS.has(t.lower);
}
/** Verbs that tie a speaker to a quotation only as its tag, after it: "“I share—” Mr Harrow began", "Ms Penhaligon interrupted", "Mr Dane shot back". */
const TAG_ONLY_VERBS = new Set("began interrupted interjected retorted snapped chimed shot".split(" "));
const tagVerb = (t: Token): boolean => speechVerb(t) || (t.word && !t.cap && TAG_ONLY_VERBS.has(t.lower));
/** Words between a quotation and its verb that are no subject: "“…” as stated on the Apple website", "“…,” was said by". */
const NO_SUBJECT = new Set(["as", "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "also", "then", "later", "again"]);
/** Nouns in a following sentence that hand a quotation to its speaker ("That was the view of …"). */
const HANDOVER = new Set("view views words remarks comments promise warning verdict assessment came".split(" "));
const DOCUMENTS = new Set("statement report note letter release filing".split(" "));
/** A name's ’s, then the noun it owns (group 2), after a word at most (group 1): "’s father", "’s late wife". */
const OWNED_NOUN = /^['’]s\s+(?:(\p{Ll}+)\s+)?(\p{Ll}+)/u;

/** The text after a mention names a relative or a friend of it ("’s father", "’s late wife", "’s family"): they speak for themselves. */
function kinAfter(after: string): boolean {
  const m = OWNED_NOUN.exec(after);
  return m !== null && (KIN.has(m[2]!) || (m[1] !== undefined && KIN.has(m[1])));
}

export interface SpeakerFound {
  readonly actor: ActorDraft;
  readonly span?: Span;
}

const RELATIVE_AFTER_COMMA = /,\s*(?:which|who|whose)\b/u;

/** The actor a quote's speaker span or text names (from the attribution stage). */
export function actorForSpan(index: ActorIndex, text: string, span: Span, sentence: number, person?: boolean): ActorDraft | undefined {
  // Mentions inside the source span, except places in it ("palaeontologists in Argentina"), in
  // text order (read where they stand: no list is made of them).
  // Prefer a person named inside the span ("UN spokesperson Stéphane Dujarric"), else any actor.
  // The attribution stage may know whether the speaker is a person ("a spokesperson for the CPS" is not).
  const ms = index.mentions;
  let first: IndexedMention | undefined;
  let head: IndexedMention | undefined;
  // "Jim Pattison Industries Ltd., one of a group of companies owned by James Pattison": the actor
  // named before an apposition's comma is the source (a person named after it is not preferred).
  const comma = text.length === span.end - span.start ? text.indexOf(",") : -1;
  const headEnd = comma > 0 ? span.start + comma : span.end;
  // "An EU diplomat", "two officials": an unnamed source, not the body named in it (a person named
  // in apposition speaks: "An energy ministry official, Carolina Vergara,").
  // ("One Sheffield refuse collector, who asked not to be named": one whose name is withheld.)
  // ("A farmer in the Lötschental told me": an unnamed person and where they are.)
  const unnamed = UNNAMED_SOURCE.test(comma > 0 ? text.slice(0, comma) : text) || (comma > 0 && UNNAMED_OPENER.test(text) && ANONYMITY_RE.test(text.slice(comma))) || UNNAMED_PERSON_AT.test(text);
  // "the Dane said", "the defender said", "the 34-year-old said", "the MP for Brentford and
  // Isleworth said": an epithet for the person named last (one who holds the role, if any does).
  // (The speaker's span may be the name alone, "Dane" of "the Dane": read from a little before it.)
  const st = index.sentences[sentence];
  const around = st && span.start >= st.base && span.end - st.base <= st.source.length ? st.source.slice(Math.max(0, span.start - st.base - 16), span.end - st.base) : text;
  const epithet = EPITHET.exec(around) ?? PLACE_EPITHET.exec(around);
  // (Not when an actor is named in the span: "the Guardian", a paper the knowledge base knows.)
  const known = epithet === null ? undefined : ms[firstEndingAfter(ms, span.start)];
  const inSpan = known !== undefined && known.span.start < span.end && known.actor.kb !== undefined;
  if (epithet && !inSpan && (EPITHET_NOUNS.has(epithet[1]!.toLowerCase()) || /^\d/.test(epithet[1]!) || (DEMONYM_LIKE.test(epithet[1]!) && epithet[1] !== "Guardian"))) {
    const p = lastPersonBefore(index, span.start, sentence, epithet[1]!.toLowerCase());
    if (p) return p;
  }
  // "“She never gives up,” her husband says" after "her husband, Theo Marsh": the one the text
  // gave that role (no one else: the last person named may be the wife).
  // So is "the playwright says" after "Theo Marsh, a playwright,": a role the text gave one person.
  // (The speaker is the role alone: "Albright, echoing the president, said" is Albright.)
  const kin = epithet === null ? KIN_EPITHET.exec(around) : null;
  // ("the King", "the Pope": a title written with its capital, alone.)
  const alone = ROLE_ALONE.test(text) || /^\s*\p{Ll}+\s*$/u.test(text) || MONARCHS.has(text.trim().replace(/^the\s+/iu, "").toLowerCase());
  const epithetRole = epithet?.[1]?.toLowerCase();
  const role = !alone ? undefined : kin && KIN.has(kin[1]!) ? kin[1]! : epithetRole && !inSpan && (ROLE_NOUNS.has(epithetRole) || MONARCHS.has(epithetRole)) ? epithetRole : undefined;
  if (role !== undefined) {
    // The one person the text gave that role ("the spokesman" of two people is neither), its title
    // written short too: "Sen. Patricia Holloway" … "the senator said", "Justice Pieter Merwe" …
    // "the judge said", "King Charles" … "the King said", "the monarch said".
    let holders = index.actors.filter((a) => a.kind === "person" && a.roles.some((r) => roleWords(r).includes(role)));
    // (A title inside a name the knowledge base knows, "King Charles": no role of its own.)
    if (holders.length === 0) holders = index.actors.filter((a) => a.kind === "person" && a.mentions.some((m) => roleWords(m.text.slice(0, Math.max(0, m.text.indexOf(" ")))).includes(role)));
    if (holders.length === 1) return holders[0];
  }
  for (let k = firstEndingAfter(ms, span.start); k < ms.length && ms[k]!.span.start < span.end; k++) {
    const m = ms[k]!;
    // (Only when the name is all that stands before the comma: "the bank's chief, Ana Ruiz," names her.)
    // (Not a title written with capitals, then the name of the one who holds it: "The Majority
    // Leader, Julius Odigie, said".)
    if (first === undefined && !unnamed && m.span.end === headEnd && m.span.start - span.start <= 4 && !placeBefore(index, m.span.start, m.sentence) && !(comma > 0 && TITLE_HEADS.has(lastWordOf(text.slice(m.span.start - span.start, m.span.end - span.start))) && namedPersonAfter(ms, k, span.end))) return m.actor;
    if (placeBefore(index, m.span.start, m.sentence)) continue;
    // "Elian Gonzalez's father said": the father speaks, not the one named.
    if (m.span.end < span.end && kinAfter(text.slice(m.span.end - span.start, m.span.end - span.start + 40))) continue;
    // "Sato’s lawyer, Kenji Mori, said": the one in apposition to what the name owns speaks.
    if (m.span.end < span.end && OWNER_OF_NAMED.test(text.slice(m.span.end - span.start, m.span.end - span.start + 60)) && namedPersonAfter(ms, k, span.end)) continue;
    // "Italy’s Deputy Prime Minister and Foreign Minister, Paolo Renzetti, said": a title, then the
    // name of the one who holds it here, who speaks (not another foreign minister the title fits).
    if (m.via === "title" && namedPersonAfter(ms, k, span.end)) continue;
    if (person === false ? !unnamed && m.actor.kind !== "person" : m.actor.kind === "person") return m.actor;
    first ??= m;
    if (m.actor.kind === "organization" && m.span.end === span.end) head = m;
  }
  if (unnamed) return undefined;
  // "The U.N. refugee agency UNHCR said": the organisation named last, after a description in small
  // letters, is the one that speaks, not the one the description names.
  if (first && head && head !== first && DESCRIPTION_BETWEEN.test(text.slice(first.span.end - span.start, head.span.start - span.start))) return head.actor;
  if (first) return first.actor;
  // "The company, which reported a loss,": the head before a relative clause.
  const relative = RELATIVE_AFTER_COMMA.exec(text);
  const t = (relative ? text.slice(0, relative.index) : text).trim();
  const lower = t.toLowerCase();
  if (PRONOUNS.has(lower) || lower === "it") return index.resolvePronoun(t, span.start, sentence);
  const named = index.resolveText(t.replace(/^(?:the|a|an)\s+/iu, ""), span.start);
  if (named) return named;
  const last = splitSpaces(t.toLowerCase()).pop() ?? "";
  // "the statement said": the last speaker's; "according to a statement" names none.
  if (DOCUMENTS.has(last) && !/^(?:a|an|one)\s/iu.test(t)) return lastSpeakerBefore(index, span.start, sentence);
  // "A spokesman said: “…”" after "The Department of Health … said": the body named last speaks through one.
  if (SPOKESMAN_ALONE.test(around)) return lastBefore(index, span.start, sentence, "organization");
  return undefined;
}

/** After an owner's name: what it owns in small letters, then a comma and a name ("’s lawyer, Kenji Mori"). */
const OWNER_OF_NAMED = /^['’]s\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2},\s+\p{Lu}/u;

/** Other nouns a report calls a title's holders by: "the monarch" for a king, "the judge" for a justice. */
const ROLE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  justice: ["judge"], king: ["monarch"], queen: ["monarch"], pope: ["pontiff"], senator: ["lawmaker"], representative: ["congressman", "congresswoman", "lawmaker"],
};
const MONARCHS = new Set(["king", "queen", "monarch", "pope", "pontiff", "prince", "princess"]);

/** A role's words in small letters, its short titles written out (`writtenOut`), with the other nouns for them. */
function roleWords(role: string): string[] {
  const out: string[] = [];
  for (const w of role.toLowerCase().split(/\s+/u)) for (const x of writtenOut(w)) out.push(x, ...(ROLE_SYNONYMS[x] ?? []));
  return out;
}

/** The last word of a name of several words, in small letters ("Majority Leader" → "leader"); "" for one word. */
function lastWordOf(name: string): string {
  const sp = name.lastIndexOf(" ");
  return sp < 0 ? "" : name.slice(sp + 1).toLowerCase();
}

/** A spokesperson of no one named: "A spokesman", "a company spokeswoman", "the spokesperson". */
const SPOKESMAN_ALONE = /(?:^|[\s“”"])(?:[Aa]n?|[Tt]he)\s+(?:\p{Ll}+\s+)?(?:spokesman|spokeswoman|spokesperson)$/u;

/** Is the name at `span` a modifier of an unnamed source ("An EU diplomat", "two Boeing officials")? */
function inUnnamedSource(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  return (UNNAMED_BEFORE.test(before) && UNNAMED_AFTER.test(text.slice(span.end, span.end + 40))) || UNNAMED_PERSON_BEFORE.test(before);
}
/** The articles and counts that open an unnamed source, and the nouns that end one. */
const UNNAMED_OPENERS = "a|an|one|another|two|three|several|some";
const UNNAMED_NOUNS = "source|sources|diplomat|diplomats|official|officials|insider|insiders|aide|aides|delegate|delegates";
const UNNAMED_BEFORE = new RegExp(`\\b(?:${UNNAMED_OPENERS})\\s+(?:[\\p{Ll}-]+\\s+){0,2}$`, "iu");
const UNNAMED_AFTER = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${UNNAMED_NOUNS})\\b`, "u");

const UNNAMED_PERSON_AT = new RegExp(`^${UNNAMED_PERSON}`, "iu");

/** An indefinite article or a count opening a source. */
const UNNAMED_OPENER = new RegExp(`^(?:${UNNAMED_OPENERS})\\s`, "iu");

/** An unnamed source: an indefinite article or a count, a few words, a source's noun ("An EU diplomat", "one senior official"). */
const UNNAMED_SOURCE = new RegExp(`^(?:${UNNAMED_OPENERS})\\s+(?:[\\p{L}.’'-]+\\s+){0,3}?(?:${UNNAMED_NOUNS})$`, "iu");

function placeBefore(index: ActorIndex, offset: number, sentence: number): boolean {
  const st = index.sentences[sentence];
  if (!st) return false;
  const toks = st.tokens;
  let k = firstAtOrAfter(toks, offset - st.base) - 1;
  // Past the names listed before it: "in France and Germany", "in Kenya, Ethiopia and Somalia".
  for (let listed = 0; listed < 8 && k > 0 && (toks.lowerIs(k, "and") || toks.lowerIs(k, "or") || toks.lowerIs(k, ",")); listed++) {
    let j = k - 1;
    while (j >= 0 && toks.cap(j)) j--;
    if (j === k - 1) return false;
    k = j;
  }
  return k >= 0 && PLACE_PREPOSITIONS.has(toks.at(k)!.lower);
}

/** Only words in small letters, none a preposition or an article: " refugee agency ", " investigative agency ". */
const DESCRIPTION_BETWEEN = /^\s+(?:(?!(?:for|of|by|at|in|on|to|with|from|and|or|the|a|an)\s)\p{Ll}[\p{Ll}-]*\s+){1,4}$/u;

/** Is a person named by name among the mentions after `k` that start before `end`? */
function namedPersonAfter(ms: readonly IndexedMention[], k: number, end: number): boolean {
  for (let j = k + 1; j < ms.length && ms[j]!.span.start < end; j++) if (ms[j]!.via === "name" && ms[j]!.actor.kind === "person") return true;
  return false;
}

/**
 * A sentence that opens with someone's words and describes them before a colon and the quotation:
 * "Her message to Cairo was blunt:", "Meloni’s comments were direct:", "His answer was simple:"
 * (the pronoun, if the owner is one).
 */
const SPEECH_DESCRIBED =
  /^(?:(His|Her|Their)|\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2}['’]s?)\s(?:\p{Ll}+\s)?(?:message|comments?|response|reply|answer|verdict|advice|warning|view|reaction|words|assessment|point|argument|explanation|plea|appeal|instructions?|conclusion|prediction|diagnosis|promise|pledge|retort)(?:\s(?:to|for|on|about|at)\s[^:“”"]{1,40})?\s(?:was|were|is|are)\s(?:\p{Ll}+\s){0,2}\p{Ll}+:\s*$/u;

/** "He" or "She" opening a sentence. */
const HE_OR_SHE = /^(He|She|His|Her)\s/u;

/** "the defender", "the 34-year-old", "the Dane", "the MP for Brentford and Isleworth". */
const EPITHET = /(?:^|[\s“”"(])the\s+(\d{1,3}-year-old|MP|[A-Z][a-z]+|[a-z]+)(?:\s+for\s+[A-Z][\p{L}\s’'-]*)?$/u;
/** The same with a place before it: "the Colorado Democrat", "the Norway international". */
const PLACE_EPITHET = /(?:^|[\s“”"(])the\s+\p{Lu}\p{Ll}+\s+(Democrat|Republican|international|native|veteran|striker|midfielder|defender|winger|goalkeeper)$/u;
/** A speaker named by a role or a relation alone: "the playwright", "her husband" (or its noun alone, its span). */
const ROLE_ALONE = /^\s*(?:the|his|her|their)\s+[a-z]+\s*$/iu;
/** "her husband", "his daughter": a relative of someone named, who is named too. */
const KIN_EPITHET = /(?:^|[\s“”"(])(?:his|her|their)\s+([a-z]+)$/u;
/** A nationality used as a noun: "the Dane", "the Portuguese", "the Australian", "the Swede". */
const DEMONYM_LIKE = /^(?:Dane|Swede|Finn|Pole|Scot|Brit|Turk|Greek|Swiss|Spaniard|\p{Lu}\p{Ll}+(?:ian|ese|ean|an))$/u;

/** The person named last before `offset`, in its sentence or the two before (one whose roles hold `role`, if any), outside quotations. */
function lastPersonBefore(index: ActorIndex, offset: number, sentence: number, role: string): ActorDraft | undefined {
  return lastBefore(index, offset, sentence, "person", (a) => a.roles.some((r) => r.toLowerCase().split(/\s+/u).includes(role)));
}

/**
 * The actor of `kind` named last before `offset`, in its sentence or the two before, outside
 * quotations; in the nearest sentence with one, one that is `preferred` first.
 */
function lastBefore(index: ActorIndex, offset: number, sentence: number, kind: ActorDraft["kind"], preferred: (a: ActorDraft) => boolean = () => true): ActorDraft | undefined {
  let last: ActorDraft | undefined;
  for (let s = sentence; s >= Math.max(0, sentence - 2); s--) {
    const ms = index.mentionsIn(s);
    for (let k = ms.length - 1; k >= 0; k--) {
      const m = ms[k]!;
      if (m.quoted || m.span.start >= offset || m.actor.kind !== kind) continue;
      if (preferred(m.actor)) return m.actor;
      last ??= m.actor;
    }
    if (last) return last;
  }
  return last;
}

/** The actor that most recently acted or spoke before `offset` (for "the statement said"). */
function lastSpeakerBefore(index: ActorIndex, offset: number, sentence: number): ActorDraft | undefined {
  for (let s = sentence - 1; s >= Math.max(0, sentence - 2); s--) {
    const m = index.mentionsIn(s).find((x) => !x.quoted && x.span.start < offset);
    if (m) return m.actor;
  }
  return undefined;
}

/**
 * Finds a quote's speaker from the words around it when the attribution stage gave none:
 * "“…,” said X", "“…,” X told reporters", "X said: “…”", "X described it as “…”", and a quotation
 * standing alone after another one by the same speaker.
 */
export function findSpeaker(doc: SeedDocument, index: ActorIndex, q: Quote, previous: { quote: Quote; actor: ActorDraft | undefined } | undefined): ActorDraft | undefined {
  const endSentence = sentenceAt(doc, Math.max(q.span.start, q.span.end - 1));
  const startSentence = sentenceAt(doc, q.span.start);
  if (endSentence < 0) return undefined;
  const st = index.sentences[endSentence];
  if (!st) return undefined;
  const toks = st.tokens;
  // Token offsets are relative to the sentence's base.
  const base = st.base;
  const quotes = doc.quotes;
  const qi = quoteIndex(quotes);
  const inAnyQuote = qi.inAnyQuote;
  // Tail: words after the quote in its sentence, up to the next quote.
  const tailEnd = nextQuoteStart(quotes, q.span.end) ?? Infinity;
  const tailWords: Token[] = [];
  for (let i = firstAtOrAfter(toks, q.span.end - base); i < toks.length && toks.at(i)!.start + base < tailEnd; i++) {
    if (!inAnyQuote(toks.at(i)!.start + base)) tailWords.push(toks.at(i)!);
  }
  const verbAt = tailWords.findIndex(tagVerb);
  if (verbAt >= 0 && verbAt < 14) {
    const verb = tailWords[verbAt]!;
    const verbStart = verb.start + base;
    const before = startingIn(index.mentions, q.span.end, verbStart).filter((m) => m.span.end <= verbStart && !inAnyQuote(m.span.start));
    if (before.length > 0) {
      const m = (before.find((x) => x.actor.kind === "person" && x.via !== "pronoun") ?? before[before.length - 1])!;
      return inUnnamedSource(doc.text, m.span) ? undefined : m.actor;
    }
    // "said Jane Doe": the speaker after the verb — not "one banker involved in the talks told
    // Reuters", whose subject, named or not, comes before it.
    const subjectBefore = tailWords.slice(0, verbAt).some((t) => t.word && !NO_SUBJECT.has(t.lower));
    const after = subjectBefore ? undefined : firstStartingIn(index.mentions, verb.end + base + 1, tailEnd, (m) => !inAnyQuote(m.span.start));
    // (Not a name in an unnamed speaker's place: "said one campaign worker at Tarcísio's headquarters".)
    if (after && after.sentence === endSentence) return inUnnamedSource(doc.text, after.span) ? undefined : after.actor;
    const lastBefore = tailWords.slice(0, verbAt).pop();
    if (lastBefore?.word && DOCUMENTS.has(lastBefore.lower)) return lastSpeakerBefore(index, q.span.start, endSentence);
  }
  // "“How can it go away?” Alan Mulally remembered asking": a quotation standing alone that ends in
  // its own "?" or "!" ends its sentence; the name and the verb open the next one, in the same
  // paragraph. (Not a quotation with words of its own sentence before it: "…, saying “…” Bob Riley
  // said “…”" gives the next quotation its speaker.)
  if (tailWords.length === 0 && nothingBefore(doc, index, q, startSentence)) {
    const ns = index.sentences[endSentence + 1];
    const next = doc.sentences[endSentence + 1];
    if (ns && next && next.paragraph === doc.sentences[endSentence]!.paragraph && next.span.start - q.span.end <= 2) {
      const words: Token[] = [];
      for (let i = 0; i < ns.tokens.length && words.length < 6 && ns.tokens.start(i) + ns.base < tailEnd; i++) if (ns.tokens.word(i)) words.push(ns.tokens.at(i)!);
      const v = words.findIndex((t, i) => i > 0 && speechVerb(t));
      if (v > 0) {
        const verbStart = words[v]!.start + ns.base;
        const m = startingIn(index.mentions, next.span.start, verbStart).find((x) => x.span.end <= verbStart && x.via !== "pronoun");
        if (m) return m.actor;
      }
    }
  }
  // Head: "X said: “…”", "X described the plan as “…”", "He emphasized …, stating, “…”".
  const hs = index.sentences[startSentence];
  if (hs) {
    const prevQuoteEnd = previousQuoteEnd(quotes, q.span.start, doc.sentences[startSentence]!.span.start);
    const head: Token[] = [];
    for (let i = firstAtOrAfter(hs.tokens, prevQuoteEnd - hs.base); i < hs.tokens.length && hs.tokens.at(i)!.end + hs.base <= q.span.start; i++) {
      if (!inAnyQuote(hs.tokens.at(i)!.start + hs.base)) head.push(hs.tokens.at(i)!);
    }
    const sentenceStart = doc.sentences[startSentence]!.span.start;
    const words = prevQuoteEnd <= sentenceStart ? SPEECH_DESCRIBED.exec(doc.text.slice(sentenceStart, q.span.start)) : null;
    if (head.some(speechVerb)) {
      const passive = head.some((t, i) => t.lower === "been" || (t.lower === "be" && head[i + 1]?.word));
      const first = firstStartingIn(index.mentions, prevQuoteEnd, q.span.start, (m) => m.sentence === startSentence && m.span.end <= q.span.start && !m.quoted);
      if (first && !passive && !inUnnamedSource(doc.text, first.span)) return first.actor;
    } else if (words) {
      // "Her message to Cairo was blunt: “…”", "Meloni’s reply was short:": whose words they are.
      if (words[1] !== undefined) {
        const a = index.resolvePronoun(words[1] === "His" ? "He" : words[1] === "Her" ? "She" : "They", sentenceStart, startSentence - 1);
        if (a?.kind === "person" || (a && words[1] === "Their")) return a;
      } else {
        const m = index.mentionsIn(startSentence).find((x) => !x.quoted && x.span.start === sentenceStart);
        if (m) return m.actor;
      }
    } else if (head.filter((t) => t.word).length === 0 && tailWords.filter((t) => t.word).length === 0) {
      // A quotation standing alone: the same speaker as a quotation just before it in the paragraph…
      if (previous && previous.actor && previous.quote.paragraph === q.paragraph && startSentence - sentenceAt(doc, previous.quote.span.end - 1) <= 1) {
        return previous.actor;
      }
      // …or the person a short sentence just before it in the paragraph is about, named first
      // ("Rachel Dunmore was defiant. “My constituents are not against homes.”")…
      const ps = doc.sentences[startSentence - 1];
      const quoteIn = ps ? nextQuoteStart(quotes, ps.span.start) : undefined;
      // (After an opening phrase: "Asked whether she would complain to the league, she shook her head. “…”".)
      const opening = ps ? OPENING_PHRASE.exec(doc.text.slice(ps.span.start, Math.min(ps.span.end, ps.span.start + 80))) : null;
      const from = ps ? ps.span.start + (opening?.[0].length ?? 0) : 0;
      if (ps && ps.paragraph === q.paragraph && ps.span.end - from <= 80 && !(quoteIn !== undefined && quoteIn < ps.span.end)) {
        const m = index.mentionsIn(startSentence - 1).find((x) => !x.quoted && x.span.start >= from);
        // (After the person's role only: "Business minister Alan Pryce was blunter still. “…”".)
        const lead = m ? doc.text.slice(from, m.span.start).trim().toLowerCase() : "";
        if (m && m.actor.kind === "person" && m.via !== "pronoun" && (lead === "" || m.actor.roles.some((r) => r.toLowerCase() === lead))) return m.actor;
        // ("He pauses. “…”": a pronoun opening it, resolved as one that speaks; so is "Her premises
        // flooded in that storm. “…”" after she spoke.)
        // (In small letters after an opening phrase.)
        const head = doc.text.slice(from, from + 5);
        const opener = HE_OR_SHE.exec(opening ? head.charAt(0).toUpperCase() + head.slice(1) : head);
        if (opener && (!m || m.span.start > from + 4)) {
          const pronoun = opener[1] === "His" ? "He" : opener[1] === "Her" ? "She" : opener[1]!;
          const a = index.resolvePronoun(pronoun, from, startSentence - 1);
          if (a?.kind === "person" && (pronoun === opener[1] || previous?.actor === a)) return a;
        }
      }
      // …or the one the next sentence names ("That was the view of Kwame Mensah").
      const ns = index.sentences[endSentence + 1];
      if (ns && doc.sentences[endSentence + 1]?.paragraph === doc.sentences[endSentence]?.paragraph) {
        if (handsOver(ns.tokens)) {
          const m = index.mentionsIn(endSentence + 1).find((x) => !x.quoted);
          if (m) return m.actor;
        }
      }
      // …or, for a paragraph that is the quotation alone, the person who speaks at the end of the
      // paragraph before ("Dr Mary Hamel … said 18 countries planned to …" ¶ "“We need more doses.”").
      const last = aloneInParagraph(doc, q, startSentence, endSentence) ? speakerEnding(index, startSentence - 1) : undefined;
      if (last) return last;
    }
  }
  if (q.continuesPrevious && previous?.actor) return previous.actor;
  return undefined;
}

/** An opening participle's or adverb's phrase up to its comma: "Asked whether she would complain to the league, ". */
const OPENING_PHRASE = /^(?:Asked|Pressed|Questioned|Speaking|Later|Afterwards|Moments\s+later|Smiling|Laughing|Turning)\b[^,“”"]{0,60},\s+/u;

/** Whether the quotation is all its paragraph holds, and a paragraph comes right before it. */
function aloneInParagraph(doc: SeedDocument, q: Quote, startSentence: number, endSentence: number): boolean {
  const para = doc.paragraphs[q.paragraph];
  const prev = doc.sentences[startSentence - 1];
  if (!para || !prev || prev.paragraph !== q.paragraph - 1) return false;
  if (doc.sentences[endSentence + 1]?.paragraph === q.paragraph) return false;
  const text = doc.text;
  return /^\s*$/u.test(text.slice(para.span.start, q.span.start)) && /^[\s.,]*$/u.test(text.slice(q.span.end, para.span.end));
}

/** The person who speaks in a sentence: the first person named before its first speech verb, not in a quotation. */
function speakerEnding(index: ActorIndex, sentence: number): ActorDraft | undefined {
  const st = index.sentences[sentence];
  if (!st) return undefined;
  const toks = st.tokens;
  let verb = -1;
  for (let i = 0; i < toks.length; i++) {
    if (toks.word(i) && speechVerb(toks.at(i)!)) {
      verb = toks.start(i) + st.base;
      break;
    }
  }
  if (verb < 0) return undefined;
  // (The subject's: "Dr Mary Hamel, who leads the WHO’s programme, said …" is hers.)
  return index.mentionsIn(sentence).find((m) => !m.quoted && m.span.end <= verb && m.actor.kind === "person")?.actor;
}

/**
 * The quotation opens its sentence: no other quotation and no word of the sentence before it. (The
 * first quotation of a sentence only: a run of thousands of quotations reads its sentence once.)
 */
function nothingBefore(doc: SeedDocument, index: ActorIndex, q: Quote, sentence: number): boolean {
  const st = index.sentences[sentence];
  const s = doc.sentences[sentence];
  if (!st || !s || previousQuoteEnd(doc.quotes, q.span.start, s.span.start) > s.span.start) return false;
  for (let i = 0; i < st.tokens.length && st.tokens.start(i) + st.base < q.span.start; i++) if (st.tokens.word(i)) return false;
  return true;
}

const HANDS_OVER = new WeakMap<Tokens, boolean>();

/** A sentence with a hand-over noun and no opening quotation mark (once per sentence). */
function handsOver(toks: Tokens): boolean {
  let v = HANDS_OVER.get(toks);
  if (v === undefined) {
    let handover = false;
    let opening = false;
    for (let i = 0; i < toks.length; i++) {
      if (toks.word(i)) handover ||= HANDOVER.has(toks.at(i)!.lower);
      else opening ||= toks.at(i)!.text === "“";
    }
    v = handover && !opening;
    HANDS_OVER.set(toks, v);
  }
  return v;
}

/** The mentions (in text order, disjoint) overlapping `span`. */
/** The first of the mentions ending after `at` (they are disjoint and sorted by start, so sorted by end too). */
function firstEndingAfter(ms: readonly IndexedMention[], at: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.span.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mentions starting in [from, to), in text order. */
function startingIn(ms: readonly IndexedMention[], from: number, to: number): IndexedMention[] {
  const out: IndexedMention[] = [];
  for (let k = countStartingBefore(ms, from); k < ms.length && ms[k]!.span.start < to; k++) out.push(ms[k]!);
  return out;
}

/** The first mention starting in [from, to) that passes `ok`. */
function firstStartingIn(ms: readonly IndexedMention[], from: number, to: number, ok: (m: IndexedMention) => boolean): IndexedMention | undefined {
  for (let k = countStartingBefore(ms, from); k < ms.length && ms[k]!.span.start < to; k++) if (ok(ms[k]!)) return ms[k];
  return undefined;
}

function sentenceAt(doc: SeedDocument, offset: number): number {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid]!.span.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function nextQuoteStart(quotes: readonly { span: Span }[], after: number): number | undefined {
  const { starts } = quoteIndex(quotes);
  const i = countBelow(starts, after);
  return i < starts.length ? starts[i] : undefined;
}

function previousQuoteEnd(quotes: readonly { span: Span }[], before: number, floor: number): number {
  const { ends } = quoteIndex(quotes);
  const i = countBelow(ends, before + 1);
  return i > 0 && ends[i - 1]! > floor ? ends[i - 1]! : floor;
}

/**
 * Quotations come in order of their start. Per list, once: their starts, their ends sorted, and
 * "is this offset inside one" by binary search — a scan of every quotation per token or per
 * quotation is quadratic in a long article (or cubic in a line of quote marks).
 */
interface QuoteIndex {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly inAnyQuote: (o: number) => boolean;
}
const QUOTE_INDEX = new WeakMap<readonly { span: Span }[], QuoteIndex>();

function quoteIndex(quotes: readonly { span: Span }[]): QuoteIndex {
  let qi = QUOTE_INDEX.get(quotes);
  if (!qi) {
    const starts = quotes.map((q) => q.span.start);
    const ends = quotes.map((q) => q.span.end).sort((a, b) => a - b);
    // The furthest end among the quotations that start at or before each one.
    const reach: number[] = [];
    for (const q of quotes) reach.push(Math.max(reach[reach.length - 1] ?? -Infinity, q.span.end));
    const inAnyQuote = (o: number): boolean => {
      const n = countBelow(starts, o + 1);
      return n > 0 && reach[n - 1]! > o;
    };
    QUOTE_INDEX.set(quotes, (qi = { starts, ends, inAnyQuote }));
  }
  return qi;
}


