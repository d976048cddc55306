"""Positions as news reports voice them in ways the earlier rules missed or misread (round 12): a second verb of the
same subject ("rejected the request and insisted that …"), a rejection in the passive ("was rejected by the Guild"),
"In the council's view, …", a position set out after a colon, "Its demands are …:", a representative's words about
the one he speaks for, and a refusal to comment reported as speech. Every article here is invented for its test
(court report, trade dispute, planning row, ceasefire talks, sports governance, tech regulation, a long-read
feature, a transfer story, a cycling federation, a market row, a swimming pool)."""

from studyapp.core.generate.facts import extract

from tests.core.generate.conftest import article


def positions(body: str, title: str = "A test story") -> list[tuple[str, str, str]]:
    return [(p.side, p.stance, p.demand) for p in extract(article(body, title)).positions]


def test_a_second_verb_of_the_same_subject_is_a_second_position():
    # court report
    body = ("Counsel for Tobin Marsh asked the judge on Monday to move the trial to Carlow. The Crown Prosecution "
            "Service rejected the request and insisted that the trial stay in Wexley.")
    got = positions(body)
    assert ("Crown Prosecution Service", "rejects", "the request") in got
    assert ("Crown Prosecution Service", "insists that", "the trial stay in Wexley") in got


def test_the_first_position_ends_before_a_second_verb_in_the_present():
    # sports governance
    body = ("The Pellan Football Association wants a salary cap for all top-flight clubs. The Players' Union opposes "
            "the cap and insists that wages are a matter for each club.")
    got = positions(body)
    assert ("Players' Union", "opposes", "the cap") in got
    assert ("Players' Union", "insists that", "wages are a matter for each club") in got


def test_a_subject_set_off_by_commas_is_one_side_not_a_list_of_sides():
    # tech regulation
    body = ("The Digital Markets Authority of Carrowland wants app stores to allow outside payment systems. Orbex, "
            "the largest app store operator, rejected the authority's findings and argued that outside payments "
            "would put users at risk.")
    got = positions(body)
    assert ("Orbex", "argues that", "outside payments would put users at risk") in got
    assert all(side in ("Digital Markets Authority of Carrowland", "Orbex") for side, _, _ in got), got


def test_a_rejection_in_the_passive_is_the_agents():
    # a swimming pool
    body = ("The council wants to close the Elmfield pool in June. The council's plan to close the pool was "
            "rejected by the Elmfield Swimming Club at its annual meeting. A rescue plan was put forward by the "
            "Friends of Elmfield Pool last week.")
    got = positions(body)
    assert ("Elmfield Swimming Club", "rejects", "the council's plan to close the pool") in got
    assert ("Friends of Elmfield Pool", "proposes", "a rescue plan") in got


def test_in_the_holders_view_is_the_holders_argument():
    # planning row, a cycling federation, a long-read feature
    body = ("Residents of Ollery Green are pushing for a new crossing on Mill Road. Brantwood District Council "
            "dismissed the proposal as too costly. In the council's view, the road is already safe for children.\n\n"
            "The Ashby Cycling Federation opposes the new helmet rule. In the view of the federation, the rule will "
            "keep young riders off the roads.\n\n"
            "For twenty years, Marit Olsen has kept bees on the edge of the Hallen marshes. She wants the pesticide "
            "Cropguard banned near hives. In Olsen's view, a study of the pesticide is not enough.")
    got = positions(body)
    assert ("Brantwood District Council", "argues that", "the road is already safe for children") in got
    assert ("Ashby Cycling Federation", "argues that", "the rule will keep young riders off the roads") in got
    assert ("Marit Olsen", "argues that", "a study of the pesticide is not enough") in got


def test_a_position_set_out_after_a_colon():
    # a market row, ceasefire talks
    body = ("The Harbour Traders' Guild set out its position on Friday: the market must stay on the quay. The city "
            "council has a different view: it wants the market moved to the old bus depot.\n\n"
            "Talks in Sarvella stalled on Thursday. The Free Oradi Front refused to release anyone before its "
            "prisoners are freed. Its demands are simple: the release of 40 prisoners and safe passage for its "
            "fighters.")
    got = positions(body)
    assert ("Harbour Traders' Guild", "argues that", "the market must stay on the quay") in got
    assert ("City council", "wants", "the market moved to the old bus depot") in got
    assert ("Free Oradi Front", "demands", "the release of 40 prisoners and safe passage for its fighters") in got


def test_a_refusal_to_comment_reported_as_speech_is_no_position():
    # a transfer story
    body = ("Carrow Athletic want to sign the striker Dani Correll before the window closes. Correll's spokesman "
            "said the player would not comment on his future. The club's manager, Rafe Oduya, said he wants "
            "Correll in the squad by Friday.")
    got = positions(body)
    assert not any("comment" in demand for _, _, demand in got), got
    assert ("Carrow Athletic (Rafe Oduya)", "wants", "Correll in the squad by Friday") in got or any(
        demand == "Correll in the squad by Friday" for _, _, demand in got)


def test_a_representatives_words_about_an_unsettled_principal_are_not_the_representatives_wish():
    # trade dispute: "his agent" with no player the article settles
    body = ("The Velmar Dockers' Union has rejected the latest pay offer from Quayline Ports. Quayline said it is "
            "prepared to raise its offer to 5%. His agent, Imogen Trask, said he wants a transfer before the end "
            "of the season.")
    got = positions(body)
    assert not any(side.startswith("Imogen Trask") for side, _, _ in got), got


def test_a_warning_against_an_act_is_not_the_act():
    # a toll row: "warned against backing" is no support
    body = ("The Marlow Hauliers Association opposes the new toll on the Kessing bridge. The association warned "
            "against backing the toll before the county's vote. The Federation of Drivers wants the toll scrapped "
            "rather than delayed.")
    got = positions(body)
    assert not any(stance == "backs" for _, stance, _ in got), got
    assert ("Marlow Hauliers Association", "opposes", "the new toll on the Kessing bridge") in got


def test_a_quoted_maxim_with_a_generic_subject_is_no_position():
    # a transit dispute: the quote's maxim is not what the guild wants; its refusal is
    body = ('"Nobody should lose their job over a timetable," said Ravi Osei of the Transit Workers Guild. "But we '
            'will not accept the new rota."')
    got = positions(body)
    assert not any("Nobody should" in demand for _, _, demand in got), got
    assert any("will not accept the new rota" in demand for _, _, demand in got), got


def test_appealed_for_is_what_the_side_asks_for():
    # a ferry strike
    body = ("The Ferry Crews Union will strike on Friday. The Ferry Crews Union appealed again for talks with "
            "Westwater Ferries before the strike.")
    got = positions(body)
    assert ("Ferry Crews Union", "appeals for", "talks with Westwater Ferries before the strike") in got, got


def test_a_second_verb_after_but_is_a_second_position():
    # a wind farm explainer
    body = ("Ostrel Renewables wants to build forty turbines off Maddock Point. Environmental group Sea Watch Maddock "
            "has backed the wind farm but wants the company to fund a seabird survey for the life of the project.")
    got = positions(body)
    assert ("Sea Watch Maddock", "backs", "the wind farm") in got, got
    assert ("Sea Watch Maddock", "wants", "the company to fund a seabird survey for the life of the project") in got, got
