import type { SeedDocument } from "../../model/document";
import type { Quote } from "../../model/quote";
import type { Span } from "../../model/span";
import type { ActorDraft, ActorIndex } from "./build";
import { PLACE_PREPOSITIONS, PRONOUNS } from "../names";

/** Verbs that tie a speaker to a quotation ("said", "told", "stating", "described … as"). */
const QUOTE_VERBS = new Set(
  (
    "said says say told tells added adds noted notes stated states remarked explained warned insisted confirmed " +
    "wrote writes replied asked argued claimed announced acknowledged admitted urged cautioned stressed emphasized " +
    "emphasised described calls called stating saying adding noting telling writing describing insisting warning " +
    "declared declares continued concluded recalled predicted mentioned reiterated"
  ).split(" "),
);
/** Nouns in a following sentence that hand a quotation to its speaker ("That was the view of …"). */
const HANDOVER = new Set("view views words remarks comments promise warning verdict assessment came".split(" "));
const DOCUMENTS = new Set("statement report note letter release filing".split(" "));

export interface SpeakerFound {
  readonly actor: ActorDraft;
  readonly span?: Span;
}

/** The actor a quote's speaker span or text names (from the attribution stage). */
export function actorForSpan(index: ActorIndex, text: string, span: Span, sentence: number, person?: boolean): ActorDraft | undefined {
  // Mentions inside the source span, except places in it ("palaeontologists in Argentina").
  const inside = index.mentions.filter((m) => m.span.start < span.end && span.start < m.span.end && !placeBefore(index, m.span.start, m.sentence));
  // Prefer a person named inside the span ("UN spokesperson Stéphane Dujarric"), else any actor.
  // The attribution stage may know whether the speaker is a person ("a spokesperson for the CPS" is not).
  const preferred = person === false ? inside.find((m) => m.actor.kind !== "person") : inside.find((m) => m.actor.kind === "person");
  if (preferred) return preferred.actor;
  if (inside[0]) return inside[0].actor;
  const t = text.trim();
  if (PRONOUNS.has(t.toLowerCase()) || t.toLowerCase() === "it") return index.resolvePronoun(t, span.start, sentence);
  const named = index.resolveText(t.replace(/^(?:the|a|an)\s+/iu, ""), span.start);
  if (named) return named;
  const last = t.toLowerCase().split(/\s+/u).pop() ?? "";
  if (DOCUMENTS.has(last)) return lastSpeakerBefore(index, span.start, sentence);
  return undefined;
}

function placeBefore(index: ActorIndex, offset: number, sentence: number): boolean {
  const toks = index.sentences[sentence]?.tokens ?? [];
  let prev: string | undefined;
  for (const t of toks) {
    if (t.start >= offset) break;
    prev = t.lower;
  }
  return prev !== undefined && PLACE_PREPOSITIONS.has(prev);
}

/** The actor that most recently acted or spoke before `offset` (for "the statement said"). */
function lastSpeakerBefore(index: ActorIndex, offset: number, sentence: number): ActorDraft | undefined {
  for (let s = sentence - 1; s >= Math.max(0, sentence - 2); s--) {
    const ms = index.mentions.filter((m) => m.sentence === s && !m.quoted && m.span.start < offset);
    if (ms[0]) return ms[0].actor;
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
  const quotes = doc.quotes;
  const inAnyQuote = (o: number): boolean => quotes.some((x) => x.span.start <= o && o < x.span.end);
  // Tail: words after the quote in its sentence, up to the next quote.
  const tail = toks.filter((t) => t.start >= q.span.end && !inAnyQuote(t.start));
  const tailEnd = nextQuoteStart(quotes, q.span.end) ?? Infinity;
  const tailWords = tail.filter((t) => t.start < tailEnd);
  const verbAt = tailWords.findIndex((t) => t.word && QUOTE_VERBS.has(t.lower));
  if (verbAt >= 0 && verbAt < 14) {
    const verb = tailWords[verbAt]!;
    const before = index.mentions.filter((m) => m.span.start >= q.span.end && m.span.end <= verb.start && !inAnyQuote(m.span.start));
    if (before.length > 0) return (before.find((m) => m.actor.kind === "person" && m.via !== "pronoun") ?? before[before.length - 1])!.actor;
    const after = index.mentions.filter((m) => m.span.start > verb.end && m.span.start < tailEnd && !inAnyQuote(m.span.start));
    if (after[0] && after[0].sentence === endSentence) return after[0].actor;
    const lastBefore = tailWords.slice(0, verbAt).pop();
    if (lastBefore?.word && DOCUMENTS.has(lastBefore.lower)) return lastSpeakerBefore(index, q.span.start, endSentence);
  }
  // Head: "X said: “…”", "X described the plan as “…”", "He emphasized …, stating, “…”".
  const hs = index.sentences[startSentence];
  if (hs) {
    const prevQuoteEnd = previousQuoteEnd(quotes, q.span.start, doc.sentences[startSentence]!.span.start);
    const head = hs.tokens.filter((t) => t.end <= q.span.start && t.start >= prevQuoteEnd && !inAnyQuote(t.start));
    if (head.some((t) => t.word && QUOTE_VERBS.has(t.lower))) {
      const passive = head.some((t, i) => t.lower === "been" || (t.lower === "be" && head[i + 1]?.word));
      const ms = index.mentions.filter((m) => m.sentence === startSentence && m.span.end <= q.span.start && m.span.start >= prevQuoteEnd && !m.quoted);
      if (ms[0] && !passive) return ms[0].actor;
    } else if (head.filter((t) => t.word).length === 0 && tailWords.filter((t) => t.word).length === 0) {
      // A quotation standing alone: the same speaker as a quotation just before it in the paragraph…
      if (previous && previous.actor && previous.quote.paragraph === q.paragraph && startSentence - sentenceAt(doc, previous.quote.span.end - 1) <= 1) {
        return previous.actor;
      }
      // …or the one the next sentence names ("That was the view of Kwame Mensah").
      const ns = index.sentences[endSentence + 1];
      if (ns && doc.sentences[endSentence + 1]?.paragraph === doc.sentences[endSentence]?.paragraph) {
        if (ns.tokens.some((t) => t.word && HANDOVER.has(t.lower)) && !ns.tokens.some((t) => t.text === "“")) {
          const m = index.mentions.find((x) => x.sentence === endSentence + 1 && !x.quoted);
          if (m) return m.actor;
        }
      }
    }
  }
  if (q.continuesPrevious && previous?.actor) return previous.actor;
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
  for (const q of quotes) if (q.span.start >= after) return q.span.start;
  return undefined;
}

function previousQuoteEnd(quotes: readonly { span: Span }[], before: number, floor: number): number {
  let end = floor;
  for (const q of quotes) if (q.span.end <= before && q.span.end > end) end = q.span.end;
  return end;
}
