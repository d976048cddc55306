"""Whether a name offered or keyed as a side ("Which side …?", a match of positions to sides, "Which of these is X's
position?") is a party the article itself treats as one (issue 14, point 4).

A side is a country or a state, a government, an acronym the article uses, or a name the article writes as a name:
with its capitals, somewhere that is neither the first word of a sentence or a line ("Industry analysts expect …",
"Operator promises …" in a headline, a dateline in capitals) nor a piece of a longer capitalised name ("Senate
Majority" of "Senate Majority Leader X", "Eastern" of "the Eastern Farmer"). A described group ("households",
"retailers", "the operator", "the cooperative") is written in lower case wherever the sentence does not open on it,
so it is no named party, and neither is a phrase the question writer read as a holder ("Issued during the
briefing"). A court, a tribunal, a university, an institute, a mediator or a regulator is a side only where it holds
a position itself (`neutral`): otherwise it is the odd option out of a dispute it only rules on, studies or hosts.
"""

from __future__ import annotations

import functools
import itertools
import re

from studyapp.core.generate.described import key_of, qualified
from studyapp.core.generate.kinds import WORK_NOUNS, _a_state, kind_of, named_as_body, named_as_place, read_cues, work_at
from studyapp.core.generate.lexicon import AGENT_NOUNS, COUNTRIES, ORG_WORDS, PARTY_NAMES, TITLE_WORDS
from studyapp.core.generate.text import is_word_char, word_count, word_starts

# Fixed patterns used per sentence or per question, compiled once (tests/core/generate/test_regex_cache.py)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?:\s|$)")
_CAPITAL_NEXT = re.compile(r" (?-i:[A-Z])")
_LIST_JOIN = re.compile(r",\s*|\s+and\s+")
_ORGAN_OF = re.compile(r"[A-Z][a-z]+ of (?:the )?([A-Z].*)$")

# An acronym used as a name ("LSP", "RMTU"): one word in capitals, of two to six letters
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}s?")
# What follows an abbreviation used as the subject of a sentence or as an owner: "CBP said", "OFWA has", "LSP's"
_AS_SUBJECT = (r"(?:['’]s\b|\s+(?:(?:also|later|then|still|now|has|have|had|will|would|is|was|were|are|does|did|"
               r"can|could|should|must|may|not)\s+)*(?:said|says|say|told|tells|argued|argues|wants|wanted|"
               r"declined|refused|rejected|rejects|announced|announces|confirmed|confirms|warned|warns|insisted|"
               r"insists|called|calls|urged|urges|denied|denies|plans|planned|has|had|have|is|was|will|would)\b)")
# Marks a sentence or a line may open with before its first word
_OPENERS = "\"“‘'([«—–- \t"
# The heads of bodies that rule, judge, study, host or mediate in a dispute rather than take part in it
_NEUTRAL_HEADS = re.compile(r"\b(?:court|courts|tribunal|judge|inquiry|ombudsman|university|college|institute|"
                            r"observatory|laboratory|mediat\w*|arbitrat\w*|conciliat\w*|regulator|watchdog|"
                            r"commissioner)\b", re.IGNORECASE)


