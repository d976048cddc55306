"""A long article is attributed exactly like its parts (its speed is measured by benchmarks/bench_generate.py)."""

import pytest

from studyapp.core.generate.people import find_cast
from studyapp.core.generate.quotes import attribute
from studyapp.core.generate.text import parse_article

from tests.core.generate.conftest import ARTICLES, article

SINGLE_MARKS = article(
    "‘We didn’t want this strike,’ said Fiona McRae, an organiser. ‘Our members haven’t had a rise.’\n\n"
    "The operator, Merrow Ferries, said it had made a ‘fair and final’ offer. Its director, Colin Baird, said: "
    "‘We can’t spend money we don’t have.’\n\n"
    "‘My mother needs her hospital visits,’ said Morag Lyall, 58. ‘She has missed two already.’\n")


@pytest.mark.parametrize("text", [(ARTICLES / "harbour-strike.txt").read_text(encoding="utf-8"), SINGLE_MARKS],
                         ids=["double marks", "single marks"])
def test_a_long_article_is_attributed_like_its_parts(text):
    title, body = text.split("\n", 1)
    one = parse_article(text)
    once = [(q.speaker.name if q.speaker else None) for q in attribute(one, find_cast(one))]
    times = 600_000 // len(body)
    long = parse_article(title + "\n" + body * times)
    got = [(q.speaker.name if q.speaker else None) for q in attribute(long, find_cast(long))]
    assert got == once * times
