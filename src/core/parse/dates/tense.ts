/**
 * The tense that governs a temporal expression: the nearest tense marker in its clause.
 * "will meet in January" → future; "met in January" → past. Cheap word scanning, no parser.
 */
export type Tense = "past" | "present" | "future";

const FUTURE = new Set([
  "will", "'ll", "shall", "would", "planned", "planning", "scheduled", "expected", "expects", "expect",
  "due", "upcoming", "next", "intends", "intend", "aims", "aim", "going", "forthcoming", "until", "convene",
  "promised", "pledged", "proposed", "projected", "forecast",
]);
const PRESENT = new Set(["is", "are", "am", "says", "say", "remains", "has", "have", "now", "currently", "continues"]);
const PAST_IRREGULAR = new Set([
  "was", "were", "had", "did", "said", "told", "met", "began", "began", "held", "took", "came", "went", "made", "won",
  "lost", "saw", "gave", "got", "left", "rose", "fell", "grew", "hit", "set", "put", "ran", "led", "paid", "sold",
  "bought", "brought", "found", "thought", "became", "wrote", "spoke", "broke", "chose", "drove", "flew", "knew",
  "stood", "struck", "saw", "tore", "shot", "fought", "sought", "taught", "caught", "sent", "spent", "built", "kept", "meant", "felt", "heard", "sat", "shut", "cut", "ago",
  "since", "earlier", "previously", "former", "born", "died",
]);
// "-ed" words that usually speak of what is still to come.
const ED_FUTURE = new Set(["scheduled", "expected", "planned", "proposed", "projected", "slated", "intended", "anticipated", "pledged", "promised"]);
const ED_NOT_PAST = new Set(["need", "indeed", "speed", "feed", "seed", "bed", "red", "shed", "hundred", "based", "called", "so-called", "limited", "united", "related", "detailed", "extended", "advanced", "armed", "skilled", "talented", "concerned", "interested", "used"]);

const WORD = /[A-Za-z\u00C0-\u024F'’]+/g;
const AHEAD_TO = new Set(["set", "is", "are", "due", "likely", "ready", "going", "about", "poised", "slated", "plans", "plan", "hopes", "hope", "wants", "want", "agreed", "decided"]);

function classify(w: string): Tense | undefined {
  const t = w.toLowerCase().replace(/’/g, "'");
  if (t === "'ll" || t.endsWith("'ll")) return "future";
  if (ED_FUTURE.has(t) || FUTURE.has(t)) return t === "set" ? undefined : "future";
  if (PAST_IRREGULAR.has(t)) return "past";
  if (PRESENT.has(t)) return "present";
  if (t.length > 4 && t.endsWith("ed") && !ED_NOT_PAST.has(t)) return "past";
  return undefined;
}

/**
 * Tense of the clause around [start, end) in `text`, looking within [from, to) (the sentence).
 * The nearest marker before the expression wins; markers after it count at double distance.
 */
export function tenseAt(text: string, from: number, to: number, start: number, end: number): Tense | undefined {
  // Clause limits: stop at ; and at a quotation boundary.
  let best: Tense | undefined;
  let bestDist = Infinity;
  const before = text.slice(from, start);
  let clauseStart = Math.max(before.lastIndexOf(";"), before.lastIndexOf("“"), before.lastIndexOf("”"));
  clauseStart = clauseStart < 0 ? 0 : clauseStart + 1;
  WORD.lastIndex = clauseStart;
  let m: RegExpExecArray | null;
  let prev = "";
  while ((m = WORD.exec(before))) {
    const w = m[0].toLowerCase();
    // A passive participle ("would be paid", "has been held") takes the tense of its auxiliary.
    let k = (prev === "be" || prev === "been" || prev === "being") && w.endsWith("ed") ? undefined : classify(m[0]);
    // "set to resume", "is to open", "as soon as", "as early as": still ahead.
    if ((w === "to" && AHEAD_TO.has(prev)) || (w === "as" && (prev === "soon" || prev === "early"))) k = "future";
    prev = w;
    if (!k) continue;
    const dist = before.length - m.index;
    if (dist <= bestDist) {
      best = k;
      bestDist = dist;
    }
  }
  const after = text.slice(end, Math.min(to, end + 60));
  WORD.lastIndex = 0;
  while ((m = WORD.exec(after))) {
    // The words after a date govern it only within its own clause ("On Friday, the king said…" is the exception: a leading date).
    if (/[;“”]|\b(?:and|but|or|while|whereas)\b/.test(after.slice(0, m.index))) break;
    const k = classify(m[0]);
    if (!k) continue;
    if (m.index * 2 < bestDist) {
      best = k;
      bestDist = m.index * 2;
    }
    break;
  }
  return best;
}

/**
 * Is the event a date belongs to planned or completed? The nearest marker of either kind before the
 * date in its clause decides ("mentioned plans for a meeting in January" → planned).
 */
export function eventStatus(clause: string): "planned" | "completed" | undefined {
  let best: "planned" | "completed" | undefined;
  let at = -1;
  PLANNED_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLANNED_G.exec(clause))) {
    at = m.index;
    best = "planned";
  }
  WORD.lastIndex = 0;
  let prev = "";
  while ((m = WORD.exec(clause))) {
    const w = m[0].toLowerCase();
    const past = prev !== "be" && !ED_FUTURE.has(w) && (PAST_IRREGULAR.has(w) || classify(m[0]) === "past");
    prev = w;
    if (past && m.index > at && !["since", "earlier", "previously", "former", "ago"].includes(w)) {
      at = m.index;
      best = "completed";
    }
  }
  return best;
}

/** Strong markers of a plan or a future event near an expression (for the date-inconsistency rule). */
export const PLANNED_RE = /\b(?:will|'ll|shall|plans?|planned|planning|scheduled|is due|are due|due to|upcoming|next|expected to|set to|is to|are to|intends?|to be held|would)\b/i;
/** Strong markers of a completed event. */
export const COMPLETED_RE = /\b(?:was|were|had|took place|held|met|opened|began|started|ended|closed|published|announced|released|signed|won|died|arrested|convicted|elected|launched|completed|founded|said|told|reported|was held|happened|occurred|returned|described|awarded|unveiled|visited|resumed)\b/i;
const PLANNED_G = new RegExp(PLANNED_RE.source, "gi");
