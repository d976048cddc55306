"""Attribution patterns of long-form news copy, each on a few invented lines."""

from studyapp.core.generate.facts import extract

from tests.core.generate.conftest import article, ARTICLES, quotes_of, speakers


def test_a_straight_mark_with_spaces_on_both_sides_opens_the_next_quote():
    body = ('Ferry boss Tilda Marsh spoke to Owen Pryce. "I run the whole fleet from a tablet now," she told Pryce. '
            '" You have built something very useful."')
    assert quotes_of(body)[-1] == ("Tilda Marsh", "You have built something very useful.", "full")


def test_a_name_then_any_verb_after_the_quote_is_the_speaker():
    body = ('Ferry boss Tilda Marsh sat beside harbour master Owen Pryce, who founded the pilots\' school. '
            'Pryce once trained under Ada Quell. '
            '"We all remember Ada very fondly," Marsh weighed in, telling Pryce, "she taught half the coast to sail."')
    assert speakers(body) == ["Tilda Marsh", "Tilda Marsh"]


def test_a_cue_that_ends_the_sentence_the_quote_closes_in():
    body = ('The mayor wants a bigger budget. '
            '"The mayor wants a larger settlement with the province. Larger than the small grant" offered in May, '
            'said Ivo Brandt, a scholar with the Lakeside Policy Centre in Norberg.')
    q = quotes_of(body)
    assert {s for s, _, _ in q} == {"Ivo Brandt"}


def test_according_to_a_survey_by_a_person_attributes_a_phrase_in_the_sentence():
    body = ('According to a 2021 survey by Wenda Ostrova of Fairholm College, the chain\'s habit after buying a '
            'paper has been to "merge the sports desks and cut the photographers" within a year.')
    assert quotes_of(body) == [("Wenda Ostrova", "merge the sports desks and cut the photographers", "partial")]


def test_reported_after_the_quote_names_the_writer_not_the_previous_speaker():
    body = ('"Revenue has fallen every single year since the crash," says analyst Piet Laaksonen. '
            'A study by Wenda Ostrova of Fairholm College looked at the chain. '
            '"Its newsrooms shrink by half within a year of a sale," Ostrova reported.')
    assert speakers(body) == ["Piet Laaksonen", "Wenda Ostrova"]


def test_a_verb_of_recalling_or_introducing_attributes_a_fragment():
    body = ('Harbour master Owen Pryce remembered the founder practising on the pier and "talking to the gulls as '
            'if they were his crew." Later, ferry boss Tilda Marsh introduced Pryce to the crowd as "the man who '
            'taught this town to love the water".')
    assert speakers(body) == ["Owen Pryce", "Tilda Marsh"]


def test_a_fragment_with_no_verb_takes_the_speaker_of_the_sentence_before_it():
    body = ('"Not one year since 2010 has brought more readers," says analyst Piet Laaksonen. That has led to '
            '"steady cuts in every newsroom for a decade." The owners disagree.')
    assert speakers(body) == ["Piet Laaksonen", "Piet Laaksonen"]


def test_a_fragment_with_no_verb_takes_the_cue_of_the_next_sentence_in_its_paragraph():
    body = ('Ferry boss Tilda Marsh spoke for an hour. Among her themes was safety, which the firm treats as '
            '"a duty owed to every passenger" and builds into its boats. Another is the harbour, Marsh said.')
    assert speakers(body) == ["Tilda Marsh"]


def test_a_fragment_whose_speaker_is_named_in_the_next_paragraph():
    body = ('The merger of the two ferry lines will create a fleet "with strong local crews and a national '
            'reach."\n\nThat is the hopeful view of Ruben Aske, the chief executive of Fjordline, after the vote.')
    assert speakers(body) == ["Ruben Aske"]


def test_titles_and_slogans_quoted_without_a_verb_are_nobody_s_words():
    body = ('Ferry boss Tilda Marsh spoke for an hour. "Safety is our first duty," she said. The band then played '
            '"Rolling Down The River" on the pier, and the firm launched its campaign "sail with us today."')
    assert speakers(body) == ["Tilda Marsh"]


