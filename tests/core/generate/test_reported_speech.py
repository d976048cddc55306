"""Reported speech, names and speakers as a blind reader found them wrong (issue 14, points 1, 2 and 4), each on an
invented article (tests/data/rep_articles/ or written here): the reporter's own words after a claim ("…, he said as
he left the building", "…, adding that …", "…, as he walked back to his boat") are no part of it; "the firm" is
the body whose officer speaks ("X's managing director, Y, said the firm …"), never a different body named before,
and a name joined by "and" under one "the" ("The Bakers and Allied Workers Union") is one body, not cut in two;
"Mr Tallis" is given in full in a prompt; a speaker written with an initial ("said E. Tallis", "said trust chair
M. Kessel") is the person, never the bare initial."""

import re
from pathlib import Path

from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank

from tests.core.generate.conftest import article

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "rep_articles"


def _bank(name: str, published: str = "2025-06-12") -> list[dict]:
    bank, _ = generate_bank((ARTICLES / name).read_text(encoding="utf-8"), published=published)
    return bank["questions"]


def _seen(q: dict) -> str:
    return " ".join([q.get("prompt", ""), q.get("quote", ""), str(q.get("answer", "")), *q.get("items", []),
                     *[str(c) for c in q.get("choices", [])], *q.get("distractors", [])])


def claims_of(body: str) -> list[tuple[str, str]]:
    return [(c.speaker.name, c.claim) for c in extract(article(body)).claims]


def test_a_second_he_said_and_what_he_did_then_are_the_reporters_words():
    qs = _bank("court-warehouse-fraud.txt")
    assert not any("left the building" in _seen(q) or "their wife" in _seen(q) for q in qs)
    claims = claims_of("Tobias Okoro, 44, was cleared on Thursday. Outside court, Mr Okoro said the last two years had "
                       "been the hardest of his life, he said as he left the building with his wife.")
    assert claims == [("Tobias Okoro", "the last two years had been the hardest of his life")]


def test_a_participle_of_saying_and_a_tail_of_what_the_speaker_did_end_the_claim():
    claims = dict(claims_of(
        "Local trader Bryn Ashby said it was good news, adding that his shop had lost customers since May. "
        "Fisherman Tam Rudd said the board had never asked fishermen what they needed, as he walked back to his boat."))
    assert claims == {"Bryn Ashby": "it was good news",
                      "Tam Rudd": "the board had never asked fishermen what they needed"}


def test_the_firm_is_the_body_whose_officer_speaks_not_one_named_before():
    qs = _bank("council-bus-depot.txt")
    timetables = [q for q in qs if "timetables" in _seen(q)]
    assert not any("Riverside Voice would work" in _seen(q) for q in qs)
    assert all("the Brackley and District Omnibus Company would work" in _seen(q) for q in timetables), timetables
    # (named whole, as the article first wrote it, and with the "the" it always has there)


def test_a_body_named_in_two_halves_under_one_the_is_one_body():
    qs = _bank("company-bakery-chain.txt")
    assert not any(re.search(r"\bBakers (?:had|said|would)\b", _seen(q)) for q in qs)
    assert not any("Allied Workers Union" in _seen(q) and "Bakers and Allied Workers Union" not in _seen(q) for q in qs)
    said = [q for q in qs if "given staff no warning" in _seen(q)]
    assert all("Crumbwell had given staff no warning" in _seen(q) for q in said), said
    depot = _bank("council-bus-depot.txt")
    assert not any(re.search(r"(?<!and )District Omnibus Company", _seen(q)) for q in depot)


def test_a_title_and_surname_in_a_prompt_is_given_in_full():
    qs = _bank("interview-lighthouse-keeper.txt")
    assert not any(re.search(r"\b(?:Mr|Ms|Mrs|Dr)\.? [A-Z]", q.get("prompt", "") + " " + q.get("quote", ""))
                   for q in qs), [q.get("prompt") or q.get("quote") for q in qs]
    # ("Mr Tallis was the best storyteller …" is drafted with his name in full, in its name cloze; the bank no longer
    # asks "Who said …?" of it with Edwin Tallis, whom it names, as a wrong option: the article has no third speaker)
    from studyapp.core.generate.facts import extract
    from studyapp.core.generate.questions import build_people, draft_candidates

    ex = extract((ARTICLES / "interview-lighthouse-keeper.txt").read_text(encoding="utf-8"), None)
    assert any("Edwin Tallis was the best storyteller" in _seen(c.question) for c in draft_candidates(ex, build_people(ex)))


