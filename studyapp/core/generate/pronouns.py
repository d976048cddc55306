"""The speaker's own "he" or "she" taken out of a question that asks who the speaker is.

"Who said that she and twenty other nurses walked out at noon?" with one woman among four names asks
nothing (readers found it, and "Who said that he thought …?" with one man among three). The article's
"he" and "she" become "they", the verb after them agreeing ("he is" -> "they are", "she expects" -> "they
expect"), "his" and "her" become "their". A claim whose pronouns cannot be rewritten cleanly ("he's" before a
word that is neither a participle nor an adjective we can tell apart) is dropped rather than asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the question writer imports this module
    from studyapp.core.generate.questions import Candidate

_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}
_PRONOUN = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself|he['’]s|she['’]s|he['’]d|she['’]d|"
                      r"he['’]ll|"
                      r"she['’]ll)\b", re.IGNORECASE)
_AUXILIARY = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't", "wasn't": "weren't",
              "hasn't": "haven't", "doesn't": "don't", "isn’t": "aren’t", "wasn’t": "weren’t",
              "hasn’t": "haven’t",
              "doesn’t": "don’t"}
# Words that stand between a subject and its verb without changing it ("she also thinks", "he still hopes").
_ADVERBS = {"also", "still", "never", "always", "just", "only", "already", "even", "often", "now", "then", "alone",
            "too", "personally", "himself", "herself", "sometimes", "once", "again", "rarely", "usually", "no", "not"}
# An object "her" is followed by one of these (or by nothing): "told her the plan", "asked her to stay".
_AFTER_OBJECT = {"the", "a", "an", "to", "that", "and", "or", "but", "for", "in", "on", "at", "with", "from", "as",
                 "about", "if", "when", "because", "of", "by", "into", "this", "these", "those", "it", "up", "out",
                 "off", "back", "down", "again", "over", "after", "before", "while", "so", "than", "what", "how",
                 "why", "who", "whether", "not", "would", "will", "was", "is", "had", "has", "could", "should"}
_TIME = {"later", "today", "tomorrow", "yesterday", "soon", "here", "there", "twice", "first", "last", "since",
         "instead", "anyway", "either"}
_NOT_VERBS = {"thus", "perhaps", "always", "sometimes", "nevertheless", "hers", "his", "its", "this", "was", "has",
              "is", "as", "us", "yes", "plus", "less", "unless", "across", "towards", "besides", "afterwards"}


def _plural(verb: str) -> str | None:
    """The verb after "they" for the one that followed "he" or "she" (None when it cannot be told)."""
    low = verb.lower()
    if low in _AUXILIARY:
        return _AUXILIARY[low]
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


def neutral(text: str) -> str | None:
    """`text` with the gendered pronouns of its first-named gender (the speaker's, in a reported claim) as
    "they"/"them"/"their", the verbs after them agreeing; `text` itself when it has none; None when a pronoun
    cannot be rewritten cleanly."""
    found = [m.group().lower() for m in _PRONOUN.finditer(text)]
    if not found:
        return text
    first = re.split(r"['’]", found[0])[0]
    group = _MALE if first in _MALE else _FEMALE
    words = re.findall(r"\S+|\s+", text)
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        core = re.match(r"^([“\"‘(]*)([A-Za-z’']+)(.*)$", w)
        if not core:
            out.append(w)
            i += 1
            continue
        lead, word, tail = core.groups()
        low = word.lower()
        base = re.split(r"['’]", low)[0]
        if base not in group or (low != base and base not in ("he", "she")):
            out.append(w)
            i += 1
            continue
        upper = word[:1].isupper()
        nxt = _next_word(words, i)
        if low in ("he", "she"):
            new = "they"
            out.append(lead + _case(new, upper) + tail)
            if not tail:  # the verb agrees, across any adverbs
                i = _agree(words, i + 1, out)
                continue
        elif re.fullmatch(r"(?:he|she)['’]s", low):
            apostrophe = low[-2]
            after = (nxt or "").lower()
            if after in ("been", "got", "had") or after.endswith("ed"):
                out.append(lead + _case(f"they{apostrophe}ve", upper) + tail)
            elif after.endswith("ing") or after in ("not", "a", "an", "the"):
                out.append(lead + _case(f"they{apostrophe}re", upper) + tail)
            else:
                return None
        elif re.fullmatch(r"(?:he|she)['’](?:d|ll)", low):
            out.append(lead + _case("they" + low[len(base):], upper) + tail)
        elif low in ("him",):
            out.append(lead + _case("them", upper) + tail)
        elif low in ("himself", "herself"):
            out.append(lead + _case("themselves", upper) + tail)
        elif low == "hers" or (low == "his" and (tail or nxt is None)):
            out.append(lead + _case("theirs", upper) + tail)
        elif low == "his":
            out.append(lead + _case("their", upper) + tail)
        else:  # "her": an object before a preposition, an article or the end; else a possessive
            obj = bool(tail) or nxt is None or nxt.lower() in _AFTER_OBJECT | _ADVERBS | _TIME or \
                (nxt.lower().endswith("ly") and len(nxt) > 4)
            out.append(lead + _case("them" if obj else "their", upper) + tail)
        i += 1
    return "".join(out)


def _next_word(words: list[str], i: int) -> str | None:
    for w in words[i + 1:]:
        if w.strip():
            m = re.match(r"^[“\"‘(]*([A-Za-z’'-]+)", w)
            return m.group(1) if m else None
    return None


def _agree(words: list[str], i: int, out: list[str]) -> int:
    """Copy words from `i`, making the first verb after "they" agree; the index after it."""
    while i < len(words):
        w = words[i]
        if not w.strip():
            out.append(w)
            i += 1
            continue
        m = re.match(r"^([A-Za-z’']+)(.*)$", w)
        if not m:
            return i
        word, tail = m.groups()
        if word.lower() in _ADVERBS or (word.lower().endswith("ly") and len(word) > 4 and not tail):
            out.append(w)
            i += 1
            if tail:
                return i
            continue
        plural = _plural(word)
        out.append((plural if plural is not None else word) + tail)
        return i + 1
    return i


def _case(word: str, upper: bool) -> str:
    return word[:1].upper() + word[1:] if upper else word


def ungendered(c: Candidate, pace: Callable[[], None] | None = None) -> Candidate | None:
    """A "Who …?" question with the answer's own pronoun rewritten out (see the module's docstring); None when it
    cannot be; any other question as it is. The draft keeps the article's words; the bank gets these. `pace` hears
    of each question read (see pacing.py)."""
    if pace:
        pace()
    q = dict(c.question)
    if q.get("type") == "quote" and q.get("reported"):
        text = neutral(q.get("quote", ""))
        if text is None:
            return None
        q["quote"] = text
    elif q.get("type") == "choice" and re.match(r"Who\s", q.get("prompt", "")) and \
            q.get("answer") not in ("True", "False"):
        text = neutral(q["prompt"])
        if text is None:
            return None
        q["prompt"] = text
    return replace(c, question=q)
