"""General English word lists the rules lean on: titles, organisation words, places, speech verbs.

These are facts about news English, not about any one article: the words that come before a
name as a title, the words that make a name an organisation, and the verbs that report speech.
"""

from __future__ import annotations

HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "mx", "rev", "reverend", "fr", "father", "canon",
              # the church's styles ("the Ven X", "Msgr X", "Sister X", "Swami X")
              "revd", "ven", "msgr", "monsignor", "deacon", "sister", "brother", "br", "mufti", "pandit", "swami",
              "shri", "sri", "smt", "shrimati", "kumari", "sr",  # the Indian honorifics too ("Shri X Y" is X Y)
              # a member's "Hon." and the West African honorifics ("Alhaji X Y" is X Y, "Alhaji Y" after it)
              "hon", "honourable", "honorable", "alhaji", "alhaja", "hajiya", "mallam", "engr"}
# Kept as part of the name ("Lord Justice Penrose", "Sir Tobias Wren").
NOBLE = {"lord", "lady", "sir", "dame", "baroness", "baron", "earl", "duke", "duchess", "prince", "princess"}

TITLE_WORDS = {
    "president", "vice", "prime", "minister", "secretary", "state", "foreign", "home", "defence", "defense",
    "chancellor", "exchequer", "shadow", "deputy", "assistant", "general", "attorney", "chief", "executive",
    "officer", "director", "chairman", "chairwoman", "chair", "chairperson", "ceo", "cfo", "coo", "head", "leader",
    "spokesman", "spokeswoman", "spokesperson", "mayor", "governor", "senator", "sen", "congressman",
    "congresswoman", "representative", "rep", "ambassador", "envoy", "commissioner", "commander", "colonel",
    "col", "major", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "admiral", "marshal", "brigadier",
    "corporal", "private", "judge", "justice", "magistrate", "king", "queen", "emperor", "pope", "cardinal",
    "bishop", "archbishop", "archdeacon", "vicar", "rector", "curate", "pastor", "chaplain", "priest", "rabbi", "imam", "sheikh", "coach", "manager", "boss", "striker", "midfielder",
    "defender", "goalkeeper", "captain", "skipper", "chancellor", "premier", "mp", "mep", "msp", "am", "mla",
    "councillor", "councilor", "councilman", "councilwoman", "cllr", "alderman", "speaker", "analyst", "economist", "professor", "dr", "doctor",
    "inspector", "superintendent", "constable", "detective", "chief", "editor", "correspondent", "reporter",
    "founder", "owner", "partner", "agent", "lawyer", "solicitor", "barrister", "campaigner", "activist",
    "singer", "actor", "actress", "star", "author", "writer", "producer", "presenter", "player", "former",
    "acting", "interim", "senior", "junior", "first", "lady", "general", "new", "late", "then", "current",
    "outgoing", "incoming", "retiring", "departing",
    "labour", "conservative", "tory", "liberal", "democrat", "democratic", "republican", "green", "independent",
    "socialist", "nationalist", "unionist", "communist", "leftist", "rightist",
    "mr", "mrs", "ms", "miss", "gov", "maj", "adm", "supt", "insp", "det", "gen",
    "cpl", "pte", "ald", "brig", "cmdr", "cdr", "pres", "spr", "gnr", "bdr", "rfn", "tpr",  # ranks written short
    "coroner", "warden", "provost", "vice-chancellor", "emeritus",
    "chef", "designer", "artist", "musician", "comedian", "photographer", "scientist", "researcher",
    "architect", "pilot", "farmer", "teacher", "headteacher", "surgeon", "nurse", "broadcaster", "journalist",
    "novelist", "poet", "director", "film-maker", "filmmaker", "rapper", "dj", "drummer", "guitarist",
    "athlete", "runner", "swimmer", "boxer", "cyclist", "driver", "jockey", "trainer", "bowler", "batsman",
    "winger", "forward", "fullback", "chancellor", "economist", "entrepreneur", "businessman", "businesswoman",
    "investor", "banker", "chemist", "historian", "professor", "lecturer", "student", "pupil",
    "welshman", "welshwoman", "scotsman", "scotswoman", "englishman", "englishwoman", "irishman",
    "irishwoman", "frenchman", "frenchwoman", "dutchman", "countryman", "compatriot", "team-mate",
    "dutchwoman", "spaniard", "briton", "swede", "dane", "finn", "scot",  # '"…," said the Spaniard
    "teammate", "colleague", "rival", "ex", "veteran", "legend", "boss", "chief", "administrator",
    "councilman", "councilwoman", "councilmember", "assemblyman", "assemblywoman", "alderwoman", "sheriff",
    "prosecutor", "treasurer", "comptroller", "lawmaker", "legislator", "trustee", "delegate", "principal",
    "adviser", "advisor", "aide", "consultant", "organiser", "organizer", "coordinator",
    *("transport", "health", "education", "finance", "trade", "interior", "culture", "environment", "treasury",
      "economy", "business", "work", "pensions", "housing", "immigration", "security", "sports"),
}
# portfolios: "Transport Minister", "Health Secretary" (titles, but never a person on their own)
PORTFOLIOS = {"transport", "health", "education", "finance", "trade", "interior", "culture", "environment",
              "treasury", "economy", "business", "work", "pensions", "housing", "immigration", "security", "sports",
              "home", "foreign", "defence", "defense", "state"}

