/** Word lists for attribution: reporting verbs, source nouns, titles, organisation words. */

export type VerbForm = "base" | "s" | "past" | "pp" | "ing";

export interface VerbEntry {
  readonly lemma: string;
  /** Every form this spelling can be ("said" is past and past participle). */
  readonly forms: readonly VerbForm[];
}

/** Verbs that only ever introduce what someone said, also after it: "“The first 787,” enthused Scott Fancher". */
export const INTRODUCING_VERBS: readonly string[] = "enthuse exclaim retort lament muse gush recount proclaim interject concur sigh scoff marvel".split(" ");

/**
 * Reporting verbs. `evidence` verbs (show, find …) take documents and data as subjects;
 * the others need a speaker. Forms are generated; irregular ones are listed.
 */
const SPEECH = (
  "say tell state add note reveal confirm announce report estimate expect forecast project predict warn claim " +
  "argue indicate cite insist explain acknowledge admit assert allege maintain write tweet testify declare disclose " +
  "stress emphasise emphasize highlight underline remark mention reiterate repeat outline contend concede observe " +
  "comment respond reply complain boast believe think suggest conclude calculate reckon express describe put " +
  "show find deny recall caution predict argue estimate value peg tally count record " +
  "ask joke quip shout urge plead vow pledge promise continue acknowledge post brief " +
  "call dismiss hail brand label dub term praise slam blast criticise criticize condemn fear anticipate speak hear " +
  "counter accuse inform reject"
)
  .split(" ")
  .concat(INTRODUCING_VERBS);

const IRREGULAR: Readonly<Record<string, Partial<Record<VerbForm, string[]>>>> = {
  say: { s: ["says"], past: ["said"], pp: ["said"], ing: ["saying"] },
  tell: { past: ["told"], pp: ["told"] },
  write: { past: ["wrote"], pp: ["written"], ing: ["writing"] },
  find: { past: ["found"], pp: ["found"] },
  show: { pp: ["shown", "showed"] },
  put: { past: ["put"], pp: ["put"], ing: ["putting"] },
  think: { past: ["thought"], pp: ["thought"] },
  forecast: { past: ["forecast", "forecasted"], pp: ["forecast", "forecasted"] },
  admit: { past: ["admitted"], pp: ["admitted"], ing: ["admitting"] },
  testify: { s: ["testifies"], past: ["testified"], pp: ["testified"] },
  reply: { s: ["replies"], past: ["replied"], pp: ["replied"] },
  deny: { s: ["denies"], past: ["denied"], pp: ["denied"] },
  tally: { s: ["tallies"], past: ["tallied"], pp: ["tallied"] },
  peg: { past: ["pegged"], pp: ["pegged"], ing: ["pegging"] },
  quip: { past: ["quipped"], pp: ["quipped"], ing: ["quipping"] },
  label: { past: ["labelled", "labeled"], pp: ["labelled", "labeled"], ing: ["labelling", "labeling"] },
  dub: { past: ["dubbed"], pp: ["dubbed"], ing: ["dubbing"] },
  slam: { past: ["slammed"], pp: ["slammed"], ing: ["slamming"] },
  underline: {},
  // ("speaking" is left out: "speaking on condition of anonymity", "Speaking to reporters, X said" name no speaker by themselves.)
  speak: { past: ["spoke"], pp: ["spoken"], ing: [] },
  // (Only a court's or an inquiry's hearing reports: see attribution.ts.)
  hear: { past: ["heard"], pp: ["heard"], ing: [] },
};

/** Verbs that attribute only with an agent: "figures published by the ONS", "a poll conducted by Ipsos". */
export const BY_ONLY_VERBS = new Set(
  "published released compiled provided collected gathered issued commissioned conducted prepared produced carried calculated supplied obtained seen reviewed".split(" "),
);

/** Verbs whose subject may be a document or data set ("data showed", "a study found"). */
export const EVIDENCE_VERBS = new Set(["show", "find", "suggest", "indicate", "conclude", "estimate", "put", "reveal", "confirm", "predict", "forecast", "project", "record", "count", "tally", "calculate", "value", "peg", "state", "say", "note", "report", "cite", "describe", "warn", "highlight", "outline", "expect"]);


