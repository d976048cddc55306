"""Whatever a file holds, the readers answer with a bank or a BankError, never a crash."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studyapp.errors import BankError
from studyapp.exchange.csv_format import COLUMNS, parse_csv
from studyapp.exchange.gift_format import parse_gift

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PIECES = st.sampled_from(["id", "type", "topic", "source", "explanation", "prompt", "answer", "choices", "pairs",
                          "# title:", "# person:", "# version: 2", "# source.title: S", "choice", "quote", "match",
                          "date", "context", ",", ";", "\n", "\r\n", '"', "|", "=", "\\", "{", "}", "~", "#", "::",
                          "->", "$CATEGORY: dates", "// source: x", "####", "T", "#2022", " ", "x", "é"])
TEXTS = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=60).map("".join))


def _either(fn, *args) -> None:
    try:
        fn(*args)
    except BankError as exc:
        assert exc.problems and all(p.message for p in exc.problems)


@SETTINGS
@given(TEXTS)
def test_csv_reader_never_crashes(text):
    _either(parse_csv, text.encode("utf-8", "surrogatepass"), Path("f.csv"))


@SETTINGS
@given(st.lists(st.text(max_size=20), min_size=1, max_size=8))
def test_csv_rows_under_a_full_header_never_crash(cells):
    text = "# source.title: S\n" + ",".join(COLUMNS) + "\n" + ",".join(f'"{c}"'.replace('"', '""')[1:-1]
                                                                   for c in cells) + "\n"
    _either(parse_csv, text.encode("utf-8", "surrogatepass"), Path("f.csv"))


@SETTINGS
@given(TEXTS)
def test_gift_reader_never_crashes(text):
    _either(parse_gift, text, Path("f.gift"))
