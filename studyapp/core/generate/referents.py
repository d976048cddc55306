"""What "the company", "the firm" or "the plan" stands for, so a question can name it and stand alone.

A news sentence leans on the ones before it: "McWidget reported a loss. The company also reported debt of
£300 million." A question drafted from the second sentence ("How much debt did the company report?") cannot be
answered without the article open. This module finds the named antecedent of such a definite description in
the sentences just before it (the same or the previous paragraph, and the lead) and rewrites the question with
it ("How much debt did McWidget report?"); when it finds none with confidence, the description stays and
`unresolved` names it, so the "complete" check fails the question and it is not kept.

Rules, not a parser: an organisation word ("the firm") is the organisation that was the topic (the subject)
of the nearest sentence before it, or the only organisation named there; a thing word ("the plan", "the
offer") is the last noun phrase of the same kind that the article describes ("the state budget",
"Castlereach's bid", "a plan to close two wards"). Words inside quotation marks are the speaker's and are left
alone.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable

from studyapp.core.generate.kinds import kind_of
from studyapp.core.generate.lexicon import COUNTRIES, DEMONYMS
from studyapp.core.generate.pacing import UNIT
from studyapp.core.generate.people import Cast
from studyapp.core.generate.realise import clean_clause, split_clause, subject_of
from studyapp.core.generate.text import Article, word_starts

# Fixed patterns used per sentence or per question, compiled once (tests/core/generate/test_regex_cache.py)
_OF_OR_NAME_AFTER = re.compile(r"\s+(?:of|[A-Z])")
_TIME_NOUN_AFTER = re.compile(r"\s+(?:year|day|term|holidays?|week)\b")

# How far from a question's source an option's description is looked for (characters either side).
_NEAR = 20_000
# Words that only ever stand for an organisation, and the words in a name that say it is another kind.
ORG_NOUNS = {"company", "firm", "group", "chain", "corporation", "conglomerate", "lender", "bank",
             "insurer", "airline", "carrier", "retailer", "publisher", "broadcaster", "brewer", "miner",
             "carmaker", "manufacturer", "supermarket", "union", "charity", "club", "agency", "organisation",
             "organization"}
_KIND_OF = {
    "group": {"group", "holdings", "campaign", "alliance", "coalition", "action", "network", "save", "friends"},
    "union": {"union", "guild", "federation", "brotherhood", "confederation", "syndicate", "association"},
    "club": {"club", "fc", "united", "city", "rovers", "athletic", "town"},
    "charity": {"charity", "trust", "foundation", "fund", "society", "appeal"},
    # "the agency": a public body's name says so, or it is an acronym ("the agency" after "KSRO said …")
    "agency": {"agency", "administration", "authority", "bureau", "service", "office", "commission", "directorate",
               "department", "executive", "institute"},
}
_NOT_A_FIRM = {"union", "guild", "federation", "association", "society", "institute", "foundation", "trust", "council", "ministry", "department", "government", "court", "police",
               "university", "school", "college", "hospital", "party", "parliament", "assembly", "senate",
               "congress", "committee", "commission", "army", "navy", "club", "league", "church", "state",
               "county", "city", "agency", "authority", "board", "office"}
# A thing the article talks about, and the nouns that can introduce it earlier ("the plan" is "the state budget").
THING_NOUNS = {
    "plan": {"plan", "budget", "proposal", "scheme", "programme", "program", "blueprint", "strategy"},
    "proposal": {"proposal", "plan", "offer", "scheme", "bill"},
    "scheme": {"scheme", "plan", "programme", "program"},
    "deal": {"deal", "agreement", "accord", "pact", "merger", "contract", "settlement", "takeover", "truce"},
    "agreement": {"agreement", "deal", "accord", "pact", "settlement", "treaty"},
    "offer": {"offer", "bid", "proposal"},
    "bid": {"bid", "offer"},
    "bill": {"bill", "legislation", "law", "measure", "amendment"},
    "campaign": {"campaign", "drive", "appeal"},
    "sanctions": {"sanctions", "penalties", "tariffs"},
    "penalties": {"penalties", "fines", "sanctions"},
    "tariffs": {"tariffs", "duties", "levies"},
    "merger": {"merger", "deal", "takeover", "combination"},
    "takeover": {"takeover", "bid", "offer", "deal"},
    "system": {"system", "scheme", "code", "regime", "mechanism", "command", "service"},
    "pool": {"pool"},
    "letter": {"letter", "petition", "appeal"},
    # What a body decides or does, which the article names by its own clause ("the decision to close two schools",
    # "a vote on the merger", "the ban on overtime"): "the decision" alone says nothing without the article.
    "decision": {"decision", "ruling", "verdict"},
    "ruling": {"ruling", "decision", "judgment", "verdict"},
    "vote": {"vote", "ballot", "referendum"},
    "ballot": {"ballot", "vote"},
    "ban": {"ban", "moratorium", "prohibition"},
    "move": {"move", "decision", "step"},
    "closure": {"closure", "shutdown"},
    "closures": {"closures", "cuts"},
    "cuts": {"cuts", "closures", "reductions"},
    "changes": {"changes", "reforms", "plans", "proposals"},
    "date": {"date", "deadline"},
    "deadline": {"deadline", "date"},
}
# Events and things a story brings in once and then calls "the <noun>" ("a consultation on closing Elm Street Primary
# … the consultation closes on 3 May", "shares in Veltra fell … the shares"): named from the article's first full
# description, else the question does not stand alone, unless the bank's title (which a student sees) names the kind.
# A noun after it ("the strike fund") makes it another thing.
EVENT_THINGS = {
    "consultation": {"consultation"}, "inquiry": {"inquiry", "investigation"},
    "investigation": {"investigation", "inquiry", "probe"}, "review": {"review"},
    "strike": {"strike", "walkout"}, "walkout": {"walkout", "strike"}, "protest": {"protest", "demonstration"},
    "rally": {"rally", "demonstration"}, "dispute": {"dispute", "row"}, "talks": {"talks", "negotiations"},
    "negotiations": {"negotiations", "talks"}, "rebate": {"rebate"}, "extension": {"extension", "expansion"},
    "shares": {"shares"}, "project": {"project", "development"}, "petition": {"petition"},
    "lawsuit": {"lawsuit"}, "fire": {"fire", "blaze"},
    "reform": {"reform"}, "reforms": {"reforms"}, "levy": {"levy"}, "subsidy": {"subsidy"},
    "expansion": {"expansion", "extension"}, "redevelopment": {"redevelopment"}, "walk-out": {"walk-out", "strike"},
    # (what a story reports on: an act, a finding, an illness, a sale; "the complaint" says nothing of what about)
    "declaration": {"declaration"}, "suspension": {"suspension"}, "complaint": {"complaint"},
    "application": {"application"}, "survey": {"survey"}, "study": {"study"}, "report": {"report"}, "audit": {"audit"},
    "inquest": {"inquest"}, "outbreak": {"outbreak"}, "illness": {"illness", "disease"},
    "disease": {"disease", "illness"}, "sale": {"sale"}, "auction": {"auction"},
    # (a measure the story brings in once: "a clean air zone covering the inner ring … the zone", "a £28m programme of
    # … the programme", "a catch quota of … the quota", "changes to … the change", "a cap at a level of … the level")
    "zone": {"zone"}, "programme": {"programme", "program", "scheme"}, "program": {"program", "programme", "scheme"},
    "quota": {"quota"}, "change": {"change"}, "level": {"level"},
}
for _noun, _heads in EVENT_THINGS.items():
    THING_NOUNS.setdefault(_noun, _heads)
# (nouns an infinitive after them does not name: "a ban to start in April" says when, "the date to be set" nothing)
_NO_INFINITIVE = frozenset({"ban", "moratorium", "prohibition", "closure", "closures", "shutdown", "cuts", "reductions",
                            "changes", "reforms", "date", "deadline", "ruling", "verdict", "judgment"})
# (the acts and events among them: in a cloze, the article's own sentence, "the decision" is no question's subject)
_EVENT_NOUNS = frozenset({"decision", "ruling", "vote", "ballot", "ban", "move", "closure", "closures", "cuts", "changes",
                          "date", "deadline"})
_NO_DETERMINER = r"(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|my|your|some|any|every|each)\b)"
# Adjectives that leave "the new plan" as unnamed as "the plan".
_BARE_ADJ = r"(?:new|proposed|latest|revised|planned|original|current|final|same|whole|entire|initial|draft)"
_DEFINITE = re.compile(r"\b([Tt]he)\s+(?:" + _BARE_ADJ + r"\s+)?(" + "|".join(sorted(ORG_NOUNS | set(THING_NOUNS),
                                                                                      key=len, reverse=True))
                       + r")(['’]s|(?<=s)['’])?(?![\w’'-])")
# What follows an organisation's noun and says which one it is: "the company behind the app", "the firm Dashly".
_ORG_COMPLEMENT = re.compile(r"\s+(?:that\b|which\b|behind\b|called\b|known\b|named\b|of\s+[A-Z]|[“\"‘]|[A-Z])")
# What follows a thing's noun and says which one it is: "the plan to close two wards", "the offer of 3%".
_COMPLEMENT = re.compile(r"\s+(?:to\s+[a-z]|of\b|for\b|on\b|against\b|with\b|between\b|that\b|which\b|behind\b|by\b|when\b|"
                         r"from\b|in\s+(?:[A-Z]|the\s+[A-Z])|called\b|known\b|named\b|[“\"‘]|[A-Z]|"
                         r"(?!(?:being|having|during|morning|evening|meeting|building)\b)[a-z]{3,}ing\s+(?:[a-z]+\s+)?[a-z$£€\d])")
# ("the bill capping insulin at $35": a participle's phrase says which, as "the plan to close two wards" does)
# "one campaign will …", "one firm said …": "one" standing for something named only in the article.
_ONE = re.compile(r"(?:^|[,;:]\s+|\b(?:did|does|do|will|would|was|were|is|are|has|have|had|can|could)\s+)"
                  r"([Oo]ne\s+(?:" + "|".join(sorted(ORG_NOUNS | set(THING_NOUNS), key=len, reverse=True)) + r"))\b")
# A possessive before a noun whose content only the article says: "won't budge on its position", "sceptical of
# their conclusion" (whose position, on what? which conclusion?).
_VAGUE_OWN = re.compile(r"\b(?:its|their|his|her)\s+(?:own\s+)?(?:position|stance|view|views|conclusion|conclusions|"
                        r"decision|findings|assumptions|mind|line|point|argument|case)(?=\s*[?.!,;]|\s*$)",
                        re.IGNORECASE)
# "Who demands the $20?": a figure standing for a thing the article named before (a price, a sum).
_BARE_FIGURE = re.compile(r"\bthe\s+[$£€]\s?\d[\d,.]*(?:\s?(?:million|billion|bn|m))?(?=\s*[?.!,;]|\s*$)")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# A question's quoted words in either kind of marks: British single marks too ("said the board's offer was ‘an insult
# to the union’"), whose closing mark is no apostrophe ("the union’s" inside them goes on). Never rewritten.
_QUOTED_TEXT = re.compile(r"“[^”]*”|\"[^\"]*\"|‘(?:[^’\n]|’(?=\w)){0,400}’(?!\w)")
# "the others", "the other two", "the latter", "the rest": members of a set only the article lists
_OTHERS = re.compile(r"\b[Tt]he\s+(?:others|latter|remaining\s+(?:two|three|four|five|six)|"
                     r"other\s+(?:one|two|three|four|five|six))\b")
# "One, a retired teacher, …" opening a statement or an item: one of a set the sentence before gives
_ONE_LEAD = re.compile(r"^(?:True or false:\s+)?[“\"‘']?(One),")
_TIME_LEAD = re.compile(r"^(?:(?:In|On|At|By|Since|Last|This|Earlier|Later|Meanwhile|But|And|So|Yet|Now|Then|"
                        r"However|Also)\b[^,]{0,30},?\s+)")
# What follows an event's noun in its description and says which ("a consultation on closing Elm Street Primary", "a strike
# over pay at the Port of Saltmere", "shares in Veltra"), up to a clause's end; `_whole_complement` keeps it only when it
# holds no verb (no clause run on past the noun phrase) and is no date ("a strike on Tuesday" says when, not which)
_PREP_TAIL = (r"(?P<ptail>\s+(?:on|of|over|into|against|at|for|between|about|by|with|in(?=\s+(?:the\s+)?[A-Z]))\s+"
              r"(?:[\w’'$£€%-]+\s+){0,6}?[\w’'$£€%-]+(?=\s*(?:[,.](?!\d)|[;:!?()]|$)))?")
_CLAUSE_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
                           "should", "can", "may", "might", "must", "did", "does", "do", "said", "says", "say", "that",
                           "which", "who", "but", "it", "they", "he", "she", "we", "i", "you", "not"})
_OWNING = frozenset({"its", "their", "his", "her"})
_DATE_WORDS = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
                         r"July|August|September|October|November|December|today|tonight|yesterday|tomorrow|week|weekend|"
                         r"month|year|morning|afternoon|evening|night|\d{4})$", re.IGNORECASE)


def _whole_complement(tail: str) -> bool:
    words = tail.split()[1:]
    if not words or any(w.lower() in _CLAUSE_WORDS | _OWNING for w in words) or any(_DATE_WORDS.match(w) for w in words):
        return False  # (nor a possessive pronoun: "a declaration on sharing its water", whose water only the article says)
    return not any(re.fullmatch(r"[a-z]+ed", w) for w in words[1:])


# A complement that runs on past its noun phrase, read up to the clause's end
_RUN_ON = re.compile(r"\s+(?P<prep>on|of|over|into|against|at|for|between|about|by|with|in(?=\s+(?:the\s+)?[A-Z]))\s+"
                     r"(?P<words>[^,;:.!?()“”\"]{1,120})")
# Words that end a complement's noun phrase: another phrase or a clause begins ("noise from a depot", "crossings closed
# since 2024", "the port ended in March")
_PHRASE_END = frozenset({"from", "since", "until", "after", "before", "when", "while", "because", "as", "if", "than",
                         "to", "in", "on", "at", "by", "with", "for", "of", "into", "over", "under", "near", "during",
                         "who", "which", "that", "whose", "where"})
_LOOSE_END = frozenset({"the", "a", "an", "its", "their", "his", "her", "and", "or", "of", "to", "this", "that", "these",
                        "those", "some", "any", "new", "all"})
_PAST_FORM = re.compile(r"[a-z]+ed")


def _cut_complement(text: str, end: int) -> str | None:
    """The complement after an event's noun at `end` ("about night-time noise", "on reopening six border crossings"),
    up to the first word that starts another phrase or a clause (a preposition, a verb, a date), when that leaves a
    noun phrase of one to five words; None when the first word after the preposition already ends it ("a strike on
    Monday", "a review by the end of May"), or nothing ends it before the clause does (read whole, it did not do)."""
    m = _RUN_ON.match(text, end)
    if not m:
        return None
    kept = []
    words = m.group("words").split()
    for k, w in enumerate(words):
        low = w.lower()
        if low in _CLAUSE_WORDS or _DATE_WORDS.match(w) or low in _PHRASE_END or k and _PAST_FORM.fullmatch(w) or \
                low in ("and", "or") and k + 1 < len(words) and words[k + 1].lower() in _LOOSE_END:
            break  # (… "and a ban on …": another noun phrase joined on, not this one's)
        kept.append(w)
    else:
        return None
    while kept and kept[-1].lower() in _LOOSE_END:
        kept.pop()
    if not 1 <= len(kept) <= 5 or not any(w[:1].isalpha() and w.lower() not in _LOOSE_END for w in kept) or \
            any(w.lower() in _OWNING for w in kept):
        return None  # ("a declaration on sharing its water": whose water, only the article says)
    return f"{m.group('prep')} {' '.join(kept)}"


_RELATIVE_ADJ = re.compile(r"(?:small|large|big|wid|broad|earli|lat|short|long|great|high|low|cheap|fast|slow)(?:er|est)|"
                           r"first|second|third|last|next|previous|other|similar|further|another|same|recent|earlier|"
                           r"biggest|bigger|one|two|three|four|five|six|seven|eight|nine|ten")
# Words of size or weight that say no more than the noun alone: "a large study" is as unnamed as "a study"
_SIZE_ADJ = frozenset({"large", "big", "small", "major", "minor", "huge", "vast", "key", "important", "significant",
                       "recent", "latest", "fresh", "further"})
_NOT_NAMES = {"the", "a", "an", "but", "and", "in", "on", "at", "it", "its", "their", "his", "her", "this", "that",
              "when", "while", "as", "after", "before", "so", "if", "then", "mr", "mrs", "ms", "dr", "last", "next"}


# A one-word name that only describes the noun after it: "a Danish regulator", "a Copenhagen-based app maker",
# "the Norwegian fund" (a nationality or a base, never the body that "the company" is).
_ADJECTIVE_NAME = re.compile(r"[A-Z][a-z]+(?:ish|ese|ian|ean|ic|an|i)|[\w’'-]+-based")
# Places that are never a body: "the Central Lawn", "Brindle Park", "Harrow Square".
_PLACE_TAIL = re.compile(r"\s(?:River|Lake|Reservoir|Street|Road|Avenue|Valley|Mountains?|Island|Bay|Park|County|Square|"
                         r"Hill|Bridge|Harbour|Harbor|Estate|Coast|Sea|Ocean|Lawn|Green|Plaza|Quad|Gardens?|Common|"
                         r"Fields?|Hall|Lane|Quay|Way|Place|Terrace|Crescent|Drive)$")


def _modifier(name: str, body: str, end: int) -> bool:
    """Whether a one-word name stands before the noun it describes as an adjective: 'a Danish regulator', 'a
    Copenhagen-based app maker'. Such a word is never the organisation a later 'the company' means."""
    if " " in name:
        return False
    if not _ADJECTIVE_NAME.fullmatch(name):
        # "the Liberal group on the council": a name written straight before a body's noun describes that body
        return bool(re.match(r"\s+(?:" + "|".join(sorted(ORG_NOUNS | _BODY_WORDS)) + r")\b", body[end:end + 40]))
    if name.endswith("-based"):
        return True
    return bool(re.match(r"\s+[a-z][\w-]*", body[end:end + 40])) and name.lower() in DEMONYMS or bool(
        re.match(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:" + "|".join(sorted(ORG_NOUNS | _BODY_WORDS)) + r")\b",
                 body[end:end + 60]))


