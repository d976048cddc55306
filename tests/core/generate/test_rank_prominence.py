"""What the title and the lead are about is asked before the background (issue 14's "covers the article"): a reader
found banks that asked a club's members' count and not the fine the headline reports, and one side's
demands asked several ways while the other side's were not asked. Articles invented for the tests."""

from studyapp.core.generate.checks import CheckContext
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.questions import Candidate
from studyapp.core.generate.rank import select

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


ROSTER = ("Signal staff walk out on the Fenmoor line\n\n"
          "The Rail Crew Union wants weekend shifts shared out by a ballot of the staff.\n\n"
          "The Rail Crew Union is demanding a bonus for every night shift worked over the holidays.\n\n"
          "The Rail Crew Union refuses to discuss the new timetable until the rosters are settled.\n\n"
          "Kestle Trains wants the dispute taken to an independent arbitrator before the summer.")


def statement(n: int, holder: str, says: str, answer: str) -> Candidate:
    source = ROSTER.split("\n\n")[n]
    return Candidate({"id": f"s{n}", "type": "choice", "topic": "demands", "prompt": f"True or false: {holder} {says}.",
                      "choices": ["True", "False"], "answer": answer, "source": source, "explanation": "x"},
                     f"demand:{n}", 0.8)


def test_a_sides_only_demand_outlasts_another_sides_second_when_true_statements_are_too_many():
    """Three true statements and one false: one true statement must go (a bank of mostly true ones teaches "True").
    The union's second demand goes, not the operator's only one."""
    drafts = [statement(1, "The Rail Crew Union", "wants weekend shifts shared out by a ballot of the staff", "True"),
              statement(2, "The Rail Crew Union", "demands a bonus for every night shift worked over the holidays",
                        "True"),
              statement(3, "Kestle Trains", "refuses to discuss the new timetable until the rosters are settled", "False"),
              statement(4, "Kestle Trains", "wants the dispute taken to an independent arbitrator before the summer",
                        "True")]
    kept, _ = select(drafts, CheckContext(ROSTER, sides=["Rail Crew Union", "Kestle Trains"]), 400)
    ids = [q["id"] for q in kept]
    assert "s4" in ids and "s3" in ids
    assert len([i for i in ids if i in ("s1", "s2")]) == 1
