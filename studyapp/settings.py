"""Typed user settings, kept as TOML in `AppDirs.settings_file`.

One pydantic model so every value is checked once, where it is read: a bad value in the file is
reported by name instead of surfacing later as a strange schedule. Unknown keys are ignored so a
settings file written by a newer studyapp still opens in an older one. Settings are passed through
constructors (scheduler, session, GUI); nothing reads them from a global.

    settings = Settings.load(dirs.settings_file)     # defaults when the file does not exist
    settings = settings.with_changes(new_per_day=30)  # validated; Settings is immutable
    settings.save(dirs.settings_file)                 # atomic: a crash never leaves half a file
"""

from __future__ import annotations

import os
import re
import tempfile
import tomllib
from datetime import timedelta
from datetime import tzinfo as TzInfo
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tomli_w
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from studyapp.errors import SettingsError

Minutes = Annotated[float, Field(gt=0, le=60 * 24 * 7)]


class Settings(BaseModel):
    """Everything the user can tune; the defaults follow Anki's, which are well tested on learners."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    # -- scheduling (FSRS) -------------------------------------------------------------------
    learning_steps_minutes: list[Minutes] = Field(
        default_factory=lambda: [1.0, 10.0],
        description="short steps a new question goes through before it gets a schedule in days",
    )
    relearning_steps_minutes: list[Minutes] = Field(
        default_factory=lambda: [10.0], description="steps after a forgotten review; empty = none"
    )
    new_per_day: int = Field(20, ge=0, le=9999, description="new questions introduced per day")
    reviews_per_day: int = Field(200, ge=0, le=99999, description="most reviews shown per day")
    desired_retention: float = Field(0.9, ge=0.7, le=0.99, description="chance of remembering when due")
    maximum_interval_days: int = Field(36500, ge=1, le=36500, description="the longest interval")
    day_starts_at_hour: int = Field(4, ge=0, le=23, description="local hour a new study day begins")
    timezone: str = Field("", description="IANA zone for the day boundary, e.g. Europe/London; empty = the computer's")
    fsrs_parameters: list[float] | None = Field(
        None, description="personal FSRS weights from Tools → Optimise schedule; empty = FSRS-6 defaults"
    )
    new_order: Literal["mixed", "bank"] = Field(
        "mixed", description="new questions mixed across topics and banks, or in each bank's own order",
    )
    bury_siblings: bool = Field(
        True, description="once a question is answered, questions on the same sentence or quote wait until the next day",
    )
    learn_ahead_minutes: int = Field(
        20, ge=0, le=24 * 60,
        description="when nothing else is left, learning questions due this soon are shown early",
    )
    # -- appearance ---------------------------------------------------------------------------
    theme: Literal["system", "light", "dark"] = "system"
    text_size: int = Field(12, ge=8, le=40, description="base text size in points")
    window_geometry: str = Field("", description="saved by the GUI (Qt's saveGeometry, base64)")

    @field_validator("learning_steps_minutes")
    @classmethod
    def _at_least_one_learning_step(cls, v: list[float]) -> list[float]:
        if not v:
            raise ValueError("give at least one learning step, e.g. [1, 10]")
        return v

    @field_validator("fsrs_parameters")
    @classmethod
    def _fsrs6_weights(cls, v: list[float] | None) -> list[float] | None:
        if v is not None and len(v) != 21:
            raise ValueError(f"FSRS-6 needs 21 parameters, not {len(v)}; run Tools → Optimise schedule again")
        return v or None

    def with_changes(self, **changes) -> "Settings":
        """A validated copy with some values changed (model_copy would skip validation)."""
        try:
            return type(self).model_validate({**self.model_dump(), **changes})
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            field = ".".join(str(p) for p in first["loc"]) or "settings"
            raise SettingsError(f"{field}: {first['msg']}") from None

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, v: str) -> str:
        if v:
            try:
                ZoneInfo(v)
            except (ZoneInfoNotFoundError, ValueError):
                raise ValueError(f"unknown time zone {v!r}; use a name like 'Europe/London' or leave it empty") from None
        return v

    @property
    def tzinfo(self) -> TzInfo | None:
        """The zone study days are counted in; None means the computer's local zone."""
        return ZoneInfo(self.timezone) if self.timezone else None

    @property
    def learning_steps(self) -> tuple[timedelta, ...]:
        return tuple(timedelta(minutes=m) for m in self.learning_steps_minutes)

    @property
    def relearning_steps(self) -> tuple[timedelta, ...]:
        return tuple(timedelta(minutes=m) for m in self.relearning_steps_minutes)

    @property
    def learn_ahead(self) -> timedelta:
        return timedelta(minutes=self.learn_ahead_minutes)

    @classmethod
    def load(cls, path: Path | str) -> "Settings":
        """Read settings from `path`; a missing file gives the defaults, a bad one a SettingsError."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls()
        except (OSError, UnicodeDecodeError) as exc:
            raise SettingsError(f"{path}: cannot be read ({exc}); fix or delete the file to use the defaults") from None
        try:
            raw = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            msg = str(exc)
            m = re.search(r"\(at line (\d+), column \d+\)", msg)
            where = f"{path}:{m.group(1)}" if m else str(path)
            raise SettingsError(f"{where}: {msg}; fix the TOML or delete the file to use the defaults") from None
        try:
            return cls.model_validate(raw)
        except ValidationError as exc:
            lines = []
            for err in exc.errors(include_url=False):
                field = ".".join(str(p) for p in err["loc"]) or "settings"
                lines.append(f"{path}: {field}: {err['msg']}")
            raise SettingsError("\n".join(lines) + "\nfix the value or delete it to use the default") from None

    def save(self, path: Path | str) -> None:
        """Write atomically (temp file + rename) so a crash leaves the old file or the new one."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = tomli_w.dumps(self.model_dump(mode="json", exclude_none=True))
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".toml", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def load(path: Path | str) -> Settings:
    return Settings.load(path)


def save(settings: Settings, path: Path | str) -> None:
    settings.save(path)
