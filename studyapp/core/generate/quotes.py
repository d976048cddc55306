"""Direct quotations and who said them.

Quote marks are found first (straight and curly; a straight mark opens when it follows a space
and precedes a word). An opening mark while a quote is still open, or a new paragraph that starts
with an opening mark, continues the same quotation: the run-on convention of news copy. Each
quotation is then attributed, in this order: "X said: …" before it; "…, X said" / "…, said X" /
"…, according to X" after it; for a fragment inside a sentence, the subject of the sentence's
verb of saying; a cue that ends the sentence ("… offered in May, said X, a scholar"); for a
fragment with no verb of saying at all, the speaker of the paragraph around it; otherwise the
person the story is currently about (which is also how "he said" and "he added" resolve).
Single marks (curly, or straight around a whole sentence) count only outside double marks, so
nested quotes and apostrophes never become quotations of their own.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field

from studyapp.core.generate.lexicon import (
    AGENT_NOUNS, DEMONYMS, NOT_NAMES, ORG_WORDS, SAY_VERBS, SPEECH_VERBS, TITLE_WORDS,
)
from studyapp.core.generate.pacing import Pacer
from studyapp.core.generate.people import ROLE_ABBREVIATIONS, Cast, Mention
from studyapp.core.generate.referents import called_so
from studyapp.core.generate.unquoted import transcript_turns, unquoted_quotations
from studyapp.core.generate.text import Article, Sentence

# An interviewer's label opening a question that quotes someone ("Q: Campaigners say “…”")
_TURN_OPENER = re.compile(r"^(?:\*\*|__)?(?:[Qq]|Question|Interviewer)\s*[:：.](?:\*\*|__)?\s+")
# Attributing one quotation (looking back and ahead for its speaker) costs about this many characters' reading.
QUOTE_COST = 500
MENTION_COST = 20
MIN_WORDS = 3  # one or two quoted words are scare quotes, nicknames or titles, not quotations
_PREP_BEFORE = re.compile(r"\b(?:of|by|from|with|to|for|at|in|on|against|about|including|like|than|over|"
                          r"into|between|among|under|behind|toward|towards|via|per)\s+$", re.IGNORECASE)
_VERBS_RX = "|".join(sorted(SAY_VERBS, key=len, reverse=True))
_SPEECH_RX = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
# A participle clause that reports words: '…, calling it "…"'; its subject is the clause's subject.
_PARTICIPLES = (r"saying|calling|telling|accusing|describing|branding|dubbing|insisting|arguing|warning|adding|"
                r"claiming|urging|noting|promising|vowing|complaining|declaring|stressing|writing")
# Verbs whose quoted object is the subject's words: a threat, an offer, a judge's finding.
_ACT_VERBS = r"threaten(?:ed|s)?|offer(?:ed|s)|found(?=\s+that\b)|finds(?=\s+that\b)"
# A plural subject's present tense ('Critics call it "…"', 'The papers describe the rota as "…"')
_ACT_VERBS += r"|describe|call|warn|insist|argue|admit|suggest|predict|promise|brand|label"
# A stance taken with the subject's own words for it ('rejected the offer as "…"', 'appealed to the crowd to "…"'),
# and words shouted or chanted.
_ACT_VERBS += (r"|(?:reject|condemn|denounce|welcome|hail|deride|slam)(?:ed|d|s)?(?=\s[^_.;]{0,80}?\bas\s*$)"
               r"|appeal(?:ed|s)?(?=\s+to\b)|(?:shout|yell|chant|plead)(?:ed|s)?")
_INSIDE_RX = r"\b(" + _SPEECH_RX + "|" + _ACT_VERBS + "|" + _PARTICIPLES + r")\b"
_ADVERBS = r"(?:(?:has|had|have|also|later|then|simply|previously|earlier|once|again|recently|already|" \
           r"repeatedly|often|meanwhile|yesterday|today|now)\s+)*"
# Patterns built from the verb lists above, compiled once here: built inline, each was looked up in the re module's
# cache on every use, and a draft's patterns outgrew it (tests/core/generate/test_regex_cache.py).
_ADVERB_VERB_AFTER = re.compile(r"\s+(?:" + _ADVERBS + r")(?:" + _VERBS_RX + r")\b")
_VERB_BEFORE_COLON = re.compile(r"(?:^|[\s,])(?:" + _ADVERBS + r")(" + _VERBS_RX + r")\b[^_.;]*?\s*:\s*$")
_VERB_IN_INTRO = re.compile(r"(?:^|[\s,])(?:" + _ADVERBS + r")(" + _VERBS_RX + r")\b")
_VERB_COMMA_END = re.compile(r"(?:^|\s)(" + _VERBS_RX + r")(?:\s+(?:me|us|him|her|them|reporters))?,\s*$")
_VERB_COLON_END = re.compile(r"(?:^|\s)(" + _VERBS_RX + r")\b([^_.;:]*):\s*$")
_TAIL_VERB_NP = re.compile(r"\s*[,.?!]?\s*(?:" + _VERBS_RX + r")\s+(?!(?:that|it|to|in|on|at|by|of)\b)([^.;]+)")
_TAIL_NP_VERB = re.compile(r"\s*[,.?!]?\s*([^.;:,]{1,90}?)\s+" + _ADVERBS + r"(" + _VERBS_RX + r")\b")
_TAIL_SET_OFF_VERB = re.compile(r"\s*[,.?!]?\s*([^.;:]{1,90}?),\s+([^.;:]{1,80}?),\s+" + _ADVERBS + r"(" + _VERBS_RX +
                                r")\b")
_A_SAY_VERB = re.compile(r"\b(" + _VERBS_RX + r")\b")
_INSIDE = re.compile(_INSIDE_RX)
_SPEECH_OR_MEETING = re.compile(r"\b(?:" + _SPEECH_RX + r"|met|meets|with|and\s+(?:his|her|their))\b|[.;:]")
_HUMAN = (r"(?:spokes\w*|officials?|lawyers?|analysts?|sources?|aides?|advis[eo]rs?|insiders?|executives?|"
          r"directors?|managers?|ministers?|officers?|representatives?|members?|workers?|residents?|witness(?:es)?|"
          r"man|woman|men|women|person|people|diplomats?|negotiators?|campaigners?|protesters?|fans?|players?|"
          r"teachers?|doctors?|nurses?|police(?:man|woman)?|experts?|economists?|critics?|observers?|delegates?|"
          r"envoys?|participants?|backbenchers?|colleagues?)")
# Someone the story meets but does not name, opening a sentence: "An elderly man with a walking stick …".
PASSER_BY_NOUNS = (r"(?:man|woman|boy|girl|person|passenger|pensioner|mother|father|driver|student|patient|"
                   r"islander|villager|farmer|shopper|commuter|resident|customer|neighbour|neighbor|onlooker)")
_PASSER_BY = re.compile(r"\s*((?:An?|One|Another)\s+(?:[a-z][\w-]*\s+){0,3}(?:" + PASSER_BY_NOUNS + r"\b|(?:" + _HUMAN +
                        # "One backbencher, who would only speak anonymously,": any agent noun, unnamed
                        r"|(?!(?:number|former|further|later|other|quarter|letter|order|matter|power|water|paper|"
                        r"minor|major|junior|senior|manner|border|corner|error|sector|factor|motor|mirror)\b)"
                        r"[a-z]{3,}(?:er|or|ist|ian))\b(?=,\s+who\b|\s+(?:[a-z]+ly\s+)?(?:was|is|said|says|told|"
                        r"added|disagreed|agreed|put\s+it|warned|insisted|admitted|called|described)\b)))")
# Someone the story meets without a name anywhere in a sentence: "The complaint came from a resident of Church Lane"
_MET_UNNAMED = re.compile(r"\b(?:[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}?" + PASSER_BY_NOUNS +
                          r"\b(?:\s+(?:of|from|in|on|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?")
_FEMALE_NOUN = re.compile(r"\b(?:woman|girl|mother)\b")
_MALE_NOUN = re.compile(r"\b(?:man|boy|father)\b")
# Verbs that come before their subject ("…, said Jo Park, the plan is"); after others comes the object.
_INVERTED = {"said", "says", "added", "adds", "wrote", "writes", "continued", "explained", "noted", "recalled"}
# "in all states", "the new rules": a verb of saying written as a noun
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|all|some|many|most|these|those|their|its|his|her|our|your|my|in|of|for|"
                          r"with|by|several|both|no|more|other|new|such)\s+$|"
                          r"\b(?-i:[A-Z])[\w-]*['’]s\s+$", re.IGNORECASE)  # "the Association's rules": a noun
# An honorific or academic title between a description and the name set off after it: '…, said the study's lead
# author, Dr Ann Lee' (the name's mention starts after the title).
_HONORIFIC_GAP = r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Shri|Sri|Smt|Rev|Cllr)\.?\s+)?"
_PLURAL_WHO = re.compile(r"^(?:they|we|the\s+[a-z]+s|both(?:\s+\w+)?|the\s+(?:two|three|four)(?:\s+[a-z]+)?|"
                         r"the\s+(?:pair|couple|duo))$", re.IGNORECASE)


_PARTY_TAG = re.compile(r",\s+([RDI])-([A-Z][A-Za-z. ]{1,20}?),")  # ", R-Texas," after a legislator's name
_FOR_OF_BEFORE = re.compile(r"\b(?:for|of)\s+$")
_THE_OPENS = re.compile(r"\W*[Tt]he\s")
_AGE_OPENS = re.compile(r"\W*[Tt]he\s+(\d{1,3})-year-old(?:['’]s)?\s")
_PARTY_NOUN = re.compile(r"the\s+(?:([a-z][a-z. ]*?)\s+)?(republican|democrat|independent)")
_HE_SHE = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_AGE_AFTER_NAME = re.compile(r",\s*(?:aged\s+)?(\d{1,3}),")
# An opening adverbial clause set off by a comma before the subject, perhaps after a phrase of time ("Every
# morning, before he opens up, "): a "he" or "she" inside it points ahead to the subject.
_CLAUSE_BEFORE_SUBJECT = re.compile(r"\W*(?:[A-Z][\w ]{0,40},\s+)?(?:[Bb]efore|[Aa]fter|[Ww]hen|[Ww]henever|[Ww]hile|"
                                    r"[Aa]s|[Ss]ince|[Uu]ntil|[Oo]nce|[Tt]hough|[Aa]lthough)\s[^,;_]{1,80},\s+")
# Where the words were written, set off between a subject and its verb ("The Alliance, in a statement issued during
# the briefing, said …"): no part of the subject.
_MEDIUM_ASIDE = re.compile(r",\s+in\s+(?:a|an|its|his|her|their|the)\s+(?:[a-z-]+\s+){0,2}(?:statement|letter|post|"
                           r"tweet|note|e-?mail|message|submission|filing|press\s+release|blog)\b[^,_]{0,60},\s*$")
# A relation seen from the other side: "his father" has a son or daughter.
_RECIPROCAL = {"father": {"son", "daughter"}, "mother": {"son", "daughter"}, "son": {"father", "mother"},
               "daughter": {"father", "mother"}, "husband": {"wife"}, "wife": {"husband"},
               "grandfather": {"grandson", "granddaughter"}, "grandmother": {"grandson", "granddaughter"},
               "grandson": {"grandfather", "grandmother"}, "granddaughter": {"grandfather", "grandmother"}}
# The interviewer's "you said" and the turn it stands in ("Q: In your campaign you said, "…""): the guest's words.
_SECOND_PERSON_TAG = re.compile(r"\b[Yy]ou\s+(?:\w+\s+)?(?:said|told|wrote|promised|claimed|declared|insisted|"
                                r"tweeted|posted)\b[^_]*$")
_QUESTION_TURN = re.compile(r"(?:Q|Question|Interviewer)\s*[:：]\s+")
_PRONOUN_AFTER_CLAUSE = re.compile(r",\s*(?:he|she)$")  # "when …, she": the main clause's subject
_ENDS_IN_COLON = re.compile(r"[^_]*:\s*")
_DETERMINER = re.compile(r"(?:the|a|an|its|his|her|their)\s")
_KIN_SUBJECT = re.compile(r"(?:his|her|their)\s+((?:late\s+|elder\s+|eldest\s+|younger\s+|youngest\s+|only\s+)?"
                          r"(?:husband|wife|son|daughter|mother|father|brother|sister|widow|widower|grandson|"
                          r"granddaughter|grandmother|grandfather|niece|nephew|partner))")
_KIN_OPENS = re.compile(r"\W*(?:[Hh]is|[Hh]er|[Tt]heir)\s+[a-z]+\s+(?:" + _VERBS_RX + r")\b")
_BODY_OF_PERSON = re.compile(r"(.+?)['’]s\s+(?:[a-z-]+\s+){0,2}([a-z-]+)")
_REGULATOR = re.compile(r"the\s+(?:[a-z-]+\s+){0,2}(?:regulator|watchdog)")
_PUBLIC_BODY_WORDS = {"authority", "commission", "office", "board", "agency", "regulator", "ombudsman",
                      "inspectorate", "directorate", "bureau", "tribunal"}
_FIRST_PERSON_TAG = re.compile(r"\bI\s+(?:\w+\s+)?(?:said|say|told|tell|wrote|write|asked|ask|replied|answered)"
                               r"(?:\s+(?:him|her|them|it))?\s*[,:]?\s*$")
_QUOTED_AS = re.compile(r"\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?:widely\s+|once\s+|also\s+)?"
                        r"quoted\s+(?:in\s+[^,_]{1,40}?\s+)?as\s+$")
_TAG_SUBJECT = re.compile(r"(?:he|she|they|we|I|it|[A-Z]\S*|(?:the|a|an|his|her|its|their)\s.*)", re.DOTALL)
_NAME_SET_OFF_GAP = re.compile(r",\s+(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,3})?" + _HONORIFIC_GAP)
_ROLE_NOUN = re.compile(r"[a-z]{3,}(?:er|or|ist|ian)")
_NOT_ROLE_NOUNS = {"under", "over", "after", "never", "ever", "either", "neither", "whether", "rather", "other",
                   "another", "together", "later", "further", "earlier", "however", "whatever", "whenever", "sooner",
                   "longer", "former", "latter", "prior", "inferior", "superior", "minor", "major", "junior", "senior",
                   "interior", "exterior", "proper", "better", "bitter", "clever", "eager", "sober", "tender"}
# A verb of saying right before a pronoun: the pronoun opens the reported clause, its subject may be anyone
_REPORTED_SUBJECT = re.compile(r"\b(?:said|says|added|insisted|claimed|recalled|remembered|believed|thought|felt|"
                               r"knew|told\s+\w+)\s+(?:that\s+)?$", re.IGNORECASE)
_GENDERED_HONORIFIC = re.compile(r"(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s")
_GENDERED_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s+$")
_ARTICLE_OPEN = re.compile(r"(?:an?|the)\s+")
_DESCRIPTION_END = re.compile(r"(?=\s*[,.;]|\s+(?:with|at|from|in)\s)")


def _described_as(words: str, text: str) -> bool:
    r"""Whether the text opens "a WORDS," or "the WORDS with …", as re.match(r"(?:an?|the)\s+" + re.escape(words)
    + r"(?=\s*[,.;]|\s+(?:with|at|from|in)\s)", text) says for words that open with a letter or hyphen, without
    compiling a pattern per description: such patterns pushed the fixed ones out of the re module's cache, so
    every draft compiled them all again."""
    opening = _ARTICLE_OPEN.match(text)
    return bool(opening) and text.startswith(words, opening.end()) and \
        bool(_DESCRIPTION_END.match(text, opening.end() + len(words)))


@dataclass
class Segment:
    """The words between two quote marks (or a mark and a paragraph end)."""

    open: int
    start: int
    end: int
    close: int | None
    continues: bool
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Speaker:
    name: str
    kind: str  # person | joint | organisation | unnamed


@dataclass
class Quotation:
    segments: list[Segment]
    speaker: Speaker | None = None
    how: str = ""
    partial: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.segments[0].open

    @property
    def end(self) -> int:
        last = self.segments[-1]
        return (last.close + 1) if last.close is not None else last.end


def _opens(body: str, i: int) -> bool:
    ch = body[i]
    if ch == "“":
        return True
    if ch == "”":
        return False
    prev = body[i - 1] if i > 0 else " "
    nxt = body[i + 1] if i + 1 < len(body) else " "
    return (prev.isspace() or prev in "([{—–-/:") and not nxt.isspace() and nxt not in ",.;:)"


def _opens_sentence(lead: str) -> bool:
    """Only a title, a possessive or capitalised words before a name: the name is the sentence's subject
    ('The transport minister, Ewan Doig, urged …'), not an object ('After meeting Jones, …')."""
    for w in lead.replace(",", " ").split():
        bare = w.strip("\"“”‘’'()").lower()
        if not (w[:1].isupper() or bare in ("the", "a", "an") or bare in TITLE_WORDS or re.search(r"['’]s$", w) or
                bare in _PERSON_HEADS or _ROLE_NOUN.fullmatch(bare) and bare not in _NOT_ROLE_NOUNS):
            return False  # ("Tenant organizer Tamara Okonedo was less impressed": a role noun before the name)
    return True


def _next_at(offsets: list[int], lo: int, hi: int) -> int | None:
    """The first of the sorted offsets in [lo, hi), or None."""
    k = bisect_left(offsets, lo)
    return offsets[k] if k < len(offsets) and offsets[k] < hi else None


_STRAIGHT_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(—–]))'(?=[A-Z0-9])", re.MULTILINE)
_STRAIGHT_CLOSE = re.compile(r"(?<=[,.!?…])'(?=\s|$|[)—–])", re.MULTILINE)
_MARK_OR_BREAK = re.compile(r"[\"“”\n]")
# A plural subject of a body's members, right before its name: "Analysts at", "Lawyers for the", "Researchers from"
_MEMBERS_OF = re.compile(r"(?:^|[.!?]\s+|\n)(?:[A-Z][a-z]+\s+)?(?:[Aa]nalysts|[Ee]conomists|[Rr]esearchers|[Ss]trategists|"
                         r"[Ll]awyers|[Oo]fficials|[Ss]cientists|[Ee]ngineers|[Ii]nspectors|[Aa]uditors|[Ee]xperts|"
                         r"[Dd]octors|[Ss]taff|[Vv]olunteers|[Oo]rganisers|[Oo]rganizers|[Tt]raders|[Bb]ankers|"
                         r"[Pp]ollsters|[Ss]pokespeople)\s+(?:at|from|for|with)\s+(?:the\s+)?$")
# The noun set off after a body's name: "Tessaro Linkway, a consortium led by …", "Arlo, the regional operator,"
_SET_OFF_NOUN = re.compile(r",\s+(?:a|an|the|its)\s+((?:[\w-]+\s+){0,3}[\w-]+)")
# A speech tag opening the paragraph after a quotation that ended on a comma: '"…," ¶ said X' (offset: its space)
_TAG_OVER_BREAK = re.compile(r"[ \t]*\n\s*(?=(?:said|says|added|adds|wrote|writes|explained|explains|insisted|"
                             r"insists|recalled|recalls|according\s+to)\b)")
_SINGLE_CLOSE = re.compile(r"’(?![A-Za-z])")


def _spaced(body: str, i: int) -> bool:
    """A straight mark with a space on both sides ('… he said. " You …'): a stray space, not a side."""
    return body[i] == '"' and 0 < i < len(body) - 1 and body[i - 1] == " " and body[i + 1] == " "


# A nickname in quotation marks between a given name and a surname ('Marcus "Sonny" Achterberg'): part of the name
_NICK_TEXT = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?")
_NAME_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w'’.-]+ $")
_NAME_AFTER = re.compile(r" [A-Z][\w'’-]+")


def _nickname(body: str, seg: Segment) -> bool:
    """Whether a segment is a nickname written inside a name, not a quotation."""
    return seg.close is not None and bool(_NICK_TEXT.fullmatch(seg.text)) and \
        bool(_NAME_BEFORE.search(body, max(0, seg.open - 30), seg.open)) and \
        bool(_NAME_AFTER.match(body, seg.close + 1))


def find_segments(article: Article, pace: Pacer | None = None) -> list[Segment]:
    """Quoted segments in text order, with `continues` set on run-ons."""
    pace = pace or Pacer()
    body = article.body
    marks = [m.start() for m in re.finditer(r"[\"“”]", body)]
    out: list[Segment] = []
    cur: int | None = None
    cur_par = -1
    pending_continue = False

    def finish(end: int, close: int | None) -> None:
        nonlocal cur
        a = cur + 1
        raw = body[a:end]
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        out.append(Segment(cur, a + lead, a + lead + len(text), close, pending_continue, text))
        cur = None

    for k, i in enumerate(marks):
        pace()
        par = article.paragraph_of(i)
        opening = _opens(body, i) or (cur is None and _spaced(body, i) and k + 1 < len(marks) and
                                      marks[k + 1] <= article.paragraphs[par][1])
        if cur is not None and par != cur_par:
            finish(article.paragraphs[cur_par][1], None)
            starts_par = i == article.paragraphs[par][0]
            pending_cont_next = starts_par and par == cur_par + 1 and opening
        else:
            pending_cont_next = None
        if opening:
            if cur is not None:
                finish(i, None)
                pending_continue = True
            elif pending_cont_next is not None:
                pending_continue = pending_cont_next
            elif out and out[-1].close is None and article.paragraph_of(out[-1].open) == par - 1 and \
                    i == article.paragraphs[par][0]:
                pending_continue = True
            else:
                pending_continue = False
            cur, cur_par = i, par
        elif cur is not None:
            finish(i, i)
        else:
            # A closing mark with no opening one: the quote began after "said:" or at the paragraph start.
            p0 = article.paragraphs[par][0]
            last = marks[k - 1] if k > 0 and marks[k - 1] >= p0 else p0 - 1
            intro = body[last + 1:i]
            colon = intro.rfind(": ")
            begin = last + 1 + colon + 1 if colon >= 0 else (p0 - 1 if last < p0 else None)
            sent = article.sentence_at(i)
            if sent is not None and begin is not None and sent.start - 1 > begin and last < sent.start:
                begin = sent.start - 1  # the quote began with the sentence that the closing mark ends
            if begin is not None and len(body[begin + 1:i].split()) >= MIN_WORDS:
                cur, cur_par, pending_continue = begin, par, False
                finish(i, i)
    if cur is not None:
        finish(article.paragraphs[cur_par][1], None)
    out = [s for s in out if s.text and not _nickname(body, s)]
    # Curly single marks used as quotation marks (‘…’), outside any double-quoted text.
    inside = sorted((s.open, s.close if s.close is not None else s.end) for s in out)
    inside_starts = [a for a, _ in inside]
    curly_closes = [c.start() for c in _SINGLE_CLOSE.finditer(body)]
    open_par = -1  # the paragraph whose ‘ quotation ran on to its end unclosed (British run-on convention)
    for m in re.finditer(r"‘", body):
        pace()
        i = m.start()
        j = bisect_right(inside_starts, i) - 1
        if j >= 0 and i <= inside[j][1] or (i > 0 and not (body[i - 1].isspace() or body[i - 1] in "(—–-")):
            continue
        par = article.paragraph_of(i)
        par_end = article.paragraphs[par][1]
        close = _next_at(curly_closes, i + 1, par_end)
        starts_par = i == article.paragraphs[par][0]
        continues = starts_par and open_par == par - 1
        if close is None:
            # ‘… (paragraph ends) ‘…’: a quotation over several paragraphs, each opening with a mark, only the
            # last closing
            nxt = article.paragraphs[par + 1][0] if par + 1 < len(article.paragraphs) else None
            if nxt is None or body[nxt:nxt + 1] != "‘":
                continue
            raw = body[i + 1:par_end]
            text = raw.strip()
            if text and "‘" not in text:
                a = i + 1 + len(raw) - len(raw.lstrip())
                out.append(Segment(i, a, a + len(text), None, continues, text))
                open_par = par
            continue
        raw = body[i + 1:close]
        text = raw.strip()
        if text and "‘" not in text:
            a = i + 1 + len(raw) - len(raw.lstrip())
            out.append(Segment(i, a, a + len(text), close, continues, text))
    # “…” inside a ‘…’ quotation (British style) is a quotation within it, not one of its own
    singles = [(s.open, s.close if s.close is not None else s.end) for s in out if body[s.open] == "‘"]
    if singles:
        out = [s for s in out if body[s.open] == "‘" or not any(a < s.open and (
            s.close if s.close is not None else s.end) <= b for a, b in singles)]
    # Straight single marks ('We will go on,' she said): only a sentence that opens with a capital and
    # closes on punctuation, so apostrophes ("the members' vote") never open or close one.
    taken = sorted((s.open, s.close if s.close is not None else s.end) for s in out)
    taken_starts = [a for a, _ in taken]
    straight_opens = [m.start() for m in _STRAIGHT_OPEN.finditer(body)]
    straight_closes = [m.start() for m in _STRAIGHT_CLOSE.finditer(body)]
    for i in straight_opens:
        pace()
        j = bisect_right(taken_starts, i) - 1
        if j >= 0 and i <= taken[j][1]:
            continue
        par_end = article.paragraphs[article.paragraph_of(i)][1]
        close = _next_at(straight_closes, i + 1, par_end)
        if close is None or _next_at(straight_opens, i + 1, close) is not None:
            continue
        text = body[i + 1:close].strip()
        if len(text.split()) >= MIN_WORDS and '"' not in text:
            out.append(Segment(i, i + 1, i + 1 + len(text), close, False, text))
    # a title in quote marks on a line of page furniture (a science story's citation line, "Read more: “…”") is
    # nobody's words
    out = [s for s in out if not getattr(article.sentence_at(s.start), "furniture", False)]
    return sorted(out, key=lambda s: s.open)


def _chains(segments: list[Segment]) -> list[list[Segment]]:
    chains: list[list[Segment]] = []
    for s in segments:
        if s.continues and chains:
            chains[-1].append(s)
        else:
            chains.append([s])
    return chains


# A body's name opening a sentence on an act in the perfect ("Network Rail has closed the line …")
_ORG_DID = re.compile(r"\s*(?:(?:But|And|However|Meanwhile|Now|Earlier),?\s+)?((?:[Tt]he\s+)?(?:[A-Z][\w&.'’-]*\s+){0,4}"
                      r"[A-Z][\w&.'’-]*)\s+(?:has|have|had)\s+(?:also\s+|now\s+|already\s+)?[a-z]{3,}(?:ed|en)\b")
# A body's name with "of"/"for" inside it as the subject of a simple past act: "The Teachers' Union of Harlund gave the
# plan a cautious welcome. It said …", "The Federation of Small Traders backed the plan"
_ORG_OF_DID = re.compile(r"\s*(?:(?:But|And|However|Meanwhile|Now|Earlier),?\s+)?(?:[Tt]he\s+)?((?:[A-Z][\w&.'’-]*\s+){1,3}"
                         r"(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){0,2}[A-Z][\w&.'’-]*)\s+(?:also\s+)?"
                         r"(?:[a-z]{3,}ed|gave|took|made|won|lost|held|met|sent|set|put|struck|began|chose|sought)\b")


# A transcript's turn label in capitals at a line's start: "REPORTER: ", "MAYOR ANN ROE: ", "ROE (CITY HALL): "
_TURN_LABEL = re.compile(r"[A-Z][A-Z.'’ -]{1,40}(?:\([A-Z][A-Za-z.'’ -]{1,40}\))?\s*:\s+(?=[A-Z])")


class _Tracker:
    """Who the story is about right now: the subject of the latest sentence that names someone."""

    def __init__(self) -> None:
        self.current: Speaker | None = None
        self.joint: Speaker | None = None
        self.org: Speaker | None = None  # what "it" refers to: the organisation the story is about
        self.history: list[tuple[int, Speaker]] = []  # (where, who) for each sentence whose subject was a person

    def set(self, sp: Speaker | None) -> None:
        if sp is None:
            return
        if sp.kind == "joint":
            self.joint = sp
        self.current = sp


_ABBR = re.compile(r"\b(Mr|Mrs|Ms|Dr|Prof|Sen|Gov|Rep|Gen|Col|Lt|Sgt|Capt|St|Rev|Maj|Adm|Cllr|Smt|Shri|Sri|Supt|Insp|Det|"
                   r"Brig|Fr|Cpl|Pte|Ald|Revd|Msgr|Ven|Cmdr|Cdr|Rt|Sr|Br|Pres|Mx)\.(?=\s[A-Z])")


def _unabbrev(text: str) -> str:
    """'Mr. Reyes' -> 'Mr  Reyes' (same length), so a full stop after a title does not end the phrase."""
    return _ABBR.sub(lambda m: m.group(1) + " ", text)


def _masked(body: str, segments: list[Segment], pace: Pacer | None = None) -> str:
    """The body with every quotation (marks included) blanked to "_" but its line breaks kept, offsets
    unchanged; built from slices, so a long article is not copied character by character."""
    pace = pace or Pacer()
    pieces: list[str] = []
    at = 0
    for start, stop in sorted((s.open, (s.close + 1) if s.close is not None else s.end) for s in segments):
        pace(max(stop - at, 1))
        if stop <= at:
            continue
        start = max(start, at)
        pieces.append(body[at:start])
        pieces.append(_NOT_BREAK.sub("_", body[start:stop]))
        at = stop
    pieces.append(body[at:])
    return _unabbrev("".join(pieces))


_NOT_BREAK = re.compile(r"[^\n]")


# Nouns that stand for whatever organisation the story is about ("the company", "the firm"), and names' words
# that make an organisation a body of another kind, which "the company" never means.
_COUNTED_PEOPLE = re.compile(r"\W*(?:(?:more|fewer|less)\s+than\s+|about\s+|some\s+|nearly\s+|over\s+|almost\s+)?"
                             r"(?:\d[\d,]*\s+|(?:hundreds|thousands|dozens)\s+of\s+)((?:[a-z-]+\s+)?[a-z-]+s)\s+"
                             r"(?:in|from|of|at|across|near|around)\s", re.IGNORECASE)
_NAMES_JOINED = re.compile(r"(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)*\s+(?!said|says|told)[a-z]")
# "the company", "the union" standing alone as a speaker: a body the article names elsewhere
_BODY_MEANT = re.compile(r"[Tt]he\s+(company|firm|union|association|operator|group|council|charity|trust|federation|"
                         r"club|league|board|authority|bidder|department|ministry|airline|carrier|insurer|lender|"
                         r"retailer|developer|manufacturer|campaign|coalition)")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_BODY_LOOKBACK = 8000  # characters before a quotation searched for the body "the union" means
# What sets off a body's name with its kind: " (HDA), the doctors' union,", ", a private company that …"
_SET_OFF_KIND = re.compile(r"(?:\s*\([A-Z][\w&.-]*\))?,\s+(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,4}?"
                           r"(company|firm|union|association|operator|group|council|charity|trust|federation|club|league|"
                           r"board|authority|bidder|department|ministry|airline|carrier|insurer|lender|retailer|developer|"
                           r"manufacturer|campaign|coalition)\b")
_ANY_ORG = {"company", "firm", "business", "operator", "app", "platform", "retailer", "chain", "airline", "carrier",
            "lender", "insurer", "developer", "manufacturer", "group", "organisation", "organization"}
_KINDS_OF_BODY = {"union", "council", "party", "court", "ministry", "department", "government", "association",
                  "federation", "trust", "network", "league", "society", "commission", "committee", "board",
                  "authority", "agency", "campaign", "coalition", "alliance", "club", "office", "tribunal", "guild",
                  # (a chamber of trade, a university, a charity or a parliament is never "the company" either)
                  "chamber", "institute", "university", "college", "school", "hospital", "charity", "foundation",
                  "forum", "parliament", "assembly", "senate", "police", "consortium", "cooperative", "co-operative",
                  "partnership", "syndicate", "regulator", "watchdog"}
# The kind of organisation a name is introduced with ("campaign group Blue Varn", "the food app Dashly").
_DESCRIPTOR = (r"(?:group|firm|company|charity|organi[sz]ation|network|app|platform|union|campaign|coalition|"
               r"association|watchdog|lobby|consultancy|retailer|chain|start-?up|operator|airline|bank|lender|insurer)")
_GROUP_WORD = r"(?:group|organi[sz]ation|coalition|campaign|network|association|alliance|charity|collective)"


@functools.lru_cache(maxsize=1024)
def _called_another_kind(name: str, kind: str, body: str) -> bool:
    """Whether the article calls a name a union, a charity or a club in so many words ("the technology union Prospect
    Digital"): never "the company", whatever its own words. (Once per name and article.)"""
    return any(called_so(name, other, body) for other in ("union", "charity", "club") if other != kind)


def group_nouns(body: str, cast: Cast, pace: Pacer | None = None) -> tuple[str, set[str]] | None:
    """The one campaign group the story is about and the plural nouns that stand for it.

    "A group of nurses …" then "the nurses, members of the group Nurses Against Smog, …": from
    then on "the nurses said" is the group speaking, not the person last named. Only when the
    article names exactly one such group, so two groups are never confused."""
    pace = pace or Pacer()
    orgs: list[str] = []
    for m in cast.mentions:
        pace(MENTION_COST)
        if m.kind in ("org", "unknown") and not m.possessive and len(m.text.split()) >= 2 and \
                re.search(r"\b" + _GROUP_WORD + r"\s+(?:called\s+|named\s+)?$", body[max(0, m.start - 40):m.start]):
            if m.text not in orgs:
                orgs.append(m.text)
    if len(orgs) != 1:
        return None
    org = orgs[0]
    nouns = {w.lower() for w in org.split() if re.fullmatch(r"[A-Z][a-z]+s", w) and w.lower() not in ORG_WORDS}
    for m in re.finditer(r"\b[Tt]he\s+([a-z]+s),\s+(?:[\w-]+\s+){0,4}?(?:members?|part)\s+of\s+(?:[\w-]+\s+){0,4}?" +
                         re.escape(org), body):
        nouns.add(m.group(1))
    if nouns:  # "a group of physicians" is the same group under another word
        nouns |= {m.group(1) for m in re.finditer(r"\b[Aa]\s+" + _GROUP_WORD + r"\s+of\s+([a-z]+s)\b", body)}
    nouns -= {"others", "members", "groups", "organisations", "organizations"}
    return (org, nouns) if nouns else None


def _possessed(tail: str) -> str:
    """"'s chief EU negotiator, who …" -> "chief EU negotiator": up to its last lower-case word."""
    m = re.match(r"(?:['’]s)?\s+([^,;:()]*)", tail)
    words = m.group(1).split()[:6] if m else []
    while words and not re.fullmatch(r"[a-z][\w-]*", words[-1]):
        words.pop()
    return " ".join(words)


# A name with a description set off after it: "Fair Basket, a shoppers' charity,"
_NAME_SET_OFF = re.compile(r"([A-Z][^,_]{1,60}?),\s+(?:a|an|the)\s+[^,_]+?,?")


# The fixed patterns `who` uses, compiled once here (see test_regex_cache.py)
# A plural subject and some of its members named after it: "At least four carriers, including X and Y,"
_SEVERAL_INCLUDING = re.compile(r"((?:[Aa]t\s+least|[Mm]ore\s+than|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|[Aa]ll|[Mm]ost|"
                                r"[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Dd]ozens|"
                                r"[Hh]undreds|\d+|[Tt]he|[Oo]f|and|\s)+(?:[a-z-]+\s+){0,2}[a-z]{3,}s),\s+(?:including|"
                                r"such\s+as|among\s+them)\s")
_WHO_RX0 = re.compile(r"(?:^|\s)([A-Z])\.?$")
_WHO_RX1 = re.compile(r"(?:\s+(?:has|have|had|also|previously|already|then|later|earlier|once|again|now|"
                        r"repeatedly|simply|would|will|could|did|used\s+to|went\s+on\s+to|liked\s+to|"
                        r"loved\s+to))+$")
_WHO_RX2 = re.compile(r",\s+(?:who|whose|which)\s[^,_]*,?\s*$")
_WHO_RX3 = re.compile(r",\s*(?:which|who)$")
_BY_AGENT = re.compile(r"\bby\b")
_SUBJECT_NAMED = re.compile(r"(?:[Tt]he\s+(?:[\w-]+\s+)?)?")  # what may stand before the subject's name
_PARTICIPLE_ASIDE = re.compile(r",\s+(?:[a-z]+ed|set|built|founded|formed|run|led|made|known|based|begun|started)"
                               r"\s[^,_]{2,60},?\s*$")
_WHO_RX4 = re.compile(r"([Tt]he\s+[^,_]{1,40}?),\s+(?:a|an)\s+[^,_]+?,?")
_WHO_RX5 = re.compile(r"^(?:and|but|so|yet|or|meanwhile|earlier|later|also|now)\s+")
_WHO_RX6 = re.compile(r"(?:a|an|the|its)\s+(?:senior\s+|official\s+)?spokes(?:man|woman|person)")
_WHO_RX7 = re.compile(r"\b(?:was|were|is|are|been|being)$")
# A work as the subject of a verb of saying ("the study said", "the new report warns"): no speaker of its own, but
# the body a sentence before says made it ("A report by the Coastal Freight Institute …"), or nobody
_A_WORK = re.compile(r"(?:the|this|that|its|their|his|her|a)\s+(?:[a-z-]+\s+){0,2}?(?:study|report|survey|book|novel|"
                     r"album|film|documentary|memoir|paper|analysis|audit|review|research|findings|poll)")
_WORK_BY = re.compile(r"\b(?:study|report|survey|book|paper|analysis|audit|review|research|poll)\s+(?:[a-z]+\s+)?"
                      r"(?:by|from)\s+")
_WHO_RX8 = re.compile(r"the\s+(\d{1,3})-year-old(?:\s+[a-z-]+){0,3}")
_WHO_RX9 = re.compile(r"the\s+(?:[a-z-]+\s+)?(statement|release|press\s+release|letter)")
_WHO_RX10 = re.compile(r",\s*(?:aged\s+)?\d{1,3}(?=,|$)")
_WHO_RX11 = re.compile(r",\s+(?:which|who|whose|where)\b[^,]*,?$")
_WHO_RX12 = re.compile(r",\s")
_WHO_RX13 = re.compile(r"^(?:after|before|when|while|as|because|since|once|until|although|though|if|unless)\s+"
                    r"(?=(?:the|a|an|its|their|his|her)\s)", re.IGNORECASE)
_WHO_RX14 = re.compile(r"^(?:in|on|at|during)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|"
                    r"interview|case|speech|report|post|email|filing|ruling|judgment|submission|briefing|"
                    r"release)\s+(?=(?:the|a|an|its|their|his|her)\s|[A-Z])", re.IGNORECASE)
_WHO_RX15 = re.compile(r"^((?:the|a|an|its|their|his|her)\s+[a-z][\w-]*)\s+(?:that|who|which)\s+[a-z].*$")
_WHO_RX16 = re.compile(r"^(?:(?:and|but|so|yet|or|meanwhile|earlier|later|also|now|instead|after \w+|"
                    r"(?:last|next|this)\s+\w+|on\s+\w+day|in\s+\d{4}|yesterday|today),?\s+)+", re.IGNORECASE)
_WHO_RX17 = re.compile(r"[A-Z]\. ")
_WHO_RX18 = re.compile(r"[Tt]he\s")
_WHO_RX19 = re.compile(r"(?:after|before|when|while|as|because|since|although|though|if|unless|until|once|where|"
                    r"whereas|whether)\b")
_WHO_RX20 = re.compile(r"^the\s+")
_WHO_RX21 = re.compile(r"(?:^|[\s,])(?:he|she)$")
_WHO_RX22 = re.compile(r"(?:^|,\s)it$")
_WHO_RX23 = re.compile(r"the\s+[a-z]+s")
_WHO_RX24 = re.compile(r"the\s+(?:[a-z0-9-]+\s+){0,4}[a-z0-9-]+")
_WHO_RX25 = re.compile(r"(?:[a-z]+ed|speaking|writing|based|aged)\b|(?:in|on|at|during|via|through)\s+"
                                          r"(?:a|an|the|its|their|his|her)?\s*(?:[\w-]+\s+){0,2}?(?:statement|letter|"
                                          r"interview|post|email|note|release|video|message|speech|briefing)\s*$|"
                                          r"(?:however|meanwhile|though|too|also|in turn)\s*$|"
                                          # "The minister, to her credit, said": an aside, not the speaker
                                          r"(?:to|in|for|at|with|by)\s+(?:her|his|their|its|all|some|my|our)\s+"
                                          r"(?:credit|part|defen[cs]e|surprise|relief|dismay|fairness|knowledge|view)\s*$")
_WHO_RX26 = re.compile(r"(?:a|an|the)\s+[a-z][a-z\s-]*")
_WHO_RX27 = re.compile(r"[Tt]he\s+(?:[a-z-]+\s+){0,3}[a-z-]+")
_WHO_RX28 = re.compile(r"[Tt]he\s+[A-Z]")
_WHO_RX29 = re.compile(r"[Tt]he\s+(ministry|department|commission|regulator|agency|authority)")
_WHO_RX30 = re.compile(r"\W*(?:(?:But|And|However|Meanwhile),?\s+)?[Tt]he\s+([a-z]+)\b")
_WHO_RX31 = re.compile(r"the\s+(?:[a-z-]+\s+)?[a-z]+[^s']s")
_WHO_RX32 = re.compile(r"(?:['’]s?)?(?:\s+[\w-]+){0,6},?\s+")
_WHO_RX33 = re.compile(r"\s+and\s+(?:[A-Z][\w.]*\s+){0,3}")
_WHO_RX34 = re.compile(r"(?:\s+(?:has|have|had|will|would|is|are|was|were|also|previously|already|then|repeatedly|"
                    r"long|once|again|now|simply|never|since|later|earlier))+$")
_WHO_RX35 = re.compile(r"[A-Za-z][a-z]*")
_WHO_RX36 = re.compile(r"\b[a-z]{3,}$")
_WHO_RX37 = re.compile(r"(?:\s*\([^()]{1,15}\))?,\s+")


class Attributor:
    def __init__(self, article: Article, cast: Cast, segments: list[Segment], pace: Pacer | None = None):
        self.article = article
        self.cast = cast
        self.body = article.body
        self.org_contexts: list[Speaker | None] = []  # per sentence, as the quotation pass found it
        self.masked = _masked(article.body, segments, pace)
        self.tracker = _Tracker()
        self.group = group_nouns(article.body, cast, pace)
        self._set_off_index: dict[str, list[tuple[str, str]]] | None = None
        self._gender_index: dict[str, str] | None = None
        self._titled: set[str] = set()
        self._pronouns: dict[int, tuple[str, str]] = {}  # where a "he"/"she" was read as someone: (who, sex)
        self._pronoun_at: list[int] = []  # those places, sorted
        self.nicknames: dict[str, Speaker] = {}  # 'the dragon' -> the person a sentence said is known by it
        self.ages: dict[str, Speaker] = {}  # '61' -> the person "the 61-year-old" first meant
        self._ages_given: dict[str, str] | None = None

    def body_meant(self, sp: Speaker, at: int) -> Speaker:
        """'the company', 'the union' as a quotation's speaker: the organisation the article means by it (the one the
        story is about, the latest named with that word, the one set off with that description: "The Tolland
        Education Association, the state's largest teachers union, …"), else the description as it stands."""
        bare = _BODY_MEANT.fullmatch(sp.name)
        if bare is None:
            return sp
        kind = bare.group(1).lower()
        return self._story_org(sp.name.lower(), at) or self._named_org(kind, at) or self._set_off_org(kind, at) or \
            self._described_org(kind, at) or self._owner_named(kind, at) or sp

    def _owner_named(self, kind: str, at: int) -> Speaker | None:
        """'the department' after 'the Health Department's offer': the one body named with that word as an owner
        before it (in the few pages before: a long article's every mention is not read again for each quotation)."""
        found = {m.text for m in self.cast.mentions_in(max(0, at - _BODY_LOOKBACK), at)
                 if m.kind == "org" and m.possessive and len(m.text.split()) >= 2 and
                 kind in _POSSESSIVE_END.sub("", m.text).lower().split()}
        return Speaker(_POSSESSIVE_END.sub("", found.pop()), "organisation") if len(found) == 1 else None

    def _described_org(self, kind: str, at: int) -> Speaker | None:
        """The one organisation the text before `at` sets off with a description of that kind after its name
        ("The Hospital Doctors Association (HDA), the doctors' union, …", "Clearway Services, the private company
        that runs …"); None when none or several are."""
        found: set[str] = set()
        for m in self.cast.mentions_in(max(0, at - _BODY_LOOKBACK), at):
            if m.kind != "org" or m.possessive:
                continue
            tail = _SET_OFF_KIND.match(self.body, m.end, m.end + 120)
            if tail and tail.group(1).lower() == kind:
                found.add(self._full_org(m.text, at))
        return Speaker(found.pop(), "organisation") if len(found) == 1 else None

    def _org_called(self, head: str, before: int) -> Speaker | None:
        """'the charity said' after 'The charity Bladder Cancer Action called …' or 'Tessaro Linkway, a consortium led
        by …': the latest organisation the article introduced with that noun, before or set off after its name."""
        for m in reversed(self.cast.mentions_in(max(0, before - 3000), before)):
            if m.kind != "org" or m.possessive:
                continue
            if self.body[max(0, m.start - len(head) - 1):m.start].lower() == head + " ":
                return Speaker(self._full_org(m.text, m.start), "organisation")
            set_off = _SET_OFF_NOUN.match(self.body, m.end)
            if set_off and head in set_off.group(1).lower().split():
                return Speaker(self._full_org(m.text, m.start), "organisation")
        return None

    def _named_org(self, head: str, before: int) -> Speaker | None:
        """'the chamber said' after 'The Lakeside Chamber of Commerce welcomed …': the latest organisation
        named with that word, within the last few paragraphs."""
        for m in reversed(self.cast.mentions_in(max(0, before - 3000), before)):
            if m.kind == "org" and head in m.text.lower().split() and len(m.text.split()) >= 2:
                return Speaker(m.text, "organisation")
        return None

    def _participle_opener(self, start: int, end: int) -> int:
        """Length of 'Welcoming Tom Reyes to the board, ' before a subject: the names in it are objects."""
        opener = re.match(r"\s*[A-Z][a-z]{2,}ing\b[^,;:_]{0,100},\s+(?=\S)", self.masked[start:end])
        if opener and not any(m.start == start + len(opener.group()) - len(opener.group().lstrip())
                              for m in self.cast.mentions_in(start, start + opener.end())):
            return opener.end()
        # "Asked by Ms Lee whether …, she said": a passive opener; the names in it asked, they did not answer
        opener = re.match(r"\s*(?:Asked|Questioned|Pressed|Challenged|Quizzed|Cross-examined|Told)\s+(?:by|about|"
                          r"whether|if|why|how|what|on|over)\b[^;:_.]{0,200}?,\s+(?=[a-z]|[A-Z][a-z]+\s)", self.masked[start:end])
        if opener:
            return opener.end()
        # "In a joint statement, the two leaders said": a setting, with no name in it; "When she did speak, Ms Lee
        # read …": a clause before the subject, whose pronoun is that subject
        opener = re.match(r"\s*(?:In|On|At|During|Later|Earlier|Meanwhile|When|While|Once|After|Before|Until|"
                          r"Although|Though|Because|Since|Unless)\b[^,;:_]{0,60},\s+(?=\S)",
                          self.masked[start:end])
        if opener and not self.cast.mentions_in(start, start + opener.end()):
            return opener.end()
        return 0

    def joint_subject(self, start: int, end: int) -> Speaker | None:
        """'Anders Holt and Prime Minister Katya Orlova signed …': who a later 'the two leaders' means."""
        start += self._participle_opener(start, end)
        persons = [m for m in self.cast.mentions_in(start, end) if m.kind == "person" and not m.possessive
                   and "_" not in self.masked[m.start:m.end]]
        if len(persons) >= 2 and persons[0].person != persons[1].person and re.fullmatch(
                r"\s+and\s+(?:[A-Z][\w.'’-]*\s+){0,4}", self.body[persons[0].end:persons[1].start]) and \
                re.fullmatch(r"\W*(?:[A-Z][\w'’.-]*\s+){0,5}", self.body[start:persons[0].start]):
            return Speaker(f"{persons[0].person} and {persons[1].person}", "joint")
        return None

    def _group_speaker(self, low: str) -> Speaker | None:
        """'the nurses', 'the group', 'the letter signed by six nurses' when they stand for the group."""
        if self.group is None:
            return None
        org, nouns = self.group
        m = re.fullmatch(r"the\s+(?:[a-z-]+\s+)?([a-z]+)", low) or re.fullmatch(
            r"(?:the|a|an|their|its)\s+(?:letter|statement|petition|report|complaint|appeal)\s+"
            r"(?:(?:signed|written|sent|issued)\s+by|from|by)\s+(?:the\s+|[a-z0-9-]+\s+)?([a-z]+)", low)
        if m and (m.group(1) in nouns or m.group(1) == "group" and low == "the group"):
            return Speaker(org, "organisation")
        return None

    # -- resolving a phrase to a speaker ------------------------------------------------

    def _initialled(self, at: int) -> Speaker | None:
        """The person a name opening with initials at `at` is ("E. Tallis", "J. R. Penhale"): the one so named, or
        the only one whose surname it ends on and whose given names the initials begin; else None."""
        m = re.match(r"((?:[A-Z]\.\s?)+)([A-Z][\w’'-]+)", self.body[at:at + 60])
        if not m:
            return None
        letters = m.group(1).replace(".", "").replace(" ", "")
        found = {p.name for p in self.cast.people if p.kind == "person" and p.name.split()[-1] == m.group(2) and (
            "".join(w[0] for w in p.name.split()[:-1]).startswith(letters))}
        return Speaker(found.pop(), "person") if len(found) == 1 else None

    def _work_author(self, at: int) -> Speaker | None:
        """The organisation a report or study was made by, in the sentence of `at` or the two before it ("A report by
        the Coastal Freight Institute … The study said"), or None: a work itself says nothing."""
        k = self.article.ended_by(at)
        for sent in reversed(self.article.sentences[max(0, k - 2):k + 1]):
            text = self.body[sent.start:min(sent.end, at)]
            for by in _WORK_BY.finditer(text):
                first = next((m for m in self.cast.mentions_in(sent.start + by.end(), sent.start + by.end() + 80)
                              if m.start <= sent.start + by.end() + 4), None)
                if first is not None and first.kind == "org":
                    return Speaker(self._full_org(first.text, first.start), "organisation")
        return None

    def who(self, start: int, end: int) -> Speaker | None:
        """The speaker a stretch of text names: a person, two people, an organisation or a description."""
        while start < end and self.body[start] in " ,":
            start += 1
        several = _SEVERAL_INCLUDING.match(self.body, start, end)
        if several:  # "At least four carriers, including X and Y, have told …": the several, not one of those named
            return Speaker(several.group(1), "unnamed")  # (before "At …," is read as a setting)
        start += self._participle_opener(start, end)
        if start >= 3 and _WHO_RX17.fullmatch(self.body[start - 3:start]) and any(
                m.kind == "person" and m.person and m.start == start - 3 for m in self.cast.mentions_in(start - 3, end)):
            start -= 3  # "B. Ashby said": the clause was read from after the initial's full stop
        phrase = self.body[start:end].strip(" ,:")
        if not phrase:
            return None
        lone = _WHO_RX0.search(phrase)
        if lone:  # "said E. Tallis", "said trust chair M. Kessel": an initial is no one; the name it opens, or nobody
            return self._initialled(start + phrase.find(lone.group(1), lone.start()))
        phrase = _WHO_RX1.sub("", phrase)
        aside = _WHO_RX2.search(phrase)
        if aside and aside.start() > 0 and not self.cast.mentions_in(start, start + aside.start()) and \
                _WHO_RX18.match(phrase):
            # "The baking star, who presents a daytime show, said": the description, not the names in its aside (nor the
            # brands in "The group, which makes Crumbly Bars, said")
            end, phrase = start + aside.start(), phrase[:aside.start()]
        part = _PARTICIPLE_ASIDE.search(phrase)
        if part and part.start() > 0 and not _BY_AGENT.search(part.group()):
            # "The Save Kelby Fell group, set up in the spring, says": the subject, not the past participle's phrase
            # set off after it ("The report, published by the X Institute, said": the phrase names who speaks, as
            # before)
            named = [m for m in self.cast.mentions_in(start, start + part.start()) if m.kind in ("org", "person")
                     and not m.possessive and "_" not in self.masked[m.start:m.end]]
            if len(named) == 1 and _SUBJECT_NAMED.fullmatch(self.body, start, named[0].start):
                one = named[0]  # (the subject the phrase opens on, and no other name before the aside)
                return Speaker(one.person, "person") if one.kind == "person" and one.person else \
                    Speaker(self._full_org(one.text, start), "organisation")
        relative = _WHO_RX3.search(phrase)
        if relative:  # "… by the Kisan Ekta Manch, an umbrella body of 31 unions, which said": the name, not the aside
            named = [m for m in self.cast.mentions_in(start, start + relative.start()) if m.kind in ("org", "person")
                     and not m.possessive and "_" not in self.masked[m.start:m.end]]
            if named:
                last = named[-1]
                return Speaker(last.person, "person") if last.kind == "person" and last.person else \
                    Speaker(self._full_org(last.text, start), "organisation")
        set_off = _NAME_SET_OFF.fullmatch(phrase)
        if set_off and self.body.startswith(phrase, start):
            # "Fair Basket, a shoppers' charity, said", "Kessler Re, the Ostravian group, said": the body named, not
            # the description set off after it
            named = [m for m in self.cast.mentions_in(start, start + set_off.end(1)) if m.kind == "org"
                     and m.start == start and m.end == start + set_off.end(1) and not m.possessive]
            if named:
                return Speaker(self._full_org(named[0].text, start), "organisation")
        appositive = _WHO_RX4.fullmatch(phrase)
        if appositive and self.body.startswith(phrase, start):
            # "The 54-year-old, a former international who won 88 caps, said": the subject, not the description
            # set off after it
            sp = self.who(start, start + appositive.end(1))
            if sp is not None:
                return sp
        low = phrase.lower()
        low = _WHO_RX5.sub("", low)
        if _WHO_RX19.match(low) and not _PRONOUN_AFTER_CLAUSE.search(low) and not any(
                m.kind == "person" for m in self.cast.mentions_in(start, end)):
            return None  # '"…," after it said': a clause about something else, not the quote's speaker
        if _WHO_RX6.fullmatch(low):
            k = self.article.ended_by(start) - 1  # "But the council hit back …. A spokeswoman added: "…"": its own
            if k >= 0 and not self.article.sentences[k].furniture:
                prev = self.article.sentences[k]
                body = self.org_subject(prev.start, prev.end)
                opener = _WHO_RX30.match(self.masked[prev.start:prev.end])
                if body is None and opener and (opener.group(1) in ORG_WORDS or opener.group(1) in _ANY_ORG):
                    body = self._story_org(f"the {opener.group(1)}", prev.start) or self._named_org(
                        opener.group(1), prev.start)  # "But the council hit back …"
                if body is not None and body.kind == "organisation" and not any(
                        m.kind == "person" for m in self.cast.mentions_in(prev.start, prev.end)):
                    return body
        party = _PARTY_NOUN.fullmatch(low)
        if party:
            member = self._party_member(party.group(1) or "", party.group(2), start)
            if member is not None:
                return member  # '"…," the Texas Republican said' after 'Sen. Dale Harmon, R-Texas,'
        nick = self.nicknames.get(_WHO_RX20.sub("", low))
        if nick is not None:
            return nick  # '"Watch this space," the Dragon added' after '… known to viewers as "the Dragon"'
        if low in ("he", "she", "i") or _WHO_RX21.search(low):
            sent = self.article.sentence_at(start)
            # (the pronoun may close a longer phrase: "Jo Lee then proposed a compromise she said "…"")
            last = list(_HE_SHE.finditer(self.body, start, end))
            at = last[-1].start() if last else start
            opened = self._quote_open_before(start)
            if opened < start and sent is not None and opened < sent.start:
                # 'Jo Lee was less impressed — "… cleanup. It is …," she said —': the quotation's sentences are
                # one sentence of the reporter's, opened before the quotation
                sent = self.article.sentence_at(opened) or sent
            if sent is not None and low != "i":  # 'Ewan Doig urged both sides — "…," he said'
                earlier = self._person_subject(sent.start, at)
                first = next((m for m in self.cast.mentions_in(sent.start, at) if m.kind == "person"), None)
                if earlier is not None and earlier.kind == "person" and first is not None and \
                        _opens_sentence(self.body[sent.start:first.start]):
                    return earlier
            return self._agreeing(low.split()[-1], start)  # the pronoun right before the verb is its subject
        if low == "it" or _WHO_RX22.search(low):
            return self.tracker.org
        if _WHO_RX7.search(low):
            return None  # "the cells were described as": passive, the subject is not the speaker
        if _A_WORK.fullmatch(low) and not self.cast.mentions_in(start, end):
            return self._work_author(start)  # "The study said …": whoever the article says made it, or nobody
        if low in ("this", "that", "there", "which", "who", "somebody", "someone", "anybody", "anyone", "everybody",
                   "everyone", "nobody", "no one", "one", "something", "many", "some", "others"):
            return None
        if low in ("the former", "the latter") and not self.cast.mentions_in(start, end):
            pair = self._pair_before(start)
            if pair is not None:  # "Lena Brightwell and Aldo Ferrante … The former called it"
                return Speaker(pair[0] if low == "the former" else pair[1], "person")
        group = self._group_speaker(low)
        if group is not None:
            return group
        inside = self.cast.mentions_in(start, end)
        kin = self._relative(low, start) if not inside else None
        if kin is not None:
            return kin
        # ("the member for Brackmoor": a place after "for" or "of" inside the description is part of it)
        described = self._described(low, start) if all(
            m.kind != "person" and not m.possessive and _FOR_OF_BEFORE.search(self.body, max(0, m.start - 5), m.start)
            for m in inside) else None
        if described is not None:
            return described  # "the former nurse said" after "Ingrid Solheim, a former nurse,"
        if not any(m.kind == "person" for m in inside):
            recent = self._recent_description(low, start) or self._owned_title(low, inside, start)
            if recent is None and low == "the witness" and self._counsel(self.tracker.current):
                recent = self._giving_evidence(start)  # (the story is on the barrister who asked: the witness answers)
            if recent is not None:
                return recent  # "the Union Minister told reporters" after "Union Minister … Shri Jo Rao, who …"
            fresh = self._fresh_unroled(low, inside, start)
            if fresh is not None:
                return fresh
            cur = self.tracker.current
            if low == "the witness" and cur is not None and cur.kind == "person":
                return cur  # "The witness, who retired in May, said": the one giving evidence now
        if _REGULATOR.fullmatch(low) and not inside:
            body = self._latest_public_body(start)
            if body is not None:
                return body  # "the regulator said" after "The Fuel Standards Office found …"
        age = _WHO_RX8.fullmatch(low)
        if age and not self.cast.mentions_in(start, end):
            return self._aged(age.group(1), start)
        paper = _WHO_RX9.fullmatch(low)
        if paper and not self.cast.mentions_in(start, end):
            issuer = self._statement_issuer(start, "letter" if paper.group(1) == "letter" else "statement")
            if issuer is not None:
                return issuer  # '"…," the statement said': whoever the last sentence had issue a statement
        if _WHO_RX23.fullmatch(low) and not re.fullmatch(r"the\s+" + _HUMAN, low) and \
                not self.cast.mentions_in(start, end):
            named = self._named_org(low.split()[-1], start)
            if named is not None:
                return named  # "the growers" after "the Tamsin Growers Association"
        if _WHO_RX24.fullmatch(low) and not re.search(r"\b" + _HUMAN + r"$", low) \
                and (not inside or low.split()[-1] in _PERSON_HEADS and not any(m.kind == "person" for m in inside)) \
                and not _PLURAL_WHO.match(low):
            head = low.split()[-1]
            org = self.tracker.org
            known = self._story_org(low, start)
            if known is not None:
                return known  # "the company said" after "Dashly insists …": the one the story is about
            if head in ORG_WORDS or head in AGENT_NOUNS or (head in _KINDS_OF_BODY or head in _ANY_ORG) and not inside:
                if org is not None and org.name.lower().endswith(head):  # "said the assembly government"
                    return org
                named = self._named_org(head, start) or self._org_called(head, start)
                if named is not None:
                    return named
                if head not in ORG_WORDS and head not in AGENT_NOUNS:
                    return Speaker(low, "unnamed")  # "the consortium said" with no consortium named: a body, never
                    # the person quoted last (the charity's chief, another body's head)
            elif not inside or low.split()[-1] in _PERSON_HEADS:
                cur = self.tracker.current  # "said the 30-year-old", "said the two-time champion"
                if cur is not None and cur.kind == "person":
                    return cur
        if low == "they":
            members = self._members_of(start)
            if members is not None:
                return members  # 'Analysts at X said in a note …. "…," they wrote': X's, not the story's firm
        if _PLURAL_WHO.match(low) and not _WHO_RX28.match(phrase):  # "the US" is no plural
            if self.tracker.joint is None and re.fullmatch(r"the\s+" + _HUMAN, low) and low.endswith("s"):
                return Speaker(phrase, "unnamed")  # "the officials said": not the one person last named
            if self.tracker.joint is None and _WHO_RX31.fullmatch(low) and \
                    low.split()[-1] not in _PERSON_HEADS:
                # "The unions said more than 9,000 people registered": a plural is several, never the one person
                # quoted last; with no pair in play it is a body of its own
                return Speaker(phrase, "unnamed")
            return self.tracker.joint or (self.tracker.org if low == "they" else None) or self.tracker.current
        mentions = [m for m in self.cast.mentions_in(start, end) if m.kind != "place" or not m.possessive]
        persons = [m for m in mentions if m.kind == "person"]
        if persons:
            first = next((m for m in persons if not m.possessive), None)
            poss = persons[0]
            # "Jo Park's chief EU negotiator, Sam Lee," is Sam Lee
            appositive = first is not None and first.start > poss.start and _WHO_RX32.fullmatch(self.body[poss.end:first.start] or "x")# (and "Mills' chief, X,")
            if poss.possessive and (first is None or first.start > poss.start) and not appositive:
                role = _possessed(self.body[poss.end:first.start if first is not None else end])
                if role and (role.split()[-1] in ORG_WORDS or role.split()[-1] in _ANY_ORG) and \
                        role.split()[-1] not in _PERSON_HEADS:
                    return None  # "Yaw Mensah-Clarke's parent club have not said": a body, nobody whose words follow
                if role:
                    return Speaker(f"{poss.person}'s {role}", "unnamed")
            if first is None:
                first = poss
            first = self._past_modifiers(first, persons)
            nxt = [m for m in persons if m.start > first.end and not m.possessive]
            if nxt and _WHO_RX33.fullmatch(self.body[first.end:nxt[0].start]):
                return Speaker(f"{first.person} and {nxt[0].person}", "joint")
            return Speaker(first.person, "person")
        # No person: an organisation, or a description such as "a UK Government official".
        np = self.masked[start:end].strip(" ,:")
        np = _WHO_RX10.sub("", np.strip())  # "Mr Lind, 58," is Mr Lind
        np = _WHO_RX11.sub("", np)  # "The society, which opposes it,"
        parts = _WHO_RX12.split(np)
        while len(parts) > 1 and _WHO_RX25.match(parts[-1].strip()):
            parts.pop()  # "The inquiry's report, published in 2022," is the report; "X, in a statement," is X
        if len(parts) > 1 and _WHO_RX26.fullmatch(parts[-1].strip()):
            desc_at = self.masked.rfind(parts[-1], start, end)
            if any(m.kind in ("org", "unknown") and not m.possessive and _WHO_RX37.fullmatch(self.masked[m.end:desc_at]) for m in mentions):
                parts.pop()  # "Tidewatch (TW), a campaign group, said": the name, not the description set off after it
        np = parts[-1].strip()
        # "after the board that manages it", "in a statement the directors": a conjunction or a setting before the
        # subject, a relative clause after it
        np = _WHO_RX13.sub("", np)
        np = _WHO_RX14.sub("", np)
        np = _WHO_RX15.sub(r"\1", np)
        np = _WHO_RX16.sub("", np)
        np = _WHO_RX34.sub("", np).strip()
        np = _TURN_OPENER.sub("", np)  # ("Q: Passenger groups say …": the interviewer's label is no part of who)
        if np.lower() != low and _WHO_RX27.fullmatch(np) and \
                not any(m.kind == "person" for m in inside):
            # "In a letter to parishioners, read out on Sunday, the vicar wrote": the description left once the
            # setting before it is cut off is the person introduced so, as when it stands alone
            found = self._described(np.lower(), start) or self._recent_description(np.lower(), start)
            if found is not None:
                return found
        if re.fullmatch(_HUMAN, np, re.IGNORECASE) and np.endswith("s") or np.lower() in ("critics", "opponents",
                                                                                          "supporters"):
            return Speaker(np, "unnamed")  # 'Critics called it "…"', 'Officials said'
        if not np or "_" in np or _WHO_RX35.fullmatch(np) and np.lower() in NOT_NAMES:
            return None  # "and", "But": a conjunction left over from the clause, not a speaker
        orgs = [m for m in mentions if m.kind in ("org", "unknown", "place") and not m.possessive]
        if re.match(r"(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:[A-Za-z-]+\s+){0,3}?" + _HUMAN +
                    r"\b", np):
            return Speaker(np, "unnamed")  # "a spokeswoman for Cranmore"
        head = np.split()[-1].lower()
        if head in TITLE_WORDS and head not in ORG_WORDS and not self.cast.mentions_in(start, end - len(np) - 1) and \
                not any(m.kind == "org" and np.endswith(m.text) for m in mentions):  # not "the Ministry of Health"
            return Speaker(np, "unnamed")  # "the Frenchman", "the Prime Minister" with no name known
        np_at = self.masked.rfind(np, start, end)
        np_from = np_at if np_at >= 0 else end - len(np) - 1
        # "Stenmark, which owns 6% of Halberd, said": only the names inside the phrase that is left
        orgs = [m for m in orgs if m.start >= np_from and m.end <= np_from + len(np) + 1]
        named = [m for m in orgs if m.text.lower() not in DEMONYMS] or orgs
        if named and not _WHO_RX36.search(np):
            return Speaker(self._full_org(named[-1].text, start), "organisation")  # "Australian mining firm WMC Resources"
        if len(np.split()) <= 8 and np:
            if _WHO_RX28.match(np):
                np = np[4:]  # "The Ministry of Health, in a statement, said": the body's name
            bare = _WHO_RX29.fullmatch(np)
            if bare:
                # "the ministry said" after "the transport ministry ordered checks": as the story first described it
                fuller = {x.lower() for x in re.findall(r"\b[Tt]he\s+([a-z]+\s+" + bare.group(1) + r")\b", self.body[:start])}
                if len(fuller) == 1:
                    np = f"the {fuller.pop()}"
            return Speaker(np, "unnamed" if np[:1].islower() or _WHO_RX36.search(np) else
                           "organisation")
        return None

    def _aged(self, years: str, at: int) -> Speaker | None:
        """"the 61-year-old": the person given that age beside their name ("Jo Lee, 61,"), else the one the phrase
        first meant (the person the story was about then), for as long as the story uses it; else the one the story
        is about now ("the 29-year-old guard said": an age is a person's, the one last named)."""
        given = self._given_ages().get(years)
        if given is not None and given in self._named_before(at):
            return Speaker(given, "person")
        if years in self.ages:
            return self.ages[years]
        cur = self.tracker.current
        if cur is not None and cur.kind == "person":
            self.ages[years] = cur
            return cur
        if cur is None:
            # a feature's opening quotation ('"…," said the 54-year-old. Jo Lee says …'): no one named yet, so the
            # person the next sentences introduce
            k = self.article.ended_by(at)
            sents = self.article.sentences[k + 1:k + 3]
            ahead = [m for s in sents for m in self.cast.mentions_in(s.start, s.end) if m.kind == "person" and m.person
                     and "_" not in self.masked[m.start:m.end]]
            if ahead:
                self.ages[years] = Speaker(ahead[0].person, "person")
                return self.ages[years]
        return None

    def _given_ages(self) -> dict[str, str]:
        """Age -> the one person given it beside a name ("Jo Lee, 61,", "Mrs Lee, 61, said"); read once."""
        if self._ages_given is None:
            seen: dict[str, set[str]] = {}
            for m in self.cast.mentions:
                if m.kind == "person" and m.person and not m.possessive:
                    hit = _AGE_AFTER_NAME.match(self.body, m.end, m.end + 12)
                    if hit:
                        seen.setdefault(hit.group(1), set()).add(m.person)
            self._ages_given = {a: next(iter(p)) for a, p in seen.items() if len(p) == 1}
        return self._ages_given

    def _agreeing(self, pronoun: str, at: int) -> Speaker | None:
        """The person "he" or "she" means: the one the story is about, unless the article has shown that person to
        be the other ("Greave met Haldane. "…," she said" after "she had never seen …" of Haldane): then the
        latest person named, in the last paragraphs, whom it has shown to be the one the pronoun says."""
        cur = self.tracker.current
        want = {"he": "m", "she": "f"}.get(pronoun)
        body_of = _BODY_OF_PERSON.fullmatch(cur.name) if cur is not None and cur.kind == "unnamed" and want else None
        if body_of and body_of.group(2) not in _PERSON_HEADS and body_of.group(2) not in _RELATIONS and \
                not re.fullmatch(_HUMAN, body_of.group(2)) and self.cast.person(body_of.group(1)) is not None:
            # "Yaw Mensah-Clarke's parent club have not said …. "…," he said": no club is "he"; the person it belongs to
            cur = Speaker(body_of.group(1), "person")
        if want is not None and cur is not None and cur.kind == "organisation":
            # 'The trust said it would reply. … "…," she says': no body is "she"; the latest person shown to be one
            shown = self._latest_shown(want, at)
            if shown is not None:
                cur = shown
        if want is None or cur is None or cur.kind != "person":
            return cur
        sp = self._agreeing_person(cur, want, at)
        if sp is not None and sp.kind == "person" and self._genders().get(sp.name) not in (None, want):
            # 'The complaint came from a resident of Church Lane …. "…," he wrote' after a woman was quoted: no
            # named man is near, so "he" is the person the sentences just before met without a name
            unnamed = self._unnamed_before(want, at)
            if unnamed is not None:
                return unnamed
        if sp is not None and sp.kind == "person":
            if at not in self._pronouns:
                insort(self._pronoun_at, at)
            self._pronouns[at] = (sp.name, want)
        return sp

    def _unnamed_before(self, want: str, at: int) -> Speaker | None:
        """The person met without a name ('a resident of Church Lane', 'an elderly passenger') in the sentence of
        `at` or the two before it, outside quotations, when a "he" or "she" cannot be anyone named; the last one met,
        if its noun does not say it is the other sex."""
        k = self.article.ended_by(at)
        lo = self.article.sentences[max(0, k - 2)].start if k >= 1 else 0
        found = None
        for m in _MET_UNNAMED.finditer(self.masked, lo, at):
            other = _FEMALE_NOUN if want == "m" else _MALE_NOUN
            if not other.search(m.group(0)):
                found = m
        if found is None:
            return None
        return Speaker(found.group(0)[:1].lower() + found.group(0)[1:], "unnamed")

    def _pronoun_before(self, at: int) -> tuple[str, str] | None:
        """(person, sex) of the "he"/"she" resolved last before `at` in the same paragraph."""
        k = bisect_left(self._pronoun_at, at)  # (positions kept sorted: a long article resolves thousands)
        if k == 0 or self.article.paragraph_of(self._pronoun_at[k - 1]) != self.article.paragraph_of(at):
            return None
        return self._pronouns[self._pronoun_at[k - 1]]

    def _agreeing_person(self, cur: Speaker, want: str, at: int) -> Speaker | None:
        # '"We are close," he said. "Not close enough," she replied.': "she" is not the man "he" just was
        prev = self._pronoun_before(at)
        turned = prev is not None and prev[0] == cur.name and prev[1] != want
        if not turned and self._genders().get(cur.name, want) == want:
            return cur
        recent = [m for m in reversed(self.cast.mentions_in(max(0, at - 2000), at)) if m.kind == "person" and m.person]
        # a title ("Mr Lee", "her husband") shows the sex for sure; a pronoun after the name only suggests it
        sure = cur.name in self._titled or turned  # (set by _genders, called above)
        k = self.article.ended_by(self._quote_open_before(at))
        near = self.article.sentences[k - 1].start if k >= 1 else 0  # the sentence before the quote's, and its own
        if k >= 2 and re.match(r"\W*(?:he|she)\s", self.masked[near:near + 8], re.IGNORECASE):
            near = self.article.sentences[k - 2].start  # ("X, the inspector. She said … "…," she told the jury")
        recent = [m for m in recent if not self._spoken_of(m, want)]
        # the latest sentence whose subject was someone of that sex ("His son has softened on that." names no one)
        subject_at = next(((pos, sp) for pos, sp in reversed(self.tracker.history) if pos < at and
                           sp.name != cur.name and self._genders().get(sp.name) == want), None)
        for m in recent:
            sex = self._genders().get(m.person)
            if sex == want and m.person != cur.name and "_" not in self.masked[m.start:m.end] and \
                    subject_at is not None and subject_at[0] > m.start and subject_at[1].name != m.person:
                return subject_at[1]  # (named before it and not since: the later subject is meant)
            if sex == want and m.person != cur.name and "_" not in self.masked[m.start:m.end] or \
                    sure and sex is None and m.start >= near and m.person != cur.name and \
                    "_" not in self.masked[m.start:m.end]:  # (a name inside a quotation is the speaker's subject)
                # ("… is run by Jo Ancrum, a former officer. "…," she said": the one just named, not shown to be a man)
                return Speaker(m.person, "person")
        if sure:
            # the one the story is about is shown to be the other: "she" is the latest person not shown to be so
            for m in recent:  # (after a turn of "he" and "she", a pronoun read after a name does not count)
                if m.person != cur.name and (self._genders().get(m.person) is None or
                                             turned and m.person not in self._titled):
                    return Speaker(m.person, "person")
        if cur.name in self._titled and not turned or self._genders().get(cur.name) not in (None, want):
            # "Sir Edwin said …. She took it hard. "…," she told an interviewer": the woman the story named
            # further back (an obituary's subject), not the man a title or his pronouns show him to be
            shown = self._latest_shown(want, at)
            if shown is not None and shown.name != cur.name:
                return shown
        return cur

    def _spoken_of(self, m: Mention, want: str) -> bool:
        """Whether `m` is named inside what a "he"/"she" of the wanted sex reports earlier in its sentence ("She said
        the two men who fell, Jo Ng and Al Roe, had …"): the next "she said" is that woman again, not one of them."""
        k = self.article.ended_by(m.start)
        if k >= len(self.article.sentences):
            return False
        lead = self.masked[self.article.sentences[k].start:m.start]
        pron = "she" if want == "f" else "he"
        return bool(re.search(r"\b" + pron + r"\s+(?:\w+\s+)?(?:" + _VERBS_RX + r")\b[^_]*$", lead, re.IGNORECASE))

    def _latest_shown(self, want: str, at: int) -> Speaker | None:
        """The person named last before `at`, outside quotations, whom the article shows to be `want` ('m'/'f')."""
        for m in reversed(self.cast.mentions_in(0, at)):
            if m.kind == "person" and m.person and self._genders().get(m.person) == want and \
                    "_" not in self.masked[m.start:m.end]:
                return Speaker(m.person, "person")
        return None

    def _quote_open_before(self, at: int) -> int:
        """Where the quotation that closes right before `at` opens ('"…. …," she said'), else `at`."""
        lo = max(0, at - 3000)
        lead = self.body[lo:at]
        close = max(lead.rfind('"'), lead.rfind("”"))
        if close < 0 or lead[close + 1:].strip(" ,"):
            return at
        opening = max(lead.rfind('"', 0, close), lead.rfind("“", 0, close))
        return lo + opening if opening >= 0 else at

    def _genders(self) -> dict[str, str]:
        """'m' or 'f' for each person the article shows to be one: by an honorific ("Mr", "Ms") or a word of
        their role ("chairwoman", "mum-of-two"; "chairman" is used for women too), else by the subject and
        possessive pronouns that follow their name in the same or the next sentence before anyone else is named,
        when they all agree ("Mr Lee replied …. A murmur went round. "…," she said": the title outweighs the
        "she" about someone else). Worked out once per article."""
        if self._gender_index is not None:
            return self._gender_index
        votes: dict[str, list[str]] = {}
        tags: dict[str, list[str]] = {}
        titled: dict[str, str] = {}  # by an honorific or a word of the role: that decides, whatever pronouns follow
        persons = [m for m in self.cast.mentions if m.kind == "person" and m.person]
        for p in self.cast.people:
            role = f"{p.role} {' '.join(p.aliases)}".lower()
            if re.search(r"\b(?:mr|sir|lord|father|dad|grandad|grandfather|spokesman|husband|son|brother|"
                         r"king|prince|mum|mother|grandmother|chairwoman|spokeswoman|wife|daughter|sister|mrs|ms|miss|"
                         r"dame|lady|queen|princess|grandson|granddaughter|nephew|niece|uncle|aunt|widow|widower)\b", role):
                female = re.search(r"\b(?:mum|mother|grandmother|chairwoman|spokeswoman|wife|daughter|sister|mrs|ms|"
                                   r"miss|dame|lady|queen|princess|granddaughter|niece|aunt|widow)\b", role)
                male = re.search(r"\b(?:mr|sir|lord|father|dad|grandad|grandfather|spokesman|husband|son|"
                                 r"brother|king|prince|grandson|nephew|uncle|widower)\b", role)
                if bool(female) != bool(male):
                    titled[p.name] = "f" if female else "m"
        for m in persons:  # "Mr Aldo Brenn" (an honorific before the full name is no alias)
            hon = _GENDERED_HONORIFIC.match(m.text) or _GENDERED_HONORIFIC_BEFORE.search(
                self.body, max(0, m.start - 7), m.start)
            if hon and m.person not in titled:
                titled[m.person] = "f" if hon.group(1).lower() in ("mrs", "ms", "miss", "dame", "lady") else "m"
        for k, m in enumerate(persons):
            if m.possessive or "_" in self.masked[m.start:m.end]:
                continue  # (a name inside a quotation: the "he said" after it is the speaker, not that person)
            stop = persons[k + 1].start if k + 1 < len(persons) else len(self.body)
            k2 = self.article.ended_by(m.end)
            limit = self.article.sentences[k2 + 1].end if k2 + 1 < len(self.article.sentences) else len(self.body)
            # every "he", "his", "she", "hers" up to the next name: "Jo Park said she had been …. "…," he said"
            # leaves Park undecided rather than a woman; "him" and "her" are mostly someone else (an object)
            stretch = self.masked[m.end:min(stop, limit)]
            for pron in re.finditer(r"\b(he|his|she|hers)\b", stretch, re.IGNORECASE):
                sex = "m" if pron.group(1).lower() in ("he", "his") else "f"
                if pron.group(1).lower() in ("he", "she") and re.search(r"_\s*$", stretch[:pron.start()]):
                    tags.setdefault(m.person, []).append(sex)  # '"…," she admits': the tag of her own quotation
                if _REPORTED_SUBJECT.search(stretch, 0, pron.start()):
                    continue  # "Jo Park said she had been a hard author": the one spoken of, often someone else
                votes.setdefault(m.person, []).append(sex)
        # a quotation's own tag outweighs a pronoun inside what was reported ("X says the parish has no plan for
        # the day he stops. "…," she admits")
        votes |= {name: v for name, v in tags.items() if len(set(v)) == 1 and len(set(votes.get(name, v))) > 1}
        self._gender_index = {name: v[0] for name, v in votes.items() if len(set(v)) == 1} | titled
        self._titled = set(titled)  # (whose sex a title or a word of their role shows)
        return self._gender_index

    def _pair_before(self, at: int) -> tuple[str, str] | None:
        """The two people the nearest sentence before `at` names (its part before `at` first, then up to two
        sentences back): what "the former" and "the latter" point to."""
        k = self.article.ended_by(at)
        sents = [s for s in self.article.sentences[max(0, k - 2):k + 1] if s.start < at]
        for sent in reversed(sents):
            named: list[str] = []
            for m in self.cast.mentions_in(sent.start, min(sent.end, at)):
                if m.kind == "person" and m.person and not m.possessive and m.person not in named:
                    named.append(m.person)
            if len(named) >= 2:
                return named[0], named[1]
        return None

    def _described(self, low: str, at: int | None = None) -> Speaker | None:
        """'the former nurse': the one person whose role was written as 'a former nurse' beside the name, among
        those named before `at` (a description never points ahead to someone the story has not met yet)."""
        m = re.fullmatch(r"the\s+((?:[a-z-]+\s+){0,3}[a-z-]+)", low)
        if m is None:
            return None
        known = self._named_before(at)
        owners = {p.name for p in self.cast.people if p.kind == "person" and _described_as(m.group(1), p.role.lower())}
        if not owners and " " in m.group(1):
            # "the former minister" after "The former health minister, Derek Amos,": the words in order, the same head
            spread = r"\b" + r"\s+(?:[a-z-]+\s+){0,2}".join(map(re.escape, m.group(1).split())) + r"$"
            owners = {p.name for p in self.cast.people if p.kind == "person" and re.search(spread, p.role.lower())}
        # 'Mayor Ingrid Solheim, a former nurse,': the description set off after a name
        owners |= {person for person, rest in self._set_off().get(m.group(1).split()[0], ())
                   if _described_as(m.group(1), rest)}
        if not owners and " " in m.group(1) and m.group(1).split()[-1] in TITLE_WORDS:
            # "the union boss" after "union boss Carla Voigt" (her role read as "boss"): the one person whose role
            # ends in that title
            head = m.group(1).split()[-1]
            owners = {p.name for p in self.cast.people if p.kind == "person" and p.role.lower().split()[-1:] == [head]}
        owners &= known
        if not owners and m.group(1).split()[-1] in _COUNSEL:
            # "the barrister said" after "Ann Lee KC": the letters after a name say what the role does not
            body = self.body[:at] if at is not None else self.body
            owners = {p for p in known if re.search(re.escape(p) + r",?\s+[KQS]C\b", body)}
        return Speaker(owners.pop(), "person") if len(owners) == 1 else None

    def _relative(self, low: str, at: int) -> Speaker | None:
        """'Her daughter' after 'Her daughter, Ann Lee, said …': the one person met before `at` given that relation."""
        kin = _KIN_SUBJECT.fullmatch(low)
        if kin is None:
            return None
        known = self._named_before(at)
        owners = {p.name for p in self.cast.people if p.name in known and re.sub(
            r"^(?:his|her|their)\s+", "", p.role.lower()).split(",")[0].strip() == kin.group(1)}
        if not owners:
            # "his father, Ioan, …. Ioan Brannagh never trusted batteries. His son has softened": the relation turned
            # round from the relative the story is on is the person that relative belongs to, the story's own subject
            cur = self.tracker.current
            role = self.cast.person(cur.name).role.lower() if cur is not None and self.cast.person(cur.name) else ""
            mine = re.fullmatch(r"(?:his|her|their)\s+(?:late\s+)?([a-z]+)", role)
            word = kin.group(1).split()[-1]
            if mine and _RECIPROCAL.get(mine.group(1), set()) & {word}:
                principal = next((p for p in self.cast.people if p.kind == "person" and p.name in known and
                                  p.name != cur.name and not re.match(r"(?:his|her|their)\s", p.role.lower())), None)
                if principal is not None:
                    return Speaker(principal.name, "person")
        return Speaker(owners.pop(), "person") if len(owners) == 1 else None

    def _latest_public_body(self, at: int) -> Speaker | None:
        """The public body named last before `at` ("the Fuel Standards Office"): what "the regulator" or
        "the watchdog" means when the story never called it so beside its name."""
        for m in reversed(self.cast.mentions_in(max(0, at - 4000), at)):
            if m.kind == "org" and not m.possessive and set(m.text.lower().split()) & _PUBLIC_BODY_WORDS:
                return Speaker(self._full_org(m.text, at), "organisation")
        return None

    def _fresh_unroled(self, low: str, inside: list[Mention], at: int) -> Speaker | None:
        """'His opposite number, Jonah Abiodun, saw it differently. "…," the Wanderers boss said': a title with a body
        that nobody was given is the person the sentence before introduced with no role of their own."""
        if not re.fullmatch(r"the\s+(?:[a-z-]+\s+){1,3}[a-z-]+", low) or low.split()[-1] not in _PERSON_HEADS or \
                not any(m.kind in ("org", "unknown") and not m.possessive for m in inside):
            return None
        cur = self.tracker.current
        k = self.article.ended_by(at)
        if cur is None or cur.kind != "person" or k < 1:
            return None
        prev = self.article.sentences[k - 1]
        named = [m for m in self.cast.mentions_in(prev.start, prev.end) if m.kind == "person" and m.person]
        person = self.cast.person(cur.name)
        if len({m.person for m in named}) == 1 and named[0].person == cur.name and person is not None and \
                not person.side and not any(w in TITLE_WORDS or w in _PERSON_HEADS for w in person.role.lower().split()):
            return cur
        return None

    def _owned_title(self, low: str, inside: list[Mention], at: int) -> Speaker | None:
        """'the Albion manager' after 'Albion boss Neil Hale': the one person met so far whose role or side names
        that body and whose title is that one or its synonym."""
        bodies = [m for m in inside if m.kind in ("org", "unknown") and not m.possessive]
        head = low.split()[-1]
        if not bodies or head not in _PERSON_HEADS:
            return None
        same = {head}.union(*(g for g in _SAME_TITLE if head in g))
        marks = {w.lower() for m in bodies for w in m.text.split()}
        known = self._named_before(at)
        owners = {p.name for p in self.cast.people if p.name in known and p.role and
                  p.role.lower().split()[-1] in same and
                  marks & {w.lower().strip(".,'’") for w in f"{p.role} {p.side}".split()}}
        return Speaker(owners.pop(), "person") if len(owners) == 1 else None

    def _named_before(self, at: int | None) -> set[str]:
        """Everyone the text has named before `at` (everyone, when `at` is None)."""
        if at is None:
            return {p.name for p in self.cast.people if p.kind == "person"}
        # each person's first name-ending, sorted, built once: scanning every mention before `at` for
        # every speaker made long articles quadratic; a mention counts once `at` reaches max(start + 1, end)
        ends, names = self.cast.derived("named_before", self._first_mention_ends)
        return set(names[:bisect_right(ends, at)])

    def _first_mention_ends(self) -> tuple[list[int], list[str]]:
        first: dict[str, int] = {}
        for m in self.cast.mentions:
            if m.kind == "person" and m.person:
                reach = max(m.start + 1, m.end)
                if reach < first.get(m.person, reach + 1):
                    first[m.person] = reach
        pairs = sorted((e, n) for n, e in first.items())
        return [e for e, _ in pairs], [n for _, n in pairs]

    def _counsel(self, sp: Speaker | None) -> bool:
        """Whether `sp` is a barrister in the story: 'KC'/'QC'/'SC' after the name, or a role that says so."""
        if sp is None or sp.kind != "person":
            return False
        p = self.cast.person(sp.name)
        return bool(re.search(re.escape(sp.name) + r",?\s+(?:[KQS]C\b|for\s+the\s+(?:defen[cs]e|prosecution|Crown)\b)",
                              self.body)) or p is not None and bool(
            re.search(r"\b(?:counsel|barrister|prosecutor|prosecuting|defending|silk)\b", p.role.lower()))

    def _giving_evidence(self, at: int) -> Speaker | None:
        """'the witness' in a court report: the person last said to be giving evidence ('Jo Park, 38, was giving
        evidence on the sixth day', 'took the stand', 'testified'), named before `at`."""
        found = None
        for hit in re.finditer(r"\b(?:was|is|were)\s+giving\s+evidence|\bgave\s+evidence|\btook\s+the\s+stand|"
                               r"\btestified|\bgiving\s+evidence", self.masked[:at]):
            sent = self.article.sentence_at(hit.start())
            if sent is None:
                continue
            named = [m for m in self.cast.mentions_in(sent.start, hit.start()) if m.kind == "person" and m.person and
                     not m.possessive and "_" not in self.masked[m.start:m.end]]
            if named:
                found = Speaker(named[0].person, "person")
        return found

    def _recent_description(self, low: str, at: int) -> Speaker | None:
        """'the witness', 'the Union Minister', 'the former CM': the person last introduced with those words
        ('the first witness, forklift driver Jo Park', 'Former Chief Minister and party leader Shri Ravi Rao',
        'Jo Park, the former minister,'), searched back from `at` sentence by sentence."""
        m = re.fullmatch(r"the\s+((?:[a-z-]+\s+){0,3}[a-z-]+)", low)
        if m is None or m.group(1).split()[-1] not in _PERSON_HEADS and not re.fullmatch(_HUMAN, m.group(1).split()[-1]):
            return None
        words = m.group(1).split()
        if words[-1].endswith("s") and words[-1] not in _PERSON_HEADS:
            return None  # "the officials": several people, not the one last named
        full = {v: k for k, v in ROLE_ABBREVIATIONS.items()} | {"cm": "chief minister", "dm": "district magistrate"}
        words = [w2 for w in words for w2 in full.get(w, w).split()]
        same = {words[-1]}.union(*(g for g in _SAME_TITLE if words[-1] in g))  # "the charity boss": its chief executive
        if words == ["officer"]:
            same |= _POLICE_RANKS
        parts = [re.escape(w) + r"(?:['’]s)?" for w in words[:-1]] + ["(?:" + "|".join(map(re.escape, sorted(same))) + ")"]
        rx = r"\b" + r"\s+(?:[\w-]+\s+){0,2}?".join(parts) + r"\b"
        if len(words) == 2 and words[0] not in _PERSON_HEADS:
            # "the council leader" after "the leader of Ashmoor District Council, Bertil Lund": the words turned round
            rx += r"|\b" + parts[-1] + r"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?" + parts[0] + r"\b"
        pattern = re.compile(rx, re.IGNORECASE)
        k = self.article.ended_by(at)
        sents = self.article.sentences
        here = self.article.sentence_at(at)
        stretches = [(here.start, at)] if here is not None and here.start < at else []
        stretches += [(sents[j].start, sents[j].end) for j in range(k - 1, max(-1, k - 16), -1)]
        for a, b in stretches:
            text = self.masked[a:b]
            found = {self._introduced(a, b, hit) for hit in pattern.finditer(text)
                     if not _ADVERB_VERB_AFTER.match(text[hit.end():])} - {None}
            if found:  # two people given the same words in one sentence: neither is meant
                return Speaker(found.pop(), "person") if len(found) == 1 else None
        if words in (["chief", "executive"], ["boss"]):
            # "the chief executive" after "The head of Eastmere Water, Grainne Ola," (however far back): the one
            # person introduced as the head of a named body
            head = re.compile(r"\b[Hh]ead\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")
            found = {self._introduced(sent.start, sent.end, hit) for sent in sents[:k]
                     for hit in head.finditer(self.masked[sent.start:sent.end])} - {None}
            if len(found) == 1:
                return Speaker(found.pop(), "person")
        return None

    def _introduced(self, a: int, b: int, hit: re.Match) -> str | None:
        """The person a description found in the sentence [a, b) introduces: the name right after it ('the first
        witness, forklift driver Jo Park') or right before it ('Jo Park, the former minister,')."""
        persons = [x for x in self.cast.mentions_in(a, b) if x.kind == "person" and x.person and not x.possessive]
        before = next((x for x in reversed(persons) if x.end <= a + hit.start()), None)
        if before is not None and re.fullmatch(r",?\s+(?:(?:a|an|the|now|once)\s+)?",
                                               self.masked[before.end:a + hit.start()]):
            return before.person  # "Jo Park, the former minister,"
        after = next((x for x in persons if x.start >= a + hit.end()), None)
        if after is not None:
            gap = self.masked[a + hit.end():after.start]
            if "_" not in gap and len(gap.split()) <= 10 and not re.match(r"\s*,\s*(?:and|or|but|while)\b", gap) and \
                    not _SPEECH_OR_MEETING.search(gap):
                return after.person
        return None

    def _set_off(self) -> dict[str, list[tuple[str, str]]]:
        """(person, 'a former nurse, …') for every description set off after a person's name, by its first
        word after the article: read once, not once per 'the … said' (a long article has thousands)."""
        if self._set_off_index is None:
            index: dict[str, list[tuple[str, str]]] = {}
            for x in self.cast.mentions:
                if x.kind == "person" and x.person and not x.possessive:
                    after = re.match(r",\s+((?:an?|the)\s+([a-z-]+).*)", self.body[x.end:x.end + 120].lower(),
                                     re.DOTALL)
                    if after:
                        index.setdefault(after.group(2), []).append((x.person, after.group(1)))
            self._set_off_index = index
        return self._set_off_index

    def _statement_issuer(self, before: int, noun: str = "statement") -> Speaker | None:
        """The organisation or person the nearest earlier sentence says issued a statement ('X said in a
        statement', 'X issued a statement'), within the last few sentences."""
        sents: list[Sentence] = []
        k = self.article.ended_by(before) - 1  # the last sentence that ends by `before`
        while k >= 0 and len(sents) < 4:
            if not self.article.sentences[k].furniture:
                sents.insert(0, self.article.sentences[k])
            k -= 1
        for sent in reversed(sents):
            text = self.masked[sent.start:sent.end]
            # "In an emailed statement, the company said …": the statement named first, then who said it
            # ("In a letter to the chief executive released on Monday, the union demanded that …": a letter's)
            verbs = r"said|says|added" if noun == "statement" else r"said|says|added|demanded|wrote|warned|urged|asked"
            lead = re.search(r"\b[Ii]n\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}" + noun +
                             r"(?:\s+[^,_]{1,90})?,\s+(?=[^,_]{1,80}?\b(?:" + verbs + r")\b)", text)
            if lead is not None:
                verb = re.search(r"\b(?:" + verbs + r")\b", text[lead.end():])
                at = sent.start + lead.end() + verb.start()
                issuer = self.who(sent.start + lead.end(), at)
                bare = re.fullmatch(r"the\s+([a-z]+)", issuer.name) if issuer is not None else None
                if bare:  # "the union": the union the story named
                    issuer = self._story_org(issuer.name, at) or self._named_org(bare.group(1), at) or \
                        self._set_off_org(bare.group(1), at) or issuer
                return issuer
            m = re.search(r"\b(?:said|says|added|issued|released|published|sent|wrote)\s+(?:in\s+)?(?:a|an|its|their|his|"
                          r"her)\s+(?:[\w-]+\s+)?" + noun + r"\b", text)
            if m is None:
                continue
            verb = re.search(r"\b(?:said|says|added|issued|released|published)\b", text[m.start():])
            at = sent.start + m.start() + (verb.start() if verb else 0)
            return self.who(self._clause_start(sent.start, at, quotes_cut=False), at)
        return None

    def _set_off_org(self, kind: str, at: int) -> Speaker | None:
        """The organisation named right after a description of its kind ('The union that represents most of the
        workforce, Unite Food, described …'), the latest before `at`: what 'the union' means later."""
        found = None
        for hit in re.finditer(r"\b[Tt]he\s+" + re.escape(kind) + r"\b[^.;_]{0,100}?,\s+", self.masked[:at]):
            org = next((m for m in self.cast.mentions_in(hit.end(), hit.end() + 80) if m.start == hit.end()), None)
            if org is not None and org.kind in ("org", "person") and self.body.startswith(",", org.end):
                # (a body's name read as a person's, "Unite Food", is the body's here: its kind was just given)
                found = Speaker(self._full_org(org.text, at) if org.kind == "org" else org.person or org.text,
                                "organisation")
        return found

    def _full_org(self, name: str, at: int | None = None) -> str:
        """'Stenmark' after 'private equity firm Stenmark Capital': a one-word short form of the one longer
        organisation name that starts with it. Where several start with it ('Dunmore College', 'Dunmore Student
        Guild', 'Dunmore College Staff Association'), a body inside another is not what the short form means, and
        of the rest it is the one the last sentences called by its kind ('The college has refused …')."""
        if " " in name:
            return name
        longer = {o for o in self.cast.orgs if o.startswith(name + " ") and len(o.split()) <= 4}
        longer = {o for o in longer if not any(o != x and o.startswith(x + " ") for x in longer)}
        if len(longer) > 1 and at is not None:
            recent = self.body[max(0, at - 600):at].lower()
            kinds = {o: max(recent.rfind("the " + w.lower() + t) for w in o.split()[1:] if w[:1].isupper()
                            for t in (" ", ",", ".", "'", "’"))
                     for o in longer}  # "the institute" for "Marlowe Institute of Technology"
            best = max(kinds.values())
            if best >= 0 and list(kinds.values()).count(best) == 1:
                return next(o for o, k in kinds.items() if k == best)
        return longer.pop() if len(longer) == 1 else name

    def _past_modifiers(self, first: Mention, persons: list[Mention]) -> Mention:
        """'Lib Dem leader Charles Kennedy': a name followed by a title and a name is not the person."""
        while True:
            after = [m for m in persons if m.start > first.end and not m.possessive]
            gap = self.body[first.end:after[0].start] if after else ""
            if after and re.fullmatch(r"(?:\s+[a-z][a-z-]*){1,3}\s+", gap) and all(
                    w in TITLE_WORDS for w in gap.split()):
                first = after[0]
                continue
            return first

    # -- the three attribution patterns --------------------------------------------------

    def before(self, seg: Segment, floor: int) -> Speaker | None:
        """'X said: "…"' — an introduction that ends with a colon."""
        intro = self.masked[floor:seg.open]
        written = re.search(r"\b(?:a|an|the)\s+((?:[a-z-]+\s+){0,2}?(?:page|log|entry|sign|notice|note|placard|banner|"
                            r"plaque|message|letter|card|label|headline|document|form)s?)\b[^_]{0,80}?\b(?:which|that|it)\s+"
                            r"(?:read|reads|said|says|stated)\s*:?\s*$", intro)
        if written:  # 'a page from the site log, in his handwriting, which read: "…"': the text's words, no one's
            return Speaker(f"the {written.group(1)}", "unnamed")
        m = _VERB_BEFORE_COLON.search(intro)
        if m is not None:
            # "Asked whether anyone had complained, she said:": the verb nearest the colon introduces the words
            later = [x for x in _VERB_IN_INTRO.finditer(intro)
                     if x.start() > m.start() and re.fullmatch(r"[^_.;]*?\s*:\s*", intro[x.end():])]
            m = later[-1] if later else m
        comma = _VERB_COMMA_END.search(intro) \
            if m is None else None  # ('One man told me, "…"')
        if comma is not None:
            # 'The organist, Jo Park, came up and said, "…"': a comma after the verb introduces the words as a
            # colon does; only a named subject is taken, so a stray comma does not guess
            at = floor + comma.start(1)
            aside = re.search(r"(?:^|,\s+)((?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[a-z-]+\s+){0,2}" + _HUMAN + r")\s+$",
                              intro[:comma.start(1)])
            if aside is not None:
                return Speaker(aside.group(1), "unnamed")  # 'looking, one delegate said, "like …"': that one
            paper = re.search(r"(?:^|[.;]\s+)((?:the|this|that|its|his|her|their)\s+(?:[a-z'’-]+\s+){0,2}?(?:report|letter|"
                              r"statement|log|note|document|memo|minutes|judgment|ruling|study|survey|review|notice|"
                              r"leaflet|sign|plaque|inscription)(?:\s+itself)?)\s+$", intro[:comma.start(1)], re.IGNORECASE)
            if paper is not None:  # 'The report itself says, "…"': a text's words, no one's to name
                return Speaker(re.sub(r"\s+itself$", "", paper.group(1)).lower(), "unnamed")
            sp = self.who(self._clause_start(floor, at), at)
            return sp if sp is not None and sp.kind in ("person", "organisation", "joint") else None
        if m is None:
            m2 = _VERB_COLON_END.search(intro)
            if m2 is None:
                colon = re.search(r"\s*:\s*$", intro)
                if colon is None or colon.start() == 0:
                    return None
                # "Union organiser Bev Carter was blunter: "…"": the person the introduction is about
                at = floor + colon.start()
                last = [x for x in self.cast.mentions_in(floor, at) if x.kind == "person" and x.person and
                        not x.possessive and not self.body[x.end:at].strip()]
                if last and re.search(r"\b(?:of|from|to|by)\s+(?:[A-Z][\w.'’-]*\s+){0,4}$",
                                      self.body[floor:last[-1].start]):
                    # "Then it was the turn of Dame Ottoline Farr: "…"": the one named right before the colon
                    return Speaker(last[-1].person, "person")
                return self._person_subject(self._clause_start(floor, at), at)
            m = m2
        verb_at = floor + m.start(1)
        who_rel = re.search(r"(?:^|\s)((?:a|an|one|another)\s+(?:[a-z-]+\s+){0,2}[a-z-]+(?:\s+(?:in|from|at|of)\s+"
                            r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?),\s+who\s+(?:" + _ADVERBS + r")$",
                            self.masked[floor:verb_at])
        if who_rel and not any(x.kind == "person" for x in self.cast.mentions_in(floor + who_rel.start(1), verb_at)):
            return Speaker(who_rel.group(1), "unnamed")  # 'read out a text from a listener in Ashby Vale, who wrote:'
        if m.group(1) in SAY_VERBS and m.group(1) not in ("told", "tells", "asked", "asks") and \
                re.match(r"\s*(?:[A-Z]|the\s)", self.body[floor + m.end(1):seg.open]) and \
                not re.search(r"\b(?:he|she|it|they)\s*$", self.body[floor:verb_at]):
            # "said Rosa Delgado:" — the name follows the verb
            tail_who = self.who(floor + m.end(1), seg.open - 1)
            head_who = self.who(self._clause_start(floor, verb_at), verb_at)
            return head_who or tail_who
        return self.who(self._clause_start(floor, verb_at), verb_at)

    def _clause_start(self, floor: int, at: int, quotes_cut: bool = True) -> int:
        text = self.masked[floor:at]
        cut = max(text.rfind("_") if quotes_cut else -1, text.rfind(";"), text.rfind(". "))
        label = _TURN_LABEL.match(text) if cut < 0 else None
        if label and (floor == 0 or self.masked[floor - 1] == "\n"):
            return floor + label.end()  # "REPORTER: The guild says …": a transcript's turn label is no one's subject
        return floor + cut + 1 if cut >= 0 else floor

    def after(self, seg: Segment) -> Speaker | None:
        """'"…," X said' / '"…," said X' / '"…," according to X'."""
        if seg.close is None:
            return None
        nm = _MARK_OR_BREAK.search(self.body, seg.close + 1)
        stop = nm.start() if nm else len(self.body)
        base = seg.close + 1
        over = _TAG_OVER_BREAK.match(self.body, base) if seg.text.rstrip().endswith(",") else None
        if over:  # '"…, Nobody came until ten," ¶ said Abena Sarfo, who …': a quotation's own paragraph ends on its
            # comma, and its tag opens the next one
            nm = _MARK_OR_BREAK.search(self.body, over.end())
            base, stop = over.end() - 1, nm.start() if nm else len(self.body)
        tail = _unabbrev(self.body[base:stop])
        # "U.S. Marshal Kay Dunn said": an acronym's full stops end no sentence (same length, so offsets hold)
        tail = re.sub(r"\b(?:[A-Z]\.){2,}(?=\s+[A-Z])", lambda x: x.group().replace(".", "·"), tail)
        ended = seg.text.rstrip()[-1:] in {".", "…"} and not tail.lstrip().startswith(",")
        if ended and not re.match(r"\s*[a-z]", tail) or re.match(r"\s*[.!?]", tail):
            return None
        if re.match(r"\s*(?:and|but|or|then)\s+(?:also\s+|later\s+)?[a-z]+(?:ed|s)\b", tail):
            return None  # '… was "a first step" and criticised …': the sentence's own subject goes on
        if re.match(r"\s*,?\s*(?:while|whereas|but|and|although|though)\s", tail) and \
                re.search(r"[A-Za-z]\s*$", self.masked[max(0, seg.open - 40):seg.open]):
            return None  # 'The former called it "…", while Ferrante said …': the next clause has its own speaker
        m = re.match(r"\s*,?\s*according\s+to\s+([^.;]+)", tail) or _TAIL_VERB_NP.match(tail)
        if m:
            np_end = base + m.start(1) + self._np_len(m.group(1))
            if _DETERMINER.match(m.group(1)) and not any(x.kind == "person" for x in self.cast.mentions_in(
                    base + m.start(1), np_end)):
                named = self.named_after(np_end)
                if named is not None:
                    return named  # '"…," says the harbourmaster, Torin Blackett, looking on': the name set off
            sp = self.who(base + m.start(1), np_end)
            if sp is None or sp.kind == "unnamed":  # '"…," said its director, Tomas Egede.' ('according to its …')
                return self.named_after(np_end) or sp
            return sp
        m = _TAIL_NP_VERB.match(tail)
        if m and not re.match(r"\s*[,.?!]", tail) and not seg.text.rstrip()[-1:] in (",", "?", "!", "…", "-", "—") \
                and not _TAG_SUBJECT.match(m.group(1)):
            m = None  # '"would gladly sit out" any race if his team asked him': the sentence goes on
        if m:
            if m.group(2) in ("added", "continued") and re.fullmatch(r"the\s+[a-z][\w'’ -]*", m.group(1)) and \
                    not self.cast.mentions_in(base + m.start(1), base + m.end(1)) and self.tracker.current:
                return self.tracker.current  # '"…," the charity's director added': the same speaker goes on
            sp = self.who(base + m.start(1), base + m.end(1))
            if m.group(2) in ("told", "asked") and m.group(1).strip().lower() in ("he", "she"):
                return self._other_side(sp, base + m.end(2))
            return sp
        m = _TAIL_SET_OFF_VERB.match(tail)
        if m:
            sp = self.who(base + m.start(1), base + m.end(1))
            named = self.cast.mentions_in(base + m.start(2), base + m.end(2))
            if (sp is None or sp.kind != "person") and len(named) == 1 and named[0].kind == "person" and \
                    not named[0].possessive and named[0].end == base + m.end(2) and re.fullmatch(
                        _HONORIFIC_GAP, self.body[base + m.start(2):named[0].start]):  # (", Dr Jo Park, said")
                return Speaker(named[0].person, "person")  # '"…," the firm's chief, Jo Park, said'
            return sp
        return self._name_then_verb(base, tail)

    def _party_member(self, state: str, party: str, at: int) -> Speaker | None:
        """'the Texas Republican': the one person named before `at` with 'R-Texas' (or 'R-Tex.') after the name, as
        American copy tags a legislator; the state is matched by its opening letters ('Calif.' for California)."""
        found = set()
        for m in self.cast.mentions_in(0, at):
            tag = _PARTY_TAG.match(self.body, m.end) if m.kind == "person" and m.person else None
            if tag and tag.group(1) == party[0].upper() and (
                    not state or state.replace(" ", "").startswith(tag.group(2).lower().replace(".", "").replace(" ", ""))):
                found.add(m.person)
        return Speaker(found.pop(), "person") if len(found) == 1 else None

    def _members_of(self, at: int) -> Speaker | None:
        """The body whose members are the plural subject in the paragraph before `at`: "Analysts at X said …",
        "Lawyers for X told …" make a later "they" in that paragraph X's voice; None when no such subject opens a
        sentence there, or a person or another body is named after it."""
        para = self.body.rfind("\n", 0, at) + 1
        found = None
        for m in self.cast.mentions_in(para, at):
            if m.kind == "org" and not m.possessive and _MEMBERS_OF.search(self.body, max(para - 1, m.start - 40, 0), m.start):
                found = m
            elif found is not None and m.kind in ("org", "person"):
                found = None if m.kind == "person" or m.text != found.text else found
        return Speaker(self._full_org(found.text, found.start), "organisation") if found is not None else None

    def named_after(self, at: int) -> Speaker | None:
        """The person whose name is set off right after a description that ends at `at` ("its director, Jo Lee")."""
        named = next(iter(self.cast.mentions_in(at, at + 60)), None)
        if named is not None and named.kind == "person" and not named.possessive and \
                _NAME_SET_OFF_GAP.fullmatch(self.body, at, named.start):  # (", the former sprinter Jo Lee")
            return Speaker(named.person, "person")
        return None

    def _other_side(self, sp: Speaker | None, after_verb: int) -> Speaker | None:
        """'"…," he told Marsh' when the story was about Marsh: "he" is the one Marsh was talking to."""
        listener = next(iter(self.cast.mentions_in(after_verb, after_verb + 40)), None)
        if sp is None or listener is None or listener.person != sp.name or \
                not re.fullmatch(r"\s+", self.body[after_verb:listener.start]):
            return sp
        sent = self.article.sentence_at(after_verb)
        before = sent.start if sent is not None else after_verb
        for m in reversed(self.cast.mentions_in(max(0, before - 1500), before)):
            if m.kind == "person" and not m.possessive and m.person != sp.name:
                return Speaker(m.person, "person")  # the last other person named: the one talking to them
        return sp

    def _name_then_verb(self, base: int, tail: str) -> Speaker | None:
        """'"…," Jo Park weighed in': a named person right after the quote, then any verb, is its speaker."""
        lead = re.match(r"[ ,]*", tail).end()
        first = next(iter(self.cast.mentions_in(base + lead, base + len(tail))), None)
        if first is None or first.start != base + lead or first.kind != "person" or first.possessive:
            return None
        if re.match(r"\s+(?!(?:and|or|of|who|whose|which|to|in|on|at|for|with|is|was|has|had)\b)[a-z]{3,}\b",
                    self.body[first.end:first.end + 30]):
            return Speaker(first.person, "person")
        return None

    def trailing_cue(self, start: int, end: int) -> Speaker | None:
        """'…, said Jo Park, a scholar at the institute.' / '…, Jo Park said.': a cue that ends the sentence."""
        text = self.masked[start:end].rstrip()
        if "_" in text:
            return None
        m = re.search(r",\s+" + _ADVERBS + r"(?:" + _VERBS_RX + r")\s+([^,;_]+?)(?:,[^;_]*)?[.!?]?$", text)
        if m and not re.match(r"(?:that|it|to|in|on|at|by|of|he|she|they)\b", m.group(1)):
            return self.who(start + m.start(1), start + m.end(1))
        m = re.search(r",\s+([^,;_]{1,60}?)\s+" + _ADVERBS + r"(?:" + _VERBS_RX + r")(?:\s+[^,;_]{0,40})?[.!?]?$", text)
        if m:
            return self.who(start + m.start(1), start + m.end(1))
        return None

    def _np_len(self, text: str) -> int:
        m = re.match(r"[^,;]*", text)
        np = m.group() if m else text
        return len(np.rstrip())

    def has_speech_verb(self, seg: Segment, floor: int) -> bool:
        """Whether the reporter's words before a fragment hold a verb of saying (resolved or not)."""
        intro = self.masked[floor:seg.open]
        return any(not _NOUN_BEFORE.search(intro[:m.start()]) for m in _INSIDE.finditer(intro))

    def inside(self, seg: Segment, floor: int) -> Speaker | None:
        """A fragment built into the reporter's sentence: the subject of the verb of saying."""
        intro = self.masked[floor:seg.open]
        calls = re.search(r"\bwhat\s+([^,;_]{1,60}?)\s+(?:calls?|called|describes?\s+as|described\s+as|terms?|termed|"
                          r"labels?|labelled|brands?|branded)\s*$", intro)
        if calls:  # 'an end to what it calls "…"': the one who calls it that
            if calls.group(1) in ("it", "they"):
                own = self.org_subject(floor, seg.open)
                if own is not None:
                    return own  # "it" is the subject of this very sentence
            return self.who(floor + calls.start(1), floor + calls.end(1))
        reduced = re.search(r",\s+(?:a|an|the)\s+[a-z]+\s+((?:the|its|their)\s+[a-z]+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
                            r"\s+(?:dismissed|described|called|branded|derided|labelled|denounced|rejected)\s+(?:it\s+)?"
                            r"as\s*$", intro)
        if reduced:  # 'Haverford offered …, a concession the trust dismissed as "…"': the one who dismissed it
            sp = self.who(floor + reduced.start(1), floor + reduced.end(1))
            if sp is not None:
                return sp
        quotes_as = re.search(r"(?<!was )(?<!were )(?<!is )(?<!are )(?<!been )\bquot(?:es|ed|ing)\s+(?!(?:in|by|on|at|from)\b)"
                              r"([^;_]{1,100}?),?\s+as\s+(?:saying|telling|describing|calling|"
                              r"warning|insisting|arguing)\b[^_]*$", intro)
        if quotes_as:  # 'The paper quotes a SkyLark executive as saying the airline "…"': the one quoted
            return self.who(floor + quotes_as.start(1), floor + quotes_as.end(1))
        ms = [m for m in _INSIDE.finditer(intro) if not _NOUN_BEFORE.search(intro[:m.start()])]
        if not ms:
            acc = re.match(r"\s*(?:[A-Z]\w*,?\s+)?[Aa]ccording\s+to\s+([^,;_]+)", intro)
            if acc:  # "According to a survey by Jo Park, the firm's practice is to "…""
                return self.who(floor + acc.start(1), floor + acc.end(1))
        while len(ms) > 1 and re.fullmatch(r"\s+(?:that\s+)?(?:he|she|they|it|we|(?:its|his|her|their)(?:\s+[a-z-]+){1,2})"
                                           r"(?:\s+(?:had|have|has|would|will))?\s+", intro[ms[-2].end(1):ms[-1].start(1)]):
            ms.pop()  # 'said he hoped', 'said its members had reported': a verb inside what was said; its sayer speaks
        while len(ms) > 1 and re.search(r"(?:^|[,;]|_)\s*(?:and|but|yet|then)?\s*(?:also\s+|later\s+|then\s+)?$",
                                        intro[:ms[-1].start(1)]):
            ms.pop()  # '… said X, but added that it …', '…, and said he …': the subject of the first verb
        if ms:
            m = ms[-1]
            start = self._clause_start(floor, floor + m.start(1), quotes_cut=False)
            quoted_as = _QUOTED_AS.search(self.masked, start, floor + m.start(1))
            if quoted_as is not None:  # "Baptiste was quoted as saying … that the bill "…"": the subject said it
                return self.who(start, quoted_as.start())
            if re.fullmatch(_PARTICIPLES, m.group(1)):
                return self._participle_subject(start, floor + m.start(1))
            joined = list(re.finditer(r",\s+(?:and|but|yet|while|whereas)\s+", self.masked[start:floor + m.start(1)]))
            if joined:  # "… struggled to contain Okafor, and skipper Jo Ree admitted …": the last clause's subject
                own = self.who(start + joined[-1].end(), floor + m.start(1))
                if own is not None and own.kind in ("person", "organisation", "joint"):
                    return own
            aside = _MEDIUM_ASIDE.search(self.masked, start, floor + m.start(1))
            sp = self.who(start, aside.start() if aside else floor + m.start(1))
            reporter = self._reporting_subject(floor, ms, sp)
            if reporter is not None:
                return reporter
            if sp is None and m.group(1) in _INVERTED and not re.match(
                    r"\s+(?:that|it|to|he|she|they|we|this|there)\b", intro[m.end(1):]):
                after = re.match(r"\s+([^,;_]+)", intro[m.end(1):])
                if after:
                    sp = self.who(floor + m.end(1) + after.start(1), floor + m.end(1) + after.end(1))
            return sp
        return None

    def _reporting_subject(self, floor: int, ms: list[re.Match], sp: Speaker | None) -> Speaker | None:
        """'She said the cabinet had agreed to it as "a sign of good faith"': words quoted inside a reported
        clause are the reporter's (the person who said it), as they are after "Holloway said the cabinet had …",
        and never the stretch "She said the cabinet" itself. A person named as the inner subject keeps them."""
        if sp is not None and sp.kind in ("person", "joint"):
            return None
        for m in ms[:-1]:
            if m.group(1) not in ("said", "says", "told", "tells"):
                continue
            start = self._clause_start(floor, floor + m.start(1), quotes_cut=False)
            outer = self.who(start, floor + m.start(1))
            if outer is not None and outer.kind == "person":
                return outer
        return None

    def _participle_subject(self, start: int, at: int) -> Speaker | None:
        """'The growers rejected the offer, calling it "…"': the subject of the clause the participle hangs on."""
        text = self.masked[start:at]
        if not re.search(r",\s*(?:and\s+)?$", text):
            return None  # 'without saying', 'for calling': not a clause of its own
        sub = [m for m in re.finditer(r"\b(?:when|as|after|because|while|since|before|until|and|but)\s+(?=\S)", text)
               if not m.group().startswith("and") or not _NAMES_JOINED.match(text, m.end()) or
               not re.search(r"(?-i:[A-Z])[\w’'-]*\s+$", text[:m.start()])]
        # ("the towns of Osgood and Perrin Falls filed …, claiming": two names joined, no clause of its own)
        if sub:
            cut = sub[-1].end()
            if re.search(r"\b[a-z]{2,}(?:ed|s)?\b", text[cut:].rstrip(", ")):
                start, text = start + cut, text[cut:]
        verb = re.search(r"(?<=[\s,])(?:has|have|had|is|was|were|are|will|would|has\s+\w+|[a-z]+ed|walked|went|"
                         r"left|told|made|took|gave|refused|rejected|said)\b", text)
        if verb is None:  # "Ms Lee cut her forecast, writing that …": an irregular verb; a named subject still is one
            sp = self._person_subject(start, at)
            return sp if sp is not None and sp.kind == "person" else None
        np = re.sub(r"(?:,?\s*\b(?:however|though|meanwhile|too|also|in turn|for (?:his|her|its|their) part)\b)*,?\s*$",
                    "", text[:verb.start()])  # "He, however, rejected …"
        crowd = _COUNTED_PEOPLE.match(np)
        if crowd:  # "More than 80 families in the villages of A and B filed …, claiming": the families, not B
            return Speaker(crowd.group(1)[:1].upper() + crowd.group(1)[1:], "unnamed")
        return self.who(start, start + len(np))

    # -- the subject of a sentence, for "he said" ---------------------------------------

    def subject(self, start: int, end: int) -> Speaker | None:
        sp = self._person_subject(start, end)
        if sp is not None:
            return sp
        # "A spokeswoman for Cranmore said …": an unnamed person the next "she said" can refer to
        text = self.masked[start:end]
        kin_opens = re.match(r"\W*((?:[Hh]is|[Hh]er|[Tt]heir)\s+[a-z]+)\s+(?!said|says|told|tells|added|adds)[a-z]", text)
        if kin_opens and _KIN_SUBJECT.fullmatch(kin_opens.group(1).lower()) and self.tracker.current is not None:
            kin = self._relative(kin_opens.group(1).lower(), start)
            if kin is not None and kin.name != self.tracker.current.name:
                return kin  # "His son has softened on that." after a paragraph on the father: the son

        passer = _PASSER_BY.match(text)
        if passer:  # "An elderly man with a stick climbs the ramp. He …": he, not the last person named
            return Speaker(passer.group(1), "unnamed")
        m = _A_SAY_VERB.search(text)
        if m and not re.search(r"\b(?:he|she|they|it)\s+(?:\w+\s+)?$", text[:m.start()], re.IGNORECASE):
            clause = self._clause_start(start, start + m.start(1), quotes_cut=False)
            who = self.who(clause, start + m.start(1))
            if who is not None and who.kind == "unnamed" and re.search(r"\b" + _HUMAN + r"\b", who.name):
                return who
            if _KIN_OPENS.match(self.masked, clause):
                kin = self._relative(self.masked[clause:start + m.start(1)].strip(" ,").lower(), clause)
                if kin is not None:
                    return kin  # "Her daughter said …": the one person given that relation
            if who is not None and who.kind == "person" and _THE_OPENS.match(self.masked, clause) and \
                    not any(x.kind == "person" for x in self.cast.mentions_in(clause, start + m.start(1))):
                return who  # "The member for Leith said afterwards …": the person that description names
        return None

    def asked_whom(self, start: int, end: int) -> Speaker | None:
        """The person a sentence puts a question to ("The presenter asked Ruiz whether …", "She pressed Ruiz on …",
        "The chair turned to Ruiz, who …"), named outside quotation marks: who answers next."""
        for m in self.cast.mentions_in(start, end):
            if m.kind != "person" or m.possessive or "_" in self.masked[m.start:m.end]:
                continue
            lead = self.masked[max(start, m.start - 30):m.start]
            if re.search(r"\bheard\s+(?:evidence\s+|testimony\s+)?from\s+$", lead):
                return self.who(m.start, m.end)  # "Earlier, the court heard from Jo Park, the fire officer": she speaks
            if re.search(r"\b(?:asked|asks|pressed|presses|questioned|questions|turned\s+to|turns\s+to|put\s+it\s+to|"
                         r"put\s+the\s+question\s+to)\s+(?:[A-Z][a-z]+\.?\s+)?$", lead) and \
                    re.match(r"[^.;_]{0,12}?(?:,\s+who\b|\s+(?:whether|if|why|what|how|when|where|about|on)\b)",
                             self.masked[m.end:end]):
                return self.who(m.start, m.end)
        return None

    def described_subject(self, start: int, end: int) -> Speaker | None:
        """'It is not the first time the hot-headed chef has clashed …': a sentence that names no one but calls its
        subject by the one role a person met so far was given ('TV chef X')."""
        if any(m.kind == "person" for m in self.cast.mentions_in(start, end)):
            return None
        age = _AGE_OPENS.match(self.masked, start, end)
        if age:  # "The 61-year-old's response is dry.": the next "she says" is hers
            return self._aged(age.group(1), start)
        known = self._named_before(start)
        for m in re.finditer(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]+)\s+(?:has|had|is|was|will|would|[a-z]+ed)\b",
                             self.masked[start:end]):
            head = m.group(1)
            if head not in _PERSON_HEADS:
                continue
            owners = {p.name for p in self.cast.people if p.name in known and p.role and
                      p.role.lower().split()[-1] == head}
            if len(owners) == 1:
                return Speaker(owners.pop(), "person")
        return None

    def note_nicknames(self, sent: Sentence, speaker: Speaker | None) -> None:
        """'… known to millions as "the Dragon"', 'nicknamed "Kez"': the name a later sentence may use for the
        person this sentence is about (its speaker or subject, else the last person it names)."""
        for m in _NICKNAME.finditer(self.body, sent.start, sent.end):
            owner = speaker or next((Speaker(x.person, "person") for x in reversed(self.cast.mentions_in(
                sent.start, m.start())) if x.kind == "person" and x.person and not x.possessive), None)
            if owner is not None and owner.kind == "person":
                nick = (m.group(1) or m.group(2)).strip().lower()
                self.nicknames.setdefault(re.sub(r"^the\s+", "", nick), owner)

    def own_words(self, start: int, at: int) -> Speaker | None:
        """'She arrived with a promise … of "more new music"': words a noun of saying gives are its subject's."""
        lead = self.masked[start:at]
        pron = re.match(r"\W*(he|she)\b", lead, re.IGNORECASE)
        if pron:
            return self._agreeing(pron.group(1).lower(), start)
        sp = self._person_subject(start, at)
        return sp if sp is not None and sp.kind == "person" else None

    def org_subject(self, start: int, end: int) -> Speaker | None:
        """'The US government denied the claims': the organisation a later 'it said' means."""
        text = self.masked[start:end]
        # "Varkesh, which says the dam is vital, has rejected …": the relative clause is blanked, offsets kept
        text = re.sub(r"(?<=[A-Za-z]),\s+(?:which|who)\b(?:[^,_;]|(?<=\d),(?=\d)){0,120},(?=\s)",
                      lambda r: " " * len(r.group()), text, count=1)  # (a figure's comma, "3,000", is no clause end)
        described = re.match(r"\s*(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+)?" + _DESCRIPTOR + r"\s+((?:[A-Z][\w&.'’-]*\s+){0,4}"
                             r"[A-Z][\w&.'’-]*)\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:said|says|called|calls|urged|urges|"
                             r"warned|warns|welcomed|welcomes|criticised|criticises|demanded|demands|rejected|rejects|"
                             r"wants|insisted|insists|argued|argues)\b", text)
        if described and any(x.kind == "org" for x in self.cast.mentions_in(start + described.start(1),
                                                                              start + described.end(1))):
            return Speaker(described.group(1), "organisation")  # "Environmental group Blue Varn called …"
        m = re.match(r"\s*(?:(?:But|And|However|Meanwhile|Now),?\s+)?(?:[^,_]{0,60},\s+)?"
                     r"((?:[Tt]he\s+)?(?:[A-Z][\w&.'’-]*\s+){0,5}"
                     r"(?:government|company|firm|ministry|department|club|union|council|party|board|authority|"
                     r"group|agency|court|commission|[A-Z][\w&.'’-]*)|"
                     r"[Tt]he\s+(?:[a-z][\w-]*\s+){1,2}(?:government|company|firm|ministry|department|club|union|"
                     r"council|party|board|authority|group|agency|court|commission|trust|service))"
                     r"(?:,?\s+(?:on\s+[A-Z][a-z]+day|yesterday|today|(?:late\s+|early\s+)?(?:last|this)\s+[a-z]+),?)?"
                     r"\s+(?:has\s+|have\s+|had\s+|also\s+)?"
                     r"(?:said|says|added|announced|denied|warned|claimed|confirmed|rejected|agreed|insisted|argued|"
                     r"insists|argues|denies|claims|warns|rejects|refuses|maintains|admits|confirms|announces|"
                     r"is|was|will|would|wants?|plans?|cut|raised|forecast|reported|predicted|revealed|"
                     r"decided|refused|accepted|admitted|launched|expects?)\b", text)
        if not m:
            done = _ORG_DID.match(text) or _ORG_OF_DID.match(text)
            if done and any(x.kind == "org" and x.start == start + done.start(1) and x.end >= start + done.end(1) - 2
                            for x in self.cast.mentions_in(start + done.start(1), start + done.end(1))):
                return Speaker(re.sub(r"^[Tt]he\s+", "", done.group(1)), "organisation")  # "Network Rail has closed
                # the line …. It says …": a body the cast knows, the subject of an act
            return None
        label = m.group(1).strip()
        if re.match(r"[Tt]he\s+[a-z]", label):  # "the health board" keeps its article, a name drops it
            label = "t" + label[1:]
        else:
            label = re.sub(r"^[Tt]he\s+", "", label)
        if label.lower() in NOT_NAMES or any(x.kind == "person" for x in self.cast.mentions_in(
                start + m.start(1), start + m.end(1))):
            return None
        known = self._story_org(label.lower(), start)
        return known or Speaker(label, "organisation")

    def _story_org(self, low: str, at: int | None = None) -> Speaker | None:
        """'the company', 'the firm': the organisation the story is about, unless that is a body of another
        kind (a union or a council is never 'the company')."""
        words = low.split()
        # ("the confectionery group": a word for its trade before the kind; "the rival group" is another one)
        if not 2 <= len(words) <= 3 or words[0] != "the" or words[-1] not in _ANY_ORG or \
                len(words) == 3 and (words[1] in _OTHER_BODY or not words[1].isalpha()):
            return None
        kind = words[-1]

        def fits(name: str) -> bool:
            spelled = [o for o in self.cast.orgs if o != name and name.isupper() and
                       "".join(w[0] for w in o.split() if w[:1].isupper()) == name]  # "TDW": "Transport and Dock Workers"
            words = {w.lower() for w in " ".join([name, *spelled[:1]]).split()}
            return not name.lower().startswith("the ") and not (words & (_KINDS_OF_BODY | {"workers"}) - {kind}) and \
                not _called_another_kind(name, kind, self.body)  # "the technology union Prospect Digital"

        org = self.tracker.org
        if org is not None and org.kind == "organisation" and fits(org.name):
            return org
        if at is None:
            return None
        # "Strandline Ferries on Tuesday rejected …. The board said …. "…," the company said": the latest
        # organisation that was the subject of a sentence, when the one spoken of last is a body of another kind
        for m in reversed(self.cast.mentions_in(max(0, at - 3000), at)):
            if m.kind != "org" or m.possessive or not fits(m.text):
                continue
            sent = self.article.sentence_at(m.start)
            if sent is not None and not sent.furniture and _opens_sentence(self.body[sent.start:m.start]) and \
                    len(self.body[sent.start:m.start].split()) <= 2:
                return Speaker(self._full_org(m.text, at), "organisation")
        return None

    def _person_subject(self, start: int, end: int) -> Speaker | None:
        start += self._participle_opener(start, end)
        text = self.masked[start:end]
        pron = re.search(r"\b(?:he|she|He|She)\b", text)
        for m in self.cast.mentions_in(start, end):
            if m.kind == "person" and m.possessive and "_" not in self.masked[m.start:m.end] and \
                    re.fullmatch(r"\W*(?:[A-Z][\w-]*,?\s+){0,2}", self.body[start:m.start]) and \
                    not self._named_after(m, end):
                return self._possessor_subject(m, end)
            if m.kind != "person" or m.possessive or "_" in self.masked[m.start:m.end]:
                continue
            if pron and start + pron.start() < m.start and not _CLAUSE_BEFORE_SUBJECT.fullmatch(
                    self.masked, start, m.start):
                return None  # (but "Before he opens up, Ivo Brannagh climbs …": the pronoun is the name's own)
            if _PREP_BEFORE.search(self.body[max(start, m.start - 20):m.start]):
                continue
            persons = [x for x in self.cast.mentions_in(start, end) if x.kind == "person"]
            m = self._past_modifiers(m, persons)
            return self.who(m.start, m.end)
        return None


    def _named_after(self, poss: Mention, end: int) -> bool:
        """"Reyes's lawyer, Ann Moss, said": the possessive phrase is followed by the person's own name."""
        nxt = next((x for x in self.cast.mentions_in(poss.end, end) if x.kind == "person" and not x.possessive), None)
        return nxt is not None and bool(re.fullmatch(r"(?:['’]s?)?(?:\s+[\w-]+){0,6},?\s+",
                                                     self.body[poss.end:nxt.start]))

    def _possessor_subject(self, m: Mention, end: int) -> Speaker:
        """'Reyes's deputy warned …' is the deputy (the next 'he said'); 'Reyes's plan failed …' is Reyes."""
        role = _possessed(self.masked[m.end:end])
        words = role.split()[:3]
        for k, w in enumerate(words):
            if w in _RELATIONS or w in AGENT_NOUNS or re.fullmatch(_HUMAN, w):
                return Speaker(f"{m.person}'s {' '.join(words[:k + 1])}", "unnamed")
        return Speaker(m.person, "person")


