"""The gate on people's questions: an option of "Who …?", "Which of these people …?" or "Who said …?" must be a
name the article itself writes as a person's (a title or a role beside it, an age, a 'who' clause, the surname alone
later, "she" in the next sentence) or at least not one it writes as a place's or a body's (after "in", "at", "the",
"the broker", beside an appositive that is no role). A broker, a union, a newspaper or a place the cast took for a
person is such a name, and a question offering one is dropped (issue 14: an organisation among people, or keyed for "Who …?")."""

from __future__ import annotations

from pathlib import Path

from studyapp.core.generate.checks import CheckContext, named_as_person, not_a_person, review_question
from studyapp.core.generate.pipeline import generate_bank, read_article

HERE = Path(__file__).parent / "sides_gate"

ARTICLE = """Ferry crews strike as talks fail

Crews on the Skerrow ferry walked out on Monday. Marta Quillfeather, 47, a deckhand for twenty years, said the crew
had no choice. The union's regional organiser, Ivo Brandling-Oakes, said the strike would last a week.

Judge Annis Corrow-Lee told the tribunal she would rule on Friday. Ms Corrow-Lee said both sides had been heard.

Sailings have been moved to Penhallow Quay, about 30 miles up the coast. The Skerrow Gazette reported that
Tenby Marine, the ferry company, had offered 3%. Talks will resume at Penhallow Quay on Thursday.

Work on Skerrow Point terminal has stopped; the terminal was due to open in May.
"""


def test_a_person_is_written_as_one():
    for name in ("Marta Quillfeather", "Ivo Brandling-Oakes", "Annis Corrow-Lee"):
        assert named_as_person(name, ARTICLE), name


def test_a_place_a_paper_or_a_firm_is_not():
    for name in ("Penhallow Quay", "Skerrow Gazette", "Tenby Marine", "Skerrow Point"):
        assert not named_as_person(name, ARTICLE) and not_a_person(name, ARTICLE), name
    for name in ("Marta Quillfeather", "Ivo Brandling-Oakes", "Annis Corrow-Lee"):
        assert not not_a_person(name, ARTICLE), name


def _choice(prompt: str, choices: list[str], answer: str) -> dict:
    return {"id": "q", "type": "choice", "topic": "context", "prompt": prompt, "choices": choices, "answer": answer,
            "source": "Crews on the Skerrow ferry walked out on Monday."}


def test_which_of_these_people_offering_a_place_fails_the_names_check():
    ctx = CheckContext(ARTICLE, persons={"Marta Quillfeather", "Ivo Brandling-Oakes", "Annis Corrow-Lee",
                                         "Penhallow Quay"})
    q = _choice("Which of these people is described in the article as a deckhand for twenty years?",
                ["Annis Corrow-Lee", "Ivo Brandling-Oakes", "Marta Quillfeather", "Penhallow Quay"],
                "Marta Quillfeather")
    failed = {c.name: c.why for c in review_question(q, ctx).failed}
    assert "names" in failed and "Penhallow Quay" in failed["names"]


def test_who_is_a_place_fails_the_names_check():
    ctx = CheckContext(ARTICLE)
    q = {"id": "q", "type": "flash", "topic": "context", "prompt": "Who is Penhallow Quay, according to the article?",
         "answer": "About 30 miles up the coast", "source": "Sailings have been moved to Penhallow Quay."}
    assert "names" in {c.name for c in review_question(q, ctx).failed}


def test_a_broker_is_not_asked_as_the_speaker_of_its_note():
    text = read_article(HERE / "mill-closure.txt")
    bank, _ = generate_bank(text, published="2026-05-04")
    for q in bank["questions"]:
        offered = [q.get("speaker", ""), *q.get("distractors", []), *q.get("choices", [])]
        if q["type"] == "quote" or str(q.get("prompt", "")).startswith(("Who ", "Which of these people")):
            assert "Pellow Street" not in offered and "Bakers Guild Forward" not in offered, q
    # the people's own quotations are still asked, each among three other people
    quotes = [q for q in bank["questions"] if q["type"] == "quote"]
    assert len(quotes) >= 6


# --- "Which side …?": a side is a party the article itself names and treats as one (sides.py) ---

from studyapp.core.generate.sides import neutral, not_a_side, weak_holder  # noqa: E402

OYSTERS = read_article(HERE / "oyster-beds-turbines.txt")


def test_a_named_party_is_a_side():
    for name in ("Lindholm Oyster Growers' Cooperative", "Selvane Marine Energy", "Department for Coastal Affairs",
                 "Tidewatch Lindholm", "the government"):
        assert not_a_side(name, OYSTERS) == "", name


def test_a_dateline_a_title_fragment_a_place_or_a_described_group_is_not():
    for name in ("BRACKENMOOR FALLS",  # a dateline in capitals
                 "Assembly Majority", "Assembly Minority",  # "Assembly Majority Leader Oswin Tarrant"
                 "Industry",  # "Industry analysts expect …": a common word opening a sentence
                 "Households", "Growers",  # described groups, written in lower case inside sentences
                 "Cooperative",  # "the cooperative": a common noun, the name is the Lindholm Oyster Growers' one
                 "Lindholm Sound",  # "growers on Lindholm Sound": where, never who
                 "CET"):  # "at 5pm CET": an abbreviation no party holds
        assert not_a_side(name, OYSTERS), name


def test_an_abbreviation_is_a_side_where_the_article_defines_it_or_makes_it_act():
    text = "Talks\n\nThe Harbour and Dock Union (HDU) walked out. KMP said it would not talk. Doors open at 9am CET."
    assert not_a_side("HDU", text) == "" and not_a_side("KMP", text) == ""
    assert not_a_side("CET", text)


