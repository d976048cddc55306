"""Errors of the class hub. Each says what happened and what to do; none needs a traceback."""

from __future__ import annotations

from studyapp.errors import StudyAppError


class HubError(StudyAppError):
    """Anything about the class hub the user can act on."""


class HubUnreachable(HubError):
    """The server could not be reached (offline, stopped, wrong address): studying goes on locally."""


class HubPermissionError(HubError):
    """The role this data folder connects as lacks a right (a student doing a teacher's job, ...)."""


class NotJoined(HubError):
    """This data folder has no class hub set up yet."""


class SyncStopped(HubError):
    """The sync's caller refused a local write (the app's store was closed or replaced under it):
    the sync ends there; every write before is whole, and the next sync goes on from them."""
