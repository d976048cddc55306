"""UTC datetimes as text and back: one writer and one reader for every place that stores a moment.

The progress file keeps a moment as fixed-width naive UTC text ("2022-01-21 12:00:00.000000"), so
it sorts as text and a range query needs no function call; card states exported as JSON carry an
offset ("2022-01-21T12:00:00+00:00"). `parse_utc` reads both: text without an offset is UTC (never
the computer's zone), text with one is converted. `datetime.fromisoformat` is C-fast, unlike strptime,
which matters when statistics read 100,000 reviews.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from studyapp.errors import StoredTimeError

UTC = timezone.utc
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MS = timedelta(milliseconds=1)


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


def utc_ms(moment: datetime) -> int:
    """Milliseconds since 1970 UTC (floored), the review log's stored form of a moment: 6 bytes in a row
    where the text took 27, and still a number that sorts and compares as time."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: studyapp stores UTC datetimes only")
    return (moment - EPOCH) // _MS


def parse_ms(value: int | None) -> datetime | None:
    """The aware UTC datetime of a stored millisecond count; None stays None. A value that is not a
    whole number of milliseconds the calendar can hold is damage, said as `parse_utc` says it."""
    if value is None:
        return None
    try:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(value)
        return EPOCH + value * _MS
    except (TypeError, OverflowError):
        raise StoredTimeError(
            f"the progress file holds a time that is not a date ({str(value)[:40]!r}), so it is damaged: "
            "run `studyapp check`, then restore a backup (`studyapp restore --latest`, or File → Backups… "
            "in the app)") from None


__all__ = ["UTC", "parse_ms", "parse_utc", "utc_ms", "utc_text"]
