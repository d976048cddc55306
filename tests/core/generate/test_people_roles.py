"""A role is a whole title ending at the name (or at the punctuation after it), never part of the next clause or
a title cut at its start or in its middle; a side named in running text has the article English gives it
(issue 14, point 4). Articles written for these tests; every name is invented."""

from datetime import date

from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.realise import subject_of
from tests.core.generate.conftest import article

TRAMS = article("\n\n".join([
    'Tram drivers in Fenwick stopped work on Monday in a row over wages, leaving thousands of commuters to find '
    'other ways into the city centre.',
    'The Fenwick Tramway Workers Union, which represents about 900 drivers, is demanding a 9% pay rise for its '
    'members. The union says wages have fallen behind prices for three years.',
    'City Transport Managing Director Lorna Basquill said the company could not afford more than 3%. "We have '
    'made a fair offer and it stays on the table," she said.',
    'The picket outside the depot was led by drivers Tomasz Wrona and Bea Lindqvist, before union president Ama '
    'Osei addressed the crowd outside the town hall.',
    'Deputy Minister of State for Transport and Urban Planning Shri Ravindra Kolte said the state had no part in '
    'the dispute.',
]), "Tram drivers walk out in Fenwick over pay")

BUSES = article("\n\n".join([
    'Bus crews in Dunmere stayed off the roads for a second day on Tuesday as talks with the operator failed.',
    'Dunmere Road Transport Workers Union is demanding a 12% pay rise for its crews. Union secretary Priyanka '
    'Halvorsen said crews had not had a rise since 2021.',
    'Operator spokesman Ivo Marchetti said the offer was final.',
]), "Bus crews in Dunmere strike for second day")


def _cast(text):
    return {p.name: p for p in extract(text).cast.people}


def test_a_title_with_two_links_is_whole_and_the_next_clause_is_no_role():
    cast = _cast(TRAMS)
    assert cast["Ravindra Kolte"].role == "Deputy Minister of State for Transport and Urban Planning"
    assert "Ravindra Kolte" not in [m.person for m in extract(TRAMS).cast.mentions if m.text.lower() == "the state"]
    assert cast["Bea Lindqvist"].role == ""  # not "before union president Ama Osei addressed the crowd …"


def test_a_side_never_ends_in_the_first_word_of_a_title():
    cast = _cast(TRAMS)
    assert cast["Lorna Basquill"].side == "City Transport"  # not "City Transport Managing"
    assert cast["Ravindra Kolte"].side == ""  # a minister of state: no "Deputy Minister of State" party


def test_a_common_noun_that_opens_the_sentence_is_no_side():
    assert _cast(BUSES)["Ivo Marchetti"].side == ""  # "Operator spokesman" beside "the operator"


def test_a_union_or_an_industry_has_its_article_in_a_question():
    bank, _ = generate_bank(BUSES, published=date(2025, 3, 5))
    prompts = [q.get("prompt", "") for q in bank["questions"]]
    assert any("is the Dunmere Road Transport Workers Union demanding" in p for p in prompts), prompts
    assert not any(" is Dunmere Road" in p for p in prompts)
    assert subject_of("reggae industry") == "the reggae industry"
    assert subject_of("government") == "the government"
    assert [subject_of(s) for s in ("civil servants", "NATO", "Lumora Technologies", "people")] == [
        "civil servants", "NATO", "Lumora Technologies", "people"]


def test_a_describing_word_that_opens_the_sentence_is_no_side_and_a_trailing_cllr_no_role():
    body = ('"We will not change our minds," insisted planning committee chairman Cllr Nerys Pattle.\n\n'
            'Local councillor Idris Gwalch, who voted against the plan, said the owner had been warned.\n\n'
            'Fellow TV favourite Marnie Skelwith said the town would lose out.')
    cast = _cast(article(body))
    assert cast["Nerys Pattle"].role.endswith("chairman")  # not "… chairman Cllr"
    assert cast["Idris Gwalch"].side == "" and cast["Marnie Skelwith"].side == ""
    assert cast["Idris Gwalch"].role == "local councillor"  # capitalised only to open the sentence


def test_a_title_before_a_dotted_honorific_is_whole_and_a_plural_possessive_stays_in_the_side():
    body = ('Leader of the Opposition Smt. Lalita Venkoba-Rane said the new tolls would hurt farmers.\n\n'
            'Gopal Heddur, convenor of the Kaveripet Riders' + "'" + ' Forum, said members would block the toll gates.')
    cast = _cast(article(body))
    assert cast["Lalita Venkoba-Rane"].role == "Leader of the Opposition"  # not "Opposition"
    assert cast["Gopal Heddur"].side == "Kaveripet Riders' Forum"  # not "Kaveripet Riders"


SCORES = article("\n\n".join([
    'By Ada Quarrie | Tollbridge Ledger',
    'Marlow Athletic 2 Penhallow Rovers 1',
    'Marlow Athletic came from behind to beat Penhallow Rovers on Saturday. Their manager, Colm Feeney, said the '
    'second half was the best his side had played all season.',
    'Rovers captain Tobias Renwick said his players had run out of legs.',
]), "Marlow Athletic beat Penhallow Rovers")


def test_a_score_line_or_a_byline_gives_no_one_a_role():
    """A result line ("A 2 B 1") and a byline with the paper after a bar name no one's post: "Marlow Athletic 2"
    is no role of "Penhallow Rovers", nor the reporter's name a role of the paper."""
    cast = _cast(SCORES)
    assert all(not any(ch.isdigit() for ch in p.role) and "|" not in p.role for p in cast.values())
    assert cast["Tobias Renwick"].role.startswith("Rovers captain") or "captain" in cast["Tobias Renwick"].role
    bank, _ = generate_bank(SCORES, published=date(2026, 3, 9))
    shown = [q.get("prompt", "") + " " + " ".join(map(str, q.get("choices", []))) for q in bank["questions"]]
    assert not any("|" in s or "Ada Quarrie" in s or "Athletic 2" in s for s in shown)
