"""Speakers in styles of unseen articles (issue 14, invented14): an exchange of questions and answers in
quotation paragraphs with no tag (cross-examination, a press conference), a name after an opening clause that
holds its pronoun ("Before he opens up, Ivo Brannagh climbs …"). Articles written for these tests; every name is
invented."""

from tests.core.generate.conftest import speakers


def test_an_untagged_answer_after_a_question_is_the_one_asked():
    body = ('Questioned by Wilma Trask-Odell for the prosecution, the driver, Casimir Oyelade-Munt, said the brakes had '
            'felt "soft for weeks".\n\n"Did you tell anyone?" Ms Trask-Odell asked.\n\n'
            '"I told the depot. Twice, in writing."\n\n"And what did the depot do?"\n\n'
            '"Nothing that I ever saw."')
    assert speakers(body) == ["Casimir Oyelade-Munt", "Wilma Trask-Odell", "Casimir Oyelade-Munt",
                              "Wilma Trask-Odell", "Casimir Oyelade-Munt"]


def test_an_untagged_line_after_a_reply_is_the_other_side_again():
    body = ('Cross-examining, Fergus Lamb-Addo put it to the driver, Casimir Oyelade-Munt, that he had been '
            'speeding. "You were late and you were in a hurry, were you not?" he said.\n\n'
            '"That is not true," Oyelade-Munt replied.\n\n"You had two deliveries left and an hour to do them."\n\n'
            '"I had all afternoon."')
    assert speakers(body) == ["Fergus Lamb-Addo", "Casimir Oyelade-Munt", "Fergus Lamb-Addo", "Casimir Oyelade-Munt"]


def test_a_pressed_question_is_answered_by_the_one_who_answered_before():
    body = ('The chief executive, Hortensia Valdane-Ruiz, took questions on Monday.\n\n'
            '"Every customer will get a refund," said Valdane-Ruiz.\n\n'
            'The next question came from Rufus Okoye-Sand of the Courier.\n\n'
            '"A refund of ten pounds, for a month without heating?" Okoye-Sand pressed.\n\n'
            '"It is where we start. It is not where we finish."')
    assert speakers(body)[-1] == "Hortensia Valdane-Ruiz"


def test_an_untagged_paragraph_after_a_plain_statement_stays_with_its_speaker():
    body = ('The mayor, Leontyne Abara-Quist, spoke outside the hall.\n\n'
            '"We will rebuild the bridge," Abara-Quist said.\n\n"It will take two years and it will cost a lot."')
    assert speakers(body) == ["Leontyne Abara-Quist", "Leontyne Abara-Quist"]


def test_a_name_after_an_opening_clause_with_its_pronoun_is_the_subject():
    body = ('Every morning, before he opens the forge, Ivo Brannagh-Steele walks the length of the quay. He has '
            'done it for forty years.\n\n"Three hundred paces," he says. "I know every one of them."')
    assert speakers(body) == ["Ivo Brannagh-Steele", "Ivo Brannagh-Steele"]


def test_she_after_her_account_of_two_named_men_is_still_the_witness():
    body = ('Lucan Tolland-Price, for the defence, asked the foreman about the rota. "You never checked it," he said.\n\n'
            'Earlier, the jury heard from Rosamund Ekwueme-Hart, the inspector who examined the scaffold. She said the '
            'two men who fell, Dariusz Wolanski, 41, and Chidi Ormsby, 26, had been working without harnesses. "With '
            'the rail in place they would have walked home," she told the jury.')
    assert speakers(body)[-1] == "Rosamund Ekwueme-Hart"


PHONE_IN = ('Callers rang in on Wednesday when the leader of Ashmoor Council, Councillor Bertil Okafor-Lund, joined the '
            'presenter Petra Sandoval-Reyes.\n\n'
            'The first caller, Dov from Kellingley, was unimpressed. "I have three children in nappies," he told the '
            'programme.\n\n'
            'Prudence, a retired nurse from the old town, said she had no room for a second bin. "They tell you to '
            'recycle more and there is nowhere to put it," she said.\n\n'
            'The last word went to a caller who gave her name only as Mrs Ashgrove. "I have put my bin out every '
            'Tuesday for forty years," she said.')


def test_a_caller_known_by_a_first_name_set_off_after_what_they_are():
    assert speakers(PHONE_IN)[0] == "Dov"


def test_a_first_name_opening_a_sentence_before_a_description_and_said():
    assert speakers(PHONE_IN)[1] == "Prudence"


def test_someone_named_only_by_an_honorific_and_a_surname():
    assert speakers(PHONE_IN)[2] == "Mrs Ashgrove"


def test_the_one_a_question_is_put_to_answers_it():
    body = ('The council leader, Bertil Okafor-Lund, joined the presenter Petra Sandoval-Reyes.\n\n'
            '"Nobody likes paying more for less," he said.\n\n'
            'Sandoval-Reyes asked Okafor-Lund whether saving money was the real aim. "It is part of it," he admitted.')
    assert speakers(body)[-1] == "Bertil Okafor-Lund"


