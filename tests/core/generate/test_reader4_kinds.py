"""Kinds of unfit question the fourth reader (and a reading of six invented banks) still found, each on a small
invented article: a dead person offered as a speaker or a holder of a view, a reported "he"/"she" that is not the
speaker's, date questions that glue two clauses, prompts whose "it"/"her"/"there" only the article explains, false
statements that give a position to a side whose view on it the text never gives, and quantities of nothing."""

import re

import pytest

from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.realise import one_event, when_question


def _bank(text: str, published: str | None = "2024-05-20") -> list[dict]:
    bank, _ = generate_bank(text, published=published)
    return bank["questions"]


def _seen(q: dict) -> str:
    return " ".join([q.get("prompt", ""), q.get("quote", ""), str(q.get("answer", "")), *q.get("items", []),
                     *[str(c) for c in q.get("choices", [])], *q.get("distractors", [])])


FESTIVAL = """Harbour festival returns to Pellow Quay after six years

The Pellow Quay harbour festival returned on Saturday for the first time in six years, drawing about 4,000 visitors.

{founder}

"We wanted a day that belonged to the whole town and not just to the boat owners," said organiser Carys Penhallow.

"The crowds were bigger than any of us dared hope for this morning," said harbour master Jory Tregaskis.

"It began with three boats, a brass band and a borrowed tent on the slipway," said local historian Morwenna Hicks.
"""


@pytest.mark.parametrize("founder", [
    "The festival's founder and former harbour master Edwin Marsh, who passed in 2019, built its first stage.",
    "The festival's founder and former harbour master Edwin Marsh built its first stage. He died in 2019.",
    "The festival's founder and former harbour master Edwin Marsh built its first stage. \"We have all missed "
    "Edwin since he passed,\" the programme says.",
])
def test_someone_reported_dead_in_any_form_is_offered_as_no_speaker(founder):
    qs = _bank(FESTIVAL.format(founder=founder), "2024-07-22")
    asked = [q for q in qs if q["type"] == "quote"]
    assert len(asked) >= 3
    assert not any("Edwin Marsh" in [*q.get("distractors", []), *q.get("choices", [])] for q in qs)


QUARRY = """Quarry expansion divides Hallow Ridge as council vote nears

The council will vote next month on a plan to extend the Hallow Ridge quarry by forty acres.

The quarry was opened by the stonemason Abel Fenwick, the village's first mayor. He died in 1998.

Parish councillor Iris Gormley wants the council to reject the plan outright.

Quarry manager Declan Shore wants the extension approved before the end of the year.

Walking group leader Petra Lund does not want the footpath over the ridge closed during the works.

"We have put up with the dust and the lorries for thirty years," said Ms Gormley.

"Without the extension, forty jobs go within three years," said Mr Shore.

"The ridge path is the only way up the hill for most of our members," said Ms Lund.
"""


def test_someone_reported_dead_is_no_holder_of_a_view_nor_a_name_the_bank_does_not_list():
    qs = _bank(QUARRY, "2024-05-20")
    held = [q for q in qs if q["type"] == "choice" and q["prompt"].startswith("Who ") and "want" in q["prompt"]]
    assert held
    for q in held:
        assert "Abel Fenwick" not in q["choices"] and "Hallow Ridge" not in q["choices"]


@pytest.mark.parametrize("event, precision, tense, asked", [
    # a relative clause's verb left beside the main one once "who" and the date are gone
    ("Inspectors visited the Fernhill clinic rated it poor", "month", "past",
     "In what month did inspectors visit the Fernhill clinic?"),
    # a second event after "but" following an auxiliary's participle
    ("Dr Ortega was knighted but seldom used the title", "year", "past", "In what year was Dr Ortega knighted?"),
    # a timetable's present with its "until …" cut away: no "did … opens … and runs"
    ("An exhibition of maps and letters opens at the library and runs", "day", "present",
     "What is the date when an exhibition of maps and letters opens at the library?"),
    # a participle's agent before the verb: no question can be worded
    ("A review of the wards carried out by the health board found", "year", "past", None),
])
def test_a_date_question_asks_one_event_in_grammar(event, precision, tense, asked):
    assert when_question(event, precision, tense, frozenset({"Fernhill", "Ortega"})) == asked