def test_a_clause_after_the_quote_is_never_a_speaker():
    body = 'The council met on Monday. "We cannot keep paying for the old depot," after it said costs would rise.'
    assert all(s.lower() not in ("after it", "it", "but") for s in speakers(body))


def test_but_before_the_name_is_not_part_of_the_speaker():
    body = ('Union leader Maria Okafor met Tom Reyes. "We will not close the library this year," but Okafor said '
            'later the plan was open.')
    assert speakers(body) == ["Maria Okafor"]


def test_american_style_said_name_who():
    body = ('"The grant is safe and the work will go ahead," said Sam Lee, who leads the council\'s finance team. '
            '"Nobody will lose a job," said Lee, who joined in 2019.')
    assert speakers(body) == ["Sam Lee", "Sam Lee"]


def test_a_possessive_before_a_role_and_a_name_gives_the_name():
    body = 'Mayor Jo Park\'s chief negotiator, Sam Lee, said: "The grant will not arrive before the spring."'
    assert speakers(body) == ["Sam Lee"]


def test_a_possessive_description_keeps_its_whole_role():
    body = 'Mayor Jo Park\'s top EU adviser said: "The grant will not arrive before the spring."'
    assert speakers(body) == ["Jo Park's top EU adviser"]


def test_he_said_after_a_possessive_subject_is_that_person_or_the_possessor():
    intro = 'Union leader Maria Okafor met Tom Reyes. '
    assert speakers(intro + 'Later, Reyes\'s deputy warned of cuts. "We have no more money to give," he said.') == [
        "Tom Reyes's deputy"]
    assert speakers(intro + 'Reyes\'s plan was rejected on Monday. "We have no more money to give," he said.') == [
        "Tom Reyes"]


def test_a_group_speaks_through_the_plural_noun_for_its_members():
    facts = extract((ARTICLES / "q2-group-letter.txt").read_text(encoding="utf-8")).facts()
    got = [(q["speaker"], q["quote"].split()[0]) for q in facts["quotes"]]
    group = "Teachers For Dry Homes"
    assert got == [(group, "We"), ("Ingrid Solberg", "This"), (group, "The"), (group, "keep"), (group, "In"),
                   (group, "As")]
    assert "Homes" not in [p["name"] for p in facts["people"]]


def test_a_group_is_only_a_speaker_when_the_article_names_one():
    body = ('A group of nurses met the mayor. Members of the group Nurses Against Smog and of the group '
            'Parents For Parks came. "We want the filters fitted before the winter," the nurses said.')
    assert speakers(body) != ["Nurses Against Smog"]


def test_a_document_signed_by_the_group_is_the_group():
    body = ('The nurses, members of the campaign group Nurses Against Smog, wrote to the council. '
            '"The fumes by the playground are a danger to pupils," says the appeal written by six nurses.')
    assert speakers(body) == ["Nurses Against Smog"]


def test_organisation_names_joined_by_and_are_not_people():
    facts = extract(article('Officers from Coast and Border Protection met staff of the Home Security office. '
                            '"We will check every lorry," a spokesperson said.')).facts()
    assert [p["name"] for p in facts["people"]] == []


def test_a_name_inside_an_opening_participle_clause_is_the_object_not_the_speaker():
    assert speakers('Welcoming Tom Reyes to the board, chairwoman Jane Roe said: "Rates will stay where they '
                    'are for now."') == ["Jane Roe"]
    assert speakers('Addressing Tom Reyes, Jane Roe said the rates would stay. "We have no choice at all," she '
                    'added.') == ["Jane Roe"]


def test_a_surname_ending_in_ing_is_still_the_subject():
    assert speakers('Coach Ada Manning met Tom Reyes. Manning, the coach, said: "We will play the young side '
                    'on Sunday."') == ["Ada Manning"]


def test_unnamed_plural_speakers_are_not_the_person_last_named():
    intro = '"We will fight this plan," said Tom Reyes. '
    assert speakers(intro + 'Critics called the plan "a waste of public money and time".') == [
        "Tom Reyes", "Critics"]
    assert speakers(intro + '"The plan is already paid for," the officials said.') == ["Tom Reyes", "the officials"]


