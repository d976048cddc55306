from studyapp.core.generate.facts import extract
from studyapp.core.generate.people import find_cast
from studyapp.core.generate.text import parse_article

from tests.core.generate.conftest import article


def cast_of(text: str):
    return find_cast(parse_article(text))


def test_full_names_roles_from_appositions_and_aliases(seed_text):
    people = {p.name: p for p in cast_of(seed_text).people}
    assert people["Antony Blinken"].role == "US Secretary of State"
    assert "Mr Blinken" in people["Antony Blinken"].aliases
    assert people["Joe Biden"].role == "US President"
    assert {"Mr Biden", "Biden"} <= set(people["Joe Biden"].aliases)
    assert people["Xi Jinping"].side == "China"
    assert "Mr Putin" in people["Vladimir Putin"].aliases
    assert "Sergei Lavrov" in people


def test_role_before_and_after_the_name_and_the_side_it_names(harbour_text):
    people = {p.name: p for p in cast_of(harbour_text).people}
    assert people["Maria Okafor"].role == "Union general secretary"
    assert people["Maria Okafor"].aliases == ["Ms Okafor"]
    assert people["David Ross"].role == "Union spokesman"
    assert people["Tomas Lind"].aliases == ["Mr Lind"]
    text = article("Luc Dubois, a lawyer at Hartfield Partners, said the deal was dead. Mr Dubois left.")
    dubois = {p.name: p for p in cast_of(text).people}["Luc Dubois"]
    assert dubois.role == "a lawyer at Hartfield Partners"
    assert dubois.side == "Hartfield Partners"


def test_titles_are_not_part_of_the_name(ferry_text):
    people = {p.name: p for p in cast_of(ferry_text).people}
    assert set(people) == {"Ewan Hale", "Lena Varga"}
    assert people["Lena Varga"].role == "Transport Minister"
    assert people["Ewan Hale"].role == "Northland’s First Minister"
    assert people["Ewan Hale"].side == "Northland"


def test_single_names_need_a_role_and_role_phrases_become_aliases():
    text = article("Rovers' veteran striker Zico scored twice. Home Secretary Ann Lowe was there. "
                   "The home secretary said it was a fine game. Zico, 31, said he was tired.")
    people = {p.name: p for p in cast_of(text).people}
    assert "Zico" in people
    assert "The home secretary" in people["Ann Lowe"].aliases


def test_organisations_and_places_are_not_people():
    text = article("The Harbour Workers Union met the Easthaven Port Authority in South Africa. "
                   "Union leader Jo Park attended.")
    cast = cast_of(text)
    assert [p.name for p in cast.people] == ["Jo Park"]
    assert "Harbour Workers Union" in cast.orgs


def test_a_long_organisation_before_a_title_is_the_side():
    text = article("Association of Harbour Masters president Ian Cole said the rules were too weak.")
    cole = {p.name: p for p in cast_of(text).people}["Ian Cole"]
    assert cole.role == "Association of Harbour Masters president"
    assert cole.side == "Association of Harbour Masters"


def test_a_name_followed_by_of_and_an_organisation():
    text = article('"Callers hang up sooner," says Cara Dunmore of IT firm Datasphere. Ms Dunmore ran the survey.')
    people = {p.name: p for p in cast_of(text).people}
    assert "Cara Dunmore" in people and people["Cara Dunmore"].aliases == ["Ms Dunmore"]


def test_place_names_are_not_people():
    text = article("The St Kitts sprinter and Mount Hope coach Dan Ray met in Cape Town.")
    assert [p.name for p in cast_of(text).people] == ["Dan Ray"]


def test_names_with_accents_and_particles():
    text = article("Chelsea manager José Mourinho met European Commission president Ursula von der Leyen. "
                   "Goalkeeper Łukasz Fabiański said: \"We were ready for them.\"")
    assert [p.name for p in cast_of(text).people] == ["José Mourinho", "Ursula von der Leyen", "Łukasz Fabiański"]


def test_a_participle_that_opens_the_sentence_is_not_a_first_name():
    text = article("Ferry boss Tilda Marsh met harbour master Owen Pryce. Addressing Pryce, Marsh said the fares "
                   "would stay. Hosting Marsh at the quay, Pryce said little. Marsh left at noon.")
    cast = cast_of(text)
    assert [p.name for p in cast.people] == ["Tilda Marsh", "Owen Pryce"]
    assert {m.person for m in cast.mentions if m.text in ("Marsh", "Pryce")} == {"Tilda Marsh", "Owen Pryce"}


def test_a_surname_ending_in_ing_is_still_a_name():
    text = article("Coach Ada Fleming praised the side. Fleming Harbour was full. Fleming said the crowd helped.")
    assert "Ada Fleming" in [p.name for p in cast_of(text).people]
    text = article("The club's new signing is Lars Golding. Golding Bakker joined too, and Golding said he was glad.")
    assert "Golding Bakker" in [p.name for p in cast_of(text).people]


