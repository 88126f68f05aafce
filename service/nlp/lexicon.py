"""Word lists the rule-based extractors share: titles, roles, demonyms, speech verbs, names."""

from __future__ import annotations

# spaCy label -> entity type used in ids ("person:dmitry-peskov") and in the API.
ENTITY_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "NORP": "group",
    "FAC": "facility",
    "EVENT": "event",
    "PRODUCT": "product",
    "LAW": "law",
    "WORK": "work",  # set by context only ("the film Ray"); spaCy's WORK_OF_ART is too noisy
}

TITLE_ABBREVIATIONS = frozenset(
    [
        "rep.",
        "rep",
        "sen.",
        "sen",
        "gov.",
        "gov",
        "dr.",
        "dr",
        "mr.",
        "mr",
        "mrs.",
        "mrs",
        "ms.",
        "ms",
        "prof.",
        "prof",
        "gen.",
        "gen",
        "lt.",
        "col.",
        "capt.",
        "sgt.",
        "det.",
        "const.",
        "cst.",
        "cpl.",
        "supt.",
        "insp.",
        "coun.",
        "rev.",
        "sir",
        "lord",
        "lady",
        "dame",
        "baroness",
        "baron",
        "st.",
    ]
)

# Head nouns of a role written before a name ("Kremlin spokesman Dmitry Peskov").
ROLE_HEADS = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "minister",
        "president",
        "secretary",
        "senator",
        "representative",
        "chancellor",
        "treasurer",
        "governor",
        "mayor",
        "leader",
        "dictator",
        "chief",
        "director",
        "ambassador",
        "envoy",
        "diplomat",
        "general",
        "commander",
        # military ranks ("Rear Admiral John Stufflebeem", "Lieutenant Colonel Ann Ray")
        "admiral",
        "brigadier",
        "colonel",
        "commodore",
        "corporal",
        "lieutenant",
        "marshal",
        "sergeant",
        "adviser",
        "advisor",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "premier",
        "king",
        "queen",
        "prince",
        "princess",
        "emperor",
        "pope",
        "bishop",
        "archbishop",
        "cardinal",
        "pastor",
        "rabbi",
        "imam",
        "reverend",
        "judge",
        "justice",
        "magistrate",
        "coroner",
        "attorney",
        "prosecutor",
        "lawyer",
        "coach",
        "manager",
        "administrator",
        "captain",
        "striker",
        "economist",
        "analyst",
        "professor",
        "editor",
        "founder",
        "owner",
        "boss",
        "speaker",
        "lawmaker",
        "congressman",
        "congresswoman",
        "councilman",
        "councilwoman",
        "councilmember",
        "assemblyman",
        "assemblywoman",
        "assemblymember",
        "alderman",
        "alderwoman",
        "selectman",
        "sheriff",
        "official",
        "officer",
        "councillor",
        "councilor",
        "mp",
        "deputy",
        "candidate",
        "nominee",
        "strongman",
        "counterpart",
        "rep",
        "rep.",
        "sen.",
        "gov.",
    ]
)

# The fields an office of state is named for ("Defence Secretary", "Secretary of State",
# "Chancellor of the Exchequer"): words of the role, never a body's name alone.
PORTFOLIOS = frozenset(
    """defence defense foreign interior finance health trade energy justice home security
    education treasury state exchequer""".split()  # noqa: SIM905
)

# Offices that, after "the", stand for their holder ("the Treasurer says", "the Premier"):
# a description of a person, neither a body nor a name.
OFFICES_OF_STATE = frozenset(
    """treasurer premier chancellor president minister secretary governor mayor senator
    speaker""".split()  # noqa: SIM905
)

# Month names and their abbreviations, in lower case.
MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()  # noqa: SIM905
)

# Adjectives that describe the holder of a role, not its field: "the popular health secretary"
# is a health secretary, where "the public health minister" is a public-health minister.
DESCRIBING_ADJECTIVES = frozenset(
    """popular unpopular young old veteran controversial outspoken influential powerful
    respected charismatic flamboyant colourful colorful experienced inexperienced prominent
    leading famous renowned ambitious combative bullish cautious tough affable likely
    possible potential future previous eventual last next""".split()  # noqa: SIM905
)

