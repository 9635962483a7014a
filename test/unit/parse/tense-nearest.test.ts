import { strict as assert } from "node:assert";
import { rng } from "../random-edits";
import { tenseAt } from "../../../src/core/parse/dates/tense";

/** The tense at the phrase `at` (its first occurrence) in a one-sentence text. */
function tense(text: string, at: string): string | undefined {
  const i = text.indexOf(at);
  return tenseAt(text, 0, text.length, i, i + at.length);
}

describe("date clause tense read back from the date", () => {
  it("takes the nearest marker before the date", () => {
    assert.equal(tense("They met and will meet again in May.", "in May"), "future");
    assert.equal(tense("They will say they met in May.", "in May"), "past");
  });

  it("reads what a body has committed to as still ahead ('has committed to cutting emissions … by 2035')", () => {
    assert.equal(tense("Australia has committed to cutting emissions by 62 to 70 percent by 2035.", "2035"), "future");
    assert.equal(tense("The firm commits to halving its waste by 2030.", "2030"), "future");
  });

  it("reads a hedge as the end of the search: 'may' and 'might' ahead, 'could' (also the past of 'can') neither", () => {
    const storm = "Forecasters said a new storm, Fung-wong, could make landfall in northern Luzon on Friday, November 9.";
    assert.equal(tense(storm, "on Friday, November 9"), undefined);
    assert.equal(tense("He said the bank may cut rates in March.", "in March"), "future");
    assert.equal(tense("Analysts said prices might fall in 2027.", "in 2027"), "future");
    // Not before "not", "have", "only"; "May" the month is no hedge.
    assert.equal(tense("She said she could not attend the meeting on Monday.", "on Monday"), "past");
    assert.equal(tense("Officials said the plant may have closed in 2019.", "in 2019"), "past");
    assert.equal(tense("It was agreed in May that talks resumed on Monday.", "on Monday"), "past");
  });

  it("reads a participle between a count and its noun as an adjective, and one after a count as the verb", () => {
    assert.equal(tense("The rebels argued the changes would push 150,000 disabled people into poverty by 2030.", "by 2030"), "future");
    assert.equal(tense("He said three injured workers will be flown out on Monday.", "on Monday"), "future");
    assert.equal(tense("Thousands gathered in the square on Jan. 20.", "on Jan. 20"), "past");
    assert.equal(tense("About 1,500 attended the rally on Jan. 20.", "on Jan. 20"), "past");
    assert.equal(tense("The plant in 2019 closed its doors on Jan. 20.", "on Jan. 20"), "past");
    // After a possessive too: "the government's revised rental law".
    assert.equal(tense("Parliament is scheduled to vote on the government's revised rental law on Thursday, March 6.", "on Thursday, March 6"), "future");
  });

  it("reads no tense in a source's opening phrase, a participle after an adverb before its noun, or 'since' after the date", () => {
    const plan = "According to figures released by Immigration, Refugees and Citizenship Canada (IRCC), the plan sets a target of 13,250 privately sponsored refugees in 2026.";
    assert.equal(tense(plan, "in 2026"), undefined);
    assert.equal(tense("The company quietly sponsored the event in 2019.", "in 2019"), "past");
    assert.equal(tense("Economists estimated that growth would slow to 0.4 percent in 2026, the lowest since the 1950s.", "in 2026"), "future");
    assert.equal(tense("According to the police, the man fled on Monday.", "on Monday"), "past");
  });

  it("lets a participle used as an adjective count only as the clause's first marker", () => {
    assert.equal(tense("A proposed package on May 14.", "on May 14"), "future");
    assert.equal(tense("The board rejected a proposed package on May 14.", "on May 14"), "past");
    assert.equal(tense("A proposed and a planned package on May 14.", "on May 14"), "future");
    assert.equal(tense("A long-delayed study on May 14.", "on May 14"), undefined);
  });

  it("reads no past in an irregular participle after 'be' or a base form after a modal", () => {
    assert.equal(tense("A memorial service will be held on Thursday, April 23.", "on Thursday, April 23"), "future");
    assert.equal(tense("The firm would cut 3,800 jobs by the end of 2027.", "by the end of 2027"), "future");
    assert.equal(tense("The firm plans to cut 3,800 jobs by 2027.", "by 2027"), "future");
    assert.equal(tense("The firm cut 3,800 jobs in 2024.", "in 2024"), "past");
    assert.equal(tense("The meeting was held on May 14.", "on May 14"), "past");
  });

  it("reads a past clause with a date of its own after a future marker as that date's, not the next one's", () => {
    const t = "The company will report results for the quarter that ended Dec. 31 on Feb. 26.";
    assert.equal(tense(t, "Dec. 31"), "past");
    assert.equal(tense(t, "Feb. 26"), "future");
    assert.equal(tense("It will replace the system that was introduced in 2019 by June.", "June"), "future");
    // Without a future marker before it, the past stands.
    assert.equal(tense("The quarter ended Dec. 31 on a high.", "Dec. 31"), "past");
    assert.equal(tense("Smith, who retired in 2019, died on May 5.", "May 5"), "past");
  });

  it("reads a verb often used as an adjective after a date between subject and verb as past", () => {
    assert.equal(tense("The Senate on Wednesday, Jan. 14, advanced a bill that would bar trading.", "Wednesday, Jan. 14"), "past");
    assert.equal(tense("The Government Accountability Office on June 18 called for a re-run.", "June 18"), "past");
    // Leading the sentence, the date has no subject before it: "advanced" describes a noun.
    assert.equal(tense("On Jan. 14, advanced economies will slow.", "Jan. 14"), "future");
  });

  it("reads no marker after the comma that closes a relative clause the date is in", () => {
    assert.equal(tense("The UK Biobank, which began recruiting volunteers in 2006, will release further data.", "2006"), "past");
    assert.equal(tense("Poland, who were invited to join NATO in July 1997, will join on March 12.", "July 1997"), "past");
    assert.equal(tense("The plant, which will open in 2027, employs 300 people.", "2027"), "future");
  });

  it("reads 'until' as a plan only as the date's own preposition", () => {
    assert.equal(tense("She ran the unit from 1986 until her retirement in 2002.", "1986"), "past");
    assert.equal(tense("She ran the unit from 1986 until her retirement in 2002.", "2002"), "past");
    assert.equal(tense("Russian markets will remain closed until Friday.", "Friday"), "future");
    assert.equal(tense("He was a trustee until 1974.", "1974"), "future");
    assert.equal(tense("The jet stays in production until at least 2014.", "2014"), "future");
  });

  it("blanks a relative clause set off by commas before a verb and the date's phrase", () => {
    assert.equal(tense("The tax, which was introduced in 2019, expires on Dec. 31.", "Dec. 31"), undefined);
    assert.equal(tense("The tax, which was introduced in 2019, will expire on Dec. 31.", "Dec. 31"), "future");
  });

  it("reads a passive participle and 'set to' as before", () => {
    assert.equal(tense("The vote will be postponed on May 14.", "on May 14"), "future");
    assert.equal(tense("The talks are set to resume on May 14.", "on May 14"), "future");
    assert.equal(tense("Talks were held on May 14.", "on May 14"), "past");
  });

  it("stops at the clause's start and reads words with apostrophes and accents whole", () => {
    assert.equal(tense("He said; the café’s talks on May 14.", "on May 14"), undefined);
    assert.equal(tense("“We’ll meet,” on May 14.", "on May 14"), undefined);
    assert.equal(tense("We’ll meet on May 14.", "on May 14"), "future");
    assert.equal(tense("on May 14.", "on May 14"), undefined);
  });

  it("reads the words after a date only up to its clause's end", () => {
    assert.equal(tense("On Friday the king said so.", "On Friday"), "past");
    assert.equal(tense("On Friday and then the king said so.", "On Friday"), undefined);
    assert.equal(tense("On Friday; the king said so.", "On Friday"), undefined);
    assert.equal(tense("On Friday Anderson said so.", "On Friday"), "past");
  });

  it("reads a speech tag after the date as when it was said, not as the event's tense", () => {
    assert.equal(tense("The company will hold its investor day on Thursday, Oct. 16, it said.", "Thursday, Oct. 16"), "future");
    assert.equal(tense("Ministers are scheduled to sign it on November 17, a Council official said.", "November 17"), "future");
    assert.equal(tense("Rates will be $35 a night, MGM Grand said.", "a night"), "future");
    // Without a marker of its own in the clause, the date is when it was said.
    assert.equal(tense("On Friday, the king said so.", "On Friday"), "past");
  });

  it("reads nothing before the clause's start, wherever it is", () => {
    // The same tense with everything up to the last ; “ or ” before the date blanked out.
    const WORDS = ["said", "will", "met", "the", "a", "proposed", "planned", "be", "to", "set", "as", "soon", "is", "talks", "’ll", "café’s", "long-delayed", "which", "who", ",", ";", "“", "”", "Expected", "BEEN", "were", "due"];
    const r = rng(5);
    for (let i = 0; i < 3000; i++) {
      const n = 1 + Math.floor(r() * 12);
      const words: string[] = [];
      for (let k = 0; k < n; k++) words.push(WORDS[Math.floor(r() * WORDS.length)]!);
      const text = `${words.join(r() < 0.8 ? " " : "")} on May 14 ${WORDS[Math.floor(r() * WORDS.length)]} x.`;
      const at = text.indexOf("on May 14");
      const mark = Math.max(text.lastIndexOf(";", at), text.lastIndexOf("“", at), text.lastIndexOf("”", at));
      const blanked = " ".repeat(mark + 1) + text.slice(mark + 1);
      assert.equal(tenseAt(text, 0, text.length, at, at + 9), tenseAt(blanked, 0, blanked.length, at, at + 9), text);
    }
  });
});
