"""Ranking keeps the best passing question of each fact, up to a number that grows with the article."""

from studyapp.core.generate.checks import CheckContext
from studyapp.core.generate.questions import Candidate
from studyapp.core.generate.rank import budget, select

ARTICLE = ("Pay talks\n\nPort director Tomas Lind rejected the offer on Monday. The union wants a 6% rise. The Harbour "
           "Workers Union met the Port Owners Group and the City Council on Friday.")


def cand(qid, fact, priority, prompt="Which side rejects the union's offer of a pay rise?", **kw):
    q = {"id": qid, "type": "choice", "topic": kw.pop("topic", "demands"), "prompt": prompt,
         "choices": ["Port Owners Group", "Harbour Workers Union", "City Council"], "answer": "Port Owners Group",
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
    things = ["ferries", "cranes", "tugs", "barges", "pilots", "docks", "berths", "locks", "quays", "wharves",
              "silos", "depots", "sheds", "yards", "gates", "ramps", "buoys", "cables", "pumps", "hoists"]
    many = [cand(f"q{i}", f"f{i}", 0.5, prompt=f"Which side rejects new {thing}?",  # twenty points, not one
                 choices=[f"Side {i}", "Harbour Workers Union", "City Council"], answer=f"Side {i}")
            for i, thing in enumerate(things)]
    named = ARTICLE + " Talks were held with " + ", ".join(f"Side {i}" for i in range(len(things))) + "."
    kept, _ = select(many, CheckContext(named), 100)
    assert len(kept) == 8


def test_kept_questions_come_in_topic_order():
    qs = [cand("d", "f1", 0.9, prompt="On which day did the port director reject the pay offer?", topic="dates",
               answer="City Council"),
          cand("w", "f2", 0.5, prompt="Which side turns down the union's pay offer?")]
    kept, _ = select(qs, CheckContext(ARTICLE), 400)
    assert [q["id"] for q in kept] == ["w", "d"]


def _who(qid: str, prompt: str, source: str, fact: str, priority: float, **kw) -> Candidate:
    q = {"id": qid, "type": "quote", "topic": "who-said-what", "reported": True, "quote": prompt,
         "speaker": "Tomas Lind", "distractors": ["Ana Ruiz", "Ben Cole"], "source": source, "explanation": "x"}
    q.update(kw)
    return Candidate(q, fact, priority)


def test_a_claim_and_a_position_from_one_clause_are_asked_once():
    article = ("Pay talks\n\nPort director Tomas Lind said he was waiting for the pay review before any offer. "
               "Ana Ruiz and Ben Cole spoke too.")
    said = _who("said", "he was waiting for the pay review before any offer",
                "Port director Tomas Lind said he was waiting for the pay review before any offer.", "claim:1", 0.85)
    wants = Candidate({"id": "wants", "type": "choice", "topic": "demands",
                       "prompt": "Who is waiting for the pay review before any offer?",
                       "choices": ["Tomas Lind", "Ana Ruiz", "Ben Cole"], "answer": "Tomas Lind",
                       "source": "he was waiting for the pay review before any offer", "explanation": "x"},
                      "demand:1", 0.95)
    kept, _ = select([said, wants], CheckContext(article, persons={"Tomas Lind", "Ana Ruiz", "Ben Cole"}), 400)
    assert [q["id"] for q in kept] == ["wants"]


def test_one_date_is_asked_once():
    article = "Strike\n\nNurses walked out on Wednesday. Picket lines went up at six hospitals on Wednesday."

    def when(qid, prompt, source, fact):
        return Candidate({"id": qid, "type": "date", "topic": "dates", "prompt": prompt, "answer": "2025-03-19",
                          "precision": "day", "source": source, "explanation": "x"}, fact, 0.9)
    kept, _ = select([when("a", "On what date did nurses walk out?", "Nurses walked out on Wednesday.", "d1"),
                      when("b", "On what date did picket lines go up at six hospitals?",
                           "Picket lines went up at six hospitals on Wednesday.", "d2")], CheckContext(article), 400)
    assert [q["id"] for q in kept] == ["a"]


def test_a_match_question_that_repeats_the_side_questions_is_not_kept():
    article = ("Port talks\n\nThe union demands a 6% rise. The union rejects the new rota. The Port Owners Group wants "
               "a two-year deal. The City Council offers a mediator. The Harbour Workers Union meets them on Friday.")
    sides = ["Harbour Workers Union", "Port Owners Group", "City Council"]

    def side(qid, stance, src):
        return Candidate({"id": qid, "type": "choice", "topic": "demands", "prompt": f"Which side {stance}?",
                          "choices": sorted(sides), "answer": "Harbour Workers Union", "source": src,
                          "explanation": "x"}, f"demand:{qid}", 0.95)
    match = Candidate({"id": "match", "type": "match", "topic": "demands",
                       "prompt": "Match each position to the side that holds it.",
                       "pairs": [["Demands a 6% rise", "Harbour Workers Union"],
                                 ["Rejects the new rota", "Harbour Workers Union"],
                                 ["Wants a two-year deal", "Port Owners Group"], ["Offers a mediator", "City Council"]],
                       "source": "The union demands a 6% rise.", "explanation": "x"}, "match:positions", 0.8)
    kept, _ = select([side("s1", "demands a 6% rise", "The union demands a 6% rise."),
                      side("s2", "rejects the new rota", "The union rejects the new rota."), match],
                     CheckContext(article, sides=sides), 400)
    assert "match" not in [q["id"] for q in kept]
    kept, _ = select([side("s1", "demands a 6% rise", "The union demands a 6% rise."), match],
                     CheckContext(article, sides=sides), 400)
    assert "match" in [q["id"] for q in kept]


def test_who_is_who_questions_are_few_beside_the_story_questions():
    names = ["Ann Lee", "Bo Park", "Cy Dunn", "Di Moss", "Ed Fox"]
    article = "Pay talks\n\n" + " ".join(f"{n} is the port's officer number {i}." for i, n in enumerate(names)) + \
        " Port director Tomas Lind rejected the offer on Monday. The Port Owners Group rejects the rise. The Harbour " \
        "Workers Union met the City Council on Friday."
    who = [Candidate({"id": f"who-{i}", "type": "choice", "topic": "context",
                      "prompt": f"Which of these people is described in the article as officer number {i}?",
                      "choices": sorted([n, *[o for o in names if o != n][:2]]), "answer": n,
                      "source": f"{n} is the port's officer number {i}.", "explanation": "x"}, f"role:{n}", 0.6)
           for i, n in enumerate(names)]
    story = [cand("s1", "f1", 0.95), cand("s2", "f2", 0.95, prompt="Which side wants longer shifts at the port?",
                                             source="The Port Owners Group rejects the rise.")]
    kept, reviews = select(story + who, CheckContext(article, persons=set(names)), 2000)
    assert sum(q["topic"] == "context" for q in kept) == 2, [q["id"] for q in kept]
    assert {"s1", "s2"} <= {q["id"] for q in kept}


def test_one_day_is_asked_once_whatever_the_question_type():
    article = "Strike\n\nNurses walked out on Wednesday. Picket lines went up at six hospitals on Wednesday."
    a = Candidate({"id": "a", "type": "date", "topic": "dates", "prompt": "On what date did nurses walk out?",
                   "answer": "2025-03-19", "precision": "day", "source": "Nurses walked out on Wednesday.",
                   "explanation": "x"}, "date:Nurses walked out:2025-03-19", 0.9)
    b = Candidate({"id": "b", "type": "choice", "topic": "dates",
                   "prompt": "On what date did picket lines go up at six hospitals?",
                   "choices": ["18 March 2025", "19 March 2025", "20 March 2025"], "answer": "19 March 2025",
                   "source": "Picket lines went up at six hospitals on Wednesday.", "explanation": "x"},
                  "date:Picket lines went up:2025-03-19", 0.8)
    kept, _ = select([a, b], CheckContext(article), 400)
    assert [q["id"] for q in kept] == ["a"]