# 'known to viewers as "the Dragon"', 'nicknamed "Kez"', 'dubbed "the Wall"': a name the story may use later.
_NICKNAME = re.compile(r"\b(?:known|dubbed|nicknamed|billed|called)\b[^.;\"“”]{0,80}?\bas\s+[\"“]([^\"”]{2,30})[\"”]|"
                       r"\b(?:nicknamed|dubbed)\s+[\"“]([^\"”]{2,30})[\"”]")
# A noun that gives someone's words: "a promise … of "…"", "his warning that "…"".
_SAYING_NOUN = re.compile(r"\b(?:promise|pledge|vow|warning|plea|message|assurance|threat|verdict|call)s?\b")
# Nouns for one person that a story uses in place of a name ("said the veteran", "the witness replied").
_PERSON_HEADS = TITLE_WORDS | {
    "witness", "defendant", "accused", "victim", "star", "veteran", "youngster", "teenager", "forward", "winger",
    "keeper", "player", "midfielder", "striker", "defender", "skipper", "coach", "boss", "manager", "chef", "actor",
    "actress", "singer", "author", "writer", "novelist", "composer", "conductor", "scientist", "researcher",
    "academic", "psychologist", "doctor", "surgeon", "nurse", "farmer", "driver", "pilot", "officer", "teacher",
    "headteacher", "principal", "entrepreneur", "businessman", "businesswoman", "tycoon", "billionaire", "politician",
    "legislator", "lawmaker", "cm", "pm", "mla", "mp", "councillor", "campaigner", "activist", "expert", "economist",
    "analyst", "widow", "widower", "mother", "father", "grandmother", "grandfather", "pensioner", "survivor",
    "resident", "owner", "founder", "presenter", "broadcaster", "journalist", "columnist", "publisher", "novice",
    "champion", "captain", "diplomat", "envoy", "official", "spokesman", "spokeswoman", "spokesperson", "barrister",
    "lawyer", "counsel", "prosecutor", "judge", "magistrate", "inspector", "detective",
}
# Titles a story uses for one another when it names the same post twice ('Albion boss X' … 'the Albion manager').
_SAME_TITLE = [{"manager", "boss", "coach"}, {"chief", "boss", "ceo", "executive"},
               {"chairman", "chairwoman", "chair", "chairperson"}, {"spokesman", "spokeswoman", "spokesperson"},
               {"captain", "skipper"}]
