"""Clauses -> questions: "Talks collapsed" becomes "When did talks collapse?", never "When? Talks collapsed…".

Without a parser the clause is split at its finite verb: an auxiliary ("will", "was", "has") is moved
in front of the subject; a past-tense verb becomes "did" + its base form when the base form is known
for sure (irregular verbs from a table, regular ones only where the spelling leaves no doubt). When
neither is sure the question is asked without inversion ("What was the date when talks collapsed?"),
which is always grammatical. Nothing here cuts text: a clause too long to ask about is refused (None).
"""

from __future__ import annotations

import re

from studyapp.core.generate.lexicon import COUNTRIES, DEMONYMS

AUXILIARIES = {"will", "would", "is", "are", "was", "were", "has", "have", "had", "can", "could", "should",
               "must", "may", "might", "shall"}
# Past tense -> base form of common irregular verbs in news text.
IRREGULAR = dict(pair.split(":") for pair in (
    "met:meet said:say held:hold took:take went:go came:come began:begin won:win lost:lose made:make "
    "gave:give told:tell left:leave sent:send struck:strike fell:fall rose:rise broke:break spoke:speak "
    "wrote:write led:lead ran:run saw:see found:find kept:keep brought:bring bought:buy sold:sell "
    "thought:think became:become grew:grow threw:throw drew:draw chose:choose paid:pay laid:lay stood:stand "
    "sat:sit spent:spend built:build felt:feel heard:hear meant:mean fought:fight caught:catch "
    "taught:teach sought:seek swore:swear froze:freeze hid:hide shot:shoot sank:sink stole:steal "
    "withdrew:withdraw overtook:overtake undertook:undertake forgave:forgive upheld:uphold "
    "understood:understand withheld:withhold arose:arise beat:beat bore:bear bit:bite blew:blow dealt:deal "
    "dug:dig drove:drive ate:eat fed:feed fled:flee flew:fly forgot:forget got:get hung:hang knew:know "
    "lent:lend lit:light rode:ride rang:ring sang:sing shook:shake slid:slide spun:spin sprang:spring "
    "stuck:stick swept:sweep swam:swim swung:swing tore:tear woke:wake wore:wear wept:weep overcame:overcome "
    "foresaw:foresee oversaw:oversee undid:undo did:do had:have stole:steal struck:strike sped:speed "
    "bled:bleed bred:breed fled:flee mistook:mistake rebuilt:rebuild reran:rerun retook:retake "
    "outran:outrun underwent:undergo went:go died:die tied:tie").split())
# Past tenses equal to the base form; only counted as verbs right after a subject.
SAME_PAST = {"hit", "put", "set", "cut", "quit", "shut", "let", "cast", "cost", "hurt", "spread", "upset", "bid"}
_NOT_E = {"visited", "edited", "limited", "credited", "exited", "orbited", "profited", "inherited", "exhibited",
          "prohibited", "audited", "focused", "biased", "unfocused", "deposited", "posited", "solicited", "elicited", "inhabited", "vomited"}
# (one set for every module that asks whether a word follows a determiner: realise, timeline)
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my",
                         "your", "some", "any", "no", "each", "every", "all", "both", "several", "many"})
