"""Dated events: every phrase that places something in time, resolved when it can be.

Absolute dates ("18 January 2022", "Aug. 4", "September 2003", "1984", "2007-2013"), weekdays,
months, seasons and relative phrases ("last month", "this past June", "the end of next year",
"in the next two weeks", "two years ago", "in a year's time", "a week on Monday", "March last year",
"later in the summer", "first-quarter profit"). With a publication date, weekdays, months without a
year and relative phrases become ISO dates; which way they go (the Thursday before or after
publication) follows the tense of the clause the date sits in, because "will strike on Thursday"
and "struck on Thursday" name different days; an infinitive after "threatened to", "agreed to" looks
ahead, and a caption's present tense tells of the photo. Without a publication date, or when a phrase names
no definite day, month or year, it is kept as written (precision None): a wrong date in a quiz is
worse than none.

Each date also carries the clause it belongs to (`event`), whether the date is that clause's own
date (`own`) and the clause's tense, so questions ask "when" only about what happened on the date.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from studyapp.core.generate.lexicon import MONTH_NAMES, SAY_VERBS, SPEECH_VERBS, TITLE_WORDS, WEEKDAYS
from studyapp.core.generate.pacing import Pacer, pacer
from studyapp.core.generate.realise import IRREGULAR
from studyapp.core.generate.text import Article, Sentence

# Fixed patterns used per sentence or per question, compiled once (tests/core/generate/test_regex_cache.py)
_POSSESSIVE_END = re.compile(r"\w[’']s$")

# Reading a sentence for dates costs about four times what the earlier stages spend on it (pacing.py).
DATE_COST = 4

_MON = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
# Abbreviated months only count beside a day number ("Aug. 4", "5 Sept"), where they cannot be a word.
_MON_ANY = (r"(January|February|March|April|May|June|July|August|September|October|November|December|"
            r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)")
_WD = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMW = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a few|"
         r"a couple of|a couple|several|a|an)")
_UNIT = r"(?:day|week|fortnight|month|year|decade|century)s?"
_SEASON = r"(?:summer|winter|spring|autumn|fall|weekend|season|term|quarter)"
_YEAR = r"(?:1[89]|20)\d\d"
# "the first of September", "the twenty-third of May": a day of the month written as an ordinal word
_ORD_NAMES = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
              "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
              "twentieth"] + [f"twenty-{w}" for w in ["first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                                       "eighth", "ninth"]] + ["thirtieth", "thirty-first"]
_ORD_WORDS = r"(?:" + "|".join(sorted(_ORD_NAMES, key=len, reverse=True)) + r")"


def _day_no(word: str) -> int:
    """A day of the month written in figures ("14") or as an ordinal word ("first", "twenty-third")."""
    return int(word) if word.isdigit() else _ORD_NAMES.index(word.lower()) + 1

_PATTERNS: list[tuple[str, re.Pattern]] = [
    # "on the 14th of this month", "the 2nd of next month": that day of the month counted from publication
    ("ordmonth", re.compile(r"\b(?:(?i:on)\s+)?(?i:the)\s+([12]?\d|3[01])(?:st|nd|rd|th)\s+of\s+((?i:this|next|last))\s+"
                            r"(?i:month)\b")),
    ("bound", re.compile(r"\b(?:the\s+)?(end|close|start|beginning|middle)\s+of\s+(?:(next|this|last)\s+|the\s+)?"
                         r"(year|month|week|season|term|campaign|window|summer|winter|spring|autumn|" + _MON +
                         r"(?:\s+(" + _YEAR + r")|\s+(next|this|last)\s+year)?|(" + _YEAR + r"))\b"
                         r"(?:\s+(?:financial|fiscal|tax|academic|school)\s+year\b)?", re.IGNORECASE)),
    # "a week on Monday", "a fortnight on Friday", "a week tomorrow", "Monday week": a week or two past that day
    ("weekon", re.compile(r"\b(?:(?i:a)\s+(week|fortnight)\s+(?:on\s+)?(" + _WD[1:-1] + r"|today|tomorrow)|"
                          r"(?:(?i:on)\s+)?(" + _WD[1:-1] + r")\s+(week|fortnight))\b(?!\s+(?:of|before|after|and)\b)"
                          r"(?!\s+(?!(?:to|at|in|on|when|if|and|or|but|as|for|by|from|that|unless|while|because)\b)"
                          r"[a-z])")),  # not "a week on Monday shifts"
    # "on Monday the 12th", "Tuesday 20th": the near month in which that day number falls on that weekday
    ("wdord", re.compile(r"(?:\b((?i:on|by|until|till|from|since|before|after))\s+)?\b" + _WD +
                         r",?\s+(?:(?i:the)\s+)?([12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?" + _MON_ANY + r")")),
    # "the following Tuesday", "the previous Friday": counted from the day the story just named
    ("follwd", re.compile(r"\b(?i:the)\s+((?i:following|previous))\s+" + _WD + r"\b")),
    # "from September to the following June": counted from the month the story just named
    ("follmon", re.compile(r"\b(?i:the)\s+((?i:following|previous))\s+" + _MON + r"\b")),
    # "the last weekend of June", "the first week of May": the weekend's Saturday, the week's month
    ("weekof", re.compile(r"\b(?i:the)\s+((?i:first|second|third|fourth|last|final))\s+((?i:week|weekend))\s+(?i:of)\s+" +
                          _MON + r"(?:,?\s+(" + _YEAR + r"))?\b")),
    # "by the end of the second quarter", "at the start of the third quarter": a calendar quarter's bound
    ("qbound", re.compile(r"\b(?:the\s+)?(end|close|start|beginning)\s+of\s+the\s+(first|second|third|fourth)\s+"
                          r"quarter\b(?:\s+of\s+(" + _YEAR + r"|this\s+year|next\s+year))?", re.IGNORECASE)),
    ("afternext", re.compile(r"\b(?i:the)\s+(week|weekend|month|year)\s+(after\s+next|before\s+last)\b")),
    ("dayafter", re.compile(r"\b(?i:the)\s+day\s+(after\s+tomorrow|before\s+yesterday)\b")),
    # "the same month last year": the month the story just named, a year back
    ("samelast", re.compile(r"\bthe\s+same\s+(month|day)\s+(?:of\s+)?(?:(?:last|the previous)\s+year|"
                            r"(?:a|one)\s+year\s+(?:earlier|before|ago)|the\s+year\s+before)\b", re.IGNORECASE)),
    ("sameday", re.compile(r"\b(?:(?:on\s+)?the\s+(?:same|next|following|previous)\s+(?:day|morning|evening|night)|"
                           r"(?:on\s+)?the\s+day\s+(?:before|after)|(?:later|earlier)\s+that\s+(?:day|morning|evening|"
                           r"night)|that\s+(?:day|morning|afternoon|evening|night)|"
                           # "reconnected by the end of the day": that same day ("at the end of the day" is an idiom)
                           r"(?:(?<=\bby\s)|(?<=\buntil\s)|(?<=\bbefore\s))the\s+end\s+of\s+(?:the|that)\s+day)\b"
                           r"(?!\s+(?:of|when|that|which)\b)",
                           re.IGNORECASE)),
    # "that October", "that year", "the same month": the story's own time, counted from the date it last named
    # (months only with their capital: "that may be", "that fall under" are no dates)
    ("thatunit", re.compile(r"\b(?i:that|the\s+same|that\s+same)\s+(" + _MON[1:-1] + r"|year|month|week|spring|summer|"
                            r"autumn)\b(?!\s+(?:of|when|that|which|last|before|after|ago)\b)")),
    # "police searched the offices on the 14th": a day of the month the story last named
    ("ordday", re.compile(r"\b(?i:on|by|until|till|from|since|before)\s+the\s+(?:(?i:morning|afternoon|evening|night)\s+"
                          r"of\s+the\s+)?([12]?\d|3[01])(?:st|nd|rd|th)\b(?=\s*[,.;:)]|\s*$|\s+(?:and|but|when|if|unless|"
                          r"we|he|she|they|I|"
                          r"after|before|as|while|at|in|with)\b)")),
    # "50 years ago this week", "ten years ago today": that week's month (or that day), so many years back
    ("agothis", re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|"
                           r"seventy|eighty|ninety|a hundred)\s+years?\s+ago\s+(this\s+week|this\s+month|today)\b",
                           re.IGNORECASE)),
    # "the first Monday in January", "the last Friday of March": one day of that month
    ("nthday", re.compile(r"\b(?i:the)\s+((?i:first|second|third|fourth|last))\s+" + _WD + r"\s+(?:in|of)\s+" + _MON +
                          r"(?:,?\s+(" + _YEAR + r"))?\b")),
    # "in the eighties", "the nineteen-nineties": a decade kept as written
    ("decade", re.compile(r"\b(?i:the)\s+(?:(?i:early|late|mid)[\s-]+)?(?:(?i:nineteen)[\s-]+)?(?i:twenties|thirties|forties|"
                          r"fifties|sixties|seventies|eighties|nineties)\b")),
    ("holiday", re.compile(r"\b(Christmas Eve|Christmas Day|Christmas|Boxing Day|New Year's Eve|New Year’s Eve|"
                           r"New Year's Day|New Year’s Day|Valentine's Day|Valentine’s Day|Halloween|Bonfire Night|"
                           r"Independence Day|the Fourth of July|Fourth of July|Good Friday|Easter Sunday|Easter Monday|"
                           r"Easter Day|Easter|Thanksgiving Day|Thanksgiving|Memorial Day|Labor Day)\b"
                           r"(?:\s+(" + _YEAR + r"))?"
                           # "on Christmas morning": the day's own part, one phrase with it
                           r"(?:\s+(?:morning|afternoon|evening|night|lunchtime)\b(?!s))?(?!\s+(?:[A-Z][a-z]+|weekend|holidays?|break|term|week|period|recess|programmes?|schedule|fixtures?|"
                           r"eggs?|services?|sales?|trading|rush|card|cards|dinner|parade|lunch)\b)")),
    # "will ballot its members in the new year": the year after publication's, unless said in its first months
    # ("into the new year" is where a span runs to, not when something happens)
    ("newyear", re.compile(r"\b(?:(?:early|late)\s+)?(?:in|after)\s+the\s+(?:[Nn]ew\s+[Yy]ear)\b"
                           r"(?!['’]s|\s+(?:[A-Z]|holidays?|break|period|honours|resolutions?|eve|day))")),
    ("monyear", re.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(" + _YEAR + r")\b")),
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("dmy", re.compile(r"(?:\b(?:(?i:next|last|this|on)\s+)?" + _WD + r",?\s+)?\b(\d{1,2}|(?<=[Tt]he\s)" + _ORD_WORDS +
                       r"(?=\s+of\s))(?:st|nd|rd|th)?"
                       r"((?:\s*(?:or|and|-|–|to)\s*\d{1,2}"
                       r"(?:st|nd|rd|th)?)?)\s+(?:of\s+)?" + _MON_ANY + r"(?![\w])(?:,?\s+(\d{4})\b)?")),
    ("mdy", re.compile(r"(?:\b(?:(?i:next|last|this|on)\s+)?" + _WD + r",?\s+)?\b" + _MON_ANY +
                       r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|,\d))"
                       r"((?:\s*(?:-|–|to|or|and)\s*\d{1,2}\b)?)(?:,?\s+(\d{4})\b)?")),
    ("monrel", re.compile(r"\b" + _MON + r"\s+(last|next|this)\s+year\b")),
    ("month", re.compile(r"(?:\b(early|mid|late|the end of|the start of|the beginning of|the middle of|last|next|"
                         r"this past|this|the past)[\s-]+)?"
                         r"\b" + _MON + r"\b(?:,?\s+(\d{4})\b)?", re.IGNORECASE)),
    ("yrange", re.compile(r"\b(?:between|from)\s+(" + _YEAR + r")\s+(?:and|to|until|till)\s+(" + _YEAR + r")\b")),
    # "in the second half of the year", "the first half of 2026": that year (a match's "first half" has no "of")
    ("half", re.compile(r"\b(?:in\s+|during\s+|by\s+)?the\s+(first|second)\s+half\s+of\s+(?:(?:the|this)\s+year|"
                        r"(next|last)\s+year|(" + _YEAR + r")|(?:the|this)\s+(month)|(next|last)\s+(month))\b", re.IGNORECASE)),
    ("season", re.compile(r"\b(?:(early|late|mid)[\s-]+)?(spring|summer|autumn|winter)\s+(?:of\s+)?(" + _YEAR +
                          r")\b", re.IGNORECASE)),
    ("inseason", re.compile(r"\b(?:((?i:later|earlier|early|late))\s+)?(?:(?i:in|since|by|over|during|until|through)\s+the\s+"
                            r"(spring|summer|autumn|fall)\b"
                            r"(?:\s+(?i:term|semester))?(?!\s+(?:of|before|after|months)\b)|"
                            r"(?i:for|from|by)\s+the\s+(spring|summer|autumn|fall|winter)\s+(?i:term|semester)\b)")),
    ("intime", re.compile(r"\bin\s+(" + _NUMW + r")\s+(day|week|fortnight|month|year)s?(?:[’']s|[’'])?\s+time\b",
                          re.IGNORECASE)),
    # "will reopen in two weeks": a point ahead, only in a future clause ("built in two weeks" is a duration)
    ("inspan", re.compile(r"\b(?i:in)\s+(" + _NUMW + r")\s+(day|week|fortnight|month|year)s?\b(?!\s+(?:of|to|or)\b)",
                          re.IGNORECASE)),
    # "three weeks from now": a point ahead of publication, as "in three weeks' time"
    ("fromnow", re.compile(r"\b(" + _NUMW + r")\s+(day|week|fortnight|month|year)s?\s+from\s+(?:now|today)\b",
                           re.IGNORECASE)),
    ("year", re.compile(r"(?<![£$€\d,.])\b(?:(?i:fiscal|financial\s+year|FY)\s+)?(?:(early|mid|late|the end of|the start of)[\s-]+)?"
                        r"(" + _YEAR + r")(s)?\b(?:\s*[-–/]\s*((?:1[89]|20)?\d\d)\b)?(?!\s*(?:%|per\b|,\d))")),
    ("oldyear", re.compile(r"\b(?:in|since|from|until|by|around|circa)\s+(1[0-7]\d\d)\b(?=\s*(?:[,.;:)]|and\b|"
                           r"when\b|after\b|before\b|$))", re.IGNORECASE)),
    # a reporting quarter: "first-quarter profit", "Q3 results" (a match's "fourth quarter" has no such noun)
    ("quarter", re.compile(r"\b(?:(first|second|third|fourth)[\s-]quarter|Q([1-4]))(?=\s+(?:[a-z][\w-]*\s+){0,2}?"
                           r"(?:profits?|results|earnings|sales|revenues?|loss(?:es)?|growth|output|figures|GDP|"
                           r"deliveries|turnover|income|margins?|numbers)\b)")),
    ("weekday", re.compile(r"(?:\b((?i:last|next|this|this past|on|by|from|until|since|before|after))\s+)?\b" +
                           _WD + r"(?:\s+(morning|afternoon|evening|night|lunchtime))?\b(?:\s+((?i:last|next|this))\s+week\b)?"
                           # "overnight on Sunday into Monday": one night, dated by its first day
                           r"(?:\s+into\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)?")),
    ("span", re.compile(r"\b(?:(?:each|every|any|one|some|all|most)\s+of\s+)?(?:in|over|within|during|for)?\s*"
                        r"the\s+(?:next|last|past|coming|previous)\s+(?:" +
                        _NUMW + r"(?:\s+(?:to|or)\s+" + _NUMW + r")?\s+)?(?:couple of\s+|few\s+)?" + _UNIT +
                        r"\b(?:\s+or\s+so)?", re.IGNORECASE)),
    ("rest", re.compile(r"\bthe\s+(?:rest|remainder|balance)\s+of\s+the\s+(?:season|year|month|week|term|decade|"
                        r"campaign|tournament|series|contract|summer|winter|spring|autumn)\b", re.IGNORECASE)),
    ("around", re.compile(r"\b(?:in|during|over)\s+the\s+(?:hours|days|weeks|months|years)\s+(?:immediately\s+|"
                          r"just\s+)?(?:after|following|before|since|leading up to|ahead of|preceding)\s+"
                          r"(?:the|a|an|his|her|its|their|this|that)\s+(?!(?:that|which|who)\b)[a-z][\w-]*",
                          re.IGNORECASE)),
    ("relative", re.compile(r"\b(?:(?:later|earlier|early|late|mid)[\s-]+)?(?:this past|this|last|next|the past|"
                            r"the previous|the coming|"
                            r"the following)\s+(?:" + _UNIT + "|" + _SEASON + r")\b", re.IGNORECASE)),
    # "killed four at the weekend", "open a corridor by the weekend": the weekend before or after, by the tense
    ("relative", re.compile(r"(?:(?<=\bat )|(?<=\bby )|(?<=\bover )|(?<=\bduring )|(?<=\bsince ))the\s+weekend\b",
                            re.IGNORECASE)),
    ("offset", re.compile(r"\b" + _NUMW + r"\s+(?:" + _UNIT + r"|hours?|minutes?)\s+(?:ago\b|earlier\b|later\b|"
                          r"(?:before|after)\b(?:\s+(?:the|their|its|his|her|a)\s+\w+(?:\s+(?!and\b|but\b|which\b|"
                          r"who\b|that\b|when\b|as\b|by\b|with\b|in\b|on\b|at\b)\w+){0,2})?)",
                          re.IGNORECASE)),
    # "days later", "days earlier": a few days on from the day the story just named, so that day's month
    ("fewdays", re.compile(r"\b(?i:days)\s+((?i:later|earlier))\b")),
    ("ordinal", re.compile(r"\b(?:its|the|this|their)\s+(?:final|last|first|opening|closing)\s+(?:day|week|"
                           r"weekend|month|year|days|weeks)\b(?:\s+(?:under|of|since|after)\s+(?:the\s+|its\s+)?"
                           r"(?:new\s+|old\s+|current\s+)?\w+)?", re.IGNORECASE)),
    ("day", re.compile(r"\b(?:(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night|lunchtime))?|today|tonight|"
                       r"last night|this morning|this afternoon|this evening)\b", re.IGNORECASE)),
    ("time", re.compile(r"\b(?:(?:at|about|around|by|until|from|after|before|shortly after|shortly before|"
                        r"just after|just before)\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|"
                        r"\b\d{1,2}:\d{2}\s*(?:GMT|BST|UTC|ET|EST|EDT|CET)\b", re.IGNORECASE)),
    ("then", re.compile(r"\b(?:at the time|at that time)\b", re.IGNORECASE)),
]
_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
             "new year's eve": (12, 31), "new year's day": (1, 1), "valentine's day": (2, 14), "halloween": (10, 31),
             "bonfire night": (11, 5), "independence day": (7, 4), "the fourth of july": (7, 4),
             "fourth of july": (7, 4)}
_MAY_CONTEXT = re.compile(r"(?:\b(?:in|by|since|until|from|last|next|early|late|mid|of|during|this|past|before|"
                          r"after|through|throughout)\s+|-)$", re.IGNORECASE)
_PREP_BEFORE = re.compile(r"(?:\b(as of|ahead of|in the run-up to|(?<!\w\s)come|on|in|at|by|since|until|till|through|"
                          r"throughout|from|during|before|after|over|within|for|between|around|of|into|to)\s+"
                          r"(?:(?:at least|at the latest|at the earliest|as early as|as late as|no later than|"
                          r"no earlier than)\s+)?(?:the\s+)?)$",
                          re.IGNORECASE)
# Words after which a date is a bound, a span or a reference point, not the day the clause happened.
_NOT_OWN_PREP = {"since", "until", "till", "through", "throughout", "by", "before", "after", "as of", "ahead of",
                 "in the run-up to", "from", "between", "to", "of", "for", "over", "within", "around",
                 "into"}  # "could be pushed into next year": where the deal is pushed to, not when the pushing is

# -- clause and tense -------------------------------------------------------------------------------

_FUTURE_WORDS = {"will", "shall", "'ll", "won't", "wo"}
_MODALS = {"would", "could", "may", "might", "should", "must", "can", "cannot", "can't", "couldn't",
           "wouldn't", "shouldn't"}
_BE_PRESENT = {"is", "are", "am", "isn't", "aren't", "'s", "'re"}
_BE_PAST = {"was", "were", "wasn't", "weren't"}
_HAVE = {"has", "have", "hasn't", "haven't", "'ve"}
_PAST_AUX = {"had", "hadn't", "did", "didn't"} | _BE_PAST
_DUE = {"due", "set", "scheduled", "slated", "poised", "going", "expected", "planned", "about", "likely"}
_INTEND = {"plans", "plan", "planning", "intends", "intend", "aims", "aim", "hopes", "hope", "expects", "expect",
           "wants", "want", "seeks", "seek", "prepares", "prepare", "preparing", "hoping", "aiming"}
_SCHEDULED = {"scheduled", "planned", "slated", "timetabled", "pencilled", "penciled", "booked"}
# Verbs whose infinitive looks ahead from them: "vowed to shut the mill from 9 April", "agreed to meet in
# May". A date inside the infinitive is after the threat or the agreement, whatever the tense of the verb.
_LOOK_AHEAD = {"threaten", "vow", "promise", "pledge", "agree", "plan", "decide", "vote", "intend", "hope", "expect",
               "offer", "want", "seek", "aim", "resolve", "undertake", "prepare", "arrange", "propose", "schedule",
               "commit", "opt", "elect", "choose", "ask", "urge", "invite", "set", "order", "fix"}
# Verbs of saying: a date in the subject of what was said is that clause's, not the saying's
_REPORTING = {"said", "says", "told", "tells", "added", "warned", "insisted", "claimed", "argued", "believed",
              "thought", "suggested", "stressed"}
# Verbs whose object is awaited: "expected a close result in the vote in March" is after the expecting (forms that
# are never nouns: "a profit forecast on Wednesday" is no expecting)
_AWAIT = {"expect", "expected", "expects", "anticipate", "anticipated", "anticipates", "predicted", "predicts",
          "awaited", "awaits", "foresee", "foresaw", "foresees"}
# The words of a time phrase between a verb and its infinitive ("agreed on Tuesday to …", "voted last night to …")
_TIME_WORD = re.compile(r"on|in|at|last|this|yesterday|today|earlier|late|night|week|month|year|morning|afternoon|"
                        r"evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|"
                        r"july|august|september|october|november|december|\d{1,2}(?:st|nd|rd|th)?")
# Base forms that are verbs after a name ("Oakly travel to Dunby on Friday", "City host Rovers"):
# a team's fixtures are written in the present and point ahead.
_FIXTURE_VERBS = {"host", "travel", "play", "face", "visit", "welcome", "entertain", "meet", "resume", "return",
                  "head", "go", "take", "begin", "start", "open", "kick", "tackle", "meet", "race", "fight"}
# Look-ahead verbs whose infinitive may be carried out on the day itself ("decided to speak out on Monday").
_DONE_AT_ONCE = {"decide", "agree", "vote", "resolve", "opt", "elect", "choose"}
# Look-ahead verbs whose infinitive comes after an object ("urged the unions to return on Monday").
_ASK_TO = {"ask", "urge", "invite", "want", "expect", "choose", "elect", "set", "order", "fix", "schedule"}
# Base forms of verbs of a timetable that a plural noun may govern ("polling stations open on Monday").
_SCHEDULE_BARE = {"open", "close", "go", "start", "begin", "resume", "reopen", "end", "finish", "return", "run", "meet",
                  "vote", "sit", "convene", "reconvene", "expire", "arrive", "leave", "strike", "march", "walk"}
# Linking verbs between a modal and an adjective or participle ("would remain closed", "will stay shut").
_LINKING = {"remain", "stay", "become", "get", "keep", "seem", "look"}
# Collective nouns a fixture verb follows in the plural ("the junior side travel to ...").
_TEAM_NOUNS = {"side", "team", "club", "squad", "sides", "teams", "clubs", "squads", "players", "men", "women"}
# Words after "we"/"they"/"I"/"you" that are not a present-tense verb.
_NOT_BARE_VERBS = {"all", "both", "too", "also", "still", "never", "just", "only", "often", "always", "really",
                   "already", "and", "or", "but", "nor", "who", "which", "that", "themselves", "ourselves",
                   "yourself", "yourselves", "myself", "alone", "together", "here", "there", "now", "then", "again",
                   "either", "each", "instead", "ever", "once", "first", "last", "later", "earlier", "soon",
                   "et", "guys", "people", "folks", "in", "on", "at", "of", "for", "to", "with", "by", "from", "as",
                   "so", "if", "when", "not", "no"}
# "than we", "like they": the pronoun is an object or a comparison, no verb follows
_SUBJECT_VERBS_BEFORE = {"than", "like", "with", "for", "to", "of"}
_IRREGULAR_PAST = {
    "said", "told", "met", "held", "took", "made", "went", "came", "began", "won", "lost", "gave", "saw", "fell",
    "rose", "left", "sent", "spent", "struck", "broke", "brought", "bought", "sold", "paid", "ran", "wrote",
    "spoke", "chose", "drove", "flew", "grew", "knew", "threw", "became", "led", "felt", "kept", "found",
    "thought", "fought", "caught", "taught", "stood", "sat", "shot", "built", "meant", "heard", "got", "forgot",
    "hid", "stole", "swore", "woke", "wore", "tore", "shook", "sank", "sang", "rang", "drank", "ate", "froze",
    "rode", "withdrew", "overtook", "undertook", "understood", "fled", "sought", "slid", "swept", "wound", "lay",
    "dealt", "drew", "bore", "laid", "lent", "lit", "mistook", "overcame", "sped", "spun", "stuck", "stung",
    "strove", "swam", "swung", "underwent", "upheld", "withheld", "arose", "awoke", "forbade", "foresaw",
    "forgave", "froze", "hung", "oversaw", "rebuilt", "rewrote", "wept", "won",
    # regular pasts too short for the -ed rule
    "sued", "owed", "axed", "eyed", "tied", "died", "lied", "vied", "freed", "dyed",
}
# Past forms that are also nouns or present forms ("a bid", "tax cut"): verbs only in a verb's place.
_AMBIGUOUS_PAST = {"bid", "cut", "hit", "put", "set", "quit", "shut", "spread", "cast", "let", "cost", "hurt",
                   "beat", "bet", "read", "split", "upset", "burst", "forecast", "broadcast", "shed"}
_PARTICIPLES = {"been", "done", "gone", "taken", "given", "seen", "known", "shown", "written", "spoken", "chosen",
                "driven", "flown", "grown", "thrown", "broken", "stolen", "fallen", "risen", "begun", "eaten",
                "drawn", "forgotten", "hidden", "ridden", "sworn", "worn", "torn", "shaken", "sunk", "sung", "rung",
                "withdrawn", "overtaken", "undertaken", "become", "come", "run", "won", "lost", "held", "made",
                "said", "told", "met", "paid", "sold", "bought", "brought", "built", "sent", "spent", "left",
                "struck", "stricken", "bid", "cut", "hit", "put", "set", "quit", "shut", "cast", "let", "got",
                "gotten", "found", "kept", "led", "heard", "fought", "caught", "taught", "thought", "sought",
                "arisen", "born", "borne", "laid", "dealt", "read", "upheld", "withheld", "overseen", "undergone",
                "meant", "spent", "shot", "understood", "stood", "sought", "taught", "caught", "fought", "thought",
                "forgotten", "chosen", "frozen", "hung", "lent", "lit", "sent", "won", "worn"}
# a time subordinator, a determiner and up to three plain words: the subject of the clause the subordinator opens
_SUBORDINATE_SUBJECT = re.compile(r"(?:.* )?(?:before|after|until|till|when|once|as)\s+(?:the|its|their|his|her|this|"
                                  r"that|a|an)(?:\s+[a-z][a-z-]*){1,3}")
_AFTER_TIMED_VERB = {"at", "on", "in", "by", "next", "this", "tomorrow", "today", "tonight", "early", "late", "later"}
_PRESENT_3SG = {
    # (a warning, a timetable: "a yellow warning covers Friday", "the statement follows on Monday")
    "covers", "follows", "spans", "affects", "applies", "peaks", "lapses",
    "says", "tells", "wants", "plans", "aims", "faces", "meets", "begins", "starts", "opens", "closes", "takes",
    "makes", "holds", "expects", "seeks", "hopes", "needs", "comes", "goes", "gets", "gives", "shows", "runs",
    "leads", "looks", "seems", "appears", "continues", "marks", "becomes", "joins", "launches", "returns", "ends",
    "resumes", "votes", "decides", "considers", "includes", "requires", "allows", "remains", "stays", "sits",
    "stands", "lies", "rules", "hears", "sees", "plays", "travels", "visits", "arrives", "leaves", "kicks",
    "finishes", "expires", "lasts", "falls", "rises", "does", "has", "is", "knows", "believes", "thinks",
    "insists", "argues", "claims", "admits", "denies", "agrees", "recommends", "estimates", "warns", "calls",
    "hosts", "reopens", "debates", "publishes", "releases", "unveils", "announces", "reports", "refuses",
    "rejects", "accepts", "urges", "offers", "demands", "proposes", "supports", "opposes", "promises", "threatens",
    "vows", "pledges", "backs", "blocks", "bans", "raises", "cuts", "sets", "puts", "keeps", "brings", "sends",
    "signs", "wins", "loses", "faces", "owns", "pays", "buys", "sells", "moves", "plays", "tries", "helps",
    "lets", "fails", "works", "lives", "serves", "represents", "controls", "manages", "happens", "occurs",
} | {v for v in SPEECH_VERBS | SAY_VERBS if v.endswith("s") and not v.endswith("ss")}
_NOT_ED_VERBS = {"need", "feed", "seed", "speed", "breed", "bleed", "greed", "creed", "steed", "weed", "deed",
                 "shed", "bed", "red", "hundred", "sacred", "naked", "wicked", "kindred", "indeed", "proceed",
                 "succeed", "exceed", "embed", "wed", "led", "fed", "bred", "sped", "shred", "sled", "bled",
                 "united", "limited", "related", "detailed", "advanced", "sophisticated", "beloved", "aged",
                 "talented", "armed", "based", "skilled", "unprecedented", "renewed", "dedicated", "experienced",
                 "alleged", "so-called", "wicked", "ragged", "rugged", "crooked", "learned", "blessed",
                 "interested", "concerned", "involved", "supposed"}
_DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
                "your", "some", "any", "no", "every", "each", "another", "such", "more", "most", "less", "so",
                "very", "too", "well", "newly", "recently", "fully", "much", "highly", "already-"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those", "one"}
_SUBORDINATORS = {"after", "before", "when", "while", "whereas", "because", "although", "though", "unless", "if",
                  "as", "since", "until", "once", "where", "whilst"}
# Each opener at a clause's start, compiled once: compiled per clause they crowded the re module's cache.
_OPENER_FIRST = {w: re.compile(r"^" + re.escape(w) + r"\s+", re.IGNORECASE) for w in _SUBORDINATORS}
_RELATIVES = {"which", "who", "whom", "whose"}
_LEADING_JUNK = re.compile(r"^(?:(?:and|but|so|or|yet|meanwhile|also|then|however|still|now|indeed|instead|"
                           r"separately|moreover|in addition|in fact|though)\b,?\s*)+", re.IGNORECASE)
# "Paris – ", "SPRINGFIELD (Reuters) — ": a dateline before the story's first sentence.
_DATELINE = re.compile(r"^(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},?(?:\s+[A-Z][\w.'’-]*){0,2})"
                       r"(?:\s*\([^)]{1,30}\))?\s+[–—-]{1,2}\s+")
# A wire dateline with its day: "PORT HALLAM, June 11 (Tidewater News) -".
_WIRE_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{1,40},\s+(" + _MON_ANY[1:-1] + r")\.?\s+(\d{1,2})\b(?!,?\s+\d{4})")
# the same dateline opening a story's first sentence ("HARVIK, Oster Lund, March 3 (NPA) - The council voted …"): the
# day the report was filed, no event's (the sentence's own date, "on Tuesday", is what happened)
_INLINE_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{1,40},(?:\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},)?\s+(?:"
                              + _MON_ANY[1:-1] + r")\.?\s+\d{1,2}(?:,\s+\d{4})?\s*(?:\([^()]{1,40}\)\s*)?[-—–]{1,2}\s")
MAX_EVENT_WORDS = 16


@dataclass(frozen=True)
class _Tok:
    text: str
    low: str
    start: int
    end: int


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in re.finditer(r"[$£€]?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|[A-Za-z0-9$£€][\w$£€%’'./-]*|[,;:()\[\]—–\"“”]|"
                         r"(?<=\s)-(?=\s)", text):
        t = m.group()
        if len(t) > 1 and t[-1] in ".,":
            t = t[:-1] if not re.fullmatch(r"(?:[A-Za-z]\.){2,}|[A-Z][a-z]{0,3}\.", t) else t
        low = t.lower().replace("’", "'")
        out.append(_Tok(t, low, m.start(), m.start() + len(t)))
    return out


# prepositions after which an -ed word before a noun is an adjective ("for planned care", "of disputed land")
_PREP_BEFORE_ADJ = frozenset({"for", "of", "with", "from", "into", "about", "against", "without", "under", "among",
                              "between", "through", "towards", "toward"})


def _verb_kind(toks: list[_Tok], i: int) -> str | None:
    """What a token is as a verb: 'fut', 'modal', 'past', 'pres', 'part' (participle/-ing), or None."""
    w = toks[i].low
    prev = toks[i - 1].low if i else ""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if i and toks[i].text[:1].isupper() and prev not in ('"', "“", "”", ":", "(", "—", "–", ";"):
        return None  # a capital inside a sentence is a name or a month ("the May derby"), not a verb
    if w in _FUTURE_WORDS or w.endswith("'ll"):
        return "fut"
    if w in _MODALS:
        return "modal"
    if w in _DUE and prev in _BE_PRESENT | _BE_PAST and nxt == "to":
        return "fut" if prev in _BE_PRESENT else "modal"
    if w in _INTEND and nxt == "to":
        if w.endswith("ing") and prev not in _BE_PRESENT | _BE_PAST | {"be", "been", "not", "still", "now", "also"}:
            return "part"  # "the candidates hoping to become mayor went head to head": a participle, no verb group
        return "fut"
    if w in _INTEND and i and re.fullmatch(r"[a-z]{3,}[^s\W']s", prev) and prev not in _NOT_BARE_VERBS and \
            (i < 2 or toks[i - 2].low not in _SUBJECT_VERBS_BEFORE):
        return "pres"  # "Analysts expect the office to rule in January": a plural subject and its present verb
    if w in _BE_PRESENT or w in _HAVE:
        if w in _BE_PRESENT and nxt == "to":
            return "fut"  # "is to meet"
        return "pres"
    if w in _PAST_AUX:
        return "past"
    if prev in _DETERMINERS - {"that", "this"} or prev in ("to",):
        return None if prev != "to" else "part"
    if prev in _PREP_BEFORE_ADJ and re.fullmatch(r"[a-z]{3,}ed", w) and re.fullmatch(r"[a-z]{3,}", nxt) and \
            nxt not in _CUT_BEFORE | _FUNCTION_END:
        return None  # "the waiting list for planned hospital care rose": an adjective after a preposition
    if prev in ("be", "have", "been", "being") and i > 1 and toks[i - 2].low in ("to", "not"):
        return "part"  # "to be completed", "to have met": no tense of their own
    if w in _AMBIGUOUS_PAST:
        if prev in _MODALS | _FUTURE_WORDS | {"did", "do", "does", "didn't", "tax", "price", "rate", "spending"}:
            return None
        if re.match(r"[$£€\d]", nxt) or nxt in {"the", "a", "an", "his", "her", "its", "their", "off", "out", "up",
                                               "down", "back", "in", "on", "at", "for", "to", "by", "it", "them"}:
            return "past"
        if (not nxt or not nxt[0].isalnum() or re.fullmatch(r"[a-z]+", nxt) and i + 1 < len(toks) and
                _verb_kind(toks, i + 1) is None and nxt not in ("of", "and", "or", "is", "was", "will", "plan",
                                                                 "plans", "has", "would", "could")):
            return "past" if i and (toks[i - 1].text[:1].isupper() or re.fullmatch(r"[a-z]+(?:ly|s)|last|also|then",
                                                                                    toks[i - 1].low)) else None
        return None
    if w in _IRREGULAR_PAST:
        return "past"
    if prev in ("we", "they", "i") and re.fullmatch(r"[a-z]{2,}", w) and w not in _NOT_BARE_VERBS | _DETERMINERS and \
            not re.fullmatch(r"[a-z]+ly", w) and not (w.endswith("ing") or w.endswith("ed")) and \
            (i < 2 or toks[i - 2].low not in _SUBJECT_VERBS_BEFORE):
        return "pres"  # "if we lose again", "they want": a bare verb after a subject pronoun
    if w in _FIXTURE_VERBS and i and (toks[i - 1].text[:1].isupper() and toks[i - 1].text.isalpha() or
                                      toks[i - 1].low in _TEAM_NOUNS) and \
            (i < 2 or toks[i - 2].low not in _DETERMINERS or toks[i - 1].low in _TEAM_NOUNS and
             nxt not in _FUTURE_WORDS | _MODALS | _PAST_AUX | _BE_PRESENT | _HAVE | _IRREGULAR_PAST and
             not re.fullmatch(r"[a-z]{3,}ed", nxt)) and nxt not in ("of", "and", "or"):
        return "pres"  # "The team play again on Tuesday" ("the team visit was called off" is a noun)
    head = i - 1  # the subject's head noun, before "of the final" / "for the final"
    if i >= 4 and toks[i - 2].low in _DETERMINERS and toks[i - 3].low in ("of", "for") and \
            re.fullmatch(r"[a-z]+", toks[i - 1].low):
        head = i - 4
    if w in _SCHEDULE_BARE and i and re.fullmatch(r"[a-z]{2,}[^\Ws']s", toks[head].low) and \
            _verb_kind(toks, head) is None and toks[head].low not in _DETERMINERS | _PRONOUNS and \
            (nxt in ("on", "at", "from", "in", "next", "this", "again", "tomorrow", "today") or
             re.fullmatch(_WD, toks[i + 1].text if i + 1 < len(toks) else "")):
        return "pres"  # "Polling stations open on Monday", "the talks resume next week"
    if w not in _PRESENT_3SG and nxt in _AFTER_TIMED_VERB and re.fullmatch(r"[a-z]{3,}[^\Wsu']s", w) and \
            _SUBORDINATE_SUBJECT.fullmatch(" ".join(t.low for t in toks[max(0, i - 5):i])):
        return "pres"  # "before the transfer window shuts at 11pm on Friday": the subordinate clause's own verb
    if w in _PRESENT_3SG:
        if prev in _IRREGULAR_PAST or re.fullmatch(r"[a-z]{3,}ed", prev) and prev not in _NOT_ED_VERBS:
            return None  # "announced plans": the object
        # "rules", "plans", "calls" are nouns too: a noun when a verb follows ("the new rules came in")
        if nxt and i + 1 < len(toks) and (nxt in _FUTURE_WORDS | _MODALS | _PAST_AUX | _BE_PRESENT | _HAVE or
                                          nxt in _IRREGULAR_PAST or re.fullmatch(r"[a-z]{3,}ed", nxt) and
                                          nxt not in _NOT_ED_VERBS):
            return None
        return "pres"
    if re.fullmatch(r"[a-z]{3,}ed", w) and w not in _NOT_ED_VERBS and _POSSESSIVE_END.search(prev) and \
            re.fullmatch(r"[a-z]{3,}", nxt) and nxt not in _CUT_BEFORE | _FUNCTION_END | _DETERMINERS and \
            not re.fullmatch(r"[a-z]+ly", nxt):
        return None  # "Dunmere's covered market", "the council's planned closure": an adjective after a possessive
    if re.fullmatch(r"[a-z]{3,}ed", w) and w not in _NOT_ED_VERBS:
        return "past"
    if re.fullmatch(r"[a-z]{3,}[^su]s", w) and nxt in ("to", "that") and i + 2 < len(toks) and \
            _verb_kind(toks, i + 2) is None and toks[i + 2].low not in ("the", "a", "an"):
        return "pres"  # "refuses to reopen", "insists that"
    if re.fullmatch(r"[a-z]{3,}ing", w) and w not in {"during", "thing", "nothing", "something", "anything",
                                                      "everything", "morning", "evening", "king", "ring", "spring",
                                                      "wing", "string", "sibling", "ceiling", "building",
                                                      "meeting", "funding", "ruling", "hearing", "wedding",
                                                      "according", "including", "following", "regarding",
                                                      "concerning", "pending", "notwithstanding"}:
        return "part"
    return None


def _group_tense(toks: list[_Tok], i: int) -> str:
    """Tense of the verb group ending at token i ("would have met", "was held", "is due to meet")."""
    if toks[i].low == "got" and i and (toks[i - 1].low in ("have", "has") or toks[i - 1].low.endswith(("'ve", "'s"))) \
            and i + 1 < len(toks) and toks[i + 1].low in _DETERMINERS | set(_NUMBERS) | {"no"}:
        return "present"  # "we've got a final on Sunday": to have got is to have
    j = i
    seen = [toks[i].low]
    while j > 0 and j > i - 5:
        p = toks[j - 1].low
        if p in _FUTURE_WORDS or p.endswith("'ll") or p in _MODALS or p in _BE_PRESENT | _BE_PAST | _HAVE | \
                _PAST_AUX | _LINKING | {"not", "also", "still", "now", "then", "be", "been", "being", "have", "just", "already",
                             "soon", "probably", "likely", "never", "finally", "to", "due", "set", "going",
                             "scheduled", "expected", "n't", "recently", "reportedly", "formally", "officially"}:
            seen.append(p)
            j -= 1
            continue
        break
    head = seen[-1]
    if any(s in _FUTURE_WORDS or s.endswith("'ll") for s in seen):
        return "future"
    if any(s in _MODALS for s in seen):
        return "future"
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if head in _BE_PAST and ("to" in seen and any(s in _DUE for s in seen) or toks[i].low == "due"):
        # "was due to open on 3 March", "the report was due on 3 March": a timetable told in the past, its day
        # perhaps gone (the opening slipped) or still ahead (a reported "is due to"): the nearest one
        return "nearest"
    if toks[i].low in _DUE | _INTEND and nxt == "to":
        return "future" if head in _BE_PRESENT or toks[i].low in _INTEND else "past"
    if "to" in seen and any(s in _DUE | _BE_PRESENT for s in seen):
        return "future"
    if head in _BE_PRESENT and toks[i].low in _DUE | _SCHEDULED:
        return "future"  # "a verdict is expected in the spring", "the vote is scheduled for May"
    if head in _HAVE and head == toks[i].low and nxt in _DETERMINERS | set(_NUMBERS) | {"no"}:
        return "present"  # "we have a final on Sunday": to have, not the present perfect
    if head in _HAVE:
        return "past"  # the present perfect tells of something done
    if head in _BE_PRESENT and toks[i].low.endswith("ing"):
        return "future"  # "are meeting on Friday"
    if head in _BE_PRESENT and i > j and (toks[i].low in _PARTICIPLES | _IRREGULAR_PAST | _AMBIGUOUS_PAST or
                                          re.fullmatch(r"[a-z]{3,}ed", toks[i].low) and toks[i].low not in _NOT_ED_VERBS):
        return "present"  # "her memoir is published on 20 November": a passive in the present, no past of its own
    if head in _PAST_AUX or head in _BE_PAST:
        return "past"
    kind = _verb_kind(toks, i)
    if toks[i].low in _SCHEDULED | {"due", "set"} and head == toks[i].low and nxt in ("for", "on", "to"):
        return "future"  # "the vote, scheduled for Thursday"
    if kind == "past":
        return "past"
    if kind == "pres" or head in _BE_PRESENT:
        return "present"
    return "past"


@dataclass
class _Clause:
    start: int  # offsets into the sentence text
    end: int
    verb: int | None  # index into toks of the verb that governs the date
    first_verb: bool  # is that verb the clause's first finite verb?
    tense: str
    subject: str
    opener: str  # the word that opened the clause ("who", "after", "that"), or ""
    toks: list[_Tok]
    plain: str = "past"  # the verb group's own tense, before an infinitive or a gerund re-aims it
    infinitive: bool = False  # the date sits in a past verb's infinitive that looks ahead ("agreed to meet in May")
    gerund: bool = False  # the date sits in a gerund after a preposition ("criticised X for playing on Tuesday")


_FINITE = ("fut", "modal", "past", "pres")


def _hard_bounds(text: str, a: int, b: int) -> tuple[int, int]:
    """The stretch around [a, b) not crossed by ; : dashes or brackets; quote marks bound it only when the date
    is inside the quotation (a quoted name or title inside a clause is part of that clause)."""
    lo, hi = 0, len(text)
    marks = r"[;()\[\]]|:\s|\s[—–-]{1,2}\s" + (r"|[\"“”]" if _quoted(text, a) else r"|(?<=[,.!?])[\"”]")
    for m in re.finditer(marks, text):
        if m.end() <= a:
            lo = max(lo, m.end())
        elif m.start() >= b:
            hi = min(hi, m.start())
            break
    return lo, hi


def _quoted(text: str, a: int) -> bool:
    """Is offset a inside a quotation (straight or curly double marks)?"""
    opened = False
    for m in re.finditer(r"[\"“”]", text[:a]):
        ch = m.group()
        opened = True if ch == "“" else False if ch == "”" else not opened
    return opened


# Adverbs that stand between an auxiliary and its participle without breaking the verb group.
_BETWEEN_AUX = frozenset({"last", "first", "also", "just", "recently", "already", "finally", "formally", "officially"})


def _is_participle(toks: list[_Tok], i: int) -> bool:
    """A past participle standing without its auxiliary ("the deal struck in 2015", "the plan approved by")."""
    w = toks[i].low
    if not (re.fullmatch(r"[a-z]{3,}ed", w) and w not in _NOT_ED_VERBS or w in _PARTICIPLES):
        return False
    prev = toks[i - 1].low if i else ""
    if prev in _BETWEEN_AUX and i > 1:
        prev = toks[i - 2].low  # "was last cut", "was first elected": the auxiliary is one word further back
    return prev not in _BE_PRESENT | _BE_PAST | _HAVE | _PAST_AUX | _MODALS | _FUTURE_WORDS | {"be", "been", "being",
                                                                                             "have", "not"}


def _clause(text: str, a: int, b: int) -> _Clause:
    """The finite clause the date phrase at [a, b) belongs to, the verb that governs it and its tense."""
    # brackets that do not hold the date are asides: blank them so they neither bound nor join the clause
    text = re.sub(r"\([^()]*\)", lambda m: m.group() if m.start() <= a < m.end() else " " * len(m.group()), text)
    toks = _tokens(text)
    lo, hi = _hard_bounds(text, a, b)
    # a verbless stretch ("Today (May 2), the jury said", "On Tuesday:") reaches on to the next verb
    for _ in range(3):
        inside = [i for i, t in enumerate(toks) if lo <= t.start < hi and not (a <= t.start < b)]
        if any(_verb_kind(toks, i) in _FINITE for i in inside) or hi >= len(text):
            break
        hi = _hard_bounds(text, hi + 1, hi + 1)[1]
    idx = [i for i, t in enumerate(toks) if lo <= t.start < hi]
    if not idx:
        return _Clause(lo, hi, None, False, "past", "", "", toks)
    date_i = [i for i in idx if a <= toks[i].start < b] or [idx[0]]
    first_date, last_date = date_i[0], date_i[-1]
    start, end = idx[0], idx[-1] + 1
    skip: set[int] = set()
    i = first_date - 1
    while i > start:
        if _opens_clause(toks, i, start) and not (
                toks[i].low in ("and", "but", "or") and not any(_verb_kind(toks, k) in _FINITE
                                                                for k in range(start, i))):
            # (", and" after a verbless stretch joins subjects: "A, and B will meet")
            # ", who ... ," closed before the date is an aside inside the clause, not the clause
            # "the firm that owns the pier said on Monday": a 'that' relative closed by the next verb is part
            # of the subject
            if _relative_that(toks, i) and not any(toks[k].text == "," for k in range(i + 1, first_date)):
                verbs = [k for k in range(i + 1, first_date) if _verb_kind(toks, k) in _FINITE]
                if len(verbs) >= 2 and not _same_group(toks, verbs[0], verbs[-1]):
                    second = next(k for k in verbs if not _same_group(toks, verbs[0], k))
                    skip.update(range(i, second))
                    i -= 1
                    continue
            # "the barge that capsized in 2020, injuring four, lacked ...": a 'that' relative ends at its comma too
            if (toks[i].low in _RELATIVES and toks[i - 1].low in (",", "–", "—") or _relative_that(toks, i)) and \
                    any(toks[k].text == "," for k in range(i + 1, first_date)):
                close = next(k for k in range(i + 1, first_date) if toks[k].text == ",")
                skip.update(range(i, close + 1))
                i -= 1
                continue
            start = i
            break
        i -= 1
    opener = toks[start].low if start > idx[0] or toks[start].low in _RELATIVES else ""
    for i in range(last_date + 1, end):
        if _opens_clause(toks, i, start, ahead=True) or (opener in _RELATIVES and toks[i].text == "," and
                                            toks[start - 1].text in (",", "–", "—") if start else False) or (
                toks[i].text == "," and _relative_that(toks, start)):
            end = i
            break
    span = [i for i in range(start, end) if i not in skip and not (first_date <= i <= last_date)]
    finite: list[int] = []
    participles: list[int] = []
    asides: list[int] = []
    for i in span:
        if _verb_kind(toks, i) not in _FINITE:
            continue
        after_comma = i and (toks[i - 1].text == "," or i > 1 and toks[i - 2].text == "," and
                                 re.fullmatch(r"[a-z]+ly|once|now|then|already|still", toks[i - 1].low))
        if _is_participle(toks, i) and toks[i].low not in ("said", "told") and (
                finite or (i + 1 < len(toks) and toks[i + 1].low == "by")):
            participles.append(i)
        elif _is_participle(toks, i) and after_comma and not finite:
            asides.append(i)  # ", once expected to ..., could": an aside, unless no other verb follows
        else:
            finite.append(i)
    if asides and not finite:
        finite.append(asides.pop(0))  # "Mr X, however, decided ...": the verb after all
    if len(finite) >= 2 and finite[1] < first_date and finite[0] >= 2 and _is_participle(toks, finite[0]) and \
            toks[finite[0] - 2].low in _DETERMINERS and toks[finite[0]].low not in _REPORTING | {"said", "says", "told", "tells", "announced"} and \
            toks[finite[0] + 1].low in ("in", "on", "at", "by", "last", "this", "during") and \
            not any(toks[k].text in (",", ";", ":", "—", "–") or toks[k].low in ("and", "but", "or", "that", "which")
                    for k in range(finite[0], finite[1])):
        participles.append(finite.pop(0))  # "A ceasefire agreed in 2024 expires on …": the subject's participle
    participles += asides
    governors = sorted(finite + participles)
    before = [i for i in governors if i < first_date]
    after = [i for i in governors if i > last_date]
    verb = before[-1] if before else (after[0] if after else None)
    if verb is not None and after and verb < first_date and _lemma(toks[verb].low) in _REPORTING and \
            _group_tense(toks, after[0]) == "future" and \
            any(toks[k].low in _DETERMINERS for k in range(verb + 1, first_date)) and \
            not any(_verb_kind(toks, k) in _FINITE or toks[k].text in (",", ";", ":") for k in range(verb + 1, first_date)):
        # "said the vote in March would be close": the date names a noun in the reported clause's subject, and
        # that clause looks ahead ("would", "will"); the saying is not what the date dates
        verb = after[0]
    first = finite[0] if finite else None
    first_verb = verb is not None and first is not None and verb in finite and _same_group(toks, first, verb)
    tense = plain = _group_tense(toks, verb) if verb is not None else "past"
    infinitive = gerund = False
    if verb is not None and verb < first_date:
        between = range(verb + 1, first_date)
        to_at = verb + 1
        if _lemma(toks[verb].low) in _ASK_TO:
            # "asked the contractors to return on Monday", "urged all three parties to come back": an object first
            to_at = next((k for k in range(verb + 1, min(verb + 6, first_date - 1)) if toks[k].low == "to"), to_at)
            if any(toks[k].text in (",", ";", ":", "—", "–", "(") or _verb_kind(toks, k) in _FINITE
                   for k in range(verb + 1, to_at)):
                to_at = verb + 1
        if toks[to_at].low != "to" and _lemma(toks[verb].low) in _LOOK_AHEAD:
            # "agreed on Tuesday to hold the vote in March": the agreement's own day first, then its infinitive
            # ("voted 14 to 7 in favour on Tuesday": a tally's "to" between two numbers is no infinitive)
            to_at = next((k for k in range(verb + 2, min(verb + 6, first_date - 1)) if toks[k].low == "to" and
                          not (toks[k - 1].text[:1].isdigit() and toks[k + 1].text[:1].isdigit()) and
                          _TIME_WORD.fullmatch(toks[verb + 1].low) and
                          all(_TIME_WORD.fullmatch(toks[j].low) or toks[j].text[:1].isdigit() for j in range(verb + 1, k))),
                         to_at)
        if to_at + 1 < first_date and toks[to_at].low == "to" and _lemma(toks[verb].low) in _LOOK_AHEAD and \
                not any(toks[k].text in (",", ";", ":", "—", "–") for k in between):
            # "have vowed to shut the mill from 9 April": the date is after the vow. After a plain past
            # ("agreed to meet in May") it is after the agreement, not surely after publication: the nearest.
            tense = "future" if tense in ("present", "future") or any(
                toks[k].low in _HAVE | _BE_PRESENT for k in range(max(start, verb - 3), verb)) else "ahead"
            if tense == "ahead" and verb - 2 >= start and toks[verb - 1].low == "been" and \
                    toks[verb - 2].low in ("had", "hadn't"):
                # "had been expected to finish on Monday": an expectation overtaken, its day the nearest (gone, or
                # put off: "had been expected to rule on Nov. 12" still ahead); "had agreed to meet in November"
                # keeps looking ahead
                tense = "nearest"
            infinitive = tense == "ahead"  # "agreed to meet in May": a past verb whose own date is not May
        elif any(toks[k].low.endswith("ing") and _verb_kind(toks, k) == "part" and
                 toks[k - 1].low in _GERUND_PREPS and not _noun_compound(toks, k) for k in between):
            # "blamed the organisers for scheduling the replay on Tuesday", "arrested for stealing a car on
            # Friday": the date may be the gerund's rather than the finite verb's, so it is not asked about. Its
            # direction stays the finite verb's: a gerund has no tense, and the nearest day is as often wrong.
            gerund = True
    if verb is not None and verb < first_date and tense == "present" and not infinitive and any(
            toks[k].low == "to" and _verb_kind(toks, k + 1) == "part" and toks[k + 1].low not in _DETERMINERS
            for k in range(verb + 1, first_date - 1)):
        tense = "future"  # "we have a final to play for on Sunday": what is still to do lies ahead
    quote_open = max(text.rfind("“", 0, a), text.rfind('"', 0, a))
    if _quoted(text, a) and re.search(r"\bto\s+$", text[:quote_open]) and (verb is None or toks[verb].start < quote_open):
        tense, infinitive = "ahead", True  # 'urged them to "come back on Monday"': the words of an infinitive
    if tense == "past" and verb is not None and verb < first_date and not infinitive and \
            _lemma(toks[verb].low) in _AWAIT and not _quoted(text, a) and \
            not any(_verb_kind(toks, k) in _FINITE or toks[k].text in (",", ";", ":") for k in range(verb + 1, first_date)):
        # "said they expected a close result in the vote in March": what was expected lies after the expecting
        tense, infinitive = "ahead", True
    if tense == "past" and _LOOKS_AHEAD.search(text[:a]):
        tense = "future"  # ", due to begin on Monday,", "Opponents plan a march … on Saturday", "invited … for talks on …"
    elif tense == "past" and _PLANNED_FOR.search(text[:a]):
        tense = "nearest"  # "…, with a further walkout planned from 22 May": what is planned, not when it was planned
    s0 = start + (1 if opener else 0)
    subj_end = first if first is not None and first >= s0 else end
    subject = " ".join(toks[k].text for k in range(s0, subj_end) if k not in skip and not (a <= toks[k].start < b))
    return _Clause(toks[start].start, toks[end - 1].end, verb, first_verb, tense, subject, opener, toks, plain, infinitive, gerund)


# Right before a date, words that place it ahead whatever the tense of the sentence's verb: a reduced "due to
# begin", a present plan ("Opponents plan a march …"), an invitation to a meeting ("invited the farmers for a
# meeting in the capital on …").
_LOOKS_AHEAD = re.compile(
    r"(?:\b(?:due|set|scheduled|slated|poised)\s+to\s+[a-z]+(?:\s+[a-z]+){0,3}"
    r"|(?:^|[.;:]\s+|\b(?:[A-Za-z]+s|they|we)\s+)(?:plan|intend|aim)\s+(?:to\s+[a-z]+\s+)?(?:an?|the|their|its|another)\s+"
    r"(?:[\w-]+\s+){0,8}?"
    r"|\binvit(?:ed|es|e)\s+(?:[\w’'-]+\s+){1,4}?(?:for|to)\s+(?:an?|the|fresh|further|new)?\s*(?:[a-z]+\s+)?"
    r"(?:meeting|talks|session|hearing|round|summit|dinner|discussions?)\b[^,;.]{0,60})\s*$")


# A participle of arranging right before its date, without an auxiliary ("a walkout planned from 22 May", "the vote
# scheduled for 3 March"): the day arranged, ahead or gone (called off), so the nearest, never the saying's past
_PLANNED_FOR = re.compile(r"\b(?!(?:was|were|is|are|be|been|being|has|have|had|not)\s)[a-z]+\s+(?:planned|scheduled|slated|"
                         r"timetabled|pencilled\s+in)\s+(?:for|from|on)\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+(?:to|until|till|and)\s+)?$")


_GERUND_PREPS = {"for", "of", "about", "over", "against", "without", "by", "on", "at", "with", "from", "into",
                 # "spent eleven years at City Hall before losing her seat in 2019": the date is the loss's
                 "before", "after", "since", "while", "upon", "despite"}


_PAST_OF = {base: past for past, base in IRREGULAR.items() if past != base}
_TIME_GERUND = re.compile(r"\b(?:before|after|since|upon)\s+([a-z]{3,}ing)\s+((?:[\w’'-]+\s+){0,6}?)"
                          r"(?:on|in|at|during|last|this|early|late)?\s*$")


def _ing_bases(ing: str) -> tuple[str, ...]:
    """The base forms an -ing form may have, surest first: "opening" -> open/opene, "closing" -> clos/close,
    "running" -> runn/runne/run (the caller keeps the one its table knows)."""
    stem = ing[:-3]
    return (stem, stem + "e") + ((stem[:-1],) if len(stem) > 2 and stem[-1] == stem[-2] else ())


def _gerund_past(ing: str) -> str | None:
    """The past tense of an -ing form when the irregular table settles it ("losing" -> "lost", "winning" ->
    "won"); None when the base form is not sure ("visiting": visit or visite?)."""
    known = {_PAST_OF[b] for b in _ing_bases(ing) if b in _PAST_OF}
    return known.pop() if len(known) == 1 else None


def _gerund_event(text: str, cl: _Clause, a: int) -> str | None:
    """"Munro spent eleven years at City Hall before losing her seat in 2019": the date is the gerund's, so its
    event is "Munro lost her seat" when the clause's subject is a name and the verb's past is sure."""
    m = _TIME_GERUND.search(text[cl.start:a])
    subj = cl.subject.strip(" ,")
    if not m or not subj or subj.lower() in _PRONOUNS or not subj[:1].isupper() or len(subj.split()) > 6:
        return None
    past = _gerund_past(m.group(1).lower())
    if not past:
        return None
    obj = m.group(2).strip()
    return f"{subj} {past} {obj}".strip() if len(obj.split()) <= 6 else None


def _noun_compound(toks: list[_Tok], k: int) -> bool:
    """Is the -ing word at k the first word of a noun after "<the> noun of" ("its review of landing fees", "the cost
    of parking permits"): a compound noun the noun before is of, not a gerund with a date of its own."""
    return k >= 3 and toks[k - 1].low == "of" and k + 1 < len(toks) and \
        re.fullmatch(r"[a-z]{2,}[^s\W]s", toks[k + 1].text) is not None and \
        re.fullmatch(r"[a-z]+", toks[k - 2].text) is not None and (toks[k - 3].low in _DETERMINERS or (
            k >= 4 and toks[k - 4].low in _DETERMINERS and _verb_kind(toks, k - 2) is None))




def _lemma(w: str) -> str:
    """A regular verb's base form, near enough to look it up: 'threatened' -> 'threaten', 'agreed' -> 'agree'."""
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("d", "")):
        if w.endswith(suffix) and (w[:-len(suffix)] + repl) in _LOOK_AHEAD:
            return w[:-len(suffix)] + repl
        if suffix in ("ed", "ing") and w.endswith(suffix) and len(w) > len(suffix) + 2 and \
                w[-len(suffix) - 1] == w[-len(suffix) - 2] and w[:-len(suffix) - 1] in _LOOK_AHEAD:
            return w[:-len(suffix) - 1]  # "planned", "planning": the consonant doubled before the ending
    return {"sought": "seek", "chose": "choose", "undertook": "undertake"}.get(w, w)


