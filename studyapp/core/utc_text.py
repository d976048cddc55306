"""UTC datetimes as text and back: one writer and one reader for every place that stores a moment.

The progress file keeps a moment as fixed-width naive UTC text ("2022-01-21 12:00:00.000000"), so
it sorts as text and a range query needs no function call; card states exported as JSON carry an
offset ("2022-01-21T12:00:00+00:00"). `parse_utc` reads both: text without an offset is UTC (never
the computer's zone), text with one is converted. `datetime.fromisoformat` is C-fast, unlike strptime,
which matters when statistics read 100,000 reviews.
"""

from __future__ import annotations

from datetime import datetime, timezone

from studyapp.errors import StoredTimeError

UTC = timezone.utc


def parse_utc(text: str | None) -> datetime | None:
    """An aware UTC datetime from stored or ISO text; None (or empty text) stays None."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except (ValueError, TypeError):
        raise StoredTimeError(
            f"the progress file holds a time that is not a date ({str(text)[:40]!r}), so it is damaged: "
            "run `studyapp check`, then restore a backup (`studyapp restore --latest`, or File → Backups… "
            "in the app)") from None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def utc_text(moment: datetime) -> str:
    """The stored form of an aware datetime; a naive one is refused so no local time leaks in."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: studyapp stores UTC datetimes only")
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


__all__ = ["UTC", "parse_utc", "utc_text"]