def test_a_timeline_item_is_one_event():
    assert one_event("Inspectors visited the Fernhill clinic rated it poor") == "Inspectors visited the Fernhill clinic"
    assert one_event("A review of the wards carried out by the health board found") is None
    assert one_event("The ferry route was last cut") == "The ferry route was last cut"
    assert one_event("Police arrested a man outside a shop owned by his brother") == \
        "Police arrested a man outside a shop owned by his brother"


def _complete_failed(q: dict) -> bool:
    from studyapp.core.generate.checks import CheckContext, review_question

    return "complete" in [c.name for c in review_question(q, CheckContext(q["source"])).failed]


def _typed(prompt: str) -> dict:
    return {"id": "number-x", "type": "typed", "topic": "context", "prompt": prompt,
            "source": prompt.replace("{{", "").replace("}}", "")}


@pytest.mark.parametrize("prompt, fit", [
    ("On May 4 it offered a rise of {{6%}}, which the porters turned down two days later.", False),
    ("A bench in her honour was placed beside the lock gates on Sunday, before about {{150}} people.", False),
    ("In 2019 the trust said it would spend {{£4m}} on the wards.", True),
    ("Tamsin Orrell said her crew had rowed {{40}} miles by noon.", True),
])
def test_a_cloze_whose_it_or_her_only_the_sentence_before_names_fails(prompt, fit):
    assert _complete_failed(_typed(prompt)) is not fit


@pytest.mark.parametrize("prompt, fit", [
    ("In what year is work on the first flats there expected to start?", False),
    ("In what year had there been two strikes at the mill?", True),
    ("In what year did the mill close?", True),
])
def test_a_date_question_whose_there_only_the_article_places_fails(prompt, fit):
    q = {"id": "date-x", "type": "date", "topic": "dates", "prompt": prompt, "answer": "2027", "precision": "year",
         "source": "Work on the first flats there is expected to start in 2027."}
    assert _complete_failed(q) is not fit


def test_which_side_urges_it_to_act_fails():
    q = {"id": "side-x", "type": "choice", "topic": "demands", "prompt": "Who urges it to refuse permission?",
         "choices": ["Ada Quell", "Bram Tosh", "Cy Ulm"], "answer": "Ada Quell",
         "source": "Ada Quell has written to the committee urging it to refuse permission."}
    assert _complete_failed(q)


SUMMIT = """Ministers split over fishing fund as Varnholm prepares June summit

Varnholm, which chairs the council of fishing nations this year, hopes to close the talks at a summit in June.

Ostrava wants to keep a tight cap on national payments into the fishing fund.

Ostrava's fisheries minister said the cap was the only fair answer for small fleets.

Tellmark insists that a bigger fund is needed to pay for new harbour patrols and refuses to accept a tight cap on payments.

The Coastal Boats Alliance wants the patrol money spent on safety training for crews.
"""


def _false_statements(text: str) -> list[str]:
    from datetime import date

    from studyapp.core.generate.facts import extract
    from studyapp.core.generate.questions import build_people, draft_candidates

    ex = extract(text, date(2025, 3, 10))
    return [c.question["prompt"] for c in draft_candidates(ex, build_people(ex))
            if c.question["id"].startswith("tf") and c.question["answer"] == "False"]


def test_a_false_statement_gives_a_position_only_to_a_side_with_its_own_view_on_that_matter():
    falses = _false_statements(SUMMIT)
    # the chair of the talks and the boats' alliance say nothing about the cap: "False" would not be in the text
    assert not any(s.startswith(("True or false: Varnholm", "True or false: The Coastal Boats Alliance",
                                 "True or false: Coastal Boats Alliance")) and "cap" in s for s in falses), falses