# A capitalised name holding one of these is an organisation, a place or an event, not a person.
ORG_WORDS = {
    "government", "union", "party", "ministry", "department", "council", "commission", "committee", "court",
    "parliament", "assembly", "congress", "senate", "house", "office", "agency", "authority", "board", "bank",
    "group", "forum", "guild", "association", "federation", "confederation", "league", "club", "fc", "united", "city",
    "rovers", "athletic", "coalition", "alliance", "campaign", "movement", "front", "society", "institute",
    "institution", "foundation", "trust", "fund", "organisation", "organization", "corporation", "corp", "company",
    "co", "co-operative", "cooperative", "co-op", "inc", "ltd", "plc", "sangh", "samiti", "morcha", "manch", "parishad", "sabha", "mandal",  # Indian bodies
    "llc", "holdings", "resources", "securities", "industries", "industry", "services",
    "systems", "technologies", "networks", "media", "news", "times", "post", "sport", "sports", "press",
    "television", "tv", "radio", "records", "music", "entertainment", "airlines", "airways", "motors",
    "university", "college", "school", "academy", "hospital", "police", "army", "navy", "force", "forces",
    "guard", "regiment", "brigade", "service", "directorate", "network", "council", "cabinet", "secretariat",
    "tribunal", "inspectorate", "ombudsman",
    "nations", "states", "kingdom", "republic", "federal", "national", "international", "european", "world",
    "street", "road", "avenue", "square", "station", "airport", "port", "bridge", "river", "lake", "mountain",
    "mount", "island", "islands", "bay", "sea", "ocean", "park", "centre", "center", "hall", "palace", "castle",
    "church", "cathedral", "mosque", "temple", "stadium", "arena", "tower", "building", "room", "mine", "dam",
    "east", "west", "north", "south", "eastern", "western", "northern", "southern", "central", "middle",
    "convention", "treaty", "act", "bill", "agreement", "accord", "deal", "summit", "conference", "division", "cup",
    "championship", "olympics", "games", "award", "awards", "prize", "festival", "election", "referendum",
    "day", "week", "war", "crisis", "brexit", "policy", "plan", "programme", "program", "project", "scheme",
    "region", "province", "county", "district", "state", "territory", "area", "valley", "coast", "channel",
    "says", "no", "yes", "limited", "labs", "energy", "oil", "gas", "mining", "capital", "partners", "ventures",
    "foods", "stores", "brands", "logistics", "freight", "telecom", "pharmaceuticals", "pharma", "insurance",
    "steel", "petroleum", "power", "water", "rail", "railways", "trains", "homes", "hotels", "studios",
    "pictures", "software", "digital", "online", "solutions", "associates", "consulting", "investments",
    "financial", "markets", "exchange", "airline", "motor", "cars", "electric", "chemicals", "products",
    "olympic", "commonwealth", "championships", "championship", "grand", "prix", "open", "masters", "trophy",
    "series", "tour", "marathon", "derby", "final", "finals", "rugby", "football", "cricket", "tennis", "golf",
    "protection", "security", "affairs", "chamber", "gazette", "herald", "tribune", "journal", "chronicle",
    "courier", "telegraph", "magazine", "lane", "terrace", "crescent", "boulevard", "highway",
    "creek", "canal", "estuary", "reservoir", "fjord", "glacier", "harbour", "harbor", "wharf", "quay", "marina",
    # firms named for their trade ("Halvard Lines", "Ostrava Carriers", "Grayson Bulk"): never a person's surname
    "lines", "carriers", "bulk", "tankers", "ferries", "shipping", "cruises", "haulage", "engineering",
    "construction", "aerospace", "therapeutics", "biosciences", "robotics", "supermarkets",
}
# First words of place names: "St Kitts", "Mount Everest", "Cape Town".
PLACE_STARTS = {"st", "saint", "mount", "mt", "cape", "fort", "lake", "san", "santa", "los", "las", "port",
                "new", "north", "south", "east", "west", "upper", "lower", "great", "little", "greater",
                "loch", "lough"}

MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

# Words that start a sentence with a capital but are not names.
NOT_NAMES = {
    "the", "a", "an", "and", "but", "or", "so", "if", "when", "while", "as", "at", "in", "on", "of", "for", "to",
    "by", "with", "from", "after", "before", "since", "until", "during", "under", "over", "about", "into",
    "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "this", "that",
    "these", "those", "there", "here", "what", "which", "who", "whom", "whose", "why", "how", "where", "not",
    "earlier", "later", "meanwhile", "also", "however", "now", "then", "yesterday", "today", "tomorrow",
    "tonight", "instead", "still", "yet", "even", "perhaps", "some", "many", "most", "all", "both", "each",
    "every", "other", "another", "such", "no", "yes", "one", "two", "three", "last", "next", "few", "several",
    "thousands", "hundreds", "millions", "dozens", "critics", "analysts", "officials", "experts", "observers",
    "people", "police", "ahead", "despite", "although", "though", "because", "unless", "whether", "whatever",
    "come", "speaking", "asked", "born", "according", "following", "among", "against", "across", "around", "within",
    "without", "between", "above", "below", "nor", "neither", "either", "only", "just", "again", "already",
    "father-of-two", "mother-of-two", "overall", "indeed", "really", "finally", "first", "second", "third",
    *MONTH_NAMES, *WEEKDAYS,
}

SPEECH_VERBS = {
    "said", "says", "say", "added", "adds", "told", "tells", "warned", "warns", "claimed", "claims", "argued",
    "argues", "insisted", "insists", "stated", "states", "declared", "declares", "explained", "explains",
    "admitted", "admits", "acknowledged", "acknowledges", "announced", "announces", "asked", "asks", "replied",
    "replies", "responded", "responds", "remarked", "noted", "notes", "wrote", "writes", "suggested", "suggests",
    "indicated", "indicates", "stressed", "stresses", "urged", "urges", "described", "describes", "called",
    "calls", "maintained", "maintains", "conceded", "concedes", "complained", "complains", "predicted",
    "predicts", "promised", "promises", "pledged", "pledges", "vowed", "vows", "ruled", "rules", "concluded",
    "believes", "believed", "thinks", "thought", "feels", "felt", "hopes", "hoped", "confirmed", "confirms",
    "denied", "denies", "revealed", "reveals", "recalled", "recalls", "continued", "continues", "commented",
    "comments", "emphasised", "emphasized", "pointed", "agreed", "agrees", "accused", "accuses", "alleged",
    "alleges", "blasted", "attacked", "hit", "branded", "dismissed", "defended", "countered", "retorted",
    "quipped", "joked", "boasted", "cautioned", "observed", "reported", "reports", "announced", "demanded",
    "demands", "testified", "proclaimed", "estimated", "estimates", "forecast", "wants", "wanted",
    "introduced", "remembered", "remembers", "dubbed", "asserted", "asserts",
}
# Verbs that can introduce a direct quotation with a colon or stand in "…, X said".
SAY_VERBS = {
    "said", "says", "say", "added", "adds", "told", "tells", "warned", "warns", "claimed", "claims", "argued",
    "argues", "insisted", "insists", "stated", "states", "declared", "explained", "explains", "admitted",
    "admits", "acknowledged", "announced", "asked", "asks", "replied", "replies", "responded", "remarked",
    "noted", "wrote", "writes", "suggested", "stressed", "urged", "maintained", "conceded", "complained",
    "predicted", "promised", "vowed", "continued", "commented", "countered", "retorted", "quipped", "joked",
    "boasted", "cautioned", "observed", "concluded", "recalled", "confirmed", "revealed", "tweeted", "posted",
    "emphasised", "emphasized", "insisted", "pleaded", "shouted", "whispered", "reiterated", "explained",
    "described", "ruled", "agreed", "demanded", "cried", "laughed", "sighed", "reported", "asserted",
    # the tabloid's verbs of saying ('"…," he raged on social media', '"…," fumed the star')
    "fumed", "fumes", "raged", "rages", "blasted", "blasts", "snapped", "gushed", "ranted", "raved", "hinted",
    # a debate's and a briefing's ('"…," Mr Lee shot back', '"…," she answered')
    "answered", "answers", "interjected", "shot back", "hit back", "fired back",
}