_DETERMINERS = DETERMINERS
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those", "there"}
# "as" opens "as well as …", "as soon as …", "as long as …": there it is half of the phrase, not a conjunction to drop
# (a reader found "Who said that well as the veto …").
_LEADING = re.compile(r"^(?:and|but|so|or|yet|then|also|however|meanwhile|while|when|after|before|"
                      r"as(?!\s+(?:well|soon|long|far|much|many|quickly|early)\s+as\b)|"
                      r"because|although|though|since|if|come)\b[\s,]*", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def regular_base(past: str) -> str | None:
    """Base form of a regular past tense when its spelling decides it; None when it does not."""
    w = past.lower()
    if not w.endswith("ed") or len(w) < 5:
        return None
    if w in _NOT_E:
        return w[:-2]
    if w.endswith("ied"):
        return w[:-3] + "y"
    if w.endswith("eed"):
        return w[:-1]
    stem = w[:-2]
    if w.endswith("elled") and re.search(r"[aeiou]", w[:-5].replace("qu", "q")):
        return w[:-3]  # compelled, travelled, labelled: the l doubled after a second syllable (spelled keeps it)
    if re.search(r"(?<!q)[aeiou]{2}[rlnmkpd]$", stem):  # not "acquired": after q, u is no vowel
        return stem  # repaired, cleared, joined, sealed, claimed: two vowels keep no e
    if re.search(r"[aeiou]{2}t$", stem):
        return None  # treated (treat) against created (create)
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
        return stem[:-1]  # stopped, planned, committed
    if w.endswith(("ced", "ged", "ved", "zed", "ized", "ised", "uded", "ided", "oded", "ured", "ired", "ared", "ined",
                   "ored", "osed", "psed", "ased", "uled", "iled", "oled", "ated", "uted", "ited", "oted", "used",
                   "ued")):  # (valued, continued, issued, devalued: no verb ends on "u")
        if w.endswith(("ited",)) and w not in {"invited", "united", "cited", "excited", "ignited", "recited"}:
            return None  # visited/limited keep no e, invited/united do: undecidable by spelling
        if w.endswith(("ated",)) and w.endswith(("eated", "oated")):
            return None  # treated/floated have no e, created has one
        return stem + "e"
    if w.endswith(("sted", "nted", "lted", "cted", "pted", "rted", "xed", "shed", "ched", "lled", "ssed", "ffed",
                   "oned", "rned", "wned", "ened", "ered", "wed", "yed", "aimed", "eemed", "ormed",
                   "ooked", "ecked", "acked", "icked", "ocked", "ucked", "alked", "anked", "inked", "unked",
                   "orked", "arked", "ealed", "ailed", "eeled", "oiled", "ooled", "ouled", "ealed", "ained",
                   "igned", "ached", "ended", "anded", "inded", "unded", "onded",
                   "ailed", "eared", "oured", "aired", "eared", "ounted", "ented", "inted", "anted")):
        return stem
    if re.search(r"(?<!q)[aeiou]{2}[bcdfgkmnprt]ed$", w):
        return stem  # joined, repealed, appointed
    if w.endswith("rded"):
        return stem  # awarded, recorded, guarded: no verb ends on "rde"
    if re.search(r"[^aeiou][bdgkptzf]led$", w) or re.search(r"[aeiou][bdgkpt]led$", w) and not w.endswith(("ailed",
                                                                                                          "ooled")):
        return stem + "e"  # handled, settled, tabled, tackled, doubled: "-le" verbs
    return None


def base_of(verb: str) -> str | None:
    low = verb.lower()
    if low in IRREGULAR:
        return IRREGULAR[low]
    return regular_base(low)


# A straight single mark that opens a quotation (after a space or a bracket, before a letter) and one that closes it
# (after a letter or a stop, before no letter): "the nurses' union" has neither.
_STRAIGHT_OPEN = re.compile(r"(?<![\w’'])'(?=\w)")
_STRAIGHT_CLOSE = re.compile(r"(?<=[\w.,!?])'(?!\w)")


def clean_clause(text: str) -> str:
    """A clause as a question can use it: no leading conjunction, no aside in brackets ("(left)"), no
    trailing punctuation or quote mark."""
    t = re.sub(r"\s*\([^()]*\)", "", " ".join(text.split()))
    t = _LEADING.sub("", t).strip(" ,;:-–—")
    quoted_end = re.search(r"[\"”][\s.,;:!?]*$", t) and not re.search(r"[\"“”’'][\s.,;:!?]*[\"“”]$", t)
    single_end = re.search(r"’[\s.,;:!?]*$", t)
    straight_end = re.search(r"(?<=[\w.,!?])'[\s.,;:!?]*$", t)
    t = t.rstrip(" .,;:!?\"“”’'")
    if single_end and "‘" in t and "’" not in t[t.rindex("‘"):]:
        t += "’"  # "the move was ‘a bolt from nowhere’": British marks stay closed too
    opened = [m.start() for m in _STRAIGHT_OPEN.finditer(t)] if straight_end else []
    if opened and not _STRAIGHT_CLOSE.search(t, opened[-1] + 1):
        t += "'"  # "the closure was 'the wrong call at the wrong time'": a straight single mark stays closed too
    if quoted_end and (t.count("“") == t.count("”") + 1 or t.count('"') % 2):
        t += "”" if "“" in t else '"'  # 'the service was "the only way I see …"': the words stay quoted
    if t.count("“") != t.count("”") or t.count('"') % 2:
        t = t.replace("“", "").replace("”", "").replace('"', "")
    return t


# A capitalised owner opening a clause ("Marrovia's prime minister …"): a name, unless a common word
_OWNER_NAME = re.compile(r"([A-Z][a-z]+)['’]s\b")
_COMMON_OWNERS = frozenset({"today", "yesterday", "tomorrow", "tonight", "this", "last", "next", "each", "every",
                            "everyone", "everybody", "nobody", "somebody", "someone", "one", "another", "other",
                            "government", "council", "company", "club", "union", "board", "party", "court", "country",
                            "city", "town", "state", "nation", "world", "region", "county", "group", "firm", "bank",
                            "committee", "ministry", "department", "agency", "authority", "regulator", "industry",
                            "year", "week", "month", "people", "minister", "president", "mayor", "family", "team"})


def lower_first(text: str, names: frozenset[str] = frozenset()) -> str:
    """Lower-case a clause's first word unless it is a name: `names` are the words the article only
    ever writes with a capital, so "Talks" becomes "talks" and "Biden" stays."""
    m = _WORD.match(text)
    if not m:
        return text
    word = m.group()
    rest = text[len(word):]
    if word.lower() in _DETERMINERS:
        return word.lower() + rest  # "The City Council" inside a question is "the City Council"
    owner = _OWNER_NAME.match(word + rest)
    if (word.isupper() and (len(word) > 1 or word == "I")) or word in names or re.sub(r"['’]s?$", "", word) in names or \
            re.sub(r"['’]s?$", "", word) in COUNTRIES or owner and owner.group(1).lower() not in _COMMON_OWNERS or \
            re.match(r"\.?\s+[A-Z]|\.[A-Z]", rest):
        return text  # a name, or a title before one ("Transport Minister Lena Varga")
    return word.lower() + text[len(word):]


def finite(word: str, prev: str = "", sure: bool = False) -> bool:
    """Whether a word is a finite verb form as far as the word alone says: an auxiliary, an irregular past or a
    past in -ed (`sure`: only one whose base form its spelling decides), never right after a determiner ("the
    proposed cut"). One test for the clause splitter here and the timeline's items (timeline.py)."""
    low = word.lower().strip(",.;:")
    if prev.lower().strip(",.;:") in _DETERMINERS:
        return False
    return low in AUXILIARIES or low in IRREGULAR or (low.endswith("ed") and len(low) > 4 and
                                                      (not sure or bool(base_of(low))))


_PREP_BEFORE_ADJ = frozenset({"for", "of", "with", "from", "into", "about", "against", "without", "under", "among",
                              "between", "through"})
_PARTICLE_BEFORE = frozenset({"to", "of", "in", "on", "at", "for", "with", "by", "from", "against", "over", "as"})


# A year that names the noun after it, behind a determiner: "The 1871 tower", "its 2019 report" (no count, no aside).
_YEAR_NAMING = re.compile(r"\b((?i:the|its|their|his|her|this))\s+(?:1[5-9]|20)\d\d\s+(?=[a-z])")


def split_clause(clause: str) -> tuple[str, str, str] | None:
    """(subject, finite verb, rest) at the first finite verb after a subject of one word or more."""
    tokens = list(_WORD.finditer(clause))
    for i, m in enumerate(tokens):
        if i == 0:
            continue
        word, low = m.group(), m.group().lower()
        prev = tokens[i - 1].group().lower()
        if not (finite(low, prev) or low in SAME_PAST and i == 1 and prev not in _DETERMINERS) or word[0].isupper():
            continue
        if low.endswith("ed") and prev in AUXILIARIES:
            continue
        if low not in AUXILIARIES and clause[:m.start()].rstrip().endswith(",") and "," in clause[m.end():]:
            continue  # "The bridge, built in 1890, reopened": a participle set off by commas, not the clause's verb
            # (one comma alone is what the date's removal left: "The strike, [in 2019,] lasted nine days")
        if prev.endswith("ly") and i >= 2 and tokens[i - 2].group().lower() in _PARTICLE_BEFORE:
            continue  # "to newly promoted Selby Forge": a participle describing a noun ("the family moved" is a verb)
        after = tokens[i + 1].group().lower() if i + 1 < len(tokens) else ""
        if low not in AUXILIARIES and after == "by":
            continue  # "weapons supplied by Britain": a participle, not the verb
        if low.endswith("ed") and prev in _PREP_BEFORE_ADJ and after.isalpha() and after not in _DETERMINERS and \
                after not in _PARTICLE_BEFORE and tokens[i + 1].group().islower():
            continue  # "the waiting list for planned hospital care rose": an adjective after a preposition
        subject = clause[:m.start()].strip(" ,")
        if subject.split()[-1].lower() in _JOINERS:
            return None  # "The walkout begins at the depot and will last …": the first verb was not a finite one known
        if re.search(r"[,;:()]|\d(?![\d.]*-[a-z])|\d-year-old|\b(?:that|who|which|says?|said|think|believe|warn)\b",
                     _COUNT_IN_PHRASE.sub(r"\1 some", _AMOUNT.sub(r"\1sum", _YEAR_NAMING.sub(r"\1 ", subject))),
                     re.IGNORECASE):
            return None  # an aside or a clause inside the subject: too risky to invert (a "72-hour strike" is a noun;
            # "the 61-year-old" is a person only the article names)
        if not subject or subject.lower() in _PRONOUNS - {"they", "we"} and subject.lower() in {"it", "this",
                                                                                                 "that", "there"}:
            return None
        return subject, word, clause[m.end():].strip()
    return None


# a sum of money after a preposition inside a subject ("Duties on $4.2 billion of imports", "Fees of £9,000 a year"):
# part of a noun phrase, no aside ("The remaining $600 million will be discussed": remaining of what, only the article
# says, so a sum that is the subject's head stays refused)
_AMOUNT = re.compile(r"(\b(?:of|on|in|to|for|worth)\s+)[$£€¥]\d[\d,]*(?:\.\d+)?(?:\s*(?:million|billion|trillion|bn|m|tn)\b)?")


# a count inside a noun phrase, after its article, a possessive or a preposition ("elections to the state's 14
# municipal councils", "a second phase of 640 prisoners"): a noun's number, no aside
_COUNT_IN_PHRASE = re.compile(r"(\b(?:of|to|for|and|the|its|their|his|her|our)|[’']s)\s+\d[\d,]*(?:\.\d+)?(?=\s+[a-z])")


_RELATIVE = {"that’s", "it’s", "there’s", "which", "who", "whom", "whose", "where", "when", "what"}
# "Experts say the ground will be too soft" dated "in February": the date is the inner clause's when the
# saying is in the present; "Biden warned on Thursday that …" dates the warning.
_FRAME = re.compile(r"^((?:[A-Za-z’'-]+ ){1,5}?)(say|says|expect|expects|believe|believes|predict|predicts|warn|"
                    r"warns)(?: that)? (.+)$")
_NEEDS_OBJECT = {"find", "say", "tell", "show", "reveal", "announce", "confirm", "claim", "report", "warn", "admit",
                 "note", "suggest", "argue", "insist", "decide", "agree", "reject", "approve", "ask", "urge",
                 # (verbs of judging and advising, whose object is the clause a cut took: "did the chamber estimate?")
                 "estimate", "advise", "predict", "forecast", "calculate", "recommend", "conclude", "rule", "state",
                 "declare", "acknowledge", "disclose", "allege", "promise", "pledge", "vow", "concede", "deny",
                 "assert", "project", "expect", "believe", "fear", "indicate", "signal", "propose", "demand", "order"}
# "According to figures compiled by the port, 38 ships were waiting" dated 24 September: the attribution opens the
# question, the date is the clause's ("According to figures compiled by the port, on what date were 38 ships waiting?")
_ACCORDING = re.compile(r"^[Aa]ccording to ([^,;:]{3,90}),\s+(.+)$")
# ... unless what it is according to is a count (figures, data, a survey): the day is then only the count's snapshot
_ACCORDING_DATA = re.compile(r"(?i)according\s+to\s+(?:the\s+)?(?:latest\s+|new\s+|official\s+|provisional\s+)?"
                             r"(?:figures|data|statistics|estimates|records|counts?|tall(?:y|ies)|surveys?|polls?)\b")
_SPEECH = {"say", "tell", "add", "note", "explain", "write", "claim", "insist", "warn", "argue"}
# Verbs of a state, not an event: "the allegations included …", "the plan involved …".
_STATE = {"include", "involve", "contain", "remain", "mean", "seem", "appear", "belong", "consist", "resemble",
          "know", "own", "lack", "deserve", "matter"}
_NOT_VERB_END = ("al", "ous", "ive", "ic", "ful", "less", "ly", "ing", "ed", "ern", "ese", "ish", "ian", "an")
_NEXT_OK = _DETERMINERS | {"to", "in", "on", "at", "for", "with", "from", "into", "outside", "near", "after",
                           "before", "during", "over", "about", "off"}  # ("X v Y kicks off at …": a verb's particle)


# Number words count what follows them; they are never a clause's verb ("Farrow denies two counts": "two" is no
# verb after a plural "denies").
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                          "hundred hundreds thousand thousands million millions dozens several".split())


