"""Hostile structure and odd files through every reader: a BankError with a message, never a crash or a hang.

Joins test_fuzz.py (random text) and test_fuzz_readers.py (random bytes and edits): here the input is
deep nesting, long dotted keys, many tables, and files that are not regular files at all.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studyapp.core.loader import MAX_BANK_BYTES, parse_bank
from studyapp.errors import BankError
from studyapp.exchange.registry import read_bank

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
READERS = (".toml", ".csv", ".gift")


def _refused(fn) -> BankError:
    with pytest.raises(BankError) as exc:
        fn()
    assert exc.value.problems and all(p.message for p in exc.value.problems)
    return exc.value


# Nesting: arrays and inline tables, opened to a random depth (up to far past any recursion limit).
OPENERS = st.lists(st.sampled_from(["[", "{a = ", "[{b = [", "[ [", "{ c.d = "]), min_size=1, max_size=3000)


@FUZZ
@given(OPENERS, st.booleans())
def test_any_nesting_depth_is_a_bank_error(openers, closed):
    closers = "".join({"[": "]", "{a = ": "}", "[{b = [": "]}]", "[ [": "] ]", "{ c.d = ": "}"}[o]
                      for o in reversed(openers))
    text = "x = " + "".join(openers) + ("1" + closers if closed else "")
    _refused(lambda: parse_bank(text.encode(), Path("b.toml")))


@FUZZ
@given(st.integers(1, 50_000), st.sampled_from(["a", '"a"', "'a'", "a-b_1"]), st.sampled_from([".", " . "]),
       st.sampled_from(["{} = 1", "[{}]", "[[{}]]", "x = {{ {} = 1 }}"]))
def test_any_dotted_key_length_is_a_bank_error(parts, part, dot, form):
    key = dot.join([part] * parts)
    _refused(lambda: parse_bank(form.format(key).encode(), Path("b.toml")))


@FUZZ
@given(st.integers(1, 3_000), st.sampled_from(["[t{}]\nx = 1\n", "[[t{}]]\n", "t{}.a.b = 1\n", "[bank.t{}]\n"]))
def test_many_unknown_tables_are_each_reported_once(n, form):
    text = "".join(form.format(i) for i in range(n))
    error = _refused(lambda: parse_bank(text.encode(), Path("b.toml")))
    assert len(error.problems) == len(set(error.problems))


def _special(kind: str, folder: Path, name: str) -> Path:
    path = folder / name
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    elif kind == "folder":
        path.mkdir()
    elif kind == "dangling":
        path.symlink_to(folder / "nowhere")
    elif kind == "loop":
        path.symlink_to(path)
    elif kind == "huge":
        with path.open("wb") as fh:
            fh.truncate(MAX_BANK_BYTES * 50)  # sparse: 100 MB that stat reports honestly
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "docx":
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("word/document.xml", "<w/>")
    elif kind == "pdf":
        path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    return path


SPECIALS = ["fifo", "dev-zero", "folder", "dangling", "loop", "huge", "empty", "docx", "pdf"]


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not os.path.exists("/dev/zero"), reason="POSIX special files")
@pytest.mark.parametrize("suffix", READERS)
@pytest.mark.parametrize("kind", SPECIALS)
def test_special_files_through_every_reader(tmp_path, kind, suffix):
    path = _special(kind, tmp_path, "bank" + suffix)
    error = _refused(lambda: read_bank(path))  # a FIFO or /dev/zero used to hang here
    assert str(path) in str(error)


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not os.path.exists("/dev/zero"), reason="POSIX special files")
def test_a_folder_of_special_files_imports_nothing_and_says_why(tmp_path, data_dir, now):
    from studyapp.exchange.importing import import_path
    from studyapp.paths import AppDirs
    from studyapp.storage.progress import open_progress

    folder = tmp_path / "in"
    folder.mkdir()
    secret = tmp_path / "secret.toml"
    secret.write_text("[bank]\nid = 'SECRET-VALUE'\n", encoding="utf-8")
    (folder / "link.toml").symlink_to(secret)
    for i, kind in enumerate(SPECIALS):
        _special(kind, folder, f"{i}-{kind}{READERS[i % 3]}")
    with open_progress(AppDirs.under(data_dir), now, bundled=[]) as progress:
        outcomes = import_path(progress, folder, now)
        assert progress.banks() == []
    assert outcomes and all(not o.ok and o.error for o in outcomes)
    assert not any("SECRET" in o.error for o in outcomes)
