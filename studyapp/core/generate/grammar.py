"""A grammar gate: text a student reads that shows a cut or a splice of clauses.

The question writer builds prompts, statements and timeline items from an article's clauses. When a step
misreads a clause (a present verb taken for a subject's plural noun, a participle for a past tense, a
reporting tag left at the end) the result reads as broken English a teacher would have to rewrite:
"On what date did X denies …?", "… did Y been …", "Who backs Z will return …?", "… tell the company that its
system of estimating a user's age?", "…, a jury heard?". `problem(text)` says what is wrong with one such
text ("" when nothing is); `checks._complete` calls it on every text a student reads that the generator
wrote (never on a speaker's own words in quotation marks, nor on a cloze, which is the article's sentence).

Word classes, not word lists of one article: auxiliaries and modals, determiners, the base and past forms of
verbs (realise.py's irregular table and the spelling rules of regular pasts), past participles of irregular
verbs, verbs that take a clause ("says", "hopes", "expects" …, which may be followed by a subject and its
verb without "that"), and words that never end an English sentence.
Every pattern is a single pass with no nested quantifier over overlapping classes.
"""

from __future__ import annotations

import re

from studyapp.core.generate.lexicon import SPEECH_VERBS, TITLE_WORDS
from studyapp.core.generate.realise import AUXILIARIES, DETERMINERS, IRREGULAR, SAME_PAST, base_of, has_finite_verb

# Fixed patterns used per sentence or per question, compiled once (tests/core/generate/test_regex_cache.py)
_DATE_FRAME = re.compile(r"what (was|is) the date when |(?:in what \w+|when) (was|is) it that ")
_COMMA_AT_END = re.compile(r",\s*[?.!]?$")
_SAID_THAT = re.compile(r"\bsaid that\b")
_LOWER_WORD = re.compile(r"[a-z][\w’'-]*")
_A_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_CONTRACTION_END = re.compile(r"['’](?:re|ve|ll|d|m)$|n['’]t$")

# Past participles of irregular verbs that differ from their past tense ("taken", "been"): never after "did".
PARTICIPLES = frozenset(
    "been taken given gone done seen known shown written chosen fallen risen driven broken spoken stolen frozen "
    "eaten beaten forgotten hidden ridden proven sworn torn worn grown thrown flown blown drawn withdrawn begun "
    "sung rung swum sunk shaken woken forgiven forbidden overtaken undertaken overseen arisen bitten mistaken "
    "undergone overcome underwritten".split())
MODALS = frozenset({"will", "would", "can", "could", "should", "must", "may", "might", "shall"})
# Verbs that take a clause with no "that" ("hopes the talks will resume", "says Vos will stay"): a subject and a
# modal after them are that clause, not a second verb spliced on.
CLAUSE_VERBS = frozenset(w for w in SPEECH_VERBS if w.endswith("s")) | frozenset(
    "thinks believes expects hopes fears feels knows reckons suspects doubts predicts suggests assumes means "
    "shows proves indicates reckons argues insists warns claims says notes adds agrees admits concedes accepts "
    "estimates hears learns reports confirms announces understands realises realizes guesses wishes "
    "suspect expect hope fear believe think know say argue insist warn claim agree admit".split())
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                          "hundred hundreds thousand thousands million millions dozens".split())
# Words after which a clause's verb cannot directly come in a question ("did the", "did its"): the subject goes on.
_SUBJECT_GOES_ON = DETERMINERS | frozenset({"of", "in", "on", "at", "for", "with", "by", "from", "to", "and", "or",
                                            "been", "being", "newly", "recently", "so-called", "much-", "long"})
# Words that end no English sentence or question: articles, possessive determiners, coordinating conjunctions,
# and adverbs that only ever modify what follows ("almost", "rather"), left when a cut took their phrase.
NEVER_LAST = frozenset({"the", "a", "an", "and", "or", "but", "nor", "of", "whose", "every", "each", "almost",
                        "rather", "nearly", "very", "its", "my", "your", "our", "whether", "than", "because",
                        "although", "though", "unless"})
# Pronouns as subjects and the auxiliaries they cannot go with ("does they", "do he", "is they", "has they").
_CLASH = re.compile(r"\b(?:(?:does|doesn['’]t|has|hasn['’]t|is|isn['’]t|was|wasn['’]t)\s+(?:they|we|I|you)|"
                    r"(?:do|don['’]t|have|haven['’]t|are|aren['’]t)\s+(?:he|she|it))\b(?!['’])")
# A verb-like word in -s followed by a name and a modal: "Who backs Isaac Mendel will return …?" (the first verb
# takes no clause, so the second is spliced on). Names of one to three capitalised words.
_NAME_THEN_MODAL = re.compile(r"\b([a-z]{3,}s)\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?:will|would|can|could|should|must|may|"
                              r"might)\s+[a-z]")