def _same_group(toks: list[_Tok], first: int, verb: int) -> bool:
    """Do tokens first..verb form one verb group ("will be held", "is due to meet", "decided to weigh")?"""
    if first == verb:
        return True
    if verb - first > 6:
        return False
    for k in range(first, verb):
        w = toks[k].low
        if w in _BE_PRESENT | _BE_PAST | _HAVE | _PAST_AUX | _MODALS | _FUTURE_WORDS | _INTEND | _DUE or w in {
                "not", "also", "still", "now", "then", "be", "been", "being", "have", "just", "already", "soon",
                "probably", "likely", "never", "finally", "to", "n't", "recently", "reportedly", "formally",
                "officially", "planning", "hoping", "expecting", "openly", "quickly", "later", "again", "last", "first"}:
            # ("was last cut two years ago", "was first elected in 2010": the verb's own date, asked with its adverb)
            continue
        if k + 1 <= verb and toks[k + 1].low == "to" and _verb_kind(toks, k) in _FINITE:
            continue  # "decided to weigh in"
        return False
    return True


# A plural subject's speech verb in the present, which the verb reader does not know without a pronoun before it.
_THEY_SAY = frozenset({"say", "argue", "warn", "claim", "insist", "complain", "believe", "fear", "expect", "predict",
                       "admit", "agree", "worry"})


