"""Names of every shape recognised whole (issue 14): apostrophes with hyphens, Irish and Welsh inner words,
particles that make a name longer than four words, initials, names written family name first, a knight's
given name, a peer's rank, one-name people and abbreviated titles. Articles written for these tests; every
name is invented."""

from studyapp.core.generate import names
from studyapp.core.generate.facts import extract
from tests.core.generate.conftest import article, quotes_of


def _people(body: str) -> dict[str, object]:
    return {p.name: p for p in extract(article(body)).cast.people}


def test_an_apostrophe_and_a_hyphen_make_one_surname():
    body = ('The trust\'s finance director, Orla D\'Arcy-Pennock, warned that the wards would close. "There is '
            'nothing left to cut," Ms D\'Arcy-Pennock said.')
    assert "Orla D'Arcy-Pennock" in _people(body)
    assert [s for s, _, _ in quotes_of(body)] == ["Orla D'Arcy-Pennock"]


def test_particles_make_a_name_of_five_words_a_person():
    body = ('Luis Alberto de la Serna, who runs a bakery on the square, said trade had halved. "Nobody walks past '
            'any more," said Mr de la Serna.')
    assert "Luis Alberto de la Serna" in _people(body)
    assert [s for s, _, _ in quotes_of(body)] == ["Luis Alberto de la Serna"]


def test_irish_and_welsh_inner_words_stay_inside_the_name():
    body = ('"We lost everything," said fisherman Tadhg Mac an tSionnaigh, who has worked the bay for years.\n\n'
            'Insp Emrys ap Gruffydd said the harbour was closed. "Nobody should go near the wall," Insp ap Gruffydd '
            'said.\n\n'
            'Nuala Ó hUiginn, the harbour master, agreed. "It will take a month," Ms Ó hUiginn said.')
    people = _people(body)
    assert {"Tadhg Mac an tSionnaigh", "Emrys ap Gruffydd", "Nuala Ó hUiginn"} <= set(people)
    assert [s for s, _, _ in quotes_of(body)] == ["Tadhg Mac an tSionnaigh", "Emrys ap Gruffydd", "Nuala Ó hUiginn"]


def test_initials_open_a_name_after_a_title_or_a_description():
    body = ('Rep. B.T. Okafor, the minority whip, said the bill was dead. "It will not pass this year," Okafor said.'
            '\n\nThe veteran engineer R. N. Pillai said the bridge was safe. "I have checked every bolt," Mr Pillai '
            'said.')
    people = _people(body)
    assert "B.T. Okafor" in people and "R. N. Pillai" in people
    assert [s for s, _, _ in quotes_of(body)] == ["B.T. Okafor", "R. N. Pillai"]


def test_a_name_written_family_name_first_is_named_again_by_its_first_word():
    body = ('Her co-writer, Shin Min-jae, said the script took four years. "We rewrote the ending nine times," '
            'Mr Shin said.\n\nTrương Thị Mai Anh, 41, directed the film. "I nearly gave up twice," Trương said.')
    people = _people(body)
    assert "Shin Min-jae" in people and "Trương Thị Mai Anh" in people
    assert [s for s, _, _ in quotes_of(body)] == ["Shin Min-jae", "Trương Thị Mai Anh"]


def test_a_knights_given_name_and_a_peers_rank_name_the_one_person():
    body = ('The appeal is led by Dame Philippa Orr-Stanton, a retired judge. "We are halfway there," Dame '
            'Philippa said.\n\nBaroness Whitlowe-Crane gave £10,000. "It is the least I can do," the Baroness said.'
            '\n\nSr Agnes Mulcahy runs the night shelter. "We need a dry floor," Sr Agnes said.')
    people = _people(body)
    assert "Dame Philippa" not in people and "Agnes Mulcahy" in people
    assert [s for s, _, _ in quotes_of(body)] == ["Philippa Orr-Stanton", "Baroness Whitlowe-Crane",
                                                   "Agnes Mulcahy"]


def test_a_person_known_by_one_name():
    body = ('The jury is led by the singer known simply as Ravelle, who has made twelve albums. Asked what she '
            'wanted, Ravelle said: "I want to be surprised."')
    assert "Ravelle" in _people(body)
    assert [s for s, _, _ in quotes_of(body)] == ["Ravelle"]