def _line_is_title(line: str) -> bool:
    """A headline or a label in title case ("Dockers Strike Over Pay"): most of its longer words capitalised."""
    if _SENTENCE_END.search(line.strip()):
        return False  # a sentence
    words = [w for w in line.split() if len(w) >= 4 and w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _opens(article: str, at: int) -> bool:
    """Whether the word at `at` opens a sentence or a line (whatever marks stand before it)."""
    i = at - 1
    while i >= 0 and article[i] in _OPENERS:
        i -= 1
    if i < 0 or article[i] in ".!?:;\n\r":
        return True
    return "\n" in article[i:at]


def _word_before(article: str, at: int) -> tuple[str, int]:
    """The word just before `at` on its line (and where it starts), or ('', -1) when a mark or a line break is
    between."""
    i = at - 1
    if i < 0 or article[i] != " ":
        return "", -1
    j = i
    while j > 0 and (is_word_char(article[j - 1]) or article[j - 1] in "’'&.-"):
        j -= 1
    return article[j:i], j


@functools.lru_cache(maxsize=2048)
def written_as_name(name: str, article: str) -> str:
    """How the article writes `name`, capitals and all: 'name' where a name stands (not as the first words of a
    sentence or a line, nor inside a longer capitalised name, nor in a title-case headline); 'opening' where it
    stands only as a sentence's first words (a name, or a common word capitalised there: "Industry analysts
    expect …"); '' where it never stands on its own."""
    lines_title: dict[int, bool] = {}
    found = ""
    for at in word_starts(name, article):
        line_start = article.rfind("\n", 0, at) + 1
        if line_start not in lines_title:
            line_end = article.find("\n", at)
            lines_title[line_start] = _line_is_title(article[line_start:line_end if line_end >= 0 else len(article)])
        if lines_title[line_start]:
            continue
        end = at + len(name)
        if _CAPITAL_NEXT.match(article[end:end + 2]):
            continue  # "Senate Majority Leader Tomas Ruelas": a piece of a longer name
        if _opens(article, at):
            found = "opening"
            continue
        before, where = _word_before(article, at)
        if before.isdigit():  # "Channel 4 Eastern": a number inside a name
            before, where = _word_before(article, where)
        if before and before[:1].isupper() and not _opens(article, where) and \
                before.lower() not in ("the", "a", "an"):
            continue  # "Channel 4 Eastern", "the Eastern Farmer": inside a name that begins before it
        return "name"
    return found


# Words before a place: "growers on Lindholm Sound", "a rally in Harwick Square", "off Kerrin Point"
_WHERE = {"in", "at", "on", "near", "off", "across", "along", "around", "outside", "inside", "into", "onto"}


# The last word of a stretch of land's name ("Orlen Valley", "Kessel Basin"); not "Vale" or "Hill", which clubs are
# often named after
_LAND_HEADS = {"valley", "basin", "peninsula", "plateau", "gorge", "delta", "river", "hills", "mountains",
               "highlands", "lowlands", "steppe", "fjord", "estuary", "lagoon"}
# The last word of a structure's or a route's name ("Blue Line", "Central Station", "Harbour Bridge"): where things
# run or stand, never a party, unless the article calls it a body or it holds a position itself
_STRUCTURE_HEADS = {"line", "station", "bridge", "tunnel", "road", "street", "avenue", "stadium", "airport",
                    "motorway", "highway", "terminal", "runway", "canal", "dam", "bypass", "junction", "square",
                    "building", "tower", "reactor", "pipeline", "interchange", "viaduct", "expressway", "freeway"}
# A seat or a ward someone is elected for ("MP for Wendover Vale", "the councillor for Eastgate"): a place
_SEAT_HOLDER = {"mp", "mps", "msp", "mla", "mep", "td", "member", "councillor", "councilor", "senator",
                "representative", "congressman", "congresswoman", "candidate", "assemblyman", "assemblywoman"}


def _only_where(name: str, article: str) -> bool:
    """Whether every time the article writes `name` inside a sentence it is where something is ("oyster growers on
    Lindholm Sound"), and the name holds no word of a body: a place, never a party."""
    if any(w.lower().strip("’'") in ORG_WORDS for w in name.split()):
        return False
    seen = False
    headline = article.find("\n")
    for at in word_starts(name, article):
        if _opens(article, at) or at < headline:
            continue  # (a headline's words say little of what a name is: "clash over Lindholm Sound cable route")
        before, where = _word_before(article, at)
        if before.lower() == "the":
            before, where = _word_before(article, where)
        if before.lower() == "for" and _word_before(article, where)[0].lower().strip(",") in _SEAT_HOLDER:
            seen = True  # "MP for Wendover Vale": the seat, a place
            continue
        if before.lower() not in _WHERE:
            return False
        seen = True
    return seen


# A plural of a noun of agents ("Campaigners", "Farmers", "Scientists", "Residents"): a described group
_AGENT_PLURAL = re.compile(r"[A-Z][a-z]+(?:ers|ors|ists|ians|ents|ants|ives)")


def _common_opening(name: str, article: str) -> bool:
    """Whether a name the article writes only at a sentence's start opens on a common word: a word the article
    also writes in lower case ("Households", "Operator", "Neighbouring Stainby Parish Council" beside "the
    neighbouring parish"), a word of bodies or titles standing alone ("Industry"), a plural of agents
    ("Campaigners"), or words of which some are in lower case ("Coalition of farmers", "Issued during the
    briefing")."""
    words = name.split()
    if any(w[:1].islower() and w not in ("of", "and", "for", "the", "&") for w in words):
        return True
    first = words[0].lower()
    if len(words) == 1 and any(at == 0 or article[at - 1] not in "’'-" for at in word_starts(first, article)):
        return True
    if len(words) >= 2 and any(at == 0 or article[at - 1] not in "’'-" for at in word_starts(first, article)):
        # "Neighbouring Stainby Parish Council", "Developer Greyfriars Living": a common word before a name
        rest = name[len(words[0]):].strip()  # (written on its own too, not only after that word)
        return written_as_name(rest, article) != "" and word_count(rest, article) > word_count(name, article)
    if len(words) == 1:
        return first in ORG_WORDS or first in TITLE_WORDS or first in AGENT_NOUNS or \
            bool(_AGENT_PLURAL.fullmatch(words[0])) or \
            first.endswith("s") and not first.endswith(("ss", "us", "is"))  # "Households in the village fear …"
    return False


# What kind of thing a name is when it is no party at all (issue 14, point 4): a work ("the report Ports Under
# Pressure", a title in quotation marks), a publication ("the Kelby Courier reported"), a structure ("the Harlow
# Bridge, which opened in 1998": kinds.named_as_place) or a body the story says is still to be set up ("a new
# Ports Oversight Board would be set up")
_PRESS_HEADS = {"gazette", "times", "post", "herald", "journal", "tribune", "chronicle", "ledger", "courier",
                "observer", "telegraph", "mirror", "express", "echo", "bulletin", "magazine", "newspaper", "daily",
                "weekly", "standard", "record", "press", "news", "dispatch", "examiner", "inquirer", "sentinel",
                "register", "monitor", "review", "argus", "clarion", "gleaner", "mercury", "advertiser"}
_PRESS_VERBS = re.compile(r"(?:\s+(?:first|also|previously|earlier|has|had|newspaper|magazine|website))*\s+(?:reported|reports|"
                r"revealed|reveals|published|publishes|wrote|writes|quoted|quotes|obtained|understands)\b")
# A capitalised word (not a sentence's first) just before a body's common word: "Dockers' Union", "Kelvan Government"
_NAMED_BEFORE = re.compile(r"(?<=[a-z,;] )(?:[A-Z][\w’'-]*[ ]){1,4}\Z|(?<=[a-z,;] )[A-Z][\w’'-]*[’']s?[ ]\Z")
_PRESS_BEFORE = re.compile(r"\b(?:told|tells|telling|[Aa]ccording\s+to|interview\s+with|(?:wrote|writing|op-ed|"
                           r"column|article|editorial|letter)\s+(?:in|for|to))\s+(?:the\s+)?\Z")
_TO_BE_SET_UP = re.compile(r"(?:\s*\([^()\n]{1,40}\))?(?:,[^,.;\n]{1,60},)?\s+(?:(?:would|will|could|is|are|was|"
                           r"were)\s+(?:(?:to|soon|also|now|then|eventually)\s+)?be|to\s+be)\s+(?:set\s+up|created|"
                           r"established|formed|founded|launched|introduced|convened|appointed)\b")
_NEW_BEFORE = re.compile(r"\b(?:[Aa]|[Tt]he)\s+(?:proposed\s+|planned\s+)?new\s+\Z|\b(?:create|set\s+up|establish|"
                         r"form|found|launch)(?:ing|s|ed)?\s+(?:a|the)\s+(?:new\s+)?\Z")
# A body's common word standing alone ("Union", "Government"): a side only where the article gives no longer name
# ending in it ("the Ostrabel Dockers' Union", "the Kelvan Government")
_BARE_BODY = {"union", "government", "council", "company", "firm", "authority", "board", "ministry", "department",
              "agency", "committee", "association", "federation", "commission", "party", "club", "trust",
              "foundation", "group", "coalition", "alliance", "institute", "society", "corporation", "league"}


# The last word of a law's, a treaty's or an event's name ("Digital Fairness Act", "Harbour Accord", "National Games"):
# what the parties fight over or take part in, never a party itself
_LAW_HEADS = {"act", "bill", "directive", "regulation", "regulations", "treaty", "accord", "accords", "charter",
              "convention", "protocol", "amendment", "statute", "ordinance", "code", "law", "pact"}
_EVENT_HEADS = {"games", "championships", "championship", "olympics", "cup", "tournament", "festival", "marathon",
                "expo", "summit", "awards", "derby", "grand prix", "open"}
# A title's abbreviation ("CM Harish Bhandari", "the PM", "CEO"): a job, never a party
_TITLE_ABBREVIATIONS = {"CM", "PM", "DPM", "MP", "MLA", "MEP", "MSP", "CEO", "CFO", "COO", "DG", "VP", "MD", "GM",
                        "AG", "DA", "SG", "FM", "HM"}


@functools.lru_cache(maxsize=2048)
def what_kind(name: str, article: str) -> str:
    """Why `name` is no party nor person by its kind ('' when nothing says so): a work, a publication, a structure,
    a body still to be set up, a body's common word without its name. Read from the article's own wording."""
    bare = name[4:] if name.lower().startswith("the ") else name
    words = bare.split()
    if not words or not bare[:1].isupper():
        return ""
    low = words[-1].lower().strip("’'")
    if len(words) >= 2 and (low in _LAW_HEADS or low in _EVENT_HEADS) and not named_as_body(bare, article):
        return "a law, a treaty or an event, not a party"  # "Digital Fairness Act", "Harbour Accord"
    if len(words) == 1 and bare in _TITLE_ABBREVIATIONS:
        return "a title's abbreviation, not a party"  # "CM Harish Bhandari said …"
    if len(words) == 1 and low in WORK_NOUNS + ("studies", "findings", "research"):
        return "a work (a book, a report, a study), not a party"  # "Study" from "The study said …"
    if len(words) == 1 and low in _BARE_BODY and any(_NAMED_BEFORE.search(article, max(0, at - 40), at)
                                                      for at in itertools.islice(word_starts(words[0], article), 8)):
        return "a body's common word, not the full name the article gives it"
    press = low in _PRESS_HEADS and len(words) >= 2
    for at in itertools.islice(word_starts(bare, article), 4):  # (a work or a paper is called one where first named)
        before = article[max(0, at - 60):at]
        if work_at(article, at, len(bare)):
            return "a work (a book, a report, a film), not a party"
        if press and (_PRESS_BEFORE.search(before.removesuffix("the ").removesuffix("The ")) or
                      _PRESS_VERBS.match(article, at + len(bare))):
            return "a publication, not a party"
    first = next(iter(word_starts(bare, article)), -1)
    if first >= 0 and len(words) >= 2 and (_NEW_BEFORE.search(article[max(0, first - 40):first]) or
                                            _TO_BE_SET_UP.match(article, first + len(bare))):
        return "a body the article says is still to be set up, holding no position yet"
    return ""


# Words that make a name a broadcaster's or a news agency's ("Radio Ellby", "Norvia Broadcasting Corporation",
# "Kestral TV", "the Meridian News Agency"): the outlet that carries the story or the interview ("told the …"), never a
# party to it unless it holds a position itself
_BROADCAST_NAME = re.compile(r"(?i:\b(?:radio|television|tv|broadcasting|broadcaster|fm|podcast|newsroom)\b)|"
                             r"\b(?:Press|News|Wire)\s+(?:Agency|Service|Association)\b")
_CREDIT_AFTER = re.compile(r"/\s*[A-Z]")
_DATELINE_AFTER = re.compile(r"\)\s*(?:$|[-–—:]\s)", re.MULTILINE)


def an_outlet(name: str, article: str = "") -> bool:
    """Whether `name` is a broadcaster or a news agency (see `_a_broadcaster`): the outlet, a party only where it
    holds a position itself."""
    return _a_broadcaster(name[4:] if name.lower().startswith("the ") else name, article)


def _a_broadcaster(bare: str, article: str = "") -> bool:
    """Whether `bare` names a broadcaster or a news agency, or is the letters the article gives one in brackets
    ("the Meridian Press Agency (MPA)")."""
    if " " in bare:
        return bool(_BROADCAST_NAME.search(bare))
    if not article or not _ACRONYM.fullmatch(bare):
        return False
    at = article.find(f" ({bare})")
    if at > 0 and _a_broadcaster(" ".join(article[max(0, at - 60):at].split()[-5:])):
        return True
    # a wire agency's letters only in a dateline ("KHALVIR, 19 October 2025 (KPA)", "OSLO, May 3 (KPA) -") and in
    # photo credits ("KPA/Ann Roe"): the agency that carries the story
    seen = list(itertools.islice(word_starts(bare, article), 12))
    return bool(seen) and all(_CREDIT_AFTER.match(article, at + len(bare)) or (
        _DATELINE_AFTER.match(article, at + len(bare)) and article[at - 1:at] == "(" and
        at - article.rfind("\n", 0, at) <= 70) for at in seen)


def not_a_side(name: str, article: str, persons: frozenset[str] | set[str] = frozenset(),
               holders: frozenset[str] | set[str] = frozenset()) -> str:
    """Why `name` is no side of the article's story ('' when it is one): see the module's doc. `holders` are the
    names that hold a position or say something in the extracted facts."""
    name = name.strip()
    bare = name[4:] if name.lower().startswith("the ") else name
    if not bare:
        return "no name"
    if bare in COUNTRIES or bare.lower() in PARTY_NAMES:
        return ""
    _, _, states, capitalised = read_cues(article)
    if _a_state(bare, states, capitalised):
        return ""  # "Vesteria" beside "Vesterian officials": a state, wherever "in Vesteria" puts it
    if len(bare.split()) >= 2 and bare.split()[-1].lower() in _LAND_HEADS and "&" not in bare and \
            " and " not in bare and \
            not any(w.lower().strip("’'") in ORG_WORDS and w.lower() not in _LAND_HEADS for w in bare.split()):
        return "a place or a thing"  # "the disputed Orlen Valley crossing": land, never a party
    if _only_where(bare, article):  # (before the people: a place the cast read as a person is still a place)
        return "a place or a thing"
    kind = what_kind(bare, article)
    if kind:
        return kind
    if bare not in holders and _a_broadcaster(bare, article):
        return "a broadcaster or news agency that holds no position: the outlet, not a party"
    if len(bare.split()) >= 2 and bare.split()[-1].lower() in _STRUCTURE_HEADS and bare not in holders and \
            not named_as_body(bare, article):
        return "a place or a thing"  # "the existing Blue Line", "Central Station": where trains run, not who acts
    if bare in persons:
        return "a person"
    if _ACRONYM.fullmatch(bare):  # "(TDW)" defined, a holder of its own, or the subject of a verb; not "10am IST"
        used = re.search(r"(?<![\w-])" + re.escape(bare) + _AS_SUBJECT, article)
        return "" if bare in holders or f"({bare})" in article or used else \
            "an abbreviation the article defines for no party"
    members = [m.strip() for m in _LIST_JOIN.split(bare)]
    if len(members) >= 3 and all(m in COUNTRIES for m in members):
        return ""  # "UK, France, Germany and Sweden": states that hold one position together
    if " " in bare and bare.upper() == bare:
        return "words in capitals (a dateline or a label)"  # "CARVER CITY — Gov. X vowed …"
    if qualified(bare) and key_of(bare):
        return "a body described by where it is from, not named"  # "Munich-based group", "Ostravian carrier"
    if bare.split()[-1].lower() == "government":
        return ""  # "the government", "Norlandn government": a state's government is a party however written
    if named_as_place(bare, article) or kind_of(bare, article):
        return "a place or a thing"
    written = written_as_name(bare, article)
    organ = _ORGAN_OF.match(bare)
    if not written and organ and not_a_side(organ.group(1), article, persons) == "":
        return ""  # "Board of Veltra Systems" from "the board of Veltra Systems": an organ of a named party
    if not written:
        return "the article never writes it as a name"
    if written == "opening" and _common_opening(bare, article):
        return "written as a name only where a sentence opens on a common word"
    return ""


def neutral(name: str) -> bool:
    """Whether `name` is a body that rules, studies, hosts or mediates ("High Court", "Kingsmere University",
    "Workplace Mediation Board"): a side only where it holds a position itself."""
    return bool(_NEUTRAL_HEADS.search(name))


def weak_holder(name: str, article: str, persons: frozenset[str] | set[str] = frozenset(),
                holders: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a position's holder cannot even be the subject of a statement or a "What does X want?": a piece of
    a longer name or a capitalised common noun that needs its article ("Senate Majority", "Cooperative asks …",
    "CARVER CITY"); a described group in the plural ("Households ask …", "What do dockers want?") reads well."""
    why = not_a_side(name, article, persons, holders)
    if not why or why == "a person":
        return False
    words = name.split()
    if len(words) == 1:
        return not (words[0].endswith("s") and not words[0].endswith("ss"))
    return all(w[:1].isupper() or w in ("of", "and", "for", "&") for w in words)
