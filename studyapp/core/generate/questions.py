"""Facts -> candidate questions: who said it, which side wants it, when, in what order, who is who.

Each builder drafts every question its facts allow, realised from the fact's parts (speaker, stance,
demand, event clause), never by cutting or blanking a sentence. `rank.select` then checks and keeps
the best. Distractors always come from the same article and are of the key's kind (people with
people, parties with parties, dates with dates), so a student has to know the story.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from studyapp.core.bank import format_date
from studyapp.core.generate.blocs import apart
from studyapp.core.generate.columns import built_on_aside, is_column, named_plan, writers_aside, year_of_a_name
from studyapp.core.generate.falsehood import implausible, quoted_figure
from studyapp.core.generate.alike import first_position, holds_saying, same_saying, stem
from studyapp.core.generate.checks import (GENERIC_HOLDERS, CheckContext, is_party, looks_like_name, party_in, looks_like_person, norm,
                                           not_a_person,
                                           one_kind, phrase_problem, says_of_what, word_in)
from studyapp.core.generate.dates import DatedEvent
from studyapp.core.generate.facts import Extraction
from studyapp.core.generate.figures import (NAMED, WIRE_LEAD, amount, figures_in, how_question, nearby,
                                            pair_question, scaled, term_length, term_question,
                                            terms_in, typed_forms, vote_question)
from studyapp.core.generate.mainact import lead_candidates, no_holder as _no_holder
from studyapp.core.generate.keyfigure import headline_figure_candidates, one_figure
from studyapp.core.generate.lexicon import (AGENT_NOUNS, ASCII_CASE_PAIRS, COUNTRIES, DEMONYMS, NOT_NAMES, ORG_WORDS,
                                            PARTY_NAMES, TITLE_WORDS)
from studyapp.core.generate.pacing import UNIT, Pacer, pacer
from studyapp.core.generate.people import bracketed_names, profile_subject
from studyapp.core.generate.passers import about_passer_by, passers_by
from studyapp.core.generate.shouting import shouted_words, shouts

# Realising a question about a dated event (its clause, its names, its tense) costs about this many characters'
# reading (see pacing.py).
EVENT_COST = 400
from studyapp.core.generate.pronouns import sexes, unmet_pronoun
from studyapp.core.generate.kinds import _a_state, kind_of, named_as_body, named_as_place, read_cues
from studyapp.core.generate.positions import BARE_COURT, lead_court, name_the, party_name, past_stance, without_descriptor
from studyapp.core.generate.referents import (EVENT_THINGS, NAME_HEADS, ORG_NOUNS, ORG_OWNING, THING_NOUNS, Referents,
                                             _heads_named, ambiguous_head, bare_title, unnamed_owner, unresolved)
from studyapp.core.generate.names import OCCUPATIONS
from studyapp.core.generate.people import bare_office, kin_role, owned_role, role_fault
from studyapp.core.generate.sides import neutral, not_a_side, weak_holder
from studyapp.core.generate.text import is_word_char, word_in, word_starts
from studyapp.core.generate.timeline import as_coming, one_dated_clause, quoted_words, reports_saying, unfit_item
from studyapp.core.generate.realise import (DETERMINERS, IRREGULAR, agree_joined, clean_clause, finite,
                                            has_finite_verb, lead_in, lower_first, one_event, owner_mismatch,
                                            plural_verb, present_condition,
                                            sentence_case, subject_of, when_question, common_subject,
                                            needs_article, _INSTITUTION_LAST)

# Fixed patterns used per sentence or per question, compiled once (tests/core/generate/test_regex_cache.py)
_AGENT_NOUN_FORM = re.compile(r"[a-z-]{2,}(?:er|or|ist|ian|man|woman|person)|[a-z-]{3,}(?<!m)(?:ant|ent)")
_LINK_WORDS_AT_END = re.compile(r"(?:\s+(?:of|and|for|the|&))+$")
_WORD_BEFORE_END = re.compile(r"([\w’'&.-]+)\s+$")
_NAME_WORD_AFTER = re.compile(r"\s+(?:(?:and|of|&)\s+)?((?-i:[A-Z])[\w’'-]+)")

MIN_QUOTE_WORDS = 6
MAX_QUOTE_WORDS = 45
MAX_ITEM_WORDS = 14
_ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@dataclass
class Candidate:
    """A drafted question, the fact it asks about (one question per fact and type) and its kind's worth."""

    question: dict
    fact: str
    priority: float


def slug(text: str, limit: int = 40) -> str:
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    t = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    return (t[:limit].rstrip("-") or "x")


class Ids:
    def __init__(self) -> None:
        self.used: set[str] = set()

    def make(self, *parts: str) -> str:
        base = "-".join(slug(p, 30) for p in parts if p)[:70].rstrip("-")
        qid, n = base, 2
        while qid in self.used:
            qid, n = f"{base}-{n}", n + 1
        self.used.add(qid)
        return qid


def _date_label(value: str) -> str:
    return format_date(value) if _ISO.match(value) else value


_LOWER_WORD = re.compile(r"[a-z][A-Za-z'’-]*")
_MID_CAPITAL = re.compile(r"(?<=[a-z,;’'\d] )[A-Z][A-Za-z'’-]*")  # (after a colon a capital opens a sentence: "OSLO: Thousands of …")
_CAPITAL = re.compile(r"[A-Z][A-Za-z'’-]*")


def name_words(ex: Extraction, pace: Pacer | None = None) -> frozenset[str]:
    """Words the article writes capitalised in mid-sentence and never in lower case: names, which keep
    their capital inside a question ("Biden"), unlike a sentence's first word ("Talks", "People"). Read a
    paragraph at a time (no word crosses one), so `pace` hears of the reading."""
    pace = pace or Pacer()
    text = ex.article.body
    lower: set[str] = set()
    mid: list[str] = []
    capital: list[str] = []
    for a, b in ex.article.paragraphs:
        pace(b - a)
        lower.update(_LOWER_WORD.findall(text, a, b))
        mid += _MID_CAPITAL.findall(text, a, b)
        capital += _CAPITAL.findall(text, a, b)
    known = {c.lower() for c in COUNTRIES} | set(DEMONYMS)
    # a name the article only ever writes first in its sentences ("Grenmoor will close …") is still a name: the
    # cast found it, and the article never writes the word in lower case
    named = [w for m in ex.cast.mentions if m.kind in ("org", "person")
             for w in _CAPITAL.findall(m.person or m.text if m.kind == "person" else m.text)
             if w.lower() not in lower and w.lower() not in TITLE_WORDS]
    return frozenset([t for t in mid if t.lower() not in lower] + [t for t in capital if t.lower() in known] + named +
                     _short_names(ex, pace))


_NAME_TOKEN = re.compile(r"[A-Za-z][\w’'-]*|[.!?;:,“”\"]")


def _short_names(ex: Extraction, pace: Pacer) -> list[str]:
    """A word of a longer name the article also uses alone as the name ("Harwick Town" … "Town were relegated",
    "Town's last game"): the word of the name book written with its capital, after no capitalised word or
    determiner, and before a finite verb or as a possessive. It keeps its capital though the article also writes it
    in lower case ("this town"): a common noun would need "the" there."""
    book = {w for m in ex.cast.mentions if m.kind in ("org", "person") and " " in m.text.strip()
            for w in _CAPITAL.findall(m.text) if w.lower() not in TITLE_WORDS and w.lower() not in DETERMINERS}
    if not book:
        return []
    text = ex.article.body
    found: set[str] = set()
    for a, b in ex.article.paragraphs:
        pace(b - a)
        tokens = _NAME_TOKEN.findall(text, a, b)
        for i, tok in enumerate(tokens[:-1]):
            word = re.sub(r"['’]s$", "", tok)
            if word not in book or word in found:
                continue
            prev = tokens[i - 1] if i else "."
            if prev[:1].isupper() or prev.lower() in DETERMINERS:
                continue  # "Harwick Town", "the Town Hall": inside a longer name or a phrase
            if word != tok or finite(tokens[i + 1], sure=True):
                found.add(word)
    return sorted(found)


def full_names(text: str, people: list[dict], bodies: tuple[str, ...] = (), bare_too: bool = True) -> str:
    """'Mr Blinken' or a bare 'Blinken' -> 'Antony Blinken' when the article names one such person: a
    question is read without the article, where the surname alone may not be enough."""
    by_surname: dict[str, list[str]] = {}
    # a surname a body is also named by ("Brackwell Home", its founder's son Laurence Brackwell): a bare
    # "Brackwell" may be the body, so only "Mr Brackwell" is filled in
    bodies = " ".join([p["name"] for p in people if p.get("role") == "organisation"] + list(bodies))
    for p in people:
        if " " in p["name"] and p.get("role") != "organisation":
            by_surname.setdefault(p["name"].split()[-1], []).append(p["name"])
    for surname, names in by_surname.items():
        if len(names) != 1:
            continue
        full = names[0]
        if surname not in text:
            continue  # most names are not in most texts
        text = _TITLED.sub(lambda m, s=surname, f=full: f if m.group(1) == s else m.group(0), text)
        if not bare_too or word_in(surname, bodies):
            continue
        text = _each_word(text, surname, lambda t, at, f=full: f if _bare_surname(t, at, f, len(surname)) else None)
    return text