# Words that may precede a role head inside the role ("Foreign Minister", "Vice President").
ROLE_MODIFIERS = frozenset(
    [
        "foreign",
        "vice",
        "prime",
        "defense",
        "defence",
        "deputy",
        "interior",
        "finance",
        "health",
        "press",
        "senior",
        "former",
        "chief",
        "executive",
        "attorney",
        "state",
        "home",
        "trade",
        "energy",
        "justice",
        "first",
        "general",
        "national",
        "security",
        "assistant",
        "acting",
        "majority",
        "minority",
        "house",
        "senate",
        "white",
        "managing",
        "shadow",
        "rear",
        "lieutenant",
        "major",
        "air",
        "field",
    ]
)

# Tokens that make a "PERSON" span an organisation or a thing instead.
NON_PERSON_ORG_WORDS = frozenset(
    [
        "committee",
        "committees",
        "council",
        "ministry",
        "ministries",
        "services",
        "service",
        "agency",
        "department",
        "commission",
        "parliament",
        "senate",
        "congress",
        "party",
        "union",
        "court",
        "bank",
        "army",
        "forces",
        "university",
        "institute",
        "association",
    ]
)
NON_PERSON_THING_WORDS = frozenset(
    [
        "anti-tank",
        "anti",
        "missile",
        "missiles",
        "rocket",
        "rockets",
        "tank",
        "tanks",
        "drone",
        "drones",
        "jet",
        "jets",
    ]
)

DEMONYMS = {
    "American": "United States",
    "Russian": "Russia",
    "Ukrainian": "Ukraine",
    "Belarusian": "Belarus",
    "Polish": "Poland",
    "French": "France",
    "German": "Germany",
    "British": "United Kingdom",
    "English": "England",
    "Scottish": "Scotland",
    "Welsh": "Wales",
    "Irish": "Ireland",
    "Chinese": "China",
    "Japanese": "Japan",
    "Indian": "India",
    "Italian": "Italy",
    "Spanish": "Spain",
    "Canadian": "Canada",
    "Australian": "Australia",
    "Israeli": "Israel",
    "Palestinian": "Palestine",
    "Iranian": "Iran",
    "Iraqi": "Iraq",
    "Syrian": "Syria",
    "Turkish": "Turkey",
    "Egyptian": "Egypt",
    "Saudi": "Saudi Arabia",
    "Mexican": "Mexico",
    "Brazilian": "Brazil",
    "Dutch": "Netherlands",
    "Swedish": "Sweden",
    "Norwegian": "Norway",
    "Danish": "Denmark",
    "Finnish": "Finland",
    "Greek": "Greece",
    "Korean": "Korea",
    "Afghan": "Afghanistan",
    "Pakistani": "Pakistan",
    "European": "Europe",
    "Georgian": "Georgia",
    "Lithuanian": "Lithuania",
    "Latvian": "Latvia",
    "Estonian": "Estonia",
    "Hungarian": "Hungary",
    "Romanian": "Romania",
    "Austrian": "Austria",
    "Swiss": "Switzerland",
    "Belgian": "Belgium",
    "Portuguese": "Portugal",
    "Nigerian": "Nigeria",
    "Kenyan": "Kenya",
    "South African": "South Africa",
    "Venezuelan": "Venezuela",
}

# Surface names (lower-cased) that denote one canonical entity.
CANONICAL_NAMES = {
    "us": "United States",
    "u.s.": "United States",
    "u.s": "United States",
    "usa": "United States",
    "u.s.a.": "United States",
    "united states": "United States",
    "united states of america": "United States",
    "america": "United States",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "united kingdom": "United Kingdom",
    "eu": "European Union",
    "european union": "European Union",
    "un": "United Nations",
    "u.n.": "United Nations",
    "united nations": "United Nations",
    "nato": "NATO",
    "kremlin": "Kremlin",
    "the kremlin": "Kremlin",
}

