"""A country where a dispute happens is no side of it: in a takeover between two firms it is offered as a side only
where it holds a position or says something itself (issue 14, point 4: blind readers found a country among the
options of company stories). Article written for this test; every firm and person is invented."""

from datetime import date

from studyapp.core.generate.pipeline import generate_bank
from tests.core.generate.conftest import article

TAKEOVER = article("\n\n".join([
    "Harrowgate Foods has rejected a £2.4bn takeover bid from its rival Pellworth Group, saying the offer "
    "undervalues the company.",
    "The bid would create the UK's second-largest maker of frozen meals, with 14 factories across the UK and "
    "France.",
    "Harrowgate's chairman, Oliver Stannard, said the board would not recommend the offer. \"It does not come close "
    "to what this business is worth,\" he said.",
    "Pellworth Group wants Harrowgate's shareholders to accept its offer of 310p a share before the deadline on "
    "14 March, and says it will not raise the price.",
    "The Shareholder Alliance, which speaks for small investors, urges the board to open its books to Pellworth.",
    "The Competition Board said it would review any deal and expected to decide by the end of May.",
    "Britain's food industry has seen a string of takeovers since 2023, and UK shares in the sector rose 3% on "
    "Monday.",
]), "Harrowgate rejects Pellworth's £2.4bn bid")


def test_a_country_that_holds_no_view_is_never_a_side_of_a_company_story():
    bank, _ = generate_bank(TAKEOVER, published=date(2026, 3, 2))
    asked = [q for q in bank["questions"] if q.get("prompt", "").startswith("Which side")]
    assert asked, [q.get("prompt") for q in bank["questions"]]
    for q in asked:
        assert not {"United Kingdom", "France", "UK", "Britain"} & set(q.get("choices", [])), q


def test_the_board_of_a_firm_is_not_the_one_board_the_article_names():
    """"The Shareholder Alliance urges the board to open its books": the firm's board, never the "Competition Board"
    the story also names (a name given to "the board" put the alliance's demand on the regulator)."""
    bank, _ = generate_bank(TAKEOVER, published=date(2026, 3, 2))
    shown = " ".join(str(q.get("prompt", "")) + " " + str(q.get("explanation", "")) for q in bank["questions"])
    assert "urge the Competition Board" not in shown and "urges the Competition Board" not in shown
