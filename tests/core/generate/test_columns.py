"""Opinion columns, editorials and analysis pieces (columns.py): the writer's argument asked as the writer's, and no
date, order, true/false or gapped-sentence question built on the writer's asides (conditionals, rhetorical
questions, imperatives, first- and second-person narration). The three columns in `columns/` are invented: a local
transport column, a national politics editorial with no byline, a sports analysis piece under a byline."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from studyapp.core.generate.columns import (built_on_aside, column_writer, is_column, named_plan, writers_aside,
                                            year_of_a_name)
from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank

HERE = Path(__file__).parent / "columns"
PUBLISHED = date(2026, 3, 1)


def _text(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def _paras(text: str) -> tuple[str, list[str]]:
    title, body = text.split("\n", 1)
    return title, [p.strip() for p in body.split("\n\n") if p.strip()]


def _bank(name: str) -> list[dict]:
    return generate_bank(_text(name), published=PUBLISHED)[0]["questions"]


@pytest.mark.parametrize("name", ["transport", "politics", "sport", "plan"])
def test_each_invented_column_is_recognised(name):
    assert is_column(*_paras(_text(name)))


def test_a_news_story_with_a_quoted_first_person_is_no_column():
    title = "Harbour council approves ferry subsidy"
    paras = ["The Lornby harbour council voted on Tuesday to subsidise the island ferry for two more years.",
             "\"I think this is the right call,\" said the council leader, Rosa Penhale. \"We have listened.\"",
             "The subsidy will cost 1.2 million pounds a year, the council said."]
    assert not is_column(title, paras)


def test_an_interview_transcript_is_no_column():
    assert not is_column("Ten questions for a ferry captain", [
        "Q: How long have you sailed this route?", "A: I think about twenty years. I believe it is the best job.",
        "Q: Would you change anything?", "A: Let me say the timetable."])


@pytest.mark.parametrize("sentence,why", [
    ("If the authority had spent the same money on bus lanes ten years ago, Eastmoor would already have a fast "
     "service.", "conditional"),
    ("Had the coalition agreement spelled out a timetable, Ms Kroll could not now have retreated.", "conditional"),
    ("Rovers might have kept a clean sheet if Lowe had dropped his line in March.", "conditional"),
    ("Imagine what 210 million pounds could buy: forty new bus routes.", "imperative"),
    ("Let me start with the numbers from 2025.", "imperative"),
    ("Look at the first goal again: the centre-backs were standing on the halfway line.", "imperative"),
    ("Why does the authority keep choosing trams?", "question"),
])
def test_asides_are_no_events(sentence, why):
    assert writers_aside(sentence, column=False) == why


@pytest.mark.parametrize("sentence", [
    "The authority will hold a public consultation on the plan from March 2.",
    "Police asked if anyone had seen the van on Tuesday.",  # an indirect question, no conditional
    "Ifeoma Dace said the count would finish on Friday.",  # a name, not "If"
    "Think tanks in Brackley published two reports in May.",
    "Take-up of the scheme rose to 40% in 2025.",
    "\"If we had known, we would have acted,\" the mayor said on Monday.",  # quoted: the speaker's words
])
def test_reports_are_not_asides(sentence):
    assert writers_aside(sentence, column=True) == ""


def test_first_and_second_person_are_asides_only_in_a_column():
    assert writers_aside("You may think a tram is always better than a bus.", column=True) == "second person"
    assert writers_aside("We have waited since 2019 for the report.", column=True) == "first person"
    assert writers_aside("We have waited since 2019 for the report.", column=False) == ""
    # a coal mine is no first person
    assert writers_aside("The closure may be one more warning light on the dashboard.", column=True) == ""


def test_a_question_on_an_aside_is_gated_but_a_view_is_not():
    aside = "Imagine what 210 million pounds could buy."
    assert built_on_aside({"type": "typed", "prompt": "Imagine what {{210 million}} pounds could buy.",
                           "source": aside}, True) == "imperative"
    assert built_on_aside({"type": "date", "prompt": "On what date …?", "source": aside}, True) == "imperative"
    assert built_on_aside({"type": "choice", "prompt": "Who argues that the authority should spend the money on "
                           "buses instead?", "source": "I think she is wrong, and the authority should spend the money "
                           "on buses instead."}, True) == ""


def test_transport_column_asks_no_hypothetical_date_nor_gapped_imperative():
    bank = _bank("transport")
    sources = [q.get("source", "") for q in bank if q["type"] in ("date", "typed", "order")
               or q.get("topic") == "dates"]
    assert not any(s.startswith(("If ", "Imagine", "Let me", "You ")) for s in sources)
    order = [q for q in bank if q["type"] == "order"]
    assert not any("bus lanes" in item for q in order for item in q["items"])
    argues = [q for q in bank if q.get("prompt", "").startswith("Who argues that")]
    assert argues and all(q["answer"] == "Tomas Ferreira" for q in argues)


def test_sports_analysis_writer_from_its_byline_is_asked_among_people():
    paras = _paras(_text("sport"))[1]
    assert column_writer(_paras(_text("sport"))[0], paras) == "Nadia Okonjo"
    argues = [q for q in _bank("sport") if q.get("prompt", "").startswith("Who argues that")]
    assert argues, "the writer's argument is asked"
    for q in argues:
        assert q["answer"] == "Nadia Okonjo"
        assert "Gareth Lowe" in q["choices"] and len(q["choices"]) >= 3


def test_unsigned_editorial_we_urge_is_no_quoted_speakers_position():
    ex = extract(_text("politics"), PUBLISHED)
    for p in ex.positions:
        assert not p.evidence.startswith("We urge"), p
    assert not any("keep his word" in q.get("prompt", "") for q in _bank("politics"))


def test_column_sign_off_names_the_writer():
    assert column_writer("Esk lose again", ["Rovers lost again.", "Tam Oduya is the chief rugby writer of the Esk "
                                            "Gazette."]) == "Tam Oduya"
    assert column_writer("Council meets", ["The council met on Monday.", "A confiscation hearing will be held on 19 "
                                           "June."]) == ""


def test_a_news_story_under_a_byline_is_no_column():
    title = "Quarry extension approved despite petition"
    paras = ["Councillors back the Ashby Knoll extension by seven votes to four", "By Corin Waites",
             "The planning committee approved the extension on Tuesday.", "Residents said they would appeal."]
    assert not is_column(title, paras)
    assert column_writer(title, paras) == ""


@pytest.mark.parametrize("name,plan", [
    ("Clean Air Zone", True), ("Connect 2030", True), ("Fair Wages Bill", True), ("Warm Homes Scheme", True),
    ("Save Our Pier Campaign", True), ("Sunita Rao", False), ("Owen Tregar", False), ("Bill Hardy", False),
])
def test_a_named_plan_is_never_a_person(name, plan):
    from studyapp.core.generate.checks import looks_like_person
    assert named_plan(name) is plan
    assert looks_like_person(name) is not plan


@pytest.mark.parametrize("as_written,evidence,named", [
    ("2030", "Connect 2030 promised cleaner air, faster buses and new cycle lanes.", True),
    ("2040", "The Vision 2040 strategy was published last spring.", True),
    ("2030", "By 2030 the council wants every bus to be electric.", False),
    ("2019", "Passenger numbers have fallen since 2019.", False),
    ("2025", "Wenmouth Transport made a profit in 2025.", False),
    ("2024", "In March 2024 the board met again.", False),
])
def test_a_year_inside_a_name_dates_nothing(as_written, evidence, named):
    assert year_of_a_name(as_written, evidence) is named


def test_plan_column_offers_no_plan_as_person_and_no_plan_year_as_date():
    bank, _ = generate_bank(_text("plan"), published=PUBLISHED)
    assert not any(named_plan(p["name"]) for p in bank["people"])
    for q in bank["questions"]:
        assert not any(named_plan(c) for c in q.get("choices", []) if q.get("prompt", "").startswith("Who"))
        if q["type"] == "date" or q.get("topic") == "dates":
            assert q.get("answer") != "2030", q
            assert "should" not in q.get("source", ""), q  # the writer's counsel is no event
    assert writers_aside("The council should restore the Clean Air Zone in April.", column=True) == "counsel"
    assert writers_aside("The council should restore the Clean Air Zone in April.", column=False) == ""


def test_interviews_transcripts_and_quoted_first_person_are_no_columns():
    assert not is_column("A conductor on her first season", [
        "Mira Tallis became principal conductor of the Esk Philharmonic last autumn.",
        "Ahead of the tour, Tallis spoke to us about budgets and nerves. I think she enjoyed it.",
        "You have been in the job for six months. What has surprised you most?",
        "The paperwork. I think I expected rehearsals, and I believe the rest came as a shock.",
        "Is the orchestra safe now?", "Safer. Let me put it that way."])
    assert not is_column("Transcript: harbour wall", [
        "PRESENTER: Councillor, let me start with you.", "CLLR ODA: I hope so. I think the cabinet will agree."])
    # speech whose quotation marks do not pair is still speech, not the writer's narration
    assert not is_column("Ferry levy row", [
        "Mr Dace said: \"I believe the ferry levy must stay, and I think the vote will show it.",
        "The summit opens on Thursday."])


def test_a_column_sentence_leaning_on_the_one_before_is_no_gap():
    assert writers_aside("Since the start of November they have conceded 15.", column=True) == "argument"
    assert writers_aside("On a route to an estate of 3,000 homes, it is not.", column=True) == "argument"
    assert writers_aside("Since the start of November they have conceded 15.", column=False) == ""
    assert writers_aside("Its depot in Harwick closed in 2019.", column=True) == ""
    gaps = [q for q in _bank("sport") + _bank("transport") if q["type"] == "typed" and "{{" in q.get("prompt", "")]
    assert not any(" they " in q["prompt"] or " it is not" in q["prompt"] for q in gaps)
