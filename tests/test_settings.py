"""Typed settings: defaults, a TOML round trip, and clear messages for bad files."""

from __future__ import annotations

from datetime import timedelta

import pytest

from studyapp.errors import SettingsError
from studyapp.paths import AppDirs
from studyapp.settings import Settings, load, save


def test_defaults_follow_the_issue():
    s = Settings()
    assert s.learning_steps == (timedelta(minutes=1), timedelta(minutes=10))
    assert s.relearning_steps == (timedelta(minutes=10),)
    assert (s.new_per_day, s.desired_retention, s.day_starts_at_hour, s.theme) == (20, 0.9, 4, "system")


def test_missing_file_gives_defaults(data_dir):
    assert load(AppDirs.under(data_dir).settings_file) == Settings()


def test_round_trip(data_dir):
    path = AppDirs.under(data_dir).settings_file
    s = Settings().with_changes(new_per_day=35, theme="dark", window_geometry="AdnQywAD", learning_steps_minutes=[2])
    save(s, path)
    assert path.read_text(encoding="utf-8").count("new_per_day = 35") == 1
    assert load(path) == s
    assert not list(path.parent.glob(".settings-*"))  # no temp file left behind


def test_bad_value_names_the_field(data_dir):
    path = data_dir / "settings.toml"
    path.write_text("desired_retention = 1.5\ntheme = 'pink'\n", encoding="utf-8")
    with pytest.raises(SettingsError) as exc:
        load(path)
    msg = str(exc.value)
    assert f"{path}: desired_retention" in msg and f"{path}: theme" in msg


def test_bad_toml_names_the_line(data_dir):
    path = data_dir / "settings.toml"
    path.write_text("new_per_day = 20\ntheme = \n", encoding="utf-8")
    with pytest.raises(SettingsError, match=rf"{path}:2: "):
        load(path)


def test_unknown_keys_from_a_newer_version_are_ignored(data_dir):
    path = data_dir / "settings.toml"
    path.write_text("new_per_day = 7\nsome_future_option = true\n", encoding="utf-8")
    assert load(path).new_per_day == 7


def test_with_changes_validates():
    with pytest.raises(SettingsError, match="learning_steps_minutes"):
        Settings().with_changes(learning_steps_minutes=[])


def test_timezone_is_checked():
    assert Settings().tzinfo is None
    assert str(Settings(timezone="Europe/Paris").tzinfo) == "Europe/Paris"
    with pytest.raises(SettingsError, match="unknown time zone 'Mars/Olympus'"):
        Settings().with_changes(timezone="Mars/Olympus")


def test_personal_parameters_survive_a_save(tmp_path):
    import fsrs.scheduler

    params = [round(x, 4) for x in fsrs.scheduler.DEFAULT_PARAMETERS]
    path = tmp_path / "settings.toml"
    Settings(fsrs_parameters=params).save(path)
    assert Settings.load(path).fsrs_parameters == params
