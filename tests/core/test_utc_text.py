"""One reader and one writer of UTC text: stored naive text is UTC, ISO text with an offset is converted."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from studyapp.core.utc_text import parse_utc, utc_text

UTC = timezone.utc


def test_stored_text_round_trips_as_utc():
    moment = datetime(2022, 1, 21, 12, 0, 5, 120, tzinfo=UTC)
    assert utc_text(moment) == "2022-01-21 12:00:05.000120"
    assert parse_utc(utc_text(moment)) == moment and parse_utc(utc_text(moment)).tzinfo is UTC


def test_text_without_an_offset_is_utc_never_the_computers_zone():
    assert parse_utc("2022-01-21 23:30:00.000000") == datetime(2022, 1, 21, 23, 30, tzinfo=UTC)


def test_text_with_an_offset_is_converted_to_utc():
    parsed = parse_utc("2022-01-22T01:30:00+02:00")
    assert parsed == datetime(2022, 1, 21, 23, 30, tzinfo=UTC) and parsed.utcoffset() == timedelta(0)


def test_nothing_stays_nothing():
    assert parse_utc(None) is None and parse_utc("") is None


def test_a_moment_in_another_zone_is_stored_as_utc_and_a_naive_one_refused():
    paris = timezone(timedelta(hours=1))
    assert utc_text(datetime(2022, 1, 21, 13, 0, tzinfo=paris)) == "2022-01-21 12:00:00.000000"
    with pytest.raises(ValueError, match="UTC datetimes only"):
        utc_text(datetime(2022, 1, 21, 12, 0))


def test_a_stored_time_that_is_not_a_date_is_damage_with_what_to_do():
    """Issue 16 point 13: a bad time in the middle of the review log (the open check reads only the earliest
    and latest) reached `report` as a ValueError and ended in 'an unexpected error'."""
    from studyapp.errors import DatabaseCorruptError

    with pytest.raises(DatabaseCorruptError, match="not a date .*restore a backup"):
        parse_utc("2026-12-01 01:61:00")
