"""Every bank reader takes hostile bytes: only BankError escapes, and memory stays bounded.

TOML is fuzzed in tests/core/test_loader.py; here the CSV and GIFT readers get random bytes,
random text in their own syntax, and valid files with random edits.
"""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studyapp.core.loader import load_bank
from studyapp.errors import BankError
from studyapp.exchange.csv_format import bank_to_csv, parse_csv
from studyapp.exchange.gift_format import bank_to_gift, parse_gift

MEMORY_LIMIT = 64 * 1024 * 1024
FUZZ = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
slowest = {"csv": 0.0, "gift": 0.0}


def survive(kind: str, fn) -> None:
    """Run one reader call: a BankError or a bank are fine; anything else fails the test."""
    tracemalloc.start()
    start = time.perf_counter()
    try:
        fn()
    except BankError:
        pass
    finally:
        slowest[kind] = max(slowest[kind], time.perf_counter() - start)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak < MEMORY_LIMIT, f"{kind} reader used {peak:,} bytes"


@pytest.fixture(scope="module")
def samples(mini_bank_path_module) -> dict[str, str]:
    bank = load_bank(mini_bank_path_module).bank
    return {"csv": bank_to_csv(bank), "gift": bank_to_gift(bank)[0]}


@pytest.fixture(scope="module")
def mini_bank_path_module():
    from tests.conftest import MINI

    return MINI


def mutate(text: str, edits: list[tuple[int, int, str]]) -> str:
    for pos, cut, insert in edits:
        pos %= len(text) + 1
        text = text[:pos] + insert + text[pos + cut:]
    return text


EDITS = st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 40),
                           st.text(st.sampled_from(list(',;\t"\n\r{}=~#:\\|[]%-> abc1') + ["\x00", "ü", "\ufeff"]),
                                   max_size=12)), min_size=1, max_size=8)
CSV_TEXT = st.text(st.sampled_from(list('id,type,topic,prompt,answer,choices,"\n;|# :x1') + ["\t", "\r"]), max_size=600)
GIFT_TEXT = st.lists(st.sampled_from(["::", "{", "}", "=", "~", "#", "%50%", "->", " ", "\n", "\n\n", "\\", "//",
                                      "TRUE", "F", "[html]", "abc", "12", ":", ".", "$CATEGORY: ", "\\{", "####"]),
                     max_size=150).map("".join)


@FUZZ
@given(st.binary(max_size=3000))
def test_csv_random_bytes(tmp_path, data):
    survive("csv", lambda: parse_csv(data, tmp_path / "x.csv"))


@FUZZ
@given(CSV_TEXT)
def test_csv_random_text_in_its_syntax(tmp_path, text):
    survive("csv", lambda: parse_csv(text.encode(), tmp_path / "x.csv"))


@FUZZ
@given(EDITS)
def test_csv_valid_file_with_random_edits(tmp_path, samples, edits):
    survive("csv", lambda: parse_csv(mutate(samples["csv"], edits).encode("utf-8", "surrogatepass"),
                                     tmp_path / "x.csv"))


@FUZZ
@given(st.text(max_size=3000))
def test_gift_random_text(tmp_path, text):
    survive("gift", lambda: parse_gift(text, tmp_path / "x.gift"))


@FUZZ
@given(GIFT_TEXT)
def test_gift_random_text_in_its_syntax(tmp_path, text):
    survive("gift", lambda: parse_gift(text, tmp_path / "x.gift"))


@FUZZ
@given(EDITS)
def test_gift_valid_file_with_random_edits(tmp_path, samples, edits):
    survive("gift", lambda: parse_gift(mutate(samples["gift"], edits), tmp_path / "x.gift"))


def test_huge_inputs_are_refused_by_size(tmp_path):
    from studyapp.exchange.registry import read_bank

    for suffix in (".csv", ".gift"):
        path = tmp_path / f"huge{suffix}"
        path.write_bytes(b"a," * (3 * 1024 * 1024))
        with pytest.raises(BankError, match="at most"):
            read_bank(path)
    print(f"\nslowest reader call: csv {slowest['csv'] * 1000:.1f} ms, gift {slowest['gift'] * 1000:.1f} ms")
