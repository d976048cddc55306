"""Speakers in the styles of tests/data/invented6: descriptions in place of names ("the witness", "the former CM",
"the Albion manager"), a comma after the verb of saying, a passive opener, first names on their own, and pronouns
whose person the text leaves undecided. Each article is written for its test; every name is invented."""

from tests.core.generate.conftest import quotes_of, speakers


def test_a_comma_after_the_verb_of_saying_introduces_the_named_subjects_words():
    body = ('The chairwoman, Hedda Lorne, said the choir had never sounded better. '
            '"They have worked harder this year than ever," Lorne said.\n\n'
            'The organist, Piet Vandam, came over after the concert and said, "Next time, watch the singers, '
            'not the music." He was right.')
    assert speakers(body) == ["Hedda Lorne", "Piet Vandam"]


def test_a_habit_of_saying_is_its_subjects():
    # guards the comma rule above: "She used to say," is the pronoun's person, never a speaker called "She used to"
    body = ('My first teacher was Greta Ulvaeus, in a small town by the sea. She used to say, "The hands follow '
            'the ears, never the other way round." It took me years to understand her.')
    assert speakers(body) == ["Greta Ulvaeus"]


def test_a_name_set_off_after_a_description_keeps_its_honorific_outside():
    body = ('"What surprised us was how strong the link turned out to be once income was accounted for," said the '
            "study's lead author, Dr Wenna Pascoe.")
    assert speakers(body) == ["Wenna Pascoe"]


def test_the_barrister_is_the_one_already_met_not_the_one_named_later():
    body = ('Opening the case, Imelda Frane KC said the owner had been warned three times.\n\n'
            '"The letter could not have been clearer," the barrister said.\n\n'
            'His barrister, Oswin Tull KC, told the jury the warnings had been passed on.\n\n'
            '"My client did what any employer could do," Mr Tull said.')
    assert speakers(body) == ["Imelda Frane", "Oswin Tull"]


def test_asked_by_one_person_the_pronoun_is_the_one_who_answers():
    body = ('Prosecutor Imelda Frane questioned the first witness, cleaner Bryony Salt.\n\n'
            'Ms Salt said the doors were often locked. "We all knew about it," she said.\n\n'
            'Asked by Ms Frane whether anyone had complained to the managers, she said: "I told my supervisor '
            'twice, and nothing happened."')
    assert speakers(body) == ["Bryony Salt", "Bryony Salt"]


def test_the_witness_is_the_person_introduced_as_the_witness():
    body = ('The court heard from the first witness, cleaner Bryony Salt, who worked nights at the depot.\n\n'
            'Defence barrister Oswin Tull asked her about the rota. Mr Tull said the rota was clear. '
            '"You never raised it with the owner, did you?" he asked.\n\n'
            '"No. I had never spoken to him," the witness replied.')
    assert speakers(body) == ["Oswin Tull", "Bryony Salt"]


def test_a_title_said_again_is_the_person_introduced_with_it():
    body = ('Chief Minister Shri Mohan Varkey said the fare rise would stay. "The network cannot run on old '
            'fares," he said.\n\n'
            'Union Minister of State for Ports Shri Tarun Lal Mehra, who was in the city for a launch, said the '
            'Centre had no role.\n\n'
            '"Fares are fixed by a committee under the Act and the Centre does not interfere," the Union Minister '
            'told reporters.\n\n'
            'Former Chief Minister and senior party leader Shri Gopal Nair accused the government of breaking its '
            'word. "They promised cheaper tickets and have doubled the burden," the former CM said.')
    assert speakers(body) == ["Mohan Varkey", "Tarun Lal Mehra", "Gopal Nair"]


def test_a_description_with_an_aside_is_the_person_last_named():
    body = ('Restaurant critic Elspeth Garry said the plans were bold. "I would eat there tomorrow," she said.\n\n'
            'Fellow TV favourite Marisol Ekwueme also backed the chef. The baking star, who presents a daytime '
            'show, said: "He has put his heart into this town."')
    assert speakers(body) == ["Elspeth Garry", "Marisol Ekwueme"]