def test_the_one_the_chair_turns_to_speaks_next():
    body = ('The debate was chaired by Ruairi Maddox-Bell. Dr Annika Strand-Oyelaran went first. "People are not '
            'machines," she said.\n\nThe chair turned to Tamsin Ekwall-Jones, who represents factory workers. She '
            'said her members would welcome shorter hours. "A ten-hour shift is not a gift," she said.')
    assert speakers(body)[-1] == "Tamsin Ekwall-Jones"


def test_a_statement_set_off_between_a_body_and_said_is_no_part_of_its_name():
    body = ('The water company blamed run-off from farms. The Upland Growers Alliance, in a statement issued during the '
            'briefing, said its members had followed "every rule in the book".')
    assert speakers(body) == ["Upland Growers Alliance"]


def test_the_council_leader_is_the_one_introduced_as_leader_of_the_council():
    body = ('Callers rang in when the leader of Ashmoor District Council, Councillor Bertil Okafor-Lund, joined the '
            'presenter, Petra Sandoval-Reyes.\n\nA listener asked about foxes. "The caddies have locking lids," the '
            'council leader said.')
    assert speakers(body) == ["Bertil Okafor-Lund"]


PROFILE = ('Every morning Ivo Brannagh-Steele opens the forge on Tanner Row. He is seventy now.\n\n'
           'He learned the trade from his father, Tadeusz, who opened the forge in 1961. Tadeusz Brannagh-Steele had '
           'come from a family of farriers and never trusted a gas burner. His son has softened on that.\n\n'
           '"I will light gas for you," he says. "I will not call it smithing."\n\n'
           'On Saturdays his granddaughter, Wren, who studies design, helps at the bench.\n\n'
           '"She hammers like she means it," he says.\n\n'
           'Brannagh-Steele has signed the traders\' petition. "I have views," he says.')


def test_his_son_after_a_paragraph_on_the_father_is_the_story_s_subject():
    assert speakers(PROFILE)[:2] == ["Ivo Brannagh-Steele", "Ivo Brannagh-Steele"]


def test_he_says_after_a_granddaughter_is_named_is_not_her():
    assert speakers(PROFILE)[2] == "Ivo Brannagh-Steele"


def test_a_surname_shared_with_his_father_is_the_subject_s():
    assert speakers(PROFILE)[-1] == "Ivo Brannagh-Steele"


def test_a_quotation_s_own_she_decides_over_a_he_in_what_she_reported():
    body = ('Ivo Brannagh-Steele climbs the tower every week. He is seventy-four.\n\n'
            'The vicar, the Rev Oonagh Castell-Mbeki, says the parish has no plan for the day he stops. "We have not '
            'dared to ask," she admits.\n\n'
            'On the way down he stops at a small window. "That is my favourite bit," he says.')
    assert speakers(body) == ["Oonagh Castell-Mbeki", "Ivo Brannagh-Steele"]


def test_the_letter_said_is_the_body_whose_letter_it_is():
    body = ('The Kilnworth Bakers Union called the closure a betrayal. Its regional officer, Callum Reyes-Abbot, said: '
            '"Our members gave up money to save this plant."\n\n'
            'In a letter to the chief executive released to the press on Monday afternoon, the union demanded that '
            'the company publish its figures. "If the plant is not competitive, show us the numbers," the letter said.')
    assert speakers(body)[-1] == "Kilnworth Bakers Union"


QA = ('Mayor Odalys Quintero-Banks was elected two years ago on a promise to keep the waterfront public. She spoke '
      'to our local affairs editor, Wendell Kasprowicz, in her office on Thursday.\n\n'
      'Q: Three hundred people protested outside. Did you hear them?\n\n'
      'A: I heard them, and I went down and spoke to some of them. I understand why they are angry.\n\n'
      'Q: Your deputy, Ravi Osei-Little, calls the sale reckless. In your campaign you said, "Not one metre of the '
      'waterfront will be sold." Is that not what you are doing?\n\n'
      'A: That is a fair question. I said that, and I believed it. Then I saw the accounts.')


def test_the_answers_of_a_q_and_a_are_the_guest_s_when_she_is_introduced_as_she():
    from tests.core.generate.conftest import quotes_of
    answers = [s for s, q, _ in quotes_of(QA) if q.startswith(("I heard them", "That is a fair question"))]
    assert answers == ["Odalys Quintero-Banks", "Odalys Quintero-Banks"]


def test_what_the_interviewer_says_the_guest_said_is_the_guest_s():
    from tests.core.generate.conftest import quotes_of
    quoted = [s for s, q, _ in quotes_of(QA) if q.startswith("Not one metre")]
    assert quoted == ["Odalys Quintero-Banks"]


def test_a_name_with_dr_set_off_after_a_description_before_said():
    body = ('Lecturers at Harrowfield voted to boycott marking.\n\n"Nobody takes this step lightly," the branch '
            'president, Dr Farida Quintal-Ross, said in the union\'s announcement.')
    assert speakers(body) == ["Farida Quintal-Ross"]