# A name set off as a firm by the words after it: "Quillo, a Tarnby-based app maker,", "Pellow, the lender,".
_SET_OFF_AS_FIRM = re.compile(r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}(?:company|firm|maker|manufacturer|lender|"
                              r"retailer|chain|carrier|airline|insurer|developer|start-?up|operator|producer|group)\b")
# A body's own officer speaking of it: "X's managing director, Jo Lumb, said (that) " up to "the firm"
_OWNERS_SPEAKER = re.compile(r"(?:['’]s?)?\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,?\s+(?:[A-Z][\w’'.-]*\s+){0,3}"
                             r"[A-Z][\w’'.-]*,?\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told\s+[a-z]+|added|warned|"
                             r"insisted|confirmed|stressed|admitted|argued|claimed)\s+(?:that\s+)?$")
# Words for a body that a nationality can describe: "a Danish regulator", "the Swiss watchdog".
_BODY_WORDS = {"regulator", "watchdog", "maker", "producer", "developer", "giant", "operator", "owner", "investor",
               "authority", "ministry", "court", "government", "body", "team", "side", "fund", "startup", "start-up",
               "outlet", "newspaper", "network", "provider", "supplier"}


@functools.lru_cache(maxsize=256)
def _compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern built from a noun of the lexicon, compiled once and kept here: looked up in the re module's
    cache on every use, such patterns crowded it (512, oldest dropped first) and every draft compiled the fixed
    ones again."""
    return re.compile(pattern, flags)


# Around a name, the words that call it a <noun> (patterns fixed here, never built from the name: see `_compiled`):
# "the charity Harvest Share", "their food bank charity, Harvest Share" (the noun ends the part before the name) …
_NOUN_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)\s+(?:[\w’'-]+\s+){0,2}([\w’'-]+),?\s+$")
# … "Harvest Share, a food bank charity", "Harvest Share is the charity …" (the noun in the four words after it)
_NOUN_AFTER = re.compile(r"(?:,|\s+is)\s+(?:a|an|the)\s+([\w’'-]+)(?:\s+([\w’'-]+))?(?:\s+([\w’'-]+))?(?:\s+([\w’'-]+))?")
# A lead that describes a body before naming it: "A charity that runs food banks …" (the noun in its first three words)
_A_LEAD = re.compile(r"[Aa]n?\s+([\w’'-]+)(?:\s+([\w’'-]+))?(?:\s+([\w’'-]+))?")
_WORD_PART = re.compile(r"[’'-]")
_WHICH_AFTER = re.compile(r",\s+which\s")


def _word_stem(word: str) -> str:
    """A word up to an apostrophe or hyphen, where a pattern's \\b after the noun would end it ("group’s")."""
    return _WORD_PART.split(word, 1)[0]


def _set_off_by_which(name: str, body: str) -> bool:
    """Whether the article writes "<name>, which …", as it never writes of a person."""
    return any(_WHICH_AFTER.match(body, i + len(name)) for i in word_starts(name, body))


def _called_so(name: str, noun: str, body: str) -> bool:
    """Whether the words just before or after the name call it a <noun>."""
    for i in word_starts(name, body):
        m = _NOUN_BEFORE.search(body, max(0, i - 80), i)
        if m and m.end() == i and m.group(1) == noun:
            return True
        m = _NOUN_AFTER.match(body, i + len(name))
        if m and noun in [_word_stem(w) for w in m.groups() if w]:
            return True
    return False


def called_so(name: str, noun: str, body: str) -> bool:
    """Whether the words just before or after a name call it a <noun> ("the technology union Prospect Digital")."""
    return _called_so(name, noun, body)


def _masked(text: str) -> str:
    """The text with its quotations blanked (same length), so offsets still match and quoted words are skipped."""
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


def _masked_question(text: str) -> str:
    """A question's text with its quotations blanked, in double or single marks: what a speaker said is theirs, and a
    name swapped in there would put words in their mouth (or take a closing mark for a possessive)."""
    return _QUOTED_TEXT.sub(lambda m: " " * len(m.group()), text)


def _possessive(name: str) -> str:
    """'Grenmoor Foods’ bid', 'McWidget’s bid'."""
    return name + ("’" if name.endswith("s") else "’s")


# A time the reader counts from the day the article came out ("yesterday", "last week", "next Tuesday", "three days
# ago"): in a question read on another day it points nowhere.
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_RELATIVE_CORE = (r"(?:(?:yesterday|today|tonight|tomorrow|(?:last|next|this)\s+(?:week|weekend|month|night|morning|"
                  r"afternoon|evening|" + _DAYS + r")|(?:earlier|later)\s+this\s+(?:week|month))"
                  r"(?:\s+(?:morning|afternoon|evening|night))?|"
                  r"(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?)\s+ago)\b")
_RELATIVE_DAY = re.compile(r"\b" + _RELATIVE_CORE)
# The same, as an adverb a clause can do without: after a verb's object or its verb ("asked the government for money
# last week", "will walk out next Tuesday after talks broke down", "wrote to the council three weeks ago asking …"),
# never after a preposition or an adverb that needs it ("until last week", "since yesterday", "the talks of last week",
# "early next week"), nor after a figure, whose clause it may be all the verb there is ("… on Wednesday and a further
# 1,900 today").
_DROPPABLE_DAY = re.compile(r"(?<=[A-Za-z%’'])(?<!\buntil)(?<!\bsince)(?<!\bfrom)(?<!\bby)(?<!\bof)(?<!\bthan)(?<!\bbefore)"
                            r"(?<!\bafter)(?<!\bfor)(?<!\bas)(?<!\bto)(?<!\bthe)(?<!\bon)(?<!\bin)"
                            r"(?<!\bat)(?<!\bwas)(?<!\bis)(?<!\bwere)(?<!\bare)(?<!\bbe)(?<!\bearly)(?<!\blate)(?<!\blater)"
                            r"(?<!\bearlier)(?<!\bthan)(?<!\bnot)"
                            r"\s+(?:on\s+)?(" + _RELATIVE_CORE + r")(?![’'])(?=\s*[,.;:?!]|\s+(?:and|but|after|"
                            r"before|when|because|while|as|if|unless|until|on|in|at|to|with|for|about|over|against)\b|"
                            r"\s+[a-z]{3,}ing\b|\s*$)")


