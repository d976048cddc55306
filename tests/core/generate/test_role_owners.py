"""A person's role is used in a question (keyed, or offered beside another person's) only whole: its owner a body
the article names, not a day, a cut-off word or "the union" left for the reader to guess; an office with no body
("Chief executive") is given the body it belongs to or is never keyed (issue 14, points 3 and 4). Articles written
for these tests; every name is invented."""

from datetime import date

from studyapp.core.generate.checks import CheckContext, review_question
from studyapp.core.generate.facts import extract
from studyapp.core.generate.people import bare_office, role_fault
from studyapp.core.generate.pipeline import generate_bank
from tests.core.generate.conftest import article


def _cast(text):
    return {p.name: p for p in extract(text).cast.people}


def _role_questions(bank):
    return [q for q in bank["questions"] if q["id"].startswith(("who-is", "role-of", "which-person"))]


def _drafted(text):
    """Every role question drafted for the article, before ranking keeps some."""
    from studyapp.core.generate.questions import Ids, build_people, role_candidates
    ex = extract(text)
    return [c.question for c in role_candidates(ex, Ids(), build_people(ex))]


def _shown(q):
    return " | ".join([q.get("prompt", ""), str(q.get("answer", "")), *map(str, q.get("choices", []))])


LOCKOUT = article("\n\n".join([
    'Workers at the Brannock Bakeries plant in Coldmere were locked out on Friday after talks between the company '
    'and the union broke down over pay.',
    'The Bakers and Allied Trades Union, which represents about 600 of the plant\'s 750 staff, had asked for a 7% '
    'rise this year. The company offered 2.5%.',
    'The union\'s general secretary, Marisol Dunleavy, said the lockout was meant to frighten members. "They have '
    'shut the gates on people who have worked here for thirty years," she said.',
    'Its regional organiser, Piers Okafor-Lund, said members would picket the gates every day. The head of the '
    'union\'s Coldmere branch, Edwin Sallow, said the branch could support members for about three weeks.',
    'Brannock Bakeries said the lockout answered a ban on overtime. Its managing director, Ulrika Thorsby, said '
    'the company had made a fair offer. "We cannot pay more than we earn," she said.',
    'The employers\' body for the industry, the Federation of Independent Bakers, urged both sides to go to '
    'arbitration. Its chairman, Desmond Ilori-Webb, said a long dispute would hurt every bakery in the region.',
]), "Bakery workers locked out as pay talks collapse")


def test_a_day_a_cut_word_or_a_pronoun_is_no_owner():
    assert role_fault("chief executive of Tuesday")
    assert role_fault("the chief executive of Tuesday’s winning bidder")
    assert role_fault("Monday chairman")
    assert role_fault("The spokesperson for the")
    assert role_fault("chair of Te Awa o")
    assert role_fault("spokesperson for the St")
    assert role_fault("Its chairman")
    for whole in ("chief executive of Castleby Homes", "a lawyer at Banks & Thorne", "Kelvar's chairman",
                  "The Minister of Industry", "Harriers chairman", "the daughter of Ann Roe", "Health Secretary"):
        assert role_fault(whole) == "", whole


def test_an_office_with_no_body_is_told_from_a_title_with_one():
    assert bare_office("Chief executive") == "chief executive"
    assert bare_office("the general secretary") == "general secretary"
    assert bare_office("Head coach") == "head coach"
    for owned in ("Health Secretary", "Harriers chairman", "Former captain", "a sports economist", "Local MP",
                  "chief executive of Castleby Homes"):
        assert bare_office(owned) == "", owned


def test_its_is_not_the_body_named_before_another_body():
    # "Its chairman" after a sentence about a federation the names did not read is not the bakery's chairman
    assert _cast(LOCKOUT)["Desmond Ilori-Webb"].role != "chairman of Brannock Bakeries"
    assert _cast(LOCKOUT)["Ulrika Thorsby"].role == "managing director of Brannock Bakeries"


def test_the_union_in_a_role_is_named_or_the_role_is_not_used():
    shown = [_shown(q) for q in _drafted(LOCKOUT)]
    assert shown
    assert not any("the union's" in s.lower() or "the union’s" in s.lower() for s in shown), shown
    assert not any("chairman of Brannock Bakeries" in s for s in shown), shown


def test_a_body_the_sentence_addresses_is_not_the_employer():
    text = article("Halvern Foods said on Monday it would cut 300 jobs.\n\nSpeaking to the Harleigh Chamber of "
                   "Commerce, the chief executive, Anna Brightwell-Kos, said the cuts were final.", "Halvern cuts jobs")
    assert "Chamber" not in _cast(text)["Anna Brightwell-Kos"].role


def test_a_day_before_a_title_is_no_side():
    text = article("Halvern Foods cut jobs.\n\nSpeaking on Tuesday chief executive Anna Brightwell-Kos said the "
                   "plant would close.", "Halvern cuts jobs")
    p = _cast(text)["Anna Brightwell-Kos"]
    assert "Tuesday" not in p.role and p.side != "Tuesday"
    text = article("Halvern Foods cut jobs.\n\nAnna Brightwell-Kos, the chief executive of Tuesday’s winning "
                   "bidder, said the plant would close.", "Halvern cuts jobs")
    assert _cast(text)["Anna Brightwell-Kos"].side != "Tuesday"


