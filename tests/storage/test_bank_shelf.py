"""The bank shelf: installed banks read on demand from the cache written at install, with the
bank file (fully validated) as the fallback and the truth."""

from __future__ import annotations

import os
import shutil
import sqlite3

from studyapp.core.loader import load_bank
from studyapp.core.records import CardKey
from studyapp.storage.bank_shelf import CACHE_NAME
from studyapp.storage.database import open_database
from studyapp.storage.progress import Progress

MINI_IDS = ("q-quote", "q-choice", "q-tf", "q-typed", "q-date", "q-order", "q-match", "q-flash")


def stored(progress: Progress):
    [bank] = progress.banks()
    return bank.stored_path


def test_install_writes_a_cache_the_shelf_reads_questions_from(mini_installed, mini_bank_path, dirs):
    expected = load_bank(mini_bank_path).bank
    path = stored(mini_installed)
    assert (path.parent / CACHE_NAME).is_file()
    shelf = mini_installed.bank_shelf()
    assert list(shelf) == ["mini"] and "mini" in shelf and "other" not in shelf and len(shelf) == 1
    assert shelf.question(CardKey("mini", "q-match")) == expected.question("q-match")
    assert shelf.has_question(CardKey("mini", "q-flash")) and not shelf.has_question(CardKey("mini", "nope"))
    assert shelf.question(CardKey("mini", "nope")) is None and shelf.question(CardKey("other", "q-tf")) is None
    header = shelf.header("mini")
    assert header.bank == expected.bank and header.people == expected.people
    assert header.quote_choices(expected.question("q-quote")) == expected.quote_choices(expected.question("q-quote"))
    assert shelf["mini"] == expected and [q.id for q in shelf["mini"].questions] == list(MINI_IDS)
    # The cache, not the bank file, is what was read: a same-size, same-mtime scribble goes unnoticed.
    st = path.stat()
    path.write_bytes(b"#" * st.st_size)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert mini_installed.bank_shelf().question(CardKey("mini", "q-tf")) == expected.question("q-tf")
    assert mini_installed.bank_shelf().problems == []


def test_a_changed_bank_file_outranks_its_cache(mini_installed, mini_bank_path):
    path = stored(mini_installed)
    path.write_text(path.read_text(encoding="utf-8").replace("[[questions]]", "[[questions", 1), encoding="utf-8")
    shelf = mini_installed.bank_shelf()
    assert shelf.question(CardKey("mini", "q-tf")) is None and not shelf.has_question(CardKey("mini", "q-tf"))
    assert shelf.get("mini") is None and "mini" in shelf  # installed, but not loadable
    [problem] = shelf.problems
    assert str(path) in problem


def test_without_a_cache_the_bank_file_is_loaded_and_the_cache_written(mini_installed, mini_bank_path):
    expected = load_bank(mini_bank_path).bank
    cache = stored(mini_installed).parent / CACHE_NAME
    for damage in (lambda: cache.unlink(), lambda: cache.write_text("not json\n", encoding="utf-8")):
        damage()
        shelf = mini_installed.bank_shelf()
        assert shelf.question(CardKey("mini", "q-order")) == expected.question("q-order")
        assert shelf["mini"] == expected and shelf.problems == []
        assert cache.is_file() and cache.read_text(encoding="utf-8") != "not json\n"  # rewritten
    assert mini_installed.bank_shelf().question(CardKey("mini", "q-date")) == expected.question("q-date")


def test_no_cache_is_written_beside_a_bank_kept_outside_the_data_folder(dirs, mini_bank_path, now, tmp_path):
    shutil.copytree(mini_bank_path.parent, tmp_path / "teacher")
    original = tmp_path / "teacher" / mini_bank_path.name
    progress = Progress(open_database(dirs.database, dirs.backups, now))  # no banks folder: no copies
    try:
        progress.install_bank(load_bank(original), now)
        shelf = progress.bank_shelf()
        assert shelf["mini"] == load_bank(original).bank
    finally:
        progress.close()
    assert not (original.parent / CACHE_NAME).exists()


def test_content_hashes_are_the_questions_own(mini_installed, mini_bank_path, dirs):
    conn = sqlite3.connect(dirs.database)
    try:
        stored_hashes = dict(conn.execute("SELECT question_id, content_hash FROM question"))
    finally:
        conn.close()
    assert stored_hashes == {q.id: q.content_hash() for q in load_bank(mini_bank_path).bank.questions}


def test_a_bank_file_with_its_article_and_topics_without_loading(mini_installed, mini_bank_path, now, tmp_path):
    expected = load_bank(mini_bank_path)
    shelf = mini_installed.bank_shelf()
    loaded = shelf.loaded("mini")
    assert loaded.bank == expected.bank and loaded.article == expected.article and loaded.article
    assert shelf.loaded("other") is None
    assert mini_installed.topics() == {"mini": tuple(dict.fromkeys(q.topic for q in expected.bank.questions))}
    mini_installed.remove_bank("mini")
    assert mini_installed.topics() == {}


