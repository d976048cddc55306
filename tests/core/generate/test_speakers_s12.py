"""Speakers in styles of unseen articles (issue 14, invented12): a pronoun after an organisation spoke, a woman's
"she" after a titled man's quotation when she was named far back, "Then X went on" opening a sentence, and a
verb of saying inside what was said ("said its members had reported"). Articles written for these tests; every
name is invented."""

from studyapp.core.generate.facts import extract
from tests.core.generate.conftest import article, speakers


def test_she_after_an_organisation_spoke_is_the_woman_the_story_follows():
    body = ('Mara Quillfeather has kept the ferry at Oldhythe for thirty years, and she means to keep it. The '
            'Harbour Board wants to replace her with a timetable.\n\n"I will not go quietly," says Quillfeather.\n\nThe board said on Thursday that '
            'it would reply "in its own good time".\n\nDown at the slip a boat is coming in. She watches it for a '
            'while. Then she picks up a rope.\n\n"I told them I will go when the ferry goes," she says.')
    assert speakers(body)[-1] == "Mara Quillfeather"


def test_she_after_a_titled_mans_quotation_is_the_woman_named_long_before():
    filler = " ".join(["She drew the bridges of three rivers and taught a generation to love steel."] * 25)
    body = (f'Dame Imelda Varcoe-Strand, the engineer, has died aged 90. {filler}\n\n'
            '"She would take your sums home on a Friday," said Sir Conrad Pell-Maddox, who worked for her.\n\n'
            'She took the collapse of the Weir footbridge hard. "I got the sums right and the people wrong," she '
            'told an interviewer in 2004.')
    assert speakers(body) == ["Conrad Pell-Maddox", "Imelda Varcoe-Strand"]


def test_then_opening_a_sentence_is_no_part_of_the_name_after_it():
    body = ('The minister, Lucinda Oakworth-Bligh, took questions.\n\n"The money is flowing," she said.\n\n'
            'Late on, the member for Castle Fenn, Mrs Ngozi Adeyemi-Torr, stood to thank her. Oakworth-Bligh looked '
            'as if she might weep. Then Adeyemi-Torr went on.\n\n"It runs at 6.40pm on weekdays," she said.')
    assert speakers(body) == ["Lucinda Oakworth-Bligh", "Ngozi Adeyemi-Torr"]


def test_a_verb_of_saying_inside_what_was_said_leaves_the_sayer_the_speaker():
    body = ('Regional carrier Tervo Air grounded its fleet on Tuesday.\n\n'
            'The regional pilots\' union, SPL, said its members had reported vibration "on at least three occasions" '
            'since the summer.\n\n'
            'In a statement, the ministry said it had asked the aviation authority to examine "every engine of the '
            'affected series" by Friday.')
    assert speakers(body) == ["SPL", "the ministry"]


def _claims(body: str) -> list[tuple[str, str]]:
    return [(c.speaker.name, c.claim) for c in extract(article(body)).claims]


def test_an_aside_after_the_subject_is_not_the_speaker():
    body = ('Yesterday the minister responsible, Lucinda Oakworth-Bligh, found out how many people ride buses.\n\n'
            'Then Sir Gideon Mallow rose. "Will the minister catch the 7.15 with me?" he asked.\n\n'
            'The minister, to her credit, said she would be delighted to visit.')
    # (the minister described again; which minister is the description's business, not the aside's)
    assert _claims(body)[-1][0] in ("The minister", "Lucinda Oakworth-Bligh")


def test_an_unnamed_speaker_set_off_inside_the_sentence_speaks_the_quotation():
    body = ('Marisa Quintero Vidal announced the agreement shortly after 5am, looking, one delegate said, "like someone '
            'who had not slept since Sunday".')
    assert speakers(body) == ["one delegate"]


def test_she_after_a_man_shown_by_his_pronouns_is_the_woman_named_before():
    filler = " ".join(["The chamber heard about buses, trains and ferries for most of the afternoon."] * 40)
    body = ('The minister, Lucinda Oakworth-Bligh, took questions. She had come to make a statement.\n\n'
            f'{filler}\n\nFrom the back benches, Kwame Darko-Whitby said he wanted to know why his county got less. '
            '"It is not fair," he said.\n\nShe said the formula was set by officials.')
    assert _claims(body)[-1] == ("Lucinda Oakworth-Bligh", "the formula was set by officials")


def test_a_carrier_and_the_maker_a_spokesman_speaks_for_are_bodies():
    body = ('Regional carrier Tervo Air grounded its fleet on Tuesday.\n\n'
            'A spokesman for the engine maker, Vendor Kinetics, said the company was sending engineers to the airport.')
    ex = extract(article(body))
    assert {"Tervo Air", "Vendor Kinetics"} <= set(ex.cast.orgs)
    assert not {"Tervo Air", "Vendor Kinetics"} & {p.name for p in ex.cast.people}


def test_an_age_before_anyone_is_named_is_the_person_the_next_sentence_introduces():
    body = ('"It was the hardest winter we have known," said the 54-year-old, who has farmed the ridge for thirty '
            'years. Jamie Lorrimer-Shaw says the feed bill doubled.')
    assert speakers(body) == ["Jamie Lorrimer-Shaw"]


def test_a_name_right_before_the_colon_speaks_the_quotation():
    body = ('Sir Keir Alderwick spoke first and at length. Then it was the turn of Dame Ottoline Farr-Hughes: "I have '
            'never seen a budget like it."')
    assert speakers(body) == ["Ottoline Farr-Hughes"]


def test_the_ministry_is_named_as_the_story_first_described_it():
    body = ('Tervo Air grounded its fleet on Tuesday, and the transport ministry ordered checks.\n\n'
            'In a statement, the ministry said it had asked the aviation authority to examine "every engine of the '
            'affected series" by Friday.')
    assert speakers(body) == ["the transport ministry"]
