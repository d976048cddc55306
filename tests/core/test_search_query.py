"""Browse's search language: words, quotes, negation and each field, and clear refusals."""

from __future__ import annotations

import pytest

from studyapp.core.search_query import SearchQueryError, Term, parse


def test_words_are_anded_and_casefolded():
    assert parse("Blinken  GENEVA").terms == (Term(None, "blinken"), Term(None, "geneva"))
    assert parse("   ").empty


def test_quotes_keep_words_together_and_minus_negates():
    assert parse('"difficult issues" -Lavrov').terms == (Term(None, "difficult issues"),
                                                        Term(None, "lavrov", negated=True))
    assert parse('-"two words"').terms == (Term(None, "two words", negated=True),)
    assert parse("“curly quotes”").terms == (Term(None, "curly quotes"),)


def test_fields_with_values_and_quoted_values():
    q = parse('bank:Geneva* topic:dates type:quote id:q-* is:DUE flag:02 bank:"my bank"')
    assert q.terms == (Term("bank", "geneva*"), Term("topic", "dates"), Term("type", "quote"), Term("id", "q-*"),
                       Term("is", "due"), Term("flag", "2"), Term("bank", "my bank"))


def test_a_colon_in_numbers_or_quotes_is_text():
    assert parse("10:30").terms == (Term(None, "10:30"),)
    assert parse('"note: this"').terms == (Term(None, "note: this"),)


@pytest.mark.parametrize("text, says", [
    ("colour:red", "'colour:' is not a search field"),
    ("type:essay", "type:essay is not a question type; use one of type:quote"),
    ("is:lost", "is:lost is not known; use one of is:due"),
    ("flag:7", "flag:7 is not a flag; use flag:1 (red)"),
    ("bank:", "bank: needs a value"),
    ('"open', "the quote opened at character 1 is not closed"),
])
def test_bad_searches_say_what_to_write(text, says):
    with pytest.raises(SearchQueryError, match=None) as info:
        parse(text)
    assert says in str(info.value)
