"""Where studyapp reads and writes.

Folders are computed inside functions, never at import, so tests and `--data-dir` can point
everything elsewhere. Bundled data is found in the source tree, in an installed package, or
inside a PyInstaller bundle (sys._MEIPASS); the app never writes there.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "studyapp"


def bundle_root() -> Path:
    """The folder that holds the bundled `questions/` and `assets/`."""
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        return Path(meipass)
    package = Path(__file__).resolve().parent
    if (package / "questions").is_dir():  # a regular (non-editable) install
        return package
    return package.parent  # the source tree


def bundled_questions_dir() -> Path:
    return bundle_root() / "questions"


def bundled_assets_dir() -> Path:
    return bundle_root() / "assets"


def bundled_banks() -> list[Path]:
    return sorted(bundled_questions_dir().glob("*.toml"))


@dataclass(frozen=True)
class AppDirs:
    """The user's folders for this run; one `--data-dir` puts them all under one root."""

    data: Path
    config: Path
    log: Path

    @classmethod
    def default(cls) -> "AppDirs":
        import platformdirs

        return cls(
            data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            log=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    @classmethod
    def under(cls, root: Path) -> "AppDirs":
        root = Path(root)
        return cls(data=root, config=root / "config", log=root / "logs")

    @classmethod
    def resolve(cls, data_dir: Path | str | None) -> "AppDirs":
        return cls.under(Path(data_dir)) if data_dir else cls.default()

    @property
    def database(self) -> Path:
        return self.data / "progress.sqlite3"

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def banks(self) -> Path:
        """Imported banks are copied here so they survive the original file moving."""
        return self.data / "banks"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.toml"