RESULTS = article("\n\n".join([
    'The Harlow Biscuit Company cut its profit forecast on Wednesday after cocoa prices rose again, sending its shares down 9%.',
    'Chief executive Nadia Okoro-Lind said the first half had been the hardest in a decade. "We have never paid so '
    'much for cocoa," she said.',
    'Finance chief Owen Braddock said the company would slow hiring for the rest of the year.',
    'Petra Vance, an analyst at Marlow Prior, said the warning had been expected. "Everyone knew cocoa would bite," '
    'she said.',
    'Tomas Greig, a food economist at the University of Dunmere, said other makers would follow.',
]), "Biscuit maker cuts forecast as cocoa bites")


def test_an_office_is_given_its_body_before_it_is_keyed():
    role_qs = _drafted(RESULTS)
    keys = [str(q["answer"]) for q in role_qs if q["id"].startswith(("who-is", "role-of"))] + [
        q["prompt"] for q in role_qs if q["id"].startswith("which-person")]
    assert keys
    assert not any(k.rstrip("?").lower().endswith(("as chief executive", "as the chief executive", "as finance chief"))
                   or k.lower() in ("chief executive", "finance chief") for k in keys), keys
    assert any("Harlow Biscuit Company" in _shown(q) for q in role_qs), [_shown(q) for q in role_qs]


def test_the_check_fails_a_role_option_with_a_stray_owner():
    body = LOCKOUT
    q = {"id": "role-of-x", "type": "choice", "topic": "context", "prompt": "How does the article describe Ulrika "
         "Thorsby?", "answer": "Managing director of Brannock Bakeries",
         "choices": ["Chief executive of Tuesday", "Managing director of Brannock Bakeries",
                     "General secretary of the Bakers and Allied Trades Union"],
         "source": "Its managing director, Ulrika Thorsby, said the company had made a fair offer."}
    review = review_question(q, CheckContext(body))
    assert any(c.name == "complete" and not c.ok and "Tuesday" in c.why for c in review.checks), review.checks
    q["choices"][0] = "The head of the union's Coldmere branch"
    review = review_question(q, CheckContext(body))
    assert any(c.name == "complete" and not c.ok for c in review.checks), review.checks


PROFILE = article("\n\n".join([
    'At 81, Wilhelmina Rusk-Tennant still sits at the loom in the front room of her cottage in Glen Arrow every '
    'morning.',
    'Born Wilhelmina Margaret Corr in the mill town of Dunharrow, she learned to weave from her grandmother. She '
    'married the boatbuilder Anselm Rusk-Tennant in 1966.',
    'Her husband, Anselm Rusk-Tennant, who died in 2019, built the loom she still uses. "He made it from the oak of '
    'an old boat," she says. "Every time I sit at it I think of him."',
]), "The weaver who taught a valley to spin again")


def test_a_birth_name_is_the_subject_not_another_person():
    cast = _cast(PROFILE)
    assert "Wilhelmina Margaret Corr" not in cast
    assert "Wilhelmina Margaret Corr" in cast["Wilhelmina Rusk-Tennant"].aliases
    quotes = {q["quote"]: q["speaker"] for q in extract(PROFILE).facts()["quotes"]}
    assert all(s == "Wilhelmina Rusk-Tennant" for s in quotes.values()), quotes
    shown = [_shown(q) for q in _drafted(PROFILE)]
    assert any("Husband of Wilhelmina Rusk-Tennant" in s for s in shown), shown


DATA_CENTRE = article("\n\n".join([
    'Farmers in the Upper Kell valley have asked the state to stop the sale of reservoir water to a data centre.',
    'Harrowgate Compute, the developer, said in a statement that it had followed every rule and every permit '
    'process.',
    '"We will not let our orchards die for a server farm," said Dolores Antunez-Mayne, chair of the Upper Kell '
    'Growers Association.',
    'State Senator Ruth Abelard-Cole said she would ask for a hearing. Tomas Whitlow-Green, chair of the state water '
    'board, said the sale was lawful.',
]), "Farmers fight water sale to data centre")


def test_a_body_the_article_calls_it_is_no_person_of_a_role_question():
    drafted = _drafted(DATA_CENTRE)
    assert drafted
    assert not any("Harrowgate Compute" in _shown(q) or "the developer" in _shown(q).lower() for q in drafted), \
        [_shown(q) for q in drafted]


def test_a_counterpart_s_country_owns_the_title_after_it():
    text = article("Trade talks between Ostrland and France opened in Geneva on Monday.\n\nOstrland's trade minister "
                   "Anika Draszek will meet her French counterpart, trade minister Teodor Baalbek, on Tuesday. "
                   "\"We hope to close the gap,\" Baalbek said.", "Ostrland and France open trade talks")
    assert _cast(text)["Teodor Baalbek"].role == "French trade minister"
