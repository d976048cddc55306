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

from studyapp.core.generate.lexicon import PORTFOLIOS, TITLE_WORDS
from studyapp.core.generate.pacing import UNIT
from studyapp.core.generate.realise import plural_verb

if TYPE_CHECKING:  # the question writer imports this module
    from studyapp.core.generate.questions import Candidate

_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}
_PRONOUN = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself|he['’]s|she['’]s|he['’]d|she['’]d|"
                      r"he['’]ll|"
                      r"she['’]ll)\b", re.IGNORECASE)
# Words that stand between a subject and its verb without changing it ("she also thinks", "he still hopes").
_ADVERBS = {"also", "still", "never", "always", "just", "only", "already", "even", "often", "now", "then", "alone",
            "too", "personally", "himself", "herself", "sometimes", "once", "again", "rarely", "usually", "no", "not"}
# An object "her" is followed by one of these (or by nothing): "told her the plan", "asked her to stay".
_AFTER_OBJECT = {"the", "a", "an", "to", "that", "and", "or", "but", "for", "in", "on", "at", "with", "from", "as",
                 "about", "if", "when", "because", "of", "by", "into", "this", "these", "those", "it", "up", "out",
                 "off", "back", "down", "again", "over", "after", "before", "while", "so", "than", "what", "how",
                 "why", "who", "whether", "not", "would", "will", "was", "is", "had", "has", "could", "should"}
# Words in -ly that are not adverbs: after them "her" is a possessive ("surrounded by her family")
_LY_NOUNS = {"family", "assembly", "supply", "rally", "ally", "belly", "monopoly", "anomaly", "daily", "weekly",
             "monthly", "yearly", "elderly", "early", "lovely", "friendly", "lonely", "holy", "homily", "jolly"}
_TIME = {"later", "today", "tomorrow", "yesterday", "soon", "here", "there", "twice", "first", "last", "since",
         "instead", "anyway", "either"}



def neutral(text: str, speaker: str | None = None, others: frozenset[str] = frozenset()) -> str | None:
    """`text` with the speaker's gendered pronouns as "they"/"them"/"their", the verbs after them agreeing;
    `text` itself when it has none; None when a pronoun cannot be rewritten cleanly, or could as well be someone
    else's. `speaker` is the speaker's sex ('m' or 'f') when the article shows it: pronouns of the other sex are
    another person's and stay ("Bo Lind said the family would keep her boat": not "their boat"). Unknown, the
    claim's first-named gender is taken for the speaker's. `others` are the sexes of the other people the
    article names: a pronoun that is not the claim's subject ("… a plaque in her memory") may be one of theirs,
    and "they" would then stand for two people; such a claim is dropped rather than asked."""
    found = [m for m in _PRONOUN.finditer(text)]
    if not found:
        return text
    if speaker in ("m", "f"):
        group = _MALE if speaker == "m" else _FEMALE
        mine = [m for m in found if re.split(r"['’]", m.group().lower())[0] in group]
        if not mine:
            return text  # every pronoun is someone else's
    else:
        mine = [m for m in found if (re.split(r"['’]", m.group().lower())[0] in _MALE) ==
                (re.split(r"['’]", found[0].group().lower())[0] in _MALE)]
        group = _MALE if re.split(r"['’]", found[0].group().lower())[0] in _MALE else _FEMALE
    sex = "m" if group is _MALE else "f"
    # "said she had …", "said his team …": a pronoun that opens the claim is its speaker's, and so are the ones
    # after it; one further in may be anyone's the article has met
    if len(text[:mine[0].start()].split()) > 1 and sex in others:
        return None
    if re.search(r"\b(?:they|them|their|theirs|themselves)\b", text, re.IGNORECASE) and \
            not re.search(r"\b(?:he|she)\s+and\b", text, re.IGNORECASE):
        return None  # "she said they had asked her": "they said they had asked them" is two people as one
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
                (nxt.lower().endswith("ly") and len(nxt) > 4 and nxt.lower() not in _LY_NOUNS)
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
        plural = plural_verb(word)
        out.append((plural if plural is not None else word) + tail)
        return i + 1
    return i


