"""A quotation's speaker is the person's full name as the article first gives it, without the titles that only
address them (issue 14, round 12): a knight's "Sir", a dame's "Dame", "Lord"/"Lady" before a given name, the
South Asian, Malay, Gulf and West African honorifics ("Mian", "Syeda", "Datuk Seri", "Sheikh", "Pa"), letters
after a name ("KC", "MLA", "SAN") that hide the description set off after them; and a feature's later reference
by the first name alone to someone introduced in full without a role. Articles written for these tests; every
name, place and body is invented."""

from studyapp.core.generate.facts import extract
from tests.core.generate.conftest import article, speakers


def _people(body: str) -> dict[str, object]:
    return {p.name: p for p in extract(article(body)).cast.people}


def test_a_knight_and_a_dame_are_named_without_the_title():
    body = ('Council votes to close Dunmere library branch\n\n'
            'Sir Marcus Ellingham, the former chief librarian, said: "I never thought I would see this day."\n\n'
            'Dame Cordelia Ashby-Vance, the writer, added: "Libraries made me."\n\n'
            '"It is a sad day," Sir Marcus said.')
    assert speakers(body) == ["Marcus Ellingham", "Cordelia Ashby-Vance", "Marcus Ellingham"]
    people = _people(body)
    assert people["Marcus Ellingham"].role == "the former chief librarian"
    assert "Sir Marcus" in people["Marcus Ellingham"].aliases


def test_a_peer_or_a_judge_with_no_given_name_keeps_the_title():
    body = ('The inquiry\'s chair, Lord Abernethy, said he would report in the spring. "I will not be hurried," Lord '
            'Abernethy said.\n\n"The appeal is dismissed," said Lord Justice Penhale.')
    assert speakers(body) == ["Lord Abernethy", "Lord Justice Penhale"]


def test_honorifics_of_south_asian_malay_gulf_and_west_african_usage_are_no_part_of_the_name():
    body = ('Minister rejects nurses\' pay claim\n\n'
            'Datuk Seri Anwar Ismail Harun, the health minister, rejected the nurses\' claim on Monday. "The budget '
            'cannot stretch that far," the minister said.\n\n'
            'Sheikh Khalid bin Saeed Al-Marri, chairman of the hospitals board, said talks would continue. "Our door '
            'is open," Sheikh Khalid said.\n\n'
            'Pa Kwame Mensah-Bonsu, a retired nurse, 71, joined the protest. "We trained these people," Pa '
            'Mensah-Bonsu said.\n\n'
            'Mian Tariq Mehmood, a trader from the market, said prices had doubled. "My customers cannot pay," '
            'Mehmood said.\n\n'
            'Syeda Amina Rizvi, a teacher, said: "The children come to school hungry."')
    assert speakers(body) == ["Anwar Ismail Harun", "Khalid bin Saeed Al-Marri", "Kwame Mensah-Bonsu",
                              "Tariq Mehmood", "Amina Rizvi"]
    people = _people(body)
    assert people["Khalid bin Saeed Al-Marri"].role == "chairman of the hospitals board"


def test_a_surname_that_is_also_an_honorific_stays_a_name():
    body = ('Atif Mian, an economist at Kelworth University, said rents would rise. "They always do," Mian said.')
    assert speakers(body) == ["Atif Mian"]


def test_letters_after_a_name_do_not_hide_the_description_after_them():
    body = ('The inquiry heard from Gareth Pryce-Morgan MP, the former transport minister. "I was never shown the '
            'report," Pryce-Morgan told the inquiry.\n\n'
            'Helena Strachan KC, counsel to the inquiry, pressed him. "You signed the letter," Ms Strachan said.\n\n'
            'Dermot O\'Halloran MLA, who represents the area, said families wanted answers. "They have waited long '
            'enough," Mr O\'Halloran said.')
    assert speakers(body) == ["Gareth Pryce-Morgan", "Helena Strachan", "Dermot O'Halloran"]
    people = _people(body)
    assert people["Gareth Pryce-Morgan"].role == "the former transport minister"
    assert people["Helena Strachan"].role == "counsel to the inquiry"


def test_a_first_name_alone_is_the_person_a_feature_introduced_in_full():
    body = ('A baker\'s long road back\n\n'
            'Marguerite Okonkwo-Delacroix opened her bakery on Fenwick Street in 1998. Marguerite still starts work '
            'at four in the morning.\n\n'
            '"I have never once been late," Marguerite said, dusting flour from her apron.\n\n'
            'Tobias Wren owns the café next door and remembers the night of the fire. "The whole street came out," '
            'Tobias said.')
    assert speakers(body) == ["Marguerite Okonkwo-Delacroix", "Tobias Wren"]


