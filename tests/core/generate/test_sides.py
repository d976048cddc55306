"""One name per party, the right party for each position, and roles that say whose they are.

The articles in `side_articles/` were written for these tests in the styles the defects came from (a wire
report, an agency's press release, local news); none is copied from a real story.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.core.generate.checks import CheckContext, review_question, same_party
from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.positions import country_of, defined_abbreviations

from .conftest import article

SIDE_ARTICLES = Path(__file__).parent / "side_articles"


def _text(name: str) -> str:
    return (SIDE_ARTICLES / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def wire():
    return extract(_text("wire-seed-treaty.txt"))


@pytest.fixture(scope="module")
def release():
    return extract(_text("release-coastal-survey.txt"))


def _people(ex) -> dict[str, tuple[str, str]]:
    return {p.name: (p.role, p.side) for p in ex.cast.people}


def _sides_of(ex, words: str) -> list[str]:
    return [p.side for p in ex.positions if words in p.demand]


# --- one party, one name ---------------------------------------------------------------------------------------

def test_an_abbreviation_defined_in_brackets_is_the_party_it_abbreviates(wire):
    """'ISBN wants …' after 'The International Seed Bank Network (ISBN)' is the network's position, under its
    full name, and the abbreviation is not offered as a second side."""
    assert _sides_of(wire, "treaty signed") == ["International Seed Bank Network (ISBN)"]
    assert "ISBN" not in wire.sides()
    assert wire.sides().count("International Seed Bank Network") == 1


def test_an_abbreviation_that_spells_a_common_word_still_names_the_party(release):
    """'OUR wants …' (Oceans United Restoration (OUR)) was read as the determiner 'our' before a noun 'wants'."""
    assert _sides_of(release, "pause the work") == ["Oceans United Restoration (OUR)"]


def test_defined_abbreviations_take_the_words_their_letters_begin():
    found = defined_abbreviations(
        "Officials at the Northern Water Agency (NWA) met staff of Transport for Harbourton (TfH) and "
        "the Harbour Shipping Protection (HSP). Sales rose 5% (Q3). Tessa Lind (D) voted no.")
    assert found == {"NWA": "Northern Water Agency", "TfH": "Transport for Harbourton",
                     "HSP": "Harbour Shipping Protection"}


def test_a_country_and_its_government_are_one_side(wire):
    """'Britain refused …' and 'The British government said …': one party, named once, its other name kept in
    brackets so the reader sees why."""
    assert "United Kingdom" in wire.sides()
    assert not any("British" in s for s in wire.sides())
    assert _sides_of(wire, "licensing pool") == ["United Kingdom (British government)"]


@pytest.mark.parametrize("party, country", [
    ("the British government", "United Kingdom"), ("Chinese officials", "China"), ("Beijing", "China"),
    ("White House advisers", "United States"), ("Russia's negotiators", "Russia"), ("Harbour Workers Union", ""),
    ("Teachers", ""), ("Local people", "")])
def test_country_of_a_party(party, country):
    assert country_of(party) == country


def test_options_naming_a_country_and_its_government_fail_the_options_check():
    assert same_party("Britain", "British government") and same_party("Chinese officials", "China")
    assert not same_party("China", "Harbour Workers Union")
    q = {"id": "q", "type": "choice", "topic": "demands", "prompt": "Which side refuses to back the waiver?",
         "choices": ["Britain", "British government", "Kenya", "Allied Breeders Federation"], "answer": "Britain",
         "source": "Britain refused to back a waiver."}
    check = next(c for c in review_question(q, CheckContext("Britain refused to back a waiver.")).checks
                 if c.name == "options")
    assert not check.ok and "same party" in check.why


# --- the party that holds the position --------------------------------------------------------------------------

def test_a_demand_mentioned_as_its_owners_is_not_the_owners_new_demand():
    """'rejected the demand from the Growers Association' is the rejecter's position; it used to add a demand
    'from the Valley Growers Association' keyed to the association."""
    ex = extract(article(
        "The Valley Growers Association demanded that the council scrap the water limit. "
        "Council leader Owen Price rejected the demand from the Valley Growers Association, saying reservoirs "
        "were at record lows."))
    assert not [p for p in ex.positions if p.demand.startswith("from ")]
    assert [p.demand for p in ex.positions if p.side.startswith("Valley Growers")] == [
        "the council scrap the water limit"]


def test_a_name_with_a_description_set_off_after_it_is_the_speaker(release):
    """'Oceans United Restoration (OUR), a campaign group, said …': the group named, not 'Campaign group'."""
    assert [c.speaker.name for c in release.claims if "seal colonies" in c.claim] == ["Oceans United Restoration"]
    assert "Campaign group" not in release.sides()


# --- roles that say whose they are -------------------------------------------------------------------------------

def test_a_role_owned_by_a_pronoun_or_a_noun_names_its_owner(wire):
    people = _people(wire)
    assert people["Marisol Quintero"] == ("executive director of the International Seed Bank Network",
                                          "International Seed Bank Network")
    assert people["Colm Darragh"] == ("president of the Allied Breeders Federation", "Allied Breeders Federation")
    assert people["Ruth Wanjiku"] == ("Kenya's agriculture minister", "Kenya")


def test_the_person_speaks_for_the_owner_of_the_role(wire):
    assert _sides_of(wire, "pay for research") == ["Allied Breeders Federation (Colm Darragh)"]
    assert _sides_of(wire, "could not afford the fees") == ["Kenya (Ruth Wanjiku)"]


def test_a_bare_title_takes_the_one_country_its_sentence_names():
    ex = extract(article(
        "Norway and Sweden resumed talks on Monday. Sweden's delegation was led by Piet Varga, the foreign "
        "minister, who said Sweden wanted guarantees first."))
    assert _people(ex)["Piet Varga"] == ("foreign minister of Sweden", "Sweden")


def test_a_bare_title_stays_without_owner_when_the_sentence_names_two():
    ex = extract(article(
        "Norway and Sweden resumed talks on Monday, led by Piet Varga, the foreign minister. "
        "\"We will not wait,\" Varga said."))
    assert _people(ex)["Piet Varga"][1] == ""


def test_a_role_after_a_closing_quote_is_not_the_quotations_last_words(release):
    """'"… reach the islands quickly," Ines Marwick, CSA's head of marine science, said': the role was read
    backwards into the quotation ('islands quickly,')."""
    people = _people(release)
    assert people["Hallam Pryce"] == ("Survey Agency Director", "Coastal Survey Agency")
    assert people["Ines Marwick"] == ("CSA's head of marine science", "Coastal Survey Agency")
    assert people["Tobias Renn"] == ("CSA's deputy head of operations", "Coastal Survey Agency")


def test_generated_side_questions_offer_each_party_once(wire):
    bank, _ = generate_bank(_text("wire-seed-treaty.txt"))
    side_qs = [q for q in bank["questions"] if q.get("prompt", "").startswith("Which side")]
    assert side_qs
    for q in side_qs:
        opts = q["choices"]
        assert "ISBN" not in opts and not any("British" in o for o in opts), q["prompt"]
        assert not any(same_party(a, b) for a in opts for b in opts if a != b), q["prompt"]


# --- 'they' after a sentence that names two parties ---------------------------------------------------------------

@pytest.fixture(scope="module")
def local():
    return extract(_text("local-incinerator.txt"))


def test_they_is_the_subject_of_the_sentence_before_not_its_object(local):
    """'Parents met council officials and the operator … They are demanding that the council hold a public
    inquiry': the parents, not the council or the operator (the position used to be lost or keyed to the last
    speaker)."""
    assert _sides_of(local, "public inquiry") == ["Parents"]


def test_they_is_the_party_the_sentence_itself_attributes_it_to(local):
    """'They want the council to approve the plans in March, the company said.'"""
    assert _sides_of(local, "approve the plans") == ["Greyfield Energy"]


def test_they_takes_the_subject_of_the_sentence_before_only_inside_its_paragraph():
    same = extract(article("The Harbour Workers Union met the Port Authority on Tuesday. They want a 9 per cent "
                           "pay rise."))
    assert _sides_of(same, "pay rise") == ["Harbour Workers Union"]
    apart = extract(article("The Harbour Workers Union met the Port Authority on Tuesday.\n\n"
                            "They want a 9 per cent pay rise."))
    assert _sides_of(apart, "pay rise") == []


# --- things are not people ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def feature():
    return extract(_text("feature-landers.txt"))


def test_a_product_named_after_its_owners_possessive_is_no_person(feature):
    """"Corvane's Silver Gull and two other lander designs": a lander, once offered as a speaker; 'the Moon'
    is not a second mention of it either."""
    assert "Silver Gull" not in _people(feature)
    assert not any(m.person == "Silver Gull" for m in feature.cast.mentions)


def test_a_building_is_no_person(feature):
    assert "Harbour Museum" not in _people(feature)


def test_a_word_capitalised_only_to_open_the_sentence_is_no_side(feature):
    """'Secondary school teacher Lena Vogt …' gave the side 'Secondary'."""
    assert _people(feature)["Lena Vogt"] == ("Secondary school teacher", "")


def test_quote_options_are_people(feature):
    bank, _ = generate_bank(_text("feature-landers.txt"))
    names = {p["name"] for p in bank["people"]}
    assert names == {"Edda Marsh", "Rui Okonkwo", "Lena Vogt"}


# --- quotations without quote marks -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def interview():
    return extract(_text("interview-head-teacher.txt"))


def _quotes(ex) -> list[tuple[str, str]]:
    return [(q["speaker"], q["quote"]) for q in ex.quote_facts()]


def test_interview_answers_are_quotations_of_the_interviewee(interview):
    """'A: …' after 'Q: …' is the answer of the person the introduction says was interviewed; 'Okafor: …' is
    Okafor's. Neither used to be a quotation at all."""
    quotes = _quotes(interview)
    assert ("Lena Okafor", "The old scheme was not working for children who start school behind their "
                           "classmates.") in quotes
    assert ("Lena Okafor", "Most of them have been very supportive, and the results this year have been "
                           "encouraging.") in quotes
    assert ("Lena Okafor", "That is up to them, but we are happy to share what we have learned.") in quotes
    assert not any(q.startswith(("Why did", "What do", "Will other")) for _, q in quotes)  # the questions


