"""What a bank asks beyond who said what: the parties offered as sides are the story's, and the facts a teacher
wants asked (issue 14's coverage) are drafted in forms that pass every check. Articles invented for the tests."""

import re

from studyapp.core.generate.checks import CheckContext, phrase_problem, review_question
from studyapp.core.generate.facts import extract
from studyapp.core.generate.figures import figures_in, how_question
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.questions import build_people, draft_candidates

HARBOUR = ("Harbour talks stall over night shifts\n\n"
           "Talks between the Harbour Authority and the Velmar Dockworkers Union broke down on Tuesday after a week "
           "of meetings.\n\n"
           "The Velmar Dockworkers Union said that the new shift rota would put tired crews on the cranes at night.\n\n"
           "The Harbour Authority wants the new rota in place by the spring. The Ostrava Freight Group is demanding "
           "compensation for cargo left on the quay during the dispute. The Quayside Traders Association wants the "
           "gates opened to vans before dawn.\n\n"
           "The union refuses to work the extra night shifts without a pay supplement.\n\n"
           "The old quay was first laid out for the Northern Trading Company, long before the first containers came.\n\n"
           "The Ostrava Freight Group said that its ships would sail to other ports if the quay stayed closed.\n\n"
           "The Velmar Dockworkers Union said that the Harbour Authority had ignored every safety report since the "
           "summer.")


def drafts(text: str) -> list[dict]:
    ex = extract(text, None)
    return [c.question for c in draft_candidates(ex, build_people(ex))]


def side_said(text: str) -> list[dict]:
    return [q for q in drafts(text) if q.get("prompt", "").startswith("Which side said")]


def test_an_organisation_named_once_in_passing_is_not_offered_as_a_side():
    """A reader found a state that no longer exists, named once in an aside, offered beside today's parties."""
    asked = side_said(HARBOUR)
    assert len(asked) == 3, [q["prompt"] for q in asked]
    for q in asked:
        assert "Northern Trading Company" not in q["choices"], q
        assert {"Harbour Authority", "Velmar Dockworkers Union", "Ostrava Freight Group"} & set(q["choices"])


def test_a_side_the_prompt_names_is_no_wrong_option_when_others_are_there():
    """'Which side said that the Harbour Authority had ignored …?' with the Harbour Authority offered is no guess."""
    text = HARBOUR.replace("The old quay was first laid out for the Northern Trading Company, long before the first "
                           "containers came.\n\n", "")
    q = next(q for q in side_said(text) if "ignored every safety report" in q["prompt"])
    assert q["answer"] == "Velmar Dockworkers Union"
    assert "Harbour Authority" not in q["choices"]
    assert len(q["choices"]) >= 3


# -- checks that used to drop whole, fit questions, and the cut ones they must still drop ---------------------------

FERRY = ("Ferry crews vote to strike over rotas\n\n"
         "Ferry crews on the Marrow Sound route have voted to strike from next month, their union said on Monday.\n\n"
         "Crew union leader Tomasz Brecker said: \"We have a timetable to keep to and nobody left to do it with.\"\n\n"
         "\"Our deckhands start at 5 in the morning and finish at 9 at night,\" Brecker said.\n\n"
         "Operator chief executive Hanne Skov said: \"Nobody here is looking for a fight. We want a fair settlement "
         "that the company can actually pay for.\"\n\n"
         "Island council leader Olu Mensah said the cost of the cancelled sailings would be \"passed on to the island "
         "families\" through higher prices.\n\n"
         "Mensah said: \"The shopkeepers will tell you: 'If the boats stop, the shelves are empty by Friday.\"\n\n"
         "Deckhand Ruth Ollander said: \"I have worked these boats for eleven years and never seen morale this low.\"")


def reviewed(text: str) -> list[tuple[dict, list[str]]]:
    """Each drafted question and the reasons it fails (none when it passes every check)."""
    ex = extract(text, None)
    people = build_people(ex)
    ctx = CheckContext(text, people=people, sides=ex.sides(),
                       persons={p.name for p in ex.cast.people if p.kind == "person"})
    return [(c.question, [ch.why for ch in review_question(c.question, ctx, c.priority).checks if not ch.ok])
            for c in draft_candidates(ex, people)]


def quoted(text: str, opening: str) -> tuple[dict, list[str]]:
    return next((q, why) for q, why in reviewed(text) if q["type"] == "quote" and q["quote"].startswith(opening))