/** Verbs that report speech only with a quotation close after them: "called the plan “a disaster”". */
export const QUOTE_ONLY_VERBS = new Set(["accuse", "call", "dismiss", "reject", "hail", "brand", "label", "dub", "term", "praise", "slam", "blast", "criticise", "criticize", "condemn"]);

/** Verbs that need a preposition later in the clause: "put the cost at", "valued it at", "described it as". */
export const NEEDS_PARTICLE: Readonly<Record<string, RegExp>> = {
  put: /^(?:at|the\s+figure|the\s+number|the\s+cost|the\s+toll)$/u,
  value: /^at$/u,
  peg: /^at$/u,
};

function regular(lemma: string): Record<VerbForm, string[]> {
  const s = /(?:s|sh|ch|x|z|o)$/u.test(lemma) ? lemma + "es" : /[^aeiou]y$/u.test(lemma) ? lemma.slice(0, -1) + "ies" : lemma + "s";
  const ed = lemma.endsWith("e") ? lemma + "d" : /[^aeiou]y$/u.test(lemma) ? lemma.slice(0, -1) + "ied" : lemma + "ed";
  const ing = lemma.endsWith("e") && !lemma.endsWith("ee") ? lemma.slice(0, -1) + "ing" : lemma + "ing";
  return { base: [lemma], s: [s], past: [ed], pp: [ed], ing: [ing] };
}

function buildVerbs(): Map<string, VerbEntry> {
  const map = new Map<string, { lemma: string; forms: Set<VerbForm> }>();
  for (const lemma of new Set(SPEECH)) {
    const forms = { ...regular(lemma), ...(IRREGULAR[lemma] ?? {}) } as Record<VerbForm, string[]>;
    for (const f of Object.keys(forms) as VerbForm[]) {
      for (const spelling of forms[f]) {
        const e = map.get(spelling) ?? { lemma, forms: new Set<VerbForm>() };
        e.forms.add(f);
        map.set(spelling, e);
      }
    }
  }
  const out = new Map<string, VerbEntry>();
  for (const [k, v] of map) out.set(k, { lemma: v.lemma, forms: [...v.forms] });
  return out;
}

/** Every inflected spelling of a reporting verb → its lemma and forms. */
export const REPORTING_VERBS: ReadonlyMap<string, VerbEntry> = buildVerbs();

/** Forms of "be" (passive detection) and other auxiliaries and adverbs that sit between subject and verb. */
export const BE_FORMS = new Set(["is", "are", "was", "were", "be", "been", "being", "'s", "’s"]);
export const AUX_ADVERBS = new Set(
  (
    "has have had having will would could can may might must shall should did does do not n't never also " +
    "previously earlier later separately repeatedly once again recently then now already publicly privately " +
    "further initially originally first last today yesterday still long often always frequently typically " +
    "consistently openly since just even reportedly subsequently meanwhile however too therefore " +
    "is are was were be been being"
  ).split(" "),
);

export const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i", "it", "you"]);
export const PERSON_PRONOUNS = new Set(["he", "she"]);
export const RELATIVE_PRONOUNS = new Set(["who", "which"]);