# Places the statistical model mislabels in news (matched by an entity ruler).
PLACE_PATTERNS = {
    "Crimea": "GPE",
    "Donbas": "GPE",
    "Donbass": "GPE",
    "Donetsk": "GPE",
    "Luhansk": "GPE",
    "Voronezh": "GPE",
    "Kremlin": "ORG",
    # The model tags "Dem" of "Lib Dem leader" and "Democrat" of "Liberal Democrat MP".
    "Lib Dem": "ORG",
    "Lib Dems": "ORG",
    "Liberal Democrat": "ORG",
    "Liberal Democrats": "ORG",
}

# Parties by their usual short names in UK, US, Canadian and Australian news: each alias is
# one entity with the party's name ("the Tories", "Tory", "the Conservatives").
PARTY_NAMES = {
    alias: party
    for party, aliases in {
        "Conservative Party": "tory tories conservative conservatives tory_party",
        "Labour Party": "labour",
        "Liberal Democrats": "lib_dem lib_dems liberal_democrat",
        "Democratic Party": "democrat democrats democratic",
        "Republican Party": "republican republicans gop",
        "New Democratic Party": "ndp new_democrats",
        "Liberal Party": "liberal liberals",
        "Labor Party": "labor alp australian_labor_party",
        "UK Independence Party": "ukip",
        "Libertarian Party": "libertarian libertarians",
    }.items()
    for alias in [party.lower(), *(a.replace("_", " ") for a in aliases.split())]
}

AFFILIATION_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC"})

# Lemmas of verbs that introduce speech or attribution.
SPEECH_VERBS = frozenset(
    [
        "say",
        "tell",
        "add",
        "admit",
        "explain",
        "warn",
        "insist",
        "state",
        "write",
        "ask",
        "note",
        "claim",
        "argue",
        "declare",
        "announce",
        "acknowledge",
        "confirm",
        "deny",
        "suggest",
        "stress",
        "emphasize",
        "emphasise",
        "underscore",
        "underline",
        "reiterate",
        "reply",
        "respond",
        "answer",
        "continue",
        "conclude",
        "recall",
        "report",
        "describe",
        "predict",
        "promise",
        "vow",
        "urge",
        "caution",
        "concede",
        "complain",
        "contend",
        "maintain",
        "observe",
        "point",
        "remark",
        "reveal",
        "tweet",
        "post",
        "comment",
        "testify",
        "allege",
        "assert",
        "believe",
        "think",
        "agree",
        "disagree",
        "say",
        "chant",
        "yell",
        "shout",
        "scream",
        "cry",
        "mouth",
        "whisper",
        "joke",
        "quip",
        "blast",
        "slam",
        "call",
        "label",
        "dub",
        "title",
        "brand",
        "tout",
        "praise",
        "denounce",
        "criticize",
        "criticise",
        "mock",
        "accuse",
        "pledge",
        "boast",
        "exclaim",
        "plead",
        "demand",
        "recount",
        "counter",
        "retort",
        "chime",
        "interject",
        "read",
        "proclaim",
        "scoff",
        "lament",
        "muse",
        "sing",
        "deride",
    ]
)

# Past forms of speech verbs that the NER glues onto a name at a sentence start ("Stated Roger
# Stone:"). Not "said": it is also a name (Edward Said, Said Jalili).
GLUED_SPEECH_VERBS = frozenset(
    [
        "added",
        "admitted",
        "announced",
        "answered",
        "argued",
        "asked",
        "claimed",
        "commented",
        "concluded",
        "confirmed",
        "continued",
        "declared",
        "denied",
        "explained",
        "insisted",
        "noted",
        "replied",
        "responded",
        "stated",
        "stressed",
        "told",
        "tweeted",
        "urged",
        "warned",
        "wrote",
    ]
)