# "Mr Blinken", "Dr. Okafor": a title and the word after it, one fixed pattern for every name (a pattern per name
# pushed the fixed ones out of the re module's cache, so each draft compiled them all again)
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? ([A-Z][\w’'-]*)")
_INITIAL_BEFORE = re.compile(r"[A-Z]\. $")
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?) $")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def _bare_surname(text: str, at: int, full: str, length: int) -> bool:
    """A bare surname to fill in: not already after its given name, not after an initial ("E. Tallis": the
    article's own way of giving the name whole), not before another capitalised word ("Brackwell Home"), and no
    other person's given name before it."""
    first = full.rsplit(" ", 1)[0] + " "
    return not text.endswith(first, 0, at) and not _INITIAL_BEFORE.search(text, max(0, at - 3), at) and \
        not _CAPITAL_AFTER.match(text, at + length) and not _another_given_name(text, at) and \
        not _DETERMINER_BEFORE.search(text, max(0, at - 5), at)  # "the Biden administration": a name as a modifier


def _each_word(text: str, word: str, new: Callable[[str, int], str | None]) -> str:
    """`text` with each whole-word `word` replaced by what `new(text, at)` gives (None: left as written); `at` is
    the word's place in the text as it was."""
    out, last = [], 0
    for at in word_starts(word, text):
        replacement = new(text, at)
        if replacement is not None:
            out += [text[last:at], replacement]
            last = at + len(word)
    out.append(text[last:])
    return "".join(out)


# A date written only as a time of day: "at 9am", "by 10.30 p.m.", "shortly after 14:00", "at noon"
_CLOCK_ONLY = re.compile(r"(?:(?:at|by|from|until|till|before|after|around|about|shortly\s+(?:before|after)|just\s+"
                         r"(?:before|after))\s+)?(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[.:]\d{2}(?:\s*(?:hrs|GMT|BST|ET|UTC))?|"
                         r"noon|midday|midnight)", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*) $")


def _another_given_name(text: str, at: int) -> bool:
    """'Piet Dorr' when the bank lists only 'Senna Dorr': a capitalised word just before the surname that is
    no title and no common word is someone else's given name, and the name is left as written (it was
    'Piet Senna Dorr')."""
    word = _WORD_BEFORE.search(text, max(0, at - 40), at)
    return bool(word) and word.group(1).lower() not in TITLE_WORDS and word.group(1).lower() not in NOT_NAMES


def party_of(side: str) -> str:
    return side.split(" (")[0].strip()


def build_people(ex: Extraction) -> list[dict]:
    """The bank's [[people]]: speakers, and others the article clearly marks as people (a role or a 'Mr X')."""
    speakers = {q.speaker.name for q in ex.quotes if q.speaker}
    speakers |= {c.speaker.name for c in ex.claims if c.speaker.kind == "person"}
    people = []
    names = set()
    cast = {p.name: p for p in ex.cast.people}
    spelt = _SpeltOut(ex.article.body)
    newsroom = _newsroom_names(ex.article.body)
    longer = _longer_names(ex)
    for p in ex.cast.people:
        if p.name not in speakers and not p.role and not p.aliases:
            continue
        if p.name not in speakers and _inside_a_street(p.name, ex.article.body):
            continue  # "King William Street": a street's name, read as a King's
        if p.name not in speakers and p.name in newsroom:
            continue  # "My colleague Ann Roe will have full analysis tomorrow": the writer's newsroom, no one of the
            # story (offered among its people, a reader picks her out as the byline's)
        if p.name not in speakers and not _in_story(ex, p.name):
            continue  # "By Teresa Hollin | Lakeshore Ledger": a byline's names, never a person of the story
        if named_plan(p.name):
            continue  # "Clean Air Zone", "the Connect 2030 plan": a plan or a policy is no one (see columns.py)
        entry = {"name": p.name}
        role = kin_role(p, cast, ex.cast.mentions, ex.article)  # "daughter of X", never "Her daughter"
        if role and _BODY_ROLE.match(role):
            entry["role"] = "organisation"  # "X, a campaign formed by swimmers": a body the name rules read as one
        elif role and role_fault(role):
            if p.name not in speakers and not p.aliases:
                continue  # a role cut or run into its clause is no description the bank can show a teacher
        elif role:
            # ("the Medicines and Health Products Authority's …", not "the MHPA's")
            entry["role"] = spelt.words(_whole_owner(role, longer, ex.article.body))[:500]
        elif p.name not in speakers and not p.aliases:
            continue  # a kin word whose owner the article leaves open: no role to give
        if p.side:
            side = longer.get(p.side) or p.side
            entry["side"] = spelt.full.get(side, side)[:500]  # ("NDMA" is the agency it stands for)
        aliases = [a for a in p.aliases if a and a != p.name]
        if aliases:
            entry["aliases"] = aliases
        people.append(entry)
        names.add(p.name)
    for q in ex.quote_facts():
        if q["speaker_type"] == "organisation" and q["speaker"] not in names:
            people.append({"name": q["speaker"], "role": "organisation"})
            names.add(q["speaker"])
    return people


# The writer's own newsroom before a name: "my colleague", "our correspondent", "our political editor"
_NEWSROOM = re.compile(r"\b(?:[Mm]y|[Oo]ur)\s+(?:[a-z]+\s+){0,2}?(?:colleagues?|correspondents?|reporters?|editors?|"
                       r"producers?|photographers?|columnists?)\s*,?\s+((?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){1,3})")


_STREET_WORDS = frozenset("street road avenue lane square boulevard drive place terrace parade crescent way".split())
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")


def _inside_a_street(name: str, body: str) -> bool:
    """Whether a name ending in a street's word ("William Street") is always the end of a longer capitalised name
    in the article ("King William Street"): a street, no person (a "Yvonne Street" named alone is one)."""
    if name.rsplit(" ", 1)[-1].lower() not in _STREET_WORDS:
        return False
    at = body.find(name)
    seen = False
    while at >= 0:
        if not _CAPITAL_BEFORE.search(body, max(0, at - 30), at):
            return False
        seen = True
        at = body.find(name, at + len(name))
    return seen


def _longer_names(ex: Extraction) -> dict[str, str]:
    """A body's name cut to its last words ("Steel Workers", "Movement") → the one longer name the article gives
    that ends in them ("Federation of Metal and Steel Workers", "Karst Valley People's Movement"): a role's owner
    read from "Its general secretary" after a name with an "and" or an "of" inside it is that whole name."""
    sides = list(dict.fromkeys(party_of(x) for x in ex.sides()))
    names = list(dict.fromkeys([*sides, *ex.cast.orgs]))
    out: dict[str, str] = {}
    for short in names:
        if not short[:1].isupper():
            continue
        # (the whole name one of the story's sides, and a body's: never "CEO of X" the cast took for a body)
        whole = [n for n in sides if n != short and (n.endswith(" " + short) or n.startswith(short + " and ")) and
                 n[:1].isupper() and len(n.split()) <= 7 and " and the " not in n and is_party(n) and
                 _more_than_a_word(n, short)]
        if len(whole) == 1:
            out[short] = whole[0]
    return out


# a body's name read with "the" ("the Federation of …", "the Karst Valley People's Movement")
_WRITTEN_WITH_THE = re.compile(r"(?:Federation|Union|Association|Council|Board|Movement|Confederation|Society)\b|"
                               r".*\b(?:Federation|Union|Association|Council|Board|Movement|Confederation|Society|"
                               r"Alliance|Coalition|Front|Commission|Committee|Authority)$")


def _more_than_a_word(whole: str, short: str) -> bool:
    """Whether a longer name adds a name's words to the short one ("Federation of Metal and", "Karst Valley
    People's"), not one word before it ("Developer Ashcombe Homes", "Suppliers Brightwell Energy": a description
    the cast ran into the name)."""
    extra = whole[:len(whole) - len(short)] if whole.endswith(short) else whole[len(short):]
    words = extra.split()
    return len(words) >= 2 or any(w in ("of", "and", "&") for w in words)


def _whole_owner(role: str, longer: dict[str, str], body: str) -> str:
    """'general secretary of Steel Workers' → '… of Federation of Metal and Steel Workers' (see `_longer_names`)."""
    at = role.find(" of ")
    while at >= 0 and (role[at + 4:] not in longer or role[:at].rsplit(" ", 1)[-1][:1].isupper()):
        at = role.find(" of ", at + 4)  # (a role's noun before "of": never "the University of …" cut inside)
    if at >= 0:
        head, whole = role[:at], longer[role[at + 4:]]
        the = "the " if _WRITTEN_WITH_THE.match(whole) or _written_with_the(whole, body) else ""
        return f"{head} of {the}{whole}"
    return role


def _newsroom_names(body: str) -> set[str]:
    """The names the writer gives as a colleague of the page's own ("My colleague Ann Roe", "our correspondent
    Tom Ray"): read once per article."""
    return {m.group(1) for m in _NEWSROOM.finditer(body)}


def _in_story(ex: Extraction, name: str) -> bool:
    """Whether a name stands in a story sentence, not only in page furniture (a byline, a credit)."""
    for at in _occurrences(ex.article.body, name):
        s = ex.article.sentence_at(at)
        if s is None or not s.furniture:
            return True
    return False


# "Save the Harbour Baths, a campaign formed by swimmers": a body's description, which no person's role is
_BODY_ROLE = re.compile(r"(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:campaign|coalition|charity|group|movement|alliance|"
                        r"network|association|organi[sz]ation|society|trust|body)(?:\s+(?:formed|set|founded|launched|"
                        r"started|that|which|of|led|run|backed|made|representing|for|with|campaigning|fighting)\b|$)")


def _who(person: dict) -> str:
    role = person.get("role", "")
    return f"{person['name']} ({role})" if role and role != "organisation" else person["name"]


class Distractors:
    """Other people of the key's kind, those who speak in the article first, then others it names; the
    pools are built once per bank, not once per question (a 2 MB article has thousands of quotes)."""

    def __init__(self, people: list[dict], speakers: list[str], persons: set[str] | None = None,
                 gone: frozenset[str] = frozenset()):
        self.gone = gone  # people the article reports dead: offered last, only where no one living is left
        self.kind = {p["name"]: "organisation" if p.get("role") == "organisation" else "person" for p in people}
        if persons is not None:  # the cast knows better than a role whether a name is a person
            self.kind.update({n: "organisation" for n in self.kind if n not in persons})
        ordered = list(dict.fromkeys([*speakers, *(p["name"] for p in people)]))
        self.pools: dict[str, list[str]] = {"person": [], "organisation": []}
        for name in ordered:
            kind = self.kind.get(name, "person")
            if looks_like_name(name) and (kind != "person" or " " in name and looks_like_person(name)):
                self.pools[kind].append(name)

    def of(self, key: str, text: str = "") -> list[str]:
        pool = self.pools[self.kind.get(key, "person")]
        out = []
        ordered = unnamed_first(pool, text) if text else pool
        for name in ordered:
            if name != key and name not in self.gone:
                if text and (word_in(name, text) or len(name.split()[-1]) >= 2 and word_in(name.split()[-1], text)):
                    break  # "… and thanked X for …", "he expected … to support X": X, named in the prompt, is no
                    # speaker to offer (blind readers judged such a choice unfit even as the second wrong option)
                out.append(name)
                if len(out) == 3:
                    break
        for name in ordered:  # the dead only make up the two wrong options a question needs, never a third
            if len(out) >= 2:
                break
            if name != key and name in self.gone and not (text and _ABOUT_SOMEONE.search(text)) and \
                    not (text and (word_in(name, text) or word_in(name.split()[-1], text))):
                out.append(name)  # (not for words about him or her: "… owes her something", "X had changed …")
        return out


# A third person the quoted or reported words are about: a dead person offered as their speaker is the one they
# describe (an obituary's "Every child … owes her something"), no choice at all
_ABOUT_SOMEONE = re.compile(r"\b(?:she|her|hers|he|him|his)\b", re.IGNORECASE)


def unnamed_first(names: list[str], text: str) -> list[str]:
    """Wrong options the question's own text does not name, first: "Who hopes that Lena Roy will win?" with
    Lena Roy offered is no choice at all (readers found it). Named ones stay last, for an article with
    too few others, so the question is still asked."""
    def named(name: str) -> bool:
        last = name.split()[-1] if " " in name else ""
        return word_in(name, text) or (len(last) >= 2 and last[0].isupper() and word_in(last, text))
    return sorted(names, key=named)  # stable: the article's order within each group


# Words that carry no content of their own in a quotation: pronouns, auxiliaries, articles, prepositions and other
# small words. A quotation left with fewer than MIN_CONTENT_WORDS others says nothing a student can place.
_SMALL_WORDS = set("""i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
one this that these those there here what who whom which whose when where why how all any both each every some such
no not nor only own same so too very just also even still then than now again ever never always really quite rather
a an the and or but if because as until while of at by for with about against between into through during before
after above below to from up down in out on off over under further once since though although unless whether be
am is are was were been being have has had having do does did doing will would shall should can could may might
must ought let get got go going gone s t d ll m re ve don isn aren wasn weren hasn haven hadn doesn didn won
wouldn shan shouldn couldn mustn yes oh well like thing things lot way much many more most""".split())
MIN_CONTENT_WORDS = 3
_THIRD_PERSON = re.compile(r"\b(?:he|she|they)\b", re.IGNORECASE)
_NAMED_WORD = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!I\b|I['’])[A-Z][a-z][\w-]*")
_ADJECTIVE_DEMONYMS = {d for d in DEMONYMS if not d.endswith("s")}


def says_little(text: str, reported: bool = False) -> bool:
    """True when "Who said" of this quotation asks about nothing a student can place: its words beside pronouns and
    small words are too few ("It was all there for us"), or it is about a he, she or they it never names ("Once he
    retired, nobody kept the garden going"), so only the article knows what it is about."""
    words = re.findall(r"[A-Za-z]+", text.replace("’", "'"))
    if sum(w.lower() not in _SMALL_WORDS for w in words) < MIN_CONTENT_WORDS:
        return True
    first = next((w for w in words if w.lower() not in _SMALL_WORDS or _THIRD_PERSON.fullmatch(w)), "")
    # the pronoun comes before any noun it could stand for ("Drivers say they will strike" names its "they")
    if not _THIRD_PERSON.fullmatch(first) or reported and first.lower() != "they":
        return False  # (reported, "he said he would resign": the "he" is the speaker)
    inside = text.strip("\"“”‘' ")
    # a possessive ("by Astley's kindness") or an adjective ("the Spanish clubs") names whose, not who "they" are
    return not any(not re.match(r"['’]s\b", inside[m.end():m.end() + 3]) and
                   inside[m.start():m.end() + 20].split()[0].lower().strip(".,;:!?") not in _ADJECTIVE_DEMONYMS
                   for m in _NAMED_WORD.finditer(inside))


def _quote_text(text: str) -> str | None:
    """The quotation as asked: whole when short enough, else its first complete sentences; never cut."""
    t = " ".join(text.strip("\"“”").split()).rstrip(",")
    if len(t.split()) <= MAX_QUOTE_WORDS:
        return t
    out = ""
    for m in re.finditer(r".+?[.!?](?=\s|$)", t):
        nxt = (out + " " + m.group().strip()).strip()
        if len(nxt.split()) > MAX_QUOTE_WORDS:
            break
        out = nxt
    return out if len(out.split()) >= MIN_QUOTE_WORDS else None


def _times_named(name: str, text: str, enough: int = 2) -> int:
    """How many times `name` stands in `text` between word boundaries, counted up to `enough` (a long article
    is not read to its end for a name it gives twice early on)."""
    n = 0
    at = text.find(name)
    while at >= 0 and n < enough:
        end = at + len(name)
        if not (at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")) and \
                not (end < len(text) and (text[end].isalnum() or text[end] == "_")):
            n += 1
        at = text.find(name, at + 1)
    return n


def _parties(ex: Extraction, people: list[dict], pictured: CheckContext) -> list[str]:
    """The article's parties (sides holding positions, then organisations it names), never a person, and never
    an organisation named only in a picture's caption ("near the offices of the … Agency"): offered as a side,
    it is a party the story never mentions. An organisation that holds no position, says nothing and is named
    once, in passing ("the quay was laid out for the old trading company"; a state that no longer exists), is
    no party of the story either: offered beside the ones that act in it, it is the odd option out."""
    persons = {p.name for p in ex.cast.people if p.kind == "person"}
    sides = ex.sides()
    captioned = set(pictured.caption_lines())
    story = "\n".join(line for line in ex.article.body.split("\n") if line.strip() not in captioned) \
        if captioned else ex.article.body
    speakers = {q.speaker.name for q in ex.quotes if q.speaker} | {c.speaker.name for c in ex.claims if c.speaker}
    out: list[str] = []
    for name in [*sides, *ex.cast.orgs]:
        if name not in sides and name not in speakers and _times_named(name, story) < 2:
            continue
        holder = name in sides or name in speakers
        name = without_descriptor(party_name(party_of(name)), ex.cast)
        if name not in out and name not in persons and party_in(name, ex.article.body) and \
                not kind_of(name, ex.article.body) and not named_as_place(name, ex.article.body) and \
                side_fit(name, ex, persons, holder):  # "Alder Crossing", "Central Lawn": where, never who
            out.append(name)
    return out


def side_text(ex: Extraction) -> str:
    """The text a side's name is read in, as the checks read it (the title, then the body)."""
    return ex.derived("side text", lambda: ex.article.title + "\n" + ex.article.body)


def side_fit(name: str, ex: Extraction, persons: set[str] | frozenset[str], holder: bool) -> bool:
    """Whether `name` may be offered as a side (see sides.py): a party the article names, and a court, a university
    or a mediator only where it holds a position or says something itself."""
    return not not_a_side(name, side_text(ex), persons, _holders(ex)) and \
        (holder or not (neutral(name) or _a_country(name) or _a_state_of(name, ex)))


def _a_state_of(name: str, ex: Extraction) -> bool:
    """A state the article speaks of as one though the lexicon does not know it ("Ostravia" beside "Ostravian
    officials"): like a known country, where things happen in a story of companies, never a side of its own there."""
    if " " in name or named_as_body(name, ex.article.body):
        return False  # ("the airline Fjordair": a body, whatever its name)
    _, _, states, capitalised = read_cues(ex.article.body)
    return _a_state(name, states, capitalised)


def _a_country(name: str) -> bool:
    """A country the lexicon knows ("United Kingdom", "UK"): in a takeover or a strike it is where things happen,
    so it is offered as a side only where it holds a position or says something itself (`side_fit`)."""
    return name in COUNTRIES or PARTY_NAMES.get(name.lower(), "") in COUNTRIES


def _named_whole(word: str, ex: Extraction) -> str:
    """The one party the article names whose name ends on `word` ("Cooperative" → "Kerrin Bay Fishermen's
    Cooperative"), else ''."""
    if " " in word:
        return ""
    longer = {n for n in [*ex.sides(), *ex.cast.orgs] if n.lower().endswith(" " + word.lower()) and
              not not_a_side(n, side_text(ex))}
    return next(iter(longer)) if len(longer) == 1 else ""


def _whole_side(name: str, ex: Extraction) -> str:
    """A speaker the article names by a common noun only ("the cooperative said …") as the one party whose name ends
    on it ("Kerrin Bay Fishermen's Cooperative"); any other name as it is."""
    if " " not in name and name not in ex.cast.orgs and not any(c.name == name for c in ex.cast.people):
        # "Cabrera said" of "Elena Cabrera Montes": one of a person's two surnames is that person and their party
        within = [c for c in ex.cast.people if c.kind == "person" and name in c.name.split()[1:-1]]
        if len(within) == 1:
            return party_of(within[0].side) or within[0].name
    if BARE_COURT.fullmatch(name) and lead_court(ex.article.body):
        return lead_court(ex.article.body)  # "the Bench observed": the court the story's opening names
    if " " in name or not weak_holder(name, side_text(ex), holders={name}):
        return name
    return _named_whole(name, ex) or name


def _holders(ex: Extraction) -> frozenset[str]:
    """Who holds a position or says something in the extracted facts."""
    return ex.derived("holders", lambda: frozenset(ex.sides()) | {q.speaker.name for q in ex.quotes if q.speaker} |
                      {c.speaker.name for c in ex.claims if c.speaker} |
                      {party_of(c.side) for c in ex.cast.people if c.side})


def _owner(org: str, parties: list[str]) -> str:
    """'Russia's foreign ministry' speaks for Russia when Russia is one of the article's parties."""
    m = re.match(r"^(?:the\s+)?(.+?)['’]s?\s+\w", org, re.IGNORECASE)
    if m and m.group(1) in parties:
        return m.group(1)
    return org


@functools.lru_cache(maxsize=4096)
def _said_words(text: str) -> tuple[str, ...]:
    """(Read once per text: every saying is compared with every other.)"""
    return tuple(_SAID_WORD.findall(text.lower().replace("’", "'")))


def _same_said(ex: Extraction, text: str, speaker: str) -> set[str]:
    """The other sides the article has saying the same thing ("The trust said the fine was too small. The network
    also said the fine was too small for …"): each is a right answer too, so never a wrong option."""
    words = _said_words(text)
    if len(words) < 3:
        return set()
    out: set[str] = set()
    said = [(c.speaker.name, c.claim) for c in ex.claims if c.speaker is not None]
    said += [(p.side.split(" (")[0], p.demand) for p in ex.positions if p.stance == "says that"]
    for who, other in said:
        if who == speaker:
            continue
        theirs = _said_words(other)
        n = min(len(words), len(theirs))
        if n >= 3 and words[:n] == theirs[:n]:
            out.update({who, party_name(who)})
            continue
        if _same_point(text, other):  # the same point in other words
            out.update({who, party_name(who)})
    for p in ex.positions:  # or held as a position ("Y criticises the survey plan as too narrow")
        who = p.side.split(" (")[0]
        if who != speaker and p.stance != "says that" and _same_point(text, p.demand):
            out.update({who, party_name(who)})
    # and the side's other self: the members or the body it forms ("Tenants' union" beside the "… Tenants and
    # Residents Union"), which shares every position of the speaker's
    mine = {speaker, party_name(speaker)}
    for p in ex.positions:
        if p.side.split(" (")[0] in mine and p.stance == "says that":
            out.update(p.shared_with)
    return out


def _same_point(a: str, b: str) -> bool:
    """Whether two sayings make one point: three content words shared, and most of the smaller one's."""
    mine, its = _content_stems(a), _content_stems(b)
    return len(mine & its) >= 3 and len(mine & its) >= 0.6 * min(len(mine), len(its))


def _side_said(ids: Ids, parties: list[str], speaker: str, prompt: str, source: str,
               fact: str, priority: float, article: str = "", also_right: set[str] = frozenset()) -> Candidate | None:
    """'Which side said …?' for an organisation: its options are the article's other parties, none of those
    `also_right` (who said the same)."""
    key = party_name(_owner(speaker, parties))
    longer = [p for p in parties if p != key and p.lower().endswith(" " + key.lower().removeprefix("the "))]
    if " " not in key.strip() and len(longer) == 1:
        key = longer[0]  # "the union" is the Harbour Workers Union when the article names only one
    others = apart(key, unnamed_first([p for p in parties if p != key and key not in p and p not in key and
                                       not _BENCH.search(p) and p not in also_right],
                                      prompt))  # a court is no side that could have said it
    others = one_kind(key, others, article)  # nor "Norvanian" beside "Norvania", a body beside a part of it
    if article and not_a_side(key, article, holders={key, speaker}):
        return None  # "Which side said …?" → "Industry": no party the article names (see sides.py)
    if key != speaker and any(w[:1].islower() and w not in ("of", "and", "for", "the", "&") for w in speaker.split()):
        return None  # "Teachers' unions in Norland" said it, not the state of Norland
    if len(others) < 2:
        return None
    unnamed = [o for o in others if not word_in(o, prompt)]
    if len(unnamed) >= 2:  # "… than a bid by rival X": X is no one's guess for who said it, when others are there
        others = unnamed
    return Candidate({
        "id": ids.make("side-said", key, " ".join(prompt.split()[2:6])), "type": "choice",
        "topic": "who-said-what", "prompt": prompt, "choices": sorted([key, *others[:3]]), "answer": key,
        "source": source, "explanation": f"The article gives this as what {speaker} said.",
    }, fact, priority)


# A claim whose subject is a bare quantifier ("most would reopen on Monday", "some were closed"): of what, only the
# sentences before say
_QUANTIFIER_SUBJECT = re.compile(r"(?:most|some|many|all|none|several|both|few|others|the\s+rest)\s+(?:of\s+them\s+)?"
                                 r"(?:would|will|were|are|was|is|had|have|has|could|can|should|must|may|might|remain\w*|"
                                 r"stay\w*)\b", re.IGNORECASE)
# A side's verb on a thing, then ", saying it …": "it" is that thing ("rejected that offer, saying it did not protect …")
_SAYING_IT_OF = re.compile(r"\b(?:rejected|rejects|dismissed|dismisses|criticised|criticized|criticises|criticizes|"
                           r"welcomed|welcomes|attacked|attacks|opposed|opposes|condemned|condemns|turned\s+down|"
                           r"praised|praises|backed|backs)\s+(?:the|that|this|its|their)\s+[^,.;]{1,60},\s+"
                           r"(?:saying|arguing|adding|warning)\s+(?:that\s+)?it\b")
# A verdict on a thing with "it" for its subject ("said it did not go far enough", "it fell short"): a side judges a
# report, a plan or a deal the sentences before name, never says so of itself
_IT_JUDGED = re.compile(r"it\s+(?:(?:did|does|would|will)\s+not\s+|(?:didn|doesn|wouldn|won)['’]t\s+)?(?:go|goes|went|"
                        r"had\s+gone|has\s+gone)\s+(?:far\s+enough|too\s+far)|it\s+(?:fell|falls|had\s+fallen|has\s+fallen)"
                        r"\s+(?:far\s+|well\s+)?short\b|it\s+(?:was|is)\s+(?:deeply\s+|seriously\s+|fundamentally\s+)?"
                        r"(?:flawed|a\s+missed\s+opportunity|a\s+step\s+in\s+the\s+right\s+direction|a\s+good\s+start)\b")
_ANY_THIRD_PERSON = re.compile(r"\b(?:he|she|him|his|her|they|them|their)\b", re.IGNORECASE)


def _side_said_true(ids: Ids, ex: Extraction, parties: list[str], speaker: str, said: str, source: str,
                    fact: str) -> Candidate | None:
    """'True or false: the Tarrow Isles Council said …' where too few other parties are there to ask 'Which
    side said …?' among (a described group or a title fragment is no option): one of the article's parties only
    (not a caller the cast could not place, "Jerome said: …")."""
    key = party_name(speaker)
    if key not in parties or not_a_side(key, side_text(ex), holders={key, speaker}) or not is_party(key) or \
            _ANY_THIRD_PERSON.search(re.sub(r"“.*”", "", said)):
        return None  # (nor "… said that they had learned …": who they are, only the article says)
    end = "" if re.search(r"[.!?]”?$", said) else "."
    subject = subject_of(key)
    if subject == key and _written_with_the(key, ex.article.body):
        subject = "the " + key  # "the Joint Advisory Panel", as the article writes it
    return Candidate({
        "id": ids.make("tf-side-said", key, " ".join(said.split()[1:5])), "type": "choice",
        "topic": "who-said-what", "prompt": f"True or false: {sentence_case(subject)} {said}{end}",
        "choices": ["True", "False"], "answer": "True", "source": source,
        "explanation": f"The article gives this as what {speaker} said.",
    }, fact, 0.35)  # (below the other forms of its fact: asked only where none is kept)


def _written_with_the(name: str, body: str) -> bool:
    """Whether the article writes a name with "the" at most of its mentions ("the Joint Advisory Panel"): a
    statement that opens on it bare reads as a headline's."""
    if not name[:1].isupper() or name.startswith(("The ", "the ")):
        return False
    return 2 * (body.count("the " + name) + body.count("The " + name)) > body.count(name) > 0


_DEATH_AFTER = ("'s death", "’s death", " died", " has died", " had died", " was killed", " was murdered",
                " passed away", "'s killing", "’s killing", "'s murder", "’s murder", "'s funeral", "’s funeral",
                " was beaten to death", " was shot and killed", " was shot dead", " was fatally shot",
                " was stabbed to death", " was fatally stabbed", " was killed by", ", who died", ", who has died", ", who had died", ", who passed",
                " who passed away", ", who was killed")
_DEATH_BEFORE = ("the late ", "death of ", "killing of ", "murder of ", "funeral of ")
# "She died in 2011.", "since he passed, you've …", "after she passed away": a death told of a "he" or "she", whose
# person is the one named just before (not "he passed the ball", "she passed her exams")
_PRONOUN_DEATH = re.compile(r"\b(?:he|she)\s+(?:has\s+|had\s+)?(?:died|passed\s+away|was\s+(?:killed|murdered)|"
                            r"passed(?=\s*(?:[,.;:!?”\"’]|$|in\s+\d|on\s|last\s|away)))", re.IGNORECASE)


# a description set off after the name, then the death: "X, the chemist whose tests closed two tanneries, has died"
_SET_OFF_DEATH = re.compile(r",[^.;:!?\"“”,]{1,160}(?:,[^.;:!?\"“”,]{1,80})?,\s+(?:has\s+|had\s+)?(?:died|passed\s+away)\b")


def _named_in(text: str, person: dict, firsts: dict[str, int]) -> bool:
    """Whether `text` names the person: in full, by surname, or by a given name no one else in the article has."""
    name = person["name"]
    parts = name.split()
    words = [name, *(parts[-1:] if len(parts) > 1 else [])]
    if len(parts) > 1 and firsts.get(parts[0], 0) == 1:
        words.append(parts[0])
    return any(len(w) >= 3 and _word_at(text, w) for w in words)


def _word_at(text: str, word: str) -> bool:
    """Whether `word` stands in `text` as a whole word (no letter, digit or hyphen touching it); a string search,
    not a pattern per name (see test_regex_cache)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at > 0 and (text[at - 1].isalnum() or text[at - 1] in "-_")) and \
                not (end < len(text) and (text[end].isalnum() or text[end] in "-_")):
            return True
        at = text.find(word, at + 1)
    return False


def dead(body: str, people: list[dict], speakers: set[str]) -> set[str]:
    """People the article reports dead ("Lena Roy's death", "the late Lena Roy", "Lena Roy, who passed in 2011",
    "… Lena Roy. She died in 2011.", "since she passed") who say nothing in it: offered as the speaker of a
    quotation they could not have given, or as the holder of a view, they are no choice at all. A "he" or "she"
    who died is the one person who says nothing named in that sentence, before the pronoun, or the one before."""
    low = body.lower()
    out = set()
    for p in people:
        name = p["name"]
        if name in speakers:
            continue
        for w in dict.fromkeys([name.lower(), name.split()[-1].lower()]):
            if len(w) >= 3 and (any(w + a in low for a in _DEATH_AFTER) or any(b + w in low for b in _DEATH_BEFORE)):
                out.add(name)
        at = body.find(name)  # "Ingrid Vasquez-Hale, the chemist whose …, has died": an obituary's lead
        while at >= 0 and name not in out:
            if _SET_OFF_DEATH.match(body, at + len(name), at + len(name) + 200):
                out.add(name)
            at = body.find(name, at + 1)
    silent = [p for p in people if p["name"] not in speakers and p.get("role") != "organisation"]
    if not silent:
        return out
    firsts: dict[str, int] = {}
    for p in people:
        if " " in p["name"]:
            firsts[p["name"].split()[0]] = firsts.get(p["name"].split()[0], 0) + 1
    for m in _PRONOUN_DEATH.finditer(body):
        start = max(body.rfind(". ", 0, m.start()), body.rfind("\n", 0, m.start()))
        before = max(body.rfind(". ", 0, max(start, 0)), body.rfind("\n", 0, max(start, 0)), 0) if start > 0 else 0
        window = body[before:m.start()]
        named = [p["name"] for p in silent if _named_in(window, p, firsts)]
        if len(named) == 1:
            out.add(named[0])
    return out


def _distractors(ex: Extraction, people: list[dict]) -> Distractors:
    """Distractors for this article's people: its quoted speakers first; someone it reports dead who says nothing
    (a victim offered as the speaker of every quotation) only where too few others are left to ask the quotation
    at all (two people on a stage and the founder they remember)."""
    people = [p for p in people if not kind_of(p["name"], ex.article.body)]  # a town is nobody who could speak
    # nor a body the cast took for a person, never written as one ("Unite Food" beside four people, see checks.py)
    people = [p for p in people if p.get("role") == "organisation" or not not_a_person(p["name"], ex.article.body)]
    names = {p["name"] for p in people}
    speakers = list(dict.fromkeys(q.speaker.name for q in ex.quotes if q.speaker and q.speaker.name in names))
    talking = set(speakers) | {c.speaker.name for c in ex.claims}
    gone = dead(ex.article.body, people, talking)
    return Distractors(people, speakers, {c.name for c in ex.cast.people if c.kind == "person"}, frozenset(gone))


def _typed_who_said(ex: Extraction, ids: Ids, person: dict, text: str, sent, end: int, fact: str
                    ) -> Candidate | None:
    """'Who said: “…”?' typed, for an article with too few other people to offer as wrong speakers (a choice
    needs two): the surname and the known aliases count. Its source runs from the sentence naming the speaker
    (this one or the one before) to the quotation's end, so the answer is in it."""
    name = person["name"]
    if sent is None or " " not in name or not looks_like_person(name):
        return None
    body = ex.article.body
    i = ex.article.sentence_index(sent.start)
    before = ex.article.sentences[i - 1] if i > 0 else None
    last = ex.article.sentence_at(max(sent.start, end - 1))  # a quotation of two sentences is named after its second
    stop = max(end, sent.end, last.end if last is not None and last.paragraph == sent.paragraph else 0)
    for start in (sent.start, before.start if before else None):
        if start is None:
            continue
        source = body[start:stop].strip()
        if name in source and len(source) <= 1200:
            break
    else:
        return None
    surname = name.split()[-1]
    accept = [surname] + [a for a in person.get("aliases", []) if a.lower() not in {"the", name.lower()} and
                          _a_name_form(a, name)]
    return Candidate({
        "id": ids.make("who-said", name, " ".join(text.split()[:4])), "type": "typed", "topic": "who-said-what",
        "prompt": f"Who said: “{text}”?", "answer": name, "accept": list(dict.fromkeys(accept))[:5],
        "source": source, "explanation": f"{_who(person)} said this in the article.",
    }, fact, 0.5)


# '“After a year like this one,” Brannagh asked, ' before the rest of the speaker's sentence.
_AFTER_LEAD_IN = re.compile(r",[”\"]\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:asks|asked|says|said|adds|added|went on|continued),"
                            r"\s*$")


def _after(body: str, at: int) -> str:
    """The stretch of article after a quotation, where 'she asked, “…' shows a lead-in (a slice, never the rest)."""
    return body[at:at + 120]


def quote_candidates(ex: Extraction, ids: Ids, people: list[dict], parties: list[str],
                     pace: Pacer | None = None) -> list[Candidate]:
    pace = pace or Pacer()
    by_name = {p["name"]: p for p in people}
    pick = _distractors(ex, people)
    out = []
    typed_for: set[str] = set()
    for q in ex.quotes:
        pace(4 * UNIT)  # a quotation's drafts: each wrong speaker checked against the prompt, so several steps
        sp = q.speaker
        if sp is None or sp.name not in by_name or (q.partial and q.extra.get("no_verb")):
            continue
        seg = max(q.segments, key=lambda s: s.words)
        text = _quote_text(seg.text)
        if not text or len(text.split()) < MIN_QUOTE_WORDS or says_little(text) or \
                lead_in(seg.text, _after(ex.article.body, seg.end if seg.close is None else seg.close + 1)):
            continue  # "After a year like this one," opens the speaker's sentence and says nothing alone
        if text[:1].islower() and _AFTER_LEAD_IN.search(ex.article.body, max(0, seg.open - 80), seg.open):
            text = text[0].upper() + text[1:]  # the rest of a sentence whose lead-in is not asked: it starts one
        sent = ex.article.sentence_at(q.start)
        source = ex.article.body[sent.start:q.end] if sent and q.end - sent.start <= 3900 else seg.text
        person = by_name[sp.name]
        fact = f"sentence:{(sent.text if sent else text)[:60]}"
        distractors = pick.of(sp.name, text)
        if len(distractors) < 2:
            typed = _typed_who_said(ex, ids, person, text, sent, q.end, fact) \
                if sp.kind == "person" and not q.partial and sp.name not in typed_for else None
            if typed:  # one a speaker: typed, it is asked in a small article's bank beside its figures and dates
                typed_for.add(sp.name)
                out.append(typed)
            if sp.kind != "person" and len(text.split()) < 12 and text.split()[0].lower() in DETERMINERS and \
                    not has_finite_verb(text, strict=True):
                continue  # 'Which side said: “the required standards of safety, quality and effectiveness”?': a noun
                # phrase the side's sentence is built around, nothing it said alone
            if sp.kind != "person":
                c = _side_said(ids, parties, _whole_side(sp.name, ex), f"Which side said: “{text}”?", source.strip(), fact,
                               0.9, ex.article.body) or \
                    (_side_said_true(ids, ex, parties, _whole_side(sp.name, ex), f"said: “{text}”", source.strip(), fact)
                     if sp.kind == "organisation" and text[:1].isupper() else None)
                out += [c] if c else []
            continue
        out.append(Candidate({
            "id": ids.make("quote", sp.name, " ".join(text.split()[:4])),
            "type": "quote", "topic": "who-said-what",
            "quote": text[:4000], "speaker": sp.name, "distractors": distractors,
            "source": source.strip(),
            "explanation": f"{_who(person)} said this in the article.",
        }, fact, 1.0 if not q.partial else 0.9))
    return out


# The interviewer's turn of a Q&A: "Q: What will you do now?", "Q. …", "HV: …", "Larkspur: …" (the label is no part
# of the question), or a paragraph that is one bare question, plain, bold or italic ("**What got you started?**")
_ASKED_TURN = re.compile(r"(?:[–—-]\s*)?(?:\*\*|__|\*|_)?(?:(?:[Qq]|Question|Interviewer|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*"
                         r"[:：]|[Qq]\.|Q\s+[–—-])?(?:\*\*|__|\*|_)?\s*([A-Z][^\n“”\"?*]{8,200}\?)\s*(?:\*\*|__|\*|_)?")
# An interviewer's request in place of a question ("Tell us about the ban.", "**Describe the day they left.**"), with
# no "I", "you" or "we" whose meaning would change in the prompt's voice: asked "Asked about the ban, …"
_REQUEST_ASKED = re.compile(r"(?:[–—-]\s*)?(?:\*\*|__|\*|_)?(?:(?:[Qq]|Question|Interviewer|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)"
                            r"{0,2})\s*[:：]\s*|[Qq]\.\s*)?(?:Tell\s+(?:us|me)\s+(?P<about>about)|(?P<verb>Describe|Explain))\s+"
                            r"(?!(?:[^\n]*\b(?:I|me|my|we|us|our|you|your)\b))([a-z][^\n.?!:*_“”\"]{2,80})[.!]\s*(?:\*\*|__|\*|_)?")
# A magazine's turn naming a topic in place of a question ("**On leaving the party.**"), with no "I", "you" or
# "we" whose meaning would change in the prompt's voice
_TOPIC_ASKED = re.compile(r"(?:\*\*|__|\*|_)?On\s+(?!(?:[^\n]*\b(?:I|me|my|we|us|our|you|your)\b))([a-z][^\n.?!:*_“”\"]{2,80})"
                          r"[.:]?(?:\*\*|__|\*|_)?")
_ANSWER_LABEL = re.compile(r"^\s*(?:\*\*|__)?(?:(?:A|Answer|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})\s*[:：]|"
                           r"A(?:\.|\s+[–—-]))(?:\*\*|__)?\s+")
# A question that points back at someone named in an earlier turn ("Is he right that …?"), or a short one at
# something said there ("Has that happened?")
_BACK_REFERENCE = re.compile(r"\b(?:he|she|him|his|her|hers|they|them|their)\b", re.IGNORECASE)
_SHORT_BACK_REFERENCE = re.compile(r"\b(?:that|this|it|those|these|there|then)\b", re.IGNORECASE)
# A question that ends on what the answer before it said: "What are you doing about that?", "Why is that?"
_ENDS_ON_BACK_REFERENCE = re.compile(r"\b(?:about|with|on|of|to|for|is|was|by)\s+(?:that|this|it)\?$", re.IGNORECASE)
INTERVIEW_OPTIONS = 4  # the answer and up to three of the guest's other answers


# The opening of an answer that only one kind of question takes: "Because …" a "Why …?", "Yes"/"Partly" a yes-or-no one.
_WHY_ANSWER = re.compile(r"“(?:because|since|it'?s because)\b", re.IGNORECASE)
_WHY_QUESTION = re.compile(r"(?:^|[.?!]\s+)why\b", re.IGNORECASE)
# A name inside a question, not its first word: "What did you bring with you from Elmsted?"
_NAME_IN_QUESTION = re.compile(r"(?<=[a-z,] )[A-Z][a-z][\w’'-]+")
_YES_NO_QUESTION = re.compile(r"(?:^|[.?!]\s+)(?:is|are|was|were|do|does|did|will|would|can|could|have|has|had|should|"
                              r"shall|must|may|might)\s+[^?]*\?$", re.IGNORECASE)
_YES_NO_ANSWER = re.compile(r"“(?:yes|no|not|never|partly|absolutely|certainly|of course|maybe|perhaps|probably|"
                            r"sometimes|hardly|definitely|i hope|i doubt)\b", re.IGNORECASE)


def _answer_given_away(question: str, key: str, wrong: list[str]) -> bool:
    """Whether a student could pick the guest's answer among her other answers without having read the interview:
    it alone fits the question's form ("Why …?" and "Because …"; "Was that about money?" and "Partly."), or it alone
    repeats a word of the question. Such a question tests reading the prompt, not the article (point 3)."""
    q = question.strip("“” ")
    if _WHY_QUESTION.search(q) and _WHY_ANSWER.match(key) and not any(_WHY_ANSWER.match(w) for w in wrong):
        return True
    if _YES_NO_QUESTION.search(q) and _YES_NO_ANSWER.match(key) and not any(_YES_NO_ANSWER.match(w) for w in wrong):
        return True
    names = set(_NAME_IN_QUESTION.findall(q))  # "… from Elmsted?" and "In Elmsted we …": the place gives it away
    if any(n in key for n in names) and not any(n in w for n in names for w in wrong):
        return True
    asked = _content_stems(q)  # "Why are you refusing?" and "We are not refusing …": more of its words than any other
    return len(asked & _content_stems(key)) > max(len(asked & _content_stems(w)) for w in wrong)


def interview_candidates(ex: Extraction, ids: Ids, people: list[dict], pace: Pacer | None = None) -> list[Candidate]:
    """'Asked “Were you ever afraid?”, what did Nora Haldane answer?' for an interview with one person: "Who said …?"
    needs two other speakers as wrong options, and a Q&A has none, so the guest's answers are asked by the
    interviewer's own questions, with the opening sentences of the guest's other answers as the options (all her own
    words, none made up)."""
    pace = pace or Pacer()
    body = ex.article.body
    by_name = {p["name"]: p for p in people}
    pick = _distractors(ex, people)
    turns: dict[str, list[tuple[str, str, int, int]]] = {}  # speaker: (question, first sentence, source from, to)
    for q in ex.quotes:
        pace(UNIT)
        sp = q.speaker
        if sp is None or sp.kind != "person" or sp.name not in by_name or q.partial or len(pick.of(sp.name)) >= 2:
            continue
        seg = q.segments[0]
        para = body.rfind("\n\n", 0, seg.open)
        if para < 0:
            continue
        before = body.rfind("\n\n", 0, para)
        asked = _ASKED_TURN.fullmatch(body[before + 2 if before >= 0 else 0:para].strip()) or \
            _TOPIC_ASKED.fullmatch(body[before + 2 if before >= 0 else 0:para].strip()) or \
            _REQUEST_ASKED.fullmatch(body[before + 2 if before >= 0 else 0:para].strip())
        sent = ex.article.sentence_at(seg.start)
        if body[para:seg.open].strip(" \n–—-*_"):
            continue  # (words in marks inside the answer: the answer's own opening is what the question asked)
        what = (asked.group(3) if asked.re is _REQUEST_ASKED else asked.group(1)) if asked else ""
        if not asked or sent is None or _BACK_REFERENCE.search(what) or _ENDS_ON_BACK_REFERENCE.search(what) or \
                len(what.split()) <= 4 and _SHORT_BACK_REFERENCE.search(what):
            continue  # "Is he right?", "Has that happened?": a question put after another, not understood alone
        first = _ANSWER_LABEL.sub("", body[max(sent.start, seg.start):sent.end]).strip()
        k = ex.article.sentence_index(sent.start) + 1
        nxt = ex.article.sentences[k] if len(first.split()) < 6 and k < len(ex.article.sentences) else None
        if nxt is not None and nxt.start > sent.start and nxt.end <= seg.end and \
                len(first.split()) + len(nxt.text.split()) <= 30:
            # ("By accident. A swarm landed in my tree …": a short reply and the reason that follows it)
            first = f"{first} {nxt.text.strip()}"
            sent = nxt
        if not re.search(r"[.!]$", first) or not 6 <= len(first.split()) <= 30 or says_little(first) or \
                re.search(r"[“”\"]", first):
            continue
        first = f"“{first}”"  # the guest's own words, in their marks: their "I" and "it" are the answer's, not the writer's
        topic = asked.re is _TOPIC_ASKED  # ("**On leaving the party.**": asked about leaving the party)
        if asked.re is _REQUEST_ASKED:  # ("Describe the day they left.": asked to describe the day they left)
            ask = ("about " if asked.group("about") else f"to {asked.group('verb').lower()} ") + " ".join(
                asked.group(3).split())
        else:
            ask = ("about " if topic else "") + " ".join(asked.group(1).split())
        turns.setdefault(sp.name, []).append((ask, first,
                                              (before + 2 if before >= 0 else 0), sent.end))
    out = []
    for name, answers in turns.items():
        if len(answers) < 3:
            continue
        for i, (question, first, start, end) in enumerate(answers):
            pace(UNIT)
            # the answers nearest this one, in the article's order: the options a reader of the interview weighs
            others = sorted((a for k, a in enumerate(answers) if k != i), key=lambda a: abs(a[2] - start))
            wrong = [a[1] for a in others if norm(a[1]) != norm(first)][:INTERVIEW_OPTIONS - 1]
            if len(wrong) < 2 or _answer_given_away(question, first, wrong):
                continue
            out.append(Candidate({
                "id": ids.make("asked", name, " ".join(question.split()[:4])), "type": "choice",
                "topic": "who-said-what", "prompt": f"Asked {question}, what did {name} answer?" if
                question.startswith(("about ", "to ")) else f"Asked “{question}”, what did {name} answer?",
                "choices": sorted([first, *wrong]), "answer": first, "source": body[start:end].strip(),
                "explanation": f"{_who(by_name[name])} gave this answer when asked {question} in the interview." if
                question.startswith(("about ", "to ")) else
                f"{_who(by_name[name])} gave this answer when asked “{question}” in the interview.",
            }, f"sentence:{first[:60]}", 0.9))
    return out


# The word a speaker's sentence ends on, after a determiner, a possessive or "of" one or two words before it ("to a
# shelf of cracked bowls"): a noun, the new thing the sentence tells; not a verb ("the fire decides"), an adverb,
# a gerund or a participle.
_ENDING_NOUN = re.compile(r"\b(?:the|a|an|my|our|your|their|his|her|its|of|no|every|some|any|this|these|those)"
                          r"(?:\s+[a-z][a-z-]*)?\s+([a-z]{5,})[.!]?$")
_NOT_A_NOUN_END = ("ly", "ing", "ed", "ous", "ive", "ful", "less", "able", "ible", "est", "ish")


def own_words_candidates(ex: Extraction, ids: Ids, people: list[dict], pace: Pacer | None = None) -> list[Candidate]:
    """'“You can do everything right and still open the kiln to a shelf of cracked {{bowls}},” Lorna Pyke said.' for a
    profile of one person: "Who said …?" needs two other speakers as wrong options, so the speaker's own sentence is
    asked by the noun it ends on, the thing it says (a word the article uses there only, so the gap has one answer).
    A sentence of an interview's answers is asked by `interview_candidates`."""
    pace = pace or Pacer()
    body = ex.article.body
    by_name = {p["name"]: p for p in people}
    pick = _distractors(ex, people)
    out: list[Candidate] = []
    seen: set[str] = set()
    speakers = {q.speaker.name for q in ex.quotes if q.speaker} | {c.speaker.name for c in ex.claims if c.speaker}
    if len(speakers) != 1:
        return out  # two speakers are asked "Who said …?", typed where too few others are named to choose from
    for q in ex.quotes:
        pace(UNIT)
        sp = q.speaker
        if sp is None or sp.kind != "person" or sp.name not in by_name or q.partial or q.how in ("interview", "answer") \
                or len(pick.of(sp.name)) >= 2 or " " not in sp.name:
            continue
        for seg in q.segments:
            words = _quote_text(seg.text)
            if not words or re.search(r"[“”\"]", words):
                continue
            last = re.split(r"(?<=[.!?])\s+(?=[A-Z])", words.strip())[-1]  # the segment's last sentence
            if not 8 <= len(last.split()) <= 30 or says_little(last) or last.endswith("?"):
                continue
            m = _ENDING_NOUN.search(last.rstrip(",;"))
            if not m or m.group(1).endswith(_NOT_A_NOUN_END) or m.group(1) in _SMALL_WORDS or \
                    len(re.findall(r"\b" + m.group(1) + r"\b", body, re.IGNORECASE)) != 1 or m.group(1) in seen:
                continue
            seen.add(m.group(1))
            gapped = last[:m.start(1)] + "{{" + m.group(1) + "}}" + last[m.end(1):]
            gapped = gapped.rstrip(",;.!") + "."
            start = body.find(last.rstrip(",;"))
            if start < 0:
                continue
            sent = ex.article.sentence_at(start)
            out.append(Candidate({
                "id": ids.make("words", sp.name, m.group(1)), "type": "typed", "topic": "who-said-what",
                "prompt": f"{sp.name} said: “{gapped}”",
                "source": (sent.text if sent else last).strip(),
                "explanation": f"{_who(by_name[sp.name])} said “{last.rstrip(',;')}”",
            }, f"sentence:{(sent.text if sent else last)[:60]}", 0.6))
    return out


_DOUBLE_QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"]")


def _inner_quotes(claim: str) -> str:
    """The speaker's own words inside a reported claim ('the plan was "dead in the water"') in single marks: a
    question's quotation loses its outer double marks (the bank's quote field), which took the closing one of
    words quoted at the claim's end and left 'Who said that the plan was "dead in the water?'."""
    return _DOUBLE_QUOTED.sub(lambda m: f"‘{m.group(1)}’", claim)


_GENDERED = {"m": re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE),
             "f": re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)}
# (each word after its own space: "(?:word\s*)+" could split a word anywhere and, on a long role that does not match
# to its end, "the club's treasurer and a former wicketkeeper who stood down in 2019", tried every split: a hang)
_BARE_TITLE = re.compile(r"^(?:the|its|their)(?:\s+[a-z][\w’'-]*)+\s*$", re.IGNORECASE)
_LONG_WORD = re.compile(r"[a-z]{4,}")
# Public offices: two holders speak for one government (unless one is in opposition or a shadow).
_OFFICE = re.compile(r"\b(?:minister|secretary|collector|commissioner|governor|mayor|chancellor|president|premier|"
                     r"taoiseach|tánaiste|official|officer|spokes(?:man|woman|person) for the (?:government|ministry)|"
                     r"ambassador|envoy|attorney general|prosecutor|inspector|police|detective|constable|sergeant)\b",
                     re.IGNORECASE)
_OPPOSED = re.compile(r"\b(?:opposition|shadow|former|ex-|rebel|union|association|campaign)", re.IGNORECASE)
_CAPITALISED = re.compile(r"[A-Z][\w’'-]{2,}")
_SAID_WORD = re.compile(r"[a-z0-9%£$€]+")
_PLAIN = {"that", "this", "with", "have", "been", "were", "would", "will", "they", "their", "there", "from", "into",
          "about", "which", "what", "when", "said", "says", "more", "than", "also", "only", "some", "such", "very",
          "should", "could", "being", "after", "before", "over", "year", "years", "week", "weeks", "every"}


@functools.lru_cache(maxsize=4096)
def _content_stems(text: str) -> frozenset[str]:
    """A text's content words, cut to five letters so that "teachers" and "teacher" meet: enough to see that two
    people say one thing. (Read once per text: every saying is compared with every other.)"""
    return frozenset(w[:5] for w in _LONG_WORD.findall(text.lower()) if w not in _PLAIN)


class WrongSpeakers:
    """Who a false "True or false: X said that …" can name: someone a student could believe said it, and nobody who
    might have. Not the article's subject (the title names them: others talk about them, "the chef had only herself
    to blame"), not of the other sex when the claim says "she" or "he" of the speaker, not of the speaker's side or of
    one unnamed firm with them ("the chief executive" beside "the finance chief"), not named in one sentence with the
    speaker (a spokesman "flanked by" the mayor, the interviewer "told" the guest), not a holder of public office
    beside another (one government), not someone the article only mentions (a student rules out who never speaks),
    and not someone whose own words share the claim's point (a union organiser beside a councillor's "the city
    should pay the bonus itself")."""

    def __init__(self, ex: Extraction, people: list[dict], pool: list[str]):
        self.by_name = {p["name"]: p for p in people}
        self.pool = pool
        known = {p["name"] for p in people}  # asked as the ranking asks it (rank.select): one reading, one set of patterns
        persons = {p.name for p in ex.cast.people if p.kind == "person"}
        self.sex = sexes(ex.article.title + "\n" + ex.article.body,
                         people + [{"name": n} for n in sorted(persons - known)])
        self.title = set(_CAPITALISED.findall(ex.article.title))
        self.sentences = [s.text for s in ex.article.sentences]
        said: dict[str, set[str]] = {}
        for q in ex.quotes:
            if q.speaker:
                said.setdefault(q.speaker.name, set()).update(*(_content_stems(g.text) for g in q.segments))
        for c in ex.claims:
            said.setdefault(c.speaker.name, set()).update(_content_stems(c.claim))
        self.said = said

    def _words(self, name: str) -> list[str]:
        p = self.by_name.get(name, {})
        return [w for w in [name.split()[-1], *p.get("aliases", [])] if len(w) >= 3]

    def _together(self, a: str, b: str) -> bool:
        wa, wb = self._words(a), self._words(b)
        return any(any(x in s for x in wa) and any(y in s for y in wb) for s in self.sentences)

    def pick(self, speaker: str, claim: str, evidence: str, seed: int) -> str | None:
        """A wrong speaker for the claim, the same one every run (`seed` turns the pool), else None."""
        me = self.by_name.get(speaker, {})
        stems = _content_stems(claim)
        gendered = [s for s, rx in _GENDERED.items() if rx.search(claim)]
        others = [n for n in self.pool if n != speaker]
        if not others:
            return None
        turned = others[seed % len(others):] + others[:seed % len(others)]
        for name in turned:
            p = self.by_name.get(name, {})
            if any(w in claim or w in evidence for w in self._words(name)):
                continue
            if any(part in self.title for part in name.split() if len(part) >= 3):
                continue
            if gendered and (self.sex.get(name) is None or self.sex.get(name) != self.sex.get(speaker)):
                continue
            if p.get("side") and p.get("side") == me.get("side"):
                continue
            if _BARE_TITLE.match(p.get("role") or "x") and _BARE_TITLE.match(me.get("role") or "x"):
                continue
            if self._together(name, speaker):
                continue
            if name not in self.said:
                continue  # someone the article only mentions (a judge assigned, a first teacher): ruled out unread
            if _OFFICE.search(p.get("role") or "") and _OFFICE.search(me.get("role") or "") and \
                    not _OPPOSED.search((p.get("role") or "") + " " + (me.get("role") or "")):
                continue  # a minister and a district collector: one government speaking
            if len(stems & self.said.get(name, set())) >= 2:
                continue
            return name
        return None


