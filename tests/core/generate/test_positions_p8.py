"""Positions as unseen disputes voice them (tests/data/invented13: a reaction round-up, a diplomatic report on
unnamed sources, a committee report and the government's answer, a press review): two parties joined by "and" and
marked "both", a party likened to another ("X, like Y, wants"), … Every article here is written for its test."""

from studyapp.core.generate.facts import extract

from tests.core.generate.conftest import article


def positions(body: str, title: str = "A test story") -> list[tuple[str, str, str, tuple[str, ...]]]:
    return [(p.side, p.stance, p.demand, p.shared_with) for p in extract(article(body, title)).positions]


def test_both_x_and_y_want_is_each_partys_position_shared_with_the_other():
    body = ("The Guild of Master Bakers said the levy was too high. Both the guild and the Millers Federation want "
            "the flour levy halved by April. Corvale and the Dairy Alliance both want the price cap lifted.")
    got = positions(body)
    halved = {(side, shared) for side, _, demand, shared in got if demand.startswith("the flour levy halved")}
    assert halved == {("Guild of Master Bakers", ("Millers Federation",)),
                      ("Millers Federation", ("Guild of Master Bakers",))}
    lifted = {side for side, _, demand, _ in got if demand.startswith("the price cap lifted")}
    assert lifted == {"Corvale", "Dairy Alliance"}


def test_both_governments_are_the_two_sides_the_story_is_about():
    body = ("Tessany wants its fishermen released. Morlund wants its trawlers returned. Tessany insists on a deal "
            "by Friday. Morlund has refused to sign anything yet. Both governments want the handover to take place "
            "at the Kessel lighthouse.")
    got = positions(body)
    assert {side for side, _, demand, _ in got if "Kessel lighthouse" in demand} == {"Tessany", "Morlund"}
    assert not any(side == "Governments" for side, _, _, _ in got)


def test_x_like_y_wants_is_xs_position_and_ys():
    body = ("Fair Fares opposes the new ticket machines. The Riverside Commuters Association wants cheaper season "
            "tickets. The association, like Fair Fares, wants the evening fare frozen.")
    got = positions(body)
    frozen = {side for side, _, demand, _ in got if demand == "the evening fare frozen"}
    assert frozen == {"Riverside Commuters Association", "Fair Fares"}
