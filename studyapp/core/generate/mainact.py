"""Who did the story's main thing: "Which organisation has blocked the planned merger of X and Y?", "Who has
survived a no-confidence motion in the National Assembly?".

A news story's lead sentence names its agent and the act the story reports: the regulator that blocked a merger,
the consortium that completed a takeover, the court that stayed a project, the prime minister who survived a vote.
Readers list that fact first and the bank often lacks it: the act is no one's quotation or claim, its date may be
asked but not its doer. Here the lead's main clause is read as subject, verb phrase and object, and asked with the
subject as the key, the options the article's other parties (an organisation) or other people (a person).

Only a clause that is the lead's own statement is asked: its subject one named person or body (a role or a short
description before the name, an acronym, an appositive "led by …" after it may stand there; never two names joined
by "and"), its verb a finite act (never a report of saying, which the claim questions ask, nor a plain "is"), and
its object the words up to the first clause boundary (a comma, "after", "as", "amid" …), without the day it happened
(a day counted from the article's date means nothing out of it; the date questions ask it). A clause that ends in a
cut, a pronoun left without its owner or a name the options hold is left to the checks, as every draft is."""

from __future__ import annotations

import re

from studyapp.core.generate.checks import is_party, looks_like_person, one_kind
from studyapp.core.generate.kinds import kind_of, named_as_place
from studyapp.core.generate.lexicon import COUNTRIES, DEMONYMS, ORG_WORDS
from studyapp.core.generate.referents import Referents
from studyapp.core.generate.blocs import apart
from studyapp.core.generate.pacing import Pacer
from studyapp.core.generate.realise import IRREGULAR, SAME_PAST, subject_of
from studyapp.core.generate.sides import an_outlet
from studyapp.core.generate.text import word_in
from studyapp.core.generate.figures import FIGURE, amount
from studyapp.core.generate.keyfigure import title_figures

# How many of the body's first story sentences are read for the lead (a standfirst may come first, and the first
# sentence may be a scene-setter: "X have a new owner." before "The Y consortium … completed its takeover of the
# club"); the first that states an act is the one asked.
LEAD_SENTENCES = 4

# A wire dateline and its agency: "LINDHOLM, Jan 14 (Meridian Wire) - ", "HARLOW COUNTY, Ky. (WTVB) - "
_DATELINE = re.compile(r"^[A-Z][A-Z .'’/-]{1,40},[^()\n]{0,30}\([^)\n]{1,40}\)\s+[-–—]\s+")
# A fronted adverbial before the subject: "After more than four hours of public comment, "
_FRONTED = re.compile(r"^(?:After|Following|Despite|Amid|In|On|At|With|Late|Early|Earlier|Overnight|Yesterday|"
                      r"Today|Last|This)\b[^,;:“”\"]{0,120},\s+")