def test_a_statement_after_a_colon_is_a_quotation_of_who_made_it(interview):
    assert ("Tom Reyes", "every school in the county will follow within two years.") in _quotes(interview)


def test_a_colon_statement_in_a_report_is_attributed_to_its_maker():
    ex = extract(article(
        "In a statement, the Northern Rail Alliance said: passengers deserve an honest timetable and the "
        "government must publish the full costs. Mayor Tom Hale agreed."))
    assert _quotes(ex) == [("Northern Rail Alliance", "passengers deserve an honest timetable and the government "
                                                      "must publish the full costs.")]


def test_a_labelled_line_outside_an_interview_is_no_quotation():
    """'Update: …' or one 'Name: …' line in a report is a label, not a transcript."""
    ex = extract(article(
        "Lena Okafor runs Brookside Primary. Parents praised the new scheme.\n\n"
        "Okafor: a profile of the head teacher appears on page four of this week's issue."))
    assert _quotes(ex) == []


def test_a_role_owned_by_a_kind_of_body_the_story_does_not_name_stays_unowned(interview):
    """"The council's education officer" after a school is named: not the school's officer."""
    assert _people(interview)["Tom Reyes"] == ("The council's education officer", "")
    assert _people(interview)["Lena Okafor"] == ("head teacher of Brookside Primary", "Brookside Primary")


