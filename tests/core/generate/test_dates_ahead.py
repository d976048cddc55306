"""A month named without a year in a story about what is coming (issue 14, a blind reader): written in November,
"the vote in March" is next March, whether the sentence says so with "will", with the infinitive of an
agreement whose own day comes first ("agreed on Tuesday to hold the vote in March"), inside the subject of a
reported clause that looks ahead ("said the vote in March would be …") or as the object of an expectation
("expected a close result in the vote in March"). A month in a clause of its own past ("opened in October")
stays behind publication. Every article here is invented for its test."""

from datetime import date
from pathlib import Path

from studyapp.core.generate.dates import find_dates
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.text import parse_article

from tests.core.generate.conftest import article

NOVEMBER = date(2025, 11, 20)
SPRING = Path(__file__).resolve().parents[2] / "data" / "rep_articles" / "council-spring-vote.txt"


def month_of(sentence: str, published: date = NOVEMBER) -> list[str]:
    return [d.date for d in find_dates(parse_article(article(sentence)), published) if d.precision == "month"]


def test_a_month_in_the_subject_of_a_reported_clause_that_looks_ahead_is_the_coming_one():
    assert month_of("Council chair Ingrid Solberg said the vote in March would be the most important decision "
                    "the town had made in fifty years.") == ["2026-03"]


def test_a_month_in_an_agreements_infinitive_after_its_own_day_is_the_coming_one():
    assert month_of("The council agreed on Tuesday to hold the vote in March.") == ["2026-03"]
    assert month_of("Ferndale Town Council voted last night to hold the referendum in April.") == ["2026-04"]


def test_a_month_in_what_was_expected_is_after_the_expecting():
    assert month_of("Campaigners said they expected a close result in the vote in March.") == ["2026-03"]


def test_a_month_in_a_past_clause_of_its_own_stays_behind_publication():
    assert month_of("A consultation on the boundaries opened in October.") == ["2025-10"]
    assert month_of("Ms Solberg said the meeting in March had gone well.") == ["2025-03"]
    assert month_of("The society said in March that the merger would cost jobs.") == ["2025-03"]


def test_the_spring_story_dates_every_coming_march_in_the_year_after_publication():
    _bank, facts = generate_bank(SPRING.read_text(encoding="utf-8"), published="2025-11-20")
    march = [d["date"] for d in facts["dates"] if d["as_written"] == "March"]
    assert len(march) == 3 and set(march) == {"2026-03"}, march
