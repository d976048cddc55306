"""Members of the public a reporter stopped in the street (a "vox pop"): "Barry Lowe, 64, said: …" after "We spoke
to shoppers in the high street", "Ann Lee, a mother of three, said …", "Jo Pell, who travels from Cranley every
morning, said …". Their names are no part of the story a student should learn: a question whose answer is one of
them ("Who said: “The bins will stink”?", "Who is Ann Lee?") tests memory of a passer-by, so none is asked.

A person counts only when the article gives them no office and no side (no role beyond a life's description, no
party they speak for), names them in few sentences, not in its opening, and either sets them among people a reporter
spoke to or describes them only by their age, their family or their journey."""

from __future__ import annotations

import re

from studyapp.core.generate.facts import Extraction
from studyapp.core.generate.lexicon import TITLE_WORDS
from studyapp.core.generate.text import word_in

# "We spoke to shoppers …", "asked passers-by", "Residents we met in the square", "vox pop"
_STREET = re.compile(r"\b(?:(?:spoke|talked|speaking|talking|chatted)\s+(?:to|with)|asked|stopped|met|approached)\s+"
                     r"(?:(?:some|several|a\s+few|many|dozens\s+of|a\s+number\s+of)\s+)?(?:of\s+the\s+)?"
                     r"(?:shoppers|passers-by|passersby|residents|locals|people|commuters|voters|customers|"
                     r"visitors|passengers|pedestrians|members\s+of\s+the\s+public|townspeople|villagers|onlookers)\b|"
                     r"\bvox\s+pops?\b|\bcallers?\b|\bphone-in\b|\blisteners\b|"
                     # a report's line before the voices of the street: "Opinions were divided", "mixed feelings"
                     r"\b(?:opinions?|views|feelings|reactions?)\s+(?:\w+\s+)?(?:were|was|are|is|seemed|appeared)\s+"
                     r"(?:\w+\s+)?(?:divided|mixed|split)\b|\bmixed\s+(?:views|feelings|reactions?)\b", re.IGNORECASE)
# A resident who leads or speaks for a campaign is a party's voice, not a passer-by
_ORGANISER = re.compile(r"\b(?:organi[sz]e[ds]?|organi[sz]ing|organi[sz]er|founded|founder|chairs?|leads?|led|runs|"
                        r"campaign\w*|petition|spokes\w+)\b", re.IGNORECASE)
# A member of the public named in the very sentence that calls them one: "a caller who gave her name as Mrs X"
_ONE_OF_THEM = re.compile(r"\b(?:caller|listener|shopper|passer-by|onlooker|commuter|passerby)s?\b", re.IGNORECASE)
# A life's description, never an office: "a mother of three", "a retired nurse", "a pensioner", "a regular commuter"
_LAY_ROLE = re.compile(r"(?!(?:his|her|their|its)\s)(?:an?\s+|the\s+(?:first|second|third|next|last|final)\s+)?(?:[\w-]+\s+){0,2}(?:mother|father|mum|dad|parent|grandmother|grandfather|"
                       r"grandparent|grandmother-of-\w+|pensioner|retiree|student|shopper|commuter|resident|local|passer-by|"
                       r"customer|passenger|visitor|voter|neighbour|neighbor|homeowner|dog-walker|dog\s+walker|caller|listener|"
                       r"retired\s+[\w-]+)"
                       r"(?:\s+of\s+(?:one|two|three|four|five|six|seven|\d+))?(?:\s+(?:from|in|of)\s+[\w\s-]{2,30})?",
                       re.IGNORECASE)
# "X, 64," / "X, aged 64," / "X, who travels from …," / "X, who lives nearby,": how a passer-by is introduced
_INTRO_AFTER = re.compile(r",\s+(?:aged\s+)?\d{1,2}(?:,|\.(?!\d)|\s+said|\s+says)|,\s+who\s+(?:lives|has\s+lived|travels|"
                          r"commutes|shops|walks|drives|moved|grew\s+up)\b")


