"""A date question's key is only as fixed as the words of its sentence: "at the end of 2021" asks the year,
"by the end of June" the month, "at the weekend" the month; a day only when the text names one. And one dated
event per question: when a clause dates two things ("plant A at the end of 2021 and plant B early next year"),
a prompt never carries the other date. Every article here is written for its test, with invented names."""

from datetime import date

from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank

from tests.core.generate.conftest import article

PUBLISHED = date(2021, 11, 16)  # a Tuesday

CLOSURES = """
Tarnley Mills said on Tuesday it would shut two of its flour plants and cut 300 jobs as demand keeps falling.

Tarnley will close its Brackwater plant at the end of 2021 and its Oldmere plant early next year, chief
executive Hanna Reeve said.

Tarnley expects to finish the sale of its cereal brand later this month.

The Millers Guild will hold a protest at the weekend.

A new warehouse in Copsey is due to open by the summer, the company said.
"""


def dated_questions(body: str) -> list[dict]:
    bank, _ = generate_bank(article(body, "Tarnley Mills to shut two plants"), published=PUBLISHED)
    return [q for q in bank["questions"] if q["topic"] == "dates" and q["type"] in ("date", "choice")]


def test_the_end_of_a_year_is_asked_as_the_year_never_its_last_day():
    asked = [q for q in dated_questions(CLOSURES) if "Brackwater" in q["prompt"]]
    assert asked, "the Brackwater closure is asked"
    for q in asked:
        assert q["answer"] in ("2021",), q
        assert "December" not in q["answer"] and "31" not in q["answer"]
        assert q["prompt"].startswith("In what year")


def test_a_clause_with_two_dates_asks_each_event_without_the_other_date():
    for q in dated_questions(CLOSURES):
        assert not ("end of 2021" in q["prompt"] or "early next year" in q["prompt"]), q["prompt"]
    brackwater = extract(article(CLOSURES), PUBLISHED)
    first = next(d for d in brackwater.dates if d.as_written == "the end of 2021")
    assert first.event == "Tarnley will close its Brackwater plant"
    second = next(d for d in brackwater.dates if d.as_written == "early next year")
    assert not second.own  # "… at the end of 2021 and its Oldmere plant": the words before it are the other event's


def test_no_question_keys_a_day_the_text_does_not_give():
    days = {"on Tuesday"}  # the only phrase here that names a day
    ex = extract(article(CLOSURES), PUBLISHED)
    for d in ex.dates:
        if d.precision == "day":
            assert d.as_written in days, d
    for q in dated_questions(CLOSURES):
        if q["type"] == "date" and q.get("precision") == "day":
            assert q["source"].startswith("Tarnley Mills said on Tuesday"), q


def test_the_end_of_a_month_and_a_weekend_are_their_month():
    ex = extract(article("The council will settle the claim by the end of June. Fans queued all last weekend. "
                         "The contract runs out at the end of the month."), PUBLISHED)
    got = {d.as_written: (d.date, d.precision, d.asked) for d in ex.dates}
    assert got["the end of June"] == ("2022-06-30", "month", "2022-06")
    assert got["last weekend"][1:] == ("month", "2021-11")
    assert got["the end of the month"] == ("2021-11-30", "month", "2021-11")


def test_a_named_day_still_gives_the_day():
    ex = extract(article("The union will strike on Thursday. The board met on 3 November. The talks end on "
                         "the last day of the month."), PUBLISHED)
    got = {d.as_written: (d.asked, d.precision) for d in ex.dates}
    assert got["on Thursday"] == ("2021-11-18", "day")
    assert got["3 November"] == ("2021-11-03", "day")