# A police appeal's "the officer" after "Detective Inspector Jo Lee" or "DI Lee": the rank named last
# Words that make "the … company" another body than the one the story is about
_OTHER_BODY = {"rival", "other", "parent", "sister", "new", "another", "second", "first", "former", "smaller", "larger",
               "opposing", "competing", "partner", "same", "bigger", "foreign", "state", "local", "national"}
_POLICE_RANKS = {"officer", "detective", "inspector", "sergeant", "constable", "superintendent", "di", "dci", "ds", "dc",
                 "pc", "sgt", "supt"}
_COUNSEL = {"barrister", "counsel", "silk", "lawyer", "advocate", "prosecutor"}

_RELATIONS = {"deputy", "aide", "adviser", "advisor", "wife", "husband", "son", "daughter", "mother", "father",
              "partner", "friend", "colleague", "attorney", "assistant", "secretary", "successor", "predecessor",
              "opponent", "rival", "challenger", "widow", "widower", "niece", "nephew", "uncle", "aunt", "cousin"}


def _cue_after_quote(att: Attributor, last: Segment) -> Speaker | None:
    """'"…" announced in October, said Jo Park, a scholar …': the cue ends the sentence the quote ends in."""
    if last.close is None:
        return None
    sent = att.article.sentence_at(last.close)
    if sent is None or sent.end <= last.close + 1:
        return None
    return att.trailing_cue(last.close + 1, sent.end)