def claim_candidates(ex: Extraction, ids: Ids, people: list[dict], parties: list[str],
                     pace: Pacer | None = None) -> list[Candidate]:
    """Reported speech: 'Who said that the talks will likely fail?'."""
    pace = pace or Pacer()
    by_name = {p["name"]: p for p in people}
    pick = _distractors(ex, people)
    wrongs = WrongSpeakers(ex, people, pick.pools["person"]) if ex.claims else None
    out = []
    for c in ex.claims:
        pace(4 * UNIT)  # as a quotation's: each wrong speaker is checked against the prompt
        if not c.asserted:
            continue  # "denies two counts of …", "denied that he had …": not what the speaker says is so
        claim = _counted(_inner_quotes(with_antecedent(clean_clause(c.claim), c.evidence)), c.evidence,
                         ex.article.body)
        if not claim:
            continue  # "said 120 would be freed" and the story never says 120 of what
        n = len(claim.split())
        if n < 5 or n > 30 or says_little(claim, reported=True):
            continue
        fact = f"claim:{c.evidence[:60]}"
        if c.speaker.name not in by_name or c.speaker.kind == "organisation":
            # (an organisation the bank lists is still no person: "Who said …?" with its chair among the options has
            # two right answers)
            if _QUANTIFIER_SUBJECT.match(claim) or (claim.startswith("it ") and (
                    _SAYING_IT_OF.search(c.evidence) or _IT_JUDGED.match(claim))):
                continue  # "said most would reopen": most of what; "rejected that offer, saying it did not …": "it"
                # is the offer, not the side, and "Which side said that it …?" reads as the side's own
            if c.speaker.kind in ("organisation",) and not _BENCH.search(c.speaker.name) and \
                    not kind_of(party_name(c.speaker.name), ex.article.body):  # "traders in X said": X is no side
                cand = _side_said(ids, parties, _whole_side(c.speaker.name, ex), f"Which side said that {claim}?",
                                  c.evidence.strip(), fact, 0.8, ex.article.body, _same_said(ex, c.claim, c.speaker.name)) \
                    or _side_said_true(ids, ex, parties, _whole_side(c.speaker.name, ex), f"said that {claim}",
                                       c.evidence.strip(), fact)
                out += [cand] if cand else []
            continue
        person = by_name[c.speaker.name]
        claim = _own_body(claim, person, ex.article.body)
        distractors = pick.of(c.speaker.name, claim)
        if len(distractors) < 2:
            continue
        out.append(Candidate({
            "id": ids.make("said", c.speaker.name, " ".join(claim.split()[:4])),
            "type": "quote", "topic": "who-said-what", "reported": True,
            "quote": claim, "speaker": c.speaker.name,
            "distractors": distractors,
            "source": c.evidence.strip(),
            "explanation": f"The article reports that {_who(person)} said this.",
        }, fact, 0.85))
        # the same claim as a statement to judge: asked only where its "Who said …?" is not kept (one question a
        # fact), as when the speaker is already the answer of three questions. About half are made false with a
        # wrong speaker the who-said question would offer (already checked against the claim): a bank whose
        # "X said that …" statements were all true taught a student to answer True without reading.
        seed = zlib.crc32(claim.encode("utf-8"))
        wrong = wrongs.pick(c.speaker.name, claim, c.evidence, seed // 2) if seed % 2 and wrongs else None
        said_by = wrong or c.speaker.name
        if _written_with_the(said_by, ex.article.body):
            said_by = "the " + said_by  # "the Joint Advisory Panel", a body the cast took for a person
        out.append(Candidate({
            "id": ids.make("tf-said", c.speaker.name, " ".join(claim.split()[:4])), "type": "choice",
            "topic": "who-said-what", "prompt": f"True or false: {sentence_case(said_by)} said that {claim}.",
            "choices": ["True", "False"], "answer": "False" if wrong else "True", "source": c.evidence.strip(),
            "explanation": f"The article reports that {_who(person)} said this" + (f", not {wrong}." if wrong else "."),
        }, fact, 0.5))
    return out


# A role that speaks for its body: a spokesperson, its head or an officer ("programme director at X", "X's chief
# executive"); never an analyst or an economist at a bank, whose "the bank" is the one they watch
_SPEAKS_FOR = re.compile(r"(?:the\s+|[\w'’.-]+['’]s?\s+)?(?:[\w-]+\s+){0,2}?(?:spokes(?:wo)?man|spokesperson|"
                         r"chief\s+executive|chief|director|chair(?:man|woman|person)?|president|head|general\s+"
                         r"secretary|managing\s+director|manager|owner|founder|leader|boss|ceo|treasurer)\b", re.IGNORECASE)
# "the company", "the firm's" in a spokesperson's claim: the body they speak for
_THE_OWN_BODY = re.compile(r"\b[Tt]he\s+(company|firm|group|operator|airline|carrier|club|union|charity|"
                           r"bank|retailer|insurer|lender|consortium|trust|council|board|museum|university|hospital)"
                           r"(['’]s)?\b")
# bodies "the company" or "the firm" may stand for: not a union, a council, a government or a campaign
_NOT_A_COMPANY = re.compile(r"\b(?:Union|Federation|Association|Council|Government|Ministry|Department|Party|"
                            r"Campaign|Coalition|Alliance|Trust|Charity|Authority|Agency|Court|Commission|"
                            r"Committee|Board|League|Society|Office|Regulat\w*|Ombudsman|Inspectorate|Watchdog|"
                            r"Service|Police|Tribunal|Institute|University|College|School|Hospital|Museum)\b")


def _own_body(claim: str, person: dict, body: str) -> str:
    """'Ingrid Solberg said that the company did not expect …' → '… that Brightwater Aerospace did not expect …',
    where she speaks for it (its spokesperson, its director): read without the article, "the company" is nobody's,
    and made false with another speaker it reads as that speaker's firm. The noun must fit the body: "the union" a
    union's name, "the company" or "the firm" a body that is no union, council or campaign."""
    side = person.get("side") or ""
    role = person.get("role") or ""
    if not side or not _SPEAKS_FOR.match(role) or side not in body or not _THE_OWN_BODY.search(claim):
        return claim

    def named(m: re.Match[str]) -> str:
        noun = m.group(1).lower()
        fits = noun in side.lower().split() or (noun in ("company", "firm", "group", "operator") and
                                                not _NOT_A_COMPANY.search(side))
        if not fits:
            return m.group(0)
        if not m.group(2) and (_WRITTEN_WITH_THE.match(side) or _written_with_the(side, body)):
            return m.group(0)[:4] + side  # "the Ashcombe and Fenbridge Health Trust", as the article writes it
        mark = "’" if m.group(2) and m.group(2)[0] == "’" else "'"
        return side + (mark + ("" if side.endswith("s") else "s") if m.group(2) else "")
    return _THE_OWN_BODY.sub(named, claim)


# A court, a tribunal or an inquiry rules; it is no side of the dispute before it, and what it found is no side's claim
# ("Which side said that the death fell within the Convention?" -> High Court, while the families argued it)
_BENCH = re.compile(r"\b(?:Court|Tribunal|Judges?|Justices|Bench|Coroner|Inquest|Inquiry|Ombudsman)\b")
_STOP_BACK = re.compile(r"[,;:()]|^(?:wants?|wanted|said|says|is|are|was|were|has|have|had|demands?|offers?|"
                        r"seeks?|rejects?|made|gave|sent|got|[a-z]+ed|asked|for|of|on|with|by|about)$", re.IGNORECASE)


# a claim that opens on a bare number as its subject: "120 would be freed in the first stage"
_BARE_COUNT = re.compile(r"(?:(?:about|around|nearly|almost|some|more than|over|only|just|at least)\s+)?(\d[\d,]*)\s+"
                         r"(?=(?:would|will|were|are|had|have|was|is|could|should|might|may|must|can)\b)")


def _counted(claim: str, evidence: str, body: str) -> str | None:
    """'120 would be freed' -> '120 prisoners would be freed' when the sentence or the two before it count
    prisoners ("the release of 300 prisoners"); None when nothing near says what the number counts: a bare
    number in a question asks a student to guess its noun."""
    m = _BARE_COUNT.match(claim)
    if not m:
        return claim
    at = body.find(evidence.strip()[:80])
    context = (body[max(0, at - 500):at] if at >= 0 else "") + " " + evidence[:max(0, evidence.find(claim[:30]))]
    counted = [f.counted for f in figures_in(context) if f.kind == "count" and f.counted]
    if not counted:
        return None
    return f"{claim[:m.end(1)]} {counted[-1]}{claim[m.end(1):]}"


def with_antecedent(claim: str, evidence: str) -> str:
    """'he will not be giving' -> 'he will not be giving written responses to each proposal' when the evidence
    reads '… written responses to each proposal, (which Mr X has said he will not be giving)': in an object
    relative clause the object is the noun phrase before 'which', and without it the claim says nothing."""
    if not re.search(r"\b(?:be|been|is|are|was|were)\s+[a-z]+ing$|\b(?:give|take|do|make|accept|sign|offer|"
                     r"provide|send|pay|support|keep|meet)$", claim):
        return claim
    at = evidence.find(claim)
    head = re.search(r"((?:[\w’'-]+[\s,]+){0,7}[\w’'-]+)[,\s]*\(?which\s+[^()]{0,60}$", evidence[:at]) if at > 0 else None
    if not head:
        return claim
    words = re.findall(r"[\w’'-]+|,", head.group(1))
    kept: list[str] = []
    for w in reversed(words):
        if _STOP_BACK.search(w) and kept:
            break
        kept.insert(0, w)
    phrase = " ".join(kept)
    if not 2 <= len(kept) <= 7 or _STOP_BACK.search(kept[0]) or kept[0].lower() in ("it", "they", "this", "that"):
        return claim
    return f"{claim} {phrase}"


_TRAILING_TIME = re.compile(r"(?<!\sbefore)(?<!\suntil)(?<!\sby)(?<!\safter)(?<!\ssince)(?<!\sfrom)"
                            r"\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
                            r"today|last\s+week|this\s+week|last\s+month)$", re.IGNORECASE)
# "… the levy won by a former minister in 1991": the year of a thing the position is about, not the position's
# own; left in, the position reads out the date a date question on its sentence asks (and is dropped beside it)
_PAST_YEAR_TAIL = re.compile(r"(\b(?:[a-z]{3,}ed|[a-z]{3,}en|made|won|held|set|built|signed|agreed|struck)"
                             r"(\s+by\s+(?:[\w’'.-]+\s+){0,4}?[A-Z][\w’'.-]*)?)\s+in\s+(?:[A-Z][a-z]+\s+)?(\d{4})$")


def _past_year_cut(demand: str, published) -> str:
    """The position without the past year of a thing it is about ("… the levy won by a former minister in
    1991"): a year before publication, or after an agent ("by …") when the article gives no date; a year ahead is
    what the side wants ("wants the road reopened in 2027") and stays."""
    m = _PAST_YEAR_TAIL.search(demand)
    if not m or not (published and int(m.group(3)) < published.year or not published and m.group(2)):
        return demand
    return demand[:m.start()] + m.group(1)


# "Both sides were given leave to appeal", "…, and both parties will appeal": both as the subject (not "urged
# both sides to keep schools open"), and what they do
_BOTH_SIDES = re.compile(r"(?:^|[,;]\s*|\b(?:and|that|said|says|say|announced|confirmed|told\s+\w+)\s+)(?:[Bb]oth|[Ee]ach)\s+"
                         r"(?:sides|parties)\b([^.;]*)")
# a verb of how long something goes on, whose subject is a thing: "(a process she expects) to last until …"
_THINGS_DURATION = re.compile(r"(?:to\s+)?(?:last|take|run|continue|go\s+on|drag\s+on)\s+(?:until|till|for|into|beyond)\b")
# what became of a position, joined to it: "asked the board for funds … and had been refused"
_OUTCOME_TAIL = re.compile(r",?\s+and\s+(?:had|has|have|was|were)\s+(?:(?:not|since|then|already|eventually|been)\s+)*"
                           r"(?:refused|rejected|turned\s+down|denied|ignored|granted|approved|accepted|told\s+no)\b.*$")
_SPEECH_STANCE = re.compile(r"^(?:says?|said|tells?|told|adds?|added|notes?|noted|explains?|claims?)\b")
# A trailing "after doing …" of a position or an event: "… will walk out for three days after rejecting a 3% offer".
AFTER_DOING = re.compile(r",?\s+after\s+[a-z]+ing\b[^,;:.!?]*$")


def _phrase_ok(text: str) -> bool:
    return not phrase_problem(text)


# A position cut at a preposition whose object is a relative clause's antecedent: "has asked for an independent noise
# study, which Northmoor has so far refused to pay for."
# (read by slices, not a call per position: the question-writing step is near its pacing bound)
_TAIL3 = frozenset({" on", " at", " of"})  # (not " to": "unless they need to" is whole English)
_TAIL5 = frozenset({" with", " from", " into"})
_RELATIVE_OBJECT = re.compile(r"\b(?P<np>(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,5}?[\w-]+),?\s+(?:which|that)\s+"
                              r"(?:[A-Z][\w'’-]*\s+){1,4}(?:has\s+|have\s+|had\s+)?(?:so\s+far\s+|also\s+|now\s+)?"
                              r"(?:refused|declined|agreed|offered|promised|wants|wanted|refuses|agrees|offers)\s+to\s+"
                              r"(?P<act>[a-z]+\s+(?:for|to|with|about|on|at|from|of|into|towards?))\s*[.,;]")


def _stance_items(ex: Extraction, pace: Pacer | None = None) -> list[tuple[str, str, str, object]]:
    """(party, stance, demand, position) for positions a question can be realised from; what a side merely
    says is reported speech (asked as "Who said that …?"), not a position."""
    out = []
    seen: set[str] = set()
    pace = pace or Pacer()
    persons = {c.name for c in ex.cast.people if c.kind == "person"}
    text = side_text(ex)
    days: dict[str, list[str]] = {}  # each sentence's days that date its own event ("3 June"), as written
    for d in ex.dates:
        if d.precision == "day" and getattr(d, "own", True) and d.as_written and _ISO.match(d.date or ""):
            days.setdefault(" ".join(d.evidence.split()), []).append(d.as_written)
    # "Both sides were given leave to appeal": what both sides do is no one side's position
    both = {w[:5] for s in ex.article.sentences for m in _BOTH_SIDES.finditer(s.text)
            for w in _LONG_LOWER.findall(m.group(1).lower())}
    for p in ex.positions:
        pace()
        stance = (getattr(p, "stance", "") or "").strip()
        if _SPEECH_STANCE.match(stance.lower()):
            continue
        if both and stance.split()[:1] and stance.split()[0].lower()[:5] in both - {"wants", "says", "said"}:
            continue  # "Which side appeals against the judgement?" when both may appeal: two right answers
        if not (party_in(party_of(p.side), ex.article.body) or party_of(p.side) in persons):
            continue  # "Judge rejects …": a title is nobody's side
        demand = present_condition(_TRAILING_TIME.sub("", clean_clause(getattr(p, "demand", "") or "")))
        demand = _OUTCOME_TAIL.sub("", _past_year_cut(demand, ex.published))
        party = party_of(p.side)
        if not stance or not demand or not party:
            continue
        if party.lower() in _OWNED_GROUPS:
            continue  # "Members vote to reject …": members of what, only the article says
        if weak_holder(party, text, persons, {party}):
            party = _named_whole(party, ex)  # "the cooperative" is the Kerrin Bay Fishermen's Cooperative it names
            if not party:
                continue  # "Senate Majority", "CARVER CITY": no holder a question can name
        demand = name_the(demand, ex.article, ex.cast, ex.positions, p.start, party)
        adjunct = AFTER_DOING.search(demand)
        if adjunct and len(demand[:adjunct.start()].split()) >= 3:
            demand = demand[:adjunct.start()]  # "walk out for three days after rejecting a 3% offer": what was done
            # before is the story's circumstance (its figure asked on its own), not the side's position
        for written in days.get(" ".join(p.evidence.split()), ()):
            # "walk out for three days from 3 June after …": the day is asked by its own date question, which the
            # position would read out (and be dropped beside); the position is asked without it
            shorter = re.sub(r",?\s+(?:on|from)\s+" + re.escape(written) + r"(?![\w-])", "", demand, count=1)
            if len(shorter.split()) >= 3:
                demand = shorter
        if _THINGS_DURATION.match(demand):
            continue  # "a process she expects to last until next year": what lasts is the process, not her
        if (demand[-3:] in _TAIL3 or demand[-4:] == " for" or demand[-5:] in _TAIL5 or demand[-6:] == " about") and \
                demand.count(" ") <= 2:  # (only a bare verb and its preposition: "a unit that families rely on" is whole)
            # "an independent noise study, which Northmoor has so far refused to pay for": the object is the noun the
            # relative clause hangs on; without it the position says nothing ("refuses to pay for?")
            before = _RELATIVE_OBJECT.search(p.evidence)
            if not before or " ".join(before.group("act").split()) != " ".join(demand.split()):
                continue
            demand = f"{demand} {before.group('np')}"
        n = len(demand.split())
        if n < 2 or n > 22 or re.match(r"(?:him|her|them)\b", demand):
            continue  # "urges him to pause the change": whom it asks, only the article says
        key = f"{party}|{demand.lower()}"
        if key in seen:
            continue
        seen.add(key)
        if getattr(p, "past", False) or reported_in_past(demand, stance):
            # "former President X wanted …": a position held once is asked in the past; so is one whose reported
            # clause keeps the article's past ("insisted that the figure was not negotiable", never "insists … was")
            stance = past_stance(stance)
        if not _not_the_asked([party], stance, demand, {}):
            continue  # "the union calls on the union to …": the asker read as the one it asks (a holder gone wrong)
        out.append((party, stance, demand, p))
    return out


# The first finite verb of a reported clause ("that the figure was …", "suggestions that her job was …"), before
# any second "that"; the clause opens the position, or a noun of saying does ("claims that", "suggestions that")
_REPORTED_VERB = re.compile(r"^(?:(?:any\s+|the\s+)?(?:suggestions?|claims?|reports?|allegations?|accusations?|fears?|"
                            r"assertions?|criticism)\s+)?(?:that\s+)?(?:(?!that\b)[\w’'.,-]+\s+){0,10}?"
                            r"(is|are|was|were|has|have|had|will|would|can|could|does|do|did)\b")
_OPENS_REPORTED = re.compile(r"^(?:(?:any\s+|the\s+)?(?:suggestions?|claims?|reports?|allegations?|accusations?|fears?|"
                             r"assertions?|criticism)\s+)?that\s")


def reported_in_past(demand: str, stance: str = "") -> bool:
    """Whether a position is a reported clause in the past ("that the overall figure was not negotiable", a stance
    "insists that" before "the figure was …"): a question cannot put it after a present stance ("insists that …
    was"), so it asks the stance in the past. A relative "that" ("a budget that would cut …") is no reported clause."""
    if not (_OPENS_REPORTED.match(demand) or stance.endswith(" that")):
        return False
    m = _REPORTED_VERB.match(demand)
    return bool(m) and m.group(1) in ("was", "were", "had", "would", "could", "did")


def agree(party: str, stance: str) -> str:
    """The stance in the plural after a described group ("Health care workers want …", "Teachers are
    prepared to …"); a named party keeps the singular ("Doctors for Change wants …")."""
    words = party.split()
    if " and " in party and not (words[-1].lower() in ORG_WORDS and all(w[:1].isupper() or w == "and" for w in words)):
        words = ["both", "sides"]  # "Ostrland and Kalvara reject …": two parties are plural ("Tram and Rail Union": one)
    head = next((k for k, w in enumerate(words) if w in ("in", "of", "at", "from", "for", "across")), len(words))
    if head >= 2:
        words = words[:head]  # "Teachers' unions in Norland": the group is "Teachers' unions", plural
    elif head == 1 < len(words) and (words[1] in ("in", "at", "across", "from") or
                                     words[1] == "of" and words[0].lower() in AGENT_NOUNS and
                                     words[0].lower().endswith("s") and words[2:3] != ["the"]):
        # "Teachers across the county of X", "Residents of Halden Vale": a group described by where it is, plural
        # (not "Friends of the Heath": a body's name)
        words = words[:1]
    plural_head = words[-1].lower().endswith("s") and not words[-1].lower().endswith(("ss", "us", "is"))
    described = all(w.islower() for w in words[1:]) and plural_head or \
        len(words) >= 2 and words[-1].islower() and plural_head  # "Ministry of Transport lawyers argue"
    if not described:
        return stance
    first, _, rest = stance.partition(" ")
    return f"{plural_verb(first.lower())} {rest}".strip()


# The nouns that say a name is a body's, set beside it: "X, the passengers' group,", "X, a Delaware-registered firm",
# "Developer X"
_BODY_NOUN = (r"(?:group|firm|company|developer|charity|campaign|association|society|union|landlord|operator|"
              r"consortium|partnership|business|corporation|organi[sz]ation|coalition|network|alliance|trust)")


_BODY_TITLE = re.compile(rf"(?:^|[.!?]\s+)(?i:{_BODY_NOUN})\s+$", re.MULTILINE)  # "… . Developer X wants"
_BODY_HEAD = re.compile(rf"(?i:{_BODY_NOUN})\s+[A-Z]")  # "Developer Greyfriars Living": the noun read into the name
_BODY_AFTER = re.compile(rf",\s+(?:a|an|the)\s+(?:(?!(?:of|for|at|with|in|from|to)\s)[\w'’-]+\s+){{0,4}}?{_BODY_NOUN}"
                         rf"(?=\s*[,.;)]|\s+(?:that|which|based|registered|owned|behind)\b)")  # ", a property firm,"


def _described_as_body(name: str, body: str) -> bool:
    """Whether the article sets a body's noun beside the name, in commas after it or as its title opening a
    sentence: a name the cast read as a person's that is an organisation's ('Calder Peak, a property firm,'). A
    person's own description ("a member of the campaign group", "the union's president") is none. (A string
    search, not a pattern per name: see test_regex_cache.)"""
    if not name or _BODY_HEAD.match(name):
        return bool(name)
    at = body.find(name)
    while at >= 0:
        end = at + len(name)
        if not (end < len(body) and (body[end].isalnum() or body[end] == "_")) and (
                _BODY_AFTER.match(body, end) or _BODY_TITLE.search(body, max(0, at - 40), at)):
            return True
        at = body.find(name, end)
    return False


# The stances that judge what another did rather than voice what the side wants: asked after a demand made in the
# same sentence ("criticised Norvik for the delay and demanded that it provide …")
_JUDGING = frozenset({"criticises", "criticizes", "praises", "blames", "accuses", "condemns", "welcomes", "attacks",
                      "thanks", "criticised", "criticized", "praised", "blamed", "accused", "condemned", "welcomed"})


def demand_candidates(ex: Extraction, ids: Ids, people: list[dict], items: list, names: frozenset[str],
                      pace: Pacer | None = None) -> list[Candidate]:
    """'Which side refuses to give written answers?' ('Who …?' when a person holds it, with people as options)
    and true/false statements where there are too few sides to choose from."""
    pace = pace or Pacer()
    persons = [p["name"] for p in people if p.get("role") != "organisation"]
    known = set(persons)  # (a set and a dict: looking in the growing lists grew with the square of the cast)
    banked = frozenset(known)
    persons += [p.name for p in ex.cast.people if p.kind == "person" and p.name not in known]
    # (a body the cast read as a person is no person's option: "Who wants …?" among people and one firm; nor a
    # side's, as the checks still read it as a person)
    read_as_people = set(persons)
    bodies = {n for n in persons if _described_as_body(n, ex.article.body)}
    # ("Calder Peak Residential" beside "Calder Peak, a property firm": the same body's longer name)
    persons = [n for n in persons if n not in bodies and not any(n.startswith(f"{b} ") or b.startswith(f"{n} ")
                                                                 for b in bodies)]
    parties = list(dict.fromkeys(party for party, *_ in items))
    roles = {p.get("name", ""): (p.get("role") or "").lower() for p in people} | \
        {p.name: p.role.lower() for p in ex.cast.people if p.role}
    column = is_column(ex.article.title, [ex.article.body[a:b] for a, b in ex.article.paragraphs])
    if len(parties) < 2 and not (parties and parties[0] in persons and len(persons) >= 3 and column):
        return []  # (a column's writer is its one side, asked among the people it names: "Who argues that …?")
    out = []
    held = {(party, demand.lower()) for party, _, demand, _ in items}
    person_set = set(persons)
    text = side_text(ex)
    holders = _holders(ex)
    said = [(party_name(party_of(c.speaker.name)), c.claim) for c in ex.claims if c.speaker]
    views = _views(ex, people, items)
    unlike: dict[str, bool] = {}  # each side read once: written as a person somewhere in the article?
    # someone the article reports dead holds no view now: never a wrong option of "Who does not want …?"
    talking = {q.speaker.name for q in ex.quotes if q.speaker} | {c.speaker.name for c in ex.claims} | set(parties)
    gone = dead(ex.article.body, [p for p in people if p.get("role") != "organisation"] +
                [{"name": n} for n in persons if n not in known], talking)
    for index, (party, stance, demand, p) in enumerate(items):
        is_person = party in person_set
        others = [s for s in parties if s != party and (s in person_set) == is_person]
        if is_person:
            listed = set(others)
            others += [n for n in persons if n != party and n not in listed and n not in gone and n in banked]
            if len(others) < 2:  # a name the bank does not list (its reading as a person is less sure) fills in last
                others += [n for n in persons if n != party and n not in listed and n not in gone and
                           n not in banked]
            # (a body or a place the article never writes as a person fails the names check as an option; a key
            # that is one itself, "Hallam Aggregates", is asked among no people)
            written = [o for o in [party, *others] if o not in unlike]
            unlike.update((o, looks_like_person(o) and not not_a_person(o, ex.article.body)) for o in written)
            if unlike[party] and column:  # (in a column: its writer asked among the people it names)
                others = [o for o in others if unlike[o]]
        pace(UNIT + 10 * len(others))  # each wrong option is looked for in the prompt: the work grows with them
        shared = set(getattr(p, "shared_with", ()))  # "Y felt the same": Y is right too, so never a wrong option
        others = [o for o in others if o not in shared and not any(o == party_of(x) for x in shared)]
        others = apart(party, unnamed_first(others, demand))
        others = _not_the_asked(others, stance, demand, roles)
        if not is_person:  # "Critics" or a job title among the options names nobody: the question would fail
            others = [o for o in others if party_in(o, ex.article.body) and o.lower() not in GENERIC_HOLDERS and
                      o not in read_as_people and not not_a_side(o, text, person_set, holders)]
            # nor a side that holds the same position ("several parties criticise the same measure")
            others = [o for o in others if not _holds_same(o, stance, demand, items, said)]
            # (nor a part of the key or of another option: "the university's Faculty of Arts" beside the university)
            others = one_kind(party, others, ex.article.body)
        fact = f"demand:{p.evidence[:60]}"
        if not is_person and (weak_holder(party, text, person_set, holders) or _no_holder(party)):
            continue  # "Cooperative asks …", "Senate Majority rejects …": no statement or choice reads well
        if len(others) >= 2 and (is_person or not not_a_side(party, text, person_set, holders | {party})):
            out.append(Candidate({
                "id": ids.make("side", party, " ".join(demand.split()[:3])),
                "type": "choice", "topic": "demands",
                "prompt": f"{'Who' if is_person else 'Which side'} {stance} {lower_first(demand, names)}?",
                "choices": sorted([party, *others[:3]]), "answer": party,
                "source": p.evidence.strip(),
                "explanation": f"The article gives this as the position of {p.side}.",
            }, fact, 0.94 if stance in _JUDGING else 0.95))
            # (a sentence's demand over its criticism: "criticised X for … and demanded that X provide …")
        if not others and not shared_other(party, parties, is_person):
            continue
        def statement(holder: str, truth: str, explanation: str, key: str, priority: float) -> Candidate | None:
            plural = agree(holder, "is") == "are"
            if owner_mismatch(demand, plural):
                return None  # "Castlereach is sceptical of their conclusion": whose, only the article says
            what = agree_joined(lower_first(demand, names), plural)
            said = sentence_case(f"{common_subject(holder, names)} {agree(holder, stance)} {what}.")
            return Candidate({
                "id": ids.make("tf", holder, " ".join(demand.split()[:3])),
                "type": "choice", "topic": "demands", "prompt": f"True or false: {said}",
                "choices": ["True", "False"], "answer": truth, "source": p.evidence.strip(),
                "explanation": explanation,
            }, key, priority)

        true_worth = 0.8 if len(parties) < 3 else 0.6
        said_true = statement(party, "True", f"True: the article gives this as the position of {p.side}.", fact,
                              true_worth)
        out += [said_true] if said_true else []
        other = false_holder([o for o in others if _views_on(views.get(o, set()), demand, (party, o))],
                             f"{stance} {lower_first(demand, names)}", p.evidence, ex.article.body)
        if other and (other, demand.lower()) not in held and not re.search(r"\b(?:his|her|its?|their|him|he|she|they|them)\b",
                                                                   demand, re.IGNORECASE):
            # (a pronoun points back at the holder: "dismisses suggestions that her job was under threat" is nonsense
            # said of a club)
            # every other position is asked false, with another side as its holder: a bank of statements that are
            # all true teaches a student to answer "True" without reading
            said_false = statement(other, "False", f"False: the article gives this as the position of {p.side}, "
                                                   f"not {subject_of(other)}.", fact + ":false",
                                   true_worth + 0.01 if index % 2 else 0.55)
            out += [said_false] if said_false else []
    return out


# the one asked, set off by commas or not: "the health minister, Helena Marsh, to reopen talks"
_ASKED_WHO_TO = re.compile(r"^(?P<who>[^;:]{1,80}?)\s+to\s+[a-z]")
_MINISTERS = re.compile(r"\b(?:ministers?|government|cabinet|secretary\s+of\s+state)\b")
_GOVERNMENT_BODY = re.compile(r"^(?:the\s+)?(?:[A-Z][\w’'-]*\s+)*(?:Government|Ministry|Department|Cabinet|Executive)\b")


def _not_the_asked(others: list[str], stance: str, demand: str, roles: dict[str, str]) -> list[str]:
    """The wrong options of "Which side urges the league to …?" without the one asked: the league itself, or "the
    judge" and the person who is the judge, is no side that could have asked it."""
    if stance not in _ASKING:
        return others
    m = _ASKED_WHO_TO.match(demand)
    if not m:
        return others
    who = m.group("who").lower().strip(" ,")
    words = who.split()
    # "the district council": its noun and the words before it ("Brackwater District Council" is asked, "Elmbury
    # Town Council" is not)
    noun, modifiers = (words[-1], words[1:-1]) if words[0] in ("the", "its", "their") else ("", [])
    government = bool(_MINISTERS.search(who))  # "urged the health minister to …": the government is the one asked

    def asked(o: str) -> bool:
        role = roles.get(o, "")
        low = o.lower().split()
        return word_in(o.lower(), who) or bool(noun) and (
            low[-1] == noun and all(w in low for w in modifiers) or
            role.split()[-1:] == [noun] and all(w in role.split() for w in modifiers)) or \
            government and bool(_GOVERNMENT_BODY.search(o))
    return [o for o in others if not asked(o)]


# Stances against something: a side that "rejects" a plan and one that "backs" it hold opposite positions on one matter
_AGAINST = re.compile(r"^(?:rejects?|opposes?|refuses?|rules?\s+out|denies|deny|dismiss\w*|condemns?|criticis\w*|"
                      r"criticiz\w*|attacks?|blames?|objects?|warns?|fights?|resists?|will\s+not|won['’]t|does\s+not|"
                      r"do\s+not|is\s+against|are\s+against)\b", re.IGNORECASE)


def _holds_same(side: str, stance: str, demand: str, items: list, said: list[tuple[str, str]] = ()) -> bool:
    """Whether `side` holds a position with the same point as `stance demand`: for or against alike, three content
    words and most of the smaller position's shared ("Both parents' groups criticise the cut to the bus service"), or
    says the same in a reported claim (three content words and most of the smaller shared: "X criticises the survey
    plan as too narrow" beside "Y said the survey plan was too narrow")."""
    mine = _content_stems(demand)
    for who, claim in said:
        if who == side:
            theirs = _content_stems(claim)
            if len(mine & theirs) >= 3 and len(mine & theirs) >= 0.6 * min(len(mine), len(theirs)):
                return True
    against = bool(_AGAINST.match(stance))
    for party, o_stance, o_demand, _ in items:
        if party == side and holds_saying(f"{stance} {demand}", f"{o_stance} {o_demand}"):
            return True  # the same position in other words ("wants a 9% rise", "demands a rise of nine per cent")
        if party != side or bool(_AGAINST.match(o_stance)) != against:
            continue
        theirs = _content_stems(o_demand)
        common = len(mine & theirs)
        if common >= 3 and common >= 0.6 * min(len(mine), len(theirs)):
            return True  # (two shared words are one matter, "the total catch", not one position on it)
    return False


def _views(ex: Extraction, people: list[dict], items: list) -> dict[str, set[str]]:
    """What each side is shown to think, as content stems: its positions, and what it and its people say. A side
    a false statement gives another's position to must have a view of its own on that matter, so that "False" is
    in the text: not a side named only as a host, a presidency or a sentence's subject ("Luxembourg urges …")."""
    out: dict[str, set[str]] = {}
    for party, _, demand, _ in items:
        out.setdefault(party, set()).update(_content_stems(demand))
    side_of = {p["name"]: party_of(p["side"]) for p in people if p.get("side")}
    said = [(q.speaker.name, g.text) for q in ex.quotes if q.speaker for g in q.segments]
    said += [(c.speaker.name, c.claim) for c in ex.claims if c.speaker]
    for name, text in said:
        stems = _content_stems(text)
        for holder in {name, party_of(name), side_of.get(name, "")} - {""}:
            out.setdefault(holder, set()).update(stems)
    return out


def _views_on(view: set[str], demand: str, sides: tuple[str, ...]) -> bool:
    """Whether a side's view (its stems, see `_views`) touches the matter of `demand`, beside the sides' own names."""
    named = set().union(*(_content_stems(s) for s in sides))
    return bool((_content_stems(demand) - named) & view)


def shared_other(party: str, parties: list[str], is_person: bool) -> bool:
    """Whether a side with no other side of its kind still has its position asked as a true statement: a body among
    people who hold views ("Ministry of Transport lawyers argue …" beside a harbourmaster's), once the other body's position
    went (both sides appeal); never a side alone in its story."""
    return not is_person and any(p != party for p in parties)


def false_holder(others: list[str], position: str, evidence: str, article: str) -> str:
    """The first of `others` a student could believe holds the position ('' when none can): not named in it or
    in its sentence, not the maker of what it is about; none for a position that is someone's quoted phrase
    (see falsehood.py). Without one, the position is asked as a true statement and a "Which side …?" only."""
    if quoted_figure(position, evidence):
        return ""
    return next((o for o in others if not implausible(o, position, evidence, article)), "")


def _short_items(items: list, pace: Pacer | None = None) -> list:
    """Positions short and plain enough to stand as an option or a match item ("refuses to reopen the deal")."""
    pace = pace or Pacer()
    out = []
    for x in items:
        pace()
        if getattr(x[3], "shared_with", ()):
            continue  # held by two ("Y felt the same"): as an option or a match item it has two right sides
        if len(f"{x[1]} {x[2]}".split()) <= MAX_ITEM_WORDS and _phrase_ok(f"{x[1]} {x[2]}"):
            out.append(x)
    return out


# A position that points back at its sentence ("rejects that condition", "when he arrived", "their demands"):
# whose or which, only the article says, so it is neither the key nor a wrong option of a position question
_POINTS_BACK = re.compile(r"\b(?:he|she|him|his|her|hers|it|its|they|them|their|theirs)\b|\b(?:this|these|those)\b"
                          r"(?!\s+(?:year|week|month|season|spring|summer|autumn|winter|morning|evening|weekend)s?\b)|"
                          r"\bthat\s+[a-z]+(?:$|\s+(?:of|on|to|in|for|when|from|with|by|as|at|over)\b)", re.IGNORECASE)


def _overlaps(a: str, b: str) -> bool:
    """Whether two sides share a member ("the UK" in "UK, France and Germany", a party in its own bloc): a
    position of one may be the other's too, so it is no wrong option of a question on the other."""
    na, nb = norm(party_of(a)).removeprefix("the "), norm(party_of(b)).removeprefix("the ")
    return bool(na and nb) and (word_in(na, nb) or word_in(nb, na))


def _said_by_holder(items: list) -> dict[str, list[str]]:
    """Each side's positions as worded ("wants a 9% rise"): a wrong option of a question on that side must be none
    of them in other words, or the side holds two of the options."""
    out: dict[str, list[str]] = {}
    for party, stance, demand, _ in items:
        out.setdefault(party, []).append(f"{stance} {demand}")
    return out


def _unlike_options(key: str, offered: list[tuple[str, object]], holder_says: list[str], pace: Pacer,
                    enough: int = 3) -> list[tuple[str, object]]:
    """The wrong options of a position question (worded with their stance, with their Position), in order, without
    one that says the key's thing or one of the key holder's other positions in other words (`alike.same_saying`), and
    with one of two options that say one thing: the later one, the body's wording of what a headline or a standfirst
    put first. Read until `enough` are kept."""
    kept: list[tuple[str, object]] = []
    for text, p in offered:
        if len(kept) >= enough:
            break
        pace(UNIT // 8 * (1 + len(holder_says) + len(kept)))  # one option compared with the key and the others
        if same_saying(text, key) or any(holds_saying(text, own) for own in holder_says):
            continue
        twin = next((i for i, (t, _) in enumerate(kept) if same_saying(text, t)), None)
        if twin is None:
            kept.append((text, p))
        elif getattr(p, "start", 0) > getattr(kept[twin][1], "start", 0):
            kept[twin] = (text, p)
    return kept


def possessive(holder: str) -> str:
    """'the United Kingdom's', 'Lumora Technologies'', 'Parents'': a side as the owner of a position."""
    return f"{holder}'" if holder.endswith("s") and not holder.endswith("ss") else f"{holder}'s"


def positions_of_candidates(ids: Ids, items: list, names: frozenset[str],
                            pace: Pacer | None = None) -> list[Candidate]:
    """'Which of these is Russia's position, according to the article?' with other sides' positions as options,
    those on the same matter first; never one of a side that shares a member with the holder (a bloc it is in),
    whose position may be the holder's too, so that exactly one option is the holder's."""
    pace = pace or Pacer()
    holder_says = _said_by_holder(items)
    items = _short_items(items, pace)
    held = [p for *_, p in items]
    stems = {}
    for _, _, demand, _ in items:
        pace()
        stems[demand] = _content_stems(demand)
    out = []
    for party, stance, demand, p in items:
        pace()
        if party.lower() in GENERIC_HOLDERS:
            continue  # "Which of these is Critics' position?": nobody named holds it
        mine = stems[demand]
        offered: list[tuple[int, int, str]] = []
        last = party.split()[-1] if len(party.split()) >= 2 and len(party.split()[-1]) >= 4 else party
        for at, (o_party, o_stance, o_demand, o_p) in enumerate(items):
            pace(UNIT // 4)  # one pair compared: the sides, the sentence, the wording
            text = f"{o_stance} {lower_first(o_demand, names)}"
            # (a position told in a sentence naming the holder may be the holder's too: "Mr Herron said people
            # did not want it")
            if o_party != party and not _overlaps(o_party, party) and o_demand.lower() != demand.lower() and \
                    not word_in(last, o_p.evidence) and \
                    text not in (t for _, _, t in offered) and not says_of_what(text) and not _POINTS_BACK.search(text):
                offered.append((-len(mine & stems[o_demand]), at, text))
        key = f"{stance} {lower_first(demand, names)}"
        wrong = [t for t, _ in _unlike_options(key, [(t, held[o_at]) for _, o_at, t in sorted(offered)],
                                               holder_says.get(party, []), pace)]
        if len(wrong) < 2 or _POINTS_BACK.search(demand):
            continue
        out.append(Candidate({
            "id": ids.make("position", party, " ".join(demand.split()[:3])),
            "type": "choice", "topic": "demands",
            "prompt": f"Which of these is {possessive(subject_of(party))} position, according to the article?",
            "choices": sorted([key, *wrong]), "answer": key,
            "source": p.evidence.strip(),
            "explanation": f"{p.side} {key}; the other options are positions of other sides in the article.",
        }, f"demand:{p.evidence[:60]}", 0.75))
    return out


# Stances by which a side asks another to act ("urges the province to restore funding"), as the verb that asks.
_ASKING = {"urges": "urge", "calls on": "call on", "asks": "ask", "appeals to": "appeal to", "orders": "order",
           "pleads with": "plead with", "wants": "want", "invites": "invite"}
# The one asked, then "to" and the action: "the province to restore funding", "Lumora to open its store".
_ASKED_TO = re.compile(r"^(?P<who>(?:(?:the|its|their|his|her|all|both)\s+)?(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)\s+to\s+"
                       r"(?P<act>(?!be\b)[a-z][\w’'-]*\b.*)$")
_NOT_ASKED = re.compile(r"^(?:him|her|them|it|us|me|you|this|that|there|what|which|who|how|more|time|money|"
                        r"(?:the|a|an)\s+(?:right|chance|time|power|money|way|deadline))\b", re.IGNORECASE)


# Someone who can be asked to act: a name, or a described party ("the government", "both sides", "the board").
_AGENT = re.compile(r"(?:(?:the|its|their|his|her|all|both)\s+)?(?:[A-Z]|(?:[\w-]+\s+)?(?:government|council|board|"
                    r"sides?|parties|ministers?|minister|union|unions|company|league|club|clubs|owners|authority|"
                    r"province|state|city|mayor|president|premier|regulator|employers?|management|workers|teachers|"
                    r"members|players|trust|department|ministry|administration|governor|committee|commission)\b)")
# An action starts with its verb: "a lower rate of 2%" (after "agreed to") is a thing agreed to, not an action
_NOT_VERB_START = re.compile(r"(?:a|an|the|its|their|his|her|this|that|these|those|any|all|some|no|more|less|every|"
                             r"each|both|[\d$£€])", re.IGNORECASE)


# a relative clause after the act's object: "dismiss a claim brought by 60 tenants who say their flats …"
_RELATIVE_AFTER = re.compile(r"\s+(?:who|which|whose)\s")


def _act_before_relative(act: str) -> str:
    """An act too long for an option, without the relative clause that describes its object ("dismiss a claim
    brought by 60 tenants"), when what is left is still an act of three words or more; else the act."""
    if len(act.split()) <= MAX_ITEM_WORDS:
        return act
    head = _RELATIVE_AFTER.split(act, maxsplit=1)[0].rstrip(" ,")
    return head if 3 <= len(head.split()) <= MAX_ITEM_WORDS and "," not in head else act


def asked_candidates(ex: Extraction, ids: Ids, items: list, names: frozenset[str],
                     pace: Pacer | None = None) -> list[Candidate]:
    """'What does the union want the province to do?' from 'urges the province to restore funding': the action is
    the key, and the other sides' actions ('withdraw the increase', 'reopen its budget') are the options."""
    pace = pace or Pacer()
    actions: list[tuple[str, str]] = []  # (party, verb phrase): every action some side wants, offers or refuses
    asks = []
    mains = main_positions(items, {c.name for c in ex.cast.people if c.kind == "person"})
    for party, stance, demand, p in items:
        pace()
        m = _ASKED_TO.match(demand) if stance in _ASKING else None
        if m and stance == "wants" and not _AGENT.match(m.group("who")):
            m = None  # "wants the rebate to come to an end": a thing, not someone asked to act
        if m and not _NOT_ASKED.match(m.group("who")) and not re.search(r"\b(?:said|says|that|which|who)\b",
                                                                          m.group("who")):
            asks.append((party, stance, m.group("who"), m.group("act"), p))
            actions.append((party, m.group("act")))
        elif stance.endswith(" to") and re.match(r"[a-z]", demand) and not _NOT_VERB_START.match(demand):
            actions.append((party, demand))
    out = []
    for party, stance, who, act, p in asks:
        pace(len(actions))
        act = _act_before_relative(act)
        if len(act.split()) > MAX_ITEM_WORDS or not _phrase_ok(act):
            continue
        wrong: list[str] = []
        for o_party, o_act in actions:
            if o_party != party and o_act.lower() != act.lower() and o_act not in wrong and \
                    len(o_act.split()) <= MAX_ITEM_WORDS and _phrase_ok(o_act):
                wrong.append(o_act)
        verb = _ASKING[stance]
        plural = agree(party, "does") == "do"
        prompt = f"What {'do' if plural else 'does'} {common_subject(party, names)} {verb} {lower_first(who, names)} to do?"
        if len(wrong) < 2:
            if any(o[0] == party and o[2].lower() == who.lower() and o[3].lower() != act.lower() for o in asks):
                continue  # a side that asks Y two things: "What does X ask Y to do?" typed has two right answers
            if f"demand:{p.evidence[:60]}" in mains:  # a side's main demand, with no other actions to offer
                out.append(Candidate({
                    "id": ids.make("asks", party, " ".join(act.split()[:3])), "type": "flash", "topic": "demands",
                    "prompt": sentence_case(prompt), "answer": sentence_case(act), "source": p.evidence.strip(),
                    "explanation": f"{sentence_case(subject_of(party))} {stance} {lower_first(who, names)} to {act}.",
                }, f"demand:{p.evidence[:60]}", MAIN_FLASH))
            continue
        out.append(Candidate({
            "id": ids.make("asks", party, " ".join(act.split()[:3])),
            "type": "choice", "topic": "demands", "prompt": sentence_case(prompt),
            "choices": sorted([act, *wrong[:3]]), "answer": act, "source": p.evidence.strip(),
            "explanation": f"{sentence_case(subject_of(party))} {stance} {lower_first(who, names)} to {act}.",
        }, f"demand:{p.evidence[:60]}", 0.96))
    return out


def match_candidates(ex: Extraction, ids: Ids, items: list, names: frozenset[str],
                     pace: Pacer | None = None, people: list[dict] | None = None) -> list[Candidate]:
    persons = {p.name for p in ex.cast.people if p.kind == "person"}
    # ("Rejects that criticism", "offers to resign but that the board asked him to stay": which, whose, only
    # the sentence says; a match item stands alone)
    items = [x for x in _short_items(items, pace) if not _POINTS_BACK.search(x[2])]
    if people is not None:
        # a name the article reads as a person but the bank does not list is judged a party by the bank's checks:
        # it belongs in neither group
        listed = {p["name"] for p in people if p.get("role") != "organisation"}
        items = [x for x in items if x[0] not in persons or x[0] in listed]
        persons |= listed
    groups = [x for x in items if x[0] not in persons]
    items = groups if len({x[0] for x in groups}) >= 2 else [x for x in items if x[0] in persons]
    pairs, rights, firsts = [], [], []
    by_party: dict[str, list] = {}
    for x in items:
        by_party.setdefault(x[0], []).append(x)
    for k in range(3):
        for party, xs in by_party.items():
            if k < len(xs) and len(pairs) < 6:
                _, stance, demand, p = xs[k]
                left = sentence_case(f"{stance} {lower_first(demand, names)}")
                if left not in [a for a, _ in pairs]:
                    pairs.append([left, party])
                    rights.append(party)
                    firsts.append(p)
    if len(pairs) < 3 or len(set(rights)) < 2:
        return []
    return [Candidate({
        "id": ids.make("match", "positions"), "type": "match", "topic": "demands",
        "prompt": "Match each position to the side that holds it.", "pairs": pairs,
        "source": firsts[0].evidence.strip(),
        "explanation": "; ".join(f"{r}: {lower_first(left, names)}" for left, r in pairs),
    }, "match:positions", 0.8)]


def _dateline(d) -> bool:
    """A caption ending on its full date ("… outside Kyiv, Ukraine January 18, 2022."): the date is the
    pictured event's own, as a reader takes it."""
    return d.precision == "day" and d.evidence.rstrip(" .").endswith(d.as_written) and \
        bool(re.search(r"\d{4}$", d.as_written)) and not _PREP_END.search(d.evidence.rstrip(" .")[:-len(d.as_written)])


# a preposition before a sentence's closing date: the date of its clause ("… and close on 15 February 2026."), no
# caption's dateline
_PREP_END = re.compile(r"\b(?:on|in|by|from|until|till|since|before|after|of|to|and|for|at|between)\s*$", re.IGNORECASE)


def _own_events(ex: Extraction, people: list[dict] | None = None) -> list:
    """The dated events a question may ask "when" of: those whose date is their own, and, given the bank's people,
    those whose only fault was a "he"/"she" subject that `_named_subject` names."""
    out = []
    sexed = None
    for d in ex.dates:
        if not (d.precision and _ISO.match(d.date)):
            continue
        if _not_the_events(d) or year_of_a_name(d.as_written, d.evidence):
            continue  # (… or "Connect 2030 promised …": the year is the plan's name, see columns.py)
        if getattr(d, "own", True) or _dateline(d):
            out.append(d)
        elif people and getattr(d, "pronoun_at", -1) >= 0 and ex.article.body[d.pronoun_at] == "I":
            named = _named_speaker(d, ex, {p["name"] for p in people})
            if named:
                out.append(named)
        elif people and getattr(d, "pronoun_at", -1) >= 0 and ex.article.body.startswith("They", d.pronoun_at):
            named = _named_couple(d, ex)
            if named:
                out.append(named)
        elif people and getattr(d, "pronoun_at", -1) >= 0:
            if sexed is None:  # (everyone the ranking reads the sexes of, so its one pattern of names is reused)
                known = {p.get("name") for p in people}
                persons = {p.name for p in ex.cast.people if p.kind == "person"}
                sexed = sexes(ex.article.body, people + [{"name": n} for n in sorted(persons - known)])
            named = _named_subject(d, ex, sexed)
            if named:
                out.append(named)
    return out


_QUOTED_STRETCH = re.compile(r"“[^”]*”|\"[^\"]*\"")
_HE_OR_SHE_WORD = re.compile(r"\b(?:he|she|his|her|him)\b", re.IGNORECASE)
_OPENS_HE_SHE = re.compile(r"^(?:He|She)\s+")


# "…, the county court heard on Tuesday": the day of the hearing, not of what it heard about
_HEARD_ON = re.compile(r",\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:court|jury|inquest|tribunal|hearing|inquiry|committee|"
                       r"trial)\s+(?:heard|was told|were told)\s+(?:on\s+|last\s+|this\s+)?$", re.IGNORECASE)


_SPAN_END = re.compile(r"\b(?:between\s+(?:[\w’'-]+\s+){1,3}and|from\s+(?:[\w’'-]+\s+){1,3}(?:to|until))\s+$")
_LONG_LOWER = re.compile(r"[a-z]{4,}")


def _not_the_events(d: DatedEvent) -> bool:
    """Whether the date, though the extraction took it as the event's own, dates something else: the hearing that
    was told of the event ("ignored warnings for two winters, the court heard on Tuesday"), or the end of a span the
    event runs over ("rented the flat between 2023 and this spring": 2023 to 2026, not 2026)."""
    at = d.evidence.find(d.as_written)
    if at < 0:
        return False
    before = d.evidence[:at]
    return bool(_HEARD_ON.search(before) or _SPAN_END.search(before))


# "I" and the verb after it, as the speaker's name takes it: "I am moving" -> "X is moving"
_FIRST_VERB = {"am": "is", "have": "has", "was": "was", "will": "will", "would": "would", "had": "had", "could": "could",
               "can": "can", "should": "should", "might": "might", "must": "must"}
_FIRST_PERSON_ANY = re.compile(r"\b(?:I|me|my|mine|myself|we|us|our|ours)\b")
# a trailing purpose clause that only the speaker's "my" ties to them: "… to live near my daughter"
_MY_PURPOSE = re.compile(r"\s+to\s+(?!(?:the|a|an|my|his|her|their|its|our)\b)[a-z]+\b[^,;]*\b(?:my|me|our|us)\b[^,;]*$")


def _named_speaker(d: DatedEvent, ex: Extraction, listed: set[str]) -> DatedEvent | None:
    """The event of an interview answer with its "I" named by the one person who gives the answer ("I am moving to the
    mainland in September" -> "Nora Haldane is moving to the mainland"), or None: the "I" not inside a quotation of one
    person the bank lists, a verb whose third person is not sure, or other first-person words left ("my house")."""
    at = d.pronoun_at
    quote = next((q for q in ex.quotes if q.speaker and any(s.start <= at < s.end for s in q.segments)), None)
    if quote is None or quote.speaker.kind != "person" or quote.speaker.name not in listed:
        return None
    m = re.match(r"I\s+([a-z]+)\b(.*)$", d.event)
    verb = m.group(1) if m else ""
    if verb in _FIRST_VERB:
        verb = _FIRST_VERB[verb]
    elif not (verb in IRREGULAR or re.fullmatch(r"[a-z]{2,}ed", verb)):
        return None  # "I move", "I think": a present whose third person the rule does not make
    rest = _MY_PURPOSE.sub("", m.group(2))
    if _FIRST_PERSON_ANY.search(rest):
        return None
    return replace(d, event=f"{quote.speaker.name} {verb}{rest}", own=True)


def _named_subject(d: DatedEvent, ex: Extraction, sexed: dict[str, str]) -> DatedEvent | None:
    """The event with its "he"/"she" subject named, or None when the text does not make it sure whom the pronoun
    means: one person, and one only, is named from the start of the sentence before (in the same paragraph or
    the one before it) up to the pronoun, and the article shows that person to be the one the pronoun says."""
    body = ex.article.body
    at = d.pronoun_at
    k = ex.article.ended_by(at)  # the pronoun's sentence is the k-th (0-based); the one before is k - 1
    sents = ex.article.sentences
    if k >= len(sents):
        return None
    lo = sents[k - 1].start if k >= 1 and sents[k].paragraph - sents[k - 1].paragraph <= 1 else sents[k].start
    if k >= 1 and sents[k - 1].furniture:
        lo = sents[k].start
    masked = _QUOTED_STRETCH.sub(lambda m: " " * len(m.group()), body[lo:at])
    persons = {m.person for m in ex.cast.mentions_in(lo, at)
               if m.kind == "person" and m.person and masked[m.start - lo:m.end - lo].strip()
               and not _BIRTH_NAME.search(body[max(0, m.start - 6):m.start])}  # ("Born X Y in 1937, she": her own)
    want = "f" if body[at:at + 3].lower() == "she" else "m"
    if not persons:
        name = _story_subject(ex, at, sexed, want, masked[sents[k].start - lo:])
        if name:  # "She was 88. Her family said she died on Tuesday": the person the story is about
            return replace(d, event=f"{name} {_OPENS_HE_SHE.sub('', d.event)}", own=True)
    if len(persons) != 1 or _HE_OR_SHE_WORD.search(masked[sents[k].start - lo:]):
        return None  # two people could be meant; or another pronoun of this sentence is read first
    name = next(iter(persons))
    if sexed.get(name) != want:
        return None
    rest = _OPENS_HE_SHE.sub("", d.event)
    return replace(d, event=f"{name} {rest}", own=True)


_BIRTH_NAME = re.compile(r"\b[Bb]orn\s+$")  # "Born Ingrid Maria Vasquez": the name given at birth, the same person
_OTHER_SEX_WORD = {"f": re.compile(r"\b(?:he|his|him)\b", re.IGNORECASE),
                   "m": re.compile(r"\b(?:she|her|hers)\b", re.IGNORECASE)}


# The spouse as the sentence before names them: "she met her husband, the engineer Thomas Hale"
_SPOUSE = re.compile(r"\b(his|her)\s+(?:future\s+|first\s+|second\s+)?(husband|wife|partner)\s*,?\s*(?:(?:the|an?)\s+"
                     r"(?:[a-z-]+\s+){1,2})?$", re.IGNORECASE)


def _named_couple(d: DatedEvent, ex: Extraction) -> DatedEvent | None:
    """"They married in 1961" after "she met her husband, the engineer Thomas Hale": the person the story is about
    (`profile_subject`) and the spouse the sentence before names after "her husband"/"his wife" — "X married Y" —
    or None when that sentence names anyone else or no spouse."""
    body = ex.article.body
    at = d.pronoun_at
    k = ex.article.ended_by(at)
    sents = ex.article.sentences
    if k < 1 or k >= len(sents) or sents[k].paragraph != sents[k - 1].paragraph:
        return None
    lo = sents[k - 1].start
    masked = _QUOTED_STRETCH.sub(lambda m: " " * len(m.group()), body[lo:at])
    named = [m for m in ex.cast.mentions_in(lo, at) if m.kind == "person" and m.person and
             masked[m.start - lo:m.end - lo].strip() and not _BIRTH_NAME.search(body[max(0, m.start - 6):m.start])]
    subject = ex.cast.derived("profile_subject", lambda: profile_subject(ex.cast.mentions, body))
    others = {m.person for m in named} - {subject}
    if not subject or len(others) != 1:
        return None
    spouse = next(iter(others))
    m = next(m for m in named if m.person == spouse)
    kin = _SPOUSE.search(body, max(0, m.start - 60), m.start)
    verb = re.match(r"They\s+(married|wed|divorced)\b(.*)$", d.event)
    if not kin or not verb:
        return None
    rest = verb.group(2)
    if verb.group(1) == "divorced":
        return replace(d, event=f"{subject} and {spouse} divorced{rest}", own=True)
    return replace(d, event=f"{subject} married {spouse}{rest}", own=True)


def _story_subject(ex: Extraction, at: int, sexed: dict[str, str], want: str, before: str) -> str | None:
    """The person a profile or obituary is about (`profile_subject`), for a "he"/"she" with no one named in the
    sentences before it: when that person is of the pronoun's sex and the last person of that sex named before the
    pronoun, and no pronoun of the other sex comes earlier in the sentence."""
    if _OTHER_SEX_WORD[want].search(before) or any(s.start <= at < s.end for q in ex.quotes for s in q.segments):
        return None  # ("He opened on Christmas morning," his lawyer said: a quotation's "he" is the speaker's to name)
    name = ex.cast.derived("profile_subject", lambda: profile_subject(ex.cast.mentions, ex.article.body))
    if not name or sexed.get(name) != want:
        return None
    last = None
    for m in ex.cast.mentions_in(0, at):
        if m.kind == "person" and m.person and m.end <= at and sexed.get(m.person) == want and \
                not _BIRTH_NAME.search(ex.article.body[max(0, m.start - 6):m.start]):
            last = m.person
    return name if last == name else None


def _cut_from_list(event: str, evidence: str) -> bool:
    """True when the event starts inside a list of names ("…from A, B and C gathered" cut after "A, ")."""
    first = event.split()[0] if event.split() else ""
    at = evidence.find(first)
    before = re.search(r"([A-Z][\w’'-]*), $", evidence[:at]) if at > 2 else None
    # "On Thursday, US President … warned": a time phrase before the clause, not a list of names
    return bool(before) and not _TIME_WORD.fullmatch(before.group(1))


_TIME_WORD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
                        r"August|September|October|November|December|Today|Yesterday|Tomorrow|Tonight|Earlier|"
                        r"Later|Meanwhile|Then|Now|Afterwards|Last|Recently")


_OPENS_CLAUSE = {"and", "but", "or", "that", "which", "who", "when", "while", "after", "before", "as", "because", "if",
                 "since", "then", "so", "said", "says", "say", "until", "once", "where", "though", "although", "also"}


_NO_WORD_BEFORE = re.compile(r"(?<![\w’'-])")
_NO_WORD_AFTER = re.compile(r"(?![\w’'-])")
_SPACES = re.compile(r"\s+")


def _loose_words(words: list[str], evidence: str) -> list[tuple[int, int]]:
    r"""Spans of the words (no spaces in any) standing alone in the evidence, one after another, letters in either
    case: what re.finditer(r"(?<![\w’'-])W1\s+W2(?![\w’'-])", evidence, re.IGNORECASE) finds, without compiling
    a pattern per event: such patterns pushed the fixed ones out of the re module's cache, so every draft compiled
    them all again. Left to re when a word is not ASCII or the evidence holds a letter whose case re pairs apart."""
    if not all(w.isascii() for w in words) or any(c in evidence for c in ASCII_CASE_PAIRS):
        pattern = r"(?<![\w’'-])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w’'-])"
        return [m.span() for m in re.finditer(pattern, evidence, re.IGNORECASE)]
    low = evidence.lower()
    lows = [w.lower() for w in words]
    out: list[tuple[int, int]] = []
    at = low.find(lows[0])
    while at >= 0:
        end = at + len(lows[0])
        for w in lows[1:]:
            gap = _SPACES.match(evidence, end)
            if not gap or not low.startswith(w, gap.end()):
                end = -1
                break
            end = gap.end() + len(w)
        if end >= 0 and _NO_WORD_BEFORE.match(evidence, at) and _NO_WORD_AFTER.match(evidence, end):
            out.append((at, end))
            at = low.find(lows[0], end)
        else:
            at = low.find(lows[0], at + 1)
    return out


def _in_apposition(value: str, text: str) -> bool:
    r"""Whether the value stands between commas after a word ("the former mayor, 61, was"), as
    re.search(r"\w, " + re.escape(value) + r",", text) says, without compiling a pattern per value."""
    needle = ", " + value + ","
    at = text.find(needle)
    while at >= 0:
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_"):
            return True
        at = text.find(needle, at + 1)
    return False


def _cut_from_noun(event: str, evidence: str) -> bool:
    """True when the event's subject is the end of a longer name or noun phrase ("campaign will reach its third
    year" from 'the "Read with one" reading campaign - which will reach …'): asked alone, it names nothing."""
    words = event.split()[:2]
    if len(words) < 2:
        return False
    pair = _loose_words(words, evidence)
    m = pair[0] if pair else None
    if not m:  # the clause was joined up ("campaign – which will be" as "campaign will be"): its first word, if once
        alone = _loose_words(words[:1], evidence)
        m = alone[0] if len(alone) == 1 else None
    if not m or m[0] == 0:
        return False
    before = evidence[:m[0]]
    first = evidence[m[0]:m[1]].split()[0]
    if not before.endswith(" ") or not first.islower() or first in _NOT_NOUN:
        return False  # a clause opens with a name, a determiner or a conjunction, or after an opening quotation mark
    if evidence[m[0] + len(first):m[0] + len(first) + 1] in "”\"":
        return True  # 'read with one” campaign': the last word of a quoted name
    prev = before.split()[-1]
    if re.search(r"[^,][\"”]$", prev):
        return True  # 'the “Read. Ride. Repeat.” literacy campaign': a quoted name before the noun
    return bool(re.fullmatch(r"[a-z][a-z’'-]*", prev)) and prev not in _NOT_NOUN | _OPENS_CLAUSE and not re.fullmatch(
        r"(?:years?|months?|weeks?|days?|decades?|ago|now|today|yesterday|tonight|earlier|later|recently)", prev)


# Words that do not end a noun phrase's modifiers or start a cut one: determiners, pronouns, prepositions.
_NOT_NOUN = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
             "some", "any", "no", "each", "every", "all", "both", "he", "she", "it", "they", "we", "i", "you", "if",
             "unless", "once", "until", "when", "while", "said", "says", "told", "of", "for", "to", "at", "in", "on",
             "by", "with", "from", "into", "about", "after", "before", "over", "under", "ahead", "through", "during",
             "against", "without", "within", "between", "is", "are", "was", "were", "be", "been", "has", "have", "had",
             "will", "would", "could", "should", "can", "may", "might", "must", "not", "new", "additional"}


def _cut_short(event: str, evidence: str) -> bool:
    """True when the event stops where its clause goes on ("… would allow the company" + "to …")."""
    tail = " ".join(event.split()[-3:])
    at = evidence.find(tail)
    if at < 0:
        return False
    that = _THAT_TAIL.search(event)
    if that and not any(_RELATIVE_VERB.fullmatch(w.lower()) or w.lower() in _TAIL_VERBS or w.lower() in IRREGULAR or
                        re.fullmatch(r"[a-z]{2,}s", w) for w in that.group(1).split()):
        return True  # "the minister confirmed that Kestria's national quota" (its verb, "will be set", cut away)
    after = evidence[at + len(tail):].split()[:2]
    if len(after) == 2 and after[0].lower() == "that" and _RELATIVE_VERB.fullmatch(after[1].lower()):
        return False  # "voted to end a 19-day strike that had left 60 ships waiting": a relative on the noun, which
        # the event can do without
    return bool(after) and after[0].lower() in ("to", "that", "of")


# a "that" clause at the event's end (up to eight words): it must keep a verb of its own
_THAT_TAIL = re.compile(r"\b(?:[a-z]{2,}ed|said|says|told|tells|warns|claims|believes|thinks|insists|knew|saw|found|"
                        r"felt|wrote|shows|showed|means)\s+that\s+((?:[\w’'-]+\s+){0,7}[\w’'-]+)$")
# (only after a verb: "have kept most of that squad together" is a determiner's "that")
_TAIL_VERBS = frozenset({"be", "been", "do", "does", "did", "go", "goes", "went", "come", "comes", "came", "take",
                         "takes", "took", "get", "gets", "got", "make", "makes", "made", "need", "needs", "want",
                         "wants", "remain", "remains", "stay", "stays", "rise", "rises", "rose", "fall", "falls",
                         "fell", "end", "ends", "close", "closes", "open", "opens", "begin", "begins", "began", "run",
                         "runs", "ran", "must", "shall", "should", "won't", "can't"})
# a verb right after "that": the "that" opens a relative clause on the noun before it, not a reported clause
_RELATIVE_VERB = re.compile(r"had|has|have|was|were|is|are|will|would|could|can|may|might|[a-z]{3,}ed")


def _completed(event: str, evidence: str) -> str:
    """'the ground will be too soft' + 'for the movement of heavy armour': an event that stops on 'too …' or
    'enough' gets the rest of its clause back; what it is too soft for is the point. One cut inside a list of
    names ('the selection of A, B, C' + 'and D') gets the list's last name back, and an aside cut inside one
    ('for Harbour Press, the owner of A' + ', B and C') is left out."""
    tail = " ".join(event.split()[-3:])
    at = evidence.find(tail)
    after = evidence[at + len(tail):] if at >= 0 else None  # the evidence after the event's last words
    listed = re.match(r",?\s+(?:and|or)\s+((?:[A-Z][\w.&’'-]*\s?){1,4})(?=[,;.]|\s+[a-z]|$)", after) \
        if after is not None and re.search(r",\s+(?:[A-Z][\w.&’'-]*\s?){1,4}$", event) else None
    if listed:
        return f"{event} and {listed.group(1).strip()}"
    aside = re.search(r",\s+(?:the|a|an)\s+[^,]+$", event)
    if aside and after is not None and re.match(r"\s*,", after):
        return event[:aside.start()]  # "for Harbour Press, the owner of A" cut inside its list: the aside goes whole
    if not re.search(r"\b(?:too \w+|enough)$", event):
        return event
    m = re.match(r"\s+(for|to)\s+[^.,;:!?“”\"]+", after) if after is not None else None
    return event + m.group().rstrip() if m and len(m.group().split()) <= 10 else event


def _whole_event(d: DatedEvent) -> DatedEvent | None:
    """The dated event with its clause completed (`_completed`), or None when it is cut from its sentence: a
    quotation's "X said: …", a start inside a list of names, a stop where the clause goes on. One place for
    the date questions and the timeline, which ask the same events."""
    d = replace(d, event=_completed(d.event, d.evidence))
    if ":" in d.event or _cut_from_list(d.event, d.evidence) or _cut_short(d.event, d.evidence) or \
            _cut_from_noun(d.event, d.evidence):
        return None
    return d


# A sentence that opens on a time clause ("When the last mill closed in 2019, Ada Moss bought it"): two events, the
# clause's and the sentence's, each with its own subject after the comma.
_FRONTED = re.compile(r"^(?:When|After|Before|Once|As soon as|Until|Since)\s")
_SPLICE = re.compile(r",\s+(?:(?:[A-Z][\w’'-]*|the|a|an)\s+){1,4}(?:[a-z]+ed|was|were|had|has|is|are|will|would|did|"
                     r"bought|began|came|made|took|went|got|sold|won|lost|left|said|told)\b")


def _fronted_clause(d: DatedEvent) -> DatedEvent | None:
    """The dated event of a sentence that opens on a time clause, cut to the clause the date is in: the opening
    clause ("the last mill closed", dated 2019) or the rest; never both run together ("did the last mill close,
    Ada Moss bought …?")."""
    splice = _SPLICE.search(d.event)
    if not splice or not _FRONTED.match(d.evidence.lstrip("“\"")):
        return d
    comma = d.evidence.find(",")
    at = d.evidence.find(d.as_written)
    if comma < 0 or at < 0:
        return None
    if at < comma:
        return replace(d, event=d.event[:splice.start()])
    return None  # the date is the main clause's: asked by the event the extraction gives when it has no comma


# "The next hearing is on August 19", "The vote will be on 3 March", "The deadline is set for 9 May": a noun phrase whose
# copula and date the extraction took away, so its event is the noun phrase alone
_COPULA_DATE = re.compile(r"\s+(?P<be>is|are|will\s+be)\s+(?:now\s+|also\s+|still\s+)?(?:(?:set|scheduled|due|planned|"
                          r"fixed|expected)\s+(?:for|on)\s+|on\s+|in\s+|due\s+)?")
# a subject that is an ordinal whose noun the sentence before gave ("The second freed …", "The latter was …")
_ELIDED_HEAD = re.compile(r"(?:The|the)\s+(?:first|second|third|fourth|fifth|sixth|last|latter|former|other)[\s,]+(?:[a-z]+ed|"
                          r"was|were|is|are|had|has|have|will|would|took|began|came|went|met|won|lost|left|saw|made|"
                          r"gave|sold|bought|ran|fell|rose)\b")
_COPULA_WH = {"day": "On what date", "month": "In what month", "year": "In what year"}


def _copula_question(d: DatedEvent, event: str, names: frozenset[str]) -> str | None:
    """"On what date is the next hearing?" for "The next hearing is on August 19" (a present or future copula with the
    date as its complement), or None: the event a clause with its own verb, the date not right after the copula."""
    evidence = " ".join(d.evidence.split())
    if getattr(d, "tense", "past") not in ("present", "future") or d.precision not in _COPULA_WH or \
            not evidence.startswith(d.event) or has_finite_verb(d.event) or len(d.event.split()) > 12:
        return None
    cop = _COPULA_DATE.match(evidence, len(d.event))
    written = re.sub(r"^(?:on|in)\s+", "", d.as_written, flags=re.IGNORECASE)
    if not cop or not evidence.startswith(written, cop.end()):
        return None
    be = " ".join(cop.group("be").split())
    np = lower_first(event, names)
    return f"{_COPULA_WH[d.precision]} will {np} be?" if be == "will be" else f"{_COPULA_WH[d.precision]} {be} {np}?"


def _joined_dates(events: list) -> set[tuple[str, str]]:
    """The (sentence, event) pairs that the extraction dates twice at one precision ("Elections will be held in two
    phases on April 9 and April 16", "Talks will resume on 3 June or 4 June"): the event has both dates, so a
    question keyed to one of them has a second right answer."""
    seen: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for d in events:
        seen.setdefault((d.evidence, d.event), set()).add((d.date, d.precision))
    return {k for k, v in seen.items() if len({p for _, p in v}) == 1 and len(v) > 1}


_ENDS_SENTENCE = re.compile(r"[.!?][”\"’']?\s*$")


def date_candidates(ex: Extraction, ids: Ids, people: list[dict], names: frozenset[str],
                    pace: Pacer | None = None) -> list[Candidate]:
    """'On what date did …?' for events the text dates itself; choice among the article's other dates."""
    pace = pace or Pacer()
    events = _own_events(ex, people)
    bodies = tuple(dict.fromkeys(m.text for m in ex.cast.mentions if m.kind == "org"))  # named like a person?
    lead = next((s.text for s in ex.article.sentences if not s.furniture), "")  # the story's first sentence
    story = [s for s in ex.article.sentences if not s.furniture]  # … and its first two paragraphs (rank.Prominence)
    # (the story's own paragraphs: a byline between the standfirst and the lead is no paragraph of it)
    # (…nor a press release's header lines: "PRESS RELEASE", the office's name, "For immediate release: 9 May")
    first_two = set(list(dict.fromkeys(s.paragraph for s in story if len(s.text.split()) >= 8 and
                                       _ENDS_SENTENCE.search(s.text)))[:2])
    opening = " ".join(" ".join(s.text.split()) for s in story if s.paragraph in first_two)
    labels_by_precision: dict[str, list[str]] = {}
    for d in ex.dates:
        if d.precision and _ISO.match(d.date):
            labels_by_precision.setdefault(d.precision, [])
            if _date_label(d.asked) not in labels_by_precision[d.precision]:
                labels_by_precision[d.precision].append(_date_label(d.asked))
    out = []
    persons = {p.name for p in ex.cast.people if p.kind == "person"} | {p["name"] for p in people}
    joined = _joined_dates(events)
    for d in events:
        pace(EVENT_COST)
        if (d.evidence, d.event) in joined:
            continue  # "will be held in two phases on April 9 and April 16": one event, two dates, neither the key
        if _ELIDED_HEAD.match(d.event):
            continue  # "The second, last August, freed 63 prisoners": the second what, only the sentence before says
        d = _whole_event(d)
        if d is not None:
            d = _fronted_clause(d)
        adjunct = AFTER_DOING.search(d.event) if d is not None else None
        if adjunct and len(d.event[:adjunct.start()].split()) >= 4 and d.as_written not in d.event[adjunct.start():]:
            d = replace(d, event=d.event[:adjunct.start()])  # when they walk out, not what they did before
        if d is None or _LATER_PRONOUN.search(d.event):
            continue  # "X said: …" is asked as a quotation; "… announced it would close, he organised …": who?
        if _CONFIRMED.match(d.event) and any(o is not d and o.evidence == d.evidence and getattr(o, "tense", "") in (
                "present", "future") for o in events):
            continue  # "X will cut 38 services when its timetable takes effect on 17 May, the operator confirmed
            # yesterday": the day it was confirmed is a side detail of the event the sentence dates itself
        if _CLOCK_ONLY.fullmatch(d.as_written.strip()):
            continue  # "Figures published at 9am show …": a time of day fixes no date (the day is only the page's)
        if quoted_words(d.event, d.evidence):
            continue  # "Every cancellation now is a room empty in July too," he said: the speaker's words, no event
        if d.precision == "year" and ex.published and d.asked == f"{ex.published.year:04d}" and (
                re.search(r"\bthis\s+year\b", d.as_written, re.IGNORECASE) or getattr(d, "tense", "past") == "past"):
            continue  # "ruled out any compensation this year": the year of publication, done, is no fact worth asking
            # (a plant to close "at the end of 2021", this year and not next, is)
        if ex.published and d.asked == ex.published.isoformat() and (reports_saying(d.event) or getattr(
                d, "tense", "past") == "past" and " ".join(d.evidence.split())[:80] not in opening):
            continue  # "What was the date when the minister said that …?": a remark on the day of the story, which
            # its who-said question asks better (an announcement or a vote that day is an event, and is asked); and
            # a side detail of that day further down ("… shares fell 4%", "… left the conference centre"): the day's
            # news is in the story's first paragraphs, and "the day of the story" tells a student nothing more
        if d.precision == "year" and " ".join(d.evidence.split())[:80] not in opening and (
                (_FIGURE_LAST_YEAR.search(d.as_written) or _IN_A_YEAR.fullmatch(d.as_written) and
                 getattr(d, "tense", "past") == "past") and _STATISTIC.search(d.event)):
            continue  # "Ostmark exported about 4.2 million tonnes last year": the year of a statistic (a rounded figure
            # or a worth), further down than the story's first paragraphs, is background (the figure, where it matters,
            # is asked as a figure; a grant "last year" of an exact sum is an event and is asked)
        opens = d.evidence.lower().find(" ".join(d.event.split()[:3]).lower())
        if opens > 0 and _CONDITION_BEFORE.search(d.evidence[:opens]):
            continue  # "… on condition that the beef quota was agreed in full this week": a condition, no event
        if _VOX_POP.match(d.event[:1].lower() + d.event[1:]) or _ASKED_PASSERS.search(d.event):
            continue  # "Shoppers in the square on Saturday said …": the day reporters asked passers-by, no event
        reduced = _SUBJECT_PARTICIPLE.match(d.event)
        if reduced and reduced.group("pp") in d.evidence and getattr(d, "tense", "past") in ("present", "future"):
            # "A ceasefire agreed in 2024 expires": the subject's participle phrase would be read as its verb
            head = re.sub(r"^(?:A|An)\s", "The ", reduced.group("np"))
            d = replace(d, event=f"{head} {reduced.group('rest')}")
        owner = _ITS_OWNER.match(d.event) and _SENTENCE_SUBJECT.match(d.evidence.strip())
        if owner and len(owner.group(1).split()) >= 2 and d.evidence.find(d.event[4:]) > owner.end():
            # "Harwick Rail will cut 38 services when its new timetable takes effect on 17 May": its, the body's
            d = replace(d, event=f"{owner.group(1)}’{'' if owner.group(1).endswith('s') else 's'} {d.event[4:]}")
        loose = _LOOSE_APPOSITION.search(d.event)
        if loose and loose.group(1) is not None and not _FRONTED.match(d.evidence.strip()):
            loose = None  # "… at the offices of the arbitration service, Conciliation Partners": a name set off after a
            # noun names it; only after a fronted clause ("When …, Hanne Ostby") is it the next clause's subject
        if loose and len(d.event[:loose.start()].split()) >= 4:
            d = replace(d, event=d.event[:loose.start()])  # "…, Hanne Ostby" (the main clause's subject after a
            # "When" clause), "…, their lowest level" (a comment whose qualifier the date's removal cut off): no part
            # of the event
        if _STATE_SCENE.search(d.event) and getattr(d, "tense", "past") == "past":
            continue  # "The harbour front was calm on Sunday night": a scene set, no event
        if _SCENE.search(d.event) and " ".join(d.evidence.split())[:80] not in opening and not \
                _SCENE.search(ex.article.title or ""):
            continue  # "Brackwell shares rose 4 per cent on Friday", "Supporters gathered outside the stadium on Friday",
            # "the minister toured the site on Friday", further down than the story's first paragraphs:
            # a scene or a market's move beside the story, whose day is no fact of it
        d = _bare_subject_named(d, ex)
        if d is None:
            continue  # "On what date was the event postponed?", "… will the new panel publish?": which, only the
            # article says, and it names no one body of that kind to say it with
        prompt = _copula_question(d, full_names(d.event, people, bodies), names) or when_question(
            full_names(d.event, people, bodies), d.precision, getattr(d, "tense", "past") or "past", names)
        if not prompt or ex.published and _ISO.match(d.date) and d.date > _story_day(d, ex) and \
                _PAST_FRAME.match(prompt):
            continue  # (a date after the story's own asked as done, "On what date did the strike begin?" for next
            # week's strike: the clause's tense was misread, and no question worded in the past fits the event)
        prompt = _without_loose_aside(prompt, persons)
        fact = f"date:{d.evidence[:60]}:{d.date}"
        lab = _date_label(d.asked)  # as far as the words fix it: "the end of 2021" is asked as 2021
        main = 0.08 if d.evidence.strip() in lead else 0.0  # the lead's event is the story's main one
        if d.precision == "year" and _FOUNDED.search(d.event) and " ".join(d.evidence.split())[:80] not in opening:
            main += FOUNDED_WORTH  # "Kestrel was founded in 2004" further down: a profile's background, asked last
        if ex.published and _ISO.match(d.date) and d.date[:7] >= ex.published.isoformat()[:7] and \
                getattr(d, "tense", "past") in ("future", "present"):
            main += UPCOMING_WORTH  # what is still to come (a vote, a deadline, a hearing) before background
        said = f"The article says “{d.as_written}”" + (f", which is {lab}." if lab.lower() != d.as_written.lower()
                                                        else ".")
        out.append(Candidate({
            "id": ids.make("date", " ".join(d.event.split()[:4])), "type": "date", "topic": "dates",
            "prompt": prompt, "answer": d.asked, "precision": d.precision,
            "source": d.evidence.strip(), "explanation": said,
        }, fact, 0.9 + main))
        others = [x for x in labels_by_precision.get(d.precision, []) if x != lab]
        if len(others) >= 2:
            out.append(Candidate({
                "id": ids.make("when", " ".join(d.event.split()[:4])), "type": "choice", "topic": "dates",
                "prompt": prompt, "choices": sorted([lab, *others[:3]]), "answer": lab,
                "source": d.evidence.strip(), "explanation": said,
            }, fact, 0.8 + main))
    return _without_month_of_day(_fuller_told(out))


# The same coming event asked twice: "In what month will porters walk out for a week?" beside "On what date will the
# walkout begin?" (its day, told with "the" as an event already told). The day is kept, the month goes.
_BARE_EVENT_ASKED = re.compile(r"^(?:On|By) what date (?:did|does|do|will|would|is|are|was|were|must)\s+the\s+"
                               r"(?:(?:first|next|planned|new|main|proposed)\s+)?(?P<head>[a-z][\w-]*)\s+(?:begin|start|take|end|"
                               r"go|be|open|close|run|finish|happen|get)\b")


_FRAME_STEMS = frozenset(stem(w) for w in ("what", "date", "does", "will", "would", "month", "year", "when", "have",
                                            "been", "were", "scheduled", "expected", "due", "set", "the", "did", "is",
                                            "on", "in", "was", "are", "to", "of", "a", "an", "by", "at", "do"))
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][\w’'-]*")


def _fuller_told(out: list[Candidate]) -> list[Candidate]:
    """The candidates without a date question whose event another date question on the same day tells more fully ("The
    board decides 9 March" in a standfirst beside "The county board is due to decide on the rail plan on 9 March"):
    one event, asked where the article says what it is."""
    dated = [c for c in out if c.question.get("type") == "date"]
    stems = {id(c): frozenset(stem(w) for w in _LOWER_WORD.findall(c.question.get("prompt", "").lower())) - _FRAME_STEMS
             for c in dated}
    shorter = set()
    for c in dated:
        mine = stems[id(c)]
        for o in dated:
            if o is not c and o.question.get("answer") == c.question.get("answer") and mine and mine < stems[id(o)] and \
                    o.question.get("source", "") != c.question.get("source", ""):
                shorter.add(c.fact)
                break
    return [c for c in out if c.fact not in shorter] if shorter else out


_SPACED_WORDS = re.compile(r"[a-z][\w-]*")


def _without_month_of_day(out: list[Candidate]) -> list[Candidate]:
    """The candidates without a month asked where a day of that month is asked of an event the article had told
    already ("the strike", "the first strikes"): the same event, once at each precision."""
    months: dict[str, set[str]] = {}
    for c in out:
        m = _BARE_EVENT_ASKED.match(c.question.get("prompt", "")) if c.question.get("type") == "date" and \
            c.question.get("precision") == "day" else None
        if m:  # the event's family of words ("the strike": strike, walkout)
            one = m.group("head")[:-1] if m.group("head").endswith("s") else m.group("head")
            months.setdefault(str(c.question["answer"])[:7], set()).update(EVENT_THINGS.get(one, {one}))
    if not months:
        return out
    twice = set()
    for c in out:
        family = months.get(str(c.question.get("answer"))[:7]) if c.question.get("precision") == "month" else None
        said = c.question.get("prompt", "").lower().replace(" out ", "out ")  # ("walk out": the walkout)
        if family and family & set(_SPACED_WORDS.findall(said)):
            twice.add(c.fact)
    return [c for c in out if c.fact not in twice]  # (its choice among dates with it)


# A scene or a market's move beside the story ("shares rose 4 per cent", "supporters gathered outside the stadium",
# "the square was calm", "the minister toured the site"): dated, but no event of the story unless its lead or title tells it.
_SCENE = re.compile(r"\b(?:(?:shares?|stock|index)\s+(?:(?:in|of)\s+(?:[\w’'&.-]+\s+){1,4})?(?:fell|rose|jumped|dropped|"
                    r"slumped|climbed|gained|sank|soared|plunged|tumbled|slid|closed|edged|surged)|"
                    r"(?:fans|crowds?|supporters|well-wishers|onlookers|mourners|spectators)\s+(?:had\s+)?(?:gathered|"
                    r"assembled|queued|lined|packed|cheered|waited)|"
                    r"(?<=\s)[A-Z][\w.’'-]+,?\s+(?:visited|toured)\s+(?!(?:the\s+)?(?:court|hospital)\b))")
# The heads of a subject that says nothing until the article is read ("the event", "the law", "the fiscal year",
# "the first families"), and of a body that a name says which ("the new commission", "the panel", "the mission").
# A scene's state in the past ("the square was calm", "the roads were empty"): no event at all, wherever it is told.
_STATE_SCENE = re.compile(r"\b(?:was|were)\s+(?:(?:largely|mostly|eerily|relatively|still|unusually|very)\s+)?(?:quiet|"
                          r"calm|empty|deserted|busy|crowded|packed|tense|silent|subdued|peaceful)(?:\s|$)")
_BARE_SUBJECT = re.compile(r"^[Tt]he\s+(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)(?P<head>[a-z][\w-]*)"
                           r"(?=\s+(?:(?:has|have|had|will|would|is|are|was|were|must|could|can|should|may|might)\b|"
                           r"[a-z]{2,}(?:ed|s)\b|(?:began|begin|came|come|met|meet|ran|run|took|take|went|go|fell|rose|"
                           r"broke|opened|open|close|closed|report|publish)\b))")
_GENERIC_HEADS = frozenset({"event", "events", "incident", "law", "laws", "service", "year", "families",
                            "people", "occasion", "thing", "matter", "issue", "affair"})
# A body the article brings in by a description, not a name: "An observer mission from the Northern Council …", "a joint
# panel of judges" ("a council meeting" brings in a meeting).
_INTRODUCED = re.compile(r"\b[Aa]n?\s+(?:[\w’'-]+\s+){0,3}?(panel|mission|commission|committee|council|tribunal|taskforce|"
                         r"body|board|authority|agency)\b(?!\s+(?:meeting|members?|chair|vote|report|hearing|session)\b)")
# Words before a body's noun that say no more than "the commission" ("the new commission", "the joint panel").
_PLAIN_MODS = frozenset({"new", "same", "joint", "independent", "special", "full", "whole", "current", "former",
                         "proposed", "interim", "first", "next", "two", "three", "four", "expert", "official"})
_TITLE_WORDS = re.compile(r"[\w’'-]+")
_BODY_HEADS = frozenset({"panel", "mission", "tribunal", "taskforce", "commission", "committee", "council",
                         "authority", "court", "agency", "body", "group"})


def _bare_subject_named(d: DatedEvent, ex: Extraction) -> DatedEvent | None:
    """The event with its bare subject named: "The new commission will publish" as "The Vell Basin Commission will
    publish" where the article names one commission; None where a generic subject ("The event was postponed", "The
    law took effect") or a body of a kind the article names none or two of is left unnamed; the event as it is
    where its subject is anything else or the bank's title names it."""
    m = _BARE_SUBJECT.match(d.event)
    if not m:
        return d
    head = m.group("head")
    titled = _named_by_title(head, ex.article.title or "") if _event_head(head) else ""
    if titled:  # "The fires began" under "Harrow Hills fires inquiry …": "The Harrow Hills fires began"
        return replace(d, event=titled[:1].upper() + titled[1:] + d.event[m.end():])
    if head not in _GENERIC_HEADS and head not in _BODY_HEADS or \
            head in _TITLE_WORDS.findall((ex.article.title or "").lower()):
        return d
    if head in _GENERIC_HEADS:
        return None
    if head in ORG_NOUNS and not m.group("mods"):
        return d  # "the group", "the agency": the referents stage names it from the sentences before
    if any(w not in _PLAIN_MODS for w in m.group("mods").split()):
        return d  # "the parish council", "the planning committee": a describing word says which
    names = _heads_named(ex.article.body).get(head, ()) if head in NAME_HEADS else ()
    if not names and head in NAME_HEADS and not any(i.group(1) == head for i in _INTRODUCED.finditer(ex.article.body)):
        return d  # "The council will meet again in June": the story's own council, which it never names (one the
        # article brings in as "an observer mission from …" is what that description says, and "the mission" is not)
    if len(names) != 1:
        return None  # "the commission" of a story naming two, or a body no name is given with ("the mission")
    name = names[0]
    name = name if name.lower().startswith("the ") else "the " + name
    return replace(d, event=name[:1].upper() + name[1:] + d.event[m.end():])


_TITLE_TOKEN = re.compile(r"[\w’'.,&-]+")
# Words that end a headline's object: "X recalls 96,000 toasters after reports" (the recall of 96,000 toasters)
_OBJECT_ENDS = frozenset({"after", "over", "as", "amid", "in", "for", "from", "with", "to", "on", "at", "despite", "and",
                          "but", "while", "following", "before", "because", "by", "into"})


def _event_head(head: str) -> bool:
    """Whether a subject's noun names an event or a thing a story is about ("the fires", "the final", "the recall"),
    which a title may name; a person's post or a body is named by the cast and the referents stage."""
    one = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return bool({head, one} & (set(EVENT_THINGS) | set(THING_NOUNS) | _STORY_EVENTS))


# Events a story is about, beside the ones the referents stage names from the article (`EVENT_THINGS`).
_STORY_EVENTS = frozenset({"recall", "final", "election", "trial", "hearing", "race", "match", "summit", "fire",
                           "flood", "crash", "outage", "verdict", "inquest", "runoff", "tournament", "festival"})


def _named_by_title(head: str, title: str) -> str:
    """What the bank's title calls the bare "the <head>": a name before the noun ("Harrow Hills fires inquiry …" for "the
    fires": "the Harrow Hills fires"), or its verb with an object ("Orvik recalls 96,000 toasters after …" for "the
    recall": "the recall of 96,000 toasters"); "" when the title says neither."""
    words = _TITLE_TOKEN.findall(title.rsplit(":", 1)[-1])  # ("Analysis: …": a label, then the headline)
    plain = [w.strip(",.") for w in words]
    if sum(w[:1].isupper() for w in plain) * 2 > len(plain) + 2:
        return ""  # a headline in title case: every word capitalised, none a name's
    for i, w in enumerate(plain):
        if w.lower() == head and i and not words[i - 1].endswith(","):
            j = i
            while j > 0 and _PROPER_WORD.fullmatch(plain[j - 1]) and not words[j - 1].endswith(",") and i - j < 3:
                j -= 1
            if j < i and not (j == 0 and i - j == 1 and plain[0].lower() in _PLAIN_OPENERS):
                return "the " + " ".join(plain[j:i + 1])
        if w.lower() in (head + "s", head + "es") and i and plain[i - 1][:1].isupper() and not words[i].endswith(","):
            obj = []
            for k in range(i + 1, min(len(plain), i + 7)):
                if plain[k].lower() in _OBJECT_ENDS or not plain[k]:
                    break
                obj.append(plain[k])
                if words[k].endswith((",", ".")):
                    break
            if 2 <= len(obj) <= 5 and not obj[0].lower() in ("its", "their", "his", "her", "the", "a", "an"):
                return f"the {head} of {' '.join(obj)}"
    return ""


_PROPER_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*|[A-Z]{2,5}")  # (not "R4,000", "Fans'", "O'Neill's")
_PLAIN_OPENERS = frozenset({"the", "a", "an", "new", "more", "after", "as", "how", "why", "what"})


# An event that is only the confirming or announcing of what the sentence tells ("The operator confirmed …").
_CONFIRMED = re.compile(r"(?:The|A|An|Its|Their)\s+(?:[a-z][\w’'-]*\s+){0,2}?(?:confirmed|announced|said|revealed|disclosed)\b")
# An event whose subject is the body's "its" ("its new timetable takes effect"), and the named body that opens the
# sentence as its subject ("Harwick Rail will cut …"): whose timetable, the sentence itself says.
_ITS_OWNER = re.compile(r"Its\s+[a-z]")
_SENTENCE_SUBJECT = re.compile(r"(" + NAMED + r")\s+(?:will|would|is|are|has|have|was|were|"
                               r"plans|says|said|[a-z]{3,}ed|[a-z]{3,}s)\b")
# A subject with a participle phrase before its present or future verb: "A ceasefire agreed in 2024 expires".
_SUBJECT_PARTICIPLE = re.compile(r"(?P<np>(?:A|An|The)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*)\s+"
                                 r"(?P<pp>[a-z]{3,}ed\s+(?:in|on|at|by|last|this|during)\s+[^,;]{1,30}?)\s+"
                                 r"(?P<rest>(?:will\s+[a-z]+|[a-z]+s)\b[^,;]*)")
# A date question's frame in the past: "On what date did …", "What was the date when …", "In what year was …".
_PAST_FRAME = re.compile(r"(?:On what date|In what (?:month|year)|When|What was the date when)\s+(?:did|was|were)\b"
                         r"(?!(?:\s+[\w’'-]+){1,6}?\s+(?:expected|due|scheduled|set|supposed|planned)\b)")


# The words that make the clause after them a condition, which dates no event: "… on condition that X was agreed this
# week", "… unless the company improves its offer by Friday".
_CONDITION_BEFORE = re.compile(r"\b(?:on\s+condition\s+that|provided\s+(?:that\s+)?|providing\s+(?:that\s+)?|"
                               r"as\s+long\s+as|if|unless)\s*$", re.IGNORECASE)
# A phrase set off at the end of an event's clause with no verb of its own: a name after a lower-case word (the
# sentence's subject after a fronted "When …" clause), a superlative comment ("their lowest level").
_LOOSE_APPOSITION = re.compile(r"(?<=[a-z]),\s+(?:((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)|"
                               r"(?:their|its|his|her|the)\s+(?:[a-z]+est|best|worst)\s+(?:[a-z]+\s+){0,2}?[a-z]+|"
                               r"(?:after|following)\s+(?:[\w-]+\s+){1,2}(?:years?|months?|weeks?|decades?))$")
# (and "…, after eleven years", whose "running the Art Hall" the date's clause left off: after eleven years of what?)
# A sentence opening on a subordinate clause, whose comma the main clause's subject follows.
_FRONTED = re.compile(r"(?:When|After|Before|As|Once|While|Since|Although|Though|Until|If)\s")
# A year counted back from the story's ("last year", "the previous year") that dates a figure: a statistic's year.
_IN_A_YEAR = re.compile(r"(?:in\s+)?(?:1[89]|20)\d\d")  # "Landings were worth 1.9 billion krona in 2025": a statistic's year
_FIGURE_LAST_YEAR = re.compile(r"^(?:in\s+)?(?:last|the\s+previous|the\s+past)\s+year$", re.IGNORECASE)
# A rounded figure or a worth: a year's statistic ("about 4.2 million tonnes", "a package worth £4.9 million").
_STATISTIC = re.compile(r"\b(?:about|around|roughly|some|nearly|almost|more\s+than|over|worth)\s+(?:[$£€]\s?)?\d")
# A body's founding, the background of a company or charity profile: asked when the bank has room for it.
FOUNDED_WORTH = -0.3
_FOUNDED = re.compile(r"\b(?:was|were|been)\s+(?:first\s+)?(?:founded|established|incorporated)\b")
# A date question on what is ahead (a vote, a debate, a deadline) ranks above one on the story's background.
UPCOMING_WORTH = 0.05
# Unnamed members of the public saying something: a vox pop's day is the day reporters asked, no event of the story.
_VOX_POP = re.compile(r"^(?:(?:some|many|most|several|other|local|the|a\s+few|a\s+handful\s+of)\s+)*(?:[a-z-]+\s+)?"
                      r"(?:shoppers|residents|passers-by|passersby|commuters|passengers|locals|people|visitors|onlookers|"
                      r"members\s+of\s+the\s+public|customers|pedestrians|drinkers|diners|holidaymakers|tourists)"
                      r"\b(?:\s+[^,.;]{0,60}?)?\s+(?:said|told|say|spoke|were\s+asked|complained|agreed|were|was)\b")
_ASKED_PASSERS = re.compile(r"\b(?:asked|spoke\s+to|talked\s+to|stopped|interviewed)\s+(?:by\s+\w+\s+)?"
                            r"(?:shoppers|passers-by|passersby|people\s+in\s+the\s+street|members\s+of\s+the\s+"
                            r"public|commuters|locals)\b")


_TIME_LEFT = re.compile(r"^(?P<pre>.*?)\b(?P<have>has|have)\s+(?:only\s+|just\s+)?(?:until|till)\s+(?P<date>[^,;]{3,40}?)\s+"
                        r"to\s+(?P<vp>[a-z][^,;:“”\"]*?)\s*(?:[,;.]|$)")
# "Greyline must make a revised offer by 15 May", "Postal votes must be returned by 10 July", "Penlow will close the
# plant on or before 31 August": what is to be done by a bound, the bound ending the clause.
_DUE_BY = re.compile(r"^(?P<pre>.*?)\b(?P<modal>must|will\s+have\s+to|will|has\s+to|have\s+to|needs?\s+to|is\s+to|"
                     r"are\s+to)\s+(?P<vp>[a-z][^,;:“”\"()]*?)\s+(?:by|on\s+or\s+before|no\s+later\s+than)\s+"
                     r"(?P<date>[^,;()]{3,40}?)\s*(?:[,;.]|$|(?=or\s+(?:face|risk|lose|pay|be)\s))")
# ("must comply by 15 July or face penalties of …": the penalty after the date is what follows a miss, no part of it)
# "The board has set a statutory deadline of 19 March 2027 to reach a final decision": the setter's own deadline.
_SET_DEADLINE = re.compile(r"^(?P<pre>.*?)\s+(?:(?:has|have|had)\s+)?(?P<modal>set|sets)\s+(?:itself\s+|themselves\s+)?"
                           r"an?\s+(?:[a-z]+\s+)?deadline\s+of\s+(?P<date>(?:(?!\sfor\s)[^,;()]){3,40}?)\s+to\s+"
                           r"(?P<vp>[a-z][^,;:“”\"()]*?)\s*(?:[,;.]|$)")
# "The panel is expected to publish provisional findings by 12 February 2027": a bound awaited, asked as expected.
_EXPECTED_BY = re.compile(r"^(?P<pre>.*?)\s+(?P<modal>(?:is|are)\s+expected)\s+to\s+(?P<vp>[a-z][^,;:“”\"()]*?)\s+"
                          r"(?:by|no\s+later\s+than)\s+(?P<date>[^,;()]{3,40}?)\s*(?:[,;.]|$)")
_BOUND_WORDS = re.compile(r"^(?:by|on\s+or\s+before|no\s+later\s+than|until|till)\s+", re.IGNORECASE)
_REPORTED_LEAD = re.compile(r"^.*\b(?:said|says|announced|confirmed|warned|added|ruled|ordered)\s+(?:that\s+)?")
_SUBJECT_OF = re.compile(r"^((?:[A-Z][\w’'&.-]*|the|The)(?:\s+[\w’'&.-]+){0,6}?)\s+(?:must|will|would|should|has|have|is|"
                         r"are|can|could|may)\b")
_DUE_SUBJECT = re.compile(r"(?:[A-Z][\w’'&.-]*|The|the)(?:\s+[\w’'&.-]+){0,6}")
# Words that open no subject: a condition, a time clause, a conjunction ("Unless Greyline makes …", "If talks …").
_NO_SUBJECT_OPENERS = frozenset({"if", "unless", "when", "once", "after", "before", "until", "while", "although",
                                 "though", "because", "as", "but", "and", "so", "or", "whether", "since", "he", "she",
                                 "they", "it", "we", "i", "you", "his", "her", "their", "its", "this", "that", "there"})
_NO_SUBJECT_WORDS = frozenset({"who", "which", "that", "said", "says", "is", "are", "was", "were", "has", "have", "had",
                               "will", "would", "must", "if", "when"})
_POINTING = re.compile(r"\b(?:it|them|this|that|these|those|him|her|his|their|its)\b", re.IGNORECASE)


def _pronouns_agree(vp: str, subject: str, persons: set[str]) -> bool:
    """Whether every pronoun in what is to be done is the subject's own: "parents … whether their children …", "Martin
    Kellaway … hand in his passport", "Penlow … close its factory"; any other ("accept it", "their" after a name)
    only the article explains."""
    last = subject.split()[-1]
    for w in _POINTING.findall(vp):
        w = w.lower()
        if w == "their" and last.endswith("s") and not last.endswith(("’s", "'s")) and subject not in persons:
            continue  # "Residents … their homes"
        if w in ("his", "her") and subject in persons:
            continue
        if w == "its" and subject not in persons and not last.endswith("s") and (
                subject[:1].isupper() and not subject.startswith("The ") or last.lower() in ORG_WORDS):
            continue  # "Penlow … its factory", "the council … its budget"
        return False
    return True


# A plan or deadline still ahead told in reported speech: "The regulator said it would decide by 30 April whether …",
# "Ms Hart said the union would meet the board again on Monday 24 November", "She said the redundancies would take
# effect from 1 April", "…, and that final results would be published by 2 April". The text before the date, up to it.
_WOULD_BEFORE_DATE = re.compile(r"\b(?P<rep>said|says|announced|confirmed|added|and\s+that)\s+(?:that\s+)?"
                                r"(?P<subject>[^,;:“”\"()]{2,80}?)\s+would\s+(?P<vp>[a-z][^,;:“”\"()]*?)\s+"
                                r"(?P<prep>by|on|from|in|no\s+later\s+than|on\s+or\s+before)\s+$")
# The reporter of such a clause, where its subject is the reporter's own "it" or "they" ("The regulator said it would …"):
# the noun phrase right before the reporting verb, after the sentence's start, a comma or an "and"/"but".
_REPORTER = re.compile(r"(?:^|,\s+|\b(?:and|but)\s+)(?P<np>(?:[A-Z][\w’'&.-]*|the|both|all)(?:\s+[\w’'&.-]+){0,5}?)\s*$")
# What may follow the date in that clause: its end, or a "whether"/"if" question it decides ("decide by 30 April
# whether to refer the deal").
_AFTER_PLAN_DATE = re.compile(r"^\s*(?:(?P<tail>whether\s+[^;:“”\"()]{3,100}?)\s*[;.]?\s*$|[,;.]|$)")
# Its subject: a noun phrase of up to eleven words ("a support fund for households and businesses affected by the
# storm", "both sides", "final certified results"); the words that open no subject are checked apart.
_PLAN_SUBJECT = re.compile(r"(?:[A-Z][\w’'&.-]*|[a-z][\w’'&.-]*)(?:\s+[\w’'&.-]+){0,10}")
# What a reported plan's words cannot hold: a condition or a time clause, or a second verb joined by "and".
_NOT_ONE_PLAN = re.compile(r"\b(?:if|unless|when|once|after|before|until|while|as)\b|\band\s+(?:[a-z]+ed|would|will|is|are|"
                           r"was|were|has|have|had|could|can|may|might|must|should)\b")
_REPORTER_WOULD = re.compile(r"^.*\b(?:said|says|announced|confirmed|added)\s+(?:that\s+)?(?=\S)|\s+(?:would|will)$")
_PLAN_ASKED = {"by": "By what", "no later than": "By what", "on or before": "By what", "on": "On what",
               "from": "From what", "in": "In what"}


# A bare "the" and a body's noun as a deadline's subject ("the panel", "the board"), and the ones `Referents` names
# later from the sentences before ("the union", "the company", "the firm").
_UNNAMED_BODY = re.compile(r"the\s+(?:" + "|".join(sorted(ORG_WORDS | {"panel", "inquiry", "tribunal", "regulator", "watchdog",
                                                                       "jury", "mission"})) + r")")
_NAMED_LATER = frozenset({"union", "company", "firm"})
_THE_NOUN = re.compile(r"the\s+[a-z]+")  # "the sale", "the redundancies": one common noun


_CAPS_BEFORE = re.compile(r"(?<![\w’'&-])((?:[A-Z][\w’'&-]*\s+){1,4})$")


def _body_named(subject: str, ex: Extraction) -> str | None:
    """"the authority", "the board" as the one body the article names with that last word ("the Fair Markets
    Authority"), so a deadline's question stands alone; None where the article names none or more than one."""
    m = re.fullmatch(r"the\s+([a-z]{3,})", subject)
    if not m:
        return None
    head = m.group(1)
    bodies = {x.text for x in ex.cast.mentions if x.kind == "org" and x.text.split()[-1:] == [head.capitalize()]
              and len(x.text.split()) >= 2}
    body = max(bodies, key=len, default="")
    if not body or any(not body.endswith(b) for b in bodies):
        return None  # (one body, however much of its name a mention holds: "Rights Authority" of "Passenger …")
    at = ex.article.body.find(body)
    caps = _CAPS_BEFORE.search(ex.article.body[max(0, at - 80):at]) if at > 0 else None
    if caps:  # the name as the article writes it whole: "the Passenger Rights Authority", not "Rights Authority"
        body = re.sub(r"^The\s+", "", " ".join(caps.group(1).split()) + " " + body)
    if body.startswith(("The ", "the ")):
        return "the " + body[4:]
    return f"the {body}" if f"the {body}" in ex.article.body or f"The {body}" in ex.article.body else body


def _places(text: str, part: str) -> list[int]:
    """Where `part` begins in `text`, every time (found without a pattern built from it: see test_regex_cache.py)."""
    out, at = [], text.find(part)
    while at >= 0 and part:
        out.append(at)
        at = text.find(part, at + 1)
    return out


def _story_day(d: DatedEvent, ex: Extraction) -> str:
    """The story's own date at `d`'s precision ("2026-05" for a month), so a date compares with it as text; the caller
    knows `ex.published` is set."""
    return ex.published.isoformat()[:len(d.date)]


def _is_subject(words_before: str, shape: re.Pattern[str]) -> bool:
    """Whether the words before a deadline's verb are a subject of `shape`: a noun phrase, not a conjunction, a
    clause or a relative's opener."""
    words = words_before.split()
    return bool(words) and bool(shape.fullmatch(words_before)) and words[0].lower() not in _NO_SUBJECT_OPENERS \
        and not _NO_SUBJECT_WORDS & {w.lower() for w in words[1:]}


def _plan_subject(subject: str) -> bool:
    """Whether the words before a reported "would" are a subject: a noun phrase, not a pronoun, a conjunction or a
    clause ("the union", "final certified results", "a support fund for households …", "both sides")."""
    return _is_subject(subject, _PLAN_SUBJECT) and subject.split()[0].lower() not in ("what", "how", "why")


def _reported_plan(d: DatedEvent, evidence: str, ex: Extraction) -> tuple[str, str, str] | None:
    """(subject, what is to be done, the question's opening) of a reported plan or deadline still ahead ("The regulator
    said it would decide by 30 April whether to refer the deal" -> ("the regulator", "decide whether to refer the deal",
    "By what date")), or None: the date not after the story's, not bound to the clause's "would", no subject."""
    if not ex.published or d.date < _story_day(d, ex) or d.tense == "past" and d.date == _story_day(d, ex):
        return None
    written = _BOUND_WORDS.sub("", re.sub(r"^(?:on|from|in)\s+", "", d.as_written, flags=re.IGNORECASE))
    found = [k for k in _places(evidence, written) if not evidence[k + len(written):k + len(written) + 1].isdigit()]
    if len(found) != 1:
        return None  # ("April 2" is not inside "April 26")
    at = found[0]
    m = _WOULD_BEFORE_DATE.search(evidence[:at])
    after = _AFTER_PLAN_DATE.match(evidence[at + len(written):])
    if not m or not after:
        return None
    prep = " ".join(m.group("prep").lower().split())
    if prep == "in" and d.precision != "month":
        return None
    subject = m.group("subject").strip()
    if subject.lower() in ("it", "they"):
        reporter = _REPORTER.search(evidence[:m.start()])
        np = reporter.group("np").split() if reporter and m.group("rep") != "and that" else []
        if np and (np[-1].lower() in ("and", "but", "or") or any(w.endswith("ed") for w in np[1:])):
            np = []  # "Mr X thanked all parties and said it would …": no noun phrase says whose "it"
        subject = " ".join(np)
    if not _plan_subject(subject):
        return None
    vp = m.group("vp").strip()
    if _NOT_ONE_PLAN.search(vp):
        return None  # "would set its own quota if no deal was reached by March": the date is the condition's;
        # "would review the records and expected to report by July": two clauses, the date the second's
    tail = after.group("tail")
    if tail and len(tail.split()) <= 14:
        vp = f"{vp} {tail.strip()}"
    if re.match(r"do\s+so\b", vp):
        return None  # "said it would do so by 11 April": what, only the sentence before says
    unit = "date" if d.precision == "day" else "month"
    return subject, vp, f"{_PLAN_ASKED[prep]} {unit}"


def deadline_candidates(ex: Extraction, ids: Ids, people: list[dict], names: frozenset[str],
                        pace: Pacer | None = None) -> list[Candidate]:
    """"Tenants have until 30 June to accept the offer" -> "By what date must tenants accept the offer?": the time
    left to do something, a deadline the story sets, asked with its subject and what is to be done by then; and so
    "Greyline must make a revised offer by 15 May" -> "By what date must Greyline make a revised offer?" ("will …
    on or before 31 August": "By what date will …?"). The date is no event's own (the clause's verb is "have", or
    the date is a bound), so `date_candidates` leaves it."""
    pace = pace or Pacer()
    out: list[Candidate] = []
    persons = {p.name for p in ex.cast.people if p.kind == "person"} | {p["name"] for p in people}
    for d in ex.dates:
        pace(EVENT_COST)
        if d.precision not in ("day", "month") or not _ISO.match(d.date) or d.tense == "past" and not (
                ex.published and d.date >= _story_day(d, ex)):
            continue
        evidence = " ".join(d.evidence.split())
        written = _BOUND_WORDS.sub("", d.as_written)
        modal = "must"
        wh = None
        reported = _reported_plan(d, evidence, ex)  # (own or not: the reported clause is what it dates)
        m = _TIME_LEFT.match(evidence)
        if reported:
            subject, vp, wh = reported
            modal = "will"
        elif m and written in m.group("date"):
            pre = re.sub(r"\s+and\s*$", "", m.group("pre").strip())
            told = _REPORTER_WOULD.sub("", pre)  # "X said passengers would have until 9 April to respond": passengers
            subject = pre if re.fullmatch(r"(?:[A-Z][\w’'&.-]*|The|the)(?:\s+[\w’'&.-]+){0,6}", pre) else \
                told if told != pre and re.search(r"\s(?:would|will)$", pre) and _plan_subject(told) else None
            if subject is None:  # "Corvane Water must pay the fine within 28 days and has until 1 March to …"
                first = _SUBJECT_OF.match(pre)
                subject = first.group(1) if first and m.group("pre").rstrip().endswith("and") else None
        else:
            m = _DUE_BY.match(evidence) or _SET_DEADLINE.match(evidence) or _EXPECTED_BY.match(evidence)
            if not m or d.own or not m.group("date").startswith(written) or not ex.published or \
                    d.date < _story_day(d, ex):
                continue
            pre = _REPORTED_LEAD.sub("", m.group("pre").strip())
            pre = re.sub(r"\s+(?:has|have|had)$", "", pre)  # "The board has set a deadline of …": the board
            subject = pre if _is_subject(pre, _DUE_SUBJECT) else None
            if subject is None and re.search(r",?\s+and$", pre):
                # "X must also pay £1.1m …, and must publish its records by 1 December": the sentence's subject, whose
                # second duty this is
                first = _SUBJECT_OF.match(pre)
                subject = first.group(1) if first and _is_subject(first.group(1), _DUE_SUBJECT) else None
            if m.group("modal") == "will":
                modal = "will"
            elif m.group("modal").startswith(("is ", "are ")):
                modal = m.group("modal")  # "The panel is expected to publish its findings by …": asked as expected
            if any(o is not d and o.evidence == d.evidence and _BOUND_WORDS.sub("", o.as_written) in m.group("vp")
                   for o in ex.dates):
                continue  # another date inside what is to be done: whose bound this is, the sentence must say
        if m is None and not reported:
            continue
        vp = vp if reported else m.group("vp").strip()
        if not subject or subject.split()[0].lower() in ("he", "she", "they", "it", "we", "i", "you", "his", "her",
                                                         "their", "its") or len(vp.split()) < 2 or len(vp.split()) > 16:
            continue
        subj = subject if not subject.startswith("The ") else "the" + subject[3:]
        named_body = _body_named(subj, ex)
        if not named_body and (reported or modal != "must" or _SET_DEADLINE.match(evidence)) and \
                (_UNNAMED_BODY.fullmatch(subj) or _THE_NOUN.fullmatch(subj)) and subj.split()[-1] not in _NAMED_LATER:
            continue  # "By what date is the panel expected to …?", "… will the sale go ahead?": which, only the article says
        subj = named_body or full_names(subj, people)
        if not _pronouns_agree(vp, subj, persons):
            continue  # what "it" is, only the article says
        wh = wh or ("By what date" if d.precision == "day" else "By what month")
        subj = lower_first(subj, names)
        if re.fullmatch(r"[A-Z][a-z]+s", subj) and evidence.startswith(subj + " ") and not any(
                m.text.split()[0] == subj and m.kind != "unknown" for m in ex.cast.mentions if m.text):
            subj = subj.lower()  # "Residents have until 30 May to …": a plural noun that opens its sentence, no name
        be, _, expected = modal.partition(" ")
        prompt = f"{wh} {be} {subj} {expected} to {vp}?" if expected else f"{wh} {modal} {subj} {vp}?"
        lab = _date_label(d.asked)
        out.append(Candidate({
            "id": ids.make("deadline", " ".join(vp.split()[:4])), "type": "date", "topic": "dates",
            "prompt": prompt, "answer": d.asked, "precision": d.precision, "source": d.evidence.strip(),
            "explanation": f"The article says “{d.as_written}”" + (f", which is {lab}." if lab.lower() !=
                                                                   d.as_written.lower() else "."),
        }, f"date:{d.evidence[:60]}:{d.date}", 0.9 + UPCOMING_WORTH))
    return out


def _without_loose_aside(prompt: str, persons: set[str]) -> str:
    """A date question without its last aside when only the aside holds a "his" or "her" no one in the question can
    be: "On what date did the fire start, in a storage unit next to his bakery?" asks "On what date did the fire
    start?"; any other question as it is (the checks judge what is left)."""
    loose = unmet_pronoun(prompt, persons)
    comma = prompt.rfind(", ")
    if not loose or comma < 0 or unmet_pronoun(prompt[:comma], persons) or len(prompt[:comma].split()) < 6:
        return prompt
    return prompt[:comma] + "?"


# A forecast or a guess, not an event: "some experts say … will", "could be pushed into 2020", "is expected to".
_FORECAST = re.compile(r"\b(?:say|says|expect|expects|predict|predicts|forecast|forecasts|believe|believes)\b(?: that)?"
                       r" .*\b(?:will|would)\b|\b(?:could|might|may|likely|expected|predicted|forecast)\b",
                       re.IGNORECASE)
# An item that is someone's saying: "Officials said Velmar is demanding …".
_REPORTED = re.compile(r"^(?:[\w’'.-]+ ){1,5}(?:said|says|told|added|claimed)\b")
# A clause after a comma whose subject is a pronoun ("When the board announced …, she campaigned …").
_LATER_PRONOUN = re.compile(r",\s+(?:he|she|they|it|we|i)\s+[a-z]")
_ANAPHORA = re.compile(r"^(?:their|his|her|its|that|this|these|those|it|they|he|she|we|i)\b", re.IGNORECASE)


def timeline_candidates(ex: Extraction, ids: Ids, people: list[dict], pace: Pacer | None = None,
                        pictured: CheckContext | None = None, column: bool = False) -> list[Candidate]:
    pace = pace or Pacer()
    dated = []
    # a caption's event is the picture's
    pictured = pictured or CheckContext(ex.article.body).read_captions(pace)
    # the story's first sentence (not a standfirst, which ends with no stop): its dated event is the story's main one
    lead = next((s.text.strip() for s in ex.article.sentences if not s.furniture and
                 re.search(r"[.!?][”\"’')]*$", s.text.strip())), "")
    # (…also where the extraction was not sure the date is the event's own, "sued the city on Monday to block a deal
    # that would …": a timeline without the story's own event is no timeline of the story)
    main_dated = bool(lead) and any(_lead_event(d, lead, ex.published) and not pictured.in_caption(d.evidence)
                                    for d in ex.dates if d.precision and _ISO.match(d.date))
    main_kept = False
    # the lead's own first: the day it shares with a side event is its day (one whose date the extraction is not sure
    # is the event's own is not placed: "… on Friday rejected a levy" beside the same rejection on 14 March)
    events = sorted(_own_events(ex, people), key=lambda d: not (lead and _lead_event(d, lead, ex.published)))
    for d in events:
        main = bool(lead) and _lead_event(d, lead, ex.published)
        pace(EVENT_COST + len(dated))
        if pictured.in_caption(d.evidence) or writers_aside(d.evidence, column):
            continue  # a caption's event is the picture's; "If the council had …" is no event (see columns.py)
        d = _whole_event(d)
        if d is None or re.match(r"^(?:[A-Z][\w’'.-]+ )*[A-Z][\w’'.-]+, [a-z]+", d.event):
            continue  # "Anna Kessler, told …": an apposition cut from its subject
        item = one_event(clean_clause(d.event))
        item = item and one_dated_clause(item, d.as_written, d.evidence)  # "X expired, and Y voted": X's date
        item = item and as_coming(item, _after_publication(d.date, ex.published))  # "X would ask": "X will ask"
        if item is None or unfit_item(item, d.as_written, d.evidence, d.precision or ""):
            continue  # "A survey carried out by the union found", ") — Talks began": no clean event to order
        item = sentence_case(full_names(item, people))
        if _ANAPHORA.match(item) or not _phrase_ok(item) or _LATER_PRONOUN.search(item):
            continue  # "Their session starts", "That deal closed", "Born in Tarbet, she married …": whose? which? who?
        if _FORECAST.search(item) or _REPORTED.match(item):
            continue  # "Experts say the ground will be too soft": a forecast; "Officials said …": a report of one
        n = len(item.split())
        if n < 3 or n > MAX_ITEM_WORDS + 4:
            continue
        if any(x[1] == item or x[0].startswith(d.date) or d.date.startswith(x[0]) for x in dated):
            continue  # the same day twice, or "2019" beside "November 2019": no order between them
        if any(norm(item) in norm(x[1]) or norm(x[1]) in norm(item) for x in dated):
            continue  # "Mediators said negotiators will meet …" beside "Negotiators will meet …": one event
        main_kept = main_kept or main
        dated.append((d.date, item, d, main, bool(_MARKET_MOVE.match(item))))
    if len(dated) < 3 or main_dated and not main_kept:
        return []  # (an order of the side events without the story's own, whose item could not be made whole, is
        # no timeline of the story: "The trial lasted seven weeks", "The judge will hear submissions", not the ruling)
    # five at most: the story's own event, then the others in the article's order, a market's move last
    dated = sorted(sorted(dated, key=lambda x: (not x[3], x[4]))[:5], key=lambda x: x[0])
    return [Candidate({
        "id": ids.make("timeline"), "type": "order", "topic": "dates",
        "prompt": "Put these events in time order, earliest first.",
        "items": [x[1] for x in dated], "source": dated[0][2].evidence.strip(),
        "explanation": "; ".join(f"{format_date(x[0])}: {x[1]}" for x in dated),
    }, "order:timeline", 0.85)]


# A market's move on the news ("Shares of X fell 4%", "Its shares recovered slightly"): a reaction to the story's events,
# asked in a timeline only when it has too few events of its own.
_MARKET_MOVE = re.compile(r"^(?:(?:[A-Z][\w’'&.-]*\s+){0,3}|(?:Its|Their|The)\s+(?:[\w’'-]+\s+)?)(?:[Ss]hares?|[Ss]tocks?|"
                          r"[Ss]hare\s+price|[Ss]tock\s+price|[Bb]onds?|[Yy]ields?)\b")


def _lead_event(d: DatedEvent, lead: str, published) -> bool:
    """Whether a dated event is the story's own: told in its first sentence, no report of words, near its day."""
    return d.evidence.strip() in lead and not reports_saying(d.event) and _news_day(d, published)


def _after_publication(value: str, published) -> bool | None:
    """Whether a resolved date ("2024-03-26", "2024-04", "2026") is wholly after the day of publication; None when
    there is no such day, or the date's month or year holds it."""
    if published is None or not _ISO.match(value):
        return None
    day = published.isoformat()[:len(value)]
    return True if value > day else None if value == day else False


# How near the day of publication the lead's event falls for it to be the story's news (what happened "on Tuesday",
# what happens "on 30 March"), not a lead that opens on the story's history ("… fined Corvix in November 2023").
NEWS_DAYS = 45


def _news_day(d: DatedEvent, published) -> bool:
    if published is None or not _ISO.match(d.date):
        return True
    try:
        when = date.fromisoformat(d.date if len(d.date) == 10 else d.date[:7] + "-15" if len(d.date) == 7 else
                                  d.date + "-07-01")
    except ValueError:
        return False
    return abs((when - published).days) <= NEWS_DAYS


_ROLE_OK = re.compile(r"[A-Za-z]")


def role_candidates(ex: Extraction, ids: Ids, people: list[dict], pace: Pacer | None = None) -> list[Candidate]:
    """'Who is Sergei Lavrov?' (flash) and 'Which of these people is …?' (choice): the key names."""
    pace = pace or Pacer()
    persons = [p for p in people if p.get("role") and p["role"] != "organisation" and " " in p["name"]
               and looks_like_person(p["name"]) and not not_a_person(p["name"], ex.article.body)
               and role_of_a_person(" ".join(p["role"].split()))
               and not cut_owner(" ".join(p["role"].split()), ex.article.body, p["name"])]
    persons = [p for p in persons if not _body_called_it(p["name"], " ".join(p["role"].split()), ex.article.body)]
    named = Referents(ex.article, ex.cast, ex.sides(), pace) if persons else None
    everyone = [p["name"] for p in persons]  # people to choose among, whatever their roles
    read = [(p, *_whole_role(p, ex, named, pace)) for p in persons]
    shown = [dict(p, role=role) for p, role, _keyed in read if role]  # roles fit to print beside another's
    persons = [dict(p, role=role) for p, role, keyed in read if role and keyed]  # and fit to be keyed
    out = []
    roles = Counter(p["role"] for p in shown)
    asked = [p for p in persons if _role_asked(" ".join(p["role"].split()), roles[p["role"]])
             and not _passer_by_role(p, ex)]
    offered = [p for p in shown if _role_asked(" ".join(p["role"].split()), roles[p["role"]])]
    for p in asked:
        pace()
        role = " ".join(p["role"].split())
        sent = _first_sentence_naming(ex, p["name"], pace)
        if sent is None:
            continue
        out.append(Candidate({
            "id": ids.make("who-is", p["name"]), "type": "flash", "topic": "context",
            "prompt": f"Who is {p['name']}, according to the article?", "answer": sentence_case(role),
            "source": sent.text, "explanation": f"{p['name']}: {role}.",
        }, f"role:{p['name']}", 0.55))
        # the same asked as a choice among the other people's roles: graded, where "Which of these people …?" is not
        # kept (beside the person's "Who said …?" on the same sentence: its key is a role, not the person)
        roles_of_others = _other_roles(p, offered, role)
        if len(roles_of_others) >= 2:
            out.append(Candidate({
                "id": ids.make("role-of", p["name"]), "type": "choice", "topic": "context",
                "prompt": f"How does the article describe {p['name']}?",
                "choices": sorted([sentence_case(role), *roles_of_others[:3]]), "answer": sentence_case(role),
                "source": sent.text, "explanation": f"{p['name']}: {role}.",
            }, f"role:{p['name']}", 0.58))
        others = [o for o in everyone if o != p["name"]][:3]  # (a person whose role is not whole is still one)
        if len(others) >= 2:
            out.append(Candidate({
                "id": ids.make("which-person", p["name"]), "type": "choice", "topic": "context",
                "prompt": f"Which of these people is described in the article as {_a(role, ex.article.body)}?",
                "choices": sorted([p["name"], *others]), "answer": p["name"],
                "source": sent.text, "explanation": f"{p['name']}: {role}.",
            }, f"role:{p['name']}", 0.6))
    return out


# Where a role's head noun ends: before its owner ("of", "at", "for" …), a relative clause, a verb or a comma.
_ROLE_HEAD_END = re.compile(r"\s+(?:of|for|at|with|in|on|from|to|by|since|over|near|opposite|out|up|during|after|"
                            r"before|who|whose|which|that|is|are|was|were|has|had|have|will|would)\b|\s*[,;:|/–—]|\s+-")
# Nouns of people that no title list or ending gives: kin, the parties to a case, a few trades.
_PERSON_NOUNS = {"son", "daughter", "wife", "husband", "mother", "father", "brother", "sister", "widow", "widower",
                 "grandson", "granddaughter", "grandmother", "grandfather", "aunt", "uncle", "nephew", "niece",
                 "cousin", "fiancé", "fiancée", "friend", "neighbour", "neighbor", "child", "scholar", "champion",
                 "steward", "diplomat", "plaintiff", "witness", "victim", "expert", "official", "candidate",
                 "nominee", "quarterback", "gp", "head", "chief", "boss", "chair", "mate", "guide", "nun", "monk"}
# "-er" words that name no person ("the water", "a number").
_NOT_PERSON_ER = {"water", "number", "order", "border", "matter", "letter", "paper", "quarter", "power", "corner",
                  "river", "summer", "winter", "other", "chapter", "tower", "cover", "member's",
                  "under", "over", "after", "never", "ever", "either", "neither", "whether", "rather", "layer"}


# A lay person's description, no body named: "a 34-year-old nurse", "retired teacher", "a mother of three"
_LAY_ROLE = re.compile(r"(?:an?\s+|the\s+)?(?:\d{1,3}-year-old\s+|retired\s+|unemployed\s+|self-employed\s+|"
                       r"(?:mother|father)[ -]of[ -](?:two|three|four|five|six)\s*)(?:[a-z-]+\s+){0,2}[a-z-]*")


def _passer_by_role(person: dict, ex: Extraction) -> bool:
    """Whether a role is a passer-by's: a lay person's description ("a 34-year-old nurse", "the retired teacher")
    of someone the title does not name and the story names at most twice. Asked "Which of these people is a
    34-year-old nurse?", it is trivia (readers judged each such question unfit); what they said is still asked."""
    role = " ".join(person["role"].split())
    if not _LAY_ROLE.fullmatch(role):
        return False
    surname = person["name"].split()[-1]
    return surname not in ex.article.title and ex.article.body.count(surname) <= 2


def role_of_a_person(role: str) -> bool:
    """Whether a role's head noun names a person ("the union's national officer", "a lawyer at X", "Salt's wife",
    "Head of the only hotel"): not a group ("the ringers", "the passengers' group", "Rival clubs -"), a place or
    a count ("About 60 miles up the coast"), a clause cut from the sentence ("The union is demanding that the
    owner", "Whatever today brings", "No relation") or a name ("Teresa Hollin |"). A role whose owner is
    unsure is not asked (issue 14, point 4)."""
    chunk = _ROLE_HEAD_END.split(role, maxsplit=1)[0].strip()
    words = chunk.split()
    if not words:
        return False
    head = words[-1].strip(".'’\"“”()")
    low = head.lower()
    if low.endswith(("'s", "’s")) or not low.isalpha() and not re.fullmatch(r"[a-zé]+(?:-[a-zé]+)+", low):
        return False  # "Rovers 2", "Peru's": no noun of a person
    if low in TITLE_WORDS or low in _PERSON_NOUNS or low.split("-")[-1] in TITLE_WORDS | _PERSON_NOUNS:
        return low not in ("former", "new", "late", "then", "current", "acting", "interim", "senior", "junior",
                           "first", "vice", "state", "home", "foreign") and not (head.isupper() and low == "am")
    if head.isupper() or low.endswith("s") and not low.endswith("ss") or low in _NOT_PERSON_ER:
        return False  # "Northwire Sports NFL": an initialism; "the ringers", "Are the kingmakers": a group
    return bool(_AGENT_NOUN_FORM.fullmatch(low))


def cut_owner(role: str, body: str, name: str = "") -> bool:
    """A role whose owner is a name cut short: "Leader of Together" where the article only ever writes "Forward
    Together", "Chairwoman of Union of Rink Hockey Clubs" where it writes "… Clubs and Leagues". The owner is
    unsure, so the role is not asked. The person's own name after the owner ("Commissioner for Fisheries Ilse
    Varga") does not lengthen it."""
    m = _OWNER_TAIL.search(role)
    if not m:
        return False
    owner = _LINK_WORDS_AT_END.sub("", m.group(1))
    if " " not in owner and re.search(r"\b[Tt]he\s+" + re.escape(owner.lower()) + r"\b", body):
        return False  # "Chairman of the Cooperative": the article's own short form, "the cooperative's chairman"
    own = set(name.split())
    seen = False
    for at in word_starts(owner, body):
        seen = True
        before = _WORD_BEFORE_END.search(body[max(0, at - 40):at])
        after = _NAME_WORD_AFTER.match(body[at + len(owner):at + len(owner) + 40])
        joined_before = before and before.group(1)[:1].isupper() and before.group(1).lower() not in _NOT_NAME_WORDS \
            and before.group(1) not in own and not before.group(1).isupper()
        joined_after = after and after.group(1) not in own
        if not (joined_before or joined_after):
            return False  # written whole at least once
    return seen


_OWNER_TAIL = re.compile(r"\b(?:of|for|at)\s+(?:the\s+)?((?-i:[A-Z])[\w’'&.-]*(?:\s+(?:of|and|for|the|&|(?-i:[A-Z])"
                         r"[\w’'&.-]*))*)\s*$")
# Capitalised words before a name that are not part of it: a sentence's first word, a title.
_NOT_NAME_WORDS = {"the", "a", "an", "in", "at", "for", "of", "by", "on", "and", "but", "with", "from", "to", "as",
                   "after", "before", "when", "while", "under", "said", "says", "mr", "mrs", "ms", "dr", "its",
                   "their", "his", "her", "our", "this", "that", "both", "neither", "if", "yesterday", "today",
                   "meanwhile", "however", "also", "like", "unlike", "since", "including", "against", "new", "former",
                   "sir", "dame", "lord", "lady"}  # ("son of Rosalind Hart" after "Dame Rosalind Hart": her title)


# A "role" that is the words after a name, not a role: "… insisted no decision had been taken".
_SAYING = re.compile(r"(?i:insisted|said|says|added|told|warned|argued|claimed|denied|admitted|stressed|noted|"
                     r"explained|confirmed|declined|refused|agreed|urged|called)\b")


# "X, the developer, said in a statement that it …", "X, the country's largest shipbuilder, said on Tuesday it would
# …": the name's own sentence calls it "it" after its verb of saying
_SAID_IT = re.compile(r"[^.!?\n]{0,160}?\b(?:said|says|announced|added|argued|insisted|confirmed|warned)\b"
                      r"[^.!?\n\"“”]{0,60}?\b(?:that\s+)?(?:it|its)\b")
_WIDE_OWNERS = {"the country", "country", "nation", "region", "world", "city", "state", "island", "town"}
_ITS_NEXT = re.compile(r"[^.!?\n]{0,200}?[.!?]\s+Its\s+[a-z]")


def _body_called_it(name: str, role: str, body: str) -> bool:
    """Whether a name given a role is a body the article describes, not a person: the role names no body of its own
    ("the developer", "The processor that bottles the milk", "the country's largest shipbuilder") and the article
    calls the name "it" (its verb of saying followed by "it", or the next sentence opening on "Its"). A role that
    names a body ("chair of Acme") leaves "it" to that body."""
    words = role.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if any(w[:1].isupper() for w in words) or any(re.search(r"['’]s$", w) and w.lower().rstrip("’'s") not in _WIDE_OWNERS
                                                  for w in words):
        return False  # "Nordmark trade commissioner", "The band's conductor": a body is named, and "it" may be its
    head = _ROLE_HEAD_END.split(" ".join(words), maxsplit=1)[0].split()
    if not head or head[-1].lower() in TITLE_WORDS | _PERSON_NOUNS | OCCUPATIONS:
        return False  # "Crane driver X … said it was": a person's trade, and "it" the weather
    return any(_SAID_IT.match(body, at + len(name)) or _ITS_NEXT.match(body, at + len(name))
               for at in _occurrences(body, name))


def _whole_role(p: dict, ex: Extraction, named: Referents, pace: Pacer) -> tuple[str, bool]:
    """A person's role as a role question prints it, proven whole before it is keyed or offered beside another
    person's (one bad role would stand in every role question of the bank): '' when it is not. Its owner is no
    stray word ("chief executive of Tuesday", "spokesperson for the": `role_fault`); "the union", "the group" in it
    is named as the article names it where the person is introduced, or the role is not used; an office with no
    body ("Chief executive") is given the person's party or the body of its kind named where the person is
    introduced, or is only offered beside others' roles, never keyed (of which firm, the question would not say).
    (role, whether it may be keyed)."""
    role = " ".join(p["role"].split())
    if role_fault(role):
        return "", False
    sent = _first_sentence_naming(ex, p["name"], pace)
    if sent is not None:
        role = named.rewrite(role, sent.start)
        for m in reversed(list(ORG_OWNING.finditer(role))):  # "the union's Coldmere branch": the union named
            name = named.organisation(m.group(1).lower(), sent.start)
            if name:
                role = role[:m.start()] + subject_of(name) + "'s" + role[m.end():]
    if unnamed_owner(role) or unresolved(role, posts=False, title=ex.article.title) or ambiguous_head(role, ex.article.body) or role_fault(role):
        return "", False  # "The head of the union's Coldmere branch" where the union cannot be named
    if _BODY_OWNER.search(role) or _TITLE_OWNER.search(role):
        return "", False  # "The coalition's director", "The local's president": which body, the role does not say;
        # "Executive vice-president of Vice-President": a title read as its owner
    if _FORMER.match(role) and bare_office(_FORMER.sub("", role)):
        return role, False  # "Former secretary": of what, the role does not say (offered beside others', never keyed)
    office = bare_office(role)
    if not office and bare_title(role):
        return "", False  # "The minister": of what, and where, the role does not say (an office is given its body below)
    if office:
        side = party_of(p.get("side", ""))
        if not side and sent is not None and office in _OFFICE_OF:  # "Chief executive X" in a story about one
            side = named.organisation(_OFFICE_OF[office], sent.start) or ""  # firm: that firm's
        if not side or role_fault(side + " " + office) or side in p["name"] or office in _CUT_OFFICES:
            return role, False
        if _TITLE_OWNER.search(owned_role(office, side)):
            return role, False  # a side that is itself a title ("Vice-President"): "… of Vice-President" is no role
        role = owned_role(office, side)
    return role, True


# "the coalition's", "the local's" in a role: a campaigning body or a union's branch by a common noun, which one only the
# article's sentence says ("the government's", "the council's" and "the city's" are read beside the bank's title, and
# "the family's attorney" is a person's)
_BODY_OWNER = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+)?(coalition|local|chapter|group|campaign|network|alliance|"
                         r"association|federation|society|movement|consortium|branch|collective)['’]s\b")
