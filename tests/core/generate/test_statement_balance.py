"""A bank's true/false statements are balanced (a student who always answers "True" must not pass), and a
position is asked as "Which of these is X's position, according to the article?" when that question is fit."""

from studyapp.core.generate.checks import CheckContext, review_question
from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.questions import build_people, draft_candidates

from tests.core.generate.conftest import article

# Two sides only: no "Which side …?" question can be asked, so each position was a true statement.
TWO_SIDES = article("""
The Dockside Workers Union wants night shifts at the Pellam terminal capped at four a month. The union also demands a new canteen for crane drivers and opposes the use of agency staff on the quays.

Union organiser Bram Tellick said members had been patient for too long. "We have asked nicely for two years," he said.

Korrin Freight insists that the terminal cannot run without night crews. The company also plans to buy six electric straddle carriers and wants the harbour authority to deepen the outer berth.

A Korrin Freight spokeswoman, Lyra Osk, said the firm valued its staff and would meet the union again on Friday.
""", "Dock workers and Korrin Freight trade blows over night shifts")

# Three named sides and a generic one ("Critics"), whose name is no option of a "Which side …?" question.
HARBOUR = article("""
The Vessland government is prepared to block any plan to lift the harbour levy agreed by the old port board in 1998, ministers said on Tuesday.

Transport minister Orla Brenning said the Vessland government wanted to keep a firm grip on ferry timetables. Ms Brenning insisted that the new shipping office posed no danger to island crews.

The Tarrow Ferry Company wants the harbour levy to be scrapped before the summer season. Its chief executive, Piet Ondall, said the levy had cost the firm dearly for years.

The Merrow Islands Council hopes to settle the row at a meeting in Kelby next month. Council leader Ines Marrak said the islands could not wait another winter.

Critics believe the dispute could drive passengers to cheaper routes along the northern coast.
""", "Harbour levy row deepens as ferry talks stall")

# A side and a bloc it belongs to: the bloc's position may be the side's own too.
GRAIN = article("""
Ostland wants lower tariffs on imported grain. Ostland, Pravia and Lundmark want the grain fund to be capped at two per cent of farm income. The Grain Council urges a review of storage rules. Velmar opposes new quotas on barley exports.

Ostland's farm minister, Hedda Moor, said the talks would resume in the spring.
""", "Grain council meets as tariff quarrel widens")


def _statements(bank: dict) -> tuple[int, int]:
    keys = [q["answer"] for q in bank["questions"] if q.get("choices") == ["True", "False"]]
    return keys.count("True"), keys.count("False")


def _positions_asked(text: str) -> list[tuple[dict, bool]]:
    ex = extract(text)
    people = build_people(ex)
    context = CheckContext(ex.article.title + "\n" + ex.article.body, people=people, sides=ex.sides(),
                           persons={p.name for p in ex.cast.people if p.kind == "person"})
    return [(c.question, review_question(c.question, context, c.priority).passed)
            for c in draft_candidates(ex, people) if c.question["id"].startswith("position-")]


def test_a_bank_keeps_at_most_one_more_true_statement_than_false_ones():
    bank, _ = generate_bank(TWO_SIDES)
    true, false = _statements(bank)
    assert true <= false + 1, [q.get("prompt") for q in bank["questions"]]
    assert true >= 1  # one true statement is still asked: the balance drops the surplus, not all of them


def test_a_generic_group_is_no_option_so_which_side_questions_reach_the_bank():
    bank, _ = generate_bank(HARBOUR)
    which = [q for q in bank["questions"] if q.get("prompt", "").startswith("Which side ")]
    assert len(which) >= 3
    assert not any("Critics" in q["choices"] for q in which)
    assert not any("Critics" in q["prompt"] for q in bank["questions"] if q.get("prompt", "").startswith("Which of these"))
    true, false = _statements(bank)
    assert true <= false + 1


def test_the_position_question_names_its_holder_as_an_owner_and_passes_its_checks():
    asked = _positions_asked(HARBOUR)
    ours = [(q, ok) for q, ok in asked
            if q["prompt"] == "Which of these is the Vessland government's position, according to the article?"]
    assert ours and all(ok for _, ok in ours)
    for q, _ in ours:
        assert q["answer"] in q["choices"] and len(q["choices"]) >= 3
        own = {"wants to keep a firm grip on ferry timetables",
               "insists that the new shipping office posed no danger to island crews"}
        assert q["answer"] in own and not (set(q["choices"]) - {q["answer"]}) & own
    assert not any(q["prompt"].startswith("Which of these is Critics") for q, _ in asked)


