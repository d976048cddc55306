"""Quotations written without quote marks: the answers of an interview and statements set off by a colon.

An interview prints its answers as "A: …" or "Okafor: …" paragraphs after "Q: …" ones; a report may give a
statement as 'The alliance said: passengers deserve an honest timetable.' Both are someone's own words, as
much as a quotation in marks, so the quotation stage reads them as quotations: a span of the text with, for
an interview answer, the person who gives it. Plain offsets in, plain offsets out: quotes.py makes them
segments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studyapp.core.generate.lexicon import HONORIFICS, NOT_NAMES, TITLE_WORDS
from studyapp.core.generate.pacing import Pacer
from studyapp.core.generate.people import Cast
from studyapp.core.generate.text import Article

# "Q: …", "Question: …", and the turn a full stop ends, "Q. …" (a Q&A printed with "Q." and "A.")
# (and in bold, "**Q:** …", or set off by a dash, "Q – …")
_QUESTION = re.compile(r"(?:\*\*|__)?(?:(?:[Qq]|Question|QUESTION|Interviewer)\s*[:：]|[Qq]\.|Q\s+[–—-])(?:\*\*|__)?\s+")
# "A: …", "Answer: …", "A. …" (after "Q. …" turns), or a speaker's name as a transcript gives it ("Okafor: …",
# "Lena Okafor: …"), or a broadcast's part in capitals with the name in brackets ("PRESENTER (GRETA MALLORD): …")
_ANSWER = re.compile(r"(?:\*\*|__)?(?:(?P<a>[Aa]|Answer|ANSWER)\s*[:：]|(?P<adot>A)(?:\.|\s+[–—-])|(?P<adot2>a)\.|(?:[A-Z][A-Z]+\s+\("
                     r"(?P<named>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})\)|(?P<name>[A-Z][\w'’.-]+"
                     r"(?:\s+[A-Z][\w'’.-]+){0,2}))\s*[:：])(?:\*\*|__)?\s+")
# What a report says an interview is ("spoke to us", "in an interview with", "sat down with"): its subject answers
_INTERVIEWED = re.compile(r"\b(?:spo(?:ke|aks?)\s+(?:to|with)|talk(?:ed|s)?\s+(?:to|with)|interview(?:ed)?(?:\s+with)?|"
                          r"(?:sat|sits?)\s+down\s+with|asked|told\s+(?:us|the\s+\w+)|caught\s+up\s+with|chatt?(?:ed|s)?\s+(?:to|with)|"
                          r"put\s+(?:\w+\s+){0,2}questions\s+to|quizzed)\b", re.IGNORECASE)
# The one asking, before a name: "our reporter Dev Aster spoke to …", "… spoke to our arts writer, Nadia Perrin"
_ASKER = re.compile(r"\b(?:(?:reporter|correspondent|editor|writer|journalist|interviewer|host|presenter)s?\W*|by\s+)$",
                    re.IGNORECASE)  # (and a byline's name: "Interview by Helen Hart" is the one asking)
# The one an interview's guest talked to, before a name: "spoke to Tomas Birk", "sat down with Ann Roe"
_SPOKEN_TO = re.compile(r"\b(?:spo(?:ke|aks?)|talk(?:ed|s)?)\s+(?:to|with)\s+$|\b(?:sat|sits?)\s+down\s+with\s+$")
# A byline, which page furniture keeps out of the cast's mentions: "By Lena Brandt", "Interview by Ann Roe"
_BYLINE = re.compile(r"\s*(?:(?:[Ii]nterview|[Ww]ords|[Tt]ext)\s+)?[Bb]y\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
                     r"\s*(?:$|[,|/•·])")
# "X said: …", "X told reporters: …", "In a statement, X said: …", "X put it simply: …"
_COLON_CUE = re.compile(r"\b(?:said|says|told\s+[\w\s]{1,30}?|wrote|writes|added|adds|warned|declared|insisted|"
                        r"stated|put\s+it\s+(?:simply|bluntly|plainly|this\s+way)|statement\s+(?:that\s+)?"
                        r"(?:said|read|reads))\s*:\s+(?=[A-Za-z])")
# A paragraph that is one question, bold, italic or plain ("**How did it start?**"), or set off by a dash as each
# turn of some interviews is ("– Where does your clay come from?"): a new turn, so an answer
# running on over unlabelled paragraphs stops before it
# (a quotation inside it, 'X called your target "a number pulled from a hat". How do you answer him?', is the
# interviewer's to put, as long as the paragraph ends on the question's own "?")
_BARE_QUESTION = re.compile(r"\s*(?:[–—-]\s*)?(?:\*\*|__|\*|_)?[A-Z][^\n\"“”]{0,300}(?:[\"“”][^\n\"“”]{1,160}[\"“”]"
                            r"[^\n\"“”]{0,200})?\?\s*(?:\*\*|__|\*|_)?\s*$")
# Only a question set in bold or italic marks a turn: a plain paragraph ending in "?" may be the report's own
# rhetorical question, and an interviewer's turn may be a statement with no "?" that would pass for an answer
_EMPHASISED_QUESTION = re.compile(r"\s*(?P<m>\*\*|__|\*|_)[A-Z][^\n\"“”*_]{0,300}\?\s*(?P=m)\s*$")
# A paragraph naming the topic of the answer after it in place of a question, bold or plain ("**On leaving the
# party.**", "On the new bypass:"): a magazine's turn with no "?"
_TOPIC_TURN = re.compile(r"\s*(?P<m>\*\*|__|\*|_)?On\s+[^\n\"“”*_.?!:]{2,80}[.:]?\s*(?P=m)?\s*$")
# A title or a standfirst that says the story is an interview without the word: "Q&A: …", "In conversation: …",
# "… in her own words", "The novelist on grief, gardens and her new book" (someone on a list of topics)
_INTERVIEW_TITLE = re.compile(r"\bQ\s*&\s*A\b|\bin\s+conversation\b|\binterview|\b(?:minutes|questions)\s+(?:with|for)\b|"
                              r"\banswers\s+(?:your|readers['’]?)\s+questions\b|\bin\s+(?:his|her|their|my)\s+own\s+"
                              r"words\b", re.IGNORECASE)
_ON_TOPICS = re.compile(r"^[^.?!\n]{3,80}?\bon\s+[^,.?!\n]{2,40}(?:,\s+[^,.?!\n]{2,40})*\s+and\s+[^.?!\n]{2,60}$")
# A heading giving the paragraphs after it to the one it names: "Imelda Straker, in her own words"
_OWN_WORDS = re.compile(r"\s*(?:\*\*|__)?(?:(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}),?\s+in|In)\s+(?:his|her|their)"
                        r"\s+own\s+words[.:]?(?:\*\*|__)?\s*$")
# The note an edited interview opens with ("This interview has been edited for length and clarity")
_EDITED = re.compile(r"\b(?:edited|condensed)\s+(?:for|and)\s+(?:length|clarity|brevity)", re.IGNORECASE)
# The reporter's words after a statement set off by a colon: "…: passengers deserve X, she told the meeting."
_REPORTERS_TAIL = re.compile(r",\s+(?:he|she|they|we|(?:a|an|the|its|their|his|her)\s+[a-z]+(?:\s+[a-z]+)?)\s+"
                             r"(?:said|says|added|adds|told|tells|insisted|explained|went\s+on)\b[^,;:]*$")
# A label of the page, not of a turn: "Photograph: …", "Read more: …", "Related: …" (a caption or a link under an
# interview is no transcript's speaker)
_PAGE_LABEL = re.compile(r"\s*(?:\*\*|__)?(?:Photo(?:graph)?s?|Pictures?|Images?|Illustrations?|Captions?|Credits?|"
                         r"(?:Read|See|Watch|Listen)\s+(?:more|also|next)|Also\s+read|Related|More|Sources?|Video|"
                         r"Audio|Correction|Clarification|Update|Updated|Editor['’]?s\s+note)\s*[:：]")
# What others say or think, as an interviewer's statement turn puts it: "The council says …", "Critics have called …"
_OTHERS_SAY = re.compile(r"\b(?:says|say|claims?|argues?|calls?|called|insists?|accuses?|complains?|warns?|"
                         r"believes?|thinks?|suggests?)\b")
STATEMENT_WORDS = 30  # an interviewer's statement turn between two answers is short: longer, it is the answer going on
MIN_WORDS = 4  # an answer or a statement shorter than this is a label, not a quotation
# A turn's label on a line of its own above the turn ("**Q.**", "A:", "Question", "**Halvard Strom:**"): the label
# of the paragraph after it
_LABEL_ALONE = re.compile(r"\s*(?:\*\*|__)?(?:[QqAa]\s*[.:：]|Question\s*[:：]|Answer\s*[:：]|[A-Z][\w'’.-]+(?:\s+[A-Z]"
                          r"[\w'’.-]+){0,2}\s*[:：])(?:\*\*|__)?\s*$")
# Any short label a transcript opens a turn with: the outlet ("The Courier: …"), a role ("Chief executive: …"), a
# first name ("Imogen: …"); at most four words before the colon
_ANY_LABEL = re.compile(r"(?:\*\*|__)?(?P<label>[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,3}?)(?:\*\*|__)?\s*[:：](?:\*\*|__)?\s+")
# An interviewer's turn that is a request, not a question: "Tell us about the ban.", "Describe the day they left."
_ADDRESSED = re.compile(r"\b(?:us|me|you|your)\b", re.IGNORECASE)
_REQUEST_TURN = re.compile(r"\s*(?:[–—-]\s*)?(?P<m>\*\*|__|\*|_)?(?:Tell|Describe|Explain|Talk|Walk|Take|Give|Remind)\s"
                           r"[^\n\"“”*_?!]{2,160}[.!]\s*(?P=m)?\s*$")


@dataclass(frozen=True)
class Unquoted:
    """A quotation without marks: `open` is where its label or colon begins (masked with it), `start`/`end` its
    words, `speaker` the full name of who gives it when the form says (an interview), else ''."""

    open: int
    start: int
    end: int
    text: str
    speaker: str = ""


def _label(m: re.Match) -> str:
    """The name a turn's label gives: 'Okafor', 'CLLR DESMOND ACHTERBERG', 'GRETA MALLORD' (in brackets after
    the part she plays), or '' for 'A:'."""
    return m.group("named") or m.group("name") or ""


def _untitled(label: str) -> str:
    """A label without the titles and honorifics before the name ('CLLR DESMOND ACHTERBERG' -> 'DESMOND
    ACHTERBERG'), as long as a name is left."""
    words = label.split()
    while len(words) > 1 and (words[0].rstrip(".").lower() in TITLE_WORDS or words[0].rstrip(".").lower() in HONORIFICS):
        words.pop(0)
    return " ".join(words)


def _shouted_names(article: Article) -> dict[str, str]:
    """{surname in capitals: full name} for the people a broadcast transcript names only in its labels, in
    capitals ('PRESENTER (GRETA MALLORD): …' then 'MALLORD: …'): a label of two or three words in capitals whose
    last word labels other turns on its own is a person's name, written as a name is."""
    body = article.body
    labels = []
    for a, _b in article.paragraphs:
        m = _ANSWER.match(body, a)
        if m and _label(m) and not _QUESTION.match(body, a):
            labels.append(_untitled(_label(m)))
    alone = {lab for lab in labels if " " not in lab}
    out: dict[str, str] = {}
    for lab in labels:
        words = lab.split()
        if 2 <= len(words) <= 3 and lab.isupper() and words[-1] in alone and not any(
                w.lower() in NOT_NAMES or w.lower() in TITLE_WORDS for w in words):
            out.setdefault(words[-1], lab.title())
    return out


def _person_named(label: str, cast: Cast, shouted: dict[str, str] | None = None) -> str:
    """The full name of the one person a transcript label names ('Okafor', 'Lena Okafor', 'CLLR LENA OKAFOR',
    'OKAFOR'), or ''."""
    label = _untitled(label)
    low = label.lower()
    found = {p.name for p in cast.people if p.kind == "person" and (
        p.name == label or p.surname == label or label in p.aliases or label.isupper() and (
            p.name.lower() == low or p.surname.lower() == low or low in {a.lower() for a in p.aliases}))}
    if not found and shouted and label.isupper():
        # a name the article gives only in capitals, in the labels
        whole = shouted.get(label.split()[-1], "")
        if whole and whole.upper() == label or whole and label == whole.split()[-1].upper():
            found = {whole}
    if not found and " " not in label and not label.isupper():
        # a first name ("Ansel: …", as a magazine labels its guest's turns): the one person whose name opens so
        found = {p.name for p in cast.people if p.kind == "person" and " " in p.name and p.name.split()[0] == label}
    bare = label.replace(".", "")
    if not found and 2 <= len(bare) <= 3 and bare.isalpha() and bare.isupper():
        # initials ("MK: …"): the one person whose given name and surname begin so
        found = {p.name for p in cast.people if p.kind == "person" and
                 "".join(w[0] for w in p.name.split() if w[:1].isupper()) == bare}
    return found.pop() if len(found) == 1 else ""


# What follows a name that is a sentence's subject: a verb, after an aside in commas ("Ann Roe, 61, has kept …")
_SUBJECT_VERB = re.compile(r"(?:,[^,.\n]{1,60},)?\s+(?:has|have|had|is|was|will|would|can|could|did|does|"
                           r"(?:also|still|now|first|once)\s+[a-z]+|[a-z]+ed|[a-z]+[^s]s)\b")


def _interviewee(article: Article, cast: Cast, before: int) -> str:
    """Who answers the 'A:' lines: the person the introduction says was interviewed, else the only one it names."""
    named = [m for m in cast.mentions_in(0, before) if m.kind == "person" and m.person]
    # the one asking, wherever the introduction names them so ("By Lena Brandt", "our reporter Dev Aster"), is
    # never the guest, even where a sentence makes them the object ("The former mayor talks to Lena Brandt")
    askers = {m.person for m in named if _ASKER.search(article.body[max(0, m.start - 40):m.start])}
    bylines = [s.text for s in article.sentences if s.start < before and _BYLINE.match(s.text)]
    askers |= {m.person for m in named if any(m.person in line for line in bylines)}
    # (and the one spoken to, unless the one asking is the one speaking: "She spoke to Tomas Birk about the split",
    # but "Our reporter Dev Aster spoke to Brannigan")
    askers |= {m.person for m in named if _SPOKEN_TO.search(article.body[max(0, m.start - 40):m.start]) and not any(
        o.person in askers and o.start < m.start and not re.search(r"[.?!]\s", article.body[o.end:m.start])
        for o in named)}
    named = [m for m in named if m.person not in askers]
    for sent in article.sentences:
        if sent.start >= before:
            break
        if _INTERVIEWED.search(sent.text):
            here = [m.person for m in named if sent.start <= m.start < sent.end]
            if here:
                return here[0]  # "Lena Okafor, head of X, spoke to us": the sentence's subject
    # ("She spoke to our editor, Ann Roe": the one the introduction is about, never the one asking)
    people = {m.person for m in named}
    if not people:
        # (an introduction naming no one, "We talk to Fenbrook Water's chief executive": the one the title names)
        people = {p.name for p in cast.people if p.kind == "person" and p.name in article.title}
    if len(people) > 1:
        # ("For twenty years Ann Roe has kept the light at Carrick Point. We asked her …": the one the introduction
        # makes a subject, a name a verb follows, and not a name read in a place's or a thing's)
        people = {m.person for m in named if m.person in people and (
            _SUBJECT_VERB.match(article.body, m.end) or _opens_sentence(article, m.start, m.end))}
    return people.pop() if len(people) == 1 else ""


# What may stand before a sentence's subject: titles and a description ("Captain", "The marine biologist")
_LEAD_IN = re.compile(r"(?:(?:The|A|An)\s+(?:[a-z]+\s+){0,3}|(?:[A-Z][\w.]*\s+){0,2})")


def _opens_sentence(article: Article, start: int, end: int) -> bool:
    """Whether a name is the subject its sentence opens with ("Captain Ruth Okonedo kept …"), a lower-case word
    after it and nothing before it but titles or a description."""
    sent = next((s for s in article.sentences if s.start <= start < s.end), None)
    if sent is None or not re.match(r" [a-z]+\b", article.body[end:end + 30]) or \
            re.match(r" (?:and|or|of|in|at|on|to|for)\b", article.body[end:end + 10]):
        return False
    lead = article.body[sent.start:start]
    m = _LEAD_IN.match(lead)
    return m is not None and m.end() == len(lead)


def _names_in_third_person(text: str, who: str) -> bool:
    """Whether a paragraph names the guest (by surname): the report speaking again, not the guest's answer."""
    surname = who.split()[-1]
    return bool(re.search(rf"\b{re.escape(surname)}\b", text))


# The words of a question put to someone ("What do you …", "your first season") and of an answer in the first person
_TO_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|my|me|we|our|us)\b")
_SPEAKS_AS_I = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)\b")  # (opening a sentence too)
PLAIN_ASKS = 3  # plain (unmarked) question paragraphs an interview needs, where two bold ones do


