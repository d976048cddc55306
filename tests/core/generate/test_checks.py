"""The six checks catch each defect the issue saw in generated banks, and pass the hand-made kind."""

import pytest

from studyapp.core.generate.checks import CheckContext, review_bank, review_question

ARTICLE = ("Harbour pay talks\n\nUnion leader Maria Okafor said the port's owners must raise pay by 5%. "
           "Port director Tomas Lind rejected the offer on Monday. The Harbour Workers Union will meet the Port Owners "
           "Group and the City Council on Friday. Ferry captain Priya Shah said: "
           "\"We have waited two years for this and we will not wait much longer.\"")
PEOPLE = [{"name": "Maria Okafor", "role": "Union leader"}, {"name": "Tomas Lind", "role": "Port director"},
          {"name": "Priya Shah", "role": "Ferry captain"}, {"name": "Harbour Workers Union", "role": "organisation"}]


def ctx(**kw) -> CheckContext:
    return CheckContext(ARTICLE, people=PEOPLE, **kw)


def choice(prompt, choices, answer, source="Port director Tomas Lind rejected the offer on Monday.", **extra):
    return {"id": "q", "type": "choice", "topic": extra.pop("topic", "demands"), "prompt": prompt,
            "choices": choices, "answer": answer, "source": source, "explanation": "Because.", **extra}


def failed(q, context=None) -> set[str]:
    return {c.name for c in review_question(q, context or ctx()).failed}


GOOD = choice("Which side rejects the union's offer of a pay rise?", ["Port Owners Group", "Harbour Workers Union",
              "City Council"], "Port Owners Group")


def test_a_well_made_question_passes_every_check():
    review = review_question(GOOD, ctx())
    assert review.passed and review.score > 0.5


def test_cut_or_blanked_text_fails():
    assert "complete" in failed(choice("Whose position is this? “Diplomats from A, B, … and C gathered”",
                                       ["Germany", "France", "Spain"], "Germany"))


def test_a_when_stub_fails():
    q = {"id": "q", "type": "date", "topic": "dates", "prompt": "When? resume the negotiations over the plan",
         "answer": "2015", "source": "Port director Tomas Lind rejected the offer on Monday.", "explanation": "x"}
    assert "complete" in failed(q)


def test_a_date_question_needs_a_source_that_fixes_a_date():
    q = {"id": "q", "type": "date", "topic": "dates", "prompt": "On what date did Maria Okafor ask for more pay?",
         "answer": "2022-01-02", "source": "Union leader Maria Okafor said the port's owners must raise pay by 5%.",
         "explanation": "x"}
    assert "key" in failed(q)


@pytest.mark.parametrize("fragment", ["Addressing Okafor", "but", "after it", "Tomas Lind's top"])
def test_clause_fragments_as_people_fail(fragment):
    q = {"id": "q", "type": "quote", "topic": "who-said-what", "speaker": "Priya Shah",
         "quote": "We have waited two years for this and we will not wait much longer.",
         "distractors": ["Maria Okafor", fragment], "source": ARTICLE.split("\n\n")[1], "explanation": "x"}
    assert "names" in failed(q)


def test_a_job_title_offered_as_a_side_fails():
    q = choice("Which side rejects the union's offer of a pay rise?",
               ["Port director", "Harbour Workers Union", "City Council"], "Harbour Workers Union")
    assert "names" in failed(q)


def test_people_and_parties_mixed_as_sides_fail():
    q = choice("Which side rejects the union's offer of a pay rise?",
               ["Tomas Lind", "Harbour Workers Union", "City Council"], "Tomas Lind")
    assert "names" in failed(q, ctx(persons={"Tomas Lind"}))


def test_overlapping_options_fail():
    q = choice("Which side rejects the union's offer of a pay rise?", ["Harbour", "Harbour source", "City Council"],
               "Harbour")
    assert "options" in failed(q)


def test_a_prompt_that_gives_the_key_away_fails():
    q = choice("Which side did Harbour Workers Union leaders say wants a pay rise?",
               ["Port owners", "Harbour Workers Union", "City Council"], "Harbour Workers Union")
    assert "options" in failed(q)


def test_two_options_are_too_few_for_a_choice():
    assert "options" in failed(choice("Which side rejects the union's offer of a pay rise?", ["Port owners",
                                                                                            "City Council"],
                                      "Port owners"))


