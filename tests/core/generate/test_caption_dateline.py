"""A photo caption's dateline ("… in Vell, Castrania March 3, 2026.") ends the place's name before the month: the
side is the country, never "<Country> <Month>", so its positions stay with it. The article is invented."""

from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank

BORDER = """Varnland and Ostria open talks on the river border

Delegations from Varnland and Ostria met in Calder on Thursday for a first round of talks over the disputed river border.

Dock workers unload grain at the river port in Calder, Varnland March 2, 2023.

Varnland wants Ostria to withdraw its patrol boats from the lower river before any agreement is signed. Ostria is demanding a joint commission to redraw the border along the deepest channel.

Varnland foreign minister Teodor Brask said the patrols were a threat to fishermen. "Our fishermen cannot work while armed boats sit in the middle of the river," Brask said.

Ostria's chief negotiator, Lidia Marv, said her country was ready to talk. "We came to Calder to find a line both peoples can live with," Marv told reporters.

The two sides will meet again in April.
"""


def test_a_dateline_month_is_not_part_of_the_side_that_holds_the_position():
    facts = extract(BORDER).facts()
    assert "Varnland March" not in facts["sides"]
    assert "Varnland" in facts["sides"]
    withdraw = next(d for d in facts["demands"] if "patrol boats" in d["demand"])
    assert withdraw["side"] == "Varnland"
    assert {p["name"]: p["side"] for p in facts["people"]}["Teodor Brask"] == "Varnland"


def test_questions_give_the_position_to_the_country_not_to_the_dateline():
    bank, _ = generate_bank(BORDER)
    shown = " ".join(str(v) for q in bank["questions"] for v in q.values())
    assert "Varnland March" not in shown
    assert any(q.get("prompt", "").startswith("True or false: Varnland wants Ostria to withdraw")
               for q in bank["questions"])
