"""Hub tests run against a real PostgreSQL cluster started for the session (see pg_server.py)."""

from __future__ import annotations

import os

import pytest

from tests.hub.pg_server import PgServer, find_bin


@pytest.fixture(scope="session")
def pg_server():
    bindir = find_bin()
    if bindir is None:
        if os.environ.get("STUDYAPP_HUB_TESTS") == "required":  # CI: a skip would hide a missing install
            pytest.fail("STUDYAPP_HUB_TESTS=required but PostgreSQL's initdb/pg_ctl are not installed")
        pytest.skip("class hub tests need PostgreSQL's server programs (initdb, pg_ctl), which this machine "
                    "lacks; install Debian's postgresql package (.ci/run does) to run them")
    server = PgServer(bindir)
    server.start()
    yield server
    server.destroy()


@pytest.fixture
def pg(pg_server: PgServer) -> PgServer:
    """The session's server, running (a test that stopped it has it started again)."""
    try:
        pg_server.admin("SELECT 1")
    except Exception:
        pg_server.start()
    return pg_server


@pytest.fixture
def hub_class(pg: PgServer) -> tuple[str, str]:
    """(teacher URL, database) of a fresh class database."""
    return pg.new_class()
