"""Page furniture: the bits of a web page that are not the story.

Video-player notices, agency credits, bylines, "Source Article" links, editors' notes, corrections and update
notices ("This story was updated at …"), "Related:" links and newsletter pushes would otherwise turn up as facts. Captions themselves are kept: they often carry the dates of the pictured events.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# an interview's byline: "Interview by Ann Roe", "Words by Ann Roe | The Courier" (its writer asks, and says nothing)
_INTERVIEW_BYLINE = (r"^(?:[Ii]nterview|[Ww]ords|[Tt]ext|[Qq]uestions)(?:\s+and\s+\w+)? by [A-Z][\w'’.-]+"
                     r"(?: [A-Z][\w'’.-]+){0,3}(?:\s*[,|/•·]\s*.*)?$")
# a live page's or a report's team: "Live updates by Ann Roe and Tom Ray", "Reporting by Ann Roe, Tom Ray"
_TEAM_BYLINE = (r"^(?i:(?:live\s+)?(?:updates?|reporting|coverage|blog|report|edited|compiled|written|words)\s+(?:by|from))\s+"
                r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}){0,4}"
                r"\.?$")
# a byline with the writer's title before the name: "By state political reporter Ann Roe", "By our correspondent
# Ann Roe in Oslo"
_TITLED_BYLINE = (r"^[Bb]y\s+(?:(?:our|[a-z]+)\s+){0,3}(?:reporter|correspondent|editor|writer|columnist)\s+"
                  r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}(?:\s+in\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})?\.?$")
# a live page's writers with a note on each: "By Ann Roe (now) and Tom Ray (earlier)"
_NOTED_BYLINE = (r"^[Bb]y\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s*\([a-z ]{1,20}\)(?:\s*(?:,|and|&)\s*"
                 r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s*(?:\([a-z ]{1,20}\))?){1,4}\.?$")
# "By Ann Roe", "By Ann Roe and Tom Ray, Harbour Press Agency": the writers, then their paper or agency
_PLAIN_BYLINE = r"^[Bb]y [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}(?: (?:and|&) [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3})?(?:\s*[,|/•·]\s*.*)?$"
_PATTERNS = [
    r"^please use .{0,40}browser",
    r"video player",
    r"^media playback is",
    r"^source article\b",
    r"^(?:image|photo|picture|video) (?:caption|copyright|source|credit)",
    r"^picture taken\b",
    r"^(?:read|see) more\b",
    r"^(?:follow|share|subscribe|sign up|click|watch|listen)\b.{0,60}$",
    r"^advertisement$",
    _PLAIN_BYLINE,
    _INTERVIEW_BYLINE,
    _TEAM_BYLINE,
    _TITLED_BYLINE,
    _NOTED_BYLINE,
    r"\b(?:REUTERS|AFP|AP|Getty Images|PA|EPA|Shutterstock)/",
    r"(?:handout )?via (?:REUTERS|AFP|AP|Getty)\b",
    r"\bATTENTION EDITORS\b",
    r"\bTHIS IMAGE (?:WAS|HAS BEEN)\b",
    r"^\(?(?:photo|picture|image|pic)s?:\s*(?:\S+\s*){0,5}\)?$",  # a credit; a longer caption is kept
    r"^(?:copyright|©)",
    r"^(?:updated|published|last updated)\s*:?\s*\d",
    # notes about the article itself, not its story: an editor's note, a correction, an update notice
    r"^(?:editor['’]?s['’]? note|editors['’] note|note to readers|correction|clarification|update|updated)"
    r"(?:\s*\([^()\n]{1,30}\)|,\s*[^:,\n]{1,30})?\s*[:\-–—]",  # "Correction (12 March):", "Correction, March 12:"
    r"^(?:an earlier version of|a previous version of)\s+this\s+(?:story|article|report|post|piece)\b",
    r"^[*_(\[]*this\s+(?:story|article|report|post|piece|page)\s+(?:was|has been|had been|is being|will be)\s+"
    r"(?:updated|amended|corrected|changed|edited|revised|republished|first published|originally published)\b",
    r"^(?:related|recommended|more on this story|most read|top stories|also read|read also|see also)\s*[:\-–—]",
    r"\b(?:sign up|subscribe)\b.{0,60}\bnewsletters?\b",
    r"^(?:[A-Z][\w'’.-]+ ){1,3}(?:and (?:[A-Z][\w'’.-]+ ){1,3})?contributed (?:to this (?:report|story|article)|"
    r"reporting)\b",
    r"^\(?(?:additional |writing and |extra )?(?:reporting|writing|editing|compiled|produced|research) by\b",
    # a series note: "This article is part of our series on …", "This story is one of …", "Part of a series …"
    r"^(?:this|the)\s+(?:story|article|report|post|piece|interview|feature|series)\s+(?:is|was|forms)\s+(?:part|one)\s+"
    r"of\b",
    r"^(?:part|the (?:first|second|third|fourth|fifth|last|final) (?:part|instalment|installment)) of (?:a|an|our|the)\b"
    r"[^.]{0,40}\bseries\b",
    # the reference line at the foot of a science story: "The study, “…”, is published in the Journal of …",
    # "DOI: 10.1038/…", "Journal reference: …" (a story's own "was published in X on Tuesday" is past and kept)
    r"^(?:the\s+)?(?:study|paper|research|article|report|findings|review|book|analysis)\b[^\n]{0,200}?"
    r"\b(?:is|are)\s+(?:published|available|out)\s+(?:now\s+|today\s+|online\s+)?in\b",
    r"^(?:doi|https?://(?:dx\.)?doi\.org)\b|\bdoi:\s*10\.\d{3,}",
    r"^(?:(?:journal\s+)?references?|citation|cite this(?: article)?|source|sources)\s*:",
    # a live blog's time stamp and its update lines: "14:32 GMT", "12:10", "Updated at 11:40 BST", "2h ago"
    r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|PT|IST|AEST|AEDT|"
    r"local(?: time)?)?$",
    r"^\d{1,3}\s*(?:m|h|d|mins?|minutes?|hrs?|hours?|days?)\s+ago$",
    r"^(?:updated|published|posted|last updated|first published)\s+(?:at|on)\s+\d",
    # "Posted Thu 28 May 2026 at 6:12pm": a weekday before the date ("Thu" is no one's name)
    r"^(?:updated|published|posted|last updated|first published)\s*:?\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d",
    # a photo credit in its other forms: "Photograph: Jane Roe/Agency", "(Photo by Jane Roe)", "Credit: …"
    r"^\(?(?:photo(?:graph)?s?|pictures?|images?|pics?|illustrations?|credits?)(?:\s+by\b[^.]{0,60}|\s*:\s*"
    r"[^.\s/]+(?:\s[^.\s/]+){0,4}\s?/\s?[^.]{0,40})\)?$",
    # a book's or a record's details after a review or an interview: "Open Doors by Ann Roe is published by
    # Harrow Press, £20." (a price ends it; a story's own "the report is published by the institute" has none)
    r"\bis (?:published|out|released|available)\b[^.]{0,60}[£$€]\s?\d[\d.,]*\.?$",
]
# Patterns that name agencies or shout in capitals must match case; the rest ignore it.
_CASED = {_PLAIN_BYLINE, r"\bATTENTION EDITORS\b",
          r"\bTHIS IMAGE (?:WAS|HAS BEEN)\b", r"\b(?:REUTERS|AFP|AP|Getty Images|PA|EPA|Shutterstock)/",
          r"(?:handout )?via (?:REUTERS|AFP|AP|Getty)\b",
          r"^(?:[A-Z][\w'’.-]+ ){1,3}(?:and (?:[A-Z][\w'’.-]+ ){1,3})?contributed (?:to this (?:report|story|article)|"
          r"reporting)\b", _INTERVIEW_BYLINE, _TEAM_BYLINE, _TITLED_BYLINE, _NOTED_BYLINE}
_RX = [re.compile(p, 0 if p in _CASED else re.IGNORECASE) for p in _PATTERNS]


def is_furniture(sentence: str) -> bool:
    """True for a sentence that belongs to the page around the story, not to the story."""
    s = sentence.strip()
    if not s:
        return True
    letters = [c for c in s if c.isalpha()]
    if len(letters) > 12 and sum(c.isupper() for c in letters) > 0.8 * len(letters):
        return True
    return any(rx.search(s) for rx in _RX)


# A photo credit closing a caption: "(Hannah Ruiz/The Brennan Chronicle)", "REUTERS/Jane Doe".
_CREDIT = re.compile(r"\((?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*\s?/\s?[^()]{2,60}\)\s*$|"
                     r"\b[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)*/(?:Handout|REUTERS|AFP|AP|Getty|EPA|PA)\b|"
                     r"\b(?:REUTERS|AFP|AP|EPA)/|\bATTENTION EDITORS\b|\bPicture taken\b|\bvia (?:REUTERS|AFP|AP|Getty)\b")
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
# A picture's dateline: the place, then the full date with no preposition before it ("… outside Kyiv, Ukraine
# January 18, 2022."); a story sentence dates its event with one ("… signed on 3 March 2023.").
_DATELINE = re.compile(r"(?<!\bon)(?<!\bin)(?<!\bsince)(?<!\bby)(?<!\buntil)(?<!\bof)(?<!\bfrom)(?<!\bbefore)"
                       r"(?<!\bafter)[,\s]\s*(?:" + _MONTH + r" \d{1,2},? \d{4}|\d{1,2} " + _MONTH +
                       r",? \d{4})\.?\s*$")
_VIDEO = re.compile(r"video player|^media playback\b", re.IGNORECASE)


# A subheading: a short line of its own between two paragraphs of the story, with no full stop, no figure and no
# quotation ("A fight for the school", "What comes next"). It names the section below, and is no fact of the story.
_SUBHEAD = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[\w'’&-]+){0,7}")
_DAY_HEAD = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tonight|Yesterday|"
                       r"Tomorrow)\b|\b" + _MONTH + r"(?!\w)")
_ATTRIBUTION = re.compile(r"\b[a-z][\w'’-]*[ \t]+[A-Z][\w'’.-]*[ \t]+[A-Z][\w'’-]*$")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?$")
_QUOTED_HEAD = re.compile(r"[\"“‘]([^\"“”‘’]+)[\"”’]")


def is_subhead(line: str, prev: str, nxt: str) -> bool:
    """Whether `line`, a paragraph of its own, is a subheading: short, unpunctuated, with no figure, after a
    paragraph that ends a sentence (not a picture's credit or dateline, whose title line it would be) and
    before a paragraph of the story."""
    line, prev, nxt = line.strip(), prev.strip(), nxt.strip()
    quoted = _QUOTED_HEAD.fullmatch(line)
    if quoted:
        line = quoted.group(1)  # '"A course built for the athletes"': a subheading in quotation marks, a phrase of
        # the section below with no sentence's stop and no tag, is a heading still, not anyone's quotation
    if not (line and prev and nxt) or not _SUBHEAD.fullmatch(line) or line.isupper() or any(c.isdigit() for c in line):
        return False
    if _DAY_HEAD.search(line) or _ATTRIBUTION.search(line):
        return False  # a diary's "Monday" dates the paragraphs below; "Analyst Jo Reyes" names a pull quote's speaker
    if not _SENTENCE_END.search(prev) or _CREDIT.search(prev) or _DATELINE.search(prev):
        return False
    return len(nxt.split()) >= 6 and (nxt[0].isupper() or nxt[0] in "\"“‘'")


def captions(text: str, pace: Callable[[int], None] | None = None) -> list[str]:
    """The lines of an article that caption a picture or a video rather than tell the story: a line with a
    photo credit or an agency's notice, the unpunctuated line that titles the same picture under it, a line
    ending on a picture's dateline, and the unpunctuated line that titles a video after its player notice.
    Their facts are kept (the pictured event has a date), but a question made from them reads as the story's
    when it is a photo's, so no question is asked from them. `pace` hears of each line read (pacing.py)."""
    out: list[str] = []
    lines = text.split("\n")
    for i, raw in enumerate(lines):
        if pace:
            pace(len(raw))
        line = raw.strip()
        if not line or is_furniture(line) and not _CREDIT.search(line):
            continue
        prev = next((lines[j].strip() for j in range(i - 1, -1, -1) if lines[j].strip()), "")
        blank_before = i > 0 and not lines[i - 1].strip()
        unpunctuated = not re.search(r"[.!?…:;'\"’”)]$", line)
        if _CREDIT.search(line) or _DATELINE.search(line) and not re.search(r"[“”\"]", line):
            out.append(line)
        elif unpunctuated and not blank_before and prev and (_CREDIT.search(prev) or _DATELINE.search(prev)):
            out.append(line)  # the title line printed under a credited picture
        elif unpunctuated and prev and _VIDEO.search(prev):
            out.append(line)  # what a video shows, under its player's notice
    return out


# A page's masthead block, copied with the story: the writer's name on a line of its own, their job on the next
# ("Technology correspondent", "Senior Reporter, The Courier"), a "Posted Thu 12 Mar 2026 at 6:00am" or a bare
# "12 March 2026, 06:00 GMT" line, "5 min read". Each is page text around the story: the writer is never a person
# of it, and a standfirst's last word is not their label.
_JOURNALIST = (r"(?:correspondent|reporter|editor|writer|columnist|journalist|contributor|producer|presenter|"
               r"staff|reporting|desk|bureau)")
# (a sign-off naming a reporter's job; a columnist's "X is our chief football writer" names the column's own voice,
# whose argument is asked: columns.column_writer)
_REPORTER = r"(?:correspondent|reporter|journalist|editor|producer)"
_ROLE_LINE = re.compile(r"(?:[A-Z][\w'’&.-]*\s+){0,4}?(?:[\w'’&.-]+\s+){0,3}?" + _JOURNALIST +
                        r"s?\b(?:\s*(?:,|\||/|—|–|-|at|for|of)\s*(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,4})?",
                        re.IGNORECASE)
_NAME_LINE = re.compile(r"(?:[Bb]y\s+)?[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|da|di|bin|al|el)){1,3}")
_NAMES_LINE = re.compile(_NAME_LINE.pattern + r"(?:\s*(?:,|and|&)\s*" + _NAME_LINE.pattern + r"){1,3}")
_NAME_AND_ROLE = re.compile(r"(?:[Bb]y\s+)?(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*(?:,|\||/|—|–|-)\s*"
                            r"(?P<role>.+)")
_STAMP_WORD = (r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|"
               r"apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
               r"\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}|[ap]\.?m\.?|gmt|bst|utc|cet|cest|est|edt|pst|pdt|et|pt|ist|aest|"
               r"aedt|jst|at|on|ago|hours?|hrs?|mins?|minutes?|days?|read|reading|time|local|updated|published|posted|"
               r"last|first|modified|edited|on")
_STAMP_LINE = re.compile(r"(?:(?:" + _STAMP_WORD + r")(?=[\s,.|·•:/()-]|$)[\s,.|·•:/()-]*){2,14}", re.IGNORECASE)
_STAMP_MARK = re.compile(r"\d{1,2}[:.]\d{2}|\b(?:[ap]\.?m\.?|ago|read|posted|published|updated|modified)\b", re.IGNORECASE)
_POSTED = re.compile(r"(?:posted|published|updated|last\s+updated|first\s+published|modified)\b.{0,60}\d",
                     re.IGNORECASE)
_SIGN_OFF = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+(?:is|was)\s+(?:a|an|the|our)\s+"
                       r"(?:[\w'’&.-]+\s+){0,6}?" + _REPORTER + r"s?\b[^\"“”]{0,80}\.?|"
                       r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+(?:reports|reported|reporting)\s+from\s+"
                       r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\.?")


def _role_line(line: str) -> bool:
    return len(line.split()) <= 9 and not line.endswith((".", "?", "!", "\"", "”")) and bool(_ROLE_LINE.fullmatch(line))


def _stamp_line(line: str) -> str:
    """"stamp" for a time stamp that says so (a time of day, "Posted", "Updated", "3 hours ago", "5 min read"),
    "date" for a bare date line (a live blog's day heading is one too, so it counts only beside a byline), else ""."""
    if len(line) > 80 or line.endswith(("?", "!", "\"", "”")):
        return ""
    if _POSTED.match(line) and len(line.split()) <= 10:
        return "stamp"
    if not _STAMP_LINE.fullmatch(line.rstrip(".")):
        return ""
    return "stamp" if _STAMP_MARK.search(line) else "date"


def masthead(lines: list[str]) -> set[int]:
    """Which of a story's paragraphs (`lines`, in order) are its page's masthead or sign-off: in the first eight, a
    writer's job line or a time stamp, and a name line (or "Name, job") or a bare date line next to one; in the last
    three, a sign-off naming the writer's job ("Ann Roe is the Courier's technology correspondent")."""
    out: set[int] = set()
    head = lines[:8]
    kinds = []
    for line in head:
        s = line.strip()
        m = _NAME_AND_ROLE.fullmatch(s)
        stamp = _stamp_line(s)
        if stamp:
            kinds.append(stamp)
        elif _role_line(s):
            kinds.append("role")
        elif m and (_role_line(m.group("role").strip()) or _stamp_line(m.group("role").strip()) == "stamp"):
            kinds.append("named")
        elif len(s.split()) <= 10 and (_NAME_LINE.fullmatch(s) or _NAMES_LINE.fullmatch(s)):
            kinds.append("name")
        else:
            kinds.append("")
    strong = ("stamp", "role", "named")
    for k, kind in enumerate(kinds):
        near = [kinds[j] for j in (k - 1, k + 1) if 0 <= j < len(kinds)]
        if kind in strong or kind in ("name", "date") and any(n in strong for n in near):
            out.add(k)
        elif k < 5 and {kind, *near} >= {"name", "date"} and kind in ("name", "date"):
            out.add(k)  # "Jo Reyes" over "Thursday 12 March 2026" at the top: a byline and its date
    for k in range(max(0, len(lines) - 3), len(lines)):
        s = lines[k].strip()
        if k not in out and len(s.split()) <= 30 and _SIGN_OFF.fullmatch(s):
            out.add(k)
    return out
