"""Speakers in the styles of tests/data/invented18 (written for these tests, no sentence taken from that set): a
broadcast transcript whose turns are labelled in capitals ("HOST (NAME):", "DR NAME:", then the surname alone),
clergy styles before a name ("The Rev Canon X"), a description left once a setting before it is cut off ("In a
letter …, the vicar wrote:"), a first name used alone for one of two siblings, "The 47-year-old, a former …, said
… "…"", and a body named once with "and" inside its name. Every name is invented."""

from pathlib import Path

from tests.core.generate.conftest import quotes_of, speakers
from studyapp.core.generate.facts import extract

HERE = Path(__file__).resolve().parents[2] / "data" / "invented18_tests"


def test_a_clergy_style_before_the_name_is_no_part_of_the_name():
    body = ('The Rev Canon Maud Pennick, rector of St Eanswith\'s in Dunholt, said the roof appeal had reached '
            'half its target.\n\n'
            '"We need another forty thousand pounds before the autumn rains," she said.')
    assert speakers(body) == ["Maud Pennick"]


def test_a_description_after_a_setting_is_the_person_introduced_so():
    # "In a letter to parishioners, read out at Sunday's service, the vicar wrote:": the description is the subject
    # once the setting before it (two asides) is cut off, as "The vicar wrote:" alone would be
    body = ('The Rev Aldous Perrin, vicar of St Brannoc\'s, has asked the diocese to delay the sale of the hall.\n\n'
            'The diocese says the hall costs too much to heat.\n\n'
            'In a letter to parishioners, read out at Sunday\'s service, the vicar wrote: "The hall is where this village '
            'grieves and celebrates. Give us one more year."')
    assert speakers(body) == ["Aldous Perrin"]


def test_a_first_name_alone_is_the_one_person_introduced_with_it_beside_a_sibling():
    body = ('Goalkeeper Rosa Vantreight and her twin, defender Ilse Vantreight, both signed new contracts with '
            'Carrow Athletic on Monday.\n\n'
            'Rosa, 24, said the club had made the decision easy. "We never wanted to play anywhere else," she said.')
    assert speakers(body) == ["Rosa Vantreight"]


def test_a_subject_with_a_description_set_off_after_it_speaks_a_quoted_fragment():
    body = ('Head coach Tamsin Corrow has left Wexcombe Harriers after four defeats.\n\n'
            'The 47-year-old, a former sprinter who ran at two Olympics, said the club had "lost its nerve '
            'completely" and that she would take time off.')
    assert quotes_of(body) == [("Tamsin Corrow", "lost its nerve completely", "partial")]


def test_a_body_named_once_with_and_inside_its_name_is_one_body():
    body = ('Port bosses want longer shifts at Skellmouth docks from March.\n\n'
            'The Dockhands and Crane Operators\' Federation said the plan was "reckless and short-sighted" and '
            'would put members at risk.')
    assert speakers(body) == ["Dockhands and Crane Operators' Federation"]


def test_a_broadcast_transcript_labelled_in_capitals():
    # the guest named in the introduction and labelled "DR ANIKA FELL:" then "FELL:"; a second guest whom the host
    # calls by his full name three times and the labels by his surname alone in capitals ("JONAS TREW:", "TREW:"):
    # a person, not a firm; a turn taken up again after an interruption ("-- and we expect …") without its dashes;
    # "I've met Mrs Okoro" inside a turn gives her no role; the host's questions are no statements of theirs
    facts = extract((HERE / "radio-ferry-timetable.txt").read_text(encoding="utf-8")).facts()
    got = [(q["speaker"], q["quote"][:30]) for q in facts["quotes"]]
    assert got == [
        ("Anika Fell", "The timetable was written for "),
        ("Jonas Trew", "With respect, the timetable wa"),
        ("Anika Fell", "I've met Mrs Okoro from the ha"),
        ("Anika Fell", "and we expect an answer this w"),
        ("Jonas Trew", "Then I hope they listen, becau"),
    ]
    people = {p["name"]: p["role"] for p in facts["people"]}
    assert "island shop" in people["Jonas Trew"] and people.get("Mrs Okoro", "") == ""


def test_an_abbreviation_beside_a_body_named_in_full_with_and_and_in_short_is_one_party_by_its_whole_name():
    # the body's full name (now read whole, "and" and all) and its short forms 'CTS Union' and 'CTSU' are one party,
    # named in full (a guard for the rule above: without it 'CTSU' became a party of its own and a "Which side …?" lost
    # its options)
    body = ('Ferry crews walked out on Monday in a dispute over rosters called by the Clerical and Technical Staff '
            'Union.\n\n'
            'CTS Union spokesman Corin Haddow said the crews would stay out until Thursday.\n\n'
            'CTSU deputy general secretary Ana Treloar said the union wanted talks. "Put a real offer on '
            'the table and we will look at it," she said.\n\n'
            'The operator, Kellan Ferries, said it would run a reduced timetable and wanted the union to accept the '
            'new rosters.')
    facts = extract(f"A test story\n\n{body}\n").facts()
    assert facts["sides"] == ["Clerical and Technical Staff Union", "Kellan Ferries"]
    assert [p.get("side") for p in facts["people"]] == ["Clerical and Technical Staff Union"] * 2


def test_a_pronoun_that_cannot_be_the_woman_quoted_is_the_person_met_without_a_name():
    # "he wrote" after the head teacher's quotations: no man is named, so "he" is the neighbour the sentence
    # before met without a name, never the woman the story was on
    body = ('Head teacher Oonagh Brierley said the new playground would open in May. "The children designed it '
            'themselves," she said.\n\n'
            'The only objection came from a neighbour on Tolley Road who has asked not to be named. In an email seen '
            'by the Courier, he called the plans "a noise machine next to my bedroom".\n\n'
            '"I have nothing against children," he wrote. "I have something against shouting at eight in the '
            'morning."')
    assert speakers(body) == ["Oonagh Brierley", "a neighbour on Tolley Road", "a neighbour on Tolley Road",
                              "a neighbour on Tolley Road"]


def test_titles_of_rank_office_and_the_church_are_no_part_of_the_name_with_or_without_a_full_stop():
    # "Det. Sgt." read as a sentence's end left "Det" as the speaker; "the Ven", "Msgr", "Sister" stayed in the name
    for title in ("Det. Sgt.", "Cpl.", "Pte", "Ald.", "Cmdr.", "Brig.", "Supt.", "Fr.", "Revd", "the Ven", "Msgr.",
                  "Sister", "Swami", "Coroner", "Rfn", "Prof Emeritus"):
        body = ('Residents packed the hall in Morwick on Tuesday.\n\n'
                f'"We will not give up on this town," said {title} Ottilie Brannagh-Keyes.')
        assert speakers(body) == ["Ottilie Brannagh-Keyes"], title


def test_a_fragment_after_the_speakers_own_participle_is_theirs():
    # '"…," she said on Friday, before adding that the timetable "…"': the participle's subject is the sentence's
    body = ('Councillor Wenna Polglase, who leads Tremorrow council, met bus operators on Friday.\n\n'
            '"We have listened to every passenger," she said on Friday, before adding that the timetable "will be '
            'rewritten by spring".')
    assert quotes_of(body) == [("Wenna Polglase", "We have listened to every passenger,", "full"),
                               ("Wenna Polglase", "will be rewritten by spring", "partial")]
