"""The article's main result and its coming dates are asked (issue 14's coverage, round 10): the term a court hands
down, the size of a fine, a record count or an announced plan, asked from the clause that holds it; a summit that
ended without a deal is asked whole (its verb kept when its long subject is cut); upcoming dates rank above the
story's background, while the year of publication of something done and the day reporters asked passers-by are not
asked. Every article here is invented for its test (tests/data/main_result)."""

from datetime import date
from pathlib import Path

from studyapp.core.generate.dates import _shorten, find_dates
from studyapp.core.generate.facts import extract
from studyapp.core.generate.figures import figures_in, how_question, term_question
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.questions import UPCOMING_WORTH, Ids, date_candidates
from studyapp.core.generate.text import parse_article

from tests.core.generate.conftest import article

HERE = Path(__file__).resolve().parents[2] / "data" / "main_result"
MAY = date(2026, 5, 4)


def bank_of(name: str) -> list[dict]:
    bank, _ = generate_bank((HERE / name).read_text(encoding="utf-8"), published=MAY.isoformat())
    return bank["questions"]


def prompts(name: str) -> list[str]:
    return [q.get("prompt", "") for q in bank_of(name)]


def ask(sentence: str) -> list[str | None]:
    return [how_question(sentence, f) for f in figures_in(sentence)]


# -- the term a court hands down

def test_a_described_offenders_term_is_asked_with_the_description():
    t = term_question("A pharmacist who billed the health service for thousands of prescriptions that were never "
                      "dispensed was jailed for six years on Friday at Tollbridge Crown Court.")
    assert t.prompt == ("For how long was the pharmacist who billed the health service for thousands of "
                        "prescriptions that were never dispensed jailed?")
    assert t.value == "six years" and len(t.wrong) == 3 and all(w.endswith("years") for w in t.wrong)


def test_a_named_offenders_term_drops_the_age_and_the_aside():
    t = term_question("Edmund Carraway-Fell, 52, who ran two pharmacies in Ossington, was jailed for 6 years.")
    assert t.prompt == "For how long was Edmund Carraway-Fell jailed?" and t.value == "6 years"


def test_a_term_handed_down_is_asked_as_done_and_a_ban_keeps_what_it_bans():
    assert term_question("A pharmacist who claimed more than £640,000 for prescriptions that were never dispensed "
                         "has been jailed for four years.").prompt.startswith("For how long was the pharmacist who")
    assert term_question("On Monday, Dana Weller was banned from driving for 18 months.").prompt == \
        "For how long was Dana Weller banned from driving?"
    assert term_question("The former mayor of Ostrava Bay was sentenced to 30 months in prison.").prompt == \
        "How long a sentence was the former mayor of Ostrava Bay given?"


def test_a_term_whose_subject_only_the_article_explains_is_not_asked():
    assert term_question("He was jailed for six years.") is None
    assert term_question("A man who stole it from a shed was jailed for two years.") is None


def test_the_court_story_asks_its_sentence():
    asked = [q for q in bank_of("court-pharmacist-sentence.txt") if q.get("answer") == "six years"]
    assert asked and asked[0]["prompt"].startswith("For how long was the pharmacist")


# -- a fine, a record, a plan

def test_a_fine_is_asked_without_the_clause_that_gives_its_reason():
    assert ask("The environment regulator has fined Corvane Water £4.2 million after the company released "
               "untreated sewage into the River Wenlow on more than 300 days last year.") == [
        "How much has the environment regulator fined Corvane Water?"]
    assert "How much has the environment regulator fined Corvane Water?" in prompts("regulator-water-fine.txt")


def test_a_record_count_is_asked_as_the_count():
    assert ask("The Harwick Museum of Science drew a record 2.4 million visitors in the twelve months after it "
               "scrapped its entrance fee, its director said on Tuesday.") == [
        "How many visitors did the Harwick Museum of Science draw?"]


def test_an_announced_plans_size_is_asked_as_what_it_is_worth():
    assert ask("The government has announced a £900 million plan to build 40,000 homes on disused railway land "
               "over the next decade.")[0] == \
        "How much is the government’s plan to build 40,000 homes on disused railway land worth?"
    assert ask("The Kessel Group has agreed a $300 million deal with the state.") == [
        "How much is the Kessel Group’s deal with the state worth?"]
    assert ask("A $300 million wind farm opened in Brask.") == [None]  # a thing the figure describes


