"""Speakers and the people offered as speakers, in the styles of tests/data/invented19 (written for these tests, no
sentence taken from that set or any other): bodies listed after a plural noun for bodies ("several operators,
including X and Y"), a body of office-holders ("… Chief Executives"), a post's words after "and" ("… and Emergency
Coordinator in X, Ana Kest"), "told a press conference in …, that …", a quotation whose tag opens the next paragraph,
"Analysts at X … they wrote", a crosshead or a clause's "which he said" taken for someone's sex, and a paraphrase
just before its quotation asked twice. Every name is invented."""

from datetime import date

from tests.core.generate.conftest import article, quotes_of, speakers
from studyapp.core.generate.facts import extract
from studyapp.core.generate.pronouns import sexes
from studyapp.core.generate.questions import build_people


def _cast(body: str) -> dict[str, str]:
    ex = extract(article(body), date(2026, 5, 4))
    return {p.name: p.kind for p in ex.cast.people}


def _claims(body: str) -> list[tuple[str, str]]:
    ex = extract(article(body), date(2026, 5, 4))
    return [(c.speaker.name, c.claim) for c in ex.claims]


def test_names_listed_after_a_plural_noun_for_bodies_are_bodies():
    body = ("Ferry crews on the Tarrow islands walked out on Monday.\n\n"
            "Several operators, including Brackwater Line and Osterholm Ferries, have told passengers they will "
            "cancel sailings until Friday.\n\n"
            "Union leader Tomas Aberg said the strike would last a week.")
    cast = _cast(body)
    assert "Brackwater Line" not in cast and cast.get("Tomas Aberg") == "person"


def test_the_several_speak_not_one_of_those_named_after_including():
    body = ("Ferry crews on the Tarrow islands walked out on Monday.\n\n"
            "Several operators, including Brackwater Line and Osterholm Ferries, have told passengers they will "
            "cancel sailings until Friday.")
    assert _claims(body) == [("Several operators", "they will cancel sailings until Friday")]
    # (and "At least three …," is the subject, not a setting like "At the hearing,")
    body = body.replace("Several operators", "At least three operators")
    assert _claims(body) == [("At least three operators", "they will cancel sailings until Friday")]


def test_a_body_of_office_holders_is_no_person():
    body = ("Hospitals face a winter of delays.\n\n"
            "The Federation of Island Ferry Chief Executives said the strike was unlawful and that it would seek an "
            "injunction.")
    cast = _cast(body)
    assert "Executives" not in cast
    # (a plural title alone opening a sentence is no body either: "Consultants will step in …")
    ex = extract(article("Consultants will step in to cover the strike. Its cost was high, Trust Wales said."),
                 date(2026, 5, 4))
    assert not [m for m in ex.cast.mentions if m.text == "Consultants" and m.kind == "org"]
    assert _claims(body)[0][0] == "Federation of Island Ferry Chief Executives"


def test_a_post_after_and_is_no_persons_name():
    body = ("Floods cut off villages in the north.\n\n"
            "The Deputy Regional and Emergency Coordinator in Velmora, Ana Kest, said 40 villages were cut off.")
    assert "Emergency Coordinator" not in _cast(body)


def test_a_claim_told_to_a_press_conference_somewhere_starts_after_that():
    body = ("The Vellmar dock strike goes on.\n\n"
            "Union leader Tomas Aberg told a press conference in the harbour town, Vellmar, that the strike would go "
            "on until the port paid the March rise.\n\n"
            "Counsel for the port, Hanna Brisk, told the court at a one-day hearing in March that the stoppage had "
            "been unlawful from the start.")
    claims = _claims(body)
    assert ("Tomas Aberg", "the strike would go on until the port paid the March rise") in claims
    assert ("Hanna Brisk", "the stoppage had been unlawful from the start") in claims


def test_a_tag_that_opens_the_paragraph_after_its_quotation():
    body = ("A chemical leak closed the Orrin river on Tuesday.\n\n"
            "The plant's manager, Selma Dario, said the leak had been stopped.\n\n"
            "\"The river went white before breakfast. We rang the plant at seven. Nobody answered,\"\n\n"
            "said Tobias Wren, who keeps bees beside the river. He said he had moved his hives.")
    assert speakers(body) == ["Tobias Wren"]


def test_they_after_a_bodys_members_is_that_body():
    body = ("Kessway Foods cut its profit forecast on Monday.\n\n"
            "Kessway said sales had fallen for a third month.\n\n"
            "Analysts at Marrin Capital said in a note that the cut was smaller than feared. \"The worst is in the "
            "price. We would buy,\" they wrote.")
    assert speakers(body) == ["Marrin Capital"]