def _answers_a_question(asks: list[int], i: int) -> bool:
    """Whether the `i`th question paragraph is an answer: in a run of consecutive question paragraphs, the second,
    fourth, … of the run."""
    run = 0
    while i - run > 0 and asks[i - run - 1] == asks[i] - run - 1:
        run += 1
    return run % 2 == 1


def _plain_interview(body: str, pars: list[tuple[int, int]], asks: list[int], titled: bool = False,
                     cued: bool = False) -> bool:
    """Whether plain question paragraphs are an interviewer's turns, not a report's rhetorical questions: three or
    more, most of them put to "you", and most of the paragraphs after them answering in the first person (where
    the title says the story is an interview, "Q&A: …", every one answering so, whoever the questions address)."""
    if len(asks) < PLAIN_ASKS:
        return False
    to_you = sum(bool(_TO_YOU.search(body[pars[k][0]:pars[k][1]])) for k in asks)
    # (an answer is every paragraph up to the next question, three at most)
    ends = [min(nxt, k + 4) for k, nxt in zip(asks, asks[1:] + [len(pars)])]
    answers = sum(bool(_SPEAKS_AS_I.search(body[pars[k + 1][0]:pars[e - 1][1]])) for k, e in zip(asks, ends))
    if titled and answers == len(asks):
        return True
    if cued and answers * 2 > len(asks):
        return True  # (an introduction saying someone was interviewed, most answers speaking as "I" or "we")
    return to_you * 2 > len(asks) and answers * 2 > len(asks)


