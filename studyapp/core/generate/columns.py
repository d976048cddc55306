"""Opinion columns, editorials and analysis pieces: whether an article argues in its writer's voice, and which of
its sentences are the writer's asides rather than reported events.

A column argues. Its writer speaks in the first person ("I think", "we should"), addresses the reader ("you may
think"), asks questions it answers itself ("Why does the council keep choosing trams?"), tells the reader what to
do ("Imagine what the money could buy", "Let me start with the numbers") and imagines what did not happen ("If
the council had acted ten years ago, …"). None of those sentences is an event a date, an order of events, a
true/false statement or a gapped sentence can be built on: a date of a hypothetical is no date of anything, a
gapped "let me …" keeps a voice a student cannot place. Conditionals, rhetorical questions and imperatives are
no events in any article; first- and second-person narration is the writer's voice only in a column (a news
story's first person outside quotation marks is an unquoted statement that other stages read).

Plain text in, plain answers out: no Qt, no state."""
from __future__ import annotations

import re

from studyapp.core.generate.text import word_starts

# "Opinion: …", "Comment | …", "Analysis — …", "Editorial: …", "Our view: …": the desk's label on the headline
_LABEL = re.compile(r"^\W*(?:opinion|comment|analysis|editorial|leader|column|commentary|viewpoint|our\s+view|"
                    r"the\s+view\s+from\s+\w+)\s*[:|—–-]", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]{12,}’")
# the writer's own view or counsel outside quotation marks: "I think", "I would argue", "we believe", "we urge",
# "let me", "let us"
_WRITER_VIEW = re.compile(r"\b(?:I\s+(?:(?:also|still|really|firmly|would|do)\s+)?(?:think|believe|argue|suspect|"
                          r"doubt|fear|hope|would\s+go\s+further)|[Ww]e\s+(?:(?:also|still|firmly|would)\s+)?"
                          r"(?:think|believe|argue|urge|say|hope|fear|doubt)|[Ll]et\s+(?:me|us)\b|[Ll]et['’]s)\b")
# the writer's byline or sign-off: "By Nadia Okonjo", "Nadia Okonjo is the chief football writer of …"
_BYLINE = re.compile(r"^By\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){1,3}\s*$")
_SIGN_OFF = re.compile(r"^(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){1,3}\s+(?:writes|is|was)\s+(?:a|an|the|our)\s+"
                       r"(?:[\w’'-]+\s+){0,4}?(?:column|columnist|commentator|writer|critic)s?\b")
# "…, argues Harriet Lomax", "…, writes Tomas Ferreira": a standfirst naming its writer
_STANDFIRST = re.compile(r",\s+(?:argues|writes|says)\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){1,3}\.?\s*$")

# a column's sentence whose subject is a bare "it" or "they" that goes on from the sentence before: "It is not.",
# "On a route to an estate of 3,000 homes, it is not", "Since the start of November they have conceded 15"
_BARE_PRONOUN = re.compile(r"^\W*(?:(?:(?:[^,;:]|,(?=\d)){0,60},\s+)?(?:[Ii]t|[Tt]hey)\s|(?:Since|Until|From|After|Before|In|"
                           r"On|At|By|Over|For)\s(?:[^,;:]|,(?=\d)){0,50}?\s(?:they|it)\s+(?:have|has|had|are|is|was|were|will|would|"
                           r"could|can|[a-z]+ed)\b)")
# the writer's counsel in a column's narration: "The council should …", "Connect 2030 must not die …"
_COUNSEL = re.compile(r"\b(?:should|must|ought\s+to)\b")
_INTERVIEW = re.compile(r"^[^\S\n]*(?:Q|A|(?-i:[A-Z])[A-Z .’'-]{1,40})[^\S\n]*:", re.MULTILINE)
# an interviewer's question standing as its own paragraph: "You have been in the job for six months. What …?"
_ASKED = re.compile(r"\?[”\"’]?[^\S\n]*$", re.MULTILINE)
_QUOTING_PARAGRAPH = re.compile(r"^[^\n]*[\"“”][^\n]*$", re.MULTILINE)

