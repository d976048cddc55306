"""A key coming date told in reported speech is asked (issue 14, round 13: readers' main facts missed because the
date's clause is a reported "would", so no event calls the date its own): "The regulator said it would decide by 30
April whether to refer the deal" -> "By what date will the regulator decide whether to refer the deal?"; "said the
union would meet the board again on 24 November" -> "On what date will the union meet the board again?"; "the job
cuts would take effect from 1 April" -> "From what date will …?"; "…, and that final results would be published by 2
April" (the second reported clause of a sentence); a reporter's own "it"/"they" is the reporter. Not asked: a date
already past, "would do so" (what, only the sentence before says), a "he" no noun phrase names, "April 2" inside
"April 26". Every article here is invented for its test, in the styles readers judged: wire copy, a regional daily,
a results story, a broadcaster's bulletin, a local news site, a court report."""

from datetime import date

from studyapp.core.generate.pipeline import generate_bank

from tests.core.generate.conftest import article


def date_questions(body: str, title: str, published: date) -> list[tuple[str, str]]:
    bank, _ = generate_bank(article(body, title), published=published)
    return [(q["prompt"], q["answer"]) for q in bank["questions"] if q["type"] == "date"]


# wire copy: a competition regulator's decision deadline
REGULATOR = """
Tarnby Foods launched a £1.1 billion bid for the snack maker Crestline Group on Monday, offering 310 pence a share in cash.

Crestline's board rejected the approach, saying it undervalued the company. Its chairman, Owen Markby, said shareholders should take no action.

"This is a full and fair price," said Tarnby's chief executive, Lise Hovland.

The Fair Markets Authority said it would decide by 28 April whether to refer the deal for a full investigation. The authority's director of mergers, Paul Eckert, said it would look closely at prices in the crisps market.
"""


def test_a_regulator_that_said_it_would_decide_by_a_date_is_asked_by_what_date_it_will_decide():
    asked = date_questions(REGULATOR, "Tarnby bids £1.1bn for Crestline", date(2026, 3, 9))
    assert ("By what date will the Fair Markets Authority decide whether to refer the deal for a full investigation?",
            "2026-04-28") in asked


# regional daily: the next meeting in a pay dispute
NURSES = """
Midwives across Corrin Vale will strike for two days next month after rejecting a pay offer of 3 per cent, the Allied Midwives Union said on Tuesday.

The union wants a rise of 8 per cent. The health board's chief executive, Alan Dorrity, said the offer was the most it could afford.

Ms Hesketh, the union's regional secretary, said the union would meet the board again on Monday 24 November, at the request of the conciliation service. "If the board brings a serious offer, we will put it to our members," she said.
"""


def test_a_reported_next_meeting_is_asked_on_what_date_it_will_take_place():
    asked = date_questions(NURSES, "Midwives to strike over pay", date(2025, 11, 18))
    assert any(p.startswith("On what date will") and "meet the board again" in p and a == "2025-11-24"
               for p, a in asked), asked


# results story: when job cuts take effect
CUTS = """
The software company Brenmark Systems will cut 1,200 jobs, about one in ten of its staff, after its profit fell by a third.

The chief executive, Nadia Korsgaard, said the job cuts would take effect from 1 April, and that about 300 of the jobs would go in Britain. Shares in Brenmark fell 9 per cent on Thursday.

"These are painful decisions," Ms Korsgaard said.
"""


def test_cuts_reported_to_take_effect_from_a_day_are_asked_from_what_date():
    asked = date_questions(CUTS, "Brenmark to cut 1,200 jobs", date(2027, 2, 5))
    assert ("From what date will the job cuts take effect?", "2027-04-01") in asked


# broadcaster: an election result timetable, the second reported clause, and a day that is a prefix of another
RUNOFF = """
Ostavia's presidential election will go to a second round after no candidate won a majority on Sunday.

The electoral commission's chairman, Piet Lorenz, said the runoff would be held on April 26, and that final certified results would be published by April 2.

The governing party's candidate, Hanna Vlk, said she was confident of winning.
"""


def test_the_second_reported_clause_is_asked_and_april_2_is_not_found_inside_april_26():
    asked = date_questions(RUNOFF, "Ostavia heads for presidential runoff", date(2026, 3, 30))
    assert ("By what date will final certified results be published?", "2026-04-02") in asked


# local news site: a support fund announced after a storm, its subject a long noun phrase
STORM = """
Gales of up to 90mph closed schools and bridges across the Marran coast on Thursday.

The regional premier, Siobhan Darcy, said a support fund for households and businesses hit by the storm would be announced on Monday. About 30,000 homes were without power on Thursday evening, the network operator said.
"""


def test_a_reported_announcement_with_a_long_subject_is_asked():
    asked = date_questions(STORM, "Storm closes schools on Marran coast", date(2026, 11, 5))
    assert ("On what date will a support fund for households and businesses hit by the storm be announced?",
            "2026-11-09") in asked


# wire copy: "both sides said they would return": "they" is the reporter
TALKS = """
KELMARSH, Dravonia, Nov 21 (Northern Wire) - Talks between the Dravonian government and the Coastal Front ended on Saturday without agreement, but both sides said they would return for a second round on Dec. 8, the host government said.

The front demands the release of 400 prisoners. The government wants the front to disarm within a year.
"""


