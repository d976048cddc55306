"""Whether a timeline item is one whole event a student can place without the article.

A reader judged "Put these events in time order" unfit when an item merged two events dated by only one of
them ("The contract expired, and members voted for a strike": 31 August, 19 September), stopped inside a noun
phrase ("… the maker of one of the most popular fitness"), carried a dateline's debris (") — Negotiators sat
down"), lost its grammar in the cutting ("A fire damaged the hall has been too badly", "A survey carried out"),
or was no event at all ("The chair declined to comment"). Each test here reads the item's sentence structure
against its evidence; a doubtful item is dropped rather than kept, since three sound items make a question and a
bad one spoils it.
"""

from __future__ import annotations

import re

from studyapp.core.generate import grammar
from studyapp.core.generate.realise import AUXILIARIES, DETERMINERS, IRREGULAR, SAME_PAST, finite, split_clause

# A second clause joined on: ", and members voted", "and talks, held in …, broke down" — a subject (a few words
# that are no verb) and a finite verb of its own.
_JOINED = re.compile(r",?\s+(?:and|but|while|whereas)\s+")
_DETERMINERS = DETERMINERS
# Words after which a finite verb continues the clause already open, not a new one.
_JOINERS = {"and", "but", "or", "nor", "who", "which", "that", "when", "where", "while", "after", "before",
            "because", "as", "since", "until", "if", "once", "so", "than", "whom", "whose", "what", "it", "they",
            "he", "she", "we", "i", "you", "there", "not", "also", "then", "never", "still", "already"}
# A word that, standing after the item's last words in the sentence, ends a phrase rather than continues it.
_PHRASE_ENDS = {"in", "on", "at", "by", "for", "to", "from", "with", "without", "after", "before", "during", "over",
                "under", "into", "onto", "of", "off", "about", "against", "amid", "among", "between", "through",
                "throughout", "since", "until", "till", "as", "and", "but", "or", "nor", "so", "yet", "which", "who",
                "whom", "whose", "that", "when", "where", "while", "because", "if", "unless", "although", "though",
                "once", "than", "last", "this", "next", "earlier", "later", "ago", "again", "yesterday", "today",
                "tonight", "tomorrow", "early", "late", "instead", "too", "also", "then", "now", "there", "here",
                "said", "says", "say", "told", "according", "per", "near", "outside", "inside", "despite", "following",
                "ahead", "around", "across", "along", "behind", "beyond", "toward", "towards", "up", "down", "out",
                "away", "back", "before", "soon", "shortly", "alone", "together", "each", "both", "all", "not"}
_TIME_NOUN = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|afternoon|evening|night|week|month|"
                        r"year|season|spring|summer|autumn|winter|weekend", re.IGNORECASE)
# An item that is no event: someone declining to speak, or not answering.
_NO_EVENT = re.compile(
    r"\b(?:declined|refused|did\s+not|didn[’']t|would\s+not|wouldn[’']t|could\s+not|couldn[’']t)\s+"
    r"(?:to\s+)?(?:immediately\s+)?(?:comment|say|confirm|respond|reply|disclose|elaborate|discuss|answer|"
    r"be\s+reached|give\s+details|name)\b|\b(?:was|were)\s+not\s+(?:immediately\s+)?(?:available|reachable)\b|"
    r"\bno\s+comment\b", re.IGNORECASE)
# A dateline's place in capitals, its agency in brackets, a dash: "VARNA CITY, Oct 3 (Wire) -".
_DATELINE = re.compile(r"\b[A-Z]{3,}(?:[ ,]+[A-Z][\w.]*){0,4}\s*(?:\([^)]*\))?\s+[—–-]\s|"
                       r"\([A-Z][\w ]*\)\s*[—–-]")


def _finite(word: str, prev: str = "") -> bool:
    """A past-tense or auxiliary verb form whose base form is sure (realise.finite, the clause splitter's test)."""
    return finite(word, prev, sure=True)