# What may stand before the subject's name: "The", "Calvera's prime minister", "Fitness-tracking company",
# "Kazumi Gov." (up to three lower-case words and one possessive name, or a short title)
_BEFORE_NAME = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*(?:['’]s?)?\s+)?(?:(?!(?:and|or|of|in|at|on|for|from|with|by|to|as|but|nor|than|after|before|while)\s)[a-z][\w-]*\s+){0,3}"
                          r"(?:(?:Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Prof|Gen|Col|Capt|Sgt|Lt)\.?\s+)?")
# What may follow the name before the verb: an acronym, a body's head noun ("consortium"), an appositive "led by …",
# a day ("on Tuesday (July 21, 2026)")
_AFTER_NAME = re.compile(r"(?:\s*\([A-Z][A-Za-z&.]{1,12}\))?(?:\s+(?:consortium|group|company|firm|board|council|"
                         r"committee|authority|agency|regulator|watchdog|union|federation|association|trust|charity|"
                         r"club|court|party|government|bank))?"
                         r"(?:,\s+(?:led|chaired|headed|run|owned|backed|founded|which|who|a|an|the)\b[^,;:“”\"]{1,100},)?"
                         r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                         r"(?:\s*\([^)\n]{1,30}\))?|\s+(?:today|yesterday|tonight))?\s+")
# A role's owner after a role that stands for a person ("The president of the northern region of X"), up to the
# auxiliary that opens the verb phrase
_OF_PHRASE = re.compile(r"\s+(?:of|at|for)\s+[^,;:()“”\"]{1,80}?(?=\s+(?:has|have|had|will|is|are|was|were)\s)")
# The verb phrase: auxiliaries and a main verb (the main verb read in `_main_verb`)
_VERB = re.compile(r"(?P<aux>(?:(?:has|have|had|will|would|is|are|was|were)\s+)(?:(?:now|already|also|formally|"
                   r"finally|officially)\s+)?(?:(?:been|be)\s+)?(?:to\s+)?)?(?P<verb>[a-z][a-z-]+)\b")
# Reports of saying (the claim questions ask them), states and plain copulas: no act to ask the doer of
_NOT_ACTS = frozenset("""said says say told tells tell announced announces warned warns claimed claims argued argues
insisted insists denied denies admitted admits confirmed confirms added adds stated states suggested suggests believed
believes thinks thought expects expected hopes hoped wants wanted urged urges asked asks accused accuses
described describes reported reports noted notes revealed reveals explained explains indicated indicates signalled
signals is are was were be been being has have had do does did seems seemed appears appeared remains remained
faces faced opened began started thanked spoke arrived introduced welcomed""".split())
# Where the object's clause ends: a comma, a dash, a conjunction or preposition that opens another thought
_OBJECT_END = re.compile(r"\s*(?:,(?!\d)|[;:–—(])|\s+-\s|\s+(?:after|as|amid|following|despite|while|because|ahead\s+of|"
                         r"before|since|until|in\s+what|in\s+a\s+(?:move|decision|ruling|vote|bid|step)|"
                         r"according\s+to|but|and\s+(?:said|says|will|would|has|have|is|are|was|were))\b")
# A day or a time inside the object: the date questions ask it, and a day counted from the article means nothing
# out of it
_WHEN = re.compile(r"\s+(?:(?:early|late)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|"
                   r"morning|afternoon|evening))?(?:\s+\d{1,2}\s+[A-Z][a-z]+|\s+[A-Z][a-z]+\.?\s+\d{1,2})?"
                   r"|\s+(?:early|late)$|\s+(?:next|last|this)\s+(?:spring|summer|autumn|fall|winter)\b|\s+(?:yesterday|today|tonight|last\s+(?:week|month|night)|this\s+(?:week|month|morning|year))\b"
                   r"|\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?")
_ITS = re.compile(r"\b[Ii]ts\b(?!\s+own\b)")
_PARTICLE = re.compile(r"(?:by|over|up|out|off|in|on|at|with|into|back|down|away|around)\b")
_THAT_THE = re.compile(r"that\s+the\s+[a-z]")
_SMALL_END = frozenset("""the a an of to in on at by for with from and or but its their his her this that these those
into than as""".split())
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|hers|they|them|their|it)\b")


# Who a statement cannot be made of: a nationality ("Anglo-Nigerian agrees to …", her nationality for the investor)
# or an unnamed source or envoy ("Government sources are prepared to …", "The Marovian diplomat agrees …")
_UNNAMED_HOLDER = re.compile(r"(?:the\s+)?(?:[\w-]+\s+){0,2}(?:sources?|diplomats?|officials?|insiders?|aides?)",
                             re.IGNORECASE)


_NATIONALITY = re.compile(r"(?:Anglo|Franco|Sino|Afro|Indo|Euro|Russo|Greco|Italo|Hispano|Luso|Irish|British|"
                          r"[A-Z][a-z]+)-[A-Z][a-z]+(?:ian|an|ese|ish|i)")


def no_holder(party: str) -> bool:
    """Whether a party no statement can be made of: a nationality or an unnamed source (questions.py's positions
    too)."""
    words = party.split()
    return bool(words) and (party.lower() in DEMONYMS or bool(_NATIONALITY.fullmatch(party)) or
                            bool(_UNNAMED_HOLDER.fullmatch(party)))


def _main_verb(word: str, aux: str) -> bool:
    """Whether a word is the verb of an act: a past or participle in -ed or an irregular one, after an auxiliary a
    base form too ("will impose", "is to return")."""
    if word in _NOT_ACTS:
        return False
    if word.endswith("ed") or word in IRREGULAR or word in IRREGULAR.values() and aux or word in SAME_PAST:
        return True
    past_participles = ("kept", "won", "lost", "held", "taken", "given", "made", "sold", "bought", "struck",
                        "chosen", "frozen", "withdrawn", "upheld", "overturned", "thrown", "shown", "begun", "set")
    if word in past_participles:
        return True
    aux_words = aux.split()
    return bool(aux_words) and aux_words[-1] in ("will", "would", "to")


