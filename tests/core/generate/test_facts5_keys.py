"""The story's key dates and numbers asked (task facts5): a lead's own day beside a participle clause's deadline, a
tally's "14 to 7" no infinitive, a determiner before "on Tuesday" no sign of a date naming a noun, an inline wire
dateline's day no event, "candidates hoping to become" no verb group, an -ed adjective after a preposition no verb, a
live page's key point an event, a figure's source and "local time" no part of the event, "in the spring budget" no
date, a participle aside between a subject and its verb, a byline of two writers, a make's name before what is
counted, a currency's devaluation "by 12%". Every article, person, place and body is invented."""

from datetime import date

from studyapp.core.generate.facts import extract
from studyapp.core.generate.figures import figures_in, how_question
from studyapp.core.generate.furniture import is_furniture
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.realise import when_question


def _dates(body: str, published: date = date(2026, 3, 6)) -> list:
    return extract("A title\n\n" + body + "\n", published).dates


def _own(body: str, written: str, published: date = date(2026, 3, 6)):
    return next(d for d in _dates(body, published) if d.as_written == written)


def test_the_leads_day_is_its_own_beside_a_participle_clauses_deadline():
    d = _own("Arlen and Tovia signed a pact on Tuesday formally ending a long feud over grazing rights, committing "
             "both sides to pull back their guards by June 30.", "on Tuesday")
    assert d.own and d.date == "2026-03-03"
    assert d.event.startswith("Arlen and Tovia signed a pact formally ending")


def test_a_tally_is_no_infinitive():
    d = _own("The College of Brenmoor will raise its fees from 1 September 2026, after the Governing Board voted 14 "
             "to 7 in favour of the rise on Tuesday 3 March.", "on Tuesday 3 March")
    assert d.own and d.date == "2026-03-03" and d.event == "The Governing Board voted 14 to 7 in favour of the rise"


def test_an_inline_wire_dateline_is_the_filing_day_and_no_event():
    dates = _dates("WESTMERE, Dal Orran, March 3 (Coastwire) - Dal Orran and Fenmark signed a fishing accord on "
                   "Tuesday ending six years of disputes.")
    filed = next(d for d in dates if d.as_written == "March 3")
    assert not filed.own and filed.event == "The report was filed"
    assert next(d for d in dates if d.as_written == "on Tuesday").own


def test_a_participle_of_hoping_after_its_noun_is_no_verb_group():
    d = _own("TARNBY (KVRN) - The four candidates hoping to become Tarnby's next mayor went head to head on "
             "Thursday night in a debate dominated by rents.", "on Thursday night", date(2026, 10, 9))
    assert d.own and d.date == "2026-10-08"


def test_an_ed_adjective_after_a_preposition_is_no_verb():
    d = _own("The waiting list for planned knee surgery rose to 91,000 in September, official figures published on "
             "Thursday show.", "September", date(2026, 11, 12))
    assert d.own and d.event == "The waiting list for planned knee surgery rose to 91,000"
    assert when_question(d.event, "month", "past") == \
        "In what month did the waiting list for planned knee surgery rise to 91,000?"


def test_a_live_pages_key_point_is_an_event_and_local_time_no_part_of_it():
    d = _own("- The Reserve Bank of Ostavia devalued the krell by 9% at 7.30am local time, moving the official rate "
             "from 40 to 44 krell per dollar.", "at 7.30am")
    assert d.own and d.event == "The Reserve Bank of Ostavia devalued the krell by 9%"


def test_a_season_naming_a_noun_is_no_date():
    assert not [d for d in _dates("The ministry said a new deal for carers will be considered in the spring budget, "
                                  "but refused to commit.") if "spring" in d.as_written]


def test_a_participle_aside_between_subject_and_verb_leaves_the_verb():
    d = _own("The next quarterly crime figures, covering the summer, are due to be published on 11 December 2026.",
             "11 December 2026", date(2026, 11, 12))
    assert d.own and d.event == "The next quarterly crime figures are due to be published"
    assert when_question(d.event, "day", "future") == \
        "On what date are the next quarterly crime figures due to be published?"


