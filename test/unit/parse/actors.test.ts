import { strict as assert } from "node:assert";
import { analyze, type Analysis } from "../../../src/core/analyze";
import { KnowledgeBase } from "../../../src/core/knowledge";
import type { Actor } from "../../../src/core/model/actor";

/** A small knowledge base of our own, so these tests do not move when the bundled data grows. */
const kb = KnowledgeBase.fromFiles([
  {
    entries: [
      {
        type: "person",
        name: "Volodymyr Zelensky",
        variants: ["Zelensky", "Zelenskyy"],
        country: "Ukraine",
        offices: [{ title: "President", of: "Ukraine", from: "2019-05-20" }],
      },
      { type: "person", name: "Donald Trump", variants: ["Trump"], offices: [{ title: "President", of: "United States", from: "2025-01-20" }] },
      { type: "country", name: "Russia", demonyms: ["Russian"], capital: "Moscow", seatsOfGovernment: ["Moscow", "the Kremlin"] },
      { type: "country", name: "United States", variants: ["US"], demonyms: ["American"], seatsOfGovernment: ["Washington"] },
      { type: "country", name: "Ukraine", demonyms: ["Ukrainian"] },
      { type: "organization", name: "North Atlantic Treaty Organization", acronyms: ["NATO"], kind: "intergovernmental" },
      { type: "event", name: "Cold War", kind: "war" },
    ],
  },
]);

const run = (text: string): Analysis => analyze(text, { knowledge: kb });
const names = (a: Analysis): string[] => a.actors.map((x) => x.name);
const actor = (a: Analysis, name: string): Actor => {
  const found = a.actors.find((x) => x.name === name);
  assert.ok(found, `no actor "${name}" in ${JSON.stringify(names(a))}`);
  return found;
};
const mentionTexts = (x: Actor): string[] => x.mentions.map((m) => m.text);

describe("actors: titles and roles", () => {
  it("strips titles and keeps them as roles", () => {
    const a = run(
      "Ukrainian President Volodymyr Zelensky spoke on Monday. Dr. Katrin Huber said the clinics were full. " +
        "Councillor Janet Rhodes told the meeting the pool would close. Club chairman David Ashworth told the forum it was sold out.",
    );
    assert.deepEqual(actor(a, "Volodymyr Zelensky").roles, ["Ukrainian President"]);
    assert.equal(actor(a, "Volodymyr Zelensky").kind, "person");
    assert.ok(actor(a, "Katrin Huber").roles.includes("Dr."));
    assert.ok(actor(a, "Janet Rhodes").roles.includes("Councillor"));
    assert.ok(actor(a, "David Ashworth").roles.includes("Club chairman"));
    assert.ok(!names(a).includes("Club"));
  });

  it("strips a treasurer's, a pastor's and a chaplain's title, and an adverb opening the sentence", () => {
    const a = run(
      "Treasurer Peter Costello said the budget was balanced. Pastor James Allmen said the church would reopen. " +
        "Chaplain Ruth Blake told the crew. Certainly Saddam Hussein has not said so, officials said.",
    );
    assert.ok(actor(a, "Peter Costello").roles.includes("Treasurer"));
    assert.ok(actor(a, "James Allmen").roles.includes("Pastor"));
    assert.ok(actor(a, "Ruth Blake").roles.includes("Chaplain"));
    assert.equal(actor(a, "Saddam Hussein").kind, "person");
    assert.ok(!names(a).some((n) => /^(?:Treasurer|Pastor|Chaplain|Certainly) /u.test(n)), names(a).join(", "));
  });

  it("makes a lone name that posts, hires, acquires, recalls or sues an organisation", () => {
    const a = run("Results news\nShares were flat. Later, IBM posted a loss and Acme recalled 2,000 cars.");
    assert.ok(names(a).includes("IBM") && names(a).includes("Acme"), names(a).join(", "));
  });

  it("makes the name with its ’s that opens “…, the carmaker said” the organisation that says it", () => {
    const a = run("Results news\nVolkswagen's third-quarter profit fell 42% to 2.9 billion euros, the carmaker said on Wednesday.");
    assert.equal(actor(a, "Volkswagen").kind, "organization");
    assert.equal(actor(a, "Volkswagen").claims.length, 1);
    assert.deepEqual(names(run("Results news\nToday's figures were weak, the company said.")), []);
  });

  it("makes no organisation of MPs, MEPs, NGOs or CEOs, who still speak", () => {
    const a = run("Nobody should be left waiting, he told MPs. Several NGOs said the plan was flawed. The CEOs said no.");
    assert.deepEqual(names(a), []);
    assert.deepEqual(a.frames.map((f) => f.cue), ["told", "said", "said"]);
  });

  it("keeps a saint's or a people's ’s inside an institution's name, and strips a peer's title", () => {
    const a = run(
      "A spokeswoman for St Mary's Hospital Trust said 240 staff had been retrained. Children's Hospital of Philadelphia said it would appeal. " +
        "Researchers at King's College London said it agreed. The inquiry, led by Baroness Judith Kerr, found that lists had been manipulated.",
    );
    for (const n of ["St Mary's Hospital Trust", "Children's Hospital of Philadelphia", "King's College London"]) assert.equal(actor(a, n).kind, "organization", n);
    assert.ok(actor(a, "Judith Kerr").roles.includes("Baroness"));
    assert.ok(!names(a).some((n) => /^(?:Hospital Trust|College London|Hospital of Philadelphia|Baroness )/u.test(n)), names(a).join(", "));
  });

  it("keeps a possessive that opens a charity's or a party's name: only words no name stands on alone follow it", () => {
    const a = run(
      "Alzheimer's Research UK said the findings were encouraging. The Children's Society said they were worrying. Parkinson's UK said the study was small. " +
        "The People's Party said it would vote against. Google's DeepMind said the model was safe. Russia's Foreign Ministry said the talks failed.",
    );
    for (const n of ["Alzheimer's Research UK", "Children's Society", "Parkinson's UK", "People's Party", "DeepMind", "Foreign Ministry"]) assert.equal(actor(a, n).kind, "organization", n);
    assert.ok(!names(a).some((n) => /^(?:Research UK|Society|United Kingdom|Party|Google's DeepMind|Russia's Foreign Ministry)$/u.test(n)), names(a).join(", "));
  });

  it("reads a mountain pass as a place and a football club as an organisation, whose manager speaks for himself", () => {
    const a = run("The road over Honister Pass was closed after the storm, Cumbria County Council said. Ellesmere Rovers beat Kingsport 3-1 on Saturday. Ellesmere Rovers manager Tom Hale said the win was deserved.");
    assert.ok(!names(a).includes("Honister Pass"), names(a).join(", "));
    assert.equal(actor(a, "Ellesmere Rovers").kind, "organization");
    assert.deepEqual(actor(a, "Tom Hale").claims.map((i) => a.claims[i]!.text), ["the win was deserved"]);
  });

  it("reads a board named for what it handles as an organisation, not an event ('Board of Elections')", () => {
    const a = run("Alvarez had 51.3 percent of the vote, according to the Riverton County Board of Elections.");
    assert.equal(actor(a, "Riverton County Board of Elections").kind, "organization");
    assert.ok(!names(run("The Bank of England Inflation Report said prices rose.")).includes("Bank of England Inflation Report"));
  });

  it("gives an unnamed source's words to no one, not to the body named in it ('An EU diplomat')", () => {
    const a = run("European Union and Indian negotiators said on Wednesday they had made progress. An EU diplomat, speaking on condition of anonymity, called the dairy dispute “the last real obstacle” to a deal.");
    const q = a.quotes.find((x) => x.text.includes("last real obstacle"))!;
    assert.equal(q.speakerId, undefined);
    assert.ok(a.findings.some((f) => f.ruleId === "unattributed-quote"));
    assert.equal(run("“It is over,” an EU official said.").quotes[0]!.speakerId, undefined);
    // One named in apposition speaks.
    const b = run("An energy ministry official, Carolina Vergara, said the line remained on track for completion.");
    assert.deepEqual(actor(b, "Carolina Vergara").claims.map((i) => b.claims[i]!.text), ["the line remained on track for completion"]);
  });

  it("reads a name with a particle after a role as a person's, and strips a player's position", () => {
    const a = run("Castlemoor manager Pieter de Kock said his side had been the better team. Substitute Kofi Mensah-Adjei scored the winner. Goalkeeper Tom Hale saved a penalty.");
    assert.equal(actor(a, "Pieter de Kock").kind, "person");
    assert.deepEqual(actor(a, "Pieter de Kock").claims.map((i) => a.claims[i]!.text), ["his side had been the better team"]);
    assert.equal(actor(a, "Castlemoor").claims.length, 0);
    for (const n of ["Kofi Mensah-Adjei", "Tom Hale"]) assert.equal(actor(a, n).kind, "person", n);
    assert.ok(!names(a).some((n) => /^(?:Substitute|Goalkeeper) /u.test(n)), names(a).join(", "));
  });

  it("reads 'the bank' as a known bank named before ('Barclays Bank'), not the last firm named", () => {
    // (The bundled knowledge base, which knows "Barclays Bank" and "UBS Group".)
    const a = analyze("Barclays raised its target for Northwind Logistics. “The market has been slow,” the bank said.");
    assert.equal(a.quotes[0]!.speakerId, actor(a, "Barclays").id);
    // A variant's generic word names nothing: "UBS Group" is no "group of politicians".
    const b = analyze("UBS cut its forecast. A group of Washington politicians released a joint statement saying “We will be asking tough questions about the deal.”");
    assert.equal(b.quotes[0]!.speakerId, undefined);
  });

  it("reads 'Chief Whip' as a title and a co-leader's apposition as a role ('Alice Weidel, co-leader of …, said the budget “…”')", () => {
    const a = run("“We won the vote,” Chief Whip Jonathan Reynolds said.");
    assert.deepEqual(a.actors.map((x) => [x.name, x.roles]), [["Jonathan Reynolds", ["Chief Whip"]]]);
    const b = run("Alice Weidel, co-leader of the far-right Alternative for Germany, said the budget “piles debt on our grandchildren.”");
    assert.deepEqual(b.quotes.map((q) => q.speakerId), [actor(b, "Alice Weidel").id]);
  });

  it("reads a title set off before a name as that person's, and a shadow's role as no holder of the title ('The Environment Secretary, Helen Marsh-Okafor, said')", () => {
    const t = "The Environment Secretary, Helen Marsh-Okafor, said the plan would work.\n“For too long, water companies have treated fines as a cost of doing business,” she told MPs.\nThe shadow environment secretary, Victoria Aldridge, accused the minister of lying.";
    const a = run(t);
    assert.deepEqual(actor(a, "Helen Marsh-Okafor").mentions.map((m) => m.text), ["Environment Secretary", "Helen Marsh-Okafor", "she"]);
    assert.deepEqual(a.quotes.map((q) => q.speakerId), [actor(a, "Helen Marsh-Okafor").id]);
  });

  it("gives a quotation standing alone to the person a short sentence before it is about, after an opening phrase ('Asked whether …, she shook her head.')", () => {
    const a = run("City coach Amélie Durand-Lefèvre spoke first. Asked whether she would complain to the league, she shook her head. “What for? The points do not come back.”");
    assert.deepEqual(a.quotes.map((q) => q.speakerId), ["amelie-durand-lefevre"]);
    const b = run("City coach Amélie Durand-Lefèvre spoke first. Asked whether she would complain, Durand-Lefèvre shook her head. “What for? The points do not come back.”");
    assert.deepEqual(b.quotes.map((q) => q.speakerId), ["amelie-durand-lefevre"]);
  });

  it("gives a quotation after a sentence describing someone's words to their owner ('Her message to Cairo was blunt: “…”')", () => {
    const a = run("Ursula von der Leyen arrived in Cairo on Sunday. Her message to Cairo was blunt: “Reforms first, then money.”");
    assert.deepEqual(a.quotes.map((q) => q.speakerId), [actor(a, "Ursula von der Leyen").id]);
    const b = run("Giorgia Meloni said departures had fallen. Meloni’s comments were direct: “Egypt has done its part.”");
    assert.deepEqual(b.quotes.map((q) => q.speakerId), [actor(b, "Giorgia Meloni").id]);
    // Not the words of no one in particular, nor a sentence whose words are no one's.
    const c = run("Giorgia Meloni arrived on Sunday. The message on the banner was blunt: “Reforms first, then money.”");
    assert.deepEqual(c.quotes.map((q) => q.speakerId), [undefined]);
  });

  it("gives a person's words to the person, not to the body after their 'of' ('Sanjay Kumar of the Working People's Charter said', '… of the Indonesian Forum for the Environment (WALHI) said')", () => {
    const a = run("Sanjay Kumar of the Working People's Charter said the forests had shrunk by a third.");
    assert.equal(actor(a, "Sanjay Kumar").claims.length, 1);
    assert.equal(actor(a, "Working People's Charter").kind, "organization");
    const b = run("Uli Arta Siagian of the Indonesian Forum for the Environment (WALHI) said the forests had shrunk by a third.");
    assert.equal(actor(b, "Uli Arta Siagian").claims.length, 1);
    assert.equal(actor(b, "Indonesian Forum for the Environment").kind, "organization");
    // A regulator, a shire: the bodies whole.
    assert.deepEqual(names(run("The Railway Safety Regulator said the line was safe for trains.")), ["Railway Safety Regulator"]);
    assert.deepEqual(names(run("Mallee Ridge Shire said the levee held through the night.")), ["Mallee Ridge Shire"]);
  });

  it("reads a body named by its aim, a place with a possessive in its name, and no opening preposition ('The Committee to Protect Journalists', 'Hawke's Bay Regional Council', 'Outside São João, …')", () => {
    assert.deepEqual(names(run("The Committee to Protect Journalists said two reporters were detained in the capital.")), ["Committee to Protect Journalists"]);
    assert.deepEqual(names(run("Hawke's Bay Regional Council said the river was lower than in any summer on record.")), ["Hawke's Bay Regional Council"]);
    assert.deepEqual(names(run("Outside São João, Manuel Teixeira said the nurses were right to strike.")), ["Manuel Teixeira"]);
    // Not a city's council after its possessive.
    assert.deepEqual(names(run("Denver’s City Council approved a plan on Monday night to run buses until 2 a.m.")), ["City Council"]);
  });

  it("reads a region with a possessive after a body, an unnamed officer's body, and a bank's name in other tongues ('Federated Farmers Hawke’s Bay president Katie Lyall', 'A Maersk spokesperson', 'Banco de Portugal')", () => {
    const a = run("Federated Farmers Hawke’s Bay president Katie Lyall said many sheep and beef farmers had already sold stock early.");
    assert.equal(actor(a, "Katie Lyall").claims.length, 1);
    assert.equal(actor(run("A Maersk spokesperson declined to comment on the tender for the new berths."), "Maersk").kind, "organization");
    assert.equal(actor(run("Banco de Portugal estimated that house prices had risen 8.2 percent in real terms."), "Banco de Portugal").kind, "organization");
    // A body, where it is, then its verb.
    assert.equal(actor(run("The Egyptian Red Crescent in North Sinai said 200 trucks crossed the border on Monday."), "Egyptian Red Crescent").kind, "organization");
  });

  it("names an organisation by its kind in a closed apposition ('Paradigm Initiative, a digital rights group, said', 'SLB, the oilfield services company, said')", () => {
    for (const [t, name] of [
      ["The Public Interest Advocacy Centre, a consumer group, said the rules were weak.", "Public Interest Advocacy Centre"],
      ["Paradigm Initiative, a digital rights group, said the ban was illegal.", "Paradigm Initiative"],
      ["SLB, the oilfield services company, said it won the contract.", "SLB"],
      ["The Africa International Film Festival (AFRIFF) said ticket sales rose.", "Africa International Film Festival"],
    ] as const) {
      const a = run(t);
      assert.equal(actor(a, name).kind, "organization", t);
      assert.equal(actor(a, name).claims.length, 1, t);
    }
    // Not the subject of the main clause after an opening phrase: "… for Elian Gonzalez, the Cuban government urged".
    assert.equal(actor(run("As crowds rallied for Elian Gonzalez, the Cuban government urged its people to march."), "Elian Gonzalez").kind, "person");
    assert.deepEqual(names(run("The Belt and Road Initiative was launched in 2013.")), []);
    // Nor a person whose apposition's noun is another's: "commander Zhang Lu, a veteran of the Shenzhou-15 mission,".
    assert.equal(actor(run("The crew consists of commander Zhang Lu, a veteran of the Shenzhou-15 mission, and Wang Haoze. Zhang said they were ready."), "Zhang Lu").kind, "person");
  });

  it("reads a message posted after a phrase of time, and no platform it went to as an actor ('On X, the company posted shortly after midnight: “…”')", () => {
    const a = run("Maplewave said the outage began at 9pm. On X, the company posted shortly after midnight: “Service has been restored to most customers.” It wrote on Facebook that service was back.");
    assert.deepEqual(names(a), ["Maplewave"]);
    assert.deepEqual(a.quotes.map((q) => q.speakerId), [actor(a, "Maplewave").id]);
    assert.equal(a.claims.filter((c) => c.actorId === actor(a, "Maplewave").id).length, 3);
    // The firm is an actor where it acts.
    assert.ok(names(run("Facebook said it would fine users. X said the same.")).includes("Facebook"));
  });

  it("gives a quotation standing alone to the person a short sentence before it opens with", () => {
    const a = run("Rachel Dunmore was defiant. “My constituents are not against homes at all.”");
    assert.equal(a.quotes[0]!.speakerId, actor(a, "Rachel Dunmore").id);
    const b = run("The vote was close. “My constituents are not against homes at all.”");
    assert.equal(b.quotes[0]!.speakerId, undefined);
    // After the person's role too, not after other words.
    const c = run("Business minister Alan Pryce was blunter still. “There is no plan to legislate for a four-day week.”");
    assert.equal(c.quotes[0]!.speakerId, actor(c, "Alan Pryce").id);
    const d = run("After the vote Alan Pryce was blunter still. “There is no plan to legislate for a four-day week.”");
    assert.equal(d.quotes[0]!.speakerId, undefined);
    // A sentence about the one who just spoke, opening with "Her" or "His", goes between.
    const e = run("“People remember Bert and the flood,” said Angharad Price, who runs a café. Her premises flooded in that storm. “We’ve put the sandbags out already.”");
    assert.deepEqual(e.quotes.map((q) => q.speakerId), [actor(e, "Angharad Price").id, actor(e, "Angharad Price").id]);
  });

  it("gives 'the spokesperson said' to the body a spokesperson just spoke for", () => {
    const a = run("A spokesperson for Wyvern District Council said the site was empty. “Doing nothing is not an option,” the spokesperson said.");
    assert.equal(a.quotes[0]!.speakerId, actor(a, "Wyvern District Council").id);
  });

  it("gives 'X of ORG said: “…”' to X, not the organisation", () => {
    for (const [t, who] of [
      ["Detective Inspector Laura Finch of West Yorkshire Police said: “Today’s sentence reflects the harm done.”", "Laura Finch"],
      ["Professor Maria Lund of Lund University, who was not involved in the study, called it “an elegant piece of work”.", "Maria Lund"],
    ] as const) {
      const a = run(t);
      assert.equal(a.quotes[0]!.speakerId, actor(a, who).id, t);
    }
  });

  it("gives an unnamed subject's quotation to no one, not to the outlet it told", () => {
    const a = run("“Consolidation in the North Sea is inevitable,” one banker involved in the talks told Reuters.");
    assert.equal(a.quotes[0]!.speakerId, undefined);
    assert.ok(a.findings.some((f) => f.ruleId === "unattributed-quote"));
    const b = run("“It is over,” said Jane Doe, the mayor of Leeds.");
    assert.equal(b.quotes[0]!.speakerId, actor(b, "Jane Doe").id);
  });

  it("gives a quotation after 'paid tribute to her as', 'hailed … as' to the one named before", () => {
    for (const t of ["Director Anna Berg paid tribute to her as “a fearless artist”.", "Director Anna Berg hailed her as “a fearless artist”."]) {
      const a = run(t);
      assert.equal(a.quotes[0]!.speakerId, actor(a, "Anna Berg").id, t);
    }
  });

  it("reads 'Dame Sarah Jones MP' as a person and a general hospital or infirmary as an organisation", () => {
    const a = run("Dame Sarah Jones MP said the bill was flawed. Staff at North Manchester General Hospital said the ward was full. Staff at Leeds General Infirmary said it was busy.");
    assert.equal(actor(a, "Sarah Jones").kind, "person");
    for (const n of ["North Manchester General Hospital", "Leeds General Infirmary"]) assert.equal(actor(a, n).kind, "organization", n);
  });

  it("reads a speaker whose surname is a place's or a party's word as a person", () => {
    const a = run("Tom Green said the plan was wrong. Jane Park said it was fine. Helen Marsh, defending, said the sentence was too long.");
    for (const n of ["Tom Green", "Jane Park", "Helen Marsh"]) assert.equal(actor(a, n).kind, "person", n);
    assert.equal(actor(run("The Green Party said it would vote."), "Green Party").kind, "organization");
  });

  it("reads a surname as the person the text names in full, not a famous namesake", () => {
    const a = run("Anna Merkel runs the shop. Merkel said she hoped to reopen it.");
    assert.deepEqual(names(a), ["Anna Merkel"]);
    assert.deepEqual(actor(a, "Anna Merkel").claims.map((i) => a.claims[i]!.text), ["she hoped to reopen it"]);
    // Alone, or after the namesake's own full name, it is the one the knowledge base knows.
    assert.deepEqual(names(run("Angela Merkel spoke in Berlin. Merkel said she hoped for peace.")), ["Angela Merkel"]);
  });

  it("reads 'the full council' as the council named before", () => {
    const a = run("Ashcombe District Council approved the budget on Tuesday. The full council will meet again on Wednesday, March 4, the council said.");
    assert.deepEqual(names(a), ["Ashcombe District Council"]);
  });

  it("makes no actor of a work's title in apposition or a ballot measure", () => {
    const a = run("She was appointed a Dame in 2004. Her memoir, Open Hearts, will be published by Faber in March. Voters also approved Measure H, a housing bond, according to early returns. Voters rejected Proposition 8 in 2008.");
    assert.ok(!names(a).some((n) => /^(?:Open Hearts|Measure H|Proposition)$/u.test(n)), names(a).join(", "));
  });

  it("makes a speaking name of words no person's name has an organisation ('Electricity North West said')", () => {
    const a = run("Electricity North West said the outage affected 3,000 homes. A spokesperson for the company said crews were working.");
    const x = actor(a, "Electricity North West");
    assert.equal(x.kind, "organization");
    assert.equal(x.claims.length, 2);
  });

  it("reads a department's name that lists its portfolios as one name, not a list of names", () => {
    const a = run(
      "The Ministry of Housing, Communities and Local Government said it would review the plans. A spokesperson for the Department for Environment, Food and Rural Affairs said it would act. " +
        "The Department for Digital, Culture, Media and Sport said it agreed. The Ministry of Defence, Boeing and Airbus said they would act.",
    );
    for (const n of ["Ministry of Housing, Communities and Local Government", "Department for Environment, Food and Rural Affairs", "Department for Digital, Culture, Media and Sport", "Ministry of Defence", "Boeing", "Airbus"]) assert.equal(actor(a, n).kind, "organization", n);
    assert.ok(!names(a).some((n) => /^(?:Ministry of Housing|Communities and Local Government|Rural Affairs|Sport|Media)$/u.test(n)), names(a).join(", "));
  });

  it("strips a councilman's, an alderman's and an assemblywoman's title, after an opening phrase too", () => {
    const a = run(
      "Councilwoman Janet Okafor voted against it. Later, Councilman Ed Burke said the plan was rushed. " +
        "On Monday, Alderman Tom Ryan said the vote was a disgrace. In March, Assemblywoman Jane Hill said the bill would pass.",
    );
    for (const [name, role] of [["Janet Okafor", "Councilwoman"], ["Ed Burke", "Councilman"], ["Tom Ryan", "Alderman"], ["Jane Hill", "Assemblywoman"]] as const) {
      assert.ok(actor(a, name).roles.includes(role), `${name}: ${JSON.stringify(actor(a, name).roles)}`);
    }
    assert.ok(!names(a).some((n) => /^(?:Councilwoman|Councilman|Alderman|Assemblywoman) /u.test(n)), names(a).join(", "));
  });

  it("strips an assistant's title, written out or short (“Special Asst. John Smith”)", () => {
    for (const text of ["Special Asst. John Smith said the talks went well.", "Special Assistant John Smith said the talks went well."]) {
      assert.deepEqual(names(run(text)), ["John Smith"], text);
    }
  });

  it("strips the title of a name that ends in a title's word (“Prime Minister John Major”, “Hun Sen”)", () => {
    const a = run("Prime Minister John Major said the election was fair. Prime Minister Hun Sen said so too.");
    assert.deepEqual(actor(a, "John Major").roles, ["Prime Minister"]);
    assert.deepEqual(actor(a, "Hun Sen").roles, ["Prime Minister"]);
  });

  it("strips a title in the plural and parts the names after it (“Senators John McCain and Joe Lieberman”)", () => {
    const a = run("Senators John McCain and Joe Lieberman said the bill would pass.");
    assert.deepEqual(names(a).sort(), ["Joe Lieberman", "John McCain"]);
    const b = run("Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia signed the treaty. Yeltsin said it was historic.");
    assert.equal(actor(b, "Leonid Kuchma").kind, "person");
    assert.equal(actor(b, "Boris Yeltsin").kind, "person");
    assert.equal(actor(b, "Boris Yeltsin").mentions.length, 2);
    assert.ok(!names(b).some((n) => n.includes(" of ")), names(b).join(", "));
    // A person's name after a title, then "of" and a place: the person ("President Hashemi Rafsanjani of Iran").
    const c = run("In a letter to President Hashemi Rafsanjani of Ukraine, Saddam said he would withdraw.");
    assert.ok(names(c).includes("Hashemi Rafsanjani"), names(c).join(", "));
  });

  it("leaves a weekday before the verb out of an organisation's name (“The Labor Department Thursday reported”)", () => {
    const a = run("The Labor Department Thursday reported 300,000 new jobs. The Supreme Court Monday rejected the appeal.");
    assert.deepEqual(names(a).sort(), ["Labor Department", "Supreme Court"]);
  });

  it("keeps initials as given names after a title", () => {
    const a = run("Vice President JD Vance said the talks would go on. U.S. Secretary of State Marco Rubio agreed.");
    assert.deepEqual(actor(a, "JD Vance").roles, ["Vice President"]);
    assert.deepEqual(actor(a, "Marco Rubio").roles, ["U.S. Secretary of State"]);
  });

  it("reads a title with “of” and a portfolio before a name: “Chief of Staff”, “Head of Research”", () => {
    const a = run("White House Chief of Staff John Sununu said the talks went well. Head of Research Anna Berg said prices rose.");
    assert.equal(actor(a, "John Sununu").kind, "person");
    assert.deepEqual(actor(a, "John Sununu").roles, ["White House Chief of Staff"]);
    assert.deepEqual(actor(a, "Anna Berg").roles, ["Head of Research"]);
    assert.ok(!names(a).some((n) => n.includes("Staff") || n.includes("Research")), JSON.stringify(names(a)));
  });

  it("adds what the knowledge base knows: offices and country", () => {
    const z = actor(run("Ukrainian President Volodymyr Zelensky spoke on Monday."), "Volodymyr Zelensky");
    assert.equal(z.country, "Ukraine");
    assert.deepEqual(z.offices, [{ title: "President", of: "Ukraine", from: "2019-05-20" }]);
  });

  it("reads a party word before a name as an affiliation", () => {
    const a = run("The Conservative Tom Ashby came second. Ashby said he was disappointed.");
    assert.equal(actor(a, "Tom Ashby").kind, "person");
    assert.deepEqual(mentionTexts(actor(a, "Tom Ashby")), ["Tom Ashby", "Ashby"]);
    assert.equal(actor(a, "Conservative Party").kind, "organization");
  });
});