def _names_a_title(seg: Segment, intro: str) -> bool:
    """'played "Hold The Line"', 'the campaign "Starts with one"', 'the "war on drugs"': a title, a slogan or
    a term, not someone's words.

    A phrase quoted inside a sentence starts in lower case when it is borrowed speech."""
    return not seg.text[:1].islower() or bool(re.search(
        r"\b(?:campaign|slogan|motto|song|single|album|book|film|movie|show|series|play|titled|entitled|called|"
        r"named|dubbed|banner|sign|signs|hashtag|chant(?:ed|ing)?|word|words|phrase|term|so-called|"
        r"the|a|an|this|that|these|those|its|their|his|her|our)\W*$", intro, re.IGNORECASE))


_THAT_OPENER = re.compile(r"\s*(?:(?:That|This|Those|These|Such)(?:['’]s|\s+(?:is|was|were|are|has\s+been|had\s+been|"
                          r"remains|seemed|seems))|So\s+(?:says|said)|"
                          # "The man who says so is Dilys Ambrose": a speaker met only after her words
                          r"The\s+(?:[a-z-]+\s+){0,2}(?:man|woman|person|voice)\s+(?:who\s+(?:says|said|speaks|spoke)|"
                          r"behind\s+(?:them|it|the\s+words))\b[^._]{0,40}?\b(?:is|was|belongs\s+to))\b")