def test_captions_and_page_furniture_fail():
    q = choice("Which picture agency took the photo? Picture taken at the port by REUTERS/Staff ATTENTION EDITORS",
               ["Port owners", "Harbour Workers Union", "City Council"], "Port owners")
    assert "story" in failed(q)
    q2 = dict(GOOD, source="Please use Chrome browser for a more accessible video player")
    assert "story" in failed(q2)


def test_first_person_and_the_former_cannot_be_understood_alone():
    assert "complete" in failed(choice("Which side agrees to suspend our campaign against the port?",
                                       ["Port owners", "Harbour Workers Union", "City Council"], "Port owners"))
    assert "complete" in failed(choice("Which side says the former will fail?",
                                       ["Port owners", "Harbour Workers Union", "City Council"], "Port owners"))


def test_a_demand_that_runs_two_tenses_together_fails():
    q = choice("Which side refuses to cut the quotas, and dismissed a proposal for a board?",
               ["Port owners", "Harbour Workers Union", "City Council"], "Port owners")
    assert "complete" in failed(q)


def test_a_reported_claim_without_a_subject_fails():
    q = {"id": "q", "type": "quote", "topic": "who-said-what", "reported": True, "speaker": "Maria Okafor",
         "quote": "will be enough to avert a strike", "source": "Union leader Maria Okafor said the port's owners must "
         "raise pay by 5%.", "explanation": "x"}
    assert "complete" in failed(q)


def test_the_same_fact_asked_twice_fails_in_a_bank():
    date_q = {"id": "d", "type": "date", "topic": "dates", "prompt": "On what date did Tomas Lind reject the offer?",
              "answer": "2026-03-02", "source": "Port director Tomas Lind rejected the offer on Monday.",
              "explanation": "x"}
    choice_q = choice("On what date did Tomas Lind reject the offer?", ["2 March 2026", "3 March 2026",
                      "4 March 2026"], "2 March 2026", topic="dates", id="c")
    reviews = review_bank({"bank": {}, "people": PEOPLE, "questions": [date_q, dict(choice_q, id="c")]}, ARTICLE)
    assert not reviews["c"].passed and "worth" in {c.name for c in reviews["c"].failed}


def test_a_source_not_in_the_article_fails():
    assert "key" in failed(dict(GOOD, source="The port's owners agreed a 9% rise on Friday."))


def test_a_typed_name_must_accept_the_surname():
    q = {"id": "q", "type": "typed", "topic": "context",
         "prompt": "Union leader {{Maria Okafor}} said the port's owners must raise pay by 5%.",
         "source": "Union leader Maria Okafor said the port's owners must raise pay by 5%.", "explanation": "x"}
    assert "names" in failed(q)
    assert failed(dict(q, accept=["Okafor"])) == set()


def test_checks_explain_themselves():
    review = review_question(choice("When? the offer", ["A", "B"], "A"), ctx())
    assert not review.passed
    assert all(c.why and c.label for c in review.failed)


def test_an_acronym_beside_its_own_name_is_the_same_party_twice():
    q = choice("Which side rejects the union's offer of a pay rise?",
               ["HWU", "Harbour Workers Union", "City Council"], "City Council")
    assert "options" in failed(q)


def test_a_quoted_fragment_that_opens_on_a_verb_reads_as_cut():
    q = choice("Which side said: “set up a stall in every town”?", ["Port owners", "Harbour Workers Union",
                                                                    "City Council"], "Port owners")
    assert "complete" in failed(q)


@pytest.mark.parametrize("prompt", [
    "Which side rejects within a week?",
    "True or false: Harbour Workers Union rejects that account.",
])
def test_a_stance_without_its_object_fails(prompt):
    choices = ["True", "False"] if prompt.startswith("True") else ["Port owners", "Harbour Workers Union",
                                                                   "City Council"]
    assert "complete" in failed(choice(prompt, choices, choices[0]))


def test_a_claim_with_a_doubled_that_fails():
    q = {"id": "q", "type": "quote", "topic": "who-said-what", "reported": True, "speaker": "Maria Okafor",
         "quote": "Tuesday that she would ask the port to reconsider", "source": "Union leader Maria Okafor said "
         "the port's owners must raise pay by 5%.", "explanation": "x"}
    assert "complete" in failed(q)


def test_an_organisation_among_people_fails_a_who_said_question():
    q = {"id": "q", "type": "quote", "topic": "who-said-what", "speaker": "Priya Shah",
         "quote": "We have waited two years for this and we will not wait much longer.",
         "distractors": ["Maria Okafor", "Harbour Workers Union"], "source": ARTICLE.split("\n\n")[1],
         "explanation": "x"}
    assert "names" in failed(q, ctx(persons={"Priya Shah", "Maria Okafor", "Tomas Lind"}))