describe("actors: appositions and lists", () => {
  it("takes the role from an apposition after or before the name", () => {
    const a = run(
      "The Kremlin announced a call, as Dmitry Peskov, the Kremlin spokesperson, confirmed to reporters. " +
        "“It is not secure,” the bank’s chief economist, Abena Osei, told reporters.",
    );
    assert.ok(actor(a, "Dmitry Peskov").roles.includes("the Kremlin spokesperson"));
    assert.ok(actor(a, "Abena Osei").roles.includes("the bank’s chief economist"));
    assert.equal(actor(a, "Kremlin").kind, "organization");
  });

  it("takes possessive and “for” roles before a name, and reads a name before a role noun as an organisation", () => {
    const a = run(
      "In an interview, Smith's lawyer, John Doe, said his client was innocent. A spokeswoman for Ford, Jane Roe, said the company would cooperate. " +
        "Goldman Sachs analysts said the attack would weigh on tourism.",
    );
    assert.deepEqual(actor(a, "John Doe").roles, ["Smith’s lawyer"]);
    assert.deepEqual(actor(a, "Jane Roe").roles, ["A spokeswoman for Ford"]);
    assert.equal(actor(a, "Goldman Sachs").kind, "organization");
  });

  it("finds every name of a list", () => {
    const a = run("Negotiations have largely involved Trump’s envoys, including Steve Witkoff and Jared Kushner.");
    assert.deepEqual(names(a).sort(), ["Donald Trump", "Jared Kushner", "Steve Witkoff"]);
    assert.equal(actor(a, "Steve Witkoff").kind, "person");
    assert.deepEqual(actor(a, "Steve Witkoff").roles, ["Trump’s envoys"]);
    assert.deepEqual(actor(a, "Jared Kushner").roles, ["Trump’s envoys"]);
  });

  it("reads the airline before a flight number, and keeps a name with “and” whole before its acronym or suffix", () => {
    const a = run(
      "Garuda Indonesia Flight 200 crashed in March. Garuda Indonesia said the pilot survived. " +
        "Northrop Grumman and Airbus parent company European Aeronautic Defence and Space Company EADS N.V. (EADS) won the contract.",
    );
    assert.equal(actor(a, "Garuda Indonesia").kind, "organization");
    assert.ok(!names(a).some((n) => n.includes("Flight")), JSON.stringify(names(a)));
    assert.ok(names(a).some((n) => n.startsWith("European Aeronautic Defence and Space Company")), JSON.stringify(names(a)));
    assert.ok(!names(a).includes("Aeronautic Defence"), JSON.stringify(names(a)));
  });

  it("reads an organisation's name before a title of two words or more, after a determiner, as part of the title", () => {
    const a = run("Steve Jobs, the Apple Chief Executive Officer, announced the phone. The Boeing Chief Financial Officer said costs rose.");
    assert.deepEqual(actor(a, "Steve Jobs").roles, ["the Apple Chief Executive Officer"]);
    assert.ok(!names(a).some((n) => n.includes("Officer")), JSON.stringify(names(a)));
  });

  it("reads a one-word name set off by commas after an organisation noun as an organisation", () => {
    const a = run("European aircraft manufacturer, Airbus, has won an order. Irish low cost airline, Ryanair, announced a deal. The investor, Donald Wright, agreed.");
    assert.equal(actor(a, "Airbus").kind, "organization");
    assert.equal(actor(a, "Ryanair").kind, "organization");
    assert.equal(actor(a, "Donald Wright").kind, "person");
  });

  it("classifies organisations by their words and context", () => {
    const a = run(
      "“Storage is here,” said Tomás Errázuriz, a partner at Santiago-based consultancy Andes Power Analytics. " +
        "“It costs too much,” said Ignacio Pizarro, chief executive of Valle Solar. " +
        "A poll by Hartwell Research for the Sunday Chronicle found the same. " +
        "The Kelsford Otters swimming club said it was looking elsewhere.",
    );
    for (const n of ["Andes Power Analytics", "Valle Solar", "Hartwell Research", "Sunday Chronicle", "Kelsford Otters"]) {
      assert.equal(actor(a, n).kind, "organization", n);
    }
    assert.equal(actor(a, "Tomás Errázuriz").kind, "person");
    assert.ok(!names(a).some((n) => n.includes("Santiago")));
  });

  it("keeps names of several words together", () => {
    const a = run(
      "Pledges came from the so-called Coalition of the Willing. The Office for the Coordination of Humanitarian Affairs said aid was blocked. " +
        "“Prices will fall,” said Efua Boateng, a lecturer at the University of Ghana Business School. " +
        "The Bavarian State Office for Health and Food Safety said 64 cases were confirmed. The Coffee and Cocoa Council said prices rose.",
    );
    for (const n of [
      "Coalition of the Willing",
      "Office for the Coordination of Humanitarian Affairs",
      "University of Ghana Business School",
      "Bavarian State Office for Health and Food Safety",
      "Coffee and Cocoa Council",
    ]) {
      assert.equal(actor(a, n).kind, "organization", n);
    }
  });

  it("keeps a body's name joined by “and” whole after a country's name (“U.S. Immigration and Naturalization Service”)", () => {
    // (The bundled knowledge base, which knows "U.S." for the United States.)
    const a = analyze("The U.S. Immigration and Naturalization Service said the boy must return. The US Fish and Wildlife Service said the bird was rare.", { referenceDate: "2025-12-28" });
    assert.equal(actor(a, "U.S. Immigration and Naturalization Service").kind, "organization");
    assert.equal(actor(a, "US Fish and Wildlife Service").kind, "organization");
    assert.ok(!names(a).some((n) => /^(?:U\.?S\.? (?:Immigration|Fish)|Naturalization Service|Wildlife Service)$/u.test(n)), names(a).join(", "));
  });

  it("makes the first of two countries joined by “and” act with the second (“Ukraine and Russia signed”)", () => {
    for (const text of ["Ukraine and Russia signed the deal.", "Both Ukraine and Russia signed the deal on Monday."]) {
      const a = run(text);
      assert.equal(actor(a, "Ukraine").kind, "country", text);
      assert.equal(actor(a, "Russia").kind, "country", text);
    }
    // Named, not acting: no actors.
    assert.deepEqual(names(run("Talks between Ukraine and Russia resumed.")), []);
  });

  it("parts a person from the organisation named with them (“David Buik of BGC Partners”, “… Capital Group Charlie Smith said”)", () => {
    const a = run("David Buik of BGC Partners commented on the falls. Chief investment officer at Fort Pitt Capital Group Charlie Smith said the machines took over.");
    for (const [n, kind] of [["David Buik", "person"], ["BGC Partners", "organization"], ["Charlie Smith", "person"], ["Fort Pitt Capital Group", "organization"]] as const) {
      assert.equal(actor(a, n).kind, kind, n);
    }
    assert.equal(a.claims.find((c) => c.text.includes("machines"))?.actorId, actor(a, "Charlie Smith").id);
    // A title's own "of" stays in the title: "Head of Research Anna Berg".
    assert.deepEqual(actor(run("Head of Research Anna Berg said prices rose."), "Anna Berg").roles, ["Head of Research"]);
  });

  it("gives what “X of the Y Service said” to X, and makes no name of an opener's “of the” (“Officials of the European Commission”)", () => {
    const a = run("Keith MacCaskill of the Winnipeg Police Service said he had never heard of the men.");
    assert.equal(a.claims[0]?.actorId, actor(a, "Keith MacCaskill").id);
    assert.equal(actor(a, "Winnipeg Police Service").kind, "organization");
    const b = run("Officials of the European Commission said the talks would resume.");
    assert.deepEqual(names(b), ["European Commission"]);
  });

  it("takes a lone first name for a person named in full before it only (“Ford said …” before “the Ford Falcon”)", () => {
    const a = run("Ford said it would invest $52 million. The money will secure the future of the iconic Ford Falcon, which has been built since 1960.");
    assert.equal(actor(a, "Ford").kind, "organization");
    assert.equal(a.claims[0]?.actorId, actor(a, "Ford").id);
    const b = run("Elian Gonzalez arrived in Miami. Elian said he wanted to stay.");
    assert.equal(actor(b, "Elian Gonzalez").mentions.length, 2);
  });

  it("splits names joined by “and”", () => {
    const a = run("Zelensky and Trump spoke. Larger rivals Samsung Electronics and SK Hynix have expanded.");
    assert.ok(names(a).includes("Volodymyr Zelensky"));
    assert.ok(names(a).includes("Donald Trump"));
    assert.ok(names(a).includes("Samsung Electronics"));
    assert.ok(names(a).includes("SK Hynix"));
    assert.ok(!names(a).includes("Larger"));
  });
});

describe("actors: acronyms", () => {
  it("ties an acronym defined in brackets to its name", () => {
    const a = run("The World Food Programme (WFP) said stocks were low. WFP added that convoys were blocked.");
    const w = actor(a, "World Food Programme");
    assert.deepEqual(mentionTexts(w), ["World Food Programme", "WFP", "WFP"]);
    assert.equal(w.mentions[1]!.via, "acronym");
    assert.equal(a.actors.length, 1);
  });

  it("knows acronyms from the knowledge base and from initials", () => {
    const a = run(
      "Russia wants guarantees against NATO’s eastward expansion. The United Nations said talks resumed. According to UN figures, crossings rose.",
    );
    assert.ok(names(a).includes("North Atlantic Treaty Organization"));
    assert.deepEqual(mentionTexts(actor(a, "United Nations")), ["United Nations", "UN"]);
  });
});