def test_a_fragment_after_an_unresolved_verb_of_saying_is_not_guessed_from_the_sentence_before():
    body = '"We will fight this plan," said Tom Reyes. Somebody described the plan as "a waste of good money".'
    assert speakers(body) == ["Tom Reyes"]


def test_a_possessive_then_the_person_s_own_name_is_that_person():
    body = ('Union leader Maria Okafor met Tom Reyes. Reyes\'s lawyer, Ann Moss, said the case was weak. '
            '"We will appeal at once," she said.')
    assert speakers(body) == ["Ann Moss"]


def test_he_said_inside_the_sentence_that_names_the_subject_is_that_subject():
    body = ('"My mother needs her hospital visits," said Morag Lyall, a shopkeeper. The transport minister, Ewan '
            'Doig, urged both sides to return to talks — "for the sake of the islands," he said.')
    assert speakers(body) == ["Morag Lyall", "Ewan Doig"]


def test_single_curly_marks_as_quotation_marks():
    body = ('‘We didn’t want this strike, but the company left us no choice,’ said Fiona McRae, an organiser. '
            '‘Our members haven’t had a real pay rise in six years.’')
    assert quotes_of(body) == [
        ("Fiona McRae", "We didn’t want this strike, but the company left us no choice,", "full"),
        ("Fiona McRae", "Our members haven’t had a real pay rise in six years.", "full")]


def test_the_two_leaders_are_the_two_people_named_together_as_subject():
    body = ('Prime Minister Anders Holt and Vestrian Prime Minister Katya Orlova signed the deal. '
            '"This is a good day for both our countries," Mr Holt said. '
            'In a joint statement, the two leaders said they would meet again "to review how the deal is working."')
    assert speakers(body) == ["Anders Holt", "Anders Holt and Katya Orlova"]


def test_a_setting_before_the_subject_is_not_part_of_the_speaker():
    body = ('Union leader Maria Okafor met the port authority. In a statement on Monday, the Easthaven Port '
            'Authority said: "Talks can resume as soon as the strike ends."')
    assert speakers(body) == ["Easthaven Port Authority"]


def test_a_colon_introduction_without_a_verb_of_saying_names_its_subject():
    body = ('Local MP Omar Siddiqui said he would press ministers for help. Union organiser Bev Carter was '
            'blunter: "They have taken the grants and now they are taking the jobs."')
    assert speakers(body) == ["Bev Carter"]


def test_quotes_nested_in_a_quote_stay_inside_it():
    body = ('"My supervisor called us in and said, \'It\'s over, lads,\' and that was it," said Gary Nolan, 44. '
            '"Twenty-six years, gone in five minutes."')
    assert quotes_of(body) == [
        ("Gary Nolan", "My supervisor called us in and said, 'It's over, lads,' and that was it,", "full"),
        ("Gary Nolan", "Twenty-six years, gone in five minutes.", "full")]


def test_a_passive_subject_is_not_the_speaker():
    body = ('"We will fight this plan," said Tom Reyes. The cells were described in the report as "damp, dark '
            'and unsafe for anyone".')
    assert speakers(body) == ["Tom Reyes"]


def test_a_role_with_no_name_known_is_an_unnamed_speaker_not_an_organisation():
    body = 'The striker, 27, joined from Lyon. "I am very happy to play for this club," the Frenchman said.'
    assert speakers(body) == ["the Frenchman"]


def test_it_said_after_a_described_organisation_is_that_organisation():
    body = ('Nurses voted to strike, said Grace Adeyemi of the Health Workers Union. The health board said it '
            'was "disappointed" by the vote. In a statement, it said: "We have recruited 120 nurses this year."')
    assert speakers(body) == ["the health board"]


def test_a_long_possessive_role_before_the_name_after_the_quote():
    body = '"Prices will keep rising through the spring," said the agency\'s chief economist Jane Roe.'
    assert speakers(body) == ["Jane Roe"]


def test_a_full_name_then_a_title_and_the_surname_in_the_next_paragraph():
    body = ('Jane Roe, chief economist at Harbour Bank, spoke on Monday.\n\n'
            '“Prices will keep rising through the spring,” Dr Roe said. “Wages will not keep up.”')
    assert speakers(body) == ["Jane Roe", "Jane Roe"]