def test_a_court_a_university_or_a_mediator_is_a_neutral_party():
    assert neutral("Vellmark University") and neutral("Workplace Mediation Board") and neutral("High Court")
    assert not neutral("Selvane Marine Energy")


def test_a_weak_holder_is_asked_in_no_statement():
    assert weak_holder("Assembly Majority", OYSTERS) and weak_holder("Cooperative", OYSTERS)
    assert not weak_holder("Households", OYSTERS)  # "Households fear …" reads well as a statement's subject
    assert not weak_holder("Selvane Marine Energy", OYSTERS)


def _side_choice(choices: list[str], answer: str) -> dict:
    return {"id": "q", "type": "choice", "topic": "demands", "prompt": "Which side rejects any change to the route?",
            "choices": choices, "answer": answer, "source": "Selvane Marine Energy, the developer, rejects any change "
                                                                "to the route."}


def test_which_side_offering_a_title_fragment_or_a_common_word_fails_the_names_check():
    ctx = CheckContext(OYSTERS)
    for bad in ("Assembly Minority", "Industry"):
        q = _side_choice(["Department for Coastal Affairs", bad, "Selvane Marine Energy", "Tidewatch Lindholm"],
                         "Selvane Marine Energy")
        failed = {c.name: c.why for c in review_question(q, ctx).failed}
        assert "names" in failed and bad in failed["names"], (bad, failed)
    good = _side_choice(["Department for Coastal Affairs", "Lindholm Oyster Growers' Cooperative",
                         "Selvane Marine Energy", "Tidewatch Lindholm"], "Selvane Marine Energy")
    assert "names" not in {c.name for c in review_question(good, ctx).failed}


def test_the_bank_offers_and_keys_only_parties_and_one_right_side():
    bank, _ = generate_bank(OYSTERS, published="2026-05-04")
    bad = {"Assembly Majority", "Assembly Minority", "Growers", "Lindholm Sound", "BRACKENMOOR FALLS", "Industry",
           "Cooperative", "CET", "Households"}
    sides = [q for q in bank["questions"] if str(q.get("prompt", "")).startswith("Which side")]
    assert len(sides) >= 6  # the parties' positions are still asked
    for q in sides:
        assert not bad & set(q["choices"]), q
    # the bank's own list of sides holds no title fragment, place or described group
    assert not bad & set(bank["bank"].get("sides", []))
    # Tidewatch Lindholm criticises the survey plan as too narrow, and the department says so: neither is a wrong
    # option of the other's question
    for q in sides:
        if "too narrow" in q["prompt"]:
            assert {"Tidewatch Lindholm", "Department for Coastal Affairs"} - {q["answer"]} - set(q["choices"]), q
    # no position is given to a place or a title fragment in another form ("What does Lindholm Sound threaten …?")
    for q in bank["questions"]:
        assert not any(b in str(q.get("prompt", "")) for b in ("Lindholm Sound threaten", "Assembly Majority")), q


def test_a_body_named_after_its_members_is_a_name():
    from studyapp.core.generate.checks import looks_like_name
    assert looks_like_name("Skerry Fishermen's Cooperative") and looks_like_name("Vell Women's Institute")
    assert not looks_like_name("Tomas Lind's top") and not looks_like_name("Norvania's")


def test_the_bank_beside_a_bank_the_article_names_is_no_other_body():
    from studyapp.core.generate.facts import extract
    from studyapp.core.generate.referents import Referents
    text = ("Cable row\n\nSelvane Marine Energy wants to lay a cable across the Harrow Bank, a sandbank off Vell. "
            "The Skerry Fishermen's Cooperative said the cable would ruin its grounds. The Skerry Fishermen's "
            "Cooperative demands the cable be moved away from the bank.")
    ex = extract(text, None)
    ref = Referents(ex.article, ex.cast)
    assert ref.organisation("bank", ex.article.body.find("the bank.")) is None


def test_a_state_is_a_side_wherever_the_article_puts_it():
    text = ("Quota talks\n\nTrawlers from Ostmark fish beside boats in Pellria. Talks will be held in Ostmark. "
            "Ostmarkian officials said they wanted a larger share, and boats in Pellria wait.")
    assert not_a_side("Ostmark", text) == ""  # "in Ostmark" beside "Ostmarkian officials": a state
    assert not_a_side("Pellria", text)  # only ever where boats are: a place


def test_a_partys_claim_with_too_few_other_parties_is_asked_as_a_statement():
    # the ringers and the residents are described groups, no options: "Which side said …?" has no three options,
    # so the council's claim is asked as a true statement rather than not at all
    bank, _ = generate_bank(read_article(HERE / "bells-nuisance.txt"), published="2026-03-02")
    said = [q for q in bank["questions"] if "legal duty" in str(q.get("prompt", ""))]
    assert said and said[0]["prompt"].startswith("True or false: The Varrow Vale District Council said that")
    assert said[0]["answer"] == "True"
    assert not any(str(q.get("prompt", "")).startswith("Which side") for q in bank["questions"])


def test_a_group_described_by_where_it_is_takes_a_plural_verb():
    from studyapp.core.generate.questions import agree
    assert agree("Teachers across the county of Brenholt", "wants") == "want"
    assert agree("Officials in the Harbour Department", "argues") == "argue"
    assert agree("Ministry of Transport lawyers", "argues") == "argue"
    assert agree("Friends of the Heath", "wants") == "wants"
