"""The speaker's own "he" or "she" is no clue to who the speaker is (issue 14, point 3)."""

import re
from datetime import date

import pytest

from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.pronouns import neutral, unmet_pronoun

from tests.core.generate.conftest import article

VOTE = article("\n\n".join([
    'The Elmbridge council voted on Tuesday to build bus lanes on three main roads, after a debate that '
    'lasted most of the night.',
    'Council leader Tomas Richter said the lanes would cut journey times for about 9,000 passengers a '
    'day. "This is a good day for people who take the bus," he said.',
    'Hannah Ferris, who runs a bakery on the high street, said she and more than 30 other traders feared '
    'they would lose customers who come by car.',
    'Cyclist group spokesman Oskar Lind said the council had ignored riders. "We asked for a safe lane '
    'and got nothing," he said.',
    'Transport officer Daniel Moss said work would start in the spring and take about eight months.',
]), "Council backs new bus lanes after long debate")


@pytest.mark.parametrize(("said", "asked"), [
    ("she and more than 30 other traders left at dawn", "they and more than 30 other traders left at dawn"),
    ("he thought the plan was meant to shock", "they thought the plan was meant to shock"),
    ("he is waiting for a report he ordered in May", "they are waiting for a report they ordered in May"),
    ("she expects to save as much as $3 million", "they expect to save as much as $3 million"),
    ("she has already said she does not want to stand", "they have already said they do not want to stand"),
    ("he also hopes his team wins", "they also hope their team wins"),
    ("she watches every match", "they watch every match"),
    ("he tries to relax", "they try to relax"),
    ("she goes home early", "they go home early"),
    ("he’s been to the capital twice", "they’ve been to the capital twice"),
    ("she will ask her sister to call her later", "they will ask their sister to call them later"),
    ("he was told the decision was his.", "they were told the decision was theirs."),
    ("the lanes would cut journey times", "the lanes would cut journey times"),
])
def test_the_speakers_pronoun_becomes_they_with_its_verb_agreeing(said, asked):
    assert neutral(said) == asked


def test_a_pronoun_that_cannot_be_rewritten_cleanly_drops_the_claim():
    assert neutral("he's sure of it") is None


def test_no_who_question_in_a_bank_gives_the_speakers_gender_away():
    """Nor is one named person asked as "they" (round 10: "Who said that they and 30 other traders …?" reads as a
    group's claim): the one woman among three men is not asked "Who said that she …?" among them."""
    bank, _ = generate_bank(VOTE, published=date(2025, 3, 10))
    sexes = {"Hannah Ferris": "f", "Tomas Richter": "m", "Oskar Lind": "m", "Daniel Moss": "m"}
    for q in bank["questions"]:
        if q["type"] == "quote" and q.get("reported"):
            asked, names = q["quote"], [q["speaker"], *q["distractors"]]
        elif re.match(r"Who\s", q.get("prompt", "")):
            asked, names = q["prompt"], q.get("choices", [])
        else:
            continue
        assert not re.match(r"they and more than 30", asked)
        said = re.search(r"\b(he|she|his|her|him)\b", asked, re.IGNORECASE)
        if said:
            sex = "f" if said.group(1).lower() in ("she", "her") else "m"
            assert all(sexes.get(n) == sex for n in names), q


# An obituary: the people quoted speak about the woman who died, so their claims' "she" and "her" are hers.
FERRY = article("\n\n".join([
    'Orla Brennagh, who ran the winter ferry to Cullan Rock for thirty years, has died aged 88.',
    'She was the first woman in the county to hold a master\'s ticket, and she kept it until she was 79.',
    'Her nephew, Cathal Doyle, said she had been the most stubborn sailor on the whole coast. "Nobody ever '
    'talked her out of a crossing," he said.',
    'Parish councillor Nuala Kerrigan, who chairs the harbour committee, said the committee would name the new '
    'pier in her honour. "We owe her that much," she said.',
    'Her daughter, Sinead Brennagh, said the boat would stay tied up at the quay for good.',
    'Cathal Doyle said the family would carry her coffin down to the slipway on Monday, as she had wished.',
]), "Cullan Rock ferry skipper Orla Brennagh dies at 88")


