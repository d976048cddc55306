"""Headline wording: a title or an unpunctuated standfirst drops the articles prose needs ("Council backs rival
plan", "operator promises new road junction"). A question that carries such a phrase over reads as a headline, not
as a question a student is asked ("Which side backs rival plan?"), so the check on whole questions fails it.

Only phrases from headline lines are read this way: in a sentence of the story a bare singular noun is a mass noun
("wants compensation") and reads well.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from studyapp.core.generate.realise import DETERMINERS, IRREGULAR, SAME_PAST

# Words that may open a noun phrase: with one of them before it, a singular noun reads as prose.
_OPENERS = {"a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
            "some", "any", "no", "every", "each", "all", "more", "less", "fewer", "further", "another", "other",
            "both", "either", "neither", "such", "what", "which", "whose", "how", "much", "many", "several", "one",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "whether", "if", "when",
            "why", "where", "who", "them", "him", "it", "us", "me", "you", "they", "he", "she", "we", "not", "to",
            "and", "or", "but", "than", "as", "so", "too", "very", "only", "also", "still", "even", "instead",
            "again", "now", "later", "soon", "there", "here", "own", "last", "next", "first", "enough"}
# Words before a noun phrase that make it prose ("the rival plan", "its new junction"): the clause splitter's
# determiners (realise.DETERMINERS) and the numbers and quantifiers a headline would not drop either
_DETERMINERS = DETERMINERS | {"another", "other", "such", "what", "which", "whose", "one", "two", "three", "four",
                              "five", "six", "seven", "eight", "nine", "ten", "either", "neither", "more", "less",
                              "much", "own", "first", "last", "next", "whole"}
# Words that end the noun phrase a stance takes: after them comes a complement, not the noun's own head.
_PHRASE_ENDS = {"of", "to", "in", "on", "at", "for", "with", "by", "from", "over", "under", "after", "before",
                "about", "against", "into", "than", "and", "or", "but", "that", "which", "who", "as", "if", "until",
                "unless", "while", "because", "since", "without", "within", "across", "between", "through"}
# A stance's preposition, read past to the phrase it takes ("insists on raising …").
_STANCE_PREPOSITIONS = {"on", "for", "to", "about", "against", "with", "over"}
# What the questions drafted from a stance look like: "Which side backs …?", "Who promises …?".
_STANCE_PROMPT = re.compile(r"^(?:which side|who)\s+(?:(?:is|are|was|were)\s+)?[a-z]+\s+(.+?)\?$", re.IGNORECASE)
# The capitalised words a statement opens on: its subject ("True or false: Harriet Lomax argued …")
_SUBJECT = re.compile(r"True or false:\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+[a-z]")
_CLOSING = set(".!?…:;'\"’”)]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.%]*|\S")


def headline_lines(article: str, pace: Callable[[int], None] | None = None) -> frozenset[str]:
    """The title and every line of the body that ends without a sentence's closing mark, spaces made single; none
    for a text of one line (a sentence, not a title over a story). `pace` hears of each line read (pacing.py)."""
    out: set[str] = set()
    lines = 0
    for raw in article.split("\n"):
        if pace:
            pace(len(raw))
        line = " ".join(raw.split())
        if not line:
            continue
        if not lines or line[-1] not in _CLOSING:
            out.add(line)
        lines += 1
    return frozenset(out) if lines > 1 else frozenset()


def _singular(word: str) -> bool:
    w = word.lower()
    return not (w.endswith("s") and not w.endswith(("ss", "us", "is")))


# Verb forms that may sit inside what looks like a noun phrase ("a department kept at …", "the plan set out")
_PARTICIPLES = frozenset(IRREGULAR) | SAME_PAST | {"been", "done", "gone", "seen", "known", "shown", "grown",
                                                  "drawn", "chosen", "frozen", "broken", "spoken", "stolen",
                                                  "written", "driven", "hidden", "fallen", "beaten", "taken",
                                                  "given", "is", "are", "was", "were", "be", "has", "have", "had",
                                                  "will", "would", "can", "could", "should", "may", "might", "must"}


def _plain(word: str) -> bool:
    """A lower-case word that may stand inside a headline's noun phrase: no article, verb form or link word."""
    low = word.lower()
    return word[:1].islower() and all(c.isalpha() or c in "-'’" for c in word) and \
        low not in _OPENERS and low not in _DETERMINERS and low not in _PHRASE_ENDS and \
        low not in _PARTICIPLES and not low.endswith(("ing", "ed", "ly"))


def bare_phrase(phrase: str, least: int = 2) -> str:
    """The headline noun phrase at the start of `phrase` ("rival plan"), or "": two or more plain lower-case words
    with no article before them, ending the clause (at its end, a mark or a link word such as "by", "and"), the last
    singular. One word may be a mass noun ("wants compensation"); a plural needs no article."""
    words = _WORD.findall(phrase)
    if words and words[0].lower() in _STANCE_PREPOSITIONS:
        words = words[1:]
    head: list[str] = []
    for w in words:
        if not _plain(w):
            break
        head.append(w)
    rest = words[len(head):]
    ends = not rest or not rest[0][:1].isalnum() or rest[0].lower() in _PHRASE_ENDS
    if len(head) < least or not ends or not _singular(head[-1]):
        return ""
    return " ".join(head)


def _bare_phrases(line: str) -> list[list[str]]:
    """Each headline noun phrase of a line after a plain word (its verb): "… back rival plan" → rival plan."""
    words = _WORD.findall(line)
    out = []
    for i in range(1, len(words)):
        prev = words[i - 1]
        if _plain(prev):
            # (one noun alone too: in a headline "back walkout after …" dropped its article, where a story's
            # "wants compensation" may be a mass noun)
            found = bare_phrase(" ".join(words[i:]), least=1)
            if found:
                out.append(found.split())
    return out


def headline_wording(q: dict, headlines: frozenset[str], visible: list[str],
                     a_person: Callable[[str], bool] = lambda _name: False) -> str:
    """The bare phrase a question carries over from a headline line into text a student reads, or "" (see the
    module's docstring): the phrase after a word that is no article ("backs rival plan", not "the rival plan")."""
    source = " ".join(str(q.get("source", "")).split())
    if not source or source not in headlines:
        return ""
    prompt = str(q.get("prompt", ""))
    subject = _SUBJECT.match(prompt)
    if prompt.startswith("True or false:") and q.get("topic") in ("demands", "who-said-what") and \
            not (subject and a_person(subject.group(1))):
        # a side's clause copied whole, with the articles the headline dropped ("Members back action in …", "The
        # union said that members will not sign offer"); a named person's argument ("…, argues X" under a column's title) is written as prose
        return "a headline's clause as a statement"
    phrases = _bare_phrases(source)
    if not phrases:
        return ""
    for text in visible:
        shown = _WORD.findall(text)
        words = [w.lower() for w in shown]
        for phrase in phrases:
            n = len(phrase)
            low = [w.lower() for w in phrase]
            for i in range(len(words) - n + 1):
                # (one noun alone only where an answer opens on it, "Walkout after rejecting …": inside a prompt it
                # is as often the last noun of a compound, "the canal system before …")
                if words[i:i + n] == low and (i == 0 or n > 1 and _plain(shown[i - 1])):
                    return " ".join(phrase)
    return ""
