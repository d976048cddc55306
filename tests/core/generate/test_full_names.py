"""A surname in a question is named whole ('Mr Halloran' -> 'Edwin Halloran') only where it means the one person the
bank lists: beside another given name it is someone else of that surname and is left as the article writes it.
Every article here is written for its test, with invented names."""
from datetime import date

from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.questions import full_names
from tests.core.generate.conftest import article

PUBLISHED = date(2025, 5, 14)
KILN = """
Born in the river town of Lissavane in 1934, the son of a carter, he married Ilsa Varga, a potter, in 1959.

Tomas Varga ran the kiln until 2001. Tomas Varga died at home in Lissavane on Tuesday, his daughter said.
"""


def test_a_surname_after_another_given_name_is_not_named_as_the_listed_person():
    people = [{"name": "Ilsa Varga", "role": "a potter"}]
    assert full_names("Tomas Varga ran the kiln", people) == "Tomas Varga ran the kiln"
    assert full_names("Mrs Varga ran the kiln", people) == "Ilsa Varga ran the kiln"
    assert full_names("Later Varga ran the kiln", people) == "Later Ilsa Varga ran the kiln"


def test_no_question_joins_two_peoples_given_names():
    bank, _ = generate_bank(article(KILN, "Potter's husband who ran the kiln dies"), published=PUBLISHED)
    texts = [q.get("prompt", "") for q in bank["questions"]] + [i for q in bank["questions"] for i in q.get("items", [])]
    assert texts
    assert not any("Tomas Ilsa" in t for t in texts), texts