_NOUN_WORD = re.compile(r"[a-z][a-z-]+|[A-Z][\w'’-]+")
_A_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _others_say(toks: list[_Tok], i: int) -> bool:
    """", and pilots say silt ...", ", but local traders argue ...": a second clause of other people's saying after
    token i, so the dated clause before it ends there."""
    for k in range(i + 2, min(i + 5, len(toks))):
        if toks[k].low in _THEY_SAY:
            return all(_NOUN_WORD.fullmatch(t.text) and t.low not in _CUT_BEFORE for t in toks[i + 1:k])
        if not _A_WORD.fullmatch(toks[k].text):
            return False
    return False


# an -ing word set off by a comma after a finite clause, that opens a participle clause ("…, committing both sides
# to …", "…, leaving 300 homes without power"), not a preposition-like word ("…, including the vote on Friday")
# nouns of a stretch of time a season may name and still date ("over the summer holidays", "in the autumn term")
_SPAN_NOUNS = frozenset({"months", "weeks", "holidays", "holiday", "break", "recess", "term", "semester", "season",
                         "period", "vacation", "half-term"})
_FREE_PARTICIPLE = re.compile(r"(?!(?:during|including|according|following|starting|beginning|ending|excluding|"
                              r"regarding|concerning|pending|notwithstanding|barring)$)[a-z]{3,}ing")


def _opens_clause(toks: list[_Tok], i: int, start: int, ahead: bool = False) -> bool:
    """Does token i start a new clause (a subordinator, a relative, 'that' + a clause, ', and' + a clause)?"""
    if i <= start:
        return False
    w, prev = toks[i].low, toks[i - 1].low
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if w in _RELATIVES and (prev in (",", "–", "—") or w in ("who", "which")):
        return True
    if w == "that" and nxt is not None:
        n = nxt.low
        if _verb_kind(toks, i - 1) in _FINITE or re.fullmatch(r"\d+|" + _WD + "|" + _MON + r"|year|month|week|today|"
                                                              r"yesterday|night|morning|evening", toks[i - 1].text):
            # after a verb or a date: "emerged on Tuesday that engineers had ..."; but "turned down that bid last
            # month, branding it ..." has no verb of its own before the comma: a determiner
            if _verb_kind(toks, i - 1) not in _FINITE or toks[i - 1].low in _TELLING | SAY_VERBS | SPEECH_VERBS:
                return True
            return (_finite_follows(toks, i) or _verb_kind(toks, i + 1) in _FINITE or not re.fullmatch(r"[a-z]+", n)
                    or n in _DETERMINERS | _PRONOUNS)

        return (n in {"the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "this", "there", "his", "her",
                      "its", "their", "our", "some", "many", "no", "all"} or nxt.text[:1].isupper() or
                _verb_kind(toks, i + 1) in _FINITE)
    if w in ("and", "but", "or", "yet", "so") and prev == ",":
        return _finite_follows(toks, i) or _others_say(toks, i)
    if w in ("and", "but") and nxt is not None and _verb_kind(toks, i + 1) in ("fut", "modal", "past") and \
            not (i + 2 < len(toks) and toks[i + 2].low == "by") and \
            any(_verb_kind(toks, k) in _FINITE for k in range(start, i)) and \
            (_conjunct_subject(toks, i) or "which").lower() not in _RELATIVES | {"that"}:
        return True  # "had promised to pay and would repaint it in May": a second verb of the same subject
    if w in ("and", "but") and nxt is not None and (nxt.low in _DETERMINERS | {"he", "she", "they", "it", "we", "i"}
                                                      or nxt.text[:1].isupper()) and \
            any(_verb_kind(toks, k) in _FINITE for k in range(start, i)):
        # "The levy started on 3 May and the first week has brought ...": a second clause
        for k in range(i + 1, min(i + 9, len(toks))):
            if toks[k].text in (",", ";", ":") or toks[k].low in ("and", "or"):
                return False
            if _verb_kind(toks, k) in ("pres", "past", "fut", "modal") and not _is_participle(toks, k) and \
                    toks[k].low not in _AMBIGUOUS_PAST:
                return True
        return False
    if w in _SUBORDINATORS and nxt is not None:
        if w in ("since", "until", "before", "after", "as") and (re.match(r"\d", nxt.text) or nxt.low in
                                                                  {"of", "well", "part", "much", "many", "long",
                                                                   "soon", "far", "last", "next", "this"} or
                                                                  re.match(_MON + "|" + _WD, nxt.text)):
            return False  # a preposition: "since 2019", "until next week"
        return _finite_follows(toks, i)  # "after the vote" is a phrase, "after the union voted" a clause
    if w == "saying" and prev == ",":
        return True
    if ahead and prev == "," and _FREE_PARTICIPLE.fullmatch(w) and _verb_kind(toks, i) == "part" and \
            any(_verb_kind(toks, k) in ("past", "pres") for k in range(start, i - 1)):
        return True  # "signed the treaty on Tuesday, committing both sides to withdraw by June 30": the comma's
        # participle is a clause of its own, and its date is none of the main verb's (looking ahead from a date
        # only: a date inside the participle keeps the main verb's tense, "will play …, returning on May 2")
    if prev in _TELLING | SAY_VERBS and _verb_kind(toks, i - 1) in _FINITE and \
            (w == "the" and i + 1 < len(toks) and toks[i + 1].text[:1].isupper() or
             toks[i].text[:1].isupper() and w not in _PRONOUNS | _DETERMINERS):
        # "Brek said Calder Press would announce on 1 December whether …": a reported clause without its "that"
        # opens at its subject when a future or a modal follows that subject (nothing else between)
        for k in range(i + 1, min(i + 7, len(toks))):
            if _verb_kind(toks, k) in ("fut", "modal"):
                return True
            if not re.fullmatch(r"[\w’'-]+", toks[k].text) or _verb_kind(toks, k) is not None:
                return False
    return False


def _passive_event(toks: list[_Tok], verb: int | None, a: int, start: int) -> tuple[str, str] | None:
    """A participle with its agent before the date ("the fee set by the board in May") as an active
    clause ("the board set the fee") and its agent; None when the phrase is not that shape."""
    if verb is None or verb + 2 >= len(toks) or toks[verb + 1].low != "by" or not _is_participle(toks, verb) or \
            toks[verb].start > a:
        return None
    agent_end = verb + 2
    while agent_end < len(toks) and toks[agent_end].start < a and toks[agent_end].low not in _CUT_BEFORE and \
            toks[agent_end].text not in (",", ";", ":"):
        agent_end += 1
    gap = [t for t in toks[agent_end:] if t.start < a]
    if agent_end >= len(toks) or len(gap) > 1 or gap and gap[0].low not in ("in", "on", "at"):
        return None  # something other than the date's preposition between the agent and the date
    def heads_object(k: int) -> bool:
        # an article after a preposition or a verb: "against the fee", "cut the £6 a tonne"
        # (or an infinitive's: "to shrink the grant approved by X in 1990")
        return k > 0 and toks[k].low in _DETERMINERS - {"that", "this"} and (
            toks[k - 1].low in _CUT_BEFORE - {"and", "that", "which", "who"} or _verb_kind(toks, k - 1) in _FINITE or
            k > 1 and toks[k - 2].low == "to" and toks[k - 1].low.isalpha() and toks[k - 1].low not in _DETERMINERS)

    obj_start = verb - 1
    while obj_start > 0 and toks[obj_start - 1].start >= start and verb - obj_start < 8 and \
            toks[obj_start].text not in (",", ";", ":") and not heads_object(obj_start):
        obj_start -= 1
    if not heads_object(obj_start):
        return None  # the noun is a sentence's subject ("The firms join others picked by ..."), or too far
    agent = [t.text for t in toks[verb + 2:agent_end]]
    obj = [t.text for t in toks[obj_start:verb]]
    if not agent or not obj or len(agent) > 6 or toks[obj_start].low not in _DETERMINERS - {"that", "this"}:
        return None
    if not (agent[0].lower() in _DETERMINERS or agent[0][:1].isupper()):
        return None
    past = toks[verb].text
    return f"{' '.join(agent)} {past} {obj[0][:1].lower() + obj[0][1:]} {' '.join(obj[1:])}".strip(), agent[0]


def _conjunct_subject(toks: list[_Tok], i: int) -> str | None:
    """The subject of the verb before the 'and' at token i ("the club had promised ... and would"): the words
    before that verb's group back to a clause boundary. A verb whose subject is a pronoun right after a noun is a
    relative's without its "that" ("stealing money from a fund he managed, and will be sentenced"): the subject is
    the verb's before it ("A treasurer has been found guilty … and will be sentenced"); a subject that opens on a
    lower-case word of no noun phrase ("been", "stealing") is none."""
    for _ in range(3):
        k = i - 1
        while k >= 0 and _verb_kind(toks, k) not in _FINITE:
            if toks[k].text in (";", ":", "—", "–") or toks[k].low in _SUBORDINATORS:
                return None
            k -= 1
        if k < 0:
            return None
        while k > 0 and (toks[k - 1].low in _FUTURE_WORDS | _MODALS | _BE_PRESENT | _BE_PAST | _HAVE | _PAST_AUX or
                         toks[k - 1].low in ("not", "also", "still", "just", "already", "n't", "been", "being")):
            k -= 1  # to the start of the verb group: "had promised", "will publish", "has been found"
        j = k
        while j > 0 and toks[j - 1].text not in (",", ";", ":", "—", "–", '"', "“", "”") and \
                _verb_kind(toks, j - 1) not in _FINITE and toks[j - 1].low not in _SUBORDINATORS | {"that"} and \
                k - j < 8:
            j -= 1
        words = [t.text for t in toks[j:k]]
        if len(words) > 1 and words[-1].lower() in _CONTACT_SUBJECTS and re.fullmatch(r"[a-z]+", words[-2]) and \
                words[-2] not in _DETERMINERS | {"and", "or", "but", "that", "who", "which"}:
            i = k  # "a pension fund he managed": look before the relative
            continue
        break
    if not words or not any(w[:1].isalpha() for w in words):
        return None
    if re.fullmatch(r"[a-z]{2,}ing|been|being", words[0]):
        return None  # "been", "stealing £1.3 million": a verb's or its object's words, not a subject
    return " ".join(words)


_CONTACT_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "you"})


def _relative_that(toks: list[_Tok], i: int) -> bool:
    """Is token i the 'that' of a subject relative after a noun ("the barge that capsized")?"""
    return (toks[i].low == "that" and 0 < i < len(toks) - 1 and re.fullmatch(r"[a-z]+", toks[i - 1].low) is not None
            and _verb_kind(toks, i - 1) not in _FINITE and toks[i - 1].low not in _CUT_BEFORE | _FUNCTION_END and
            _verb_kind(toks, i + 1) in ("past", "pres") and toks[i + 1].low not in _BE_PRESENT | _HAVE)


def _finite_follows(toks: list[_Tok], i: int) -> bool:
    """Does a finite verb with a subject follow token i ("when the union voted", not "when asked")? A long name
    with its titles ("as Housing Secretary Dame Jo Rao on Thursday promised") counts as one word."""
    budget = 7
    for k in range(i + 1, len(toks)):
        if k > i + 1 and toks[k].text[:1].isupper() and toks[k - 1].text[:1].isupper() or \
                re.fullmatch(_WD + "|" + _MON, toks[k].text) or (k + 1 < len(toks) and toks[k].low == "on" and
                                                                 re.fullmatch(_WD, toks[k + 1].text)):
            pass  # a name's further words, or a date ("on Thursday") between subject and verb, are free
        else:
            budget -= 1
            if budget < 0:
                break
        if toks[k].low == "," and k + 1 < len(toks) and toks[k + 1].text[:1].isupper():
            close = next((j for j in range(k + 1, min(k + 8, len(toks))) if toks[j].text == ","), None)
            if close and all(t.text[:1].isupper() or t.low in ("of", "the", "and", "for") for t in toks[k + 1:close]):
                budget += close - k  # (the name set off costs nothing: "after the board and its maker, Ostrel
                # Pharma, failed")
                continue  # "as the firm's chair, Ms Jo Rao, on Thursday offered": a name in apposition
        if toks[k].low in (",", ";", ":"):
            if k > i + 1 and toks[k - 1].text[:1].isupper() and any(
                    toks[j].text == "," and toks[j + 1].text[:1].isupper() for j in range(i + 1, k - 1)):
                continue  # the comma closing that apposition
            return False
        if k == i + 1 and _is_participle(toks, k):
            return False
        if _verb_kind(toks, k) in _FINITE and not (k + 1 < len(toks) and toks[k + 1].low == "by" and
                                                    _is_participle(toks, k)):
            return True
    return False


# -- resolution -------------------------------------------------------------------------------------

def _month_no(name: str) -> int:
    return MONTH_NAMES.index(next(m for m in MONTH_NAMES if m.startswith(name.lower().rstrip(".")[:3]))) + 1


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _year_for(month: int, day: int, published: date, tense: str | None) -> int:
    """The year of a month and day named without one: the last one before publication for the past, the next
    one for the future, else the nearest."""
    candidates = []
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(date(y, month, day))
        except ValueError:
            candidates.append(date(y, month, 28))
    if tense == "past":
        return max(d for d in candidates if d <= published).year if any(d <= published for d in candidates) \
            else published.year
    if tense == "future":
        return min(d for d in candidates if d >= published).year
    return min(candidates, key=lambda d: abs((d - published).days)).year


def _month_year(month: int, published: date, tense: str | None) -> int:
    """Like _year_for at month precision: the current month counts as both past and coming."""
    if tense == "past":
        return published.year if month <= published.month else published.year - 1
    if tense == "future":
        return published.year if month >= published.month else published.year + 1
    return _year_for(month, 15, published, None)


def _clock_day(last: tuple[str, str | None] | None, published: date | None, tense: str | None,
               same_paragraph: bool) -> tuple[str, str | None] | None:
    """The day a clock time alone ("at 9am") is on: the day the story last named when the clause's tense agrees
    with it, else the day of publication, or none. "Pickets gathered at 7am" after "a strike will start on 28
    May" is the morning of publication, not the strike's day weeks ahead (a past or present clause is never after
    publication); "leaders will meet at 7pm" is not before it, and a coming day named in another paragraph is no
    sure day for it, so it is not asked."""
    if not last or not published or last[1] != "day" or not _ISO_VALUE.match(last[0]):
        return last
    today = published.isoformat()
    if last[0] == today:
        return last
    if tense in ("past", "present") and last[0] > today:
        return today, "day"
    if tense == "future" and (last[0] < today or not same_paragraph):
        return None
    return last


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


def _safe(y: int, m: int, d: int) -> tuple[str, str | None]:
    try:
        return date(y, m, d).isoformat(), "day"
    except ValueError:
        return _iso(y, m), "month"


def _strip_prep(phrase: str) -> str:
    return re.sub(r"^(?:on|in|at|by)\s+", "", phrase, flags=re.IGNORECASE)


_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}


def _from_anchor(unit: str, k: int, anchor: tuple[str, str | None] | None) -> tuple[str, str | None] | None:
    """A date counted from the one the story last named ("the following month", "18 months later", "three
    years earlier"): as fixed as both the count and the anchor allow, or None when they fix nothing (a count
    of months from a year, or no anchor)."""
    if not anchor or not anchor[1] or not _ISO_VALUE.match(anchor[0]):
        return None
    value, precision = anchor
    y = int(value[:4])
    if unit in ("year", "decade"):
        return _iso(y + k * (10 if unit == "decade" else 1)), "year"
    if unit == "month":
        if precision not in ("month", "day"):
            return None
        y2, m2 = divmod(y * 12 + int(value[5:7]) - 1 + k, 12)
        return _iso(y2, m2 + 1), "month"
    days = k * {"day": 1, "week": 7, "fortnight": 14}.get(unit, 0)
    if not days:
        return None
    if precision == "day":
        return (date.fromisoformat(value) + timedelta(days=days)).isoformat(), "day"
    return (_iso(y), "year") if precision == "year" else None


def _easter(y: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus, as in Meeus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * ll) // 433
    month = (h + ll - 7 * m + 90) // 25
    return date(y, month, (h + ll - 7 * m + 33 * month + 19) % 32)


def _moving_holiday(name: str, y: int) -> date:
    """The day a holiday that moves falls on in year y."""
    if name.startswith("easter") or name == "good friday":
        shift = {"good friday": -2, "easter monday": 1}.get(name, 0)
        return _easter(y) + timedelta(days=shift)
    if name.startswith("thanksgiving"):
        return date.fromisoformat(_nth_day(y, 11, 3, "fourth"))
    if name == "memorial day":
        return date.fromisoformat(_nth_day(y, 5, 0, "last"))
    return date.fromisoformat(_nth_day(y, 9, 0, "first"))  # Labor Day


def _nth_day(y: int, mon: int, wd: int, which: str) -> str:
    """"the first Monday in January" of year y."""
    days = [d for d in range(1, _last_day(y, mon) + 1) if date(y, mon, d).weekday() == wd]
    pick = days[-1] if which.lower() == "last" else days[("first", "second", "third", "fourth").index(which.lower())]
    return _iso(y, mon, pick)


def _weekday_numbered(wd: int, day: int, published: date | None, tense: str | None,
                      previous: tuple[str, str | None] | None) -> tuple[str, str] | None:
    """A weekday with a day number and no month ("on Monday the 12th"): the month the story just named when that
    day falls on that weekday there, else the near month where it does, by the tense (the nearest without one)."""
    if previous and previous[1] in ("month", "day") and _ISO_VALUE.match(previous[0]):
        y, mo = int(previous[0][:4]), int(previous[0][5:7])
        if _valid(y, mo, day) and date(y, mo, day).weekday() == wd:
            return _iso(y, mo, day), "day"
    if not published:
        return None
    fits = []
    for k in range(-7, 8):
        y, mo = divmod(published.year * 12 + published.month - 1 + k, 12)
        if _valid(y, mo + 1, day) and date(y, mo + 1, day).weekday() == wd:
            fits.append(date(y, mo + 1, day))
    if tense == "future":
        fits = [d for d in fits if d >= published] or fits
    elif tense == "past":
        fits = [d for d in fits if d <= published] or fits
    if not fits:
        return None
    return min(fits, key=lambda d: abs((d - published).days)).isoformat(), "day"


def _season_from(season: str, step: int, anchor: tuple[str, str | None] | None) -> tuple[str, str | None] | None:
    """"the following spring", "the previous autumn": the first such season after (or before) the anchor's date."""
    if not anchor or not anchor[1] or not _ISO_VALUE.match(anchor[0]) or season not in _SEASON_MONTHS:
        return None
    first, last = _SEASON_MONTHS[season]
    y = int(anchor[0][:4])
    if anchor[1] == "year":
        return _iso(y + step), "year"
    month = int(anchor[0][5:7])
    if step > 0:
        return _iso(y if month < first else y + 1), "year"
    return _iso(y if month > last else y - 1), "year"