def test_a_quotation_ending_on_a_small_word_where_its_sentence_ends_is_asked():
    """'… nobody left to do it with.' and '… can actually pay for.' end their sentences: they are whole, not cut."""
    asked = [q["quote"] for q in questions_of(FERRY) if q["type"] == "quote"]
    assert any(a.startswith("We have a timetable") for a in asked), asked
    assert any(a.startswith("Nobody here is looking") for a in asked), asked


def test_a_figure_keeps_two_small_words_apart():
    """'at 5 in the morning' and 'from 5.2% to 4.6%' are no 'at in' or 'from to'."""
    assert quoted(FERRY, "Our deckhands start")[1] == []
    assert phrase_problem("Which side would cut the top rate from 5.2% to 4.6%?") == ""
    assert phrase_problem("Which side wants a ban of to the sale?").startswith("not grammatical")


def test_a_quotation_cut_to_a_participle_is_not_asked():
    q, why = quoted(FERRY, "passed on to")
    assert why == ["the quotation starts mid-sentence and reads as cut"]


def test_a_quotation_left_open_inside_the_quotation_is_not_asked():
    q, why = quoted(FERRY, "The shopkeepers will tell you")
    assert why == ["a quotation inside the quotation is not closed"]
    assert quoted(FERRY, "I have worked these boats")[1] == []  # an apostrophe is no quotation mark


def _review(q: dict, article: str = FERRY) -> list[str]:
    ex = extract(article, None)
    ctx = CheckContext(article, people=build_people(ex), sides=ex.sides(),
                       persons={p.name for p in ex.cast.people if p.kind == "person"})
    return [ch.why for ch in review_question(q, ctx, 0.9).checks if not ch.ok]


def test_a_small_word_ending_a_prompt_where_its_source_goes_on_still_fails():
    source = "Operator chief executive Hanne Skov said the company wants to settle for less than the crews ask for."
    text = FERRY + "\n\n" + source
    q = {"id": "x", "type": "quote", "topic": "who-said-what", "reported": True, "speaker": "Hanne Skov",
         "quote": "the company wants to settle for", "distractors": ["Tomasz Brecker", "Olu Mensah"], "source": source}
    assert any("ends on “for”" in w for w in _review(q, text))
    whole = dict(q, quote="the company wants to settle for less than the crews ask for")
    assert not any("ends on" in w for w in _review(whole, text))


def test_first_person_in_a_reported_claim_fails():
    """'Who said that the union will have to accept an offer that I can take to the board?': whose 'I'?"""
    source = "Skov said on Tuesday that the union \"is going to have to accept an offer that I can take to the board.\""
    text = FERRY + "\n\n" + source
    q = {"id": "x", "type": "quote", "topic": "who-said-what", "reported": True, "speaker": "Hanne Skov",
         "quote": "the union is going to have to accept an offer that I can take to the board",
         "distractors": ["Tomasz Brecker", "Olu Mensah"], "source": source}
    assert any(w.startswith("“I” in a reported claim") for w in _review(q, text))


def test_a_cloze_opening_on_it_is_not_saved_by_a_month_name():
    """'It will raise the issue at the annual meeting on ___ June': the capital of a month names no one."""
    source = "It will raise the issue at the annual meeting on 12 June."
    text = FERRY + "\n\n" + source
    q = {"id": "x", "type": "typed", "topic": "context", "prompt": "It will raise the issue at the annual meeting on "
         "{{12}} June.", "answer": "12", "source": source}
    assert "“It” cannot be understood without the article" in _review(q, text)


def questions_of(text: str) -> list[dict]:
    return generate_bank(text)[0]["questions"]


# -- who the story's people are ------------------------------------------------------------------------------------

LIBRARY = ("Library board splits over late opening\n\n"
           "Library board chair Wanda Pelletier said: \"We have listened to every reader who wrote to us this winter, "
           "and the late opening will stay.\"\n\n"
           "Branch librarian Osric Delane said: \"Our staff cannot cover the evening shifts unless two more posts are "
           "funded by the city.\"\n\n"
           "City finance director Marguerite Oyelowo said: \"The budget for next year has no room for new posts at "
           "the central library.\"\n\n"
           "Readers' group secretary Tobias Kwan said: \"Students need somewhere warm and quiet to work after the "
           "school day ends.\"\n\n"
           "The board will vote on the plan at its next meeting.")