# an owner that is itself a title: "Executive vice-president of Vice-President"
_TITLE_OWNER = re.compile(r"\b(?:of|for)\s+(?:the\s+)?(?:(?:[Vv]ice|[Dd]eputy|[Aa]ssistant|[Ee]xecutive)-)?(?:President|"
                          r"Chairman|Chair|Director|Secretary|Minister|Governor|Mayor|Commissioner)\s*$")
_FORMER = re.compile(r"^(?:[Tt]he\s+|[Aa]\s+)?(?:[Ff]ormer|[Ee]x-)\s*")


# Whose an office is when the article names no body beside it: the kind of body that has such an office, named
# where the person is introduced ("the company", "the club", "the union" the article names there)
_OFFICE_OF = {**dict.fromkeys(("chief executive", "chief executive officer", "chief financial officer",
                               "chief operating officer", "finance chief", "finance director", "managing director",
                               "financial director"), "company"),
              **dict.fromkeys(("head coach", "assistant coach", "manager", "coach", "captain", "assistant manager"),
                              "club"),
              **dict.fromkeys(("general secretary", "deputy general secretary", "assistant general secretary",
                               "regional organiser", "regional organizer"), "union")}
# One word left of a longer title ("union national officer" read as "officer"): no office to give a body
_CUT_OFFICES = {"officer", "head", "chief", "partner", "owner", "executive", "boss"}