def relative_day(text: str) -> str:
    """The first time word of `text` (outside quotation marks) that counts from the article's date ("last week"),
    else "": a question that keeps one is not understood on another day."""
    m = _RELATIVE_DAY.search(_masked_question(text))
    return m.group() if m else ""


def drop_relative_day(text: str) -> str:
    """`text` without a time adverb that counts from the article's date where the clause stands without it ("Who
    said that the board had asked the government for extra money last week?" → "… for extra money?"). Quoted words
    are the speaker's and stay; a time a preposition needs ("until last week") stays, for `relative_day` to report."""
    if not _RELATIVE_DAY.search(text):
        return text
    bare = _masked_question(text)
    out, last = [], 0
    for m in _DROPPABLE_DAY.finditer(bare):
        out.append(text[last:m.start()])
        last = m.end()
    return "".join(out) + text[last:] if out else text


# A job title a person holds, written bare ("the minister", "the chief executive", "the judge"): which minister, only the
# article says. A modifier that says which post ("the transport minister", "the council leader") lets it stand; one
# that does not ("the new minister", "the former chief executive") leaves it as bare as before.
_TITLE_NOUN = (r"(?:chief\s+executive|chief\s+constable|prime\s+minister|first\s+minister|head\s*teacher|minister|"
               r"secretary|governor|mayor|judge|president|premier|chancellor|chairman|chairwoman|chairperson|chair|"
               r"director|commissioner|manager|coach|captain|superintendent|prosecutor|coroner|sheriff|senator|"
               r"spokesman|spokeswoman|spokesperson|ombudsman|leader)")
_BARE_TITLE = re.compile(r"\b([Tt]he)\s+(?:(?!(?:chief|prime|first|head)\s)(?P<mod>[a-z][a-z-]+)\s+)?(?P<title>"
                         + _TITLE_NOUN + r")(?P<own>['’]s)?(?![\w’'-])")
# (words before a title that say no more than the bare title does)
_GENERIC_MOD = frozenset({"new", "former", "interim", "acting", "then", "current", "outgoing", "incoming", "deputy",
                          "assistant", "vice", "junior", "senior", "same", "late", "previous", "next", "permanent"})
# What after a title says whose it is or who holds it: "the minister for health", "the judge, Ada Osei", "the
# chairman Tom Brill", "the chief executive who took over in May", "the minister responsible"
_TITLE_SAYS_WHICH = re.compile(r"(?:['’]s)?(?:\s*,?\s+[A-Z]|\s+(?:of|for|at|in|from|with|who|whose|responsible|"
                               r"himself|herself)\b|\s*\()")
# … and before it: "Ada Osei, the minister, …", "Tom Brill as the chairman", a name set off just before
_WORD = re.compile(r"[\w’'-]+")
_NAME_BEFORE_TITLE = re.compile(r"[A-Z][\w’'-]+(?:\s+\([^)]*\))?,\s+$")


def bare_title(text: str) -> re.Match | None:
    """The first job title in `text` (outside quotation marks) written bare, with nothing in the text saying whose
    post it is or who holds it ("the minister", "the new chief executive"); None when there is none."""
    bare = _masked_question(text)
    for m in _BARE_TITLE.finditer(bare):
        if m.group("mod") and m.group("mod") not in _GENERIC_MOD:
            continue  # "the transport minister", "the council leader": the post says which
        if _TITLE_SAYS_WHICH.match(bare, m.end("title")) or _NAME_BEFORE_TITLE.search(bare[:m.start()]):
            continue
        return m
    return None


def unresolved(text: str, beside: tuple[str, ...] | list[str] = (), cloze: bool = False, title: str = "",
               events: bool = True, posts: bool = True) -> str:
    """The first phrase of `text` (outside quotation marks) that only the article can explain: a definite
    description of an organisation or a thing with nothing in the text saying which ("the company", "the
    plan"), "one campaign", or a possessive before a vague noun ("its position"). "" when the text stands alone.
    `beside` are the options shown with it: "the union's offer" beside "Harbour Workers Union" says which. Without
    `events`, a bare event (`EVENT_THINGS`: "the strike") passes: a timeline's items are read beside each other; without
    `posts`, a bare job title ("the minister", which `bare_title` reports) passes."""
    bare = _masked(text)
    for m in _DEFINITE.finditer(bare):
        if m.group(2) in EVENT_THINGS and m.group(2) not in _EVENT_NOUNS and (
                cloze or not events or not _event_whole(bare, m) or _compiled(r"\b(?:" + "|".join(sorted(EVENT_THINGS[m.group(2)])) +
                                                                r")\b", re.IGNORECASE).search(title) or _stem_in(m.group(2), title)):
            continue  # the bank's title says which strike ("Dockers strike over pay"); "the strike fund" is a fund
        if m.group(2) in EVENT_THINGS and not bare.rstrip().endswith("?") and not bare.startswith("True or false") and \
                _compiled(r"\b[Ww]ho\s+(?:[a-z]+\s+){1,3}$").search(bare[:m.start()]):
            continue  # a person's role, "the fire officer who led the investigation": what they do, read beside their name
        if m.group(2) in EVENT_THINGS and _REPORTED_BEFORE.search(bare[:m.start()]):
            continue  # "Who said that the dispute could escalate …?": a speaker's words, asked by who said them in the
            # story the bank is about (named where the article says which; the question's own frame is held to it)
        if m.group(2) in _EVENT_NOUNS and (cloze or _compiled(r"\b" + m.group(2) + r"\b", re.IGNORECASE).search(title)):
            continue  # a cloze's "the decision" is the article's sentence around a gap that asks something else; the
            # ban of a story headed "… night-flight ban splits the region" is the one it is about
        if (_ORG_COMPLEMENT if m.group(2) in ORG_NOUNS else _COMPLEMENT).match(bare, m.end()):
            continue  # "the plan to close two wards", "the firm behind Dashly": the text says which
        if m.group(2) in EVENT_THINGS and _EVENT_COMPLEMENT.match(bare, m.end()):
            continue  # "the strike over pay at the Port of Saltmere"
        if m.group(2) in _EVENT_NOUNS:
            if any(_compiled(r"(?:\b[Tt]he\s+" + m.group(2) + r"(?=" + _COMPLEMENT.pattern + r")|[A-Z][\w’'-]*(?:['’]s)?\s+"
                             + m.group(2) + r")\b").search(o) for o in beside if o != text):
                continue  # an option that says which ("the decision to close two schools", "Ashcombe's cuts")
        elif any(_compiled(r"\b" + m.group(2) + r"\b", re.IGNORECASE).search(o) for o in beside if o != text):
            continue
        before = bare[:m.start()]
        if m.group(2) in ORG_NOUNS and _named_before(before, m.group(2)):
            continue  # "Lumora said the company would …": the company is named in the text itself
        if m.group(2) in THING_NOUNS and _compiled(r"[A-Z][\w’'-]*['’]s\s+(?:[\w-]+\s+){0,3}" + m.group(2) +
                                                   r"\b").search(before):
            continue  # "Castlereach's offer … the offer": named in the text itself
        return m.group().rstrip("’'s") if m.group(3) else m.group()
    post = None if cloze or not posts else bare_title(text)
    if post and post.group("title").split()[-1] not in _WORD.findall(title.lower()):
        # (the bank's title, which a student sees, saying which post: "Rovers sack coach after six defeats")
        return post.group()[:post.start("own") - post.start()] if post.group("own") else post.group()  # "the minister": which, whose
    others = _OTHERS.search(bare)
    if others and not re.search(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|both|\d+)\b", bare[:others.start()],
                                re.IGNORECASE):
        return others.group()  # "In what year were the other two homes taken over?": which two, only the article says
    lead = _ONE_LEAD.match(bare)
    if lead:
        return lead.group(1)  # "One, a retired teacher, said …": one of whom
    figure = _BARE_FIGURE.search(bare)
    if figure:
        return figure.group()
    one = _ONE.search(bare)
    if one:
        return one.group(1)
    pointing = _POINTING_OBJECT.search(bare) or _POINTING_SUBJECT.search(bare)
    if pointing:
        return pointing.group(1)  # "Who rejects that, saying …?": what "that" is, only the sentence before says
    vague = _VAGUE_OWN.search(bare)
    return vague.group() if vague else ""


# A demonstrative standing alone as a verb's object, its clause ending there: "Who rejects that, saying …?", "Which side
# disputes this?" (a determiner before a noun, "rejects that claim", and a conjunction, "says that …", go on)
_POINTING_OBJECT = re.compile(r"\b(?i:reject|den(?:y|ie)|dispute|dismiss|accept|welcome|oppose|support|back|challenge|question|"
                              r"criticis|criticiz|condemn|doubt|endorse|praise|deplore|applaud|resist|refute|contest)"
                              r"(?:s|es|d|ed|ied)?\s+(that|this|these|those|the\s+(?:criticisms?|claims?|allegations?|"
                              r"accusations?|suggestions?|charges?|complaints?))(?=\s*[,.;?!]|\s*$|\s+[a-z]{3,}ing\b|\s+as\b)")
# ("dismisses that as scaremongering", "rejects the criticism": which criticism, only the sentence before says)
# A demonstrative as the subject of a reported clause: "Norland said that amounts to a hidden subsidy" (a "that" joining a
# clause is followed by its subject, never straight by a verb): what "that" is, only the sentence before says.
_POINTING_SUBJECT = re.compile(r"\b(?:said|says|argued|argues|warned|warns|claimed|claims|insisted|insists|added|adds|"
                               r"believes|believed|thinks|thought|complained|complains)\s+(that|this)\s+(?:is|was|amounts|"
                               r"amounted|means|meant|would|will|could|has|had|makes|made|shows|showed|proves|proved|"
                               r"puts|put|leaves|left)\b")


_EVENT_COMPLEMENT = re.compile(r"\s+(?:over|into|at|in|about)\s+(?!(?:the\s+)?(?:past|end|spring|summer|autumn|winter|week|month|year)\b)")
_MARKET_MOVE = re.compile(r"\s+(?:fell|fall|falls|rose|rise|rises|jumped|jump|slumped|slump|dropped|drop|climbed|climb|"
                          r"closed|close|gained|gain|sank|sink|soared|soar|plunged|plunge|tumbled|tumble|slid|slide)\b")
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|argued|argues|warned|warns|claimed|claims|believes|believed|insisted|"
                              r"insists|added|adds)\s+that\s")
_AUX_BEFORE = re.compile(r"\b(?:did|does|do|will|would|can|could|should|may|might|must|is|are|was|were|has|have|had)\s+$",
                         re.IGNORECASE)


def _stem_in(noun: str, title: str) -> bool:
    """Whether the title has a word of the noun's family ("suspended head" for "the suspension", "complains" for "the
    complaint"): the noun's first letters, all but its last four and at least six, begin a word of it."""
    stem = noun[:max(6, len(noun) - 4)]
    return len(noun) > 6 and any(w.startswith(stem) for w in _WORD.findall(title.lower()))


def _event_whole(text: str, m: re.Match) -> bool:
    """Whether 'the strike' at `m` is the whole description: the end, punctuation, a small word or a verb after it,
    or a question's auxiliary before it ("did the shares fall"); a noun after it ("the strike fund") is another thing."""
    return bool(m.group(3) or _HEAD_END.match(text, m.end()) or _AUX_BEFORE.search(text[:m.start()]))