def test_a_first_name_alone_beside_a_relative_with_the_same_surname():
    body = ('The last ferryman of Loch Carrach\n\n'
            'Eilidh Mac Giolla Rua has rowed the ferry across Loch Carrach for thirty-one years.\n\n'
            '"The loch tells you what it wants," Eilidh said, tying up the boat.\n\n'
            'The council plans to replace the ferry with a bridge. Eilidh is not pleased. "A bridge is a road with '
            'no one on it," she said.\n\n'
            'Her cousin, Ruairí Mac Giolla Rua, disagrees. "We need the bridge for the ambulance," Ruairí said.')
    assert speakers(body) == ["Eilidh Mac Giolla Rua", "Eilidh Mac Giolla Rua", "Ruairí Mac Giolla Rua"]


def test_a_word_for_what_someone_is_opening_the_sentence_is_no_part_of_the_name():
    body = ('Quarry plan divides Hollin Edge\n\n'
            'Convener Agnieszka Wróblewska-Hart opened the meeting. "We have one chance," Wróblewska-Hart said.\n\n'
            'Pharmacist Bernard Achterberg-Lowe said his walls had cracked. "My shop shakes," Achterberg-Lowe said.\n\n'
            'Comrade Ramesh Kumar Pillai, the union\'s district secretary, said: "We will march."\n\n'
            'Secretary-General Ines Marchetti-Duval said the board would meet. "We will listen," Marchetti-Duval said.')
    assert speakers(body) == ["Agnieszka Wróblewska-Hart", "Bernard Achterberg-Lowe", "Ramesh Kumar Pillai",
                              "Ines Marchetti-Duval"]


def test_a_relatives_owner_called_by_his_first_name_stays_a_person():
    body = ('Mother and son face each other in Pellbrook ward\n\n'
            'Ruben Okwuosa, 39, is standing against his mother. "The ward has changed," Mr Okwuosa said.\n\n'
            'Ruben\'s sister, Abena Okwuosa, a nurse, will not say how she votes. "My lips are sealed," she said.\n\n'
            'Ruben is not worried. "She will vote for me in the end," Ruben said.')
    assert speakers(body) == ["Ruben Okwuosa", "Abena Okwuosa", "Ruben Okwuosa"]


def test_the_company_or_the_department_quoted_is_the_body_the_article_names():
    body = ('Bin strike enters second week in Ashmere\n\n'
            'Refuse collectors rejected a pay offer from Dunlow Waste Services, the private company that runs the '
            'collections for the borough, on Monday.\n\n'
            'Dunlow hit back. In a statement, the company said the allowance had been "replaced, not removed" by a '
            'higher basic rate.\n\n'
            'The Environment Department\'s inspectors visited the depot on Tuesday. Officials there had no comment.\n\n'
            'The department said it remained "open to constructive talks" with both sides.')
    assert speakers(body) == ["Dunlow Waste Services", "Environment Department"]


def test_a_nickname_in_quotation_marks_is_inside_the_name_not_a_quotation():
    body = ('Ferry crews warn over new boats\n\n'
            'Marcus "Sonny" Achterberg, a ferry captain, said the new boats were too small. "They will not cope with '
            'winter," Achterberg said.')
    ex = extract(article(body))
    assert [q.speaker.name for q in ex.quotes if q.speaker] == ["Marcus Achterberg"]
    assert "Marcus Achterberg" in {p.name for p in ex.cast.people}


def test_a_plural_word_for_who_they_are_opening_a_list_of_names_is_no_part_of_the_first():
    body = ('Residents Dara Whitlock, Tom Reyes and Ann Lee-Carver signed the petition. "We want a say," Whitlock '
            'said.')
    assert speakers(body) == ["Dara Whitlock"]


def test_the_full_name_in_the_title_is_the_surname_the_body_uses_alone():
    body = ('Interview: Dara Whitlock on ten years running the lifeboat station\n\n'
            'Whitlock, 54, took over the station in 2016. She says the job has changed.\n\n'
            '"We used to get twenty call-outs a year. Now it is sixty," Whitlock said.')
    assert speakers(body) == ["Dara Whitlock"]