def resolve(kind: str, m: re.Match, sentence: str, published: date | None, tense: str | None = None,
            prep: str = "", previous: tuple[str, str | None] | None = None) -> tuple[str, str | None]:
    """(date value, precision) for one matched phrase; the tense decides which way a bare day or month goes."""
    g = m.groups()
    phrase = m.group().strip()
    if prep in ("since", "as of"):
        tense = "past"
    if kind == "iso":
        try:
            date(int(g[0]), int(g[1]), int(g[2]))
            return phrase, "day"
        except ValueError:
            return phrase, None
    if kind in ("dmy", "mdy"):
        if kind == "dmy":
            day, rng, mon, year = _day_no(g[1]), g[2], _month_no(g[3]), g[4]
        else:
            mon, day, rng, year = _month_no(g[1]), int(g[2]), g[3], g[4]
        if not year and not published:
            return re.sub(r"^" + _WD + r",?\s+", "", phrase), None
        y = int(year) if year else _year_for(mon, day, published, tense)
        if not year and g[0] and not (rng and rng.strip()):
            # "Monday 3 April": the weekday says which year, when only one near year has that day on it
            wd = WEEKDAYS.index(g[0].lower())
            fits = [c for c in (published.year - 1, published.year, published.year + 1)
                    if _valid(c, mon, day) and date(c, mon, day).weekday() == wd]
            if len(fits) == 1:
                y = fits[0]
        if rng and rng.strip():
            other = int(re.search(r"\d+", rng).group())
            if re.search(r"\bor\b", rng):
                return _iso(y, mon), "month"  # "6 or 7 January": the month is sure, the day is not
            try:
                return f"{date(y, mon, day).isoformat()}/{date(y, mon, other).isoformat()}", None
            except ValueError:
                return _iso(y, mon), "month"
        return _safe(y, mon, day)
    if kind == "month":
        mon, year = _month_no(g[1]), g[2]
        rel = (g[0] or "").lower()
        if year:
            return _iso(int(year), mon), "month"
        # "between March and May last year", "from March to May 2024": the range's year is the first month's too
        shared = re.match(r"\s+(?:and|to|until|till|through|[-–])\s+" + _MON + r"\s+(?:(\d{4})\b|(last|next|this)\s+year\b)",
                          sentence[m.end():]) if not rel else None
        if shared and published:
            later = _month_no(shared.group(1))
            y = int(shared.group(2)) if shared.group(2) else published.year + {"last": -1, "next": 1}.get(
                shared.group(3).lower(), 0)
            return _iso(y - (1 if later < mon else 0), mon), "month"
        if published:
            if rel == "last":
                # "last September": news writing names the month alone for this year's, so "last" is the year
                # before's, however far back the month falls ("last August", written in November: a year back)
                y = published.year - 1
            elif rel in ("this past", "the past"):
                y = published.year if mon < published.month else published.year - 1
            elif rel == "next":
                y = published.year if mon > published.month else published.year + 1
            elif rel == "this":
                y = published.year  # "from this September", whatever the tense: this year's
            else:
                y = _month_year(mon, published, tense)
            if rel == "the end of" and prep != "before":
                return _iso(y, mon, _last_day(y, mon)), "day"
            return _iso(y, mon), "month"
        return (phrase if g[0] and rel not in ("this past", "the past") else g[1]), None
    if kind == "bound":
        which, rel, unit = g[0].lower(), (g[1] or "").lower(), g[2]
        end = which in ("end", "close")
        y: int | None = None
        mon: int | None = None
        if g[6]:
            y = int(g[6])
            if _FISCAL_AFTER.match(sentence[m.end(7):]):
                return _iso(y), "year"  # "until the end of the 2027 financial year": its year, not 31 December
        elif g[3]:
            mon = _month_no(g[3])
            y = int(g[4]) if g[4] else (_month_year(mon, published, tense) if published else None)
            if g[5] and published:  # "at the end of March next year"
                y = published.year + {"next": 1, "last": -1}.get(g[5].lower(), 0)
        elif published and unit.lower() == "year":
            y = published.year + {"next": 1, "last": -1}.get(rel, 0)
        elif published and unit.lower() == "week":
            # "until the end of the week": some day of it, so its month when the whole week lies in one
            monday = published - timedelta(days=published.weekday()) + timedelta(weeks={"next": 1, "last": -1}.get(rel, 0))
            if monday.month == (monday + timedelta(days=6)).month:
                return _iso(monday.year, monday.month), "month"
            return _strip_prep(phrase), None
        elif published and unit.lower() == "month":
            y, mon = published.year, published.month + {"next": 1, "last": -1}.get(rel, 0)
            if mon == 0:
                y, mon = y - 1, 12
            elif mon == 13:
                y, mon = y + 1, 1
        if y is None:
            # "before the end of the season": the bound word says which side of the date the event falls
            lead = f"{prep} " if prep in ("before", "by", "until", "till", "after", "since", "ahead of") else ""
            return lead + _strip_prep(phrase), None
        if end and prep == "before":
            # "before the end of June": somewhere ahead of the bound, so the month, not its last day
            return _iso(y, 12 if mon is None else mon), "month"
        if end:
            return (_iso(y, 12, 31) if mon is None else _iso(y, mon, _last_day(y, mon))), "day"
        if which in ("start", "beginning"):
            # "at the start of 2025" fixes the year, not January
            return (_iso(y), "year") if mon is None else (_iso(y, mon), "month")
        return (_iso(y) if mon is None else _iso(y, mon)), ("year" if mon is None else "month")
    if kind == "year":
        if g[3]:
            end = g[3] if len(g[3]) == 4 else g[1][:2] + g[3]
            if int(end) <= int(g[1]):
                return g[1], "year"  # "2019-04" is not a range; a part of a code or ISO month
            return f"{g[1]}/{end}", None
        if g[2]:
            return phrase, None
        if (g[0] or "").lower() == "the end of":
            return _iso(int(g[1]), 12, 31), "day"
        return g[1], "year"
    if kind == "season":
        return g[2], "year"
    if kind == "newyear":
        if not published:
            return _strip_prep(phrase), None
        return _iso(published.year + (1 if published.month >= 3 else 0)), "year"  # (said in May: next January)
    if kind == "wdord":
        return _weekday_numbered(WEEKDAYS.index(g[1].lower()), int(g[2]), published, tense, previous) or \
            (_strip_prep(phrase), None)
    if kind == "follwd":
        # "the following Tuesday": the first such day after the one just named (before it for "the previous")
        wd, step = WEEKDAYS.index(g[1].lower()), (1 if g[0].lower() == "following" else -1)
        if previous and previous[1] == "day":
            base = date.fromisoformat(previous[0])
        elif published:
            base = published
        else:
            return phrase, None
        gap = ((wd - base.weekday()) % 7 or 7) if step > 0 else -((base.weekday() - wd) % 7 or 7)
        return (base + timedelta(days=gap)).isoformat(), "day"
    if kind == "follmon":
        # "the following June": the first June after the month just named ("the previous March": the last before)
        mon, step = _month_no(g[1]), (1 if g[0].lower() == "following" else -1)
        if not previous or not previous[1] or not _ISO_VALUE.match(previous[0]):
            return phrase, None
        y = int(previous[0][:4])
        if previous[1] == "year":
            return _iso(y + step, mon), "month"
        at = int(previous[0][5:7])
        if step > 0:
            return _iso(y + (1 if mon <= at else 0), mon), "month"
        return _iso(y - (1 if mon >= at else 0), mon), "month"
    if kind == "weekof":
        # "the last weekend of June": that weekend's Saturday; "the first week of May": the month
        which, unit, mon = g[0].lower(), g[1].lower(), _month_no(g[2])
        if g[3]:
            y = int(g[3])
        elif published:
            y = _month_year(mon, published, tense)
        else:
            return _strip_prep(phrase), None
        if unit == "week":
            return _iso(y, mon), "month"
        sats = [d for d in range(1, _last_day(y, mon) + 1) if date(y, mon, d).weekday() == 5]
        order = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1, "final": -1}[which]
        return _iso(y, mon, sats[order]), "day"
    if kind == "qbound":
        # "by the end of the second quarter": the quarter's last day, in this year unless it names another
        q = ("first", "second", "third", "fourth").index(g[1].lower()) + 1
        named = (g[2] or "").lower()
        if named[:1].isdigit():
            y = int(named)
        elif published:
            y = published.year + (1 if named.startswith("next") else 0)
        else:
            return _strip_prep(phrase), None
        if g[0].lower() in ("end", "close"):
            return _iso(y, 3 * q, _last_day(y, 3 * q)), "day"
        return _iso(y, 3 * q - 2), "month"
    if kind == "fewdays":
        # "days later": a few days on from the day just named, so its month when those days stay inside it
        if not previous or previous[1] != "day":
            return phrase, None
        base = date.fromisoformat(previous[0])
        sign = 1 if g[0].lower() == "later" else -1
        near, far = base + timedelta(days=2 * sign), base + timedelta(days=6 * sign)
        if (near.year, near.month) == (far.year, far.month):
            return _iso(near.year, near.month), "month"
        return phrase, None
    if kind == "weekon":
        if not published:
            return phrase, None
        base, unit = (g[1], g[0]) if g[0] else (g[2], g[3])
        step = 14 if unit.lower() == "fortnight" else 7
        low = base.lower()
        if low in ("today", "tomorrow"):
            start = published + timedelta(days=1 if low == "tomorrow" else 0)
        else:
            ahead = (WEEKDAYS.index(low) - published.weekday()) % 7
            start = published + timedelta(days=ahead or 7)  # the coming one, then a week on
        return (start + timedelta(days=step)).isoformat(), "day"
    if kind == "afternext":
        # "the week after next", "the weekend before last": two steps from this one
        if not published:
            return phrase, None
        unit, step = g[0].lower(), (2 if "after" in g[1].lower() else -2)
        if unit == "year":
            return _iso(published.year + step), "year"
        if unit == "month":
            y, mth = divmod(published.year * 12 + published.month - 1 + step, 12)
            return _iso(y, mth + 1), "month"
        if unit == "weekend":
            # one on from "next weekend" (the coming one) or back from "last weekend" (the one just gone)
            wd = published.weekday()
            this_sat = published - timedelta(days=wd - 5) if wd >= 5 else None
            coming = this_sat + timedelta(days=7) if this_sat else published + timedelta(days=5 - wd)
            gone = this_sat - timedelta(days=7) if this_sat else published - timedelta(days=wd + 2)
            return (coming + timedelta(days=7) if step > 0 else gone - timedelta(days=7)).isoformat(), "day"
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
        if monday.month == (monday + timedelta(days=6)).month:
            return _iso(monday.year, monday.month), "month"
        return phrase, None
    if kind == "dayafter":
        if not published:
            return phrase, None
        return (published + timedelta(days=2 if "after" in g[0].lower() else -2)).isoformat(), "day"
    if kind == "monrel":
        # "in October last year", "in March next year"
        if not published:
            return phrase, None
        return _iso(published.year + {"last": -1, "next": 1}.get(g[1], 0), _month_no(g[0])), "month"
    if kind == "inseason":
        # "in the autumn", "later in the summer": the season of this year, or of the next once it is over
        if not published:
            return _strip_prep(phrase), None
        if (g[2] or "").lower() == "winter":
            # "for the winter term": the one that opens in January, after the turn of the year once spring is here
            return _iso(published.year + (1 if published.month >= 3 else 0)), "year"
        first, last = _SEASON_MONTHS[(g[1] or g[2]).lower()]
        if g[2]:
            tense = "future"  # "a rise for the fall term": a term something is set for is the coming one
        if tense in ("future", "present"):
            # (a present timetable, "the team plays in the spring", is the coming season as "will play" is)
            return _iso(published.year + (1 if published.month > last else 0)), "year"
        if tense == "past":
            return _iso(published.year - (1 if published.month < first else 0)), "year"
        return _iso(published.year), "year"
    if kind in ("intime", "inspan", "fromnow"):
        # "in a year's time", "in two weeks' time": counted on from publication
        if not published:
            return phrase, None
        w = g[0].lower()
        k = int(w) if w.isdigit() else _NUMBERS.get(w)
        if k is None:
            return phrase, None
        unit = g[1].lower()
        if unit == "year":
            return _iso(published.year + k), "year"
        if unit == "month":
            y, mth = divmod(published.year * 12 + published.month - 1 + k, 12)
            return _iso(y, mth + 1), "month"
        days = k * {"day": 1, "week": 7, "fortnight": 14}[unit]
        if unit == "day":
            return (published + timedelta(days=days)).isoformat(), "day"
        early, late = published + timedelta(days=days - 3), published + timedelta(days=days + 3)
        if (early.year, early.month) == (late.year, late.month):
            return _iso(early.year, early.month), "month"  # a week on is loose: the month when it is sure
        return phrase, None
    if kind == "quarter":
        # a reporting quarter named without a year: the latest one begun for the past, the next one for the future
        q = int(g[1]) if g[1] else ("first", "second", "third", "fourth").index(g[0].lower()) + 1
        if not published:
            return phrase, None
        if tense == "future":
            return _iso(published.year + (1 if published.month > 3 * q else 0)), "year"
        return _iso(published.year - (1 if published.month < 3 * q - 2 else 0)), "year"
    if kind == "yrange":
        return f"{g[0]}/{g[1]}", None
    if kind == "oldyear":
        return g[0], "year"
    if kind == "weekday":
        wd = WEEKDAYS.index(g[1].lower())
        rel = (g[0] or "").lower()
        if not published:
            return (f"{g[0]} {g[1]}" if rel in ("last", "next", "this", "this past") else g[1]), None
        ahead = (wd - published.weekday()) % 7
        back = (published.weekday() - wd) % 7
        week = (g[3] or "").lower()
        if week:
            # "Tuesday last week": that weekday in the Monday-to-Sunday week before (or after) this one
            monday = published - timedelta(days=published.weekday())
            shift = {"last": -1, "next": 1}.get(week, 0)
            return (monday + timedelta(weeks=shift, days=wd)).isoformat(), "day"
        if rel == "next":
            # "next Saturday" on a Friday is not tomorrow (that is "tomorrow") but the Saturday after it
            d = published + timedelta(days=(ahead + 7) if ahead == 1 else (ahead or 7))
        elif rel in ("last", "this past"):
            d = published - timedelta(days=back or 7)
        elif rel == "since" or prep in ("since", "as of"):
            d = published - timedelta(days=back)
        elif "by" in (prep, rel) and tense in ("past", None) and not re.search(r"\bhad\s+(?:not\s+|already\s+)?[a-z]+", sentence):
            # "if both sides confirmed by Friday": a deadline in reported speech, the nearest such day
            d = published + timedelta(days=ahead) if ahead <= back else published - timedelta(days=back)
        elif tense == "nearest":
            d = published + timedelta(days=ahead) if ahead <= back else published - timedelta(days=back)
        elif tense == "future" or (tense == "present" and not _speech_present(sentence)):
            d = published + timedelta(days=ahead)
        else:
            d = published - timedelta(days=back)
        return d.isoformat(), "day"
    if kind == "relative" and published:
        low = phrase.lower()
        unit = low.split()[-1]
        step = -1 if re.search(r"\b(?:last|previous|past)\b", low) else (
            1 if re.search(r"\b(?:next|coming|following)\b", low) else 0)
        if "following" in low or "previous" in low:
            if unit == "day" and previous and previous[1] == "day":
                return (date.fromisoformat(previous[0]) + timedelta(days=step)).isoformat(), "day"
            # "the following month", "the previous year": from the date the story last named, not publication
            got = _season_from(unit, step, previous) if unit in _SEASON_MONTHS else \
                _from_anchor(unit, step, previous) if unit in ("month", "year") else None
            if unit == "week" and previous and previous[1] == "day":
                monday = date.fromisoformat(previous[0]) - timedelta(days=date.fromisoformat(previous[0]).weekday())
                monday += timedelta(weeks=step)
                if monday.month == (monday + timedelta(days=6)).month:
                    got = _iso(monday.year, monday.month), "month"
            return got or (_strip_prep(phrase), None)
        if unit == "month":
            y, mth = published.year, published.month + step
            if mth == 0:
                y, mth = y - 1, 12
            if mth == 13:
                y, mth = y + 1, 1
            return _iso(y, mth), "month"
        if unit == "year":
            return _iso(published.year + step), "year"
        if unit == "week":
            monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
            sunday = monday + timedelta(days=6)
            if monday.month == sunday.month:
                return _iso(monday.year, monday.month), "month"
        if unit == "weekend":
            # a weekend is named by its Saturday; on a Saturday or Sunday "this weekend" is the one under way
            wd = published.weekday()
            this_sat = published - timedelta(days=wd - 5) if wd >= 5 else None
            before = this_sat - timedelta(days=7) if this_sat else published - timedelta(days=wd + 2)
            coming = this_sat + timedelta(days=7) if this_sat else published + timedelta(days=5 - wd)
            if step < 0:
                sat = before
            elif step > 0:
                sat = coming
            elif this_sat:
                sat = this_sat
            else:
                sat = before if ("past" in low or tense == "past") else coming
            return sat.isoformat(), "day"
        if unit == "quarter" and not re.search(r"\b(?:past|previous|coming)\b", low):
            # "the last quarter", "next quarter": the calendar quarter before or after publication's, by its year
            return _iso(published.year + ((published.month - 1) // 3 + step) // 4), "year"
        if unit in _SEASON_MONTHS:
            first, last = _SEASON_MONTHS[unit]
            if step < 0 or "past" in low:
                y = published.year if published.month > last else published.year - 1
            elif step > 0:
                # "next summer" said in May is the summer after this one ("this summer" is the coming one); said
                # in January, or after the season, the first one to come
                y = published.year if first - published.month > 3 else published.year + 1
            else:
                y = published.year
            return _iso(y), "year"
        return _strip_prep(phrase), None
    if kind == "day" and published:
        low = phrase.lower()
        # "tomorrow afternoon", "yesterday evening": the day, whatever part of it
        shift = -1 if low == "last night" else {"yesterday": -1, "tomorrow": 1}.get(low.split()[0], 0)
        return (published + timedelta(days=shift)).isoformat(), "day"
    if kind == "then" and previous and previous[1]:
        return previous
    if kind == "agothis":
        if not published:
            return phrase, None
        w = g[0].lower()
        tens = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                "ninety": 90, "a hundred": 100}
        k = int(w) if w.isdigit() else _NUMBERS.get(w) or tens.get(w)
        if not k:
            return phrase, None
        if g[1].lower() == "today":
            return _safe(published.year - k, published.month, published.day)
        return _iso(published.year - k, published.month), "month"
    if kind == "nthday":
        wd, mon = WEEKDAYS.index(g[1].lower()), _month_no(g[2])
        if not g[3] and not published:
            return phrase, None
        return _nth_day(int(g[3]) if g[3] else _month_year(mon, published, tense), mon, wd, g[0]), "day"
    if kind == "half":
        if g[2]:
            return g[2], "year"
        if not published:
            return _strip_prep(phrase), None
        if g[3] or g[5]:
            # "in the second half of the month", "the first half of next month": that month
            step = {"next": 1, "last": -1}.get((g[4] or "").lower(), 0)
            y, mo = divmod(published.year * 12 + published.month - 1 + step, 12)
            return _iso(y, mo + 1), "month"
        return _iso(published.year + {"next": 1, "last": -1}.get((g[1] or "").lower(), 0)), "year"
    if kind == "decade":
        return phrase, None
    if kind == "thatunit":
        # "that October", "the same year": the anchor's own year (and month), nothing without one
        unit = g[0].lower()
        if not previous or not previous[1] or not _ISO_VALUE.match(previous[0]):
            return _strip_prep(phrase), None
        y = int(previous[0][:4])
        if unit == "year":
            return _iso(y), "year"
        if unit in ("month", "week"):
            return (_iso(y, int(previous[0][5:7])), "month") if previous[1] in ("month", "day") else (phrase, None)
        if unit in _SEASON_MONTHS:
            return _iso(y), "year"
        return _iso(y, _month_no(unit)), "month"
    if kind == "ordmonth":
        if not published:
            return _strip_prep(phrase), None
        step = {"this": 0, "next": 1, "last": -1}[g[1].lower()]
        y, mo = divmod(published.year * 12 + published.month - 1 + step, 12)
        return _safe(y, mo + 1, int(g[0]))
    if kind == "ordday":
        # "on the 14th": of the month the story last named
        if previous and previous[1] in ("month", "day") and _ISO_VALUE.match(previous[0]):
            return _safe(int(previous[0][:4]), int(previous[0][5:7]), int(g[0]))
        if published:
            # no month named near: the day's last passing for the past ("On the 3rd we were …"), its next coming
            # for the future ("I will be back on the 12th"), else the nearest ("Bids must be in by the 14th")
            day, here = int(g[0]), published.year * 12 + published.month - 1
            if tense == "past":
                step = 0 if day <= published.day else -1
            elif tense == "future" or tense == "present" and not _speech_present(sentence):
                # ("Voting closes on the 28th": a timetable's present looks ahead)
                step = 0 if day >= published.day else 1
            else:
                step = 0 if abs(day - published.day) <= 15 else (-1 if day > published.day else 1)
            y, mo = divmod(here + step, 12)
            return _safe(y, mo + 1, day)
        return _strip_prep(phrase), None
    if kind == "sameday":
        # "the next day", "that evening": counted from the day the story last named
        if previous and previous[1] == "day":
            low = phrase.lower()
            step = 1 if re.search(r"\b(?:next|following|after)\b", low) else (
                -1 if re.search(r"\b(?:previous|before)\b", low) else 0)
            return (date.fromisoformat(previous[0]) + timedelta(days=step)).isoformat(), "day"
        return _strip_prep(phrase), None
    if kind == "holiday":
        name = g[0].lower().replace("’", "'")
        if name not in _HOLIDAYS:
            # a holiday that moves (Easter, Thanksgiving): the year's own day, and which year by the tense
            if g[1]:
                return _moving_holiday(name, int(g[1])).isoformat(), "day"
            if not published:
                return phrase, None
            near = [_moving_holiday(name, y) for y in (published.year - 1, published.year, published.year + 1)]
            if tense == "past":
                pick = max(d for d in near if d <= published)
            elif tense == "future":
                pick = min(d for d in near if d >= published)
            else:
                pick = min(near, key=lambda d: abs((d - published).days))
            if prep in ("before", "in the run-up to", "by") or name == "easter":
                # "before Thanksgiving", "over Easter": days around it, so the month ("on Easter Monday" its day)
                return _iso(pick.year, pick.month), "month"
            return pick.isoformat(), "day"
        mon, day = _HOLIDAYS[name]
        if g[1]:
            return _iso(int(g[1]), mon, day), "day"
        if published:
            y = _year_for(mon, day, published, tense)
            if prep in ("before", "in the run-up to") and mon == 12 and day >= 24:
                # "before Christmas": some day in the run-up, so the month ("on Christmas Eve" keeps its day)
                return _iso(y, mon), "month"
            return _iso(y, mon, day), "day"
        return phrase, None
    if kind == "samelast":
        unit = g[0].lower()
        if previous and previous[1] in ("day", "month") and re.match(r"\d{4}-\d{2}", previous[0]):
            y, mth = int(previous[0][:4]), int(previous[0][5:7])
            if unit == "day" and previous[1] == "day":
                return _safe(y - 1, mth, int(previous[0][8:10]))
            return _iso(y - 1, mth), "month"
        if published:
            if unit == "day":
                return _safe(published.year - 1, published.month, published.day)
            return _iso(published.year - 1, published.month), "month"
        return _strip_prep(phrase), None
    if kind == "monyear":
        return _iso(int(g[1]), _month_no(g[0])), "month"
    if kind == "time":
        # a clock time alone is on the day the story last named (or the day of publication)
        return previous if previous and previous[1] == "day" else (phrase, None)
    counted = _COUNTED.match(phrase) if kind == "offset" else None
    if counted and counted.group(3).lower() in ("before", "after") and not _CLAUSE_END.match(sentence[m.end():]):
        counted = None  # "two weeks before it was announced": counted from that clause, not the last date
    if counted:
        # "18 months later", "three years earlier": counted from the date the story last named
        w = counted.group(1).lower()
        k = int(w) if w.isdigit() else _NUMBERS.get(w, 1)
        k = -k if counted.group(3).lower() in ("earlier", "before") else k
        return _from_anchor(counted.group(2).lower(), k, previous) or (phrase, None)
    if kind == "offset" and published:
        n = re.match(r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+(day|week|fortnight|month|"
                     r"year)s?\s+ago", phrase, re.IGNORECASE)
        if n:
            w = n.group(1).lower()
            k = int(w) if w.isdigit() else _NUMBERS.get(w, 1)
            unit = n.group(2).lower()
            if unit == "fortnight":
                # "a fortnight ago": two weeks counted back, as "two weeks ago"
                unit, k, w = "week", 2 * k, "two"
            if unit == "day":
                return (published - timedelta(days=k)).isoformat(), "day"
            if unit == "week" and w not in ("a", "an", "one"):
                # "three weeks ago": counted weeks back from the day of publication
                return (published - timedelta(days=7 * k)).isoformat(), "day"
            if unit == "week":
                # "a week ago" is loose: give the month only when a few days either way stay inside it
                early, late = published - timedelta(days=7 * k + 3), published - timedelta(days=7 * k - 3)
                if (early.year, early.month) == (late.year, late.month):
                    return _iso(early.year, early.month), "month"
                return _strip_prep(phrase), None
            if unit == "year":
                return _iso(published.year - k), "year"
            y, mth = divmod(published.year * 12 + published.month - 1 - k, 12)
            return _iso(y, mth + 1), "month"
        if re.search(r"\b(?:hours?|minutes?)\s+(?:earlier|later|before|after)\b", phrase, re.IGNORECASE):
            return previous if previous and previous[1] == "day" else (published.isoformat(), "day")
    return _strip_prep(phrase), None


_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}


def _speech_present(sentence: str) -> bool:
    return bool(re.search(r"\b(?:says|tells|announces|insists|warns|claims|argues|admits)\b", sentence))


# -- events ---------------------------------------------------------------------------------------

# Verbs whose event is what was said: "X said on Tuesday that ..." is about what X said.
_TELLING = {"said", "says", "told", "tells", "announced", "announces", "warned", "warns", "added", "claimed",
            "insisted", "argued", "confirmed", "stated", "explained", "wrote", "reported", "revealed", "declared",
            "predicted", "promised", "admitted", "denied", "suggested", "agreed", "decided", "ruled"}
_FUNCTION_END = {"the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but",
                 "that", "which", "who", "its", "his", "her", "their", "our", "my", "your", "this", "these",
                 "those", "as", "than", "into", "onto", "about", "is", "are", "was", "were", "be", "been", "has",
                 "have", "had", "will", "would", "could", "should", "may", "might", "must", "can", "not", "so",
                 "very", "more", "most", "such", "some", "any", "no", "every", "each", "between", "among",
                 "against", "over", "under", "after", "before", "while", "when", "if", "because", "whether",
                 "said", "says", "told", "tells", "did", "do", "does", "also", "just", "only", "up", "per"}
_CUT_BEFORE = {"in", "on", "at", "for", "with", "by", "from", "to", "after", "before", "while", "when", "as",
               "because", "although", "though", "amid", "despite", "including", "which", "who", "where", "that",
               "and", "but", "over", "under", "into", "during", "since", "until", "through", "across", "around",
               "near", "outside", "inside", "ahead", "following", "via", "than", "about", "against", "if",
               "unless", "whereas"}


def _event_text(text: str, cl: _Clause, a: int, b: int, drop: list[tuple[int, int]] = (),
                adjectives: frozenset[tuple[int, int]] = frozenset()) -> str:
    """The clause as a short, whole phrase: the date and its preposition taken out, asides dropped."""
    s, e = cl.start, cl.end
    # a speech verb takes what was said with it: "X said on Tuesday that ..." is about what X said
    if cl.verb is not None and e < len(text) and re.match(r"\s*(?:that\b|:|[\"“])", text[e:]) and (
            cl.toks[cl.verb].low in _TELLING or len((text[s:a] + " " + text[b:e]).split()) < 6 and
            re.match(r"\s*that\b", text[e:])):
        e = len(text)  # "researchers estimated last year that ...": the finding is the event
    pieces = []
    cur = s
    for x, y in sorted([(a, b), *[d for d in drop if s <= d[0] and d[1] <= e and d != (a, b)]]):
        if x < cur:
            continue
        pre = text[cur:x]
        part = _PART_OF_DAY.search(pre)
        if part:
            pre = pre[:part.start()]
        elif re.search(r"\bof(?:\s+(?:fiscal|financial|calendar|academic|tax|the))?\s+$", pre) and (x, y) == (a, b):
            continue  # "the first quarter of 2023": the date is part of the noun, keep it
        if (x, y) == (a, b) and not re.sub(r"(?i)\b(?:and|but|or|so)\b", "", pre).strip(" ,") and \
                re.match(r"\s+(?:has|have|had|was|were|is|are|will|saw|sees)\b", text[y:]) and \
                not re.match(r"(?i)on|in|at|by", text[x:y]):
            continue  # "The first week of charging has seen ...": the date is the subject
        post_poss = re.match(r"[’']s\b", text[y:y + 2])
        adjectival = bool(post_poss) or (x, y) in adjectives
        if adjectival:
            if re.match(r",\s+[a-z]", text[y:]) and re.search(r"\d{4}$", text[x:y]):
                y += 1  # the comma that closes "the Sept. 11, 2001, attacks"
            # "Thursday's fight", "a 2018 survey": keep the noun, give it an article
            if not re.search(r"(?:\b(?:a|an|the|its|his|her|their|our|this|that)|\w[’']s)\s+$", pre,
                             re.IGNORECASE):
                lead = re.match(r"(?i)(?:on|in|at|by|from|until|since|before|after)\s", text[x:y])
                pre = pre + " " + (lead.group() if lead else "") + " the "
            if post_poss:
                y += post_poss.end()
        else:
            # one preposition (with its adverbs and article) goes with the date: "came in on 2 May" keeps "in"
            pre = re.sub(r"(?:\b(?:and|or)\s+)?(?:\b(?:ever|even|just|only|shortly|right|early|late|at least|"
                         r"at the latest|at the earliest|as early as|as late as|no later than|no earlier than)\s+)*"
                         r"(?:\b(?:as of|ahead of|(?<!\w\s)come|on|in|at|by|since|until|till|through|from|during|"
                         r"over|within|"
                         r"for|between|around|into|to|before|after)\s+)?(?:\b(?:this past|the)\s+)?$", "", pre,
                         flags=re.IGNORECASE)
        pieces.append(pre)
        cur = y
        tail = re.match(r",\s+(?:a|an|the)\s+(?:date|day|deadline|time|year|month|week|anniversary)\b[^,;]*", text[y:e])
        if tail:
            cur = y + tail.end()  # "on 5 November, a date set last year": the aside is about the date
        verb_after = re.match(r"\s+and\s+([a-z]+)\b", text[cur:e])
        if (x, y) == (a, b) and verb_after and (_verb_kind(_tokens(verb_after.group(1)), 0) == "past" or
                                                _PRESENT_AFTER.match(text[cur + verb_after.start(1):e])):
            e = cur  # "began on 8 January and lasted five weeks": the date is the first verb's; "was founded in
            # 1874 and employs 3,400 people": the second verb is a state now, no event of that date
    pieces.append(text[cur:e])
    body = " ".join(p.strip() for p in pieces)
    body = re.sub(r"[\"“”]", "", body)
    body = re.sub(r"\s*\([^)]*\)?", "", body)  # asides in brackets
    body = re.sub(r"\s+", " ", body).strip()
    body = re.sub(r"^[,;:\s–—-]+", "", body)
    body = _DATELINE.sub("", body)
    if cl.opener in _SUBORDINATORS - {"if", "unless"}:
        # the clause's own opener first: "as the firm's chair, Ms Rao, offered" has no fronted adverbial
        body = _OPENER_FIRST[cl.opener].sub("", body)
    if cl.opener == "that" and _RELATIVE_VERB_NEXT.match(body):
        body = body[4:].lstrip()  # "a truce that will take effect at noon, ending …": the relative's verb, never
        # a fronted "That evening, " (the adverbials below would take "that will take effect at noon," for one)
    # a fronted adverbial ("Earlier, ", "In a statement, ") before the clause
    body = re.sub(r"^(?:(?:in|on|at|by|after|before|during|earlier|later|meanwhile|however|separately|also|"
                  r"still|then|now|yet|instead|overall|finally|first|last|again|for|with|from|since|until|"
                  r"under|ahead of|despite|amid|as|according to|this|that|[a-z]+ly)\b[^,]{0,40},\s+)",
                  lambda m: m.group() if re.match(r"[A-Z][a-z]+ly\s", m.group()) and _has_verb(m.group()[:-2]) and
                  not re.match(r"(?i)(?:early|only|reportedly|likewise|finally)\b", m.group()) else "",
                  body, flags=re.IGNORECASE)  # but "Westerly host Vale, while ...": a name ending in -ly
    body = re.sub(r"^(?:after|before|when|while|whereas|because|although|though|as|since|until|once|whilst|"
                  r"where|saying)\s+", "", body, flags=re.IGNORECASE)
    body = re.sub(r"^(?i:that)\s+(?=(?i:the|a|an|it|he|she|they|we|i|you|this|there|his|her|its|their|our)\b|"
                  r"[A-Z])", "", body)
    if cl.opener == "that":
        body = re.sub(r"^(?i:that)\s+", "", body)  # "... that engineers had warned": the clause after it
    body = _LEADING_JUNK.sub("", body)
    # asides: ", however,", ", X said,", appositions and non-restrictive relatives after a name
    body = re.sub(r",\s+(?:however|though|meanwhile|too|also|then|instead)\s*,", "", body, flags=re.IGNORECASE)
    body = re.sub(r",\s+(?:[A-Z][\w.'’-]*\s+){0,4}(?:said|says|added|argued|noted)\s*,", "", body)
    body = re.sub(r"(?<=[A-Za-z]),\s+\d{1,3},\s+(?=[a-z])", lambda m: " " if re.match(r"(?:the|a|an)\s", body[m.end():])
                  is None else ", ", body)  # "The former mayor, 61, was"; "Mr X, 28, a clerk, was"
    body = re.sub(r"(?<=[A-Za-z]),\s+(?:the|a|an|who|which)\s+[^,]{1,60},\s+(?=[a-z])", " ", body)
    body = re.sub(r"(?<=[A-Za-z’']),\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|[a-z]+en|known|nicknamed|born|aged|now|then|once|"
                  r"meant|built|made|held|set|kept|found|led|left|bought|sold|paid|sent|told|won|lost)\b[^,]{1,130},"
                  r"\s+(?=[a-z])",
                  lambda m: m.group() if _has_verb(re.split(r"\b(?:whether|that|if|when|because|after|before|while|"
                                                            r"although|since|as)\b", body[:m.start()])[-1])
                  else " ", body)  # an aside sits between a subject and its verb; in "saw X, resulted in Y,
    # forced Z" the middle is a list item
    body = _TITLE_COMMA.sub(lambda m: f"{m.group(1)} {m.group(2)}" if m.group(1).split()[-1].lower() in TITLE_WORDS
                            or re.search(r"\bof\s+[A-Z]\w+$", m.group(1)) else m.group(), body)
    body = re.sub(r"\s+([,.;:?!])", r"\1", body)
    body = re.sub(r"\s+", " ", body).strip(" ,;:–—-")
    # ("The next figures, covering October, are due to be published": a participle aside between a subject and its
    # verb goes alone, the verb stays)
    body = _ING_ASIDE.sub(" ", body)
    body = re.sub(r",\s+(?:with|including|citing|saying|according to|amid|as well as|while|although|though|"
                  r"[a-z]{3,}ing)\b.*$", "", body)
    body = re.sub(r",\s+(?:[\w'’.-]+\s+){1,5}(?:say|says|said|added|argue|argues|believe|believes)$", "", body)
    # "the market will close in March, the council confirmed on Tuesday": the attribution and its own day are not
    # the event's (left in, that day would read as a second date of the event)
    body = _ATTRIBUTED.sub("", body)
    tagged_by = _APPOSED_TAIL.search(body)
    if tagged_by and any(text.find(tagged_by.group("name") + tag) >= 0 for tag in (", said", " said", ", says", " says")):
        body = body[:tagged_by.start()]  # "…, the port operator, Korval Terminals, said": who said it, no part of it
    body = _trim_tail(body)
    body = body.rstrip(".!?,;: ")
    body = _shorten(body)
    return body[:1].upper() + body[1:]


_ING_ASIDE = re.compile(r"(?<=[A-Za-z]),\s+[a-z]{3,}ing\b[^,;]{1,60},\s+(?=(?:are|is|was|were|will|has|have|had|would|"
                        r"could|can|must|should|may)\b)")


# "that will …", "that is due to …", "that takes effect …": a relative "that" whose verb follows it at once
_RELATIVE_VERB_NEXT = re.compile(r"(?i)that\s+(?:will|would|is|are|was|were|has|have|had|can|could|must|should|may|"
                                 r"might|takes?|comes?|begins?|starts?|opens?|closes?|expires?|ends?|runs?)\b")


# A present-tense verb with its object after "<date> and": "… in 1874 and employs 3,400 people", "… and runs the
# county's buses" (an -s word followed by a number, an article or a possessive is a verb, not a plural noun)
_PRESENT_AFTER = re.compile(r"(?:has|is|are|have|[a-z]{2,}[^s\W]s)\s+(?:about\s+|more\s+than\s+|over\s+|some\s+)?"
                            r"(?:\d|the\b|a\b|an\b|its\b|their\b|his\b|her\b|our\b|more\b|nearly\b|almost\b|"
                            r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|"
                            r"thousands|dozens|several|many)\b|[a-z]+ed\b|[a-z]+ing\b|been\b)")


_ATTRIBUTED = re.compile(r",\s+(?:the\s+|a\s+|its\s+)?(?:[\w'’.-]+\s+){0,4}(?:said|says|confirmed|announced|added|"
                         r"told\s+(?:reporters|the\s+\w+)|stated)(?:\s+(?:on|last|this|late|early)\s+[A-Za-z]+"
                         r"(?:\s+(?:morning|afternoon|evening|night))?|\s+(?:yesterday|today))?$")


# a speaker set off by an apposition at the end of the clause whose tag was cut: ", the port operator, Korval Terminals"
_APPOSED_TAIL = re.compile(r",\s+(?:the|a|an|its|their)\s+[a-z][\w\s’'-]{1,40},\s+(?P<name>(?:[A-Z][\w’'.&-]*\s+){0,4}"
                           r"[A-Z][\w’'.&-]*)$")


# "Secretary of State, Jo Bell, will ..." -> "Secretary of State Jo Bell will ...": a title and its holder
_TITLE_COMMA = re.compile(r"\b([A-Z][\w'’.-]*(?:\s+(?:of|for|the|[A-Z][\w'’.-]*)){0,4}),\s+"
                          r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),(?=\s+[a-z])")


_TAIL = {"and", "or", "but", "ever", "even", "just", "only", "shortly", "right", "early", "late", "the", "a", "an",
         "of", "to", "as", "than", "since", "until", "by", "from", "for", "with", "is", "are", "was", "were", "be",
         "next", "last", "this",
         # a preposition whose relative was cut off ("signed a deal in March 2004 under which the trust …")
         "under", "within", "into", "upon", "among", "amid", "between", "against", "during", "whereby",
         "so"}  # ("will close so that its roof can be replaced": "so" whose "that" clause was cut off)


def _trim_tail(body: str) -> str:
    """Drop words a removed date left dangling ("the same split as", "the deadline is"); a particle after a verb
    stays ("came in", "stepped down")."""
    words = body.split()
    while len(words) > 2:
        w = words[-1].lower()
        if w in _TAIL or (w in ("in", "on", "at") and _verb_kind(_tokens(" ".join(words[-2:])), 0) is None):
            words.pop()
            continue
        if w == "be" or (len(words) > 3 and " ".join(words[-2:]).lower() == "will be"):
            words = words[:-2] if w == "be" and words[-2].lower() in ("will", "would") else words[:-1]
            continue
        break
    return " ".join(words)


def _has_verb(text: str) -> bool:
    toks = _tokens(text)
    return any(_verb_kind(toks, i) in _FINITE for i in range(len(toks)))


# Prepositions that open a phrase a long subject can lose ("talks … on fishing quotas in the North Sea"); not "of",
# "between" or "to", whose phrase is often the subject's point ("the number of pupils", "talks between A and B").
_SUBJECT_PHRASE = frozenset({"on", "in", "at", "over", "about", "for", "near", "across", "around", "from", "with",
                             "into", "during", "outside", "inside"})


def _shorten(body: str) -> str:
    """At most MAX_EVENT_WORDS words, cut where a phrase ends (before a preposition, a relative, a comma)."""
    words = body.split()
    if len(words) <= MAX_EVENT_WORDS:
        return body
    toks = _tokens(body)
    # a relative inside a long subject goes first: "Fishermen whose moorings are being moved for the marina
    # have vowed to block the harbour" -> "Fishermen have vowed to block the harbour"
    rel = next((i for i in range(1, min(7, len(toks))) if toks[i].low in ("who", "whose", "that", "which") and
                toks[i - 1].text not in (",", "—", "–") and i + 1 < len(toks) and
                (toks[i].low == "whose" or _verb_kind(toks, i + 1) in _FINITE) and
                not any(_verb_kind(toks, k) in _FINITE for k in range(i))), None)
    if rel is not None:
        verbs = [k for k in range(rel + 1, len(toks)) if _verb_kind(toks, k) in _FINITE and
                 toks[k - 1].text not in (",",)]
        groups = [k for k in verbs if not any(_same_group(toks, j, k) for j in verbs if j < k)]
        if len(groups) >= 2 and all(t.text != "," for t in toks[rel:groups[1]]):
            cut = groups[1]
            while cut - 1 > groups[0] and toks[cut - 1].low in _FUTURE_WORDS | _MODALS | _HAVE | _BE_PRESENT | \
                    _BE_PAST | _PAST_AUX | {"not", "also", "now", "still"}:
                cut -= 1
            return _shorten(body[:toks[rel].start].rstrip() + " " + body[toks[cut].start:])
    first_verb = next((i for i in range(len(toks)) if _verb_kind(toks, i) in _FINITE), 0)
    word_at = [len(body[:t.start].split()) for t in toks]

    def clean_cut(i: int) -> bool:
        w = toks[i].low
        is_cut = (w in _CUT_BEFORE or toks[i].text in (",", ";", ":", "—", "–") or
                  (w.endswith("ing") and _verb_kind(toks, i) == "part" and
                   toks[i - 1].low not in ("is", "are", "was", "were", "be", "been")))
        if not is_cut or i <= first_verb + 1:
            return False
        prev = toks[i - 1].low
        if prev in _FUNCTION_END or prev in (",", ";", ":"):
            return False
        if w == "by" and _is_participle(toks, i - 1):
            return False  # "proposals published" + "by the council": cut there, a bare participle is left dangling
        if w in ("and", "to", "or") and i + 1 < len(toks) and re.match(r"\d", prev) and \
                re.match(r"\d", toks[i + 1].low):
            return False  # inside "between 2015 and 2018"
        return not (w == "to" and prev in _INTEND | _DUE)

    cuts = [i for i in range(1, len(toks)) if clean_cut(i)]
    inside = [i for i in cuts if word_at[i] <= MAX_EVENT_WORDS]
    if inside:
        i = inside[-1]
        commas = [k for k in inside if toks[k].text == ","]
        if commas and commas[-1] < i and any(toks[k].low in ("and", "or") for k in range(commas[-1] + 1, i)):
            # "opened, two years late and 40 million crowns over budget": a cut inside the joined phrase would
            # leave half of it ("… and 40 million crowns"); the comma before it ends a phrase
            i = commas[-1]
        return body[:toks[i].start].rstrip(" ,;:–—-")
    later = [i for i in cuts if word_at[i] <= MAX_EVENT_WORDS + 6]
    if later:
        return body[:toks[later[0]].start].rstrip(" ,;:–—-")
    # the verb comes late (a long subject): the subject's last phrases go, so the verb and what it says stay
    # ("Talks between A and B on fishing quotas in the North Sea ended without a deal" -> "Talks between A and B on
    # fishing quotas ended without a deal"); a cut before the verb would leave no event to ask about
    if first_verb >= 4 and _verb_kind(toks, first_verb) in _FINITE:
        after = len(words) - word_at[first_verb]
        subject_cuts = [i for i in range(3, first_verb) if toks[i].low in _SUBJECT_PHRASE and
                        word_at[i] >= 3 and toks[i - 1].low not in _FUNCTION_END and
                        toks[i - 1].text not in (",", ";", ":") and word_at[i] + after <= MAX_EVENT_WORDS]
        if subject_cuts and after >= 2:
            i = subject_cuts[-1]
            return _shorten(body[:toks[i].start].rstrip(" ,;:–—-") + " " + body[toks[first_verb].start:])
    # else any phrase end will do, else the last whole word that is not a function word within the limit
    first_verb = -1
    loose = [i for i in range(1, len(toks)) if clean_cut(i) and 6 <= word_at[i] <= MAX_EVENT_WORDS]
    if loose:
        return body[:toks[loose[-1]].start].rstrip(" ,;:–—-")
    keep = words[:MAX_EVENT_WORDS]
    while len(keep) > 6 and keep[-1].lower().strip(",;:") in _FUNCTION_END:
        keep.pop()
    return " ".join(keep).rstrip(" ,;:–—-")


def _antecedent(text: str, start: int) -> str | None:
    """The noun phrase a 'who'/'which' clause at `start` hangs on: "Jo Bell, who resigned" -> "Jo Bell"."""
    before = re.sub(r"[\s,–—-]+$", "", text[:start])
    before = re.sub(r"\s+as\s+a\s+whole$", "", before)  # "fiscal 2026 as a whole, which ended": the year itself
    toks = _tokens(before)
    k = len(toks)
    while k > 0:
        t = toks[k - 1]
        if t.text in (",", ";", ":", "(", ")", "—", "–") or t.low in _SUBORDINATORS | _RELATIVES | {"that"} or \
                t.low in _CUT_BEFORE - {"and"} or t.low.endswith("ing") and _verb_kind(toks, k - 1) == "part" or \
                _verb_kind(toks, k - 1) in _FINITE and not (re.fullmatch(r"[a-z]+ed", t.low) and k < len(toks) and
                                                           toks[k].low not in _DETERMINERS) or \
                k >= 2 and toks[k - 2].low in _MODALS | _FUTURE_WORDS | {"to"} and t.low not in _DETERMINERS and \
                t.text[:1].islower():
            break
        k -= 1
    phrase = [t for t in toks[k:] if t.text not in ("\"", "“", "”")]
    if len(phrase) == 1 and phrase[0].text.islower():
        # "The former housing minister, who resigned …": a noun's modifier in -ing ("housing") is no verb that ends
        # the phrase; back to its determiner (never a bare "minister resign")
        j = next((j for j in range(k - 1, max(k - 4, -1), -1) if toks[j].low in _HEAD_DETERMINERS), None)
        if j is not None and all(re.fullmatch(r"[a-z][\w-]*", t.text) for t in toks[j + 1:k]):
            phrase = toks[j:k] + phrase
    while phrase and phrase[0].low in ("of", "and"):
        phrase = phrase[1:]
    if phrase and all(re.fullmatch(_MON + "|" + _WD + "|" + _YEAR + "|\\d+", t.text) for t in phrase):
        return None  # "in April that ...": the clause hangs on something before the date
    if phrase and k >= 2 and toks[k - 1].low in ("in", "at", "on", "near", "outside") and \
            all(t.text[:1].isupper() for t in phrase) and re.fullmatch(r"[a-z]{3,}", toks[k - 2].low) and \
            toks[k - 2].low not in _FUNCTION_END and _verb_kind(toks, k - 2) is None:
        return None  # "a new market in Castle Street, which is due to open": the market or the street? Not asked
    if not phrase or len(phrase) > 12:
        caps = re.search(r"((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*)$", before)
        return caps.group(1) if caps else None
    return " ".join(t.text for t in phrase)


_FURNITURE_LINE = re.compile(
    r"^(?:published|updated|last updated|first published|posted|modified|last modified|created|filed)\b|"
    r"^(?:this|the) (?:story|article|post|report|page) (?:was|has been|is) (?:updated|corrected|amended|revised)\b|"
    r"^(?:editor'?s|editors’) note\b|^correction\s*:|"
    r"^(?:image|photo|picture|video|graphic|illustration)\s*(?:caption|credit|source|copyright)?\s*[:,]|"
    r"^(?:caption|credit|pictured|photograph|file photo)\s*[:,(]|"
    r"^(?:copyright|©|\(c\)\s)|(?:©|\ball rights reserved\b)|"
    r"^\(?(?:photo|picture|image)\s+by\b|\bphoto(?:graph)?:\s|\b(?:getty images|shutterstock|alamy)\b|"
    r"^by\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|the|then|now|early|late|mid)\b)[A-Z][\w.'’-]+"
    r"(?:\s+[A-Z][\w.'’-]+){0,3}\b.{0,40}\d",
    re.IGNORECASE)
# "Friday 3 March 2026, 18:40", and with the clock first, "09:15, 3 MAR 2026"
_TIMESTAMP = re.compile(r"^\W*(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?"
                        r"(?:\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?,?\s+)?(?:\d{1,2}\s+\w+\.?,?\s+\d{4}|"
                        r"\w+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|"
                        r"\d{1,2}/\d{1,2}/\d{2,4})(?:\s*(?:at\s+)?[\d:.]+\s*(?:am|pm|a\.m\.|"
                        r"p\.m\.)?\s*(?:[A-Z]{2,4})?)?\W*$", re.IGNORECASE)


# A credit after a caption's own full stop, in the same line: "… on Wednesday. — Photo: Special Arrangement".
_TRAILING_CREDIT = re.compile(r"\.\s*[—–-]+\s*(?:photo(?:graph)?|picture|image)s?\s*:.*$", re.IGNORECASE)


def is_page_line(sent: Sentence) -> bool:
    """A caption label, credit, byline or time stamp: page text whose dates are the page's, not the story's."""
    s = sent.text.strip()
    core = _TRAILING_CREDIT.sub(".", s)
    if core != s and len(core.split()) >= 5:
        s = core  # "Farmers sit at the toll plaza on Wednesday. — Photo: …": a caption, with the photo's date
    furniture = sent.furniture and not re.match(r"By\s+(?:(?:early|late|mid)[\s-]+)?(?:" + _WD[1:-1] + "|" + _MON[1:-1] +
                                                r")\b", s)  # "By Thursday, ..." is no byline
    return furniture or bool(_FURNITURE_LINE.search(s)) or bool(_TIMESTAMP.match(s)) or bool(
        re.search(r"\b\d{1,2}[:.]\d{2}\s*(?:am|pm|GMT|BST|UTC|ET|EST|EDT|CET)\b", s) and len(s.split()) <= 12) or bool(
        re.search(r"[|•·]", s) and len(s.split()) <= 12 and re.search(r"\d{4}|\d{1,2}[:.]\d{2}", s))


@dataclass(frozen=True)
class DatedEvent:
    """`event` is the clause the date belongs to, without the date: a whole phrase of at most MAX_EVENT_WORDS
    words. `own` is True when the date is the date of that event ("X met on DATE"), False when the date is
    only mentioned in it ("the 2015 agreement", "since 2019", "until Friday", a date inside a quotation, a
    photo caption's date) or the event's subject is a bare pronoun, so a question writer asks "when" only
    about own dates. `tense` is the event clause's: past, present or future."""

    date: str  # ISO (YYYY, YYYY-MM, YYYY-MM-DD, or A/B for a range) or the phrase as written
    as_written: str
    event: str
    evidence: str
    precision: str | None  # day | month | year | None when kept as written
    start: int
    own: bool = True
    tense: str = "past"
    # where a bare "he"/"she" subject stands (-1 when none): the date is the event's own, and the event is asked
    # once a later stage finds whom the pronoun means ("She died at home on Friday" -> "… did Mira Lund die …")
    pronoun_at: int = -1

    def as_fact(self) -> dict:
        return {"date": self.date, "as_written": self.as_written, "event": self.event, "evidence": self.evidence,
                "own": self.own, "tense": self.tense}

    @property
    def asked(self) -> str:
        """The date as far as its words fix it, the key a question asks for: "at the end of 2021" resolves to
        2021-12-31 (where a timeline puts it) but fixes only the year, so a student is asked for 2021."""
        cut = {"year": 4, "month": 7}.get(self.precision or "")
        return self.date[:cut] if cut and _ISO_VALUE.match(self.date) else self.date


_ISO_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?$")
# Words that name one day: a day of the month, a weekday, "yesterday", "the next day", "in ten days' time".
_NAMES_A_DAY = re.compile(r"(?<![\d,.])\b(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?![\d,.]\d)|\b(?:"
                          + _WD[1:-1] + r"|yesterday|today|tomorrow|tonight|night|morning|afternoon|evening|days?)\b",
                          re.IGNORECASE)
_WEEKS_AGO = re.compile(r"\b(?:weeks?|fortnights?)\s+ago\b", re.IGNORECASE)
_SPAN_END = re.compile(r"\b(?:end|close)\s+of\b|\bweekend\b", re.IGNORECASE)
_NAMES_A_MONTH = re.compile(r"\b(?:" + _MON[1:-1] + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|month|weekend)\b",
                            re.IGNORECASE)