# A conditional or hypothetical: "If the council had …", "Unless …", "Had the board spelled out …", "Were the club
# to …", "Suppose …", "What if …"; a past conditional later in the sentence: "…, if the authority had spent …"
_CONDITIONAL = re.compile(r"^\W*(?:(?:But|And|So|Yet|Even)\s+)?(?:(?:[Ii]f|[Uu]nless|[Ss]uppose|[Ss]upposing|"
                          r"[Ww]hat\s+if)\b|[Hh]ad\s+(?:the\s+|a\s+|an\s+)?[\w’'-]+\s|[Ww]ere\s+"
                          r"(?:the\s+|a\s+|an\s+)?[\w’'-]+\s+(?:[\w’'-]+\s+)?to\s)")
# "…would already have a fast service if the authority had spent …": a past conditional after its main clause
# (an indirect question, "asked if anyone had seen", has no "would have" beside it)
_LATE_IF = re.compile(r",?\s+if\s+(?:[\w’'-]+\s+){1,4}had\s+[a-z]+")
_WOULD_HAVE = re.compile(r"\b(?:would|could|might)\s+(?:(?:already|still|never|not)\s+)?have\b")
# An imperative addressed to the reader: "Imagine …", "Consider …", "Look at …", "Let me …", "Remember that …"
_IMPERATIVE = re.compile(r"^\W*(?:(?:But|And|So|Now|Yet|Just)\s+)?(?:imagine|consider|picture|suppose|remember|"
                         r"look|note|think|take|compare|forget|ask|start|begin|let|don['’]t|do\s+not)\b"
                         r"(?![-’']|\s+(?:tanks?|was|were|is|are|has|had|said|says)\b)", re.IGNORECASE)
# The writer or the reader in narration: first and second person outside quotation marks (case kept: "US")
_FIRST_OR_SECOND = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|myself|we|We|we['’](?:re|ve|d|ll)|"
                              r"We['’](?:re|ve|d|ll)|us|our|Our|ours|you|You|your|Your|yours|you['’](?:re|ve|d|ll)|"
                              r"You['’](?:re|ve|d|ll))\b")


def outside_quotes(text: str) -> str:
    """The sentence without its quoted stretches: what the writer says, not what anyone is quoted as saying."""
    return _QUOTED.sub(" ", text)


def is_column(title: str, paragraphs: list[str]) -> bool:
    """Whether the article argues in its writer's voice: a desk label on the headline ("Opinion:", "Analysis:",
    "Editorial:"), a standfirst or sign-off naming the writer ("…, argues X", "By X", "X is a columnist …"), or a
    writer's view in the narration ("I think", "we urge", "let me") in two sentences or more. A news story with one
    unquoted "I think" of an interviewee is none."""
    if _LABEL.match(title or ""):
        return True
    heads = [p.strip() for p in paragraphs[:3]]
    feet = [p.strip() for p in paragraphs[-2:]]
    if any(_STANDFIRST.search(p) for p in heads[:2]) or any(_SIGN_OFF.match(p) for p in feet):
        return True  # (a byline alone, "By Jess Whitlow", heads news stories as well)
    text = "\n".join(paragraphs)  # (one search over the whole text: no work per paragraph on a long article)
    if _INTERVIEW.search(text) or len(_ASKED.findall(text)) >= 2:
        return False  # an interview's answers or a transcript's turns speak in the first person: no column
    # (views counted only in paragraphs without quotation marks: a quotation whose marks do not pair is no narration)
    return len(_WRITER_VIEW.findall(_QUOTING_PARAGRAPH.sub("", text))) >= 2


def writers_aside(sentence: str, column: bool) -> str:
    """Why a sentence is the writer's aside and no event: "conditional" ("If the council had …"), "question"
    (a rhetorical question outside quotation marks), "imperative" ("Imagine …", "Let me …"), or, in a column,
    "first person" / "second person" narration; "" for a sentence that reports."""
    text = outside_quotes(sentence).strip()
    if not text:
        return ""
    if text.rstrip(" ”\"’)").endswith("?"):
        return "question"
    if _CONDITIONAL.search(text) or _WOULD_HAVE.search(text) and _LATE_IF.search(text):
        return "conditional"
    if _IMPERATIVE.match(text):
        return "imperative"
    if column and _COUNSEL.search(text):
        return "counsel"  # "The council should restore the zone in April": what the writer wants, no event
    if column:
        m = _FIRST_OR_SECOND.search(text)
        if m:
            return "second person" if m.group().lower().startswith("you") else "first person"
        if _BARE_PRONOUN.search(text):
            return "argument"  # "On a route to an estate of 3,000 homes, it is not.": the sentence before says what
    return ""


# the kinds of question built on one sentence as a reported event or fact: dates, orders, true/false, gaps
_ON_EVENTS = ("date", "order", "typed")


