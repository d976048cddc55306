"""Command fixtures: a data folder, and a store with mini.toml installed and three answers committed."""

from tests.helpers.fixtures import dirs, studied  # noqa: F401  (fixtures for this folder)