def test_a_crosshead_and_a_clauses_own_subject_are_no_one_elses_sex():
    body = ("Vote set for June\n\n"
            "Senate leader Colm Ardery said the full vote would come on 18 June.\n\n"
            "WHAT SHE SAID\n\n"
            "Nominee Ilsa Varro answered questions for eleven hours, a length which he said was usual.\n\n"
            "Justice Bram Tollen, who announced his retirement in April, will leave in June.")
    ex = extract(article(body), date(2026, 5, 4))
    sx = sexes(ex.article.title + "\n" + ex.article.body, build_people(ex))
    assert sx.get("Colm Ardery") != "f" and sx.get("Bram Tollen") != "f" and sx.get("Ilsa Varro") != "m"


def test_a_paraphrase_just_before_its_quotation_is_not_asked_as_well():
    from studyapp.core.generate.pipeline import generate_bank
    text = ("Camp families wary of border deal\n\n"
            "Leaders of Ostvar and Calmor signed a border accord in Tessin on Monday. The accord moves troops 20km back "
            "from the line and opens two crossings by June.\n\n"
            "Refugee groups were cautious. Lidia Marnos, head of the Camp Families Forum, said many families had "
            "heard promises before. \"People will believe it when the soldiers are gone and the mines are cleared,\" "
            "she said.\n\n"
            "The Ostvar foreign minister, Pavel Strand, said the crossings would open on 1 June. \"This is the first "
            "accord in thirty years that has a date in it,\" he said.\n\n"
            "The Calmor defence minister, Irena Solvik, said mine clearance would take at least three years. "
            "\"We have maps for half the fields. For the rest we have only what farmers remember,\" she said.\n\n"
            "Aid worker Tomas Belden, who runs a clinic in the largest camp, said medicine deliveries had doubled "
            "since the talks began.")
    bank, _ = generate_bank(text, published=date(2026, 5, 4))
    asked = [q for q in bank["questions"] if q.get("topic") == "who-said-what" and
             (q.get("speaker") == "Lidia Marnos" or q.get("answer") == "Lidia Marnos")]
    assert len(asked) <= 1


def test_a_name_cloze_accepts_forms_of_the_name_not_a_bare_title():
    from studyapp.core.generate.questions import Ids, cloze_candidates
    body = ("A public inquiry into the Wexley quarry closed on Friday.\n\n"
            "The inquiry's chair, the planning inspector Dame Hilda Marrable, told the hearing at Wexley Town Hall "
            "that she would report to the minister by 30 June.\n\n"
            "The inspector said 4,100 letters had been received.")
    ex = extract(article(body), date(2026, 5, 4))
    people = build_people(ex)
    accepts = [c.question["accept"] for c in cloze_candidates(ex, Ids(), people) if c.question["id"].startswith("name-")]
    assert accepts and all(not a.lower().startswith("the ") for acc in accepts for a in acc)


def test_a_subheading_in_quotation_marks_is_no_ones_quotation():
    body = ("Federation president Ilse Marwood announced the result after a secret ballot of 40 member nations. Tollby "
            "won by 24 votes to 16.\n\n"
            "Tollby's bid promised to reuse the old boathouses and build nothing new on the lake shore.\n\n"
            "\"A lake made for rowers\"\n\n"
            "Tollby bid leader Jon Arbery, a former world champion in the single sculls, said the win rewarded a "
            "campaign built around the lake.\n\n"
            "\"We never tried to be the biggest. We tried to be the best place to row,\" he said.")
    assert speakers(body) == ["Jon Arbery"]


def test_a_quotation_that_opens_on_a_verb_whose_subject_is_outside_it_is_not_asked():
    from studyapp.core.generate.checks import CheckContext, review_question
    q = {"id": "quote-x", "type": "quote", "topic": "who-said-what", "quote": "fails to reflect the cost of running "
         "a rural bus route", "speaker": "Mira Tollan", "distractors": ["Ben Ashdown", "Rhona Kell"],
         "source": "Mira Tollan said the grant \"fails to reflect the cost of running a rural bus route\"."}
    text = article("The county bus grant was cut.\n\nMira Tollan said the grant \"fails to reflect the cost of running "
                   "a rural bus route\". Ben Ashdown and Rhona Kell disagreed.")
    review = review_question(q, CheckContext(text, people=[{"name": n} for n in ("Mira Tollan", "Ben Ashdown",
                                                                                  "Rhona Kell")]))
    assert "the quotation starts mid-sentence and reads as cut" in [c.why for c in review.failed]


def test_the_body_said_is_the_body_introduced_with_that_noun_not_the_person_quoted_last():
    body = ("Patients will wait longer for a new kidney drug after talks on its price broke down.\n\n"
            "The charity Kidney Hope called the decision \"a blow to every family waiting\".\n\n"
            "\"Patients are caught in the middle again,\" said Asha Verrin, its chief executive.\n\n"
            "The charity said more than 8,000 people had signed its petition.\n\n"
            "The drug is made by Corlan Bio, a consortium led by two university spin-outs. The consortium said the "
            "price reflected twelve years of research.")
    claims = dict((c, s) for s, c in _claims(body))
    assert claims["more than 8,000 people had signed its petition"] == "Kidney Hope"
    assert claims["the price reflected twelve years of research"] == "Corlan Bio"
