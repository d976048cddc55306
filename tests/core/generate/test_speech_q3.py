"""Reported speech that readers found credited to the wrong person: a number a plural subject reported, given to the
person quoted just before; and the writer's own comment after "but" kept as part of the reported clause. Articles
written for these tests; every name is invented."""

from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank
from tests.core.generate.conftest import article
from tests.core.generate.test_speech import claims_of


def test_a_plural_subject_reports_its_own_number_not_the_person_quoted_before():
    body = ('"We are here for our pupils and for nothing else," said union branch secretary Hollis Brenner, who '
            'led the march.\n\n'
            'The unions said more than 9,000 people had registered for the march.')
    claims = claims_of(body)
    assert ("Hollis Brenner", "more than 9,000 people had registered for the march") not in claims
    assert all("9,000" not in claim for speaker, claim in claims if speaker == "Hollis Brenner")


def test_the_writers_comment_after_but_is_not_part_of_the_reported_clause():
    body = ("Chief executive Orla Vance said she expects to save $200 million a year from the merger, but that may "
            "be hard to do without closing more offices.")
    assert claims_of(body) == [("Orla Vance", "she expects to save $200 million a year from the merger")]


def test_a_but_clause_that_goes_on_reporting_stays_in_the_claim():
    body = "Chief executive Orla Vance said the merger was sound but that it would take two years to pay off."
    assert claims_of(body) == [("Orla Vance", "the merger was sound but that it would take two years to pay off")]


def test_others_view_after_but_ends_the_claim_before_it():
    body = "Mayor Lorna Vick said the budget was balanced, but critics say it relies on one-off land sales."
    assert claims_of(body) == [("Lorna Vick", "the budget was balanced")]


def test_a_lay_description_opening_the_sentence_is_not_part_of_the_name():
    body = "Resident Ann Lowe said she had lost everything in the flood and was staying with her sister."
    assert claims_of(body)[0][0] == "Ann Lowe"


def test_a_plain_noun_or_a_denial_is_no_statement_to_ask_who_said():
    body = ("Osgood Rimmer, 58, denies two counts of gross negligence over the collapse at the Tallow Street "
            "site in May. The opposition has announced a statewide shutdown on March 4 if the tax is not withdrawn. "
            "Mr Rimmer denied that he had ignored the warnings from the council's inspectors.\n\n"
            '"We warned him three times in writing and nothing was done," said inspector Mabel Quist, who visited '
            'the site in March. Prosecutor Ivo Lantz said the trial would last three weeks.')
    ex = extract(article(body))
    assert [(c.claim.split()[0], c.asserted) for c in ex.claims][:3] == [("two", False), ("a", False), ("he", False)]
    reported = [q["quote"] for q in generate_bank(article(body))[0]["questions"] if q.get("reported")]
    assert reported and not any(r.startswith(("two counts", "a statewide", "they had ignored")) for r in reported)


def test_the_one_told_is_not_part_of_what_they_were_told():
    body = "Judge Wilma Haig told the jurors they must decide the case only on the evidence heard in court."
    assert claims_of(body) == [("Wilma Haig", "they must decide the case only on the evidence heard in court")]


def test_the_one_told_is_left_out_before_a_new_subject_with_its_article():
    # a court report: "told the court the firm had …" is what the court heard, said of the firm
    body = "Prosecutor Imogen Vale told the court the landlord had ignored three warnings about the wiring."
    assert claims_of(body) == [("Imogen Vale", "the landlord had ignored three warnings about the wiring")]