ROLES = {"Wanda Pelletier": "Library board chair", "Osric Delane": "Branch librarian",
         "Marguerite Oyelowo": "City finance director", "Tobias Kwan": "Readers' group secretary"}


def test_who_each_speaker_is_is_asked_with_the_other_peoples_roles_as_options():
    """A bank of four quotations asked who two of the four speakers were (a flash card each) and left the others
    out as padding; who a speaker is is worth asking, graded, among the roles the article gives its people."""
    asked = {q["prompt"]: q for q in questions_of(LIBRARY)
             if q.get("prompt", "").startswith("How does the article describe")}
    assert len(asked) == 4, list(asked)
    for name, role in ROLES.items():
        q = asked[f"How does the article describe {name}?"]
        assert q["answer"] == role
        assert sorted(q["choices"]) == sorted(ROLES.values())


def test_a_cut_title_or_words_of_saying_are_never_asked_or_offered_as_a_role():
    text = LIBRARY.replace("The board will vote", "Republican Gov. Harlan Voss did not attend the meeting, and a "
                           "spokesman, Dale Renfrew, insisted no decision on funding had been made.\n\nThe board "
                           "will vote")
    for q in questions_of(text):
        shown = " ".join([q.get("prompt", ""), str(q.get("answer", "")), *q.get("choices", [])])
        assert "Gov." not in shown.replace("Gov. Harlan", "") and "insisted" not in shown.lower(), q
        assert not q.get("prompt", "").startswith(("How does the article describe Dale", "Who is Dale")), q


# -- key figures ---------------------------------------------------------------------------------------------------

def _how(sentence: str) -> list[str | None]:
    return [how_question(sentence, f) for f in figures_in(sentence)]


def test_a_figure_in_someones_announcement_is_asked_according_to_it():
    assert _how("The walkout follows Finance Minister Ilse Marten's announcement in March that 12,000 posts would be "
                "cut, with about 900 of those in the north.") == [
        "According to Finance Minister Ilse Marten's announcement in March, how many posts would be cut?"]
    assert _how("The protest follows the council's plan that 14 branches would close.") == [
        "According to the council's plan, how many branches would close?"]


def test_a_second_sum_beside_the_one_asked_is_left_out_of_the_question():
    """'a loss of $48 million on revenue of $95 million in the quarter': the loss is asked, the revenue not read out."""
    assert _how("Grenmoor Foods reported a loss of $48 million on revenue of $95 million in the second quarter.") == [
        "How big a loss did Grenmoor Foods report in the second quarter?", None]
    assert _how("Rents rose by between 3% and 5% this year.") == [None, None]  # a range is still not asked


# -- reported claims -----------------------------------------------------------------------------------------------

def test_a_claim_ending_on_the_speakers_own_words_keeps_them_quoted():
    """'… said the new rota was "a recipe for accidents …".': the bank's quotation loses its outer double marks,
    which used to take the closing mark of the words quoted at the claim's end, so every such claim was dropped as
    unclosed. The speaker's words go in single marks and the claim is asked, closed."""
    text = FERRY + "\n\nHarbour master Elin Varga said the new rota was \"a recipe for accidents on the slipway\"."
    q, why = next((q, why) for q, why in reviewed(text) if q.get("reported") and "recipe" in q["quote"])
    assert q["quote"] == "the new rota was ‘a recipe for accidents on the slipway’" and why == []
    shown = next(x for x in questions_of(text) if x.get("reported") and "recipe" in x["quote"])
    assert shown["speaker"] == "Elin Varga"


def test_a_claim_starts_after_whom_it_was_told_and_where():
    """"told a crew meeting last Friday that …": the claim is what follows "that", not the meeting (once gated as
    garbled, "crew meeting last Friday that the slipway lights …")."""
    text = FERRY + ("\n\nHarbour master Elin Varga told a crew meeting last Friday that the slipway lights had failed "
                    "twice this month.")
    q, why = next((q, why) for q, why in reviewed(text) if q.get("reported") and "slipway lights" in q["quote"])
    assert q["quote"].startswith("the slipway lights had failed") and why == []