# A reporter putting questions at a press conference: "Priya Lee of Channel 4 Eastern, who asked …", "asked Tom Ray
# of the Eastmere Post", "Milo Ross of the Dunmore Courier wanted to know …"
_OF_OUTLET = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z0-9][\w’'-]*\s+){0,3}(?:Post|Times|News|Herald|Radio|Television|TV|"
                        r"Gazette|Echo|Mail|Telegraph|Journal|Chronicle|Courier|Express|Standard|Observer|Eastern|"
                        r"Western|Northern|Southern|Today|Online|Press|Tribune|Record|Argus|Mercury|Sentinel|Advertiser)\b")
_ASKING = re.compile(r"\b(?:asked|asks|question|questions|wanted\s+to\s+know|pressed|put\s+it\s+to)\b", re.IGNORECASE)


def _reporter(ex: Extraction, first, role: str) -> bool:
    """A journalist asking at a briefing, named only by the outlet (see `_OF_OUTLET`)."""
    body = ex.article.body
    if role and not role.lower().startswith("of "):
        return False
    if not _OF_OUTLET.match(body, first.end):
        return False
    sent = ex.article.sentence_at(first.start)
    return sent is not None and bool(_ASKING.search(sent.text))


def passers_by(ex: Extraction) -> set[str]:
    """The names of the members of the public the article quotes (see the module's note)."""
    body = ex.article.body
    street = [m.start() for m in _STREET.finditer(body)]
    opening_end = ex.article.sentences[0].end if ex.article.sentences else 0
    sides = {p.side.split(" (")[0] for p in ex.positions if p.stance != "says that"}
    speakers = {q.speaker.name for q in ex.quotes if q.speaker is not None}
    speakers |= {c.speaker.name for c in ex.claims if c.speaker is not None}
    spots_of: dict[str, list] = {}
    for m in ex.cast.mentions:
        if m.person is not None:
            spots_of.setdefault(m.person, []).append(m)
    out: set[str] = set()
    for p in ex.cast.people:
        if p.kind != "person":
            continue
        role = p.role.strip()
        spots = spots_of.get(p.name, [])
        if spots and not p.side and _reporter(ex, spots[0], role):
            out.add(p.name)  # a reporter at a briefing: their name is no part of the story
            continue
        if p.name not in speakers or p.name in sides:
            continue
        if role and not _LAY_ROLE.fullmatch(role):
            continue
        if p.side and not (role and p.side in role):
            continue  # a side of their own; only "a retired teacher from Wexmoor" names a town, not a party
        spots = spots_of.get(p.name, [])
        if not spots or spots[0].start < opening_end:
            continue
        sentences = {ex.article.sentence_index(m.start) for m in spots}
        if len(sentences) > 3:
            continue  # named again and again: part of the story, whoever they are
        first = spots[0]
        lead = body[max(0, first.start - 40):first.start].lower()
        if set(re.findall(r"[a-z]+", lead)) & TITLE_WORDS - set(re.findall(r"[a-z]+", role.lower())):
            continue  # "the transport minister, X": an office the cast did not attach (not "Student X": their own)
        after_street = any(0 <= first.start - s <= 1500 for s in street)
        intro = _INTRO_AFTER.match(body, first.end)
        if intro and _ORGANISER.search(body, first.end, first.end + 160):
            continue  # "X, who has lived here for 22 years and helped organise the petition": a campaigner
        aged = bool(intro) and "who" not in intro.group()
        # an age alone marks a passer-by only among people the reporter spoke to (a witness in court has one too);
        # so does a first name alone ("Dev from Harrowgate"), or the sentence naming them as a caller or a shopper
        sent = ex.article.sentence_at(first.start)
        called = sent is not None and bool(_ONE_OF_THEM.search(sent.text))
        if role or intro and not aged or aged and after_street or (" " not in p.name.strip() or called) and not role:
            out.add(p.name)
    return out


def about_passer_by(question: dict, names: set[str]) -> bool:
    """Whether a drafted question's answer is a passer-by, or it asks who one of them is."""
    if not names:
        return False
    if question.get("answer") in names or question.get("speaker") in names:
        return True
    prompt = question.get("prompt", "")  # ("True or false: Ann Lee said that …", "Who is Ann Lee?")
    if any(word_in(n, prompt) for n in names):
        return True
    # "True or false: Jo Ray said that she had used the branch for forty years" (false): the words are a passer-by's
    # own, named in the sentence the statement comes from
    return bool(re.match(r"True or false: .{1,120}? said that ", prompt)) and \
        any(word_in(n, question.get("source", "")) for n in names)
