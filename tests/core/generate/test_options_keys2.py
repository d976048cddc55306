"""One right option only (issue 14, point 2; blind readers' "two right answers" defects in general terms). Every
text here is invented for its test:

- a round headline figure ("more than 52,000 adults") and the exact body figure it stands for ("52,418") are one
  number: never the key beside the other as a wrong option;
- "return to talks", "get back round the table", "go back to the negotiating table", "resume negotiations" are one
  act: never two options of one list.
"""

from datetime import date

from studyapp.core.generate.alike import same_saying
from studyapp.core.generate.figures import Figure, figures_in, nearby
from studyapp.core.generate.pipeline import generate_bank

from tests.core.generate.conftest import article


def _fig(text: str, value: str) -> Figure:
    return next(f for f in figures_in(text) if f.value == value)


def test_a_round_figure_and_the_exact_one_it_stands_for_are_never_key_and_option():
    for headline, body, rounded, exact in (
        ("Researchers followed more than 52,000 adults for ten years.", "The study followed 52,418 adults.",
         "52,000", "52,418"),
        ("About 3,000 homes were left without power.", "Westgrid said 3,412 homes had no power at noon.",
         "3,000", "3,412"),
        ("Nearly 12,000 fans attended the final.", "The crowd at the final was 11,874 fans.", "12,000", "11,874"),
        ("Some 700 jobs will go at the plant.", "The company said 712 jobs would go at the plant.", "700", "712"),
        ("Almost 40,000 people signed the petition.", "The petition had 39,650 people on it by Friday.", "40,000",
         "39,650"),
        ("More than 1,500 nurses will strike.", "The union said 1,538 nurses would strike.", "1,500", "1,538"),
    ):
        text = f"{headline} {body}"
        figs = figures_in(text)
        key = _fig(text, rounded)
        assert exact not in nearby(key, figs, 0), (text, nearby(key, figs, 0))
        key = _fig(text, exact)
        assert rounded not in nearby(key, figs, 0), (text, nearby(key, figs, 0))


def test_other_figures_of_the_same_kind_stay_options():
    text = "More than 52,000 adults took part in the study. Some 31,000 adults walked every day."
    figs = figures_in(text)
    assert "31,000" in nearby(_fig(text, "52,000"), figs, 0)


def test_a_health_study_asks_its_number_with_one_right_option():
    text = article(
        "Researchers followed more than 52,000 adults for ten years, but an independent expert warns the findings "
        "do not prove cause and effect.\n\nAdults who took two walks a day were 21% less likely to develop heart "
        "disease, according to a study by the Orlen Institute.\n\nThe study followed 52,418 adults aged 40 to 75 "
        "in Tarnby and Kelby for ten years.", title="Daily walks cut heart risk, study finds")
    bank, _ = generate_bank(text, published=date(2026, 2, 3))
    for q in bank["questions"]:
        opts = q.get("choices") or []
        assert not ("52,000" in opts and "52,418" in opts), q


def test_wordings_of_going_back_to_talks_are_one_act():
    same = [("get back round the table", "return to talks"),
            ("return to the negotiating table", "resume talks"),
            ("go back to the table", "resume negotiations"),
            ("come back to the talks", "return to the table"),
            ("resume the negotiations", "get back to the negotiating table"),
            ("returning to talks", "going back round the table")]
    for a, b in same:
        assert same_saying(a, b), (a, b)
    for a, b in (("return to work", "return to talks"), ("return to the table", "bring the parties together again"),
                 ("go back to the table", "improve the 3.5% offer")):
        assert not same_saying(a, b), (a, b)
