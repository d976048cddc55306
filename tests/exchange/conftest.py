"""Exchange fixtures: a data folder and a progress store with mini.toml installed (for the progress report)."""

from tests.helpers.fixtures import dirs, mini_progress  # noqa: F401  (fixtures for this folder)