WEAVER = """Renata Holloway, weaver who revived the Dunmere looms, dies at 90

Renata Holloway, the weaver who brought the old Dunmere looms back into use, has died at the age of 90.

Her daughter, Mair Holloway-Pryce, said she died quietly at home in Dunmere on Friday, surrounded by her family and her last unfinished rug.

Her grandson, Tobias Wren, said she had taught him to thread a loom before he could read.

"She never let a bad thread go," said the mill's manager, Gethin Olsen. "Not once in forty years."

"The looms would be scrap metal without her," said museum curator Dafydd Marles.
"""


def test_a_kins_she_is_named_or_the_claim_is_not_asked():
    qs = _bank(WEAVER, "2024-03-11")
    claims = [q.get("quote", "") if q["type"] == "quote" else q["prompt"] for q in qs
              if q["type"] == "quote" and q.get("reported") or q.get("prompt", "").startswith("True or false")]
    # the daughter's "she died quietly … her family" is her mother's death, not her own ("they died …"), and which
    # "she" or "her" is whose the question cannot say: not asked
    assert not any("died quietly" in c for c in claims), claims
    # the grandson's "she" is the weaver the title and the first sentence are about
    # (as "Who said that …?" or, since round 10 keeps a speaker's "him" among options of his sex only, as "True or
    # false: Tobias Wren said that …")
    assert any("Renata Holloway had taught him to thread a loom before he could read" in c or
               "Renata Holloway had taught them to thread a loom before they could read" in c for c in claims), claims
    assert not any(re.match(r"(?:True or false: .* said that )?(?:she|they) had taught", c) for c in claims), claims


COUNCIL = """Chamber rejects pay deal for councillors

Council leader Bram Oakes wants the allowance for committee chairs to come to an end next year.

Opposition leader Piers Tolland said the allowance was worth keeping for small wards.

Finance chief Colm Ruddy said the savings would pay for two more street cleaners.

Mayor Ewan Strand said the chamber would vote on the plan in June.

"We cannot ask residents to pay more while we pay ourselves more," Mr Oakes said.

"The chairs do real work and should be paid for it," Mr Tolland said.

"Every pound saved goes back to the streets," Mr Ruddy said.

Mr Oakes later said he wants the allowance to come to an end before the budget is set.
"""


def test_the_speakers_own_he_stays_when_every_option_is_a_man():
    from studyapp.core.generate.checks import CheckContext
    from studyapp.core.generate.questions import Candidate
    from studyapp.core.generate.rank import select

    q = {"id": "said-x", "type": "quote", "topic": "who-said-what", "reported": True,
         "quote": "he wants the allowance to come to an end before the budget is set", "speaker": "Bram Oakes",
         "distractors": ["Piers Tolland", "Colm Ruddy", "Ewan Strand"],
         "source": "Mr Oakes later said he wants the allowance to come to an end before the budget is set."}
    people = [{"name": n, "role": r, "aliases": [f"Mr {n.split()[-1]}"]}
              for n, r in [("Bram Oakes", "Council leader"), ("Piers Tolland", "Opposition leader"),
                           ("Colm Ruddy", "Finance chief"), ("Ewan Strand", "Mayor")]]
    kept, _ = select([Candidate(q, "claim:x", 1.0)], CheckContext(COUNCIL, people=people,
                                                                  persons={p["name"] for p in people}), 400)
    assert [k["quote"] for k in kept] == ["he wants the allowance to come to an end before the budget is set"]