US_STATES = {
    "ala": "Alabama",
    "alaska": "Alaska",
    "ariz": "Arizona",
    "ark": "Arkansas",
    "calif": "California",
    "colo": "Colorado",
    "conn": "Connecticut",
    "del": "Delaware",
    "fla": "Florida",
    "ga": "Georgia",
    "hawaii": "Hawaii",
    "idaho": "Idaho",
    "ill": "Illinois",
    "ind": "Indiana",
    "iowa": "Iowa",
    "kan": "Kansas",
    "ky": "Kentucky",
    "la": "Louisiana",
    "maine": "Maine",
    "md": "Maryland",
    "mass": "Massachusetts",
    "mich": "Michigan",
    "minn": "Minnesota",
    "miss": "Mississippi",
    "mo": "Missouri",
    "mont": "Montana",
    "neb": "Nebraska",
    "nev": "Nevada",
    "n.h": "New Hampshire",
    "n.j": "New Jersey",
    "n.m": "New Mexico",
    "n.y": "New York",
    "n.c": "North Carolina",
    "n.d": "North Dakota",
    "ohio": "Ohio",
    "okla": "Oklahoma",
    "ore": "Oregon",
    "pa": "Pennsylvania",
    "r.i": "Rhode Island",
    "s.c": "South Carolina",
    "s.d": "South Dakota",
    "tenn": "Tennessee",
    "texas": "Texas",
    "tex": "Texas",
    "utah": "Utah",
    "vt": "Vermont",
    "va": "Virginia",
    "wash": "Washington",
    "w.va": "West Virginia",
    "wis": "Wisconsin",
    "wyo": "Wyoming",
}
# The postal codes of the states, as "(D-IN)" writes them after a name.
US_STATE_CODES = {
    "AL": "Alabama",
    "AK": "Alaska",
    "AZ": "Arizona",
    "AR": "Arkansas",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "FL": "Florida",
    "GA": "Georgia",
    "HI": "Hawaii",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "IA": "Iowa",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "ME": "Maine",
    "MD": "Maryland",
    "MA": "Massachusetts",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "MO": "Missouri",
    "MT": "Montana",
    "NE": "Nebraska",
    "NV": "Nevada",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NY": "New York",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VT": "Vermont",
    "VA": "Virginia",
    "WA": "Washington",
    "WV": "West Virginia",
    "WI": "Wisconsin",
    "WY": "Wyoming",
}

# --- Names of people: what precedes, follows or surrounds them -------------------------------

# Courtesy titles before a person's name, with the gender they tell (None: either).
PERSON_TITLES = {
    "mr": "male",
    "mr.": "male",
    "mrs": "female",
    "mrs.": "female",
    "ms": "female",
    "ms.": "female",
    "miss": "female",
    "sir": "male",
    "lord": "male",
    "lady": "female",
    "dame": "female",
    "baroness": "female",
    "baron": "male",
    "dr": None,
    "dr.": None,
    "prof": None,
    "prof.": None,
    "professor": None,
    # church ranks before a name ("Cardinal Cormac Murphy-O'Connor", "Archbishop Desmond Tutu")
    "cardinal": "male",
    "archbishop": None,
}
# Royal and noble titles before a given name ("Prince Charles"), with the gender they tell.
ROYAL_TITLES = {
    "prince": "male",
    "princess": "female",
    "king": "male",
    "queen": "female",
    "pope": "male",
    "emperor": "male",
    "empress": "female",
    "duke": "male",
    "duchess": "female",
}
# The field of life a present role places its bearer in, by the role's head (or its last two
# words): one full name given roles of two fields in two documents, and both in none, is two
# people ("International Development Minister Gareth Thomas", "Wales captain Gareth Thomas").
# Heads several fields share ("manager", "director", "chairman", "boss", "president", "star",
# "analyst": a market's or a match's) and titles kept for life ("champion") place no one.
_FIELD_WORDS = {
    "politics": """minister secretary mp mep msp chancellor senator congressman congresswoman
        lawmaker mayor councillor premier""",
    "sport": """captain skipper striker midfielder defender winger goalkeeper full-back
        centre-back playmaker footballer coach flanker hooker fly-half scrum-half sprinter
        cricketer batsman golfer jockey""",
    "business": "economist banker trader stockbroker strategist fund_manager",
    "arts": """actor actress singer comedian musician guitarist drummer rapper novelist
        choreographer film_director""",
}
ROLE_FIELDS = {
    word.replace("_", " "): field for field, words in _FIELD_WORDS.items() for word in words.split()
}
# Titles followed by a given name, not a surname: "Sir John" is John Stevens, not Elton John.
GIVEN_NAME_TITLES = frozenset({"sir", "dame"})