def test_an_occupation_opening_a_caption_is_no_part_of_the_name():
    body = ('PICTURED: Stallholder Ines Varga-Holm at the market on Sunday\n\n'
            'Stallholder Ines Varga-Holm, 58, lost her stock. "Everything is gone," Ms Varga-Holm said.')
    assert "Ines Varga-Holm" in _people(body)
    assert [s for s, _, _ in quotes_of(body)] == ["Ines Varga-Holm"]


def test_abbreviated_titles_are_spelt_out_in_a_role():
    body = 'Cllr Rhona Blyth-Adair said the vote was close. "It was a hard night," Cllr Blyth-Adair said.'
    assert _people(body)["Rhona Blyth-Adair"].role == "Councillor"
    assert names.spell_out_titles("Det Insp") == "Detective Inspector"
    assert names.spell_out_titles("a retired gen") == "a retired gen"


def test_a_sentence_ending_in_a_capital_letter_opens_no_name():
    assert not names.initials_open_name("D. Experts say", 0)
    assert names.initials_open_name("K. S. Ramanathan said", 0)
    assert not names.is_initial("U.S. Army", (0, 4, "U.S."))


def test_a_surname_with_particles_is_an_answer_a_reader_may_type():
    body = ('Objectors were led by Annelies van den Broek, a retired architect. "We are against shadows," Ms van '
            'den Broek said. Van den Broek said the towers were too tall.')
    assert "van den Broek" in _people(body)["Annelies van den Broek"].aliases


def test_the_description_before_a_name_is_its_role_past_honorifics_and_a_quote():
    body = ('"We have no other way to pay for the gates," said the port authority\'s finance director, Dara '
            'Ó Cuill-Brennan.\n\nThe city\'s housing minister, Smt. Anjali Devraj Menon, said she would meet the '
            'tenants. "I will ask for a cap," Smt. Menon said.\n\nThe Dean, the Very Rev Dr Osric Pellow-Hart, '
            'blessed the boats. "May they all come home," said Dr Pellow-Hart.')
    people = _people(body)
    assert people["Dara Ó Cuill-Brennan"].role == "the port authority's finance director"
    assert people["Anjali Devraj Menon"].role.lower() == "the city's housing minister"
    assert people["Osric Pellow-Hart"].role.lower() == "the dean"


def test_a_patronymic_or_an_inner_irish_word_opens_no_surname():
    assert names.particled_surname("Faisal bin Khalid Al-Otaibi") is None
    assert names.particled_surname("Ciarán Mac an tSaoir") is None
    assert names.particled_surname("María José de la Peña") == "de la Peña"


def test_a_particle_and_what_follows_name_the_person_even_opening_a_sentence():
    # a Spanish double surname is shortened to its particle and first surname; Welsh "ap" opens a sentence
    body = ('Marisa Inés de la Peña Solar, the delegation leader, spoke at dawn.\n\n"Nobody got all they wanted," '
            'De la Peña said. "That is a fair deal."\n\nThe opposition whip, Bryn ap Tudur-Hale, was not persuaded.\n\n'
            'Ap Tudur-Hale waited in the lobby. "It is a bad deal," he said.')
    assert set(_people(body)) == {"Marisa Inés de la Peña Solar", "Bryn ap Tudur-Hale"}
    assert [s for s, _, _ in quotes_of(body)] == ["Marisa Inés de la Peña Solar"] * 2 + ["Bryn ap Tudur-Hale"]


def test_a_daughters_bint_stays_inside_the_name_and_al_surname_alone_is_hers():
    body = ('The head of the water board, Noura bint Hamad al-Sayari, pressed for meters.\n\n'
            '"Without meters, a quota is a guess," al-Sayari said.')
    assert "Noura bint Hamad al-Sayari" in _people(body)
    assert [s for s, _, _ in quotes_of(body)] == ["Noura bint Hamad al-Sayari"]


def test_a_hyphenated_description_before_a_name_is_the_role():
    body = ('Several pupils spoke. Eighth-grader Tomas Ferreira-Lind said he backed the new units. "This is the first '
            'time I have seen her in a school book," he said.')
    assert "Tomas Ferreira-Lind" in _people(body)
    assert [s for s, _, _ in quotes_of(body)] == ["Tomas Ferreira-Lind"]