@pytest.mark.parametrize("q", [
    {"id": "tf-x", "type": "choice", "topic": "demands", "prompt": "True or false: The Tarn Commission urges an increase to 1.3%.",
     "choices": ["True", "False"], "answer": "True", "source": "The Tarn Commission urges an increase to 1.3%."},
    {"id": "d-x", "type": "date", "topic": "dates", "prompt": "In what year had the operator offered 4.5 percent?",
     "answer": "2026", "precision": "year", "source": "The operator had offered 4.5 percent this year."},
    {"id": "w-x", "type": "choice", "topic": "demands", "prompt": "What does Varnholm hope to do?",
     "choices": ["clinch a deal when the leaders meet in June", "keep a cap on payments", "pay for new patrols"],
     "answer": "clinch a deal when the leaders meet in June", "source": "Varnholm wants to clinch a deal when the leaders meet in June."},
    {"id": "quote-x", "type": "quote", "topic": "who-said-what", "quote": "It is absurd to do it now, just as the fleet is growing",
     "speaker": "Ada Quell", "distractors": ["Bram Tosh", "Cy Ulm"],
     "source": "\"It is absurd to do it now, just as the fleet is growing,\" said Ada Quell."},
], ids=["share of nothing", "offered a bare percent", "a deal on nothing", "do it"])
def test_a_quantity_a_deal_or_an_action_the_question_does_not_name_fails(q):
    assert _complete_failed(q)


@pytest.mark.parametrize("q", [
    {"id": "tf-x", "type": "choice", "topic": "demands",
     "prompt": "True or false: The Tarn Commission urges an increase in the fishing fund to 1.3% of national income.",
     "choices": ["True", "False"], "answer": "True",
     "source": "The Tarn Commission urges an increase in the fishing fund to 1.3% of national income."},
    {"id": "quote-x", "type": "quote", "topic": "who-said-what",
     "quote": "We have a rota to keep and nobody left to do it with", "speaker": "Ada Quell",
     "distractors": ["Bram Tosh", "Cy Ulm"], "source": "Ada Quell said: \"We have a rota to keep and nobody left to do it with.\""},
], ids=["share of a named thing", "it named before"])
def test_a_quantity_or_an_action_the_question_names_passes(q):
    assert not _complete_failed(q)


LEVY = """Tarn threatens veto as fishing nations argue over harbour levy

Tarn is prepared to veto every attempt to cut the harbour levy won by former minister Ada Prell in 1991, its fisheries minister Ivo Marsk said.

Ostrava wants the levy scrapped before the next fishing season begins.

The Coastal Boats Alliance insists that the levy money must go on safety training for crews.

"The levy keeps our harbours open and our crews safe," Mr Marsk said.

"Our fleets pay twice for the same harbours," said Ostrava's fisheries minister, Lene Voss.

"Every crew needs training before it goes to sea," said the alliance's chair, Oona Brack.
"""


def test_a_sides_position_is_asked_without_the_past_year_of_what_it_is_about():
    from datetime import date

    from studyapp.core.generate.questions import _past_year_cut

    assert _past_year_cut("veto every attempt to cut the harbour levy won by Ada Prell in 1991", date(2024, 5, 20)) == \
        "veto every attempt to cut the harbour levy won by Ada Prell"
    assert _past_year_cut("see the road reopened in 2027", date(2024, 5, 20)) == "see the road reopened in 2027"
    qs = _bank(LEVY, "2024-05-20")
    vetoes = [q for q in qs if q["topic"] == "demands" and "veto" in _seen(q)]
    assert vetoes and not any("1991" in _seen(q) for q in vetoes), [_seen(q) for q in qs]


def test_the_date_of_a_talk_someone_gave_is_asked_as_when_they_spoke():
    names = frozenset({"Ines", "Marr", "Harlow", "Tech"})
    assert when_question("Ines Marr said in a fireside chat with the founder of Harlow Tech", "day", "past", names) == \
        "On what date did Ines Marr speak in a fireside chat with the founder of Harlow Tech?"
    assert when_question("Ines Marr said in a radio interview", "day", "past", names) is None  # what was said?


