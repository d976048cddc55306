"""One student, two computers: after syncing both hold the same reviews and the same card states."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from studyapp.core.loader import load_bank
from studyapp.hub.credentials import HubCredentials
from studyapp.hub.teacher import add_student, init_hub, publish
from tests.hub.helpers import GENEVA, cards, cli, local_reviews, study

T0 = datetime(2022, 1, 21, 9, 0, tzinfo=timezone.utc)


def test_two_devices_of_one_student_converge(hub_class, tmp_path, capsys):
    url, _ = hub_class
    teacher = HubCredentials.from_url(url, "teacher")
    init_hub(teacher)
    publish(teacher, load_bank(GENEVA))
    code = add_student(teacher, "Ada").join_code()
    laptop, desktop = tmp_path / "laptop", tmp_path / "desktop"
    for folder in (laptop, desktop):
        assert cli(capsys, "class", "join", code, "--data-dir", str(folder))[0] == 0

    # Apart, both study; new cards come in bank order, so the first questions are studied on both
    # (their logs interleave and are replayed), and the laptop's fuzzed intervals must survive as is.
    study(laptop, T0, [3, 3, 1, 3, 4, 3, 2], seed=1, fuzz=True)
    study(desktop, T0 + timedelta(minutes=30), [1, 3, 3], seed=2)
    study(laptop, T0 + timedelta(hours=2), [3, 3, 3], seed=3, fuzz=True)
    for folder in (laptop, desktop, laptop):
        code_, out, err = cli(capsys, "class", "sync", "--data-dir", str(folder))
        assert code_ == 0, err
    assert "received 3 from your other devices" in out
    assert local_reviews(laptop) == local_reviews(desktop)
    assert len(local_reviews(laptop)) == 13
    assert cards(laptop) == cards(desktop)

    # Studying goes on from the merged state on either device, and they stay in step.
    study(desktop, T0 + timedelta(days=3), [3, 3], seed=4)
    for folder in (desktop, laptop):
        assert cli(capsys, "class", "sync", "--data-dir", str(folder))[0] == 0
    assert local_reviews(laptop) == local_reviews(desktop)
    assert cards(laptop) == cards(desktop)