def test_another_name_of_the_key_party_in_the_prompt_gives_it_away():
    q = choice("Which side wants the talks settled so that Washington can turn to other matters?",
               ["United States", "Russia", "China"], "United States")
    assert "options" in failed(q)


@pytest.mark.parametrize("prompt", ["Which side wants offer?", "Who should happen?"])
def test_a_position_of_a_word_or_two_is_not_worth_asking(prompt):
    assert "worth" in failed(choice(prompt, ["Port owners", "Harbour Workers Union", "City Council"],
                                    "Port owners"))


def test_a_body_is_never_offered_or_asked_about_as_a_person():
    q = choice("Which of these people is described in the article as the port director?",
               ["Tomas Lind", "Maria Okafor", "Eastbay Regional Transit"], "Tomas Lind")
    assert "names" in failed(q)
    flash = {"id": "q", "type": "flash", "topic": "context", "answer": "Runs the buses",
             "prompt": "Who is Eastbay Regional Transit, according to the article?",
             "source": "Port director Tomas Lind rejected the offer on Monday.", "explanation": "x"}
    assert "names" in failed(flash)


def test_a_possessive_pronoun_opening_the_subject_cannot_be_resolved():
    q = {"id": "q", "type": "date", "topic": "dates", "prompt": "On what date did their union announce the strike?",
         "answer": "2026-03-02", "source": "Port director Tomas Lind rejected the offer on Monday.", "explanation": "x"}
    assert "complete" in failed(q)


def test_a_quotation_that_asks_a_question_is_itself_the_question():
    """'Who said: “… why wait?”' ends on the quotation's own question mark (bank.who_said adds no second one)."""
    article = ARTICLE + " She added: \"Why should the crews wait any longer?\""
    q = {"id": "q", "type": "quote", "topic": "who-said-what", "quote": "Why should the crews wait any longer?",
         "speaker": "Priya Shah", "distractors": ["Maria Okafor", "Tomas Lind"],
         "source": "She added: \"Why should the crews wait any longer?\"", "explanation": "Shah said it."}
    assert "complete" not in failed(q, CheckContext(article, people=PEOPLE))


def test_a_timeline_event_inside_another_fails():
    q = {"id": "t", "type": "order", "topic": "dates", "prompt": "Put these events in time order, earliest first.",
         "items": ["Mediators said the envoys will meet in Oskar", "The envoys will meet in Oskar", "The war began"],
         "source": "Port director Tomas Lind rejected the offer on Monday.", "explanation": "Because."}
    assert "options" in failed(q)


def _date_q(prompt: str) -> dict:
    return {"id": "d", "type": "date", "topic": "dates", "prompt": prompt, "answer": "2024-05-07",
            "precision": "day", "source": "The crew met on Tuesday.", "explanation": "x"}


def test_a_second_finite_verb_after_did_fails_the_question():
    from studyapp.core.generate.checks import CheckContext, review_question

    for prompt in ("On what date did the crew didn’t see the harbour master at the quay?",
                   "On what date did the union's leader, Piet Vos, said that the strike would end?"):
        assert not review_question(_date_q(prompt), CheckContext("")).passed, prompt
    assert review_question(_date_q("On what date did the crew say that the strike over pay had ended?"),
                           CheckContext("")).passed


def test_a_pronoun_or_demonstrative_the_question_does_not_resolve_fails_it():
    from studyapp.core.generate.checks import CheckContext, review_question

    q = _date_q("On what date had its ferries reached the northern islands?")
    assert not review_question(q, CheckContext("")).passed
    tf = {"id": "t", "type": "choice", "topic": "demands", "choices": ["True", "False"], "answer": "True",
          "prompt": "True or false: The ferry operator wants to get this settled before the summer season.",
          "source": "The ferry operator wants to get this settled before the summer season.", "explanation": "x"}
    r = review_question(tf, CheckContext(""))
    assert "this settled" in " ".join(c.why for c in r.failed)


def test_a_reported_claim_that_stops_before_its_object_fails():
    from studyapp.core.generate.checks import CheckContext, review_question

    q = {"id": "s", "type": "quote", "topic": "who-said-what", "reported": True, "quote": "he will not be giving",
         "speaker": "Ann Lee", "distractors": ["Bo Park", "Cy Dunn"], "source": "Ann Lee said he will not be giving",
         "explanation": "x"}
    assert "object" in " ".join(c.why for c in review_question(q, CheckContext("")).failed)