def present_split(clause: str, names: frozenset[str] | None = None) -> tuple[str, str, str] | None:
    """(subject, base verb, rest) of a present-tense caption ("Workers unload crates", "The mayor opens
    the bridge"): the verb follows a plural noun or a name and comes before a determiner or preposition.
    `names` (the words the article only writes with a capital), when given, tell a name from a sentence's
    capitalised first word ("Junior doctors at …": "doctors" is no verb after a name)."""
    tokens = list(_WORD.finditer(clause))
    for i in range(1, min(len(tokens) - 1, 7)):
        prev, word, nxt = tokens[i - 1].group(), tokens[i].group(), tokens[i + 1].group()
        low = word.lower()
        if not word.islower() or "’" in word or "'" in word or low in _DETERMINERS or low in _NEXT_OK or low in AUXILIARIES or \
                low in _JOINERS or \
                low.endswith(_NOT_VERB_END) or len(low) < 3 and low != "go" or \
                any(c.isdigit() for c in clause[tokens[i - 1].start():tokens[i].start()]):
            continue  # (after a number a word is what is counted: "about 340 machinists stopped")
        subject = clause[:tokens[i].start()].strip(" ,")
        if re.search(r"[,;:()]", subject):
            return None
        if re.search(r"['’]s?$", prev) or prev.lower() in _DETERMINERS | {"its", "his", "this", "thus"} or \
                clause[tokens[i].end():].lstrip().startswith(","):
            continue  # "The founder's son, …", "sets its budget": a possessive or a determiner is no plural subject
        plural = (prev.lower().endswith("s") and not prev.lower().endswith(("ss", "us")) or prev.lower() == "people"
                  or (prev[0].isupper() and re.search(r"\band\b", subject) is not None))  # "X and Y shake"
        capital = prev[0].isupper() and (names is None or i > 1 or prev in names)  # a first word may be a common one
        named = capital or (i >= 2 and tokens[i - 2].group().lower() in _DETERMINERS)
        if low.endswith("s") and not low.endswith("ss") and not plural and named and nxt.lower() in _NEXT_OK:
            base = low[:-2] if low.endswith(("shes", "ches", "xes", "sses")) else low[:-1]
            return subject, base, clause[tokens[i].end():].strip()  # "Biden speaks to", "the bridge opens to"
        team = capital and not low.endswith("s") and (nxt[0].isupper() or nxt.lower() in _NEXT_OK)
        if low in IRREGULAR or low.endswith("ed") or low in _NUMBER_WORDS:
            continue  # "families held a vigil": a past form, which the present's "did … held" would misuse
        if (plural or team) and not low.endswith("s"):  # "members unload", "Ashby host Dunmore City"
            return subject, low, clause[tokens[i].end():].strip()  # "members unload", "people attend"
    return None


# A clause whose own verb is negated, before any inner clause ("that …", "if …"), "is not going" too.
_NEGATED = re.compile(r"^(?:(?!that\b|if\b|because\b|when\b|after\b)[\w’'.,-]+\s+){1,8}?(?:didn['’]t|did not|don['’]t|"
                      r"do not|doesn['’]t|does not|never|wasn['’]t|was not|weren['’]t|were not|hasn['’]t|has not|"
                      r"haven['’]t|have not|hadn['’]t|had not|won['’]t|will not|cannot|can['’]t|is not|isn['’]t|are not|"
                      r"aren['’]t|am not)\b",
                      re.IGNORECASE)