def test_a_reporters_they_is_the_reporter():
    asked = date_questions(TALKS, "Dravonia talks end without deal", date(2026, 11, 21))
    assert ("On what date will both sides return for a second round?", "2026-12-08") in asked


# court report: what is not asked
COURT = """
A care home operator, Pellow Care Ltd, was fined £400,000 at Harrowby Crown Court on Friday after a resident died.

The company said it would do so by 11 April, and that it had changed its procedures. Mr Tallis thanked the court and said he would appeal by 30 April. Its director said last year the home would reopen on 3 March.
"""


def test_no_question_on_do_so_a_he_or_a_past_day():
    asked = date_questions(COURT, "Care home firm fined £400,000", date(2026, 3, 20))
    assert not any(a in ("2026-04-11", "2026-04-30", "2026-03-03", "2025-03-03") and p.startswith(("By what", "On what"))
                   and "will" in p for p, a in asked), asked


# regional daily: a consultation's time left, told through a reporter
RAIL = """
Harlow Valley Rail will cut 24 weekday services from May, the operator confirmed yesterday.

The transport authority's director, Mina Osei, said passengers would have until 9 April to respond to the consultation on the new timetable. The operator blames a shortage of drivers.
"""


def test_time_left_told_through_a_reporter_is_asked_of_its_own_subject():
    asked = date_questions(RAIL, "Harlow Valley Rail to cut 24 services", date(2026, 3, 11))
    assert ("By what date must passengers respond to the consultation on the new timetable?", "2026-04-09") in asked


# broadcaster: a reopening whose subject names a year ("the 1852 pier"): the year is the pier's, not the day's
PIER = """
After eight years and 4 million euros, the Vellan pier is about to reopen.

The 1852 pier is about to open to the public again on June 20, the trust that restored it said. Its chair, Ilse Marten, said the lamp would be lit for one night.
"""


def test_a_year_naming_the_subject_lends_the_day_no_year_and_about_to_is_asked_as_will():
    asked = date_questions(PIER, "Vellan pier to reopen", date(2026, 4, 14))
    assert ("On what date will the 1852 pier open to the public again?", "2026-06-20") in asked


# results story: a deadline a regulator set itself, and findings expected by a day
PANEL = """
The Fair Markets Authority has referred the £900 million takeover of Corran Air by Skylane to an in-depth investigation.

The authority has set a statutory deadline of 19 March 2027 to reach a final decision. The inquiry panel is expected to publish provisional findings by 12 February 2027, the authority said.

Skylane's chief executive, Dev Ramsay, said he was disappointed.
"""


def test_a_deadline_set_and_findings_expected_by_a_day_are_asked():
    asked = date_questions(PANEL, "Corran Air takeover faces full inquiry", date(2026, 12, 2))
    assert ("By what date must the Fair Markets Authority reach a final decision?", "2027-03-19") in asked
    assert ("By what date is the inquiry panel expected to publish provisional findings?", "2027-02-12") in asked


# local news site: a condition, two joined clauses and another party's deadline are no plan of the subject's own
GATES = """
Mackerel talks between Vessia and the Tarn Islands broke down on Monday.

Vessia's chief negotiator, Ola Brekk, said Vessia would set its own quota if no deal was reached by March. The Food Safety Office said it would review the plant's records and expected to report by the end of July. The campaign group had set a deadline of Tuesday for the ministry to respond before going public.

"We will not be bullied," said the islands' fisheries minister, Ruth Skaale.
"""


def test_a_condition_two_clauses_or_another_partys_deadline_is_not_asked_as_a_plan():
    asked = date_questions(GATES, "Mackerel talks collapse", date(2026, 11, 16))
    assert not any(p.startswith(("By what", "On what")) and ("quota" in p or "report" in p or "respond" in p)
                   for p, _ in asked), asked


# wire copy: "the authority" is the one body the article names so, given whole, and "its" is that body's
WATCHDOG = """
TALMOUTH, June 18 (Coastline Wire) - Budget carrier Brisa Air on Wednesday rejected a ruling by the Passenger Rights Authority over delayed refunds.

The airline's chief executive, Tomas Lind, said the ruling ignored a surge in cancellations. "We will appeal," he said.

Ms Halvorsen, the watchdog's director, said the authority would publish its full decision on June 27.
"""


def test_the_authority_is_named_whole_and_its_is_its_own():
    asked = date_questions(WATCHDOG, "Brisa Air rejects refunds ruling", date(2025, 6, 18))
    assert ("On what date will the Passenger Rights Authority publish its full decision?", "2025-06-27") in asked, asked


def test_a_bare_the_and_one_noun_is_not_asked_as_a_plans_subject():
    body = ("Broadcasters in Ostrava said on Wednesday they would go to court to stop next month's auction of the "
            "600 MHz band, a day after the telecoms regulator confirmed the sale would go ahead on March 16.\n\n"
            "The regulator's chair, Ida Sorn, said the auction was lawful.")
    asked = date_questions(body, "Broadcasters to fight spectrum sale", date(2026, 2, 11))
    assert not any("the sale go ahead" in p for p, _ in asked), asked