# "him" (a group's "them" is mostly named beside it: "offered them a meeting"), or a possessive inside the subject
# (before any verb): "a plaque in her memory was unveiled"
_UNNAMED_OTHER = re.compile(r"\bhim\b|^(?:(?!(?:was|were|is|are|has|have|had|will|would)\b|\w+ed\b)"
                            r"[\w’'-]+\s+){1,4}?(?:her|his|their)\b", re.IGNORECASE)
_SINCE_END = re.compile(r"\bsince(?:\s+the)?\s*$", re.IGNORECASE)
_AGAIN = re.compile(r"\s*(?:again|also|then|once more)?\s*(?:on|in|at|during)?\s*", re.IGNORECASE)


def _one_date_per_event(event: str, own: bool, at: int, matches: list, said: bool = False) -> tuple[str, bool]:
    """"will shut plant A at the end of 2021 and plant B early next year": two events, each with its date. The
    first date's event stops before the "and" that brings in the second ("will shut plant A"); the second's
    cannot be told apart from the words before it, so it is not asked "when" (a prompt that carries another
    date beside the asked one has two answers)."""
    for x, _y, kind, _m, phrase in matches:
        if x == at or kind == "time":
            continue
        i = event.find(phrase)
        if i < 0:
            continue
        j = event.rfind(" and ", 0, i)
        if x > at and j > 0 and len(event[:j].split()) >= 3:
            if _AGAIN.fullmatch(event[j + 5:i]):
                own = False  # "every club plays on Good Friday and again on Easter Monday": one event, two dates
            event = event[:j].rstrip(" ,")
        elif x < at and re.search(r"^\W*and\s+(?:its|their|his|her|the|a|an)\s", event[i + len(phrase):]):
            own = False
        elif kind != "year" and not said and not _SINCE_END.search(event[:i]):
            # ("for the first time since the spring of 2024" is part of what happened, not a second date)
            own = False  # "pay a dividend on July 24 to shareholders on the register on June 19": which is asked?
    return event, own


# "at the time", "the next day", "that week": as fixed as the date they point back to
_POINTS_BACK = {"then", "sameday", "samelast"}