def _role_asked(role: str, holders: int) -> bool:
    """Whether a role is worth asking and offering: a bare "Spokesman" or "Judge" says too little; "Republican Gov."
    is a title cut from the name it stood before; a role two people hold tells neither apart; one that opens on a
    number ("11 players including …") or a verb of saying is no role."""
    return bool(_ROLE_OK.match(role)) and 2 <= len(role.split()) <= 10 and holders <= 1 and \
        not _SAYING.match(role) and \
        not re.search(r"\b[A-Z][a-z]{1,3}\.$", role) and \
        not re.match(r"(?i:its|their|his|her)\b|the \w+ed\b", role) and \
        role.split()[0].lower() not in ("association", "union", "council", "board", "committee", "party") and \
        role.split()[0].lower() not in ("of", "at", "for", "in", "with", "from", "on", "by", "to", "and")


def _other_roles(person: dict, persons: list[dict], role: str) -> list[str]:
    """Wrong options for "Who is X?": the roles the article gives its other people, none holding another or the
    key ("Union president" beside "President"), none naming the person asked about."""
    out: list[str] = []
    mine = norm(role)
    for o in persons:
        if o["name"] == person["name"]:
            continue
        other = " ".join(o["role"].split())
        low = norm(other)
        if not 2 <= len(other.split()) <= 10 or low in mine or mine in low or \
                any(low in norm(x) or norm(x) in low for x in out) or \
                any(w in other for w in person["name"].split() if len(w) > 2):
            continue
        out.append(sentence_case(other))
    return out


