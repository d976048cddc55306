"""Helpers shared by tests in several mirrored folders (tests/storage, tests/gui, tests/commands, ...)."""