# The tag of a turn in an exchange: a question put, pressed or answered ('"Did you sign it?" Ms Roe asked.').
_EXCHANGE_TAG = re.compile(r"[^.!?_]{0,80}?\b(?:asked|asks|pressed|presses|replied|replies|answered|answers|"
                           r"retorted|retorts|countered|counters|interjected|shot\s+back|fired\s+back)\b")


def _turn_in_exchange(article: Article, att: Attributor, quotes: list[Quotation], head: Segment) -> Speaker | None:
    """A paragraph that is nothing but a quotation, after a paragraph whose quotation was a question asked or
    pressed, an answer given, or itself such a turn: the other side of the exchange speaks ('"Did you tell
    anyone?" Ms Roe asked.' then '"I told the depot."' is the witness's; the reporter's pressed question then an
    untagged line is the answer of the one who answered before). After a plain '"…," X said.' an untagged
    paragraph stays X's, the run-on convention of news copy."""
    if not quotes or quotes[-1].speaker is None or quotes[-1].speaker.kind != "person":
        return None
    prev = quotes[-1]
    par = article.paragraph_of(head.open)
    if par < 1 or article.paragraph_of(prev.start) != par - 1 or att.body[article.paragraphs[par][0]:head.open].strip():
        return None
    if prev.how != "turn":
        p0, p1 = article.paragraphs[par - 1]
        if att.body[p0:prev.start].strip():
            return None  # (the question stands alone in its paragraph, as an exchange is set out)
        asked = prev.segments[-1].text.rstrip().endswith("?") and re.search(r"\byou(?:r)?\b", prev.segments[-1].text, re.I)
        if not (_EXCHANGE_TAG.match(att.masked, prev.end, p1) or asked and att.masked[prev.end:p1].strip()):
            return None
    for q in reversed(quotes[-8:-1]):
        if q.speaker is not None and q.speaker.kind == "person" and q.speaker.name != prev.speaker.name:
            return q.speaker
    return None


