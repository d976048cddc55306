from studyapp.core.generate.facts import extract

from tests.core.generate.conftest import article


def claims_of(body: str) -> list[tuple[str, str]]:
    return [(c["speaker"], c["claim"]) for c in extract(article(body)).facts()["reported"]]


def test_warned_that_and_claimed_are_attributed_claims():
    body = ("Harbour Bank economist Ravi Patel warned that prices would rise again. "
            "The Easthaven Port Authority claimed the strike was illegal.")
    assert claims_of(body) == [("Ravi Patel", "prices would rise again"),
                               ("Easthaven Port Authority", "the strike was illegal")]


def test_pronoun_subject_resolves_to_the_person_in_focus():
    body = "Union leader Maria Okafor spoke to the crowd. She said the members would stay out all week."
    assert claims_of(body) == [("Maria Okafor", "the members would stay out all week")]


def test_said_name_then_claim():
    body = "Port director Tomas Lind was at the meeting. Also, said Mr Lind, the port has lost ten ships."
    assert claims_of(body) == [("Tomas Lind", "the port has lost ten ships")]


def test_direct_quotes_and_passives_are_not_reported_speech():
    body = ('"We are ready to talk," said port director Tomas Lind. It is believed the talks will resume soon.')
    assert claims_of(body) == []


def test_a_time_phrase_after_the_verb_before_that_is_no_part_of_the_claim():
    # a press-conference report (invented12 style): "said after her side's win on Saturday that …"
    ex = extract(article("Rovers head coach Ingrid Haugvik said after her own side's win on Saturday that she "
                         "expected a very different Brackwater in the final."))
    assert [c.claim for c in ex.claims] == ["she expected a very different Brackwater in the final"]
