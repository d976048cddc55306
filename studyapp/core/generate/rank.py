"""Overgenerate, then rank: every candidate is checked, failures are dropped, and the best question
of each fact is kept, up to a number that grows with the article (a long article supports more).

Heilman and Smith (2010) found ranking over-generated questions doubled the share a reader accepts;
here the ranking is the six checks of `checks` and each kind's worth, so it is explainable to a teacher.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from studyapp.core.generate.checks import (CheckContext, Review, key as answer_key, norm, review_question, shown_prompt,
                                           word_in, words_of)
from studyapp.core.generate.alike import normalise_numbers
from studyapp.core.generate.figures import figures_in
from studyapp.core.generate.pacing import Pacer, pacer
from studyapp.core.generate.pronouns import sexes, ungendered, unmet_pronoun
from studyapp.core.generate.questions import Candidate
from studyapp.core.generate.text import is_word_char

TOPIC_ORDER = ("who-said-what", "demands", "dates", "context")
MAX_SAME_KEY = 3
# Checking one drafted question (six checks, some reading the article) costs about this many characters' reading.
CHECK_COST = 480  # (480 since the side, demand and referent checks grew: a checkpoint at least every 40,000 calls)


def _who_key(q: dict) -> str:
    """The person or side a question is keyed to ("" for a date, a number or a true/false statement)."""
    if q["type"] == "quote":
        return norm(q.get("speaker", ""))
    if q["type"] == "choice" and q.get("answer") not in ("True", "False") and q.get("topic") != "dates":
        return norm(q.get("answer", ""))
    if q["type"] == "typed" and q["id"].startswith("name-"):  # a name's cloze asks who, as a choice of people does
        gap = re.search(r"\{\{(.+?)\}\}", q.get("prompt", ""))
        return norm(gap.group(1)) if gap else ""
    return ""


_SAID_STATEMENT = re.compile(r"True or false: .{1,80}? said that ")
_STATED = re.compile(r"True or false:\s+(?:The\s+)?([A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,4})\s+[a-z]")


def _held_by(q: dict) -> str:
    """The side a statement gives its position to ("True or false: Norway wants …" -> "norway"), else "": a false
    one too, since "Norway balks at fixed purchases" (false) beside "Norway wants fixed purchases" (true) is one
    fact asked twice, the true one giving the false one away."""
    if q["type"] == "choice" and q.get("answer") in ("True", "False"):
        m = _STATED.match(q.get("prompt", ""))
        return norm(m.group(1)) if m else ""
    return ""


def _verbatim(q: dict) -> bool:
    return q["type"] == "quote" and not q.get("reported")


def _same_clause(a: str, b: str) -> bool:
    """Two sources that are one sentence, or one a clause of the other (' word word … ' forms)."""
    return len(a.split()) >= 4 and len(b.split()) >= 4 and (a in b or b in a)


def _few_context(kept: list) -> list:
    """'Which of these people is described as X?' is fit but worth little beside who said what, who wants what
    and when: such questions (and a name cloze on a sentence another question already asks about) are at most one
    for every three story questions (two at least), the best-scored kept. A figure's cloze, or a name's on a
    sentence nothing else asks about, asks the story itself and is not held back; nor is who one of the story's
    speakers is (a person a kept question asks "Who said …?" or "Who wants …?" of): a teacher asks that too."""
    story = [c for c, _ in kept if c.question["topic"] != "context"]
    asked = {norm(c.question.get("source", "")) for c in story}
    speakers = {_who_key(c.question) for c in story} - {""}  # the story's main people: it asks what they say or want
    allowed = max(2, len(story) // 3)
    out = []
    for c, r in kept:  # best first
        q = c.question
        main = c.fact.startswith("role:") and norm(c.fact[5:]) in speakers  # who a speaker is, is worth asking
        padding = q["topic"] == "context" and not main and (c.fact.startswith("role:") or (
            q["type"] == "typed" and q["id"].startswith("name-") and norm(q.get("source", "")) in asked))
        if padding:
            if allowed <= 0:
                continue
            allowed -= 1
        out.append((c, r))
    return out


def _figure_of(q: dict) -> str:
    """The figure a question asks for: its answer, or its cloze's gap."""
    gap = re.search(r"\{\{(.+?)\}\}", q.get("prompt", ""))
    return gap.group(1) if gap else q.get("answer", "") if isinstance(q.get("answer"), str) else ""


def _read_out(q: dict, card: bool = False) -> str:
    """What a question shows a student: its prompt, and (`card`) a card's answer ("A rise of 9% this year …" gives
    away the cloze "… wants a rise of ___ this year", the sentence read out with one word missing)."""
    return shown_prompt(q) + (" " + q["answer"] if card and q["type"] == "flash" and isinstance(q.get("answer"), str)
                              else "")


def _told(q: dict, figure: bool, kept: list[tuple[bool, dict]]) -> bool:
    """Whether a question gives away, or is given away by, a figure question kept on the same sentence: a
    statement or position that reads out the figure asked ("$4.1 billion") is the same fact asked twice."""
    for other_figure, o in kept:
        if figure == other_figure:
            continue
        cloze = (q if figure else o)["type"] == "typed"  # (a card beside "How big a rise …?" asks how big: kept)
        value, text = (_figure_of(q), norm(_read_out(o, cloze))) if figure else \
            (_figure_of(o), norm(_read_out(q, cloze)))  # a reported claim's words are its prompt ("Who said that …?")
        if value and len(value) >= 2 and norm(value) in text:
            return True
    return False


_YEAR_MONTH = re.compile(r"((?:1[89]|20)\d\d)(?:-(\d\d))?")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")


def _date_words(q: dict) -> list[str]:
    """How a date question's answer reads in a sentence: its year ("2004"), and its month's name with it."""
    answer = q.get("answer") if isinstance(q.get("answer"), str) else ""
    m = _YEAR_MONTH.match(answer) if q.get("topic") == "dates" else None
    if not m:
        return []
    return [m.group(1)] + ([_MONTH_NAMES[int(m.group(2)) - 1]] if m.group(2) and 1 <= int(m.group(2)) <= 12 else [])


def _in_date(cloze: dict, dated: dict) -> bool:
    """Whether a cloze's gap is part of the date a date question asks ("on ___ April" beside "On what date …?"): a
    figure of the same sentence that is no part of it ("… vote next Tuesday on a £6 charge") is a fact of its own."""
    gap = _figure_of(cloze)
    said = re.search(r"“(.+?)”", dated.get("explanation", ""))  # the date as the article writes it
    if not gap or not said:
        return True
    return word_in(gap, said.group(1)) or gap in said.group(1)


def _dated_twice(q: dict, kept: list[tuple[bool, dict]]) -> bool:
    """Whether a statement and a date question on one sentence ask one fact: "True or false: X said the change came
    at the end of 2004" beside "In what year did the change come?" (the statement reads out the date asked)."""
    for _, o in kept:
        date_q, other = (q, o) if q.get("topic") == "dates" else (o, q) if o.get("topic") == "dates" else (None, None)
        if date_q is None or other.get("topic") == "dates" or other["type"] in ("order", "match"):
            continue
        text = shown_prompt(other) if other["type"] != "quote" else other.get("quote", "")
        if other["type"] == "choice" and other.get("answer") not in ("True", "False"):
            text += " " + " ".join(c for c in other.get("choices", []) if isinstance(c, str))
        words = _date_words(date_q)
        if words and word_in(words[0], text) and all(w in text for w in words[1:2]):
            return True
        day = re.fullmatch(r"\d{4}-(\d\d)-(\d\d)", str(date_q.get("answer", "")))
        if day and 1 <= int(day.group(1)) <= 12:  # "from 3 June", "on June 3" without the year: the day read out
            d, month = str(int(day.group(2))), _MONTH_NAMES[int(day.group(1)) - 1]
            if re.search(rf"\b(?:{d}(?:st|nd|rd|th)?\s+{month}|{month}\s+{d}(?:st|nd|rd|th)?)\b", text):
                return True
    return False


