"""A long article goes through the quote stage in time that grows with its length, not its square."""

import time

from studyapp.core.generate.people import find_cast
from studyapp.core.generate.quotes import attribute
from studyapp.core.generate.text import parse_article


def test_a_long_article_is_attributed_quickly_and_like_its_parts(harbour_text):
    title, body = harbour_text.split("\n", 1)
    one = parse_article(harbour_text)
    once = [(q.speaker.name if q.speaker else None) for q in attribute(one, find_cast(one))]
    times = 600_000 // len(body)
    long = parse_article(title + "\n" + body * times)
    t0 = time.perf_counter()
    got = [(q.speaker.name if q.speaker else None) for q in attribute(long, find_cast(long))]
    elapsed = time.perf_counter() - t0
    assert got == once * times
    assert elapsed < 8, f"{elapsed:.1f} s for {len(body) * times:,} characters"