# Nouns that end the proper names of places and bodies ("Brightwater Learning Trust", "Marsh Lane School", "Halvik
# Airport"): "the trust" of a question is the one name of that kind the article gives, and says nothing when it
# gives two ("the school" of a story with two schools). (Companies, unions, clubs and plans: `ORG_NOUNS`,
# `THING_NOUNS`.)
NAME_HEADS = {"school", "college", "academy", "university", "hospital", "church", "chapel", "cathedral", "mosque",
              "temple", "library", "museum", "gallery", "theatre", "theater", "cinema", "hall", "centre", "center",
              "stadium", "arena", "airport", "harbour", "harbor", "port", "station", "bridge", "tower", "building",
              "mill", "plant", "factory", "mine", "quarry", "hotel", "prison", "court", "trust", "board", "league",
              "commission", "committee", "council", "authority", "federation", "association", "society",
              "foundation", "institute", "party", "ministry", "fund", "reservoir", "canal", "lock", "festival",
              "panel", "mission", "tribunal", "taskforce"}
# Heads that name a part of another body as often as a body of their own: "the board" of a firm that rejects a bid
# is its own board, not the one "Competition Board" the article also names (`_organ_of_another`)
_ORGANS = {"board", "committee"}


@functools.lru_cache(maxsize=64)
def _organ_of_another(head: str, name: str, body: str) -> bool:
    """Whether the article writes "the board" as another body's organ: a bare "the board" whose sentence, before it,
    gives another body's own people ("Harrowgate's chairman said the board would not …", "the company's directors
    … the board"). Then "the board" of a question is not surely `name`; a party dealing with the named board ("X
    will meet the board on Friday") leaves it so. (Read once per article and name, not once per question.)"""
    low = body.lower()
    own = {w.lower() for w in name.split()}
    for at in word_starts("the " + head, low):
        if body[at + 4:at + 4 + len(head)][:1].isupper():
            continue  # "the Board of …" written as a name
        start = max(low.rfind(". ", 0, at), low.rfind("\n", 0, at), at - 200) + 1
        before = body[start:at].split()
        if any(w[:1].isupper() and w.endswith(("'s", "’s")) and w[:-2].lower() not in own for w in before) or \
                _ORGAN_PEOPLE & {w.strip(".,’'").lower() for w in before}:
            return True
    return False


# A body's own people, beside whom "the board" is theirs
_ORGAN_PEOPLE = {"chairman", "chairwoman", "chair", "directors", "shareholders", "company", "firm", "club", "bank",
                 "group's", "company's", "firm's", "club's", "bank's"}
# (a head written with a capital too, "the Trust's chief investment officer", "the Board": the name's short form)
_HEAD_DEF = re.compile(r"\b([Tt]he)\s+(" + "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in sorted(NAME_HEADS, key=len, reverse=True))
                       + r")(['’]s|(?<=s)['’])?(?![\w’'-])")
# What may follow "the trust" for it to be the whole description: the end, punctuation, a small word or a verb
# ("the trust installed", "before the board decides"); a noun after it ("the school hall") is another thing.
_HEAD_END = re.compile(r"\s*(?:$|[,.;:?!)”’]|\s(?:to|in|on|at|for|with|by|from|and|or|that|which|who|is|was|are|were|"
                       r"has|had|have|will|would|can|could|should|must|may|might|did|does|do|not|also|still|itself|"
                       r"last|this|next|before|after|until|if|when|since|over|into|about|against)\b|"
                       r"\s[a-z]+(?:ed|es)\b)")
_OPENING_WORDS = {"the", "a", "an", "in", "on", "at", "but", "and", "as", "when", "while", "after", "before", "if",
                  "this", "that", "its", "their", "his", "her", "new", "old", "local", "both", "each", "every"}


@functools.lru_cache(maxsize=8)
def _heads_named(body: str) -> dict[str, tuple[str, ...]]:
    """For each noun of `NAME_HEADS`, the distinct names the article's body (no title) gives with it as their last
    word: "Brightwater Learning Trust" (a shorter form, "Learning Trust", is the same one)."""
    text = _masked(body)
    lower = set(re.findall(r"(?<![\w’'-])[a-z][\w’'-]*", text))
    found: dict[str, list[str]] = {}
    for m in re.finditer(r"(?<![\w’'&-])((?:[A-Z][\w’'&.-]*\s(?:(?:and|&)\s)?){1,5})(" + "|".join(
            w.capitalize() for w in sorted(NAME_HEADS, key=len, reverse=True)) + r")(?![\w’'-])(?!\s+[A-Z&])(?!\s+(?:of|for)\s+(?:the\s+)?[A-Z])", text):
        words = m.group(1).split()
        opens = not text[:m.start()].rstrip(" “\"‘'") or text[:m.start()].rstrip(" “\"‘'")[-1] in ".!?:\n"
        while words and (words[0].lower().strip("’'") in _OPENING_WORDS or opens and words[0].lower() in lower):
            words, opens = words[1:], False  # "In", "Thousands …" opening a sentence: a capital, not a name's word
        if not words or any(w.lower() in TITLE_HEADS for w in words):
            continue
        found.setdefault(m.group(2).lower(), []).append(" ".join(words + [m.group(2)]))
    # the noun first: "the Port of Saltmere", "the National Museum of Corrington", "University of Kelstow"
    for m in re.finditer(r"(?<![\w’'&-])((?:[A-Z][\w’'&.-]*\s){0,3})(" + "|".join(
            w.capitalize() for w in sorted(NAME_HEADS, key=len, reverse=True)) + r")\s+(?:of|for)\s+(?:the\s+)?"
            r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)"
            r"([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2})(?![\w’'-])", text):
        words = m.group(1).split()
        opens = not text[:m.start()].rstrip(" “\"‘'") or text[:m.start()].rstrip(" “\"‘'")[-1] in ".!?:\n"
        while words and (words[0].lower().strip("’'") in _OPENING_WORDS or opens and words[0].lower() in lower):
            words, opens = words[1:], False
        if any(w.lower() in TITLE_HEADS for w in words):
            continue
        found.setdefault(m.group(2).lower(), []).append(" ".join(words + [m.group()[len(m.group(1)):]]))
    out = {}
    for head, names in found.items():
        distinct: list[str] = []
        for n in sorted(set(names), key=len, reverse=True):
            if not any(d.endswith(" " + n) for d in distinct):
                distinct.append(n)
        out[head] = tuple(distinct)
    return out


# Words that make a capitalised run before the noun a title or a post, not a name ("Health Minister", "Judge").
TITLE_HEADS = {"minister", "secretary", "mr", "mrs", "ms", "dr", "judge", "councillor", "chair", "chief"}


def _head_here(text: str, m: re.Match, whole: bool = True) -> bool:
    """Whether 'the trust' at `m` is a description the text does not itself explain: the text has not brought one
    in ("a school …"), and (`whole`, for naming it) nothing after it makes it another thing ("the school hall")."""
    if whole and not _HEAD_END.match(text, m.end()) and not m.group(3) and not _AUX_BEFORE.search(text[:m.start()]):
        return False  # ("did the league first table …": a question's auxiliary before it, the verb comes after)
    if _OF_OR_NAME_AFTER.match(text[m.end():]) or _TIME_NOUN_AFTER.match(text[m.end():]):
        return False  # "the board of governors", "the school year": says which, or no one body at all
    return not re.search(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}" + m.group(2).lower() + r"\b", text[:m.start()], re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _body_of(article: str) -> str:
    """The article without its title line (once per article, not once per question: a 2 MB copy each time)."""
    lines = article.lstrip().split("\n", 1)
    return lines[1] if len(lines) > 1 else ""


def ambiguous_head(text: str, article: str) -> str:
    """'the school' in `text` (outside quotation marks) when the article (its title on the first line) names two or
    more of that kind and the text names none of them: which one, only the article says. "" otherwise."""
    if not _HEAD_DEF.search(text):
        return ""
    body = _body_of(article)
    bare = _masked(text)
    for m in _HEAD_DEF.finditer(bare):
        names = _heads_named(body).get(m.group(2).lower(), ())
        if len(names) >= 2 and _head_here(bare, m, whole=False) and not any(n.lower() in text.lower() for n in names):
            return m.group().rstrip("’'s") if m.group(3) else m.group()
    return ""


# "the mission", "the panel", "the condition" of a question where the article brought the thing in with "a", "an" or an
# owner ("An observer mission from …", "its expert advisory panel", "heart failure, a condition in which …", "the museum's
# east wing"): one thing among others of its kind, which only the article's earlier sentence says. (A thing the writer
# takes as known from its first mention, "the election", "the transfer window", is written with "the" there, and stands.)
_THE_WORDS = re.compile(r"\b[Tt]he\s+(?:" + _BARE_ADJ + r"\s+)?([a-z][a-z-]{2,})(?:\s+([a-z][a-z-]{2,}))?")
_INTRO_WORDS = frozenset({"a", "an", "its", "their", "his", "her", "our", "another"})
_DEFINITE_WORDS = frozenset({"the", "this", "that", "these", "those", "such", "every", "each", "any", "no", "some",
                             "which", "what", "whose"})
# (words that close a noun phrase in the article's sentence: "a panel of four", "an observer mission from", "a condition in
# which", "a panel will …"; any other word after it makes the noun a modifier, "a government spokesman")
_NP_END = frozenset({"of", "in", "on", "at", "to", "for", "from", "with", "by", "into", "over", "about", "against", "and", "or",
                     "but", "that", "which", "who", "whose", "where", "when", "is", "was", "are", "were", "has", "had",
                     "have", "will", "would", "could", "can", "should", "must", "may", "might", "said", "says", "led",
                     "set", "chaired", "made", "found", "published", "met", "meets", "reopens", "reopened", "opened",
                     "closed", "costs", "cost", "after", "before", "until", "since", "as", "because", "while"})
# (the nouns that name one body or group of people among others of its kind, or a state a person is in: "the panel",
# "the mission", "the condition", "the committee", "the fund", and a part of a building, "the east wing". A building or a
# place of the story, "the hall", "the factory", "the bridge", an event, "the festival", and a thing the story is about,
# "the new berth", "the energy discount", read as the story's own beside the bank's title: blind readers judged them fit)
_BROUGHT_IN_HEADS = frozenset({"panel", "mission", "delegation", "taskforce", "condition", "wing", "branch", "consortium",
                               "coalition", "alliance", "subsidiary", "trust", "board", "league", "commission", "committee",
                               "council", "authority", "federation", "association", "society", "foundation", "institute",
                               "party", "ministry", "fund", "court"})
_PLAIN_WORD = re.compile(r"[\w-]+")
_AUX_WORD = re.compile(r"\b(?:did|does|do|will|would|can|could|should|may|might|must|is|are|was|were|has|have|had)\s+$",
                       re.IGNORECASE)
_PHRASE_AFTER = re.compile(r"(?:['’]s?)?\s*(?:$|[,.;:?!)”’]|\s(?:to|in|on|at|for|with|by|from|and|or|that|which|who|is|"
                           r"was|are|were|has|had|have|will|would|can|could|should|must|may|might|did|does|do|not|also|"
                           r"still|next|last|this|before|after|until|if|when|since|over|into|about|against|now)\b|"
                           r"\s[a-z]+(?:ed|es|s)\b)")


@functools.lru_cache(maxsize=4096)
def _brought_in(phrase: str, body: str) -> bool:
    """Whether one of the article's first forty mentions of `phrase` as a whole noun phrase ("panel", "east wing") has
    "a", "an" or an owner before it ("an independent panel of four", "its expert advisory panel", "the museum's east
    wing"), up to two describing words between. (Cached per article and phrase.)"""
    at, n, seen = 0, len(phrase), 0
    while seen < 40:
        at = body.find(phrase, at)
        if at < 0:
            return False
        seen += 1
        end = at + n
        if at and (body[at - 1].isalnum() or body[at - 1] in "-’'") or end < len(body) and (body[end].isalnum() or
                                                                                           body[end] in "-"):
            at = end
            continue
        after = body[end:end + 30].split()
        nxt = after[0] if after else ""
        if nxt[:1].isalpha() and nxt.lower() not in _NP_END and nxt[:1].islower():
            at = end
            continue  # "a government spokesman": the word is a modifier here, not the thing
        words = body[max(0, at - 60):at].split()
        for k, w in enumerate(reversed(words)):
            low = w.lower()
            if low.endswith(("'s", "’s")) and w[:1].islower() or low in _INTRO_WORDS:
                return True  # "an independent panel", "the museum's east wing": one of its kind, or one owner's
            if low in _DEFINITE_WORDS or k >= 3 or not _PLAIN_WORD.fullmatch(w) or w[:1].isupper() or low in _NP_END:
                break
        at = end  # (a later mention may still bring it in: "the east wing" of a standfirst, "the museum's east wing")
    return False