# adjectives that open a role and name no one ("Local MP", "Senior nurse"): a capital there is the sentence's
_ROLE_ADJECTIVES = frozenset({"local", "senior", "former", "veteran", "independent", "junior", "retired", "leading"})


def _a(role: str, body: str = "") -> str:
    """'Russia's Foreign Minister' and 'US Secretary of State' read as they are; 'spokesman' needs 'the'. A first
    word capitalised only because the role opened a sentence ("Security researcher Hana Kowalczyk …", "Local MP …")
    is a common word the article (`body`) also writes in lower case: "the security researcher", "the local MP"."""
    first = role.split()[0]
    if first in ("The", "A", "An"):
        return first.lower() + role[len(first):]  # "… described as The leader of the council": mid-sentence, "the"
    rest = role.split()[1:2]
    if body and first[:1].isupper() and first[1:].islower() and rest and (rest[0].islower() or rest[0].isupper()) and \
            first.isalpha() and (word_in(first.lower(), body) or first.lower() in _ROLE_ADJECTIVES) and not any(
                at > 1 and body[at - 1] == " " and (body[at - 2] == "," or body[max(0, at - 30):at - 1].split()[-1:]
                                                     and body[max(0, at - 30):at - 1].split()[-1][:1].islower())
                for at in word_starts(first, body)):  # ("the Green councillor": a capital mid-sentence is a name's;
            # "Cyber Security Centre" is another name's word, not one)
        return "the " + first.lower() + role[len(first):]
    if first[0].isupper() or first.lower() in ("the", "a", "an") or first.endswith(("'s", "’s")):
        return role
    return "the " + role


