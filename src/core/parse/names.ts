// Word lists for finding names in news text. Lower-case keys; look up with `.has(word.toLowerCase())`.

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Lower-case words that may sit inside a name between capitalised words. */
export const CONNECTORS = set(`
  of for the and on de del della di da do dos das du des la le van von der den ter bin ibn al el y &
`);

/** Words that open sentences and are capitalised only for that reason. */
export const FUNCTION_WORDS = set(`
  the a an in on at but and or as after before following despite while when whenever if although though
  since until during for from by with without under over meanwhile however currently yet so this that
  these those its his her their our my your some many most other others all both each every several no
  not it he she they we i you there here according also still even only now then later earlier last
  next today yesterday tomorrow instead separately elsewhere asked speaking among amid against about
  once whether what who whom whose which why how where thus hence indeed moreover furthermore nor
  such more less few fewer much any either neither one two three four five six seven eight nine ten
  first second third analysts officials critics experts observers sources residents because unless whereas
  prosecutors investors officers police people mr mrs ms dear to unlike like just then why recently
  finally notably previously eventually initially additionally subsequently similarly ultimately overall
  historically typically traditionally officially reportedly apparently consequently importantly
  interestingly unfortunately fortunately surprisingly nevertheless nonetheless regardless
  certainly clearly obviously surely probably possibly perhaps undoubtedly admittedly arguably
  understandably predictably ironically crucially specifically generally usually often sometimes
  frequently occasionally rarely already again immediately suddenly publicly privately presumably
  supposedly allegedly evidently seemingly increasingly largely mostly mainly especially particularly
  actually really outside inside across beyond behind along around throughout beneath toward towards
`);

export const MONTHS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

export const WEEKDAYS = set(`
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
`);

/** Titles in the plural, before two or more names: "Senators John McCain and Joe Lieberman". */
const PLURAL_TITLE_WORDS = "presidents senators sens. governors ministers justices judges representatives reps. congressmen mayors chancellors ambassadors generals";
export const PLURAL_TITLES = set(PLURAL_TITLE_WORDS);

/** Personal titles and offices written before a name ("President", "Dr.", "Chief Executive"). */
export const TITLES = set(`
  president vice prime minister chancellor secretary senator sen sen. rep rep. representative governor
  gov gov. mayor councillor councilor councilman councilwoman councilmember alderman alderwoman
  assemblyman assemblywoman assemblymember baroness baron viscount viscountess earl countess marquess
  judge justice dr dr. doctor professor prof prof. sir dame lord lady
  mr mr. mrs mrs. ms ms. miss king queen prince princess pope general gen gen. colonel col col.
  captain capt capt. lieutenant lt lt. sergeant sgt sgt. admiral commissioner ambassador chief executive
  chairman chairwoman chair director manager coach speaker leader premier archbishop bishop rabbi
  imam father sheikh crown inspector detective constable superintendent mp deputy spokesperson
  spokesman spokeswoman envoy special foreign defence defense finance interior health economy trade
  energy home state attorney supreme commander marshal president-elect secretary-general
  first officer operating financial head founder chief-executive cardinal reverend rev rev. hon hon.
  sheriff major maj maj. emir shah sultan ayatollah cabinet junior surgeon attorney-general treasury transport
  education agriculture labor labour commerce housing environment culture transportation veterans justice
  treasurer pastor chaplain deacon vicar monsignor patriarch mufti cleric preacher whip
  assistant asst asst. det det. supt supt. insp insp. ch dci dcs pcso ${PLURAL_TITLE_WORDS}
`);

/** Title words that can stand for a person on their own ("the president", "the chancellor"). */
export const OFFICE_WORDS = set(`
  president chancellor minister secretary senator governor mayor judge prime-minister premier king queen
  prince pope ambassador commissioner spokesperson spokesman spokeswoman envoy chairman chairwoman
  secretary-general prosecutor
`);