describe("actors: resolution", () => {
  it("names a quotation's pronoun speaker as the actor it resolves to", () => {
    const a = run(
      '"Why have a war?" asked Abdul Latif Shekar, a customs officer. Critics are wary. If so, "the cost could be high," ' +
        'worries former adviser Zbigniew Brzezinski. But, he notes, "If everything crumbles, that won\'t be such a problem."',
    );
    const q = a.quotes.find((x) => x.text.startsWith("If everything"))!;
    assert.equal(q.speakerKind, "pronoun");
    assert.equal(q.speakerId, actor(a, "Zbigniew Brzezinski").id);
    assert.equal(q.speakerText, "Zbigniew Brzezinski");
  });

  it("gives “he” and “she” to a person whose given name is of that gender, when one is near", () => {
    const a = run(
      "Maureen Tate runs the bakery on High Street. John Hale, her landlord, wants the rent raised. " +
        "“I cannot pay more,” she said. “The lease is clear,” he said.",
    );
    const speaker = (start: string): string | undefined => a.quotes.find((q) => q.text.startsWith(start))?.speakerText;
    assert.equal(speaker("I cannot"), "Maureen Tate");
    assert.equal(speaker("The lease"), "John Hale");
    // A name is a hint, not a rule: with no one else near, the pronoun is still hers.
    const b = run("Alex Morgan scored twice. “It was special,” she said.");
    assert.equal(b.quotes[0]?.speakerText, "Alex Morgan");
  });

  it("makes a relative named by a first name alone a person ('Her son, Chidi,', 'his brother Kwame'), whose 'he said' it is", () => {
    const a = run("Adaeze Okafor runs a bakery. Her son, Chidi, works weekends. “Mum’s tough, but she’s fair,” he said. His brother Kwame said no.");
    assert.equal(actor(a, "Chidi").kind, "person");
    assert.equal(actor(a, "Kwame").kind, "person");
    assert.equal(a.quotes[0]?.speakerId, actor(a, "Chidi").id);
  });

  it("gives 'Italy’s Deputy Prime Minister and Foreign Minister, Paolo Renzetti, said' to him, not to another foreign minister", () => {
    const a = analyze("Bahraini Foreign Minister Khalid al-Mannai welcomed the deal. Italy’s Deputy Prime Minister and Foreign Minister, Paolo Renzetti, said shipping was down by about 40 percent.", { knowledge: kb });
    assert.deepEqual(a.claims.map((c) => c.actorId), [actor(a, "Paolo Renzetti").id]);
  });

  it("gives a quotation of 'An RSF adviser, Ibrahim Tawfiq, told …' to the adviser, as its claim", () => {
    const a = run("Rapid Support Forces (RSF) fighters moved in. An RSF adviser, Ibrahim Tawfiq, told Reuters that the group would send a delegation “if the other side is serious”.");
    assert.equal(a.quotes[0]?.speakerId, actor(a, "Ibrahim Tawfiq").id);
    assert.equal(a.quotes[0]?.speakerText, "Ibrahim Tawfiq");
  });

  it("reads June, April and May before a surname as a given name, not a month ('organiser June Whitfield')", () => {
    const a = run("“We will not let them,” organiser June Whitfield told the crowd. In June Apple said sales rose. April Ryan said no.");
    assert.deepEqual(names(a).sort(), ["Apple", "April Ryan", "June Whitfield"]);
    assert.equal(a.quotes[0]?.speakerId, actor(a, "June Whitfield").id);
    assert.deepEqual(a.dates.map((d) => d.text), ["June"], "the month after 'In' only");
  });

  it("looks further back for “she said” when only men were named near: one the text gave that gender", () => {
    const a = run(
      "Adaeze Okafor runs a bakery.\nIn March 2025, Crumb & Co won the regional title. Asked what comes next, she paused. “Sleep,” she said. “Maybe.”\n" +
        "Her son, Chidi, works weekends. “Mum’s tough, but she’s fair,” he said. “Mostly fair.”\n“He’s being generous,” she said.\n",
    );
    assert.deepEqual(a.quotes.map((q) => a.actors.find((x) => x.id === q.speakerId)?.name), ["Adaeze Okafor", "Adaeze Okafor", "Chidi", "Chidi", "Adaeze Okafor"]);
  });

  it("gives “she said” to no organisation, whatever the frames guessed", () => {
    const a = run("In March 2025, Crumb & Co won the regional title. “Sleep,” she said.");
    assert.notEqual(a.quotes[0]?.speakerId, actor(a, "Crumb & Co").id);
  });

  it("reads 'began', 'interrupted', 'shot back' after a quotation as its tag", () => {
    for (const [t, who] of [["David Harrow appeared before MPs. “I understand the anger, and I share—” Mr Harrow began.", "David Harrow"], ["“That is not true,” Ms Penhaligon interrupted.", "Penhaligon"], ["“Nonsense,” Mr Dane shot back.", "Dane"]] as const) {
      const a = run(t);
      assert.equal(a.quotes[0]?.speakerId, actor(a, who).id, t);
    }
  });

  it("gives a quotation after a short sentence opened by “He” or “She” to the one it refers to", () => {
    const a = run("Theo Marsh joined us. He pauses. “We had a rule and we broke it on the first day.”");
    assert.equal(a.quotes[0]?.speakerId, actor(a, "Theo Marsh").id);
  });

  it("gives “the playwright says”, “her husband says” to the one person the text gave that role or relation", () => {
    const a = run("Theo Marsh, a playwright, wrote the script with Imogen Vale. “She never gives up,” the playwright says.");
    assert.equal(a.quotes[0]?.speakerId, actor(a, "Theo Marsh").id);
    const b = run("Imogen Vale wrote the script with her husband, Theo Marsh. “She never gives up,” her husband says.");
    assert.deepEqual(actor(b, "Theo Marsh").roles, ["her husband"]);
    assert.equal(b.quotes[0]?.speakerId, actor(b, "Theo Marsh").id);
    // No relation given: no guess (the last person named may be the wife).
    assert.equal(run("Theo Marsh married Imogen Vale in 2010. “She never gives up,” her husband says.").quotes[0]?.speakerId, undefined);
    // An actress in apposition has that role.
    const c = run("Imogen Vale, an actress, wrote the script with Theo Marsh. “He is right about that,” the actress says.");
    assert.equal(c.quotes[0]?.speakerId, actor(c, "Imogen Vale").id);
  });

  it("resolves surnames, spelling variants and short names", () => {
    const a = run(
      "A jury convicted Martin Hale of fraud. Prosecutors said Hale diverted money. " +
        "Chief Executive Yoon Jae-min told investors the plant was needed. Yoon said customers wanted it. " +
        "Zelenskyy met Trump. Hanbit Semiconductor said it would invest. Shares in Hanbit fell.",
    );
    assert.deepEqual(mentionTexts(actor(a, "Martin Hale")), ["Martin Hale", "Hale"]);
    assert.equal(actor(a, "Martin Hale").mentions[1]!.via, "surname");
    assert.deepEqual(mentionTexts(actor(a, "Yoon Jae-min")), ["Yoon Jae-min", "Yoon"]);
    assert.deepEqual(mentionTexts(actor(a, "Volodymyr Zelensky")), ["Zelenskyy"]);
    assert.deepEqual(mentionTexts(actor(a, "Hanbit Semiconductor")), ["Hanbit Semiconductor", "Hanbit"]);
    assert.ok(!names(a).includes("Prosecutors"));
  });

  it("resolves a title alone when one actor holds it", () => {
    const a = run(
      "Ukrainian President Volodymyr Zelensky met French President Emmanuel Macron. Talks with US President Donald Trump went on. " +
        "Zelensky thanked the US president. The chancellor was absent.",
    );
    const t = actor(a, "Donald Trump");
    assert.ok(t.mentions.some((m) => m.via === "title" && m.text === "US president"));
    assert.ok(!a.actors.some((x) => x.mentions.some((m) => m.text === "chancellor")));
  });

  it("does not take an institution with its own modifier for another organisation (“the transit authority” is no city council)", () => {
    const text = "The city council voted on Tuesday. The line will carry 12,000 passengers a day, according to a study commissioned by the transit authority.";
    const a = run(text);
    assert.deepEqual(actor(a, "city council").claims, []);
    // The same institution named in full before is meant.
    const b = run("The Springfield Transit Authority voted on Tuesday. The line will carry 12,000 passengers a day, the transit authority said.");
    assert.equal(actor(b, "Springfield Transit Authority").claims.length, 1);
  });

  it("gives “the council” only a council, never the court named before", () => {
    const a = run("Peter Collins was convicted at Leeds Crown Court. The council said it had since tightened its controls.");
    assert.deepEqual(actor(a, "Leeds Crown Court").claims, []);
    const b = run("Eastfield Borough Council sued him at Leeds Crown Court. The council said it had since tightened its controls.");
    assert.equal(actor(b, "Eastfield Borough Council").claims.length, 1);
    // No council named: "the council" that speaks is one of its own, with its claims.
    const c = run("Peter Collins was convicted at Leeds Crown Court. The council said it had since tightened its controls. The closure will take effect in March, the council said.");
    assert.deepEqual(actor(c, "council").claims.map((i) => c.claims[i]!.text), ["it had since tightened its controls", "The closure will take effect in March"]);
    // Not one that does not speak ("the cabinet member for leisure").
    assert.ok(!names(run("Janet Rhodes, the cabinet member for leisure, told the meeting it would cost £3.8 million.")).includes("cabinet"));
  });

  it("reads the town after “mayor of” or “governor of” as a place", () => {
    const a = run("A former mayor of Eastfield was jailed. The governor of Tolima resigned. Eastfield Borough Council said it would appeal.");
    assert.ok(!names(a).includes("Eastfield"), names(a).join(", "));
    assert.ok(!names(a).includes("Tolima"), names(a).join(", "));
  });

  it("resolves organisations named by common nouns", () => {
    const a = run(
      "The bank’s Monetary Policy Committee said the rate would stay. The committee meets again in January. " +
        "The finance ministry said in a statement that arrears were cleared. " +
        "The clinics had given 1,450 doses, according to the Freising district health office.",
    );
    assert.deepEqual(mentionTexts(actor(a, "Monetary Policy Committee")), ["Monetary Policy Committee", "committee"]);
    assert.deepEqual(mentionTexts(actor(a, "Ministry of Finance")), ["finance ministry"]);
    assert.equal(actor(a, "Freising district health office").kind, "organization");
    assert.ok(!names(a).includes("Freising"));
  });

  it("gives pronoun speakers the person they stand for", () => {
    const a = run(
      "Markus Lehner, whose daughter fell ill, said the family had forgotten. “We are not against vaccines. We just forgot,” he said. " +
        "“Now she has spent a week in hospital.”",
    );
    const m = actor(a, "Markus Lehner");
    assert.ok(m.mentions.some((x) => x.via === "pronoun" && x.text === "he"));
    assert.deepEqual(
      a.quotes.map((q) => q.speakerId),
      [m.id, m.id],
    );
  });

  it("prefers the subject of the last sentence for a pronoun", () => {
    const a = run(
      "Zelensky reiterated his stance, saying the format mattered less than actions from Putin. " +
        "“These actions do not coincide with his words,” he remarked.",
    );
    assert.equal(a.quotes[0]!.speakerId, actor(a, "Volodymyr Zelensky").id);
  });

  it("gives a quotation that is a paragraph of its own to the person who speaks at the end of the paragraph before", () => {
    const text = "Dr Mary Hamel, who leads the WHO’s vaccine programme, said 18 countries planned to introduce it.\n\n“We need more doses, and we need them faster.”\n";
    const a = run(text);
    assert.equal(a.quotes[0]!.speakerId, actor(a, "Mary Hamel").id);
    // Not when the paragraph before has nobody speaking, nor when the quotation shares its paragraph.
    assert.equal(run("Mary Hamel runs the programme.\n\n“We need more doses, and we need them faster.”\n").quotes[0]!.speakerId, undefined);
    assert.equal(run("The WHO said 18 countries planned to introduce it.\n\n“We need more doses, and we need them faster.”\n").quotes[0]!.speakerId, undefined);
  });

  it("attributes quotes to the speaker named around them", () => {
    const a = run(
      "“We are no longer buying just energy,” said Marta Riquelme, who heads the tenders unit. " +
        "“The jury has rejected your account,” Judge Eleanor Marsh told Hale. " +
        "“Fraud against the NHS takes money from patients,” a spokesperson for the Crown Prosecution Service said. " +
        "The outbreak has been described as “entirely preventable and entirely predictable.” " +
        "“If the cedi holds steady, a cut is on the table.” That was the view of Kwame Mensah, chief economist at Meridian Capital.",
    );
    const speaker = (i: number): string | undefined => a.actors.find((x) => x.id === a.quotes[i]!.speakerId)?.name;
    assert.equal(speaker(0), "Marta Riquelme");
    assert.equal(speaker(1), "Eleanor Marsh");
    assert.equal(speaker(2), "Crown Prosecution Service");
    assert.equal(speaker(3), undefined);
    assert.equal(speaker(4), "Kwame Mensah");
  });
});