def _colon_before(att: Attributor, si: int, head: Segment) -> Speaker | None:
    """'In a lecture in 2011, she said:' closing the paragraph before a quotation: that sentence introduces it,
    so its "she" is resolved as the quotation's speaker, not left to whoever the story was about before."""
    if si == 0:
        return None
    prev = att.article.sentences[si - 1]
    if prev.furniture or not _ENDS_IN_COLON.fullmatch(att.masked, prev.start, head.open):
        return None
    return att.before(head, prev.start)


def _nearby_speaker(att: Attributor, si: int, speakers: dict[int, Speaker]) -> Speaker | None:
    """A phrase quoted with no verb of saying in its sentence: the speaker of the paragraph around it.

    The sentence before it in the paragraph quoted someone (the writer re-uses their words), or
    the next one carries the paragraph's cue ('…, Jo Park said.'), or the next sentence says whose
    words they were ('That is the view of Jo Park, …')."""
    sents = att.article.sentences
    here = sents[si]
    if si > 0 and sents[si - 1].paragraph == here.paragraph and si - 1 in speakers:
        return speakers[si - 1]
    if si + 1 < len(sents):
        nxt = sents[si + 1]
        if nxt.paragraph == here.paragraph:
            sp = att.trailing_cue(nxt.start, nxt.end)
            if sp is not None:
                return sp
    return _named_next(att, si)