/** Heads of noun phrases for people, by role or by function ("official", "farmer", "chair"). */
const PEOPLE_NOUN_LIST = (
  // people by role
  "official officials spokesperson spokespeople spokesman spokesmen spokeswoman spokeswomen representative representatives " +
  "minister ministers secretary president chairman chairwoman chair chairperson director directors chief chiefs head heads " +
  "executive executives manager managers leader leaders mayor governor senator councillor councilor councillors lawmaker lawmakers " +
  "prosecutor prosecutors prosecution lawyer lawyers attorney attorneys judge judges magistrate jury defence defense counsel " +
  "analyst analysts economist economists expert experts researcher researchers scientist scientists academic academics " +
  "meteorologist meteorologists forecaster forecasters climatologist climatologists epidemiologist epidemiologists virologist virologists " +
  "seismologist seismologists volcanologist volcanologists geologist geologists sociologist sociologists " +
  "criminologist criminologists demographer demographers architect architects curator curators " +
  "professor professors doctor doctors physician surgeon nurse nurses teacher teachers engineer engineers source sources " +
  "observer observers critic critics campaigner campaigners activist activists organiser organisers organizer organizers " +
  "resident residents witness witnesses officer officers police detective inspector commissioner regulator regulators " +
  "investor investors trader traders banker bankers broker brokers farmer farmers worker workers owner owners founder " +
  "developer developers operator operators producer producers exporter exporters importer importers planner planners " +
  "diplomat diplomats envoy negotiator negotiators ambassador aide aides adviser advisers advisor advisors consultant " +
  "consultants auditor auditors statistician statisticians historian historians author authors colleague colleagues " +
  "member members coach captain player players fan fans supporter supporters voter voters parent parents patient patients " +
  "victim victims survivor survivors person people man woman men women mother father son daughter family neighbour neighbours " +
  "candidate candidates politician politicians agronomist agronomists palaeontologist palaeontologists paleontologist " +
  "team organisers cardinal bishop pope king queen prince princess general commander commanders spokesperson " +
  "opponent opponents proponent proponents backer backers advocate advocates sceptic sceptics skeptic skeptics " +
  "protester protesters protestor protestors demonstrator demonstrators striker strikers unionist unionists " +
  "villager villagers locals neighbor neighbors commentator commentators pollster pollsters insider insiders " +
  "shopper shoppers commuter commuters customer customers consumer consumers passenger passengers motorist motorists " +
  "student students employee employees staffer staffers volunteer volunteers shareholder shareholders donor donors " +
  "legislator legislators senators councilman councilwoman councilmember councilmembers commissioners trustee trustees " +
  "journalist journalists reporter reporters editor editors soldier soldiers firefighter firefighters paramedic paramedics " +
  "rescuer rescuers medic medics lobbyist lobbyists ally allies rival rivals " +
  "insurers surveyor surveyors retailer retailers forecaster forecasters landlord landlords valuer valuers assessor assessors " +
  "actuary actuaries inspectors economists strategists strategist manufacturers manufacturer carmakers carmaker airlines " +
  "husband wife brother sister uncle aunt cousin grandmother grandfather widow widower partner fiancee fiance " +
  "user users commenter commenters viewer viewers reader readers listener listeners follower followers subscriber subscribers " +
  // people by function: leads, heads and officers of a body
  "lead boss bosses officer chair convenor convener coordinator coordinators principal principals " +
  "deputy deputies head-teacher headteacher dean president presidents vice-president ceo cfo coo cto"
).split(" ");

/** Heads of noun phrases that can be a source: people by role, organisations, documents, data. */
const SOURCE_NOUN_LIST = PEOPLE_NOUN_LIST.concat((
  // groups of people acting as one: research groups, consortia, teams, panels
  "collaboration collaborations consortium consortia teams panel panels taskforce task-force delegation delegations " +
  "crew staff squad workforce faculty secretariat partnership partnerships caucus bloc blocs syndicate " +
  "collective cooperative co-operative think-tank thinktank " +
  // ("The auction house had estimated the work at $35 million", "the fashion house said".)
  "house " +
  // organisations
  "ministry ministries department government governments council councils committee committees commission agency agencies " +
  "office bureau authority authorities bank banks company companies firm firms group groups organisation organization " +
  "association union unions federation institute institution institutions university universities centre center trust " +
  "party parties court courts tribunal board regulator service services administration cabinet parliament congress " +
  "senate assembly military army navy police force forces ngo charity charities operator utility insurer lender lenders " +
  "club clubs league airline airlines brokerage consultancy fund hospital hospitals school schools campaign coalition alliance " +
  "kremlin whitehouse pentagon presidency state secretariat mission observatory laboratory lab network " +
  // documents and data
  "report reports study studies survey surveys poll polls data figures statistics stats census estimate estimates " +
  "forecast forecasts projection projections analysis analyses review reviews audit audits paper papers research " +
  "records accounts results result filing filings statement statements note notes letter letters document documents " +
  "assessment assessments index model models numbers count tally budget inquiry investigation minutes release " +
  "registry register database dataset indicator indicators footage video videos images photos pictures imagery " +
  "transcript transcripts emails logs receipts invoices ledger ledgers filing tallies returns carrier manufacturer retailer " +
  "insurer lender producer supplier provider watchdog prosecutors investigators inspectors " +
  "newspaper broadcaster outlet magazine channel station website agency opposition embassy consulate municipality " +
  "media television tv radio press ngos mp mps mep meps " +
  "city county rebels militants insurgents memo memorandum draft proposal bill contract agreement treaty indictment " +
  "lawsuit complaint ruling verdict judgment filing prospectus " +
  "museum museums gallery galleries library zoo theatre theater orchestra festival foundation academy college society " +
  "church diocese airport notice notices announcement guidance bulletin advisory circular judgement decision affidavit petition"
).split(" "));

