"""Speakers in the styles of tests/data/invented7: a debate ("the member for X", interventions, "shot back"), a
press briefing (an official named once after a possessive title), a police appeal ("the officer said"), a feature
that calls its subject by her age, and relatives who share a surname told apart by "Mr"/"Mrs" and by age. Each
article is written for its test; every name is invented."""

from studyapp.core.generate.facts import extract
from tests.core.generate.conftest import article, quotes_of, speakers


def test_an_honorific_says_the_sex_whatever_pronoun_follows_the_name():
    # "Mr Brenn" is a man even though the next sentence's "she" (about someone unnamed there) follows his name
    body = ('The member for Northfold, Tilde Marrow, asked how far the children would travel.\n\n'
            'Mr Aldo Brenn replied that no child would travel more than an hour. There were groans from the benches. '
            '"An hour each way, on roads that flood," she said.')
    assert speakers(body) == ["Tilde Marrow"]


def test_a_clause_opening_with_when_is_not_the_subject():
    body = ('The chair, Wilma Oster, asked for quiet. "Let the member finish," she said.\n\n'
            'When she did speak, Ms Hanne Roulet read from a letter signed by 90 parents. "They are asking for '
            'nothing special," she told the room.')
    assert speakers(body) == ["Wilma Oster", "Hanne Roulet"]


def test_shot_back_is_a_verb_of_saying():
    body = ('The member for Harlow Moss, Tomas Greer, said the schools would get free buses. "I have sat in their '
            'classrooms," he said.\n\n'
            'An intervention from the finance spokeswoman, Ada Finch, drew the loudest noise of the night. She asked '
            'whether the savings would survive the cost of the buses.\n\n'
            '"The member should read the annex," Mr Greer shot back. "Page 31. The costs are in it."')
    assert speakers(body) == ["Tomas Greer", "Tomas Greer", "Tomas Greer"]


def test_a_constituency_in_a_description_does_not_stop_it_naming_its_member():
    body = ('The member for Brackmoor, Edith Vane, said the plan broke a promise to parents.\n\n'
            'The minister, Mr Colm Ardle, said the schools were too small to keep. "Nine pupils is not a school," '
            'he said.\n\n'
            '"Let him ask the parents before he closes anything," said the member for Brackmoor.')
    assert speakers(body) == ["Colm Ardle", "Edith Vane"]


def test_a_title_after_a_possessive_owner_is_the_role_of_the_name_set_off_after_it():
    body = ('Mayor Ines Caradoc, flanked by the city\'s water director, Piet Lomax, took questions for an hour. '
            '"I know people are angry," she said.')
    lomax = next(p for p in extract(article(body)).cast.people if p.name == "Piet Lomax")
    assert lomax.role == "the city's water director"


def test_the_officer_is_the_police_officer_named_last():
    body = ('Detective Inspector Noor Havel said the van had damage to the front. "Somebody knows who was '
            'driving it," she said.\n\n'
            'Sergeant Bram Ostrow read a statement from the family outside the station.\n\n'
            'DI Havel said the van may have had a roof rack. "We know it exists. What we need is a name," the '
            'officer said.')
    assert speakers(body) == ["Noor Havel", "Noor Havel"]


def test_an_age_said_again_is_the_person_it_was_first_given_to():
    body = ('Rosalie Tarn has kept bees on the hill for thirty years. "I wrote one letter, then another one," '
            'the 61-year-old says.\n\n'
            'The regulator\'s head of policy, Ms Ilse Brock, said a review would take 18 months. "We take the '
            'concerns seriously," Ms Brock said.\n\n'
            'The 61-year-old\'s response is dry. "Eighteen months is two more springs," she says.')
    assert speakers(body) == ["Rosalie Tarn", "Ilse Brock", "Rosalie Tarn"]


def test_mr_and_mrs_tell_apart_a_mother_and_son_of_one_surname():
    body = ('For twenty years, Greta Holm has represented the ward. In May she will face her son.\n\n'
            'Jonas Holm, 38, a teacher, is standing against his mother. "I love my mother, but the ward has '
            'changed," Mr Holm said.\n\n'
            'Mrs Holm, 64, says she read about it in the paper. "He told his friends before he told me," she said.')
    assert speakers(body) == ["Jonas Holm", "Greta Holm"]


