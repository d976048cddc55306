"""Page furniture beyond credits and video notices (a science story's citation line, a wire's credit line, a live
blog's time stamps, a feature's subheadings, a series note), and clozes worth asking: a date's day is never gapped
alone, nor a figure in an aside. The articles in tests/data/furniture_more are invented."""

import datetime
from pathlib import Path

import pytest

from studyapp.core.generate.facts import extract
from studyapp.core.generate.furniture import is_furniture, is_subhead
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.questions import build_people, cloze_candidates, draft_candidates
from studyapp.core.generate.questions import Ids
from studyapp.core.generate.text import parse_article

HERE = Path(__file__).resolve().parents[2] / "data" / "furniture_more"


def _text(name: str) -> str:
    return (HERE / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("line", [
    "(Reporting by Ana Sel; Additional reporting by Piet Varo; Editing by John Drum)",
    "Editing by Mira Holt",
    "Writing by Teo Brann; editing by Jan Oort",
    "This article is part of our series on labour disputes in northern ports.",
    "This story is one of a series on rural schools.",
    "Part of a series on the coast",
    'The study, "Rapid recovery of protected reefs", is published in the Journal of Marine Ecology.',
    "The paper is published today in Coastal Science Letters.",
    "DOI: 10.1234/jme.2026.0417",
    "https://doi.org/10.1234/jme.2026.0417",
    "Journal reference: Ostrova H. et al., Marine Ecology (2026).",
    "14:32 GMT",
    "12:10",
    "9.05am",
    "Updated at 11:40 BST",
    "Last updated on 11 November 2026",
    "2h ago",
    "Photograph: Kira Lund/Marrowick University",
    "(Photo by Kira Lund)",
])
def test_more_page_furniture_is_recognised(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "The study was published in the Journal of Marine Ecology on Tuesday.",  # a dated event of the story
    "The findings were published in March, and the ministry acted within weeks.",
    "Image: The two ministers met in Geneva on Friday 21 January 2022",  # a caption, kept
    "The strike began at 6am on Monday.",
    "Reporters asked the minister about the series of strikes.",
    "Sources close to the talks said no deal was near.",
])
def test_story_sentences_stay(line):
    assert not is_furniture(line)


def test_subheadings_are_furniture_and_story_lines_are_not():
    a = parse_article(_text("feature.txt"))
    furniture = {s.text for s in a.sentences if s.furniture}
    assert {"A fight for the school", "Numbers on the rise", "What comes next"} <= furniture
    assert not any("Brenn" in s or "pupils" in s for s in furniture)


@pytest.mark.parametrize("line, prev, nxt, expected", [
    ("What comes next", "Kell said the school would open a second classroom.", "The council will decide on 2 June "
     "whether to fund the school.", True),
    ("Monday", "The strike entered its ninth day.", "The union rejected a revised pay offer from the company.", False),
    ("Ferry historian Jo Reyes", "“Since 2008 the crossing has lost money every winter.”",
     "Not everyone on the island agrees with her reading of the accounts.", False),  # a pull quote's speaker
    ("Crowds gather at the harbour", "Deckhands tie up the ferry, Westport March 3, 2023.",
     "The crew union has warned of more stoppages this week.", False),  # the title line under a picture
    ("Votes counted by 40 staff", "The count began at ten.", "Turnout was the lowest in the town's history "
     "so far.", False),  # a figure: kept
])
def test_what_is_a_subheading(line, prev, nxt, expected):
    assert is_subhead(line, prev, nxt) is expected


def test_a_citation_title_is_no_quotation():
    ex = extract(_text("science.txt"), datetime.date(2026, 5, 6))
    assert not any("Rapid recovery" in " ".join(seg.text for seg in q.segments) for q in ex.quotes)
    assert all("DOI" not in d.evidence for d in ex.dates)


def test_live_blog_time_stamps_and_a_wire_credit_line_are_no_source():
    for name in ("live.txt", "wire.txt"):
        bank, _ = generate_bank(_text(name), published=datetime.date(2026, 5, 6))
        for q in bank["questions"]:
            src = q.get("source", "")
            assert not src.startswith("(Reporting by") and "part of our series" not in src
            assert not any(src.strip() == stamp for stamp in ("14:32 GMT", "13:55 GMT", "12:10", "11:40 BST"))


def _clozes(name: str, published: datetime.date) -> list[str]:
    ex = extract(_text(name), published)
    return [c.question["prompt"] for c in cloze_candidates(ex, Ids(), build_people(ex))]


def test_a_dates_day_is_never_gapped_alone():
    prompts = _clozes("terminal.txt", datetime.date(2026, 3, 20))
    assert not any("{{14}} March" in p or "{{30}} April" in p for p in prompts)
    assert any("voted on {{14 March}} to build" in p for p in prompts)  # the whole date is the gap
    assert any("{{380,000}}" in p for p in prompts)  # a figure of the story is still gapped


def test_a_figure_in_an_aside_is_not_gapped():
    prompts = _clozes("terminal.txt", datetime.date(2026, 3, 20))
    assert not any("{{70}}" in p for p in prompts)
    ex = extract("Dam talks resume\n\nThe river, which is 410 kilometres long, feeds the farms of both valleys.\n\n"
                 "The agency (which employs 1,200 people) said the plan would cost far too much money.\n",
                 datetime.date(2026, 3, 20))
    assert not any("{{" in c.question["prompt"] for c in cloze_candidates(ex, Ids(), build_people(ex)))


def test_drafts_of_the_invented_articles_use_no_furniture():
    for name in ("science.txt", "wire.txt", "live.txt", "feature.txt"):
        ex = extract(_text(name), datetime.date(2026, 5, 6))
        for c in draft_candidates(ex, build_people(ex)):
            src = c.question.get("source", "")
            assert "DOI" not in src and "is published in the Journal" not in src
            assert src not in ("A fight for the school", "Numbers on the rise", "What comes next")


def test_a_wire_dateline_under_a_byline_is_cut_from_the_first_sentence():
    a = parse_article("Dockworkers strike\n\nBy Anna Sel\n\nPublished 3 March 2026\n\nPORT HALVER, March 3 (Wirepress) - "
                      "Dockworkers at the port walked out on Monday, demanding a 12 percent pay rise, the union said.\n\n"
                      "The union said the strike would last a week.\n")
    story = [s.text for s in a.sentences if not s.furniture]
    assert story[0].startswith("Dockworkers at the port walked out")
    assert "PORT HALVER, March 3 (Wirepress) -" in [s.text for s in a.sentences if s.furniture]


def test_a_claimed_figure_or_a_deadline_in_a_which_clause_is_still_gapped():
    ex = extract("Factory plan\n\nThe sticking point is the new plant in Orrin, which Kestel says will add 15 per cent "
                 "to its sales.\n\nThe council opened a hardship fund for tenants, which will take applications until "
                 "13 February next year.\n", datetime.date(2026, 1, 20))
    prompts = [c.question["prompt"] for c in cloze_candidates(ex, Ids(), build_people(ex))]
    assert any("{{15 per cent}}" in p for p in prompts)
    assert any("{{13 February}}" in p for p in prompts)
