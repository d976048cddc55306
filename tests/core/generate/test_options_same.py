"""No two options of a position question say the same thing (issue 14, points 2 and 6): a headline or standfirst
restating the body's demand in other words ("want a twelve per cent pay rise" beside "seeking a 12% increase in
pay"), or a union and its members holding one plan, never sit in one option list; no wrong option is a position the
key's holder holds too. Articles invented for these tests."""

from datetime import date

from studyapp.core.generate.alike import normalise_numbers, same_saying
from studyapp.core.generate.checks import CheckContext, review_question
from studyapp.core.generate.pipeline import generate_bank

TRAMS = """Dunmore tram drivers demand fifteen per cent rise and end to double shifts

Drivers at Dunmore Tramways want a fifteen per cent pay rise, their union said on Tuesday.

The Dunmore Tram Workers' Union says its members are seeking a 15% increase in pay and an end to double shifts, which keep drivers at work for thirteen hours a day.

Dunmore Tramways has offered 5% and says it wants to keep double shifts on its busiest lines.

"A driver who starts at five and finishes at seven is not safe at the controls," said Oona Brisk, the union's branch secretary.

Dunmore Tramways' operations director, Lev Castell, said the company would not scrap double shifts. "The timetable depends on them," he said.

The Dunmore Traders' Association urges both sides to agree a deal before the spring fair opens.

Passenger group Ride Dunmore backs the drivers' call for shorter shifts.

Talks resume on 14 November.
"""

NURSES = """Ostrava Vale nurses want a 7% rise

The Ostrava Vale Nurses' Guild is demanding a pay rise of seven per cent for nurses at the town's two hospitals, the guild said on Monday.

The Ostrava Vale Health Trust has offered 2% and says it wants to close the night clinic at Brenmoor.

The Ostrava Vale Patients' Forum calls for an independent review of staffing levels at both hospitals.

The Brenmoor Residents' Group wants the night clinic kept open.

"Seven per cent is what it takes to keep nurses here," said Hanne Lidd, the guild's secretary.

The trust's chief executive, Matthias Orr, said the offer was the most it could afford.

The guild will ballot its members on Friday.
"""


def _bank(text: str) -> list[dict]:
    return generate_bank(text, published=date(2026, 5, 4))[0]["questions"]


def _position_options(qs: list[dict]) -> list[dict]:
    return [q for q in qs if q.get("type") == "choice" and q.get("topic") == "demands" and
            not q["prompt"].startswith(("Which side", "Who", "True or false"))]


def test_numbers_are_read_alike_in_every_spelling():
    assert normalise_numbers("nine per cent") == normalise_numbers("9%") == normalise_numbers("9 percent") == "9%"
    assert normalise_numbers("a twenty-five per cent cut") == "a 25% cut"
    assert normalise_numbers("£2 million") == normalise_numbers("2m") == "2m"


def test_one_demand_in_other_words_is_one_position():
    assert same_saying("wants a 9% rise", "demands a pay rise of nine per cent")
    assert same_saying("want a twelve per cent pay rise", "seeks a 12% increase in pay and an end to split shifts")
    assert same_saying("wants the council to restore bus funding", "urges the council to restore funding for buses")


def test_other_figures_verbs_or_plans_are_other_positions():
    assert not same_saying("wants a 9% rise", "offers a 3% rise")  # another figure
    assert not same_saying("wants a 9% rise", "rejects a 9% rise")  # the opposite stance
    assert not same_saying("opposes the closure of the library", "does not oppose the closure of the library")
    assert not same_saying("wants to keep the split shift rota", "wants to scrap the split shift rota")
    assert not same_saying("calls for an independent review of staffing", "wants both sides to return to talks")
    assert not same_saying("wants 500 new homes on the site", "wants 500 jobs kept at the plant")


def test_a_headline_restating_the_body_gives_no_two_right_options():
    qs = _bank(TRAMS)
    for q in _position_options(qs):
        opts = q["choices"]
        pairs = [(a, b) for i, a in enumerate(opts) for b in opts[i + 1:] if same_saying(a, b)]
        assert not pairs, (q["prompt"], pairs)
    # the drivers' twelve-per-cent demand and the union's are one: no choice offers the union's as a wrong option
    for q in _position_options(qs):
        if "fifteen per cent" in q["answer"] or "15%" in q["answer"]:
            assert not any(("15%" in o or "fifteen" in o) for o in q["choices"] if o != q["answer"]), q


def test_no_position_question_offers_one_plan_twice():
    for text in (TRAMS, NURSES):
        for q in _position_options(_bank(text)):
            opts = q["choices"]
            assert not [(a, b) for i, a in enumerate(opts) for b in opts[i + 1:] if same_saying(a, b)], q


def test_the_options_check_drops_two_options_that_say_one_thing():
    q = {"id": "x", "type": "choice", "topic": "demands", "prompt": "What do drivers at Dunmore Tramways want?",
         "choices": ["a fifteen per cent pay rise", "a 15% increase in pay", "shorter shifts on the busiest lines"],
         "answer": "a fifteen per cent pay rise", "source": TRAMS.split("\n\n")[1]}
    review = review_question(q, CheckContext(TRAMS))
    failed = [c for c in review.checks if not c.ok]
    assert any("say the same thing" in c.why for c in failed), failed


def test_backing_a_call_is_wanting_what_it_calls_for():
    assert same_saying("backs the call for a public consultation", "calls for a public consultation in every valley")
    assert same_saying("supports the union's demand for a 9% rise", "wants a pay rise of nine per cent")


def test_an_unnamed_government_and_a_ministry_are_one_party():
    from studyapp.core.generate.checks import same_party
    assert same_party("Government", "Ministry of Health")
    assert same_party("the government", "the Treasury")
    assert same_party("Varnish Government", "Varnish Finance Ministry")
    assert not same_party("Kelmer government", "Varn Ministry of Transport")
    assert not same_party("Government", "Kelmer Drivers' Union")


CLINICS = """Hospital doctors reject plan to merge rural clinics

Doctors in the northern valleys have rejected a plan to merge eleven rural clinics into three larger centres.

The Ministry of Health wants the merger completed by next spring and says it will save money on staff.

The government has promised to keep every clinic open until the new centres are built.

The Valley Doctors' Association opposes the merger and calls for a public consultation in every valley.

The Rural Patients' Alliance wants a free bus service to the new centres.

"A sick farmer cannot drive forty miles to see a doctor," said Agnes Moll, the association's chair.

Health minister Erik Dahl said the plan would give patients better care.

The Northern Valleys Council backs the call for a public consultation.
"""


def test_a_side_that_holds_the_asked_position_in_a_joined_clause_is_no_wrong_side():
    from studyapp.core.generate.alike import first_position, holds_saying
    assert holds_saying("backs the call for a public consultation",
                        "opposes the merger and calls for a public consultation in every valley")
    assert not holds_saying("wants shorter shifts", "opposes the merger and calls for shorter hours")
    assert first_position("the merger completed by next spring and says it will save money") == \
        "the merger completed by next spring"
    for q in _bank(CLINICS):
        if q["prompt"].startswith("Which side backs the call for a public consultation"):
            assert "Valley Doctors' Association" not in q["choices"], q
        if q["type"] == "choice" and q["prompt"].startswith("What "):
            assert not any(" and calls for " in o or " and says " in o for o in q["choices"]), q