# A modal or "to" of a question's frame followed by a past form: "will walked", "can taken".
_MODAL_PAST = re.compile(r"\b(?:will|would|can|could|should|must|may|might|shall)\s+(?:not\s+)?([a-z]{3,})\b")
# A reporting tag left at the end of a question: "What was the date when a blaze killed two, a jury heard?"
_TAG_AT_END = re.compile(r",\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w’'&-]+\s+){0,6}?(?:heard|said|says|told|"
                         r"added|reported|wrote|claimed|confirmed|announced|insisted|argued|warned)[?.!]?$")
# A present stance joined to a past verb: "Which side is open to a lower rate but demanded a transition?",
# "opposes any phase-in and said …", "seeks a review and was calling for …".
_STANCE_OPEN = re.compile(r"^(?:True or false:\s+.{2,80}?|Which side|Who)\s+(?:also\s+|still\s+|now\s+)?"
                          r"(?:is|are|does|do|[a-z]{3,}[^s\W]s)\b")
_PAST_JOINED = re.compile(r"\s(?:and|but)\s+(?:also\s+|then\s+)?(said|told|was|were|had|([a-z]{3,}ed)\s+"
                          r"(?:a|an|the|that|his|her|its|their|[A-Z]\w*))\b")
# a present stance dated in the past: "offers to resign last month", "rejects the plan yesterday"
_PAST_TIME = re.compile(r"\b(?:last\s+(?:week|month|year|night|monday|tuesday|wednesday|thursday|friday|saturday|"
                        r"sunday)|yesterday|\w+\s+(?:days|weeks|months|years)\s+ago)\b", re.IGNORECASE)
# "… say that a 3% rise?", "… tell the company that its system of estimating a user's age?": a "that" clause after
# a verb of saying with no verb of its own before the question ends.
_SAY_THAT = re.compile(r"\b(?:say|said|says|tell|told|tells|announce|announced|warn|warned|claim|claimed|argue|"
                       r"argued|insist|insisted|agree|agreed|confirm|confirmed|estimate|estimated|report|reported|"
                       r"admit|admitted|show|showed|find|found|believe|believed|think|thought|decide|decided|rule|"
                       r"ruled)\b(?:\s+[\w’'-]+){0,4}?\s+that\s+([^,;:?]*)\?$")
# the same in a true/false statement, read up to its first subordinate clause ("… that more than 90 victims since it
# appeared": the verb after "since" is the inner clause's, the "that" clause has none)
_STATED_THAT = re.compile(r"\b(?:says|said|argues|argued|claims|claimed|insists|insisted|warns|warned|believes|"
                          r"believed|thinks|estimates|reports|admits|confirms|agrees|finds|rules)\b(?:\s+[\w’'-]+){0,4}?"
                          r"\s+that\s+([^,;:]*)\.$")
_A_COUNT = re.compile(r"(?:(?:more|fewer|less)\s+than|about|around|over|nearly|almost|at\s+least)\s+\d|\d")
_SUBORDINATE = re.compile(r"\b(?:since|when|after|before|because|if|unless|until|while|although|though|once)\b")
# "Its former finance manager, Derek Pike admitted …": a role, a comma, a name and the verb, the closing comma lost
ROLE_WORDS = frozenset(TITLE_WORDS) | frozenset(
    "wife husband son daughter predecessor successor mother father brother sister widow widower partner fiancee "
    "fiance deputy spokesman spokeswoman".split())
_APPOSITION = re.compile(r"\b([a-z][\w-]+), (?:[A-Z][\w’'.-]*\s+){1,3}?(?:[A-Z][\w’'-]*)\s+([a-z]+)\b")
_FINITE_AFTER_NAME = frozenset({"was", "were", "is", "are", "has", "had", "have", "will", "would", "said", "says",
                                "told", "tells", "can", "could", "did", "does"})
# a relative or contrast clause hanging on the end of a question ("…, which is exactly the problem?")
_ASIDE_AT_END = re.compile(r",\s+(which|while|whereas|although|though)\b[^,;:]*\?$")
# "did the Federation of Northern Growers which staged tractor protests …?": a name's "which"/"who" clause with no
# comma before it, where the question's own verb should stand (a proper name takes no defining clause: a clause about
# it is set off, and one that is not is a sentence's aside spliced into the question's frame)
_NAME_THEN_RELATIVE = re.compile(r"(?<=[a-z’'] )(?:[A-Z][\w’'&-]*\s+(?:(?:of|for|and|the)\s+)?){0,4}[A-Z][\w’'&-]*\s+"
                                 r"(which|who)\s+(?:[a-z]{3,}ed|[a-z]{2,}[^s\W]s|is|was|are|were|has|had|have|will|would)\b")
