"""Reported speech: "X warned that …", "X claimed …" as claims attributed to X.

Direct quotations are masked out first, so only the reporter's own words are read here; a claim
is what follows a verb of saying (and "that", or the one warned or told), up to the end of its
clause or bracket. Each verb of saying in a sentence has its own claim: "X said A (which Y said B)"
is two claims, and a later verb's subject is looked for only after the clause that opens it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studyapp.core.generate.pacing import Pacer
from studyapp.core.generate.quotes import QUOTE_COST, Attributor, Speaker
from studyapp.core.generate.text import Article

REPORT_VERBS = (r"said|says|warned|warns|claimed|claims|argued|argues|insisted|insists|indicated|indicates|"
                r"admitted|admits|believes|believed|suggested|suggests|added|announced|stressed|maintained|"
                r"denied|denies|confirmed|revealed|predicted|acknowledged|hopes|hoped|thinks|feels|fears|feared|"
                r"accepted|conceded|complained|alleged|promised|pledged|vowed|ruled|told\s+[\w\s]{1,30}?|"
                r"saying|arguing|claiming|warning|insisting")
_RX = re.compile(r"\b(?:has\s+|have\s+|had\s+|also\s+|previously\s+|already\s+|repeatedly\s+)*(" + REPORT_VERBS +
                 r")\b\s+(?:that\s+)?(?=[A-Za-z£$\d])")


# A participle reports speech only in a clause set off after the main one: "He rejected it, (again) saying …"
_PARTICIPLES = frozenset({"saying", "arguing", "claiming", "warning", "insisting"})
# (or after what carries the words: "issued a statement saying …", "was quoted as saying …")
_SET_OFF_BEFORE = re.compile(r"(?:,|—|–|;)\s*(?:[a-z]+\s+){0,2}$|\b(?:statement|statements|letter|post|posts|message|"
                             r"tweet|note|email|report|video|interview|speech|quoted|cited|as|by|while|when|after|before|"
                             r"without|and|but|been|keep|keeps|kept|was|were|is|are|went|goes|started|began|continued|"
                             r"continues|years|months|weeks|days|decades|hours|time|life|career)\s+$", re.IGNORECASE)
# ("a baker who has spent nine years insisting that …", "she has been saying for months that …")


@dataclass(frozen=True)
class Claim:
    speaker: Speaker
    claim: str
    evidence: str
    start: int  # where its reporting clause begins: the sentence start for a sentence's first claim
    verb_at: int = 0
    # False where the speaker does not assert the claim: a plain noun after a verb that also takes one ("denies two
    # counts of …", "announced a shutdown"), or what is denied ("denied that he had ignored …"); a position to
    # read, but no statement to ask "Who said that …?" about
    asserted: bool = True

    def as_fact(self) -> dict:
        return {"speaker": self.speaker.name, "claim": self.claim, "evidence": self.evidence}


# Where a claim's clause ends: a bracket, a semicolon, a dash, or a clause about it ("…, which would suggest …").
# "…, but that will not be easy": a demonstrative after "but" opens the writer's own comment on what was said
# ("but that it would …", with "that" as a conjunction, goes on reporting).
_CUT = re.compile(r"\s*(?:[()\[\];]|\s[—–]\s|,\s+(?:which|who|whom|whose|whereas|while|although|though|"
                  r"according\s+to)\b|\s+which\s+(?:would|could|might|may|will)\b|"
                  r",?\s+but\s+(?:that|this)(?:['’]s|\s+(?:may|might|could|would|will|won['’]t|is|isn['’]t|was|"
                  r"wasn['’]t|seems|seemed|remains|looks|sounds|depends|requires|means)\b)|"
                  r",?\s+(?:but|while|though|although)\s+(?:some\s+|many\s+|other\s+)?[a-z]+\s+(?:say|argue|warn|believe|"
                  r"fear|doubt|suggest)\b|"  # "…, but critics say …": others' view, not the speaker's
                  # "…, but opponents of the scheme have said …", "…, while the union says …": the narrator's contrast
                  # with another's view, which is no part of what the speaker said
                  r",\s+(?:but|while|whereas)\s+(?:(?!that\b|if\b|when\b)[\w’'-]+\s+){1,5}?(?:(?:have|has|had)\s+)?"
                  r"(?:say|says|said|argue|argues|argued|"
                  r"claim|claims|claimed|insist|insists|insisted|warn|warns|warned|point\s+out|points\s+out|"
                  r"pointed\s+out|counter|counters|countered)\b|"
                  r",\s+(?:he|she|they|it|we|I)\s+(?:said|says|added|adds|told|insisted|explained|went\s+on)\b|"
                  r",\s+(?:adding|saying|noting|explaining|insisting|arguing|warning|stressing)\b|"
                  # "… was 'well designed' but urged caution": the same speaker's next act, in the reporter's words
                  r",?\s+(?:but|and)\s+(?:also\s+)?(?:urged|cautioned|stressed|conceded|acknowledged|appealed|"
                  r"called\s+for)\b|"
                  r",\s+as\s+(?:he|she)\s+(?:[a-z]+ed|left|went|came|spoke|stood|sat|ran|got|made|took|met)\b)")
# ("…, adding that …", "…, as he walked back to his boat": the reporter's words about the speaker, not the claim)
# ("… the hardest of his life, he said as he left the court": the reporter's words begin at the second "he said")
# Where a later reporting clause opens inside an earlier claim: '…, and Y said …', '(which Y said …'.
_OPENER = re.compile(r"(?:[;(\[]|\s[—–]\s|,\s+(?:and|but|while|whereas|which|who|after|when|as|because|before|since|"
                     r"until|although|though)\b|\s(?:but|while|whereas)\s|"
                     r"\bwhich\b|\bwho\b)\s*")
# Verbs of saying that also take a plain noun ("denies the charges", "announced a bandh"): they report a statement
# only where a clause follows, which has a finite verb.
_NOUN_OBJECT_VERBS = {"denied", "denies", "admitted", "admits", "confirmed", "revealed", "announced", "accepted",
                      "acknowledged", "promised", "pledged", "predicted", "feared", "fears", "alleged", "conceded"}
_FINITE = re.compile(r"\b(?:is|are|was|were|be|been|had|has|have|will|would|could|can|should|may|might|must|did|does|"
                     r"do|won['’]t|can['’]t|isn['’]t|wasn['’]t|[a-z]{3,}ed)\b")
# The one told, before what they were told: "told the jurors they must …", "told the court the firm had been warned".
_TOLD_WHOM = re.compile(r"\s*(?:the|its|their|his|her)\s+[a-z]+\s+(?:that\s+)?(?=(?:it|he|she|they|we|there|you|I|the|a|an|"
                        r"its|their|his|her)\s)")
# The one told and where, before "that": "told a press conference in the capital, Norvik, that …", "told the court at
# a two-day hearing in October that …" (no verb of its own in between; "that" ends the reporter's words)
_TOLD_THEN_THAT = re.compile(r"\s*(?:[^\s,;:.!?\"“”‘’]+,?\s+){1,14}?that\s+(?=\S)")
# 'warned Belgrade it could …': the one warned is the object, not part of the claim.
_OBJECT_VERBS = {"warned", "warns", "promised", "pledged", "told"}
_OBJECT = re.compile(r"((?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*|him|her|them|us|me|"
                     r"(?:the|its|their|his|her)\s+[a-z]+)\s+(?:that\s+)?(?=(?:it|he|she|they|we|there|you|I)\s)")
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|last\s+\w+|this\s+\w+|earlier|later"
# 'said on Tuesday that …', 'said in a written note sent to reporters that …': a time or a setting before 'that'
_SETTING = re.compile(r"(?:(?:on\s+)?(?:" + _DAY + r")|(?:in|on|at|during|through|via|after|before|following|ahead\s+of)\s+"
                      r"(?:a|an|the|its|their|his|her)?"
                      r"\s*[^,;:_]{0,80}?)(?:,\s+(?:which|when|where)\b[^,;:_]{0,80},)?\s*,?\s+that\s+(?=\S)",
                      re.IGNORECASE)
# '…, their union announced Wednesday, after …': only a time follows the verb, the claim was the clause before
_TIME_THEN_BREAK = re.compile(r"(?:on\s+)?(?:" + _DAY + r")\s*(?:[,.;]|$)|\s*(?:[,.;]|$)|"
                              r"(?:in|on|at|outside|inside|after|before|during|from|near)\s+(?:(?!(?:is|was|were|are|will|"
                              r"would|had|has|have|could|should|can|may|might)\b)[\w'’-]+\s*){1,7}[.!?]?\s*$")
# A clause after the verb that says when or how it was said, not what: "said as he left", "said while …"
_TIME_CLAUSE = re.compile(r"(?:as|while|when|after|before|outside|on\s+leaving|leaving|walking|smiling|laughing)\s",
                          re.IGNORECASE)
# A clause opened by a wh-word ('Whatever might be said …') has no speaker.
_WH_LEAD = re.compile(r"^\W*(?:whatever|whoever|whichever|what|however|wherever|whenever|whether)\b", re.IGNORECASE)


def _in_bracket(text: str) -> int:
    """The offset just after the bracket still open at the end of text, or -1."""
    depth, at = 0, -1
    for k, ch in enumerate(text):
        if ch in "([":
            depth, at = depth + 1, k + 1
        elif ch in ")]" and depth:
            depth -= 1
    return at if depth else -1


# a first person opening a turn with the way they will speak: "I want to start by saying", "We'd like to begin by"
_FIRST_PERSON_BY = re.compile(r"^\W*(?:I|We)\b[^,;:]{0,40}\bby\s*$")


def find_claims(article: Article, att: Attributor, contexts: list[Speaker | None],
                pace: Pacer | None = None) -> list[Claim]:
    """Attributed claims in text order: each verb of saying in a sentence with its own claim, cut at the end of
    its clause. `pace` hears of each sentence and verb of saying read (see pacing.py)."""
    pace = pace or Pacer()
    out: list[Claim] = []
    org_after = att.tracker.org  # (the positions stage reads on from where the quotation pass left it)
    for si, sent in enumerate(article.sentences):
        pace(len(sent.text))
        if sent.furniture:
            continue
        masked = att.masked[sent.start:sent.end]
        if masked.count("_") > 0.6 * len(masked):
            continue
        found: list[tuple[int, int, Claim]] = []  # (claim start, verb offset, claim) within the sentence
        for m in _RX.finditer(masked):
            pace(QUOTE_COST)
            rest = masked[m.end():].rstrip(" .")
            if not rest or rest.startswith(("_", ":")) or len(rest.split()) < 3:
                continue
            att.tracker.current = contexts[si]
            # "the company said" in the third sentence: the company of the story so far, not one a later paragraph
            # names ("Shareholders will vote …"); where the quotation pass found none yet, as before
            att.tracker.org = (att.org_contexts[si] if si < len(att.org_contexts) else None) or org_after
            verb_at = sent.start + m.start(1)
            lead = masked[:m.start()]
            if "_" in lead or re.search(r":\s*_", rest):
                continue  # the sentence attributes a direct quotation
            if re.search(r"\b(?:is|are|was|were|been|being|be)\s*$", lead):
                continue  # passive: "it is believed …", "whatever might be said …" reports no one's speech
            if _FIRST_PERSON_BY.match(lead):
                continue  # "I want to start by saying …" in a transcript's turn: how the speaker opens, no claim
            who_from = att._clause_start(sent.start, verb_at, quotes_cut=False) - sent.start
            while who_from > 4 and re.search(r"\b[a-z]\.[a-z]\.\s$", masked[:who_from + 1]):
                who_from = att._clause_start(sent.start, sent.start + who_from - 2, quotes_cut=False) - sent.start  # "4 a.m. on"
            bracket = _in_bracket(lead)
            if bracket > who_from:
                who_from = bracket  # '(which Mr Orlov has said …': the speaker is inside the bracket
            if found:  # a second reporting clause: its subject starts after the opener before it, or in the claim
                who_from = max(who_from, found[-1][0])
                openers = [o for o in _OPENER.finditer(lead, found[-1][1]) if o.end() <= m.start()]
                if openers:
                    who_from = max(who_from, openers[-1].end())
            if _WH_LEAD.match(lead[who_from:]):
                continue  # "Whatever might be said on …": a clause, not a name
            if _GAP_RELATIVE.search(lead[:who_from]):
                continue  # "a discount, which Norland says amounts to a subsidy": the relative pronoun is a part of
                # the claim ("amounts to …" has no subject of its own), which read alone says nothing
            speaker = None
            if not found and not re.search(r"[A-Za-z]", re.sub(r"^\W*(?:also|and|but|meanwhile|now|then|instead)\W*", "",
                                                               lead, flags=re.IGNORECASE)) and m.group(1) in ("said", "says"):
                # "Also, said Ms Delgado, the port has …": the speaker follows the verb
                after = re.match(r"\s*([^,;]+)", masked[m.end(1):])
                if after:
                    a = sent.start + m.end(1) + after.start(1)
                    speaker = att.who(a, a + len(after.group(1).rstrip()))
                    rest_at = masked.find(",", m.end(1) + after.end(1) - 1)
                    if speaker and rest_at > 0:
                        claim = _cut(article.body[sent.start + rest_at + 1:sent.end], False)
                        found.append((rest_at + 1, m.start(1), Claim(speaker, claim, sent.text, sent.start, verb_at)))
                        break
            if m.group(1) in _PARTICIPLES and not _SET_OFF_BEFORE.search(masked, 0, m.start(1)):
                continue  # "Red warning for wind in force until 6pm": a noun, not "…, warning that …"
            if speaker is None and m.group(1) in _PARTICIPLES:
                speaker = att._participle_subject(sent.start + who_from, verb_at)  # "He rejected it, saying …"
            speaker = speaker or att.who(sent.start + who_from, max(sent.start + who_from, sent.start + m.start()))
            # (the subject ends before an auxiliary the match took in: "X, Y and Z have told …")
            if speaker is None:
                continue
            at = m.end()
            verb = m.group(1).split()[0]
            if verb in ("told", "tells"):  # "told the jurors they must …": the one told is not what they were told
                told = _TOLD_WHOM.match(masked, m.start(1) + len(verb))
                if told:
                    at = max(at, told.end())
                told_that = _TOLD_THEN_THAT.match(masked, m.start(1) + len(verb))
                if told_that and not _FINITE.search(masked, m.start(1) + len(verb), told_that.end() - 5):
                    at = max(at, told_that.end())
            plain_noun = verb in _NOUN_OBJECT_VERBS and not re.match(r"\s*that\b", masked[m.end(1):]) and \
                not _FINITE.search(re.split(r"\b(?:if|unless|when|after|before|because|which|who|until)\b",
                                            _cut(masked[at:], False))[0])
            if verb in _OBJECT_VERBS:
                obj = _OBJECT.match(masked, at)
                if obj and not re.match(r"(?:It|He|She|They|We|There|The\s+[a-z])\b", obj.group(1)):
                    at = obj.end()  # "warned Belgrade it could lose …": the claim starts after the object
            tail = masked[at:]
            if _TIME_THEN_BREAK.match(tail) and re.search(r",\s*[^,]+$", lead) and \
                    len(lead[who_from:].split(",")[0].split()) >= 3:
                # "Drivers will walk out on June 2, their union announced Wednesday, after …": the claim came first
                cut_at = lead.rfind(",")
                claim = re.sub(r"^[A-Z][A-Z .,'’-]+\s[—–-]\s", "", article.body[sent.start + who_from:sent.start + cut_at])
                claim = _cut(claim, False)  # a dateline ("LAKEPORT — ") is not part of it
                speaker = att.who(sent.start + cut_at + 1, verb_at) or speaker
                if len(claim.split()) >= 3:
                    # its reporting clause ("their union announced") begins after the comma
                    found.append((who_from, m.start(1), Claim(speaker, claim, sent.text, sent.start + cut_at + 1,
                                                              verb_at)))
                continue
            setting = _SETTING.match(tail)
            if setting:
                at += setting.end()  # 'said on Tuesday that …', 'said in a written note sent to reporters that …'
            claim = _cut(article.body[sent.start + at:sent.end], bracket >= 0)
            claim = re.sub(r"^that\s+", "", claim)
            said_next = _OBJECT_THEN_SAID.match(claim)
            if said_next:
                claim = said_next.group(1)  # "acknowledged the limitations but said the effect was …": the noun is
                # the first verb's object, no claim; what was said follows the same subject's "said"
            if _IN_RELATIVE.search(masked[:m.start(1)]):
                claim = _MAIN_PREDICATE.split(claim, maxsplit=1)[0]  # "The group, which says it has 2,300 members,
                # took part …": the claim ends with the relative clause, where the main verb takes up the subject
                if _SELF_DESCRIBED.match(claim):
                    continue  # … and what it says of itself there ("it has 2,300 members") is an aside introducing
                    # the speaker, background no question should turn on
            if _TIME_CLAUSE.match(claim):
                continue  # "he said as he left the court": when and where it was said, the reporter's words
            if len(claim.split()) < 2 or re.search(r"(?:^|\s)[a-z]{2,}\.\s+[A-Z][a-z]", claim):
                continue  # ('X said no. Y said she …': a sentence end the splitter took for "no." as in "No. 10")
            # start: where the reporting clause begins, the sentence start for its first one (positions read
            # a sentence's main claim by it)
            clause_at = sent.start if not found else sent.start + who_from
            found.append((at, m.start(1), Claim(speaker, claim, sent.text, clause_at, verb_at,
                                                not plain_noun and verb not in ("denied", "denies"))))
        for k, (at, _, c) in enumerate(found):
            if k + 1 < len(found):  # '… said A, while Y said B': A ends where Y's clause opens
                nxt_verb = found[k + 1][1]
                openers = [o for o in _OPENER.finditer(masked, at) if o.end() <= nxt_verb]
                if openers and openers[-1].start() - at < len(c.claim) + 2:
                    cut = article.body[sent.start + at:sent.start + openers[-1].start()]
                    cut = _cut(re.sub(r"^\s*that\s+", "", cut), False)
                    if len(cut.split()) >= 2:
                        c = Claim(c.speaker, cut, c.evidence, c.start, c.verb_at, c.asserted)
            out.append(c)
    att.tracker.org = org_after
    return out


# A reporting verb inside a relative clause set off after its noun ("X, which says …", "Y, a lawyer who has said
# …").
_IN_RELATIVE = re.compile(r",[^,]{0,80}?\b(?:who|which)\s+[^,]*$")
# The comma that closes such a clause, the main predicate after it: ", took part", ", refused", ", has".
_MAIN_PREDICATE = re.compile(r",\s+(?=(?:also\s+|then\s+|later\s+|now\s+)?(?:[a-z]{3,}ed|took|made|gave|left|held|"
                             r"kept|won|lost|met|sent|went|came|began|told|said|has|have|had|is|are|was|were|will|"
                             r"would)\b)")
# A reporting verb's noun object and the same subject's next reporting verb: "[acknowledged] the risks but said".
_OBJECT_THEN_SAID = re.compile(r"(?:(?:the|its|their|his|her|some|these|those)\s+)?(?:[a-z][\w’'-]*\s+){0,2}?"
                               r"[a-z][\w’'-]*\s+(?:but|and)\s+(?:also\s+)?(?:said|says|added|insisted|argued|"
                               r"maintained)\s+(?:that\s+)?(\S.*)$")
# A relative pronoun right before a reporting clause's subject: "…, which Norland says …", "…, who police say …".
_GAP_RELATIVE = re.compile(r"\b(?:which|who|whom)\s*$", re.IGNORECASE)
_SELF_DESCRIBED = re.compile(r"(?:it|they|he|she)\s+(?:has|have|is|are|represents?|employs?|counts?|supports?|serves?|"
                             r"runs?)\b")
_RELATIVE_ASIDE = re.compile(r"^((?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)"
                             r",\s+(?:which|who)\s[^,;()—–]{1,80},\s+(?=(?:would|will|could|can|must|should|may|might|"
                             r"is|are|was|were|has|have|had|did|does|do|won['’]t|wouldn['’]t|couldn['’]t|can['’]t|"
                             r"isn['’]t|wasn['’]t|hadn['’]t|hasn['’]t)\b)")


def _cut(claim: str, bracketed: bool) -> str:
    """A claim up to the end of its clause, or of its bracket; never a dangling bracket or 'which …' tail."""
    claim = claim.strip()
    # an aside in a pair of dashes or brackets is left out, not a place to cut: "the plan – drawn up in secret – must"
    claim = re.sub(r"\s+(?:[—–]\s[^—–()]*?\s[—–]|\([^()]*\)|\[[^\[\]]*\])(?=\s|[,.;:]|$)", "", claim)
    # so is a relative aside closed before the claim's own verb: "the new unit, which cost £14 million, would cut …"
    # (cut at its "which", the claim kept only its subject)
    claim = _RELATIVE_ASIDE.sub(r"\1 ", claim)
    m = _CUT.search(claim)
    if m and m.start() > 0:
        claim = claim[:m.start()]
    elif bracketed:
        claim = claim.split(")")[0]
    return claim.strip().rstrip(".,;:—– ").strip()
