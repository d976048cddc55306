"""A body the cast read as a person ("Kestrel Yard, a property firm,", "Developer Marsh Quay Homes") is never offered
beside people in "Who wants …?" (readers found an organisation mixed with people as the options of who holds a view,
and the only firm among three people gives the key away). Invented article."""

from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import build_people
from studyapp.core.generate.questions import _described_as_body, draft_candidates
from tests.core.generate.conftest import article

STORY = (
    "Tenants in three blocks in Orrin Heights voted on Sunday to withhold rent from July unless their landlord "
    "withdraws a 14% increase. Kestrel Yard, a Delaware-registered firm that bought the blocks in 2023, refuses to "
    "withdraw the increase and offers a one-time credit of $150 to households that complained about heating.\n\n"
    "Nadia Ferrante, who chairs the Orrin Heights Tenants Union, wants the city to inspect every boiler before "
    "winter. \"We are not asking for charity, we are asking for heat,\" she said.\n\n"
    "Councilmember Ruben Oakes argues that the city should buy the blocks if the dispute drags on. \"The city "
    "cannot stand by,\" Oakes said.\n\n"
    "A housing lawyer, Tamsin Vail, wants tenants to pay their rent into an escrow account rather than keep it. "
    "\"An escrow account protects them in court,\" Vail said.\n\n"
    "Kestrel Yard said the rise reflected higher insurance costs.")


def test_a_name_with_a_bodys_noun_beside_it_is_a_body():
    assert _described_as_body("Kestrel Yard", STORY)
    assert _described_as_body("Developer Marsh Quay Homes", "Developer Marsh Quay Homes wants to build flats.")
    assert not _described_as_body("Nadia Ferrante", STORY)
    assert not _described_as_body("Ann Lee", "Ann Lee, a member of the campaign group, spoke. Ann Lee, the "
                                             "union's president, spoke again.")


def test_no_who_question_offers_a_body_among_people():
    ex = extract(article(STORY, "Tenants vote to withhold rent"))
    who = [c.question for c in draft_candidates(ex, build_people(ex))
           if c.question["type"] == "choice" and c.question.get("prompt", "").startswith("Who ")]
    assert any(q["answer"] == "Tamsin Vail" for q in who)
    assert not any("Kestrel Yard" in q["choices"] for q in who)