def test_he_said_refers_to_the_person_introduced_in_the_paragraph_before():
    body = ('Harbour Bank economist Ravi Patel expects rates to stay high.\n\n'
            '"There is no sign of a cut before the summer," he said.')
    assert speakers(body) == ["Ravi Patel"]


def test_an_age_is_never_the_speaker():
    assert speakers('Mr Lind, 58, said the offer was "generous by any standard in the region".') == ["Mr Lind"]
    assert speakers('"It is generous by any standard," Mr Lind, 58, said.') == ["Mr Lind"]


def test_a_relative_clause_after_an_organisation_is_not_its_name():
    facts = extract(article('The Lakes Preservation Society, which opposes any pipeline, said it would go to '
                            'court. "The lakes are not a tap," its director said.')).facts()
    assert [r["speaker"] for r in facts["reported"]] == ["Lakes Preservation Society"]


def test_a_conjunction_left_from_the_clause_is_no_speaker():
    facts = extract(article('Grainco reported a fall in profit on Thursday, blaming the drought, and warned that '
                            'the second half would also be weak.')).facts()
    assert all(r["speaker"].lower() not in ("and", "but") for r in facts["reported"])


def test_straight_single_marks_as_quotation_marks_but_never_apostrophes():
    body = ("'We will not go back to work until the offer changes,' said Jo Park, who leads the union. "
            "'Not one day sooner.' The members' vote was close, and the workers' mood was grim.")
    assert quotes_of(body) == [
        ("Jo Park", "We will not go back to work until the offer changes,", "full"),
        ("Jo Park", "Not one day sooner.", "full")]


def test_single_marks_inside_a_double_quote_stay_inside_it():
    body = 'Jo Park said the talks were "going nowhere, and the port\'s \'Final Offer,\' is nothing of the sort."'
    assert [q for _, q, _ in quotes_of(body)] == [
        "going nowhere, and the port's 'Final Offer,' is nothing of the sort."]


def test_he_said_after_a_name_that_is_an_object_in_the_same_sentence_keeps_the_earlier_subject():
    body = 'Union leader Maria Okafor spoke first. After meeting Tom Reyes, "we agreed on nothing," she said.'
    assert speakers(body) == ["Maria Okafor"]


def test_a_term_in_quotes_after_an_article_is_not_the_last_speaker_s():
    body = ('"We will win this fight," said Tom Reyes, the mayor. The "war on drugs" has cost the city a fortune. '
            'That has led to "cuts in every department for a decade."')
    assert quotes_of(body) == [("Tom Reyes", "We will win this fight,", "full")]


def test_he_told_the_person_the_story_was_about_is_the_other_side_of_the_conversation():
    body = ('Ferry boss Tilda Marsh sat with harbour master Owen Pryce. "You have built a fine school," Marsh told '
            'Pryce. "Thank you, I had a lot of help," he told Marsh.')
    assert speakers(body) == ["Tilda Marsh", "Owen Pryce"]


def test_a_full_quote_whose_speaker_is_named_in_the_next_sentence():
    body = ('Tom Reyes spoke first.\n\n"We will win this vote and then we will win the next one."\n\n'
            'That was the message from Jane Roe, the union leader, on Monday.')
    assert speakers(body) == ["Jane Roe"]


def test_a_next_sentence_that_merely_starts_with_that_names_no_speaker():
    body = ('Tom Reyes spoke first.\n\n"We will win this vote and then we will win the next one."\n\n'
            'That vote is on Friday, and Jane Roe will count it.')
    assert speakers(body) == ["Tom Reyes"]


def test_a_question_and_answer_feature_whose_subject_opens_in_capitals():
    body = ("OWEN PRYCE has run Easthaven harbour for 15 years. He spoke to us about the new barrier.\n\n"
            "Has it made a difference?\n\n"
            '"A huge one. Last winter we had three storms and not a single flooded cellar."\n\n'
            "Owen Pryce was talking to Ann Moss.")
    assert speakers(body) == ["Owen Pryce"]
