"""The headline's number asked: "How many Aster hatchbacks did Norvik Motors recall?", "At what level did the Bank
of Kalindra hold its policy rate?", "How much was Pocketly fined?".

A news title carries the story's figure: the homes a ban covers, the cars recalled, the fine, the rate a bank held,
the quota a ministry set. Readers list it first among the facts they want asked, and the figure questions
(`figures.py`) often miss it: the lead writes it inside a phrase their clause reading cannot front ("a ban affecting
1.6 million homes will come into force", "kept its rate unchanged at 5.25 per cent"), or what it counts is a name
("84,300 Aster hatchbacks"). Here each figure of the title is asked once, typed (the article seldom gives figures of
its kind to choose from):

- from the lead's sentence with the same figure, as `figures.how_question` asks it (with what it counts read from
  the title where the lead's words are a name), or from its clause's own shape: a level something was set, held or
  kept at ("At what level did X hold its policy rate?"), a total something rose or fell to, a ban or a scheme
  "affecting" so many ("How many homes will the hosepipe ban affect?");
- else from the title's own clause: a subject and a verb with the figure as the object ("X recalls 84,300 Aster
  hatchbacks": "How many Aster hatchbacks did X recall?", "X to return 112 bronzes": "… will X return?"), a sum a
  subject was fined ("How much was X fined?"), a level set or held ("X sets quota at …").

The title's subject is named as the article names it: its name in full ("Norvik" is Norvik Motors, "Carrow-Vance"
is Jazmin Carrow-Vance), a common noun that is one body's head ("Museum": the Royal Harwick Museum), "the" where
the article writes it. A figure another draft already asks from the lead is left to it; `one_figure` makes every
question on the title's figure one fact, so the bank asks it once.
"""

from __future__ import annotations

import re

from studyapp.core.generate.figures import FIGURE, Figure, amount, figures_in, how_question, nearby, typed_forms
from studyapp.core.generate.pacing import Pacer
from studyapp.core.generate.realise import IRREGULAR, SAME_PAST, lower_first
from studyapp.core.generate.text import word_starts

# What a figure counts, as a title or a lead writes it: up to two words (a name's too: "Aster hatchbacks", "space
# heaters") ending on a plural, or a unit of weight or volume.
_COUNTED = re.compile(r"\s+((?:[A-Za-z][\w-]*\s+){0,2}?(?:[a-z][a-z-]*[^s\W’']s|people|children|men|women|staff|"
                      r"police|cattle|sheep|aircraft|tonnes|tons|litres|barrels|hectares|acres|megawatts))\b")
_NOT_COUNTED = frozenset("""years months weeks days hours minutes seconds times percent cents pounds dollars euros
points per miles metres meters kilometres kilometers feet degrees ago is was has its this his does goes less plus
yes thus us as votes""".split())
# Words between a verb and its object figure a question leaves out ("hits record 7.4 million", "fined up to")
_MODS = r"(?:(?:a|an|record|about|nearly|almost|around|some|another|further|up\s+to|more\s+than|over)\s+)*"
# The title's clause the figure is in: cut at a colon's label, a conjunction or a dash
_TITLE_CUT = re.compile(r"\s*[:;|]\s+|\s+[-–—]\s+|\s+(?:as|after|amid|while|but|despite|with|following|over)\s+")
_SUBJ = r"(?P<subj>[A-Za-z][\w’'&.-]*(?:\s+[A-Za-z’'&][\w’'&.-]*){0,5}?)"
# "X recalls 84,300 …", "Hauliers block 27 …", "X votes 5-2 to pull 14 …"
_ACTIVE = re.compile(r"^" + _SUBJ + r"\s+(?P<verb>[a-z]{3,})(?:\s+\d+[-–]\d+)?(?:\s+to\s+(?P<then>[a-z]{3,}))?\s+" + _MODS + r"$")
# "X to return 112 …"
_PLANNED = re.compile(r"^" + _SUBJ + r"\s+to\s+(?P<verb>[a-z]{3,})\s+" + _MODS + r"$")
# "X fined £18.5m …", "X ordered to pay $2m"
_FINED = re.compile(r"^" + _SUBJ + r"\s+(?:is\s+|are\s+|has\s+been\s+|have\s+been\s+)?(?P<verb>fined|ordered\s+to\s+pay|"
                    r"awarded)\s+" + _MODS + r"$")