# --- more names of one party ----------------------------------------------------------------------------------

def test_an_abbreviation_keeps_an_abbreviation_inside_the_name_whole():
    """'HWFU' is the 'HWF Union' (its letters include the whole 'HWF'), so the two are one option."""
    assert same_party("HWFU", "HWF Union")
    ex = extract(article(
        "The HWF Union wants a pay rise of 5%. HWFU members will strike on Monday, and HWFU insists on a "
        "shorter week."))
    assert set(ex.sides()) == {"HWF Union"}


def test_a_body_named_with_its_unions_short_and_long_adjective_is_one_party():
    """'EU Commission' and 'European Commission' name one body: two options, both right."""
    assert same_party("EU Commission", "European Commission")
    assert not same_party("European Commission", "European Parliament")
    ex = extract(article(
        "The European Commission wants member states to pay more into the budget. The EU Commission also urged "
        "an increase to 1.3% of national income."))
    assert {p.side.split(" (")[0] for p in ex.positions} == {"European Commission"}


def test_two_names_of_one_countrys_state_are_one_side_even_without_the_countrys_name():
    ex = extract(article(
        "The British government is ready to veto any cut to the fund. A UK Government official said ministers "
        "wanted to hold payments at this year's level. Norway wants a deal by June."))
    assert set(ex.sides()) == {"United Kingdom", "Norway"}


def test_a_body_described_by_a_group_noun_or_employing_someone_is_no_person():
    ex = extract(article(
        "Tomas Berg has been linked with Spanish trio Castilla Real, Orvega and Montesol. A hostile bid by rival "
        "Ostrava was rejected, said Marta Kolar, an executive at Ostrava."))
    people = _people(ex)
    assert "Castilla Real" not in people and "Ostrava" not in people
    assert "Ostrava" in ex.cast.orgs and people["Marta Kolar"][1] == "Ostrava"


def test_a_false_statement_that_gives_a_side_a_position_about_itself_fails():
    """'True or false: Eastland wants a bigger deal with Eastland.' (another side's position given to the party it
    names) reads as nonsense, not as a fact to judge."""
    def check(prompt: str, answer: str):
        q = {"id": "q", "type": "choice", "topic": "demands", "prompt": prompt, "choices": ["True", "False"],
             "answer": answer, "source": "Westland wants a bigger deal with Eastland."}
        return next(c for c in review_question(q, CheckContext(q["source"])).checks if c.name == "options")
    assert not check("True or false: Eastland wants a bigger deal with Eastland.", "False").ok
    assert check("True or false: Westland wants a bigger deal with Eastland.", "True").ok
    assert check("True or false: Northland wants a bigger deal with Eastland.", "False").ok
    assert same_party("HDS Union", "Dock Staff Union")  # cut from "Harbour and Dock Staff Union"
    assert not same_party("Harbour Workers Union", "Workers Union")