def test_a_byline_of_two_writers_and_their_agency_is_furniture():
    assert is_furniture("By Oona Gellert and Piet Varga, Lowland Press Agency")
    assert not is_furniture("By Friday and Saturday the river had fallen.")


def test_a_makes_name_before_what_is_counted():
    s = "Brindle Cars is recalling 52,100 Falcon saloons because a bolt in the brake pedal can work loose."
    f = figures_in(s)[0]
    assert f.counted == "Falcon saloons"
    assert how_question(s, f).startswith("How many Falcon saloons is Brindle Cars recalling")


def test_a_devaluation_by_a_share():
    s = "The Reserve Bank of Ostavia devalued the krell by 9% on Wednesday."
    assert how_question(s, figures_in(s)[0]) == "By how much did the Reserve Bank of Ostavia devalue the krell on Wednesday?"


def test_a_treaty_wire_bank_asks_the_signing_day():
    text = ("Arlen and Tovia sign grazing pact ending six-year feud\n\n"
            "Herders' leaders put their names to an accord that reopens the upland pastures\n\n"
            "By Oona Gellert and Piet Varga, Lowland Press Agency\n\n"
            "MARSK, Tovia, April 14 (LPA) - Arlen and Tovia signed a pact on Tuesday formally ending a six-year feud "
            "over upland grazing, committing both sides to pull back their border guards by June 30.\n\n"
            "Arlen's Farm Minister Edda Holm and her Tovian counterpart, Rasmus Vik, signed the 12-page text at a "
            "ceremony in Marsk watched by herders from both valleys.\n\n"
            "\"Today the valleys are one pasture again,\" Holm told reporters after the signing.\n\n"
            "Vik said Tovia would reopen its three border gates with Arlen in May. \"We have waited a long time for this,\" "
            "he said.\n\n"
            "The feud began in 2020 when Tovia closed the gates after a dispute over sheep tax.")
    bank, _facts = generate_bank(text, published=date(2026, 4, 14))
    prompts = [q.get("prompt", "") for q in bank["questions"]]
    assert any(p.startswith("On what date did Arlen and Tovia sign a pact") for p in prompts), prompts


def _bank(text: str, published: date) -> list[str]:
    bank, _facts = generate_bank(text, published=published)
    return [q.get("prompt", "") for q in bank["questions"]]


def test_a_vote_whose_noun_has_a_relative_clause_is_asked_whole():
    text = ("Tarrow dockers end strike after accepting pay deal\n\n"
            "By Ilka Borg\n\n"
            "FENHOLM, June 9 (Coastwire) - Dockers at the port of Fenholm voted on Monday to end a 12-day strike that "
            "had left 30 ships waiting offshore, accepting a deal worth 5% that their union had rejected twice.\n\n"
            "Work will resume with the night shift on Wednesday, June 10, the port operator, Fenholm Quays, said.\n\n"
            "\"We got a fair deal and we got it late,\" union chairman Tor Haldane told Coastwire.\n\n"
            "The strike began on May 28 after talks broke down over weekend shifts.")
    prompts = _bank(text, date(2026, 6, 9))
    assert "On what date did dockers at the port of Fenholm vote to end a 12-day strike?" in prompts, prompts
    resume = next(d for d in extract(text, date(2026, 6, 9)).dates if d.as_written == "on Wednesday, June 10")
    assert resume.own and resume.event == "Work will resume with the night shift"