def test_a_reason_clause_stays_where_the_question_can_carry_it():
    assert ask("The currency has lost 65% of its value since the reserves were frozen.") == [
        "What share of its value has the currency lost since the reserves were frozen?"]


# -- a summit's outcome, the coming dates

def test_a_long_subject_loses_its_last_phrases_never_its_verb():
    assert _shorten("Talks between Veskland and the Coastal Union on fishing quotas in the North Arran Sea ended "
                    "without a deal") == "Talks between Veskland and the Coastal Union on fishing quotas ended without a deal"
    assert any(p == "On what date did talks between Veskland and the Coastal Union on fishing quotas end without a "
               "deal?" for p in prompts("summit-no-deal.txt"))


def test_a_coming_closure_attributed_in_the_lead_is_its_own_date():
    found = find_dates(parse_article(article(
        "Dunmere's covered market will close at the end of March next year, the town council confirmed on Tuesday, "
        "ending 140 years of trading in the Victorian hall.")), MAY)
    closure = [d for d in found if d.as_written == "the end of March next year"]
    assert closure and closure[0].own and closure[0].asked == "2027-03"
    assert closure[0].event == "Dunmere's covered market will close"


def test_the_year_of_publication_of_something_done_is_not_asked():
    ex = extract(article("The Corlan council ruled out any increase in parking charges this year, its leader said.\n\n"
                         "The council will review the charges in 2027."), MAY)
    asked = [c.question for c in date_candidates(ex, Ids(), [], frozenset())]
    assert all(q["answer"] != "2026" for q in asked), asked


def test_the_day_reporters_asked_passers_by_is_not_asked():
    ex = extract(article("Dunmere's covered market will close in March next year.\n\n"
                         "Shoppers in the square on Saturday said they were saddened by the news."), MAY)
    asked = [c.question for c in date_candidates(ex, Ids(), [], frozenset())]
    assert not any("hoppers" in q["prompt"] for q in asked), asked


def test_what_is_still_to_come_ranks_above_the_background():
    ex = extract(article("Readers in Ossby are angry at the council's vote to shut their library.\n\n"
                         "The Ossby library opened in March 2019.\n\n"
                         "The Ossby library will close on 9 June, the council said."), MAY)
    cands = {c.question["answer"]: c.priority for c in date_candidates(ex, Ids(), [], frozenset())
             if c.question["type"] == "date"}
    assert cands["2026-06-09"] - cands["2019-03"] >= UPCOMING_WORTH - 1e-9, cands


def test_the_time_left_to_do_something_is_asked_as_a_deadline():
    from studyapp.core.generate.questions import deadline_candidates

    ex = extract((HERE / "regulator-water-fine.txt").read_text(encoding="utf-8"), MAY)
    asked = [c.question for c in deadline_candidates(ex, Ids(), [], frozenset({"Corvane Water"}))]
    assert [(q["prompt"], q["answer"]) for q in asked] == [
        ("By what date must Corvane Water publish a plan to upgrade its treatment works at Haddon Cross?", "2027-03-01"),
        # (a reported plan still ahead is asked too: see test_dates_reported_plans.py)
        ("In what month will the Rivers Authority inspect the works again?", "2026-11")]
    ex = extract(article("Tenants of the Brackley blocks have until 30 June to accept the association's offer."), MAY)
    assert [c.question["prompt"] for c in deadline_candidates(ex, Ids(), [], frozenset())] == [
        "By what date must tenants of the Brackley blocks accept the association's offer?"]


def test_a_bodys_own_announced_cut_is_asked_of_the_body_by_name():
    assert ask("KORBY, March 3 (Northwire) - Talvio Marine, the country's largest shipbuilder, said on Tuesday it "
               "would cut 1,200 jobs at its Korby yard.") == ["How many jobs would Talvio Marine cut at its Korby yard?"]
    assert ask("The Ossmouth council says it will save £1.4 million a year.") == [
        "How much a year will the Ossmouth council save?"]
    assert ask("The organisers said more than 2,000 people signed up.") == [  # no plan of their own: theirs to report
        "According to the organisers, how many people signed up?"]