describe("actors: organisations in wire copy", () => {
  it("knows a company with and without its corporate suffix, and by its initials", () => {
    const a = run(
      "The largest beneficiary will be Seagram Co., the drinks group. A spokesman for Seagram said profit would rise. " +
        "General Motors Corp. said sales fell. GM shares slipped.",
    );
    assert.deepEqual(mentionTexts(actor(a, "Seagram Co.")), ["Seagram Co.", "Seagram"]);
    assert.deepEqual(mentionTexts(actor(a, "General Motors Corp.")), ["General Motors Corp.", "GM"]);
  });

  it("separates a title from the organisation it belongs to, and a name from the day after it", () => {
    const a = run(
      "“This is a difficult day,” said Jim Press, the Vice Chairman of Chrysler LLC. Chrysler LLC said it would cut dealers. " +
        "Philippine President Joseph Estrada on Tuesday condemned the bombings.",
    );
    assert.equal(actor(a, "Jim Press").kind, "person");
    assert.ok(actor(a, "Chrysler LLC").mentions.length >= 2);
    assert.deepEqual(actor(a, "Joseph Estrada").roles, ["Philippine President"]);
  });

  it("makes an institution that stands for a government an organisation, a capital city the country", () => {
    const a = run("The Kremlin announced a call. Moscow said it was ready. Troops marched through Moscow.");
    assert.equal(actor(a, "Kremlin").kind, "organization");
    assert.equal(actor(a, "Kremlin").country, "Russia");
    assert.deepEqual(mentionTexts(actor(a, "Russia")), ["Moscow"]);
  });

  it("gives a quote spoken by “the company” to the organisation named before", () => {
    const a = run("Courtaulds PLC said it would split in two. “Both parts can only realise their full potential apart,” the company said.");
    assert.equal(a.quotes[0]!.speakerId, actor(a, "Courtaulds PLC").id);
  });

  it("gives “the company” the organisation named last before it, not one named after", () => {
    const a = run(
      "Courtaulds PLC said it would split in two. Later, Hanson PLC said it agreed. “Both parts can only realise their full potential apart,” the company said. Then Boeing PLC said so too.",
    );
    assert.equal(a.quotes[0]!.speakerId, actor(a, "Hanson PLC").id);
  });

  it("gives “the company” no firm named only as where analysts work, unless it is the only one", () => {
    const a = run("Harlow & Finch will close 40 stores. Analysts at Peel Hunt said its debt remained a concern. “We have to act now,” the company said.");
    assert.equal(a.quotes[0]!.speakerId, actor(a, "Harlow & Finch").id);
    const polled = run("Harlow & Finch will close 40 stores. Analysts polled by LSEG had expected a loss. “We have to act now,” the company said.");
    assert.equal(polled.quotes[0]!.speakerId, actor(polled, "Harlow & Finch").id);
    const only = run("Analysts at Peel Hunt said the debt remained a concern. “We have to act now,” the company said.");
    assert.equal(only.quotes[0]!.speakerId, actor(only, "Peel Hunt").id);
    // Nor a firm whose data is cited.
    const data = run("Harlow & Finch will close 40 stores. Sales fell 9%, according to LSEG data. “We have to act now,” the company said.");
    assert.equal(data.quotes[0]!.speakerId, actor(data, "Harlow & Finch").id);
  });

  it("gives a speech tag's pronoun (“…, it said”) the sentence's subject, not a name inside the statement", () => {
    const claimsOf = (a: Analysis, name: string): string[] => actor(a, name).claims.map((i) => a.claims[i]!.text);
    const named = run("Apple Inc reported strong sales on Monday. Apple will sell its phones through Verizon Communications from March, it said.");
    assert.deepEqual(claimsOf(named, "Verizon Communications"), []);
    assert.ok(claimsOf(named, "Apple Inc").some((c) => c.includes("through Verizon")));
    const opened = run("Apple Inc reported strong sales on Monday. It will sell its phones through Verizon Communications from March, it said on Tuesday.");
    assert.deepEqual(claimsOf(opened, "Verizon Communications"), []);
    const described = run("Verity Semiconductor Inc said on Tuesday it would cut 2,400 jobs. Revenue fell 22%, according to LSEG data. The company will hold its investor day on Thursday, it said.");
    assert.deepEqual(claimsOf(described, "Verity Semiconductor Inc"), ["it would cut 2,400 jobs", "The company will hold its investor day on Thursday"]);
    // After an opening phrase, the first name that fits.
    const phrase = run("Tired of being sidelined, astronaut Bertalan Farkas is leaving for the United States, he said Saturday.");
    assert.deepEqual(claimsOf(phrase, "Bertalan Farkas"), ["Tired of being sidelined, astronaut Bertalan Farkas is leaving for the United States"]);
    // No tag: the clause goes on after the verb.
    const clause = run("Jim Laurie reports. So when Wong Kwan spent seventy million dollars for this house, he thought it was a great deal.");
    assert.deepEqual(claimsOf(clause, "Wong Kwan"), ["it was a great deal"]);
  });

  it("gives what “they said” to no one actor", () => {
    const a = run("The actress Marguerite Vale has died. Her death was announced by her family in a statement. They said she had died peacefully after a short illness.");
    assert.deepEqual(actor(a, "Marguerite Vale").claims, []);
    const b = run("Traders at Frankfurt's exchange were nervous. Hans Weber of Credit Suisse said prices looked cheap. That's leaving small investors with cold feet, they said.");
    assert.deepEqual(actor(b, "Hans Weber").claims.map((i) => b.claims[i]!.text), ["prices looked cheap"]);
  });

  it("reads the speaker before a relative clause (“The company, which reported …, said”)", () => {
    const a = run("Verity Inc said it would cut jobs. The company, which reported a net loss of $312 million, said the cuts would save $450 million a year.");
    assert.ok(actor(a, "Verity Inc").claims.some((i) => a.claims[i]!.text === "the cuts would save $450 million a year"));
  });

  it("gives “the company” no firm named only after it, and no ministry or court named before", () => {
    // A firm whose name ends in “Company”, named after: not the one meant.
    const later = run("Courtaulds PLC said it would split in two. “Both parts can only realise their full potential apart,” the company said. Rivals include the Hanson Company.");
    assert.equal(later.quotes[0]!.speakerId, actor(later, "Courtaulds PLC").id);
    // A government's department is no company: the firm named before it is.
    const a = run("Hanson PLC asked for a loan from the Treasury Department. “We will run out of money by March,” the company said.");
    assert.equal(a.quotes[0]!.speakerId, actor(a, "Hanson PLC").id);
    // … and when only a public body was named, the quotation has no speaker.
    const none = run("Workers marched to the Treasury Department. “We will run out of money by March,” the company said.");
    assert.equal(none.quotes[0]!.speakerId, undefined);
  });

  it("reads firms named like people as organisations (the knowledge base's companies)", () => {
    for (const name of ["Goldman Sachs", "Morgan Stanley", "Wells Fargo", "Bear Stearns", "Credit Suisse", "Lockheed Martin", "Aston Martin", "Philip Morris"]) {
      const a = analyze(`${name} said profits rose 5 percent in the quarter.`, { referenceDate: "2025-12-28" });
      assert.equal(actor(a, name).kind, "organization", name);
      assert.equal(a.claims[0]?.actorId, actor(a, name).id, name);
    }
    // An analyst of such a firm speaks, not the firm.
    const a = analyze("“They are not a happy group of people,” says Merrill Lynch food analyst William Maguire.", { referenceDate: "2025-12-28" });
    assert.equal(actor(a, "Merrill Lynch").kind, "organization");
    assert.deepEqual(a.claims.map((c) => c.actorId), [actor(a, "William Maguire").id]);
  });

  it("reads a state, province or city named alone as a place, not an organisation, unless it acts", () => {
    const a = analyze(
      "He flew to Chicago on Monday. Jane Smith of Chicago said it was fine. Sen. Lisa Murkowski of Alaska, a Republican, voted against it. Officials in Ontario said 12 people died. Elian's Miami relatives said no.",
      { referenceDate: "2025-12-28" },
    );
    assert.deepEqual(names(a).sort(), ["Jane Smith", "Lisa Murkowski"]);
    assert.equal(a.claims.find((c) => c.text === "it was fine")?.actorId, actor(a, "Jane Smith").id);
    // A place's name inside an organisation's stays whole.
    const b = analyze("The University of Texas said 12 students died. The Bank of England said rates would rise.", { referenceDate: "2025-12-28" });
    assert.deepEqual(names(b).sort(), ["Bank of England", "University of Texas"]);
  });

  it("makes a claim of a short statement with a figure ('sales rose 4%'), not of when it was said", () => {
    const a = analyze("A spokeswoman for Tesco said sales rose 4%. Apple said profit fell 12 percent. Apple said on May 3.", { referenceDate: "2025-12-28" });
    assert.deepEqual(
      a.claims.map((c) => [c.actorId, c.text]),
      [
        [actor(a, "Tesco").id, "sales rose 4%"],
        [actor(a, "Apple").id, "profit fell 12 percent"],
      ],
    );
  });

  it("reads two words and a figure before a speech tag as the statement ('Revenue rose 8%, the company said')", () => {
    const a = analyze("Acme Corp cut jobs. Revenue rose 8%, the company said.", { referenceDate: "2025-12-28" });
    assert.deepEqual(a.claims.map((c) => [c.actorId, c.text]), [[actor(a, "Acme Corp").id, "Revenue rose 8%"]]);
  });

  it("finds a one-word firm speaking with when or an adverb before its verb ('Apple on Thursday said', 'Nvidia also said')", () => {
    for (const [t, name] of [
      ["Apple on Thursday said revenue rose sharply.", "Apple"],
      ["Separately, Nvidia on Wednesday said it would buy back shares.", "Nvidia"],
      ["Apple also said revenue rose sharply.", "Apple"],
      ["Apple last week said revenue rose sharply.", "Apple"],
      ["Ardent on Monday morning warned that profits would fall.", "Ardent"],
    ] as const) {
      const a = analyze(t, { referenceDate: "2025-12-28" });
      assert.equal(a.claims.length, 1, t);
      assert.equal(a.claims[0]!.actorId, actor(a, name).id, t);
    }
    // Not a name inside a phrase: "the bombings in Kenya and Tanzania last week claimed 217 lives".
    assert.deepEqual(names(analyze("The bombings in Kenya and Tanzania last week claimed at least 217 lives.", { referenceDate: "1998-08-11" })), []);
  });

  it("reads US legislators' party and state as no name ('Sen. Rachel Okafor, R-Ohio, one of the negotiators, said', 'Rep. Tom Ellis (D-Mich.) said', 'Republican Sen. Dale Price of Texas said')", () => {
    for (const [t, name] of [
      ['Sen. Rachel Okafor, R-Ohio, one of the negotiators, said the talks were "going very well indeed."', "Rachel Okafor"],
      ['Rep. Tom Ellis (D-Mich.) said the bill was "dead on arrival."', "Tom Ellis"],
      ['"The bill is dead," said Rep. Tom Ellis, D-Mich.', "Tom Ellis"],
      ['Republican Sen. Dale Price of Texas said the plan was "a total disaster for taxpayers."', "Dale Price"],
    ] as const) {
      const a = analyze(t, { referenceDate: "2025-12-28" });
      const who = actor(a, name);
      assert.equal(who.kind, "person", t);
      assert.deepEqual(a.quotes.map((q) => q.speakerId), [who.id], t);
      assert.deepEqual(a.claims.map((c) => c.actorId), [who.id], t);
    }
  });

  it("knows UK police ranks and abbreviated titles as one person's ('Det Supt Ellison', 'DCI Hughes', 'Sen. McCain')", () => {
    for (const [t, name] of [
      ["Detective Superintendent Mark Ellison said the search continued. Det Supt Ellison said 40 officers were involved.", "Mark Ellison"],
      ["DCI Sarah Hughes said the inquiry was ongoing. DCI Hughes added that no arrests were made.", "Sarah Hughes"],
      ["Senator John McCain said the deal was bad. Sen. McCain said it would be reviewed.", "John McCain"],
    ] as const) {
      const a = analyze(t, { referenceDate: "2025-12-28" });
      assert.deepEqual(names(a), [name], t);
      assert.equal(a.claims.length, 2, t);
    }
    // A title the full name does not carry still tells two people apart.
    assert.deepEqual(names(analyze("King Hussein spoke. Saddam Hussein said no.", { referenceDate: "2025-12-28" })).sort(), ["Hussein", "Saddam Hussein"]);
  });

  it("knows companies named like people or with common words, and names joined by 'and' that the knowledge base holds", () => {
    for (const [t, name] of [
      ["Home Depot said it sold 4,000 units.", "Home Depot"],
      ["Best Buy said it sold 4,000 units.", "Best Buy"],
      ["Health Canada said it recalled 4,000 units.", "Health Canada"],
      ["Marks and Spencer said it sold 4,000 units.", "Marks and Spencer"],
    ] as const) {
      const a = analyze(t, { referenceDate: "2025-12-28" });
      assert.deepEqual(a.actors.map((x) => [x.kind, x.name]), [["organization", name]], t);
    }
    assert.deepEqual(names(analyze("Zelensky and Trump said they would meet.", { referenceDate: "2025-12-28" })).sort(), ["Donald Trump", "Volodymyr Zelensky"]);
  });

  it("makes no organisation of an institution's noun after an adjective of time or rank ('a new police chief')", () => {
    assert.deepEqual(names(analyze("The city appointed a new police chief, officials said.", { referenceDate: "2025-12-28" })), []);
    assert.deepEqual(names(analyze("The finance ministry said revenue rose 4%.", { referenceDate: "2025-12-28" })), ["Ministry of Finance"]);
  });

  it("finds the source after 'according to the' and a firm after its kind ('according to catastrophe modeler Verisk', 'pollster YouGov')", () => {
    for (const [t, name] of [
      ["Winds reached 115 mph, according to the National Hurricane Center.", "National Hurricane Center"],
      ["Losses could reach $4 billion, according to catastrophe modeler Verisk.", "Verisk"],
      ["Support for Labour fell to 31%, pollster YouGov found.", "YouGov"],
    ] as const) {
      const a = analyze(t, { referenceDate: "2025-12-28" });
      assert.deepEqual(a.claims.map((c) => c.actorId), [actor(a, name).id], t);
      assert.equal(actor(a, name).kind, "organization", t);
    }
  });

  it("finds the maker of a statement, a pupil of a school, and a name after its age", () => {
    const a = analyze("“Small firms are already squeezed,” said a statement from BusinessNZ.", { referenceDate: "2025-12-28" });
    assert.equal(a.quotes[0]!.speakerId, actor(a, "BusinessNZ").id);
    const b = analyze("In Delhi, Aarav Mehta of Delhi Public School scored 499 out of 500. “I studied six hours a day,” he said.", { referenceDate: "2025-12-28" });
    assert.equal(actor(b, "Aarav Mehta").kind, "person");
    assert.equal(b.quotes[0]!.speakerId, actor(b, "Aarav Mehta").id);
    assert.deepEqual(names(analyze("Seventeen-year-old Aarav Mehta said it was hard.", { referenceDate: "2025-12-28" })), ["Aarav Mehta"]);
  });

  it("knows an acronym of a name after a country's prefix ('the U.S. Consumer Product Safety Commission' … 'the CPSC')", () => {
    const a = analyze("The U.S. Consumer Product Safety Commission said the heaters were dangerous. “Consumers should stop using them now,” the CPSC said.", { referenceDate: "2025-12-28" });
    assert.deepEqual(names(a), ["U.S. Consumer Product Safety Commission"]);
    assert.equal(a.quotes[0]!.speakerId, a.actors[0]!.id);
  });

  it("gives 'he said' after an unnamed spokesperson to the body spoken for, not to a man named before", () => {
    const a = analyze("Okoro denied the charges.\nA spokesperson for the Financial Conduct Authority said the regulator would continue its efforts. “We will pursue every pound that can be traced,” he said.", { referenceDate: "2025-12-28" });
    assert.equal(a.quotes[0]!.speakerId, actor(a, "Financial Conduct Authority").id);
    const b = analyze("IBM has no plans to recall its cards, an IBM spokeswoman said. “We don't look at this as a major problem for us,” she said.", { referenceDate: "2025-12-28" });
    assert.equal(b.quotes[0]!.speakerId, b.actors.find((x) => x.kind === "organization")!.id);
    // "she said" after a company named alone stays no company's.
    assert.equal(analyze("Acme Corp cut jobs. “We had no choice,” she said.", { referenceDate: "2025-12-28" }).quotes[0]!.speakerId, undefined);
  });

  it("gives the claim and quotation of 'The Majority Leader, Julius Odigie, said' to the person who holds the title", () => {
    const a = analyze("The Majority Leader, Julius Odigie, said the bill would be passed “on or before 27 March”.", { referenceDate: "2025-12-28" });
    const who = actor(a, "Julius Odigie");
    assert.deepEqual(a.claims.map((c) => c.actorId), [who.id]);
    assert.equal(a.quotes[0]!.speakerId, who.id);
  });

  it("reads a name before a role with a word before it as the organisation ('Cal Fire battalion chief Aaron Feld')", () => {
    const a = analyze("Cal Fire battalion chief Aaron Feld said more firefighters were assigned. “We’re making progress on the southern flank,” he said.", { referenceDate: "2025-12-28" });
    assert.equal(actor(a, "Cal Fire").kind, "organization");
    assert.equal(a.quotes[0]!.speakerId, actor(a, "Aaron Feld").id);
  });

  it("keeps an office named after its holder whole ('Amador County Sheriff’s Office'), and knows Pacific Gas and Electric", () => {
    assert.deepEqual(names(analyze("Amador County Sheriff’s Office said the road was closed.", { referenceDate: "2025-12-28" })), ["Amador County Sheriff’s Office"]);
    const a = analyze("Pacific Gas and Electric said power was cut. PG&E said 40,000 homes were affected.", { referenceDate: "2025-12-28" });
    assert.deepEqual(names(a), ["Pacific Gas and Electric"]);
    assert.equal(a.claims.length, 2);
  });

  it("finds a one-word firm in a headline's present tense ('Northline confirms 40 job cuts', 'Unite announces a new strike')", () => {
    for (const [t, name] of [["Northline confirms 40 job cuts.", "Northline"], ["Unite announces a new strike.", "Unite"]] as const) {
      assert.deepEqual(analyze(t, { referenceDate: "2025-12-28" }).actors.map((x) => [x.kind, x.name]), [["organization", name]], t);
    }
    assert.deepEqual(names(analyze("The result was in line with Wall Street estimates.", { referenceDate: "2025-12-28" })), []);
  });

  it("reads a name of several words opening its sentence before a verb in the plural as a team's or a firm's ('Harrow Vale have completed')", () => {
    for (const [t, name] of [["Harrow Vale have completed the signing of Rui Duarte.", "Harrow Vale"], ["Manchester United are top of the league.", "Manchester United"]] as const) {
      assert.equal(actor(analyze(t, { referenceDate: "2025-12-28" }), name).kind, "organization", t);
    }
    assert.equal(actor(analyze("John Smith and Jane Doe have agreed to terms.", { referenceDate: "2025-12-28" }), "John Smith").kind, "person");
  });

  it("knows a General Staff as a body, not a person 'Staff' after the title 'General'", () => {
    assert.deepEqual(analyze("Ukraine's General Staff said 40 drones were shot down.", { referenceDate: "2025-12-28" }).actors.map((x) => [x.kind, x.name]), [["organization", "General Staff"]]);
  });

  it("finds a one-word firm ending in a consonant and 'ys' opening a sentence ('Infosys said'), not a plural ('Surveys said')", () => {
    assert.deepEqual(names(analyze("Infosys said revenue rose 8%.", { referenceDate: "2025-12-28" })), ["Infosys"]);
    assert.deepEqual(names(analyze("Analysts said revenue rose 8%. Surveys said demand fell.", { referenceDate: "2025-12-28" })), []);
  });

  it("makes no claim of 'added' before an amount ('Valley Federal also added $18 million to reserves')", () => {
    for (const t of ["Valley Federal also added $18 million to loan reserves.", "Acme Corp added about 300 jobs last year."]) {
      assert.deepEqual(analyze(t, { referenceDate: "2025-12-28" }).claims, [], t);
    }
    assert.equal(analyze("Acme Corp cut jobs. Acme added that profits fell.", { referenceDate: "2025-12-28" }).claims.length, 1);
  });

  it("gives “the spokesman” to the one person holding that role, and to no one when two do", () => {
    const one = run("Company spokesman Tom Reed said sales rose. “We are pleased,” the spokesman said. “Very pleased,” the spokesman added.");
    assert.equal(one.quotes[0]!.speakerId, actor(one, "Tom Reed").id);
    assert.equal(one.quotes[1]!.speakerId, actor(one, "Tom Reed").id);
    const two = run("Company spokesman Tom Reed said sales rose. Union spokesman Bill Hart disagreed. “We are pleased,” the spokesman said.");
    assert.equal(two.quotes[0]!.speakerId, undefined);
  });

  it("reads a lone name that acts as an organisation, not a person", () => {
    const a = run("Boeing said deliveries would resume. Its rival Airbus reported more orders, and Boeing’s shares fell.");
    assert.equal(actor(a, "Boeing").kind, "organization");
    assert.equal(actor(a, "Airbus").kind, "organization");
  });
});