def test_the_one_a_paper_quotes_as_saying():
    body = ('The business daily leads with the airline. The paper quotes Odile Marchetti-Ng, the carrier\'s chief '
            'executive, as saying the airline "will not run a half-empty schedule for a region that does not want us".')
    assert speakers(body) == ["Odile Marchetti-Ng"]


def test_a_concession_the_trust_dismissed_as_is_the_trust_s_verdict():
    body = ('The Kelbrook Town Supporters Trust wants a seat on the board. The chairman, Lionel Haverstock-Obi, has '
            'offered a £25 ticket for fans under 21, a concession the trust dismissed as "crumbs from the top table".')
    assert speakers(body) == ["Kelbrook Town Supporters Trust"]


def test_in_a_guest_s_answer_one_man_told_me_and_the_report_says_are_not_the_guest():
    body = ('Mayor Odalys Quintero-Banks spoke to our editor, Wendell Kasprowicz.\n\n'
            'Q: Did you hear the protesters?\n\n'
            'A: I heard them, and I went down. One man told me, "My grandfather unloaded timber on that quay and you '
            'want flats on it." I understand that.\n\n'
            'Q: Have you read the harbour report?\n\n'
            'A: Every page. The report itself says, "a ferry service would need a public subsidy for six years." '
            'Nobody quotes that sentence.')
    assert speakers(body) == ["One man", "the report"]


def test_quoted_in_the_statement_as_saying_is_still_the_one_quoted():
    body = ('Goldmere Foods will close its Tarnby plant. Its chief executive, Marguerite Oyelowo-Stane, was quoted in '
            'the statement as saying the group had "looked at every alternative".')
    assert speakers(body) == ["Marguerite Oyelowo-Stane"]


def _claims(body: str) -> list[tuple[str, str]]:
    from studyapp.core.generate.facts import extract
    from tests.core.generate.conftest import article
    return [(c["speaker"], c["claim"]) for c in extract(article(body)).facts().get("reported", [])]


def test_said_no_then_another_speaker_is_no_claim_of_the_first():
    body = ('The chair, Yusuf Bellamy-Obi, asked whether anything had changed their minds. Gideon Sterne-Ashby said '
            'no. Carys Mbatha-Lowe said she had been reminded how different the sectors were.')
    assert not any(c.startswith("no.") for _, c in _claims(body))


def test_the_witness_is_the_one_giving_evidence():
    body = ('Desmond Achebe-Vargas, 38, was giving evidence on the sixth day of the trial. Questioned by Anthony '
            'Pelletier-Rossi, for the defence, he agreed the alarm was noisy. Mr Pelletier-Rossi asked why he had '
            'said nothing in April. The witness said he had not known about the inspection until afterwards.')
    assert ("Desmond Achebe-Vargas", "he had not known about the inspection until afterwards") in _claims(body)


def test_a_log_page_which_read_is_no_one_s_words():
    body = ('Desmond Achebe-Vargas said he had switched off the zone. The jury was shown a page from the site log, in '
            'the witness\'s handwriting, which read: "Zone 4 isolated on instruction of the manager."')
    assert speakers(body) == ["the page"]


def test_a_listener_in_a_two_word_place_is_not_a_person_of_that_name():
    body = ('The presenter, Petra Sandoval-Reyes, read out a text from a listener in Ashby Vale, who wrote: "Food '
            'waste weekly is fine, but who is going to pay for the foxes?"')
    assert speakers(body) == ["a listener in Ashby Vale"]


def test_the_chief_executive_is_the_one_introduced_as_head_of_a_named_body():
    filler = " ".join(f"Reporter number {n} asked about the pipes." for n in range(20))
    body = ('The head of Eastwold Water, Grainne Achterberg-Olu, faced questions on Tuesday.\n\n'
            f'{filler}\n\nMilo Ferris of the Courier asked whether anyone would lose their job. The chief executive '
            'said a review would report in eight weeks. "I am not going to pre-empt it," she said.')
    assert speakers(body) == ["Grainne Achterberg-Olu"]


def test_the_one_the_court_heard_from_is_who_the_story_is_on():
    body = ('Desmond Achebe-Vargas, 38, was giving evidence on the sixth day of the trial. Questioned by Anthony '
            'Pelletier-Rossi KC, for the defence, he agreed the alarm was noisy. The witness said he had not known '
            'about the inspection.\n\nEarlier, the court heard from Rosamund Ekwueme-Hart, the officer who led the '
            'investigation. She said the two men who died, Dariusz Wolanski, 41, and Chidi Ormsby, 26, had been '
            'working at the far end. "With a working alarm they would have had four minutes," she told the jury.')
    assert speakers(body) == ["Rosamund Ekwueme-Hart"]


def test_the_letter_of_a_union_named_after_a_description_of_it():
    body = ('The union that represents most of the workforce, Unite Grain, described the decision as "a betrayal". '
            'Its regional officer, Callum Reyes-Abbot, said: "Our members gave up money to save this plant."\n\n'
            'In a letter to the chief executive released on Monday, the union demanded that the company publish its '
            'figures. "If the plant is not competitive, show us the numbers," the letter said.')
    assert speakers(body)[-1] == "Unite Grain"
