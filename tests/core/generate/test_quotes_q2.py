"""Speakers named through a role, an apposition or an earlier verb of the same sentence (invented lines)."""

from tests.core.generate.conftest import quotes_of, speakers


def test_the_judge_is_the_judge_the_article_named():
    body = ('Mrs Justice Helen Okafor-Reid ruled against the council on Friday. '
            '"The council failed its tenants at every turn," the judge wrote.')
    assert speakers(body) == ["Helen Okafor-Reid"]


def test_letters_after_the_name_are_dropped_from_the_speaker():
    body = 'Tessa Marlow QC said outside court that the ruling was "a long overdue victory" for the tenants.'
    assert speakers(body) == ["Tessa Marlow"]


def test_the_role_then_the_name_between_commas_is_the_named_person():
    body = ('"We have made a generous offer and it stands," the port\'s harbour master, Ivo Brandt, said on Monday. '
            '"Nothing more is coming," Brandt added.')
    assert speakers(body) == ["Ivo Brandt", "Ivo Brandt"]


def test_the_title_before_a_name_is_not_an_organisation():
    body = ('The Harbour Pilots Guild Local 12 wants a raise. '
            '"We are worn out and underpaid," Local 12 president Ana Ruiz told a rally.')
    assert speakers(body) == ["Ana Ruiz"]


def test_but_added_keeps_the_subject_of_the_first_verb():
    body = ('Ostrava\'s foreign ministry said on Monday that the plan was "an insult to the region", '
            'but added that it remained "open to honest talks".')
    assert speakers(body) == ["Ostrava's foreign ministry"] * 2


def test_a_verb_inside_what_was_said_is_not_the_verb_of_saying():
    body = ('The league fined the club on Friday. Coach Ola Berg confirmed that his striker would miss the final, '
            'and said he hoped the board would find "a proper replacement up front" within a week.')
    assert speakers(body) == ["Ola Berg"]


def test_a_which_clause_after_the_subject_does_not_lend_its_name():
    body = ('Investment firm Corvin Partners made a bid for Tallis Foods. Corvin, which already owns 5% of Tallis, '
            'said it was "deeply disappointed by the board".')
    assert speakers(body) == ["Corvin Partners"]


def test_a_participle_clause_quotes_the_subject_of_its_clause():
    body = ('The Brook Valley Fishers Association wants the weir removed. The mayor offered a study. '
            'The fishers rejected that plan on Friday, calling it "a delay wearing a hard hat".')
    assert speakers(body) == ["Brook Valley Fishers Association"]


def test_a_participle_after_a_role_mention_is_the_named_person():
    body = ('Mrs Justice Helen Okafor-Reid heard the case. The council argued the flats were safe. '
            'The judge dismissed that version, saying the surveyor\'s evidence was "clear and credible".')
    assert speakers(body) == ["Helen Okafor-Reid"]


def test_a_participle_after_a_when_clause_takes_that_clause_subject():
    body = ('The summit ended early when Tarvia\'s delegation walked out, accusing its hosts of '
            '"wasting everybody\'s time".')
    assert speakers(body) == ["Tarvia's delegation"]


def test_a_name_with_its_apposition_then_telling():
    body = ('The club chairman, Ivo Brandt, has refused to spend more, telling fans last week that the club would '
            '"pay its own way or not at all".')
    assert speakers(body) == ["Ivo Brandt"]


def test_a_judges_finding_and_a_threat_quote_their_subject():
    assert speakers('Mrs Justice Helen Okafor-Reid found that the landlord had "ignored every letter from the '
                    'tenants" for a year.') == ["Helen Okafor-Reid"]
    assert speakers('City Councilor Rosa Delgado, who chairs the budget panel, threatened to block the request '
                    'unless the agency came back "with a real plan".') == ["Rosa Delgado"]


def test_a_participle_with_no_clause_of_its_own_quotes_nobody_by_itself():
    assert speakers('Without saying "a single word about it", the board left.') == []


def test_a_one_word_short_form_of_an_organisation_is_its_full_name():
    body = ('Harbour group Tallis Foods rejected a bid from buyout firm Corvin Partners. Corvin, which already owns '
            '5% of Tallis, said it was "deeply disappointed by the board".')
    assert speakers(body) == ["Corvin Partners"]


def test_it_after_an_organisation_with_a_which_clause_is_that_organisation():
    body = ('Tarvia, which says the new dam is vital to its grid, has rejected any limit on the filling. '
            'It has offered instead to fill the reservoir over "at least three wet seasons".')
    assert speakers(body) == ["Tarvia"]


def test_a_plural_subject_in_the_present_quotes_its_words():
    assert speakers('Ward doctors at Ellery General met on Monday. Critics call the new rota "a disaster waiting '
                    'to happen".') == ["Critics"]
    assert quotes_of('The council\'s own papers describe the bridge as "unsafe and beyond repair".') != []