def test_a_quotation_asked_as_which_side_said_it_counts_as_covered():
    """'Which side said: “…”?' asks who said the words as a quotation question does; the measure counted it a miss."""
    from studyapp.core.generate.coverage import covered

    fact = {"speaker": "Harbour Authority", "quote": "The rota will end the long queues of lorries at the gates."}
    asked = {"type": "choice", "prompt": "Which side said: “The rota will end the long queues of lorries at the "
             "gates.”?", "answer": "Harbour Authority", "choices": ["Harbour Authority", "Velmar Dockworkers Union"]}
    assert covered(fact, "quotes", [asked])
    other = dict(asked, prompt="Which side said: “The union will strike in March if talks fail.”?")
    assert not covered(fact, "quotes", [other])


def test_a_union_named_after_its_employer_is_a_side_of_its_own_but_a_board_is_not():
    """'Marrow University' and 'Marrow University Staff Association' are two parties (often on opposite sides);
    'Marrow University' and 'Marrow University board' are one."""
    article = ("Campus staff strike\n\nThe Marrow University Staff Association wants the pay offer reopened. Marrow "
               "University refuses to reopen it. The Marrow Students' Union backs the staff.")
    q = {"id": "x", "type": "choice", "topic": "demands", "prompt": "Which side wants the pay offer reopened?",
         "answer": "Marrow University Staff Association", "source": "The Marrow University Staff Association wants the "
         "pay offer reopened.", "choices": ["Marrow University", "Marrow University Staff Association",
                                            "Marrow Students' Union"]}
    assert not any("inside another option" in w for w in _review(q, article))
    board = dict(q, choices=["Marrow University", "Marrow University board", "Marrow Students' Union"],
                 answer="Marrow University board")
    assert any("inside another option" in w for w in _review(board, article))


# -- dated events asked with "did" -----------------------------------------------------------------------------------

def test_a_le_verb_and_an_rded_verb_are_asked_with_did():
    """'handled', 'tabled', 'awarded' left the writer unsure of the base form, so the event was asked as 'In what year
    was it that …?', which the checks drop: such events went unasked."""
    from studyapp.core.generate.realise import regular_base, when_question

    assert when_question("The harbour handled 2.3 million tonnes of grain", "year") == \
        "In what year did the harbour handle 2.3 million tonnes of grain?"
    assert when_question("The board first tabled the merger plan", "month") == \
        "In what month did the board first table the merger plan?"
    assert when_question("The agency awarded the first two contracts", "month") == \
        "In what month did the agency award the first two contracts?"
    assert [regular_base(w) for w in ("settled", "compelled", "travelled", "spelled", "quelled", "curled")] == \
        ["settle", "compel", "travel", "spell", "quell", None]



# -- a reported claim whose "Who said …?" the bank cannot keep -----------------------------------------------------

MILL = ("Paper mill to cut night shift\n\n"
        "Mill manager Oona Brackley said the night shift would end in April because orders from printers had fallen "
        "for a third year.\n\n"
        "Union organiser Pavel Drozd said: \"Forty families in this valley depend on those night wages.\"\n\n"
        "The mill has stood on the river since the 1880s and once employed most of the men in the three villages "
        "along the valley road, from the weir to the old railway bridge at the county boundary.\n\n"
        "Brackley said night workers would be offered places on the day shift from the first week of May.\n\n"
        "Town councillor Hester Quayle said: \"The council was never told about any of this before the letters went "
        "out.\"\n\n"
        "Printers across the region have been buying less paper as magazines close and catalogues move online, and "
        "several smaller mills in the north have already shut their doors for good.\n\n"
        "Brackley said the boiler house would be rebuilt next year so the mill could burn its own wood waste.\n\n"
        "Drozd said: \"Our members will ballot on strike action before the end of the month.\"\n\n"
        "Workers gathered at the gates at the end of the afternoon shift, many still in their overalls, to read the "
        "letter that had been pinned to the noticeboard beside the weighbridge.\n\n"
        "Brackley said the owners had already spent more on the mill this decade than in the twenty years before.\n\n"
        "Quayle said: \"The valley cannot lose another employer after the quarry closed last spring.\"\n\n"
        "The union and the company are due to meet again at the mill offices before the ballot closes.")


def test_a_claim_whose_who_said_is_not_kept_is_asked_as_a_statement_of_who_said_it():
    """A speaker is the answer of three questions at most; a fourth claim of theirs went unasked. It is asked as
    "True or false: X said that …", which tells the student who and asks what."""
    qs = questions_of(MILL)
    keyed = [q for q in qs if q.get("speaker") == "Oona Brackley" or q.get("answer") == "Oona Brackley"]
    assert len(keyed) == 3
    stated = [q for q in qs if q.get("prompt", "").startswith("True or false: Oona Brackley said that")]
    assert len(stated) == 1 and stated[0]["answer"] == "True", [q.get("prompt") for q in qs]
    claims = {" ".join(q["quote"].split()[:3]) for q in keyed if q["type"] == "quote"}
    assert not any(c in stated[0]["prompt"] for c in claims)  # a fourth claim, not one asked already


