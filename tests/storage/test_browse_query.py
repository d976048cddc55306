"""Browse's queries against a real database: the text index, each search field, sorting, rows."""

from __future__ import annotations

from datetime import timedelta

import pytest

from studyapp.core.loader import load_bank
from studyapp.core.records import CardKey
from studyapp.core.scheduling import Rating, Stage
from studyapp.core.search_query import parse
from studyapp.storage.browse_query import COLUMN_NAMES, BrowseQuery
from studyapp.storage.marks import Marks
from tests.helpers.reviews import answer
from tests.storage.conftest import make_variant


@pytest.fixture
def browse(studied):
    """mini.toml with q-quote, q-choice and q-tf answered Good once; the text index made."""
    b = BrowseQuery(studied.engine)
    assert b.refresh_text(studied.bank_shelf()) == 8
    assert b.refresh_text(studied.bank_shelf()) == 0  # kept: nothing to redo
    return b


def ids_of(browse, text, now, **kw):
    return [k.question_id for k in browse.keys(browse.find(parse(text), now, now + timedelta(hours=12), **kw))]


ALL = ["q-quote", "q-choice", "q-tf", "q-typed", "q-date", "q-order", "q-match", "q-flash"]


def test_words_search_prompt_key_and_source(browse, now):
    assert ids_of(browse, "", now) == ALL
    assert ids_of(browse, "mayor", now) == ["q-quote", "q-choice", "q-typed"]  # source, key, prompt
    assert ids_of(browse, "ALICE office", now) == ["q-choice"]
    assert ids_of(browse, '"too expensive"', now) == ["q-tf", "q-match", "q-flash"]
    assert ids_of(browse, "-expensive -mayor", now) == ["q-date", "q-order"]
    assert ids_of(browse, '"bob → jones"', now) == []
    assert ids_of(browse, '"much → bob jones"', now) == ["q-match"]  # the match key as displayed


def test_field_filters(browse, studied, now):
    assert ids_of(browse, "bank:mini", now) == ALL
    assert ids_of(browse, 'bank:"a small*"', now) == ALL
    assert ids_of(browse, "bank:other", now) == []
    assert ids_of(browse, "topic:dates", now) == ["q-date", "q-order"]
    assert ids_of(browse, "type:choice", now) == ["q-choice", "q-tf"]
    assert ids_of(browse, "id:q-t*", now) == ["q-tf", "q-typed"]
    assert ids_of(browse, "is:new", now) == ["q-typed", "q-date", "q-order", "q-match", "q-flash"]
    assert ids_of(browse, "is:learn", now) == ["q-quote", "q-choice", "q-tf"]
    assert ids_of(browse, "is:due", now) == []  # their 10-minute step is not due yet
    assert ids_of(browse, "is:due", now + timedelta(minutes=15)) == ["q-quote", "q-choice", "q-tf"]
    marks = Marks(studied.engine)
    marks.suspend([CardKey("mini", "q-date")], now)
    marks.bury([CardKey("mini", "q-order")], now + timedelta(hours=12), now)
    marks.flag([CardKey("mini", "q-flash")], 4, now)
    assert ids_of(browse, "is:suspended", now) == ["q-date"]
    assert ids_of(browse, "is:buried", now) == ["q-order"]
    assert ids_of(browse, "is:flagged", now) == ids_of(browse, "flag:4", now) == ["q-flash"]
    assert ids_of(browse, "flag:0 type:flash", now) == []
    assert ids_of(browse, "-flag:0", now) == ["q-flash"]
    assert ids_of(browse, "is:leech", now) == []
    later = now
    for _ in range(10):  # forget q-quote again and again until it is a leech
        later += timedelta(days=40)
        answer(studied, "q-quote", Rating.EASY, later)
        later += timedelta(days=40)
        answer(studied, "q-quote", Rating.AGAIN, later)
    assert ids_of(browse, "is:leech", later) == ["q-quote"]


def test_sorting_by_every_column(browse, studied, now):
    end = now + timedelta(hours=12)
    for column in COLUMN_NAMES:
        up = browse.find(parse(""), now, end, sort=column)
        down = browse.find(parse(""), now, end, sort=column, descending=True)
        assert sorted(up) == sorted(down) and len(up) == 8, column
    assert ids_of(browse, "", now, sort="type")[:2] == ["q-choice", "q-tf"]
    assert ids_of(browse, "", now, sort="prompt")[:2] == ["q-tf", "q-match"]  # "Bob Jones …", "Match each …"
    assert ids_of(browse, "", now, sort="due", descending=True)[:1] == ["q-tf"]  # answered last, due last
    assert ids_of(browse, "", now, sort="due")[3:] == ["q-typed", "q-date", "q-order", "q-match", "q-flash"]
    with pytest.raises(ValueError, match="unknown column"):
        browse.find(parse(""), now, end, sort="colour")


def test_rows_show_what_browse_lists(browse, now):
    [quote, match] = browse.rows(browse.find(parse("type:quote"), now, now) + browse.find(parse("type:match"), now, now))
    assert quote.prompt == "Who said: “We will build the bridge by 2024”?" and quote.answer == "Alice Smith"
    assert quote.bank_title == "A small bank for tests" and quote.stage == Stage.LEARNING
    assert quote.due == now + timedelta(minutes=10) and quote.last_answered == now and quote.state(now) == "learning"
    assert match.answer == "Build the bridge → Alice Smith; The plan costs too much → Bob Jones"
    assert match.state(now) == "new" and match.due is None and match.interval == 0


def test_a_bank_update_remakes_the_changed_text_and_hides_retired(browse, studied, mini_bank_path, tmp_path, now):
    v2 = make_variant(mini_bank_path, tmp_path / "v2", 2, {"What is Alice Smith's office?": "Which office?"},
                      drop=("q-tf",))
    studied.install_bank(load_bank(v2), now)
    assert browse.refresh_text(studied.bank_shelf()) == 1
    assert ids_of(browse, "which office", now) == ["q-choice"]
    assert "q-tf" not in ids_of(browse, "", now)