def fixed_precision(phrase: str, precision: str | None, value: str = "") -> str | None:
    """The precision the phrase's own words give: a day only when they name a day ("on Tuesday", "March 3",
    "the next day"); "at the end of 2021" is the year 2021 and "the end of June" June, though each resolves to
    its last day (a quiz that keys "31 December" invents a day the writer never gave); "at the weekend" is
    its month, two days being no date."""
    if precision == "day" and _WEEKS_AGO.search(phrase) and _ISO_VALUE.match(value[:10]):
        # "three weeks ago" counts back to a day, but a writer means it loosely: asked as the month when a few
        # days either way stay inside it, else the year ("a week ago" is already kept so)
        day = date.fromisoformat(value[:10])
        early, late = day - timedelta(days=3), day + timedelta(days=3)
        if (early.year, early.month) == (late.year, late.month):
            return "month"
        return "year" if early.year == late.year else None
    if precision != "day" or not _SPAN_END.search(phrase) or _NAMES_A_DAY.search(phrase):
        return precision
    return "month" if _NAMES_A_MONTH.search(phrase) else "year"


# Nouns that make a number before them a count ("2019 people"), not a year.
_COUNT_NOUNS = {"people", "persons", "workers", "staff", "employees", "jobs", "homes", "houses", "students", "pupils",
                "members", "votes", "voters", "cases", "deaths", "patients", "children", "families", "passengers",
                "troops", "soldiers", "tonnes", "tons", "units", "cars", "vehicles", "copies", "signatures", "times",
                "points", "metres", "meters", "miles", "km", "feet", "acres", "hectares", "euros", "dollars",
                "pounds", "shares", "runs", "goals", "words", "pages", "beds", "seats", "users", "customers"}
_NOT_NOUNS = {"we", "i", "you", "there", "then", "now", "again", "too", "also", "alone", "onwards", "ago", "later",
              "aged", "age", "local", "time", "gmt", "bst", "utc",
              "earlier", "yet", "already", "so", "either", "ever", "since", "alone", "though", "however"}


_PREP_LEAD = re.compile(r"(?:on|by|from|until|since|before|after|between)\s", re.IGNORECASE)


def _adjectival(text: str, a: int, b: int, kind: str, prep: str) -> bool:
    """Is the date a modifier of a noun ("the 2015 agreement", "a Feb. 9 memo", "Thursday's vote")?"""
    after = text[b:b + 30]
    if re.match(r"[’']s\b", after):
        return True
    if kind not in ("year", "month", "dmy", "mdy", "iso", "weekday", "bound", "oldyear"):
        return False
    if kind == "year" and text[a:b].endswith("s"):
        return False  # "the 1990s" is a decade, not a modifier
    # (a determiner before a preposition the phrase holds is its noun's: "signed a pact on Tuesday formally ending")
    det = bool(re.search(r"(?:\b(?i:a|an|the|its|his|her|their|our|this|that)|\w[’']s)\s+(?:[a-z]+\s+)?$",
                         text[max(0, a - 24):a])) and not _PREP_LEAD.match(text, a, b)
    nxt = re.match(r"\s+([a-z][\w-]*)", after)
    noun = bool(nxt and nxt.group(1) not in _CUT_BEFORE | _FUNCTION_END | _PRONOUNS | _NOT_NOUNS and
                _verb_kind(_tokens(nxt.group(1)), 0) is None)
    if noun and (det or not prep):
        return True  # "on the 2015 agreement", "a Feb. 9 memo", "Sunday classes"
    if det and re.match(r",\s+[a-z]+\b", after) and re.search(r"\d{4}$", text[a:b]):
        return True  # "the Sept. 11, 2001, attacks"
    # "the 2015 one": the date right after the article; "backed the budget Monday," (wire style, no "on")
    # has a noun between them and nothing after: the date is the verb's
    return det and not prep and not (re.search(r"\b[a-z]+\s+$", text[max(0, a - 24):a]) and not re.search(
        r"(?:\b(?i:a|an|the|its|his|her|their|our|this|that)|\w[’']s)\s+$", text[max(0, a - 24):a]) and
        re.match(r"\s*(?:[,.;:!?]|$)", after))


_TAG = re.compile(r"^(?P<content>.{12,}?),\s+(?P<speaker>(?:[A-Za-z][\w.'’-]*\s+){0,6}?[A-Za-z][\w.'’-]*)\s+"
                  r"(?P<verb>said|says|told reporters|told [A-Z][\w'’-]+|added|announced|confirmed|reported|wrote|"
                  r"ruled|concluded|warned|insisted|declared)"
                  r"(?P<rest>\b.*)$")


def _speech_tag_event(text: str, a: int, b: int, lower: frozenset[str] = frozenset(),
                      upper: frozenset[str] = frozenset()) -> str | None:
    """'Talks will resume, officials said on Tuesday.' -> 'Officials said talks will resume': a date in a closing
    speech tag is the date of the saying."""
    m = _TAG.match(text.strip())
    if not m or not (m.start("rest") <= a and b <= m.end("rest")):
        return None
    rest = (text[m.start("rest"):a] + text[b:m.end("rest")]).strip()
    # "..., the guild said Monday, after the vote failed.": a closing adverbial clause stays with the tag
    rest = re.sub(r",\s+(?:after|as|when|while|because|amid|following|before|citing|saying|in a)\b.*$", "", rest)
    if not re.fullmatch(r"(?:on|late|early|earlier|later)?\s*[.!?]?", rest, re.IGNORECASE):
        return None
    speaker = m.group("speaker")
    if speaker.split()[0].lower() in ("and", "but", "as", "which", "who", "that") or \
            _verb_kind(_tokens(speaker), len(_tokens(speaker)) - 1) in _FINITE:
        return None
    content = _DATELINE.sub("", re.sub(r"[\"“”]", "", m.group("content")).strip(" ,"))
    # asides inside what was said: "the barge that capsized in 2020, injuring four, lacked ..."
    content = re.sub(r"\s+that\s+(\w+)\b[^,]{0,80},(?:\s+[a-z]+ing\b[^,]{0,60},)?",
                     lambda x: " " if _verb_kind(_tokens("it " + x.group(1)), 1) in ("past", "pres") else x.group(),
                     content)
    content = re.sub(r"(?<=[A-Za-z]),\s+[a-z]+ing\b[^,]{0,60},\s+(?=[a-z])", " ", content)
    content = re.sub(r"\s+", " ", content)
    words = content.split()
    first = words[0] if words else ""
    if re.fullmatch(r"(?:The|A|An|It|This|That|These|Those|There|Its|Their|Our)", first) or first.lower() in lower or \
            (upper and len(words) > 1 and words[1][:1].islower() and first not in upper):
        content = content[:1].lower() + content[1:]  # not a name: the article writes it in lower case too
    verb = m.group("verb").split()[0]
    return _shorten(speaker[:1].upper() + speaker[1:] + " " + verb + " " + content)


def _reduced_relative(cl: _Clause, a: int, b: int) -> bool:
    """Is the clause's verb a bare participle after its noun whose date follows it, with the clause's own verb right
    after the date ("a study completed last month found …", "the plan approved in May requires …")?"""
    if cl.verb is None:
        return False
    v = cl.verb
    if not (0 < v and cl.toks[v].end <= a and _PAST_FORM.fullmatch(cl.toks[v].low) and
            re.fullmatch(r"[a-z]+", cl.toks[v - 1].low) and cl.toks[v - 1].low not in _NOT_A_NOUN):
        return False
    if any(t.start < a and t.low not in _DATE_PREPS for t in cl.toks[v + 1:] if t.start >= cl.toks[v].end):
        return False  # something other than the date's preposition between the participle and the date
    after = next((k for k, t in enumerate(cl.toks) if t.start >= b), None)
    return after is not None and _verb_kind(cl.toks, after) in _FINITE and cl.toks[after].low not in ("and", "or")


_PAST_FORM = re.compile(r"[a-z]{3,}ed")
_DATE_PREPS = frozenset({"on", "in", "at", "last", "this", "earlier", "late", "early", "during"})
_NOT_A_NOUN = frozenset({"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "and", "but", "or",
                         "has", "have", "had", "was", "were", "is", "are", "be", "been", "not", "also", "then",
                         "just", "recently", "already", "first", "last", "finally", "formally", "officially", "never"})


def _own(text: str, cl: _Clause, kind: str, a: int, b: int, prep: str, subject: str | None = None) -> bool:
    if _quoted(text, a):
        return False
    if _NEGATED.search(text, cl.start, a):
        return False  # "the painting is not leaving in December": no event happens on the date, so none is asked
    if kind in ("span", "rest", "around", "ordinal", "quarter") or (
            prep in _NOT_OWN_PREP and not (prep == "from" and (_LASTS_FROM.search(text[:a]) or _takes_effect_from(
                text, cl, kind, a, b)))):
        return False
    if _adjectival(text, a, b, kind, prep):
        return False
    if cl.verb is None or not cl.first_verb:
        return False
    if cl.gerund:
        return False  # "blamed the organisers for scheduling the replay on Tuesday": Tuesday is the replay's
    if _reduced_relative(cl, a, b):
        return False  # "a study completed last month found …": last month is the study's, not the finding's
    if cl.infinitive and kind != "weekday":
        return False  # "agreed to meet in May": May is the meeting's, not the agreement's
    if cl.verb is not None and cl.toks[cl.verb].start > b and any(
            cl.start <= t.start < a and _verb_kind(cl.toks, k) == "part" for k, t in enumerate(cl.toks)):
        return False  # "Since taking office in 2014, the mayor ...": the date is the fronted phrase's
    if cl.verb is not None and cl.toks[cl.verb].end <= a and _COMPARED.search(text[cl.toks[cl.verb].end:a]):
        return False  # "Turnout was 41 per cent, up from 29 per cent at the last election in 2022": the comparison's
    if _in_aside(text, cl.start, a, b, cl.end):
        return False  # "The doors, taken from the palace in 1897, have been on display since 1931": the aside's
    if cl.verb is not None and cl.toks[cl.verb].end <= a and _SET_OFF_PARTICIPLE.search(text, cl.toks[cl.verb].end, a):
        return False  # "has dismissed the challenge, clearing the way for work to begin in June": the work's June
    subj = (cl.subject if subject is None else subject).strip(" ,").lower()
    subj = re.sub(r"^(?:(?:and|but|so|then|meanwhile|however|on|in|at|that|after|before|when|while|as|because)\b"
                  r"[ ,]*)+", "", subj)
    if not subj or subj in _PRONOUNS or subj in ("there", "it"):
        return False
    return True


# an aside after the dated clause telling how long a former state lasted: ", after eleven years running the Art Hall",
# ", after nine years at a museum in Orlen"; no part of the event, and cut short it dangles ("…, after eleven years?")
_AFTER_SPAN_ASIDE = re.compile(r",\s+(?:after|following)\s+(?:more\s+than\s+|nearly\s+|almost\s+|some\s+)?"
                               r"(?:[\w-]+\s+){0,2}?(?:years?|months?|weeks?|decades?|seasons?)\b[^,;]*$", re.IGNORECASE)
# a figure's source set off after it, whose date was taken out: "rose to 6.1 million in September, official figures
# published on Thursday show" (no part of what happened in September)
_SOURCE_ASIDE = re.compile(r",\s+(?:(?:official|new|the|latest|provisional|government|monthly|quarterly)\s+){0,2}"
                           r"(?:figures|data|statistics|numbers|estimates)\s+(?:published|released|issued|compiled|"
                           r"out)\b[^,;]*$", re.IGNORECASE)
_LOCAL_TIME = re.compile(r"\s+local\s+time\b")
# a subordinate clause dated by its own "in YEAR": "since records began in", "since the plant opened in" (not "since")
_NESTED_IN_BEFORE = re.compile(r"\b(?:since|when|after|before|until)\s+(?:[\w’'-]+\s+){1,5}in\s+$", re.IGNORECASE)
# a participle set off after the clause's verb opens a clause of its own: ", clearing the way for …", ", saying …"
_SET_OFF_PARTICIPLE = re.compile(r",\s+(?!during\b|including\b|according\b|following\b|starting\b|beginning\b|"
                                 r"ending\b)[a-z]{3,}ing\b")
# a verb group denied before its date: "will not reopen on 14 March", "has never met since May", "no longer runs in June"
_NEGATED = re.compile(r"\b(?:not|never|no\s+longer)\b|n[’']t\b", re.IGNORECASE)
# an ordinal or a superlative ranks the event among others within a span counted back from now: "the third school
# to face closure in two years", "the biggest rise in five years", "the first time in a decade"
_RANKED_IN = re.compile(r"\b(?:the|its|their|his|her|[a-z-]+[’']s)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                        r"tenth|\d+(?:st|nd|rd|th)|only|most\s+[a-z]+|least\s+[a-z]+|best|worst|(?:bigg|larg|high|low|"
                        r"great|small|fast|slow|strong|weak|long|short|hott|cold|wett|dri|warm|cheap|sharp|steep|"
                        r"deep|heavi|busi|quiet|poor|rich)est)\b[^,;.:!?]{0,80}$", re.IGNORECASE)
# "will walk out for three days from 3 June", "closes for a fortnight from Monday": a stretch of time that starts on
# the date, so the date is when the event begins, its own (a bare "from" dates a start without the event's verb)
_LASTS_FROM = re.compile(r"\bfor\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+"
                         r"(?:full\s+|more\s+|further\s+|consecutive\s+)?)?(?:days?|nights?|weeks?|fortnights?|months?|"
                         r"hours?|weekends?)\s+(?:from\s+)?$", re.IGNORECASE)
# "Bills will rise by 11% from 1 July", "The ban will apply from Monday": what will happen starts on the date, its
# own; not a span ("from 1 July to 30 September") nor a change of date ("moved from 1 July")
_SPAN_ON = re.compile(r"\s*(?:,\s*)?(?:to|until|till|through|and|or|[-–])(?:\s|$)", re.IGNORECASE)
_MOVED_FROM = re.compile(r"\b(?:mov|postpon|reschedul|delay|defer|push|brought|bring|switch|shift|transfer|chang)\w*\b",
                         re.IGNORECASE)


def _takes_effect_from(text: str, cl: _Clause, kind: str, a: int, b: int) -> bool:
    return cl.tense == "future" and kind in ("dmy", "mdy", "weekday", "month") and not _MOVED_FROM.search(
        text[cl.start:a]) and (not _SPAN_ON.match(text[b:]) or _JOINS_A_PLACE.match(text[b:]) is not None or bool(
            _STOPS.search(text[cl.start:a]) and _SPAN_TO.match(text[b:])))


# "from 16 October and in the United States from 1 November": "and" joins a second phrase, not a span's end
_JOINS_A_PLACE = re.compile(r"\s+(?:and|or)\s+(?:in|at|across|throughout)\s+(?:the\s+)?[A-Z]")


# Verbs of stopping whose span "from A to B" begins with the stop itself: "will close from 1 June to 31 August" closes
# on 1 June (a run or a stay "from … to" has no one day of its own)
_STOPS = re.compile(r"\b(?:close|shut|strike|suspend|halt|stop|walk\s+out|shut\s+down|close\s+down)\s+(?:from\s+)?$")
_SPAN_TO = re.compile(r"\s+(?:to|until|till)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\b")


_COMPARED = re.compile(r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|than)\b", re.IGNORECASE)


def _in_aside(text: str, start: int, a: int, b: int, end: int) -> bool:
    """Is the date inside a comma-bounded aside between a subject and its verb that says something of its own
    ("The bridge, built in 1968, was …"), rather than an aside that is only the clause's time ("The board, on
    Monday, said …")?"""
    left, right = text.rfind(",", start, a), text.find(",", b, max(end, b))
    if left < 0 or right < 0 or not re.search(r"[A-Za-z]", text[start:left]):
        return False
    head = _tokens(text[start:left])
    if any(_verb_kind(head, k) in _FINITE for k in range(len(head))):
        return False  # "He said, in 2019, …": a clause, not a subject, before the aside
    tail = _tokens(text[right + 1:end])
    k = 0
    while k < len(tail) and re.fullmatch(r"[a-z]+ly|now|also|still|then|later|since|already", tail[k].low):
        k += 1
    if k >= len(tail) or _verb_kind(tail, k) not in _FINITE:
        return False
    rest = (text[left + 1:a] + " " + text[b:right]).lower()
    rest = re.sub(r"\b(?:on|in|at|during|since|by|late|early|last|this|earlier|later|the|of)\b", " ", rest)
    return bool(re.search(r"[a-z]{2,}", rest))


_PART_OF_DAY = re.compile(r"\b(?:(?:in|during|on)\s+)?the\s+(?:early\s+|small\s+|late\s+)?(?:hours|morning|afternoon|"
                          r"evening|night|small hours)\s+of\s+$", re.IGNORECASE)


# A capitalised word (not a sentence's first, not a function word) before a weekday makes it a name.
_NAME_BEFORE = re.compile(r"(?<=\w\s)(?<![.!?:]\s)\b(?!(?:On|By|From|Until|Since|Before|After|Last|Next|This|And|But|Or|"
                          r"Late|Early|Later|Earlier|Every|Each|The|A|An|Its|His|Her|Their|Our|That|Any|Some)\b)"
                          r"[A-Z][a-z]+\s+$")


def _prep_of(text: str, a: int, phrase: str) -> str:
    """The preposition that governs the date: written before it, or taken into the phrase ("on Monday")."""
    if _PART_OF_DAY.search(text[:a]):
        return "on"  # "in the early hours of Sunday" is on Sunday
    lead = re.match(r"(?i)(on|by|from|until|since|before|after|between)\s", phrase)
    if lead:
        return lead.group(1).lower()
    pm = _PREP_BEFORE.search(text[:a])
    return pm.group(1).lower() if pm else ""


_CREDIT = re.compile(r"\b(?:REUTERS|AFP|AP|Getty Images|PA|EPA|Shutterstock|Alamy)\b|^picture taken\b|"
                     r"^(?:photo|picture|image)\s*(?:credit|by)?\s*:", re.IGNORECASE)
# "..., Lyon, France March 2, 2023." / "..., 3 March 2023.": an agency caption's date line
_CAPTION_END = re.compile(r",\s+(?:[A-Z][\w.'’-]*,?\s+){0,4}(?:" + _MON + r"\s+\d{1,2},\s+\d{4}|\d{1,2}\s+" + _MON +
                          r"\s+\d{4})\.?$")


def _is_caption(sent: Sentence, credited: set[int]) -> bool:
    """A photo caption: it shares its paragraph with a picture credit, or ends on an agency-style date line."""
    return sent.paragraph in credited or bool(_CAPTION_END.search(sent.text.strip())) or \
        bool(_TRAILING_CREDIT.search(sent.text.strip()))


_LOWER_WORD = re.compile(r"(?<![.!?]\s)(?<=\s)([a-z][a-z'’-]+)")
_UPPER_WORD = re.compile(r"(?<![.!?:\"“—–-]\s)(?<=\s)([A-Z][a-z'’-]+)")


_SAME_DAY = {"today", "tonight", "this morning", "this afternoon", "this evening"}
_AFTER_EVENT = re.compile(r"\b(?:afterwards|after the (?:match|game|race|fight|bout|final|tie|contest|win|defeat|"
                          r"victory|loss)|post-(?:match|game|race))\b", re.IGNORECASE)


def _said_after_the_event(article: Article, at: int) -> bool:
    """Is `at` inside a quotation whose paragraph says it was said after the match ("Okonkwo said afterwards")?
    Then its "today" is the match day the story has named, not the day the report came out."""
    k = article.paragraph_of(at)
    if k is None:
        return False
    a, b = article.paragraphs[k]
    para = article.body[a:b]
    opened = False
    for mk in re.finditer(r"[\"“”]", article.body[a:at]):
        ch = mk.group()
        opened = True if ch == "“" else False if ch == "”" else not opened
    return opened and bool(_AFTER_EVENT.search(re.sub(r"[\"“][^\"“”]*[\"”]", " ", para)))


# A story told in a year at least this long before publication, whose last full date (with its year) is at most
# this many sentences back, goes on in that year (find_dates).
_EPOCH_AGE = 3
_EPOCH_REACH = 15
_YEARLESS = frozenset({"dmy", "mdy", "month", "holiday", "nthday"})
# Verbs that put something on a date other than their own: what they move or set is dated by "for"/"from"/"to"
_RESCHEDULE = re.compile(r"(?:mov|postpon|reschedul|delay|defer|push|brought|bring|switch|shift|set|fix|schedul|"
                         r"book|adjourn|arrang|pencil)\w*$")
_COUNTED = re.compile(r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+(day|week|fortnight|month|year|"
                      r"decade)s?\s+(later|earlier|after|before)$", re.IGNORECASE)
# Between two dates, a second object with no verb or noun of its own ("… in 2019 and its last in May"): a gapped
# clause
# (an ordinal standing for the noun: "its Oldmere plant early next year" names its own object and is asked alone)
_GAPPED = re.compile(r"\s*,?\s*and\s+(?:its|the|their|his|her)\s+(?:first|second|third|fourth|last|final|latest|next|"
                     r"other|rest)\s+(?:in|on|at|by|from|during)?\s*", re.IGNORECASE)
# "until after …": what something waits for, named before its date in the same clause
_DEFERRED_TO = re.compile(r"\b(?:until|till)\s+after\b[^.;:!?\"“”]{0,80}$", re.IGNORECASE)
_PUT_ON = re.compile(r"\b(?:for|from|to)\s+(?:the\s+(?:weekend|week|days?|night)\s+of\s+)?$", re.IGNORECASE)
_VERB_NEXT = re.compile(r"\s+(?:was|is|were|are|had|has|have|will|would|could|might|should|can|saw|brought|began|"
                        r"marked|proved|became)\b", re.IGNORECASE)
_TAG_GAP = re.compile(r"\s*(?:on|in|at|during|early|late|earlier|later)?\s*", re.IGNORECASE)
_AWAITED = re.compile(r"\b(?:is|are|'s|'re)\s+(?:now\s+|still\s+)?(?:due|expected|scheduled|set|planned|likely)\b|"
                      r"\b(?:stays?|remains?)\b", re.IGNORECASE)
# A timetable stated in the present: the verb (or "is due") stands just before the date and its preposition,
# so "the vote is in March" and "the offer lapses in January" look ahead, "sales are up 5% in March" does not.
_COMES_ON = re.compile(r"\b(?:is|are|falls?|lapses?|expires?|ends?|closes?|opens?|starts?|begins?|resumes?|"
                       r"runs?\s+out|takes?\s+effect|comes?\s+into\s+force|kicks?\s+off)\s+"
                       r"(?:(?:due|set|scheduled|planned|expected|slated|pencilled)\s+)?"
                       r"(?:(?:in|for|on|from|by|at\s+the\s+(?:start|end)\s+of)\s+)?(?:(?:early|late|mid)[\s-]+)?$",
                       re.IGNORECASE)
_HAVE_UNTIL = re.compile(r"\b(?:has|have)\s+(?:only\s+|just\s+)?(?:until|till)\s+$", re.IGNORECASE)
_FISCAL_AFTER = re.compile(r"\s+(?:financial|fiscal|tax|academic|school)\s+year\b|\s+season\b", re.IGNORECASE)
# between a date with its year and a bare month that goes on from it: "…, then moved to"
_THEN_ON = re.compile(r"[^.;:\d]{0,40}\bthen\b[^.;:\d]{0,30}")
_FISCAL_WORDS = re.compile(r"\b(?:fiscal|FY\d)", re.IGNORECASE)
_THAT_YEAR = re.compile(r"\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.IGNORECASE)
# a line of a bulleted list ("- 9 March: proposals published")
_LIST_ITEM = re.compile(r"\s*[-–—•*·]\s+")
# a timetable's line: the date first, then what happens on it ("- 27 March: consultation closes")
_LIST_LABEL = re.compile(r"\s*[-–—•*·]\s+(?:[\w ]{0,12}\s)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|[A-Z][a-z]+"
                         r"\s+\d{4}|[A-Z][a-z]+day)\b[^:]{0,12}:")
# a thing awaited and its date: "expects a result in the early hours of", "predicted a decision by", "planned a march
# through the town on Sunday" (the march's day, not the planning's)
_AWAITED_THING = re.compile(r"\b(?:(?:expect|predict|forecast|await|anticipate)(?:s|ed)?|planned)\s+"
                            r"(?:a|an|the|its|their)\s+"
                            r"(?:[\w-]+\s+){0,4}?(?:(?:in|on|by|at|for|before)\s+)?(?:the\s+(?:early\s+|small\s+|late\s+)?"
                            r"(?:hours|morning|afternoon|evening|night)\s+of\s+)?$", re.IGNORECASE)
# a verb whose object the date is: "includes Christmas", "covering Christmas"
_DATE_AS_OBJECT = re.compile(r"\b(?:(?:includ|cover|span|exclud|straddl)(?:es|e|ed|ing|s)?|"
                             r"(?:propos|suggest)(?:es|e|ed|ing|s)?|(?:cho(?:se|sen|oses?|osing)|pick(?:s|ed|ing)?))"
                             r"\s+(?:the\s+)?$", re.IGNORECASE)
# ("The choir has proposed 3 March", "the club chose 4 May": the date is what was proposed or picked, and the
# proposing has no date of its own in the sentence)
# A date that opens a phrase after a noun, which dates that noun and not the clause's verb: "ordered a parking ban from
# 8 a.m. starting Friday morning" (the ban starts then; the ordering was earlier), "ahead of the county polls due in
# late 2028" (the polls are due then). After a span of time ("walk out for five days starting
# on 11 January") or a verb ("is due in May", "will be starting on"), the date is the clause's own.
_NOUN_PHRASE_DATE = re.compile(r"(?<![\w’'-])(?P<noun>[\w’'.-]+)\s+(?:(?:starting|beginning|commencing|effective)\s+"
                               r"(?:(?:on|from|in|at)\s+)?|due\s+(?:(?:on|in|by|at|before|for)\s+)?)(?:the\s+)?$")
_NOT_NOUN_BEFORE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "not", "will", "would", "has",
                              "have", "had", "now", "also", "still", "then", "and", "or", "but", "it", "they", "he", "she",
                              "we", "i", "you", "which", "who", "that", "days", "weeks", "months", "years", "hours",
                              "nights", "day", "week", "month", "year", "fortnight", "period", "term", "season"})
_CLAUSE_END = re.compile(r"\s*(?:[,.;:)\"”]|$)")
_HAD = re.compile(r"\bhad\b")
_EARLIER = re.compile(r"\b(?:earlier|before)$", re.IGNORECASE)
_A_YEAR = re.compile(_YEAR)
_COUNTED_ON = re.compile(r"(?:day|week|fortnight|month|year|decade)s?\s+(?:later|earlier|after|before)$", re.IGNORECASE)
_FOLLOWING = re.compile(r"\b(?:following|previous)\s+(?!day\b)\w+$", re.IGNORECASE)
_SAYS_THAT = re.compile(r"\b(?:said|says|say|told|tells|tell|believe[sd]?|thinks?|thought|argue[sd]?|claim(?:s|ed)?|"
                        r"warn(?:s|ed)?|know|knew|knows|hope[sd]?|expect(?:s|ed)?|so|such|now|is|was|are|were|means?)\s+$",
                        re.IGNORECASE)
_OF_THE = re.compile(r"\bof\s+(?:the|a|an|its|their)\b")
# the onset of a thing still ahead, told in a relative ("… that will take effect", "… which comes into force", "… that is
# due to open"): the date is when the thing itself starts or ends, whoever the sentence's subject was
_ONSET_AHEAD = re.compile(r"(?:(?:will|is\s+(?:due|set|expected)\s+to|are\s+(?:due|set|expected)\s+to)\s+)?(?:take|takes|come|comes)"
                          r"\s+(?:effect|into\s+(?:force|effect|operation))\b|(?:will|is\s+due\s+to|are\s+due\s+to)\s+"
                          r"(?:begin|start|open|close|end|expire|apply|run\s+out|lapse)\b|(?:begins|starts|expires|lapses)\b")
_HEAD_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their"})
# An event that befalls a person, before "of" and a name: "the death of pensioner Jo Bell", "the arrest of Dr Ana
# Ruiz"; a "who" clause after it is the person's (the name ends the phrase, a lower-case description may precede it).
# (A person's head noun, "the leader of Renewal, who …", is the clause's own antecedent and is never matched.)
_PERSON_AFTER_OF = re.compile(r"^(?:(?:[Ii]n\s+)?[Ff]ront|(?:[Tt]he|[Aa]n?)\s+(?:death|murder|killing|arrest|disappearance|funeral|trial|"
                              r"release|sacking|dismissal|resignation|detention|abduction|kidnapping|rescue|conviction|"
                              r"extradition|deportation|injury|case))\s+of\s+"
                              r"(?:[a-z]+\s+){0,2}([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})$")
# "X of the Y's levels, which fell …": an amount that moves is the of-phrase's, so the relative is not X's
_AMOUNT_MOVES = re.compile(r"\bof\s+(?:[\w’'-]+\s+){0,3}(?:levels?|prices?|rates?|numbers|sales|figures|costs|"
                           r"shares|stocks|reserves|values?)\s+(?:which\s+|that\s+)?(?:fell|rose|dropped|climbed|"
                           r"slumped|soared|jumped|plunged|peaked|hit|reached|doubled|halved)\b", re.IGNORECASE)
_HE_SHE_FIRST = re.compile(r"(?:He|She|I)\s")  # ("I": an interview's answer, named by who gives it)
# the clause's subject as `_clause` leaves it once the date is out: "he", "and she", ", he" ("On Tuesday, he")
_HE_SHE_SUBJECT = re.compile(r"\W*(?:(?:and|but|so|then|meanwhile|however|on|in|at|by|early|late|later|earlier)\W+)*"
                             r"(he|she|i)\W*")
_HE_SHE = re.compile(r"\b(?:[Hh][Ee]|[Ss][Hh][Ee]|I)\b")


_UNTIL_SINCE = {"since", "until", "till", "through", "throughout", "by", "before", "after", "as of", "ahead of"}


def _present_perfect(cl: _Clause) -> bool:
    """The clause's verb group is a present perfect ("has been called", "have named"), not a past perfect."""
    if cl.verb is None:
        return False
    if cl.toks[cl.verb].low in _HAVE:
        nxt = cl.toks[cl.verb + 1].low if cl.verb + 1 < len(cl.toks) else ""
        return nxt not in _DETERMINERS | set(_NUMBERS) | {"no"} and (_verb_kind(cl.toks, cl.verb + 1) is not None or
                                                                 _is_participle(cl.toks, cl.verb + 1))
    for k in range(cl.verb - 1, max(-1, cl.verb - 4), -1):
        w = cl.toks[k].low
        if w in _HAVE:
            return True
        if w not in {"been", "also", "just", "now", "already", "formally", "officially", "since", "not", "n't"}:
            return False
    return False


# "were dead at the time the claim was made": inside a clause, a contact clause of its own follows and names the
# time ("At the time the firm was ...", opening the sentence, is the adverb "then")
_CLAUSE_AFTER = re.compile(r"\s+(?:the|a|an|his|her|their|its|our|my)\b"
                           r"(?:\s+[\w'’-]+){0,4}?\s+(?:was|were|is|are|had|has|have|did|[a-z]+ed)\b", re.IGNORECASE)


# "farmers whose crops failed last year": the date is the relative clause's, whose subject is the farmers' crops
_IN_WHOSE = re.compile(r"\b[\w'’-]+\s+whose\s+(?:[\w'’-]+\s+){1,6}$")
_WHOSE_IN_EVENT = re.compile(r"^(?:.*?\s)?(?:((?:the|its|their|his|her|our|these|those|some|many|all)\s+)?([\w'’-]+))"
                             r"\s+whose\s+(\S.*)$", re.IGNORECASE)


def _whose_event(event: str) -> str:
    """"Compensation to farmers whose crops failed" -> "Farmers' crops failed": the relative clause, its owner
    made a possessive."""
    m = _WHOSE_IN_EVENT.match(event)
    if not m:
        return event
    owner = (m.group(1) or "") + m.group(2)
    owner += "'" if owner.endswith("s") else "'s"
    out = owner + " " + m.group(3)
    return out[:1].upper() + out[1:]


# A day, month or feast named as a habit: after "every"/"each" ("every other Friday"), or before a plural time of
# day ("Friday nights", "the April mornings"), or a weekday before a gerund that a preposition or "the" governs
# ("look again at Sunday working"): every such day, not one date.
_EVERY_BEFORE = re.compile(r"\b(?:every|each)(?:\s+other|\s+second)?\s+$", re.IGNORECASE)
_HABIT_AFTER = re.compile(r"\s+(?:mornings|afternoons|evenings|nights|lunchtimes|weekends)\b", re.IGNORECASE)
_GERUND_AFTER = re.compile(r"\s+(?!morning\b|evening\b|during\b|spring\b|something\b|nothing\b|anything\b)[a-z]{3,}ing\b")
_PREP_OR_THE_BEFORE = re.compile(r"\b(?:at|of|for|against|about|over|to|on|the|allow|allows|ban|bans|end|ends)\s+$",
                                 re.IGNORECASE)
# "limits Sunday ringing to fifteen minutes": the gerund is a noun when a preposition, a verb or the clause's end follows
# it ("was seen Sunday leaving the ground", "spent Monday trying to …" keep their day: there the -ing word is a verb
# with an object or an infinitive)
_GERUND_ENDS = re.compile(r"\s+[a-z]{3,}ing(?:\s+(?:of|on|in|at|for|from|with|and|or|was|is|has|had|were|are|will|"
                          r"would|could|must)\b|\s+to\s+(?:the|a|an|its|their|his|her|our|\d|one|two|three|four|five|six|"
                          r"ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety)\b|\s*[,.;:)]|\s*$)")
# "from 65 a year ago", "up from 900 a year earlier", "than 30 a month before": a figure's baseline
_BASELINE_AGO = re.compile(r"^(?:a|an|one|\d+|two|three|four|five|six|ten|twelve)\s+(?:year|month|week|quarter|"
                           r"decade)s?\s+(?:ago|earlier|before)$", re.IGNORECASE)
_FIGURE_BEFORE = re.compile(r"\b(?:from|than|with|against|versus|vs\.?)\s+(?:about\s+|around\s+|some\s+|nearly\s+|"
                            r"almost\s+|just\s+|roughly\s+)?[£$€]?\d[\d,.]*(?:\s*(?:%|[a-z]+\b)){0,3},?\s+$",
                            re.IGNORECASE)


# A birth written as a participle phrase opening the sentence: "Born in Valdora in 1937, she moved …",
# "Born Ingrid Maria Vasquez on 3 May 1937, Vasquez-Hale …": the date is the birth's, the main clause's subject's
_BORN_OPENING = re.compile(r"\W*Born\b[^,;:.\"“”]*,\s+(?:(he|she)|((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+))\s+"
                           r"(?:[a-z]+ly\s+)?(?:[a-z]+ed|had|was|became|went|grew|began|won|took|made|left|came|"
                           r"spent|led|ran|set|met|wrote|built|found|joined|moved|kept|lived)\b")
# A reporting frame around a dated clause with a "he"/"she" subject: "Her family said she died peacefully on
# Tuesday": the date is the inner clause's (what was said happened then), asked once the pronoun is named
_FRAMED_HE_SHE = re.compile(r"\W*(?:[\w’'-]+\s+){1,5}?(?:said|says|announced|confirmed|told\s+[\w’'-]+)\s+(?:that\s+)?"
                            r"(he|she)\s+(?:had\s+)?(?:[a-z]+ly\s+)?(died|passed\s+away|was\s+born|retired|married)\b")


# An adverb of sequence right after the event's subject ("X later led", "She then joined", "The firm eventually
# sold"): it tells when only against the sentence before, so a "when" prompt ("In what year was X later made …")
# and a timeline's entry read without it
_SEQUENCE_ADVERB = re.compile(r"^((?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*|[Tt]he\s+[a-z]+|He|She|They|It)\s+"
                              r"(?:later|then|eventually|subsequently|afterwards|also)\s+(?=[a-z])")


# A couple's own event with "they" for its subject: "They married in 1961", the subject and the spouse just named
_THEY_MARRIED = re.compile(r"They\s+(married|wed|divorced)\b")


def _life_event(text: str, a: int, event: str, own: bool) -> tuple[str, int, bool, str] | None:
    """A dated event of a life that the clause reading misses: the birth in an opening "Born …," phrase ("She was
    born", or "X was born" when the main clause names its subject), and a death, birth, retirement or marriage
    inside a reporting frame ("her family said she died on Tuesday" -> "She died"). Returns the event, where its
    "he"/"she" stands in the sentence (-1 when named), whether the date is its own, and its tense; None else."""
    born = _BORN_OPENING.match(text)
    if born and a < born.start(1 if born.group(1) else 2):
        if born.group(1):
            return f"{born.group(1).capitalize()} was born", born.start(1), False, "past"
        return f"{born.group(2)} was born", -1, True, "past"
    couple = None if own else _THEY_MARRIED.match(event)
    if couple and _THEY_MARRIED.match(text[text.find("They"):]) and a > text.find("They") >= 0:
        return f"They {couple.group(1)}", text.find("They"), False, "past"  # named with the spouse later
    framed = None if own else _FRAMED_HE_SHE.match(text)
    if framed and framed.end() <= a:
        at = event.find(" " + framed.group(1) + " ")
        if at > 0:
            inner = event[at + 1:]
            return inner[:1].upper() + inner[1:], framed.start(1), False, "past"
    return None


# A participle set off after a sentence's subject, dated: "Brightwater, founded in 1952 as a cooperative, employs …"
_ASIDE_PARTICIPLE = re.compile(r"^\W*(?P<subj>[A-Z][\w’'&.-]*(?:\s+(?:of\s+|and\s+|the\s+)?[A-Z][\w’'&.-]*){0,5}),\s+"
                               r"(?P<pp>founded|established|formed|set\s+up|created|launched|built|opened|"
                               r"incorporated|born)\s+(?:in|on)\s+$")
_ASIDE_ENDS = re.compile(r"[^,;.!?]{0,80},\s+[a-z]")
# A sentence that puts its verb before its subject after a fronted time word ("After Ardley come trips to Pellingham on
# the 15th", "Then comes the final on Sunday"): its event cannot be told as "X did Y", so its dates are not asked
_INVERTED = re.compile(r"\W*(?:After|Before|Then|Next|Later)\s+(?:[\w’'-]+\s+){0,4}?(?:come|comes|came|follow|follows|"
                       r"followed)\s+(?!(?:to|from|back|in|out|up|down|home|off|on|through|into|under|over|round|"
                       r"around|second|third|first|last|close|together|forward)\b)[\w’'-]+")
_IN_YEAR_OPENING = re.compile(r"\W*(?:(?:and|but|then|by|in|during|from|early|late)\s+)*$", re.IGNORECASE)


# A determiner right before a year, which then names a noun ("the 1871 tower", "its 2019 report").
_DETERMINER_BEFORE = re.compile(r"\b(?i:the|a|an|its|his|her|their|our|this|that)\s+$")


def _year_of_clause(text: str, cl: _Clause, a: int, found: list[DatedEvent], offset: int) -> int | None:
    """The year a day or month without one takes from its sentence: a year that opens the sentence ("In 2019, the
    pool closed in March and reopened in June") or stands earlier in the date's own clause ("closed in 2019,
    in March"), written as a bare year."""
    for d in reversed(found):
        at = d.start - offset
        if d.precision != "year" or at >= a or not (
                re.fullmatch(r"(?i)(?:in\s+|during\s+)?" + _YEAR, d.as_written.strip()) or
                re.fullmatch(r"(?i)(?:next|last|this)\s+year", d.as_written.strip()) and
                re.match(r"[’']s\s", text[at + len(d.as_written):])):
            continue  # (a bare year, or "next year's festival is held on 3 September")
        if _DETERMINER_BEFORE.search(text[:at]):
            continue  # "The 1871 tower is about to reopen on June 20": the year names the tower, not the day
        end = at + len(d.as_written)
        if not _IN_YEAR_OPENING.fullmatch(text[:at]) and cl.verb is not None and \
                end <= cl.toks[cl.verb].start < a and re.search(r"(?i)\b(?:in|during)\s+$", text[:at]):
            return None  # "A ceasefire agreed in 2024 expires on 30 September": the subject's own phrase's year
        if _IN_YEAR_OPENING.fullmatch(text[:at]) or cl.start <= at and not re.search(r"[,;:()–—]", text[end:a]):
            # (not a year set off before it: "The Friends, a group founded in 2015, said members would meet the
            # council on 24 March" meet this March)
            return int(d.date[:4])
        return None


# "X said the plant would close": a reported clause with its "that" left out, its own subject and a modal
_SAID_WILL = re.compile(r"^(?:[A-Z][\w’'.-]*(?:\s+[\w’'.,-]+){0,7}?)\s+(?:said|says|announced|confirmed|added)\s+"
                        r"(?:(?:on|last|this|late|early)\s+[A-Z]?[a-z]+\s+)?"
                        r"(((?:the|a|an|its|their|his|her|[A-Z][\w’'-]*|[a-z]{3,}[^s\W]s))(?:\s+[\w’'-]+){0,6}?\s+(?:will|would|is\s+to|"
                        r"are\s+to)\s+[a-z].*)$")
# "Brightwater said it would …", "The regulator said it would …": a named body reporting what it will do itself (a person
# is never "it"; "The company said it would …" stays unasked, since only the article says which company)
_BODY_SAID_IT = re.compile(r"(?P<who>(?:The\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w’'&.-]*){0,5})\s+"
                           r"(?:said|says|announced|confirmed|added)\s+(?:(?:on|last|this|late|early)\s+[A-Z]?[a-z]+\s+)?"
                           r"it\s+(?P<rest>(?:will|would|is\s+to)\s+[a-z].*)$")
# "the family would hold …": a bare "the" and one common noun, whose referent only the article gives
_BARE_THE_NOUN = re.compile(r"[Tt]he\s+[a-z][\w’'-]*\s+(?:will|would|is\s+to|are\s+to)\s")
_MODAL_BEFORE = re.compile(r"\b(?:said|says|announced|confirmed|added)\b.*\b(?:will|would|is\s+to|are\s+to)\b")


# After a date, the verb of the clause a relative ended in: "… that X set last year had pushed …"
_OUTER_VERB_NEXT = re.compile(r"\s*(?:had|has|have|was|were|is|are|will|would|could|can|may|might|must)\s")
# a noun (a lower-case word after an article or a possessive) right before "that"
_NOUN_BEFORE_THAT = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|these|those)\s+(?:[a-z-]+\s+)?([a-z]+)\s+that$",
                               re.IGNORECASE)