def test_a_pronoun_of_another_person_stays_and_an_unclear_one_drops_the_claim():
    bank, _ = generate_bank(FERRY, published=date(2025, 2, 3))
    asked = [q.get("quote", "") for q in bank["questions"] if q["type"] == "quote" and q.get("reported")]
    # the nephew's "she" and "her" are his aunt's: never "they"/"their", as if he were speaking of himself
    assert not any(re.search(r"\b(?:they|their|them)\b", a) for a in asked), asked
    # and an unnamed "she" is named: the woman the title and the first sentence are about (issue 14, reader 4)
    # (or, since the nephew's quotation right after it makes the same point, that quotation is the one asked)
    assert "Orla Brennagh had been the most stubborn sailor on the whole coast" in asked or any(
        q.get("quote", "").startswith("Nobody ever talked her out of a crossing") for q in bank["questions"]), asked
    # "in her honour" after a woman's "said": hers or the dead woman's; asked neither way
    assert not any("pier" in a for a in asked), asked


def test_sexes_come_from_kinship_words_and_speech_tags_before_the_claims_pronouns():
    from studyapp.core.generate.pronouns import sexes

    body = FERRY.split("\n\n", 1)[1]
    found = sexes(body, [{"name": "Cathal Doyle"}, {"name": "Nuala Kerrigan"}, {"name": "Sinead Brennagh"}])
    assert found == {"Cathal Doyle": "m", "Nuala Kerrigan": "f", "Sinead Brennagh": "f"}


@pytest.mark.parametrize(("said", "speaker", "others", "asked"), [
    ("the family would keep her boat", "m", frozenset({"f"}), "the family would keep her boat"),
    ("she had been the most stubborn sailor", "m", frozenset({"f"}), "she had been the most stubborn sailor"),
    ("the pier would be named in her honour", "f", frozenset({"f"}), None),
    ("the pier would be named in her honour", "f", frozenset({"m"}), "the pier would be named in their honour"),
    ("she would ask her sister", "f", frozenset({"f"}), "they would ask their sister"),
    # others already "they": the speaker's "they" would make them one
    ("the managers had told her they would sell", "f", frozenset(), None),
    ("she and two others feared they would lose", "f", frozenset(), "they and two others feared they would lose"),
])
def test_only_the_speakers_own_pronouns_become_they(said, speaker, others, asked):
    assert neutral(said, speaker, others) == asked


def test_an_object_pronoun_in_a_who_question_is_someone_else_so_the_question_goes():
    from studyapp.core.generate.pronouns import ungendered
    from studyapp.core.generate.questions import Candidate

    def ask(prompt, answer):
        return ungendered(Candidate({"type": "choice", "prompt": prompt, "answer": answer,
                                     "choices": [answer, "Ola Brandt"]}, "f", 1.0), sexes={answer: "m"})

    # "Who refuses to let him …?" keyed to the man himself: the article's "they refused to let him" is someone else
    assert ask("Who refuses to let him open a cafe in his village?", "Rune Falk") is None
    kept = ask("Who wants his cafe to open by May?", "Rune Falk")
    assert kept.question["prompt"] == "Who wants their cafe to open by May?"


def test_a_pronoun_inside_a_claim_is_the_speakers_when_no_one_else_of_that_sex_is_near():
    from studyapp.core.generate.pronouns import ungendered
    from studyapp.core.generate.questions import Candidate

    said = "Ferry hand Piet Dunmore, 61, said it was the worst winter he could recall."
    far = "Harbour master Olaf Berge said the quay would reopen. \"We are nearly there,\" he said.\n\n" + \
        "Fishing crews waited along the sea wall all week while the storm blew itself out over the islands. " * 5
    near = "Harbour master Olaf Berge said the quay would reopen. \"We are nearly there,\" he said.\n\n"
    sexes = {"Piet Dunmore": "m", "Olaf Berge": "m"}

    def ask(article):
        q = {"type": "quote", "reported": True, "quote": "it was the worst winter he could recall",
             "speaker": "Piet Dunmore", "source": said}
        return ungendered(Candidate(q, "f", 1.0), sexes=sexes, article=article + "\n\n" + said)

    assert ask(far).question["quote"] == "it was the worst winter they could recall"
    assert ask(near) is None  # the harbour master's "he" just before: two men under one "they"


def test_a_shared_surname_stands_for_everyone_it_names_whatever_the_order():
    """Two people share a surname ("Mabel Quist" and her son "Rufus Quist"): "Mabel Quist said that she …" has its
    "she" whichever of them a set lists last. The answer used to hang on the process's hash seed, so the same
    article could give a different bank on each run."""
    sexed = {"Mabel Quist": "f", "Rufus Quist": "m"}
    text = "True or false: Mabel Quist said that she learned of the plan from a newspaper."
    for persons in (["Mabel Quist", "Rufus Quist"], ["Rufus Quist", "Mabel Quist"]):
        assert unmet_pronoun(text, persons, sexed) == ""
    assert unmet_pronoun("True or false: Rufus Quist said that she would stand.", ["Rufus Quist"], sexed) == "she"