def brought_in_before(text: str, body: str, title: str = "") -> str:
    """'the mission' of `text` (outside quotation marks) when the article brings the thing in as one of its kind ("an
    observer mission from …") and the text itself does not ("an … mission"), nor the bank's title; "" otherwise."""
    if "the " not in text.lower() or not body:
        return ""
    bare = _masked_question(text)
    title_words = set(_WORD.findall(title.lower()))
    for m in _THE_WORDS.finditer(bare):
        for phrase, end in ((f"{m.group(1)} {m.group(2)}", m.end(2)) if m.group(2) else (None, 0), (m.group(1), m.end(1))):
            if not phrase:
                continue
            head = phrase.split()[-1]
            if head not in _BROUGHT_IN_HEADS or head in title_words or head.capitalize() in bare[:m.start()]:
                continue  # ("Parents at Westgate Primary School … close the school": the text names it)
            if _COMPLEMENT.match(bare, end) or not (_PHRASE_AFTER.match(bare, end) or _AUX_WORD.search(bare[:m.start()])):
                continue  # "the panel on physical activity" says which; "the panel chair" is another thing
            words = bare[:m.start()].lower().split()
            if any(w in ("a", "an") and head in words[k + 1:k + 4] for k, w in enumerate(words)):
                continue  # "an inquiry … the inquiry": the text brings it in itself
            if _brought_in(phrase, body):
                return m.group()[:end - m.start()]
    return ""


def name_heads(text: str, body: str) -> str:
    """`text` with each 'the trust' of which the article names exactly one ("Brightwater Learning Trust") given that
    name, "the" kept where the article writes it so; the rest as it is."""
    bare = _masked_question(text)
    out, last = [], 0
    for m in _HEAD_DEF.finditer(bare):
        head = m.group(2).lower()
        names = _heads_named(body).get(head, ())
        if len(names) != 1 or not _head_here(bare, m) or names[0].lower() in text.lower() or \
                head in _ORGANS and _organ_of_another(head, names[0], body):
            continue
        name = names[0]
        if len(re.findall(r"\b[Tt]he\s+" + re.escape(name), body)) * 2 >= body.count(name):
            name = "the " + name  # "the Marine Consents Board", as the article writes it
        if m.group(3):
            name = _possessive(name)
        if m.group(1) == "The":
            name = name[:1].upper() + name[1:]
        out.append(text[last:m.start()] + name)
        last = m.end()
    return "".join(out) + text[last:] if out else text


def _headed_otherwise(name: str, noun: str) -> bool:
    """Whether a name's last word makes it a body of another kind than `noun`: 'Corvell Rovers Supporters' Trust'
    holds a club's word but is a trust, never 'the club'; 'Ashmere City Council' is a council."""
    head = name.split()[-1].lower().strip(".,’'") if name.split() else ""
    if head in _KIND_OF.get(noun, set()):
        return False
    return head in _NOT_A_FIRM or any(head in kinds for kinds in _KIND_OF.values())


def _could_be(name: str, noun: str) -> bool:
    """Whether a name can be called 'the <noun>' by its words alone: a union's name holds a union word, and a
    company's holds no word of another kind of body ("the airline" is never the "Velair Crew Association")."""
    words = {w.lower().strip(".,’'") for w in name.split()}
    if noun in ("organisation", "organization") or noun == "agency" and name.replace(" ", "").isupper():
        return True  # any body; an acronym is a public body far more often than anything else
    if noun in _KIND_OF:
        return bool(words & _KIND_OF[noun]) and not _headed_otherwise(name, noun)
    return not words & _NOT_A_FIRM


def _named_before(before: str, noun: str) -> bool:
    """Whether a name that can be the organisation stands earlier in the same text (not its first word alone,
    which is only a capital letter)."""
    for m in re.finditer(r"(?<![\w’'])[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*)*", before):
        words = m.group().split()
        if not _could_be(re.sub(r"['’]s?$", "", m.group()), noun):  # "the Allied Nurses Union’s members": named
            continue
        if m.start() == 0 and len(words) == 1 and words[0].lower() in _NOT_NAMES | {"who", "which", "what", "how",
                                                                                     "when", "true"}:
            continue
        if words[0].lower().strip("’'s") in {"who", "which", "what", "how", "when", "where", "true", "false", "on",
                                              "in", "according", "by", "for", "at", "from", "with", "to", "after",
                                              "before", "since", "until", "during"}:
            # ("By how much did shares in the company fall?": the question's opening capital, no name)
            continue
        return True
    return False


# What a body decided, written with its verb ("The board voted 6-3 to shut Ashcombe Primary …", "the trustees agreed
# to launch a public appeal"): "the decision", "the vote", "the move" is the verb's act, named by its infinitive.
_DECIDED_BY = {"decision": "voted|decided|agreed|chose|opted|resolved", "vote": "voted",
               "move": "voted|decided|agreed|chose|opted|resolved|moved"}
_COUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_DECIDED_TAIL = r"\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that)\b)([a-z][\w’'-]*(?:\s+[\w’'$£€%,-]+?){0,13})(?=\s*(?:[;:.!?()]|,\s+(?:which|who|despite|after|before|while|but|and|as|because|saying|arguing)\b|$))"


def _decided(noun: str, sentence: str) -> str | None:
    """'the decision to shut Ashcombe Primary and Feltham Green Primary', from a sentence that says what was decided
    with the verb of deciding and its infinitive (a count of votes may stand between: "voted 6-3 to"). None when no
    such verb is there, or its infinitive runs on past a clause's end."""
    verbs = _DECIDED_BY.get(noun)
    if not verbs:
        return None
    m = _compiled(r"\b(?:" + verbs + r")(?:\s+(?:on\s+[A-Z][a-z]+(?:\s+(?:morning|afternoon|evening|night))?|unanimously|overwhelmingly|"
                  r"(?:\d+|" + _COUNT + r")(?:\s*[-–]\s*|\s+to\s+)(?:\d+|" + _COUNT + r")|by\s+\d+\s+votes?\s+to\s+\d+)){0,2}"
                  + _DECIDED_TAIL).search(sentence)
    if not m:
        return None
    act = re.sub(r",\s+(?:which|who)\b.*$", "", m.group(1)).rstrip(" ,")
    return f"the {noun} to {act}" if 2 <= len(act.split()) <= 14 else None


# "the winger", "the midfielder", "the defendant" of a question where the article gives that word as one person's label
# right before the name ("winger Sam Okafor", "for defendant Lee Marr"): the person it stands for, named.
# A body's officer written before the officer's name, "Cobham Vale chairman Ian Pardoe": the name before is a body's
_OFFICER_AFTER = re.compile(r"\s+(?:chairman|chairwoman|chair|manager|chief\s+executive|director|president|secretary|"
                            r"spokesman|spokeswoman|spokesperson|boss|owner|coach|general\s+secretary|organiser|organizer)"
                            r"\s+[A-Z]")
_THE_LABEL = re.compile(r"\b([Tt]he)\s+([a-z][a-z-]{2,})(['’]s)?(?![\w’'-])")
_LABEL_WORD = re.compile(r"(?<![\w’'-])([A-Za-z][a-z-]{2,})[ \t]+$")  # (on the name's own line: a standfirst's last word is no label of a byline)
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")
# (lower-case words before a name that are no label of the person: verbs, small words, and words that say when or
# which, "former", "late"; `_GENERIC_MOD`)
_NOT_A_LABEL = frozenset({"said", "says", "told", "tells", "asked", "asks", "and", "or", "but", "with", "by", "for", "to",
                          "of", "from", "as", "at", "in", "on", "than", "when", "while", "after", "before", "said",
                          "added", "wrote", "called", "named", "thanked", "praised", "blamed", "accused", "replaced",
                          "met", "beat", "joined", "signed", "sign", "like", "including", "whom", "who", "that", "which",
                          "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "via", "about", "against",
                          "between", "among", "under", "over", "into", "onto", "upon", "without", "within", "behind",
                          "defeated", "succeeded", "succeeds", "appointed", "elected", "hired", "fired", "sacked",
                          "interviewed", "questioned", "ask", "tell", "see", "meet", "join", "reporter", "writes",
                          "wrote", "argues", "reports", "reported", "reports", "dear", "mr", "mrs", "ms", "dr", "sir",
                          "dame", "lord", "lady", "side", "team", "outfit", "squad", "non-league", "rivals",
                          "rival", "executive", "officer", "official", "chair", "chairman", "chairwoman", "chairperson",
                          "director", "manager", "minister", "secretary", "president", "leader", "head", "chief",
                          "spokesman", "spokeswoman", "spokesperson", "governor", "mayor", "judge", "coach", "captain",
                          "commissioner", "premier", "chancellor", "senator", "prosecutor"}) | _GENERIC_MOD | ORG_NOUNS | NAME_HEADS
# (job titles are `titled`'s, which reads who holds them from the roles; a word before two names is no one's)