_WH = {"day": ("On what date", "What was the date when"), "month": ("In what month", "In what month was it that"),
       "year": ("In what year", "In what year was it that"), None: ("When", "When was it that")}


# A clause that is a singular subject and a present verb, and nothing after ("The current agreement expires").
_ENDS_PRESENT = re.compile(r"((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[A-Z][a-z]+)\s+(?:[\w’'-]+\s+){0,4}?[a-z][\w-]*"
                           r"[^s\W])\s+([a-z]{2,}[^s\W]s)")  # ("Television coverage begins", "the season ends")
# A time of day left at the end of an event's clause once its date was taken out ("… is midnight", "… at 7am").
_CLOCK_END = re.compile(r"(?<=\w)\s+(?:(?:at|by|before|until)\s+)?(?:midnight|midday|noon|\d{1,2}(?:[.:]\d{2})?\s?"
                        r"[ap]\.?m\.?)$")
_NOT_A_PRESENT = {"was", "has", "does", "is", "this", "thus", "plus", "bus", "gas", "news", "yes", "its", "his"}


def when_question(event: str, precision: str | None, tense: str = "past",
                  names: frozenset[str] = frozenset()) -> str | None:
    """'On what date did talks between the sides collapse?' from 'Talks between the sides collapsed'."""
    clause = clean_clause(event)
    words = clause.split()
    if len(words) < 3 or len(words) > 24 or words[0].lower().strip("’'") in _PRONOUNS | _RELATIVE:
        return None
    if event.split()[0].lower() in ("after", "before", "when", "while", "until", "since", "as", "with", "unless", "if",
                                    "although", "though", "because", "once", "whether") and "," not in event:
        return None  # "After Ardley come trips to Pellingham": an inverted or subordinate clause, no event's own
    if _ACCORDING_DATA.match(clause):
        return None  # "According to data compiled by X, 38 ships were waiting on Thursday": a data snapshot's day
    if _NO_CLAUSE_OPENING.match(clause):
        return None  # "Within days of the council approving its plan" (the clause it hangs on was cut away),
        # "There is a vote next week and we need to win it": a phrase or an existential, no subject whose act is dated
    if words[0].islower() and words[0].endswith("ing"):
        return None  # "calling it a rounding error …": a participle phrase, not an event's clause
    if words[0].lower() in ("its", "their", "his", "her", "our", "my"):
        return None  # "its convoys reached …": whose, only the article says
    if _NEGATED.match(clause):
        return None  # "teachers didn't see the governor": what did not happen has no date to ask
    if re.search(r",\s*(?:did|does|do|was|were|is|are|will|would|has|have|had)\b", clause):
        return None  # a second clause hangs on: "lost his bid, did in lashing out"
    clause = _CLOCK_END.sub("", clause)  # "The deadline to register is midnight [on 2 October]": the time of day
    # belongs to the date, which the question asks ("On what date is the deadline to register?")
    clause = born_first(_DANGLING.sub("", clause))  # "… opens at the museum and runs" (its "until …" was the date)
    tag = _REPORT_TAG.search(clause)
    if tag and len(clause[:tag.start()].split()) >= 3:
        clause = clause[:tag.start()]  # "…, the court heard": who reported the event is no part of the event
    clause = _SEQUENCE.sub(_drop_sequence, clause, count=1)  # "The union later said …": later than what, another
    # sentence said; the date asked is the event's own, so the adverb goes
    wh, plain = _WH.get(precision, _WH[None])
    according = _ACCORDING.match(clause)
    if according:
        inner = when_question(according.group(2), precision, tense, names) if len(according.group(2).split()) >= 3 \
            else None
        if not inner:
            return None  # "What was the date when according to …, 38 ships were waiting?": no splice of the two
        return _q(f"According to {lower_first(according.group(1).strip(), names)}, {inner[0].lower()}{inner[1:-1]}")
    framed = _FRAME.match(clause)
    if framed and len(framed.group(3).split()) >= 3:
        inner = when_question(framed.group(3), precision, tense, names)  # the date is the inner clause's
        if inner:
            return _q(f"According to {lower_first(framed.group(1).strip(), names)}, {inner[0].lower()}{inner[1:-1]}")
    clause = _STUB.sub("", clause)  # "… at the next full meeting, due": a word left of a cut phrase
    clause = _CUT_COMPARISON.sub("", clause)  # "… meet on the plan, more than a month" (before what, the cut
    # phrase said): a comparison whose other side went with the date
    if re.search(r"\b(?:it|them)$|\b[a-z]+\s+(?:it|them)\s+(?:to|from|for|on|in|at|into|back|off|over)\b", clause):
        return None  # "did the returning officer publish it?", "sell it to a food group": what it is, only the article says
    parts = split_clause(clause)
    if parts:
        subject, verb, rest = parts
        low = verb.lower()
        if _VERB_AFTER_RELATIVE.match(rest) or low in ("has", "have", "had") and re.match(r"until\b", rest):
            return None  # "The statement of persons nominated, which lists …, follows"; "has until midnight to"
        subj = lower_first(subject, names)
        rest = _own_verb_only(rest, low in AUXILIARIES)
        if rest is None:
            return None  # "a survey carried out by the union found": the verb is after a participle's agent
        if low in ("has", "have", "had") and re.match(r"(?:an?|the|his|her|its|their|no|\d[\d,.]*)\s", rest):
            # "had a hearing on his parole": "had" is the verb itself, not an auxiliary ("had X a hearing")
            return _q(f"{wh} did {subj} have {_first_clause(rest)}") if low == "had" else None
        if low in ("is", "are") and rest.startswith("about to ") and tense == "future":
            # "The tower is about to open to the public again" dated 20 June: "On what date will the tower open …?"
            return _q(f"{wh} will {subj} {_first_clause(rest[len('about to '):], base=False)}")
        perfect = re.match(r"(?:(?:also|now|just|already)\s+)?([a-z]{3,}ed)\b\s*(.*)$", rest) \
            if low in ("has", "have") and tense == "past" and precision in ("day", "month", "year") else None
        if perfect and regular_base(perfect.group(1)):
            # "The regulator has today fined X £4.8m" dated today: a day is asked of what was done ("did … fine"),
            # never of a present perfect ("On what date has …?")
            return _q(f"{wh} did {subj} {regular_base(perfect.group(1))} {_first_clause(perfect.group(2))}".rstrip())
        if low in AUXILIARIES:
            return _q(f"{wh} {low} {subj} {_first_clause(rest, base=False)}")
        base = base_of(low) if low not in SAME_PAST else low
        if not rest.strip() and base in _NEEDS_OBJECT:
            return None  # "did a report find?": what it found is the fact, and it is missing
        if base in _STATE:
            return None  # "did other allegations include …": a state has no date of its own to ask
        if base == "say" and tense != "future" and _SETTING.match(rest) and not _THAT.search(rest):
            # "Tim Cook said in a fireside chat with X" dated Tuesday: the date is the chat's, where he spoke
            return _q(f"{wh} did {subj} speak {_first_clause(rest)}")
        if base in _SPEECH and not re.search(r"\bthat\b", rest):
            return None  # "did the mayor say on the radio?": what was said is the fact, asked as a quotation
        if base and tense != "future":
            return _q(f"{wh} did {subj} {base} {_first_clause(rest)}")
    # (a trailing phrase after a comma stays: "The summer term begins, after the Easter holidays")
    head, comma, tail = clause.partition(",")
    ends = _ENDS_PRESENT.fullmatch(head.strip()) if tense == "present" and not parts else None
    if ends and ends.group(1).split()[-1].lower() in _DETERMINERS:
        ends = None  # "Voters go to the polls": a noun after "the" is no present verb ("does voters go to the poll")
    if ends and ends.group(2).lower() not in _NOT_A_PRESENT:
        # "The current agreement expires" dated 30 June: a timetable's present, asked in the present
        verb = ends.group(2).lower()
        base = verb[:-3] + "y" if verb.endswith("ies") else \
            verb[:-2] if verb.endswith(("shes", "ches", "xes", "sses")) else verb[:-1]
        return _q(f"{wh} does {lower_first(ends.group(1), names)} {base}{comma}{tail}")
    if not parts and _SAID_NO_THAT.match(clause):
        return None  # "What was the date when a pupil said she would miss …?": what was said is the fact
    present = present_split(clause, names) if not parts and not (
        tense in ("future", "present") and _INTENT.match(clause)) else None  # (a plan is asked as a plan, below)
    if present:
        subject, base, rest = present
        if tense in ("present", "future"):
            # "The walkout begins at the depot" dated next Wednesday: what is still to come is asked in the present
            # ("On what date does the walkout begin …?"), never as done ("did … begin")
            singular = re.search(rf"\b{re.escape(base)}(?:e?s)\b", clause[len(subject):]) is not None and \
                base not in ("do",)
            rest = _first_clause(rest, base=False)
            return _q(f"{wh} {'does' if singular else 'do'} {lower_first(subject, names)} {base} {rest}")
        return _q(f"{wh} did {lower_first(subject, names)} {base} {rest}")
    intent = _INTENT.match(clause) if tense in ("future", "present") and not parts else None
    if intent and not re.search(r"[,;:]", intent.group(1)):
        # "The researchers also plan to return to the plots" next year: what they plan is ahead, asked as a plan now
        # ("In what year do the researchers plan to return …?"), not "In what year is it that …"
        verb = intent.group(2).lower()
        do = "does" if verb.endswith("s") else "do"
        return _q(f"{wh} {do} {lower_first(intent.group(1), names)} {verb.removesuffix('s')} to {intent.group(3)}")
    if not _ANY_VERB.search(clause):
        return None
    if tense == "future":
        plain = {"day": "On what date is it that", "month": "In what month is it that",
                 "year": "In what year is it that"}.get(precision or "", "When is it that")
    elif tense == "present":  # a timetable's present ("the exhibition opens at the museum"): not "What was …"
        plain = {"day": "What is the date when", "month": "In what month is it that",
                 "year": "In what year is it that"}.get(precision or "", "When is it that")
    return _q(f"{plain} {lower_first(clause, names)}")