def _named_next(att: Attributor, si: int) -> Speaker | None:
    """'That is the hopeful view of Ruben Aske, …' right after a quotation: whose words they were."""
    sents = att.article.sentences
    if si + 1 >= len(sents):
        return None
    nxt = sents[si + 1]
    if nxt.paragraph <= sents[si].paragraph + 1 and _THAT_OPENER.match(att.masked[nxt.start:nxt.end]):
        person = next((m for m in att.cast.mentions_in(nxt.start, nxt.end)
                       if m.kind == "person" and not m.possessive), None)
        if person is not None:
            return Speaker(person.person, "person")
    return None


# The person a body speaks through, named in the sentence that gives its words: "… said in a statement issued by its
# chief executive, Marta Illing", "… said through its spokeswoman, Jo Ray", "… in a letter signed by the council's
# leader, Ann Lee": the possessive and up to four words of role before the name
_THROUGH = re.compile(r"\b(?:(?:issued|released|signed|read(?:\s+out)?|sent|written|delivered|put\s+out)\s+by|through|"
                      r"(?:statement|letter|message|email|comments?|response|reply)\s+from)\s+"
                      r"(?:its|their|the\s+(?:[\w-]+\s+){0,3}?[\w-]+['’]s?)\s+(?:[\w-]+\s+){0,3}[\w-]+,?\s*$")