def _named_by_cloze(q: dict, who: str, kept: list[tuple[bool, dict]]) -> bool:
    """Whether a who-question and a cloze on one sentence give each other away: the cloze is the sentence with the
    speaker's or the side's name in it. Whichever is kept first stays."""
    for _, o in kept:
        if q["type"] == "typed" and o["type"] != "typed":
            key, cloze = _who_key(o), norm(shown_prompt(q))
        elif o["type"] == "typed" and q["type"] != "typed":
            key, cloze = who, norm(shown_prompt(o))
        else:
            continue
        if key and len(key) >= 4 and key in cloze and o.get("topic") != "dates" and q.get("topic") != "dates":
            return True
    return False


# Two quotations of one speaker this close are one statement carried on ("…," she said. "…"): asked once.
CARRIED_ON = 300


def _said_span(q: dict, article: str) -> tuple[str, int, int] | None:
    """(speaker, start, end) of a who-said question on a verbatim quotation, where its source is in the article;
    None for any other question (a reported claim beside a quotation is often a statement of its own)."""
    if _verbatim(q):
        speaker = q.get("speaker", "")
    elif q["type"] == "typed" and q["id"].startswith("who-said-"):
        speaker = q.get("answer", "")
    else:
        return None
    source = q.get("source", "")
    at = article.find(source) if source else -1
    return None if at < 0 else (norm(speaker), at, at + len(source))


def _talk(q: dict, article: str) -> tuple[str, int] | None:
    """(speaker, where in the article) of a "Who said …?" question, quoted or reported, whose source is found
    (`article` with its spacing made single, as the source's is)."""
    if q["type"] == "quote":
        speaker = q.get("speaker", "")
    elif q["type"] == "typed" and q["id"].startswith("who-said-"):
        speaker = q.get("answer", "")
    else:
        return None
    at = article.find(" ".join(q.get("source", "").split())) if q.get("source") else -1
    return None if at < 0 else (norm(speaker), at)


NEXT_TO = 400  # how near a person's position taken from their own quoted words is to a quotation of theirs asked


def _held_in_quote(q: dict, article: str) -> tuple[str, int] | None:
    """(holder, where in the article) of a "Who …?" position whose source is the holder's own quoted words ("Because we
    don't want anybody believing …"): beside a "Who said: …?" of the same passage it asks the same statement again."""
    source = q.get("source", "")
    prompt = q.get("prompt", "")
    if q["type"] != "choice" or q.get("topic") != "demands" or not prompt.startswith(("Who ", "True or false: ")) or \
            not _FIRST_PERSON_WORD.search(source):
        return None
    at = article.find(" ".join(source.split()))
    # ("" for a statement: whoever of the speakers asked its prompt names)
    return None if at < 0 else (norm(str(q.get("answer", ""))) if prompt.startswith("Who ") else "", at)


def _carried_on(span: tuple[str, int, int], spans: list[tuple[str, int, int]]) -> bool:
    who, start, end = span
    return any(w == who and max(start, s) - min(end, e) <= CARRIED_ON for w, s, e in spans)


# Words that say nothing of a question's point: the question's own frame, function words, stance and speech verbs
# every position shares ("Who said that …", "Which side wants …").
_FRAME = {"who", "whom", "whose", "which", "what", "when", "where", "why", "how", "side", "said", "say", "says",
          "true", "false", "according", "article", "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by",
          "from", "and", "or", "but", "that", "this", "these", "those", "it", "its", "is", "are", "was", "were", "be",
          "been", "being", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
          "do", "does", "did", "not", "no", "they", "them", "their", "he", "she", "his", "her", "him", "we", "our",
          "us", "i", "you", "your", "my", "me", "as", "if", "so", "than", "then", "there", "here", "into", "about",
          "over", "more", "most", "very", "also", "just", "all", "any", "some", "such", "other", "its", "who", "after",
          "before", "up", "out", "only", "even", "told", "tell", "added", "described", "people", "one", "get", "got",
          "make", "made", "take", "took", "go", "going", "went", "come", "came", "way", "ways", "already", "still",
          "now", "today", "yesterday", "tomorrow", "year", "years", "month", "months", "week", "weeks", "day", "days",
          "ago", "last", "next", "since", "until", "again", "lot", "much", "many", "well", "being", "every", "new"}
_NUMBER_WORD = re.compile(r"^(?:\d[\d,.]*\w*|[$£€%]+.*|zero|one|two|three|four|five|six|seven|eight|nine|ten|"
                          r"eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|"
                          r"dozens?|hundreds|thousands|millions|billions|per|cent|percent|half|third|quarter)$")