def _second_clause(item: str) -> re.Match | None:
    """The joint before a second clause with its own subject and verb ("…expired, and members voted …")."""
    for m in _JOINED.finditer(item):
        left = item[:m.start()].split()
        if not any(_finite(w, p) for p, w in zip(left, left[1:])):
            continue  # "Talks on pay and rosters broke down": the joint is inside the subject
        words = item[m.end():].split()[:6]
        if not words or _finite(words[0]):
            continue  # "lapsed and was replaced": one subject's two verbs, left to one_event
        for k in range(1, len(words)):
            if words[k - 1].endswith(",") and k > 1 and not _finite(words[k]):
                break  # "talks, held in …": an aside; the clause's verb comes after it
            if _finite(words[k], words[k - 1]):
                return m
        else:
            if any(w.endswith(",") for w in words[:2]):
                return m  # "and talks, held in …, broke down": a subject with its aside, then (beyond) its verb
    return None


def one_dated_clause(item: str, as_written: str, evidence: str) -> str | None:
    """The item cut to the clause its date belongs to: of "The contract expired, and members voted for a strike"
    the first clause when the date stands in it, None (drop) when the date is the second clause's, which the
    item cannot be cut to safely."""
    m = _second_clause(item)
    if not m:
        return item
    right = " ".join(item[m.end():].split()[:2])
    date_at, right_at = evidence.find(as_written), evidence.find(right)
    if date_at < 0 or right_at < 0 or date_at > right_at:
        return None
    left = item[:m.start()].rstrip(" ,;")
    return left if len(left.split()) >= 2 else None


def _after_tail(item: str, evidence: str) -> str | None:
    """The evidence after the item's last words, or None when they are not found there as written."""
    words = item.split()
    tail = " ".join(words[-2:]) if len(words) >= 2 else item
    at = evidence.rfind(tail)
    return evidence[at + len(tail):] if at >= 0 else None


def _cut_mid_phrase(item: str, as_written: str, evidence: str) -> bool:
    """'… the maker of one of the most popular fitness' + 'trackers': the sentence goes on with the same
    noun phrase where the item stops."""
    if re.search(r",\s+(?:a|an|the)\s+[\w’'-]+(?:\s+[\w’'-]+)?$", item):
        return True  # "sets its budget, a meeting" (+ "that falls before …"): an aside stopped at its noun
    if re.search(r",?\s+(?:due|scheduled|set|planned|expected|slated|timed)$", item):
        return True  # "at the next full meeting, due" (+ "on 18 November"): the date is the aside's
    after = _after_tail(item, evidence)
    if after is None or not re.match(r" [a-z]", after):
        return False
    goes_on = re.match(r" (?:since|than) (.*)", after)
    if goes_on and not goes_on.group(1).startswith(as_written.split(" ", 1)[-1]):
        return True  # "sold out, for the first time" + "since 1997": the claim is the whole span's
    word = re.match(r" ([a-z][\w’'-]*)", after).group(1)
    return word not in _PHRASE_ENDS and not word.endswith("ly") and not _TIME_NOUN.fullmatch(word) and \
        not _finite(word)


# Past forms that are also participles: "a survey carried out", "a ballot held in May" may be a bare subject.
_PARTICIPLES = {"held", "found", "made", "built", "bought", "sold", "paid", "kept", "left", "sent", "led", "met",
                "brought", "taught", "caught", "sought", "spent", "told", "heard", "laid", "lit", "fed", "dug", "won",
                "lost", "hung", "shot", "struck", "stuck", "swept", "upheld", "withheld", "understood", "dealt",
                "set", "cut", "put", "hit", "shut", "cast", "spread", "bid", "let"}


# "is being sold", "are expected", "is held": a present passive or progressive, not a state.
_PASSIVE_OR_ONGOING = re.compile(r"\b(?:is|are)\s+(?:not\s+)?(?:\w+ing|\w+ed|" + "|".join(sorted(_PARTICIPLES)) +
                                 r")\b")


def _subject_of_more(item: str, as_written: str, evidence: str) -> bool:
    """'A survey carried out' of 'A survey carried out in June found damp': the item is the subject of a
    longer clause whose own verb follows its date."""
    verb = _verb(item)
    if not verb or not (verb.endswith("ed") or verb in _PARTICIPLES):
        return False  # "The merger, which became final Tuesday, will …": a whole clause of its own
    after = _after_tail(item, evidence)
    if after is None:
        return False
    rest = after
    at = rest.find(as_written)
    if 0 <= at <= 12:  # " in April 2023 found …": the date phrase right after the item
        rest = rest[at + len(as_written):]
    m = re.match(r"\s*,?\s*([A-Za-z][\w’'-]*)", rest)
    return bool(m) and _finite(m.group(1))