# A figure to blank; never a clock time's minutes or hours ("at 6:15 p.m." asked as "6:_____ p.m.").
_NUMBER = re.compile(r"(?<![\w.:])(?:[£$€]\s?)?\d[\d,.]*(?:\s?(?:%|bn|m|billion|million|per cent))?(?![\w]|:\d)")


def _occurrences(body: str, name: str):
    """Where the name stands in the article, first to last: each person's sentences are found without
    reading every sentence for every person (a 2 MB article names hundreds)."""
    at = body.find(name)
    while at >= 0:
        yield at
        at = body.find(name, at + len(name))


def _first_sentence_naming(ex: Extraction, name: str, pace: Pacer):
    """The first story sentence (not furniture) that holds the name whole."""
    for at in _occurrences(ex.article.body, name):
        pace()
        s = ex.article.sentence_at(at)
        if s is not None and not s.furniture and name in s.text:
            return s
    return None


_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$")


_MONTH_AFTER = re.compile(r"(?:st|nd|rd|th)?\s+(?:of\s+)?((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\b")
_YEAR_AFTER = re.compile(r",?\s+((?:1[89]|20)\d\d)\b")
# An aside: a bracket, a pair of dashes, or a "which"/"who"/"where" clause set off by a comma, open at the figure.
# "…, which Vireo says will add 15% to sales": a figure someone claims, a fact of the story, not an aside's detail
_REPORTED_IN_CLAUSE = re.compile(r"\b(?:says?|said|claims?|claimed|estimates?|estimated|expects?|expected|forecasts?|"
                                 r"predicts?|predicted|argues?|argued)\b")
_ASIDE_OPENS = re.compile(r"(?:\(|\s[—–]\s|,\s+(?:which|who|whose|where|when)\b)")


def _in_aside(text: str, at: int) -> bool:
    """Whether position `at` of a sentence stands inside an aside: an open bracket, an open pair of dashes, or a
    non-restrictive clause ("…, which is 40 km long, …") whose comma has not yet been closed before `at`."""
    before = text[:at]
    if before.count("(") > before.count(")"):
        return True
    if len(re.findall(r"\s[—–]\s", before)) % 2 == 1 and re.search(r"\s[—–]\s", text[at:]):
        return True
    last = None
    for m in _ASIDE_OPENS.finditer(before):
        last = m
    return bool(last and last.group().startswith(",") and "," not in before[last.end():]
                and not _REPORTED_IN_CLAUSE.search(before, last.end()))


def _in_title(value: str, title: str) -> bool:
    """Whether the title reads out a figure ("3%", "£6"): a whole figure, not a part of a longer one."""
    at = title.find(value) if value else -1
    while at >= 0:  # (a pattern per figure would push the fixed ones out of the re module's cache)
        before, after = title[at - 1:at] if at else "", title[at + len(value):at + len(value) + 2]
        if not (before and (is_word_char(before) or before in ".,£$€")) and \
                not (after[:1] and (is_word_char(after[:1]) or after[:1] == "%" or
                                    after[:1] in ".," and after[1:2].isdigit())):
            return True
        at = title.find(value, at + 1)
    return False


def _a_name_form(alias: str, name: str) -> bool:
    """Whether an alias is a form of the person's name ("Dame Olivia", "Ms Renshaw"), not a description the article
    also calls them by ("The inspector"): a typed answer of a bare job title names no one (readers judged it so)."""
    words = {w.lower() for w in name.split()}
    return any(w.lower().strip(".,") in words for w in alias.split())


def cloze_candidates(ex: Extraction, ids: Ids, people: list[dict], pace: Pacer | None = None) -> list[Candidate]:
    """A name or a figure blanked in a complete story sentence; typed answers accept surname and aliases."""
    pace = pace or Pacer()
    out = []
    for p in people:
        if p.get("role") == "organisation" or " " not in p["name"] or not looks_like_person(p["name"]):
            continue
        surname = p["name"].split()[-1]
        for at in _occurrences(ex.article.body, p["name"]):
            pace()
            s = ex.article.sentence_at(at)
            if s is None:
                continue
            text = s.text.strip()
            if (s.furniture or p["name"] not in text or text.count(surname) != 1 or "{" in text
                    or not 8 <= len(text.split()) <= 40 or not text[-1:] in ".!”\"’"):
                continue
            accept = [surname] + [a for a in p.get("aliases", []) if a.lower() not in {"the", p["name"].lower()} and
                                  _a_name_form(a, p["name"])]
            out.append(Candidate({
                "id": ids.make("name", p["name"]), "type": "typed", "topic": "context",
                "prompt": text.replace(p["name"], "{{" + p["name"] + "}}", 1),
                "accept": list(dict.fromkeys(accept))[:5],
                "source": text, "explanation": f"{_who(p)}.",
            }, f"sentence:{text[:60]}", 0.5))
            break
    for s in ex.article.sentences:
        pace(len(s.text))
        text = s.text.strip()
        if s.furniture or "{" in text or not 8 <= len(text.split()) <= 40 or not text[-1:] in ".!”\"’":
            continue
        if _FRAGMENT_OPENING.match(text):
            continue  # "That visitor numbers are back above 400,000 a year, that …": an interview's answer to a
            # question only the article asks, no sentence of its own
        nums = [m for m in _NUMBER.finditer(text)
                if not re.fullmatch(r"(?:1[89]|20)\d\d", m.group()) and re.search(r"\d{2}|%|bn|m\b|,", m.group())]
        if len(nums) > 1:  # "a 40% fall in profit to £52 million" under "profit falls 40%": the title's figure
            nums = [m for m in nums if _in_title(m.group().strip().rstrip(".,"), ex.article.title)]
        if len(nums) != 1:
            continue
        value = nums[0].group().strip().rstrip(".,")
        if not value or re.fullmatch(r"(?:1[89]|20)\d\d", value) or \
                _in_apposition(value, text) or _MONTH_BEFORE.search(text[:nums[0].start()]):
            continue  # a year, an age in apposition ("the former mayor, 61, was …"), a date's day ("Nov. 18")
        at = nums[0].start()
        if _PLAIN_COUNT.fullmatch(value) and _COUNTS_UNTOLD.match(text, at + len(value)) and \
                not _COUNT_BEFORE.search(text, 0, at) or \
                _PRONOUN_SUBJECT.match(text):
            continue  # "{{2,931}} of them needed treatment", "about {{41,000}} are still cut off" (of whom, of
            # what), "Under the rules, it must decide within {{30}} days": what the figure counts, or who acts,
            # only the sentences before say
        if _background_figure(text, at, value, ex.article.title):
            continue  # a body's head-count ("employs about 300 people"), a town's population ("a town of about 38,000
            # people"), a building's size ("a block of 96 flats", "a 12-storey block"), an age limit ("children under
            # 12 go free"): background a reader is not meant to learn
        month = _MONTH_AFTER.match(text, at + len(value))
        if not month and _in_aside(text, at):
            continue  # a detail of an aside ("the river, which is 40 km long, …", "(a rise of 12%)") is no fact of
            # the story worth a gap (a day and month there is a deadline or an event's date: "…, which will take
            # applications until 13 February")
        if month:  # a date's day ("on 14 March"): the gap is the whole date, "on {{14 March}}", or none
            year = _YEAR_AFTER.match(text, month.end())
            end = year.end() if year else month.end()
            whole = text[at:end]
            day, mon = value, month.group(1)
            accept = [whole, f"{day} {mon}", f"{mon} {day}"] + ([f"{day} {mon} {year.group(1)}",
                                                                f"{mon} {day}, {year.group(1)}"] if year else [])
            out.append(Candidate({
                "id": ids.make("number", " ".join(text.split()[:3])), "type": "typed", "topic": "context",
                "prompt": text[:at] + "{{" + whole + "}}" + text[end:], "accept": list(dict.fromkeys(accept)),
                "source": text, "explanation": f"The article gives the date as {whole}.",
            }, f"sentence:{text[:60]}", 0.45))
            continue
        out.append(Candidate({
            "id": ids.make("number", " ".join(text.split()[:3])), "type": "typed", "topic": "context",
            "prompt": text[:at] + "{{" + value + "}}" + text[at + len(value):],
            "source": text, "explanation": f"The article gives the figure as {value}.",
        }, f"sentence:{text[:60]}", 0.45))
    return out


# What a figure counts left to the sentences before: "2,931 of them", "41,000 are still cut off".
_COUNTS_UNTOLD = re.compile(r"\s+(?:of\s+(?:them|those|these)\b|(?:were|are|was|is)\s+(?:still\s+|now\s+)?"
                            r"(?!(?:\w+\s+)?(?:people|homes|staff|workers|children)\b)[a-z])")
_PLAIN_COUNT = re.compile(r"\d[\d,]*")  # (a sum or a share, "£3m had been set aside", says what it is)
# A count earlier in the sentence, whose noun the figure's elided one is ("two million adults …, and about 9,000 are")
_COUNT_BEFORE = re.compile(r"\d|\b(?:million|thousand|hundred|billion|dozens?|hundreds|thousands)\b")
# A sentence whose subject is a pronoun ("It must decide …", "Under the rules, it must …", "They will …").
_PRONOUN_SUBJECT = re.compile(r"(?:[A-Z][^,;“”\"]{0,60},\s+)?(?:[Ii]t|[Tt]hey)\s+(?:must|will|would|has|have|had|is|are|"
                              r"was|were|can|could|should|may|might|said|says)\b")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|tells|argued|argues|noted|notes|added|adds)\b")
# A sentence that is only a subordinate clause (an answer in an interview): "That visitor numbers are back …".
# ("That decision cost jobs" points back as well; "Because the bridge is shut, drivers …" has its main clause.)
_FRAGMENT_OPENING = re.compile(r"That\s+(?!is\b|was\b)[a-z]|(?:Because|Whether)\s+[^,]+$")
# The words before a figure that make it background: a head-count, a place's population, a building's size, an age
# limit (the figure follows them, after an optional "about").
_ABOUT = r"(?:about|around|some|roughly|nearly|almost|more\s+than|over|just\s+over|just\s+under|fewer\s+than)\s+"
_BACKGROUND_BEFORE = re.compile(r"(?:\b(?:employs|employing|employ)\s+|\b(?:town|city|village|borough|island|"
                                r"community|suburb|district|port)\s+of\s+|\b(?:block|tower|estate|complex)\s+of\s+|"
                                r"\b(?:children|pupils|those|anyone|people)\s+(?:under|over|aged)\s+|"
                                r",\s+which\s+says\s+(?:it|they)\s+(?:has|have|represents|supports|employs)\s+)(?:" +
                                _ABOUT +
                                r")?$", re.IGNORECASE)
# … and the words after it: "a 96-flat block", "a 12-storey tower", "a 300-strong workforce".
_BACKGROUND_AFTER = re.compile(r"\S*?-(?:strong|flat|storey)\b")


def _background_figure(text: str, at: int, value: str, title: str) -> bool:
    """Whether the figure at `at` is background, not the story's: a head-count, a place's population, a building's
    size, an age limit (not when the title reads the figure out)."""
    before = _BACKGROUND_BEFORE.search(text[max(0, at - 60):at])
    if before and before.group().lstrip().startswith(","):
        return not _in_title(value, title)  # "…, which says it has 2,300 members, …": the speaker's own introduction
    return bool(before or _BACKGROUND_AFTER.match(text, at)) and not _in_title(value, title) and \
        not _SAID_BEFORE.search(text[:at])  # (in a speaker's claim, "X said the firm employs 450 of them", the figure
    # is the speaker's point)


# "The grants are mostly local and regional": what a thing is like, said in the story's own voice. The subject
# is a named thing ("The …", not "They"), the description two or more plain describing words.
_DESCRIBED = re.compile(
    r"^(?P<subject>The(?: [A-Za-z’'-]+){1,4}?) (?P<verb>are|is|were|was|remain|remains) "
    r"(?P<how>largely|mostly|mainly|chiefly|primarily|overwhelmingly|predominantly) "
    r"(?P<what>[a-z-]+(?:, [a-z-]+)*,? (?:and|or) [a-z-]+)(?P<rest>[,.;!]? ?.*)$")
_NOT_DESCRIBING = re.compile(r"(?:ing|ly)$")


def described_candidates(ex: Extraction, ids: Ids, pace: Pacer | None = None) -> list[Candidate]:
    """'The sanctions are largely {{financial and economic}}.': a story statement of what something is like fits no
    who/which-side/when question, so its describing words become a cloze on the statement's own clause (the rest
    of the sentence, "but critics say …", is another thought and is left out). Either order of the words is
    accepted."""
    pace = pace or Pacer()
    out = []
    for s in ex.article.sentences:
        pace(len(s.text))
        text = s.text.strip()
        m = _DESCRIBED.match(text)
        rest = m.group("rest").strip() if m else ""
        if s.furniture or not m or "{" in text or (
                rest and not re.match(r"(?:[.!;]|,? ?(?:but|while|although|though)\b)", rest)):
            continue  # "… are largely financial and economic experts": the words describe a later noun
        described = re.split(r",? (?:and|or) |, ", m.group("what"))
        if any(_NOT_DESCRIBING.search(w) or len(w) < 3 for w in described):
            continue
        joiner = " or " if " or " in m.group("what") else " and "
        accept = [m.group("what")] + ([described[1] + joiner + described[0]] if len(described) == 2 else [])
        out.append(Candidate({
            "id": ids.make("described", m.group("subject")), "type": "typed", "topic": "context",
            "prompt": f"{m.group('subject')} {m.group('verb')} {m.group('how')} {{{{{m.group('what')}}}}}.",
            "accept": accept, "source": text,
            "explanation": f"The article says “{m.group(0)[:m.start('rest')].strip()}”.",
        }, f"sentence:{text[:60]}", 0.55))
    return out


# Figure questions drafted at most: a bank keeps a few (rank.select), and options are sought among all figures.
MAX_FIGURES = 40


def figure_candidates(ex: Extraction, ids: Ids, names: frozenset[str], pace: Pacer | None = None,
                      pictured: CheckContext | None = None, people: list[dict] | None = None) -> list[Candidate]:
    """'How many schools would the strike close?', 'How big a pay rise are teachers demanding?': the figures the
    story turns on, asked from their own clause (figures.py), with figures of the same kind and scale as options.
    A figure in the title or the lead, or one the article repeats, is worth more than one mentioned in passing."""
    pace = pace or Pacer()
    pictured = pictured or CheckContext(ex.article.body).read_captions(pace)
    story = [s for s in ex.article.sentences if not s.furniture and not pictured.in_caption(s.text)]
    found = []
    for s in story:
        pace(len(s.text))
        found += [(s, f) for f in figures_in(s.text)]
    everywhere = [f for _, f in found] + figures_in(ex.article.title)
    told = Counter(f.value for f in everywhere)
    lead = {id(s) for s in story[:2]}
    out: list[Candidate] = []
    asked: set[str] = set()
    for s, f in found:
        pace(EVENT_COST)
        if len(out) >= MAX_FIGURES:
            break
        text = s.text.strip()
        if f.value in asked or not 6 <= len(WIRE_LEAD.sub("", text).split()) <= 45:
            continue  # (a wire's "PORTHAVEN, Feb 24 (Northwire) -" left on the sentence is no part of its length)
        prompt = how_question(text, f, names)
        prompt = full_names(prompt, people or []) if prompt else None  # "According to Mr Ferris" names him whole
        if not prompt or len(prompt.split()) > 24:
            continue
        pace(len(everywhere))
        wrong = nearby(f, everywhere, len(text))
        if len(wrong) < 2:
            continue
        real = [w for w in wrong if w in told]  # the article's own figures (`nearby` offers them first)
        asked.add(f.value)
        worth = 0.7 + (0.15 if id(s) in lead or f.value in ex.article.title else 0) + (0.1 if told[f.value] > 1 else 0)
        choices = sorted({f.value, *(real if len(real) >= 2 else wrong)}, key=amount)
        question = {
            "id": ids.make("how", " ".join(prompt.split()[1:5])), "type": "choice", "topic": "context",
            "prompt": prompt, "choices": choices, "answer": f.value, "source": text,
            "explanation": f"The article says “{' '.join(text[f.start:f.end].split())}”.",
        }
        if len(real) < 2:  # too few of the article's own figures to choose from: asked typed once kept (as_typed)
            question["_typed"] = typed_forms(f.value, f.counted)
        out.append(Candidate(question, f"figure:{text[:60]}", min(worth, 0.92)))
    for s in story:  # "From what to what will the council raise the fee?": a change's two ends, asked together
        pace(EVENT_COST)
        text = s.text.strip()
        if len(out) >= MAX_FIGURES or not (" from " in text or " vote" in text) or \
                not 6 <= len(WIRE_LEAD.sub("", text).split()) <= 45:
            continue
        pair = pair_question(text, names) or vote_question(text, names)
        prompt = full_names(pair.prompt, people or []) if pair and pair.value not in asked else None
        if not prompt or len(prompt.split()) > 24:
            continue
        asked.add(pair.value)  # a live page's second entry on the same vote is the same figure
        a, _, b = pair.value.replace(" votes to ", " to ").replace("-", " to ", 1).partition(" to ")
        worth = 0.75 + (0.15 if id(s) in lead or a in ex.article.title or b in ex.article.title else 0)
        # drafted as a choice so every check of a choice's prompt reads it; asked typed once kept (as_typed)
        out.append(Candidate({
            "id": ids.make("how", " ".join(prompt.split()[1:5])), "type": "choice", "topic": "context",
            "prompt": prompt, "choices": [pair.value, f"{b} to {a}", f"{a} to {scaled(b, 1.5) or b + '0'}"], "answer": pair.value,
            "source": text, "explanation": f"The article says “{text}”",
            "_typed": [pair.value, *pair.accept],
        }, f"figure:{text[:60]}", min(worth, 0.92)))
    return out


