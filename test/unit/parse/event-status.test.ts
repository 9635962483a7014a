import { strict as assert } from "node:assert";
import { intRng } from "../random-edits";
import { blankRelatives, eventStatus, nounFollows, PLANNED_RE, tenseAt } from "../../../src/core/parse/dates/tense";

describe("eventStatus: is the event a date belongs to planned or completed?", () => {
  it("lets the last marker of the clause decide", () => {
    assert.equal(eventStatus("The ministers met and plan to meet again in "), "planned");
    assert.equal(eventStatus("Officials planned a meeting, which took place in "), "completed");
    assert.equal(eventStatus("The summit was held in "), "completed");
    assert.equal(eventStatus("The talks are scheduled for "), "planned");
    assert.equal(eventStatus("The weather in "), undefined);
  });

  it("reads 'may' and 'might' as a plan, unless they look back ('may have')", () => {
    assert.equal(eventStatus("Vladescu added that the contract may be signed on "), "planned");
    assert.equal(eventStatus("GM said it might be able to repay its loans in "), "planned");
    assert.equal(eventStatus("Officials said the two may have met on "), "completed");
    assert.equal(eventStatus("They may not have met on "), "completed");
  });

  it("counts 'proposed', 'planned' before a noun only when no verb came before them", () => {
    assert.equal(eventStatus("the planned talks on "), "planned");
    assert.equal(eventStatus("The board rejected a proposed package on "), "completed");
    assert.equal(eventStatus("a planned and a scheduled vote on "), "planned");
  });

  it("reads 'is set to', 'are set for' as a plan (not the past of 'set'), a participle after 'be' as no verb, and skips 'since', 'previously'", () => {
    assert.equal(eventStatus("The talks are set to "), "planned");
    assert.equal(eventStatus("Amazon’s annual meeting is set for "), "planned");
    assert.equal(eventStatus("They set to work in "), "completed");
    assert.equal(eventStatus("The date was set for "), "completed");
    // ("the last cut", "a rate cut": the noun.)
    assert.equal(eventStatus("Brokers expect refinancing will surge after the last cut in "), "planned");
    assert.equal(eventStatus("The bank cut rates in "), "completed");
    assert.equal(eventStatus("Talks to be held in "), "planned");
    assert.equal(eventStatus("He will meet them, as previously in "), "planned");
    assert.equal(eventStatus("It will be postponed until "), "planned");
  });

  it("reads a timetable's present tense and 'slated', 'is expected on' as a plan, not a plural's base form", () => {
    for (const c of ["The summit takes place on ", "The trial begins on ", "The museum opens on ", "The phone goes on sale on ", "Voters go to the polls on ", "Talks are slated for ", "A decision is expected on ", "The committee meets on ", "Parliament reopens on ", "The season kicks off on "]) {
      assert.equal(eventStatus(c), "planned", c);
    }
    // An infinitive or a negated base form speaks of no plan still ahead.
    assert.equal(eventStatus("The parties agreed to begin talks on "), "completed");
    assert.equal(eventStatus("The meeting did not take place on "), "completed");
    assert.equal(eventStatus("Trading began on "), "completed");
  });

  it("leaves a completed clause with a date of its own, a plan told in the past, and a clause of its own out of a plan", () => {
    assert.equal(eventStatus("The company will report results for the quarter that ended Dec. 31 on "), "planned");
    assert.equal(eventStatus("The quarter that ended Dec. 31 was reported on "), "completed");
    assert.equal(eventStatus("The hearing was scheduled for "), undefined);
    assert.equal(eventStatus("She will take office after serving as deputy from "), undefined);
    assert.equal(eventStatus("The new system will replace the one used until "), "completed");
    assert.equal(eventStatus("The board used to meet in "), undefined);
    // Another event named by a noun, counted from ("three days after his medical on").
    assert.equal(eventStatus("Cardona will be introduced on Saturday, three days after his medical on "), undefined);
    // A participle after the present of "be" is the present's passive: no completed event.
    assert.equal(eventStatus("A recount, if one is requested, must be finished before the certification on "), undefined);
    assert.equal(eventStatus("The recount was requested on "), "completed");
  });

  it("reads a declaration as completed ('declared a state of emergency on')", () => {
    assert.equal(eventStatus("The government declared a state of emergency on "), "completed");
  });

  it("blanks a relative clause set off by commas", () => {
    assert.equal(eventStatus("approved the scheme, which is due to open next year, on "), "completed");
  });

  it("gives what reading every marker in text order gives, on many generated clauses", () => {
    const words = [
      "the", "a", "talks", "vote", "meeting", "will", "would", "planned", "proposed", "scheduled", "held", "met",
      "was", "were", "be", "is", "due", "to", "set", "next", "since", "ago", "said", "opened", "rejected",
      "expected", "delayed", "long-delayed", "their", "café’s", "we’ll", "and", ",", ";", "which", "who",
      "plans", "for", "on", "in", "formerly", "previously", "Élysée", "rose", "2024", "—",
      "Dec.", "after", "serving", "used", "been", "days", "his", "are",
    ];
    const rand = intRng(7);
    for (let i = 0; i < 4000; i++) {
      const n = 1 + rand(14);
      const parts: string[] = [];
      for (let k = 0; k < n; k++) parts.push(words[rand(words.length)]!);
      const clause = parts.join(rand(5) === 0 ? "  " : " ") + " on ";
      assert.equal(eventStatus(clause), inTextOrder(clause), JSON.stringify(clause));
    }
  });
});

