"""Every question stands alone (round 10, issue 14 point 1): no referent the student never sees.

One named person is never "they" in a rewrite of their reported speech ("Who said that their client would …?" reads
as someone else's client): the speaker's "he"/"she" stays where every option is of that sex, the wrong options are
cut to people of that sex where two are left, and otherwise the question is not asked.
"""

import re

from studyapp.core.generate.pipeline import generate_bank

from tests.core.generate.conftest import article

TANNERY = article("\n\n".join([
    "A tannery owner fined £90,000 for polluting the River Wendle has won the right to appeal, the High Court in "
    "Harlow ruled on Tuesday.",
    "Osric Penhallow, 61, who runs the Penhallow Leather Works in Dunmere, was fined in March after dye was found "
    "in the river for six miles downstream of his works.",
    "His barrister, Clementine Arkwright-Dove, said her client would ask the court to cut the fine by half, a "
    "process she expects to take until the spring.",
    'Judge Barnaby Quillfeather said he had read the expert reports "with some care" and found them "sharply at '
    'odds".',
    "A spokesman for the Wendle Angling Club, Tobias Mardle, said his members had lost a whole season of fishing. "
    '"We are the ones who paid for this," he said.',
    "The Dunmere Rivers Trust, which cleaned the river last summer, said the trust would seek its costs from the "
    "tannery. Its director, Hal Sorrento, said the trust had spent £40,000 on the work.",
    "Councillor Rupert Ashby said he would ask the district council to test the river every month until the "
    "appeal is heard.",
    "The appeal will be heard on 14 May.",
]), "Tannery owner wins right to appeal over river pollution fine")

SEXES = {"Clementine Arkwright-Dove": "f", "Barnaby Quillfeather": "m", "Tobias Mardle": "m", "Hal Sorrento": "m",
         "Rupert Ashby": "m"}


def _who_questions(bank):
    for q in bank["questions"]:
        if q["type"] == "quote" and q.get("reported"):
            yield q["quote"], [q["speaker"], *q["distractors"]]
        elif re.match(r"Who\s", q.get("prompt", "")) and q.get("choices"):
            yield q["prompt"], q["choices"]


def test_one_named_person_is_never_they_in_a_who_question():
    bank, _ = generate_bank(TANNERY, published="2026-05-06")
    asked = list(_who_questions(bank))
    assert asked
    for text, _names in asked:
        assert not re.search(r"\b(?:they|their|them)\b", text), text  # "their members", "a process they expect"


def test_the_speakers_own_pronoun_stays_among_options_of_that_sex():
    bank, _ = generate_bank(TANNERY, published="2026-05-06")
    mine = [(t, n) for t, n in _who_questions(bank) if t.startswith("his members had lost")]
    assert mine, "the angler's claim is asked with his own pronoun"
    for text, names in _who_questions(bank):
        said = re.search(r"\b(he|she|his|her|him)\b", text, re.IGNORECASE)
        if said:
            sex = "f" if said.group(1).lower() in ("she", "her") else "m"
            assert all(SEXES.get(n) == sex for n in names), (text, names)  # nothing given away