# A clause that opens on a prepositional phrase with no subject after it, or on an existential "there": no subject and
# verb a date question can be made of ("What was the date when within days of …?", "On what date is there …?").
_NO_CLAUSE_OPENING = re.compile(r"(?:(?i:within|during|following|amid|amidst|despite|throughout|ahead\s+of)\s+(?![^,]*,)|"
                                r"[Tt]here(?:['’]s|\s+(?:is|are|was|were|will|would|has|have|had)\b))")
# A reporting tag that ends an event's clause ("…, the court heard", "…, police said", "…, the jury was told").
_REPORT_TAG = re.compile(r",\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w’'-]+\s+){0,4}?(?:heard|said|says|told|"
                         r"added|reported|claimed|alleged|insisted|argued|warned|confirmed|(?:was|were)\s+told)$")
# An adverb of sequence between a subject and its verb ("The union later said", "She then called"): it points to an
# event another sentence tells, which a question read alone does not have.
_SEQUENCE = re.compile(r"(\S+)\s+(?:later|then|afterwards|subsequently)\s+(?=(?:[a-z]{2,}ed|said|told|made|took|gave|"
                       r"went|met|held|left|began|won|lost|became|came|wrote|sent|paid)\b)")
_TIME_NOUNS = {"days", "weeks", "months", "years", "hours", "minutes", "day", "week", "month", "year", "hour", "soon",
               "much", "moments", "decades"}


def _drop_sequence(m: re.Match) -> str:
    """The word before an adverb of sequence, without the adverb, unless that word ties the adverb to an event of the
    same sentence ("and then", "will then", "…, then")."""
    before = m.group(1)
    if before.endswith(",") or before.lower() in _JOINERS | AUXILIARIES | _TIME_NOUNS | {"and", "until", "since", "by",
                                                                                         "it"}:
        return m.group()
    return before + " "


# A present stance on what is ahead: "The trust plans to reopen the pier", "Residents hope to buy the pub".
_INTENT = re.compile(r"^((?:[A-Z][\w’'-]*|the|a|an)(?:\s+[\w’'&-]+){0,6}?)\s+(?:(?:also|still|now|now also)\s+)?"
                     r"(plans?|hopes?|intends?|aims?|expects?|wants?|proposes?|promises?|vows?|pledges?)\s+to\s+"
                     r"([a-z][\w’'-]*(?:\s+\S+)*)$")
_JOINERS = {"and", "or", "but", "nor", "yet", "so", "then", "than"}
# a relative clause between a split's "verb" and the clause's real one: the split verb was a participle
_VERB_AFTER_RELATIVE = re.compile(r",\s*(?:which|who)\b[^,]*,\s+[a-z]+(?:s|ed)\b")
# a comparison of time left at a clause's end without what it is compared with
_CUT_COMPARISON = re.compile(r",\s+(?:less|more|fewer|no\s+more|no\s+less|little\s+more)\s+than(?:\s+[\w-]+){0,3}$")
# what a cut leaves after a last comma: one word or an article and a noun ("…, due", "…, a meeting")
_STUB = re.compile(r",\s+(?:(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+[a-z]+|[a-z]+(?<!s)(?<!ed))$")
# some word a clause's verb could be; a clause without one ("Vale's cup tie, away to a side from above") is no event
_ANY_VERB = re.compile(r"\b(?:[a-z]{2,}(?:ed|s|ing)|is|are|was|were|will|would|has|have|had|can|could|should|may|"
                       r"might|must|did|do|go|come|run|meet|win|lose|open|close|begin|end|start|play|vote|sit|rule)\b")