def test_word_in_matches_a_word_boundary_search():
    import re

    from studyapp.core.generate.checks import word_in
    pairs = [("iran", "iranian source"), ("iran", "the iran deal"), ("us", "bus"), ("u.s.", "the u.s. said"),
             ("a-b", "xa-b"), ("x", "x"), ("£5", "costs £5 now"), ("5%", "a 5%"), ("nato", "nato-led"), ("", "a")]
    for small, big in pairs:
        assert word_in(small, big) == bool(small and re.search(r"\b" + re.escape(small) + r"\b", big)), (small, big)


def test_a_position_the_source_denies_fails_the_key():
    from studyapp.core.generate.checks import CheckContext, review_question

    q = {"id": "w", "type": "choice", "topic": "demands", "prompt": "Who asks for the earth?",
         "choices": ["Ann Lee", "Bo Park", "Cy Dunn"], "answer": "Ann Lee",
         "source": "Ann Lee told the rally that nurses weren’t “asking for the earth.”", "explanation": "x"}
    assert "opposite" in " ".join(c.why for c in review_question(q, CheckContext("")).failed)
    q["source"] = "Ann Lee told the rally that nurses were “asking for the earth.”"
    assert review_question(q, CheckContext("")).passed


def test_a_date_that_dates_an_aside_is_not_the_key_of_the_main_event():
    from studyapp.core.generate.checks import CheckContext, review_question

    q = _date_q("In what month did a first truce collapse after six weeks?")
    q.update(answer="2021-03", precision="month", source="A first truce, signed in March 2021, collapsed after six weeks.")
    assert "signed" in " ".join(c.why for c in review_question(q, CheckContext("")).failed)
    q.update(prompt="In what month was a first truce signed?")
    assert review_question(q, CheckContext("")).passed


def test_a_building_is_not_a_person_and_a_sides_wrong_option_does_not_name_it():
    from studyapp.core.generate.checks import CheckContext, looks_like_person, review_question

    assert not looks_like_person("Ostland Statehouse") and looks_like_person("Ann Lee")
    q = {"id": "p", "type": "choice", "topic": "demands",
         "prompt": "According to the article, which of these is the position of Ostland?",
         "choices": ["wants lower tariffs on grain", "wants a bigger trade deal with Ostland",
                     "wants the border reopened"], "answer": "wants lower tariffs on grain",
         "source": "Ostland wants lower tariffs on grain.", "explanation": "x"}
    assert "names Ostland" in " ".join(c.why for c in review_question(q, CheckContext("")).failed)


def test_a_true_statement_the_source_denies_fails_the_key():
    from studyapp.core.generate.checks import CheckContext, review_question

    q = {"id": "t", "type": "choice", "topic": "demands", "choices": ["True", "False"], "answer": "True",
         "prompt": "True or false: Ann Lee asks for the earth.",
         "source": "Ann Lee told the rally that nurses weren’t “asking for the earth.”", "explanation": "x"}
    assert "opposite" in " ".join(c.why for c in review_question(q, CheckContext("")).failed)


def test_a_claim_that_starts_with_whom_it_was_told_and_two_events_in_one_date_question_fail():
    from studyapp.core.generate.checks import CheckContext, review_question

    q = {"id": "s", "type": "quote", "topic": "who-said-what", "reported": True, "speaker": "Ann Lee",
         "quote": "few hundred nurses who filled the square that the board should hire more staff",
         "distractors": ["Bo Park", "Cy Dunn"], "source": "x", "explanation": "x"}
    assert "told" in " ".join(c.why for c in review_question(q, CheckContext("")).failed)
    d = _date_q("What was the date when a 60-day truce came into force and is due to expire?")
    assert "two events" in " ".join(c.why for c in review_question(d, CheckContext("")).failed)


def test_a_quotation_that_describes_what_it_does_not_name_fails():
    from studyapp.core.generate.checks import CheckContext, review_question

    q = {"id": "q", "type": "quote", "topic": "who-said-what", "quote": "wider than they seem from the quayside",
         "speaker": "Ann Lee", "distractors": ["Bo Park", "Cy Dunn"], "source": "x", "explanation": "x"}
    assert "does not name" in " ".join(c.why for c in review_question(q, CheckContext("")).failed)