# "X holds policy rate at 5.25%", "X sets 2027 mackerel quota at 182,000 tonnes", "X to cap fares at £2"
_LEVEL = re.compile(r"^" + _SUBJ + r"\s+(?:to\s+)?(?P<verb>holds?|keeps?|leaves?|sets?|fixes|fix|caps?|freezes|freeze|"
                    r"pegs?|kept|left|held|set|fixed|capped|froze|pegged)\s+(?:its\s+|their\s+|the\s+)?"
                    r"(?P<what>(?:[\w-]+\s+){0,3}?(?:rate|rates|quota|quotas|price|prices|cap|fare|fares|fee|fees|"
                    r"tariff|tariffs|limit|target|wage|levy|tax|charge|charges|allowance|budget|capacity))\s+"
                    r"(?:unchanged\s+|steady\s+|on\s+hold\s+)?at\s+$")
# Lead shapes: a thing "affecting" so many ("A hosepipe ban affecting 1.6 million homes will come into force")
_AFFECTING = re.compile(r"^(?:An?|The)\s+(?P<thing>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s+(?P<verb>affecting|covering|"
                        r"involving|hitting)\s+" + _MODS + r"$")
_MAIN_AUX = re.compile(r"\s(?P<aux>will|would|is|are|was|were|has|have)\s+(?:\w+\s+){0,3}?")
# …and a level something was left, kept or held at ("kept its benchmark policy rate unchanged at 5.25 per cent")
_LEAD_LEVEL = re.compile(r"(?:^|,\s+)(?P<subj>(?:The\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'&.-]*){0,5})"
                         r"\s+(?:has\s+|have\s+|had\s+)?(?P<verb>kept|left|held|set|fixed|capped|froze|pegged|keeps|"
                         r"leaves|holds|sets|fixes|caps|freezes|pegs)\s+(?P<what>(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:rate|rates|quota|quotas|price|prices|cap|fare|fares|fee|fees|tariff|tariffs|limit|target|"
                         r"wage|levy|tax|charge|charges|allowance|budget|capacity))\s+(?:unchanged\s+|steady\s+|"
                         r"on\s+hold\s+)?at\s+$")
_PRESENT_LEVEL = {"keeps": "keep", "leaves": "leave", "holds": "hold", "sets": "set", "fixes": "fix", "caps": "cap",
                  "freezes": "freeze", "pegs": "peg", "keep": "keep", "leave": "leave", "hold": "hold", "set": "set",
                  "fix": "fix", "cap": "cap", "freeze": "freeze", "peg": "peg"}
_PAST_LEVEL = {"kept": "keep", "left": "leave", "held": "hold", "set": "set", "fixed": "fix", "capped": "cap",
               "froze": "freeze", "pegged": "peg"}
# Headline verbs of a stance, asked in the present ("X demands £750,000 from Y": "How much does X demand …?")
_STANCE = frozenset("demands demand seeks seek wants want asks ask claims claim offers offer proposes propose".split())
# Words a headline verb never is: reports of saying, copulas, and words that end in -s without being verbs
_NOT_VERBS = frozenset("""is are was were has have had says say said tells told warns warned claims insists denies
admits this its his hers ours yours theirs us as was news series species crisis thesis basis less unless plus
bus gas yes always perhaps whereas""".split())
# The prepositional phrase after the figure a question keeps: one that names ("from Westmarch Health", "to Ondara")
_NAMED_PHRASE = re.compile(r"\s+(?P<prep>from|to|on|against|for)\s+(?P<name>(?:the\s+)?[A-Z][\w’'&.-]*"
                           r"(?:\s+(?:of\s+)?[A-Z][\w’'&.-]*){0,4})(?=\s+[a-z]|\s*$|\s*[,:;])")
_PLURAL_HEAD = re.compile(r"[a-z][a-z-]*[^s\W’']s$|people|children|staff|police")
_TO = re.compile(r"\s+to\s")
# A thing a sum measures, after it in a title ("£18 million appeal", "£4bn deal", "$2m fine")
_THING = re.compile(r"\s+((?:[a-z][a-z-]*\s+)?(?:appeal|fine|bid|deal|contract|package|plan|fund|loan|budget|"
                    r"investment|settlement|penalty|bailout|rescue|order|grant|scheme|programme|offer|claim|lawsuit|"
                    r"takeover|merger|expansion|upgrade|ransom|payout|award))\b")
