"""Ranking keeps the best passing question of each fact, up to a number that grows with the article."""

from studyapp.core.generate.checks import CheckContext
from studyapp.core.generate.questions import Candidate
from studyapp.core.generate.rank import budget, select

ARTICLE = "Pay talks\n\nPort director Tomas Lind rejected the offer on Monday. The union wants a 6% rise."


def cand(qid, fact, priority, prompt="Which side rejects the union's offer of a pay rise?", **kw):
    q = {"id": qid, "type": "choice", "topic": kw.pop("topic", "demands"), "prompt": prompt,
         "choices": ["Port owners", "Harbour Workers Union", "City Council"], "answer": "Port owners",
         "source": "Port director Tomas Lind rejected the offer on Monday.", "explanation": "x", **kw}
    return Candidate(q, fact, priority)


def test_one_question_per_fact_the_best_one():
    kept, reviews = select([cand("low", "f1", 0.5), cand("high", "f1", 0.9, prompt="Which side turns down the "
                                                                               "union's pay offer?")],
                           CheckContext(ARTICLE), 400)
    assert [q["id"] for q in kept] == ["high"]
    assert reviews["high"].passed


def test_failing_candidates_are_dropped():
    bad = cand("bad", "f2", 1.0, prompt="When? the offer")
    kept, _ = select([bad, cand("good", "f1", 0.5)], CheckContext(ARTICLE), 400)
    assert [q["id"] for q in kept] == ["good"]


def test_the_budget_grows_with_the_article():
    assert budget(100) == 8
    assert budget(1200) == 60
    assert budget(100_000) == 80
    many = [cand(f"q{i}", f"f{i}", 0.5, prompt=f"Which side rejects offer number {i} of a pay rise?",
                 choices=[f"Side {i}", "Harbour Workers Union", "City Council"], answer=f"Side {i}")
            for i in range(20)]
    kept, _ = select(many, CheckContext(ARTICLE), 100)
    assert len(kept) == 8


def test_kept_questions_come_in_topic_order():
    qs = [cand("d", "f1", 0.9, prompt="On which day did the port director reject the offer?", topic="dates",
               answer="City Council"),
          cand("w", "f2", 0.5, prompt="Which side turns down the union's pay offer?")]
    kept, _ = select(qs, CheckContext(ARTICLE), 400)
    assert [q["id"] for q in kept] == ["w", "d"]