def test_a_press_release_asks_todays_fine_as_done_and_the_second_duty_as_a_deadline():
    text = ("Regulator fines Ormsby Water £2.1 million over spills into the River Tarr\n\n"
            "PRESS RELEASE\n\n"
            "Office for River Standards\n\n"
            "For immediate release: 9 September 2026\n\n"
            "The Office for River Standards (ORS) has today fined Ormsby Water £2.1 million after an investigation found "
            "the company let untreated sewage into the River Tarr on 96 days in 2025.\n\n"
            "Ormsby Water must also pay £300,000 towards restoring the river's trout, and must publish the spill "
            "records of all 31 of its works online by 1 December 2026.\n\n"
            "ORS chief executive Pia Marrow said: \"The company knew its pumps were failing and did nothing.\"\n\n"
            "Ormsby Water said it would not appeal.\n\n"
            "ENDS")
    prompts = _bank(text, date(2026, 9, 9))
    assert "On what date did the Office for River Standards fine Ormsby Water £2.1 million?" in prompts, prompts
    assert any(p.startswith("By what date must Ormsby Water publish the spill records") for p in prompts), prompts


def test_a_sentence_closing_on_a_dated_clause_is_no_caption():
    # "Applications open on 1 December 2025 and close on 15 February 2026.": the closing date is the second verb's,
    # not a caption's dateline, and no question asks "On what date do applications open on 1 December 2025?"
    text = ("Larger bins: what changes in Corvale\n\n"
            "Corvale Council is changing how it collects rubbish from its 40,000 homes.\n\n"
            "Households of six or more can apply for a larger bin. Applications open on 1 December 2025 and close on "
            "15 February 2026.\n\n"
            "\"Half of what goes in a black bin is food,\" said Cllr Rhea Dunmore, who leads on the environment.")
    prompts = _bank(text, date(2025, 11, 20))
    assert not any("open on 1 December 2025" in p for p in prompts), prompts


def test_date_prompts_that_cannot_stand():
    assert when_question("The Fenholm Chamber of Commerce estimated", "day", "past") is None
    assert when_question("According to data compiled by Harbour Weekly, 38 ships were waiting", "day", "past") is None
    assert when_question("Unless an agreement was reached", "day", "past") is None
    assert when_question("The Office for River Standards has fined Ormsby Water £2.1 million", "day", "past") == \
        "On what date did the Office for River Standards fine Ormsby Water £2.1 million?"


def test_the_person_in_front_of_whom_a_hearing_began_is_the_relatives_subject():
    d = _own("The three-day hearing began on Monday, 30 November, in front of Mr Justice Aled Corran, who will deliver "
             "his ruling on 18 January 2027.", "18 January 2027", date(2026, 12, 2))
    assert d.event.startswith("Mr Justice Aled Corran will deliver")


def test_a_subjects_participle_is_not_taken_for_the_verb_of_a_date_question():
    assert when_question("A software patch made caused grades from the last paper to be dropped", "month",
                         "past") is None


def test_a_that_clause_cut_before_its_verb_is_no_event():
    from studyapp.core.generate.questions import _cut_short
    evidence = ("Today the Minister of Fisheries, Ada Varn, confirmed that Ostria's national quota for herring will be "
                "set at 90,000 tonnes.")
    assert _cut_short("The Minister of Fisheries, Ada Varn, confirmed that Ostria's national quota", evidence)
    assert not _cut_short("The council said that talks broke down", "On Monday the council said that talks broke down.")


def test_a_description_before_the_name_it_sets_off_leaves_the_name_the_subject():
    s = "The developer, Harrow Wind Ltd, wants to build 14 turbines on the ridge above the village, each up to 149 metres tall."
    assert how_question(s, figures_in(s)[0]) == \
        "How many turbines does Harrow Wind Ltd want to build on the ridge above the village?"


def test_a_time_clause_whose_subject_has_a_name_set_off_ends_the_dated_clause():
    d = _own("Negotiations over the price of Velmora, a new treatment for a rare skin disease, broke down on 6 November "
             "after the Health Purchasing Board (HPB) and its maker, Ostrel Pharma, failed to reach agreement on a "
             "discount.", "6 November", date(2026, 11, 20))
    assert d.own and d.event == "Negotiations over the price of Velmora broke down"


def test_a_determiners_that_is_no_cut_clause():
    from studyapp.core.generate.questions import _cut_short
    assert not _cut_short("Dunmore were promoted from the division below and have kept most of that squad together",
                          "Dunmore, the first visitors, were promoted from the division below in April and have kept "
                          "most of that squad together.")