/** The rule as first written: every marker collected in text order, the last one that counts decides. */
function inTextOrder(text: string): "planned" | "completed" | undefined {
  const clause = blankRelatives(text);
  const marks: { at: number; kind: "planned" | "completed"; adjective: boolean }[] = [];
  const planned = new RegExp(PLANNED_RE.source, "gi");
  let m: RegExpExecArray | null;
  while ((m = planned.exec(clause))) {
    const prevWord = /([A-Za-z]*)\s*$/.exec(clause.slice(0, m.index))![1]!.toLowerCase();
    marks.push({ at: m.index, kind: "planned", adjective: /ed$/i.test(m[0]) && isAdjective(clause, m.index, prevWord) });
  }
  const word = /[A-Za-z\u00C0-\u024F'’]+/g;
  let prev = "";
  while ((m = word.exec(clause))) {
    const w = m[0].toLowerCase();
    const notAdjective = !(w.endsWith("ed") && isAdjective(clause, m.index, prev));
    const used = w === "used" && prev !== "be" && notAdjective && !/^\s+to\b/.test(clause.slice(m.index + 4));
    const past = used || (prev !== "be" && !(w.endsWith("ed") && ["is", "are", "am", "being"].includes(prev)) && !(w === "set" && (prev === "is" || prev === "are")) && !(["hit", "set", "put", "shut", "cut", "cast"].includes(w) && ["a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those", "last", "previous", "latest", "first", "next", "recent", "big", "deep", "rate", "tax", "price", "pay", "job", "budget", "spending"].includes(prev)) && !["scheduled", "expected", "planned", "proposed", "projected", "slated", "intended", "anticipated", "pledged", "promised"].includes(w) && notAdjective && isPast(m[0]));
    prev = w;
    if (past && !["since", "earlier", "previously", "former", "ago"].includes(w)) marks.push({ at: m.index, kind: "completed", adjective: false });
  }
  marks.sort((a, b) => a.at - b.at);
  let best: "planned" | "completed" | undefined;
  let plan: { at: number; past: boolean } | undefined;
  for (const k of marks) {
    if (k.kind === "planned" && !k.adjective) {
      const w = /^\S+/.exec(clause.slice(k.at))![0].toLowerCase();
      let prevWord = /([A-Za-z]*)\s*$/.exec(clause.slice(0, k.at))![1]!.toLowerCase();
      // ("was originally scheduled": past the adverb.)
      if (prevWord.endsWith("ly")) prevWord = /([A-Za-z]*)\s*[A-Za-z]*\s*$/.exec(clause.slice(0, k.at))![1]!.toLowerCase();
      plan = { at: k.at, past: ["was", "were", "been"].includes(prevWord) && ["scheduled", "expected", "planned", "proposed", "projected", "slated", "intended", "anticipated", "pledged", "promised"].includes(w) };
    }
    // A completed event with a date of its own after a plan ("will report on the quarter that ended Dec. 31 on") is not the date's.
    if (k.kind === "completed" && plan && /\b(?:Dec|2024)\b/.test(clause.slice(k.at + 1))) continue;
    if (!(k.adjective && best === "completed")) best = k.kind;
  }
  // A plan spoken of in the past ("was scheduled for"), or a clause of its own after it ("after serving … in"), dates nothing planned.
  if (best === "planned" && plan && (plan.past || /\b(?:after|before|since|while|when)\s+[a-z]+ing\b/.test(clause.slice(plan.at)) || /\b(?:days?|weeks?|hours?|months?)\s+(?:after|before)\s+(?:his|her|their|its|the|a|an)\s+[a-z]/.test(clause.slice(plan.at)))) return undefined;
  return best;
}

function isAdjective(s: string, at: number, prev: string): boolean {
  if (["a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those"].includes(prev) || s[at - 1] === "-") return true;
  if (/['’]s $/.test(s.slice(Math.max(0, at - 3), at))) return true;
  // After a verb's base form that a modal or "to" governs: "would resubmit revised estimates".
  const tokens = s.slice(0, at).toLowerCase().trim().split(/\s+/);
  const before = /^[a-z]+$/.test(tokens[tokens.length - 2] ?? "") ? tokens[tokens.length - 2]! : "";
  const notVerb = ["be", "been", "being", "was", "were", "are", "have", "had", "not", "never", "also", "then", "still", "just", "now", "soon", "only", "the", "will", "would", "shall", "should", "can", "could", "may", "might", "must"];
  // Between a count or an adverb in "-ly" and a noun: "150,000 disabled people", "privately sponsored refugees".
  const counted = /(?:^|[\s(])(?:\d{1,3}(?:,\d{3})+|\d{1,3})\s$/.test(s.slice(0, at)) || ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "dozens", "hundreds", "thousands", "millions", "several", "many"].includes(prev);
  if (counted || (prev.length > 4 && prev.endsWith("ly") && s.slice(0, at).toLowerCase().endsWith(`${prev} `))) return nounFollows(s, at);
  return tokens[tokens.length - 1] === prev && prev.length >= 3 && !prev.endsWith("ed") && !prev.endsWith("s") && !notVerb.includes(prev) && ["will", "would", "shall", "should", "can", "could", "may", "might", "must", "to"].includes(before);
}

/** Whether tense.ts reads the word alone as a past form (its tense at a date right after it). */
function isPast(word: string): boolean {
  const text = `${word} on`;
  return tenseAt(text, 0, text.length, word.length + 1, text.length) === "past";
}
