"""Organisation names kept whole: a fragment of a body's name is never offered as a side or a person.

The articles are written for these tests (invented places, bodies and people) in the styles the defects came
from: a name with "and" inside it, a campaign's lower-case "group", a firm named for its trade, a player's
position after the team, a campaigner for one answer of a vote.
"""

from __future__ import annotations

import re

from studyapp.core.generate.facts import extract

from .conftest import article as _article


def article(body: str, title: str) -> str:
    """The story with each paragraph on one line (the source wraps them to fit the page)."""
    return _article(re.sub(r"(?<!\n)\n(?!\n)", " ", body.strip()), title)

PORT = article("""
Inspectors from Coastal Survey and Port Security will double the number of container checks at Pellmouth from
next month, the agency said on Tuesday.

Coastal Survey and Port Security wants a new scanning hall built beside the northern quay. "We cannot keep up
with the traffic," said its regional director, Marta Quillon.

The Dockers and Allied Trades (DAT) said the extra checks would slow the port. DAT wants the agency to hire
more staff before the change begins.

Priya Castellane, who speaks for Vantor Mobile, said the firm would move its depot if delays grew. Vantor Mobile
wants a fast lane for its own trucks.
""", "Harbour checks to be tightened at Pellmouth")

HALL = article("""
Save Pell Green group chair Ann Vellacott said the new sports hall at Tarrow was in the wrong place. Vellacott
wants the hall moved to the old depot site.

Keep Ashby Common campaign organiser Rob Tennick said the plan ignored walkers. Tennick wants a new public
footpath across the site.
""", "Hall plan draws objections at Tarrow")

OBJECTORS = article("""
The Save Pell Green group has objected to the new sports hall at Tarrow. The Save Pell Green group wants the hall
moved to the old depot site, a spokesman said.

The Keep Ashby Common campaign said the plan ignored walkers. The Keep Ashby Common campaign wants a new public
footpath across the site.
""", "Objectors line up against Tarrow hall")

VOTE = article("""
Campaigners on both sides made a last appeal to voters in Farnley on Saturday before the vote on leaving the
regional water board.

Dessa Morrow, a Farnley No campaigner, said the town should stay on the board. "Leaving would double our bills,"
she said. Morrow wants the council to publish the cost of leaving.

Tobin Hale, who leads the Farnley Yes campaign, said the board had ignored the town for years. He wants the vote
to be binding.

Ula Brennick, spokeswoman for Farnley Votes No, said the count would be close. She wants the polls to stay
open until ten.

Meanwhile the Ravens DE Colm Ardry said he backed the Yes side. Ardry wants the club to hold a fundraiser for
the campaign.
""", "Farnley vote: campaigners make final push")


def _sides(ex, words: str) -> list[str]:
    return [p.side for p in ex.positions if words in p.demand]


def _people(ex) -> dict[str, tuple[str, str]]:
    return {p.name: (p.kind, p.side) for p in ex.cast.people}


def test_a_name_used_whole_with_and_inside_is_one_body():
    """'Coastal Survey and Port Security' twice in the story is one agency, not 'Coastal Survey' (a person)."""
    ex = extract(PORT)
    assert _sides(ex, "scanning hall") == ["Coastal Survey and Port Security"]
    assert "Coastal Survey" not in _people(ex)
    assert "Coastal Survey and Port Security" in ex.cast.orgs


def test_a_name_with_and_whose_initials_follow_is_one_body():
    """'The Dockers and Allied Trades (DAT)': the initials spell the whole name, so the side is not 'Allied Trades'."""
    ex = extract(PORT)
    assert _sides(ex, "slow the port") == ["Dockers and Allied Trades"]
    assert not any(s.startswith("Allied Trades") for s in ex.sides())


def test_a_trade_word_after_a_name_makes_a_firm_not_a_person():
    ex = extract(PORT)
    assert "Vantor Mobile" not in _people(ex)
    assert "Vantor Mobile" in ex.cast.orgs


def test_a_group_named_with_its_lower_case_kind_keeps_its_whole_name():
    """'Save Pell Green group chair': 'Green' (also a party's word) is inside the group's name, not cut off, and
    the run before "group chair" is the group, not a person."""
    ex = extract(HALL)
    people = _people(ex)
    assert people["Ann Vellacott"][1] == "Save Pell Green"
    assert people["Rob Tennick"][1] == "Keep Ashby Common"
    assert "Save Pell Green" not in people and "Save Pell Green" in ex.cast.orgs  # a body, never a person
    assert _sides(ex, "wrong place") == ["Save Pell Green (Ann Vellacott)"]  # she speaks for it


def test_a_run_before_the_lower_case_kind_of_body_is_a_body_not_a_person():
    """'The Save Pell Green group wants …': the group's position, its name whole, and no person 'Save Pell Green'."""
    ex = extract(OBJECTORS)
    assert not ex.cast.people
    assert [s.startswith("Save Pell Green") for s in _sides(ex, "old depot")] == [True]
    assert [s.startswith("Keep Ashby Common") for s in _sides(ex, "footpath")] == [True]


def test_a_place_and_a_vote_answer_are_no_side():
    """'a Farnley No campaigner' names no party: her positions are hers; the 'Farnley Yes campaign' is a party."""
    ex = extract(VOTE)
    people = _people(ex)
    assert people["Dessa Morrow"][1] == ""
    assert _sides(ex, "publish the cost") == ["Dessa Morrow"]
    assert people["Tobin Hale"][1] == "Farnley Yes campaign"
    assert not any(s.startswith("Farnley No") for s in ex.sides())
    assert people["Ula Brennick"][1] == "Farnley Votes No"  # a campaign's own name, ending in its answer


UPPER = article("""
Voters in Upper Farnley decide on Thursday whether to leave the regional water board.

Pol Garrow, spokesman for Upper Farnley Says No, said the board had served the town well. He wants the board
kept.

But Dessa Morrow, a Farnley No campaigner who runs her own No campaign, said Upper Farnley people did not want
the board at all.
""", "Vote looms in Upper Farnley")


def test_a_place_is_not_the_campaign_named_for_its_answer():
    """'Upper Farnley people' in a rival campaigner's words is not 'Upper Farnley Says No'; 'Farnley No' (of
    'a Farnley No campaigner') is no organisation."""
    ex = extract(UPPER)
    assert _sides(ex, "board kept") == ["Upper Farnley Says No (Pol Garrow)"]
    assert not any("Says No" in s for s in _sides(ex, "the board") if "Garrow" not in s)
    assert "Farnley No" not in ex.cast.orgs


def test_a_team_and_a_playing_position_is_the_team():
    """'Ravens DE Colm Ardry': DE is where he plays; 'Ravens DE' is never a side."""
    ex = extract(VOTE)
    assert _people(ex)["Colm Ardry"][1] == "Ravens"
    assert not any("DE" in s for s in ex.sides())