_THAT = re.compile(r"\bthat\b")
_SAID_NO_THAT = re.compile(r"^(?:\S+\s+){1,6}?(?:said|says|told|tells)\b(?!.*\bthat\b)")
_PAST_SHORT = re.compile(r"[a-z]{2,}[^e]ed|[a-z]*[sv]ed")
# where someone spoke, an event of its own: "in a fireside chat with …", "at a press conference in …", "during a visit
# to …" (not "in a radio interview", "in a statement": only a way of saying something, whose fact is what was said)
_SETTING = re.compile(r"(?:in|at|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?:chat|"
                      r"conference|briefing|speech|address|debate|meeting|hearing|session|rally|visit|event|summit|"
                      r"keynote|lecture|ceremony|dinner|convention)\b", re.IGNORECASE)
# a clause ending on a conjunction and one word: the rest of that verb's phrase was cut away with the date
_DANGLING = re.compile(r",?\s+(?:and|or|but)\s+[a-z][\w’'-]*$")
# what follows a finite verb with its own object ("rated it good", "found that …"), not an adjective participle
# ("a plan based on", "pupils aged 11")
_OBJECT_NEXT = {"it", "them", "him", "her", "that", "the", "a", "an", "his", "their", "its", "this", "these", "those"}


# past forms that are also nouns or adverbs after a verb ("paid a fine", "set up", "cut back", "put off")
_ALSO_NOUN = frozenset({"cut", "set", "put", "hit", "cost", "bid", "let", "hurt", "shut", "spread", "read", "quit",
                        "bet", "cast", "split", "led", "left", "lost", "found", "fell", "rose", "won", "paid",
                        "sold", "held", "kept", "met", "sent", "spent", "built", "made", "told", "said", "saw", "took",
                        "gave", "came", "went", "ran", "got", "began", "felt", "stood", "brought", "thought", "wrote"})


def _own_verb_only(rest: str, aux: bool = False) -> str | None:
    """What follows the question's verb, without a second finite verb the subject's relative clause left behind:
    'Inspectors who visited the school in March rated it good' dated March reads 'visited the school rated it
    good' once 'who' and the date are gone, and the date is the visit's, so 'rated it good' goes. A second verb
    after a participle's agent ('carried out by their union found') leaves no question that can be worded: None."""
    words = rest.split()
    if not aux and words and words[0].islower() and (words[0] in IRREGULAR or regular_base(words[0])) and \
            words[0] not in _ALSO_NOUN:
        return None  # "A software update made [in July] caused marks to be dropped": the subject's participle taken
        # for its verb, the clause's own verb right after it
    past = [k for k, w in enumerate(words) if w.lower() in IRREGULAR or w.lower().endswith("ed")]
    first = past[0] if aux and past and past[0] <= 2 else 0  # "was last cut": the auxiliary's own participle
    for k, w in enumerate(words):
        low = w.lower().strip(",.;:")
        if k <= first or low != w.lower() or not (low in IRREGULAR or (low.endswith("ed") and len(low) > 4 and
                                                                       base_of(low))):
            continue
        before = [x.lower().strip(",.;:") for x in words[:k]]
        if before[-1] in _DETERMINERS or before[-1] in _JOINERS or before[-1] in AUXILIARIES or \
                before[-1] in ("to", "who", "which", "that", "by", "being", "been", "be", "not") or "," in w[-1:] or \
                any(x in _JOINERS | {"who", "which", "that", "when", "where", "while", "as", "because", "if"}
                    for x in before):
            continue
        after = words[k + 1].lower().strip(",.;:") if k + 1 < len(words) else ""
        if after and after not in _OBJECT_NEXT:
            continue  # "a shop owned by", "pupils aged 11": a participle describing what comes before
        if "by" in before:
            return None
        return " ".join(words[:k])
    return rest


# "Born in 1944 in a mining village, Ellingsworth was one of two women …": the date is the birth's
_BORN = re.compile(r"^Born\s+((?:in|at|on|near)\s+[^,]+),\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+"
                   r"(?:was|is|had|became|grew|went|joined|studied|worked)\b")


def born_first(clause: str) -> str:
    """'Born in a mining village, Ada Reid was one of two women …' as the event its date is: 'Ada Reid was born in a
    mining village'; any other clause as it is."""
    m = _BORN.match(clause)
    return f"{m.group(2)} was born {m.group(1)}" if m else clause


def one_event(clause: str) -> str | None:
    """The clause of one event as a timeline item says it: 'Inspectors visited the school rated it good' (a relative
    clause's verb left beside the main one) is 'Inspectors visited the school', 'was appointed a dame but rarely
    used the title' is 'was appointed a dame'; None when no clean cut exists."""
    clause = born_first(clause)
    parts = split_clause(clause)
    if not parts:
        return clause
    subject, verb, rest = parts
    aux = verb.lower() in AUXILIARIES
    own = _own_verb_only(rest, aux)
    if own is None:
        return None
    own = _first_clause(own, base=False) if aux else own
    return clause if own == rest else f"{subject} {verb} {own}".strip()


def _first_clause(rest: str, base: bool = True) -> str:
    """After 'did' the clause's verbs take their base form: 'reject the offer and walked out' becomes
    '… and walk out'; a second subject with its own past-tense verb ('and Rivco laid off 90') is another
    event, which the question does not ask about, so it is left out. After an auxiliary (`base` False: "was
    appointed a dame but rarely used the title") a past verb after "and"/"but" is a second event: left out."""
    for m in re.finditer(r"[,;]?\s+(?:and|but)\s+", rest):
        words = rest[m.end():].split()[:4]
        first = words[0].lower().strip(",.;") if words else ""
        if m.group()[:1] in ",;" and (first in _DETERMINERS or first in _NEW_SUBJECTS) and "," not in rest[:m.start()]:
            return rest[:m.start()]  # "will resume, and children under 12 go free": a second clause with its own
            # subject after a comma is another fact, which the question does not ask about
        for k, w in enumerate(words):
            low = w.lower().strip(",.;")
            if k == 0 and (low in ("will", "would", "can", "could", "may", "might", "must", "shall", "should") or
                           _present_verb(low, words[1].lower() if len(words) > 1 else "")):
                return rest[:m.start()]  # "was founded and flies to 60 destinations", "begins … and will last":
                # a second verb of the subject in another tense is another fact, which the question does not ask
            past = low in IRREGULAR or (low.endswith("ed") and len(low) > 4 and base_of(low)) or \
                not base and _PAST_SHORT.fullmatch(low)  # "but rarely used …"
            if not past:
                continue
            if not base:
                if k == 0 or words[k - 1].lower() not in _DETERMINERS:
                    return rest[:m.start()]
                break
            if k == 0:
                base = base_of(low)
                return rest[:m.end()] + base + rest[m.end() + len(w):] if base else rest
            if words[k - 1].lower() not in _DETERMINERS:
                return rest[:m.start()]
            break
    return rest


# Words that open a clause's own subject after ", and": a plural noun of people, a pronoun.
_NEW_SUBJECTS = frozenset({"children", "people", "pupils", "visitors", "residents", "workers", "staff", "he", "she",
                           "they", "it", "we", "i", "you", "there"})
_AFTER_PRESENT = _DETERMINERS | {"to", "in", "on", "at", "for", "with", "from", "into", "about", "more", "over",
                                 "up", "out", "around", "across"}