def test_a_damaged_question_line_sends_the_shelf_back_to_the_bank_file(mini_installed, mini_bank_path):
    expected = load_bank(mini_bank_path).bank
    cache = stored(mini_installed).parent / CACHE_NAME
    lines = cache.read_bytes().split(b"\n")
    lines[3] = b'{"id": "q-tf", "type": "choice", "broken'  # the third question's line
    cache.write_bytes(b"\n".join(lines))
    shelf = mini_installed.bank_shelf()
    assert shelf.question(CardKey("mini", "q-tf")) == expected.question("q-tf")
    assert shelf.problems == [] and shelf["mini"] == expected
    cache.write_bytes(b"\n".join(lines))
    assert mini_installed.bank_shelf()["mini"] == expected  # the whole bank at once, too


def test_question_ids_are_known_exactly_however_often_asked(mini_installed):
    """The ids are kept as one string per bank, a dict of them made once a bank is asked often:
    the answers are the same before and after, and no neighbour, part or join of ids passes."""
    shelf = mini_installed.bank_shelf()
    near_misses = ["q-t", "q-tf-", "tf", "", "q-tf\nq-typed", "\nq-tf", "q-quote\n", "Q-TF"]
    for _ in range(3 * 64):  # past the lookups a bank answers without its dict
        assert all(shelf.has_question(CardKey("mini", qid)) for qid in MINI_IDS)
        assert not any(shelf.has_question(CardKey("mini", qid)) for qid in near_misses)
        assert shelf.question_ids("mini") == list(MINI_IDS)
    assert not shelf.has_question(CardKey("other", "q-tf"))


def test_a_cache_rewritten_after_its_header_was_read_is_not_trusted(mini_installed, mini_bank_path):
    expected = load_bank(mini_bank_path).bank
    cache = stored(mini_installed).parent / CACHE_NAME
    shelf = mini_installed.bank_shelf()
    assert shelf.header("mini").bank.title == expected.bank.title  # the header line is read, the questions not yet
    lines = cache.read_bytes().split(b"\n")
    # Same length, other ids; the typed question's line now where q-tf's was, named q-tf.
    lines[0], lines[3] = lines[0].replace(b'"q-tf"', b'"q-xx"'), lines[4].replace(b'"q-typed"', b'"q-tf"')
    cache.write_bytes(b"\n".join(lines))
    assert shelf.question(CardKey("mini", "q-tf")) == expected.question("q-tf")  # from the bank file
    assert shelf.problems == []


def test_a_cache_whose_ids_hold_a_line_break_is_not_used(mini_installed, mini_bank_path):
    expected = load_bank(mini_bank_path).bank
    cache = stored(mini_installed).parent / CACHE_NAME
    lines = cache.read_bytes().split(b"\n")
    lines[0] = lines[0].replace(b'"q-tf"', b'"q-tf\\nq-typed"')
    cache.write_bytes(b"\n".join(lines))
    shelf = mini_installed.bank_shelf()
    assert shelf.question_ids("mini") == list(MINI_IDS)  # from the bank file
    assert not shelf.has_question(CardKey("mini", "q-tf\nq-typed"))
    assert shelf["mini"] == expected


def test_a_cache_whose_ids_are_not_all_strings_is_not_used(mini_installed, mini_bank_path):
    """Ids that are numbers, nulls or lists (a foreign or hand-edited cache) send the shelf to the bank file."""
    expected = load_bank(mini_bank_path).bank
    cache = stored(mini_installed).parent / CACHE_NAME
    original = cache.read_bytes().split(b"\n")
    for other in (b"7", b"null", b'["q-tf"]', b"true"):
        lines = list(original)
        lines[0] = lines[0].replace(b'"q-tf"', other)
        cache.write_bytes(b"\n".join(lines))
        shelf = mini_installed.bank_shelf()
        assert shelf.question_ids("mini") == list(MINI_IDS), other  # from the bank file
        assert shelf["mini"] == expected
        cache.write_bytes(b"\n".join(original))
    assert mini_installed.bank_shelf().question_ids("mini") == list(MINI_IDS)


def test_a_cache_whose_header_is_not_an_object_or_not_utf8_is_not_used(mini_installed, mini_bank_path):
    """A header line that is other JSON (a list, a string, a number), not UTF-8 or starts with a byte-order
    mark sends the shelf to the bank file, whose cache is then written again and read next time."""
    expected = load_bank(mini_bank_path).bank
    cache = stored(mini_installed).parent / CACHE_NAME
    original = cache.read_bytes()
    body = original.split(b"\n", 1)[1]
    for header in (b"[1, 2]", b'"text"', b"42", b"\xff\xfe{}", b"\xef\xbb\xbf" + original.split(b"\n", 1)[0]):
        cache.write_bytes(header + b"\n" + body)
        shelf = mini_installed.bank_shelf()
        assert shelf.question_ids("mini") == list(MINI_IDS), header  # from the bank file
        assert shelf["mini"] == expected
        assert cache.read_bytes() == original  # written again from the file
