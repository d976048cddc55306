"""What a bank asks beyond who said what: the parties offered as sides are the story's, and the facts a teacher
wants asked (issue 14's coverage) are drafted in forms that pass every check. Articles invented for the tests."""

from studyapp.core.generate.facts import extract
from studyapp.core.generate.questions import build_people, draft_candidates

HARBOUR = ("Harbour talks stall over night shifts\n\n"
           "Talks between the Harbour Authority and the Velmar Dockworkers Union broke down on Tuesday after a week "
           "of meetings.\n\n"
           "The Velmar Dockworkers Union said that the new shift rota would put tired crews on the cranes at night.\n\n"
           "The Harbour Authority wants the new rota in place by the spring. The Ostrava Freight Group is demanding "
           "compensation for cargo left on the quay during the dispute. The Quayside Traders Association wants the "
           "gates opened to vans before dawn.\n\n"
           "The union refuses to work the extra night shifts without a pay supplement.\n\n"
           "The old quay was first laid out for the Northern Trading Company, long before the first containers came.\n\n"
           "The Ostrava Freight Group said that its ships would sail to other ports if the quay stayed closed.\n\n"
           "The Velmar Dockworkers Union said that the Harbour Authority had ignored every safety report since the "
           "summer.")


def drafts(text: str) -> list[dict]:
    ex = extract(text, None)
    return [c.question for c in draft_candidates(ex, build_people(ex))]


def side_said(text: str) -> list[dict]:
    return [q for q in drafts(text) if q.get("prompt", "").startswith("Which side said")]


def test_an_organisation_named_once_in_passing_is_not_offered_as_a_side():
    """A reader found a state that no longer exists, named once in an aside, offered beside today's parties."""
    asked = side_said(HARBOUR)
    assert len(asked) == 3, [q["prompt"] for q in asked]
    for q in asked:
        assert "Northern Trading Company" not in q["choices"], q
        assert {"Harbour Authority", "Velmar Dockworkers Union", "Ostrava Freight Group"} & set(q["choices"])


def test_a_side_the_prompt_names_is_no_wrong_option_when_others_are_there():
    """'Which side said that the Harbour Authority had ignored …?' with the Harbour Authority offered is no guess."""
    text = HARBOUR.replace("The old quay was first laid out for the Northern Trading Company, long before the first "
                           "containers came.\n\n", "")
    q = next(q for q in side_said(text) if "ignored every safety report" in q["prompt"])
    assert q["answer"] == "Velmar Dockworkers Union"
    assert "Harbour Authority" not in q["choices"]
    assert len(q["choices"]) >= 3