def built_on_aside(question: dict, column: bool) -> str:
    """Why a drafted question rests on a writer's aside: a date, a true/false statement or a gapped sentence whose
    source sentence is one (see `writers_aside`); "" otherwise. Questions on what someone argues or said are asked
    as usual: their sources are meant to be views."""
    kind = question.get("type", "")
    prompt = question.get("prompt", "")
    asks_event = kind in _ON_EVENTS or question.get("topic") == "dates" or prompt.startswith("True or false")
    if kind == "typed" and question.get("accept") is None and "{{" not in prompt:
        asks_event = False  # a typed "Who said …?": a quotation, asked as usual
    if not asks_event:
        return ""
    return writers_aside(question.get("source", ""), column)


_WRITER_NAME = re.compile(r"^(?:By\s+)?(?P<who>(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){1,3})")


def column_writer(title: str, paragraphs: list[str]) -> str:
    """The writer a column names in a byline among its first paragraphs ("By Nadia Okonjo") or in a sign-off at its
    foot ("Nadia Okonjo is the chief football writer of …", "… is a transport columnist for …"); "" if none, and ""
    for a news story's byline (see `is_column`)."""
    if not is_column(title, paragraphs):
        return ""
    for p in paragraphs[:3]:
        if _BYLINE.match(p.strip()):
            return _WRITER_NAME.match(p.strip()).group("who")
    for p in paragraphs[-2:]:
        if _SIGN_OFF.match(p.strip()):
            return _WRITER_NAME.match(p.strip()).group("who")
    return ""


# "We urge …", "We think …", "Our view is …": the paper's or the writer's own voice, outside quotation marks
_WE_NARRATION = re.compile(r"^\W*(?:(?:But|And|So|Yet|Instead|Now),?\s+)?(?:We|Our|I|My)\b")


def writers_own(evidence: str) -> bool:
    """Whether a sentence opens in the writer's own first person, outside any quotation ("We urge the Prime
    Minister to keep his word"): in a column the view is the writer's, never the last speaker's quoted before it."""
    return bool(_WE_NARRATION.match(evidence)) and not any(ch in evidence for ch in "\"“”")


# A year that is part of a name: "Connect 2030 promised …", "the Vision 2040 strategy". The word before it is a
# capitalised word that is no month, season, preposition or other word a date follows ("In 2030", "By 2030",
# "March 2030", "Spring 2030", "Since 2019").
_YEAR_AFTER_WORD = re.compile(r"(?-i:[A-Z])[\w’'-]*\s+$")
_DATE_LEADS = frozenset("""in by since until till from before after of to and or at for on during through between
early late mid end start spring summer autumn fall winter january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec the this last next than around
about circa""".split())


_A_YEAR = re.compile(r"(?:1[89]|2[01])\d\d")
_A_NAMED_YEAR = re.compile(r"(?:19|20)\d\d")


def year_of_a_name(as_written: str, evidence: str) -> bool:
    """Whether a date written as a bare year is part of a name the sentence gives (a plan, a strategy, a
    programme: "Connect 2030 promised cleaner air"), and so dates nothing."""
    year = as_written.strip()
    if not _A_YEAR.fullmatch(year):
        return False
    found = False
    for at in word_starts(year, evidence):
        if evidence[at - 1:at] == "-" or evidence[at + len(year):at + len(year) + 1] == "-":
            continue  # "2019-20", "mid-2019": a season or a part of a year, not a name's
        found = True
        word = _YEAR_AFTER_WORD.search(evidence[max(0, at - 40):at])
        if not word or word.group().strip().lower() in _DATE_LEADS:
            return False
    return found


# the last word of a named plan, policy, bill, scheme or campaign: "the Connect 2030 plan", "Clean Air Zone",
# "Fair Wages Bill", "Warm Homes Scheme"; or a year inside the name ("Vision 2040")
_PLAN_WORDS = frozenset("""plan plans policy bill act scheme strategy programme program campaign initiative zone fund
pact accord framework charter agenda manifesto levy tax treaty""".split())


def named_plan(name: str) -> bool:
    """Whether a capitalised name is a plan, policy, bill, scheme or campaign's, which is never a person."""
    words = name.strip().split()
    if len(words) < 2:
        return False
    return words[-1].lower().strip(".,’'") in _PLAN_WORDS or any(_A_NAMED_YEAR.fullmatch(w) for w in words)