QUAY = """Porters' walkout at Venn Quay remembered a year on

The Venn Quay walkout began in March 2024 and lasted nine weeks.

On 4 March 2024, about 300 porters put down their hand trucks at noon and walked onto the quay.

The new shipping season begins on 20 April, after the Easter break.

"We stood on the quay until the owners listened to every one of us," said former porter Ilse Moravec.

"It changed how the whole town thought about the docks and the people who worked there," said historian Per Lundqvist.

"The owners never expected the porters to hold out for nine long weeks," said union organiser Hana Ruzicka.
"""


def test_one_event_is_asked_once_as_a_date_and_its_day_is_no_cloze_beside_it():
    qs = _bank(QUAY, "2025-03-10")
    asked = [q.get("answer") for q in qs if q["topic"] == "dates" and q["type"] in ("date", "choice")]
    assert "2024-03-04" in asked or "4 March 2024" in asked, asked
    assert "2024-03" not in asked and "March 2024" not in asked, asked  # the walkout's month beside its day
    assert any("season" in q.get("prompt", "") for q in qs if q["topic"] == "dates")
    assert not any(q["type"] == "typed" and "season begins on {{" in q["prompt"] for q in qs)  # the same day again


RULING = """Tenants win first round over damp flats at Harl Court

The county court ruled on Tuesday that the landlord of Harl Court had broken its repair duties to the tenants of 40 flats.

Their relatives plan to appeal the section of the ruling that limits damages.

Lawyers for Harl Estates argued that the tenants had never reported the damp in writing.

Both sides were given leave to appeal.

"This is a good day for every tenant in the town," said the tenants' solicitor, Mira Castellan.

"Nobody should have to sleep in a room with black walls," said housing campaigner Oskar Bellweather.

"We will read the judgment with care before we decide anything," said Harl Estates director Tomas Greer.
"""


def test_what_both_sides_do_is_no_one_sides_position():
    qs = _bank(RULING, "2024-05-22")
    assert not any(q["topic"] == "demands" and "appeal" in _seen(q) for q in qs), [_seen(q) for q in qs]


FERRY_INQUIRY = """Ferry crews cleared after inquiry into late sailings

An inquiry has cleared the crews of the Skarn ferry of blame for a winter of late sailings.

"The crews do everything in their power to keep the ferry running on time in every weather," said former harbour master Anton Veld. "Because we don't want anybody believing that the crews are lazy and escape any blame."

"The report is a good day for every crew on the island," said union organiser Greta Lind.

"The inquiry should have been held in public from the start," said passenger group chair Nils Ahlberg.
"""


def test_a_persons_position_from_beside_their_asked_quotation_is_not_asked_again():
    from studyapp.core.generate.checks import CheckContext
    from studyapp.core.generate.questions import Candidate
    from studyapp.core.generate.rank import select

    people = [{"name": "Anton Veld", "role": "Former harbour master"}, {"name": "Greta Lind", "role": "Union organiser"},
              {"name": "Nils Ahlberg", "role": "Passenger group chair"}]
    said = {"id": "quote-veld", "type": "quote", "topic": "who-said-what",
            "quote": "The crews do everything in their power to keep the ferry running on time in every weather",
            "speaker": "Anton Veld", "distractors": ["Greta Lind", "Nils Ahlberg"],
            "source": "\"The crews do everything in their power to keep the ferry running on time in every weather,\" "
                      "said former harbour master Anton Veld."}
    held = {"id": "side-veld", "type": "choice", "topic": "demands",
            "prompt": "Who does not want anybody believing that the crews are lazy and escape any blame?",
            "choices": ["Anton Veld", "Greta Lind", "Nils Ahlberg"], "answer": "Anton Veld",
            "source": "\"Because we don't want anybody believing that the crews are lazy and escape any blame.\""}
    context = CheckContext(FERRY_INQUIRY, people=people, persons={p["name"] for p in people})
    kept, _ = select([Candidate(said, "sentence:a", 1.0), Candidate(held, "demand:b", 0.95)], context, 400)
    assert [q["id"] for q in kept] == ["quote-veld"]