def _agent(ex, sent_start: int, offset: int, text: str):
    """The cast's name that opens the clause at `offset` of a sentence (after a description), and where it ends."""
    for m in ex.cast.mentions:
        if m.start < sent_start + offset or m.start > sent_start + offset + 60:
            continue
        if m.kind not in ("person", "org") and not (m.kind == "place" and _a_body(m.text, ex.article.body)):
            continue  # "Calvera's prime minister …", "Fitness-tracking company …": a description's word
        before = text[offset:m.start - sent_start]
        return m if _BEFORE_NAME.fullmatch(before) else None
    return None


# A sum in the lead's object ("the proposed £1.1 billion merger", "fined the developer £8 million for …") and a
# vote's count: each is its own figure question's to ask, and read out here it would give that question away
_SUM_BEFORE_NOUN = re.compile(r"(?<=\s)[£$€]\s?\d[\d.,]*(?![\d.,])(?:\s?(?:bn|m|k|billion|million|trillion)\b|"
                              r"(?!\s?(?:bn|m|k|billion|million|trillion)\b))\s+"
                              r"(?=(?!(?:for|of|and|to|in|on|at|from|with|by|or|as|a|an|the|next|last|this|per|"
                              r"each|every|a\s+year|year|month|week|over|under|until|before|after)\b)[a-z])|"
                              r"\s+by\s+\d[\d,]*\s+votes?\s+to\s+\d[\d,]*$")  # (a vote's count: its own question's)


def _verb_and_object(rest: str, titled: tuple[float, ...] = ()) -> tuple[str, str] | None:
    """'has blocked the planned merger of X and Y, ruling …' → ('has blocked', 'the planned merger of X and Y')."""
    v = _VERB.match(rest)
    if not v:
        return None
    aux = (v.group("aux") or "").strip()
    first = aux.split()[:1]
    doing = aux in ("is", "are") and v.group("verb").endswith("ing") and v.group("verb") not in _NOT_DOING
    if first and first[0] in ("is", "are", "was", "were") and "to" not in aux.split() and not doing and (
            first[0] in ("is", "are") or not (v.group("verb").endswith("ed") or v.group("verb") in IRREGULAR)):
        return None  # "are locked in", "is expected", "are far apart": a state, no act ("was fined", "is to return"
        # are acts)
    if not doing and not _main_verb(v.group("verb"), aux):
        return None  # ("is recalling 84,300 cars": an act under way, asked as it is)
    obj = rest[v.end():]
    cut = _OBJECT_END.search(obj)
    obj = obj[:cut.start()] if cut else obj
    obj = _WHEN.sub("", obj).strip().rstrip(".!?")
    obj = _SUM_BEFORE_NOUN.sub("", obj)  # "the proposed merger of …": the sum is the figure question's to ask
    obj = _without_titled(obj, titled) if titled else obj
    if obj is None:
        return None
    if _PARTICLE.match(obj):
        return None  # "took over in May", "began by setting out the case": a phrasal verb or a manner, no act's object
    if _THAT_THE.match(obj):
        return None  # "found that the supplier had overcharged …": which supplier, the sentences before say
    words = obj.split()
    if len(words) < 2 or len(words) > 28 or words[-1].lower() in _SMALL_END or "“" in obj or '"' in obj:
        return None
    verb = " ".join([*aux.split(), v.group("verb")])
    return verb, obj


# A passive act and its agent: "has been fined £18.5 million by", "was ordered by"
_PASSIVE = re.compile(r"(?P<aux>has\s+been|have\s+been|had\s+been|was|were)\s+(?:(?:formally|officially|also|now)\s+)?"
                      r"(?P<verb>[a-z]{3,})\b(?P<mid>[^,;:“”\"()]{0,60}?)\s+by\s+")
_ACTIVE_AUX = {"has been": "has", "have been": "has", "had been": "had", "was": "", "were": ""}


