"""`studyapp stats --json` carries the statistics page's figures."""

from __future__ import annotations

import json
from datetime import timedelta

from studyapp.cli import main
from studyapp.paths import AppDirs
from studyapp.storage.progress import open_progress
from tests.insight.conftest import answer


def test_stats_json_has_the_insight_figures(data_dir, now, mini_bank_path, capsys):
    assert main(["--data-dir", str(data_dir), "import", str(mini_bank_path)]) == 0
    with open_progress(AppDirs.under(data_dir), now, bundled=[]) as progress:
        answer(progress, "q-quote", 3, now - timedelta(hours=1), duration_ms=5000)
        answer(progress, "q-date", 1, now - timedelta(minutes=30), duration_ms=7000)
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