def test_a_claim_that_opens_on_a_participle_or_runs_into_the_next_sentence_is_not_asked():
    text = FERRY + "\n\nHarbour master Elin Varga said the new rota was unsafe."
    base = {"id": "x", "type": "choice", "topic": "who-said-what", "choices": ["True", "False"], "answer": "True",
            "source": "Harbour master Elin Varga said the new rota was unsafe."}
    assert "the reported claim has no subject" in _review(dict(base, prompt="True or false: Elin Varga said that "
                                                              "visiting the quay at night."), text)
    assert "the reported claim runs into the next sentence" in _review(dict(
        base, prompt="True or false: Elin Varga said that the rota was unsafe, rejected the offer But the crews."), text)


def test_a_persons_claim_opening_on_it_fails_but_an_organisations_does_not():
    """'Jack said that it remained justified': what 'it' is only the article says; 'Which side said that it would
    ballot its members?' asks of a body, and its 'it' is the body itself."""
    text = FERRY + "\n\nThe Velmar Dockworkers Union said it would ballot its members in March."
    person = {"id": "x", "type": "choice", "topic": "who-said-what", "choices": ["True", "False"], "answer": "True",
              "prompt": "True or false: Hanne Skov said that it would cost the island dearly.",
              "source": "Operator chief executive Hanne Skov said: \"Nobody here is looking for a fight.\""}
    assert "“it” in the claim cannot be understood without the article" in _review(person, text)
    body = {"id": "y", "type": "choice", "topic": "who-said-what", "prompt": "Which side said that it would ballot its "
            "members in March?", "answer": "Velmar Dockworkers Union", "choices": [
                "Velmar Dockworkers Union", "Harbour Authority", "Ostrava Freight Group"],
            "source": "The Velmar Dockworkers Union said it would ballot its members in March."}
    assert not any("in the claim" in w for w in _review(body, text))


def test_made_up_figures_never_leave_the_key_at_an_end_of_the_scale():
    """'104,000' among 156,000, 208,000 and 312,000: the smallest option was the answer, a guess for the test-wise."""
    from studyapp.core.generate.figures import amount, nearby

    key = figures_in("The plan would cut 104,000 jobs.")[0]
    for seed in range(8):
        values = sorted([amount(key.value), *(amount(v) for v in nearby(key, [], seed))])
        assert values[0] < amount(key.value) < values[-1], (seed, values)


DREDGING = ("Harbour board sets out dredging plan\n\n"
           "Harbour master Elin Varga said the channel had silted up faster than any survey had predicted.\n\n"
           "Varga said the larger trawlers could now leave only at high tide.\n\n"
           "She said the board would hire a dredger from a yard across the bay for the whole of the autumn.\n\n"
           "Varga also said the work would close the north quay for six weeks from the start of September.\n\n"
           "She said the fishing fleet would be moved to the old ferry berth while the quay was shut.\n\n"
           "Varga said the board had set aside enough money to dredge the channel again in three years.\n\n"
           "Fleet skipper Tomas Rudd said crews had waited two winters for the channel to be cleared.\n\n"
           "Rudd said the old ferry berth was too short for the largest boats in the fleet.\n\n"
           "Council engineer Marit Holm said the dredged silt would be used to rebuild the dunes north of the town.")


def test_a_claim_asked_as_a_statement_is_sometimes_false_and_then_names_who_said_it():
    """A bank whose "X said that …" statements were all true taught a student to answer True unread: about half
    name a wrong speaker the who-said question would offer, and the explanation says who it was."""
    stated = [q for q in drafts(DREDGING) if re.match(r"True or false: .+ said that ", q.get("prompt", ""))]
    assert {q["answer"] for q in stated} == {"True", "False"}, [(q["prompt"], q["answer"]) for q in stated]
    for q in stated:
        if q["answer"] == "False":
            assert "Elin Varga" not in q["prompt"] and "Elin Varga" in q["explanation"] and ", not " in q["explanation"]
