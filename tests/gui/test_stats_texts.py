"""The statistics page's question texts come from the installed banks' shelf, as every reader's do."""

from __future__ import annotations

import os
from datetime import timedelta, timezone

from studyapp.core.loader import load_bank
from studyapp.gui.stats_view import stats_loader
from tests.helpers.reviews import answer_timed


def test_the_most_failed_question_is_shown_from_the_bank_cache_without_parsing_its_file(mini_progress, now,
                                                                                        mini_bank_path):
    for d in range(3):
        answer_timed(mini_progress, "q-date", 1, now - timedelta(days=d, hours=1))
    [installed] = mini_progress.banks()
    stored = installed.stored_path
    stat = stored.stat()
    stored.write_bytes(b"#" * stat.st_size)  # not a bank any more; same size and time, so its cache holds
    os.utime(stored, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    data = stats_loader(mini_progress, 4, timezone.utc, lambda: now)()
    source = load_bank(mini_bank_path).bank.question("q-date").source
    assert data.texts[("mini", "q-date")].source == source