# Occupations written before a name ("Sprinter Kelly Holmes", "striker Thierry Henry"): never
# part of the name. Kept apart from ROLE_HEADS, which quote attribution also reads.
OCCUPATIONS = frozenset(
    """sprinter athlete runner hurdler swimmer cyclist boxer golfer jockey rower skier skater
    striker midfielder defender winger goalkeeper keeper skipper forward full-back fly-half
    scrum-half flanker lock prop hooker centre batsman bowler all-rounder spinner opener
    player players team-mate teammate champion champions holder star stars legend veteran
    rookie youngster teenager newcomer debutant international finalist semifinalist
    semi-finalist runner-up dissident
    goaltender goalie netminder defenceman defenseman quarterback linebacker cornerback
    receiver lineman tailback halfback fullback kicker punter pitcher catcher shortstop
    outfielder infielder slugger reliever gymnast wrestler
    singer rapper actor actress comedian presenter host broadcaster producer director writer
    author novelist poet playwright artist designer model musician guitarist drummer bassist
    frontman frontwoman songwriter composer conductor dancer chef photographer
    tycoon billionaire millionaire businessman businesswoman entrepreneur banker investor
    founder chief executive boss chairman chairwoman manager coach trainer
    counsel barrister solicitor detective inspector constable commissioner superintendent
    spokesman spokeswoman aide adviser advisor campaigner activist critic expert
    correspondent journalist columnist commentator pundit
    rival rivals opponent partner wife husband son daughter brother sister father mother
    widow colleague friend fellow""".split()  # noqa: SIM905
)

# Words that name a political or national allegiance before a name ("Tory Liam Fox", "Briton
# Tim Henman"); never part of the name.
ALLEGIANCE_WORDS = frozenset(
    """tory tories labour conservative conservatives liberal liberals democrat democrats
    lib dem dems republican republicans unionist nationalist socialist
    briton britons scot scots englishman englishwoman welshman welshwoman irishman
    irishwoman frenchman frenchwoman american australian kiwi aussie""".split()  # noqa: SIM905
)

# Nouns for people of a nation, which the model takes for organisations or people ("the
# Briton", "Scots"): a group, never a name.
NATIONALITY_NOUNS = frozenset(
    """briton britons brit brits scot scots englishman englishmen englishwoman welshman
    welshmen welshwoman irishman irishmen irishwoman frenchman frenchmen frenchwoman
    dutchman dutchmen kiwi kiwis aussie aussies yank yanks""".split()  # noqa: SIM905
)

# Names of parties and houses that the model takes for groups of people.
PARTY_WORDS = frozenset(
    """tory tories labour conservative conservatives liberal liberals democrat democrats lib
    dem dems republican republicans unionist unionists nationalist nationalists socialist
    socialists commons lords democratic gop libertarian libertarians""".split()  # noqa: SIM905
)

# Surname particles: a name may start with them in lower case ("van Nistelrooy").
NAME_PARTICLES = frozenset(
    [
        "van",
        "von",
        "de",
        "der",
        "den",
        "da",
        "di",
        "du",
        "del",
        "della",
        "dos",
        "das",
        "le",
        "la",
        "al",
        "el",
        "bin",
        "ben",
        "ibn",
        "ter",
        "ten",
        "st",
    ]
)

# Nouns before a name that make it the title of a work: "the film Ray", "the album Hopes".
WORK_NOUNS = frozenset(
    """film films movie movies biopic blockbuster sequel documentary album albums single
    singles song songs track tracks ep book books novel novels memoir biography play plays
    musical musicals opera show shows series sitcom soap drama comedy programme program
    game games videogame hit hits programmes soaps sitcoms dramas comedies documentaries
    thriller thrillers serial serials""".split()  # noqa: SIM905
)