def stem(word: str) -> str:
    """A word's stem for comparing two questions' points: "teachers" and "teacher", "funding" and "funds",
    "decided" and "decides" are one. Crude on purpose: it only has to make two wordings of one point meet."""
    for suffix in ("ations", "ation", "ings", "ing", "edly", "ed", "ies", "es", "s", "ly", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[:-len(suffix)] + ("y" if suffix == "ies" else "")
            break
    return word.rstrip("e") if len(word) > 4 else word


def _asked_text(q: dict) -> str:
    """What a question asks about, as a student reads it: its prompt (a quotation, a claim, a statement, a cloze
    without its gap) and the answer it states (a "What does X want?" answer is the point itself)."""
    text = shown_prompt(q) if q["type"] != "quote" else q.get("quote", "")
    if q["type"] == "flash" or q.get("topic") == "demands" and q["type"] == "choice" and \
            not q.get("prompt", "").startswith(("Which side", "Who")):
        text += " " + (q.get("answer") if isinstance(q.get("answer"), str) else "")
    return text


_PROPER = re.compile(r"(?<=[\w,;:’'\"”)] )[A-Z][\w’'-]*")


def point(q: dict, names: frozenset[str]) -> frozenset[str]:
    """A question's point: the stems of its content words, without names (who holds the point is asked, not part
    of it; a place two points both name is no point in common), numbers and the question's frame."""
    text = _asked_text(q)
    proper = {w for m in _PROPER.finditer(text) for w in words_of(m.group())}
    words = [w for w in words_of(text) if w not in names and w not in proper and w not in _FRAME
             and not _NUMBER_WORD.match(w)]
    return frozenset(stem(w) for w in words if len(w) > 2)


def same_point(a: frozenset[str], b: frozenset[str], share: float, least: int) -> bool:
    """Whether two points are one: at least `least` stems shared, and `share` of the smaller point's stems."""
    common = len(a & b)
    return common >= least and common >= share * min(len(a), len(b))


def _name_words(context: CheckContext) -> frozenset[str]:
    out: set[str] = set()
    people = context.people
    for text in [*(p.get("name", "") for p in people), *(a for p in people for a in p.get("aliases", [])),
                 *context.persons, *context.sides]:
        out.update(words_of(text))
    return frozenset(out)


# A date question on a remark ("What was the date when the minister said that rent strikes were not the answer?",
# "On what date did X tell senators that …?"): the day of a saying is no event of the story.
_SAYING_ASKED = re.compile(r"^(?:On what date|In what (?:month|year)|What (?:was|is) the date when|When)\b[^?]*?\b"
                           r"(?:say|said|tell|told|warn|warned|add|added|claim|claimed|insist|insisted)\b")


def _when_said(q: dict, kept: list) -> bool:
    """Whether a date question asks when a remark was made that a kept who-said question on its sentence asks: the
    remark is the fact, its day only the news cycle's."""
    if q.get("topic") != "dates" or q["type"] not in ("date", "choice") or not _SAYING_ASKED.match(q.get("prompt", "")):
        return False
    said = f" {' '.join(words_of(q.get('source', '')))} "
    return any(k.question.get("topic") == "who-said-what" and
               _same_clause(said, f" {' '.join(words_of(k.question.get('source', '')))} ") for k, _ in kept)


# A paraphrase and the quotation it introduces: "X said the company could not pay more. “If we pay more, we run fewer
# buses,” he said." News writing states a speaker's point in its own words and then quotes it, sentence by sentence;
# the two ask one point of one speaker even when they share a single word of it ("pay"), as the quotation's sentence
# follows the paraphrase's with nothing between them. The quotation is the one kept: the speaker's own words.
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s")


def _spot(q: dict, flat: str) -> tuple[int, int] | None:
    """Where a question's source stands in the article (spacing made single), or None."""
    source = " ".join(q.get("source", "").split())
    at = flat.find(source) if source else -1
    return None if at < 0 else (at, at + len(source))


# A claim that carries a stretch of the speaker's own words ("the debate had been ‘too much about Fridays and not
# enough about pay’"): a quotation of its own, asked by those words, not the writer's paraphrase of the next one.
_OWN_WORDS = re.compile(r"[‘“'\"](?:[^‘’“”'\"\s]+\s+){4,}[^‘’“”'\"\s]+[’”'\"]")


def _introduces(said: tuple[int, int], quoted: tuple[int, int], flat: str, paragraphs: list[int]) -> int:
    """How a paraphrase's source leads into a quotation's: 2 when it is the sentence just before it in the same
    paragraph (or the same sentence), 1 when it ends the paragraph before, 0 when it does not go just before it (a
    paraphrase after a quotation usually says something new: "…,” Okhtar said. He said the filling would go ahead")."""
    if said[0] >= quoted[0]:
        return 0
    if quoted[0] <= said[1]:
        return 2
    gap = flat[max(said[0], said[1] - 3):quoted[0]]  # (the paraphrase's own last words: its sentence's end)
    if len(gap) > 300 or len(_SENTENCE_END.findall(gap + " ")) > 1:
        return 0
    return 2 if bisect_right(paragraphs, said[0]) == bisect_right(paragraphs, quoted[0]) else 1


def _paragraph_starts(article: str) -> list[int]:
    """Where each paragraph starts in the article with its spacing made single."""
    starts, at = [], 0
    for para in article.split("\n\n"):
        words = " ".join(para.split())
        if words:
            starts.append(at)
            at += len(words) + 1
    return starts


# Verbs of a stance or a view, which two different points of one speaker share ("wants the hall sold" beside "I do
# not want to sell it either"): no word of the point itself.
_STANCE_STEMS = frozenset(stem(w) for w in ("want", "wants", "wanted", "hope", "hopes", "wish", "wishes", "think",
                                            "thinks", "believe", "believes", "feel", "feels", "know", "knows", "call",
                                            "calls", "urge", "urges", "ask", "asks", "demand", "demands", "support",
                                            "supports", "back", "backs", "oppose", "opposes", "reject", "rejects",
                                            "need", "needs", "agree", "agrees", "cannot", "can't", "won't"))


# A figure, a count or a date in a paraphrase: a fact of its own that the quotation after it need not repeat
_FIGURED = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                      r"fifty|hundred|thousand|million|billion|half|third|quarter|double[sd]?|twice|treble[sd]?|"
                      r"January|February|March|April|May|June|July|August|September|October|November|December|"
                      r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


# What someone will or would do, or must: an action or a promise of its own ("said members would ballot on industrial
# action. “Our people gave up their pay rises …,” she said" asks two things), not the view a quotation goes on to give
_WILL_DO = re.compile(r"\b(?:would|will|shall|could|should|must|might|may|plans?|planned|intends?|intended|wants?|"
                      r"wanted|won['’]t|wouldn['’]t|going\s+to)\b", re.IGNORECASE)


def _own_fact(q: dict) -> bool:
    """Whether a paraphrase may hold a point its quotation does not: anything but a reported claim ("Who said that
    …?", "True or false: X said that …") is the reporter's own (a position, "who campaigned against …"), and a claim
    with a figure or a date, or of what someone will do, has a fact of its own."""
    reported = bool(q.get("reported")) or bool(re.match(r"True or false: .{0,80}? said that ", q.get("prompt", "")))
    return not reported or bool(_FIGURED.search(_asked_text(q)) or _WILL_DO.search(_asked_text(q)))


def _restated(paraphrase: frozenset[str], quotation: frozenset[str], near: int, figured: bool = True) -> bool:
    """Whether a paraphrase just before a quotation (`near`, as `_introduces` says) states its point: two words of
    the point itself in common, or one in the same paragraph ("… could not pay more without cutting services.
    “If we pay more, we run fewer buses,” he said"). Stance verbs are no word of the point."""
    common = len((paraphrase & quotation) - _STANCE_STEMS)
    # (the sentence just before a quotation in its paragraph is how the reporter introduces it, whatever its words:
    # "X said many families had heard promises before. “People will believe it when …,” she said" is one point)
    # (unless the paraphrase holds a figure or a date of its own: "said the crossings would open on 1 June. “This
    # is the first accord with a date in it,” he said" asks two things)
    return near == 2 and (common >= 1 or not figured) or near > 0 and common >= 2


def _sides_of(context: CheckContext) -> dict[str, str]:
    """Each person's side, as norm()ed names: an organisation speaks through its chief ("Its chief executive, X,
    said …"), so the organisation's statement and the chief's quotation of one point are one point asked twice."""
    return {norm(p["name"]): norm(p["side"]) for p in context.people if p.get("name") and p.get("side")}


def _one_voice(a: str, b: str, sides: dict[str, str]) -> bool:
    # ("christian democratic union" of a statement, whose name `_STATED` reads up to its "of", is the "… Union of X")
    return bool(a) and bool(b) and (a == b or sides.get(a) == b or sides.get(b) == a or a.startswith(b + " of ") or
                                    b.startswith(a + " of "))


# A standfirst: a line under the title, before the story, that ends without a sentence's closing mark ("Union says
# members will not sign offer; operator warns of cuts", "… Corvane says its offer is “full and fair”"). It sums up the
# story's sentences, so a question from it asks again what a question from the body asks.
_CLOSED = re.compile(r"[.!?][”\"’')\]]*$")


def standfirst(article: str) -> str:
    """The standfirst's words as ' word word … ' ("" when the story opens without one): the first paragraphs under
    the title that are one line each and end without a closing mark, up to the first that does not."""
    out = []
    for para in article.split("\n\n")[1:4]:
        line = " ".join(para.split())
        if not line:
            continue
        if _CLOSED.search(line) or len(line.split()) < 4 or "\n" in para.strip():
            break  # (a live page's list of key points, one a line, is the story's own summary, not a standfirst)
        out.append(line)
    return " ".join(f" {' '.join(words_of(line))} " for line in out)


def _summed_up(line: frozenset[str], line_holder: str, told: frozenset[str], told_holder: str,
               sides: dict[str, str]) -> bool:
    """Whether a standfirst's question (`line`, `line_holder`) asks again what a body question asks: the same point
    whoever holds it, or one word of the point for the same holder (the standfirst's "Birchmoor presses for a sale of
    the drone unit instead" sums up the body's "Birchmoor urges the board to sell the loss-making drone division")."""
    return same_point(line, told, *SAME_HOLDER) or _one_voice(line_holder, told_holder, sides) and bool(
        (line & told) - _STANCE_STEMS)


# "What does the Players' union back?", "According to the article, what do campaigners vow to do?": the one a
# "what" question asks about, with its verb (and a "to do") after it.
# "Which of these is the Players' union's position, according to the article?": the side it asks about.
_POSITION_OF = re.compile(r"^Which of these is (?:the )?(?P<who>.+?)(?:['’]s|['’]) position, "
                          r"according to the article\?$")
_WHAT_OF = re.compile(r"^(?:According to the article, )?[Ww]hat (?:does|do|did|is|are) (?:the )?(?P<who>.+?) "
                      r"[a-z]+(?: to do)?\?$")


def _asked_of(q: dict) -> str:
    """The side a "What does X want?" or "Which of these is X's position?" question asks about, as norm()ed ("" for any
    other question): its answer is X's point, so a statement of X's on that point ("True or false: X wants …") or X's
    chief's quotation of it asks it again."""
    if q.get("topic") != "demands" or q["type"] not in ("choice", "flash"):
        return ""
    m = _WHAT_OF.match(q.get("prompt", "")) or _POSITION_OF.match(q.get("prompt", ""))
    return norm(m.group("who")) if m else ""


def _unnamed_in_story(q: dict, story: str) -> bool:
    """Whether a standfirst's "What does X …?" names X only as the headlines do ("campaigners", "Players' union" for
    the body's "Professional Rink Hockey Players' Association"): a headline's shorthand, which leaves out who did
    what (`story`: the words of the story under its title and standfirst, as ' word word … ')."""
    m = _WHAT_OF.match(q.get("prompt", ""))
    return bool(m) and f" {' '.join(words_of(m.group('who')))} " not in story


def _story_words(article: str, stand: str) -> str:
    """The words of the story's own sentences: the article without its title and its standfirst."""
    words = f" {' '.join(words_of(article.partition(chr(10))[2]))} "
    for line in stand.split("  "):
        if line.strip():
            words = words.replace(f" {line.strip()} ", " ", 1)
    return words


def _from_standfirst(q: dict, stand: str) -> bool:
    said = " ".join(words_of(q.get("source", "")))
    return bool(stand) and len(said.split()) >= 3 and f" {said} " in stand


# One sentence asked twice in other words ("True or false: X wants Y" beside a cloze "…, which _____ wants Y"):
# most of the smaller point is in the other. One speaker's or side's point asked twice ("Our choices mean more nurses,
# more buses" beside "the savings will pay for more buses and nurses"): less, but two stems.
SAME_SENTENCE = (0.6, 3)
SAME_HOLDER = (0.4, 2)
# A speaker is asked at most twice about one passage (this many characters around their words).
PASSAGE = 900


# "Her daughter, X, said …", "his widow, Y": the speaker is someone's kin, and that someone is a "she" or a "he"
_KIN = re.compile(r"\b(her|his)\s+(?:\w+\s+)?(?:daughter|son|wife|husband|widow|widower|grandson|granddaughter|"
                  r"brother|sister|mother|father|partner|niece|nephew|child|children|grandchildren)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)


_SAID_THAT = re.compile(r"True or false: (.+?) said that (.+)$")
_FIRST_PERSON_WORD = re.compile(r"\b(?:we|I|our|my)\b")


def _claim_of(q: dict) -> str:
    if q.get("type") == "quote" and q.get("reported"):
        return q.get("quote", "")
    m = _SAID_THAT.match(q.get("prompt", "")) if q.get("type") == "choice" else None
    return m.group(2) if m else ""


def _kin_named(c: Candidate, sexed: dict[str, str], titled: list[str]) -> Candidate | None:
    """A reported claim of someone's kin with a "she" or "he" of that someone's sex ("Her grandson, X, said she had
    marked his homework"): the pronoun is the one whose grandson speaks, not the speaker, and "Who said that they
    …?" or an unnamed "she" asks what only the article knows (reader 4 and rdf's reading). It is named when the
    title names one person of that sex (an obituary's subject) and the speaker is of the other sex; otherwise, or
    when the claim's first such pronoun is not a subject, the claim is not asked (None). Other questions pass."""
    q = c.question
    claim = _claim_of(q)
    if not claim:
        return c
    source = q.get("source", "")
    said = source.find(" ".join(claim.split()[:2])) if claim.split() else -1
    kin = _KIN.search(source[:said] if said > 0 else source)
    if not kin:
        return c
    sex = "f" if kin.group(1).lower() == "her" else "m"
    theirs = list((_SHE if sex == "f" else _HE).finditer(claim))
    if not theirs:
        return c
    said = _SAID_THAT.match(q.get("prompt", ""))
    speaker = q.get("speaker") or (said.group(1) if said else "")
    who = [n for n in titled if sexed.get(n) in (sex, None) and n != speaker]
    if sexed.get(speaker) in (sex, None) or len(who) != 1 or theirs[0].group().lower() not in ("she", "he"):
        return None
    named = claim[:theirs[0].start()] + who[0] + claim[theirs[0].end():]
    new = dict(q)
    if q.get("type") == "quote":
        new["quote"] = named
    else:
        new["prompt"] = q["prompt"].replace(claim, named)
    return replace(c, question=new)


def _own_pronouns(c: Candidate, neutral: Candidate | None, sexed: dict[str, str],
                  pool: tuple[str, ...] = ()) -> Candidate | None:
    """The question with the speaker's own "he"/"she" kept: one named person is never "they" ("Who said that their
    client would appeal?" reads as someone else's client, "Who insists that they did not start the fire?" as a
    group's). Kept as written when every option is of the speaker's sex (nothing is given away); else with the
    wrong options cut to those of the speaker's sex (known first, then unknown) when two are left; else dropped
    (None). A question whose neutral rewrite is itself (no pronoun of the speaker's) passes as it is."""
    if neutral is None or neutral.question == c.question:
        return neutral
    q = c.question
    if q.get("type") == "quote":
        key, others = q.get("speaker", ""), [n for n in q.get("distractors", []) if n != q.get("speaker")]
    elif q.get("type") == "choice":
        key, others = q.get("answer", ""), [n for n in q.get("choices", []) if n not in ("True", "False", q.get("answer"))]
    else:
        return neutral
    sex = sexed.get(key) or _claim_sex(neutral.question, q)
    if sex is None:
        return _said_statement(c)
    known = [n for n in others if sexed.get(n) == sex]
    if len(known) == len(others) and len(others) >= 2:
        return c
    # the bank's other people known to be of that sex make up the options (`pool`); a name of unknown sex may be
    # anyone's ("he" beside "Brenda Tolley" gives it away)
    said = q.get("quote") or q.get("prompt") or ""
    same = list(dict.fromkeys(known + [n for n in pool if n != key and sexed.get(n) == sex and
                                       n.split()[-1] not in said]))[:3]  # (never the person the words are about)
    if len(same) < 2:
        return _said_statement(c)  # "they" for one person, or a pronoun that gives the answer away: not asked so
    new = dict(q)
    if q.get("type") == "quote":
        new["distractors"] = same
    else:
        new["choices"] = sorted([key, *same]) if q["choices"] == sorted(q["choices"]) else [key, *same]
    return replace(c, question=new)


def _said_statement(c: Candidate) -> Candidate | None:
    """A reported claim that cannot be asked "Who said that …?" without "they" for one person or a pronoun giving the
    answer away, as a statement naming its speaker with the speaker's own pronouns ("True or false: Ana Roe said that
    she and 40 other teachers left at dawn."); None for any other question."""
    q = c.question
    if q.get("type") != "quote" or not q.get("reported") or not q.get("speaker") or not q.get("quote"):
        return None
    return replace(c, question={
        "id": f"{q['id']}-tf", "type": "choice", "topic": q.get("topic", "who-said-what"),
        "prompt": f"True or false: {q['speaker']} said that {q['quote'].rstrip('.')}.", "choices": ["True", "False"],
        "answer": "True", "source": q.get("source", ""), "explanation": q.get("explanation", ""),
    }, priority=c.priority * 0.5)  # (below the writer's own statement of the claim, which may be false)


def _claim_sex(neutral: dict, q: dict) -> str | None:
    """The sex of the first pronoun the neutral rewrite took out of the question ('m', 'f'), else None."""
    before = q.get("quote") if q.get("type") == "quote" else q.get("prompt")
    after = neutral.get("quote") if q.get("type") == "quote" else neutral.get("prompt")
    for a, b in zip(re.findall(r"[\w’']+", before or ""), re.findall(r"[\w’']+", after or "")):
        if a.lower() != b.lower():
            word = re.split(r"['’]", a.lower())[0]
            return "m" if word in ("he", "him", "his", "himself") else "f" if word in (
                "she", "her", "hers", "herself") else None
    return None


def _someone_elses(q: dict, persons: set[str], sexed: dict[str, str]) -> str:
    """A "he" or "she" in a question's own words that is neither its answer's (a "Who said that he had lost his
    business?" whose speaker is a woman) nor that of anyone named before it of that sex: whose, only the article
    says (pronouns.unmet_pronoun; the checks ask the same without the sexes)."""
    prompt = shown_prompt(q)
    answer = q.get("speaker") if q.get("type") == "quote" else q.get("answer")
    if q.get("type") == "quote" and not q.get("reported") or q.get("type") == "match":
        return ""  # the speaker's own words
    if q.get("type") == "typed":
        # a cloze's "he" may be its gap's person ("before he unlocks the shop, _____ climbs …"), unless that person
        # is known to be a woman ("the Rev _____, says … the day he stops"); a figure's gap is no one
        gap = answer_key(q)
        return unmet_pronoun(prompt, persons, sexed, sexed.get(gap) if gap in persons else "")
    if re.match(r"Who\b", prompt):
        return unmet_pronoun(prompt, persons, sexed, sexed.get(answer) if isinstance(answer, str) else None)
    return next((p for p in (unmet_pronoun(t, persons, sexed) for t in [prompt, *q.get("items", [])]) if p), "")


_AHEAD = re.compile(r"What is the date when\b|(?:On what date|In what (?:month|year)|When)\s+(?:will|would|shall|does|"
                    r"do|is|are)\b")


def _two_coming(q: dict, other: dict, names: frozenset[str]) -> bool:
    """Two things still to come, a month and a day in it, from different sentences and with nothing of their point
    in common ("In what month would the presidency circulate a compromise paper?" beside "On what date does the
    season open?"): two events of a timetable, each asked, not one event asked twice less exactly (a story told
    afterwards names its walkout's month and then its day)."""
    return bool(_AHEAD.match(q.get("prompt", "")) and _AHEAD.match(other.get("prompt", ""))) and \
        norm(q.get("source", "")) != norm(other.get("source", "")) and not (point(q, names) & point(other, names))


def _when(c: Candidate) -> str | None:
    """The day a date question asks, as the ranking compares them ("2025-10-12", "2025-10")."""
    q = c.question
    return c.fact.rsplit(":", 1)[-1] if c.fact.startswith("date:") else \
        q.get("answer") if q.get("topic") == "dates" and q["type"] in ("date", "choice") else None


def _statement(q: dict) -> bool:
    return q["type"] == "choice" and q.get("choices") == ["True", "False"]


def _balanced(kept: list[tuple[Candidate, Review]], passing: list[tuple[Candidate, Review]],
              pace: Pacer) -> list[tuple[Candidate, Review]]:
    """At most one more true statement than false ones: a bank of statements that are mostly true teaches a
    student to answer "True" without reading. A surplus true statement is asked in another form of its own fact
    ("Which side wants …?", "Which of these is X's position …?") when one passed its checks, else dropped; the
    least worth, and those whose sentence another question asks, go first. No false statement is made up to even the count: only the text can falsify one."""
    true = [c for c, _ in kept if _statement(c.question) and c.question["answer"] == "True"]
    surplus = len(true) - sum(1 for c, _ in kept if _statement(c.question) and c.question["answer"] == "False") - 1
    if surplus <= 0:
        return kept
    wanted = {c.fact for c in true}
    forms: dict[str, list[tuple[Candidate, Review]]] = {}  # each surplus fact's other forms, best first
    for a, r in passing:
        pace()
        if a.fact in wanted and not _statement(a.question):
            forms.setdefault(a.fact, []).append((a, r))
    taken = {id(c) for c, _ in kept}
    score = {id(c): r.score for c, r in kept}

    def other_form(c: Candidate) -> tuple[Candidate, Review] | None:
        return next(((a, r) for a, r in forms.get(c.fact, []) if id(a) not in taken), None)

    sources: dict[str, int] = {}  # how many kept questions ask from each sentence
    for k, _ in kept:
        sources[norm(k.question.get("source", ""))] = sources.get(norm(k.question.get("source", "")), 0) + 1

    def heard_elsewhere(c: Candidate, bank: list[tuple[Candidate, Review]]) -> bool:
        """Whether another question of the bank already asks what the statement's side or speaker wants or says: a
        side's only asked position is the last to go, so each side keeps its demand in the bank."""
        holder = _held_by(c.question)
        if not holder:
            return True
        for k, _ in bank:
            q = k.question
            if k is c or q.get("answer") == "False":
                continue  # a statement made false tells nothing the side holds
            if holder in (_who_key(q), _held_by(q)) or q.get("topic") == "demands" and word_in(holder, norm(q.get(
                    "prompt", ""))):
                return True
        return False

    out = list(kept)
    left = list(true)
    # one at a time, as each drop can leave a side with its last statement: a statement whose sentence another kept
    # question also asks goes before one that is its sentence's only question, so the bank still covers what that
    # sentence tells; then one whose side another question asks goes before a side's only one
    for _ in range(surplus):
        pace()
        c = min(left, key=lambda c: (c.fact not in forms, sources[norm(c.question.get("source", ""))] < 2,
                                     not heard_elsewhere(c, out), score[id(c)], -true.index(c)))
        left.remove(c)
        at = next(i for i, (k, _) in enumerate(out) if k is c)
        alt = other_form(c)
        if alt:
            out[at] = alt
            taken.add(id(alt[0]))
        else:
            del out[at]
    return out


# What a story is about is told in its title and its first paragraphs: a question from there is worth a little more
# than one from further down, and a figure the title reads out (the fine, the price, the fare rise) is the story's
# number. A count of people ("640 members", "about 300 residents") is rarely what a story turns on.
LEAD_PARAGRAPHS = 2
LEAD_WORTH = 0.05
TITLE_FIGURE_WORTH = 0.12
LEAD_FIGURE_WORTH = 0.08  # the story's first sentence's own figure ("… without a deal on Estrand's 25% tariff")
HEADCOUNT_WORTH = -0.3
_PEOPLE = {"people", "persons", "members", "residents", "staff", "workers", "employees", "fans", "supporters",
           "volunteers", "students", "pupils", "teachers", "passengers", "visitors", "voters", "protesters",
           "demonstrators", "signatories", "children", "adults", "patients", "nurses", "doctors", "officers",
           "followers", "subscribers", "attendees", "participants", "spectators", "customers", "users", "families",
           "households", "locals", "parents", "campaigners", "delegates", "guests", "runners", "riders", "players",
           "villagers", "tenants", "shoppers", "commuters", "viewers", "listeners", "readers", "mourners", "pilgrims",
           "drivers", "pilots", "crew", "farmers", "miners", "soldiers", "troops", "refugees", "migrants", "officials",
           "councillors", "journalists", "athletes", "women", "men", "individuals", "citizens", "inhabitants",
           "tourists", "holidaymakers", "applicants", "claimants", "recipients", "owners", "homeowners"}


class Prominence:
    """How near the story's point a candidate is: its source in the title or the lead, its figure the title's, or
    a mere headcount. Read once per article; `worth` is added to a passing candidate's score when ranking."""

    def __init__(self, article: str) -> None:
        title, _, body = article.partition("\n")
        self.title = title
        paragraphs = [p for p in body.split("\n\n") if p.strip()]
        self.lead = " ".join(" ".join(paragraphs[:LEAD_PARAGRAPHS]).split())
        first = " ".join(paragraphs[0].split()) if paragraphs else ""
        self.first = re.split(r"(?:(?<=[.!?])|(?<=[.!?][”\"’]))\s+(?=[“\"A-Z])", first, maxsplit=1)[0]  # the story's first sentence
        # the title's figures in one spelling: "£142m" in the title is the body's "£142 million"
        self.titled = [v for v in (normalise_numbers(f.value) for f in figures_in(title)) if len(v) >= 2]
        self.asked: set[str] = set()  # the title's figures a passing figure question asks (set by `select`)

    def _figure(self, q: dict) -> tuple[str, str] | None:
        """(kind, what it counts) of the figure a question asks, as its source reads it."""
        value = _figure_of(q)
        if not value:
            return None
        found = [f for f in figures_in(q.get("source", "")) if norm(f.value) == norm(value)]
        return (found[0].kind, found[0].counted.lower()) if found else None

    def worth(self, c: Candidate) -> float:
        q = c.question
        source = " ".join(q.get("source", "").split())
        extra = LEAD_WORTH if source and source[:80] in self.lead else 0.0
        if c.fact.startswith("figure:") or q["id"].startswith("number-"):
            figure = self._figure(q)
            value = _figure_of(q)
            if value and len(value) >= 2 and (_figure_in(value, self.title) or normalise_numbers(value) in self.titled):
                extra += TITLE_FIGURE_WORTH
            elif figure and figure[0] == "count" and figure[1].split()[-1:] and figure[1].split()[-1] in _PEOPLE:
                extra += HEADCOUNT_WORTH
            elif value and len(value) >= 2 and source and source[:80] in self.first and [
                    f.value for f in figures_in(self.first)][:1] == [value]:
                extra += LEAD_FIGURE_WORTH
        elif self.titled and q.get("type") in ("date", "choice") and not q["id"].startswith("how-"):
            # a question that only reads out the title's figure ("What was the date when X completed its £142
            # million takeover?") goes after the question that asks it, so the story's number is asked, not told
            shown = normalise_numbers(shown_prompt(q))
            if any(_figure_in(v, shown) for v in self.titled if v in self.asked):
                extra -= TITLE_FIGURE_WORTH
        return extra


def _figure_in(value: str, text: str) -> bool:
    """Whether the figure stands whole in the text: not inside a longer number ("12" of "1.12" or "312") or word.
    (Found without a pattern built from the figure: see test_regex_cache.py.)"""
    at = text.find(value)
    while at >= 0:
        before, after = text[at - 1:at], text[at + len(value):at + len(value) + 1]
        if not (before and (is_word_char(before) or before in ".,")) and not (after and is_word_char(after)):
            return True
        at = text.find(value, at + 1)
    return False


def _pair_point(left: str, names: frozenset[str]) -> frozenset[str]:
    """The point of one position in a match ("Supports X's budget"), as `point` reads a question's."""
    return point({"type": "flash", "prompt": left, "answer": ""}, names)


def _unasked_pairs(c: Candidate, points: list, names: frozenset[str], sides: dict[str, str]) -> Candidate | None:
    """A match without the pairs another kept question already asks (the same side's same point: "Supports X's
    budget → Greens" beside "Which side supports X's budget?"), or None when fewer than three pairs, or fewer than
    two sides, are left: a match is the bank's round-up of positions, not a second asking of them."""
    pairs = c.question.get("pairs", [])
    kept = [k for k, (a, b) in enumerate(pairs) if not any(
        not o_figure and o_false is not True and _one_voice(norm(b), o_holder, sides) and
        same_point(_pair_point(a, names), o_point, *SAME_HOLDER) for o_holder, _, o_point, o_figure, o_false in points)]
    if len(kept) == len(pairs):
        return c
    if len(kept) < 3 or len({pairs[k][1] for k in kept}) < 2:
        return None
    told = str(c.question.get("explanation", "")).split("; ")  # one part a pair, in their order
    told = "; ".join(told[k] for k in kept) if len(told) == len(pairs) else c.question.get("explanation", "")
    return replace(c, question={**c.question, "pairs": [pairs[k] for k in kept], "explanation": told})


def budget(words: int) -> int:
    """How many questions an article of `words` words supports: about one per 20 words, 8 to 80."""
    return max(8, min(80, words // 20))


_NAMED_IN_WHY = re.compile(r"“([^”]+)”")


def _without_unfit_option(q: dict, review: Review) -> dict | None:
    """The question without the one wrong option its only failed check names ("“Halvard Lines” is nowhere in the
    article written as a person"), where enough options are left; None otherwise. A quotation's speaker is sure
    while a distractor drawn from the cast may be a firm read as a person: drop the distractor, not the question."""
    failed = review.failed
    if len(failed) != 1 or failed[0].name != "names":
        return None
    named = _NAMED_IN_WHY.search(failed[0].why)
    if not named:
        return None
    wrong = named.group(1)
    if q.get("type") == "quote" and wrong in q.get("distractors", ()) and len(q["distractors"]) >= 3:
        return {**q, "distractors": [d for d in q["distractors"] if d != wrong]}
    if q.get("type") == "choice" and wrong in q.get("choices", ()) and wrong != q.get("answer") and \
            len(q["choices"]) >= 4:
        return {**q, "choices": [d for d in q["choices"] if d != wrong]}
    return None


def select(candidates: list[Candidate], context: CheckContext, words: int,
           pace: Pacer | Callable[[], None] | None = None) -> tuple[list[dict], dict[str, Review]]:
    """The kept questions (in topic order, then article order) and each one's review. `pace` hears of
    each question checked (see pacing.py), so a cancel raised from it stops a long article's checking."""
    pace = pacer(pace)
    # "Who said that she …?" among men's names asks nothing: the speaker's pronoun goes before any is judged
    known = {p.get("name") for p in context.people}
    sexed = sexes(context.article, context.people + [{"name": n} for n in sorted(context.persons - known)], pace)
    title = context.article.split("\n", 1)[0]
    titled = sorted(n for n in {*(p.get("name", "") for p in context.people), *context.persons} if n and n in title)
    lead = context.article.split("\n", 1)[1].lstrip()[:80] if "\n" in context.article else ""
    if len(titled) > 1:  # the title's person the story opens on ("Orla Reid, who ran …"), not a place beside them
        titled = [n for n in titled if lead.startswith(n)] or titled
    candidates = [_kin_named(c, sexed, titled) for c in candidates]
    pool = tuple(p.get("name", "") for p in context.people if p.get("role") != "organisation" and p.get("name"))
    candidates = [k for k in (_own_pronouns(c, ungendered(c, pace, sexed, context.article), sexed, pool)
                              for c in candidates if c) if k]
    everyone = context.persons | known
    candidates = [c for c in candidates if not _someone_elses(c.question, everyone, sexed)]
    reviewed = []
    for c in candidates:
        pace(CHECK_COST)
        review = review_question(c.question, context, c.priority)
        fewer = _without_unfit_option(c.question, review)
        if fewer is not None:
            pace(CHECK_COST)
            again = review_question(fewer, context, c.priority)
            if again.passed:
                c.question, review = fewer, again
        reviewed.append((c, review))
    order = {id(c): i for i, c in enumerate(candidates)}
    # A verbatim quotation goes before a position or a claim from its own clause: the speaker's words are the
    # surest form of the fact, so it is the one kept when both ask it.
    # …and what the title and the lead are about is asked before the background (`Prominence`).
    prominence = Prominence(context.article)
    prominence.asked = {v for c, r in reviewed if r.passed and c.fact.startswith("figure:")
                        for v in [normalise_numbers(_figure_of(c.question))] if v in prominence.titled}
    passing = sorted(((c, r) for c, r in reviewed if r.passed),
                     key=lambda cr: (-cr[1].score - (0.2 if _verbatim(cr[0].question) else 0) -
                                     prominence.worth(cr[0]), order[id(cr[0])]))
    kept: list[tuple[Candidate, Review]] = []
    asked: list[tuple[str, str]] = []  # (key, the source's words) of each kept question on a who or a side
    dates: set[str] = set()
    dated: dict[str, dict] = {}  # each kept date's question
    facts: set[str] = set()
    same_key: dict[tuple, int] = {}
    superseded: set[str] = set()  # dates a more exact question on the same event replaced ("2025-10" by "2025-10-12")
    figured: set[str] = set()  # sources whose figure is asked ("How many …?" or a number's cloze): once each
    figures_left = max(2, budget(words) // 8)
    told: dict[str, list[tuple[bool, dict]]] = {}  # each source's kept questions, and whether each asks a figure
    spans: list[tuple[str, int, int]] = []  # (speaker, start, end) in the article of each kept "Who said …?"
    points: list[tuple[str, str, frozenset[str], bool, bool]] = []  # (holder, source words, point, is a figure, is a
    # false statement) of each kept
    names = _name_words(context)
    talks: list[tuple[str, int]] = []  # (speaker, where in the article) of each kept "Who said …?", quoted or not
    flat = " ".join(context.article.split())  # a source's line breaks are spaces
    sides = _sides_of(context)
    paragraphs = _paragraph_starts(context.article)
    stand = standfirst(context.article)
    story = _story_words(context.article, stand) if stand else ""
    # (holder, where, point, candidate) of each kept quotation and each kept paraphrase of someone's point
    quoted: list[tuple[str, tuple[int, int], frozenset[str], Candidate]] = []
    paraphrased: list[tuple[str, tuple[int, int], frozenset[str], Candidate]] = []
    body: list[tuple[frozenset[str], str, Candidate]] = []  # (point, holder, candidate) kept from the story's
    summed: list[tuple[frozenset[str], str, Candidate]] = []  # sentences, and from its standfirst
    evicted: set[int] = set()  # kept ones a better form of their point, kept after them, replaces
    stand_points: set[int] = set()  # where in `points` those of the standfirst's questions are
    for c, r in passing:
        pace()  # one draft question's comparing (its point against the kept ones') is a unit of work
        base = c.fact.removesuffix(":false")
        q = c.question
        answer = (q["type"], q.get("speaker") or (q.get("answer") if q.get("answer") not in ("True", "False") else None))
        if base in facts or (answer[1] and same_key.get(answer, 0) >= MAX_SAME_KEY):
            continue  # one question a fact; and not six "Who said …?" questions all keyed to one speaker
        who = _who_key(q)
        said = f" {' '.join(words_of(q.get('source', '')))} "
        if who and any(k == who and _same_clause(said, w) for k, w in asked):
            continue  # "Who said that he is waiting for X?" beside "Who is waiting for X?": one fact, asked once
        # the day itself, not how it is shown ("2025-03-19" on a date question, "19 March 2025" on a choice)
        when = c.fact.rsplit(":", 1)[-1] if c.fact.startswith("date:") else \
            q.get("answer") if q.get("topic") == "dates" and q["type"] in ("date", "choice") else None
        if when and when in dates:
            continue  # the walkout's day asked as "When did … walk out?" and again as "When did picket lines go up?"
        vaguer = [d for d in dates if when and d != when and len(d) >= 7 and len(when) >= 7 and
                  (d.startswith(when) or when.startswith(d)) and not _two_coming(q, dated[d], names)]
        if vaguer and any(len(d) > len(when) for d in vaguer):
            continue  # "In what month did the walkout begin?" beside "On what date did the machinists stop work?"
            # (12 October in October): one event asked twice, once less exactly; the exact one stays
        if vaguer:
            superseded.update(vaguer)
        if q["type"] == "typed" and q["id"].startswith("number-") and \
                any(o.get("topic") == "dates" and _in_date(q, o) for _, o in told.get(norm(q.get("source", "")), [])):
            continue  # "The summer term begins on ___ April" beside "On what date does the summer term begin?"
        figure = c.fact.startswith("figure:") or q["id"].startswith("number-")
        src = norm(q.get("source", ""))
        if figure and (src in figured or figures_left <= 0):
            continue  # "How many schools …?" and the same sentence's figure as a cloze; and not a bank of sums
        if _told(q, figure, told.get(src, [])):
            continue  # "True or false: the agency plans to spend $4.1 billion …" beside "How much does the agency plan to spend?"
        if _dated_twice(q, told.get(src, [])):
            continue  # "True or false: X said the move came at the end of 2004" beside "In what year did the move come?"
        if _named_by_cloze(q, who, told.get(src, [])):
            continue  # "Who said that they thought …?" beside the cloze "Lena Roy said she thought … a budget of ___"
        span = _said_span(q, context.article)
        if span and _carried_on(span, spans):
            continue  # the next paragraph of the same quotation: "Who said …?" twice for one statement
        if q["type"] == "match":
            fewer = _unasked_pairs(c, points, names, sides)
            if fewer is None:
                continue  # "Supports X's budget → Greens" beside "Which side supports X's budget?": asked already
            order[id(fewer)] = order[id(c)]
            c, q = fewer, fewer.question
        # a figure or a date asks how much or when, not the point its sentence makes (`_told` and `dates` keep those)
        mine = point(q, names) if not figure and q.get("topic") != "dates" else frozenset()
        holder = _asked_of(q) or who or _held_by(q)
        # (None: no statement at all, so no true/false pair with one)
        false = (q.get("answer") == "False") if q["type"] == "choice" and q.get("answer") in ("True", "False") else None
        if mine and holder and false is False and not any(
                o_holder == holder and o_false is False and len(mine & o_point) >= 2 for o_holder, _, o_point, _, o_false
                in points):
            # a true statement beside a false one kept of its holder on one matter: the true one is kept instead
            # ("The US wants large, specific farm purchases" over "The US balks at fixed farm purchases", false)
            twins = {id(k) for k, _ in kept if _held_by(k.question) == holder and k.question.get("answer") == "False"
                     and len(point(k.question, names) & mine) >= 2}
            if twins:
                kept = [(k, kr) for k, kr in kept if id(k) not in twins]
                points = [x for x in points if not (x[0] == holder and x[4] is True and len(x[2] & mine) >= 2)]
        # "True or false: Y said that …" made false with a wrong speaker: the point is the real speaker's, whom any
        # question of theirs on it names ("Who said: “Families were frightened …”?" answers it)
        # …and so is a statement made false with another side ("True or false: Y wants a signed price deal" beside
        # "What does X want?" or "Which side wants a signed price deal?") whose point is mostly the kept one's
        misattributed = (SAME_HOLDER if _SAID_STATEMENT.match(q.get("prompt", "")) else SAME_SENTENCE) \
            if false is True else None
        lined = _from_standfirst(q, stand)
        if mine and any(not o_figure and (
                (_same_clause(said, o_said) and same_point(mine, o_point, *SAME_SENTENCE)) or
                (misattributed and o_holder and not o_false and same_point(mine, o_point, *misattributed)) or
                (holder and _one_voice(holder, o_holder, sides) and not (o_false and not false) and
                 same_point(mine, o_point, *SAME_HOLDER)) or
                (holder and o_holder == holder and None not in (false, o_false) and false != o_false and
                 len(mine & o_point) >= 2))
            # ("The US balks at fixed farm purchases" false beside "The US wants large, specific farm purchases"
            # true: the true one answers the false one)
                for k, (o_holder, o_said, o_point, o_figure, o_false) in enumerate(points)
                if lined or k not in stand_points):  # (a body sentence's question replaces the standfirst's, below)
            continue  # the same point again, in other words or another kind of question
        # (someone's point in other words: a reported claim, a statement, a position; not who a person is, nor a cloze)
        spot = _spot(q, flat) if mine and holder and false is not True and q["type"] != "typed" and \
            q.get("topic") in ("who-said-what", "demands") and not _OWN_WORDS.search(_asked_text(q)) or span else None
        if spot and span is None and any(_one_voice(h, holder, sides) and
                                         _restated(mine, p, _introduces(spot, at, flat, paragraphs),
                                                   _own_fact(q))
                                         for h, at, p, _ in quoted):
            facts.add(base)  # nor as a statement made false with another speaker ("True or false: Y said that …")
            continue  # "Who said the company could not pay more?" beside "Who said: “If we pay more, we run …”?"
        if lined and _unnamed_in_story(q, story):
            continue  # "What do campaigners vow to do?", "What does the Players' union back?": who, the story says
        if mine and lined and false is not True and any(_summed_up(mine, holder, p, h, sides) for p, h, _ in body):
            continue  # the standfirst's "Corvane says its offer is “full and fair”" beside the body's sentence
        talk = _talk(q, flat)
        if talk and sum(w == talk[0] and abs(at - talk[1]) <= PASSAGE for w, at in talks) >= 2:
            continue  # a third "Who said …?" of one speaker about one passage
        held = _held_in_quote(q, flat)
        if held and any((w == held[0] or not held[0] and w and w in norm(q["prompt"])) and
                        abs(at - held[1]) <= NEXT_TO for w, at in talks):
            continue  # "Who does not want anybody believing …?" from the words next to their quotation already asked
        if spot and span is not None:  # the quotation is kept, not the paraphrase that introduced it
            evicted.update(id(o) for h, at, p, o in paraphrased if _one_voice(h, holder, sides) and
                           _restated(p, mine, _introduces(at, spot, flat, paragraphs),
                                     _own_fact(o.question)))
            quoted.append((holder, spot, mine, c))
        elif spot:
            paraphrased.append((holder, spot, mine, c))
        if mine and not lined and false is not True:  # a body sentence's question is kept, not the standfirst's
            evicted.update(id(o) for p, h, o in summed if _summed_up(p, h, mine, holder, sides))
            body.append((mine, holder, c))
        elif mine and false is not True:  # (a statement made false states nobody's point)
            summed.append((mine, holder, c))
        if talk:
            talks.append(talk)
        if lined:
            stand_points.add(len(points))
        points.append((holder, said, mine, figure, false))  # a false statement gives nobody's point away
        points += [(norm(right), said, _pair_point(left, names), False, None) for left, right in q.get("pairs", [])
                   if q["type"] == "match"]  # each matched position is its side's point asked
        if span:
            spans.append(span)
        if who:
            asked.append((who, said))
        if when:
            dates.add(when)
            dated.setdefault(when, q)
        if figure:
            figured.add(src)
            figures_left -= 1
        told.setdefault(src, []).append((figure, q))
        facts.add(base)
        same_key[answer] = same_key.get(answer, 0) + 1
        kept.append((c, r))
        if len(kept) >= budget(words):
            break
    kept = [(c, r) for c, r in kept if id(c) not in evicted and not _when_said(c.question, kept)]
    kept = [(c, r) for c, r in kept if not (c.question.get("topic") == "dates" and c.question["type"] in ("date", "choice")
                                            and _when(c) in superseded)]
    kept = _balanced(_few_context(kept), passing, pace)
    kept.sort(key=lambda cr: (TOPIC_ORDER.index(cr[0].question["topic"]), order[id(cr[0])]))
    # Judge the kept set as a bank: a question that now duplicates another is dropped.
    final: list[dict] = []
    reviews: dict[str, Review] = {}
    for c, _ in kept:
        pace(CHECK_COST)
        ctx = CheckContext(context.article, people=context.people, persons=context.persons, sides=context.sides,
                           others=list(final), _haystack=context.haystack(),
                           _captions=context.captions(), _caption_text=context.caption_text(),
                           _headlines=context.headlines())
        r = review_question(c.question, ctx, c.priority)
        if r.passed:
            final.append(c.question)
            reviews[c.question["id"]] = r
    return final, reviews