# What a lead's question may not run on into: a clause of reason or time (cut, the question ends before it)
_TAIL_CLAUSE = re.compile(r"\s+(?:because|as|after|while|since|following|amid|despite|when|before|until)\s+.*\?$")
# A capitalised name of two to five words ("Royal Harwick Museum")
_CAP_RUN = re.compile(r"\b[A-Z][\w’'-]+(?:\s+(?:of\s+)?[A-Z][\w’'-]+){1,4}")
_OPENERS = frozenset("The A An In On At For From After Before But And As By With Its Their His Her This That".split())
# A total something reached or rose to, in a lead's clause: "The waiting list … rose to 7.4 million", "Varn's
# population has reached 4.82 million"
_REACHED = re.compile(r"(?:^|\bas\s+)(?P<subj>(?:[Tt]he\s+|[A-Z][\w’'-]*['’]s\s+)[^,;:“”\"()]{2,70}?)\s+"
                      r"(?P<aux>has\s+|have\s+)?(?P<verb>reached|hit|reaches|hits|rose\s+to|climbed\s+to|grew\s+to|"
                      r"fell\s+to|dropped\s+to|jumped\s+to|rises\s+to|climbs\s+to|grows\s+to|falls\s+to|risen\s+to|"
                      r"grown\s+to|fallen\s+to)\s+(?:a\s+)?(?:record\s+|new\s+high\s+of\s+|new\s+low\s+of\s+)?$")
_REACH_BASE = {"reached": "reach", "hit": "reach", "reaches": "reach", "hits": "reach", "rose": "rise", "climbed": "climb",
               "grew": "grow", "fell": "fall", "dropped": "drop", "jumped": "jump", "rises": "rise", "climbs": "climb",
               "grows": "grow", "falls": "fall", "risen": "risen", "grown": "grown", "fallen": "fallen"}
# "Population of Varn", "Price of bread": a common noun's own "of" phrase names it
_OF_NAME = re.compile(r"[A-Z][a-z]+(?:\s+[a-z]+)?\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}")
# A result a count is left in ("leaves 1,150 homes unfinished"): a participle or an adjective in -less
_LEFT_AS = re.compile(r"\s+((?:un)?[a-z]{3,}ed|[a-z]{3,}less)\b")
_PRONOUNED = re.compile(r"\b(?:it|its|they|their|them|this|these|those|he|she|his|her)\b", re.IGNORECASE)
# A participle describing what is counted, irregular ones too ("52,700 scooters sold in …", "homes built since …")
_PARTICIPLE = re.compile(r"\s+(?:[a-z]{3,}ed|sold|made|built|bought|taken|held|given|kept|left|found|seen|known|shown|"
                         r"grown|drawn|brought|caught|sent|spent|lost|won|paid|laid|set|put|cut|run|hit|born|based|"
                         r"aged|worth)\b")
