"""Every date key right: the right year and the right event (issue 14, round 13; blind readers' wrong-key defects in
general terms). Every sentence here is invented for its test:

- "last September" names the September of the year before publication (news writing names this year's month
  alone: "in September"), however many months back it falls;
- "the third school to close in two years", "the biggest fall in five years": an ordinal or a superlative ranks the
  event within a span counted back, so "in two years" is no date two years ahead;
- "during the summer months" is a recurring stretch of every year, not one summer;
- a date in a denied clause ("is not leaving the gallery in December", "will not reopen on 14 March") is no date of
  an event, so it is not asked;
- "fell to their lowest since counting began in 1988 this July": a month written straight after a nested clause's
  year is not that clause's date;
- "…, before the transfer window shuts at 11pm on Friday 30 January": the date is the subordinate clause's, never
  the main verb's ("turned down a bid").
"""

from datetime import date

from studyapp.core.generate.dates import find_dates
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.text import parse_article

from tests.core.generate.conftest import article

OCTOBER = date(2026, 10, 4)
NOVEMBER = date(2026, 11, 19)
MARCH = date(2026, 3, 20)
JANUARY = date(2026, 1, 28)


def dates_of(sentence: str, published: date):
    return find_dates(parse_article(article(sentence)), published)


def test_last_and_a_month_is_the_year_befores_month():
    cases = [
        ("Marta Quell joined the Dunmore Gallery last September, after nine years at a museum in Orlen.", OCTOBER,
         "2025-09"),
        ("The second exchange of prisoners, last August, freed 40 men on each side.", NOVEMBER, "2025-08"),
        ("Tavel Rovers beat Morrow 2-1 in the reverse fixture last December.", MARCH, "2025-12"),
        ("The firm moved its head office to Casterby last March.", NOVEMBER, "2025-03"),
        ("Lena Dorsk became principal of the Kilbride music school last September.", MARCH, "2025-09"),
        ("Last June the water board raised its charges by 6%.", OCTOBER, "2025-06"),
    ]
    for sentence, published, want in cases:
        got = [d for d in dates_of(sentence, published) if d.as_written.lower().startswith("last")]
        assert [d.date for d in got] == [want], sentence


def test_this_past_month_stays_the_latest_one():
    got = dates_of("The mill closed this past June after a century of work.", OCTOBER)
    assert [d.date for d in got] == ["2026-06"]


def test_an_ordinal_or_superlative_within_a_span_is_no_date_ahead():
    for sentence in (
        "Brackley Road is the second library in Wenford to close in three years.",
        "The strike will be the first in the Ostley depot in ten years.",
        "Friday's drop will be the biggest fall in the Pellan index in five years.",
        "Hollins Lane is the third pool in the county to shut its doors in two years.",
        "It will be the union's fourth walkout in two years.",
        "The rise is expected to be the sharpest in the region in a year.",
    ):
        got = dates_of(sentence, OCTOBER)
        assert all(d.as_written.lower().startswith("in ") is False for d in got), (sentence, got)


def test_a_plain_in_two_years_ahead_stays_a_date():
    got = dates_of("The new bridge at Wenford will open in two years.", OCTOBER)
    assert [d.date for d in got] == ["2028"]


def test_the_summer_months_are_no_one_summer():
    for sentence in (
        "The union is asking the council to cut bus fares by 10 per cent during the summer months.",
        "Farmers want the board to limit withdrawals from the Tesk in the summer months.",
        "The ferry runs only twice a day during the summer months, the operator said.",
        "Water use rises by a third over the summer months.",
        "The authority will ban hosepipes in the summer months, its chief said.",
        "Visitors are asked to book ahead during the autumn months.",
    ):
        got = dates_of(sentence, OCTOBER)
        assert got == [], (sentence, got)
    got = dates_of("The council will repair the roof during the summer.", OCTOBER)
    assert [d.date for d in got] == ["2027"]


def test_a_date_in_a_denied_clause_is_not_asked():
    for sentence in (
        "But the painting is not leaving the Kelby gallery in December as the contract says.",
        "The bridge at Ostley will not reopen on 14 March, the council said.",
        "The Tarn ferry did not sail on Tuesday because of the storm.",
        "The Wenford library has never opened on a Sunday since 2019.",
        "The board won't meet on 3 December after all.",
        "The depot no longer closes at 6pm on Fridays in winter, staff say, since March.",
    ):
        got = dates_of(sentence, OCTOBER)
        assert not any(d.own for d in got), (sentence, got)
    got = dates_of("The bridge at Ostley will reopen on 14 March, the council said.", OCTOBER)
    assert [(d.date, d.own) for d in got] == [("2027-03-14", True)]


