"""Reported speech: a claim for each verb of saying, cut at the end of its clause (invented sentences)."""

from tests.core.generate.test_speech import claims_of


def test_each_verb_of_saying_has_its_own_claim_and_a_bracket_ends_one():
    body = ("Tarvia's trade ministry says it expects signed answers on every clause "
            "(which Mr Orlov has repeatedly said his team will not provide).")
    # (the bracket's own "which Mr Orlov has … said his team will not provide" is no claim: its object is the
    # relative pronoun, so "his team will not provide" read alone says nothing)
    assert claims_of(body) == [("Tarvia's trade ministry", "it expects signed answers on every clause")]


def test_a_which_clause_after_the_claim_is_not_part_of_it():
    body = "Minister Ana Ruiz said the budget was fair, which would suggest no more cuts are coming."
    assert claims_of(body) == [("Ana Ruiz", "the budget was fair")]


def test_two_speakers_joined_by_while_each_keep_their_claim():
    body = ("Union leader Ana Ruiz said the strike would go on, while port director Tomas Lind said the port "
            "was open as usual.")
    assert claims_of(body) == [("Ana Ruiz", "the strike would go on"), ("Tomas Lind", "the port was open as usual")]


def test_a_claim_inside_a_claim_has_its_own_speaker():
    body = "Union leader Ana Ruiz said the mayor had told her the offer was final."
    assert claims_of(body)[0] == ("Ana Ruiz", "the mayor had told her the offer was final")
    assert all(speaker != "Ana Ruiz" for speaker, _ in claims_of(body)[1:])


def test_a_wh_clause_is_never_a_speaker():
    assert claims_of("Whatever might be said on the matter, the talks will go on next week.") == []
    assert claims_of("Whoever said the vote was rigged will have to prove it in court.") == []


def test_the_one_warned_is_not_part_of_the_claim():
    body = "The EU has warned Belgrade it could lose its trade privileges if the border stays shut."
    assert claims_of(body) == [("EU", "it could lose its trade privileges if the border stays shut")]
    body = "Harbour Bank economist Ravi Patel warned the rise would not last."
    assert claims_of(body) == [("Ravi Patel", "the rise would not last")]


def test_an_aside_between_dashes_or_brackets_is_dropped_not_cut_at():
    body = "The Tenants Union says the plan – drawn up in secret – must be scrapped by May."
    assert claims_of(body) == [("Tenants Union", "the plan must be scrapped by May")]
    body = "Port director Tomas Lind said the new cranes (bought in 2019) had never worked properly."
    assert claims_of(body) == [("Tomas Lind", "the new cranes had never worked properly")]


def test_a_time_or_a_setting_before_that_is_not_part_of_the_claim():
    body = "A spokesman said in a written note sent to reporters that the agency had never broken the rules."
    assert claims_of(body) == [("A spokesman", "the agency had never broken the rules")]
    body = "Port director Tomas Lind said on Tuesday that the cranes would be replaced."
    assert claims_of(body) == [("Tomas Lind", "the cranes would be replaced")]


def test_a_setting_before_the_subject_is_not_part_of_the_speaker():
    assert claims_of("In a statement the directors said it was in everyone's interest to wait.") == [
        ("the directors", "it was in everyone's interest to wait")]


def test_a_conjunction_and_a_relative_clause_around_the_subject_are_left_out():
    body = "Readers vowed to resist the plan, after the board that manages it announced on Friday that the library will close."
    assert claims_of(body) == [("Readers", "to resist the plan"), ("the board", "the library will close")]


def test_a_claim_that_comes_before_its_verb_and_a_time():
    body = ("Nurses at Kell Hospital will stage a one-day stoppage from March 3, their guild said Friday, after "
            "talks broke down over rotas.")
    assert claims_of(body) == [("their guild", "Nurses at Kell Hospital will stage a one-day stoppage from March 3")]


def test_a_participle_after_a_modifier_reports_the_report_not_the_participle():
    assert claims_of("The inquiry's report, published in January 2022, said the dam was safe.") == [
        ("The inquiry's report", "the dam was safe")]


def test_saying_after_a_clause_takes_its_subject_even_with_however():
    body = "Minister Ana Ruiz met the farmers. She, however, turned down the call for a larger subsidy, saying it would drain the budget."
    assert claims_of(body) == [("Ana Ruiz", "it would drain the budget")]


def test_a_setting_with_a_which_clause_before_that():
    body = "The firm had argued at the hearing, which lasted a week in May, that the crane failed because of a storm."
    assert claims_of(body) == [("the firm", "the crane failed because of a storm")]


def test_the_claim_before_a_verb_with_only_a_place_and_time_after_it():
    body = "Port director Tomas Lind was sentenced. He will appeal, his lawyer told reporters outside the court this weekend."
    assert claims_of(body) == [("his lawyer", "He will appeal")]


def test_a_time_written_with_full_stops_and_a_dateline_do_not_cut_the_claim():
    body = ("HARBOURTON — Cleaners will stop work at 6 a.m. on May 9, their association said Thursday, "
            "after pay talks failed.")
    assert claims_of(body) == [("their association", "Cleaners will stop work at 6 a.m. on May 9")]