def test_a_kinship_word_before_a_name_outweighs_a_pronoun_about_someone_else():
    body = ('Ms Ada Quill has kept the orchard for decades. "It is a good year," she says.\n\n'
            'Her husband, Piers Quill, a retired vet, keeps the hives going when she is away. "I learned not to '
            'stand between her and a hive," he says.\n\n'
            'Back in the orchard, Ms Quill pulls on her gloves. "Every spring I think of stopping," she says.')
    assert speakers(body) == ["Ada Quill", "Piers Quill", "Ada Quill"]


def test_a_description_opening_a_sentence_is_the_next_pronouns_person():
    body = ('The member for Brackmoor, Edith Vane, said the plan broke a promise to parents.\n\n'
            'Outside, the parents\' spokeswoman, Ruth Calloway, said they would go to court. "That promise was not '
            'a slogan," Ms Calloway said.\n\n'
            'The member for Brackmoor said afterwards that she would not be consulted on uniforms. "Let them '
            'consult on keeping the old ones," she said.')
    assert speakers(body) == ["Ruth Calloway", "Edith Vane"]


def test_the_older_and_the_younger_of_one_surname_are_told_apart_by_their_ages():
    body = ('Jonas Holm, 38, a teacher, is standing against his mother. "The ward has changed," Mr Holm said.\n\n'
            'Mrs Holm, 64, says she read about it in the paper. "I have forgiven him," she said.\n\n'
            'Jonas\'s sister, Maja Holm, a nurse, will not say how she will vote. "My lips are sealed," she said.\n\n'
            'The older Holm said she would not change her campaign. "He will get no special treatment," she said.')
    assert speakers("For twenty years, Greta Holm has represented the ward. In May she will face her son.\n\n" + body) == \
        ["Jonas Holm", "Greta Holm", "Maja Holm", "Greta Holm"]


def test_she_after_a_sentence_about_a_man_is_the_woman_it_names_last():
    body = ('Nils Grove, 39, is standing against the council leader. "Somebody has to say it," Mr Grove said.\n\n'
            'Mr Grove\'s campaign is run by Solveig Annat, a former council officer. "Nils is running against a '
            'decision. He is not running against anyone," she said.')
    assert speakers(body) == ["Nils Grove", "Solveig Annat"]


def test_a_two_word_answer_with_its_speakers_tag_is_a_quotation():
    body = ('"Is the problem the product or the price?" asked Greta Vinter of Ashby Securities.\n\n'
            '"Mostly price," Ms Ilka Dorn answered. "People who try it come back."\n\n'
            'The board called the plan "bold" and moved on.')
    assert [(s, q) for s, q, _ in quotes_of(body)][:3] == [
        ("Greta Vinter", "Is the problem the product or the price?"), ("Ilka Dorn", "Mostly price,"),
        ("Ilka Dorn", "People who try it come back.")]


def test_words_quoted_after_writing_are_the_writers():
    body = ('Shares in the group closed down 8.7 per cent. Ms Greta Vinter cut her target price to 450p, writing in '
            'a note to clients that the forecast cut was "less bad than feared, but probably not the last".')
    assert speakers(body) == ["Greta Vinter"]


def test_the_seat_a_member_holds_is_no_person():
    body = ('The member for Harlow Moss, Ignatius Obi, said the promise had been made before the figures were '
            'known. "I have sat in their classrooms," he said.')
    ex = extract(article(body))
    assert "Harlow Moss" not in [p.name for p in ex.cast.people]
    assert [c["speaker"] for c in ex.facts()["reported"]] == ["Ignatius Obi"]


def test_a_brand_in_a_which_clause_is_not_the_speaker():
    body = ('Brennock Foods cut its profit forecast on Wednesday.\n\n'
            'The confectionery group, which makes Tallow Crunch bars and a biscuit range, said operating profit '
            'would now be lower.')
    claims = extract(article(body)).facts()["reported"]
    assert [c["speaker"] for c in claims] == ["Brennock Foods"]


