"""Each attribution style on a few lines written for the test."""

from studyapp.core.generate.quotes import find_segments
from studyapp.core.generate.text import parse_article

from tests.core.generate.conftest import article, quotes_of

INTRO = "Union leader Maria Okafor met port director Tomas Lind on Monday. "


def test_said_colon_before_the_quote():
    assert quotes_of(INTRO + 'Ms Okafor said: "We will not give up this fight."') == [
        ("Maria Okafor", "We will not give up this fight.", "full")]


def test_name_said_after_the_quote():
    assert quotes_of(INTRO + '"The offer is fair and final," Mr Lind said.') == [
        ("Tomas Lind", "The offer is fair and final,", "full")]


def test_said_name_after_the_quote_with_role_before_the_name():
    q = quotes_of('"Prices will rise again next year," said Harbour Bank economist Ravi Patel.')
    assert q == [("Ravi Patel", "Prices will rise again next year,", "full")]


def test_according_to():
    q = quotes_of('"Nobody wins from a long dispute," according to local councillor Priya Shah, who represents '
                  'the ward.')
    assert q == [("Priya Shah", "Nobody wins from a long dispute,", "full")]


def test_he_said_after_a_spokesman_is_named_in_the_previous_sentence():
    q = quotes_of(INTRO + 'Union spokesman David Ross stood at the gate. He said: "The strike will go on."')
    assert q == [("David Ross", "The strike will go on.", "full")]


def test_he_said_and_he_added_resolve_to_the_subject_not_the_nearest_name():
    body = (INTRO + 'But Mr Lind - who has run the port for a decade - said he was tired of Ms Okafor\'s threats. '
            '"We have made our best offer," he said. "There is no more money," he added.')
    assert [(s, k) for s, _, k in quotes_of(body)] == [("Tomas Lind", "full"), ("Tomas Lind", "full")]


def test_he_said_follows_the_latest_speaker_over_an_earlier_quote():
    body = ('"The rules are clear," said Anna Berg, head of trading at Polar Freight. '
            'Jon Hay, a director of rival firm Coastline, said the rules were too strict. '
            '"They will drive small firms away," he said.')
    assert [s for s, _, _ in quotes_of(body)] == ["Anna Berg", "Jon Hay"]


def test_a_quote_over_a_paragraph_break_keeps_its_speaker():
    body = (INTRO + 'Ms Okafor said: "Every year they tell us to wait.\n\n'
            '"This year we will not wait for anyone."\n\nThe talks ended at noon.')
    assert quotes_of(body) == [
        ("Maria Okafor", "Every year they tell us to wait.", "full"),
        ("Maria Okafor", "This year we will not wait for anyone.", "continuation")]


def test_an_opening_mark_with_no_closing_mark_before_it_continues_the_quote():
    body = INTRO + 'Mr Lind said: "We offered more than anyone. "We cannot go further than this. "That is final."'
    q = quotes_of(body)
    assert [k for _, _, k in q] == ["full", "continuation", "continuation"]
    assert {s for s, _, _ in q} == {"Tomas Lind"}
    assert q[1][1] == "We cannot go further than this."


def test_a_quote_with_no_opening_mark():
    body = INTRO + 'Mr Lind said: We will keep every ship moving this winter." The union disagreed.'
    assert quotes_of(body) == [("Tomas Lind", "We will keep every ship moving this winter.", "full")]


def test_a_quote_with_no_closing_mark_at_the_end_of_the_article():
    body = INTRO + 'The Easthaven Port Authority said: "This is a dispute about national pay rules.'
    assert quotes_of(body) == [("Easthaven Port Authority", "This is a dispute about national pay rules.",
                                "full")]


def test_curly_quotes_and_a_partial_quote_inside_reported_speech():
    body = ("On Tuesday, First Minister Ewan Hale warned that “the ferry will stop for good” if the subsidy ends. "
            "Ahead of the meeting, Mr Hale said: “We want a fair deal for the island.”")
    assert quotes_of(body) == [
        ("Ewan Hale", "the ferry will stop for good", "partial"),
        ("Ewan Hale", "We want a fair deal for the island.", "full")]


def test_scare_quotes_of_one_or_two_words_are_not_quotations():
    body = (INTRO + 'Ms Okafor said the authority had "ignored" the workers and called the offer "an insult". '
            'The so-called "metric martyrs" stayed away.')
    assert quotes_of(body) == []


def test_an_organisation_can_speak():
    body = 'The Harbour Workers Union said: "Our members have voted to strike."'
    assert quotes_of(body) == [("Harbour Workers Union", "Our members have voted to strike.", "full")]


def test_an_unattributed_quote_after_a_closed_one_keeps_the_speaker():
    body = INTRO + '"Our offer stands," said Mr Lind. "We will not change it." The union left the room.'
    assert [s for s, _, _ in quotes_of(body)] == ["Tomas Lind", "Tomas Lind"]


def test_a_quote_after_reported_speech_belongs_to_its_subject():
    body = (INTRO + "Last week Mr Lind said he was hopeful of a deal. Ms Okafor added that she had doubts. "
            '"I have heard promises like this before."')
    assert quotes_of(body) == [("Maria Okafor", "I have heard promises like this before.", "full")]