def _voice_of(att: Attributor, start: int, end: int) -> Speaker | None:
    """The one person a sentence names as the one its organisation speaks through (see `_THROUGH`), or None."""
    found = {m.person for m in att.cast.mentions_in(start, end) if m.kind == "person" and m.person and
             not m.possessive and _THROUGH.search(att.masked, max(start, m.start - 80), m.start)}
    return Speaker(found.pop(), "person") if len(found) == 1 else None


def _after_a_question(article: Article, at: int) -> bool:
    """Does the quotation open a paragraph that follows an interviewer's bare question ('What is next for you?':
    one short paragraph ending in '?', no quotation marks in it)?"""
    k = article.paragraph_of(at)
    if k <= 0 or article.body[article.paragraphs[k][0]:at].strip():
        return False
    a, b = article.paragraphs[k - 1]
    before = article.body[a:b].strip()
    return before.endswith("?") and len(before.split()) <= 25 and not re.search(r"[\"“”‘’]", before)


def attribute(article: Article, cast: Cast) -> list[Quotation]:
    """Every quotation with its speaker, in text order."""
    return attribute_with_context(article, cast)[0]


def attribute_with_context(article: Article, cast: Cast, pace: Pacer | None = None
                           ) -> tuple[list[Quotation], list[Speaker | None], Attributor]:
    """Quotations, plus who the story was about before each sentence (for reported speech). `pace` hears
    of each sentence and quotation mark read (see pacing.py)."""
    pace = pace or Pacer()
    segments = find_segments(article, pace)
    told: dict[int, Speaker] = {}  # interview answers: who gives them, as the transcript says
    for u in unquoted_quotations(article, cast, pace):
        pace(QUOTE_COST)
        seg = Segment(u.open, u.start, u.end, None, False, u.text)
        segments.append(seg)
        if u.speaker:
            told[u.open] = Speaker(u.speaker, "person")
    segments.sort(key=lambda s: s.open)
    att = Attributor(article, cast, segments, pace)
    contexts: list[Speaker | None] = []
    chains = _chains(segments)
    quotes: list[Quotation] = []
    by_sentence: dict[int, list[list[Segment]]] = {}
    for ch in chains:
        by_sentence.setdefault(article.sentence_index(ch[0].open), []).append(ch)
    prev_close = -1
    last_speaker: Speaker | None = None
    sentence_speakers: dict[int, Speaker] = {}
    turn_labels = transcript_turns(article, cast)
    for at, sp in told.items():  # (an answer's paragraph is its guest's turn, however it is labelled)
        turn_labels.setdefault(article.paragraph_of(at), sp.name)
    interviewee: Speaker | None = None  # who answers the interviewer's bare questions, once the text names them
    for si, sent in enumerate(article.sentences):
        pace(len(sent.text))
        contexts.append(att.tracker.current)
        said: list[Speaker] = []
        for ch in by_sentence.get(si, []):
            pace(QUOTE_COST)
            head = ch[0]
            floor = max(sent.start, prev_close + 1) if prev_close >= sent.start else sent.start
            q = Quotation(ch)
            intro = att.masked[floor:head.open]
            q.partial = bool(re.search(r"[A-Za-z0-9’']\s*$", intro)) and not intro.rstrip().endswith(":")
            sp = told.get(head.open) or att.before(head, floor)
            how = "interview" if head.open in told else "before"
            if sp is None:
                for seg in reversed(ch):
                    sp = att.after(seg)
                    if sp:
                        how = "after"
                        break
            acc = re.match(r"\s*(?:[A-Z]\w*,?\s+)?[Aa]ccording\s+to\s+([^,;_]+)", intro) if sp is None else None
            if acc:  # 'According to Kemi Adeyemi, the charity's director, "the money has run out".'
                sp, how = att.who(floor + acc.start(1), floor + acc.end(1)), "according to"
                if sp is None or sp.kind == "unnamed":  # 'According to the union's lawyer, Kari Nes, …'
                    sp = att.named_after(floor + acc.end(1)) or sp
            if sp is None and q.partial and last_speaker is not None and prev_close >= sent.start and re.match(
                    r"\W*\s(?:and|but)\s+(?:also\s+)?[a-z]+(?:ed|s)\b[^_]*$", att.masked[prev_close + 1:head.open]):
                sp, how = last_speaker, "same sentence"  # '… said it was "…" and criticised them for "…"'
            if sp is None and q.partial and last_speaker is not None and prev_close >= sent.start:
                # '"…," she said on Friday, before adding that the timetable "…"': the participle's subject is the
                # sentence's, the speaker of the quotation before, when no other person is named and nobody speaks after it
                tail = att.masked[prev_close + 1:head.open]
                part = re.search(r",\s+(?:(?:before|after|while|then)\s+)?(?:" + _PARTICIPLES + r")\b", tail)
                if part and "_" not in tail and not re.search(_INSIDE_RX, tail[part.end():]) and not any(
                        m.kind == "person" for m in att.cast.mentions_in(prev_close + 1 + part.end(), head.open)):
                    sp, how = last_speaker, "same sentence"
            if sp is None and q.partial:
                sp, how = att.inside(head, sent.start), "inside"
            if sp is None:
                sp, how = _cue_after_quote(att, ch[-1]), "sentence end"
            if sp is None and q.partial and head.words >= MIN_WORDS and not _names_a_title(head, intro) and \
                    not att.has_speech_verb(head, sent.start):
                sp, how = _nearby_speaker(att, si, sentence_speakers), "nearby"
                if sp is None and _SAYING_NOUN.search(intro):
                    sp, how = att.own_words(sent.start, head.open), "noun of saying"
                if sp is None:
                    q.extra["no_verb"] = True
            if sp is None and not q.partial:
                if last_speaker is not None and prev_close >= sent.start:
                    sp, how = last_speaker, "same sentence"  # '"…," he said, "…"'
                else:
                    sp, how = _turn_in_exchange(article, att, quotes, head), "turn"
                    if sp is None:
                        sp, how = _colon_before(att, si, head), "colon before"
                    if sp is None:
                        sp, how = _named_next(att, article.sentence_index(max(q.end - 1, 0))), "next sentence"
                    if sp is None and interviewee is not None and _after_a_question(article, head.open):
                        sp, how = interviewee, "answer"  # 'What is next?' then '"The school opens …"': the guest's
                    if sp is None:
                        sp, how = att.tracker.current, "context"
            if sp is not None and sp.kind == "person" and how not in ("context", "answer") and \
                    _after_a_question(article, head.open):
                interviewee = sp
            if told and head.open not in told and _SECOND_PERSON_TAG.search(intro) and \
                    _QUESTION_TURN.match(att.body, article.paragraphs[article.paragraph_of(head.open)][0]):
                guest = max(set(told.values()), key=list(told.values()).count)
                sp, how = guest, "your words"  # 'Q: In 2019 you said, "…". Is that not …?': the guest's own words
            label = turn_labels.get(article.paragraph_of(head.open)) if head.open not in told else None
            if label and _FIRST_PERSON_TAG.search(intro):
                sp, how = Speaker(label, "person"), "turn, first person"  # 'I said, "…"' in the guest's own turn
            elif label and sp is not None and sp.name == label:
                # in a transcript turn the labelled person speaks as "I": the "she said" of a quotation inside it
                # is someone they quote (a parent, a critic), never themselves
                sp, how = Speaker(f"someone {label} quotes", "unnamed"), "quoted in a turn"
            if sp is not None and sp.kind == "unnamed":
                sp = att.body_meant(sp, head.open)  # "In a statement, the company said … “…”": the company named
            if sp is not None and sp.kind == "organisation":
                voice = _voice_of(att, sent.start, sent.end)
                if voice is not None:
                    sp, how = voice, "the body's voice"
            q.speaker, q.how = sp, how
            quotes.append(q)
            last = ch[-1]
            prev_close = last.close if last.close is not None else last.end
            last_speaker = sp if head.words >= MIN_WORDS else last_speaker
            if sp and head.words >= MIN_WORDS and how != "quoted in a turn":
                said.append(sp)
                sentence_speakers[si] = sp
        for sp in said:
            if sp.kind == "joint":
                att.tracker.joint = sp
        joint = att.joint_subject(sent.start, sent.end) if not sent.furniture else None
        if joint is not None:
            att.tracker.joint = joint
        subj = att.subject(sent.start, sent.end) if not sent.furniture else None
        if subj is None and not sent.furniture:
            subj = att.described_subject(sent.start, sent.end)
        org = att.org_subject(sent.start, sent.end) if not sent.furniture and subj is None else None
        if org is None and subj is not None and subj.kind == "organisation":
            org = subj  # "Network Rail has closed the line …. It says …": the body the sentence is about
        if org is not None:
            att.tracker.org = org
        att.org_contexts.append(att.tracker.org)  # the organisation spoken of up to each sentence's end (speech.py)
        if not sent.furniture:
            # (a quotation that opened in an earlier sentence and closes in this one is this one's speaker's too)
            att.note_nicknames(sent, said[-1] if said else subj or (last_speaker if prev_close >= sent.start else None))
        asked = att.asked_whom(sent.start, sent.end) if not sent.furniture and not said else None
        if asked is not None:
            subj = asked  # 'The presenter asked Ruiz whether … "…," he admitted': the one asked answers
        if subj:
            att.tracker.set(subj)
            if subj.kind == "person":
                att.tracker.history.append((sent.start, subj))
        elif said:
            att.tracker.set(said[-1])
    return quotes, contexts, att
