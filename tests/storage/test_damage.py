"""storage.damage: the content checks both the open check and a restore use, on real files."""

from __future__ import annotations

import sqlite3

from studyapp.storage.damage import content_problems


def _file(tmp_path, version: int, tables=("bank", "question", "card", "review"), time="2026-01-02 03:04:05.000000"):
    path = tmp_path / "progress.sqlite3"
    conn = sqlite3.connect(path)
    for t in tables:
        if t == "review":
            conn.execute("CREATE TABLE review (reviewed_at TEXT)")
            conn.execute("INSERT INTO review VALUES (?)", (time,))
        elif t == "card":
            conn.execute("CREATE TABLE card (due TEXT, last_review TEXT)")
        else:
            conn.execute(f"CREATE TABLE {t} (id INTEGER)")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    return path


def test_a_sound_file_has_no_problems(tmp_path):
    assert content_problems(_file(tmp_path, 2), newest_version=4) == []


def test_a_file_newer_than_the_app_gets_no_verdict_but_is_judged_without_a_newest_version(tmp_path):
    path = _file(tmp_path, 9, tables=("bank", "question", "card"))
    assert content_problems(path, newest_version=4) == []  # opening refuses it with its own message
    assert content_problems(path, newest_version=None) == ["the review table is missing"]


def test_a_time_that_is_not_a_date_names_the_value_and_column(tmp_path):
    [problem] = content_problems(_file(tmp_path, 2, time="soon"), newest_version=4)
    assert "'soon'" in problem and "reviewed_at" in problem


def test_an_integer_time_column_holds_milliseconds_and_text_there_is_damage(tmp_path):
    """The review log keeps its times as milliseconds since 1970 from schema v5 on."""
    path = tmp_path / "progress.sqlite3"
    conn = sqlite3.connect(path)
    for t in ("bank", "question"):
        conn.execute(f"CREATE TABLE {t} (id INTEGER)")
    conn.execute("CREATE TABLE card (due VARCHAR, last_review VARCHAR)")
    conn.execute("CREATE TABLE review (reviewed_at INTEGER NOT NULL)")
    conn.execute("INSERT INTO review VALUES (1642766400000)")
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    assert content_problems(path, newest_version=5) == []
    conn.execute("INSERT INTO review VALUES ('0001-01-01 00:00:00.000000')")
    conn.commit()
    conn.close()
    [problem] = content_problems(path, newest_version=5)
    assert "0001-01-01" in problem and "reviewed_at" in problem


def test_each_end_of_each_card_time_column_is_judged_in_order(tmp_path):
    """The card times come from one scan (no index leads with them): still the earliest and the latest
    of each column, the first odd one named, due before last_review."""
    path = _file(tmp_path, 2)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO card VALUES ('2026-01-02 03:04:05.000000', '2026-01-01 03:04:05.000000')")
    conn.commit()
    assert content_problems(path, newest_version=4) == []
    for due, last, odd, column in [("0001-01-01 00:00:00", None, "0001-01-01", "due"),
                                   (None, "yesterday", "yesterday", "last_review"),
                                   ("tomorrow", "0001-01-01 00:00:00", "tomorrow", "due")]:
        conn.execute("INSERT INTO card VALUES (?, ?)", (due, last))
        conn.commit()
        [problem] = content_problems(path, newest_version=4)
        assert f"'{odd}" in problem and f"in {column}," in problem, problem
        conn.execute("DELETE FROM card WHERE rowid = (SELECT max(rowid) FROM card)")
        conn.commit()
    conn.close()


def test_from_schema_v6_the_kept_bank_figures_and_their_triggers_must_be_there(tmp_path, now):
    """A v6 file without `bank_figure`, or without a trigger that keeps it, would show the library figures
    that drift from the answers given: that is damage the open check names."""
    from studyapp.storage.database import SCHEMA_VERSION, open_database

    path = tmp_path / "progress.sqlite3"
    open_database(path, tmp_path / "backups", now).dispose()
    assert content_problems(path, newest_version=SCHEMA_VERSION) == []
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER bank_figure_review_gone")
    conn.commit()
    [problem] = content_problems(path, newest_version=SCHEMA_VERSION)
    assert "bank_figure" in problem and "bank_figure_review_gone" in problem
    conn.execute("DROP TABLE bank_figure")
    conn.commit()
    conn.close()
    assert content_problems(path, newest_version=SCHEMA_VERSION) == ["the bank_figure table is missing"]