def test_a_spokesman_of_a_named_person_is_not_that_person():
    body = 'Prime Minister Carol Vance\'s official spokesman said: "We will study the ruling carefully."'
    assert quotes_of(body) == [("Carol Vance's official spokesman", "We will study the ruling carefully.",
                                "full")]


def test_two_people_speak_together():
    body = ('But Judge Amy Ward and Judge Leo Marsh ruled that the claim did not extend "to the land beyond the '
            'river". The claim had "been neither fair nor open", the judges said.')
    assert [s for s, _, _ in quotes_of(body)] == ["Amy Ward and Leo Marsh"] * 2


def test_segments_split_at_every_mark():
    a = parse_article(article('He said: "One two three. "Four five six." Then "seven" came.'))
    assert [(s.text, s.continues) for s in find_segments(a)] == [
        ("One two three.", False), ("Four five six.", True), ("seven", False)]


def test_a_quote_interrupted_by_he_said_keeps_the_speaker_for_both_halves():
    body = ('Port director Tomas Lind met the union. Union leader Maria Okafor said the offer was poor. '
            '"We will not be rushed into a deal," Mr Lind said, "and we will look at every option."')
    assert [s for s, _, _ in quotes_of(body)] == ["Tomas Lind", "Tomas Lind"]


def test_asked_and_told_introduce_quotes():
    body = ('Bexley chairman Nigel Platt told the BBC: "The offer undervalues this business." '
            '"Why should our shareholders accept less than it is worth?" asked Mr Platt.')
    assert [s for s, _, _ in quotes_of(body)] == ["Nigel Platt", "Nigel Platt"]


def test_she_said_after_an_unnamed_spokeswoman():
    body = ('Bexley chairman Nigel Platt rejected the bid. A spokeswoman for Cranmore said the firm was '
            '"disappointed" by the decision. "We believe our offer is full and fair," she said.')
    assert quotes_of(body) == [("A spokeswoman for Cranmore", "We believe our offer is full and fair,", "full")]


def test_curly_single_marks_can_quote_too_but_apostrophes_cannot():
    body = ("Northland’s First Minister Ewan Hale said the island’s ferry was ‘a lifeline for every family here’. "
            "He called the plan ‘unfair’.")
    assert quotes_of(body) == [("Ewan Hale", "a lifeline for every family here", "partial")]


def test_it_said_refers_to_the_organisation_in_focus():
    body = ('The Coastal Shipping Company denied the claims. In a statement, it said: "Every crossing was run '
            'safely and on time."')
    assert quotes_of(body) == [("Coastal Shipping Company", "Every crossing was run safely and on time.", "full")]


def test_the_pronoun_right_before_the_verb_is_the_subject():
    body = ('Union leader Maria Okafor met the minister. Asked if she would meet Harbour Bank bosses she told the '
            'BBC: "I will talk to anyone who wants a deal."')
    assert quotes_of(body) == [("Maria Okafor", "I will talk to anyone who wants a deal.", "full")]


def test_a_description_after_said_is_the_person_in_focus():
    body = ('Double champion Nadia El Amrani will race in Leeds. "I only run if I feel I can win," said the '
            '29-year-old. "I am almost ready," said El Amrani.')
    assert [s for s, _, _ in quotes_of(body)] == ["Nadia El Amrani", "Nadia El Amrani"]


def test_the_listener_after_told_is_not_the_speaker():
    body = ('Andy Wells, chief executive of Marsh Health Board, was angry. He had told Radio Marsh: "I have written '
            'straight back to the trust."')
    assert quotes_of(body) == [("Andy Wells", "I have written straight back to the trust.", "full")]


def test_said_the_assembly_government_is_the_organisation_in_focus():
    body = ('The Tarrow Assembly Government said the plan was wrong. "Our patients will be cared for," said the '
            'assembly government.')
    assert quotes_of(body) == [("Tarrow Assembly Government", "Our patients will be cared for,", "full")]


def test_a_missing_opening_mark_starts_the_quote_at_its_sentence():
    body = ('Games maker Peter Moss said the award was a surprise. It came completely out of the blue," he said, '
            '"I never would have guessed it."')
    assert [q for _, q, _ in quotes_of(body)] == ["It came completely out of the blue,", "I never would have guessed it."]


def test_a_description_that_added_continues_the_same_speaker():
    body = ('"Rich countries give less and less," Greenaid\'s Mary Stock said. "The poorest pay the price. '
            '"This year must be different," the charity\'s director added.')
    assert [s for s, _, _ in quotes_of(body)] == ["Mary Stock"] * 3


def test_american_style_abbreviations_with_full_stops():
    body = ('Sen. Mary Dole of Kansas met Gov. Tom Reyes on Monday. "We will not back this bill," said Mr. Reyes. '
            'Ms. Dole said: "The bill is dead."')
    assert [s for s, _, _ in quotes_of(body)] == ["Tom Reyes", "Mary Dole"]