def test_a_club_in_a_description_is_the_club_not_a_person():
    body = ('Redbrook Albion lost 2-1 at home on Saturday. Albion boss Cyril Mottram was furious with the referee.\n\n'
            '"Everybody saw the foul except the one man who needed to," the Albion manager fumed.\n\n'
            'Assistant coach Teodor Brisk, who played 150 games for Albion, was calmer about it. "We lost to a '
            'better side today," said the former Albion midfielder.')
    assert speakers(body) == ["Cyril Mottram", "Teodor Brisk"]


def test_a_first_name_on_its_own_is_the_person_introduced_with_it():
    body = ('TV chef Rufus Allardyce has hit out at the council after his plans were refused.\n\n'
            '"They have never run a business in their lives," said committee chairman Cllr Wilma Sneddon, '
            'defending the ruling.\n\n'
            'Rufus, who lives in the town with his family, was having none of it.\n\n'
            '"This was decided before I even walked into that room," he raged on social media.')
    assert speakers(body) == ["Wilma Sneddon", "Rufus Allardyce"]


def test_a_pronoun_about_someone_else_leaves_the_speaker_undecided_not_switched():
    body = ('Morwenna Lomas kept the light for twenty years after her husband, Aldous Lomas, lost his boat in a '
            'storm.\n\n'
            'Her publisher, Caspar Wynd, said she had been an exacting author. "She sent back the proofs with '
            'the tides corrected," he said.')
    assert speakers(body) == ["Caspar Wynd"]


def test_a_nickname_the_story_gives_is_the_person_it_was_given_to():
    body = ('TV chef Lorcan Beattie has hit out at the council.\n\n'
            '"They would not know a good meal if it bit them," fumed the star, 51, known to viewers of the cookery '
            'show Ember Night as "the Volcano".\n\n'
            'Council leader Petra Lund said the decision was final. "There will be no late licence," she said.\n\n'
            '"Watch this space," the Volcano added.')
    assert speakers(body) == ["Lorcan Beattie", "Petra Lund", "Lorcan Beattie"]


def test_a_role_in_place_of_a_name_makes_its_sentence_about_that_person():
    body = ('TV chef Lorcan Beattie was refused a late licence on Monday. "It is a stitch-up," he said.\n\n'
            'A council spokesman insisted the ruling was fair. "He can appeal like anyone else," he added.\n\n'
            'It is not the first time the hot-headed chef has clashed with officials. In 2022 he was fined after a '
            'row with inspectors, which he later called "the worst day of my career".')
    assert speakers(body)[-1] == "Lorcan Beattie"


def test_words_a_noun_of_saying_gives_are_its_subjects():
    body = ('Ilse Varga became the orchestra\'s conductor last year. She arrived with a promise, made to the board '
            'in her first week, of "more new music and fewer empty seats".')
    assert quotes_of(body)[0][:2] == ("Ilse Varga", "more new music and fewer empty seats")


def test_a_title_said_again_in_other_words_is_the_person_who_holds_it():
    body = ('Gillian Frey, the charity\'s chief executive, warned of closures. Minister Idris Calloway said the grant '
            'was under review. "Without the grant, four shelters will shut by spring," the charity boss said.')
    assert speakers(body) == ["Gillian Frey"]


def test_an_honorific_tells_apart_two_people_who_share_a_surname():
    body = ('Ruth Ng and her husband Colin Ng have run the bakery for 20 years. "We have never seen prices like '
            'this," Mr Ng said.\n\n'
            'Mrs Ng agreed. "We may have to close by the summer," she said.')
    assert speakers(body) == ["Colin Ng", "Ruth Ng"]


def test_a_setting_set_off_after_a_body_leaves_the_body_speaking():
    body = 'The Ministry of Health, in a statement, said: "All hospitals remain open and patients should attend."'
    assert speakers(body) == ["Ministry of Health"]


def test_a_name_set_off_after_a_plural_possessive_is_the_speaker():
    body = ("Harbour Mills' spokesman, Teo Barros, said the mill would stay open. \"There are no plans to close it "
            'this year," he said.')
    assert speakers(body) == ["Teo Barros"]


def test_a_bare_spokeswoman_after_a_body_speaks_for_that_body():
    body = ('Campaigners last night slammed Ashvale Borough Council over plans to close four branch libraries.\n\n'
            'But the council hit back within hours, saying the branches had lost half their visitors since 2019.\n\n'
            'A spokeswoman added: "Nobody wants to close a library, but we have to spend limited money well."')
    assert speakers(body) == ["Ashvale Borough Council"]