INITIALS = """Garrow Point keeper remembers forty years on the rock

Edwin Tallis spent forty years as keeper of the Garrow Point lighthouse before it was automated in 2019.

"The quiet at night is what I miss most, and the sound of the sea on the rocks," said E. Tallis, now 78.

"A machine does not notice a small boat in trouble," E. Tallis said.

J. R. Penhale, the lighthouse trust's historian, said the keepers had saved at least forty lives since 1900.

"Edwin knew every rock on this coast by name," said J. R. Penhale.

"We want him to lead tours of the tower next summer," said trust chair M. Kessel.

M. Kessel said the trust would raise £50,000 to repair the tower.
"""


def test_a_speaker_written_with_an_initial_is_the_person_never_the_initial():
    bank, _ = generate_bank(INITIALS, published="2025-06-12")
    qs = bank["questions"]
    names = {str(x) for q in qs for x in [q.get("answer"), q.get("speaker"), *q.get("distractors", []),
                                          *q.get("choices", [])] if x}
    assert not any(re.fullmatch(r"(?:[\w ]+ )?[A-Z]\.?", n) for n in names), names
    speakers = {q.get("speaker") for q in qs if q["type"] == "quote"}
    assert {"Edwin Tallis", "M. Kessel"} <= speakers, speakers
    assert not any("E. Edwin" in _seen(q) for q in qs)


def test_an_initial_and_a_surname_is_the_person_named_in_full_before():
    claims = claims_of("Local trader Bryn Ashby said it was good news for the harbour. "
                       "B. Ashby said trade had fallen by a third since the spring.")
    assert [s for s, _ in claims] == ["Bryn Ashby", "Bryn Ashby"]


def test_a_statement_made_false_with_a_wrong_speaker_is_not_asked_beside_the_real_speakers_words():
    # "Who said: “Families were frightened to death …”?" answers "True or false: <another> said that families had
    # been frightened …": the same statement quoted in one question and paraphrased in the other
    qs = _bank("health-ward-reassurance.txt")
    frightened = [q for q in qs if "frightened" in _seen(q)]
    assert len(frightened) == 1, [q.get("prompt") or q.get("quote") for q in frightened]


DOCKS = """Dock workers strike over pension changes

The Dock and Harbour Workers Union called its members out on Monday in protest at changes to their pensions.

DHW Union spokesman Ann Lefroy said: "Pensions, and nothing else, brought our members out. They have paid in for thirty years."

The port authority said the changes were needed to keep the scheme open to new staff.

DHWU deputy general secretary Tomas Fry said: "Sit down with us and talk figures, then we can all go back to work."

Port authority chair Helen Quarry said the authority would meet the union next week.
"""


def test_a_bodys_short_forms_beside_its_whole_name_are_one_party():
    # "The Dock and Harbour Workers Union" is now read whole: its short forms "DHW Union" and "DHWU" stay one party
    _bank, facts = generate_bank(DOCKS, published="2025-06-12")
    unions = [s for s in facts["sides"] if "DHW" in s or "Harbour Workers" in s]
    assert len(unions) == 1, facts["sides"]


def test_a_statement_after_a_colon_ends_before_the_reporters_tail():
    body = ("The Wessex Rail Users Alliance has called for a new timetable after a year of delays.\n\n"
            "Alliance chair Morag Pennick said: passengers deserve an honest timetable and trains that turn up, "
            "she told the meeting in Tarrow.")
    bank, _ = generate_bank(article(body, "Rail users demand honest timetables"), published="2025-06-12")
    said = [q for q in bank["questions"] if "honest timetable" in _seen(q)]
    assert said and not any("told the meeting" in _seen(q) for q in said), [_seen(q) for q in said]


def test_a_relative_aside_before_the_claims_verb_is_left_out_not_cut_at():
    # "said the new unit, which cost £14 million, would cut …": cut at "which", the claim was "the new unit" (its
    # subject only, and never asked); the aside is the reporter's and goes, the claim keeps its verb
    claims = dict(claims_of("Dr Felicity Amadi, the health board's medical director, said the new unit, which cost "
                            "£14 million, would cut waiting times for knee operations by a third. Health board chair "
                            "Vincent Odoi said the surgeons, who were recruited from three countries, had all "
                            "started work."))
    assert claims == {"Felicity Amadi": "the new unit would cut waiting times for knee operations by a third",
                      "Vincent Odoi": "the surgeons had all started work"}
    qs = _bank("health-surgical-unit.txt")
    assert sum(q["type"] == "quote" for q in qs) >= 4