# "58-year-old chairs the council": an age in apposition taken for the person it describes (no noun after it)
_BARE_AGE = re.compile(r"(?:^|: |\b(?:does|did|do|when|that) )\d+-year-old\s+(?![a-z]+(?:man|woman|er|or|ist|ian|ant|ent)\b)"
                       r"[a-z]+s\b")
# a date question's frame, and what follows its last ", and"/", but" (the rest of a cut: "…, and a state permit?")
_WHEN_FRAME = re.compile(r"(?:On what date|In what (?:month|year)|When|What (?:was|is) the date when)\b(?:\s+(?:did|does|do|"
                         r"will|is|are|was|were|has|have|had))?")
_AND_TAIL = re.compile(r",\s+(?:and|but|or)\s+([^,;:?]+)\?$")
# "did cocoa prices peak and a fire closed the bakery": a second subject with its own past verb and object
_SECOND_EVENT = re.compile(r"\band\s+(?:a|an|the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,2}?([a-z]{3,})\s+"
                           r"(?:the|a|an|its|their|his|her)\b")
# "In what year was the charity founded by church volunteers and now employs 22 staff?": a present verb joined on
# after a past event's frame (the sentence's second clause, about now, which the question cannot date)
_AND_PRESENT = re.compile(r"\band\s+(?:now\s+|still\s+|also\s+|today\s+)?([a-z]{2,}[^s\W]s)\s+(?:a|an|the|its|their|his|"
                          r"her|some|more|about|over|nearly|almost|to|from|in|across|\d[\d,]*)")
# "Which side offers to resign but that the board had asked him to stay?": a reported "that" clause joined on with
# "but"/"and" where no verb of saying comes before it (the report's first half was cut away)
_JOINED_THAT = re.compile(r"\s(?:but|and)\s+that\s+(?:the|a|an|he|she|it|they|we|its|their|his|her|[A-Z])\b")
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|say|told|tells|tell|added|adds|argued|argues|insisted|insists|warned|warns|"
                              r"claimed|claims|announced|confirmed|stressed|believes?|believed|thinks?|thought|that)\b")
# the word pairs that let a pattern below match at all (a one-pass test before running it)
_DETERMINER_BEFORE = frozenset({"its", "their", "the", "a", "an", "my", "our", "your"})
_AUX_AFTER_DETERMINER = frozenset({"would", "could", "should", "is", "are", "was", "were", "has", "have", "had", "did",
                                   "does"})
_CLASH_PAIRS = frozenset([(a, b) for a in ("does", "doesn't", "doesn’t", "has", "hasn't", "hasn’t", "is", "isn't",
                                           "isn’t", "was", "wasn't", "wasn’t") for b in ("they", "we", "i", "you")] +
                         [(a, b) for a in ("do", "don't", "don’t", "have", "haven't", "haven’t", "are", "aren't",
                                           "aren’t") for b in ("he", "she", "it")])
# "a annual pay rise": the article is "an" before a vowel sound ("a one-off", "a union", "a European" keep "a")
_A_BEFORE_VOWEL = re.compile(r"\b[Aa] (?!one\b|one-|once\b|[Ee]u|[Uu])[aeioAEIO][a-z]")
# "say its would stay out", "the are the kingmakers": a determiner whose noun was cut away before a verb
_DETERMINER_THEN_VERB = re.compile(r"\b(?:its|their|the|an?|my|our|your)\s+(?:would|could|should|is|are|was|were|has|"
                                   r"have|had|did|does)\b")
# "… filed in Kell County Circuit Court, seeks?": one verb alone after the last comma, its subject cut away
_LAST_VERB = re.compile(r",\s+([a-z]{3,})[?.]$")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’(?!\w)")
_TOKEN = re.compile(r"[A-Za-z][\w’'-]*|\d[\w,.:%’'-]*|[,;:?!.]|“”")
_PREPOSITIONS = frozenset({"of", "in", "on", "at", "for", "with", "by", "from", "to", "into", "over", "under",
                           "beneath", "near", "outside", "inside", "across", "through", "during", "against"})
_STOP = frozenset({",", ";", ":", "?", "!", ".", "that", "which", "who", "whom", "whose", "when", "where", "while",
                   "if", "because", "and", "but", "or", "after", "before", "as", "since", "until"})


def _bare(text: str) -> str:
    """The text without anyone's own words in quotation marks (their grammar is theirs)."""
    return " ".join(_QUOTED.sub("“”", text).split())


def _past_form(word: str) -> bool:
    """A form that is not the base: a past in -ed whose base its spelling decides, an irregular past that differs
    from its base, or an irregular participle."""
    low = word.lower()
    if low in PARTICIPLES:
        return True
    if low in IRREGULAR:
        return IRREGULAR[low] != low
    return low.endswith("ed") and not low.endswith("eed") and len(low) > 4 and base_of(low) is not None