PRONOUNS_SINGULAR = {"he", "she"}
PRONOUNS_PLURAL = {"they", "we"}

COUNTRIES = {
    "Afghanistan", "Albania", "Algeria", "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan", "Bahrain",
    "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia", "Brazil", "Britain", "Bulgaria", "Cambodia",
    "Cameroon", "Canada", "Chile", "China", "Colombia", "Congo", "Croatia", "Cuba", "Cyprus", "Czechia",
    "Denmark", "Ecuador", "Egypt", "England", "Estonia", "Ethiopia", "Europe", "Finland", "France", "Georgia",
    "Germany", "Ghana", "Greece", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland",
    "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Latvia",
    "Lebanon", "Libya", "Lithuania", "Luxembourg", "Malaysia", "Mali", "Malta", "Mexico", "Moldova", "Morocco",
    "Netherlands", "Nigeria", "Norway", "Pakistan", "Palestine", "Peru", "Philippines", "Poland", "Portugal",
    "Qatar", "Romania", "Russia", "Rwanda", "Scotland", "Serbia", "Singapore", "Slovakia", "Slovenia", "Somalia",
    "Spain", "Sudan", "Sweden", "Switzerland", "Syria", "Taiwan", "Thailand", "Tunisia", "Turkey", "Uganda",
    "Ukraine", "Uruguay", "Venezuela", "Vietnam", "Wales", "Yemen", "Zambia", "Zimbabwe", "America",
    "UK", "US", "USA", "EU", "UN", "NATO", "Nato", "Hamas", "Hezbollah", "Taliban", "Kremlin", "Washington",
    "Moscow", "Beijing", "Brussels", "Kyiv", "Kiev", "London", "Paris", "Berlin", "Tokyo", "Tehran", "Ankara",
    "South Africa", "South Korea", "North Korea", "Saudi Arabia", "New Zealand", "United States",
    "United Kingdom", "European Union", "United Nations", "Northern Ireland", "Sri Lanka", "Hong Kong",
    "West", "Downing Street", "White House", "Pentagon", "Whitehall",
}
# Demonyms and their sides ("the Russians want" -> Russia).
DEMONYMS = {
    "american": "America", "americans": "America", "russian": "Russia", "russians": "Russia",
    "british": "Britain", "chinese": "China", "french": "France", "german": "Germany", "germans": "Germany",
    "ukrainian": "Ukraine", "ukrainians": "Ukraine", "israeli": "Israel", "israelis": "Israel",
    "palestinian": "Palestine", "palestinians": "Palestine", "iranian": "Iran", "iranians": "Iran",
    "indian": "India", "japanese": "Japan", "italian": "Italy", "spanish": "Spain", "turkish": "Turkey",
    "polish": "Poland", "irish": "Ireland", "welsh": "Wales", "scottish": "Scotland", "english": "England",
    "australian": "Australia", "canadian": "Canada", "european": "Europe", "europeans": "Europe",
    "syrian": "Syria", "iraqi": "Iraq", "iraqis": "Iraq", "afghan": "Afghanistan", "swiss": "Switzerland",
    "dutch": "Netherlands", "swedish": "Sweden", "greek": "Greece", "mexican": "Mexico", "brazilian": "Brazil",
    "western": "the West", "saudi": "Saudi Arabia", "korean": "Korea", "egyptian": "Egypt",
}