def test_a_month_straight_after_a_nested_clauses_year_is_not_its_date():
    for sentence in (
        "River levels at Lessby fell to their lowest since records began in 1961 this August.",
        "Ticket sales hit their highest since the club was founded in 1904 last month.",
        "Rainfall was the heaviest since counting began in 1922 this July, the weather office said.",
        "The index fell to its lowest since it was launched in 1998 on Tuesday.",
        "The river rose to its highest since the flood barrier was built in 1983 this March.",
        "Output was the lowest since the plant opened in 1977 last week.",
    ):
        got = dates_of(sentence, OCTOBER)
        assert not any(d.own and d.event.endswith(("1961", "1904", "1922", "1998", "1983", "1977"))
                       for d in got), (sentence, [(d.date, d.event, d.own) for d in got])


def test_the_date_of_a_later_subordinate_clause_is_not_the_main_verbs():
    for sentence in (
        "Harbury Town have turned down a second offer for striker Ade Bako, setting up a tense finish before the "
        "January window shuts at 11pm on Friday 30 January.",
        "The council approved the plan, weeks before the consultation ends on 30 January.",
        "Talks collapsed on the eve of the vote, days before the ballot shuts at noon on Friday 30 January.",
        "Staff walked out again, a month before the contract lapses on 30 January.",
        "The union called the strike, well before the current deal expires on 30 January.",
        "Ministers signed the order last week, before the old rules end on 30 January.",
    ):
        got = dates_of(sentence, JANUARY)
        day = [d for d in got if d.date == "2026-01-30"]
        assert day and not any(d.own and not d.event.lower().startswith("the ") for d in day), (
            sentence, [(d.event, d.own) for d in day])


def test_no_date_question_from_a_denied_clause_or_a_look_back_span():
    text = article(
        "Kelby gallery keeps its loaned triptych for now\n\n"
        "The Kelby Museum of Art will keep the Orlen triptych on show until 2029, its director, Anna Brisk, said on "
        "Monday. The triptych is not going into a crate on a lorry in December as the loan agreement says. "
        "The east wing reopens on 14 March 2027. Kelby is the third museum in the region to extend a loan in two "
        "years. Brisk joined the museum last September.",
        title="Kelby gallery keeps its triptych")
    bank, _facts = generate_bank(text, published=OCTOBER)
    dated = [q for q in bank["questions"] if q["type"] == "date"]
    assert not any("not" in q["prompt"].split() for q in dated), [q["prompt"] for q in dated]
    assert not any(q["answer"] == "2028" for q in dated)
    assert all(q["answer"] != "2026-09" for q in dated)


def test_an_aside_of_how_long_a_former_state_lasted_leaves_the_event():
    for sentence, event in (
        ("Marta Quell joined the Dunmore Gallery last September, after nine years at a museum in Orlen.",
         "Marta Quell joined the Dunmore Gallery"),
        ("Ivo Lund took over as head of the Kelby orchestra in 2024, after eleven years running a choir in Tarsk.",
         "Ivo Lund took over as head of the Kelby orchestra"),
        ("The Ostley ferry returned to service on 3 March, after two years in dry dock.",
         "The Ostley ferry returned to service"),
        ("Nia Brook stepped down as chair of the Tarnby Trust in 2023, following more than a decade in the post.",
         "Nia Brook stepped down as chair of the Tarnby Trust"),
        ("The Wenford mill reopened in May 2025, after six months of repairs.", "The Wenford mill reopened"),
        ("Tom Hale became Kelby's harbour master in 2019, after 20 years at sea.",
         "Tom Hale became Kelby's harbour master"),
    ):
        got = [d for d in dates_of(sentence, OCTOBER) if d.own]
        assert got and got[0].event == event, (sentence, [(d.date, d.event) for d in got])


def test_a_day_after_a_plain_since_year_stays_the_events():
    got = dates_of("The river at Ashby Bridge passed its highest level since 2015 on Saturday afternoon.", OCTOBER)
    assert [(d.as_written, d.own) for d in got if d.own] == [("on Saturday afternoon", True)], got