def _third_person(word: str, prev: str, nxt: str) -> bool:
    """A present verb in -s where a base form must stand: after a name or a singular noun of the subject, and
    before a determiner, a number or an object pronoun ("did Desmond Farrow denies two counts")."""
    low = word.lower()
    if not low.endswith("s") or low.endswith(("ss", "us", "is", "'s", "’s")) or len(low) < 4:
        return False
    p = prev.lower()
    if p.endswith(("s", "'", "’")) and not prev[:1].isupper() or p in _SUBJECT_GOES_ON or p in _NUMBER_WORDS:
        return False  # "did shares fall", "did the trade unions …": a plural noun of the subject
    n = nxt.lower()
    return n in DETERMINERS - {"that"} or n in _NUMBER_WORDS or n[:1].isdigit() or n in {"him", "them", "it", "us"}


def _present_s(word: str, prev: str) -> bool:
    """A present verb in -s after a singular noun ("do lithium extraction needs", "do the boycott at Kelmarsh
    follows"): the stem is a verb a regular past's spelling or the irregular table knows, and the word before is no
    plural, determiner or number (so "do the union's members", "do prices" are left)."""
    low, p = word.lower(), prev.lower()
    if not re.fullmatch(r"[a-z]{4,}s", low) or low.endswith(("ss", "us", "is", "ics")) or \
            p.endswith(("s", "'", "’")) and not prev[:1].isupper() or p in _SUBJECT_GOES_ON or p in _NUMBER_WORDS:
        return False
    stem = low[:-1]
    return stem in IRREGULAR.values() or base_of(stem + "ed") == stem and stem + "s" in _REGULAR_PRESENT


# Common verbs in -s that also never read as a plural noun after a singular one (a bounded class: no noun in -s here)
_REGULAR_PRESENT = frozenset("needs follows remains seems appears wants plans hopes intends expects includes involves "
                             "requires depends belongs happens continues lasts stays opens closes starts ends "
                             "begins runs comes goes takes makes".split())


def _present_after_past(tokens: list[str]) -> str:
    """'What was the date when' + subject + a present verb in -s ("… when Farrow denies two counts"): the frame's
    past and the clause's present disagree. After 'What is the date when' a present verb of saying or of a stance
    ("… when Farrow denies two counts") is no timetable's event: what is said now has no date of its own to ask."""
    low = [t.lower() for t in tokens[:8]]
    text = " ".join(low)
    frame = _DATE_FRAME.match(text + " ")
    if not frame:
        return ""
    past = "was" in (frame.group(1), frame.group(2))
    start = len(frame.group().split())  # the subject's first word
    for j in range(start + 1, min(start + 9, len(tokens) - 1)):
        word, prev = tokens[j], tokens[j - 1]
        if word.lower() in _STOP or prev.lower() in _STOP:
            break
        if word.islower() and _third_person(word, prev, tokens[j + 1]) and (past or word.lower() in SPEECH_VERBS):
            return word
    return ""


def _after_do(tokens: list[str]) -> str:
    """'did/does/do' + subject + a verb that is not the base form: the verb's form, else ''."""
    for i, tok in enumerate(tokens):
        if tok.lower() not in ("did", "does", "do") or i + 2 >= len(tokens):
            continue
        # the subject: one word at least, then the first word that could be its verb (never past a stop)
        preposition = False
        for j in range(i + 2, min(i + 10, len(tokens))):
            word, prev = tokens[j], tokens[j - 1]
            preposition = preposition or prev.lower() in _PREPOSITIONS
            if word.lower() in _STOP or prev.lower() in _STOP:
                break
            if not word.islower() or prev.lower() in _SUBJECT_GOES_ON or prev.lower().endswith("ly"):
                continue
            nxt = tokens[j + 1] if j + 1 < len(tokens) else ""
            if _past_form(word) and word.lower() not in SAME_PAST and nxt.lower() != "by" and \
                    not (prev[:1].isdigit() or prev.lower() in _NUMBER_WORDS) and (
                    word.lower() == "been" or prev[:1].isupper() or
                    not preposition and nxt.lower() in DETERMINERS and word.lower() not in PARTICIPLES):
                # a past form after a name ("did Vos taken"), or before its object with no preposition yet: not a
                # participle describing a noun ("with dampers fitted beneath", "a plan drawn up by")
                return f"{tok.lower()} … {word}"
            if _third_person(word, prev, nxt) or _present_s(word, prev):
                return f"{tok.lower()} … {word}"
    return ""


# A stance's object run on into the sentence's own main clause: "Residents campaign against the quarry's extension have
# lost their challenge" (from "Residents campaigning against … have lost …"), "Candidates hope to become mayor went head to
# head", "… appeals for eight years, answered questions": a noun, then a perfect or a past that is no participle, with
# nothing joining them; or a comma, then a past verb and its object.
_RUN_ON = re.compile(r"\b([A-Za-z][\w’'-]+)\s+(?:(have|has|had)\s+(?:now\s+|already\s+|since\s+|also\s+|just\s+|not\s+|"
                     r"never\s+)?([a-z]{3,})|(went|came|began|became|took|gave|spoke|wrote|chose|drove|grew|knew|threw|"
                     r"flew|drew|ran|rose|fell|broke|sank)\b)|,\s+([a-z]{3,}ed)\s+(?:the|a|an|its|their|his|her|"
                     r"questions|evidence|votes)\b")