# "…, with the deadline expiring on Friday": an absolute phrase, its own subject and its -ing verb before the date
_WITH_DOING = re.compile(r"(?:^|[,;]\s*|\s)with\s+((?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,4}?)"
                         r"([a-z]{3,}ing)\b[^,;.!?“”\"]{0,60}$")
_HAPPENS = _SCHEDULE_BARE | _DONE_AT_ONCE | {"expire", "lapse", "arrive", "fall", "kick", "take", "come", "launch",
                                             "conclude", "expire", "shut", "close", "finish", "happen"}


# "is set for", "has been called for": an arrangement for the date, in the present (one made and kept; "was
# scheduled for" may have been called off)
# "set the trial to begin on", "fixed the hearing to start in": the object's infinitive dated (its verb a plain one)
_SET_TO = re.compile(r"\b(?:set|fixed|scheduled|timetabled)\s+(?P<obj>(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){0,3}?"
                     r"[a-z][\w’'-]*)\s+to\s+(?P<vp>(?:begin|start|open|end|finish|close|resume|take\s+place|be\s+held|"
                     r"run|reopen|conclude)(?:\s+[a-z][\w’'-]*){0,4}?)\s+(?:on|in|at|from)?\s*$")
# "has called a snap general election for 12 July", "scheduled a vote for 3 June": what is called takes place then
_CALLED_FOR = re.compile(r"\b(?:called|set|scheduled|fixed|arranged|booked|announced)\s+(?P<obj>(?:a|an|the)\s+"
                         r"(?:[a-z][\w’'-]*\s+){0,3}?(?:election|vote|ballot|referendum|poll|strike|walkout|hearing|"
                         r"meeting|debate|inquiry|inquest|trial|summit|conference|sale|auction|launch|review|"
                         r"consultation|match|final|race)(?:\s+(?:on|over|into)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*)?)"
                         r"\s+for\s+$")  # ("called a referendum on independence for 18 October": what it is on, too)
# a noun phrase and a participle of arranging after its comma, right before the date: "the next round of talks,
# scheduled for", "a second reading, set for" (the noun phrase opens on an article, a number word or "next")
_NOUN_SET_FOR = re.compile(r"\b(?P<np>(?:the|a|an)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+),\s+(?:now\s+|provisionally\s+|"
                           r"tentatively\s+)?(?:scheduled|set|planned|fixed|pencilled\s+in|slated)\s+(?:for|on)\s+$")
# "a second phase", "a third round": a thing of a numbered series, the one the series' number names
_ORDINAL_A = re.compile(r"^(?:a|A)\s+(?=(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s)")
_SET_FOR = re.compile(r"\s(?:is|are|has\s+been|have\s+been)\s+(?:now\s+|also\s+|provisionally\s+|tentatively\s+)?"
                      r"(?:set|scheduled|called|planned|fixed|slated|listed|booked|timetabled|pencilled\s+in|"
                      r"penciled\s+in)\s+(?:for|from)\s+", re.IGNORECASE)


def _gerund_of(word: str) -> str | None:
    """'closing' -> 'close', 'opening' -> 'open', 'running' -> 'run': the base form of an -ing verb of something
    that happens on a day (a deadline, an opening, a vote), or None."""
    return next((base for base in _ing_bases(word) if base in _HAPPENS), None)


