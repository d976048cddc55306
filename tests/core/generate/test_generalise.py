"""General patterns found by writing new articles in other styles (tests/data/invented3): wire datelines,
organisations that speak as "the company" or through a statement, and the ways positions are phrased.
Each article here is written for the test; none copies a development article."""

from datetime import date

from studyapp.core.generate.facts import extract

from tests.core.generate.conftest import article


def facts(body: str):
    return extract(article(body))


def positions(body: str) -> list[tuple[str, str, str]]:
    return [(p.side, p.stance, p.demand) for p in facts(body).positions]


def quotes(body: str) -> list[tuple[str, str, str]]:
    return [(q["speaker"], q["quote"], q["kind"]) for q in facts(body).facts()["quotes"]]


# -- text ---------------------------------------------------------------------------------------------------------

def test_a_wire_dateline_is_page_furniture_not_a_party_or_a_person():
    ex = facts("SALTMERE, June 3 (Coast Wire) - The ferry union rejected the new rota on Monday. It wants a 5% rise.")
    first, second = ex.article.sentences[:2]
    assert (first.text, first.furniture) == ("SALTMERE, June 3 (Coast Wire) -", True)
    assert second.text.startswith("The ferry union")
    assert not ex.cast.people  # "Coast Wire" is the agency, not a person
    assert [p.side for p in ex.positions] == ["Ferry union", "Ferry union"]


# -- who is speaking ----------------------------------------------------------------------------------------------

def test_the_company_and_its_statement_are_the_organisation_the_story_is_about():
    body = ('Brightpath insists its drivers are contractors. In a statement, the company said the new rates were '
            '"fair to everyone involved". "We will not go back to the old rates," the statement said.')
    assert quotes(body) == [("Brightpath", "fair to everyone involved", "partial"),
                            ("Brightpath", "We will not go back to the old rates,", "full")]


def test_what_it_calls_is_the_words_of_the_sentence_subject():
    body = ('The Riverside Tenants Network, which says it speaks for 1,200 households, wants an end to what it calls '
            '"rent rises by stealth".')
    assert quotes(body) == [("Riverside Tenants Network", "rent rises by stealth", "partial")]


def test_a_second_fragment_after_and_plus_a_verb_has_the_same_speaker():
    body = ('Environmental group Harbour Aid called on ministers to act. In a statement, the group said the plan was '
            '"a welcome start" and criticised ministers for "ignoring the families who need help most".')
    assert quotes(body) == [("Harbour Aid", "a welcome start", "partial"),
                            ("Harbour Aid", "ignoring the families who need help most", "partial")]
    assert positions(body)[1] == ("Harbour Aid", "criticises",
                                  "ministers for ignoring the families who need help most")


def test_a_name_introduced_as_a_group_is_an_organisation():
    body = ('Campaign group Clear Rivers called on the council to act. "We have waited long enough for clean water," '
            'the group said.')
    ex = facts(body)
    assert not ex.cast.people
    assert quotes(body) == [("Clear Rivers", "We have waited long enough for clean water,", "full")]
    assert positions(body) == [("Clear Rivers", "calls on", "the council to act")]


# -- positions ----------------------------------------------------------------------------------------------------

def test_ordering_and_asking_another_party_to_act_are_positions():
    body = ("The Energy Standards Office has ordered Northfield Power to refund customers. Residents' groups have "
            "asked the council to keep the library open. A council official, who asked not to be named, said the "
            "plan was dead.")
    assert positions(body) == [("Energy Standards Office", "orders", "Northfield Power to refund customers"),
                               ("Residents' groups", "asks", "the council to keep the library open")]


def test_a_threat_with_unless_and_an_offer_to_meet():
    body = ('The operator, Coastline Buses, said it will scrap the night service in May unless the county raises its '
            'grant. "We are happy to meet the drivers to discuss the rota," a Coastline Buses spokesman said.')
    assert positions(body) == [
        ("Coastline Buses", "threatens to", "scrap the night service in May unless the county raises its grant"),
        ("Coastline Buses", "is prepared to", "meet the drivers to discuss the rota"),
    ]


def test_a_time_alone_is_no_demand_and_a_delegation_speaks_for_its_country():
    body = ("The Dockers Union rejected the longer shifts, which managers proposed last week. Valmora's delegation "
            "said it would not sign any deal that included the tariff.")
    got = positions(body)
    assert ("Dockers Union", "rejects", "the longer shifts, which managers proposed last week") in got
    assert not [p for p in got if p[2] == "last week"]
    assert ("Valmora", "says that", "it would not sign any deal that included the tariff") in got


def test_the_regulator_is_the_regulation_authority_named_before():
    body = ("The Rail Regulation Authority fined Westline £2m on Tuesday. The regulator also wants the company to "
            "publish its punctuality figures every month.")
    assert positions(body) == [("Rail Regulation Authority", "wants",
                                "the company to publish its punctuality figures every month")]


def test_the_company_named_earlier_in_the_same_sentence():
    body = "Drivers for the delivery app Zoomly will strike on Friday after the company refused to restore the bonus."
    assert positions(body) == [("Zoomly", "refuses to", "restore the bonus")]