# words after which a verb is a clause's own (a relative, a conjunction or a pronoun subject), and words that open a clause
_RUN_ON_TIES = frozenset({"who", "which", "that", "what", "whom", "whose", "where", "when", "and", "or", "but", "they",
                          "it", "he", "she", "we", "you", "i", "there", "nor", "also", "then", "still", "now"})
_CLAUSE_OPENERS = re.compile(r"\b(?:that|which|who|whom|whose|when|where|if|unless|because|as|while|after|before|since|"
                             r"until|once|whether|how|why|what|although|though)\b|[;:]")
# a plural subject and a present verb in its base form, a participle's stance ("Residents campaigning against …" read
# as "Residents campaign against …"): any later perfect with nothing joining it is the sentence's own main verb
_PLURAL_STANCE = re.compile(r"^(?:The\s+)?(?:[A-Za-z][\w’'-]*\s+){0,2}?[a-z]*[a-z][^su\W’']s\s+(?!(?:have|had|were|are|"
                            r"will|would|can|could|should|may|might|must|do|did)\b)[a-z]{3,}[^s\W]\s+(?:against|for|to|"
                            r"on|over)\s")


# a plural subject, a past verb and a singular present stance: "Protesters gathered outside parliament on Tuesday accuses
# the government …" (the clause "protesters gathered …" taken whole as the holder of "accusing …")
_CLAUSE_HOLDER = re.compile(r"^(?:The\s+)?(?:[a-z]+\s+)?[A-Za-z]*[a-z][^su\W’']s\s+([a-z]{3,}ed)\s+(?:[\w’'-]+\s+){0,8}?"
                            r"([a-z]{3,}[^s\W’']s)\s+(?:the|a|an|its|their|to|that|his|her)\b")


def run_on(text: str, answer: bool = False, is_bare: bool = False) -> str:
    """The words where a stance's object (in a statement, "Which side/Who …?" or a flash answer) runs on into another
    clause's verb with nothing joining them ("… extension have lost …", "… mayor went head to head …", "…, answered
    questions"); "" if none. A perfect counts only where its number disagrees with the noun before it ("timetable
    have lost") or the statement is a plural subject's participle stance; a clause verb ("says", "argues") before it
    may take its clause with no "that", and then nothing is judged."""
    bare = text if is_bare else _bare(text)
    if bare.startswith("True or false:"):
        bare = bare[14:].lstrip()
    holder = _CLAUSE_HOLDER.match(bare)
    if holder and (_verb_like(holder.group(2)) or holder.group(2).endswith(("ses", "ges", "ects", "ands"))):
        return holder.group().rsplit(" ", 1)[0]
    if not _RUN_ON.search(bare):
        return ""  # (most texts: nothing more to read)
    words = _A_WORD.findall(bare)
    if not bare or any((w.lower() in CLAUSE_VERBS or w.lower() in _SAID_FORMS) and words[i + 1:i + 2] != ["to"]
                       for i, w in enumerate(words)):
        return ""  # ("hope to become …" takes an infinitive, not a clause)
    plural_stance = _PLURAL_STANCE.match(bare) is not None
    for m in _RUN_ON.finditer(bare):
        if m.group(5):
            if _CLAUSE_OPENERS.search(bare, 0, m.start()) or m.group(5) in ("based", "needed", "aimed"):
                continue
            return m.group().strip(" ,")
        noun = m.group(1).lower()
        if noun in _RUN_ON_TIES or noun in AUXILIARIES or noun in MODALS or noun in DETERMINERS or \
                _CLAUSE_OPENERS.search(bare, 0, m.start()) or not m.start():
            continue  # "… refugees who have lost …", "… the plan, which has stalled": a clause of its own
        if m.group(4) and not (answer or plural_stance or " to " in bare[:m.start()] or
                               any(_verb_like(w) for w in _A_WORD.findall(bare[:m.start()])[1:])):
            continue  # "Two years later prices fell sharply": the statement's own subject and verb
        if m.group(2):
            if not (_past_form(m.group(3)) or m.group(3) in PARTICIPLES or m.group(3) in IRREGULAR):
                continue  # "has an interest", "had talks": "had" is the verb itself
            plural = noun.endswith("s") and not noun.endswith(("ss", "us", "is")) or noun in ("people", "police")
            if not (plural_stance or m.group(2) == "have" and not plural or m.group(2) == "has" and plural):
                continue  # "the scheme the council has approved": a clause of its own that agrees
        return m.group().strip()
    return ""