export const SOURCE_NOUNS = new Set(SOURCE_NOUN_LIST);
/** The SOURCE_NOUNS for people. */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set(PEOPLE_NOUN_LIST);

/**
 * An unnamed person told by where they live or work, "A farmer in the Lötschental", "one resident
 * of Leeds": the words that open it and the nouns of such people (no source named).
 */
export const UNNAMED_PERSON_OPENERS: readonly string[] = ["a", "an", "one", "another"];
export const UNNAMED_PERSON_HEADS: readonly string[] = (
  "farmer resident woman man villager shopkeeper fisherman worker teacher nurse doctor mother father driver trader " +
  "student pensioner local survivor witness voter tourist commuter parent guide herder miner priest vendor " +
  "rescuer firefighter paramedic medic volunteer staffer supporter protester demonstrator activist spectator onlooker bystander"
).split(" ");

/** An unnamed person, then where they live or work: "A farmer in the Lötschental", "one resident of Leeds". */
export const UNNAMED_PERSON = `(?:${UNNAMED_PERSON_OPENERS.join("|")})\\s+(?:[\\p{Ll}-]+\\s+)?(?:${UNNAMED_PERSON_HEADS.join("|")})\\s+(?:in|from|near|outside|at|of)\\s`;
/**
 * The same before a place's name: "A farmer in (the) ", "a rescuer in the town of ", "one campaign
 * worker at " (before "Tarcísio's headquarters").
 */
export const UNNAMED_PERSON_BEFORE = new RegExp(`\\b${UNNAMED_PERSON}(?:the\\s+)?(?:(?:town|city|village|region|province|district|county|suburb|port|state)\\s+of\\s+)?$`, "iu");

/** Nouns a report calls a person it has just named by: players, performers, ages, members. */
export const EPITHET_NOUNS: ReadonlySet<string> = new Set(
  "defender midfielder striker forward winger goalkeeper keeper captain skipper veteran youngster teenager player star actor actress singer rider driver champion mp member democrat republican international native".split(" "),
);

/** Heads that are documents or data (sourceKind "document"). */
export const DOCUMENT_NOUNS = new Set(
  (
    "report reports study studies survey surveys poll polls data figures statistics stats census estimate estimates " +
    "forecast forecasts projection projections analysis analyses review reviews audit audits paper papers research " +
    "records accounts results result filing filings statement statements note notes letter letters document documents " +
    "assessment assessments index model models numbers count tally budget inquiry investigation minutes release " +
    "registry register database dataset indicator indicators footage video videos images photos pictures imagery " +
    "transcript transcripts emails logs receipts invoices ledger ledgers tallies returns memo memorandum draft " +
    "proposal bill contract agreement treaty indictment lawsuit complaint ruling verdict judgment prospectus " +
    "website site webpage page"
  ).split(" "),
);

/** Suffixes of role nouns not listed above ("agronomist", "campaigner"). */
export const ROLE_SUFFIX = /^(?!(?:water|number|border|order|power|tower|summer|winter|other|under|center|centre|percent|event|moment|after|ever|never|however|rather|either|neither|whether|matter|quarter|dollar|paper|letter|parent|content|extent|present|recent|current|agent|accent|consent|cancer|corner|member|chapter|theater|theatre|career|danger|fever|finger|dinner|silver|river|weather|monster|shelter|senior|junior|interior|exterior|error|mirror|horror|sector|factor|motor|floor|door|doctor|major|minor|labor|labour|color|colour|favor|favour|honor|honour|humor|humour|tumor|vendor|corridor|per|manner|banner|butter|answer|ether|sister|brother|mother|father|daughter|further|together|whatever|whenever|wherever|meanwhile)$)\p{Ll}+(?:ists?|ians?|ers?|ors?|ants?|ents?)$/u;