def _done_by(ex, s, text: str, at: int, patient, parties: list[str], titled: tuple[float, ...]):
    """(the agent's mention, (verb, object)) of a lead's passive act whose agent the article names: "Pocketly has
    been fined £18.5 million by the Information Rights Office over a data breach" -> the Information Rights Office,
    ("has fined", "Pocketly over a data breach"); None when the clause is no such act."""
    p = _PASSIVE.match(text, at)
    if not p or p.group("verb") in _NOT_ACTS or not _main_verb(p.group("verb"), "has"):
        return None
    agent = _agent(ex, s.start, p.end(), text)
    if agent is None or agent.possessive or agent.kind == "person":
        return None
    name = patient.person or patient.text if patient.kind == "person" else \
        next((x for x in parties if x == patient.text or x.endswith(" " + patient.text)), patient.text)
    if patient.kind != "person":
        name = subject_of(name)
    aux = _ACTIVE_AUX[" ".join(p.group("aux").split())]
    tail = _AFTER_NAME.match(text, agent.end - s.start)
    rest = text[tail.end() - 1:] if tail else ""
    active = f"{aux} {p.group('verb')} {name}{p.group('mid')}{rest}".strip()
    vo = _verb_and_object(active, titled)
    return (agent, vo) if vo else None


_PLACE_LAST = frozenset("Bay Island Islands Valley Coast Hills Point Harbour Beach Heights Falls Springs".split())


def _without_titled(obj: str, titled: tuple[float, ...]) -> str | None:
    """The object without the title's figure, which its own question asks (keyfigure.py): "left the rate unchanged at
    5.25 per cent" -> "left the rate unchanged", "is recalling 84,300 Aster hatchbacks" -> "is recalling Aster
    hatchbacks"; None where taking it out would leave a phrase cut ("a bid worth for …")."""
    for m in reversed(list(FIGURE.finditer(obj))):
        value = m.group("money") or m.group("percent") or m.group("count") or ""
        n = amount(value)
        if not n or not any(abs(n - t) < 1e-9 * max(n, t) for t in titled):
            continue
        first = abs(n - titled[0]) < 1e-9 * max(n, titled[0])  # the headline's own number, always asked
        before, after = obj[:m.start()].rstrip(), obj[m.end():]
        if not after.strip():
            cut = _LEVEL_END.search(before)
            if cut:
                obj = before[:cut.start()]
            elif first:
                return None
        elif _NOUN_AFTER.match(after) and not _CUT_BEFORE.search(before):
            obj = f"{before} {after.lstrip()}".strip()
        elif first:
            return None  # (a second title figure left in: "the records of 2.3 million users" says whose)
    return obj


# Before a figure that ends the object: the word that sets its level ("unchanged at", "rose to")
_LEVEL_END = re.compile(r"\s+(?:at|to|by)$")
# After a figure, the noun it counts ("84,300 Aster hatchbacks"); before it, words a figure cannot leave
_NOUN_AFTER = re.compile(r"\s+(?!(?:for|of|and|to|in|on|at|from|with|by|a|an|the|or|as)\b)[A-Za-z]")
_CUT_BEFORE = re.compile(r"(?:^|\s)(?:of|for|worth|at|to|by|from|a|an|about|nearly|some|over|than)$")
# Verbs in -ing after "is" that are no act under way: a state or a wish
_NOT_DOING = frozenset("""facing expecting hoping seeking wanting considering weighing struggling waiting trying looking
going being having remaining standing sitting living working saying telling""".split())


def _bodies(ex, parties: list[str], persons: set[str]) -> list[str]:
    """The organisations to offer beside the doer: the article's parties, then the other bodies it names in its
    story (a name of two words or more, never a place's, a thing's or a title's, nor one only the page's furniture
    holds: a broadcaster's call sign in the dateline)."""
    body = ex.article.body
    pool = list(dict.fromkeys([*parties, *ex.cast.orgs]))
    out = []
    for name in pool:
        if name in persons or not is_party(name) or kind_of(name, body) or named_as_place(name, body):
            continue
        words = name.split()
        if name.isupper() and len(words) > 1 or no_holder(name):
            continue  # "KALINDRA CITY" (a dateline), "Anglo-Nigerian": no body
        if words[-1].lower() in _LAW_HEADS or words[-1] in _REGIONS or " and " in name and all(
                part in persons or looks_like_person(part) for part in name.split(" and ")) and not any(
                w.lower() in _BODY_HEADS for w in words):
            continue  # a law ("Forest Rights Act"), a region ("Northern Europe"), two people ("X and Y"): no body
        if len(words) < 2 and name not in COUNTRIES and not (name.isupper() and name in parties) and (
                not _a_body(name, body) or name.lower() in _BODY_HEADS or name.lower() in _GENERIC_BODIES or
                any(o.startswith(name + " ") for o in pool)):
            continue  # "Bench", "Government" (a word the article also writes in lower case), "Castlebridge" (a
            # longer name's first word)
        if name not in parties and (not words[0][:1].isupper() or words[0].lower() in _NOT_NAME_OPENERS or
                                    not _in_story(ex, name)):
            continue
        if name not in parties and an_outlet(name, body):
            continue  # the broadcaster someone "told", the wire agency of the dateline: the outlet, no party
        out.append(name)
    return out