def test_the_club_is_the_club_its_chairman_speaks_for():
    body = ("Dunmore Rangers manager Ed Moss has demanded an apology from the league. Rangers chairman Hal Pike went "
            "further, calling on the league to refund fans. The club will offer free buses to the match, he said.")
    assert positions(body)[2] == ("Dunmore Rangers", "offers", "free buses to the match")


def test_a_sentence_opening_word_is_no_party_but_a_club_before_its_chairman_is():
    assert positions("Wanderers chairman Hal Pike called on the league to refund fans who could not travel. The "
                     "club will offer free buses to the rearranged match, he said.")[1][0] == "Wanderers"


def test_something_left_to_argue_about_is_no_argument():
    body = ('The mayor, Jan Ostrow, defended the scheme. "Without it there will be nothing left to argue about in '
            'five years," she said.')
    assert positions(body) == [("Jan Ostrow", "defends", "the scheme")]


def test_a_numbered_group_of_states_holds_a_position_without_the_time():
    assert positions("Three coastal states on Friday rejected a proposed levy on trawlers.") == [
        ("Coastal states", "rejects", "a proposed levy on trawlers")]


def test_remaining_willing_is_being_prepared():
    body = ("Health Secretary Ann Dale criticised the strike. She said ministers remained willing to talk about rotas "
            "and training budgets.")
    assert ("Ann Dale", "is prepared to", "talk about rotas and training budgets") in positions(body)


def test_he_after_a_passer_by_is_not_the_person_named_before():
    body = ('Callum Reid runs the shop. An elderly man with a stick walks up the ramp. "I have taken this boat since '
            'I was a boy," he says. He does not want to be the last to leave.')
    ex = facts(body)
    assert [(q.speaker.name if q.speaker else None) for q in ex.quotes] == ["An elderly man"]
    assert not ex.positions  # a man the story meets is nobody's side


# -- dates ahead of a past-tense sentence -------------------------------------------------------------------------

def dates_of(body: str, published: date) -> dict[str, str]:
    return {d.as_written: d.date for d in extract(article(body), published).dates}


THURSDAY = date(2025, 2, 20)


def test_a_reduced_due_to_and_a_present_plan_look_ahead():
    got = dates_of("Schools closed early, and the exams, due to begin on Monday, will go ahead, officials said. "
                   "Opponents plan a march from the park to City Hall on Saturday morning.", THURSDAY)
    assert got["on Monday"] == "2025-02-24"
    assert got["on Saturday morning"] == "2025-02-22"


def test_an_invitation_to_a_meeting_on_a_weekday_is_for_the_coming_one():
    got = dates_of("The minister said the government had invited the farmers for a meeting in the capital on "
                   "Saturday.", THURSDAY)
    assert got["on Saturday"] == "2025-02-22"


def test_by_a_weekday_in_a_condition_is_a_deadline_ahead_but_not_after_had():
    got = dates_of("The premier said on Wednesday that he would attend if both sides confirmed by Friday.", THURSDAY)
    assert got["by Friday"] == "2025-02-21"
    assert dates_of("By Friday, about 300 residents had left their homes.", THURSDAY)["By Friday"] == "2025-02-14"


def test_the_weekend_goes_back_or_ahead_with_the_tense():
    got = [d.date for d in extract(article("Shelling killed four civilians at the weekend. Aid groups called on both "
                                           "sides to open a corridor by the weekend."), date(2025, 10, 16)).dates]
    assert got == ["2025-10-11", "2025-10-18"]


def test_thousands_of_farmers_demanding_and_a_minister_ruling_out():
    body = ("Thousands of farmers blocked the highway on Wednesday, demanding a legal guarantee of crop prices. "
            "The minister, Ravi Kohli, said talks were possible. However, he ruled out a blanket loan waiver.")
    got = positions(body)
    assert ("Farmers", "demands", "a legal guarantee of crop prices") in got
    assert ("Ravi Kohli", "rules out", "a blanket loan waiver") in got


def test_an_infinitive_in_a_subordinate_clause_is_that_clauses_subjects():
    got = positions("The City Council voted to postpone a decision on the depot, after more than 200 residents "
                    "turned out to oppose the project. The board delayed the vote after 200 residents turned out to "
                    "oppose the plan.")
    sides = [side for side, stance, _ in got if stance == "opposes"]
    assert len(sides) == 2 and all(side.lower().endswith("residents") for side in sides)  # not the council or board


def test_which_said_after_a_description_set_off_is_the_name_before_it():
    body = ("The protest was called by the Kisan Ekta Manch, an umbrella body of 31 farm unions, which said the "
            "agitation would continue until the government accepted its demands.")
    assert [c.speaker.name for c in facts(body).claims] == ["Kisan Ekta Manch"]
    assert positions(body)[0][0] == "Kisan Ekta Manch"


def test_a_family_name_first_is_found_by_title_and_family_name():
    body = ('Professor Liang Wei of Harbour University said the data were clear. "The river is dying," Prof Liang '
            'said.')
    assert quotes(body) == [("Liang Wei", "The river is dying,", "full")]


def test_the_former_minister_and_according_to_before_a_fragment():
    body = ('The former health minister, Derek Amos, was blunter. "This is a scandal," the former minister told '
            'Radio North. Union leader Mary Ellis met him on Monday. According to Kemi Adeyemi, the charity\'s '
            'director, "the money has simply run out".')
    assert [s for s, _, _ in quotes(body)] == ["Derek Amos", "Kemi Adeyemi"]