/** Plural role nouns ("Agronomists", "Exporters"): a capital at the sentence start does not make them names. */
export const ROLE_PLURAL = /^\p{Ll}+(?:ists|ians|ers|ors|ants|ents)$/u;

/** Titles stripped from the front of a name ("Dr. Katrin Huber" → "Katrin Huber"). */
export const TITLES = new Set(
  (
    "mr mr. mrs mrs. ms ms. mx dr dr. prof prof. professor sir dame lord lady baroness baron president vice deputy prime " +
    "minister chancellor secretary judge justice councillor councilor cllr councilman councilwoman councilmember alderman alderwoman assemblyman assemblywoman assemblymember mayor governor senator sen sen. rep rep. " +
    "representative congressman congresswoman general gen gen. colonel col col. major maj captain capt capt. lieutenant lt " +
    "sergeant sgt admiral commander chief executive chairman chairwoman chair director manager coach inspector detective " +
    "superintendent constable officer father rev rev. reverend bishop archbishop cardinal pope king queen prince princess " +
    "sheikh emir ambassador commissioner mp mep premier speaker dean principal headteacher acting former interim " +
    "ceo cfo coo cto founder spokesperson spokesman spokeswoman agent marshal rabbi imam pastor saint st st. " +
    "state secretary-general undersecretary under-secretary attorney-general solicitor-general lieutenant-general " +
    // UK police ranks as written before a name: "Det Supt Mark Ellison", "DCI Sarah Hughes", "Ch Insp Tom Rees".
    "det det. supt supt. insp insp. ch dci dcs pcso"
  ).split(" "),
);

/** Words that mark a capitalised phrase as an organisation rather than a person. */
export const ORG_WORDS = new Set(
  (
    "office ministry council bank party service services university commission committee agency department association " +
    "trust group company corporation corp inc ltd plc llc securities research transport airport institute institution " +
    "centre center court police government organization organisation union federation board authority club united " +
    "electronics semiconductor semiconductors brokers capital chronicle news times post journal reuters press network " +
    "school college hospital foundation fund bureau administration parliament congress senate assembly league " +
    "commission coalition alliance forum partners holdings industries group motors airlines energy power analytics " +
    "survey statistical statistics nations navy army force forces kremlin prosecution crown trust nhs sa ag gmbh " +
    "consultancy council's secretariat mission observatory laboratory network tribunal society chamber confederation " +
    "programme program initiative unit museum library hotel church ministries department " +
    "collaboration consortium panel taskforce delegation partnership caucus syndicate cooperative"
  ).split(" "),
);

/** Capitalised words that are not names: sentence openers, months, weekdays. */
export const NOT_NAMES = new Set(
  (
    "the a an in on at by for with from of to and but or as if when while after before since during this that these those " +
    "he she it they we i you his her its their our my your there here what who why how also however meanwhile " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
    "september october november december jan feb mar apr jun jul aug sep sept oct nov dec " +
    "according some many most other another all both each every no not only just despite although though " +
    "last next following earlier later then now today yesterday tonight"
  ).split(" "),
);

/** Common irregular past forms that make a clause finite: "prices rose", "the talks began". */
export const COMMON_PAST_FORMS: readonly string[] = "rose fell grew went came made took gave lost won paid sold cut hit rang began became sent spent kept left stood ran saw".split(" ");

/** A source's name withheld: "who asked not to be named", "speaking on condition of anonymity". */
export const ANONYMITY_RE = /\b(?:on (?:the )?condition of anonymity|(?:asked|asking) not to be (?:named|identified)|(?:declined|declining) to be (?:named|identified)|did not want to be (?:named|identified)|requested anonymity|speaking anonymously|not authori[sz]ed to speak)\b/i;

/** "a spokesperson for ", "a representative of (the) ": an unnamed person speaking for the body after it. */
export const SPOKES_FOR = /\b(?:spokes(?:person|man|woman)|representative|official)\s+(?:for|of|at)\s+(?:the\s+)?$/iu;

/** The last words of titles written with capitals before an apposed name: "The Majority Leader, Julius Odigie,". */
export const TITLE_HEADS: ReadonlySet<string> = new Set("leader whip speaker chairman chairwoman chair chairperson president minister secretary director chief governor mayor commissioner ambassador envoy treasurer clerk registrar coach captain manager commander".split(" "));
