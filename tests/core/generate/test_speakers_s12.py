"""Speakers in styles of unseen articles (issue 14, invented12): a pronoun after an organisation spoke, a woman's
"she" after a titled man's quotation when she was named far back, "Then X went on" opening a sentence, and a
verb of saying inside what was said ("said its members had reported"). Articles written for these tests; every
name is invented."""

from tests.core.generate.conftest import quotes_of


def _speakers(body: str) -> list[str]:
    return [s for s, _, _ in quotes_of(body)]


def test_she_after_an_organisation_spoke_is_the_woman_the_story_follows():
    body = ('Mara Quillfeather has kept the ferry at Oldhythe for thirty years, and she means to keep it. The '
            'Harbour Board wants to replace her with a timetable.\n\n"I will not go quietly," says Quillfeather.\n\nThe board said on Thursday that '
            'it would reply "in its own good time".\n\nDown at the slip a boat is coming in. She watches it for a '
            'while. Then she picks up a rope.\n\n"I told them I will go when the ferry goes," she says.')
    assert _speakers(body)[-1] == "Mara Quillfeather"


def test_she_after_a_titled_mans_quotation_is_the_woman_named_long_before():
    filler = " ".join(["She drew the bridges of three rivers and taught a generation to love steel."] * 25)
    body = (f'Dame Imelda Varcoe-Strand, the engineer, has died aged 90. {filler}\n\n'
            '"She would take your sums home on a Friday," said Sir Conrad Pell-Maddox, who worked for her.\n\n'
            'She took the collapse of the Weir footbridge hard. "I got the sums right and the people wrong," she '
            'told an interviewer in 2004.')
    assert _speakers(body) == ["Sir Conrad Pell-Maddox", "Dame Imelda Varcoe-Strand"]


def test_then_opening_a_sentence_is_no_part_of_the_name_after_it():
    body = ('The minister, Lucinda Oakworth-Bligh, took questions.\n\n"The money is flowing," she said.\n\n'
            'Late on, the member for Castle Fenn, Mrs Ngozi Adeyemi-Torr, stood to thank her. Oakworth-Bligh looked '
            'as if she might weep. Then Adeyemi-Torr went on.\n\n"It runs at 6.40pm on weekdays," she said.')
    assert _speakers(body) == ["Lucinda Oakworth-Bligh", "Ngozi Adeyemi-Torr"]


def test_a_verb_of_saying_inside_what_was_said_leaves_the_sayer_the_speaker():
    body = ('Regional carrier Tervo Air grounded its fleet on Tuesday.\n\n'
            'The regional pilots\' union, SPL, said its members had reported vibration "on at least three occasions" '
            'since the summer.\n\n'
            'In a statement, the ministry said it had asked the aviation authority to examine "every engine of the '
            'affected series" by Friday.')
    assert _speakers(body) == ["SPL", "the ministry"]