def term_candidates(ex: Extraction, ids: Ids, names: frozenset[str], pace: Pacer | None = None,
                    pictured: CheckContext | None = None, people: list[dict] | None = None) -> list[Candidate]:
    """"For how long was Edmund Carraway-Fell jailed?": the term a court or a body hands down, often the story's
    main result (figures.term_question), with the article's other terms and terms near it as options. A term in the
    title or the lead is worth as much as the title's figure."""
    pace = pace or Pacer()
    pictured = pictured or CheckContext(ex.article.body).read_captions(pace)
    story = [s for s in ex.article.sentences if not s.furniture and not pictured.in_caption(s.text)]
    others = tuple(dict.fromkeys(terms_in(ex.article.title + "\n" + ex.article.body)))
    lead = {id(s) for s in story[:2]}
    out: list[Candidate] = []
    asked: set[str] = set()
    for s in story:
        pace(len(s.text))
        text = s.text.strip()
        if not 6 <= len(text.split()) <= 45 or not re.search(r"\b(?:for|to)\s+\w+\s+(?:years?|months?|weeks?|days?)\b",
                                                               text, re.IGNORECASE):
            continue
        term = term_question(text, names, others)
        if not term or len(term.wrong) < 2 or term.value in asked:
            continue
        prompt = full_names(term.prompt, people or [])
        if len(prompt.split()) > 24:
            continue
        asked.add(term.value)
        worth = 0.7 + (0.15 if id(s) in lead or term.value in ex.article.title else 0)
        out.append(Candidate({
            "id": ids.make("how", " ".join(prompt.split()[1:5])), "type": "choice", "topic": "context",
            "prompt": prompt, "choices": sorted({term.value, *term.wrong}, key=term_length), "answer": term.value, "source": text,
            "explanation": f"The article says “{text}”",
        }, f"figure:{text[:60]}", min(worth, 0.92)))
    return out


_CONTENT = re.compile(r"[a-z][a-z’'-]{3,}")
_LITTLE = {"that", "this", "with", "from", "will", "would", "have", "their", "them", "they", "been", "were", "which",
           "what", "when", "more", "than", "into", "over", "about", "after", "before", "said", "also", "could",
           "should", "only", "such", "some", "other", "there", "where", "while", "every", "each", "against"}


def _content(text: str) -> set[str]:
    return {w for w in _CONTENT.findall(text.lower().replace("’", "'")) if w not in _LITTLE}


# The positions read for the central demand: it is stated early, and a long article's hundredth position is not
# its main one (reading every position against every sentence would be quadratic in a 2 MB article).
CENTRAL_READ = 60


def central_facts(ex: Extraction, items: list, pace: Pacer | None = None) -> set[str]:
    """The story's central demand: the position whose words the title and the lead carry, or the one the
    article comes back to most ("is demanding the removal of all sanctions" in the first sentence and again
    further down). Its questions are worth more than any other position's, so the bank always asks it."""
    if not items:
        return set()
    story = [s for s in ex.article.sentences if not s.furniture]
    title = _content(ex.article.title)
    pace = pace or Pacer()
    texts = []
    for s in story:
        pace(len(s.text))
        texts.append(_content(s.text))
    best, best_score = None, 0.0
    for party, _stance, demand, p in items[:CENTRAL_READ]:
        pace(len(texts) * 10)
        words = _content(demand)
        if not words:
            continue
        sent = ex.article.sentence_at(p.start)
        at = next((i for i, s in enumerate(story[:2]) if sent is not None and s.start == sent.start), None)
        score = {0: 2.0, 1: 1.0}.get(at, 0.0)  # the lead sentence is the story's main point
        shared = len(words & title)
        score += 2.0 * shared / len(words)  # the title names what the demand is about
        if len(words) >= 3:  # said again further down: "the removal of all penalties … insists the penalties go"
            again = sum(1 for t in texts if len(words & t) * 5 >= len(words) * 3) - 1
            score += 0.75 * min(3, max(0, again))
        if score > best_score:
            best, best_score = p, score
    return {f"demand:{best.evidence[:60]}"} if best is not None and best_score >= 1.25 else set()


# A second clause joined to the demand: "a 7% pay rise and will strike on Thursday" asks the rise.
_SECOND_CLAUSE = re.compile(r",?\s+(?:and|but)\s+(?=(?:will|would|is|are|was|were|has|have|had|can|could|"
                            r"[a-z]+ed)\b)|\s+(?:if|unless|as|because|while|although)\s.*$|,(?!\d{3}\b).*$|"
                            r"\s+(?:before|until|after|once)\s+(?:it|they|he|she|we|you)\s.*$")
# Stances whose object is someone asked to act ("urges the council to …"): asked by `asked_candidates`.
_ASKS_SOMEONE = ("urges", "calls on", "appeals to", "accuses", "invites", "orders", "asks", "pleads with", "tells")


# Verbs whose object is an action in the infinitive ("wants to leave"): asked as "What does X want to do?".
_TAKES_TO = {"wants", "hopes", "plans", "aims", "seeks", "tries", "refuses", "agrees", "offers", "threatens", "vows",
             "pledges", "expects", "needs", "intends", "promises", "prefers", "prepares", "wishes"}


# Stances whose object needs its "as …" to mean anything ("regards X as …", "sees X as …")
_TAKES_AS = {"regards", "regard", "sees", "see", "considers", "consider", "views", "view", "treats", "treat",
             "describes", "describe"}


# Stances whose object is half the act: one blames, accuses or credits someone or something for or of what else.
_NEEDS_WHAT_FOR = frozenset({"blames", "blame", "accuses", "accuse", "credits", "credit", "thanks", "thank",
                             "faults", "fault"})


def what_question(party: str, stance: str, demand: str, names: frozenset[str]) -> tuple[str, str] | None:
    """('What does the union want?', 'a 6% rise') from 'wants' + 'a 6% rise'; ('What is Velmar prepared to
    do?', 'release …') from 'is prepared to' + 'release …'. None for a stance that reports speech."""
    if stance.endswith((" that", " whether to")) or stance.startswith(_ASKS_SOMEONE) or stance in ("chants",) or \
            stance.split()[0] in _TAKES_AS:
        return None  # "regards privacy as a human right": what it regards is half the position
    if past_stance(stance) == stance:
        return None  # already past ("wanted …"): a position held once is asked "Who wanted …?", not "What does …?"
    if stance == "wants" and re.match(r"(?:\S+\s+){1,4}to\s+[a-z]", demand):
        return None  # "wants the council to restore …": what it wants the council to do (asked_candidates)
    if _LOOSE_OBJECT.search(first_position(_SECOND_CLAUSE.split(demand, maxsplit=1)[0])):
        return None  # "What does the party agree to do?" → "Back her in return for …": who she is, only the article says
    if demand_list(demand.strip(" .,;")) or demand_list(demand.strip(" .,;"), verbal=True):
        return None  # "the cap, a ban on …, and a rule …": its first item is one right answer of three (list_candidates)
    answer = first_position(_SECOND_CLAUSE.split(demand, maxsplit=1)[0]).strip(" ,;")
    infinitive = re.match(r"to\s+[a-z]", answer) and not stance.endswith(" to")
    if infinitive and stance.split()[0] in _TAKES_TO:
        stance, answer, infinitive = f"{stance} to", answer[3:], False  # "wants to settle": what it wants to do
    if not 3 <= len(answer.split()) <= MAX_ITEM_WORDS + 4 or _ANAPHORA.match(answer) or not _phrase_ok(answer) or \
            (re.match(r"(?:of|to|for|in|on|at|with|from|by|about|into|against)\b", answer, re.IGNORECASE)
             and not infinitive):
        return None  # "the offer" says too little; "of Tuesday for …" is cut from its noun; "this" needs the article
    if stance.split()[0] in _NEEDS_WHAT_FOR:
        return None  # "What does Harwick Rail blame?": blamed for what, the question does not say (it is asked as
        # "Which side blames …?", whose object is the answer's own)
    answer = lower_first(answer, names)
    if party.lower() in _OWNED_GROUPS:
        return None  # "What do members vote to do?": members of what, only the article says
    verb_first = re.match(r"[a-z]", answer) and not _NOT_VERB_START.match(answer) and stance.endswith(" to")
    subj = lower_first(common_subject(party, names), names)  # "civil servants", "the Northern League", "Velmar"
    do = agree(party, "does")
    first, _, rest = stance.partition(" ")
    if first in ("is", "are"):
        aux = "are" if agree(party, "is") == "are" else "is"
        q = f"What {aux} {subj} {rest}{' do' if verb_first else ''}?"
    elif first == "does" and rest.startswith("not "):
        q = f"What {do} {subj} {rest}{' do' if verb_first else ''}?"
    else:
        low = first.lower()
        if low.endswith("ies"):
            base = low[:-3] + "y"
        elif low.endswith(("sses", "shes", "ches", "xes", "zes")):
            base = low[:-2]
        elif low.endswith("s") and not low.endswith("ss"):
            base = low[:-1]
        else:
            return None
        q = f"What {do} {subj} {base}{(' ' + rest) if rest else ''}{' do' if verb_first else ''}?"
    if stance.endswith(" to") and not verb_first:
        return None  # "commits itself to a review": asked as "Which side …?"
    if len(q.split()) < 6:  # "What does Velmar demand?" is asked as the article puts it, and reads as a question
        q = f"According to the article, {q[0].lower()}{q[1:]}"
    return sentence_case(q), answer


def what_candidates(ex: Extraction, ids: Ids, items: list, names: frozenset[str], central: set[str],
                    pace: Pacer | None = None) -> list[Candidate]:
    """'What does Velmar demand?' with other sides' positions of the same shape as options; for the central demand
    a flash card when the article has too few other positions to choose from. An article with two sides, or one,
    can ask no 'Which side …?' question, and its main demand must still be asked."""
    pace = pace or Pacer()
    asked = []
    mains = main_positions(items, {c.name for c in ex.cast.people if c.kind == "person"})
    for party, stance, demand, p in items:
        pace()
        made = what_question(party, stance, demand, names)
        if made:  # the answer's shape: an action ("release …"), an infinitive ("to roll back …") or a thing
            shape = "do" if made[0].endswith(" do?") else "to" if made[1].startswith("to ") else "thing"
            asked.append((party, made[0], made[1], shape, p, stance))
    out = []
    holder_says = _said_by_holder(items)
    for party, prompt, answer, verbal, p, stance in asked:
        pace(len(asked))
        fact = f"demand:{p.evidence[:60]}"
        offered = []
        for o_party, _, o_answer, o_verbal, o_p, o_stance in asked:
            if o_party != party and o_verbal == verbal and norm(o_answer) != norm(answer) and \
                    o_answer not in (w for w, _, _ in offered) and \
                    norm(o_answer) not in norm(answer) and norm(answer) not in norm(o_answer):
                offered.append((o_answer, o_stance, o_p))
        # no wrong option says the key's thing in other words, what the key's holder holds too, or another option's
        # thing ("a twelve per cent pay rise" beside "a 12% increase in pay"): two right answers, or two alike
        whole = {f"{o_stance} {w}": w for w, o_stance, _ in offered}
        wrong = [whole[t] for t, _ in _unlike_options(f"{stance} {answer}", [(f"{o_stance} {w}", o_p) for w, o_stance, o_p
                                                                            in offered], holder_says.get(party, []), pace)]
        explanation = f"The article gives this as the position of {p.side}."
        if len(wrong) >= 2:
            out.append(Candidate({
                "id": ids.make("what", party, " ".join(answer.split()[:3])), "type": "choice", "topic": "demands",
                "prompt": prompt, "choices": sorted([answer, *wrong[:3]]), "answer": answer,
                "source": p.evidence.strip(), "explanation": explanation,
            }, fact, 0.93))
        elif (fact in central or fact in mains) and not _one_of_several(party, stance, answer, p, items):
            out.append(Candidate({
                "id": ids.make("what", party, " ".join(answer.split()[:3])), "type": "flash", "topic": "demands",
                "prompt": prompt, "answer": sentence_case(answer), "source": p.evidence.strip(),
                "explanation": explanation,
            }, fact, 0.86 if fact in central else MAIN_FLASH))
    return out


# A side's list of demands: "the 5 percent cap, a ban on no-fault evictions, and a rule that …" (each item a noun
# phrase, the last joined by "and"); asked whole as "What three things does X want?", never cut to its first item
_LIST_ITEM_START = re.compile(r"(?:a|an|the|no|more|fewer|less|lower|higher|better|greater|new|full|free|its|their|"
                              r"his|her|an\s+end|[\d$£€])\b|[$£€]", re.IGNORECASE)
_LIST_SPLIT = re.compile(r",\s+(?:and\s+|or\s+)?")
_LIST_LAST_AND = re.compile(r"\s+and\s+(?=(?:a|an|the|no|more|fewer|less|lower|higher|better|greater|new|full|"
                            r"free|its|their|[\d$£€])\b|[$£€])", re.IGNORECASE)
_LIST_ACT = re.compile(r"(?:to\s+)?(?!(?:a|an|the|no|its|their|his|her)\b)[a-z]{3,}\s+\S")
_LIST_BARE_ACT = re.compile(r"(?!(?:a|an|the|no|its|their|his|her|to)\b)[a-z]{3,}\s+\S")
_LIST_LAST_VERB = re.compile(r",?\s+and\s+(?=to\s+[a-z])")
_LIST_VERB = re.compile(r"\b(?:is|are|was|were|said|says|will|would|has|have|had|which|who)\b", re.IGNORECASE)
_LIST_STANCES = {"wants": "want", "demands": "demand", "calls for": "call for", "seeks": "seek", "asks for": "ask for",
                 "proposes": "propose", "offers": "offer", "promises": "promise", "is demanding": "demand",
                 "is calling for": "call for", "is seeking": "seek", "is asking for": "ask for"}
_OWNED_GROUPS = {"members", "staff", "employees", "shareholders", "delegates", "officials", "leaders", "bosses",
                 "directors", "trustees", "managers"}
_LOOSE_OBJECT = re.compile(r"^(?:\S+\s+){0,3}?(?:(?:him|them)\b|her\b(?=\s+(?:in|to|for|on|at|with|as|and|or|over|into|"
                           r"through|until|by|from|back|out|up|down)\b|\s*[,.;]|\s*$))")
_LIST_NOUNS = {"propose": "proposals", "offer": "offers", "promise": "promises"}
# an act listed: "promises to cut …, to hire …, and to hold …"
_ACT_LIST_STANCES = {"promises to": "pledges", "pledges to": "pledges", "vows to": "pledges", "plans to": "plans"}
_COUNT_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


_NEEDS_NAMING = re.compile(r"\bthe\s+(?:club|company|firm|union|council|government|group|party|board|trust|"
                           r"plan|offer|scheme|deal|league|federation|association)\b")
# an item that names who is to act ("Thorne to publish a full account", "the club to apologise"): a demand whole
_NAMED_ASKED = re.compile(r"(?:[A-Z][\w’'-]+|the\s+[a-z]+)\s+to\s+[a-z]+\b")


def demand_list(demand: str, verbal: bool = False) -> list[str]:
    """The items of a list of demands ("A, B, and C", "A, B and C"), or [] where the demand is no such list: three
    items or more, each a noun phrase (`verbal`: each an act, "to hire …" or "hire …") with no verb of its own in
    its opening words, the last joined by "and" or "or", and quotes closed."""
    if demand.count('"') % 2 or demand.count("“") != demand.count("”") or ";" in demand:
        return []
    parts = _LIST_SPLIT.split(demand)
    seps = _LIST_SPLIT.findall(demand)
    if seps and not seps[-1].rstrip().endswith(("and", "or")):
        if any(x.rstrip().endswith(("and", "or")) for x in seps):
            return []  # "A, B, and C, paid for by …": a clause after the list, not an item
        if len(parts) != 2 and not verbal:
            return []
        last = (_LIST_LAST_VERB if verbal else _LIST_LAST_AND).split(parts[-1], maxsplit=1)
        if len(last) != 2:
            return []
        parts = [*parts[:-1], *last]
    if not 3 <= len(parts) <= 6:
        return []
    if not verbal and all(x.startswith("for ") for x in parts[1:]) and not parts[0].startswith("for "):
        # "calls for the rise to be reversed, for a fan-elected director …, and for X to publish …": the stance's
        # "for" said again before each later item
        parts = [parts[0], *(x[4:] for x in parts[1:])]
        for item in parts:
            if _NAMED_ASKED.match(item):
                return parts if all(1 <= len(x.split()) <= 22 for x in parts) else []
    for i, item in enumerate(parts):
        words = item.split()
        if not 1 <= len(words) <= 22 or _LIST_VERB.search(" ".join(words[:4])):
            return []
        if verbal:
            if not (_LIST_ACT.match(item) if i or demand.startswith("to ") else _LIST_BARE_ACT.match(item)):
                return []
        elif not _LIST_ITEM_START.match(item):
            return []
    return parts


def list_candidates(ex: Extraction, ids: Ids, items: list, names: frozenset[str],
                    pace: Pacer | None = None) -> list[Candidate]:
    """'What three things does the tenants' union want?' keyed with the whole list its clause gives: a list asked by
    its first item alone has the others as right answers too, and one asked whole is the side's demand as the article
    puts it. Read from the positions themselves (a list is often longer than a choice's option may be)."""
    pace = pace or Pacer()
    out = []
    persons = {c.name for c in ex.cast.people if c.kind == "person"}
    text = side_text(ex)
    seen: set[str] = set()
    for p in ex.positions:
        pace()
        stance = (getattr(p, "stance", "") or "").strip()
        base = _LIST_STANCES.get(stance)
        acts = _ACT_LIST_STANCES.get(stance)
        if not (base or acts) or getattr(p, "past", False):
            continue
        demand = clean_clause(getattr(p, "demand", "") or "").strip(" .,;")
        parts = demand_list(demand, verbal=bool(acts))
        if not parts or len(demand.split()) > 45:
            continue
        if acts and not demand.startswith("to "):
            demand = f"to {demand}"
        party = party_of(p.side)
        if not party or not (party_in(party, ex.article.body) or party in persons):
            continue
        if weak_holder(party, text, persons, {party}):
            party = _named_whole(party, ex)
            if not party:
                continue
        if party in seen:
            continue
        seen.add(party)
        if _NEEDS_NAMING.search(demand):
            demand = name_the(demand, ex.article, ex.cast, ex.positions, p.start, party)  # "the club's board": whose
        subj = lower_first(common_subject(party, names), names)
        do = agree(party, "does")
        count = _COUNT_WORDS.get(len(parts))
        if not count:
            continue
        noun = acts or _LIST_NOUNS.get(base, "demands")
        prompt = sentence_case(f"What {count} {noun} {do} {subj} make?")
        out.append(Candidate({
            "id": ids.make("what", party, "list"), "type": "flash", "topic": "demands",
            "prompt": prompt, "answer": sentence_case(demand), "source": p.evidence.strip(),
            "explanation": f"The article gives these as the demands of {p.side}.",
        }, f"demand:{p.evidence[:60]}", 0.9))
    return out


# Stances of wishing: "What does X want?" has one answer only where X wishes for one thing
_WISHES = re.compile(r"^(?:wants?|wanted|demands?|demanded|calls?\s+for|called\s+for|seeks?|sought|asks?\s+for|"
                     r"asked\s+for|urges?|urged|hopes?|hoped)\b")
_ALSO_STANCE = re.compile(r"\balso\s+(?:wants?|wanted|demands?|demanded|calls?\s+for|called\s+for|seeks?|sought|"
                          r"asks?\s+for|asked\s+for|urges?|urged|hopes?|hoped|rejects?|rejected|opposes?|opposed)\b")


def _one_of_several(party: str, stance: str, demand: str, position, items: list) -> bool:
    """Whether a side's wish is one of several it holds, so a card's single answer is one right answer among others:
    its sentence says "also wants", or the side holds another wish in the article ("What does Marovia want?" of a
    side that wants monitors and the crossing reopened)."""
    if _ALSO_STANCE.search(position.evidence):
        return True
    if not _WISHES.match(stance):
        return False
    return any(o_party == party and o_p is not position and o_p.evidence != position.evidence and
               _WISHES.match(o_stance) and norm(o_demand) != norm(demand) and
               not same_saying(f"{stance} {demand}", f"{o_stance} {o_demand}") and
               len(_content_stems(o_demand) & _content_stems(demand)) < 2
               for o_party, o_stance, o_demand, o_p in items)  # (the same wish in the side's quoted words is one)


# A side's own main demand, asked as a card when no choice can be made of it: below "Which of these is X's position?"
# (0.75) and a true statement where two sides are asked (0.8), the card being the fallback; above a lone true statement
# among three sides or more (0.6), which teaches "True"; below the story's central demand's card.
MAIN_FLASH = 0.74


def main_positions(items: list, persons: set[str] | frozenset[str] = frozenset()) -> set[str]:
    """The facts of each side's first position in the article, its main demand: a dispute's second side (the
    employer beside the union) is asked what it wants, not only the first; and a story where one body alone holds a
    position (a charity's call after a study) asks it, though no "Which side …?" can be made with one side. (One
    person's wish in a profile, "wants to hear it tick", is colour, not a side's demand.)"""
    firsts: dict[str, str] = {}
    for party, _stance, _demand, p in items:
        firsts.setdefault(party, f"demand:{p.evidence[:60]}")
    if len(firsts) == 1 and next(iter(firsts)) in persons:
        return set()
    return set(firsts.values())


def draft_candidates(ex: Extraction, people: list[dict], pace: Pacer | Callable[[], None] | None = None
                     ) -> list[Candidate]:
    """Every question the facts allow, more than a bank keeps; `rank.select` checks and chooses. `pace` hears
    of each fact and sentence read (see pacing.py), so a Cancel stops a long article here too."""
    pace = pacer(pace)
    ids = Ids()
    names = name_words(ex, pace)  # read once, shared
    pace.now()
    items = _stance_items(ex, pace)
    pace.now()
    pictured = CheckContext(ex.article.body).read_captions(pace)  # captions read once: parties, builders
    parties = _parties(ex, people, pictured)
    central = central_facts(ex, items, pace)
    column = is_column(ex.article.title, [ex.article.body[a:b] for a, b in ex.article.paragraphs])  # see columns.py
    builders = [
        lambda: quote_candidates(ex, ids, people, parties, pace),
        lambda: claim_candidates(ex, ids, people, parties, pace),
        lambda: interview_candidates(ex, ids, people, pace), lambda: own_words_candidates(ex, ids, people, pace),
        lambda: demand_candidates(ex, ids, people, items, names, pace),
        lambda: asked_candidates(ex, ids, items, names, pace),
        lambda: what_candidates(ex, ids, items, names, central, pace),
        lambda: list_candidates(ex, ids, items, names, pace),
        lambda: positions_of_candidates(ids, items, names, pace), lambda: match_candidates(ex, ids, items, names, pace, people),
        lambda: date_candidates(ex, ids, people, names, pace), lambda: deadline_candidates(ex, ids, people, names, pace),
        lambda: timeline_candidates(ex, ids, people, pace, pictured, column),
        lambda: role_candidates(ex, ids, people, pace), lambda: figure_candidates(ex, ids, names, pace, pictured, people),
        lambda: term_candidates(ex, ids, names, pace, pictured, people),
        lambda: cloze_candidates(ex, ids, people, pace), lambda: described_candidates(ex, ids, pace),
        lambda: lead_candidates(ex, ids, people, parties, _distractors(ex, people), pace, Candidate),
        lambda: headline_figure_candidates(ex, ids, names, people, pace, pictured, Candidate),
    ]
    out: list[Candidate] = []
    for build in builders:
        pace.now()
        out += build()
    one_figure(out)  # the title's figure asked once, whichever question asks it (keyfigure.py)
    street = passers_by(ex)  # no question answered by a passer-by's name (see passers.py)
    # nor a gap in a passer-by's sentence ("At the next table, X, a {{34}}-year-old software engineer, …"): trivia
    lay = [p["name"] for p in people if p.get("role") and p["role"] != "organisation" and _passer_by_role(p, ex)]
    if lay:
        out = [c for c in out if c.question.get("type") != "typed" or
               not any(n in c.question.get("source", "") for n in lay)]
    shouted = shouted_words(ex.article.body)  # nor one printing an opening's capitals (see shouting.py)
    out = [c for c in out if not about_passer_by(c.question, street) and not shouts(
        " ".join([c.question.get("prompt", ""), str(c.question.get("answer", "")),
                  *map(str, c.question.get("choices", []))]), shouted) and not built_on_aside(c.question, column)]
    for c in out:  # the central demand is asked before any other position (a statement made false is no asking)
        if c.fact in central:
            c.priority += 0.1
    named = Referents(ex.article, ex.cast, ex.sides(), pace)  # "the company" named, where the article says which
    bodies = tuple(party_of(x) for x in ex.sides()) + tuple(dict.fromkeys(m.text for m in ex.cast.mentions
                                                                             if m.kind == "org"))
    whole = _WholeNames(people, bodies)
    spelt = _SpeltOut(ex.article.body)
    for c in out:
        pace(4 * UNIT)  # (naming "the company", whole names and spelt-out letters: a few draft questions' work each)
        c.question = spelt(whole(named.question(c.question)))
    return out


# Capital letters standing as a word: an abbreviation ("the ADWU", "ADWU's"), with the "the" before it
_LETTERS_WORD = re.compile(r"(?<![\w’'-])((?:[Tt]he\s+)?)([A-Z][A-Z&]{1,9})(?![\w&-])((?:['’]s)?)")
# More last words of names English gives "the" ("the National Health Executive", "the Coastguard Service")
_THE_TOO = frozenset({"executive", "service", "inspectorate", "bureau", "directorate", "panel", "taskforce", "unit",
                      "observatory", "command", "corps", "fleet", "ombudsman"})
# Where a sentence starts inside a prompt ("True or false: the ADWU …" starts one too)
_STARTS_HERE = re.compile(r"(?:^|[.:?!]\s+)$")


# Words in quotation marks, single ones too ("said that it would attend ‘with an open mind’"): the speaker's
_SPOKEN_SPAN = re.compile(r"(“[^”]*”|\"[^\"]*\"|(?<!\w)‘(?:[^‘’]|’(?=\w))*’(?!\w))")
# "Government" as a side's label, read as a subject or object inside a sentence: "the government"
_BARE_GOVERNMENT = re.compile(r"(^|[:.?!] |\b(?:does|do|did|says?|said|and|or|than|that|wants?|"
                              r"asks?|urges?|invites?|calls? on|accuses?|blames?) )Government\b(?! of\b)")


def _the_government(text: str) -> str:
    """'True or false: Government asks for a review' -> '… The government asks …': a label is no subject."""
    parts = _SPOKEN_SPAN.split(text)
    for i, part in enumerate(parts):
        if not _SPOKEN_SPAN.fullmatch(part):
            parts[i] = _BARE_GOVERNMENT.sub(
                lambda m: m.group(1) + ("The government" if not m.group(1) or m.group(1)[0] in ":.?!" else
                                        "the government"), part)
    return "".join(parts)


class _SpeltOut:
    """'the ADWU' in a prompt or an option given as 'the Amalgamated Dock Workers' Union', where the article spells
    the letters out in brackets: a student reads the question without the article (readers judged bare letters
    unclear). Quoted words are the speaker's and stay; letters the article never spells out stay too (NATO). The side
    label "Government" read as a subject is "the government" here too: one pass over what a student reads."""

    def __init__(self, body: str) -> None:
        self.full = bracketed_names(body)

    def _text(self, text: str, opens: bool) -> str:
        def spell(m: re.Match) -> str:
            name = self.full.get(m.group(2))
            if not name or part[max(0, m.start(2) - 1):m.start(2)] == "(":
                return m.group()  # ("The National Health Executive (NHE) said": the letters the name is given)
            the = m.group(1)[:3]
            if not the and (name.split()[-1].lower() in _INSTITUTION_LAST | _THE_TOO or " of " in name or
                            needs_article(name)):
                the = "The" if opens and _STARTS_HERE.search(part, 0, m.start()) else "the"
            if m.group(3):  # "the Association of Professional Teams’ secretary general", not "…Teams's"
                name += m.group(3)[0] if name.endswith("s") else m.group(3)
            return f"{the} {name}" if the else name
        parts = _SPOKEN_SPAN.split(text)
        for i, part in enumerate(parts):
            if not _SPOKEN_SPAN.fullmatch(part):
                parts[i] = _LETTERS_WORD.sub(spell, part)
            opens = False  # (only the field's own start, or a sentence's inside it, opens with a capital)
        return "".join(parts)

    def words(self, text: str) -> str:
        """`text` (a role, an explanation) with the letters spelt out."""
        return self._text(text, True) if self.full else text

    def __call__(self, q: dict) -> dict:
        if isinstance(q.get("prompt"), str) and _BARE_GOVERNMENT.search(q["prompt"]):
            q = {**q, "prompt": _the_government(q["prompt"])}
        if not self.full:
            return q
        out = dict(q)
        for f in ("prompt", "quote", "explanation"):  # (a reported claim's words are the reporter's, not the speaker's)
            if isinstance(q.get(f), str) and (f != "quote" or q.get("type") == "quote" and q.get("reported")):
                out[f] = self._text(q[f], f != "quote")
        answer, choices = q.get("answer"), q.get("choices")
        if isinstance(choices, list) and all(isinstance(x, str) for x in choices) and answer in choices:
            spelt = [self.full.get(x) or self._text(x, True) for x in choices]  # ("The MHPA's chief medical officer")
            if spelt != choices and len(set(spelt)) == len(spelt):  # (not when the name is already an option)
                out["choices"], out["answer"] = spelt, spelt[choices.index(answer)]
        elif isinstance(answer, str) and answer in self.full:
            out["answer"] = self.full[answer]
        return out


_QUOTED_SPAN = re.compile(r"(“[^”]*”|\"[^\"]*\"|\{\{[^}]*\}\})")  # quoted words, and a cloze's gap


class _WholeNames:
    """'Mr Okoro' and a bare 'Okoro' in a prompt or a reported claim given whole ('Tobias Okoro'), where the article
    names one such person: a question is read without the article. Quoted words are the speaker's and stay. A bare
    surname only of someone the article gives a role (a club named like a person, "Brennock Vale", is no one's
    surname); a cloze's gap stays as written. Built once per
    bank; a question that holds none of the surnames costs one search."""

    def __init__(self, people: list[dict], bodies: tuple[str, ...]) -> None:
        self.people, self.bodies = people, bodies
        # (a surname two people share is no one's alone: "Her son, Callum Munro" beside Ada Munro, who has no role,
        # leaves a bare "Munro" as the article wrote it)
        shared = [p["name"].rsplit(" ", 1)[1] for p in people if " " in p["name"] and p.get("role") != "organisation"]
        self.roled = [p for p in people if p.get("role") and not (" " in p["name"] and
                                                                   shared.count(p["name"].rsplit(" ", 1)[1]) > 1)]
        surnames = sorted({p["name"].rsplit(" ", 1)[1] for p in people if " " in p["name"]}, key=len, reverse=True)
        self.any = re.compile(r"\b(?:" + "|".join(map(re.escape, surnames)) + r")\b") if surnames else None

    def __call__(self, q: dict) -> dict:
        if self.any is None:
            return q
        fields = [f for f in ("prompt", "quote") if isinstance(q.get(f), str) and self.any.search(q[f]) and (
            f == "prompt" or q.get("type") == "quote" and q.get("reported"))]
        if not fields:
            return q
        # a bare surname is filled in everywhere a student reads it, a cloze's sentence too (readers found "Dravec"
        # alone in a gap-fill as unclear as in a question); the gap itself and quoted words stay as written
        bare_too = True
        q = dict(q)
        for f in fields:
            q[f] = "".join(part if _QUOTED_SPAN.fullmatch(part) else full_names(
                full_names(part, self.people, self.bodies, bare_too=False), self.roled, self.bodies, bare_too=bare_too)
                for part in _QUOTED_SPAN.split(q[f]))
        return q
