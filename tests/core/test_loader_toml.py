"""The loader's TOML reader (rtoml, with tomllib for errors and TOML 1.1): a bank reads exactly
as tomllib reads it, and a bad one gets tomllib's message on its line."""

from __future__ import annotations

import math
import tomllib
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from studyapp.core.loader import read_toml, validate_paths

BAD = Path(__file__).resolve().parent.parent / "data" / "banks" / "bad"


def _same(a, b) -> bool:
    """Equal values of the same types, keys in the same order (NaN equal to NaN)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return a == b and repr(a) == repr(b)


def _bank_with(tmp_path: Path, old: str, new: str) -> Path:
    text = (BAD / "good.toml").read_text(encoding="utf-8")
    assert old in text
    (tmp_path / "sources").mkdir(exist_ok=True)
    (tmp_path / "sources" / "mini.txt").write_bytes((BAD / "sources" / "mini.txt").read_bytes())
    path = tmp_path / "bank.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_the_valid_banks_read_as_tomllib_reads_them():
    root = Path(__file__).resolve().parents[2]
    files = [*root.glob("questions/*.toml"), *(root / "tests" / "data").rglob("*.toml")]
    assert len(files) > 10
    for path in files:
        text = path.read_bytes().decode("utf-8", errors="replace").removeprefix("\ufeff")
        try:
            expected = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            with pytest.raises(tomllib.TOMLDecodeError) as got:
                read_toml(text)
            assert str(got.value) == str(exc), path
        else:
            assert _same(read_toml(text), expected), path


# What TOML 1.1 adds and TOML 1.0 (so tomllib, and editors' checkers) refuses: a bank using it
# stays refused, with tomllib's words, on the line where it is.
@pytest.mark.parametrize("new, message", [
    ('explanation = "The mayor promised the bridge.\\e"', "Unescaped '\\' in a string"),
    ('explanation = "The mayor promised the bridge.\\x41"', "Unescaped '\\' in a string"),
    ('explanation = "The mayor promised the bridge."\nextra = { a = 1,\n b = 2 }', "Invalid initial character for a key part"),
    ('explanation = "The mayor promised the bridge."\nextra = { a = 1, }', "Invalid initial character for a key part"),
    ('explanation = "The mayor promised the bridge."\nextra = 07:32', "Expected newline or end of document after a statement"),
])
def test_toml_1_1_additions_are_refused_as_before(tmp_path, new, message):
    path = _bank_with(tmp_path, 'explanation = "The mayor promised the bridge."', new)
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if any(mark in text for mark in ("\\e", "\\x", "{", "07:32")))
    assert [str(p) for p in validate_paths([path])] == [f"{path}:{line}: toml: {message}; check the TOML syntax"]


@pytest.mark.parametrize("old, new, expected", [
    ('title = "A bank with one mistake"', 'title = "A bank with one mistake', "4: toml: Illegal character '\\n'"),
    ('version = 1', 'version = 1\nversion = 2', "4: toml: Cannot overwrite a value"),
    ('[bank.source]', '[bank.source]\n[bank.source]', "7: toml: Cannot declare ('bank', 'source') twice"),
    ('version = 1', 'version = 1\x7f', "3: toml: Expected newline or end of document after a statement"),
])
def test_syntax_errors_keep_tomllibs_words_and_line(tmp_path, old, new, expected):
    path = _bank_with(tmp_path, old, new)
    problems = [str(p) for p in validate_paths([path])]
    assert problems == [f"{path}:{expected}; check the TOML syntax"]


keys = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=6)
scalars = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20),
    st.integers(min_value=-(2**63), max_value=2**63 - 1), st.booleans(), st.floats(), st.dates(),
    st.times(), st.datetimes(), st.datetimes(timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=-5))])),
)
documents = st.dictionaries(keys, st.recursive(scalars, lambda c: st.lists(c, max_size=3)
                                               | st.dictionaries(keys, c, max_size=3), max_leaves=10), max_size=5)


@settings(max_examples=300, deadline=None)
@given(documents, st.booleans())
def test_any_document_reads_as_tomllib_reads_it(doc, multiline):
    text = tomli_w.dumps(doc, multiline_strings=multiline)
    assert _same(read_toml(text), tomllib.loads(text))


def test_dates_keep_their_types():
    raw = read_toml('a = 2022-01-21\n[b]\nc = "at 10:30"\n')
    assert raw == {"a": date(2022, 1, 21), "b": {"c": "at 10:30"}} and type(raw["a"]) is date
    assert read_toml("a = 2022-01-21T10:30:00+01:00")["a"] == datetime(2022, 1, 21, 9, 30, tzinfo=timezone.utc)
    assert read_toml("a = 10:30:00")["a"] == time(10, 30)


def _may_use_toml_1_1_by_full_searches(text: str) -> bool:
    """The look-out as it was before each search was guarded by its first character (the same answers)."""
    import re

    from studyapp.core.loader import _CLOCK, _value_start

    if "\\e" in text or "\\x" in text:
        return True
    if any(_value_start(text, m.start()) for m in re.finditer(r"\{(?!\{)", text)):
        return True
    for m in _CLOCK.finditer(text):
        hours = m.start() - 2
        if hours >= 0 and text[hours:m.start()].isdigit() and (
                text[hours - 1:hours] in ("T", "t") or _value_start(text, hours, also_after_digit=True)):
            return True
    return False


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('\\exX{}:= [],#"Tt 0123456789\né')), max_size=60))
def test_the_toml_1_1_look_out_answers_as_with_full_searches(text):
    from studyapp.core.loader import _may_use_toml_1_1

    assert _may_use_toml_1_1(text) == _may_use_toml_1_1_by_full_searches(text)
