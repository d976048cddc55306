"""Speakers named through a role, an apposition or an earlier verb of the same sentence (invented lines)."""

from tests.core.generate.conftest import quotes_of


def speakers(body: str) -> list[str]:
    return [s for s, _, _ in quotes_of(body)]


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
            'and said he wanted the club to find "a proper replacement up front" within a week.')
    assert speakers(body) == ["Ola Berg"]


def test_a_which_clause_after_the_subject_does_not_lend_its_name():
    body = ('Investment firm Corvin Partners made a bid for Tallis Foods. Corvin, which already owns 5% of Tallis, '
            'said it was "deeply disappointed by the board".')
    assert speakers(body) == ["Corvin"]