/** Lower-case role nouns that describe a person ("prosecutor Sarah Whitcombe", "a lecturer at …"). */
export const ROLE_NOUNS = set(`
  president minister spokesperson spokesman spokeswoman chairman chairwoman chair executive economist
  analyst prosecutor lawyer attorney candidate leader envoy envoys official officials director manager
  coach ceo cfo founder head secretary professor researcher scientist lecturer adviser advisor
  negotiator ambassador commissioner mayor governor senator mp councillor councilor councilman councilwoman
  councilmember alderman alderwoman assemblyman assemblywoman judge general
  commander officer chief partner member chancellor strategist reporter correspondent editor author
  nurse doctor teacher engineer farmer owner trader investor palaeontologist paleontologist agronomist
  specialist expert campaigner activist organiser organizer resident student worker employee
  representative deputy aide counsel broker banker diplomat politician lawmaker legislator
  candidate physician surgeon historian chairperson president-elect secretary-general
  fellow consultant opposition meteorologist forecaster climatologist epidemiologist virologist seismologist
  volcanologist geologist sociologist criminologist demographer architect curator
  striker midfielder defender goalkeeper keeper winger substitute fullback quarterback pitcher batsman
  bowler jockey
  actor actress singer musician artist writer novelist poet playwright screenwriter composer dancer comedian
  presenter photographer designer architect chef athlete captain skipper rider champion
`);

/** Lower-case nouns for the kind of organisation that may precede its name ("consultancy Andes …"). */
export const ORG_TYPE_NOUNS = set(`
  consultancy chipmaker firm company broker brokerage group insurer lender bank carrier airline retailer
  maker manufacturer developer operator miner producer startup start-up publisher newspaper broadcaster
  agency charity club party rival rivals supplier regulator automaker carmaker drugmaker giant
  conglomerate utility exporter importer fund investor watchdog union council committee ministry
  authority thinktank think-tank tank network outlet daily weekly magazine website platform
  provider distributor shipper shipping mining oil gas steelmaker refiner
  modeler modeller forecaster tracker aggregator pollster analytics app
  chamber association federation confederation society foundation coalition alliance institute
  organisation organization movement nonprofit
`);

/** The kinds of a paper or a broadcaster, whose own name goes right before them ("the Maariv newspaper"). */
export const MEDIA_NOUNS = set(`newspaper daily weekly magazine broadcaster website tabloid paper`);

/** Lower-case organisation nouns heading a common-noun mention ("the finance ministry", "the committee"). */
export const ORG_NOUNS = set(`
  ministry committee commission council office department agency bank trust court government company
  firm party police army union service institute university club authority board centre center
  mission brokerage regulator parliament cabinet administration tribunal secretariat coalition
  alliance federation association foundation programme program fund team group
`);

/** Capitalised words that make a name an organisation wherever they stand in it. */
export const ORG_WORDS = set(`
  bank council committee ministry service services party university agency commission group inc inc.
  corp corp. corporation company co co. ltd ltd. llc plc gmbh ag capital trust court courts association
  department office organization organisation programme fund institute institution foundation union
  federation confederation chamber league coalition alliance authority board bureau securities semiconductor semiconductors
  electronics analytics brokers research transport airlines airways motors holdings partners ventures
  industries systems technologies pharmaceuticals laboratories labs media news times post chronicle
  herald journal gazette tribune telegraph press police army navy forces guard parliament congress
  senate assembly cabinet government administration secretariat directorate tribunal reserve exchange
  club united democrats republicans conservatives movement front mission society
  rovers wanderers rangers albion hotspur harriers athletic
  brigade regiment corps international watch network networks agencies ministries commissions
  councils banks consortium cooperative co-operative bros bros. energy power petroleum oil
  mining airlines railways railway telecom communications pharma bancorp financial insurance
  investments investment management solutions brothers mutual store stores airline aircraft automotive
  automobile air command aerospace textiles chemicals steel foods trading shipping logistics resources
  minerals metals brewing breweries cement construction engineering software biotech therapeutics
  chamber chambers medical scientific wireless pact healthcare biosciences instruments
  forum regulator watchdog banco banque banca caixa
`);