def _case(word: str, upper: bool) -> str:
    return word[:1].upper() + word[1:] if upper else word


NEAR = 400  # how far back from the speaker's sentence another "she" is still one a reader could mean


def _nearby(article: str, source: str, who: str, sexes: dict[str, str]) -> frozenset[str]:
    """The sexes of the people other than `who` a reader has in mind at `source`: a "he" or "she" outside quotation
    marks in the few sentences before it (and in it, before the speaker is named), or a person shown to be one
    named there. Unknown where the source cannot be found: then everyone the article names."""
    at = article.find(source) if source else -1
    if at < 0:
        return frozenset(v for k, v in sexes.items() if k != who)
    name = source.find(who) if who else -1
    window = _QUOTED.sub(" ", article[max(0, at - NEAR):at + (name if name > 0 else 0)])
    found = {"m" if w.lower() in ("he", "his", "him") else "f"
             for w in re.findall(r"\b(?:he|his|him|she|her|hers)\b", window, re.IGNORECASE)}
    found |= {v for k, v in sexes.items() if k != who and k in window}
    return frozenset(found)


def ungendered(c: Candidate, pace: Callable[[], None] | None = None,
               sexes: dict[str, str] | None = None, article: str = "") -> Candidate | None:
    """A "Who …?" question with the answer's own pronoun rewritten out (see the module's docstring); None when it
    cannot be; any other question as it is. The draft keeps the article's words; the bank gets these. `sexes`
    (from `sexes`) tells whose a pronoun can be; `pace` hears of each question read (see pacing.py)."""
    if pace:
        pace()
    sexes = sexes or {}
    q = dict(c.question)
    if q.get("type") == "quote" and q.get("reported"):
        who = q.get("speaker", "")
        text = neutral(q.get("quote", ""), sexes.get(who), _nearby(article, q.get("source", ""), who, sexes))
        if text is None:
            return None
        q["quote"] = text
    elif q.get("type") == "choice" and re.match(r"Who\s", q.get("prompt", "")) and \
            q.get("answer") not in ("True", "False"):
        who = q.get("answer", "")
        head = re.match(r"Who\s+\S+\s+(?:that\s+)?", q["prompt"])
        claim = q["prompt"][head.end():]
        sex = sexes.get(who)
        if not head.group().rstrip().endswith(("that", "said", "says")) and (
                sex != "f" and re.search(r"\bhim\b", claim) or sex != "m" and re.search(
                    r"\bher\b(?=\s+(?:" + "|".join(sorted(_AFTER_OBJECT)) + r")\b|[,.?]|$)", claim)):
            return None  # "Who refuses to let him open …?": "him" is never "who", so not the answer either
        text = neutral(claim, sexes.get(who), _nearby(article, q.get("source", ""), who, sexes))
        if text is None:
            return None
        q["prompt"] = q["prompt"][:head.end()] + text
    return replace(c, question=q)


_STRONG_F = re.compile(r"\b(?:mrs|ms|miss|dame|lady|queen|princess|mum|mother|grandmother|wife|widow|daughter|"
                       r"sister|granddaughter|niece|aunt|chairwoman|spokeswoman|businesswoman|congresswoman)\b",
                       re.IGNORECASE)
_STRONG_M = re.compile(r"\b(?:mr|sir|lord|king|prince|dad|father|grandfather|grandad|husband|widower|son|brother|"
                       r"grandson|nephew|uncle|spokesman|businessman|congressman)\b", re.IGNORECASE)
_TAG = re.compile(r"\b(he|she)\s+(?:said|says|added|adds|told|tells|explained|explains|insisted|insists|recalled|"
                  r"recalls|wrote|writes|admitted|admits|warned|warns|argued|argues|asked|asks|replied|replies|"
                  r"continued|continues|conceded|concedes|noted|notes|went on|goes on)\b", re.IGNORECASE)