def _a_body(name: str, body: str) -> bool:
    """Whether a name the cast did not list as a party is a body's all the same: one of two words or more whose
    last is a body's word ("Royal Harwick Museum", which the cast may take for a building), or one word the article
    never writes in lower case and names three times ("Pocketly"; never "Board", a word of the board's name)."""
    words = name.split()
    if kind_of(name, body) or named_as_place(name, body):
        return False
    if len(words) >= 2:
        return words[-1].lower() in _BODY_HEADS
    return len(words) == 1 and name.lower() not in body and body.count(name) >= 3


# The last words of a body's name (beside the lexicon's organisation words): what a building's name never ends in
_BODY_HEADS = ORG_WORDS | frozenset("museum gallery university college school hospital library theatre orchestra "
                                    "airways airlines railways consortium partners tribunal inquiry regulator".split())


_NAME_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w’'-]*)+")


def _initials_named(option: str, prompt: str) -> bool:
    """Whether an acronym option is the initials of a name the prompt holds ("IRO" beside "… fined by the
    Information Rights Office"): the same body twice, one of them the prompt's."""
    if not (option.isupper() and 2 <= len(option) <= 6):
        return False
    for run in _NAME_RUN.finditer(prompt):
        initials = "".join(w[0] for w in run.group(0).split() if w[:1].isupper())
        if option in initials:
            return True
    return False


# The last words of a law's, a plan's or an index's name
_LAW_HEADS = frozenset("act acts bill law laws ordinance directive treaty convention charter code regulation "
                       "regulations plan strategy scheme programme program index rule rules".split())
# Words a story writes capitalised for the body it stands for, no name of its own ("the Bench", "the State")
_REGIONS = frozenset("Europe Asia Africa America Americas Pacific Atlantic Arctic Antarctica Oceania Caribbean "
                     "Mediterranean".split())
_GENERIC_BODIES = frozenset("bench state centre center crown cabinet ministry executive administration".split())


def _in_story(ex, name: str) -> bool:
    at = ex.article.body.find(name)
    while at >= 0:
        s = ex.article.sentence_at(at)
        if s is not None and not s.furniture:
            return True
        at = ex.article.body.find(name, at + len(name))
    return False


# A name's first word that is an adjective or a page's word, not a name's: "Former Castlebridge", "Read More"
_NOT_NAME_OPENERS = frozenset("former ex new old read more see watch video photo updated the".split())


def _singular(verb: str) -> str:
    """'have agreed' → 'has agreed' (a body a British paper writes in the plural asked as one organisation)."""
    first, _, rest = verb.partition(" ")
    first = {"have": "has", "are": "is", "were": "was"}.get(first, first)
    return f"{first} {rest}".strip()


def _lead(sentences) -> list:
    """The lead's sentences, the body's first before the standfirst's: a byline (page furniture) among the first
    sentences ends the standfirst, whose "will hand the panels back" the body's lead says whole."""
    first = sentences[:LEAD_SENTENCES + 4]
    cut = max((i for i, s in enumerate(first) if s.furniture), default=-1)
    ordered = [s for s in first[cut + 1:] if not s.furniture][:LEAD_SENTENCES]
    return ordered + [s for s in first[:max(cut, 0)] if not s.furniture][:LEAD_SENTENCES]