def _present_verb(word: str, nxt: str) -> bool:
    """A present verb in -s after "and" that starts its own phrase ("and flies to", "and employs 22 staff"): its stem
    is a verb the irregular table or a regular past's spelling knows, and a determiner, a preposition or a number
    follows (never a plural noun joined to another: "wages and prices")."""
    if not re.fullmatch(r"[a-z]{3,}s", word) or word.endswith(("ss", "us", "is")) or not (
            nxt in _AFTER_PRESENT or nxt[:1].isdigit()):
        return False
    stems = {word[:-1]} | ({word[:-3] + "y"} if word.endswith("ies") else set()) | (
        {word[:-2]} if word.endswith(("shes", "ches", "xes", "oes")) else set())
    return any(st in IRREGULAR.values() or st in SAME_PAST or base_of(st + ("d" if st.endswith("e") else "ed")) == st or
               st.endswith("y") and base_of(st[:-1] + "ied") == st for st in stems)


def _q(text: str) -> str:
    text = re.sub(r"\s+,", ",", " ".join(text.split())).rstrip(" ,;:")
    return text[0].upper() + text[1:] + "?"


def sentence_case(text: str) -> str:
    t = " ".join(text.split())
    return t[:1].upper() + t[1:] if t else t


# A condition reported in the past ("threatened strike action if any jobs were cut") reads wrong after the
# present stance a question asks with ("Which side threatens strike action if any jobs were cut?").
BACKSHIFTED = re.compile(r"\b(if|unless|until|once)\s+((?:(?!(?:if|unless|until|once|and|but|or)\b)[\w’'-]+\s+){1,5}?)"
                         r"(were|was|failed|refused|agreed|did\s+not|didn['’]t|had\s+not|hadn['’]t)\b")
# (singular, plural) present of each backshifted auxiliary
_PRESENT_OF = {"were": ("is", "are"), "was": ("is", "are"), "did not": ("does not", "do not"),
               "didn't": ("doesn't", "don't"), "didn’t": ("doesn’t", "don’t"), "had not": ("has not", "have not"),
               "hadn't": ("hasn't", "haven't"), "hadn’t": ("hasn’t", "haven’t")}


def present_condition(text: str) -> str:
    """'… if any jobs were cut' -> '… if any jobs are cut'; 'if Lumora failed to comply' -> 'fails to comply':
    the verb agrees with its subject, plural when it ends in -s or is 'they'/'we'/'you'."""
    def fix(m: re.Match) -> str:
        cond, subject, verb = m.group(1), m.group(2), m.group(3)
        low = " ".join(verb.lower().split())
        plural = bool(re.search(r"(?:s|\bthey|\bwe|\byou)\s*$", subject, re.IGNORECASE)) and not re.search(
            r"(?:ss|us|is)\s*$", subject)
        if low in _PRESENT_OF:
            now = _PRESENT_OF[low][plural]
        else:
            now = base_of(low) or low  # failed -> fail(s), refused -> refuse(s), agreed -> agree(s)
            now = now if plural else now + "s"
        return f"{cond} {subject}{now}"
    return BACKSHIFTED.sub(fix, text)


# Sides written with a common word first read as a noun phrase that needs "the": "The State government offers …",
# "The Health Department says …"; a name keeps none ("Brackenfield Health Board offers …").
_COMMON_FIRST = {"state", "federal", "national", "regional", "provincial", "central", "city", "county", "district",
                 "town", "local", "health", "education", "transport", "justice", "interior", "foreign", "defence",
                 "defense", "finance", "home", "treasury", "agriculture", "environment", "energy", "culture", "labour",
                 "trade", "union", "military", "opposition", "ruling", "governing", "coalition", "city's"}
_BODY_LAST = {"government", "department", "ministry", "council", "board", "administration", "office", "authority",
              "police", "army", "party", "cabinet", "court", "parliament", "assembly", "legislature", "committee",
              "commission", "agency", "regulator", "union", "unions", "delegation"}


def needs_article(side: str) -> bool:
    """Whether a side begins a sentence with 'The' ('State government' does, 'Lumora Technologies' does not)."""
    words = side.split()
    return len(words) >= 2 and words[0].lower() in _COMMON_FIRST and words[-1].lower() in _BODY_LAST


# Names of institutions English gives "the" ("the Allied Nursing Union", "the Office for Digital Competition");
# companies, countries, campaigns and people take none.
_INSTITUTION_LAST = {"association", "union", "forum", "council", "board", "department", "ministry", "office",
                     "authority", "commission", "federation", "alliance", "guild", "society", "institute", "trust",
                     "league", "committee", "agency", "government", "front", "coalition", "network", "confederation",
                     "assembly", "parliament", "court", "tribunal", "regulator", "police", "army", "navy",
                     "administration", "secretariat", "sangam", "manch", "congress", "party", "foundation", "chamber"}
_INSTITUTION_FIRST = {"office", "department", "ministry", "authority", "commission", "council", "board", "union",
                      "federation", "association", "institute", "bureau", "agency"}


def common_subject(side: str, names: frozenset[str] | set[str] = frozenset()) -> str:
    """A side described by a common noun ("Nurses' union", "Parents' group", a label that took the capital of the
    sentence it opened) as the subject inside a sentence: "the nurses' union", never "the Nurses' union"; a name
    ("Allied Nurses Union", "Chinese government", "Velmar council": `names` are the words the article only writes with
    a capital; a plural possessive before a common noun, "Nurses' union", is never a name's) and a title-like first
    word ("State government", "Health trust": `_COMMON_FIRST`) are left as they are. Then `subject_of`."""
    words = side.split()
    if len(words) >= 2 and re.fullmatch(r"[a-z][a-z’'-]*", words[-1]) and words[0][:1].isupper() and \
            not words[0].isupper() and all(w[:1].islower() for w in words[1:]) and (
                re.sub(r"['’]s?$", "", words[0]) not in names and words[0] not in names or
                re.fullmatch(r"[A-Z][a-z]+s['’]", words[0])) and \
            re.sub(r"['’]s?$", "", words[0]) not in COUNTRIES and words[0].lower() not in DEMONYMS and \
            words[0].lower() not in _COMMON_FIRST:  # ("State government" keeps the capital the article gives it)
        side = words[0].lower() + side[len(words[0]):]
    if re.fullmatch(r"[A-Z][a-z]{2,}[^su\W’']s", side) and side not in names and side.lower() not in DEMONYMS:
        return side.lower()  # "Residents", the capital of the sentence it opened: "What do residents want …?"
    members = re.match(r"([A-Z][a-z]+[^s\W]s)\s+(?:of|from|in|at)\s+(?:the\s+)?[A-Z]", side)
    if members and members.group(1) not in names and members.group(1).lower() != "friends":
        return members.group(1).lower() + side[len(members.group(1)):]  # "members of the Allied Nurses Union said"
    head = re.match(r"([a-z][a-z-]*)\s+of\s", side)
    if head and not re.search(r"[^s]s$", head.group(1)) and head.group(1) not in _BARE_PLURALS:
        return f"the {side}"  # "the group of final-year students" (a collective noun's "of" phrase takes "the")
    return subject_of(side)