/** Organisation words that also name buildings or places; they need more evidence. */
export const AMBIGUOUS_ORG_WORDS = set(`
  centre center hospital infirmary hospice clinic school college academy airport museum library stadium hall church station port
  energy power network oil mining insurance investment shire
`);

/** Last words that make a name a place. */
export const PLACE_LAST = set(`
  street st st. road rd lane avenue ave park square bridge river lake sea ocean gulf bay mountain
  mountains hills hill island islands valley province region county town village desert coast
  peninsula strait canal resort hotel central terminal way drive close crescent gardens heights beach
  forest plain plains basin delta border corridor zone quarter estate city district state states
  airport stadium arena station plaza mall palace castle tower cathedral monastery temple mosque
  metrolink line lines world straits reef glacier volcano archipelago lagoon canyon highlands lowlands
  pass moors fells gorge falls marshes wharf quay pier docks harbour harbor junction
  roundabout motorway tunnel bypass estuary headland peaks viaduct embankment promenade
`);

/** First words that make a name a place. */
export const PLACE_FIRST = set(`
  new north south east west northern southern eastern western central upper lower greater saint san
  santa fort port mount lake cape gulf bay isle los las el st st.
`);

/** Last words that make a name an event, a law or a document rather than an actor. */
export const EVENT_LAST = set(`
  war wars revolution games olympics cup championship championships summit crisis pandemic festival
  prize award awards agreement accord accords treaty act bill plan deal initiative protocol convention
  conference election elections referendum day week year era age storm hurricane earthquake
  declaration doctrine strategy report index survey census average composite show expo fair exhibition
  marathon
`);

/** First words that make a name an event or an operation ("Operation Desert Shield", "Hurricane Hugo"). */
export const EVENT_FIRST = set(`operation hurricane typhoon cyclone storm tropical battle siege`);

/** Words for political affiliations that precede a name ("the Conservative Tom Ashby"). */
export const PARTY_WORDS = set(`
  conservative labour republican democrat democratic liberal socialist communist green tory
`);

/** Common demonyms, used when the knowledge base does not know the word. */
export const DEMONYMS = set(`
  american british english scottish welsh irish french german italian spanish portuguese dutch belgian
  swiss austrian swedish norwegian danish finnish polish czech slovak hungarian romanian bulgarian greek
  cypriot turkish russian ukrainian belarusian georgian armenian azerbaijani iranian iraqi syrian
  lebanese israeli palestinian jordanian saudi emirati qatari egyptian libyan tunisian algerian
  moroccan nigerian ghanaian kenyan ethiopian somali sudanese south african chinese japanese korean
  taiwanese vietnamese thai indonesian malaysian filipino indian pakistani afghan bangladeshi
  australian canadian mexican brazilian argentine argentinian chilean colombian peruvian venezuelan
  cuban european asian arab african latin western eastern northern southern bavarian ivorian
  serbian croatian bosnian kosovar albanian estonian latvian lithuanian moldovan kazakh uzbek
  mongolian nepalese sri lankan burmese cambodian new zealander icelandic luxembourgish maltese
  congolese senegalese malian zimbabwean zambian ugandan tanzanian rwandan angolan mozambican
  north korean gulf nordic baltic balkan scandinavian
`);