def _says_interview(article: Article, pars: list[tuple[int, int]], first: int) -> bool:
    """Whether the title or the introduction before the first question (paragraph index `first`) says the story is
    an interview without a verb of asking: "Q&A", "In conversation", "in her own words", a title or standfirst
    naming someone "on" a list of topics, or an introduction whose last paragraph ends with a colon."""
    body = article.body
    heads = [article.title] + [body[a:b].strip() for a, b in pars[:min(first, 2)]]
    if any(_INTERVIEW_TITLE.search(h) for h in heads[:1] + [body[a:b] for a, b in pars[:first]]):
        return True
    if any(len(h.split()) <= 25 and _ON_TOPICS.match(h.strip("*_ ")) for h in heads):
        return True
    return body[pars[first - 1][0]:pars[first - 1][1]].rstrip("*_ ").endswith(":")


def _bare_questions(article: Article, cast: Cast, pars: list[tuple[int, int]]) -> dict[int, str]:
    """{paragraph start: the guest} for an interview printing each question as a paragraph of its own (in bold or
    italics, or plain) and the answers unlabelled after it. It must say it is one, as a report with a rhetorical
    question never does: two or more such questions in bold or italics (three or more plain ones, put to "you" and
    answered in the first person, see `_plain_interview`), each followed by an answer, and an introduction saying
    someone was interviewed or that the interview was edited, or a title or standfirst saying it (`_says_interview`).
    A magazine's topic in place of a question ("**On leaving the party.**") is a turn where two or more are each
    answered in the first person."""
    body = article.body
    asks = [k for k, (a, b) in enumerate(pars) if _EMPHASISED_QUESTION.match(body[a:b])
            and not _ANSWER.match(body, a) and len(body[a:b].split()) <= 40]
    topics = [k for k, (a, b) in enumerate(pars) if _TOPIC_TURN.match(body[a:b]) and len(body[a:b].split()) <= 12
              and k + 1 < len(pars) and _FIRST_PERSON.search(body[pars[k + 1][0]:pars[k + 1][1]])]
    if len(topics) >= 2:
        # ("**On leaving the party.**" then her answer): a topic in place of each question, each answered as "I"
        asks = sorted(set(asks) | set(topics))
    if len(asks) < 2:
        asks = [k for k, (a, b) in enumerate(pars) if _BARE_QUESTION.match(body[a:b]) and not _ANSWER.match(body, a)
                and len(body[a:b].split()) <= 40]
        # (a question the guest answers with one, "Who can say for certain?", between two of the interviewer's: in
        # a run of question paragraphs the turns alternate, the first the interviewer's)
        asks = [k for i, k in enumerate(asks) if not _answers_a_question(asks, i)]
        intro = body[:pars[asks[0]][0]] if asks and asks[0] > 0 else ""
        titled = bool(_INTERVIEW_TITLE.search(article.title))
        cued = bool(intro) and bool(_INTERVIEWED.search(intro) or _EDITED.search(intro))
        if any(k + 1 >= len(pars) or k + 1 in asks for k in asks) or not _plain_interview(body, pars, asks, titled,
                                                                                            cued):
            return {}
    if len(asks) >= 2:
        # ("**Tell us about the book.**" among the questions): a request set as the questions are is a turn too
        # (a plain one must address the guest, "Tell us …", "Talk me through …"), between two answers
        bold = bool(_EMPHASISED_QUESTION.match(body[pars[asks[0]][0]:pars[asks[0]][1]]))
        for k, (a, b) in enumerate(pars):
            req = _REQUEST_TURN.match(body[a:b]) if asks[0] < k < len(pars) - 1 else None
            if req and len(body[a:b].split()) <= 25 and bool(req.group("m")) == bold and k - 1 not in asks and \
                    k + 1 not in asks and (bold or _ADDRESSED.search(body[a:b])):
                asks.append(k)
        opening = body[pars[asks[0] - 2][0]:pars[asks[0] - 2][1]] if asks[0] > 2 else ""
        req = _REQUEST_TURN.match(opening)
        if req and len(opening.split()) <= 25 and bool(req.group("m")) == bold and (bold or _ADDRESSED.search(opening)):
            asks.append(asks[0] - 2)  # ("**Tell us about your first night.**" and its answer before the first question)
        asks.sort()
    if len(asks) < 2 or asks[0] == 0 or any(k + 1 >= len(pars) or k + 1 in asks for k in asks):
        return {}
    first = pars[asks[0]][0]
    intro = body[:first]
    if not (_INTERVIEWED.search(intro) or _EDITED.search(intro) or _says_interview(article, pars, asks[0])):
        return {}
    guest = _interviewee(article, cast, first)
    return {pars[k][0]: guest for k in asks} if guest else {}