def test_a_cloze_that_opens_on_a_pronoun_it_never_names_fails():
    """A cloze is one sentence of the article without the one before: "Without it we …" leaves the student to
    guess what "it" is and who "we" are; "The council said it …" names what "it" stands for."""
    article = ("Ferry subsidy\n\nThe island council pays for the night ferry. Without it we would spend 14 hours more "
               "on the crossing. The council said it would keep 40 sailings a week. Earlier this month, 300 "
               "islanders signed a letter.")
    context = CheckContext(article)

    def cloze(sentence, figure):
        return {"id": "q", "type": "typed", "topic": "context", "source": sentence, "explanation": "x",
                "prompt": sentence.replace(figure, "{{" + figure + "}}")}

    assert "complete" in failed(cloze("Without it we would spend 14 hours more on the crossing.", "14"), context)
    assert failed(cloze("The council said it would keep 40 sailings a week.", "40"), context) == set()
    assert failed(cloze("Earlier this month, 300 islanders signed a letter.", "300"), context) == set()  # "this" month


def test_a_source_is_in_a_caption_only_within_one_caption():
    # captions are looked up in one joined string (a long article's questions each searched every caption):
    # words running from the end of one caption into the next are in neither
    article = ("Ferry row\n\nCrew members wait at the quay in Tarnby (Ola Vik/Fjordpost)\n"
               "Harbour lights at dusk over the old pier (Ola Vik/Fjordpost)\n\n"
               "The ferry company said the sailings would resume next week.\n")
    ctx = CheckContext(article)
    assert len(ctx.captions()) == 2
    assert ctx.in_caption("crew members wait at the quay")
    assert ctx.in_caption("Harbour lights at dusk")
    assert not ctx.in_caption("Fjordpost Harbour lights")  # the end of one caption and the start of the next
    assert not ctx.in_caption("the sailings would resume")


def test_a_match_whose_positions_other_questions_ask_in_their_own_wording_is_not_worth_asking():
    # Each position is asked elsewhere, but with the stance worded another way ("What does X hope to do?" with the
    # position as an option, "Who said that they want …?"): the match adds nothing (a reader found one repeating five).
    match = {"id": "m", "type": "match", "topic": "demands", "prompt": "Match each position to the side that holds it.",
             "pairs": [["Hopes to settle the dispute by the spring", "Port owners"],
                       ["Wants the night shifts to come to an end", "Harbour Workers Union"],
                       ["Wants to keep a firm hold on overtime rates", "Port owners"]],
             "source": "Port director Tomas Lind rejected the offer on Monday.", "explanation": "Because."}
    others = [choice("What do the port owners hope to do?", ["settle the dispute by the spring",
                     "keep a firm hold on overtime rates", "end the night shifts"], "settle the dispute by the spring"),
              {"id": "r", "type": "quote", "topic": "who-said-what", "reported": True,
               "quote": "they want the night shifts to come to an end", "choices": ["Maria Okafor", "Tomas Lind"],
               "answer": "Maria Okafor", "source": ARTICLE.split("\n\n")[1], "explanation": "Because."}]
    assert "worth" in failed(match, ctx(others=others))
    assert "worth" not in failed(match, ctx(others=others[1:]))  # one of three asked elsewhere: the match stays


def test_a_demonstrative_or_an_it_only_the_article_explains_fails_in_a_statement_or_an_answer():
    # a plural holder rejecting "that": what, only the sentence before says
    assert "complete" in failed(choice("True or false: The Port Owners Group reject that and want an inquiry.",
                                       ["True", "False"], "True"))
    # a flash answer whose "it" the question never names
    flash = {"id": "q", "type": "flash", "topic": "demands", "prompt": "What do governors agree to do?",
             "answer": "Review it in full at the end of the year", "source": "Port director Tomas Lind rejected the "
             "offer on Monday.", "explanation": "Because."}
    assert "complete" in failed(flash)
    assert "complete" not in failed({**flash, "answer": "Review the pay offer in full at the end of the year"})


def test_an_idioms_it_in_a_flash_answer_is_no_unexplained_referent():
    flash = {"id": "q", "type": "flash", "topic": "demands", "prompt": "What does Maria Okafor not want?",
             "answer": "People thinking that the owners cut pay and got away with it", "source": "Port director Tomas "
             "Lind rejected the offer on Monday.", "explanation": "Because."}
    assert "complete" not in failed(flash)