# Nouns before a name, or in apposition to it, that make it an organisation: "the band Franz
# Ferdinand", "Gazprom, the world's biggest gas company".
ORG_NOUNS = frozenset(
    """band group duo trio quartet orchestra choir label club clubs firm firms company
    companies airline carrier bank retailer chain network broadcaster channel
    newspaper magazine website operator supermarket insurer lender manufacturer maker
    giant conglomerate monopoly side team outfit party charity union agency regulator
    watchdog studio publisher provider supplier organisation organization body
    association federation bourse exchange""".split()  # noqa: SIM905
)
# Common nouns before a name that say it is a firm ("carmaker Maruti", "internet portal
# Lycos"), beyond ORG_NOUNS: words no person is described by. "the film's distributor Toho"
# (round r10c): a distributor is a firm, as a retailer is.
FIRMS_BEFORE = frozenset(
    {"carmaker", "automaker", "chipmaker", "drugmaker", "portal", "distributor"}
)
# Trades a firm practises as well as a person, so either may follow them ("analyst Carolina
# Milanesi", "market analyst Datamonitor", "brokers ING", "consultants Booz Allen Hamilton"):
# the name says which (round r17, ``cues.firm_trade``).
FIRM_TRADES = frozenset(
    """analyst analysts consultant consultants consultancy broker brokers stockbroker
    stockbrokers auditor auditors adviser advisers advisor advisors pollster pollsters
    forecaster forecasters researcher researchers""".split()  # noqa: SIM905
)
# Nouns a product's name stands before ("the Xbox console", "Windows PCs") or in apposition
# to ("the iPod, Apple's music player").
PRODUCT_NOUNS = frozenset(
    """console consoles handset handsets phone phones device devices gadget gadgets software
    browser operating pc pcs laptop laptops computer computers chip chips processor
    processors machine machines program programs platform""".split()  # noqa: SIM905
)
# Nouns a work's title stands before, after a determiner ("the third Harry Potter film").
WORK_AFTER = frozenset(
    """film films movie movies book books novel novels franchise dvd dvds sequel sequels
    trilogy soundtrack premiere screenplay adaptation remake saga""".split()  # noqa: SIM905
)
# Nouns an award's name stands before ("Oscar nominations", "the Bafta ceremony", "a Bafta
# win"), or after a hyphen ("Oscar-winning").
AWARD_AFTER = frozenset(
    """award awards ceremony ceremonies nomination nominations nominee nominees nominated
    winning winner winners statuette statuettes gala win""".split()  # noqa: SIM905
)
# Nouns in apposition to a place's name: "Gleneagles, the Scottish resort".
PLACE_NOUNS = frozenset(
    """city town village country capital region province island county district suburb
    resort port state""".split()  # noqa: SIM905
)
# Last words of the names of events: "Australian Open", "Davis Cup", "Grammy Awards"; a prize
# is given at one ("Giller Prize", "People's Choice Award").
EVENT_NAME_ENDINGS = frozenset(
    """Open Cup Championships Championship Games Olympics Awards Festival Prix Marathon
    Trophy Tournament Expo Show Summit Week Prize Award""".split()  # noqa: SIM905
)

# Capitalised heads that make a nationality before them the name of a government body:
# "the Scottish Executive", "the Welsh Assembly", "the Irish Government".
GOVERNMENT_BODIES = frozenset(
    """Executive Parliament Assembly Government Cabinet Senate Ministry Office Police Army
    Navy""".split()  # noqa: SIM905
)

# Words right after a name that make it an organisation ("Chelsea FC", "Yukos shares").
ORG_SUFFIXES = frozenset(
    """fc afc plc inc inc. ltd ltd. corp corp. co co. llc ag sa nv shares stock
    shareholders""".split()  # noqa: SIM905
)

