"""Demands and positions by side: what each party wants, rejects, offers or argues.

A sentence holds a position when a party is the subject of a verb of wanting or refusing ("wants",
"demands", "calls for", "refused to", "dismissed", "is prepared to" …), owns a noun of demand
("Russia's core demand"), speaks a quotation that says what must or should happen, or is reported
as arguing a view. Words that only sound like positions ("deal", "stance", "believes" with nothing
that should happen after it, a bare "must" in the narrator's voice, "protests" as a noun, a quote's
"will") are left out: they were most of the false positions. Sides are parties, never titles or
pronouns, because students choose between them: a dateline ("OSLO —") or a currency ("Rs") is never one;
a bare title ("the minister", "the judge") is the person given it, speaking for the government or court the
article names; "the union" or "the company" is the name holding a word of that kind.

Each Position carries what the question writer needs to ask "Which side {stance} {demand}?" and
"What does {side} want?": the cue in the present tense and the complement of the cue up to the end
of its clause.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from studyapp.core.generate.columns import column_writer, is_column, writers_own
from studyapp.core.generate.described import describes, key_of, keys_of, qualified
from studyapp.core.generate.lexicon import (AGENT_NOUNS, ASCII_CASE_PAIRS, COUNTRIES, DEMONYMS, NOT_NAMES,
                                            ORG_WORDS, PARTY_NAMES, PORTFOLIOS, TITLE_WORDS)
from studyapp.core.generate.people import Cast, Mention
from studyapp.core.generate.kinds import kind_of, named_as_place, read_cues
from studyapp.core.generate.pronouns import sexes
from studyapp.core.generate.quotes import PASSER_BY_NOUNS, Quotation, Speaker
from studyapp.core.generate.shouting import shouted_words, unshouted
from studyapp.core.generate.sides import _PRESS_HEADS
from studyapp.core.generate.speech import Claim
from studyapp.core.generate.pacing import Pacer, pacer
from studyapp.core.generate.realise import subject_of
from studyapp.core.generate.text import Article, Sentence

# Reading a sentence for positions costs about four times what the earlier stages spend on it (pacing.py;
# it was twice before the cue list grew to over a hundred patterns).
POSITION_COST = 4

# (pattern, stance, how): the pattern ends where the demand begins; "{0}" in a stance is the
# pattern's first group ("hopes for", "hopes to"). how: "verb" — the holder is the subject before
# the cue; "noun" — the holder owns the noun ("Russia's core demand"); "by" — the holder follows
# ("the 8% sought by the union"); "say" — the cue holds a view only inside a quotation.
_CUE_TABLE: list[tuple[str, str, str]] = [
    (r"(?:would|'d|’d)\s+(?:really\s+)?like\s+(?=to\b)", "wants", "verb"),
    (r"(?:(?:do|does|did)\s+not\s+want\s+|(?:don|doesn|didn)['’]t\s+want\s+)(?!to\s+be\s+(?:out\s+|back\s+|in\s+|up\s+)?(?:here|there)\b)",
     "does not want", "verb"),
    (r"want(?:s|ed|ing)?\s+(?!to\s+be\s+(?:out\s+|back\s+|in\s+|up\s+)?(?:here|there)\b)(?!to\s+(?:be|make)\s+(?:it\s+|this\s+)?(?:\w+ly\s+|quite\s+|very\s+|crystal\s+)?"
     r"clear\b)", "wants", "verb"),
    # "What the trust wants, Okoro said, is a seat on the board": the cleft's "wants" before an aside
    (r"want(?:s)?(?=,[^,]{2,60},\s*(?:is|are|was|were)\s)", "wants", "verb"),
    (r"(?:demanded|sought|requested)\s+by\s+", "demands", "by"),
    # "The offer was rejected by the union's executive", "a plan opposed by Fenwick Parish Council": the agent holds it
    # (after "was", "were", "has been": not "the boxy concept proposed by X", a thing described, no dispute)
    (r"{_BEEN}(?:rejected|turned\s+down|dismissed|thrown\s+out)\s+by\s+(?=(?:the\s+)?(?-i:[A-Z]))", "rejects", "by"),
    (r"{_BEEN}opposed\s+by\s+(?=(?:the\s+)?(?-i:[A-Z]))", "opposes", "by"),
    (r"{_BEEN}(?:proposed|put\s+forward|tabled)\s+by\s+(?=(?:the\s+)?(?-i:[A-Z]))", "proposes", "by"),
    # "The committee's recommendations were broadly welcomed by the association": the association welcomes them
    (r"(?<=\s)welcomed\s+by\s+(?=(?:the\s+)?(?-i:[A-Z]))", "welcomes", "by"),
    # "The alliance welcomed the ban": a side's support for a decision, a plan or a report (not "welcomed guests")
    (r"welcom(?:es|ed|ing|e)\s+(?=(?:the|a|an|this|that|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?(?:decision|move|"
     r"plans?|proposals?|offer|ban|budget|report|recommendations?|announcement|ruling|deal|agreement|freeze|cuts?|"
     r"rise|changes?|law|bill|policy|measures?|step|scheme|review|inquiry|commitment|pledge|u-turn)\b)", "welcomes",
     "verb"),
    # "…, a claim the Manch denied": the party named after the noun denies what the clause before says
    (r"(?<=,\s)an?\s+(?:claim|charge|accusation|allegation|suggestion)\s+(?:that\s+)?(?:which\s+)?(?=(?:the\s+)?"
     r"(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,4}\s+(?:has\s+|have\s+|had\s+)?(?:strongly\s+|flatly\s+)?"
     r"(?:denied|denies|rejected|rejects|disputed|disputes|dismissed|dismisses)\b)", "denies", "aside"),
    # (not the market's demand: "as demand keeps falling", "demand for bread fell")
    (r"(?:core\s+|key\s+|main\s+|central\s+|chief\s+|other\s+)?demands?(?!\s+(?:for\s+[\w-]+\s+)?{_MARKET})"
     r"\s*(?:for|that|,)?\s*", "demands", "noun"),
    # "The committee's central recommendation is a licensing regime": what a report asks for
    (r"(?:core\s+|key\s+|main\s+|central\s+|chief\s+|first\s+|principal\s+)?recommendations?\s+(?:is|are|was|were)\s+"
     r"(?!(?:\w+ly\s+)?[a-z]+ed\b|(?:not|also|still|being)\b)(?:that\s+)?", "recommends", "noun"),
    (r"demand(?:s|ed|ing)?\s+(?!(?:for\s+[\w-]+\s+)?{_MARKET})(?:that\s+)?", "demands", "verb"),
    # "called on Tuesday for a fresh election": the day the call was made stands between the verb and "for"
    (r"call(?:s|ed|ing)?\s+(?:(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight)\s+)?"
     r"for\s+", "calls for", "verb"),
    (r"call(?:s|ed|ing)?\s+on\s+(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)", "calls on", "verb"),
    (r"urg(?:es|ed|ing|e)\s+", "urges", "verb"),
    (r"plead(?:s|ed|ing)?\s+with\s+", "pleads with", "verb"),
    # "appealed for drivers with dashcam footage to come forward", "appealed again for calm": what a side asks for
    (r"appeal(?:s|ed|ing)?\s+(?:(?:again|publicly|urgently|today|yesterday|on\s+\w+day)\s+)?for\s+", "appeals for",
     "verb"),
    # "appealed to the farmers to show restraint": what a side asks another to do
    (r"appeal(?:s|ed|ing)?\s+(?:(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight)\s+)?"
     r"to\s+(?=(?:[\w’'-]+\s+){1,4}?to\s+[\"“]?[a-z])", "appeals to", "verb"),
    # "hit back within the hour, saying the pledge was …": a side's answer to another is its position
    (r"hit(?:s|ting)?\s+back\b[^,;\"“]{0,40},\s+saying\s+(?:that\s+)?", "argues that", "verb"),
    (r"slam(?:s|med|ming)?\s+(?=(?:the|a|an|this|that|its|their|his|her|plans?|proposals?)\b|(?-i:[A-Z]))", "condemns",
     "verb"),
    (r"insist(?:s|ed|ing)?\s+on\s+", "insists on", "verb"),
    (r"insist(?:s|ed|ing)?\s+(?:that\s+)?", "insists that", "verb"),
    (r"(?:is|are|was|were)\s+to\s+refuse\s+to\s+|refus(?:es|ed|ing|e)\s+to\s+(?!{_GESTURE})|declin(?:es|ed|ing|e)\s+to\s+"
     r"(?!comment|speculate|say|elaborate|confirm|respond|discuss|disclose|reveal|answer|name|specify|detail|give\s+"
     r"(?:details|a\s+figure|a\s+reason)|be\s+(?:named|interviewed|identified|drawn))",
     "refuses to", "verb"),
    # (not the noun: "the borough's 180 refuse collectors", "refuse lorries")
    (r"refus(?:es|ed|ing|e)\s+(?!to\s+{_GESTURE})(?<!refuse\s)|refuse\s+(?!(?:collect\w*|lorr\w*|trucks?|workers?|"
     r"bins?|sacks?|bags?|tips?|sites?|disposal|services?|crews?|staff|drivers?|centres?|depots?)\b)", "refuses", "verb"),
    (r"refusal\s+to\s+", "refuses to", "noun"),
    (r"reject(?:s|ed|ing)?\s+", "rejects", "verb"),
    (r"turn(?:s|ed|ing)?\s+down\s+", "turns down", "verb"),
    # "has not ruled out improving the offer", "refused to rule out": a door held open, not shut
    # ("would not rule out further talks": the door is held open, never a wish for talks)
    (r"(?:(?:has|have|had|did|does|do|would|will)\s+not|(?:hasn|haven|hadn|didn|doesn|don|wouldn|won)['’]t|"
     r"(?:refus|declin)(?:es|ed|ing|e)\s+to)"
     r"\s+(?:yet\s+|so\s+far\s+)?rul(?:ed|e)\s+out\s+(?!of\b)", "does not rule out", "verb"),
    (r"rul(?:es|ed|ing|e)\s+out(?:\s+(?!of\b)|(?=\s*[.;]))", "rules out", "verb"),
    # "knocked back the offer": turned it down
    (r"knock(?:s|ed|ing)?\s+back\s+(?=(?:the|a|an|its|their|his|her|this|that|[\d$£€])\b|[$£€])", "rejects", "verb"),
    # "voted 212 to 31 on Sunday to authorize a rent strike", "voted overwhelmingly to reject": a body's decision
    # (not "said its members had voted to walk out": a vote behind what the side now says, which is asked instead)
    (r"(?<!\bhad\s)vot(?:es|ed|ing|e)\s+(?:\d[\d,]*\s*(?:to|-|–)\s*\d[\d,]*\s+|(?:overwhelmingly|unanimously|narrowly)\s+|"
     r"by\s+(?:a\s+)?(?:large\s+|wide\s+|narrow\s+)?(?:majority|margin)\s+|in\s+favou?r\s+)?"
     r"(?:(?:on|late\s+on|early\s+on)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+(?:night|morning|afternoon|evening))?\s+|"
     r"(?:yesterday|today|tonight|last\s+night)\s+)?to\s+(?=[a-z]+\s)(?!(?:the|a|an|its|his|her|their|this|that|them|him|"
     r"me|us|be|one|two|three|\d)\b)", "votes to", "verb"),
    # "moved to approve the curriculum as written": a motion put to a board or a house
    (r"mov(?:es|ed|ing|e)\s+(?:on\s+\w+day\s+)?to\s+(?=(?:approve|adopt|reject|block|delay|defer|postpone|scrap|amend|"
     r"suspend|censure|impeach|overturn|table|refer|ban|halt|extend|restore|dismiss|expel|remove|rescind|repeal|"
     r"accept|strike|cut|freeze|end|close)\b)", "moves to", "verb"),
    # "residents have complained that the consultation was held in August": a grievance
    (r"complain(?:s|ed|ing)?\s+(?:bitterly\s+|repeatedly\s+)?that\s+", "complains that", "verb"),
    (r"(?:is|are|was|were)\s+(?:strongly\s+)?opposed\s+to\s+", "opposes", "verb"),
    # "the parish council had objected to the plan unless …": an objection lodged against a plan or a decision
    (r"object(?:s|ed|ing)?\s+(?:strongly\s+|formally\s+)?to\s+(?=(?:the|a|an|its|their|any|plans?|proposals?|"
     r"(?-i:[A-Z]))\b)", "objects to", "verb"),
    # "The opposition party extended its support to the farmers": support given, the noun after its verb
    (r"(?:extend(?:s|ed|ing)?|express(?:es|ed|ing)?|lent|lends?|declar(?:es|ed|ing|e)|voic(?:es|ed|ing|e)|"
     r"offer(?:s|ed|ing)?|pledg(?:es|ed|ing|e))\s+(?:its|their|his|her)\s+(?:full\s+|strong\s+|unconditional\s+|"
     r"total\s+|wholehearted\s+)?support\s+(?:to|for)\s+", "supports", "verb"),
    (r"support(?:s|ed|ing)?\s+(?!for\b)", "supports", "verb"),
    (r"condemn(?:s|ed|ing)?\s+", "condemns", "verb"),
    (r"critici[sz](?:es|ed|ing|e)\s+", "criticises", "verb"),
    (r"dismiss(?:es|ed|ing)?\s+", "dismisses", "verb"),
    (r"offer(?:s|ed|ing)?\s+(?:instead\s+|also\s+|again\s+|now\s+)?to\s+", "offers to", "verb"),
    (r"offer(?:s|ed|ing)?\s+(?!to\b)(?!(?:an?|the|his|her|their|its|no|some|little|few)\s+(?:[\w-]+\s+)?(?:example|"
     r"explanation|insight|glimpse|view|hint|clue|reason|comment|details|assessment|analysis|account|thoughts)s?\b)",
     "offers", "verb"),
    (r"propos(?:es|ed|ing|e)\s+(?:that\s+)?", "proposes", "verb"),
    (r"threaten(?:s|ed|ing)?\s+(?:(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight)\s+)?to\s+", "threatens to", "verb"),
    (r"threaten(?:s|ed|ing)?\s+(?=(?:a|an|legal|strike|industrial|court|further|more)\b)", "threatens", "verb"),
    (r"accus(?:es|ed|ing|e)\s+", "accuses", "verb"),
    (r"blam(?:es|ed|ing|e)\s+", "blames", "verb"),
    (r"(?<!\bus\s)(?<!\bthem\s)(?<!\bhim\s)(?<!\bher\s)(?<!\bit\s)(?<!\bme\s)(?<!\byou\s)"
     r"back(?:s|ed|ing)?\s+(?!down\b|away\b|up\b|off\b|out\b|to\b|into\b|in\b|on\b|home\b|then\b|as\b)", "backs",
     "verb"),
    (r"endors(?:es|ed|ing|e)\s+", "endorses", "verb"),
    (r"calls?\s+for\s+", "calls for", "noun"),
    (r"(?:push|plea)\s+for\s+", "pushes for", "noun"),
    (r"(?:request|bid)\s+for\s+", "asks for", "noun"),
    (r"proposals?\s+to\s+(?!{_NOT_VERB})", "proposes to", "noun"),
    (r"plans?\s+to\s+(?!{_NOT_VERB})", "plans to", "noun"),
    (r"offers?\s+to\s+(?!{_NOT_VERB})", "offers to", "noun"),
    # "rejected the Health Department's offer of a 3 per cent rise": what the owner of the offer offers
    (r"(?<=['’]s\s)(?:(?:latest|new|improved|revised|final|original|pay)\s+)?offer\s+of\s+(?=(?:a|an|\d|[$£€]))",
     "offers", "noun"),
    (r"threats?\s+to\s+(?!{_NOT_VERB})", "threatens to", "noun"),
    (r"(?:is|are|was|were|be|been)\s+(?:now\s+|also\s+|still\s+)?not\s+(?:prepared|ready|willing)\s+to\s+",
     "is not prepared to", "verb"),
    (r"(?:is|are|was|were|be|been|['’]re|remains?|remained)\s+(?:now\s+|also\s+|still\s+)?(?:prepared|ready|willing)\s+to\s+"
     r"(?!(?:international|national|high|top|strict|exacting|professional|the|a|an|its|their)\b)|"
     r"(?:is|are|was|were|['’]re)\s+(?:very\s+|more\s+than\s+)?happy\s+to\s+(?=(?:meet|talk|discuss|negotiate|consider|"
     r"sit\s+down|look\s+at|work\s+with)\b)", "is prepared to", "verb"),
    (r"(?:is|are|was|were|be|been)\s+(?:now\s+|also\s+|still\s+)?(?:more\s+|far\s+more\s+)?open\s+to\s+"
     r"(?!question\b|debate\b|the\s+public\b)",
     "is open to", "verb"),
    # "asked both sides to keep schools open": what a side asks another to do
    (r"(?:ask(?:s|ed)|(?<=will\s)ask|(?<=would\s)ask|(?<=\S\s)asking)\s+(?!not\b)(?=(?:[\w’'-]+\s+){1,4}?to\s+(?!comment|confirm|respond|explain|elaborate|speak|name|"
     r"identify|be\s+(?:named|identified|interviewed))"
     r"[a-z])", "asks", "verb"),
    # "will withdraw the route at the end of the year unless the authority raises its subsidy": a threat
    (r"(?:will|would)\s+(?!not\b|be\b|have\b|never\b|only\b)(?=[a-z]+\s+(?:[\w’'£$%.,-]+\s+){0,12}?unless\b)",
     "threatens to", "verb"),
    (r"(?:would|will|did|does|do)\s+not\s+oppose\s+|(?:won|didn|doesn)['’]t\s+oppose\s+", "does not oppose", "verb"),
    (r"(?:is|are|was|were)\s+opposed\s+to\s+|oppos(?:es|ed|ing|e)\s+", "opposes", "verb"),
    (r"opposition\s+to\s+", "opposes", "noun"),
    (r"push(?:es|ed|ing)?\s+for\s+", "pushes for", "verb"),
    (r"lobb(?:y|ies|ied|ying)\s+for\s+", "lobbies for", "verb"),
    (r"press(?:es|ed|ing)?\s+(?:hard\s+|again\s+)?for\s+", "pushes for", "verb"),
    # "the panel threw out the bid": a body rejecting a proposal (not "threw out a challenge" in a match)
    (r"thr(?:ew|ows?|owing|own)\s+out\s+(?=(?:the|its|their|his|her|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:plans?|proposals?|"
     r"applications?|bid|scheme|motion|bill|appeal|claim|case|offer|request|amendment|budget|deal)\b)", "rejects",
     "verb"),
    # a defendant's plea: "denies two counts of fraud", "pleaded not guilty to theft"
    (r"den(?:ies|ied|y|ying)\s+(?=(?:[\w-]+\s+){0,3}?(?:counts?|charges?|allegations?|offences?|offenses?|"
     r"wrongdoing)\b)|plead(?:s|ed)?\s+not\s+guilty\s+to\s+|pled\s+not\s+guilty\s+to\s+", "denies", "verb"),
    # "hinted that a rebate might follow": a position held out as possible
    (r"hint(?:s|ed|ing)?\s+(?:that\s+)?(?=(?:\S+\s+){1,8}?(?:should|could|would|might|may)\b)", "suggests that",
     "verb"),
    # "will ask the council for a grant": what a side asks another for
    (r"ask(?:s|ed)?\s+(?=(?:the|its|their|(?-i:[A-Z])[\w’'-]*)\s+(?:[\w’'-]+\s+){0,3}?for\s+(?!comment\b|details\b|"
     r"information\b|help\s+(?:in|with)\s+(?:finding|tracing|identifying)\b))", "asks", "verb"),
    (r"(?:seek(?:s|ing)?|sought)\s+(?!asylum\b)", "seeks", "verb"),
    (r"hop(?:es|ed|ing|e)\s+(for|to|that)\s+", "hopes {0}", "verb"),
    (r"(?:is|are|was|were)\s+hopeful\s+(?:that\s+)?", "hopes that", "verb"),
    (r"plan(?:s|ned|ning)?\s+to\s+", "plans to", "verb"),
    (r"aim(?:s|ed|ing)?\s+to\s+", "aims to", "verb"),
    (r"pledg(?:es|ed|e|ing)\s+(?:(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight)\s+)?(not\s+to|to)\s+", "pledges {0}", "verb"),
    # "operator promises new road junction", "has promised to keep the depot open": an undertaking given
    (r"promis(?:es|ed)\s+(?:(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight)\s+)?(not\s+to|to)\s+",
     "promises {0}", "verb"),
    (r"promis(?:es|ed)\s+(?=(?:a|an|new|more|its|their|\d|[$£€])\b|[$£€])", "promises", "verb"),
    (r"vow(?:s|ed|ing)?\s+(?:(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight)\s+)?(not\s+to|to)\s+", "vows {0}", "verb"),
    # "warned it would ballot its members", "warned that the union would serve a strike notice": a threat
    (r"warn(?:s|ed|ing)?\s+(?:(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight)\s+)?(?:that\s+)?(?:it|they|the\s+(?:union|company|league|council|government|"
     r"group|club|board|firm|association|federation|employer|owners|players|workers|members))\s+(?:would|will)\s+"
     r"(?!(?:not|never|be|have|likely|probably|face|struggle|suffer|lose|cost|take\s+time)\b)", "threatens to", "verb"),
    # "has ordered the executive to produce a plan"
    (r"order(?:s|ed)\s+(?:(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight)\s+)?(?=(?:the|its|his|her|their|all|(?-i:[A-Z])[\w’'-]*)\s+(?:[\w’'-]+\s+){0,4}?to\s+[a-z])", "orders",
     "verb"),
    (r"agree(?:s|d|ing)?\s+(not\s+to|to)\s+", "agrees {0}", "verb"),
    (r"argu(?:es|ed|e|ing)\s+(?!about\b|over\b|with\b|against\b|for\b)(?:that\s+)?", "argues that", "verb"),
    (r"(?<!it\s)(?<!is\s)(?<!are\s)(?<!be\s)say\s+(?:that\s+)?"
     r"(?=(?:\S+\s+){1,8}?(?:should|must|would|could|need|needs|cannot|can['’]t)\b|"
     r"(?:\S+\s+){1,6}?(?:does|do|did)\s+not\s+go\s+(?:\w+\s+)?far\s+enough\b)",
     "says that", "verb"),
    (r"believ(?:es|ed|e)\s+(?:that\s+)?(?=(?:\S+\s+){1,8}?(?:should|must|would|could|need|needs|cannot|can['’]t)\b)",
     "believes that", "verb"),
    # "has signalled that a 2033 date might be acceptable", "had indicated it could accept a shorter loan"
    (r"(?:signall?(?:s|ed|ing)|indicat(?:es|ed|ing))\s+(?:privately\s+|publicly\s+)?(?:that\s+)?"
     r"(?=(?:\S+\s+){1,10}?(?:could|would|might|may)\s+(?:\w+\s+)?(?:accept|agree|support|back|consider|drop|offer|"
     r"be\s+(?:acceptable|prepared|willing|open|ready)|compromise|soften|ease|lift|sign|join|allow|settle|move)\b)",
     "signals that", "verb"),
    # "has given the federation until the end of January to cut race days": an ultimatum
    (r"(?:giv(?:en|es|ing)|gave)\s+(?=(?:[\w’'-]+\s+){1,6}?(?:until\s+(?:[\w’'-]+\s+){1,5}?|(?:a|an|one|two|three|"
     r"four|five|six|seven|ten|fourteen|thirty|\d+)\s+(?:more\s+)?(?:days?|weeks?|fortnight|months?|hours?)\s+)to\s+[a-z])",
     "gives", "verb"),
    # "Several leading riders have spoken in support of the boycott", "came out against the plan"
    (r"(?:spoken|spoke|speaks?|come|came|comes)\s+out\s+(?:strongly\s+)?(?:in\s+(?:support|favou?r)\s+of|for)\s+|"
     r"(?:spoken|spoke|speaks?)\s+(?:publicly\s+)?in\s+(?:support|favou?r)\s+of\s+", "supports", "verb"),
    (r"(?:spoken|spoke|speaks?|come|came|comes)\s+out\s+(?:strongly\s+|publicly\s+)?against\s+", "opposes", "verb"),
    # "Sandgren's public position is that Labour will not serve under Rosvall"
    (r"(?:public\s+|official\s+|stated\s+|formal\s+)?(?:position|stance|line)\s+(?:is|was|remains)\s+that\s+",
     "argues that", "noun"),
    # "The guild set out its position on Friday: the market must stay", "The council takes a different view: it
    # wants …": what follows the colon is the side's view
    (r"(?:set(?:s|ting)?|lays?|laid|spell(?:s|ed)?|spelt|made|makes?|outlin(?:es|ed)|restat(?:es|ed))\s+(?:out\s+)?"
     r"(?:its|their|his|her)\s+(?:position|stance|case|view|demands)(?:\s+clear)?[^:;.\"“”]{0,40}:\s*|"
     r"(?:has|have|had|takes?|took)\s+(?:a\s+)?(?:very\s+)?(?:different|contrary|opposing|opposite)\s+view\s*:"
     r"(?!\s*(?:it|they|he|she)\s+(?:\w+\s+)?(?:wants?|demands?|insists?|refuses?|rejects?|calls?|opposes?|backs?)\b)\s*",
     "argues that", "verb"),
    (r"ask(?:s|ed|ing)?\s+for\s+", "asks for", "verb"),
    # "It also asks that the company pay for blood tests": a request in the subjunctive
    (r"ask(?:s|ed|ing)?\s+(?:the\s+(?:court|judge|tribunal|council|board)\s+)?that\s+(?=(?:the|a|an|its|their|his|her|all|"
     r"every|any|no|(?-i:[A-Z])[\w’'-]*)\s)", "asks that", "verb"),
    (r"recommend(?:s|ed|ing)?\s+", "recommends", "verb"),
    (r"(?:in\s+protest\s+(?:at|against|over)\s+|protest(?:s|ed|ing)?\s+(?:against|at|over)\s+|protested\s+)"
     r"(?!(?:(?:at|outside|in|near|on|inside)\s+)?(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:[Ss]tation|[Ss]quare|[Gg]ates?|"
     r"[Oo]ffices?|[Hh]eadquarters|HQ|[Bb]uilding|[Ss]ite|[Pp]arliament|[Aa]ssembly|[Hh]all|[Ee]mbassy|[Cc]ourt|"
     r"[Cc]ampus|[Aa]irport|[Pp]ort|[Dd]epot|[Ff]actory|[Pp]lant|[Ss]treets?|[Rr]oad|[Pp]ark|[Bb]ridge)\b(?!['’]))",
     "protests against", "verb"),
    (r"campaign(?:s|ed|ing)?\s+(for|against)\s+", "campaigns {0}", "verb"),
    (r"appeal(?:s|ed|ing)?\s+against\s+", "appeals against", "verb"),
    (r"considering\s+whether\s+to\s+", "is considering whether to", "verb"),
    (r"(?:will|would|did|does|do|could)\s+not\s+accept\s+|"
     r"(?:cannot|can['’]t|won['’]t|didn['’]t|doesn['’]t)\s+accept\s+",
     "does not accept", "verb"),
    (r"(?:is|are|was|were)\s+determined\s+to\s+", "is determined to", "verb"),
    (r"(?:is|are|was|were|remains?|remained|stays?|stayed)\s+(?:fully\s+|firmly\s+)?committed\s+to\s+", "is committed to",
     "verb"),
    (r"hits?\s+out\s+at\s+", "hits out at", "verb"),
    (r"hits?\s+back\s+at\s+", "hits back at", "verb"),
    (r"(?:is|are|was|were)\s+(?:also\s+)?looking\s+to\s+", "is looking to", "verb"),
    (r"balk(?:s|ed|ing)?\s+at\s+", "balks at", "verb"),
    (r"(?:is|are|was|were)\s+trying\s+to\s+|spent\s+\w+\s+trying\s+to\s+", "tries to", "verb"),
    (r"(?:is|are|was|were)\s+(?:a\s+)?(?:strong\s+|leading\s+|vocal\s+)?advocates?\s+(?:for|of)\s+|"
     r"(?<!['’]\s)advocat(?:es|ed|ing)\s+(?!(?:have|has|had|are|were|say|said|says|warn|warned|will|would|who)\b)"
     r"(?:for\s+)?", "advocates", "verb"),  # (not "Patients' advocates have backed …": a noun)
    (r"defend(?:s|ed|ing)?\s+(?!(?:his|her|their|its|the)\s+(?:\w+\s+)?(?:title|crown|record|lead|goal|line)\b)"
     r"(?!(?:that|this|it|them)\s*[,.;:!?])",
     "defends", "verb"),
    (r"set\s+a\s+deadline\s+", "sets a deadline", "verb"),
    # an announced action of a dispute: "will stage a rally", "will walk off the job"
    (r"(?:will|would|is\s+to|are\s+to|plans?\s+to)\s+(?:also\s+|now\s+)?(?=(?:hold|stage|launch|call|begin|start)\s+"
     r"(?:a|an|another|further|more|their|its)\s+(?:[\w-]+\s+){0,3}?(?:rally|rallies|strikes?|protests?|walkouts?|"
     r"march|marches|sit-ins?|boycotts?|blockades?|demonstrations?|hunger\s+strike)\b|walk\s+(?:off|out)\b|"
     r"go\s+on\s+strike\b)", "plans to", "verb"),
    (r"invit(?:es|ed|ing|e)\s+(?=(?:[\w’'-]+\s+){1,4}?(?:for|to)\s+(?:talks|negotiations|a\s+meeting|discussions|"
     r"meet|discuss|negotiate)\b)", "invites", "verb"),
    (r"su(?:es|ed|ing)\s+(?=(?:[\w’'.-]+\s+){1,8}?(?:to\s+(?:block|stop|halt|overturn|force|prevent|freeze)|"
     r"over|for)\b)", "sues", "verb"),
    (r"bids?\s+(?=[$£€]|\d)", "bids", "verb"),
    (r"(?:has|have|had)\s+decided\s+that\s+", "has decided that", "verb"),
    # (not "did not expect to": what someone once thought, their story, not where they stand)
    (r"(?:do|does)\s+not\s+expect\s+to\s+|(?:don|doesn)['’]t\s+expect\s+to\s+", "does not expect to",
     "verb"),
    (r"(?<!not\s)(?<!n't\s)(?<!n’t\s)expect(?:s|ed)?\s+to\s+", "expects to", "verb"),
    (r"(?:is|are|was|were)\s+waiting\s+for\s+", "is waiting for", "verb"),
    (r"(?:is|are|was|were)\s+not\s+convinced\s+(?:by\s+)?", "is not convinced by", "verb"),
    (r"(?:won|lodged|brought|launched|mounted|lost)\s+a\s+(?:legal\s+)?challenge\s+against\s+", "challenges", "verb"),
    (r"(?:long-standing\s+|core\s+|main\s+|key\s+)?grievances?\s*(?:for|of|is|,)?\s*", "objects to", "noun"),
    (r"won['’]t\s+budge|will\s+not\s+budge", "won't budge on", "verb"),
    (r"(?:vie|vies|vying|compete|competes|competing)\s+(to|for)\s+", "competes {0}", "verb"),
    (r"(?:has\s+|have\s+)?(?:stated|contend(?:s|ed)?|maintain(?:s|ed)?)\s+that\s+", "argues that", "verb"),
    (r"(?:touted|touts|tout|hailed|hails|praised|praises)\s+", "praises", "verb"),
    (r"recogni[sz](?:es|ed|e)\s+that\s+", "recognises that", "verb"),
    (r"suggest(?:s|ed)?\s+that\s+", "suggests that", "verb"),
    (r"(?:is|are|am|was|were|['’]re|['’]m)\s+(?:extremely\s+|very\s+|deeply\s+|highly\s+)?sceptical\s+"
     r"(?:of|about)\s+", "is sceptical of", "verb"),
    (r"(?:view|regard|consider)(?:s|ed)?\s+(?=as\b)", "regards", "verb"),
    (r"(?:commit(?:s|ted|ting)?|challeng(?:es|ed|ing|e)|pledg(?:es|ed|ing|e))\s+"
     r"(?:itself|themselves|himself|herself)\s+to\s+", "commits itself to", "verb"),
    (r"(?:estimated|concluded|wrote|noted|stated|calculated)\s+(?:this\s+\w+\s+|last\s+\w+\s+)?that\s+"
     r"(?=(?:\S+\s+){1,12}?(?:should|must|would|needed|need|needs|cannot)\b)", "says that", "verb"),
    (r"(?:is|are|was|were|feel|feels|felt)\s+(?:very\s+|deeply\s+|particularly\s+)?concerned\s+that\s+",
     "is concerned that", "verb"),
    # "was concerned about women in labour travelling along the A391": a worry about a thing, asked with "about"
    (r"(?:is|are|was|were|feel|feels|felt)\s+(?:very\s+|deeply\s+|particularly\s+)?concerned\s+about\s+",
     "is concerned about", "verb"),
    (r"(?:goal|aim|intent|intention|objective|ambition|priority)\s*,?\s+(?:is|was)\s+(?:to\s+)?", "aims to", "noun"),
    (r"chant(?:s|ed|ing)?\s*,?\s*(?=[\"“])", "chants", "verb"),
    # inside a quotation only: what the speaker says must or should happen
    # (not the burden of proof a trial puts on one side: "the Crown must prove the firm was careless")
    (r"must\s+(?:not\s+)?(?!prove\b|be\s+sure\b)", "says that", "say"),
    (r"(?:we|i)\s+(?:really\s+|still\s+)?need\s+", "says that", "say"),
    (r"(?<!not\s)(?<!n['’]t\s)(?:have|has)\s+to\s+", "says that", "say"),
    # ("I should apologise to the linesman": the speaker's own regret, not what anyone should do)
    (r"(?<!\bI\s)should(?:n['’]t|\s+not)?\s+", "says that", "say"),
    (r"required\s+to\s+", "says that", "say"),
    (r"(?:is|are|was|were)\s+(?:not\s+)?(?:feasible|acceptable|unacceptable|essential|vital|crucial|unfair|"
     r"unjustified|the\s+way\s+forward|designed\s+to)\b|"
     r"(?:goal|aim|intent|intention|priority|job|role|duty|task)\s*,?\s+(?:is|was)\s+to\b|"
     r"(?:is|are)\s+(?:a\s+matter|matters)\s+for\s+(?:the|its|their|each)\b|"
     r"\bnot\s+the\s+(?:best|right)\s+(?:thing|way|approach|time|decision|move)\b|"
     r"(?:is|constitutes)\s+an?\s+(?:emergency|crisis|disgrace|scandal|outrage)\b",
     "says that", "say"),
    (r"(?<!if\s)(?:we|i)\s+(?:really\s+|just\s+)?want\s+(?!to\s+(?:be|make)\s+(?:it\s+)?(?:very\s+|absolutely\s+|"
     r"perfectly\s+|quite\s+)?clear\b)", "says that", "say"),
    (r"(?:we|i)\s+(?:are|am|['’]re|['’]m|will\s+be|['’]ll\s+be)\s+(?:only\s+|simply\s+|just\s+)?asking\s+(?:for|to)\s+|"
     r"(?:we|i)\s+(?:will\s+be|['’]ll\s+be|are|am|['’]re|['’]m)\s+asking\s+(?:the\s+)?(?:[\w’'-]+\s+){1,4}?to\s+[a-z]|"
     r"\b(?:needs|ought)\s+to\s+(?!be\s+(?:said|noted)\b)|"
     r"(?:we|i)\s*(?:['’]ve|\s+have)\s+(?:already\s+)?asked\s+(?:[\w’'-]+\s+){1,4}?(?:to|for)\s+|"
     r"(?:^|(?<=[\"“]))\W*let\s+(?:the|him|her|them|us)\s+(?!(?:be|say|make|just|put|tell|not\s+forget|remember)\b)|"
     r"\b(?!(?:we|i|you|he|she|it|they|who|that|which|this)\b)[A-Z][\w’'-]+\s+(?:will|shall)\s+(?:not|never)\s+"
     r"(?=(?:sign|accept|agree|allow|give|pay|back|support|tolerate|stand|surrender|negotiate|recogni[sz]e|join|"
     r"attend|return|take\s+part|participate|comply|cooperate|co-operate)\b)",
     "says that", "say"),
    (r"can\s+be\s+no\s+", "says that", "say"),
    # "A rent freeze is not something we are able to offer"
    (r"(?:is|are)\s+not\s+something\s+(?:that\s+)?(?:we|i)\s+(?:are\s+|am\s+|['’]re\s+|['’]m\s+)?(?:able|prepared|"
     r"willing|going|can|could|will)\s+(?:to\s+)?(?=offer|accept|agree|support|give|pay|afford|consider)",
     "says that", "say"),
    # "It needs the money that was promised to it": what the speaker says the hospital, the town or the club needs
    (r"(?<!\bnot\s)\b(?:it|they|he|she|this\s+(?:town|city|club|school|hospital|region|country))\s+(?:really\s+|still\s+|just\s+)?"
     r"needs?\s+(?=(?:the|a|an|more|real|proper|urgent|\d|[$£€])\b)", "says that", "say"),
    # "They deserve their money back now": what the speaker holds others are owed ("deserve to know" is no claim)
    (r"(?<!\bnot\s)deserves?\s+(?!(?:it|this|that|what|to|better\s+than)\b)", "says that", "say"),
    # "It would be absurd for our fishermen to pay the price": a judgement of what others propose
    (r"(?:it\s+)?(?:would|will)\s+be\s+(?:absurd|wrong|unfair|unacceptable|ridiculous|outrageous|madness|"
     r"a\s+(?:\w+\s+)?(?:mistake|scandal|disgrace|betrayal))\s+(?=(?:for|to)\b)", "says that", "say"),
    # "What there is, is a requirement to live within the budget": an obligation the speaker holds others to
    (r"(?:is|was)\s+(?:a|the|an\s+absolute)\s+(?:clear\s+|legal\s+)?(?:requirement|obligation|duty)\s+(?:on\s+\w+\s+)?to\s+",
     "says that", "say"),
    # "I expect everyone to come with a mandate", "this House is going to deliver it"
    (r"(?<!if\s)(?:we|i)\s+(?:fully\s+)?expect\s+(?=(?:[\w’'-]+\s+){1,4}?to\s+[a-z])|"
     r"\b(?:we|this\s+(?:house|government|union|council|league|company|club|party|administration|board))\s+"
     r"(?:is|are|['’]re)\s+going\s+to\s+(?!be\b|have\b|see\b|get\b|need\b)", "says that", "say"),
    # "If the clubs are in trouble, show us the accounts": an order to the other side after its condition
    (r"(?<=,\s)(?:show|give|pay|open|publish|release|drop|scrap|lift|hand\s+over)\s+(?=(?:us|them|the|your|their)\b)",
     "says that", "say"),
    (r"the\s+(?:very\s+)?least\s+(?:[\w’'-]+\s+){1,3}?(?:can|could)\s+do\s+is\s+(?:to\s+)?", "says that", "say"),
    (r"(?:we|i)\s*(?:['’]ve|\s+have)\s+(?:already\s+)?(?:put|made|tabled)\s+(?=(?:a|an|our|my)\s+(?:[\w-]+\s+){0,2}"
     r"(?:offer|proposal)\b)|\b(?:is|are|am|['’]re|['’]s)\s+not\s+for\s+sale\b", "says that", "say"),
    (r"(?:you|we|they)\s+(?:had\s+|['’]d\s+)?better\s+", "says that", "say"),
    (r"(?:we|i)\s+(?:will|shall)\s+not\s+|(?:we|i)\s+(?:won['’]t|refuse\s+to)\s+|we\s+(?:cannot|can['’]t)\s+"
     r"(?!(?:yet\s+)?(?:say|tell|know|be\s+sure|be\s+certain|prove|rule\s+out|comment|confirm)\b)",
     "says that", "say"),
    # "The timetable is not up for negotiation", "The age is not negotiable": a point the speaker's side will not move on
    (r"(?:is|are)\s+not\s+(?:up\s+for\s+negotiation|negotiable|up\s+for\s+discussion)\b", "says that", "say"),
    # "If they approve it, we will go to the High Court": what the speaker's side will do if the other side acts
    # (the condition is a party's act: "if they …", "if the board …", not "if one nurse loses their job")
    (r"if\s+(?!(?:one|any|anyone|anybody|someone|somebody|a|an|no|nobody|every|everyone|it|there|this|that)\b)"
     r"[^,;\"“”]{3,80},\s+(?:then\s+)?(?:we|i|our\s+(?:lawyers|members|supporters|drivers|workers))\s+(?:will|shall|['’]ll)\s+(?!not\b|never\b|be\s+(?:happy|glad|delighted|"
     r"pleased|surprised|disappointed|sorry)\b|have\s+to\s+see\b|see\b|know\b|look\b)", "threatens to", "say"),
    # "We have a duty to grow the sport beyond …": what the speaker's side holds it must do
    (r"(?:we|i)\s+(?:have|['’]ve\s+got)\s+an?\s+(?:duty|responsibility|obligation)\s+to\s+", "says that", "say"),
    # "We are not here to negotiate the pace …": a refusal in the first person
    (r"(?:we|i)\s+(?:are|am|['’]re|['’]m)\s+not\s+here\s+to\s+", "says that", "say"),
]
# what a player or a mourner refuses in a story of the day, not a side's position
_GESTURE = r"(?:celebrate|shake\s+(?:hands|his\s+hand|her\s+hand)|smile|look\s+at|leave\s+the\s+(?:pitch|field|court|stage))\b"
# "an offer to the goalkeeper" is not "an offer to pay": after a noun cue's "to" comes a verb
_NOT_VERB = r"(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|him|them|us|me|it)\b"
# what the market's demand does ("demand keeps falling", "demand for rye fell", "demand is weak"): no one's position
_MARKET = (r"(?:keeps|kept|fell|falls|fall|rose|rises|grew|grows|slumped|dropped|drops|declined|declines|continues|"
           r"continued|remains|remained|picked|surged|soared|weakened|eased|outstrips|outstripped|slowed|slows|"
           r"(?:is|was|were|are|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:falling|rising|growing|slowing|weak|weaker|"
           r"strong|stronger|high|higher|low|lower|booming|slumping|soaring|sluggish|flat|down|up|expected))\b")
# a passive's auxiliary right before its participle: "was rejected by", "has been opposed by"
# Where the noun phrase a reduced passive ("the $300bn demanded by X") follows starts: after a comma, "of", "but",
# "and", a verb of being or a preposition that joins two things ("a compromise between A demanded by X and B")
# Stances whose object may be a whole clause ("proposes that …", "demands that …") and a clause with its own modal
# verb after a subject of a few words ("an observer mission from the bloc should monitor …")
_THAT_STANCES = {"proposes", "demands", "suggests", "recommends", "asks", "urges", "insists"}
_MODAL_CLAUSE = re.compile(r"(?:(?!(?:that|which|who|whose|and|or|but|if|unless|when|before|after|until|because|while|"
                           r"so|once)\b)[\w’'$£€.%-]+,?\s+){1,12}?(?:should|must|shall|would|will|could|can|"
                           r"needs?\s+to|ought\s+to)\s+(?:not\s+|also\s+|be\s+)?[a-z]", re.IGNORECASE)
_REDUCED_PASSIVE_CUT = re.compile(r",|\b(?:of|but|and|is|are|was|were|between|than|from|over|against)\s")
_BEEN = r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bbe\s))"
_CUE_TABLE = [(p.replace("{_BEEN}", _BEEN).replace("{_NOT_VERB}", _NOT_VERB).replace("{_GESTURE}", _GESTURE).replace("{_MARKET}", _MARKET), stance, how)
              for p, stance, how in _CUE_TABLE]
_CUES = [(re.compile(r"\b(?:" + p + ")", re.IGNORECASE), stance, how) for p, stance, how in _CUE_TABLE]
# "the offer", "its proposed merger", "an agreed deal": a cue word used as a noun or adjective
_NOUN_BEFORE = re.compile(r"(?:\b(?!(?-i:[A-Z]{2,}\s))(?:the|a|an|its|their|his|her|our|this|that|these|those|any|no)|['’]s)\s+"
                          r"(?:(?:current|new|latest|final|improved|revised|hostile|original|earlier|previous|"
                          r"formal|rival|fresh|best|better|fair|pay|first|second|last|written|higher|lower|"
                          r"same|cash|counter|takeover|serious|sweetened|fairer|"
                          r"\w+est|\w+ed|\w+ial|\w+al)\s+){0,2}$", re.IGNORECASE)
# a noun of demand owned by a pronoun or a common noun opening its sentence: "Their key demand", "The committee's
# central recommendation"
_POSSESSIVE_LEAD = re.compile(r"\W*(?:(?P<pro>Their|Its|His|Her)|[Tt]he\s+(?P<noun>[a-z]+)['’]s)\s+(?:[\w-]+\s+){0,2}$")
# a count before a plural noun: "More than 900 parents", "about 40 farmers"
_COUNTED = re.compile(r"(?:(?:more|fewer|less)\s+than\s+|over\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+)?"
                      r"[\d,]+\s+(?=[a-z])", re.IGNORECASE)
# a narrator's verb of reporting before a that-clause whose own subject holds the position
_REPORTS_THAT = re.compile(r"\b(?:reports?|reported|writes|wrote|notes|noted|learn(?:s|ed|t)|understands|hears|heard|"
                           r"reveals|revealed|claims|claimed)\s+that\s+")
# a name and the relative clause whose verb is a cue: "Kastrany, which insists that …"
_NAMED_ANTECEDENT = re.compile(r"(?<![\w’'-])((?:the\s+)?(?-i:[A-Z])[\w’'&-]*(?:\s+(?-i:[A-Z])[\w’'&-]*){0,4}),\s*(?:which|who)\s+"
                               r"(?:(?:also|still|now|has|have|had|is|are|was|were)\s+)*$")
# an onlooker who studies a dispute rather than takes part in it, and the words of a forecast
_COMMENTATOR = re.compile(r"\b(?:who\s+(?:studies|researches|follows|teaches)|researchers?|analysts?|economists?|"
                          r"columnists?|commentators?|academics?|professor|lecturer\s+in|fellow\s+at|pollsters?|"
                          r"historians?|political\s+scientists?)\b", re.IGNORECASE)
_HEDGED = re.compile(r"\b(?:probably|likely|likeliest|unlikely|most\s+likely|expects?|expected|predicts?|predicted|"
                     r"forecasts?|odds|chances?\s+(?:are|were|of))\b", re.IGNORECASE)
# a part of a party that speaks for it: "the union's local branch", "the party's national executive"
_OWN_BODIES = {"branch", "branches", "chapter", "executive", "leadership", "wing", "section"}
# a part of a party named by its owner: "the Lecturers Union's local branch", "the party's national executive"
_PART_OF = re.compile(r"^(?:the\s+)?(?P<owner>.+?)['’]s?\s+(?:local\s+|regional\s+|national\s+|school\s+|"
                      r"university\s+|executive\s+)?(?:branch|branches|chapter|executive|leadership|wing|section)$",
                      re.IGNORECASE)
# "it" as a clause's whole subject, before its verb: "It opposes …", "…, but it also wants …"
_IT_AGAIN = re.compile(r"\W*(?:(?:but|and|yet)\s+)?it\s+(?:(?:has|had|will|would|is|was|also|now|still|instead|then)\s+)*",
                       re.IGNORECASE)
# the issue a side will not move on: "The sticking point for parents is …", "The sticking point, according to
# officials at the regulator, is …", "… were the sticking point for Kastrany"
_POINT = r"(?:main\s+|biggest\s+|real\s+|key\s+|chief\s+)?(?:sticking[\s-]point|red\s+line|bone\s+of\s+contention)"
_STICKING = re.compile(r"^\W*(?:But\s+|And\s+)?(?:[Tt]he|[Tt]heir|[Ii]ts)\s+" + _POINT +
                       r"(?:\s+for\s+(?P<who>(?:the\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*){0,4}))?"
                       r"(?:\s*,\s*according\s+to\s+(?P<src>[^,]{2,80}),)?\s+(?:is|was|remains|remained)\s+"
                       r"(?!not\b)(?P<what_at_end>)(?P<what>\S.*)$")
_STICKING_FOR = re.compile(r"(?:^|\bthat\s+|,\s+)(?P<what>(?:the|a|an|its|their)\s+[^,;]{2,60}?)\s+(?:is|are|was|were|"
                           r"remains?|remained)\s+the\s+" + _POINT + r"\s+for\s+(?P<who>(?:the\s+)?(?-i:[A-Z])[\w’'-]*"
                           r"(?:\s+(?-i:[A-Z])[\w’'-]*){0,4})")
# words a story uses in turn for one shop: "Harlow's, the grocer … the retailer … the chain"
_SHOP_WORDS = ("retailer", "grocer", "supermarket", "chain")
# "said her client denied …": the one a lawyer speaks for
_CLIENT = re.compile(r"\s*(?:that\s+)?(?:his|her|their)\s+clients?\b")
_LAWYERS = r"(?:solicitor|lawyer|barrister|attorney|counsel|advocate|legal\s+representative)"


def _client_of(body: str, lawyer: str, cast: Cast) -> str:
    """The person whose lawyer `lawyer` is ("Dr Maybury's solicitor, Imogen Waddell"), by the name the cast knows,
    or ''."""
    last = lawyer.split()[-1]
    m = None
    for m in re.finditer(r"(?<![\w’'.-])((?-i:[A-Z])[\w’'-]*(?:[ ](?-i:[A-Z])[\w’'-]*)*)['’]s\s+(?:[a-z]+\s+)?" + _LAWYERS +
                         r",?\s+(?:[A-Z][\w’'.-]*\s+)*" + re.escape(last) + r"\b", body):
        pass
    if m is None:
        return ""
    client = m.group(1)
    person = cast.person(client) or cast.person(client.split()[-1])
    if person is None:  # "Dr Maybury": the one person of that surname
        named = [p for p in cast.people if p.kind == "person" and p.name.split()[-1] == client.split()[-1]]
        person = named[0] if len(named) == 1 else None
    return person.name if person is not None else client


# one who speaks for a named principal: "His lawyer, Ana Roe,", "Tom Pell's solicitor,", "Ana Roe, who represents Mr
# Pell,", "Ana Roe, for Mr Pell,", "a spokeswoman for the singer" (up to the verb of saying)
_REPRESENTS = (r"(?:" + _LAWYERS + r"|spokes(?:man|woman|person)|agent|representative|press\s+officer|publicist)")
_REP_LEAD = re.compile(r"^\W*(?:(?P<pro>His|Her|Their)|[Tt]he\s+(?P<noun>[a-z-]+)['’]s?|(?P<owner>(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3})['’]s?)"
                       r"\s+(?:[a-z-]+\s+)?" + _REPRESENTS + r"s?(?:,\s+(?-i:[A-Z])[^,]{1,60},)?\s*"
                       r"(?:(?:has|had|also|later|then)\s+)*$")
_REP_FOR = re.compile(r",\s+(?:who\s+(?:represents|is\s+representing|acts\s+for|speaks\s+for)|representing|for|"
                      r"acting\s+for|(?:a|the)\s+" + _REPRESENTS + r"\s+(?:for|to|of))\s+(?P<who>(?:(?:Mr|Mrs|Ms|Miss|Dr)"
                      r"\.?\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3}),\s*(?:(?:has|had|also|later|then)\s+)*$")
_ABOUT_PRINCIPAL = re.compile(r"\s*(?:that\s+)?(?:(?P<pro>he|she|they)|(?:his|her|their)\s+clients?)\b", re.IGNORECASE)


def _principal(article: Article, cast: Cast, sent: Sentence, si: int, lead: str) -> tuple[str, str]:
    """(the principal a representative speaks for, 'm'/'f'/'' as the lead's "His"/"Her" says), or ('', '') when the
    lead is not a representative's; ('?', sex) when it is one whose principal the article does not settle."""
    m = _REP_LEAD.match(lead)
    named = ""
    sex = ""
    if m and m.group("owner"):
        named = m.group("owner")
    elif m and m.group("noun"):
        # "The striker's agent": the one person the article gives that noun in a role, else no one sure
        holders = [x.name for x in cast.people if x.kind == "person" and m.group("noun") in x.role.lower().split()]
        named = holders[0] if len(holders) == 1 else ""
    elif m:
        sex = {"his": "m", "her": "f"}.get(m.group("pro").lower(), "")
        known = cast.derived("sexes", lambda: sexes(article.body, [{"name": p.name, "role": p.role,
                                                                    "aliases": p.aliases} for p in cast.people]))
        rep = {x.person for x in cast.mentions_in(sent.start, sent.start + len(lead)) if x.kind == "person"}
        for prev in reversed(article.sentences[max(0, si - 3):si]):
            topic = [x.person for x in cast.mentions_in(prev.start, min(prev.end, prev.start + 80))
                     if x.kind == "person" and x.person not in rep and (not sex or known.get(x.person, sex) == sex)]
            if topic:  # "Tom Pell, 44, denies fraud. His lawyer, …": the one the sentence before opens on
                named = topic[0]
                break
    else:
        f = _REP_FOR.search(lead)
        if f is None:
            return "", ""
        named = f.group("who")
    if not named:
        return "?", sex
    person = cast.person(named) or cast.person(named.split()[-1])
    if person is None:
        same = [x for x in cast.people if x.kind == "person" and x.name.split()[-1] == named.split()[-1]]
        person = same[0] if len(same) == 1 else None
    return (person.name if person is not None else "?"), sex


# a thing, then a relative clause whose verb has no object of its own: "a ban on phones, which the government has
# ruled out" (the cue's object is the thing)
_WHICH_GAP = re.compile(r"(?:^|,\s+|\b(?:wants?|for|on|of|to|demands?|offers?)\s+)((?:an?|the)\s+[^,;]{3,80}?),\s*(?:which|that)\s+"
                        r"(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?\s+(?:has|have|had|is|are|was|were)?\s*(?:\w+ly\s+)?$")
def _its_person_org(article: Article, cast: Cast, att, sent: Sentence, si: int, contexts) -> Speaker | None:
    """The organisation of "Its managing director, X, said …": the one the sentence before opened on, or None."""
    if si == 0 or not _ITS_TITLE.match(sent.text):
        return None
    prev = article.sentences[si - 1]
    lead = _PREV_SUBJECT.match(att.masked[prev.start:prev.end])
    if not lead:
        return None
    apposed = _APPOSED_END.search(lead.group(1))
    if apposed:  # "The processor that bottles the milk, Tarrant Dairies, is …"
        return Speaker(apposed.group(1), "organisation")
    named = [m for m in cast.mentions_in(prev.start, prev.start + lead.end(1)) if m.kind in ("org", "unknown")]
    return Speaker(named[-1].text, "organisation") if named else None


def _introduced_as_its(article: Article, cast: Cast, att, person: str, contexts) -> Speaker | None:
    """The organisation a person is first named for with "Its leader, X, …" (the one the sentence before opened
    on), or None: the people stage gives such a person the last organisation named before, which is often another."""
    first = next((m for m in cast.mentions if m.kind == "person" and m.person == person), None)
    sent = article.sentence_at(first.start) if first is not None else None
    if sent is None or not _ITS_TITLE.match(sent.text):
        return None
    lead = article.body[sent.start:first.start]
    if not re.fullmatch(r"\W*(?:Its|Their)\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+", lead):
        return None
    si = article.sentences.index(sent)
    return _its_person_org(article, cast, att, sent, si, contexts)


_APPOSED_END = re.compile(r",\s+((?-i:[A-Z])[\w’'&-]*(?:\s+(?-i:[A-Z])[\w’'&-]*){0,4}),\s*$")
_SHOP_SET_OFF = re.compile(r"((?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)*),\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,4}?"
                           r"(?:" + "|".join(_SHOP_WORDS) + r")\b")
_PLAIN_LEAD = re.compile(r"\W*(?:the|its|their)\s+(?:[a-z’'-]+\s+){0,2}[a-z’'-]+\s+(?:(?:has|have|had|also|now|then|later)\s+)*",
                         re.IGNORECASE)
_AUX_TAIL = re.compile(r"\s+(?:(?:has|have|had|also|now|then|later)\s+)*$")
_PLAIN_PLURAL = re.compile(r"(?:the\s+)?[a-z]+s")
_OWNER_NOUN = re.compile(r"\b(?:at|of|from|in)\s+the\s+([a-z]+)$")
_ASKING_AFTER = re.compile(r"(?:,|\b(?-i:[A-Z])[\w’'-]*|\b(?:petition|letter|motion|statement|resolution|note)|"
                           r"\b(?:wr[oi]te|written|writing)\s+to\s+(?:the\s+(?:[a-z]+\s+){0,2}[a-z]+|(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}"
                           r"[A-Z][\w’'-]*))\s+$")
_NEXT_VERB = re.compile(r"\s+(?=(?:[a-z]{3,}ed|said|says|told|found|saw|made|took|were|was|are|is|have|has|had|will|"
                        r"would)\b)")
# a paper's own columnist or commentator arguing in print: a voice on the dispute, never a side in it
_PRESS_VOICE = re.compile(r"\b(?:columnist|commentator|leader\s+writer|editorial)\b", re.IGNORECASE)
# a demand that is only a person's thing, named by a pronoun: "his budget", "her plan"
_HIS_THING = re.compile(r"(?:his|her)\s+(?:[\w-]+\s+)?[\w-]+")
# patterns of the rules above, compiled once (a draft must not pass re more patterns than its cache keeps)
_REFUSAL_BEFORE = re.compile(r"\b(?:would|will|could|can)\s+not\s+$|\b(?:won|wouldn|can|couldn)['’]t\s+$|\bcannot\s+$")
_REFUSED_VERB = re.compile(r"agree|support|back|accept|endorse|sign")
_THAT_ANTE = re.compile(r"([\w’']+)(,?)\s+(?:that|which)\s+(?:\w+ly\s+)?$")
_OPENING_PHRASE = re.compile(r"\W*(?:in|on|at|after|asked|responding|replying|speaking|writing)\b", re.IGNORECASE)
_BY_GAP = re.compile(r"\s*(?:the\s+)?(?:[\d,.]+-(?:member|strong)\s+)?(?:[a-z-]+\s+){0,2}")
_COLON_LIST = re.compile(r"[^:;]{0,40}?:\s*(?P<what>\S.{8,})$")
# "had put three demands to the owners: a seat on the board, …": the party the demands went to, then the list itself
_TO_WHOM_LIST = re.compile(r"(?:to|of|on|before)\s+(?:the\s+|its\s+|their\s+)?[^:;,.\"“”]{1,60}?:\s*(?P<what>\S.{8,})$")
_OBJECT_TO = re.compile(r"(?:him|her|them|it|us|me)\s+to\b")
_LATER_CLAUSE = re.compile(r",\s*(?:which|who|but|while|whereas)\b|;")
_LATER_CLAUSE2 = re.compile(r";|\bbut\b|\bwhile\b|\bwhereas\b")
_ITS_TITLE = re.compile(r"\W*(?:Its|Their)\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+(?-i:[A-Z])")
_IS_SIMPLE = re.compile(r"^(?:is|are|was|were)\s+(?:simple|clear|straightforward|this)\s*:\s*")
_SHARE_OF = re.compile(r"^(?:(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out\s+of)\s+(?:ten|\d+)|"
                       r"(?:a|the)\s+(?:large\s+|small\s+)?(?:majority|minority)\s+of|\d+(?:\.\d+)?%\s+of)\s+(?=[a-z])",
                       re.IGNORECASE)
_LED_BY = re.compile(r"\s+(?:led|headed|run|founded|organised|organized)\s+by\s")
_PRONOUN_CLAUSE = re.compile(r"(?:it|he|she|they|we)\s+[a-z]+ed\b")
# the auxiliaries of a passive before its verb: "is being (demanded)", "has been (sought)", "will be"
_PASSIVE_AUX = re.compile(r"\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)"
                          r"(?:\s+being)?(?:\s+\w+ly)?\s*$", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# Narrator verbs whose object is a ruling or a fact, not a party's position.
# a wish its subject denies: "denied that he wants …", "denies wanting …", "rejected claims that it plans to …"
_RUMOUR = r"(?:claims|suggestions|reports|allegations|rumou?rs|speculation|accusations)"
_DENIED_BEFORE = re.compile(r"\b(?:den(?:y|ies|ied|ying)(?:\s+" + _RUMOUR + r")?|(?:reject|dismiss|rebut|refut)(?:s|es|ed|ing)?"
                            r"\s+" + _RUMOUR + r")\s+(?:that\s+)?(?:(?!and\b|but\b|or\b)[\w’'-]+\s+){0,3}$",
                            re.IGNORECASE)
_DENIAL_VERB = re.compile(r"den(?:y|ies|ied)\b", re.IGNORECASE)
_NOT_POSITION_VERBS = re.compile(r"^(?:ruled|reported|revealed|confirmed|recalled|admitted)\b")


@dataclass(frozen=True)
class Position:
    """One party's position, with what a question needs: 'Which side {stance} {demand}?'"""

    side: str
    holder: str
    demand: str
    evidence: str
    start: int
    cue: bool
    stance: str = ""
    # who else the article says holds it ("Y felt the same"): never offered as a wrong option
    shared_with: tuple[str, ...] = ()
    past: bool = False  # held once, not now ("former President X wanted …"): asked "Who wanted …?"

    def as_fact(self) -> dict:
        return {"side": self.side, "demand": self.demand, "evidence": self.evidence, "stance": self.stance,
                "holder": self.holder}


_CLAUSE = re.compile(r",\s|;\s|\s-\s|\s–\s|\s?—\s?|\bwhere\b|\bwhich\b|\bwhile\b|\bwhereas\b|\bbut\b|"
                     r"\b(?:when|after|because|until)\s(?=(?:the\s+)?[A-Z]|the\s|(?:their|its)\s+[a-z]+\s|"
                     r"(?:more\s+than\s+|about\s+|some\s+|nearly\s+|almost\s+)?\d|(?:hundreds|thousands|dozens)\b)")


_MEMBERS_OF_A_BODY = re.compile(r"^(?:[Tt]he\s+)?[Mm]embers\s+of\s+(?:the\s+)?(?=[A-Z][\w’'-]*\s+[A-Z])")


def party_name(label: str) -> str:
    """One name per party: 'America', 'US' and 'Washington' are all 'United States'; 'Members of X Council' (a
    headline's subject) are the council."""
    bare = _LEADING_THE.sub("", _MEMBERS_OF_A_BODY.sub("", label.strip()))
    return PARTY_NAMES.get(bare.lower(), DEMONYMS.get(bare.lower(), bare) if bare.lower() in DEMONYMS and
                           bare.lower() not in PARTY_NAMES else bare)


_CLAUSE_WORD = re.compile(r"\s(?:said|says|say|am|is|are|was|were|has|have|had|will|would|might|may|could|be|been|"
                          r"who|which|that|whose|told|added|warned)\b|,|\s[-–—]\s")


_TITLE_AFTER = re.compile(r"(?:['’]s\s|\s+(?:[A-Z][\w-]*\s+){0,2}(?:" + "|".join(sorted(TITLE_WORDS)) + r")\b)",
                          re.IGNORECASE)


def _party_of_person(party: str, cast: Cast, names: frozenset[str] = frozenset(), role: str = "") -> str:
    """The party in a role, without its titles: 'US Secretary of State' is the United States; '' when
    the role gives none ('High school teacher' names no party: 'High' is never a name mid-sentence,
    and a name in a role stands before a title or owns it: "Westland's Foreign Minister")."""
    if party and all(w.lower() in _TRADE_WORDS for w in party.split()):
        return ""  # "TELLY cook X", "fellow soap star Y": what the person is known as, not a party
    if party in cast.orgs and not _portfolio_only(party, role):
        return party  # "Care First": a name the article gives a body, whatever its words
    if _RETIRED.search(role) and (party in COUNTRIES or party.lower() in DEMONYMS or country_of(party)):
        return ""  # "former British commander X": he speaks for himself, not for the country he served
    words = party.split()
    keep: list[str] = []
    for w in words:
        low = w.lower().strip(",.")
        if low in TITLE_WORDS and low not in ORG_WORDS and w not in COUNTRIES and keep:
            break
        keep.append(w)
    party = party_name(" ".join(keep)) if keep else ""
    titled = role.lower().startswith(party.lower()) and _TITLE_AFTER.match(role[len(party):])
    known = (party in cast.orgs or party in COUNTRIES or party in PARTY_NAMES.values()
             or (party in names and titled) or party.lower() in DEMONYMS
             or any(w.lower() in ORG_WORDS for w in party.split()))
    if not party or (" " not in party and not party.isupper() and not known):
        return ""
    return party


# Words that say what a person is known as or does, before their job ("TELLY chef", "reality TV star")
_TRADE_WORDS = {"telly", "tv", "fellow", "celebrity", "reality", "soap", "pop", "rock", "star", "top", "famous",
                "veteran", "legendary", "former", "ex", "superstar", "chat", "show", "radio", "film", "movie"}
_MINISTER = re.compile(r"\b(?:minister|secretary)\b", re.IGNORECASE)
# "general secretary X" heads a union or a party (the one the article names), not a government department
_GENERAL_SECRETARY = re.compile(r"\bgeneral\s+secretary\b|\bsecretary[\s-]general\b", re.IGNORECASE)
_MEMBERS_BODY = re.compile(r"\b(?:unions?|federation|confederation|guild|party|congress|league)\b", re.IGNORECASE)


_SECRETARY_NEXT = re.compile(r"\s+secretary\b", re.IGNORECASE)
_MINISTER_NEXT = re.compile(r"\s+minister\b", re.IGNORECASE)
_LOWER_WORD_NEXT = re.compile(r"\s+([a-z]+)\b")
_DASH_NEXT = re.compile(r"\s+[–—-]\s")


def _opens_with(text: str, prefix: str) -> bool:
    """Whether `text` opens with `prefix`, letters in either case, as re.match(re.escape(prefix), text, re.I)
    would say, without compiling a pattern per name: patterns built from names pushed the fixed ones out of the
    re module's cache, so every draft compiled them all again."""
    head = text[:len(prefix)]
    if head.isascii() and prefix.isascii():
        return head.lower() == prefix.lower()
    return bool(re.match(re.escape(prefix), text, re.IGNORECASE))  # Unicode's case pairs, as re has them


_BOUNDARY = re.compile(r"\b")


def _word_at(phrase: str, text: str) -> int | None:
    r"""Where re.search(r"" + re.escape(phrase) + r"", text, re.IGNORECASE) finds the phrase, without
    compiling a pattern per phrase (see _opens_with); left to re outside ASCII's cases."""
    if not phrase or not phrase.isascii() or any(c in text for c in ASCII_CASE_PAIRS):
        m = re.search(r"\b" + re.escape(phrase) + r"\b", text, re.IGNORECASE)
        return m.start() if m else None
    low, want = text.lower(), phrase.lower()
    at = low.find(want)
    while at >= 0:
        if _BOUNDARY.match(text, at) and _BOUNDARY.match(text, at + len(want)):
            return at
        at = low.find(want, at + 1)
    return None


def _either_of_pair(bare: str, name: str) -> bool:
    r"""re.match(r"(?:.* and BARE|BARE and \S+)$", name): the name pairs `bare` with another ("Eastland and
    Westland"), found without compiling a pattern per name (see _opens_with)."""
    if "\n" in name:
        return bool(re.match(r"(?:.* and " + re.escape(bare) + r"|" + re.escape(bare) + r" and \S+)$", name))
    rest = name[len(bare) + 5:] if name.startswith(bare + " and ") else ""
    # (and a person paired with another by full name: "Wendell Pak and Jerome Whitlock" is both, not Pak alone)
    return name.endswith(" and " + bare) or bool(rest) and ("".join(rest.split()) == rest or (
        len(rest.split()) in (2, 3) and len(bare.split()) >= 2))


def _portfolio_only(party: str, role: str) -> bool:
    """'Water Resources' in 'Water Resources Minister' is the minister's brief, not a party: every word is a
    common noun, and a title follows it."""
    if not party:
        return False
    if _opens_with(role, party) and _SECRETARY_NEXT.match(role, len(party)):  # "Health Secretary", not "Guild secretary"
        return all(w.lower() in PORTFOLIOS for w in party.split())
    return bool(_opens_with(role, party) and _MINISTER_NEXT.match(role, len(party))) and all(
        w.lower() in ORG_WORDS or w.lower() in PORTFOLIOS or w.lower() in TITLE_WORDS or w.lower() in _LEVELS
        or w.lower() in _BRIEFS for w in party.split())


# "State Agriculture Minister": the level of government before a brief names no party of its own
_LEVELS = {"state", "federal", "provincial", "regional", "national", "union", "central", "cabinet", "junior",
           "deputy", "assistant", "acting", "interim"}
_BRIEFS = {"agriculture", "agricultural", "energy", "justice", "labour", "labor", "water", "fisheries", "industry",
           "tourism", "revenue", "rural", "urban", "development", "welfare", "social", "communications",
           "infrastructure", "mining", "power", "food", "environment", "climate", "transport", "education", "mineral",
           "minerals", "resources", "natural", "mines", "petroleum", "public", "works", "affairs", "internal",
           "consumer", "economic", "planning", "land", "lands", "forestry", "forests", "marine", "sport", "arts",
           "heritage", "science", "technology", "digital", "family", "women", "children", "youth", "employment",
           "veterans", "commerce", "investment", "aviation", "shipping", "ports", "roads", "railways", "budget",
           "tax", "local", "housing", "health"}


def government_name(text: str) -> str:
    """The government an article names ('the State government', 'the Federal Government'), or ''."""
    found = _NAMED_GOVERNMENT.findall(text)
    found = [g for g in found if g.split()[0].lower() not in NOT_NAMES]
    return max(found, key=found.count)[:1].upper() + max(found, key=found.count)[1:].lower() if found else ""


# a job after the body whose voice it is: "Department of Health and Social Care spokesperson"
_JOB_AFTER_BODY = re.compile(r"\s+(?:spokes(?:man|woman|person|people)|press\s+(?:officer|office)|officials?|sources?|"
                             r"representatives?)$")
# A nationality before a person's trade ("Anglo-Nigerian investor", "Danish-born architect"), never a party; one before
# a servant of the state ("a British diplomat", "Tessinian officials") still speaks for it
_NATIONALITY_WORD = re.compile(r"(?:[A-Z][a-z]+-)+(?:[A-Z][a-z]+|born)|[A-Z][a-z]+(?:ian|ean|ese|ish)")
_STATE_SERVANT = re.compile(r"(?:diplomat|official|envoy|ambassador|negotiator|spokes(?:man|woman|person)|minister|"
                            r"officer|soldier|troop|force|authorit(?:y|ie)|government|delegat(?:e|ion)|prosecutor|"
                            r"regulator|representative|source|agent|police(?:man|woman)?|army|navy)s?")


def side_label(sp: Speaker | None, cast: Cast, names: frozenset[str] = frozenset(),
               government: str = "", court: str = "") -> tuple[str, str] | None:
    """(side as shown, the party itself) for a speaker: 'Harbour Workers Union (Maria Okafor)', 'Russia'.

    Never a pronoun or a clause: a description that runs on into a verb ('Nurses said they …') is
    cut before the verb, and one that is only a pronoun is no side at all."""
    if sp is None:
        return None
    if sp.kind in ("person", "organisation") and " " not in sp.name and sp.name not in cast.orgs and \
            cast.person(sp.name) is None:
        # "Cabrera said" of "Elena Cabrera Montes": a name with two surnames, read by its first; one person
        within = [c for c in cast.people if c.kind == "person" and sp.name in c.name.split()[1:-1]]
        if len(within) == 1:
            sp = Speaker(within[0].name, "person")
    if sp.kind == "person":
        p = cast.person(sp.name)
        if p is None and " " not in sp.name:
            # "Cabrera said" of "Elena Cabrera Montes": a name with two surnames, read by its first; one person
            within = [c for c in cast.people if c.kind == "person" and sp.name in c.name.split()[1:-1]]
            p = within[0] if len(within) == 1 else None
            if p is not None:
                sp = Speaker(p.name, "person")
        party = _party_of_person(p.side, cast, names, p.role) if p and p.side else ""
        if p and _portfolio_only(party, p.role):
            party = ""
        compound = _LOWER_WORD_NEXT.match(p.role, len(party)) if p and party and " " not in party and \
            p.role.startswith(party) else None
        if compound and compound.group(1) not in TITLE_WORDS and compound.group(1) not in AGENT_NOUNS and \
                party not in names and not party.isupper() and party not in cast.orgs:
            party = ""  # "High school teacher": the first word of a compound noun, not a party
        if p and not party and court and _JUDGE_ROLE.search(f"{p.role} {p.name}"):
            party = court  # "Mrs Justice X", "the judge": the court the article names rules, not a party of one
        if p and not party and _GENERAL_SECRETARY.search(p.role):
            bodies = [o for o in cast.orgs if " " in o and _MEMBERS_BODY.search(o)]
            party = bodies[0] if len(bodies) == 1 else ""  # a union's or a party's head, never a minister
        elif p and not party and government and _MINISTER.search(p.role) and not _NOT_SITTING_MINISTER.search(p.role):
            party = government  # "Water Resources Minister X" speaks for the government the article names
        owner = _OWNER_OF_ROLE.match(p.role) if p and not party else None
        if owner and (owner.group(1) in cast.orgs or owner.group(1).isupper() or owner.group(1) in COUNTRIES):
            party = party_name(owner.group(1))  # "HWU's general secretary"
        if party and _expert_at(p.role):
            party = ""  # "Dr X, a consultant surgeon at the Y Hospital, wants …": her wish, not the hospital's
        if party and p and " " in p.role:
            # "president of the General Confederation of Labour (CGT)": the body the role names whole, not the piece
            # of it the role's words were cut to ("Confederation")
            whole = max((o for o in cast.orgs if " " in o and party in o and o != party and o in p.role), key=len,
                        default="")
            if whole and party.split()[0] in whole.split():
                party = whole
        if party and p.role.startswith(party) and _NATIONALITY_WORD.fullmatch(party) and party not in cast.orgs \
                and party not in COUNTRIES:
            after = _LOWER_WORD_NEXT.match(p.role, len(party))
            if after and not _STATE_SERVANT.fullmatch(after.group(1)):
                party = ""  # "the Anglo-Nigerian investor X": where she is from, not a state she speaks for
        if party:
            party = _whole_name(party, cast)
            return f"{party} ({p.name})", party
        return sp.name, sp.name
    name = party_name(sp.name)
    # "Tessin's delegation", "Westland's negotiators": the party they are sent by
    envoy = _COUNTRYS_DELEGATION.fullmatch(name)
    if envoy and sp.kind in ("unnamed", "organisation") and not cast.person(envoy.group(1)):
        name = envoy.group(1)
    aide = _HEAD_AIDE.fullmatch(name) if sp.kind == "unnamed" else None
    if aide:
        # "The prime minister's spokesman": a job, not a party; the head of government speaks for the government
        holders = [p for p in cast.people if p.side and _holds_title(aide.group(1).lower(), p.role)]
        party = holders[0].side if len(holders) == 1 else government or "Government"
        return f"{party} ({name[:1].lower() + name[1:]})", party
    if court and sp.kind in ("unnamed", "organisation") and BARE_COURT.fullmatch(name):
        return court, court  # "the Bench observed": the court the story names, not a common noun
    if sp.kind in ("unnamed", "organisation") and _HEADED_GOVERNMENT.match(name):
        return "Government", "Government"  # "The government of Prime Minister X": the government, not a long name
    if sp.kind in ("unnamed", "organisation") and _ACRONYM.fullmatch(name):
        spelled = [o for o in cast.orgs if o != name and initials(_OF_PLACE.sub("", o)) == name]
        if len(spelled) == 1:  # "the CDU" after "the Christian Democratic Union of Vesterholm": that union
            return f"{spelled[0]} ({name})", f"{spelled[0]} ({name})"
    if sp.kind in ("unnamed", "organisation"):
        name = _whole_name(without_descriptor(name, cast), cast)
        cut = _CLAUSE_WORD.search(name)
        if cut:
            name = name[:cut.start()].strip()
        name = _LEADING_ARTICLE.sub("", name)
        job = _JOB_AFTER_BODY.search(name)
        if job and name[:job.start()] in cast.orgs:
            name = name[:job.start()]  # "A Department of Health spokesperson said": the department, not the job
        if not name or name.lower() in ("he", "she", "they", "we", "it", "i", "you", "whatever", "this", "that",
                                        "nobody", "no one", "everyone", "everybody", "someone", "anyone"):
            return None
        name = name[:1].upper() + name[1:]  # "a Westland Government official" -> "Westland Government official"
    return name, name


# A job whose holder speaks as an expert or an employee, not for the body that employs them: "a consultant surgeon at
# the Y Hospital", "a kidney specialist at the Z Institute", "an analyst at Q Securities", "a marine ecologist at the
# University of K". The body holds a stance only through its statement, its spokesperson, its head or its board.
_EXPERT_NOUNS = {"surgeon", "surgeons", "doctor", "doctors", "physician", "nurse", "nurses", "midwife", "specialist",
                 "professor", "lecturer", "researcher", "researchers", "scientist", "scientists", "economist",
                 "analyst", "analysts", "strategist", "expert", "experts", "teacher", "engineer", "historian",
                 "academic", "scholar", "fellow", "dentist", "pharmacist", "chemist", "physicist", "consultant",
                 "student", "employee", "worker", "paramedic", "registrar"}
# a head of the body or of a part of it speaks for it whatever follows ("chief economist", "head of surgery",
# "director of research at …")
_SPEAKS_FOR = re.compile(r"\b(?:chief|head|director|chair|chairman|chairwoman|chairperson|president|dean|principal|"
                         r"spokes(?:man|woman|person)|leader|manager|officer|executive|secretary|governor|"
                         r"founder|owner|provost|vice-chancellor|rector|superintendent|coordinator|organiser|"
                         r"organizer|representative|negotiator|official)\b", re.IGNORECASE)
_ROLE_HEAD = re.compile(r"^(?:an?\s+|the\s+)?((?:[\w’'-]+\s+){0,4}?[\w’'-]+?)(?:\s+(?:at|of|from|with|for|in)\s|$)")


_WORKS_AT = re.compile(r"\bwho\s+(?:now\s+|also\s+|still\s+)?(?:teaches|lectures|researches|studies|works|"
                       r"consults)\s+(?:at|for|in)\b", re.IGNORECASE)


def _expert_at(role: str) -> bool:
    """Whether a role is an expert's or an employee's at a body (its head noun a profession: "consultant surgeon at
    the Y Hospital", "Q Securities analyst", "marine ecologist at …"), and nothing in it says the person heads or
    speaks for the body."""
    m = _ROLE_HEAD.match(role.strip())
    if not m or _SPEAKS_FOR.search(role):  # (anywhere: "professor of law and vice-chancellor of …" heads it)
        return False
    if _WORKS_AT.search(role):
        return True  # "a former member of the committee who now teaches at the University of X": her view, not its
    head = m.group(1).split()[-1].lower()
    if head in _PLAYER_TITLES and head not in ("captain", "skipper"):
        return True  # "Rovers striker X wants a move": the player's wish, not the club's (a captain speaks for it)
    return head in _EXPERT_NOUNS or head.endswith(("ologist", "ician", "iatrist"))


# An aide of the head of a government: "the prime minister's spokesman", "the President's press secretary"
_HEAD_AIDE = re.compile(r"(?:the\s+)?((?i:prime\s+minister|president|premier|chancellor|first\s+minister|"
                        r"taoiseach|governor|mayor))['’]s\s+(?:official\s+|chief\s+|deputy\s+)?(?:spokes(?:man|woman|"
                        r"person)|press\s+secretary|aides?|advis[eo]rs?|office)", re.IGNORECASE)


# Words a story puts before a name to say what it is ("Developer Crestline Logistics", "Carmaker Velo"): not the name
_DESCRIPTORS = {"developer", "developers", "retailer", "carmaker", "insurer", "lender", "builder", "housebuilder",
                "broadcaster", "airline", "carrier", "supermarket", "manufacturer", "miner", "utility", "operator",
                "chipmaker", "drugmaker", "automaker", "conglomerate", "startup", "start-up", "giant", "firm",
                "landlord", "owner", "owners", "promoter", "contractor", "consultancy", "outsourcer",
                # "the opposition Liberal Party": a party's place in parliament, not part of its name
                "opposition", "ruling", "governing"}


def without_descriptor(name: str, cast: Cast) -> str:
    """'Developer Crestline Logistics Partners' is 'Crestline Logistics Partners'."""
    first, _, rest = name.partition(" ")
    if first.lower() in _DESCRIPTORS and rest[:1].isupper() and not any(o.startswith(first + " ") and o != name
                                                                         for o in cast.orgs):
        return rest
    return name


def _whole_name(party: str, cast: Cast) -> str:
    """'Lakeshore Students' cut at its apostrophe is the 'Lakeshore Students' Union' the article names."""
    cut = cast.derived("names cut at an apostrophe", lambda: _apostrophe_index(cast.orgs))
    longer = cut.get(party, set())
    return next(iter(longer)) if len(longer) == 1 else party


def _apostrophe_index(orgs: list[str]) -> dict[str, set[str]]:
    """What each organisation's name reads as when cut at an apostrophe before a capitalised word, built once."""
    out: dict[str, set[str]] = {}
    for o in orgs:
        for m in _APOSTROPHE_CAPITAL.finditer(o):
            out.setdefault(o[:m.start()], set()).add(o)
    return out


_AUX = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|does|do|did|"
                  r"said|says|say|told|wants?|hopes?|believes?|insists?|argued?|argues|claims?|claimed|warned|"
                  r"argue|insist|warn|fear|fears|know|think|feel|"
                  r"won['’]t|cannot|can['’]t|sees?|knows?|feels?|thinks?|now|also|previously|already)\b")
_LEAD = re.compile(r"^(?:\W|and\b|but\b|so\b|yet\b|or\b|meanwhile\b|something\b|anything\b|what\b|while\b|"
                   r"after\b|before\b|because\b|since\b|once\b|until\b|"
                   r"although\b|though\b|whereas\b|when\b|instead\b|also\b|now\b|then\b|earlier\b|"
                   r"later\b|indeed\b|however\b|last month\b|last week\b|on \w+day\b|in \d{4}\b|"
                   r"it\s+is\s+(?:believed|understood|thought|expected|said|reported|likely)\s+(?:that\s+)?)+",
                   re.IGNORECASE)
_DET = re.compile(r"^(?:the|a|an|their|its|his|her|our|some|many|most|thousands of|hundreds of|dozens of|all|"
                  r"(?:several\s+|a\s+few\s+)?(?:thousand|hundred|dozen)s?(?:\s+of)?|"
                  r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)|"
                  r"several|both|furious|angry|irate|frustrated|worried|anxious|desperate|exasperated)\s+",
                  re.IGNORECASE)


# A dateline or section tag before the first sentence: "HARBOURTON: …", "OSLO (Reuters) — …", "MILLBROOK — …".
# It names where the story was filed, never a party.
_DATELINE = re.compile(r"^\s*[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?(?:\s*\([^()]{1,40}\))?"
                       r"\s*(?::|[—–]|\s-)\s+")


# Things a name can end in that never hold a position: "the project aims to irrigate …" is no party's aim.
_THING_WORDS = {"project", "scheme", "plan", "programme", "program", "bill", "act", "treaty", "agreement", "accord",
                "deal", "policy", "report", "convention", "road", "bridge", "dam", "canal", "station", "airport",
                "river", "park", "building", "tower", "festival", "election", "referendum", "summit", "conference",
                "cup", "championship", "war", "crisis", "award", "prize", "lawsuit", "case", "review", "study"}
# Currency abbreviations are written like names ("Rs 25 lakh", "Dh500", "Ksh 2m"), but are never parties.
_CURRENCY = re.compile(r"^(?:Rs|Re|INR|USD|US\$|EUR|GBP|JPY|CNY|RMB|Dh|Dhs|AED|SAR|Tk|Ksh|KSh|CHF|SEK|NOK|DKK|PLN|ZAR|"
                       r"NGN|KES|PKR|BDT|LKR|NZD|AUD|CAD|HKD|SGD)\.?$")


# Plural nouns for people ("growers", "activists", "residents", "fishermen"): a described party when one is the
# subject of a position; the lexicon lists the common ones, these endings the rest. Not "numbers", "papers" …
_PEOPLE_PLURAL = re.compile(r"(?!(?:numbers|papers|figures|letters|orders|matters|powers|waters|borders|centers|"
                            r"centres|others|layers|filters|meters|quarters|headquarters|offers|answers|powers|"
                            r"chapters|towers|rivers|computers|containers|registers|shares|sales|talks|plans|"
                            r"documents|statements|comments|arguments|payments|agreements|elements|events|"
                            r"accounts|amounts|points|costs|results|reports|fans|pants|grants|plants|parents)$)"
                            r"(?:[a-z]{3,}(?:ers|ists|ians|ants|ents|men|ors)|advocates|delegates|candidates|graduates|"
                            r"trustees|employees|retirees|nominees|appointees|nurses|midwives|households|families)")


def _holds_title(word: str, role: str) -> bool:
    """'President' holds the title 'president'; 'Treasury official' does not hold 'treasury': there the word names
    the body the official works for, and another title follows it."""
    words = role.lower().split()
    title = word.split()
    n = len(title)
    return any(words[i:i + n] == title and (i + n == len(words) or words[i + n] not in TITLE_WORDS and
                                            words[i + n] not in _STAFF_WORDS) for i in range(len(words) - n + 1))


_STAFF_WORDS = {"official", "officials", "adviser", "advisor", "aide", "staffer", "employee", "insider", "source",
                "lawyer", "economist", "analyst", "press"}


def _mention_speaker(m) -> Speaker:
    if m.kind == "person":
        return Speaker(m.person, "person")
    return Speaker(m.text, "organisation")


def _np_holder(article: Article, cast: Cast, att, start: int, end: int, context: Speaker | None,
               quoted: bool = False) -> Speaker | None:
    """The party named by the noun phrase that opens text[start:end] (the clause before a cue);
    `quoted` reads the words inside a quotation, which the attributor masks."""
    text = article.body if quoted else att.masked
    raw = text[start:end]
    tag = _DATELINE.match(raw)
    if tag:
        raw = " " * tag.end() + raw[tag.end():]
    lead = _LEAD.match(raw)
    off = lead.end() if lead else 0
    verb = _AUX.search(raw, off)
    np_end = verb.start() if verb else len(raw)
    np = raw[off:np_end].strip(" ,")
    # "Thousands of farmers blocked …": the farmers, however many
    np = _CROWD_OF.sub("", np)
    # "Seven in ten members back …", "A majority of delegates …": the members, whatever the share
    np = _SHARE_OF.sub("", np)
    # "Three coastal states on Friday rejected …": the time is the verb's, not part of who
    np = _TRAILING_TIME.sub("", np)
    # drop asides: "the unions - A, B and C - will …", "(left)"
    np = _DASH_ASIDE_OR_TAIL.sub(" ", np).strip()
    np = _BRACKETED.sub("", np).strip()
    np = _RELATIVE_OR_PARTICIPLE_TAIL.split(np)[0].strip()
    # "The forward, who arrived from X, said", "The lawsuit, filed in X Court, asks": not X
    np = _TRAILING_APPOSITIVE.sub("", np).strip()  # "Brightwater, a large energy firm,"
    np = _LED_BY.split(np)[0]  # "a group … led by X"
    np = _TRAILING_DISCOURSE_WORD.sub("", np).strip()  # "He, however, rejected …"
    np = re.sub(r"\s+(?:itself|themselves)$", "", np)  # "The ambulance service itself said …"
    # "a concession the trust (dismissed)": the party after the noun; "A parents' group, Families First, (wants)":
    # the name set off after the description
    inner = _NOUN_THEN_PARTY.match(np) or _DESCRIBED_NAME.match(np)
    if inner:
        off += raw[off:].find(inner.group(1))
        np = inner.group(1)
    if not np:
        return None
    relation = _RELATIONAL_NP.match(np)
    if relation and (relation.group(1) or _RELATIVE_TO.match(relation.group(2))):
        # "The minister's opponents in the Civic Party": the Civic Party, never the minister; "The minister's
        # critics" without a body: their own unnamed voice (find_positions asks no side of it)
        body = _RELATIVE_TO.match(relation.group(2))
        if body:
            return Speaker(body.group(1), "organisation")
        return Speaker(np[:len(np) - len(relation.group(2))].strip(), "unnamed")
    np_end = off + len(raw[off:np_end]) - len(raw[off:np_end].lstrip(" ,")) + len(np)
    a = start + off
    b = start + np_end
    low = np.lower()
    if low in ("he", "she", "they", "we"):
        return context
    opening = article.sentence_at(start)
    if low == "both" and re.match(r"\W*(?:(?:but|and)\s+)?both\s", raw, re.IGNORECASE) and opening is not None \
            and not article.body[opening.start:start].strip(" \"“"):  # "Both want …", opening its sentence: the two sides the story is about, or no one (_coordinated settles which)
        return Speaker("Both", "joint")
    if low == "it" or _NONE_OR_FEW.match(low) or _WHOEVER.fullmatch(low):
        # "Not all students support the strike": a count of people, no party; "Others say …", "Some argue …": no
        # one the article names, so no side a student could choose
        return None
    if _PRONOUN_CLAUSE.match(low):
        return None  # "it valued its relationship with British farmers and had offered …": a clause, not a party
    mentions = [m for m in cast.mentions_in(a, b) if "_" not in text[m.start:m.end] and not _CURRENCY.match(m.text)]
    prep = _PREPOSITION_INSIDE.search(np)
    core_end = a + (prep.start() if prep else len(np))
    persons = [m for m in mentions if m.kind == "person" and (m.start < core_end or not _LOWER_CONTENT_WORD.search(re.sub(r"\b(?:of|the|for|and)\b", "", article.body[a:m.start])))  # "Secretary of State X"
               and not (" " not in m.text and _SURNAME_AS_MODIFIER.match(article.body, m.end, b))]
    if persons:
        sp = att.who(a, b)
        if sp is not None:
            return sp
    clean = _DET.sub("", _DET.sub("", np))
    core = _NOUN_PHRASE_TAIL.split(clean)[0]
    words = core.split()
    head = words[-1].strip(".,;:") if words else ""
    if words and words[0][:1].isupper() and qualified(clean):
        described = _qualified_body(article, cast, [], clean, b)
        if described is not None:
            return described
    own = _HIS_OR_HER_NOUN.match(np)
    if own and own.group(1).lower() in ("party", "group", "union", "government", "movement", "bloc", "coalition",
                                        "alliance") and " " not in np.strip().split(" ", 1)[-1]:
        # "Her party has also demanded …": the party of the last person the paragraph names
        para = next((p for p in article.paragraphs if p[0] <= a < p[1]), (max(0, a - 400), a))
        sex = "f" if np.strip().lower().startswith("her") else "m"
        known = cast.derived("sexes", lambda: sexes(article.body, [{"name": p.name, "role": p.role,
                                                                    "aliases": p.aliases} for p in cast.people]))
        person = None
        for sent in reversed([x for x in article.sentences if para[0] <= x.start < a]):
            topic = [m for m in cast.mentions_in(sent.start, min(sent.end, sent.start + 60, a)) if m.kind == "person"
                     and known.get(m.person, sex) == sex]
            if topic:  # the person a sentence before opens on: "Sandgren's position is … . Her party wants …"
                person = cast.person(topic[0].person)
                break
        if person is not None and person.side:
            return Speaker(person.side, "organisation")
    if own and (own.group(1).lower() in AGENT_NOUNS or own.group(1).lower() in TITLE_WORDS):
        sent = article.sentence_at(a)
        before = [m for m in cast.mentions_in(sent.start if sent else a - 300, a) if m.kind == "person"]
        if before:  # "Leo Varga has turned down a deal, and his agent says …"
            return Speaker(f"{before[-1].person}'s {own.group(1).lower()}", "unnamed")
    if len(clean.split()) == 1 and head.lower() in TITLE_WORDS:
        holders = [p for p in cast.people if p.kind == "person" and _holds_title(head.lower(), p.role)]
        if len(holders) == 1:  # "the president wants …": the one president the article names
            return Speaker(holders[0].name, "person")
        return Speaker(clean, "unnamed")  # "the striker": _title_holder finds who, or it stays a description
    if _INDEFINITE_START.match(np) and 2 <= len(clean.split()) <= 4 and \
            head.lower() in TITLE_WORDS and any(w[:1].isupper() for w in clean.split()[:-1]):
        return Speaker(clean, "unnamed")  # "a senior Westland adviser": an unnamed voice of a named side
    if len(np.split()) <= 3 and _GENERIC_HOLDER.match(np) and head.lower() in _SHOP_WORDS:
        return Speaker(np, "unnamed")  # "the retailer offered …": which retailer, _earlier_party says
    if len(np.split()) <= 12 and (head.lower() in AGENT_NOUNS or head.lower() in _GENERIC) and not head.isupper():
        counted_label = _COUNTED.match(clean)  # "More than 300 tenants of the estate": the tenants, however many
        label = " ".join(clean.split()[:6])
        if counted_label and _PREPOSITION_INSIDE.search(clean):
            label = " ".join(clean[counted_label.end():].split()[:6])
            label = label[:1].upper() + label[1:]
        # "the nationalist Homeland party": the name the description qualifies, without the word that describes it
        label = re.sub(r"^(?:(?!(?:of|for|from|in|at|on|with|by)\b)(?-i:[a-z])[\w-]*\s+){1,2}(?=(?-i:[A-Z])[\w’'-]*\s)",
                       "", label)
        described = _described_as(article.body, label)
        if described:  # "the parents' group" after "A parents' group, Families First, …": Families First
            return Speaker(described, "organisation")
        return Speaker(label, "unnamed")
    if head.islower() and len(words) <= 3 and head.lower() not in _THING_WORDS:
        owners = [o for o in cast.orgs if head.capitalize() in o.split()]
        if len(owners) > 1:  # "the university": "X University", not "X University Faculty Association"
            owners = [o for o in owners if o.split()[-1] == head.capitalize()]
        if len(owners) == 1:  # "the hauliers" are the "Road Hauliers Association" when it is the only one
            return Speaker(owners[0], "organisation")
    counted = _COUNTED.match(core)
    if len(np.split()) <= 12 and _PEOPLE_PLURAL.fullmatch(head.lower()) and (not _DIGIT.search(np) or counted):
        if counted:  # "More than 200 households in the towns of A and B filed …": the households, not the towns
            rest = " ".join(core[counted.end():].split()[:6])
            return Speaker(rest[:1].upper() + rest[1:], "unnamed")
        return Speaker(" ".join(core.split()[:6]), "unnamed")  # "Growers whose orchards border …"
    owner = [m for m in mentions if m.possessive and m.start == a and m.kind in ("org", "place", "unknown")]
    after_owner = _WORDS_AFTER_OWNER.match(article.body[owner[0].end:b]) if owner else None
    if after_owner and (after_owner.group(1) in AGENT_NOUNS or after_owner.group(2) in AGENT_NOUNS or
                        after_owner.group(1) in _OWN_BODIES or after_owner.group(2) in _OWN_BODIES):
        return _mention_speaker(owner[0])  # "Eastland's delegation walked out": Eastland
    pair = [m for m in mentions if m.kind in ("org", "place", "unknown")]
    if len(pair) == 2 and re.fullmatch(re.escape(pair[0].text) + r",?\s+and\s+" + re.escape(pair[1].text),
                                       _DET.sub("", np)):
        return Speaker(_DET.sub("", np), "joint")  # "Eastland and Westland demanded …": both, as one side
    named = [m for m in mentions if m.kind in ("org", "place") or (m.kind == "unknown" and (
        m.text.lower() in DEMONYMS or m.text.lower() in PARTY_NAMES or m.text.isupper()
        or _DET.sub("", np) == m.text))]
    if len(named) > 1 and " " not in named[0].text and (named[0].text.lower() in ORG_WORDS or
                                                         named[0].text.lower() in AGENT_NOUNS):
        named = named[1:]  # "Freight group Halberd Logistics": a sector word before the name is no party
    if named:
        orgs = [m for m in named if m.kind == "org"]
        return _mention_speaker((orgs or named)[0])
    shop = [m for m in mentions if m.kind in ("unknown", "org") and np in (m.text + "'s", m.text + "’s")]
    if shop:  # "Harlow's is offering …": a name with its "'s" and no noun after it is a shop's name, not an owner
        return Speaker(np, "organisation")
    for w in words:
        if w.lower().strip(",") in DEMONYMS:
            return Speaker(DEMONYMS[w.lower().strip(",")], "organisation")
    return None


def _qualified_body(article: Article, cast: Cast, out: list["Position"], clean: str, at: int) -> Speaker | None:
    """"The German insurer offered …", "the Ostravian group wants …", "The Munich-based group said …": the
    organisation the article describes so (described.py), or the one the sentences before were about when the
    article describes no body so; never the country, the adjective or the city. None when the phrase is no such
    description."""
    orgs = _described_orgs(cast, out)
    name = describes(clean, article.body, orgs, at)
    if name is None:
        return None
    if name:
        return Speaker(name, "organisation")
    # described so nowhere: the body the sentence before opens on ("Rheinhaus said …. The Munich-based group said
    # …"), when the article gives that body no other origin of the kind
    key = key_of(clean)
    sent = article.sentence_at(at)
    k = article.ended_by(sent.start if sent else at) - 1
    if k >= 0:
        prev = article.sentences[k]
        lead = re.match(r"[\W]*(?:(?:But|And|Meanwhile|However|Separately),?\s+)?(?:[Tt]he\s+)?", prev.text)
        first = prev.start + (lead.end() if lead else 0)
        named = next((o for o in orgs if article.body.startswith(o, first)), "") or next(
            (o for o in orgs if " " in o and article.body.startswith(o.split()[0] + " ", first) and
             re.match(r"[A-Z][\w-]*\s+(?:said|says|has|had|is|was|will|would|wants|told)\b", article.body[first:first + 40])),
            "")
        if named and not any(t.split(":")[0] == key.split(":")[0] and t != key
                             for t in keys_of(named, article.body, orgs)):
            return Speaker(named, "organisation")
    return Speaker(" ".join(clean.split()), "unnamed")


def _described_orgs(cast: Cast, out: list["Position"]) -> tuple[str, ...]:
    """The named bodies a description by origin may stand for: never a person, a country or an adjective."""
    return tuple(o for o in dict.fromkeys([*cast.orgs, *(p.side.split(" (")[0] for p in out)])
                 if o and o[:1].isupper() and not cast.person(o) and o not in COUNTRIES
                 and o.lower() not in PARTY_NAMES and o.lower() not in DEMONYMS and not qualified(o))


def _described_as(body: str, phrase: str) -> str:
    """The one name the article sets off beside a description ("A parents' group, Families First, …" or "Families
    First, a parents' group, …"), so that "the parents' group" later is that party; "" when none or several."""
    phrase = _LEADING_ARTICLE.sub("", " ".join(phrase.split())).lower()
    if len(phrase.split()) < 2:
        return ""  # "the group": too plain to stand for one name
    names = _descriptions(body).get(phrase, set())
    return next(iter(names)) if len(names) == 1 else ""


_APPOSED_NAME = r"((?:[A-Z][\w’'-]*)(?:\s+(?:[A-Z][\w’'-]*|for|of|and|the|on))*(?<![a-z]\s)(?<!\sthe)(?<!\sfor)(?<!\sof))"
_DESC = r"([a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){1,4})"
_DESC_THEN_NAME = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+" + _DESC + r",\s+" + _APPOSED_NAME + r",")
_NAME_THEN_DESC = re.compile(_APPOSED_NAME + r",\s+(?:an?|the)\s+" + _DESC + r"\s*,")  # set off by two commas


@functools.lru_cache(maxsize=8)
def _descriptions(body: str) -> dict[str, set[str]]:
    """Each description the article sets off beside a name, with the names (two fixed patterns read once, not a
    pattern per description: re's cache holds 512)."""
    out: dict[str, set[str]] = {}
    for m in _DESC_THEN_NAME.finditer(body):
        out.setdefault(" ".join(m.group(1).lower().split()), set()).add(m.group(2))
    for m in _NAME_THEN_DESC.finditer(body):
        out.setdefault(" ".join(m.group(2).lower().split()), set()).add(m.group(1))
    return {k: {n for n in v if len(n) > 2} for k, v in out.items()}


def _noun_cue_holder(article: Article, cast: Cast, att, at: int, cue: str) -> Speaker | None:
    """'Russia's core demand', 'grievances for Russia'."""
    before = [m for m in cast.mentions_in(max(0, at - 40), at) if m.possessive and not _CURRENCY.match(m.text)]
    if before and _OWNER_TO_CUE.fullmatch(article.body[before[-1].end:at]):
        return _mention_speaker(before[-1])
    after = _PREPOSITION_AFTER_CUE.match(article.body[at + len(cue):at + len(cue) + 10])
    if after:
        b0 = at + len(cue) + after.end()
        ms = [m for m in cast.mentions_in(b0, b0 + 40) if (m.start == b0 or m.start == b0 + 4)
              and not _CURRENCY.match(m.text)]
        if ms:
            return _mention_speaker(ms[0])
    return None


# Where a demand's clause ends: a relative or contrasting clause, an aside, the attribution of a quote.
_DEMAND_END = re.compile(
    r"\s*(?:;|:|\s[-–—]\s|—|\s\(|"
    r",\s*(?:under|in|by|through|for|from|with)\s+which\b|"
    r",\s*(?:which|who|whom|whose|while|whereas|but|although|though|because|as|after|before|despite|"
    r"according|saying|adding|warning|arguing|insisting|he|she|they|it|people|officials|analysts|sources|"
    r"and\s+(?:is|was|has|had|have|are|were|will|would|said|says)|so|yet|where|when|if|unless|"
    r"including|even)\b|"
    # "backs the board and said it would not sell", "is open to 2% but demanded a transition": a second predicate of
    # the same subject, in its own tense, which a question in the present cannot carry on
    r"\s(?:and|but)\s+(?:also\s+)?(?:said|told|was|were|urged|demanded|warned|added|insisted|argued)\b|"
    # "opposes the cap and insists that wages …": the same in the present
    r"\s(?:and|but)\s+(?:also\s+)?(?:says|insists|argues|maintains|urges|warns|adds|wants|rejects|refuses|vows|"
    r"threatens)\b|"
    # "wants to build a mine, in a decision the leaders called a victory": an aside about the whole clause
    r",\s+in\s+(?:an?|the|what)\s+(?:[\w’'-]+\s+)?(?:decision|move|ruling|judgment|judgement|step|vote|verdict|"
    r"blow|boost|setback|victory|defeat|reversal|u-turn|climbdown|development|sign)\b|,\s+in\s+what\b|"
    # "offered to cap fees, an offer the regulator rejected": an aside about the demand, not part of it
    r",\s+(?:an?|the)\s+(?:offer|move|proposal|plan|step|demand|idea|request|call|bid|figure|sum|claim|charge|"
    r"accusation|allegation)\b|"
    r"[\"“”]\s*,?\s*(?:said|says|added|according|he|she|they|[A-Z])|,\s*[\"“]|,\s+said\b|"
    r",\s+(?:will|would|is|was|are|were|has|have|had|can|could|may|might|did|does|do|[a-z]+ing)\b|"
    r",\s+and\s+(?:[a-z]+s|[a-z]+ed|we|i|they|he|she|it|both)\b|\s+and\s+[a-z]{3,}ed\s+(?!by\b)|"
    # "wants documents, and a consumer group wants neither": a new clause with its own subject
    r",\s+(?:and|but)\s+(?:an?|the|its|their)\s+(?:[\w’'-]+\s+){0,3}(?:wants?|says?|is|are|was|were|has|have|had|will|"
    r"would|insists|rejects|opposes)\b|"
    r"\s+(?:said|says)\s+[A-Z]|,\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,5}"
    r"(?:said|says|added|told|stressed|noted|argued|warned|insisted|announced|confirmed|declared)\b|"
    r"\s+but\s+(?:said|says|added|warned|insisted|argued)\b|"
    # "… must open a port and the European Commission urged both to …": a named subject's clause of its own
    r"\s+(?:and|but|while)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,4}\s+(?:urged|said|says|"
    r"warned|called|asked|insisted|argued|told|rejected|refused|wants|demanded|added|announced)\b|"
    # "is open to a supporter director but stopped short of …", "… but refused to": a second act of the subject
    r"\s+but\s+(?:stopped|stops|declined|declines|refused|fell|falls|ruled|rules|rejected|would|will|did|does|"
    r"could|has|had)\b|"
    r"[.!?][\"”’]?\s*$)")
_QUOTE_MARKS = "\"“”"


def _clean_demand(text: str) -> str:
    text = text.strip().strip(",;:").strip()
    text = _CLOSING_PUNCTUATION.sub("", text).strip()
    if sum(text.count(q) for q in _QUOTE_MARKS) % 2 or text.endswith(tuple(_QUOTE_MARKS)):
        text = _QUOTE_MARK.sub("", text)
    text = _TRAILING_QUOTE.sub("", text).strip().rstrip(",;:").strip()
    text = _OPENING_CONJUNCTION.sub("", text)  # "But we cannot pay …"
    return " ".join(text.split())


_PASSER_BY_SIDE = re.compile(r"(?:an?|one|another)\s+(?:[a-z][\w-]*\s+){0,3}" + PASSER_BY_NOUNS, re.IGNORECASE)


# A demand that is only a time ("proposed last week", "had offered in March") says what happened when, not what.
_TIME_ONLY = re.compile(r"(?:(?:in|on|at|by|from|until|since|before|after|during|last|next|this|earlier|later|early|late|"
                        r"the|of|\d{1,4}(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|"
                        r"april|may|june|july|august|september|october|november|december|week|month|year|"
                        r"morning|afternoon|evening|night|today|yesterday|tomorrow|spring|summer|autumn|winter)"
                        r"(?:\s+|$))+", re.IGNORECASE)


# A phrase cut here would end mid-phrase: "letters from groups including".
_DANGLING = re.compile(r"\b(?:including|and|or|to|of|for|with|by|the|a|an|that|which|from|in|on|at|as|than|"
                       r"such|like|about|into|over)\s*$", re.IGNORECASE)


# A new clause with its own subject ends even a short demand: "their figures, and we suggest …".
_HARD_END = re.compile(r"\s*(?:;|,\s+(?:and|but|while|whereas)\s+(?:we|i|they|he|she|it|his|her|their|its|both)\b|,\s+but\b|"
                       r",\s+and\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}(?:wants?|says?|is|are|was|were|has|have|had|will|"
                       r"would|insists|rejects|opposes)\b|"
                       r",\s+(?:said|says)\b|"
                       r"\s(?:and|but)\s+(?:also\s+)?(?:said|told|was|were|urged|demanded|warned|added|insisted|argued|"
                       r"says|insists|argues|maintains|urges|warns|adds|wants|rejects|refuses|vows|threatens|stopped|"
                       r"declined|refused|fell|ruled|rejected)\b|"
                       r",\s+(?:saying|adding|warning|arguing|insisting|according)\b|"
                       r",\s+in\s+(?:what\b|(?:an?|the)\s+(?:[\w’'-]+\s+)?(?:decision|move|ruling|judgment|judgement|"
                       r"step|vote|verdict|blow|boost|setback|victory|defeat|reversal|u-turn|climbdown)\b))")


# ", and a consumer group wants neither": the next clause has a subject of its own, so the demand ends before it
_NEW_SUBJECT = re.compile(r",\s+(?:and|but)\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}(?:wants?|says?|insists|rejects|opposes)\b")


# An adverbial between a cue and its "that" ("insisted throughout the talks that …", "demanded at the meeting that
# …"): the clause after "that" is the demand, the adverbial only when it was said
_ADVERBIAL_THAT = re.compile(r"\s*(?:(?:throughout|during|at|in|on|over|since|after|before|for|from)\s+(?:the|a|an|"
                             r"this|that|its|their|his|her|last|next|every|each|[\w-]+['’]s)\s+(?:[\w’'-]+\s+){0,3}?|"
                             r"(?:again|"
                             r"repeatedly|privately|publicly|firmly|always|strongly|also|still|now|then|later)\s+)"
                             r"that\s+(?=\S)")


def _demand_text(sentence: str, at: int) -> str:
    """The cue's complement up to its clause boundary, taking the next clause too if it is too short."""
    rest = _PARENTHESIS.sub("", sentence[at:])  # asides: "($1.2bn; £900m)"
    lead = _ADVERBIAL_THAT.match(rest)
    if lead:
        rest = rest[lead.end():]
    rest = _DASHED_ASIDE.sub(" ", rest)  # "the plan – drawn up in secret – was"
    end = 0
    for m in _DEMAND_END.finditer(rest):
        if m.start() == 0:
            continue
        end = m.start()
        n = len(rest[:end].split())
        said = _NAME_SAID_AFTER_COMMA.match(rest[m.start():])
        if (n >= 4 or n >= 2 and _HARD_END.match(rest, m.start()) or _NEW_SUBJECT.match(rest, m.start())) and (
                not _DANGLING.search(rest[:end]) or said):
            break
    if end == 0:
        end = len(rest)
    return _clean_demand(rest[:end])


def _segment_demand(article: Article, sent, q: Quotation, at: int) -> str:
    """The quoted words of this sentence, without marks or attribution: 'There must be an inquiry'."""
    for seg in q.segments:
        close = seg.close if seg.close is not None else seg.end
        if seg.open <= at < close:
            text = article.body[max(seg.open, sent.start):min(close, sent.end)]
            text = _clean_demand(text.strip("\"“”‘’ ,"))
            if text[:1].islower() and seg.open > sent.start:
                # a partial quote: 'said that Eastland "has to lower its tariffs"' – keep its subject
                lead = article.body[sent.start:seg.open]
                said = list(_SAID_THAT.finditer(lead))
                if said:
                    text = _clean_demand(lead[said[-1].end():] + text)
            if len(text.split()) >= 3:
                return text
    return _quoted_demand(sent.text)


def _quoted_demand(sentence: str) -> str:
    """A quoted sentence without its marks and its attribution: 'There must be an inquiry'."""
    text = _SAID_COLON.sub("", sentence.strip())
    text = _CLOSING_TAG.sub("", text)
    return _clean_demand(text)


def _cue_hits(text: str, in_quote) -> list[tuple[int, int, str, str]]:
    """(start, end, stance, how) of each cue in a sentence, the longest at any place, in text order."""
    hits: list[tuple[int, int, str, str]] = []
    quoted_text = bool(_QUOTE_MARK.search(text)) or in_quote(0)
    for rx, stance, how in _CUES:
        if how == "say" and not quoted_text:
            continue  # the speaker's own "must" needs a quotation
        for m in rx.finditer(text):
            quoted = in_quote(m.start())
            if how == "say" and not quoted:
                continue
            before = text[:m.start()]
            word = m.group().split()[0].lower()
            if how == "verb" and word not in ("is", "are", "was", "were", "be", "been", "would", "will", "do",
                                             "does", "did", "has", "have", "had", "in", "spent", "won", "lodged",
                                             "brought", "launched", "mounted", "lost", "set"):
                if (_NOUN_BEFORE.search(before) or _OFFER_NOUN.match(word) and _A_FIRM_BEFORE.search(before)) and not _RELATIVE_WORD_BEFORE.search(before):
                    continue  # "the offer", "a proposed merger"
                if _DEMAND_NOUN.fullmatch(word) and _NOUN_USE_AFTER.match(text[m.start() + len(word):]):
                    continue  # "the Calder offer was …": a noun after a name
                if _PASSIVE_BEFORE.search(before) and _PAST_OR_SOUGHT.search(word):
                    continue  # "two depots are threatened", "being offered"
            if how == "verb" and word.endswith("s") and _CUE_NOUN_VERB.fullmatch(word[:-1]) and \
                    _ADJECTIVE_BEFORE_PLURAL.search(before):
                continue  # "after repeated protests against his ownership", "fresh calls for": nouns, no one's act
            if how == "verb" and word == "expected" and not _EXPECTING_SUBJECT.search(before):
                continue  # "with the cost now expected to reach $4.6bn": a forecast of a thing, no one's aim
            if how == "verb" and word.endswith("ing") and _NOUN_THEN_PARTICIPLE.search(before):
                continue  # "a plea by landowners seeking higher compensation": the landowners', not the subject's
            if how == "verb" and _POLL_SHARE_BEFORE.search(before):
                continue  # "46 per cent support independence, 41 per cent opposed": a poll's count, no side's view
            if how == "verb" and _SUBORDINATE_CROWD.search(before):
                continue  # "X ends his 14-year ownership as fans demand …": the crowd's wish, not X's
            if how == "verb" and _CUE_NOUN_VERB.fullmatch(word):
                prev = _LAST_WORD.search(before)
                if prev and _NUMBER_WORD.fullmatch(prev.group(1)):
                    continue  # "14 teachers and 11 support staff": a noun after a number, not a verb
                if prev and prev.group(1).islower() and not prev.group(1).endswith("s") and \
                        prev.group(1) not in AGENT_NOUNS and prev.group(1) not in _GENERIC and prev.group(1) not in (
                        "to", "they", "we", "i", "you", "will", "would", "could", "should", "must", "may", "might",
                        "also", "still", "now", "not", "and", "or", "who", "that", "which", "can", "cannot", "shall",
                        "people", "police", "staff", "women", "men", "children", "then", "jointly", "together"):
                    continue  # "peak demand", "a wake-up call": a noun after a word, not a verb after its subject
            if word == "asking" and stance == "asks" and not _ASKING_AFTER.search(before):
                continue  # "wrote to the Trust asking it to …", "…, asking …"; not "is asking" nor "later asking"
            if how == "verb" and _NOUN_PLURAL_CUE.fullmatch(word) and _PREPOSITION_BEFORE.search(before):
                continue  # "a strike against plans to cut …": whose plans, the preposition does not say
            if quoted and how == "verb" and _REPORTED_OR_NEGATED_LEAD.search(before):
                continue  # "I doubt they want me back": a guess at someone else's wish, not a position
            if quoted and stance in ("supports", "condemns", "criticises", "praises"):
                continue  # a reporter's verbs; in a speaker's mouth they are part of a longer thought
            if stance == "votes to" and word == "votes" and _COUNTED_VOTES_BEFORE.search(before):
                continue  # "needs seven of the 13 council votes to pass it": votes counted, a noun
            if how == "verb" and word.endswith("ing") and _ADJECTIVE_ADVERB_BEFORE.search(before) and \
                    not _OBJECT_NEXT.match(text, m.start() + len(word)):
                continue  # "people in physically demanding jobs": an adjective before its noun, no one's demand
            if how == "verb" and word.endswith("ed") and _BY_NEXT.match(text[m.end():]):
                continue  # "savings touted by the mayor": passive, the position is the agent's
            refusal = _REFUSAL_BEFORE.search(before) if how == "verb" else None
            if refusal and _REFUSED_VERB.fullmatch(word):
                # "said it would not agree to a fixed floor": a refusal, the position of one who says no
                hits.append((refusal.start(), m.end(), f"will not {word}" + m.group()[len(word):].rstrip(), how))
                continue
            if how == "verb" and _NEGATION_BEFORE.search(before):
                continue  # "never offered an explanation": no position taken
            if how == "verb" and _AGAINST_BEFORE.search(before):
                continue  # "warned against backing the toll", "rather than rejecting it": the cue's act is not taken
            if how == "verb" and _BARRED_BEFORE.search(before):
                continue  # "is barred from seeking re-election", "cannot ask for a retrial": kept from it, no aim
            if how == "verb" and word.endswith("ing") and _FROM_BEFORE.search(before):
                continue  # "barred by the charter from seeking a third term", "refrained from backing": kept from it
            if how == "verb" and word.endswith("ing") and _NOUN_FOR_BEFORE.search(before):
                continue  # "The trust's condition for backing any deal is …": the condition is the position, not
                # the backing

            if how == "verb" and _NOBODY_BEFORE.search(before):
                continue  # '"Nobody goes into public life wanting to close a school"': no one's aim, least the speaker's
            if how == "verb" and _CONDITION_BEFORE.search(before):
                continue  # "would not return until the company agreed to …": a condition set, not the company's act
            if how == "verb" and _NEGATION_BEFORE_QUOTE.search(before):
                # 'told teachers they weren't "asking for the moon"': a view of them, never that anyone asks for it
                hits.append((m.start(), m.end(), "says that", how))
                continue
            if how == "verb" and _RELATIVE_BEFORE.search(before):
                ante = _THAT_ANTE.search(before)
                if not ante or not (ante.group(1)[:1].isupper() or ante.group(1).lower() in AGENT_NOUNS and
                                    not ante.group(2)):
                    # ("Kastrany, which insists …" is Kastrany's; "The company, which plans to …" tells about it)
                    continue  # "leaflets that call for …": the subject is a thing, not a party
            if how == "noun" and not _MAIN_DEMAND_ADJECTIVE.match(word) and not (
                    word.startswith("demand") and _OWN_DEMANDS_LEAD.fullmatch(before)):
                if not _OWNED_BEFORE.search(before) \
                        and not _PREPOSITION_NEXT.match(text[m.end() - 1:m.end() + 6]):
                    continue
            stance_txt = stance.format(*(g.replace("  ", " ") for g in m.groups())) if m.groups() else stance
            hits.append((m.start(), m.end(), stance_txt, how))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[tuple[int, int, str, str]] = []
    for h in hits:
        if out and h[0] < out[-1][1]:
            continue
        out.append(h)
    return _own_acts(text, out)


# --- what a side asks of another, a hedged act, a refusal to comment (not the side's own position) ---
# A verb of asking, wanting or making another party act, its object, then "to": "asked the planning committee to",
# "urged ministers to", "called on the district council to", "wants the court to", "persuaded the board to". A cue
# after it ("… to refuse the plan") is the act asked of the object, never the asker's own.
_REQUEST_VERB = (r"(?:ask(?:s|ed|ing)?|urg(?:es|ed|ing|e)|call(?:s|ed|ing)?\s+on|appeal(?:s|ed|ing)?\s+to|"
                 r"plead(?:s|ed|ing)?\s+with|press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|persuad(?:es|ed|ing|e)|"
                 r"encourag(?:es|ed|ing|e)|tell(?:s|ing)?|told|invit(?:es|ed|ing|e)|want(?:s|ed|ing)?|"
                 r"order(?:s|ed|ing)?|implor(?:es|ed|ing|e)|beg(?:s|ged|ging)?|petition(?:s|ed|ing)?|"
                 r"challeng(?:es|ed|ing|e)|advis(?:es|ed|ing|e)|expect(?:s|ed|ing)?|forc(?:es|ed|ing|e)|"
                 r"allow(?:s|ed|ing)?|help(?:s|ed|ing)?|instruct(?:s|ed|ing)?|direct(?:s|ed|ing)?|"
                 r"requir(?:es|ed|ing|e)|push(?:es|ed|ing)?)")
_REQUEST_BEFORE = re.compile(r"\b(?P<verb>" + _REQUEST_VERB + r")\s+(?!to\b)(?P<who>(?:[^\s,;:.!?\"“”]+\s+){1,10}?)"
                             r"to\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# the stance of a request verb, when the request itself is a position (the others only void the act after them)
_REQUEST_STANCE = {"ask": "asks", "urg": "urges", "call": "calls on", "appeal": "appeals to", "plead": "pleads with",
                   "want": "wants", "order": "orders", "invit": "invites"}
# the words of the request verb itself ("called on "), before its object
_REQUEST_WORDS = re.compile(r"\S+(?:\s+(?:on|to|with)(?=\s))?\s+")
# the object of a request is someone who can act, never a question word ("asked why the council wanted to …")
_ASKED_WHO = re.compile(r"(?!(?:why|whether|if|how|what|when|where|who|which|for|about|not)\b)", re.IGNORECASE)
# "may seek a review", "could oppose the rules", "would struggle to support the scheme": an act held out as
# possible, not a position taken (the hedge cannot be carried into "Which side seeks …?")
_HEDGE_BEFORE = re.compile(r"\b(?:(?:may|might|could)\s+(?:well\s+|also\s+|yet\s+|still\s+|even\s+|eventually\s+)?"
                           r"(?:(?:have|need|be\s+(?:forced|obliged|able|willing))\s+to\s+)?|"
                           r"struggl(?:es|ed|ing|e)\s+to\s+|(?:would|will)\s+(?:have|need|be\s+(?:forced|obliged))\s+to\s+|"
                           r"(?:is|are|was|were)\s+considering\s+(?:whether\s+to\s+)?|"
                           r"would\s+consider\s+|(?:hop(?:es|ed|ing|e)|tr(?:ies|ied|ying|y))\s+to\s+)$", re.IGNORECASE)
# a refusal to talk to the press: "refused to discuss the plan", "declined to say whether …", "refused to be drawn"
_NO_COMMENT_VERB = re.compile(r"(?:discuss|comment|speculate|elaborate|answer\s+questions|be\s+drawn|be\s+interviewed|"
                              r"give\s+(?:details|a\s+reason|a\s+figure)|disclose|reveal|confirm|say)\b", re.IGNORECASE)
_NOT_SAYING_BEFORE = re.compile(r"\b(?:(?:refus|declin)(?:es|ed|ing|e)\s+to|(?:would|will|did|does|do)\s+not|"
                                r"(?:wouldn|won|didn|doesn|don)['’]t)\s+$", re.IGNORECASE)
# a speaker's own "we don't want to …" ("We don't want to go on strike. … But we cannot accept …"): a disclaimer
# before the "but" that says what the side will do, not a policy
_DISCLAIMER = re.compile(r"\b(?:we|i)\s+(?:really\s+|certainly\s+|just\s+)?$", re.IGNORECASE)
_TO_VERB = re.compile(r"to\s+(?!(?:be\s+)?(?:see|have)\b)[a-z]")
_BUT_AFTER = re.compile(r"(?:[,;]\s*|[.!?][\"”’]?\s+[\"“]?|[\"“])(?:but|however|yet)\b", re.IGNORECASE)


# A turn's label opening a line of an interview or a transcript ("Okafor: ", "MAYOR ANN ROE: ", "A: ")
_TURN_OPENS = re.compile(r"[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,3}\s*:\s+(?=[A-Z])")
_BROADCASTER_NAME = re.compile(r"\b(?:Broadcasting|Radio|Television|TV|Broadcaster|News\s+Agency|Press\s+Agency)\b")
# what a speaker "wants to" do with their own words, not for the matter: "I want to start by saying …", "we want to
# thank …", "I want to be clear"
_SPEECH_ACT = re.compile(r"(?:to\s+)?(?:(?:start|begin|open|end|finish|close)\s+by\b|thank\b|say\b|stress\b|"
                         r"emphasi[sz]e\b|be\s+(?:very\s+)?clear\b|make\s+(?:it\s+)?(?:very\s+)?clear\b|apologi[sz]e\b|"
                         r"pay\s+tribute\b|put\s+on\s+record\b)", re.IGNORECASE)


# the speaker's next quotation opening on "But" ('…," she said. "But we cannot …')
_OPENS_BUT = re.compile(r"[^“\"]{0,120}[“\"]\s*(?:But|However|Yet)\b")


def _disclaimer(after: str, next_text: str, before: str, stance: str) -> bool:
    """Whether a quoted "we don't want to X" (`before` the cue, `after` it to the quotation's end, `next_text` the
    article after the quotation) is said before a "but" within the quotation or opening the next (see _DISCLAIMER)."""
    if stance != "does not want" or not _DISCLAIMER.search(before) or not _TO_VERB.match(after):
        return False
    return bool(_BUT_AFTER.search(after) or _OPENS_BUT.match(next_text))
# "would not rule out further talks but could not afford more": a second predicate of the side, with its own modal
# (a position ends before it; a reported claim keeps its "but", which is often its point)
_BUT_MODAL = re.compile(r"\s+but\s+(?:could|would|can|cannot|may|might)\b")
# one who speaks for a body to the press
_PRESS_OFFICER = re.compile(r"\b(?:spokes(?:man|woman|person|people)|press\s+(?:officer|office|secretary)|"
                            r"representative|official)\b", re.IGNORECASE)
# "In the council's view, …", "In her view, …", "In the view of the federation, …": an argument, its holder named
_IN_VIEW = re.compile(r"^\W*(?:(?:But|And|Yet)\s+)?[Ii]n\s+(?:(?P<pro>his|her|their|its)\s+|(?P<who>[^,]{2,60}?)['’]s?\s+|"
                      r"the\s+(?=(?:view|opinion|judge?ment)\s+of\s))(?:own\s+)?(?:view|opinion|judge?ment)"
                      r"(?:\s+of\s+(?P<of>[^,]{2,60}?))?,\s+(?=\S)")
# "refused to discuss the player by name", "… the offer in detail", "… it publicly": reticence, whoever speaks
_RETICENT_DISCUSS = re.compile(r"[^,;.]{0,60}?\b(?:by\s+name|in\s+(?:any\s+)?detail|publicly|in\s+public|further|"
                               r"specifics|the\s+details)\b", re.IGNORECASE)
# what a side said is only that it says nothing: "the player would not comment", "it does not discuss contracts"
_NO_COMMENT_CLAIM = re.compile(r"^(?:that\s+)?(?:[\w’'-]+\s+){0,4}?(?:(?:would|will|could|can|did|does|do)\s+not|cannot|never|"
                               r"(?:wouldn|won|couldn|can|didn|doesn|don)['’]t|(?:refus|declin)(?:es|ed|ing|e)\s+to)\s+"
                               r"(?:publicly\s+)?(?:comment|speculate|elaborate|discuss|disclose|be\s+drawn|give\s+interviews|"
                               r"answer\s+questions)\b", re.IGNORECASE)
# "refused to discuss pay with the union until …": a refusal to negotiate, which is a position
_WITH_A_PARTY = re.compile(r"[^,;.]{0,60}?\b(?:with|until|unless)\b")


def _own_acts(text: str, hits: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The hits that are a side's own position: a cue after "asked the committee to" is the act asked of the
    committee, so it is dropped (the request is the position: when no cue caught it, because its object is long, it
    is put in the act's place); a hedged act ("may seek") and a refusal to discuss or to say are not positions."""
    out: list[tuple[int, int, str, str]] = []
    for c0, c1, stance, how in hits:
        before = text[:c0]
        no_comment = _NO_COMMENT_VERB.match(text, c1)
        if how == "verb" and stance.startswith("refuses to") and no_comment and not _WITH_A_PARTY.match(text, c1) and \
                (no_comment.group() != "discuss" or _PRESS_OFFICER.search(before) or
                 _RETICENT_DISCUSS.match(text, no_comment.end())):
            # "A spokesman refused to discuss the plan", "refused to be drawn": no comment, not a policy (the trust
            # that "has refused to discuss the suspension" holds a position on it)
            continue
        if how in ("verb", "say") and stance == "says that" and _NOT_SAYING_BEFORE.search(before):
            continue  # "declined to say whether it would appeal": nothing said
        if how != "verb":
            out.append((c0, c1, stance, how))
            continue
        asked = _REQUEST_BEFORE.search(before[-200:])
        if asked:
            a0 = c0 - len(before[-200:]) + asked.start()
            if any(o[0] <= a0 < o[1] for o in out):
                continue  # "urged the judge to reject …": the urging is a hit already; the rejection is asked of the judge
            verb = asked.group("verb").lower()
            stem = next((s for s in _REQUEST_STANCE if verb.startswith(s)), "")
            if stem and _ASKED_WHO.match(asked.group("who")) and not _NEGATION_BEFORE.search(text[:a0]) \
                    and not _NOUN_BEFORE.search(text[:a0]):
                end = a0 + len(_REQUEST_WORDS.match(text, a0).group())
                out.append((a0, end, _REQUEST_STANCE[stem], how))
            continue
        if _HEDGE_BEFORE.search(before) and not stance.startswith(("does not", "is not", "will not", "won't")):
            continue  # "the parish may seek a judicial review": possible, not yet its position
        out.append((c0, c1, stance, how))
    out.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    kept: list[tuple[int, int, str, str]] = []
    for h in out:
        if kept and h[0] < kept[-1][1]:
            continue
        kept.append(h)
    return kept


# Descriptions a report uses for the person it is about, not an office someone else may hold.
_PLAYER_TITLES = {"striker", "midfielder", "defender", "goalkeeper", "keeper", "captain", "skipper", "winger",
                  "forward", "fullback", "player", "batsman", "bowler", "athlete", "runner", "swimmer", "boxer",
                  "cyclist",
                  "jockey", "singer", "actor", "actress", "rapper"}


_TITLE_ABBREVIATIONS = {"CM": "chief minister", "PM": "prime minister"}
_TITLE_SHORT = {"governor": "gov.", "senator": "sen.", "representative": "rep.", "lieutenant": "lt.",
                "general": "gen.", "superintendent": "supt.", "inspector": "insp.", "detective": "det."}


def _title_holder(sp: Speaker, cast: Cast, at: int, cast_text: str) -> Speaker:
    """'The minister', 'the striker': a job title alone is the person the article gave that title, or, for a
    player's or performer's description given to no one, the person it was last talking about ('Ade Bello scored
    twice … The striker said')."""
    short = _TITLE_ABBREVIATIONS.get(_LEADING_THE.sub("", sp.name.strip()))
    if short:  # "the CM replied": the one person the article calls Chief Minister
        holder, _ = cast.derived("title holder:" + short, lambda: _titled(short.split(), cast, cast_text))
        return Speaker(holder, "person") if holder else sp
    if sp.kind != "unnamed":
        return sp
    title = _DETERMINER_PREFIX.sub("", sp.name.strip()).lower().split()
    if not title or len(title) > 3 or not all(w in TITLE_WORDS and w not in ORG_WORDS for w in title) \
            or title[-1] in ("former", "new", "acting", "senior", "junior", "first", "then", "current", "late"):
        return sp
    holder, guess = cast.derived("title holder:" + " ".join(title), lambda: _titled(title, cast, cast_text))
    if holder:
        return Speaker(holder, "person")
    if not guess:
        return sp  # an office ("the judge", "the minister") is never guessed from who was named last
    before = [m for m in cast.mentions_in(max(0, at - 1500), at) if m.kind == "person" and m.person and _SUBJECT_VERB_AFTER.match(cast_text[m.end:m.end + 40])]  # the subject of a sentence, not a name after "for" or "against"
    if before and cast.person(before[-1].person) and " " in before[-1].person:
        return Speaker(before[-1].person, "person")
    return sp


def _titled(title: list[str], cast: Cast, cast_text: str) -> tuple[str, bool]:
    """(the one person the article gives this title, or ""; whether a player's description may be guessed
    from the person last named). The same wherever the title stands, so read once per title."""
    people = [p for p in cast.people if p.kind == "person" and " " in p.name and
              _holds_title(" ".join(title), p.role)]
    if len({p.name for p in people}) == 1:
        return people[0].name, False
    if people:
        return "", False
    # "Gov. Marcus Hale … The governor threatened …": the one person the text names right after the title (or its
    # short form), with a brief between ("Commissioner for Fisheries Ilse Varga")
    short = _TITLE_SHORT.get(title[-1], "")
    head = r"\b(?:" + r"\s+".join(map(re.escape, title)) + (r"|" + re.escape(short) if short else "") + r")"
    # Each place the title stands, then the names in the few words after it: not the whole article per person.
    people = [p.name for p in cast.people if p.kind == "person" and " " in p.name]
    named = set()
    for m in re.finditer(head, cast_text, re.IGNORECASE):
        window = cast_text[m.end():m.end() + 240]
        named |= {n for n in people if n in window and re.match(
            r"\s+(?:(?:for|of|and|the|(?-i:[A-Z])[\w’'-]*)\s+){0,5}?" + re.escape(n) + r"\b", window, re.IGNORECASE)}
    if len(named) == 1:
        return named.pop(), False
    return "", title[-1] in _PLAYER_TITLES and not any(
        re.search(r"\b" + re.escape(title[-1]) + r"\b", p.role, re.IGNORECASE) for p in cast.people)


_SPOKES = re.compile(r"^(?:an?\s+|the\s+|one\s+)?(?:(?P<pre>.+?)\s+)?(?:spokes(?:man|woman|person)|press\s+officer)"
                     r"(?:\s+for\s+(?:the\s+)?(?P<post>.+?))?(?:\s+(?:who|which|that)\b.*)?$", re.IGNORECASE)


def _spokesperson_party(sp: Speaker, cast: Cast, masked: str, at: int) -> Speaker:
    """'A NWA spokesperson', 'a spokesperson for the port authority': the body they speak for."""
    m = _SPOKES.match(sp.name.strip()) if sp.kind == "unnamed" else None
    if not m:
        return sp
    body = m.group("post") or m.group("pre") or ""
    if body and _CAPITALISED_RUN.fullmatch(body) and not any(
            w.lower() in TITLE_WORDS and w.lower() not in ORG_WORDS for w in body.split()):
        return Speaker(body, "organisation")
    if _LOWER_WORD.fullmatch(body):
        owners = [o for o in cast.orgs if o.split()[-1].lower() == body]
        if len(owners) == 1:
            return Speaker(owners[0], "organisation")  # "a trust spokeswoman": the one trust the story names
    if m.group("post"):
        return Speaker(body[:1].upper() + body[1:], "unnamed")
    return sp


def _pronoun_person(cast: Cast, att, sent_start: int, at: int, holder_np: str) -> Speaker | None:
    """'While X did not like it, she said …': a pronoun subject is the person named earlier in the sentence;
    'X said she feared … and urged …': the one who said it, when no one else is named."""
    people = [m for m in cast.mentions_in(sent_start, at) if m.kind == "person" and not m.possessive]
    open_ = [m for m in people if "_" not in att.masked[m.start:m.end]]
    return Speaker((open_ or people)[-1].person, "person") if people else None


_ENVOY_ROLE = re.compile(r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})['’]s\s+(?:[\w-]+\s+){0,2}?(?:negotiators?|envoy|"
                         r"representative|delegate|ambassador|foreign\s+minister|minister|spokes(?:man|woman|person))"
                         r"\b[^.;\"“”]{0,60}$")


def _sent_by(body: str, cast: Cast, person: str) -> str:
    """The country or body a person is introduced as sent by ("Sarrant's chief negotiator, the culture minister
    X"), when the sentence of their first mention says so; "" otherwise."""
    p = cast.person(person)
    if p is None:
        return ""
    start = max(body.rfind(". ", 0, p.first), body.rfind("\n", 0, p.first)) + 1
    m = _ENVOY_ROLE.search(body[start:p.first])
    if not m:
        return ""
    owner = m.group(1)
    return owner if owner in cast.orgs or owner in COUNTRIES or any(
        _POSSESSIVE_END.sub("", mm.text) == owner and mm.kind != "person" for mm in cast.mentions) else ""


# What makes reported speech a position rather than a report of events: a modal, a negation, a
# judgement or an opinion verb in the claim ("would cut waiting times", "was essential").
_CLAIM_MARKS = re.compile(
    r"\b(?:would|should|must|need(?:s|ed)?\s+to|needed|not|never|no|cannot|can['’]t|won['’]t|wouldn['’]t|"
    r"shouldn['’]t|isn['’]t|aren['’]t|wasn['’]t|only|essential|important|vital|crucial|necessary|key|worth(?!\s+(?:[$£€₹]|rs\b|about\b|around\b|some\b|\d))|"
    r"mistake|wrong|unfair|unacceptable|justified|unjustified|cost[- ]effective|better|best|worse|focused|"
    r"think|thinks|thought|believe[sd]?|feel|feels|felt|hope[sd]?|fear(?:s|ed)?|condition|enough|too|"
    r"instigated|responsible|blame[sd]?|want(?:s|ed)?|seek(?:s|ing)?|sought|short\s+of|"
    # "his members could accept a smaller rise": what a side says it is willing to settle for
    r"could\s+(?:\w+ly\s+)?(?:accept|agree\s+to|support|back|live\s+with|drop|settle\s+for)|"
    r"door\s+(?:is|was|remains|remained|stays|stayed)\s+(?:still\s+)?open\b|"
    # "its offer was fair and final", "the company remained open to talks": where a side stands in a dispute
    r"(?:is|was|were|are|remains|remained)\s+(?:fair\s+and\s+|full\s+and\s+)?final\b|"
    r"open\s+to\s+(?:further\s+)?(?:talks|negotiations?|discussions?|compromise)\b|"
    # "the offer was final", "the decision is final": the side will not move
    r"(?:offer|decision|position|figure|deal|settlement)\s+(?:is|was|remains|remained)\s+(?:now\s+)?final\b|"
    r"(?:is|are|was|were)\s+(?:a\s+)?matters?\s+for\s+(?:the|its|their|each)\b|"
    r"(?:was|were|is|are)\s+(?:actively\s+|now\s+|also\s+|still\s+)?(?:considering|weighing|preparing)\s+"
    r"(?=[a-z]+\s+(?!of\b)|to\b)|"
    # a finding against a party: what a regulator or a court holds it did wrong
    r"abused|breached|violated|flouted|unlawful(?:ly)?|illegal(?:ly)?|anti-competitive|broke\s+the\s+law|"
    # "without the rise": what the speaker argues must happen
    r"without\s+(?:the|this|that|these|an?|its|their|more|extra|new)\s+(?:[\w-]+\s+)?(?:increase|rise|hike|money|"
    r"funding|cash|grants?|deal|agreement|changes?|cuts?|reforms?|plan|support|investment))\b",
    re.IGNORECASE)
_ARGUING = re.compile(r"(?:argu|claim|insist|maintain|stress|urg|believ|feel|think)")
# (not "expects": "said it expected a full season to be played and would review its options" is where it stands)
_BELIEF_VERB = re.compile(r"(?:believ|think|thought|reckon|suspect|doubt)", re.IGNORECASE)
_BELIEF_LEAD = re.compile(r"(?:he|she|they|it|we|i)\s+(?:still\s+)?(?:believed|believes|thought|thinks|reckoned|reckons)\b",
                          re.IGNORECASE)
_FORECAST = re.compile(r"\b(?:within\s+reach|in\s+sight|on\s+the\s+cards|(?:chances|prospects|hopes)\s+(?:of\s+[^,;]{2,40}\s+)?"
                       r"(?:are|were|look|looked|seem|seemed)\s+(?:\w+\s+)?(?:slim|remote|good|high|low|bleak|dim))",
                       re.IGNORECASE)


# Anonymous sources: what "people familiar with the company's thinking" say it weighs is the company's position.
_SOURCES = re.compile(r"(?:(?:two|three|four|several|some|a\s+few)\s+)?(?:people|persons|sources|insiders|officials|"
                      r"(?:a|one|another)\s+(?:person|source|insider|official))\s+(?:familiar|close|with\s+knowledge|"
                      r"briefed|who\s+(?:asked|spoke|declined))\b", re.IGNORECASE)


def _sourced_party(article: Article, cast: Cast, att, claim: Claim, out: list[Position]) -> Speaker | None:
    """The party a sourced claim is about, when the claim opens with one: 'Lumora was weighing …' is Lumora's."""
    at = article.body.find(claim.claim, claim.verb_at)
    if at < 0:
        return None
    sp = _np_holder(article, cast, att, at, at + len(claim.claim), None)
    if sp is None or sp.kind not in ("organisation", "person", "unnamed"):
        return None
    generic = _GENERIC_HOLDER.match(sp.name.strip())
    if generic:
        return _earlier_party(article, cast, out, generic.group(1), at, att.masked)
    return sp if sp.kind != "unnamed" else None


_NOTICE = re.compile(r"\b(?:would|will)\s+(?:(?:announce|publish|release|unveil)\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:season|programme|program|schedule|line-?up|results|details|text|list|fixtures|dates?)\b|"
                     r"go\s+on\s+sale\b|scatter\s+(?:his|her|their)\s+ashes\b|hold\s+(?:a|the)\s+(?:private\s+)?"
                     r"(?:funeral|memorial|service|wake)\b)")
_JURY_DIRECTION = re.compile(r"(?:they|you)\s+(?:must|should|had\s+to|were\s+to)\s+(?:not\s+)?(?:only\s+)?"
                             r"(?:decide\s+(?:the|this)\s+case|reach\s+(?:a|their|your)\s+verdicts?|return\s+"
                             r"(?:a|their|your)\s+verdicts?|ignore|disregard|put\s+(?:aside|\w+\s+out\s+of)|set\s+aside|"
                             r"judge\s+(?:the|this)\s+case|consider\s+only|speculate)\b", re.IGNORECASE)
_INSISTING = re.compile(r"\b(?:should|must|demand|insist|refuse|want|unless)\w*\b")


# what opens a side's case in a trial report: "Closing the case for the Crown, X said …", "told the jury that …"
_CASE_LEAD = re.compile(r"\b(?:(?:opening|closing|summing\s+up)\s+(?:the|its|his|her)\s+case|for\s+the\s+"
                        r"(?:prosecution|defen[cs]e)\b)", re.IGNORECASE)
_TO_JURY = re.compile(r"told\s+(?:the\s+)?(?:jury|jurors)\b", re.IGNORECASE)


def _advocates_case(claim: Claim, cast: Cast, verb: str, lead: str) -> bool:
    """What a prosecutor or a defence lawyer puts to the jury is their side's case ('Closing the case for the
    Crown, X said the defendant had been warned twice'), whether or not it has an opinion's marks;
    the judge's directions are not."""
    if claim.speaker.kind != "person" or _JURY_DIRECTION.match(claim.claim) or len(claim.claim.split()) < 5:
        return False
    p = cast.person(claim.speaker.name)
    judge = _JUDGE_WORD.search(f"{lead} {p.role if p else ''}")
    return bool(not judge and (_CASE_LEAD.search(lead) or _TO_JURY.match(verb)))


def _claim_is_position(claim: Claim, verb: str) -> bool:
    """Reported speech that argues or judges, not a ruling, a count or a story of the past."""
    if _NOT_POSITION_VERBS.match(verb):
        return False
    if _WOULD_ATTEND.match(claim.claim):
        return False  # "she would meet the minister next week": a date in a diary, not a position
    if _JURY_DIRECTION.match(claim.claim):
        return False  # "the judge told the jurors they must reach their verdict on …": how a trial runs, no side's
    if _NOTICE.search(claim.claim) and not _INSISTING.search(claim.claim):
        return False  # "the club said seats for the replay would go on sale": a notice, not a side's position
    if _NOT_BEFORE_DATE.search(claim.claim) and not _STANCE_WORD.search(claim.claim):
        return False  # "its review would not be finished before June", "no date had been set": a timetable
    if (_BELIEF_VERB.match(verb) or _BELIEF_LEAD.match(claim.claim)) and (_HEDGED.search(claim.claim) or
                                                                          _FORECAST.search(claim.claim)):
        return False  # "X thinks the club's chances are slim", "said she believed a deal was within reach": a forecast
    if _ARGUING.match(verb):
        return True
    if claim.speaker.kind != "person" and _PLEDGE.match(claim.claim):
        return True  # "the drivers' union says it will ballot its members on strikes": what the side will do to win
    if _FINDING.search(claim.claim):
        return False  # "a study completed last month found the trucks would add 40 seconds": a count, not a view
    if _THE_PLAN_WOULD.match(claim.claim) and len(claim.claim.split()) <= 16:
        return True  # 'the plan was "dead in the water"': a verdict on it, in the speaker's own words
    # "warned that 40,000 staff could face furloughs if no budget is passed": a mark only inside the condition is a
    # forecast of what may happen, not what anyone wants
    main = _IF_OR_UNLESS.split(claim.claim, maxsplit=1)[0]
    if _COULD_SUFFER.search(main) and not _CLAIM_MARKS.search(main):
        return False
    return bool(_CLAIM_MARKS.search(claim.claim))


# a side's own pledge to act in the dispute: "it will ballot its members", "they will abstain", "it will fight any …"
_PLEDGE = re.compile(r"(?:it|they|we)\s+(?:will|would|is\s+going\s+to|are\s+going\s+to)\s+(?:\w+ly\s+)?(?:ballot|abstain|"
                     r"fight|oppose|resist|strike|challenge|appeal|boycott|campaign|sue|block|picket|escalate|walk\s+out|"
                     r"take\s+(?:legal|industrial|the\s+\w+\s+to\s+court)|go\s+to\s+court|withhold|occupy)\b",
                     re.IGNORECASE)


# Past tenses that do not end in -ed, for "Hundreds of fishers kept the harbour blocked …, demanding …"
_IRREGULAR_PAST = (r"(?:kept|held|took|began|brought|went|sat|stood|made|gave|left|set|ran|met|spent|put|built|drove|"
                   r"fought|won|lost|shut|stayed|camped|marched|blocked|wrote|sent)\b")


_SUBORDINATE = re.compile(r"\s*(?:while|although|though|whereas|if|when|as|because|since|unless|after|before)\b",
                          re.IGNORECASE)
_CHANT_END = re.compile(r"[,;]\s+(?:as|while|with|many|some|others|one|holding|carrying|waving)\b")
_CLEFT_HEAD = re.compile(r"\bwhat\s+((?:[\w’'-]+\s+){1,5}?)$", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"(?:our|my|we|i)\b", re.IGNORECASE)
# "a concession the trust", "A parents' group, Families First": the party in a noun phrase before a cue
_NOUN_THEN_PARTY = re.compile(r"[Aa]n?\s+[a-z-]+\s+((?:the|its|their)\s+[a-z’'-]+(?:\s+[a-z’'-]+)?)$")
_DESCRIBED_NAME = re.compile(r"(?:[Aa]n?|[Tt]he)\s+[^,]{2,40},\s+([A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|for|of|and|the|on))*)"
                             r"\s*,?$")
_RELATIVE_WOULD = re.compile(r"\b(?:in\s+which|under\s+which|where|whereby|who|which)\s+(?:[\w’'-]+\s+){0,4}"
                             r"(?:would|will)\s+$")
# a party's own people: "Its members argue …" is the party's view
_OWN_PEOPLE = {"members", "leaders", "delegates", "delegation", "negotiators", "officials", "representatives",
               "ministers", "executives", "lawyers", "directors"}
# a verb of saying inside a relative clause: "the share that it says …", "a figure which they say …"
_RELATIVE_SAYER = re.compile(r"\b(?:that|which|whom)\s+(?:it|they|he|she|we)\s+(?:also\s+)?$")
# a side that opens with an auxiliary or a conjunction is a clause, never a party ("Has", "And has warned")
_CLAUSE_SIDE = re.compile(r"^(?:has|have|had|is|are|was|were|will|would|and|but|or|also)(?:$|\s+(?-i:[a-z]))",
                          re.IGNORECASE)


# a demand that ends on a pronoun for a thing: "raising it", "scrapping them"
# Some members of a body where it sits: "through the Senate, where several senators have already said they want …"
_WHERE_SOME_SAY = re.compile(r",\s+where\s+(?:several|some|many|a\s+few|a\s+number\s+of|a\s+handful\s+of|most|dozens\s+of|"
                             r"\d+)\s+(?:[a-z-]+\s+)?[a-z]+s\s+(?:have\s+|had\s+)?(?:already\s+|also\s+|publicly\s+)?"
                             r"(?:said|say|signalled|signaled|indicated|made\s+clear)\s+(?:that\s+)?they\b")
# An act that undoes a thing, owned by a pronoun ("its withdrawal", "their repeal"), and the things a side wants undone
_ITS_UNDOING = re.compile(r"(?:its|their)\s+(withdrawal|scrapping|repeal|cancellation|suspension|abolition|reversal|"
                          r"removal|postponement|retraction|annulment)", re.IGNORECASE)
_UNDONE_THING = re.compile(r"\b(?:the|this)\s+(?:[a-z-]+\s+){0,2}?(?:reform|reforms|bill|plan|plans|law|policy|proposal|"
                           r"proposals|decision|order|ban|tax|levy|cuts|fee|fees|rule|rules|measure|measures|scheme|"
                           r"charge|charges|changes|project|regulation|regulations|decree|directive|licence|license)\b")
_END_PRONOUN = re.compile(r"((?:[a-z-]+\s+){0,2}?[a-z-]+ing)\s+(?:it|them)", re.IGNORECASE)
# the thing a clause before wants done: "wants the retirement age frozen;" -> "the retirement age"
_CLAUSE_OBJECT = re.compile(r"\b(?:wants?|demands?|calls?\s+for|opposes?|rejects?|backs?|supports?|proposes?)\s+"
                            r"(the\s+(?:[a-z-]+\s+){0,3}?[a-z-]+)(?=\s+(?:[a-z]+ed|frozen|cut|kept|set|shut)\b|"
                            r"\s*[;,])[^;]*;\s*[^;]*$")


def _joint(holder: str) -> bool:
    """'Eastland and Westland' are two parties; 'the Lowmoor and District Patients' Council' is one, named with 'and'."""
    return " and " in holder and holder.split()[-1].lower() not in ORG_WORDS


# A cue inside a relative clause on a person: "X, a baker who has spent years insisting that …"
_WHO_BEFORE_CUE = re.compile(r"\bwho\s+(?:[^\s,;:]+\s+){0,8}$")


def _other_party_subject(inner: Speaker, speaker: Speaker, cast: Cast) -> bool:
    """'The council said the union had refused to …': the reported clause has its own subject, a party described by
    its kind ('the union', 'the drivers' union') that is not the speaker's own kind, so what it refuses is its own
    position, not the speaker's. A person speaks for 'the board' they sit on unless their role names a body of
    another kind ('the council leader' said the union …). A pronoun or a person's title is left to other rules."""
    if inner.kind != "unnamed":
        return False
    words = inner.name.lower().replace("’", "'").split()
    if not words or words[0] in ("he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "our"):
        return False
    if not _GENERIC_HOLDER.match(words[-1]):
        return False
    own = speaker.name.lower().replace("’", "'").split()
    if speaker.kind == "person":
        person = cast.person(speaker.name)
        role = (person.role + " " + person.side).lower().replace("’", "'") if person is not None else ""
        bodies = {w.strip(".,'s") for w in role.split() if _GENERIC_HOLDER.match(w.strip(".,'s"))}
        if not bodies and person is not None and _OFFICE_OUTSIDE.search(person.role) and words[-1] in _NOT_OFFICES:
            return True  # "The mayor of Orrin, X, said the hauliers' association would refuse …": the association's
        return bool(bodies) and not any(_same_kind(b, words[-1]) for b in bodies)
    return not own or not _same_kind(own[-1], words[-1])


# A holder named by its relation to someone ("her opponents", "the minister's critics", "rivals"), and the body
# the words after it name ("… in the Green Party", "… from the Farmers' League").
_RELATIONAL_HOLDER = re.compile(r"((?:her|his|their|its|the\s+[\w’'-]+['’]s?|[A-Z][\w’'-]*['’]s?)\s+)?(?:own\s+)?"
                                r"(?:fiercest\s+|main\s+|political\s+|many\s+)?(?:opponents|critics|rivals|allies|"
                                r"supporters|backers|detractors|enemies|colleagues)", re.IGNORECASE)
_RELATIONAL_NP = re.compile(r"(?:the\s+)?((?:her|his|their|its|[\w’'-]+['’]s?)\s+)?(?:own\s+)?(?:fiercest\s+|main\s+|"
                            r"political\s+|many\s+)?(?:opponents|critics|rivals|allies|supporters|backers|detractors|"
                            r"enemies|colleagues)\b(.*)", re.IGNORECASE | re.DOTALL)
_PRONOUN_OWNER = re.compile(r"\b(?:her|his|their|its)\s+(?:own\s+|fiercest\s+|main\s+|political\s+)?$", re.IGNORECASE)
_RELATIVE_TO = re.compile(r"\s+(?:in|from|within|at|on)\s+(?:the\s+)?((?-i:[A-Z])[\w’'&-]*(?:\s+(?:of|and|for|"
                          r"(?-i:[A-Z])[\w’'&-]*)){0,5}(?<!\sof)(?<!\sand)(?<!\sfor))")


# Offices whose holder speaks for no association, union or company ("the mayor", "the transport minister", "an
# analyst"): what such a person says a described body will do is that body's position.
_OFFICE_OUTSIDE = re.compile(r"\b(?:mayor|ministers?|MPs?|MEPs?|councillors?|councilors?|senators?|governors?|"
                             r"congress(?:man|woman)|judges?|analysts?|economists?|professors?|lawyers?|residents?|"
                             r"commentators?|researchers?)\b", re.IGNORECASE)


# Bodies no public office speaks for (a minister speaks for "the department", a mayor for "the council").
_NOT_OFFICES = {"union", "association", "company", "firm", "club", "group", "league", "federation", "guild", "trust",
                "charity", "campaign", "co-op", "co-operative", "cooperative", "operator", "developer", "retailer",
                "airline", "chain", "bank", "lender", "insurer", "bidder", "buyer", "carrier", "processor", "chamber"}


# Words a story uses for one body in turn ("the council … the authority", "the company … the firm")
_ONE_BODY = ({"council", "authority", "administration"}, {"government", "administration", "executive"},
             {"company", "firm", "group", "business"})


def _same_kind(a: str, b: str) -> bool:
    return a == b or any(a in words and b in words for words in _ONE_BODY)


def _own_noun(name: str) -> str:
    """'Its delegation' and 'delegation' are one noun of a party's own people."""
    return re.sub(r"^(?:its|their)\s+", "", name.lower())


_IT_SAID = re.compile(r"\W*It\s+(?:(?:has|had|also|now|then|later)\s+)*")
_SAYING_TAIL = re.compile(r",\s*(?:saying|adding|arguing|insisting|claiming)\b")
_TO_AFTER = re.compile(r"\s*to\s")
_WRITTEN_TO = re.compile(r"\b(?:to|with|on)\s+(the\s+[a-z]+|(?:the\s+)?(?:[A-Z][\w’'-]*\s?){1,4})\s*,?\s*(?:[a-z]+ing\s+)?$")
_ED_WORD = re.compile(r"\b[a-z]+ed\b")
# a demand that opens with a pronoun for a thing or a party: "it unanimously", "that, saying …", "it to delay …"
_PRONOUN_OBJECT = re.compile(r"(?:it|that|this|them)\b(?=\s*(?:,|$|\w+ly\b|as\b|to\s+[a-z]+\b|on\b|in\b|at\b|outright\b))",
                             re.IGNORECASE)
_THING = re.compile(r"\b(?:the|its|their|his|her|this|that|(?-i:[A-Z])[\w’'-]*['’]s?)\s+(?:[\w$%.,-]+\s+){0,3}?"
                    r"(offer|bid|plan|proposal|claim|complaint|demand|deal|idea|suggestion|request|accusation|increase|"
                    r"rise|budget|scheme|motion|ruling|decision|order|charge|approach|call|concession|cut|hike)s?\b",
                    re.IGNORECASE)
# what a verb of the sentence before made: "complained that …" is then "the complaint"
_MADE_BY_VERB = {"complained": "complaint", "claimed": "claim", "accused": "accusation", "suggested": "suggestion",
                 "proposed": "proposal", "offered": "offer", "alleged": "allegation", "demanded": "demand"}


def _pronoun_object(demand: str, before: str, previous: str) -> str:
    """The demand with its opening pronoun replaced by what it stands for: the party a side was written to
    ("wrote to the club urging it to delay" -> "the club to delay"), else the thing last named in the sentence or
    the one before ("rejected it" -> "the offer"; "complained that …. X rejects that" -> "the complaint");
    unchanged when none is found."""
    pron = _PRONOUN_OBJECT.match(demand)
    rest = _SAYING_TAIL.split(demand[pron.end():])[0]
    if _TO_AFTER.match(rest):
        party = _WRITTEN_TO.search(before)
        return f"{party.group(1).strip()}{rest}" if party else demand
    for text in (before, previous):
        things = list(_THING.finditer(text))
        if things:
            return f"the {things[-1].group(1).lower()}{rest}"
        made = [w for w in _ED_WORD.findall(text) if w in _MADE_BY_VERB]
        if made:
            return f"the {_MADE_BY_VERB[made[-1]]}{rest}"
    return demand


# "…, a concession the trust ": a noun and the party whose verb follows (its object is the noun)
_REDUCED_RELATIVE = re.compile(r",\s+an?\s+([a-z-]+)\s+(?:the|its|their)\s+[a-z’'-]+(?:\s+[a-z’'-]+)?\s+$")
# bodies whose vote is a decision, not a demand
_BY_VOTES = re.compile(r"\bby\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:votes\s+)?"
                       r"(?:to|-|–)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
                       re.IGNORECASE)
_GOVERNING = re.compile(r"(?:council|councillors|councilors|board|trustees|parliament|MPs|senate|senators|assembly|"
                        r"committee|cabinet|lawmakers|legislators|legislature|court|judges|commission|directors|"
                        r"congress|house)", re.IGNORECASE)
# after "what X wants": "most is", ", Okoro said, is", "is simple:", then the thing wanted (not "is not extravagant")
_CLEFT_TAIL = re.compile(r"(?:\s*(?:most|above\s+all|first|more\s+than\s+anything))?(?:\s*,[^,]{2,60},)?\s*"
                         r"(?:is|are|was|were)\s+(?:(?:simple|clear|straightforward|this)\s*[:,]\s*)?"
                         r"(?=(?:a|an|the|to|for|more|that|some|its|their|his|her|our|\d)\b|[$£€])", re.IGNORECASE)
_VAGUE = re.compile(r"^(?:(?:one|two|three|a\s+few|several)\s+things?|something|this|the\s+following)\b",
                    re.IGNORECASE)
_GENERIC_HOLDER = re.compile(r"^(?:the\s+|their\s+|its\s+)?(firm|company|agency|union|club|group|organisation|"
                             r"organization|"
                             r"government|administration|ministry|department|council|board|party|campaign|"
                             r"association|league|authority|bank|corporation|coalition|alliance|trust|guild|"
                             r"federation|operator|developer|bidder|buyer|lender|regulator|insurer|university|college|"
                             r"polytechnic|school|hospital|institute|commission|watchdog|charity|airline|retailer|branch|chain|chamber|"
                             r"forum|committee|co-op|co-operative|cooperative|platform|app|inspectorate|carrier|"
                             r"processor|fund)$",
                             re.IGNORECASE)


def _earlier_party(article: Article, cast: Cast, out: list[Position], noun: str, before: int,
                   masked: str = "") -> Speaker | None:
    """'The firm', 'the agency': the organisation the article was last talking about.

    Students must see the party, not 'Firm'. A name ending in the same noun is safest ('the union' is the
    'Harbour Workers Union'), then a side described with that noun ('the hospital trust', 'a group of
    pilots'); for words that only ever mean an organisation ('firm', 'group') the last named
    organisation that held a position, or opened a sentence, is next. 'The council' or 'the
    government' is never guessed: a wrong party is worse than a plain one."""
    index = cast.derived("earlier_party", lambda: _OrgIndex(cast, article))
    if noun.lower() in _OWN_BODIES:
        # "The branch says …" after "the Dunmore Lecturers Union's local branch": the union it belongs to
        owners = re.findall(r"(?:\b[Tt]he\s+)?((?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)*|[a-z]+)['’]s?\s+"
                            r"(?:[a-z]+\s+)?" + re.escape(noun.lower()) + r"\b", article.body[:before])
        if owners and owners[-1][:1].isupper():
            return Speaker(owners[-1], "organisation")
        if owners and owners[-1].lower() not in _OWN_BODIES:
            return _earlier_party(article, cast, out, owners[-1], before, masked)
    same = index.last_ending(noun, before)
    if same is None and noun.lower().endswith("or") and len(noun) >= 7:
        same = index.last_with_stem(noun.lower()[:-2], before)  # "the regulator": the "… Regulation Office"
    if same is not None:
        return Speaker(same.text, "organisation")
    for p in reversed(out):
        party = p.side.split(" (")[0]
        if party.lower().endswith(" " + noun.lower()) or party.lower().startswith(noun.lower() + " "):
            return Speaker(party, "unnamed")  # "the hospital trust … The trust rejected …"
    if noun.lower() in _SHOP_WORDS:
        # "Harlow's, the country's second-largest grocer, …. the retailer offered …": one shop, whatever it is called
        shops = _SHOP_SET_OFF.findall(article.body[:before])
        if shops and not _PLAIN_OPENER.fullmatch(shops[-1]):
            return Speaker(shops[-1], "organisation")
    apposed = _apposed_as(article.body, noun, before)
    if apposed:
        return Speaker(apposed, "organisation")  # "Hauliers United, a group formed in May …. The group's …"
    if noun.lower() == "club":
        # "the club" is the name with a club's word ("Brackwater City", "Kellford Rovers"), not the stand or the
        # ground last named ("the Eastbank stand", "Calloway Park")
        named = _kind_named(index, out, "club", before)
        if named:
            return Speaker(named, "organisation")
    if noun.lower() in ("firm", "company", "agency", "group", "organisation", "organization", "corporation",
                        "club"):
        org_names = index.org_names
        for p in reversed(out):
            party = p.side.split(" (")[0]
            if p.start >= before - 1500 and party in org_names and not _other_kind(party, noun, article.body):
                return Speaker(party, "organisation")
        if noun.lower() == "club":
            # "Harriers chairman X called on …. The club will offer …": the club its people speak for
            for p in reversed(out):
                party = p.side.split(" (")[0]
                if p.start >= before - 1500 and " (" in p.side and not cast.person(party) and \
                        not _other_kind(party, noun, article.body):
                    return Speaker(party, "organisation")
        near = [m for m in index.between(before - 400, before) if not _other_kind(m.text, noun, article.body)
                and not index.common_opener(m, article.body)
                and "_" not in masked[m.start:m.end] and not (
            " " not in m.text and re.search(r"\b" + re.escape(m.text.lower()) + r"\b", article.body))]
        # (a single capitalised word the article also writes in lower case is a word, not a name: "Mediation …")
        starts = index.sentence_starts
        subjects = [m for m in near if m.start in starts]  # a name that opens a sentence is what it is about
        if subjects or near:
            return Speaker((subjects or near)[-1].text, "organisation")
    named = _kind_named(index, out, noun, before)
    return Speaker(named, "organisation") if named else None


def _apposed_as(body: str, noun: str, before: int) -> str:
    """The last name the article set off as "X, a <noun> …" in the 1,500 characters before `before`, or ""."""
    if noun.lower() in ("council", "government", "court"):
        return ""
    last = ""
    for m in _APPOSED_KIND.finditer(body, max(0, before - 1500), before):
        if noun.lower() in m.group(2).lower().split():
            last = m.group(1)
    return "" if _PLAIN_OPENER.match(last) else last


def _kind_named(index: "_OrgIndex", out: list[Position], noun: str, before: int) -> str:
    """"The union" is the "Transit Drivers Guild", "the company" is "Brindle Foods Ltd": a name holding a word
    of that kind, the last one named before, else the first one named after ("their union announced …")."""
    kind = _KIND_WORDS.get(noun.lower())
    if not kind:
        return ""
    named = dict(index.first_named)
    for p in out:
        named.setdefault(p.side.split(" (")[0], p.start)
    first = noun.lower() in ("regulator", "watchdog")  # "Office for Digital Competition"
    fits = sorted((at, name) for name, at in named.items() if " " in name and any(
        w.lower().strip(".,’'") in kind and w[:1].isupper() for w in name.split()[0 if first else 1:])
        and not (noun.lower() == "club" and (_other_kind(name, noun) or not name.split()[-1][:1].isupper() or _PUBLIC_BODY_WORD.search(name))))
    earlier = [name for at, name in fits if at < before]
    later = [name for at, name in fits if at >= before]
    if noun.lower() == "club" and len(earlier) > 1:
        # "Brackwater City fans will walk out of the game against Dunmere Athletic … The club insists …": the club
        # the story is about, named most often so far, not the opponent named last
        said = index.body[:before]
        return max(earlier, key=lambda name: said.count(name))  # (a tie: the first named)
    if earlier or later:
        return (earlier or later)[-1 if earlier else 0]
    return ""


_NAMED_NOUN = re.compile(r"\bthe\s+(company|firm|airline|carrier|union|club|regulator|watchdog|university|agency)"
                         r"(['’]s)?\b")


def name_the(text: str, article: Article, cast: Cast, positions: list[Position], at: int, holder: str) -> str:
    """'orders the company to allow …' as a question says which company: 'orders Lumora Technologies to allow …'.
    Only another party than the holder, found as `_earlier_party` finds who 'the company' is."""
    before = [q for q in positions if q.start < at]

    def named(m: re.Match) -> str:
        noun = m.group(1)
        # the last other side that held a position and can be called this: "the company" is never the regulator
        sides = [q.side.split(" (")[0] for q in reversed(before)]
        def fits(x: str) -> bool:
            if noun in ("company", "firm"):
                return not _other_kind(x, noun, article.body)
            if noun in _KIND_WORDS:
                head = _kinds(x.split()[-1])  # "the club" is never "… Rovers Supporters' Trust", a trust
                return any(w.lower().strip(".,’'") in _KIND_WORDS[noun] for w in x.split()) and (
                    not head or noun in head)
            return x.lower().endswith(" " + noun)  # "the university" is "Lakeshore University"
        name = next((x for x in sides if x != holder and not cast.person(x) and " " in x and fits(x)), "")
        if not name:
            sp = _earlier_party(article, cast, before, noun, at)
            name = party_name(sp.name) if sp is not None else ""
        if not name or name == holder or not (" " in name or name.isupper()):
            return m.group()
        # "urges the board and the union to …": "the Allied Nurses Union" keeps its "the" ("Lumora Technologies"
        # takes none)
        name = subject_of(name)
        return name + (m.group(2) or "")
    return _NAMED_NOUN.sub(named, text) if "the " in text else text


def _named_at(sent: Sentence, phrase: str) -> int:
    """Where a generic holder ('the company') stands in its sentence, so that a party named earlier in the same
    sentence counts as earlier ('riders for the app Dashly will strike after the company refused …')."""
    at = _word_at(phrase.strip(), sent.text)
    return sent.start + at if at is not None else sent.start


class _OrgIndex:
    """What `_earlier_party` reads about the cast, built once per article instead of once per 'the firm':
    the organisation-like mentions in text order (by the last word of their name too), the names of
    organisations, where each name first stands, and where the sentences start."""

    def __init__(self, cast: Cast, article: Article) -> None:
        self.orgs = [m for m in cast.mentions if m.kind in ("org", "unknown") and m.text.lower() not in DEMONYMS
                     and m.text.split()[0].lower() not in NOT_NAMES]
        self.starts = [m.start for m in self.orgs]
        self.by_last: dict[str, list[Mention]] = {}
        for m in self.orgs:
            if " " in m.text:
                self.by_last.setdefault(m.text.lower().rsplit(" ", 1)[1], []).append(m)
        self.org_names = {m.text for m in cast.mentions if m.kind == "org"}
        self.first_named: dict[str, int] = {}
        for m in cast.mentions:
            if m.kind != "place" and m.text not in self.first_named and m.text.split()[0].lower() not in NOT_NAMES:
                self.first_named[m.text] = m.start
        self.sentence_starts = {s.start for s in article.sentences}
        self.body = article.body
        # capitalised words the article also uses mid-sentence: names, not sentence openers ("Delivery riders …")
        self.mid_names = frozenset(m.group(1) for m in _NAME_AFTER_LOWER.finditer(article.body))

    def last_ending(self, noun: str, before: int) -> Mention | None:
        """The last organisation-like mention ending by `before` whose name ends in the word `noun`."""
        named = self.by_last.get(noun.lower(), [])
        k = bisect.bisect_left(named, before, key=lambda m: m.start) - 1
        while k >= 0 and named[k].end > before:
            k -= 1
        return named[k] if k >= 0 else None

    def last_with_stem(self, stem: str, before: int) -> Mention | None:
        """The last organisation-like mention ending by `before` with a word that grows from `stem` ('regulat':
        'Regulation', 'Regulatory'), in a name of two words or more."""
        lo = bisect.bisect_left(self.starts, before)
        for m in reversed(self.orgs[:lo]):
            if m.end <= before and " " in m.text and any(
                    w.lower().startswith(stem) and len(w) >= len(stem) + 2 for w in m.text.split()):
                return m
        return None

    def common_opener(self, m: Mention, body: str) -> bool:
        """'Delivery riders …', 'Packers at …': a capitalised word that only ever opens a sentence, followed by an
        ordinary word, is no name ('Wanderers chairman Hal Pike' is: a title follows it)."""
        after = _NEXT_LOWER_WORD.match(body[m.end:m.end + 40])
        return " " not in m.text and m.start in self.sentence_starts and m.text not in self.mid_names and \
            bool(after) and after.group(1) not in TITLE_WORDS

    def between(self, start: int, before: int) -> list[Mention]:
        """Organisation-like mentions that start at or after `start` and end by `before`, in text order."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, before, lo)
        return [m for m in self.orgs[lo:hi] if m.end <= before]


_PUBLIC_BODY = re.compile(r"\b(?:Council|Ministry|Department|Government|Parliament|Assembly|Cabinet|Senate)\b")
_CAMPAIGN_GROUP = re.compile(
    r"\b(?:campaign|pressure|action|protest|residents['’]?|community|lobby)\s+group,?\s+(?:the\s+)?"
    r"((?-i:[A-Z])[\w’'&-]*(?:\s+(?-i:[A-Z])[\w’'&-]*){0,5})|"
    r"((?-i:[A-Z])[\w’'&-]*(?:\s+(?-i:[A-Z])[\w’'&-]*){0,5}),\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,2}?(?:campaign|"
    r"pressure|action|protest|lobby)\s+group\b", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _campaign_groups(text: str) -> frozenset[str]:
    """The names an article describes as a campaign or pressure group, read once per article."""
    return frozenset(a or b for a, b in _CAMPAIGN_GROUP.findall(text))


def _other_kind(name: str, noun: str, text: str = "") -> bool:
    """'The company' is never the 'Packers Guild': the name holds a word of another kind of organisation; an
    abbreviation is judged by the name it stands for ('the Allied Mineworkers' Union (AMU)' makes 'AMU' a union)."""
    if text and name.isupper():
        full = re.search(r"((?:[A-Z][\w’'&-]*\s+){1,6})\(" + re.escape(name) + r"\)", text)
        if full:
            name = full.group(1).strip()
    if noun.lower() in ("firm", "company", "bidder", "corporation") and (
            text and name in _campaign_groups(text) or _PUBLIC_BODY.search(name)):
        # "Campaign group Save Gorse Hill …. the firm": a campaign is never "the firm", nor is "Redmarsh District
        # Council" or a ministry
        return True
    words = {w.lower().strip(".,’'") for w in name.split()[1:] or name.split() if w[:1].isupper()}
    words.add(name.split()[-1].lower().strip(".,’'"))  # "Tenants' union": its head word, capitalised or not
    return any(words & kind for other, kind in _KIND_WORDS.items()
               if other != noun.lower() and not (kind & _KIND_WORDS.get(noun.lower(), set())))


def _kinds(name: str) -> set[str]:
    """The kinds of body whose words a name holds after its first word ("Brackwater City": club; "… Supporters'
    Trust": trust)."""
    words = {w.lower().strip("’'.,") for w in name.split()[1:] if w[:1].isupper()} if " " in name.strip() else {
        name.strip().lower().strip("’'.,")}
    return {kind for kind, kw in _KIND_WORDS.items() if words & kw}


# Words in a name that make it an organisation of a kind: what "the union" or "the company" can stand for.
_KIND_WORDS = {
    # (a professional "association" of doctors or teachers is their union: "the Hospital Doctors Association")
    "union": {"union", "guild", "federation", "brotherhood", "confederation", "syndicate", "workers", "teamsters",
              "association"},
    "company": {"ltd", "plc", "inc", "corp", "corporation", "company", "co", "limited", "llc", "holdings", "group"},
    "firm": {"ltd", "plc", "inc", "corp", "corporation", "company", "co", "limited", "llc", "holdings", "group",
             "partners", "associates", "llp"},
    # "the bidder" is the buyer named with a firm's word ("Castlemont Partners"), never the company it bids for
    "bidder": {"ltd", "plc", "inc", "corp", "corporation", "company", "co", "limited", "llc", "holdings", "group",
               "partners", "associates", "llp", "capital", "equity", "investments", "ventures"},
    # "the club" is never the "Supporters' Trust"
    "trust": {"trust", "foundation", "charity"},
    # a football club's name: "Brackwater City", "Kellford Rovers", "Dunmere Athletic" (not "City Council": above)
    "club": {"city", "united", "rovers", "athletic", "town", "albion", "wanderers", "county", "fc", "club", "rangers",
             "harriers", "villa", "hotspur", "orient", "argyle", "wednesday", "athletico", "sporting", "dynamo"},
    "agency": {"agency", "authority", "transit", "commission", "service", "board", "office"},
    # "the regulator", "the watchdog": an office, authority or commission, whose kind word may come first
    "regulator": {"office", "authority", "commission", "regulator", "ombudsman", "inspectorate", "watchdog"},
    "watchdog": {"office", "authority", "commission", "regulator", "ombudsman", "inspectorate", "watchdog"},
}


_SAID_AFTER = re.compile(r",[\"”’]?\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|he|she)\s+"
                         r"(?:said|says|added|argued|insisted)\b")


# A demand that points back into the article ("in that direction", "the same") says nothing on its own:
# a question built on it cannot be understood, and annotators do not count it as a position.
_DEICTIC = re.compile(r"\b(?:that|this|these|those)\s+(?:direction|way|approach|idea|move|one|ones)\b|"
                      r"\bthe\s+same(?=\s+(?:with|for|as|in|on|at|to|again)\b|\s*$)|^(?:it|this|that|so|them)$|"
                      r"^to\s+go\s+(?:further|even\s+further|a\s+step\s+further)$",
                      re.IGNORECASE)


def _claim_demand(claim: str, verb: str) -> str:
    """What was said, as a clause: no 'last week that', no '… nurses who filled the hall that'."""
    if verb.startswith("told") and " that " in claim:
        claim = claim.split(" that ", 1)[1]
    claim = _ADVERB_THAT.sub("", claim)
    claim = _LEADING_TIME_THAT.sub("", claim)
    claim = _LEADING_PLACE_THAT.sub("", claim)
    claim = _LEADING_OCCASION_THAT.sub("", claim)  # "said after the meeting that the company would …"
    return _clean_demand(_demand_text(claim + ".", 0))


_COORDINATED = re.compile(r"^((?:[\w’'-]+\s+){1,5}?)(?:[a-z]{3,}ed|" + _IRREGULAR_PAST + r")\b.*\s(?:but|and)$")
_AUX_WORDS = {"has", "have", "had", "is", "are", "was", "were", "will", "would", "also", "has also", "had also"}


_PLURAL_VERB = re.compile(r"[a-z]+s\b")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_RETIRED = re.compile(r"\b(?:former|retired|ex-)", re.IGNORECASE)
_HOW_FAR = re.compile(r"\bhow\s+(?:far|firmly|much|hard|seriously|quickly|strongly|willing|ready|prepared|determined|"
                      r"committed|keen)\s+(?:[\w.’'-]+\s+){0,6}$", re.IGNORECASE)
_AUX_ONLY = re.compile(r"\s*(?:(?:is|are|was|were|has|have|had|will|would|now|also|still|far|much|more|already)\s+)*")
_SET_OFF_NAME = re.compile(r"\s*(?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|for|and))*,\s*")
_OF_PLACE = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$")
_KNOWN_AS = re.compile(r"\W*[Tt]he\s+[a-z]+(?:\s+[a-z]+)?,\s+(?:widely\s+|better\s+)?known\s+(?:by\s+its\s+initials\s+|as\s+)"
                       r"(?:the\s+)?([A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,4}),\s*(?:(?:has|have|had|also)\s+)*$")
# "Under the IVF's proposal, a panel … would decide …": what the owner of the proposal proposes
_UNDER_PROPOSAL = re.compile(r"\W*Under\s+(?:the\s+)?(?P<who>[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,4})['’]s?\s+"
                             r"(?:new\s+|latest\s+|revised\s+|own\s+)?(?P<what>proposal|plan|offer|scheme|draft|bill)s?,\s+")
# "Mobile operators want …": a bare surname before a plural noun is a word of the noun phrase, not that person
_SURNAME_AS_MODIFIER = re.compile(r"\s+[a-z]+s\s*$")
_HEADED_GOVERNMENT = re.compile(r"(?:the\s+)?government\s+of\s+(?:prime\s+minister|president|premier|chancellor)\s",
                                re.IGNORECASE)
# a clause with no subject: "would not be needed" after "hoped that"
_SUBJECTLESS = re.compile(r"(?:would|will|could|should|might|may|can|is|was|were|are|has|had|have)\b")
_GROUP_AFTER = re.compile(r"\s+(?:group|campaign|coalition|alliance|network|movement|collective|action\s+group|committee|"
                          r"society)\b")
_NOUN_PLURAL_CUE = re.compile(r"(?:plan|demand|call|offer|proposal|bid|threat|push|request)s")
_PREPOSITION_BEFORE = re.compile(r"\b(?:against|over|about|on|with|of|for|under|despite|amid|behind|into|from|to|by)\s+$",
                                 re.IGNORECASE)
_POSSESSIVE_END = re.compile(r"['’]s?$")
# "Hauliers United, a group formed in May": a name, then up to four words of what it is
_APPOSED_KIND = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}),\s+(?:a|an)\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)"
                           r"(?!['’\w])")
_PLAIN_OPENER = re.compile(r"(?:The|A|An|It|Its|This|That)\b")
_ADVERB_THAT = re.compile(r"^(?:publicly|privately|repeatedly|previously|already|again|recently)\s+that\s+")
_COMMA_END = re.compile(r",\s*$")
# ", like the chamber," / ", just like X," set off between a subject and its verb
_LIKE_ASIDE = re.compile(r",\s*(?:just\s+|much\s+)?like\s+(?P<who>[^,]{2,60}),\s*")
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which)\b")
_AUX_GAP = re.compile(r",?\s*(?:(?:has|had|have|also|now|then|later)\s+)*")
_LIST_TAIL = re.compile(r"[;,.]?\s*(?:and|or)?\s*$")


def _named_group(name: str, body: str) -> bool:
    """'The 200-strong Save Linden Vale group': a name the article writes before a group's word is that group's,
    even when its shape (three capitalised words) looks like a person's."""
    i = body.find(name) if name else -1
    while i >= 0:
        if _GROUP_AFTER.match(body, i + len(name)):
            return True
        i = body.find(name, i + 1)
    return False


# A list's item: "- a rebate on fuel duty;", "• no fines at the border", "* …"
_BULLET = re.compile(r"\s*(?:[-–—•·*▪]|\d{1,2}[.)])\s+(?=\S)")
# What introduces a list of one side's demands: "The group's demands include:", "The union is calling for:"
_LIST_INTRO = re.compile(
    r"^\W*(?P<who>.+?)\s+(?:(?:main|key|core|chief|other|full|list\s+of|five|four|three|six|seven)\s+)*"
    r"(?P<cue>demands|conditions|calls|requests|proposals|offer|is\s+calling\s+for|are\s+calling\s+for|wants?|"
    r"(?:is|are)\s+demanding|(?:is|are)\s+asking\s+for|(?:has|have)\s+(?:offered|proposed)|(?:is|are)\s+seeking|"
    r"(?:is|are)\s+proposing)(?:\s+(?:include|included|includes|are|were|is|was))?(?:\s+(?:the\s+following|these))?"
    r"\s*:\s*$", re.IGNORECASE)
_LIST_STANCE = {"offer": "offers", "proposals": "proposes"}
# "The statement made four points:", "Its letter set out three demands:": a list whose author said it the sentence before
_STATEMENT_INTRO = re.compile(r"^\W*(?:The|Its|Their|That|This)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|submission|"
                              r"response|reply)\s+(?:made|set\s+out|listed|included|makes|sets\s+out|lists|said)\s*"
                              r"(?:(?:four|three|five|six|seven|two|several|the\s+following)\s+)?"
                              r"(?:points|demands|conditions|things|proposals)?\s*:\s*$", re.IGNORECASE)


def _list_holder(article: Article, cast: Cast, att, out: list["Position"], sent: Sentence, intro: re.Match,
                 context: Speaker | None) -> tuple[Speaker, str] | None:
    """Who holds the demands a list sets out, and the stance: "The group's demands include:" is the group's (the
    party the article called the group), "Its conditions are:" the party of the sentence before."""
    who = _POSSESSIVE_END.sub("", intro.group("who").strip())
    cue = intro.group("cue").lower().split()[-1]
    stance = _LIST_STANCE.get(cue, "offers" if cue in ("offered",) else "proposes" if cue in ("proposed", "proposing")
                              else "demands")
    if who.lower() in ("its", "their", "his", "her"):
        if not out or out[-1].start < sent.start - 800:
            return None
        party = out[-1].side.split(" (")[0]
        return Speaker(party, "person" if cast.person(party) else "organisation"), stance
    a = sent.start + intro.start("who")
    holder = _np_holder(article, cast, att, a, a + len(who), context)
    return (holder, stance) if holder is not None else None


# "In a statement on Wednesday, it said …", "It also said …": the pronoun is the whole subject of the verb of saying
_IT_SAYS = re.compile(r"(?:^|,\s+)[Ii]t(?:\s+(?:also|then|later|further|has|had|again))*\s*$")


def _it_said(article: Article, cast: Cast, claim: Claim, lead: str, sent_start: int) -> Speaker | None:
    """'It said …' speaks for the organisation the sentence before was about, never for one the story names only
    later: a pronoun points back ("The ministry ruled out payments. In a statement, it said …" is the ministry's,
    not the supermarket's named two paragraphs on)."""
    if claim.speaker.kind not in ("organisation", "unnamed") or not _IT_SAYS.search(lead.rstrip()):
        return None
    name = _LEADING_THE.sub("", claim.speaker.name).lower()
    if not name or name in article.body[:sent_start].lower():
        return None  # the speaker was named before: the attribution may be right
    prev = article.sentence_at(sent_start - 2) if sent_start >= 2 else None
    if prev is None:
        return None
    orgs = [m for m in cast.mentions_in(prev.start, prev.end) if m.kind in ("org", "unknown") and not m.possessive
            and m.text.lower() not in DEMONYMS and not _CURRENCY.match(m.text)]
    return Speaker(orgs[0].text, "organisation") if orgs else None


def _claim_subject(article: Article, cast: Cast, att, claim: Claim, sent_start: int,
                   context: Speaker | None) -> Speaker:
    """'Stenmark, which owns 6% of Halberd, said …': the subject before the relative clause speaks, never a name
    inside the clause."""
    lead = att.masked[sent_start:claim.verb_at]
    earlier = _it_said(article, cast, claim, lead, sent_start)
    if earlier is not None:
        return earlier
    if claim.speaker.kind == "person":
        named = [m for m in cast.mentions_in(sent_start, claim.verb_at) if m.kind == "person" and not m.possessive]
        cuts = [x.end() for x in _CLAUSE.finditer(lead)]
        opening = cuts and _OPENING_PHRASE.match(lead)
        plain = not cuts and _PLAIN_LEAD.fullmatch(lead)
        if plain and any(w.lower() in TITLE_WORDS or w.lower() in _STAFF_WORDS for w in lead.split()):
            plain = None  # "The council chair said …": a title the named speaker may hold
        if (opening or plain) and not any(m.person == claim.speaker.name for m in named):
            # "In its response, the Department of Health said …", "The branch says …": the subject that speaks,
            # not a person the sentence never names
            sp = _np_holder(article, cast, att, sent_start + (cuts[-1] if cuts else 0), claim.verb_at, None)
            if sp is None and plain:
                sp = Speaker(_AUX_TAIL.sub("", lead.strip(" \n")),
                             "unnamed")
            if sp is not None and (sp.kind == "organisation" or sp.kind == "unnamed" and sp.name[:1].isupper()) \
                    and not (plain and cast.person(sp.name)):
                return Speaker(sp.name, "organisation" if opening else sp.kind)
        if named and named[-1].person != claim.speaker.name and _COMMA_END.search(article.body, 0, named[-1].start) \
                and not _RELATIVE_WORD.search(lead) and _AUX_GAP.fullmatch(article.body, named[-1].end, claim.verb_at):
            # "The director of the Harbour Gallery, Lotte Vance, said …": the name beside the verb speaks, not
            # someone else the article called "the director" earlier
            return Speaker(named[-1].person, "person")
    known = _KNOWN_AS.match(lead)
    if known:
        return Speaker(known.group(1), "organisation")  # "The regulator, known by its initials OTRA, has said …"
    # "The regulator, known by its initials, has said …": an auxiliary is no one; the subject before the aside is
    aux_only = claim.speaker.name.lower() in _AUX_WORDS
    coordinated = _COORDINATED.match(claim.speaker.name)
    if coordinated and claim.speaker.kind == "unnamed":
        # "The union welcomed the offer but said …": the subject of both verbs, not the first verb's clause
        sp = _np_holder(article, cast, att, sent_start, sent_start + len(coordinated.group(1)) + (
            len(lead) - len(lead.lstrip())), context)
        return sp if sp is not None else claim.speaker
    if not aux_only and not _ASIDE_BEFORE_VERB.search(lead):
        return claim.speaker
    sp = _np_holder(article, cast, att, sent_start, claim.verb_at, context)
    return sp if sp is not None else claim.speaker


def _they(sp: Speaker, out: list[Position], at: int, cast: Cast) -> Speaker:
    """'They said …' right after a party's position: that party."""
    if sp.name.lower() in ("they", "we") and out and out[-1].start >= at - 600:
        name = out[-1].holder
        kind = "person" if cast.person(name) else "joint" if " and " in name else "organisation"
        return Speaker(name, kind)
    return sp


# "They want …", "They are demanding …": a pronoun subject, perhaps with an auxiliary or an adverb
_THEY = re.compile(r"\W*they(?:\s+(?:are|were|have|had|will|would|also|now|still|all|both|too|then|later|"
                   r"instead|already|repeatedly|have\s+long|had\s+long))*\s*", re.IGNORECASE)
_THEY_ALONE = re.compile(r"\W*(?:(?:however|but|and|still|yet|so|instead|meanwhile),?\s+)?they\s*", re.IGNORECASE)
# "they said they …", "they say they are …": the same "they" reporting its own position
_THEY_SAID = re.compile(r"\W*they\s+(?:have\s+|had\s+)?(?:said|say|says|told\s+\w+|insisted|added)\s+(?:that\s+)?"
                        r"they(?:\s+(?:are|were|will|would|also|now|still))*\s*", re.IGNORECASE)
# Where a sentence's subject ends: its first finite verb
# the subject a sentence opens on, a number's commas included ("The 60,000-member … association sided …")
_PREV_SUBJECT = re.compile(r"\W*((?:[\w’'&.,-]+\s+){1,16}?)(?=[a-z]{3,}ed\b|" + _IRREGULAR_PAST +
                           r"|(?:is|are|was|were|have|has|had|will|would|can|could|say|says|said|want|wants)\b)")
_FIRST_VERB = re.compile(r"\W*((?:[\w’'&.-]+\s+){1,6}?)(?=[a-z]{3,}ed\b|" + _IRREGULAR_PAST +
                         r"|(?:is|are|was|were|have|has|had|will|would|can|could|say|says|said|want|wants)\b)")


# A sentence whose subject is "they" again ("However, they said …", "They appear intent on …")
_THEY_OPENS = re.compile(r"\W*(?:(?:however|but|and|still|yet|so|instead|meanwhile),?\s+)?they\b", re.IGNORECASE)
# A longer subject than _FIRST_VERB reads: "Gov. Ana Lutz and leaders of the Senate have avoided …"
_LONG_SUBJECT = re.compile(r"\W*((?:[\w’'&.-]+\s+){1,12}?)(?=[a-z]{3,}ed\b|" + _IRREGULAR_PAST +
                           r"|(?:is|are|was|were|have|has|had|will|would|can|could|say|says|said|want|wants|seem|"
                           r"seems|appear|appears)\b)")


def _they_antecedent(article: Article, cast: Cast, att, claim: Claim | None, si: int, at: int) -> Speaker | None:
    """Who 'they' means as the subject of a position: the party the sentence's own attribution names ('They
    want a 9% rise, the union said'), else the subject of the sentence before ('Parents met council officials.
    They are demanding …'), when that is a party or a group and not a single person. None when neither says:
    the speaker of the last quotation is no better guess than the party named as an object."""
    if claim is not None and claim.verb_at > at and claim.speaker.kind in ("organisation", "unnamed", "joint") \
            and claim.speaker.name.lower() not in ("they", "we"):
        return claim.speaker
    for _ in range(3):  # "X and Y have avoided … They seem intent on … However, they said they …": back to X and Y
        if si == 0:
            return None
        prev = article.sentences[si - 1]
        if prev.furniture or "\n" in article.body[prev.end:at - 1 if at > prev.end else prev.end].strip(" "):
            return None  # a new paragraph: the sentence before is no antecedent
        if _THEY_OPENS.match(att.masked, prev.start, prev.end):
            si, at = si - 1, prev.start  # "They seem intent …": the same "they", one sentence further back
            continue
        subj = _FIRST_VERB.match(att.masked, prev.start, prev.end) or _LONG_SUBJECT.match(att.masked, prev.start,
                                                                                          prev.end)
        if not subj:
            return None
        ante = _np_holder(article, cast, att, prev.start, subj.end(1), None)
        if ante is None or ante.name.lower() in ("he", "she", "it", "they", "we"):
            return None
        if ante.kind == "person" and not _AND_WORD.search(att.masked[prev.start:subj.end(1)]):
            return None  # one person is no "they"; "Gov. X and leaders of the Senate" are, and X is named first
        return ante
    return None


_OWN_POSITION = re.compile(r"(?:on\s+)?(?:its|their|his|her|our)\s+(?:own\s+)?(?:position|stance|line|view|demands?)\b",
                           re.IGNORECASE)
# "X is the one issue where / on which …": the issue is the sentence's subject
_ISSUE_WHERE = re.compile(r"^\W*(?P<np>.+?),?\s+(?:is|was|remains|remained)\s+(?:(?:the|one)\s+(?:(?:one|only|main|key|"
                          r"single|big|biggest|real)\s+)*(?:issue|point|area|question|thing|matter|subject|demand)s?\s+"
                          r"(?:where|on\s+which|over\s+which|that)\b|[^,;]{3,80},\s+(?:where|on\s+which|over\s+which)\b)")


def _issue_of(before: str) -> str:
    """The issue a side "won't budge" on, from the clause that carries it: "Orsk's chief demand, that the
    pact stop taking members, is the one issue where the pact won't budge" -> "Orsk's chief demand that the
    pact stop taking members". '' when the sentence does not say."""
    m = _ISSUE_WHERE.match(before)
    if not m:
        return ""
    np = _COMMA_BEFORE_THAT_OR_TO.sub(" ", m.group("np"))
    np = _AND_THAT_OR_COMMA.split(np)[0].strip()
    np = _LEADING_CONJUNCTION.sub("", np)
    if not 2 <= len(np.split()) <= 18:
        return ""
    return np[:1].lower() + np[1:] if _ARTICLE_OPENER.match(np) else np


def _words(text: str) -> set[str]:
    return set(_CONTENT_TOKEN.findall(text.lower())) - {"the", "a", "an", "to", "of", "and", "its", "their"}


def _repeats(out: list[Position], side: str, demand: str) -> bool:
    """The side said this already: a second question on it would ask the same thing twice."""
    new = _words(demand)
    for p in out:
        if p.side == side:
            old = _words(p.demand)
            if new and old and len(new & old) >= max(2, 0.5 * max(len(new), len(old))):
                return True
    return False


# What figures, a survey or a report show is a finding, not anyone's position.
_FINDING = re.compile(r"\b(?:figures|data|statistics|numbers|surveys?|polls?|study|studies|research|records)\b[^\"“”;]*?"
                      r"\b(?:show|shows|showed|shown|found|suggest|suggests|suggested|reveal|reveals|revealed|indicate|"
                      r"indicates|indicated)\s+(?:that\s+)?", re.IGNORECASE)


_PROPOSAL_WORDS = r"(?P<what>(?:[\w-]+\s+){0,2}?(?:proposal|plan|bill|budget|offer|package|deal|scheme))"
_PROPOSAL_BY = re.compile(r"\W*(?:The|Its|Their)\s+" + _PROPOSAL_WORDS + r"\s+(?:passed|tabled|put\s+forward|drafted|"
                          r"unveiled|proposed|approved|submitted)\s+by\s+(?:the\s+)?(?P<who>(?:[A-Z][\w’'&-]*\s+){1,5}?)"
                          r"(?:(?:last|this|on)\s+\w+\s+|\w+day\s+)?would\s+(?!(?:also\s+)?(?:be|have)\b)")
_PROPOSAL_TABLED = re.compile(r"\W*(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w’'&-]*\s+){1,5}|[Tt]he\s+[a-z]+\s+)"
                              r"(?:first\s+|has\s+|had\s+|formally\s+|last\s+week\s+)*(?:tabled|unveiled|put\s+forward|"
                              r"drafted|submitted|presented|published)\s+(?:the|a|an|its|their)\s+" + _PROPOSAL_WORDS +
                              r"\b")


# Patterns the rules above use, named for what they match and compiled once at import: a draft must not hand re
# more patterns than its cache keeps (tests/core/generate/test_regex_cache.py)
_LEADING_THE = re.compile(r"^(?:the)\s+", re.IGNORECASE)
_NAMED_GOVERNMENT = re.compile(r"\bthe\s+((?:[A-Z][a-z]+\s+){1,2}[Gg]overnment)\b")
_COUNTRYS_DELEGATION = re.compile(r"([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})['’]s\s+(?:delegation|delegates|representatives?|"
    r"negotiators?|negotiating\s+team|envoys?|officials)")
_CROWD_OF = re.compile(r"^(?:(?:tens\s+of\s+)?thousands|hundreds|dozens|scores)\s+of\s+(?=[a-z])", re.IGNORECASE)
_TRAILING_TIME = re.compile(r"\s+(?:on\s+|late\s+|early\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|"
    r"(?:last|this|earlier\s+this)\s+(?:week|month|year|weekend|night|morning|afternoon|evening))$", re.IGNORECASE)
_PREPOSITION_INSIDE = re.compile(r"\s(?:of|in|at|from|with|for|on|by|near|outside)\s")
_HIS_OR_HER_NOUN = re.compile(r"(?:his|her)\s+([a-z]+)$", re.IGNORECASE)
_PREPOSITION_AFTER_CUE = re.compile(r"\s+(?:for|of|from|by)\s+")
_OPENING_CONJUNCTION = re.compile(r"^(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et|[Aa]lso|[Hh]owever|[Ii]ndeed),?\s+(?=[A-Z]|(?:we|i|they|he|she|it|"
    r"there|this|that|the)\b)")
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
_DASHED_ASIDE = re.compile(r"\s[–—-]\s[^–—]{3,120}?\s[–—-]\s")
_SAID_COLON = re.compile(r"^[^\"“”]*?(?:said|says|added|told\s+[^:]{1,40}|statement)\s*:\s*")
_CLOSING_TAG = re.compile(r"[\"”,]\s*(?:(?:he|she|they|it)\s+(?:said|added|says)|(?:said|says|added)\s+[^,]{1,60}|"
    r"according\s+to\s+.*|[A-Z][\w.’' -]{1,40}\s+(?:said|says|added)\b.*)[.]?\s*$")
_LOWER_WORD = re.compile(r"[a-z]+")
_JUDGE_WORD = re.compile(r"\b(?:judge|justice|recorder|magistrate)\b", re.IGNORECASE)
_WOULD_ATTEND = re.compile(r"(?:he|she|they|we|i)\s+would\s+(?:also\s+)?(?:meet|attend|visit|travel|appear|be\s+(?:attending|"
    r"meeting|visiting|travelling))\b(?!.*\b(?:unless|only\s+if|demand|insist|refuse)\b)")
_LEADING_TIME_THAT = re.compile(r"^(?:(?:this|last|next)\s+\w+|on\s+\w+day|in\s+\d{4}|yesterday|today|earlier|later)\s+"
    r"(?:that\s+)?")
_LEADING_PLACE_THAT = re.compile(r"^(?:in|on)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w’'-]+\s+){0,6}?that\s+")
_LEADING_OCCASION_THAT = re.compile(r"^(?:after|before|during|at|following)\s+(?:the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?"
    r"that\s+")
_COMMA_BEFORE_THAT_OR_TO = re.compile(r",\s+(?=(?:that|to)\s)")
_LEADING_CONJUNCTION = re.compile(r"^(?:But|And|So|Yet|However)\s+")
_LOWER_LEADING_THE = re.compile(r"^the\s+")
_LEADING_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
_APOSTROPHE_CAPITAL = re.compile(r"['’]\s+[A-Z]")
_WHOEVER = re.compile(r"(?:some|many|most|several|others|some\s+others|still\s+others|a\s+few|neither\s+side|"
                      r"both\s+sides|either\s+side|nobody|no\s+one|everyone|everybody|someone|somebody)")
_NONE_OR_FEW = re.compile(r"(?:not\s+all|not\s+every|none\s+of|few|no)\b")
_NOUN_PHRASE_TAIL = re.compile(r"\s+(?:of|who|whose|which|that|allegedly|in|at|from|with|for|on|by)\s+")
_INDEFINITE_START = re.compile(r"(?:a|an|one)\s", re.IGNORECASE)
_WORDS_AFTER_OWNER = re.compile(r"(?:['’]s?)?\s+([a-z-]+)(?:\s+([a-z]+))?\b")
_OWNER_TO_CUE = re.compile(r"(?:['’]s)?\s+(?:\w+\s+){0,2}")
_QUOTE_MARK = re.compile(r"[\"“”]")
_NAME_SAID_AFTER_COMMA = re.compile(r",\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?:said|says|added)\b")
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w&.-]*\s*){1,4}")
_NOT_BEFORE_DATE = re.compile(r"\b(?:would|will)\s+not\s+be\s+(?:finished|completed|ready|published|released|known|available|"
    r"done|delivered)\s+(?:before|until)\b|\bno\s+(?:date|time|decision)\s+(?:had|has)\s+(?:yet\s+)?been\s+"
    r"(?:set|fixed|made|taken|scheduled)\b|\b(?:would|will)\s+(?:remain|stay|be\s+kept)\s+(?:closed|shut|"
    r"open|suspended)\b")
_THE_PLAN_WOULD = re.compile(r"(?:the|this|that|their|its|his|her)\s+(?:[\w-]+\s+){0,2}?(?:plan|proposal|decision|move|deal|"
    r"offer|scheme|closure|increase|rise|hike|cuts?|policy|bill|changes?|pledge|promise|commitment|fine|"
    r"penalty|ruling|verdict|settlement|budget|sentence|award)\s+"
    r"(?:was|is|were|are|had\s+been|has\s+been|would\s+be)\s+(?!(?:due|expected|set|scheduled|"
    r"announced|published|made|approved|passed|signed|tabled|unveiled|introduced|in\s+\d|on\s)\b)"
    r"(?:[\w-]+\s+){0,2}[\"“‘]", re.IGNORECASE)
_IF_OR_UNLESS = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
_COULD_SUFFER = re.compile(r"\b(?:could|might|may)\s+(?:\w+ly\s+)?(?:face|lose|suffer|see|be|cost|fall|rise|struggle|go|"
    r"run|hit|miss)\b")
_NEXT_LOWER_WORD = re.compile(r"\s+([a-z][\w-]*)")
_ARTICLE_OPENER = re.compile(r"(?:The|A|An|This|That|Its|Their)\b")
_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z,;:] )([A-Z][\w’'-]+)(?!\w)")
_INITIALISM = re.compile(r"[A-Z]{2,6}")
_JUDGE_ROLE = re.compile(r"\b(?:judge|justice|magistrate)\b", re.IGNORECASE)
_OWNER_OF_ROLE = re.compile(r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s")
_DASH_ASIDE_OR_TAIL = re.compile(r"\s+[-–—]\s+.*?(?:\s+[-–—]\s+|$)")
_BRACKETED = re.compile(r"\s*\([^)]*\)")
_TRAILING_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+[^,]*,?$")
_TRAILING_DISCOURSE_WORD = re.compile(r"\s*,\s*(?:however|though|meanwhile|too|also|in\s+turn|for\s+(?:its|his|her|their)\s+part)\s*,?$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_CLOSING_PUNCTUATION = re.compile(r"[.!?…\"“”’]+$")
_STANCE_WORD = re.compile(r"\b(?:should|must|demand|insist|refuse|want|unless)\w*\b")
_ASIDE_BEFORE_VERB = re.compile(r",\s*(?:who|which|whose|speaking|writing|[a-z]+(?:ed|wn)\s)\b[^,]*(?:,[^,]*)?,"
    r"\s*(?:(?:has|have|had|also|now|then|later|already)\s+)*$")
_CONTENT_TOKEN = re.compile(r"[a-z0-9%$£€]+")
_THE_GOVERNMENT = re.compile(r"\bthe government\b")
# an opening condition, then a subject that only could or might act: what may happen, not what anyone wants
_AFTER_CLAUSE = re.compile(r"\b(?:after|when|until|before|once|since|because|as)\s+(?:[\w’'-]+\s+){1,6}$", re.IGNORECASE)
_IF_THEN_MAYBE = re.compile(r"\W*(?:if|unless|should|were)\s[^,;]{3,120},\s+(?:then\s+)?(?:[\w’'-]+\s+){1,5}?"
                            r"(?:could|might|may)\s+(?:\w+ly\s+)?(?:also\s+|still\s+|well\s+)?$", re.IGNORECASE)
_HYPOTHETICAL = re.compile(r"\b(?:whether|if|unless|when|why)\s+((?:[\w.’'-]+\s+){0,5})$", re.IGNORECASE)
_WHICH_WANTS_GAP = re.compile(r"((?:\bthe\s+)?(?:[A-Z][\w’'-]*\s*){1,4}|\bthe\s+[a-z]+(?:\s+[a-z]+)?\s+),?\s*which\s+"
    r"(?:[\w’'-]+\s+){1,4}$")
_TO_SOMETHING_GAP = re.compile(r"\bto\s+([^,]{3,80}),\s+(?:something|one\s+thing|a\s+move|a\s+step)\s+"
    r"(?:[\w’'-]+\s+){1,4}$")
_COORDINATED_STANCE = re.compile(r"(or|and)\s+(need|accept|support|want|oppose|reject|back)\s+")
_VERB_AND_THAT = re.compile(r"^\w+\s+(?:that\s+)?")
_INDIRECT_QUESTION = re.compile(r"(?:whether|if|how|why|when|what|who|will|would|can|could|may|might|should|must|is|"
    r"are|was|were)\b", re.IGNORECASE)
_WOULD_OR_WILL = re.compile(r"\b(?:would|will)\s")
_IT_WOULD = re.compile(r"\s*It\s+would\s+(?!(?:also\s+)?(?:be|have|take|cost|need|require)\b)")
_EACH_OTHER = re.compile(r"(?:each\s+other|one\s+another)\b", re.IGNORECASE)
_BODY_HEAD_WORD = re.compile(r"\b(?:university|college|council|government|"
    r"company|club|trust|authority)$", re.IGNORECASE)
_RELATIVE_OR_PARTICIPLE_TAIL = re.compile(r",\s*(?:who|which|whose)\b|,\s+[a-z]+(?:ed|en|wn)\s+(?:in|by|at|on|from|with|for|under|as)\b|"
    r",\s+(?:speaking|writing|citing|acting)\b|"
    # "The union representing 3,400 workers at …": the union, not the words that say whom it represents (when no
    # name is set off after them: "The union representing the collectors, the Civic Workers, …" is that name's)
    r"(?<=[a-z])\s+(?:representing|covering|speaking\s+for|working\s+for)\s(?![^,]*,\s+(?:the\s+)?(?-i:[A-Z]))|"
    # "Campaigners fighting to save the unit at X Hospital have urged …": the campaigners, not the hospital
    r"(?<=[a-z]s)\s+(?:fighting|campaigning|trying|hoping|seeking|pushing)\s+(?:to|for|against)\s(?![^,]*,\s+(?:the\s+)?(?-i:[A-Z]))")
_CUE_NOUN_VERB = re.compile(r"demand|call|offer|support|back|plan|push|bid|request|propose|aim|"
    r"seek|protest|campaign|threaten")
_LAST_WORD = re.compile(r"([\w’'-]+)\s+$")
# who can have expected to do something: a pronoun, a name, or "had"/"has" ("it had expected to finish by May")
_EXPECTING_SUBJECT = re.compile(r"(?:\b(?:he|she|they|it|we|i|had|has|have|and|but|who|which)|(?-i:[A-Z])[\w’'-]*)\s+"
                                r"(?:\w+ly\s+)?$",
                                re.IGNORECASE)
# a participle straight after a plural common noun ("… by landowners in the plains seeking …", "farmers demanding")
_NOUN_THEN_PARTICIPLE = re.compile(r"\b(?:by|from|of|with|among|for)\s+(?:[a-z][\w-]*\s+){0,5}?[a-z]{3,}s\s+$")
# a share of those asked before a verb of stance: "41 per cent opposed", "a third support it", "62% back the plan"
_POLL_SHARE_BEFORE = re.compile(r"(?:\d+(?:\.\d+)?\s*(?:per\s*cent|percent|%)|\b(?:a|one|two)[\s-](?:third|quarter|fifth)s?)"
                                r"(?:\s+(?:of\s+)?(?:[a-z]+\s+){0,2}?(?:voters|respondents|people|those\s+asked|"
                                r"adults|residents))?\s+(?:were\s+|are\s+)?$", re.IGNORECASE)
# an adjective before a plural noun of demand ("repeated protests", "fresh calls", "growing demands")
_ADJECTIVE_BEFORE_PLURAL = re.compile(r"\b(?:repeated|renewed|fresh|new|further|growing|mounting|angry|similar|earlier|"
                                      r"previous|recent|mass|weekly|daily|frequent|several|many|numerous|widespread|"
                                      r"repeated|public|loud|rival|competing)\s+$", re.IGNORECASE)
# a plural common noun opening a clause inside another's sentence: "… as fans demand", "while residents call for"
_SUBORDINATE_CROWD = re.compile(r"\s(?:as|while|whereas|although|though)\s+(?:many\s+|some\s+|angry\s+|local\s+)?"
                                r"[a-z]+s\s+$")
_REPORTED_OR_NEGATED_LEAD = re.compile(r"\b(?:he|she|they|you|it|if|whether|not|n['’]t|say|said)\s+(?:(?:i|we|would|might|could|may|"
    r"are|is|were|was|['’]re)\s+)?$", re.IGNORECASE)
_BY_NEXT = re.compile(r"\s*by\b")
# A degree or a domain adverb before an -ing cue ("physically demanding jobs", "a highly promising offer"): with a noun
# and no object after it, the -ing word is an adjective, not the verb of a side's act
_ADJECTIVE_ADVERB_BEFORE = re.compile(r"\b(?:very|more|most|less|least|too|so|quite|extremely|highly|increasingly|"
                                      r"particularly|especially|equally|incredibly|really|[a-z]+ally)\s+$", re.IGNORECASE)
# A number or a quantifier before "votes" (and at most one word between): "the 13 council votes", "enough votes"
_COUNTED_VOTES_BEFORE = re.compile(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                   r"thirteen|fifteen|twenty|enough|more|fewer|few|many|several|most)\s+"
                                   r"(?:[a-z-]+\s+)?$", re.IGNORECASE)
_OBJECT_NEXT = re.compile(r"\s+(?:that|to|for|the|a|an|its|their|his|her|our|this|these|those|more|less|fewer|an?\s|"
                          r"(?-i:[A-Z])|[\d$£€\"“‘])", re.IGNORECASE)
_NEGATION_BEFORE = re.compile(r"\b(?:not|never|n['’]t)\s+$|\b(?:has|have|had|with)\s+no\s+$")
# a cue as the object of "against", "without", "rather than": "warned against backing", "rather than rejecting"
_AGAINST_BEFORE = re.compile(r"\b(?:against|without|instead\s+of|rather\s+than|(?:stop|stops|stopped|stopping|fell|falls|"
                             r"fall|falling)\s+short\s+of|far\s+from|short\s+of)\s+$", re.IGNORECASE)
# what a party is kept from: "barred from", "banned from", "cannot", "unable to", "not allowed to"
# a clause whose subject is no one: "Nobody wants …", "No one in this town is asking for …", "None of us wants …"
_NOBODY_BEFORE = re.compile(r"(?:^|[\"“‘(]|[,;:—–]\s|\b(?:that|because|and|but)\s)\s*(?:nobody|no\s+one|no-one|"
                            r"none\s+of\s+(?:us|them|you|the\s+[a-z]+)|not\s+one(?:\s+of\s+(?:us|them|you))?|not\s+a\s+"
                            r"single\s+[a-z]+)\b[^,;:.!?\"”]{0,80}$", re.IGNORECASE)
# an -ing cue after a noun and "for"/"of" ("condition for backing", "the price of accepting"): the noun's object
_NOUN_FOR_BEFORE = re.compile(r"\b(?:condition|conditions|precondition|reason|reasons|cost)"
                              r"\s+(?:for|of)\s+$", re.IGNORECASE)
# an -ing cue right after "from": what the subject is kept from or keeps away from, never its aim
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# a cue inside a condition another side sets: "until the company agreed to", "unless the board offers"
_CONDITION_BEFORE = re.compile(r"\b(?:until|unless|till)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){1,4}$",
                               re.IGNORECASE)
_NUMBER_WORD = re.compile(r"[\d,.]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                          r"forty|fifty|hundred|hundreds|thousand|thousands|dozen|dozens", re.IGNORECASE)
_BARRED_BEFORE = re.compile(r"(?:\b(?:barred|banned|prohibited|forbidden|prevented|blocked|disqualified|precluded|"
                            r"stopped)\s+(?:(?:by|under)\s+(?:[\w’'-]+\s+){1,5}?)?from|\bcannot|\bunable\s+to|"
                            r"\b(?:not|no\s+longer)\s+(?:allowed|permitted|"
                            r"able|free|entitled)\s+to)\s+$", re.IGNORECASE)
# A cue inside a relative clause set off after its noun: "Kelm, a former radio host who …", "The group, which …".
_IN_RELATIVE = re.compile(r",[^,]{0,80}?\b(?:who|which)\s+[^,]*$")
# The comma that closes such a clause, the main predicate after it: ", refused on Monday", ", has said", ", will".
_MAIN_PREDICATE = re.compile(r",\s+(?=(?:also\s+|then\s+|later\s+|now\s+)?(?:[a-z]{3,}ed|" + _IRREGULAR_PAST +
                             r"|has|have|had|is|are|was|were|will|would|says|said)\b)")
_NEGATION_BEFORE_QUOTE = re.compile(r"(?:\bnot|\bnever|n['’]t)\s+[\"“‘]$")
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+(?:\w+ly\s+)?$")
_SUBJECT_VERB_AFTER = re.compile(r"(?:,[^,]{1,30},)?\s+(?:[a-z]+ed|said|says|scored|won|hit|made|got|took|was|is|has|had)\b")
_AND_WORD = re.compile(r"\sand\s")
_AND_THAT_OR_COMMA = re.compile(r"\s+and\s+that\s|,\s")
_COURT_NAME = re.compile(r"(?:[A-Z][\w’'-]+\s+){1,4}Court")
# a court's whole name, "of" its place too ("the High Court of Mahavanam", "the Supreme Court")
_WHOLE_COURT = re.compile(r"(?<![\w’'-])(?!The\b)(?:[A-Z][\w’'-]+[ ]){1,4}(?:Court|Tribunal)(?:[ ]of[ ](?:the[ ])?"
                          r"[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,2})?")
# what a story calls its court in a word ("the Bench observed", "the court said")
BARE_COURT = re.compile(r"(?:the\s+)?(?:(?:division|full|constitution)\s+)?(?:bench|court)", re.IGNORECASE)


def lead_court(body: str) -> str:
    """The court the story's opening names (its first 600 characters), whose ruling the story is about, or ''."""
    m = _WHOLE_COURT.search(body, 0, 600)
    return m.group() if m else ""
_WHAT_CLEFT = re.compile(r"\bwhat\s+(?:[\w’'-]+\s+){0,5}$", re.IGNORECASE)
_IS_JUDGEMENT = re.compile(r"(?:is|are|was|were)\s+(?!(?:a|an|the|to|for|more|\d|[$£€]))")
_PARTICIPLE_CUE = re.compile(r"[a-z]+ing\b")
_PLURAL_NOUN_BEFORE = re.compile(r"\b(?:the|these|those)\s+(?:[a-z]+\s+)?[a-z]{3,}s\s+$", re.IGNORECASE)
_SLOGAN = re.compile(r"[\"“]([^\"“”]{2,80}?)[,.!]?[\"”]")
_WE_HAVE = re.compile(r"\b(?:we|i)\s*(?:have|['’]ve)\s+(?:already\s+|now\s+|also\s+|\w+ly\s+)?$", re.IGNORECASE)
_FINITE_CUE = re.compile(r"[a-z]+(?:s|ed|ght)\b|(?:is|are|was|were|has|have|had|will|would)\b", re.IGNORECASE)
_AND_THEN = re.compile(r"\b(?:and|but)\s+(?:then\s+|also\s+|later\s+|still\s+)?$")
_GAP_CONTINUATION = re.compile(r"[a-z]+ed\b|to\b|as\b")
_AS_WORD = re.compile(r"as\b")
_CUE_TAIL = re.compile(r"\s*(?:for|of|is|that|to|,)?\s*$")
_FROM_OWNER = re.compile(r"(?:from|by|of)\s+(?:the\s+)?(?:[A-Z][\w’'&.-]*\s*){1,6}")
_FOR_OR_OF_END = re.compile(r"\b(?:for|of)\s*$")
_COPULA_THAT = re.compile(r"^(?:is|are|was|were)\s+(?:that\s+)?")
_POSSESSIVE_NOUN_BEFORE = re.compile(r"\b(?:his|her|their|its|our|my)\s+\w+\s+(?:\w+\s+)?$")
_TO_BEFORE = re.compile(r"\bto\s+$")
_DATELINE_DASH = re.compile(r"\s*[A-Z][A-Za-z .,]{1,40}?\s[–—-]\s+")
_SUBJECT_BEFORE_VERB = re.compile(r"\W*((?:[\w’'-]+\s+){1,6}?)"
    r"(?=[a-z]{3,}(?:ed|ing)\b|(?:is|are|was|were|have|has|had|wrote|sent)\b)")
_SUBJECT_BEFORE_PAST_TO = re.compile(r"\W*((?:[\w’'-]+\s+){1,6}?)(?=[a-z]{3,}ed\s+(?:[a-z]+\s+)?to\s+$)")
_HE_OR_SHE_END = re.compile(r"(?:^|\s)(?:she|he)(?:\s+\w+)?$")
_INVESTIGATORS = re.compile(r"(?:the\s+)?(?:police|detectives|investigators|officers|rescuers)", re.IGNORECASE)
_TO_DO_SOMETHING = re.compile(r"to\s+(?:do|achieve|see)\b")
_CLAIMED_OR_ALLEGED = re.compile(r"claimed|alleged")
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|these|those)|['’]s)\s+$", re.IGNORECASE)
_TO_START = re.compile(r"to\s")
_PROMISE_VERB = re.compile(r"promis")
_OPENING_QUOTE = re.compile(r"\W*[\"“”]")
_SPOKESPERSON = re.compile(r"(?:an?\s+|the\s+)?spokes(?:man|woman|person)", re.IGNORECASE)
_MEMBERS_OF = re.compile(r"\bmembers\s+of\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}$")
_CAPITALISED_PLURAL = re.compile(r"[A-Z][a-z-]+(?:\s[a-z-]+){0,2}s")
_CAPITALISED_WORD = re.compile(r"[A-Z][\w’'&-]*")
_NOT_SITTING_MINISTER = re.compile(r"\b(?:shadow|opposition|former|ex)\b", re.IGNORECASE)
_SAID_THAT = re.compile(r"\b(?:said|says|told\s+\w+|warned|added|insisted)\b(?:\s+on\s+\w+)?"
    r"(?:\s+that)?\s+")
_DEMAND_NOUN = re.compile(r"(?:offer|demand|bid|call|plan|push|proposal|request)")
_NOUN_USE_AFTER = re.compile(r"\s*(?:is|was|has|had|of|from|would|will|to\s+the)\b")
_PAST_OR_SOUGHT = re.compile(r"(?:ed|sought)$")
_MAIN_DEMAND_ADJECTIVE = re.compile(r"(?:core|key|main|central|chief|other|long)")
_DETERMINER_PREFIX = re.compile(r"^(?:the|a|an|our|their|its)\s+", re.IGNORECASE)
_NAME_AFTER_LOWER = re.compile(r"(?:\b[a-z][\w’'-]*|[,;:]) ([A-Z][\w’'-]+)(?!\w)")
_COMMA_OR_SEMICOLON = re.compile(r"[,;]")
_WHICH_ARE_ANTECEDENT = re.compile(r"((?:[Tt]he|[Aa]n?)\s+[^,]{3,80}?)(?:\s+for\s+example)?\s*,?\s*(?:which|that)\s+"
    r"(?:are|is|was|were|remain\w*)\s+(?:[\w-]+\s+){0,2}$")
_POSSESSIVE_BEFORE = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}$")
_WHO_OR_WHICH_START = re.compile(r"\s*(?:who|which)\b")
_COMMA_WHO_OR_WHICH = re.compile(r",\s*(?:who|which)\b")
_AUXILIARIES_ONLY = re.compile(r"\s*(?:(?:has|have|had|is|are|was|were|will|would|now|also|"
    r"long|since|already|\w+ly)\s+)*")
_IT_SUBJECT = re.compile(r"\W*it\s+(?:(?:has|had|will|would|is|was|also|now|instead|then)\s+)*$", re.IGNORECASE)
_ARGUING_VERB = re.compile(r"(?:argu|claim|insist|maintain|stress)")
_SAYING_PARTICIPLE = re.compile(r"(?:saying|arguing|insisting|adding|warning|claiming)\b")
_TAG_AFTER_COMMA = re.compile(r",\s+(?:[\w’'-]+\s+){1,5}$")
_LEADING_DAY = re.compile(r"^(?:on\s+)?(?:\w+day|yesterday|today|tonight|this\s+\w+|last\s+\w+)\b,?\s*")
_LIST_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_LOWER_CONTENT_WORD = re.compile(r"\b[a-z]{2,}\b")
_RELATIVE_WORD_BEFORE = re.compile(r"\b(?:who|that|which)\s+$")
_OWNED_BEFORE = re.compile(r"(?:['’]s|\b(?:their|its|his|her|our|the))\s+(?:[\w-]+\s+){0,2}$")
# "Its demands are simple: …" opening a sentence: the demands of the side the sentence before was about
_OWN_DEMANDS_LEAD = re.compile(r"\W*(?:Its|Their|His|Her)\s+$")
_PREPOSITION_NEXT = re.compile(r"\s*(?:for|of|from|by)\s")
_PAST_ENDING = re.compile(r"(?:ed|ought)$")
_WAS_TRYING = re.compile(r"(?:were|was)\s+trying")
_WE_OR_I_BEFORE = re.compile(r"(?:^|[\s\"“])(?:we|i)\s+(?:\w+ly\s+|still\s+|also\s+)?$", re.IGNORECASE)
_FOR_THAT_TO_START = re.compile(r"^(?:for|that|to)\s+")
_NEXT_CLAUSE_VERB = re.compile(r"\s+(?:was|were|is|are|has|have|had|will|would)\b|"
    r"\s+(?!(?:speed|feed|seed|proceed|exceed|succeed)\b)[a-z]{3,}ed\s+(?!by\b)")
_VERB_OF_SAYING = re.compile(r"\b(?:complained|claimed|alleged|said|says|argued|insisted|accused|warned)\s+(?:that\s+)?")
_ING_ONLY = re.compile(r"\s*[a-z]+ing\s*$")
_TRAILING_QUOTE = re.compile(r"[\"“”]$")
_OFFER_NOUN = re.compile(r"(?:offer|bid|proposal)")
_A_FIRM_BEFORE = re.compile(r"\b(?:a|an)\s+firm\s+$", re.IGNORECASE)
_PAST_WORD = re.compile(r"[a-z]+ed\b")
_PAST_VERB = re.compile(r"\b[a-z]{3,}ed\b")
_FIRST_PERSON_WORD = re.compile(r"\b(?:we|i|our|my|us)\b", re.IGNORECASE)
_COPULA_NEXT = re.compile(r"\s+(?:is|was|are|were)\s+(?:the|a|an|not|also)\b")
_SUBORDINATOR = re.compile(r"(?:after|as|when|while|before|following|amid|because)\b")
_PUBLIC_BODY_WORD = re.compile(r"\b(?:Council|Authority|Board|Commission|Police|Hospital|University|College|School|Stadium|Park|Ground)\b")
# A subject inside a quotation that is neither the speaker's side nor a party: people at large, others
# a quoted maxim's subject right before its modal: "Nobody should …", "No one must …", "Everyone should …"
_GENERIC_SUBJECT_BEFORE = re.compile(r"(?:^|[\"“]\s*|[.!?]\s+)(?:nobody|no\s+one|no-one|everyone|everybody|anyone|"
                                     r"anybody)\s+(?:really\s+|ever\s+)?$", re.IGNORECASE)
_THIRD_PARTY_SUBJECT = re.compile(r"(?i)(?:most\s+|many\s+|some\s+|all\s+)?(?:people|everyone|everybody|nobody|"
                                  r"neither\s+side|either\s+side|both\s+sides|neither\s+of\s+them|"
                                  r"no one|others|they|customers|consumers|the public|the young|young people|kids|"
                                  r"folk|folks)")
# a named third party opening a quoted clause ("Carrowby can …", "The Ostley Museum could …"), not "we" or "I"
_NAMED_OTHER = re.compile(r"[\s\"“‘]*(?!(?:We|I|Our|My|This|That|It|You)\b)(?:(?-i:The)\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,4}\s+(?:can|could)\b")
# a court, a judge or another deciding body as the reported clause's subject
_BENCH_SUBJECT = re.compile(r"\s*(?:that\s+)?(?:(?:although|though|but|while|and|as)\s+)?the\s+(?:(?:high|appeal|appeals|"
                            r"supreme|crown|county|district|family|planning|employment|sheriff|trial)\s+)?(?:court|judge|"
                            r"tribunal|jury|magistrates?|coroner|inspector|ombudsman)\b", re.IGNORECASE)
# a modal of ability right before the cue: "can offer", "could provide"
_CAN_BEFORE = re.compile(r"\b(?:can|could)\s+(?:\w+ly\s+|also\s+|still\s+)?$", re.IGNORECASE)
# a reported clause's named subject right before the quotation that goes on with its verb ('said X "just wants')
_SAID_NAME_OPENS = re.compile(r"\b(?:said|says|insisted|insists|added|explained|argued|argues|told\s+\w+)\s+"
                              r"(?:that\s+)?((?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3})\s*$", re.IGNORECASE)
_ADVERBS_ONLY = re.compile(r"[\s\"“‘]*(?:(?:just|only|simply|still|really|also|now|genuinely|desperately)\s+)*")
_NOUN_PHRASE_START = re.compile(r"\W*(?:the\s+)?[A-Z]?[a-z]")
_TRAILING_ADVERB = re.compile(r"\s+\w+ly\s*$")
_WORD = re.compile(r"\w+")
_PREPOSITION_NAME_BEFORE = re.compile(r"\b(?:to|for|with|from)\s+(?:[A-Z][\w.’'-]*\s+){0,3}$")


# A document as the subject: "Their letter says …", "The complaint, filed in X Court, seeks …", "The petition calls
# on …". What it asks is what its authors ask: the side an earlier sentence says wrote, filed or launched it.
_DOC_LEAD = re.compile(r"\W*(?:(?:but|and)\s+)?(?:the|their|its|his|her|this|that)\s+(?:[\w’'-]+\s+){0,2}?"
                       r"(?P<noun>letter|complaint|lawsuit|suit|petition|motion|resolution|filing|writ)"
                       r"(?:\s*,[^,;]{2,80},)?\s*(?:(?:also|has|have|had|now|further|then|still|itself)\s+)*$",
                       re.IGNORECASE)
_DOC_IT = re.compile(r"\W*(?:(?:but|and)\s+)?It\s+(?:(?:also|has|had|now|further|then|still)\s+)*$")
_DOC_MADE = {
    "letter": r"\b(?:letters?|wr(?:ote|itten|ites|iting)\s+(?:\w+ly\s+)?to)\b",
    "suit": r"\b(?:lawsuits?|suits?|complaints?|sued|sues|suing|writs?)\b",
    "petition": r"\bpetition",
    "motion": r"\b(?:motions?|resolutions?|amendments?|moved)\b",
}
_DOC_FAMILY = {"letter": "letter", "complaint": "suit", "lawsuit": "suit", "suit": "suit", "filing": "suit",
               "writ": "suit", "petition": "petition", "motion": "motion", "resolution": "motion"}


def _document_author(article: Article, cast: Cast, att, out: list[Position], si: int, noun: str,
                     contexts) -> Speaker | None:
    """The side that made the document a sentence's subject names: the subject of the nearest of the three
    sentences before that says it wrote, filed or launched one ("Three rival clubs have written to the league …",
    "More than 200 households filed a lawsuit …"), else the side that sentence gave a position."""
    made = re.compile(_DOC_MADE[_DOC_FAMILY[noun.lower()]], re.IGNORECASE)
    for j in range(si - 1, max(-1, si - 4), -1):
        prev = article.sentences[j]
        if prev.furniture or not made.search(prev.text):
            continue
        lead = _PREV_SUBJECT.match(att.masked[prev.start:prev.end])
        sp = _np_holder(article, cast, att, prev.start, prev.start + lead.end(1), contexts[j]) if lead else None
        if sp is not None and sp.kind != "person" and not _DOC_LEAD.match(sp.name):
            generic = _GENERIC_HOLDER.match(sp.name.strip())
            if generic:
                sp = _earlier_party(article, cast, out, generic.group(1), prev.start, att.masked)
            if sp is not None:
                return sp
        mine = [p for p in out if p.start == prev.start]
        if mine:
            return Speaker(mine[0].holder, "person" if cast.person(mine[0].holder) else "organisation")
        return None
    return None


def find_positions(article: Article, cast: Cast, att, quotes: list[Quotation], claims: list[Claim],
                   contexts: list[Speaker | None], pace: Pacer | Callable[[], None] | None = None) -> list[Position]:
    """Positions in text order; a sentence gives at most one position per side. `pace` hears of each
    sentence read (see pacing.py), so a Cancel raised from its checkpoint stops a long article here."""
    pace = pacer(pace)
    spans = []
    for q in quotes:
        for seg in q.segments:
            spans.append((seg.open, seg.close if seg.close is not None else seg.end, q))
    spans.sort(key=lambda x: x[0])
    span_starts = [a for a, _, _ in spans]
    claim_at: dict[int, Claim] = {}
    sent_starts = [x.start for x in article.sentences]
    for c in sorted(claims, key=lambda c: c.verb_at):
        pace()
        # by the sentence that holds its verb (a closing tag's claim may start mid-sentence); a sentence's first
        # verb of saying wins: "X said he hoped …" is X's
        k = bisect.bisect_right(sent_starts, c.verb_at) - 1
        claim_at.setdefault(sent_starts[k] if k >= 0 else c.start, c)
    out: list[Position] = []
    its_party: dict[str, str] = {}  # "The front demanded … . Its lead negotiator, X, said …": X speaks for the front
    sentences = article.sentences
    # Capitalised words the article also uses mid-sentence are names ("talks between Eastland and Westland");
    # one seen only at a sentence start may be an ordinary word ("High school teacher Ann Lee").
    pace.now()
    names = frozenset(_MID_SENTENCE_CAPITAL.findall(article.body))
    pace.now()
    # the government a minister speaks for: the one the article names, or "the government" it speaks of
    government = government_name(article.body) or ("Government" if _THE_GOVERNMENT.search(article.body)
                                                    else "")
    pace.now()
    courts = {m.text for m in cast.mentions if m.kind != "person" and _COURT_NAME.fullmatch(m.text)}
    court = lead_court(article.body) or (courts.pop() if len(courts) == 1 else "")
    listed: tuple[Speaker, str] | None = None  # the holder and stance of a list being read ("Its demands include:")
    doc_by: dict[int, Speaker | None] = {}  # a sentence whose subject is a document: the document's authors
    for si, sent in enumerate(sentences):
        pace(len(sent.text) * POSITION_COST)
        if sent.furniture or sent.text.rstrip().endswith("?"):
            listed = None
            continue
        # (holder, stance, demand, cue, party shown beside a person, evidence)
        found: list[tuple[Speaker, str, str, bool, str, str]] = []
        claim = claim_at.get(sent.start)
        item = _BULLET.match(sent.text)
        if listed is not None and item:
            # "- a rebate on fuel duty;" under "The group's demands include:": one of the group's demands
            found.append((listed[0], listed[1], _clean_demand(_LIST_TAIL.sub("", sent.text[item.end():])), True, "",
                          sent.text))
        elif listed is not None:
            listed = None
        intro = _LIST_INTRO.match(sent.text) if si + 1 < len(sentences) and _BULLET.match(sentences[si + 1].text) \
            else None
        if intro and listed is None and not item:
            listed = _list_holder(article, cast, att, out, sent, intro, contexts[si])
        statement = _STATEMENT_INTRO.match(sent.text) if not intro and listed is None and not item and si > 0 and \
            si + 1 < len(sentences) and _BULLET.match(sentences[si + 1].text) else None
        said_before = claim_at.get(sentences[si - 1].start) if statement else None
        if said_before is not None:
            # "In a statement, the university said …. The statement made four points:" then "- …" lines: each
            # point is what the statement's author says
            sp = _claim_subject(article, cast, att, said_before, sentences[si - 1].start, contexts[si - 1])
            generic = _GENERIC_HOLDER.match(sp.name.strip())
            if generic and sp.kind in ("unnamed", "organisation"):
                sp = _earlier_party(article, cast, out, generic.group(1), sentences[si - 1].start, att.masked) or sp
            listed = (sp, "says that")

        def quote_at(off: int, _s=sent.start):
            # the spans starting at or before the offset, nearest first
            i = bisect.bisect_right(span_starts, _s + off) - 1
            while i >= 0 and spans[i][0] > _s + off - 4000:  # a quote is at most a few paragraphs long
                if spans[i][0] <= _s + off < spans[i][1]:
                    return spans[i][2]
                i -= 1
            return None

        hits = _cue_hits(sent.text, lambda off: quote_at(off) is not None)
        had_cue = any(h[3] != "say" for h in hits)
        coord: tuple[Speaker, int] | None = None
        again: set[int] = set()  # found entries that are a second verb of the same subject ("rejected … and insisted")
        resolved: list[int] = []
        for c0, c1, stance, how in hits:
            at = sent.start + c0
            inq = quote_at(c0)
            joined = False
            before = sent.text[:c0]
            hypo = _HYPOTHETICAL.search(before)
            if stance.startswith("promises") and _AFTER_CLAUSE.search(before):
                continue  # "a protest ended after the department promised to review …": a past promise the story tells
            if how != "say" and _IF_THEN_MAYBE.match(before):
                continue  # "If the board approves the plan, the cooperative could seek a review": a possibility, no position
            if _HOW_FAR.search(before):
                continue  # "a test of how firmly the government is prepared to …": a question about a side, no position
            if how in ("verb", "say") and _DENIED_BEFORE.search(before):
                continue  # "X denied that he wants to sell", "denies wanting to …": the wish is denied, not held
            if how != "noun" and hypo and not (hypo.group().lower().startswith("when") and (
                    _PAST_WORD.match(sent.text[c0:c1]) or _PAST_VERB.search(hypo.group(1)))):
                # "when the agency declined to …" tells what happened; "when the union agrees to …" is not yet so
                continue  # "if the union agrees to …", "whether he will agree to …": not yet anyone's position
            # "What the group wants most is a promise …", "What our members want is simple: a deal": the thing
            # after "is" is wanted, by the one named between "what" and the cue
            # (and "What I propose is a cap on rises": the thing proposed, demanded or offered likewise)
            cleft = _CLEFT_HEAD.search(before) if stance in ("wants", "proposes", "demands", "offers") else None
            cleft_tail = _CLEFT_TAIL.match(sent.text, c1) if cleft else None
            if how != "say" and not cleft_tail and _WHAT_CLEFT.search(before) and _IS_JUDGEMENT.match(sent.text[c1:]):
                continue  # "What the governor is asking for is not extravagant": a judgement of the ask, no ask
            if how == "verb" and inq is None and _FINDING.search(before):
                continue  # "Figures published today show that 600,000 people were waiting for …": a count
            demand = _demand_text(sent.text, cleft_tail.end() if cleft_tail else c1)
            if not stance.endswith(" that"):
                demand = _BUT_MODAL.split(demand, maxsplit=1)[0]  # "does not rule out talks but could not …"
            if how == "verb" and _PARTICIPLE_CUE.match(sent.text[c0:c1]) and _PLURAL_NOUN_BEFORE.search(before):
                # "The doctors offering to run the clinic noted …": a participle after its noun; the sentence's
                # own verb ends what they offer
                demand = _NEXT_VERB.split(demand)[0]
            if _IN_RELATIVE.search(before):
                demand = _clean_demand(_MAIN_PREDICATE.split(demand, maxsplit=1)[0])  # "Kelm, a former host who
                # campaigned against the tax, refused on Monday to …": the relative clause ends where the main verb
                # takes up the subject again, and what he campaigned against ends with it
            sub = _SUBORDINATE.match(sent.text)
            if sub and "," not in before and "," in demand:
                demand = _clean_demand(demand.split(",")[0])  # "While X wants Y, Z …": Y ends at the comma
            if stance == "chants":
                # (what was chanted ends where the sentence moves on: not "…, many holding signs with sayings such
                # as “…”")
                chanted = _CHANT_END.split(sent.text[c1:], maxsplit=1)[0]
                slogans = _SLOGAN.findall(chanted)
                # the slogan stays in quotation marks: "Teachers chant “Red for Ed”", not "chant red for Ed"
                demand = " and ".join(f"“{_clean_demand(x)}”" for x in slogans[:3]) or demand
            if inq is not None:
                if inq.speaker is None or len(sent.text.split()) < 5:
                    continue
                if how == "say" and _GENERIC_SUBJECT_BEFORE.search(before):
                    continue  # '"Nobody should lose their job over a timetable"': a maxim, not what a side wants
                if _disclaimer(article.body[sent.start + c1:inq.end], article.body[inq.end:inq.end + 160], before,
                               stance):
                    continue  # '"We don't want to go on strike. …" … "But we cannot accept …"': no policy
                if stance == "wants" and _SPEECH_ACT.match(demand):
                    continue  # '"I want to start by saying …"', '"I want to thank …"': how a speaker opens, no aim
                first = sent.text[c0:c1].split()[0].lower()
                perfect = _WE_HAVE.search(before)  # "We have put forward …" stands now
                if how == "verb" and not perfect and (_PAST_ENDING.search(first) or _WAS_TRYING.match(sent.text[c0:c1])):
                    continue  # "we wanted to …", "we were trying to …": a story, not a position
                own = how == "verb" and len(demand.split()) >= 2 and (perfect or _WE_OR_I_BEFORE.search(before))
                if cleft_tail and _FIRST_PERSON.match(cleft.group(1)):
                    # "What our members want is simple: a deal": the speaker's side wants the deal
                    found.append((inq.speaker, stance, demand, True, "", sent.text))
                elif own:  # "We are prepared to talk": the speaker's side is prepared to talk
                    found.append((inq.speaker, stance, demand, True, "", sent.text))
                elif how == "say" or len(demand.split()) < 2 or _FIRST_PERSON_WORD.search(before):
                    found.append((inq.speaker, "says that", _segment_demand(article, sent, inq, at), True, "",
                                  sent.text))
                else:
                    # "The president wants …" inside a quote: the subject named there, when it is a party
                    seg_open = max((g.open for g in inq.segments if g.open <= at), default=sent.start)
                    rel = article.body[max(seg_open + 1, sent.start):at]
                    cuts = [x.end() for x in _CLAUSE.finditer(rel)]
                    a0 = max(seg_open + 1, sent.start) + (cuts[-1] if cuts else 0)
                    label = _TURN_OPENS.match(article.body, max(seg_open, sent.start), at) if not cuts else None
                    if label and label.end() <= at:
                        a0 = label.end()  # "Okafor: The River Trust wants …": the turn's label is no subject
                    inner = _np_holder(article, cast, att, a0, at, None, quoted=True) if _NOUN_PHRASE_START.match(article.body[a0:at]) else None
                    if inner is not None and inner.kind == "unnamed" and label and inner.name[:1].isupper() and \
                            " " in inner.name and not _GENERIC_HOLDER.match(inner.name) and \
                            not _PEOPLE_PLURAL.fullmatch(inner.name.split()[-1].lower()):
                        inner = Speaker(inner.name, "organisation")  # "Okafor: The River Trust wants …": a body
                    who = inner if inner is not None and inner.kind in ("person", "organisation") else inq.speaker
                    if _CAN_BEFORE.search(article.body[a0:at]) and _NAMED_OTHER.match(article.body, a0, at) and \
                            not (inner is not None and inq.speaker is not None and inner.name == inq.speaker.name):
                        continue  # '"Carrowby can offer these children …," she said': what the speaker says another
                        # could do, never that party's own position
                    opened = _SAID_NAME_OPENS.search(article.body, sent.start, seg_open) \
                        if inner is None and _ADVERBS_ONLY.fullmatch(rel) else None
                    if opened:
                        # 'his agent, X, said Dario Vell "just wants to play football"': the quotation goes on
                        # the reported clause whose subject stands before it, so the wish is that subject's
                        named = _np_holder(article, cast, att, opened.start(1), opened.end(1), None)
                        if named is not None and named.kind in ("person", "organisation") and \
                                named.name != inq.speaker.name:
                            who = named
                    subject = article.body[a0:at].strip(" \"“”‘’,")
                    if inner is None and _THIRD_PARTY_SUBJECT.fullmatch(subject):
                        continue  # '"People want everything quickly now, but …"': the speaker says what others want
                    found.append((who, stance, demand, True, "", sent.text))
                continue
            holder = None
            party = ""
            ante = _NAMED_ANTECEDENT.search(before) if how == "verb" and inq is None else None
            if ante:
                # "… the sticking point for Kastrany, which insists that …": the party the relative clause is about
                sp = _np_holder(article, cast, att, sent.start + ante.start(1), sent.start + ante.end(1), contexts[si])
                holder = sp if sp is not None and sp.kind in ("organisation", "person", "joint") else None
            if cleft_tail:
                holder = _np_holder(article, cast, att, sent.start + cleft.start(1), at, contexts[si])
            if how == "verb" and coord is not None and _AND_THEN.search(before) \
                    and not _COMMA_OR_SEMICOLON.search(sent.text[coord[1]:c0]):
                holder = coord[0]  # "Readers slammed the council's decision and vowed to fight it": the readers vow
                # (a second position of its own only where the verb is finite: not "supply and demand dictate …")
                joined = bool(_FINITE_CUE.match(sent.text, c0))
            gap = _WHICH_WANTS_GAP.search(before)
            if gap and how == "verb" and _GAP_CONTINUATION.match(demand):
                demand = f"{gap.group(1).strip()} {demand}"  # "Taiwan, which Beijing wants absorbed …"
            reduced = _REDUCED_RELATIVE.search(before) if how == "verb" else None
            if reduced and _AS_WORD.match(demand):
                # "…, a concession the trust dismissed as "crumbs"": the trust dismisses the concession as crumbs
                demand = f"the {reduced.group(1)} {demand}"
            if how == "noun":
                core = _CUE_TAIL.sub("", sent.text[c0:c1])
                holder = _noun_cue_holder(article, cast, att, at, core)
                poss = _POSSESSIVE_LEAD.match(before) if holder is None else None
                if poss and poss.group("noun"):
                    # "The committee's central recommendation is …": the committee the story has named
                    holder = _earlier_party(article, cast, out, poss.group("noun"), sent.start, att.masked) or next(
                        (Speaker(q.side.split(" (")[0], "organisation") for q in reversed(out)
                         if poss.group("noun") in q.side.split(" (")[0].lower().split()), None)
                elif poss and si > 0 and not sentences[si - 1].furniture:
                    # "Their key demand is simple: …": theirs is the side the sentence before was about
                    prev = sentences[si - 1]
                    if out and out[-1].start == prev.start:
                        holder = Speaker(out[-1].side.split(" (")[0], "organisation")
                    else:
                        subj = _PREV_SUBJECT.match(att.masked[prev.start:prev.end])
                        holder = _np_holder(article, cast, att, prev.start, prev.start + subj.end(1),
                                            contexts[si - 1]) if subj else None
                        if holder is not None and (holder.kind == "person") != (poss.group("pro") in ("His", "Her")):
                            holder = None  # (a person's "their" is a guess; a group's "his" is no one)
                        count = _COUNTED.match(holder.name) if holder is not None else None
                        if count:  # "More than 900 parents have signed …. Their key demand": the parents'
                            holder = Speaker(holder.name[count.end():].capitalize(), holder.kind)
                if holder is None:
                    continue
                demand = _IS_SIMPLE.sub("", demand)
                owner = _FROM_OWNER.match(demand)
                if owner:
                    # "rejected the demand from the Growers Association": the holder named after the noun is
                    # not its content; what follows the name is, and a bare reference to a demand is none
                    demand = _clean_demand(_FOR_THAT_TO_START.sub("", demand[owner.end():].lstrip(" ,")))
                    if len(demand.split()) < 3:
                        continue
                if _FOR_OR_OF_END.search(sent.text[c0:c1]):
                    # "the missile systems, which are long-standing grievances for Russia": the thing before
                    ante = _WHICH_ARE_ANTECEDENT.search(before)
                    demand = _clean_demand(ante.group(1)) if ante else demand
                demand = _COPULA_THAT.sub("", demand)  # "X's core demand is …"
                if _POSSESSIVE_BEFORE.search(before) and not demand.lower().startswith("that ") \
                        and stance != "argues that":  # ("X's position is that …" runs on to the clause's end)
                    # "Westland's threat to close the border alarmed traders": the sentence's verb ends it
                    demand = _NEXT_CLAUSE_VERB.split(demand)[0]
                if demand.lower().startswith("that "):
                    demand = _clean_demand(_COPULA_NEXT.split(demand)[0])
            elif how == "aside":
                # "Commuters complained that ambulances were stuck, a claim the Manch denied": the name after the
                # noun denies what the clause before it says
                ms = cast.mentions_in(sent.start + c1, sent.start + c1 + 60)
                if not ms:
                    continue
                holder = _mention_speaker(ms[0])
                said = _VERB_OF_SAYING.split(before.rstrip(" ,"))[-1]
                demand = _clean_demand(f"that {said.strip()}")
                stance = "denies"
            elif how == "by":
                ms = [m for m in cast.mentions_in(sent.start + c1, sent.start + c1 + 70)
                      if _BY_GAP.fullmatch(article.body[sent.start + c1:m.start])]
                if not ms:
                    continue
                holder = _mention_speaker(ms[0])
                passive = _PASSIVE_AUX.search(before)
                if passive:
                    # "A price floor of 38p is being demanded by …": the whole subject of the passive is demanded
                    cuts = [x.end() for x in _CLAUSE.finditer(before[:passive.start()])]
                    demand = _clean_demand(before[cuts[-1] if cuts else 0:passive.start()].strip(" \"“”"))
                    demand = demand[:1].lower() + demand[1:] if demand.split(" ", 1)[0] in ("The", "A", "An") else demand
                else:
                    # "a compromise between the $300bn a year demanded by X": the noun phrase before the participle,
                    # never the clause it stands in
                    demand = _clean_demand(_TRAILING_ADVERB.sub("", _REDUCED_PASSIVE_CUT.split(before)[-1]))
            if holder is None and claim is not None and claim.verb_at < at and ";" not in article.body[claim.verb_at:at]:
                # (not past a semicolon: "The app says …; the regulator wants documents" is the regulator's)
                # "X said the mayor has decided that …": the cue's own subject, when it names a party
                vend = claim.verb_at + len(_WORD.match(article.body[claim.verb_at:]).group())
                rel = att.masked[vend:at]
                cuts = [x.end() for x in _CLAUSE.finditer(rel)]
                if _BENCH_SUBJECT.match(rel, cuts[-1] if cuts else 0) and \
                        not _BENCH_SUBJECT.match(" the " + claim.speaker.name):
                    # "X said that …, although the court has agreed to cap its liability", "said the judge had agreed
                    # to hear the case in a day": the court's act, never the speaker's side's
                    continue
                inner = _np_holder(article, cast, att, vend + (cuts[-1] if cuts else 0), at, None)
                subject = _claim_subject(article, cast, att, claim, sent.start, contexts[si])
                if subject.kind == "person" and _THEY_ALONE.fullmatch(att.masked[sent.start:claim.verb_at]):
                    # "They said …" is never one person: who they are, or no one the words name
                    subject = _they_antecedent(article, cast, att, None, si, sent.start) or Speaker("they", "unnamed")
                holder = _they(subject, out, sent.start, cast)
                if holder.name == "they":
                    holder = None
                client = _CLIENT.match(article.body, vend) if holder is not None and holder.kind == "person" else None
                if client:
                    # "Dr Maybury's solicitor, Imogen Waddell, said her client denied …": the client's position
                    who = _client_of(article.body[:sent.end], holder.name, cast)
                    holder = Speaker(who, "person") if who else holder
                if _IT_SAID.fullmatch(att.masked[sent.start:claim.verb_at]) \
                        and out and si > 0 and out[-1].start == sentences[si - 1].start and \
                        not cast.person(out[-1].holder) and not _joint(out[-1].holder):
                    holder = Speaker(out[-1].holder, "organisation")  # "The HDA said …. It has warned that …": the HDA
                generic = _GENERIC_HOLDER.match(inner.name.strip()) if inner is not None else None
                mine = _POSSESSIVE_NOUN_BEFORE.search(article.body[vend:at])
                own_org = _its_person_org(article, cast, att, sent, si, contexts) if generic and not mine else None
                if own_org is not None:
                    # "The processor, Tarrant Dairies, is caught in the middle. Its managing director, X, said the
                    # company supported …": the company is hers, the one the sentence before was about
                    inner = own_org
                elif generic and inner.kind == "unnamed" and not mine:  # "X said the trust had offered …"
                    earlier = _earlier_party(article, cast, out, generic.group(1), sent.start, att.masked)
                    inner = Speaker(earlier.name, "organisation") if earlier is not None else inner
                if inner is not None and inner.kind == "unnamed" and _SOURCES.match(holder.name) and \
                        inner.name.lower() not in ("he", "she", "they", "it", "we", "i"):
                    holder = inner  # "People familiar with the talks said the trustees would agree to …": the trustees
                elif inner is not None and not mine and _other_party_subject(inner, holder, cast):
                    holder = inner  # "The council said the union had refused to …": the union refuses
                if inner is not None and inner.kind != "unnamed":
                    if inner.kind == "organisation" and claim.speaker.kind == "person":
                        party = party_name(inner.name)  # "Mr Dalby said Westland was prepared to …"
                    else:
                        holder = inner
            if holder is not None and claim is not None and claim.verb_at < at and how in ("verb", "say"):
                # "His lawyer, Ana Roe, said he wants the charges dropped": his aim, not the lawyer's; a principal
                # the article does not settle is not guessed
                vend = claim.verb_at + len(_WORD.match(article.body[claim.verb_at:]).group())
                about = _ABOUT_PRINCIPAL.match(article.body, vend)
                lead = article.body[sent.start:claim.verb_at]
                principal, sex = _principal(article, cast, sent, si, lead) if about else ("", "")
                pro = (about.group("pro") or "").lower() if about else ""
                other = pro in ("he", "she") and sex and {"he": "m", "she": "f"}[pro] != sex
                if principal == "?" and not other:
                    continue
                if principal and not other:
                    holder, party = Speaker(principal, "person"), ""
            if holder is None and _TO_BEFORE.search(before) and not _COMMA_OR_SEMICOLON.search(before):
                # "Hundreds of farmers blocked the ring road to call for …": the sentence's subject
                dateline = _DATELINE_DASH.match(before)
                skip = dateline.end() if dateline else 0
                inner_cuts = [x.end() for x in _CLAUSE.finditer(before)]
                if inner_cuts:  # "… after 200 residents turned out to oppose …": the subordinate clause's subject
                    skip = max(skip, inner_cuts[-1])
                subj = _SUBJECT_BEFORE_VERB.match(before[skip:])
                if subj:
                    holder = _np_holder(article, cast, att, sent.start + skip, sent.start + skip + subj.end(1),
                                        contexts[si])
            who_clause = _WHO_BEFORE_CUE.search(before) if holder is None and how == "verb" else None
            if who_clause:
                # "… quashed the conviction of X, a baker who has spent nine years insisting that …": the one the
                # relative clause is about insists, not the sentence's subject
                named = [m for m in cast.mentions_in(sent.start, sent.start + who_clause.start())
                         if m.kind == "person" and m.person]
                if named and sent.start + who_clause.start() - named[-1].end <= 80:
                    holder = Speaker(named[-1].person, "person")
            if holder is None:
                rel = att.masked[sent.start:at]
                cuts = [x.end() for x in _CLAUSE.finditer(rel)]
                reported = list(_REPORTS_THAT.finditer(rel))
                if reported and (not cuts or reported[-1].end() > cuts[-1]):
                    cuts.append(reported[-1].end())  # "Dagposten reports that the Greens want …": the Greens
                if len(cuts) > 1 and _WHO_OR_WHICH_START.match(rel[cuts[-1]:]):
                    cuts.pop()  # "Y, who had long pressed for …": the subject is before the relative clause
                relative = list(_COMMA_WHO_OR_WHICH.finditer(rel))
                if cuts and relative and _AUXILIARIES_ONLY.fullmatch(rel[cuts[-1]:]):
                    # "the Forum, which speaks for the villages, has pushed for …": the subject is before the clause
                    cuts = [c for c in cuts if c <= relative[-1].start()]
                like = _LIKE_ASIDE.search(rel)
                if like and _AUX_ONLY.fullmatch(rel[like.end():]) and any(ch.isalnum() for ch in rel[:like.start()]):
                    # "The federation, like the chamber, welcomed …": the subject before the aside, not the party
                    # it is likened to
                    cuts = [c for c in cuts if c <= like.start()]
                    clause_start = sent.start + (cuts[-1] if cuts else 0)
                    holder = _np_holder(article, cast, att, clause_start, sent.start + like.start(), contexts[si])
                elif cuts and _AUX_ONLY.fullmatch(rel[cuts[-1]:]) and _SET_OFF_NAME.fullmatch(
                        rel[cuts[-2] if len(cuts) > 1 else 0:cuts[-1]]):
                    cuts.pop()  # "The second-largest, the Christian Workers' Union, is more open to …": the name set off
                    clause_start = sent.start + (cuts[-1] if cuts else 0)
                    holder = _np_holder(article, cast, att, clause_start, sent.start + len(rel.rstrip()), contexts[si])
                else:
                    clause_start = sent.start + (cuts[-1] if cuts else 0)
                    holder = _np_holder(article, cast, att, clause_start, at, contexts[si])
                if _THEY.fullmatch(att.masked[clause_start:at]) or _THEY_SAID.fullmatch(att.masked[clause_start:at]):
                    ante = _they_antecedent(article, cast, att, claim, si, at)
                    # "They said they …" after a sentence about one person: not that person, whoever they are
                    holder = ante or (None if holder is not None and holder.kind == "person" else holder)
                if holder is None and cuts and found and (_ING_ONLY.match(rel[cuts[-1]:]) or (
                        not rel[cuts[-1]:].strip() and _PARTICIPLE_CUE.match(sent.text[c0:c1]))):
                    holder = found[-1][0]  # "the fund urged the board to sell …, arguing this would …": the fund argues
                if holder is None and cuts and (_ING_ONLY.match(rel[cuts[-1]:]) or (
                        not rel[cuts[-1]:].strip() and _PARTICIPLE_CUE.match(sent.text[c0:c1]))):
                    # "… when Eastland's delegation walked out, accusing Westland of …": the walker-out accuses
                    prev = sent.start + (cuts[-2] if len(cuts) > 1 else 0)
                    holder = _np_holder(article, cast, att, prev, sent.start + cuts[-1], contexts[si])
                    subj = re.match(r"\W*((?:[\w’'-]+\s+){1,6}?)(?=[a-z]{3,}ed\b|" + _IRREGULAR_PAST + r")",
                                    att.masked[prev:sent.start + cuts[-1]])
                    if holder is None and subj:  # "Thousands of farmers blocked the road, demanding …": the farmers
                        holder = _np_holder(article, cast, att, prev, prev + subj.end(1), contexts[si])
                own_subj = _SUBJECT_BEFORE_PAST_TO.match(att.masked[clause_start:at])
                if holder is None and own_subj and clause_start != sent.start:
                    # "…, after more than 200 residents turned out to oppose …": the clause's own subject
                    holder = _np_holder(article, cast, att, clause_start, clause_start + own_subj.end(1), contexts[si])
                it_again = _IT_AGAIN.fullmatch(att.masked[clause_start:at])
                if holder is None and it_again and clause_start != sent.start and found:
                    # "the Liberal Party wants …, but it also wants …": "it" is the subject the sentence has had
                    holder = found[-1][0]
                bare = _GENERIC_HOLDER.match(_AUX_TAIL.sub("", att.masked[clause_start:at]).strip(" ,")) \
                    if holder is None and clause_start != sent.start else None
                if bare:
                    # "In a letter to the chairman, X, the fund urged …": the fund the story has named, never a
                    # name in the opening phrase before it
                    holder = _earlier_party(article, cast, out, bare.group(1), clause_start, att.masked)
                if holder is None and clause_start != sent.start and not it_again and not bare:
                    holder = _np_holder(article, cast, att, sent.start, at, contexts[si])
                subj = att.masked[clause_start:at].strip().lower()
                if _HE_OR_SHE_END.search(subj):
                    holder = _pronoun_person(cast, att, sent.start, at, subj) or holder
                if holder is None and _IT_SUBJECT.match(att.masked[sent.start:at]) and out and \
                        si > 0 and out[-1].start == sentences[si - 1].start and \
                        not cast.person(out[-1].holder) and not _joint(out[-1].holder):
                    holder = Speaker(out[-1].holder, "organisation")  # "X rejected Y. It has offered …": X
                if holder is None and it_again and clause_start == sent.start and si > 0 and \
                        not sentences[si - 1].furniture:
                    # "The Consumer Voice association sided with neither. It opposes …": the sentence before's
                    # subject, when that is an organisation
                    prev = sentences[si - 1]
                    lead_np = _PREV_SUBJECT.match(att.masked[prev.start:prev.end])
                    sp = _np_holder(article, cast, att, prev.start, prev.start + lead_np.end(1), contexts[si - 1]) \
                        if lead_np else None
                    after_name = lead_np.group(1).partition(sp.name)[2].split()[:1] if sp is not None and lead_np \
                        and sp.name in lead_np.group(1) else []
                    if sp is not None and sp.kind == "person" and after_name and after_name[0] in ORG_WORDS:
                        sp = Speaker(sp.name, "organisation")  # "the Consumer Voice association": a body
                    if sp is not None and sp.kind == "unnamed" and sp.name[:1].isupper() and " " in sp.name and \
                            not _GENERIC_HOLDER.match(sp.name) and not _PEOPLE_PLURAL.fullmatch(sp.name.split()[-1].lower()):
                        sp = Speaker(sp.name, "organisation")  # "The Harbour Workers Union met …. It rejects …"
                    holder = sp if sp is not None and sp.kind == "organisation" else None
            doc = _DOC_LEAD.match(att.masked[sent.start:at]) if how == "verb" else None
            if doc and (holder is None or _DOC_LEAD.match(holder.name)):
                holder = _document_author(article, cast, att, out, si, doc.group("noun"), contexts)
                doc_by[si] = holder
            elif holder is None and how == "verb" and si - 1 in doc_by and _DOC_IT.match(att.masked[sent.start:at]):
                holder = doc_by[si - 1]  # "The complaint seeks …. It also asks that …": the same document's authors
            if holder is None:
                continue
            if stance == "asks" and _RELATIVE_WOULD.search(before):
                continue  # "a trial in which some schools would ask pupils to …": a plan's detail, no one's ask
            if (stance == "votes to" or _BY_VOTES.search(demand)) and \
                    _GOVERNING.fullmatch(holder.name.split(" of ")[0].split()[-1]):
                # "councillors voted to shut five libraries", "Councillors back the extension by seven votes to
                # four": a decision taken, not a side's demand
                continue
            margin = _BY_VOTES.search(demand)
            if margin and len(demand[:margin.start()].split()) >= 2:
                # "Members backed the deal by 812 votes to 301": they back the deal; the margin is the vote's, not
                # part of what they back
                demand = demand[:margin.start()].rstrip(" ,")
            if stance in ("seeks", "tries to", "is looking to", "appeals against") and _INVESTIGATORS.fullmatch(holder.name):
                continue  # "police are seeking a man": an inquiry, not a side in a dispute
            generic = _GENERIC_HOLDER.match(holder.name.strip())
            if generic and holder.kind in ("unnamed", "organisation"):
                holder = _earlier_party(article, cast, out, generic.group(1), _named_at(sent, holder.name),
                                        att.masked) or holder
            gap2 = _TO_SOMETHING_GAP.search(before)
            if gap2 and _TO_DO_SOMETHING.match(demand):
                demand = f"to {gap2.group(1)}{demand.split(None, 2)[2:] and ' ' + demand.split(None, 2)[2] or ''}"
            both = _COORDINATED_STANCE.match(demand)
            if both:  # "did not want or need a bypass"
                stance, demand = f"{stance} {both.group(1)} {both.group(2)}", demand[both.end():]
            if stance == "won't budge on" and (len(demand.split()) < 2 or _OWN_POSITION.match(demand)):
                # "Orsk's chief demand, that …, is the one issue where the pact won't budge": on that demand; "its
                # position" alone says nothing a student can learn, so without the issue it is not asked
                demand = _issue_of(sent.text[:c0])
                if not demand:
                    continue
            evidence = sent.text
            if how == "verb" and _PRONOUN_OBJECT.match(demand):
                # "had rejected it unanimously": what "it" is, so a question needs no article to read it
                demand = _pronoun_object(demand, before, sentences[si - 1].text if si else "")
            if how == "verb" and len(demand.split()) < 2 and not any(ch.isdigit() for ch in demand):
                ante_np = _WHICH_GAP.search(before)
                if ante_np:  # "…, but it also wants a ban on phones, which the government has ruled out": the ban
                    demand = _clean_demand(ante_np.group(1))
            listed_here = _COLON_LIST.match(sent.text[c1:]) if _VAGUE.match(demand) else \
                _TO_WHOM_LIST.match(demand)
            if listed_here:
                # "its members want two things: a pay rise of 7% …, and an end to …": what follows the colon
                demand = _clean_demand(listed_here.group("what").rstrip(" ."))
            elif _VAGUE.match(demand) and len(demand.split()) <= 4 and si + 1 < len(sentences) and \
                    not sentences[si + 1].furniture:
                # (not "arguing this would be worth more than the offer": a clause, not a pointer to the next one)
                # "America wants one thing above all. To get this settled …": the next sentence says what
                demand = _clean_demand(sentences[si + 1].text)
                evidence = f"{sent.text} {sentences[si + 1].text}"
            if sent.text[c0:c1].lower().startswith("asking") and _OBJECT_TO.match(demand):
                continue  # "… a week later asking him to clear the exits": who asked whom, the words do not say
            found.append((holder, stance, demand, True, party, evidence))
            coord = (holder, c1)
            if joined:
                again.add(id(found[-1]))
            if len(demand.split()) >= 2 or _DIGIT.search(demand):
                resolved.append(c0)
        semi = article.body.find(";", claim.verb_at, sent.end) if claim is not None else -1
        claim_end = semi if semi >= 0 else sent.end  # a cue past a semicolon is another clause's, not the claim's
        if claim is not None and claim.speaker.kind in ("person", "joint", "organisation", "unnamed") and not any(
                claim.verb_at <= sent.start + at_ < claim_end for at_ in resolved):
            verb = article.body[claim.verb_at:claim.verb_at + 20]
            lead = article.body[sent.start:claim.verb_at]
            after = _VERB_AND_THAT.sub("", article.body[claim.verb_at:sent.end])
            if claim.claim and after.startswith(claim.claim) and _DASH_NEXT.match(after, len(claim.claim)):
                # "the plan – drawn up in secret – must be scrapped": what was said goes on after the aside
                aside = r"\s[–—-]\s[^–—]{3,120}?\s[–—-]\s"
                claim = replace(claim, claim=re.sub(aside, " ", after).rstrip(" ."))
            last = lead.split()[-1].lower() if lead.split() else ""
            attributive = last.endswith("ing") and _CLAIMED_OR_ALLEGED.match(verb)
            noun_verb = last in DEMONYMS or _DETERMINER_BEFORE.search(lead) or (
                _PLURAL_VERB.match(verb) and _PREPOSITION_BEFORE.search(lead))  # "open the way to claims for …"
            question = _INDIRECT_QUESTION.match(claim.claim)  # an indirect question, or a gap
            question = question or lead.count("(") > lead.count(")")  # an aside in brackets
            promise = _TO_START.match(claim.claim) and _PROMISE_VERB.match(verb)  # "after the administration promised to forward …": a past
            # promise the story tells; a side's own pledges are read by their cues ("pledged to", "vowed to")
            # ("…, the same share that it says clubs in other sports receive": an aside, no position)
            if not noun_verb and not question and not promise and not _RELATIVE_SAYER.search(lead) and (had_cue or _claim_is_position(claim, verb) or
                                                                   _advocates_case(claim, cast, verb, lead)):
                stance = "argues that" if _ARGUING_VERB.match(verb) else "says that"
                if attributive:
                    stance = "claims"  # "spent the week promoting claimed savings in the budget"
                subject = _claim_subject(article, cast, att, claim, sent.start, contexts[si])
                holder = _they(subject, out, sent.start, cast)
                if _SOURCES.match(holder.name):
                    holder = _sourced_party(article, cast, att, claim, out) or holder
                doc = _DOC_LEAD.match(att.masked[sent.start:claim.verb_at])
                author = _document_author(article, cast, att, out, si, doc.group("noun"), contexts) if doc else None
                if doc:  # "Their letter says any softening would be unfair": the letter's authors say so, or no one
                    holder = author if author is not None else holder
                recipient = holder.kind == "person" and any(
                    m.kind == "person" and m.person == holder.name and _PREPOSITION_NAME_BEFORE.search(article.body[sent.start:m.start])
                    for m in cast.mentions_in(sent.start, claim.verb_at))
                rel = att.masked[sent.start:claim.verb_at]
                cuts = [x.end() for x in _CLAUSE.finditer(rel)]
                clause_start = sent.start + (cuts[-1] if cuts else 0)
                if holder.kind == "person" and not any(
                        m.kind == "person" for m in cast.mentions_in(clause_start, claim.verb_at)):
                    holder = _np_holder(article, cast, att, clause_start, claim.verb_at, None) or holder
                participle = _SAYING_PARTICIPLE.match(verb) and any(
                    f[3] for f in found)  # "X rejected Y, saying …": X's reason, already X's position
                who = cast.person(holder.name) if holder.kind == "person" else None
                onlooker = f"{lead} {who.role if who else ''}"
                if _HEDGED.search(claim.claim) and _COMMENTATOR.search(onlooker) or _PRESS_VOICE.search(onlooker):
                    # "Halloran, who studies the conflict, said a smaller deal was the likeliest outcome": an
                    # onlooker's forecast, not a side's position
                    participle = True
                if not recipient and not participle and not (doc and author is None):
                    # ("In a letter to the minister, … said they would …"; a document whose authors are unknown is
                    # no side)
                    said = _claim_demand(claim.claim, verb)
                    tag = _TAG_AFTER_COMMA.search(lead)
                    rest = _LEADING_DAY.sub("", claim.claim)
                    if tag and (not rest or _SUBORDINATOR.match(rest)):
                        # "Drivers will walk out on Friday, their union announced Wednesday, after talks collapsed":
                        # what was announced comes before the tag
                        said = _clean_demand(lead[:tag.start()][(_DATELINE.match(lead).end() if _DATELINE.match(lead)
                                                                  else 0):])
                    if _DENIAL_VERB.match(verb) and stance == "says that" and said:
                        # "X denied that he wants to sell": X denies it, never "says that he wants to sell"
                        bare = re.match(r"(?:that|[a-z]+ing|" + _RUMOUR + r")\b", said)  # ("denies wanting …")
                        stance, said = "denies", said if bare else f"that {said}"
                    vend = claim.verb_at + len(_WORD.match(article.body[claim.verb_at:]).group())
                    about = _ABOUT_PRINCIPAL.match(article.body, vend) if holder.kind == "person" else None
                    principal, sex = _principal(article, cast, sent, si, lead) if about else ("", "")
                    pro = (about.group("pro") or "").lower() if about else ""
                    other = pro in ("he", "she") and sex and {"he": "m", "she": "f"}[pro] != sex
                    if principal and not other and principal != "?":
                        holder = Speaker(principal, "person")  # "His agent said he wants a move": the player's
                    if principal == "?" and not other:
                        pass  # a representative's words about a principal the article does not settle: no one's
                    elif not _NO_COMMENT_CLAIM.match(said):  # ("the player would not comment": nothing said)
                        found.append((holder, stance, said, False, "", sent.text))
        under = _UNDER_PROPOSAL.match(sent.text) if not found and claim is None and not quote_at(0) else None
        if under and _WOULD_OR_WILL.search(sent.text[under.end():]):
            ms = [m for m in cast.mentions_in(sent.start + under.start("who"), sent.start + under.end("who") + 2)
                  if m.kind != "person" and not _CURRENCY.match(m.text)]
            if ms:
                found.append((_mention_speaker(ms[0]), "proposes", f"that {_demand_text(sent.text, under.end())}", True,
                              "", sent.text))
        if not found and claim is None and not quote_at(0):
            # "The budget passed by the Legislature would cut …"; "The league tabled the proposal. It would limit …":
            # what a party's proposal would do is what the party proposes
            by = _PROPOSAL_BY.match(sent.text)
            prev = _PROPOSAL_TABLED.match(sentences[si - 1].text) if si > 0 and not by else None
            it = _IT_WOULD.match(sent.text)
            if by:
                found.append((Speaker(by.group("who").strip(), "organisation"), "proposes",
                              f"a {by.group('what').lower()} that would {_demand_text(sent.text, by.end())}", True, "",
                              sent.text))
            elif prev and it:
                who = prev.group("who").strip()
                found.append((Speaker(who, "unnamed" if _GENERIC_HOLDER.match(who) else "organisation"), "proposes",
                              f"a {prev.group('what').lower()} that would {_demand_text(sent.text, it.end())}", True,
                              "", sent.text))
        if not found and claim is None and not _OPENING_QUOTE.match(sent.text) and quote_at(0) is None:
            # "Cheaper fares are essential, Okafor said, …": reported speech with the speaker after it (not the last
            # sentence of a quotation, whose own words the quote's cues judge)
            tail = _SAID_AFTER.search(sent.text)
            if tail and _CLAIM_MARKS.search(sent.text[:tail.start()]):
                ms = [Speaker(m.person, "person") for m in cast.mentions_in(sent.start + tail.start(1),
                                                                             sent.start + tail.end(1))
                      if m.kind == "person"]
                if tail.group(1) in ("he", "she") and contexts[si] is not None and contexts[si].kind == "person":
                    ms = [contexts[si]]
                if ms:
                    found.append((ms[0], "says that",
                                  _clean_demand(sent.text[:tail.start()]), False, "", sent.text))
        sticking = _STICKING.match(sent.text) or _STICKING_FOR.search(sent.text) if not found else None
        if sticking:
            # "The sticking point for parents is the interim head", "the civilians were the sticking point for
            # Kastrany", "The sticking point, according to officials at the regulator, is the error rate": the
            # side will not move on the issue named
            g = sticking.groupdict()
            who, src = g.get("who"), g.get("src")
            holder = None
            if who:
                a = sent.start + sticking.start("who")
                holder = _np_holder(article, cast, att, a, a + len(who), contexts[si])
                if holder is None and _PLAIN_PLURAL.fullmatch(who):
                    holder = Speaker(who.removeprefix("the ").capitalize(), "unnamed")
            elif src:
                owner = _OWNER_NOUN.search(src)
                holder = _earlier_party(article, cast, out, owner.group(1), sent.start, att.masked) if owner else None
            what = g.get("what") or ""
            demand = _demand_text(sent.text, sticking.start("what")) if g.get("what_at_end") else _clean_demand(what)
            if holder is not None and len(demand.split()) >= 2:
                found.append((holder, "won't budge on", demand, True, "", sent.text))
        view = _IN_VIEW.match(sent.text) if not found and quote_at(0) is None else None
        if view:
            # "In the council's view, the road is safe", "In her view, a study is not enough": the holder's argument
            holder = None
            key = "who" if view.group("who") else "of" if view.group("of") else ""
            if key:
                a = sent.start + view.start(key)
                holder = _np_holder(article, cast, att, a, a + len(view.group(key)), contexts[si]) or next(
                    (Speaker(m.person, "person") for m in cast.mentions_in(a, a + len(view.group(key)) + 2)
                     if m.kind == "person" and m.person), None)
                generic = _GENERIC_HOLDER.match(view.group(key).strip())
                if generic and (holder is None or holder.kind in ("unnamed", "organisation")):
                    holder = _earlier_party(article, cast, out, generic.group(1), a, att.masked) or holder
            elif view.group("pro").lower() in ("his", "her"):
                holder = contexts[si] if contexts[si] is not None and contexts[si].kind == "person" else None
            elif out and si > 0 and out[-1].start == sentences[si - 1].start and not cast.person(out[-1].holder):
                holder = Speaker(out[-1].side.split(" (")[0], "organisation")  # "Its view …": the side just heard
            demand = _demand_text(sent.text, view.end())
            if holder is not None and len(demand.split()) >= 3:
                found.append((holder, "argues that", demand, True, "", sent.text))
        seen: set[str] = set()
        # "welcomed the ban but said it would oppose any exemption": what the side wants beyond a welcome is asked
        found.sort(key=lambda f: f[1] == "welcomes")
        for entry in found:
            holder, stance, demand, cue, party, evidence = entry
            holder = _title_holder(holder, cast, sent.start, article.body)
            holder = _spokesperson_party(holder, cast, att.masked, sent.start)
            if holder.kind == "unnamed" and _SPOKESPERSON.fullmatch(holder.name) and out and out[-1].start >= sent.start - 600 \
                    and " (" not in out[-1].side and not cast.person(out[-1].holder) and not _joint(out[-1].holder):
                # "The department hit back, saying … A spokesman said: …": the spokesman of the side just heard
                holder = Speaker(out[-1].holder, "organisation")
            part = _PART_OF.match(holder.name.strip()) if holder.kind != "person" else None
            if part and part.group("owner")[:1].isupper() and not _GENERIC_HOLDER.match(part.group("owner")):
                holder = Speaker(part.group("owner"), "organisation")  # "the Lecturers Union's local branch"
            elif part:  # "the union's local branch": the union the story names
                holder = _earlier_party(article, cast, out, part.group("owner").split()[-1].lower(),
                                        _named_at(sent, holder.name), att.masked) or holder
            generic = _GENERIC_HOLDER.match(holder.name.strip())
            if generic and holder.kind in ("unnamed", "organisation"):
                holder = _earlier_party(article, cast, out, generic.group(1), _named_at(sent, holder.name),
                                        att.masked) or holder
            if holder.kind == "unnamed" and out and si > 0 and out[-1].start >= sentences[si - 1].start and \
                    _own_noun(holder.name) in _OWN_PEOPLE and \
                    sent.text.lstrip(" \"“").lower().split()[:2] in (["its", _own_noun(holder.name)],
                                                                     ["their", _own_noun(holder.name)]) \
                    and (not cast.person(out[-1].holder) or _named_group(out[-1].holder, article.body)) \
                    and not _joint(out[-1].holder):
                # "The Alliance wants a fund. Its members argue that …": the alliance the sentence before named (its
                # members, negotiators, officials: the party's own people, not "their passengers")
                holder = Speaker(out[-1].side.split(" (")[0], "organisation")
            if holder.kind == "person" and _named_group(holder.name, article.body):
                holder = Speaker(holder.name, "organisation")  # "the Save Linden Vale group": a group, not a person
            relational = _RELATIONAL_HOLDER.fullmatch(holder.name.strip()) if holder.kind == "unnamed" else None
            if relational:
                # "Her opponents in the Green Party want …": the party the words name; "Her critics say …": whose
                # critics a pronoun leaves to the reader, so no side is asked ("Okafor's supporters" is one)
                held_at = _word_at(holder.name.strip(), sent.text)
                named_in = _RELATIVE_TO.match(sent.text, held_at + len(holder.name.strip())) \
                    if held_at is not None else None
                owned = _PRONOUN_OWNER.search(relational.group(1) or "") or \
                    held_at is not None and _PRONOUN_OWNER.search(sent.text[:held_at])
                if named_in:
                    holder = Speaker(named_in.group(1), "organisation")
                elif owned:
                    continue
            described = _described_as(article.body, holder.name) if holder.kind == "unnamed" else ""
            if described:  # "The parents' group said …" after "A parents' group, Families First, …"
                holder = Speaker(described, "organisation")
            label = side_label(holder, cast, names, government, court)
            clause_subject = False
            if label is not None and _CLAUSE_SIDE.match(label[0]):
                # "the broadcaster wants …, and has warned that it will seek to …": the subject the sentence has had
                same = [q.side for q in out if q.start == sent.start and not _CLAUSE_SIDE.match(q.side)]
                if not same:  # (the organisation the sentence opens on: "X, which holds 5%, backs … and said …")
                    same = [m.text for m in cast.mentions_in(sent.start, sent.start + 80) if m.kind in ("org", "unknown")
                            and not article.body[sent.start:m.start].strip(" \"“").lower() not in ("", "the")][:1]
                if not same:
                    continue
                label = (same[-1], same[-1].split(" (")[0])
                clause_subject = True  # its second verb's position: the same side may hold two in one sentence
            introduced = _introduced_as_its(article, cast, att, holder.name, contexts) if holder.kind == "person" \
                else None
            if label is not None and introduced is not None and introduced.name != label[1] and \
                    cast.person(introduced.name) is None:
                # "Norland wants … . Its chief negotiator, X, said …": Norland's, not the party named before it
                label = (f"{introduced.name} ({holder.name})", introduced.name)
            elif label is not None and holder.kind == "person" and label[1] == holder.name:
                if holder.name not in its_party and si > 0 and out and out[-1].start == sentences[si - 1].start and \
                        re.match(r"\W*(?:Its|Their)\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+" + re.escape(holder.name) + r",",
                                 sent.text) and not cast.person(out[-1].side.split(" (")[0]) and \
                        out[-1].side.split(" (")[0].lower() not in AGENT_NOUNS | _GENERIC:  # (not "Regulator")
                    its_party[holder.name] = out[-1].side.split(" (")[0]  # the party the sentence before heard from
                if holder.name in its_party:
                    label = (f"{its_party[holder.name]} ({holder.name})", its_party[holder.name])
            if label is not None and holder.kind == "person" and label[1] in (government or label[0], holder.name):
                sent_by = _sent_by(article.body, cast, holder.name)
                if sent_by and sent_by != label[1]:
                    # "Sarrant's chief negotiator, the culture minister X": a minister of the other country
                    label = (f"{sent_by} ({holder.name})", sent_by)
            if holder.kind == "person" and stance in ("argues that", "says that", "suggests that"):
                person = cast.person(holder.name)
                named_at = evidence.find(holder.name.split()[-1])
                if _PRESS_VOICE.search(person.role if person is not None else "") or (
                        named_at > 0 and _PRESS_VOICE.search(evidence[:named_at])):
                    continue  # "the aviation columnist X argues that …": a paper's voice, not a side's
            if holder.kind == "unnamed" and _PASSER_BY_SIDE.fullmatch(holder.name):
                continue  # "an elderly man" the story meets is nobody's side in the dispute
            one_word = stance in ("urges", "calls for", "pushes for", "appeals for", "is open to") and \
                demand.lower().strip(" .") in _STANCE_NOUNS  # "urged restraint", "called for calm"
            if label is None or (len(demand.split()) < 2 and not _DIGIT.search(demand) and not one_word) or \
                    _TIME_ONLY.fullmatch(demand):
                continue
            side = label[0]
            if party and holder.kind == "person" and " (" not in side:
                side = f"{party} ({holder.name})"
            if (side in seen and not clause_subject and id(entry) not in again) or _repeats(out, side, demand) or _DEICTIC.search(_IF_OR_UNLESS.split(demand, maxsplit=1)[0]) or (
                    stance.endswith(" that") and _SUBJECTLESS.match(demand)):
                # ("hoped that would not be needed": what "that" is, the words do not say)
                continue
            if stance == "won't budge on" and _OWN_POSITION.match(demand):
                continue  # '"We won't budge on our position," X said': on what, the words do not say
            end_pronoun = _END_PRONOUN.fullmatch(demand)
            if end_pronoun:
                # "X wants the retirement age frozen; Y insists on raising it": "it" is the thing the clause before
                # names; a question cannot ask "Which side insists on raising it?"
                at_ = sent.text.find(demand)
                thing = _CLAUSE_OBJECT.search(sent.text[:at_]) if at_ > 0 else None
                if thing is None:
                    continue
                demand = f"{end_pronoun.group(1)} {thing.group(1)}"
            some = _WHERE_SOME_SAY.search(sent.text) if holder.kind != "person" else None
            if some and sent.text.find(demand) > some.start():
                continue  # "the Senate, where several senators have said they want …": some members' wish, not the
                # body's (nor any party's the question could offer)
            undone = _ITS_UNDOING.fullmatch(demand)
            if undone and holder.kind != "person":
                # "calling the reform 'brutal' and demanding its withdrawal": "its" is the thing the sentence
                # named before, never the side's own; asked as "the withdrawal of the reform", or not at all
                at_ = sent.text.find(demand)
                things = list(_UNDONE_THING.finditer(sent.text[:at_])) if at_ > 0 else []
                if not things:
                    continue
                demand = f"the {undone.group(1)} of {things[-1].group()}"
            if _EACH_OTHER.match(demand):
                continue  # "the frontrunners accused each other of …": both sides at once, no one side's position
            if holder.kind != "person" and _HIS_THING.fullmatch(demand):
                # the Greens "support his budget": the budget of the one person the sentence names, else nobody's
                named = list(dict.fromkeys(m.person for m in cast.mentions_in(sent.start, sent.end) if m.kind == "person"))
                if len(named) != 1:
                    continue
                demand = f"{named[0]}'s {demand.split(None, 1)[1]}"
            if stance in _THAT_STANCES and _MODAL_CLAUSE.match(demand):
                # "proposed that an observer mission should monitor any truce": the clause keeps its "that", or
                # "proposes an observer mission should monitor" reads as a noun and a stray verb
                demand = f"that {demand}"
            seen.add(side)
            who = holder.name if holder.kind in ("person", "joint") else label[1]
            out.append(Position(side, who, demand, evidence, sent.start, cue, stance))
    out = _author_positions(article, _given_up(out, article, pace))
    book = _whole_name_book(article.body)
    merged = _whole_names(merge_sides(out, cast, article.body), article.body, cast, book)
    pace.now()
    read_cues(article.body, pace)  # (where names are places or things: read once, a line at a time)
    joined = _whole_names(_crowds_joined(named_groups(_coordinated(_shared_views(merged, article, cast, pace), article,
                                                                   cast), article.body)), article.body, cast, book)
    pace.now()
    return _described_sides(_of_a_party(_members_beside_union(_same_held(_unshouted_sides(article.body, joined))),
                                        article.body, cast), article, cast)


_BOARD_OF = re.compile(r"(?:[Tt]he\s+)?(?:([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})(?:['’]s?)?\s+(?:supervisory\s+|management\s+|"
                       r"executive\s+)?(?:board|directors|board\s+of\s+directors)|[Bb]oard\s+of\s+(?:directors\s+of\s+)?"
                       r"(?:the\s+)?([A-Z][\w&.-]*(?:\s+(?:of\s+)?[A-Z][\w&.-]*){0,5}))")


def _described_sides(positions: list[Position], article: Article, cast: Cast) -> list[Position]:
    """A side labelled with a description by origin ("Ostravian group", "Norlandic", "Munich-based group") is the
    body the article describes so (described.py): one party under one name, never an adjective or a city."""
    out = []
    for p in positions:
        party, _, rest = p.side.partition(" (")
        board = _BOARD_OF.fullmatch(party)
        if board:  # "Veldhuis's supervisory board", "Board of Westmarch Health Trust": the body it runs
            owner = board.group(1) or board.group(2)
            held = {q.side.split(" (")[0] for q in positions}  # (a board of a body that holds nothing is kept)
            body = next((o for o in _described_orgs(cast, positions) if (o == owner or o.startswith(owner + " "))
                         and o in held), "")
            if body and not cast.person(body):
                out.append(replace(p, side=body + (" (" + rest if rest else ""),
                                   holder=body if p.holder == party else p.holder))
                continue
        if qualified(party) is None and not key_of(party):
            out.append(p)
            continue
        sp = _qualified_body(article, cast, positions, party, p.start)
        if sp is None or sp.kind != "organisation":
            out.append(p)
            continue
        side = sp.name + (" (" + rest if rest and rest.rstrip(")") != sp.name else "")
        out.append(replace(p, side=side, holder=sp.name if p.holder == party else p.holder))
    return out


def described_speakers(claims: list[Claim], positions: list[Position], article: Article, cast: Cast) -> list[Claim]:
    """Claims whose speaker is a description by origin ("the Vestrian airline said …") as said by the body the
    article describes so."""
    out = []
    for c in claims:
        sp = None
        board = _BOARD_OF.fullmatch(c.speaker.name) if c.speaker.kind in ("unnamed", "organisation") else None
        if board:
            owner = board.group(1) or board.group(2)
            held = {q.side.split(" (")[0] for q in positions}
            body = next((o for o in _described_orgs(cast, positions) if (o == owner or o.startswith(owner + " "))
                         and o in held), "")
            sp = Speaker(body, "organisation") if body and not cast.person(body) else None
        elif c.speaker.kind in ("unnamed", "organisation") and (qualified(c.speaker.name) or key_of(c.speaker.name)):
            sp = _qualified_body(article, cast, positions, c.speaker.name, c.start)
        out.append(replace(c, speaker=sp) if sp is not None and sp.kind == "organisation" else c)
    return out

# A demand given up: "…, but dropped that demand last week", "It later abandoned that demand.", "…, but it has since
# withdrawn that call": an abandoning verb whose object points back to the demand (or, in the same sentence, has none)
_GIVE_UP = (r"(?:dropped|drops|abandoned|abandons|withdrew|withdraws|withdrawn|scrapped|scraps|shelved|shelves|"
            r"ditched|ditches|gave\s+up|given\s+up|gives\s+up|backed\s+down\s+(?:on|over)|retreated\s+from|"
            r"(?:has|have|had)\s+dropped|let\s+(?:go\s+of))")
_BACK_REF = (r"(?:(?:that|this|the|its|their|those|these)\s+(?:(?:original|earlier|initial|first|key|main|pay|"
             r"central)\s+)?(?:demands?|calls?|claims?|plans?|proposals?|requests?|bids?|threats?|idea|aims?|"
             r"insistence|conditions?|pledges?|campaigns?)|it|them)\b")
_AUX_ADV = r"(?:(?:has|have|had|later|since|now|quietly|then|eventually|finally|also|subsequently)\s+)*"
_GIVEN_UP_SAME = re.compile(r"^[^;.]*?(?:,\s*|\s)(?:but|and|before)\s+(?:(?P<who>it|they|he|she|the\s+[a-z]+)\s+)?"
                            + _AUX_ADV + _GIVE_UP + r"(?:\s+" + _BACK_REF + r"|\s*[,.]|\s+(?:last|this|in|on|after|"
                            r"when|following)\b)", re.IGNORECASE)
_GIVEN_UP_NEXT = re.compile(r"^\W*(?:(?:But|However|Since\s+then),?\s+)?(?P<who>it|they|he|she|the\s+[a-z]+)\s+" + _AUX_ADV
                            + _GIVE_UP + r"\s+" + _BACK_REF, re.IGNORECASE)


# a past cue in a clause set on a past occasion: "in 2018, when the authority wanted to …", "In 2019 the club sought …"
_WHEN_PAST_CUE = re.compile(r"\b(?:when|(?:in|by)\s+(?:1[89]|20)\d\d,?)\s+(?:[\w’'-]+\s+){1,5}?(?:wanted|sought|"
                            r"demanded|planned|proposed|called|asked|pushed|hoped|tried)\s+(?:for\s+|to\s+)?$",
                            re.IGNORECASE)
_PAST_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# a cue in the past perfect right before the demand: "had demanded", "had long called for", "had sought"
_HAD_CUE = re.compile(r"\bhad\s+(?:(?:already|also|earlier|previously|originally|initially|first|long)\s+)*"
                      r"(?!been\b)[a-z]+(?:ed|ght)(?:\s+(?:for|to|on|that))?\s*$")


# a verb of saying or knowing before it: "said it had offered …" is the speaker's "we have offered", still standing
_REPORTING_BEFORE = re.compile(r"\b(?:said|says|told|tells|announced|added|confirmed|explained|insisted|argued|"
                               r"claimed|stated|wrote|noted|revealed|disclosed|according\s+to|learned|heard|knew|"
                               r"understood|reported|recalled|acknowledged|admitted|emerged|after|since|when|because|"
                               r"until|before|once)\b", re.IGNORECASE)


def _own_subject(who: str | None, p: Position) -> bool:
    """Whether the subject of a clause that gives something up is the position's own holder: none, a pronoun, or
    "the X" where X is a word of the holder's name ("the union"); never another party ("but the company dropped …")."""
    if not who or who.lower() in ("it", "they", "he", "she"):
        return True
    noun = who.split()[-1].lower()
    return noun in p.side.lower().split() or noun in p.holder.lower().split()


def _given_up(positions: list[Position], article: Article, pace: Pacer) -> list[Position]:
    """A demand its holder has since given up is no present wish: "The union had demanded a 10% rise but dropped that
    demand last week", "The council wanted to close the pool. It has now withdrawn the plan." It is asked in the
    past ("Which side demanded …?"), never as what the side wants now, and cut before the clause that gives it up."""
    out = []
    sentences = article.sentences
    for p in positions:
        pace(len(p.evidence) * POSITION_COST)
        sent = article.sentence_at(p.start)
        at = sent.text.find(p.demand[:40]) if sent is not None and p.demand else -1
        if at < 0 or p.stance.endswith(" that") or p.stance in ("says", "denies"):
            out.append(p)
            continue
        rest = sent.text[at:]
        same = _GIVEN_UP_SAME.match(rest)
        if same and _own_subject(same.group("who"), p):
            cut = re.search(r"(?:,\s*|\s)(?:but|and|before)\s+(?:(?:it|they|he|she|the\s+[a-z]+)\s+)?" + _AUX_ADV +
                            _GIVE_UP, rest, re.IGNORECASE)
            demand = _clean_demand(rest[:cut.start()]) if cut is not None else p.demand
            if len(demand.split()) >= 2:
                out.append(replace(p, demand=demand if len(demand) < len(p.demand) else p.demand, past=True))
            continue
        if _WHEN_PAST_CUE.search(sent.text[:at]) and _PAST_YEAR.search(sent.text[:at]) and \
                not _QUOTE_MARK.search(sent.text[:at]):
            out.append(replace(p, past=True))  # "The biggest fight was in 2018, when they wanted to …": then, not now
            continue
        if _HAD_CUE.search(sent.text[:at]) and not _QUOTE_MARK.search(sent.text[:at]) and \
                not _REPORTING_BEFORE.search(sent.text[:at]):
            out.append(replace(p, past=True))  # "Fans had called for extra dates": before the story's time, asked so
            continue
        si = article.sentence_index(p.start)
        after = next((x for x in sentences[si + 1:si + 2] if not x.furniture), None)
        if after is not None and not any(ch in after.text[:80] for ch in "\"“”") and _GIVEN_UP_NEXT.match(after.text) and \
                _own_subject(_GIVEN_UP_NEXT.match(after.text).group("who"), p):
            out.append(replace(p, past=True))
            continue
        out.append(p)
    return out


def _of_a_party(positions: list[Position], body: str, cast: Cast) -> list[Position]:
    """Positions whose side is a party: a town the article writes of as a place ("Hollins Vale refuses …" beside
    "homes in Hollins Vale") or a commodity ("Lithium refuses to wait") is no side (kinds.py); a person's view
    labelled with a place ("Alderbrook (Ann Lee)") is the person's own. A job title ("The Vice-Chancellor wants …")
    is the one person the article gives that title: offered beside the body it heads, a title is the same party
    twice."""
    out = []
    for p in positions:
        party, _, person = p.side.partition(" (")
        if _TITLE_ONLY.fullmatch(party) and not person:
            title = party.lower()
            holders = [c.name for c in cast.people if c.kind == "person" and c.role and
                       (c.role.lower() == title or c.role.lower().endswith(" " + title))]
            # (with no one holder it stays as it was: a title is never offered as a side — checks.is_party — so a
            # question on it is not kept, and the position is still read)
            out.append(replace(p, side=holders[0], holder=holders[0]) if len(holders) == 1 else p)
            continue
        place = kind_of(party, body) or (named_as_place(party, body) and cast.person(party) is None and not person)
        if not place:
            out.append(p)
        elif person and kind_of(p.holder, body) == "":
            out.append(replace(p, side=person.rstrip(")")))
    return out


# A side that is only a job title: "Vice-Chancellor", "Chief Executive", "the Mayor" (a title's head word last)
_TITLE_ONLY = re.compile(r"(?:(?:vice|deputy|chief|prime|acting|interim|first|assistant|executive|managing|general)"
                         r"[ -]){0,2}(?:chancellor|president|mayor|governor|minister|secretary|director|chair|"
                         r"chairman|chairwoman|chairperson|chief|executive|ceo|premier|principal|headteacher|"
                         r"manager|commissioner|superintendent|sheriff|spokes(?:man|woman|person)|treasurer|dean|"
                         r"provost|registrar|rector|coach)", re.IGNORECASE)


# What follows a shouted word that only describes the noun after it ("FURIOUS neighbours", "ANGRY parents"), where
# a shouted noun is followed by its verb or a preposition ("TEACHERS in Marford have …", "THE COUNCIL has …")
_SHOUTED_MODIFIER = re.compile(r"^\s+(?!(?:in|at|on|of|from|across|around|who|which|that|have|has|had|are|were|is|was|"
                               r"will|would|can|could|say|said|says|and|to|for|with|say|today|yesterday|last|this)\b)"
                               r"[a-z][a-z-]+\b")


def _unshouted_sides(body: str, positions: list[Position]) -> list[Position]:
    """'LONDON — THE GOVERNMENT has refused …': the side is the 'Government', not 'GOVERNMENT' (shouting.py)."""
    shouted = shouted_words(body)
    if not shouted:
        return positions
    out = []
    for p in positions:
        side, _, rest = p.side.partition(" (")
        if side in shouted and _SHOUTED_MODIFIER.search(body[:1500].replace(side, "\0", 1).partition("\0")[2][:30]):
            continue  # "FURIOUS neighbours have vowed …": a word before the group's noun, never the group
        words = side.split()
        if len(words) > 1 and words[0] in shouted and all(w.islower() for w in words[1:]):
            side = " ".join(words[1:]).capitalize()  # "OUTRAGED shoppers": the shoppers, as any described group
            p = replace(p, side=side + (" (" + rest if rest else ""), holder=side)
        plain = unshouted(side, shouted)
        if plain != side:
            p = replace(p, side=plain + (" (" + rest if rest else ""),
                        holder=unshouted(p.holder, shouted))
        out.append(p)
    return out


# The workers a union speaks for, described by their trade: "Train drivers on the valley line", "Nurses at the
# hospital", "Staff", "Union members"
_WORKERS = re.compile(r"^(?:(?:[A-Z][\w-]*|[a-z-]+)\s+)?(?:workers|drivers|nurses|teachers|staff|members|crews?|pilots|"
                      r"doctors|lecturers|dockers|cleaners|porters|firefighters|midwives|paramedics|guards|conductors|"
                      r"miners|employees|engineers|signallers|controllers|carers|librarians|postal\s+workers)"
                      r"(?:\s+(?:at|on|of|in|from)\s+.*)?$", re.IGNORECASE)
_A_UNION = re.compile(r"\b(?:union|guild|brotherhood|syndicate)\b|\b(?:workers|drivers|nurses|teachers|doctors|pilots|"
                      r"lecturers|midwives|firefighters|engineers)['’]?\s+(?:association|federation)\b", re.IGNORECASE)


def _members_beside_union(positions: list[Position]) -> list[Position]:
    """'Train drivers will walk out …' in a story whose one union speaks for them: the drivers and the union are
    one side in two words, so each shares the other's positions and neither is a wrong option of a question on the
    other's (a question offering both has two right answers)."""
    sides = list(dict.fromkeys(p.side.split(" (")[0] for p in positions))
    # (a union by its own name, every word capitalised: not "Students' union executive")
    unions = [x for x in sides if _A_UNION.search(x) and " " in x and all(
        w[:1].isupper() for w in x.split() if w not in ("of", "and", "the", "for"))]
    workers = [x for x in sides if _WORKERS.fullmatch(x) and not _A_UNION.search(x)]
    if len(unions) != 1 or not workers:
        return _group_beside_its_body(positions, sides)
    union = unions[0]
    out = []
    for p in positions:
        side = p.side.split(" (")[0]
        if side in workers:
            p = replace(p, shared_with=tuple(dict.fromkeys(p.shared_with + (union,))))
        elif side == union or union in p.shared_with:
            # (and a position the union shares with another side: "Both the union and the operator want …")
            p = replace(p, shared_with=tuple(dict.fromkeys(p.shared_with + tuple(workers))))
        out.append(p)
    return out


# A body that a group of people forms: "the Parents' Council" for "Parents at Fernleigh Academy"
_GROUPS_BODY = re.compile(r"\b(?:council|association|forum|campaign|group|alliance|network|committee|union|federation)$",
                          re.IGNORECASE)
# "Parents at X", "Vegetable growers", "Players' union" (the group's own body, described, not named)
_DESCRIBED_PEOPLE = re.compile(r"^(?:[A-Z][a-z]+\s+(?=[a-z]))?([A-Za-z][a-z]+s)(?:['’]\s+(?:union|association|group|body))?"
                               r"(?:\s+(?:at|of|in|from|on)\s+.+)?$")


def _group_beside_its_body(positions: list[Position], sides: list[str]) -> list[Position]:
    """'Parents at Fernleigh Academy give the trust a fortnight …' beside 'the Parents' Council demands …': the
    parents and the council they form are one side in two words, so neither is offered against the other."""
    pairs: dict[str, str] = {}
    for group in sides:
        head = _DESCRIBED_PEOPLE.match(group)
        if not head:
            continue
        noun = head.group(1).lower()
        bodies = [x for x in sides if x != group and _GROUPS_BODY.search(x) and
                  noun in {w.lower().strip("'’") for w in x.split()}]
        if len(set(b.split()[-1] for b in bodies)) == 1:
            for b in bodies:
                pairs.setdefault(group, b)
    if not pairs:
        return positions
    bodies_of: dict[str, list[str]] = {}
    for group in pairs:
        bodies_of[group] = [b for b in sides if b != group and _GROUPS_BODY.search(b) and
                            _DESCRIBED_PEOPLE.match(group).group(1).lower() in
                            {w.lower().strip("'’") for w in b.split()}]
    groups_of: dict[str, list[str]] = {}
    for group, bodies in bodies_of.items():
        for b in bodies:
            groups_of.setdefault(b, []).append(group)
    out = []
    for p in positions:
        side = p.side.split(" (")[0]
        more = tuple(bodies_of.get(side, ())) + tuple(groups_of.get(side, ()))
        if more:
            p = replace(p, shared_with=tuple(dict.fromkeys(p.shared_with + more)))
        out.append(p)
    return out


def _held_words(demand: str) -> list[str]:
    return re.findall(r"[a-z0-9%£$€]+", demand.lower().replace("’", "'"))


def _same_held(positions: list[Position]) -> list[Position]:
    """Two sides the article gives the same position in the same words ("The trust said the fine was too small.
    The network also said the fine was too small for …"): each shares it with the other, so neither is offered
    as a wrong option of a question on the other's."""
    words = [_held_words(p.demand) for p in positions]
    alike: dict[tuple[str, ...], list[int]] = {}  # (only positions opening on the same words are compared)
    for i, p in enumerate(positions):
        if len(words[i]) >= 3:
            alike.setdefault((p.stance, *words[i][:3]), []).append(i)
    extra: dict[int, list[str]] = {}
    for group in alike.values():
        if len(group) > 12:
            continue  # a stock phrase many hold ("says that the …"): no one wording shared
        for k, i in enumerate(group):
            for j in group[k + 1:]:
                a, b = positions[i].side.split(" (")[0], positions[j].side.split(" (")[0]
                n = min(len(words[i]), len(words[j]))
                if a != b and words[i][:n] == words[j][:n]:
                    extra.setdefault(i, []).append(b)
                    extra.setdefault(j, []).append(a)
    if not extra:
        return positions
    return [replace(p, shared_with=tuple(dict.fromkeys(p.shared_with + tuple(extra[i])))) if i in extra else p
            for i, p in enumerate(positions)]


_CAP_WORD = r"[A-Z][\w’'&-]*"
# "The Hartwell and Tarrow Hospitals Trust", "the Fruit, Salad and Herb Growers' Alliance": words joined by "and"
# (and commas) after "the" and before a name, all capitalised, are the start of that one name, not another party
_JOINED_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+)?((?:" + _CAP_WORD + r"\s+(?:(?:of|for)\s+)?){0,3}?" + _CAP_WORD +
                            r"(?:,\s+(?:" + _CAP_WORD + r"\s+){0,2}?" + _CAP_WORD + r")*(?:,?\s+and\s+|,\s+(?=$)))$")
# "the Union of Skating Clubs and Leagues": a name built on "of" goes on past "and" to the capitalised words after it
_JOINED_AFTER = re.compile(r"^((?:,\s+(?:" + _CAP_WORD + r"\s+){0,2}?" + _CAP_WORD + r")*,?\s+and\s+(?:" + _CAP_WORD +
                           r"\s+){0,2}?" + _CAP_WORD + r")(?![\w’'&-])(?!\s+(?-i:[A-Z])|[’']s\s+(?-i:[A-Z]))")
# "the Tarrow Fishermen's Federation" cut at its apostrophe: the name goes on to the body's own word
_POSSESSED_BODY = re.compile(r"^['’]s\s+(" + _CAP_WORD + r"(?:\s+" + _CAP_WORD + r"){0,2})")
# titles written before a name ("President Korvath"): a person's title, never the first word of a name
_HONORIFICS = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "Rev", "Judge",
               "President", "Minister", "Chancellor", "Senator", "Governor", "Mayor", "King", "Queen", "Prince",
               "Princess", "General", "Captain", "Chief", "Secretary", "Premier", "Commissioner", "Coach", "Sheikh"}
_SENTENCE_OPENER = {"The", "A", "An", "But", "And", "In", "On", "At", "For", "As", "If", "When", "While", "Its", "Their",
                    "His", "Her", "Our", "Both", "Meanwhile", "However", "Yet", "So", "Now", "Then", "After", "Before",
                    "Since", "Like", "With", "By", "From", "To", "Of", "Under", "Only", "Even", "Not"}


@functools.lru_cache(maxsize=2)
def _word_starts(body: str) -> dict[str, list[int]]:
    """Where each capitalised word starts in the body, from one pass over it: a 2 MB article names hundreds of
    parties, and a scan of the whole text for each of them made the positions stage run for seconds between two
    checkpoints (a Cancel waited that long)."""
    at: dict[str, list[int]] = {}
    for m in _WORD_START.finditer(body):
        if m.group()[0].isupper():
            at.setdefault(m.group(), []).append(m.start())
    return at


_WORD_START = re.compile(r"(?<![\w’'-])\w+")
_LEADING_WORD = re.compile(r"\w+")
_NAME_GOES_ON = re.compile(r"[\w-]")


def _spots(party: str, body: str) -> list[int]:
    """Where the party's name stands as a whole name (not inside a longer word), first to last."""
    key = _LEADING_WORD.match(party)
    if key is None or not key.group()[0].isupper():
        return [m.start() for m in re.finditer(r"(?<![\w’'-])" + re.escape(party) + r"(?![\w-])", body)]
    end = len(party)
    return [at for at in _word_starts(body).get(key.group(), ()) if body.startswith(party, at) and
            not _NAME_GOES_ON.match(body, at + end)]


# A campaign named as a call ("Save the Victoria Baths", "Stop the Sell-Off"): its verb and "the" open the name
_CAMPAIGN_VERB_BEFORE = re.compile(r"(?<![\w’'-])(Save|Stop|Keep|Protect|Defend|Reclaim|Rescue|Restore|Scrap|Halt|"
                                   r"Ban|End|Free|Fix|Fund|Back|Preserve|Revive|Reopen|Block)\s+the\s+$")


# "The National Business Council (CNE)": a name and the abbreviation the article defines for it in brackets
_DEFINED_ACRONYM = re.compile(r"((?-i:[A-Z])[\w’'-]*(?:\s+(?:(?-i:[A-Z])[\w’'-]*|of|for|and|the|de|del|des|du|la|le)){0,7})"
                              r"\s+\((?-i:([A-Z][A-Z&]{1,6}))\)")


def _defined_acronyms(body: str) -> dict[str, str]:
    """Each abbreviation the article defines in brackets after a name, and the name ("CNE" → "National Business
    Council"); one defined twice for two names is no one's."""
    seen: dict[str, set[str]] = {}
    for m in _DEFINED_ACRONYM.finditer(body):
        name = re.sub(r"^(?:The|the)\s+", "", m.group(1))
        seen.setdefault(m.group(2), set()).add(name)
    return {a: next(iter(n)) for a, n in seen.items() if len(n) == 1}


def _whole_party(party: str, body: str, cast: Cast) -> str:
    """The whole name of an organisation the cast holds only in part: the people stage cuts names at "and", a comma
    or an apostrophe ("Lowmoor Hospitals Trust" of "the Hartwell and Lowmoor Hospitals Trust", "Union of Skating
    Clubs" of "… Clubs and Leagues"), and reads a name's first word as an ordinary word when it opens a sentence
    ("Together" of "Forward Together"). Readers found such fragments as options; the article's own text says where
    the name begins and ends. A conjunct that is a name of its own (a person, a country, another organisation) keeps
    the two apart: "the Ostmark and Tarrow Trust" joins, "Britain and the Tarrow Trust" does not."""
    party = re.sub(r"(?:,|\s+(?:and|of|for|&))+$", "", party)  # "Union of Skating Clubs and": cut before its last word
    spelt = cast.derived("acronyms defined", lambda: _defined_acronyms(body)).get(party)
    if spelt and spelt in cast.orgs:
        return spelt  # "The National Business Council (CNE)": "CNE" is that council, one party under its whole name
    party = re.sub(r"\s+(?:itself|themselves)$", "", party)  # "The ambulance service itself said …"
    if not party[:1].isupper() or party in COUNTRIES or party.lower() in PARTY_NAMES or party.lower() in DEMONYMS:
        return party
    spots = _spots(party, body)
    if not spots:
        return party
    others = {m.text for m in cast.mentions if m.kind == "person"} | set(cast.orgs) - {party}

    def separate(words: str, whole: str, headed: bool = True) -> bool:
        """A conjunct named on its own elsewhere in the story, or a country, is a party of its own; so is one before
        the name that ends in a body's word ("the Vessel Owners Guild and X Trawlers": two)."""
        parts = [w.strip(" ,") for w in re.split(r",|\band\b", words) if w.strip(" ,")]
        return any(w in COUNTRIES or w.lower() in PARTY_NAMES or w.lower() in DEMONYMS or (
                   headed and w.split()[-1].lower() in ORG_WORDS) or
                   (w in others and body.count(w) > body.count(whole)) for w in parts)

    for at in spots:
        before = _JOINED_BEFORE.search(body[max(0, at - 120):at])
        if before and not separate(before.group(1), before.group(1) + party) and (
                " and " in party and (" of " in before.group(1) or " " not in before.group(1).strip(", ")) or
                not before.group(1).endswith(", ")):
            # ("Roads, " before "Rivers and …" of "the Department of Roads, Rivers and …"; not "San Pedro, Calia, ")
            return _whole_party(before.group(1) + party, body, cast)
        after = _JOINED_AFTER.match(body[at + len(party):at + len(party) + 80])
        if after and not separate(after.group(1), party + after.group(1), headed=False) and (" of " in party or (
                party.split()[-1].lower() not in ORG_WORDS and after.group(1).split()[-1].lower() in ORG_WORDS)):
            return _whole_party(party + after.group(1), body, cast)
        owned = _POSSESSED_BODY.match(body[at + len(party):at + len(party) + 60])
        if owned and owned.group(1).split()[-1].lower() in ORG_WORDS:
            return party + body[at + len(party):at + len(party) + owned.end()]
    rallied = {m.group(1) for at in spots if (m := _CAMPAIGN_VERB_BEFORE.search(body, max(0, at - 20), at))}
    if len(rallied) == 1:
        return f"{rallied.pop()} the {party}"  # "Save the Victoria Baths": a campaign's name, never "Victoria Baths"
    lead = {body[max(0, at - 40):at].rsplit(None, 1)[-1] if body[max(0, at - 40):at].strip() else "" for at in spots}
    if len(lead) == 1 and body[spots[0] - 1:spots[0]] == " ":
        word = next(iter(lead))
        mid = [at for at in spots if body[max(0, at - len(word) - 3):at - len(word) - 1].strip()[-1:].isalnum()]
        cut = any(re.match(r"['’]s?\s+(?-i:[A-Z])", body[at + len(party):at + len(party) + 6]) for at in spots)
        described = party.endswith("s") and re.search(r"\b" + re.escape(party.lower()) + r"\b", body)
        if re.fullmatch(_CAP_WORD, word) and word not in _SENTENCE_OPENER and not re.search(r"['’]", word) and (
                " " not in party or cast.person(party) is None) and not cut and not described and mid and word.lower() not in ORG_WORDS \
                and word.strip(".") not in _HONORIFICS and (word.lower() not in TITLE_WORDS or
                                                           cast.person(party) is None or cast.person(party).role == word):
            return word + " " + party  # "led by Forward Together": the name's first word, wherever it stands
    return party


# "Keep Hartwell Open, the campaign group formed last year, …": the campaign the story calls "the" campaign
_THE_CAMPAIGN = re.compile(r"((?-i:[A-Z])[\w’'&-]*(?:\s+(?-i:[A-Z])[\w’'&-]*){0,4}),\s+the\s+(?:[a-z-]+\s+)?campaign"
                           r"(?:\s+group)?\b")


_A_CAMPAIGN = re.compile(r"((?-i:[A-Z])[\w’'&-]*(?:\s+(?:the\s+)?(?-i:[A-Z])[\w’'&-]*){0,4}),\s+an?\s+(?:[a-z-]+\s+)?"
                         r"campaign(?:\s+group)?\b")


_NAMED_CAMPAIGN = re.compile(r"\bthe\s+((?-i:[A-Z])[\w’'&-]*(?:\s+(?-i:[A-Z])[\w’'&-]*){1,4})\s+campaign(?:\s+group)?\b")


def _whole_name_book(body: str) -> dict[str, str]:
    """The names `_whole_names` has settled, kept for both of its passes over one article (each name is read from
    the text once); bare "Campaigners" are the one campaign the story introduces as "X, the campaign group" (a
    reader offered "Campaigners" beside that group cannot tell them apart)."""
    names: dict[str, str] = {}
    campaigns = list(dict.fromkeys(m.group(1) for m in _THE_CAMPAIGN.finditer(body)))
    if not campaigns:  # "Save the X, a campaign formed by swimmers": the one campaign the story introduces
        campaigns = list(dict.fromkeys(m.group(1) for m in _A_CAMPAIGN.finditer(body)))
    if not campaigns:  # "who founded the Save Fenby Births campaign": the one campaign named before its word
        campaigns = list(dict.fromkeys(m.group(1) for m in _NAMED_CAMPAIGN.finditer(body)))
    if len(campaigns) == 1:
        names["Campaigners"] = campaigns[0]
    return names


def _whole_names(positions: list[Position], body: str, cast: Cast, names: dict[str, str]) -> list[Position]:
    """Every side's party under its whole name (_whole_party), in the side, its holder and who shares it; `names`
    (from `_whole_name_book`) holds the names already settled and takes the new ones."""

    def whole(party: str) -> str:
        if party not in names:
            names[party] = _whole_party(party, body, cast)
        return names[party]

    out = []
    for p in positions:
        party, sep, rest = p.side.partition(" (")
        full = whole(party)
        if full != party or any(whole(s) != s for s in p.shared_with):
            p = replace(p, side=full + sep + rest, holder=full if p.holder == party else p.holder,
                        shared_with=tuple(whole(s) for s in p.shared_with))
        out.append(p)
    return out


_NAME = r"(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){1,3}"
# the author of a column or a leader named in its standfirst or at its foot: "…, argues Harriet Lomax",
# "Harriet Lomax writes a weekly column on …", "By Harriet Lomax"
_ARGUES_AUTHOR = re.compile(r"^(?P<view>\S.{15,}?),\s+(?:argues|writes)\s+(?P<who>" + _NAME + r")\.?\s*$")
_AUTHOR_FOOT = re.compile(r"^(?:By\s+(?P<by>" + _NAME + r")|(?P<who>" + _NAME + r")\s+(?:writes|is)\s+(?:a|an|the)\s+"
                          r"(?:[\w-]+\s+){0,3}?(?:column|columnist|commentator)\b.*)$")
# the author's own view in a column: "I think he is wrong, and councillors should vote against"; "I would go further:
# the council should …"
_FIRST_PERSON_VIEW = re.compile(r"\bI\s+(?:(?:also|still|really|firmly)\s+)?(?:think|believe|would\s+go\s+further|argue|"
                                r"say|suspect|would\s+argue|want)\b[:,]?\s*(?:that\s+)?")
# a sentence in the author's voice that says what someone should do: "Councillors should ask for …", "Wenmouth should
# learn from them"
_NARRATOR_SHOULD = re.compile(r"^\W*(?:(?:But|And|So|Instead|Now),?\s+)?(?:[Tt]he\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}\s+"
                              r"(?:should|must|ought\s+to|needs\s+to)\s+(?!have\b|be\s+(?:\w+ed|made)\b)")


def _author_positions(article: Article, out: list[Position]) -> list[Position]:
    """A column argues its author's view: what the author says should happen is the author's position ("…, argues
    Harriet Lomax"; "I think he is wrong, and councillors should vote against"). A news story has no such author
    (no standfirst that names one, no column line at its foot), so nothing changes there; a column's own "should"
    sentences are the author's, not a party's the words happen to open on."""
    paras = [article.body[a:b].strip() for a, b in article.paragraphs]
    author, view_at = "", -1
    for k, para in enumerate(paras[:2]):
        m = _ARGUES_AUTHOR.match(para)
        if m:
            author, view_at = m.group("who"), article.paragraphs[k][0]
    for para in paras[-2:]:
        m = _AUTHOR_FOOT.match(para)
        if m and not author:
            author = m.group("by") or m.group("who")
    author = author or column_writer(article.title, paras)  # "By X" over a column, "X is our … writer" at its foot
    if not author:  # an unsigned editorial's "We urge …" is the paper's, not the last speaker quoted before it
        return [p for p in out if not writers_own(p.evidence)] if is_column(article.title, paras) else out
    mine: list[Position] = []
    taken: set[int] = set()
    for sent in article.sentences:
        text = sent.text.strip()
        if sent.furniture or any(ch in text for ch in "\"“”") or author in text and sent.start != view_at:
            continue
        if sent.start == view_at or (view_at >= 0 and article.paragraphs and sent.start < article.paragraphs[0][1]
                                     and view_at == article.paragraphs[0][0] and text.endswith(author)):
            m = _ARGUES_AUTHOR.match(text)
            if m:
                mine.append(Position(author, author, m.group("view"), text, sent.start, True, "argues that"))
                taken.add(sent.start)
            continue
        first = _FIRST_PERSON_VIEW.search(text)
        should = _NARRATOR_SHOULD.match(text)
        if first:
            demand = text[first.end():].rstrip(" .")
        elif should:
            demand = text.rstrip(" .")
        else:
            continue
        if re.match(r"(?:he|she|they|it)\s", demand) and ", and " in demand:
            demand = demand.split(", and ", 1)[1]  # "I think he is wrong, and councillors should vote against"
        both = re.match(r"(.*?\b(?:should|must)\s+)[^,]*?\b(?:them|him)\s+and\s+(.+)$", demand)
        if both:  # "Wenmouth should learn from them and keep what it has": the half a reader can follow alone
            demand = both.group(1) + both.group(2)
        if re.search(r"\b(?:he|she|him|them)\b", demand, re.IGNORECASE):
            continue  # "Wenmouth should learn from them": who they are, only the sentences before say
        if len(demand.split()) >= 3:
            head = demand.split()[0]
            if re.search(r"\b" + re.escape(head.lower()) + r"\b", article.body):
                demand = head.lower() + demand[len(head):]  # "Councillors should …": a common noun, not a name
            mine.append(Position(author, author, demand, text, sent.start, True, "argues that"))
            taken.add(sent.start)
    kept = [p for p in out if p.start not in taken and not (writers_own(p.evidence) and p.holder != author)]
    return sorted(kept + mine, key=lambda p: p.start)


# "Barack felt the same", "shares that view", "likewise": a position one holder shares with another
_SAME_VIEW = re.compile(r"\b(?:(?:felt|feels?|thought|thinks?|did|does|do)\s+the\s+same\b|(?:shares?|shared)\s+"
                        r"(?:that|this|the\s+same|his|her|their|its)\s+(?:view|goal|aim|wish|hope|position|concern|"
                        r"ambition)s?\b|likewise\b|(?:was|were|is|are)\s+of\s+the\s+same\s+(?:mind|view)\b|"
                        r"agree[sd]?\s+with\s+(?:him|her|them|that|this)\b)", re.IGNORECASE)
# "Like X, …", ", as did X", ", as does X", "just as X did": another holder of the same view in the sentence
_LIKE_HOLDER = re.compile(r"(?:^\W*|,\s*)(?:just\s+)?(?:[Ll]ike|[Aa]s\s+(?:did|does|do|had|has))\s+((?:[A-Z][\w’'.-]*\s+){0,3}"
                          r"[A-Z][\w’'.-]*)")
_PAST_SAME = re.compile(r"\b(?:felt|thought|did|shared|was|were|agreed)\b", re.IGNORECASE)
# a holder no longer in office: "former President X", "ex-leader X", "the late X"
_FORMER = re.compile(r"\b(?:former|ex-|the\s+late|then-)", re.IGNORECASE)
_PAST_CUE = re.compile(r"\b(?:[a-z]{3,}ed|sought|felt|was|were|did|had|thought|fought|stood)\s+(?:[\w’'-]+\s+){0,2}$")


def _subject_person(article: Article, cast: Cast, sent: Sentence, skip: str) -> str:
    """The person a sentence opens on (its subject), other than `skip`: '' when it opens on no person."""
    for m in cast.mentions_in(sent.start, sent.end):
        if m.start - sent.start > 60:
            break
        if m.kind == "person" and m.person != skip:
            return m.person
    return ""


_STANCE_NOUNS = {"talks", "negotiations", "mediation", "arbitration", "caution", "restraint", "calm", "patience", "moderation", "dialogue", "unity", "vigilance", "clemency",
                 "leniency", "transparency", "compromise"}
_PAST_FORMS = {"is": "was", "are": "were", "does": "did", "do": "did", "has": "had", "have": "had", "seeks": "sought",
               "plans": "planned", "bids": "bid", "sets": "set", "hits": "hit", "won't": "would not",
               "commits": "committed", "admits": "admitted", "holds": "held", "fights": "fought"}


def past_stance(stance: str) -> str:
    """'wants' -> 'wanted', 'is prepared to' -> 'was prepared to', 'calls for' -> 'called for': how a question
    asks a position held once ("Who wanted a pivot to the east?")."""
    first, _, rest = stance.partition(" ")
    low = first.lower()
    if low in _PAST_FORMS:
        verb = _PAST_FORMS[low]
    elif low.endswith("ies"):
        verb = low[:-3] + "ied"
    elif low.endswith(("sses", "shes", "ches", "xes", "zes")):
        verb = low[:-2] + "ed"
    elif low.endswith("es") and low[:-1].endswith("e"):
        verb = low[:-1] + "d"
    elif low.endswith("s") and not low.endswith("ss"):
        verb = low[:-1] + "ed"
    else:
        return stance
    return f"{verb} {rest}".strip()


# A subject that lists three or more parties, up to the position's cue: "The UK, France, Austria and Sweden want"
_NAME = r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
# "… and argued", "… and also insists": the list ends in a verb, not in a party
_SECOND_VERB_END = re.compile(r"\band\s+(?:also\s+)?(?-i:[a-z]+ed|insists|argues|says|maintains|warns|urges|adds|wants|"
                              r"refuses|rejects)$")
_LISTED_SUBJECT = re.compile(r"^\W*(?P<items>(?:" + _NAME + r",\s+){2,}" + _NAME + r",?\s+and\s+" + _NAME +
                             r")\s+(?:[a-z]+\s+){1,3}$", re.IGNORECASE)


def _told(sent: Sentence) -> bool:
    """A sentence of the story: not page furniture, nor a caption's unpunctuated line under a picture."""
    return not sent.furniture and sent.text.rstrip()[-1:] in ".!?\"”’'"


def _shared_views(positions: list[Position], article: Article, cast: Cast, pace: Pacer) -> list[Position]:
    """A position the article gives to two holders: "Joe wants to focus on Asia. Ben felt the same, wanting a
    turn to the east" or "Former President Ana wanted a pivot. Her successor, Bo, felt the same." The other holder
    is kept with it, so no question offers them as a wrong option; and a former holder's position is asked in the
    past ("Who wanted …?"), a former president wanting nothing now."""
    out = []
    sentences = article.sentences
    for p in positions:
        pace(len(p.evidence) * POSITION_COST)
        si = article.sentence_index(p.start)
        sent = sentences[si]
        at = sent.text.find(p.demand[:40]) if p.demand else -1
        prefix = sent.text[:at] if at > 0 else ""
        others: list[str] = []
        same = _SAME_VIEW.search(prefix)
        past = bool(_FORMER.search(prefix) and _PAST_CUE.search(prefix))
        if same and cast.person(p.holder):
            past = past or bool(_PAST_SAME.match(same.group()))
            earlier = [s for s in sentences[max(0, si - 3):si] if _told(s)]
            for s in reversed(earlier):  # who it is the same as: the person the sentence before opens on
                named = _subject_person(article, cast, s, p.holder)
                if named:
                    others.append(named)
                    break
        for m in _LIKE_HOLDER.finditer(sent.text):  # "Like Joe, Barack wanted …", "…, as did Joe": Joe too
            if at > m.end() and _LATER_CLAUSE.search(sent.text[m.end():at]):
                continue  # "Like X, Y wants A, but it also wants B, which the government has ruled out": not B
            for mention in cast.mentions_in(sent.start, sent.end):
                if mention.end <= sent.start + m.start(1) or mention.start >= sent.start + m.end(1):
                    continue
                if mention.kind == "person" and mention.person != p.holder and mention.person not in others:
                    others.append(mention.person)
        after = next((s for s in sentences[si + 1:si + 3] if _told(s)), None)
        if after is not None and _SAME_VIEW.search(after.text[:120]) and not _QUOTE_MARK.search(after.text[:120]):
            named = _subject_person(article, cast, after, p.holder)  # "Her successor, Bo, felt the same."
            if named:
                others.append(named)
        listed = _LISTED_SUBJECT.match(prefix)
        if listed and _SECOND_VERB_END.search(listed.group("items")):
            listed = None  # "Orbex, the largest operator, rejected the findings and argued that …": one subject, two verbs
        if listed:  # "The UK, France, Germany and Sweden want …": the whole list holds it, and each of them
            items = [_LEADING_THE.sub("", x.strip())
                     for x in _LIST_SEPARATOR.split(listed.group("items"))]
            parties = [party_name(x) for x in items if x]
            if p.side in parties or p.side == " and ".join(parties[-2:]) or p.side.split(" (")[0] in parties:
                joint = f"{', '.join(items[:-1])} and {items[-1]}"  # all of them, one side: none offered beside it
                p = replace(p, side=joint, holder=joint)
                others += parties
        if others or past:
            p = replace(p, shared_with=tuple(dict.fromkeys(p.shared_with + tuple(others))), past=p.past or past)
        out.append(p)
    return out


# "Both the chamber and the Federation want …", "Ladder and the Alliance both want …": two subjects joined by
# "and" with "both" before or after them, up to the position's cue
_PART = r"(?:the\s+)?[\w’'.&-]+(?:\s+[\w’'.&-]+){0,5}?"
_BOTH_SUBJECT = re.compile(r"^\W*(?:(?P<both>[Bb]oth)\s+)?(?P<a>" + _PART + r")\s+and\s+(?P<b>" + _PART + r")"
                           r"(?P<after>\s+both)?\s+(?:(?:have|has|had|are|were|is|was|will|would|also|now|still|"
                           r"publicly|privately)\s+)*[a-z]+(?:\s+(?:for|to|on|that))?\s*$")
_LIKE_LEAD = re.compile(r"(?:^\W*|,\s*)(?:just\s+|much\s+)?[Ll]ike\s+(?P<who>[^,]{2,60}),")
# "Both governments want …", "both sides have ruled out …": the two sides the story is about
_BOTH_SIDES = re.compile(r"^\W*(?:(?:[Bb]oth|[Tt]he\s+two)\s+(?:governments|sides|countries|delegations|parties|camps)|"
                         r"(?:[Bb]ut\s+|[Aa]nd\s+)?[Bb]oth)\s+"
                         r"(?:(?:have|has|had|are|were|will|would|also|now|still)\s+)*[a-z]+(?:\s+(?:for|to|on|that))?\s*$")


# "Both groups want …", "The two unions have rejected …": the two bodies the sentence before named
_BOTH_KINDS = re.compile(r"^\W*(?:[Bb]oth|[Tt]he\s+two)\s+(?:groups|unions|organisations|organizations|bodies|"
                         r"associations|companies|firms|clubs|charities|campaigns|trusts|federations)\s+"
                         r"(?:(?:have|has|had|are|were|will|would|also|now|still)\s+)*[a-z]+(?:\s+(?:for|to|on|that))?\s*$")
# "her office announced that the parties had agreed to …", "the chair said the two sides had at least agreed to …":
# what the parties agreed, as a mediator or the chair of talks reports it
_REPORTED_SIDES = re.compile(r"\b(?:said|says|announced|announces|told\s+[\w ]{2,30}?|confirmed)\s+(?:that\s+)?"
                             r"(?:both\s+sides|all\s+sides|the\s+(?:two\s+|rival\s+)?(?:sides|parties|leaders|governments|"
                             r"delegations|countries))\s+(?:had|have|has)\s+(?:(?:at\s+least|also|now|finally)\s+)*"
                             r"(?:agreed|decided|committed\s+themselves)\s+(?:to|on|that)\s*$")


# a verb of saying, then the parties together as the reported subject of the cue: "says sides agreed to", "said the
# two delegations had agreed to", "said both sides wanted"
_REPORTED_TOGETHER = re.compile(r"\b(?:says|said|told\s+\w+|reports|reported|announced|announces|confirmed)\s+"
                                r"(?:that\s+)?(?:the\s+|both\s+|all\s+)?(?:two\s+|three\s+|warring\s+|rival\s+|"
                                r"opposing\s+)?(?:sides|parties|delegations|camps)\s+(?:(?:have|had|has|now|also|"
                                r"finally)\s+)*[a-z]+(?:\s+(?:to|on|that|for))?\s*$", re.IGNORECASE)


def _conjunct_party(part: str, article: Article, cast: Cast, before: list[Position], at: int) -> str:
    """The party one subject of "X and Y" names: a side already heard ("the chamber" is the "Chamber of
    Commerce"), an organisation the story names, or '' when the words name no party (then nothing is split)."""
    bare = part.strip()
    bare = bare[4:] if bare[:4].lower() == "the " else bare
    if not bare or bare.lower() in ("he", "she", "they", "it", "we", "i"):
        return ""
    noun = bare.isalpha() and bare.islower()
    for q in reversed(before):
        side = q.side.split(" (")[0]
        if side.lower() == bare.lower() or (bare[:1].isupper() and side.lower().startswith(bare.lower() + " ")) or (
                noun and bare in side.lower().split() and " " in side and not cast.person(side)):
            return side  # (a side already heard, whatever the cast took its name for)
    if cast.person(bare):
        return ""
    if noun:
        named = [o for o in cast.orgs if bare in o.lower().split() and " " in o]
        if len(named) == 1:
            return named[0]  # "the chamber": the one "Chamber of …" the story names
        sp = _earlier_party(article, cast, before, bare, at)
        if sp is not None and " " in sp.name:
            return party_name(sp.name)
        # "The operator, Valleyline Trains, said …": the name set off after the same noun earlier
        set_off = re.findall(r"\b[Tt]he\s+" + re.escape(bare) + r",\s+((?-i:[A-Z])[\w’'&.-]*(?:\s+(?-i:[A-Z])[\w’'&.-]*){0,4}),",
                             article.body[:at])
        if set_off and not cast.person(set_off[-1]):
            return set_off[-1]
        return ""
    return bare if bare[:1].isupper() and bare.split()[0] not in ("Both", "The", "Its", "Their", "His", "Her") else ""


def _coordinated(positions: list[Position], article: Article, cast: Cast) -> list[Position]:
    """A position whose subject is two parties joined by "and" and marked "both" ("Both the chamber and the
    Federation of Small Employers want …", "Both governments want …") is each party's: one position per party,
    each sharing it with the other so no question offers one as a wrong option against the other."""
    out: list[Position] = []
    sentences = article.sentences
    for i, p in enumerate(positions):
        si = article.sentence_index(p.start)
        sent = sentences[si]
        at = sent.text.find(p.demand[:40]) if p.demand else -1
        prefix = sent.text[:at] if at > 0 else ""
        if any(ch in "\"“”" for ch in prefix):
            prefix = ""  # a speaker's "both sides want …" is the speaker's view of them, not their position
        parties: list[str] = []
        both = _BOTH_SUBJECT.match(prefix) if prefix else None
        if both and (both.group("both") or both.group("after")):
            parties = [_conjunct_party(both.group(x), article, cast, positions[:i], p.start) for x in ("a", "b")]
        elif prefix and _BOTH_KINDS.match(prefix) and si > 0:
            # "The protest was organised by the X Alliance and by the Y Network. Both groups want …": those two
            prev = sentences[si - 1]
            named = list(dict.fromkeys(_whole_party(m.text, article.body, cast) for m in
                                       cast.mentions_in(prev.start, prev.end) if m.kind == "org"))
            named = [n for n in named if not any(n != o and n in o for o in named)]
            if len(named) == 2:
                parties = named
        if not parties and prefix and (_BOTH_SIDES.match(prefix) or _REPORTED_SIDES.search(prefix)):
            # (also what a mediator or a chair reports "the parties had agreed to": theirs, not the reporter's)
            count: dict[str, int] = {}
            for q in positions:
                side = q.side.split(" (")[0]
                if q is not p and not cast.person(q.holder) and not cast.person(side):
                    count[side] = count.get(side, 0) + 1
            ranked = sorted(count.items(), key=lambda x: -x[1])
            reported = _REPORTED_SIDES.search(prefix)
            heard: dict[str, int] = {}  # (a party's own people voicing it count too: "Norland (its negotiator)")
            for q in positions:
                side = q.side.split(" (")[0]
                if q is not p and not cast.person(side):
                    heard[side] = heard.get(side, 0) + 1
            loud = sorted(heard.items(), key=lambda x: -x[1])
            if reported and not re.search(r"\b(?:two|both)\b", reported.group(), re.IGNORECASE):
                # "the parties had agreed": every party the story hears from more than once, not two of them
                for least in (3, 2):  # the parties heard from most, when two or more stand out
                    parties = [side for side, n in heard.items() if n >= least]
                    if len(parties) >= 2:
                        break
                else:
                    parties = []
            elif reported and len(loud) >= 2 and loud[1][1] >= 2 and (len(loud) == 2 or loud[2][1] < loud[1][1]):
                parties = [loud[0][0], loud[1][0]]  # "the mediator said both sides had agreed to …": the two
            elif len(ranked) >= 2 and ranked[1][1] >= 2 and (len(ranked) == 2 or ranked[2][1] < ranked[1][1]):
                parties = [ranked[0][0], ranked[1][0]]
            elif len(loud) >= 2 and loud[1][1] >= 2 and (len(loud) == 2 or loud[2][1] < loud[1][1]):
                # "Norvania's president said …. Castria's prime minister said …. Both countries have refused …": the
                # two parties the story hears from most, through their own people too
                parties = [loud[0][0], loud[1][0]]
        like = _LIKE_LEAD.search(prefix) if prefix and not parties else None
        if like and not _LATER_CLAUSE2.search(prefix[like.end():]):
            # "Like Consumer Voice, the Liberal Party wants …", "The federation, like the chamber, welcomed …"
            liked = _conjunct_party(like.group("who"), article, cast, positions[:i], p.start)
            if liked and not cast.person(p.side.split(" (")[0]):
                parties = [p.side.split(" (")[0], liked]
        parties = [x for x in dict.fromkeys(parties) if x]
        if len(parties) < 2:
            if p.side != "Both" and not (prefix and _REPORTED_TOGETHER.search(prefix)):
                # (a bare "Both" no two sides of the story answer is no one's; nor is what a mediator says "the
                # delegations had agreed" or "sides agreed" the mediator's own act, when the parties stay unsettled)
                out.append(p)
            continue
        if prefix and _REPORTED_SIDES.search(prefix) and re.search(r"\band\s+that\s+(?:she|he)\s", p.demand):
            out.append(p)  # "… had agreed to meet again and that she hoped …": the reporter's own hope is hers
            p = replace(p, demand=re.split(r",?\s+and\s+that\s+(?:she|he)\s", p.demand)[0])
        for party in parties:
            other = tuple(x for x in parties if x != party)
            shared = tuple(x for x in dict.fromkeys((y[5:] if y.startswith("Like ") else y) for y in p.shared_with + other)
                           if x != party)
            out.append(replace(p, side=party, holder=party, shared_with=shared))
    return out


# (not "campaigners": a campaign is a side of its own, often the only one against the plan)
_CROWD = re.compile(r"(?:^|\s)(?:protesters|protestors|demonstrators|marchers|crowds?|rally-goers|picketers|strikers)$",
                    re.IGNORECASE)
_WORKERS_BODY = re.compile(r"\b(?:union|unions|association|guild|federation|confederation|syndicate|workers|"
                           r"staff|employees|members)\b", re.IGNORECASE)


# "members of a new group called Doctors for Fair Pay": the group's name, after the word "group"
_GROUP_NAMED = re.compile(r"\bgroup,?\s+(?:called\s+|named\s+)?((?-i:[A-Z][\w’'&-]*)(?:\s+(?:for|of|and|on|against|"
                          r"(?-i:[A-Z][\w’'&-]*)))*(?<!\sfor)(?<!\sof)(?<!\sand)(?<!\son))", re.IGNORECASE)
_DESCRIBED_GROUP = re.compile(r"^(?:a\s+)?group\s+of\s+[a-z]+$", re.IGNORECASE)


def named_groups(positions: list[Position], text: str) -> list[Position]:
    """'A group of physicians … The doctors, members of a new group, Doctors for Camp Change, …': the
    group described first is the one named after, not a second side beside it (a question offering both has two
    right answers). Only when the article names one such group, and the name holds positions of its own."""
    described = {p.side.split()[-1].lower() for p in positions if _DESCRIBED_GROUP.match(p.side)}
    if not described:
        return positions
    names = {m.group(1) for m in _GROUP_NAMED.finditer(text) if m.group(1) in {p.side for p in positions} or
             _MEMBERS_OF.search(text[max(0, m.start() - 60):m.start()])}
    if len(names) != 1:
        return positions
    name = names.pop()
    # "The nurses, members of … group X, have offered …": the described group's own noun is X too
    return [replace(p, side=name, holder=name) if _DESCRIBED_GROUP.match(p.side) or p.side.lower() in described
            else p for p in positions]


def _crowds_joined(positions: list[Position]) -> list[Position]:
    """'Some protesters chanted …' at a teachers' rally: the protesters are teachers, so 'Protesters' and
    'Teachers' are one side, and a question offering both has two right answers. A crowd takes the side of the
    group the story has already shown protesting (the first described group, "Teachers"); where the only groups
    are a union or a staff body its members may be in the crowd or not, so the crowd's position is not asked."""
    groups = [p.side for p in positions if not _CROWD.search(p.side.split(" (")[0]) and " (" not in p.side
              and p.side.lower() == p.holder.lower() and _CAPITALISED_PLURAL.fullmatch(p.side)]
    bodies = [p.side for p in positions if _WORKERS_BODY.search(p.side)]
    out = []
    for p in positions:
        if not _CROWD.search(p.side.split(" (")[0]):
            out.append(p)
            continue
        group = next((g for g in groups if g.lower() != p.side.lower()), None)
        if group is not None:
            out.append(replace(p, side=group, holder=group))
        elif not bodies:
            out.append(p)  # "Protesters demanded the mayor's resignation": the crowd is a side of its own
    return out


_GENERIC = {"union", "port", "council", "government", "party", "club", "company", "firm", "board", "ministry",
            "department", "court", "police", "army", "bank", "group", "committee", "authority", "agency", "office",
            "campaign", "league", "association", "trust", "service", "house", "city", "town", "county", "state",
            "district", "national", "federal", "regional"}


def initials(name: str) -> str:
    """The letters an abbreviation of a name is made of: each capitalised word's first, an abbreviation inside
    it whole ('HDS Union' -> 'HDSU', 'Office for Digital Competition' -> 'ODC')."""
    return "".join(w if len(w) > 1 and w.isupper() and w.isalpha() else w[0]
                   for w in _CAPITALISED_WORD.findall(name))


# A party's first word that names the same party as another's ('EU Commission', 'European Commission')
def same_first_word(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or wa[1:] != wb[1:] or len(wa) != len(wb) or wa[0] == wb[0]:
        return False
    union = {"Europe", "European Union"}
    pa, pb = party_name(wa[0]), party_name(wb[0])
    return pa == pb or {pa, pb} <= union


def _spelled_out(short: str, names: list[str]) -> str:
    """The one name an abbreviation stands for, by the initials of its capitalised words ('ODC': 'Office for
    Digital Competition'), or ''."""
    if not _INITIALISM.fullmatch(short):
        return ""
    found = {n for n in names if n != short and " " in n and
             initials(n) == short}
    partly = {n for n in found if _PART_ABBREVIATED(n)}
    if len(found) > 1 and len(found - partly) == 1:
        found -= partly  # "HDS Union" beside the "Harbour and Dock Staff Union" it shortens: one body, by its name
    return found.pop() if len(found) == 1 else ""


def _PART_ABBREVIATED(name: str) -> bool:
    """Whether a name shortens some of its words to their initials ('DHW Union')."""
    return any(len(w) > 1 and w.isupper() and w.isalpha() for w in name.split())


# What a country's name stands before when the story means its state: "the British government", "Chinese officials"
_STATE_NOUNS = re.compile(r"(?:government|administration|authorities|officials|ministry|negotiators|diplomats|"
                          r"delegation|leadership|leaders|people|troops|forces|military|side|state|advis[eo]rs|aides|envoys?|"
                          r"spokes(?:man|woman|person))")
_STATE_OF = re.compile(r"(?:the\s+|an?\s+)?((?-i:[A-Z][\w.]*(?:\s+(?!Government\b)[A-Z][\w.]*)?))(?:['’]s)?\s+(?:government\s+|[a-z]+\s+)?(?:" +
                       _STATE_NOUNS.pattern + r"|official|source|minister|ministers)", re.IGNORECASE)
# "the World Health Organization (WHO)": an abbreviation the article defines in brackets after the full name
_DEFINED = re.compile(r"((?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|on|in|the|de|des|du|la|le)\s+){0,2}){1,9})"
                      r"\(\s*([A-Z][A-Za-z.&]{1,9})\s*\)")


@functools.lru_cache(maxsize=4096)
def country_of(party: str) -> str:
    """The country a party is the state of ('British government', 'Chinese officials', 'Beijing'), or ''."""
    state = _STATE_OF.fullmatch(party.strip())
    name = party_name(state.group(1) if state and state.group(1)[:1].isupper() else party)
    return name if name in COUNTRIES or name in PARTY_NAMES.values() else ""


# Political parties' short and plural names: "GOP", "Republicans" and "the Republican Party" are one party
_PARTY_FORMS = {"gop": "republican party", "republicans": "republican party", "republican party": "republican party",
                "democrats": "democratic party", "democratic party": "democratic party",
                "tories": "conservative party", "tory party": "conservative party", "conservatives": "conservative party",
                "conservative party": "conservative party", "labour": "labour party", "labour party": "labour party",
                "lib dems": "liberal democrats", "liberal democrats": "liberal democrats"}


@functools.lru_cache(maxsize=4096)
def political_party(name: str) -> str:
    """One key per political party however the story names it ('Ohlmar GOP' and 'Ohlmar Republicans' are
    'ohlmar republican party'), or '' when the name is not a party's."""
    low = _LOWER_LEADING_THE.sub("", name.strip().lower())
    for form in sorted(_PARTY_FORMS, key=len, reverse=True):
        if low == form or low.endswith(" " + form):
            return (low[:-len(form)] + _PARTY_FORMS[form]).strip()
    return ""


def defined_abbreviations(text: str) -> dict[str, str]:
    """{abbreviation: full name} for each '<Full Name> (<ABBR>)' in the text whose letters the name's words begin
    in order ('International Federation of Pharmaceutical Manufacturers and Associations (IFPMA)')."""
    out: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        short = m.group(2).replace(".", "")
        words = m.group(1).split()
        while words and not words[0][:1].isupper():
            words.pop(0)
        # the shortest tail of capitalised words whose initials spell the abbreviation in order
        for k in range(len(words) - 1, -1, -1):
            if not words[k][:1].isupper() or words[k].lower() == "the":
                continue
            initials = "".join(w[0] for w in words[k:] if w[:1].isupper())
            if initials.upper() == short.upper() or initials.upper().startswith(short[:1].upper()) and \
                    _in_order(short.upper(), "".join(words[k:]).upper()) and len(initials) >= len(short) - 1:
                if short[:1].upper() == words[k][0].upper():
                    out.setdefault(short, " ".join(words[k:]).rstrip(",;:"))
                    break
    return out


def _in_order(letters: str, word: str) -> bool:
    at = 0
    for c in letters:
        at = word.find(c, at)
        if at < 0:
            return False
        at += 1
    return True


# A campaign named for a vote's answer ("Upper Farnley Says No"): the place it is named after is not the campaign
_VOTE_ANSWERS = {"No", "Yes"}


_OWNING = re.compile(r"['’]s?$")


def _cut_at_apostrophe(name: str, text: str) -> bool:
    """'Tarrow Fishermen' that the story only ever writes as "Tarrow Fishermen's Federation": a cut name."""
    at = [m.end() for m in re.finditer(re.escape(name) + r"\b", text)]
    return bool(at) and all(text[k:k + 1] in ("'", "’") for k in at)


# The words before "of"/"for" in a body named after another party ("Supporters of …", "Friends of …", "Campaign for
# …"): a body of its own; "the Government of X", "the Republic of X" is X itself
# The words before a thing's name in the name of a campaign for it: "Save ", "Keep the ", "Hands Off ".
_CAMPAIGN_FOR = re.compile(r"(?:save|stop|keep|protect|defend|fight\s+for|hands\s+off|reopen|rescue|free|"
                           r"justice\s+for|friends\s+of)\s+(?:the\s+|our\s+)?", re.IGNORECASE)
# The words before a place in a group's name that put the group in it: "Farmers in southern ", "Traders from ".
_PLACED_IN = re.compile(r"\s(?:in|from|across|near|around|outside|inside|throughout)\s+(?:the\s+)?(?:(?:north|south|east|"
                        r"west|northern|southern|eastern|western|central|rural|coastal|upper|lower|north-\w+|south-\w+)"
                        r"\s+)?$", re.IGNORECASE)
_NAMED_AFTER_OF = re.compile(r"(?!(?:the\s+)?(?:government|republic|kingdom|state|people|embassy|ministry)\s)(?:the\s+)?"
                             r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+(?:of|for)\s+(?:the\s+)?",
                             re.IGNORECASE)


def merge_sides(positions: list[Position], cast: Cast, text: str = "") -> list[Position]:
    """'Union' and 'the union' are the 'Harbour Workers Union' when the article names only one such party; 'WHO'
    is the 'World Health Organization' the article defines it as, and 'the British government' is the 'United
    Kingdom' when the story also names the country as a side. A party merged under another name keeps the words
    it was named by in brackets ('United Kingdom (British government)'), so a reader sees why they are one."""
    parties = []
    for p in positions:
        party = p.side.split(" (")[0]
        if party not in parties:
            parties.append(party)
    for person in cast.people:
        if person.side and person.side not in parties:
            parties.append(person.side)
    targets = [t for t in dict.fromkeys(without_descriptor(o, cast) for o in parties + [
        o for o in cast.orgs if o not in parties]) if t.split()[0].lower() not in TITLE_WORDS]
    mapping: dict[str, str] = {}
    renamed: set[str] = set()  # parties merged under another of their names, not completed from a short form
    defined = defined_abbreviations(text) if text else {}
    countries = {}
    states: dict[str, int] = {}
    for party in parties:
        if party_name(party) == party and (party in COUNTRIES or party in PARTY_NAMES.values()):
            countries.setdefault(party, party)
        elif country_of(party):
            states[country_of(party)] = states.get(country_of(party), 0) + 1
    for state, n in states.items():
        if n >= 2:
            countries.setdefault(state, state)  # "British government" and "UK Government official": the UK
    by_tail: dict[tuple[str, ...], list[str]] = {}  # parties by all words but the first, to find 'EU X' / 'European X'
    for party in parties:
        if " " in party:
            by_tail.setdefault(tuple(party.split()[1:]), []).append(party)
    order = {party: k for k, party in enumerate(parties)}
    # the targets each party's words could end or begin, split at every space: a lookup per party instead of a
    # scan of every target (parties x targets grew with the article: Cancel waited on it)
    ends_with: dict[str, set[str]] = {}
    starts_with: dict[str, set[str]] = {}
    for t in targets:
        low = t.lower()
        for k, ch in enumerate(low):
            if ch == " ":
                ends_with.setdefault(low[k + 1:], set()).add(t)
                starts_with.setdefault(low[:k], set()).add(t)
    first_of_party: dict[str, str] = {}  # each political party's first name in the story
    for party in parties:
        if political_party(party):
            first_of_party.setdefault(political_party(party), party)
    for short in parties:
        full = defined.get(short.replace(".", ""), "")
        if full and full != short:
            full = full if full in targets else next(  # (the whole name where the article has it: "Competition
                # and Markets Board", never its half "Markets Board")
                (t for t in targets if t.endswith(" " + full) or full.endswith(" " + t)), full)
            mapping[short] = full  # the article's own "(WHO)": one party, not two
            renamed.add(short)
            continue
        kin = first_of_party.get(political_party(short), short) if political_party(short) else short
        if kin != short:
            mapping[short] = kin  # "the GOP" after "Republicans": one party
            renamed.add(short)
            continue
        twin = next((t for t in by_tail.get(tuple(short.split()[1:]), ()) if t != short and t not in mapping
                     and same_first_word(short, t)), "") if " " in short else ""
        if twin and order[twin] < order[short]:
            mapping[short] = twin  # "EU Commission" after "European Commission": one party
            renamed.add(short)
            continue
        state = country_of(short) if short not in countries else ""
        if state and state in countries:
            mapping[short] = state  # "the British government" beside "United Kingdom": one party
            renamed.add(short)
            continue
        full = _spelled_out(short, targets)
        if full:
            mapping[short] = full  # "ODC" is the "Office for Digital Competition": one party, not two
            continue
        whole = {t for t in targets if t != short and " " in t and not _PART_ABBREVIATED(t) and
                 initials(t) == initials(short)} if " " in short and _PART_ABBREVIATED(short) else set()
        if len(whole) == 1:
            mapping[short] = whole.pop()  # "DHW Union" is the "Dock and Harbour Workers Union": one party
            continue
        if short in COUNTRIES or short in PARTY_NAMES.values():
            continue  # "Sudan" is not "South Sudan"
        if " " in short and short in cast.orgs and _BODY_HEAD_WORD.search(short):
            continue  # "X University" is its own party, not the "X University Faculty Association" named after it
        bare = short.lower().removeprefix("the ")
        near = ends_with.get(bare, set()) | (starts_with.get(bare, set()) if short[:1].isupper() else set())
        longer = [t for t in targets if t in near and t != short and
                  (t.lower().endswith(" " + bare) or (short[:1].isupper() and t.lower().startswith(bare + " ")))
                  and not _either_of_pair(bare, t.lower())  # "Eastland and Westland" is both, not either
                  and not (t.lower().startswith(bare + " ") and t[len(bare):].strip().islower())
                  and not (t.lower().startswith(bare + " ") and t.split()[-1] in _VOTE_ANSWERS)
                  # ("Velland" is not the "Velland Gazette": a newspaper named after the place speaks for no one)
                  and not (t.lower().startswith(bare + " ") and t.split()[-1].lower() in _PRESS_HEADS)
                  # (nor the "Velland Broadcasting Corporation", a broadcaster or a news agency)
                  and not (t.lower().startswith(bare + " ") and _BROADCASTER_NAME.search(t))
                  # ("Tarrow" is not "Tarrow Fishermen" of "the Tarrow Fishermen's Federation": a body named after it)
                  and not (t.lower().startswith(bare + " ") and _PEOPLE_PLURAL.fullmatch(
                      _OWNING.sub("", t[len(bare):].split()[0].lower())) and (
                      _cut_at_apostrophe(t, text) or _OWNING.search(t[len(bare):].split()[0])))
                  and not (t.lower().startswith(bare + " ") and _kinds(short) and _kinds(t[len(bare):]) - _kinds(short))
                  # ("Danbury Rovers" is not "Supporters of Danbury Rovers", nor a park its "Friends of …")
                  and not _NAMED_AFTER_OF.fullmatch(t[:len(t) - len(bare)])
                  # ("Norvania" is not "Farmers in southern Norvania": a group living in the place, not its state)
                  and not _PLACED_IN.search(t[:len(t) - len(bare)])
                  # ("Harlow Museum" is not "Save Harlow Museum": a campaign named after what it campaigns for)
                  and not _CAMPAIGN_FOR.fullmatch(t[:len(t) - len(bare)])
                  # ("Orrin", whose mayor the article names, is not the "Orrin Library Trust" named after the town)
                  and not (t.lower().startswith(bare + " ") and short not in COUNTRIES and
                           _kinds(t[len(bare):]) - {"agency", "regulator", "watchdog"} and kind_of(short, text) == "place")]
        # ("Brackwater City" is not "Brackwater City Supporters' Trust": a body of another kind named after it)
        # ("Brackwater City" is not "Brackwater City supporters": a group described by the party's name)
        if len(longer) > 1 and all(max(longer, key=len).endswith(t) for t in longer):
            longer = [max(longer, key=len)]  # "District Patients' Council" is a cut of "Lowmoor and District …": one
        if len(longer) == 1:
            mapping[short] = longer[0]
        elif " " not in short and short.lower() in _GENERIC and short.lower() != "government":
            mapping[short] = ""  # "Port director X": a common noun, not a party ("the government" is one)
    governments = [t for t in parties if t.split()[-1].lower() == "government" and t not in mapping]
    if len(governments) == 1:
        for short in parties:
            if short.lower() in ("ministers", "the cabinet", "cabinet", "whitehall") and short not in mapping:
                mapping[short] = governments[0]  # "Ministers offered 4.5%": the government the story names
                renamed.add(short)
    for person in cast.people:
        if person.side in mapping:
            person.side = mapping[person.side]
    out = []
    # one position per side and stance in a sentence (a side's second verb, "rejected the offer and insisted that
    # …", is a second position; two names merged into one side are not)
    seen: set[tuple[int, str, str]] = set()
    for p in positions:
        party, _, rest = p.side.partition(" (")
        if party in mapping and (rest or mapping[party]):
            side = f"{mapping[party]} ({rest}" if mapping[party] and rest else (mapping[party] or rest[:-1])
            if party in renamed and not rest:
                side = f"{mapping[party]} ({party})"
            p = replace(p, side=side)
        if (p.start, p.side, p.stance) not in seen:
            seen.add((p.start, p.side, p.stance))
            out.append(p)
    return out