def find_dates(article: Article, published: date | None = None,
               pace: Pacer | Callable[[], None] | None = None) -> list[DatedEvent]:
    """Dated events in text order; page furniture, credits, bylines and time stamps are skipped. `pace` hears
    of each sentence read (see pacing.py), so a Cancel raised from its checkpoint stops a long article here."""
    pace = pacer(pace)
    out: list[DatedEvent] = []
    last_day: tuple[str, str | None] | None = (published.isoformat(), "day") if published else None
    last_any: tuple[str, str | None, int] | None = None
    last_day_at: int | None = None
    last_day_par: int | None = None  # the paragraph that named last_day
    story: tuple[str, str | None, int] | None = None
    epoch: tuple[str, str | None, int] | None = None
    written_year: int | None = None  # the last year the story wrote out, for "on 6 December that year"
    credited = set()
    for s in article.sentences:
        pace(len(s.text) // 4)
        if _CREDIT.search(s.text):
            credited.add(s.paragraph)
    # Words the article writes in lower case, and capitalised words not at a sentence start: read a paragraph
    # at a time (a word never crosses one), so a Cancel is heard while a long article is read.
    lower, upper = set(), set()
    for a, b in article.paragraphs:
        pace(b - a)
        lower.update(_LOWER_WORD.findall(article.body, a, b))
        upper.update(_UPPER_WORD.findall(article.body, a, b))
    lower_words, upper_words = frozenset(lower), frozenset(upper)
    # a story that speaks of a fiscal year counts its quarters from that year's start, which it may
    # not give: "the end of the third quarter" is then no calendar date
    fiscal = bool(_FISCAL_WORDS.search(article.body))
    for n, sent in enumerate(article.sentences):
        pace(len(sent.text) * DATE_COST)
        filed = _WIRE_DATELINE.match(sent.text) if sent.furniture and published else None
        if filed:
            # "PORT HALLAM, June 11 (Tidewater News) -": the day the report was filed, true but no question
            mon, day = _month_no(filed.group(1)), int(filed.group(2))
            if _valid(published.year, mon, day):
                y = _year_for(mon, day, published, "past")
                out.append(DatedEvent(_iso(y, mon, day), filed.group().split(",", 1)[1].split("(")[0].strip(),
                                      "The report was filed", sent.text, "day", sent.start + filed.start(1), False,
                                      "past"))
            continue
        if is_page_line(sent):
            continue
        text = sent.text
        caption = _is_caption(sent, credited) and not _CREDIT.search(text)
        listed = _LIST_ITEM.match(text)
        dateline = _INLINE_DATELINE.match(text) if n < 6 else None
        taken: list[tuple[int, int]] = []
        found: list[DatedEvent] = []
        matches = []
        for kind, rx in _PATTERNS:
            for m in rx.finditer(text):
                a, b = m.span()
                phrase = m.group().strip()
                if not phrase:
                    continue
                a = a + (len(m.group()) - len(m.group().lstrip()))
                if any(a < y and b > x for x, y in taken):
                    continue
                if kind == "month" and m.group(2) == "May" and not m.group(3) and not m.group(1) and \
                        not _MAY_CONTEXT.search(text[:a]):
                    continue
                if kind == "month" and m.group(2) == "March" and a == 0 and not m.group(3):
                    continue
                if kind == "month" and m.group(2)[:1].islower():
                    continue  # "may", "march" as words
                if kind == "relative" and phrase.lower() in ("this day", "this season"):
                    continue
                if kind == "inseason" and phrase.lower().endswith(("spring", "summer", "autumn", "fall")):
                    nxt_word = re.match(r"\s+([a-z]{3,})\b(?!-)", text[b:])
                    if nxt_word and nxt_word.group(1) not in _CUT_BEFORE | _FUNCTION_END | _SPAN_NOUNS and \
                            not nxt_word.group(1).endswith("ly") and \
                            _verb_kind(_tokens(text[a:b] + " " + nxt_word.group(1)), len(phrase.split())) is None:
                        continue  # "will be considered in the spring budget": the season names the budget, no date
                if kind == "day" and phrase[:1].isupper() and a > 0 and re.match(r"\s+[A-Za-z]", text[b:]):
                    continue  # "the Today programme" is a name, not a day
                if kind in ("dmy", "mdy") and re.match(r"\s*(?:%|per\b|million|billion|bn|m\b)", text[b:]):
                    continue
                if kind == "year" and (re.search(r"\d[\s-]+$", text[:a]) or re.match(r"[\s-]+\d", text[b:]) or (
                        re.match(r"\s+[a-z]+s\b", text[b:]) and not re.match(r"\s+(?:was|is|has|as)\b", text[b:]) and
                        not re.search(r"(?:\b(?:a|an|the|its|his|her|their|our|this|that|in|since|of|by|from|until|"
                                      r"for)|[’']s)\s+$", text[:a], re.IGNORECASE))):
                    continue  # "0800 2020 2021", "2019 people": numbers, not years
                if kind == "year" and re.match(r"\s+[a-z]", text[b:]) and re.search(r"\b[a-z]+\s+$", text[:a]):
                    before_word = _tokens(text[:a])[-2:]
                    nxt_word = text[b:].split()[0]
                    if before_word and _verb_kind(before_word, len(before_word) - 1) in _FINITE and \
                            nxt_word not in _CUT_BEFORE | _FUNCTION_END or nxt_word.rstrip(".,;") in _COUNT_NOUNS:
                        continue  # "which employs 2019 people"
                if kind == "qbound" and (fiscal or re.match(r",\s+which\b", text[b:])):
                    continue  # "the end of the third quarter, which for the group means …": its own quarters
                if kind == "then" and re.match(r"\s+of\b", text[b:]):
                    continue  # "at the time of writing"
                if kind == "then" and _CLAUSE_AFTER.match(text[b:]) and re.search(r"[a-z]\s+$", text[:a]):
                    continue  # "38 were dead at the time the claim was made": the time of its own clause
                if kind == "weekday" and not m.group(1) and m.start(2) > 0 and (
                        _NAME_BEFORE.search(text[:m.start(2)]) or
                        re.match(r"\s+(?!(?:" + _MON[1:-1] + r")\b)[A-Z][a-z]", text[m.end(2):]) and
                        re.search(r"\b(?:the|a|an)\s+$", text[:m.start(2)], re.IGNORECASE)):
                    continue  # "the Good Friday Agreement", "The Sunday Times", "Black Friday": names
                if kind == "weekday" and not m.group(1) and not m.group(3) and \
                        re.match(r"\s+(?!night|morning)[a-z]{3,}(?<!ing)\b", text[b:]) and \
                        _verb_kind(_tokens(text[b:].split()[0]), 0) is None and \
                        text[b:].split()[0].lower() not in _CUT_BEFORE | _FUNCTION_END and \
                        not re.search(r"\b(?:the|this|last|next|that)\s+$", text[:a], re.IGNORECASE):
                    continue  # "Saturday editions", "Sunday trading": every such day, not one date
                if kind in ("weekday", "month", "holiday") and not (kind == "month" and m.group(1)) and (
                        _EVERY_BEFORE.search(text[:a]) or _HABIT_AFTER.match(text[b:]) or
                        kind == "weekday" and not m.group(1) and not m.group(3) and _GERUND_AFTER.match(text[b:]) and
                        (_PREP_OR_THE_BEFORE.search(text[:a]) or _GERUND_ENDS.match(text[b:]))):
                    continue  # "every Saturday", "on Friday nights", "the April mornings", "at Sunday working": a habit
                if kind == "offset" and re.match(r"\s+than\b", text[b:]) and re.search(r"(?i)(?:earlier|later)$", phrase):
                    continue  # "two years later than planned", "a year earlier than required": a comparison, no date
                if _BASELINE_AGO.match(phrase) and _FIGURE_BEFORE.search(text[max(0, a - 60):a]):
                    continue  # "fallen to 40, from 65 a year ago": the figure's baseline, no event of its own
                itself = re.match(r"\s+itself\b", text[b:])
                if itself and kind in ("weekday", "day", "dmy", "mdy", "month", "holiday"):
                    b += itself.end()  # "on Monday itself", "today itself": the day, stressed
                    phrase = text[a:b]
                taken.append((a, b))
                matches.append((a, b, kind, m, phrase))
        matches.sort(key=lambda x: x[0])
        spans = [(x[0], x[1]) for x in matches]
        for j, (a, b, kind, m, phrase) in enumerate(matches):
            prep = _prep_of(text, a, phrase)
            cl = _clause(text, a, b)
            tense = cl.tense
            if tense == "nearest" and cl.plain == "nearest" and kind == "weekday":
                tense = "future"  # "the river was expected to peak on Tuesday", said on Monday: a reported forecast
            due = re.search(r"\b(?:is|are|'s|'re)\s+(?:(?:now|still)\s+)?(?:due|expected|scheduled|set)\s+$",
                            text[max(0, a - 30):a], re.IGNORECASE)
            if kind == "inspan" and not due and (tense != "future" or _quoted(text, a) and cl.verb is None):
                continue  # "was built in two weeks", "prices rise 5% in a year": a duration
            if kind == "inspan" and _RANKED_IN.search(text, cl.start, a):
                continue  # "the third school to face closure in two years": a span looked back over, no date ahead
            if tense == "ahead":
                # a weekday inside the infinitive of an offer, a threat or a plea ("offered to meet the unions on
                # Friday") is the day of the meeting, not yet come: the coming one; after a decision ("decided to
                # speak out on Monday") it is done on the day, and a weekday naming a noun ("decided to weigh in
                # on Thursday's fight") keeps the verb's tense; a month or a day of the month is the nearest one
                not_yet = cl.verb is None or _lemma(cl.toks[cl.verb].low) not in _DONE_AT_ONCE
                tense = ("future" if not_yet and not _adjectival(text, a, b, kind, _prep_of(text, a, phrase))
                         else cl.plain) if kind == "weekday" else "nearest"
            if tense == "past" and kind in ("dmy", "mdy") and not re.search(r"\d{4}", phrase) and \
                    prep not in _UNTIL_SINCE and _present_perfect(cl):
                # "a strike has been called from 23 March": the present perfect takes no day of its own, so the day
                # is what was arranged, perhaps still to come: the nearest one
                tense = "nearest"
            how = tense
            if caption and tense == "present":
                how = "past"  # "Pickets stand at the gate on Monday": a caption's present tells of the photo
            if prep in ("until", "till", "by", "through", "before", "ahead of") and tense != "future":
                # "a pause until June": a bound looks ahead from whenever it was set; one awaited now ("a decision is
                # expected by the end of December", "stays in dock until the end of March"), from now; a habit ("the
                # CDC recommends a jab by the end of October") is every year's, so the nearest
                how = "future" if tense == "present" and not caption and kind in ("bound", "month") and \
                    _AWAITED.search(text[cl.start:a]) else None
                said = text[cl.start:a] + (phrase[:len(prep)] + " " if phrase.lower().startswith(prep + " ") else "")
                if prep in ("until", "till") and not caption and _HAVE_UNTIL.search(said):
                    # ("until Friday" is read with its preposition, "until 30 May" without)
                    how = "future"  # "tenants have until January to accept": the time left runs from now
            if kind in ("month", "dmy", "mdy") and tense == "present" and not caption and \
                    not _A_YEAR.search(phrase) and _COMES_ON.search(text[cl.start:a]):
                how = "future"  # "the offer lapses in January", "the deadline is 3 February": a timetable in the present
            if listed and kind in ("dmy", "mdy", "month", "holiday", "weekof") and tense != "future":
                # "- 13 April: responses shared": a timetable's line has no tense to go by, so the nearest, and the
                # event is ahead or behind as the date falls
                how, tense = None, "nearest"
            if _PUT_ON.search(text[:a]) and \
                    kind in ("dmy", "mdy", "nthday", "holiday") and cl.verb is not None and \
                    _RESCHEDULE.match(cl.toks[cl.verb].low) and tense != "future":
                how = None  # "set a hearing for April 17", "has moved four games from 11-12 April": the nearest
            if kind in ("dmy", "mdy", "nthday", "holiday") and tense != "future" and _DEFERRED_TO.search(text[:a]):
                how = None  # "asking for the deadline to be put back until after an inspection on 6 July": the nearest
            if prep == "on" and re.search(r"(?i)\b(?:days?|weeks?)\s+(?:left|to\s+go)\s+(?:until|till|before)\s+"
                                          r"(?:[\w’'-]+\s+){1,5}$", text[:a]):
                how = "future"  # "nine days left until polling day on 14 March": counted down to, so ahead
            if _adjectival(text, a, b, kind, prep):
                # a date that names a noun: "a scheduled Jan. 2 vote" is ahead, "ahead of Friday's vote" too;
                # otherwise a day and month take the nearest, a weekday the clause's tense
                if re.search(r"\b(?:scheduled|planned|upcoming|proposed|coming|expected|next)\s+$",
                             text[max(0, a - 20):a], re.IGNORECASE) or prep in ("ahead of", "before"):
                    how = "future"
                elif prep in ("after", "since", "following"):
                    how = "past"
                else:
                    # "agreed to comment on Friday's vote": the noun's date is not after the decision
                    how = (cl.plain if tense == "nearest" else tense) if kind == "weekday" else None
            near = last_any[:2] if last_any and n - last_any[2] <= 2 else None
            near3 = (found[-1].date, found[-1].precision) if found and found[-1].precision else \
                story[:2] if story and n - story[2] <= 3 else None  # a date just before in the sentence first
            near_day = last_day if last_day_at is not None and n - last_day_at <= 3 else None
            if kind == "time" and len(matches) > 1:
                continue  # "at 10pm on Tuesday": the time only sharpens the other date
            previous = near if kind in ("then", "samelast") else near_day if kind == "sameday" else last_day
            if kind == "time":
                previous = _clock_day(last_day, published, tense, last_day_par == sent.paragraph)
            if kind in ("thatunit", "ordday", "wdord", "follmon", "fewdays") or \
                    kind == "offset" and _COUNTED_ON.search(phrase) or kind == "relative" and _FOLLOWING.search(phrase):
                previous = near3  # "the following month", "18 months later": the story's last date, if near
            if kind == "follwd":
                previous = (found[-1].date, found[-1].precision) if found and found[-1].precision == "day" else near_day
            if kind == "ordday" and not previous:
                # "presses ahead on the 16th" after "on March 16" further up: the day the story already named
                same = [e for e in reversed(out) if e.precision == "day" and e.date[8:10] == f"{int(m.group(1)):02d}"]
                if same:
                    previous = (same[0].date, same[0].precision)
            if kind == "thatunit" and not previous and epoch and n - epoch[2] <= _EPOCH_REACH:
                previous = epoch[:2]  # "in the spring of that year", well after the story's full date
            if kind == "thatunit" and j and matches[j - 1][2] in ("dmy", "mdy", "month") and \
                    _THAT_YEAR.match(text[matches[j - 1][1]:]):
                continue  # "on 6 December that year": one date, its year read with the day
            if kind == "thatunit" and phrase[:4].lower() == "that" and (
                    _SAYS_THAT.search(text[:a]) or _VERB_NEXT.match(text[b:])):
                continue  # "said that March was the wettest": "that" opens a clause
            value, precision = resolve(kind, m, text, published, how, prep, previous)
            if kind in ("dmy", "mdy", "month") and written_year and precision in ("day", "month") and \
                    not _A_YEAR.search(phrase) and _THAT_YEAR.match(text[b:]):
                # "the river peaked on 6 December that year": the year the story last wrote out
                value, precision = _safe(written_year, int(value[5:7]), int(value[8:10])) if precision == "day" else \
                    (_iso(written_year, int(value[5:7])), "month")
            in_year = _year_of_clause(text, cl, a, found, sent.start) if kind in ("dmy", "mdy", "month", "weekof") and \
                precision in ("day", "month") and _ISO_VALUE.match(value) and not _A_YEAR.search(phrase) and not (
                kind == "month" and (m.group(1) or "").lower() in ("this", "last", "next", "this past", "the past")) \
                else None
            if in_year:
                # "In 2019 the pool closed in March and reopened in June": the year the clause names is the month's
                value, precision = _safe(in_year, int(value[5:7]), int(value[8:10])) if precision == "day" else \
                    (_iso(in_year, int(value[5:7])), "month")
                if tense in ("nearest", "present"):
                    tense = "future" if published and value > published.isoformat()[:len(value)] else "past"
            in_epoch = False
            if epoch and published and n - epoch[2] <= _EPOCH_REACH and kind in _YEARLESS and precision in (
                    "day", "month") and how != "future" and tense != "future" and not _A_YEAR.search(phrase) and \
                    int(epoch[0][:4]) <= published.year - _EPOCH_AGE and not (
                    kind == "month" and (m.group(1) or "").lower() in ("this", "last", "next", "this past", "the past")):
                # "On October 12, 1976, the machinists walked out. … On December 3 the company offered 8%": a story
                # told in a long-past year goes on in it, so a day or month without a year is the next one after
                # the last such date, not the one before publication
                y = int(epoch[0][:4])
                mmdd = value[4:]
                y += 1 if mmdd < epoch[0][4:len(value)] else 0
                value = _nth_day(y, int(mmdd[1:3]), WEEKDAYS.index(m.group(2).lower()), m.group(1)) \
                    if kind == "nthday" else f"{y:04d}{mmdd}"
                in_epoch = True
            if kind == "month" and not m.group(1) and not m.group(3) and found and published and \
                    precision == "month" and _A_YEAR.search(found[-1].as_written) and \
                    _ISO_VALUE.match(found[-1].date) and int(found[-1].date[:4]) < published.year and \
                    _THEN_ON.fullmatch(text[found[-1].start - sent.start + len(found[-1].as_written):a]):
                # "first listed for the spring of 2017, then moved to October": the October after, not this year's
                y0, mon = int(found[-1].date[:4]), int(value[5:7])
                later = len(found[-1].date) >= 7 and mon < int(found[-1].date[5:7])
                value = _iso(y0 + (1 if later else 0), mon)
            if kind == "day" and published and phrase.lower() in _SAME_DAY and last_day and \
                    last_day[0] < published.isoformat() and _said_after_the_event(article, sent.start + a):
                value, precision = last_day  # "Today I just kept it simple," said after Sunday's match: that Sunday
            if precision == "day" and kind not in _POINTS_BACK:
                precision = fixed_precision(phrase, precision, value)
            if tense == "nearest":
                # no tense of its own: the event is ahead or behind as the date fell
                tense = "future" if precision and published and value[:10] > published.isoformat()[:len(
                    value[:10])] else "past"
            if kind in ("then", "sameday", "thatunit", "ordday", "fewdays", "follmon") and not precision:
                continue  # "at the time", "the next day" with nothing just before them to point at
            if found and precision and (found[-1].date, found[-1].precision) == (value, precision) and \
                    re.fullmatch(r"\s*[(,]\s*", text[found[-1].start - sent.start + len(found[-1].as_written):a]):
                continue  # "Today (March 8)": one date written twice
            # dates joined to this one by "and"/"or" go with it ("last year and this year")
            drop = [spans[k] for k in (j - 1, j + 1) if 0 <= k < len(spans) and
                    re.fullmatch(r"\s*(?:and|or|,)\s*", text[min(spans[k][1], b):max(spans[k][0], a)] or "x")]
            if prep == "from" and j + 1 < len(spans) and re.fullmatch(r"\s*(?:to|until|till)\s*", text[b:spans[j + 1][0]]):
                drop.append((b, spans[j + 1][1]))  # "will close from 1 June to 31 August": the span's end goes too
            # "crews were called at 3am on Tuesday": the clock time only sharpens the day, so it leaves the event too
            drop += [(x, y) for x, y, k, _m, _p in matches if k == "time" and kind != "time" and (x, y) not in drop]
            adjectives = frozenset((x, y) for x, y, k, _m, p in matches
                                   if _adjectival(text, x, y, k, _prep_of(text, x, p)))
            event = _event_text(text, cl, a, b, drop, adjectives)
            if _IN_WHOSE.search(text[max(0, a - 80):a]):
                event = _whose_event(event)
            own = _own(text, cl, kind, a, b, prep)
            if own and kind in ("month", "weekday", "day", "relative") and j and matches[j - 1][2] == "year" and \
                    not text[matches[j - 1][1]:a].strip() and _NESTED_IN_BEFORE.search(text, 0, matches[j - 1][0]):
                own = False  # "lowest since records began in 1961 this August": the month is not the nested clause's
            gerund_made = False
            if cl.gerund and not _quoted(text, a) and prep not in _NOT_OWN_PREP:
                rebuilt = _gerund_event(text, cl, a)
                if rebuilt:
                    event, own, gerund_made = rebuilt, True, True
            aside = _ASIDE_PARTICIPLE.match(text[:a]) if not _quoted(text, a) else None
            if aside and _ASIDE_ENDS.match(text, b):
                # "Brightwater, founded in 1952 as a farmers' cooperative, employs 4,300 people": the date is the
                # founding's, set off between the subject and its verb, never the present state's
                event, own = f"{aside.group('subj')} was {' '.join(aside.group('pp').split())}", True
            if own and any(_GAPPED.fullmatch(text[min(spans[k][1], b):max(spans[k][0], a)])
                           for k in (j - 1, j + 1) if 0 <= k < len(spans)):
                own = False  # "took delivery of its first in 2019 and its last in May": two events, one verb
            if own and re.fullmatch(r"[A-Z][a-z]+ing\b.*\s(?:he|she|they|we|I)\s+[a-z]+", event):
                own = False  # "after recovering from the injury he suffered in mid-March": the date is the relative's
            cleft = re.match(r"(?i)it\s+(?:was|is|will be|had been)\s+(?:on|in|at|during|by)?\s*$", text[:a].lstrip(
                "\"“ ")) and re.match(r",?\s+that\s+(.+?)[.!?\"”]*$", text[b:])
            if cleft:
                # "It was on Monday that the first cracks appeared": the that-clause is what happened
                event, own = _shorten(_trim_tail(cleft.group(1)[:1].upper() + cleft.group(1)[1:])), True
            elif re.match(r"(?i)it\b", cl.subject.strip()) and re.match(r"\s*that\b", text[cl.end:]) and \
                    cl.verb is not None and cl.first_verb and not _quoted(text, a) and prep not in _NOT_OWN_PREP:
                own = True  # "It emerged on Tuesday that ...": the 'it' stands for the that-clause
            tagged = None if _quoted(text, a) else _speech_tag_event(text, a, b, lower_words, upper_words)
            if tagged:
                event, own, tense = tagged, tagged.split()[0].lower() not in _PRONOUNS, "past"
            k0 = next((i for i, t in enumerate(cl.toks) if t.start == cl.start), None)
            relative = cl.opener in _RELATIVES or (cl.opener == "that" and k0 is not None and k0 + 1 < len(cl.toks)
                                                   and _verb_kind(cl.toks, k0 + 1) in _FINITE)
            if relative and k0 is not None:
                name = _antecedent(text, cl.start)
                k1 = k0 + 1
                while k1 < len(cl.toks) and re.fullmatch(r"[a-z]+ly|also|still|then|now|later", cl.toks[k1].low):
                    k1 += 1
                subject_rel = k1 < len(cl.toks) and _verb_kind(cl.toks, k1) in _FINITE
                body = re.sub(r"(?i)^(who|which|whom|that)\s+", "", event)
                if name and cl.opener == "whose" and re.match(r"(?i)whose\s+\w", event):
                    # "Ms Lund, whose crew have not raced since March": "Ms Lund's crew have not raced"
                    apos = "’" if "’" in article.body else "'"
                    poss = name + (apos if name.endswith("s") else apos + "s")
                    event = _shorten(poss[:1].upper() + poss[1:] + " " + event.split(None, 1)[1])
                    own = False
                elif name and subject_rel:
                    person_of = _PERSON_AFTER_OF.search(name) if cl.opener == "who" else None
                    if person_of:
                        name = person_of.group(1)  # "the death of Jo Bell, who fell from …": "who" is a person's,
                        # Jo Bell's, never the death's ("did the death of Jo Bell fall …?")
                    event = _shorten(name[:1].upper() + name[1:] + " " + body[:1].lower() + body[1:])
                    # "the owner of the barge that capsized": the barge or its owner? Not sure enough to ask when
                    # (after ", which" the head is meant more often: "the merger of the chains, which became final")
                    own = _own(text, cl, kind, a, b, prep, subject=name) and not (
                        cl.opener == "that" and _OF_THE.search(name)) and not _AMOUNT_MOVES.search(name + " " + body) \
                        and not (re.match(r"(?i)an?\s", name) and not _ONSET_AHEAD.match(body[:1].lower() + body[1:]))
                    # "after a count that ran into Friday": which count? But "agreed a truce that will take effect on
                    # 18 March": the thing the sentence brings in starts on the date, still ahead ("The truce will …")
                    if own and re.match(r"(?i)an?\s", name):
                        event = "The " + event.split(None, 1)[1]
                    # ("a review of the reservoir's levels, which fell to a record low": levels fall, reviews do not)
                elif name and re.search(r"\w+ed$|\b(?:" + "|".join(_IRREGULAR_PAST) + r")$", body):
                    # "the plan, which the board approved in May" -> "The board approved the plan"
                    event = _shorten(body + " " + name[:1].lower() + name[1:])
                    event = event[:1].upper() + event[1:]
                else:
                    own = False
                    event = body[:1].upper() + body[1:]
            passive = None if relative or tagged or cleft else _passive_event(cl.toks, cl.verb, a, cl.start)
            if passive:
                # "against the fee set by the harbour board in May": "The harbour board set the fee"
                event = _shorten(passive[0][:1].upper() + passive[0][1:])
                own = not _quoted(text, a) and prep not in _NOT_OWN_PREP and not caption and \
                    passive[1].lower() not in _PRONOUNS
            k2 = (k0 or 0) + 1
            while k2 < len(cl.toks) and re.fullmatch(r"[a-z]+ly|also|then|now", cl.toks[k2].low):
                k2 += 1
            verb_first = k2 < len(cl.toks) and _verb_kind(cl.toks, k2) is not None
            shared = _conjunct_subject(cl.toks, k0) if cl.opener in ("and", "but") and verb_first and \
                k0 is not None and not cl.subject.strip() else None
            if shared:
                # "the club had promised to pay and would repaint it in a year's time": the first verb's subject
                body = _LEADING_JUNK.sub("", event)
                event = _shorten(shared[:1].upper() + shared[1:] + " " + body[:1].lower() + body[1:])
                own = own or _own(text, cl, kind, a, b, prep, subject=shared)
            elif not cl.subject.strip() and cl.opener and not relative and cl.start > 0 and verb_first:
                own = False  # "since privatised in 1995": no subject of its own; tell the clause it hangs on
                outer = _clause(text, cl.start - 1, cl.start - 1)
                if outer.start < cl.start:
                    event = _event_text(text, outer, min(cl.start, outer.end), min(cl.start, outer.end))
            he_she = -1
            if not own and not (caption or tagged or cleft or relative or passive or shared) and \
                    _HE_SHE_FIRST.match(event) and _own(text, cl, kind, a, b, prep, subject="someone"):
                said = _HE_SHE_SUBJECT.fullmatch(cl.subject.lower())
                if said:  # the date is the event's own but for its subject: "she died on Friday"
                    at = _HE_SHE.search(text[cl.start:])
                    he_she = sent.start + cl.start + at.start() if at else -1
            if he_she < 0 and not (caption or tagged or cleft or relative or passive or shared) and \
                    not _quoted(text, a):
                life = _life_event(text, a, event, own)
                if life:  # "Her family said she died on Tuesday", "Born in Valdora in 1937, she moved …"
                    event, at, own, tense = life
                    he_she = sent.start + at if at >= 0 else -1
            event = _SOURCE_ASIDE.sub("", event)  # "rose to 6.1 million, official figures published on Thursday
            # show": the source's day is no second date of the event
            if len(matches) > 1:
                if he_she >= 0 and not _one_date_per_event(event, True, a, matches, bool(tagged))[1]:
                    he_she = -1
                # (a speech tag's day dates the saying, whatever dates the words it reports carry)
                event, own = _one_date_per_event(event, own, a, matches, bool(tagged))
            if own and not gerund_made and _UNNAMED_OTHER.search(event):
                own = False  # "a jury convicted him", "a plaque in her memory was unveiled": whom, only the article says
            if caption or (a == 0 and text[b:].lstrip().startswith(":")):
                own = False  # a photo's date, a subhead's label ("Monday: the clean-up begins"): not asked
            if listed and not _LIST_LABEL.match(text) and not (
                    own and cl.first_verb and tense == "past" and re.match(r"(?:The\s+)?[A-Z][\w’'-]*(?:\s+\S+)+$",
                                                                      cl.subject.strip())):
                # (a live page's key point, "- The central bank devalued the krell at 7.30am", is a whole event)
                own = False  # "- Berry Medley, 90g, best before 28 September": a list's entry, no event of its own
            if own and _AWAITED_THING.search(text[:a]):
                own = False  # "expects a result in the early hours of the following day": the result's date, not his
            inverted = _INVERTED.match(text)
            if own and inverted and inverted.end() <= a and not re.search(r"[,;:]", text[inverted.end():a]):
                own = False  # "After Ardley come trips to Pellingham on the 15th": the subject follows its verb
            if not prep and _DATE_AS_OBJECT.search(text[:a]):
                own = False  # "the quarter, which includes Christmas": the date is what is included, no event's
            noun_date = _NOUN_PHRASE_DATE.search(text, max(0, a - 60), a) if own else None
            if noun_date and noun_date.group("noun").lower() not in _NOT_NOUN_BEFORE:
                own = False  # "a parking ban starting Friday morning", "the polls due in late 2028": the noun's date
            if in_year:
                # ("In 2019 the pool closed" asked "In what month …" keyed March 2019: the year is in the key)
                event = re.sub(r"(?i)^(?:in|during)\s+" + _YEAR + r",?\s+", "", event)
                event = event[:1].upper() + event[1:]


            if own and cl.opener == "that" and _OUTER_VERB_NEXT.match(text[b:]) and _NOUN_BEFORE_THAT.search(
                    text[:cl.start + 4]) and not _NOUN_BEFORE_THAT.search(text[:cl.start + 4]).group(1) in \
                    SAY_VERBS | _REPORTING:
                # "the quotas that some parties set for themselves last year had pushed the catch up", "the offer that
                # the company made on Monday was an insult": the date is the relative's, whose object is the noun
                # before it; the event's words would run the two verbs together. A subject relative ("the talks that
                # ended on Friday were a failure") keeps its own verb: "The talks ended"
                rest = text[b:].strip().rstrip(".!?”\"")
                if relative and rest and event.endswith(rest) and len(event) > len(rest) + 8:
                    event = event[:-len(rest)].strip(" ,")
                else:
                    own = False
            absolute = None if _quoted(text, a) or caption else _WITH_DOING.search(text[:a])
            if absolute:
                # "rejected a bid, with the transfer window closing at 11pm next Tuesday": the date is the window's
                # closing, not the rejection's; asked as what will happen when it is ahead, else not asked
                verb = _gerund_of(absolute.group(2))
                ahead = bool(published and precision and value[:10] > published.isoformat()[:len(value[:10])])
                np_words = absolute.group(1).strip()
                if verb and ahead and not _UNNAMED_OTHER.search(np_words):
                    event, own, tense = f"{np_words[:1].upper()}{np_words[1:]} will {verb}", True, "future"
                else:
                    own = False
            set_for = None if _quoted(text, a) or caption or listed or absolute else _SET_FOR.search(text, cl.start, a)
            if set_for and re.fullmatch(r"(?:the\s+)?", text[set_for.end():a]) and published and precision and \
                    value[:10] > published.isoformat()[:len(value[:10])]:
                # "The next hearing is set for 14 January", "A further strike has been called for 23 March": what is
                # arranged for the date takes place on it (the arranging is no question)
                subj = _LEADING_JUNK.sub("", text[cl.start:set_for.start()].strip(" ,"))
                if re.fullmatch(r"(?:[A-Z][\w’'-]*|the|a|an|its|their|his|her)(?:\s+[\w’'-]+){0,9}", subj) and \
                        not re.fullmatch(r"(?i)it|this|that|they|there", subj) and \
                        not re.search(r"(?i)\b(?:who|which|that|said|says)\b", subj):
                    subj = _ORDINAL_A.sub("the ", subj)  # "A second phase … is scheduled for": the second phase
                    event, own, tense = f"{subj[:1].upper()}{subj[1:]} will take place", True, "future"
            set_after = None if own or set_for or _quoted(text, a) or caption or listed or absolute or "past" in (
                tense, cl.plain) or not (
                published and precision and value[:10] > published.isoformat()[:len(value[:10])]) else \
                _NOUN_SET_FOR.search(text, max(0, a - 120), a)
            if set_after and not _PRONOUNS & {set_after.group("np").split()[0].lower()}:
                # "… at the next round of talks, scheduled for February 18 in Lindholm": the talks the comma's participle
                # arranges take place on the date, whatever the clause before did
                np_words = re.sub(r"^(?:a|an)\s", "the ", " ".join(set_after.group("np").split()))
                event, own, tense = f"{np_words[:1].upper()}{np_words[1:]} will take place", True, "future"
            arranged = None if own or _quoted(text, a) or caption or listed or absolute or set_for or relative or \
                not (published and precision and value[:10] > published.isoformat()[:len(value[:10])]) else \
                _SET_TO.search(text, cl.start, a) or _CALLED_FOR.search(text, cl.start, a)
            if arranged and not re.search(r"[,;:“”\"()–—]", arranged.group()):
                # "Judge Pellow set the trial to begin on 14 September": the trial begins then, not the setting;
                # "Reval has called a snap election for 12 July": the election takes place then
                obj = re.sub(r"^(?:a|an)\s", "the ", arranged.group("obj").strip())
                verb = arranged.groupdict().get("vp")
                event, own, tense = f"{obj[:1].upper()}{obj[1:]} will {verb.strip() if verb else 'take place'}", True, \
                    "future"
            said = None if own or caption or tagged or cleft or relative or passive or shared or absolute or set_for or \
                _quoted(text, a) or tense != "future" else _SAID_WILL.match(event)
            modal = _MODAL_BEFORE.search(text, cl.start, a) if said else None
            if said and modal and said.group(2).lower() not in _PRONOUNS and not _UNNAMED_OTHER.search(said.group(1)) \
                    and not _BARE_THE_NOUN.match(said.group(1)) \
                    and not re.search(r"[,;:“”\"()–—]", text[modal.end():a]) and prep not in _NOT_OWN_PREP and \
                    not _adjectival(text, a, b, kind, prep):
                # "The chief executive said an independent review would report in October": the reported clause's
                # own date, as with "said that …" (its "that" left out); "said it would" stays unasked (whose "it"?)
                event, own = said.group(1)[:1].upper() + said.group(1)[1:], True
            body_said = None if own or caption or tagged or cleft or relative or passive or shared or absolute or \
                set_for or _quoted(text, a) or tense != "future" else _BODY_SAID_IT.match(event)
            modal = _MODAL_BEFORE.search(text, cl.start, a) if body_said else None
            if body_said and modal and prep not in _NOT_OWN_PREP and \
                    not re.search(r"[,;:“”\"()–—]", text[modal.end():a]) and not _adjectival(text, a, b, kind, prep):
                # "Brightwater said it would hold a general meeting on 22 May": a body's "it" is the body itself
                # (its "would" is the report's tense; the meeting is still ahead: "will")
                rest = re.sub(r"^would\b", "will", body_said.group("rest"))
                event, own = f"{body_said.group('who')} {rest}", True
            if dateline and a < dateline.end():
                event, own, tense = "The report was filed", False, "past"
            event = _SEQUENCE_ADVERB.sub(r"\1 ", event)  # "Vasquez-Hale later was made a fellow": "was made"
            event = _AFTER_SPAN_ASIDE.sub("", event)  # "joined the gallery, after eleven years running …": "joined …"
            if kind == "time":
                event = _LOCAL_TIME.sub("", event)  # "devalued the krell by 12% local time": the clock's words
            found.append(DatedEvent(value, phrase, event, text, precision, sent.start + a, own, tense, he_she))
            if precision and _A_YEAR.search(phrase) and _ISO_VALUE.match(value):
                written_year = int(value[:4])
            if precision == "day":
                last_day = (value, precision)
                last_day_at = n
                last_day_par = sent.paragraph
            if precision:
                last_any = (value, precision, n)
                flashback = _HAD.search(text[cl.start:a]) or kind == "offset" and _EARLIER.search(phrase)
                says = cl.verb is not None and cl.toks[cl.verb].low in SAY_VERBS and \
                    cl.toks[cl.verb].end <= a and _TAG_GAP.fullmatch(text[cl.toks[cl.verb].end:a])
                if not tagged and not flashback and not says:
                    # the story's own time, for "the following month", "that October", "18 months later": not a
                    # speech tag's day ("she said last week"), a past perfect's or an "earlier" flashback
                    story = (value, precision, n)
                    if precision == "day" and (_A_YEAR.search(phrase) or in_epoch):
                        epoch = (value, precision, n)
        out.extend(found)
    return out
