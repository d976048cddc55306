"""What the title and the lead are about is asked before the background (issue 14's "covers the article"): a reader
found banks that asked a club's members' count and not the fine the headline reports. Articles invented for the tests."""

from studyapp.core.generate.pipeline import generate_bank

FINE = ("Regulator fines Brannock Water £4.5 million over sewage spills\n\n"
        "The Coastal Waters Office fined Brannock Water £4.5 million on Monday for letting sewage into the Teller "
        "estuary on forty nights last winter.\n\n"
        "Brannock Water said it would pay the fine and spend £12 million on new storm tanks by 2028.\n\n"
        "The Teller Swimmers Club, which has 640 members, said the spills had closed its beach for most of the summer.\n\n"
        "About 300 residents signed a letter to the regulator in the spring asking for the spills to be investigated.\n\n"
        "The Estuary Anglers Guild has 1,200 members, its secretary Wenna Polgrain said.\n\n"
        "Around 85 staff work at the company's treatment plant outside Marrowby.\n\n"
        "Brannock Water chief executive Idris Kellow said: \"We accept that our plants failed the river and the people "
        "who use it.\"")

FARES = ("Orrin Valley bus fares to rise in April\n\n"
         "Bus fares across the Orrin Valley will rise in April, the Valley Transit Board announced on Thursday.\n\n"
         "The board said a single ticket would cost more from the first week of April.\n\n"
         "The Orrin Passengers Forum, which has 2,300 members, said the rise would hit the towns with no railway "
         "hardest.\n\n"
         "About 450 drivers work for the operator, Cardew Coaches, on the valley's routes.\n\n"
         "The board will spend £3.8 million on forty new electric buses.\n\n"
         "Running the night buses cost the board £1.2 million last year, and the new depot cost £650,000.\n\n"
         "Forum chair Elspeth Marr said: \"Our members will simply leave the car at home less often if they can.\"")


def answers(text: str, published: str) -> list[str]:
    bank, _ = generate_bank(text, published=published)
    return [q.get("answer") for q in bank["questions"] if isinstance(q.get("answer"), str)]


def test_the_figure_the_headline_reports_is_asked():
    """The fine's date question reads the fine out, so only one of them can be asked: the headline's figure."""
    assert "£4.5 million" in answers(FINE, "2025-03-12")


def test_a_count_of_people_ranks_below_a_figure_the_story_turns_on():
    """Two figures fit this short a bank: the money the board spends, not the drivers' and the members' counts."""
    got = answers(FARES, "2025-02-06")
    assert "£3.8 million" in got
    assert not {"2,300", "450"} <= set(got)