_TALLY_AFTER = re.compile(r"\s*(?:[-–]|to|votes?\s+to)\s*\d")
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_MONTH_AFTER = re.compile(r"\s+" + _MONTHS + r"(?!\w)")
_MONTH_BEFORE = re.compile(r"\b" + _MONTHS + r"\s+$")
# An alias that is a name with an honorific ("Ms Carrow-Vance", "Mrs Justice Lowell"): the whole name stands for it
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Judge|Justice)\.?\s")
_AGE_OR_TIME = re.compile(r"\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries)\b")
_AGED_BEFORE = re.compile(r"\b(?:aged|dies\s+at|died\s+at|age)\s+$", re.IGNORECASE)
# Counts a title or a lead writes in words ("Forty artists", "nine hostages")
_NUMBER_WORDS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                            "thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
                                            "twenty".split())} | {
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_WORD_NUMBER = re.compile(r"(?<![\w-])(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                          r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                          r"ninety)(?![\w-])(?=\s+[a-z])", re.IGNORECASE)
# The lower-case word after a name, and the words there that are no noun the name describes ("The X Museum is …",
# "The X Courier finally …"; "The Tarnvik navy" is the navy's "the")
_NEXT_WORD = re.compile(r" ([a-z][a-z’'-]*)\b")
_NOT_NOUNS = frozenset("""is are was were has have had will would can could should may might must does do did said says
told tells and or but to of in on at for with by from as that which who whose where when while after before since
until than also still now then not has been being be its their his her this these those""".split())
_LINKS = frozenset({"of", "and", "for", "the", "de", "&"})
_LEAD_SENTENCES = 5
_READ = 40  # the story's sentences read for a figure question already asking the title's figure
_TITLE_FIGURES = 2


def _counted_after(text: str, end: int) -> tuple[str, int]:
    """What the figure ending at `end` counts ("Aster hatchbacks", "tonnes") and where it ends, or ("", end)."""
    m = _COUNTED.match(text, end)
    if not m:
        return "", end
    words = m.group(1).split()
    if words[-1].lower() in _NOT_COUNTED or any(w.lower() in _NOT_COUNTED for w in words) or \
            words[0].lower() in ("a", "an", "the", "and", "of", "to", "in", "on", "at", "for", "from", "by", "as"):
        return "", end
    return m.group(1), m.end()


def title_figures(title: str) -> list[Figure]:
    """The figures a title reads out, with what each counts: no year, vote tally, ordinal, hyphened measure
    ("11-year") or a figure below two."""
    out = []
    for m in FIGURE.finditer(title):
        value = m.group("money") or m.group("percent") or m.group("count")
        if not value:
            continue
        value = " ".join(value.split())
        after, before = title[m.end():m.end() + 3], title[:m.start()]
        if _TALLY_AFTER.match(title, m.end()) or _MONTH_AFTER.match(title, m.end()) or _MONTH_BEFORE.search(before):
            continue  # "31 votes to 24", "for 18 October", "on June 18": a tally or a date's day
        if m.group("count") and (re.fullmatch(r"(?:1[89]|20)\d\d", value) or amount(value) < 2):
            continue
        if _AGE_OR_TIME.match(title, m.end()) or _AGED_BEFORE.search(before):
            continue  # "after 11 years", "dies at 91", "dies aged 88": a span of time or an age
        if re.match(r"[-–]\s?\d|\s?(?:to|-|–)\s+\d|-[A-Za-z]|st\b|nd\b|rd\b|th\b", after) or re.search(r"\d\s?[-–]\s?$|\d\s+(?:votes?\s+)?to\s+$",
                                                                                                      before):
            continue  # "12–10", "31 votes to 24", "11-year", "420-home", "3rd"
        kind = "money" if m.group("money") else "percent" if m.group("percent") else "count"
        if kind == "percent":
            value = re.sub(r"\s?(?:per\s?cent|percent)$", "%", value, flags=re.I)
        counted, end = _counted_after(title, m.end()) if kind == "count" else ("", m.end())
        out.append(Figure(kind, value, counted, bool(m.group("mod")), m.start(), end))
    if not out:  # "Forty artists pull out of …", "Nine hostages freed": a count in words, with what it counts
        for m in _WORD_NUMBER.finditer(title):
            counted, end = _counted_after(title, m.end())
            if counted:
                out.append(Figure("count", str(_NUMBER_WORDS[m.group(1).lower()]), counted, False, m.start(), end))
    return out[:_TITLE_FIGURES]


def _base_of_s(verb: str) -> str | None:
    """'recalls' -> 'recall', 'fixes' -> 'fix', 'carries' -> 'carry'; None for a word that is no -s verb."""
    if verb in _NOT_VERBS or not verb.endswith("s") or verb.endswith(("ss", "us", "is")):
        return None
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(("shes", "ches", "xes", "zes", "sses", "oes")):
        return verb[:-2]
    return verb[:-1]


class _Namer:
    """A title's subject as the article names it: a cast name it stands for, whole, with "the" where the article
    writes one; else a common noun with "the"."""

    def __init__(self, ex, people: list[dict], names: frozenset[str], pace: Pacer | None = None) -> None:
        self.body = ex.article.body
        self.names = names
        pool = [p["name"] for p in people] + [m.text for m in ex.cast.mentions if m.kind in ("person", "org")]
        self.pool = list(dict.fromkeys(n for n in pool if n and n[:1].isupper() and not _HONORIFIC.match(n)))
        # the body's longer capitalised names, for a title's common noun that is one of them ("Museum")
        self.runs = set()
        for s in ex.article.sentences:
            if pace:
                pace(len(s.text))
            self.runs.update(r.group(0) for r in _CAP_RUN.finditer(s.text))

    def _the(self, name: str) -> str:
        if name.lower().startswith("the "):
            return "the " + name[4:]
        with_the = _whole_count(self.body, f"the {name}", True) + _whole_count(self.body, f"The {name}", True)
        return f"the {name}" if with_the and with_the * 2 >= _whole_count(self.body, name) else name

    def whole(self, subject: str) -> str | None:
        words = subject.split()
        if not words or words[0].lower() in ("it", "they", "he", "she", "this", "that", "these", "those", "its"):
            return None
        if words[0] == "The" and len(words) > 1 and words[1][:1].isupper():
            subject, words = " ".join(words[1:]), words[1:]
            if subject in self.pool or all(w[:1].isupper() or w in _LINKS for w in words):
                return "the " + subject  # "The Bank of Kalindra kept …"
        if len(words) > 1 and words[0][:1].isupper() and words[1][:1].islower() and \
                _whole_count(self.body, words[0].lower() + subject[len(words[0]):]):
            # "Population of Valdoria reaches …": a headline's capital on a common noun the story writes lower-case
            # ("the population of Valdoria"); headlines drop the article, the question keeps it
            return "the " + words[0].lower() + subject[len(words[0]):]
        if subject in self.pool:
            fuller = {p for p in self.pool if p.endswith(" " + subject) and p[:1].isupper()} if len(words) == 1 else ()
            if len(fuller) == 1:
                return self._the(fuller.pop())  # "Okafor fined …": the player's full name, as the story gives it
            return self._the(subject)
        # the name at the subject's end ("TV star Carrow-Vance", "Fitness app Pocketly"): the cast's name it is part of
        for n in range(min(len(words), 4), 0, -1):
            tail = words[-n:]
            if not all(w[:1].isupper() or w in _LINKS and 0 < i < n - 1 for i, w in enumerate(tail)):
                continue
            part = " ".join(tail)
            found = [p for p in self.pool if p == part or p.startswith(part + " ") or p.endswith(" " + part)]
            found = [p for p in found if not any(q != p and q in p for q in found) or p == part] or found
            whole = sorted(set(found), key=len)
            if len(set(whole)) == 1 or whole and all(part in w and whole[-1].endswith(w) or whole[-1].startswith(w)
                                                      for w in whole):
                return self._the(whole[-1])
            if len(tail) == len(words) and not whole and len(words) >= 1 and (n > 1 or part in self.names):
                return self._the(part)  # a name the cast did not list ("Kestria", "BrightHearth")
            if whole:
                return None  # two bodies it could be
        if _OF_NAME.fullmatch(subject):
            return "the " + subject[0].lower() + subject[1:]  # "Population of Varn": the population of Varn
        caps = [i for i, w in enumerate(words) if w[:1].isupper()]
        lead_name = " ".join(words[:len(caps)])
        if caps and caps == list(range(len(caps))) and len(caps) < len(words) and len(caps) > 1 and any(
                p == lead_name or p.endswith(" " + lead_name) for p in self.pool) and \
                not _PLURAL_HEAD.fullmatch(words[-1]):
            return "the " + subject  # "Brightstone Homes collapse": the Brightstone Homes collapse
        if any(w[:1].isupper() for w in words[1:]):
            return None  # a name the title cuts ("Central bank Vestmark")
        head = words[-1].lower()
        owners = {p for p in self.pool if p.split()[-1].lower() == head and len(p.split()) > 1}
        if not owners:
            owners = {r for r in self.runs if r.split()[-1].lower() == head and r.split()[0] not in _OPENERS}
        if len(owners) == 1 and not _PLURAL_HEAD.fullmatch(head):
            return self._the(owners.pop())  # "Museum": the Royal Harwick Museum
        low = lower_first(subject, self.names)
        if low != subject or subject[:1].islower():
            return low if _PLURAL_HEAD.fullmatch(head) else f"the {low}"
        return None


def _whole_count(text: str, phrase: str, head: bool = False) -> int:
    """How often a phrase stands whole in a text (`text.word_starts`), not as part of a longer word or a hyphened or
    possessive one ("the Kestria" in "the Kestrian …", "Kestria-based", "Kestria's"); with `head`, only where no
    lower-case noun follows it, whose "the" it would be ("The Tarnvik navy")."""
    n = 0
    for at in word_starts(phrase, text):
        end = at + len(phrase)
        if text[end:end + 1] and text[end:end + 1] in "-’'":
            continue
        nxt = _NEXT_WORD.match(text, end) if head else None
        if not (nxt and nxt.group(1) not in _NOT_NOUNS and not nxt.group(1).endswith(("ed", "ly"))):
            n += 1
    return n


def _rest_named(text: str, at: int, namer: _Namer) -> str:
    """A named phrase after the figure the question keeps ("from Westmarch Health"), or ""."""
    m = _NAMED_PHRASE.match(text, at)
    if not m:
        return ""
    name = m.group("name")
    bare = name[4:] if name.startswith("the ") else name
    named = namer.whole(bare)
    return f" {m.group('prep')} {named}" if named and named[:1].isupper() or named and named.startswith("the ") else ""


def _title_question(title: str, fig: Figure, namer: _Namer) -> str | None:
    """The question the title's own clause asks of its figure (see the module's doc), or None."""
    start = 0
    for cut in _TITLE_CUT.finditer(title):
        if cut.end() <= fig.start:
            start = cut.end()
    before = title[start:fig.start]
    level = _LEVEL.match(before)
    if level:
        subject = namer.whole(level.group("subj"))
        verb = level.group("verb")
        base = _PRESENT_LEVEL.get(verb) or _PAST_LEVEL.get(verb)
        if not subject or not base:
            return None
        aux = "will" if _TO.match(before, len(level.group("subj"))) else "did"
        what = level.group("what")
        return f"At what level {aux} {subject} {base} {_its(subject)} {what}?"
    reached = _REACHED.search(before) or _REACHED.search("The " + before) if before[:1].isupper() else None
    if reached and fig.kind in ("count", "percent", "money") and not fig.counted:
        subj = reached.group("subj")
        subj = subj[4:] if subj.startswith("The ") and not before.startswith("The ") else subj
        subject = namer.whole(subj) or (("the " + subj[0].lower() + subj[1:]) if _OF_NAME.fullmatch(subj) else None)
        if subject:
            return _reached(subject, reached.group("verb"), False, fig, namer)
    if fig.kind == "count" and not fig.counted:
        return None
    fined = _FINED.match(before)
    if fined and fig.kind == "money":
        subject = namer.whole(fined.group("subj"))
        if not subject:
            return None
        verb = " ".join(fined.group("verb").split())
        plural = _PLURAL_HEAD.fullmatch(subject.split()[-1]) and subject[:1].islower()
        if verb == "ordered to pay":
            return f"How much {'were' if plural else 'was'} {subject} ordered to pay?"
        return f"How much {'were' if plural else 'was'} {subject} {verb}?"
    planned = _PLANNED.match(before)
    active = None if planned else _ACTIVE.match(before)
    m = planned or active
    if not m:
        return None
    subject = namer.whole(m.group("subj"))
    if not subject:
        return None
    verb = m.group("verb")
    if planned:
        front, base = "will", verb
    else:
        base = _base_of_s(verb)
        if base is None:
            head = m.group("subj").split()[-1]
            if verb in _NOT_VERBS or not _PLURAL_HEAD.fullmatch(head.lower()) or verb.endswith(("ed", "ing")):
                return None
            base = verb  # "Hauliers block 27 roads": a plural subject's verb
        front = "does" if verb in _STANCE and base != verb else "do" if verb in _STANCE else "did"
        if active.group("then"):
            base = f"{base} to {active.group('then')}"
    if base in _NOT_VERBS or base in IRREGULAR or base.endswith("ed") and base not in SAME_PAST:
        return None
    rest = _rest_named(title, fig.end, namer)
    left = _LEFT_AS.match(title, fig.end) if base in ("leave", "keep", "make") else None
    if left:
        rest = f" {left.group(1)}"  # "leaves 1,150 homes unfinished": "… leave unfinished?"
    if fig.kind == "count":
        return f"How many {fig.counted} {front} {subject} {base}{rest}?"
    if fig.kind == "money":
        thing = _THING.match(title, fig.end)
        if thing:  # "launches £18 million appeal": how big an appeal
            noun = thing.group(1)
            article = "an" if noun[:1] in "aeiou" else "a"
            return f"How big {article} {noun} {front} {subject} {base}{_rest_named(title, thing.end(), namer)}?"
        return f"How much {front} {subject} {base}{rest}?"
    return None


def _its(subject: str) -> str:
    head = subject.split()[-1]
    return "their" if subject[:1].islower() and _PLURAL_HEAD.fullmatch(head) else "its"


def _lead_shape(text: str, fig: Figure, namer: _Namer) -> str | None:
    """A question on a lead sentence's figure in a shape `figures.how_question` leaves: a level kept or set, a thing
    affecting so many."""
    before = " ".join(text[:fig.start].split()) + " "
    level = _LEAD_LEVEL.search(before)
    if level:
        verb = level.group("verb")
        subject = namer.whole(level.group("subj"))
        if not subject:
            return None
        if verb in _PAST_LEVEL:
            perfect = re.search(r"\s(?:has|have)\s+\S+\s+$", before[:level.start("verb") + len(verb) + 1])
            base = _PAST_LEVEL[verb]
            front = "has" if perfect else "did"
            form = verb if perfect else base
        else:
            front, form = "does", _PRESENT_LEVEL[verb]
        what = re.sub(r"^(?:its|their|the)\s+", "", level.group("what"))
        return f"At what level {front} {subject} {form} {_its(subject)} {what}?"
    reached = _REACHED.search(before)
    if reached and not _PRONOUNED.search(reached.group("subj")):
        return _reached(reached.group("subj"), reached.group("verb"), bool(reached.group("aux")), fig, namer)
    affecting = _AFFECTING.match(before)
    if affecting and fig.kind == "count" and fig.counted:
        after = text[fig.end:]
        aux = _MAIN_AUX.search(after)
        if not aux or re.search(r"[,;:]", after[:aux.start()]):
            return None
        tense = {"will": "will", "would": "would", "is": "does", "are": "does", "has": "does", "have": "does",
                 "was": "did", "were": "did"}[aux.group("aux")]
        verb = {"affecting": "affect", "covering": "cover", "involving": "involve", "hitting": "hit"}[
            affecting.group("verb")]
        thing = affecting.group("thing")
        return f"How many {fig.counted} {tense} the {thing} {verb}?"
    return None


def _reached(subj: str, verb: str, perfect: bool, fig: Figure, namer: _Namer) -> str | None:
    """"What total has Varn's population reached?", "To what total did the waiting list … rise?"."""
    first = verb.split()[0]
    base = _REACH_BASE.get(first)
    if not base or len(subj.split()) > 12:
        return None
    subject = lower_first(subj, namer.names)
    what = "total" if fig.kind == "count" else "level"
    if base == "reach":
        if perfect or first in ("reaches", "hits"):
            return f"What {what} has {subject} reached?"
        return f"What {what} did {subject} reach?"
    if first.endswith("n"):  # "has risen to"
        return f"To what {what} has {subject} {first}?"
    return f"To what {what} {'does' if first.endswith('s') else 'did'} {subject} {base}?"


def _order(value: str) -> float:
    return float(_NUMBER_WORDS[value.lower()]) if value.lower() in _NUMBER_WORDS else amount(value)


def _in_words(text: str, tf: Figure, names: frozenset[str]):
    """(prompt, source, said, value, counted) for a lead sentence that writes the title's count in words ("Forty
    artists have withdrawn from …"): asked as `figures.how_question` asks the same sentence with the number in
    digits, the answer the word as the article writes it; None where it does not."""
    for m in _WORD_NUMBER.finditer(text):
        n = _NUMBER_WORDS[m.group(1).lower()]
        if str(n) != tf.value:
            continue
        digits = f"{text[:m.start()]}{n}{text[m.end():]}"
        counted, end = _counted_after(digits, m.start() + len(str(n)))
        if not counted or len(text.split()) > 45 or _PARTICIPLE.match(digits, end):
            return None
        prompt = how_question(digits, Figure("count", str(n), counted, False, m.start(), end), names)
        if not prompt or re.search(r"\d", prompt):
            return None
        return _TAIL_CLAUSE.sub("?", prompt), text, text[m.start():m.end() + 1 + len(counted)], m.group(1).lower(), \
            counted
    return None


def _same(a: Figure | str, b: Figure | str) -> bool:
    x = amount(a.value if isinstance(a, Figure) else a)
    y = amount(b.value if isinstance(b, Figure) else b)
    return x > 0 and abs(x - y) < 1e-9 * max(x, y)


def headline_figure_candidates(ex, ids, names: frozenset[str], people: list[dict], pace: Pacer | None = None,
                               pictured=None, candidate=None) -> list:
    """One typed question for each figure the title reads out that no figure question asks from the lead (see the
    module's doc)."""
    pace = pace or Pacer()
    title = ex.article.title
    figs = title_figures(title)
    if not figs:
        return []
    story = [s for s in ex.article.sentences if not s.furniture and not (pictured and pictured.in_caption(s.text))]
    lead = story[:_LEAD_SENTENCES]
    everywhere = figures_in(title) + [f for s in story for f in figures_in(s.text)]
    # every figure the story writes, a count with no noun after it too: the exact figures a title may round
    written = list(dict.fromkeys(_written(m) for s in story for m in FIGURE.finditer(s.text)))
    namer = _Namer(ex, people, names, pace)
    out = []
    for tf in figs:
        pace(len(title))
        prompt, source, said, value, counted = None, title, "", tf.value, tf.counted
        asked_already = False
        for s in story[:_READ]:
            pace(len(s.text))
            text = s.text.strip()
            own = [f for f in figures_in(text) if f.kind == tf.kind and _same(f, tf)]
            if own and 6 <= len(text.split()) <= 45 and how_question(text, own[0], names):
                asked_already = True  # the figure questions ask it (figure_candidates)
                break
        for s in [] if asked_already else lead:
            pace(len(s.text))
            text = s.text.strip()
            at = [m for m in FIGURE.finditer(text) if _written(m) and _same(_written(m), tf)]
            if not at and tf.kind == "count":
                worded = _in_words(text, tf, names)
                if worded:
                    prompt, source, said, value, counted = worded
                    break
            if not at:
                continue
            m = at[0]
            raw = _written(m)
            if tf.kind == "percent":
                raw = re.sub(r"\s?(?:per\s?cent|percent)$", "%", raw, flags=re.I)
            words, end = _counted_after(text, m.end()) if tf.kind == "count" else ("", m.end())
            fig = Figure(tf.kind, raw, words, bool(m.group("mod")), m.start(), end)
            if len(text.split()) > 70:
                continue
            prompt = how_question(text, fig, names) if (fig.counted or tf.kind != "count") and \
                len(text.split()) <= 45 and not _PARTICIPLE.match(text, end) else None  # ("… scooters sold in
            # Norland": the words describe the scooters, "How many … is X recalling sold in Norland?" is no question)
            prompt = _TAIL_CLAUSE.sub("?", prompt) if prompt else _lead_shape(text, fig, namer)
            if prompt:
                source, said, value, counted = text, text[m.start():end], raw, fig.counted
                break
        if asked_already:
            continue
        if not prompt:
            prompt = _title_question(title, tf, namer)
            said = title[tf.start:tf.end]

        if not prompt or len(prompt.split()) > 24:
            continue
        if title[tf.start:tf.start + 1].isalpha():
            value = title[tf.start:].split()[0]  # "Nine hostages": asked as the title writes it (the story's number)
        if counted and tf.kind == "count" and counted.split()[-1] in ("tonnes", "tons", "litres", "barrels",
                                                                      "hectares", "acres", "megawatts"):
            value = f"{value} {counted}"  # "182,000 tonnes": the unit is the answer's
        key = Figure(tf.kind, value if value[:1].isdigit() or value[:1] in "$£€" else tf.value, counted, tf.approx, 0, 0)
        wrong = nearby(key, everywhere, len(title))
        if len(wrong) < 2:
            continue
        question = {
            "id": ids.make("how", " ".join(prompt.split()[1:5])), "type": "choice", "topic": "context",
            "prompt": prompt, "choices": sorted({value, *wrong[:3]}, key=_order), "answer": value,
            "source": " ".join(source.split()),
            "explanation": f"The article says “{' '.join(said.split())}”.",
            "_typed": typed_forms(value, counted) if value[:1].isdigit() or value[:1] in "$£€" else list(dict.fromkeys([
                value, value.lower(), tf.value, f"{value.lower()} {counted}", f"{tf.value} {counted}"])),
        }
        if question["_typed"] and value[:1].isdigit():
            exact = [v for v in written if v != value and v[:1].isdigit() and
                     0 < abs(amount(v) - amount(value)) <= _rounding(amount(value))]
            for v in exact:  # "3.41 million" in the title, 3,408,900 in the body: a student may give either
                question["_typed"] = list(dict.fromkeys([*question["_typed"], *typed_forms(v, counted)]))
        out.append(candidate(question, f"figure:title:{amount(tf.value):g}", 0.92))
    return out


def one_figure(candidates: list) -> None:
    """Every question on a title's figure one fact: the headline question, a figure question and a cloze on the same
    number are one fact asked once (rank.select keeps one question a fact)."""
    titled = {c.fact: float(c.fact.rsplit(":", 1)[1]) for c in candidates if c.fact.startswith("figure:title:")}
    if not titled:
        return
    for c in candidates:
        q = c.question
        if c.fact in titled:
            continue
        if c.fact.startswith("figure:"):
            value = q.get("answer", "") if isinstance(q.get("answer"), str) else ""
        elif q.get("id", "").startswith("number-"):
            gap = re.search(r"\{\{(.+?)\}\}", q.get("prompt", ""))
            value = gap.group(1) if gap else ""
        else:
            continue
        n = amount(value) if value and re.search(r"\d", value) else 0
        for fact, figure in titled.items():
            if n and abs(n - figure) <= max(1e-9 * max(n, figure), _rounding(figure)):
                c.fact = fact  # (within the title's rounding: "8.62 million" is the story's 8,624,300)


def _written(m: re.Match) -> str:
    """A `FIGURE` match's value as the text writes it, spaces made single ("" for a modifier alone)."""
    return " ".join((m.group("money") or m.group("percent") or m.group("count") or "").split())


def _rounding(figure: float) -> float:
    """Half the last place a title's figure is written to ("3.41 million": 5,000; "45,000": 0.5): a figure of the story
    within it is the same figure, rounded for the headline."""
    text = f"{figure:g}"
    mantissa, _, exponent = text.partition("e")
    places = len(mantissa.split(".")[1]) if "." in mantissa else 0
    return 0.5 * 10 ** ((int(exponent) if exponent else 0) - places) if exponent else 0.0