/** Verbs (and auxiliaries) after a name that show the name acts or speaks. */
export const ACT_VERBS = set(`
  said says say told tells added adds noted notes stated states announced announces confirmed confirms
  insisted insists warned warns argued argues claimed claims reported reports estimated estimates
  expects expected forecast forecasts projected projects believes believed indicated indicates
  revealed reveals described describes agreed agrees wants wanted plans planned will would has have had
  is was were are could can may might should must also declined declines refused refuses denied denies
  accused accuses urged urges called calls rejected rejects welcomed welcomes launched launches
  awarded awards invaded decided decides voted votes approved approves signed signs opened opens
  remained remains emphasized emphasised emphasizes emphasises stressed stresses explained explains
  wrote writes mentioned mentions remarked remarks reiterated reiterates outlined outlines expressed
  expresses acknowledged acknowledges admitted admits cautioned cautions predicted predicts suggested
  suggests asked asks replied replies responded responds announced promised promises pledged pledges
  threatened threatens demanded demands proposed proposes offered offers sought seeks intends intended
  hopes hoped issued issues released releases published publishes unveiled unveils filed files
  ordered orders ruled rules found finds showed shows cut cuts raised raises held holds left leaves
  kept keeps set sets did does won wins lost loses led leads took takes gave gives made makes met meets
  spoke speaks recorded records convicted convicts sentenced sentences
  posted posts earned earns booked books hired hires acquired acquires bought buys recalled recalls
  invested invests sued sues
`);

/** Speech and reporting verbs; a name right after one ("said Marta Riquelme") is a speaker. */
export const SPEECH_VERBS = set(`
  said says told tells added adds noted stated announced confirmed insisted warned argued claimed
  reported estimated wrote remarked explained asked replied responded according
  enthused exclaimed retorted lamented mused gushed proclaimed interjected sighed scoffed marvelled
  marveled quipped joked boasted shouted pleaded vowed
  announces confirms warns insists argues reveals denies admits
`);

/** Lower-case nouns after a capitalised word that show it is used as a modifier of a place or thing. */
export const THING_NOUNS = set(`
  resort line network region province valley desert river road airport station compound area border
  zone city town village island coast plant project site field port terminal campus stadium park
  vaccine school hospital ward county district state corridor highway motorway bridge dam mine
  pipeline route crossing checkpoint peninsula mountains
`);

/** Prepositions after which a capitalised name is a place, not a person. */
export const PLACE_PREPOSITIONS = set(`in near across outside inside towards toward throughout around`);

/** Nouns for places that introduce a name with "of" ("the town of Freising"). */
export const PLACE_NOUNS = set(`
  town city village province region state county district island capital port country republic
  kingdom municipality suburb neighbourhood neighborhood area
`);

/** Acting verbs strong enough to make a lone capitalised word an actor (not "is", "has", "will"). */
export const STRONG_ACT_VERBS: ReadonlySet<string> = new Set(
  [...ACT_VERBS].filter((v) => !new Set("is was were are has have had will would could can may might should must also did does set sets cut cuts held holds left leaves kept keeps made makes took takes gave gives led leads lost loses won wins".split(" ")).has(v)),
);

/** Continents and regions: places, never actors, when they stand alone. */
export const REGIONS = set(`
  europe asia africa antarctica oceania americas arctic caribbean balkans scandinavia eurasia
  mediterranean sahel levant
`);

/**
 * Places below a country that the knowledge base does not know: states, provinces, regions and
 * cities. Named alone, a place is no actor ("Sen. Lisa Murkowski of Alaska", "flew to Chicago");
 * one that acts still is ("Texas sued the administration"). Left out: those that are also common
 * names of people or firms (Houston, Dallas, Austin, Sydney, Victoria, Washington, Georgia,
 * Virginia, Phoenix, Amazon …), which a lone surname or a firm would be taken for.
 */