_SAID_FORMS = frozenset({"said", "says", "say", "told", "tells", "believes", "believe", "thinks", "think", "argued",
                         "claimed", "warned", "insisted"})


def problem(text: str, question: bool = True) -> str:
    """What shows a cut or a splice in one text a student reads ('' when nothing does). `question`: the text is a
    prompt or statement (not a timeline item or an option), so its frame is checked too."""
    bare = _bare(text)
    if not bare:
        return ""
    if ",," in bare or _COMMA_AT_END.search(bare):
        return "a comma with nothing after it"
    tokens = _TOKEN.findall(bare)
    words = [t for t in tokens if t[0].isalnum() or t == "“”"]
    if words and words[-1].lower() in NEVER_LAST:
        return f"ends on “{words[-1]}”"
    if len(words) > 1 and words[-1].lower() == "to" and (words[-2].lower() in INFINITIVE_TAKERS or words[-2].lower()
                                                          == "not"):
        return f"an infinitive with no verb (“{words[-2]} to”)"  # "Which side wants to?": the verb was cut away
    sequence = _SEQUENCE_BEFORE_VERB.search(bare) if question else None
    if sequence and sequence.group(1).lower() not in _SEQUENCE_TIES:
        return f"an adverb of sequence pointing to another sentence (“{sequence.group(2)}”)"
    plural = _PLURAL_HEAD.search(bare) if question else None
    if plural and plural.group(1).lower() not in _SINGULAR_IN_S and _verb_like(plural.group(2)):
        return f"a plural subject with a singular verb (“{plural.group().strip()}”)"
    if len(words) > 2 and words[-2].lower() == "how" and words[-1].lower() in ("many", "much"):
        return f"ends on “how {words[-1].lower()}”"  # "… found out how many": how many what, the cut took
    # word pairs first, in one pass over the tokens; a pattern runs only where a pair says it can match
    role_comma = a_vowel = headless = clash = modal = name_modal = False
    for i in range(len(tokens) - 1):
        tok, nxt = tokens[i], tokens[i + 1]
        low, nlow = tok.lower(), nxt.lower()
        if tok == "," and i and tokens[i - 1].lower() in ROLE_WORDS and nxt[:1].isupper():
            role_comma = True
        elif low == "a" and nxt[:1] in "aeioAEIO":
            a_vowel = True
        elif low in _DETERMINER_BEFORE and nlow in _AUX_AFTER_DETERMINER:
            headless = True
        elif (low, nlow) in _CLASH_PAIRS:
            clash = True
        elif low in MODALS:
            modal = True
            name_modal = name_modal or i and tokens[i - 1][:1].isupper()
    if role_comma:
        for m in _APPOSITION.finditer(bare):
            if m.group(1).lower() in ROLE_WORDS and (m.group(2) in _FINITE_AFTER_NAME or _past_form(m.group(2))):
                return f"a name set off by one comma only (“{m.group().strip()}”)"
    article = _A_BEFORE_VOWEL.search(bare) if a_vowel else None
    if article:
        return f"“a” before a vowel (“{article.group()}”)"
    headless = _DETERMINER_THEN_VERB.search(bare) if headless else None
    if headless:
        return f"a determiner with no noun (“{headless.group()}”)"
    last = _LAST_VERB.search(bare)
    if last and (last.group(1).endswith(("s", "ed")) and not last.group(1).endswith("ss") or last.group(1) in IRREGULAR):
        return f"a verb left alone after the last comma (“{last.group().strip(' ?.')}”)"
    clash = _CLASH.search(bare) if clash else None
    if clash:
        return f"the subject and its verb disagree (“{clash.group()}”)"
    wrong = _after_do(tokens)
    if wrong:
        return f"not the base form after “{wrong.split()[0]}” (“{wrong}”)"
    late = _present_after_past(tokens)
    if late:
        return f"the date of a present “{late}” (the frame and the clause's tense disagree, or what is said now has no date)"
    for m in _MODAL_PAST.finditer(bare) if modal else ():
        if _past_form(m.group(1)) and m.group(1) not in ("need", "used"):
            return f"not the base form after a modal (“{m.group()}”)"
    spliced = _NAME_THEN_MODAL.search(bare) if name_modal else None
    if spliced and spliced.group(1) not in CLAUSE_VERBS and _verb_like(spliced.group(1)):
        return f"two verbs with nothing joining them (“{spliced.group()}”)"
    relative = _NAME_THEN_RELATIVE.search(bare) if " which " in bare or " who " in bare else None
    if relative:
        return f"a “{relative.group(1)}” clause on a name with no comma (“{relative.group().strip()}”)"
    age = _BARE_AGE.search(bare) if "-year-old" in bare else None
    if age:
        return f"an age with no person (“{age.group().strip()}”)"
    joined = _JOINED_THAT.search(bare) if "that" in bare else None
    if joined and not _REPORTED_BEFORE.search(bare, 0, joined.start()):
        return f"a reported “that” clause joined on with nothing to report it (“{joined.group().strip()}”)"
    if question:
        when = _WHEN_FRAME.match(bare)
        if when:
            tail = _AND_TAIL.search(bare)
            if tail and not _has_verb(tail.group(1)):
                return f"a phrase spliced on with “{tail.group().split()[1]}” and no verb (“{tail.group().strip(' ,?')}”)"
            if tail and _own_subject(tail.group(1)):
                return f"a second event with its own subject (“{tail.group().strip(' ,?')}”)"
            present = _AND_PRESENT.search(bare, when.end()) if re.search(r"\b(?:did|was|were)$", when.group()) else None
            if present and _verb_like(present.group(1)) or present and base_of(present.group(1)[:-1] + "ed"):
                return f"two events, the second in the present (“{present.group().strip()}”)"
            second = _SECOND_EVENT.search(bare, when.end())
            if second and _past_form(second.group(1)) and second.group(1).lower() not in PARTICIPLES and \
                    bare[when.start():when.end()].rstrip().endswith("did"):
                return f"two events, the second in its own tense (“{second.group().strip()}”)"
        aside = _ASIDE_AT_END.search(bare) if not _SAID_THAT.search(bare) else None
        if aside:  # "How many jobs will go, which the union opposes?": a clause about the fact, not the question
            return f"a “{aside.group(1)}” clause left open at the end of a question"
        tag = _TAG_AT_END.search(bare)
        if tag and not re.match(r"(?:Who|Which side)\b", bare):
            return f"a reporting tag left at the end (“{tag.group().strip(' ,?')}”)"
        said = _SAY_THAT.search(bare) if " that " in bare and bare.endswith("?") else None
        if said and "“”" not in said.group(1) and not _has_verb(said.group(1)):
            return "a “that” clause with no verb of its own"
        stated = _STATED_THAT.search(bare) if " that " in bare and bare.startswith("True or false:") else None
        inner = _SUBORDINATE.split(stated.group(1))[0] if stated and "“”" not in stated.group(1) else ""
        if inner and _A_COUNT.match(inner) and not has_finite_verb(inner):
            # "True or false: X argues that more than 90 victims since it appeared.": the clause's verb was cut away
            return "a “that” clause with no verb of its own"
        spliced = run_on(bare, is_bare=True) if bare.startswith(("True or false:", "Which side ", "Who ")) else ""
        if spliced:
            return f"a stance's object runs on into another clause (“{spliced}”)"
        if _STANCE_OPEN.match(bare):
            joined = _PAST_JOINED.search(bare)
            if joined and not re.search(r"\b(?:said|that)\b", bare[:joined.start()]):
                # (after "that" the joined verb may be the reported clause's own: "insists that X had … and had …")
                return f"the tenses disagree (“{joined.group().strip()}”)"
            lowered = bare.lower()
            when = _PAST_TIME.search(bare) if "last " in lowered or "yesterday" in lowered or " ago" in lowered \
                else None
            if when and "," not in bare[:when.start()] and not any(
                    _past_form(w) or w.lower() in SAME_PAST or w.lower() in AUXILIARIES
                    for w in _LOWER_WORD.findall(bare[:when.start()])):
                # ("the rent freeze it ended last year", "…, fixed in October last year": the time is the inner verb's)
                return f"a present stance dated in the past (“{when.group()}”)"
    return ""


