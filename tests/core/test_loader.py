"""Validation: each bad bank under tests/data/banks/bad gets its one exact line; nothing half-loads."""

from __future__ import annotations

import os
import shutil
import time
import tomllib
import zipfile
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studyapp.core.loader import MAX_BANK_BYTES, inside_folder, load_bank, parse_bank, validate_paths
from studyapp.errors import BankError

BAD = Path(__file__).resolve().parent.parent / "data" / "banks" / "bad"

EXPECTED = {
    "syntax": "4: toml: Illegal character '\\n'; check the TOML syntax",
    "unknown-field": "36: questions[1].hint: unknown field; check its spelling against questions/README.md",
    "missing-field": "18: questions[0].explanation: required field is missing",
    "wrong-type": "3: bank.version: Input should be a valid integer, unable to parse string as an integer",
    "duplicate-id": "38: questions[2].id: duplicate question id 'q-choice'",
    "unknown-speaker": "23: questions[0].speaker: 'Alice Smyth' is not among the [[people]]; add them or fix the name",
    "source-not-in-article": "43: questions[2].source: question 'q-order': the source is not a verbatim excerpt of sources/mini.txt",
    "answer-not-in-choices": "32: questions[1].answer: 'Major' is not among the choices",
    "order-duplicates": "42: questions[2].items: items repeat 'The council met'; an order needs distinct items",
    "match-unpaired": "51: questions[3].pairs: pair 2 is ['The plan costs too much']: every item needs exactly one partner, as [left, right]",
    "source-outside-folder": "8: bank.source.file: '../../../../../etc/passwd' leaves the bank's folder; keep the article beside the bank",
    "unknown-type": "39: questions[2].type: unknown question type 'ordering'; use one of quote, choice, typed, date, order, match, flash",
    "not-utf8": "24: file: is not UTF-8 text; save it as UTF-8",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_bad_bank_gets_its_one_line(name):
    path = BAD / f"{name}.toml"
    problems = validate_paths([path])
    assert [str(p) for p in problems] == [f"{path}:{EXPECTED[name]}"]


def test_the_base_of_the_bad_banks_is_valid():
    """Guards the table above: each bad bank differs from a valid one by one mistake."""
    assert validate_paths([BAD / "good.toml"]) == []


def test_every_bad_bank_file_is_covered():
    files = {p.stem for p in BAD.glob("*.toml")} - {"good"}
    assert files == set(EXPECTED)


def test_file_over_the_size_limit(tmp_path):
    path = tmp_path / "huge.toml"
    path.write_bytes(b"# padding\n" * (MAX_BANK_BYTES // 10 + 1))
    problems = validate_paths([path])
    assert [str(p) for p in problems] == [
        f"{path}: file: is {path.stat().st_size:,} bytes; a bank may be at most {MAX_BANK_BYTES:,} bytes"
    ]


def test_missing_file_and_folder(tmp_path):
    assert [str(p) for p in validate_paths([tmp_path / "x.toml"])] == [f"{tmp_path / 'x.toml'}: file: no such file; check the path"]
    assert [str(p) for p in validate_paths([tmp_path])] == [f"{tmp_path}: file: is a folder, not a bank file"]


def test_several_problems_are_all_reported(tmp_path):
    text = (BAD / "good.toml").read_text(encoding="utf-8")
    text = text.replace('answer = "Mayor"', 'answer = "Major"').replace('version = 1', 'version = 0')
    path = tmp_path / "two.toml"
    path.write_text(text, encoding="utf-8")
    lines = [str(p) for p in validate_paths([path])]
    assert lines == [
        f"{path}:3: bank.version: Input should be greater than or equal to 1",
        f"{path}:32: questions[1].answer: 'Major' is not among the choices",
    ]


def test_symlinked_article_leaving_the_folder_is_refused(tmp_path):
    shutil.copy(BAD / "good.toml", tmp_path / "b.toml")
    (tmp_path / "sources").mkdir()
    outside = tmp_path.parent / "outside.txt"
    outside.write_text("secret", encoding="utf-8")
    (tmp_path / "sources" / "mini.txt").symlink_to(outside)
    with pytest.raises(BankError) as exc:
        load_bank(tmp_path / "b.toml")
    assert "leaves the bank's folder" in str(exc.value)


@pytest.mark.parametrize("rel", ["../x.txt", "/etc/passwd", "C:\\x.txt", "a/../../x", "CON", "sub/nul.txt", "~/x", ""])
def test_paths_that_leave_the_folder(tmp_path, rel):
    assert inside_folder(tmp_path, rel) is None


def test_a_path_inside_the_folder(tmp_path):
    assert inside_folder(tmp_path, "sources/a.txt") == (tmp_path / "sources" / "a.txt").resolve()


def test_good_bank_loads_whole(mini_bank_path):
    loaded = load_bank(mini_bank_path)
    assert loaded.id == "mini"
    assert len(loaded.bank.questions) == 8
    assert "council met" in loaded.article


def _raw_good() -> dict:
    return tomllib.loads((BAD / "good.toml").read_text(encoding="utf-8"))


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_raise_only_bank_errors(tmp_path, data):
    try:
        parse_bank(data, tmp_path / "fuzz.toml")
    except BankError as exc:
        assert exc.problems and all(str(p).startswith(str(tmp_path / "fuzz.toml")) for p in exc.problems)


toml_scalars = st.one_of(st.text(max_size=30), st.integers(), st.booleans(), st.floats(allow_nan=False), st.dates())
toml_values = st.recursive(toml_scalars, lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c, max_size=4),
                           max_leaves=12)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(path=st.lists(st.sampled_from(["bank", "source", "questions", 0, 1, "people", "id", "type", "pairs", "items",
                                      "answer", "choices", "file", "speaker"]), min_size=1, max_size=3),
       value=toml_values)
def test_arbitrary_toml_raises_only_bank_errors(tmp_path, path, value):
    """Mutate one place of a valid bank to an arbitrary TOML value."""
    raw = _raw_good()
    node = raw
    for key in path[:-1]:
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and isinstance(key, int) and key < len(node):
            node = node[key]
        else:
            break
    last = path[-1]
    if isinstance(node, dict):
        node[str(last)] = value
    elif isinstance(node, list) and isinstance(last, int) and last < len(node):
        node[last] = value
    try:
        data = tomli_w.dumps(raw).encode("utf-8")
    except (TypeError, ValueError):
        return
    (tmp_path / "sources").mkdir(exist_ok=True)
    shutil.copy(BAD / "sources" / "mini.txt", tmp_path / "sources" / "mini.txt")
    try:
        loaded = parse_bank(data, tmp_path / "fuzz.toml")
    except BankError as exc:
        assert exc.problems
    else:
        assert loaded.bank.questions


# -- odd files and hostile structure (issue 16, points 5 and 11) -------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_named_bank_toml_is_refused_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "bank.toml")
    assert [str(p) for p in validate_paths([tmp_path / "bank.toml"])] == [
        f"{tmp_path / 'bank.toml'}: file: is a pipe (FIFO), not a regular file; give a text file"]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_symlink_to_dev_zero_is_refused_not_read_forever(tmp_path):
    (tmp_path / "bank.toml").symlink_to("/dev/zero")
    assert [p.message for p in validate_paths([tmp_path / "bank.toml"])] == [
        "is a device, not a regular file; give a text file"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_an_article_that_is_a_fifo_is_refused(tmp_path):
    shutil.copy(BAD / "good.toml", tmp_path / "b.toml")
    (tmp_path / "sources").mkdir()
    os.mkfifo(tmp_path / "sources" / "mini.txt")
    [problem] = validate_paths([tmp_path / "b.toml"])
    assert problem.field == "bank.source.file" and "is a pipe (FIFO)" in problem.message


def test_a_6000_character_source_file_gets_a_message(tmp_path):
    text = (BAD / "good.toml").read_text(encoding="utf-8").replace('"sources/mini.txt"', '"' + "a" * 6000 + '"')
    (tmp_path / "b.toml").write_text(text, encoding="utf-8")
    [problem] = validate_paths([tmp_path / "b.toml"])
    assert problem.field == "bank.source.file" and problem.message == (
        "is 6,000 characters long; a file name may be at most 1,024")


def _docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return path


def test_a_word_file_as_bank_or_article_is_named_with_how_to_save_text(tmp_path):
    bank = _docx(tmp_path / "bank.toml")
    [problem] = validate_paths([bank])
    assert problem.message == ("is a Word document (.docx), not plain text; open it in your word processor or "
                               "spreadsheet and choose File › Save As › Plain Text (.txt), encoding UTF-8")
    shutil.copy(BAD / "good.toml", tmp_path / "b.toml")
    (tmp_path / "sources").mkdir()
    _docx(tmp_path / "sources" / "mini.txt")
    [problem] = validate_paths([tmp_path / "b.toml"])
    assert "'sources/mini.txt' is a Word document (.docx)" in problem.message


@pytest.mark.parametrize("value", ["[" * 5000 + "]" * 5000, "{a=" * 3000 + "1" + "}" * 3000,
                                   "[" * 40 + "]" * 40])
def test_deep_nesting_is_a_message_not_a_recursion_error(tmp_path, value):
    with pytest.raises(BankError) as exc:
        parse_bank(f"x = {value}\n".encode(), tmp_path / "b.toml")
    [problem] = exc.value.problems
    assert problem.field == "toml" and "nested" in problem.message


def test_a_huge_dotted_key_is_refused_before_parsing(tmp_path):
    data = ("a" + ".a" * 200_000 + " = 1\n").encode()  # tomllib spends minutes on this (quadratic in parts)
    with pytest.raises(BankError) as exc:
        parse_bank(data, tmp_path / "b.toml")
    assert [str(p) for p in exc.value.problems] == [
        f"{tmp_path / 'b.toml'}:1: toml: a dotted key has more than 32 parts; a bank's keys have at most 3 "
        "(like bank.source.title)"]


def test_many_unknown_tables_are_each_reported_once_at_their_line(tmp_path):
    good = (BAD / "good.toml").read_text(encoding="utf-8").replace('file = "sources/mini.txt"\n', "")
    n = 6_000
    text = good + "".join(f"[junk{i}]\nx = 1\n" for i in range(n))  # ~80 KB; took 24-50 s (a rescan per problem)
    start = time.perf_counter()
    with pytest.raises(BankError) as exc:
        parse_bank(text.encode(), tmp_path / "b.toml")
    print(f"\n{n:,} unknown tables reported in {time.perf_counter() - start:.2f} s")
    first = good.count("\n") + 1
    assert [(p.line, p.field) for p in exc.value.problems] == [(first + 2 * i, f"junk{i}") for i in range(n)]