def _joined(body: str, pars: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs with each turn's label on a line of its own ("**Q.**", "Halvard Strom:") joined to the turn
    under it, so that the label opens the turn as it does on one line."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(pars):
        a, b = pars[k]
        if k + 1 < len(pars) and _LABEL_ALONE.match(body[a:b]) and not _LABEL_ALONE.match(
                body[pars[k + 1][0]:pars[k + 1][1]]):
            out.append((a, pars[k + 1][1]))
            k += 2
            continue
        out.append((a, b))
        k += 1
    return out


_POINTS_BACK = re.compile(r"\b(?:that|this|it|those|these|he|she|him|his|her|they|them|their)\b", re.IGNORECASE)
AROUND_WORDS = 6  # the guest's words beside a quotation in her answer: fewer are a comment on it ("Nobody quotes that.")
# Who the introduction says was asked, by role alone: "put your questions to the head of the ambulance service",
# "spoke to the chief executive of Fenbrook Water"
_ASKED_ROLE = re.compile(r"\b(?:questions\s+to|spo(?:ke|aks?)\s+to|talk(?:ed|s)?\s+to|interviewed)\s+(?:the|a|an)\s+"
                         r"(?P<role>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w'’&-]*"
                         r"(?:\s+[A-Z][\w'’&-]*){0,4})?)(?=\s+about\b|\s*[.,;:])")
LABEL_TURNS = 2  # turns each of a transcript's two labels opens, at least


def _label_turns(body: str, pars: list[tuple[int, int]]) -> dict[str, list[int]]:
    """The paragraphs each label opens ("The Courier: …", "Chief executive: …"), a label's own words left out."""
    turns: dict[str, list[int]] = {}
    for k, (a, b) in enumerate(pars):
        g = _ANY_LABEL.match(body, a)
        if g and g.end() < b:
            turns.setdefault(g.group("label"), []).append(k)
    return turns


def _label_pair(body: str, pars: list[tuple[int, int]]) -> tuple[str, str, int] | None:
    """(the asker's label, the guest's label, where the first question is) for a transcript whose two labels are
    neither "Q"/"A" nor names the cast knows: "The Courier: …?" turns, mostly questions, and "Chief executive: …"
    turns, mostly not; None for anything else."""
    turns = _label_turns(body, pars)
    both = [lab for lab, ks in turns.items() if len(ks) >= LABEL_TURNS]
    if len(both) != 2:
        return None
    asks = {lab: sum(body[pars[k][0]:pars[k][1]].rstrip("*_ ").endswith("?") for k in turns[lab]) for lab in both}
    asker = [lab for lab in both if asks[lab] * 2 > len(turns[lab])]
    guest = [lab for lab in both if asks[lab] * 2 < len(turns[lab])]
    if len(asker) != 1 or len(guest) != 1 or min(turns[guest[0]]) < min(turns[asker[0]]):
        return None
    return asker[0], guest[0], pars[min(turns[asker[0]])][0]


def _answer_sentences(article: Article, cast: Cast, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of an answer that hold no quote marks (the guest's own words around a quotation of someone
    else's in marks): runs of whole sentences between `start` and `end`."""
    out: list[tuple[int, int]] = []
    run: list[int] = []
    for sent in article.sentences:
        if sent.end <= start or sent.start >= end:
            continue
        if re.search(r"[\"“”]", sent.text) or sent.start < start:
            if run:
                out.append((run[0], run[1]))
            run = []
        else:
            run = [run[0] if run else sent.start, min(sent.end, end)]
    if run:
        out.append((run[0], run[1]))
    # (a stretch before a quotation that names someone, "My first teacher was Vera Haldane.", stays the report's
    # text: the name is who the "she said" after it means, and a quotation's words hide their names)
    last = max(article.body.rfind(c, start, end) for c in "\"“”")
    # (nor one whose first sentence points back, "I understand that.", "Nobody quotes it.": a comment on the
    # quotation, understood only beside it)
    first = {s.start: s.text for s in article.sentences if start <= s.start < end}
    return [(a, b) for a, b in out if len(article.body[a:b].split()) >= AROUND_WORDS and (a > last or not any(
        m.kind == "person" for m in cast.mentions_in(a, b))) and not _POINTS_BACK.search(first.get(a, ""))]


def _labelled_questions(body: str, pars: list[tuple[int, int]]) -> list[int]:
    """Where the questions are, for an interview whose only label is the asker's ("**Gazette:** Will tickets cost
    more?" over a plain answer): the one label opening two or more turns, mostly questions, each with an unlabelled
    paragraph under it; [] for anything else."""
    turns = _label_turns(body, pars)
    both = [lab for lab, ks in turns.items() if len(ks) >= LABEL_TURNS]
    if len(both) != 1:
        return []
    ks = turns[both[0]]
    if sum(body[pars[k][0]:pars[k][1]].rstrip("*_ ").endswith("?") for k in ks) * 2 <= len(ks) or any(
            k + 1 >= len(pars) or _ANY_LABEL.match(body, pars[k + 1][0]) for k in ks):
        return []
    return [pars[k][0] for k in ks]


def add_title_guest(article: Article, cast: Cast) -> None:
    """An interview whose guest only its title names ("Water boss Imogen Tarrant: …", "Fire chief Nadia Orlov on
    …") and whose body names her only by "A:", a first name or a role: she joins the cast, with the role the
    title gives her, so her answers are hers and she is among the article's people."""
    title = article.title
    body = article.body
    pars = _joined(body, [(a, b) for a, b in article.paragraphs if body[a:b].strip()])
    asked = [a for a, _ in pars if _QUESTION.match(body, a)]
    if not title or len(asked) < LABEL_TURNS and _label_pair(body, pars) is None:
        return
    from studyapp.core.generate.people import Person, find_cast  # (the title read as a story of its own)
    from studyapp.core.generate.text import parse_article

    first = asked[0] if asked else (_label_pair(body, pars) or (0, 0, 0))[2]
    if any(m.kind == "person" and m.person for m in cast.mentions_in(0, first)):
        return  # (the introduction names someone: the guest is read there)
    labelled = {_person_named(_label(m), cast) for a, _ in pars if (m := _ANSWER.match(body, a)) and _label(m) and
                a > first and not _QUESTION.match(body, a)} - {""}
    role = _ASKED_ROLE.search(body, 0, first)
    if len(labelled) == 1 and role:
        # ("We put your questions to the head of the ambulance service" above "Gideon Ferraby: …" turns): the one
        # the labels name is the one the introduction describes
        guest = cast.person(labelled.pop())
        if guest is not None and not guest.role:
            guest.role = " ".join(role.group("role").split())
        return
    named = [p for p in find_cast(parse_article("_\n\n" + title)).people if p.kind == "person" and " " in p.name]
    if len(named) != 1 or any(p.name == named[0].name or p.surname == named[0].surname for p in cast.people):
        return
    role = named[0].role
    head = role.split(" ", 1)[0]
    if head[:1].isupper() and re.search(r"\b" + re.escape(head.lower()) + r"\b", body):
        role = head.lower() + role[len(head):]  # ("Water boss": a common word capitalised only to open the title)
    cast.people.insert(0, Person(name=named[0].name, role=role, first=0, aliases=[named[0].surname]))


def transcript_turns(article: Article, cast: Cast) -> dict[int, str]:
    """{paragraph index: the person its label names} for a transcript ("OKAFOR: …" paragraphs, two or more)."""
    body = article.body
    found: dict[int, str] = {}
    shouted = _shouted_names(article)
    for k, (a, b) in enumerate(article.paragraphs):
        m = _ANSWER.match(body, a)
        if m and _label(m) and not _QUESTION.match(body, a):
            who = _person_named(_label(m), cast, shouted)
            if who:
                found[k] = who
    return found if len(found) >= 2 else {}


def unquoted_quotations(article: Article, cast: Cast, pace: Pacer | None = None) -> list[Unquoted]:
    """Interview answers and colon-introduced statements that hold no quote marks, in text order. `pace` hears
    of each paragraph and sentence read (see pacing.py)."""
    pace = pace or Pacer()
    body = article.body
    out: list[Unquoted] = []
    pars = _joined(body, [(a, b) for a, b in article.paragraphs if body[a:b].strip()])
    questions = [a for a, b in pars if _QUESTION.match(body, a)]
    questions = questions or _labelled_questions(body, pars)
    asked_at = set(questions)
    labelled = sum(1 for a, _ in pars if _ANSWER.match(body, a) and not _PAGE_LABEL.match(body, a))
    answers_labelled = any(_ANSWER.match(body, a) and a not in asked_at for a, _ in pars)
    if not answers_labelled:
        # (only the questions labelled: the paragraphs under them are answers where most speak as "I" or "we", as a
        # box of questions and answers in the report's own voice never does)
        under = [pars[k + 1] for k, (a, _b) in enumerate(pars[:-1]) if a in asked_at]
        answers_labelled = sum(bool(_SPEAKS_AS_I.search(body[a:b])) for a, b in under) * 2 < len(under)
    interviewee = ""
    bare = _bare_questions(article, cast, pars) if not questions and labelled < 2 else {}
    # after the last turn an unlabelled paragraph may be the report's closing note: it must speak as "I" or "we"
    last_turn = max([a for a, _ in pars if a in bare or _ANSWER.match(body, a)], default=0)
    shouted: dict[str, str] | None = None
    # a transcript labelled by the outlet or the interviewer and by a role or a name the cast does not know
    # ("The Courier: …?", "Chief executive: …"): the guest's label gives the answers to the interviewee
    pair = _label_pair(body, pars) if not questions else None
    if pair and _person_named(pair[1], cast, _shouted_names(article)):
        pair = None  # (a name the cast knows: the transcript's own rules give each turn its speaker)
    pair_guest = _interviewee(article, cast, pair[2]) if pair else ""
    fresh = False  # the paragraph after a bare question: its answer, whatever the rules for running on
    turn = ""  # who gives the answer under way: an unlabelled paragraph after it runs the answer on
    for a, b in pars:
        pace(b - a)
        text = body[a:b]
        m = _ANSWER.match(body, a)
        if a in bare:
            turn, fresh = bare[a], True  # a question of its own: the paragraphs after it are the guest's answer
            continue
        if _PAGE_LABEL.match(body, a):
            continue  # ("Read more: …" between two turns: a link, no one's words)
        if questions and not answers_labelled and a in asked_at and a + 2 < len(body):
            # ("Q: How did you start?" then a plain paragraph): only the questions carry a label, and the paragraph
            # under each is the guest's answer
            interviewee = interviewee or _interviewee(article, cast, questions[0])
            turn, fresh = interviewee, bool(interviewee)
            continue
        own = _OWN_WORDS.match(text)
        if own:
            # "Imelda Straker, in her own words": the paragraphs after the heading that speak as "I" are hers
            who = _person_named(own.group("name"), cast) if own.group("name") else _interviewee(article, cast, a)
            if who:
                turn, fresh = who, True
                continue
        if re.search(r"[\"“”]", text):
            # a quotation in marks is read as one already; in an answer, the guest's words around it are hers
            who = turn if m is None and turn and a not in asked_at and not _BARE_QUESTION.match(text) and \
                fresh else ""
            if m and a not in asked_at and (m.group("a") or m.group("adot") or m.group("adot2")) and \
                    questions and questions[0] < a:
                interviewee = interviewee or _interviewee(article, cast, questions[0])
                who = interviewee
            g = _ANY_LABEL.match(body, a) if pair and pair_guest else None
            if g and g.group("label") == pair[1]:
                who = pair_guest
            label_end = m.end() if m else g.end() if g else a
            for s0, s1 in _answer_sentences(article, cast, a, b) if who else []:
                words = body[max(s0, label_end):s1].strip().lstrip("–—- ").strip()
                if len(words.split()) >= MIN_WORDS:
                    at = body.index(words, max(s0, label_end))
                    out.append(Unquoted(a if s0 <= label_end else at, at, at + len(words), words, who))
            turn = ""
            continue
        if _EDITED.search(text) and len(text.split()) <= 25:
            turn = ""  # ("This interview has been edited for length and clarity."): the interview is over
            continue
        if m is None and turn and not fresh and a not in asked_at and a < last_turn and \
                not _BARE_QUESTION.match(text) and not _SPEAKS_AS_I.search(text) and (
                    _TO_YOU.search(text) or len(text.split()) <= STATEMENT_WORDS and _OTHERS_SAY.search(text)) and \
                not re.search(r"[\"“”]", text):
            # past the answer's first paragraph, one put to "you" with no "I" in it, or a short one in no one's first
            # person telling what others say, is the interviewer's statement turn ("You promised more new music.",
            # "Some critics have called that a gimmick."): the paragraph after it is the guest's answer to it
            fresh = True
            continue
        if m is None and turn and a not in asked_at and (fresh or not _BARE_QUESTION.match(text)) and \
                not _names_in_third_person(text, turn) and len(text.split()) >= MIN_WORDS and \
                (fresh or not (_TO_YOU.search(text) and not _FIRST_PERSON.search(text))) and \
                (fresh or a < last_turn or re.search(r"\b(?:I|I'm|I've|my|me|we|our|us)\b", text)):
            # (past the answer's first paragraph, one put to "you" with no "I" in it is the interviewer's statement
            # turn: "You promised more new music. Audiences want the classics.")
            words = text.strip().lstrip("–—- ").strip()  # ("– From a riverbank …": an answer set off by a dash)
            at = a + text.index(words)
            out.append(Unquoted(at, at, at + len(words), words, turn))
            fresh = False
            continue
        turn = ""
        g = _ANY_LABEL.match(body, a) if pair and pair_guest else None
        if g and g.group("label") in pair[:2]:
            # the asker's turn is no one's words; the guest's is her answer
            words = body[g.end():b].strip()
            if g.group("label") == pair[1] and len(words.split()) >= MIN_WORDS:
                at = g.end() + body[g.end():b].index(words)
                out.append(Unquoted(a, at, at + len(words), words, pair_guest))
                turn = pair_guest
            continue
        if m and a not in asked_at:
            speaker = ""
            if (m.group("a") or m.group("adot") or m.group("adot2")) and questions and questions[0] < a:
                interviewee = interviewee or _interviewee(article, cast, questions[0])
                speaker = interviewee
            elif _label(m) and (questions or labelled >= 2):
                shouted = shouted if shouted is not None else _shouted_names(article)
                speaker = _person_named(_label(m), cast, shouted)  # a transcript: several labelled paragraphs
            raw = body[m.end():b]
            words = raw.strip().strip("-–— ")  # ("-- and that is why …": a turn taken up again after an interruption)
            if speaker and len(words.split()) >= MIN_WORDS:
                at = m.end() + raw.index(words)
                out.append(Unquoted(a, at, at + len(words), words, speaker))
                turn = speaker
                continue
    # A transcript that labels both sides ("ROURKE: … ?", "OKONJO-LEE: …"): the one whose turns are mostly
    # questions is the interviewer, and a question put to someone is no statement of theirs to learn
    turns: dict[str, list[Unquoted]] = {}
    for u in out:
        turns.setdefault(u.speaker, []).append(u)
    if len(turns) >= 2:
        asking = {s for s, us in turns.items() if sum(u.text.rstrip().endswith("?") for u in us) * 2 > len(us)}
        if len(asking) < len(turns):
            out = [u for u in out if u.speaker not in asking]
    answered = {article.paragraph_of(u.start) for u in out}
    for sent in article.sentences:
        pace(len(sent.text))
        if sent.furniture or re.search(r"[\"“”‘]", sent.text) or answered and article.paragraph_of(sent.start) in answered:
            continue
        cue = _COLON_CUE.search(sent.text)
        if cue is None:
            continue
        words = _REPORTERS_TAIL.sub("", sent.text[cue.end():].strip())
        if len(words.split()) >= MIN_WORDS:
            at = sent.start + cue.end()
            colon = sent.start + sent.text.rfind(":", 0, cue.end())
            out.append(Unquoted(colon + 1, at, at + len(words), words))  # 'said:' stays the introduction
    return sorted(out, key=lambda u: u.open)