def test_a_role_is_a_description_not_the_verb_after_the_name():
    body = ('An intervention from the finance spokesman, Cuthbert Ilan, drew the loudest noise of the night.\n\n'
            'The incumbent, Horace Lindgren, has arrived at the count. One reached Dr Alma Fairley, an entomologist '
            'at Carrick University who had been collecting reports.\n\n'
            '07:58 - Marisol Akin, the Civic Alliance candidate, has just spoken to us.\n\n'
            'Vera Quist, 54, drew the loudest cheer.')
    roles = {p.name: p.role for p in extract(article(body)).cast.people}
    assert roles["Alma Fairley"] == "an entomologist at Carrick University"
    assert roles["Vera Quist"] == "" and "07" not in roles["Marisol Akin"]
    assert not roles["Horace Lindgren"].startswith("has")


def test_she_right_after_he_is_the_other_person():
    body = ('The chief executive of Harrow Rail, Pieter Vance, and the union leader, Joan Mabry, met on Monday. '
            '"We are close," he said afterwards. "Not close enough," she replied.')
    assert speakers(body) == ["Pieter Vance", "Joan Mabry"]


def test_according_to_a_description_is_the_name_set_off_after_it():
    body = ('The strike went on. The offer is "an insult to every nurse", according to the union\'s lawyer, Kari '
            'Nes.\n\n'
            '"It is a fair offer to every nurse," according to the ministry\'s chief negotiator, Tor Aas, a former '
            'banker.\n\n'
            'According to the board\'s treasurer, Ada Lind, the deal is "the best we will get".')
    assert speakers(body) == ["Kari Nes", "Tor Aas", "Ada Lind"]


def test_the_state_and_party_of_a_legislator_name_the_one_tagged_with_them():
    body = ('"This bill is dead on arrival," said Sen. Dale Harmon, R-Texas, who chairs the committee.\n\n'
            'Rep. Lucy Ortiz, D-Calif., disagreed. "We have the votes," she said.\n\n'
            'Harmon shrugged off the criticism. "She knows where to find me," the Texas Republican said. "Let her '
            'come," said the California Democrat.')
    assert speakers(body) == ["Dale Harmon", "Lucy Ortiz", "Dale Harmon", "Lucy Ortiz"]


def test_a_first_name_set_off_after_a_kinship_word_is_a_speaker_of_its_own():
    body = ('"We lost everything in one night," said Mira Sol, whose house sits two streets from the bank.\n\n'
            'Her husband, Piet, said by phone from a shelter that they had nowhere else to go. "We are waiting for '
            'someone to tell us what happens next," he said.')
    assert speakers(body) == ["Mira Sol", "Piet"]


def test_a_nationality_said_as_a_noun_is_the_person_the_story_is_about():
    body = ('Dutch rider Joost van Leeuwen won the stage ahead of Frenchman Luc Perrin.\n\n'
            'Team director Ana Ruiz praised van Leeuwen. "He rode like a champion," said the Spaniard, whose team '
            'leads the overall standings.')
    assert speakers(body) == ["Ana Ruiz"]


def test_a_pronoun_closing_a_longer_phrase_is_the_person_named_in_it():
    body = ('Trustee Wendell Pak moved to approve the plan. His motion failed for lack of a second. Trustee Anita '
            'Rosk then proposed an added reading, a compromise she said "gives no one everything and everyone '
            'something."')
    assert speakers(body) == ["Anita Rosk"]


def test_but_did_not_after_a_quotation_goes_on_with_the_sentences_subject():
    body = ('Board president Harriet Vander said she favored a decision that "the whole community can live with," '
            'but did not say how she would vote.')
    assert speakers(body) == ["Harriet Vander"]


def test_a_verb_of_saying_after_a_possessive_is_a_noun():
    body = ('Fans are angry about prices.\n\n'
            'The Premier Football League\'s rules do not allow it to set ticket prices, but its fan officer, Ravi '
            'Mehta, said clubs were expected to consult supporters "meaningfully, and before decisions are made, '
            'not after."')
    assert speakers(body) == ["Ravi Mehta"]
