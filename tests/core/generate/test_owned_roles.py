"""Whose role: 'the county's chief planner' belongs to the county's council, not to a building with 'County' in
its name; a creek is a place, never a person. Found in the lead's reading of an invented explainer ("chief
engineer of County Hall"; a creek's name among the people).

Every sentence here is invented for the test.
"""

from studyapp.core.generate.pipeline import generate_bank

from tests.core.generate.conftest import article


def facts_of(body: str) -> dict:
    return generate_bank(article(body), published="2025-03-12")[1]


BODY = (
    "A footbridge over Marrow Creek in the county of Kellow was closed on Monday after cracks were found.\n\n"
    "Kellow County Council's leader, Anita Brook-Sayer, said the council would pay for a full survey. \"Nobody "
    "will cross it until we know it is safe,\" she told reporters outside County Hall.\n\n"
    "The county's chief planner, Idris Mwangi-Holt, said the survey would take six weeks. \"We will publish "
    "every page of it,\" he said.\n\n"
    "Residents want a ferry to run across Marrow Creek while the bridge is shut.")


def test_a_counties_officer_belongs_to_its_council_not_to_a_building():
    people = {p["name"]: p for p in facts_of(BODY)["people"]}
    role = people["Idris Mwangi-Holt"]["role"]
    assert "County Hall" not in role and "Kellow County Council" in role


def test_a_creek_is_not_a_person():
    assert "Marrow Creek" not in {p["name"] for p in facts_of(BODY)["people"]}


def test_a_campaign_named_with_a_call_to_act_keeps_its_whole_name():
    """'A campaign group, Bring Back the Tram Lines, said …': the name's 'the' does not cut it in two."""
    facts = facts_of(
        "The city council voted on Tuesday to sell the old tram depot to a developer.\n\n"
        "A campaign group, Bring Back the Tram Lines, said the vote was a mistake. Its founder, Dr Oona Pellerin, "
        "said the group would ask the courts to stop the sale.\n\n"
        "The council's leader, Marcus Dewhirst-Ali, said the money would pay for two new schools.")
    people = {p["name"]: p for p in facts["people"]}
    assert people["Oona Pellerin"]["side"] == "Bring Back the Tram Lines"
    assert "Tram Lines" not in facts["sides"]