def test_a_blocs_position_is_no_wrong_option_of_a_side_in_the_bloc():
    asked = _positions_asked(GRAIN)
    ostland = [q for q, ok in asked if q["prompt"].startswith("Which of these is Ostland's position") and ok]
    assert ostland
    assert not any("grain fund" in o for q in ostland for o in q["choices"])


def test_the_position_checks_read_the_new_wording():
    q = {"id": "p", "type": "choice", "topic": "demands",
         "prompt": "Which of these is the United Provinces' position, according to the article?",
         "choices": ["wants lower tariffs on grain", "opposes new quotas on barley", "urges a review of storage rules"],
         "answer": "wants lower tariffs on grain", "source": "The United Provinces want lower tariffs on grain.",
         "explanation": "x"}
    assert review_question(q, CheckContext("")).passed
    q.update(prompt="Which of these is Critics' position, according to the article?")
    assert "not a party" in " ".join(c.why for c in review_question(q, CheckContext("")).failed)
    q.update(prompt="Which of these is Anna Velt's position, according to the article?",
             choices=["wants lower tariffs on grain", "is not convinced by Ms Velt's figures",
                      "urges a review of storage rules"])
    assert "names Anna Velt" in " ".join(c.why for c in review_question(q, CheckContext("")).failed)


FARES = article("""
The Kelby Ferry Company wants a fare rise of ten per cent. The Islanders Association opposes any fare rise this year. The Kelby Ferry Company rejects that criticism. The Harbour Board supports a new timetable. The Islanders Association demands a night crossing.
""", "Ferry fares row")


def test_a_match_item_that_points_back_at_its_sentence_is_left_out():
    ex = extract(FARES)
    pairs = [p for c in draft_candidates(ex, build_people(ex)) if c.question["type"] == "match"
             for p in c.question["pairs"]]
    lefts = [left for left, _ in pairs]
    assert "Rejects that criticism" not in lefts
    assert "Opposes any fare rise this year" in lefts  # "this year" says when, not which


def test_a_surplus_true_statement_takes_another_form_or_goes_its_sentence_still_asked_first():
    from studyapp.core.generate.questions import Candidate
    from studyapp.core.generate.rank import select

    text = ("Quay talks\n\nThe Harbour Workers Union, which struck on 4 March 2026, wants a pay rise of six per cent. "
            "The Port Owners Group rejects longer shifts for crane drivers. The City Council backs a new ferry "
            "terminal.")
    sentences = ["The Harbour Workers Union, which struck on 4 March 2026, wants a pay rise of six per cent.",
                 "The Port Owners Group rejects longer shifts for crane drivers.",
                 "The City Council backs a new ferry terminal."]
    said = ["The Harbour Workers Union wants a pay rise of six per cent.",
            "The Port Owners Group rejects longer shifts for crane drivers.",
            "The City Council backs a new ferry terminal."]

    def statement(i: int) -> Candidate:
        return Candidate({"id": f"tf{i}", "type": "choice", "topic": "demands", "prompt": f"True or false: {said[i]}",
                          "choices": ["True", "False"], "answer": "True", "source": sentences[i],
                          "explanation": "x"}, f"demand:{i}", 0.6)

    which = Candidate({"id": "side1", "type": "choice", "topic": "demands",
                       "prompt": "Which side rejects longer shifts for crane drivers?",
                       "choices": ["City Council", "Harbour Workers Union", "Port Owners Group"],
                       "answer": "Port Owners Group", "source": sentences[1], "explanation": "x"}, "demand:1", 0.5)
    date = Candidate({"id": "date-strike", "type": "date", "topic": "dates",
                      "prompt": "On what date did the Harbour Workers Union strike?", "answer": "2026-03-04",
                      "precision": "day", "source": sentences[0], "explanation": "x"}, "date:2026-03-04", 0.5)
    kept, _ = select([statement(0), statement(1), statement(2), which, date], CheckContext(text), 400)
    ids = [q["id"] for q in kept]
    assert "side1" in ids and "tf1" not in ids  # asked another way
    assert "date-strike" in ids
    assert "tf2" in ids and "tf0" not in ids  # the sentence of tf0 is still asked (its date)
