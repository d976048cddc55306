"""A body's words given through a named person ("… said in a statement issued by its chief executive, X") are that
person's: readers found the organisation keyed as the speaker where the article names who spoke for it (issue 14).
A body's own statement, with its officer named only in another sentence, stays the body's. Invented sentences."""

from tests.core.generate.conftest import speakers

WORDS = '"We let our customers down and we will pay every claim in full"'


def test_a_statement_issued_by_a_named_officer_is_the_officers():
    assert speakers(f"The Fenwick Water Company said in a statement issued by its chief executive, Marta Illing: "
                    f"{WORDS[:-1]}.\"") == ["Marta Illing"]
    assert speakers(f"{WORDS[:-1]},\" the Fenwick Water Company said in a statement from its chief executive, Marta "
                    f"Illing.") == ["Marta Illing"]
    assert speakers(f"{WORDS[:-1]},\" the Fenwick Water Company said through its spokeswoman, Marta Illing.") == \
        ["Marta Illing"]


def test_a_bodys_own_statement_stays_the_bodys():
    assert speakers(f"{WORDS[:-1]},\" the Fenwick Water Company said in a statement. Its chief executive, Marta "
                    f"Illing, is due before the committee on Friday.") == ["Fenwick Water Company"]
