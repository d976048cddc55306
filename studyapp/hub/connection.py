"""An engine for the hub, and the driver's errors turned into messages a teacher or student can act on.

No pool: the app talks to the hub a few times an hour, and a pooled connection would outlive a
dropped network. An offline laptop is told at once (no route, refused); the connect timeout
(10 s) only bounds a server that is there but slow, as with 200 students syncing at the same
second on a small server (benchmarks/bench_hub.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from studyapp.hub.credentials import HubCredentials
from studyapp.hub.errors import HubError, HubPermissionError, HubUnreachable


def hub_engine(creds: HubCredentials, *, connect_timeout: int = 10) -> Engine:
    return create_engine(creds.url(connect_timeout=connect_timeout), poolclass=NullPool)


@contextmanager
def talking_to(creds: HubCredentials, doing: str) -> Iterator[None]:
    """Translate what the server or the network says into a HubError naming the hub and the job."""
    try:
        yield
    except DBAPIError as exc:
        raise translate(exc.orig, creds, doing) from None
    except psycopg.Error as exc:
        raise translate(exc, creds, doing) from None


def translate(exc: BaseException | None, creds: HubCredentials, doing: str) -> HubError:
    where = creds.where()
    detail = (str(exc).strip().splitlines() or [""])[0] if exc is not None else ""
    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        who = "a student" if creds.role == "student" else "this role"
        return HubPermissionError(f"class hub {where}: {who} may not {doing} ({detail}); "
                                  "ask the teacher, who holds that right")
    if isinstance(exc, psycopg.errors.InvalidPassword) or "password authentication failed" in detail:
        return HubPermissionError(f"class hub {where}: the server refused the password ({detail}); "
                                  "ask the teacher for a new join code")
    if isinstance(exc, psycopg.OperationalError):
        return HubUnreachable(f"class hub {where} cannot be reached to {doing} ({detail}); studying goes on "
                              "offline, and the next sync sends what was done meanwhile")
    return HubError(f"class hub {where}: could not {doing} ({detail})")
