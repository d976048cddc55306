"""`studyapp stats`: real database in a fresh data folder, the bundled banks installed on first use."""

from __future__ import annotations

import json
from datetime import timedelta

from studyapp.cli import main
from studyapp.core.loader import load_bank
from studyapp.core.records import CardKey, ReviewRecord
from studyapp.core.scheduling import Rating, Scheduler
from studyapp.paths import AppDirs, bundled_banks
from studyapp.settings import Settings
from studyapp.storage.progress import open_progress
from tests.helpers.reviews import answer_timed

NOW = "2022-01-21T12:00:00+00:00"


def stats_json(data_dir, capsys, now=NOW) -> dict:
    assert main(["--data-dir", str(data_dir), "stats", "--json", "--now", now]) == 0
    return json.loads(capsys.readouterr().out)


def test_first_use_installs_the_bundled_banks(data_dir, capsys):
    out = stats_json(data_dir, capsys)
    expected = {load_bank(p).id: len(load_bank(p).bank.questions) for p in bundled_banks()}
    assert expected and {b["id"]: b["total"] for b in out["banks"]} == expected
    for b in out["banks"]:
        assert b["new"] == b["total"] and b["reviews_today"] == 0 and b["retention_30d"] is None
    assert out["day_start"] < NOW < out["day_end"]


def test_counts_after_some_study(data_dir, capsys, mini_bank_path, now):
    dirs = AppDirs.under(data_dir)
    Settings(timezone="UTC", day_starts_at_hour=4).save(dirs.settings_file)
    sched = Scheduler(Settings(), fuzz=False)
    with open_progress(dirs, now) as p:
        p.install_bank(load_bank(mini_bank_path), now)

        def rate(qid, rating, at):
            key = CardKey("mini", qid)
            before = p.card_state(key)
            after, _ = sched.review(before, rating, at)
            p.record_review(ReviewRecord(key, at, rating, before, after))
        for qid in ("q-choice", "q-tf", "q-date"):
            rate(qid, Rating.EASY, now - timedelta(days=60))  # 8 days
            rate(qid, Rating.EASY, now - timedelta(days=52))  # weeks: mature
        rate("q-choice", Rating.GOOD, now - timedelta(days=10))
        rate("q-tf", Rating.AGAIN, now - timedelta(days=10))  # a lapse: relearning
        rate("q-quote", Rating.GOOD, now - timedelta(hours=1))  # learning, today
    out = stats_json(data_dir, capsys)
    [mini] = [b for b in out["banks"] if b["id"] == "mini"]
    assert out["day_start"] == "2022-01-21T04:00:00+00:00"
    assert mini == {"id": "mini", "title": "A small bank for tests", "total": 8, "new": 4, "learning": 2,
                    "due_today": 0, "mature": 2, "reviews_today": 1, "retention_30d": 0.5, "reviews_30d": 2,
                    "suspended": 0, "buried": 0, "flagged": 0}
    # The text table names the bank and its retention.
    assert main(["--data-dir", str(data_dir), "stats", "--now", NOW]) == 0
    text = capsys.readouterr().out
    assert "mini" in text and "50% of 2" in text and "due today" in text


def test_a_too_new_database_is_a_message_not_a_traceback(data_dir, capsys):
    import sqlite3

    dirs = AppDirs.under(data_dir)
    db = sqlite3.connect(dirs.database)
    db.execute("PRAGMA user_version = 999")
    db.close()
    assert main(["--data-dir", str(data_dir), "stats"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("studyapp: ") and "needs a newer studyapp" in err and "Traceback" not in err


def test_stats_json_has_the_insight_figures(data_dir, now, mini_bank_path, capsys):
    assert main(["--data-dir", str(data_dir), "import", str(mini_bank_path)]) == 0
    with open_progress(AppDirs.under(data_dir), now, bundled=[]) as progress:
        answer_timed(progress, "q-quote", 3, now - timedelta(hours=1), duration_ms=5000)
        answer_timed(progress, "q-date", 1, now - timedelta(minutes=30), duration_ms=7000)
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "stats", "--json", "--now", now.isoformat()]) == 0
    out = json.loads(capsys.readouterr().out)
    ins = out["insight"]
    assert ins["today"] == {"answered": 2, "right": 1, "time_ms": 12000, "right_share": 0.5}
    assert sum(ins["heatmap"].values()) == 2 and len(ins["forecast"]) == 30
    assert sum(ins["forecast"]) == 2  # both answered questions are in learning, due within the day
    topics = {t["group"]: t for t in ins["by_topic"]}
    assert topics["dates"]["reviews"] == 1 and topics["who-said-what"]["seen"] == 1
    banks = {b["group"]: b for b in ins["by_bank"]}  # the bundled Geneva bank is installed too
    assert (banks["mini"]["questions"], banks["mini"]["new"], banks["mini"]["learning"]) == (8, 6, 2)
    assert ins["most_failed"][0]["question_id"] == "q-date"
    assert ins["states"]["learning"] == 2
    # Summed in SQL (progress.totals), the figures are the ones computed answer by answer.
    dirs = AppDirs.under(data_dir)
    settings = Settings.load(dirs.settings_file)
    with open_progress(dirs, now, bundled=[]) as progress:
        expected = progress.history.load_insight(now, settings.day_starts_at_hour, settings.tzinfo).to_dict()
    for name in ("today", "heatmap", "forecast", "states", "total_reviews", "total_time_ms", "leeches"):
        assert ins[name] == json.loads(json.dumps(expected[name])), name


UNSAFE = ["\x1b", "\x07", "\x9b", "\u202e", "\u2066", "\x85", "\u2028"]
HOSTILE_TITLE = r"Fun \u001b]0;pwned\u0007\u001b[2J quiz \u202eexe.txt \u009b31m \u2066x\u2069 \u0085\u2028"


def _hostile_copy_of_mini(mini_bank_path, folder):
    """mini.toml whose title is ESC, BEL, C1 and bidi characters: bank text no terminal should get."""
    import shutil

    shutil.copytree(mini_bank_path.parent / "sources", folder / "sources")
    text = mini_bank_path.read_text(encoding="utf-8")
    (folder / "mini.toml").write_text(text.replace('title = "A small bank for tests"', f'title = "{HOSTILE_TITLE}"'),
                                      encoding="utf-8")
    return folder / "mini.toml"


def test_stats_and_report_send_no_control_character_from_a_bank_to_the_terminal(
        data_dir, capsys, mini_bank_path, now, tmp_path):
    bank = load_bank(_hostile_copy_of_mini(mini_bank_path, tmp_path))
    with open_progress(AppDirs.under(data_dir), now) as p:
        p.install_bank(bank, now)
    outputs = []
    for command in (["stats", "--json"], ["stats"], ["report", "mini", "--to", str(tmp_path / "r.csv")]):
        assert main(["--data-dir", str(data_dir), *command, "--now", NOW]) == 0
        outputs.append(capsys.readouterr())
    for out in outputs:
        for char in UNSAFE:
            assert char not in out.out + out.err, (char, out)
    [mini] = [b for b in json.loads(outputs[0].out)["banks"] if b["id"] == "mini"]
    assert mini["title"] == bank.bank.bank.title  # the same JSON value, escaped
    assert "mini" in outputs[1].out and outputs[2].out == f"wrote {tmp_path / 'r.csv'}: progress report for mini\n"