NIGHT_FISHING = """Fishermen win challenge to night fishing ban

The Appeal Court ruled on Monday that the council's ban on night fishing in Skarn Bay was unlawful.

The Skarn Fishermen's Association argued that the ban had been brought in without any consultation.

Skarn Council said it would study the judgment before deciding whether to appeal.

The Bay Wildlife Trust said the ruling put nesting seabirds at risk.

"This is the best news the harbour has had in years," said association secretary Ola Brekke.

"We will read the judgment with care," said council leader Ruth Vane.
"""


def test_a_courts_ruling_is_no_sides_claim():
    qs = _bank(NIGHT_FISHING, "2024-05-22")
    assert not any(q.get("answer") == "Appeal Court" and q["prompt"].startswith("Which side said") for q in qs), \
        [(_seen(q)) for q in qs]


def test_a_quotation_fragment_opening_on_once_or_when_fails():
    q = {"id": "side-said-x", "type": "choice", "topic": "who-said-what",
         "prompt": "Which side said: “once the legal process has concluded”?",
         "choices": ["Harbour Board", "Skarn Council", "Bay Wildlife Trust"], "answer": "Skarn Council",
         "source": "The council said it would answer \"once the legal process has concluded\"."}
    assert _complete_failed(q)


def test_no_court_is_offered_as_a_side_that_said_something():
    from studyapp.core.generate.questions import Ids, _side_said

    parties = ["Skarn Council", "Appeal Court", "Bay Wildlife Trust", "Skarn Fishermen's Association"]
    c = _side_said(Ids(), parties, "Skarn Council", "Which side said that it would study the judgment?",
                   "Skarn Council said it would study the judgment.", "claim:x", 0.8)
    assert c is not None and "Appeal Court" not in c.question["choices"], c


WATER = """Water firm fined over leaking pipes

The water regulator OFWA fined Dunmarsh Water £3 million on Tuesday for failing to fix leaking pipes across the county.

The campaign group Tap Watch said the penalty was "too small and far too slow".

Dunmarsh Water said it would spend £40 million on new pipes over the next two years.

"We let our customers down and we are sorry," said Dunmarsh Water chief executive Ilona Marsh.

"Every leak we find is a leak we can fix," said OFWA director Karl Beck.

"The county has waited ten years for this," said Tap Watch chair Edie Rowan.
"""


def test_an_organisations_claim_is_asked_among_sides_not_people():
    qs = _bank(WATER, "2024-05-22")
    said = [q for q in qs if "too small and far too slow" in _seen(q)]
    assert said and all(q["prompt"].startswith("Which side said") and q["answer"] == "Tap Watch" for q in said), \
        [_seen(q) for q in said]


def test_a_regular_past_in_ined_takes_its_e_back():
    from studyapp.core.generate.realise import regular_base

    assert [regular_base(w) for w in ("fined", "declined", "examined", "joined", "trained")] == \
        ["fine", "decline", "examine", "join", "train"]


DAMP = """Tenant tells court landlord ignored damp for two winters

A landlord that owns 30 flats in Orrel ignored repeated warnings about damp in a tenant's home for two winters, the county court heard on Tuesday.

Maja Lindqvist rented a flat on Quay Street from the company between 2021 and this spring.

A surveyor employed by the council inspected the flat in February and found damp in every room.

"Nobody came, not once, in two whole winters," said Ms Lindqvist.

"Our records show three complaints, not ten," said the company's lawyer, Piet Haas.

At the gates yesterday afternoon, a neighbour said she would miss the old caretaker.
"""


def test_a_date_that_dates_the_hearing_the_end_of_a_span_or_a_remark_is_not_asked():
    qs = _bank(DAMP, "2024-10-16")
    dated = [q for q in qs if q["topic"] == "dates"]
    assert any("surveyor" in _seen(q) for q in dated), [_seen(q) for q in dated]
    assert not any("ignore" in _seen(q) or "rent" in _seen(q) or "neighbour" in _seen(q) for q in dated), \
        [_seen(q) for q in dated]


