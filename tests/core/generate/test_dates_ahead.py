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


# A timetable stated in the present, and the time left "until" a month (round 10): written in May, "the offer
# lapses in January" and "the deadline for bids is February" are next year's; "sales are up 5% in April" is not.
MAY = date(2026, 5, 4)


def test_a_month_a_present_timetable_names_is_the_coming_one():
    assert month_of("The offer lapses in January, the company said.", MAY) == ["2027-01"]
    assert month_of("The deadline for bids is February, the council said.", MAY) == ["2027-02"]
    assert month_of("The next election in Dunmore is in February.", MAY) == ["2027-02"]


def test_the_time_left_until_a_month_runs_from_now():
    assert month_of("Tenants in the Brackley blocks have until January to accept the offer.", MAY) == ["2027-01"]


def test_a_present_figure_for_a_month_stays_the_nearest():
    assert month_of("Retail sales in Corland are up 5% in April, the statistics agency said.", MAY) == ["2026-04"]


def days_of(body: str, published: date = MAY) -> list[tuple[str, str]]:
    return [(d.as_written, d.date) for d in find_dates(parse_article(article(body)), published)]


def test_a_clock_time_alone_in_a_past_clause_is_never_on_a_coming_day():
    """A live report: "at 7am" is the morning of publication, not the strike's day weeks ahead."""
    got = days_of("The ferry union says a strike will start on 28 May.\n\n"
                  "Pickets gathered at the Kelby terminal gate at 7am, and the first lorries were turned away.")
    assert ("at 7am", "2026-05-04") in got


def test_a_clock_time_in_a_coming_clause_far_from_its_day_is_not_asked():
    got = days_of("The ferry union says a strike will start on 28 May.\n\n"
                  "The union's Kelby branch will meet at 7pm to decide.")
    assert ("at 7pm", "at 7pm") in got


def test_a_clock_time_keeps_the_day_its_own_paragraph_named():
    got = days_of("The Kelby branch will meet on 28 May. Its members will vote at 7pm.")
    assert ("at 7pm", "2026-05-28") in got
    got = days_of("The fire at the Ossby mill started on 3 March 2025.\n\nCrews arrived at 9pm.")
    assert ("at 9pm", "2025-03-03") in got