def lead_candidates(ex, ids, people: list[dict], parties: list[str], distractors, pace: Pacer | None = None,
                    candidate=None) -> list:
    """The lead's main clause asked with its doer as the key (see the module's doc)."""
    pace = pace or Pacer()
    persons = {p["name"] for p in people if p.get("role") != "organisation"}
    roles = {p["name"]: p.get("role", "") for p in people}
    out = []
    named = None
    titled = tuple(amount(f.value) for f in title_figures(ex.article.title))  # asked by their own question
    for s in _lead(ex.article.sentences):
        pace(len(s.text))
        text = s.text
        offset = len(text) - len(text.lstrip())
        d = _DATELINE.match(text[offset:])
        offset += d.end() if d else 0
        f = _FRONTED.match(text[offset:])
        offset += f.end() if f else 0
        m = _agent(ex, s.start, offset, text)
        if m is None:
            continue
        end = m.end - s.start
        if m.kind == "person" and m.text[:1].islower() or m.text.startswith(("The ", "the ")):
            owner = _OF_PHRASE.match(text, end)  # "The president of the northern region of X has called …"
            end = owner.end() if owner else end
        after = _AFTER_NAME.match(text, end)
        if after is None or re.match(r"\s*(?:and|or|&)\b", text[m.end - s.start:]):
            continue  # "The board and the union are …": two doers, asked as neither
        vo = _verb_and_object(text[after.end():], titled)
        if m.possessive:
            continue  # "Mayor X's proposed budget set off …": the name owns the subject, it is not the doer
        if vo is None:
            done = _done_by(ex, s, text, after.end(), m, parties, titled)
            if done is None:
                continue
            m, vo = done  # "X has been fined £18.5m by the Y Office over …": the Y Office is the doer
        verb, obj = vo
        if m.kind == "person":
            key = m.person or m.text
            if key not in persons or not roles.get(key):
                continue  # (a doer the article describes: never a storm's name the cast took for a person's)
            if _PERSON_PRONOUN.search(obj):
                continue  # "Who has survived … to back her": whose, the question's own "her" gives away
            prompt = f"Who {verb} {obj}?"
            others = distractors.of(key, prompt)
            who = "Who"
        else:
            key = next((p for p in parties if p == m.text or p.endswith(" " + m.text)), m.text)
            if not (is_party(key) or _a_body(key, ex.article.body)) or \
                    len(key.split()) < 2 and key not in parties and not _a_body(key, ex.article.body):
                continue  # "Board", "Court": a word of a longer name the cast read alone
            verb = _singular(verb)
            obj = _ITS.sub(lambda w: "The" if w.group(0)[0] == "I" else "the", obj)  # "kept its rate": the doer's own,
            # which the question asks (a bare "its" is read as owned by no one)
            prompt = f"Which organisation {verb} {obj}?"
            others = [p for p in _bodies(ex, parties, persons) if p != key and key not in p and p not in key
                      and not word_in(p, prompt) and not _initials_named(p, prompt)]
            others = one_kind(key, apart(key, others), ex.article.body)
            who = "Which organisation"
        if word_in(key, prompt):
            continue
        q = {"id": ids.make("lead", key, obj.split()[0] if obj else ""), "type": "choice", "topic": "context",
             "prompt": prompt, "choices": sorted([key, *others]), "answer": key, "source": text.strip(),
             "explanation": f"The article opens with what {key} did: “{text.strip()}”"}
        named = named or Referents(ex.article, ex.cast, ex.sides(), pace)  # built once, where a lead is asked
        q = named.question(q)  # "the club" named: Castlebridge Athletic
        others = [o for o in others if not word_in(o, q["prompt"]) and not _initials_named(o, q["prompt"])][:3]
        if word_in(key, q["prompt"]):
            continue  # (nor an option the named prompt now holds)
        if len(others) < 2:
            # too few others of its kind to choose from: the doer typed, by its name (a person's surname and
            # aliases count)
            if len(key.split()) < 2 or key.split()[-1] in _PLACE_LAST:
                continue  # ("Corrin Bay": a side named by its place, no organisation to type)
            accept = [a for p in people if p["name"] == key for a in [key.split()[-1], *p.get("aliases", [])]] \
                if m.kind == "person" else []
            q = {k: v for k, v in q.items() if k != "choices"} | {"type": "typed"}
            q = {k: q[k] for k in ("id", "type", "topic", "prompt", "answer")} | \
                {"accept": list(dict.fromkeys(a for a in accept if a and a.lower() != key.lower()))[:5]} | \
                {k: q[k] for k in ("source", "explanation")}
            out.append(candidate(q, f"lead:{who}:{verb} {obj}", 0.6))
            continue
        q["choices"] = sorted([key, *others])
        out.append(candidate(q, f"lead:{who}:{verb} {obj}", 0.62))
    # one act, the story's own: the fullest sentence's (a standfirst's "will hand the panels back at a ceremony"
    # beside the lead's "is to return 60 carved wooden panels to Tessaly, more than a century after …")
    return sorted(out, key=lambda c: -len(c.question["source"]))[:1]