def _two_verbs_unjoined(item: str) -> bool:
    """'A fire damaged the hall has been too badly': after the clause's verb, another finite verb with nothing
    joining it (no conjunction, relative word or comma): two clauses run together."""
    parts = split_clause(item)
    if not parts:
        return False
    words = parts[2].split()
    for k in range(1, len(words)):
        low, prev = words[k].lower(), words[k - 1].lower()
        if low in ("has", "have", "had", "is", "are", "was", "were", "will") and prev.rstrip(",;") not in _JOINERS \
                and not prev.endswith((",", ";")) and prev not in _DETERMINERS:
            return True
    return False


def _debris(item: str) -> bool:
    """A dateline's leftovers or a cut bracket: ") — Negotiators sat down", "VARNA, Oct 3 (Wire) - Talks …"."""
    if not re.match(r"[\w“\"‘']", item):
        return True
    if item.count(")") != item.count("(") or item.count("]") != item.count("["):
        return True
    return bool(_DATELINE.search(item))


# Verbs that report words rather than do something: "The chair said …" dates the saying, not an event of the story.
_SAYING = {"said", "says", "told", "tells", "added", "adds", "claimed", "claims", "wrote", "writes", "argued",
           "argues", "warned", "warns", "insisted", "insists", "stressed", "stresses", "noted", "notes", "explained",
           "explains", "commented", "remarked", "replied", "suggested", "suggests", "reiterated", "repeated"}
_ADVERBS = {"not", "also", "already", "since", "now", "still", "never", "just", "then", "later", "again", "first"}


# "The returning officer published it", "The commission referred it there": what "it" is, only the article says.
_PRONOUN_OBJECT = re.compile(r"^(?:\s+\w+){0,2}?\s+(?:it|them)\b(?!['’]s)", re.IGNORECASE)


# "applied on his behalf": someone other than the subject, whom only the article names.
_BEHALF = re.compile(r"\bon\s+(?:his|her|their|its)\s+behalf\b", re.IGNORECASE)
# Base forms of the irregular verbs: "After Ardley come trips to …" has no verb of its own in "trips".
_BASE_FORMS = set(IRREGULAR.values())
# "fought that last full election": which election, only the sentence before says.
_POINTING = re.compile(r"\b(?:that|this|these|those)\s+(?:last|first|same|previous|earlier|latest|next|other)\b",
                       re.IGNORECASE)
# "The fire started next to his bakery": with no one named before it, whose is only the article's to say.
_HIS_HER = re.compile(r"\b(?:his|her)\b")


def _verb(item: str) -> str | None:
    """The item's first verb (past, present or after an auxiliary), lower-case, or None when it has none:
    'Apple and Pear, 90g, batch codes …, best' is a list, not an event."""
    words = [w.strip(",.;:") for w in item.split()]
    for k in range(1, len(words)):
        low, prev = words[k].lower(), words[k - 1]
        if _finite(low, prev) or low in SAME_PAST and prev.lower() not in _DETERMINERS | _PHRASE_ENDS:
            if low in AUXILIARIES:
                rest = [w.lower() for w in words[k + 1:k + 4] if w.lower() not in _ADVERBS]
                return rest[0] if rest and rest[0] in _SAYING else low
            return low
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if re.fullmatch(r"[a-z]+[^su]s", low) and prev.lower() not in _DETERMINERS and \
                prev.lower() not in _BASE_FORMS and \
                (not nxt or nxt.lower() in _PHRASE_ENDS or nxt.lower() in _DETERMINERS):
            return low  # "Consultation closes at noon", "Trust board decides"
    return None


def reports_saying(event: str) -> bool:
    """Whether an event is someone's saying ("The minister said that she would not reopen …", "X told reporters …"):
    its first verb reports words (an announcement is an event of its own and is not one of these)."""
    if _verb(event) in _SAYING:
        return True
    words = [w.strip(",.;:") for w in event.split()]
    said = next((k for k, w in enumerate(words) if k and w.lower() in _SAYING), -1)
    # ("The union representing 3,400 workers at the two mines said on Tuesday …": no verb before the saying's own)
    return said > 0 and not any(_finite(w.lower(), p.lower()) for p, w in zip(words[:said], words[1:said]))