# A speech tag stands after a quotation (masked to spaces), a stop or a comma, or opens the stretch; not after a word
# ("…, which he said was …", "… because she said …": the clause's own subject)
_TAG_AFTER = re.compile(r"(?:^|[.,;:!?—–]|\s{2})\s*$")
# The first pronoun after a name, written in running text (not a crosshead in capitals): "he", "she", or a "his",
# "himself", "herself" that only one sex has
# ("… a length which he said was usual": the pronoun of a relative clause's speech tag is its own speaker's)
_WHICH_BEFORE = re.compile(r"\b(?:which|that)\s+$")
_WEAK_SIGN = re.compile(r"\b([Hh]e|[Ss]he|his|himself|herself)\b")
# What stands between a name and a "…, she said" in one unquoted sentence: the named one is spoken of, not speaking.
_TOLD_OF = re.compile(r"[^.!?“”\"\n]*,\s*")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")


# A name that opens the claim another reports ("the judge said Vance had …"): the speech tag after it is the reporter's.
_REPORTED_SUBJECT = re.compile(r"\b(?:said|says|told\s+\w+|added|argued|claimed|insisted|warned)\s+(?:that\s+)?$")


def sexes(article: str, people: list[dict], pace: Callable[[int], None] | None = None) -> dict[str, str]:
    """'m' or 'f' for each of `people` (bank people: name, role, aliases) the article shows to be one. Strong
    signs first: a word of their role or an honorific ("her son", "Ms Reid", "spokeswoman"), the kinship word
    right before the name ("her son, Bo Lind"), the "…," she said after they are named; else the first "he"
    or "she" after the name, outside quotation marks, before anyone else is named. Only signs that agree count:
    a claim's "her ashes" after "Bo Lind said" must not make a son a woman. `pace` hears of each name read
    (a 2 MB article names people thousands of times; see pacing.py)."""
    masked = _QUOTED.sub(lambda m: " " * len(m.group()), article)
    forms: dict[str, list[str]] = {}
    for p in people:
        name = p.get("name", "")
        if not name:
            continue
        forms[name] = [name] + [a for a in p.get("aliases", []) if len(a) > 2]
    every = sorted({f for fs in forms.values() for f in fs}, key=len, reverse=True)
    if not every:
        return {}
    anyone = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in every) + r")\b")
    owner: dict[str, set[str]] = {}
    for name, fs in forms.items():
        for f in fs:
            owner.setdefault(f, set()).add(name)
    strong: dict[str, set[str]] = {}
    weak: dict[str, set[str]] = {}
    for p in people:
        name = p.get("name", "")
        words = f"{p.get('role', '')} " + " ".join(a for a in p.get("aliases", []) if " " in a)
        for sex, sign in (("f", _STRONG_F), ("m", _STRONG_M)):
            if name and sign.search(words):
                strong.setdefault(name, set()).add(sex)
    found = list(anyone.finditer(masked))  # one pass over the text for everyone (a long article names hundreds)
    for k, m in enumerate(found):
        if pace:
            pace(UNIT // 4)
        names = owner.get(m.group(), set())
        before = masked[max(0, m.start() - 30):m.start()]
        if len(names) != 1 or " " not in m.group() and re.search(r"[A-Z][\w'’-]*\s$", before):
            continue  # a surname two people share; "Olsson" inside another Olsson's full name
        name = next(iter(names))
        # ("her husband, the engineer Thomas Hale": a description set off between the kin word and the name)
        kin = re.search(r"\b(?:his|her|their)\s+(\w+)\s*(?:,\s*(?:the|an?)\s+(?:[a-z-]+\s+){1,2})?,?\s*$",
                        masked[max(0, m.start() - 50):m.start()], re.IGNORECASE)
        if kin and (_STRONG_F.fullmatch(kin.group(1)) or _STRONG_M.fullmatch(kin.group(1))):
            strong.setdefault(name, set()).add("f" if _STRONG_F.fullmatch(kin.group(1)) else "m")
        end = masked.find("\n\n", m.end())  # this paragraph and the next ("…," said X. ¶ "…," he said)
        end = masked.find("\n\n", end + 2) if end >= 0 else -1
        end = len(masked) if end < 0 else end
        if k + 1 < len(found):
            end = min(end, found[k + 1].start())
        if _REPORTED_SUBJECT.search(before):
            continue  # "X said Vance had …. “…,” she said": the pronouns after are X's, the reporter's, not Vance's
        stretch = masked[m.end():end]
        tag = _TAG.search(stretch)
        if tag and _TOLD_OF.fullmatch(stretch[:tag.start()]):
            # "Kellaway must hand in his passport by Friday, she said": a tag on the writer's own words about the
            # person named in them is another's (the judge's), no sign of the named one's sex
            stretch = stretch[:tag.start()]
            tag = None
        if tag and not _TAG_AFTER.search(stretch, 0, tag.start()):
            tag = None  # "…, which he said was …": a clause's own subject, no speech tag on the one named before it
        if tag:
            strong.setdefault(name, set()).add("m" if tag.group(1).lower() == "he" else "f")
        first = next((w for w in _WEAK_SIGN.finditer(stretch[:300]) if not (
            _WHICH_BEFORE.search(stretch, 0, w.start()) and _TAG.match(stretch, w.start()))), None)
        if first:  # (not a crosshead's "WHAT SHE SAID": a heading in capitals is no one's pronoun)
            weak.setdefault(name, set()).add("m" if first.group(1).lower() in ("he", "his", "himself") else "f")
    out: dict[str, str] = {}
    for name in forms:
        votes = strong.get(name) or weak.get(name) or set()
        if len(votes) == 1:
            out[name] = next(iter(votes))
    return out


_GENDERED = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)(?:['’](?:s|d|ll))?\b", re.IGNORECASE)
_QUOTED_WORDS = re.compile(r"“[^”]*”|‘[^’]*’(?!\w)|\"[^\"]*\"")
_A_NAME_WORD = re.compile(r"[A-Z][\w’'-]+")
# A run of capitalised words: a person is named by its last word ("Ms Okafor-Brisk"), not by a word inside another
# name ("Wenmouth City Council" names no "Bus Users Wenmouth")
_A_NAME_RUN = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*")
# A person's role can be a pronoun's antecedent ("is the Transport Minister due to meet her counterpart?"): "the" and
# up to four words, one of them a title that is a person, not a word that only qualifies one ("prime", "former").
_QUALIFIERS = {"vice", "prime", "foreign", "home", "shadow", "deputy", "assistant", "general", "state", "former",
               "acting", "interim", "senior", "junior", "first", "new", "late", "then", "current", "ex", "lady",
               "labour", "conservative", "tory", "liberal", "democrat", "democratic", "republican", "green",
               "independent", "socialist", "nationalist", "unionist", "communist", "leftist", "rightist", "private",
               *PORTFOLIOS}
_ROLE_HEADS = TITLE_WORDS - _QUALIFIERS
_A_ROLE = re.compile(r"\bthe\s+((?:[\w-]+\s+){0,3}[\w-]+)", re.IGNORECASE)
# ... unless a name stands beside the title: "The vicar, the Rev {{Ann Marlowe-Tey}}, …" is that person, whose sex counts
_NAME_BESIDE = re.compile(r"\s*,?\s*(?:the\s+)?(?:[A-Z]|\{\{)")


def _a_role_before(text: str, end: int) -> bool:
    """Whether a person's role without a name beside it comes before `end` in `text`."""
    for role in _A_ROLE.finditer(text[:end]):
        for word in re.finditer(r"[\w-]+", role.group(1)):
            if word.group().lower() in _ROLE_HEADS and not _NAME_BESIDE.match(text, role.start(1) + word.end()):
                return True
    return False


def unmet_pronoun(text: str, persons: set[str] | list[str], sexed: dict[str, str] | None = None,
                  who: str | None = "") -> str:
    """The first "he", "his", "she" or "her" of a question's own words (not a quotation's) that no one can be: no
    person the text names before it ("On what date did the fire start next to his bakery?", "True or false: the court
    insists that he did not start the fire"), or only people of the other sex (`sexed`: 'm'/'f' by name). `who` is
    the sex of a "Who …?" question's answer when it is known, None when it is not ('' for no "Who" at all): the
    answer may be the pronoun's person, unless their sex is known to be the other one. '' when every pronoun has
    someone."""
    sexed = sexed or {}
    bare = _QUOTED_WORDS.sub(lambda m: " " * len(m.group()), text)
    if not _GENDERED.search(bare):
        return ""
    for m in _GENDERED.finditer(bare):
        sex = "m" if re.sub(r"['’].*", "", m.group().lower()) in _MALE else "f"
        if who is None or who == sex:
            continue
        lasts = {re.sub(r"['’]s?$", "", run.split()[-1]) for run in _A_NAME_RUN.findall(bare[:m.start()])}
        lasts = {w for w in lasts if len(w) > 2}
        # a name word stands for everyone it names ("Mabuza" for both Mabuzas): whose the pronoun may be does not
        # hang on which of them a set happens to list last
        named = {p for p in persons if not lasts.isdisjoint(_A_NAME_WORD.findall(p))} if lasts else set()
        if any(sexed.get(p, sex) == sex for p in named):
            continue
        if not _a_role_before(bare, m.start()):
            return m.group()
    return ""


# A plural "their"/"them" needs a plural before it in the question's own words: a noun in -s ("the residents"), a
# plural without -s, two parties joined by "and", or a name (a team or body, which British news writes as plural). A word in -s right after the question's subject ("Which side
# wants", "Who rejects") or opening it is a verb, not a noun.
_PLURAL_PRONOUN = re.compile(r"\b(?:their|theirs|them|themselves)\b", re.IGNORECASE)
_PLURAL_WORDS = {"people", "children", "men", "women", "staff", "police", "crew", "crews", "public", "families",
                 "both", "each", "all", "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "nobody",
                 "no-one", "each", "parties", "sides", "they", "we", "you", "team", "teams"}
_VERB_SLOT = {"side", "sides", "who", "which", "what"}
_OPENERS = {"which", "who", "whom", "whose", "what", "when", "where", "why", "how", "on", "in", "by", "at", "for",
            "from", "to", "according", "put", "did", "does", "do", "is", "are", "was", "were", "will", "has", "have",
            "had", "can", "could", "should", "would", "about", "around", "roughly", "approximately"}
_DETERMINERS = {"the", "a", "an", "this", "that", "its", "his", "her", "it", "he", "she", "after", "before", "as",
                "if", "once", "until", "while", "with", "without", "true", "false"}
_NOT_PLURAL = {"has", "was", "does", "its", "yes", "less", "unless", "across", "perhaps", "always", "sometimes",
               "whereas", "news", "towards", "afterwards", "besides", "series", "species"}


def unmet_plural(text: str) -> str:
    """The first "their", "them" or "themselves" of a question's own words (not a quotation's) with nothing plural
    before it that it could stand for ("Which side rejects their request to postpone the deduction?": whose request,
    only the article says); '' when every one has something."""
    bare = _QUOTED_WORDS.sub(lambda m: " " * len(m.group()), text)
    for m in _PLURAL_PRONOUN.finditer(bare):
        words = re.findall(r"[\w’'-]+", bare[:m.start()])
        if words and words[0].lower() in ("true", "false") and len(words) > 2 and words[1].lower() == "or":
            words = words[2:]  # "True or false: …": "false" stands where a question's opening word would
        elif words and words[0].lower() not in _OPENERS:
            words = ["", *words]  # an order item or a statement: its first word is its subject ("Town finished …")
        found = False
        for i, w in enumerate(words):
            low = w.lower()
            if low in _PLURAL_WORDS or (low == "and" and 0 < i) or (i > 0 and w[:1].isupper() and low not in _OPENERS | _DETERMINERS):
                # a name may be a club or a body written as plural ("did Town finish seventh, their best …")
                found = True
                break
            if re.fullmatch(r"[a-z][\w-]*[^sui'’]s", low) and low not in _NOT_PLURAL and i > 0 and \
                    words[i - 1].lower() not in _VERB_SLOT:
                found = True
                break
        if not found:
            return m.group()
    return ""


# "it" as an object: after a word that is not a conjunction, before a preposition, "and"/"or" or the end ("asks the
# board to approve it by May?"). Such an "it" is a thing, and a thing is named by a common noun after a determiner
# ("the plan", "its offer", "any resident"); the parties a question names by capitalised names are not what "it" is.
_OBJECT_IT = re.compile(r"\b([a-z]+)\s+(it)(?=\s*[?.!,;:]|\s*$|\s+(?:by|to|in|on|at|for|from|until|before|after|with|"
                        r"as|if|when|because|and|or|again|now|soon|later|through|over|into|unless|once|within|back|down|off|out|away)\b)")
_NOT_A_VERB = {"that", "if", "when", "whether", "because", "unless", "until", "while", "as", "than", "what", "which",
               "who", "where", "and", "or", "but", "so", "once", "before", "after", "since", "though", "although"}
_DETERMINED_NOUN = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|these|those|our|any|every|each|no|"
                              r"another|such)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*", re.IGNORECASE)


_ITS = re.compile(r"\bits\b")


def unmet_its(text: str) -> str:
    """'its' when a question's own words give it no owner before it: no name (a capitalised word after the
    question's first) and no common noun with a determiner ("In what year is part of its review due to report?":
    whose review, only the article says); '' otherwise. A "Who …?" or "Which side …?" question's answer owns it."""
    bare = _QUOTED_WORDS.sub(lambda m: " " * len(m.group()), text)
    if re.match(r"\s*(?:who|whose|which side|which of these)\b", bare, re.IGNORECASE):
        return ""
    for m in _ITS.finditer(bare):
        before = bare[:m.start()]
        if any(d.group().split()[-1][:1].islower() for d in _DETERMINED_NOUN.finditer(before)):
            continue
        if any(w[:1].isupper() for w in before.split()[1:]):
            continue
        return "its"
    return ""


# "Council officers recommended that it be approved": the subject is people in the plural, so the "it" of the clause they
# report is something else, which only the article says ("it is too early to say" stands for nothing and stays)
_PLURAL_THEN_IT = re.compile(r"^(?:True or false:\s+)?(?:[A-Z][\w’'-]*\s+)?[a-z]+[^s\W]s\s+(?:[a-z]+ly\s+)?[a-z]+\s+(?:that\s+)?"
                             r"(it)\b(?!\s+(?:is|was|would\s+be|will\s+be)\s+(?:too|likely|unlikely|possible|impossible|"
                             r"clear|unclear|time|important|necessary|hard|difficult|easy|vital|essential|right|wrong)\b)")


def unmet_it(text: str) -> str:
    """'it' when a question's own words (not a quotation's) use it as the object of a verb or preposition with no
    common noun before it that it could stand for ("Which side asks the Marine Board to approve it?": approve what,
    only the article says); '' otherwise."""
    bare = _QUOTED_WORDS.sub(lambda m: " " * len(m.group()), text)
    plural = _PLURAL_THEN_IT.match(bare)
    if plural and not any(d.group().split()[-1][:1].islower() for d in _DETERMINED_NOUN.finditer(bare[:plural.start(1)])):
        return "it"
    for m in _OBJECT_IT.finditer(bare):
        if m.group(1) in _NOT_A_VERB:
            continue
        before = bare[:m.start(2)]
        if not any(d.group().split()[-1][:1].islower() and not _PLURAL_NOUN.fullmatch(d.group().split()[-1])
                   for d in _DETERMINED_NOUN.finditer(before)):
            return "it"  # ("ballot its members on it": a plural noun is never what "it" stands for)
    return ""


_PLURAL_NOUN = re.compile(r"[a-z][\w-]*[^su\W’']s")
