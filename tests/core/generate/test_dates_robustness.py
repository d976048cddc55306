"""find_dates on any text: no crash, values in the documented shapes, events short, and fast on long text."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from studyapp.core.generate.dates import MAX_EVENT_WORDS, find_dates
from studyapp.core.generate.text import parse_article

from tests.core.generate.conftest import ARTICLES

PIECES = ["on Monday", " last week", "Aug. 4", "3 and 5 June", "2019-20", " since 2019", "the end of 2020", "“",
          "”", '"', "(", ")", ", who", " which ", " that ", " said ", " will ", " was ", "Mr Hale", " and ",
          "this past June", "at 6:15 a.m.", "At the time", "'s", " – ", ": ", ".", "\n", "the 1990s", " ago",
          "between 2015 and 2018", "early next year", "Today (March 8)", " ", "x"]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=50).map("".join)
VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?:/\d{4}(?:-\d{2}-\d{2})?)?")


@settings(max_examples=150, deadline=None)
@given(body=texts, published=st.sampled_from([None, date(2023, 3, 8), date(2024, 2, 29), date(2023, 12, 31)]))
def test_any_text_gives_well_formed_dates(body, published):
    for d in find_dates(parse_article("Title\n\n" + body), published):
        if d.precision:
            assert re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", d.date) and d.precision in ("day", "month", "year")
        assert d.tense in ("past", "present", "future") and isinstance(d.own, bool)
        assert len(d.event.split()) <= MAX_EVENT_WORDS + 6
        assert d.as_written in d.evidence


def test_a_long_article_finds_each_copy_of_its_dates():
    """Every repeat of a story yields its dates again; how long that takes is benchmarks/bench_generate.py's
    business, not a test's."""
    text = (ARTICLES / "d-bus-lanes.txt").read_text(encoding="utf-8")
    title, body = text.split("\n", 1)
    one = find_dates(parse_article(f"{title}\n\n{body.strip()}\n"), date(2024, 5, 15))
    big = f"{title}\n\n" + "\n\n".join([body.strip()] * 150) + "\n"
    found = find_dates(parse_article(big), date(2024, 5, 15))
    assert len(found) == 150 * len(one)