def subject_of(side: str) -> str:
    """A side as the subject of a statement: 'The State government', 'the Allied Nursing Union', 'Parents',
    'Lumora Technologies', 'Friends of the Earth'."""
    words = side.split()
    if needs_article(side) or re.match(r"United\s|.*\s(?:Republic|Kingdom|States|Emirates|Islands)$|(?:Republic|Kingdom|"
                                       r"Principality|Sultanate|Emirate|Commonwealth|Federation) of\s", side) or side in (
            "Netherlands", "Philippines", "Gambia", "Vatican", "Kremlin", "Pentagon", "White House"):
        return f"the {side}"
    head = words[:words.index("of")] if "of" in words[1:] else words  # "… Chamber of Trade": a chamber
    if len(words) >= 2 and words[0][:1].isupper() and not re.match(r"(?:the|save|stop|friends|keep)\b", side,
                                                                    re.IGNORECASE) and (
            head[-1].lower().strip("’'") in _INSTITUTION_LAST or words[-1].lower().strip("’'") in _INSTITUTION_LAST or
            words[0].lower() in _INSTITUTION_FIRST):
        return f"the {side}"
    if words and re.fullmatch(r"[a-z][a-z-]*", words[-1]) and not re.search(r"[^s]s$", words[-1]) and \
            words[-1] not in _BARE_PLURALS and not re.match(r"(?:the|a|an|its|their|his|her|our)\s", side, re.IGNORECASE):
        return f"the {side}"  # "reggae industry", "government": a common noun, not a name, takes "the"
    return side


# Nouns that are plural without an -s: "people", "children" say who without "the"
_BARE_PLURALS = {"people", "children", "women", "men", "staff", "personnel", "police", "youth", "clergy", "cattle"}


_FINITE = AUXILIARIES | {"do", "does", "did", "am", "be", "get", "gets", "got", "need", "needs", "want", "wants",
                         "know", "think", "see", "say", "says", "feel", "go", "goes", "make", "makes", "take", "takes",
                         "come", "comes", "look", "looks", "seem", "seems", "let", "keep", "keeps", "mean", "means",
                         "believe", "believes", "hope", "hopes", "expect", "expects", "remain", "remains"}
_SUBJECT_PRONOUN = {"i", "we", "you", "they", "he", "she", "it", "there", "who"}


def has_finite_verb(text: str, strict: bool = False) -> bool:
    """Whether a quoted stretch holds a verb of its own: an auxiliary, a contraction ("won’t", "we’re"), a past
    tense, a common present verb, or a word after a subject pronoun ("we need", "they know"). A phrase without
    one ("After a year like this one") is a lead-in to the speaker's sentence, not a statement."""
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    for i, w in enumerate(words):
        if w in _FINITE or w in IRREGULAR or re.search(r"'(?:s|re|ve|ll|d|m)$|n't$", w):
            return True
        if w.endswith("ed") and len(w) > 4 and regular_base(w) and not (
                strict and i and words[i - 1] in _DETERMINERS and words[i - 1] != "that"):
            return True  # (`strict`: not "the required standards", a participle after a determiner is an adjective)
        if i and words[i - 1] in _SUBJECT_PRONOUN and not w in _DETERMINERS:
            return True
    return False


def lead_in(text: str, after: str = "") -> bool:
    """A quotation that only opens the speaker's sentence, or says nothing alone: one stopping on a comma whose
    sentence goes on after the speaker is named ('"After a year like this one," she asked, "who …?"'), or a short
    one (under ten words) with no verb of its own. `after` is the article's text following the quotation."""
    t = " ".join(text.split()).strip("\"“”‘’' ")
    if t.endswith(",") and re.match(r"[^.!?“”\"]{0,80}?,\s*[“\"]\s*[a-z]", after):
        return True
    return len(t.split()) < 10 and not has_finite_verb(t)  # (a longer one may carry a verb no table knows)


_JOINED_VERB = re.compile(r"(,?\s+and\s+)([a-z]+)(?=\s+(?:that|to|for|on)\b)")


def agree_joined(text: str, plural: bool) -> str:
    """A second verb joined to a statement's first agrees with the new subject: a side's position reported
    from "we are sceptical …, and suggest that …" reads "X is sceptical …, and suggests that …"."""
    if plural:
        return text

    def fix(m: re.Match) -> str:
        word = m.group(2)
        if word.endswith(("s", "ed", "ing", "ly")) or word in _DETERMINERS | AUXILIARIES | {"then", "also", "not"}:
            return m.group()
        third = word[:-1] + "ies" if re.search(r"[^aeiou]y$", word) else \
            word + "es" if word.endswith(("sh", "ch", "x", "z", "o")) else word + "s"
        return m.group(1) + third
    return _JOINED_VERB.sub(fix, text)


def owner_mismatch(text: str, plural: bool) -> bool:
    """Whether a possessive in a statement about a side cannot point back at it ("X is sceptical of their
    conclusion" said of one company): then it points at someone only the article names."""
    bare = re.sub(r"“[^”]*”|\"[^\"]*\"", "", text)
    return bool(re.search(r"\b(?:its|itself)\b" if plural else r"\b(?:their|them|themselves|they)\b", bare,
                          re.IGNORECASE))


# A singular auxiliary's plural, negated ones included (both apostrophes); words ending in "s" that are no verb.
_PLURAL_AUXILIARY = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't", "wasn't": "weren't",
                     "hasn't": "haven't", "doesn't": "don't", "isn’t": "aren’t", "wasn’t": "weren’t",
                     "hasn’t": "haven’t", "doesn’t": "don’t"}
_NOT_VERBS = {"thus", "perhaps", "always", "sometimes", "nevertheless", "hers", "his", "its", "this", "was", "has",
              "is", "as", "us", "yes", "plus", "less", "unless", "across", "towards", "besides", "afterwards"}


def singular_verb(base: str) -> str:
    """The verb after a singular subject for its base form ("refuse" -> "refuses", "push" -> "pushes", "have" ->
    "has"): the inverse of `plural_verb`, for a stance or a request rewritten for one side."""
    if base in ("have", "be"):
        return {"have": "has", "be": "is"}[base]
    if re.search(r"(?:s|sh|ch|x|z|o)$", base):
        return base + "es"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + "s"


def plural_verb(verb: str) -> str:
    """The verb after a plural subject for the one that followed a singular one ("he wants" -> "they want",
    "Teachers are …"): one table for the pronoun rewrite and for a described group's stance."""
    low = verb.lower()
    if low in _PLURAL_AUXILIARY:
        return _PLURAL_AUXILIARY[low]
    if not re.fullmatch(r"[a-z]+", low) or not low.endswith("s") or low in _NOT_VERBS or \
            low.endswith(("ss", "us", "is")):
        return verb  # a past tense, a modal, an -ing: the same after "they"
    if low in ("goes", "does"):
        return low[:-2]
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"  # "tries" -> "try" ("dies" -> "die" below)
    if low.endswith(("shes", "ches", "xes", "zzes", "sses")):
        return low[:-2]
    return low[:-1]