# Verbs and adjectives whose complement is an infinitive: a "to" after them at the end has lost its verb.
INFINITIVE_TAKERS = frozenset(
    "want wants wanted plan plans planned hope hopes hoped intend intends intended aim aims aimed try tries tried "
    "promise promises promised vow vows vowed pledge pledges pledged agree agrees agreed refuse refuses refused "
    "decline declines declined threaten threatens threatened offer offers offered need needs needed expect expects "
    "expected seek seeks sought propose proposes proposed prepared ready able unable willing going due set likely "
    "wish wishes wished decide decides decided".split())
# "The union later said", "She then called …": an adverb of sequence between a subject and a verb in a question or a
# statement read alone (after "and", a modal or a comma it ties to an event of the same sentence: "and then decide").
_SEQUENCE_BEFORE_VERB = re.compile(r"(\S+)\s+(later|then|afterwards|subsequently)\s+(?:[a-z]{2,}(?:ed|s)|said|told|made|"
                                   r"took|gave|went|met|held|left|began|won|lost|became|came|wrote|sent|paid)\b")
_SEQUENCE_TIES = frozenset({"and", "but", "or", "will", "would", "could", "should", "might", "may", "must", "can",
                            "shall", "since", "until", "by", "it", "was", "were", "is", "are", "had", "has", "have",
                            "and,", "even", "only", "just", "what", "who", "which", "days", "weeks", "months", "years",
                            "hours", "minutes", "day", "week", "month", "year", "hour", "soon", "much", "decades"})