def test_a_rejected_bid_is_asked_as_its_makers():
    assert ask("The board of Veskel Systems has rejected a £3.1bn takeover approach from US rival Brandt Industries, "
               "saying the offer \"significantly undervalues\" the company.") == [
        "How much was Brandt Industries’ takeover approach worth?"]
    assert ask("The council rejected a £2m bid from Harlow Rovers for the stadium.") == [
        "How much was Harlow Rovers’ bid for the stadium worth?"]
    assert ask("The council rejected a £2m bid from a local club.") == [None]  # whose, the name does not say


def test_a_relative_after_a_thing_in_a_named_place_is_not_pinned_on_the_place():
    found = find_dates(parse_article(article(
        "Traders will be offered stalls at a new outdoor market in Castle Street, which is due to open in April.")),
        MAY)
    assert found and not any(d.own and d.event.startswith("Castle Street") for d in found)
    found = find_dates(parse_article(article("The mayor, Jo Bell, who resigned in March, spoke to reporters.")), MAY)
    assert any(d.own and d.event == "Jo Bell resigned" for d in found)


def test_the_jobs_lost_with_a_closure_are_asked_with_the_closure():
    assert ask("Goldfield Foods will close its cereal factory in Tarnby next spring with the loss of 420 jobs, the "
               "company confirmed on Monday.") == [
        "How many jobs will be lost when Goldfield Foods closes its cereal factory in Tarnby next spring?"]
    assert ask("The two Ambery pits will shut with the loss of 800 jobs.") == [
        "How many jobs will be lost when the two Ambery pits shut?"]
    assert ask("The Linby mill closed in March with the loss of 120 jobs.") == [
        "How many jobs were lost when the Linby mill closed in March?"]
    assert ask("It will close with the loss of 80 jobs.") == [None]  # what "it" is, only the article says


def test_a_wire_dateline_left_on_a_lead_sentence_does_not_count_against_it():
    from studyapp.core.generate.questions import figure_candidates

    body = ("By Ana Kell-Ormond and Bo Linnet\n\nKORBY, March 3 (Northwire) - Talvio Marine, the country's largest shipbuilder, said on Tuesday it "
            "would cut 1,200 jobs at its Korby yard over the next 18 months after two cruise lines cancelled "
            "orders, sending its shares down sharply in early trading on the Korby stock exchange.\n\n"
            "The union said 300 of the jobs were held by apprentices, and 900 by welders and fitters.")
    ex = extract(article(body, "Talvio to cut 1,200 jobs"), MAY)
    asked = [c.question["prompt"] for c in figure_candidates(ex, Ids(), frozenset({"Talvio Marine"}))]
    assert any(p.startswith("How many jobs would Talvio Marine cut at its Korby yard") for p in asked), asked



def test_a_rounded_and_an_exact_form_of_one_sum_are_never_key_and_wrong_option():
    # round 11: "£2.1bn takeover" in the title and "values the company at £2,087 million" in the body are one value
    from studyapp.core.generate.figures import nearby, same_value

    key = figures_in("Shareholders will vote on the £2.1 billion takeover.")[0]
    others = figures_in("The offer values Brennan Foods at £2,087 million; its debts are £1.3 billion and it lost "
                        "£4.6 billion in value last year.")
    assert "£2,087 million" not in nearby(key, others, 0)
    assert "£1.3 billion" in nearby(key, others, 0)
    assert same_value("3.4%", "3.42%") and same_value("£45m", "£45 million")
    assert not same_value("3%", "3.1%") and not same_value("640", "643") and not same_value("£2.1bn", "£2.4bn")


def test_a_rejected_bids_worth_leaves_out_what_only_the_article_explains():
    s = ("Ashgrove Athletic have rejected a £12 million bid from Portvale for their goalkeeper Ruben Okoro-Stahl, "
         "with the transfer window closing at 11pm next Tuesday.")
    assert how_question(s, figures_in(s)[0]) == "How much was Portvale’s bid worth?"