describe("actors: names with courtesy titles and long titles", () => {
  it("merges a courtesy-titled surname into the full name, but not a different title", () => {
    const a = run(
      "Prime Minister Margaret Thatcher spoke on Monday. Mrs. Thatcher said the economy was strong. " +
        "Saddam Hussein rejected the plan. King Hussein said Jordan would mediate.",
    );
    assert.deepEqual(mentionTexts(actor(a, "Margaret Thatcher")), ["Margaret Thatcher", "Thatcher"]);
    assert.ok(actor(a, "Margaret Thatcher").roles.includes("Mrs."));
    assert.ok(names(a).includes("Hussein"));
    assert.deepEqual(mentionTexts(actor(a, "Saddam Hussein")), ["Saddam Hussein"]);
  });

  it("reads a surname shared by relatives as the subject, and a courtesy title as the one of its gender", () => {
    const a = run(
      "John Whitcombe, the engineer who designed the Tamar bridge, died on Tuesday. His wife, Mary Whitcombe, said he had been ill. " +
        "Whitcombe was born in Exeter in 1941. “It was his life,” Mrs Whitcombe said. His son, Peter Whitcombe, said the family was grateful. " +
        "Whitcombe said in 2001 that the bridge was “the best thing I ever did”.",
    );
    assert.deepEqual(mentionTexts(actor(a, "John Whitcombe")), ["John Whitcombe", "Whitcombe", "Whitcombe"]);
    assert.deepEqual(mentionTexts(actor(a, "Mary Whitcombe")), ["Mary Whitcombe", "Whitcombe"]);
    assert.ok(!names(a).includes("Whitcombe"));
    const life = a.quotes.find((q) => q.text.startsWith("It was his life"))!;
    assert.equal(life.speakerId, actor(a, "Mary Whitcombe").id);
    assert.equal(life.speakerText, "Mary Whitcombe");
    // ("Jean" may be either: "Mrs" takes the one who is not a man.)
    const b = run("Alan Carr, the former mayor, died on Monday. His wife, Jean Carr, said he had been ill. Mrs Carr said the family was grateful for the messages.");
    assert.ok(b.claims.some((c) => c.actorId === actor(b, "Jean Carr").id && c.text.includes("grateful")));
  });

  it("reads the person in apposition to a minister's title with its portfolio as the speaker", () => {
    const a = run("“We respect the mandate,” the Minister of Information and National Orientation, Mohammed Idris, told journalists.");
    assert.equal(a.quotes[0]!.speakerId, actor(a, "Mohammed Idris").id);
    const b = run("“The budget is fair,” said the Minister of Finance, Wale Edun. The Minister of Trade, Ann Obi, said exports rose by 4 percent in May.");
    assert.equal(b.quotes[0]!.speakerId, actor(b, "Wale Edun").id);
    assert.ok(b.claims.some((c) => c.actorId === actor(b, "Ann Obi").id && c.text.includes("exports")));
    // The portfolio is no organisation ("Finance", "Climate Change" a person); the ministry is one.
    assert.deepEqual(names(analyze("“The forest is burning,” said the Minister of the Environment and Climate Change, Marina Silva, on Tuesday.")), ["Marina Silva"]);
    assert.deepEqual(names(analyze("The Minister of Finance, Wale Edun, said the budget would rise. The Ministry of Finance said it would.")), ["Wale Edun", "Ministry of Finance"]);
  });

  it("reads 'who said' after an apposition as the person's, and a quotation a finding 'it showed' holds as the speaker's", () => {
    const a = analyze("The delegation was led by Lt. Gen. Kamal al-Tayeb, a member of the Sovereignty Council, who said the armed forces would honour the truce “as long as the other side does”.");
    assert.equal(a.quotes[0]!.speakerId, actor(a, "Kamal al-Tayeb").id);
    assert.equal(a.quotes[0]!.speakerText, "Kamal al-Tayeb");
    const b = analyze("Competition Commissioner Teresa Ribera welcomed the ruling, saying it showed that “the rules apply to everyone, however large.”");
    assert.equal(b.quotes[0]!.speakerId, actor(b, "Teresa Ribera").id);
    // ("which it said it would review “with optimism”": a country's "it" still speaks.)
    const c = analyze("Iran said a delegation was en route to deliver the message, which it said it would review “with optimism and care”.");
    assert.equal(c.quotes[0]!.speakerId, actor(c, "Iran").id);
  });

  it("splits a title from a name with a particle, a title ending '-designate', and leaves an adjective before a role no actor", () => {
    assert.deepEqual(names(analyze("Saudi Energy Minister Prince Abdulaziz bin Salman told reporters the market was balanced.")), ["Abdulaziz bin Salman"]);
    assert.deepEqual(actor(analyze("Chief Minister-designate Thomas Kuruvilla said the cabinet would meet."), "Thomas Kuruvilla").roles, ["Chief Minister-designate"]);
    assert.equal(actor(analyze("West Kelowna Fire Chief Jason Brolund, who led the response, said 40 homes burned."), "Jason Brolund").claims.length, 1);
    assert.equal(analyze("“Growth was strong,” National Statistician Claire Dennis Mapa told a news conference.").quotes[0]!.speakerId, "claire-dennis-mapa");
    // Initials in one token open a name after a title ("Judge J.L. Edmonson" was an organisation).
    const pk = analyze("Outgoing Chief Minister P.K. Raghavan accepted the verdict. “We respect the mandate,” he said.");
    assert.equal(actor(pk, "P.K. Raghavan").kind, "person");
    assert.equal(pk.quotes[0]!.speakerId, actor(pk, "P.K. Raghavan").id);
    assert.deepEqual(names(analyze("Former captain Rashid Latif said the board had failed. Political analyst Dr. Meera Iyer said it was a surprise.")), ["Rashid Latif", "Meera Iyer"]);
    assert.ok(names(analyze("Boeing spokesman Tim Neale said deliveries would resume.")).includes("Boeing"));
    assert.deepEqual(names(analyze("Unite industrial officer Graham McNab said: “The bins will stay full.”")), ["Unite", "Graham McNab"]);
    assert.deepEqual(names(analyze("GMB organiser Lynn Carr said 40 workers walked out.")), ["GMB", "Lynn Carr"]);
    // A storm with its grade is no one ("Severe Tropical Storm Kristine").
    assert.deepEqual(names(analyze("Severe Tropical Storm Kristine battered Naga City. Super Typhoon Ragasa hit Luzon.")), []);
  });

  it("reads 'A farmer in Kenya told me' as an unnamed person, not the place", () => {
    for (const t of ["A farmer in Kenya told me last month, “The mountain is falling apart under our feet.”", "A farmer in the Lötschental told me last month, “The mountain is falling apart under our feet.”"]) {
      const a = analyze(t);
      assert.equal(a.quotes[0]!.speakerId, undefined, t);
      assert.ok(a.findings.some((f) => f.ruleId === "unattributed-quote"), t);
    }
    assert.equal(analyze("Jane Obi, a farmer in Kenya, told me, “The rains failed.”").quotes[0]!.speakerText, "Jane Obi");
  });

  it("knows the main parties of the UK, India and South Africa ('Labour said', 'The Conservatives opposed the bill, arguing')", () => {
    assert.ok(actor(analyze("Labour said the plan would cost 40 million pounds."), "Labour Party").claims.length === 1);
    assert.ok(actor(analyze("The Conservatives opposed the bill, arguing it would push gamblers offshore."), "Conservative Party").claims.length === 1);
    assert.equal(actor(analyze("The ANC won 40 percent of the vote."), "African National Congress").kind, "organization");
  });

  it("reads police forces and national Red Cross societies the knowledge base knows, and a dateline's agency as no actor", () => {
    // (With the bundled knowledge base.)
    assert.equal(actor(analyze("Police Scotland said there was no evidence of foul play."), "Police Scotland").kind, "organization");
    assert.equal(actor(analyze("The British Red Cross said 60 of its volunteers had helped."), "British Red Cross").kind, "organization");
    assert.deepEqual(names(analyze("LONDON, 9 April 2026 (PA) – The King will travel to Poland.")), []);
  });

  it("splits a title with “of the” from the name after it", () => {
    const a = run("Secretary of State James A. Baker III met Chancellor of the Exchequer Nigel Lawson in London.");
    assert.deepEqual(actor(a, "James A. Baker III").roles, ["Secretary of State"]);
    assert.deepEqual(actor(a, "Nigel Lawson").roles, ["Chancellor of the Exchequer"]);
  });

  it("takes the words that qualify a role before a name", () => {
    const a = run("Speaking in Brussels, EU foreign policy chief Kaja Kallas said the bloc would keep up pressure.");
    assert.deepEqual(actor(a, "Kaja Kallas").roles, ["EU foreign policy chief"]);
    assert.ok(!a.actors.some((x) => x.mentions.some((m) => m.text === "Brussels")));
  });

  it("does not read operations, storms, contractions or a verb opening a sentence as actors", () => {
    const a = run(
      "Marines joined Operation Desert Shield in August. Hurricane Hugo hit the coast. “I'm Sachi Koto,” she said. Replied State Department officials: no.",
    );
    assert.ok(!names(a).some((n) => /Operation|Hurricane|I'm|Replied/u.test(n)), JSON.stringify(names(a)));
  });
});

describe("actors: what is not an actor", () => {
  it("ignores sentence openers, headings, months, places and events", () => {
    const a = run(
      "Details of the Security Framework\n" +
        "Following their meeting, the talks took place at the Mar-a-Lago resort in Florida in January. " +
        "Key disputes remain. Currently, the Cold War is over. Investors were unconvinced on Monday. " +
        "The first tram left Westbridge Central at 5:30 a.m. for Brookside Park. Marsh Lane opened in 1974.\n" +
        "Future Meetings and Negotiation Dynamics\n" +
        "Aggression from Moscow continued.",
    );
    assert.deepEqual(names(a), []);
  });

  it("lists countries only when they act", () => {
    const a = run("Russia insisted on guarantees. Washington said it agreed. Troops left Ukraine for Moscow.");
    assert.deepEqual(
      a.actors.map((x) => [x.name, x.kind]),
      [
        ["Russia", "country"],
        ["United States", "country"],
      ],
    );
    assert.deepEqual(mentionTexts(actor(a, "United States")), ["Washington"]);
  });
});

describe("claims", () => {
  it("lists each actor's claims in order, direct and reported, with the figures inside", () => {
    const a = run(
      "Zelensky said the proposals suggest a 15-year agreement. He emphasized the need for more, stating, “We would like to consider the possibility of 30, 40, 50 years.” " +
        "Zelensky described the peace plan as “90 percent agreed,” on Sunday.",
    );
    const z = actor(a, "Volodymyr Zelensky");
    const claims = z.claims.map((i) => a.claims[i]!);
    assert.ok(claims.length >= 2);
    assert.ok(claims.every((c) => c.actorId === z.id));
    const starts = claims.map((c) => c.content.start);
    assert.deepEqual(starts, [...starts].sort((x, y) => x - y));
    const direct = claims.filter((c) => c.direct).map((c) => c.text);
    assert.ok(direct.some((t) => t.includes("30, 40, 50 years")));
    // A quotation that a reported claim runs into is part of that claim, not a second one.
    assert.ok(claims.some((c) => !c.direct && c.text.includes("“90 percent agreed”")));
    assert.ok(!direct.some((t) => t.includes("90 percent agreed")));
    for (const c of claims) {
      for (const f of c.figures) {
        const fig = a.figures[f]!;
        assert.ok(c.content.start <= fig.span.start && fig.span.end <= c.content.end);
      }
    }
  });
});

describe("actors: a speaker of an organisation", () => {
  it("splits “X of Y” beside a speech verb into the person and where the person is from", () => {
    const a = run(
      "“We are running wards at full occupancy,” said Owen Pritchard of the Royal College of Nursing. Pritchard added that staff were tired. " +
        "Keith Springer of Capital Financial Advisory Services said the market had fallen. The Joint Chiefs of Staff met on Monday.",
    );
    const pritchard = actor(a, "Owen Pritchard");
    assert.equal(pritchard.kind, "person");
    assert.equal(pritchard.claims.length, 2);
    assert.equal(actor(a, "Royal College of Nursing").kind, "organization");
    assert.equal(actor(a, "Keith Springer").kind, "person");
    assert.equal(a.frames.find((f) => f.sourceText.startsWith("Keith"))?.name, "Keith Springer");
    // A name with "of" that says nothing stays whole.
    assert.ok(!a.actors.some((x) => x.name === "Joint Chiefs"));
  });
});

describe("actors: places and employers around a source", () => {
  it("a place listed after “in” in a source is not the speaker", () => {
    const a = run("Farmers’ groups in France and Germany warned that late frosts damaged the winter crop. Tour operators in Kenya, Tanzania and Uganda say bookings fell.");
    assert.equal(a.claims.length, 0);
  });

  it("the employer of analysts is an organisation", () => {
    for (const text of ["Data from the shipping analysts at Kessler Maritime showed waiting times rising to six days.", "Analysts at Kessler Maritime said waiting times rose to six days."]) {
      assert.equal(actor(run(text), "Kessler Maritime").kind, "organization", text);
    }
  });

  it("a people, a faith or its believers is no actor (“Muslims”, “Roman Catholic bishops”, “Ethnic Albanians”)", () => {
    for (const text of [
      "Many Muslims said the plan was unjust.",
      "Jews and Arabs said the plan was unjust.",
      "Ethnic Albanians said the plan was unjust.",
      "Roman Catholic bishops said the law was unjust.",
      "Evangelical Christians said the law was unjust.",
    ]) {
      assert.deepEqual(names(run(text)), [], text);
    }
    // A country's name before a people (the bundled knowledge base knows Rwanda).
    assert.deepEqual(names(analyze("Rwanda Hutus said the plan was unjust.", { referenceDate: "2025-12-28" })), []);
    // Names with such a word in them stay.
    assert.equal(actor(run("The Christian Democratic Union said the vote was fair."), "Christian Democratic Union").kind, "organization");
    assert.equal(actor(run("Christian Bale said the film was done."), "Christian Bale").kind, "person");
  });

  it("a region's adjective before a noun is no name (“East African countries”)", () => {
    assert.deepEqual(run("Ministers from eight East African countries opened talks in Nairobi.").actors.map((x) => x.name).filter((n) => n.includes("African")), []);
    assert.equal(actor(run("The East African reported that the talks had stalled."), "East African").kind, "organization");
  });

  it("a paper named “The” and one word is that paper only after “the” and before no noun (“The Australian government”)", () => {
    // The bundled knowledge base, which knows these papers.
    const bundled = (text: string): Analysis => analyze(text, { referenceDate: "2025-12-28" });
    const papers = (text: string): string[] => bundled(text).actors.filter((x) => x.kind === "organization").map((x) => x.name);
    // The adjective, or a noun's modifier: the government, the people, a spokesman — no paper.
    for (const text of [
      "The Australian government said it would extend the loans.",
      "An Australian government spokesman said the loans would be extended.",
      "The Australian dollar fell 2 percent, traders said.",
      "It would be wrong not to put it to the Australian people, Howard said.",
      "Hindu nationalists said the law was unfair.",
      "The Independent candidate said she would stand again.",
    ]) {
      assert.deepEqual(papers(text).filter((n) => /Australian|Hindu|Independent/u.test(n)), [], text);
      assert.ok(!bundled(text).claims.some((c) => /^the-/u.test(c.actorId)), text);
    }
    // The paper: after “the”, before a verb, a comma, a paper's noun or a reporter.
    for (const [text, name] of [
      ["The Australian reported that the loans would be extended.", "The Australian"],
      ["According to The Australian, the loans will be extended.", "The Australian"],
      ["The Independent reported that the plan had failed.", "The Independent"],
      ["He told the Guardian newspaper that the plan had failed.", "The Guardian"],
      ["The Australian reporter John Smith said the loans would be extended.", "The Australian"],
    ] as const) {
      assert.ok(papers(text).includes(name), `${text}: ${papers(text).join(", ")}`);
    }
    assert.equal(bundled("The Australian reported that the loans would be extended.").claims[0]?.actorId, "the-australian");
  });
});

describe("actors: products are no actors", () => {
  it("leaves out a name that ends in a product's model word, unless it speaks", () => {
    const a = run("Apple unveiled the MacBook Pro on Tuesday, powered by the Intel Core Duo chip. The iPod Shuffle costs less.");
    assert.deepEqual(a.actors.map((x) => x.name).filter((n) => /Pro|Duo|Shuffle/u.test(n)), []);
  });
});

describe("claims: what each reported claim says", () => {
  /** The texts of the reported (not quoted) claims of the actor named `name`. */
  const reported = (text: string, name: string): string[] => {
    const a = run(text);
    return actor(a, name)
      .claims.map((i) => a.claims[i]!)
      .filter((c) => !c.direct)
      .map((c) => c.text);
  };

  it("leaves out a source and cue that come after the statement, and what follows the verb", () => {
    assert.deepEqual(reported("A separate hearing on the complaint is due on March 3, the Harwick Port Workers’ Union said in a statement, leaving weeks of uncertainty.", "Harwick Port Workers’ Union"), [
      "A separate hearing on the complaint is due on March 3",
    ]);
    assert.deepEqual(reported("The Coalition of the Willing will convene early in January, as stated by French President Emmanuel Macron.", "Emmanuel Macron"), [
      "The Coalition of the Willing will convene early in January",
    ]);
  });

  it("leaves out a source set off by commas, keeping both sides of it", () => {
    assert.deepEqual(reported("Exports fell to 3.1 million tonnes in February, according to Kirov Agri Analytics, down from 4.4 million tonnes a month earlier.", "Kirov Agri Analytics"), [
      "Exports fell to 3.1 million tonnes in February, down from 4.4 million tonnes a month earlier",
    ]);
    assert.deepEqual(reported("Marta Ilves is an analyst. The switch, Ilves said, would happen beginning next year.", "Marta Ilves"), ["The switch would happen beginning next year"]);
    // An apposition on the source is no part of the statement.
    assert.deepEqual(reported("The service became the biggest music seller in the country, according to NPD Group, a market research firm.", "NPD Group"), [
      "The service became the biggest music seller in the country",
    ]);
  });

  it("starts after a source that comes first, or at the verb its noun phrase is the subject of", () => {
    assert.deepEqual(reported("According to the Northfield Health Board, 412,000 patients were waiting for planned treatment.", "Northfield Health Board"), [
      "412,000 patients were waiting for planned treatment",
    ]);
    assert.deepEqual(reported("A study by the University of Eastbridge found that one in five patients had seen their condition worsen.", "University of Eastbridge"), [
      "found that one in five patients had seen their condition worsen",
    ]);
    assert.deepEqual(reported("Port arrival figures compiled by the Coffee and Cocoa Council show that 162,000 tonnes of beans reached Abidjan.", "Coffee and Cocoa Council"), [
      "show that 162,000 tonnes of beans reached Abidjan",
    ]);
  });

  it("ends where the same source goes on to another report, or another source's report is joined on", () => {
    const text =
      "Donald Trump expressed optimism about a deal, stating that it could be “getting a lot closer,” though he cautioned that a resolution might still take several weeks. " +
      "Trump reiterated his stance on the talks, expressing that the format matters less than results.";
    assert.deepEqual(reported(text, "Donald Trump"), [
      "optimism about a deal",
      "that it could be “getting a lot closer”",
      "that a resolution might still take several weeks",
      "his stance on the talks",
      "that the format matters less than results",
    ]);
    assert.deepEqual(reported("The Kremlin announced that the two leaders would speak again soon, as Dmitry Peskov confirmed to reporters.", "Kremlin"), ["that the two leaders would speak again soon"]);
  });

  it("leaves out the actor's own quotation it leads into, keeps one it runs into", () => {
    assert.deepEqual(reported("Volodymyr Zelensky emphasized the need for a more robust commitment, stating, “We would like to consider 50 years.”", "Volodymyr Zelensky"), [
      "the need for a more robust commitment",
    ]);
    assert.deepEqual(reported("Volodymyr Zelensky described the peace plan as “90 percent agreed,” highlighting the momentum of the talks.", "Volodymyr Zelensky"), [
      "the peace plan as “90 percent agreed”",
    ]);
    // Without a comma inside its closing mark, the statement goes on after the quotation.
    assert.deepEqual(reported("Eastgate Logistics said it remained “ready to talk at any hour” and accused the union of refusing a ballot.", "Eastgate Logistics"), [
      "it remained “ready to talk at any hour” and accused the union of refusing a ballot",
    ]);
  });

  it("ends at the same subject's next verb, and a report in another's subject with that subject", () => {
    assert.deepEqual(reported("Tim Cook confirmed that Papermaster, 49, had left the company, but did not say whether he decided to leave or was forced out.", "Tim Cook"), [
      "that Papermaster, 49, had left the company",
      "whether he decided to leave or was forced out",
    ]);
    assert.deepEqual(reported("Martin Hale is on trial. Hale, who denied the charges, told the court he had been under pressure to speed up payments.", "Martin Hale"), [
      "he had been under pressure to speed up payments",
    ]);
  });

  it("leaves whom something was told out of what was told", () => {
    const cases: [string, string][] = [
      ["Mayor Ed Burke told reporters that the plan would cost 300 jobs.", "that the plan would cost 300 jobs"],
      ["Mayor Ed Burke told the council the plan would cost 300 jobs.", "the plan would cost 300 jobs"],
      ["Mayor Ed Burke told The Guardian the plan would cost 300 jobs.", "the plan would cost 300 jobs"],
      ["Mayor Ed Burke told the Bank of England the plan would cost 300 jobs.", "the plan would cost 300 jobs"],
      ["Mayor Ed Burke told reporters in Brussels on Monday that the plan would cost 300 jobs.", "that the plan would cost 300 jobs"],
      ["Mayor Ed Burke told the foreign minister the American people share the sorrow.", "the American people share the sorrow"],
      ["Mayor Ed Burke told customers to keep the receipts.", "to keep the receipts"],
      // No addressee that can be read: the words stay as they are.
      ["Mayor Ed Burke told of a plan to cut 300 jobs.", "of a plan to cut 300 jobs"],
      ["Mayor Ed Burke told hundreds of students from across the state in town for a congress.", "hundreds of students from across the state in town for a congress"],
      ["Mayor Ed Burke did not tell the police because he did not believe it.", "the police because he did not believe it"],
    ];
    for (const [text, want] of cases) assert.deepEqual(reported(text, "Ed Burke"), [want], text);
  });

  it("makes no claim of when or where alone (“wrote in a blog post”), but keeps a price and a topic's “of”", () => {
    assert.deepEqual(reported("“This decision is flawed,” Jennifer Newstead, its chief legal officer, wrote in a blog post.", "Jennifer Newstead"), []);
    assert.deepEqual(reported("Ed Burke spoke on Monday.", "Ed Burke"), []);
    assert.deepEqual(reported("Mayor Ed Burke told of a plan to cut 300 jobs.", "Ed Burke"), ["of a plan to cut 300 jobs"]);
    assert.deepEqual(reported("Ed Burke put the value at $3 a share.", "Ed Burke"), ["the value at $3 a share"]);
  });

  it("leaves when and where something was said out of what was said, before “that”", () => {
    const cases: [string, string][] = [
      ["Mayor Ed Burke said in a statement that he took full responsibility.", "that he took full responsibility"],
      ["Mayor Ed Burke said on Monday that it was over for the plan.", "that it was over for the plan"],
      ["Mayor Ed Burke said in a letter to staff seen by the BBC that the trust was broke.", "that the trust was broke"],
      // Without "that": a pronoun and its verb after the when or the where.
      ["Mayor Ed Burke said on Tuesday he would cut 300 jobs.", "he would cut 300 jobs"],
      ["Mayor Ed Burke said in a statement he had no plans to resign.", "he had no plans to resign"],
      // A noun that "that" describes stays: "insisted on terms that include …".
      ["Mayor Ed Burke insisted on terms that include guarantees for the city.", "on terms that include guarantees for the city"],
      ["Mayor Ed Burke expects to post sales in the current fiscal year that are above last year's.", "to post sales in the current fiscal year that are above last year's"],
    ];
    for (const [text, want] of cases) assert.deepEqual(reported(text, "Ed Burke"), [want], text);
  });

  it("gives 'the company' a firm, not an institute named since, and 'a statement' to no one", () => {
    const t = "Voltaic Systems said on Tuesday its cell had passed tests. “It is promising,” said Dr. Lena Fischer, a researcher at the Fraunhofer Institute. Voltaic raised £85 million in March, the company said.";
    assert.deepEqual(reported(t, "Voltaic Systems"), ["its cell had passed tests", "Voltaic raised £85 million in March"]);
    assert.deepEqual(reported("Chief Executive Martina Vogel said orders had doubled. Order intake rose to 2.3 billion euros, according to a statement.", "Martina Vogel"), ["orders had doubled"]);
    // "The statement said" is the last speaker's.
    assert.deepEqual(reported("Chief Executive Martina Vogel said orders had doubled. Order intake rose to 2.3 billion euros, the statement said.", "Martina Vogel"), ["orders had doubled", "Order intake rose to 2.3 billion euros"]);
  });

  it("makes no claim of whom or how before a colon and the quotation ('told the Elmstead Echo: “…”')", () => {
    assert.deepEqual(reported("Mike Brennan told the Elmstead Echo: “We will fight this all the way.”", "Mike Brennan"), []);
    assert.deepEqual(reported("Ray Cole said in a statement: “We will fight this all the way.”", "Ray Cole"), []);
    assert.deepEqual(reported("Ray Cole said the council had failed: “We will fight this all the way.”", "Ray Cole"), ["the council had failed"]);
  });

  it("makes no claim of a phrase of time or place alone ('conceded shortly after midnight')", () => {
    assert.deepEqual(reported("Dan Pruitt conceded shortly after midnight. Dan Pruitt said late on Tuesday.", "Dan Pruitt"), []);
    assert.deepEqual(reported("Dan Pruitt spoke on Tuesday in New York.", "Dan Pruitt"), []);
  });

  it("splits a titled speaker from the body after 'of' ('said Dr. Ines Carvalho of the University of Geneva')", () => {
    const a = run("“We had no warning,” said Dr. Ines Carvalho of the University of Geneva. “It was sudden,” Carvalho said.");
    assert.deepEqual(a.actors.map((x) => [x.name, x.kind]), [["Ines Carvalho", "person"], ["University of Geneva", "organization"]]);
    assert.deepEqual(a.quotes.map((q) => q.speakerId), ["ines-carvalho", "ines-carvalho"]);
  });

  it("keeps one body whose name joins a word and a union, a federation or a board with 'and' ('University and College Union')", () => {
    const a = run("The University and College Union said members would vote.");
    assert.deepEqual(a.actors.map((x) => [x.name, x.kind]), [["University and College Union", "organization"]]);
  });

  it("reads a name in apposition to a chamber, an association or a foundation as that body, and 'the chamber' as it", () => {
    const a = run("A local business chamber, Canaco Santa Catarina, said in a statement that investment had fallen. “Uncertainty is the enemy of jobs,” the chamber said.");
    assert.deepEqual(a.actors.map((x) => [x.name, x.kind]), [["Canaco Santa Catarina", "organization"]]);
    assert.deepEqual(a.quotes.map((q) => q.speakerId), ["canaco-santa-catarina"]);
  });

  it("reads a confederation or a chamber named with its country's demonym as an organisation ('The Brazilian Football Confederation said')", () => {
    const a = run("The Brazilian Football Confederation said 14 clubs had asked for a new date.");
    assert.deepEqual(a.actors.map((x) => [x.name, x.kind]), [["Brazilian Football Confederation", "organization"]]);
  });

  it("reads a known body's branch named by its country as an organisation ('Kenya Red Cross secretary general Ahmed Idris')", () => {
    const a = run("Kenya Red Cross secretary general Ahmed Idris said the camps were full. “We have tents for maybe a third of the people who need them,” he said.");
    assert.deepEqual(a.actors.map((x) => [x.name, x.kind]), [["Kenya Red Cross", "organization"], ["Ahmed Idris", "person"]]);
    assert.deepEqual(a.quotes.map((q) => q.speakerId), ["ahmed-idris"]);
  });

  it("reads a theatre or film maker before a name as a person's trade, a toy maker as a firm's kind", () => {
    const a = run("Theatre maker Lindiwe Mokoena said the festival was vital. “You pay your fee, you find your audience,” she said.");
    assert.deepEqual(a.actors.map((x) => [x.name, x.kind]), [["Lindiwe Mokoena", "person"]]);
    assert.deepEqual(a.quotes.map((q) => q.speakerId), [actor(a, "Lindiwe Mokoena").id]);
  });

  it("splits a titled person from a body named with its place after 'of' ('Professor Marcus Bell of the University of Liverpool, who wrote …, called')", () => {
    const a = run("Art historian Professor Marcus Bell of the University of Liverpool, who wrote the catalogue essay, called her “one of the great painters of light”.");
    assert.deepEqual(a.actors.map((x) => [x.name, x.kind]), [["Marcus Bell", "person"], ["University of Liverpool", "organization"]]);
  });

  it("splits a speaker whose name holds a particle from the body after 'of' ('said Prof. Mariana de Souza Lima of the National University of Singapore')", () => {
    const a = run("“The wires are the bottleneck,” said Prof. Mariana de Souza Lima of the National University of Singapore, who opened the panel.");
    assert.deepEqual(a.actors.map((x) => [x.name, x.kind]), [["Mariana de Souza Lima", "person"], ["National University of Singapore", "organization"]]);
    assert.deepEqual(a.quotes.map((q) => q.speakerId), ["mariana-de-souza-lima"]);
    // (Not a body's name with "de" inside: one capital before it.)
    assert.deepEqual(run("“Rates will hold,” said Banque de France of the Eurosystem.").actors.filter((x) => x.kind === "person"), []);
  });

  it("reads 'the bank' as a bank named before whose name does not set it apart ('the European Central Bank' is 'the central bank')", () => {
    const t = "Nordhavn Bank reported a rise in profit. Rate cuts by the European Central Bank will hurt income. The bank said it would cut 300 jobs.";
    assert.deepEqual(reported(t, "Nordhavn Bank"), ["a rise in profit", "it would cut 300 jobs"]);
    assert.deepEqual(reported(t.replace("The bank said it would cut 300 jobs", "The central bank said it would act"), "European Central Bank"), ["it would act"]);
  });

  it("names no actor in a wire story's credits ('(Reporting by …; Editing by …)')", () => {
    assert.deepEqual(run("Prices rose, the agency said.\n(Reporting by Nikolaj Skydsgaard; Editing by Mark Potter)").actors, []);
    assert.deepEqual(run("Additional reporting by Jane Doe in Paris.").actors, []);
    assert.deepEqual(run("Reporting from Kyiv, Anna Petrenko said the shelling stopped.").actors.map((x) => x.name), ["Anna Petrenko"]);
  });

  it("reads where a person is from as a place ('A farmer from Ashville said')", () => {
    assert.deepEqual(run("A farmer from Ashville said the river rose by two metres.").actors, []);
    // Not where one works: "a worker from Acme Corp".
    assert.deepEqual(run("A worker from Acme Corp said the plant would close.").actors.map((x) => x.name), ["Acme Corp"]);
  });

  it("reads a one-word name with a person's role in apposition as a person ('said Warsini, a rice farmer')", () => {
    const kinds = (t: string) => run(t).actors.map((x) => [x.name, x.kind]);
    assert.deepEqual(kinds("“I heard a sound like thunder,” said Warsini, a rice farmer."), [["Warsini", "person"]]);
    assert.deepEqual(kinds("Okafor, a nurse at the clinic, said 40 patients were waiting."), [["Okafor", "person"]]);
    assert.deepEqual(kinds("Acorn, the tenants’ union, said rents rose 5%."), [["Acorn", "organization"]]);
  });

  it("reads a name that speaks with the second of two joined verbs ('The Verge praised the screen but said …')", () => {
    assert.deepEqual(reported("The Verge praised the screen but said the hinge creaked.", "Verge"), ["the hinge creaked"]);
    assert.deepEqual(reported("Lumora praised the screen but said the hinge creaked.", "Lumora"), ["the hinge creaked"]);
    assert.deepEqual(run("Lumora praised the screen.").actors, []);
  });

  it("reads a one-word name that speaks after its relative clause ('Lumora, which makes e-readers, said …')", () => {
    assert.deepEqual(reported("Lumora, which makes e-readers, said profits would rise by 5%.", "Lumora"), ["profits would rise by 5%"]);
    // A verb other than one of speech after the clause makes no actor: "OS X, which is scheduled for release, will include …".
    assert.equal(run("The update to Zephyr, which is scheduled for release next summer, will include more support.").actors.length, 0);
  });

  it("gives what one whose name is withheld said to no one ('One Sheffield refuse collector, who asked not to be named, said')", () => {
    const a = run("Sheffield City Council runs the contract. One Sheffield refuse collector, who asked not to be named, said he worked 50 hours most weeks.");
    assert.deepEqual(a.claims, []);
  });

  it("gives what 'a spokesman' said to the organisation named last ('A spokesman said: “…”' after the department)", () => {
    const a = run("The Department of Health and Social Care said it was investing £450 million. A spokesman said: “We inherited a broken system and we will fix it.”");
    assert.equal(a.quotes[0]!.speakerId, "department-of-health-and-social-care");
    assert.deepEqual(reported("Acme Corp cut jobs on Monday. The plant will close in May, a company spokeswoman said.", "Acme Corp"), ["The plant will close in May"]);
    // With no organisation before it, no one.
    assert.equal(run("“We will not comment on this,” a spokeswoman said.").quotes[0]!.speakerId, undefined);
  });

  it("reads a role word before an object as a verb ('Ruth Smith chairs the committee' is a person)", () => {
    assert.deepEqual(run("Ruth Smith chairs the committee. Ruth Smith said costs rose.").actors.map((x) => [x.name, x.kind]), [["Ruth Smith", "person"]]);
  });

  it("gives a quotation tagged with an epithet to the person named last ('the Dane said', 'the defender said', 'the 34-year-old said', 'the MP for …')", () => {
    const speaker = (t: string): string | undefined => {
      const a = run(t);
      const q = a.quotes.find((x) => x.depth === 0);
      return a.actors.find((x) => x.id === q?.speakerId)?.name;
    };
    assert.equal(speaker("Brentford manager Thomas Frank praised the substitute. “He has been knocking on the door for weeks,” the Dane said."), "Thomas Frank");
    assert.equal(speaker("Nathan Collins captained the side. “Nobody panicked,” the defender said."), "Nathan Collins");
    assert.equal(speaker("Her co-star, Paapa Essiedu, was equally admiring. “Watching her in rehearsal is like a masterclass,” the 34-year-old said."), "Paapa Essiedu");
    const mp = run("Labour MP Ruth Cadbury said she welcomed the guidance. “Guidance without money is just a leaflet,” the MP for Brentford and Isleworth said.");
    assert.deepEqual(mp.actors.map((x) => x.name), ["Ruth Cadbury"]);
    assert.equal(mp.quotes[0]!.speakerId, "ruth-cadbury");
    // A paper's name after "the" is the paper's.
    assert.equal(speaker("Ruth Cadbury spoke. “We want more,” the Guardian said."), "Guardian");
  });

  it("reads whom something was told and when, then what ('told reporters on Monday the fund was gone'); nothing after a quotation's tag", () => {
    assert.deepEqual(reported("Daniel Okafor told reporters on Monday the fund was gone.", "Daniel Okafor"), ["the fund was gone"]);
    assert.deepEqual(reported("“She treated the fund as her account,” prosecutor Daniel Okafor told jurors in his closing argument on Monday.", "Daniel Okafor"), []);
    assert.deepEqual(reported("Daniel Okafor told jurors in his closing argument that the fund was gone.", "Daniel Okafor"), ["that the fund was gone"]);
  });

  it("starts a claim after when or where it was said, before a clause with a noun subject ('said on Tuesday prices rose')", () => {
    assert.deepEqual(reported("Dan Pruitt said in a statement the firm would close.", "Dan Pruitt"), ["the firm would close"]);
    assert.deepEqual(reported("Dan Pruitt said on Tuesday prices rose 4 percent.", "Dan Pruitt"), ["prices rose 4 percent"]);
    assert.deepEqual(reported("Dan Pruitt said at a rally in Ohio supporters had waited for hours.", "Dan Pruitt"), ["supporters had waited for hours"]);
    assert.deepEqual(reported("Dan Pruitt said after the meeting she thought the plan should stay.", "Dan Pruitt"), ["she thought the plan should stay"]);
    // With "that", the claim starts at it, as before.
    assert.deepEqual(reported("Dan Pruitt said on Tuesday that prices rose 4 percent.", "Dan Pruitt"), ["that prices rose 4 percent"]);
  });

  it("ends a report inside another's statement where that one's source comes after it", () => {
    const text = "Fidel Castro spoke on Sunday. Juan Miguel Gonzalez promised he would fly back to Cuba right away, Castro said Sunday.";
    assert.deepEqual(reported(text, "Juan Miguel Gonzalez"), ["he would fly back to Cuba right away"]);
    assert.deepEqual(reported(text, "Fidel Castro"), ["Juan Miguel Gonzalez promised he would fly back to Cuba right away"]);
    // A tag with an addressee and a place: "told analysts on a conference call".
    const t2 = "Rheinmetall said on Thursday it had won new orders. The German arms maker now expects sales growth of 25% in 2025, Chief Executive Armin Papperger told analysts on a conference call.";
    assert.deepEqual(reported(t2, "Rheinmetall"), ["it had won new orders", "sales growth of 25% in 2025"]);
    // A modal before the verb makes no tag: "they can expect …" goes on the statement.
    const t3 = "Mr. Fournier spoke. If holders avoid tendering to Paribas, he added, they can expect strong dividends again next year.";
    assert.deepEqual(reported(t3, "Fournier"), ["If holders avoid tendering to Paribas, they can expect strong dividends again next year"]);
  });

  it("leaves out a wire dateline, and an apposition between a data source and its verb", () => {
    assert.deepEqual(
      reported("SANTIAGO, June 19 (Wire) - Chile awarded contracts for 1,200 megawatts of solar capacity, the National Energy Commission said.", "National Energy Commission"),
      ["Chile awarded contracts for 1,200 megawatts of solar capacity"],
    );
    assert.deepEqual(reported("Data from the Westbridge Transport Authority, the city’s operator, show that 41 percent of trams ran late.", "Westbridge Transport Authority"), [
      "show that 41 percent of trams ran late",
    ]);
  });

  it("ends before a phrase that only introduces a quotation (\", releasing a statement saying “…”\")", () => {
    assert.deepEqual(reported("Norm Dicks said he too was “shocked”, releasing a statement saying “we will be asking tough questions.”", "Norm Dicks"), [
      "he too was “shocked”",
    ]);
    // A verb that names with its quotation keeps it: "commonly called “apps”".
    assert.deepEqual(reported("Steve Jobs noted that five billion applications, commonly called “apps”, had been sold.", "Steve Jobs"), [
      "that five billion applications, commonly called “apps”, had been sold",
    ]);
  });

  it("makes no reported claim of a frame that follows the actor's quotation", () => {
    for (const text of [
      "“We are running wards at 95 percent occupancy,” said Owen Pritchard, a nurse at the regional branch.",
      "“Every week we lose is a week the fish do not have,” Owen Pritchard told reporters after the meeting, which ran past midnight.",
      "“This is a small step, but small steps are how trust is rebuilt,” Owen Pritchard said after the meeting at the UN compound in Nicosia.",
      "In a message to employees, Owen Pritchard said: “We will build great cars.”",
      "Owen Pritchard said “We will win this round” after the vote.",
    ]) {
      const a = run(text);
      const own = actor(a, "Owen Pritchard").claims.map((i) => a.claims[i]!);
      assert.deepEqual(
        own.map((c) => c.direct),
        [true],
        text,
      );
    }
  });
});

describe("actors: speed", () => {
});

describe("actors: a sentence's first word that speaks", () => {
  const claimsOf = (a: Analysis, name: string): string[] => a.claims.filter((c) => c.actorId === actor(a, name).id).map((c) => c.text);

  it("is a name of its own: “Toyota said …”, “Smith told reporters …”", () => {
    const a = run("Sales news\nToyota said on Tuesday that its sales rose 43 percent in February. Smith told reporters the plant would reopen.");
    assert.deepEqual(names(a).sort(), ["Smith", "Toyota"]);
    assert.equal(actor(a, "Toyota").kind, "organization");
    assert.deepEqual(claimsOf(a, "Toyota"), ["that its sales rose 43 percent in February"]);
    assert.equal(claimsOf(a, "Smith").length, 1);
  });

  it("is no name when it is a word for people, a role, or looks like a plural", () => {
    for (const w of ["Officials", "Analysts", "Farmers", "Police", "Nobody", "Everyone", "Staff", "Critics", "Prosecutors", "Residents", "Both", "Meanwhile"]) {
      const a = run(`Port news\n${w} said the port would reopen on Monday after the strike.`);
      assert.deepEqual(names(a), [], w);
    }
  });

  it("refers to the organisation it is a word of: “Acquisition said …”, “Hewlett announced …”", () => {
    const a = run(
      "Deal news\nDD Acquisition Corp., a partnership, extended its offer. Acquisition said 2.2 million shares had been tendered under its offer.\n" +
        "Bill Rash, a director of Hewlett-Packard Co., spoke. Hewlett announced last week that it planned to ship a computer early next year.",
    );
    assert.ok(!names(a).includes("Acquisition") && !names(a).includes("Hewlett"), names(a).join(", "));
    assert.deepEqual(claimsOf(a, "DD Acquisition Corp."), ["2.2 million shares had been tendered under its offer"]);
    assert.deepEqual(claimsOf(a, "Hewlett-Packard Co."), ["that it planned to ship a computer early next year"]);
  });
});

describe("actors: a surname with a courtesy title and a description", () => {
  it("is the person named in full before (“Mr. Slater, the newsletter editor”)", () => {
    const a = run(
      "Chip news\nThe flaw is rare, said Michael Slater, editor of the Microprocessor Report, an industry newsletter.\n“The 486 is an extremely high-profile product,” said Mr. Slater, the newsletter editor.",
    );
    assert.ok(!names(a).includes("Slater"), names(a).join(", "));
    assert.equal(a.claims.filter((c) => c.actorId === actor(a, "Michael Slater").id).length, 2);
  });
});

describe("actors: names run together with the words around them", () => {
  it("splits two companies joined by “and” (“rivals Toyota and General Motors”), not one name made so", () => {
    assert.deepEqual(names(run("Car news\nFord outsold rivals Toyota and General Motors in February.")).sort(), ["General Motors", "Toyota"]);
    for (const one of ["Coffee and Cocoa Council", "Farmers and Merchants Bank"]) assert.deepEqual(names(run(`Bank news\nThe ${one} said prices rose.`)), [one]);
  });

  it("leaves out a common noun that opens the sentence before “of” or “on”", () => {
    assert.deepEqual(names(run("Market news\nShares of Apple Inc. rose 4 percent on Monday.")), ["Apple Inc."]);
    assert.deepEqual(names(run("Market news\nVolume on the New York Stock Exchange was heavy.")), ["New York Stock Exchange"]);
    assert.deepEqual(names(run("Market news\nTrading on Russia’s major stock markets has been suspended.")), []);
    for (const one of ["Friends of the Earth", "Committee on Government Reform", "Bank of Canada"]) assert.deepEqual(names(run(`Market news\n${one} said the plan was weak.`)), [one], one);
  });
});

describe("actors: firms named with an ampersand or an ’s", () => {
  const claimsOf = (a: Analysis, name: string): string[] => a.claims.filter((c) => c.actorId === actor(a, name).id).map((c) => c.text);

  it("keeps “&” inside the name, as the speaker of its claims", () => {
    let a = run("Sales news\nProcter & Gamble said sales rose sharply in the quarter.");
    assert.deepEqual(names(a), ["Procter & Gamble"]);
    assert.equal(actor(a, "Procter & Gamble").kind, "organization");
    assert.deepEqual(claimsOf(a, "Procter & Gamble"), ["sales rose sharply in the quarter"]);
    a = run("Sales news\nSales rose sharply in the quarter, Johnson & Johnson said.");
    assert.deepEqual(claimsOf(a, "Johnson & Johnson"), ["Sales rose sharply in the quarter"]);
    a = run("Sales news\nEuropean Aeronautic Defence & Space NV (EADS), the parent company of Airbus, has won a contract.");
    assert.ok(names(a).includes("European Aeronautic Defence & Space NV"), names(a).join(", "));
  });

  it("reads “Shoney's said” as the firm speaking, and “the Standard & Poor's 500” as an index", () => {
    const a = run("Debt news\nShoney's said the latest restructuring affected bank debt of $585 million.");
    assert.deepEqual(names(a), ["Shoney's"]);
    assert.deepEqual(claimsOf(a, "Shoney's"), ["the latest restructuring affected bank debt of $585 million"]);
    assert.deepEqual(a.findings.filter((f) => f.ruleId === "unsourced-figure"), []);
    assert.deepEqual(names(run("Market news\nTwo indexes fell today: the Standard & Poor's 500 fell by 9.48 points.")), []);
    // A name's ’s before "stated" is a possessive: no one speaks.
    assert.deepEqual(run("Debt news\nThe bank's stated goal was growth. Shoney's stated aim is growth.").frames, []);
  });
});

describe("actors: companies before their officers' titles, and their products", () => {
  it("makes the company before a company's title an organisation (“Apple Computer CEO Steve Jobs”)", () => {
    let a = run("Keynote\nApple Computer CEO Steve Jobs gave his annual keynote on Monday.");
    assert.deepEqual(names(a).sort(), ["Apple Computer", "Steve Jobs"]);
    assert.equal(actor(a, "Apple Computer").kind, "organization");
    a = run("Keynote\nApple Computer CEO and co-founder Steve Jobs gave his annual keynote on Monday.");
    assert.equal(actor(a, "Apple Computer").kind, "organization");
    assert.deepEqual(names(run("Keynote\nFormer Microsoft CEO Bill Gates spoke on Monday.")).sort(), ["Bill Gates", "Microsoft"]);
    // A country, a title of state, an assembly's name in part: no company.
    assert.deepEqual(names(run("Keynote\nUnited States President Barack Obama spoke on Monday.")), ["Barack Obama"]);
    assert.deepEqual(names(run("Keynote\nUkrainian President Volodymyr Zelensky spoke on Monday.")), ["Volodymyr Zelensky"]);
  });

  it("turns a name taken for a person into the company its officer's title shows", () => {
    const a = run("Tanker deal\nNorthrop Grumman won the contract on Friday. Northrop Grumman CEO Ron Sugar said in an interview that the win was a surprise.");
    assert.equal(actor(a, "Northrop Grumman").kind, "organization");
    assert.equal(a.claims.find((c) => c.cue === "said")?.actorId, actor(a, "Ron Sugar").id);
  });

  it("reads a name after a company's as its product, or its arm in a country", () => {
    let a = run("Keynote\nApple Computer CEO Steve Jobs spoke on Monday. He said that future Apple Macintosh computers will feature Intel processors. Jobs said that Apple has 109 retail stores.");
    assert.deepEqual(names(a).sort(), ["Apple Computer", "Steve Jobs"]);
    assert.ok(actor(a, "Apple Computer").mentions.some((m) => m.text === "Apple"));
    a = run("Car news\nFord Motor Company said sales fell in March. Ford Russia said it would cut 200 jobs at its plant near Moscow.");
    assert.equal(actor(a, "Ford Russia").kind, "organization");
  });
});

describe("actors: an organisation named after a company's name", () => {
  it("is its product when its other words are of no list (“Ford Taurus”), not its group (“Ford Group”)", () => {
    const a = run("Car news\nFord Motor Company said on Monday that the Ford Taurus would return. The Ford Taurus was dropped in 2006.");
    assert.ok(!names(a).includes("Ford Taurus"), names(a).join(", "));
    assert.ok(actor(a, "Ford Motor Company").mentions.some((m) => m.text === "Ford Taurus"));
  });
});

describe("actors: firms written with a small letter first", () => {
  it("reads “eBay said …” as a firm speaking, even at a line's start; not “iPhone” or “kWh”", () => {
    const a = run("Sales news\neBay said sales rose sharply in the quarter. The iPhone sold well, and power use hit 5 kWh.");
    assert.deepEqual(names(a), ["eBay"]);
    assert.equal(a.claims[0]?.actorId, actor(a, "eBay").id);
    // The line is a paragraph of its own, not the heading's continuation.
    assert.equal(a.document.paragraphs.length, 2);
  });
});

describe("actors: stock indexes", () => {
  it("are no actors (“the British FTSE”, “the DJIA”), unless they speak (“Dow Jones said”)", () => {
    assert.deepEqual(names(run("Markets\nThe British FTSE fell 2 percent. The DJIA rose 1 percent. The S&P fell.")), []);
    const a = run("Markets\nDow Jones said it believes the price is fair.");
    assert.deepEqual(names(a), ["Dow Jones"]);
    assert.equal(actor(a, "Dow Jones").kind, "organization");
  });
});

describe("actors: names of things", () => {
  it("are no people (“Developer Program”, “Everett Factory”, “Extra Wide Body”); a company's system acts as an organisation", () => {
    for (const t of ["The Developer Program costs $99.", "Planes are built at the Everett Factory in Washington.", "The airline will take delivery of six new A350 XWB (Extra Wide Body) aircraft."]) {
      assert.ok(!run(`Plane news\n${t}`).actors.some((x) => x.kind === "person"), t);
    }
    const a = run("Plane news\nAnother issue is that Cisco System's VPN does not work with Tiger.");
    assert.equal(actor(a, "Cisco System").kind, "organization");
  });
});

describe("actors: long titles of office", () => {
  it("end before the name, through several connectors (“Assistant Secretary of the Air Force for Acquisition Marvin Sambur”)", () => {
    const a = run("Tanker news\nAssistant Secretary of the Air Force for Acquisition Marvin Sambur said the deal was fair. Boeing had hired Civilian Deputy Undersecretary of the Air Force for Acquisition Darleen Druyun in 2003.");
    assert.deepEqual(names(a).sort(), ["Darleen Druyun", "Marvin Sambur"]);
    assert.ok(actor(a, "Marvin Sambur").roles.some((r) => r.startsWith("Assistant Secretary")), actor(a, "Marvin Sambur").roles.join("; "));
  });
});

describe("actors: who speaks for whom", () => {
  it("gives a relative's words to no one named (“Elian Gonzalez's father said”), an officer's to the firm (“Toyota's spokesman said”)", () => {
    let a = run("Custody news\nElian Gonzalez's father said in a letter that he wants diplomats to meet his son in Miami.");
    assert.deepEqual(a.claims, []);
    a = run("Car news\nToyota's spokesman said sales rose sharply in the first quarter of the year.");
    assert.equal(actor(a, "Toyota").kind, "organization");
    assert.deepEqual(a.claims.map((c) => c.actorId), [actor(a, "Toyota").id]);
  });
  it("takes no capitalised word for a speech verb (“United States”, “Field Notes”), unless it opens the sentence", () => {
    let a = run("Car news\nA deal for the “Big Three” United States automakers -- Chrysler, Ford, and General Motors -- was rejected.");
    assert.deepEqual(a.claims, []);
    a = run("Car news\nThe “Field” Notes column by Jane Smith ran on Sunday.");
    assert.deepEqual(a.claims, []);
    a = run("Car news\n“We will fight on,” said Mary Jones. Asked about the deal, Tom Brown replied: “It is done.”");
    assert.deepEqual(a.claims.map((c) => c.actorId), [actor(a, "Mary Jones").id, actor(a, "Tom Brown").id]);
  });
});

describe("actors: companies in lists", () => {
  it("makes each one-word name in a list after the plural of an organisation's kind an organisation", () => {
    let a = run("Car news\nLoans went to automakers Chrysler, Ford and General Motors last year.");
    assert.deepEqual(a.actors.map((x) => `${x.kind}:${x.name}`).sort(), ["organization:Chrysler", "organization:Ford", "organization:General Motors"]);
    a = run("Car news\nA deal for the United States automakers -- Chrysler, Ford, and General Motors -- was rejected.");
    assert.equal(actor(a, "Chrysler").kind, "organization");
    a = run("Bank news\nLoans went to the banks Barclays and Lloyds last year.");
    assert.deepEqual(a.actors.map((x) => x.name).sort(), ["Barclays", "Lloyds"]);
    // Not a list of names: "suppliers and IT software exporters", "the companies SUV lines".
    a = run("Car news\nThe auto parts suppliers and IT software exporters in India suffered. Sales of the companies SUV lines fell.");
    assert.deepEqual(a.actors, []);
    // A name of two words may be a person's.
    a = run("Car news\nIts rivals Toyota and John Smith agreed on the plan.");
    assert.equal(actor(a, "John Smith").kind, "person");
  });

  it("makes a lone name joined by “and” to an organisation one, and its other mentions too", () => {
    let a = run("Car news\nGeneral Motors (GM) asked for help. Loans went to GM and Chrysler in December. Chrysler was hardest hit.");
    assert.equal(actor(a, "Chrysler").kind, "organization");
    assert.deepEqual(mentionTexts(actor(a, "Chrysler")), ["Chrysler", "Chrysler"]);
    // Not after a comma alone ("Oshkosh Truck Corp., Oshkosh, Wis."), nor "or", nor before the kind of an organisation.
    a = run("Truck news\nOshkosh Truck Corp., Oshkosh, Wis., said sales fell. He left on a flight, said Uhuru, or Freedom, a Swahili newspaper owned by the ruling party.");
    assert.deepEqual(a.actors.map((x) => x.name).sort(), ["Oshkosh Truck Corp.", "Uhuru"]);
    a = run("Air news\nBans were lifted on Pakistan International Airlines and Surinam carrier Blue Wing Airlines.");
    assert.deepEqual(a.actors.map((x) => x.name).sort(), ["Blue Wing Airlines", "Pakistan International Airlines"]);
  });

  it("keeps “Securities and Exchange Commission” whole, and “No.” out of a name", () => {
    let a = run("Filing news\nCrane made the disclosure in a Securities and Exchange Commission filing. The SEC said it would look.");
    assert.deepEqual(a.actors.map((x) => x.name), ["Securities and Exchange Commission"]);
    a = run("Music news\nApple's iTunes store passes U.S. electronics retailer Best Buy for the No. 2 spot, NPD said.");
    assert.equal(actor(a, "Best Buy").kind, "organization");
  });

  it("makes no actor of a product named after an “i” brand (“iPod Shuffle”, “iTunes Music Store”)", () => {
    const a = run("Music news\nApple released the iPod Classic, Nano and Shuffle. The iPod Shuffle is small. Sales at the iTunes Music Store rose, Apple said.");
    assert.deepEqual(a.actors.map((x) => x.name), ["Apple"]);
  });
});

describe("actors: models and venues", () => {
  it("makes no actor of a model (“the A380”) or a model's name after its number (“787 Dreamliner”), unless it speaks", () => {
    const a = run("Air news\nThe A380 is the largest airliner. Boeing said its 787 Dreamliner was late. G4S said profits rose.");
    assert.deepEqual(a.actors.map((x) => x.name).sort(), ["Boeing", "G4S"]);
  });

  it("makes no actor of a maker's model before its number and a product's noun (“Rolls-Royce Trent 900 engines”)", () => {
    let a = run("Air news\nThe plane is built with four Rolls-Royce Trent 900 engines. Rolls-Royce said it was pleased.");
    assert.deepEqual(a.actors.map((x) => x.name), ["Rolls-Royce"]);
    // A model's name before a product's noun in the plural; a firm's name (an organisation's word in it) stays.
    a = run("Car news\nSales of Grand Marquis sedans and Samsung Galaxy phones fell. Tata Motors vehicles sold well, Tata Motors said.");
    assert.deepEqual(a.actors.map((x) => x.name), ["Tata Motors"]);
    // Not a firm before a number of things that are no product.
    a = run("Bank news\nBank of America said it would close branches. Bank of America 200 branches were named.");
    assert.deepEqual(a.actors.map((x) => x.name), ["Bank of America"]);
  });

  it("makes no actor of a place one flies or walks out of (“out of London Heathrow”)", () => {
    const a = run("Air news\nThe airline will fly the A380 out of London Heathrow in 2009.");
    assert.deepEqual(a.actors.map((x) => x.name), []);
  });

  it("makes no actor of a class of shares or a series of notes (“Class B shares”)", () => {
    assert.deepEqual(names(run("Class B shares rose 5 percent, the company said. Series D notes fell.")), []);
  });

  it("makes no actor of straits, reefs and highlands", () => {
    const a = run("Cuban rafters crossed the Florida Straits on Monday, the Coast Guard said. Divers mapped the Great Barrier Reef and the Scottish Highlands.");
    assert.deepEqual(names(a).filter((n) => /Straits|Reef|Highlands/u.test(n)), []);
  });

  it("makes a place of a name that ends in a venue's word (“Changi International Airport”), unless it speaks", () => {
    let a = run("Air news\nThe jet was due to fly to Chiang Mai International Airport. It landed at Changi International Airport.");
    assert.deepEqual(a.actors, []);
    a = run("Politics news\nDowning Street said no deal had been agreed.");
    assert.deepEqual(a.actors.map((x) => x.name), ["Downing Street"]);
  });
});

describe("actors: a person, a comma, a role in an organisation, then the verb", () => {
  it("gives the words to the person, not the organisation (“Scott Carson, president and CEO of Boeing Commercial Airplanes said”)", () => {
    for (const comma of ["", ","]) {
      const a = run(`Plane news\nScott Carson, president and CEO of Boeing Commercial Airplanes${comma} said, “This has been a wonderful day.”`);
      assert.deepEqual(a.claims.map((c) => c.actorId), [actor(a, "Scott Carson").id], comma);
      assert.ok(!a.actors.some((x) => x.name.startsWith("CEO") || x.name === "Commercial Airplanes"), a.actors.map((x) => x.name).join("; "));
    }
    const a = run("Union news\nBuzz Hargrove, president of the Canadian Auto Workers said he had been assured that jobs would stay.");
    assert.deepEqual(a.claims.map((c) => c.actorId), [actor(a, "Buzz Hargrove").id]);
  });

  it("names the organisation after a company's title and its “of” (“the Chairman of the Joint Chiefs of Staff”), not a country", () => {
    const a = run("Defence news\nThe Chairman of the Joint Chiefs of Staff said yes. The President of Russia said no.");
    assert.equal(actor(a, "the Joint Chiefs of Staff").kind, "organization");
    assert.equal(actor(a, "Russia").kind, "country");
  });
});

describe("actors: the office of a country", () => {
  it("refers “the President of Ukraine” to the president of that country, not to a company's president", () => {
    const a = run("Trade news\nJane Roe, the president of Acme Widgets, said sales grew. Ukrainian President Volodymyr Zelensky spoke later. The President of Ukraine said the deal would hold.");
    assert.deepEqual(mentionTexts(actor(a, "Jane Roe")), ["Jane Roe"]);
    assert.ok(mentionTexts(actor(a, "Volodymyr Zelensky")).includes("President"), mentionTexts(actor(a, "Volodymyr Zelensky")).join("; "));
  });
});

describe("actors: firms named with an abbreviation", () => {
  it("gives “Acme Corp. said …” its claim, and keeps a firm's ’s before its suffix (“Rally's Inc.”)", () => {
    let a = run("Business news\nAcme Corp. said profit rose 5% last year.");
    assert.deepEqual(a.claims.map((c) => c.actorId), [actor(a, "Acme Corp.").id]);
    assert.deepEqual(a.findings.filter((f) => f.ruleId === "unsourced-figure"), []);
    a = run("Business news\nRally's Inc. said it adopted a shareholder rights plan. Rally's said more plans would come soon.");
    assert.deepEqual(names(a), ["Rally's Inc."]);
    assert.equal(a.claims.length, 2);
  });

  it("gives the words of a firm named before an apposition to the firm, not to its owner named in the apposition", () => {
    const a = run("Business news\nJim Pattison Industries Ltd., one of a group of companies owned by entrepreneur James Pattison, said it intends to seek control of Innopac.");
    assert.deepEqual(a.claims.map((c) => c.actorId), [actor(a, "Jim Pattison Industries Ltd.").id]);
  });
});

describe("actors: roles in an apposition with no closing comma", () => {
  it("ends the role before the verb, and takes no other person's role and name for one", () => {
    const a = run("Union news\nBuzz Hargrove, the president of Canadian Auto Workers said he had been assured that jobs would stay. The ruling was a blow to Apple Corps, manager Neil Aspinall said in a statement. Thomas Reber, an analyst at commodities broker Aldgate Brokers in London, said prices would fall.");
    assert.deepEqual(actor(a, "Buzz Hargrove").roles, ["the president of Canadian Auto Workers"]);
    assert.deepEqual(actor(a, "Apple Corps").roles, []);
    assert.deepEqual(actor(a, "Thomas Reber").roles, ["an analyst at commodities broker Aldgate Brokers in London"]);
  });
});

describe("actors: a lone name before its organisation is found", () => {
  it("is a mention of the organisation found later (“Qantas will wait … Qantas said”)", () => {
    const a = run("Air news\nThe delay means Qantas will wait longer for its jets. Qantas said it was disappointed.");
    assert.deepEqual(mentionTexts(actor(a, "Qantas")), ["Qantas", "Qantas"]);
  });
});

describe("actors: a company's short form", () => {
  it("takes the first words of an organisation named before for it, not for a person (“Automatic Data”)", () => {
    const a = run("Business news\nAutomatic Data Processing Inc. said profit rose. Automatic Data said it would hire more staff next year. John Smith agreed.");
    assert.deepEqual(names(a), ["Automatic Data Processing Inc.", "John Smith"]);
    assert.deepEqual(mentionTexts(actor(a, "Automatic Data Processing Inc.")), ["Automatic Data Processing Inc.", "Automatic Data"]);
  });
});

describe("actors: organisations' words and openers", () => {
  it("makes organisations of names ending in an industry's or a treaty's word, drops “Because” from a name, and no currency prefix is a name", () => {
    const a = run("Business news\nKirschner Medical said sales rose. The Warsaw Pact dissolved in 1991, and Cingular Wireless expanded. Because Columbia Savings lost money, Columbia Savings said it would sell bonds. Shares of Connaught and C$44.3 million of debentures were tendered.");
    assert.equal(actor(a, "Kirschner Medical").kind, "organization");
    assert.equal(actor(a, "Warsaw Pact").kind, "organization");
    assert.equal(actor(a, "Cingular Wireless").kind, "organization");
    assert.ok(!names(a).some((n) => n.startsWith("Because") || n === "C"), names(a).join("; "));
  });

  it("takes the first words of a company named before for it, also when they look like an organisation's name (“Advanced Medical”)", () => {
    const a = run("Business news\nAdvanced Medical Technologies Inc. sold its unit. Advanced Medical said the sale would close in May.");
    assert.deepEqual(names(a), ["Advanced Medical Technologies Inc."]);
  });
});

describe("actors: a country named alone", () => {
  it("is not the surname or short form of an actor whose name holds it (“Ford Ukraine” … “built in Ukraine”)", () => {
    const a = run("Car news\nFord Ukraine said it would cut jobs. The cars will be built in Ukraine.");
    assert.deepEqual(mentionTexts(actor(a, "Ford Ukraine")), ["Ford Ukraine"]);
  });
});

describe("actors: acronyms of common nouns", () => {
  it("makes no organisation of “a local TV” or “DNA tests”, but keeps a named one (“Kenya TV”)", () => {
    const a = run("Blast news\nThe ambassador was among hundreds injured, a local TV said. DNA showed a likelihood of a match. Kenya TV said the toll rose.");
    assert.deepEqual(names(a), ["Kenya TV"]);
  });
});

describe("actors: a paper named before its noun", () => {
  it("gives “The Maariv newspaper said” to the paper, not to another organisation, while “the company said” is the one named before", () => {
    let a = run("Mideast news\nHezbollah said it would fight. The Maariv newspaper said Sunday that the comments were a signal to Syria.");
    assert.deepEqual(a.claims.map((c) => c.actorId), [actor(a, "Hezbollah").id, actor(a, "Maariv").id]);
    a = run("Beer news\nAnheuser said it would cut prices. The St. Louis company said rivals had been discounting for months.");
    assert.deepEqual(a.claims.map((c) => c.actorId), [actor(a, "Anheuser").id, actor(a, "Anheuser").id]);
  });
});

describe("actors: names of things", () => {
  it("makes no person of “Consumer Reports” or “Cats Protection”; a thing's name that speaks is an organisation", () => {
    const a = run("Phone news\nConsumer Reports said it would not recommend the phone. Donations to Cats Protection fell this year.");
    assert.deepEqual(a.actors.map((x) => `${x.kind}:${x.name}`), ["organization:Consumer Reports"]);
  });
});

describe("actors: speakers of ``…'' quotations", () => {
  it("gives a quotation in wire copy's marks its speaker, and takes no frame inside it for a claim", () => {
    const a = run("Custody news\nLazaro Gonzalez is the boy's great-uncle. ``I won't cooperate in anything, I think they will leave,'' Gonzalez told a Spanish-language television station.");
    assert.deepEqual(a.claims.map((c) => [c.actorId, c.text]), [[actor(a, "Lazaro Gonzalez").id, "I won't cooperate in anything, I think they will leave,"]]);
  });
});

describe("actors: a quotation that ends its own sentence", () => {
  it("takes its speaker from the name and verb opening the next sentence, when nothing of its own sentence comes before it", () => {
    let a = run("Car news\nFord CEO Alan Mulally spoke at the show.\n“How can it go away?” Alan Mulally remembered asking, “It's the best-selling car in America.”");
    assert.deepEqual(a.quotes.map((q) => q.speakerId), [actor(a, "Alan Mulally").id, actor(a, "Alan Mulally").id]);
    // Words before it: the next sentence's speaker is the next quotation's.
    a = run("Plane news\nA group of politicians released a statement saying “We will be asking tough questions about this!” Alabama Governor Bob Riley said “To say this is a great day is an understatement.”");
    assert.deepEqual(a.claims.map((c) => c.text), ["To say this is a great day is an understatement."]);
  });

  it("reads an agreeing judge's words as his (“Mr Justice Anthony Mann agreed … - \"I conclude …\"”)", () => {
    const a = run("Court news\nMr Justice Anthony Mann agreed with the defence that the music is not branded - \"I conclude that the use of the logo does not suggest a connection.\"");
    assert.deepEqual(a.claims.map((c) => c.actorId), [actor(a, "Anthony Mann").id]);
  });
});

describe("actors: a place named after “the port of”", () => {
  it("is no short name of an organisation named after it", () => {
    const a = run("Strike news\nDockworkers at the port of Harwick extended their strike. The Harwick Port Workers’ Union said talks had failed.");
    assert.deepEqual(mentionTexts(actor(a, "Harwick Port Workers’ Union")), ["Harwick Port Workers’ Union"]);
  });
});

describe("actors: the subject a pronoun goes back to, and the one in apposition to what a name owns", () => {
  const speakerOf = (t: string): (string | undefined)[] => run(t).quotes.map((q) => q.speakerText);
  it("passes over an opening phrase ('In a letter to Sen. Mary Jones, …') and an owner ('Sato’s lawyer, Kenji Mori')", () => {
    assert.deepEqual(speakerOf("In a letter to Sen. Mary Jones, Health Secretary Susan Park defended the plan. “We will not back down,” she wrote."), ["Susan Park"]);
    const a = run("Hiroshi Sato bowed to reporters. Sato’s lawyer, Kenji Mori, said the case showed the dangers. “This is the third acquittal,” he said.");
    assert.deepEqual(a.quotes.map((q) => q.speakerText), ["Kenji Mori"]);
    assert.deepEqual(actor(a, "Kenji Mori").claims.map((i) => a.claims[i]!.text), ["the case showed the dangers", "This is the third acquittal,"]);
    assert.deepEqual(actor(a, "Hiroshi Sato").claims, []);
    // With no one else to go back to, the name in the opening phrase still is.
    assert.deepEqual(speakerOf("In a letter to Sen. Mary Jones, the department defended the plan. “We will not back down,” she wrote."), ["Mary Jones"]);
  });
});

describe("actors: an institution named by its noun alone", () => {
  it("is 'ministry', not 'Ministry of ' with nothing after it", () => {
    const a = run("Prices rose 5 percent in March, the ministry said.");
    assert.ok(!names(a).some((n) => /of\s*$/u.test(n)), names(a).join(", "));
    assert.ok(names(run("Prices rose 5 percent in March, the health ministry said.")).includes("Ministry of Health"));
  });
});

describe("actors: countries of two words, and names with a regnal number", () => {
  it("reads 'North Korea’s defense ministry', 'South Korea’s foreign ministry' as the countries' ministries", () => {
    // (With the bundled knowledge base, which knows the countries.)
    const bundled = (t: string): string[] => analyze(t, {}).actors.map((x) => x.name);
    assert.ok(bundled("North Korea’s defense ministry said 40 drones were downed.").includes("North Korea Ministry of Defense"));
    assert.ok(bundled("South Korea’s foreign ministry said talks would resume.").includes("South Korea Ministry of Foreign Affairs"));
    assert.ok(bundled("Ukraine’s defence ministry said 40 drones were downed.").includes("Ukraine Ministry of Defence"));
  });

  it("reads 'Pope Leo XIV', 'King Felipe VI' as people, and 'Leo said' as the pope", () => {
    const a = run("Pope Leo XIV on Monday announced a review. “We need change,” Leo said.");
    assert.deepEqual(a.actors.map((x) => [x.name, x.kind]), [["Pope Leo XIV", "person"]]);
    assert.equal(a.quotes[0]!.speakerId, a.actors[0]!.id);
    assert.deepEqual(run("King Felipe VI opened the session. Felipe said it was an honour.").actors.map((x) => [x.kind, x.mentions.length]), [["person", 2]]);
    // Not a rocket: "Delta IV".
    assert.ok(!run("Boeing said the Delta IV launched on Monday.").actors.some((x) => x.kind === "person"));
  });
});

describe("actors: a role held at a body, then the name of the one who holds it", () => {
  it("gives 'The chief executive of Water UK, David Henshaw, said: “…”' to Henshaw, not Water UK", () => {
    for (const [t, who] of [
      ["The chief executive of Water UK, David Henshaw, said: “We have lost the trust of customers.”", "David Henshaw"],
      ["The head of the Red Cross, Mirjana Spoljaric, said: “We are overwhelmed.”", "Mirjana Spoljaric"],
      ["Britain’s ambassador to the United Nations, Eleanor Whitcombe, told the chamber: “History will record this.”", "Eleanor Whitcombe"],
    ] as const) {
      const a = analyze(t);
      assert.equal(a.quotes[0]!.speakerId, actor(a, who).id, t);
    }
  });
});

describe("actors: names with particles, with no title before them", () => {
  it("reads 'Elena de la Fuente said', 'Pieter van der Merwe said', 'Anwar bin Ibrahim said' as people who speak", () => {
    for (const [t, who] of [
      ["Elena de la Fuente said: “We are ready.”", "Elena de la Fuente"],
      ["Pieter van der Merwe said: “We are ready.”", "Pieter van der Merwe"],
      ["Anwar bin Ibrahim said: “We are ready.”", "Anwar bin Ibrahim"],
    ] as const) {
      const a = analyze(t);
      assert.deepEqual([a.quotes[0]!.speakerText, a.quotes[0]!.speakerId], [who, actor(a, who).id], t);
      assert.equal(actor(a, who).kind, "person");
    }
    // After a courtesy title, the particles stay with the surname: "Ms de la Fuente" … "she asked".
    const b = analyze("Questioned by prosecutor Elena de la Fuente, the driver said the sensor failed. Asked by Ms de la Fuente what happened next, he paused. The prosecutor then showed a photograph. “Is that the display?” she asked.");
    assert.equal(b.quotes[0]!.speakerId, actor(b, "Elena de la Fuente").id);
    // A firm's "de" is still a firm's.
    assert.equal(actor(analyze("Banque de France said rates would rise."), "Banque de France").kind, "organization");
  });
});

describe("actors: a role noun for a title written short", () => {
  it("gives 'the senator said' to 'Sen. Patricia Holloway', 'the judge said' to 'Justice Pieter Merwe'", () => {
    const a = analyze("Sen. Patricia Holloway will vote no. “This deal funds the status quo,” the senator said.");
    assert.equal(a.quotes[0]!.speakerId, actor(a, "Patricia Holloway").id);
    const b = analyze("Justice Pieter Merwe intervened. “The jury needs to hear,” the judge said.");
    assert.equal(b.quotes[0]!.speakerId, actor(b, "Pieter Merwe").id);
  });
});

describe("actors: a quotation a verb of rejecting calls something", () => {
  it("gives 'rejected the draft as “an insult …”' to the one who rejected it, and reads no frame without a quotation", () => {
    const a = analyze("Harith Mohamed rejected the draft as “an insult to the sovereignty of the state”.");
    assert.equal(a.quotes[0]!.speakerId, actor(a, "Harith Mohamed").id);
    assert.deepEqual(analyze("The board rejected a proposed package on May 14.").claims, []);
  });
});

describe("actors: a participle's subject with an adverb before its verb", () => {
  it("gives '…, saying the ball had “…”' after 'She also criticised the referee' to her", () => {
    const a = analyze("Amélie Durand was frustrated. She also criticised the referee, saying the ball had “clearly come off their player”.");
    assert.equal(a.quotes[0]!.speakerId, actor(a, "Amélie Durand").id);
    // Not a thing's participle: "It also has a new screen, dubbed a “retina display,” …".
    assert.deepEqual(analyze("Apple unveiled the phone. It also has a new screen, dubbed a “retina display,” which shows 326 pixels per inch.").quotes.map((q) => q.speakerId), [undefined]);
  });
});

describe("actors: a profession before a name at a sentence's start", () => {
  it("reads 'Meteorologist Kenji Watanabe said' as Kenji Watanabe", () => {
    const a = analyze("Meteorologist Kenji Watanabe said: “Any additional ice on trees will bring them down.”");
    assert.deepEqual(a.actors.map((x) => x.name), ["Kenji Watanabe"]);
    assert.equal(a.quotes[0]!.speakerText, "Kenji Watanabe");
  });
});

describe("actors: a title inside a name the knowledge base knows", () => {
  it("gives 'the monarch said', 'the King said' after 'King Charles' to Charles III", () => {
    for (const role of ["monarch", "King"]) {
      const a = analyze(`King Charles walked along the street. “You have been brave,” the ${role} said.`, { referenceDate: "2026-03-01" });
      assert.equal(a.quotes[0]!.speakerId, actor(a, "Charles III").id, role);
    }
  });
});

describe("actors: an epithet with a place before it", () => {
  it("gives 'the Colorado Democrat said' to the senator named before", () => {
    const a = analyze("Sen. Patricia Holloway will vote no. “I was sent here to fix things,” the Colorado Democrat said.");
    assert.equal(a.quotes[0]!.speakerId, actor(a, "Patricia Holloway").id);
  });
});

describe("actors: the last words of a name named before", () => {
  it("reads 'Ní Bhriain asked', 'de Souza Lima said', 'Bin Laden' as the person named in full, not a name that opens with a given name", () => {
    const a = analyze("Siobhan Ní Bhriain questioned the witness. “You never once raised it?” Ní Bhriain asked.");
    assert.deepEqual(a.actors.map((x) => x.name), ["Siobhan Ní Bhriain"]);
    assert.equal(a.quotes[0]!.speakerId, a.actors[0]!.id);
    const b = analyze("Maria de Souza Lima opened the panel. “We are ready,” de Souza Lima said.");
    assert.deepEqual(b.actors.map((x) => x.name), ["Maria de Souza Lima"]);
    assert.deepEqual(analyze("Osama Bin Laden was indicted. Bin Laden said nothing.").actors.map((x) => x.name), ["Osama Bin Laden"]);
  });
});

describe("actors: a surname that is a title's word", () => {
  it("gives 'Local Green councillor Julian Dean said “…”' to Julian Dean, not 'Local Green'", () => {
    const a = analyze("Local Green councillor Julian Dean said the visit was “a welcome gesture”.");
    assert.equal(a.quotes[0]!.speakerId, actor(a, "Julian Dean").id);
  });
});