def quoted_words(item: str, evidence: str) -> bool:
    """'Every cancellation now is a room empty in July too,” he said': the item is someone's words, inside a
    quotation that may have opened in the sentence before; its date is the speaker's, not an event's."""
    at = evidence.find(" ".join(item.split()[:3]))
    if at < 0:
        return False
    before, after = evidence[:at], evidence[at:]
    if before.count("“") > before.count("”") or before.count('"') % 2:
        return True
    if "“" in before or '"' in before:
        return False
    m = re.search(r"[“”\"]", after)
    return bool(m) and (m.group() == "”" or m.group() == '"' and m.start() > 0 and after[m.start() - 1] in ",.!?")


def unfit_item(item: str, as_written: str, evidence: str, precision: str = "") -> str | None:
    """Why the item may not stand in a timeline, or None when it may: debris, no event (a refusal to comment, a
    stance held now, an amount over a year), a report of words, a cut phrase, or grammar lost in the cutting."""
    if _debris(item):
        return "debris"
    verb = _verb(item)
    if verb is None or _NO_EVENT.search(item):
        return "no event"
    if verb in _SAYING or said_not_done(item, verb, evidence):
        return "report"
    if quoted_words(item, evidence):
        return "quoted"
    if verb in ("is", "are") and not _PASSIVE_OR_ONGOING.search(item) or _past_state(item, verb):
        return "state"  # "The mill is the largest employer": no event, whatever the date
    state = a_state_or_measure(item, verb, precision)
    if state:
        return state  # "The council wants each trawler to pay 4%", "The port handled 4.1 million tonnes" in 2021
    after_verb = item[item.lower().find(" " + verb) + len(verb) + 1:]
    named_before = re.search(r"\b[A-Z][a-z]", item[1:len(item) - len(after_verb)])
    if _PRONOUN_OBJECT.search(after_verb) or _POINTING.search(item) or _BEHALF.search(item) or \
            _HIS_HER.search(after_verb) and not named_before:
        return "whose"
    if _two_verbs_unjoined(item) or _subject_of_more(item, as_written, evidence) or \
            grammar.problem(item, question=False):  # ",,", "… paid rather", "his wife, Ada Reid was …"
        return "grammar"
    if _cut_mid_phrase(item, as_written, evidence) or _clause_cut_off(item, verb):
        return "cut"
    return None


# "was" or "has" as the verb itself, not an auxiliary: "The crossing was the longest bridge in the country", "The
# demand was modest", "X has one job" state what was or is, and are no event to put in order ("The hall was built",
# "Vale were last promoted", "The union has rejected …" are).
_STATE_VERBS = {"was", "were", "has", "have"}
_AFTER_STATE_VERB = {"born", "been", "to", "due"}


def _past_state(item: str, verb: str) -> bool:
    if verb not in _STATE_VERBS:
        return False
    words = [w.strip(",.;:").lower() for w in item.split()]
    at = words.index(verb) if verb in words else -1
    rest = [w for w in words[at + 1:] if w not in _ADVERBS and w not in ("last", "first", "later", "finally",
                                                                         "eventually", "recently")] if at >= 0 else []
    if not rest:
        return False
    nxt = rest[0]
    return not (nxt.endswith(("ed", "ing", "en")) or nxt in _PARTICIPLES or nxt in grammar.PARTICIPLES or
                nxt in _AFTER_STATE_VERB or nxt in IRREGULAR)


# Verbs whose object is a clause ("a judge ruled that the operator … breached its duty", "a report found that …"):
# an item that stops after the verb, or after a ruling's noun phrase, lost the clause that was the event.
_CLAUSE_TAKERS = {"ruled", "concluded", "found", "decided", "determined", "judged", "showed", "revealed",
                  "suggested", "estimated", "argued", "believed", "feared", "agreed", "accepted", "admitted"}
_RULED = {"ruled", "concluded", "determined", "judged"}


def _clause_cut_off(item: str, verb: str) -> bool:
    if verb not in _CLAUSE_TAKERS:
        return False
    words = [w.strip(",.;:") for w in item.split()]
    low = [w.lower() for w in words]
    at = low.index(verb) if verb in low else -1
    if at < 0:
        return False
    after = words[at + 1:]
    if not after:
        return True  # "A report by the board found"
    # "A High Court judge ruled the operator of the ferry": a ruling's words with no verb of their own
    return verb in _RULED and not any(_finite(w.lower(), p.lower()) for p, w in zip(words[at:], after))


# Verbs of judging something said or done ("welcomed the ruling", "criticised the plan"): a reaction, told for its
# words, not an event of the story to put in order.
_REACTING = {"welcomed", "criticised", "criticized", "praised", "condemned", "hailed", "slammed", "blasted",
             "deplored", "lamented", "applauded", "decried", "derided", "lauded"}