# Last words of company names, after a founder's or a place's name: "McCain Foods", "Rogers
# Communications", "John Lewis Partnership", "Johnson Controls". The name before one, alone
# and with no courtesy title, is the company's short name ("McCain did not name it").
FIRM_HEADS = frozenset(
    """Foods Communications Partnership Controls Group Holdings Industries Motors Airlines
    Airways Technologies Pharmaceuticals Brands Financial Insurance Media Entertainment
    Energy Resources Logistics Laboratories Networks Software Studios Records Properties
    Investments Securities Stores Restaurants Hotels Enterprises Telecom Wireless Partners
    Corporation Company Companies Gaming Esports""".split()  # noqa: SIM905
)

# Last words of the names of buildings and grounds ("Scotiabank Arena", "Edinburgh Airport"),
# and of streets ("Bloor Street", "Wall Street"), which the model takes for organisations.
FACILITY_NAME_ENDINGS = frozenset(
    """Arena Stadium Coliseum Colosseum Ballpark Airport Racecourse Velodrome""".split()  # noqa: SIM905
)
# Last words of buildings' names that are also surnames ("Rogers Place", "Trump Tower",
# "Parliament Hill", "Savoy Hotel"): a building only where the model took it for a body.
BUILDING_NAME_ENDINGS = frozenset({"Place", "Tower", "Towers", "Hill", "Hotel", "Palace"})
STREET_NAME_ENDINGS = frozenset(
    """Street Avenue Road Boulevard Highway Expressway Parkway Drive""".split()  # noqa: SIM905
)

# Last words of football club names ("Manchester United", "Bristol Rovers"): organisations.
CLUB_NAME_ENDINGS = frozenset(
    """United City Rovers Athletic Albion Wanderers Hotspur Rangers Celtic Utd Argyle
    Orient""".split()  # noqa: SIM905
)

# Letters after a name: "Ken Macdonald QC", "Paul Boateng MP"; never part of it.
POST_NOMINALS = frozenset(
    ["MP", "MEP", "MSP", "AM", "QC", "KC", "SC", "MBE", "OBE", "CBE", "KBE", "DBE", "JP"]
)

# Time zones and such, which the statistical model takes for organisations.
NOT_NAMES = frozenset({"GMT", "BST", "UTC", "EST", "PST", "CET"})

# Short forms of English given names and the names they stand for: "Ally Hogg" is Allister
# Hogg, "Andy Murray" Andrew Murray (one person, across articles that write it either way).
GIVEN_NAME_FORMS = {
    "al": ("alan", "alastair", "alistair", "allister", "albert"),
    "ali": ("alastair", "alistair", "allister"),
    "ally": ("alastair", "alistair", "allister"),
    "alex": ("alexander",),
    "andy": ("andrew",),
    "ben": ("benjamin",),
    "bill": ("william",),
    "billy": ("william",),
    "bob": ("robert",),
    "bobby": ("robert",),
    "charlie": ("charles",),
    "chris": ("christopher",),
    "dan": ("daniel",),
    "danny": ("daniel",),
    "dave": ("david",),
    "ed": ("edward", "edmund"),
    "eddie": ("edward",),
    "fred": ("frederick",),
    "jim": ("james",),
    "jimmy": ("james",),
    "joe": ("joseph",),
    "jon": ("jonathan",),
    "jonny": ("jonathan",),
    "johnny": ("jonathan", "john"),
    "kate": ("katherine", "catherine", "kathryn"),
    "kathy": ("katherine", "catherine", "kathryn"),
    "ken": ("kenneth",),
    "liz": ("elizabeth",),
    "matt": ("matthew", "mathew"),
    "mick": ("michael",),
    "mike": ("michael",),
    "nick": ("nicholas",),
    "olly": ("oliver",),
    "ollie": ("oliver",),
    "pete": ("peter",),
    "phil": ("philip", "phillip"),
    "rob": ("robert",),
    "robbie": ("robert",),
    "ron": ("ronald",),
    "sam": ("samuel",),
    "steve": ("steven", "stephen"),
    "sue": ("susan",),
    "ted": ("edward",),
    "tim": ("timothy",),
    "tom": ("thomas",),
    "tommy": ("thomas",),
    "tony": ("anthony",),
    "will": ("william",),
}