@pytest.mark.parametrize("party, country", [
    ("China's commerce ministry", "China"), ("Chinese trade negotiators", "China"),
    ("a UK Government official", "United Kingdom"), ("Labour Party officials", ""), ("Ohlmar protesters", "")])
def test_country_of_a_ministry_or_a_described_official(party, country):
    assert country_of(party) == country


def test_a_field_before_a_title_is_not_the_employer():
    """'a China scholar with the Eastbridge Institute' speaks for the institute, not for China."""
    ex = extract(article(
        "Tariffs will stay, said Mara Lind, a China scholar with the Eastbridge Institute in Geneva. "
        "\"Neither side will blink first,\" Lind said."))
    assert _people(ex)["Mara Lind"][1] == "Eastbridge Institute"


# --- job titles are not sides -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def live():
    return extract(article(
        "Junior doctors in the Allied Medics Guild will strike on Friday. The guild wants a 9% rise; ministers "
        "have offered 4%. Transport Secretary Ivo Brandt urged the guild to accept the offer.\n\n"
        "The Kestrel Hospitals Trust says 900 appointments were moved. A trust spokeswoman urged patients to "
        "attend as planned.\n\n"
        "Dr Ana Ferreira, who chairs the guild's doctors committee, says her members are exhausted.\n\n"
        "Patients' group Keep First says patients are paying the price. Its director, Omar Lutz, urged both "
        "sides to accept arbitration.\n\n"
        "The prime minister's spokesman said the government would not be held to ransom by the guild."))


def test_an_aide_of_the_head_of_government_speaks_for_the_government(live):
    assert _sides_of(live, "held to ransom") == ["Government (prime minister's spokesman)"]


def test_ministers_are_the_government_the_story_names(live):
    assert [s.split(" (")[0] for s in _sides_of(live, "4%")] == ["Government"]
    assert "Ministers" not in live.sides()


def test_a_spokeswoman_of_a_kind_of_body_speaks_for_the_one_such_body_named(live):
    assert _sides_of(live, "attend as planned") == ["Kestrel Hospitals Trust"]


def test_a_role_told_by_a_relative_clause_names_its_owner(live):
    """'Dr Ana Ferreira, who chairs the guild's doctors committee,': the guild's, and she speaks for it."""
    assert _people(live)["Ana Ferreira"] == ("chair of the Allied Medics Guild's doctors committee",
                                             "Allied Medics Guild")


def test_a_body_whose_name_holds_a_title_word_is_still_the_side(live):
    """'Keep First' (with 'first', as in 'first minister'): its director speaks for Keep First."""
    assert _sides_of(live, "accept arbitration") == ["Keep First (Omar Lutz)"]


def test_a_minister_with_only_a_brief_speaks_for_the_government(live):
    assert _sides_of(live, "guild to accept the offer") == ["Government (Ivo Brandt)"]


def test_a_place_before_residents_is_no_person_and_a_role_set_off_before_a_name_needs_no_title_word():
    ex = extract(article(
        "Dunmore Borough Council voted to close two libraries. The council's cabinet member for communities, "
        "Luke Farrant, said volunteers could run them.\n\n"
        "Kell Green resident Doreen Ashby, 81, said she had used the branch for forty years. \"Where am I "
        "supposed to go?\" she asked."))
    people = _people(ex)
    assert "Kell Green" not in people
    assert people["Luke Farrant"] == ("the Dunmore Borough Council's cabinet member for communities",
                                      "Dunmore Borough Council")
    assert ("Doreen Ashby", "Where am I supposed to go?") in _quotes(ex)


def test_a_party_and_its_short_name_are_one_side():
    """'Republicans' and 'the GOP' (or 'Tories' and 'Conservatives'): one party, offered once."""
    assert same_party("GOP", "Republicans") and same_party("Ohlmar GOP", "Ohlmar Republicans")
    assert not same_party("Ohlmar GOP", "Republicans") and not same_party("Labour", "Conservatives")
    ex = extract(article("Republicans want the budget passed by Friday. The GOP also called for a cut in payroll "
                         "taxes. Democrats want more money for schools."))
    assert ex.sides() == ["Republicans", "Democrats"]
    assert _sides_of(ex, "payroll taxes") == ["Republicans (GOP)"]