# "residents asks the council", "the union's members wants …": a plural common noun (lower case, in -s) directly
# before a present verb in -s and its object (a collective body, "the union", may take either number: not judged)
_PLURAL_HEAD = re.compile(r"(?:^True or false:\s+|\b(?:the|its|their|[a-z]+['’]s)\s+|^)([a-z]{3,}[^su\W’']s)\s+"
                          r"([a-z]{3,}[^s\W]s)\s+(?:the|a|an|to|that|for|its|their|his|her|\d)")
_SINGULAR_IN_S = frozenset({"news", "series", "species", "means", "politics", "economics", "physics", "athletics",
                            "mathematics", "headquarters", "works", "crossroads", "whereabouts", "analysis", "basis",
                            "crisis", "thesis", "lens", "bus", "gas", "status", "census", "chaos", "diabetes"})


def _own_subject(tail: str) -> bool:
    """Whether a clause after ", and" opens on a subject of its own ("replacement buses start running"), not on a
    second verb of the question's subject ("rejected the offer", "then walked out"): its first word is no verb form
    and a verb follows within three words."""
    words = _A_WORD.findall(tail)
    if len(words) < 2:
        return False
    first = words[0].lower()
    if first in AUXILIARIES or first in MODALS or first in ("then", "also", "later", "still", "now", "did", "do",
                                                            "does") or _past_form(first) or first in SAME_PAST or \
            first in IRREGULAR.values() or first.endswith(("ed", "ing")) or _verb_like(first):
        return False
    return any(w.lower() in AUXILIARIES or w.lower() in MODALS or _past_form(w) or
               i and re.fullmatch(r"[a-z]{3,}", w) and (w.lower() in IRREGULAR.values() or base_of(w.lower() + "ed"))
               and words[i - 1].lower().endswith("s") for i, w in enumerate(words[1:4], 1))


def _verb_like(word: str) -> bool:
    """A word in -s that reads as a present verb, not a plural noun: a stance or saying verb, or any word in -s
    whose stem is a verb the irregular table or a spelling rule knows."""
    low = word.lower()
    if low in SPEECH_VERBS:
        return True
    stem = low[:-1]
    if low.endswith("ies") and (low[:-3] + "y") in IRREGULAR.values():
        return True  # "flies", "buys"
    return stem in IRREGULAR.values() or low in ("backs", "supports", "opposes", "wants", "urges", "rejects",
                                                   "accepts", "welcomes", "praises", "blames", "criticises")


def _has_verb(clause: str) -> bool:
    """Whether a clause holds a finite verb as far as word classes say: an auxiliary or modal, a past form, a
    present in -s after a noun, a known irregular form, or a word after a subject pronoun (has_finite_verb)."""
    if has_finite_verb(clause):
        return True
    words = _A_WORD.findall(clause)
    for i, w in enumerate(words):
        low = w.lower()
        if low in AUXILIARIES or low in MODALS or low in ("do", "does", "did") or low in IRREGULAR or low in SAME_PAST or \
                low in IRREGULAR.values() and i and words[i - 1].lower() not in DETERMINERS:
            return True
        if low.endswith("ed") and len(low) > 3:
            return True
        if low.endswith("s") and i and not low.endswith(("ss", "us")) and words[i - 1].lower() not in DETERMINERS \
                and not words[i - 1].lower().endswith("s") and len(low) > 3:
            return True
        if _CONTRACTION_END.search(low):
            return True
    return False


_STANCE_ASKED = re.compile(r"^(?:According to the article, )?What (?:does|do|did) ")


def question_problem(q: dict, prompt: str) -> str:
    """What shows a cut or a splice in a drafted question: its prompt or statement (`prompt`, as the student sees
    it), its timeline items and its match items. A verbatim quotation ("Who said: “…”?") is the speaker's own
    words and a cloze is the article's own sentence: neither is judged here."""
    kind = q.get("type")
    if kind == "typed" or kind == "quote" and not q.get("reported") and not q.get("prompt"):
        return ""
    why = problem(prompt)
    if why:
        return why
    answer = q.get("answer") if kind == "flash" and isinstance(q.get("answer"), str) else ""
    spliced = run_on(answer, answer=True) if answer and _STANCE_ASKED.match(prompt) else ""
    if spliced:  # "What do crew members protest against?" → "The new timetable have now refused …"
        return f"the answer runs on into another clause (“{spliced}”)"
    for item in [*q.get("items", []), *[p[0] for p in q.get("pairs", []) if p and isinstance(p[0], str)],
                 *([answer] if answer else [])]:  # (a flash card's answer is read as a phrase too)
        why = problem(item, question=False)
        if why:
            return f"{why} in “{item}”"
    return ""
