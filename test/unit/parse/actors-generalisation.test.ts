import { strict as assert } from "node:assert";
import { analyze, type Analysis } from "../../../src/core/analyze";
import { KnowledgeBase } from "../../../src/core/knowledge";
import type { Actor } from "../../../src/core/model/actor";

/** Our own small knowledge base: an organisation known by an acronym the article may define otherwise. */
const kb = KnowledgeBase.fromFiles([
  {
    entries: [
      { type: "organization", name: "Global Press Watch", acronyms: ["GPW"], kind: "ngo" },
      { type: "organization", name: "Andean Union", acronyms: ["AU"], kind: "intergovernmental" },
      { type: "country", name: "Canada", demonyms: ["Canadian"], variants: ["CA"] },
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

describe("actors: judicial and peerage titles", () => {
  it("keeps a judge's title with a surname as the name, and resolves the surname to it", () => {
    const a = run(
      "Mr Justice Harrowby said the tenancy had ended lawfully. Later, Harrowby said the deposit must be repaid.",
    );
    const j = actor(a, "Mr Justice Harrowby");
    assert.equal(j.kind, "person");
    assert.ok(j.mentions.length >= 2, JSON.stringify(j.mentions));
    assert.ok(!names(a).includes("Harrowby"));
  });

  it("gives the quotes of a judge to the full title and name", () => {
    const a = run("Lord Justice Fenwick, reading the ruling, said the fine was “proportionate and lawful in every respect”.");
    const q = a.quotes.find((x) => x.depth === 0);
    assert.ok(q && q.speakerId !== undefined);
    assert.equal(a.actors.find((x) => x.id === q.speakerId)?.name, "Lord Justice Fenwick");
  });
});

describe("actors: post-nominals", () => {
  it("reads KC, QC and MP after a name as a person's role", () => {
    const a = run("The appeal was argued by Helena Marchetti KC, who said the sentence was too long. Tom Bradwell MP said he agreed.");
    const h = actor(a, "Helena Marchetti");
    assert.equal(h.kind, "person");
    assert.ok(h.roles.includes("KC"), JSON.stringify(h.roles));
    assert.equal(actor(a, "Tom Bradwell").kind, "person");
  });
});

describe("actors: acronyms", () => {
  it("lets an acronym defined in the article override the knowledge base", () => {
    const a = run("The Grain Producers Association (GPW) said prices would rise. GPW later said exports would fall.");
    assert.ok(!names(a).includes("Global Press Watch"), JSON.stringify(names(a)));
    const g = actor(a, "Grain Producers Association");
    assert.ok(g.mentions.filter((m) => m.text === "GPW").length >= 2, JSON.stringify(g.mentions));
  });

  it("does not read a currency prefix as an acronym", () => {
    const a = run("The council said the bridge would cost AU$12 million. The builder said it had asked for CA$9 million.");
    assert.ok(!names(a).includes("Andean Union"), JSON.stringify(names(a)));
    assert.ok(!names(a).includes("Canada"), JSON.stringify(names(a)));
  });
});

describe("actors: organisation names with “and”", () => {
  it("keeps “and” inside a name that ends in an organisation head noun", () => {
    const a = run("The Water and Sanitation Regulatory Authority said tariffs would rise in July.");
    actor(a, "Water and Sanitation Regulatory Authority");
    const b = run("The National Rail and Freight Commission said it would review the contract.");
    actor(b, "National Rail and Freight Commission");
  });

  it("still splits two complete names joined by “and”", () => {
    const a = run("Halvorsen Holdings and Brightwater Bank said they would merge next year.");
    actor(a, "Halvorsen Holdings");
    actor(a, "Brightwater Bank");
  });
});

describe("actors: organisations with an apposition", () => {
  it("reads a name ending in a sector word as an organisation, even with a role after it", () => {
    const a = run("Fjellmark Shipping, the Danish tanker owner, said profits had doubled.");
    assert.equal(actor(a, "Fjellmark Shipping").kind, "organization");
  });
});

describe("actors: long and adversarial input", () => {
  it("finds no actor in a run of capitals longer than any name, and stays whole on quote marks and spaces", () => {
    const caps = Array.from({ length: 300 }, (_, i) => String.fromCharCode(65 + (i % 26)) + "x").join(" ");
    const text = `${caps}. ${"“".repeat(2000)} ${" ".repeat(5000)}he said. “Never closed, Ann Lee said ${"1234567890".repeat(200)}`;
    const a = run(text);
    assert.ok(a.actors.every((x) => x.name.split(/\s+/u).length <= 24), JSON.stringify(names(a)));
    assert.ok(!names(a).some((n) => n.startsWith("Ax Bx")), JSON.stringify(names(a)));
  });

  it("gives the same actors and claims to a repeated article as to each copy", () => {
    const one = "Maria Costa, the bank's chief economist, said inflation would fall. “We expect a slow year,” Costa said. She added that rates would hold.\n\n";
    const a1 = run(one);
    const a3 = run(one.repeat(3));
    assert.deepEqual(names(a3), names(a1));
    assert.equal(a3.claims.length, a1.claims.length * 3);
  });
});

describe("actors: a country's institutions", () => {
  it("finds a country's ministry and army named by common nouns after a possessive", () => {
    const k = KnowledgeBase.fromFiles([{ entries: [
      { type: "country", name: "Freedonia", demonyms: ["Freedonian"] },
      { type: "country", name: "Sylvania", demonyms: ["Sylvanian"] },
    ] }]);
    const a = analyze(
      "Freedonia’s transport ministry has banned night flights. The ministry said the ban would last a month. " +
        "Sylvania’s army and the rebels met on Tuesday. The army said it would hold its positions.",
      { knowledge: k },
    );
    const m = a.actors.find((x) => x.name === "Freedonia Ministry of Transport");
    assert.ok(m, JSON.stringify(a.actors.map((x) => x.name)));
    assert.equal(m.mentions.length, 2, JSON.stringify(m.mentions));
    const army = a.actors.find((x) => x.name === "Sylvania’s army");
    assert.ok(army, JSON.stringify(a.actors.map((x) => x.name)));
    assert.equal(army.mentions.length, 2, JSON.stringify(army.mentions));
  });
});

describe("actors: organisations named by an apposition or by their initials", () => {
  it("reads a single name with an organisation apposition as an organisation", () => {
    const a = run("Brightline, the commuters’ union, said in a statement that fares were too high.");
    assert.equal(actor(a, "Brightline").kind, "organization");
  });

  it("reads an acronym spelling an organisation the article names as that organisation, not the knowledge base's", () => {
    const a = run("Talks between the army and the Guardians of Peace Watch broke down. GPW fighters later withdrew, and GPW said it wanted a truce.");
    assert.ok(!names(a).includes("Global Press Watch"), JSON.stringify(names(a)));
  });

  it("keeps a surname used with a possessive as the person, not an organisation", () => {
    const a = run("The court fined Gareth Holloway last year. Holloway’s lawyer said the fine was unfair. Holloway said he would appeal.");
    const p = actor(a, "Gareth Holloway");
    assert.ok(p.mentions.length >= 3, JSON.stringify(p.mentions));
    assert.ok(!a.actors.some((x) => x.name === "Holloway"), JSON.stringify(names(a)));
  });
});

describe("actors: teams and companies named like people", () => {
  it("reads a name before an organisation's role and a person as an organisation, and gives the quote to the person", () => {
    const a = run(
      "Harbour City Rovers lost to Eastfield Athletic on Sunday. Rovers head coach Mark Ellison said the result was fair. " +
        "“We were second best all afternoon,” Rovers captain Tom Brady told reporters.",
    );
    const q = a.quotes.find((x) => x.depth === 0);
    assert.ok(q && q.speakerId !== undefined);
    assert.equal(a.actors.find((x) => x.id === q.speakerId)?.kind, "person");
  });

  it("makes a one-word team after a verb of sport an organisation", () => {
    const a = run("Kilbride will face the Falcons in the final on Saturday, the league said.");
    assert.equal(actor(a, "Falcons").kind, "organization");
  });

  it("does not take two words whose first is used alone again and again for a person", () => {
    const a = run(
      "The trophy went to Dunmore Wanderers after a late goal. Dunmore, the champions, had trailed at half-time. " +
        "Dunmore coach Ray Fenn said the players never gave up.",
    );
    assert.equal(actor(a, "Dunmore Wanderers").kind, "organization");
    assert.equal(actor(a, "Ray Fenn").kind, "person");
  });

  it("keeps a person whose given name is used alone again and again a person", () => {
    const a = run(
      "Kenneth Pryce has taught in Ashville for 40 years. Kenneth said the school had changed. “It was a shock,” Kenneth said.",
    );
    assert.equal(actor(a, "Kenneth Pryce").kind, "person");
    // A given name that is also a city's is no sign of a person: the team named by it.
    const b = run("The title went to Orlando Magic after a late basket. Orlando, the champions, had trailed. Orlando coach Ray Fenn said so.");
    assert.equal(actor(b, "Orlando Magic").kind, "organization");
  });
});

describe("actors: names that are not one actor", () => {
  it("splits two companies joined by “and” after a corporate suffix, or when they begin alike", () => {
    const a = run("Halden Trust of Oslo Corp. and Brightwater Bank said they would merge. Vantage and Vantage Records said they would sue.");
    assert.ok(!names(a).some((n) => n.includes(" and ")), JSON.stringify(names(a)));
  });

  it("keeps a maker's name apart from a model code after it", () => {
    const a = run("Skyward said on Monday it would deliver ten Skyward K220 Freighter jets next year. Skyward said the order was its largest.");
    assert.ok(names(a).includes("Skyward"), JSON.stringify(names(a)));
    assert.ok(!names(a).some((n) => n.includes("K220")), JSON.stringify(names(a)));
  });

  it("drops an opening participle before a known name", () => {
    const k = KnowledgeBase.fromFiles([{ entries: [{ type: "country", name: "Freedonia", demonyms: ["Freedonian"] }] }]);
    const a = analyze("Neighbouring Freedonia reported 40 new cases last week.", { knowledge: k });
    assert.ok(!a.actors.some((x) => x.name.startsWith("Neighbouring")), JSON.stringify(a.actors.map((x) => x.name)));
  });

  it("does not read a brand written with leading capitals as a person", () => {
    const a = run("The deal was arranged by KLMarsh Partners and QRTech said it would hire 200 staff.");
    assert.ok(!a.actors.some((x) => x.name === "QRTech" && x.kind === "person"), JSON.stringify(a.actors));
  });
});

describe("actors: honorifics at the start of a sentence", () => {
  it("reads “Mr X” opening a sentence as a person, not an organisation", () => {
    const a = run("The board met on Monday. Mr Kettering said the plan was sound. Mr Kettering added that costs would fall.");
    const k = actor(a, "Kettering");
    assert.equal(k.kind, "person");
  });
});

describe("actors: a group of people opening a sentence", () => {
  it("names the organisation after “Members of the”, not the group", () => {
    const a = run("Members of the GMB union voted for action. The union said 300 staff would walk out.");
    assert.deepEqual(names(a), ["GMB"]);
    assert.equal(a.claims[0]?.actorId, actor(a, "GMB").id);
    // A name made so stays whole.
    assert.deepEqual(names(run("Friends of the Earth said the plan was weak.")), ["Friends of the Earth"]);
  });

  it("analyses a sentence whose capitalised words end in “Members of” (it threw)", () => {
    const a = run("Bin collectors in Sheffield will strike next week. Members of the GMB union voted 9 to 1 for action, the union said.");
    assert.deepEqual(a.findings.map((f) => f.ruleId), [], "the vote's figures are the union's");
    assert.equal(a.claims[0]?.actorId, actor(a, "GMB").id);
  });
});

describe("actors: kinds of firm, letters and adjectives around names", () => {
  it("leaves a firm's kind opening the sentence out of its name, and makes the name an organisation", () => {
    const a = run("Chipmaker Nvidia said sales rose. Rival Northpoint Launch said it would fly on Friday.");
    assert.deepEqual(a.actors.map((x) => [x.name, x.kind]), [["Nvidia", "organization"], ["Northpoint Launch", "organization"]]);
    // Names that begin with such a word of another kind stay whole.
    assert.deepEqual(names(run("Union Pacific said freight fell.")), ["Union Pacific"]);
  });

  it("names no one by a noun and a letter ('Band D', 'Plan B'), but a given name and a letter ('Malcolm X') someone", () => {
    assert.deepEqual(names(run("Band D households will pay £2,184 a year. Plan B was dropped.")), []);
    assert.deepEqual(names(run("Malcolm X spoke in Harlem in 1964.")), ["Malcolm X"]);
  });

  it("reads a name in apposition to a kind of firm as a firm, a street's name or not, and 'Tate Modern' as no person", () => {
    assert.deepEqual(run("Now her company, Hive Street, supplies honey to 25 restaurants.").actors.map((x) => [x.name, x.kind]), [["Hive Street", "organization"]]);
    assert.ok(!run("The hives are on the roof of Tate Modern, the gallery said.").actors.some((x) => x.kind === "person"));
  });
});

describe("quotes: a headline's quotation said again in the body", () => {
  it("gives it the body's speaker, in a heading or a headline ending in its quotation", () => {
    for (const head of ["“We will not back down on bus lanes”: Ashville mayor digs in", "Bus lanes: “We will not back down”"]) {
      const a = run(`${head}\n\nThe mayor of Ashville, Jane Holt, said on Monday the bus lanes would stay. “We will not back down on bus lanes,” she said.\n`);
      assert.deepEqual(a.quotes.map((q) => q.speakerId), ["jane-holt", "jane-holt"], head);
      assert.deepEqual(a.findings.filter((f) => f.ruleId === "unattributed-quote"), [], head);
    }
    // Not said again: still no speaker.
    const b = run("“We will never sell”: a town divided\n\nThe mayor of Ashville, Jane Holt, said on Monday the bus lanes would stay.\n");
    assert.equal(b.quotes[0]?.speakerId, undefined);
  });
});

describe("claims: joint speakers", () => {
  it("gives a claim of 'X and Y said' to both", () => {
    const a = run("Jane Holt and Tom Reid said the plan was sound. “We are united,” Ann Lee and Bob Stone said.");
    const by = (n: string): string[] => a.claims.filter((c) => c.actorId === actor(a, n).id).map((c) => c.text);
    assert.deepEqual(by("Tom Reid"), ["the plan was sound"]);
    assert.deepEqual(by("Jane Holt"), ["the plan was sound"]);
    assert.deepEqual(by("Bob Stone"), ["We are united,"]);
    const b = run("Globex Inc and Initech Ltd said they would merge.");
    assert.deepEqual(b.claims.map((x) => x.actorId).sort(), ["globex-inc", "initech-ltd"]);
    // A person and the organisation in apposition to them are no joint speakers.
    const c = run("Martin Fabi, Innopac's president and chief executive, said Innopac viewed it as positive.");
    assert.deepEqual(c.claims.map((x) => x.actorId), [actor(c, "Martin Fabi").id]);
  });
});

describe("actors: a trade before a person's name", () => {
  it("reads the place after 'Residents of' as no person", () => {
    assert.ok(!run("Residents of Ano Kastritsi said they had received alerts late.").actors.some((x) => x.kind === "person"));
  });

  it("reads 'property developer Simon Ashby' as a person and 'Developer Berkeley Homes' as a firm", () => {
    const a = run("Property developer Simon Ashby was jailed. Developer Berkeley Homes said it would appeal.");
    assert.deepEqual(a.actors.map((x) => [x.name, x.kind]).sort(), [["Berkeley Homes", "organization"], ["Simon Ashby", "person"]]);
  });
});

describe("actors: a description right before an organisation's name", () => {
  it("makes no organisation of 'the U.N. refugee agency' before 'UNHCR', nor of 'France's investigative agency' before 'BEA'", () => {
    const a = run("The U.N. refugee agency UNHCR said 2,000 people had fled. France's investigative agency BEA has requested help.");
    assert.ok(!names(a).some((n) => /agency/i.test(n)), JSON.stringify(names(a)));
    assert.ok(names(a).includes("UNHCR") && names(a).includes("BEA"), JSON.stringify(names(a)));
    assert.equal(a.claims[0]?.actorId, actor(a, "UNHCR").id, "the named organisation speaks, not the one the description names");
    // A client after "for" is no description: the poll's maker speaks.
    const b = run("A poll by Hartwell Research for the Sunday Chronicle found that 58 percent of voters backed the plan.");
    assert.equal(b.claims[0]?.actorId, actor(b, "Hartwell Research").id);
  });
});