export const PLACES: ReadonlySet<string> = new Set(
  `alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|
  louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|
  new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|
  texas|utah|vermont|west virginia|wisconsin|wyoming|ontario|quebec|british columbia|alberta|manitoba|saskatchewan|nova scotia|
  new brunswick|newfoundland|prince edward island|yukon|nunavut|new south wales|queensland|tasmania|western australia|south australia|
  northern territory|england|scotland|wales|northern ireland|bavaria|catalonia|lombardy|tuscany|sicily|sardinia|corsica|brittany|
  normandy|provence|andalusia|flanders|wallonia|crimea|donbas|donbass|donetsk|luhansk|kherson|zaporizhzhia|kharkiv|chechnya|siberia|
  kashmir|punjab|gujarat|kerala|west bengal|tibet|xinjiang|guangdong|hokkaido|okinawa|gaza|gaza strip|west bank|darfur|kurdistan|
  tigray|sinai|patagonia|london|paris|berlin|madrid|rome|milan|naples|turin|venice|vienna|prague|budapest|warsaw|krakow|kyiv|kiev|
  lviv|odesa|odessa|st petersburg|st. petersburg|minsk|vilnius|riga|tallinn|helsinki|stockholm|oslo|copenhagen|amsterdam|rotterdam|
  brussels|antwerp|geneva|zurich|bern|lisbon|porto|barcelona|valencia|seville|marseille|lyon|toulouse|bordeaux|strasbourg|munich|
  hamburg|frankfurt|cologne|stuttgart|dusseldorf|leipzig|dresden|athens|istanbul|ankara|bucharest|sofia|belgrade|zagreb|sarajevo|
  dublin|belfast|edinburgh|glasgow|cardiff|manchester|liverpool|birmingham|leeds|bristol|sheffield|cairo|tehran|baghdad|damascus|
  aleppo|beirut|amman|riyadh|jeddah|dubai|abu dhabi|doha|kabul|karachi|lahore|islamabad|delhi|new delhi|mumbai|bombay|kolkata|
  calcutta|chennai|bangalore|bengaluru|hyderabad|dhaka|kathmandu|colombo|bangkok|hanoi|ho chi minh city|saigon|manila|jakarta|
  kuala lumpur|beijing|shanghai|shenzhen|guangzhou|wuhan|chengdu|hong kong|macau|taipei|seoul|pyongyang|busan|tokyo|osaka|kyoto|
  yokohama|jerusalem|tel aviv|haifa|ramallah|mosul|basra|kirkuk|fallujah|tripoli|benghazi|tunis|algiers|casablanca|rabat|khartoum|
  addis ababa|nairobi|mombasa|kampala|kigali|lagos|abuja|accra|dakar|kinshasa|johannesburg|cape town|durban|pretoria|harare|lusaka|
  luanda|maputo|new york city|los angeles|chicago|boston|philadelphia|san francisco|seattle|miami|atlanta|detroit|baltimore|
  pittsburgh|cleveland|cincinnati|st. louis|st louis|new orleans|las vegas|san diego|san antonio|san jose|portland|minneapolis|
  milwaukee|nashville|memphis|sacramento|salt lake city|honolulu|anchorage|toronto|montreal|vancouver|ottawa|calgary|edmonton|
  winnipeg|mexico city|guadalajara|monterrey|havana|caracas|bogota|bogotá|lima|quito|buenos aires|montevideo|sao paulo|são paulo|
  rio de janeiro|brasilia|brasília|melbourne|brisbane|perth|auckland|wellington|canberra`
    .split("|")
    .map((p) => p.trim()),
);

/** Stock market indexes: named like companies, never actors. */
export const MARKET_INDEXES: ReadonlySet<string> = new Set([
  "dow", "dow jones", "nikkei", "dax", "ftse", "cac", "kospi", "sensex", "topix", "stoxx", "ibex", "hang seng", "nasdaq composite",
  "djia", "s&p", "bovespa", "merval", "nifty",
]);

export const PRONOUNS = set(`he she they it we i`);

/** A person's relatives and friends ("Elian's father", "the family of …"): people of their own, who speak for themselves. */
export const KIN = set(`
  father mother son daughter wife husband brother sister uncle aunt cousin grandfather grandmother
  grandson granddaughter nephew niece parent parents family relative relatives widow widower fiance
  fiancee fiancée girlfriend boyfriend friend friends neighbour neighbor neighbours neighbors children
  child stepfather stepmother
`);