def test_a_position_written_as_an_acronym_is_role_not_name():
    text = article("Harbour City FB Tom Reyes was fined, and Norberg QB Lena Varga was suspended for a game.")
    people = {p.name: p for p in cast_of(text).people}
    assert set(people) == {"Tom Reyes", "Lena Varga"}
    assert people["Tom Reyes"].role == "Harbour City FB"


def test_administrator_is_a_title():
    text = article("Space Agency Administrator Jo Ekberg said the lander would fly next year.")
    assert [p.name for p in cast_of(text).people] == ["Jo Ekberg"]


def test_a_name_in_apposition_to_a_company_noun_is_an_organisation():
    text = article("The operator, Merrow Ferries, made an offer. Crews met Harbour Fuels, the island supplier, on "
                   "Monday. Jane Roe, the party leader, and Tom Reyes, the team captain, spoke. Ann Moss, the "
                   "firm's founder, agreed.")
    assert [p.name for p in cast_of(text).people] == ["Jane Roe", "Tom Reyes", "Ann Moss"]


def test_a_surname_shared_by_two_people_is_the_one_named_in_full_last():
    text = article("Hugo Brandt spoke first. Brandt said little. Later his wife, Sophie Brandt, spoke. Brandt "
                   "smiled. Hugo Brandt left, and Brandt waved.")
    cast = cast_of(text)
    assert [m.person for m in cast.mentions if m.text == "Brandt"] == ["Hugo Brandt", "Sophie Brandt",
                                                                        "Hugo Brandt"]


def test_civic_titles_are_not_part_of_the_name():
    text = article("Councilman Victor Hale and Sheriff Ana Ortiz met Prosecutor Ian Kerr.")
    assert [p.name for p in cast_of(text).people] == ["Victor Hale", "Ana Ortiz", "Ian Kerr"]


def test_an_age_or_who_after_a_name_makes_a_person_even_with_a_place_word():
    text = article('"The water came in fast," said Ellen Park, 71, a retired nurse. Ann Hall, who runs the cafe, '
                   'agreed. Park said she would stay. Millbrook Park was closed.')
    cast = cast_of(text)
    assert [p.name for p in cast.people] == ["Ellen Park", "Ann Hall"]
    assert [m.person for m in cast.mentions if m.text == "Park"] == ["Ellen Park"]


def test_a_street_is_not_a_person():
    text = article("Ann Moss, 64, has lived on Mill Lane for years.")
    assert [p.name for p in cast_of(text).people] == ["Ann Moss"]


def test_a_union_named_after_a_portfolio_word_is_not_a_person():
    text = article("Grace Adeyemi chairs a branch of the Health Workers Union. Nurse Ann Hall agreed.")
    assert [p.name for p in cast_of(text).people] == ["Grace Adeyemi", "Ann Hall"]


def test_surnames_with_a_lower_case_particle_belong_to_the_name():
    text = article("Adviser Faisal bin Nasser al-Harbi spoke. Later al-Harbi's aide said the deal was off. "
                   "Al-Harbi left. Maria de la Cruz chaired the session.")
    cast = cast_of(text)
    assert [p.name for p in cast.people] == ["Faisal bin Nasser al-Harbi", "Maria de la Cruz"]
    assert {m.person for m in cast.mentions if m.text.lower() == "al-harbi"} == {"Faisal bin Nasser al-Harbi"}


def test_plural_possessives_inside_organisation_names():
    text = article("The National Farmers' Federation met Norberg Health Watch and the Maritime Workers’ Union.")
    cast = cast_of(text)
    assert cast.people == []
    assert {"National Farmers' Federation", "Norberg Health Watch", "Maritime Workers’ Union"} <= set(cast.orgs)


def test_a_surname_that_is_a_place_word_next_to_a_verb_of_saying():
    text = article('"We will stay," said Jo Park. Park said the vote was close. Hyde Park was quiet.')
    cast = cast_of(text)
    assert [p.name for p in cast.people] == ["Jo Park"]
    assert [m.person for m in cast.mentions if m.text == "Park"] == ["Jo Park"]


def test_the_pm_is_the_prime_minister_the_article_names():
    """The issue saw "The PM" left unlinked from the named prime minister."""
    facts = extract(article(
        "Prime Minister Anna Kessler faced a rebellion over the budget on Monday.\n\n"
        "Opposition leader Marcus Vell said: \"This government has lost control of its own benches.\"\n\n"
        "\"We will not be bullied into a bad budget by anyone,\" the PM said after the meeting.")).facts()
    assert [q["speaker"] for q in facts["quotes"]] == ["Marcus Vell", "Anna Kessler"]