class Referents:
    """Finds and names antecedents in one article; built once per bank, asked once per drafted question."""

    def __init__(self, article: Article, cast: Cast, sides: list[str] | tuple[str, ...] = (),
                 pace: Callable[[int], None] | None = None) -> None:
        """`sides` are the parties holding positions: a name among them is a body even where the cast took it
        for a person ("Skyra Air"). `pace` hears of each name and sentence read (a 2 MB article's names take
        a second here, and Cancel must be heard; see pacing.py)."""
        pace = pace or (lambda _n: None)
        self._pace = pace
        self._masked_body: str | None = None
        self._secretaries: set[str] | None = None  # the bodies the article gives a general secretary, lower case
        self._labels: dict[str, str] | None = None
        self.article = article
        self.body = article.body
        # a party the cast took for a person but the article calls by its first word ("Skyra" for "Skyra Air"),
        # as it never calls a person: a body
        parties = {x.split(" (")[0] for x in sides} & {p.name for p in cast.people if " " in p.name and
                                                         p.name.split()[0] in p.aliases}
        # and one the article sets off with "which", as it never does a person ("Harvest Share, which supplies 14 food
        # banks, said …")
        parties |= {p.name for p in cast.people if " " in p.name and _set_off_by_which(p.name, article.body)}
        persons = {p.name for p in cast.people if p.kind == "person" and p.name not in parties}
        surnames = {n.split()[-1] for n in persons}
        places = {c.lower() for c in COUNTRIES} | set(DEMONYMS)
        lower = set(re.findall(r"(?<![\w’'-])[a-z][\w’'-]*", article.body))
        starts = {s.start for s in article.sentences}
        mid: set[str] = set()  # names the article writes inside a sentence, not only as its first word
        for m in cast.mentions:
            pace(UNIT // 10)
            if m.start not in starts and not re.search(r"[“\"‘(]\s*$", article.body[max(0, m.start - 2):m.start]):
                mid.add(re.sub(r"['’]s?$", "", m.text).strip())
        self._mid = mid
        self._org_kind = {m.start for m in cast.mentions if m.kind == "org" or (m.person or m.text) in parties}
        self.orgs = []  # (start, end, name) of the names that can be an organisation, in text order
        for m in sorted(cast.mentions, key=lambda m: m.start):
            pace(UNIT // 10)
            name = re.sub(r"['’]s?$", "", m.text).strip()
            if m.kind == "person" and (m.person or name) in parties:
                name = m.person or name  # "Skyra", a short form of the party "Skyra Air"
            elif m.kind not in ("org", "unknown") or not name or name in persons or name in surnames or \
                    name.lower() in places or name.split()[0].lower() in _NOT_NAMES or \
                    re.fullmatch(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\w*|\w+day", name) or \
                    re.search(r"['’](?:re|ll|ve|d|m|t)$", name) or \
                    (" " not in name and name.lower() in lower) or (m.kind == "unknown" and name not in mid) or \
                    _modifier(name, article.body, m.end):
                continue  # "Freight group …", "Nobody around …", "We're …": a sentence's first word, not a name
            self.orgs.append((m.start, m.end, name))
        self._org_starts = [o[0] for o in self.orgs]
        # names of two words or more the cast took for people, whose own words may still make them a club or a union
        # ("Dunmore Town chairman Alan Pike"): read only for "the club" of their own sentence
        self._others = sorted((m.start, m.end, re.sub(r"['’]s?$", "", m.text).strip()) for m in cast.mentions
                              if m.kind in ("person", "unknown") and " " in m.text.strip())
        self._other_starts = [o[0] for o in self._others]
        self._things: dict[str, list[tuple[int, str, str]]] = {}
        self.cast = cast
        self._holders: dict[tuple[str, str], tuple[str, str] | None] = {}
        self._lower: set[str] | None = None
        self._calls: dict[tuple[str, str], bool] = {}
        self._by_text: dict[str, int] = {}
        for s in article.sentences:
            pace(len(s.text))
            self._by_text.setdefault(" ".join(s.text.split()), s.start)

    # -- where a question's source stands ------------------------------------------------------------------

    def position(self, source: str) -> int | None:
        """Where a question's source (a sentence or a clause of one, verbatim) starts in the body."""
        key = " ".join(source.split())
        if key in self._by_text:
            return self._by_text[key]
        at = self.body.find(source.strip()[:200]) if source.strip() else -1
        return at if at >= 0 else None

    def _window(self, at: int) -> list:
        """The sentences an anaphor at `at` can point back to, nearest first: the ones before it in its paragraph
        and the two paragraphs before (a news paragraph is often one sentence), at most five, then the story's
        first sentence (its lead)."""
        sents = self.article.sentences
        i = self.article.sentence_index(at)
        par = sents[i].paragraph if sents else 0
        out = []
        for s in (sents[j] for j in range(i - 1, -1, -1)):  # (not a copy of all the sentences before, per call)
            if s.furniture:
                continue
            if s.paragraph < par - 2 or len(out) >= 5:
                break
            out.append(s)
        lead = next((s for s in sents if not s.furniture), None)
        if lead is not None and lead not in out and lead.start < at:
            out.append(lead)
        return out

    # -- organisations --------------------------------------------------------------------------------------

    def _fits(self, name: str, noun: str) -> bool:
        words = {w.lower().strip(".,’'") for w in name.split()}
        if _PLACE_TAIL.search(name) and not words & _KIND_OF.get(noun, set()):
            return False  # a place ("the Central Lawn", "Brindle Park"), never a body of any kind (but a campaign
            # named for one, "Save Calloway Quay", is still 'the group')
        if kind_of(name, self.body):
            return False  # "Korrin Flats" the article writes of as a place ("mine at Korrin Flats"), or a commodity
        if noun in ("organisation", "organization"):
            return True  # any body at all
        if noun == "agency" and name.replace(" ", "").isupper():
            return True  # an acronym ("KSRO"): a public body far more often than anything else
        if noun in _KIND_OF:
            return bool(words & _KIND_OF[noun]) and not _headed_otherwise(name, noun) or self._called(name, noun) or \
                noun == "union" and self._led_by_a_general_secretary(name)
        if noun not in ("union", "group") and name.replace(" ", "").isupper():
            return False  # "NASA", "FIFA": an agency or a body far more often than a company
        if not words & _NOT_A_FIRM and any(self._called(name, other) for other in ("union", "charity", "club")):
            return False  # "the technology union Prospect Digital": a name that reads like a firm's, which the article
            # calls a union, is never "the company" (whose would then be the union's words, "if the company refused")
        return not words & _NOT_A_FIRM

    def _led_by_a_general_secretary(self, name: str) -> bool:
        """Whether the article gives `name` a general secretary ("general secretary of the Royal College of Nurses",
        "the college's general secretary" is not enough): a union's title, so "the union" may be that body whatever
        its own words (found without a pattern built from the name: see test_regex_cache.py)."""
        if self._secretaries is None:  # (the article read once, not once per name and question: a 2 MB article)
            low = " ".join(self.body.lower().split())
            self._secretaries = {m.group(1) for m in _GENERAL_SECRETARY_OF.finditer(low)} | \
                {m.group(1) for m in _GENERAL_SECRETARY_OWNED.finditer(low)}
        n = name.lower()
        return any(s == n or s.startswith(n + " ") or s.endswith(" " + n) for s in self._secretaries)

    def _called(self, name: str, noun: str) -> bool:
        """Whether the article calls `name` a <noun> in so many words, whatever its own words: "the charity Harvest
        Share", "Harvest Share, a food bank charity", "Harvest Share is a charity", or a lead that describes it
        before naming it ("A charity that runs food banks … says …", then the next paragraph opening "Harvest
        Share, which …"), as news writing often does. (Once per name and noun.)"""
        key = (name, noun)
        if key not in self._calls:
            said = _called_so(name, noun, self.body)
            if not said:
                firsts = [t for t in self.article.sentences if not t.furniture][:2]
                lead = _A_LEAD.match(firsts[0].text) if firsts else None
                said = len(firsts) == 2 and firsts[1].paragraph != firsts[0].paragraph and lead is not None and \
                    noun in [_word_stem(w) for w in lead.groups() if w] and \
                    firsts[1].text.startswith(name) and not re.match(r"[\w’'-]", firsts[1].text[len(name):len(name) + 1])
            self._calls[key] = bool(said)
        return self._calls[key]

    def organisation(self, noun: str, at: int) -> str | None:
        """The organisation 'the <noun>' at `at` stands for (see `_organisation`); none where the article names
        something else with that noun as its last word and the one found is not called so ("away from the bank"
        beside "the Kerrin Bank": never the "Kerrin Bay Fishermen" named nearer)."""
        name = self._organisation(noun, at)
        if name and noun in ORG_NOUNS and not name.lower().endswith(" " + noun) and re.search(
                r"(?<![\w’'-])[A-Z][\w’'-]* " + re.escape(noun[:1].upper() + noun[1:]) + r"(?![\w’'-])", self.body):
            return None
        return name

    def _organisation(self, noun: str, at: int) -> str | None:
        """The organisation 'the <noun>' at `at` stands for: the subject of the nearest sentence before it that has
        one of the right kind, else the only such name in those sentences; None when it is not clear."""
        sents = self.article.sentences
        here = sents[self.article.sentence_index(at)] if sents else None
        if here is not None and here.start < at and noun in _KIND_OF:
            lo = bisect_right(self._org_starts, here.start - 1)
            hi = bisect_right(self._org_starts, at - 1)
            same = [o for o in self.orgs[lo:hi] if self._fits(o[2], noun)]
            if same:  # "the secretary of the Harbour Workers' Union said … before the union would …"
                return same[-1][2]
            lo = bisect_right(self._other_starts, here.start - 1)
            hi = bisect_right(self._other_starts, at - 1)
            other = [o for o in self._others[lo:hi] if _OFFICER_AFTER.match(self.body, o[1])]
            if other:  # "Dunmore Town chairman Alan Pike said the club was …": a name the cast took for a person's but
                return other[-1][2]  # an officer's title follows is the speaker's body, never a rival's further back
                # (a club merely named in the sentence, "the win over Harlow Town …, and the club confirmed", is not)
        if here is not None and here.start < at:
            lo = bisect_right(self._org_starts, here.start - 1)
            hi = bisect_right(self._org_starts, at - 1)
            named = [o for o in self.orgs[lo:hi] if self._fits(o[2], noun)]
            spoke = re.search(r"\bspokes(?:man|woman|person)\s+for\s+(?:the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2},\s+)?$",
                              self.body[here.start:named[0][0]]) if len(named) == 1 else None
            if spoke:  # "A spokesman for the engine maker, Vendraal, said the company was …": the body it speaks for
                return self._longest(named[0][2], at)
            if named and re.search(r"['’]s?$", self.body[named[-1][0]:named[-1][1]] + "".join(
                    re.findall(r"^['’]s?", self.body[named[-1][1]:named[-1][1] + 2]))) and \
                    _OWNERS_SPEAKER.match(self.body, named[-1][1], at):
                # "The Omnibus Company's managing director, Keith Lumb, said the firm would …": the body whose
                # officer speaks, never one named in the sentences before (whole, as the article first named it:
                # "Omnibus Company" after "the Brackley and District Omnibus Company")
                whole = {o[2] for o in self.orgs if o[0] < at and o[2].endswith(" " + named[-1][2])}
                return whole.pop() if len(whole) == 1 else self._longest(named[-1][2], at)
        seen: list[str] = []
        for k, s in enumerate(self._window(at)):
            lo = bisect_right(self._org_starts, s.start - 1)
            hi = bisect_right(self._org_starts, min(s.end, at) - 1)
            names = [o for o in self.orgs[lo:hi] if self._fits(o[2], noun)]
            opening = _TIME_LEAD.sub("", s.text)
            skip = len(s.text) - len(opening)
            short = self._short_subject(opening, s.start + skip, noun, at)
            if short:
                return short
            for start, end, name in names:
                head = self.body[s.start + skip:start]
                if re.fullmatch(r"(?:(?:the|The)\s+)?(?:[\w’'-]+-based\s+|[a-z][\w’'-]*\s+){0,3}", head):
                    rival = re.match(r"(?:['’]s?)?\s+(?:and|or|v|vs\.?|versus)\s+", self.body[end:end + 12])
                    if rival and any(o[0] == end + rival.end() and self._longest(o[2], at) != self._longest(name, at)
                                     for o in names):
                        return None  # "Corvell Rovers and Ashmere City said …": two of the kind, neither the one
                    return self._longest(name, at)  # the sentence's subject: what it is about
            if k == 0 and len(names) == 1 and re.fullmatch(r"[^,;:.!?]{3,80},\s+", self.body[s.start + skip:names[0][0]]) and \
                    self.body[names[0][1]:names[0][1] + 1] == ",":
                # "One member of the consortium, Tellan Mobile, went further. Its chief executive said the company …": the
                # sentence just before names one, set off as its subject
                return self._longest(names[0][2], at)
            seen += [n for start, end, n in names if start in self._org_kind or _SET_OFF_AS_FIRM.match(self.body, end)]
            # (a name the cast knows as a body, or one the sentence calls one: "Quillo, a Tarnby-based app maker,")
        distinct = {self._longest(n, at) for n in seen}
        if len(distinct) == 1:
            return distinct.pop()
        if not distinct and noun in _KIND_OF:  # "the union" of an article that names one union, further back
            known = {o[2] for o in self.orgs if o[0] < at and self._fits(o[2], noun)}
            return known.pop() if len(known) == 1 else None
        return None

    def _short_subject(self, opening: str, where: int, noun: str, at: int) -> str:
        """The organisation a sentence opens with when it is written by its first word only ('Corvell, founded in
        1887, have struggled …' after 'Corvell Rovers'): a sentence's first word is no mention of its own, so the
        sentence would be skipped and 'the club' taken for a rival named further back. '' when it opens otherwise."""
        first = re.match(r"(?:The\s+)?([A-Z][\w’'-]+)(?=[,\s])", opening)
        if not first or first.group(1).lower() in _NOT_NAMES:
            return ""
        word = first.group(1)
        if any(o[0] == where + first.start(1) for o in self.orgs):
            return ""  # a name of its own there: read as one
        longer = {o[2] for o in self.orgs if o[0] < at and o[2].split()[0] == word and " " in o[2] and
                  self._fits(o[2], noun)}
        return longer.pop() if len(longer) == 1 else ""

    def _longest(self, name: str, at: int) -> str:
        """'McWidget' and 'McWidget Holdings' are one organisation: a one-word name the article only writes first
        in its sentences is given whole when it has exactly one longer form before this point."""
        longer = {o[2] for o in self.orgs if o[0] < at and o[2] != name and
                  (o[2].startswith(name + " ") or o[2].endswith(" " + name))}
        return longer.pop() if len(longer) == 1 and " " not in name and name not in self._mid else name

    # -- things ---------------------------------------------------------------------------------------------

    # "the plan to close two wards" says which plan; "refer the plan to the secretary of state" sends it somewhere:
    # "to" before a determiner is the verb's preposition, no infinitive of the plan's own

    def thing(self, noun: str, at: int, sentence_start: int | None = None, title: bool = True) -> str | None:
        """What 'the <noun>' names: the last noun phrase of its kind before it that says which ('the state
        budget', 'Castlereach's bid', 'a plan to close two wards' as 'the plan to close two wards')."""
        heads = "|".join(sorted(THING_NOUNS.get(noun, {noun}), key=len, reverse=True))
        det = r"[Tt]he|[Aa]n?|its|their|this" if noun in EVENT_THINGS else r"the|a|an|its|their|this"  # (a lead's "A strike …")
        phrase = _compiled(r"(?:\b(?P<det>" + det + r")\s+|(?P<owner>(?<![\w’'])[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)"
                            r"{0,3})['’]s?\s+)(?P<mods>(?:[\w$£€%.“”\"‘’'-]+\s+){0,4}?)(?P<head>" + heads +
                            r")(?![\w’'-])(?P<tail>\s+to\s+" + _NO_DETERMINER +
                            r"[a-z][\w’'-]*(?:\s+[\w’'$£€%-]+){0,9}(?=\s*(?:[,.](?!\d)|[;:!?()]|$)))?"
                            + (_PREP_TAIL if noun in EVENT_THINGS else ""))
        spans = []
        first = self.article.sentence_index(at)
        here = self.article.sentences[first] if self.article.sentences else None
        if here is not None and here.start < at:
            spans.append((here.start, at))  # earlier in the same sentence
        spans += [(s.start, s.end) for s in self._window(at)]
        for a, b in spans:
            text = _masked(self.body[a:b])
            described = self._described_by_clause(noun, text)
            if described:
                return described
            for m in reversed(list(phrase.finditer(text))):
                mods = m.group("mods").split()
                if m.group("det") in ("the", "The") and len(mods) == 1 and mods[0] in ORG_NOUNS:
                    owner = self.organisation(mods[0], a + m.start())  # "the firm bid …": the firm's bid
                    if owner:
                        return f"{_possessive(owner)} {m.group('head')}"
                    continue
                named = self._named(m)
                if named:
                    return named
            decided = _decided(noun, text)
            if decided:
                return decided
        # the article describes only one of its kind: that one (one a later sentence brings in only when it is called
        # by the same noun: "the plan" early on is not "the party's 2024 programme" that a later paragraph names)
        upto = here.end if here is not None else at
        every = {named for pos, head, named in self._every_thing(noun, phrase) if pos < upto or head.lower() == noun}
        if len(every) != 1 and noun in EVENT_THINGS:  # the first full description of it ("a consultation on …")
            first = [named for pos, head, named in self._every_thing(noun, phrase) if pos < upto and head.lower() == noun]
            return first[0] if first else None  # (an event the headline names: `questions._named_by_title`)
        return every.pop() if len(every) == 1 else self._title_thing(noun, heads) if title and not every else None

    def _title_thing(self, noun: str, heads: str) -> str | None:
        """What the headline calls the one thing of the kind the story is about, where the body never says which:
        "State Senate passes bill capping insulin at $35 a month" names "the bill capping insulin at $35 a month"
        (a headline drops its articles, so the body's rules miss it)."""
        m = _compiled(r"(?<![\w’'-])(?<!\bto\s)(?:" + heads + r")\s+((?:to\s+[a-z]+|[a-z]{3,}ing|on|over|for|against)\s+"
                      r"[^,;:|?!—–]{3,60}?)\s*(?=[,;:|?!—–]|\s+(?:as|after|while|amid|when|because|despite|but|and|or|if|"
                      r"unless|before|until|following|even|so)\s|$)", re.IGNORECASE).search(self.article.title)
        # (a headline's second clause, "… as talks collapse", is no part of the thing's name)
        if not m or not re.fullmatch(r"[\w’'$£€%.,\s-]+", m.group(1)) or len(m.group(1).split()) > 10:
            return None
        return f"the {noun} {m.group(1).strip()}"

    def _every_thing(self, noun: str, phrase: re.Pattern) -> list[tuple[int, str, str]]:
        """Every named noun phrase of the kind in the whole article, with where it stands and its head noun (read
        once per noun, not once per question)."""
        if noun not in self._things:
            if self._masked_body is None:  # (once, not once per noun: a 2 MB article's pass each time)
                self._masked_body = _masked(self.body)
            text = self._masked_body
            found = []
            for m in phrase.finditer(text):
                self._pace(UNIT // 10)
                mods = m.group("mods").split()
                if m.group("det") in ("the", "The") and len(mods) == 1 and mods[0] in ORG_NOUNS:
                    continue
                named = self._named(m)
                if named:
                    found.append((m.start(), m.group("head"), named))
            self._things[noun] = found
        return self._things[noun]

    @staticmethod
    def _described_by_clause(noun: str, sentence: str) -> str | None:
        """'… rallied allies behind tariffs it expects will bring the rival to talks' names 'the tariffs' by the clause
        after it, once its pronoun is the sentence's subject: 'the tariffs that, the Ostrland government expects,
        will bring the rival to talks'."""
        heads = "|".join(sorted(THING_NOUNS.get(noun, {noun}), key=len, reverse=True))
        m = _compiled(r"(?<![\w’'-])(?:" + heads + r")\s+(it|they)\s+([a-z]+)\s+((?:[\w’'-]+\s+){1,8}?[\w’'-]+)"
                      r"(?=\s*[.;:!?]|$)").search(sentence)
        if not m or m.group(2) in _NOT_NAMES:
            return None
        parts = split_clause(clean_clause(sentence[:m.start()]))
        subject = parts[0] if parts else ""
        if not subject or not 2 <= len(subject.split()) <= 6 or subject.split()[0].lower() not in (
                "the", "a", "an") and not subject[:1].isupper():
            return None  # "it" is whatever the sentence is about: a named or described subject, never a pronoun
        subject = subject[0].lower() + subject[1:] if subject.split()[0] in ("The", "A", "An") else subject
        if m.group(3).split()[0] in ("will", "would", "could", "can", "may", "might", "is", "are", "was", "were"):
            # "hopes will be enough" reads as two verbs run together; set the hoping apart
            return f"the {noun} that, {subject} {m.group(2)}, {m.group(3)}"
        return f"the {noun} {subject} {m.group(2)} {m.group(3)}"

    @staticmethod
    def _named(m: re.Match) -> str | None:
        mods = " ".join(m.group("mods").split())
        head, tail = m.group("head"), " ".join((m.group("tail") or "").split())
        ptail = " ".join((m.groupdict().get("ptail") or "").split())
        if ptail and not tail and _whole_complement(ptail):
            tail = ptail  # "a consultation on closing Elm Street Primary": the event's own complement says which
        elif not tail and head.lower() in EVENT_THINGS and "ptail" in m.groupdict():
            tail = _cut_complement(m.string, m.end("head"))  # "a complaint about night-time noise from a depot run by …"
        if tail and head.lower() in _NO_INFINITIVE:
            return None  # "the ban to start in April": when it starts, not which ban ("the ban on night flights")
        if re.search(r"\b(?:its|their|his|her|our|my|your|this|that|these|those|the|a|an|to|of|for|on|in|at|by|with|"
                     r"from|and|or|but|as|into|would|will|could|should|was|were|is|are|be)\b", mods, re.IGNORECASE) or \
                any(w.lower() in ORG_NOUNS | set(THING_NOUNS) for w in mods.split()) or \
                m.group("det") in ("its", "their", "this"):
            return None  # "its latest offer": whose, only the article says
        if m.group("owner"):
            owner = m.group("owner")
            if owner.split()[0].lower() in _NOT_NAMES:
                return None
            return f"{owner}’s {mods + ' ' if mods else ''}{head}"
        plain = [w for w in mods.split() if not re.fullmatch(_BARE_ADJ, w.lower()) and w.lower() not in _SIZE_ADJ]
        if head.lower() in EVENT_THINGS and not m.group("owner") and any(_RELATIVE_ADJ.fullmatch(w.lower()) for w in plain):
            return None  # "a smaller project", "the first strike": one compared with another, not which
        if tail:
            return f"the {mods + ' ' if mods else ''}{head} {tail}".replace("  ", " ")
        if not plain or re.search(r"[,.;]", mods):
            return None  # "the new plan", "a plan": says no more than "the plan"
        return f"the {mods} {head}"

    # -- rewriting ------------------------------------------------------------------------------------------

    def _where(self, phrase: str, at: int, onward: str = "") -> int:
        """Where the description stands in the article: its words and the few after it found once in the article
        (an option may come from another sentence than the question's source), else in the source's sentence
        from `at`, else `at` itself."""
        words = onward.split()[:5]
        if len(words) >= 4:  # looked for near the source: a 2 MB article is not read again for every option
            snippet, lo, hi = " ".join(words), max(0, at - _NEAR), at + _NEAR
            found = self.body.find(snippet, lo, hi)
            if found >= 0 and self.body.find(snippet, found + 1, hi) < 0:
                return found
        sents = self.article.sentences
        if not sents:
            return at
        s = sents[self.article.sentence_index(at)]
        found = self.body.find(phrase, at, max(s.end, at + 400))
        if found < 0:
            found = self.body.find(phrase[:1].swapcase() + phrase[1:], at, max(s.end, at + 400))
        return found if found >= 0 else at

    def rewrite(self, text: str, at: int | None, title: bool = True) -> str:
        """The text with each definite description it can name replaced by the name (possessive kept); what it
        cannot name is left for `unresolved` to report."""
        if at is None or not _DEFINITE.search(text):
            return text
        bare = _masked_question(text)
        out, last = [], 0
        given: dict[str, set[str]] = {}
        subs: list[tuple[int, int, str, str]] = []
        for m in _DEFINITE.finditer(bare):
            noun = m.group(2)
            if (_ORG_COMPLEMENT if noun in ORG_NOUNS else _COMPLEMENT).match(bare, m.end()):
                continue
            if noun in EVENT_THINGS and (not _event_whole(bare, m) or _EVENT_COMPLEMENT.match(bare, m.end())):
                continue
            if noun in ORG_NOUNS and _named_before(bare[:m.start()], noun):
                continue
            pos = self._where(m.group(), at, bare[m.start():m.start() + 60])
            adjective = re.match(r"\w+\s+(" + _BARE_ADJ + r")\s", m.group())
            if adjective and noun not in ORG_NOUNS:
                continue  # "the current agreement" is not "the new agreement": left for `unresolved` to report
            name = self.organisation(noun, pos) if noun in ORG_NOUNS else self.thing(noun, pos, title=title)
            if not name and noun == "shares" and _MARKET_MOVE.match(bare, m.end()):
                # "The shares fell 9%" after "Brackwell Home cut its forecast": its shares (a share of a catch moves no market)
                owner = self.organisation("company", pos)
                name = f"{_possessive(subject_of(owner))} shares" if owner else None
            if not name or name.lower() in text.lower():
                continue
            given.setdefault(name, set()).add(noun)
            found = name
            if noun in ORG_NOUNS:
                name = subject_of(name)  # "the Harbour Workers' Union", "Grenmoor Foods"
                if not name.lower().startswith("the ") and " " in name and self._always_the(name):
                    name = f"the {name}"  # "the Brackley and District Omnibus Company", as the article always writes it
            if m.group(3) and noun not in ORG_NOUNS and not name.lower().endswith(noun):
                continue  # "the study's author" is no "the study of an estuary on the coast’s author": left as written
            if m.group(3):
                name = _possessive(name)
            if m.group(1) == "The":  # "True or false: The union said …": the capital stays where it was
                name = name[:1].upper() + name[1:]
            subs.append((m.start(), m.end(), name, found))
        for a, b, name, found in subs:
            if len(given[found]) > 1:
                continue  # "the union would ballot members … if the company refused": two words, two bodies; the one name
                # found for both is wrong for one of them, so neither is named (`unresolved` reports them)
            out.append(text[last:a] + name)
            last = b
        return "".join(out) + text[last:] if out else text

    def _holder(self, title: str, mod: str) -> tuple[str, str] | None:
        """The one person of the cast whose role is the post `title` ("minister", "chief executive"), and that role;
        None when no one or more than one holds such a post (a "former" holder counts only for "the former …")."""
        key = (title, mod)
        if key not in self._holders:
            want = title.split()
            found = {}
            for p in self.cast.people:
                words = re.findall(r"[\w’'-]+", p.role.lower())
                if p.kind != "person" or " " not in p.name or not words:
                    continue
                hit = any(words[i:i + len(want)] == want and not (len(want) == 1 and i and words[i - 1] in (
                    "prime", "first")) for i in range(len(words)))  # (a prime minister is not "the minister")
                if hit and ("former" in words) == (mod == "former"):
                    found[p.name] = p.role
                elif hit:
                    found.setdefault(p.name, "")  # another holder of the post, now or before: then not surely this one
            self._holders[key] = next(iter(found.items())) if len(found) == 1 and all(found.values()) else None
        return self._holders[key]

    def _lower_words(self) -> set[str]:
        """The words the article writes in lower case (once per article)."""
        if self._lower is None:
            self._lower = set(re.findall(r"(?<![\w’'-])[a-z][\w’'-]*", self.body))
        return self._lower

    def titled(self, text: str, keyed: tuple[str, ...] = ()) -> str:
        """`text` with each bare job title ("the minister", "the chief executive") that one person of the article
        holds given with that person's name ("Health Minister Ada Osei", "the chief executive, Tom Brill,"); left as
        it is when no one or several hold it, or the holder is among `keyed` (the question's key and options: naming
        them would give the answer), for `unresolved` to report."""
        out, last = [], 0
        while True:
            m = bare_title(text[last:])
            if not m:
                break
            a, b = last + m.start(), last + m.end()
            title = " ".join(m.group("title").split())
            found = self._holder(title, m.group("mod") or "")
            if not found or found[0] in keyed or found[0] in text:
                out.append(text[last:b])
                last = b
                continue
            name, role = found
            role = " ".join(role.split())
            if role.lower() == title:
                new = f"{title.title()} {name}"  # "Judge Helena Marchetti"
                new = _possessive(new) if m.group("own") else new
            elif len(role.split()) <= 5 and not re.search(r"^(?:the|a|an)\b|[,(]|\b(?:of|for|at|in|to|and)\b", role,
                                                        re.IGNORECASE):
                first = role.split()[0]
                if title in role and first[1:].islower() and first.lower() in self._lower_words():
                    role = role[:1].lower() + role[1:]  # "Club chairman" opened its sentence: "club chairman" inside one
                new = f"{role} {name}"  # "Health Minister Ada Osei", "Tarn Mining chief executive Ruth Calder"
                new = _possessive(new) if m.group("own") else new
            elif m.group("own"):
                new = _possessive(name)
            else:  # "the chief executive, Tom Brill," set off, whatever follows it
                phrase = text[a:b]
                if re.match(r"the\s", role, re.IGNORECASE) and len(role.split()) <= 10:
                    phrase = phrase[:3] + role[3:]  # "the mayor of Brackenford, Selina Voss," as the article gives the post
                new = f"{phrase}, {name}" + ("" if re.match(r"\s*(?:[,.;:?!)]|$)", text[b:]) else ",")
            if m.group(1) == "The":
                new = new[:1].upper() + new[1:]
            out.append(text[last:a] + new)
            last = b
        return "".join(out) + text[last:] if out else text

    def _always_the(self, name: str) -> bool:
        """Whether the article writes a name only after "the" ("The Brackley and District Omnibus Company, which
        runs …"): a name English gives "the", whatever its last word."""
        found = [m.start() for m in re.finditer(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w’'-])", self.body)]
        return bool(found) and all(re.search(r"\b[Tt]he\s+$", self.body[max(0, at - 5):at]) for at in found)

    def _labelled(self) -> dict[str, str]:
        """For each lower-case word the article puts right before one person's full name as a label ("winger Sam
        Okafor", "defendant Lee Marr", a sentence's "Nurse Tom Ashdown" where the article writes "nurse" in lower case
        too), that person; a word before two people's names is no one's. (Once per article.)"""
        if self._labels is None:
            found: dict[str, set[str]] = {}
            lower = self._lower_words()
            for m in self.cast.mentions:
                name = m.person or re.sub(r"['’]s?$", "", m.text).strip()
                if m.kind != "person" or " " not in name or not self.body.startswith(name.split()[0], m.start):
                    continue
                self._pace(UNIT // 10)
                w = _LABEL_WORD.search(self.body, max(0, m.start - 30), m.start)
                if not w:
                    continue
                word = w.group(1)
                if word[:1].isupper():
                    if not _OPENS_SENTENCE.search(self.body, max(0, w.start() - 3), w.start()) or word.lower() not in lower:
                        continue  # ("Harbury chairman": a name's word, not a label written with a capital)
                    word = word.lower()
                if word not in _NOT_A_LABEL and not word.endswith(("ed", "ly", "ing")) and \
                        not (word.endswith("s") and not word.endswith("ss")):  # ("leaders Eastwick Albion": a plural)
                    found.setdefault(word, set()).add(name)
            self._labels = {w: next(iter(names)) for w, names in found.items() if len(names) == 1}
        return self._labels

    def labelled(self, text: str, keyed: tuple[str, ...] = ()) -> str:
        """`text` with each "the winger" whose word the article gives as one person's label before the name ("winger Sam
        Okafor") given that person's name; as it is when the person is among `keyed` (naming them would be the answer)."""
        if "the " not in text.lower():
            return text
        labels = self._labelled()
        if not labels:
            return text
        bare = _masked_question(text)
        out, last = [], 0
        for m in _THE_LABEL.finditer(bare):
            name = labels.get(m.group(2))
            if not name or name in keyed or name in text:
                continue
            out.append(text[last:m.start()] + (_possessive(name) if m.group(3) else name))
            last = m.end()
        return "".join(out) + text[last:] if out else text

    def aged(self, text: str, at: int, keyed: tuple[str, ...] = ()) -> str:
        """`text` with "the 47-year-old" or "the 47-year-old German" (news writing's second mention of a person) given
        the name of the one person the sentence before the question's source names; as it is when that sentence names
        none or several, or the person is keyed (naming them would be the answer)."""
        m = _AGED.search(text)
        if not m or (m.group(3) and m.group(3).lower() not in DEMONYMS and m.group(3).lower() not in _AGED_NOUNS):
            return text
        i = self.article.sentence_index(at)
        if i <= 0:
            return text
        prev = self.article.sentences[i - 1]
        named = {x.person for x in self.cast.mentions_in(prev.start, prev.end) if x.kind == "person" and x.person}
        if len(named) != 1:
            return text
        name = named.pop()
        if name in keyed or name in text:
            return text
        return text[:m.start()] + name + text[m.end():]

    def question(self, q: dict) -> dict:
        """The drafted question with 'the company', 'the firm', 'the plan' named where the article says which ('How
        much debt did McWidget report?'): read without the article, the bare description says nothing. What
        cannot be named stays, and the 'complete' check then fails the question (`unresolved`)."""
        at = self.position(q.get("source", ""))
        if at is None:
            return q
        cloze = q.get("type") == "typed"  # a cloze is the article's own sentence: its words stay

        keyed = tuple(str(x) for x in [q.get("answer"), q.get("speaker"), *(q.get("choices") or []),
                                       *(q.get("distractors") or [])] if x)

        def fix(text: str, titles: bool = True) -> str:
            text = self.rewrite(text, at, title=not cloze)  # (a cloze is the article's sentence: no headline put in)
            if cloze:
                return text
            text = self.aged(text, at, keyed)  # "the 47-year-old German" → "Dario Feld"
            text = self.titled(text, keyed) if titles else text  # "the minister" → "Health Minister Ada Osei"
            text = self.labelled(text, keyed) if titles else text  # "the winger" → "Sam Okafor"
            return name_heads(drop_relative_day(text), self.body)
        q = dict(q)
        if q.get("prompt"):
            # (a prompt that asks who holds a post keeps the post as it is: naming it would be the answer)
            q["prompt"] = fix(q["prompt"], not q["prompt"].startswith("Which of these people is described"))
        if q.get("explanation"):
            q["explanation"] = fix(q["explanation"])
        if q.get("type") == "quote" and q.get("reported"):
            q["quote"] = fix(q["quote"])
        if q.get("type") == "flash" and isinstance(q.get("answer"), str):
            q["answer"] = fix(q["answer"], False)  # a role: "a member of the group" says nothing until the group is named
        if q.get("items"):
            items = [fix(i) for i in q["items"]]
            items = [i if len(i.split()) <= 18 else q["items"][k] for k, i in enumerate(items)]  # an item stays short
            clear = [i for i in items if not unresolved(i) and not brought_in_before(i, self.body, self.article.title)]
            if len(clear) >= 3 and len(clear) < len(items):  # an event only the article explains is left out
                gone = [q["items"][k] for k, i in enumerate(items) if i not in clear]
                parts = str(q.get("explanation", "")).split("; ")
                q["explanation"] = "; ".join(x for x in parts if not any(x.endswith(g) for g in gone))
                items = clear
            q["items"] = items
        if q.get("pairs"):
            q["pairs"] = [[fix(a), b] for a, b in q["pairs"]]
        if q.get("type") == "choice" and q.get("choices") and sorted(q["choices"]) != ["False", "True"]:
            renamed = {c: fix(c, False) for c in q["choices"]}
            if len(set(renamed.values())) == len(renamed):
                q["choices"] = [renamed[c] for c in q["choices"]]
                q["answer"] = renamed.get(q.get("answer"), q.get("answer"))
        return q


# "general secretary of the Royal College of Nurses", "the Dockers' Union's general secretary" (on lower-cased text):
# the words of the body after or before it, up to eight
_GENERAL_SECRETARY_OF = re.compile(r"general secretary of (?:the )?((?:[\w&'’-]+ ?){1,8}?)(?=[,.;:!?\"“”()]| and | who | said|$)")
_GENERAL_SECRETARY_OWNED = re.compile(r"(?:the )?((?:[\w&'’-]+ ){0,7}[\w&-]+)['’]s? general secretary")
# "the 47-year-old", "the 47-year-old German", "The 31-year-old striker": a person named in the sentence before
_AGED = re.compile(r"\b([Tt]he)\s+(\d{1,3})-year-old(?:\s+([A-Z][a-z]+|[a-z]+)(?=\s))?")
_AGED_NOUNS = frozenset({"man", "woman", "striker", "midfielder", "defender", "goalkeeper", "forward", "winger", "coach",
                         "manager", "player", "mother", "father", "teacher", "nurse", "doctor", "driver", "student",
                         "singer", "actor", "actress", "writer", "author", "businessman", "businesswoman", "veteran",
                         "captain", "boxer", "runner", "swimmer", "cyclist", "politician", "lawyer", "officer"})


# "the union's", "the group's" in a person's role ("The head of the union's Coldmere branch"): a body only the article
# names, though a capitalised word follows it (which `unresolved` takes for the name saying which)
ORG_OWNING = re.compile(r"\b[Tt]he\s+(" + "|".join(sorted(ORG_NOUNS, key=len, reverse=True)) + r")['’]s\b")


def unnamed_owner(role: str) -> str:
    """The "the union's" of a role whose owner is a body the role does not name; "" when there is none."""
    m = ORG_OWNING.search(_masked(role))
    return m.group() if m else ""