# One name per party, so "America", "US" and "Washington" are one side, not three.
PARTY_NAMES = {
    "america": "United States", "us": "United States", "u.s.": "United States", "usa": "United States",
    "united states": "United States", "washington": "United States", "white house": "United States",
    "pentagon": "United States", "american": "United States", "americans": "United States",
    "russia": "Russia", "kremlin": "Russia", "moscow": "Russia", "russian": "Russia", "russians": "Russia",
    "uk": "United Kingdom", "britain": "United Kingdom", "united kingdom": "United Kingdom",
    "british": "United Kingdom", "downing street": "United Kingdom", "whitehall": "United Kingdom",
    "china": "China", "beijing": "China", "chinese": "China", "ukraine": "Ukraine", "kyiv": "Ukraine",
    "kiev": "Ukraine", "ukrainian": "Ukraine", "ukrainians": "Ukraine", "eu": "European Union",
    "european union": "European Union", "brussels": "European Union", "nato": "NATO", "france": "France",
    "paris": "France", "french": "France", "germany": "Germany", "berlin": "Germany", "german": "Germany",
    "iran": "Iran", "tehran": "Iran", "israel": "Israel", "israeli": "Israel", "un": "United Nations",
    "united nations": "United Nations",
}

# Nouns for people or bodies: "Australia's competition watchdog" holds a view; "Russia's demand" is one.
AGENT_NOUNS = {
    "watchdog", "regulator", "spokesman", "spokeswoman", "spokesperson", "lawyer", "lawyers", "government",
    "ministry", "official", "officials", "minister", "ministers", "president", "leader", "leaders", "team",
    "board", "family", "families", "union", "unions", "army", "police", "negotiators", "diplomats", "parliament",
    "delegation", "delegations", "states", "countries", "nations", "governments", "councils", "clubs",
    "court", "judges", "judge", "chief", "boss", "manager", "coach", "brother", "sister", "representative",
    "agent", "campaigners", "campaign", "protesters", "workers", "staff", "members", "supporters", "critics",
    "company", "companies", "firm", "firms", "industry", "directors", "shareholders", "analysts", "fans",
    "players", "club", "committee", "council", "authorities", "administration", "office", "department",
    "executive", "executives", "chairman", "promoters", "artists", "labels", "groups", "group", "coalition",
    "residents", "voters", "teachers", "doctors", "nurses", "servants", "employees", "owners", "investors",
    "opposition", "rebels", "troops", "forces", "military", "allies", "partners", "prosecutors", "solicitor",
    "agency", "agencies", "providers", "regulators", "lawmakers", "legislators", "advisers", "advisors",
    "physicians", "customers", "clubs", "unions", "associations", "bosses", "owners", "landlords", "tenants",
    "managers", "operator", "operators", "employer", "employers", "traders", "retailers", "businesses", "farmers",
    "drivers", "passengers", "commuters", "patients", "parents", "pupils", "students", "locals", "shopkeepers",
}

# Words that may stand before a name without making a single word a person ("Liberal Democrats").
NOT_PERSON_TITLES = {"labour", "conservative", "tory", "liberal", "democrat", "democratic", "republican", "green",
                     "independent", "socialist", "nationalist", "unionist", "communist", "leftist", "rightist",
                     "first", "new", "late", "then", "current", "former", "acting", "interim", "senior", "junior",
                     "outgoing", "incoming", "retiring", "departing",
                     "state", "home", "foreign", "general", "private", "major"}

# The only letters outside ASCII that re.IGNORECASE pairs with an ASCII letter, or whose lower case is ASCII or longer:
# "İ" and "ı" for i, the Kelvin sign for k, the long s for s (every code point checked against re in Python 3.11).
# Where none is in a text, str.lower() lines it up with re's case-blind matching, so a name is found without
# compiling a pattern per name.
ASCII_CASE_PAIRS = "\u0130\u0131\u212a\u017f"
