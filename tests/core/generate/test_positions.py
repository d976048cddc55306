from studyapp.core.generate.facts import extract

from tests.core.generate.conftest import article


def positions_of(body: str) -> list[tuple[str, str]]:
    return [(d["side"], d["evidence"]) for d in extract(article(body)).facts()["demands"]]


def sides_of(body: str) -> list[str]:
    return [s for s, _ in positions_of(body)]


def test_wants_and_is_prepared_to_by_country():
    body = ("America wants a quick settlement. The Russians want written answers to their proposals. "
            "Washington is prepared to talk about missile deployment.")
    assert sides_of(body) == ["United States", "Russia", "United States"]


def test_core_demand_and_grievance_belong_to_the_possessor():
    body = ("Northland’s core demand is a daily ferry. The old timetable is a long-standing grievance for "
            "Southport, where the council won’t budge.")
    assert sides_of(body) == ["Northland", "Southport", "Council"]


def test_insists_refuses_and_calls_for_by_organisation():
    body = ("The Harbour Workers Union insists it will not accept less than 5%. "
            "The Easthaven Port Authority refuses to reopen the pension deal. "
            "The Green Party calls for a public inquiry.")
    assert sides_of(body) == ["Harbour Workers Union", "Easthaven Port Authority", "Green Party"]


def test_a_persons_position_names_their_side():
    body = "Union general secretary Maria Okafor of the Harbour Workers Union wants a 6% rise for every member."
    assert sides_of(body) == ["Harbour Workers Union (Maria Okafor)"]


def test_a_position_inside_a_quote_belongs_to_the_speaker():
    body = 'Port director Tomas Lind said: "We cannot pay money we do not have."'
    assert sides_of(body) == ["Tomas Lind"]


def test_unnamed_groups_hold_positions_too():
    body = ("Hundreds of bus drivers have walked out in protest at the new rota. "
            "Their passengers will be appealing against the fare rise.")
    assert sides_of(body) == ["Bus drivers", "Passengers"]


def test_short_and_long_names_of_one_party_merge():
    body = ("The Harbour Workers Union wants a 6% rise. The union insists the offer is too low. "
            "The Easthaven Port Authority refuses to pay more.")
    assert sides_of(body) == ["Harbour Workers Union", "Harbour Workers Union", "Easthaven Port Authority"]


def test_questions_are_not_positions():
    assert positions_of("What does America want from the talks?") == []


def test_parties_named_by_one_word_and_plural_verbs():
    body = ("Labour wants every school to meet new standards by 2006, while the Conservatives say head teachers "
            "should decide. The Liberal Democrats believe the money should go directly to schools.")
    assert sides_of(body) == ["Labour", "Conservatives", "Liberal Democrats"]


def test_a_party_named_before_a_title_is_the_side_of_the_person():
    body = "Lib Dem leader Charles Kennedy called for an independent review."
    assert sides_of(body) == ["Lib Dem (Charles Kennedy)"]