def test_who_holds_its_target_fails_when_nothing_before_it_is_its_owner():
    q = {"id": "side-x", "type": "choice", "topic": "demands", "prompt": "Who is committed to its target of net zero?",
         "choices": ["Ada Quell", "Bram Tosh", "Cy Ulm"], "answer": "Ada Quell",
         "source": "Ada Quell said the council remained committed to its target of net zero."}
    assert _complete_failed(q)
    q["prompt"] = "Who asks the council to meet at its next session?"
    assert not _complete_failed(q)


def test_a_born_opening_is_the_birth_and_a_second_event_leaves_a_timeline_item():
    names = frozenset({"Ada", "Reid", "Fellbrook"})
    assert one_event("Born in a mill town near Fellbrook, Ada Reid was one of three women") == \
        "Ada Reid was born in a mill town near Fellbrook"
    assert when_question("Born in a mill town near Fellbrook, Ada Reid was one of three women", "year", "past",
                         names) == "In what year was Ada Reid born in a mill town near Fellbrook?"
    assert one_event("Ada Reid was knighted but seldom used the title") == "Ada Reid was knighted"


def test_a_true_statement_and_a_false_one_of_one_holder_on_one_matter_keep_the_true_one():
    from studyapp.core.generate.checks import CheckContext
    from studyapp.core.generate.questions import Candidate
    from studyapp.core.generate.rank import select

    def statement(prompt: str, answer: str, source: str, fact: str, priority: float) -> Candidate:
        return Candidate({"id": f"tf-{fact}", "type": "choice", "topic": "demands", "prompt": prompt,
                          "choices": ["True", "False"], "answer": answer, "source": source}, fact, priority)

    false = statement("True or false: Ostrava refuses to accept a tight cap on payments into the fishing fund.", "False",
                      "Tellmark refuses to accept a tight cap on payments into the fishing fund.", "a", 0.61)
    true = statement("True or false: Ostrava wants to keep a tight cap on national payments into the fishing fund.",
                     "True", "Ostrava wants to keep a tight cap on national payments into the fishing fund.", "b", 0.6)
    context = CheckContext(SUMMIT + "\nTellmark refuses to accept a tight cap on payments into the fishing fund.\n")
    kept, _ = select([false, true], context, 400)
    assert [q["answer"] for q in kept] == ["True"], kept


def test_a_match_whose_positions_a_flash_card_and_a_statement_ask_is_not_worth_asking():
    from studyapp.core.generate.checks import CheckContext, review_question

    text = "Bridge row\n\nThe Harl Forum wants the footbridge reopened before the winter. The rail firm offers a shuttle bus. " \
           "The Harl Forum rejects the shuttle bus."
    others = [{"id": "what-x", "type": "flash", "topic": "demands", "prompt": "What does the Harl Forum want?",
               "answer": "The footbridge reopened before the winter", "source": "The Harl Forum wants the footbridge "
               "reopened before the winter."},
              {"id": "tf-x", "type": "choice", "topic": "demands", "prompt": "True or false: The Harl Forum rejects the "
               "shuttle bus.", "choices": ["True", "False"], "answer": "True",
               "source": "The Harl Forum rejects the shuttle bus."}]
    match = {"id": "match-x", "type": "match", "topic": "demands", "prompt": "Match each position to the side that holds it.",
             "pairs": [["Wants the footbridge reopened before the winter", "Harl Forum"],
                       ["Offers a shuttle bus", "Rail firm"], ["Rejects the shuttle bus", "Harl Forum"]],
             "source": "The Harl Forum wants the footbridge reopened before the winter."}
    review = review_question(match, CheckContext(text, others=others))
    assert "worth" in [c.name for c in review.failed]


def test_a_role_opening_on_the_reads_lower_case_inside_the_question():
    from studyapp.core.generate.questions import _a

    assert _a("The leader of the borough council") == "the leader of the borough council"
    assert _a("Russia's Foreign Minister") == "Russia's Foreign Minister" and _a("spokesman") == "the spokesman"