# Verbs that tell of something said when a "that" clause or a ", saying …" follows them ("confirmed that the captain
# would be fit", "defended the deal on Tuesday, saying …"); with a plain object they may be events ("announced a
# strike", "denied the charges").
_TELLING = {"defended", "confirmed", "announced", "revealed", "acknowledged", "denied", "disclosed", "reaffirmed",
            "justified", "explained"}
_SAYING_AFTER = re.compile(r"^[^.;:!?“”\"]{0,40}?,\s+(?:saying|arguing|insisting|calling|adding|claiming)\b")
# A state rather than an event: what someone wants, fears or holds now ("The council wants each trawler to pay 4%"),
# or what someone had been doing for a while ("had been coaching the under-21s").
_STANCE_NOW = {"wants", "wishes", "hopes", "needs", "believes", "thinks", "fears", "expects", "opposes", "supports",
               "backs", "favours", "favors", "prefers", "knows", "owns", "remains", "seems", "appears", "lacks",
               "deserves", "means", "doubts", "insists", "intends"}
_ONGOING_BEFORE = re.compile(r"\b(?:had|has|have)\s+been\s+[a-z]+ing\b")
# Verbs of an amount over a period ("handled 4.1 million tonnes of cargo" in 2021, "produced 210,000 tonnes of copper"
# last year), and a figure straight after one: a year's or a month's total, not an event.
_THROUGHPUT = {"handled", "produced", "carried", "sold", "earned", "made", "lost", "recorded", "posted", "generated",
               "attracted", "received", "served", "employed", "exported", "imported", "shipped", "mined", "harvested",
               "collected", "spent", "lent", "borrowed", "processed", "treated", "drew", "welcomed", "hosted",
               "logged", "booked", "delivered", "built", "grew", "caught", "landed", "used", "consumed", "emitted"}
_FIGURE_OBJECT = re.compile(r"^\s+(?:about\s+|around\s+|almost\s+|nearly\s+|some\s+|more\s+than\s+|over\s+)?"
                            r"(?:[$£€₹]\s?)?\d")


def said_not_done(item: str, verb: str, evidence: str) -> bool:
    """Whether the item's verb tells of something said ("Mayor X defended the agreement" of "… Tuesday, saying …",
    "The club confirmed that …", "The union welcomed the ruling"): the day of the words, not an event."""
    words = [w.strip(",.;:").lower() for w in item.split()]
    for k in range(1, len(words)):  # the first verb, though its base form is not sure ("confirmed": confirm?)
        if words[k] in _REACTING or words[k] in _TELLING:
            if not any(_finite(w, p) for p, w in zip(words[:k], words[1:k])):
                verb = words[k]
            break
    if verb in _REACTING:
        return True
    if verb not in _TELLING:
        return False
    after_verb = item[item.lower().find(" " + verb) + len(verb) + 1:]
    if re.match(r"\s+that\b", after_verb):
        return True
    after = _after_tail(item, evidence)
    return after is not None and bool(_SAYING_AFTER.match(after))


def a_state_or_measure(item: str, verb: str, precision: str = "") -> str | None:
    """'state' for a stance held now or a doing that had gone on for a while, 'measure' for an amount over a year or a
    month ("The port handled 4.1 million tonnes of cargo" in 2021): neither is an event to put in order."""
    if verb in _STANCE_NOW or _ONGOING_BEFORE.search(item):
        return "state"
    after_verb = item[item.lower().find(" " + verb) + len(verb) + 1:]
    if precision in ("year", "month") and verb in _THROUGHPUT and _FIGURE_OBJECT.match(after_verb):
        return "measure"
    return None


# "would" as the item's own verb: a plan or a forecast told in the past ("She said she would ask the council to
# reconsider the deal at its next meeting on March 26").
_WOULD = re.compile(r"\bwould\b")


def as_coming(item: str, coming: bool | None) -> str | None:
    """The item with a reported "would" told as what is to come ("Teresa Vu will ask the council …") when its date
    is after the day of publication; None when it is not (a plan for a day already past may never have been
    carried out); any other item as it is."""
    if _verb(item) != "would":
        return item
    if not coming:
        return None
    m = _WOULD.search(item)
    return item[:m.start()] + "will" + item[m.end():]
